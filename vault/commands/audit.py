"""``vault audit …``: verify and show the hash-chained audit log."""
from __future__ import annotations

import datetime as dt

import click

from vault.commands._app import emit, get_app, json_option
from vault.errors import InputError


@click.group("audit")
def audit_group() -> None:
    """The hash-chained audit log.

    \b
    Example:
      vault audit verify
      vault audit show --since 2026-01-01
    """


@audit_group.command("verify")
@json_option
def audit_verify() -> None:
    """Check the audit chain: any edited, reordered, deleted, inserted or truncated entry fails.

    \b
    Example:
      vault audit verify
    """
    report = get_app().open_vault().audit.verify()
    emit({"ok": True, "entries": report.entries, "head": report.head},
         f"audit log OK: {report.entries} entries, head {report.head[:16]}")


def _parse_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise InputError(f"--since {value!r} is not a date", hint="use YYYY-MM-DD") from exc


@audit_group.command("show")
@click.option("--since", help="Only entries on or after this date (YYYY-MM-DD, UTC).")
@json_option
def audit_show(since: str | None) -> None:
    """Show audit entries (time, custodian, action, outcome, item ids).

    \b
    Example:
      vault audit show --since 2026-03-01
    """
    start = _parse_date(since)
    entries = [e for e in get_app().open_vault().audit.entries()
               if start is None or e.time[:10] >= start]
    emit([e.to_json() for e in entries],
         lambda: "\n".join(f"{e.seq:>5} {e.time[:19]} {e.custodian:<16} {e.action:<24} "
                           f"{e.outcome:<8} {' '.join(e.items)}" for e in entries)
         or "no entries")


COMMANDS = [audit_group]
