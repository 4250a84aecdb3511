"""The release bundle an analyst receives, and its verification.

:func:`write_release` is the release gate: it refuses unless validation passed, then writes ::

    <out_dir>/
      <name>.parquet            one per dataset (codes of the current epoch already rendered)
      transcripts/<name>.txt    redacted transcripts
      audio/<name>.<ext>        redacted recordings (only when asked: ``vault release --audio``)
      report.html, summary.json the validation report (counts only)
      schemas/<name>.toml       the exact schema each dataset was imported with
      codebook.md, .html        questions, allowed values, bands, k, counts suppressed
      datapackage.json          Frictionless Data Package: a Table Schema per Parquet file,
                                SHA-256 of every file, licence and source
      manifest.json             sha256 + size of every other file, code epoch, policy hashes,
                                validation summary, tool version, creation time (UTC), and the
                                vault's signed audit checkpoint
      manifest.json.sig         OpenSSH signature (SSHSIG, namespace ``vault-release``) of
                                manifest.json by the vault signing key
      allowed_signers           the line ``ssh-keygen -Y verify -f`` needs for that key

atomically: everything goes into a hidden temporary directory beside ``out_dir``, each file and
the directory are fsynced, and one ``rename`` publishes it. An existing ``out_dir`` is refused;
releases are never overwritten. :func:`verify_release` re-hashes a bundle against its manifest
and checks the manifest's signature; an analyst can check the signature with OpenSSH alone::

    ssh-keygen -Y verify -f allowed_signers -I vault@<study id> -n vault-release \
        -s manifest.json.sig < manifest.json

(``allowed_signers`` from the data steward — ``vault release key`` prints it — rather than the
copy in the bundle, which only someone trusting the bundle would trust.)

Both work on plain values (Arrow tables, strings, a ``ValidationResult``); the store-backed
release (:func:`vault.releases.create_release`, ``vault release create NAME``) gathers those from the
vault, journals the temporary directory it passes as ``temp_dir`` and calls
:func:`write_release`.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from vault import sshsig
from vault.errors import InputError
from vault.files import DIR_MODE, FILE_MODE, fsync_dir, set_tree_mode
from vault.validate.codebook import CODEBOOK_HTML, CODEBOOK_MD, Codebook
from vault.validate.datapackage import DATAPACKAGE, build_datapackage
from vault.validate.release_contents import SCHEMA_DIR, ReleasedDataset, ReleaseInfo
from vault.validate.report import ValidationResult, require_success, write_report

__all__ = ["ALLOWED_SIGNERS", "AUDIO_DIR", "MANIFEST", "MANIFEST_SIG", "RELEASE_FORMAT", "SIGNING_NAMESPACE",
           "ManifestSigner", "ReleaseVerification", "render_codes", "temp_path",
           "verify_release", "write_release"]

MANIFEST = "manifest.json"
#: the manifest's OpenSSH signature, and the allowed_signers line of the key that made it
MANIFEST_SIG = "manifest.json.sig"
ALLOWED_SIGNERS = "allowed_signers"
#: the SSHSIG namespace of release signatures (``ssh-keygen -Y verify -n``)
SIGNING_NAMESPACE = sshsig.RELEASE_NAMESPACE
#: files of a bundle that the manifest does not list (it cannot list itself or its signature)
_UNLISTED = (MANIFEST, MANIFEST_SIG, ALLOWED_SIGNERS)
#: the manifest's ``format`` field
RELEASE_FORMAT = "vault-release/1"

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
#: the directory of redacted recordings in a bundle
AUDIO_DIR = "audio"
#: transcript names ending in one of these are written under their own name
TRANSCRIPT_SUFFIXES = (".txt", ".vtt", ".srt", ".docx")
_CHUNK = 1 << 20


def render_codes(table: pa.Table, *, column: str,
                 code_for: Callable[[str], str]) -> pa.Table:
    """Replace internal participant markers by the current epoch's public codes.

    Anonymised tables store stable markers (DESIGN.md invariant 4); a release renders them.

    :param table: an anonymised table.
    :param column: the participant column (``DatasetSchema.participant_column``).
    :param code_for: marker → current code (raise ``ParticipantError`` for an unknown marker).
    :raises InputError: ``column`` is not in the table.
    """
    if column not in table.column_names:
        raise InputError(f"participant column {column!r} is not in the table")
    idx = table.column_names.index(column)
    cache: dict[str, str] = {}
    codes: list[str | None] = []
    for marker in table.column(column).to_pylist():
        if marker is None:
            codes.append(None)
            continue
        if marker not in cache:
            cache[marker] = code_for(marker)
        codes.append(cache[marker])
    return table.set_column(idx, column, pa.array(codes, type=pa.string()))


@dataclass(frozen=True)
class ManifestSigner:
    """Signs a release manifest: the vault signing key and the principal it signs as."""

    signer: sshsig.SshSigner
    #: the name in the ``allowed_signers`` line (``ssh-keygen -Y verify -I``)
    principal: str

    @property
    def allowed_signers(self) -> str:
        return sshsig.allowed_signers_line(self.principal, self.signer.public_key,
                                           SIGNING_NAMESPACE) + "\n"


def write_release(out_dir: Path, *, datasets: Mapping[str, pa.Table],
                  transcripts: Mapping[str, str | bytes], validation: ValidationResult,
                  code_epoch: int, policy_hashes: Mapping[str, str], tool_version: str,
                  created: _dt.datetime | None = None, temp_dir: Path | None = None,
                  extra: Mapping[str, Any] | None = None,
                  on_step: Callable[[str], None] | None = None,
                  described: Sequence[ReleasedDataset] = (),
                  info: ReleaseInfo | None = None,
                  signer: ManifestSigner | None = None,
                  audio: Mapping[str, Callable[[Path], None]] | None = None,
                  file_mode: int = FILE_MODE) -> Path:
    """Write a release bundle, atomically, if validation passed.

    The bundle holds participants' words: it is written in a 0700 temporary directory and its
    files get ``file_mode`` (default 0600, directories :func:`~vault.files.dir_mode_for` it),
    whatever the umask, before it is renamed into place.

    :param out_dir: the bundle directory to create (must not exist; its parent must).
    :param datasets: name → table (written as ``<name>.parquet``).
    :param transcripts: name → redacted transcript: text is written as
        ``transcripts/<name>.txt``, or under ``name`` itself when it ends in ``.txt``, ``.vtt``,
        ``.srt`` or ``.docx`` (bytes are written as they are: a .docx package).
    :param validation: the passing validation of the datasets.
    :param code_epoch: the participant-code epoch the datasets and transcripts render.
    :param policy_hashes: policy file name → sha256 of the policy used.
    :param tool_version: ``vault.__version__``.
    :param created: creation time (default: now, UTC); a parameter so tests pin it.
    :param temp_dir: the hidden temporary directory to write in (must be beside ``out_dir``
        and not exist); the store-backed release journals it first, so recovery can remove it.
    :param extra: more manifest fields (they must not clash with the ones above).
    :param on_step: called with "temp-created", "files-written", "manifest-written" and
        "published" as the bundle reaches each step (progress display, crash tests).
    :param described: the datasets' schemas and import counts: each schema is written to
        ``schemas/<name>.toml`` and the codebook (``codebook.md``, ``codebook.html``) from
        them.
    :param info: release facts (name, study, licence, epoch) for the codebook and the
        Frictionless ``datapackage.json`` that describes every file (default: from the other
        parameters).
    :param signer: signs manifest.json (``manifest.json.sig`` and ``allowed_signers``).
    :param audio: name → a function writing that redacted recording to the path it is given
        (``audio/<name>``, streamed: recordings are not held in memory).
    :param file_mode: permissions of the bundle's files (``vault release create --mode``).
    :returns: ``out_dir``.
    :raises ChecksFailed: validation did not pass.
    :raises InputError: ``out_dir`` exists, its parent is missing, or a name is not a plain
        file name.
    """

    require_success(validation)
    out_dir = Path(out_dir)
    if out_dir.exists():
        raise InputError(f"{out_dir}: already exists",
                         hint="choose a new release directory; releases are never overwritten")
    if not out_dir.parent.is_dir():
        raise InputError(f"{out_dir.parent}: no such directory")
    audio = dict(audio or {})
    if not datasets and not transcripts and not audio:
        raise InputError("nothing to release: no datasets and no transcripts")
    for kind, names in (("dataset", datasets), ("transcript", transcripts),
                        ("recording", audio)):
        for name in names:
            if not _NAME.fullmatch(name):
                raise InputError(f"{kind} name {name!r} is not a plain file name",
                                 hint="use letters, digits, _ . - only")
    created = created or _dt.datetime.now(_dt.UTC)
    step: Callable[[str], None] = on_step or (lambda _name: None)
    tmp = Path(temp_dir) if temp_dir is not None else temp_path(out_dir)
    if tmp.parent != out_dir.parent:
        raise InputError(f"{tmp}: the temporary directory must be beside {out_dir}",
                         hint="a programming error: pass temp_path(out_dir)")
    tmp.mkdir(mode=DIR_MODE)
    try:
        step("temp-created")
        for name, table in datasets.items():
            pq.write_table(table, tmp / f"{name}.parquet")
        if transcripts:
            (tmp / "transcripts").mkdir()
            for name, content in transcripts.items():
                target = tmp / "transcripts" / (
                    name if name.endswith(TRANSCRIPT_SUFFIXES) else f"{name}.txt")
                if isinstance(content, bytes):
                    target.write_bytes(content)
                else:
                    target.write_text(content, encoding="utf-8")
        if audio:
            (tmp / AUDIO_DIR).mkdir()
            for name, write in audio.items():
                write(tmp / AUDIO_DIR / name)
        write_report(validation, tmp)
        _write_package(tmp, info or ReleaseInfo(name=out_dir.name, study=out_dir.name,
                                                code_epoch=int(code_epoch)),
                       described, transcripts=len(transcripts))
        step("files-written")
        files = {rel: _file_entry(tmp / rel) for rel in _bundle_files(tmp)}
        manifest: dict[str, Any] = dict(extra or {})
        manifest.update({
            "format": RELEASE_FORMAT,
            "created_utc": created.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "tool_version": tool_version,
            "code_epoch": int(code_epoch),
            "policy_hashes": dict(sorted(policy_hashes.items())),
            "validation": validation.summary(),
            "files": files,
        })
        manifest_bytes = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
        (tmp / MANIFEST).write_bytes(manifest_bytes)
        if signer is not None:
            (tmp / MANIFEST_SIG).write_text(
                signer.signer.sign(manifest_bytes, SIGNING_NAMESPACE), encoding="ascii")
            (tmp / ALLOWED_SIGNERS).write_text(signer.allowed_signers, encoding="ascii")
        step("manifest-written")
        set_tree_mode(tmp, file_mode)
        for path in [*tmp.rglob("*")]:
            if path.is_file():
                _fsync(path)
        for sub in ("transcripts", AUDIO_DIR, SCHEMA_DIR):
            if (tmp / sub).is_dir():
                fsync_dir(tmp / sub)
        fsync_dir(tmp)
        if out_dir.exists():  # appeared while we wrote
            raise InputError(f"{out_dir}: already exists",
                             hint="choose a new release directory")
        os.rename(tmp, out_dir)
        fsync_dir(out_dir.parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    step("published")
    return out_dir


def _write_package(root: Path, info: ReleaseInfo, described: Sequence[ReleasedDataset], *,
                   transcripts: int) -> None:
    """Schemas, codebook and ``datapackage.json`` (written last: it hashes the others)."""
    for dataset in described:
        (root / SCHEMA_DIR).mkdir(exist_ok=True)
        (root / dataset.schema_file).write_bytes(dataset.schema_raw)
    book = Codebook(info, described, transcripts=transcripts)
    (root / CODEBOOK_MD).write_text(book.markdown(), encoding="utf-8")
    (root / CODEBOOK_HTML).write_text(book.html(), encoding="utf-8")
    parquet = {d.file for d in described}
    others = [rel for rel in _bundle_files(root) if rel not in parquet and rel != DATAPACKAGE]
    tables = [rel for rel in others if rel.endswith(".parquet")]  # no schema given: Arrow's
    descriptor = build_datapackage(root, info, described, tables=tables,
                                   files=[rel for rel in others if rel not in tables])
    (root / DATAPACKAGE).write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")


def temp_path(out_dir: Path) -> Path:
    """A fresh hidden temporary directory name beside ``out_dir`` (not created)."""
    out_dir = Path(out_dir)
    return out_dir.parent / f".{out_dir.name}.tmp-{uuid.uuid4().hex}"


@dataclass(frozen=True)
class ReleaseVerification:
    """What :func:`verify_release` found; ``ok`` when nothing is missing, extra or changed."""

    path: Path
    missing: tuple[str, ...]
    extra: tuple[str, ...]
    changed: tuple[str, ...]
    checked: int
    code_epoch: int | None = None
    #: every file the manifest lists
    files: tuple[str, ...] = ()
    #: the manifest's signature: "valid", "missing", "invalid" or "untrusted" (a valid
    #: signature by a key the given allowed_signers does not trust)
    signature: str = "missing"
    #: the signing key's fingerprint as ssh-keygen prints it (``SHA256:…``)
    signer: str | None = None

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.changed) and self.signature == "valid"

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "ok": self.ok, "checked": self.checked,
                "files": list(self.files), "missing": list(self.missing), "extra": list(self.extra),
                "changed": list(self.changed), "code_epoch": self.code_epoch,
                "signature": self.signature, "signer": self.signer}


def verify_release(path: Path, *, allowed_signers: str | None = None) -> ReleaseVerification:
    """Recheck every file of a release against its manifest, and the manifest's signature.

    :param path: the bundle directory.
    :param allowed_signers: the text of an ``allowed_signers`` file the verifier trusts (from
        the data steward); default: the bundle's own copy, which proves the manifest is
        unaltered since *someone* signed it, and the report names the key.
    :raises InputError: no such directory, or the manifest is missing or not a vault manifest.
    """
    path = Path(path)
    if not path.is_dir():
        raise InputError(f"{path}: no such release directory")
    try:
        raw_manifest = (path / MANIFEST).read_bytes()
        manifest = json.loads(raw_manifest.decode("utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no {MANIFEST}; not a vault release") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}/{MANIFEST}: unreadable or not JSON") from exc
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if manifest.get("format") != RELEASE_FORMAT or not isinstance(files, dict):
        raise InputError(f"{path}/{MANIFEST}: not a {RELEASE_FORMAT} manifest")
    present = set(_bundle_files(path))
    listed = set(files)
    missing = sorted(listed - present)
    extra = sorted(present - listed)
    changed = []
    for rel in sorted(listed & present):
        entry = files[rel]
        actual = _file_entry(path / rel)
        if not isinstance(entry, dict) or entry.get("sha256") != actual["sha256"] \
                or entry.get("bytes") != actual["bytes"]:
            changed.append(rel)
    epoch = manifest.get("code_epoch")
    signature, signer = _check_signature(path, raw_manifest, allowed_signers)
    return ReleaseVerification(path=path, missing=tuple(missing), extra=tuple(extra),
                               changed=tuple(changed), checked=len(listed),
                               files=tuple(sorted(listed)),
                               code_epoch=epoch if isinstance(epoch, int) else None,
                               signature=signature, signer=signer)


def _check_signature(path: Path, manifest: bytes, allowed_signers: str | None
                     ) -> tuple[str, str | None]:
    try:
        armored = (path / MANIFEST_SIG).read_text(encoding="ascii")
    except (FileNotFoundError, UnicodeDecodeError):
        return "missing", None
    try:
        public_key = sshsig.verify(manifest, armored, SIGNING_NAMESPACE)
    except sshsig.SignatureInvalid:
        return "invalid", None
    fingerprint = sshsig.fingerprint(public_key)
    if allowed_signers is None:
        try:
            allowed_signers = (path / ALLOWED_SIGNERS).read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError):
            return "untrusted", fingerprint
    trusted = sshsig.parse_allowed_signers(allowed_signers, SIGNING_NAMESPACE)
    return ("valid" if public_key in trusted else "untrusted"), fingerprint


def _bundle_files(root: Path) -> list[str]:
    """Every file under ``root`` except the manifest, as POSIX relative paths."""
    out = []
    for p in sorted(root.rglob("*")):
        if p.is_file() or p.is_symlink():
            rel = p.relative_to(root).as_posix()
            if rel not in _UNLISTED:
                out.append(rel)
    return out


def _file_entry(path: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return {"sha256": digest.hexdigest(), "bytes": size}


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
