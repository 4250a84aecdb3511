"""Standalone audio redaction (``vault anonymise audio RECORDING --transcript FILE --out OUT``).

No vault is needed: the transcript is redacted with the anonymiser (the participant register
and policy as ``vault anonymise text`` takes them), and every span it replaces **or leaves for
review** is muted in the recording — nobody reviews spans here, so doubtful ones are muted
(fail closed)::

    report = redact_audio_file(Path("P07.mp3"), Path("P07.docx"), Path("out/P07.mp3"),
                               register=Register.from_csv(Path("register.csv")))
    report.fail_closed          # spans muted with their whole turn

The output is written to a temporary file beside ``out`` and renamed into place only when
complete; ``out`` and the report are never overwritten.
"""
from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import Any

from vault.anonymise.audio.codec import SUFFIXES, open_recording, private_workdir
from vault.anonymise.audio.policy import AudioPolicy, load_audio_policy
from vault.anonymise.audio.redact import redact_recording
from vault.anonymise.audio.report import AudioReport
from vault.anonymise.audio.windows import SpanRef
from vault.errors import InputError
from vault.store import FILE_MODE, fsync_dir, write_private

__all__ = ["redact_audio_file", "transcript_spans"]


def transcript_spans(doc: Any, anonymiser: Any, register: Any = None) -> list[SpanRef]:
    """Every span the anonymiser replaces or flags for review in ``doc``, as :class:`SpanRef`."""
    redactions = anonymiser.redact_many(list(doc.segments), register=register)
    spans: list[SpanRef] = []
    for segment, redaction in enumerate(redactions):
        for item in (*redaction.replacements, *redaction.review):
            spans.append(SpanRef(segment, item.start, item.end, f"s{len(spans) + 1}",
                                 item.entity_type))
    return sorted(spans, key=lambda s: (s.segment, s.start))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.resolve() == b.resolve()
    except OSError:
        return False


def _check_output(path: Path, inputs: list[Path], what: str) -> None:
    if path.exists() or path.is_symlink():
        raise InputError(f"{path.name}: {what} already exists; refusing to overwrite it",
                         hint=f"choose another {what} path, or remove the file first")
    for source in inputs:
        if path.resolve() == source.resolve():
            raise InputError(f"{path.name}: {what} would overwrite an input")
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: the {what}'s directory does not exist")


def redact_audio_file(recording: Path, transcript: Path, out: Path, *, register: Any = None,
                      policy_path: Path | None = None, report: Path | None = None,
                      anonymiser: Any = None) -> AudioReport:
    """Mute the identifiers of ``transcript`` in ``recording``, writing ``out``.

    :param register: a :class:`~vault.anonymise.register.Register` (participants' names).
    :param policy_path: a ``redaction.toml`` (its ``[audio]`` table too); default: packaged.
    :param report: where to write the JSON report (never overwritten).
    :param anonymiser: reuse a loaded engine (its redaction policy wins).
    :raises InputError: bad recording or transcript, a transcript that does not match, an
        output that exists, would overwrite an input, or has the wrong suffix.
    :raises PolicyError: the policy is missing or invalid.
    """
    from vault.anonymise.engine import Anonymiser
    from vault.anonymise.formats import read_document
    from vault.anonymise.policy import (
        default_policy_path,
        load_redaction_policy,
    )

    recording, transcript, out = Path(recording), Path(transcript), Path(out)
    inputs = [recording, transcript]
    _check_output(out, inputs, "--out")
    if report is not None:
        report = Path(report)
        _check_output(report, [*inputs], "--report")
        if report.resolve() == out.resolve():
            raise InputError(f"{report.name}: --report and --out are the same file")
    source = open_recording(recording)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES[source.format]:
        raise InputError(f"{out.name}: a {source.format.name} recording stays "
                         f"{source.format.name}; --out must end in "
                         f"{' or '.join(SUFFIXES[source.format])}")
    path = Path(policy_path) if policy_path is not None else default_policy_path()
    audio_policy: AudioPolicy = load_audio_policy(path)
    engine = anonymiser if anonymiser is not None else Anonymiser(load_redaction_policy(path))
    doc = read_document(transcript)
    spans = transcript_spans(doc, engine, register)
    temp = out.with_name(f".tmp-{out.name}-{secrets.token_hex(4)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    try:
        with private_workdir() as work:
            result = redact_recording(recording, doc, spans, temp, audio_policy, workdir=work,
                                      origin={"transcript": transcript.name,
                                              "recording": recording.name})
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        if out.exists():
            raise InputError(f"{out.name}: --out appeared meanwhile; refusing to overwrite it")
        os.replace(temp, out)
        fsync_dir(out.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    if report is not None:
        write_private(report, result.to_bytes())
    return result
