"""Commands for the vault's items: ``ingest audio|transcript``, ``list``, ``export``, ``verify``."""
from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from vault import ingest, inventory
from vault.commands._app import emit, get_app, json_option
from vault.commands.store import open_unlocked

#: show a progress bar for a single file at least this big (batches always get one)
LARGE_FILE = 8 * 1024 * 1024


@contextlib.contextmanager
def _progress_bar(label: str, min_total: int = 0) -> Iterator[Callable[[int, int], None] | None]:
    """A (done, total) callback drawing a click progress bar on stderr when it is a terminal
    and the work is at least ``min_total`` (bytes or items)."""
    if not sys.stderr.isatty():
        yield None
        return
    bar: Any = None
    shown = 0

    def update(done: int, total: int) -> None:
        nonlocal bar, shown
        if bar is None:
            if total < min_total:
                return
            bar = click.progressbar(length=max(total, 1), label=label, file=sys.stderr)
            bar.__enter__()
        bar.update(done - shown)
        shown = done

    try:
        yield update
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def _size(value: int) -> str:
    amount = float(value)
    for unit in ("B", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{amount:.0f} {unit}" if unit == "B" else f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{value} B"  # pragma: no cover


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
                        help="Delete each source file once it is stored and confirmed.")(func)
    func = click.option("--recorded", type=click.DateTime(formats=["%Y-%m-%d"]),
                        help="Date of the interview (YYYY-MM-DD).")(func)
    func = click.option("--interview", type=click.IntRange(min=1), required=True,
                        help="Interview number for this participant (1, 2, …).")(func)
    func = click.option("--participant", "participant_code", required=True, metavar="CODE",
                        help="The participant's code (current epoch).")(func)
    func = json_option(func)
    return click.argument("files", nargs=-1, required=True,
                          type=click.Path(path_type=Path, dir_okay=True))(func)


def _run_ingest(data_class: str, files: tuple[Path, ...], participant_code: str, interview: int,
                recorded: dt.datetime | None, remove_source: bool) -> None:
    vault = open_unlocked()
    with _progress_bar("encrypting", 0 if len(files) > 1 else LARGE_FILE) as progress:
        summary = ingest.ingest_files(
            vault, list(files), data_class=data_class, participant_code=participant_code,
            interview=interview, recorded=recorded.date() if recorded else None,
            remove_source=remove_source, progress=progress)
    total = len(files)
    if summary.ingested or get_app().json:
        emit({"ingested": [item.__dict__ for item in summary.ingested],
              "failed": [{"position": f.position, "error": f.error.message}
                         for f in summary.failed]},
             lambda: "\n".join(
                 f"[{item.position}/{total}] stored {item.id}  {item.data_class}  "
                 f"{item.media_format}  {_size(item.size)}"
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
                 recorded: dt.datetime | None, remove_source: bool) -> None:
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
                      recorded: dt.datetime | None, remove_source: bool) -> None:
    """Encrypt raw transcripts (.txt in UTF-8/UTF-16, .docx, .vtt, .srt) into the vault.

    Text that is not UTF-8 (or UTF-16 with a byte-order mark) is refused rather than stored
    garbled. Redact stored transcripts afterwards with `vault anonymise`.

    \b
    Example:
      vault ingest transcript int03.docx --participant P03 --interview 1
    """
    _run_ingest("transcript_raw", files, participant_code, interview, recorded, remove_source)


@click.command("list")
@click.option("--class", "data_class", metavar="CLASS",
              help="Only items of this data class (audio, transcript_raw, …).")
@click.option("--participant", "participant_code", metavar="CODE",
              help="Only this participant's items (code of the current epoch).")
@click.option("--reveal", is_flag=True,
              help="Also show original file names (needs custody; audited).")
@json_option
def list_command(data_class: str | None, participant_code: str | None, reveal: bool) -> None:
    """List items: id, class, participant code, interview, size, created, state.

    Original file names can identify people and are shown only with --reveal.

    \b
    Example:
      vault list --class audio --participant P03
    """
    vault = open_unlocked() if reveal else get_app().open_vault()
    items = inventory.list_items(vault, data_class=data_class,
                                 participant_code=participant_code, reveal=reveal)

    def text() -> str:
        if not items:
            return "no items"
        lines = [f"{'ID':<16}{'CLASS':<16}{'PARTICIPANT':<13}{'INT':>4} {'SIZE':>9}  "
                 f"{'CREATED':<21}{'STATE':<10}" + ("NAME" if reveal else "")]
        for i in items:
            lines.append(f"{i.id:<16}{i.data_class:<16}{i.participant or '-':<13}"
                         f"{i.interview if i.interview is not None else '-':>4} "
                         f"{_size(i.size):>9}  {i.created:<21}{i.state:<10}"
                         + ((i.original_name or "-") if reveal else ""))
        return "\n".join(lines)

    emit([i.to_json() for i in items], text)


@click.command("export")
@click.argument("item")
@click.option("--out", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="New file to write the plaintext to (never overwritten).")
def export_command(item: str, out: Path) -> None:
    """Decrypt one item to a file you name, outside the vault (audited).

    \b
    Example:
      vault export it_3f9c0a1b2d4e --out ~/listening/int03.wav
    """
    vault = open_unlocked()
    with _progress_bar("decrypting", LARGE_FILE) as progress:
        result = inventory.export_item(vault, item, out, progress=progress)
    emit({"item": result.item_id, "path": str(result.path), "size": result.size},
         f"exported {result.item_id} ({_size(result.size)}) to {result.path}")


@click.command("verify")
@click.option("--repair", is_flag=True, help="Remove orphan object files (nothing else).")
@json_option
def verify_command(repair: bool) -> None:
    """Check every object is present, decrypts and matches its keyed hash.

    Exit 11: objects missing; 12: objects corrupt; 13: orphan files in objects/.

    \b
    Example:
      vault verify
      vault verify --repair      # also delete orphan object files
    """
    vault = open_unlocked()
    with _progress_bar("verifying") as progress:
        report = inventory.verify_objects(vault, repair=repair, progress=progress)

    def text() -> str:
        lines = [f"missing  {i}" for i in report.missing]
        lines += [f"corrupt  {i}" for i in report.corrupt]
        lines += [f"orphan   objects/{n}" + ("  (removed)" if n in report.removed else "")
                  for n in report.orphans]
        lines.append(f"checked {report.checked} objects: {len(report.missing)} missing, "
                     f"{len(report.corrupt)} corrupt, {len(report.orphans)} orphans"
                     + (f" ({len(report.removed)} removed)" if report.removed else ""))
        return "\n".join(lines)

    emit(report.to_json(), text)
    report.check()


COMMANDS = [ingest_group, list_command, export_command, verify_command]
