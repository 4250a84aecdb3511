"""Private, durable files: the modes the vault creates files with, atomic writes, dir fsync.

Everything the vault writes is readable by its owner only (:data:`FILE_MODE`,
:data:`DIR_MODE`). A file that must survive a crash whole is written with
:func:`write_private` (temp file beside it, fsync, atomic rename, fsync of the directory);
a rename that must be durable is followed by :func:`fsync_dir`::

    write_private(root / "vault.toml", toml.encode())
"""
from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

__all__ = ["DIR_MODE", "FILE_MODE", "fsync_dir", "write_private"]

#: mode of every directory the vault creates
DIR_MODE = 0o700
#: mode of every file the vault creates
FILE_MODE = 0o600


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically with mode 0600 (temp file, fsync, rename)."""
    tmp = path.with_name(f".tmp-{path.name}-{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Make the entries of directory ``path`` (a rename, a new file) durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
