"""The participant register's own retention: destroyed on its rule like any other data.

The register (:mod:`vault.participants`: names, aliases, e-mails, roles, consent dates) and the
sealed code history (:mod:`vault.codes.epochs`: every closed epoch's marker -> code map, the
legacy codes of epoch 0, rotation notes) are all sealed to ``register`` keys
(:mod:`vault.sealed`). The rule ``[classes.register]`` of ``policies/retention.toml`` (by
default ``P3Y after final_report``) says when they go. :func:`dispose_register` runs at the end
of every purge as of a day on or after that date — with ``require_approval = true``, at the end
of every approval (``vault retention approve``) instead — unless a hold covers the register (a
class hold on ``register``, or any participant hold)::

    cert = dispose_register(vault, policy, as_of)   # None: not due, held, or already gone

In one ``register-destroy`` operation of the write path (fault points :data:`POINTS`):

1. the certificate is written (what was destroyed, the keys, the horizon);
2. one catalog transaction, ``secure_delete`` on: the register row and the study's sealed
   redaction term lists deleted, every epoch's sealed map and note erased, every ``register`` key marked destroyed, ``meta.register_destroyed``
   set, the certificate recorded, ``retention.register-destroy`` audited;
3. the keys' secrets deleted from the keystore and every managed keystore backup, and both
   write-ahead logs truncated (:mod:`vault.shredding`).

A kill anywhere is completed by the settle function (the operation is never rolled back: it was
due). Afterwards, commands that need the register (``participant list --reveal``, ``codes
history``, ``participant add``, building the anonymiser's deny-list) fail with one line,
:class:`~vault.errors.RegisterDestroyed` (exit 21). Participants' markers, states and current
codes stay: they identify no one.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from vault.clock import utc_now
from vault.faults import declare_points
from vault.ids import new_id
from vault.keys import catalog_verifier, destroy_class_key
from vault.keystore_backups import backups_holding
from vault.retention.certificates import (
    Certificate,
    build_certificate,
    horizon,
    write_certificate,
)
from vault.retention.planner import register_schedule
from vault.retention.rules import RetentionPolicy
from vault.sealed import REGISTER_CLASS, register_destroyed
from vault.shredding import SHRED_STEPS, erasing, shred_destroyed
from vault.store import recovers
from vault.write_path import begin

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["POINTS", "REGISTER_CONTENTS", "dispose_register", "settle_register"]

#: the fault points of destroying the register
POINTS = declare_points("register-destroy", {
    "journaled": "the decision to destroy the register is journaled; nothing is destroyed",
    "certified": "the certificate is written; the register is still in the catalog",
    "committed": "register, sealed code history and key states are committed as destroyed; the "
                 "keys' secrets are still in the keystore",
    **SHRED_STEPS,
})

#: what destroying the register destroys, as the certificate states it
REGISTER_CONTENTS = ("participant names", "aliases", "e-mail addresses", "roles",
                     "consent dates", "legacy (pre-vault) codes",
                     "the sealed history of past code epochs (marker -> code maps, notes)",
                     "the study's redaction term lists (sealed deny and allow lists)")


def dispose_register(vault: Vault, policy: RetentionPolicy, as_of: dt.date
                     ) -> Certificate | None:
    """Destroy the register if due on ``as_of`` and not held (see the module docstring).
    The caller holds the vault lock (a purge).

    :returns: the certificate, or None (not due, held, or destroyed before).
    :raises KeystoreError: the keystore is missing.
    """
    schedule = register_schedule(vault, policy)
    if schedule.state(as_of) != "due":
        return None
    payload = {"certificate": new_id("cert"), "as_of": as_of.isoformat(),
               "due": str(schedule.due), "started": utc_now(),
               "custodian": vault.custodian_fingerprint(),
               "policy_path": str(policy.source), "policy_sha256": policy.sha256,
               "rule": schedule.rule}
    with erasing(vault), begin(vault, POINTS, payload):
        return _execute(vault, payload, recovered=False)


@recovers(POINTS.op)
def settle_register(vault: Vault, payload: dict[str, Any]) -> None:
    """Settle function of ``register-destroy``: complete it (never rolled back)."""
    with erasing(vault):
        _execute(vault, payload, recovered=True)


def _execute(vault: Vault, payload: dict[str, Any], *, recovered: bool) -> Certificate | None:
    cert_id = str(payload["certificate"])
    if register_destroyed(vault.db) is not None:
        shred_destroyed(vault)  # committed before an interruption: only the shredding left
        return None
    doomed = [str(r[0]) for r in vault.db.execute(
        "SELECT id FROM keys WHERE data_class = ? AND state != 'destroyed' ORDER BY id",
        (REGISTER_CLASS,))]
    epochs = vault.db.execute("SELECT COUNT(*) FROM code_epochs WHERE sealed IS NOT NULL "
                              "OR note IS NOT NULL").fetchone()[0]
    participants = vault.db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    rewritten, checked = backups_holding(vault, doomed) if doomed else ([], [])
    where = str(vault.keystore.path)
    completed = utc_now()
    data = build_certificate(
        certificate_id=cert_id, study_id=vault.info.study_id, as_of=str(payload["as_of"]),
        started=str(payload["started"]), completed=completed,
        custodian=str(payload["custodian"]), policy_path=str(payload["policy_path"]),
        policy_sha256=str(payload["policy_sha256"]),
        rules={REGISTER_CLASS: str(payload["rule"])}, destroyed=[],
        destroyed_on=completed[:10], keys_destroyed=[(k, REGISTER_CLASS) for k in doomed],
        held=[], failed=[], already_missing=[], approval=None, recovered=recovered,
        reason="retention policy: the participant register",
        keystore={"path": where, "secrets_deleted": doomed, "backups_rewritten": rewritten,
                  "backups_checked": checked, "horizon": horizon(where, bool(doomed))})
    data["register"] = {"due": payload["due"], "participants": participants,
                        "sealed_epochs": epochs, "destroyed": list(REGISTER_CONTENTS)}
    if catalog_verifier(vault.db) is not None:
        data["audit_checkpoint"] = vault.audit.checkpoint()
    cert = write_certificate(vault, data)
    POINTS.reach("certified")
    with vault.write() as tx:
        tx.execute("DELETE FROM participant_register")
        tx.execute("DELETE FROM redaction_terms")  # the study's term lists: sealed names too
        tx.execute("UPDATE code_epochs SET sealed = NULL, note = NULL")
        for key_id in doomed:
            destroy_class_key(tx, key_id)
        tx.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('register_destroyed', ?)",
                   (completed,))
        tx.execute("INSERT INTO certificates(id, created, as_of, sha256, items, keys) "
                   "VALUES (?, ?, ?, ?, 0, ?)",
                   (cert_id, completed, payload["as_of"], cert.sha256, len(doomed)))
        vault.audit.append(tx, action="retention.register-destroy", outcome="ok",
                           details={"certificate": cert_id, "certificate_sha256": cert.sha256,
                                    "keys_destroyed": doomed, "participants": participants,
                                    "sealed_epochs": epochs, "due": payload["due"],
                                    "recovered": recovered})
    POINTS.reach("committed")
    shred_destroyed(vault, step=POINTS.reach)
    return cert
