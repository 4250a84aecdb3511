"""``vault event …``: the study events retention periods count from (set, list)."""
from __future__ import annotations

import click

from vault.clock import parse_date
from vault.commands._app import emit, get_app, json_option, open_unlocked
from vault.events import list_events, set_event


@click.group("event")
def event_group() -> None:
    """Study events that retention periods count from (final_report, study_end).

    \b
    Example:
      vault event set final_report 2026-03-31
      vault event list
    """


@event_group.command("set")
@click.argument("name")
@click.argument("date")
def event_set(name: str, date: str) -> None:
    """Record (or move) the date of study event NAME; due dates follow at once.

    Items of a class anchored on an event are "not yet scheduled" until it is set.

    \b
    Example:
      vault event set final_report 2026-03-31
    """
    vault = open_unlocked()
    event = set_event(vault, name, parse_date(date))
    emit({"event": event.name, "date": event.date.isoformat()},
         f"event {event.name} set to {event.date.isoformat()}; "
         "see `vault retention status` for the new due dates")


@event_group.command("list")
@json_option
def event_list() -> None:
    """List the study events that are set.

    \b
    Example:
      vault event list --json
    """
    events = list_events(get_app().open_vault())
    emit([{"event": e.name, "date": e.date.isoformat(), "set_at": e.set_at} for e in events],
         lambda: "\n".join(f"{e.name:<14} {e.date.isoformat()}  (set {e.set_at})"
                           for e in events) or "no events set yet")


COMMANDS = [event_group]
