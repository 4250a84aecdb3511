"""Changing who holds the vault: adding and removing custodians, each a journaled operation.

Every class key is wrapped to every custodian (:mod:`vault.keys`); adding or removing one
rewraps them all in the one transaction that records the change and its audit entry, an
operation of the write path (:mod:`vault.write_path`) — killed at any instant, the old set of
custodians or the new one holds every key, never a mix::

    info = add_custodian(vault, "age1…", label="deputy")     # rewraps every key to include them
    remove_custodian(vault, info.fingerprint)                 # … and without them

Custodian identities themselves (keyring, identity files) and listing them live in
:mod:`vault.keys`.
"""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from vault import age
from vault.clock import utc_now
from vault.errors import CustodyError, InputError
from vault.faults import declare_points
from vault.keys import CustodianInfo, fingerprint, rewrap_class_keys
from vault.store import Settled, recovers
from vault.write_path import COMMIT_STEPS, begin

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["ADD_POINTS", "REMOVE_POINTS", "add_custodian", "recover_custodian_add",
           "recover_custodian_remove", "remove_custodian"]

#: the fault points of adding a custodian (one transaction; see :mod:`vault.faults`)
ADD_POINTS = declare_points("custodian-add", COMMIT_STEPS)
#: the fault points of removing a custodian
REMOVE_POINTS = declare_points("custodian-remove", COMMIT_STEPS)


def add_custodian(vault: Vault, recipient: str, *, label: str = "custodian") -> CustodianInfo:
    """Register another custodian and rewrap every class key to include them (one transaction).

    :raises InputError: not an ``age1…`` X25519 recipient.
    :raises CustodyError: already a custodian.
    """
    try:
        parsed = age.X25519Recipient.from_string(recipient.strip())
    except (InputError, ValueError) as exc:
        raise InputError("not an age X25519 recipient (age1…)",
                         hint="the new custodian prints it with `vault custodian init`") from exc
    custody = vault.custody()
    canonical = parsed.to_string()
    info = CustodianInfo(fingerprint(canonical), canonical, label, utc_now())
    with vault.locked():
        existing = vault.db.execute("SELECT removed FROM custodians WHERE fingerprint = ?",
                                    (info.fingerprint,)).fetchone()
        if existing is not None and existing["removed"] is None:
            raise CustodyError(f"custodian {info.fingerprint} is already registered",
                               hint="see `vault custodian list`")

        def apply(tx: sqlite3.Connection) -> dict[str, Any]:
            tx.execute("INSERT OR REPLACE INTO custodians(fingerprint, recipient, label, added) "
                       "VALUES (?, ?, ?, ?)", (info.fingerprint, canonical, label, info.added))
            return {"keys_rewrapped": rewrap_class_keys(tx, custody)}

        with begin(vault, ADD_POINTS, {"fingerprint": info.fingerprint}) as op:
            op.commit(action="custodian.add", items=[], apply=apply,
                      details={"added": info.fingerprint})
    return info


def remove_custodian(vault: Vault, fp: str) -> None:
    """Remove a custodian and rewrap every class key without them (one transaction).

    :raises CustodyError: unknown fingerprint, or it is the last custodian.
    """
    custody = vault.custody()
    with vault.locked():
        row = vault.db.execute("SELECT fingerprint FROM custodians WHERE fingerprint = ? "
                               "AND removed IS NULL", (fp,)).fetchone()
        if row is None:
            raise CustodyError(f"no custodian with fingerprint {fp}",
                               hint="see `vault custodian list`")
        count = vault.db.execute("SELECT COUNT(*) FROM custodians WHERE removed IS NULL"
                                 ).fetchone()[0]
        if count <= 1:
            raise CustodyError("refusing to remove the last custodian",
                               hint="add another custodian first, or the vault becomes unreadable")

        def apply(tx: sqlite3.Connection) -> dict[str, Any]:
            tx.execute("UPDATE custodians SET removed = ? WHERE fingerprint = ?",
                       (utc_now(), fp))
            return {"keys_rewrapped": rewrap_class_keys(tx, custody)}

        with begin(vault, REMOVE_POINTS, {"fingerprint": fp}) as op:
            op.commit(action="custodian.remove", items=[], apply=apply,
                      details={"removed": fp})


@recovers(ADD_POINTS.op)
def recover_custodian_add(vault: Vault, payload: dict[str, Any]) -> Settled:
    """Settle function of ``custodian-add``: its one transaction committed (and closed the
    journal with it) or left no trace — say it was rolled back."""
    return Settled("custodian.add", "rolled-back", (),
                   {"fingerprint": payload.get("fingerprint")})


@recovers(REMOVE_POINTS.op)
def recover_custodian_remove(vault: Vault, payload: dict[str, Any]) -> Settled:
    """Settle function of ``custodian-remove``: as :func:`recover_custodian_add`."""
    return Settled("custodian.remove", "rolled-back", (),
                   {"fingerprint": payload.get("fingerprint")})
