"""Audio redaction end to end on synthetic interviews with known word times (espeak-ng).

Every identifier word's whole true span must end below -50 dBFS, speech elsewhere must be
kept, and duration, sample rate and container must survive — for each transcript format, WAV
and MP3. A span whose words cannot be located mutes its whole turn and is reported; a
transcript of another recording is refused.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np
import pytest
from _tools import needs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import _audio_corpus as corpus

from vault.anonymise.audio.align import Aligner
from vault.anonymise.audio.audio_policy import AudioPolicy
from vault.anonymise.audio.codec import open_recording
from vault.anonymise.audio.redact import redact_recording
from vault.anonymise.audio.report import AudioReport
from vault.anonymise.audio.windows import SpanRef
from vault.anonymise.formats import document_from_bytes
from vault.errors import InputError

pytestmark = needs(corpus.espeak_missing())

#: a short interview: names, a place, a hospital, a date and a number said as words
LINES = [
    ("Interviewer", "can you tell me a bit about your background"),
    ("Participant", ("my name is {Priya Okafor} and I work at {the Freeman} in {Hexham} "
                     "the night shifts were the hardest part of the job")),
    ("Interviewer", "and was that with doctor {Dunleavy}"),
    ("Participant", ("yes I started there on the {third of March twenty nineteen} and "
                     "we met about once a month for an hour or so")),
]


@pytest.fixture(scope="session")
def aligner() -> Aligner:
    return Aligner()


@pytest.fixture(scope="session")
def interview() -> corpus.Interview:
    return corpus.scripted_interview(LINES, seed=5)


@pytest.fixture(scope="session")
def recordings(interview: corpus.Interview, tmp_path_factory: pytest.TempPathFactory
               ) -> dict[str, Path]:
    """The interview as WAV and MP3, made once per session (named by content hash)."""
    base = tmp_path_factory.mktemp("audio") / corpus.content_hash("redaction", LINES)
    base.mkdir()
    wav = base / "interview.wav"
    wav.write_bytes(interview.wav_bytes())
    mp3 = base / "interview.mp3"
    _to_mp3(wav, mp3)
    return {"wav": wav, "mp3": mp3}


def _to_mp3(wav: Path, mp3: Path) -> None:
    import av

    with av.open(str(wav)) as source, av.open(str(mp3), "w", format="mp3") as sink:
        stream = source.streams.audio[0]
        out = sink.add_stream("libmp3lame", rate=stream.rate, layout="mono")
        out.bit_rate = 64000
        for frame in source.decode(stream):
            for packet in out.encode(frame):
                sink.mux(packet)
        for packet in out.encode(None):
            sink.mux(packet)


def _redact(source: Path, interview: corpus.Interview, kind: str, out: Path,
            aligner: Aligner) -> AudioReport:
    data, gold = interview.transcript(kind)
    doc = document_from_bytes(data, f"transcript.{kind}")
    spans = [SpanRef(s, a, b, f"g{i}", "TEST") for i, (s, a, b) in enumerate(gold)]
    return redact_recording(source, doc, spans, out, AudioPolicy(), aligner=aligner)


def _identifier_words(interview: corpus.Interview) -> set[str]:
    return {w.text for w in interview.words if w.identifier}


@pytest.mark.parametrize(("kind", "fmt"), [("txt", "wav"), ("docx", "wav"), ("vtt", "wav"),
                                           ("srt", "mp3")])
def test_identifiers_are_muted_and_speech_kept(
        kind: str, fmt: str, interview: corpus.Interview, recordings: dict[str, Path],
        tmp_path: Path, aligner: Aligner) -> None:
    source = recordings[fmt]
    out = tmp_path / f"out.{fmt}"
    report = _redact(source, interview, kind, out, aligner)
    before, after = open_recording(source), open_recording(out)
    assert (after.format, after.codec, after.sample_rate, after.channels, after.frames) == \
        (before.format, before.codec, before.sample_rate, before.channels, before.frames)
    original, rate = corpus.read_audio(source)
    redacted, _ = corpus.read_audio(out)
    score = corpus.score(interview, kind, original, redacted, rate, report.to_json())
    assert score.identifier_words == 11
    assert score.kept == []  # every identifier word wholly below -50 dBFS
    assert score.over_muted_share < 0.15
    assert report.fail_closed == ()
    # the report holds times and offsets, never the words
    text = report.to_bytes().decode().lower()
    assert not any(word in text for word in _identifier_words(interview))


def test_unlocatable_span_mutes_its_whole_turn_and_is_reported(
        interview: corpus.Interview, tmp_path: Path, aligner: Aligner) -> None:
    # the recorder dropped out during turn 2: its words are nowhere in the recording
    turn = [w for w in interview.words if w.turn == 2]
    start, end = int(turn[0].start * interview.rate), int(turn[-1].end * interview.rate)
    audio = interview.audio.copy()
    audio[start:end] = np.random.default_rng(1).standard_normal(end - start) * 10 ** (-70 / 20)
    dropped = dataclasses.replace(interview, audio=audio.astype(np.float32))
    source = tmp_path / "dropout.wav"
    source.write_bytes(dropped.wav_bytes())
    out = tmp_path / "out.wav"
    report = _redact(source, interview, "txt", out, aligner)
    fail_closed = report.to_json()["fail_closed"]
    assert len(fail_closed) == 1  # "Dunleavy", said in turn 2
    span = next(s for s in report.spans if s.span.ref == fail_closed[0])
    assert span.turn == 2 and span.start is not None and span.end is not None
    # the whole turn is inside its window
    assert span.start <= turn[0].start and turn[-1].end <= span.end
    original, rate = corpus.read_audio(source)
    redacted, _ = corpus.read_audio(out)
    assert corpus.score(interview, "txt", original, redacted, rate).kept == []


def test_transcript_of_another_recording_is_refused(
        recordings: dict[str, Path], tmp_path: Path, aligner: Aligner) -> None:
    other = corpus.scripted_interview([
        ("Interviewer", "what did you have for breakfast this morning"),
        ("Participant", ("toast and marmalade with a cup of tea like every day of the week "
                         "unless my sister {Imogen} visits from {Carlisle}")),
    ], seed=9)
    out = tmp_path / "out.wav"
    with pytest.raises(InputError, match="does not match the recording"):
        _redact(recordings["wav"], other, "txt", out, aligner)
    assert not out.exists()


def test_transcript_without_speech_is_refused(recordings: dict[str, Path],
                                              tmp_path: Path) -> None:
    doc = document_from_bytes(b"Interviewer: [inaudible]\n", "t.txt")
    with pytest.raises(InputError, match="no spoken words"):
        redact_recording(recordings["wav"], doc, [], tmp_path / "o.wav", AudioPolicy())
