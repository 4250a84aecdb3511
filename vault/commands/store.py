"""Commands for the vault store itself: ``init``, ``custodian …``, ``audit …``."""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from vault import keys
from vault.commands._app import emit, get_app, json_option
from vault.errors import CustodyError, InputError
from vault.store import Vault


def prompt_passphrase(prompt: str) -> str:
    """``VAULT_PASSPHRASE`` when set, else a no-echo prompt (only with a terminal)."""
    value = os.environ.get("VAULT_PASSPHRASE")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CustodyError(f"{prompt}: passphrase needed and no terminal to ask on",
                           hint="set VAULT_PASSPHRASE, or VAULT_IDENTITY_FILE for scheduled jobs")
    confirm = prompt.startswith("new ")
    return str(click.prompt(prompt.capitalize(), hide_input=True,
                            confirmation_prompt=confirm, err=True))


def open_unlocked() -> Vault:
    """The current vault with its custodian unlocked (prompting for a passphrase if needed)."""
    vault: Vault = get_app().open_vault()
    if vault._custody is None:
        vault.set_custody(keys.Custody.unlock(vault, prompt_passphrase))
    return vault


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
    vault = Vault.init(directory, study)
    emit({"vault": str(vault.root), "study_id": vault.info.study_id},
         f"created vault {vault.root} (study {vault.info.study_id})\n"
         f"next: cd {vault.root} && vault custodian init")


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
              hidden=True, help="scrypt work factor for the identity file (log2 N).")
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
    info = keys.add_custodian(vault, recipient, label=label)
    emit({"fingerprint": info.fingerprint}, f"added custodian {info.fingerprint}")


@custodian_group.command("list")
@json_option
def custodian_list() -> None:
    """List the vault's custodians (fingerprint, label, public key, date added).

    \b
    Example:
      vault custodian list --json
    """
    custodians = keys.list_custodians(get_app().open_vault())
    emit([c.__dict__ for c in custodians],
         lambda: "\n".join(f"{c.fingerprint}  {c.label:<12} {c.added}  {c.recipient}"
                           for c in custodians) or "no custodians yet")


@custodian_group.command("remove")
@click.argument("fingerprint")
def custodian_remove(fingerprint: str) -> None:
    """Remove a custodian; class keys are rewrapped without them. Refuses the last one.

    \b
    Example:
      vault custodian remove 3f9c0a1b2d4e5f60
    """
    vault = open_unlocked()
    keys.remove_custodian(vault, fingerprint)
    emit({"removed": fingerprint}, f"removed custodian {fingerprint}")


@click.group("audit")
def audit_group() -> None:
    """The hash-chained audit log.

    \b
    Example:
      vault audit verify
      vault audit show --since 2026-01-01
    """


@audit_group.command("verify")
@json_option
def audit_verify() -> None:
    """Check the audit chain: any edited, reordered, deleted, inserted or truncated entry fails.

    \b
    Example:
      vault audit verify
    """
    report = get_app().open_vault().audit.verify()
    emit({"ok": True, "entries": report.entries, "head": report.head},
         f"audit log OK: {report.entries} entries, head {report.head[:16]}")


def _parse_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise InputError(f"--since {value!r} is not a date", hint="use YYYY-MM-DD") from exc


@audit_group.command("show")
@click.option("--since", help="Only entries on or after this date (YYYY-MM-DD, UTC).")
@json_option
def audit_show(since: str | None) -> None:
    """Show audit entries (time, custodian, action, outcome, item ids).

    \b
    Example:
      vault audit show --since 2026-03-01
    """
    start = _parse_date(since)
    entries = [e for e in get_app().open_vault().audit.entries()
               if start is None or e.time[:10] >= start]
    emit([e.to_json() for e in entries],
         lambda: "\n".join(f"{e.seq:>5} {e.time[:19]} {e.custodian:<16} {e.action:<24} "
                           f"{e.outcome:<8} {' '.join(e.items)}" for e in entries)
         or "no entries")


COMMANDS = [init_command, custodian_group, audit_group]
