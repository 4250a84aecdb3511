"""Dataset import: a questionnaire CSV becomes an anonymised pyarrow table.

Three steps, each usable on its own::

    schema = load_dataset_schema(Path("policies/datasets/survey.toml"))
    raw = read_survey_csv(csv_bytes, name="survey.csv")          # every column a string
    table = anonymise_table(raw, schema, identify=register.marker_for,
                            redact_texts=lambda texts: [r.text for r in
                                                        anonymiser.redact_many(texts, register=reg)])

The schema (a TOML policy, see ``policies/datasets/survey.toml``) gives every column a *role*:

* ``identity`` — dropped (names, emails, phone numbers used only to find the participant);
* ``participant`` — replaced by the participant's stable internal marker via ``identify``;
  codes are rendered late, at release (DESIGN.md invariant 4);
* ``free_text`` — passed through ``redact_texts`` (the Presidio anonymiser, injected);
* ``quasi_identifier`` — generalised: numeric values into bands (``"0-4"``, ``"5-9"``, …,
  ``"30+"``), rare categories into a broader group or ``"Other"``;
* ``keep`` — kept, typed.

The register and the anonymiser are injected as plain callables, so this module depends on
neither. Errors name the file, row number and column, never a cell value (invariant 3).
"""
from __future__ import annotations

import csv
import datetime as _dt
import enum
import io
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from vault.errors import InputError, PolicyError
from vault.policies import PolicyDocument, parse_policy, policy_from_mapping, read_policy

__all__ = [
    "SCHEMA_VERSION",
    "ColumnRole",
    "ColumnSpec",
    "ColumnType",
    "DatasetSchema",
    "NumericBands",
    "RareCategories",
    "anonymise_table",
    "load_dataset_schema",
    "parse_dataset_schema",
    "read_survey_csv",
]

#: the schema format version this module reads
SCHEMA_VERSION = 1

#: delimiters a survey export may use, in order of preference on a tie
DELIMITERS = (",", ";", "\t", "|")


class ColumnRole(enum.Enum):
    """What anonymisation does with a column."""

    IDENTITY = "identity"
    PARTICIPANT = "participant"
    FREE_TEXT = "free_text"
    QUASI_IDENTIFIER = "quasi_identifier"
    KEEP = "keep"


class ColumnType(enum.Enum):
    """The logical type of a column's values in the source CSV."""

    STRING = "string"
    INTEGER = "integer"
    FLOAT = "float"
    BOOLEAN = "boolean"
    DATE = "date"

    @property
    def arrow_type(self) -> pa.DataType:
        return _ARROW_TYPES[self]


_ARROW_TYPES: dict[ColumnType, pa.DataType] = {
    ColumnType.STRING: pa.string(),
    ColumnType.INTEGER: pa.int64(),
    ColumnType.FLOAT: pa.float64(),
    ColumnType.BOOLEAN: pa.bool_(),
    ColumnType.DATE: pa.date32(),
}


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


@dataclass(frozen=True)
class RareCategories:
    """Replace categories seen fewer than ``min_count`` times by a broader group.

    :param min_count: a category with fewer rows than this is rare.
    :param groups: rare category → broader group; a rare category not listed becomes ``other``.
    :param other: the catch-all group.
    """

    min_count: int
    groups: Mapping[str, str] = field(default_factory=dict)
    other: str = "Other"

    def labels(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.groups.values(), self.other]))


Generalisation = NumericBands | RareCategories


@dataclass(frozen=True)
class ColumnSpec:
    """One declared column of the source CSV and what becomes of it.

    :param name: the CSV header.
    :param type: the logical type of the source values.
    :param role: what anonymisation does.
    :param output: the column name in the anonymised table (default: ``name``).
    :param nullable: whether an empty cell is allowed.
    :param allowed: the allowed source values (strings as written in the CSV), or ``None``.
    :param generalise: the generalisation rule (quasi-identifiers only).
    """

    name: str
    type: ColumnType
    role: ColumnRole
    output: str
    nullable: bool = False
    allowed: tuple[str, ...] | None = None
    generalise: Generalisation | None = None

    @property
    def output_type(self) -> ColumnType:
        """The logical type in the anonymised table (bands and participant markers are strings)."""
        if self.role in (ColumnRole.PARTICIPANT, ColumnRole.FREE_TEXT):
            return ColumnType.STRING
        if isinstance(self.generalise, NumericBands):
            return ColumnType.STRING
        return self.type

    @property
    def output_allowed(self) -> tuple[Any, ...] | None:
        """Allowed values in the anonymised table (typed), or ``None`` when not constrained."""
        if isinstance(self.generalise, NumericBands):
            labels = self.generalise.labels()
            return labels or None
        if self.allowed is None:
            return None
        if isinstance(self.generalise, RareCategories):
            return tuple(dict.fromkeys([*self.allowed, *self.generalise.labels()]))
        parse = _PARSERS[self.output_type]
        return tuple(dict.fromkeys(parse(v.strip()) for v in self.allowed))


@dataclass(frozen=True)
class DatasetSchema:
    """A dataset policy: the declared columns, k for k-anonymity and row-count bounds."""

    name: str
    version: int
    columns: tuple[ColumnSpec, ...]
    k: int = 5
    min_rows: int | None = None
    max_rows: int | None = None
    #: where the schema was loaded from (for messages); ``None`` when built in code
    source: str | None = None

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
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)


# ---------------------------------------------------------------------------------------------
# loading the TOML policy (fail closed: every problem is a PolicyError naming file and key)

_TOP_KEYS = ("version", "name", "k", "rows", "columns")
_ROWS_KEYS = ("min", "max")
_COLUMN_KEYS = ("name", "type", "role", "output", "nullable", "allowed", "generalise")
_BANDS_KEYS = ("bands", "top", "start")
_RARE_KEYS = ("rare_below", "groups", "other")
_WHAT = "dataset schema"
_SEE = "see the comments in the project's policies/datasets/survey.toml"


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

    raw_columns = data.get("columns")
    if not isinstance(raw_columns, list) or not raw_columns:
        raise doc.error("no [[columns]] tables", key="columns",
                        hint="declare each column of the CSV in a [[columns]] table")
    columns = tuple(_parse_column(doc, i, c) for i, c in enumerate(raw_columns))
    seen: set[str] = set()
    outputs: set[str] = set()
    for i, col in enumerate(columns):
        if col.name in seen:
            raise doc.error(f"[[columns]] #{i + 1} repeats the column {col.name!r}",
                            table=f"columns[{i}]", key="name",
                            hint="declare each column of the CSV once")
        seen.add(col.name)
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
                         max_rows=max_rows, source=doc.source)


def _parse_column(doc: PolicyDocument, i: int, raw: Any) -> ColumnSpec:
    table = f"columns[{i}]"
    label = f"[[columns]] #{i + 1}"
    if not isinstance(raw, Mapping):
        raise doc.error(f"{label} must be a table", key="columns", hint=_SEE)
    if isinstance(raw.get("name"), str) and raw["name"].strip():
        label = f"[[columns]] {raw['name']!r}"
    doc.reject_unknown(raw, _COLUMN_KEYS, table=table, label=label)
    if "name" not in raw:
        raise doc.missing("name", table=table, label=label,
                          hint="add name = the column's header in the CSV")
    name = raw["name"]
    if not isinstance(name, str) or not name.strip():
        raise doc.invalid("name", "must be a non-empty string", table=table, label=label,
                          hint="write the column's header in the CSV")
    types = [t.value for t in ColumnType]
    try:
        ctype = ColumnType(raw.get("type", "string"))
    except ValueError:
        raise doc.unknown_value("type", raw.get("type"), types, key="type", table=table,
                                label=label) from None
    roles = [r.value for r in ColumnRole]
    if "role" not in raw:
        raise doc.missing("role", table=table, label=label,
                          hint=f"add role = one of: {', '.join(roles)}")
    try:
        role = ColumnRole(raw["role"])
    except ValueError:
        raise doc.unknown_value("role", raw["role"], roles, key="role", table=table,
                                label=label) from None

    def invalid(key: str, what: str) -> PolicyError:
        return doc.invalid(key, what, table=table, label=label, hint=_SEE)

    output = raw.get("output", name)
    if not isinstance(output, str) or not output.strip():
        raise invalid("output", "must be a non-empty string")
    nullable = raw.get("nullable", False)
    if not isinstance(nullable, bool):
        raise invalid("nullable", "must be true or false")
    allowed = raw.get("allowed")
    if allowed is not None:
        if (not isinstance(allowed, list) or not allowed
                or not all(isinstance(v, str) for v in allowed)):
            raise invalid("allowed", "must be a non-empty list of strings")
        allowed = tuple(allowed)
        if role is not ColumnRole.QUASI_IDENTIFIER or ctype is not ColumnType.STRING:
            for value in allowed:
                try:
                    _PARSERS[ctype](value.strip())
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
                      allowed=allowed, generalise=generalise)


def _parse_generalise(doc: PolicyDocument, raw: Any, ctype: ColumnType, table: str,
                      label: str) -> Generalisation:
    def invalid(key: str, what: str) -> PolicyError:
        return doc.invalid(key, what, table=table, label=label, hint=_SEE)

    if not isinstance(raw, Mapping):
        raise doc.error(f"{label} must be a table", table=table, hint=_SEE)
    doc.reject_unknown(raw, _BANDS_KEYS + _RARE_KEYS, table=table, label=label)
    if "bands" in raw:
        if set(raw) & set(_RARE_KEYS):
            raise doc.error(f"{label} has both bands and rare_below", table=table,
                            hint="use bands for numbers, or rare_below for categories")
        if ctype not in (ColumnType.INTEGER, ColumnType.FLOAT):
            raise invalid("bands", "need an integer or float column")
        width, top, start = raw["bands"], raw.get("top"), raw.get("start", 0)
        if not _is_int(width) or width < 1:
            raise invalid("bands", "must be a positive integer (band width)")
        if top is not None and (not _is_int(top) or top <= start):
            raise invalid("top", "must be an integer above start")
        if not _is_int(start):
            raise invalid("start", "must be an integer")
        return NumericBands(width=width, top=top, start=start)
    if "rare_below" in raw:
        if ctype is not ColumnType.STRING:
            raise invalid("rare_below", "needs a string column")
        min_count, groups, other = raw["rare_below"], raw.get("groups", {}), raw.get("other",
                                                                                    "Other")
        if not _is_int(min_count) or min_count < 1:
            raise invalid("rare_below", "must be a positive integer")
        if not isinstance(groups, Mapping) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in groups.items()):
            raise invalid("groups", "must map category names to group names (strings)")
        if not isinstance(other, str) or not other:
            raise invalid("other", "must be a non-empty string")
        return RareCategories(min_count=min_count, groups=dict(groups), other=other)
    raise doc.missing("bands", table=table, label=label,
                      hint="add bands = <width> for numbers, or rare_below = <count> for "
                           "categories")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# ---------------------------------------------------------------------------------------------
# reading the CSV export

def read_survey_csv(data: bytes, *, name: str) -> pa.Table:
    """Parse a questionnaire export into a table of string columns (empty cell → null).

    Handles a UTF-8 byte-order mark, ``,`` ``;`` tab and ``|`` delimiters (sniffed from the
    header) and quoted cells spanning lines.

    :param data: the file's bytes.
    :param name: the file name, used in messages.
    :raises InputError: not UTF-8, empty, no header, duplicate headers, or a row whose field
        count differs from the header (the message gives the row number and column name,
        never a cell value).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: file is UTF-16; export the survey as UTF-8 CSV")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(f"{name}: line {line} is not valid UTF-8",
                         hint="export the survey as UTF-8 CSV") from exc
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise InputError(f"{name}: row 1 (header): malformed CSV ({exc})") from exc
    header = [h.strip() for h in header]
    for pos, col in enumerate(header, start=1):
        if not col:
            raise InputError(f"{name}: row 1 (header): column {pos} has no name")
    dupes = [c for c, n in Counter(header).items() if n > 1]
    if dupes:
        raise InputError(f"{name}: row 1 (header): duplicate column {dupes[0]!r}")
    columns: list[list[str | None]] = [[] for _ in header]
    row_no = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error:
            # csv's message can quote the offending text: report only position information
            raise InputError(f"{name}: row {row_no + 1} (line {reader.line_num}): "
                             "malformed quoting") from None
        if not record or (len(record) == 1 and record[0] == ""):
            continue  # blank line: not a row (rows are numbered as in a spreadsheet)
        row_no += 1
        if len(record) != len(header):
            if len(record) < len(header):
                missing = header[len(record)]
                raise InputError(
                    f"{name}: row {row_no} (line {reader.line_num}): {len(record)} fields, "
                    f"expected {len(header)}; column {missing!r} is missing")
            raise InputError(
                f"{name}: row {row_no} (line {reader.line_num}): {len(record)} fields, "
                f"expected {len(header)}; extra field after column {header[-1]!r}")
        for values, cell in zip(columns, record):
            values.append(cell if cell.strip() != "" else None)
    return pa.table({col: pa.array(vals, type=pa.string()) for col, vals in zip(header, columns)})


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line into the most fields (quotes respected)."""
    first = text.split("\n", 1)[0]
    best, best_n = ",", 0
    for delim in DELIMITERS:
        try:
            n = len(next(csv.reader([first], delimiter=delim)))
        except (csv.Error, StopIteration):
            continue
        if n > best_n:
            best, best_n = delim, n
    return best


# ---------------------------------------------------------------------------------------------
# the anonymising transform

_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0"}


def anonymise_table(table: pa.Table, schema: DatasetSchema, *,
                    identify: Callable[[str], str],
                    redact_texts: Callable[[list[str]], Sequence[str]]) -> pa.Table:
    """Apply the schema to a raw (string) table: drop, map, redact, generalise and type.

    :param table: the raw table from :func:`read_survey_csv` (string columns).
    :param schema: the dataset schema.
    :param identify: participant identifier (e.g. email) → stable internal marker; raise
        :class:`vault.errors.ParticipantError` for an unknown participant.
    :param redact_texts: a batch of free-text answers → the same number of redacted texts.
    :returns: the anonymised table, columns in schema order under their output names.
    :raises InputError: a declared column is missing, the CSV has undeclared columns, a
        required cell is empty, a value does not parse as its type or is not allowed (the
        message names row and column, never the value).
    """
    declared = [c.name for c in schema.columns]
    missing = [c for c in declared if c not in table.column_names]
    if missing:
        raise InputError(f"dataset {schema.name}: column {missing[0]!r} declared in the schema "
                         "is missing from the file")
    extra = [c for c in table.column_names if c not in declared]
    if extra:
        # fail closed: an undeclared column could carry identifiers nobody reviewed
        raise InputError(f"dataset {schema.name}: column {extra[0]!r} is not declared in the "
                         "schema", hint="declare it (role = \"identity\" drops it) and rerun")
    out: dict[str, pa.Array] = {}
    for spec in schema.columns:
        if spec.role is ColumnRole.IDENTITY:
            continue
        raw = table.column(spec.name).to_pylist()
        _check_nulls(raw, spec, schema)
        if spec.role is ColumnRole.PARTICIPANT:
            out[spec.output] = pa.array([None if v is None else identify(v.strip()) for v in raw],
                                        type=pa.string())
        elif spec.role is ColumnRole.FREE_TEXT:
            out[spec.output] = _redact(raw, spec, redact_texts)
        else:
            values = _typed(raw, spec, schema)
            if spec.allowed is not None:
                _check_allowed(raw, spec, schema)
            if isinstance(spec.generalise, NumericBands):
                bands = spec.generalise
                out[spec.output] = pa.array(
                    [None if v is None else bands.label(v) for v in values], type=pa.string())
            elif isinstance(spec.generalise, RareCategories):
                out[spec.output] = pa.array(_group_rare(values, spec.generalise),
                                            type=pa.string())
            else:
                out[spec.output] = pa.array(values, type=spec.type.arrow_type)
    return pa.table(out)


def _check_nulls(raw: list[str | None], spec: ColumnSpec, schema: DatasetSchema) -> None:
    if spec.nullable:
        return
    for i, v in enumerate(raw):
        if v is None:
            raise InputError(f"dataset {schema.name}: row {i + 2}: column {spec.name!r} is empty "
                             "but not nullable")


def _check_allowed(raw: list[str | None], spec: ColumnSpec, schema: DatasetSchema) -> None:
    allowed = set(spec.allowed or ())
    for i, v in enumerate(raw):
        if v is not None and v.strip() not in allowed:
            raise InputError(f"dataset {schema.name}: row {i + 2}: column {spec.name!r} has a "
                             "value outside its allowed set")


def _typed(raw: list[str | None], spec: ColumnSpec, schema: DatasetSchema) -> list[Any]:
    parse = _PARSERS[spec.type]
    out: list[Any] = []
    for i, v in enumerate(raw):
        if v is None:
            out.append(None)
            continue
        try:
            out.append(parse(v.strip()))
        except ValueError:
            raise InputError(f"dataset {schema.name}: row {i + 2}: column {spec.name!r} is not "
                             f"a valid {spec.type.value}") from None
    return out


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
}


def _group_rare(values: list[Any], rule: RareCategories) -> list[str | None]:
    counts = Counter(v for v in values if v is not None)
    out: list[str | None] = []
    for v in values:
        if v is None:
            out.append(None)
        elif counts[v] < rule.min_count:
            out.append(rule.groups.get(v, rule.other))
        else:
            out.append(v)
    return out


def _redact(raw: list[str | None], spec: ColumnSpec,
            redact_texts: Callable[[list[str]], Sequence[str]]) -> pa.Array:
    texts = [v for v in raw if v is not None]
    redacted = list(redact_texts(texts)) if texts else []
    if len(redacted) != len(texts):
        raise InputError(f"column {spec.name!r}: the anonymiser returned {len(redacted)} texts "
                         f"for {len(texts)}", hint="this is a bug in the injected redactor")
    it = iter(redacted)
    return pa.array([None if v is None else next(it) for v in raw], type=pa.string())
