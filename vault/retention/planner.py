"""The planner: when each item is due, computed on the fly from the policy and the events.

Due dates are never stored. An item of class *C* is due on ``anchor date + period`` of *C*'s
rule, where the anchor date is the event's date (``final_report``, ``study_end``), the item's
ingest date (``ingested``) or its participant's withdrawal date (``consent_withdrawn``). An item
whose anchor has no date yet is *not yet scheduled* and is never destroyed. An item is destroyed
by a purge *as of* any day on or after its due date, unless a legal hold covers it::

    p = plan(vault, policy, dt.date(2026, 7, 1))
    [i.id for i in p.due]          # what a purge on that day destroys
    s = status(vault, policy, dt.date.today())
    s.classes[0].next_due          # earliest future due date of that class
    s.register.state(today)        # the participant register's own schedule (not an item)
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.events import event_dates
from vault.retention.holds import ActiveHolds, active_holds
from vault.retention.rules import (
    DATA_CLASSES,
    Anchor,
    Period,
    RetentionPolicy,
    RetentionRule,
    add_period,
)
from vault.sealed import REGISTER_CLASS, register_destroyed

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["ClassStatus", "PlannedItem", "PurgePlan", "RegisterSchedule", "RetentionStatus",
           "plan", "register_due", "register_schedule", "status"]


@dataclass(frozen=True)
class PlannedItem:
    """One present item and its schedule (no identifiers: ids and dates only)."""

    id: str
    data_class: str
    #: due date, or ``None`` when not yet scheduled
    due: dt.date | None
    key_id: str | None
    #: ids of the holds that cover it
    holds: tuple[str, ...] = ()


@dataclass(frozen=True)
class PurgePlan:
    """What a purge as of ``as_of`` would do."""

    as_of: dt.date
    policy_sha256: str
    #: due and not held: destroyed by the purge
    due: tuple[PlannedItem, ...]
    #: due but held: skipped and reported
    held: tuple[PlannedItem, ...]
    #: data class -> present items due later
    not_yet_due: dict[str, int] = field(default_factory=dict)
    #: data class -> present items whose anchor has no date yet
    unscheduled: dict[str, int] = field(default_factory=dict)
    #: data class -> earliest due date after ``as_of``
    next_due: dict[str, dt.date] = field(default_factory=dict)
    #: the participant register's schedule (None in the plans of withdrawals and one-off
    #: destructions, which never touch it)
    register: RegisterSchedule | None = None

    @property
    def item_ids(self) -> list[str]:
        return [i.id for i in self.due]

    def by_class(self) -> dict[str, dict[str, int]]:
        """data class -> {"due", "held", "not_yet_due", "unscheduled"} counts."""
        out: dict[str, dict[str, int]] = {}
        for cls in _classes_seen(self):
            out[cls] = {"due": sum(1 for i in self.due if i.data_class == cls),
                        "held": sum(1 for i in self.held if i.data_class == cls),
                        "not_yet_due": self.not_yet_due.get(cls, 0),
                        "unscheduled": self.unscheduled.get(cls, 0)}
        return out

    def to_json(self) -> dict[str, object]:
        return {"as_of": self.as_of.isoformat(), "policy_sha256": self.policy_sha256,
                "classes": self.by_class(),
                "next_due": {k: v.isoformat() for k, v in sorted(self.next_due.items())},
                "due": [_item_json(i) for i in self.due],
                "held": [_item_json(i) for i in self.held],
                "register": (self.register.to_json(self.as_of) if self.register is not None
                             else None)}


# --- the participant register's own schedule (it is not an item) --------------------------

def register_due(vault: Vault, policy: RetentionPolicy) -> dt.date | None:
    """The day the register is due for destruction, or None while its anchor has no date (an
    anchor per participant or per item — ``ingested``, ``consent_withdrawn`` — never makes the
    whole register due)."""
    rule = policy.rules.get(REGISTER_CLASS)
    if rule is None or rule.anchor not in (Anchor.FINAL_REPORT, Anchor.STUDY_END):
        return None
    start = event_dates(vault.db).get(rule.anchor.value)
    return add_period(start, rule.period) if start is not None else None


@dataclass(frozen=True)
class RegisterSchedule:
    """When the participant register goes, as ``vault retention status`` and ``plan`` show it
    (the register is not an item, so the per-class tables cannot)."""

    #: e.g. "P3Y after final_report"; "no rule" when the policy keeps it indefinitely
    rule: str
    #: the day it is due, None while the anchor has no date (or there is no rule)
    due: dt.date | None
    #: ids of the holds that keep it (a class hold on ``register`` or any participant hold)
    holds: tuple[str, ...]
    #: when it was destroyed (its certificate's time), None while it exists
    destroyed: str | None

    def state(self, as_of: dt.date) -> str:
        """``destroyed``, ``no rule``, ``unscheduled``, ``held`` (due but kept), ``due`` (the
        purge on ``as_of`` destroys it) or ``later``."""
        if self.destroyed is not None:
            return "destroyed"
        if self.rule == "no rule":
            return "no rule"
        if self.due is None:
            return "unscheduled"
        if self.due > as_of:
            return "later"
        return "held" if self.holds else "due"

    def to_json(self, as_of: dt.date) -> dict[str, object]:
        return {"rule": self.rule, "due": self.due.isoformat() if self.due else None,
                "state": self.state(as_of), "holds": list(self.holds),
                "destroyed": self.destroyed}

    def describe(self, as_of: dt.date) -> str:
        """One line for the text reports."""
        state = self.state(as_of)
        if state == "destroyed":
            return f"participant register: destroyed {str(self.destroyed)[:10]}"
        if state == "no rule":
            return "participant register: kept (the policy has no rule for class register)"
        if state == "unscheduled":
            return f"participant register: {self.rule}, not scheduled (its anchor has no date)"
        text = f"participant register: due {self.due} ({self.rule})"
        if state == "due":
            return text + f", destroyed by a purge on {as_of.isoformat()}"
        if state == "held":
            return text + f", kept by holds: {', '.join(self.holds)}"
        return text


def register_schedule(vault: Vault, policy: RetentionPolicy,
                      holds: ActiveHolds | None = None) -> RegisterSchedule:
    """The register's rule, due date, holds and destruction (read-only).

    :param holds: the vault's active holds, when the caller has read them already.
    """
    rule = policy.rules.get(REGISTER_CLASS)
    return RegisterSchedule(rule=_rule_text(rule) if rule is not None else "no rule",
                            due=register_due(vault, policy),
                            holds=_holding_register(holds if holds is not None
                                                    else active_holds(vault.db)),
                            destroyed=register_destroyed(vault.db))


def _holding_register(holds: ActiveHolds) -> tuple[str, ...]:
    """Holds that keep the register: a class hold on it, or any participant's hold."""
    found = list(holds.classes.get(REGISTER_CLASS, ()))
    for ids in holds.participants.values():
        found += ids
    return tuple(sorted(found))



def _classes_seen(p: PurgePlan) -> list[str]:
    seen = {i.data_class for i in p.due} | {i.data_class for i in p.held}
    seen |= set(p.not_yet_due) | set(p.unscheduled)
    return [c for c in DATA_CLASSES if c in seen] + sorted(seen - set(DATA_CLASSES))


def _item_json(item: PlannedItem) -> dict[str, object]:
    return {"id": item.id, "class": item.data_class,
            "due": item.due.isoformat() if item.due else None, "holds": list(item.holds)}


@dataclass(frozen=True)
class ClassStatus:
    """Retention status of one data class."""

    data_class: str
    #: e.g. "P3M after final_report"; "no rule" for a class the policy does not know
    rule: str
    #: the anchor event's date, when the anchor is an event that is set
    anchor_date: dt.date | None
    present: int
    destroyed: int
    #: due on or before today, not held (the next purge destroys them)
    overdue: int
    #: covered by a legal hold (due or not)
    held: int
    #: anchor not yet dated
    unscheduled: int
    #: earliest due date after today among present items
    next_due: dt.date | None

    def to_json(self) -> dict[str, object]:
        return {"class": self.data_class, "rule": self.rule,
                "anchor_date": self.anchor_date.isoformat() if self.anchor_date else None,
                "present": self.present, "destroyed": self.destroyed, "overdue": self.overdue,
                "held": self.held, "unscheduled": self.unscheduled,
                "next_due": self.next_due.isoformat() if self.next_due else None}


@dataclass(frozen=True)
class RetentionStatus:
    """What is due when, per class."""

    today: dt.date
    policy_sha256: str
    require_approval: bool
    classes: tuple[ClassStatus, ...]
    #: event name -> date (only events that are set)
    events: dict[str, dt.date]
    #: ids of dispositions awaiting approval
    pending: tuple[str, ...]
    #: the participant register's schedule
    register: RegisterSchedule

    def to_json(self) -> dict[str, object]:
        return {"today": self.today.isoformat(), "policy_sha256": self.policy_sha256,
                "require_approval": self.require_approval,
                "events": {k: v.isoformat() for k, v in sorted(self.events.items())},
                "pending": list(self.pending),
                "classes": [c.to_json() for c in self.classes],
                "register": self.register.to_json(self.today)}


def _rule_text(rule: RetentionRule) -> str:
    return f"{rule.period} after {rule.anchor.value}"


def latest_start(period: Period, as_of: dt.date) -> dt.date:
    """The latest anchor date whose due date (anchor + ``period``) is on or before ``as_of``.

    ``add_period`` never decreases as its start moves later, so a binary search finds it.
    """
    span = period.years * 366 + period.months * 31 + period.days + 1
    lo = max(dt.date.min.toordinal(), as_of.toordinal() - span)   # add_period(lo) <= as_of
    hi = as_of.toordinal()
    if add_period(dt.date.fromordinal(hi), period) <= as_of:
        return dt.date.fromordinal(hi)
    while hi - lo > 1:  # invariant: add_period(lo) <= as_of < add_period(hi)
        mid = (lo + hi) // 2
        if add_period(dt.date.fromordinal(mid), period) <= as_of:
            lo = mid
        else:
            hi = mid
    return dt.date.fromordinal(lo)


_Row = tuple[str, str, "str | None", str, "str | None"]  # id, class, marker, created, key id


class _ClassSchedule:
    """When the present items of one class fall due, answered with index lookups.

    Event anchors give the whole class one due date. For ``ingested``, "due on or before X" is
    "ingested on or before :func:`latest_start` (X)", a range on the
    ``(data_class, state, created)`` index. For ``consent_withdrawn`` it is "belongs to a
    participant who withdrew early enough", a lookup on ``(data_class, state, marker)``.
    Due dates are never stored; they follow the events and the policy on every call.
    """

    def __init__(self, db: sqlite3.Connection, data_class: str, rule: RetentionRule | None,
                 present: int, events: dict[str, dt.date],
                 withdrawn: dict[str, dt.date]) -> None:
        self.db = db
        self.data_class = data_class
        self.rule = rule
        self.present = present
        self.fixed: dt.date | None = None
        #: consent_withdrawn: marker -> (due, present items)
        self.by_marker: dict[str, tuple[dt.date, int]] = {}
        if rule is None or present == 0:
            return
        if rule.anchor.is_event:
            anchor = events.get(rule.anchor.value)
            self.fixed = rule.due(anchor) if anchor is not None else None
        elif rule.anchor is Anchor.CONSENT_WITHDRAWN and withdrawn:
            for marker, count in self._query(
                    "SELECT participant_marker, COUNT(*) FROM items WHERE data_class = ? "
                    "AND state = 'present' AND participant_marker IN "
                    "(SELECT value FROM json_each(?)) GROUP BY 1",
                    (data_class, json.dumps(sorted(withdrawn)))):
                self.by_marker[marker] = (rule.due(withdrawn[marker]), int(count))

    def _query(self, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        cursor = self.db.cursor()
        cursor.row_factory = None  # plain tuples: much faster than sqlite3.Row
        return cursor.execute(sql, params).fetchall()

    @property
    def anchor(self) -> Anchor | None:
        return self.rule.anchor if self.rule is not None and self.present else None

    def due_of(self, created: str, marker: str | None) -> dt.date | None:
        """Due date of one item of this class."""
        anchor = self.anchor
        if anchor is None or self.rule is None:
            return None
        if anchor.is_event:
            return self.fixed
        if anchor is Anchor.INGESTED:
            return self.rule.due(dt.date.fromisoformat(created[:10]))
        entry = self.by_marker.get(marker) if marker is not None else None
        return entry[0] if entry is not None else None

    def due_getter(self) -> Callable[[str, str | None], dt.date | None]:
        """A fast ``due_of`` for many rows: constant per class, or cached per ingest day."""
        anchor = self.anchor
        if anchor is not None and anchor.is_event:
            fixed = self.fixed
            return lambda _created, _marker: fixed
        if anchor is Anchor.INGESTED:
            cache: dict[str, dt.date | None] = {}

            def by_day(created: str, _marker: str | None) -> dt.date | None:
                day = created[:10]
                if day not in cache:
                    cache[day] = self.due_of(day, None)
                return cache[day]

            return by_day
        return self.due_of

    def unscheduled(self) -> int:
        """Present items whose anchor has no date yet (or a class without a rule)."""
        anchor = self.anchor
        if anchor is None:
            return self.present
        if anchor.is_event:
            return self.present if self.fixed is None else 0
        if anchor is Anchor.INGESTED:
            return 0
        return self.present - sum(n for _d, n in self.by_marker.values())

    def _bound(self, as_of: dt.date) -> str:
        """Items ingested before this (ISO prefix) are due on or before ``as_of``."""
        assert self.rule is not None
        last = latest_start(self.rule.period, as_of)
        return (last + dt.timedelta(days=1)).isoformat() if last < dt.date.max else "9999-99"

    def count_due(self, as_of: dt.date) -> int:
        """Present items due on or before ``as_of`` (held or not)."""
        anchor = self.anchor
        if anchor is None:
            return 0
        if anchor.is_event:
            return self.present if self.fixed is not None and self.fixed <= as_of else 0
        if anchor is Anchor.INGESTED:
            return int(self._query("SELECT COUNT(*) FROM items WHERE data_class = ? AND "
                                   "state = 'present' AND created < ?",
                                   (self.data_class, self._bound(as_of)))[0][0])
        return sum(n for due, n in self.by_marker.values() if due <= as_of)

    def next_due(self, after: dt.date) -> dt.date | None:
        """The earliest due date later than ``after``."""
        anchor = self.anchor
        if anchor is None:
            return None
        if anchor.is_event:
            return self.fixed if self.fixed is not None and self.fixed > after else None
        if anchor is Anchor.INGESTED:
            first = self._query("SELECT MIN(created) FROM items WHERE data_class = ? AND "
                                "state = 'present' AND created >= ?",
                                (self.data_class, self._bound(after)))[0][0]
            return self.due_of(first, None) if first is not None else None
        later = [due for due, n in self.by_marker.values() if due > after and n]
        return min(later) if later else None

    def due_rows(self, as_of: dt.date) -> list[_Row]:
        """(id, class, marker, created, key id) of the present items due on or before ``as_of``."""
        anchor = self.anchor
        select = ("SELECT id, data_class, participant_marker, created, key_id FROM items "
                  "WHERE data_class = ? AND state = 'present'")
        if anchor is None:
            return []
        if anchor.is_event:
            if self.fixed is None or self.fixed > as_of:
                return []
            return self._query(select, (self.data_class,))
        if anchor is Anchor.INGESTED:
            return self._query(select + " AND created < ?",
                               (self.data_class, self._bound(as_of)))
        markers = sorted(m for m, (due, _n) in self.by_marker.items() if due <= as_of)
        if not markers:
            return []
        return self._query(select + " AND participant_marker IN "
                           "(SELECT value FROM json_each(?))",
                           (self.data_class, json.dumps(markers)))


def _schedules(db: sqlite3.Connection, policy: RetentionPolicy) -> list[_ClassSchedule]:
    """One schedule per data class (policy classes first, then any unknown class present)."""
    present = {str(c): int(n) for c, n in db.execute(
        "SELECT data_class, COUNT(*) FROM items WHERE state = 'present' GROUP BY 1")}
    events = event_dates(db)
    withdrawn: dict[str, dt.date] = {}
    if any(r.anchor is Anchor.CONSENT_WITHDRAWN for r in policy.rules.values()):
        withdrawn = {str(m): dt.date.fromisoformat(str(w)[:10]) for m, w in db.execute(
            "SELECT marker, withdrawn FROM participants WHERE state = 'withdrawn' "
            "AND withdrawn IS NOT NULL")}
    names = list(DATA_CLASSES) + sorted(set(present) - set(DATA_CLASSES))
    return [_ClassSchedule(db, c, policy.rules.get(c), present.get(c, 0), events, withdrawn)
            for c in names]


def _held_rows(db: sqlite3.Connection, holds: ActiveHolds) -> dict[str, tuple[str, str | None,
                                                                               str]]:
    """Present items under an item or participant hold: id -> (class, marker, created)."""
    out: dict[str, tuple[str, str | None, str]] = {}
    if not (holds.items or holds.participants):
        return out
    cursor = db.cursor()
    cursor.row_factory = None
    cursor.execute("SELECT id, data_class, participant_marker, created FROM items "
                   "WHERE state = 'present' AND (id IN (SELECT value FROM json_each(?)) "
                   "OR participant_marker IN (SELECT value FROM json_each(?)))",
                   (json.dumps(sorted(holds.items)), json.dumps(sorted(holds.participants))))
    for item_id, cls, marker, created in cursor:
        out[item_id] = (cls, marker, created)
    return out


def plan(vault: Vault, policy: RetentionPolicy, as_of: dt.date) -> PurgePlan:
    """What a purge as of ``as_of`` would destroy, skip (held) and leave.

    Read-only; due dates come from the current events and policy.
    """
    db = vault.db
    holds = active_holds(db)
    not_yet: dict[str, int] = {}
    unscheduled: dict[str, int] = {}
    next_due: dict[str, dt.date] = {}
    due: list[PlannedItem] = []
    held: list[PlannedItem] = []
    for sched in _schedules(db, policy):
        if not sched.present:
            continue
        cls = sched.data_class
        waiting = sched.unscheduled()
        if waiting:
            unscheduled[cls] = waiting
        rows = sched.due_rows(as_of)
        later = sched.present - waiting - len(rows)
        if later:
            not_yet[cls] = later
            nxt = sched.next_due(as_of)
            if nxt is not None:
                next_due[cls] = nxt
        batch_due: list[PlannedItem] = []
        batch_held: list[PlannedItem] = []
        due_of = sched.due_getter()
        for item_id, _cls, marker, created, key_id in rows:
            on_hold = holds.for_item(item_id, cls, marker) if holds else ()
            (batch_held if on_hold else batch_due).append(
                PlannedItem(item_id, cls, due_of(created, marker), key_id, on_hold))
        batch_due.sort(key=lambda i: (i.due or dt.date.min, i.id))
        batch_held.sort(key=lambda i: (i.due or dt.date.min, i.id))
        due += batch_due
        held += batch_held
    return PurgePlan(as_of=as_of, policy_sha256=policy.sha256, due=tuple(due),
                     held=tuple(held), not_yet_due=not_yet, unscheduled=unscheduled,
                     next_due=next_due, register=register_schedule(vault, policy, holds))


def status(vault: Vault, policy: RetentionPolicy, today: dt.date) -> RetentionStatus:
    """Per class: present, destroyed, overdue, held, unscheduled counts and the next due date."""
    db = vault.db
    holds = active_holds(db)
    held_rows = _held_rows(db, holds)
    destroyed = {str(c): int(n) for c, n in db.execute(
        "SELECT data_class, COUNT(*) FROM items WHERE state = 'destroyed' GROUP BY 1")}
    events = event_dates(db)
    classes: list[ClassStatus] = []
    for sched in _schedules(db, policy):
        cls = sched.data_class
        rule = sched.rule
        if cls in holds.classes:
            n_held, held_due = sched.present, sched.count_due(today)
        else:
            mine = [(m, c) for (k, m, c) in held_rows.values() if k == cls]
            n_held = len(mine)
            held_due = sum(1 for m, c in mine
                           if (d := sched.due_of(c, m)) is not None and d <= today)
        anchor_date = events.get(rule.anchor.value) if rule and rule.anchor.is_event else None
        classes.append(ClassStatus(
            data_class=cls, rule=_rule_text(rule) if rule else "no rule",
            anchor_date=anchor_date, present=sched.present, destroyed=destroyed.get(cls, 0),
            overdue=sched.count_due(today) - held_due, held=n_held,
            unscheduled=sched.unscheduled(), next_due=sched.next_due(today)))
    for cls in sorted(set(destroyed) - {c.data_class for c in classes}):
        classes.append(ClassStatus(cls, "no rule", None, 0, destroyed[cls], 0, 0, 0, None))
    pending = tuple(r[0] for r in db.execute(
        "SELECT id FROM retention_pending WHERE state = 'pending' ORDER BY created, rowid"))
    return RetentionStatus(today=today, policy_sha256=policy.sha256,
                           require_approval=policy.require_approval, classes=tuple(classes),
                           events=events, pending=pending,
                           register=register_schedule(vault, policy, holds))
