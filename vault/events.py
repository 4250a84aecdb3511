"""Study events: dated milestones that retention periods count from.

A retention rule anchored on an event (``final_report``, ``study_end``) has no due date until
the event is set; its items are "not yet scheduled". Setting or moving an event is audited, and
due dates follow at once, because they are computed from the events on every read, never
stored::

    set_event(vault, "final_report", dt.date(2026, 3, 31))
    event_dates(vault.db)        # {"final_report": date(2026, 3, 31)}
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault.clock import utc_now
from vault.errors import InputError

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["EVENT_NAMES", "Event", "event_dates", "list_events", "set_event"]

#: the events a vault records: the event anchors of the retention policy
#: (``vault.retention.rules.EVENT_ANCHORS``; a test keeps the two in step)
EVENT_NAMES: tuple[str, ...] = ("final_report", "study_end")


@dataclass(frozen=True)
class Event:
    """A study event and its date."""

    name: str
    date: dt.date
    #: when it was (last) set, UTC
    set_at: str


def set_event(vault: Vault, name: str, date: dt.date) -> Event:
    """Record (or move) a study event; audited with the previous date.

    :raises InputError: ``name`` is not a known event.
    """

    if name not in EVENT_NAMES:
        raise InputError(f"unknown event {name!r}",
                         hint=f"events are: {', '.join(EVENT_NAMES)}")
    event = Event(name=name, date=date, set_at=utc_now())
    with vault.write() as tx:
        row = tx.execute("SELECT date FROM events WHERE name = ?", (name,)).fetchone()
        previous = row["date"] if row is not None else None
        tx.execute("INSERT OR REPLACE INTO events(name, date, set_at) VALUES (?, ?, ?)",
                   (name, date.isoformat(), event.set_at))
        vault.audit.append(tx, action="event.set", outcome="ok",
                           details={"event": name, "date": date.isoformat(),
                                    "previous": previous})
    return event


def list_events(vault: Vault) -> list[Event]:
    """Every event set in the vault, by date."""
    rows = vault.db.execute("SELECT name, date, set_at FROM events ORDER BY date, name").fetchall()
    return [Event(r["name"], dt.date.fromisoformat(r["date"]), r["set_at"]) for r in rows]


def event_dates(db: sqlite3.Connection) -> dict[str, dt.date]:
    """Event name -> date, for the planner."""
    return {r[0]: dt.date.fromisoformat(r[1])
            for r in db.execute("SELECT name, date FROM events").fetchall()}
