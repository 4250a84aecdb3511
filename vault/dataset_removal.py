"""Removing a dataset: an import that failed its checks or is not wanted, destroyed now.

::

    cert = remove_dataset(vault, "ds_3f9c0a1b2d4e", reason="failed k-anonymity")
    cert.text_path              # certificates/cert_….txt

A ``dataset-remove`` operation of the write path (:mod:`vault.write_path`): the dataset's
object is destroyed through the retention machinery (:func:`vault.retention.purge.destroy_items`,
a ``purge`` operation inside it): journaled, the catalog row kept as a tombstone (no name, no
hash), and — because every dataset imported by this version has a class key of its own — that
key is destroyed too, so copies of the object in backups can no longer be decrypted
(crypto-shredding), while other datasets keep theirs. A disposition certificate is written and
its hash audited; then a ``dataset.remove`` audit entry names the dataset and the certificate,
and closes the operation. Killed after the destruction began, the next command completes both
(:func:`recover_dataset_removal`). A dataset under a legal hold is refused.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vault.dataset_store import DATASET_CLASS
from vault.errors import InputError, StoreError
from vault.faults import declare_points
from vault.objects import present_item
from vault.retention.certificates import Certificate
from vault.retention.purge import DEFAULT_LOCK_TIMEOUT, destroy_items, purge_lock
from vault.store import Settled, recovers
from vault.write_path import COMMIT_STEPS, begin

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["POINTS", "recover_dataset_removal", "remove_dataset"]

#: the longest reason kept (it goes into the certificate and the audit log)
MAX_REASON = 200

#: the fault points of removing a dataset (see :mod:`vault.faults`); the purge's own points
#: come between ``journaled`` and ``destroyed``
POINTS = declare_points("dataset-remove", {
    "journaled": COMMIT_STEPS["journaled"],
    "destroyed": "the dataset and its key are destroyed and certified; the dataset.remove "
                 "entry is not committed",
    "committed": "the dataset.remove audit entry and the journal close are committed",
})


def remove_dataset(vault: Vault, dataset_id: str, *, reason: str) -> Certificate:
    """Destroy a stored dataset and, with it, its own class key; certify and audit it.

    :param reason: why it is removed (no identifiers: it is written to the certificate and
        the audit log).
    :returns: the disposition certificate.
    :raises StoreError: no such present item, or not a dataset.
    :raises InputError: an empty or overlong reason.
    :raises RetentionError: the dataset is under a legal hold.
    :raises LockBusy: another vault command holds the lock.
    """
    reason = " ".join(reason.split())
    if not reason or len(reason) > MAX_REASON:
        raise InputError(f"a removal needs a reason of 1-{MAX_REASON} characters",
                         hint="say why, e.g. --reason \"failed k-anonymity, re-imported\"")
    row = present_item(vault, dataset_id)
    if row["data_class"] != DATASET_CLASS:
        raise StoreError(f"item {dataset_id} is not a dataset",
                         hint="see `vault dataset list` for dataset ids")
    with purge_lock(vault, DEFAULT_LOCK_TIMEOUT), \
            begin(vault, POINTS, {"dataset": dataset_id}) as op:
        cert = destroy_items(vault, [dataset_id], reason=f"dataset removed: {reason}")
        op.step("destroyed")
        op.commit(action="dataset.remove", items=[dataset_id],
                  details=_removal_details(cert.id, cert.sha256,
                                           cert.data["totals"]["keys_destroyed"]))
    return cert


def _removal_details(certificate: str, sha256: str, keys: Any) -> dict[str, Any]:
    return {"certificate": certificate, "certificate_sha256": sha256, "keys_destroyed": keys}


@recovers(POINTS.op)
def recover_dataset_removal(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``dataset-remove`` (after an error, or a kill; under the lock).

    The purge inside it is settled first (it completes the destruction). If the dataset is
    now destroyed and certified, its ``dataset.remove`` entry is returned for the audit log;
    if it is still present, nothing happened. Idempotent: an entry already written is not
    written twice.
    """
    dataset_id = str(payload["dataset"])
    row = vault.db.execute(
        "SELECT i.state, c.id, c.sha256, c.keys FROM items i LEFT JOIN certificates c "
        "ON c.id = i.certificate WHERE i.id = ?", (dataset_id,)).fetchone()
    if row is None or row["state"] != "destroyed" or row["id"] is None:
        return None
    if any(e.action == "dataset.remove" and dataset_id in e.items
           for e in vault.audit.entries()):
        return None
    return Settled("dataset.remove", "ok", (dataset_id,),
                   {**_removal_details(row["id"], row["sha256"], row["keys"]),
                    "recovered": True})
