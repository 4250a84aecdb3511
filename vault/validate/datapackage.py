"""Every release is a Frictionless Data Package: ``datapackage.json`` describes its files.

The descriptor (Data Package v1, read by the ``frictionless`` tools, R's ``frictionless``,
CKAN, Zenodo and other archives) holds the release's name and title, its licence, its source
(the study), and one resource per file:

* each dataset's Parquet file, with a **Table Schema** — one field per column: type, the
  question's wording as description, allowed values (``constraints.enum``), ``required`` when
  the column is never null — and its SHA-256 (``hash``);
* redacted transcripts and recordings, the codebook, each dataset's schema and the validation
  report, with their byte counts and SHA-256.

``frictionless validate release/wave-1/datapackage.json`` then checks every Parquet file
against its Table Schema and every other file against its hash and size. (frictionless reads
Parquet through pyarrow rather than as a byte stream, so it does not recompute the Parquet
files' hashes — ``vault release verify`` does, against ``manifest.json``; the Parquet
resources therefore carry no ``bytes``, which frictionless would report as unverifiable.)

Usage::

    descriptor = build_datapackage(root, info, datasets, files=["codebook.md", …])
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from vault.anonymise.dataset import ColumnRole, ColumnType
from vault.validate.release_contents import ReleasedDataset, ReleaseInfo

__all__ = ["DATAPACKAGE", "PROFILE", "build_datapackage", "table_schema"]

DATAPACKAGE = "datapackage.json"
#: not "tabular-data-package": transcripts and documents are not tables
PROFILE = "data-package"
_FIELD_TYPES = {"string": "string", "integer": "integer", "float": "number",
                "boolean": "boolean", "date": "date"}
_MEDIATYPES = {".txt": ("txt", "text/plain"), ".vtt": ("vtt", "text/vtt"),
               ".srt": ("srt", "application/x-subrip"),
               ".docx": ("docx", ("application/vnd.openxmlformats-officedocument."
                                 "wordprocessingml.document")),
               ".md": ("md", "text/markdown"), ".html": ("html", "text/html"),
               ".toml": ("toml", "application/toml"), ".json": ("json", "application/json"),
               ".wav": ("wav", "audio/wav"), ".flac": ("flac", "audio/flac"),
               ".ogg": ("ogg", "audio/ogg"), ".mp3": ("mp3", "audio/mpeg"),
               ".m4a": ("m4a", "audio/mp4")}
_CHUNK = 1 << 20


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _resource_name(rel: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9._-]+", "-", rel.lower()).strip("-") or "file"
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name)
    return name


def table_schema(dataset: ReleasedDataset | None, parquet: Path) -> dict[str, Any]:
    """The Table Schema of one released Parquet file (columns in file order); without the
    dataset's schema, types only."""
    # lazy: the expectations module imports Great Expectations (seconds)
    from vault.validate.expectations import logical_type_of

    arrow = pq.ParquetFile(parquet).schema_arrow
    fields = []
    for column in arrow:
        logical = logical_type_of(column.type)
        entry: dict[str, Any] = {"name": column.name,
                                 "type": _FIELD_TYPES.get(logical, "any")}
        try:
            spec = dataset.schema.column(column.name) if dataset is not None else None
        except KeyError:
            spec = None
        if spec is not None:
            if spec.role is ColumnRole.PARTICIPANT:
                entry["description"] = "participant code (this release's code epoch)"
            elif spec.question:
                entry["description"] = spec.question
            constraints: dict[str, Any] = {}
            if not spec.nullable or spec.type is ColumnType.CHECKBOX:
                constraints["required"] = True
            allowed = spec.output_allowed
            if allowed is not None and spec.role is not ColumnRole.PARTICIPANT:
                constraints["enum"] = [v.isoformat() if hasattr(v, "isoformat") else v
                                       for v in allowed]
            if constraints:
                entry["constraints"] = constraints
        fields.append(entry)
    # frictionless reads Parquet through pandas, where a missing integer is NaN and a missing
    # date NaT: both are missing values, not numbers or dates that fail their type
    return {"fields": fields, "missingValues": ["", "nan", "NaT"]}


def build_datapackage(root: Path, info: ReleaseInfo, datasets: Sequence[ReleasedDataset], *,
                      tables: Sequence[str] = (), files: Sequence[str] = ()
                      ) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor of the release written in ``root``.

    :param datasets: the released datasets (their Parquet files are in ``root``).
    :param tables: other Parquet files (described from their Arrow schema only).
    :param files: the other files to describe (relative POSIX paths: transcripts, codebook,
        schemas, report).
    """
    taken: set[str] = set()
    resources: list[dict[str, Any]] = []
    for dataset in datasets:
        path = root / dataset.file
        resources.append({
            "name": _resource_name(dataset.name, taken), "path": dataset.file,
            "profile": "tabular-data-resource", "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "title": dataset.schema.title or dataset.name,
            "description": (f"{dataset.rows} rows; quasi-identifiers "
                            f"{', '.join(dataset.schema.quasi_identifiers) or 'none'} are "
                            f"{dataset.schema.k}-anonymous; schema {dataset.schema_file}"),
            "hash": f"sha256:{_sha256(path)}",
            "schema": table_schema(dataset, path)})
    for rel in tables:
        path = root / rel
        resources.append({
            "name": _resource_name(Path(rel).stem, taken), "path": rel,
            "profile": "tabular-data-resource", "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "hash": f"sha256:{_sha256(path)}", "schema": table_schema(None, path)})
    for rel in files:
        path = root / rel
        fmt, mediatype = _MEDIATYPES.get(path.suffix.lower(), ("", "application/octet-stream"))
        entry: dict[str, Any] = {"name": _resource_name(rel, taken), "path": rel,
                                 "mediatype": mediatype, "bytes": path.stat().st_size,
                                 "hash": f"sha256:{_sha256(path)}"}
        if fmt:
            entry["format"] = fmt
        resources.append(entry)
    descriptor: dict[str, Any] = {
        "profile": PROFILE,
        "name": _resource_name(info.name, set()),
        "title": f"{info.study}: release {info.name}",
        "description": (f"Anonymised data released by vault (participant codes of epoch "
                        f"{info.code_epoch}). See codebook.md for every question, its allowed "
                        "values and generalisation; manifest.json is the signed-off record."),
        "licenses": [{"name": info.licence, "title": info.licence_title}],
        "sources": [{"title": info.study}],
        "resources": resources,
    }
    if info.release_id:
        descriptor["id"] = info.release_id
    if info.created:
        descriptor["created"] = info.created
    return descriptor
