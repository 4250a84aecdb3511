"""What kind of file is this? Content sniffing for the recordings and transcripts ingest accepts.

Ingest decides by *content*, never by extension: a text file renamed ``.wav`` is refused, and a
``.txt`` that is really Latin-1 is refused rather than stored with mojibake. Three entry points::

    from vault.media import sniff_audio, audio_info, transcript_kind

    head = path.open("rb").read(4096)
    if sniff_audio(head):                    # cheap: magic bytes only
        info = audio_info(path)              # AudioInfo(format, duration_seconds, sample_rate, channels)
    else:
        kind = transcript_kind(path, head)   # TranscriptKind.TXT / DOCX / VTT / SRT

Audio headers are read with the stdlib :mod:`wave` (WAV) and mutagen (MP3, M4A, FLAC, Ogg); no
audio is decoded. Errors are :class:`vault.errors.InputError` naming the file by its base name
only — never its directory (which may carry a participant's name) and never its content.
"""
from __future__ import annotations

import codecs
import re
import wave
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from vault.anonymise.limits import check_docx_directory, check_encoded_size
from vault.errors import InputError

__all__ = [
    "HEAD_SIZE",
    "AudioFormat",
    "AudioInfo",
    "TranscriptKind",
    "audio_info",
    "sniff_audio",
    "transcript_kind",
]

#: how many leading bytes callers should pass as ``head`` (enough for every signature here)
HEAD_SIZE = 4096


class AudioFormat(StrEnum):
    """The recording formats ingest accepts (values compare equal to plain strings)."""

    WAV = "wav"
    MP3 = "mp3"
    M4A = "m4a"
    FLAC = "flac"
    OGG = "ogg"


class TranscriptKind(StrEnum):
    """The transcript formats ingest and anonymise accept."""

    TXT = "txt"
    DOCX = "docx"
    VTT = "vtt"
    SRT = "srt"


@dataclass(frozen=True)
class AudioInfo:
    """What a recording's headers say about it."""

    #: the container/codec family found by content
    format: AudioFormat
    duration_seconds: float
    sample_rate: int
    channels: int


_NOT_AUDIO = "not a recognised audio file (WAV, MP3, M4A, FLAC, OGG)"
_AUDIO_HINT = "ingest accepts WAV, MP3, M4A, FLAC and Ogg recordings; check the file plays"
_TEXT_HINT = "save the transcript as UTF-8 text, .docx, WebVTT (.vtt) or SubRip (.srt)"

#: ISO-BMFF major/compatible brands that carry audio mutagen's MP4 reader understands
_MP4_BRANDS = frozenset({b"M4A ", b"M4B ", b"M4P ", b"mp42", b"mp41", b"isom", b"iso2",
                         b"dash", b"3gp4", b"3gp5"})

# MPEG audio frame header fields that are "reserved" (invalid) values.
_MPEG_VERSION_RESERVED = 0b01
_MPEG_LAYER_RESERVED = 0b00  # also what AAC ADTS uses, so ADTS is not mistaken for MP3
# Layer I (0b11) is accepted by no one in practice, and FF FE / FF FF — a UTF-16 BOM, padding —
# would parse as Layer I frame headers; so only Layers II and III count.
_MPEG_LAYER_I = 0b11
_MPEG_BITRATE_BAD = 0b1111
_MPEG_RATE_RESERVED = 0b11


def _id3v2_length(head: bytes) -> int | None:
    """Total length of a leading ID3v2 tag (header + body + footer), or None if there is none."""
    if len(head) < 10 or not head.startswith(b"ID3"):
        return None
    size_bytes = head[6:10]
    if any(b & 0x80 for b in size_bytes):  # sizes are "syncsafe": 7 bits a byte
        return None
    size = 0
    for b in size_bytes:
        size = (size << 7) | b
    footer = 10 if head[5] & 0x10 else 0
    return 10 + size + footer


def _is_mpeg_frame(head: bytes) -> bool:
    if len(head) < 4 or head[0] != 0xFF or (head[1] & 0xE0) != 0xE0:
        return False
    version = (head[1] >> 3) & 0b11
    layer = (head[1] >> 1) & 0b11
    bitrate = head[2] >> 4
    rate = (head[2] >> 2) & 0b11
    return (version != _MPEG_VERSION_RESERVED and layer not in (_MPEG_LAYER_RESERVED, _MPEG_LAYER_I)
            and bitrate != _MPEG_BITRATE_BAD and rate != _MPEG_RATE_RESERVED)


def _sniff_container(head: bytes) -> AudioFormat | None:
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return AudioFormat.WAV
    if head.startswith(b"fLaC"):
        return AudioFormat.FLAC
    if head.startswith(b"OggS"):
        return AudioFormat.OGG
    if len(head) >= 12 and head[4:8] == b"ftyp":
        box_end = min(len(head), int.from_bytes(head[:4], "big") or len(head))
        brands = {head[8:12]} | {head[i:i + 4] for i in range(16, box_end - 3, 4)}
        if brands & _MP4_BRANDS:
            return AudioFormat.M4A
        return None
    if _is_mpeg_frame(head):
        return AudioFormat.MP3
    return None


def sniff_audio(head: bytes) -> AudioFormat | None:
    """Recognise a recording by its leading bytes (magic numbers), ignoring the file name.

    An ID3v2 tag is looked through: a tagged FLAC is still FLAC, and a tag followed by anything
    not audio is not audio. When ``head`` ends inside a long tag, the tag alone counts as MP3
    (the only format that normally carries one); :func:`audio_info` then checks properly.

    :param head: the first bytes of the file (:data:`HEAD_SIZE` is plenty).
    :returns: the format, or ``None`` when the bytes are not a recognised recording.
    """
    tag_length = _id3v2_length(head)
    if tag_length is None:
        return _sniff_container(head)
    after = head[tag_length:]
    if len(after) < 4:
        return AudioFormat.MP3
    return _sniff_container(after)


def _read_head(path: Path, size: int, *, offset: int = 0) -> bytes:
    try:
        with path.open("rb") as handle:
            handle.seek(offset)
            return handle.read(size)
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror or type(exc).__name__})",
                         hint="check the path and its permissions") from exc


def _wav_info(path: Path) -> AudioInfo:
    try:
        with wave.open(str(path), "rb") as reader:
            frames, rate, channels = reader.getnframes(), reader.getframerate(), reader.getnchannels()
    except (wave.Error, EOFError) as exc:
        # The stdlib reader only knows PCM; float and WAVE_FORMAT_EXTENSIBLE files are still WAV.
        return _mutagen_info(path, AudioFormat.WAV, cause=exc)
    if rate <= 0 or channels <= 0:
        raise InputError(f"{path.name}: damaged WAV header", hint=_AUDIO_HINT)
    return AudioInfo(AudioFormat.WAV, frames / rate, rate, channels)


def _ogg_codec(head: bytes) -> str | None:
    """The codec of an Ogg stream, from the first packet on its first page."""
    if len(head) < 27:
        return None
    start = 27 + head[26]  # page header, then one lacing byte per segment
    packet = head[start:start + 8]
    for magic, codec in ((b"\x01vorbis", "vorbis"), (b"OpusHead", "opus"),
                         (b"\x7fFLAC", "flac"), (b"Speex   ", "speex")):
        if packet.startswith(magic):
            return codec
    return None


def _mutagen_info(path: Path, fmt: AudioFormat, *, head: bytes = b"",
                  cause: BaseException | None = None) -> AudioInfo:
    # lazy: mutagen is needed only to read audio metadata
    import mutagen
    from mutagen.flac import FLAC
    from mutagen.mp3 import MP3
    from mutagen.mp4 import MP4
    from mutagen.oggflac import OggFLAC
    from mutagen.oggopus import OggOpus
    from mutagen.oggspeex import OggSpeex
    from mutagen.oggvorbis import OggVorbis
    from mutagen.wave import WAVE

    reader: type[mutagen.FileType] | None
    if fmt is AudioFormat.OGG:
        codec = _ogg_codec(head)
        if codec is None and len(head) >= 27 + (head[26] if len(head) > 26 else 0) + 8:
            # a complete first packet that is not audio (e.g. Theora video)
            raise InputError(f"{path.name}: {_NOT_AUDIO}", hint=_AUDIO_HINT)
        reader = {"vorbis": OggVorbis, "opus": OggOpus, "flac": OggFLAC,
                  "speex": OggSpeex}.get(codec or "")
    else:
        reader = {AudioFormat.MP3: MP3, AudioFormat.M4A: MP4, AudioFormat.FLAC: FLAC,
                  AudioFormat.WAV: WAVE}[fmt]
    try:
        if reader is None:
            raise mutagen.MutagenError("Ogg first page cut short")
        loaded = reader(str(path))
    except (mutagen.MutagenError, ValueError, EOFError, OverflowError, IndexError) as exc:
        if fmt is AudioFormat.WAV and cause is not None:
            raise InputError(f"{path.name}: damaged or truncated WAV file",
                             hint=_AUDIO_HINT) from cause
        raise InputError(f"{path.name}: damaged or truncated {fmt.name} file",
                         hint=_AUDIO_HINT) from exc
    info = loaded.info
    # Opus always decodes at 48 kHz and mutagen does not report a rate for it.
    rate = int(getattr(info, "sample_rate", 0) or 48000)
    channels = int(getattr(info, "channels", 0) or 0)
    length = float(getattr(info, "length", 0.0) or 0.0)
    if channels <= 0 or length <= 0:
        raise InputError(f"{path.name}: damaged or truncated {fmt.name} file", hint=_AUDIO_HINT)
    return AudioInfo(fmt, length, rate, channels)


def audio_info(path: Path) -> AudioInfo:
    """Read a recording's format, duration, sample rate and channel count from its headers.

    :param path: the recording; its extension is ignored.
    :raises InputError: unreadable, not a recognised recording, or a damaged/truncated one.
    """
    head = _read_head(path, HEAD_SIZE)
    fmt = sniff_audio(head)
    tag_length = _id3v2_length(head)
    if tag_length is not None and tag_length + 4 > len(head):
        fmt = _sniff_container(_read_head(path, HEAD_SIZE, offset=tag_length))
    if fmt is None:
        raise InputError(f"{path.name}: {_NOT_AUDIO}", hint=_AUDIO_HINT)
    if fmt is AudioFormat.WAV:
        return _wav_info(path)
    return _mutagen_info(path, fmt, head=head)


_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: C0 controls that never occur in text (tab, newlines, form feed and vertical tab do)
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SRT_CUE = re.compile(
    r"\A\s*\d+[ \t]*\r?\n"
    r"[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")
_WEBVTT = re.compile(r"\AWEBVTT(?:[ \t\r\n]|\Z)")
#: signatures of things people mistake for transcripts, with what to tell them
_NOT_TRANSCRIPT: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF, not a transcript"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 .doc (or other OLE) file, not a transcript"),
    (b"{\\rtf", "an RTF document, not a transcript"),
)
_CHUNK = 64 * 1024


def _text_encoding(head: bytes) -> tuple[str, int]:
    """(codec name, BOM length) for the text, or raise when it is UTF-32 (not accepted)."""
    if head.startswith(_UTF32_BOMS):
        return "utf-32", 0  # refused by the caller
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", len(codecs.BOM_UTF8)
    if head.startswith(_UTF16_BOMS):
        return "utf-16", 0  # the utf-16 codec reads and drops the BOM itself
    return "utf-8", 0


def _decode_all(path: Path, codec: str, skip: int) -> str:
    """Decode the whole file, streaming; return the first chunk of text (for format sniffing)."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    first = ""
    seen_text = False
    try:
        with path.open("rb") as handle:
            handle.seek(skip)
            while True:
                chunk = handle.read(_CHUNK)
                text = decoder.decode(chunk, final=not chunk)
                if _BINARY_CONTROLS.search(text):
                    raise InputError(f"{path.name}: binary data, not a text transcript",
                                     hint=_TEXT_HINT)
                if not first:
                    first = text
                seen_text = seen_text or bool(text.strip())
                if not chunk:
                    break
    except UnicodeDecodeError as exc:
        raise InputError(f"{path.name}: not UTF-8 text (nor UTF-16 with a byte-order mark)",
                         hint="re-save the transcript as UTF-8 (e.g. 'Save as… Plain text, "
                              "UTF-8' in Word)") from exc
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror or type(exc).__name__})",
                         hint="check the path and its permissions") from exc
    if not seen_text:
        raise InputError(f"{path.name}: empty transcript (no text)", hint=_TEXT_HINT)
    return first


def _check_size(path: Path, kind: str) -> None:
    """The transcript caps of :mod:`vault.anonymise.limits` (a file that cannot be examined
    is reported by the read that follows)."""
    try:
        size = path.stat().st_size
    except OSError:
        return
    check_encoded_size(size, kind, path.name)


def _check_docx(path: Path) -> None:
    _check_size(path, "docx")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InputError(f"{path.name}: damaged or truncated .docx (ZIP) file",
                         hint="open and re-save it in Word, then try again") from exc
    if "word/document.xml" not in names:
        raise InputError(f"{path.name}: a ZIP archive but not a Word .docx document",
                         hint=_TEXT_HINT)
    # a zip bomb is refused at ingest, as its ZIP directory declares it (nothing inflated)
    check_docx_directory(members, path.name)


def transcript_kind(path: Path, head: bytes) -> TranscriptKind:
    """Tell a transcript's format by content: .docx, WebVTT, SubRip or plain text.

    ``head`` is used to sniff; plain-text kinds are then decoded in full (streamed) so a Latin-1
    byte on page ten is caught too. Text must be UTF-8 (a UTF-8 BOM is fine) or UTF-16 with a BOM.

    :param path: the transcript file (used for the full decode and the .docx check).
    :param head: its first bytes (:data:`HEAD_SIZE` is plenty).
    :raises InputError: empty, binary, audio, undecodable, damaged .docx, or another format.
    """
    if not head:
        raise InputError(f"{path.name}: empty file", hint=_TEXT_HINT)
    if head.startswith(b"PK\x03\x04"):
        _check_docx(path)
        return TranscriptKind.DOCX
    if sniff_audio(head) is not None:
        raise InputError(f"{path.name}: an audio recording, not a transcript",
                         hint="ingest recordings as audio; transcripts are .txt, .docx, .vtt or .srt")
    for magic, what in _NOT_TRANSCRIPT:
        if head.startswith(magic):
            raise InputError(f"{path.name}: {what}", hint=_TEXT_HINT)
    _check_size(path, "txt")  # before the full decode below
    codec, skip = _text_encoding(head)
    if codec == "utf-32":
        raise InputError(f"{path.name}: UTF-32 text is not supported",
                         hint="re-save the transcript as UTF-8")
    if codec == "utf-8" and b"\x00" in head:
        raise InputError(f"{path.name}: binary data, not a text transcript", hint=_TEXT_HINT)
    text = _decode_all(path, codec, skip).lstrip("\ufeff")
    if _WEBVTT.match(text):
        return TranscriptKind.VTT
    if _SRT_CUE.match(text):
        return TranscriptKind.SRT
    return TranscriptKind.TXT
