"""``vault event …``: the study events retention periods count from (set, list)."""
from __future__ import annotations

import datetime as dt

import click

from vault.commands._app import emit, get_app, open_unlocked
from vault.commands._listing import listing, table
from vault.commands._params import DATE, choice
from vault.events import EVENT_NAMES, list_events, set_event


@click.group("event")
def event_group() -> None:
    """Study events that retention periods count from (final_report, study_end).

    \b
    Example:
      vault event set final_report 2026-03-31
      vault event list
    """


@event_group.command("set")
@click.argument("name", metavar="EVENT", type=choice(EVENT_NAMES))
@click.argument("date", metavar="DATE", type=DATE)
def event_set(name: str, date: dt.date) -> None:
    """Record (or move) the DATE (YYYY-MM-DD) of a study EVENT (final_report or study_end);
    due dates follow at once.

    Items of a class anchored on an event are "not yet scheduled" until it is set.

    \b
    Example:
      vault event set final_report 2026-03-31
    """
    vault = open_unlocked()
    event = set_event(vault, name, date)
    emit({"event": event.name, "date": event.date.isoformat()},
         f"event {event.name} set to {event.date.isoformat()}; "
         "see `vault retention status` for the new due dates")


@event_group.command("list")
@listing("events")
def event_list() -> None:
    """List the study events that are set.

    \b
    Example:
      vault event list --json
    """
    events = list_events(get_app().open_vault())
    emit([{"event": e.name, "date": e.date.isoformat(), "set_at": e.set_at} for e in events],
         lambda: table(("event", "date", "set_at"),
                       [(e.name, e.date.isoformat(), e.set_at) for e in events],
                       empty="no events set yet"))


COMMANDS = [event_group]
