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
@click.option("--keystore", metavar="PATH",
              help="Where the keystore (every key, apart from the data) goes; outside the "
                   "vault directory. Default: ~/.local/share/vault/keystores/<study id>.")
def init_command(directory: Path, study: str, keystore: str | None) -> None:
    """Create a new, empty vault in DIRECTORY (which must be new or empty), and its keystore.

    Creates vault.toml, catalog.sqlite, objects/, policies/ (the default policies) and
    audit.log, readable by you only, and the keystore outside the vault directory (so a
    backup of the vault never holds a key). Next, run `vault custodian init` inside it.

    \b
    Example:
      vault init ./mentoring-vault --study "Mentoring and well-being"
      vault init ./mentoring-vault --study "Mentoring" --keystore /srv/keys/mentoring
    """
    refuse_inside_vault(directory, vault_root=get_app().known_vault_root(),
                        hint="create the new vault outside any existing vault")
    vault = Vault.init(directory, study, keystore=keystore)
    emit({"vault": str(vault.root), "study_id": vault.info.study_id,
          "keystore": str(vault.keystore_dir)},
         f"created vault {vault.root} (study {vault.info.study_id})\n"
         f"keystore {vault.keystore_dir} (back it up only with `vault keys backup`)\n"
         f"next: cd {vault.root} && vault custodian init")


COMMANDS = [init_command]
