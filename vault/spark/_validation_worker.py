"""What runs inside Spark's Python workers for validation (``mapInArrow`` functions).

Each task computes the suite's row-level counts on its rows with the local engine's own
renderer (:class:`vault.validate._pushdown.DuckDBPlan`: the same SQL, RE2 regexes, the
identifier detectors' Python confirms, the distinct-value shortcut), and flattens binary,
list, struct and map columns with the local engine's own
:func:`vault.validate.flatten.flatten_array`. Only counts and text columns come back. The
module imports no Great Expectations, so a worker starts quickly.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import duckdb
import pyarrow as pa

from vault.validate._pushdown import DuckDBPlan, DuckDBSettings
from vault.validate.flatten import flatten_array
from vault.validate.metrics import Metric

__all__ = ["CHUNK_ROWS", "duckdb_counts", "flatten_batches"]


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


def _counts(chunk: list[pa.RecordBatch], metrics: Sequence[Metric],
            distinct_limit: int) -> pa.RecordBatch:
    table = pa.Table.from_batches(chunk)
    settings = DuckDBSettings()
    con = duckdb.connect(":memory:", config={"memory_limit": settings.memory_limit,
                                            "threads": 1})
    try:
        con.register("vault_rows", table)
        plan = DuckDBPlan(con, table.schema, distinct_limit)
        for i, metric in enumerate(metrics):
            plan.add(i, metric)
        values = plan.run("vault_rows")
    finally:
        con.close()
    return pa.RecordBatch.from_pydict({f"m{i}": pa.array([int(values[i])], pa.int64())
                                       for i in range(len(metrics))})


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
