"""An audit trail an intruder cannot rewrite, and a catalog that never silently forgets.

Each test plays the attack or accident of issue 13 on real copies of the vault's files (with
``sqlite3``, byte edits, file moves), then runs the real commands.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cli import main
from conftest import add_test_participant
from vault import age, custodians, keys
from vault.audit import ENTRY_CONTEXT
from vault.signed_note import NoteSigner, NoteVerifier, open_note
from vault.store import Vault
from vault.tlog import Checkpoint, merkle_root


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def lines(root: Path) -> list[bytes]:
    return (root / "audit.log").read_bytes().splitlines(keepends=True)


def rewrite_meta(root: Path, log: bytes) -> None:
    """What an intruder does with plain SQL: make the catalog's head match a rewritten log."""
    last = log.splitlines()[-1]
    db = sqlite3.connect(root / "catalog.sqlite")
    with db:
        db.executemany("UPDATE meta SET value = ? WHERE key = ?",
                       [(hashlib.sha256(last).hexdigest(), "audit_head"),
                        (str(len(log.splitlines())), "audit_seq"), (str(len(log)), "audit_size")])
    db.close()


def backup_catalog(root: Path, to: Path) -> None:
    """A consistent copy of the catalog, as `sqlite3 catalog.sqlite .backup` makes one."""
    src, dst = sqlite3.connect(root / "catalog.sqlite"), sqlite3.connect(to)
    src.backup(dst)
    src.close()
    dst.close()


def restore_catalog(root: Path, backup: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{root / 'catalog.sqlite'}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, root / "catalog.sqlite")


def add_events(n: int, start: int = 1) -> None:
    for i in range(start, start + n):
        result = run("event", "set", "final_report", f"2026-{1 + i // 28:02d}-{1 + i % 28:02d}")
        assert result.exit_code == 0, result.output


@pytest.fixture
def busy(vault_dir: Path) -> Path:
    """A custodial vault with a dozen entries."""
    add_events(10)
    return vault_dir


# -- signed entries ---------------------------------------------------------------------------

def test_every_entry_after_the_key_is_signed_and_the_key_is_recorded(busy: Path) -> None:
    log = [json.loads(line) for line in lines(busy)]
    assert [e["action"] for e in log[:2]] == ["vault.init", "custodian.init"]
    assert "sig" not in log[0] and all("sig" in e for e in log[1:])
    vkey = log[1]["details"]["signing_key"]
    assert f'signing_key = "{vkey}"' in (busy / "vault.toml").read_text()
    verifier = NoteVerifier.from_vkey(vkey)
    for entry in log[1:]:
        raw = base64.b64decode(entry["sig"])
        unsigned = {k: v for k, v in entry.items() if k != "sig"}
        message = ENTRY_CONTEXT + json.dumps(unsigned, sort_keys=True,
                                             separators=(",", ":")).encode()
        assert raw[:4] == verifier.key_id and verifier.verify(message, raw[4:])
    result = run("audit", "verify")
    assert result.exit_code == 0
    assert result.output.startswith(f"audit log OK: {len(log)} entries")
    assert "signed from entry 2" in result.output
    assert run("audit", "key").output.strip() == vkey


def test_edit_rehash_and_rewrite_meta_without_the_key_fails(busy: Path) -> None:
    log = [json.loads(line) for line in lines(busy)]
    log[4]["outcome"] = "failed"
    prev = log[0]["prev"]
    rebuilt = b""
    for entry in log:  # recompute every later hash, keep the (now wrong) signatures
        entry["prev"] = prev
        raw = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode()
        rebuilt += raw + b"\n"
        prev = hashlib.sha256(raw).hexdigest()
    (busy / "audit.log").write_bytes(rebuilt)
    rewrite_meta(busy, rebuilt)
    result = run("audit", "verify")
    assert result.exit_code == 15
    assert "line 5's signature does not verify with the vault's signing key" in result.output
    # dropping the signatures instead does not help either
    unsigned = b"".join(line.replace(b',"sig":"', b',"x":"') for line in rebuilt.splitlines(
        keepends=True))
    (busy / "audit.log").write_bytes(unsigned)
    result = run("audit", "verify")
    assert result.exit_code == 15 and "line 2" in result.output


def checkpoint(root: Path, name: str) -> Path:
    out = root.parent / name
    result = run("audit", "checkpoint", "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_checkpoint_is_a_c2sp_signed_note(busy: Path) -> None:
    note = checkpoint(busy, "cp.txt").read_text()
    vkey = run("audit", "key").output.strip()
    verifier = NoteVerifier.from_vkey(vkey)
    text = open_note(note, verifier)
    body = text.splitlines()
    assert body[0] == verifier.name == f"vault/{Vault.open(busy).info.study_id}"
    leaves = [line.rstrip(b"\n") for line in lines(busy)]
    assert body[1] == str(len(leaves))
    assert base64.b64decode(body[2]) == merkle_root(leaves)
    point = Checkpoint.parse(text)
    assert point.head == hashlib.sha256(leaves[-1]).hexdigest()
    sig_line = note.splitlines()[-1]
    assert sig_line.startswith(f"\u2014 {verifier.name} ")
    assert base64.b64decode(sig_line.split()[-1])[:4] == verifier.key_id


def test_truncate_and_rewrite_meta_is_caught_by_a_checkpoint(busy: Path) -> None:
    point = checkpoint(busy, "cp.txt")
    total = len(lines(busy))
    kept = b"".join(lines(busy)[:-4])
    (busy / "audit.log").write_bytes(kept)
    rewrite_meta(busy, kept)
    before = (busy / "audit.log").read_bytes()
    # without an outside anchor a clean truncation of signed entries cannot be seen ...
    assert run("audit", "verify").exit_code == 0
    # ... with one it is, naming the first missing entry
    result = run("audit", "verify", "--checkpoint", str(point))
    assert result.exit_code == 15
    assert (f"has {total - 4} entries but the checkpoint of" in result.output
            and f"entries from sequence number {total - 3} on are missing" in result.output)
    assert (busy / "audit.log").read_bytes() == before


def test_a_fork_after_a_checkpoint_is_caught(busy: Path, tmp_path: Path) -> None:
    """A custodian restores catalog and log from an older backup and carries on writing: the
    log has as many entries as the checkpoint, but another history."""
    saved = tmp_path / "saved"
    saved.mkdir()
    backup_catalog(busy, saved / "catalog.sqlite")
    shutil.copyfile(busy / "audit.log", saved / "audit.log")
    add_events(3, start=20)
    point = checkpoint(busy, "cp.txt")
    restore_catalog(busy, saved / "catalog.sqlite")
    shutil.copyfile(saved / "audit.log", busy / "audit.log")
    add_events(5, start=40)
    assert run("audit", "verify").exit_code == 0
    result = run("audit", "verify", "--checkpoint", str(point))
    assert result.exit_code == 15
    assert "does not extend the checkpoint" in result.output


def test_resigning_with_another_key_is_caught(busy: Path, tmp_path: Path) -> None:
    point = checkpoint(busy, "cp.txt")
    vkey = run("audit", "key").output.strip()
    study = Vault.open(busy).info.study_id
    forger = NoteSigner(f"vault/{study}", Ed25519PrivateKey.generate())
    fake = forger.verifier.vkey
    log = [json.loads(line) for line in lines(busy)]
    log[1]["details"]["signing_key"] = fake
    log[6]["outcome"] = "failed"
    prev, rebuilt = log[0]["prev"], b""
    for entry in log:
        entry["prev"] = prev
        entry.pop("sig", None)
        if entry["seq"] >= 2:
            message = ENTRY_CONTEXT + json.dumps(entry, sort_keys=True,
                                                 separators=(",", ":")).encode()
            entry["sig"] = base64.b64encode(forger.signature(message)).decode()
        raw = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode()
        rebuilt += raw + b"\n"
        prev = hashlib.sha256(raw).hexdigest()
    (busy / "audit.log").write_bytes(rebuilt)
    rewrite_meta(busy, rebuilt)
    toml = busy / "vault.toml"
    toml.write_text(toml.read_text().replace(vkey, fake))
    db = sqlite3.connect(busy / "catalog.sqlite")
    with db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'signing_key'", (fake,))
    db.close()
    result = run("audit", "verify", "--checkpoint", str(point))
    assert result.exit_code == 15 and "the note is not signed by key" in result.output
    result = run("audit", "verify", "--key", vkey)
    assert result.exit_code == 15 and "not the key you gave" in result.output


def test_junk_appended_fails_verify_and_leaves_the_file(busy: Path) -> None:
    with (busy / "audit.log").open("ab") as fh:
        fh.write(b'{"junk":1}\n')
    before = (busy / "audit.log").read_bytes()
    result = run("audit", "verify")
    assert result.exit_code == 15
    assert ("1 entry past the catalog's head (first not in the catalog: sequence number 13), "
            "not signed entries of this vault") in result.output
    assert (busy / "audit.log").read_bytes() == before
    listed = run("list")  # reading still works, with a warning; nothing is cut
    assert listed.exit_code == 0 and "warning: audit.log holds 1 entry past" in listed.output
    assert (busy / "audit.log").read_bytes() == before
    refused = run("event", "set", "final_report", "2026-03-31")
    assert refused.exit_code == 15 and "vault audit reconcile" in refused.output
    assert (busy / "audit.log").read_bytes() == before
    # a custodian looks, then moves the junk aside: kept, verified log again
    result = run("audit", "reconcile")
    assert result.exit_code == 0, result.output
    quarantined = list((busy / "audit.quarantine").iterdir())
    assert [p.read_bytes() for p in quarantined] == [b'{"junk":1}\n']
    assert (busy / "audit.log").read_bytes().startswith(before[:-len(b'{"junk":1}\n')])
    assert run("audit", "verify").exit_code == 0
    last = json.loads(lines(busy)[-1])
    assert last["action"] == "audit.reconcile" and last["details"]["quarantined_bytes"] == 11


@pytest.mark.parametrize("step", ["quarantined", "cut", "committed"])
def test_reconcile_failing_midway_is_completed_by_running_it_again(
        busy: Path, arm_fault: Any, step: str) -> None:
    """An error inside `vault audit reconcile` (here injected at a fault point) loses no byte,
    and the next run records the quarantine file the failed one left, exactly once."""
    from vault.faults import InjectedFault
    from vault.operations import open_vault
    from vault.reconcile import reconcile

    with (busy / "audit.log").open("ab") as fh:
        fh.write(b'{"junk":1}\n')
    arm_fault(f"audit-reconcile.{step}:raise")
    vault = open_vault(busy)
    with pytest.raises(InjectedFault):
        reconcile(vault)
    vault.close()
    arm_fault(None)
    vault = open_vault(busy)  # recovery records a quarantine the cut left, if that was all
    reconcile(vault)
    assert vault.open_operations() == []
    vault.close()
    assert [p.read_bytes() for p in (busy / "audit.quarantine").iterdir()] == [b'{"junk":1}\n']
    assert run("audit", "verify").exit_code == 0
    recorded = [json.loads(line) for line in lines(busy)]
    assert [e["details"]["quarantined_bytes"] for e in recorded
            if e["action"] == "audit.reconcile"] == [11]


# -- a catalog that never silently forgets ------------------------------------------------------

@pytest.mark.parametrize("damage", ["moved", "empty", "no-schema"])
def test_missing_or_empty_catalog_is_refused_and_the_log_untouched(busy: Path, tmp_path: Path,
                                                                   damage: str) -> None:
    catalog = busy / "catalog.sqlite"
    for suffix in ("", "-wal", "-shm"):  # the whole catalog: its WAL holds committed pages
        if Path(f"{catalog}{suffix}").exists():
            shutil.move(f"{catalog}{suffix}", tmp_path / f"catalog.sqlite{suffix}")
    if damage == "empty":
        catalog.write_bytes(b"")
    elif damage == "no-schema":
        sqlite3.connect(catalog).close()
        catalog.write_bytes(b"")
        db = sqlite3.connect(catalog)
        db.execute("CREATE TABLE x (y)")
        db.close()
    before = (busy / "audit.log").read_bytes()
    for args in (["list"], ["audit", "verify"], ["verify"], ["event", "set", "final_report", "2026-01-01"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 10, (args, result.output)
        assert result.output.count("\n") == 1 and "error:" in result.output
        assert "never recreates it" in result.output
        assert (busy / "audit.log").read_bytes() == before
    assert catalog.exists() == (damage != "moved")
    # put it back: everything works again
    catalog.unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        if (tmp_path / f"catalog.sqlite{suffix}").exists():
            shutil.move(tmp_path / f"catalog.sqlite{suffix}", f"{catalog}{suffix}")
    assert run("audit", "verify").exit_code == 0
    assert run("list").exit_code == 0


# -- an older catalog restored ----------------------------------------------------------------

def ingest_one(tmp_path: Path, make_wav: Callable[..., Path], code: str, n: int) -> str:
    wav = make_wav(tmp_path / f"rec{n}.wav", seed=n)
    result = run("--json", "ingest", "audio", str(wav), "--participant", code,
                 "--interview", str(n))
    assert result.exit_code == 0, result.output
    return str(json.loads(result.output)["ingested"][0]["id"])


def test_an_older_catalog_restored_loses_nothing(vault: Vault, tmp_path: Path,
                                                 make_wav: Callable[..., Path]) -> None:
    root = vault.root
    code = add_test_participant(vault, "Ada Example")
    vault.close()
    first = ingest_one(tmp_path, make_wav, code, 1)
    backup = tmp_path / "catalog-backup.sqlite"
    backup_catalog(root, backup)
    head = len(lines(root))
    later = [ingest_one(tmp_path, make_wav, code, n) for n in (2, 3)]
    add_events(1)
    log_before = (root / "audit.log").read_bytes()
    objects_before = sorted(os.listdir(root / "objects"))
    restore_catalog(root, backup)
    # any command: nothing cut, nothing deleted, the divergence said
    listed = run("list")
    assert listed.exit_code == 0
    assert (f"first not in the catalog: sequence number {head + 1}" in listed.output
            and "all signed by this vault's key" in listed.output
            and "2 object file(s) not in the catalog are recorded in it" in listed.output)
    verified = run("audit", "verify")
    assert verified.exit_code == 15 and f"sequence number {head + 1}" in verified.output
    refused = run("event", "set", "final_report", "2026-03-31")
    assert refused.exit_code == 15
    repaired = run("verify", "--repair")
    assert repaired.exit_code in (13, 15)
    assert (root / "audit.log").read_bytes() == log_before
    assert sorted(os.listdir(root / "objects")) == objects_before
    # the documented way back: adopt the signed tail, re-catalogue the objects
    dry = run("audit", "reconcile", "--dry-run")
    assert dry.exit_code == 0 and "would adopt entries" in dry.output
    assert (root / "audit.log").read_bytes() == log_before
    done = run("--json", "audit", "reconcile")
    assert done.exit_code == 0, done.output
    report = json.loads(done.stdout)
    assert report["adopted"] == [head + 1, log_before.count(b"\n")]
    assert sorted(report["recatalogued"]) == sorted(later)
    assert report["not_reapplied"] == {"event.set": 1}
    assert (root / "audit.log").read_bytes().startswith(log_before)
    assert sorted(os.listdir(root / "objects")) == objects_before
    assert run("audit", "verify").exit_code == 0
    checked = run("verify")
    assert checked.exit_code == 0, checked.output
    listed = json.loads(run("--json", "list").stdout)
    assert {first, *later} <= {i["id"] for i in listed}


def test_verify_repair_never_deletes_an_object_the_log_records(vault: Vault, tmp_path: Path,
                                                                make_wav: Callable[..., Path]
                                                                ) -> None:
    root = vault.root
    code = add_test_participant(vault, "Ada Example")
    vault.close()
    item = ingest_one(tmp_path, make_wav, code, 1)
    db = sqlite3.connect(root / "catalog.sqlite")
    with db:  # the catalog forgets the item (an older copy would)
        db.execute("DELETE FROM items WHERE id = ?", (item,))
    db.close()
    stray = root / "objects" / "it_000000000000.age"
    stray.write_bytes(b"never recorded")
    result = run("verify", "--repair")
    assert result.exit_code == 13
    assert f"orphan   objects/{item}.age  (recorded in the audit log: kept)" in result.output
    assert "orphan   objects/it_000000000000.age  (removed)" in result.output
    assert (root / "objects" / f"{item}.age").exists() and not stray.exists()


# -- crashes around the commit ----------------------------------------------------------------

def test_committed_lines_reach_the_log_after_a_crash(busy: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed after COMMIT, before the line reached audit.log (or half of it): the next
    command appends exactly the missing bytes."""
    from vault.audit import AuditLog

    before = (busy / "audit.log").read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(AuditLog, "committed", lambda self: None)  # "killed" after COMMIT
        vault = Vault.open(busy)
        with vault.write() as tx:
            vault.audit.append(tx, action="event.set", outcome="ok")
        written = [bytes(r[0]) for r in vault.db.execute("SELECT line FROM audit_pending")]
        vault.close()
    assert (busy / "audit.log").read_bytes() == before and len(written) == 1
    # half the line made it to the file before the kill
    (busy / "audit.log").write_bytes(before + written[0][:17])
    result = run("audit", "verify")  # read-only: the catalog has the line
    assert result.exit_code == 0, result.output
    assert (busy / "audit.log").read_bytes() == before + written[0][:17]
    Vault.open(busy).close()  # recovery completes it
    assert (busy / "audit.log").read_bytes() == before + written[0] + b"\n"
    assert run("audit", "verify").exit_code == 0


def test_a_rolled_back_transaction_leaves_no_line(busy: Path) -> None:
    before = (busy / "audit.log").read_bytes()
    vault = Vault.open(busy)
    with pytest.raises(RuntimeError), vault.write() as tx:
        vault.audit.append(tx, action="event.set", outcome="ok")
        raise RuntimeError("boom")
    assert (busy / "audit.log").read_bytes() == before
    assert vault.db.execute("SELECT COUNT(*) FROM audit_pending").fetchone()[0] == 0


def test_audit_verify_changes_no_byte(busy: Path) -> None:
    """Not even with an interrupted operation and committed lines waiting to be written."""
    db = sqlite3.connect(busy / "catalog.sqlite")
    with db:
        db.execute("INSERT INTO journal(op, payload, started) VALUES ('ingest', ?, 'x')",
                   (json.dumps({"item": "it_000000000001", "class": "audio"}),))
    db.close()
    files = ("audit.log", "catalog.sqlite", "vault.toml")
    before = {f: (busy / f).read_bytes() for f in files}
    assert run("audit", "verify").exit_code == 0
    assert run("audit", "show").exit_code == 0
    assert {f: (busy / f).read_bytes() for f in files} == before


def test_recovery_waits_for_a_custodian(busy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Recovery writes signed entries: without a custodian it is left for one."""
    db = sqlite3.connect(busy / "catalog.sqlite")
    with db:
        db.execute("INSERT INTO journal(op, payload, started) VALUES ('ingest', ?, 'x')",
                   (json.dumps({"item": "it_000000000001", "class": "audio"}),))
    db.close()
    identity = os.environ["VAULT_IDENTITY_FILE"]
    monkeypatch.delenv("VAULT_IDENTITY_FILE")
    result = run("list")
    assert result.exit_code == 0 and "waits for a custodian" in result.output
    monkeypatch.setenv("VAULT_IDENTITY_FILE", identity)
    vault = Vault.open(busy)
    assert not vault.recovery_deferred and vault.open_operations() == []
    assert run("audit", "verify").exit_code == 0


# -- formats ---------------------------------------------------------------------------------

def _rfc6962(leaves: list[bytes]) -> bytes:
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return hashlib.sha256(b"\x01" + _rfc6962(leaves[:k]) + _rfc6962(leaves[k:])).digest()


@pytest.mark.parametrize("n", [0, 1, 2, 3, 4, 5, 7, 8, 9, 31, 33])
def test_merkle_root_is_rfc6962(n: int) -> None:
    leaves = [f"leaf {i}".encode() for i in range(n)]
    assert merkle_root(leaves) == _rfc6962(leaves)


def test_signed_note_reads_the_go_note_vector() -> None:
    """The example of golang.org/x/mod/sumdb/note (an Ed25519 note and its vkey)."""
    verifier = NoteVerifier.from_vkey(
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
    text = ("If you think cryptography is the answer to your problem,\n"
            "then you don't know what your problem is.\n")
    note = (text + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1F"
            "FYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n")
    assert open_note(note, verifier) == text
    with pytest.raises(Exception, match="does not verify"):
        open_note(note.replace("cryptography", "cryptographi"), verifier)


def test_signing_key_is_wrapped_like_the_hashing_key(vault: Vault) -> None:
    rows = vault.db.execute("SELECT data_class, wrapped FROM keys WHERE data_class IN "
                            "('_hashing', '_signing')").fetchall()
    assert sorted(r[0] for r in rows) == ["_hashing", "_signing"]
    ident = age.X25519Identity.generate()  # a second custodian unwraps it after `custodian add`
    custodians.add_custodian(vault, ident.recipient.to_string(), label="second")
    signer = keys.Custody(vault, ident, "test").signer()
    verifier = vault.audit.verifier()
    assert signer is not None and verifier is not None
    assert signer.verifier.vkey == verifier.vkey


def test_a_vault_from_before_signing_gets_its_key_on_the_first_custodian_write(
        tmp_path: Path, identity_file: Path) -> None:
    """As `vault custodian init` made them on main: a custodian and a hashing key, no signing
    key, unsigned entries. The first entry a custodian writes creates and records the key."""
    vault = Vault.init(tmp_path / "old", "Old study")
    ident = age.X25519Identity.generate()
    identity_file.write_text(ident.to_string() + "\n")
    identity_file.chmod(0o600)
    recipient = ident.recipient.to_string()
    with vault.write() as tx:
        tx.execute("INSERT INTO custodians(fingerprint, recipient, label, added) "
                   "VALUES (?, ?, 'custodian', 'x')", (keys.fingerprint(recipient), recipient))
        keys._new_wrapped_key(tx, keys.HASHING_CLASS, "vault")
        tx.execute("DELETE FROM meta WHERE key = 'signing_key'")
    # the custodian.init of main, unsigned (vault has no custody unlocked, no signing key)
    vault.close()
    vault = Vault.open(tmp_path / "old")
    assert vault.audit.verify().key is None
    vault.custody()
    with vault.write() as tx:
        vault.audit.append(tx, action="event.set", outcome="ok")
    log = [json.loads(line) for line in lines(vault.root)]
    assert [e["action"] for e in log] == ["vault.init", "audit.signing-key", "event.set"]
    assert "sig" not in log[0] and "sig" in log[1] and "sig" in log[2]
    vkey = log[1]["details"]["signing_key"]
    assert Vault.open(vault.root).info.signing_key == vkey
    report = Vault.open(vault.root).audit.verify()
    assert report.key == vkey and report.signed_from == 2


def test_a_deleted_log_refuses_writes_and_is_never_recreated(busy: Path) -> None:
    (busy / "audit.log").unlink()
    refused = run("event", "set", "final_report", "2026-03-31")
    assert refused.exit_code == 15
    assert "lacks committed entries from sequence number 1" in refused.output
    assert not (busy / "audit.log").exists()
    assert run("audit", "verify").exit_code == 15


def test_a_record_of_content_already_catalogued_is_not_restored(
        vault: Vault, participant: str, tmp_path: Path, make_wav: Callable[..., Path]) -> None:
    """Reconcile re-catalogues an item only when the catalog lacks its content: a second row
    for the same content is refused by a question, not by a constraint error (the catalog
    connection raises every SQLite failure as a vault error)."""
    from vault.ingest import ingest_files
    from vault.item_facts import item_records, restorable_item

    src = make_wav(tmp_path / "a.wav")
    item = ingest_files(vault, [src], data_class="audio", participant_code=participant,
                        interview=1).ingested[0]
    (record,) = item_records(vault.db, [item.id])
    with vault.write() as tx:
        reason = restorable_item(tx, vault.custody(), {**record, "id": "it_000000000000"},
                                 True)
    assert reason == "the catalog holds an item with the same content"
    assert vault.db.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 1
