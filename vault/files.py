"""Files: the vault's own (private modes, atomic writes, dir fsync) and the user's (the one
place a command checks a path it reads or writes).

Everything the vault writes is readable by its owner only (:data:`FILE_MODE`,
:data:`DIR_MODE`). A file that must survive a crash whole is written with
:func:`write_private` (temp file beside it, fsync, atomic rename, fsync of the directory);
a rename that must be durable is followed by :func:`fsync_dir`::

    write_private(root / "vault.toml", toml.encode())

A user's file is read through :func:`open_input_file` / :func:`read_input_file` (a regular
file once resolved — ``..`` and symlinks are fine — and, for what is imported, not inside the
vault); an output path goes through :func:`refuse_inside_vault` (plaintext never lands in a
vault, whatever symlink or ``..`` leads there)::

    handle, source = open_input_file(Path("../rec/int03.wav"), outside=vault.root)
    refuse_inside_vault(Path("~/listen/int03.wav").expanduser(), vault_root=vault.root)
"""
from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from vault.errors import InputError
from vault.system_errors import os_error

__all__ = [
    "DIR_MODE", "FILE_MODE", "InputFile", "check_input_file", "dir_mode_for", "fsync_dir",
    "inside_vault", "make_dirs", "open_input_file", "read_input_file", "refuse_inside_vault",
    "set_tree_mode", "vault_directories", "write_private",
]

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


def dir_mode_for(file_mode: int) -> int:
    """The directory mode that goes with files of ``file_mode``: the same bits, search (x)
    wherever read is allowed, and always rwx for the owner (0600 -> 0700, 0640 -> 0750)."""
    return (file_mode & 0o777) | ((file_mode & 0o444) >> 2) | 0o700


def make_dirs(path: Path, mode: int = DIR_MODE) -> None:
    """Create directory ``path`` and its missing parents with ``mode``, whatever the umask
    (``mkdir -p`` would give the parents the umask's mode). Existing directories are left as
    they are: their mode is their owner's choice."""
    missing: list[Path] = []
    current = Path(path)
    while not os.path.lexists(current) and current != current.parent:
        missing.append(current)
        current = current.parent
    for directory in reversed(missing):
        try:
            os.mkdir(directory, mode)
        except FileExistsError:
            continue  # made meanwhile by someone else: theirs
        os.chmod(directory, mode)  # the umask may have taken bits away; it never adds any


def set_tree_mode(root: Path, file_mode: int = FILE_MODE) -> None:
    """Give ``root`` and everything under it the modes of an output the user asked for:
    files ``file_mode``, directories :func:`dir_mode_for` it. Symbolic links are not
    followed (none are written in an output)."""
    root = Path(root)
    dir_mode = dir_mode_for(file_mode)
    if not root.is_dir():
        os.chmod(root, file_mode)
        return
    for directory, _dirs, files in os.walk(root):
        os.chmod(directory, dir_mode)
        for name in files:
            target = os.path.join(directory, name)
            if not os.path.islink(target):
                os.chmod(target, file_mode)


def fsync_dir(path: Path) -> None:
    """Make the entries of directory ``path`` (a rename, a new file) durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- user paths: what a command reads, and where it writes ------------------------------------
# Every command that reads a user's file goes through check_input_file/open_input_file/
# read_input_file, and every command that writes outside the vault through
# refuse_inside_vault. A path is judged by what it *is* once resolved — its real path with
# every symlink and `..` followed, and the type of what is there — never by how it is
# spelled: `../x.csv` is as good as `/home/me/x.csv`, and a symlink into the vault is as
# inside as the vault itself.


@dataclass(frozen=True)
class InputFile:
    """A user's file checked for reading: a regular file, outside the vault if asked."""

    #: the path as the user gave it
    path: Path
    #: where it really is (symlinks and ``..`` resolved)
    real: Path
    #: the given path's last component is a symbolic link (removing it would not remove
    #: the file read)
    is_symlink: bool
    #: the file read (after following links)
    stat: os.stat_result

    @property
    def name(self) -> str:
        """The base name errors use (a directory may carry a participant's name)."""
        return _name(self.path)


def _name(path: Path) -> str:
    return path.name or str(path)


def vault_directories(root: Path) -> tuple[Path, ...]:
    """The real paths the vault at ``root`` occupies: its directory and every directory in
    it (``objects/`` may be a symlink to another disk)."""
    real_root = Path(os.path.realpath(root))
    found = [real_root]
    with contextlib.suppress(OSError):
        for entry in os.scandir(root):
            if entry.is_dir(follow_symlinks=True):
                real = Path(os.path.realpath(entry.path))
                if not real.is_relative_to(real_root):
                    found.append(real)
    return tuple(found)


def _is_vault(directory: Path) -> bool:
    try:
        return (directory / "vault.toml").is_file() and (
            os.path.lexists(directory / "objects") or (directory / "catalog.sqlite").exists())
    except OSError:  # a directory we may not look into holds no vault of ours
        return False


def inside_vault(path: Path, vault_root: Path | None = None) -> bool:
    """``path`` is, or would be created, inside a vault: ``vault_root``'s real directories,
    or any directory above it (as written, or with symlinks resolved) holding a vault."""
    lexical = Path(os.path.abspath(path))
    real = Path(os.path.realpath(path))
    # --vault/VAULT_DIR may name a vault not made yet (`VAULT_DIR=x vault init x`): no vault
    if vault_root is not None and os.path.lexists(Path(vault_root) / "vault.toml"):
        for directory in vault_directories(vault_root):
            if real == directory or real.is_relative_to(directory):
                return True
    for candidate in (lexical, real):
        for directory in (candidate, *candidate.parents):
            if _is_vault(directory):
                return True
    return False


def refuse_inside_vault(path: Path, *, vault_root: Path | None = None,
                        hint: str = "write it outside the vault: plaintext never lives there"
                        ) -> Path:
    """Check an output path (file or directory) is not inside a vault; returns ``path``.

    :raises InputError: it is, through any path (a symlinked directory, ``..``).
    """
    if inside_vault(path, vault_root):
        raise InputError(f"{path}: is inside the vault directory", hint=hint)
    return path


def check_input_file(path: Path, *, outside: Path | None = None) -> InputFile:
    """Check a user's file for reading: it exists, is a regular file once resolved, and
    (with ``outside``, a vault's directory) is not in that vault. ``..`` is fine.

    :raises InputError: named by base name: no such file, a directory, not a regular file,
        inside the vault, or the OS refuses (permission …).
    """
    path = Path(path)
    name = _name(path)
    try:
        st = os.stat(path)  # follows links; before any open (opening a FIFO would block)
        is_link = os.path.islink(path)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError(f"{name}: no such file",
                             hint="check the file name and try again") from exc
        raise os_error(exc, path=path) from exc
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name}: is a directory",
                         hint="pass the files inside it, e.g. DIR/*, not the directory")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{name}: is not a regular file",
                         hint="pass regular files (not a device, FIFO or socket)")
    real = Path(os.path.realpath(path))
    if outside is not None and inside_vault(path, outside):
        raise InputError(f"{name}: is inside the vault directory",
                         hint="give a file from outside the vault: it holds no plaintext")
    return InputFile(path, real, is_link, st)


def open_input_file(path: Path, *, outside: Path | None = None) -> tuple[BinaryIO, InputFile]:
    """:func:`check_input_file`, then open it for reading (the caller closes the handle).

    :raises InputError: as :func:`check_input_file`, or the file changed while being opened.
    """
    info = check_input_file(path, outside=outside)
    try:
        handle = open(info.path, "rb")  # noqa: SIM115 - returned to the caller
    except OSError as exc:
        raise os_error(exc, path=info.path) from exc
    opened = os.fstat(handle.fileno())
    if (opened.st_dev, opened.st_ino) != (info.stat.st_dev, info.stat.st_ino):
        handle.close()
        raise InputError(f"{info.name}: changed while being opened", hint="try again")
    return handle, InputFile(info.path, info.real, info.is_symlink, opened)


def read_input_file(path: Path, *, outside: Path | None = None) -> bytes:
    """The whole content of a user's file checked by :func:`check_input_file`.

    :raises InputError: as :func:`open_input_file`, or reading fails.
    """
    handle, info = open_input_file(path, outside=outside)
    with handle:
        try:
            return handle.read()
        except OSError as exc:
            raise os_error(exc, path=info.path) from exc
