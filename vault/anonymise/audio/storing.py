"""Storing a redacted recording in the vault: the one write of audio redaction.

Everything audio redaction writes to a vault goes through :func:`store_redacted_audio`, one
journaled operation (``anonymise_audio``), the same protocol as ingest and transcript
redaction (DESIGN.md invariant 2):

1. journal entry; class keys for ``audio_redacted`` and ``audio_redaction_report`` found or
   created (new ones recorded in the journal payload);
2. the redacted recording (streamed from a private temp file) and its report encrypted to temp
   objects, keyed-hashing the plaintext on the way; both confirmed by decrypting them again;
3. both published (fsync'd atomic renames);
4. **one** transaction: the two catalog rows, tombstones for the items they supersede, the audit
   entry (item ids, counts; never words) and the end of the journal entry;
5. the superseded objects' files removed.

A kill at any instant is settled by :func:`recover_redacted_audio` (registered as
``RECOVERY_HANDLERS["anonymise_audio"]`` in :mod:`vault.store`): before step 4 the new objects,
temps and unused new keys go; after it the superseded files go. A redacted recording therefore
never exists without its report, nor a report without its recording.

What is stored:

* an ``audio_redacted`` item: ``parent_id`` = the source ``audio`` item, its participant marker,
  interview, recording date and original file name (re-encrypted to the new class key),
  ``media_format`` and ``duration`` of the redacted recording;
* an ``audio_redaction_report`` item: ``parent_id`` = the ``audio_redacted`` item,
  ``media_format`` = ``"json"``, content = the report (windows, how spans were located, the ids
  of the transcript and redaction log it was made from).

(This module is the single place to port onto a new write path.)
"""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault import age, objects
from vault.errors import StoreError
from vault.keys import class_recipient
from vault.retention.rules import key_period
from vault.store import new_id, utc_now

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["OPERATION", "REDACTED_AUDIO_CLASS", "REPORT_CLASS", "recover_redacted_audio",
           "store_redacted_audio"]

REDACTED_AUDIO_CLASS = "audio_redacted"
REPORT_CLASS = "audio_redaction_report"
#: the journal operation
OPERATION = "anonymise_audio"
#: called with the name of each durable step ("journaled", "encrypted", "confirmed",
#: "published", "committed", "superseded"): progress display and crash tests
StepHook = Callable[[str], None]


def store_redacted_audio(vault: Vault, audio_id: str, content: Path, report: bytes, *,
                         media_format: str, duration: float, supersede: Sequence[str] = (),
                         details: Mapping[str, Any] | None = None,
                         on_step: StepHook | None = None) -> tuple[str, str]:
    """Store a redacted recording of ``audio_id`` and its report (see the module docstring).

    :param content: the redacted recording, a file in a private work directory.
    :param report: the report's JSON bytes.
    :param supersede: present ``audio_redacted`` / ``audio_redaction_report`` items of the same
        recording that the new pair replaces.
    :param details: audit details (ids and counts only).
    :returns: (audio_redacted item id, report item id).
    :raises StoreError: the source item is gone, or an item to supersede changed meanwhile.
    """
    step: StepHook = on_step or (lambda _name: None)
    custody = vault.custody()
    source = vault.db.execute(
        "SELECT participant_marker, interview, recorded, original_name, key_id FROM items "
        "WHERE id = ? AND data_class = 'audio' AND state = 'present'", (audio_id,)).fetchone()
    if source is None:
        raise StoreError(f"recording {audio_id} is no longer in the vault",
                         hint="see `vault list --class audio`")
    redacted_id, report_id = new_id("it"), new_id("it")
    payload: dict[str, Any] = {"audio": audio_id, "redacted": redacted_id, "report": report_id,
                               "supersede": list(supersede), "new_keys": []}
    marker = source["participant_marker"]
    with vault.locked(), vault.operation(OPERATION, payload) as journal_id:
        try:
            step("journaled")
            keys: dict[str, tuple[str, age.X25519Recipient]] = {}
            for data_class in (REDACTED_AUDIO_CLASS, REPORT_CLASS):
                period = key_period(vault, data_class, ingested=dt.datetime.now(dt.UTC).date(),
                                    participant_marker=marker)
                with vault.write() as tx:
                    existed = tx.execute(
                        "SELECT 1 FROM keys WHERE data_class = ? AND period = ? AND state = "
                        "'active'", (data_class, period)).fetchone() is not None
                    keys[data_class] = class_recipient(vault, tx, data_class, period)
                    if not existed:
                        payload["new_keys"].append(keys[data_class][0])
                        vault.journal_update(journal_id, payload, tx)
            (audio_key, audio_recipient), (report_key, report_recipient) = (
                keys[REDACTED_AUDIO_CLASS], keys[REPORT_CLASS])
            with Path(content).open("rb") as src:
                pending_audio = objects.encrypt_to_temp(vault, redacted_id, src, audio_recipient,
                                                        custody)
            pending_report = objects.encrypt_to_temp(vault, report_id, io.BytesIO(report),
                                                     report_recipient, custody)
            step("encrypted")
            for pending, data_class in ((pending_audio, REDACTED_AUDIO_CLASS),
                                        (pending_report, REPORT_CLASS)):
                duplicate = vault.db.execute(
                    "SELECT id FROM items WHERE data_class = ? AND keyed_hash = ? AND state = "
                    "'present'", (data_class, pending.digest.keyed_hash)).fetchone()
                if duplicate is not None and duplicate["id"] not in payload["supersede"]:
                    raise StoreError(f"recording {audio_id}: its redaction is identical to item "
                                     f"{duplicate['id']}", hint="see `vault list`")
            objects.confirm(pending_audio, custody.class_identity(audio_key), custody)
            objects.confirm(pending_report, custody.class_identity(report_key), custody)
            step("confirmed")
            objects.publish(vault, pending_audio)
            objects.publish(vault, pending_report)
            step("published")
            name = None
            if source["original_name"] is not None:
                plain = age.decrypt_bytes(bytes(source["original_name"]),
                                          [custody.class_identity(source["key_id"])])
                name = age.encrypt_bytes(plain, [audio_recipient])
            now = utc_now()
            with vault.write() as tx:
                others = {r["id"] for r in tx.execute(
                    "SELECT id FROM items WHERE parent_id = ? AND data_class = ? AND state = "
                    "'present'", (audio_id, REDACTED_AUDIO_CLASS)).fetchall()}
                if others - set(supersede):  # another run stored one meanwhile
                    raise StoreError(f"recording {audio_id}: its redaction changed meanwhile",
                                     hint="run the command again")
                if supersede:
                    marks = ",".join("?" * len(supersede))
                    cur = tx.execute(
                        "UPDATE items SET state = 'destroyed', destroyed = ?, original_name = "
                        f"NULL, keyed_hash = NULL WHERE id IN ({marks}) AND state = 'present' "
                        "AND data_class IN (?, ?)",
                        (now, *supersede, REDACTED_AUDIO_CLASS, REPORT_CLASS))
                    if cur.rowcount != len(supersede):
                        raise StoreError(f"recording {audio_id}: its redaction changed meanwhile",
                                         hint="run the command again")
                tx.executemany(
                    "INSERT INTO items(id, data_class, participant_marker, interview, "
                    "original_name, size, created, state, key_id, keyed_hash, media_format, "
                    "duration, recorded, parent_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 'present', ?, ?, ?, ?, ?, ?)",
                    [(redacted_id, REDACTED_AUDIO_CLASS, marker, source["interview"], name,
                      pending_audio.digest.size, now, audio_key, pending_audio.digest.keyed_hash,
                      media_format, duration, source["recorded"], audio_id),
                     (report_id, REPORT_CLASS, marker, source["interview"], None,
                      pending_report.digest.size, now, report_key,
                      pending_report.digest.keyed_hash, "json", None, None, redacted_id)])
                vault.audit.append(tx, action=OPERATION, outcome="ok",
                                   items=[audio_id, redacted_id, report_id, *supersede],
                                   details={**dict(details or {}),
                                            "superseded": len(supersede)})
                if not supersede:
                    vault.journal_finish(tx, journal_id)
            step("committed")
            if supersede:
                for old in supersede:
                    objects.discard(vault, old)
                step("superseded")
                with vault.write() as tx:
                    vault.journal_finish(tx, journal_id)
        except BaseException:
            # roll back (KeyboardInterrupt included), or finish a committed swap; a kill is
            # left to recover_redacted_audio
            _settle(vault, payload)
            with vault.write() as tx:
                vault.journal_finish(tx, journal_id)
            raise
    return redacted_id, report_id


def _settle(vault: Vault, payload: dict[str, Any]) -> bool:
    """Finish a committed store (remove superseded files) or roll back an uncommitted one.

    :returns: True when an uncommitted store was rolled back.
    """
    redacted_id, report_id = str(payload["redacted"]), str(payload["report"])
    with vault.locked():
        committed = vault.db.execute("SELECT 1 FROM items WHERE id = ?",
                                     (redacted_id,)).fetchone() is not None
        if committed:
            for old in payload.get("supersede", []):
                row = vault.db.execute("SELECT state FROM items WHERE id = ?",
                                       (str(old),)).fetchone()
                if row is not None and row["state"] == "destroyed":
                    objects.discard(vault, str(old))
            return False
        removed = objects.discard(vault, redacted_id)
        removed = objects.discard(vault, report_id) or removed
        for key_id in payload.get("new_keys", []):
            with vault.write() as tx:
                cur = tx.execute("DELETE FROM keys WHERE id = ? AND NOT EXISTS "
                                 "(SELECT 1 FROM items WHERE key_id = ?)", (key_id, key_id))
                removed = removed or cur.rowcount > 0
    return removed


def recover_redacted_audio(vault: Vault, payload: dict[str, Any]) -> None:
    """Recovery handler for an interrupted ``anonymise_audio`` (idempotent; called by
    ``Vault.recover`` under the lock)."""
    if _settle(vault, payload):
        with vault.write() as tx:
            vault.audit.append(tx, action=OPERATION, items=[str(payload["audio"])],
                               outcome="rolled-back",
                               details={"reason": "interrupted before commit"})
