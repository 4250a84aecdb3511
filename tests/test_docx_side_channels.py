"""A redacted .docx holds nothing the redactor did not see: comments (text and authors),
footnotes and endnotes (redacted like the body), tracked-change authors, extended and custom
properties, alt text, content-control labels, field instructions and hyperlink targets."""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml

from vault.anonymise.engine import Anonymiser
from vault.anonymise.formats import (
    Document,
    document_from_bytes,
    document_to_bytes,
    redact_document,
)
from vault.errors import InputError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

#: where each identifier is planted -> the identifier (none may reach the output)
PLANTED = {
    "comment text": "Imogen Threlkeld",
    "comment author": "Quentin Arbuthnot",
    "comment initials": "QZXA",
    "people.xml": "quentin.arbuthnot@example.com",
    "footnote name": "Marigold Penhaligon",
    "footnote email": "marigold.penhaligon@example.org",
    "endnote name": "Barnaby Whitcombe",
    "endnote phone": "07700 900456",
    "insertion author": "Ottoline Fairweather",
    "insertion initials": "OFWX",
    "formatting change author": "Cornelius Drabble",
    "app.xml company": "Wexcombe Analytics",
    "app.xml manager": "Perpetua Longbottom",
    "custom property": "Wilberforce Quigley",
    "alt text": "Cressida Ambleforth",
    "content control alias": "Hollis Vantongeren",
    "field instruction": "field.code@example.com",
    "hyperlink target": "pemberley-general.example.org",
    "hyperlink tooltip": "Rosalind Moss",
    "core author": "Ignatius Pell",
}


def _png() -> bytes:
    """A valid 1x1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def _notes(kind: str, text: str) -> str:
    tag = kind[:-1]  # footnote / endnote
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} {NS}>'
            f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            f'</w:{tag}><w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            f'<w:continuationSeparator/></w:r></w:p></w:{tag}>'
            f'<w:{tag} w:id="1"><w:p><w:r><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve">'
            f'{text}</w:t></w:r></w:p></w:{tag}></w:{kind}>')


def _add(xml: str, closing: str, addition: str) -> str:
    assert closing in xml
    return xml.replace(closing, addition + closing)


def _side_channel_docx() -> bytes:
    """A transcript with an identifier planted in every side channel of :data:`PLANTED`."""
    document = docx.Document()
    para = document.add_paragraph()
    para.add_run("Interviewer:").bold = True
    spoken = para.add_run(" How was the clinic?")
    document.add_comment(spoken, text=f"P3 is Dr {PLANTED['comment text']} at the clinic",
                         author=PLANTED["comment author"], initials=PLANTED["comment initials"])

    para = document.add_paragraph()
    para.add_run("P07:").bold = True
    para.add_run(" It was fine")
    para._p.append(parse_xml(
        f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>'))
    para._p.append(parse_xml(
        f'<w:ins {NS} w:id="91" w:author="{PLANTED["insertion author"]}" '
        f'w:initials="{PLANTED["insertion initials"]}" w:date="2024-01-01T00:00:00Z">'
        '<w:r><w:t xml:space="preserve"> and then I moved on.</w:t></w:r></w:ins>'))
    para._p.append(parse_xml(
        f'<w:r {NS}><w:rPr><w:i/><w:rPrChange w:id="92" w:author='
        f'"{PLANTED["formatting change author"]}" w:date="2024-01-01T00:00:00Z"><w:rPr/>'
        '</w:rPrChange></w:rPr><w:endnoteReference w:id="1"/></w:r>'))

    url = f"https://{PLANTED['hyperlink target']}/staff"
    rid = document.part.relate_to(url, RT.HYPERLINK, is_external=True)
    para = document.add_paragraph("See ")
    para._p.append(parse_xml(
        f'<w:hyperlink {NS} r:id="{rid}" w:tooltip="{PLANTED["hyperlink tooltip"]}">'
        '<w:r><w:t>the clinic website</w:t></w:r></w:hyperlink>'))
    para._p.append(parse_xml(
        f'<w:fldSimple {NS} w:instr=\' HYPERLINK "mailto:{PLANTED["field instruction"]}" \'>'
        '<w:r><w:t xml:space="preserve"> or email the team</w:t></w:r></w:fldSimple>'))

    document.element.body.insert(len(document.element.body) - 1, parse_xml(
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{PLANTED["content control alias"]}"/>'
        '<w:tag w:val="consent"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Consent recorded.'
        '</w:t></w:r></w:p></w:sdtContent></w:sdt>'))

    document.add_picture(io.BytesIO(_png()))
    doc_pr = document.inline_shapes[0]._inline.docPr
    doc_pr.set("descr", f"Photo of {PLANTED['alt text']}")
    doc_pr.set("title", PLANTED["alt text"])

    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Page "
    footer._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r>'
                               '</w:fldSimple>'))
    document.sections[0].header.paragraphs[0].text = "Transcript"
    document.core_properties.author = PLANTED["core author"]

    out = io.BytesIO()
    document.save(out)
    members = {}
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        for name in archive.namelist():
            members[name] = archive.read(name)

    members["word/footnotes.xml"] = _notes(
        "footnotes", f"Ask Dr {PLANTED['footnote name']}, {PLANTED['footnote email']}.").encode()
    members["word/endnotes.xml"] = _notes(
        "endnotes", f"Call Dr {PLANTED['endnote name']} on {PLANTED['endnote phone']}.").encode()
    members["word/people.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people xmlns:w15='
        '"http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author='
        f'"{PLANTED["comment author"]}"><w15:presenceInfo w15:providerId="AD" w15:userId='
        f'"{PLANTED["people.xml"]}"/></w15:person></w15:people>').encode()
    members["docProps/custom.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
        '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt='
        '"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property '
        'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Interviewee"><vt:lpwstr>'
        f'{PLANTED["custom property"]}</vt:lpwstr></property></Properties>').encode()
    app = members["docProps/app.xml"].decode()
    app = _add(app, "</Properties>", f"<Company>{PLANTED['app.xml company']}</Company>"
                                     f"<Manager>{PLANTED['app.xml manager']}</Manager>")
    members["docProps/app.xml"] = app.encode()

    types = members["[Content_Types].xml"].decode()
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    types = _add(types, "</Types>",
                 f'<Override PartName="/word/footnotes.xml" ContentType="{wml}.footnotes+xml"/>'
                 f'<Override PartName="/word/endnotes.xml" ContentType="{wml}.endnotes+xml"/>'
                 f'<Override PartName="/word/people.xml" ContentType="{wml}.people+xml"/>'
                 '<Override PartName="/docProps/custom.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.custom-properties+xml"/>')
    members["[Content_Types].xml"] = types.encode()
    rels = members["word/_rels/document.xml.rels"].decode()
    rels = _add(rels, "</Relationships>",
                f'<Relationship Id="rId901" Type="{RT.FOOTNOTES}" Target="footnotes.xml"/>'
                f'<Relationship Id="rId902" Type="{RT.ENDNOTES}" Target="endnotes.xml"/>'
                '<Relationship Id="rId903" Type="http://schemas.microsoft.com/office/2011/'
                'relationships/people" Target="people.xml"/>')
    members["word/_rels/document.xml.rels"] = rels.encode()
    package_rels = members["_rels/.rels"].decode()
    package_rels = _add(package_rels, "</Relationships>",
                        f'<Relationship Id="rId901" Type="{RT.CUSTOM_PROPERTIES}" '
                        'Target="docProps/custom.xml"/>')
    members["_rels/.rels"] = package_rels.encode()

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return data.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _leaks(data: bytes) -> list[str]:
    """Where a planted identifier occurs in the package (labels only, never the identifier)."""
    found = []
    for name, content in _members(data).items():
        for label, planted in PLANTED.items():
            if planted.encode() in content:
                found.append(f"{label} in {name}")
    return found


@pytest.fixture(scope="module")
def planted() -> bytes:
    data = _side_channel_docx()
    assert len(_leaks(data)) >= len(PLANTED)  # every identifier really is in the input
    return data


@pytest.fixture(scope="module")
def redacted(planted: bytes, anonymiser: Anonymiser) -> tuple[Document, Document]:
    doc = document_from_bytes(planted, "interview.docx")
    out, _ = redact_document(doc, anonymiser)
    return doc, out


def test_no_planted_identifier_reaches_the_output(redacted: tuple[Document, Document]) -> None:
    _, out = redacted
    assert _leaks(document_to_bytes(out)) == []


def test_side_channel_parts_are_gone(redacted: tuple[Document, Document]) -> None:
    members = _members(document_to_bytes(redacted[1]))
    assert not {"word/comments.xml", "word/people.xml", "docProps/app.xml",
                "docProps/custom.xml", "docProps/thumbnail.jpeg"} & set(members)
    assert not any(name.startswith("customXml/") for name in members)
    text = b"".join(members[n] for n in members if n.endswith((".xml", ".rels")))
    for gone in (b"comments", b"commentRangeStart", b"commentReference", b"w:initials",
                 b"custom-properties", b"extended-properties", b"relationships/hyperlink",
                 b"w:sdt", b"w:tooltip", b"descr=", b"HYPERLINK", b"people"):
        assert gone not in text, gone
    assert re.search(rb'w:author="[^"]', text) is None


def test_notes_are_segments_redacted_like_the_body(redacted: tuple[Document, Document]) -> None:
    doc, out = redacted
    assert len(out.segments) == len(doc.segments)
    footnote = next(i for i, s in enumerate(doc.segments) if PLANTED["footnote name"] in s)
    endnote = next(i for i, s in enumerate(doc.segments) if PLANTED["endnote name"] in s)
    # after body, header and footer; footnotes before endnotes
    assert doc.segments.index("Transcript") < footnote < endnote
    assert out.segments[footnote] == "Ask [Colleague A], [EMAIL]."
    assert out.segments[endnote] in ("Call [Colleague A] on [PHONE].",
                                     "Call [Colleague B] on [PHONE].")
    members = _members(document_to_bytes(out))
    assert b"[EMAIL]" in members["word/footnotes.xml"]
    assert b"[PHONE]" in members["word/endnotes.xml"]


def test_body_text_and_formatting_survive(redacted: tuple[Document, Document]) -> None:
    doc, out = redacted
    result = docx.Document(io.BytesIO(document_to_bytes(out)))
    body = result.paragraphs
    assert [(r.text, r.bold) for r in body[0].runs] == [("Interviewer:", True),
                                                       (" How was the clinic?", None)]
    assert [(r.text, r.bold) for r in body[1].runs][:2] == [("P07:", True), (" It was fine", None)]
    # the tracked insertion keeps its text (it was a segment), not its author
    assert out.segments[1] == doc.segments[1] == "P07: It was fine and then I moved on."
    # hyperlink and field flattened to their (redacted) text, content control to its paragraph
    assert out.segments[2] == "See the clinic website or email the team"
    assert "Consent recorded." in out.segments
    assert result.sections[0].header.paragraphs[0].text == "Transcript"
    # the page number field stays a field
    assert "Page 1" in out.segments
    assert 'w:instr=" PAGE "' in result.sections[0].footer.paragraphs[0]._p.xml
    assert len(result.inline_shapes) == 1
    assert out.segments[:3] == doc.segments[:3]


def test_redacting_a_redacted_docx_again_is_stable(redacted: tuple[Document, Document],
                                                   anonymiser: Anonymiser) -> None:
    _, out = redacted
    again, _ = redact_document(out, anonymiser)
    assert again.segments == out.segments
    assert _leaks(document_to_bytes(again)) == []


def _plain_docx() -> bytes:
    document = docx.Document()
    para = document.add_paragraph()
    para.add_run("Interviewer:").bold = True
    para.add_run(" How are you today?")
    para = document.add_paragraph(style="Heading 1")
    para.add_run("Part two")
    para = document.add_paragraph()
    para.add_run("Respondent:").bold = True
    para.add_run(" Fine, ").italic = True
    para.add_run("thank you.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Question"
    table.cell(0, 1).text = "Answer"
    document.sections[0].header.paragraphs[0].text = "Transcript"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_without_side_channels_keeps_its_text(anonymiser: Anonymiser) -> None:
    doc = document_from_bytes(_plain_docx(), "plain.docx")
    out, redactions = redact_document(doc, anonymiser)
    assert not any(r.replacements for r in redactions)
    assert out.segments == doc.segments
    before = docx.Document(io.BytesIO(doc.data))
    after = docx.Document(io.BytesIO(document_to_bytes(out)))
    runs: Any = lambda d: [[(r.text, r.bold, r.italic) for r in p.runs] for p in d.paragraphs]
    assert runs(after) == runs(before)
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert after.tables[0].rows[0].cells[1].text == "Answer"


def test_unredactable_embedded_content_is_refused(anonymiser: Anonymiser) -> None:
    document = docx.Document()
    document.add_paragraph("Interviewer: Hello.")
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    chunk = Part(PackURI("/word/afchunk1.htm"), "text/html",
                 b"<html><body>Secret Name</body></html>", document.part.package)
    rid = document.part.relate_to(chunk, RT.A_F_CHUNK)
    document.element.body.insert(0, parse_xml(f'<w:altChunk {NS} r:id="{rid}"/>'))
    out = io.BytesIO()
    document.save(out)
    doc = document_from_bytes(out.getvalue(), "embedded.docx")
    with pytest.raises(InputError) as info:
        redact_document(doc, anonymiser)
    assert info.value.message == ("embedded.docx: holds content that cannot be redacted (a chart, "
                                  "SmartArt, embedded object or linked file)")
    assert "Secret" not in info.value.message
