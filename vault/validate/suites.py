"""The Great Expectations adapter: suites generated from a dataset schema, and how they run.

A :class:`Suite` is vault's description of what to check — one :class:`Check` per
expectation, GX-free so callers never handle GX types. :func:`to_gx_suite` turns it into the
``great_expectations.ExpectationSuite`` that *both* engines execute, so the GX suite is the
single source of truth for what is checked:

* ``duckdb`` (default) — ``vault.validate._pushdown`` asks each GX expectation for its metric
  dependencies, computes them with DuckDB over the Parquet file (streamed by row group, bounded
  memory) and hands them back to the expectation's own ``metrics_validate``: success is decided
  by GX, not re-implemented.
* ``gx-pandas`` — GX's own pandas execution over an in-memory DataFrame (an ephemeral context,
  analytics off). The reference engine; tests run both and compare.
* ``spark`` (``vault.spark.validation``, not in :data:`ENGINES`: it takes a path, not a table)
  — the DuckDB engine's counts computed per Spark task and summed; same results.

Usage::

    suite = build_suite(schema, ValidationPolicy.of(current_codes=codes, code_regex=r"P-\\d{4}"))
    outcome = run_suite(suite, table_or_path, engine="duckdb")   # a GX suite result
"""
from __future__ import annotations

import os

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from vault.anonymise.dataset import ColumnRole, ColumnType, DatasetSchema
from vault.errors import PolicyError
from vault.validate.metrics import RESULT_FORMAT
from vault.validate.validation_policy import ValidationPolicy

if TYPE_CHECKING:
    import great_expectations as gx
    import pandas as pd
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResult,
    )

__all__ = [
    "CHECK_KINDS",
    "ENGINES",
    "RESULT_FORMAT",
    "Check",
    "Suite",
    "build_suite",
    "run_gx_pandas",
    "to_gx_suite",
]

log = logging.getLogger(__name__)


#: every check kind, in report order
CHECK_KINDS: tuple[str, ...] = (
    "columns", "type", "row-count", "not-null", "allowed-values", "participant-code",
    "code-format", "email", "uk-phone", "nhs-number", "uk-postcode", "participant-marker",
    "register-name", "k-anonymity", "unchecked",
)

#: the execution engines :func:`vault.validate.validate_table` accepts
ENGINES: tuple[str, ...] = ("duckdb", "gx-pandas")


@dataclass(frozen=True)
class Check:
    """One check in a suite: becomes exactly one GX expectation.

    :param name: unique within the suite, e.g. ``email:comments``.
    :param kind: one of :data:`CHECK_KINDS`.
    :param column: the column checked (``None`` for table-level checks).
    :param params: kind-specific parameters (may hold codes or register names: never
        rendered).
    """

    name: str
    kind: str
    column: str | None
    params: Mapping[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class Suite:
    """What to check on one dataset."""

    name: str
    checks: tuple[Check, ...]

    def check(self, name: str) -> Check:
        for c in self.checks:
            if c.name == name:
                return c
        raise KeyError(name)


def build_suite(schema: DatasetSchema | None, policy: ValidationPolicy, *,
                columns: pa.Schema | None = None, name: str | None = None) -> Suite:
    """Generate the checks for a dataset from its schema and the validation policy.

    With a schema: column set, logical types, null rules, allowed values, participant codes of
    the current epoch and their format, identifier scans on every string output column,
    k-anonymity over the quasi-identifiers and row-count bounds. Without a schema (``columns``,
    the file's Arrow schema, is then required): the identifier scans on every string column.

    :param schema: the dataset schema, or ``None`` for the schema-free checks.
    :param policy: codes, code format and register names.
    :param columns: the file's Arrow schema (only used without ``schema``).
    :param name: suite name (default: the schema's name, or ``identifiers``).
    :raises PolicyError: a participant column is declared but the policy has no current codes.
    """
    checks: list[Check] = []
    if schema is None:
        if columns is None:
            raise PolicyError("a schema-free suite needs the file's columns")
        # lazy: imports Great Expectations
        from vault.validate.expectations import logical_type_of

        string_columns = [f.name for f in columns if logical_type_of(f.type) == "string"]
        _identifier_checks(checks, string_columns, policy)
        return Suite(name=name or "identifiers", checks=tuple(checks))

    out = schema.output_columns
    checks.append(Check("columns", "columns", None,
                        {"column_set": [c.output for c in out]}))
    for col in out:
        checks.append(Check(f"type:{col.output}", "type", col.output,
                            {"logical_type": col.output_type.value}))
    if schema.min_rows is not None or schema.max_rows is not None:
        checks.append(Check("row-count", "row-count", None,
                            {"min_value": schema.min_rows, "max_value": schema.max_rows}))
    for col in out:
        if not col.nullable:
            checks.append(Check(f"not-null:{col.output}", "not-null", col.output))
    for col in out:
        allowed = col.output_allowed
        if allowed is not None and col.role is not ColumnRole.PARTICIPANT:
            checks.append(Check(f"allowed-values:{col.output}", "allowed-values", col.output,
                                {"value_set": list(allowed)}))
    participant = schema.participant_column
    if participant is not None:
        if policy.current_codes is None:
            raise PolicyError(
                f"dataset {schema.name}: column {participant!r} holds participant codes but no "
                "current codes were given",
                hint="run inside a vault, or pass --codes FILE (one current code per line)")
        checks.append(Check(f"participant-code:{participant}", "participant-code", participant,
                            {"value_set": sorted(policy.current_codes)}))
        if policy.code_regex is not None:
            checks.append(Check(f"code-format:{participant}", "code-format", participant,
                                {"regex": policy.code_regex}))
    # participant codes are scanned too: a code column holding an email must fail loudly
    string_columns = [c.output for c in out if c.output_type is ColumnType.STRING]
    _identifier_checks(checks, string_columns, policy)
    if schema.quasi_identifiers:
        checks.append(Check("k-anonymity", "k-anonymity", None,
                            {"column_list": list(schema.quasi_identifiers), "k": schema.k}))
    return Suite(name=name or schema.name, checks=tuple(checks))


def _identifier_checks(checks: list[Check], columns: Sequence[str],
                       policy: ValidationPolicy) -> None:
    kinds = list(policy.identifier_kinds)
    if policy.register_names:
        kinds.append("register-name")
    for column in columns:
        for kind in kinds:
            params: dict[str, Any] = {"identifier": kind}
            if kind == "register-name":
                params["names"] = list(policy.register_names)
            checks.append(Check(f"{kind}:{column}", kind, column, params))


# ---------------------------------------------------------------------------------------------
# to GX

def to_gx_suite(suite: Suite) -> gx.ExpectationSuite:
    """The GX suite that executes ``suite``: one expectation per check, tagged in ``meta``."""
    # lazy: Great Expectations takes seconds to import
    import great_expectations as gx
    from great_expectations.expectations.core.expect_column_values_to_be_in_set import (
        ExpectColumnValuesToBeInSet,
    )
    from great_expectations.expectations.core.expect_column_values_to_match_regex import (
        ExpectColumnValuesToMatchRegex,
    )
    from great_expectations.expectations.core.expect_column_values_to_not_be_null import (
        ExpectColumnValuesToNotBeNull,
    )
    from great_expectations.expectations.core.expect_table_columns_to_match_set import (
        ExpectTableColumnsToMatchSet,
    )
    from great_expectations.expectations.core.expect_table_row_count_to_be_between import (
        ExpectTableRowCountToBeBetween,
    )

    # lazy: imports pyarrow
    from vault.validate import expectations as vx

    _context()  # an ExpectationSuite needs an active (here: ephemeral) context
    expectations: list[Any] = []
    for check in suite.checks:
        meta = {"vault_check": check.name, "vault_kind": check.kind}
        p = dict(check.params)
        exp: Any
        if check.kind == "columns":
            exp = ExpectTableColumnsToMatchSet(
                column_set=p["column_set"], exact_match=True, meta=meta)
        elif check.kind == "type":
            exp = vx.ExpectColumnToHaveLogicalType(column=_column(check),
                                                   logical_type=p["logical_type"], meta=meta)
        elif check.kind == "row-count":
            exp = ExpectTableRowCountToBeBetween(
                min_value=p["min_value"], max_value=p["max_value"], meta=meta)
        elif check.kind == "not-null":
            exp = ExpectColumnValuesToNotBeNull(column=_column(check), meta=meta)
        elif check.kind in ("allowed-values", "participant-code"):
            exp = ExpectColumnValuesToBeInSet(
                column=_column(check), value_set=p["value_set"], meta=meta)
        elif check.kind == "code-format":
            exp = ExpectColumnValuesToMatchRegex(
                column=_column(check), regex=f"^(?:{p['regex']})$", meta=meta)
        elif check.kind in ("email", "uk-phone", "nhs-number", "uk-postcode",
                            "participant-marker", "register-name"):
            exp = vx.ExpectColumnValuesToNotContainIdentifier(
                column=_column(check), identifier=p["identifier"], names=p.get("names", []),
                meta=meta)
        elif check.kind == "k-anonymity":
            exp = vx.ExpectColumnsToBeKAnonymous(column_list=p["column_list"], k=p["k"],
                                                 meta=meta)
        else:
            raise PolicyError(f"suite {suite.name}: unknown check kind {check.kind!r}")
        expectations.append(exp)
    # one constructor call: add_expectation compares each new expectation with every earlier
    # one (quadratic, seconds for a large suite); check names are unique by construction
    return gx.ExpectationSuite(name=suite.name, expectations=expectations)


def run_gx_pandas(gx_suite: gx.ExpectationSuite, frame: pd.DataFrame
                  ) -> ExpectationSuiteValidationResult:
    """Run a GX suite with GX's own pandas engine on an in-memory DataFrame."""

    context = _context()
    source = context.data_sources.add_pandas(f"vault-{uuid.uuid4().hex}")
    asset = source.add_dataframe_asset(name="dataset")
    batch_definition = asset.add_batch_definition_whole_dataframe("whole")
    batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
    result: ExpectationSuiteValidationResult = batch.validate(
        gx_suite, result_format=dict(RESULT_FORMAT))
    return result


def _column(check: Check) -> str:
    if check.column is None:
        raise PolicyError(f"check {check.name}: a column check without a column")
    return check.column


def _context() -> Any:
    """A fresh ephemeral GX context (in memory, no project files), progress bars off."""
    # lazy: Great Expectations takes seconds to import
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # GX pins this module's logger at INFO, which would print a temp-dir notice on every run
    logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False,
                                                         metric_calculations=False)
    return context
