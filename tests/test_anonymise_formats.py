"""Document formats: every round trip keeps structure, timings and styles; bad input is refused
with an exact message that names the file and never shows its content."""
from __future__ import annotations

import codecs
import io
from pathlib import Path

import docx
import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.formats import (
    document_from_bytes,
    document_to_bytes,
    read_document,
    redact_document,
    render_document,
    write_document,
)
from vault.anonymise.register import Register
from vault.errors import InputError
from vault.markers import participant_token

DATA = Path(__file__).parent / "data" / "anonymise"
P07 = participant_token("P07")


@pytest.fixture(scope="module")
def register() -> Register:
    return Register.from_csv(DATA / "register.csv")


# -- plain text --------------------------------------------------------------------------------

def test_txt_round_trip_keeps_turns_and_lines(anonymiser: Anonymiser, register: Register) -> None:
    doc = read_document(DATA / "interview.txt")
    assert doc.kind == "txt" and len(doc.segments) == 1
    assert document_to_bytes(doc) == (DATA / "interview.txt").read_bytes()
    redacted, redactions = redact_document(doc, anonymiser, register=register)
    out = document_to_bytes(render_document(redacted, {"P07": "P07"})).decode()
    assert out == ("Interviewer: Thanks for joining, [P07].\n"
                   "P07: Happy to. [Colleague A] at [HOSPITAL] was my mentor.\n\n"
                   "Interviewer: When was that?\n"
                   "P07: From [DATE]. Call me on [PHONE].\n")
    assert len(redactions) == 1 and redactions[0].counts()["PERSON"] == 2


def test_txt_utf16_with_bom_and_crlf(anonymiser: Anonymiser) -> None:
    text = "Interviewer: Hello.\r\nP01: I moved to Leeds.\r\n"
    doc = document_from_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "a.txt")
    redacted, _ = redact_document(doc, anonymiser)
    assert document_to_bytes(redacted) == b"Interviewer: Hello.\r\nP01: I moved to [PLACE].\r\n"


def test_markers_survive_text_writer(anonymiser: Anonymiser, register: Register,
                                     tmp_path: Path) -> None:
    redacted, _ = redact_document(read_document(DATA / "interview.txt"), anonymiser,
                                  register=register)
    write_document(redacted, tmp_path / "out.txt")
    assert P07 in (tmp_path / "out.txt").read_text("utf-8")
    assert read_document(tmp_path / "out.txt").segments == redacted.segments


# -- WebVTT and SRT ----------------------------------------------------------------------------

def test_vtt_keeps_header_ids_timings_and_settings(anonymiser: Anonymiser,
                                                   register: Register) -> None:
    doc = read_document(DATA / "interview.vtt")
    assert doc.kind == "vtt"
    assert document_to_bytes(doc) == (DATA / "interview.vtt").read_bytes()
    redacted, _ = redact_document(doc, anonymiser, register=register)
    out = document_to_bytes(redacted).decode()
    assert out == ("WEBVTT\n\nNOTE recorded by " + P07 + "\n\n"
                   "1\n00:00:01.000 --> 00:00:04.500\nInterviewer: Hello " + P07 + ".\n\n"
                   "2\n00:00:05.000 --> 00:00:09.250 align:start\n"
                   "P07: I work at [HOSPITAL].\nCall [PHONE].\n")
    assert document_from_bytes(out.encode(), "x.vtt").segments == redacted.segments


def test_srt_keeps_numbers_timings_and_crlf(anonymiser: Anonymiser, register: Register) -> None:
    doc = read_document(DATA / "interview.srt")
    redacted, _ = redact_document(doc, anonymiser, register=register)
    out = document_to_bytes(render_document(redacted, {"P07": "P07"}))
    assert out == (b"1\r\n00:00:01,000 --> 00:00:04,000\r\nInterviewer: Hello [P07].\r\n\r\n"
                   b"2\r\n00:00:05,000 --> 00:00:09,000\r\nP07: I live in [PLACE].\r\n")


# -- .docx -------------------------------------------------------------------------------------

def _docx_bytes() -> bytes:
    document = docx.Document()
    para = document.add_paragraph()
    label = para.add_run("Interviewer:")
    label.bold = True
    para.add_run(" Tell me about Dr Sarah ")
    italic = para.add_run("Greaves at the Royal Victoria Infirmary.")
    italic.italic = True
    para = document.add_paragraph(style="Heading 1")
    para.add_run("Section two")
    para = document.add_paragraph()
    label = para.add_run("P07:")
    label.bold = True
    para.add_run(" John Smith's mentor rang 07700 900123.\tThen I left.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Leeds"
    table.cell(0, 1).text = "12 March 2019"
    document.sections[0].header.paragraphs[0].text = "Interview with John Smith"
    document.core_properties.author = "John Smith"
    document.core_properties.title = "John Smith interview"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_round_trip_keeps_paragraphs_runs_and_styles(anonymiser: Anonymiser,
                                                          register: Register,
                                                          tmp_path: Path) -> None:
    doc = document_from_bytes(_docx_bytes(), "interview.docx")
    assert doc.kind == "docx"
    assert doc.segments[:3] == (
        "Interviewer: Tell me about Dr Sarah Greaves at the Royal Victoria Infirmary.",
        "Section two",
        "P07: John Smith's mentor rang 07700 900123.\tThen I left.")
    redacted, redactions = redact_document(doc, anonymiser, register=register)
    assert len(redactions) == len(doc.segments)
    write_document(render_document(redacted, {"P07": "P07"}), tmp_path / "interview.docx")
    result = docx.Document(str(tmp_path / "interview.docx"))
    body = result.paragraphs
    assert [(r.text, r.bold, r.italic) for r in body[0].runs] == [
        ("Interviewer:", True, None),
        (" Tell me about [Colleague A]", None, None),
        (" at the [HOSPITAL].", None, True),
    ]
    assert body[1].style.name == "Heading 1" and body[1].text == "Section two"
    assert [(r.text, r.bold) for r in body[2].runs] == [
        ("P07:", True), (" [P07]'s mentor rang [PHONE].\tThen I left.", None)]
    assert [c.text for c in result.tables[0].rows[0].cells] == ["[PLACE]", "[DATE]"]
    assert result.sections[0].header.paragraphs[0].text == "Interview with [P07]"
    assert result.core_properties.author == "" and result.core_properties.title == ""


def test_markers_survive_docx_writer(anonymiser: Anonymiser, register: Register) -> None:
    doc = document_from_bytes(_docx_bytes(), "interview.docx")
    redacted, _ = redact_document(doc, anonymiser, register=register)
    again = document_from_bytes(document_to_bytes(redacted), "interview.docx")
    assert P07 in again.segments[2]


# -- bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, message", [
    ("a.txt", b"", "a.txt: file is empty"),
    ("a.txt", b"  \n\n ", "a.txt: file is empty"),
    ("a.txt", "Caf\u00e9 with John".encode("latin-1"), "a.txt: not UTF-8 text"),
    ("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.txt: looks like a binary file, not text"),
    ("a.txt", b"ok text\x01\x02\x03 more", "a.txt: looks like a binary file, not text"),
    ("a.docx", b"John Smith is not a zip file", "a.docx: not a valid .docx file"),
    ("a.docx", b"PK\x03\x04 truncated zip", "a.docx: not a valid .docx file"),
    ("a.vtt", b"1\n00:00:01.000 --> 00:00:02.000\nJohn\n", "a.vtt: not a WebVTT file (no WEBVTT header)"),
    ("a.vtt", b"WEBVTT\n\n00:00:01 -> 00:00:02\nJohn\n", "a.vtt: cue 1: malformed timing line"),
    ("a.srt", b"1\n00:00:01,000 --> 00:00:02,000\nok\n\nx\n00:00:03,000 --> 00:00:04,000\nJohn\n",
     "a.srt: cue 2: malformed cue number"),
    ("a.srt", b"1\n00:00:01 --> 00:00:02\nJohn\n", "a.srt: cue 1: malformed timing line"),
    ("a.pdf", b"%PDF-1.4 John", "a.pdf: unsupported file type"),
])
def test_bad_input_is_refused_without_content(name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError) as info:
        document_from_bytes(data, name)
    assert info.value.message == message
    assert "John" not in info.value.message and "Caf" not in info.value.message
    assert info.value.exit_code == 9


def test_bad_docx_zip_without_document(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "John Smith")
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.message == f"{path}: not a valid .docx file"
    assert info.value.hint == "open it in Word and save it again as .docx"


def test_unreadable_path(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_document(tmp_path / "missing.txt")
    assert info.value.message == f"{tmp_path / 'missing.txt'}: cannot read (No such file or directory)"
    with pytest.raises(InputError) as info:
        read_document(tmp_path)
    assert "is a directory" in info.value.message or "cannot read" in info.value.message


def test_unwritable_output_is_one_input_error_and_leaves_no_temp(tmp_path: Path) -> None:
    """The writer goes through a temp file; a failure names the path, never the content, and
    leaves neither the target nor a temp file behind."""
    doc = document_from_bytes(b"A: hello\n", "a.txt")
    target = tmp_path / "missing-dir" / "a.txt"
    with pytest.raises(InputError, match=r"missing-dir/a\.txt: cannot write \(No such file"):
        write_document(doc, target)
    assert list(tmp_path.rglob("*")) == []
    existing = tmp_path / "b.txt"
    existing.write_bytes(b"old")
    write_document(doc, existing)  # replaces atomically
    assert existing.read_bytes() == b"A: hello\n"
    assert [p.name for p in tmp_path.iterdir()] == ["b.txt"]
