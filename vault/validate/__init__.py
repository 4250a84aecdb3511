"""Validation of anonymised datasets with Great Expectations, and the release bundle.

Typical use (a notebook needs no CLI)::

    from vault.anonymise.dataset import load_dataset_schema
    from vault.validate import ValidationPolicy, validate_file, write_report

    schema = load_dataset_schema(Path("policies/datasets/survey.toml"))
    policy = ValidationPolicy.of(current_codes=codes, code_regex=r"P-[0-9]{4}",
                                 register_names=names)
    result = validate_file(Path("survey.parquet"), schema=schema, policy=policy)
    write_report(result, Path("report/"))
    require_success(result)          # raises ChecksFailed (exit 3) when a check failed

Suites are generated from the dataset schema (:func:`build_suite`) and executed as Great
Expectations suites; the default engine computes GX's metrics in DuckDB so a large Parquet file
(or a directory of part files, :mod:`vault.validate.parquet_source`) is streamed rather than
loaded (see ``vault.validate.suites``); ``vault.spark.validation`` runs the same on a Spark
cluster. Results carry names and counts, never cell values.

Great Expectations is imported lazily (it takes seconds), so ``vault --help`` stays fast.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.errors import InputError, PolicyError
from vault.validate.report import (
    ExpectationOutcome,
    ValidationResult,
    require_success,
    result_from_gx,
    write_report,
)
from vault.validate.validation_policy import ValidationPolicy

if TYPE_CHECKING:
    import pyarrow as pa

    from vault.anonymise.dataset import DatasetSchema
    from vault.validate._pushdown import DuckDBSettings
    from vault.validate.suites import Suite

__all__ = [
    "ExpectationOutcome",
    "ReleaseVerification",
    "ValidationPolicy",
    "ValidationResult",
    "build_suite",
    "read_parquet_schema",
    "render_codes",
    "require_success",
    "validate_file",
    "validate_parquet",
    "validate_table",
    "verify_release",
    "with_kanon_advice",
    "write_release",
    "write_report",
]


def build_suite(schema: DatasetSchema | None, policy: ValidationPolicy, *,
                columns: pa.Schema | None = None, name: str | None = None) -> Suite:
    """Generate a suite (see :func:`vault.validate.suites.build_suite`)."""
    # lazy: imports Great Expectations
    from vault.validate.suites import build_suite as _build

    return _build(schema, policy, columns=columns, name=name)


def read_parquet_schema(path: Path) -> pa.Schema:
    """The Arrow schema of a Parquet file (or of a directory of part files that share one),
    reading only footers (see :mod:`vault.validate.parquet_source`).

    :raises InputError: missing file, not a readable Parquet file (truncated or malformed),
        or part files whose columns differ.
    """
    # lazy: pyarrow takes a while to import
    from vault.validate.parquet_source import dataset_schema, parquet_files

    return dataset_schema(parquet_files(Path(path)))


def validate_table(table: pa.Table, suite: Suite, *, dataset: str = "table",
                   engine: str = "duckdb", settings: DuckDBSettings | None = None,
                   schema: DatasetSchema | None = None) -> ValidationResult:
    """Validate an in-memory Arrow table.

    :param table: the dataset.
    :param suite: from :func:`build_suite`.
    :param dataset: the name used in results and reports.
    :param engine: ``duckdb`` (GX metrics computed in DuckDB) or ``gx-pandas`` (GX's own pandas
        engine).
    :param schema: the dataset schema; when k-anonymity fails, its generalisation rules give
        the way forward (:func:`vault.anonymity.assess`) in the k-anonymity outcome.
    :raises PolicyError: unknown engine or an untranslatable check.
    """
    result = _run(table, suite, dataset=dataset, engine=engine, settings=settings)
    return with_kanon_advice(result, lambda: table, schema)


def validate_parquet(path: Path, suite: Suite, *, engine: str = "duckdb",
                     settings: DuckDBSettings | None = None,
                     schema: DatasetSchema | None = None) -> ValidationResult:
    """Validate a Parquet file (or a directory of part files), streamed through DuckDB by
    default.

    :raises InputError: missing, truncated or malformed Parquet.
    :raises PolicyError: unknown engine or an untranslatable check.
    """
    path = Path(path)
    arrow_schema = read_parquet_schema(path)
    if engine == "gx-pandas":
        # lazy: pyarrow takes a while to import
        import pyarrow as pa

        from vault.validate.parquet_source import parquet_files, read_columns

        try:
            table = read_columns(parquet_files(path))
        except (pa.ArrowException, OSError) as exc:
            raise InputError(f"{path}: Parquet data could not be read (corrupt page)") from exc
        result = _run(table, suite, dataset=path.name, engine=engine, settings=settings)
    else:
        result = _run(path, suite, dataset=path.name, engine=engine, settings=settings,
                      schema=arrow_schema)
    return with_kanon_advice(result, lambda: _read_columns(path, schema), schema)


def validate_file(path: Path, *, schema: DatasetSchema | None, policy: ValidationPolicy,
                  suite_name: str | None = None, engine: str = "duckdb",
                  settings: DuckDBSettings | None = None) -> ValidationResult:
    """Build the suite for a Parquet file (or a directory of part files sharing one schema)
    and validate it: what ``vault validate`` runs.

    Without ``schema`` only the schema-free checks run: identifier scans on every string
    column, and on the text of every binary, list, struct and map column
    (:mod:`vault.validate.flatten`); values that cannot be checked fail as ``unchecked``.

    :raises InputError: unreadable Parquet.
    :raises PolicyError: the suite cannot be built (e.g. no current codes for a participant
        column).
    """
    columns = read_parquet_schema(Path(path))
    suite = build_suite(schema, policy, columns=columns, name=suite_name)
    result = validate_parquet(Path(path), suite, engine=engine, settings=settings,
                              schema=schema)
    if schema is None:
        result = _with_flattened(result, Path(path), policy, engine=engine)
    return result


def _with_flattened(result: ValidationResult, path: Path, policy: ValidationPolicy, *,
                    engine: str) -> ValidationResult:
    """Scan the text of binary/list/struct/map columns too; count what cannot be checked."""
    # lazy: the flattener imports pyarrow
    from vault.validate.flatten import flatten_parquet, unchecked_outcomes

    flat = flatten_parquet(path)
    if not flat.table.num_columns:
        return result
    suite = build_suite(None, policy, columns=flat.table.schema, name=result.suite)
    extra = _run(flat.table, suite, dataset=result.dataset, engine=engine, settings=None)
    outcomes = (*result.results, *extra.results, *unchecked_outcomes(flat.unchecked))
    return replace(result, results=outcomes, success=all(o.success for o in outcomes))


def _read_columns(path: Path, schema: DatasetSchema | None) -> pa.Table:
    """Only the quasi-identifier columns of a Parquet file (what the advice needs)."""
    # lazy: pyarrow takes a while to import
    from vault.validate.parquet_source import parquet_files, read_columns

    wanted = list(schema.quasi_identifiers) if schema is not None else []
    present = [c for c in wanted if c in read_parquet_schema(path).names]
    return read_columns(parquet_files(path), present)


def with_kanon_advice(result: ValidationResult, table: Callable[[], pa.Table],
                      schema: DatasetSchema | None) -> ValidationResult:
    """Add, to a failed k-anonymity outcome, how many rows each remedy would fix.

    :param table: reads the quasi-identifier columns (called only when k-anonymity failed).
    """
    failed = [o for o in result.results if o.kind == "k-anonymity" and not o.success]
    if schema is None or not failed or failed[0].error:
        return result
    from vault.anonymity import assess  # lazy: imports pyarrow

    report = assess(table(), schema)
    outcome = failed[0]
    observed = {**(outcome.observed if isinstance(outcome.observed, dict) else {}),
                "advice": [a.to_json() for a in report.advice],
                "suppress_would_remove": report.violating_rows,
                "remedy": report.describe()}
    outcomes = tuple(replace(o, observed=observed) if o is outcome else o
                     for o in result.results)
    return replace(result, results=outcomes)


def _run(source: Any, suite: Suite, *, dataset: str, engine: str,
         settings: DuckDBSettings | None, schema: Any = None) -> ValidationResult:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    # lazy: imports Great Expectations
    from vault.validate.suites import ENGINES, run_gx_pandas, to_gx_suite

    if engine not in ENGINES:
        raise PolicyError(f"unknown validation engine {engine!r}",
                          hint="use one of: " + ", ".join(ENGINES))
    gx_suite = to_gx_suite(suite)
    order = [c.name for c in suite.checks]
    if engine == "gx-pandas":
        # lazy: pandas takes a while to import
        import pandas as pd

        frame = source.to_pandas(types_mapper=pd.ArrowDtype)
        gx_result = run_gx_pandas(gx_suite, frame)
        return result_from_gx(gx_result, dataset=dataset, engine=engine,
                              row_count=source.num_rows, order=order)
    # lazy: DuckDB and the pushdown engine take a while to import
    import duckdb

    from vault.validate._pushdown import DuckDBSettings, PushdownUnsupported, run_duckdb

    try:
        gx_result = run_duckdb(gx_suite, source, settings=settings or DuckDBSettings(),
                               schema=schema)
    except PushdownUnsupported as exc:
        raise PolicyError(f"suite {suite.name}: {exc}",
                          hint="run with engine='gx-pandas' for this suite") from exc
    except duckdb.Error as exc:
        # DuckDB messages can quote data; keep only the error class
        raise InputError(f"{dataset}: the data could not be scanned ({type(exc).__name__})",
                         hint="the file may be corrupt; re-export it") from exc
    return result_from_gx(gx_result, dataset=dataset, engine=engine, order=order)


def __getattr__(name: str) -> Any:
    # lazy: the release module imports pyarrow, which ``vault --help`` must not pay for
    if name in ("write_release", "verify_release", "ReleaseVerification", "render_codes"):
        from vault.validate import release

        return getattr(release, name)
    raise AttributeError(name)
