"""Validation on Spark: ``vault validate FILE_OR_DIR --schema S --engine spark``.

::

    from vault.spark.validation import validate_file_spark
    result = validate_file_spark(Path("survey/"), schema=schema, policy=policy)   # local[*]
    write_report(result, Path("report/"))

The same suite as the local engine (:func:`vault.validate.build_suite` on the file's Arrow
schema), the same description of what to compute (:func:`vault.validate.metrics.plan_suite`),
computed with the local engine's own renderer on the executors; the values go back to the
same Great Expectations expectations, so the verdict, every count and the report are the
local engine's (the report names the engine: ``spark``). Nothing but aggregates reaches the
driver:

* the driver reads the Parquet footers (a file or a directory of part files) and cuts the
  row groups into slices, a few per core; Spark distributes slice numbers, and each task
  reads its own row groups with pyarrow in its Python worker (:class:`_RowGroupPlan`,
  :func:`vault.spark._validation_worker.slice_counts`): the JVM only schedules;
* every row-level count of the suite (rows, nulls, values out of a set, regex and identifier
  matches) adds up over any split of the rows, so each task computes them on its rows with
  the local engine's own renderer (:class:`vault.validate._pushdown.DuckDBPlan`: DuckDB,
  RE2, the detectors' Python confirms, one thread per task) and Spark sums them — the same
  regex engine as the local run, so the counts are the same by construction;
* k-anonymity: each task counts its rows per quasi-identifier combination (DuckDB's
  ``GROUP BY``), Spark merges the counts by combination and returns the sizes of the groups
  smaller than k; when it fails, the advice is computed on the driver from one row per
  combination with its count;
* without a schema, binary/list/struct/map columns are flattened to text in the tasks with
  the local engine's own function, then counted like strings.

The files must be at a path every executor sees (on a cluster, a shared file system).
``reader="spark"`` (:data:`READ_BY_SPARK`) has Spark's own reader read the rows and hand
them to the workers as Arrow batches instead (the same counts; the JVM then decodes every
row, several times the CPU).
"""
from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from vault.errors import InputError, PolicyError
from vault.spark import _validation_worker
from vault.spark.session import ENGINE, spark_session
from vault.validate import ValidationPolicy, build_suite, with_kanon_advice
from vault.validate._pushdown import DISTINCT_LIMIT
from vault.validate.flatten import (
    NOT_UTF8,
    needs_flattening,
    unchecked_outcomes,
    unreadable_reason,
)
from vault.validate.metrics import (
    Known,
    Metric,
    NullCount,
    PushdownUnsupported,
    RowCount,
    SmallGroups,
    Unexpected,
    plan_suite,
)
from vault.validate.parquet_source import RowGroup, dataset_schema, parquet_files, row_groups
from vault.validate.report import ValidationResult, result_from_gx

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame, SparkSession

    from vault.anonymise.dataset import DatasetSchema
    from vault.validate.suites import Suite

__all__ = ["READ_BY_SPARK", "READ_IN_WORKERS", "run_suite_spark", "validate_file_spark"]

log = logging.getLogger(__name__)

#: the default reader: each Spark task reads its own Parquet row groups with pyarrow in its
#: Python worker (the JVM only schedules); the files must be at a path every executor sees
READ_IN_WORKERS = "workers"
#: Spark's own Parquet reader, its rows handed to the Python workers as Arrow batches
READ_BY_SPARK = "spark"

#: SQL settings of the session validation runs in (a new session sharing the SparkContext, so
#: a caller's session keeps its own): column names compared as written, as in DuckDB and
#: pyarrow; nanosecond timestamps (which pyarrow writes) readable; splits of 64 MB (the work
#: per row is CPU, so more, smaller tasks keep every core busy to the end)
_SQL_CONF = {
    "spark.sql.caseSensitive": "true",
    "spark.sql.legacy.parquet.nanosAsLong": "true",
    "spark.sql.files.maxPartitionBytes": str(64 * 1024 * 1024),
}


def _col(name: str) -> Column:
    # lazy: PySpark is an optional extra
    from pyspark.sql import functions as F

    return F.col("`" + name.replace("`", "``") + "`")


def _split_metrics(metrics: Mapping[Any, Metric]
                   ) -> tuple[dict[Any, Any], dict[Any, Metric], dict[Any, SmallGroups]]:
    """The plan's metrics as both Spark plans need them: the values known already (a
    k-anonymity check of no columns has no small groups), the row-level counts, which add up
    over any split of the rows, and the quasi-identifier groups, which do not.

    :raises PushdownUnsupported: a metric neither plan can compute.
    """
    values: dict[Any, Any] = {}
    counts: dict[Any, Metric] = {}
    groups: dict[Any, SmallGroups] = {}
    for mid, metric in metrics.items():
        if isinstance(metric, Known):
            values[mid] = metric.value
        elif isinstance(metric, SmallGroups):
            if metric.columns:
                groups[mid] = metric
            else:
                values[mid] = []
        elif isinstance(metric, RowCount | NullCount | Unexpected):
            counts[mid] = metric
        else:
            raise PushdownUnsupported(f"metric {type(metric).__name__} has no Spark "
                                      "translation")
    return values, counts, groups


class _SparkPlan:
    """Computes :mod:`vault.validate.metrics` metrics on a Spark DataFrame.

    Row-level counts (rows, nulls, values failing a condition) add up over any split of the
    rows, so each Spark task computes them on its share with the local engine's own renderer
    (:class:`vault.validate._pushdown.DuckDBPlan`: the same SQL, RE2 regexes, Python confirms
    and distinct-value shortcut) and Spark sums the per-task counts. Quasi-identifier groups do
    not add up, so k-anonymity is a Spark ``GROUP BY`` over all rows. Only counts reach the
    driver.
    """

    def __init__(self, frame: DataFrame, distinct_limit: int = DISTINCT_LIMIT) -> None:
        self.frame = frame
        self.distinct_limit = distinct_limit

    def run(self, metrics: Mapping[Any, Metric]) -> dict[Any, Any]:
        values, counts, groups = _split_metrics(metrics)
        for mid, metric in groups.items():
            values[mid] = self._small_groups(metric)
        if counts:
            values.update(self._counts(counts))
        return values

    def _counts(self, metrics: Mapping[Any, Metric]) -> dict[Any, int]:
        # lazy: PySpark is an optional extra
        from pyspark.sql import functions as F

        columns = list(dict.fromkeys(m.column for m in metrics.values()
                                     if isinstance(m, NullCount | Unexpected)))
        rows = (self.frame.select(*[_col(c) for c in columns]) if columns
                else self.frame.select(F.lit(True).alias("__vault_row")))
        wanted = list(metrics.items())
        task = functools.partial(_validation_worker.duckdb_counts,
                                 metrics=[m for _, m in wanted],
                                 distinct_limit=self.distinct_limit)
        partial = rows.mapInArrow(task, ", ".join(f"m{i} long" for i in range(len(wanted))))
        total = partial.agg(*[F.sum(f"m{i}") for i in range(len(wanted))]).collect()[0]
        return {mid: int(total[i] or 0) for i, (mid, _) in enumerate(wanted)}

    def _small_groups(self, metric: SmallGroups) -> list[int]:
        # lazy: PySpark is an optional extra
        from pyspark.sql import functions as F

        sizes = (self.frame.groupBy(*[_col(c) for c in metric.columns])
                 .agg(F.count(F.lit(1)).alias("n")).where(F.col("n") < metric.k)
                 .select("n").collect())
        return sorted(int(r[0]) for r in sizes)


class _RowGroupPlan:
    """Computes :mod:`vault.validate.metrics` metrics with every task reading its own Parquet
    row groups (:func:`vault.spark._validation_worker.slice_counts`).

    Spark distributes only slice numbers, the row groups of each slice travel inside the
    task's function, and each Python worker reads, counts (the local engine's renderer) and
    groups the quasi-identifiers of its rows; Spark sums the counts and merges the per-task
    group sizes by combination (a ``GROUP BY`` over a few rows per task). The JVM thus neither
    decodes Parquet nor converts rows to Arrow, and the driver receives the counts and the
    sizes of the groups smaller than k, never a value.
    """

    def __init__(self, session: SparkSession, pieces: Sequence[RowGroup], names: Sequence[str],
                 distinct_limit: int) -> None:
        self.session = session
        self.names = list(names)  # the columns in the files' order
        self.distinct_limit = distinct_limit
        self.cores = session.sparkContext.defaultParallelism
        self.slices = _slices(pieces, self.cores)
        #: after :meth:`run` with ``flatten``/``present``: their tallies, in that order
        self.tallies: tuple[list[int], list[int]] = ([], [])
        app = session.sparkContext.applicationId
        if app not in _WARMED:  # once per Spark application: its workers are reused after
            _WARMED.add(app)
            threading.Thread(target=self._warm_up, name="vault-spark-warm-up",
                             daemon=True).start()

    def _warm_up(self) -> None:
        """Start a Python worker on every core (it imports DuckDB, pyarrow and the renderer)
        and run the JVM's first job while the driver plans the suite (Great Expectations
        takes seconds to import): the counting job, queued behind it, finds both warm. The
        job has the counting job's shape, so the JVM compiles the same operators."""
        # lazy: PySpark is an optional extra
        from pyspark.sql import functions as F

        try:
            ids = self.session.range(0, self.cores, 1, numPartitions=self.cores)
            empty = ids.mapInArrow(_validation_worker.warm_up, "m0 long, g int, key string, n long")
            (empty.groupBy("g", "key").agg(F.sum("m0").alias("m0"), F.sum("n").alias("n"))
             .where(F.col("g").isNull() | ((F.col("g") == 0) & (F.col("n") < 2)))
             .select("g", "n", "m0").collect())
        except Exception:  # only a head start: the counting job reports any failure
            log.debug("the warm-up job failed", exc_info=True)

    def run(self, metrics: Mapping[Any, Metric], *, flatten: Sequence[str] = (),
            present: Sequence[str] = ()) -> dict[Any, Any]:
        # lazy: PySpark is an optional extra
        from pyspark.sql import functions as F

        values, counts, groups = _split_metrics(metrics)
        wanted = set(flatten) | set(present)
        wanted.update(m.column for m in counts.values() if isinstance(m, NullCount | Unexpected))
        wanted.update(c for m in groups.values() for c in m.columns)
        task = _validation_worker.SliceTask(
            slices=self.slices,
            columns=tuple(c for c in self.names if c in wanted),
            metrics=tuple(counts.values()), distinct_limit=self.distinct_limit,
            groups=tuple(m.columns for m in groups.values()),
            flatten=tuple(flatten), present=tuple(present))
        sums = ([f"m{i}" for i in range(len(counts))] + [f"f{i}" for i in range(len(flatten))]
                + [f"p{i}" for i in range(len(present))])
        totals: list[int] = [0] * len(sums)
        sizes: dict[int, list[int]] = {g: [] for g in range(len(groups))}
        if self.slices:
            ids = self.session.range(0, len(self.slices), 1, numPartitions=len(self.slices))
            partial = ids.mapInArrow(functools.partial(_validation_worker.slice_counts,
                                                       task=task), task.ddl())
            merged = partial.groupBy("g", "key").agg(*[F.sum(c).alias(c) for c in sums],
                                                     F.sum("n").alias("n"))
            small = F.col("g").isNull()
            for g, metric in enumerate(groups.values()):
                small = small | ((F.col("g") == g) & (F.col("n") < metric.k))
            # the combinations themselves (``key``) never leave the executors
            for row in merged.where(small).select("g", "n", *sums).collect():
                if row["g"] is None:
                    totals = [int(row[c] or 0) for c in sums]
                else:
                    sizes[int(row["g"])].append(int(row["n"]))
        values.update({mid: totals[i] for i, mid in enumerate(counts)})
        values.update({mid: sorted(sizes[g]) for g, mid in enumerate(groups)})
        n_counts, n_flat = len(counts), len(flatten)
        self.tallies = (totals[n_counts:n_counts + n_flat], totals[n_counts + n_flat:])
        return values


#: Spark applications whose Python workers a validation has warmed up
_WARMED: set[str] = set()


def _slices(pieces: Sequence[RowGroup], parallelism: int
            ) -> tuple[tuple[tuple[str, int], ...], ...]:
    """The row groups with rows, cut into contiguous slices of about equal rows: at least a
    few per core (so a slow task does not leave a core idle at the end), and about a
    worker's chunk (:data:`~vault.spark._validation_worker.CHUNK_ROWS` rows) each when the
    data are larger; a row group is never split."""
    full = [p for p in pieces if p.rows]
    total = sum(p.rows for p in full)
    if not full:
        return ()
    n = min(len(full), max(4 * parallelism, -(-total // _validation_worker.CHUNK_ROWS)))
    slices: list[list[tuple[str, int]]] = [[] for _ in range(n)]
    before = 0
    for piece in full:
        middle = before + piece.rows / 2
        slices[min(n - 1, int(middle * n / total))].append((piece.path, piece.index))
        before += piece.rows
    return tuple(tuple(s) for s in slices if s)


def run_suite_spark(suite: Suite, frame: DataFrame, schema: pa.Schema, *,
                    dataset: str, distinct_limit: int = DISTINCT_LIMIT) -> ValidationResult:
    """Run ``suite`` on a Spark DataFrame whose Arrow schema (the files' footer) is ``schema``.

    :param distinct_limit: columns with at most this many distinct values are checked over
        their distinct values (0: every column row by row); only speed depends on it.

    :raises PolicyError: a check with no Spark translation.
    :raises InputError: Spark could not read the data.
    """
    return _run_suite(suite, schema, dataset,
                      lambda metrics: _SparkPlan(frame, distinct_limit).run(metrics))


def _run_suite(suite: Suite, schema: pa.Schema, dataset: str,
               compute: Callable[[Mapping[Any, Metric]], dict[Any, Any]]) -> ValidationResult:
    """Plan ``suite`` on ``schema``, have ``compute`` give every metric a value (Spark work),
    and hand the values to the suite's expectations."""
    # lazy: imports Great Expectations
    from vault.validate.suites import to_gx_suite

    gx_suite = to_gx_suite(suite)
    try:
        plan = plan_suite(gx_suite, schema)
        values = _scan(dataset, lambda: compute(plan.metrics))
    except PushdownUnsupported as exc:
        raise PolicyError(f"suite {suite.name}: {exc}",
                          hint="validate this dataset with the local engine") from exc
    return result_from_gx(plan.finish(values), dataset=dataset, engine=ENGINE,
                          order=[c.name for c in suite.checks])


def _scan(dataset: str, action: Callable[[], Any]) -> Any:
    """Run Spark work; a failure to read the data becomes :class:`InputError` naming only
    the exception's class (Spark's messages can quote data)."""
    try:
        return action()
    except (PushdownUnsupported, InputError):
        raise
    except Exception as exc:  # PySpark and py4j raise their own classes
        if not type(exc).__module__.startswith(("py4j", "pyspark")):
            raise
        raise InputError(f"{dataset}: Spark could not scan the data ({type(exc).__name__})",
                         hint="the file may be corrupt or of a type Spark cannot read; try "
                              "the local engine") from exc


def validate_file_spark(path: Path, *, schema: DatasetSchema | None,
                        policy: ValidationPolicy, suite_name: str | None = None,
                        spark: SparkSession | None = None,
                        master: str | None = None,
                        distinct_limit: int = DISTINCT_LIMIT,
                        reader: str = READ_IN_WORKERS) -> ValidationResult:
    """:func:`vault.validate.validate_file` on Spark: same suite, same result (engine
    ``spark``), for a Parquet file or a directory of part files of any size.

    :param spark: the session to use (default: :func:`vault.spark.session.spark_session`).
    :param master: a Spark master URL, used only when a session is started here.
    :param distinct_limit: see :func:`run_suite_spark`.
    :param reader: who reads the Parquet: :data:`READ_IN_WORKERS` (each task its own row
        groups, with pyarrow in the Python worker) or :data:`READ_BY_SPARK` (Spark's reader,
        rows handed to the workers as Arrow batches). Only speed depends on it.
    :raises InputError: unreadable Parquet, or part files with different columns.
    :raises PolicyError: the suite cannot be built or has no Spark translation.
    :raises EngineUnavailable: PySpark or Java missing, or Spark did not start.
    """
    if reader not in (READ_IN_WORKERS, READ_BY_SPARK):
        raise ValueError(f"unknown reader {reader!r}")
    path = Path(path)
    files = parquet_files(path)
    columns = dataset_schema(files)
    suite = build_suite(schema, policy, columns=columns, name=suite_name)
    session = (spark if spark is not None else spark_session(master)).newSession()
    for key, value in _SQL_CONF.items():
        session.conf.set(key, value)
    dataset = path.name

    @functools.cache
    def frame() -> DataFrame:  # Spark's reader: the fallback, and the k-anonymity advice
        read: DataFrame = _scan(dataset, lambda: session.read.parquet(*[str(f) for f in files]))
        return read

    if reader == READ_BY_SPARK:
        result = run_suite_spark(suite, frame(), columns, dataset=dataset,
                                 distinct_limit=distinct_limit)
        if schema is None:
            result = _with_flattened(result, frame(), columns, policy, distinct_limit)
    else:
        pieces = _RowGroupPlan(session, row_groups(files), columns.names, distinct_limit)
        result = _run_suite(suite, columns, dataset, pieces.run)
        if schema is None:
            result = _with_flattened_pieces(result, pieces, columns, policy)
    qis = [c for c in (schema.quasi_identifiers if schema is not None else ())
           if c in columns.names]
    return with_kanon_advice(result, lambda: _scan(dataset, lambda: _weighted_rows(
        frame(), columns, qis)), schema)


def _to_flatten(columns: pa.Schema) -> tuple[list[str], dict[str, str], list[str]]:
    """The columns flattened to text when there is no schema (binary/list/struct/map), those
    of them that cannot be read at all with the reason, and the readable rest."""
    wanted = [f.name for f in columns if needs_flattening(f.type)]
    why = {f.name: reason for f in columns if f.name in wanted
           and (reason := unreadable_reason(f.type)) is not None}
    return wanted, why, [name for name in wanted if name not in why]


def _with_unchecked(result: ValidationResult, extra: ValidationResult,
                    not_utf8: Mapping[str, Any], why: Mapping[str, str],
                    unread: Mapping[str, Any]) -> ValidationResult:
    """``result`` with the flattened columns' outcomes and one outcome per column with values
    that could not be checked: ``not_utf8`` counts per readable column, ``unread`` the values
    of each unreadable column (``why`` it is unreadable)."""
    unchecked: dict[str, tuple[int, str]] = {}
    for name, count in not_utf8.items():
        if int(count or 0):
            unchecked[name] = (int(count), NOT_UTF8)
    for name, count in unread.items():
        unchecked[name] = (int(count or 0), why[name])
    outcomes = (*result.results, *extra.results, *unchecked_outcomes(unchecked))
    return replace(result, results=outcomes, success=all(o.success for o in outcomes))


def _with_flattened(result: ValidationResult, frame: DataFrame, columns: pa.Schema,
                    policy: ValidationPolicy, distinct_limit: int) -> ValidationResult:
    """The local engine's ``_with_flattened``, with the flattening on the executors: scan the
    text of binary/list/struct/map columns too, and count what cannot be checked."""
    # lazy: PySpark is an optional extra
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    wanted, why, readable = _to_flatten(columns)
    if not wanted:
        return result
    bad = [f"__vault_bad_{i}" for i in range(len(readable))]
    dataset = result.dataset
    flat = frame
    if readable:
        out = ", ".join([f"`{n.replace('`', '``')}` string" for n in readable]
                        + [f"{b} long" for b in bad])
        task = functools.partial(_validation_worker.flatten_batches, columns=readable)
        flat = frame.select(*[_col(n) for n in readable]).mapInArrow(task, out)
        flat.persist(StorageLevel.MEMORY_AND_DISK)  # scanned twice: tallies, then the suite
    try:
        text = flat.select(*[_col(n) if n in readable else F.lit(None).cast("string").alias(n)
                             for n in wanted])
        tally = _scan(dataset, lambda: flat.agg(*[F.sum(b) for b in bad]).collect()[0]
                      ) if readable else ()
        unread = _scan(dataset, lambda: frame.agg(*[F.count(_col(n)) for n in why]
                                                  ).collect()[0]) if why else ()
        flat_schema = pa.schema([(n, pa.string()) for n in wanted])
        suite = build_suite(None, policy, columns=flat_schema, name=result.suite)
        extra = run_suite_spark(suite, text, flat_schema, dataset=dataset,
                                distinct_limit=distinct_limit)
    finally:
        if readable:
            flat.unpersist()
    return _with_unchecked(result, extra, dict(zip(readable, tally)), why,
                           dict(zip(why, unread)))


def _with_flattened_pieces(result: ValidationResult, pieces: _RowGroupPlan,
                           columns: pa.Schema, policy: ValidationPolicy) -> ValidationResult:
    """:func:`_with_flattened` on the row-group path: each task flattens its own rows."""
    wanted, why, readable = _to_flatten(columns)
    if not wanted:
        return result
    flat_schema = pa.schema([(n, pa.string()) for n in wanted])
    suite = build_suite(None, policy, columns=flat_schema, name=result.suite)
    extra = _run_suite(suite, flat_schema, result.dataset, functools.partial(
        pieces.run, flatten=readable, present=list(why)))
    tally, unread = pieces.tallies
    return _with_unchecked(result, extra, dict(zip(readable, tally)), why,
                           dict(zip(why, unread)))


def _weighted_rows(frame: DataFrame, columns: pa.Schema, qis: list[str]) -> pa.Table:
    """The quasi-identifier columns as the local engine reads them, rebuilt on the driver from
    one row per combination and its count (k-anonymity advice counts rows per combination, so
    the result is the same; only combinations cross the network)."""
    # lazy: PySpark is an optional extra
    from pyspark.sql import functions as F

    target = pa.schema([columns.field(c) for c in qis])
    if not qis:
        return target.empty_table()
    counted = (frame.groupBy(*[_col(c) for c in qis])
               .agg(F.count(F.lit(1)).alias("__vault_n")).toArrow())
    counts = counted.column("__vault_n").to_numpy()
    rows = counted.select(list(range(len(qis)))).rename_columns(qis).cast(target)
    return rows.take(pa.array(np.repeat(np.arange(len(counts)), counts)))
