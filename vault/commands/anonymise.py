"""``vault anonymise``: de-identify transcripts.

``vault anonymise text FILE… --out-dir DIR`` works on plain files without a vault. The in-vault
forms (``vault anonymise ITEM…`` and ``vault anonymise --all``) belong to the ``items``
subcommand, which is the group's default: any first argument that is not a subcommand name
(an item id, ``--all``) is routed to it, so both forms coexist.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from vault.commands._anonymise_audio import anonymise_audio
from vault.commands._app import emit
from vault.errors import PartialFailure


class _DefaultToItems(click.Group):
    """A group whose unknown first argument means ``items`` (the in-vault form)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["items", *args]
        return super().parse_args(ctx, args)


@click.group("anonymise", cls=_DefaultToItems, invoke_without_command=True)
@click.pass_context
def anonymise_group(ctx: click.Context) -> None:
    """De-identify transcripts: participants become their codes, other people consistent
    pseudonyms ("[Colleague A]"), and places, hospitals, dates, contact details and
    identifiers typed placeholders.

    In a vault, `vault anonymise --all` (or `vault anonymise ITEM…`) redacts the ingested
    transcripts with the participant register and stores the redacted text and an encrypted
    redaction log; `--rerun` redoes named items. Outside a vault, `vault anonymise text`
    works on files.

    \b
    Example:
      vault anonymise --all
      vault anonymise text interviews/*.docx --out-dir redacted --register register.csv
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@anonymise_group.command("items", hidden=True)
@click.argument("items", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Anonymise every transcript not yet done.")
@click.option("--rerun", is_flag=True, help="Redo named ITEMs that already have a redaction.")
def anonymise_items(items: tuple[str, ...], all_: bool, rerun: bool) -> None:
    """Anonymise transcripts stored in the vault (ITEM ids, or --all).

    \b
    Example:
      vault anonymise --all
    """
    from vault.commands.review import run_anonymise_items

    run_anonymise_items(items, all_, rerun)


@anonymise_group.command("text")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(path_type=Path, dir_okay=False))
@click.option("--out-dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Directory for the redacted copies (created if missing).")
@click.option("--register", "register_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Participant register CSV: name,code[,aliases][,email].")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Write report.json: counts and spans (offsets, types, scores; no text).")
@click.option("--policy", "policy_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Redaction policy TOML (default: the packaged policies/redaction.toml).")
def anonymise_text(files: tuple[Path, ...], out_dir: Path, register_path: Path | None,
                   report_path: Path | None, policy_path: Path | None) -> None:
    """Redact transcript files (.txt, .docx, .vtt, .srt) into --out-dir under the same names.

    Participants in --register are replaced by their code ("[P07]"); the input files are never
    overwritten. A file that cannot be read is reported and the others continue (exit 4).

    \b
    Example:
      vault anonymise text P07-interview.txt P08.docx --out-dir redacted \\
          --register register.csv --report redacted/report.json
    """
    from vault.anonymise.formats import anonymise_files
    from vault.anonymise.policy import default_redaction_policy, load_redaction_policy
    from vault.anonymise.register import Register

    policy = load_redaction_policy(policy_path) if policy_path else default_redaction_policy()
    register = Register.from_csv(register_path) if register_path else None
    show_bar = len(files) > 3 and sys.stderr.isatty()
    if show_bar:
        with click.progressbar(length=len(files), label="anonymising", file=sys.stderr) as bar:
            summary = anonymise_files(files, out_dir, register=register, policy=policy,
                                      report=report_path, progress=lambda _p: bar.update(1))
    else:
        summary = anonymise_files(files, out_dir, register=register, policy=policy,
                                  report=report_path)
    for outcome in summary.failed:
        click.echo(f"failed: {outcome.error}", err=True)
    done = len(summary.files) - len(summary.failed)

    def text() -> str:
        lines = [f"{entity}: {count}" for entity, count in summary.counts.items()]
        lines.append(f"{done} file(s) written to {out_dir}, {summary.review} span(s) for review")
        return "\n".join(lines)

    data: dict[str, Any] = {"written": done, "failed": [f.name for f in summary.failed],
                            "counts": summary.counts, "review": summary.review}
    emit(data, text)
    if summary.failed:
        raise PartialFailure(f"{len(summary.failed)} of {len(summary.files)} file(s) failed",
                             failed=[f.name for f in summary.failed])


anonymise_group.add_command(anonymise_audio)  # `vault anonymise audio` (its own module)

COMMANDS = [anonymise_group]
