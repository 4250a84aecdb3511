"""Drafting a dataset schema from a survey export, for a steward to review.

:func:`draft_schema` reads an export as the tool wrote it (and, for REDCap, its data
dictionary) and returns schema TOML in which every column is already declared::

    text = draft_schema(Path("export.csv"), SourceFormat.SURVEYMONKEY, name="mentoring")

What the draft decides, each decision explained by a comment above the column:

* **names** — short snake_case names from the question wording (``years_in_role``); checkbox
  options become ``<question>_<option>``, "other" text boxes ``<question>_other``;
* **identity columns dropped** — the tool's respondent metadata (IP address, names, e-mail,
  respondent and collector ids, custom data, dates, location; REDCap fields marked
  identifiers); the e-mail becomes the ``participant`` column (only a participant's marker is
  kept) unless ``link_participants=False``;
* **checkbox groups** — one boolean column per option, the options sharing a ``group``;
* **"other" and open answers** — ``free_text`` (redacted);
* **likely quasi-identifiers** — role, region, years, age, gender, organisation, specialty,
  ethnicity — with a first generalisation (bands of 5 years, rare categories to ``Other``);
* **types** — from the answers (integer, float, yes/no, dates), with a count of the cells that
  do not fit (never the cells): the import refuses them unless the steward sets
  ``on_invalid = "null"``;
* **question wording** — ``question`` on every answer column, for the codebook.

Only a sample of rows is read (:data:`SAMPLE_ROWS`), so drafting a large export is quick. The
draft contains answer options seen in the export (``allowed``) but no free-text answers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from vault.anonymise.dataset import (
    ColumnRole,
    ColumnSpec,
    ColumnType,
    DatasetSchema,
    Generalisation,
    NumericBands,
    RareCategories,
    SourceFormat,
)
from vault.anonymise.schema_toml import dump_schema
from vault.anonymise.transform import parse_column
from vault.errors import InputError
from vault.surveys import qualtrics, surveymonkey
from vault.surveys.layout import ExportColumn, ExportLayout
from vault.surveys.naming import column_name, concept, slug, unique_name
from vault.surveys.reader import Source, iter_batches, read_layout
from vault.surveys.redcap import IDENTITY_FIELDS, RedcapDictionary, read_dictionary

__all__ = ["SAMPLE_ROWS", "draft_from_files", "draft_schema"]

#: rows read to infer types and options
SAMPLE_ROWS = 50_000
#: a text column with at most this many distinct answers is a category (else free text)
MAX_CATEGORIES = 30
_OTHER_WORDS = ("other", "please specify")
_EMAIL_HINTS = ("email", "e-mail")


@dataclass
class _Draft:
    """One column being drafted."""

    col: ExportColumn
    name: str
    role: ColumnRole
    type: ColumnType = ColumnType.STRING
    question: str | None = None
    group: str | None = None
    nullable: bool = False
    allowed: tuple[str, ...] | None = None
    generalise: Generalisation | None = None
    codes: dict[str, str] | None = None
    notes: list[str] = field(default_factory=list)
    #: the tool says this is a typed-in answer: text answers are free text, not categories
    open_ended: bool = False


def draft_schema(export: Source, fmt: SourceFormat, *, name: str = "survey",
                 dictionary: bytes | None = None, k: int = 5,
                 link_participants: bool = True, file_name: str | None = None) -> str:
    """A reviewed-ready schema (TOML text) for ``export``.

    :param fmt: the export's tool.
    :param name: the schema's (and dataset's) name.
    :param dictionary: REDCap's data dictionary CSV (required for ``redcap``).
    :param k: the k-anonymity threshold written into the schema.
    :param link_participants: draft the e-mail as the ``participant`` column (else dropped).
    :raises InputError: an unusable export or dictionary, or REDCap without its dictionary.
    """
    layout = read_layout(export, fmt, name=file_name)
    if fmt is SourceFormat.REDCAP and dictionary is None:
        raise InputError(f"{layout.name}: a REDCap export needs its data dictionary",
                         hint="pass --dictionary DataDictionary.csv")
    rc = read_dictionary(dictionary, name="data dictionary") if dictionary is not None else None
    sample = _sample(export, layout)
    drafts = _columns(layout, rc, link_participants)
    taken: set[str] = set()
    for d in drafts:
        d.name = unique_name(d.name, taken)
        _infer(d, sample.column(f"c{d.col.position}"), k)
    participant = [d for d in drafts if d.role is ColumnRole.PARTICIPANT]
    for extra in participant[1:]:  # one participant column: the first e-mail
        extra.role = ColumnRole.IDENTITY
        extra.notes = ["a second e-mail column: dropped"]
    columns = tuple(_spec(d, fmt) for d in drafts)
    schema = DatasetSchema(name=name, version=1, columns=columns, k=k, min_rows=k,
                           format=fmt, title=None)
    header = [
        f"Dataset schema drafted by `vault dataset schema draft` from {layout.name}",
        f"({fmt.value} export, {sample.num_rows} row(s) read). REVIEW EVERY COLUMN before",
        "`vault dataset import`: roles, the quasi-identifiers and their generalisation, the",
        "allowed answers. Every key is described in docs/schema.md.",
    ]
    notes = {d.name: d.notes for d in drafts if d.notes}
    return dump_schema(schema, header=header, notes=notes)


def _sample(export: Source, layout: ExportLayout) -> pa.Table:
    batches = []
    rows = 0
    for _row, batch in iter_batches(export, layout):
        batches.append(batch)
        rows += batch.num_rows
        if rows >= SAMPLE_ROWS:
            break
    names = [f"c{c.position}" for c in layout.columns]
    if not batches:
        return pa.table({n: pa.array([], pa.string()) for n in names})
    return pa.Table.from_batches(batches).slice(0, SAMPLE_ROWS)


def _is_other(text: str | None) -> bool:
    low = (text or "").lower()
    return any(w in low for w in _OTHER_WORDS)


def _columns(layout: ExportLayout, rc: RedcapDictionary | None, link: bool) -> list[_Draft]:
    if layout.format is SourceFormat.SURVEYMONKEY:
        return [_surveymonkey(c, link) for c in layout.columns]
    if layout.format is SourceFormat.QUALTRICS:
        return [_qualtrics(c, link) for c in layout.columns]
    if layout.format is SourceFormat.REDCAP:
        assert rc is not None
        return [_redcap(c, rc, link) for c in layout.columns]
    return [_plain(c, link) for c in layout.columns]


def _identity(col: ExportColumn, name: str, why: str) -> _Draft:
    return _Draft(col, name, ColumnRole.IDENTITY, notes=[why])


def _participant(col: ExportColumn, link: bool) -> _Draft:
    if not link:
        return _identity(col, "email", "e-mail address: identifies the respondent; dropped")
    return _Draft(col, "email", ColumnRole.PARTICIPANT, nullable=True, notes=[
        "e-mail address: links respondents to the participant register; the address itself",
        "is dropped, only the participant's marker is kept (its code is rendered at release).",
        "Respondents not in the register stay unlinked (nullable). Use role = \"identity\"",
        "to drop it without linking."])


def _surveymonkey(col: ExportColumn, link: bool) -> _Draft:
    question = col.question or ""
    answer = col.answer or ""
    if question in surveymonkey.IDENTITY_COLUMNS or question.startswith("Custom Data"):
        if question == "Email Address":
            return _participant(col, link)
        return _identity(col, slug(question), f"SurveyMonkey metadata ({question}): "
                         "identifies the respondent or their session; dropped")
    base = column_name(question)
    if answer in surveymonkey.SINGLE_ANSWERS:
        return _Draft(col, base, ColumnRole.KEEP, question=question,
                      open_ended=answer == "Open-Ended Response")
    if _is_other(answer):
        return _Draft(col, f"{base}_other", ColumnRole.FREE_TEXT, question=f"{question} "
                      f"— {answer}", group=base, nullable=True,
                      notes=["\"other\" text box: free text, redacted"])
    return _Draft(col, _option_name(base, answer), ColumnRole.KEEP,
                  type=ColumnType.CHECKBOX, question=f"{question} — {answer}", group=base)


def _option_name(group: str, option: str) -> str:
    """A checkbox option's column: ``models_grow``; the "other" tick ``models_other_option``
    (``models_other`` is the text box)."""
    return f"{group}_other_option" if _is_other(option) else f"{group}_{slug(option, words=2)}"


def _qualtrics(col: ExportColumn, link: bool) -> _Draft:
    key = str(col.key)
    if key in qualtrics.IDENTITY_COLUMNS:
        if key == "RecipientEmail":
            return _participant(col, link)
        return _identity(col, slug(key.replace("Recipient", "recipient ")),
                         f"Qualtrics metadata ({key}): identifies the respondent, their "
                         "session or their place; dropped")
    question = col.question or key
    base = column_name(question)
    option = col.answer
    if key.endswith("_TEXT") and _is_other(option):
        return _Draft(col, f"{base}_other", ColumnRole.FREE_TEXT,
                      question=f"{question} — {option.removesuffix(' - Text') if option else ''}",
                      group=base, nullable=True,
                      notes=["\"other\" text box: free text, redacted"])
    if option and col.import_id and "_" in col.import_id and not key.endswith("_TEXT"):
        return _Draft(col, _option_name(base, option), ColumnRole.KEEP,
                      type=ColumnType.CHECKBOX, question=f"{question} — {option}", group=base)
    return _Draft(col, base, ColumnRole.KEEP, question=question,
                  open_ended=(col.import_id or "").endswith("_TEXT"))


def _redcap(col: ExportColumn, rc: RedcapDictionary, link: bool) -> _Draft:
    key = str(col.key)
    found, code = rc.column(key)
    if key in IDENTITY_FIELDS or key.endswith(("_complete", "_timestamp")):
        return _identity(col, key, "REDCap record or survey metadata: dropped")
    if found is None:
        return _identity(col, key, "not in the data dictionary: dropped (review)")
    if found.validation == "email" or any(h in key.lower() for h in _EMAIL_HINTS):
        return _participant(col, link)
    if found.identifier:
        return _identity(col, key, "marked an identifier in the REDCap data dictionary; "
                         "dropped")
    if code is not None:
        label = found.choices.get(code, code)
        return _Draft(col, _option_name(found.name, label), ColumnRole.KEEP,
                      type=ColumnType.CHECKBOX, question=f"{found.label} — {label}",
                      group=found.name)
    d = _Draft(col, key, ColumnRole.KEEP, question=found.label,
               open_ended=found.type in ("text", "notes"))
    if found.type in ("radio", "dropdown") and found.choices:
        d.codes = dict(found.choices)
    elif found.type in ("yesno", "truefalse"):
        d.type = ColumnType.BOOLEAN
    elif found.type == "notes":
        d.role = ColumnRole.FREE_TEXT
    elif found.validation in ("integer",):
        d.type = ColumnType.INTEGER
    elif found.validation in ("number", "number_1dp", "number_2dp"):
        d.type = ColumnType.FLOAT
    elif found.validation.startswith("date_ymd"):
        d.type = ColumnType.DATE
    if _is_other(found.label) and d.role is ColumnRole.KEEP and d.type is ColumnType.STRING:
        d.role = ColumnRole.FREE_TEXT
        d.notes = ["\"other\" text box: free text, redacted"]
    return d


def _plain(col: ExportColumn, link: bool) -> _Draft:
    key = str(col.key)
    if any(h in key.lower() for h in _EMAIL_HINTS):
        return _participant(col, link)
    if key.lower() in ("name", "first name", "last name", "full name", "ip address",
                       "phone", "telephone", "address", "postcode"):
        return _identity(col, slug(key), "identifies the respondent: dropped")
    return _Draft(col, slug(key, words=4) if not key.isidentifier() else key, ColumnRole.KEEP,
                  question=None)


def _infer(d: _Draft, values: pa.ChunkedArray, k: int) -> None:
    """Type, nullability, options and quasi-identifier flag from the sampled answers."""
    present = values.drop_null()
    d.nullable = d.nullable or values.null_count > 0 or d.type is ColumnType.CHECKBOX
    if d.role in (ColumnRole.IDENTITY, ColumnRole.PARTICIPANT) or d.type is ColumnType.CHECKBOX:
        d.nullable = d.nullable and d.type is not ColumnType.CHECKBOX
        return
    if d.role is ColumnRole.FREE_TEXT:
        d.nullable = True
        return
    text = pc.utf8_trim_whitespace(present.combine_chunks()) if len(present) else \
        pa.array([], pa.string())
    if d.codes is None and d.type is ColumnType.STRING and len(text):
        d.type = _guess_type(text)
    if d.type is not ColumnType.STRING and len(text):
        _typed_values, bad = parse_column(text, d.type)
        misfits = pc.sum(bad).as_py() or 0
        if misfits:
            d.notes.append(f"{misfits} answer(s) do not fit {d.type.value}: the import refuses "
                           "them unless this column sets on_invalid = \"null\" (then they are "
                           "nulled and counted)")
            d.nullable = True
    distinct = pc.unique(text) if len(text) else pa.array([], pa.string())
    if d.type is ColumnType.STRING and d.codes is None:
        if d.open_ended or (len(distinct) > MAX_CATEGORIES
                            and len(distinct) > len(text) // 2):
            d.role = ColumnRole.FREE_TEXT
            d.nullable = True
            d.notes.append("open answers: free text, redacted")
            return
        if len(distinct) and len(distinct) <= MAX_CATEGORIES:
            d.allowed = tuple(sorted(str(v) for v in distinct.to_pylist()))
    found = concept(d.question or d.name)
    if found is not None and found.quasi_identifier and d.role is ColumnRole.KEEP:
        d.role = ColumnRole.QUASI_IDENTIFIER
        d.notes.append(f"likely quasi-identifier ({found.name}): part of the k-anonymity key; "
                       "review its generalisation")
        if d.type in (ColumnType.INTEGER, ColumnType.FLOAT):
            d.generalise = NumericBands(width=10 if found.name == "age" else 5)
        elif d.type is ColumnType.STRING:
            d.generalise = RareCategories(min_count=k)


def _guess_type(text: pa.Array) -> ColumnType:
    """The type most answers fit (at least 80%; the misfits are counted in a note)."""
    best, best_ok = ColumnType.STRING, 0.0
    for ctype in (ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.BOOLEAN, ColumnType.DATE):
        _values, bad = parse_column(text, ctype)
        ok = 1 - (pc.sum(bad).as_py() or 0) / len(text)
        if ok >= 0.8 and ok > best_ok:
            best, best_ok = ctype, ok
    return best


def _spec(d: _Draft, fmt: SourceFormat) -> ColumnSpec:
    source: Any = None
    if fmt is not SourceFormat.CSV or d.name != d.col.key:
        source = d.col.key
    output = "participant" if d.role is ColumnRole.PARTICIPANT else d.name
    return ColumnSpec(name=d.name, type=d.type, role=d.role, output=output,
                      nullable=d.nullable, allowed=d.allowed, generalise=d.generalise,
                      source=source, question=d.question, group=d.group, codes=d.codes)


def draft_from_files(export: Path, fmt: SourceFormat, *, name: str,
                     dictionary: Path | None = None, k: int = 5,
                     link_participants: bool = True) -> str:
    """:func:`draft_schema` on files (the CLI's entry point).

    :raises InputError: an unreadable export or dictionary.
    """
    raw = None
    if dictionary is not None:
        try:
            raw = dictionary.read_bytes()
        except OSError as exc:
            raise InputError(f"{dictionary.name}: cannot be read ({exc.strerror})") from exc
    return draft_schema(export, fmt, name=name, dictionary=raw, k=k,
                        link_participants=link_participants)
