"""``vault list``: the items in the vault (ids, classes, sizes, states; never names)."""
from __future__ import annotations

import click

from vault import inventory
from vault.commands._app import emit, get_app, human_size, open_unlocked
from vault.commands._listing import listing, table
from vault.commands._params import choice
from vault.retention.rules import DATA_CLASSES


@click.command("list")
@click.option("--class", "data_class", type=choice(DATA_CLASSES),
              help="Only items of this data class.")
@click.option("--participant", "participant_code", metavar="CODE",
              help="Only this participant's items (code of the current epoch).")
@click.option("--reveal", is_flag=True,
              help="Also show original file names (needs custody; audited).")
@listing("items")
def list_command(data_class: str | None, participant_code: str | None, reveal: bool) -> None:
    """List items: id, class, participant code, interview, size, created, state.

    Original file names can identify people and are shown only with --reveal. An item a
    review or a re-run replaced shows the item that replaced it ("replaced by it_…").

    \b
    Example:
      vault list --class audio --participant P03
      vault list --json
    """
    vault = open_unlocked() if reveal else get_app().open_vault()
    items = inventory.list_items(vault, data_class=data_class,
                                 participant_code=participant_code, reveal=reveal)
    header = ("id", "class", "participant", "interview", "size", "created", "state")
    rows = [(i.id, i.data_class, i.participant, i.interview, human_size(i.size), i.created,
             f"replaced by {i.replaced_by}" if i.replaced_by else i.state)
            + ((i.original_name,) if reveal else ()) for i in items]
    emit([i.to_json() for i in items],
         lambda: table(header + (("name",) if reveal else ()), rows, empty="no items",
                       right={4}))


COMMANDS = [list_command]
