"""Ingest: stream recordings and transcripts into the vault as encrypted objects.

One call takes a batch of source files for one participant's interview::

    summary = ingest_files(vault, [Path("int03.wav")], data_class="audio",
                           participant_code="P03", interview=1)
    for item in summary.ingested: print(item.id)
    summary.check()        # raises the file's own error, or PartialFailure for a batch

Each file is checked first (once resolved — ``..`` and symlinks are fine — a regular,
non-empty file outside the vault, recognised by its *content*: WAV/MP3/M4A/FLAC/OGG for
``audio``; UTF-8 or UTF-16-with-BOM text, .docx, WebVTT or SubRip for ``transcript_raw``; with
``remove_source``, not a symlink nor a file with other hard links, since removing it would not
remove what was read), then stored through the one write path (:mod:`vault.write_path`) as an
``ingest`` operation: journaled under the vault lock; the class key for (class, retention
period) found or created; the source streamed into an encrypted temp file in ``objects/``,
keyed-hashing the plaintext on the way (a duplicate of a present item of the class stops
there); the temp decrypted and its keyed hash compared; renamed into place; then one
transaction inserts the catalog row (original file name encrypted to the class key), appends
the audit entry (with the item's catalog facts, :mod:`vault.item_facts`) and closes the
journal entry.

Only then is the source removed (``remove_source=True``). A failure rolls back everything the
file changed, and so does a kill at any instant (:func:`recover_ingest`, the same settle function,
when the next command opens the vault). A bad file in a batch does not stop the others. The
fault points (:data:`POINTS`) are the write path's steps plus ``ingest.source-removed``.
"""
from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from vault import media
from vault.codes.epochs import resolve_code
from vault.errors import InputError, PartialFailure, VaultError
from vault.faults import declare_points
from vault.files import open_input_file
from vault.ids import new_id
from vault.store import Settled, recovers
from vault.system_errors import os_error
from vault.write_path import STORE_STEPS, NewItem, NewObject, begin, settle_objects

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = [
    "POINTS", "DataClass", "DuplicateContent", "IngestFailure", "IngestSummary",
    "IngestedItem", "Progress", "ingest_files", "recover_ingest",
]

#: called with (bytes done, bytes in the whole batch) as sources are streamed
Progress = Callable[[int, int], None]

#: the fault points of one file's ingest (see :mod:`vault.faults`)
POINTS = declare_points("ingest", {
    **STORE_STEPS,
    "source-removed": "the item is committed and its source file deleted",
})


class DataClass(StrEnum):
    """The data classes ingest stores (values are the catalog's ``data_class``)."""

    AUDIO = "audio"
    TRANSCRIPT_RAW = "transcript_raw"


class DuplicateContent(InputError):
    """The same content is already stored in the vault as ``existing_id`` (exit 9)."""

    default_hint = "nothing was stored; the vault already holds this content (see `vault list`)"

    def __init__(self, message: str, *, existing_id: str, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.existing_id = existing_id


@dataclass(frozen=True)
class IngestedItem:
    """One stored source. ``position`` is its 1-based place in the batch."""

    id: str
    position: int
    data_class: str
    size: int
    media_format: str
    duration: float | None
    source_removed: bool


@dataclass(frozen=True)
class IngestFailure:
    """One refused source: ``source`` is its base name, ``error`` what went wrong."""

    position: int
    source: str
    error: VaultError


@dataclass(frozen=True)
class IngestSummary:
    """What a call to :func:`ingest_files` did."""

    ingested: tuple[IngestedItem, ...]
    failed: tuple[IngestFailure, ...]

    def check(self) -> None:
        """Raise when a file failed: its own error for a single file, else PartialFailure.

        :raises VaultError: the one file's error (e.g. InputError, DuplicateContent).
        :raises PartialFailure: in a batch of several files, at least one failed.
        """
        if not self.failed:
            return
        total = len(self.ingested) + len(self.failed)
        if total == 1:
            raise self.failed[0].error
        raise PartialFailure(f"{len(self.failed)} of {total} files failed",
                             failed=[f.source for f in self.failed])


@dataclass(frozen=True)
class _Plan:
    data_class: DataClass
    participant_marker: str
    interview: int
    recorded: str | None
    remove_source: bool


@dataclass(frozen=True)
class _Media:
    format: str
    duration: float | None


def ingest_files(vault: Vault, paths: Sequence[Path], *, data_class: str,
                 participant_code: str, interview: int, recorded: dt.date | None = None,
                 remove_source: bool = False,
                 progress: Progress | None = None) -> IngestSummary:
    """Encrypt and catalogue ``paths`` for one participant's interview.

    :param data_class: ``"audio"`` or ``"transcript_raw"``.
    :param participant_code: the participant's public code of the current epoch.
    :param interview: the interview number (1, 2, …).
    :param recorded: when the interview was recorded, if known.
    :param remove_source: delete each source once its item is committed and confirmed.
    :param progress: called as bytes stream, with (done, total) for the whole batch.
    :returns: which files were stored and which failed (call :meth:`IngestSummary.check`).
    :raises InputError: unknown data class or a bad interview number (nothing is read).
    :raises ParticipantError: unknown participant code.
    :raises CustodyError: no unlocked custodian (keyed hashes need the vault's secret).
    """
    try:
        cls = DataClass(data_class)
    except ValueError as exc:
        raise InputError(f"cannot ingest data class {data_class!r}",
                         hint="ingest audio or transcript_raw") from exc
    if interview < 1:
        raise InputError(f"interview number {interview} is not positive",
                         hint="number a participant's interviews 1, 2, …")
    plan = _Plan(cls, resolve_code(vault, participant_code), interview,
                 recorded.isoformat() if recorded else None, remove_source)
    vault.custody()  # keyed hashes need the vault's secret: fail before reading anything
    total = sum(_size_or_zero(p) for p in paths)
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    ingested: list[IngestedItem] = []
    failed: list[IngestFailure] = []
    for position, path in enumerate(paths, start=1):
        before = done
        try:
            ingested.append(_ingest_one(vault, Path(path), position, plan, advance))
        except VaultError as exc:
            failed.append(IngestFailure(position, Path(path).name, exc))
        except OSError as exc:  # the vault's disk or files (full, permission): this file failed
            failed.append(IngestFailure(position, Path(path).name,
                                        os_error(exc, vault_root=vault.root)))
        advance(max(0, before + _size_or_zero(path) - done))  # a refused file counts as done
    return IngestSummary(tuple(ingested), tuple(failed))


def _size_or_zero(path: Path) -> int:
    try:
        st = Path(path).stat()
    except OSError:
        return 0
    return st.st_size if stat.S_ISREG(st.st_mode) else 0


def _open_source(vault: Vault, path: Path, remove_source: bool
                 ) -> tuple[BinaryIO, os.stat_result]:
    """Check a source path and open it for reading; the caller closes the handle.

    The path is judged once resolved (``..`` and symlinks are fine: see
    :func:`vault.files.check_input_file`). With ``remove_source`` a source that removing
    would not destroy — a symlink (only the link would go) or a file with other hard links —
    is refused before anything is stored. Errors name the file by its base name only:
    directories may carry a participant's name.
    """
    handle, source = open_input_file(path, outside=vault.root)
    try:
        if source.stat.st_size == 0:
            raise InputError(f"{source.name}: empty file",
                             hint="check the export from the recorder or transcription tool")
        if remove_source and source.is_symlink:
            raise InputError(f"{source.name}: is a symbolic link; --remove-source would remove "
                             "the link and keep the file it points to",
                             hint="pass the file itself, or leave out --remove-source")
        if remove_source and source.stat.st_nlink > 1:
            raise InputError(f"{source.name}: has {source.stat.st_nlink} hard links; "
                             "--remove-source would keep the content under the other names",
                             hint="remove the other links first, or leave out --remove-source")
    except BaseException:
        handle.close()
        raise
    return handle, source.stat


def _inspect(path: Path, head: bytes, data_class: DataClass) -> _Media:
    if data_class is DataClass.AUDIO:
        if media.sniff_audio(head) is None:
            raise InputError(f"{path.name}: not a recognised audio file (WAV, MP3, M4A, FLAC, OGG)",
                             hint="ingest accepts WAV, MP3, M4A, FLAC and Ogg recordings, "
                                  "recognised by content; transcripts go to `vault ingest "
                                  "transcript`")
        info = media.audio_info(path)
        return _Media(str(info.format), float(info.duration_seconds))
    return _Media(str(media.transcript_kind(path, head)), None)


def _ingest_one(vault: Vault, path: Path, position: int, plan: _Plan,
                advance: Callable[[int], None]) -> IngestedItem:
    handle, st = _open_source(vault, path, plan.remove_source)
    with handle:
        head = handle.read(media.HEAD_SIZE)
        found = _inspect(path, head, plan.data_class)
        handle.seek(0)
        item = NewItem(new_id("it"), str(plan.data_class),
                       participant_marker=plan.participant_marker, interview=plan.interview,
                       name=os.fsencode(path.name), media_format=found.format,
                       duration=found.duration, recorded=plan.recorded)

        def duplicate(existing: str) -> VaultError:
            return DuplicateContent(f"{path.name}: same content as item {existing}, already in "
                                    "the vault", existing_id=existing)

        with begin(vault, POINTS, {"class": str(plan.data_class)}, items=[item.id]) as op:
            [stored] = op.store([NewObject(item, handle, duplicate)], progress=advance)
            op.commit(action="ingest", details={"class": str(plan.data_class),
                                                "size": stored.digest.size})
    removed = False
    if plan.remove_source:
        removed = _remove_source(path, st)
        if removed:
            POINTS.reach("source-removed")
    return IngestedItem(item.id, position, str(plan.data_class), stored.digest.size,
                        found.format, found.duration, removed)


def _remove_source(path: Path, before: os.stat_result) -> bool:
    """Delete the source unless it changed since it was read (then it is kept).

    ``lstat``: a source swapped for a symlink since is a change, not something to unlink.
    """
    try:
        now = path.lstat()
    except FileNotFoundError:
        return False
    if (now.st_ino, now.st_size, now.st_mtime_ns) != (before.st_ino, before.st_size,
                                                       before.st_mtime_ns):
        return False
    try:
        path.unlink()
    except OSError:
        return False
    return True


@recovers("ingest")
def recover_ingest(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``ingest``: after an error in it, or when the next command finds it
    interrupted (under the lock).

    The catalog row is the commit point: with it the ingest is complete; without it the object,
    temp files and an unused new class key go (:func:`vault.write_path.settle_objects`).
    Idempotent. The source file is never touched.
    """
    return settle_objects(vault, payload, action="ingest",
                          details={"class": str(payload.get("class", ""))})
