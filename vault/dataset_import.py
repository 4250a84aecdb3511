"""Preparing a survey export for the vault: read as it comes, anonymise, make k-anonymous.

:func:`prepare_dataset` is everything ``vault dataset import`` does before storing, and works
without a vault (the register and the anonymiser are injected)::

    prepared = prepare_dataset(Path("export.csv"), schema, schema_raw, identify=marker_of,
                               redact_texts=redact, generalise=["years_in_role"])
    prepared.table          # anonymised Arrow table (participant markers, bands, groups)
    prepared.summary        # counts only: rows in/out, cells nulled, rows suppressed
    prepared.schema_raw     # the schema TOML actually applied (remedies included)

Steps: the export's header rows are parsed for the schema's ``format`` and every column bound
to its declaration (fail closed); the rows stream through pyarrow a block at a time and are
anonymised in columns (:class:`vault.anonymise.transform.BatchTransformer`); ``rows.max`` is
enforced as rows arrive and ``rows.min`` on what is kept; then k-anonymity is assessed and, if
the schema allows, the remaining rare rows are suppressed. A dataset that still fails
k-anonymity is refused (:class:`vault.errors.ChecksFailed`, exit 3) with the way forward —
how many violating rows generalising or dropping each quasi-identifier would fix — so failed
attempts do not pile up in the vault; ``dry_run`` returns the assessment instead.

Memory: one pyarrow block of the export plus the anonymised table (identity columns already
gone); Python objects only for distinct participant identifiers and free-text answers (which
the redactor needs as strings).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import pyarrow as pa

from vault.anonymise.dataset import DatasetSchema, schema_from_bytes
from vault.anonymise.schema_toml import dump_schema
from vault.anonymise.transform import BatchTransformer, ImportSummary
from vault.anonymity import KAnonymityReport, assess, generalise_schema, suppress_rare
from vault.errors import ChecksFailed, InputError
from vault.surveys.reader import Source, iter_batches, read_layout

__all__ = ["PreparedDataset", "prepare_dataset", "with_remedies"]


@dataclass(frozen=True)
class PreparedDataset:
    """An anonymised export, ready to store: table, the schema applied, counts."""

    table: pa.Table
    schema: DatasetSchema
    #: the TOML of :attr:`schema` (the steward's file, or its remedied form)
    schema_raw: bytes
    summary: ImportSummary
    kanon: KAnonymityReport

    def __repr__(self) -> str:
        return f"PreparedDataset({self.schema.name}, {self.table.num_rows} rows)"


def with_remedies(schema: DatasetSchema, schema_raw: bytes, *, generalise: Sequence[str] = (),
                  suppress: bool | None = None, max_suppressed_percent: float | None = None
                  ) -> tuple[DatasetSchema, bytes]:
    """The schema with command-line remedies applied, and its TOML (unchanged bytes if none).

    The remedied TOML says in its header which file it derives from (by SHA-256) and what
    changed, so the schema stored with the dataset is exactly the one applied.

    :raises PolicyError: ``generalise`` names no quasi-identifier, or one with no next level.
    """
    if not generalise and suppress is None and max_suppressed_percent is None:
        return schema, schema_raw
    changed = generalise_schema(schema, generalise)
    if suppress is not None:
        changed = replace(changed, suppress=suppress)
    if max_suppressed_percent is not None:
        changed = replace(changed, max_suppressed_percent=max_suppressed_percent)
    header = [f"Derived from a schema with SHA-256 {hashlib.sha256(schema_raw).hexdigest()}",
              "by `vault dataset import` remedies:"]
    header += [f"  generalised one level: {name}" for name in generalise]
    if suppress is not None:
        header.append(f"  suppress = {str(suppress).lower()}")
    if max_suppressed_percent is not None:
        header.append(f"  max_suppressed_percent = {max_suppressed_percent:g}")
    text = dump_schema(changed, header=header)
    reparsed = schema_from_bytes(text.encode(), source=schema.source or schema.name)
    return reparsed, text.encode()


def prepare_dataset(source: Source, schema: DatasetSchema, schema_raw: bytes, *,
                    identify: Callable[[str], str | None],
                    redact_texts: Callable[[list[str]], Sequence[str]],
                    name: str | None = None, generalise: Sequence[str] = (),
                    suppress: bool | None = None,
                    max_suppressed_percent: float | None = None,
                    dry_run: bool = False) -> PreparedDataset:
    """Read, anonymise and k-anonymise an export (see the module docstring).

    :param source: the export file (path) or its bytes.
    :param name: the file name used in messages.
    :param generalise: quasi-identifiers to take one level beyond the schema's rule.
    :param suppress: override the schema's ``[anonymity] suppress``.
    :param dry_run: return even when k-anonymity fails (nothing is stored by this module).
    :raises InputError: an unusable export, a column missing or undeclared, cells that do not
        fit (unless nulled), more rows than ``rows.max`` or fewer than ``rows.min``.
    :raises ParticipantError: a respondent not in the register, participant column required.
    :raises ChecksFailed: k-anonymity fails after the remedies (not with ``dry_run``), or
        suppression would exceed ``max_suppressed_percent``.
    :raises PolicyError: a bad remedy.
    """
    schema, schema_raw = with_remedies(schema, schema_raw, generalise=generalise,
                                       suppress=suppress,
                                       max_suppressed_percent=max_suppressed_percent)
    layout = read_layout(source, schema.format, name=name)
    transformer = BatchTransformer(schema, layout, identify=identify, redact_texts=redact_texts)
    batches = []
    rows = 0
    for first_row, batch in iter_batches(source, layout):
        rows += batch.num_rows
        if schema.max_rows is not None and rows > schema.max_rows:
            raise InputError(f"{layout.name}: more than {schema.max_rows} data rows, the "
                             f"schema's rows.max", hint="check that this is the right export, "
                             "or raise rows.max in the schema")
        batches.append(transformer.transform(first_row, batch))
    table = transformer.finish(batches)
    del batches
    summary = transformer.summary
    if list(generalise):
        summary.generalised = list(dict.fromkeys(generalise))
    report = assess(table, schema)
    if not report.ok and schema.suppress:
        table, removed = suppress_rare(table, schema)
        summary.suppressed_rows = removed
        summary.rows_out = table.num_rows
        report = assess(table, schema)
    if schema.min_rows is not None and table.num_rows < schema.min_rows and not dry_run:
        raise InputError(f"{layout.name}: {table.num_rows} row(s) kept, fewer than the "
                         f"schema's rows.min = {schema.min_rows}",
                         hint="check that this is the right export, or lower rows.min")
    if not report.ok and not dry_run:
        raise ChecksFailed(f"dataset {schema.name}: k-anonymity fails: {report.describe()}",
                           hint="re-run with --generalise COLUMN and/or --suppress (or set "
                                "them in the schema; see docs/schema.md); nothing was stored")
    return PreparedDataset(table, schema, schema_raw, summary, report)
