"""Purge: destroy due objects and their emptied class keys, and certify it.

:func:`purge` plans as of a day (never later than today), then, under the vault lock (taken
with a short timeout, so an overlapping scheduled run fails fast with
:class:`vault.errors.LockBusy`):

1. journals the planned item list (``Vault.operation("purge", …)``) — from this moment the
   catalog records that these objects are being destroyed;
2. unlinks their object files, a batch at a time (then fsyncs ``objects/``), and after each
   batch turns their catalog rows into tombstones (``state='destroyed'``, the destruction
   time; ``original_name``, ``participant_marker`` and ``keyed_hash`` set to NULL);
3. destroys every class key that no present object uses any more (crypto-shredding: copies of
   the objects in backups become unreadable);
4. writes the disposition certificate (:mod:`vault.retention.certificates`) and, in one
   transaction, records it, appends the ``retention.purge`` audit entry carrying its SHA-256
   and closes the journal entry.

A kill at any instant leaves only these states: an object is present (file and catalog agree),
destroyed (tombstone, no file), or listed in the open purge journal with its file possibly
gone and its tombstone not yet written. The next ``Vault.open`` runs :func:`recover_purge`,
which completes steps 2-4 for the journaled list, idempotently. A tombstone is never written
before its file is gone.

With ``require_approval = true`` a purge only records the due list for review
(:class:`PendingDisposition`); :func:`approve` destroys it (items still due and not held).
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import json
import logging
import os
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.clock import utc_now, utc_today
from vault.errors import (
    HeldItemsSkipped,
    PartialFailure,
    RetentionError,
    VaultError,
)
from vault.faults import declare_points
from vault.files import fsync_dir
from vault.ids import new_id
from vault.keys import catalog_verifier, destroy_class_key
from vault.objects import present_item
from vault.retention.certificates import Certificate, build_certificate, write_certificate
from vault.retention.holds import active_holds
from vault.retention.planner import PlannedItem, PurgePlan, plan
from vault.retention.rules import RetentionPolicy, vault_policy
from vault.store import recovers
from vault.write_path import begin

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = [
    "DEFAULT_LOCK_TIMEOUT",
    "POINTS",
    "PendingDisposition",
    "PurgeOutcome",
    "PurgeResult",
    "approve",
    "destroy_items",
    "list_pending",
    "purge",
    "purge_lock",
    "purge_participant",
    "recover_purge",
]

log = logging.getLogger(__name__)

#: the fault points of a purge (see :mod:`vault.faults`); its settle completes it
POINTS = declare_points("purge", {
    "journaled": "the list of items to destroy is journaled; nothing is destroyed yet",
    "started": "the retention.purge-start audit entry is committed",
    "object-removed": "an object file is unlinked; its row still says present (the journal "
                      "lists it as being destroyed)",
    "tombstoned": "a batch of rows is committed as tombstones",
    "certified": "the certificate is written; keys, certificate row and audit entry are not "
                 "committed",
    "committed": "emptied keys destroyed, certificate recorded, audit entry and journal close "
                 "committed",
})

#: seconds a purge waits for the vault lock before LockBusy (scheduled runs must not pile up)
DEFAULT_LOCK_TIMEOUT = 2.0
#: objects unlinked between two catalog commits
BATCH = 256
_SQL_CHUNK = 500
#: why objects were destroyed (recorded in certificates and audit entries)
REASON_POLICY = "retention policy"


class PurgeOutcome(enum.Enum):
    """How a purge ended (the CLI maps it to an exit code)."""

    NOTHING_DUE = "nothing-due"
    DONE = "ok"
    HELD = "held"
    PARTIAL = "partial"
    PENDING_APPROVAL = "pending-approval"
    DRY_RUN = "dry-run"


@dataclass(frozen=True)
class PendingDisposition:
    """A due list awaiting a custodian's approval (``require_approval = true``)."""

    id: str
    created: str
    as_of: dt.date
    policy_sha256: str
    #: (item id, data class, due date)
    items: tuple[tuple[str, str, str], ...]
    state: str
    decided: str | None = None
    decided_by: str | None = None
    certificate: str | None = None

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for _id, cls, _due in self.items:
            out[cls] = out.get(cls, 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "created": self.created, "as_of": self.as_of.isoformat(),
                "policy_sha256": self.policy_sha256, "state": self.state,
                "counts": self.counts(), "items": [i[0] for i in self.items],
                "decided": self.decided, "decided_by": self.decided_by,
                "certificate": self.certificate}


@dataclass(frozen=True)
class PurgeResult:
    """What a purge (or an approval) did."""

    as_of: dt.date
    dry_run: bool
    plan: PurgePlan
    #: ids of the objects destroyed (tombstoned) by this purge
    destroyed: tuple[str, ...] = ()
    #: ids of class keys destroyed
    keys_destroyed: tuple[str, ...] = ()
    #: due items skipped because of a legal hold
    held: tuple[PlannedItem, ...] = ()
    #: ids whose object file could not be removed (still present)
    failed: tuple[str, ...] = ()
    #: ids destroyed whose object file was already gone
    already_missing: tuple[str, ...] = ()
    #: approval only: listed items no longer due (event moved) — left alone
    no_longer_due: tuple[str, ...] = ()
    certificate: Certificate | None = None
    pending: PendingDisposition | None = None
    #: counts per class of what was destroyed
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def outcome(self) -> PurgeOutcome:
        if self.dry_run:
            return PurgeOutcome.DRY_RUN
        if self.pending is not None and self.pending.state == "pending":
            return PurgeOutcome.PENDING_APPROVAL
        if self.failed:
            return PurgeOutcome.PARTIAL
        if self.held:
            return PurgeOutcome.HELD
        return PurgeOutcome.DONE if self.destroyed else PurgeOutcome.NOTHING_DUE

    def error(self) -> VaultError | None:
        """The error that states this outcome for a scheduled run (``None``: exit 0)."""
        outcome = self.outcome
        if outcome is PurgeOutcome.PARTIAL:
            return PartialFailure(f"purge destroyed {len(self.destroyed)} objects; "
                                  f"{len(self.failed)} could not be removed",
                                  failed=list(self.failed),
                                  hint="check permissions on objects/ and run the purge again")
        if outcome is PurgeOutcome.HELD:
            return HeldItemsSkipped(f"purge skipped {len(self.held)} due items under legal hold"
                                    + (f" and destroyed {len(self.destroyed)}"
                                       if self.destroyed else ""))
        if outcome is PurgeOutcome.PENDING_APPROVAL:
            assert self.pending is not None
            return RetentionError(f"{len(self.pending.items)} due items await approval "
                                  f"(disposition {self.pending.id}); nothing was destroyed",
                                  hint=f"a custodian reviews and runs "
                                  f"`vault retention approve {self.pending.id}`")
        return None

    def to_json(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "dry_run": self.dry_run,
                "outcome": self.outcome.value,
                "destroyed": list(self.destroyed) if not self.dry_run else [],
                "would_destroy": self.plan.item_ids if self.dry_run else [],
                "counts": _count(self.plan.due) if self.dry_run else self.counts,
                "keys_destroyed": list(self.keys_destroyed),
                "held": [{"id": i.id, "class": i.data_class, "holds": list(i.holds)}
                         for i in self.held],
                "failed": list(self.failed), "already_missing": list(self.already_missing),
                "no_longer_due": list(self.no_longer_due),
                "certificate": ({"id": self.certificate.id,
                                 "json": str(self.certificate.json_path),
                                 "text": str(self.certificate.text_path),
                                 "sha256": self.certificate.sha256}
                                if self.certificate else None),
                "pending": self.pending.to_json() if self.pending else None,
                "unscheduled": self.plan.unscheduled}


def _count(items: Sequence[PlannedItem]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in items:
        out[i.data_class] = out.get(i.data_class, 0) + 1
    return out


def _chunks(seq: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(seq), size):
        yield seq[start:start + size]


@contextlib.contextmanager
def purge_lock(vault: Vault, timeout: float) -> Iterator[None]:
    """The vault lock with a short timeout: a scheduled purge must fail fast, not queue."""
    with vault.locked(timeout, busy=f"{vault.root}: another vault command (perhaps another "
                      "purge) is running",
                      hint="nothing was destroyed; the next scheduled run will retry"):
        yield


def _today(today: dt.date | None) -> dt.date:
    return today if today is not None else utc_today()


def _check_as_of(as_of: dt.date, today: dt.date) -> None:
    if as_of > today:
        raise RetentionError(f"--as-of {as_of.isoformat()} is after today ({today.isoformat()}): "
                             "a purge never destroys items before they are due",
                             hint="use --dry-run to see what a later purge would do")


def _rules_text(policy: RetentionPolicy) -> dict[str, str]:
    return {c: f"{r.period} after {r.anchor.value}" for c, r in policy.rules.items()}


def _policy_path(vault: Vault, policy: RetentionPolicy) -> str:
    try:
        return str(policy.source.resolve().relative_to(vault.root.resolve()))
    except ValueError:
        return str(policy.source)


# -- library API -----------------------------------------------------------------------------

def purge(vault: Vault, policy: RetentionPolicy, as_of: dt.date, *, dry_run: bool = False,
          today: dt.date | None = None, only: Collection[str] | None = None,
          lock_timeout: float = DEFAULT_LOCK_TIMEOUT, batch_size: int = BATCH) -> PurgeResult:
    """Destroy every object due on or before ``as_of`` that no hold covers.

    :param as_of: the purge day; a real purge refuses a day after ``today``.
    :param dry_run: only plan; change nothing (no lock, no audit).
    :param today: the current date (default: today, UTC) — a parameter for tests.
    :param only: destroy only these ids (those a person confirmed); other due items wait.
    :param lock_timeout: seconds to wait for the vault lock.
    :param batch_size: objects unlinked between two catalog commits.
    :returns: what was done; :meth:`PurgeResult.error` gives the scheduled-run exit status.
    :raises RetentionError: ``as_of`` is after today.
    :raises LockBusy: another vault command holds the lock.
    """
    if dry_run:
        p = plan(vault, policy, as_of)
        return PurgeResult(as_of=as_of, dry_run=True, plan=p, held=p.held,
                           counts=_count(p.due))
    _check_as_of(as_of, _today(today))
    with purge_lock(vault, lock_timeout):
        vault.recover()  # finish an interrupted purge first (we hold the lock: re-entrant)
        _remove_stale_temps(vault)
        p = plan(vault, policy, as_of)
        due = [i for i in p.due if only is None or i.id in only]
        if policy.require_approval:
            return _propose(vault, policy, p, due)
        if not due:
            return _audit_nothing_due(vault, policy, p)
        payload = _payload(vault, policy, as_of, due, p.held, approval=None,
                           batch_size=batch_size)
        return _run(vault, p, payload)


def approve(vault: Vault, policy: RetentionPolicy, pending_id: str | None = None, *,
            today: dt.date | None = None,
            lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> PurgeResult:
    """Approve a pending disposition and destroy its items that are still due and not held.

    :param pending_id: the list to approve (default: the newest pending one).
    :raises RetentionError: no such pending list, or the policy changed since it was made.
    :raises LockBusy: another vault command holds the lock.
    """

    with purge_lock(vault, lock_timeout):
        vault.recover()
        pending = _load_pending(vault, pending_id)
        if pending.policy_sha256 != policy.sha256:
            raise RetentionError(f"disposition {pending.id} was made under another version of "
                                 "the retention policy",
                                 hint="run `vault retention purge` again for a new list")
        _check_as_of(pending.as_of, _today(today))
        p = plan(vault, policy, pending.as_of)
        listed = {i[0] for i in pending.items}
        due = [i for i in p.due if i.id in listed]
        held = tuple(i for i in p.held if i.id in listed)
        still = {i.id for i in due} | {i.id for i in held}
        no_longer = tuple(sorted(i for i in listed if i not in still))
        approval = {"id": pending.id, "approved_by": vault.custodian_fingerprint(),
                    "approved": utc_now()}
        if not due:
            with vault.write() as tx:
                tx.execute("UPDATE retention_pending SET state = 'approved', decided = ?, "
                           "decided_by = ? WHERE id = ?",
                           (approval["approved"], approval["approved_by"], pending.id))
                vault.audit.append(tx, action="retention.approve", outcome="nothing-due",
                                   details={"pending": pending.id, "held_skipped": len(held),
                                            "no_longer_due": len(no_longer)})
            return PurgeResult(as_of=pending.as_of, dry_run=False, plan=p, held=held,
                               no_longer_due=no_longer,
                               pending=_load_pending(vault, pending.id, any_state=True))
        payload = _payload(vault, policy, pending.as_of, due, held, approval=approval,
                           batch_size=BATCH)
        result = _run(vault, p, payload)
        return dataclasses.replace(result, no_longer_due=no_longer,
                                   pending=_load_pending(vault, pending.id, any_state=True))


def purge_participant(vault: Vault, marker: str, *,
                      lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> Certificate | None:
    """Destroy every present object of a participant who withdrew consent, now.

    Called by ``vault.participants.withdraw_participant(..., purge=True)`` after it recorded
    the withdrawal. Held objects are kept (and listed in the certificate). Same journal,
    crypto-shredding, certificate and audit as :func:`purge`; the certificate's reason is
    "consent withdrawn" and each item's "due" date is the withdrawal date.

    :returns: the certificate, or ``None`` when the participant had no objects left.
    :raises RetentionError: the participant has not withdrawn.
    :raises LockBusy: another vault command holds the lock.
    """

    policy = vault_policy(vault)
    with purge_lock(vault, lock_timeout):
        vault.recover()
        _remove_stale_temps(vault)
        row = vault.db.execute("SELECT state, withdrawn FROM participants WHERE marker = ?",
                               (marker,)).fetchone()
        if row is None or row["state"] != "withdrawn" or not row["withdrawn"]:
            raise RetentionError("the participant has not withdrawn consent",
                                 hint="record the withdrawal first (`vault participant "
                                 "withdraw CODE --purge`)")
        withdrawn = dt.date.fromisoformat(str(row["withdrawn"])[:10])
        holds = active_holds(vault.db)
        due: list[PlannedItem] = []
        held: list[PlannedItem] = []
        for item_id, cls, key_id in vault.db.execute(
                "SELECT id, data_class, key_id FROM items WHERE participant_marker = ? "
                "AND state = 'present' ORDER BY data_class, id", (marker,)).fetchall():
            on_hold = holds.for_item(item_id, cls, marker)
            (held if on_hold else due).append(PlannedItem(item_id, cls, withdrawn, key_id,
                                                          on_hold))
        today = _today(None)
        p = PurgePlan(as_of=today, policy_sha256=policy.sha256, due=tuple(due),
                      held=tuple(held))
        if not due:
            with vault.write() as tx:
                vault.audit.append(tx, action="retention.purge", outcome="nothing-due",
                                   items=[i.id for i in held],
                                   details={"reason": "consent withdrawn", "destroyed": 0,
                                            "held_skipped": len(held)})
            return None
        payload = _payload(vault, policy, today, due, held, approval=None, batch_size=BATCH)
        payload["reason"] = "consent withdrawn"
        return _run(vault, p, payload).certificate


def destroy_items(vault: Vault, item_ids: Sequence[str], *, reason: str,
                  lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> Certificate:
    """Destroy chosen present objects now, outside the retention schedule (e.g. a dataset
    import that failed or is unwanted), with the purge's journal, crypto-shredding of emptied
    class keys, certificate and audit entry; each item's "due" date is today.

    :param reason: why (recorded in the certificate and the audit entry; no identifiers).
    :returns: the disposition certificate.
    :raises RetentionError: an item is under a legal hold (nothing is destroyed).
    :raises StoreError: an item is not present.
    :raises LockBusy: another vault command holds the lock.
    """
    policy = vault_policy(vault)
    with purge_lock(vault, lock_timeout):
        vault.recover()
        _remove_stale_temps(vault)
        holds = active_holds(vault.db)
        today = _today(None)
        due: list[PlannedItem] = []
        for item_id in dict.fromkeys(item_ids):
            row = present_item(vault, item_id)
            marker = vault.db.execute("SELECT participant_marker FROM items WHERE id = ?",
                                      (item_id,)).fetchone()[0]
            on_hold = holds.for_item(item_id, row["data_class"], marker)
            if on_hold:
                raise RetentionError(f"item {item_id} is under a legal hold; nothing was "
                                     "destroyed", hint="see `vault hold list`; remove the hold "
                                     "first if it no longer applies")
            due.append(PlannedItem(item_id, row["data_class"], today, row["key_id"], ()))
        p = PurgePlan(as_of=today, policy_sha256=policy.sha256, due=tuple(due), held=())
        payload = _payload(vault, policy, today, due, (), approval=None, batch_size=BATCH)
        payload["reason"] = reason
        cert = _run(vault, p, payload).certificate
        assert cert is not None
        return cert


def list_pending(vault: Vault, *, include_decided: bool = False) -> list[PendingDisposition]:
    """Dispositions awaiting approval (oldest first); decided ones too if asked."""
    sql = "SELECT * FROM retention_pending"
    if not include_decided:
        sql += " WHERE state = 'pending'"
    return [_pending_from_row(r) for r in vault.db.execute(sql + " ORDER BY created, rowid")]


@recovers(POINTS.op)
def recover_purge(vault: Vault, payload: dict[str, Any]) -> None:
    """Settle function of ``purge`` (after an error in it, or a kill): complete the purge of
    its journaled items — objects, tombstones, emptied keys, certificate and audit entry —
    idempotently. A purge is never rolled back: its list was journaled as being destroyed."""
    _execute(vault, payload, journal_id=None, recovered=True)


# -- internals -------------------------------------------------------------------------------

def _pending_from_row(row: sqlite3.Row) -> PendingDisposition:
    return PendingDisposition(
        id=row["id"], created=row["created"], as_of=dt.date.fromisoformat(row["as_of"]),
        policy_sha256=row["policy_sha256"],
        items=tuple((str(a), str(b), str(c)) for a, b, c in json.loads(row["items"])),
        state=row["state"], decided=row["decided"], decided_by=row["decided_by"],
        certificate=row["certificate"])


def _load_pending(vault: Vault, pending_id: str | None, *, any_state: bool = False
                  ) -> PendingDisposition:
    if pending_id is None:
        row = vault.db.execute("SELECT * FROM retention_pending WHERE state = 'pending' "
                               "ORDER BY created DESC, rowid DESC LIMIT 1").fetchone()
    else:
        row = vault.db.execute("SELECT * FROM retention_pending WHERE id = ?"
                               + ("" if any_state else " AND state = 'pending'"),
                               (pending_id,)).fetchone()
    if row is None:
        which = f" with id {pending_id}" if pending_id else ""
        raise RetentionError(f"no disposition awaiting approval{which}",
                             hint="run `vault retention purge` to list what is due; "
                             "see `vault retention pending`")
    return _pending_from_row(row)


def _propose(vault: Vault, policy: RetentionPolicy, p: PurgePlan, due: Sequence[PlannedItem]
             ) -> PurgeResult:
    """Disposition review: record the due list for approval instead of destroying it."""

    items = [[i.id, i.data_class, i.due.isoformat() if i.due else ""] for i in due]
    if not items:
        return _audit_nothing_due(vault, policy, p)
    with vault.write() as tx:
        rows = tx.execute("SELECT * FROM retention_pending WHERE state = 'pending'").fetchall()
        for row in rows:
            if json.loads(row["items"]) == items and row["policy_sha256"] == policy.sha256 \
                    and row["as_of"] <= p.as_of.isoformat():
                # the same list is already awaiting approval: a daily cron run changes nothing
                return PurgeResult(as_of=p.as_of, dry_run=False, plan=p, held=p.held,
                                   pending=_pending_from_row(row))
        now = utc_now()
        superseded = [r["id"] for r in rows]
        tx.executemany("UPDATE retention_pending SET state = 'superseded', decided = ? "
                       "WHERE id = ?", [(now, s) for s in superseded])
        pending_id = new_id("disp")
        tx.execute("INSERT INTO retention_pending(id, created, as_of, policy_sha256, items) "
                   "VALUES (?, ?, ?, ?, ?)",
                   (pending_id, now, p.as_of.isoformat(), policy.sha256, json.dumps(items)))
        vault.audit.append(tx, action="retention.propose", outcome="pending-approval",
                           items=[i[0] for i in items],
                           details={"pending": pending_id, "as_of": p.as_of.isoformat(),
                                    "counts": _count(due), "held_skipped": len(p.held),
                                    "superseded": superseded, "policy_sha256": policy.sha256})
    return PurgeResult(as_of=p.as_of, dry_run=False, plan=p, held=p.held,
                       pending=_load_pending(vault, pending_id))


def _audit_nothing_due(vault: Vault, policy: RetentionPolicy, p: PurgePlan) -> PurgeResult:
    """Audit a purge run that found nothing to destroy."""
    with vault.write() as tx:
        vault.audit.append(tx, action="retention.purge",
                           outcome="held" if p.held else "nothing-due",
                           items=[i.id for i in p.held],
                           details={"as_of": p.as_of.isoformat(), "destroyed": 0,
                                    "held_skipped": len(p.held), "policy_sha256": policy.sha256})
    return PurgeResult(as_of=p.as_of, dry_run=False, plan=p, held=p.held)


def _payload(vault: Vault, policy: RetentionPolicy, as_of: dt.date,
             due: Sequence[PlannedItem], held: Sequence[PlannedItem],
             approval: dict[str, str] | None, batch_size: int) -> dict[str, Any]:
    # files missing before we start are reported as such (after a crash we could not tell)
    missing = [i.id for i in due if not vault.object_path(i.id).exists()]
    return {"purge_id": new_id("purge"), "certificate": new_id("cert"),
            "as_of": as_of.isoformat(), "started": utc_now(),
            "custodian": vault.custodian_fingerprint(),
            "policy_path": _policy_path(vault, policy), "policy_sha256": policy.sha256,
            "rules": _rules_text(policy),
            "items": [[i.id, i.data_class, i.due.isoformat() if i.due else ""] for i in due],
            "held": [[i.id, i.data_class, list(i.holds)] for i in held],
            "already_missing": missing, "approval": approval, "batch": max(1, batch_size)}


def _run(vault: Vault, p: PurgePlan, payload: dict[str, Any]) -> PurgeResult:
    with begin(vault, POINTS, payload) as op:
        with vault.write() as tx:
            vault.audit.append(tx, action="retention.purge-start", outcome="started",
                               items=[i[0] for i in payload["items"]],
                               details={"purge": payload["purge_id"],
                                        "as_of": payload["as_of"],
                                        "certificate": payload["certificate"],
                                        "held_skipped": len(payload["held"])})
        op.step("started")
        destroyed, failed, keys_destroyed, cert = _execute(vault, payload,
                                                           journal_id=op.journal_id,
                                                           recovered=False)
    counts: dict[str, int] = {}
    cls_of = {i[0]: i[1] for i in payload["items"]}
    for item_id in destroyed:
        counts[cls_of[item_id]] = counts.get(cls_of[item_id], 0) + 1
    held_ids = {h[0] for h in payload["held"]}
    return PurgeResult(as_of=p.as_of, dry_run=False, plan=p, destroyed=tuple(destroyed),
                       keys_destroyed=tuple(keys_destroyed),
                       held=tuple(i for i in p.held if i.id in held_ids),
                       failed=tuple(failed),
                       already_missing=tuple(payload["already_missing"]), certificate=cert,
                       counts=counts)


def _remove_stale_temps(vault: Vault) -> None:
    """Temp files of certificate writes cut short (written only under the lock we hold)."""
    directory = vault.root / "certificates"
    if directory.is_dir():
        for tmp in directory.glob(".tmp-*"):
            tmp.unlink(missing_ok=True)


def _states(db: sqlite3.Connection, ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    for chunk in _chunks(ids, _SQL_CHUNK):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f"SELECT id, state, key_id FROM items WHERE id IN ({marks})",
                              list(chunk)):
            out[row[0]] = (row[1], row[2])
    return out


def _execute(vault: Vault, payload: dict[str, Any], *, journal_id: int | None,
             recovered: bool) -> tuple[list[str], list[str], list[str], Certificate | None]:
    """Steps 2-4 of the purge for the journaled list; safe to run again after any crash."""

    _remove_stale_temps(vault)
    cert_id = payload["certificate"]
    if vault.db.execute("SELECT 1 FROM certificates WHERE id = ?", (cert_id,)).fetchone():
        # finished before the crash; only the journal entry was left (Vault.recover drops it)
        return [], [], [], None
    ids = [i[0] for i in payload["items"]]
    states = _states(vault.db, ids)
    todo = [i for i in ids if states.get(i, ("", None))[0] == "present"]
    failed: list[str] = []
    for batch in _chunks(todo, int(payload.get("batch", BATCH))):
        gone: list[str] = []
        for item_id in batch:
            try:
                os.unlink(vault.object_path(item_id))
            except FileNotFoundError:
                pass  # removed before an interruption, or listed in already_missing
            except OSError as exc:
                log.warning("purge: cannot remove object %s (%s)", item_id, exc.strerror)
                failed.append(item_id)
                continue
            gone.append(item_id)
            POINTS.reach("object-removed")
        fsync_dir(vault.objects_dir)
        if gone:
            now = utc_now()
            with vault.write() as tx:
                tx.executemany(
                    "UPDATE items SET state = 'destroyed', destroyed = ?, original_name = NULL, "
                    "participant_marker = NULL, keyed_hash = NULL "
                    "WHERE id = ? AND state = 'present'", [(now, i) for i in gone])
            POINTS.reach("tombstoned")

    after = _states(vault.db, ids)
    destroyed = [i for i in ids if after.get(i, ("", None))[0] == "destroyed"]
    key_ids = sorted({k for _s, k in after.values() if k})
    empty: list[tuple[str, str]] = []
    for chunk in _chunks(key_ids, _SQL_CHUNK):
        marks = ",".join("?" * len(chunk))
        empty += [(r[0], r[1]) for r in vault.db.execute(
            f"SELECT k.id, k.data_class FROM keys k WHERE k.id IN ({marks}) "
            "AND k.state = 'active' AND NOT EXISTS (SELECT 1 FROM items i "
            "WHERE i.key_id = k.id AND i.state = 'present')", list(chunk))]
    due_of = {i[0]: i[2] for i in payload["items"]}
    cls_of = {i[0]: i[1] for i in payload["items"]}
    completed = utc_now()
    data = build_certificate(
        certificate_id=cert_id, study_id=vault.info.study_id, as_of=payload["as_of"],
        started=payload["started"], completed=completed, custodian=payload["custodian"],
        policy_path=payload["policy_path"], policy_sha256=payload["policy_sha256"],
        rules=payload["rules"], destroyed=[(i, cls_of[i], due_of[i]) for i in destroyed],
        destroyed_on=completed[:10], keys_destroyed=empty,
        held=[(h[0], h[1], h[2]) for h in payload["held"]], failed=failed,
        already_missing=payload["already_missing"], approval=payload["approval"],
        recovered=recovered, reason=payload.get("reason", REASON_POLICY))
    # the audit log as it stands before this purge's entry, signed: it leaves with the
    # certificate, so a later truncation or rollback of the log is provable (a vault without
    # custodians has no signing key yet, and its certificates no checkpoint)
    if catalog_verifier(vault.db) is not None:
        data["audit_checkpoint"] = vault.audit.checkpoint()
    cert = write_certificate(vault, data)
    POINTS.reach("certified")
    held_ids = [h[0] for h in payload["held"]]
    outcome = "partial" if failed else ("held" if held_ids else "ok")
    with vault.write() as tx:
        for key_id, _cls in empty:
            destroy_class_key(tx, key_id)
        tx.executemany("UPDATE items SET certificate = ? WHERE id = ?",
                       [(cert_id, i) for i in destroyed])
        tx.execute("INSERT INTO certificates(id, created, as_of, sha256, items, keys) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   (cert_id, completed, payload["as_of"], cert.sha256, len(destroyed),
                    len(empty)))
        approval = payload["approval"]
        if approval is not None:
            tx.execute("UPDATE retention_pending SET state = 'approved', decided = ?, "
                       "decided_by = ?, certificate = ? WHERE id = ?",
                       (approval["approved"], approval["approved_by"], cert_id, approval["id"]))
        counts: dict[str, int] = {}
        for item_id in destroyed:
            counts[cls_of[item_id]] = counts.get(cls_of[item_id], 0) + 1
        vault.audit.append(
            tx, action="retention.purge", outcome=outcome, items=destroyed,
            custodian=payload["custodian"],
            details={"purge": payload["purge_id"], "as_of": payload["as_of"],
                     "certificate": cert_id, "certificate_sha256": cert.sha256,
                     "counts": counts, "keys_destroyed": [k for k, _c in empty],
                     "held_skipped": len(held_ids), "failed": failed,
                     "already_missing": len(payload["already_missing"]),
                     "policy_sha256": payload["policy_sha256"],
                     "approval": approval["id"] if approval else None,
                     "reason": payload.get("reason", REASON_POLICY),
                     "recovered": recovered})
        if journal_id is not None:
            vault.journal_finish(tx, journal_id)
    POINTS.reach("committed")
    return destroyed, failed, [k for k, _c in empty], cert
