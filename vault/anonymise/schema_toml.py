"""Writing a dataset schema as TOML: drafts for a steward, and the schema an import really used.

:func:`dump_schema` is the inverse of :func:`vault.anonymise.dataset.schema_from_bytes`:
``schema_from_bytes(dump_schema(s).encode(), source=…)`` gives ``s`` back (the tests check it).
Comments can be attached before the schema and before any column, so a drafted schema explains
itself::

    text = dump_schema(schema, header=["Drafted from export.csv"],
                       notes={"years_in_role": ["1 cell does not fit integer"]})
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from vault.anonymise.dataset import (
    ColumnSpec,
    ColumnType,
    DatasetSchema,
    InvalidCells,
    NumericBands,
    RareCategories,
    SourceFormat,
)

__all__ = ["dump_schema", "toml_string"]


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; non-ASCII is written as it is)."""
    return json.dumps(text, ensure_ascii=False)


def _key(name: str) -> str:
    bare = name.replace("_", "").replace("-", "").isalnum() and name.isascii()
    return name if bare else toml_string(name)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, Sequence):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(type(value))


def _comment(lines: Sequence[str]) -> list[str]:
    return [f"# {ln}".rstrip() for text in lines for ln in text.splitlines() or [""]]


def dump_schema(schema: DatasetSchema, *, header: Sequence[str] = (),
                notes: Mapping[str, Sequence[str]] | None = None) -> str:
    """The schema as TOML text.

    :param header: comment lines written first.
    :param notes: column name → comment lines written above that column.
    """
    notes = notes or {}
    out = _comment(header)
    if out:
        out.append("")
    out += ["version = 1", f"name = {toml_string(schema.name)}"]
    if schema.title is not None:
        out.append(f"title = {toml_string(schema.title)}")
    if schema.format is not SourceFormat.CSV:
        out.append(f"format = {toml_string(schema.format.value)}")
    out.append(f"k = {schema.k}")
    if schema.on_invalid is not InvalidCells.REFUSE:
        out.append(f"on_invalid = {toml_string(schema.on_invalid.value)}")
    if schema.min_rows is not None or schema.max_rows is not None:
        out += ["", "[rows]"]
        if schema.min_rows is not None:
            out.append(f"min = {schema.min_rows}")
        if schema.max_rows is not None:
            out.append(f"max = {schema.max_rows}")
    if schema.suppress or schema.max_suppressed_percent is not None:
        out += ["", "[anonymity]", f"suppress = {_value(schema.suppress)}"]
        if schema.max_suppressed_percent is not None:
            out.append(f"max_suppressed_percent = {_value(schema.max_suppressed_percent)}")
    for column in schema.columns:
        out.append("")
        out += _comment(notes.get(column.name, ()))
        out += _column(column)
    return "\n".join(out) + "\n"


def _column(c: ColumnSpec) -> list[str]:
    lines = ["[[columns]]", f"name = {toml_string(c.name)}"]
    if c.source is not None:
        lines.append(f"source = {_value(list(c.source) if isinstance(c.source, tuple) else c.source)}")
    if c.question is not None:
        lines.append(f"question = {toml_string(c.question)}")
    if c.group is not None:
        lines.append(f"group = {toml_string(c.group)}")
    if c.type is not ColumnType.STRING:
        lines.append(f"type = {toml_string(c.type.value)}")
    lines.append(f"role = {toml_string(c.role.value)}")
    if c.output != c.name:
        lines.append(f"output = {toml_string(c.output)}")
    if c.nullable:
        lines.append("nullable = true")
    if c.on_invalid is not None:
        lines.append(f"on_invalid = {toml_string(c.on_invalid.value)}")
    if c.allowed is not None:
        lines.append(f"allowed = {_value(list(c.allowed))}")
    if c.codes is not None:
        lines.append("[columns.codes]")
        lines += [f"{_key(k)} = {toml_string(v)}" for k, v in c.codes.items()]
    rule = c.generalise
    if isinstance(rule, NumericBands):
        lines += ["[columns.generalise]", f"bands = {rule.width}"]
        if rule.top is not None:
            lines.append(f"top = {rule.top}")
        if rule.start:
            lines.append(f"start = {rule.start}")
    elif isinstance(rule, RareCategories):
        lines.append("[columns.generalise]")
        if rule.min_count is not None:
            lines.append(f"rare_below = {rule.min_count}")
        lines.append(f"other = {toml_string(rule.other)}")
        if rule.groups:
            lines.append("[columns.generalise.groups]")
            lines += [f"{_key(k)} = {toml_string(v)}" for k, v in rule.groups.items()]
    return lines
