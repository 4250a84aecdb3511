"""``vault ingest audio|transcript``: store recordings and transcripts, encrypted."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from vault import ingest
from vault.commands._app import (
    LARGE_FILE,
    emit,
    get_app,
    human_size,
    json_option,
    open_unlocked,
    progress_bar,
)
from vault.commands._params import DATE


@click.group("ingest")
def ingest_group() -> None:
    """Store interview recordings and transcripts, encrypted, in the vault.

    \b
    Example:
      vault ingest audio int03.wav --participant P03 --interview 1 --recorded 2026-03-02
      vault ingest transcript int03.docx --participant P03 --interview 1
    """


def _ingest_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--remove-source", is_flag=True,
                        help="Delete each source file once it is stored and confirmed. A "
                             "symlink or a file with other hard links is refused (removing "
                             "it would leave the recording): pass the file itself.")(func)
    func = click.option("--recorded", type=DATE, help="Date of the interview.")(func)
    func = click.option("--interview", type=click.IntRange(min=1), required=True,
                        help="Interview number for this participant (1, 2, …).")(func)
    func = click.option("--participant", "participant_code", required=True, metavar="CODE",
                        help="The participant's code (current epoch).")(func)
    func = json_option(func)
    return click.argument("files", nargs=-1, required=True,
                          type=click.Path(path_type=Path, dir_okay=True))(func)


def _run_ingest(data_class: str, files: tuple[Path, ...], participant_code: str, interview: int,
                recorded: dt.date | None, remove_source: bool) -> None:
    vault = open_unlocked()
    with progress_bar("encrypting", 0 if len(files) > 1 else LARGE_FILE) as progress:
        summary = ingest.ingest_files(
            vault, list(files), data_class=data_class, participant_code=participant_code,
            interview=interview, recorded=recorded,
            remove_source=remove_source, progress=progress)
    total = len(files)
    if summary.ingested or get_app().json:
        emit({"ingested": [item.__dict__ for item in summary.ingested],
              "failed": [{"position": f.position, "error": f.error.message}
                         for f in summary.failed]},
             lambda: "\n".join(
                 f"[{item.position}/{total}] stored {item.id}  {item.data_class}  "
                 f"{item.media_format}  {human_size(item.size)}"
                 + (f"  {item.duration:.1f} s" if item.duration is not None else "")
                 + ("  (source removed)" if item.source_removed else "")
                 for item in summary.ingested))
    if total > 1:
        for failure in summary.failed:
            click.echo(failure.error.render(), err=True)
    summary.check()


@ingest_group.command("audio")
@_ingest_options
def ingest_audio(files: tuple[Path, ...], participant_code: str, interview: int,
                 recorded: dt.date | None, remove_source: bool) -> None:
    """Encrypt interview recordings (WAV, MP3, M4A, FLAC, OGG) into the vault.

    Files are recognised by content, not extension. Each is encrypted to the audio class key,
    confirmed by decrypting it, and catalogued; the same recording twice is refused. In a
    batch, bad files are reported one a line and the rest are stored (exit 4).

    \b
    Example:
      vault ingest audio rec/int03.wav --participant P03 --interview 1 --remove-source
    """
    _run_ingest("audio", files, participant_code, interview, recorded, remove_source)


@ingest_group.command("transcript")
@_ingest_options
def ingest_transcript(files: tuple[Path, ...], participant_code: str, interview: int,
                      recorded: dt.date | None, remove_source: bool) -> None:
    """Encrypt raw transcripts (.txt in UTF-8/UTF-16, .docx, .vtt, .srt) into the vault.

    Text that is not UTF-8 (or UTF-16 with a byte-order mark) is refused rather than stored
    garbled. Redact stored transcripts afterwards with `vault anonymise run`.

    \b
    Example:
      vault ingest transcript int03.docx --participant P03 --interview 1
    """
    _run_ingest("transcript_raw", files, participant_code, interview, recorded, remove_source)


COMMANDS = [ingest_group]
