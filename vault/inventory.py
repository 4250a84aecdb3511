"""Inventory: what the vault holds — list items, export one, verify every object.

::

    items = list_items(vault, data_class="audio", participant_code="P03")
    export_item(vault, "it_3f9c0a1b2d4e", Path("~/listen/int03.wav").expanduser())
    report = verify_objects(vault)        # VerifyReport(checked, missing, corrupt, orphans, …)
    report.check()                        # VerifyMissing / VerifyCorrupt / VerifyOrphans

Listings show internal item ids and the participant's code of the current epoch, never
original file names: ``reveal=True`` decrypts them, which needs an unlocked custodian and is
audited. Exports decrypt to a path outside the vault, never overwrite, are checked against the
item's keyed hash before the file appears, are audited before it appears, and never appear
for an item destroyed meanwhile: the last step rechecks under the vault lock. A redacted
transcript is exported *rendered*: its participant markers become the participants' codes of
the current epoch (``[P07]``), as in a release — a marker never leaves the vault (DESIGN.md
invariant 4). A superseded item (replaced by a review or a re-run) is refused with the id of
the item that replaced it (:func:`vault.objects.successor`).
"""
from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from vault import age, objects
from vault.anonymise.formats import document_from_bytes, document_to_bytes, render_document
from vault.codes.epochs import current_codes, resolve_code
from vault.errors import (
    DecryptionFailed,
    InputError,
    LockBusy,
    StoreError,
    VaultFileError,
    VerifyCorrupt,
    VerifyMissing,
    VerifyOrphans,
)
from vault.faults import declare_points
from vault.files import FILE_MODE, fsync_dir, refuse_inside_vault
from vault.store import recovers
from vault.system_errors import os_errors_about
from vault.write_path import begin

if TYPE_CHECKING:
    import sqlite3

    from vault.store import Vault

__all__ = [
    "EXPORT_POINTS", "ExportResult", "ItemInfo", "VerifyReport", "export_item", "list_items",
    "recover_export", "verify_objects",
]

#: exported rendered to current codes (the class ``vault.anonymise.stored_transcripts`` writes)
_REDACTED_CLASS = "transcript_redacted"

#: called with (done, total): bytes for an export, items for verify
Progress = Callable[[int, int], None]

#: the fault points of an export (see :mod:`vault.faults`)
EXPORT_POINTS = declare_points("export", {
    "journaled": "(no O_TMPFILE only) the named temp file to come is journaled, under the lock",
    "decrypted": "the plaintext is complete and checked in a file with no name (or a "
                 "journaled .vault-export-*.part); the output does not exist",
    "audited": "the export audit entry is committed; the output does not exist yet",
    "linked": "the output file exists, complete",
})


@dataclass(frozen=True)
class ItemInfo:
    """One catalogued item, as listings show it (``original_name`` only when revealed)."""

    id: str
    data_class: str
    participant: str | None
    interview: int | None
    size: int
    created: str
    state: str
    media_format: str | None
    duration: float | None
    recorded: str | None
    original_name: str | None = None
    #: a superseded item (a review or a re-run replaced it): the present item that did
    replaced_by: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        for optional in ("original_name", "replaced_by"):
            if data[optional] is None:
                del data[optional]
        return data


@dataclass(frozen=True)
class ExportResult:
    item_id: str
    data_class: str
    size: int
    path: Path


@dataclass(frozen=True)
class VerifyReport:
    """What :func:`verify_objects` found. ``orphans`` are file names in ``objects/``."""

    checked: int
    missing: tuple[str, ...]
    corrupt: tuple[str, ...]
    orphans: tuple[str, ...]
    removed: tuple[str, ...] = ()
    #: orphans the audit log records (an item a committed entry names): never removed, they
    #: wait for `vault audit reconcile` (typically the catalog was restored from a backup)
    recorded: tuple[str, ...] = ()
    #: ``"is missing"`` or ``"is not a directory"`` when ``objects/`` itself is gone
    objects_dir: str | None = None

    @property
    def ok(self) -> bool:
        return not (self.missing or self.corrupt or self.remaining_orphans)

    @property
    def remaining_orphans(self) -> tuple[str, ...]:
        return tuple(o for o in self.orphans if o not in self.removed)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"checked": self.checked, "missing": list(self.missing),
                                "corrupt": list(self.corrupt), "orphans": list(self.orphans),
                                "removed": list(self.removed), "recorded": list(self.recorded),
                                "ok": self.ok}
        if self.objects_dir is not None:
            data["objects_dir"] = self.objects_dir
        return data

    def check(self) -> None:
        """Raise for the most serious problem found: missing, then corrupt, then orphans.

        :raises VerifyMissing: catalogued objects whose files are gone (exit 11).
        :raises VerifyCorrupt: objects that fail to decrypt or match their keyed hash (exit 12).
        :raises VerifyOrphans: files in ``objects/`` the catalog does not know (exit 13).
        """
        if self.objects_dir is not None:
            raise VerifyMissing(f"objects/ {self.objects_dir}: all {self.checked} objects "
                                "missing", hint="restore the objects directory from backup, "
                                                "then run `vault verify` again")
        if self.missing:
            raise VerifyMissing(f"{len(self.missing)} of {self.checked} objects missing: "
                                f"{', '.join(self.missing)}")
        if self.corrupt:
            raise VerifyCorrupt(f"{len(self.corrupt)} of {self.checked} objects corrupt: "
                                f"{', '.join(self.corrupt)}")
        if self.recorded:
            raise VerifyOrphans(f"{len(self.recorded)} object file(s) not in the catalog are "
                                f"recorded in the audit log: {', '.join(self.recorded)}",
                                hint="the catalog is older than the objects (restored from a "
                                     "backup?): run `vault audit reconcile`; `vault verify "
                                     "--repair` never removes them")
        if self.remaining_orphans:
            raise VerifyOrphans(f"{len(self.remaining_orphans)} orphan files in objects/: "
                                f"{', '.join(self.remaining_orphans)}")


def list_items(vault: Vault, *, data_class: str | None = None,
               participant_code: str | None = None, reveal: bool = False) -> list[ItemInfo]:
    """Catalogued items, oldest first, optionally of one class or one participant.

    :param reveal: also decrypt each item's original file name (needs an unlocked custodian;
        appends a ``reveal`` audit entry naming the items).
    :raises ParticipantError: ``participant_code`` is not a code of the current epoch.
    :raises CustodyError: ``reveal`` without a usable custodian identity.
    """
    sql = ("SELECT id, data_class, participant_marker, interview, size, created, state, "
           "media_format, duration, recorded, original_name, key_id FROM items WHERE 1=1")
    args: list[Any] = []
    if data_class is not None:
        sql += " AND data_class = ?"
        args.append(data_class)
    if participant_code is not None:
        sql += " AND participant_marker = ?"
        args.append(resolve_code(vault, participant_code))
    rows = vault.db.execute(sql + " ORDER BY created, id", args).fetchall()
    codes = current_codes(vault)
    newer = objects.successors(vault, [r["id"] for r in rows if r["state"] != "present"])
    names: dict[str, str | None] = {}
    if reveal:
        custody = vault.custody()
        for row in rows:
            names[row["id"]] = _reveal_name(custody, row)
        with vault.write() as tx:
            vault.audit.append(tx, action="reveal", items=[r["id"] for r in rows],
                               outcome="ok", details={"count": len(rows)})
    return [ItemInfo(id=r["id"], data_class=r["data_class"],
                     # a marker never leaves the vault: no current code shows as None
                     participant=codes.get(r["participant_marker"] or ""),
                     interview=r["interview"], size=r["size"], created=r["created"],
                     state=r["state"], media_format=r["media_format"], duration=r["duration"],
                     recorded=r["recorded"], original_name=names.get(r["id"]),
                     replaced_by=newer.get(r["id"]))
            for r in rows]


def _reveal_name(custody: Any, row: sqlite3.Row) -> str | None:
    if row["original_name"] is None or row["key_id"] is None:
        return None
    try:
        identity = custody.class_identity(row["key_id"])
    except (VaultFileError, LockBusy):
        raise  # the catalog failed, which says nothing about the key
    except StoreError:
        return None  # class key destroyed: the name is gone with the object
    return os.fsdecode(age.decrypt_bytes(bytes(row["original_name"]), [identity]))


def _check_out_path(vault: Vault, out: Path) -> Path:
    if os.path.lexists(out):
        raise InputError(f"{out}: already exists",
                         hint="choose a new file name; export never overwrites")
    parent = out.parent
    if not parent.is_dir():
        raise InputError(f"{out}: directory {parent} does not exist",
                         hint="create it first, or choose another path")
    # the real path, through any symlinked directory (objects/ may be one): never into a vault
    return refuse_inside_vault(out, vault_root=vault.root,
                               hint="export to a path outside the vault: plaintext never "
                                    "lives in it")


def export_item(vault: Vault, item_id: str, out: Path, *,
                progress: Progress | None = None) -> ExportResult:
    """Decrypt item ``item_id`` to the new file ``out`` (mode 0600), audited.

    The plaintext goes to a file with no name yet in ``out``'s directory (Linux ``O_TMPFILE``;
    a kill leaves nothing), is checked against the item's keyed hash, and then — under the
    vault lock, after rechecking that the item was not destroyed meanwhile and with the
    ``export`` audit entry committed first — given its name. Where unnamed files are not
    available, a named temp file ``.vault-export-*.part`` is used instead, journaled (an
    ``export`` operation) under the lock for the whole export, so the next command removes it
    after a kill. Fault points: :data:`EXPORT_POINTS`.

    :raises StoreError: unknown or destroyed item (also one destroyed while it was being
        decrypted: nothing is then written), missing object, destroyed class key.
    :raises InputError: ``out`` exists, its directory is missing, or it is inside the vault.
    :raises DecryptionFailed: the object is damaged or does not match its keyed hash.
    """
    row = objects.present_item(vault, item_id)
    out = _check_out_path(vault, Path(out))
    custody = vault.custody()
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, int(row["size"]))

    # a failure writing the output (its disk full) names the output's disk, not the vault's
    with os_errors_about(out, vault_root=vault.root):
        fd = _open_unnamed(out.parent)
    if fd is None:
        return _export_named(vault, row, out, advance)
    with os.fdopen(fd, "wb") as fh:
        size = _decrypt_checked(vault, row, fh, custody, advance, out)
        EXPORT_POINTS.reach("decrypted")
        with vault.locked():
            _audit_export(vault, item_id, out, row["data_class"], size)
            _link_unnamed(vault, item_id, fh.fileno(), out)
            fsync_dir(out.parent)
            EXPORT_POINTS.reach("linked")
    return ExportResult(item_id, row["data_class"], size, out)


def _open_unnamed(directory: Path) -> int | None:
    """A writable file with no name in ``directory`` (``O_TMPFILE``), or None where the
    platform or file system has none (then :func:`_export_named` is used)."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(directory, flag | os.O_WRONLY, FILE_MODE)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            return None
        raise


def _link_unnamed(vault: Vault, item_id: str, fd: int, out: Path) -> None:
    """Give the unnamed file ``fd`` the name ``out`` (``linkat`` with ``AT_SYMLINK_FOLLOW``
    through ``/proc/self/fd``: the destination directory is given as a descriptor, which makes
    Python call ``linkat`` rather than ``link``, and a name that exists is never replaced)."""
    with os_errors_about(out, vault_root=vault.root):
        directory = os.open(out.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        with os_errors_about(out, vault_root=vault.root):
            try:
                os.link(f"/proc/self/fd/{fd}", out.name, dst_dir_fd=directory,
                        follow_symlinks=True)
            except FileExistsError as exc:
                _refuse_existing(vault, item_id, out, exc)
    finally:
        os.close(directory)


def _decrypt_checked(vault: Vault, row: sqlite3.Row, fh: BinaryIO, custody: Any,
                     advance: Callable[[int], None], out: Path) -> int:
    """Decrypt the item into ``fh`` (fsynced); its size, once checked against its keyed hash.

    A redacted transcript is checked, parsed and rendered to the current codes in memory
    (it was parsed in memory to be made), and the rendered bytes written.

    :raises DecryptionFailed: the plaintext does not match the item's keyed hash.
    :raises StorageFull: the output's disk is full (named as the disk holding ``out``).
    """
    if row["data_class"] == _REDACTED_CLASS:
        data = objects.read_object(vault, row["id"], custody)
        doc = document_from_bytes(data, f"{row['id']}.{row['media_format'] or 'txt'}")
        rendered = document_to_bytes(render_document(doc, current_codes(vault)))
        with os_errors_about(out, vault_root=vault.root):
            fh.write(rendered)
            fh.flush()
            os.fsync(fh.fileno())
        advance(int(row["size"]))
        return len(rendered)
    with os_errors_about(out, vault_root=vault.root):
        digest = objects.decrypt_object(vault, row["id"], row["key_id"], fh, custody,
                                        progress=advance)
        fh.flush()
        os.fsync(fh.fileno())
    if digest.keyed_hash != row["keyed_hash"] or digest.size != row["size"]:
        raise DecryptionFailed(f"object {row['id']} does not match its keyed hash",
                               hint="nothing was exported; run `vault verify`")
    return digest.size


def _audit_export(vault: Vault, item_id: str, out: Path, data_class: str, size: int) -> None:
    """Under the lock: the item is still present (a purge may have certified its destruction
    while we decrypted) and ``out`` still free; then the audit entry, committed before the
    plaintext gets its name — an export is never unaudited, even when killed."""
    state = vault.db.execute("SELECT state FROM items WHERE id = ?", (item_id,)).fetchone()
    if state is None or state["state"] != "present":
        raise StoreError(f"item {item_id} was destroyed while it was being exported; nothing "
                         "was written", hint="see `vault list`")
    if os.path.lexists(out):
        raise InputError(f"{out}: already exists",
                         hint="choose a new file name; export never overwrites")
    with vault.write() as tx:
        vault.audit.append(tx, action="export", items=[item_id], outcome="ok",
                           details={"class": data_class, "size": size})
    EXPORT_POINTS.reach("audited")


def _refuse_existing(vault: Vault, item_id: str, out: Path, exc: OSError) -> None:
    """``out`` appeared between the check and the link: record that nothing was exported."""
    with vault.write() as tx:
        vault.audit.append(tx, action="export", items=[item_id], outcome="failed",
                           details={"reason": "output appeared meanwhile"})
    raise InputError(f"{out}: already exists",
                     hint="choose a new file name; export never overwrites") from exc


def _export_named(vault: Vault, row: sqlite3.Row, out: Path,
                  advance: Callable[[int], None]) -> ExportResult:
    """The export through a named temp file, journaled under the lock (no ``O_TMPFILE``)."""
    item_id = row["id"]
    temp = out.parent / f".vault-export-{secrets.token_hex(6)}.part"
    with begin(vault, EXPORT_POINTS, {"temp": str(temp.absolute())}):
        with os_errors_about(temp, vault_root=vault.root):
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            size = _decrypt_checked(vault, row, fh, vault.custody(), advance, temp)
        EXPORT_POINTS.reach("decrypted")
        _audit_export(vault, item_id, out, row["data_class"], size)
        with os_errors_about(out, vault_root=vault.root):
            try:
                os.link(temp, out)  # fails rather than overwrite a file created meanwhile
            except FileExistsError as exc:
                _refuse_existing(vault, item_id, out, exc)
        fsync_dir(out.parent)
        EXPORT_POINTS.reach("linked")
        temp.unlink()
    return ExportResult(item_id, row["data_class"], size, out)


@recovers(EXPORT_POINTS.op)
def recover_export(vault: Vault, payload: dict[str, Any]) -> None:
    """Settle function of a journaled ``export`` (named temp file): remove the temp file.
    An output already linked stays: its audit entry was committed before it got its name."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(payload["temp"])


def verify_objects(vault: Vault, *, repair: bool = False,
                   progress: Progress | None = None) -> VerifyReport:
    """Check every present item's object exists, decrypts and matches its keyed hash.

    Runs under the vault lock, so an ingest in progress is never mistaken for an orphan.
    Appends a ``verify`` audit entry (and ``verify.repair`` when files were removed).

    :param repair: delete orphan files (objects the catalog does not list as present and no
        audit entry names); missing and corrupt objects are only reported.
    :returns: the report; call :meth:`VerifyReport.check` to raise on problems.
    :raises CustodyError: no usable custodian identity (decrypting needs the class keys).
    """
    custody = vault.custody()
    with vault.locked():
        rows = vault.db.execute("SELECT id, key_id, keyed_hash, size FROM items "
                                "WHERE state = 'present' ORDER BY id").fetchall()
        missing: list[str] = []
        corrupt: list[str] = []
        for done, row in enumerate(rows, start=1):
            problem = _check_object(vault, custody, row)
            if problem == "missing":
                missing.append(row["id"])
            elif problem == "corrupt":
                corrupt.append(row["id"])
            if progress is not None:
                progress(done, len(rows))
        expected = {f"{r['id']}.age" for r in rows}
        layout = None
        if not vault.objects_dir.is_dir():  # every object is then missing, and none orphan
            layout = ("is not a directory" if os.path.lexists(vault.objects_dir)
                      else "is missing")
        orphans = [] if layout else sorted(entry.name for entry in vault.objects_dir.iterdir()
                                           if entry.name not in expected)
        removed: list[str] = []
        # an object the audit log records is never an orphan to delete, whatever the catalog
        # says: the catalog may be an older copy (DESIGN.md invariant 5)
        named = vault.audit.recorded_items() if orphans else set()
        recorded = tuple(n for n in orphans if n.removesuffix(".age") in named)
        if repair:
            for name in orphans:
                if name in recorded:
                    continue
                path = vault.objects_dir / name
                if path.is_file() or path.is_symlink():
                    path.unlink()
                    removed.append(name)
        report = VerifyReport(len(rows), tuple(missing), tuple(corrupt), tuple(orphans),
                              tuple(removed), recorded, layout)
        with vault.write() as tx:
            if removed:
                vault.audit.append(tx, action="verify.repair", outcome="ok",
                                   items=[n.removesuffix(".age") for n in removed
                                          if n.endswith(".age")],
                                   details={"orphans_removed": len(removed)})
            vault.audit.append(tx, action="verify", outcome="ok" if report.ok else "failed",
                               details={"checked": report.checked, "missing": len(missing),
                                        "corrupt": len(corrupt), "orphans": len(orphans)})
    return report


def _check_object(vault: Vault, custody: Any, row: sqlite3.Row) -> str | None:
    """``"missing"``, ``"corrupt"`` or None for one catalogued object."""
    if not vault.object_path(row["id"]).is_file():
        return "missing"
    try:
        digest = objects.decrypt_object(vault, row["id"], row["key_id"], None, custody)
    except (VaultFileError, LockBusy):
        raise  # the catalog failed, which says nothing about the object
    except (DecryptionFailed, StoreError):
        return "corrupt"
    if digest.keyed_hash != row["keyed_hash"] or digest.size != row["size"]:
        return "corrupt"
    return None

