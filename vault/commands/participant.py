"""``vault participant …``: the encrypted participant register (add, import, list, withdraw)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from vault import participants
from vault.codes import epochs
from vault.commands._app import emit, get_app, open_unlocked
from vault.commands._listing import listing, table
from vault.commands._params import DATE
from vault.errors import printable
from vault.files import read_input_file


@click.group("participant")
def participant_group() -> None:
    """The encrypted participant register: who the participants are, and their codes.

    Names and contact details are kept only inside the encrypted register; everything else
    shows the participant's code of the current epoch.

    \b
    Example:
      vault participant import register.csv
      vault participant add --name "Dr Sarah Khan" --alias Sarah --email s.khan@example.org
      vault participant list
      vault participant withdraw PJK
    """


@participant_group.command("add")
@click.option("--name", required=True, help="The participant's full name.")
@click.option("--email", help="Contact e-mail address.")
@click.option("--alias", "aliases", multiple=True,
              help="Another name they are called by (repeat for several); redacted too.")
@click.option("--role", help="Their role, e.g. 'GP partner' (kept in the encrypted register).")
@click.option("--consent-date", type=DATE, help="When they consented.")
def participant_add(name: str, email: str | None, aliases: tuple[str, ...], role: str | None,
                    consent_date: dt.date | None) -> None:
    """Register a participant and issue their code in the current epoch (custodians only).

    \b
    Example:
      vault participant add --name "Dr Sarah Khan" --alias Sarah --role GP \\
          --email s.khan@example.org --consent-date 2026-01-15
    """
    vault = open_unlocked()
    code = participants.add_participant(vault, name, email=email, aliases=aliases, role=role,
                                        consent_date=consent_date)
    epoch = epochs.current_epoch(vault)
    emit({"code": code, "epoch": epoch},
         f"registered participant {code} (code epoch {epoch})")


@participant_group.command("import")
@click.argument("csv_file", type=click.Path(path_type=Path, dir_okay=False))
def participant_import(csv_file: Path) -> None:
    """Register every participant in a register CSV, all or nothing (custodians only).

    Columns: name (required), aliases (';'-separated), email, role, consent_date, code.
    The vault issues its own random codes: a code column is kept, encrypted, only to map
    material labelled with those codes (see `vault codes history`). The CSV itself is
    plaintext: delete it once imported.

    \b
    Example:
      vault participant import register.csv && shred -u register.csv
    """
    data = read_input_file(csv_file, outside=get_app().vault_root())
    vault = open_unlocked()
    result = participants.import_register(vault, data, source=csv_file.name)
    text = f"registered {result.added} participants (code epoch {result.epoch})"
    if result.legacy_codes:
        text += (f"\nkept {result.legacy_codes} codes from the file for mapping only "
                 "(epoch 0, custodians: `vault codes history CODE`)")
    text += f"\n{printable(str(csv_file))} holds identities in plaintext: delete it securely"
    emit({"added": result.added, "epoch": result.epoch, "legacy_codes": result.legacy_codes},
         text)


@participant_group.command("list")
@click.option("--reveal", is_flag=True,
              help="Also show names and contact details (custodians only; audited).")
@listing("participants")
def participant_list(reveal: bool) -> None:
    """List participants: current code, its epoch, state, interviews and items — no
    identities.

    \b
    Example:
      vault participant list
      vault participant list --json
      vault participant list --reveal      # custodians; recorded in the audit log
    """
    vault = open_unlocked() if reveal else get_app().open_vault()
    rows = participants.list_participants(vault, reveal=reveal)
    epoch = epochs.current_epoch(vault)
    header: tuple[str, ...] = ("code", "epoch", "state", "withdrawn", "interviews", "items")
    cells: list[tuple[Any, ...]] = []
    for r in rows:
        cell: tuple[Any, ...] = (r.code, epoch, r.state, r.withdrawn, r.interviews, r.items)
        if reveal:
            ident = r.identity
            cell += ((ident.name, ", ".join(ident.aliases), ident.email, ident.role,
                      ident.consent_date) if ident is not None else (None,) * 5)
        cells.append(cell)
    if reveal:
        header += ("name", "aliases", "email", "role", "consent_date")
    # register entries came from a CSV: table() prints every cell escaped, one row a line
    emit([{**r.to_json(), "epoch": epoch} for r in rows],
         lambda: table(header, cells,
                       empty="no participants yet (`vault participant import register.csv`)"))


@participant_group.command("withdraw")
@click.argument("code")
@click.option("--purge", is_flag=True,
              help="Also destroy their raw data now, with a disposition certificate.")
@click.option("--date", "date_", type=DATE,
              help="When consent was withdrawn (default: today, UTC).")
def participant_withdraw(code: str, purge: bool, date_: dt.date | None) -> None:
    """Record that the participant with CODE withdrew consent; their items are flagged.

    Retention rules anchored on `consent_withdrawn` count from the date. With --purge their
    raw objects are destroyed at once and a certificate is written.

    \b
    Example:
      vault participant withdraw PJK --date 2026-05-02
      vault participant withdraw PJK --purge
    """
    vault = open_unlocked()
    result = participants.withdraw_participant(vault, code, purge=purge, date=date_)
    text = (f"participant {result.code} withdrew consent on {result.withdrawn}; "
            f"{result.items} items flagged")
    if result.purged and result.certificate is None:
        text += "\nnone of their raw data was left to purge"
    elif result.purged:
        text += f"\npurged their raw data; certificate {result.certificate}"
    emit({"code": result.code, "withdrawn": result.withdrawn, "items": result.items,
          "purged": result.purged,
          "certificate": None if result.certificate is None else str(result.certificate)}, text)


COMMANDS = [participant_group]
