"""Crypto-shredding that holds for backups: keys live apart from the data (the keystore), so a
copy of the vault directory made before a purge opens no purged object afterwards — with every
custodian identity and everything the live vault, its keystore and vault's own keystore
backups hold. Real copies of real files on disk; no timing."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_retention_support import set_events

import vault.keystore as keystore_mod
import vault.operations  # noqa: F401  (every operation's settle function registered)
import vault.store as store_mod
from conftest import write_wav
from vault import age, keys
from vault.errors import DecryptionFailed, KeystoreError, StoreError
from vault.ingest import ingest_files
from vault.keystore_backups import backup_keystore, list_backups, read_backup
from vault.operations import open_vault
from vault.participants import add_participant, withdraw_participant
from vault.retention.purge import purge
from vault.retention.rules import vault_policy
from vault.store import Vault

TODAY = dt.datetime.now(dt.UTC).date()


def _ingest(vault: Vault, tmp: Path, code: str, classes: tuple[str, ...]) -> None:
    src = tmp / "src"
    src.mkdir(exist_ok=True)
    for n, cls in enumerate(classes):
        if cls == "audio":
            path = write_wav(src / f"{code}-{n}.wav", seconds=0.05,
                             seed=len(list(src.iterdir())) + 7)
        else:
            path = src / f"{code}-{n}.txt"
            path.write_text(f"Interviewer: item {n} ({len(list(src.iterdir()))}) of "
                            f"participant {code}.\n", encoding="utf-8")
        ingest_files(vault, [path], data_class=cls, participant_code=code,
                     interview=n + 1).check()


def _objects(root: Path, vault: Vault, where: str = "1") -> dict[str, tuple[str, bytes]]:
    """item id -> (key id, the object's bytes in the vault directory at ``root``)."""
    rows = vault.db.execute(f"SELECT id, key_id FROM items WHERE state = 'present' AND {where}")
    return {r[0]: (r[1], (root / "objects" / f"{r[0]}.age").read_bytes()) for r in rows}


def reachable_identities(vault: Vault, custodians: list[age.X25519Identity]
                         ) -> list[age.X25519Identity]:
    """Every key anyone holding these custodian identities can reach from the live vault: the
    identities, every secret in the keystore, every secret in every managed keystore backup."""
    found = list(custodians)
    wrapped = list(vault.keystore.snapshot().values())
    custody = keys.Custody(vault, custodians[0], "test")
    for info in list_backups(vault):
        wrapped += read_backup(info.path.read_bytes(), custody, source=info.name).secrets.values()
    for blob in wrapped:
        for ident in custodians:
            try:
                found.append(age.X25519Identity.from_string(
                    age.decrypt_bytes(blob, [ident]).decode()))
                break
            except DecryptionFailed:
                continue
    return found


def _opens(blob: bytes, identities: list[age.X25519Identity]) -> bool:
    try:
        age.decrypt_bytes(blob, identities)
    except DecryptionFailed:
        return False
    return True


@pytest.fixture
def study(vault: Vault, tmp_path: Path, identity_file: Path) -> dict[str, Any]:
    """Two participants with audio and transcripts, a managed keystore backup, final report
    four years ago (everything is due)."""
    ada = add_participant(vault, "Ada Lovelace", email="ada@example.org")
    bob = add_participant(vault, "Bob Stays", email="bob@example.org")
    _ingest(vault, tmp_path, ada, ("audio", "transcript_raw"))
    _ingest(vault, tmp_path, bob, ("audio", "transcript_raw"))
    backup_keystore(vault)
    ident = keys.read_identity_file(identity_file)
    return {"ada": ada, "bob": bob, "identity": ident}


def test_vault_directory_holds_no_key(vault: Vault, study: dict[str, Any]) -> None:
    """The catalog keeps public facts only; the secrets are in a keystore outside the vault."""
    columns = {r[1] for r in vault.db.execute("PRAGMA table_info(keys)")}
    assert "wrapped" not in columns
    assert not vault.keystore_dir.is_relative_to(vault.root)
    live = {r[0] for r in vault.db.execute("SELECT id FROM keys WHERE state = 'active'")}
    assert live <= vault.keystore.ids()
    # nothing in the vault directory opens an object, even with the custodian's identity
    blobs = [b for _k, b in _objects(vault.root, vault).values()]
    assert blobs and not any(_opens(b, [study["identity"]]) for b in blobs)
    # per participant: each participant's audio has its own key
    per = vault.db.execute("SELECT COUNT(DISTINCT key_id) FROM items WHERE data_class = 'audio'"
                           ).fetchone()[0]
    assert per == 2


def test_copy_before_purge_opens_no_purged_object(vault: Vault, study: dict[str, Any],
                                                  tmp_path: Path) -> None:
    """Done when (1): a copy of the whole vault directory made before a purge, plus every
    custodian identity and the live vault, keystore and managed backups after it, opens no
    purged object by any key reachable from them."""
    before = _objects(vault.root, vault)
    copy = tmp_path / "backup-of-vault"
    shutil.copytree(vault.root, copy)
    backups_before = {b.name for b in list_backups(vault)}
    assert _opens(next(iter(before.values()))[1],
                  reachable_identities(vault, [study["identity"]]))  # readable before

    set_events(vault, final_report=(TODAY - dt.timedelta(days=4 * 366)).isoformat())
    result = purge(vault, vault_policy(vault), TODAY)
    assert result.error() is None
    assert set(result.destroyed) == set(before)
    destroyed_keys = {k for k, _b in before.values()}
    assert set(result.keys_destroyed) >= destroyed_keys

    reachable = reachable_identities(vault, [study["identity"]])
    for item_id, (_key, blob) in before.items():
        copied = (copy / "objects" / f"{item_id}.age").read_bytes()
        assert copied == blob
        assert not _opens(copied, reachable), f"{item_id} still opens"
    # the managed backup taken before the purge was rewritten without the keys
    custody = keys.Custody(vault, study["identity"], "test")
    for info in list_backups(vault):
        assert info.name in backups_before
        held = read_backup(info.path.read_bytes(), custody, source=info.name).secrets
        assert not destroyed_keys & set(held)
    # the copy, opened as a vault, finds the keystore without those secrets
    copied = open_vault(copy, recover=False)
    restored = keys.Custody(copied, study["identity"], "test")
    with pytest.raises(KeystoreError, match="no secret"):
        restored.class_identity(next(iter(destroyed_keys)))
    copied.close()
    # the certificate states what was destroyed and where the horizon lies
    assert result.certificate is not None
    data = result.certificate.data
    assert sorted(data["keystore"]["backups_rewritten"]) == sorted(backups_before)
    assert "outside" in data["keystore"]["horizon"]


def test_withdraw_purge_shreds_one_participant_in_copies(vault: Vault, study: dict[str, Any],
                                                         tmp_path: Path) -> None:
    """Done when (4): withdraw --purge shreds that participant's objects in pre-withdrawal
    copies, while the other participants' data stays readable."""
    marker_of = dict(vault.db.execute(
        "SELECT code, marker FROM participant_codes").fetchall())
    ada = _objects(vault.root, vault, f"participant_marker = '{marker_of[study['ada']]}'")
    bob = _objects(vault.root, vault, f"participant_marker = '{marker_of[study['bob']]}'")
    copy = tmp_path / "before-withdrawal"
    shutil.copytree(vault.root, copy)

    withdraw_participant(vault, study["ada"], purge=True)
    reachable = reachable_identities(vault, [study["identity"]])
    for item_id in ada:
        assert not _opens((copy / "objects" / f"{item_id}.age").read_bytes(), reachable)
    for item_id in bob:
        assert _opens((copy / "objects" / f"{item_id}.age").read_bytes(), reachable)
    states = {vault.db.execute("SELECT state FROM keys WHERE id = ?", (k,)).fetchone()[0]
              for k, _b in ada.values()}
    assert states == {"destroyed"}


def test_a_hold_keeps_only_the_held_participants_key(vault: Vault, study: dict[str, Any]
                                                     ) -> None:
    """A hold on one participant keeps that participant's key for the period, no one else's;
    the certificate names the key kept alive and why, and promises nothing about it."""
    from vault.retention.holds import HoldScope, add_hold

    marker_of = dict(vault.db.execute("SELECT code, marker FROM participant_codes").fetchall())
    add_hold(vault, HoldScope.PARTICIPANT, marker_of[study["bob"]],
             reason="complaint under review")
    bob_keys = {r[0] for r in vault.db.execute(
        "SELECT key_id FROM items WHERE participant_marker = ?", (marker_of[study["bob"]],))}
    set_events(vault, final_report=(TODAY - dt.timedelta(days=4 * 366)).isoformat())
    result = purge(vault, vault_policy(vault), TODAY)
    assert result.held and result.destroyed
    assert not bob_keys & set(result.keys_destroyed)
    assert all(vault.keystore.get(k) for k in bob_keys)
    assert result.certificate is not None
    data = result.certificate.data
    kept = {k["key"]: k for k in data["keys_kept"]}
    assert set(kept) == bob_keys
    assert all(k["holds"] for k in kept.values())
    text = result.certificate.text_path.read_text()
    assert "kept alive by a hold" in text
    assert "can no longer be decrypted" in data["method"]  # keys were destroyed: Ada's


def test_an_item_hold_keeps_its_key_and_the_certificate_says_which_copies_still_open(
        vault: Vault, study: dict[str, Any], tmp_path: Path) -> None:
    """The issue's case: a hold on one item keeps its key alive; a purge that destroys no key
    never claims backups are unreadable, and names the destroyed objects whose copies the kept
    key still opens."""
    from vault.retention.holds import HoldScope, add_hold

    marker_of = dict(vault.db.execute("SELECT code, marker FROM participant_codes").fetchall())
    _ingest(vault, tmp_path, study["ada"], ("audio",))  # a second recording of Ada's
    first, second = [r[0] for r in vault.db.execute(
        "SELECT id FROM items WHERE participant_marker = ? AND data_class = 'audio' "
        "ORDER BY created, id", (marker_of[study["ada"]],))]
    key = vault.db.execute("SELECT key_id FROM items WHERE id = ?", (first,)).fetchone()[0]
    assert vault.db.execute("SELECT key_id FROM items WHERE id = ?", (second,)).fetchone()[0] \
        == key
    add_hold(vault, HoldScope.ITEM, first, reason="one recording under review")
    add_hold(vault, HoldScope.PARTICIPANT, marker_of[study["bob"]], reason="complaint")
    set_events(vault, final_report=(TODAY - dt.timedelta(days=200)).isoformat())  # audio due
    result = purge(vault, vault_policy(vault), TODAY)
    assert result.destroyed == (second,) and result.keys_destroyed == ()
    assert result.certificate is not None
    data = result.certificate.data
    assert "can no longer be decrypted" not in data["method"]
    assert "no key was destroyed" in data["method"]
    assert data["keystore"]["secrets_deleted"] == []
    assert data["keystore"]["horizon"] == "no key was destroyed by this disposition"
    kept = {k["key"]: k for k in data["keys_kept"]}
    assert kept[key]["destroyed_objects_readable_in_copies"] == [second]
    assert kept[key]["holds"]
    assert second in result.certificate.text_path.read_text()

@pytest.fixture
def secure_delete_off(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every catalog and keystore connection starts with ``secure_delete`` OFF (as some SQLite
    builds default): vault must turn it on itself for destruction."""
    catalog = store_mod.connect_catalog
    ks = keystore_mod.connect_keystore

    def catalog_off(*args: Any, **kwargs: Any) -> Any:
        db = catalog(*args, **kwargs)
        db.execute("PRAGMA secure_delete=OFF")
        return db

    def keystore_off(path: Path) -> sqlite3.Connection:
        db = ks(path)
        db.execute("PRAGMA secure_delete=OFF")
        return db

    monkeypatch.setattr(store_mod, "connect_catalog", catalog_off)
    monkeypatch.setattr(keystore_mod, "connect_keystore", keystore_off)
    yield


def _owned_files(vault: Vault) -> list[Path]:
    from vault.keystore_backups import backups_dir

    roots = {vault.root, vault.keystore_dir, backups_dir(vault)}
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


@pytest.mark.parametrize("destruction", ["purge", "withdraw", "reencrypt"])
def test_byte_scan_finds_no_destroyed_key_with_secure_delete_forced_off(
        vault_dir: Path, identity_file: Path, secure_delete_off: None, tmp_path: Path,
        destruction: str) -> None:
    """Done when (5): with secure_delete off by default, after a purge, a withdrawal with
    --purge, or a re-encryption after a custodian's removal, no file vault owns (the vault
    directory, the keystore, its backups) holds any byte run of a destroyed key — its wrapped
    form or its secret."""
    from vault.custodians import add_custodian, remove_custodian
    from vault.reencrypt import reencrypt

    vault = open_vault(vault_dir)
    assert vault.db.execute("PRAGMA secure_delete").fetchone()[0] == 0
    ada = add_participant(vault, "Ada Scan")
    _ingest(vault, tmp_path, ada, ("audio", "audio", "transcript_raw"))
    if destruction == "reencrypt":
        deputy = add_custodian(vault, age.X25519Identity.generate().recipient.to_string())
        remove_custodian(vault, deputy.fingerprint)
    backup_keystore(vault)
    custody = vault.custody()
    doomed = [r[0] for r in vault.db.execute("SELECT DISTINCT key_id FROM items")]
    needles = []
    for key_id in doomed:
        wrapped = vault.keystore.get(key_id)
        assert wrapped is not None
        needles += [wrapped[len(wrapped) // 2:len(wrapped) // 2 + 32], wrapped[-32:],
                    custody.class_identity(key_id).to_string().encode()]
    # present before: the wrapped secrets are in the keystore's files
    assert any(n in p.read_bytes() for p in _owned_files(vault) for n in needles)

    if destruction == "purge":
        set_events(vault, final_report=(TODAY - dt.timedelta(days=4 * 366)).isoformat())
        result = purge(vault, vault_policy(vault), TODAY)
        assert set(doomed) <= set(result.keys_destroyed)
    elif destruction == "withdraw":
        withdraw_participant(vault, ada, purge=True)
    else:
        assert set(doomed) <= set(reencrypt(vault).keys_destroyed)
    assert {r[0] for r in vault.db.execute("SELECT state FROM keys WHERE id IN ({})".format(",".join("?" * len(doomed))), doomed)} == {
        "destroyed"}
    vault.close()
    for path in _owned_files(vault):
        data = path.read_bytes()
        assert not [n for n in needles if n in data], f"destroyed key bytes in {path.name}"
    # the write-ahead logs were truncated
    for wal in (vault_dir / "catalog.sqlite-wal", vault.keystore_dir / "keystore.sqlite-wal"):
        assert not wal.exists() or wal.stat().st_size == 0


def test_keystore_inside_the_vault_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeystoreError, match="inside the vault directory"):
        Vault.init(tmp_path / "v", "S", keystore="keys")


def test_missing_keystore_is_never_recreated(vault: Vault, study: dict[str, Any]) -> None:
    """A lost keystore is an error with one line and exit 20; vault never makes a new empty
    one; `vault keys restore` brings it back from a managed backup."""
    from vault.keystore_backups import restore_keystore

    item_id, (key_id, blob) = next(iter(_objects(vault.root, vault).items()))
    path = vault.keystore.path
    vault.close()
    moved = path.with_name("elsewhere.sqlite")
    path.rename(moved)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    reopened = open_vault(vault.root)
    with pytest.raises(KeystoreError) as caught:
        reopened.custody().class_identity(key_id)
    assert caught.value.exit_code == 20 and not path.exists()
    result = restore_keystore(reopened, list_backups(reopened)[-1].path)
    assert result.restored >= 1 and result.missing == ()
    ident = reopened.custody().class_identity(key_id)
    assert age.decrypt_bytes(blob, [ident])
    with pytest.raises(KeystoreError, match="never replaces"):
        restore_keystore(reopened, list_backups(reopened)[-1].path)
    del item_id


def test_wrong_custodian_cannot_read_a_backup(vault: Vault, study: dict[str, Any]) -> None:
    stranger = keys.Custody(vault, age.X25519Identity.generate(), "test")
    info = list_backups(vault)[-1]
    with pytest.raises(DecryptionFailed):
        read_backup(info.path.read_bytes(), stranger, source=info.name)


def test_destroyed_key_is_never_reused(vault: Vault, study: dict[str, Any]) -> None:
    set_events(vault, final_report=(TODAY - dt.timedelta(days=4 * 366)).isoformat())
    purge(vault, vault_policy(vault), TODAY)
    with pytest.raises(StoreError, match="destroyed"):
        dead = vault.db.execute("SELECT id FROM keys WHERE state = 'destroyed' LIMIT 1"
                                ).fetchone()[0]
        vault.custody().class_identity(dead)


def test_keys_commands(vault: Vault, study: dict[str, Any], tmp_path: Path) -> None:
    """`vault keys backup/status/restore`; a lost keystore is one line and exit 20."""
    import json

    from click.testing import CliRunner

    from cli import main
    from conftest import one_error_line

    runner = CliRunner()
    item_id = next(iter(_objects(vault.root, vault)))
    path = vault.keystore.path
    vault.close()
    made = runner.invoke(main, ["keys", "backup"])
    assert made.exit_code == 0 and "keystore backup written" in made.output
    status = json.loads(runner.invoke(main, ["--json", "keys", "status"]).output)
    assert len(status["backups"]) == 2 and status["keys"]["active"] >= 4
    newest = status["backups"][-1]["path"]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    lost = runner.invoke(main, ["export", item_id, "--out", str(tmp_path / "x.wav")])
    assert lost.exit_code == 20
    assert "keystore is missing" in one_error_line(lost)
    restored = runner.invoke(main, ["keys", "restore", newest])
    assert restored.exit_code == 0 and "keystore restored" in restored.output
    again = runner.invoke(main, ["export", item_id, "--out", str(tmp_path / "x.wav")])
    assert again.exit_code == 0, again.output
