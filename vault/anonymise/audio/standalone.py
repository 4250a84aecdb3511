"""Standalone audio redaction (``vault anonymise audio RECORDING --transcript FILE --out OUT``).

No vault is needed: the transcript is redacted with the anonymiser (the participant register
and policy as ``vault anonymise text`` takes them), and every span it replaces **or leaves for
review** is muted in the recording — nobody reviews spans here, so doubtful ones are muted
(fail closed)::

    report = redact_audio_file(Path("P07.mp3"), Path("P07.docx"), Path("out/P07.mp3"),
                               register=Register.from_csv(Path("register.csv")))
    report.fail_closed          # spans muted with their whole turn

The recording and transcript are read as user files (:mod:`vault.files`: regular files, never
from inside a vault). The output is written as a file with no name in ``out``'s directory
(``O_TMPFILE``, :func:`~vault.anonymise.audio.scratch.unnamed_output`) and given its name only
when complete, so a kill leaves nothing there (where the file system has no unnamed files, a
hidden temp file beside ``out`` is used and removed on any error); the analysis copy is an
anonymous memory file. ``out`` and the report are never overwritten.
"""
from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import Any

from vault.anonymise.audio.audio_policy import AudioPolicy, load_audio_policy
from vault.anonymise.audio.codec import SUFFIXES, open_recording
from vault.anonymise.audio.redact import redact_recording
from vault.anonymise.audio.report import AudioReport
from vault.anonymise.audio.scratch import unnamed_output
from vault.anonymise.audio.windows import SpanRef
from vault.anonymise.formats import document_from_bytes
from vault.anonymise.redaction_policy import default_policy_path, load_redaction_policy
from vault.errors import InputError
from vault.files import (
    FILE_MODE,
    check_input_file,
    fsync_dir,
    read_input_file,
    refuse_inside_vault,
    write_private,
)

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
                      anonymiser: Any = None, vault_root: Path | None = None,
                      file_mode: int = FILE_MODE) -> AudioReport:
    """Mute the identifiers of ``transcript`` in ``recording``, writing ``out``.

    :param register: a :class:`~vault.anonymise.register.Register` (participants' names).
    :param policy_path: a ``redaction.toml`` (its ``[audio]`` table too); default: packaged.
    :param report: where to write the JSON report (never overwritten).
    :param anonymiser: reuse a loaded engine (its redaction policy wins).
    :param vault_root: the vault the command runs in, if any: inputs are never read from a
        vault, outputs never written into one.
    :param file_mode: permissions of ``out`` and the report (default 0600, whatever the
        umask; ``--mode``), set before ``out`` gets its name.
    :raises InputError: bad recording or transcript (missing, not a regular file, inside the
        vault, undecodable), an output inside a vault, a transcript that does not match, an output that exists, would
        overwrite an input, or has the wrong suffix.
    :raises PolicyError: the policy is missing or invalid.
    """
    # lazy: the engine loads Presidio and spaCy
    from vault.anonymise.engine import Anonymiser

    recording, transcript, out = Path(recording), Path(transcript), Path(out)
    check_input_file(recording, outside=vault_root)
    text = read_input_file(transcript, outside=vault_root)
    inputs = [recording, transcript]
    refuse_inside_vault(out, vault_root=vault_root,
                        hint="a redacted recording is still sensitive: write it outside the "
                             "vault")
    _check_output(out, inputs, "--out")
    if report is not None:
        report = Path(report)
        refuse_inside_vault(report, vault_root=vault_root,
                            hint="write the report outside the vault")
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
    doc = document_from_bytes(text, transcript.name)
    spans = transcript_spans(doc, engine, register)
    origin = {"transcript": transcript.name, "recording": recording.name}
    with unnamed_output(out.parent) as unnamed:
        if unnamed is not None:
            result = redact_recording(recording, doc, spans, unnamed.path, audio_policy,
                                      origin=origin, out_name=out.name)
            os.fchmod(unnamed.fd, file_mode)
            try:
                unnamed.link(out)
            except FileExistsError as exc:
                raise InputError(f"{out.name}: --out appeared meanwhile; refusing to "
                                 "overwrite it") from exc
        else:
            result = _write_named(recording, doc, spans, out, audio_policy, origin, file_mode)
    if report is not None:
        write_private(report, result.to_bytes())
        if file_mode != FILE_MODE:
            os.chmod(report, file_mode)
    return result


def _write_named(recording: Path, doc: Any, spans: list[SpanRef], out: Path,
                 policy: AudioPolicy, origin: dict[str, str], file_mode: int) -> AudioReport:
    """The output through a hidden temp file beside ``out`` (no ``O_TMPFILE`` there)."""
    temp = out.with_name(f".tmp-{out.name}-{secrets.token_hex(4)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    try:
        result = redact_recording(recording, doc, spans, temp, policy, origin=origin,
                                  out_name=out.name)
        with temp.open("rb+") as handle:
            os.fchmod(handle.fileno(), file_mode)
            os.fsync(handle.fileno())
        try:
            os.link(temp, out)  # never replaces a file created meanwhile
        except FileExistsError as exc:
            raise InputError(f"{out.name}: --out appeared meanwhile; refusing to overwrite "
                             "it") from exc
        fsync_dir(out.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return result
