"""Helpers for the retention tests: catalog items with real age objects, or bare rows.

Not a test module (it has no tests); the retention, hold and crash tests import from it.
"""
from __future__ import annotations

import datetime as dt
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from vault import age
from vault.files import write_private
from vault.ids import new_id
from vault.retention.rules import key_period
from vault.store import Vault


def put_item(vault: Vault, data_class: str, *, created: str = "2026-01-15T10:00:00Z",
             marker: str | None = None, content: bytes | None = None) -> str:
    """A present item with a real age-encrypted object, keyed as ingest keys it."""
    from vault.keys import class_recipient

    item_id = new_id("it")
    period = key_period(vault, data_class, ingested=dt.date.fromisoformat(created[:10]),
                        participant_marker=marker)
    content = content if content is not None else secrets.token_bytes(200)
    with vault.write() as tx:
        key = class_recipient(vault, tx, data_class, period)
        key_id, recipient = key.id, key.recipient
        write_private(vault.object_path(item_id), age.encrypt_bytes(content, [recipient]))
        tx.execute("INSERT INTO items(id, data_class, participant_marker, interview, "
                   "original_name, size, created, state, key_id, keyed_hash) "
                   "VALUES (?, ?, ?, 1, ?, ?, ?, 'present', ?, ?)",
                   (item_id, data_class, marker,
                    age.encrypt_bytes(b"secret name.wav", [recipient]), len(content), created,
                    key_id, secrets.token_hex(32)))
    return item_id


def put_rows(db: sqlite3.Connection, rows: list[tuple[str, str, str | None, str]],
             *, objects_dir: Path | None = None) -> None:
    """Bare item rows (id, class, marker, created) with fake class keys, one per class+period.

    Fast: no encryption. With ``objects_dir`` a dummy object file is written per item.
    """
    db.execute("BEGIN IMMEDIATE")
    keys: dict[tuple[str, str], str] = {}
    for item_id, cls, marker, created in rows:
        label = f"{cls}:{created[:7]}"
        if (cls, label) not in keys:
            key_id = f"key_{len(keys):04d}{secrets.token_hex(2)}"
            db.execute("INSERT INTO keys(id, data_class, period, recipient, wrapped, created) "
                       "VALUES (?, ?, ?, 'age1fake', X'00', '2026-01-01T00:00:00Z')",
                       (key_id, cls, label))
            keys[(cls, label)] = key_id
        db.execute("INSERT INTO items(id, data_class, participant_marker, size, created, state, "
                   "key_id, keyed_hash) VALUES (?, ?, ?, 1, ?, 'present', ?, ?)",
                   (item_id, cls, marker, created, keys[(cls, label)], secrets.token_hex(16)))
        if objects_dir is not None:
            (objects_dir / f"{item_id}.age").write_bytes(b"x")
    db.execute("COMMIT")


def add_marker(vault: Vault, marker: str, *, withdrawn: str | None = None) -> None:
    with vault.write() as tx:
        tx.execute("INSERT INTO participants(marker, created, state, withdrawn) "
                   "VALUES (?, '2026-01-01T00:00:00Z', ?, ?)",
                   (marker, "withdrawn" if withdrawn else "active", withdrawn))


def set_events(vault: Vault, **events: str) -> None:
    from vault.events import set_event

    for name, date in events.items():
        set_event(vault, name, dt.date.fromisoformat(date))


def write_policy(vault: Vault, **changes: Any) -> None:
    """Rewrite the vault's retention.toml: ``audio=("P90D", "ingested")``, ``approval=True``."""
    from vault.retention.rules import DATA_CLASSES

    rules = {c: ("P3Y", "final_report") for c in DATA_CLASSES}
    rules["audio"] = ("P3M", "final_report")
    approval = bool(changes.pop("approval", False))
    rules.update(changes)
    text = f"version = 1\nrequire_approval = {'true' if approval else 'false'}\n"
    for cls, (period, anchor) in rules.items():
        text += f'\n[classes.{cls}]\nperiod = "{period}"\nanchor = "{anchor}"\n'
    path = vault.policies_dir / "retention.toml"
    os.chmod(path, 0o600)
    path.write_text(text)


def consistency_problems(root: Path) -> list[str]:
    """Catalog vs objects/, read raw (no recovery): what a kill must never leave.

    Allowed: an item listed in an open purge journal may have lost its file while its row is
    still 'present' (destruction in flight; recovery completes it). Never allowed: a present
    item outside the journal without its file; a tombstone whose file still exists; a destroyed
    class key still used by a present item; a tombstone that keeps an identifier.
    """
    import json

    db = sqlite3.connect(f"file:{root / 'catalog.sqlite'}?mode=ro", uri=True)
    try:
        in_flight: set[str] = set()
        for op, payload in db.execute("SELECT op, payload FROM journal"):
            if op == "purge":
                in_flight |= {i[0] for i in json.loads(payload)["items"]}
        problems = []
        for item_id, state, marker, name, khash in db.execute(
                "SELECT id, state, participant_marker, original_name, keyed_hash FROM items"):
            exists = (root / "objects" / f"{item_id}.age").exists()
            if state == "present" and not exists and item_id not in in_flight:
                problems.append(f"{item_id}: catalog says present, object gone")
            if state == "destroyed" and exists:
                problems.append(f"{item_id}: catalog says destroyed, object exists")
            if state == "destroyed" and (marker or name or khash):
                problems.append(f"{item_id}: tombstone keeps an identifier")
        for (key_id,) in db.execute(
                "SELECT k.id FROM keys k JOIN items i ON i.key_id = k.id "
                "WHERE k.state = 'destroyed' AND i.state = 'present'"):
            problems.append(f"{key_id}: destroyed key still used by a present item")
        return problems
    finally:
        db.close()
