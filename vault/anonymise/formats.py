"""Transcript document formats: plain text, .docx, WebVTT and SRT.

A :class:`Document` is an immutable view of a transcript as *segments* of text to redact plus
whatever must survive untouched around them (speaker-turn line structure, cue numbers and
timings, .docx paragraphs, runs and styles)::

    doc = read_document(Path("interview.vtt"))            # or document_from_bytes(data, name)
    redacted, redactions = redact_document(doc, Anonymiser(), register=register)
    write_document(render_document(redacted, codes), Path("out/interview.vtt"))

Segments: a .txt file is one segment (its line breaks are never rewritten; a detection that
crosses one is replaced line by line); a .docx has one segment per paragraph (body, tables,
text boxes, headers, footers, then footnotes and endnotes); WebVTT/SRT have one per cue payload
(and per NOTE block). In .docx a replacement goes into the run where the span starts and the
characters it covers are removed from the following runs, so each run keeps its formatting and a
bold speaker label stays bold.

A redacted .docx keeps nothing the redactor did not see (fail closed). Its writer:

- removes **comments** entirely (they are annotations, not the interview): the comments part,
  Word's companion parts (commentsExtended/Ids/Extensible) and people.xml (comment authors),
  and the comment anchors and reference runs in the text;
- blanks ``w:author`` and removes ``w:initials`` everywhere (tracked insertions and formatting
  changes keep their current text/format, without who made them); drops tracked deletions
  (they hold old text) and editing permissions (they name users);
- keeps only the core properties (author, title, comments and the like blanked): the extended
  (app.xml: Company, Manager, titles), custom and thumbnail parts go, as do the glossary
  (building blocks), custom XML data stores and printer settings;
- flattens content controls and fields (except page numbers and tables of contents) to their
  text, unlinks every external hyperlink (the target may hold an address) and removes drawing
  alt text and object names;
- refuses (:class:`~vault.errors.InputError`) a document holding a chart, SmartArt, embedded
  object or linked file, whose text it cannot redact.

Bad input raises :class:`vault.errors.InputError` naming the file, never its content: not UTF-8
(UTF-16 with a byte-order mark is accepted for text formats), empty, binary, a malformed .docx,
or a malformed VTT/SRT cue.

:func:`anonymise_files` is the standalone batch (``vault anonymise text``): one bad file is
reported and the others continue. Outside a vault nobody reviews later, so it **fails safe**:
every low-confidence span (scored between the policy's ``review_floor`` and ``threshold``) is
redacted too unless a ``decide`` callback (``--review``, a custodian at a terminal) says keep it;
the report counts both (``uncertain``, ``kept``), never their text. Its redaction step is
pluggable (:data:`BatchRedactor`): every engine runs :func:`redact_source` on each file, in
this process or on Spark executors (:mod:`vault.spark.redaction`), so their outputs are
byte-identical.
"""
from __future__ import annotations

import codecs
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from vault.anonymise.attribution import participants_in_name
from vault.anonymise.decisions import Decision, accepted_replacement, redact_accepted
from vault.anonymise.limits import (
    check_characters,
    check_cues,
    check_docx_package,
    check_encoded_size,
    check_file_size,
    check_segments,
)
from vault.anonymise.pseudonyms import PseudonymBook
from vault.errors import InputError, VaultError
from vault.files import make_dirs, write_private
from vault.markers import render

__all__ = [
    "KINDS",
    "AnonymiseSummary",
    "BatchRedactor",
    "Document",
    "FailedFile",
    "FileOutcome",
    "RedactedFile",
    "SourceFile",
    "UncertainSpan",
    "anonymise_files",
    "apply_redactions",
    "document_from_bytes",
    "document_to_bytes",
    "read_document",
    "read_source",
    "redact_document",
    "redact_segments",
    "redact_source",
    "redact_sources",
    "render_document",
    "write_document",
]

#: file suffix -> document kind
KINDS: Mapping[str, str] = {".txt": "txt", ".text": "txt", ".docx": "docx", ".vtt": "vtt",
                            ".srt": "srt"}
_TEXT_KINDS = ("txt", "vtt", "srt")


@dataclass(frozen=True)
class Document:
    """A transcript as segments to redact plus the layout around them.

    For txt/vtt/srt the file text is ``fixed[0] + segments[0] + fixed[1] + ... + fixed[-1]``;
    for docx ``data`` holds the package and segments are its paragraphs' texts.
    """

    #: "txt" | "docx" | "vtt" | "srt"
    kind: str
    #: the file name (used for messages and output names)
    name: str
    segments: tuple[str, ...] = field(repr=False)
    fixed: tuple[str, ...] = field(default=(), repr=False)
    data: bytes = field(default=b"", repr=False)

    @property
    def text(self) -> str:
        """All segment text joined by newlines (for inspection and tests)."""
        return "\n".join(self.segments)


# -- reading ----------------------------------------------------------------------------------

def read_document(path: Path) -> Document:
    """Read a transcript file.

    Its size is checked against the caps of :mod:`vault.anonymise.limits` before it is read.

    :raises InputError: unreadable, unsupported type, over a size cap, empty, binary, not
        UTF-8, malformed.
    """
    path = Path(path)
    return _from_bytes(read_source(path), path.name, str(path))


def read_source(path: Path) -> bytes:
    """The bytes of a transcript file, unparsed (what a batch ships to its workers), after the
    size check of :func:`read_document`.

    :raises InputError: a directory, unreadable, unsupported type or over a size cap.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    check_file_size(path, _kind(path.name, str(path)), str(path))
    try:
        return path.read_bytes()
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory, not a file") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or type(exc).__name__})") from exc


def document_from_bytes(data: bytes, name: str) -> Document:
    """Parse a transcript held in memory (the vault decrypts into memory, never to disk).

    :param name: the original file name; its suffix selects the format.
    :raises InputError: as :func:`read_document`.
    """
    return _from_bytes(data, name, name)


def _kind(name: str, label: str) -> str:
    kind = KINDS.get(Path(name).suffix.lower())
    if kind is None:
        raise InputError(f"{label}: unsupported file type",
                         hint="use .txt, .docx, .vtt or .srt")
    return kind


def _from_bytes(data: bytes, name: str, label: str) -> Document:
    kind = _kind(name, label)
    if not data:
        raise InputError(f"{label}: file is empty")
    check_encoded_size(len(data), kind, label)
    if kind == "docx":
        check_docx_package(data, label)
        doc = _read_docx(data, name, label)
        check_segments(len(doc.segments), label)
        check_characters(sum(len(s) for s in doc.segments), label)
        return doc
    text = _decode(data, label)
    if not text.strip():
        raise InputError(f"{label}: file is empty")
    check_characters(len(text), label)
    if kind == "txt":
        return Document("txt", name, (text,), ("", ""))
    if kind == "vtt":
        fixed, segments = _parse_vtt(text, label)
    else:
        fixed, segments = _parse_srt(text, label)
    return Document(kind, name, tuple(segments), tuple(fixed))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _decode(data: bytes, label: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        if b"\x00" in data[:8192]:
            raise InputError(f"{label}: looks like a binary file, not text")
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}: not UTF-8 text",
                         hint="save the transcript as UTF-8 (or UTF-16 with a byte-order mark)"
                         ) from exc
    if len(_CONTROL.findall(text[:65536])) > 0:
        raise InputError(f"{label}: looks like a binary file, not text")
    return text


class _Layout:
    """Builds fixed/segment lists: the file is fixed[0] seg[0] fixed[1] ... fixed[-1]."""

    def __init__(self) -> None:
        self.fixed: list[str] = []
        self.segments: list[str] = []
        self._buffer: list[str] = []

    def keep(self, text: str) -> None:
        self._buffer.append(text)

    def segment(self, text: str) -> None:
        self.fixed.append("".join(self._buffer))
        self._buffer = []
        self.segments.append(text)

    def done(self) -> tuple[list[str], list[str]]:
        self.fixed.append("".join(self._buffer))
        return self.fixed, self.segments


def _blocks(lines: list[str]) -> Iterator[tuple[bool, list[str]]]:
    """(is_blank, lines) runs of blank and non-blank lines."""
    current: list[str] = []
    blank = False
    for line in lines:
        is_blank = not line.strip()
        if current and is_blank != blank:
            yield blank, current
            current = []
        blank = is_blank
        current.append(line)
    if current:
        yield blank, current


def _payload(layout: _Layout, lines: list[str]) -> None:
    """Cue text lines: the text is a segment, the final line ending stays fixed."""
    body = "".join(lines)
    stripped = body.rstrip("\r\n")
    layout.segment(stripped)
    layout.keep(body[len(stripped):])


_VTT_TIME = r"(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}"
_VTT_TIMING = re.compile(r"^" + _VTT_TIME + r"[ \t]+-->[ \t]+" + _VTT_TIME + r"(?:[ \t].*)?$")
_SRT_TIME = r"\d{2,}:[0-5]\d:[0-5]\d[,.]\d{3}"
_SRT_TIMING = re.compile(r"^" + _SRT_TIME + r"[ \t]+-->[ \t]+" + _SRT_TIME + r"(?:[ \t].*)?$")


def _parse_vtt(text: str, label: str) -> tuple[list[str], list[str]]:
    lines = text.splitlines(keepends=True)
    if not lines or not re.match(r"^WEBVTT(?:[ \t]|$)", lines[0].rstrip("\r\n")):
        raise InputError(f"{label}: not a WebVTT file (no WEBVTT header)")
    layout = _Layout()
    blocks = list(_blocks(lines))
    # the header block (WEBVTT line and any header text) is kept as is
    first = True
    cue = 0
    for blank, block in blocks:
        if first or blank:
            first = False
            layout.keep("".join(block))
            continue
        head = block[0].rstrip("\r\n")
        if head.startswith("NOTE") and (len(head) == 4 or head[4] in " \t"):
            layout.keep(block[0][:4])
            _payload(layout, [block[0][4:], *block[1:]])
            continue
        if head in ("STYLE", "REGION") or head.startswith(("STYLE ", "REGION ")):
            layout.keep("".join(block))
            continue
        cue += 1
        check_cues(cue, label)
        timing_index = 0 if "-->" in head else 1
        if timing_index >= len(block) or not _VTT_TIMING.match(block[timing_index].rstrip("\r\n")):
            raise InputError(f"{label}: cue {cue}: malformed timing line",
                             hint="each cue needs 'HH:MM:SS.mmm --> HH:MM:SS.mmm'")
        layout.keep("".join(block[:timing_index + 1]))
        if len(block) > timing_index + 1:
            _payload(layout, block[timing_index + 1:])
    fixed, segments = layout.done()
    return fixed, segments


def _parse_srt(text: str, label: str) -> tuple[list[str], list[str]]:
    lines = text.splitlines(keepends=True)
    layout = _Layout()
    cue = 0
    for blank, block in _blocks(lines):
        if blank:
            layout.keep("".join(block))
            continue
        cue += 1
        check_cues(cue, label)
        number = block[0].strip().lstrip("\ufeff")
        if not number.isdigit():
            raise InputError(f"{label}: cue {cue}: malformed cue number",
                             hint="each SRT cue starts with its number on a line of its own")
        if len(block) < 2 or not _SRT_TIMING.match(block[1].rstrip("\r\n")):
            raise InputError(f"{label}: cue {cue}: malformed timing line",
                             hint="each cue needs 'HH:MM:SS,mmm --> HH:MM:SS,mmm'")
        layout.keep("".join(block[:2]))
        if len(block) > 2:
            _payload(layout, block[2:])
    if cue == 0:
        raise InputError(f"{label}: no subtitle cues found")
    fixed, segments = layout.done()
    return fixed, segments


# -- .docx ------------------------------------------------------------------------------------

def _open_docx(data: bytes, label: str) -> Any:
    # lazy: python-docx and lxml take a while to import
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.exceptions import PackageNotFoundError
    from docx.opc.part import PartFactory, XmlPart
    from lxml.etree import XMLSyntaxError

    # footnotes and endnotes are stories like headers: load them as XML parts (python-docx's
    # own registration mechanism) so their paragraphs can be read and edited in place
    for content_type in (CT.WML_FOOTNOTES, CT.WML_ENDNOTES):
        PartFactory.part_type_for.setdefault(content_type, XmlPart)
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError,
            EOFError) as exc:
        raise InputError(f"{label}: not a valid .docx file",
                         hint="open it in Word and save it again as .docx") from exc


def _docx_parts(document: Any) -> list[tuple[Any, Any]]:
    """(part, XML root) of every story that holds text: the body, then every header and footer
    part, then the footnotes and the endnotes (appended last so segment numbers of the others
    are the same as before notes were read)."""
    # lazy: python-docx and lxml take a while to import
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.part import XmlPart

    stories = [(document.part, document.element.body)]
    notes: dict[str, list[tuple[Any, Any]]] = {RT.FOOTNOTES: [], RT.ENDNOTES: []}
    for rel in document.part.rels.values():
        if rel.is_external:
            continue
        if rel.reltype in (RT.HEADER, RT.FOOTER):
            stories.append((rel.target_part, rel.target_part.element))
        elif rel.reltype in notes:
            if not isinstance(rel.target_part, XmlPart):
                raise ValueError("notes part not loaded as XML")
            notes[rel.reltype].append((rel.target_part, rel.target_part.element))
    return stories + notes[RT.FOOTNOTES] + notes[RT.ENDNOTES]


def _docx_paragraphs(document: Any) -> list[tuple[Any, list[Any]]]:
    """(paragraph element, its run elements) in document order, nested paragraphs included."""
    # lazy: python-docx and lxml take a while to import
    from docx.oxml.ns import qn

    p_tag, r_tag = qn("w:p"), qn("w:r")
    out = []
    for _part, root in _docx_parts(document):
        for paragraph in root.iter(p_tag):
            runs = []
            for run in paragraph.iter(r_tag):
                parent = run.getparent()
                while parent is not None and parent.tag != p_tag:
                    parent = parent.getparent()
                if parent is paragraph:
                    runs.append(run)
            out.append((paragraph, runs))
    return out


def _run_text(run_element: Any) -> str:
    # lazy: python-docx and lxml take a while to import
    from docx.text.run import Run

    return str(Run(run_element, None).text)  # type: ignore[arg-type]


def _read_docx(data: bytes, name: str, label: str) -> Document:
    document = _open_docx(data, label)
    try:
        segments = tuple("".join(_run_text(r) for r in runs)
                         for _, runs in _docx_paragraphs(document))
    except (KeyError, ValueError) as exc:
        raise InputError(f"{label}: not a valid .docx file") from exc
    return Document("docx", name, segments, (), data)


def _edit_docx(doc: Document, edits: Sequence[Sequence[tuple[int, int, str]]] | None,
               transform: Callable[[str], str] | None, scrub: bool) -> Document:
    """Apply span edits per paragraph (original offsets) and/or a per-run text transform."""
    # lazy: python-docx and lxml take a while to import
    from docx.text.run import Run

    document = _open_docx(doc.data, doc.name)
    paragraphs = _docx_paragraphs(document)
    if edits is not None and len(edits) != len(paragraphs):
        raise InputError(f"{doc.name}: document changed while redacting")
    for index, (paragraph, runs) in enumerate(paragraphs):
        proxies = [Run(r, None) for r in runs]  # type: ignore[arg-type]
        texts = [str(p.text) for p in proxies]
        original = list(texts)
        if edits is not None and edits[index]:
            bounds = []
            position = 0
            for text in texts:
                bounds.append(position)
                position += len(text)
            for start, end, value in sorted(edits[index], reverse=True):
                placed = False
                for k, run_start in enumerate(bounds):
                    run_end = run_start + len(original[k])
                    if run_end <= start or run_start >= end:
                        continue
                    local_s = max(0, start - run_start)
                    local_e = min(len(original[k]), end - run_start)
                    tail = texts[k][local_e:]
                    texts[k] = texts[k][:local_s] + ("" if placed else value) + tail
                    placed = True
        if transform is not None:
            texts = [transform(t) for t in texts]
        for proxy, before, after in zip(proxies, original, texts):
            if before != after:
                proxy.text = after
    if scrub:
        _scrub_docx(document, doc.name)
    out = io.BytesIO()
    document.save(out)
    data = _stable_zip(out.getvalue())
    return _read_docx(data, doc.name, doc.name)


#: the time every part of a written .docx carries (the zip format's earliest)
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _stable_zip(data: bytes) -> bytes:
    """The package with every part dated :data:`_ZIP_EPOCH`: python-docx stamps each part with
    the time of writing, so the same redaction written a second later (or on another machine)
    would differ in bytes, and the file would say when it was redacted."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            stable = zipfile.ZipInfo(info.filename, date_time=_ZIP_EPOCH)
            stable.compress_type = info.compress_type
            stable.external_attr = info.external_attr
            stable.create_system = info.create_system
            target.writestr(stable, source.read(info))
    return out.getvalue()


# -- .docx side channels (redaction output only) ------------------------------------------------

#: relationships whose targets are dropped: comments with their authors (and Word's companion
#: parts), building blocks, bound data stores, printer settings (last path segment of the type)
_DROP_RELS = frozenset({"comments", "commentsExtended", "commentsIds", "commentsExtensible",
                        "people", "commentAuthors", "glossaryDocument", "customXml",
                        "printerSettings"})
#: relationships of a story part that are kept (text parts are read as segments, the others
#: hold no transcript text)
_KEEP_RELS = frozenset({"styles", "stylesWithEffects", "numbering", "settings", "webSettings",
                        "fontTable", "theme", "header", "footer", "footnotes", "endnotes",
                        "image", "hyperlink"})
#: fields left in place: their instruction holds no text and their result is computed
_SAFE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "TOC"})
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_O_NS = "urn:schemas-microsoft-com:office:office"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _unredactable(label: str) -> InputError:
    return InputError(f"{label}: holds content that cannot be redacted (a chart, SmartArt, "
                      "embedded object or linked file)",
                      hint="remove it, or paste it as plain text, and save the transcript again")


def _remove(element: Any) -> None:
    """Remove ``element``; a run left with nothing but its properties goes too."""
    parent = element.getparent()
    if parent is None:
        return
    parent.remove(element)
    if parent.tag == f"{{{_W_NS}}}r" and all(c.tag == f"{{{_W_NS}}}rPr" for c in parent):
        _remove(parent)


def _unwrap(element: Any, content: Any) -> None:
    """Replace ``element`` by the children of ``content`` (its own child, or itself)."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(content) if content is not None else []):
        parent.insert(index + offset, child)
    parent.remove(element)


def _safe_field(instruction: str) -> bool:
    words = instruction.split()
    return bool(words) and words[0].upper() in _SAFE_FIELDS


def _flatten_fields(root: Any) -> None:
    """Fields other than page numbers and tables of contents become their result text: the
    instruction (a HYPERLINK target, a form field's name and help text, a MERGEFIELD) is text
    the redactor never saw, and updating the field could bring the original back."""
    w = f"{{{_W_NS}}}"
    for simple in list(root.iter(f"{w}fldSimple")):
        if not _safe_field(simple.get(f"{w}instr", "")):
            for data in simple.findall(f"{w}fldData"):
                simple.remove(data)
            _unwrap(simple, simple)
    stack: list[tuple[list[Any], list[str]]] = []
    for element in list(root.iter(f"{w}fldChar", f"{w}instrText", f"{w}delInstrText")):
        if element.tag == f"{w}fldChar" and element.get(f"{w}fldCharType") == "begin":
            stack.append(([element], []))
        elif not stack:
            _remove(element)
        else:
            stack[-1][0].append(element)
            if element.tag != f"{w}fldChar":
                stack[-1][1].append(element.text or "")
            elif element.get(f"{w}fldCharType") == "end":
                elements, instruction = stack.pop()
                if not _safe_field("".join(instruction)):
                    for item in elements:
                        _remove(item)
    for elements, _ in stack:
        for item in elements:
            _remove(item)


def _scrub_story(root: Any) -> None:
    """Clear one story part (body, header, footer, notes) of what is not redacted text."""
    w, a, o = f"{{{_W_NS}}}", f"{{{_A_NS}}}", f"{{{_O_NS}}}"
    # comment anchors, tracked deletions (old text), editing permissions (hold user names)
    for element in list(root.iter(f"{w}commentRangeStart", f"{w}commentRangeEnd",
                                  f"{w}commentReference", f"{w}del", f"{w}permStart",
                                  f"{w}permEnd", f"{w}printerSettings", f"{a}hlinkClick",
                                  f"{a}hlinkHover")):
        _remove(element)
    # content controls: keep the content, drop alias, tag, data binding, list items, dates
    for sdt in list(root.iter(f"{w}sdt")):
        _unwrap(sdt, sdt.find(f"{w}sdtContent"))
    _flatten_fields(root)
    for link in root.iter(f"{w}hyperlink"):
        for attr in (f"{{{_R_NS}}}id", f"{w}tooltip", f"{w}docLocation"):
            link.attrib.pop(attr, None)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = element.tag.rsplit("}", 1)[-1]
        if local in ("docPr", "cNvPr"):  # drawing alt text and (file) names
            element.attrib.pop("descr", None)
            element.attrib.pop("title", None)
            if "name" in element.attrib:
                element.set("name", f"Object {element.get('id', '')}".strip())
        element.attrib.pop("alt", None)
        element.attrib.pop(f"{o}title", None)


def _referenced(element: Any) -> set[str]:
    """Relationship ids that ``element``'s XML refers to (any r:* attribute)."""
    prefix = f"{{{_R_NS}}}"
    return {value for node in element.iter() if isinstance(node.tag, str)
            for name, value in node.attrib.items() if name.startswith(prefix)}


def _prune_rels(part: Any, label: str, keep: frozenset[str] | None) -> None:
    """Drop relationships of ``part``: dropped types, external links and (with ``keep``) types
    outside it when nothing refers to them; refuse those still referred to. With ``keep`` None
    every internal relationship stays."""
    used = _referenced(part.element)
    for rid, rel in list(part.rels.items()):
        kind = rel.reltype.rsplit("/", 1)[-1]
        unknown = rel.is_external or (keep is not None and kind not in keep)
        if kind in _DROP_RELS or (unknown and rid not in used):
            del part.rels[rid]
        elif unknown:
            raise _unredactable(label)


def _strip_people(root: Any) -> bool:
    """Blank ``w:author`` (required by the schema) and remove ``w:initials``; True if changed."""
    author, initials = f"{{{_W_NS}}}author", f"{{{_W_NS}}}initials"
    changed = False
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.get(author):
            element.set(author, "")
            changed = True
        if initials in element.attrib:
            del element.attrib[initials]
            changed = True
    return changed


def _scrub_docx(document: Any, label: str) -> None:
    """Remove what the redactor did not see from a .docx about to be written (see the module
    docstring); raise :class:`InputError` for content it cannot make safe."""
    # lazy: python-docx and lxml take a while to import
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.part import XmlPart
    from lxml import etree

    package = document.part.package
    for rid, rel in list(package.rels.items()):  # app.xml, custom.xml, thumbnail, ...
        if rel.reltype not in (RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES):
            del package.rels[rid]
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in _DROP_RELS:
            del document.part.rels[rid]
    stories = {id(part): part for part, _ in _docx_parts(document)}
    for part in stories.values():
        _scrub_story(part.element)
        _prune_rels(part, label, _KEEP_RELS)
    for rel in list(document.part.rels.values()):
        if rel.reltype != RT.SETTINGS or rel.is_external:
            continue
        settings = rel.target_part  # template path, mail-merge source, document variables
        for element in list(settings.element.iter(f"{{{_W_NS}}}attachedTemplate",
                                                  f"{{{_W_NS}}}mailMerge",
                                                  f"{{{_W_NS}}}docVars")):
            element.getparent().remove(element)
        _prune_rels(settings, label, None)
    props = document.core_properties
    for attr in ("author", "last_modified_by", "comments", "title", "subject", "keywords",
                 "category", "content_status", "identifier"):
        setattr(props, attr, "")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    for part in package.iter_parts():
        if isinstance(part, XmlPart):
            _strip_people(part.element)
        elif part.content_type.endswith("xml") and part.blob:
            try:
                root = etree.fromstring(part.blob, parser)
            except etree.XMLSyntaxError as exc:
                raise InputError(f"{label}: not a valid .docx file") from exc
            if _strip_people(root):
                # python-docx keeps parts it does not model as bytes
                part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                            standalone=True)


# -- redaction and writing --------------------------------------------------------------------

def redact_document(doc: Document, anonymiser: Any, *, register: Any = None,
                    pseudonyms: Any = None,
                    participant: str | None = None) -> tuple[Document, list[Any]]:
    """Redact every segment of ``doc``, keeping its layout.

    One pseudonym book covers the whole document (a new one when ``pseudonyms`` is None).

    :param anonymiser: a :class:`vault.anonymise.engine.Anonymiser`.
    :param participant: the marker of the participant whose transcript this is (see
        :meth:`vault.anonymise.engine.Anonymiser.redact`).
    :returns: the redacted document (participant markers not yet rendered) and one
        :class:`~vault.anonymise.engine.Redaction` per segment, offsets relative to the segment.
    """
    redactions = redact_segments(doc, anonymiser, register=register, pseudonyms=pseudonyms,
                                 participant=participant)
    return apply_redactions(doc, redactions), redactions


def redact_segments(doc: Document, anonymiser: Any, *, register: Any = None,
                    pseudonyms: Any = None, participant: str | None = None) -> list[Any]:
    """The engine's redaction of each segment of ``doc`` (one pseudonym book for the whole
    document), not yet applied: see :func:`redact_document`."""
    book = pseudonyms if pseudonyms is not None else PseudonymBook()
    return list(anonymiser.redact_many(list(doc.segments), register=register, pseudonyms=book,
                                       participants=[participant] * len(doc.segments)))


def apply_redactions(doc: Document, redactions: Sequence[Any]) -> Document:
    """``doc`` with per-segment redactions (offsets relative to each segment) applied, keeping
    its layout (.docx runs scrubbed as :func:`redact_document` does).

    :raises InputError: not one redaction per segment.
    """
    if len(redactions) != len(doc.segments):
        raise InputError("document changed while redacting")
    if doc.kind == "docx":
        edits = [[(r.start, r.end, r.replacement) for r in red.replacements] for red in redactions]
        return _edit_docx(doc, edits, None, scrub=True)
    return replace(doc, segments=tuple(r.text for r in redactions))


def transform_document(doc: Document, transform: Callable[[str], str]) -> Document:
    """Apply a text transform to every segment, keeping the layout (docx runs included)."""
    if doc.kind == "docx":
        return _edit_docx(doc, None, transform, scrub=False)
    return replace(doc, segments=tuple(transform(s) for s in doc.segments))


def render_document(doc: Document, codes: Mapping[str, str], *,
                    unknown: str = "[PARTICIPANT]") -> Document:
    """Substitute participant markers by ``[CODE]`` of the current epoch (see ``vault.markers``)."""
    return transform_document(doc, lambda t: render(t, codes, unknown=unknown))


def document_to_bytes(doc: Document) -> bytes:
    """The file content of ``doc`` (text formats as UTF-8 without a byte-order mark)."""
    if doc.kind == "docx":
        return doc.data
    parts: list[str] = []
    for fixed, segment in zip(doc.fixed, doc.segments):
        parts.append(fixed)
        parts.append(segment)
    parts.append(doc.fixed[-1] if doc.fixed else "")
    return "".join(parts).encode("utf-8")


def write_document(doc: Document, path: Path) -> None:
    """Write ``doc`` to ``path`` atomically (temp file in the same directory, then rename).

    :raises InputError: the directory is missing or not writable.
    """
    _atomic_write(Path(path), document_to_bytes(doc))


def _atomic_write(path: Path, data: bytes) -> None:
    try:
        write_private(path, data)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or type(exc).__name__})") from exc


# -- the standalone batch ---------------------------------------------------------------------

@dataclass(frozen=True)
class UncertainSpan:
    """A low-confidence span put to ``decide`` (identifying: show it on a terminal only)."""

    file: str
    entity_type: str
    score: float
    before: str = field(repr=False)
    text: str = field(repr=False)
    after: str = field(repr=False)


#: a custodian's word on one uncertain span: ACCEPT redacts it, REJECT keeps it
Decide = Callable[[UncertainSpan], Decision]
_CONTEXT = 40


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one input file (no content, no identities)."""

    name: str
    output: Path | None
    counts: Mapping[str, int]
    #: low-confidence spans found (redacted unless ``kept``)
    review: int
    error: str | None = None
    spans: tuple[dict[str, Any], ...] = field(default=(), repr=False)
    #: low-confidence spans kept because ``decide`` said so
    kept: int = 0


@dataclass(frozen=True)
class AnonymiseSummary:
    """The result of :func:`anonymise_files`."""

    files: tuple[FileOutcome, ...]

    @property
    def counts(self) -> dict[str, int]:
        """Replacements per entity type over all files."""
        total: dict[str, int] = {}
        for outcome in self.files:
            for entity, count in outcome.counts.items():
                total[entity] = total.get(entity, 0) + count
        return dict(sorted(total.items()))

    @property
    def failed(self) -> tuple[FileOutcome, ...]:
        return tuple(f for f in self.files if f.error is not None)

    @property
    def review(self) -> int:
        """Low-confidence spans found (redacted, unless kept at the user's word)."""
        return sum(f.review for f in self.files)

    @property
    def kept(self) -> int:
        """Low-confidence spans left unredacted because ``decide`` said so."""
        return sum(f.kept for f in self.files)

    def to_report(self) -> dict[str, Any]:
        """The report.json content: counts and spans (offsets, types, scores), never text.

        ``uncertain`` counts the low-confidence spans, ``kept`` those left unredacted at the
        user's word; a span's ``status`` is ``replaced``, ``uncertain-redacted`` or ``kept``.
        """
        return {
            "version": 2,
            "counts": self.counts,
            "uncertain": self.review,
            "kept": self.kept,
            "failed": [f.name for f in self.failed],
            "files": [
                {"file": f.name, "status": "failed" if f.error else "ok", "error": f.error,
                 "counts": dict(sorted(f.counts.items())), "uncertain": f.review,
                 "kept": f.kept, "spans": list(f.spans)}
                for f in self.files
            ],
        }


@dataclass(frozen=True)
class SourceFile:
    """One transcript of a batch, read but not parsed: what a redactor (in this process or on a
    Spark executor) receives. Holds plaintext."""

    #: position in the batch (results are matched back by it)
    index: int
    #: the file name (its suffix selects the format; a participant code in it names whose
    #: transcript this is)
    name: str
    #: how messages name the file (its path on the machine that read it)
    label: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class RedactedFile:
    """One transcript redacted in memory: the output file's bytes and what the report says."""

    index: int
    data: bytes = field(repr=False)
    counts: Mapping[str, int] = field(default_factory=dict)
    #: low-confidence spans found (redacted unless kept)
    review: int = 0
    spans: tuple[dict[str, Any], ...] = field(default=(), repr=False)
    #: low-confidence spans left unredacted at the user's word
    kept: int = 0


@dataclass(frozen=True)
class FailedFile:
    """A transcript that could not be redacted; ``message`` names the file, never content."""

    index: int
    message: str


#: redacts a batch of sources, yielding one result per source in the same order (any worker
#: layout behind it: this process, forked workers, Spark executors)
BatchRedactor = Callable[[Iterable[SourceFile]], Iterable["RedactedFile | FailedFile"]]


def _span_record(segment: int, item: Any, status: str) -> dict[str, Any]:
    return {"segment": segment, "start": item.start, "end": item.end,
            "entity_type": item.entity_type, "score": item.score, "detector": item.detector,
            "status": status}


def redact_source(source: SourceFile, anonymiser: Any, *, register: Any = None,
                  decide: Decide | None = None, spans: bool = True) -> RedactedFile:
    """Redact one transcript held in memory into the bytes of its output file, with
    participant markers rendered to the register's codes (standalone mode: every
    low-confidence span redacted unless ``decide`` keeps it).

    Every engine calls this for every file, so their outputs are the same bytes: a file's
    redaction depends on that file, the policy and the register only (each file has its own
    pseudonym book), never on which worker runs it or what it ran before.

    :param anonymiser: a :class:`vault.anonymise.engine.Anonymiser`.
    :param register: a :class:`~vault.anonymise.register.Register` (its ``code`` is the marker).
    :param decide: asked about each low-confidence span (default: redact them all).
    :param spans: record each span for the report (offsets, types, scores; never text).
    :raises InputError: the file cannot be parsed (see :func:`read_document`).
    """
    doc = _from_bytes(source.data, source.name, source.label)
    book = PseudonymBook()
    redactions = redact_segments(doc, anonymiser, register=register, pseudonyms=book,
                                 participant=_participant_of(source.name, register))
    decided, statuses = _decided(doc, source.name, redactions, anonymiser, book, decide)
    redacted = apply_redactions(doc, decided)
    del decided, doc  # the engine's output and the parsed input: done with
    codes = {e.marker: e.code for e in register.entries} if register is not None else {}
    data = document_to_bytes(render_document(redacted, codes))
    del redacted
    counts: dict[str, int] = {}
    records: list[dict[str, Any]] = []  # only for the report (memory: one per span)
    for index, red in enumerate(redactions):
        for item in red.replacements:
            counts[item.entity_type] = counts.get(item.entity_type, 0) + 1
            if spans:
                records.append(_span_record(index, item, "replaced"))
        for item, status in zip(red.review, statuses[index]):
            if status != "kept":
                counts[item.entity_type] = counts.get(item.entity_type, 0) + 1
            if spans:
                records.append(_span_record(index, item, status))
    kept = sum(status == "kept" for mine in statuses for status in mine)
    return RedactedFile(source.index, data, counts, sum(len(r.review) for r in redactions),
                        tuple(records), kept)


def redact_sources(sources: Iterable[SourceFile], anonymiser: Any, *, register: Any = None,
                   decide: Decide | None = None, spans: bool = True
                   ) -> Iterator[RedactedFile | FailedFile]:
    """:func:`redact_source` over a batch, one file at a time; a file that fails becomes a
    :class:`FailedFile` and the others continue."""
    for source in sources:
        try:
            yield redact_source(source, anonymiser, register=register, decide=decide,
                                spans=spans)
        except VaultError as exc:
            yield FailedFile(source.index, exc.message)


def _output_path(source: Path, out_dir: Path, taken: set[str]) -> Path:
    name = source.name
    if name in ("", ".", "..") or "/" in name or "\\" in name:
        raise InputError(f"{source}: not a file name")
    if name in taken:
        raise InputError(f"{source}: another input has the same file name",
                         hint="anonymise files with the same name into different --out-dir")
    target = out_dir / name
    if target.is_symlink():
        raise InputError(f"{target}: output path is a symbolic link; refusing to follow it")
    resolved_dir = out_dir.resolve()
    resolved = target.resolve()
    if resolved.parent != resolved_dir:
        raise InputError(f"{target}: output would fall outside --out-dir")
    if source.exists() and resolved == source.resolve():
        raise InputError(f"{source}: output would overwrite the input",
                         hint="choose an --out-dir different from the input directory")
    return target


def _participant_of(name: str, register: Any) -> str | None:
    """The participant a file belongs to, when exactly one register code is a token of its
    name ("P07_interview2.docx"): whose first name and title + surname may become their code."""
    if register is None:
        return None
    found = participants_in_name(name, register)
    return next(iter(found)) if len(found) == 1 else None


def _decided(doc: Document, name: str, redactions: Sequence[Any], engine: Any,
             book: PseudonymBook, decide: Decide | None) -> tuple[list[Any], list[list[str]]]:
    """Every low-confidence span redacted, unless ``decide`` keeps it.

    :returns: the redactions to apply, and per segment the status of each review item.
    """
    out: list[Any] = []
    statuses: list[list[str]] = []
    for segment, red in zip(doc.segments, redactions):
        accepted: dict[int, str] = {}
        mine: list[str] = []
        for number, item in enumerate(red.review):
            verdict = Decision.ACCEPT
            if decide is not None:
                verdict = decide(UncertainSpan(
                    name, item.entity_type, item.score,
                    segment[max(0, item.start - _CONTEXT):item.start],
                    segment[item.start:item.end], segment[item.end:item.end + _CONTEXT]))
            if verdict is Decision.ACCEPT:
                accepted[number] = accepted_replacement(
                    {"entity_type": item.entity_type, "replacement": item.replacement,
                     "detector": item.detector, "participant_marker": item.participant_marker,
                     "text": segment[item.start:item.end]}, engine.policy, book)
                mine.append("uncertain-redacted")
            else:
                mine.append("kept")
        statuses.append(mine)
        out.append(redact_accepted(segment, red, accepted))
    return out, statuses


def anonymise_files(paths: Iterable[Path | str], out_dir: Path | str, *, register: Any = None,
                    policy: Any = None, report: Path | str | None = None,
                    progress: Callable[[Path], None] | None = None,
                    anonymiser: Any = None, decide: Decide | None = None,
                    redactor: BatchRedactor | None = None) -> AnonymiseSummary:
    """Redact transcript files into ``out_dir`` under the same names (standalone mode).

    Participant markers are rendered straight away to the register's codes. A file whose name
    holds one participant's code ("P07_interview.docx") is that participant's transcript, as is
    one whose speaker labels are a participant's code. A file that fails
    (bad encoding, malformed, path refused) is recorded and the others continue; check
    ``summary.failed``.

    Fail safe: low-confidence spans are redacted as well (``summary.review`` counts them),
    unless ``decide`` returns :attr:`Decision.REJECT` for one (``summary.kept``). ``decide``
    sees the span's text and context: call it from a custodian's terminal only.

    Files are checked, read and written here, in this process; the redaction itself is the
    ``redactor``'s (default: one :class:`~vault.anonymise.engine.Anonymiser` in this process,
    one file at a time; ``vault.spark.redaction`` passes one that runs on a Spark cluster).

    :param register: a :class:`~vault.anonymise.register.Register` (its ``code`` is the marker).
    :param policy: a :class:`~vault.anonymise.redaction_policy.RedactionPolicy`; default: the packaged one.
    :param report: where to write report.json (counts and spans only, never text).
    :param progress: called with each input path once it is done.
    :param anonymiser: reuse an existing engine (its policy wins over ``policy``).
    :param decide: asked about each low-confidence span (default: redact them all); only with
        the default redactor, which runs here, at the custodian's terminal.
    :param redactor: redacts the files that could be read (see :data:`BatchRedactor`).
    :raises InputError: ``out_dir`` is unusable, or ``report`` would overwrite an input.
    :raises PolicyError: the default policy is missing or invalid.
    :raises ValueError: ``decide`` given with another ``redactor``.
    """
    if decide is not None and redactor is not None:
        raise ValueError("decide asks at this terminal: it needs the default redactor")
    sources = [Path(p) for p in paths]
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: --out-dir exists and is not a directory")
    try:
        make_dirs(out)  # 0700 whatever the umask: redacted text is still sensitive
    except OSError as exc:
        raise InputError(f"{out}: cannot create --out-dir ({exc.strerror})") from exc
    report_path = Path(report) if report is not None else None
    if report_path is not None:
        for source in sources:
            if source.exists() and report_path.exists() and report_path.resolve() == source.resolve():
                raise InputError(f"{report_path}: --report would overwrite an input file")
    if redactor is None:
        # lazy: the engine loads Presidio and spaCy
        from vault.anonymise.engine import Anonymiser

        engine = anonymiser if anonymiser is not None else Anonymiser(policy)

        def redactor(batch: Iterable[SourceFile]) -> Iterator[RedactedFile | FailedFile]:
            return redact_sources(batch, engine, register=register, decide=decide,
                                  spans=report_path is not None)

    outcomes: dict[int, FileOutcome] = {}
    targets: dict[int, Path] = {}

    def readable() -> Iterator[SourceFile]:
        taken: set[str] = set()
        for index, source in enumerate(sources):
            try:
                targets[index] = _output_path(source, out, taken)
                taken.add(source.name)
                data = read_source(source)
            except VaultError as exc:
                outcomes[index] = FileOutcome(source.name, None, {}, 0, exc.message)
                if progress is not None:
                    progress(source)
                continue
            yield SourceFile(index, source.name, str(source), data)

    for result in redactor(readable()):
        source = sources[result.index]
        if isinstance(result, FailedFile):
            outcomes[result.index] = FileOutcome(source.name, None, {}, 0, result.message)
        else:
            try:
                _atomic_write(targets[result.index], result.data)
            except VaultError as exc:
                outcomes[result.index] = FileOutcome(source.name, None, {}, 0, exc.message)
            else:
                outcomes[result.index] = FileOutcome(
                    source.name, targets[result.index], result.counts, result.review, None,
                    result.spans if report_path is not None else (), result.kept)
        if progress is not None:
            progress(source)
    if len(outcomes) != len(sources):
        raise RuntimeError("the redactor returned no result for some files")
    summary = AnonymiseSummary(tuple(outcomes[i] for i in range(len(sources))))
    if report_path is not None:
        _atomic_write(report_path, (json.dumps(summary.to_report(), indent=2) + "\n").encode())
    return summary
