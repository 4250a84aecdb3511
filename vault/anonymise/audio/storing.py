"""Storing a redacted recording in the vault: the one write of audio redaction.

Everything audio redaction writes to a vault goes through :func:`store_redacted_audio`, one
``anonymise-audio`` operation of the write path (:mod:`vault.write_path`, DESIGN.md invariant
2): journal entry naming the two new items; class keys for ``audio_redacted`` and
``audio_redaction_report`` found or created (:meth:`~vault.write_path.Operation.class_key`);
the redacted recording (streamed from its scratch file) and its report encrypted to temp
objects, confirmed and published; then **one** transaction — both catalog rows, tombstones for
the pair they supersede, the audit entry (ids and counts, never words; the new items' catalog
facts), the journal's close — and, after it, the superseded files removed.

Before that transaction commits, under the lock, it checks that the source recording is still
present, that its participant has not withdrawn consent, that the redaction log the recording
was redacted from is still present, and that no other run stored a redaction of the same
recording meanwhile (:class:`~vault.errors.StoreError` / ``ParticipantError``; the settle
function then removes what was written).

A kill at any instant is settled by :func:`recover_redacted_audio` (``@recovers``): before the
commit the new objects, temps and unused new keys go; after it the superseded files go. A
redacted recording therefore never exists without its report, nor a report without its
recording. The fault points (:data:`POINTS`) also name the steps before the journal, where
the decrypted recording, its analysis copy and the redacted recording exist only as anonymous
memory files (:mod:`~vault.anonymise.audio.scratch`), which a kill leaves nowhere.

What is stored:

* an ``audio_redacted`` item: ``parent_id`` = the source ``audio`` item, its participant
  marker, interview, recording date and original file name (re-encrypted to the new class
  key), ``media_format`` and ``duration`` of the redacted recording;
* an ``audio_redaction_report`` item: ``parent_id`` = the ``audio_redacted`` item,
  ``media_format`` = ``"json"``, content = the report (windows, how spans were located, the ids
  of the transcript and redaction log it was made from).
"""
from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

from vault import age
from vault.errors import ParticipantError, StoreError, VaultError
from vault.faults import declare_points
from vault.ids import new_id
from vault.store import Settled, recovers
from vault.write_path import STORE_STEPS, SUPERSEDE_STEPS, NewItem, NewObject, begin, settle_objects

if TYPE_CHECKING:
    import sqlite3

    from vault.store import Vault

__all__ = ["POINTS", "REDACTED_AUDIO_CLASS", "REPORT_CLASS", "recover_redacted_audio",
           "store_redacted_audio"]

REDACTED_AUDIO_CLASS = "audio_redacted"
REPORT_CLASS = "audio_redaction_report"
#: the fault points of redacting one recording in the vault (see :mod:`vault.faults`)
POINTS = declare_points("anonymise-audio", {
    "decrypted": "the recording is decrypted into an anonymous memory file (no name anywhere); "
                 "nothing is journaled",
    "aligned": "the transcript is aligned; the 16 kHz analysis copy is an anonymous memory "
               "file; nothing is journaled",
    "muted": "the redacted recording is an anonymous memory file; nothing is journaled",
    **STORE_STEPS, **SUPERSEDE_STEPS,
})


def store_redacted_audio(vault: Vault, audio_id: str, content: BinaryIO, report: bytes, *,
                         media_format: str, duration: float, log_id: str,
                         supersede: Sequence[str] = (),
                         details: Mapping[str, Any] | None = None) -> tuple[str, str]:
    """Store a redacted recording of ``audio_id`` and its report (see the module docstring).

    :param content: the redacted recording, read from its start (a scratch file).
    :param report: the report's JSON bytes.
    :param log_id: the redaction log the recording was redacted from (must still be present).
    :param supersede: present ``audio_redacted`` / ``audio_redaction_report`` items of the same
        recording that the new pair replaces.
    :param details: audit details (ids and counts only).
    :returns: (audio_redacted item id, report item id).
    :raises StoreError: the source item or the redaction log is gone, or a redaction of the
        recording changed meanwhile (nothing is stored).
    :raises ParticipantError: the participant withdrew consent meanwhile (nothing is stored).
    """
    custody = vault.custody()
    source = vault.db.execute(
        "SELECT participant_marker, interview, recorded, original_name, key_id FROM items "
        "WHERE id = ? AND data_class = 'audio' AND state = 'present'", (audio_id,)).fetchone()
    if source is None:
        raise StoreError(f"recording {audio_id} is no longer in the vault",
                         hint="see `vault list --class audio`")
    name = None
    if source["original_name"] is not None:
        name = age.decrypt_bytes(bytes(source["original_name"]),
                                 [custody.class_identity(source["key_id"])])
    marker = source["participant_marker"]
    redacted = NewItem(new_id("it"), REDACTED_AUDIO_CLASS, participant_marker=marker,
                       interview=source["interview"], name=name, media_format=media_format,
                       duration=duration, recorded=source["recorded"], parent_id=audio_id)
    report_item = NewItem(new_id("it"), REPORT_CLASS, participant_marker=marker,
                          interview=source["interview"], media_format="json",
                          parent_id=redacted.id)

    def duplicate(existing: str) -> VaultError:
        return StoreError(f"recording {audio_id}: its redaction is identical to item "
                          f"{existing}", hint="see `vault list --class audio_redacted`")

    def still_valid(tx: sqlite3.Connection) -> None:
        """Under the lock, in the commit's transaction: nothing it was made from went."""
        row = tx.execute(
            "SELECT i.state, p.state AS participant FROM items i LEFT JOIN participants p "
            "ON p.marker = i.participant_marker WHERE i.id = ?", (audio_id,)).fetchone()
        if row is None or row["state"] != "present":
            raise StoreError(f"recording {audio_id} was destroyed while it was being "
                             "redacted; nothing was stored", hint="see `vault list`")
        if row["participant"] == "withdrawn":
            raise ParticipantError(f"recording {audio_id}: its participant withdrew consent "
                                   "while it was being redacted; nothing was stored")
        log = tx.execute("SELECT state FROM items WHERE id = ?", (log_id,)).fetchone()
        if log is None or log["state"] != "present":
            raise StoreError(f"recording {audio_id}: its transcript's redaction changed while "
                             "it was being redacted; nothing was stored",
                             hint="run `vault anonymise audio --all` again")
        others = {r["id"] for r in tx.execute(
            "SELECT id FROM items WHERE parent_id = ? AND data_class = ? AND state = "
            "'present'", (audio_id, REDACTED_AUDIO_CLASS)).fetchall()}
        if others - {*supersede, redacted.id}:  # another run stored one meanwhile
            raise StoreError(f"recording {audio_id}: its redaction changed meanwhile",
                             hint="run `vault anonymise audio --all` again")

    with begin(vault, POINTS, {"audio": audio_id}, items=[redacted.id, report_item.id],
               supersede=supersede) as op:
        op.store([NewObject(redacted, content, duplicate),
                  NewObject(report_item, io.BytesIO(report))])
        op.commit(action="anonymise.audio", items=[audio_id, redacted.id, report_item.id,
                                                   *supersede],
                  details={**dict(details or {}), "superseded": len(supersede)},
                  apply=still_valid, close=not supersede)
        if supersede:
            op.discard_superseded()
    return redacted.id, report_item.id


@recovers(POINTS.op)
def recover_redacted_audio(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``anonymise-audio`` (after an error in it, or a kill; under the lock).

    The one transaction inserting the redacted recording *and* its report is the commit
    point: with it, the files of the superseded pair are removed; without it, both new
    objects, their temps and any class key created for them and still unused go
    (:func:`vault.write_path.settle_objects`). Idempotent.
    """
    return settle_objects(vault, payload, action="anonymise.audio",
                          items=[str(payload["audio"])])
