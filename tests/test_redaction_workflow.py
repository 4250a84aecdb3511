"""Issue 15: review decisions survive re-runs, stale transcripts never ship, relabels replay.

One participant's transcript keeps two organisation names pending review (spaCy's ORG scores
between the review floor and the threshold, see ``test_review.py``) and mentions a colleague,
"Smudge", said bare with no context that marks a person, which the engine leaves: the
steward's fix is the study's deny list.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _json_docs import check_listing
from click.testing import CliRunner

from cli import main
from vault import objects
from vault.anonymise.formats import document_from_bytes
from vault.anonymise.review import (
    Decision,
    Scope,
    add_to_allow_list,
    add_to_deny_list,
    apply_decisions,
    decide,
    pending_spans,
    relabel,
)
from vault.anonymise.stored_transcripts import (
    anonymise_items,
    anonymise_stale,
    current_pair,
    current_stamp,
    stale_transcripts,
)
from vault.codes.epochs import resolve_code
from vault.errors import ChecksFailed, InputError, StoreError
from vault.ingest import ingest_files
from vault.markers import participant_token
from vault.participants import add_participant
from vault.releases import create_release
from vault.store import Vault

TEXT = ("Interviewer: Thanks for coming, Olwen.\n"
        "Participant: Dr Fergus Applethwaite told me to try Harlow Dynamics in the spring, "
        "then Kestrel Partners again.\n"
        "Interviewer: And after that?\n"
        "Participant: Honestly? Smudge. Smudge, every time.\n")


def _ingest(vault: Vault, folder: Path, code: str, number: int, text: str = TEXT) -> str:
    folder.mkdir(exist_ok=True)
    path = folder / f"t{number}.txt"
    path.write_text(text, encoding="utf-8")
    summary = ingest_files(vault, [path], data_class="transcript_raw", participant_code=code,
                           interview=number)
    summary.check()
    return summary.ingested[0].id


@pytest.fixture
def study(vault: Vault, tmp_path: Path, anonymiser: Any) -> dict[str, Any]:
    """One anonymised transcript with two spans pending; Smudge left in the text."""
    code = add_participant(vault, "Olwen Brackenridge")
    raw = _ingest(vault, tmp_path / "src", code, 1)
    done = anonymise_items(vault, None, anonymiser=anonymiser)
    assert not done.failed and done.review == 2
    return {"code": code, "raw": raw, "src": tmp_path / "src", "out": tmp_path / "out"}


def _text(vault: Vault, raw_id: str) -> str:
    found = current_pair(vault, raw_id)
    assert found is not None
    data = objects.read_object(vault, found[0].redacted_id)
    return document_from_bytes(data, f"x.{found[0].kind}").text


def _spans(vault: Vault) -> dict[str, Any]:
    """Pending span by the text it covers (the test's own synthetic text)."""
    found = {}
    for span in pending_spans(vault):
        pair = current_pair(vault, span.transcript)
        assert pair is not None
        record = next(r for r in pair[1].review if r["id"] == span.span_id)
        found[str(record["text"]).split()[0]] = span
    return found


# --- decisions survive a re-run -----------------------------------------------------------------

def test_rerun_after_deny_list_change_replays_every_decision(vault: Vault,
                                                            study: dict[str, Any]) -> None:
    spans = _spans(vault)
    assert set(spans) == {"Harlow", "Kestrel"}
    decide(vault, spans["Harlow"], Decision.ACCEPT)
    decide(vault, spans["Kestrel"], Decision.REJECT)
    assert "Smudge" in _text(vault, study["raw"])  # the engine's miss
    change = add_to_deny_list(vault, "PERSON", ["Smudge", "Applethwaite"])
    assert change.stale == (study["raw"],) and change.added == 2
    assert [s.reasons for s in stale_transcripts(vault)] == [("terms",)]

    summary = anonymise_stale(vault)
    summary.check()
    assert summary.replayed == 2 and summary.review == 0  # nothing asked again
    text = _text(vault, study["raw"])
    assert "Smudge" not in text and "Harlow" not in text and "Kestrel Partners" in text
    assert pending_spans(vault) == [] and stale_transcripts(vault) == []
    # a second --stale finds nothing to do
    assert anonymise_stale(vault).items == []


def test_after_a_policy_change_only_new_spans_are_asked(vault: Vault,
                                                        study: dict[str, Any]) -> None:
    spans = _spans(vault)
    decide(vault, spans["Harlow"], Decision.ACCEPT)
    decide(vault, spans["Kestrel"], Decision.REJECT)
    policy = vault.policies_dir / "redaction.toml"
    # a stricter threshold: what was replaced with confidence now waits for review as well
    policy.write_text(policy.read_text(encoding="utf-8").replace("threshold = 0.5",
                                                                 "threshold = 0.9"),
                      encoding="utf-8")
    assert [s.reasons for s in stale_transcripts(vault)] == [("policy",)]
    summary = anonymise_stale(vault)
    summary.check()
    assert summary.replayed == 2 and summary.review >= 1
    asked = set(_spans(vault))
    assert asked and not asked & {"Harlow", "Kestrel"}  # the decided ones are not asked again
    text = _text(vault, study["raw"])
    assert "Harlow" not in text and "Kestrel Partners" in text


def test_new_spans_alone_go_to_review(vault: Vault, study: dict[str, Any],
                                      anonymiser: Any) -> None:
    spans = _spans(vault)
    decide(vault, spans["Harlow"], Decision.ACCEPT)
    # an allow-listed term is no longer a span; the other stays decided-by-nobody
    add_to_allow_list(vault, ["Kestrel Partners"])
    summary = anonymise_stale(vault)
    summary.check()
    assert summary.replayed == 1 and summary.review == 0
    assert "Kestrel Partners" in _text(vault, study["raw"])
    # a rerun of the same transcript (no policy change) replays again, asks nothing
    again = anonymise_items(vault, [study["raw"]], rerun=True, anonymiser=None)
    again.check()
    assert again.review == 0 and "Harlow" not in _text(vault, study["raw"])


def test_study_scope_decision_goes_on_the_deny_list(vault: Vault, study: dict[str, Any],
                                                    tmp_path: Path) -> None:
    spans = _spans(vault)
    result = decide(vault, spans["Kestrel"], Decision.ACCEPT, scope=Scope.STUDY)
    assert result.terms is not None and result.terms.stale == (study["raw"],)
    second = _ingest(vault, tmp_path / "more", study["code"], 2,
                     "Participant: Kestrel Partners rang me.\n")
    done = anonymise_items(vault, [second])
    done.check()
    assert "Kestrel" not in _text(vault, second)  # every occurrence, study-wide


def test_stale_after_the_raw_transcript_was_purged(vault: Vault, study: dict[str, Any]) -> None:
    """Retention often destroys raw transcripts first: --stale re-redacts from the redaction,
    finds the new deny-list term in it, and keeps the decisions made."""
    spans = _spans(vault)
    decide(vault, spans["Harlow"], Decision.ACCEPT)
    decide(vault, spans["Kestrel"], Decision.REJECT)
    raw = study["raw"]
    with vault.locked():
        with vault.write() as tx:  # what retention purge leaves: a tombstone, no file
            tx.execute("UPDATE items SET state = 'destroyed', original_name = NULL, "
                       "participant_marker = NULL, keyed_hash = NULL WHERE id = ?", (raw,))
        objects.discard(vault, raw)
    add_to_deny_list(vault, "PERSON", ["Smudge"])
    summary = anonymise_stale(vault)
    summary.check()
    text = _text(vault, raw)
    assert "Smudge" not in text and "Harlow" not in text and "Kestrel Partners" in text
    assert stale_transcripts(vault) == []
    found = current_pair(vault, raw)
    assert found is not None and found[1].source == "redacted"


# --- relabel ---------------------------------------------------------------------------------

def test_relabel_as_type_and_as_participant_replays(vault: Vault, study: dict[str, Any]) -> None:
    other = add_participant(vault, "Bryn Tallowfield")
    marker = resolve_code(vault, other)
    spans = _spans(vault)
    relabel(vault, spans["Harlow"], entity_type="LOCATION")
    relabel(vault, spans["Kestrel"], participant=other)
    text = _text(vault, study["raw"])
    assert "[PLACE]" in text and participant_token(marker) in text
    pair = current_pair(vault, study["raw"])
    assert pair is not None
    assert sorted((r["relabelled_from"], r["entity_type"], r["participant_marker"])
                  for r in pair[1].review) == [("ORGANISATION", "LOCATION", None),
                                               ("ORGANISATION", "PERSON", marker)]
    # a register change makes it stale; the re-run replays both relabels, asks nothing
    add_participant(vault, "Carys Underhill")
    assert [s.reasons for s in stale_transcripts(vault)] == [("register",)]
    summary = anonymise_stale(vault)
    summary.check()
    assert summary.replayed == 2 and summary.review == 0
    text = _text(vault, study["raw"])
    assert "[PLACE]" in text and participant_token(marker) in text


def test_relabel_refusals(vault: Vault, study: dict[str, Any]) -> None:
    span = _spans(vault)["Harlow"]
    with pytest.raises(InputError, match="either an entity type or a participant"):
        relabel(vault, span)
    with pytest.raises(InputError, match="unknown entity type 'PLANET'"):
        relabel(vault, span, entity_type="PLANET")
    with pytest.raises(InputError, match="study-wide"):
        relabel(vault, span, participant=study["code"], scope=Scope.STUDY)
    assert len(pending_spans(vault)) == 2  # nothing changed


# --- stale transcripts never ship ------------------------------------------------------------

def _accept_all(vault: Vault) -> None:
    apply_decisions(vault, {(s.transcript, s.span_id): Decision.ACCEPT
                            for s in pending_spans(vault)})


def test_release_refuses_stale_then_records_the_policy_hash(vault: Vault,
                                                            study: dict[str, Any]) -> None:
    _accept_all(vault)
    old = current_stamp(vault)
    policy = vault.policies_dir / "redaction.toml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("threshold = 0.5",
                                                                 "threshold = 0.45"),
                      encoding="utf-8")
    new = current_stamp(vault)
    assert new.policy_sha256 != old.policy_sha256
    with pytest.raises(ChecksFailed) as caught:
        create_release(vault, "r1", dataset_ids=[], transcripts="all", out_dir=study["out"])
    assert "1 transcript(s) are stale, redacted under an earlier policy" in caught.value.message
    assert "vault anonymise run --stale" in (caught.value.hint or "")
    assert not (study["out"] / "r1").exists()
    anonymise_stale(vault).check()
    _accept_all(vault)  # spans newly pending under the new threshold, if any
    result = create_release(vault, "r1", dataset_ids=[], transcripts="all",
                            out_dir=study["out"])
    [entry] = result.manifest["transcript_redactions"]
    assert entry["redaction_policy_sha256"] == new.policy_sha256
    assert entry["register"] == new.register and entry["study_terms"] == new.terms
    assert entry["file"].startswith("transcripts/")


def test_release_refuses_after_a_register_change(vault: Vault, study: dict[str, Any]) -> None:
    _accept_all(vault)
    add_participant(vault, "Carys Underhill")  # a new name to look for: the old redaction is stale
    with pytest.raises(ChecksFailed, match="stale, redacted under an earlier register"):
        create_release(vault, "r5", dataset_ids=[], transcripts="all", out_dir=study["out"])
    result = create_release(vault, "r5", dataset_ids=[], transcripts="all",
                            out_dir=study["out"], re_redact=True)
    [entry] = result.manifest["transcript_redactions"]
    assert entry["register"] == current_stamp(vault).register


def test_release_re_redact_brings_them_up_to_date(vault: Vault, study: dict[str, Any]) -> None:
    _accept_all(vault)
    redacted = current_pair(vault, study["raw"])[0].redacted_id  # type: ignore[index]
    add_to_deny_list(vault, "PERSON", ["Smudge"])
    result = create_release(vault, "r2", dataset_ids=[], transcripts=[redacted],
                            out_dir=study["out"], re_redact=True)
    [entry] = result.manifest["transcript_redactions"]
    assert entry["study_terms"] == 1 and entry["item"] != redacted
    body = (study["out"] / "r2" / entry["file"]).read_text(encoding="utf-8")
    assert "Smudge" not in body and "⟦" not in body
    # the superseded id points to its successor
    with pytest.raises(StoreError, match=f"item {redacted} was replaced by item {entry['item']}"):
        objects.present_item(vault, redacted)
    assert objects.successors(vault, [redacted]) == {redacted: entry["item"]}


def test_stale_is_exactly_the_out_of_date_ones(vault: Vault, study: dict[str, Any],
                                               tmp_path: Path, runner: CliRunner) -> None:
    add_to_deny_list(vault, "PERSON", ["Smudge"])
    fresh = _ingest(vault, tmp_path / "more", study["code"], 2, TEXT + "Interviewer: Thanks.\n")
    anonymise_items(vault, [fresh]).check()
    assert [s.raw_id for s in stale_transcripts(vault)] == [study["raw"]]
    vault.close()
    listed = runner.invoke(main, ["--json", "anonymise", "run", "--stale", "--dry-run"])
    assert listed.exit_code == 0, listed.output
    assert [(s["transcript"], s["reasons"]) for s in json.loads(listed.stdout)] == [
        (study["raw"], ["terms"])]
    result = runner.invoke(main, ["--json", "anonymise", "run", "--stale"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["items"]) == 1 and data["replayed"] == 0 and data["review"] == 2
    again = runner.invoke(main, ["anonymise", "run", "--stale", "--dry-run"])
    assert again.stdout.splitlines() == ["0 stale transcript(s)"]
    bad = runner.invoke(main, ["anonymise", "run", "--stale", "--all"])
    assert bad.exit_code == 2 and "--stale goes alone" in bad.output
    lone = runner.invoke(main, ["anonymise", "run", "--all", "--dry-run"])
    assert lone.exit_code == 2 and "--dry-run goes with --stale" in lone.output


def test_cli_deny_list_in_the_policy_file_end_to_end(vault: Vault, study: dict[str, Any],
                                                     runner: CliRunner) -> None:
    """The steward's shell path: review, add names to policies/redaction.toml's deny list,
    release refused, --stale replays every decision, release names the new policy hash."""
    spans = _spans(vault)
    decide(vault, spans["Harlow"], Decision.ACCEPT)
    decide(vault, spans["Kestrel"], Decision.REJECT)
    policy = vault.policies_dir / "redaction.toml"
    policy.write_text(policy.read_text(encoding="utf-8").replace(
        "[deny]\n", '[deny]\nPERSON = ["Smudge", "Applethwaite"]\n', 1), encoding="utf-8")
    new = current_stamp(vault)
    vault.close()
    out = str(study["out"])
    refused = runner.invoke(main, ["release", "create", "r4", "--transcripts", "all",
                                   "--out-dir", out])
    assert refused.exit_code == 3 and "stale, redacted under an earlier policy" in refused.stderr
    rerun = runner.invoke(main, ["--json", "anonymise", "run", "--stale"])
    assert rerun.exit_code == 0, rerun.output
    data = json.loads(rerun.stdout)
    assert data["replayed"] == 2 and data["review"] == 0
    released = runner.invoke(main, ["--json", "release", "create", "r4", "--transcripts", "all",
                                    "--out-dir", out])
    assert released.exit_code == 0, released.output
    manifest = json.loads((study["out"] / "r4" / "manifest.json").read_text(encoding="utf-8"))
    [entry] = manifest["transcript_redactions"]
    assert entry["redaction_policy_sha256"] == new.policy_sha256
    body = (study["out"] / "r4" / entry["file"]).read_text(encoding="utf-8")
    assert "Smudge" not in body and "Harlow" not in body and "Kestrel Partners" in body


def test_cli_release_refuses_stale_with_one_line(vault: Vault, study: dict[str, Any],
                                                 runner: CliRunner) -> None:
    _accept_all(vault)
    add_to_deny_list(vault, "PERSON", ["Smudge"])
    vault.close()
    result = runner.invoke(main, ["release", "create", "r3", "--transcripts", "all",
                                  "--out-dir", str(study["out"])])
    assert result.exit_code == 3, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("error: 1 transcript(s) are stale, redacted under an earlier terms")
    assert "Smudge" not in result.output


# --- export renders codes, superseded ids name their successor -------------------------------

def test_export_renders_codes_and_names_the_successor(vault: Vault, study: dict[str, Any],
                                                      runner: CliRunner,
                                                      tmp_path: Path) -> None:
    first = current_pair(vault, study["raw"])[0].redacted_id  # type: ignore[index]
    _accept_all(vault)
    now = current_pair(vault, study["raw"])[0].redacted_id  # type: ignore[index]
    vault.close()
    out = tmp_path / "export.txt"
    result = runner.invoke(main, ["export", now, "--out", str(out)])
    assert result.exit_code == 0, result.output
    body = out.read_text(encoding="utf-8")
    assert body.startswith(f"Interviewer: Thanks for coming, [{study['code']}].\n")
    assert "⟦" not in body and "pt_" not in body
    old = runner.invoke(main, ["export", first, "--out", str(tmp_path / "old.txt")])
    assert old.exit_code != 0
    assert f"item {first} was replaced by item {now}" in old.stderr
    assert not (tmp_path / "old.txt").exists()
    listed = runner.invoke(main, ["--json", "list", "--class", "transcript_redacted"])
    assert listed.exit_code == 0, listed.output
    items = json.loads(listed.stdout)
    check_listing("items", items)  # docs/json.md
    assert {i["id"]: i.get("replaced_by") for i in items} == {first: now, now: None}
    text = runner.invoke(main, ["list", "--class", "transcript_redacted"])
    assert f"replaced by {now}" in text.stdout
