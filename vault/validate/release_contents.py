"""What a release holds, described for its codebook and its Data Package (plain values).

Leaf module shared by :mod:`vault.validate.release` (the bundle),
:mod:`vault.validate.datapackage` and :mod:`vault.validate.codebook`::

    described = ReleasedDataset.of(schema, schema_raw, name="mentoring", rows=20,
                                   summary={"suppressed_rows": 6})
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vault.anonymise.dataset import DatasetSchema

__all__ = ["SCHEMA_DIR", "ReleaseInfo", "ReleasedDataset"]

#: where each dataset's schema (the exact TOML applied) goes inside a release
SCHEMA_DIR = "schemas"


@dataclass(frozen=True)
class ReleasedDataset:
    """One dataset of a release: its file, the schema applied, and the import's counts."""

    name: str
    schema: DatasetSchema
    schema_raw: bytes = field(repr=False)
    rows: int
    #: the import's counts (``ImportSummary.to_json``): rows suppressed, cells nulled, …
    summary: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, schema: DatasetSchema, schema_raw: bytes, *, name: str, rows: int,
           summary: Mapping[str, Any] | None = None) -> ReleasedDataset:
        return cls(name=name, schema=schema, schema_raw=schema_raw, rows=rows,
                   summary=dict(summary or {}))

    @property
    def file(self) -> str:
        return f"{self.name}.parquet"

    @property
    def schema_file(self) -> str:
        return f"{SCHEMA_DIR}/{self.name}.toml"

    @property
    def schema_sha256(self) -> str:
        return hashlib.sha256(self.schema_raw).hexdigest()

    def manifest_entry(self) -> dict[str, Any]:
        """The manifest's unambiguous schema reference: the file in the release and its hash."""
        return {"name": self.schema.name, "file": self.schema_file,
                "sha256": self.schema_sha256, "k": self.schema.k}


@dataclass(frozen=True)
class ReleaseInfo:
    """Release-level facts for the Data Package and the codebook."""

    name: str
    #: the study's title (the Data Package's ``title`` and source)
    study: str
    #: a licence name (SPDX id or an Open Definition id such as ``other-closed``)
    licence: str = "other-closed"
    licence_title: str = "Restricted: for the study's approved analysts only"
    code_epoch: int = 0
    created: str = ""
    release_id: str = ""
