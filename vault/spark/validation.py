"""Validation on Spark: ``vault validate FILE_OR_DIR --schema S --engine spark``.

::

    from vault.spark.validation import validate_file_spark
    result = validate_file_spark(Path("survey/"), schema=schema, policy=policy)   # local[*]
    write_report(result, Path("report/"))

The same suite as the local engine (:func:`vault.validate.build_suite` on the file's Arrow
schema), the same description of what to compute (:func:`vault.validate.metrics.plan_suite`),
rendered here as Spark column expressions instead of DuckDB SQL; the values go back to the
same Great Expectations expectations, so the verdict, every count and the report are the
local engine's (the report names the engine: ``spark``). Nothing but aggregates reaches the
driver:

* Spark reads the Parquet (a file or a directory of part files) and splits it into tasks;
* every row-level count of the suite (rows, nulls, values out of a set, regex and identifier
  matches) adds up over any split of the rows, so each task computes them on its rows with
  the local engine's own renderer in ``mapInArrow`` (:mod:`vault.spark._validation_worker`:
  DuckDB, RE2, the detectors' Python confirms, one thread per task) and Spark sums them —
  the same regex engine as the local run, so the counts are the same by construction;
* k-anonymity: the sizes of the quasi-identifier groups smaller than k (a Spark
  ``GROUP BY`` over all rows); when it fails, the advice is computed on the driver from one
  row per combination with its count;
* without a schema, binary/list/struct/map columns are flattened to text on the executors
  with the local engine's own function, then counted like strings.

A file or a directory of part files is read by Spark from the path (on a cluster, a path
every executor sees: a shared file system); the driver reads only Parquet footers.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
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
from vault.validate.parquet_source import dataset_schema, parquet_files
from vault.validate.report import ValidationResult, result_from_gx

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame, SparkSession

    from vault.anonymise.dataset import DatasetSchema
    from vault.validate.suites import Suite

__all__ = ["run_suite_spark", "validate_file_spark"]

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
        values: dict[Any, Any] = {}
        counts: dict[Any, Metric] = {}
        for mid, metric in metrics.items():
            if isinstance(metric, Known):
                values[mid] = metric.value
            elif isinstance(metric, SmallGroups):
                values[mid] = self._small_groups(metric)
            elif isinstance(metric, RowCount | NullCount | Unexpected):
                counts[mid] = metric
            else:
                raise PushdownUnsupported(f"metric {type(metric).__name__} has no Spark "
                                          "translation")
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

        if not metric.columns:
            return []
        sizes = (self.frame.groupBy(*[_col(c) for c in metric.columns])
                 .agg(F.count(F.lit(1)).alias("n")).where(F.col("n") < metric.k)
                 .select("n").collect())
        return sorted(int(r[0]) for r in sizes)


def run_suite_spark(suite: Suite, frame: DataFrame, schema: pa.Schema, *,
                    dataset: str, distinct_limit: int = DISTINCT_LIMIT) -> ValidationResult:
    """Run ``suite`` on a Spark DataFrame whose Arrow schema (the files' footer) is ``schema``.

    :param distinct_limit: columns with at most this many distinct values are checked over
        their distinct values (0: every column row by row); only speed depends on it.

    :raises PolicyError: a check with no Spark translation.
    :raises InputError: Spark could not read the data.
    """
    # lazy: imports Great Expectations
    from vault.validate.suites import to_gx_suite

    gx_suite = to_gx_suite(suite)
    try:
        plan = plan_suite(gx_suite, schema)
        values = _scan(dataset, lambda: _SparkPlan(frame, distinct_limit).run(plan.metrics))
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
                        distinct_limit: int = DISTINCT_LIMIT) -> ValidationResult:
    """:func:`vault.validate.validate_file` on Spark: same suite, same result (engine
    ``spark``), for a Parquet file or a directory of part files of any size.

    :param spark: the session to use (default: :func:`vault.spark.session.spark_session`).
    :param master: a Spark master URL, used only when a session is started here.
    :param distinct_limit: see :func:`run_suite_spark`.
    :raises InputError: unreadable Parquet, or part files with different columns.
    :raises PolicyError: the suite cannot be built or has no Spark translation.
    :raises EngineUnavailable: PySpark or Java missing, or Spark did not start.
    """
    path = Path(path)
    files = parquet_files(path)
    columns = dataset_schema(files)
    suite = build_suite(schema, policy, columns=columns, name=suite_name)
    session = (spark if spark is not None else spark_session(master)).newSession()
    for key, value in _SQL_CONF.items():
        session.conf.set(key, value)
    dataset = path.name
    frame = _scan(dataset, lambda: session.read.parquet(*[str(f) for f in files]))
    result = run_suite_spark(suite, frame, columns, dataset=dataset,
                             distinct_limit=distinct_limit)
    if schema is None:
        result = _with_flattened(result, frame, columns, policy, distinct_limit)
    qis = [c for c in (schema.quasi_identifiers if schema is not None else ())
           if c in columns.names]
    return with_kanon_advice(result, lambda: _scan(dataset, lambda: _weighted_rows(
        frame, columns, qis)), schema)


def _with_flattened(result: ValidationResult, frame: DataFrame, columns: pa.Schema,
                    policy: ValidationPolicy, distinct_limit: int) -> ValidationResult:
    """The local engine's ``_with_flattened``, with the flattening on the executors: scan the
    text of binary/list/struct/map columns too, and count what cannot be checked."""
    # lazy: PySpark is an optional extra
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    wanted = [f.name for f in columns if needs_flattening(f.type)]
    if not wanted:
        return result
    why = {f.name: reason for f in columns if f.name in wanted
           and (reason := unreadable_reason(f.type)) is not None}
    readable = [name for name in wanted if name not in why]
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
    unchecked: dict[str, tuple[int, str]] = {}
    for name, count in zip(readable, tally):
        if int(count or 0):
            unchecked[name] = (int(count), NOT_UTF8)
    for name, count in zip(why, unread):
        unchecked[name] = (int(count or 0), why[name])
    outcomes = (*result.results, *extra.results, *unchecked_outcomes(unchecked))
    return replace(result, results=outcomes, success=all(o.success for o in outcomes))


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
