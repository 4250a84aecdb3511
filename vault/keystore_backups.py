"""Keystore backups: age-encrypted copies of the keystore, in a rotated set that vault manages.

The keystore (:mod:`vault.keystore`) is backed up only through vault, so that a purge can reach
every copy and rewrite it without the keys it destroys::

    info = backup_keystore(vault)        # keystore-20261204T031700Z-3f9c.age, oldest dropped
    list_backups(vault)                  # the set, oldest first
    restore_keystore(vault, path)        # a lost keystore back from a backup

A backup is one file, age-encrypted to every custodian registered when it is written (and
rewritten when custodians change), holding a JSON document: the study id, when it was taken,
and every key id with its wrapped secret (each still wrapped to the custodians on its own). It
lives in ``keystore_backups`` from vault.toml (``~`` expanded; relative to the vault directory;
never inside it), default ``<keystore directory>/backups``; vault keeps the newest
``keystore_backups_keep`` (default 7) and deletes older ones.

:func:`rewrite_backups` is what crypto-shredding calls (:mod:`vault.shredding`): every backup
holding a destroyed key is decrypted, the key dropped, and the file atomically replaced; after a
custodian's removal it also rewraps every secret inside to the remaining custodians.

``vault keys backup`` is a ``keys-backup`` operation of the write path (fault points
:data:`BACKUP_POINTS`); ``vault keys restore`` a ``keys-restore`` one (:data:`RESTORE_POINTS`).
"""
from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault import age
from vault.clock import utc_now
from vault.errors import DecryptionFailed, InputError, KeystoreError
from vault.faults import declare_points
from vault.files import DIR_MODE, fsync_dir, read_input_file, write_private
from vault.keystore import KEYSTORE_FILE, Keystore, refuse_in_vault, setting_path
from vault.store import Settled, recovers
from vault.write_path import COMMIT_STEPS, begin

if TYPE_CHECKING:
    from vault.keys import Custody
    from vault.store import Vault

__all__ = ["BACKUP_POINTS", "DEFAULT_KEEP", "RESTORE_POINTS", "BackupInfo", "RestoreResult",
           "backup_keystore", "backups_dir", "backups_holding", "list_backups", "read_backup",
           "restore_keystore", "rewrite_backups"]

#: how many backups vault keeps unless vault.toml says ``keystore_backups_keep``
DEFAULT_KEEP = 7
_FORMAT = "vault-keystore-backup/1"
_PREFIX = "keystore-"
_SUFFIX = ".age"

#: the fault points of `vault keys backup`
BACKUP_POINTS = declare_points("keys-backup", {
    "journaled": "the journal entry naming the new backup file is committed; nothing is written",
    "written": "the new backup is complete in its place (fsynced, renamed); older ones are all "
               "still there",
    "rotated": "the backups beyond the kept count are deleted; the keys.backup entry is not "
               "committed",
    "committed": COMMIT_STEPS["committed"],
})

#: the fault points of `vault keys restore`
RESTORE_POINTS = declare_points("keys-restore", {
    "journaled": COMMIT_STEPS["journaled"],
    "restored": "the keystore is re-created with the backup's secrets; the keys.restore entry "
                "is not committed",
    "committed": COMMIT_STEPS["committed"],
})


@dataclass(frozen=True)
class BackupInfo:
    """One managed keystore backup (no secrets: its name, when taken, its size)."""

    name: str
    path: Path
    #: when the backup was taken (UTC, from its name)
    taken: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "path": str(self.path), "taken": self.taken,
                "size": self.size}


@dataclass(frozen=True)
class BackupDoc:
    """A decrypted backup: whose, when, and every key id's wrapped secret."""

    study_id: str
    taken: str
    secrets: dict[str, bytes]


@dataclass(frozen=True)
class RestoreResult:
    """What :func:`restore_keystore` did."""

    restored: int
    #: live keys the catalog names whose secret the backup does not hold (created after it)
    missing: tuple[str, ...]
    #: secrets in the backup of keys the catalog marks destroyed: not restored
    skipped_destroyed: int


def backups_dir(vault: Vault) -> Path:
    """Where the managed backups live (``keystore_backups`` in vault.toml, else
    ``<keystore directory>/backups``).

    :raises KeystoreError: vault.toml names a place inside the vault directory.
    """
    setting = vault.info.keystore_backups
    where = setting_path(vault.root, setting) if setting else vault.keystore_dir / "backups"
    refuse_in_vault(where, vault.root, what="the keystore backups directory",
                    key="keystore_backups")
    return where


def _keep(vault: Vault) -> int:
    return vault.info.keystore_backups_keep or DEFAULT_KEEP


def _taken(name: str) -> str:
    stamp = name[len(_PREFIX):len(_PREFIX) + 16]  # 20261204T031700Z
    return (f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}:"
            f"{stamp[13:15]}Z")


def list_backups(vault: Vault) -> list[BackupInfo]:
    """The managed backups, oldest first (none when the directory does not exist)."""
    directory = backups_dir(vault)
    if not directory.is_dir():
        return []
    out = []
    for path in sorted(directory.glob(f"{_PREFIX}*{_SUFFIX}")):
        if path.name.startswith(".") or not path.is_file():
            continue
        out.append(BackupInfo(path.name, path, _taken(path.name), path.stat().st_size))
    return out


def _recipients(vault: Vault) -> list[age.X25519Recipient]:
    rows = vault.db.execute("SELECT recipient FROM custodians WHERE removed IS NULL").fetchall()
    return [age.X25519Recipient.from_string(r[0]) for r in rows]


def _encode(vault: Vault, doc: BackupDoc) -> bytes:
    body = {"format": _FORMAT, "study_id": doc.study_id, "taken": doc.taken,
            "secrets": {k: base64.b64encode(v).decode() for k, v in sorted(doc.secrets.items())}}
    return age.encrypt_bytes(json.dumps(body, sort_keys=True).encode(), _recipients(vault))


def read_backup(data: bytes, custody: Custody, *, source: str) -> BackupDoc:
    """Decrypt and parse a backup's bytes.

    :raises DecryptionFailed: not encrypted to this custodian, or damaged.
    :raises InputError: not a vault keystore backup.
    """
    plain = age.decrypt_bytes(data, [custody.identity])
    try:
        body = json.loads(plain)
        if body.get("format") != _FORMAT:
            raise ValueError("format")
        found = {str(k): base64.b64decode(v, validate=True)
                 for k, v in body["secrets"].items()}
        return BackupDoc(str(body["study_id"]), str(body["taken"]), found)
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
        raise InputError(f"{source}: not a vault keystore backup") from exc


def _new_name() -> str:
    stamp = utc_now()[:19].replace("-", "").replace(":", "")
    return f"{_PREFIX}{stamp}Z-{secrets.token_hex(2)}{_SUFFIX}"


def backup_keystore(vault: Vault) -> BackupInfo:
    """Write an age-encrypted copy of the keystore into the managed set, then delete the
    backups beyond ``keystore_backups_keep`` (oldest first); audited (``keys.backup``).

    :raises KeystoreError: the keystore is missing, or the backups directory is inside the vault.
    :raises CustodyError: no custodian unlocked.
    """
    custody = vault.custody()
    directory = backups_dir(vault)
    name = _new_name()
    with begin(vault, BACKUP_POINTS, {"name": name}) as op:
        store = vault.keystore
        doc = BackupDoc(vault.info.study_id, utc_now(), store.snapshot())
        directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        write_private(directory / name, _encode(vault, doc))
        op.step("written")
        removed = _rotate(vault)
        op.step("rotated")
        op.commit(action="keys.backup", items=[],
                  details={"backup": name, "keys": len(doc.secrets), "deleted": removed,
                           "kept": _keep(vault)})
    del custody
    return next(b for b in list_backups(vault) if b.name == name)


def _rotate(vault: Vault) -> list[str]:
    found = list_backups(vault)
    surplus = found[:max(0, len(found) - _keep(vault))]
    for info in surplus:
        info.path.unlink(missing_ok=True)
    if surplus:
        fsync_dir(backups_dir(vault))
    return [i.name for i in surplus]


@recovers(BACKUP_POINTS.op)
def settle_backup(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``keys-backup``: a backup renamed into place is kept (the rotation
    and the audit entry completed); a temp left before that is removed."""
    directory = backups_dir(vault)
    name = str(payload.get("name", ""))
    if directory.is_dir():
        for tmp in directory.glob(f".tmp-{name}-*"):
            tmp.unlink(missing_ok=True)
    if name and (directory / name).is_file():
        removed = _rotate(vault)
        return Settled("keys.backup", "completed", (),
                       {"backup": name, "deleted": removed, "recovered": True})
    return None


def rewrite_backups(vault: Vault, custody: Custody, *, drop: Iterable[str],
                    rewrap: bool = False, rewritten: Callable[[str], None] | None = None,
                    only: Sequence[str] | None = None) -> tuple[list[str], list[str]]:
    """Rewrite every managed backup that holds a key in ``drop`` (or every one, ``rewrap``):
    decrypted, those keys removed, the rest rewrapped (``rewrap``) and the whole encrypted to the
    custodians registered now, then atomically replaced. Idempotent.

    :returns: (names rewritten, names of every backup checked).
    :raises DecryptionFailed: a backup does not decrypt with this custodian's key (so vault
        cannot say it holds no destroyed key — the operation stops and says so).
    """
    dropped = set(drop)
    changed: list[str] = []
    checked: list[str] = []
    recipients = _recipients(vault)
    for info in list_backups(vault):
        if only is not None and info.name not in only:
            continue
        try:
            doc = read_backup(info.path.read_bytes(), custody, source=info.name)
        except DecryptionFailed as exc:
            raise DecryptionFailed(f"keystore backup {info.name} does not decrypt with your "
                                   "key, so vault cannot rewrite it",
                                   hint="a custodian it was written for runs the command "
                                        "again; or delete that backup") from exc
        checked.append(info.name)
        kept = {k: v for k, v in doc.secrets.items() if k not in dropped}
        if len(kept) == len(doc.secrets) and not rewrap:
            continue
        if rewrap:
            kept = {k: age.encrypt_bytes(age.decrypt_bytes(v, [custody.identity]), recipients)
                    for k, v in kept.items()}
        write_private(info.path, _encode(vault, BackupDoc(doc.study_id, doc.taken, kept)))
        changed.append(info.name)
        if rewritten is not None:
            rewritten(info.name)
    return changed, checked


def backups_holding(vault: Vault, key_ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """(names of the managed backups holding any of ``key_ids``, names of every one) — what a
    shredding will rewrite, for its certificate. Unlocks a custodian only when backups exist.

    :raises DecryptionFailed: a backup does not decrypt with this custodian's key.
    """
    found = list_backups(vault)
    if not found:
        return [], []
    custody = vault.custody()
    wanted = set(key_ids)
    holding = [info.name for info in found
               if wanted & set(read_backup(info.path.read_bytes(), custody,
                                           source=info.name).secrets)]
    return holding, [info.name for info in found]


def restore_keystore(vault: Vault, path: Path) -> RestoreResult:
    """Re-create a lost keystore from a backup (one vault wrote; any copy of it).

    Only a missing keystore is restored — an existing one is never overwritten. Keys the
    catalog marks destroyed stay destroyed (their secrets are not restored); live keys created
    after the backup cannot be restored, and are listed.

    :raises KeystoreError: a keystore exists at the configured place, or the backup is another
        vault's.
    :raises DecryptionFailed: the backup is not encrypted to this custodian, or damaged.
    :raises InputError: not a keystore backup, or an unreadable path.
    """
    custody = vault.custody()
    target = vault.keystore_dir / KEYSTORE_FILE
    if target.exists():
        raise KeystoreError(f"{target}: a keystore is already there; restore never replaces one",
                            hint="move it away first if it is damaged; nothing was changed")
    doc = read_backup(read_input_file(path, outside=vault.root), custody, source=path.name)
    if doc.study_id != vault.info.study_id:
        raise KeystoreError(f"{path.name}: the backup is of another vault's keystore",
                            hint="restore this vault's own backup; nothing was changed")
    destroyed = {str(r[0]) for r in vault.db.execute(
        "SELECT id FROM keys WHERE state = 'destroyed'")}
    live = {str(r[0]) for r in vault.db.execute(
        "SELECT id FROM keys WHERE state IN ('active', 'retired')")}
    wanted = {k: v for k, v in doc.secrets.items() if k not in destroyed}
    missing = tuple(sorted(live - set(wanted)))
    with begin(vault, RESTORE_POINTS, {"backup": path.name, "taken": doc.taken}) as op:
        # filled beside its place, then renamed into it: a keystore appears whole or not at all
        temp_name = f".tmp-restore-{secrets.token_hex(4)}.sqlite"
        op.record(temp=temp_name)
        store = Keystore.create(vault.keystore_dir, vault.info.study_id, file=temp_name)
        store.put_many(wanted)
        store.close()
        os.replace(vault.keystore_dir / temp_name, target)
        fsync_dir(vault.keystore_dir)
        vault.adopt_keystore(Keystore.open(vault.keystore_dir, vault.info.study_id))
        op.step("restored")
        op.commit(action="keys.restore", items=[],
                  details={"backup": path.name, "taken": doc.taken, "restored": len(wanted),
                           "missing": len(missing),
                           "skipped_destroyed": len(doc.secrets) - len(wanted)})
    return RestoreResult(len(wanted), missing, len(doc.secrets) - len(wanted))


@recovers(RESTORE_POINTS.op)
def settle_restore(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``keys-restore``: the keystore is renamed into place whole, or not
    at all — a temp file left is removed; a keystore in place stays and the entry says so."""
    temp = str(payload.get("temp") or "")
    if temp:
        for suffix in ("", "-wal", "-shm", "-journal"):
            (vault.keystore_dir / f"{temp}{suffix}").unlink(missing_ok=True)
    if (vault.keystore_dir / KEYSTORE_FILE).exists() and temp and not (
            vault.keystore_dir / temp).exists():
        return Settled("keys.restore", "completed", (),
                       {"backup": payload.get("backup"), "recovered": True})
    return None
