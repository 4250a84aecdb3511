"""What runs inside Spark's Python workers for validation (``mapInArrow`` functions).

:func:`slice_counts` (the default path) reads the task's own Parquet row groups with pyarrow
and computes everything in the worker: the JVM only schedules tasks and sums a few rows of
counts. :func:`duckdb_counts` and :func:`flatten_batches` work on rows Spark read (the
fallback path). Each task computes the suite's row-level counts on its rows with the local engine's own
renderer (:class:`vault.validate._pushdown.DuckDBPlan`: the same SQL, RE2 regexes, the
identifier detectors' Python confirms, the distinct-value shortcut), and flattens binary,
list, struct and map columns with the local engine's own
:func:`vault.validate.flatten.flatten_array`. Only counts and text columns come back. The
module imports no Great Expectations, so a worker starts quickly.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from vault.validate._pushdown import DuckDBPlan, DuckDBSettings
from vault.validate.flatten import flatten_array
from vault.validate.metrics import Metric

__all__ = ["CHUNK_ROWS", "SliceTask", "duckdb_counts", "flatten_batches", "group_key",
           "slice_counts", "warm_up"]


#: rows a task hands DuckDB at a time (memory per task stays bounded)
CHUNK_ROWS = 1_000_000


def duckdb_counts(batches: Iterable[pa.RecordBatch], *, metrics: Sequence[Metric],
                  distinct_limit: int) -> Iterator[pa.RecordBatch]:
    """The row-level counts of ``metrics`` (``m0``, ``m1``, …) over the rows of ``batches``,
    one row per chunk of :data:`CHUNK_ROWS`: the local engine's renderer
    (:class:`~vault.validate._pushdown.DuckDBPlan`) run on the chunk, single-threaded (Spark
    runs one task per core)."""
    chunk: list[pa.RecordBatch] = []
    rows = 0
    for batch in batches:
        chunk.append(batch)
        rows += batch.num_rows
        if rows >= CHUNK_ROWS:
            yield _counts(chunk, metrics, distinct_limit)
            chunk, rows = [], 0
    if rows:
        yield _counts(chunk, metrics, distinct_limit)


def _connect() -> duckdb.DuckDBPyConnection:
    return duckdb.connect(":memory:", config={"memory_limit": DuckDBSettings().memory_limit,
                                             "threads": 1})


def _plan_values(con: duckdb.DuckDBPyConnection, table: pa.Table, metrics: Sequence[Metric],
                 distinct_limit: int) -> list[int]:
    con.register("vault_rows", table)
    plan = DuckDBPlan(con, table.schema, distinct_limit)
    for i, metric in enumerate(metrics):
        plan.add(i, metric)
    values = plan.run("vault_rows")
    return [int(values[i]) for i in range(len(metrics))]


def _counts(chunk: list[pa.RecordBatch], metrics: Sequence[Metric],
            distinct_limit: int) -> pa.RecordBatch:
    table = pa.Table.from_batches(chunk)
    con = _connect()
    try:
        values = _plan_values(con, table, metrics, distinct_limit)
    finally:
        con.close()
    return pa.RecordBatch.from_pydict({f"m{i}": pa.array([v], pa.int64())
                                       for i, v in enumerate(values)})


# -- the row-group path -------------------------------------------------------------------------

@dataclass(frozen=True)
class SliceTask:
    """What every task of the row-group path computes; pickled into the ``mapInArrow``
    function (a few hundred bytes: file paths and row-group numbers, never rows).

    A task gets slice numbers (the rows of ``spark.range``); for each, it reads the slice's
    row groups with pyarrow (one thread), :data:`CHUNK_ROWS` rows at a time, and yields one
    row of counts per chunk and one row per quasi-identifier group of the chunk. Output
    columns (:meth:`ddl`): ``m<i>`` the counts of ``metrics`` (the local engine's renderer),
    ``f<i>`` values of ``flatten[i]`` that are binary but not UTF-8, ``p<i>`` non-null values
    of ``present[i]``, then ``g`` (index into ``groups``, null on a row of counts), ``key``
    (:func:`group_key` of the group's values) and ``n`` (its rows in the chunk).
    """

    #: per slice: its (file path, row group) pieces
    slices: tuple[tuple[tuple[str, int], ...], ...]
    #: columns read (``flatten`` ones are replaced by their text before counting)
    columns: tuple[str, ...]
    metrics: tuple[Metric, ...]
    distinct_limit: int
    #: quasi-identifier column sets whose group sizes are counted
    groups: tuple[tuple[str, ...], ...] = ()
    #: columns read as text with :func:`~vault.validate.flatten.flatten_array`
    flatten: tuple[str, ...] = ()
    #: columns of which only the non-null values are counted
    present: tuple[str, ...] = ()

    def ddl(self) -> str:
        """The Spark schema of the rows the task yields."""
        return ", ".join([*(f"m{i} long" for i in range(len(self.metrics))),
                          *(f"f{i} long" for i in range(len(self.flatten))),
                          *(f"p{i} long" for i in range(len(self.present))),
                          "g int", "key string", "n long"])


def group_key(values: Sequence[object]) -> str:
    """One string per quasi-identifier combination, equal exactly when DuckDB's ``GROUP BY``
    puts the values in one group: each value's ``repr`` (which tells ``1`` from ``'1'`` and
    ``None`` from ``'None'``), with ``-0.0`` as ``0.0`` (NaNs already share ``nan``)."""
    return "\x1f".join(repr(0.0 if isinstance(v, float) and v == 0 else v) for v in values)


def warm_up(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """A task that yields nothing: run on every core before the counting job, it starts the
    Python worker (which imports this module) and DuckDB while the driver plans."""
    for _ in batches:
        pass
    _connect().close()
    yield from ()


def slice_counts(ids: Iterable[pa.RecordBatch], *, task: SliceTask
                 ) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function of the row-group path: see :class:`SliceTask`."""
    for batch in ids:
        for sid in batch.column(0).to_pylist():
            yield from _slice(task, task.slices[int(sid)])


def _slice(task: SliceTask, pieces: Sequence[tuple[str, int]]) -> Iterator[pa.RecordBatch]:
    chunk: list[pa.RecordBatch] = []
    rows = 0
    files: dict[str, pq.ParquetFile] = {}
    for path, index in pieces:
        if path not in files:
            files[path] = pq.ParquetFile(path)
        source = files[path]
        if not task.columns:  # counting rows only: the footer knows
            rows_here = source.metadata.row_group(index).num_rows
            if rows_here:
                chunk.append(pa.record_batch({"__vault_row": pa.nulls(rows_here, pa.bool_())}))
                rows += rows_here
        else:
            for part in source.iter_batches(row_groups=[index], columns=list(task.columns),
                                            use_threads=False, batch_size=_BATCH_ROWS):
                chunk.append(part)
                rows += part.num_rows
        if rows >= CHUNK_ROWS:
            yield _chunk(task, chunk)
            chunk, rows = [], 0
    if rows:
        yield _chunk(task, chunk)


#: rows pyarrow decodes at a time
_BATCH_ROWS = 128 * 1024


def _chunk(task: SliceTask, batches: list[pa.RecordBatch]) -> pa.RecordBatch:
    table = pa.Table.from_batches(batches)
    out: dict[str, list[object]] = {}
    present = [table.num_rows - table.column(c).null_count for c in task.present]
    bad: list[int] = []
    if task.flatten or task.present:
        # the text of each column; one of a type with no readable text is all null
        text: dict[str, pa.ChunkedArray] = {}
        for name in table.column_names:
            if name in task.present:
                text[name] = pa.chunked_array([pa.nulls(table.num_rows, pa.string())])
                continue
            counts = [0]
            text[name] = pa.chunked_array([flatten_array(part, counts)
                                           for part in table.column(name).chunks], pa.string())
            bad.append(counts[0])
        table = pa.table(text)
    con = _connect()
    try:
        values = _plan_values(con, table, task.metrics, task.distinct_limit)
        groups: list[tuple[int, str, int]] = []
        for g, keys in enumerate(task.groups):
            cols = ", ".join('"' + c.replace('"', '""') + '"' for c in keys)
            found = con.execute(f"SELECT {cols}, count(*) FROM vault_rows GROUP BY {cols}"
                                ).fetchall()
            groups.extend((g, group_key(row[:-1]), int(row[-1])) for row in found)
    finally:
        con.close()
    head = [*values, *bad, *present]
    for i, name in enumerate([*(f"m{i}" for i in range(len(task.metrics))),
                              *(f"f{i}" for i in range(len(task.flatten))),
                              *(f"p{i}" for i in range(len(task.present)))]):
        out[name] = [head[i], *([None] * len(groups))]
    out["g"] = [None, *(g for g, _, _ in groups)]
    out["key"] = [None, *(k for _, k, _ in groups)]
    out["n"] = [None, *(n for _, _, n in groups)]
    types = {name: pa.int32() if name == "g" else pa.string() if name == "key" else pa.int64()
             for name in out}
    return pa.RecordBatch.from_pydict({name: pa.array(v, types[name])
                                       for name, v in out.items()})


def flatten_batches(batches: Iterable[pa.RecordBatch], *,
                    columns: Sequence[str]) -> Iterator[pa.RecordBatch]:
    """Each column as one string per row (:func:`~vault.validate.flatten.flatten_array`),
    plus ``__vault_bad_<i>``: in a batch's first row, how many of its values of column ``i``
    were binary that is not UTF-8 (0 in the other rows; the sum is the total)."""
    for batch in batches:
        out: dict[str, pa.Array] = {}
        bad: list[int] = []
        for name in columns:
            counts = [0]
            out[name] = flatten_array(batch.column(name), counts)
            bad.append(counts[0])
        for i, count in enumerate(bad):
            flags = [0] * batch.num_rows
            if flags:
                flags[0] = count
            out[f"__vault_bad_{i}"] = pa.array(flags, pa.int64())
        yield pa.RecordBatch.from_pydict(out)
