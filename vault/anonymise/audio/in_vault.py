"""In-vault audio redaction (``vault anonymise audio --all``).

For every present ``audio`` item that has a redacted transcript of the same participant and
interview, and no current redacted recording::

    summary = redact_vault_audio(vault)
    summary.done            # (audio id, redacted id, report id, counts), per recording
    summary.check()         # PartialFailure (exit 4) if any recording failed

Per recording: the raw transcript and its current redaction log are decrypted **in memory**;
the spans muted are the log's replacements and its review spans that are accepted or still
pending (a pending span may be an identifier: muted until a reviewer rejects it; a rejected one
is kept). The recording is decrypted into a private work directory
(:func:`~vault.anonymise.audio.codec.private_workdir`, removed afterwards), redacted
(:func:`~vault.anonymise.audio.redact.redact_recording`) and stored with its report through
:func:`~vault.anonymise.audio.storing.store_redacted_audio`.

Which transcript: among the present raw transcripts of the recording's participant and
interview that have a current redaction, one with cue timings (VTT/SRT) first, then the most
recent. A redacted recording is **current** while its report names the transcript's current
redaction log; after ``vault review`` changes the log (or ``vault anonymise --rerun``) the next
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
from vault.anonymise.audio.codec import private_workdir
from vault.anonymise.audio.policy import AudioPolicy, load_audio_policy
from vault.anonymise.audio.redact import redact_recording
from vault.anonymise.audio.report import AudioReport
from vault.anonymise.audio.storing import (
    REDACTED_AUDIO_CLASS,
    REPORT_CLASS,
    StepHook,
    store_redacted_audio,
)
from vault.anonymise.audio.windows import SpanRef
from vault.errors import DecryptionFailed, InputError, PartialFailure, VaultError

if TYPE_CHECKING:
    from vault.anonymise.vault_ops import RedactionLog, TranscriptPair
    from vault.store import Vault

__all__ = ["AudioFailure", "AudioRedacted", "VaultAudioSummary", "redact_vault_audio"]

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

    def to_json(self) -> dict[str, Any]:
        return {"items": [d.redacted_id for d in self.done],
                "done": [{"audio": d.audio_id, "redacted": d.redacted_id, "report": d.report_id,
                          "counts": d.counts, "windows": d.windows,
                          "muted_seconds": round(d.muted_seconds, 3)} for d in self.done],
                "failed": [f.audio_id for f in self.failed],
                "no_transcript": list(self.no_transcript), "current": list(self.current)}

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
    from vault.anonymise.vault_ops import RAW_CLASS, current_pair

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


def _plan(vault: Vault) -> tuple[list[_Job], list[str], list[str]]:
    jobs: list[_Job] = []
    no_transcript: list[str] = []
    current: list[str] = []
    for row in vault.db.execute(
            "SELECT id, participant_marker, interview, key_id, keyed_hash, media_format FROM "
            "items WHERE data_class = 'audio' AND state = 'present' "
            "ORDER BY participant_marker, interview, created, id").fetchall():
        pairs = _pairs(vault, row["participant_marker"], row["interview"]) \
            if row["participant_marker"] is not None and row["interview"] is not None else []
        if not pairs:
            no_transcript.append(row["id"])
            continue
        pair, log = pairs[0]
        existing = _current(vault, row["id"])
        if any(log_id == pair.log_id for _, _, log_id in existing):
            current.append(row["id"])
            continue
        supersede = tuple(i for redacted, report, _ in existing
                          for i in (redacted, report) if i is not None)
        jobs.append(_Job(row["id"], row["key_id"], row["keyed_hash"],
                         str(row["media_format"] or "wav"), pair, log, supersede))
    return jobs, no_transcript, current


def spans_from_log(log: RedactionLog) -> list[SpanRef]:
    """The spans of a redaction log to mute: replacements, and review spans accepted or
    pending (rejected ones are kept)."""
    spans = [SpanRef(int(s["segment"]), int(s["start"]), int(s["end"]), str(s["id"]),
                     str(s["entity_type"])) for s in log.spans]
    spans += [SpanRef(int(r["segment"]), int(r["start"]), int(r["end"]), str(r["id"]),
                      str(r["entity_type"])) for r in log.review if r["status"] in _MUTED_REVIEW]
    return sorted(spans, key=lambda s: (s.segment, s.start))


def _redact_one(vault: Vault, job: _Job, policy: AudioPolicy, aligner: Aligner,
                on_step: StepHook | None) -> AudioRedacted:
    from vault.anonymise.formats import KINDS, document_from_bytes

    custody = vault.custody()
    raw_id = job.log.raw_id
    kind = job.pair.kind if f".{job.pair.kind}" in KINDS else "txt"
    # the label names the item, never its original file name (which may hold a name)
    doc = document_from_bytes(objects.read_object(vault, raw_id, custody), f"{raw_id}.{kind}")
    spans = spans_from_log(job.log)
    with private_workdir() as work:
        source = work / f"{job.audio_id}.{job.media_format}"
        with source.open("xb") as handle:
            digest = objects.decrypt_object(vault, job.audio_id, job.key_id, handle, custody)
        if digest.keyed_hash != job.keyed_hash:
            raise DecryptionFailed(f"object {job.audio_id} does not match its keyed hash",
                                   hint="restore it from backup; run `vault verify`")
        out = work / f"redacted.{job.media_format}"
        origin = {"audio": job.audio_id, "transcript": raw_id, "log": job.pair.log_id,
                  "redacted_transcript": job.pair.redacted_id}
        try:
            report: AudioReport = redact_recording(source, doc, spans, out, policy,
                                                   workdir=work, aligner=aligner, origin=origin)
        except InputError as exc:
            # the messages name the work files: name the items instead
            raise InputError(exc.message.replace(source.name, job.audio_id)
                             .replace(f"{raw_id}.{kind}", raw_id), hint=exc.hint) from exc
        counts = report.counts
        redacted_id, report_id = store_redacted_audio(
            vault, job.audio_id, out, report.to_bytes(), media_format=job.media_format,
            duration=report.recording.duration, supersede=job.supersede,
            details={"transcript": raw_id, "log": job.pair.log_id, "windows":
                     len(report.windows), "located": counts}, on_step=on_step)
    return AudioRedacted(job.audio_id, redacted_id, report_id, counts, len(report.windows),
                         report.muted_seconds)


def redact_vault_audio(vault: Vault, *, policy: AudioPolicy | None = None,
                       progress: Progress | None = None, on_step: StepHook | None = None,
                       aligner: Aligner | None = None) -> VaultAudioSummary:
    """Redact every recording that needs it (see the module docstring).

    :param policy: default: the ``[audio]`` table of the vault's ``policies/redaction.toml``.
    :param progress: called with (recordings done, recordings to do).
    :param on_step: called with each durable step of each store (crash tests).
    :raises PolicyError: the vault's policy has no valid ``[audio]`` table.
    :raises CustodyError: no custodian identity to decrypt with.
    """
    jobs, no_transcript, current = _plan(vault)
    if not jobs:
        return VaultAudioSummary((), (), tuple(no_transcript), tuple(current))
    if policy is None:
        policy = load_audio_policy(vault.policies_dir / "redaction.toml")
    aligner = aligner if aligner is not None else Aligner()
    done: list[AudioRedacted] = []
    failed: list[AudioFailure] = []
    for index, job in enumerate(jobs, start=1):
        try:
            done.append(_redact_one(vault, job, policy, aligner, on_step))
        except VaultError as exc:
            failed.append(AudioFailure(job.audio_id, exc))
        if progress is not None:
            progress(index, len(jobs))
    return VaultAudioSummary(tuple(done), tuple(failed), tuple(no_transcript), tuple(current))
