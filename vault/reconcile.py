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
   key and participant are in this catalog; items and class keys a ``retention.purge``
   destroyed are marked destroyed again (a restored catalog must not resurrect a shredded key);
5. one signed ``audit.reconcile`` entry records what was adopted, quarantined, re-catalogued
   and what could not be re-applied (other actions, whose effects are missing from this catalog).

Object files are never deleted. ``reconcile(vault, dry_run=True)`` reports the plan only.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.errors import AuditError
from vault.files import DIR_MODE, fsync_dir, write_private
from vault.item_facts import restore_item
from vault.keys import destroy_class_key

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["QUARANTINE_DIR", "ReconcileResult", "reconcile"]

#: the side directory (in the vault) for bytes removed from audit.log unverified
QUARANTINE_DIR = "audit.quarantine"
#: adopted actions that change nothing in the catalog (nothing to re-apply)
_READ_ONLY = ("verify", "audit.reconcile", "export", "reveal", "participant.reveal",
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
                                   destroyed=tuple(plan["destroyed"]),
                                   keys_destroyed=tuple(plan["keys"]),
                                   not_reapplied=dict(plan["other"]))
        if quarantine is not None:
            _quarantine(vault, quarantine, rest, end)
        audit.divergence = None
        audit.reconciling = True
        try:
            with vault.write() as tx:
                audit.adopt(tx, good, end)
                restored, skipped = [], {}
                for record in plan["records"]:
                    exists = vault.object_path(str(record["id"])).is_file()
                    reason = restore_item(tx, custody, record, exists)
                    if reason is None:
                        restored.append(str(record["id"]))
                    else:
                        skipped[str(record["id"])] = reason
                destroyed = [i for i in plan["destroyed"] if tx.execute(
                    "UPDATE items SET state = 'destroyed', destroyed = COALESCE(destroyed, ?), "
                    "original_name = NULL, participant_marker = NULL, keyed_hash = NULL "
                    "WHERE id = ? AND state = 'present'", (plan["when"], i)).rowcount]
                keys = [k for k in plan["keys"] if tx.execute(
                    "SELECT 1 FROM keys WHERE id = ? AND state = 'active'", (k,)).fetchone()]
                for key_id in keys:
                    destroy_class_key(tx, key_id)
                result = ReconcileResult(
                    dry_run=False, adopted=adopted, quarantined=quarantine,
                    quarantined_bytes=len(rest), recatalogued=tuple(restored),
                    not_recatalogued=skipped, destroyed=tuple(destroyed),
                    keys_destroyed=tuple(keys), not_reapplied=dict(plan["other"]))
                audit.append(tx, action="audit.reconcile", outcome="ok",
                             items=[*restored, *destroyed],
                             details={"catalog_head_was": state.seq, "adopted": adopted,
                                      "quarantine": quarantine,
                                      "quarantined_bytes": len(rest),
                                      "quarantined_sha256": hashlib.sha256(rest).hexdigest()
                                      if rest else None,
                                      "recatalogued": len(restored),
                                      "not_recatalogued": len(skipped),
                                      "destroyed": len(destroyed), "keys_destroyed": keys,
                                      "not_reapplied": dict(plan["other"])})
        finally:
            audit.reconciling = False
    return result


def _replay_plan(vault: Vault, entries: list[dict[str, Any]]) -> dict[str, Any]:
    """What the adopted entries let us re-apply, in log order."""
    records: list[dict[str, Any]] = []
    destroyed: list[str] = []
    keys: list[str] = []
    other: Counter[str] = Counter()
    when = None
    for entry in entries:
        action, details = entry.get("action"), entry.get("details") or {}
        if entry.get("outcome") != "ok" and action != "retention.purge":
            continue
        if isinstance(details.get("catalog"), list):  # ingest, anonymise, dataset.import
            records += [r for r in details["catalog"] if isinstance(r, dict)]
        elif action == "retention.purge":
            destroyed += [i for i in entry.get("items", []) if isinstance(i, str)]
            keys += [k for k in details.get("keys_destroyed") or [] if isinstance(k, str)]
            when = entry.get("time")
        elif action not in _READ_ONLY and action not in _CARRIED:
            other[str(action)] += 1
    gone = set(destroyed)
    return {"records": [r for r in records if r.get("id") not in gone], "destroyed": destroyed,
            "keys": keys, "other": other, "when": when}


def _quarantine(vault: Vault, name: str, rest: bytes, end: int) -> None:
    """Copy the unverified bytes to the side file (durably), then cut them from audit.log."""
    directory = vault.root / QUARANTINE_DIR
    directory.mkdir(mode=DIR_MODE, exist_ok=True)
    target = vault.root / name
    if not target.exists():
        write_private(target, rest)
    elif target.read_bytes() != rest:
        raise AuditError(f"{name}: exists with other content", hint="move it aside and retry")
    fd = os.open(vault.audit_path, os.O_RDWR)
    try:
        if os.fstat(fd).st_size == end + len(rest):
            os.ftruncate(fd, end)
            os.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(vault.root)
