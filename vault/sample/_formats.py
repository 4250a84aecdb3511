"""Transcript files as transcription services deliver them: plain text with speaker labels,
WebVTT and SRT cues (no identifier spans a cue boundary), and .docx (re-zipped with fixed
timestamps so the same seed gives the same bytes).
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime


def as_txt(turns: Sequence[tuple[str, str]]) -> bytes:
    return "\n\n".join(f"{who}: {text}" for who, text in turns).encode("utf-8") + b"\n"


_SENTENCE_END = re.compile(r"(?<=[.?!…])\s+(?=\S)")


def _cues(turns: Sequence[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start ms, end ms, "Speaker: sentence") — identifiers never span a cue boundary."""
    cues = []
    clock = 1_000
    for who, text in turns:
        for sentence in _SENTENCE_END.split(text):
            length = max(1_200, int(len(sentence.split()) * 1_000 / 2.6))
            cues.append((clock, clock + length, f"{who}: {sentence}"))
            clock += length + 200
        clock += 600
    return cues


def _timestamp(ms: int, separator: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1_000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def as_vtt(turns: Sequence[tuple[str, str]]) -> bytes:
    lines = ["WEBVTT", ""]
    for index, (start, end, text) in enumerate(_cues(turns), 1):
        lines += [str(index), f"{_timestamp(start, '.')} --> {_timestamp(end, '.')}", text, ""]
    return "\n".join(lines).encode("utf-8")


def as_srt(turns: Sequence[tuple[str, str]]) -> bytes:
    lines = []
    for index, (start, end, text) in enumerate(_cues(turns), 1):
        lines += [str(index), f"{_timestamp(start, ',')} --> {_timestamp(end, ',')}", text, ""]
    return "\n".join(lines).encode("utf-8")


_DOCX_TIME = datetime(2024, 1, 1, tzinfo=UTC)


def as_docx(turns: Sequence[tuple[str, str]], title: str) -> bytes:
    import docx  # lazy: python-docx (and lxml) take a while to import

    document = docx.Document()
    props = document.core_properties
    props.author = "vault sample"
    props.last_modified_by = "vault sample"
    props.title = title
    props.created = props.modified = props.last_printed = _DOCX_TIME
    props.revision = 1
    for who, text in turns:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{who}:").bold = True
        paragraph.add_run(f" {text}")
    raw = io.BytesIO()
    document.save(raw)
    # python-docx stamps each zip member with the current time; re-zip with a fixed one.
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source, \
            zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            member = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            target.writestr(member, source.read(item.filename))
    return fixed.getvalue()
