"""Re-encryption after a custodian's removal: nothing current opens with their old copies.

Removing a custodian (:func:`vault.custodians.remove_custodian`) retires every class key: new
objects get fresh keys, but existing objects stay under the retired ones — which the removed
custodian may have copied (their identity opened them, and a keystore copy holds them).
``vault custodian remove FP --reencrypt`` then runs :func:`reencrypt`: every present object
under a retired key is re-encrypted under a fresh key of its slot (same data class, period and
participant) with a **new file key** (a full re-encryption, not a header rewrap: an old header
would otherwise still yield the payload key); its sealed file name too; the register and the
sealed code history (and the study's sealed redaction term lists) are re-sealed to a fresh
register key; then every retired key, protecting
nothing any more, is destroyed and shredded (:mod:`vault.shredding`)::

    done = reencrypt(vault)          # ReencryptResult(objects=…, keys_destroyed=…)

Streaming in constant memory (a decrypting thread feeds the encryptor through a pipe); the
plaintext is checked against the catalog's keyed hash before anything is replaced.

It is a ``reencrypt`` operation of the write path, **resumable**: per object, the new file is
written beside the old one (``objects/.tmp-<id>.age-reenc``, fsynced), then one catalog
transaction points the item at its new key, then the file is renamed over the old one. A kill
anywhere leaves each object under its old key (temp removed by the settle function) or under
its new key (the settle function completes the rename); running the command again continues
with what is left (fault points :data:`POINTS`).
"""
from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from vault import age
from vault.errors import DecryptionFailed, StoreError
from vault.faults import declare_points
from vault.files import FILE_MODE, fsync_dir
from vault.ids import new_id
from vault.keys import active_key, create_key, destroy_class_key, drop_unreferenced_secrets
from vault.objects import _HashingReader
from vault.sealed import REGISTER_CLASS, REGISTER_PERIOD
from vault.shredding import SHRED_STEPS, erasing, shred_destroyed
from vault.store import Settled, recovers
from vault.write_path import Operation, begin

if TYPE_CHECKING:
    from pathlib import Path

    from vault.keys import ClassKey, Custody
    from vault.store import Vault

__all__ = ["POINTS", "ReencryptResult", "reencrypt", "settle_reencrypt"]

POINTS = declare_points("reencrypt", {
    "journaled": "the re-encryption is journaled; nothing is re-encrypted",
    "written": "an object's new file (fresh key) is fsynced beside the old one; the catalog "
               "still names the old key",
    "switched": "the catalog names the object's new key; the old file is still in place",
    "replaced": "the object's new file replaced the old one",
    "resealed": "the register and sealed code history are re-sealed to a fresh register key",
    "committed": "the retired keys, protecting nothing, are marked destroyed; their secrets "
                 "are still in the keystore",
    **SHRED_STEPS,
})
_SUFFIX = "reenc"


@dataclass(frozen=True)
class ReencryptResult:
    """What :func:`reencrypt` did."""

    objects: int
    #: retired keys destroyed (and shredded) once nothing used them
    keys_destroyed: tuple[str, ...]


def _temp(vault: Vault, item_id: str) -> Path:
    return vault.objects_dir / f".tmp-{item_id}.age-{_SUFFIX}"


def _fresh_key(op: Operation, data_class: str, period: str, marker: str | None,
               cache: dict[tuple[str, str, str], ClassKey]) -> ClassKey:
    """The slot's active key, or a new one — journaled first, so that a settle can remove it
    while nothing uses it."""
    slot = (data_class, period, marker or "")
    if slot not in cache:
        vault = op.vault
        found = active_key(vault.db, data_class, period, marker)
        if found is None:
            key_id = new_id("key")
            op.record(keys=[*op.payload.get("keys", []), key_id])
            with vault.write() as tx:
                found = create_key(vault, tx, data_class, period, participant_marker=marker,
                                   key_id=key_id)
        cache[slot] = found
    return cache[slot]


def _stream(vault: Vault, item_id: str, old: age.X25519Identity, new: ClassKey,
            custody: Custody) -> tuple[int, str]:
    """Decrypt the object and encrypt it to ``new`` into its temp (fsynced); returns the
    plaintext's size and keyed hash."""
    read_fd, write_fd = os.pipe()
    failure: list[BaseException] = []

    def decrypt() -> None:
        try:
            with vault.object_path(item_id).open("rb") as src, \
                    os.fdopen(write_fd, "wb") as sink:
                age.decrypt(src, cast(BinaryIO, sink), [old])
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread below
            failure.append(exc)

    worker = threading.Thread(target=decrypt, daemon=True)
    worker.start()
    temp = _temp(vault, item_id)
    temp.unlink(missing_ok=True)
    try:
        with os.fdopen(read_fd, "rb") as pipe:
            reader = _HashingReader(cast(BinaryIO, pipe), custody.keyed_hash(), None)
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            with os.fdopen(fd, "wb") as out:
                age.encrypt(cast(BinaryIO, reader), out, [new.recipient])
                out.flush()
                os.fsync(out.fileno())
        worker.join()
        if failure:
            raise failure[0]
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return reader.size, str(reader._mac.hexdigest())


def reencrypt(vault: Vault) -> ReencryptResult:
    """Re-encrypt every present object (and the register) under a retired key with fresh keys,
    then destroy the retired keys (see the module docstring). Idempotent and resumable.

    :raises CustodyError: no custodian unlocked.
    :raises DecryptionFailed: an object does not decrypt to its catalogued content (it is left
        untouched; run `vault verify`).
    """
    custody = vault.custody()
    with erasing(vault), begin(vault, POINTS, {}) as op:
        moved = _reencrypt_objects(op, custody)
        _reseal_register(op, custody)
        op.step("resealed")
        destroyed = _destroy_retired(vault)
        op.step("committed")
        shred_destroyed(vault, custody, step=op.step)
        with vault.write() as tx:
            vault.audit.append(tx, action="keys.reencrypt", outcome="ok", items=[],
                               details={"objects": moved, "keys_destroyed": destroyed})
    return ReencryptResult(moved, tuple(destroyed))


def _reencrypt_objects(op: Operation, custody: Custody) -> int:
    vault, step = op.vault, op.step
    rows = vault.db.execute(
        "SELECT i.id, i.key_id, i.keyed_hash, i.original_name, i.size, k.data_class, k.period, "
        "k.participant_marker FROM items i JOIN keys k ON k.id = i.key_id "
        "WHERE i.state = 'present' AND k.state = 'retired' ORDER BY i.id").fetchall()
    cache: dict[tuple[str, str, str], ClassKey] = {}
    for row in rows:
        item_id = str(row["id"])
        old = custody.class_identity(row["key_id"])
        new = _fresh_key(op, row["data_class"], row["period"], row["participant_marker"],
                         cache)
        size, keyed = _stream(vault, item_id, old, new, custody)
        if row["keyed_hash"] is not None and (keyed != row["keyed_hash"]
                                              or size != row["size"]):
            _temp(vault, item_id).unlink(missing_ok=True)
            raise DecryptionFailed(f"object {item_id} does not decrypt to its catalogued "
                                   "content; it was left as it is",
                                   hint="run `vault verify`")
        step("written")
        name = row["original_name"]
        if name is not None:
            name = age.encrypt_bytes(age.decrypt_bytes(bytes(name), [old]), [new.recipient])
        with vault.write() as tx:
            tx.execute("UPDATE items SET key_id = ?, original_name = ? WHERE id = ?",
                       (new.id, name, item_id))
        step("switched")
        os.replace(_temp(vault, item_id), vault.object_path(item_id))
        fsync_dir(vault.objects_dir)
        step("replaced")
    return len(rows)


def _reseal_register(op: Operation, custody: Custody) -> None:
    """The register row and every sealed epoch map and note, under a fresh register key."""
    vault = op.vault
    stale = {str(r[0]) for r in vault.db.execute(
        "SELECT id FROM keys WHERE data_class = ? AND state = 'retired'", (REGISTER_CLASS,))}
    if not stale:
        return
    fresh = _fresh_key(op, REGISTER_CLASS, REGISTER_PERIOD, None, {})

    def moved(key_id: str, blob: Any) -> bytes:
        plain = age.decrypt_bytes(bytes(blob), [custody.class_identity(key_id)])
        return age.encrypt_bytes(plain, [fresh.recipient])

    with vault.write() as tx:
        for row in tx.execute("SELECT key_id, register FROM participant_register").fetchall():
            if row["key_id"] in stale:
                tx.execute("UPDATE participant_register SET key_id = ?, register = ?",
                           (fresh.id, moved(row["key_id"], row["register"])))
        for row in tx.execute("SELECT key_id, terms FROM redaction_terms").fetchall():
            if row["key_id"] in stale:  # the study's term lists, sealed like the register
                tx.execute("UPDATE redaction_terms SET key_id = ?, terms = ?",
                           (fresh.id, moved(row["key_id"], row["terms"])))
        for row in tx.execute("SELECT epoch, key_id, sealed, note FROM code_epochs").fetchall():
            if row["key_id"] in stale:
                tx.execute("UPDATE code_epochs SET key_id = ?, sealed = ?, note = ? "
                           "WHERE epoch = ?",
                           (fresh.id,
                            moved(row["key_id"], row["sealed"]) if row["sealed"] else None,
                            moved(row["key_id"], row["note"]) if row["note"] else None,
                            row["epoch"]))


def _destroy_retired(vault: Vault) -> list[str]:
    """Mark destroyed every retired key nothing refers to any more."""
    with vault.write() as tx:
        ids = [str(r[0]) for r in tx.execute(
            "SELECT id FROM keys k WHERE state = 'retired' "
            "AND NOT EXISTS (SELECT 1 FROM items i WHERE i.key_id = k.id "
            "AND i.state = 'present') "
            "AND NOT EXISTS (SELECT 1 FROM participant_register r WHERE r.key_id = k.id) "
            "AND NOT EXISTS (SELECT 1 FROM redaction_terms t WHERE t.key_id = k.id) "
            "AND NOT EXISTS (SELECT 1 FROM code_epochs e WHERE e.key_id = k.id "
            "AND (e.sealed IS NOT NULL OR e.note IS NOT NULL))")]
        for key_id in ids:
            destroy_class_key(tx, key_id)
    return ids


@recovers(POINTS.op)
def settle_reencrypt(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``reencrypt``: each object's temp is renamed into place when the
    catalog already names its new key, else removed; destroyed keys are shredded. Running the
    command again continues where it stopped."""
    finished = 0
    for temp in vault.objects_dir.glob(f".tmp-*.age-{_SUFFIX}"):
        item_id = temp.name[len(".tmp-"):-len(f".age-{_SUFFIX}")]
        row = vault.db.execute("SELECT key_id FROM items WHERE id = ?", (item_id,)).fetchone()
        recipient = vault.db.execute("SELECT recipient FROM keys WHERE id = ?",
                                     (row["key_id"],)).fetchone() if row else None
        if recipient is not None and _encrypted_to(temp, str(recipient[0]), vault):
            os.replace(temp, vault.object_path(item_id))
            finished += 1
        else:
            temp.unlink(missing_ok=True)
    fsync_dir(vault.objects_dir)
    created = [str(k) for k in payload.get("keys", [])]
    with vault.write() as tx:  # fresh keys nothing uses yet: the next run makes them again
        for key_id in created:
            tx.execute(
                "DELETE FROM keys WHERE id = ? AND NOT EXISTS (SELECT 1 FROM items "
                "WHERE key_id = ?) AND NOT EXISTS (SELECT 1 FROM participant_register WHERE "
                "key_id = ?) AND NOT EXISTS (SELECT 1 FROM code_epochs WHERE key_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM redaction_terms WHERE key_id = ?)",
                (key_id, key_id, key_id, key_id, key_id))
    drop_unreferenced_secrets(vault, created)
    with erasing(vault):
        shred_destroyed(vault)
    if not finished:
        return None
    return Settled("keys.reencrypt", "completed", (), {"objects_finished": finished})


def _encrypted_to(path: Path, recipient: str, vault: Vault) -> bool:
    """Whether the file at ``path`` opens with the key whose public half is ``recipient``
    (tried with the unlocked custodian's copy of that key)."""
    row = vault.db.execute("SELECT id FROM keys WHERE recipient = ?", (recipient,)).fetchone()
    if row is None:
        return False
    with contextlib.suppress(DecryptionFailed, StoreError, OSError):
        identity = vault.custody().class_identity(str(row[0]))
        with path.open("rb") as src:
            age.decrypt(src, cast(BinaryIO, _Discard()), [identity])
        return True
    return False


class _Discard:
    """A sink that drops what it is given (checking that a file decrypts)."""

    def write(self, data: Any) -> int:
        return len(memoryview(data))
