"""``vault export ITEM --out FILE``: decrypt one item to a file outside the vault (audited)."""
from __future__ import annotations

from pathlib import Path

import click

from vault import inventory
from vault.commands._app import (
    LARGE_FILE,
    emit,
    human_size,
    json_option,
    open_unlocked,
    progress_bar,
)
from vault.commands._params import mode_option
from vault.errors import printable
from vault.files import FILE_MODE, set_tree_mode


@click.command("export")
@click.argument("item")
@click.option("--out", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="New file to write the plaintext to (never overwritten).")
@mode_option
@json_option
def export_command(item: str, out: Path, mode: int) -> None:
    """Decrypt one item to a file you name, outside the vault (audited).

    The file is created 0600, whatever the umask, unless --mode says otherwise.

    \b
    Example:
      vault export it_3f9c0a1b2d4e --out ~/listening/int03.wav
    """
    vault = open_unlocked()
    with progress_bar("decrypting", LARGE_FILE) as progress:
        result = inventory.export_item(vault, item, out, progress=progress)
    if mode != FILE_MODE:
        set_tree_mode(result.path, mode)
    emit({"item": result.item_id, "path": str(result.path), "size": result.size},
         f"exported {result.item_id} ({human_size(result.size)}) to "
         f"{printable(str(result.path))}")


COMMANDS = [export_command]
