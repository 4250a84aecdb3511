"""``vault codes …``: participant-code epochs (status, rotate, history)."""
from __future__ import annotations

import click

from vault.codes import epochs
from vault.commands._app import emit, get_app, json_option, open_unlocked
from vault.commands._listing import listing, table


@click.group("codes")
def codes_group() -> None:
    """Participant codes: rotate them, and map old codes (custodians).

    \b
    Example:
      vault codes status
      vault codes rotate --reason "annual rotation"
      vault codes history PJK
    """


@codes_group.command("status")
@json_option
def codes_status() -> None:
    """Show the current code epoch, its pattern and how many codes are left to issue.

    \b
    Example:
      vault codes status
    """
    vault = get_app().open_vault()
    epoch = epochs.current_epoch(vault)
    scheme = epochs.code_scheme(vault)
    count = len(epochs.current_codes(vault))
    emit({"epoch": epoch, "participants": count, "pattern": scheme.regex,
          "space": scheme.space},
         f"code epoch {epoch}: {count} participants; codes are {scheme.describe()}, "
         f"e.g. {scheme.render(scheme.prefix + scheme.alphabet[-1] * scheme.length, 1)!r}")


@codes_group.command("rotate")
@click.option("--reason", help="Why (kept encrypted with the new epoch, not in the audit log).")
def codes_rotate(reason: str | None) -> None:
    """Give every participant a fresh code: a new code epoch, atomically (custodians only).

    Everything rendered or released afterwards uses the new codes; old codes are never issued
    again, and the old mapping stays encrypted for custodians (`vault codes history`).

    \b
    Example:
      vault codes rotate --reason "annual rotation (ethics condition 4)"
    """
    vault = open_unlocked()
    result = epochs.rotate_codes(vault, reason)
    emit({"from_epoch": result.from_epoch, "to_epoch": result.to_epoch,
          "participants": result.participants, "rotated_at": result.rotated_at},
         f"rotated participant codes: epoch {result.from_epoch} -> {result.to_epoch}, "
         f"{result.participants} participants have new codes")


@codes_group.command("history")
@click.argument("code")
@listing("code_history")
def codes_history(code: str) -> None:
    """Show every code one participant has had, by epoch (custodians only; audited).

    CODE may be a current or an old code. Epoch 0 is a code from an imported register.

    \b
    Example:
      vault codes history PJK
    """
    vault = open_unlocked()
    history = epochs.code_history(vault, code)
    current = epochs.current_epoch(vault)
    emit([{"epoch": e, "code": c, "current": e == current} for e, c in history],
         lambda: table(("epoch", "code", "current"),
                       [(e, c, "yes" if e == current else "") for e, c in history],
                       empty="no codes"))


COMMANDS = [codes_group]
