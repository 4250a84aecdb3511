"""The store-backed release: what ``vault release create NAME`` writes for analysts, from the vault.

One call gathers datasets and redacted transcripts from the vault, renders them to the current
code epoch, validates exactly what it will write, and writes the bundle atomically::

    result = create_release(vault, "survey-2026-03", dataset_ids=["ds_3f9c0a1b2d4e"],
                            transcripts="all", out_dir=Path("release"))
    result.path               # release/survey-2026-03/
    result.manifest["participant_codes"]   # the codes of this epoch that appear in it

The bundle (see :func:`vault.validate.release.write_release` for the layout) holds:

* ``<dataset name>.parquet`` per dataset — participant markers rendered to the current codes,
  marker tokens in free text rendered to ``[CODE]``, rows in a fresh random order (so row
  position does not link releases of different epochs);
* ``transcripts/<CODE>_<interview>.<txt|vtt|srt|docx>`` — the present ``transcript_redacted``
  items, their marker tokens rendered to ``[CODE]``;
* ``audio/<CODE>_<interview>.<wav|flac|ogg|mp3|m4a>`` — only when asked (``audio=True``,
  ``--audio``): the redacted recordings of the participants released
  (:mod:`vault.anonymise.audio.releasing`, which also refuses a recording muted from an
  outdated redaction log);
* ``schemas/<dataset name>.toml`` (the exact schema each dataset was imported with, named with
  its SHA-256 in the manifest), ``codebook.md``/``.html`` and a Frictionless
  ``datapackage.json``;
* ``report.html``/``summary.json`` and ``manifest.json`` (SHA-256 of every file, code epoch,
  policy hashes, validation summary, tool version, creation time, ``participant_codes``, and
  ``audit_checkpoint``: a signed checkpoint of the audit log as it stood before the release);
* ``manifest.json.sig`` (an OpenSSH signature by the vault signing key, namespace
  ``vault-release``) and ``allowed_signers`` (:func:`allowed_signers` prints the same line for
  the steward to publish).

The gate: every dataset is validated with its own schema's suite and the vault's policy
(current codes, code format, register names); the transcripts' text is scanned for the same
identifiers (e-mail, UK phone, NHS number, postcode, leftover markers, register names). Any
failure raises :class:`ChecksFailed` before anything is written. Before that, two refusals that
fail closed: a chosen transcript whose redaction log still has spans pending review (``vault
review``) refuses the release (:class:`ChecksFailed`), and so does a transcript id of a
participant who withdrew consent (:class:`ParticipantError`). With ``all``, such participants'
transcripts are left out, and their dataset rows are dropped before validation; the manifest
counts both (``withdrawn_excluded``). After validation, the linkage guard
(:mod:`vault.linkage`) refuses material already released under an earlier code epoch unless
``allow_relink`` with a reason (then written into the manifest).

Releases are plaintext, so they are never written inside the vault directory. The write is a
``release`` operation of the write path (:mod:`vault.write_path`), under the vault lock, after
rechecking that nothing it read was destroyed meanwhile: an error or a kill at any instant
leaves either no release and no temp directory, or the complete release —
:func:`recover_release` removes the temporary directory and records a release that had already
been published. The audit entry
``release.create`` carries the release id and name, dataset and item ids and counts; no codes
or participants' names. :func:`list_releases` reads the releases back from those entries.
"""
from __future__ import annotations

import hashlib
import json
import re
import secrets
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault import __version__, objects, sshsig
from vault.anonymise.audio.releasing import (
    ReleasedRecording,
    refuse_stale,
    released_name,
    select_audio,
    write_recording,
)
from vault.anonymise.formats import document_from_bytes, document_to_bytes, render_document
from vault.anonymise.stored_transcripts import (
    LOG_CLASS,
    PolicyStamp,
    RedactionLog,
    StaleTranscript,
    anonymise_stale,
    current_stamp,
    read_log,
)
from vault.clock import utc_now
from vault.codes.epochs import current_codes, current_epoch, retired_epoch
from vault.errors import ChecksFailed, InputError, ParticipantError, StoreError
from vault.faults import declare_points
from vault.files import FILE_MODE, dir_mode_for, make_dirs, refuse_inside_vault
from vault.ids import new_id
from vault.linkage import ReleaseRefs, Relink
from vault.linkage import check as check_linkage
from vault.linkage import forget as forget_linkage
from vault.linkage import record as record_linkage
from vault.markers import MARKER_RE
from vault.store import Settled, recovers
from vault.validate import build_suite, require_success, validate_table
from vault.validate.release_contents import ReleasedDataset, ReleaseInfo
from vault.validate.report import ExpectationOutcome, ValidationResult
from vault.write_path import begin

if TYPE_CHECKING:
    import pyarrow as pa

    from vault.anonymise.dataset import DatasetSchema
    from vault.anonymise.formats import Document
    from vault.store import Vault
    from vault.validate.validation_policy import ValidationPolicy

__all__ = ["POINTS", "REDACTED_CLASS", "ReleaseRecord", "ReleaseResult", "allowed_signers",
           "check_release_name", "create_release", "list_releases", "recover_release",
           "release_principal"]

#: the fault points of writing a release (see :mod:`vault.faults`)
POINTS = declare_points("release", {
    "validated": "the release is rendered and validated in memory; nothing is written",
    "journaled": "the journal entry naming the target and its temp directory is committed",
    "temp-created": "the hidden temporary directory beside the target exists",
    "files-written": "the bundle's files are in the temporary directory",
    "manifest-written": "manifest.json is written; nothing is fsynced or renamed yet",
    "published": "the bundle is renamed to its target; its audit entry is not committed",
    "committed": "the release.create audit entry and the journal close are committed",
})
#: the data class of redacted transcripts (written by ``vault anonymise``)
REDACTED_CLASS = "transcript_redacted"
#: policy files whose SHA-256 goes into the manifest, when the vault has them
POLICY_FILES = ("retention.toml", "redaction.toml", "codes.toml")
_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
_KINDS = ("txt", "vtt", "srt", "docx")


@dataclass(frozen=True)
class ReleaseResult:
    """A written release: where it is, and its manifest."""

    path: Path
    manifest: dict[str, Any] = field(repr=False)
    #: why the release has no transcripts although they were asked for, else ``None``
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The manifest plus ``path`` (what ``vault release create NAME --json`` prints)."""
        return {**self.manifest, "path": str(self.path)}


@dataclass(frozen=True)
class ReleaseRecord:
    """A release the vault made, as its ``release.create`` audit entry records it."""

    id: str
    #: the release's name (``None`` for a release recorded before names were audited)
    name: str | None
    #: when it was published (UTC)
    created: str
    #: the code epoch its participant codes belong to
    epoch: int | None
    datasets: tuple[str, ...]
    transcripts: int | None
    participants: int | None
    files: int | None
    #: released again under a new code epoch with ``--allow-relink``
    relinked: bool

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "created": self.created, "epoch": self.epoch,
                "datasets": list(self.datasets), "transcripts": self.transcripts,
                "participants": self.participants, "files": self.files,
                "relinked": self.relinked}


def list_releases(vault: Vault) -> list[ReleaseRecord]:
    """Every release the vault published, oldest first, from the audit log (read-only)."""
    records = []
    for entry in vault.audit.entries():
        if entry.action != "release.create" or entry.outcome != "ok":
            continue
        d = entry.details

        def number(key: str, details: dict[str, Any] = d) -> int | None:
            value = details.get(key)
            return value if isinstance(value, int) else None

        records.append(ReleaseRecord(
            id=str(d.get("release", "")), name=d.get("name"), created=entry.time,
            epoch=number("epoch"), datasets=tuple(d.get("datasets") or ()),
            transcripts=number("transcripts"), participants=number("participants"),
            files=number("files"), relinked=bool(d.get("relink"))))
    return records


def release_principal(vault: Vault) -> str:
    """The name releases are signed as (``ssh-keygen -Y verify -I``): ``vault@<study id>``."""
    return f"vault@{vault.info.study_id}"


def allowed_signers(vault: Vault) -> str:
    """The ``allowed_signers`` line for this vault's release signatures (with a newline).

    :raises StoreError: the vault has no signing key yet.
    """
    verifier = vault.audit.verifier()
    if verifier is None:
        raise StoreError("the vault has no signing key yet", hint="run `vault custodian init`")
    return sshsig.allowed_signers_line(release_principal(vault), verifier.public_key,
                                       sshsig.RELEASE_NAMESPACE) + "\n"


def check_release_name(name: str) -> str:
    """A release name is a plain directory name.

    :raises InputError: empty, a path (``a/b``, ``../x``), hidden, or other characters.
    """
    if not _NAME_RE.fullmatch(name):
        raise InputError(f"release name {name!r} is not a plain name",
                         hint="use 1-100 letters, digits, _ . - starting with a letter or digit")
    return name


def _out_dir(vault: Vault, name: str, out_dir: Path | None) -> tuple[Path, Path]:
    base = Path(out_dir) if out_dir is not None else Path.cwd() / "release"
    refuse_inside_vault(base, vault_root=vault.root,
                        hint="releases are plaintext; choose an --out-dir outside the vault")
    if base.exists() and not base.is_dir():
        raise InputError(f"{base}: exists and is not a directory",
                         hint="choose another --out-dir")
    target = base / name
    if target.exists() or target.is_symlink():
        raise InputError(f"{target}: already exists",
                         hint="choose a new release name; releases are never overwritten")
    return base, target


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _transcript_kind(media_format: str | None, data: bytes) -> str:
    if media_format in _KINDS:
        return str(media_format)
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:64].lstrip(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"WEBVTT"):
        return "vtt"
    if re.match(rb"\d+\r?\n\d\d:\d\d:\d\d,\d{3} -->", head):
        return "srt"
    return "txt"


@dataclass(frozen=True)
class _Transcript:
    item: str
    marker: str | None
    interview: int | None
    doc: Document


def _withdrawn_markers(vault: Vault) -> frozenset[str]:
    """The markers of participants who withdrew consent (their data is never released)."""
    return frozenset(str(r["marker"]) for r in vault.db.execute(
        "SELECT marker FROM participants WHERE state = 'withdrawn'"))


def _redacted_items(vault: Vault, transcripts: str | Sequence[str] | None,
                    withdrawn: frozenset[str] = frozenset()) -> tuple[list[Any], int]:
    """The redacted transcript rows to release, and how many ``all`` left out as withdrawn.

    :raises ParticipantError: an explicitly chosen transcript of a withdrawn participant.
    """
    if transcripts is None:
        return [], 0
    if transcripts == "all" or (not isinstance(transcripts, str) and list(transcripts) == ["all"]):
        # the newest redaction of each raw transcript
        rows = vault.db.execute(
            "SELECT id, parent_id, participant_marker, interview, media_format, created "
            "FROM items WHERE data_class = ? AND state = 'present' ORDER BY created, id",
            (REDACTED_CLASS,)).fetchall()
        newest: dict[str, Any] = {}
        for row in rows:
            newest[row["parent_id"] or row["id"]] = row
        kept = [r for r in newest.values() if r["participant_marker"] not in withdrawn]
        return kept, len(newest) - len(kept)
    if isinstance(transcripts, str):
        transcripts = [transcripts]
    chosen: list[Any] = []
    for item_id in dict.fromkeys(transcripts):
        vault.object_path(item_id)  # checks the id's characters
        row = vault.db.execute(
            "SELECT id, data_class, parent_id, participant_marker, interview, media_format, "
            "state FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is None or row["state"] != "present":
            raise StoreError(f"no present item {item_id} in this vault",
                             hint="see `vault list` for transcript ids")
        if row["data_class"] == "transcript_raw":  # the raw transcript: take its redaction
            row = vault.db.execute(
                "SELECT id, parent_id, participant_marker, interview, media_format FROM items "
                "WHERE data_class = ? AND state = 'present' AND parent_id = ? "
                "ORDER BY created DESC, id DESC LIMIT 1", (REDACTED_CLASS, item_id)).fetchone()
            if row is None:
                raise InputError(f"transcript {item_id} has no redacted version",
                                 hint="run `vault anonymise run` on it first")
        elif row["data_class"] != REDACTED_CLASS:
            raise InputError(f"item {item_id} is not a transcript",
                             hint="pass redacted (or raw) transcript ids, or `all`")
        if row["participant_marker"] in withdrawn:
            raise ParticipantError(f"transcript {item_id}: its participant has withdrawn consent",
                                   hint="a withdrawn participant's data is never released; "
                                        "leave this transcript out")
        chosen.append(row)
    return chosen, 0


def _current_logs(vault: Vault, rows: Sequence[Any]) -> dict[str, RedactionLog]:
    """Redacted item id -> its redaction log, for the chosen rows that have one (a transcript
    not written by ``vault anonymise`` has none)."""
    wanted = {str(r["id"]) for r in rows}
    if not wanted:
        return {}
    custody = vault.custody()
    logs: dict[str, RedactionLog] = {}
    for parent in sorted({str(r["parent_id"]) for r in rows if r["parent_id"]}):
        for log_row in vault.db.execute(
                "SELECT id FROM items WHERE data_class = ? AND state = 'present' "
                "AND parent_id = ?", (LOG_CLASS, parent)).fetchall():
            log = read_log(vault, log_row["id"], custody)
            if log.redacted_id in wanted:
                logs[log.redacted_id] = log
    return logs


def _pending_review(logs: Mapping[str, RedactionLog]) -> dict[str, int]:
    """Redacted item id -> spans of its redaction log still pending review (ids, counts only)."""
    return {item: len(log.pending) for item, log in logs.items() if log.pending}


def _stale(vault: Vault, rows: Sequence[Any], logs: Mapping[str, RedactionLog]
           ) -> list[StaleTranscript]:
    """The chosen transcripts redacted under another policy, term list or register."""
    if not logs:
        return []
    current = current_stamp(vault)
    out = []
    for row in rows:
        log = logs.get(str(row["id"]))
        if log is None:
            continue
        reasons = log.stamp.differences(current)
        if reasons:
            out.append(StaleTranscript(str(row["parent_id"]), str(row["id"]), reasons))
    return out


def _refuse_stale(stale: Sequence[StaleTranscript]) -> None:
    """:raises ChecksFailed: some chosen transcripts were redacted under an earlier redaction
    policy, term list or register (what the current one redacts could ship unredacted)."""
    if not stale:
        return
    ids = [s.redacted_id for s in stale]
    shown = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
    why = sorted({r for s in stale for r in s.reasons})
    raise ChecksFailed(f"{len(ids)} transcript(s) are stale, redacted under an earlier "
                       f"{'/'.join(why)}: {shown}",
                       hint="run `vault anonymise run --stale` (earlier review decisions are "
                            "replayed), or release with --re-redact")


def _refuse_pending(pending: Mapping[str, int]) -> None:
    """:raises ChecksFailed: some chosen transcripts have spans awaiting review."""
    if not pending:
        return
    ids = sorted(pending)
    shown = ", ".join(ids[:3]) + (", …" if len(ids) > 3 else "")
    # ChecksFailed (exit 3), not InputError (exit 9): the request is well formed, but the
    # data is not yet fit for release — the release gate's refusal, like a failed
    # validation, and nothing is written.
    raise ChecksFailed(f"{sum(pending.values())} span(s) in {len(ids)} transcript(s) "
                       f"({shown}) await review; they may be identifiers",
                       hint="run `vault review` to accept or reject them, then release again")


def _load_transcripts(vault: Vault, rows: Sequence[Any]) -> list[_Transcript]:
    custody = vault.custody()
    out = []
    for row in rows:
        data = objects.read_object(vault, row["id"], custody)
        kind = _transcript_kind(row["media_format"], data)
        doc = document_from_bytes(data, f"{row['id']}.{kind}")
        out.append(_Transcript(row["id"], row["participant_marker"], row["interview"], doc))
    return out


def _combine(results: Sequence[ValidationResult]) -> ValidationResult:
    """One result for the whole release: check names prefixed by their file when several."""


    if len(results) == 1:
        return results[0]
    outcomes: list[ExpectationOutcome] = []
    for result in results:
        outcomes += [replace(o, name=f"{result.dataset}:{o.name}") for o in result.results]
    # rows are the datasets' rows: transcripts and the retired-code text scan are not rows
    rows = sum(r.row_count or 0 for r in results if r.dataset.endswith(".parquet"))
    return ValidationResult(dataset="release", suite="+".join(r.suite for r in results),
                            success=all(r.success for r in results), results=tuple(outcomes),
                            row_count=rows, engine=results[0].engine)


def _shuffled(table: pa.Table) -> pa.Table:
    import pyarrow as pa  # lazy: pyarrow takes a while to import, `vault --help` must not

    order = list(range(table.num_rows))
    secrets.SystemRandom().shuffle(order)
    return table.take(pa.array(order, type=pa.int64()))


def _tokens(values: Sequence[Any]) -> set[str]:
    found: set[str] = set()
    for value in values:
        if isinstance(value, str):
            found.update(MARKER_RE.findall(value))
    return found


#: a word that could be a participant code of some epoch (or a pre-vault code)
_CODE_LIKE = re.compile(r"(?<![\w])[A-Z][A-Z0-9]{1,11}(?![\w])")


def _retired_code_check(vault: Vault, codes: Mapping[str, str],
                        texts: Sequence[str]) -> ValidationResult:
    """The release's text holds no participant code of an earlier epoch (nor a pre-vault one).

    Retired codes are known only by their keyed hash in the code ledger, so every code-like
    word that is not a current code is hashed and looked up. Counts only.
    """

    current = set(codes.values())
    words = {w for text in texts for w in _CODE_LIKE.findall(text)} - current
    retired = {w for w in words if retired_epoch(vault, w) is not None}
    hits = sum(1 for text in texts if retired & set(_CODE_LIKE.findall(text)))
    outcome = ExpectationOutcome(name="retired-code", kind="retired-code", column=None,
                                 success=not retired, unexpected_count=hits,
                                 element_count=len(texts))
    return ValidationResult(dataset="release text", suite="retired-codes",
                            success=not retired, results=(outcome,), row_count=None)


@dataclass(frozen=True)
class _Selection:
    """What the release may contain, chosen before anything is read: the ``select`` step."""

    name: str
    base: Path
    target: Path
    dataset_ids: list[str]
    codes: Mapping[str, str]
    epoch: int
    policy: ValidationPolicy
    withdrawn: frozenset[str]
    #: the redacted transcript rows to release
    rows: list[Any]
    #: how many transcripts ``all`` left out because their participant withdrew
    withdrawn_transcripts: int
    #: release the redacted recordings of the participants released (``--audio``)
    audio: bool = False


@dataclass
class _Rendered:
    """The release's content in memory, rendered to the current codes: the ``render`` step."""

    tables: dict[str, pa.Table] = field(default_factory=dict)
    #: the datasets' schemas, for their validation suites, by file name
    schemas: dict[str, DatasetSchema] = field(default_factory=dict)
    transcripts: dict[str, str | bytes] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    used_markers: set[str] = field(default_factory=set)
    datasets_meta: list[dict[str, Any]] = field(default_factory=list)
    #: each dataset's schema and import counts, for the codebook and the Data Package
    described: list[ReleasedDataset] = field(default_factory=list)
    #: (dataset id, its table with markers, its participant column), for the linkage guard
    linked: list[tuple[str, pa.Table, str | None]] = field(default_factory=list)
    withdrawn_rows: int = 0
    note: str | None = None
    #: per released transcript: its file, item id and what it was redacted with
    redactions: list[dict[str, Any]] = field(default_factory=list)
    #: the participants whose data the release holds (datasets' participant column,
    #: transcripts' participant): whose recordings ``--audio`` adds
    participants: set[str] = field(default_factory=set)
    #: file name (in ``audio/``) -> the redacted recording written there
    audio: dict[str, ReleasedRecording] = field(default_factory=dict)
    withdrawn_audio: int = 0


def create_release(vault: Vault, name: str, *, dataset_ids: Sequence[str],
                   transcripts: str | Sequence[str] | None = None, out_dir: Path | None = None,
                   engine: str = "duckdb", policy: ValidationPolicy | None = None,
                   allow_relink: bool = False,
                   relink_reason: str | None = None, licence: str | None = None,
                   licence_title: str | None = None, audio: bool = False,
                   file_mode: int = FILE_MODE, re_redact: bool = False) -> ReleaseResult:
    """Validate and write ``<out_dir>/<name>/`` from the vault's datasets and transcripts.

    The steps: select what may be released, gate it (stale transcripts, spans pending review),
    render it to the current codes in memory, validate exactly that, guard against linking
    code epochs, write the bundle (with its schemas, codebook and Data Package), publish it
    (audit entry and journal close in one transaction).

    A transcript is **stale** when it was redacted under another ``policies/redaction.toml``,
    other study term lists or another register than the vault's now
    (:func:`vault.anonymise.stored_transcripts.stale_transcripts`): releasing it could ship what
    the current policy redacts. The manifest's ``transcript_redactions`` records, per file,
    the policy hash, term-list revision and register version it was actually redacted with.

    :param name: the release's directory name (a plain name).
    :param dataset_ids: stored datasets (``vault dataset list``) to include.
    :param transcripts: ``"all"`` (every present redacted transcript, the newest redaction of
        each, except those of participants who withdrew consent), item ids (redacted, or raw
        ones whose newest redaction is taken), or ``None``.
    :param out_dir: where the release directory goes (default ``./release``); never inside the
        vault.
    :param engine: the validation engine (see :func:`vault.validate.validate_table`).
    :param policy: the validation policy (default: the vault's, see
        :func:`vault.datasets.vault_validation_policy`).
    :param allow_relink: release material already released under an earlier code epoch
        (:mod:`vault.linkage`); needs ``relink_reason``, recorded in the manifest.
    :param licence: the Data Package licence name (default ``other-closed``).
    :param licence_title: the licence's title in the Data Package (default: ``licence``, or
        the restricted-access wording when no licence is given).
    :param re_redact: re-redact the chosen stale transcripts first (as ``vault anonymise run
        --stale`` does, replaying review decisions) instead of refusing them.
    :param audio: also release the redacted recordings (``audio_redacted``, the newest of each
        recording) of the participants the release holds — of every participant when it holds
        no dataset or transcript — except those who withdrew consent (counted in
        ``withdrawn_excluded``). Never without it.
    :param file_mode: permissions of the release's files (default 0600; directories 0700, or
        :func:`~vault.files.dir_mode_for` ``file_mode``), whatever the umask.
    :returns: the release's path and manifest. Dataset rows and ``all`` transcripts of
        participants who withdrew consent are left out, counted in the manifest's
        ``withdrawn_excluded`` (``{"transcripts": N, "rows": M}``).
    :raises InputError: a bad name, an existing release, an out-dir inside the vault, nothing to
        release (also when every transcript asked for is a withdrawn participant's), two
        datasets with the same name, or a transcript id that is not one.
    :raises ChecksFailed: a chosen transcript is stale (without ``re_redact``) or has spans
        pending review (``vault review``), a recording was muted from an earlier redaction log
        of its transcript (stale: ``vault anonymise audio --all`` redoes it),
        the rendered datasets or transcripts fail validation, or material was released under
        an earlier code epoch without ``allow_relink`` (nothing is written in any case).
    :raises StoreError: an unknown or destroyed dataset or item (also one destroyed while the
        release was prepared: nothing is then written).
    :raises ParticipantError: a marker without a current code, a transcript id of a participant
        who withdrew consent, or a dataset whose every row is a withdrawn participant's.
    :raises CustodyError: no unlocked custodian.
    """
    selection = _select(vault, name, dataset_ids, transcripts, out_dir, policy, audio)
    if re_redact:
        selection = _re_redact(vault, selection, dataset_ids, transcripts, out_dir, policy)
    stamps = _gate(vault, selection)
    rendered = _render(vault, selection, engine, asked_transcripts=transcripts is not None,
                       stamps=stamps)
    refuse_stale(vault, list(rendered.audio.values()))
    validation = _validate(vault, selection, rendered, engine)
    linkage = _guard_linkage(vault, selection, rendered, allow=allow_relink,
                             reason=relink_reason)
    POINTS.reach("validated")
    _refuse_uncoded(selection, rendered)
    _write_and_publish(vault, selection, rendered, validation, linkage,
                       licence=licence, licence_title=licence_title, file_mode=file_mode)
    manifest = json.loads((selection.target / "manifest.json").read_text(encoding="utf-8"))
    return ReleaseResult(selection.target, manifest, rendered.note)


def _select(vault: Vault, name: str, dataset_ids: Sequence[str],
            transcripts: str | Sequence[str] | None, out_dir: Path | None,
            policy: ValidationPolicy | None, audio: bool = False) -> _Selection:
    """Check the request and choose the datasets and transcripts; nothing read or written yet.

    Never a withdrawn participant's data: ``all`` leaves their transcripts out, naming one is
    refused (:class:`ParticipantError`).
    """
    from vault.datasets import vault_validation_policy  # lazy: vault.datasets imports pyarrow

    check_release_name(name)
    base, target = _out_dir(vault, name, out_dir)
    dataset_ids = list(dict.fromkeys(dataset_ids))
    if not dataset_ids and transcripts is None and not audio:
        raise InputError("nothing to release: no --dataset, no --transcripts, no --audio",
                         hint="pass --dataset ID (see `vault dataset list`) and/or "
                              "--transcripts all")
    vault.custody()
    codes = current_codes(vault)
    epoch = current_epoch(vault)
    policy = policy or vault_validation_policy(vault)
    withdrawn = _withdrawn_markers(vault)
    rows, withdrawn_transcripts = _redacted_items(vault, transcripts, withdrawn)
    return _Selection(name=name, base=base, target=target, dataset_ids=dataset_ids, codes=codes,
                      epoch=epoch, policy=policy, withdrawn=withdrawn, rows=rows,
                      withdrawn_transcripts=withdrawn_transcripts, audio=audio)


def _gate(vault: Vault, selection: _Selection) -> dict[str, PolicyStamp]:
    """Refuse stale transcripts, then transcripts with spans still awaiting review, before
    anything is rendered.

    :returns: redacted item id -> what it was redacted with (for the manifest).
    :raises ChecksFailed: some chosen transcripts are stale, or have spans pending review.
    """
    logs = _current_logs(vault, selection.rows)
    _refuse_stale(_stale(vault, selection.rows, logs))
    _refuse_pending(_pending_review(logs))
    return {item: log.stamp for item, log in logs.items()}


def _re_redact(vault: Vault, selection: _Selection, dataset_ids: Sequence[str],
               transcripts: str | Sequence[str] | None, out_dir: Path | None,
               policy: ValidationPolicy | None) -> _Selection:
    """Re-redact the chosen stale transcripts (replaying review decisions) and select again.

    :raises VaultError: a re-redaction failed (nothing is released).
    """
    stale = _stale(vault, selection.rows, _current_logs(vault, selection.rows))
    if not stale:
        return selection
    anonymise_stale(vault, [s.raw_id for s in stale]).check()
    if transcripts != "all" and transcripts is not None and list(transcripts) != ["all"]:
        # the ids chosen were superseded: take the new redaction of each transcript
        transcripts = [str(vault.db.execute(
            "SELECT id FROM items WHERE data_class = ? AND state = 'present' AND parent_id = ? "
            "ORDER BY created DESC, id DESC LIMIT 1", (REDACTED_CLASS, r["parent_id"])
        ).fetchone()[0]) if r["parent_id"] else str(r["id"]) for r in selection.rows]
    return _select(vault, selection.name, dataset_ids, transcripts, out_dir, policy,
                   selection.audio)


def _render(vault: Vault, selection: _Selection, engine: str, *,
            asked_transcripts: bool, stamps: Mapping[str, PolicyStamp]) -> _Rendered:
    """Decrypt and render the datasets and transcripts to the current codes, in memory.

    Dataset rows of withdrawn participants are dropped; dataset rows are shuffled (row position
    must not link releases of different epochs).

    :raises InputError: two datasets with the same name, or nothing to release.
    :raises ParticipantError: a dataset whose every row is a withdrawn participant's, or a
        transcript whose participant has no current code.
    """
    import pyarrow as pa  # lazy: pyarrow takes a while to import, `vault --help` must not

    from vault.datasets import load_dataset, render_dataset  # lazy: imports pyarrow

    out = _Rendered()
    codes, withdrawn = selection.codes, selection.withdrawn
    for dataset_id in selection.dataset_ids:
        stored = load_dataset(vault, dataset_id)
        file_name = stored.info.name
        if file_name in out.tables:
            raise InputError(f"datasets {dataset_id} and another one are both named "
                             f"{file_name!r}", hint="release them separately")
        participant = stored.schema.participant_column
        if participant is not None and withdrawn and participant in stored.table.column_names:
            keep = [v not in withdrawn for v in stored.table.column(participant).to_pylist()]
            dropped = keep.count(False)
            if dropped and dropped == len(keep):
                raise ParticipantError(f"dataset {dataset_id}: all {dropped} row(s) belong to "
                                       "participants who withdrew consent",
                                       hint="leave this dataset out of the release")
            if dropped:
                stored = replace(stored, table=stored.table.filter(pa.array(keep)))
                out.withdrawn_rows += dropped
        for column in stored.table.column_names:
            values = stored.table.column(column).to_pylist()
            if column == participant:
                out.used_markers.update(v for v in values if v is not None)
                out.participants.update(v for v in values if v is not None)
            else:
                out.used_markers.update(_tokens(values))
        out.linked.append((dataset_id, stored.table, participant))
        table = _shuffled(render_dataset(stored, codes))
        out.tables[file_name] = table
        out.schemas[file_name] = stored.schema
        # the schema goes into the release itself: the manifest names that file and its hash,
        # never a path that could be confused with the vault's own policies/datasets/
        out.described.append(ReleasedDataset.of(stored.schema, stored.schema_raw,
                                                name=file_name, rows=table.num_rows,
                                                summary=stored.summary))
        out.datasets_meta.append({"id": dataset_id, "name": file_name,
                                  "file": f"{file_name}.parquet", "rows": table.num_rows,
                                  "columns": table.column_names,
                                  "schema": out.described[-1].manifest_entry(),
                                  "import": dict(stored.summary)})

    if asked_transcripts and not selection.rows and not selection.withdrawn_transcripts:
        out.note = "no redacted transcripts in the vault: released none"
    for t in _load_transcripts(vault, selection.rows):
        if t.marker is None or t.marker not in codes:
            raise ParticipantError(f"transcript {t.item}: its participant has no current code",
                                   hint="see `vault participant list`")
        out.used_markers.add(t.marker)
        out.participants.add(t.marker)
        out.used_markers.update(_tokens(t.doc.segments))
        doc = render_document(t.doc, codes)
        stem = f"{codes[t.marker]}_{t.interview if t.interview is not None else 0}"
        file_name, n = f"{stem}.{doc.kind}", 1
        while file_name in out.transcripts:
            n += 1
            file_name = f"{stem}-{n}.{doc.kind}"
        out.transcripts[file_name] = document_to_bytes(doc)
        out.texts.append(doc.text)
        stamp = stamps.get(t.item)
        out.redactions.append({"file": f"transcripts/{file_name}", "item": t.item,
                               **(stamp.to_json() if stamp is not None else
                                  {"redaction_policy_sha256": None, "study_terms": None,
                                   "register": None})})
    if selection.audio:
        _add_audio(vault, selection, out)
    if not out.tables and not out.transcripts and not out.audio:
        if selection.withdrawn_transcripts or out.withdrawn_audio:
            what = [f"{count} redacted {kind}(s)" for count, kind in (
                (selection.withdrawn_transcripts, "transcript"),
                (out.withdrawn_audio, "recording")) if count]
            raise InputError(f"nothing to release: all {' and '.join(what)} belong to "
                             "participants who withdrew consent",
                             hint="a withdrawn participant's data is never released; pass "
                                  "--dataset ID to release datasets")
        if selection.audio:
            raise InputError("nothing to release: no datasets, no redacted transcripts and no "
                             "redacted recordings",
                             hint="run `vault anonymise run --all` and `vault anonymise audio "
                                  "--all` first, or pass --dataset ID")
        raise InputError("nothing to release: no datasets and no redacted transcripts",
                         hint="run `vault anonymise run --all` first, or pass --dataset ID")
    return out


def _add_audio(vault: Vault, selection: _Selection, out: _Rendered) -> None:
    """The redacted recordings of the participants released (of everyone when the release
    holds no dataset or transcript), named by current code and interview.

    :raises ParticipantError: a recording's participant has no current code.
    """
    everyone = not selection.dataset_ids and not selection.rows
    chosen = select_audio(vault, markers=None if everyone else out.participants,
                          withdrawn=selection.withdrawn)
    out.withdrawn_audio = chosen.withdrawn
    for recording in chosen.rows:
        code = selection.codes.get(recording.participant_marker)
        if code is None:
            raise ParticipantError(f"recording {recording.id}: its participant has no "
                                   "current code", hint="see `vault participant list`")
        out.used_markers.add(recording.participant_marker)
        name = released_name(code, recording.interview, recording.media_format, out.audio)
        out.audio[name] = recording


def _validate(vault: Vault, selection: _Selection, rendered: _Rendered,
              engine: str) -> ValidationResult:
    """Validate exactly what will be written: each dataset with its schema's suite, the
    transcripts' text for identifiers, all text for codes of earlier epochs.

    :raises ChecksFailed: a check failed (nothing is written).
    """
    import pyarrow as pa  # lazy: pyarrow takes a while to import, `vault --help` must not

    policy, codes = selection.policy, selection.codes
    results: list[ValidationResult] = []
    for file_name, table in rendered.tables.items():
        suite = build_suite(rendered.schemas[file_name], policy)
        results.append(validate_table(table, suite, dataset=f"{file_name}.parquet",
                                      engine=engine, schema=rendered.schemas[file_name]))
    if rendered.texts:
        scan = pa.table({"text": pa.array(rendered.texts, type=pa.string())})
        suite = build_suite(None, policy, columns=scan.schema, name="transcripts")
        results.append(validate_table(scan, suite, dataset="transcripts", engine=engine))
    results.append(_retired_code_check(vault, codes, [*rendered.texts, *(
        v for t in rendered.tables.values() for i, f in enumerate(t.schema)
        if pa.types.is_string(f.type) for v in t.column(i).to_pylist() if v is not None)]))
    validation = _combine(results)
    require_success(validation)  # ChecksFailed: nothing written
    return validation


@dataclass(frozen=True)
class _Linkage:
    """What the release records in the catalog's ``released`` table, and an allowed relink."""

    refs: ReleaseRefs
    relink: Relink | None


def _guard_linkage(vault: Vault, selection: _Selection, rendered: _Rendered, *,
                   allow: bool, reason: str | None) -> _Linkage:
    """The linkage guard (:mod:`vault.linkage`): nothing released before under an earlier
    code epoch, unless allowed with a reason.

    :raises ChecksFailed: the release would link code epochs and ``allow`` is false.
    :raises InputError: ``allow`` without a reason.
    """
    # a recording is linked like a transcript: its id, its source's, its content's keyed hash
    refs = ReleaseRefs.gather(vault, datasets=rendered.linked,
                              transcripts=[*selection.rows, *rendered.audio.values()])
    relink = check_linkage(vault, refs, epoch=selection.epoch, allow=allow, reason=reason)
    return _Linkage(refs, relink)


def _refuse_uncoded(selection: _Selection, rendered: _Rendered) -> None:
    """:raises ParticipantError: a marker in the release has no current code."""
    missing = sorted(m for m in rendered.used_markers if m not in selection.codes)
    if missing:
        raise ParticipantError(f"{len(missing)} participant marker(s) in the release have no "
                               "current code", hint="see `vault participant list`")


def _recheck(vault: Vault, selection: _Selection, recordings: Sequence[str] = ()) -> None:
    """Under the lock, just before writing: everything read for the release is still present,
    and nobody else withdrew meanwhile — nothing is written out after its destruction was
    certified, nor a withdrawn participant's data.

    :raises StoreError: a dataset or transcript was destroyed while the release was prepared.
    :raises ParticipantError: a participant withdrew consent meanwhile.
    """
    wanted = [*selection.dataset_ids, *(str(r["id"]) for r in selection.rows), *recordings]
    for item_id in wanted:
        row = vault.db.execute("SELECT state FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is None or row["state"] != "present":
            raise StoreError(f"item {item_id} was destroyed while the release was prepared; "
                             "nothing was written", hint="release again without it")
    if _withdrawn_markers(vault) != selection.withdrawn:
        raise ParticipantError("a participant withdrew consent while the release was "
                               "prepared; nothing was written", hint="release again")


def _write_and_publish(vault: Vault, selection: _Selection, rendered: _Rendered,
                       validation: ValidationResult, linkage: _Linkage, *,
                       licence: str | None, licence_title: str | None, file_mode: int) -> None:
    """Write the bundle beside its target and publish it: a ``release`` operation of the
    write path, under the vault lock.

    First, under the lock, :func:`_recheck`. What the release releases is recorded
    (``released``, :mod:`vault.linkage`); the bundle is written in a temporary directory and
    renamed into place (:func:`~vault.validate.release.write_release`); the ``release.create``
    audit entry and the journal's close are one transaction. Any failure — or a kill —
    is settled by :func:`recover_release`.
    """
    from vault.validate.release import (  # lazy: imports pyarrow
        ManifestSigner,
        temp_path,
        write_release,
    )

    codes, target = selection.codes, selection.target
    participant_codes = sorted({codes[m] for m in rendered.used_markers})
    policy_hashes = {f: _file_sha256(vault.policies_dir / f) for f in POLICY_FILES
                     if (vault.policies_dir / f).is_file()}
    release_id = new_id("rel")
    excluded = {"transcripts": selection.withdrawn_transcripts, "rows": rendered.withdrawn_rows}
    if selection.audio:
        excluded["audio"] = rendered.withdrawn_audio
    extra: dict[str, Any] = {
        "release_id": release_id, "name": selection.name,
        "participant_codes": participant_codes, "datasets": rendered.datasets_meta,
        "transcripts": len(rendered.transcripts), "withdrawn_excluded": excluded,
        "transcript_redactions": rendered.redactions}
    recordings = [r.id for r in rendered.audio.values()]
    if selection.audio:
        extra["audio"] = len(recordings)
    relink = linkage.relink
    if relink is not None:
        extra["relink"] = relink.to_json()
    info = ReleaseInfo(name=selection.name, study=vault.info.name, code_epoch=selection.epoch,
                       release_id=release_id, licence=licence or ReleaseInfo.licence,
                       licence_title=licence_title or (
                           ReleaseInfo.licence_title if licence is None else licence))
    tmp = temp_path(target)
    note_signer = vault.custody().signer()
    if note_signer is None:
        raise StoreError("the vault has no signing key yet", hint="run `vault custodian init`")
    signer = ManifestSigner(sshsig.SshSigner(note_signer.private_key), release_principal(vault))
    payload = {"release": release_id, "path": str(target.resolve()),
               "temp": str(tmp.resolve()), "datasets": selection.dataset_ids,
               "transcripts": [r["id"] for r in selection.rows], "audio": recordings}
    item_ids = [*selection.dataset_ids, *payload["transcripts"], *recordings]
    details = {"release": release_id, "name": selection.name,
               "datasets": selection.dataset_ids, "transcripts": len(rendered.transcripts),
               "rows": sum(t.num_rows for t in rendered.tables.values()),
               "participants": len(participant_codes), "epoch": selection.epoch,
               "withdrawn_excluded": excluded,
               **({"audio": len(recordings)} if selection.audio else {}),
               **({"relink": {k: v for k, v in relink.to_json().items() if k != "reason"}}
                  if relink is not None else {})}
    with vault.locked():
        _recheck(vault, selection, recordings)
        with begin(vault, POINTS, payload) as op:
            # recorded inside the operation: its settle forgets them unless it is published
            record_linkage(vault, release_id, selection.epoch, linkage.refs, created=utc_now())
            make_dirs(selection.base, dir_mode_for(file_mode))
            # the log as it stands before this release's entry, signed: it leaves the vault
            extra["audit_checkpoint"] = vault.audit.checkpoint()
            write_release(target, datasets=rendered.tables, transcripts=rendered.transcripts,
                          validation=validation, code_epoch=selection.epoch,
                          policy_hashes=policy_hashes, tool_version=__version__, temp_dir=tmp,
                          extra=extra, on_step=op.step, described=rendered.described,
                          info=info, signer=signer, file_mode=file_mode,
                          audio={name: _writer(vault, recording)
                                 for name, recording in rendered.audio.items()})
            manifest_text = (target / "manifest.json").read_bytes()
            op.commit(action="release.create", items=item_ids, details={
                **details, "files": len(json.loads(manifest_text)["files"]),
                "manifest_sha256": hashlib.sha256(manifest_text).hexdigest()})


def _writer(vault: Vault, recording: ReleasedRecording) -> Callable[[Path], None]:
    """Writes ``recording`` to the path it is given (in the release's temp directory)."""
    return lambda target: write_recording(vault, recording, target)


def _release_id_of(path: Path) -> str | None:
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = manifest.get("release_id") if isinstance(manifest, dict) else None
    return value if isinstance(value, str) else None


@recovers(POINTS.op)
def recover_release(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``release`` (after an error in it, or a kill).

    The temporary directory is removed. A release directory that was already published (the
    rename is the bundle's commit point, made after every file was fsynced) and verifies
    against its manifest is kept, and its ``release.create`` entry returned for the audit log
    if it has none yet; anything else of ours is removed and its ``released`` records
    forgotten. Idempotent.
    """
    from vault.validate.release import verify_release  # lazy: imports pyarrow

    shutil.rmtree(payload["temp"], ignore_errors=True)
    target = Path(payload["path"])
    release_id = str(payload["release"])
    if not (target.is_dir() and _release_id_of(target) == release_id):
        forget_linkage(vault, release_id)
        return None
    if not verify_release(target).ok:
        shutil.rmtree(target, ignore_errors=True)
        forget_linkage(vault, release_id)
        return None
    if any(e.action == "release.create" and e.details.get("release") == release_id
           for e in vault.audit.entries()):
        return None
    manifest_text = (target / "manifest.json").read_bytes()
    manifest = json.loads(manifest_text)
    return Settled(
        "release.create", "ok",
        (*payload.get("datasets", []), *payload.get("transcripts", []),
         *payload.get("audio", [])),
        {"release": release_id, "name": manifest.get("name"),
         "datasets": payload.get("datasets", []),
         "transcripts": manifest.get("transcripts"),
         "files": len(manifest.get("files", {})),
         "participants": len(manifest.get("participant_codes", [])),
         "epoch": manifest.get("code_epoch"),
         "withdrawn_excluded": manifest.get("withdrawn_excluded"),
         **({"audio": manifest["audio"]} if "audio" in manifest else {}),
         "manifest_sha256": hashlib.sha256(manifest_text).hexdigest(),
         "recovered": True})
