"""Listings: every command that lists things prints the same shape.

For people, aligned columns under an upper-case header (:func:`table`): no value runs into the
next column, numbers are right-aligned, an empty cell is ``-``, every cell is printed escaped
(:func:`vault.errors.printable`). For machines, ``--json`` (or ``vault --json …``) prints
the listing's one documented schema (``docs/json.md``): a JSON array of one object per row,
except the two reports ``retention status`` and ``retention plan``, which are one object.

    @click.command("list")
    @listing("items")                      # adds --json; docs/json.md has `items`
    def list_command() -> None:
        emit([i.to_json() for i in items],
             lambda: table(("ID", "CLASS"), [(i.id, i.data_class) for i in items],
                           empty="no items"))
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, TypeVar

from vault.commands._app import json_option
from vault.errors import printable

F = TypeVar("F", bound=Callable[..., Any])

#: the attribute a listing's callback carries: the name of its schema in docs/json.md
SCHEMA_ATTR = "vault_json_schema"
#: between two columns
GAP = "  "


def listing(schema: str) -> Callable[[F], F]:
    """Mark a command as a listing whose ``--json`` follows ``schema`` (docs/json.md), and
    give it ``--json``. Put it below ``@click.command``."""

    def mark(func: F) -> F:
        setattr(func, SCHEMA_ATTR, schema)
        return json_option(func, help=f"Print JSON instead of the table: schema `{schema}` "
                                      "in docs/json.md.")

    return mark


def _cell(value: Any) -> str:
    if value is None or value == "":
        return "-"
    return printable(str(value))


def _numeric(values: Iterable[Any]) -> bool:
    present = [v for v in values if v is not None]
    return bool(present) and all(isinstance(v, int | float) and not isinstance(v, bool)
                                 for v in present)


def table(header: Sequence[str], rows: Iterable[Sequence[Any]], *, empty: str,
          right: Collection[int] = ()) -> str:
    """Rows as aligned columns under ``header`` (upper-cased), or ``empty`` when there are none.

    :param right: indexes of columns to right-align besides the numeric ones (sizes).
    """
    raw = [list(row) for row in rows]
    if not raw:
        return empty
    columns = list(zip(*raw, strict=True)) if raw else []
    aligned_right = {i for i, values in enumerate(columns) if _numeric(values)} | set(right)
    cells = [[h.upper() for h in header]] + [[_cell(v) for v in row] for row in raw]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for row in cells:
        parts = [row[i].rjust(widths[i]) if i in aligned_right else row[i].ljust(widths[i])
                 for i in range(len(header))]
        lines.append(GAP.join(parts).rstrip())
    return "\n".join(lines)
