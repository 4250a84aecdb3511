"""``vault init DIR --study NAME``: create a new vault."""
from __future__ import annotations

from pathlib import Path

import click

from vault.commands._app import emit, get_app
from vault.files import refuse_inside_vault
from vault.store import Vault


@click.command("init")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@click.option("--study", required=True, help="The study's name (stored in vault.toml).")
def init_command(directory: Path, study: str) -> None:
    """Create a new, empty vault in DIRECTORY (which must be new or empty).

    Creates vault.toml, catalog.sqlite, objects/, policies/ (the default policies) and
    audit.log, readable by you only. Next, run `vault custodian init` inside it.

    \b
    Example:
      vault init ./mentoring-vault --study "Mentoring and well-being"
    """
    refuse_inside_vault(directory, vault_root=get_app().known_vault_root(),
                        hint="create the new vault outside any existing vault")
    vault = Vault.init(directory, study)
    emit({"vault": str(vault.root), "study_id": vault.info.study_id},
         f"created vault {vault.root} (study {vault.info.study_id})\n"
         f"next: cd {vault.root} && vault custodian init")


COMMANDS = [init_command]
