"""Changing who holds the vault: adding and removing custodians, each a journaled operation.

Every key's secret is wrapped to every custodian, in the keystore (:mod:`vault.keys`,
:mod:`vault.keystore`). Adding a custodian rewraps them all to include the newcomer; removing
one rewraps them all without them — and, because a removed custodian may have kept copies of
everything they could read (the keystore, the catalog, objects, their identity), **rotates**:

* every class key is *retired*: it still opens the objects it protects, but everything stored
  after the removal gets a fresh key the removed custodian never held (the register's too);
* the signing key is replaced — the old one could forge entries — by a new one, announced in
  an ``audit.signing-key-rotate`` entry signed by the old key (the chain ``vault audit verify``
  follows), and the old secret is destroyed;
* the keystore backups vault manages are rewritten for the remaining custodians only.

The keyed-hash secret (``_hashing``) is kept: it opens nothing (it identifies content and
codes); replacing it would orphan every keyed hash and the code ledger. Existing objects stay
under their retired keys until ``vault custodian remove --reencrypt`` (:mod:`vault.reencrypt`)
re-encrypts them under fresh keys and shreds the old ones::

    info = add_custodian(vault, "age1…", label="deputy")     # rewraps every key to include them
    remove_custodian(vault, info.fingerprint)                 # … without them, and rotates

Each is an operation of the write path (:mod:`vault.write_path`): the keystore is rewrapped
inside the catalog transaction, before its commit (``rewrapped``), so a kill leaves the old set
of custodians or the new one in the catalog and the settle function rewraps the keystore to
whichever it is; after the commit come the shredding steps (:mod:`vault.shredding`).
"""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from vault import age
from vault.audit import KEY_ROTATION
from vault.clock import utc_now
from vault.errors import CustodyError, InputError
from vault.faults import declare_points
from vault.keys import (
    CustodianInfo,
    fingerprint,
    retire_keys,
    rewrap_class_keys,
    rotate_signing_key,
)
from vault.keystore_backups import rewrite_backups
from vault.reencrypt import reencrypt as reencrypt_all
from vault.shredding import SHRED_STEPS, destroyed_key_ids, erasing, shred_destroyed
from vault.store import Settled, recovers
from vault.write_path import COMMIT_STEPS, begin

if TYPE_CHECKING:
    from vault.keys import Custody
    from vault.store import Vault

__all__ = ["ADD_POINTS", "REMOVE_POINTS", "add_custodian", "recover_custodian_add",
           "recover_custodian_remove", "remove_custodian"]

_REWRAPPED = ("every key's secret in the keystore is rewrapped to the new set of custodians; "
              "the catalog's transaction is not committed")

#: the fault points of adding a custodian (see :mod:`vault.faults`)
ADD_POINTS = declare_points("custodian-add", {
    "journaled": COMMIT_STEPS["journaled"],
    "rewrapped": _REWRAPPED,
    "committed": "the custodian, its audit entry are committed; the journal is open until the "
                 "keystore backups are rewritten for them",
    "backups-rewritten": "every managed keystore backup is re-encrypted to the new set of "
                         "custodians",
})
#: the fault points of removing a custodian
REMOVE_POINTS = declare_points("custodian-remove", {
    "journaled": COMMIT_STEPS["journaled"],
    "rewrapped": _REWRAPPED,
    "committed": "the removal, the retired keys, the new signing key and the audit entries are "
                 "committed; the old signing key's secret is still in the keystore",
    **SHRED_STEPS,
})


def add_custodian(vault: Vault, recipient: str, *, label: str = "custodian") -> CustodianInfo:
    """Register another custodian and rewrap every key to include them.

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
        with begin(vault, ADD_POINTS, {"fingerprint": info.fingerprint}) as op:
            def apply(tx: sqlite3.Connection) -> dict[str, Any]:
                tx.execute("INSERT OR REPLACE INTO custodians(fingerprint, recipient, label, "
                           "added, removed) VALUES (?, ?, ?, ?, NULL)",
                           (info.fingerprint, canonical, label, info.added))
                rewrapped = rewrap_class_keys(vault, tx, custody)
                op.step("rewrapped")
                return {"keys_rewrapped": rewrapped}

            op.commit(action="custodian.add", items=[], apply=apply, close=False,
                      details={"added": info.fingerprint})
            rewrite_backups(vault, custody, drop=destroyed_key_ids(vault), rewrap=True)
            op.step("backups-rewritten")
    return info


def remove_custodian(vault: Vault, fp: str, *, reencrypt: bool = False) -> None:
    """Remove a custodian and rotate: every key rewrapped without them, every class key
    retired (new data gets fresh keys), the signing key replaced, the managed keystore backups
    rewritten for the others. Existing objects stay readable by the others under the retired
    keys; :func:`vault.reencrypt.reencrypt` moves them to fresh keys.

    :param reencrypt: then re-encrypt every existing object under fresh keys and destroy the
        retired ones (:func:`vault.reencrypt.reencrypt`; resumable: run it again after a kill).
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
        with erasing(vault), begin(vault, REMOVE_POINTS, {"fingerprint": fp}) as op:
            def apply(tx: sqlite3.Connection) -> dict[str, Any]:
                tx.execute("UPDATE custodians SET removed = ? WHERE fingerprint = ?",
                           (utc_now(), fp))
                rewrapped = rewrap_class_keys(vault, tx, custody)
                op.step("rewrapped")
                retired = retire_keys(tx)
                return {"keys_rewrapped": rewrapped, "keys_retired": len(retired),
                        "signing_key": _rotate_signing(vault, tx, custody, fp)}

            op.commit(action="custodian.remove", items=[], apply=apply, close=False,
                      details={"removed": fp})
            shred_destroyed(vault, custody, step=op.step, rewrap=True)
    if reencrypt:
        reencrypt_all(vault)


def _rotate_signing(vault: Vault, tx: sqlite3.Connection, custody: Custody, fp: str) -> str:
    """Hand signing over to a new key inside ``tx``: the rotation entry, signed by the old key,
    names the new one, which signs everything after it. Returns the new vkey."""
    old_signer = custody.signer()  # unwrapped now: its secret is shredded after the commit
    _old_id, new_signer = rotate_signing_key(vault, tx)
    custody.use_signer(old_signer)
    vkey = new_signer.verifier.vkey
    vault.audit.append(tx, action=KEY_ROTATION, outcome="ok",
                       details={"signing_key": vkey, "reason": "custodian removed",
                                "removed": fp})
    custody.use_signer(new_signer)
    vault.audit.announce_key(vkey)
    return vkey


@recovers(ADD_POINTS.op)
def recover_custodian_add(vault: Vault, payload: dict[str, Any]) -> Settled:
    """Settle function of ``custodian-add``: the keystore is rewrapped to the custodians the
    catalog names (the new one, if the commit happened; else the old set), and the managed
    backups with it."""
    custody = vault.custody()
    with vault.write() as tx:
        rewrap_class_keys(vault, tx, custody)
    rewrite_backups(vault, custody, drop=destroyed_key_ids(vault), rewrap=True)
    added = vault.db.execute("SELECT 1 FROM custodians WHERE fingerprint = ? AND removed IS NULL",
                             (payload.get("fingerprint"),)).fetchone() is not None
    return Settled("custodian.add", "completed" if added else "rolled-back", (),
                   {"fingerprint": payload.get("fingerprint")})


@recovers(REMOVE_POINTS.op)
def recover_custodian_remove(vault: Vault, payload: dict[str, Any]) -> Settled:
    """Settle function of ``custodian-remove``: as :func:`recover_custodian_add`; when the
    removal was committed, the old signing key's secret is shredded too."""
    custody = vault.custody()
    custody.use_signer(None)  # the key in force is whichever the catalog names now
    with erasing(vault):
        with vault.write() as tx:
            rewrap_class_keys(vault, tx, custody)
        removed = vault.db.execute("SELECT 1 FROM custodians WHERE fingerprint = ? AND removed "
                                   "IS NOT NULL", (payload.get("fingerprint"),)).fetchone()
        shred_destroyed(vault, custody, rewrap=True)
    return Settled("custodian.remove", "completed" if removed is not None else "rolled-back", (),
                   {"fingerprint": payload.get("fingerprint")})
