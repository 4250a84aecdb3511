"""``vault audit …``: verify, show, checkpoint and reconcile the signed audit log."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import click

from vault.audit import read_checkpoint
from vault.commands._app import emit, get_app, json_option, open_unlocked
from vault.commands._listing import listing, table
from vault.commands._params import DATE
from vault.errors import InputError, printable
from vault.files import read_input_file, refuse_inside_vault, write_private
from vault.reconcile import reconcile


@click.group("audit")
def audit_group() -> None:
    """The signed, hash-chained audit log.

    \b
    Example:
      vault audit verify
      vault audit checkpoint -o ~/checkpoints/study-2026-03-31.txt
      vault audit verify --checkpoint ~/checkpoints/study-2026-03-31.txt
      vault audit show --since 2026-01-01
    """


@audit_group.command("verify")
@click.option("--checkpoint", "checkpoint_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Prove the log extends this checkpoint (a checkpoint file, a disposition "
                   "certificate or a release's manifest.json).")
@click.option("--key", help="The verifier key (vkey) to trust, from your records; default: "
                            "the one vault.toml names.")
@json_option
def audit_verify(checkpoint_file: Path | None, key: str | None) -> None:
    """Check the audit log, read-only: any edited, reordered, deleted, inserted, unsigned or
    appended entry fails; with --checkpoint, so does truncation, rollback or a rewritten
    history. Runs no recovery and changes no byte.

    \b
    Example:
      vault audit verify
      vault audit verify --checkpoint certificates/cert_3f9c0a1b2d4e.json
    """
    note = None
    if checkpoint_file is not None:
        note = read_checkpoint(read_input_file(checkpoint_file))
    vault = get_app().open_vault(read_only=True)
    with vault.locked():
        report = vault.audit.verify(checkpoint=note, key=key)
    point = report.checkpoint
    text = f"audit log OK: {report.entries} entries, head {report.head[:16]}"
    if report.signed_from is not None:
        text += f", signed from entry {report.signed_from}"
    if point is not None:
        text += f"; extends the checkpoint of {point.time} ({point.size} entries)"
    emit({"ok": True, "entries": report.entries, "head": report.head, "key": report.key,
          "signed_from": report.signed_from, "pending": report.pending,
          "checkpoint": None if point is None else {"size": point.size, "time": point.time}},
         text)


@audit_group.command("checkpoint")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the checkpoint to this new file (default: print it).")
def audit_checkpoint(output: Path | None) -> None:
    """Sign a checkpoint of the log (size, Merkle root, head, time; a C2SP signed note).

    Keep checkpoints outside the vault (e-mail one to the data protection officer, put one in
    the ethics file): anyone holding one can later prove, with `vault audit verify
    --checkpoint`, that no entry up to it was removed or changed.

    \b
    Example:
      vault audit checkpoint -o ~/checkpoints/study-2026-03-31.txt
    """
    vault = open_unlocked()
    if output is not None:
        refuse_inside_vault(output, vault_root=vault.root,
                            hint="keep checkpoints outside the vault: whoever can replace the "
                                 "log can replace a checkpoint kept beside it")
        if os.path.lexists(output):
            raise InputError(f"{output}: already exists", hint="choose a new file name")
    note = vault.audit.checkpoint()
    if output is None:
        click.echo(note, nl=False)
        return
    write_private(output, note.encode())
    click.echo(f"checkpoint written to {printable(str(output))}")


@audit_group.command("key")
def audit_key() -> None:
    """Print the vault's verifier key (vkey): keep it with your checkpoints.

    \b
    Example:
      vault audit key
    """
    vault = get_app().open_vault(read_only=True)
    verifier = vault.audit.verifier()
    if verifier is None:
        raise InputError("the vault has no signing key yet", hint="run `vault custodian init`")
    click.echo(verifier.vkey)


@audit_group.command("reconcile")
@click.option("--dry-run", is_flag=True, help="Only say what would be adopted, quarantined "
                                              "and re-catalogued.")
@json_option
def audit_reconcile(dry_run: bool) -> None:
    """Bring a catalog that is behind audit.log up to date, losing nothing.

    Adopts the entries past the catalog's head that verify as this vault's signed entries,
    moves anything after them to audit.quarantine/, re-catalogues the objects those entries
    created (when their class key and participant are in the catalog) and re-destroys what
    they purged. No object file is deleted. Run it after `vault audit verify` has shown why
    the log is ahead (typically: catalog.sqlite restored from an older backup).

    \b
    Example:
      vault audit reconcile --dry-run
      vault audit reconcile
    """
    result = reconcile(open_unlocked(), dry_run=dry_run)

    def text() -> str:
        if not result.changed:
            return "nothing to reconcile: audit.log ends at the catalog's head"
        verb = "would " if dry_run else ""
        lines = []
        if result.adopted:
            lines.append(f"{verb}adopt entries {result.adopted[0]}-{result.adopted[1]}")
        if result.quarantined:
            lines.append(f"{verb}quarantine {result.quarantined_bytes} bytes to "
                         f"{result.quarantined}")
        lines += [f"re-catalogued {i}" for i in result.recatalogued] if not dry_run else []
        lines += [f"not re-catalogued {i}: {why}" for i, why in result.not_recatalogued.items()]
        if result.destroyed or result.keys_destroyed:
            lines.append(f"{verb}mark {len(result.destroyed)} purged item(s) and "
                         f"{len(result.keys_destroyed)} class key(s) destroyed again")
        for action, count in sorted(result.not_reapplied.items()):
            lines.append(f"not re-applied: {count} {action} entr{'y' if count == 1 else 'ies'}"
                         " (their effect is missing from this catalog)")
        return "\n".join(lines)

    emit(result.to_json(), text)


@audit_group.command("show")
@click.option("--since", type=DATE, help="Only entries on or after this date (UTC).")
@listing("audit_entries")
def audit_show(since: dt.date | None) -> None:
    """Show audit entries: sequence number, time, custodian, action, outcome, item ids.

    --json adds each entry's details, chain hash and signature.

    \b
    Example:
      vault audit show --since 2026-03-01
    """
    start = since.isoformat() if since is not None else None
    entries = [e for e in get_app().open_vault(read_only=True).audit.entries()
               if start is None or e.time[:10] >= start]
    emit([e.to_json() for e in entries],
         lambda: table(("seq", "time", "custodian", "action", "outcome", "items"),
                       [(e.seq, e.time[:19] + "Z", e.custodian, e.action, e.outcome,
                         " ".join(e.items))
                        for e in entries], empty="no entries"))


COMMANDS = [audit_group]
