"""``vault list``: the items in the vault (ids, classes, sizes, states; never names)."""
from __future__ import annotations

import click

from vault import inventory
from vault.commands._app import emit, get_app, human_size, json_option, open_unlocked
from vault.errors import printable


@click.command("list")
@click.option("--class", "data_class", metavar="CLASS",
              help="Only items of this data class (audio, transcript_raw, …).")
@click.option("--participant", "participant_code", metavar="CODE",
              help="Only this participant's items (code of the current epoch).")
@click.option("--reveal", is_flag=True,
              help="Also show original file names (needs custody; audited).")
@json_option
def list_command(data_class: str | None, participant_code: str | None, reveal: bool) -> None:
    """List items: id, class, participant code, interview, size, created, state.

    Original file names can identify people and are shown only with --reveal.

    \b
    Example:
      vault list --class audio --participant P03
    """
    vault = open_unlocked() if reveal else get_app().open_vault()
    items = inventory.list_items(vault, data_class=data_class,
                                 participant_code=participant_code, reveal=reveal)

    def text() -> str:
        if not items:
            return "no items"
        lines = [f"{'ID':<16}{'CLASS':<16}{'PARTICIPANT':<13}{'INT':>4} {'SIZE':>9}  "
                 f"{'CREATED':<21}{'STATE':<10}" + ("NAME" if reveal else "")]
        for i in items:
            lines.append(f"{i.id:<16}{i.data_class:<16}{i.participant or '-':<13}"
                         f"{i.interview if i.interview is not None else '-':>4} "
                         f"{human_size(i.size):>9}  {i.created:<21}{i.state:<10}"
                         + (printable(i.original_name or "-") if reveal else ""))
        return "\n".join(lines)

    emit([i.to_json() for i in items], text)


COMMANDS = [list_command]
