"""Legal holds: items that must not be destroyed, whatever the retention policy says.

A hold covers one item, every item of one participant (by internal marker) or a whole data
class. Held items are never destroyed by a purge; they are reported as held (and the purge
exits with :class:`vault.errors.HeldItemsSkipped`). Removing a hold is audited and releases the
items to the next purge::

    hold = add_hold(vault, HoldScope.CLASS, "audio", reason="complaint 2026-14")
    active_holds(vault.db).for_item("it_3f9c0a1b2d4e", "audio", None)   # (hold.id,)
    remove_hold(vault, hold.id)

The reason is free text for custodians; it is shown by ``vault hold list`` but never written to
the audit log. Do not put names in it.
"""
from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vault.clock import utc_now
from vault.errors import InputError, ParticipantError, RetentionError
from vault.ids import new_id
from vault.retention.rules import DATA_CLASSES

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["ActiveHolds", "Hold", "HoldScope", "active_holds", "add_hold", "list_holds",
           "remove_hold"]

MAX_REASON = 500


class HoldScope(enum.Enum):
    """What a hold covers."""

    ITEM = "item"
    PARTICIPANT = "participant"
    CLASS = "class"


@dataclass(frozen=True)
class Hold:
    """A legal hold (active while ``removed`` is ``None``)."""

    id: str
    scope: HoldScope
    #: item id, participant marker or data class
    target: str
    reason: str
    created: str
    removed: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"id": self.id, "scope": self.scope.value, "target": self.target,
                "reason": self.reason, "created": self.created, "removed": self.removed}


@dataclass(frozen=True)
class ActiveHolds:
    """The active holds, indexed for the planner."""

    items: dict[str, tuple[str, ...]] = field(default_factory=dict)
    participants: dict[str, tuple[str, ...]] = field(default_factory=dict)
    classes: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.items or self.participants or self.classes)

    def for_item(self, item_id: str, data_class: str, marker: str | None) -> tuple[str, ...]:
        """Ids of the holds that cover this item (empty when none)."""
        found = self.items.get(item_id, ())
        if data_class in self.classes:
            found += self.classes[data_class]
        if marker is not None and marker in self.participants:
            found += self.participants[marker]
        return found


def active_holds(db: sqlite3.Connection) -> ActiveHolds:
    """Load the active holds."""
    index: dict[str, dict[str, list[str]]] = {s.value: {} for s in HoldScope}
    for row in db.execute("SELECT id, scope, target FROM holds WHERE removed IS NULL "
                          "ORDER BY created, rowid"):
        index[row[1]].setdefault(row[2], []).append(row[0])

    def frozen(scope: HoldScope) -> dict[str, tuple[str, ...]]:
        return {k: tuple(v) for k, v in index[scope.value].items()}

    return ActiveHolds(items=frozen(HoldScope.ITEM), participants=frozen(HoldScope.PARTICIPANT),
                       classes=frozen(HoldScope.CLASS))


def _row_to_hold(row: sqlite3.Row) -> Hold:
    return Hold(id=row["id"], scope=HoldScope(row["scope"]), target=row["target"],
                reason=row["reason"], created=row["created"], removed=row["removed"])


def add_hold(vault: Vault, scope: HoldScope, target: str, *, reason: str) -> Hold:
    """Place a legal hold; audited (scope and target, never the reason).

    :param target: an item id (``ITEM``), a participant marker (``PARTICIPANT``; resolve
        public codes with ``vault.codes.epochs.resolve_code`` first) or a data class.
    :raises InputError: empty or over-long reason, unknown data class.
    :raises RetentionError: unknown or already destroyed item.
    :raises ParticipantError: unknown participant marker.
    """

    reason = reason.strip()
    if not reason:
        raise InputError("a hold needs a reason", hint="pass --reason TEXT (no names, please)")
    if len(reason) > MAX_REASON:
        raise InputError(f"hold reason is longer than {MAX_REASON} characters",
                         hint="shorten it; refer to a case or ticket number")
    with vault.write() as tx:
        if scope is HoldScope.ITEM:
            row = tx.execute("SELECT state FROM items WHERE id = ?", (target,)).fetchone()
            if row is None:
                raise RetentionError(f"no item {target}", hint="see `vault list` for item ids")
            if row["state"] != "present":
                raise RetentionError(f"item {target} was already destroyed",
                                     hint="a hold cannot bring it back; see its certificate")
        elif scope is HoldScope.PARTICIPANT:
            if tx.execute("SELECT 1 FROM participants WHERE marker = ?",
                          (target,)).fetchone() is None:
                raise ParticipantError("unknown participant for the hold")
        elif target not in DATA_CLASSES:
            raise InputError(f"unknown data class {target!r}",
                             hint=f"use one of: {', '.join(DATA_CLASSES)}")
        hold = Hold(id=new_id("hold"), scope=scope, target=target, reason=reason,
                    created=utc_now())
        tx.execute("INSERT INTO holds(id, scope, target, reason, created) VALUES (?, ?, ?, ?, ?)",
                   (hold.id, scope.value, target, reason, hold.created))
        vault.audit.append(tx, action="hold.add", outcome="ok",
                           items=[target] if scope is HoldScope.ITEM else [],
                           details={"hold": hold.id, "scope": scope.value,
                                    **({"target": target} if scope is not HoldScope.ITEM
                                       else {})})
    return hold


def list_holds(vault: Vault, *, include_removed: bool = False) -> list[Hold]:
    """Holds, oldest first (active ones only unless ``include_removed``)."""
    sql = "SELECT * FROM holds" + ("" if include_removed else " WHERE removed IS NULL")
    return [_row_to_hold(r) for r in vault.db.execute(sql + " ORDER BY created, rowid")]


def remove_hold(vault: Vault, hold_id: str) -> Hold:
    """Lift a hold; its items become eligible for the next purge. Audited.

    :raises RetentionError: no active hold with that id.
    """

    with vault.write() as tx:
        row = tx.execute("SELECT * FROM holds WHERE id = ? AND removed IS NULL",
                         (hold_id,)).fetchone()
        if row is None:
            raise RetentionError(f"no active hold {hold_id}", hint="see `vault hold list`")
        removed = utc_now()
        tx.execute("UPDATE holds SET removed = ? WHERE id = ?", (removed, hold_id))
        hold = _row_to_hold(row)
        vault.audit.append(tx, action="hold.remove", outcome="ok",
                           items=[hold.target] if hold.scope is HoldScope.ITEM else [],
                           details={"hold": hold_id, "scope": hold.scope.value})
    return Hold(hold.id, hold.scope, hold.target, hold.reason, hold.created, removed)
