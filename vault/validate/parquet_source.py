"""A Parquet dataset as vault validates it: one file, or a directory of part files.

Spark and other writers store one dataset as a directory of part files
(``part-00000-….parquet``, with ``_SUCCESS`` and ``.crc`` companions). Every engine validates
the same rows: :func:`parquet_files` lists the part files (``*.parquet`` at any depth, in name
order, skipping names that start with ``_`` or ``.``, as Spark and pyarrow do), and
:func:`dataset_schema` requires them to share one Arrow schema (the file's footer is read, not
its rows)::

    files = parquet_files(Path("survey.parquet"))        # (survey.parquet,)
    files = parquet_files(Path("survey/"))               # its part files
    schema = dataset_schema(files)
    pieces = row_groups(files)                           # (file, row group, rows) of each

The Spark engine hands :func:`row_groups` to its executors, each reading its own row groups.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from vault.errors import InputError

__all__ = ["RowGroup", "dataset_schema", "parquet_files", "read_columns", "row_groups"]


def parquet_files(path: Path) -> tuple[Path, ...]:
    """The Parquet files of a dataset: ``path`` itself, or a directory's part files.

    :raises InputError: no such file or directory, or a directory without Parquet files.
    """
    path = Path(path)
    if path.is_file():
        return (path,)
    if not path.is_dir():
        raise InputError(f"{path}: no such file")
    found = sorted(
        f for f in path.rglob("*.parquet")
        if f.is_file() and not any(part.startswith(("_", "."))
                                   for part in f.relative_to(path).parts))
    if not found:
        raise InputError(f"{path}: a directory with no .parquet files",
                         hint="give a Parquet file, or a directory of part-*.parquet files")
    return tuple(found)


def _footer(path: Path) -> pq.FileMetaData:
    try:
        return pq.ParquetFile(path).metadata
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file (truncated or malformed)",
                         hint="re-export the dataset; `vault validate` reads Parquet only"
                         ) from exc


def _footer_schema(path: Path) -> pa.Schema:
    try:
        return pq.ParquetFile(path).schema_arrow
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file (truncated or malformed)",
                         hint="re-export the dataset; `vault validate` reads Parquet only"
                         ) from exc


def dataset_schema(files: Sequence[Path]) -> pa.Schema:
    """The Arrow schema the files share (the first file's, metadata included).

    :raises InputError: a file is unreadable, or its columns differ from the first file's.
    """
    schema = _footer_schema(files[0])
    for other in files[1:]:
        if not _footer_schema(other).equals(schema, check_metadata=False):
            raise InputError(f"{other}: its columns differ from those of {files[0].name}",
                             hint="validate the files one at a time, or rewrite the dataset "
                                  "with one schema")
    return schema


def read_columns(files: Sequence[Path], columns: Sequence[str] | None = None) -> pa.Table:
    """The rows of every file (only ``columns``, when given), concatenated in file order."""
    tables = [pq.read_table(f, columns=list(columns) if columns is not None else None)
              for f in files]
    return tables[0] if len(tables) == 1 else pa.concat_tables(tables)


@dataclass(frozen=True)
class RowGroup:
    """One row group of one file: the unit of work an engine can hand to another process."""

    path: str
    index: int
    rows: int


def row_groups(files: Sequence[Path]) -> tuple[RowGroup, ...]:
    """Every row group of the files, in file order, from their footers (no rows are read).

    :raises InputError: a file is unreadable.
    """
    found: list[RowGroup] = []
    for path in files:
        meta = _footer(path)
        found.extend(RowGroup(str(path), i, meta.row_group(i).num_rows)
                     for i in range(meta.num_row_groups))
    return tuple(found)
