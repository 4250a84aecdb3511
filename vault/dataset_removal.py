"""Removing a dataset: an import that failed its checks or is not wanted, destroyed now.

::

    cert = remove_dataset(vault, "ds_3f9c0a1b2d4e", reason="failed k-anonymity")
    cert.text_path              # certificates/cert_….txt

The dataset's object is destroyed through the retention machinery
(:func:`vault.retention.purge.destroy_items`): journaled, the catalog row kept as a tombstone
(no name, no hash), and — because every dataset imported by this version has a class key of
its own — that key is destroyed too, so copies of the object in backups can no longer be
decrypted (crypto-shredding), while other datasets keep theirs. A disposition certificate is
written and its hash audited; a ``dataset.remove`` audit entry names the dataset and the
certificate. A dataset under a legal hold is refused.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from vault.datasets import DATASET_CLASS
from vault.errors import InputError, StoreError
from vault.objects import present_item
from vault.retention.certificates import Certificate
from vault.retention.purge import destroy_items

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["remove_dataset"]

#: the longest reason kept (it goes into the certificate and the audit log)
MAX_REASON = 200


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
    cert = destroy_items(vault, [dataset_id], reason=f"dataset removed: {reason}")
    keys = cert.data["totals"]["keys_destroyed"]
    with vault.write() as tx:
        vault.audit.append(tx, action="dataset.remove", items=[dataset_id], outcome="ok",
                           details={"certificate": cert.id, "certificate_sha256": cert.sha256,
                                    "keys_destroyed": keys})
    return cert
