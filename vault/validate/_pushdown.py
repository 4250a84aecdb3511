"""Run a GX suite by computing its metrics in DuckDB (bounded memory, one scan).

The local engine. :func:`vault.validate.metrics.plan_suite` says which metrics the suite's
expectations need (engine-neutral, shared with the Spark engine); this module renders each as
DuckDB SQL and hands the values back. A 10-million-row Parquet file is thus validated by
streaming row groups through DuckDB instead of loading a pandas DataFrame.

Rendering, metric by metric:

==========================================  ================================================
:class:`~vault.validate.metrics.RowCount`    ``count(*)``
:class:`~vault.validate.metrics.NullCount`   ``count(*) FILTER (WHERE col IS NULL [or NaN])``
:class:`~vault.validate.metrics.Unexpected`  ``count(*) FILTER (WHERE col IS NOT NULL AND NOT
                                             <condition>)`` — one SELECT for all columns;
                                             a low-cardinality column is counted over its
                                             distinct values (``sum(n)`` over ``GROUP BY``)
:class:`~vault.validate.metrics.SmallGroups` ``GROUP BY`` the quasi-identifiers ``HAVING
                                             count(*) < k`` (sizes only)
==========================================  ================================================
"""
from __future__ import annotations

import os

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from vault.validate.metrics import (
    InSet,
    Known,
    MatchesRegex,
    Metric,
    NoIdentifier,
    NotMatchesRegex,
    NullCount,
    PushdownUnsupported,
    RowCount,
    SmallGroups,
    Unexpected,
    plan_suite,
)
from vault.validate.parquet_source import dataset_schema, parquet_files

if TYPE_CHECKING:
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResult,
    )

__all__ = ["DISTINCT_LIMIT", "PROBE_ROWS", "DuckDBPlan", "DuckDBSettings", "PushdownUnsupported",
           "run_duckdb"]

log = logging.getLogger(__name__)

#: a column with at most this many distinct values (approximate count) among the first
#: :data:`PROBE_ROWS` rows is checked on its distinct values (``GROUP BY col``) rather than row
#: by row. Only speed depends on this choice: both paths count the same rows, and DuckDB's
#: GROUP BY spills to disk beyond its memory limit if the guess was wrong.
DISTINCT_LIMIT = 20_000
#: rows read by the cardinality probe (the scan stops there)
PROBE_ROWS = 100_000


@dataclass(frozen=True)
class DuckDBSettings:
    """Resource limits for the DuckDB connection (the bench sets these).

    :param memory_limit: DuckDB's buffer manager limit (spills beyond it).
    :param threads: worker threads (``None``: DuckDB's default, one per core).
    :param distinct_limit: see :data:`DISTINCT_LIMIT` (0 forces row-by-row evaluation).
    """

    memory_limit: str = "768MB"
    threads: int | None = None
    #: columns with at most this many distinct values are checked over their distinct values
    distinct_limit: int = DISTINCT_LIMIT


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"



#: renders one aggregate for a column: (column reference, hit-flag reference or None,
#: row weight) → SQL
_Render = Callable[[str, "str | None", "str | None"], str]


class DuckDBPlan:
    """Collects one aggregate per metric id, then computes them in as few scans as possible.

    Row-level aggregates on a column are rendered twice-able: per row in the main scan
    (``count(*) FILTER (…)``), or — for a low-cardinality column — over its distinct values
    with their counts (``sum(n) FILTER (…)`` over ``GROUP BY col``), which turns 10 million
    regex evaluations into a dozen. Identifier scans on a column share one prefilter
    alternation computed once per row (``__hit``); the exact patterns run only on rows it hits.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, schema: pa.Schema,
                 distinct_limit: int = DISTINCT_LIMIT) -> None:
        self.con = con
        self.distinct_limit = distinct_limit
        self.schema = schema
        self.types = {f.name: f.type for f in schema}
        self.table_aggregates: dict[Any, str] = {}
        self.column_aggregates: dict[str, dict[Any, _Render]] = {}
        self.prefilters: dict[str, list[str]] = {}
        self.values: dict[Any, Any] = {}
        self.kanon: dict[Any, tuple[list[str], int]] = {}
        self._sets = 0
        self._udfs = 0
        self._udf_names: dict[tuple[str, tuple[str, ...]], str] = {}

    # -- translation ------------------------------------------------------------------------
    def add(self, mid: Any, metric: Metric) -> None:
        if isinstance(metric, RowCount):
            self.table_aggregates[mid] = "count(*)"
        elif isinstance(metric, Known):
            self.values[mid] = metric.value
        elif isinstance(metric, SmallGroups):
            self.kanon[mid] = (list(metric.columns), metric.k)
        elif isinstance(metric, NullCount):
            self.column_aggregates.setdefault(metric.column, {})[mid] = \
                self._render(metric.column, None)
        elif isinstance(metric, Unexpected):
            self.column_aggregates.setdefault(metric.column, {})[mid] = \
                self._render(metric.column, self._condition(metric.column, metric.condition))
        else:
            raise PushdownUnsupported(f"metric {type(metric).__name__} has no SQL translation")

    def _render(self, column: str, cond: Callable[[str, str | None], str] | None) -> _Render:
        floating = pa.types.is_floating(self.types[column])

        def render(col: str, hit: str | None, weight: str | None) -> str:
            is_null = f"({col} IS NULL OR isnan({col}))" if floating else f"{col} IS NULL"
            where = is_null if cond is None else f"NOT {is_null} AND NOT ({cond(col, hit)})"
            if weight is None:
                return f"count(*) FILTER (WHERE {where})"
            return f"coalesce(sum({weight}) FILTER (WHERE {where}), 0)"

        return render

    def _text(self, column: str, col: str) -> str:
        t = self.types[column]
        if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
            return col
        return f"CAST({col} AS VARCHAR)"

    def _condition(self, column: str, condition: Any) -> Callable[[str, str | None], str]:
        """A renderer of SQL that is TRUE for an *expected* (passing) non-null value."""
        if isinstance(condition, InSet):
            values = self._value_set(condition.values)
            return lambda col, hit: f"{self._text(column, col)} IN (SELECT v FROM {values})"
        if isinstance(condition, MatchesRegex):
            regex = _lit(condition.regex)
            return lambda col, hit: f"regexp_matches({self._text(column, col)}, {regex})"
        if isinstance(condition, NotMatchesRegex):
            regex = _lit(condition.regex)
            return lambda col, hit: f"NOT regexp_matches({self._text(column, col)}, {regex})"
        if isinstance(condition, NoIdentifier):
            det = condition.detector
            self.prefilters.setdefault(column, []).append(det.prefilter)
            udf = (self._udf(condition.identifier, condition.names, det.confirm)
                   if det.confirm is not None else None)

            def expected(col: str, hit: str | None) -> str:
                text = self._text(column, col)
                found = f"regexp_matches({text}, {_lit(det.prefilter)})"
                if udf is not None:
                    # CASE short-circuits: the Python confirm runs only on prefiltered rows
                    found = f"(CASE WHEN {found} THEN {udf}({text}) ELSE FALSE END)"
                if hit is not None:
                    found = f"(CASE WHEN {hit} THEN {found} ELSE FALSE END)"
                return f"NOT {found}"

            return expected
        raise PushdownUnsupported(f"condition {type(condition).__name__} has no SQL translation")

    def _value_set(self, values: Iterable[str]) -> str:
        self._sets += 1
        name = f"vault_value_set_{self._sets}"
        self.con.register(name, pa.table({"v": pa.array(list(values), type=pa.string())}))
        return name

    def _udf(self, kind: str, names: tuple[str, ...], confirm: Callable[[str], bool]) -> str:
        key = (kind, names)
        if key not in self._udf_names:
            self._udfs += 1
            fname = f"vault_confirm_{self._udfs}"

            def vectorised(arr: pa.Array) -> pa.Array:
                return pa.array([None if s is None else confirm(s) for s in arr.to_pylist()],
                                type=pa.bool_())

            udf_type: Any = "arrow"  # duckdb.PythonUDFType.ARROW; the enum moved across versions
            self.con.create_function(fname, vectorised, ["varchar"], "boolean",
                                     type=udf_type, side_effects=False)
            self._udf_names[key] = fname
        return self._udf_names[key]

    def _union(self, column: str) -> str:
        return _lit("|".join(f"(?:{p})" for p in dict.fromkeys(self.prefilters[column])))

    # -- execution --------------------------------------------------------------------------
    def run(self, source: str) -> dict[Any, Any]:
        metrics = dict(self.values)
        columns = list(self.column_aggregates)
        # 1. cardinality probe over the first rows (HyperLogLog; LIMIT stops the scan early)
        low: list[str] = []
        if columns:
            probe = ", ".join(f"approx_count_distinct({_q(c)})" for c in columns)
            head = (f"(SELECT {', '.join(_q(c) for c in columns)} FROM {source} "
                    f"LIMIT {PROBE_ROWS})")
            counts = self.con.execute(f"SELECT {probe} FROM {head}").fetchall()[0]
            low = [c for c, n in zip(columns, counts) if int(n or 0) <= self.distinct_limit]
        # 2. low-cardinality columns: every aggregate over (value, count) pairs
        for i, column in enumerate(low):
            aggs = self.column_aggregates[column]
            distinct = f"vault_distinct_{i}"
            self.con.execute(f"CREATE TEMP TABLE {distinct} AS SELECT {_q(column)} AS v, "
                             f"count(*) AS n FROM {source} GROUP BY ALL")
            ids = list(aggs)
            select = ", ".join(aggs[m]("v", None, "n") for m in ids)
            row = self.con.execute(f"SELECT {select} FROM {distinct}").fetchall()[0]
            metrics.update({m: int(v) for m, v in zip(ids, row)})
        # 3. one scan for the rest: table aggregates and high-cardinality columns
        high = [c for c in columns if c not in low]
        scan_ids: list[Any] = list(self.table_aggregates)
        exprs = [self.table_aggregates[m] for m in scan_ids]
        hits = []
        for j, column in enumerate(high):
            hit = f"__vault_hit_{j}" if column in self.prefilters else None
            if hit is not None:
                hits.append(f"regexp_matches({self._text(column, _q(column))}, "
                            f"{self._union(column)}) AS {hit}")
            for m, render in self.column_aggregates[column].items():
                scan_ids.append(m)
                exprs.append(render(_q(column), hit, None))
        if exprs:
            relation = source
            if hits:
                relation = f"(SELECT *, {', '.join(hits)} FROM {source})"
            row = self.con.execute(f"SELECT {', '.join(exprs)} FROM {relation}").fetchall()[0]
            metrics.update({m: int(v) for m, v in zip(scan_ids, row)})
        # 4. k-anonymity: sizes of the small groups only
        for mid, (keys, k) in self.kanon.items():
            if not keys:
                metrics[mid] = []
                continue
            group = ", ".join(_q(c) for c in keys)
            rows = self.con.execute(
                f"SELECT n FROM (SELECT count(*) AS n FROM {source} GROUP BY {group}) "
                f"WHERE n < {int(k)} ORDER BY n").fetchall()
            metrics[mid] = [int(r[0]) for r in rows]
        return metrics


def run_duckdb(gx_suite: Any, source: Path | pa.Table, *,
               settings: DuckDBSettings = DuckDBSettings(),
               schema: pa.Schema | None = None) -> ExpectationSuiteValidationResult:
    """Validate a Parquet file (or an in-memory Arrow table) against a GX suite in DuckDB.

    :param gx_suite: the ``great_expectations.ExpectationSuite`` to run.
    :param source: a Parquet file, a directory of part files, or a ``pyarrow.Table``.
    :param settings: DuckDB resource limits.
    :param schema: the file's Arrow schema when already read.
    :raises PushdownUnsupported: an expectation needs an untranslated metric.
    :raises duckdb.Error: the file cannot be scanned (callers map this to ``InputError``).
    """
    config: dict[str, Any] = {"memory_limit": settings.memory_limit}
    if settings.threads:
        config["threads"] = settings.threads
    con = duckdb.connect(":memory:", config=config)
    try:
        if isinstance(source, pa.Table):
            con.register("vault_source", source)
            relation = "vault_source"
            schema = source.schema
        else:
            files = parquet_files(Path(source))
            if schema is None:
                schema = dataset_schema(files)
            relation = f"read_parquet([{', '.join(_lit(str(f)) for f in files)}])"
        plan = plan_suite(gx_suite, schema)
        sql = DuckDBPlan(con, schema, settings.distinct_limit)
        for mid, metric in plan.metrics.items():
            sql.add(mid, metric)
        metrics = sql.run(relation)
    finally:
        con.close()
    return plan.finish(metrics)
