"""k-anonymity with a way forward: what fails, what would fix it, and the remedies import applies.

Every combination of a dataset's quasi-identifiers must cover at least ``k`` rows. When it does
not, :func:`assess` says — in counts only, never values — how many rows are in groups that are
too small and, for each quasi-identifier, how many of those rows would be fixed by generalising
it one level further or by dropping it, in the manner of ARX's and sdcMicro's utility/risk
reports::

    report = assess(table, schema)       # table: anonymised (output columns)
    report.ok                            # False
    report.describe()                    # "12 row(s) in 9 group(s) below k=5; generalising
                                         #  years_in_role (bands of 10) fixes 8, …"

The generalisation hierarchy, one level at a time (:func:`coarser_rule`):

* numbers with bands → bands twice as wide (``5`` → ``10``), the open top band kept aligned;
* numbers without bands → bands of 5;
* categories without a rule → categories in fewer than ``k`` rows become ``Other``;
* categories grouped when rare (``rare_below`` with ``groups``) → every category to its group;
* categories folded into ``Other`` when rare (``rare_below`` alone) → the threshold doubled;
* anything else has no further level: drop the column or suppress the rows.

Remedies applied by ``vault dataset import`` (the schema's ``[anonymity]`` table or the
``--generalise``/``--suppress`` flags): :func:`generalise_schema` raises chosen quasi-identifiers
one level before the import runs; :func:`suppress_rare` drops the rows still in groups smaller
than ``k`` and returns how many (recorded in the dataset's import summary and the release
manifest), refusing beyond the schema's ``max_suppressed_percent``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
)
from vault.anonymise.transform import band_labels, group_categories, map_values
from vault.errors import ChecksFailed, PolicyError

__all__ = ["DEFAULT_BAND_WIDTH", "KAnonymityReport", "QuasiIdentifierAdvice", "assess",
           "coarser_rule", "generalise_schema", "group_keys", "suppress_rare"]

#: band width given to a numeric quasi-identifier that had none
DEFAULT_BAND_WIDTH = 5
_SEPARATOR = "\x1f"
_NULL_KEY = "\x00"
_BAND = re.compile(r"^(-?[0-9]+)(?:-|\+$)")


@dataclass(frozen=True)
class QuasiIdentifierAdvice:
    """For one quasi-identifier: rows no longer in a too-small group if it changed."""

    column: str
    #: rows fixed by generalising it one level (``None``: it has no further level)
    generalise_fixes: int | None
    #: what the next level is, e.g. ``bands of 10``
    generalise_to: str | None
    #: rows fixed by dropping it from the release
    drop_fixes: int

    def to_json(self) -> dict[str, Any]:
        return {"column": self.column, "generalise_fixes": self.generalise_fixes,
                "generalise_to": self.generalise_to, "drop_fixes": self.drop_fixes}


@dataclass(frozen=True)
class KAnonymityReport:
    """The k-anonymity of a table over its quasi-identifiers, with remedies (counts only)."""

    k: int
    quasi_identifiers: tuple[str, ...]
    rows: int
    violating_groups: int
    violating_rows: int
    advice: tuple[QuasiIdentifierAdvice, ...] = ()

    @property
    def ok(self) -> bool:
        return self.violating_rows == 0

    def to_json(self) -> dict[str, Any]:
        return {"k": self.k, "quasi_identifiers": list(self.quasi_identifiers),
                "rows": self.rows, "violating_groups": self.violating_groups,
                "violating_rows": self.violating_rows,
                "advice": [a.to_json() for a in self.advice],
                "suppress_would_remove": self.violating_rows}

    def describe(self) -> str:
        """One line: what fails and what each remedy would fix."""
        if self.ok:
            return f"every quasi-identifier group has at least k={self.k} rows"
        parts = [(f"{self.violating_rows} row(s) in {self.violating_groups} group(s) below "
                 f"k={self.k}")]
        for a in self.advice:
            gen = (f"generalising {a.column} ({a.generalise_to}) fixes {a.generalise_fixes}"
                   if a.generalise_fixes is not None else
                   f"{a.column} has no further generalisation")
            parts.append(f"{gen}, dropping it fixes {a.drop_fixes}")
        parts.append(f"suppressing would remove {self.violating_rows} row(s)")
        return "; ".join(parts)


def group_keys(table: pa.Table, columns: Sequence[str]) -> pa.Array:
    """One string per row joining its values of ``columns`` (null kept distinct from text)."""
    if not columns:
        return pa.nulls(table.num_rows, pa.string()).fill_null("")
    parts = []
    for name in columns:
        column = table.column(name)
        text = pc.cast(column, pa.string())
        parts.append(pc.fill_null(pc.binary_join_element_wise("v", text, ""), _NULL_KEY))
    joined = pc.binary_join_element_wise(*parts, _SEPARATOR)
    if isinstance(joined, pa.ChunkedArray):
        return joined.combine_chunks()
    return joined


def _too_small(keys: pa.Array, k: int) -> tuple[int, int, pa.Array]:
    """(violating groups, violating rows, the keys of the violating groups)."""
    counts = pc.value_counts(keys)
    sizes = counts.field("counts")
    small = pc.less(sizes, k)
    n_groups = pc.sum(small).as_py() or 0
    n_rows = pc.sum(pc.filter(sizes, small)).as_py() or 0
    return n_groups, n_rows, pc.filter(counts.field("values"), small)


def _violating_rows(table: pa.Table, columns: Sequence[str], k: int) -> int:
    if table.num_rows == 0:
        return 0
    return _too_small(group_keys(table, columns), k)[1]


def coarser_rule(spec: ColumnSpec, k: int) -> Generalisation | None:
    """The next generalisation level of a quasi-identifier column (``None``: there is none)."""
    rule = spec.generalise
    if isinstance(rule, NumericBands):
        return rule.coarser()
    if rule is None and spec.type in (ColumnType.INTEGER, ColumnType.FLOAT):
        return NumericBands(width=DEFAULT_BAND_WIDTH)
    if rule is None and spec.type is ColumnType.STRING:
        return RareCategories(min_count=k)
    if isinstance(rule, RareCategories) and rule.min_count is not None and rule.groups:
        return RareCategories(min_count=None, groups=rule.groups, other=rule.other)
    if isinstance(rule, RareCategories) and rule.min_count is not None:
        return RareCategories(min_count=rule.min_count * 2, other=rule.other)
    return None


def _describe_rule(rule: Generalisation) -> str:
    if isinstance(rule, NumericBands):
        return f"bands of {rule.width}"
    if rule.min_count is None:
        return "every category to its group"
    return f"categories in fewer than {rule.min_count} rows to {rule.other!r}"


def _coarsen_output(column: pa.ChunkedArray, spec: ColumnSpec, rule: Generalisation
                    ) -> pa.Array:
    """An output column (already generalised by ``spec``) taken one level further."""
    if isinstance(rule, NumericBands):
        if not isinstance(spec.generalise, NumericBands):
            return band_labels(column, rule)
        mapping: dict[str, str] = {}
        for label in pc.unique(column.combine_chunks().drop_null()).to_pylist():
            low = _band_low(label)
            if low is not None:
                mapping[label] = rule.label(low)
        return map_values(column, mapping)
    return group_categories(column, rule)


def _band_low(label: str) -> int | None:
    """The lowest value a band label covers ("5-9" → 5, "30+" → 30; "<0" → None)."""
    match = _BAND.match(label)
    return int(match.group(1)) if match else None


def assess(table: pa.Table, schema: DatasetSchema) -> KAnonymityReport:
    """k-anonymity of an anonymised table over the schema's quasi-identifiers, with advice.

    Only the quasi-identifier columns are read; a table without them (or a schema without
    quasi-identifiers) is reported as it is.
    """
    qis = [q for q in schema.quasi_identifiers if q in table.column_names]
    if not qis or table.num_rows == 0:
        return KAnonymityReport(schema.k, tuple(qis), table.num_rows, 0, 0)
    keys = group_keys(table, qis)
    groups, rows, _small = _too_small(keys, schema.k)
    if not rows:
        return KAnonymityReport(schema.k, tuple(qis), table.num_rows, 0, 0)
    advice = []
    for qi in qis:
        spec = schema.column(qi)
        others = [q for q in qis if q != qi]
        dropped = _violating_rows(table, others, schema.k) if others else (
            0 if table.num_rows >= schema.k else table.num_rows)
        rule = coarser_rule(spec, schema.k)
        fixes = None
        if rule is not None:
            coarser = _coarsen_output(table.column(qi), spec, rule)
            trial = table.select(qis).set_column(qis.index(qi), qi, coarser)
            fixes = rows - _violating_rows(trial, qis, schema.k)
        advice.append(QuasiIdentifierAdvice(qi, fixes,
                                            _describe_rule(rule) if rule is not None else None,
                                            rows - dropped))
    return KAnonymityReport(schema.k, tuple(qis), table.num_rows, groups, rows, tuple(advice))


def generalise_schema(schema: DatasetSchema, columns: Sequence[str]) -> DatasetSchema:
    """The schema with each named quasi-identifier one level coarser (repeat a name for two).

    :raises PolicyError: a name that is no quasi-identifier, or one with no further level.
    """
    specs = list(schema.columns)
    for name in columns:
        index = next((i for i, c in enumerate(specs) if name in (c.name, c.output)
                      and c.role is ColumnRole.QUASI_IDENTIFIER), None)
        if index is None:
            raise PolicyError(f"dataset {schema.name}: --generalise {name}: not a "
                              "quasi-identifier of this schema",
                              hint="name one of: " + ", ".join(schema.quasi_identifiers))
        rule = coarser_rule(specs[index], schema.k)
        if rule is None:
            raise PolicyError(f"dataset {schema.name}: {name} has no further generalisation "
                              "level", hint="drop the column (role = \"identity\") or suppress "
                                            "the rare rows (--suppress)")
        specs[index] = replace(specs[index], generalise=rule)
    return replace(schema, columns=tuple(specs))


def suppress_rare(table: pa.Table, schema: DatasetSchema) -> tuple[pa.Table, int]:
    """Drop the rows in quasi-identifier groups smaller than k; returns (table, rows dropped).

    :raises ChecksFailed: more rows would go than the schema's ``max_suppressed_percent``.
    """
    qis = [q for q in schema.quasi_identifiers if q in table.column_names]
    if not qis or table.num_rows == 0:
        return table, 0
    keys = group_keys(table, qis)
    _groups, rows, small = _too_small(keys, schema.k)
    if not rows:
        return table, 0
    limit = schema.max_suppressed_percent
    if limit is not None and rows * 100 > limit * table.num_rows:
        raise ChecksFailed(f"dataset {schema.name}: suppression would remove {rows} of "
                           f"{table.num_rows} row(s), more than max_suppressed_percent = "
                           f"{limit:g}",
                           hint="generalise a quasi-identifier further (--generalise COLUMN) "
                                "before suppressing")
    keep = pc.invert(pc.is_in(keys, value_set=small))
    return table.filter(keep), rows
