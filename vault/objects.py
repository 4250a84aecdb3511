"""Encrypted objects: streaming ``objects/<id>.age`` in and out, with a keyed hash on the way.

An object is one age v1 file encrypted to a class key. It is written in two steps so that a kill
at any instant leaves either nothing or a stale temp file (removed by ``Vault.recover``); the
one write path (:meth:`vault.write_path.Operation.store`) runs them, under the lock, journaled::

    pending = encrypt_to_temp(vault, item_id, src, recipient, custody)   # temps: lock only
    confirm(pending, custody.class_identity(key_id), custody)            # decrypt + compare
    publish(vault, pending)                                              # fsync'd, atomic rename
    ...the write path commits the catalog row...

Reading goes through :func:`decrypt_object` (to any writable stream, constant memory) or
:func:`read_object` (whole plaintext in memory, for transcripts). Both check the plaintext
against the item's keyed hash (HMAC-SHA256 under the vault's hashing secret, see
:mod:`vault.keys`) — a plain hash of plaintext is never computed or stored.
"""
from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from vault import age
from vault.errors import DecryptionFailed, StoreError
from vault.files import FILE_MODE, fsync_dir

if TYPE_CHECKING:
    import sqlite3

    from vault.keys import Custody
    from vault.store import Vault

__all__ = [
    "ByteProgress", "ObjectDigest", "PendingObject", "confirm", "decrypt_object",
    "discard", "encrypt_to_temp", "present_item", "publish", "read_object", "successor",
    "successors",
]

#: called with the number of plaintext bytes just streamed
ByteProgress = Callable[[int], None]


@dataclass(frozen=True)
class ObjectDigest:
    """Size and keyed hash (hex) of an object's plaintext."""

    size: int
    keyed_hash: str


@dataclass(frozen=True)
class PendingObject:
    """An encrypted, fsynced temp file in ``objects/`` not yet renamed to its final name."""

    item_id: str
    temp: Path
    digest: ObjectDigest


class _HashingReader(io.RawIOBase):
    """Reads ``src``, feeding every byte to a keyed hash and a byte counter."""

    def __init__(self, src: BinaryIO, mac: Any, progress: ByteProgress | None) -> None:
        super().__init__()
        self._src = src
        self._mac = mac
        self._progress = progress
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._src.read(len(view))
        n = len(data)
        view[:n] = data
        if n:
            self._mac.update(data)
            self.size += n
            if self._progress is not None:
                self._progress(n)
        return n


class _HashingSink(io.RawIOBase):
    """A write-only stream that hashes what it gets and passes it on to ``dst`` (if any)."""

    def __init__(self, mac: Any, dst: BinaryIO | None = None,
                 progress: ByteProgress | None = None) -> None:
        super().__init__()
        self._mac = mac
        self._dst = dst
        self._progress = progress
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self._mac.update(view)
        if self._dst is not None:
            self._dst.write(view)
        self.size += view.nbytes
        if self._progress is not None and view.nbytes:
            self._progress(view.nbytes)
        return view.nbytes


def _require_lock(vault: Vault) -> None:
    # Vault.recover deletes every temp file when it gets the lock at once, so a temp written
    # without the lock could be deleted under our feet by a concurrent `vault list`.
    if not vault.holds_lock:
        raise StoreError("objects are written only under the vault lock",
                         hint="wrap the write in `with vault.locked():` (a programming error)")


def encrypt_to_temp(vault: Vault, item_id: str, src: BinaryIO, recipient: age.X25519Recipient,
                    custody: Custody, *, progress: ByteProgress | None = None) -> PendingObject:
    """Stream ``src`` into an encrypted temp file ``objects/.tmp-<id>…`` (0600, fsynced).

    The keyed hash and size of the plaintext are computed on the way through.

    :raises StoreError: the vault lock is not held, or the object already exists.
    """
    _require_lock(vault)
    final = vault.object_path(item_id)
    if final.exists():
        raise StoreError(f"object {item_id} already exists", hint="run `vault verify`")
    temp = vault.objects_dir / f".tmp-{item_id}.age-{secrets.token_hex(4)}"
    reader = _HashingReader(src, custody.keyed_hash(), progress)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as out:
            age.encrypt(cast(BinaryIO, reader), out, [recipient])
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return PendingObject(item_id, temp, ObjectDigest(reader.size, reader._mac.hexdigest()))


def _digest_of(path: Path, identity: age.X25519Identity, custody: Custody,
               dst: BinaryIO | None = None, progress: ByteProgress | None = None) -> ObjectDigest:
    sink = _HashingSink(custody.keyed_hash(), dst, progress)
    with path.open("rb") as src:
        age.decrypt(src, cast(BinaryIO, sink), [identity])
    return ObjectDigest(sink.size, str(sink._mac.hexdigest()))


def confirm(pending: PendingObject, identity: age.X25519Identity, custody: Custody) -> None:
    """Decrypt the temp file and check it yields exactly the plaintext that went in.

    :raises DecryptionFailed: it does not decrypt, or its keyed hash or size differ.
    """
    if _digest_of(pending.temp, identity, custody) != pending.digest:
        raise DecryptionFailed(f"object {pending.item_id} does not decrypt to its source",
                               hint="nothing was stored; check the disk and try again")


def publish(vault: Vault, pending: PendingObject) -> Path:
    """Atomically rename the temp file to ``objects/<id>.age`` and fsync the directory."""
    _require_lock(vault)
    final = vault.object_path(pending.item_id)
    os.replace(pending.temp, final)
    fsync_dir(vault.objects_dir)
    return final


def discard(vault: Vault, item_id: str) -> bool:
    """Remove the object file and any temp of ``item_id``; True when something was removed."""
    _require_lock(vault)
    removed = False
    for path in (vault.object_path(item_id), *vault.objects_dir.glob(f".tmp-{item_id}.age-*")):
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):  # objects/ a file
            path.unlink()
            removed = True
    if removed:
        fsync_dir(vault.objects_dir)
    return removed


def decrypt_object(vault: Vault, item_id: str, key_id: str, dst: BinaryIO | None,
                   custody: Custody, *, progress: ByteProgress | None = None) -> ObjectDigest:
    """Decrypt ``objects/<id>.age`` into ``dst`` (streaming) and return its plaintext digest.

    With ``dst=None`` the plaintext is only hashed (verification).

    Compare the digest with the catalog's keyed hash before trusting what was written.

    :raises StoreError: the object file is missing, or its class key was destroyed.
    :raises DecryptionFailed: the object is damaged or not encrypted to its class key.
    """
    path = vault.object_path(item_id)
    identity = custody.class_identity(key_id)
    try:
        return _digest_of(path, identity, custody, dst, progress)
    except FileNotFoundError as exc:
        raise StoreError(f"object {item_id} is missing", hint="run `vault verify`") from exc


def present_item(vault: Vault, item_id: str) -> sqlite3.Row:
    """The catalog row (id, data_class, size, key_id, keyed_hash) of a present item.

    :raises StoreError: malformed id, no such item, or the item was destroyed.
    """
    vault.object_path(item_id)  # validates the id's characters
    row: sqlite3.Row | None = vault.db.execute(
        "SELECT id, data_class, size, state, key_id, keyed_hash, media_format FROM items "
        "WHERE id = ?",
        (item_id,)).fetchone()
    if row is None:
        raise StoreError(f"no item {item_id} in this vault", hint="see `vault list` for item ids")
    if row["state"] != "present":
        newer = successor(vault, item_id)
        if newer is not None:
            raise StoreError(f"item {item_id} was replaced by item {newer}",
                             hint=f"use {newer} (a later redaction of the same transcript, "
                                  "after a review or a re-run)")
        raise StoreError(f"item {item_id} was destroyed", hint="see `vault list`")
    return row


_SUCCESSORS = (
    "SELECT o.id AS old, (SELECT s.id FROM items s WHERE s.parent_id = o.parent_id AND "
    "s.data_class = o.data_class AND s.state = 'present' ORDER BY s.created DESC, s.id DESC "
    "LIMIT 1) AS new FROM items o WHERE o.state = 'destroyed' AND o.certificate IS NULL AND "
    "o.parent_id IS NOT NULL")


def successors(vault: Vault, item_ids: Sequence[str] | None = None) -> dict[str, str]:
    """Superseded item id -> the present item that replaced it.

    A review or a re-run replaces a transcript's redaction and log: the old items become
    tombstones without a disposition certificate (nothing was purged), and the present item of
    the same class and the same parent (the raw transcript) is the current one. Items destroyed
    by a purge have a certificate and no successor.

    :param item_ids: only these ids (default: every superseded item).
    """
    if item_ids is None:
        rows = vault.db.execute(_SUCCESSORS).fetchall()
    else:
        marks = ",".join("?" * len(item_ids))
        rows = vault.db.execute(f"{_SUCCESSORS} AND o.id IN ({marks})",
                                tuple(item_ids)).fetchall() if item_ids else []
    return {str(r["old"]): str(r["new"]) for r in rows if r["new"] is not None}


def successor(vault: Vault, item_id: str) -> str | None:
    """The present item that replaced ``item_id``, or None (see :func:`successors`)."""
    return successors(vault, [item_id]).get(item_id)


def read_object(vault: Vault, item_id: str, custody: Custody | None = None) -> bytes:
    """The whole plaintext of a present item, checked against its keyed hash (for transcripts).

    :raises StoreError: unknown, destroyed or missing item.
    :raises DecryptionFailed: damaged object, or it does not match its keyed hash.
    """
    row = present_item(vault, item_id)
    buffer = io.BytesIO()
    digest = decrypt_object(vault, item_id, row["key_id"], buffer, custody or vault.custody())
    if digest.keyed_hash != row["keyed_hash"]:
        raise DecryptionFailed(f"object {item_id} does not match its keyed hash",
                               hint="restore it from backup; run `vault verify`")
    return buffer.getvalue()
