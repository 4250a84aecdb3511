"""Run a GX suite by computing its metrics in DuckDB (bounded memory, one scan).

Great Expectations decides *what* is checked and *whether* it passed; this module only
computes the metric values each expectation declares it needs (``get_validation_dependencies``)
and returns them to the expectation's own ``metrics_validate``. A 10-million-row Parquet file is
thus validated by streaming row groups through DuckDB instead of loading a pandas DataFrame.

Translation, metric by metric (``X`` is a column-map metric such as ``column_values.in_set``):

==========================================  ================================================
``table.row_count``                          ``count(*)``
``table.columns`` / ``table.column_types``   the Arrow schema of the file
``column_values.nonnull.unexpected_count``   ``count(*) FILTER (WHERE col IS NULL [or NaN])``
``X.unexpected_count``                       ``count(*) FILTER (WHERE col IS NOT NULL AND NOT
                                             <condition>)`` — one SELECT for all columns;
                                             a low-cardinality column is counted over its
                                             distinct values (``sum(n)`` over ``GROUP BY``)
``X.unexpected_values`` / index lists        ``[]``: results never carry cell values
``table.vault_small_group_sizes``            ``GROUP BY`` the quasi-identifiers ``HAVING
                                             count(*) < k`` (sizes only)
==========================================  ================================================

An expectation whose metrics are not translated here raises :class:`PushdownUnsupported`:
callers fall back to GX's pandas engine or refuse; nothing is silently skipped.
"""
from __future__ import annotations

import os

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from great_expectations.core.expectation_validation_result import (
    ExpectationSuiteValidationResult,
    ExpectationValidationResult,
)
from great_expectations.execution_engine.pandas_execution_engine import PandasExecutionEngine

from vault.validate.expectations import IDENTIFIER_METRIC, KANON_METRIC, detector
from vault.validate.suites import RESULT_FORMAT

__all__ = ["DuckDBSettings", "PushdownUnsupported", "run_duckdb"]

log = logging.getLogger(__name__)

_VALUE_SUFFIXES = ("unexpected_values", "unexpected_index_list", "unexpected_index_query",
                   "unexpected_rows", "unexpected_value_counts")



class PushdownUnsupported(Exception):
    """An expectation needs a metric this module cannot compute in SQL."""


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


class _Plan:
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
    def add(self, mc: Any) -> None:
        mid = mc.id
        if (mid in self.values or mid in self.table_aggregates or mid in self.kanon
                or any(mid in aggs for aggs in self.column_aggregates.values())):
            return
        name: str = mc.metric_name
        domain = mc.metric_domain_kwargs or {}
        value_kwargs = dict(mc.metric_value_kwargs or {})
        if domain.get("row_condition"):
            raise PushdownUnsupported(f"{name}: row conditions are not pushed down")
        column = domain.get("column")
        if name == "table.row_count":
            self.table_aggregates[mid] = "count(*)"
        elif name == "table.columns":
            self.values[mid] = [f.name for f in self.schema]
        elif name == "table.column_types":
            self.values[mid] = [{"name": f.name, "type": f.type} for f in self.schema]
        elif name == KANON_METRIC:
            self.kanon[mid] = (list(value_kwargs["column_list"]), int(value_kwargs["k"]))
        elif any(name.endswith("." + s) for s in _VALUE_SUFFIXES):
            self.values[mid] = []
        elif name.endswith(".unexpected_count") and column is not None:
            base = name[: -len(".unexpected_count")]
            aggs = self.column_aggregates.setdefault(column, {})
            if base == "column_values.nonnull":
                aggs[mid] = self._render(column, None)
            else:
                aggs[mid] = self._render(column, self._condition(base, column, value_kwargs))
        else:
            raise PushdownUnsupported(f"metric {name} has no SQL translation")

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

    def _condition(self, base: str, column: str, kwargs: dict[str, Any]
                   ) -> Callable[[str, str | None], str]:
        """A renderer of SQL that is TRUE for an *expected* (passing) non-null value."""
        if base == "column_values.in_set":
            values = self._value_set(kwargs["value_set"])
            return lambda col, hit: f"{self._text(column, col)} IN (SELECT v FROM {values})"
        if base == "column_values.match_regex":
            regex = _lit(kwargs["regex"])
            return lambda col, hit: f"regexp_matches({self._text(column, col)}, {regex})"
        if base == "column_values.not_match_regex":
            regex = _lit(kwargs["regex"])
            return lambda col, hit: f"NOT regexp_matches({self._text(column, col)}, {regex})"
        if base == IDENTIFIER_METRIC:
            names = tuple(kwargs.get("names") or ())
            det = detector(kwargs["identifier"], names)
            self.prefilters.setdefault(column, []).append(det.prefilter)
            udf = (self._udf(kwargs["identifier"], names, det.confirm)
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
        raise PushdownUnsupported(f"column map metric {base} has no SQL translation")

    def _value_set(self, values: Iterable[Any]) -> str:
        self._sets += 1
        name = f"vault_value_set_{self._sets}"
        strings = [("true" if v else "false") if isinstance(v, bool) else str(v)
                   for v in values if v is not None]
        self.con.register(name, pa.table({"v": pa.array(strings, type=pa.string())}))
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


def _columns_of(exp: Any) -> list[str]:
    cfg = exp.configuration.kwargs
    cols = []
    if cfg.get("column"):
        cols.append(cfg["column"])
    cols.extend(cfg.get("column_list") or [])
    return cols


def _validate_with(exp: Any, deps: Any, metrics: dict[Any, Any], engine: Any
                   ) -> ExpectationValidationResult:
    """``Expectation.metrics_validate`` without recomputing the dependencies we already hold.

    Same steps as GX 1.x's ``metrics_validate``: the expectation's own ``_validate`` decides
    success from the metric values, ``_build_evr`` wraps the result.
    """
    runtime_configuration = {"result_format": deps.result_format}
    provided = {name: metrics[mc.id] for name, mc in deps.metric_configurations.items()}
    raw = exp._validate(metrics=provided, runtime_configuration=runtime_configuration,
                        execution_engine=engine)
    evr: ExpectationValidationResult = exp._build_evr(raw_response=raw)
    return evr


def run_duckdb(gx_suite: Any, source: Path | pa.Table, *,
               settings: DuckDBSettings = DuckDBSettings(),
               schema: pa.Schema | None = None) -> ExpectationSuiteValidationResult:
    """Validate a Parquet file (or an in-memory Arrow table) against a GX suite in DuckDB.

    :param gx_suite: the ``great_expectations.ExpectationSuite`` to run.
    :param source: a Parquet path, or a ``pyarrow.Table``.
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
            if schema is None:
                # lazy: pyarrow takes a while to import
                import pyarrow.parquet as pq

                schema = pq.read_schema(source)
            relation = f"read_parquet({_lit(str(source))})"
        engine = PandasExecutionEngine()  # only to resolve dependencies; holds no data
        rc = {"result_format": dict(RESULT_FORMAT)}
        plan = _Plan(con, schema, settings.distinct_limit)
        present = set(schema.names)
        runnable: list[tuple[int, Any, Any]] = []
        results: dict[int, ExpectationValidationResult] = {}
        for pos, exp in enumerate(gx_suite.expectations):
            missing = [c for c in _columns_of(exp) if c not in present]
            if missing:
                results[pos] = ExpectationValidationResult(
                    success=False, expectation_config=exp.configuration, result={},
                    exception_info={"raised_exception": True, "exception_traceback": None,
                                    "exception_message": f"column {missing[0]!r} not found"})
                continue
            deps = exp.get_validation_dependencies(execution_engine=engine,
                                                   runtime_configuration=dict(rc))
            for mc in deps.get_metric_configurations():
                plan.add(mc)
            runnable.append((pos, exp, deps))
        metrics = plan.run(relation)
        for pos, exp, deps in runnable:
            results[pos] = _validate_with(exp, deps, metrics, engine)
    finally:
        con.close()
    ordered = [results[i] for i in sorted(results)]
    evaluated = len(ordered)
    successful = sum(1 for r in ordered if r.success)
    return ExpectationSuiteValidationResult(
        success=successful == evaluated, results=ordered, suite_name=gx_suite.name,
        statistics={"evaluated_expectations": evaluated,
                    "successful_expectations": successful,
                    "unsuccessful_expectations": evaluated - successful,
                    "success_percent": 100.0 * successful / evaluated if evaluated else None})
