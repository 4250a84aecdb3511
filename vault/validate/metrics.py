"""What a Great Expectations suite needs computed, described once for every engine.

Great Expectations decides *what* is checked and *whether* it passed; an engine only computes
the metric values each expectation declares it needs (``get_validation_dependencies``).
:func:`plan_suite` asks every expectation of a suite for those dependencies and describes each
metric as one engine-neutral value (:data:`Metric`); an engine computes them all and
:meth:`MetricPlan.finish` hands the values back to each expectation's own ``_validate``::

    plan = plan_suite(gx_suite, arrow_schema)
    values = {mid: compute(metric) for mid, metric in plan.metrics.items()}   # the engine
    gx_result = plan.finish(values)

This module imports no Great Expectations until a suite is planned, so the engines' workers
(DuckDB on Spark executors) load only the description. Two engines render it: DuckDB as SQL (``vault.validate._pushdown``, the
local engine) and Spark as column expressions (``vault.spark.validation``), so they count the
same rows by construction. Translation, metric by metric (``X`` is a column-map metric such as
``column_values.in_set``):

==========================================  ================================================
``table.row_count``                          :class:`RowCount`: rows
``table.columns`` / ``table.column_types``   :class:`Known`: from the Arrow schema of the file
``column_values.nonnull.unexpected_count``   :class:`NullCount`: nulls (and NaN in floats)
``X.unexpected_count``                       :class:`Unexpected`: non-null values failing a
                                             :data:`Condition` (:class:`InSet`,
                                             :class:`MatchesRegex`, :class:`NotMatchesRegex`,
                                             :class:`NoIdentifier`)
``X.unexpected_values`` / index lists        :class:`Known` ``[]``: results never carry values
``table.vault_small_group_sizes``            :class:`SmallGroups`: sizes of the
                                             quasi-identifier groups smaller than k
==========================================  ================================================

An expectation whose metrics are not translated here raises :class:`PushdownUnsupported`:
callers fall back to GX's pandas engine or refuse; nothing is silently skipped.
"""
from __future__ import annotations

import os

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from vault.validate.detectors import IdentifierDetector, detector

if TYPE_CHECKING:
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResult,
        ExpectationValidationResult,
    )

#: GX result format: counts only — ``partial_unexpected_count = 0`` keeps cell values out of
#: every result object, so nothing downstream can leak them (``vault.validate.suites`` uses it)
RESULT_FORMAT: dict[str, Any] = {"result_format": "BASIC", "partial_unexpected_count": 0,
                                 "include_unexpected_rows": False}
#: metric name of the identifier condition (``ExpectColumnValuesToNotContainIdentifier``)
IDENTIFIER_METRIC = "column_values.vault_no_identifier"
#: metric name of the k-anonymity summary (``ExpectColumnsToBeKAnonymous``)
KANON_METRIC = "table.vault_small_group_sizes"

__all__ = [
    "IDENTIFIER_METRIC",
    "KANON_METRIC",
    "RESULT_FORMAT",
    "Condition",
    "InSet",
    "Known",
    "MatchesRegex",
    "Metric",
    "MetricPlan",
    "NoIdentifier",
    "NotMatchesRegex",
    "NullCount",
    "PushdownUnsupported",
    "RowCount",
    "SmallGroups",
    "Unexpected",
    "describe_metric",
    "plan_suite",
]

_VALUE_SUFFIXES = ("unexpected_values", "unexpected_index_list", "unexpected_index_query",
                   "unexpected_rows", "unexpected_value_counts")


class PushdownUnsupported(Exception):
    """An expectation needs a metric no engine here can compute."""


# -- the description --------------------------------------------------------------------------

@dataclass(frozen=True)
class RowCount:
    """The number of rows."""


@dataclass(frozen=True)
class Known:
    """A value known without reading rows (from the schema, or a value list kept empty)."""

    value: Any


@dataclass(frozen=True)
class NullCount:
    """Rows where ``column`` is null (or NaN, in a floating-point column)."""

    column: str


@dataclass(frozen=True)
class InSet:
    """Expected: the value, as text, is one of ``values`` (booleans as ``true``/``false``)."""

    values: tuple[str, ...]


@dataclass(frozen=True)
class MatchesRegex:
    """Expected: the value, as text, holds a match of ``regex`` (RE2 syntax, searched)."""

    regex: str


@dataclass(frozen=True)
class NotMatchesRegex:
    """Expected: the value, as text, holds no match of ``regex``."""

    regex: str


@dataclass(frozen=True)
class NoIdentifier:
    """Expected: the value holds no identifier of one kind: no match of the detector's
    prefilter, or a match its exact confirm step rejects."""

    identifier: str
    names: tuple[str, ...] = field(default=(), repr=False)  # register names: never shown

    @property
    def detector(self) -> IdentifierDetector:
        return detector(self.identifier, self.names)


#: what an expected (passing) non-null value satisfies
Condition = InSet | MatchesRegex | NotMatchesRegex | NoIdentifier


@dataclass(frozen=True)
class Unexpected:
    """Rows where ``column`` is not null (nor NaN) and fails ``condition``."""

    column: str
    condition: Condition


@dataclass(frozen=True)
class SmallGroups:
    """Sizes, ascending, of the groups of rows sharing ``columns`` (nulls alike) that have
    fewer than ``k`` rows. No columns: no groups."""

    columns: tuple[str, ...]
    k: int


#: one metric an expectation needs, as every engine computes it
Metric = RowCount | Known | NullCount | Unexpected | SmallGroups


def _text_values(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(("true" if v else "false") if isinstance(v, bool) else str(v)
                 for v in values if v is not None)


def describe_metric(name: str, domain: Mapping[str, Any], value_kwargs: Mapping[str, Any],
                    schema: pa.Schema) -> Metric:
    """The :data:`Metric` for one GX metric configuration.

    :raises PushdownUnsupported: a row condition, or a metric with no translation.
    """
    if domain.get("row_condition"):
        raise PushdownUnsupported(f"{name}: row conditions are not pushed down")
    column = domain.get("column")
    if name == "table.row_count":
        return RowCount()
    if name == "table.columns":
        return Known([f.name for f in schema])
    if name == "table.column_types":
        return Known([{"name": f.name, "type": f.type} for f in schema])
    if name == KANON_METRIC:
        return SmallGroups(tuple(value_kwargs["column_list"]), int(value_kwargs["k"]))
    if any(name.endswith("." + s) for s in _VALUE_SUFFIXES):
        return Known([])
    if name.endswith(".unexpected_count") and column is not None:
        base = name[: -len(".unexpected_count")]
        if base == "column_values.nonnull":
            return NullCount(column)
        return Unexpected(column, _condition(base, value_kwargs))
    raise PushdownUnsupported(f"metric {name} has no SQL translation")


def _condition(base: str, kwargs: Mapping[str, Any]) -> Condition:
    if base == "column_values.in_set":
        return InSet(_text_values(kwargs["value_set"]))
    if base == "column_values.match_regex":
        return MatchesRegex(str(kwargs["regex"]))
    if base == "column_values.not_match_regex":
        return NotMatchesRegex(str(kwargs["regex"]))
    if base == IDENTIFIER_METRIC:
        return NoIdentifier(str(kwargs["identifier"]), tuple(kwargs.get("names") or ()))
    raise PushdownUnsupported(f"column map metric {base} has no SQL translation")


# -- planning and finishing -------------------------------------------------------------------

def _columns_of(exp: Any) -> list[str]:
    cfg = exp.configuration.kwargs
    cols = []
    if cfg.get("column"):
        cols.append(cfg["column"])
    cols.extend(cfg.get("column_list") or [])
    return cols


@dataclass
class MetricPlan:
    """The metrics a suite needs on one dataset, and how to turn their values into GX's
    suite result."""

    suite_name: str
    #: GX metric id -> what to compute (several expectations may share one)
    metrics: dict[Any, Metric]
    #: (position in the suite, expectation, its GX dependencies) of the runnable expectations
    runnable: list[tuple[int, Any, Any]]
    #: results already decided without data (an expectation on a missing column)
    decided: dict[int, ExpectationValidationResult]

    def finish(self, values: Mapping[Any, Any]) -> ExpectationSuiteValidationResult:
        """The suite result once every metric in :attr:`metrics` has a value."""
        # lazy: Great Expectations takes seconds to import
        from great_expectations.core.expectation_validation_result import (
            ExpectationSuiteValidationResult,
        )
        from great_expectations.execution_engine.pandas_execution_engine import (
            PandasExecutionEngine,
        )

        engine = PandasExecutionEngine()  # only for GX's signatures; holds no data
        results = dict(self.decided)
        for pos, exp, deps in self.runnable:
            results[pos] = _validate_with(exp, deps, values, engine)
        ordered = [results[i] for i in sorted(results)]
        evaluated = len(ordered)
        successful = sum(1 for r in ordered if r.success)
        return ExpectationSuiteValidationResult(
            success=successful == evaluated, results=ordered, suite_name=self.suite_name,
            statistics={"evaluated_expectations": evaluated,
                        "successful_expectations": successful,
                        "unsuccessful_expectations": evaluated - successful,
                        "success_percent": 100.0 * successful / evaluated if evaluated
                        else None})


def plan_suite(gx_suite: Any, schema: pa.Schema) -> MetricPlan:
    """Ask every expectation of ``gx_suite`` for its metrics on a dataset of ``schema``.

    An expectation on a column the dataset lacks fails without data ("column 'x' not
    found").

    :raises PushdownUnsupported: an expectation needs an untranslated metric.
    """
    # lazy: Great Expectations takes seconds to import
    from great_expectations.core.expectation_validation_result import (
        ExpectationValidationResult,
    )
    from great_expectations.execution_engine.pandas_execution_engine import (
        PandasExecutionEngine,
    )

    engine = PandasExecutionEngine()  # only to resolve dependencies; holds no data
    rc = {"result_format": dict(RESULT_FORMAT)}
    present = set(schema.names)
    plan = MetricPlan(suite_name=gx_suite.name, metrics={}, runnable=[], decided={})
    for pos, exp in enumerate(gx_suite.expectations):
        missing = [c for c in _columns_of(exp) if c not in present]
        if missing:
            plan.decided[pos] = ExpectationValidationResult(
                success=False, expectation_config=exp.configuration, result={},
                exception_info={"raised_exception": True, "exception_traceback": None,
                                "exception_message": f"column {missing[0]!r} not found"})
            continue
        deps = exp.get_validation_dependencies(execution_engine=engine,
                                               runtime_configuration=dict(rc))
        for mc in deps.get_metric_configurations():
            if mc.id not in plan.metrics:
                plan.metrics[mc.id] = describe_metric(
                    mc.metric_name, mc.metric_domain_kwargs or {},
                    dict(mc.metric_value_kwargs or {}), schema)
        plan.runnable.append((pos, exp, deps))
    return plan


def _validate_with(exp: Any, deps: Any, metrics: Mapping[Any, Any], engine: Any
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
