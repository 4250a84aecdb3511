"""Storing a dataset: its anonymised Parquet bytes become an encrypted object of its own.

The ``dataset-import`` operation of the write path (:mod:`vault.write_path`): the bytes
:mod:`vault.datasets` serialised are encrypted to a class key of the dataset's own (so that
:func:`vault.dataset_removal.remove_dataset` shreds exactly that dataset), confirmed,
published, and catalogued with the dataset's name (encrypted) and its audit entry in one
transaction::

    stored = store_dataset_object(vault, parquet_bytes, name="survey", source="export.csv",
                                  details={"rows": 96, …})
    stored.id, stored.created

Kept apart from :mod:`vault.datasets` (which reads Parquet, and so imports pyarrow) so that
opening a vault — which imports every operation's settle function — stays light.
"""
from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vault.errors import VaultError
from vault.faults import declare_points
from vault.ids import new_id
from vault.ingest import DuplicateContent
from vault.store import Settled, recovers
from vault.write_path import STORE_STEPS, NewItem, NewObject, begin, settle_objects

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["DATASET_CLASS", "IMPORT_POINTS", "StoredDatasetObject", "recover_dataset_import",
           "store_dataset_object"]

#: the catalog data class of an anonymised dataset
DATASET_CLASS = "dataset"
#: the fault points of storing a dataset (see :mod:`vault.faults`)
IMPORT_POINTS = declare_points("dataset-import", STORE_STEPS)


@dataclass(frozen=True)
class StoredDatasetObject:
    """The stored dataset's item id, creation time and plaintext size."""

    id: str
    created: str
    size: int


def store_dataset_object(vault: Vault, data: bytes, *, name: str, source: str,
                         details: Mapping[str, Any]) -> StoredDatasetObject:
    """Store a dataset's Parquet bytes as one ``dataset-import`` operation.

    :param name: the dataset's name (stored encrypted to its class key).
    :param source: the export's file name, for messages only (never stored).
    :param details: the ``dataset.import`` audit entry's details (counts, hashes; no values).
    :raises DuplicateContent: the same dataset is already stored (nothing is stored).
    """
    item = NewItem(new_id("ds"), DATASET_CLASS, name=name.encode(), media_format="parquet",
                   own_key=True)

    def duplicate(existing: str) -> VaultError:
        return DuplicateContent(f"{source}: gives the same dataset as {existing}, already in "
                                "the vault", existing_id=existing)

    with begin(vault, IMPORT_POINTS, {"class": DATASET_CLASS}, items=[item.id]) as op:
        [stored] = op.store([NewObject(item, io.BytesIO(data), duplicate)])
        created = op.commit(action="dataset.import", items=[item.id],
                            details={**details, "size": stored.digest.size})
    return StoredDatasetObject(item.id, created, stored.digest.size)


@recovers(IMPORT_POINTS.op)
def recover_dataset_import(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``dataset-import`` (after an error, or a kill): without its catalog
    row the object, its temps and its own class key go; with it, nothing is left to do."""
    return settle_objects(vault, payload, action="dataset.import",
                          details={"class": DATASET_CLASS})
