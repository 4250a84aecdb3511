"""``vault hold …``: legal holds, which keep items from every purge (add, list, remove)."""
from __future__ import annotations

import click

from vault.codes.epochs import resolve_code
from vault.commands._app import emit, get_app, open_unlocked
from vault.commands._listing import listing, table
from vault.commands._params import choice
from vault.errors import InputError
from vault.retention.holds import HoldScope, add_hold, list_holds, remove_hold
from vault.retention.rules import DATA_CLASSES


@click.group("hold")
def hold_group() -> None:
    """Legal holds: items that are never destroyed while the hold stands.

    \b
    Example:
      vault hold add it_3f9c0a1b2d4e --reason "complaint 2026-14"
      vault hold add --participant PJ --reason "access request 88"
      vault hold add --class audio --reason "audit by sponsor"
      vault hold list
      vault hold remove hold_0a1b2c3d4e5f
    """


def _resolve_code(code: str) -> str:
    return resolve_code(get_app().open_vault(), code)


@hold_group.command("add")
@click.argument("item", required=False)
@click.option("--participant", "participant", metavar="CODE",
              help="Hold every item of the participant with this public code.")
@click.option("--class", "data_class", type=choice(DATA_CLASSES),
              help="Hold every item of this data class.")
@click.option("--reason", required=True,
              help="Why (a case or ticket reference; no names).")
def hold_add(item: str | None, participant: str | None, data_class: str | None,
             reason: str) -> None:
    """Place a legal hold on ITEM, a participant's items, or a whole class.

    \b
    Example:
      vault hold add it_3f9c0a1b2d4e --reason "complaint 2026-14"
      vault hold add --class audio --reason "sponsor audit"
    """
    chosen = [x for x in (item, participant, data_class) if x is not None]
    if len(chosen) != 1:
        raise InputError("name exactly one of ITEM, --participant CODE or --class CLASS",
                         hint="see `vault hold add --help`")
    vault = open_unlocked()
    if item is not None:
        scope, target = HoldScope.ITEM, item
    elif participant is not None:
        scope, target = HoldScope.PARTICIPANT, _resolve_code(participant)
    else:
        assert data_class is not None
        scope, target = HoldScope.CLASS, data_class
    hold = add_hold(vault, scope, target, reason=reason)
    shown = participant if participant is not None else target
    emit({"hold": hold.id, "scope": scope.value},
         f"hold {hold.id} placed on {scope.value} {shown}")


@hold_group.command("list")
@click.option("--all", "include_removed", is_flag=True, help="Include removed holds.")
@listing("holds")
def hold_list(include_removed: bool) -> None:
    """List legal holds (participant holds show the internal marker, not a name).

    \b
    Example:
      vault hold list --json
    """
    holds = list_holds(get_app().open_vault(), include_removed=include_removed)
    header = ("id", "scope", "target", "created") + (("removed",) if include_removed else ())
    emit([h.to_json() for h in holds],
         lambda: table(header + ("reason",),
                       [(h.id, h.scope.value, h.target, h.created)
                        + ((h.removed,) if include_removed else ()) + (h.reason,)
                        for h in holds], empty="no holds"))


@hold_group.command("remove")
@click.argument("hold_id")
def hold_remove(hold_id: str) -> None:
    """Lift a hold; its items become eligible for the next purge.

    \b
    Example:
      vault hold remove hold_0a1b2c3d4e5f
    """
    hold = remove_hold(open_unlocked(), hold_id)
    emit({"hold": hold.id, "removed": hold.removed}, f"hold {hold.id} removed")


COMMANDS = [hold_group]
