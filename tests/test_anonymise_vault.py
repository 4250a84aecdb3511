"""In-vault anonymisation (``vault.anonymise.stored_transcripts``, ``vault anonymise run ITEM…|--all``).

The module-scoped ``study`` is the synthetic sample (3 participants, 12 transcripts in all four
formats): register imported, transcripts ingested under the study's own codes, then anonymised
once. The spaCy model loads once per worker (``anonymiser`` fixture).
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _vaults import custodial_vault
from click.testing import CliRunner

from cli import main
from vault import age, objects
from vault.anonymise.formats import document_from_bytes, render_document
from vault.anonymise.stored_transcripts import (
    LOG_CLASS,
    REDACTED_CLASS,
    anonymise_items,
    current_book,
    read_log,
)
from vault.codes.epochs import current_codes
from vault.ingest import ingest_files
from vault.markers import MARKER_RE
from vault.participants import import_register, load_register
from vault.sample import IdentifierKind
from vault.store import Vault


def ingest_sample(vault: Vault, sample: Any) -> dict[Path, str]:
    """Import the sample's register and ingest its transcripts (its own codes map)."""
    import_register(vault, sample.register.read_bytes())
    raw: dict[Path, str] = {}
    for interview in sample.interviews:
        summary = ingest_files(vault, [interview.transcript], data_class="transcript_raw",
                               participant_code=interview.code, interview=interview.number)
        summary.check()
        raw[interview.transcript] = summary.ingested[0].id
    return raw


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory, anonymiser: Any) -> Iterator[dict[str, Any]]:
    from vault.sample import generate_study

    base = tmp_path_factory.mktemp("anonstudy")
    sample = generate_study(base / "study", seed=7, participants=3, audio_seconds=0.1)
    with pytest.MonkeyPatch.context() as mp:
        vault = custodial_vault(base, mp, "Anonymise study")
        raw = ingest_sample(vault, sample)
        summary = anonymise_items(vault, None, anonymiser=anonymiser)
        yield {"vault": vault, "sample": sample, "raw": raw, "summary": summary, "base": base}
        vault.close()


def redacted_of(vault: Vault, raw_id: str) -> Any:
    return vault.db.execute("SELECT * FROM items WHERE parent_id = ? AND data_class = ? AND "
                            "state = 'present'", (raw_id, REDACTED_CLASS)).fetchone()


def rendered(vault: Vault, raw_id: str) -> Any:
    row = redacted_of(vault, raw_id)
    data = objects.read_object(vault, row["id"])
    doc = document_from_bytes(data, f"{row['id']}.{row['media_format']}")
    return data, doc, render_document(doc, current_codes(vault))


# -- the sample study ---------------------------------------------------------------------------

def test_every_transcript_redacted_once(study: dict[str, Any]) -> None:
    _vault, summary = study["vault"], study["summary"]
    assert not summary.failed and len(summary.done) == len(study["raw"]) == 12
    assert sorted(summary.items) == sorted(d.redacted_id for d in summary.done)
    assert {study["sample"].gold[p].transcript.suffix for p in study["raw"]} == {
        ".txt", ".docx", ".vtt", ".srt"}
    assert summary.counts["EMAIL"] >= 12 and summary.counts["PERSON"] > 12
    assert set(summary.to_json()) == {"items", "counts", "review", "replayed", "failed"}


@pytest.mark.parametrize("kind", [
    IdentifierKind.EMAIL, IdentifierKind.PHONE, IdentifierKind.NHS_NUMBER,
    IdentifierKind.POSTCODE,
    IdentifierKind.PARTICIPANT_NAME, IdentifierKind.GMC_NUMBER,
])
def test_no_gold_identifier_survives(study: dict[str, Any], kind: IdentifierKind) -> None:
    vault = study["vault"]
    survivors = []
    for path, raw_id in study["raw"].items():
        _, _, doc = rendered(vault, raw_id)
        text = doc.text
        survivors += [(path.name, t) for t in study["sample"].gold[path].texts(kind) if t in text]
    assert not survivors, f"{len(survivors)} {kind} identifiers survived"


def test_participant_full_names_never_survive(study: dict[str, Any]) -> None:
    vault = study["vault"]
    names = [p.name for p in study["sample"].participants]
    for raw_id in study["raw"].values():
        _, _, doc = rendered(vault, raw_id)
        assert not [n for n in names if n in doc.text]


def test_code_rendered_late(study: dict[str, Any]) -> None:
    """Stored text holds marker tokens, never codes (current or pre-vault); rendering gives
    "[CODE]" of the current epoch."""
    import re

    vault = study["vault"]
    codes = current_codes(vault)
    old_codes = {i.code for i in study["sample"].interviews}
    for path, raw_id in study["raw"].items():
        row = redacted_of(vault, raw_id)
        code = codes[row["participant_marker"]]
        _data, doc, out = rendered(vault, raw_id)
        assert row["participant_marker"] in {m.group(1) for m in MARKER_RE.finditer(doc.text)}
        words = set(re.findall(r"[A-Z][A-Z0-9]+", doc.text))
        assert code not in words and not words & old_codes, path.name
        assert f"[{code}]" in out.text
        assert f"[{code}]:" in out.text  # the speaker label
        assert not MARKER_RE.search(out.text)


def _labels(text: str) -> list[str]:
    return [line.split(": ", 1)[0] for line in text.splitlines() if ": " in line[:30]]


def test_structure_kept(study: dict[str, Any]) -> None:
    import re

    vault = study["vault"]
    timing = re.compile(r"^\S+ --> \S+.*$", re.MULTILINE)
    for path, raw_id in study["raw"].items():
        original = document_from_bytes(path.read_bytes(), path.name)
        data, doc, _ = rendered(vault, raw_id)
        assert doc.kind == original.kind
        assert len(doc.segments) == len(original.segments)
        if doc.kind == "docx":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                assert "word/document.xml" in archive.namelist()
            continue
        before, after = path.read_text("utf-8"), data.decode("utf-8")
        assert len(after.splitlines()) == len(before.splitlines())
        # speaker labels stay; a label that is the participant's (pre-vault) code becomes the
        # participant's marker token, rendered "[CODE]" of the current epoch on release
        code = next(i.code for i in study["sample"].interviews if i.transcript == path)
        token = f"\u27e6P:{redacted_of(vault, raw_id)['participant_marker']}\u27e7"
        assert code in _labels(before)
        assert _labels(after) == [token if label == code else label for label in _labels(before)]
        if doc.kind in ("vtt", "srt"):
            assert timing.findall(after) == timing.findall(before) != []
            assert doc.fixed == original.fixed


def test_catalog_contract_and_log(study: dict[str, Any]) -> None:
    vault = study["vault"]
    custody = vault.custody()
    for path, raw_id in study["raw"].items():
        raw = vault.db.execute("SELECT * FROM items WHERE id = ?", (raw_id,)).fetchone()
        red = redacted_of(vault, raw_id)
        logs = vault.db.execute("SELECT * FROM items WHERE parent_id = ? AND data_class = ? AND "
                                "state = 'present'", (raw_id, LOG_CLASS)).fetchall()
        assert len(logs) == 1
        for row in (red, logs[0]):
            assert (row["participant_marker"], row["interview"]) == (
                raw["participant_marker"], raw["interview"])
        assert red["media_format"] == raw["media_format"]
        name = age.decrypt_bytes(red["original_name"], [custody.class_identity(red["key_id"])])
        assert name.decode() == path.name
        assert vault.db.execute("SELECT data_class FROM keys WHERE id = ?",
                                (red["key_id"],)).fetchone()[0] == REDACTED_CLASS
        log = read_log(vault, logs[0]["id"])
        assert log.raw_id == raw_id and log.redacted_id == red["id"]
        original = document_from_bytes(path.read_bytes(), path.name)
        for span in log.spans:
            assert set(span) >= {"segment", "start", "end", "entity_type", "replacement",
                                 "detector", "score", "text", "status"}
            assert original.segments[span["segment"]][span["start"]:span["end"]] == span["text"]
        assert all(r["status"] == "pending" for r in log.review)


def test_audit_has_counts_and_ids_only(study: dict[str, Any]) -> None:
    vault = study["vault"]
    entries = [e for e in vault.audit.entries() if e.action == "anonymise"]
    assert len(entries) == 12
    text = (vault.root / "audit.log").read_text("utf-8")
    for participant in study["sample"].participants:
        assert participant.name not in text and participant.email not in text
    assert set(entries[0].details) == {"counts", "review", "superseded", "catalog"}
    # the catalog facts a restored catalog needs: ids, classes, sizes, hashes; markers sealed
    markers = [r[0] for r in vault.db.execute("SELECT marker FROM participants")]
    assert not [m for m in markers if m in text]


def test_no_plaintext_at_rest(study: dict[str, Any]) -> None:
    gold = set()
    for path in study["raw"]:
        g = study["sample"].gold[path]
        for kind in (IdentifierKind.EMAIL, IdentifierKind.PHONE, IdentifierKind.NHS_NUMBER,
                     IdentifierKind.PERSON):
            gold.update(g.texts(kind)[:3])
    gold.update(p.name for p in study["sample"].participants)
    gold.add("Interviewer:")  # the transcripts' own plaintext, not only identifiers
    assert len(gold) > 20
    for path in study["vault"].root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not [g for g in gold if g.encode() in data], path.name


def test_all_again_does_nothing(study: dict[str, Any], snapshot: Any) -> None:
    vault = study["vault"]
    before = snapshot(vault.root)
    again = anonymise_items(vault, None)
    assert again.done == () and again.failed == ()
    named = anonymise_items(vault, list(study["raw"].values())[:2])
    assert named.done == () and len(named.skipped) == 2
    assert snapshot(vault.root) == before


# -- small vaults: pseudonyms, failures, rerun, the CLI -------------------------------------------

@pytest.fixture
def small(vault: Vault, tmp_path: Path) -> dict[str, Any]:
    """A vault with two participants and a helper to ingest a transcript for one of them."""
    from vault.participants import add_participant

    code_a = add_participant(vault, "Olwen Brackenridge", email="olwen.b@example.org")
    code_b = add_participant(vault, "Tobias Wetherell")
    src = tmp_path / "src"
    src.mkdir()

    def put(code: str, interview: int, name: str, data: bytes) -> str:
        path = src / name
        path.write_bytes(data)
        summary = ingest_files(vault, [path], data_class="transcript_raw",
                               participant_code=code, interview=interview)
        summary.check()
        return summary.ingested[0].id

    return {"a": code_a, "b": code_b, "put": put}


FIRST = ("Interviewer: Thanks for coming, Olwen.\n"
         "Participant: My mentor Dr Fergus Applethwaite was great. "
         "Dr Imelda Strachan less so.\n")
SECOND = ("Interviewer: Last time you mentioned your mentor.\n"
          "Participant: Yes, Dr Imelda Strachan retired. Dr Fergus Applethwaite still calls.\n")


def _label_of(text: str, surname: str) -> str:
    import re

    match = re.search(r"\[Colleague [A-Z]+\]", text.split(surname)[0][-40:] + text)
    assert match is not None
    return match.group()


def test_pseudonyms_consistent_across_interviews(vault: Vault, small: dict[str, Any],
                                                 anonymiser: Any) -> None:
    first = small["put"](small["a"], 1, "a1.txt", FIRST.encode())
    done1 = anonymise_items(vault, [first], anonymiser=anonymiser)
    second = small["put"](small["a"], 2, "a2.txt", SECOND.encode())
    other = small["put"](small["b"], 1, "b1.txt", SECOND.replace("Yes", "Well").encode())
    done2 = anonymise_items(vault, None, anonymiser=anonymiser)  # a separate run
    assert not done1.failed and not done2.failed and len(done2.done) == 2
    text1 = objects.read_object(vault, done1.done[0].redacted_id).decode()
    ids = {d.raw_id: d.redacted_id for d in done2.done}
    text2 = objects.read_object(vault, ids[second]).decode()
    text_other = objects.read_object(vault, ids[other]).decode()
    for t in (text1, text2, text_other):
        assert "Applethwaite" not in t and "Strachan" not in t
    # participant A: the same people keep their labels in interview 2, in a different order
    assert "mentor [Colleague A] was great. [Colleague B] less so." in text1
    assert "Yes, [Colleague B] retired. [Colleague A] still calls." in text2
    # participant B has a book of their own: labels start afresh in order of appearance
    assert "Well, [Colleague A] retired. [Colleague B] still calls." in text_other
    marker_a = redacted_of(vault, first)["participant_marker"]
    book, revision = current_book(vault, marker_a)
    assert revision == 2 and len(book) >= 2


def test_one_participants_transcripts_in_bounded_batches(vault: Vault, small: dict[str, Any],
                                                         anonymiser: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory is bounded by the batch: with a tiny budget each interview is its own engine
    call, and the participant's pseudonym book still carries the labels across them."""
    from vault.anonymise import stored_transcripts

    monkeypatch.setattr(stored_transcripts, "BATCH_CHARS", 1)
    first = small["put"](small["a"], 1, "a1.txt", FIRST.encode())
    second = small["put"](small["a"], 2, "a2.txt", SECOND.encode())
    done = anonymise_items(vault, None, anonymiser=anonymiser)
    assert not done.failed and len(done.done) == 2
    ids = {d.raw_id: d.redacted_id for d in done.done}
    text1 = objects.read_object(vault, ids[first]).decode()
    text2 = objects.read_object(vault, ids[second]).decode()
    assert "mentor [Colleague A] was great. [Colleague B] less so." in text1
    assert "Yes, [Colleague B] retired. [Colleague A] still calls." in text2
    book, revision = current_book(vault, redacted_of(vault, first)["participant_marker"])
    assert revision == 2 and len(book) >= 2


def _broken_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "not xml at all <<<")
    return out.getvalue()


def test_malformed_docx_fails_alone_exit_4(vault: Vault, small: dict[str, Any],
                                           runner: CliRunner) -> None:
    good = small["put"](small["a"], 1, "good.txt", FIRST.encode())
    bad = small["put"](small["b"], 1, "Tobias Wetherell.docx", _broken_docx())
    result = runner.invoke(main, ["--json", "anonymise", "run", "--all"])
    assert result.exit_code == 4, result.output
    data = json.loads(result.stdout)
    assert data["failed"] == [bad] and len(data["items"]) == 1
    assert f"failed: {bad}: {bad}.docx: not a valid .docx file" in result.stderr
    assert "Tobias" not in result.output
    vault.close()
    reopened = Vault.open(vault.root)
    assert redacted_of(reopened, good) is not None and redacted_of(reopened, bad) is None
    assert not reopened.open_operations()
    assert not list(reopened.objects_dir.glob(".tmp-*"))
    reopened.close()


def test_unknown_item_clear_error_vault_unchanged(vault: Vault, small: dict[str, Any],
                                                  runner: CliRunner,
                                                  snapshot: Any) -> None:
    small["put"](small["a"], 1, "good.txt", FIRST.encode())
    vault.close()
    before = snapshot(vault.root)
    result = runner.invoke(main, ["anonymise", "run", "it_000000000000"])
    assert result.exit_code == 10
    assert result.stderr.strip() == ("error: no item it_000000000000 in this vault — see "
                                     "`vault list` for item ids")
    assert snapshot(vault.root) == before
    result = runner.invoke(main, ["anonymise", "run", "../etc"])
    assert result.exit_code == 10 and snapshot(vault.root) == before


def test_not_a_raw_transcript_refused(vault: Vault, small: dict[str, Any], snapshot: Any,
                                      anonymiser: Any) -> None:
    from vault.errors import InputError

    raw = small["put"](small["a"], 1, "good.txt", FIRST.encode())
    done = anonymise_items(vault, [raw], anonymiser=anonymiser)
    before = snapshot(vault.root)
    with pytest.raises(InputError, match="not a raw transcript"):
        anonymise_items(vault, [raw, done.done[0].redacted_id], anonymiser=anonymiser)
    assert snapshot(vault.root) == before


def test_cli_text_and_json(vault: Vault, small: dict[str, Any],
                           runner: CliRunner) -> None:
    raw = small["put"](small["a"], 1, "good.txt", FIRST.encode())
    vault.close()
    result = runner.invoke(main, ["anonymise", "run", raw])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "1 transcript(s) anonymised, 0 span(s) for review"
    assert "PERSON: 3" in result.stdout.splitlines()
    again = runner.invoke(main, ["--json", "anonymise", "run", "--all"])
    assert again.exit_code == 0
    assert json.loads(again.stdout) == {"items": [], "counts": {}, "review": 0, "replayed": 0,
                                        "failed": []}
    both = runner.invoke(main, ["anonymise", "run", raw, "--all"])
    assert both.exit_code == 2


def test_rerun_supersedes_the_pair(vault: Vault, small: dict[str, Any], anonymiser: Any) -> None:
    from vault.inventory import verify_objects

    raw = small["put"](small["a"], 1, "good.txt", FIRST.encode())
    first = anonymise_items(vault, [raw], anonymiser=anonymiser).done[0]
    again = anonymise_items(vault, [raw], anonymiser=anonymiser, rerun=True).done[0]
    assert again.redacted_id != first.redacted_id
    states = dict(vault.db.execute("SELECT id, state FROM items WHERE id IN (?, ?, ?, ?)",
                                   (first.redacted_id, first.log_id, again.redacted_id,
                                    again.log_id)).fetchall())
    assert states == {first.redacted_id: "destroyed", first.log_id: "destroyed",
                      again.redacted_id: "present", again.log_id: "present"}
    assert not vault.object_path(first.redacted_id).exists()
    assert verify_objects(vault).ok and not vault.open_operations()


def test_too_long_fails_alone(vault: Vault, small: dict[str, Any], anonymiser: Any,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    from vault.anonymise import limits
    from vault.errors import PartialFailure

    long = small["put"](small["a"], 1, "long.txt", (FIRST * 40).encode())
    short = small["put"](small["b"], 1, "short.txt", SECOND.encode())
    monkeypatch.setattr(limits, "MAX_DOCUMENT_CHARS", 1000)
    summary = anonymise_items(vault, None, anonymiser=anonymiser)
    assert [f.item for f in summary.failed] == [long]
    assert "too long" in summary.failed[0].error.message
    assert [d.raw_id for d in summary.done] == [short]
    with pytest.raises(PartialFailure) as caught:
        summary.check()
    assert caught.value.exit_code == 4 and caught.value.failed == [long]


def test_register_used_for_markers(vault: Vault, small: dict[str, Any], anonymiser: Any) -> None:
    raw = small["put"](small["a"], 1, "good.txt",
                       b"Interviewer: Is it olwen.b@example.org?\nParticipant: Yes.\n")
    done = anonymise_items(vault, [raw], anonymiser=anonymiser).done[0]
    text = objects.read_object(vault, done.redacted_id).decode()
    assert "olwen.b@example.org" not in text
    marker = next(e.marker for e in load_register(vault).entries if e.code == small["a"])
    assert f"\u27e6P:{marker}\u27e7" in text
