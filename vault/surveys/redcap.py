"""REDCap: the data export CSV and its data dictionary.

A REDCap data export has one header row of field names (``record_id``, ``job_role``,
``models___1`` for option 1 of checkbox field ``models``, ``survey_complete``); a raw export
holds choice codes (``1``, ``2``), a labels export the choice labels. The data dictionary (a
CSV from Project Setup → Data Dictionary) says, per field, its type (``text``, ``notes``,
``radio``, ``dropdown``, ``checkbox``, ``yesno``, ``truefalse``, ``calc``, ``descriptive``), its
label (the question), its choices (``1, GP | 2, Consultant``), its text validation
(``integer``, ``number``, ``date_ymd``, ``email``) and whether it is marked an identifier.

A column is known by its field name: a schema's ``source = "models___1"``::

    dictionary = read_dictionary(Path("DataDictionary.csv").read_bytes(), name="dd.csv")
    dictionary.field("job_role").choices      # {"1": "GP", "2": "Consultant", …}
"""
from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from vault.errors import InputError
from vault.surveys.layout import ExportColumn

__all__ = ["CHECKBOX_SEPARATOR", "IDENTITY_FIELDS", "DictionaryField", "RedcapDictionary",
           "export_columns", "read_dictionary"]

#: between a checkbox field's name and its choice code in the export header
CHECKBOX_SEPARATOR = "___"
#: fields REDCap adds that identify a record or a survey session
IDENTITY_FIELDS = frozenset({"record_id", "redcap_survey_identifier", "redcap_event_name",
                             "redcap_repeat_instrument", "redcap_repeat_instance",
                             "redcap_data_access_group"})
_TAG = re.compile(r"<[^>]*>")

#: dictionary column → the start of its header (REDCap's wording varies across versions)
_DICTIONARY_COLUMNS = {"name": "variable", "form": "form name", "type": "field type",
                       "label": "field label", "choices": "choices",
                       "validation": "text validation type", "identifier": "identifier"}


@dataclass(frozen=True)
class DictionaryField:
    """One field of a REDCap data dictionary."""

    name: str
    form: str
    type: str
    label: str
    choices: Mapping[str, str] = field(default_factory=dict)
    validation: str = ""
    identifier: bool = False


@dataclass(frozen=True)
class RedcapDictionary:
    """A REDCap data dictionary: fields by name."""

    fields: tuple[DictionaryField, ...]

    def field(self, name: str) -> DictionaryField | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    def column(self, column: str) -> tuple[DictionaryField | None, str | None]:
        """The field an export column belongs to, and its checkbox choice code if it is one."""
        found = self.field(column)
        if found is not None:
            return found, None
        base, sep, code = column.rpartition(CHECKBOX_SEPARATOR)
        if sep:
            parent = self.field(base)
            if parent is not None and parent.type == "checkbox":
                return parent, code
        return None, None


def export_columns(rows: list[list[str]], *, name: str) -> list[ExportColumn]:
    """The columns of a REDCap export: its one header row of field names.

    :raises InputError: a column without a name.
    """
    header = rows[0]
    for pos, col in enumerate(header, start=1):
        if not col:
            raise InputError(f"{name}: row 1 (header): column {pos} has no field name")
    return [ExportColumn(key=h, position=i) for i, h in enumerate(header)]


def _plain(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def _choices(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in text.split("|"):
        code, sep, label = part.partition(",")
        if sep and code.strip():
            out[code.strip()] = _plain(label)
    return out


def read_dictionary(data: bytes, *, name: str) -> RedcapDictionary:
    """Parse a REDCap data dictionary CSV.

    :raises InputError: not UTF-8, or a required column (field name, type, label) is missing.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8",
                         hint="download the data dictionary again as CSV") from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"{name}: empty or malformed data dictionary") from exc
    where: dict[str, int] = {}
    for key, prefix in _DICTIONARY_COLUMNS.items():
        for i, h in enumerate(header):
            if h.startswith(prefix):
                where[key] = i
                break
    for key in ("name", "type", "label"):
        if key not in where:
            raise InputError(f"{name}: no {_DICTIONARY_COLUMNS[key]!r} column — is this a "
                             "REDCap data dictionary?")

    def cell(row: list[str], key: str) -> str:
        i = where.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    fields = []
    try:
        for row in reader:
            if not row or not cell(row, "name"):
                continue
            ftype = cell(row, "type").lower()
            fields.append(DictionaryField(
                name=cell(row, "name"), form=cell(row, "form"), type=ftype,
                label=_plain(cell(row, "label")),
                choices=_choices(cell(row, "choices")) if ftype in (
                    "radio", "dropdown", "checkbox") else {},
                validation=cell(row, "validation").lower(),
                identifier=cell(row, "identifier").lower() in ("y", "yes")))
    except csv.Error as exc:
        raise InputError(f"{name}: malformed data dictionary (line {reader.line_num})") from exc
    return RedcapDictionary(tuple(fields))
