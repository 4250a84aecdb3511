"""Printing a validation result, shared by ``vault validate`` and ``vault dataset validate``."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from vault.commands._app import emit, get_app
from vault.files import FILE_MODE, refuse_inside_vault
from vault.validate import require_success, write_report


def validation_json(result: Any) -> dict[str, Any]:
    """The JSON ``vault validate --json`` and ``vault dataset validate --json`` print."""
    return {"success": result.success, "passed": len(result.results) - len(result.failed),
            "total": len(result.results),
            "results": [{"expectation": o.name, "kind": o.kind, "column": o.column,
                         "success": o.success, "unexpected_count": o.unexpected_count}
                        for o in result.results]}


def check_report_dir(report_dir: Path | None) -> None:
    """Refuse a ``--report`` directory inside a vault before any work is done.

    :raises InputError: it is inside the vault (through any path).
    """
    if report_dir is not None:
        refuse_inside_vault(report_dir, vault_root=get_app().known_vault_root(),
                            hint="write the report outside the vault")


def print_validation(result: Any, report_dir: Path | None, mode: int = FILE_MODE) -> None:
    """Write the report (if asked; files ``mode``), print the result, and exit 3 when a
    check failed.

    :raises ChecksFailed: a check failed (after printing).
    """

    if report_dir is not None:
        write_report(result, report_dir, file_mode=mode)

    def text() -> str:
        head = (f"{'PASSED' if result.success else 'FAILED'} {result.dataset}: "
                f"{len(result.results)} checks, {len(result.failed)} failed "
                f"(suite {result.suite})")
        lines = [head]
        for o in result.failed:
            count = "" if o.unexpected_count is None else f" — {o.unexpected_count} row(s)"
            lines.append(f"  {o.name}{count}{' — ' + o.error if o.error else ''}")
            if isinstance(o.observed, dict) and o.observed.get("remedy"):
                lines.append(f"    way forward: {o.observed['remedy']}")
        if report_dir is not None:
            lines.append(f"report: {report_dir / 'report.html'}")
        return "\n".join(lines)

    emit(validation_json(result), text)
    require_success(result)
