"""Issue 15: bounded inputs. .docx and text bombs are refused with one line, inside and outside
the vault, while the process's peak memory stays under 512 MiB.

Bombs are built here (synthetic, a few seconds): a 1 GiB document.xml deflated to about 1 MiB;
3.2 million XML elements in a few megabytes (what the XML parser's memory grows with); a DTD
(entity expansion); too many paragraphs; an oversized text file; too many subtitle cues. Peak
memory is measured in a subprocess (its own ``VmHWM``), never timed.
"""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from _measure import docx_with_body

from vault.anonymise import limits
from vault.anonymise.formats import document_from_bytes, read_document
from vault.errors import InputError
from vault.store import Vault

MiB = 1 << 20
#: peak resident memory allowed for one command on any input
PEAK_LIMIT = 512 * MiB


def _text_bomb(path: Path) -> Path:
    """1 GiB of text in document.xml, about 1 MiB on disk."""
    para = b"<w:p><w:r><w:t>" + b"Bev " * 4000 + b"</w:t></w:r></w:p>"
    return docx_with_body(path, para, (1 << 30) // len(para))


def _element_bomb(path: Path) -> Path:
    """3.2 million elements (1,000 paragraphs of 1,600 empty runs): a few MiB of XML."""
    return docx_with_body(path, b"<w:p>" + b"<w:r><w:t/></w:r>" * 1600 + b"</w:p>", 1000)


def _dtd(path: Path) -> Path:
    return docx_with_body(path, b"<w:p><w:r><w:t>&lol;</w:t></w:r></w:p>", 1,
                           prolog=b'<!DOCTYPE w [<!ENTITY lol "lol">]>')


def _paragraphs(path: Path) -> Path:
    """One paragraph over the cap (the template holds one too)."""
    return docx_with_body(path, b"<w:p><w:r><w:t>a</w:t></w:r></w:p>", limits.MAX_SEGMENTS + 1)


def _big_text(path: Path) -> Path:
    with path.open("wb") as fh:
        fh.truncate(limits.MAX_TEXT_BYTES + 1)  # sparse: nothing is written
    return path


def _long_text(path: Path) -> Path:
    """Under the byte cap, over the character cap."""
    path.write_text("a" * (limits.MAX_DOCUMENT_CHARS + 1), encoding="utf-8")
    return path


def _cues(path: Path) -> Path:
    cue = "00:00:01.000 --> 00:00:02.000\nhello\n\n"
    path.write_text("WEBVTT\n\n" + cue * (limits.MAX_CUES + 1), encoding="utf-8")
    return path


BOMBS = {
    "text-bomb.docx": (_text_bomb, "a .docx part of 1,073,"),
    "elements.docx": (_element_bomb, "a .docx's XML element count exceeds the cap of 500,000"),
    "dtd.docx": (_dtd, "a .docx part declares an XML DTD"),
    "paragraphs.docx": (_paragraphs, "50,002 paragraphs exceed the cap of 50,000 paragraphs"),
    "big.txt": (_big_text, "a text transcript of 20,971,521 bytes exceeds the cap of 20 MiB"),
    "long.txt": (_long_text, "transcript is too long: 1,000,001 characters exceed the cap"),
    "cues.vtt": (_cues, "more than 20,000 subtitle cues exceed the cap of 20,000 cues"),
}


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    return {name: make(folder / name) for name, (make, _) in BOMBS.items()}


@pytest.mark.parametrize("name", list(BOMBS))
def test_each_bomb_refused_with_its_cap(name: str, bombs: dict[str, Path]) -> None:
    with pytest.raises(InputError) as caught:
        read_document(bombs[name])
    assert BOMBS[name][1] in caught.value.message
    assert "\n" not in caught.value.message and "Bev" not in caught.value.message


def test_the_directory_is_believed_first(bombs: dict[str, Path]) -> None:
    """The 1 GiB part is refused from the ZIP directory: nothing is inflated."""
    with (zipfile.ZipFile(bombs["text-bomb.docx"]) as archive,
          pytest.raises(InputError, match="exceeds the cap of 64 MiB a part")):
        limits.check_docx_directory(archive.infolist(), "x.docx")
    assert bombs["text-bomb.docx"].stat().st_size < 4 * MiB


def test_a_docx_just_under_the_caps_is_read(tmp_path: Path) -> None:
    path = docx_with_body(tmp_path / "fine.docx", b"<w:p>" + b"<w:r><w:t>ok</w:t></w:r>" * 100
                           + b"</w:p>", 1000)
    doc = document_from_bytes(path.read_bytes(), "fine.docx")
    assert len(doc.segments) == 1001


# VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and exec, so a child of a large
# pytest worker would report the worker's peak; VmHWM belongs to the new address space
_MEASURE = """\
import sys
sys.path.insert(0, {root!r})
from cli import main
code = 0
try:
    main(sys.argv[2:], prog_name="vault")
except SystemExit as exc:
    code = exc.code or 0
with open("/proc/self/status", encoding="ascii") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
with open(sys.argv[1], "w") as fh:
    fh.write(f"{{peak * 1024}} {{code}}")
"""


def _measured(tmp_path: Path, *args: str) -> tuple[int, int, subprocess.CompletedProcess[str]]:
    """Run ``vault ARGS`` in a fresh process: (peak RSS in bytes, exit code, the process)."""
    script = tmp_path / "measure.py"
    script.write_text(_MEASURE.format(root=str(ROOT)), encoding="utf-8")
    report = tmp_path / "peak.txt"
    env = {**os.environ, "GX_ANALYTICS_ENABLED": "false"}
    done = subprocess.run([sys.executable, str(script), str(report), *args], env=env,
                          capture_output=True, text=True, timeout=900, check=False)
    peak, code = report.read_text(encoding="utf-8").split()
    return int(peak), int(code), done


@pytest.mark.slow
def test_outside_the_vault_bombs_refused_memory_bounded(bombs: dict[str, Path],
                                                        tmp_path: Path) -> None:
    peak, code, done = _measured(tmp_path, "anonymise", "text", *map(str, bombs.values()),
                                 "--out-dir", str(tmp_path / "out"))
    assert code == 4, done.stderr
    failed = [line for line in done.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == len(BOMBS)  # one line each
    for name, (_, message) in BOMBS.items():
        assert any(name in line and message in line for line in failed), name
    assert "Bev" not in done.stdout + done.stderr
    assert peak < PEAK_LIMIT, f"peak RSS {peak // MiB} MiB"


@pytest.mark.slow
def test_inside_the_vault_bombs_refused_memory_bounded(vault: Vault, bombs: dict[str, Path],
                                                       tmp_path: Path) -> None:
    from vault.participants import add_participant

    code = add_participant(vault, "Olwen Brackenridge")
    vault.close()
    # ingest believes the ZIP directory: the 1 GiB part never enters the vault
    peak, status, done = _measured(tmp_path, "ingest", "transcript",
                                   str(bombs["text-bomb.docx"]), "--participant", code,
                                   "--interview", "1")
    assert status == 9, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("error: text-bomb.docx: a .docx part of 1,073,")
    # the element bomb declares little: it is stored, and refused when anonymised
    peak_in, status, done = _measured(tmp_path, "ingest", "transcript",
                                      str(bombs["elements.docx"]), "--participant", code,
                                      "--interview", "2")
    assert status == 0, done.stderr
    peak_run, status, done = _measured(tmp_path, "anonymise", "run", "--all")
    assert status == 9, done.stderr
    [line] = done.stderr.splitlines()
    assert "XML element count exceeds the cap of 500,000 elements" in line
    assert max(peak, peak_in, peak_run) < PEAK_LIMIT
