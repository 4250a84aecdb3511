"""The anonymising transform: export batches in, an anonymised Arrow table out, in columns.

Everything is vectorised with pyarrow compute, a batch at a time, so a million-row export never
becomes Python objects (only the distinct participant identifiers are looked up one by one)::

    transformer = BatchTransformer(schema, layout, identify=marker_of, redact_texts=redact)
    batches = [transformer.transform(row, batch) for row, batch in iter_batches(path, layout)]
    table = transformer.finish(batches)          # rare categories grouped over the whole table
    transformer.summary                          # counts only: invalid, nulled, unmatched

Per column, by role: ``identity`` dropped; ``participant`` → marker through ``identify`` (a
respondent not in the register gets null); ``free_text`` → ``redact_texts``; ``quasi_identifier``
→ typed, then banded or grouped; ``keep`` → typed. A cell that does not fit its column (``"about
6"`` as an integer, a value outside ``allowed``, an unknown code) is counted; the schema chooses
(``on_invalid``) between refusing the import — the error lists columns and counts, never values —
and nulling the cell, counted in the summary. The schema's participant, null and column-set
rules fail closed: an undeclared export column is refused (it could carry identifiers nobody
reviewed).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from vault.anonymise.dataset import (
    ColumnRole,
    ColumnSpec,
    ColumnType,
    DatasetSchema,
    InvalidCells,
    NumericBands,
    RareCategories,
    SourceFormat,
    source_label,
)
from vault.errors import InputError, ParticipantError
from vault.surveys.layout import ExportColumn, ExportLayout
from vault.surveys.reader import blank_to_null

__all__ = ["BatchTransformer", "ImportSummary", "anonymise_table", "band_labels",
           "bind_columns", "group_categories", "map_values", "parse_column"]

_NUMBER = r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$"
_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_TRUE = ["yes", "y", "true", "1"]
_FALSE = ["no", "n", "false", "0"]
#: a checkbox cell that means "not ticked" (besides an empty one)
_UNTICKED = ["0", "no", "n", "false", "unchecked", "not selected"]
_NULL_STRING = pa.scalar(None, pa.string())


@dataclass
class ImportSummary:
    """What an import did, in counts only (stored with the dataset, shown in the manifest)."""

    rows_in: int = 0
    rows_out: int = 0
    #: column → cells that did not fit (refused unless nulled)
    invalid: dict[str, int] = field(default_factory=dict)
    #: column → cells nulled because they did not fit (``on_invalid = "null"``)
    nulled: dict[str, int] = field(default_factory=dict)
    #: column → why its cells did not fit (type name, "allowed set", "codes")
    invalid_reason: dict[str, str] = field(default_factory=dict)
    #: column → empty cells in a column that is not nullable, and the first such row
    empty_required: dict[str, tuple[int, int]] = field(default_factory=dict)
    unmatched_respondents: int = 0
    #: the first row whose participant is not in the register (non-nullable column only)
    first_unmatched_row: int | None = None
    #: rows dropped because their quasi-identifier group stayed smaller than k
    suppressed_rows: int = 0
    #: quasi-identifiers generalised one level beyond the steward's schema (a remedy)
    generalised: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"rows_in": self.rows_in, "rows_out": self.rows_out,
                "invalid_nulled": dict(sorted(self.nulled.items())),
                "suppressed_rows": self.suppressed_rows,
                "generalised": list(self.generalised),
                "unmatched_respondents": self.unmatched_respondents}


def bind_columns(schema: DatasetSchema, layout: ExportLayout
                 ) -> list[tuple[ColumnSpec, ExportColumn]]:
    """Pair every declared column with its export column.

    :raises InputError: a declared column is missing from the export, or the export has a
        column the schema does not declare (fail closed).
    """
    by_key = {c.key: c for c in layout.columns}
    missing = [c for c in schema.columns if c.key not in by_key]
    if missing:
        raise InputError(f"dataset {schema.name}: column {source_label(missing[0].key)!r} "
                         f"declared in the schema is missing from {layout.name}",
                         hint="check that the schema was drafted from this survey's export "
                              "(vault dataset schema draft)")
    declared = {c.key for c in schema.columns}
    extra = [c for c in layout.columns if c.key not in declared]
    if extra:
        raise InputError(f"dataset {schema.name}: column {extra[0].label!r} is not declared in "
                         "the schema", hint="declare it (role = \"identity\" drops it) and rerun")
    return [(spec, by_key[spec.key]) for spec in schema.columns]


class BatchTransformer:
    """Anonymise export batches column by column (see the module docstring).

    :param identify: participant identifier (trimmed) → marker, or ``None`` when not in the
        register.
    :param redact_texts: free-text answers → as many redacted texts.
    """

    def __init__(self, schema: DatasetSchema, layout: ExportLayout, *,
                 identify: Callable[[str], str | None],
                 redact_texts: Callable[[list[str]], Sequence[str]]) -> None:
        self.schema = schema
        self.layout = layout
        self.bound = [(s, c) for s, c in bind_columns(schema, layout)
                      if s.role is not ColumnRole.IDENTITY]
        self.identify = identify
        self.redact_texts = redact_texts
        self.summary = ImportSummary()

    # -- per batch ----------------------------------------------------------------------------
    def transform(self, first_row: int, batch: pa.RecordBatch) -> pa.RecordBatch:
        """One batch of export rows (string columns ``c<position>``) → typed output columns."""
        self.summary.rows_in += batch.num_rows
        arrays: list[pa.Array] = []
        names: list[str] = []
        for spec, col in self.bound:
            raw = batch.column(f"c{col.position}")
            arrays.append(self._column(spec, raw, first_row))
            names.append(spec.output)
        return pa.RecordBatch.from_arrays(arrays, names=names)

    def _column(self, spec: ColumnSpec, raw: pa.Array, first_row: int) -> pa.Array:
        if spec.type is ColumnType.CHECKBOX:
            lower = pc.utf8_lower(pc.utf8_trim_whitespace(raw))
            unticked = pc.or_(pc.is_null(lower), pc.is_in(lower, value_set=pa.array(_UNTICKED)))
            return pc.invert(unticked)
        self._check_nulls(spec, raw, first_row)
        if spec.role is ColumnRole.PARTICIPANT:
            return self._participants(spec, raw, first_row)
        if spec.role is ColumnRole.FREE_TEXT:
            return self._redact(spec, raw)
        text = pc.utf8_trim_whitespace(raw)
        bad = _all_false(len(text))
        reason = ""
        if spec.codes is not None:
            keys = pa.array(list(spec.codes), pa.string())
            index = pc.index_in(text, value_set=keys)
            unknown = pc.and_(pc.is_valid(text), pc.is_null(index))
            bad, reason = pc.or_(bad, unknown), "not one of its codes"
            text = pc.take(pa.array(list(spec.codes.values()), pa.string()), index)
        if spec.allowed is not None:
            outside = pc.and_(pc.is_valid(text), pc.invert(pc.is_in(
                text, value_set=pa.array(list(spec.allowed), pa.string()))))
            if pc.any(outside).as_py():
                bad, reason = pc.or_(bad, outside), reason or "outside its allowed set"
        typed, unparsed = parse_column(text, spec.type)
        if pc.any(unparsed).as_py():
            bad, reason = pc.or_(bad, unparsed), reason or f"not a valid {spec.type.value}"
        typed = self._invalid(spec, typed, bad, reason)
        if isinstance(spec.generalise, NumericBands):
            return band_labels(typed, spec.generalise)
        return typed

    def _invalid(self, spec: ColumnSpec, typed: pa.Array, bad: pa.Array, reason: str
                 ) -> pa.Array:
        count = pc.sum(bad).as_py() or 0
        if not count:
            return typed
        self.summary.invalid_reason.setdefault(spec.name, reason)
        if self.schema.invalid_choice(spec) is InvalidCells.NULL:
            self.summary.nulled[spec.name] = self.summary.nulled.get(spec.name, 0) + count
        else:
            self.summary.invalid[spec.name] = self.summary.invalid.get(spec.name, 0) + count
        return pc.if_else(bad, pa.scalar(None, typed.type), typed)

    def _check_nulls(self, spec: ColumnSpec, raw: pa.Array, first_row: int) -> None:
        if spec.nullable or not raw.null_count:
            return
        first = first_row + pc.index(pc.is_null(raw), True).as_py()
        count, row = self.summary.empty_required.get(spec.name, (0, first))
        self.summary.empty_required[spec.name] = (count + raw.null_count, row)

    def _participants(self, spec: ColumnSpec, raw: pa.Array, first_row: int) -> pa.Array:
        text = pc.utf8_trim_whitespace(raw)
        distinct = pc.unique(text.drop_null())
        markers = pa.array([self.identify(v) for v in distinct.to_pylist()], pa.string())
        out = pc.take(markers, pc.index_in(text, value_set=distinct))
        unmatched = pc.and_(pc.is_valid(text), pc.is_null(out))
        count = pc.sum(unmatched).as_py() or 0
        if count:
            self.summary.unmatched_respondents += count
            if not spec.nullable and self.summary.first_unmatched_row is None:
                self.summary.first_unmatched_row = first_row + pc.index(unmatched, True).as_py()
        return out

    def _redact(self, spec: ColumnSpec, raw: pa.Array) -> pa.Array:
        present = raw.drop_null()
        if not len(present):
            return raw.cast(pa.string())
        redacted = list(self.redact_texts(present.to_pylist()))
        if len(redacted) != len(present):
            raise InputError(f"column {spec.name!r}: the anonymiser returned {len(redacted)} "
                             f"texts for {len(present)}",
                             hint="this is a bug in the injected redactor")
        positions = pc.indices_nonzero(pc.is_valid(raw))
        out: list[str | None] = [None] * len(raw)
        for pos, text in zip(positions.to_pylist(), redacted, strict=True):
            out[pos] = text
        return pa.array(out, pa.string())

    # -- the whole table ----------------------------------------------------------------------
    def finish(self, batches: Iterable[pa.RecordBatch]) -> pa.Table:
        """Refuse what the schema refuses, then group rare categories over the whole table.

        :raises InputError: cells that do not fit (``on_invalid = "refuse"``), or empty cells
            in a column that is not nullable; counts per column, never values.
        :raises ParticipantError: a respondent not in the register and the participant column
            not nullable.
        """
        self._refuse()
        schema = pa.schema([(s.output, _output_arrow_type(s)) for s, _c in self.bound])
        batches = list(batches)
        table = (pa.Table.from_batches(batches, schema=schema) if batches
                 else schema.empty_table())
        for spec, _col in self.bound:
            if isinstance(spec.generalise, RareCategories):
                index = table.column_names.index(spec.output)
                table = table.set_column(index, spec.output,
                                         group_categories(table.column(index), spec.generalise))
        self.summary.rows_out = table.num_rows
        return table

    def _refuse(self) -> None:
        s = self.summary
        name = self.schema.name
        if s.empty_required:
            column, (count, row) = next(iter(s.empty_required.items()))
            more = len(s.empty_required) - 1
            raise InputError(f"dataset {name}: column {column!r} is empty in {count} row(s) "
                             f"(first: row {row}) but not nullable"
                             + (f"; {more} more column(s) too" if more else ""),
                             hint="fill the cells in the export, or declare the column "
                                  "nullable = true")
        if s.invalid:
            parts = [f"{column!r} {count} ({s.invalid_reason.get(column, 'invalid')})"
                     for column, count in s.invalid.items()]
            raise InputError(f"dataset {name}: cells that do not fit their column: "
                             + ", ".join(parts),
                             hint="correct them in the export, or set on_invalid = \"null\" "
                                  "on the column (it is then nulled and counted; see "
                                  "docs/schema.md)")
        if s.first_unmatched_row is not None:
            spec = next(sp for sp, _c in self.bound if sp.role is ColumnRole.PARTICIPANT)
            raise ParticipantError(
                f"{self.layout.name}: row {s.first_unmatched_row}: column {spec.name!r} "
                "matches no participant in the register",
                hint="add the respondent with `vault participant add`, or declare the column "
                     "nullable = true to keep unmatched respondents unlinked")


def _all_false(length: int) -> pa.Array:
    return pa.nulls(length, pa.bool_()).fill_null(False)


def _output_arrow_type(spec: ColumnSpec) -> pa.DataType:
    return spec.output_type.arrow_type


def parse_column(text: pa.Array, ctype: ColumnType) -> tuple[pa.Array, pa.Array]:
    """Trimmed strings → (typed values, mask of cells that do not parse as ``ctype``).

    The import's type test; schema drafting uses it too, so a draft and the import agree.
    """
    present = pc.is_valid(text)
    if ctype is ColumnType.STRING:
        return text, _all_false(len(text))
    if ctype in (ColumnType.INTEGER, ColumnType.FLOAT):
        looks = pc.fill_null(pc.match_substring_regex(text, _NUMBER), False)
        number = pc.cast(pc.if_else(looks, text, _NULL_STRING), pa.float64())
        ok = pc.fill_null(pc.is_finite(number), False)
        if ctype is ColumnType.INTEGER:
            ok = pc.and_(ok, pc.fill_null(pc.equal(pc.floor(number), number), False))
            ok = pc.and_(ok, pc.fill_null(pc.less(pc.abs(number), 2.0 ** 63), False))
            typed = pc.cast(pc.if_else(ok, number, pa.scalar(None, pa.float64())), pa.int64())
        else:
            typed = pc.if_else(ok, number, pa.scalar(None, pa.float64()))
        return typed, pc.and_(present, pc.invert(ok))
    if ctype is ColumnType.BOOLEAN:
        lower = pc.utf8_lower(text)
        true = pc.is_in(lower, value_set=pa.array(_TRUE))
        false = pc.is_in(lower, value_set=pa.array(_FALSE))
        ok = pc.or_(true, false)
        typed = pc.if_else(ok, true, pa.scalar(None, pa.bool_()))
        return typed, pc.and_(present, pc.invert(ok))
    if ctype is ColumnType.DATE:
        looks = pc.fill_null(pc.match_substring_regex(text, _DATE), False)
        stamp = pc.strptime(pc.if_else(looks, text, _NULL_STRING), format="%Y-%m-%d",
                            unit="s", error_is_null=True)
        typed = pc.cast(stamp, pa.date32())
        return typed, pc.and_(present, pc.is_null(typed))
    lower = pc.utf8_lower(text)  # a checkbox: any answer is a tick (see ColumnType.CHECKBOX)
    return pc.invert(pc.or_(pc.is_null(lower), pc.is_in(lower, value_set=pa.array(
        _UNTICKED)))), _all_false(len(text))


def band_labels(values: pa.Array | pa.ChunkedArray, rule: NumericBands) -> pa.Array:
    """Numbers → their band labels (``"5-9"``, ``"30+"``, ``"<0"``); null stays null."""
    number = pc.cast(values, pa.float64())
    low = pc.add(pc.multiply(pc.floor(pc.divide(pc.subtract(number, rule.start), rule.width)),
                             rule.width), rule.start)
    low = pc.cast(low, pa.int64())
    label = pc.binary_join_element_wise(pc.cast(low, pa.string()),
                                        pc.cast(pc.add(low, rule.width - 1), pa.string()), "-")
    label = pc.if_else(pc.less(number, rule.start), f"<{rule.start}", label)
    if rule.top is not None:
        label = pc.if_else(pc.greater_equal(number, rule.top), f"{rule.top}+", label)
    if isinstance(label, pa.ChunkedArray):
        return label.combine_chunks()
    return label


def group_categories(values: pa.Array | pa.ChunkedArray, rule: RareCategories) -> pa.Array:
    """Categories → their groups under ``rule`` (counts over all of ``values``)."""
    counts = pc.value_counts(values.drop_null() if isinstance(values, pa.Array)
                             else values.combine_chunks().drop_null())
    mapping: dict[str, str] = {}
    for entry in counts.to_pylist():
        value, n = entry["values"], entry["counts"]
        if rule.min_count is None:
            if value in rule.groups:
                mapping[value] = rule.groups[value]
        elif n < rule.min_count:
            mapping[value] = rule.groups.get(value, rule.other)
    return map_values(values, mapping)


def map_values(values: pa.Array | pa.ChunkedArray, mapping: Mapping[str, str]) -> pa.Array:
    """Replace the values listed in ``mapping``; others (and nulls) are kept."""
    flat = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    if not mapping:
        return flat
    keys = pa.array(list(mapping), pa.string())
    index = pc.index_in(flat, value_set=keys)
    replaced = pc.take(pa.array(list(mapping.values()), pa.string()), index)
    return pc.if_else(pc.is_null(index), flat, replaced)


def anonymise_table(table: pa.Table, schema: DatasetSchema, *,
                    identify: Callable[[str], str | None],
                    redact_texts: Callable[[list[str]], Sequence[str]]) -> pa.Table:
    """Apply the schema to a raw table of string columns named by their headers (a plain CSV).

    The in-memory form of the streamed import (:mod:`vault.dataset_import`).

    :raises InputError: a declared column is missing, an undeclared one present, cells that
        do not fit (refused), or empty required cells.
    :raises ParticipantError: an unknown respondent and a non-nullable participant column.
    """
    layout = ExportLayout(format=SourceFormat.CSV, delimiter=",", data_offset=0,
                          name=f"dataset {schema.name}",
                          columns=tuple(ExportColumn(key=n, position=i)
                                        for i, n in enumerate(table.column_names)))
    renamed = table.rename_columns([f"c{i}" for i in range(table.num_columns)])
    transformer = BatchTransformer(schema, layout, identify=identify, redact_texts=redact_texts)
    out = []
    row = layout.first_row
    for batch in renamed.to_batches():
        cleaned = pa.RecordBatch.from_arrays([blank_to_null(c.cast(pa.string()))
                                              for c in batch.columns], names=batch.schema.names)
        out.append(transformer.transform(row, cleaned))
        row += batch.num_rows
    return transformer.finish(out)
