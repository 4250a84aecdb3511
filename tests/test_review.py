"""``vault review``: low-confidence spans accepted (redacted) or rejected (kept).

Transcripts are chosen so that the engine scores a few organisation names below the redaction
threshold (spaCy's ORG at 0.4, review floor 0.3, threshold 0.5).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _json_docs import check_listing
from click.testing import CliRunner

from cli import main
from conftest import docx_of
from vault import objects
from vault.anonymise.formats import document_from_bytes
from vault.anonymise.review import (
    Decision,
    apply_decisions,
    decide_all,
    pending_spans,
    span_contexts,
)
from vault.anonymise.stored_transcripts import (
    LOG_CLASS,
    REDACTED_CLASS,
    anonymise_items,
    current_pair,
)
from vault.ingest import ingest_files
from vault.store import Vault

TEXT = ("Interviewer: Thanks for coming, Olwen.\n"
        "Participant: Dr Fergus Applethwaite told me to try Harlow Dynamics in the spring, "
        "then Kestrel Partners again.\n"
        "Interviewer: And after that?\n")


@pytest.fixture
def reviewed(vault: Vault, tmp_path: Path, anonymiser: Any) -> dict[str, Any]:
    """A txt and a docx transcript, anonymised, each with two spans pending review."""
    from vault.participants import add_participant

    code = add_participant(vault, "Olwen Brackenridge")
    src = tmp_path / "src"
    src.mkdir()
    raw = {}
    for number, (name, data) in enumerate(
            [("one.txt", TEXT.encode()),
             ("two.docx", docx_of(TEXT.splitlines()))], start=1):
        (src / name).write_bytes(data)
        summary = ingest_files(vault, [src / name], data_class="transcript_raw",
                               participant_code=code, interview=number)
        summary.check()
        raw[name] = summary.ingested[0].id
    done = anonymise_items(vault, None, anonymiser=anonymiser)
    assert not done.failed and done.review == 4
    return {"raw": raw, "code": code, "done": done}


def _text(vault: Vault, raw_id: str) -> tuple[str, Any]:
    pair, log = current_pair(vault, raw_id)  # type: ignore[misc]
    data = objects.read_object(vault, pair.redacted_id)
    doc = document_from_bytes(data, f"x.{pair.kind}")
    return doc.text, (pair, log)


def test_pending_spans_have_no_text(vault: Vault, reviewed: dict[str, Any],
                                    runner: CliRunner) -> None:
    spans = pending_spans(vault)
    assert len(spans) == 4 and {s.entity_type for s in spans} == {"ORGANISATION"}
    vault.close()
    result = runner.invoke(main, ["review", "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [set(s) for s in listed] == [{"item", "span_id", "entity_type", "score"}] * 4
    check_listing("review_spans", listed)  # docs/json.md
    for secret in ("Kestrel", "Harlow", "Olwen", "Applethwaite"):
        assert secret not in result.output


def test_non_tty_lists_and_does_not_prompt(vault: Vault, reviewed: dict[str, Any],
                                           runner: CliRunner, snapshot: Any) -> None:
    vault.close()
    before = snapshot(vault.root)
    result = runner.invoke(main, ["review"], input="a\na\na\na\n")
    assert result.exit_code == 0, result.output
    assert "accept (redact)" not in result.output
    lines = result.stdout.splitlines()
    assert lines[-1] == ("4 span(s) pending review; decide on a terminal, "
                         "or pass --accept-all or --reject-all")
    assert lines[0].split() == ["ITEM", "SPAN", "ENTITY_TYPE", "SCORE"]  # a table, then a line
    assert len(lines) == 1 + 4 + 2 and lines[-2] == ""
    assert "Kestrel" not in result.output
    assert snapshot(vault.root) == before


def test_accept_all_redacts_and_updates_log(vault: Vault, reviewed: dict[str, Any],
                                            runner: CliRunner) -> None:
    from vault.inventory import verify_objects

    raw_txt = reviewed["raw"]["one.txt"]
    before, (old_pair, _) = _text(vault, raw_txt)
    assert "Kestrel Partners" in before and "Harlow Dynamics" in before
    vault.close()
    result = runner.invoke(main, ["review", "--accept-all"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["ORGANISATION: 4",
                                          "4 span(s) accepted in 2 transcript(s)"]
    vault = Vault.open(vault.root)
    for raw_id in reviewed["raw"].values():
        after, (_pair, log) = _text(vault, raw_id)
        assert "Kestrel" not in after and "Harlow" not in after
        assert ("told me to try [ORGANISATION] in the spring, then [ORGANISATION] again."
                in after)
        assert "[Colleague A] told me" in after
        assert [r["status"] for r in log.review] == ["accepted", "accepted"]
        assert log.counts()["ORGANISATION"] == 2
        assert len(after.splitlines()) == len(TEXT.splitlines())
    assert pending_spans(vault) == []
    # the old pair is superseded in the same transaction; one present pair per transcript
    assert vault.db.execute("SELECT state FROM items WHERE id = ?",
                            (old_pair.redacted_id,)).fetchone()[0] == "destroyed"
    for cls in (REDACTED_CLASS, LOG_CLASS):
        assert vault.db.execute("SELECT COUNT(*) FROM items WHERE data_class = ? AND "
                                "state = 'present'", (cls,)).fetchone()[0] == 2
    entries = [e for e in vault.audit.entries() if e.action == "anonymise.review"]
    assert len(entries) == 2
    assert {k: v for k, v in entries[0].details.items() if k not in ("catalog", "tombstoned")
            } == {"accepted": {"ORGANISATION": 2}, "rejected": {}, "review": 0, "superseded": 2}
    assert [f["class"] for f in entries[0].details["catalog"]] == [REDACTED_CLASS, LOG_CLASS]
    # what a restored catalog needs to turn the old pair into tombstones again
    assert old_pair.redacted_id in [i for e in entries for i in e.details["tombstoned"]]
    assert verify_objects(vault).ok and not vault.open_operations()
    vault.close()


def test_reject_all_keeps_text_and_marks_log(vault: Vault, reviewed: dict[str, Any],
                                             runner: CliRunner) -> None:
    raw_txt, raw_docx = reviewed["raw"]["one.txt"], reviewed["raw"]["two.docx"]
    before, (old, _) = _text(vault, raw_txt)
    vault.close()
    result = runner.invoke(main, ["--json", "review", raw_txt, "--reject-all"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["rejected"] == {"ORGANISATION": 2} and data["accepted"] == {}
    assert len(data["items"]) == 1 and data["items"][0] != old.redacted_id
    vault = Vault.open(vault.root)
    after, (_pair, log) = _text(vault, raw_txt)
    assert after == before
    assert [r["status"] for r in log.review] == ["rejected", "rejected"]
    assert [s.transcript for s in pending_spans(vault)] == [raw_docx, raw_docx]
    vault.close()


def test_decisions_one_at_a_time_shift_offsets(vault: Vault, reviewed: dict[str, Any]) -> None:
    raw_docx = reviewed["raw"]["two.docx"]
    spans = pending_spans(vault, raw_docx)
    assert [s.span_id for s in spans] == ["r1", "r2"]
    # accept the later span first, then the earlier one: each is found at its shifted offset
    apply_decisions(vault, {(spans[1].item, "r2"): Decision.ACCEPT})
    text, _ = _text(vault, raw_docx)
    assert "Harlow Dynamics" in text and "Kestrel" not in text
    result = apply_decisions(vault, {(raw_docx, "r1"): Decision.ACCEPT})
    assert result.accepted == {"ORGANISATION": 1}
    text, (pair, _log) = _text(vault, raw_docx)
    assert "Harlow" not in text
    assert len(document_from_bytes(objects.read_object(vault, pair.redacted_id),
                                   "x.docx").segments) == len(TEXT.splitlines())
    # decided spans are no longer pending: a second decision changes nothing
    assert apply_decisions(vault, {(raw_docx, "r1"): Decision.REJECT}).items == ()


def test_span_context_is_for_the_terminal(vault: Vault, reviewed: dict[str, Any]) -> None:
    spans = pending_spans(vault, reviewed["raw"]["one.txt"])
    contexts = span_contexts(vault, spans)
    first = contexts[(spans[0].item, spans[0].span_id)]
    assert first.text == "Harlow Dynamics"
    assert first.before.endswith("told me to try ") and "[Colleague A]" in first.before
    assert first.after.startswith(" in the spring")
    assert "Harlow" not in repr(first)


def test_interactive_on_a_terminal(vault: Vault, reviewed: dict[str, Any], runner: CliRunner,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import vault.commands.review as command

    monkeypatch.setattr(command, "is_interactive", lambda: True)
    raw_txt = reviewed["raw"]["one.txt"]
    vault.close()
    result = runner.invoke(main, ["review", raw_txt], input="a\nr\n")
    assert result.exit_code == 0, result.output
    assert "accept (redact), reject (keep), skip or quit" in result.stdout
    # CliRunner's stdout is no terminal: the identifying context is withheld
    assert "context hidden" in result.stdout and "Harlow" not in result.stdout
    assert result.stdout.splitlines()[-1] == "1 accepted, 1 rejected in 1 transcript(s)"
    vault = Vault.open(vault.root)
    text, (_, log) = _text(vault, raw_txt)
    assert "Harlow" not in text and "Kestrel Partners" in text
    assert [r["status"] for r in log.review] == ["accepted", "rejected"]
    vault.close()


def test_quit_changes_nothing(vault: Vault, reviewed: dict[str, Any], runner: CliRunner,
                              monkeypatch: pytest.MonkeyPatch, snapshot: Any) -> None:
    import vault.commands.review as command

    monkeypatch.setattr(command, "is_interactive", lambda: True)
    vault.close()
    before = snapshot(vault.root)
    result = runner.invoke(main, ["review"], input="s\nq\n")
    assert result.exit_code == 0 and "nothing changed" in result.stdout
    assert snapshot(vault.root) == before


def test_usage_and_unknown_item(vault: Vault, reviewed: dict[str, Any], runner: CliRunner,
                                snapshot: Any) -> None:
    vault.close()
    before = snapshot(vault.root)
    both = runner.invoke(main, ["review", "--accept-all", "--reject-all"])
    assert both.exit_code == 2
    unknown = runner.invoke(main, ["review", "it_000000000000", "--accept-all"])
    assert unknown.exit_code == 10
    assert "no item it_000000000000 in this vault" in unknown.stderr
    assert snapshot(vault.root) == before


def test_decide_all_library(vault: Vault, reviewed: dict[str, Any]) -> None:
    result = decide_all(vault, Decision.REJECT, reviewed["raw"]["two.docx"])
    assert result.rejected == {"ORGANISATION": 2} and len(result.items) == 1
    assert len(pending_spans(vault)) == 2


def test_review_after_the_raw_transcript_was_purged(vault: Vault,
                                                    reviewed: dict[str, Any]) -> None:
    """Raw transcripts are often destroyed before redacted ones: a review still works and the
    new redaction keeps the participant, interview and (encrypted) original name."""
    from vault import age

    raw_txt = reviewed["raw"]["one.txt"]
    _, (before, _) = _text(vault, raw_txt)
    with vault.locked():
        with vault.write() as tx:  # what retention purge leaves: a tombstone, no file
            tx.execute("UPDATE items SET state = 'destroyed', original_name = NULL, "
                       "participant_marker = NULL, keyed_hash = NULL WHERE id = ?", (raw_txt,))
        objects.discard(vault, raw_txt)
    result = decide_all(vault, Decision.ACCEPT, before.redacted_id)
    assert result.accepted == {"ORGANISATION": 2}
    row = vault.db.execute("SELECT * FROM items WHERE id = ?", (result.items[0],)).fetchone()
    assert row["participant_marker"] == before.participant_marker is not None
    assert row["interview"] == 1 and row["parent_id"] == raw_txt
    name = age.decrypt_bytes(row["original_name"],
                             [vault.custody().class_identity(row["key_id"])])
    assert name == b"one.txt"


def test_a_review_after_the_catalog_backup_is_reconciled_without_loss(
        vault: Vault, reviewed: dict[str, Any], tmp_path: Path) -> None:
    """A catalog restored from before a review: reconcile re-catalogues the reviewed pairs and
    turns the pairs they superseded (whose files the review removed) into tombstones again,
    so every object verifies and each transcript has one present pair."""
    import sqlite3

    from vault.inventory import verify_objects
    from vault.reconcile import reconcile

    backup = tmp_path / "catalog-backup.sqlite"
    copy = sqlite3.connect(backup)
    vault.db.backup(copy)
    copy.close()
    old = {raw: current_pair(vault, raw)[0].redacted_id  # type: ignore[index]
           for raw in reviewed["raw"].values()}
    decide_all(vault, Decision.ACCEPT)
    new = {raw: current_pair(vault, raw)[0].redacted_id  # type: ignore[index]
           for raw in reviewed["raw"].values()}
    root = vault.root
    vault.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{root / 'catalog.sqlite'}{suffix}").unlink(missing_ok=True)
    backup.rename(root / "catalog.sqlite")
    vault = Vault.open(root)
    assert vault.audit.divergence is not None
    result = reconcile(vault)
    assert set(new.values()) <= set(result.recatalogued)
    assert set(old.values()) <= set(result.destroyed)
    assert result.not_reapplied == {}
    assert verify_objects(vault).ok
    for raw, redacted in new.items():
        assert current_pair(vault, raw)[0].redacted_id == redacted  # type: ignore[index]
        assert vault.db.execute("SELECT COUNT(*) FROM items WHERE parent_id = ? AND "
                                "state = 'present'", (raw,)).fetchone()[0] == 2
    vault.audit.verify()
    vault.close()
