"""Redacted recordings in a release (``vault release create NAME … --audio``): which, whether they are
fit to go, and how they are written.

Recordings are released only when asked. With ``--audio`` a release holds the present
``audio_redacted`` items — the newest redaction of each recording — of the participants it
releases (those of its datasets and transcripts; every participant when it releases nothing
else), never those of a participant who withdrew consent (left out and counted, as
transcripts are)::

    chosen = select_audio(vault, markers=rendered.used_markers, withdrawn=selection.withdrawn)
    refuse_stale(vault, chosen.rows)          # ChecksFailed: redacted from an outdated log
    name = released_name(codes[row.marker], row.interview, row.media_format, taken)
    write_recording(vault, row, target)       # decrypted straight into the release's temp dir

**The stale gate.** A redacted recording is muted from one redaction log of its transcript (its
report names it). When that log is no longer the transcript's current one — ``vault review``
decided spans, ``vault anonymise run --rerun`` redid it with a grown register — the recording may
keep an identifier the transcript now redacts: :func:`refuse_stale` refuses the release
(:class:`~vault.errors.ChecksFailed`, nothing written) until ``vault anonymise audio --all``
redoes it. A recording whose report or transcript cannot be found is refused alike (fail
closed).

Files are named ``audio/<CODE>_<interview>.<ext>`` with the current code — never the original
file name — and, like every file of a release, hashed in ``manifest.json`` and described in
``datapackage.json``.
"""
from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vault import objects
from vault.anonymise.audio.storing import REDACTED_AUDIO_CLASS, REPORT_CLASS
from vault.anonymise.stored_transcripts import current_pair
from vault.errors import ChecksFailed, DecryptionFailed
from vault.files import FILE_MODE

if TYPE_CHECKING:
    from vault.keys import Custody
    from vault.store import Vault

__all__ = ["AudioSelection", "ReleasedRecording", "refuse_stale", "released_name",
           "select_audio", "stale_recordings", "write_recording"]

#: file suffix per stored ``media_format``
_SUFFIX = {"wav": ".wav", "flac": ".flac", "ogg": ".ogg", "mp3": ".mp3", "m4a": ".m4a"}


@dataclass(frozen=True)
class ReleasedRecording:
    """A redacted recording chosen for a release (catalog facts, no content)."""

    id: str
    #: the source ``audio`` item
    parent_id: str
    participant_marker: str
    interview: int | None
    media_format: str
    key_id: str
    keyed_hash: str
    size: int

    def __getitem__(self, key: str) -> object:  # the row form the linkage guard reads
        return getattr(self, key)


@dataclass(frozen=True)
class AudioSelection:
    """The recordings a release takes, and how many it left out for withdrawn consent."""

    rows: tuple[ReleasedRecording, ...]
    withdrawn: int


def select_audio(vault: Vault, *, markers: Collection[str] | None,
                 withdrawn: Collection[str]) -> AudioSelection:
    """The newest present redaction of each recording of ``markers`` (``None``: everyone's),
    those of ``withdrawn`` participants left out and counted."""
    rows = vault.db.execute(
        "SELECT id, parent_id, participant_marker, interview, media_format, key_id, "
        "keyed_hash, size FROM items WHERE data_class = ? AND state = 'present' "
        "AND participant_marker IS NOT NULL ORDER BY created, id",
        (REDACTED_AUDIO_CLASS,)).fetchall()
    newest = {str(r["parent_id"] or r["id"]): r for r in rows}
    chosen: list[ReleasedRecording] = []
    left_out = 0
    for row in newest.values():
        marker = str(row["participant_marker"])
        if marker in withdrawn:  # counted whatever was asked: it is never released
            left_out += 1
            continue
        if markers is not None and marker not in markers:
            continue
        chosen.append(ReleasedRecording(
            str(row["id"]), str(row["parent_id"]), marker, row["interview"],
            str(row["media_format"] or "wav"), str(row["key_id"]), str(row["keyed_hash"]),
            int(row["size"])))
    chosen.sort(key=lambda r: (r.participant_marker, r.interview or 0, r.id))
    return AudioSelection(tuple(chosen), left_out)


def _made_from(vault: Vault, recording: ReleasedRecording, custody: Custody
               ) -> tuple[str, str] | None:
    """(raw transcript id, redaction log id) the recording was muted from, per its report."""
    row = vault.db.execute(
        "SELECT id FROM items WHERE parent_id = ? AND data_class = ? AND state = 'present'",
        (recording.id, REPORT_CLASS)).fetchone()
    if row is None:
        return None
    try:
        source = json.loads(objects.read_object(vault, row["id"], custody)).get("source") or {}
    except ValueError:
        return None
    transcript, log = source.get("transcript"), source.get("log")
    if not isinstance(transcript, str) or not isinstance(log, str):
        return None
    return transcript, log


def stale_recordings(vault: Vault, rows: Sequence[ReleasedRecording]) -> list[str]:
    """The recordings muted from a redaction log that is not their transcript's current one
    (or whose report or transcript is gone: they cannot be shown current)."""
    if not rows:
        return []
    custody = vault.custody()
    stale = []
    for recording in rows:
        made = _made_from(vault, recording, custody)
        current = current_pair(vault, made[0], custody) if made is not None else None
        if made is None or current is None or current[0].log_id != made[1]:
            stale.append(recording.id)
    return stale


def refuse_stale(vault: Vault, rows: Sequence[ReleasedRecording]) -> None:
    """The release gate for recordings.

    :raises ChecksFailed: some were muted from an earlier redaction of their transcript.
    """
    stale = stale_recordings(vault, rows)
    if not stale:
        return
    shown = ", ".join(stale[:3]) + (", …" if len(stale) > 3 else "")
    # exit 3, as a failed validation: the request is fine, the data not yet fit for release
    raise ChecksFailed(f"{len(stale)} redacted recording(s) ({shown}) were muted from an "
                       "earlier redaction of their transcript; they may keep an identifier "
                       "it now redacts",
                       hint="run `vault anonymise audio --all` to redo them, then release "
                            "again")


def released_name(code: str, interview: int | None, media_format: str,
                  taken: Collection[str]) -> str:
    """``<CODE>_<interview>.<ext>`` (``-2``, ``-3``… when taken): never the original name."""
    suffix = _SUFFIX.get(media_format, f".{media_format}")
    stem = f"{code}_{interview if interview is not None else 0}"
    name, n = f"{stem}{suffix}", 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}{suffix}"
    return name


def write_recording(vault: Vault, recording: ReleasedRecording, target: Path) -> None:
    """Decrypt ``recording`` into the new file ``target`` (mode 0600, streamed), checked
    against its keyed hash.

    :raises DecryptionFailed: the object is damaged or does not match its keyed hash.
    :raises StoreError: the object or its class key is missing.
    """
    custody = vault.custody()
    with open(target, "xb") as handle:
        target.chmod(FILE_MODE)
        digest = objects.decrypt_object(vault, recording.id, recording.key_id, handle, custody)
    if digest.keyed_hash != recording.keyed_hash or digest.size != recording.size:
        raise DecryptionFailed(f"object {recording.id} does not match its keyed hash",
                               hint="nothing was released; run `vault verify`")
