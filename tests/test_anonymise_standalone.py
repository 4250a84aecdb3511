"""Issue 15 outside the vault: ``vault anonymise text`` fails safe, and one register format.

Low-confidence spans (spaCy's ORG between the review floor and the threshold, as in
``test_review.py``) are redacted unless the user keeps them with ``--review``; every command
that reads a register accepts both shapes, and the seed study's codes with a space ("PJ 1").
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cli import main
from vault.anonymise.decisions import Decision
from vault.anonymise.formats import UncertainSpan, anonymise_files
from vault.codes.epochs import resolve_code
from vault.store import Vault

TEXT = ("Interviewer: Thanks for coming, Olwen.\n"
        "Participant: Dr Fergus Applethwaite told me to try Harlow Dynamics in the spring, "
        "then Kestrel Partners again.\n")
#: what ``vault sample`` writes and ``vault participant import`` reads
SAMPLE_SHAPE = ("name,code,aliases,email,role,consent_date\n"
                "Olwen Brackenridge,PJ 1,Ollie,olwen@example.org,GP partner,2026-01-04\n"
                "Bryn Tallowfield,PJ 2,,,,\n")
#: the short shape ``vault anonymise text`` always documented, columns in another order
SHORT_SHAPE = ("code , Name,email\n"
               "PJ 1,Olwen Brackenridge,olwen@example.org\n"
               "PJ 2,Bryn Tallowfield,\n")


@pytest.fixture
def transcript(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "PJ-interview.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_uncertain_spans_redacted_by_default(transcript: Path, tmp_path: Path,
                                             anonymiser: Any) -> None:
    summary = anonymise_files([transcript], tmp_path / "out", anonymiser=anonymiser,
                              report=tmp_path / "report.json")
    text = (tmp_path / "out" / transcript.name).read_text(encoding="utf-8")
    assert "Harlow" not in text and "Kestrel" not in text
    assert summary.review == 2 and summary.kept == 0
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["uncertain"] == 2 and report["kept"] == 0
    assert [s["status"] for s in report["files"][0]["spans"]].count("uncertain-redacted") == 2
    assert "Harlow" not in (tmp_path / "report.json").read_text(encoding="utf-8")


def test_decide_keeps_only_what_the_user_says(transcript: Path, tmp_path: Path,
                                              anonymiser: Any) -> None:
    asked: list[UncertainSpan] = []

    def decide(span: UncertainSpan) -> Decision:
        asked.append(span)
        return Decision.REJECT if span.text.startswith("Kestrel") else Decision.ACCEPT

    summary = anonymise_files([transcript], tmp_path / "out", anonymiser=anonymiser,
                              decide=decide)
    text = (tmp_path / "out" / transcript.name).read_text(encoding="utf-8")
    assert "Harlow" not in text and "Kestrel Partners" in text
    assert summary.kept == 1 and [s.entity_type for s in asked] == ["ORGANISATION"] * 2
    assert "Harlow" not in repr(asked[0])  # the span's text stays out of reprs


def test_cli_default_reports_and_review_asks(transcript: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["anonymise", "text", str(transcript), "--out-dir",
                                  str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-2:] == [
        f"1 file(s) written to {tmp_path / 'a'}, 2 low-confidence span(s) redacted to be safe",
        "to decide them yourself: run again with --review on a terminal"]
    refused = runner.invoke(main, ["anonymise", "text", str(transcript), "--out-dir",
                                   str(tmp_path / "b"), "--review"])
    assert refused.exit_code == 2 and "--review asks at a terminal" in refused.output
    assert not (tmp_path / "b").exists()

    import vault.commands.anonymise as command

    monkeypatch.setattr(command, "is_interactive", lambda: True)
    result = runner.invoke(main, ["anonymise", "text", str(transcript), "--out-dir",
                                  str(tmp_path / "c"), "--review"], input="r\nk\n")
    assert result.exit_code == 0, result.output
    assert "context hidden" in result.stdout and "Harlow" not in result.stdout
    assert result.stdout.splitlines()[-1].endswith(
        "1 low-confidence span(s) redacted to be safe, 1 kept at your word")
    text = (tmp_path / "c" / transcript.name).read_text(encoding="utf-8")
    assert "Harlow" not in text and "Kestrel Partners" in text


@pytest.mark.parametrize("shape", [SAMPLE_SHAPE, SHORT_SHAPE], ids=["sample", "short"])
def test_both_register_shapes_and_seed_codes_outside(shape: str, transcript: Path,
                                                     tmp_path: Path) -> None:
    register = tmp_path / "register.csv"
    register.write_text(shape, encoding="utf-8")
    transcript.write_text(TEXT.replace("Olwen.", "Olwen Brackenridge."), encoding="utf-8")
    result = CliRunner().invoke(main, ["anonymise", "text", str(transcript), "--out-dir",
                                       str(tmp_path / "out"), "--register", str(register)])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out" / transcript.name).read_text(encoding="utf-8")
    assert "Thanks for coming, [PJ 1]." in text and "Olwen" not in text


@pytest.mark.parametrize("shape", [SAMPLE_SHAPE, SHORT_SHAPE], ids=["sample", "short"])
def test_both_register_shapes_and_seed_codes_inside(shape: str, vault: Vault,
                                                    tmp_path: Path) -> None:
    register = tmp_path / "register.csv"
    register.write_text(shape, encoding="utf-8")
    vault.close()
    result = CliRunner().invoke(main, ["participant", "import", str(register)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("registered 2 participants")
    reopened = Vault.open(vault.root)
    try:
        # the seed study's code labels its existing material: it resolves, space and all
        assert resolve_code(reopened, "PJ 1") != resolve_code(reopened, "pj 2")
    finally:
        reopened.close()
