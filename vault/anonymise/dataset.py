"""Dataset schemas: what becomes of every column of a questionnaire export.

A schema is a TOML policy (reference: ``docs/schema.md``; worked example:
``policies/datasets/mentoring.toml``), loaded fail-closed into a :class:`DatasetSchema`::

    schema = load_dataset_schema(Path("policies/datasets/survey.toml"))
    schema.format                 # SourceFormat.SURVEYMONKEY: the export is read as it comes
    schema.quasi_identifiers      # ("job_role", "years_in_role", "region")

Every column has a *role*:

* ``identity`` — dropped (names, e-mails, IP addresses, respondent and collector ids);
* ``participant`` — replaced by the participant's stable internal marker through the register;
  codes are rendered late, at release (DESIGN.md invariant 4);
* ``free_text`` — redacted by the Presidio anonymiser;
* ``quasi_identifier`` — generalised: numbers into bands (``"0-4"``, ``"5-9"``, …, ``"30+"``),
  categories into broader groups or ``"Other"``; the k-anonymity key;
* ``keep`` — kept, typed.

A column is found in the export by its ``source`` (a survey tool's column key: SurveyMonkey's
pair of header rows, a Qualtrics question id, a REDCap field name) or, in a plain CSV, by its
``name``. The question wording (``question``) goes into the release's codebook.

The transform itself lives in :mod:`vault.anonymise.transform`, the export readers in
:mod:`vault.surveys`. The schema is read by the one policy reader (:mod:`vault.policies`):
errors name the file, the line and the key, never a cell value (invariant 3).
"""
from __future__ import annotations

import datetime as _dt
import enum
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from vault.errors import PolicyError
from vault.policies import PolicyDocument, parse_policy, policy_from_mapping, read_policy

__all__ = [
    "SCHEMA_VERSION",
    "ColumnRole",
    "ColumnSpec",
    "ColumnType",
    "DatasetSchema",
    "InvalidCells",
    "NumericBands",
    "RareCategories",
    "SourceFormat",
    "SourceKey",
    "load_dataset_schema",
    "parse_dataset_schema",
    "parse_value",
    "read_dataset_schema",
    "schema_from_bytes",
    "source_label",
]

#: the schema format version this module reads
SCHEMA_VERSION = 1


class ColumnRole(enum.Enum):
    """What anonymisation does with a column."""

    IDENTITY = "identity"
    PARTICIPANT = "participant"
    FREE_TEXT = "free_text"
    QUASI_IDENTIFIER = "quasi_identifier"
    KEEP = "keep"


class ColumnType(enum.Enum):
    """The logical type of a column's values in the export.

    ``checkbox`` is one option of a select-all-that-apply question: an empty cell, ``0``,
    ``Unchecked``, ``no`` or ``false`` is *not ticked*, anything else (the option's text, ``1``,
    ``Checked``) is *ticked*; it becomes a boolean column and is never null.
    """

    STRING = "string"
    INTEGER = "integer"
    FLOAT = "float"
    BOOLEAN = "boolean"
    DATE = "date"
    CHECKBOX = "checkbox"

    @property
    def arrow_type(self) -> pa.DataType:
        return _ARROW_TYPES[self]


_ARROW_TYPES: dict[ColumnType, pa.DataType] = {
    ColumnType.STRING: pa.string(),
    ColumnType.INTEGER: pa.int64(),
    ColumnType.FLOAT: pa.float64(),
    ColumnType.BOOLEAN: pa.bool_(),
    ColumnType.DATE: pa.date32(),
    ColumnType.CHECKBOX: pa.bool_(),
}


class SourceFormat(enum.Enum):
    """How the export file is laid out (the schema's ``format``)."""

    #: one header row; columns found by ``name``
    CSV = "csv"
    #: SurveyMonkey CSV: two header rows (question text, then sub-answer); ``source`` is the
    #: pair ``["question", "answer"]``
    SURVEYMONKEY = "surveymonkey"
    #: Qualtrics CSV: three header rows (ids, question text, ImportId JSON); ``source`` is the id
    QUALTRICS = "qualtrics"
    #: REDCap data export (raw or labels), one header row of field names; ``source`` is the
    #: field name (checkbox options are ``field___code``)
    REDCAP = "redcap"

    @property
    def header_rows(self) -> int:
        return {"csv": 1, "surveymonkey": 2, "qualtrics": 3, "redcap": 1}[self.value]


class InvalidCells(enum.Enum):
    """What import does with a cell that does not fit its column (``"about 6"`` as an integer,
    a value outside ``allowed``, a code missing from ``codes``)."""

    #: refuse the import; the error counts such cells per column (never shows them)
    REFUSE = "refuse"
    #: make the cell null and record how many per column in the dataset's import summary
    NULL = "null"


#: how a column is found in the export: a header, an id, or SurveyMonkey's (question, answer)
SourceKey = str | tuple[str, str]


def source_label(key: SourceKey) -> str:
    """A column key as shown in messages: ``question / answer`` for SurveyMonkey pairs."""
    if isinstance(key, tuple):
        return f"{key[0]} / {key[1]}" if key[1] else key[0]
    return key


@dataclass(frozen=True)
class NumericBands:
    """Generalise a number into fixed-width bands: width 5 gives "0-4", "5-9", …

    :param width: band width (a positive integer).
    :param top: values at or above ``top`` become ``"<top>+"``; ``None`` for no open band.
    :param start: the lower edge of the first band.
    """

    width: int
    top: int | None = None
    start: int = 0

    def label(self, value: float) -> str:
        if self.top is not None and value >= self.top:
            return f"{self.top}+"
        if value < self.start:
            return f"<{self.start}"
        low = self.start + int((value - self.start) // self.width) * self.width
        return f"{low}-{low + self.width - 1}"

    def labels(self) -> tuple[str, ...]:
        """Every label this rule can produce (needs ``top``; used for allowed-value checks)."""
        if self.top is None:
            return ()
        out = [f"<{self.start}"]
        low = self.start
        while low < self.top:
            out.append(f"{low}-{low + self.width - 1}")
            low += self.width
        out.append(f"{self.top}+")
        return tuple(out)

    def coarser(self) -> NumericBands:
        """The next generalisation level: bands twice as wide (the open band kept aligned)."""
        width = self.width * 2
        top = self.top
        if top is not None:
            top = self.start + ((top - self.start) // width) * width
            if top <= self.start:
                top = self.start + width
        return NumericBands(width=width, top=top, start=self.start)


@dataclass(frozen=True)
class RareCategories:
    """Fold categories into broader groups.

    With ``min_count``, only a category seen in fewer than ``min_count`` rows is replaced: by
    its group in ``groups``, else by ``other``. Without it, every category listed in ``groups``
    is replaced by its group and the others are kept.

    :param min_count: a category with fewer rows than this is rare; ``None``: fold all.
    :param groups: category → broader group.
    :param other: the catch-all group for rare categories without a group.
    """

    min_count: int | None
    groups: Mapping[str, str] = field(default_factory=dict)
    other: str = "Other"

    def labels(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.groups.values(), self.other]))


Generalisation = NumericBands | RareCategories


@dataclass(frozen=True)
class ColumnSpec:
    """One declared column of the export and what becomes of it.

    :param name: the column's name (a plain CSV's header; for a survey export, a short name).
    :param type: the logical type of the source values.
    :param role: what anonymisation does.
    :param output: the column name in the anonymised table (default: ``name``).
    :param nullable: whether an empty cell is allowed.
    :param allowed: the allowed values (as written in the export, after ``codes``), or ``None``.
    :param generalise: the generalisation rule (quasi-identifiers only).
    :param source: where the column is in the export (default: ``name``).
    :param question: the question's wording, for the codebook.
    :param group: the question a checkbox option or "other" text belongs to (codebook).
    :param codes: raw export code → label (REDCap raw exports, numeric Qualtrics exports).
    :param on_invalid: this column's choice for cells that do not fit (default: the schema's).
    """

    name: str
    type: ColumnType
    role: ColumnRole
    output: str
    nullable: bool = False
    allowed: tuple[str, ...] | None = None
    generalise: Generalisation | None = None
    source: SourceKey | None = None
    question: str | None = None
    group: str | None = None
    codes: Mapping[str, str] | None = None
    on_invalid: InvalidCells | None = None

    @property
    def key(self) -> SourceKey:
        """How the column is found in the export."""
        return self.source if self.source is not None else self.name

    @property
    def output_type(self) -> ColumnType:
        """The logical type in the anonymised table (bands and participant markers are strings)."""
        if self.role in (ColumnRole.PARTICIPANT, ColumnRole.FREE_TEXT):
            return ColumnType.STRING
        if isinstance(self.generalise, NumericBands):
            return ColumnType.STRING
        if self.type is ColumnType.CHECKBOX:
            return ColumnType.BOOLEAN
        return self.type

    @property
    def output_allowed(self) -> tuple[Any, ...] | None:
        """Allowed values in the anonymised table (typed), or ``None`` when not constrained."""
        if isinstance(self.generalise, NumericBands):
            labels = self.generalise.labels()
            return labels or None
        allowed = self.allowed
        if allowed is None and self.codes is not None:
            allowed = tuple(dict.fromkeys(self.codes.values()))
        if allowed is None:
            return None
        if isinstance(self.generalise, RareCategories):
            return tuple(dict.fromkeys([*allowed, *self.generalise.labels()]))
        return tuple(dict.fromkeys(parse_value(self.output_type, v.strip()) for v in allowed))


@dataclass(frozen=True)
class DatasetSchema:
    """A dataset policy: the export's format, the declared columns, k, row bounds, remedies.

    :param suppress: rows still in a quasi-identifier group smaller than ``k`` after
        generalisation are suppressed (dropped and counted) instead of failing validation.
    :param max_suppressed_percent: refuse the import when suppression would drop more than this
        share of the rows (``None``: no limit).
    """

    name: str
    version: int
    columns: tuple[ColumnSpec, ...]
    k: int = 5
    min_rows: int | None = None
    max_rows: int | None = None
    #: where the schema was loaded from (for messages); ``None`` when built in code
    source: str | None = None
    format: SourceFormat = SourceFormat.CSV
    on_invalid: InvalidCells = InvalidCells.REFUSE
    title: str | None = None
    suppress: bool = False
    max_suppressed_percent: float | None = None

    @property
    def output_columns(self) -> tuple[ColumnSpec, ...]:
        """The columns that survive anonymisation (every role except ``identity``)."""
        return tuple(c for c in self.columns if c.role is not ColumnRole.IDENTITY)

    @property
    def quasi_identifiers(self) -> tuple[str, ...]:
        """Output names of the quasi-identifier columns (the k-anonymity key)."""
        return tuple(c.output for c in self.columns if c.role is ColumnRole.QUASI_IDENTIFIER)

    @property
    def participant_column(self) -> str | None:
        cols = [c.output for c in self.columns if c.role is ColumnRole.PARTICIPANT]
        return cols[0] if cols else None

    def column(self, name: str) -> ColumnSpec:
        """The column declared with ``name`` (or, failing that, with output ``name``)."""
        for col in self.columns:
            if col.name == name:
                return col
        for col in self.columns:
            if col.output == name and col.role is not ColumnRole.IDENTITY:
                return col
        raise KeyError(name)

    def invalid_choice(self, column: ColumnSpec) -> InvalidCells:
        """What to do with a cell of ``column`` that does not fit: its own choice, else the
        schema's — ``null`` applies only to nullable columns (a required cell cannot be
        nulled)."""
        choice = column.on_invalid or self.on_invalid
        if choice is InvalidCells.NULL and not column.nullable:
            return InvalidCells.REFUSE
        return choice


# ---------------------------------------------------------------------------------------------
# loading the TOML policy (fail closed: every problem is a PolicyError naming file, line and key)

_TOP_KEYS = ("version", "name", "title", "format", "k", "on_invalid", "rows", "anonymity",
             "columns")
_ROWS_KEYS = ("min", "max")
_ANONYMITY_KEYS = ("suppress", "max_suppressed_percent")
_COLUMN_KEYS = ("name", "source", "question", "group", "type", "role", "output", "nullable",
                "allowed", "codes", "on_invalid", "generalise")
_BANDS_KEYS = ("bands", "top", "start")
_RARE_KEYS = ("rare_below", "groups", "other")
_WHAT = "dataset schema"
_SEE = "see docs/schema.md, which describes every key"


def load_dataset_schema(path: Path) -> DatasetSchema:
    """Read and validate a dataset schema policy (TOML).

    :param path: the policy file.
    :raises PolicyError: the file is missing, unreadable, not TOML, or invalid (the message
        names the file, the line and the offending key).
    """
    return read_dataset_schema(path)[0]


def read_dataset_schema(path: Path) -> tuple[DatasetSchema, bytes]:
    """Like :func:`load_dataset_schema`, also returning the exact bytes parsed (to hash/keep).

    :raises PolicyError: as :func:`load_dataset_schema`.
    """
    doc = read_policy(Path(path), what=_WHAT,
                      missing_hint="pass an existing schema file, e.g. "
                                   "policies/datasets/survey.toml")
    return _parse(doc), doc.raw


def schema_from_bytes(raw: bytes, *, source: str) -> DatasetSchema:
    """Parse and validate schema TOML held in memory (e.g. kept inside a stored dataset).

    :raises PolicyError: not UTF-8 TOML, or an invalid schema.
    """
    return _parse(parse_policy(raw, source=source, what=_WHAT))


def parse_dataset_schema(data: Mapping[str, Any], *, source: str = "<schema>") -> DatasetSchema:
    """Validate an already-parsed schema mapping (see :func:`load_dataset_schema`).

    :raises PolicyError: invalid schema.
    """
    return _parse(policy_from_mapping(data, source=source, what=_WHAT))


def _parse(doc: PolicyDocument) -> DatasetSchema:
    data = doc.data
    doc.reject_unknown(data, _TOP_KEYS)
    version = doc.require_version(frozenset({SCHEMA_VERSION}))
    if "name" not in data:
        raise doc.missing("name", hint='add name = "survey" (letters, digits, _ . -)')
    name = data["name"]
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
        raise doc.invalid("name", "must be a simple name (letters, digits, _ . -)",
                          hint='write e.g. name = "survey"')
    k = data.get("k", 5)
    if not _is_int(k) or k < 1:
        raise doc.invalid("k", "must be a positive integer", hint="write e.g. k = 5")
    fmt = _choice(doc, SourceFormat, data.get("format", "csv"), "format")
    on_invalid = _choice(doc, InvalidCells, data.get("on_invalid", "refuse"), "on_invalid")
    title = data.get("title")
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise doc.invalid("title", "must be a non-empty string",
                          hint='write e.g. title = "Mentoring questionnaire"')
    rows = data.get("rows", {})
    if not isinstance(rows, Mapping):
        raise doc.error("[rows] must be a table with min and/or max", key="rows", hint=_SEE)
    doc.reject_unknown(rows, _ROWS_KEYS, table="rows")
    min_rows, max_rows = rows.get("min"), rows.get("max")
    for key, val in (("min", min_rows), ("max", max_rows)):
        if val is not None and (not _is_int(val) or val < 0):
            raise doc.invalid(key, "must be a non-negative integer", table="rows", hint=_SEE)
    if min_rows is not None and max_rows is not None and min_rows > max_rows:
        raise doc.invalid("min", "is greater than max", table="rows", hint=_SEE)
    anonymity = data.get("anonymity", {})
    if not isinstance(anonymity, Mapping):
        raise doc.error("[anonymity] must be a table with suppress and/or "
                        "max_suppressed_percent", key="anonymity", hint=_SEE)
    doc.reject_unknown(anonymity, _ANONYMITY_KEYS, table="anonymity")
    suppress = anonymity.get("suppress", False)
    if not isinstance(suppress, bool):
        raise doc.invalid("suppress", "must be true or false", table="anonymity", hint=_SEE)
    max_pct = anonymity.get("max_suppressed_percent")
    if max_pct is not None and (isinstance(max_pct, bool) or not isinstance(max_pct, int | float)
                                or not 0 <= max_pct <= 100):
        raise doc.invalid("max_suppressed_percent", "must be a number from 0 to 100",
                          table="anonymity", hint=_SEE)

    raw_columns = data.get("columns")
    if not isinstance(raw_columns, list) or not raw_columns:
        raise doc.error("no [[columns]] tables", key="columns",
                        hint="declare each column of the export in a [[columns]] table")
    columns = tuple(_parse_column(doc, i, c, fmt) for i, c in enumerate(raw_columns))
    seen: set[str] = set()
    keys: set[SourceKey] = set()
    outputs: set[str] = set()
    for i, col in enumerate(columns):
        if col.name in seen:
            raise doc.error(f"[[columns]] #{i + 1} repeats the column {col.name!r}",
                            table=f"columns[{i}]", key="name",
                            hint="declare each column of the export once")
        seen.add(col.name)
        if col.key in keys:
            raise doc.error(f"[[columns]] {col.name!r} reads {source_label(col.key)!r} of the "
                            "export, as an earlier column does", table=f"columns[{i}]",
                            key="source", hint="declare each column of the export once")
        keys.add(col.key)
        if col.role is not ColumnRole.IDENTITY:
            if col.output in outputs:
                raise doc.error(f"[[columns]] {col.name!r} repeats the output column "
                                f"{col.output!r}", table=f"columns[{i}]", key="output",
                                hint="give each released column its own output name")
            outputs.add(col.output)
    if sum(c.role is ColumnRole.PARTICIPANT for c in columns) > 1:
        raise doc.error("more than one column has role = \"participant\"", key="columns",
                        hint="a dataset has one participant column")
    return DatasetSchema(name=name, version=version, columns=columns, k=k, min_rows=min_rows,
                         max_rows=max_rows, source=doc.source, format=fmt,
                         on_invalid=on_invalid, title=title, suppress=suppress,
                         max_suppressed_percent=None if max_pct is None else float(max_pct))


def _choice(doc: PolicyDocument, cls: Any, value: Any, key: str, *, table: str = "",
            label: str | None = None) -> Any:
    """The member of the enum ``cls`` written as ``value``, or an ``unknown <key>`` error."""
    try:
        return cls(value)
    except ValueError:
        raise doc.unknown_value(key, value, [m.value for m in cls], key=key, table=table,
                                label=label) from None


def _parse_column(doc: PolicyDocument, i: int, raw: Any, fmt: SourceFormat) -> ColumnSpec:
    table = f"columns[{i}]"
    label = f"[[columns]] #{i + 1}"
    if not isinstance(raw, Mapping):
        raise doc.error(f"{label} must be a table", key="columns", hint=_SEE)
    if isinstance(raw.get("name"), str) and raw["name"].strip():
        label = f"[[columns]] {raw['name']!r}"
    doc.reject_unknown(raw, _COLUMN_KEYS, table=table, label=label)
    if "name" not in raw:
        raise doc.missing("name", table=table, label=label,
                          hint="add name = the column's header in the CSV, or a short name")
    name = raw["name"]
    if not isinstance(name, str) or not name.strip():
        raise doc.invalid("name", "must be a non-empty string", table=table, label=label,
                          hint="write the column's header in the CSV, or a short name")
    ctype = _choice(doc, ColumnType, raw.get("type", "string"), "type", table=table,
                    label=label)
    roles = [r.value for r in ColumnRole]
    if "role" not in raw:
        raise doc.missing("role", table=table, label=label,
                          hint=f"add role = one of: {', '.join(roles)}")
    role = _choice(doc, ColumnRole, raw["role"], "role", table=table, label=label)

    def invalid(key: str, what: str) -> PolicyError:
        return doc.invalid(key, what, table=table, label=label, hint=_SEE)

    output = raw.get("output", name)
    if not isinstance(output, str) or not output.strip():
        raise invalid("output", "must be a non-empty string")
    nullable = raw.get("nullable", False)
    if not isinstance(nullable, bool):
        raise invalid("nullable", "must be true or false")
    source = _parse_source(doc, raw.get("source"), fmt, table, label)
    for key in ("question", "group"):
        value = raw.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise invalid(key, "must be a non-empty string")
    codes = raw.get("codes")
    if codes is not None:
        if (not isinstance(codes, Mapping) or not codes
                or not all(isinstance(k, str) and isinstance(v, str) for k, v in codes.items())):
            raise invalid("codes", "must map export codes to labels (strings)")
        if ctype is not ColumnType.STRING:
            raise invalid("codes", "need type = \"string\" (labels are text)")
        codes = dict(codes)
    on_invalid = None
    if "on_invalid" in raw:
        on_invalid = _choice(doc, InvalidCells, raw["on_invalid"], "on_invalid", table=table,
                             label=label)
        if on_invalid is InvalidCells.NULL and not nullable:
            raise doc.invalid("on_invalid", "can be \"null\" only with nullable = true",
                              table=table, label=label,
                              hint="add nullable = true, or use on_invalid = \"refuse\"")
    allowed = raw.get("allowed")
    if allowed is not None:
        if (not isinstance(allowed, list) or not allowed
                or not all(isinstance(v, str) for v in allowed)):
            raise invalid("allowed", "must be a non-empty list of strings")
        allowed = tuple(allowed)
        if ctype is ColumnType.CHECKBOX:
            raise invalid("allowed", "is not for a checkbox column (it is ticked or not)")
        if role is not ColumnRole.QUASI_IDENTIFIER or ctype is not ColumnType.STRING:
            for value in allowed:
                try:
                    parse_value(ctype, value.strip())
                except ValueError:
                    raise invalid("allowed", f"holds a value that is not a valid "
                                  f"{ctype.value}") from None
    if role in (ColumnRole.PARTICIPANT, ColumnRole.FREE_TEXT) and ctype is not ColumnType.STRING:
        raise invalid("type", f"must be \"string\" for a {role.value} column")
    generalise: Generalisation | None = None
    raw_gen = raw.get("generalise")
    if raw_gen is not None:
        if role is not ColumnRole.QUASI_IDENTIFIER:
            raise invalid("generalise", "is only for quasi_identifier columns")
        generalise = _parse_generalise(doc, raw_gen, ctype, f"{table}.generalise",
                                       f"[columns.generalise] of {name!r}")
    return ColumnSpec(name=name, type=ctype, role=role, output=output, nullable=nullable,
                      allowed=allowed, generalise=generalise, source=source,
                      question=raw.get("question"), group=raw.get("group"), codes=codes,
                      on_invalid=on_invalid)


def _parse_source(doc: PolicyDocument, raw: Any, fmt: SourceFormat, table: str,
                  label: str) -> SourceKey | None:
    if raw is None:
        if fmt is not SourceFormat.CSV:
            raise doc.missing("source", table=table, label=label,
                              hint=f"a {fmt.value} export is read by source; "
                                   "`vault dataset schema draft` writes it")
        return None
    if fmt is SourceFormat.SURVEYMONKEY:
        if (not isinstance(raw, list) or len(raw) != 2
                or not all(isinstance(v, str) for v in raw) or not raw[0].strip()):
            raise doc.invalid("source", "must be [\"question text\", \"answer\"] (the two "
                              "header rows)", table=table, label=label, hint=_SEE)
        return (raw[0], raw[1])
    if not isinstance(raw, str) or not raw.strip():
        raise doc.invalid("source", "must be a non-empty string (the export's column)",
                          table=table, label=label, hint=_SEE)
    return raw


def _parse_generalise(doc: PolicyDocument, raw: Any, ctype: ColumnType, table: str,
                      label: str) -> Generalisation:
    def invalid(key: str, what: str) -> PolicyError:
        return doc.invalid(key, what, table=table, label=label, hint=_SEE)

    if not isinstance(raw, Mapping):
        raise doc.error(f"{label} must be a table", table=table, hint=_SEE)
    doc.reject_unknown(raw, _BANDS_KEYS + _RARE_KEYS, table=table, label=label)
    if "bands" in raw:
        if set(raw) & set(_RARE_KEYS):
            raise doc.error(f"{label} has both bands and rare_below or groups", table=table,
                            hint="use bands for numbers, or rare_below and/or groups for "
                                 "categories")
        if ctype not in (ColumnType.INTEGER, ColumnType.FLOAT):
            raise invalid("bands", "need an integer or float column")
        width, top, start = raw["bands"], raw.get("top"), raw.get("start", 0)
        if not _is_int(width) or width < 1:
            raise invalid("bands", "must be a positive integer (band width)")
        if not _is_int(start):
            raise invalid("start", "must be an integer")
        if top is not None and (not _is_int(top) or top <= start):
            raise invalid("top", "must be an integer above start")
        return NumericBands(width=width, top=top, start=start)
    if "rare_below" in raw or "groups" in raw:
        key = "rare_below" if "rare_below" in raw else "groups"
        if ctype is not ColumnType.STRING:
            raise invalid(key, "needs a string column")
        min_count, groups = raw.get("rare_below"), raw.get("groups", {})
        other = raw.get("other", "Other")
        if min_count is not None and (not _is_int(min_count) or min_count < 1):
            raise invalid("rare_below", "must be a positive integer")
        if not isinstance(groups, Mapping) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in groups.items()):
            raise invalid("groups", "must map category names to group names (strings)")
        if min_count is None and not groups:
            raise invalid("groups", "must not be empty without rare_below")
        if not isinstance(other, str) or not other:
            raise invalid("other", "must be a non-empty string")
        return RareCategories(min_count=min_count, groups=dict(groups), other=other)
    raise doc.missing("bands", table=table, label=label,
                      hint="add bands = <width> for numbers, or rare_below = <count> and/or "
                           "[columns.generalise.groups] for categories")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# ---------------------------------------------------------------------------------------------
# single values (allowed lists in the schema; the import itself parses whole columns in Arrow)

_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0"}


def _parse_int(v: str) -> int:
    f = float(v)
    if not math.isfinite(f) or f != int(f):
        raise ValueError("not an integer")
    return int(f)


def _parse_float(v: str) -> float:
    f = float(v)
    if not math.isfinite(f):
        raise ValueError("not finite")
    return f


def _parse_bool(v: str) -> bool:
    low = v.lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ValueError("not a boolean")


_PARSERS: dict[ColumnType, Callable[[str], Any]] = {
    ColumnType.STRING: lambda v: v,
    ColumnType.INTEGER: _parse_int,
    ColumnType.FLOAT: _parse_float,
    ColumnType.BOOLEAN: _parse_bool,
    ColumnType.DATE: _dt.date.fromisoformat,
    ColumnType.CHECKBOX: _parse_bool,
}


def parse_value(ctype: ColumnType, text: str) -> Any:
    """One value as written in an export, typed (``ValueError`` when it does not fit)."""
    return _PARSERS[ctype](text)
