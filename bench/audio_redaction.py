"""Audio redaction quality and speed on synthetic interviews with known word times.

Each interview is synthesised word by word with espeak-ng (bench/_audio_corpus.py: five US
English voices, British names and places, dates and numbers said as words, "erm", [laughs],
[inaudible]), its transcript written in txt, docx, vtt or srt in turn, the recording as WAV or
MP3 in turn. The identifier spans of the transcript (the gold spans a redaction log would hold)
are muted with the default policy (250 ms padding, silence) through the library's
``redact_recording`` — decode, alignment, windows and encode — and the output is measured
against the true word times:

* identifier words whose whole true span is below -50 dBFS (target >= 98%);
* non-identifier speech muted: frames of other words louder than -50 dBFS in the source and
  below it in the output (target <= 10%);
* identifier words kept without being reported: not wholly muted although the report says their
  span was aligned or interpolated (target 0; a span muted with its whole turn is reported);
* real-time factor: the process's CPU time for redact_recording over the audio duration
  (target <= 0.25 on one core; pocketsphinx, PyAV and numpy run single-threaded here), and the
  wall-clock factor beside it (which other work on the machine inflates).

    .venv/bin/python bench/audio_redaction.py [--interviews 24] [--voice en-gb] [--json out]

Exit 1 if a target is missed, 2 if espeak-ng is missing.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import _audio_corpus as corpus

from vault.anonymise.audio.align import Aligner
from vault.anonymise.audio.audio_policy import AudioPolicy
from vault.anonymise.audio.redact import redact_recording
from vault.anonymise.audio.windows import SpanRef
from vault.anonymise.formats import document_from_bytes

KINDS = ("txt", "docx", "vtt", "srt")
CONTAINERS = ("wav", "mp3")
MUTED_TARGET = 0.98
OVER_TARGET = 0.10
RTF_TARGET = 0.25


def write_mp3(path: Path, wav: Path) -> None:
    """Encode ``wav`` as MP3 (64 kbit/s mono) with PyAV."""
    import av

    with av.open(str(wav)) as source, av.open(str(path), "w", format="mp3") as sink:
        stream = source.streams.audio[0]
        out = sink.add_stream("libmp3lame", rate=stream.rate, layout="mono")
        out.bit_rate = 64000
        for frame in source.decode(stream):
            frame.pts = None
            for packet in out.encode(frame):
                sink.mux(packet)
        for packet in out.encode(None):
            sink.mux(packet)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interviews", type=int, default=24)
    parser.add_argument("--first-seed", type=int, default=1000)
    parser.add_argument("--voice", default=None, help="one espeak-ng voice for all (default: "
                        "the five US English voices in turn)")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    missing = corpus.espeak_missing()
    if missing:
        print(f"cannot run: {missing}", file=sys.stderr)
        return 2
    aligner = Aligner()
    policy = AudioPolicy()
    total = corpus.Score()
    audio_seconds = cpu_seconds = wall_seconds = 0.0
    counts: dict[str, int] = {}
    rows = []
    print(f"{'seed':>5} {'voice':10} {'kind':4} {'fmt':3} {'dur s':>6} {'id words':>8} "
          f"{'muted':>6} {'over':>6} {'rtf':>6}  located")
    with tempfile.TemporaryDirectory(prefix="vault-audio-bench-") as tmp:
        base = Path(tmp)
        for n in range(args.interviews):
            seed = args.first_seed + n
            interview = corpus.make_interview(seed, voice=args.voice)
            voice = args.voice or corpus.VOICES[seed % len(corpus.VOICES)]
            kind, fmt = KINDS[n % len(KINDS)], CONTAINERS[(n // len(KINDS)) % 2]
            data, gold = interview.transcript(kind)
            doc = document_from_bytes(data, f"interview.{kind}")
            spans = [SpanRef(s, a, b, f"g{i}") for i, (s, a, b) in enumerate(gold)]
            wav = base / f"{seed}.wav"
            wav.write_bytes(interview.wav_bytes())
            source = wav
            if fmt == "mp3":
                source = base / f"{seed}.mp3"
                write_mp3(source, wav)
            out = base / f"{seed}.out.{fmt}"
            cpu0, wall0 = time.process_time(), time.perf_counter()
            report = redact_recording(source, doc, spans, out, policy, aligner=aligner)
            cpu = time.process_time() - cpu0
            wall = time.perf_counter() - wall0
            original, rate = corpus.read_audio(source)
            redacted, rate2 = corpus.read_audio(out)
            assert rate == rate2 and abs(len(original) - len(redacted)) <= 1, "length changed"
            result = corpus.score(interview, kind, original, redacted, rate, report.to_json())
            total.add(result)
            audio_seconds += interview.duration
            cpu_seconds += cpu
            wall_seconds += wall
            for how, k in report.counts.items():
                counts[how] = counts.get(how, 0) + k
            located = ", ".join(f"{k} {v}" for k, v in report.counts.items() if v)
            print(f"{seed:>5} {voice:10} {kind:4} {fmt:3} {interview.duration:6.1f} "
                  f"{result.identifier_words:8d} {result.muted_share:6.1%} "
                  f"{result.over_muted_share:6.1%} {cpu / interview.duration:6.3f}  {located}")
            rows.append({"seed": seed, "voice": voice, "kind": kind, "format": fmt,
                         "duration": interview.duration, "identifier_words":
                         result.identifier_words, "muted": result.identifier_muted,
                         "over_muted": result.over_muted_share, "cpu": cpu, "wall": wall,
                         "located": report.counts})
    rtf = cpu_seconds / audio_seconds
    wall_rtf = wall_seconds / audio_seconds
    print()
    print(f"interviews {args.interviews}, audio {audio_seconds / 60:.1f} min, identifier words "
          f"{total.identifier_words}, spans located: "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))
    checks = [
        ("identifier words wholly below -50 dBFS", total.muted_share, ">=", MUTED_TARGET,
         total.muted_share >= MUTED_TARGET),
        ("non-identifier speech muted", total.over_muted_share, "<=", OVER_TARGET,
         total.over_muted_share <= OVER_TARGET),
        ("identifier words kept, not reported", float(total.kept_unreported), "==", 0.0,
         total.kept_unreported == 0),
        ("real-time factor (CPU, one core)", rtf, "<=", RTF_TARGET, rtf <= RTF_TARGET),
    ]
    for label, value, op, target, ok in checks:
        shown = f"{value:.2%}" if target < 1 and label != "real-time factor (CPU, one core)" \
            and op != "==" else f"{value:.3f}" if op != "==" else f"{int(value)}"
        print(f"{'PASS' if ok else 'FAIL'}  {label}: {shown} (target {op} {target:g})")
    print(f"      wall-clock factor {wall_rtf:.3f} (load average {os.getloadavg()[0]:.2f}: "
          "other work on the machine slows wall time, not CPU time)")
    if total.kept:
        print("identifier words kept (seed, word, start s, how located):")
        for item in total.kept:
            print("   ", item)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "muted_share": total.muted_share,
                                         "over_muted_share": total.over_muted_share,
                                         "kept_unreported": total.kept_unreported,
                                         "rtf_cpu": rtf, "rtf_wall": wall_rtf}, indent=2))
    return 0 if all(ok for *_, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
