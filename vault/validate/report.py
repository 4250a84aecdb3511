"""Validation results as vault values, and the reports written from them.

:class:`ValidationResult` is what every validation returns: success, and one
:class:`ExpectationOutcome` per check with its name, kind, column and counts. It is built from
a GX suite result by :func:`result_from_gx`, which copies counts and nothing else, so a result —
and every report rendered from it — can hold no cell value (DESIGN.md invariant 3).

:func:`write_report` writes ``report.html`` (self-contained: inline CSS, no scripts, no external
assets; opens from disk) and ``summary.json`` into a directory.
"""
from __future__ import annotations

import datetime as _dt
import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.errors import ChecksFailed, UncheckedData
from vault.files import FILE_MODE, dir_mode_for, make_dirs, set_tree_mode, write_private

__all__ = [
    "REPORT_HTML",
    "REPORT_JSON",
    "ExpectationOutcome",
    "ValidationResult",
    "render_html",
    "result_from_gx",
    "write_report",
]

REPORT_HTML = "report.html"
REPORT_JSON = "summary.json"


@dataclass(frozen=True)
class ExpectationOutcome:
    """The outcome of one check: names and counts, never values.

    :param name: the check's name, e.g. ``email:comments``.
    :param kind: the check kind (see ``vault.validate.suites.CHECK_KINDS``).
    :param column: the checked column, or ``None`` for table-level checks.
    :param success: whether it passed.
    :param unexpected_count: rows failing it (``None`` for schema-level checks).
    :param element_count: rows examined, where the check counts rows.
    :param observed: a safe observed value: a row count, a logical type name, the column
        names, or for k-anonymity a mapping of counts.
    :param error: why the check could not run (e.g. a missing column), else ``None``.
    """

    name: str
    kind: str
    column: str | None
    success: bool
    unexpected_count: int | None = None
    element_count: int | None = None
    observed: Any = None
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "column": self.column,
                "success": self.success, "unexpected_count": self.unexpected_count,
                "element_count": self.element_count, "observed": self.observed,
                "error": self.error}


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of validating one dataset against one suite."""

    dataset: str
    suite: str
    success: bool
    results: tuple[ExpectationOutcome, ...]
    #: rows in the dataset, when known
    row_count: int | None = None
    #: the engine that ran the suite (``duckdb`` or ``gx-pandas``)
    engine: str = "duckdb"

    @property
    def failed(self) -> tuple[ExpectationOutcome, ...]:
        return tuple(r for r in self.results if not r.success)

    def outcome(self, name: str) -> ExpectationOutcome:
        for r in self.results:
            if r.name == name:
                return r
        raise KeyError(name)

    def summary(self) -> dict[str, Any]:
        """A JSON-ready summary (used for ``summary.json`` and the release manifest)."""
        return {
            "dataset": self.dataset, "suite": self.suite, "success": self.success,
            "engine": self.engine, "row_count": self.row_count,
            "evaluated": len(self.results), "failed": len(self.failed),
            "results": [r.as_dict() for r in self.results],
        }


_SAFE_OBSERVED_KINDS = {"row-count", "type", "columns", "k-anonymity"}


def result_from_gx(gx_result: Any, *, dataset: str, engine: str,
                   row_count: int | None = None,
                   order: Sequence[str] = ()) -> ValidationResult:
    """Copy names and counts out of a GX ``ExpectationSuiteValidationResult``.

    Only integer counts, logical type names, column names and k-anonymity group sizes are
    copied; any value list GX might carry is ignored. ``order`` (check names) sets the order.
    """
    outcomes: list[ExpectationOutcome] = []
    for evr in gx_result.results:
        cfg = evr.expectation_config
        meta = cfg.meta or {}
        kind = str(meta.get("vault_kind", cfg.type))
        name = str(meta.get("vault_check", cfg.type))
        column = cfg.kwargs.get("column")
        res: Mapping[str, Any] = evr.result or {}
        info = evr.exception_info or {}
        error = None
        if info.get("raised_exception"):
            message = str(info.get("exception_message") or "")
            # GX's messages are not ours to vouch for: keep only the column-not-found case
            if "not found" in message or "does not exist" in message:
                error = f"column {column!r} not found" if column else "a column was not found"
            else:
                error = "the check could not run"
        observed = res.get("observed_value") if kind in _SAFE_OBSERVED_KINDS else None
        if kind == "columns" and isinstance(observed, list):
            observed = sorted(str(c) for c in observed)
        if kind == "row-count" and row_count is None and isinstance(observed, int):
            row_count = observed
        unexpected = res.get("unexpected_count")
        element = res.get("element_count")
        outcomes.append(ExpectationOutcome(
            name=name, kind=kind, column=column, success=bool(evr.success),
            unexpected_count=int(unexpected) if unexpected is not None else None,
            element_count=int(element) if element is not None else None,
            observed=_jsonable(observed), error=error))
        if row_count is None and element is not None:
            row_count = int(element)
    if order:  # report in suite order whichever engine ran (GX's pandas engine reorders)
        rank = {name: i for i, name in enumerate(order)}
        outcomes.sort(key=lambda o: rank.get(o.name, len(rank)))
    return ValidationResult(dataset=dataset, suite=str(gx_result.suite_name),
                            success=all(o.success for o in outcomes), results=tuple(outcomes),
                            row_count=row_count, engine=engine)


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return str(value)


# ---------------------------------------------------------------------------------------------
# rendering

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#1b1b1b}
h1{font-size:1.4rem;margin:0 0 .3rem}.meta{color:#555;margin-bottom:1.2rem}
.badge{display:inline-block;padding:.15rem .6rem;border-radius:.8rem;font-weight:600}
.pass{background:#dff3e3;color:#11632b}.fail{background:#fde2e1;color:#8a1712}
table{border-collapse:collapse;width:100%;margin-top:1rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}tr.failed td{background:#fff6f5}code{font-size:.9em}
.num{text-align:right;font-variant-numeric:tabular-nums}
"""


def _observed_text(o: ExpectationOutcome) -> str:
    if o.error:
        return o.error
    if o.kind == "k-anonymity" and isinstance(o.observed, Mapping):
        text = (f"{o.observed.get('violating_combinations', 0)} combination(s) below k, "
                f"{o.observed.get('violating_rows', 0)} row(s); sizes "
                + ", ".join(str(s) for s in o.observed.get("group_sizes", [])[:50]))
        if o.observed.get("remedy"):
            text += f". Way forward: {o.observed['remedy']}"
        return text
    if o.kind == "columns" and isinstance(o.observed, list):
        return f"{len(o.observed)} column(s)"
    if o.observed is None:
        return ""
    return str(o.observed)


def render_html(result: ValidationResult, *, created: str | None = None) -> str:
    """The report as one self-contained HTML page (no values, no scripts, no external links)."""
    created = created or _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    e = html.escape
    status = "pass" if result.success else "fail"
    rows = []
    for o in sorted(result.results, key=lambda o: (o.success, o.name)):
        rows.append(
            f"<tr class=\"{'ok' if o.success else 'failed'}\">"
            f"<td><span class=\"badge {'pass' if o.success else 'fail'}\">"
            f"{'pass' if o.success else 'FAIL'}</span></td>"
            f"<td><code>{e(o.name)}</code></td><td>{e(o.kind)}</td>"
            f"<td>{e(o.column or '—')}</td>"
            f"<td class=\"num\">{'' if o.unexpected_count is None else o.unexpected_count}</td>"
            f"<td class=\"num\">{'' if o.element_count is None else o.element_count}</td>"
            f"<td>{e(_observed_text(o))}</td></tr>")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>vault validation: {e(result.dataset)}</title><style>{_CSS}</style></head>"
        f"<body><h1>Validation of {e(result.dataset)} "
        f"<span class=\"badge {status}\">{'PASSED' if result.success else 'FAILED'}</span></h1>"
        f"<div class=\"meta\">suite <code>{e(result.suite)}</code> · engine {e(result.engine)}"
        f" · {'' if result.row_count is None else f'{result.row_count} rows · '}"
        f"{len(result.results)} checks, {len(result.failed)} failed · {e(created)}</div>"
        "<p>Counts only: this report never shows cell values.</p>"
        "<table><thead><tr><th>result</th><th>check</th><th>kind</th><th>column</th>"
        "<th>unexpected rows</th><th>rows examined</th><th>observed</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></body></html>\n")


def write_report(result: ValidationResult, out_dir: Path, *,
                 file_mode: int = FILE_MODE) -> tuple[Path, Path]:
    """Write ``report.html`` and ``summary.json`` into ``out_dir`` (created if needed).

    The files get ``file_mode`` (default 0600) and a directory created here
    :func:`~vault.files.dir_mode_for` it (0700), whatever the umask.

    :returns: the two paths.
    """
    out_dir = Path(out_dir)
    make_dirs(out_dir, dir_mode_for(file_mode))
    html_path = out_dir / REPORT_HTML
    json_path = out_dir / REPORT_JSON
    write_private(html_path, render_html(result).encode("utf-8"))
    write_private(json_path, (json.dumps(result.summary(), indent=2, sort_keys=True)
                              + "\n").encode("utf-8"))
    if file_mode != FILE_MODE:
        for path in (html_path, json_path):
            set_tree_mode(path, file_mode)
    return html_path, json_path


def require_success(result: ValidationResult) -> ValidationResult:
    """Return ``result`` if every check passed.

    :raises ChecksFailed: naming the failed checks (names only, never values).
    :raises UncheckedData: the only failures are values that could not be checked.
    """
    if result.success:
        return result
    if all(o.kind == "unchecked" for o in result.failed):
        columns = ", ".join(str(o.column) for o in result.failed)
        raise UncheckedData(f"{result.dataset}: could not check every value of {columns}: "
                            + "; ".join(o.error or "" for o in result.failed))
    names = [o.name for o in result.failed]
    shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
    raise ChecksFailed(f"{result.dataset}: {len(names)} of {len(result.results)} checks "
                       f"failed: {shown}")
