"""The catalog facts of an item that its audit entry carries, so a restored catalog can be
brought up to date from the log (``vault audit reconcile``, :mod:`vault.reconcile`).

An entry that creates items (``ingest``, ``anonymise``, ``dataset.import``) carries, in
``details["catalog"]``, one record per new item::

    {"id": "it_…", "class": "audio", "key": "key_…", "size": 81234, "keyed_hash": "…",
     "created": "2026-03-02T10:15:00Z", "interview": 1, "media_format": "wav",
     "duration": 12.5, "recorded": "2026-03-01", "parent": null,
     "sealed_marker": "<base64 age file>", "sealed_name": "<base64 age file>"}

Everything in the clear is what the catalog already holds in the clear (DESIGN.md: sizes,
dates, classes, internal ids, keyed hashes); the participant marker and the original file name
are age-encrypted to the item's own class key, so only a custodian can restore them, and
crypto-shredding the key shreds them too::

    details["catalog"] = item_records(tx, [item_id])     # inside the write transaction
    reason = restore_item(tx, custody, record)           # None when the row was restored
"""
from __future__ import annotations

import base64
import binascii
import sqlite3
from collections.abc import Mapping, Sequence
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

__all__ = ["item_records", "restore_item"]


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


def restore_item(tx: sqlite3.Connection, custody: Custody, record: Mapping[str, Any],
                 object_exists: bool) -> str | None:
    """Insert the catalog row an audit record describes, when everything it needs is here.

    :returns: ``None`` when restored, else why not (already catalogued, no object file, its
        class key or participant or parent is not in this catalog).
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
    # asked, not caught: the catalog connection reports a constraint as a vault error
    # (vault.catalog_connection), like any other SQLite failure
    if record.get("keyed_hash") is not None and tx.execute(
            "SELECT 1 FROM items WHERE data_class = ? AND keyed_hash = ? AND state = 'present'",
            (record["class"], record["keyed_hash"])).fetchone():
        return "the catalog holds an item with the same content"
    tx.execute(
        "INSERT INTO items(id, data_class, participant_marker, interview, original_name, "
        "size, created, state, key_id, keyed_hash, media_format, duration, recorded, "
        "parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'present', ?, ?, ?, ?, ?, ?)",
        (item_id, record["class"], marker, record.get("interview"), name, record["size"],
         record["created"], record["key"], record.get("keyed_hash"),
         record.get("media_format"), record.get("duration"), record.get("recorded"),
         parent))
    return None
