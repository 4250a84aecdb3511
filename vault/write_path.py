"""The one write path: how every operation changes the vault, step by named step.

An operation — ingest, dataset import and removal, redaction, review, release, code rotation,
purge, withdrawal, custodian changes — declares its fault points next to its code and runs
inside :func:`begin`::

    POINTS = declare_points("ingest", {**STORE_STEPS, "source-removed": "…"})

    @recovers("ingest")
    def settle_ingest(vault, payload):             # the same function after an error or a kill
        return settle_objects(vault, payload, action="ingest")

    item = NewItem(new_id("it"), "audio", participant_marker=marker, name=b"int03.wav")
    with begin(vault, POINTS, items=[item.id]) as op:        # lock, journal: "journaled"
        op.store([NewObject(item, source)])                   # key, encrypt, confirm, publish
        op.commit(action="ingest", details={"size": …})       # ONE transaction: "committed"

:meth:`Operation.store` owns, for each object: the class key (looked up, or created and
journaled — :meth:`Operation.class_key`, the one place that decides which key an object gets),
encryption into a temp file in ``objects/`` with a keyed hash of the plaintext, the duplicate
check, the confirmation (decrypt the temp, compare the keyed hash), and publication (fsync,
atomic rename). :meth:`Operation.commit` is the commit point: the operation's catalog rows —
this module is the only one that inserts items (:func:`insert_items`, which ``vault audit
reconcile`` also calls to re-catalogue items from the log) — the rows it supersedes turned into
tombstones, its other changes, its audit entry (carrying the new items' catalog facts,
:mod:`vault.item_facts`, so a catalog restored from a backup can be brought up to date) and the
journal's close, in one transaction.

Whatever the block raises, :meth:`vault.store.Vault.operation` runs the operation's settle
function — the very one :meth:`vault.store.Vault.recover` runs after a kill — and closes the
journal. :func:`settle_objects` is that function for operations that store objects: without
the commit it removes their objects and temps and any class key they created (unused); with it
it removes the files of the objects they superseded.

Each step reaches a named fault point (:mod:`vault.faults`): ``<op>.journaled``,
``<op>.key-created``, ``<op>.encrypting``, ``<op>.encrypted``, ``<op>.confirmed``,
``<op>.published``, ``<op>.committed``, ``<op>.superseded``.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from vault import age, objects
from vault.clock import utc_now, utc_today
from vault.errors import StoreError, VaultError
from vault.faults import FaultPoints
from vault.item_facts import ItemRow, item_records
from vault.keys import ClassKey, class_recipient, delete_unused_key
from vault.retention.rules import key_period
from vault.store import Settled

if TYPE_CHECKING:
    import sqlite3

    from vault.store import Vault

__all__ = [
    "COMMIT_STEPS", "STORE_STEPS", "SUPERSEDE_STEPS", "NewItem", "NewObject", "Operation", "StoredObject",
    "begin", "insert_items", "settle_objects",
]

#: the fault points of an operation that only commits (no object): reach them via begin/commit
COMMIT_STEPS: Mapping[str, str] = {
    "journaled": "the journal entry is committed; nothing else has changed",
    "committed": "the operation's one transaction (its changes, audit entry, journal close) "
                 "is committed",
}

#: the fault points of an operation that stores objects
STORE_STEPS: Mapping[str, str] = {
    "journaled": "the journal entry naming the new items is committed; nothing else exists",
    "key-created": "a new class key is committed and journaled; no object uses it yet",
    "encrypting": "a temp file in objects/ holds part of the ciphertext",
    "encrypted": "every new object is a complete, fsynced temp file in objects/",
    "confirmed": "every temp file decrypts to its keyed hash",
    "published": "every object is renamed to objects/<id>.age; the catalog does not list it",
    "committed": "the catalog rows, tombstones, audit entry (and journal close) are committed",
}

#: the extra fault point of an operation that supersedes objects (a rerun, a review)
SUPERSEDE_STEPS: Mapping[str, str] = {
    "superseded": "the files of the superseded objects are removed; the journal is still open",
}

#: called with a duplicate's existing item id: the error to raise instead of storing it
DuplicateError = Callable[[str], VaultError]


@dataclass(frozen=True)
class NewItem:
    """The catalog row of an object an operation stores (see ``items`` in ``store.py``)."""

    id: str
    data_class: str
    participant_marker: str | None = None
    interview: int | None = None
    #: the original file name (plaintext here; stored encrypted to the item's class key)
    name: bytes | None = None
    media_format: str | None = None
    duration: float | None = None
    recorded: str | None = None
    parent_id: str | None = None
    #: a class key of its own (a dataset: its removal then shreds exactly it)
    own_key: bool = False


@dataclass(frozen=True)
class NewObject:
    """An object to store: its catalog row, its plaintext stream, and how to refuse a copy."""

    item: NewItem
    source: BinaryIO
    #: the error for content already present in the class (default: a StoreError)
    duplicate: DuplicateError | None = None


@dataclass(frozen=True)
class StoredObject:
    """An object published by :meth:`Operation.store`, waiting for :meth:`Operation.commit`."""

    item: NewItem
    key: ClassKey
    digest: objects.ObjectDigest
    sealed_name: bytes | None


class Operation:
    """A journaled operation in progress (made by :func:`begin`; holds the vault lock)."""

    def __init__(self, vault: Vault, points: FaultPoints, journal_id: int,
                 payload: dict[str, Any]) -> None:
        self.vault = vault
        self.points = points
        self.journal_id = journal_id
        self.payload = payload
        self._stored: list[StoredObject] = []
        #: the commit's timestamp, once committed
        self.committed: str | None = None

    @property
    def op(self) -> str:
        return self.points.op

    def step(self, name: str) -> None:
        """Reach this operation's fault point ``name`` (declared with the operation)."""
        self.points.reach(name)

    def record(self, **fields: Any) -> None:
        """Journal more of what the settle function needs (one transaction)."""
        self.payload.update(fields)
        self.vault.journal_update(self.journal_id, self.payload)

    # -- class keys ----------------------------------------------------------------------------
    def class_key(self, data_class: str, *, participant_marker: str | None,
                  own: str | None = None) -> ClassKey:
        """The class key a new object of ``data_class`` is encrypted to: found, or created and
        journaled (the ``key-created`` point) so that a settle can delete it while unused.

        Which key an object gets is decided here and only here: today one per (data class,
        retention period) from ``policies/retention.toml``, ``own`` giving an object a key of
        its own.
        """
        period = key_period(self.vault, data_class, ingested=utc_today(),
                            participant_marker=participant_marker)
        if own is not None:
            period = f"{period}/{own}"
        with self.vault.write() as tx:
            key = class_recipient(self.vault, tx, data_class, period)
            if key.created:
                self.payload.setdefault("keys", []).append(key.id)
                self.vault.journal_update(self.journal_id, self.payload, tx)
        if key.created:
            self.step("key-created")
        return key

    # -- objects -------------------------------------------------------------------------------
    def store(self, new: Sequence[NewObject], *,
              progress: objects.ByteProgress | None = None) -> list[StoredObject]:
        """Encrypt, check, confirm and publish ``new`` (not yet catalogued: see :meth:`commit`).

        :raises VaultError: a duplicate of a present item of the same class (the object's own
            error), or the confirmation failed (:class:`DecryptionFailed`); the operation is
            then settled (nothing stays).
        """
        vault = self.vault
        custody = vault.custody()
        journaled = set(self.payload.get("items", []))
        keyed: list[tuple[NewObject, ClassKey]] = []
        for obj in new:
            if obj.item.id not in journaled:
                raise StoreError(f"item {obj.item.id} is not in the journal entry",
                                 hint="pass its id to begin(items=…) (a programming error)")
            keyed.append((obj, self.class_key(obj.item.data_class,
                                              participant_marker=obj.item.participant_marker,
                                              own=obj.item.id if obj.item.own_key else None)))
        pending: list[objects.PendingObject] = []
        started = [False]

        def streamed(n: int) -> None:
            if not started[0] and n:
                started[0] = True
                self.step("encrypting")
            if progress is not None:
                progress(n)

        for obj, key in keyed:
            pending.append(objects.encrypt_to_temp(vault, obj.item.id, obj.source,
                                                   key.recipient, custody, progress=streamed))
        self.step("encrypted")
        replaced = set(self.payload.get("supersede", []))
        for (obj, _key), temp in zip(keyed, pending):
            row = vault.db.execute(
                "SELECT id FROM items WHERE data_class = ? AND keyed_hash = ? "
                "AND state = 'present'", (obj.item.data_class, temp.digest.keyed_hash)
            ).fetchone()
            if row is not None and row["id"] not in replaced:
                existing = str(row["id"])
                raise (obj.duplicate(existing) if obj.duplicate is not None else StoreError(
                    f"item {obj.item.id} has the same content as item {existing}",
                    hint="nothing was stored"))
        for (_obj, key), temp in zip(keyed, pending):
            objects.confirm(temp, custody.class_identity(key.id), custody)
        self.step("confirmed")
        stored = []
        for (obj, key), temp in zip(keyed, pending):
            objects.publish(vault, temp)
            name = obj.item.name
            stored.append(StoredObject(obj.item, key, temp.digest,
                                       age.encrypt_bytes(name, [key.recipient])
                                       if name is not None else None))
        self.step("published")
        self._stored.extend(stored)
        return stored

    # -- the commit point ----------------------------------------------------------------------
    def commit(self, *, action: str, details: Mapping[str, Any], outcome: str = "ok",
               items: Sequence[str] | Callable[[], Sequence[str]] | None = None,
               apply: Callable[[sqlite3.Connection], Mapping[str, Any] | None] | None = None,
               close: bool = True) -> str:
        """Commit the operation in one transaction, and reach ``committed``.

        In it: the catalog rows of every object :meth:`store` published; the items journaled
        as ``supersede`` turned into tombstones; ``apply(tx)`` (the operation's other changes;
        what it returns is added to the audit details); the audit entry, whose details carry
        the new items' catalog facts (``catalog``: :func:`vault.item_facts.item_records`) and
        the ids it turned into tombstones (``tombstoned``);
        and, with ``close``, the journal's close (an operation with work left after its
        commit — removing superseded files — closes it when its block ends).

        :param items: the ids the audit entry names (default: the new items and superseded
            ones); a callable is asked after ``apply`` (ids that ``apply`` decided).
        :returns: the commit's UTC timestamp (the new items' ``created``).
        :raises StoreError: a superseded item is no longer present (changed meanwhile).
        """
        vault = self.vault
        now = utc_now()
        supersede = [str(i) for i in self.payload.get("supersede", [])]
        new_ids = [s.item.id for s in self._stored]
        with vault.write() as tx:
            if supersede:
                marks = ",".join("?" * len(supersede))
                cur = tx.execute(
                    "UPDATE items SET state = 'destroyed', destroyed = ?, original_name = NULL, "
                    f"keyed_hash = NULL WHERE id IN ({marks}) AND state = 'present'",
                    (now, *supersede))
                if cur.rowcount != len(supersede):
                    raise StoreError(f"{self.op}: an item it replaces changed meanwhile",
                                     hint="run the command again")
            insert_items(tx, [ItemRow(
                id=s.item.id, data_class=s.item.data_class, size=s.digest.size, created=now,
                key_id=s.key.id, keyed_hash=s.digest.keyed_hash,
                participant_marker=s.item.participant_marker, interview=s.item.interview,
                sealed_name=s.sealed_name, media_format=s.item.media_format,
                duration=s.item.duration, recorded=s.item.recorded, parent_id=s.item.parent_id)
                for s in self._stored])
            extra = apply(tx) if apply is not None else None
            facts: dict[str, Any] = {"catalog": item_records(tx, new_ids)} if new_ids else {}
            if supersede:  # the tombstones, for a catalog restored from an older backup
                facts["tombstoned"] = supersede
            named = items() if callable(items) else items
            vault.audit.append(tx, action=action, outcome=outcome,
                               items=list(named) if named is not None else [*new_ids,
                                                                            *supersede],
                               details={**details, **(extra or {}), **facts})
            if close:
                vault.journal_finish(tx, self.journal_id)
        self.committed = now
        self.step("committed")
        return now

    def discard_superseded(self) -> None:
        """After the commit: remove the files of the superseded objects (``superseded``)."""
        for old in self.payload.get("supersede", []):
            objects.discard(self.vault, str(old))
        self.step("superseded")


def insert_items(tx: sqlite3.Connection, rows: Sequence[ItemRow]) -> None:
    """Insert present ``rows`` into the catalog's ``items`` inside ``tx``: the one place that
    does (:meth:`Operation.commit`; ``vault audit reconcile`` re-cataloguing from the log)."""
    tx.executemany(
        "INSERT INTO items(id, data_class, participant_marker, interview, original_name, "
        "size, created, state, key_id, keyed_hash, media_format, duration, recorded, "
        "parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'present', ?, ?, ?, ?, ?, ?)",
        [(r.id, r.data_class, r.participant_marker, r.interview, r.sealed_name, r.size,
          r.created, r.key_id, r.keyed_hash, r.media_format, r.duration, r.recorded,
          r.parent_id) for r in rows])


@contextlib.contextmanager
def begin(vault: Vault, points: FaultPoints, payload: Mapping[str, Any] | None = None, *,
          items: Sequence[str] = (), supersede: Sequence[str] = (),
          lock_timeout: float | None = None) -> Iterator[Operation]:
    """Start operation ``points.op``: take the vault lock, journal it, reach ``journaled``.

    :param payload: what the operation's settle function needs (JSON-able).
    :param items: ids of the items it will store (journaled before any file is written).
    :param supersede: ids of present items its commit turns into tombstones.
    :param lock_timeout: seconds to wait for the lock (default: the vault's).
    :raises LockBusy: another process holds the vault lock.
    """
    body = dict(payload or {})
    body.setdefault("items", list(items))
    body.setdefault("supersede", list(supersede))
    body.setdefault("keys", [])
    with vault.locked(lock_timeout), vault.operation(points.op, body) as journal_id:
        op = Operation(vault, points, journal_id, body)
        op.step("journaled")
        yield op


def _listed(payload: Mapping[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """(new items, created keys, superseded items) of a journal payload — also the forms
    journaled by earlier versions (``item``/``new_key``, ``redacted``/``log``/``new_keys``)."""
    items = [str(i) for i in payload.get("items") or ()]
    if not items:
        items = [str(payload[k]) for k in ("item", "redacted", "log") if payload.get(k)]
    keys = [str(k) for k in payload.get("keys") or payload.get("new_keys") or ()]
    if payload.get("new_key"):
        keys.append(str(payload["new_key"]))
    return items, keys, [str(i) for i in payload.get("supersede") or ()]


def settle_objects(vault: Vault, payload: Mapping[str, Any], *, action: str,
                   items: Sequence[str] | None = None,
                   details: Mapping[str, Any] | None = None) -> Settled | None:
    """The settle function of an operation that stores objects (idempotent, under the lock).

    The commit point is the catalog row of its first new item. Committed: the files of the
    items it superseded are removed (their tombstones are committed). Not committed: its
    objects and temps are removed, and the class keys it created while no item uses them.

    :param items: the ids a rollback's audit entry names (default: the new items).
    :returns: the ``rolled-back`` audit entry when a rollback removed something, else None.
    """
    new, keys, supersede = _listed(payload)
    with vault.locked():
        if new and vault.db.execute("SELECT 1 FROM items WHERE id = ?",
                                    (new[0],)).fetchone() is not None:
            for old in supersede:
                row = vault.db.execute("SELECT state FROM items WHERE id = ?",
                                       (old,)).fetchone()
                if row is not None and row["state"] == "destroyed":
                    objects.discard(vault, old)
            return None
        removed = False
        for item_id in new:
            removed = objects.discard(vault, item_id) or removed
        if keys:
            with vault.write() as tx:
                for key_id in keys:
                    removed = delete_unused_key(tx, key_id) or removed
    if not removed:
        return None
    return Settled(action, "rolled-back", tuple(items if items is not None else new),
                   {**dict(details or {}), "reason": "interrupted before commit"})

