"""`vault release` fails closed: spans pending review and withdrawn participants.

Two participants, one transcript each, anonymised for real; each transcript keeps two
organisation names pending review (spaCy's ORG scores between the review floor and the
threshold, see ``test_review.py``). A small dataset links rows to both participants.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from cli import main
from vault.anonymise.review import Decision, apply_decisions, decide_all, pending_spans
from vault.anonymise.stored_transcripts import anonymise_items
from vault.codes.epochs import resolve_code
from vault.datasets import store_dataset
from vault.errors import ChecksFailed, InputError, ParticipantError
from vault.ingest import ingest_files
from vault.participants import add_participant, withdraw_participant
from vault.releases import create_release
from vault.store import Vault

TEXT = ("Interviewer: Thanks for coming, {first}.\n"
        "Participant: Dr Fergus Applethwaite told me to try Harlow Dynamics in the spring, "
        "then Kestrel Partners again.\n"
        "Interviewer: And after that?\n")
#: span text the engine leaves pending: must never appear in a refusal
SPAN_TEXT = ("Harlow", "Kestrel")
PEOPLE = {"a": ("Olwen Brackenridge", "Olwen"), "b": ("Bryn Tallowfield", "Bryn")}

SCHEMA = """\
version = 1
name = "gate"
k = 1

[rows]
min = 1
max = 1000

[[columns]]
name = "email"
role = "participant"
output = "participant"
nullable = true

[[columns]]
name = "score"
type = "integer"
role = "keep"
"""

SCHEMA_NO_PARTICIPANT = """\
version = 1
name = "plain"
k = 1

[rows]
min = 1
max = 1000

[[columns]]
name = "score"
type = "integer"
role = "keep"
"""


@pytest.fixture
def gate(vault: Vault, tmp_path: Path, anonymiser: Any) -> dict[str, Any]:
    """Participants a and b, one anonymised transcript each (two spans pending in each)."""
    src = tmp_path / "src"
    src.mkdir()
    codes, markers, raw, redacted = {}, {}, {}, {}
    for key, (name, first) in PEOPLE.items():
        codes[key] = add_participant(vault, name)
        markers[key] = resolve_code(vault, codes[key])
        path = src / f"{key}.txt"
        path.write_text(TEXT.format(first=first), encoding="utf-8")
        summary = ingest_files(vault, [path], data_class="transcript_raw",
                               participant_code=codes[key], interview=1)
        summary.check()
        raw[key] = summary.ingested[0].id
    done = anonymise_items(vault, None, anonymiser=anonymiser)
    assert not done.failed and done.review == 4
    for key in PEOPLE:
        redacted[key] = vault.db.execute(
            "SELECT id FROM items WHERE parent_id = ? AND data_class = 'transcript_redacted' "
            "AND state = 'present'", (raw[key],)).fetchone()["id"]
    return {"codes": codes, "markers": markers, "raw": raw, "redacted": redacted,
            "out": tmp_path / "out"}


def _resolve(vault: Vault, *keys: str, gate: dict[str, Any]) -> None:
    for key in keys:
        decide_all(vault, Decision.ACCEPT, gate["raw"][key])


def _current_redacted(vault: Vault, raw_id: str) -> str:
    return str(vault.db.execute(
        "SELECT id FROM items WHERE parent_id = ? AND data_class = 'transcript_redacted' "
        "AND state = 'present'", (raw_id,)).fetchone()["id"])


def _dataset(vault: Vault, participants: list[str | None], schema: str = SCHEMA,
             name: str = "survey") -> str:
    table = pa.table({"participant": pa.array(participants, type=pa.string()),
                      "score": pa.array(list(range(len(participants))), type=pa.int64())})
    if schema is SCHEMA_NO_PARTICIPANT:
        table = table.drop_columns(["participant"])
    return store_dataset(vault, table, name=name, schema_raw=schema.encode()).id


def _release_entries(vault: Vault) -> list[Any]:
    return [e for e in vault.audit.entries() if e.action == "release.create"]


# --- pending review spans ----------------------------------------------------------------------

def test_pending_spans_refuse_release_and_change_nothing(vault: Vault, gate: dict[str, Any],
                                                         snapshot: Any) -> None:
    before = snapshot(vault.root)
    with pytest.raises(ChecksFailed) as caught:
        create_release(vault, "r1", dataset_ids=[], transcripts="all", out_dir=gate["out"])
    ids = ", ".join(sorted(gate["redacted"].values()))
    assert caught.value.message == (f"4 span(s) in 2 transcript(s) ({ids}) await review; "
                                    "they may be identifiers")
    assert caught.value.hint == "run `vault review` to accept or reject them, then release again"
    assert caught.value.exit_code == 3
    assert not any(t in caught.value.render() for t in SPAN_TEXT)
    assert not gate["out"].exists()
    assert _release_entries(vault) == []
    assert snapshot(vault.root) == before


def test_pending_spans_count_only_for_the_chosen_transcripts(vault: Vault,
                                                             gate: dict[str, Any]) -> None:
    _resolve(vault, "a", gate=gate)
    with pytest.raises(ChecksFailed, match=r"^2 span\(s\) in 1 transcript\(s\) "):
        create_release(vault, "r1", dataset_ids=[], transcripts="all", out_dir=gate["out"])
    # b's raw id names its (pending) redaction
    with pytest.raises(ChecksFailed, match=gate["redacted"]["b"]):
        create_release(vault, "r1", dataset_ids=[], transcripts=[gate["raw"]["b"]],
                       out_dir=gate["out"])
    result = create_release(vault, "r1", dataset_ids=[], transcripts=[gate["raw"]["a"]],
                            out_dir=gate["out"])
    assert result.manifest["transcripts"] == 1
    assert result.manifest["participant_codes"] == [gate["codes"]["a"]]


def test_cli_pending_spans_exit_3_one_line(vault: Vault, gate: dict[str, Any],
                                           runner: CliRunner) -> None:
    vault.close()
    result = runner.invoke(main, ["release", "create", "r1", "--transcripts", "all", "--out-dir",
                                  str(gate["out"])])
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: 4 span(s) in 2 transcript(s) (")
    assert lines[0].endswith("await review; they may be identifiers — run `vault review` to "
                             "accept or reject them, then release again")
    assert not any(t in result.output for t in SPAN_TEXT)
    assert not gate["out"].exists()


def test_release_goes_through_after_review(vault: Vault, gate: dict[str, Any]) -> None:
    a, b = gate["raw"]["a"], gate["raw"]["b"]
    spans = pending_spans(vault)
    apply_decisions(vault, {(s.transcript, s.span_id): Decision.ACCEPT if s.transcript == a
                            else Decision.REJECT for s in spans})
    assert pending_spans(vault) == []
    result = create_release(vault, "r1", dataset_ids=[], transcripts="all",
                            out_dir=gate["out"])
    assert result.manifest["transcripts"] == 2
    assert result.manifest["withdrawn_excluded"] == {"transcripts": 0, "rows": 0}
    texts = {p.name: p.read_text(encoding="utf-8")
             for p in (result.path / "transcripts").iterdir()}
    codes = gate["codes"]
    assert set(texts) == {f"{codes['a']}_1.txt", f"{codes['b']}_1.txt"}
    assert not any(t in texts[f"{codes['a']}_1.txt"] for t in SPAN_TEXT)  # accepted: redacted
    assert "Kestrel Partners" in texts[f"{codes['b']}_1.txt"]             # rejected: kept
    entries = _release_entries(vault)
    assert len(entries) == 1
    assert set(entries[0].items) == {_current_redacted(vault, a), _current_redacted(vault, b)}


# --- withdrawn participants: transcripts --------------------------------------------------------

def test_explicit_transcript_of_withdrawn_participant_refused(vault: Vault, gate: dict[str, Any],
                                                              snapshot: Any) -> None:
    _resolve(vault, "a", "b", gate=gate)
    withdraw_participant(vault, gate["codes"]["b"])
    before = snapshot(vault.root)
    redacted_b = _current_redacted(vault, gate["raw"]["b"])
    for chosen in (redacted_b, gate["raw"]["b"]):
        with pytest.raises(ParticipantError) as caught:
            create_release(vault, "r1", dataset_ids=[],
                           transcripts=[_current_redacted(vault, gate["raw"]["a"]), chosen],
                           out_dir=gate["out"])
        assert caught.value.message == (f"transcript {chosen}: its participant has withdrawn "
                                        "consent")
        assert "withdrawn" in caught.value.hint
    assert not gate["out"].exists()
    assert _release_entries(vault) == []
    assert snapshot(vault.root) == before


def test_all_skips_withdrawn_and_counts_them(vault: Vault, gate: dict[str, Any]) -> None:
    # b's spans are never reviewed: a withdrawn participant's transcript does not block `all`
    _resolve(vault, "a", gate=gate)
    withdraw_participant(vault, gate["codes"]["b"])
    result = create_release(vault, "r1", dataset_ids=[], transcripts="all",
                            out_dir=gate["out"])
    manifest = result.manifest
    assert manifest["transcripts"] == 1
    assert manifest["withdrawn_excluded"] == {"transcripts": 1, "rows": 0}
    assert manifest["participant_codes"] == [gate["codes"]["a"]]
    assert [p.name for p in (result.path / "transcripts").iterdir()] == [
        f"{gate['codes']['a']}_1.txt"]
    entry = _release_entries(vault)[0]
    assert gate["redacted"]["b"] not in entry.items
    assert entry.details["withdrawn_excluded"] == {"transcripts": 1, "rows": 0}


def test_cli_all_mentions_withdrawn_and_refuses_explicit(vault: Vault, gate: dict[str, Any],
                                                         runner: CliRunner) -> None:
    _resolve(vault, "a", "b", gate=gate)
    withdraw_participant(vault, gate["codes"]["b"])
    raw_b = gate["raw"]["b"]
    vault.close()
    refused = runner.invoke(main, ["release", "create", "r0", "--transcripts", raw_b, "--out-dir",
                                   str(gate["out"])])
    assert refused.exit_code == 14, refused.output
    assert refused.stderr.splitlines() == [
        (f"error: transcript {raw_b}: its participant has withdrawn consent — a withdrawn "
         "participant's data is never released; leave this transcript out")]
    result = runner.invoke(main, ["release", "create", "r1", "--transcripts", "all", "--out-dir",
                                  str(gate["out"])])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"released {gate['out'] / 'r1'}: 0 dataset(s), 1 transcript(s)")
    assert lines[1:] == ["left out (consent withdrawn): 1 transcript(s), 0 dataset row(s)"]
    assert not (gate["out"] / "r0").exists()


def test_all_transcripts_withdrawn_refused_without_datasets(vault: Vault,
                                                            gate: dict[str, Any]) -> None:
    for key in PEOPLE:
        withdraw_participant(vault, gate["codes"][key])
    with pytest.raises(InputError) as caught:
        create_release(vault, "r1", dataset_ids=[], transcripts="all", out_dir=gate["out"])
    assert caught.value.message == ("nothing to release: all 2 redacted transcript(s) belong "
                                    "to participants who withdrew consent")
    assert not gate["out"].exists()
    assert _release_entries(vault) == []


# --- withdrawn participants: dataset rows -------------------------------------------------------

def test_dataset_rows_of_withdrawn_participant_dropped(vault: Vault, gate: dict[str, Any]) -> None:
    a, b = gate["markers"]["a"], gate["markers"]["b"]
    dataset = _dataset(vault, [a, b, None, b, a, b])
    withdraw_participant(vault, gate["codes"]["b"])
    result = create_release(vault, "r1", dataset_ids=[dataset], out_dir=gate["out"])
    table = pq.read_table(result.path / "survey.parquet")
    participants = table.column("participant").to_pylist()
    assert table.num_rows == 3
    assert sorted(participants, key=str) == sorted([gate["codes"]["a"]] * 2 + [None], key=str)
    assert gate["codes"]["b"] not in participants
    assert sorted(table.column("score").to_pylist()) == [0, 2, 4]
    manifest = result.manifest
    assert manifest["withdrawn_excluded"] == {"transcripts": 0, "rows": 3}
    assert manifest["datasets"][0]["rows"] == 3
    assert manifest["participant_codes"] == [gate["codes"]["a"]]
    assert manifest["validation"]["success"] is True


def test_dataset_and_all_transcripts_with_one_withdrawn(vault: Vault, gate: dict[str, Any]) -> None:
    _resolve(vault, "a", gate=gate)
    a, b = gate["markers"]["a"], gate["markers"]["b"]
    dataset = _dataset(vault, [a, b, b])
    withdraw_participant(vault, gate["codes"]["b"])
    result = create_release(vault, "r1", dataset_ids=[dataset], transcripts="all",
                            out_dir=gate["out"])
    assert result.manifest["withdrawn_excluded"] == {"transcripts": 1, "rows": 2}
    assert pq.read_table(result.path / "survey.parquet").column(
        "participant").to_pylist() == [gate["codes"]["a"]]


def test_dataset_of_withdrawn_rows_only_refused(vault: Vault, gate: dict[str, Any],
                                                snapshot: Any) -> None:
    b = gate["markers"]["b"]
    dataset = _dataset(vault, [b, b])
    withdraw_participant(vault, gate["codes"]["b"])
    before = snapshot(vault.root)
    with pytest.raises(ParticipantError) as caught:
        create_release(vault, "r1", dataset_ids=[dataset], out_dir=gate["out"])
    assert caught.value.message == (f"dataset {dataset}: all 2 row(s) belong to participants "
                                    "who withdrew consent")
    assert not gate["out"].exists()
    assert snapshot(vault.root) == before


def test_every_transcript_withdrawn_but_dataset_released(vault: Vault,
                                                        gate: dict[str, Any]) -> None:
    a = gate["markers"]["a"]
    dataset = _dataset(vault, [a, None, None])
    for key in PEOPLE:
        withdraw_participant(vault, gate["codes"][key])
    result = create_release(vault, "r1", dataset_ids=[dataset], transcripts="all",
                            out_dir=gate["out"])
    assert result.manifest["transcripts"] == 0
    assert result.manifest["withdrawn_excluded"] == {"transcripts": 2, "rows": 1}
    assert result.manifest["participant_codes"] == []
    assert pq.read_table(result.path / "survey.parquet").column(
        "participant").to_pylist() == [None, None]
    assert not (result.path / "transcripts").exists()


def test_dataset_without_participant_column_is_kept_whole(vault: Vault,
                                                          gate: dict[str, Any]) -> None:
    dataset = _dataset(vault, [None] * 4, schema=SCHEMA_NO_PARTICIPANT, name="plain")
    withdraw_participant(vault, gate["codes"]["b"])
    result = create_release(vault, "r1", dataset_ids=[dataset], out_dir=gate["out"])
    assert pq.read_table(result.path / "plain.parquet").num_rows == 4
    assert result.manifest["withdrawn_excluded"] == {"transcripts": 0, "rows": 0}
