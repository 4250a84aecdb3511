"""Reading and rewriting recordings: WAV, FLAC, Ogg (Vorbis, Opus), MP3 and M4A (AAC, ALAC).

Two passes over the source, both streamed in blocks (memory does not grow with the length of
the recording)::

    recording = open_recording(path)                 # format by content, rate, channels, length
    pcm = analysis_copy(path, recording)             # int16 mono 16 kHz, memory-mapped
    write_muted(path, recording, [(12.1, 13.4)], out, policy)

:func:`write_muted` writes the same container and codec at the same sample rate, channel count
and length, with each window replaced by silence or a tone (10 ms fades inside the window, so
there are no clicks). Lossless sources stay lossless and keep their sample format (WAV PCM or
float, FLAC bit depth); lossy ones are re-encoded at their bit rate. Tags and other metadata of
the source are **not** copied: they may name the participant.

Libraries: ``soundfile`` (libsndfile) reads and writes WAV, FLAC and Ogg sample-exactly; PyAV
(FFmpeg, bundled in its wheels) decodes and encodes MP3 and M4A and resamples. Paths may be
scratch files with no name (:mod:`~vault.anonymise.audio.scratch`, ``/proc/self/fd/<n>``): the
analysis copy is one, so a kill leaves no plaintext of it anywhere. Errors are
:class:`~vault.errors.InputError` naming the file by its base name only (or by the ``name``
given: an item id for a scratch file).
"""
from __future__ import annotations

import fractions
import math
import mmap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from vault.anonymise.audio.audio_policy import AudioPolicy, MuteMode
from vault.anonymise.audio.scratch import scratch_file
from vault.errors import InputError
from vault.media import HEAD_SIZE, AudioFormat, sniff_audio

__all__ = [
    "FADE",
    "SUFFIXES",
    "Recording",
    "analysis_copy",
    "open_recording",
    "write_muted",
]

#: seconds of fade at each edge of a muted window (inside it)
FADE = 0.01
#: the 16 kHz analysis copy's sample rate (the acoustic model's)
ANALYSIS_RATE = 16000
_BLOCK = 65536
#: formats libsndfile reads and writes sample-exactly
_SNDFILE = {AudioFormat.WAV: "WAV", AudioFormat.FLAC: "FLAC", AudioFormat.OGG: "OGG"}
#: output file suffixes accepted for each format
SUFFIXES: dict[AudioFormat, tuple[str, ...]] = {
    AudioFormat.WAV: (".wav", ".wave"), AudioFormat.FLAC: (".flac",),
    AudioFormat.OGG: (".ogg", ".oga", ".opus"), AudioFormat.MP3: (".mp3",),
    AudioFormat.M4A: (".m4a", ".mp4", ".m4b"),
}
#: PyAV encoder for each decoder name, and the muxer for each format
_ENCODERS = {"mp3": "libmp3lame", "mp3float": "libmp3lame", "aac": "aac", "alac": "alac"}
_MUXERS = {AudioFormat.MP3: "mp3", AudioFormat.M4A: "ipod"}
_HINT = "check the recording plays; vault reads WAV, FLAC, Ogg (Vorbis, Opus), MP3 and M4A"


@dataclass(frozen=True)
class Recording:
    """What the source recording is, as read from it."""

    #: file name (messages only)
    name: str
    format: AudioFormat
    #: the codec (``pcm_s16le``, ``flac``, ``vorbis``, ``opus``, ``mp3``, ``aac``, ``alac``)
    codec: str
    sample_rate: int
    channels: int
    #: sample frames
    frames: int
    #: libsndfile subtype (WAV/FLAC/Ogg), e.g. ``PCM_24``
    subtype: str | None = None
    bit_rate: int | None = None

    @property
    def duration(self) -> float:
        return self.frames / self.sample_rate

    def to_json(self) -> dict[str, Any]:
        return {"format": str(self.format), "codec": self.codec, "sample_rate": self.sample_rate,
                "channels": self.channels, "duration": round(self.duration, 3)}


def _undecodable(name: str, exc: BaseException | None = None) -> InputError:
    error = InputError(f"{name}: cannot decode the recording (damaged, truncated or not audio)",
                       hint=_HINT)
    if exc is not None:
        error.__cause__ = exc
    return error


def open_recording(path: Path, *, name: str | None = None) -> Recording:
    """Recognise a recording by content and read its parameters.

    :param name: what messages call it (default: the file's base name).
    :raises InputError: missing, empty, not a recognised recording, or undecodable.
    """
    path = Path(path)
    name = name or path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_SIZE)
    except IsADirectoryError as exc:
        raise InputError(f"{name}: is a directory, not a recording") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or type(exc).__name__})") from exc
    if not head:
        raise InputError(f"{name}: file is empty", hint=_HINT)
    fmt = sniff_audio(head)
    if fmt is None:
        raise InputError(f"{name}: not a recognised audio file (WAV, FLAC, Ogg, MP3, M4A)",
                         hint=_HINT)
    if fmt in _SNDFILE:
        return _open_sndfile(path, fmt, name)
    return _open_av(path, fmt, name)


def _open_sndfile(path: Path, fmt: AudioFormat, name: str) -> Recording:
    import soundfile  # lazy: libsndfile, loaded only to read or write audio

    try:
        info = soundfile.info(str(path))
    except (RuntimeError, soundfile.SoundFileError) as exc:
        raise _undecodable(name, exc) from exc
    if info.frames <= 0 or info.samplerate <= 0 or info.channels <= 0:
        raise InputError(f"{name}: the recording holds no audio", hint=_HINT)
    codec = {"VORBIS": "vorbis", "OPUS": "opus"}.get(info.subtype, info.subtype.lower())
    return Recording(name, fmt, codec, int(info.samplerate), int(info.channels),
                     int(info.frames), info.subtype)


def _open_av(path: Path, fmt: AudioFormat, name: str) -> Recording:
    import av  # lazy: PyAV loads FFmpeg's libraries

    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise InputError(f"{name}: holds no audio stream", hint=_HINT)
            stream = container.streams.audio[0]
            codec = stream.codec_context.name
            if codec not in _ENCODERS:
                raise InputError(f"{name}: {fmt.name} with {codec} audio is not supported",
                                 hint="convert it to WAV or FLAC first")
            rate = int(stream.rate or 0)
            channels = int(stream.channels or 0)
            # the decoded length (what the analysis and the rewrite both see)
            frames = 0
            for frame in container.decode(stream):
                frames += frame.samples
            declared = _declared_frames(stream, rate)
            bit_rate = int(stream.bit_rate or container.bit_rate or 0) or None
    except InputError:
        raise
    except (av.FFmpegError, ValueError, OSError, EOFError) as exc:
        raise _undecodable(name, exc) from exc
    if declared is not None and 0 < declared < frames:
        frames = declared  # encoder padding at the end is not part of the recording
    if frames <= 0 or rate <= 0 or channels <= 0:
        raise InputError(f"{name}: the recording holds no audio", hint=_HINT)
    return Recording(name, fmt, "mp3" if codec == "mp3float" else codec, rate, channels,
                     frames, None, bit_rate)


def _declared_frames(stream: Any, rate: int) -> int | None:
    if stream.duration is None or stream.time_base is None or not rate:
        return None
    return round(float(stream.duration * stream.time_base) * rate)


# -- reading ----------------------------------------------------------------------------------

def _blocks(path: Path, recording: Recording) -> Iterator[np.ndarray]:
    """The recording as float32 blocks of shape (frames, channels), exactly
    ``recording.frames`` frames in all."""
    if recording.format in _SNDFILE:
        import soundfile  # lazy: libsndfile, loaded only to read or write audio

        try:
            with soundfile.SoundFile(str(path)) as handle:
                yield from handle.blocks(_BLOCK, dtype="float32", always_2d=True)
        except (RuntimeError, soundfile.SoundFileError) as exc:
            raise _undecodable(recording.name, exc) from exc
        return
    import av  # lazy: PyAV loads FFmpeg's libraries

    remaining = recording.frames
    try:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            layout = stream.layout.name
            to_float = av.AudioResampler(format="flt", layout=layout, rate=recording.sample_rate)
            for frame in container.decode(stream):
                for converted in to_float.resample(frame):
                    block = converted.to_ndarray().reshape(-1, recording.channels)
                    if remaining <= 0:
                        return
                    block = block[:remaining]
                    remaining -= len(block)
                    yield block
            for converted in to_float.resample(None):
                block = converted.to_ndarray().reshape(-1, recording.channels)[:remaining]
                remaining -= len(block)
                if len(block):
                    yield block
    except (av.FFmpegError, ValueError, OSError, EOFError) as exc:
        raise _undecodable(recording.name, exc) from exc


def analysis_copy(path: Path, recording: Recording) -> np.ndarray:
    """A 16 kHz mono int16 copy of the recording for the aligner, memory-mapped read-only
    from an anonymous memory file (:func:`~vault.anonymise.audio.scratch.scratch_file`): no
    name anywhere, freed with the array — or with the process, however it ends.

    :raises InputError: the recording cannot be decoded.
    """
    import av  # lazy: PyAV loads FFmpeg's libraries

    resampler = av.AudioResampler(format="s16", layout="mono", rate=ANALYSIS_RATE)
    written = 0
    pts = 0
    with scratch_file("analysis") as scratch:
        with open(scratch.path, "wb") as out:
            def put(frames: list[Any]) -> None:
                nonlocal written
                for frame in frames:
                    data = frame.to_ndarray().reshape(-1).astype("<i2", copy=False)
                    out.write(data.tobytes())
                    written += len(data)

            for block in _blocks(path, recording):
                mono = np.ascontiguousarray(block.mean(axis=1, dtype=np.float32)[None, :])
                frame = av.AudioFrame.from_ndarray(mono, format="flt", layout="mono")
                frame.sample_rate = recording.sample_rate
                frame.pts = pts
                frame.time_base = fractions.Fraction(1, recording.sample_rate)
                pts += mono.shape[1]
                put(resampler.resample(frame))
            put(resampler.resample(None))
        if written == 0:
            raise InputError(f"{recording.name}: the recording holds no audio", hint=_HINT)
        # the mapping keeps the memory file alive after its descriptor is closed
        mapped = mmap.mmap(scratch.fd, written * 2, prot=mmap.PROT_READ)
    return np.frombuffer(mapped, dtype="<i2", count=written)


# -- muting -----------------------------------------------------------------------------------

def _sample_windows(windows: Sequence[tuple[float, float]], rate: int, frames: int
                    ) -> list[tuple[int, int]]:
    spans = sorted((max(0, math.floor(a * rate)), min(frames, math.ceil(b * rate)))
                   for a, b in windows)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _mute(block: np.ndarray, first: int, windows: Sequence[tuple[int, int]], rate: int,
          policy: AudioPolicy) -> None:
    """Mute the parts of ``block`` (frames ``first``...) inside ``windows``, in place."""
    last = first + len(block)
    fade = max(1, int(FADE * rate))
    amplitude = 10 ** (policy.tone_dbfs / 20)
    for start, end in windows:
        if end <= first or start >= last:
            continue
        a, b = max(start, first), min(end, last)
        index = np.arange(a, b, dtype=np.int64)
        edge = min(fade, max(1, (end - start) // 2))
        # gain 1 -> 0 over the first `edge` samples of the window, 0 -> 1 over the last
        ramp = np.clip(np.minimum(end - 1 - index, index - start) / edge, 0.0, 1.0)
        gain = (1.0 - ramp).astype(np.float32)[:, None]
        segment = block[a - first:b - first]
        if policy.mode is MuteMode.TONE:
            tone = (amplitude * np.sin(2 * np.pi * policy.tone_hz * index / rate)
                    ).astype(np.float32)[:, None]
            segment[:] = segment * gain + tone * (1 - gain)
        else:
            segment *= gain


def write_muted(path: Path, recording: Recording, windows: Sequence[tuple[float, float]],
                out: Path, policy: AudioPolicy, *, out_name: str | None = None) -> None:
    """Write ``recording`` to ``out`` (same container, codec, rate, channels, length) with
    every window (seconds) replaced by silence or a tone.

    :param out_name: what messages call ``out`` (default: its base name).
    :raises InputError: the source cannot be decoded, or ``out`` cannot be written.
    """
    spans = _sample_windows(windows, recording.sample_rate, recording.frames)
    name = out_name or Path(out).name
    if recording.format in _SNDFILE:
        _write_sndfile(path, recording, spans, Path(out), policy, name)
    else:
        _write_av(path, recording, spans, Path(out), policy, name)


def _write_sndfile(path: Path, recording: Recording, spans: Sequence[tuple[int, int]],
                   out: Path, policy: AudioPolicy, name: str) -> None:
    import soundfile  # lazy: libsndfile, loaded only to read or write audio

    try:
        sink = soundfile.SoundFile(str(out), "w", recording.sample_rate, recording.channels,
                                   subtype=recording.subtype, format=_SNDFILE[recording.format])
    except (RuntimeError, soundfile.SoundFileError) as exc:
        raise InputError(f"{name}: cannot write the redacted recording") from exc
    with sink:
        position = 0
        for block in _blocks(path, recording):
            block = np.array(block, dtype=np.float32)
            _mute(block, position, spans, recording.sample_rate, policy)
            sink.write(block)
            position += len(block)


def _write_av(path: Path, recording: Recording, spans: Sequence[tuple[int, int]], out: Path,
              policy: AudioPolicy, name: str) -> None:
    import av  # lazy: PyAV loads FFmpeg's libraries

    layout = "mono" if recording.channels == 1 else "stereo" if recording.channels == 2 \
        else None
    try:
        with av.open(str(path)) as source:
            layout = layout or source.streams.audio[0].layout.name
        sink = av.open(str(out), "w", format=_MUXERS[recording.format])
    except (av.FFmpegError, ValueError, OSError) as exc:
        raise InputError(f"{name}: cannot write the redacted recording") from exc
    time_base = fractions.Fraction(1, recording.sample_rate)
    try:
        with sink:
            stream: Any = sink.add_stream(_ENCODERS[recording.codec], rate=recording.sample_rate,
                                          layout=layout)
            if recording.bit_rate and recording.codec != "alac":
                stream.bit_rate = recording.bit_rate
            context = stream.codec_context
            context.open()  # sets the frame size the encoder takes
            to_encoder = av.AudioResampler(format=context.format.name, layout=layout,
                                           rate=recording.sample_rate,
                                           frame_size=context.frame_size or None)
            position = 0
            for block in _blocks(path, recording):
                block = np.array(block, dtype=np.float32)
                _mute(block, position, spans, recording.sample_rate, policy)
                frame = av.AudioFrame.from_ndarray(
                    np.ascontiguousarray(block.reshape(1, -1)), format="flt", layout=layout)
                frame.sample_rate = recording.sample_rate
                # explicit timestamps let the muxer record the encoder's priming (M4A edit
                # list, MP3 LAME tag), so the output starts where the source does
                frame.pts = position
                frame.time_base = time_base
                position += len(block)
                for converted in to_encoder.resample(frame):
                    for packet in stream.encode(converted):
                        sink.mux(packet)
            for converted in to_encoder.resample(None):
                for packet in stream.encode(converted):
                    sink.mux(packet)
            for packet in stream.encode(None):
                sink.mux(packet)
    except (av.FFmpegError, ValueError, OSError) as exc:
        raise InputError(f"{name}: cannot write the redacted recording") from exc
