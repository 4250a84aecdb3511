"""``vault anonymise run|text``: de-identify transcripts.

``vault anonymise run --all`` (or ``run ITEM…``) redacts the transcripts stored in the vault;
``vault anonymise text FILE… --out-dir DIR`` works on plain files without a vault. ``vault
anonymise`` alone prints the help, which lists both with their options. The old forms
``vault anonymise --all`` / ``vault anonymise ITEM`` are refused with the new one named.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from vault.anonymise.formats import AnonymiseSummary, anonymise_files
from vault.anonymise.redaction_policy import default_redaction_policy, load_redaction_policy
from vault.anonymise.register import Register
from vault.anonymise.stored_transcripts import anonymise_items
from vault.commands._app import emit, get_app, open_unlocked
from vault.commands._params import choice, mode_option
from vault.errors import PartialFailure, printable
from vault.files import FILE_MODE, dir_mode_for, refuse_inside_vault, set_tree_mode
from vault.spark.redaction import anonymise_files_spark


class _AnonymiseGroup(click.Group):
    """Names the new form when given the old one (``vault anonymise --all``, ``… ITEM``)."""

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.commands:
            raise click.UsageError(
                f"no such command {args[0]!r}: in-vault redaction is now "
                f"`vault anonymise run {' '.join(args)}`; files: `vault anonymise text`", ctx)
        return super().resolve_command(ctx, args)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0].startswith("-") and args[0] not in ("-h", "--help"):
            raise click.UsageError(
                f"`vault anonymise {args[0]}` is now `vault anonymise run {' '.join(args)}`",
                ctx)
        return super().parse_args(ctx, args)


@click.group("anonymise", cls=_AnonymiseGroup)
def anonymise_group() -> None:
    """De-identify transcripts: participants become their codes, other people consistent
    pseudonyms ("[Colleague A]"), and places, hospitals, dates, contact details and
    identifiers typed placeholders.

    `vault anonymise run` redacts the transcripts stored in the vault, with the participant
    register, and stores the redacted text and an encrypted redaction log. `vault anonymise
    text` works on files, without a vault.

    \b
    Example:
      vault anonymise run --all
      vault anonymise text interviews/*.docx --out-dir redacted --register register.csv
    """


@anonymise_group.command("run")
@click.argument("items", nargs=-1, metavar="[ITEM]...")
@click.option("--all", "all_", is_flag=True, help="Anonymise every transcript not yet done.")
@click.option("--rerun", is_flag=True, help="Redo named ITEMs that already have a redaction.")
def anonymise_run(items: tuple[str, ...], all_: bool, rerun: bool) -> None:
    """Anonymise transcripts stored in the vault: ITEM ids, or --all not yet done.

    Prints the replacements by type and the spans left for `vault review`; a transcript that
    fails is reported by item id and the others continue (exit 4).

    \b
    Example:
      vault anonymise run --all
      vault anonymise run it_3f9c0a1b2d4e --rerun
    """

    run_anonymise_items(items, all_, rerun)


def run_anonymise_items(items: tuple[str, ...], all_: bool, rerun: bool = False) -> None:
    """``vault anonymise run ITEM…`` / ``vault anonymise run --all``.

    Prints per-type counts (text) or ``{"items", "counts", "review", "failed"}`` (``--json``);
    a transcript that fails is reported on stderr by item id and the others continue (exit 4).
    ``rerun`` redoes named ITEMs that already have a redaction (``--all`` only does new ones).

    :raises click.UsageError: neither or both of ITEM ids and ``--all``.
    """

    if bool(items) == all_:
        raise click.UsageError("give transcript ITEM ids or --all (not both)")
    if rerun and all_:
        raise click.UsageError("--rerun redoes the ITEMs you name; --all only does transcripts "
                               "not yet anonymised")
    vault = open_unlocked()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            click.echo(f"\ranonymising {done}/{total}", err=True, nl=done == total)

    summary = anonymise_items(vault, list(items) or None, rerun=rerun, progress=progress)
    for failure in summary.failed:
        click.echo(f"failed: {printable(failure.item)}: {printable(failure.error.message)}",
                   err=True)

    def text() -> str:
        lines = [f"{entity}: {count}" for entity, count in summary.counts.items()]
        lines.append(f"{len(summary.done)} transcript(s) anonymised, {summary.review} span(s) "
                     "for review" + (f", {len(summary.skipped)} already anonymised"
                                     if summary.skipped else ""))
        if summary.review:
            lines.append("next: vault review")
        return "\n".join(lines)

    emit(summary.to_json(), text)
    summary.check()


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
@click.option("--engine", type=choice(["local", "spark"]), default="local",
              show_default=True,
              help="local redacts in this process; spark on a Spark cluster (same output).")
@click.option("--master", metavar="URL",
              help="Spark master for --engine spark (default: the active session, "
                   "spark-submit's master, else local[*]).")
@mode_option
def anonymise_text(files: tuple[Path, ...], out_dir: Path, register_path: Path | None,
                   report_path: Path | None, policy_path: Path | None, engine: str,
                   master: str | None, mode: int) -> None:
    """Redact transcript files (.txt, .docx, .vtt, .srt) into --out-dir under the same names.

    Participants in --register are replaced by their code ("[P07]"); the input files are never
    overwritten. A file that cannot be read is reported and the others continue (exit 4).
    The copies and the report are created 0600 (a new --out-dir 0700) unless --mode says
    otherwise. With --engine spark the files are redacted on a Spark cluster, byte for byte as
    here; the transcripts and the register travel to its executors (README: "Running on a
    cluster").

    \b
    Example:
      vault anonymise text P07-interview.txt P08.docx --out-dir redacted \\
          --register register.csv --report redacted/report.json
      vault anonymise text archive/*.txt --out-dir redacted --register register.csv \\
          --engine spark --master spark://head:7077
    """

    if master is not None and engine != "spark":
        raise click.UsageError("--master goes with --engine spark")
    root = get_app().known_vault_root()
    refuse_inside_vault(out_dir, vault_root=root,
                        hint="redacted copies are still sensitive: write them outside the vault")
    if report_path is not None:
        refuse_inside_vault(report_path, vault_root=root, hint="write the report outside the vault")
    policy = load_redaction_policy(policy_path) if policy_path else default_redaction_policy()
    register = Register.from_csv(register_path) if register_path else None
    new_dir = not out_dir.exists()

    def run(**options: Any) -> AnonymiseSummary:
        if engine == "spark":
            return anonymise_files_spark(files, out_dir, master=master, **options)
        return anonymise_files(files, out_dir, **options)

    show_bar = len(files) > 3 and sys.stderr.isatty()
    if show_bar:
        with click.progressbar(length=len(files), label="anonymising", file=sys.stderr) as bar:
            summary = run(register=register, policy=policy, report=report_path,
                          progress=lambda _p: bar.update(1))
    else:
        summary = run(register=register, policy=policy, report=report_path)
    if mode != FILE_MODE:
        written = [o.output for o in summary.files if o.output is not None]
        for path in [*written, *([report_path] if report_path is not None else [])]:
            set_tree_mode(path, mode)
        if new_dir:
            os.chmod(out_dir, dir_mode_for(mode))
    for outcome in summary.failed:
        click.echo(f"failed: {printable(outcome.error or '')}", err=True)
    done = len(summary.files) - len(summary.failed)

    def text() -> str:
        lines = [f"{entity}: {count}" for entity, count in summary.counts.items()]
        lines.append(f"{done} file(s) written to {printable(str(out_dir))}, {summary.review} "
                     "span(s) for review")
        return "\n".join(lines)

    data: dict[str, Any] = {"written": done, "failed": [f.name for f in summary.failed],
                            "counts": summary.counts, "review": summary.review}
    emit(data, text)
    if summary.failed:
        raise PartialFailure(f"{len(summary.failed)} of {len(summary.files)} file(s) failed",
                             failed=[f.name for f in summary.failed])


COMMANDS = [anonymise_group]
