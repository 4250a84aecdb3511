"""``vault keys …``: the keystore that holds every key apart from the data (status, backup,
restore)."""
from __future__ import annotations

from pathlib import Path

import click

from vault.commands._app import emit, get_app, open_unlocked
from vault.keystore_backups import backup_keystore, backups_dir, list_backups, restore_keystore


@click.group("keys")
def keys_group() -> None:
    """The keystore: every key's secret, kept outside the vault directory.

    \b
    Example:
      vault keys status
      vault keys backup                    # an age-encrypted copy into the managed set
      vault keys restore ~/.local/share/vault/keystores/<id>/backups/keystore-….age
    """


@keys_group.command("status")
def keys_status() -> None:
    """Where the keystore and its managed backups are, and how many keys are in each state.

    \b
    Example:
      vault keys status --json
    """
    vault = get_app().open_vault()
    states = {str(r[0]): int(r[1]) for r in vault.db.execute(
        "SELECT state, COUNT(*) FROM keys GROUP BY state")}
    backups = list_backups(vault)
    data = {"keystore": str(vault.keystore_dir), "backups_dir": str(backups_dir(vault)),
            "keys": states, "backups": [b.to_json() for b in backups]}
    lines = [f"keystore     {vault.keystore_dir}",
             f"backups      {backups_dir(vault)} ({len(backups)} kept by vault)",
             "keys         " + (", ".join(f"{n} {s}" for s, n in sorted(states.items()))
                               or "none")]
    lines += [f"  {b.name}  {b.taken}" for b in backups]
    emit(data, "\n".join(lines))


@keys_group.command("backup")
def keys_backup() -> None:
    """Write an age-encrypted backup of the keystore into the set vault manages (the oldest
    beyond `keystore_backups_keep` are deleted). Every purge rewrites these backups without
    the keys it destroys; copies made any other way keep them.

    \b
    Example:
      vault keys backup
    """
    info = backup_keystore(open_unlocked())
    emit(info.to_json(), f"keystore backup written: {info.path}")


@keys_group.command("restore")
@click.argument("backup", type=click.Path(path_type=Path, dir_okay=False, exists=True))
def keys_restore(backup: Path) -> None:
    """Re-create a lost keystore from BACKUP (never replaces an existing one). Keys destroyed
    since the backup stay destroyed.

    \b
    Example:
      vault keys restore keystore-20261204T031700Z-3f9c.age
    """
    result = restore_keystore(open_unlocked(), backup)
    text = f"keystore restored: {result.restored} keys"
    if result.missing:
        text += (f"; {len(result.missing)} keys created after the backup are lost (their "
                 "objects cannot be decrypted)")
    emit({"restored": result.restored, "missing": list(result.missing),
          "skipped_destroyed": result.skipped_destroyed}, text)


COMMANDS = [keys_group]
