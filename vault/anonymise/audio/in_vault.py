"""In-vault audio redaction (``vault anonymise audio --all``).

For every present ``audio`` item that has a redacted transcript of the same participant and
interview, and no current redacted recording — never one of a participant who withdrew
consent::

    summary = redact_vault_audio(vault)
    summary.done            # (audio id, redacted id, report id, counts), per recording
    summary.withdrawn       # recordings skipped: their participant withdrew consent
    summary.check()         # PartialFailure (exit 4) if any recording failed

Per recording: the raw transcript and its current redaction log are decrypted **in memory**;
the spans muted are the log's replacements and its review spans that are accepted or still
pending (a pending span may be an identifier: muted until a reviewer rejects it; a rejected one
is kept). The recording is decrypted into an anonymous memory file
(:func:`~vault.anonymise.audio.scratch.scratch_file`: no name anywhere, so a kill leaves no
plaintext), checked against its keyed hash, redacted
(:func:`~vault.anonymise.audio.redact.redact_recording`) into another one, and stored with its
report through :func:`~vault.anonymise.audio.storing.store_redacted_audio` — the fault points
``anonymise-audio.decrypted``, ``.aligned`` and ``.muted`` come before its journal entry.

Which transcript: among the present raw transcripts of the recording's participant and
interview that have a current redaction, one with cue timings (VTT/SRT) first, then the most
recent. A redacted recording is **current** while its report names the transcript's current
redaction log; after ``vault review`` changes the log (or ``vault anonymise run --rerun``) the next
``--all`` redoes the recording and supersedes the old one.

A recording that fails (no matching transcript text, damaged object, undecodable) is reported
and the others continue. Messages name item ids, never file names or words.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vault import objects
from vault.anonymise.audio.align import Aligner
from vault.anonymise.audio.audio_policy import AudioPolicy, load_audio_policy
from vault.anonymise.audio.redact import redact_recording
from vault.anonymise.audio.report import AudioReport
from vault.anonymise.audio.scratch import scratch_file
from vault.anonymise.audio.storing import (
    POINTS,
    REDACTED_AUDIO_CLASS,
    REPORT_CLASS,
    store_redacted_audio,
)
from vault.anonymise.audio.windows import SpanRef
from vault.anonymise.formats import KINDS, document_from_bytes
from vault.anonymise.stored_transcripts import RAW_CLASS, current_pair
from vault.errors import DecryptionFailed, PartialFailure, VaultError

if TYPE_CHECKING:
    from vault.anonymise.stored_transcripts import RedactionLog, TranscriptPair
    from vault.store import Vault

__all__ = ["AudioFailure", "AudioRedacted", "VaultAudioSummary", "redact_vault_audio",
           "spans_from_log"]

#: called with (recordings done, recordings to do)
Progress = Callable[[int, int], None]
#: review statuses whose spans are muted
_MUTED_REVIEW = ("accepted", "pending")


@dataclass(frozen=True)
class AudioRedacted:
    """One recording redacted and stored."""

    audio_id: str
    redacted_id: str
    report_id: str
    #: spans per way of locating them (aligned, interpolated, turn, unspoken)
    counts: dict[str, int]
    windows: int
    muted_seconds: float


@dataclass(frozen=True)
class AudioFailure:
    """One recording that could not be redacted (nothing was stored for it)."""

    audio_id: str
    error: VaultError


@dataclass(frozen=True)
class VaultAudioSummary:
    """What :func:`redact_vault_audio` did."""

    done: tuple[AudioRedacted, ...]
    failed: tuple[AudioFailure, ...]
    #: recordings with no redacted transcript of their participant and interview
    no_transcript: tuple[str, ...] = ()
    #: recordings whose redacted version is current
    current: tuple[str, ...] = ()
    #: recordings of participants who withdrew consent (never redacted: they are to go)
    withdrawn: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"items": [d.redacted_id for d in self.done],
                "done": [{"audio": d.audio_id, "redacted": d.redacted_id, "report": d.report_id,
                          "counts": d.counts, "windows": d.windows,
                          "muted_seconds": round(d.muted_seconds, 3)} for d in self.done],
                "failed": [f.audio_id for f in self.failed],
                "no_transcript": list(self.no_transcript), "current": list(self.current),
                "withdrawn": list(self.withdrawn)}

    def check(self) -> None:
        """:raises PartialFailure: at least one recording failed (the others are stored)."""
        if self.failed:
            total = len(self.done) + len(self.failed)
            raise PartialFailure(f"{len(self.failed)} of {total} recording(s) could not be "
                                 "redacted", failed=[f.audio_id for f in self.failed],
                                 hint="see the errors above; fix the transcript or recording, "
                                      "then run `vault anonymise audio --all` again")


@dataclass(frozen=True)
class _Job:
    audio_id: str
    key_id: str
    keyed_hash: str
    media_format: str
    pair: TranscriptPair
    log: RedactionLog
    supersede: tuple[str, ...]


def _pairs(vault: Vault, marker: str, interview: int) -> list[tuple[TranscriptPair,
                                                                      RedactionLog]]:
    rows = vault.db.execute(
        "SELECT id FROM items WHERE data_class = ? AND state = 'present' AND "
        "participant_marker = ? AND interview = ? ORDER BY created DESC, id DESC",
        (RAW_CLASS, marker, interview)).fetchall()
    found = [current_pair(vault, row["id"]) for row in rows]
    pairs = [p for p in found if p is not None]
    # a transcript with cue timings anchors the alignment: prefer it
    return sorted(pairs, key=lambda p: p[0].kind not in ("vtt", "srt"))


def _current(vault: Vault, audio_id: str) -> list[tuple[str, str, str | None]]:
    """(redacted id, report id, log id it was made from) of present redacted versions."""
    out = []
    for row in vault.db.execute(
            "SELECT r.id AS redacted, p.id AS report FROM items r LEFT JOIN items p ON "
            "p.parent_id = r.id AND p.data_class = ? AND p.state = 'present' WHERE "
            "r.parent_id = ? AND r.data_class = ? AND r.state = 'present'",
            (REPORT_CLASS, audio_id, REDACTED_AUDIO_CLASS)).fetchall():
        log_id = None
        if row["report"] is not None:
            report = json.loads(objects.read_object(vault, row["report"]).decode("utf-8"))
            log_id = (report.get("source") or {}).get("log")
        out.append((row["redacted"], row["report"], log_id))
    return out


@dataclass(frozen=True)
class _Plan:
    jobs: list[_Job]
    no_transcript: list[str]
    current: list[str]
    withdrawn: list[str]


def _plan(vault: Vault) -> _Plan:
    plan = _Plan([], [], [], [])
    for row in vault.db.execute(
            "SELECT i.id, i.participant_marker, i.interview, i.key_id, i.keyed_hash, "
            "i.media_format, p.state AS participant FROM items i LEFT JOIN participants p ON "
            "p.marker = i.participant_marker WHERE i.data_class = 'audio' AND "
            "i.state = 'present' ORDER BY i.participant_marker, i.interview, i.created, i.id"
            ).fetchall():
        if row["participant"] == "withdrawn":
            plan.withdrawn.append(row["id"])
            continue
        pairs = _pairs(vault, row["participant_marker"], row["interview"]) \
            if row["participant_marker"] is not None and row["interview"] is not None else []
        if not pairs:
            plan.no_transcript.append(row["id"])
            continue
        pair, log = pairs[0]
        existing = _current(vault, row["id"])
        if any(log_id == pair.log_id for _, _, log_id in existing):
            plan.current.append(row["id"])
            continue
        supersede = tuple(i for redacted, report, _ in existing
                          for i in (redacted, report) if i is not None)
        plan.jobs.append(_Job(row["id"], row["key_id"], row["keyed_hash"],
                              str(row["media_format"] or "wav"), pair, log, supersede))
    return plan


def spans_from_log(log: RedactionLog) -> list[SpanRef]:
    """The spans of a redaction log to mute: replacements, and review spans accepted or
    pending (rejected ones are kept)."""
    spans = [SpanRef(int(s["segment"]), int(s["start"]), int(s["end"]), str(s["id"]),
                     str(s["entity_type"])) for s in log.spans]
    spans += [SpanRef(int(r["segment"]), int(r["start"]), int(r["end"]), str(r["id"]),
                      str(r["entity_type"])) for r in log.review if r["status"] in _MUTED_REVIEW]
    return sorted(spans, key=lambda s: (s.segment, s.start))


def _redact_one(vault: Vault, job: _Job, policy: AudioPolicy, aligner: Aligner
                ) -> AudioRedacted:
    custody = vault.custody()
    raw_id = job.log.raw_id
    kind = job.pair.kind if f".{job.pair.kind}" in KINDS else "txt"
    # the label names the item, never its original file name (which may hold a name)
    doc = document_from_bytes(objects.read_object(vault, raw_id, custody), f"{raw_id}.{kind}")
    spans = spans_from_log(job.log)
    with scratch_file("source") as source, scratch_file("redacted") as out:
        with open(source.path, "wb") as handle:
            digest = objects.decrypt_object(vault, job.audio_id, job.key_id, handle, custody)
        if digest.keyed_hash != job.keyed_hash:
            raise DecryptionFailed(f"object {job.audio_id} does not match its keyed hash",
                                   hint="restore it from backup; run `vault verify`")
        POINTS.reach("decrypted")
        origin = {"audio": job.audio_id, "transcript": raw_id, "log": job.pair.log_id,
                  "redacted_transcript": job.pair.redacted_id}
        report: AudioReport = redact_recording(
            source.path, doc, spans, out.path, policy, aligner=aligner, origin=origin,
            source_name=job.audio_id, out_name=f"the redaction of {job.audio_id}",
            on_step=POINTS.reach)
        counts = report.counts
        with open(out.path, "rb") as content:
            redacted_id, report_id = store_redacted_audio(
                vault, job.audio_id, content, report.to_bytes(), media_format=job.media_format,
                duration=report.recording.duration, log_id=job.pair.log_id,
                supersede=job.supersede,
                details={"transcript": raw_id, "log": job.pair.log_id,
                         "windows": len(report.windows), "located": counts})
    return AudioRedacted(job.audio_id, redacted_id, report_id, counts, len(report.windows),
                         report.muted_seconds)


def redact_vault_audio(vault: Vault, *, policy: AudioPolicy | None = None,
                       progress: Progress | None = None,
                       aligner: Aligner | None = None) -> VaultAudioSummary:
    """Redact every recording that needs it (see the module docstring).

    :param policy: default: the ``[audio]`` table of the vault's ``policies/redaction.toml``.
    :param progress: called with (recordings done, recordings to do).
    :param aligner: reuse a loaded aligner.
    :raises PolicyError: the vault's policy has no valid ``[audio]`` table.
    :raises CustodyError: no custodian identity to decrypt with.
    """
    plan = _plan(vault)
    jobs = plan.jobs
    rest = (tuple(plan.no_transcript), tuple(plan.current), tuple(plan.withdrawn))
    if not jobs:
        return VaultAudioSummary((), (), *rest)
    if policy is None:
        policy = load_audio_policy(vault.policies_dir / "redaction.toml")
    aligner = aligner if aligner is not None else Aligner()
    done: list[AudioRedacted] = []
    failed: list[AudioFailure] = []
    for index, job in enumerate(jobs, start=1):
        try:
            done.append(_redact_one(vault, job, policy, aligner))
        except VaultError as exc:
            failed.append(AudioFailure(job.audio_id, exc))
        if progress is not None:
            progress(index, len(jobs))
    return VaultAudioSummary(tuple(done), tuple(failed), *rest)
