"""Rewriting recordings with windows muted: every container keeps its codec, sample rate,
channels and length; windows are silent (or a tone), the rest is kept; bad files are refused."""
from __future__ import annotations

import fractions
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile

from vault.anonymise.audio.audio_policy import AudioPolicy, MuteMode
from vault.anonymise.audio.codec import (
    analysis_copy,
    open_recording,
    write_muted,
)
from vault.errors import InputError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from _audio_corpus import frame_levels, read_audio

RATE = 22050
SECONDS = 3.0
WINDOW = (1.0, 1.6)


def _signal(rate: int = RATE, channels: int = 1) -> np.ndarray:
    t = np.arange(int(SECONDS * rate)) / rate
    tone = 0.3 * np.sin(2 * np.pi * 330 * t) + 0.1 * np.sin(2 * np.pi * 1210 * t)
    return np.stack([tone * (0.5 + 0.5 * c) for c in range(channels)], axis=1).astype(np.float32)


def _write_av(path: Path, audio: np.ndarray, rate: int, fmt: str, codec: str) -> None:
    import av

    layout = "mono" if audio.shape[1] == 1 else "stereo"
    with av.open(str(path), "w", format=fmt) as sink:
        stream = sink.add_stream(codec, rate=rate, layout=layout)
        if codec != "alac":
            stream.bit_rate = 96000
        for start in range(0, len(audio), 4096):
            block = np.ascontiguousarray(audio[start:start + 4096].reshape(1, -1))
            frame = av.AudioFrame.from_ndarray(block, format="flt", layout=layout)
            frame.sample_rate = rate
            frame.pts = start
            frame.time_base = fractions.Fraction(1, rate)
            for converted in av.AudioResampler(format=stream.codec_context.format.name,
                                               layout=layout, rate=rate).resample(frame):
                for packet in stream.encode(converted):
                    sink.mux(packet)
        for packet in stream.encode(None):
            sink.mux(packet)


# (file name, writer, codec expected, lossless)
CASES = [
    ("pcm16.wav", lambda p, a, r: soundfile.write(p, a, r, subtype="PCM_16"), "pcm_16", True),
    ("pcm24.wav", lambda p, a, r: soundfile.write(p, a, r, subtype="PCM_24"), "pcm_24", True),
    ("float.wav", lambda p, a, r: soundfile.write(p, a, r, subtype="FLOAT"), "float", True),
    ("x.flac", lambda p, a, r: soundfile.write(p, a, r, subtype="PCM_16"), "pcm_16", True),
    ("x.ogg", lambda p, a, r: soundfile.write(p, a, r, format="OGG", subtype="VORBIS"),
     "vorbis", False),
    ("x.mp3", lambda p, a, r: _write_av(p, a, r, "mp3", "libmp3lame"), "mp3", False),
    ("x.m4a", lambda p, a, r: _write_av(p, a, r, "ipod", "aac"), "aac", False),
    ("alac.m4a", lambda p, a, r: _write_av(p, a, r, "ipod", "alac"), "alac", True),
]


@pytest.mark.parametrize("channels", [1, 2])
@pytest.mark.parametrize(("name", "writer", "codec", "lossless"), CASES,
                         ids=[c[0] for c in CASES])
def test_rewrite_keeps_the_recording_and_mutes_the_window(
        tmp_path: Path, name: str, writer: object, codec: str, lossless: bool,
        channels: int) -> None:
    source = tmp_path / name
    audio = _signal(channels=channels)
    writer(source, audio, RATE)  # type: ignore[operator]
    recording = open_recording(source)
    assert (recording.codec, recording.sample_rate, recording.channels) == (codec, RATE,
                                                                              channels)
    assert abs(recording.frames - len(audio)) <= 0 if lossless else recording.frames > 0
    out = tmp_path / f"out-{name}"
    write_muted(source, recording, [WINDOW], out, AudioPolicy())
    again = open_recording(out)
    assert (again.format, again.codec, again.sample_rate, again.channels, again.frames) == \
        (recording.format, recording.codec, recording.sample_rate, recording.channels,
         recording.frames)
    before, rate = read_audio(source)
    after, _ = read_audio(out)
    levels_before, levels_after = frame_levels(before, rate), frame_levels(after, rate)
    inside = slice(int(WINDOW[0] * 100) + 2, int(WINDOW[1] * 100) - 2)
    assert (levels_after[inside] < -50).all()
    outside = np.r_[20:int(WINDOW[0] * 100) - 10, int(WINDOW[1] * 100) + 10:280]
    tolerance = 0.01 if lossless else 1.5  # dB: a lossy codec re-encodes
    assert np.abs(levels_after[outside] - levels_before[outside]).max() < tolerance
    if lossless and recording.format.value in ("wav", "flac"):
        kept = np.r_[0:int(WINDOW[0] * RATE), int(WINDOW[1] * RATE):len(before)]
        assert np.array_equal(before[kept], after[kept])


def test_tone_mode_replaces_the_window_with_a_tone(tmp_path: Path) -> None:
    source = tmp_path / "x.wav"
    soundfile.write(source, _signal(), RATE)
    recording = open_recording(source)
    out = tmp_path / "tone.wav"
    write_muted(source, recording, [WINDOW], out,
                AudioPolicy(mode=MuteMode.TONE, tone_hz=1000.0, tone_dbfs=-20.0))
    after, rate = soundfile.read(out)
    middle = after[int(1.1 * rate):int(1.5 * rate)]
    spectrum = np.abs(np.fft.rfft(middle))
    assert abs(np.fft.rfftfreq(len(middle), 1 / rate)[spectrum.argmax()] - 1000) < 5
    assert 10 * np.log10(np.mean(middle ** 2)) == pytest.approx(-23.0, abs=0.5)  # sine RMS


def test_analysis_copy_is_16k_mono_and_time_aligned(tmp_path: Path) -> None:
    source = tmp_path / "clicks.wav"
    audio = np.zeros((int(SECONDS * 44100), 2), dtype=np.float32)
    audio[int(1.25 * 44100):int(1.25 * 44100) + 400] = 0.5
    soundfile.write(source, audio, 44100)
    before = _named_files()
    pcm = analysis_copy(source, open_recording(source))
    assert len(pcm) == pytest.approx(SECONDS * 16000, abs=2)
    onset = int(np.argmax(np.abs(pcm) > 1000)) / 16000
    assert onset == pytest.approx(1.25, abs=0.002)
    assert not pcm.flags.writeable
    # the copy is an anonymous memory file: no name in a temp or runtime directory
    assert _named_files() == before


def _named_files() -> set[str]:
    import os
    import tempfile

    found: set[str] = set()
    for base in {tempfile.gettempdir(), os.environ.get("XDG_RUNTIME_DIR") or ""} - {""}:
        if os.path.isdir(base):
            found |= {e for e in os.listdir(base) if e.startswith("vault-audio")}
    return found


@pytest.mark.parametrize(("content", "message"), [
    (b"", "file is empty"),
    (b"Interviewer: hello\n", "not a recognised audio file"),
    (b"RIFF\x24\x00\x00\x00WAVEfmt garbage that is not a wave header", "cannot decode"),
    (b"fLaC" + bytes(200), "cannot decode"),
])
def test_bad_recordings_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "in.wav"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        open_recording(path)
    assert str(tmp_path) not in caught.value.message  # the base name only


def test_truncated_mp3_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "x.mp3"
    _write_av(source, _signal(), RATE, "mp3", "libmp3lame")
    broken = tmp_path / "broken.mp3"
    broken.write_bytes(source.read_bytes()[:600])
    with pytest.raises(InputError):
        recording = open_recording(broken)
        write_muted(broken, recording, [WINDOW], tmp_path / "o.mp3", AudioPolicy())
