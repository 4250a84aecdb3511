"""Scratch files for plaintext audio: files with no name, which a kill cannot leave behind.

Audio redaction needs its recordings as files — libsndfile and FFmpeg read and write paths,
and the aligner's 16 kHz analysis copy is memory-mapped — but a decrypted recording, its
analysis copy and the redacted recording before it is stored must never outlive the process
(DESIGN.md invariant 1). So each is a file with no name in any directory:

* :func:`scratch_file` — an anonymous memory file (Linux ``memfd_create``): it lives in RAM
  (swap at worst), never on a disk, and the kernel frees it when its last descriptor or
  mapping goes — at exit, at an exception, and at a kill -9 alike;
* :func:`unnamed_output` — a file with no name in an output's directory (``O_TMPFILE``), for
  an output a user asked for: written in full, fsynced, then given its name by
  :meth:`Scratch.link` (``linkat``, which never replaces an existing file). Killed before the
  link, nothing of it remains.

A :class:`Scratch` is opened by libraries through :attr:`Scratch.path`,
``/proc/self/fd/<n>``: opening that path opens the same file afresh (its own offset), so
decoders and encoders use it like any file::

    with scratch_file("source") as source:
        with open(source.path, "wb") as fh:
            objects.decrypt_object(vault, item_id, key_id, fh, custody)
        recording = open_recording(source.path, name=item_id)

Where the platform has neither (not Linux), :func:`scratch_file` falls back to a named file in
a private directory (mode 0700, ``$XDG_RUNTIME_DIR`` when there is one), removed on exit — but
not after a kill; :data:`UNNAMED` says which is in use.
"""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from vault.files import FILE_MODE, fsync_dir

__all__ = ["UNNAMED", "Scratch", "scratch_file", "unnamed_output"]

_PROC_FD = Path("/proc/self/fd")
#: files with no name are available: a kill leaves no plaintext
UNNAMED: bool = hasattr(os, "memfd_create") and _PROC_FD.is_dir()


class Scratch:
    """An open scratch file: :attr:`path` opens it afresh; :meth:`close` lets it go."""

    def __init__(self, fd: int, path: Path, named: Path | None = None) -> None:
        self.fd = fd
        #: the path a library opens
        self.path = path
        #: the fallback's real file (removed on close), None for a file with no name
        self._named = named

    def size(self) -> int:
        return os.fstat(self.fd).st_size

    def link(self, out: Path) -> None:
        """Give the (complete) file its name ``out``: fsync, ``linkat``, fsync the directory.

        :raises FileExistsError: ``out`` exists (it is never replaced).
        """
        os.fsync(self.fd)
        directory = os.open(out.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            # the destination directory as a descriptor makes Python call linkat, with
            # AT_SYMLINK_FOLLOW through /proc/self/fd: the unnamed file itself gets the name
            os.link(self.path, out.name, dst_dir_fd=directory, follow_symlinks=True)
        finally:
            os.close(directory)
        fsync_dir(out.parent)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)
        if self._named is not None:
            shutil.rmtree(self._named.parent, ignore_errors=True)


@contextlib.contextmanager
def scratch_file(label: str) -> Iterator[Scratch]:
    """A scratch file with no name (see the module docstring), closed at the block's end.

    :param label: a name for debugging tools (``/proc/<pid>/fd``); never a file name of the
        user's, which may hold a name.
    """
    if UNNAMED:
        fd = os.memfd_create(f"vault-audio-{label}", os.MFD_CLOEXEC)
        scratch = Scratch(fd, _PROC_FD / str(fd))
    else:  # pragma: no cover - not Linux
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        base = runtime if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK) \
            else None
        directory = Path(tempfile.mkdtemp(prefix="vault-audio-", dir=base))
        path = directory / label
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE)
        scratch = Scratch(fd, path, named=path)
    try:
        yield scratch
    finally:
        scratch.close()


@contextlib.contextmanager
def unnamed_output(directory: Path) -> Iterator[Scratch | None]:
    """A file with no name in ``directory`` (``O_TMPFILE``) for an output to
    :meth:`~Scratch.link` once complete; ``None`` where the platform or file system has none
    (the caller then writes a named temp file)."""
    flag = getattr(os, "O_TMPFILE", None)
    fd = None
    if flag is not None and _PROC_FD.is_dir():
        try:
            fd = os.open(directory, flag | os.O_RDWR, FILE_MODE)
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                raise
    if fd is None:
        yield None
        return
    scratch = Scratch(fd, _PROC_FD / str(fd))
    try:
        yield scratch
    finally:
        scratch.close()
