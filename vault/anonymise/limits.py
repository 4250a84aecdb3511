"""Bounds on transcript input: how big a transcript may be, checked before it is read.

A transcript is parsed in memory (inside the vault it is decrypted in memory, never to disk),
so every format has a size cap that is checked *before* the expensive step, and every refusal
is one :class:`~vault.errors.InputError` (exit 9) naming the file and the cap::

    check_file_size(path, "docx")            # on disk, before reading it
    check_encoded_size(len(data), "txt", label)
    check_docx_package(data, label)          # the ZIP's members, before python-docx opens it
    check_characters(len(text), label)       # the parsed text: at most MAX_DOCUMENT_CHARS

The caps (module constants, one place):

* text formats (.txt, .vtt, .srt): at most :data:`MAX_TEXT_BYTES` bytes and, once parsed,
  :data:`MAX_DOCUMENT_CHARS` characters; a WebVTT/SRT file at most :data:`MAX_CUES` cues;
* .docx: the file at most :data:`MAX_DOCX_FILE_BYTES`; at most :data:`MAX_DOCX_MEMBERS` ZIP
  members; each member at most :data:`MAX_DOCX_MEMBER_BYTES` and all together
  :data:`MAX_DOCX_TOTAL_BYTES` uncompressed; the XML parts together at most
  :data:`MAX_DOCX_XML_BYTES` and :data:`MAX_DOCX_XML_ELEMENTS` elements (what the XML parser's
  memory grows with: a few megabytes of ``<w:r/>`` are millions of nodes); no XML part may
  declare a DTD (``<!DOCTYPE``/``<!ENTITY``: entity
  expansion, the "billion laughs", is refused outright — Office never writes one). Sizes are
  checked first as the ZIP directory declares them (a zip bomb is refused without inflating a
  byte), then while inflating each member in 64 KiB pieces (a directory that lies is caught at
  the cap, not after). Then the document's text, like the others', holds at most
  :data:`MAX_DOCUMENT_CHARS` characters, in at most :data:`MAX_SEGMENTS` paragraphs.

Peak memory stays well under 512 MiB on any input, inside or outside a vault
(``tests/test_input_limits.py`` measures it in a subprocess). The same checks run at ingest
(:mod:`vault.media`), in ``vault anonymise`` and in ``vault anonymise text``.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

from vault.errors import InputError

__all__ = [
    "MAX_CUES",
    "MAX_DOCUMENT_CHARS",
    "MAX_DOCX_FILE_BYTES",
    "MAX_DOCX_MEMBERS",
    "MAX_DOCX_MEMBER_BYTES",
    "MAX_DOCX_TOTAL_BYTES",
    "MAX_DOCX_XML_BYTES",
    "MAX_DOCX_XML_ELEMENTS",
    "MAX_SEGMENTS",
    "MAX_TEXT_BYTES",
    "check_characters",
    "check_cues",
    "check_docx_directory",
    "check_docx_package",
    "check_encoded_size",
    "check_file_size",
    "check_segments",
    "max_encoded_bytes",
]

_MIB = 1 << 20
#: a transcript longer than this (characters) is refused: a two-hour interview is about 120,000
#: characters, so this is several interviews in one file (split them); and it keeps the engine's
#: peak memory under 512 MiB even when every third word is a name
MAX_DOCUMENT_CHARS = 1_000_000
#: a plain-text, WebVTT or SRT transcript: at most 4 bytes a character (UTF-8's worst case)
MAX_TEXT_BYTES = 20 * _MIB
#: cues in one WebVTT/SRT file (a two-hour interview has a few thousand)
MAX_CUES = 20_000
#: a .docx file as stored (images included)
MAX_DOCX_FILE_BYTES = 64 * _MIB
#: entries in a .docx's ZIP directory
MAX_DOCX_MEMBERS = 2_000
#: one member of a .docx, uncompressed
MAX_DOCX_MEMBER_BYTES = 64 * _MIB
#: all members of a .docx together, uncompressed
MAX_DOCX_TOTAL_BYTES = 128 * _MIB
#: the XML parts of a .docx together, uncompressed (parsed into trees several times their size)
MAX_DOCX_XML_BYTES = 32 * _MIB

#: elements in a .docx's XML parts together (a heavily formatted two-hour interview has about
#: 100,000; the parser needs some 150 bytes a node, python-docx more for each run it visits)
MAX_DOCX_XML_ELEMENTS = 500_000
#: paragraphs of a .docx (each one a segment the engine processes)
MAX_SEGMENTS = 50_000
_CHUNK = 64 * 1024
_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY")


def _mib(n: int) -> str:
    return f"{n // _MIB} MiB"


def _too_big(label: str, what: str, cap: str, hint: str | None = None) -> InputError:
    return InputError(f"{label}: {what} exceeds the cap of {cap}",
                      hint=hint or "split the transcript into its interviews, or save it "
                                   "again without embedded material")


def max_encoded_bytes(kind: str) -> int:
    """The largest file of ``kind`` ("txt", "vtt", "srt", "docx") that is read at all."""
    return MAX_DOCX_FILE_BYTES if kind == "docx" else MAX_TEXT_BYTES


def check_encoded_size(size: int, kind: str, label: str) -> None:
    """Refuse a ``kind`` file of ``size`` bytes over its cap (before it is read or decrypted).

    :raises InputError: over :data:`MAX_TEXT_BYTES` (text formats) or
        :data:`MAX_DOCX_FILE_BYTES` (.docx).
    """
    cap = max_encoded_bytes(kind)
    if size > cap:
        what = ".docx file" if kind == "docx" else "text transcript"
        raise _too_big(label, f"a {what} of {size:,} bytes", f"{_mib(cap)} for a {what}")


def check_file_size(path: Path, kind: str, label: str | None = None) -> None:
    """:func:`check_encoded_size` for a file on disk (its size, without reading it).

    :raises InputError: over the cap; or it cannot be examined.
    """
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise InputError(f"{label or path}: cannot read ({exc.strerror or type(exc).__name__})"
                         ) from exc
    check_encoded_size(size, kind, label or str(path))


def check_characters(total: int, label: str) -> None:
    """:raises InputError: the parsed text is over :data:`MAX_DOCUMENT_CHARS` characters."""
    if total > MAX_DOCUMENT_CHARS:
        raise InputError(f"{label}: transcript is too long: {total:,} characters exceed the cap "
                         f"of {MAX_DOCUMENT_CHARS:,} characters",
                         hint="split the transcript into its interviews and process them "
                              "separately")


def check_cues(count: int, label: str) -> None:
    """:raises InputError: a WebVTT/SRT file with more than :data:`MAX_CUES` cues."""
    if count > MAX_CUES:
        raise InputError(f"{label}: more than {MAX_CUES:,} subtitle cues exceed the cap of "
                         f"{MAX_CUES:,} cues", hint="split the transcript into its interviews")


def check_segments(count: int, label: str) -> None:
    """:raises InputError: a .docx with more than :data:`MAX_SEGMENTS` paragraphs."""
    if count > MAX_SEGMENTS:
        raise InputError(f"{label}: {count:,} paragraphs exceed the cap of {MAX_SEGMENTS:,} "
                         "paragraphs", hint="split the transcript into its interviews")


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def check_docx_directory(members: Sequence[zipfile.ZipInfo], label: str) -> None:
    """Refuse a .docx whose ZIP directory *declares* more than the caps allow (nothing is
    inflated: a zip bomb is refused at once).

    :raises InputError: too many members, a member, the XML parts or the whole over its cap.
    """
    if len(members) > MAX_DOCX_MEMBERS:
        raise _too_big(label, f"a .docx of {len(members):,} parts",
                       f"{MAX_DOCX_MEMBERS:,} parts")
    total = xml = 0
    for info in members:
        if info.file_size > MAX_DOCX_MEMBER_BYTES:
            raise _too_big(label, "a .docx part of "
                                  f"{info.file_size:,} bytes uncompressed",
                           f"{_mib(MAX_DOCX_MEMBER_BYTES)} a part")
        total += info.file_size
        if _is_xml(info.filename):
            xml += info.file_size
    if xml > MAX_DOCX_XML_BYTES:
        raise _too_big(label, f"a .docx holding {xml:,} bytes of XML",
                       f"{_mib(MAX_DOCX_XML_BYTES)} of XML")
    if total > MAX_DOCX_TOTAL_BYTES:
        raise _too_big(label, f"a .docx of {total:,} bytes uncompressed",
                       f"{_mib(MAX_DOCX_TOTAL_BYTES)} uncompressed")


def check_docx_package(data: bytes, label: str) -> None:
    """Check a whole .docx package before it is parsed: the declared sizes
    (:func:`check_docx_directory`), then each member inflated in 64 KiB pieces and counted
    (a directory that understates a size is caught at the cap), and no DTD in any XML part.

    A package that is not a ZIP at all is left to the parser (which says so).

    :raises InputError: over a cap, or an XML part declaring a DTD (entity expansion).
    """
    check_encoded_size(len(data), "docx", label)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError):
        return  # not a ZIP: the .docx reader refuses it with its own message
    with archive:
        members = archive.infolist()
        check_docx_directory(members, label)
        total = xml = elements = 0
        for info in members:
            is_xml = _is_xml(info.filename)
            size = 0
            tail = b""
            try:
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > MAX_DOCX_MEMBER_BYTES:
                            raise _too_big(label, "a .docx part", f"{_mib(MAX_DOCX_MEMBER_BYTES)}"
                                                                  " a part")
                        if total > MAX_DOCX_TOTAL_BYTES:
                            raise _too_big(label, "a .docx",
                                           f"{_mib(MAX_DOCX_TOTAL_BYTES)} uncompressed")
                        if is_xml:
                            xml += len(chunk)
                            if xml > MAX_DOCX_XML_BYTES:
                                raise _too_big(label, "a .docx's XML",
                                               f"{_mib(MAX_DOCX_XML_BYTES)} of XML")
                            # opening and empty-element tags (a ``</`` split across two
                            # chunks miscounts by one: immaterial against the cap)
                            elements += chunk.count(b"<") - chunk.count(b"</")
                            if elements > MAX_DOCX_XML_ELEMENTS:
                                raise _too_big(label, "a .docx's XML element count",
                                               f"{MAX_DOCX_XML_ELEMENTS:,} elements")
                            window = tail + chunk
                            if any(mark in window for mark in _DTD_MARKS):
                                raise InputError(
                                    f"{label}: a .docx part declares an XML DTD (entity "
                                    "expansion is refused)",
                                    hint="open it in Word and save it again as .docx")
                            tail = window[-16:]
            except (zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError):
                return  # damaged or encrypted: the .docx reader refuses it with its message
            except (OSError, ValueError, LookupError, zlib.error):
                return  # a bad compression stream: the .docx reader refuses it
