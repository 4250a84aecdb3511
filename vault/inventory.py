"""Inventory: what the vault holds — list items, export one, verify every object.

::

    items = list_items(vault, data_class="audio", participant_code="P03")
    export_item(vault, "it_3f9c0a1b2d4e", Path("~/listen/int03.wav").expanduser())
    report = verify_objects(vault)        # VerifyReport(checked, missing, corrupt, orphans, …)
    report.check()                        # VerifyMissing / VerifyCorrupt / VerifyOrphans

Listings show internal item ids and the participant's code of the current epoch, never
original file names: ``reveal=True`` decrypts them, which needs an unlocked custodian and is
audited. Exports decrypt to a path outside the vault, never overwrite, are checked against the
item's keyed hash before the file appears, and are audited.
"""
from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault import age, objects
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
from vault.files import FILE_MODE, fsync_dir, refuse_inside_vault
from vault.system_errors import os_errors_about

if TYPE_CHECKING:
    import sqlite3

    from vault.store import Vault

__all__ = [
    "ExportResult", "ItemInfo", "VerifyReport", "export_item", "list_items", "verify_objects",
]

#: called with (done, total): bytes for an export, items for verify
Progress = Callable[[int, int], None]


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

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        if self.original_name is None:
            del data["original_name"]
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
                     recorded=r["recorded"], original_name=names.get(r["id"]))
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

    The plaintext goes to a temp file next to ``out``, is checked against the item's keyed hash,
    and only then linked to ``out``.

    :raises StoreError: unknown or destroyed item, missing object, destroyed class key.
    :raises InputError: ``out`` exists, its directory is missing, or it is inside the vault.
    :raises DecryptionFailed: the object is damaged or does not match its keyed hash.
    """
    row = objects.present_item(vault, item_id)
    out = _check_out_path(vault, Path(out))
    custody = vault.custody()
    temp = out.parent / f".vault-export-{secrets.token_hex(6)}.part"
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, int(row["size"]))

    # a failure writing the output (its disk full) names the output's disk, not the vault's
    with os_errors_about(temp, vault_root=vault.root):
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh, os_errors_about(temp, vault_root=vault.root):
            digest = objects.decrypt_object(vault, item_id, row["key_id"], fh, custody,
                                            progress=advance)
            fh.flush()
            os.fsync(fh.fileno())
        if digest.keyed_hash != row["keyed_hash"] or digest.size != row["size"]:
            raise DecryptionFailed(f"object {item_id} does not match its keyed hash",
                                   hint="nothing was exported; run `vault verify`")
        with vault.write() as tx:
            vault.audit.append(tx, action="export", items=[item_id], outcome="ok",
                               details={"class": row["data_class"], "size": digest.size})
            try:
                os.link(temp, out)  # fails rather than overwrite a file created meanwhile
                fsync_dir(out.parent)
            except FileExistsError as exc:
                raise InputError(f"{out}: already exists",
                                 hint="choose a new file name; export never overwrites") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return ExportResult(item_id, row["data_class"], digest.size, out)


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

