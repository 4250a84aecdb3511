"""``vault export ITEM --out FILE``: decrypt one item to a file outside the vault (audited)."""
from __future__ import annotations

from pathlib import Path

import click

from vault import inventory
from vault.commands._app import LARGE_FILE, emit, human_size, open_unlocked, progress_bar
from vault.errors import printable


@click.command("export")
@click.argument("item")
@click.option("--out", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="New file to write the plaintext to (never overwritten).")
def export_command(item: str, out: Path) -> None:
    """Decrypt one item to a file you name, outside the vault (audited).

    \b
    Example:
      vault export it_3f9c0a1b2d4e --out ~/listening/int03.wav
    """
    vault = open_unlocked()
    with progress_bar("decrypting", LARGE_FILE) as progress:
        result = inventory.export_item(vault, item, out, progress=progress)
    emit({"item": result.item_id, "path": str(result.path), "size": result.size},
         f"exported {result.item_id} ({human_size(result.size)}) to "
         f"{printable(str(result.path))}")


COMMANDS = [export_command]
