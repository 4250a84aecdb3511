"""The codebook a release carries: what each column is, in words an analyst (and an archive) can use.

``codebook.md`` and ``codebook.html`` (self-contained: no scripts, no external assets) are
written from the same :class:`Codebook`: per dataset, its rows, its schema (file and SHA-256),
the k used over which quasi-identifiers, what the import did in counts (rows suppressed,
cells nulled, quasi-identifiers generalised further), and per column the question's wording,
its type, its allowed values, its bands or groups and what anonymisation did to it. Never a
cell value beyond the schema's declared options and band labels::

    book = Codebook(info, datasets, transcripts=12)
    (root / "codebook.md").write_text(book.markdown())
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vault.anonymise.dataset import (
    ColumnRole,
    ColumnSpec,
    ColumnType,
    NumericBands,
    RareCategories,
)
from vault.validate.release_contents import ReleasedDataset, ReleaseInfo

__all__ = ["CODEBOOK_HTML", "CODEBOOK_MD", "Codebook"]

CODEBOOK_MD = "codebook.md"
CODEBOOK_HTML = "codebook.html"


def _treatment(spec: ColumnSpec) -> str:
    if spec.role is ColumnRole.PARTICIPANT:
        return ("participant code of this release's code epoch (codes change when the vault "
                "rotates them; respondents not interviewed are empty)")
    if spec.role is ColumnRole.FREE_TEXT:
        return "free text, redacted (names, places, contact details replaced by placeholders)"
    rule = spec.generalise
    if isinstance(rule, NumericBands):
        labels = rule.labels()
        shown = ", ".join(labels[1:4]) + (", …" if len(labels) > 4 else "") if labels else ""
        top = f"; {rule.top} and over as \"{rule.top}+\"" if rule.top is not None else ""
        return (f"generalised: bands of {rule.width} from {rule.start}{top}"
                + (f" ({shown})" if shown else ""))
    if isinstance(rule, RareCategories):
        if rule.min_count is None:
            groups = "; ".join(f"{k} → {v}" for k, v in rule.groups.items())
            return f"generalised: every answer to its group ({groups})"
        grouped = (": " + "; ".join(f"{k} → {v}" for k, v in rule.groups.items())
                   if rule.groups else "")
        return (f"generalised: answers given by fewer than {rule.min_count} respondents become "
                f"their group, else \"{rule.other}\"{grouped}")
    if spec.role is ColumnRole.QUASI_IDENTIFIER:
        return "quasi-identifier, kept as answered"
    return "kept as answered"


def _values(spec: ColumnSpec) -> str:
    if spec.type is ColumnType.CHECKBOX:
        return "true (ticked) / false"
    if spec.role in (ColumnRole.PARTICIPANT, ColumnRole.FREE_TEXT):
        return ""
    allowed = spec.output_allowed
    if allowed is None:
        return ""
    return ", ".join(str(v) for v in allowed)


@dataclass(frozen=True)
class _Row:
    column: str
    question: str
    type: str
    values: str
    treatment: str
    nullable: bool


def _rows(dataset: ReleasedDataset) -> list[_Row]:
    out = []
    for spec in dataset.schema.output_columns:
        out.append(_Row(spec.output, spec.question or "", spec.output_type.value,
                        _values(spec), _treatment(spec),
                        spec.nullable and spec.type is not ColumnType.CHECKBOX))
    return out


def _facts(dataset: ReleasedDataset) -> list[str]:
    s = dataset.summary
    qis = ", ".join(dataset.schema.quasi_identifiers) or "none declared"
    facts = [(f"File `{dataset.file}`: {dataset.rows} rows, "
             f"{len(dataset.schema.output_columns)} columns."),
             (f"Schema `{dataset.schema_file}` (SHA-256 `{dataset.schema_sha256}`), "
             f"format {dataset.schema.format.value}."),
             (f"k-anonymity: every combination of {qis} covers at least k = "
             f"{dataset.schema.k} rows.")]
    if s:
        facts.append(f"Import: {s.get('rows_in', '?')} rows read; "
                     f"{s.get('suppressed_rows', 0)} suppressed because their "
                     f"quasi-identifier group stayed smaller than k.")
        nulled = dict(s.get("invalid_nulled") or {})
        if nulled:
            facts.append("Answers that did not fit their column, set empty: "
                         + ", ".join(f"{c} {n}" for c, n in sorted(nulled.items())) + ".")
        if s.get("generalised"):
            facts.append("Generalised one level beyond the schema at import: "
                         + ", ".join(s["generalised"]) + ".")
    return facts


class Codebook:
    """The codebook of one release (see the module docstring)."""

    def __init__(self, info: ReleaseInfo, datasets: Sequence[ReleasedDataset], *,
                 transcripts: int = 0) -> None:
        self.info = info
        self.datasets = list(datasets)
        self.transcripts = transcripts

    def _intro(self) -> list[str]:
        i = self.info
        return [f"Study: {i.study}.", f"Release `{i.name}`"
                + (f" ({i.release_id}, {i.created})" if i.release_id else "") + ".",
                (f"Participant codes are those of code epoch {i.code_epoch}; they differ in "
                "every epoch, so they do not link to other releases."),
                f"Licence: {i.licence_title} (`{i.licence}`).",
                f"Redacted transcripts: {self.transcripts}.",
                ("Every file is listed with its SHA-256 in `manifest.json` and "
                "`datapackage.json`.")]

    def markdown(self) -> str:
        """The codebook as Markdown."""
        def cell(text: str) -> str:
            return text.replace("|", "\\|").replace("\n", " ")

        out = [f"# Codebook: {self.info.name}", ""]
        out += [f"- {line}" for line in self._intro()]
        for dataset in self.datasets:
            out += ["", f"## {dataset.schema.title or dataset.name}", ""]
            out += [f"- {line}" for line in _facts(dataset)]
            out += ["", "| column | question | type | values | treatment |",
                    "| --- | --- | --- | --- | --- |"]
            for r in _rows(dataset):
                kind = r.type + (" (may be empty)" if r.nullable else "")
                out.append(f"| `{cell(r.column)}` | {cell(r.question)} | {kind} | "
                           f"{cell(r.values)} | {cell(r.treatment)} |")
        return "\n".join(out) + "\n"

    def html(self) -> str:
        """The codebook as one self-contained HTML page."""
        e = html.escape
        parts = ["<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
                 f"<title>Codebook: {e(self.info.name)}</title><style>{_CSS}</style></head>",
                 f"<body><h1>Codebook: {e(self.info.name)}</h1><ul>"]
        parts += [f"<li>{e(line)}</li>" for line in self._intro()]
        parts.append("</ul>")
        for dataset in self.datasets:
            parts.append(f"<h2>{e(dataset.schema.title or dataset.name)}</h2><ul>")
            parts += [f"<li>{e(line)}</li>" for line in _facts(dataset)]
            parts.append("</ul><table><thead><tr><th>column</th><th>question</th><th>type</th>"
                         "<th>values</th><th>treatment</th></tr></thead><tbody>")
            for r in _rows(dataset):
                kind = r.type + (" (may be empty)" if r.nullable else "")
                parts.append(f"<tr><td><code>{e(r.column)}</code></td><td>{e(r.question)}</td>"
                             f"<td>{e(kind)}</td><td>{e(r.values)}</td>"
                             f"<td>{e(r.treatment)}</td></tr>")
            parts.append("</tbody></table>")
        parts.append("</body></html>\n")
        return "".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {"datasets": [{"name": d.name, "rows": d.rows, "k": d.schema.k,
                              "quasi_identifiers": list(d.schema.quasi_identifiers),
                              "columns": [r.__dict__ for r in _rows(d)]}
                             for d in self.datasets]}


_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}code{font-size:.9em}
"""
