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

from vault.anonymise.formats import AnonymiseSummary, anonymise_files
from vault.anonymise.redaction_policy import default_redaction_policy, load_redaction_policy
from vault.anonymise.register import Register
from vault.anonymise.stored_transcripts import anonymise_items
from vault.commands._app import emit, open_unlocked
from vault.errors import PartialFailure
from vault.spark.redaction import anonymise_files_spark


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
def anonymise_items_command(items: tuple[str, ...], all_: bool, rerun: bool) -> None:
    """Anonymise transcripts stored in the vault (ITEM ids, or --all).

    \b
    Example:
      vault anonymise --all
    """

    run_anonymise_items(items, all_, rerun)


def run_anonymise_items(items: tuple[str, ...], all_: bool, rerun: bool = False) -> None:
    """``vault anonymise ITEM…`` / ``vault anonymise --all`` (the ``items`` subcommand).

    Prints per-type counts (text) or ``{"items", "counts", "review", "failed"}`` (``--json``);
    a transcript that fails is reported on stderr by item id and the others continue (exit 4).
    ``rerun`` redoes named ITEMs that already have a redaction (``--all`` only does new ones).

    :raises click.UsageError: neither or both of ITEM ids and ``--all``.
    """

    if bool(items) == all_:
        raise click.UsageError("give transcript ITEM ids or --all (not both)")
    vault = open_unlocked()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            click.echo(f"\ranonymising {done}/{total}", err=True, nl=done == total)

    summary = anonymise_items(vault, list(items) or None, rerun=rerun, progress=progress)
    for failure in summary.failed:
        click.echo(f"failed: {failure.item}: {failure.error.message}", err=True)

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
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local",
              show_default=True,
              help="local redacts in this process; spark on a Spark cluster (same output).")
@click.option("--master", metavar="URL",
              help="Spark master for --engine spark (default: the active session, "
                   "spark-submit's master, else local[*]).")
def anonymise_text(files: tuple[Path, ...], out_dir: Path, register_path: Path | None,
                   report_path: Path | None, policy_path: Path | None, engine: str,
                   master: str | None) -> None:
    """Redact transcript files (.txt, .docx, .vtt, .srt) into --out-dir under the same names.

    Participants in --register are replaced by their code ("[P07]"); the input files are never
    overwritten. A file that cannot be read is reported and the others continue (exit 4).
    With --engine spark the files are redacted on a Spark cluster, byte for byte as here; the
    transcripts and the register travel to its executors (README: "Running on a cluster").

    \b
    Example:
      vault anonymise text P07-interview.txt P08.docx --out-dir redacted \\
          --register register.csv --report redacted/report.json
      vault anonymise text archive/*.txt --out-dir redacted --register register.csv \\
          --engine spark --master spark://head:7077
    """

    if master is not None and engine != "spark":
        raise click.UsageError("--master goes with --engine spark")
    policy = load_redaction_policy(policy_path) if policy_path else default_redaction_policy()
    register = Register.from_csv(register_path) if register_path else None

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


COMMANDS = [anonymise_group]
