"""System failures as vault errors: the one place an ``OSError`` or ``sqlite3.Error`` becomes
the :class:`~vault.errors.VaultError` a user can act on.

The library raises its own errors on purpose; what it *meets* — a full disk, a permission, a
directory where a file belongs, a damaged SQLite page — arrives as an ``OSError`` or an
``sqlite3.Error``. Every conversion goes through this module — no command catches and words
them itself:

* the catalog connection (:mod:`vault.catalog_connection`) at every query, with
  :func:`catalog_error`;
* the CLI's single handler, as a last resort, with :func:`as_vault_error` (which also knows
  the vault directory, to tell a vault file from a user's file)::

      try:
          ...
      except (OSError, sqlite3.Error) as exc:
          error = as_vault_error(exc, vault_root=root)

* the few boundaries that know which file a path-less error is about, or must go on after
  it: the user-file helpers of :mod:`vault.files`, an export's output
  (:func:`os_errors_about`), ingest's batch loop (one file's failure, then the next file).

The rules, in order:

====================================================  ==========================================
what                                                  becomes
====================================================  ==========================================
ENOSPC, EDQUOT; SQLITE_FULL; SQLITE_IOERR on a disk   :class:`StorageFull` (19) — never damage
with under :data:`LOW_SPACE` bytes left
SQLITE_CORRUPT, SQLITE_NOTADB                         :class:`CatalogDamaged` (10), "restore
                                                      from backup" — the only such answer
SQLITE_BUSY, SQLITE_LOCKED                            :class:`LockBusy` (16)
permission, missing, wrong type (a directory where    :class:`VaultFileError` (10) naming the
a file belongs, a file where a directory belongs),    vault file (or the first path component
read-only disk, I/O error — on a vault file; any      that is wrong) and what to do
other SQLite failure on the catalog
the same on a user's file (input or output)           :class:`InputError` (9), by base name
====================================================  ==========================================

Messages carry paths and SQLite's error names, never data; :meth:`VaultError.render` escapes
what a file name may smuggle in.
"""
from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import traceback
from collections.abc import Iterator
from pathlib import Path

from vault.errors import (
    CatalogDamaged,
    InputError,
    LockBusy,
    StorageFull,
    VaultError,
    VaultFileError,
)

__all__ = [
    "LOW_SPACE", "as_vault_error", "catalog_error", "free_bytes", "internal_error", "os_error",
    "os_errors_about",
]

#: below this many free bytes, an SQLite I/O error is taken for a full disk: SQLite reports
#: a write that failed for want of space as SQLITE_IOERR_WRITE/FSYNC/SHMSIZE as often as
#: SQLITE_FULL, and "check the disk" or "restore from backup" would be the wrong advice
LOW_SPACE = 1 << 20

_FULL = {errno.ENOSPC: "no space left", errno.EDQUOT: "disk quota exceeded"}
_PERMISSION = (errno.EACCES, errno.EPERM)

#: hint for a vault file the OS refuses to let us use
_OWNER_HINT = ("vault files must belong to the user running vault (files 0600, directories "
               "0700): check the owner and mode with `ls -l`")

# primary SQLite result codes (https://sqlite.org/rescode.html)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM = 3, 5, 6, 7
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL = 8, 10, 11, 13
_SQLITE_CANTOPEN, _SQLITE_AUTH, _SQLITE_NOTADB = 14, 23, 26


def free_bytes(path: Path) -> int | None:
    """Bytes this user may still write on the file system holding ``path`` (None: unknown)."""
    probe = Path(os.path.abspath(path))
    while True:
        try:
            st = os.statvfs(probe)
        except OSError:
            if probe.parent == probe:
                return None
            probe = probe.parent
            continue
        return st.f_bavail * st.f_frsize


def _is_within(path: Path, root: Path) -> bool:
    """``path`` is ``root`` or below it, as written or with symlinks resolved."""
    lexical = Path(os.path.abspath(path))
    base = Path(os.path.abspath(root))
    if lexical == base or lexical.is_relative_to(base):
        return True
    real, real_base = Path(os.path.realpath(path)), Path(os.path.realpath(root))
    return real == real_base or real.is_relative_to(real_base)


def _wrong_component(path: Path, root: Path) -> tuple[Path, str] | None:
    """The first path component from ``root`` to ``path`` that is missing, or (before the
    last) is not a directory: with ``"missing"`` or ``"not a directory"``. For the last
    component itself, ``"not a directory"`` means the OS wanted a directory there
    (ENOTDIR) and found a file. None when every component is fine."""
    lexical = Path(os.path.abspath(path))
    base = Path(os.path.abspath(root))
    if not lexical.is_relative_to(base):
        return None
    current = base
    for part in lexical.relative_to(base).parts:
        current = current / part
        if not os.path.lexists(current):
            return current, "missing"
        if not current.is_dir():
            return (current, "not a directory") if current != lexical else None
    return None


def _first_closed(path: Path, root: Path) -> Path:
    """The first directory from ``root`` down to ``path`` this user may not enter, else
    ``path`` (a denied file is named, not the directory above it)."""
    lexical = Path(os.path.abspath(path))
    base = Path(os.path.abspath(root))
    if not lexical.is_relative_to(base):
        return path
    current = base
    for part in lexical.relative_to(base).parts[:-1]:
        current = current / part
        if current.is_dir() and not os.access(current, os.X_OK):
            return current
    return path


def _filename(exc: OSError) -> Path | None:
    name = exc.filename
    if name is None or isinstance(name, int):
        return None
    return Path(os.fsdecode(name))


def os_error(exc: OSError, *, vault_root: Path | None = None,
             path: Path | None = None) -> VaultError:
    """The vault error for ``exc``.

    :param vault_root: the vault's directory, when known: a failing path inside it (or a
        path-less failure, e.g. a write to an open file) is a *vault* file (VaultFileError);
        anything else is the user's (InputError, named by its base name).
    :param path: the file concerned, when ``exc`` does not name it.
    """
    where = path if path is not None else _filename(exc)
    code = exc.errno
    in_vault = vault_root is not None and (where is None or _is_within(where, vault_root))
    if code in _FULL:
        disk = where.parent if where is not None else vault_root
        on = f" on the disk holding {disk}" if disk is not None else ""
        return StorageFull(f"{_FULL[code]}{on}")
    if not in_vault or vault_root is None:
        return _user_file_error(exc, where)
    return _vault_file_error(exc, where, vault_root)


@contextlib.contextmanager
def os_errors_about(path: Path, *, vault_root: Path | None = None) -> Iterator[None]:
    """Raise an ``OSError`` of the block as :func:`os_error` would map it, naming ``path``
    when the error names no file (a write to an open file that fills the disk)::

        with os_errors_about(temp):
            out.write(chunk)          # ENOSPC -> StorageFull("… on the disk holding <dir>")
    """
    try:
        yield
    except OSError as exc:
        raise os_error(exc, vault_root=vault_root,
                       path=path if _filename(exc) is None else None) from exc


def _user_file_error(exc: OSError, where: Path | None) -> VaultError:
    reason = exc.strerror or type(exc).__name__
    if where is None:
        return VaultError(f"{reason.lower()}")
    name = where.name or str(where)
    code = exc.errno
    if code == errno.ENOENT:
        return InputError(f"{name}: no such file or directory",
                          hint="check the path and try again")
    if code in _PERMISSION:
        return InputError(f"{name}: permission denied",
                          hint="check the file's owner and permissions (ls -l)")
    if code == errno.EISDIR:
        return InputError(f"{name}: is a directory", hint="give a file, not a directory")
    if code == errno.ENOTDIR:
        return InputError(f"{name}: a directory in its path is a file",
                          hint="check the path and try again")
    if code == errno.EROFS:
        return InputError(f"{name}: read-only file system",
                          hint="write to a disk mounted read-write")
    if code == errno.EIO:
        return InputError(f"{name}: input/output error",
                          hint="the disk may be failing or was removed; check it")
    return InputError(f"{name}: {reason.lower()}", hint="check the path and try again")


def _vault_file_error(exc: OSError, where: Path | None, root: Path) -> VaultError:
    code = exc.errno
    reason = (exc.strerror or type(exc).__name__).lower()
    if where is None:
        if code == errno.EIO:
            return VaultFileError(f"{root}: input/output error",
                              hint="the disk may be failing or was removed: check it, then "
                                   "run `vault verify`")
        return VaultFileError(f"{root}: {reason}")
    if code in (errno.ENOENT, errno.ENOTDIR):
        wrong = _wrong_component(where, root)
        if wrong is None and code == errno.ENOTDIR and os.path.lexists(where):
            wrong = (where, "not a directory")  # e.g. listing objects/, which is a file
        if wrong is not None and wrong[1] == "not a directory":
            return VaultFileError(f"{wrong[0]}: is a file where the vault keeps a directory",
                              hint=f"move it aside and restore the directory {wrong[0].name} "
                                   "from backup, then run `vault verify`")
        missing = wrong[0] if wrong is not None else where
        return VaultFileError(f"{missing}: missing from the vault",
                          hint=f"restore {missing.name} from backup, then run `vault verify`")
    if code == errno.EISDIR:
        if where.name == ".lock":
            return VaultFileError(f"{where}: is a directory where the vault keeps its lock file",
                              hint="remove that directory; vault creates the lock file again")
        return VaultFileError(f"{where}: is a directory where the vault keeps a file",
                          hint=f"move it aside and restore {where.name} from backup")
    if code in _PERMISSION:
        return VaultFileError(f"{_first_closed(where, root)}: permission denied", hint=_OWNER_HINT)
    if code == errno.EROFS:
        return VaultFileError(f"{where}: read-only file system",
                          hint="remount the disk read-write, or copy the vault to one")
    if code == errno.EIO:
        return VaultFileError(f"{where}: input/output error",
                          hint="the disk may be failing or was removed: check it, then run "
                               "`vault verify`")
    if code == errno.ELOOP:
        return VaultFileError(f"{where}: too many levels of symbolic links",
                          hint="the vault's layout was changed: restore it from backup")
    return VaultFileError(f"{where}: {reason}")


def _probe(catalog: Path) -> OSError | None:
    """Why the OS would refuse SQLite the catalog: open it (and its WAL files) read-write."""
    for path in (catalog, Path(f"{catalog}-wal"), Path(f"{catalog}-shm")):
        if path != catalog and not os.path.lexists(path):
            continue
        try:
            os.close(os.open(path, os.O_RDWR))
        except OSError as exc:
            return exc
    if not os.access(catalog.parent, os.W_OK | os.X_OK):
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(catalog.parent))
    return None


def catalog_error(exc: sqlite3.Error, catalog: Path) -> VaultError:
    """The vault error for an SQLite failure on the catalog ``catalog``, by its result code.

    Only SQLITE_CORRUPT and SQLITE_NOTADB say the catalog is damaged; a full disk
    (SQLITE_FULL, or an I/O error with almost no space left) is :class:`StorageFull`.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    primary = code & 0xFF if isinstance(code, int) else None
    low_space = (primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN)
                 and (free_bytes(catalog) or 0) < LOW_SPACE)
    if primary == _SQLITE_FULL or low_space:
        return StorageFull(f"no space left on the disk holding the catalog ({catalog.parent})")
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return CatalogDamaged(f"{catalog}: catalog is damaged ({name})")
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return LockBusy(f"{catalog}: catalog is locked by another process ({name})")
    if primary == _SQLITE_CANTOPEN:
        refused = _probe(catalog)
        if refused is not None:
            return os_error(refused, vault_root=catalog.parent)
        return VaultFileError(f"{catalog}: catalog cannot be opened ({name})", hint=_OWNER_HINT)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_AUTH):
        refused = _probe(catalog)
        if refused is not None:
            return os_error(refused, vault_root=catalog.parent)
        return VaultFileError(f"{catalog}: catalog is read-only ({name})",
                          hint="check the owner and mode of the vault directory and "
                               "catalog.sqlite* (ls -l), and that the disk is mounted "
                               "read-write")
    if primary == _SQLITE_IOERR:
        return VaultFileError(f"{catalog}: input/output error ({name})",
                          hint="the disk may be failing or was removed: check it, then run "
                               "`vault verify` (an I/O error is not by itself a sign of a "
                               "damaged catalog)")
    if primary == _SQLITE_NOMEM:
        return VaultFileError(f"out of memory while using the catalog ({name})",
                          hint="close other programs and run the command again")
    return VaultFileError(f"{catalog}: catalog operation failed ({name}: {exc})")


def as_vault_error(exc: BaseException, *, vault_root: Path | None) -> VaultError | None:
    """``exc`` as a vault error, or None when it is neither one nor an OS or SQLite failure."""
    if isinstance(exc, VaultError):
        return exc
    if isinstance(exc, OSError):
        return os_error(exc, vault_root=vault_root)
    if isinstance(exc, sqlite3.Error):
        catalog = (vault_root / "catalog.sqlite") if vault_root is not None \
            else Path("catalog.sqlite")
        return catalog_error(exc, catalog)
    return None


def internal_error(exc: BaseException) -> VaultError:
    """A one-line report of a bug: the exception's type and where vault raised it, never its
    message (which may hold a data value)."""
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if f"{os.sep}vault{os.sep}" in f.filename]
    where = ""
    if inside:
        frame = inside[-1]
        parts = Path(frame.filename).parts
        module = "/".join(parts[len(parts) - 1 - parts[::-1].index("vault"):])
        where = f" in {module} line {frame.lineno}"
    return VaultError(f"internal error: {type(exc).__name__}{where}",
                      hint="this is a bug in vault; run the command again with --debug for the "
                           "traceback and report it (it may show data: check before sharing)")
