"""``vault anonymise audio``: mute identifiers in recordings (a subcommand of ``anonymise``).

Two forms: standalone on files (``RECORDING --transcript FILE --out OUT``) and in the vault
(``--all``). Both print counts and times only, never words.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from vault.commands._app import emit


@click.command("audio")
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
def anonymise_audio(recording: Path | None, transcript: Path | None, out: Path | None,
                    register_path: Path | None, report_path: Path | None,
                    policy_path: Path | None, all_: bool) -> None:
    """Mute identifiers in a recording, where the verbatim transcript says them.

    The transcript is aligned to the recording (pocketsphinx, offline); every redacted span
    becomes a padded window of silence or tone (policy [audio]). A span that cannot be located
    mutes its whole turn or cue (fail closed) and is listed in the report. Duration, sample
    rate, channels and format (WAV, FLAC, Ogg, MP3, M4A) are kept; tags are dropped.

    Standalone, the transcript is redacted with --register and --policy as `vault anonymise
    text` does (spans for review are muted too). In a vault, --all uses each transcript's
    redaction log (review decisions count) and stores the result encrypted.

    \b
    Example:
      vault anonymise audio P07.mp3 --transcript P07.docx --out redacted/P07.mp3 \\
          --register register.csv --report redacted/P07.json
      vault anonymise audio --all
    """
    if all_:
        if any(v is not None for v in (recording, transcript, out, register_path, report_path,
                                       policy_path)):
            raise click.UsageError("--all takes no RECORDING, --transcript, --out, --register, "
                                   "--report or --policy (the vault's own are used)")
        _in_vault()
        return
    if recording is None or transcript is None or out is None:
        raise click.UsageError("give RECORDING, --transcript and --out (or --all in a vault)")
    from vault.anonymise.audio.report import summary_line
    from vault.anonymise.audio.standalone import redact_audio_file
    from vault.anonymise.register import Register

    register = Register.from_csv(register_path) if register_path else None
    report = redact_audio_file(recording, transcript, out, register=register,
                               policy_path=policy_path, report=report_path)
    data = {"out": str(out), "counts": report.counts, "windows": len(report.windows),
            "muted_seconds": round(report.muted_seconds, 3),
            "fail_closed": len(report.fail_closed)}

    def text() -> str:
        lines = [summary_line(report), f"written to {out}"]
        if report.fail_closed:
            lines.append(f"{len(report.fail_closed)} span(s) could not be located: their whole "
                         "turn was muted (see the report)")
        return "\n".join(lines)

    emit(data, text)


def _in_vault() -> None:
    from vault.anonymise.audio.in_vault import redact_vault_audio
    from vault.commands.store import open_unlocked

    vault = open_unlocked()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            click.echo(f"\rredacting audio {done}/{total}", err=True, nl=done == total)

    summary = redact_vault_audio(vault, progress=progress)
    for failure in summary.failed:
        click.echo(f"failed: {failure.audio_id}: {failure.error.message}", err=True)

    def text() -> str:
        lines = [f"{d.audio_id} -> {d.redacted_id}: {d.windows} window(s), "
                 f"{d.muted_seconds:.1f} s muted; spans {d.counts['aligned']} aligned, "
                 f"{d.counts['interpolated']} interpolated, {d.counts['turn']} whole turn"
                 for d in summary.done]
        lines.append(f"{len(summary.done)} recording(s) redacted, {len(summary.current)} "
                     f"already current, {len(summary.no_transcript)} without a redacted "
                     "transcript")
        return "\n".join(lines)

    emit(summary.to_json(), text)
    summary.check()
