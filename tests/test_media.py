"""Content sniffing for recordings and transcripts (vault.media), table-driven over fixtures.

The audio fixtures in tests/data/audio/ are tiny committed files (see the README there);
everything broken is derived from them, or written, in tmp_path.
"""
from __future__ import annotations

import io
import math
import random
import struct
import wave
import zipfile
from pathlib import Path

import pytest

from vault.errors import InputError
from vault.media import (
    HEAD_SIZE,
    AudioFormat,
    AudioInfo,
    TranscriptKind,
    audio_info,
    sniff_audio,
    transcript_kind,
)

AUDIO = Path(__file__).parent / "data" / "audio"
NOT_AUDIO = "not a recognised audio file (WAV, MP3, M4A, FLAC, OGG)"
#: planted in every bad input: no error message may repeat it
SECRET = "Priyanka Raman 999 123 4567"


def _wav_bytes(*, seconds: float = 0.5, rate: int = 16_000, channels: int = 1) -> bytes:
    frames = int(seconds * rate)
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(b"".join(
            struct.pack("<h", int(8000 * math.sin(i / 7))) * channels for i in range(frames)))
    return out.getvalue()


def _float_wav_bytes(*, seconds: float = 0.25, rate: int = 8_000) -> bytes:
    """IEEE-float WAV (format tag 3), which the 3.11 stdlib reader refuses."""
    data = b"".join(struct.pack("<f", math.sin(i / 5) * 0.5) for i in range(int(seconds * rate)))
    fmt = struct.pack("<HHIIHH", 3, 1, rate, rate * 4, 4, 32) + struct.pack("<H", 0)
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
            + b"fact" + struct.pack("<II", 4, len(data) // 4)
            + b"data" + struct.pack("<I", len(data)) + data)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _id3_header(body_size: int = 0) -> bytes:
    syncsafe = bytes((body_size >> shift) & 0x7F for shift in (21, 14, 7, 0))
    return b"ID3\x04\x00\x00" + syncsafe


# ---------------------------------------------------------------------------------------------
# sniff_audio


@pytest.mark.parametrize("name, expected", [
    ("tone.mp3", "mp3"), ("tone_id3.mp3", "mp3"), ("tone.m4a", "m4a"), ("tone_mp42.m4a", "m4a"),
    ("tone.flac", "flac"), ("tone.ogg", "ogg"), ("tone.opus", "ogg"),
])
def test_sniff_audio_fixtures(name: str, expected: str) -> None:
    head = (AUDIO / name).read_bytes()[:HEAD_SIZE]
    assert sniff_audio(head) == expected
    assert isinstance(sniff_audio(head), AudioFormat)


@pytest.mark.parametrize("head, expected", [
    (_wav_bytes()[:64], "wav"),
    (b"RIFF\x24\x00\x00\x00WAVEfmt ", "wav"),
    (b"RIFF\x24\x00\x00\x00AVI LIST", None),          # RIFF, but video
    (b"\xff\xfb\x90\x64" + bytes(60), "mp3"),           # MPEG-1 layer III frame sync
    (b"\xff\xf3\x58\xc0" + bytes(60), "mp3"),           # MPEG-2 layer III
    (b"\xff\xf1\x50\x80\x02\x1f\xfc", None),            # AAC ADTS: layer bits 00, not MP3
    (b"\xff\xfb\xf0\x64" + bytes(60), None),            # bitrate index 1111 is invalid
    (b"\xff\xe8\x90\x64" + bytes(60), None),            # MPEG version "reserved"
    (b"\xff\xfe" + "PJ: hi".encode("utf-16-le"), None),  # UTF-16 BOM: would be "Layer I"
    (b"\xff\xfd\x90\x64" + bytes(60), "mp3"),           # MPEG-1 layer II
    (b"\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00M4A mp42", "m4a"),
    (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2", "m4a"),
    (b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  ", None),   # QuickTime movie
    (b"\x00\x00\x00\x14ftypheic\x00\x00\x00\x00mif1", None),   # a photo
    (b"fLaC\x00\x00\x00\x22", "flac"),
    (_id3_header() + b"fLaC\x00\x00\x00\x22", "flac"),  # tagged FLAC is still FLAC
    (_id3_header() + b"%PDF-1.7\n", None),              # a tag in front of not-audio
    (_id3_header(100_000) + bytes(100), "mp3"),         # head ends inside a long tag
    (b"OggS\x00\x02" + bytes(20), "ogg"),
    (b"Interviewer: hello\n", None),
    (b"", None),
    (b"RIF", None),
    (b"\xff", None),
    (b"PK\x03\x04", None),
])
def test_sniff_audio_table(head: bytes, expected: str | None) -> None:
    assert sniff_audio(head) == expected


# ---------------------------------------------------------------------------------------------
# audio_info


@pytest.mark.parametrize("name, fmt, seconds, rate, channels", [
    ("tone.mp3", "mp3", 0.576, 16_000, 1),
    ("tone_id3.mp3", "mp3", 0.576, 16_000, 1),
    ("tone.m4a", "m4a", 0.564, 16_000, 2),
    ("tone_mp42.m4a", "m4a", 0.564, 16_000, 2),
    ("tone.flac", "flac", 0.25, 16_000, 1),
    ("tone.ogg", "ogg", 0.5, 16_000, 1),
    ("tone.opus", "ogg", 0.5, 48_000, 1),
])
def test_audio_info_fixtures(name: str, fmt: str, seconds: float, rate: int,
                             channels: int) -> None:
    info = audio_info(AUDIO / name)
    assert info.format == fmt
    assert info.duration_seconds == pytest.approx(seconds, abs=0.03)
    assert (info.sample_rate, info.channels) == (rate, channels)


@pytest.mark.parametrize("seconds, rate, channels", [(0.5, 16_000, 1), (1.25, 8_000, 2),
                                                     (0.1, 44_100, 1)])
def test_audio_info_wav(tmp_path: Path, seconds: float, rate: int, channels: int) -> None:
    path = tmp_path / "recording.bin"  # the extension is irrelevant
    path.write_bytes(_wav_bytes(seconds=seconds, rate=rate, channels=channels))
    assert audio_info(path) == AudioInfo(AudioFormat.WAV, pytest.approx(seconds, abs=1e-3),
                                         rate, channels)


def test_audio_info_float_wav_falls_back_to_mutagen(tmp_path: Path) -> None:
    path = tmp_path / "float.wav"
    path.write_bytes(_float_wav_bytes(seconds=0.25, rate=8_000))
    info = audio_info(path)
    assert (info.format, info.sample_rate, info.channels) == ("wav", 8_000, 1)
    assert info.duration_seconds == pytest.approx(0.25, abs=0.01)


def test_audio_info_tagged_flac(tmp_path: Path) -> None:
    path = tmp_path / "tagged.mp3"
    path.write_bytes(_id3_header() + (AUDIO / "tone.flac").read_bytes())
    assert audio_info(path).format == "flac"


def _truncate(name: str, size: int) -> bytes:
    return (AUDIO / name).read_bytes()[:size]


@pytest.mark.parametrize("file_name, content, message", [
    ("renamed.wav", f"Interviewer: hello {SECRET}\n".encode(), NOT_AUDIO),
    ("renamed.mp3", f"{SECRET}".encode("utf-16"), NOT_AUDIO),
    ("empty.wav", b"", NOT_AUDIO),
    ("noise.ogg", random.Random(1).randbytes(3000), NOT_AUDIO),
    ("zip.m4a", b"PK\x03\x04" + bytes(100), NOT_AUDIO),
    ("video.mp4", b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  " + bytes(64), NOT_AUDIO),
    ("short.wav", _wav_bytes()[:10], NOT_AUDIO),   # too short to be RIFF/WAVE at all
    ("no-fmt.wav", _wav_bytes()[:12], "damaged or truncated WAV file"),
    ("cut-fmt.wav", _wav_bytes()[:20], "damaged or truncated WAV file"),
    ("truncated.wav", _wav_bytes()[:30], "damaged or truncated WAV file"),
    ("truncated.flac", _truncate("tone.flac", 20), "damaged or truncated FLAC file"),
    ("truncated.ogg", _truncate("tone.ogg", 40), "damaged or truncated OGG file"),
    ("truncated.m4a", _truncate("tone.m4a", 40), "damaged or truncated M4A file"),
    ("header-only.mp3", b"\xff\xfb\x90\x64" + bytes(20), "damaged or truncated MP3 file"),
    ("tag-only.mp3", _id3_header(0) + bytes(2), NOT_AUDIO),      # a tag and nothing after
    ("tag-then-text.mp3", _id3_header(0) + b"Interviewer: hello", NOT_AUDIO),
])
def test_audio_info_refuses(tmp_path: Path, file_name: str, content: bytes,
                            message: str) -> None:
    folder = tmp_path / "Priyanka Raman"  # a directory name that must never be echoed
    folder.mkdir()
    path = folder / file_name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        audio_info(path)
    assert caught.value.message == f"{file_name}: {message}"
    assert caught.value.exit_code == 9
    rendered = caught.value.render()
    assert "Priyanka" not in rendered and "999" not in rendered and "hello" not in rendered


def test_audio_info_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^gone\.wav: cannot be read"):
        audio_info(tmp_path / "gone.wav")


# ---------------------------------------------------------------------------------------------
# transcript_kind

SRT = "1\n00:00:01,000 --> 00:00:04,000\nInterviewer: Hello.\n\n2\n00:00:05,000 --> 00:00:06,500\nPJ: Hi.\n"
VTT = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nInterviewer: Hello.\n"
TXT = "Interviewer: Right, um, so — café, naïve, Wójcik, “quotes”.\n\nPJ: Yes.\n"


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Interviewer:").bold = True
    paragraph.add_run(" Hello.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _zip_bytes(name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, "x")
    return out.getvalue()


@pytest.mark.parametrize("file_name, content, expected", [
    ("a.txt", TXT.encode("utf-8"), "txt"),
    ("bom.txt", b"\xef\xbb\xbf" + TXT.encode("utf-8"), "txt"),
    ("le.txt", TXT.encode("utf-16"), "txt"),                      # BOM + little-endian
    ("be.txt", b"\xfe\xff" + TXT.encode("utf-16-be"), "txt"),
    ("crlf.txt", TXT.replace("\n", "\r\n").encode("utf-8"), "txt"),
    ("cues.txt", SRT.encode("utf-8"), "srt"),                     # content wins over extension
    ("a.srt", SRT.replace("\n", "\r\n").encode("utf-8"), "srt"),
    ("bom.srt", b"\xef\xbb\xbf" + SRT.encode("utf-8"), "srt"),
    ("dots.srt", SRT.replace(",", ".").encode("utf-8"), "srt"),
    ("a.vtt", VTT.encode("utf-8"), "vtt"),
    ("titled.vtt", ("WEBVTT - interview\n\n" + VTT[8:]).encode("utf-8"), "vtt"),
    ("wide.vtt", VTT.encode("utf-16"), "vtt"),
    ("bare.vtt", b"WEBVTT", "vtt"),
    ("not.vtt", b"WEBVTTX is not a header\n", "txt"),
    ("numbers.txt", b"1\n2\n3\n", "txt"),
    ("a.docx", _docx_bytes(), "docx"),
    ("renamed.txt", _docx_bytes(), "docx"),
])
def test_transcript_kind(tmp_path: Path, file_name: str, content: bytes, expected: str) -> None:
    path = tmp_path / file_name
    path.write_bytes(content)
    kind = transcript_kind(path, content[:HEAD_SIZE])
    assert kind == expected
    assert isinstance(kind, TranscriptKind)


LATIN1 = f"Interviewer: café {SECRET}\n".encode("latin-1")
#: valid UTF-8 for the whole head, then a Latin-1 byte further in
LATE_LATIN1 = ("Interviewer: fine.\n" * 600).encode() + "PJ: naïve\n".encode("latin-1")
CANNOT_DECODE = "not UTF-8 text (nor UTF-16 with a byte-order mark)"
BINARY = "binary data, not a text transcript"


@pytest.mark.parametrize("file_name, content, message", [
    ("latin1.txt", LATIN1, CANNOT_DECODE),
    ("late.txt", LATE_LATIN1, CANNOT_DECODE),
    ("cp1252.txt", "PJ: “smart quotes”\n".encode("cp1252"), CANNOT_DECODE),
    ("odd.txt", "PJ: hello".encode("utf-16")[:-1], CANNOT_DECODE),  # odd byte count
    ("nobom.txt", f"PJ: {SECRET}".encode("utf-16-le"), BINARY),     # UTF-16 needs its BOM
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\r\n\t\n", "empty transcript (no text)"),
    ("bom-only.txt", b"\xff\xfe", "empty transcript (no text)"),
    ("utf8-bom-only.txt", b"\xef\xbb\xbf\n", "empty transcript (no text)"),
    ("noise.txt", random.Random(2).randbytes(2048), BINARY),
    ("control.txt", b"PJ: hello\x01\x02\x03 world\n", BINARY),
    ("elf.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(64), BINARY),
    ("utf32.txt", "PJ: hello".encode("utf-32"), "UTF-32 text is not supported"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF, not a transcript"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
     "a Word 97-2003 .doc (or other OLE) file, not a transcript"),
    ("notes.rtf", b"{\\rtf1\\ansi hello}", "an RTF document, not a transcript"),
    ("tone.txt", (AUDIO / "tone.mp3").read_bytes(), "an audio recording, not a transcript"),
    ("speech.vtt", _wav_bytes(seconds=0.1), "an audio recording, not a transcript"),
    ("archive.docx", _zip_bytes("content.xml"), "a ZIP archive but not a Word .docx document"),
    ("cut.docx", _docx_bytes()[:200], "damaged or truncated .docx (ZIP) file"),
])
def test_transcript_kind_refuses(tmp_path: Path, file_name: str, content: bytes,
                                 message: str) -> None:
    folder = tmp_path / "Priyanka Raman"
    folder.mkdir()
    path = folder / file_name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        transcript_kind(path, content[:HEAD_SIZE])
    assert caught.value.message == f"{file_name}: {message}"
    assert caught.value.exit_code == 9
    rendered = caught.value.render()
    assert "Priyanka" not in rendered and "999" not in rendered and "café" not in rendered


def test_transcript_kind_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^gone\.txt: cannot be read"):
        transcript_kind(tmp_path / "gone.txt", b"Interviewer: hello\n")
