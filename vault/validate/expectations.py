"""Custom Great Expectations expectations, and the identifier detectors behind them.

Importing this module registers, with Great Expectations, the expectations vault adds:

* :class:`ExpectColumnValuesToNotContainIdentifier` — no email, UK phone, NHS number (valid
  mod-11 check digit), UK postcode or register name in a string column;
* :class:`ExpectColumnToHaveLogicalType` — a column's type is string/integer/float/boolean/date,
  whatever the physical representation (numpy, pandas extension or Arrow);
* :class:`ExpectColumnsToBeKAnonymous` — every combination of the quasi-identifiers occurs at
  least k times; the result reports the sizes of violating combinations, never their values.

Each identifier kind is an :class:`~vault.validate.detectors.IdentifierDetector` (see
:mod:`vault.validate.detectors`, re-exported here): a *prefilter* regex and an exact Python
*confirm* function. The pandas metric, the DuckDB pushdown (``vault.validate._pushdown``) and
the Spark engine all run ``prefilter AND confirm``, so the engines agree by construction.
"""
from __future__ import annotations

import os

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from collections.abc import Sequence
from typing import Any, ClassVar

import pandas as pd
import pyarrow as pa
from great_expectations.core.metric_domain_types import MetricDomainTypes
from great_expectations.execution_engine.pandas_execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import (
    BatchExpectation,
    ColumnMapExpectation,
)
from great_expectations.expectations.metrics.map_metric_provider.column_condition_partial import (
    column_condition_partial,
)
from great_expectations.expectations.metrics.map_metric_provider.column_map_metric_provider import (
    ColumnMapMetricProvider,
)
from great_expectations.expectations.metrics.metric_provider import metric_value
from great_expectations.expectations.metrics.table_metric_provider import (
    TableMetricProvider,
)

from vault.validate.detectors import (
    DETECTORS,
    IdentifierDetector,
    detector,
    nhs_number_valid,
    register_name_detector,
)
from vault.validate.metrics import IDENTIFIER_METRIC, KANON_METRIC

__all__ = [
    "DETECTORS",
    "IDENTIFIER_METRIC",
    "KANON_METRIC",
    "ExpectColumnToHaveLogicalType",
    "ExpectColumnValuesToNotContainIdentifier",
    "ExpectColumnsToBeKAnonymous",
    "IdentifierDetector",
    "detector",
    "logical_type_of",
    "nhs_number_valid",
    "register_name_detector",
]


# ---------------------------------------------------------------------------------------------
# GX: identifiers



class ColumnValuesNoIdentifier(ColumnMapMetricProvider):
    """True for values that hold no identifier of the given kind."""

    condition_metric_name = IDENTIFIER_METRIC
    condition_value_keys = ("identifier", "names")

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column: pd.Series, identifier: str, names: Sequence[str] = (),
                **kwargs: Any) -> pd.Series:
        det = detector(identifier, names or ())
        text = column.astype(str)
        candidates = text.str.contains(det.prefilter, regex=True)
        if det.confirm is None:
            return ~candidates
        confirmed = pd.Series(False, index=column.index)
        hits = text[candidates]
        if len(hits):
            confirmed.loc[hits.index] = hits.map(det.confirm).astype(bool)
        return ~confirmed


class ExpectColumnValuesToNotContainIdentifier(ColumnMapExpectation):
    """Expect no value of a string column to contain an identifier of one kind.

    ``identifier`` is one of ``email``, ``uk-phone``, ``nhs-number``, ``uk-postcode``,
    ``participant-marker`` (an unrendered marker token) or ``register-name`` (with ``names``,
    the register's names).
    """

    identifier: str
    names: list[str] = []  # noqa: RUF012 -- a pydantic field (copied per instance), not shared

    map_metric = IDENTIFIER_METRIC
    success_keys = ("identifier", "names", "mostly")
    args_keys = ("column", "identifier")
    library_metadata: ClassVar[dict[str, Any]] = {"maturity": "experimental", "tags": ["vault"],
                                                  "contributors": ["vault"]}


# ---------------------------------------------------------------------------------------------
# GX: logical types

LOGICAL_TYPES = ("string", "integer", "float", "boolean", "date")


def logical_type_of(physical: Any) -> str:
    """Classify a pandas dtype or a pyarrow type as one of :data:`LOGICAL_TYPES` (or its name)."""
    arrow = physical if isinstance(physical, pa.DataType) else getattr(physical, "pyarrow_dtype",
                                                                       None)
    if isinstance(arrow, pa.DataType):
        if pa.types.is_string(arrow) or pa.types.is_large_string(arrow) \
                or pa.types.is_string_view(arrow):
            return "string"
        if pa.types.is_dictionary(arrow):
            return logical_type_of(arrow.value_type)
        if pa.types.is_integer(arrow):
            return "integer"
        if pa.types.is_floating(arrow) or pa.types.is_decimal(arrow):
            return "float"
        if pa.types.is_boolean(arrow):
            return "boolean"
        if pa.types.is_date(arrow):
            return "date"
        if pa.types.is_null(arrow):
            return "null"
        return str(arrow)
    api = pd.api.types
    if api.is_bool_dtype(physical):
        return "boolean"
    if api.is_integer_dtype(physical):
        return "integer"
    if api.is_float_dtype(physical):
        return "float"
    if isinstance(physical, pd.CategoricalDtype):
        return logical_type_of(physical.categories.dtype)
    if api.is_string_dtype(physical):
        # an object column of Python strings (or of dates from pyarrow)
        return "string"
    return str(physical)


class ExpectColumnToHaveLogicalType(BatchExpectation):
    """Expect a column to exist and hold values of one logical type.

    Unlike ``ExpectColumnTypeToBe`` this ignores the physical encoding (int32 vs int64,
    numpy vs Arrow-backed pandas dtypes, dictionary encoding), which depends on the writer.
    An integer column with nulls read by pandas as float64 is accepted as integer only when
    every non-null value is integral — that is decided on the Arrow schema where available.
    """

    column: str
    logical_type: str

    metric_dependencies = ("table.column_types",)
    success_keys = ("column", "logical_type")
    domain_keys = ("batch_id",)
    args_keys = ("column", "logical_type")
    library_metadata: ClassVar[dict[str, Any]] = {"maturity": "experimental", "tags": ["vault"],
                                                  "contributors": ["vault"]}

    def _validate(self, metrics: dict[str, Any], runtime_configuration: dict[str, Any] | None = None,
                  execution_engine: Any = None) -> dict[str, Any]:
        column = self._get_success_kwarg("column")
        expected = self._get_success_kwarg("logical_type")
        types = {t["name"]: t["type"] for t in metrics.get("table.column_types", [])}
        if column not in types:
            return {"success": False, "result": {"observed_value": "missing"}}
        observed = logical_type_of(types[column])
        # an all-null column written without a type (Arrow ``null``) fits any type; the
        # not-null check is what catches a required column left empty
        return {"success": observed in (expected, "null"),
                "result": {"observed_value": observed}}


# ---------------------------------------------------------------------------------------------
# GX: k-anonymity



class TableSmallGroupSizes(TableMetricProvider):
    """Sizes (row counts) of the quasi-identifier combinations seen fewer than k times."""

    metric_name = KANON_METRIC
    value_keys = ("column_list", "k")

    @metric_value(engine=PandasExecutionEngine)
    def _pandas(cls, execution_engine: PandasExecutionEngine, metric_domain_kwargs: dict[str, Any],
                metric_value_kwargs: dict[str, Any], metrics: dict[str, Any],
                runtime_configuration: dict[str, Any]
                ) -> list[int]:
        df, _, _ = execution_engine.get_compute_domain(
            domain_kwargs=metric_domain_kwargs, domain_type=MetricDomainTypes.TABLE)
        columns = list(metric_value_kwargs["column_list"])
        k = int(metric_value_kwargs["k"])
        if not columns or len(df) == 0:
            return []
        sizes = df.groupby(columns, dropna=False, observed=True).size()
        return sorted(int(n) for n in sizes.to_numpy() if n < k)


class ExpectColumnsToBeKAnonymous(BatchExpectation):
    """Expect every combination of ``column_list`` values to occur in at least ``k`` rows.

    The result's ``observed_value`` holds only counts: ``violating_combinations`` (how many
    combinations are too small), ``violating_rows`` and ``group_sizes`` (their sizes, sorted);
    never the values themselves.
    """

    column_list: list[str]
    k: int = 5

    metric_dependencies = (KANON_METRIC,)
    success_keys = ("column_list", "k")
    domain_keys = ("batch_id",)
    args_keys = ("column_list", "k")
    library_metadata: ClassVar[dict[str, Any]] = {"maturity": "experimental", "tags": ["vault"],
                                                  "contributors": ["vault"]}

    def _validate(self, metrics: dict[str, Any], runtime_configuration: dict[str, Any] | None = None,
                  execution_engine: Any = None) -> dict[str, Any]:
        sizes = [int(n) for n in metrics.get(KANON_METRIC) or []]
        return {
            "success": not sizes,
            "result": {
                "observed_value": {
                    "violating_combinations": len(sizes),
                    "violating_rows": sum(sizes),
                    "group_sizes": sizes,
                },
                "unexpected_count": sum(sizes),
            },
        }
