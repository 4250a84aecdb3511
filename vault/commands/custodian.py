"""``vault custodian …``: who holds the keys (init, add, list, remove)."""
from __future__ import annotations

from pathlib import Path

import click

from vault import custodians, keys
from vault.commands._app import emit, get_app, open_unlocked, prompt_passphrase
from vault.commands._listing import listing, table
from vault.errors import printable


@click.group("custodian")
def custodian_group() -> None:
    """Custodians: the people whose keys can open the vault.

    \b
    Example:
      vault custodian init                 # first custodian of a new vault
      vault custodian add age1qyqsz…       # a second custodian's public key
      vault custodian list
    """


@custodian_group.command("init")
@click.option("--store", type=click.Choice(["auto", "keyring", "file"]), default="auto",
              show_default=True,
              help="Where the identity goes: the OS keyring, or a passphrase-protected file.")
@click.option("--identity-file", type=click.Path(path_type=Path, dir_okay=False),
              help="Identity file path (default: ~/.config/vault/<study id>.identity.age).")
@click.option("--label", default="custodian", show_default=True,
              help="A role label for this custodian (no personal names needed).")
@click.option("--work-factor", type=click.IntRange(10, 22), default=keys.DEFAULT_WORK_FACTOR,
              show_default=True, help="scrypt cost (log2 N) of the identity file's passphrase: "
                                      "each step doubles the time to unlock it, and to guess it.")
def custodian_init(store: str, identity_file: Path | None, label: str, work_factor: int) -> None:
    """Create your X25519 identity and store it in the keyring or an identity file.

    On a desktop with a keyring the identity goes there. On a headless server it goes to an
    scrypt-protected identity file (passphrase from VAULT_PASSPHRASE or a prompt). The first
    custodian of a vault is registered at once; a later one prints the public key for an
    existing custodian to `vault custodian add`.

    \b
    Example:
      vault custodian init --store file --identity-file ~/.config/vault/study.age
    """
    vault = get_app().open_vault()
    if store == "auto" and identity_file is None and not keys.keyring_available():
        # said before the passphrase prompt, so the steward knows what the passphrase guards
        click.echo("note: no keyring backend found on this machine, so the identity goes to a "
                   "passphrase-protected identity file: "
                   f"{printable(str(keys.default_identity_path(vault.info.study_id)))}",
                   err=True)
    info, where = keys.init_custodian(vault, store=store, identity_file=identity_file,
                                      passphrase=prompt_passphrase, label=label,
                                      work_factor=work_factor)
    registered = any(c.fingerprint == info.fingerprint for c in keys.list_custodians(vault))
    text = f"identity stored in {where}\nfingerprint {info.fingerprint}\npublic key {info.recipient}"
    if not registered:
        text += ("\nnot yet a custodian of this vault: ask a custodian to run\n"
                 f"  vault custodian add {info.recipient}")
    emit({"fingerprint": info.fingerprint, "recipient": info.recipient, "stored": where,
          "registered": registered}, text)


@custodian_group.command("add")
@click.argument("recipient")
@click.option("--label", default="custodian", show_default=True, help="Role label.")
def custodian_add(recipient: str, label: str) -> None:
    """Add a custodian by their age public key; every class key is rewrapped to them.

    \b
    Example:
      vault custodian add age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    """
    vault = open_unlocked()
    info = custodians.add_custodian(vault, recipient, label=label)
    emit({"fingerprint": info.fingerprint}, f"added custodian {info.fingerprint}")


@custodian_group.command("list")
@listing("custodians")
def custodian_list() -> None:
    """List the vault's custodians (fingerprint, label, public key, date added).

    \b
    Example:
      vault custodian list --json
    """
    custodians = keys.list_custodians(get_app().open_vault())
    emit([c.__dict__ for c in custodians],
         lambda: table(("fingerprint", "label", "added", "recipient"),
                       [(c.fingerprint, c.label, c.added, c.recipient) for c in custodians],
                       empty="no custodians yet"))


@custodian_group.command("remove")
@click.argument("fingerprint")
def custodian_remove(fingerprint: str) -> None:
    """Remove a custodian; class keys are rewrapped without them. Refuses the last one.

    \b
    Example:
      vault custodian remove 3f9c0a1b2d4e5f60
    """
    vault = open_unlocked()
    custodians.remove_custodian(vault, fingerprint)
    emit({"removed": fingerprint}, f"removed custodian {fingerprint}")


COMMANDS = [custodian_group]
