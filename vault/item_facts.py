"""The catalog facts of an item that its audit entry carries, so a restored catalog can be
brought up to date from the log (``vault audit reconcile``, :mod:`vault.reconcile`).

An entry that creates items (``ingest``, ``anonymise``, ``review``, ``dataset.import`` — the
write path's commit adds them, :meth:`vault.write_path.Operation.commit`) carries, in
``details["catalog"]``, one record per new item::

    {"id": "it_…", "class": "audio", "key": "key_…", "size": 81234, "keyed_hash": "…",
     "created": "2026-03-02T10:15:00Z", "interview": 1, "media_format": "wav",
     "duration": 12.5, "recorded": "2026-03-01", "parent": null,
     "sealed_marker": "<base64 age file>", "sealed_name": "<base64 age file>"}

and, when it superseded items (a rerun, a review), their ids in ``details["tombstoned"]``.

Everything in the clear is what the catalog already holds in the clear (DESIGN.md: sizes,
dates, classes, internal ids, keyed hashes); the participant marker and the original file name
are age-encrypted to the item's own class key, so only a custodian can restore them, and
crypto-shredding the key shreds them too::

    details["catalog"] = item_records(tx, item_ids)      # the write path's commit does this
    row = restorable_item(tx, custody, record, exists)   # an ItemRow, or why not
    insert_items(tx, [row])                              # vault.write_path: the one insert
"""
from __future__ import annotations

import base64
import binascii
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vault import age
from vault.errors import (
    CustodyError,
    DecryptionFailed,
    LockBusy,
    StoreError,
    VaultFileError,
)

if TYPE_CHECKING:
    from vault.keys import Custody

__all__ = ["ItemRow", "item_records", "restorable_item"]


@dataclass(frozen=True)
class ItemRow:
    """One present row of the catalog's ``items`` table, as :func:`vault.write_path.insert_items`
    inserts it (the participant marker in the clear, the original name sealed to the key)."""

    id: str
    data_class: str
    size: int
    created: str
    key_id: str
    keyed_hash: str | None
    participant_marker: str | None = None
    interview: int | None = None
    #: the original file name, age-encrypted to the item's class key
    sealed_name: bytes | None = None
    media_format: str | None = None
    duration: float | None = None
    recorded: str | None = None
    parent_id: str | None = None


def item_records(tx: sqlite3.Connection, item_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The facts of ``item_ids`` (catalogued in ``tx``) for their audit entry."""
    out = []
    for item_id in item_ids:
        row = tx.execute(
            "SELECT i.*, k.recipient FROM items i JOIN keys k ON k.id = i.key_id "
            "WHERE i.id = ?", (item_id,)).fetchone()
        if row is None:
            continue
        recipient = age.X25519Recipient.from_string(row["recipient"])
        marker = row["participant_marker"]
        name = row["original_name"]
        out.append({
            "id": row["id"], "class": row["data_class"], "key": row["key_id"],
            "size": row["size"], "keyed_hash": row["keyed_hash"], "created": row["created"],
            "interview": row["interview"], "media_format": row["media_format"],
            "duration": row["duration"], "recorded": row["recorded"],
            "parent": row["parent_id"],
            "sealed_marker": base64.b64encode(age.encrypt_bytes(
                marker.encode(), [recipient])).decode() if marker is not None else None,
            "sealed_name": base64.b64encode(bytes(name)).decode() if name is not None
            else None})
    return out


def restorable_item(tx: sqlite3.Connection, custody: Custody, record: Mapping[str, Any],
                    object_exists: bool) -> ItemRow | str:
    """The catalog row an audit record describes, when everything it needs is here.

    :returns: the row to insert (:func:`vault.write_path.insert_items`), else why not (already
        catalogued, no object file, its class key or participant or parent is not in this
        catalog, the catalog holds its content under another id).
    """
    item_id = str(record.get("id", ""))
    if tx.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone():
        return "already catalogued"
    if not object_exists:
        return "no object file"
    key = tx.execute("SELECT state FROM keys WHERE id = ?", (record.get("key"),)).fetchone()
    if key is None or key["state"] != "active":
        return "its class key is not in this catalog (created after the backup, or destroyed)"
    marker = None
    try:
        identity = custody.class_identity(str(record["key"]))
        if record.get("sealed_marker"):
            marker = age.decrypt_bytes(base64.b64decode(record["sealed_marker"]),
                                       [identity]).decode()
        name = base64.b64decode(record["sealed_name"]) if record.get("sealed_name") else None
    except (VaultFileError, LockBusy):
        raise  # the catalog or a file failed, which says nothing about the sealed facts
    except (DecryptionFailed, CustodyError, StoreError, binascii.Error, UnicodeDecodeError):
        return "its sealed facts do not decrypt with its class key"
    if marker is not None and not tx.execute(
            "SELECT 1 FROM participants WHERE marker = ?", (marker,)).fetchone():
        return "its participant is not in this catalog (registered after the backup)"
    parent = record.get("parent")
    if parent and not tx.execute("SELECT 1 FROM items WHERE id = ?", (parent,)).fetchone():
        return "its parent item is not in this catalog"
    if record.get("keyed_hash") is not None and tx.execute(
            "SELECT 1 FROM items WHERE data_class = ? AND keyed_hash = ? AND state = 'present'",
            (record["class"], record["keyed_hash"])).fetchone():
        return "the catalog holds an item with the same content"
    return ItemRow(id=item_id, data_class=str(record["class"]), size=int(record["size"]),
                   created=str(record["created"]), key_id=str(record["key"]),
                   keyed_hash=record.get("keyed_hash"), participant_marker=marker,
                   interview=record.get("interview"), sealed_name=name,
                   media_format=record.get("media_format"), duration=record.get("duration"),
                   recorded=record.get("recorded"), parent_id=parent or None)
