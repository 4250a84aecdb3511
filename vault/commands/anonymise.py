"""``vault anonymise run|text|audio|terms``: de-identify transcripts, and mute their identifiers in recordings.

``vault anonymise run --all`` (or ``run ITEM…``) redacts the transcripts stored in the vault;
``vault anonymise text FILE… --out-dir DIR`` works on plain files without a vault, and so does
``vault anonymise audio RECORDING --transcript FILE --out OUT``; ``vault anonymise audio --all``
mutes the vault's recordings where their redacted transcripts say identifiers; ``vault
anonymise terms …`` keeps the study's sealed deny and allow lists (:mod:`vault.anonymise.study_terms`).
``vault anonymise`` alone prints the help, which lists them with their options. The old forms
``vault anonymise --all`` / ``vault anonymise ITEM`` are refused with the new one named.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from vault.anonymise.decisions import Decision
from vault.anonymise.formats import AnonymiseSummary, UncertainSpan, anonymise_files
from vault.anonymise.redaction_policy import (
    ENTITY_TYPES,
    default_redaction_policy,
    load_redaction_policy,
)
from vault.anonymise.register import Register
from vault.anonymise.review import add_to_allow_list, add_to_deny_list, remove_from_term_lists
from vault.anonymise.stored_transcripts import (
    VaultAnonymiseSummary,
    anonymise_items,
    anonymise_stale,
    stale_transcripts,
)
from vault.anonymise.study_terms import TermsChange, reveal_study_terms, terms_revision
from vault.commands._app import emit, get_app, is_interactive, json_option, open_unlocked
from vault.commands._params import choice, mode_option
from vault.errors import InputError, PartialFailure, printable
from vault.files import FILE_MODE, dir_mode_for, refuse_inside_vault, set_tree_mode
from vault.spark.redaction import anonymise_files_spark

if TYPE_CHECKING:
    from vault.store import Vault


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
@click.option("--stale", is_flag=True,
              help="Re-redact every transcript (or the named raw ITEMs) redacted under an "
                   "earlier redaction policy, term list or register.")
@click.option("--dry-run", is_flag=True, help="With --stale: list them, change nothing.")
def anonymise_run(items: tuple[str, ...], all_: bool, rerun: bool, stale: bool,
                  dry_run: bool) -> None:
    """Anonymise transcripts stored in the vault: ITEM ids, --all not yet done, or --stale.

    Prints the replacements by type and the spans left for `vault review`; a transcript that
    fails is reported by item id and the others continue (exit 4). `--rerun` and `--stale`
    replay earlier review decisions, so only spans never decided go to review.

    \b
    Example:
      vault anonymise run --all
      vault anonymise run it_3f9c0a1b2d4e --rerun
      vault anonymise run --stale --dry-run
    """

    if stale:
        run_anonymise_stale(items, all_=all_, rerun=rerun, dry_run=dry_run)
        return
    if dry_run:
        raise click.UsageError("--dry-run goes with --stale")
    run_anonymise_items(items, all_, rerun)


def _ask_uncertain(span: UncertainSpan) -> Decision:
    """One low-confidence span at the terminal: r(edact) or k(eep); context on a terminal."""
    click.echo(f"\n{printable(span.file)}: {span.entity_type} (score {span.score:.2f})")
    if sys.stdout.isatty():
        click.echo(f"  …{span.before}" + click.style(f"[{span.text}]", bold=True)
                   + f"{span.after}…")
    else:
        click.echo("  (context hidden: output is not a terminal)")
    answer = click.prompt("redact or keep", type=click.Choice(["r", "k"]), default="r",
                          show_choices=True)
    return Decision.REJECT if answer == "k" else Decision.ACCEPT


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        click.echo(f"\ranonymising {done}/{total}", err=True, nl=done == total)


def run_anonymise_items(items: tuple[str, ...], all_: bool, rerun: bool = False) -> None:
    """``vault anonymise run ITEM…`` / ``vault anonymise run --all``.

    Prints per-type counts (text) or ``{"items", "counts", "review", "replayed", "failed"}``
    (``--json``); a transcript that fails is reported on stderr by item id and the others
    continue (exit 4); the one transcript asked for failing exits with its own error.
    ``rerun`` redoes named ITEMs that already have a redaction (``--all`` only does new ones),
    replaying earlier review decisions.

    :raises click.UsageError: neither or both of ITEM ids and ``--all``.
    """

    if bool(items) == all_:
        raise click.UsageError("give transcript ITEM ids or --all (not both)")
    if rerun and all_:
        raise click.UsageError("--rerun redoes the ITEMs you name; --all only does transcripts "
                               "not yet anonymised")
    vault = open_unlocked()
    summary = anonymise_items(vault, list(items) or None, rerun=rerun, progress=_progress)
    _report(summary, "anonymised")


def run_anonymise_stale(items: tuple[str, ...], *, all_: bool, rerun: bool,
                        dry_run: bool) -> None:
    """``vault anonymise run --stale [ITEM…] [--dry-run]``: re-redact (or list) the transcripts
    redacted under an earlier redaction policy, term list or register.

    :raises click.UsageError: ``--stale`` with ``--all`` or ``--rerun``.
    """
    if all_ or rerun:
        raise click.UsageError("--stale goes alone (or with raw transcript ITEM ids)")
    vault = open_unlocked()
    if dry_run:
        stale = stale_transcripts(vault, list(items) or None)
        emit([s.to_json() for s in stale],
             lambda: "\n".join([f"{s.redacted_id}  transcript {s.raw_id}  changed: "
                                f"{', '.join(s.reasons)}" for s in stale]
                               + [f"{len(stale)} stale transcript(s)"
                                  + ("; next: vault anonymise run --stale" if stale else "")]))
        return
    summary = anonymise_stale(vault, list(items) or None, progress=_progress)
    _report(summary, "re-redacted")


def _report(summary: VaultAnonymiseSummary, verb: str) -> None:
    if len(summary.failed) == 1 and not summary.done:
        summary.check()  # the one transcript asked for failed: its own error, one line
    for failure in summary.failed:
        click.echo(f"failed: {printable(failure.item)}: {printable(failure.error.message)}",
                   err=True)

    def text() -> str:
        lines = [f"{entity}: {count}" for entity, count in summary.counts.items()]
        lines.append(f"{len(summary.done)} transcript(s) {verb}, "
                     + (f"{summary.replayed} earlier decision(s) replayed, "
                        if summary.replayed else "")
                     + f"{summary.review} span(s) for review"
                     + (f", {len(summary.skipped)} already anonymised"
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
@click.option("--review", "review", is_flag=True,
              help="Decide each low-confidence span at the terminal (default: redact them all).")
@click.option("--engine", type=choice(["local", "spark"]), default="local",
              show_default=True,
              help="local redacts in this process; spark on a Spark cluster (same output).")
@click.option("--master", metavar="URL",
              help="Spark master for --engine spark (default: the active session, "
                   "spark-submit's master, else local[*]).")
@mode_option
def anonymise_text(files: tuple[Path, ...], out_dir: Path, register_path: Path | None,
                   report_path: Path | None, policy_path: Path | None, review: bool,
                   engine: str, master: str | None, mode: int) -> None:
    """Redact transcript files (.txt, .docx, .vtt, .srt) into --out-dir under the same names.

    Participants in --register are replaced by their code ("[P07]"); the input files are never
    overwritten. A file that cannot be read is reported and the others continue (exit 4).
    Nobody reviews these copies later, so low-confidence spans are redacted too and counted;
    with --review you decide each one at the terminal (redact or keep), seeing a little
    context. The copies and the report are created 0600 (a new --out-dir 0700) unless --mode
    says otherwise. With --engine spark the files are redacted on a Spark cluster, byte for
    byte as here; the transcripts and the register travel to its executors (README: "Running
    on a cluster").

    \b
    Example:
      vault anonymise text P07-interview.txt P08.docx --out-dir redacted \\
          --register register.csv --report redacted/report.json
      vault anonymise text P07-interview.docx --out-dir redacted --review
      vault anonymise text archive/*.txt --out-dir redacted --register register.csv \\
          --engine spark --master spark://head:7077
    """
    if master is not None and engine != "spark":
        raise click.UsageError("--master goes with --engine spark")
    if review and engine == "spark":
        raise click.UsageError("--review asks at this terminal: use it without --engine spark")

    root = get_app().known_vault_root()
    refuse_inside_vault(out_dir, vault_root=root,
                        hint="redacted copies are still sensitive: write them outside the vault")
    if report_path is not None:
        refuse_inside_vault(report_path, vault_root=root, hint="write the report outside the vault")
    if review and not is_interactive():
        raise click.UsageError("--review asks at a terminal; without one, low-confidence spans "
                               "are redacted (the default)")
    policy = load_redaction_policy(policy_path) if policy_path else default_redaction_policy()
    register = Register.from_csv(register_path) if register_path else None
    new_dir = not out_dir.exists()
    show_bar = len(files) > 3 and sys.stderr.isatty() and not review
    decide = _ask_uncertain if review else None

    def run(**options: Any) -> AnonymiseSummary:
        if engine == "spark":
            return anonymise_files_spark(files, out_dir, master=master, **options)
        return anonymise_files(files, out_dir, decide=decide, **options)

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
        redacted = summary.review - summary.kept
        lines.append(f"{done} file(s) written to {printable(str(out_dir))}, {redacted} "
                     "low-confidence span(s) redacted to be safe"
                     + (f", {summary.kept} kept at your word" if summary.kept else ""))
        if redacted and not review:
            lines.append("to decide them yourself: run again with --review on a terminal")
        return "\n".join(lines)

    data: dict[str, Any] = {"written": done, "failed": [f.name for f in summary.failed],
                            "counts": summary.counts, "uncertain": summary.review,
                            "kept": summary.kept}
    emit(data, text)
    if summary.failed:
        raise PartialFailure(f"{len(summary.failed)} of {len(summary.files)} file(s) failed",
                             failed=[f.name for f in summary.failed])


@anonymise_group.command("audio")
@click.argument("recording", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--transcript", "transcript", type=click.Path(path_type=Path, dir_okay=False),
              help="The recording's verbatim transcript (.txt, .docx, .vtt, .srt).")
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False),
              help="The redacted recording to write (same format; never overwritten).")
@click.option("--register", "register_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Participant register CSV: name,code[,aliases][,email].")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the JSON report: windows and how each span was located (no words).")
@click.option("--policy", "policy_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Redaction policy TOML with an [audio] table (default: the packaged one).")
@click.option("--all", "all_", is_flag=True,
              help="In the vault: every recording with a redacted transcript not yet done.")
@mode_option
def anonymise_audio(recording: Path | None, transcript: Path | None, out: Path | None,
                    register_path: Path | None, report_path: Path | None,
                    policy_path: Path | None, all_: bool, mode: int) -> None:
    """Mute identifiers in a recording, where the verbatim transcript says them.

    The transcript is aligned to the recording (pocketsphinx, offline); every redacted span
    becomes a padded window of silence or tone (policy [audio]). A span that cannot be located
    mutes its whole turn or cue (fail closed) and is listed in the report. Duration, sample
    rate, channels and format (WAV, FLAC, Ogg, MP3, M4A) are kept; tags are dropped. The
    recording and the report are created 0600 unless --mode says otherwise.

    Standalone, the transcript is redacted with --register and --policy as `vault anonymise
    text` does (spans for review are muted too). In a vault, --all uses each transcript's
    redaction log (review decisions count) and stores the result encrypted; recordings of
    participants who withdrew consent are skipped.

    \b
    Example:
      vault anonymise audio P07.mp3 --transcript P07.docx --out redacted/P07.mp3 \\
          --register register.csv --report redacted/P07.json
      vault anonymise audio --all
    """
    if all_:
        if any(v is not None for v in (recording, transcript, out, register_path, report_path,
                                       policy_path)) or mode != FILE_MODE:
            raise click.UsageError("--all takes no RECORDING, --transcript, --out, --register, "
                                   "--report, --policy or --mode (the vault's own are used; "
                                   "its recordings stay encrypted in it)")
        _anonymise_vault_audio()
        return
    if recording is None or transcript is None or out is None:
        raise click.UsageError("give RECORDING, --transcript and --out (or --all in a vault)")
    # lazy: the audio package loads numpy, PyAV, soundfile and pocketsphinx
    from vault.anonymise.audio.report import summary_line
    from vault.anonymise.audio.standalone import redact_audio_file

    root = get_app().known_vault_root()
    register = Register.from_csv(register_path) if register_path else None
    report = redact_audio_file(recording, transcript, out, register=register,
                               policy_path=policy_path, report=report_path, vault_root=root,
                               file_mode=mode)
    data = {"out": str(out), "counts": report.counts, "windows": len(report.windows),
            "muted_seconds": round(report.muted_seconds, 3),
            "fail_closed": len(report.fail_closed)}

    def text() -> str:
        lines = [summary_line(report), f"written to {printable(str(out))}"]
        if report.fail_closed:
            lines.append(f"{len(report.fail_closed)} span(s) could not be located: their whole "
                         "turn was muted (see the report)")
        return "\n".join(lines)

    emit(data, text)


def _anonymise_vault_audio() -> None:
    """``vault anonymise audio --all``: per recording one line, failures on stderr (exit 4)."""
    # lazy: the audio package loads numpy, PyAV, soundfile and pocketsphinx
    from vault.anonymise.audio.in_vault import redact_vault_audio

    vault = open_unlocked()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            click.echo(f"\rredacting audio {done}/{total}", err=True, nl=done == total)

    summary = redact_vault_audio(vault, progress=progress)
    for failure in summary.failed:
        click.echo(f"failed: {printable(failure.audio_id)}: "
                   f"{printable(failure.error.message)}", err=True)

    def text() -> str:
        lines = [f"{d.audio_id} -> {d.redacted_id}: {d.windows} window(s), "
                 f"{d.muted_seconds:.1f} s muted; spans {d.counts['aligned']} aligned, "
                 f"{d.counts['interpolated']} interpolated, {d.counts['turn']} whole turn"
                 for d in summary.done]
        lines.append(f"{len(summary.done)} recording(s) redacted, {len(summary.current)} "
                     f"already current, {len(summary.no_transcript)} without a redacted "
                     f"transcript, {len(summary.withdrawn)} of withdrawn participants skipped")
        return "\n".join(lines)

    emit(summary.to_json(), text)
    summary.check()


# --- vault anonymise terms: the study's sealed deny and allow lists -----------------------
# Terms are names, so they are read from a file or standard input (one a line) rather than the
# command line, where they would land in shell history, and printed only with
# ``show --reveal`` (custodians; audited).

#: the largest terms file read (a list of names, not a corpus)
MAX_TERMS_BYTES = 1024 * 1024

_SOURCE = click.argument("source", metavar="FILE", type=click.Path(dir_okay=False,
                                                                  allow_dash=True))


def read_terms(source: str) -> list[str]:
    """The terms in ``source`` (a path, or ``-`` for standard input): one per line, blank
    lines and lines starting with ``#`` skipped.

    :raises InputError: unreadable, too large, not UTF-8, or no terms.
    """
    name = "standard input" if source == "-" else Path(source).name
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_TERMS_BYTES + 1)
        else:
            with open(source, "rb") as handle:
                data = handle.read(MAX_TERMS_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read the terms file ({exc.strerror})") from exc
    if len(data) > MAX_TERMS_BYTES:
        raise InputError(f"{name}: the terms file is larger than 1 MiB",
                         hint="one term a line: names, not transcripts")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: the terms file is not UTF-8 text",
                         hint="save it as UTF-8") from exc
    terms = [line.strip() for line in text.splitlines()]
    terms = [t for t in terms if t and not t.startswith("#")]
    if not terms:
        raise InputError(f"{name}: no terms (one a line; # starts a comment)")
    return terms


def _change(source: str, change_lists: Callable[[Vault, list[str]], TermsChange],
            verb: str) -> None:
    """Read the terms (before opening the vault: bad input changes nothing), apply one
    change, print its counts and the transcripts it made stale."""
    terms = read_terms(source)
    change = change_lists(open_unlocked(), terms)
    count = change.removed if verb == "removed" else change.added

    def text() -> str:
        lines = [f"study term lists revision {change.revision}: {count} {verb}"]
        if change.stale:
            lines.append(f"{len(change.stale)} redacted transcripts are now stale: "
                         "`vault anonymise run --stale` re-redacts them")
        return "\n".join(lines)

    emit({"revision": change.revision, "added": change.added, "removed": change.removed,
          "stale": list(change.stale)}, text)


@anonymise_group.group("terms")
def terms_group() -> None:
    """The study's own deny list (always redact) and allow list (never redact).

    These are sealed in the vault like the register, never written to
    policies/redaction.toml; every change makes the transcripts redacted before it stale
    (`vault anonymise run --stale`; `vault release create` refuses stale ones). Terms are read
    from FILE, one a line, or from standard input with `-`, so names stay out of shell
    history.

    \b
    Example:
      vault anonymise terms show
      vault anonymise terms deny PERSON - < names.txt
      vault anonymise terms allow allow.txt
      vault anonymise terms remove mistakes.txt
    """


@terms_group.command("show")
@click.option("--reveal", is_flag=True,
              help="Print the terms themselves (custodians; recorded in the audit log).")
@json_option
def terms_show(reveal: bool) -> None:
    """Show the lists' revision; with --reveal, every term and the list it is on.

    \b
    Example:
      vault anonymise terms show --reveal
    """
    if not reveal:
        vault = get_app().open_vault()
        revision = terms_revision(vault)
        emit({"revision": revision}, f"study term lists revision {revision} "
             "(`--reveal` prints the terms: custodians, audited)")
        return
    terms = reveal_study_terms(open_unlocked())

    def text() -> str:
        lines = [f"study term lists revision {terms.revision}"]
        for entity, listed in sorted(terms.deny.items()):
            lines += [f"deny {entity}: {printable(t)}" for t in listed]
        lines += [f"allow: {printable(t)}" for t in terms.allow]
        if len(lines) == 1:
            lines.append("both lists are empty")
        return "\n".join(lines)

    emit({"revision": terms.revision, **terms.to_json()}, text)


@terms_group.command("deny")
@click.argument("entity_type", metavar="TYPE", type=choice(ENTITY_TYPES))
@_SOURCE
@json_option
def terms_deny(entity_type: str, source: str) -> None:
    """Always redact the terms in FILE as TYPE (e.g. PERSON, HOSPITAL), in every transcript.

    \b
    Example:
      vault anonymise terms deny PERSON names.txt
      vault anonymise terms deny HOSPITAL - < hospital-nicknames.txt
    """
    _change(source, lambda vault, terms: add_to_deny_list(vault, entity_type, terms),
            "added to the deny list")


@terms_group.command("allow")
@_SOURCE
@json_option
def terms_allow(source: str) -> None:
    """Never redact the terms in FILE (a whole detected span, case ignored).

    \b
    Example:
      vault anonymise terms allow models-and-theorists.txt
    """
    _change(source, add_to_allow_list, "added to the allow list")


@terms_group.command("remove")
@_SOURCE
@json_option
def terms_remove(source: str) -> None:
    """Take the terms in FILE off both lists (case and spacing ignored).

    \b
    Example:
      vault anonymise terms remove mistakes.txt
    """
    _change(source, remove_from_term_lists, "removed")


COMMANDS = [anonymise_group]
