"""Bringing a catalog that is behind its audit log up to date, losing nothing
(``vault audit reconcile``).

When ``catalog.sqlite`` is restored from an older backup, audit.log and objects/ are ahead of
it: the log holds committed, signed entries past the catalog's head, and objects/ holds files
those entries created. Vault notices (:class:`vault.audit.Divergence`), refuses writes, and
:func:`reconcile` resolves it under the lock, once a custodian has looked:

1. the committed part of the log must verify (else nothing is done);
2. the lines past the head that verify as signed entries continuing it are **adopted**: the
   catalog's head moves to the last of them; nothing is rewritten;
3. whatever follows them (junk, unsigned or altered lines) is **quarantined**: copied to
   ``audit.quarantine/<first seq>-<sha256 prefix>.log`` (0600, fsynced) and only then removed
   from audit.log, so the log ends at a verified entry again and the bytes are kept;
4. the adopted entries are replayed where they carry what is needed: items their ``catalog``
   records describe are re-catalogued (:mod:`vault.item_facts`) when their object file, class
   key and participant are in this catalog; items an entry superseded (``tombstoned``: a
   rerun, a review) become tombstones again; items and class keys a ``retention.purge``
   destroyed are marked destroyed again (a restored catalog must not resurrect a shredded key);
5. one signed ``audit.reconcile`` entry records what was adopted, quarantined, re-catalogued
   and what could not be re-applied (other actions, whose effects are missing from this catalog).

Object files are never deleted. ``reconcile(vault, dry_run=True)`` reports the plan only.

It is an ``audit-reconcile`` operation of the write path (:mod:`vault.write_path`), with its
fault points (:data:`POINTS`): journaled (naming the quarantine file to come), ``quarantined``,
``cut``, and the one transaction of steps 2, 4 and 5 (re-catalogued rows go in through
:func:`vault.write_path.insert_items`, the one insert of items). A kill anywhere leaves a state
the next run completes: until the commit the log still runs past the catalog, so writes stay
refused and ``vault audit reconcile`` runs again — it finds a quarantine file an interrupted run
left by its name (``<first seq>-…``), so the entry still records it; when nothing verified was
left to adopt, the log no longer runs past the catalog after the cut, and the next command's
recovery records the quarantine itself (:func:`settle_reconcile`).
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.errors import AuditError
from vault.faults import declare_points
from vault.files import DIR_MODE, fsync_dir, write_private
from vault.item_facts import restorable_item
from vault.keys import destroy_class_key
from vault.shredding import shred_destroyed
from vault.store import Settled, recovers
from vault.write_path import COMMIT_STEPS, begin, insert_items

if TYPE_CHECKING:
    import sqlite3

    from vault.store import Vault

__all__ = ["POINTS", "QUARANTINE_DIR", "ReconcileResult", "reconcile", "settle_reconcile"]

#: the fault points of `vault audit reconcile` (see :mod:`vault.faults`)
POINTS = declare_points("audit-reconcile", {
    "journaled": "the journal entry naming the quarantine file to come is committed; the "
                 "catalog and audit.log are unchanged",
    "quarantined": "the unverified bytes are copied to their quarantine file (fsynced); "
                   "audit.log still holds them",
    "cut": "audit.log ends at the last verified entry; the catalog is unchanged",
    "committed": "the adoption, the re-catalogued and destroyed items, the audit.reconcile "
                 "entry and the journal close are committed",
})
assert set(COMMIT_STEPS) <= set(POINTS.steps)

#: the side directory (in the vault) for bytes removed from audit.log unverified
QUARANTINE_DIR = "audit.quarantine"
#: adopted actions that change nothing in the catalog (nothing to re-apply)
_READ_ONLY = ("verify", "audit.reconcile", "export", "reveal", "participant.reveal",
              "redaction.terms-reveal",
              "codes.history", "retention.purge-start")
#: adopted actions whose catalog effect an earlier adopted entry carries: ``dataset.remove``
#: follows the ``retention.purge`` entry that destroyed the dataset and its key
_CARRIED = ("dataset.remove",)


@dataclass(frozen=True)
class ReconcileResult:
    """What :func:`reconcile` did (or, with ``dry_run``, would do)."""

    dry_run: bool
    #: sequence numbers of the adopted entries (first, last), or None
    adopted: tuple[int, int] | None = None
    #: the quarantine file (relative to the vault) and how many bytes went there
    quarantined: str | None = None
    quarantined_bytes: int = 0
    recatalogued: tuple[str, ...] = ()
    #: item id -> why it was not re-catalogued
    not_recatalogued: dict[str, str] = field(default_factory=dict)
    destroyed: tuple[str, ...] = ()
    keys_destroyed: tuple[str, ...] = ()
    #: action -> count of adopted entries whose effect could not be re-applied
    not_reapplied: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return self.adopted is not None or self.quarantined is not None

    def to_json(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "adopted": list(self.adopted) if self.adopted else None,
                "quarantined": self.quarantined, "quarantined_bytes": self.quarantined_bytes,
                "recatalogued": list(self.recatalogued),
                "not_recatalogued": self.not_recatalogued, "destroyed": list(self.destroyed),
                "keys_destroyed": list(self.keys_destroyed),
                "not_reapplied": self.not_reapplied}


def reconcile(vault: Vault, *, dry_run: bool = False) -> ReconcileResult:
    """Adopt the verified, signed tail of audit.log, quarantine the rest, replay what the
    adopted entries carry. Needs an unlocked custodian (it signs and decrypts sealed facts).

    :raises AuditError: audit.log lacks committed entries, or its committed part does not
        verify (restore from backup instead).
    :raises CustodyError: no custodian can be unlocked.
    """
    custody = vault.custody()
    audit = vault.audit
    with vault.locked():
        state = audit.state()
        if state.missing:
            raise AuditError("audit.log lacks committed entries; reconcile cannot bring "
                             "them back", hint="restore audit.log from a backup that holds them")
        verifier = audit.verifier()
        audit.verify_committed(state, verifier)
        if not state.tail:
            audit.divergence = None
            return ReconcileResult(dry_run=dry_run)
        good, rest = audit.tail_entries(state, verifier)
        entries = [json.loads(line) for line in good]
        end = state.tail_start + sum(len(line) + 1 for line in good)
        plan = _replay_plan(vault, entries)
        first_seq = state.seq + len(good) + 1
        quarantine = (f"{QUARANTINE_DIR}/{first_seq}-{hashlib.sha256(rest).hexdigest()[:16]}.log"
                      if rest else None)
        adopted = (entries[0]["seq"], entries[-1]["seq"]) if entries else None
        if dry_run:
            return ReconcileResult(dry_run=True, adopted=adopted, quarantined=quarantine,
                                   quarantined_bytes=len(rest),
                                   recatalogued=tuple(r["id"] for r in plan["records"]),
                                   destroyed=(*(i for i, _ in plan["tombstoned"]),
                                              *plan["destroyed"]),
                                   keys_destroyed=tuple(plan["keys"]),
                                   not_reapplied=dict(plan["other"]))
        kept = _Quarantine(quarantine, len(rest), hashlib.sha256(rest).hexdigest()) \
            if rest else _left_by_an_interrupted_run(vault, first_seq, [*state.lines, *good])
        audit.divergence = None
        audit.reconciling = True
        try:
            with begin(vault, POINTS, {"catalog_head_was": state.seq, **kept.to_json()}) as op:
                if rest and quarantine is not None:
                    _copy_to_quarantine(vault, quarantine, rest)
                    op.step("quarantined")
                    _cut(vault, end, len(rest))
                    op.step("cut")
                replayed: dict[str, Any] = {}

                def replay(tx: sqlite3.Connection) -> dict[str, Any]:
                    audit.adopt(tx, good, end)
                    replayed.update(_replay(vault, tx, custody, plan))
                    return {"recatalogued": len(replayed["restored"]),
                            "not_recatalogued": len(replayed["skipped"]),
                            "destroyed": len(replayed["destroyed"]),
                            "keys_destroyed": replayed["keys"]}

                op.commit(action="audit.reconcile", apply=replay,
                          items=lambda: [*replayed["restored"], *replayed["destroyed"]],
                          details={
                              "catalog_head_was": state.seq, "adopted": adopted,
                              **kept.to_json(), "not_reapplied": dict(plan["other"])})
        finally:
            audit.reconciling = False
    if replayed.get("keys"):
        # keys the replayed purges destroyed: their secrets leave the keystore and the managed
        # backups now (idempotent; any later purge would also do it)
        shred_destroyed(vault, custody)
    return ReconcileResult(
        dry_run=False, adopted=adopted, quarantined=kept.name,
        quarantined_bytes=kept.size, recatalogued=tuple(replayed["restored"]),
        not_recatalogued=replayed["skipped"], destroyed=tuple(replayed["destroyed"]),
        keys_destroyed=tuple(replayed["keys"]), not_reapplied=dict(plan["other"]))


def _replay(vault: Vault, tx: sqlite3.Connection, custody: Any, plan: dict[str, Any]
            ) -> dict[str, Any]:
    """Inside the commit: re-catalogue what the records describe, destroy what purges did."""
    restored: list[str] = []
    skipped: dict[str, str] = {}
    # first the tombstones (as each commit made them before its inserts): a rerun's identical
    # content is then no duplicate of the redaction it replaced
    tombstoned = [i for i, when in plan["tombstoned"] if tx.execute(
        "UPDATE items SET state = 'destroyed', destroyed = ?, original_name = NULL, "
        "keyed_hash = NULL WHERE id = ? AND state = 'present'", (when, i)).rowcount]
    for record in plan["records"]:
        exists = vault.object_path(str(record["id"])).is_file()
        row = restorable_item(tx, custody, record, exists)
        if isinstance(row, str):
            skipped[str(record["id"])] = row
            continue
        insert_items(tx, [row])
        restored.append(row.id)
    destroyed = [i for i in plan["destroyed"] if tx.execute(
        "UPDATE items SET state = 'destroyed', destroyed = COALESCE(destroyed, ?), "
        "original_name = NULL, participant_marker = NULL, keyed_hash = NULL "
        "WHERE id = ? AND state = 'present'", (plan["when"], i)).rowcount]
    keys = [k for k in plan["keys"] if tx.execute(
        "SELECT 1 FROM keys WHERE id = ? AND state = 'active'", (k,)).fetchone()]
    for key_id in keys:
        destroy_class_key(tx, key_id)
    return {"restored": restored, "skipped": skipped, "destroyed": [*tombstoned, *destroyed],
            "keys": keys}


def _replay_plan(vault: Vault, entries: list[dict[str, Any]]) -> dict[str, Any]:
    """What the adopted entries let us re-apply, in log order."""
    records: list[dict[str, Any]] = []
    tombstoned: list[tuple[str, Any]] = []
    destroyed: list[str] = []
    keys: list[str] = []
    other: Counter[str] = Counter()
    when = None
    for entry in entries:
        action, details = entry.get("action"), entry.get("details") or {}
        if entry.get("outcome") != "ok" and action != "retention.purge":
            continue
        if isinstance(details.get("catalog"), list):  # the write path's commits
            records += [r for r in details["catalog"] if isinstance(r, dict)]
            tombstoned += [(i, entry.get("time")) for i in details.get("tombstoned") or []
                           if isinstance(i, str)]
        elif action == "retention.purge":
            destroyed += [i for i in entry.get("items", []) if isinstance(i, str)]
            keys += [k for k in details.get("keys_destroyed") or [] if isinstance(k, str)]
            when = entry.get("time")
        elif action not in _READ_ONLY and action not in _CARRIED:
            other[str(action)] += 1
    gone = set(destroyed) | {i for i, _ in tombstoned}
    return {"records": [r for r in records if r.get("id") not in gone], "destroyed": destroyed,
            "tombstoned": tombstoned, "keys": keys, "other": other, "when": when}


@dataclass(frozen=True)
class _Quarantine:
    """The quarantine file a reconcile records: its name (relative to the vault), size, hash."""

    name: str | None = None
    size: int = 0
    sha256: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"quarantine": self.name, "quarantined_bytes": self.size,
                "quarantined_sha256": self.sha256}


def _left_by_an_interrupted_run(vault: Vault, first_seq: int,
                                lines: list[bytes]) -> _Quarantine:
    """The quarantine file a run killed after its cut left (named ``<first_seq>-<sha256
    prefix>.log``, its content matching the prefix) that no entry of ``lines`` records."""
    recorded = {json.loads(line).get("details", {}).get("quarantine") for line in lines}
    directory = vault.root / QUARANTINE_DIR
    for path in sorted(directory.glob(f"{first_seq}-*.log")) if directory.is_dir() else ():
        name = f"{QUARANTINE_DIR}/{path.name}"
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if name not in recorded and path.name == f"{first_seq}-{digest[:16]}.log":
            return _Quarantine(name, len(data), digest)
    return _Quarantine()


def _copy_to_quarantine(vault: Vault, name: str, rest: bytes) -> None:
    """Copy the unverified bytes to the side file, durably (a rerun finds it in place)."""
    directory = vault.root / QUARANTINE_DIR
    directory.mkdir(mode=DIR_MODE, exist_ok=True)
    target = vault.root / name
    if not target.exists():
        write_private(target, rest)
    elif target.read_bytes() != rest:
        raise AuditError(f"{name}: exists with other content", hint="move it aside and retry")


def _cut(vault: Vault, end: int, length: int) -> None:
    """Cut the quarantined bytes from audit.log (only if it still ends with exactly them)."""
    fd = os.open(vault.audit_path, os.O_RDWR)
    try:
        if os.fstat(fd).st_size == end + length:
            os.ftruncate(fd, end)
            os.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(vault.root)


@recovers(POINTS.op)
def settle_reconcile(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``audit-reconcile`` (after an error in it, or a kill; under the lock).

    Nothing is ever undone: quarantined bytes stay in their file, and the catalog changes only
    at the commit, which also closes the journal entry. While audit.log still runs past the
    catalog, writes stay refused and ``vault audit reconcile`` run again completes the work
    (recording a quarantine file the interrupted run left); nothing is to be done here. When
    it no longer does — the cut was made and nothing verified was left to adopt — the only
    thing missing is the record: the ``audit.reconcile`` entry naming the quarantine file, if
    no entry names it yet.
    """
    name = payload.get("quarantine")
    state = vault.audit.state()
    if not name or state.tail or not (vault.root / str(name)).is_file():
        return None
    if any(json.loads(line).get("details", {}).get("quarantine") == name
           for line in state.lines):
        return None
    return Settled("audit.reconcile", "ok", (), {
        "catalog_head_was": payload.get("catalog_head_was"), "adopted": None,
        "quarantine": name, "quarantined_bytes": payload.get("quarantined_bytes"),
        "quarantined_sha256": payload.get("quarantined_sha256"), "recatalogued": 0,
        "not_recatalogued": 0, "destroyed": 0, "keys_destroyed": [], "not_reapplied": {},
        "recovered": True})
