"""STREAM: the age payload cipher (64 KiB ChaCha20-Poly1305 chunks, 11-byte counter, last flag).

Private to :mod:`vault.age`. :func:`seal` encrypts ``src`` to ``dst``; :func:`open_stream`
decrypts and authenticates, writing each chunk's plaintext to ``dst`` only once it verifies
(so on a :class:`~vault.errors.AgePayloadError` the output holds exactly the authenticated
prefix, as with the Go reference).

Two routes, same bytes. When both ends are plain files (the usual case: the CLI's ``-o``
temp file, an export), :class:`_Files` reads and writes each chunk at its known offset from
two threads, each keeping its 64 KiB of plaintext and ciphertext in cache (read, AEAD, write)
while the other does the same: cryptography releases the GIL in one-shot AEAD calls (inputs
>= 2 KiB) and so do ``preadv``/``pwrite``. Measured with ``bench/age_throughput.py --size 1G``:
about 1.5x the age CLI on tmpfs, in both directions (one thread: about equal to it).

Otherwise (pipes, stdin/stdout, armor, a hashing wrapper) the stream route works in 2 MiB
blocks with ``encrypt_into``/``decrypt_into`` into preallocated buffers, a worker thread
doing the AEAD on block *k* while the caller writes block *k-1* and reads block *k+1*.
Profiling it (cProfile, 256 MiB on tmpfs) showed the time split about evenly between
``readinto``, ``write`` and the AEAD, Python overhead near 3%: 2 MiB blocks fall out of the
cache between those steps, which is why the file route is faster. Memory: about 8 MiB for
any file size on the stream route, 256 KiB on the file route.

Chunk finality: a chunk followed by more data is non-final, so the last chunk of a full block
is held back (copied, 64 KiB) until the next read shows whether anything follows it.
"""
from __future__ import annotations

import os
import stat
import struct
import threading
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from vault.errors import AgePayloadError, InputError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: the stream route only
    fcntl = None  # type: ignore[assignment]

#: the file route needs positional I/O and the output's open flags (POSIX)
_OFFSETS = fcntl is not None and hasattr(os, "preadv") and hasattr(os, "pwrite")

CHUNK = 64 * 1024
TAG = 16
ENC_CHUNK = CHUNK + TAG
#: chunks per I/O block: 32 x 64 KiB = 2 MiB reads and writes
BLOCK_CHUNKS = 32

#: threads for the pipeline: None = 2 (I/O + AEAD) when two or more CPUs are usable, else 1.
#: A module setting rather than an argument so the public API stays small; the bench sets it.
THREADS: int | None = None

_pack_nonce = struct.Struct(">3xQ?").pack  # 11-byte big-endian counter, then the last flag

Buffer = bytes | bytearray | memoryview


def _threads() -> int:
    if THREADS is not None:
        return THREADS
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    return 2 if cpus >= 2 else 1


# --- files: chunks addressed by offset ----------------------------------------------------------
#: chunks per job on the file route (1 measured best on 2 CPUs: the 64 KiB plaintext and its
#: ciphertext stay in the core's cache between the read, the AEAD and the write)
FILE_GROUP = 1


class _Files:
    """Both ends are regular files, so chunk *i* has a known offset in each.

    Then no thread waits for another: each takes the next chunk, reads it with ``preadv``,
    seals or opens it, and writes it with ``pwrite`` at its place. All three release the GIL
    (cryptography's one-shot AEAD does for inputs >= 2 KiB), the buffers are per thread and
    small, and the output is byte-for-byte what the sequential route writes.
    """

    def __init__(self, src: BinaryIO, dst: BinaryIO, sfd: int, dfd: int, src_start: int,
                 src_end: int, dst_start: int) -> None:
        self.src, self.dst = src, dst
        self.sfd, self.dfd = sfd, dfd
        self.src_start, self.src_end, self.dst_start = src_start, src_end, dst_start

    @classmethod
    def of(cls, src: BinaryIO, dst: BinaryIO, *, unread: int = 0) -> _Files | None:
        """The file route for ``src`` -> ``dst``, or None if either is not a plain file.

        ``unread``: bytes before ``src``'s position that belong to the payload (the header
        reader's over-read). ``dst`` must be written at its end, not in append mode (pwrite
        ignores offsets there), and must not be ``src``.
        """
        if not _OFFSETS:  # pragma: no cover - not POSIX
            return None
        try:
            sfd, dfd = src.fileno(), dst.fileno()
            if not (src.seekable() and dst.seekable()):
                return None
            s_st, d_st = os.fstat(sfd), os.fstat(dfd)
            flags = fcntl.fcntl(dfd, fcntl.F_GETFL)
        except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both
            return None
        if not (stat.S_ISREG(s_st.st_mode) and stat.S_ISREG(d_st.st_mode)):
            return None
        if (s_st.st_dev, s_st.st_ino) == (d_st.st_dev, d_st.st_ino):
            return None
        if flags & os.O_APPEND or flags & os.O_ACCMODE == os.O_RDONLY:
            return None
        dst.flush()
        dst_start = dst.tell()
        if os.fstat(dfd).st_size != dst_start:
            return None
        src_start = src.tell() - unread
        if src_start < 0 or src_start > s_st.st_size:
            return None
        return cls(src, dst, sfd, dfd, src_start, s_st.st_size, dst_start)

    def read(self, buf: memoryview, offset: int) -> None:
        """Fill ``buf`` from payload ``offset``; the file must not have shrunk."""
        done = 0
        while done < len(buf):
            n = os.preadv(self.sfd, [buf[done:]], self.src_start + offset + done)
            if n == 0:
                raise InputError("the input file shrank while it was being read",
                                 hint="let whatever is writing it finish, then try again")
            done += n

    def write(self, data: memoryview, offset: int) -> None:
        done = 0
        while done < len(data):
            done += os.pwrite(self.dfd, data[done:], self.dst_start + offset + done)

    def finish(self, written: int) -> None:
        """Leave both files positioned as a sequential pass would; refuse a grown input."""
        self.dst.seek(self.dst_start + written)
        self.src.seek(self.src_end)
        if os.pread(self.sfd, 1, self.src_end):
            raise InputError("the input file grew while it was being read",
                             hint="let whatever is writing it finish, then try again")


def _run_groups(groups: int, threads: int, in_size: int, out_size: int,
                job: Callable[[int, memoryview, memoryview], bool]) -> None:
    """Run ``job(g, inbuf, outbuf)`` for g in 0..groups-1 on ``threads`` threads.

    Groups are taken in order. A job returns True to stop: no later group is started, every
    earlier one still finishes. An exception stops likewise and is re-raised (the earliest
    group's) after all threads have ended.
    """
    lock = threading.Lock()
    state = {"next": 0, "limit": groups}
    errors: list[tuple[int, BaseException]] = []

    def loop() -> None:
        inbuf = memoryview(bytearray(in_size))
        outbuf = memoryview(bytearray(out_size))
        while True:
            with lock:
                g = state["next"]
                if g >= state["limit"]:
                    return
                state["next"] = g + 1
            try:
                stop = job(g, inbuf, outbuf)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller below
                with lock:
                    errors.append((g, exc))
                    state["limit"] = min(state["limit"], g)
                return
            if stop:
                with lock:
                    state["limit"] = min(state["limit"], g + 1)
                return

    helpers = [threading.Thread(target=loop, name="vault-age-files", daemon=True)
               for _ in range(min(threads, groups) - 1)]
    for helper in helpers:
        helper.start()
    try:
        loop()
    finally:
        for helper in helpers:
            helper.join()
    if errors:
        raise min(errors, key=lambda e: e[0])[1]


def _seal_files(aead: ChaCha20Poly1305, files: _Files, threads: int) -> None:
    size = files.src_end - files.src_start
    chunks = max(1, -(-size // CHUNK))
    last = chunks - 1
    enc = aead.encrypt_into

    def job(g: int, inbuf: memoryview, outbuf: memoryview) -> bool:
        # inlines _seal_items: building its item list cost ~5% of encrypt throughput in an
        # A/B on tmpfs (the GIL-held Python per chunk is what the two threads contend for)
        first = g * FILE_GROUP
        end = min(chunks, first + FILE_GROUP)
        want = min(size, end * CHUNK) - first * CHUNK
        files.read(inbuf[:want], first * CHUNK)
        pos = 0
        for i in range(first, end):
            a = (i - first) * CHUNK
            b = min(a + CHUNK, want)
            enc(_pack_nonce(i, i == last), inbuf[a:b], None, outbuf[pos:pos + b - a + TAG])
            pos += b - a + TAG
        files.write(outbuf[:pos], first * ENC_CHUNK)
        return False

    _run_groups(-(-chunks // FILE_GROUP), threads, FILE_GROUP * CHUNK, FILE_GROUP * ENC_CHUNK,
                job)
    files.finish(size + chunks * TAG)


def _open_files(aead: ChaCha20Poly1305, files: _Files, threads: int) -> None:
    size = files.src_end - files.src_start
    if size == 0:
        raise AgePayloadError("age payload is truncated: no final chunk")
    chunks = -(-size // ENC_CHUNK)
    failures: dict[int, tuple[int, str]] = {}  # group -> (plaintext released, error)

    def job(g: int, inbuf: memoryview, outbuf: memoryview) -> bool:
        first = g * FILE_GROUP
        end = min(chunks, first + FILE_GROUP)
        want = min(size, end * ENC_CHUNK) - first * ENC_CHUNK
        files.read(inbuf[:want], first * ENC_CHUNK)
        items = [(inbuf[a:min(a + ENC_CHUNK, want)], first + k == chunks - 1)
                 for k, a in enumerate(range(0, want, ENC_CHUNK))]
        released, error = _open_items(aead, items, first, outbuf)
        files.write(outbuf[:released], first * CHUNK)
        if error is not None:
            failures[g] = (released, error)
            return True
        return False

    _run_groups(-(-chunks // FILE_GROUP), threads, FILE_GROUP * ENC_CHUNK, FILE_GROUP * CHUNK,
                job)
    if failures:
        # a later chunk may have been written by another thread before the earlier failure
        # was found: keep exactly the authenticated prefix, as the sequential reader does
        g = min(failures)
        released, error = failures[g]
        written = g * FILE_GROUP * CHUNK + released
        os.ftruncate(files.dfd, files.dst_start + written)
        files.dst.seek(files.dst_start + written)
        raise AgePayloadError(error)
    files.finish(size - chunks * TAG)


def _readfull(src: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` from ``src``; fewer bytes only at EOF."""
    total = 0
    size = len(view)
    readinto: Callable[[memoryview], int | None] | None = getattr(src, "readinto", None)
    while total < size:
        if readinto is not None:
            n = readinto(view[total:])
            if n is None:  # non-blocking source with nothing ready: keep asking
                continue
        else:
            data = src.read(size - total)
            n = len(data)
            view[total:total + n] = data
        if not n:
            break
        total += n
    return total


class _Worker:
    """Runs one job at a time on a helper thread (``inline``: in the caller, for 1 thread).

    A plain thread and two events: a ThreadPoolExecutor future per block costs more than it
    saves on a small machine.
    """

    def __init__(self, inline: bool) -> None:
        self._inline = inline
        self._job: tuple[Callable[..., Any], tuple[Any, ...]] | None = None
        self._result: Any = None
        self._error: BaseException | None = None
        self._busy = False
        self._ran_inline = False
        self._go = threading.Event()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None  # started on first use: small files
        # (one block) never pay for a thread

    def _run(self) -> None:
        while True:
            self._go.wait()
            self._go.clear()
            job = self._job
            if job is None:
                return
            try:
                self._result = job[0](*job[1])
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller by wait()
                self._error = exc
            self._done.set()

    def start(self, fn: Callable[..., Any], *args: Any, inline: bool = False) -> None:
        """Start ``fn(*args)``; ``inline`` runs it now in the caller (nothing to overlap)."""
        self._busy = True
        self._result, self._error = None, None
        self._ran_inline = self._inline or inline
        if self._ran_inline:
            try:
                self._result = fn(*args)
            except BaseException as exc:  # noqa: BLE001 - re-raised by wait(), as threaded
                self._error = exc
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="vault-age-stream",
                                            daemon=True)
            self._thread.start()
        self._job = (fn, args)
        self._done.clear()
        self._go.set()

    @property
    def busy(self) -> bool:
        return self._busy

    def wait(self) -> Any:
        if not self._ran_inline:
            self._done.wait()
        self._busy = False
        if self._error is not None:
            raise self._error
        return self._result

    def close(self) -> None:
        if self._busy and not self._ran_inline:
            self._done.wait()
        self._busy = False
        if self._thread is not None:
            self._job = None
            self._go.set()
            self._thread.join()


# --- encryption --------------------------------------------------------------------------------
def _seal_items(aead: ChaCha20Poly1305, items: Sequence[tuple[Buffer, bool]], counter: int,
                out: memoryview) -> int:
    """Encrypt ``items`` (plaintext, is_final) with consecutive counters into ``out``."""
    enc = aead.encrypt_into
    pos = 0
    for i, (chunk, final) in enumerate(items):
        end = pos + len(chunk) + TAG
        enc(_pack_nonce(counter + i, final), chunk, None, out[pos:end])
        pos = end
    return pos


def seal_one_chunk(key: bytes, data: bytes) -> bytes:
    """The STREAM payload of at most one chunk (``len(data) <= CHUNK``): a single final chunk.
    Exactly what :func:`seal` writes for such input, without its 2 MiB pipeline buffers (a
    wrapped key or a sealed register is a few hundred bytes)."""
    assert len(data) <= CHUNK
    return ChaCha20Poly1305(key).encrypt(_pack_nonce(0, True), data, None)


def seal(key: bytes, src: BinaryIO, dst: BinaryIO, *, threads: int | None = None) -> None:
    """Encrypt all of ``src`` into ``dst`` as a STREAM payload (the nonce is not written)."""
    aead = ChaCha20Poly1305(key)
    threads = _threads() if threads is None else threads
    files = _Files.of(src, dst)
    if files is not None:
        _seal_files(aead, files, threads)
        return
    worker = _Worker(inline=threads < 2)
    block = BLOCK_CHUNKS * CHUNK
    ins = [memoryview(bytearray(block)) for _ in range(2)]
    # room for a held-back chunk from the previous block plus this block's chunks
    outs = [memoryview(bytearray((BLOCK_CHUNKS + 1) * ENC_CHUNK)) for _ in range(2)]
    held: bytes | None = None  # last chunk of the previous full block: final or not?
    counter = 0
    slot = 0
    try:
        while True:
            n = _readfull(src, ins[slot])  # overlaps the AEAD job of the previous block
            eof = n < block
            data = ins[slot][:n]
            chunks = [data[i:i + CHUNK] for i in range(0, n, CHUNK)]
            items: list[tuple[Buffer, bool]] = []
            if held is not None:
                items.append((held, n == 0))
                held = None
            if eof:
                items.extend((c, False) for c in chunks[:-1])
                if chunks:
                    items.append((chunks[-1], True))
                elif not items:  # empty plaintext: one empty final chunk
                    items.append((b"", True))
            else:
                items.extend((c, False) for c in chunks[:-1])
                held = bytes(chunks[-1])
            previous = worker.wait() if worker.busy else None
            worker.start(_seal_items, aead, items, counter, outs[slot],
                         inline=eof and previous is None)
            counter += len(items)
            if previous is not None:
                dst.write(outs[1 - slot][:previous])  # overlaps this block's AEAD job
            if eof:
                dst.write(outs[slot][:worker.wait()])
                return
            slot = 1 - slot
    finally:
        worker.close()


# --- decryption --------------------------------------------------------------------------------
#: how an item's chunk is placed: MID = more data follows it, END = it ends the payload
_MID, _END = False, True


def _open_items(aead: ChaCha20Poly1305, items: Sequence[tuple[Buffer, bool]], counter: int,
                out: memoryview) -> tuple[int, str | None]:
    """Decrypt ``items`` (ciphertext chunk, at_end) into ``out``.

    Returns (plaintext bytes released, error message or None). Mirrors the Go reader: a chunk
    is released once it authenticates, as non-final or else as final; what is wrong with the
    stream (trailing data, truncation, an empty final chunk) is reported after that.
    """
    dec = aead.decrypt_into
    pos = 0
    for i, (chunk, at_end) in enumerate(items):
        index = counter + i
        size = len(chunk) - TAG
        if size < 0:
            return pos, "age payload: final chunk is too short"
        target = out[pos:pos + size]
        if not at_end:  # a full chunk with more data after it: normally non-final
            try:
                dec(_pack_nonce(index, False), chunk, None, target)
                pos += size
                continue
            except InvalidTag:
                pass
            try:
                dec(_pack_nonce(index, True), chunk, None, target)
            except InvalidTag:
                return pos, "age payload: a chunk failed to authenticate"
            return pos + size, "age payload: data after the final chunk"
        try:
            dec(_pack_nonce(index, True), chunk, None, target)
        except InvalidTag:
            if size == CHUNK:  # a full chunk at EOF may be a valid non-final chunk
                try:
                    dec(_pack_nonce(index, False), chunk, None, target)
                except InvalidTag:
                    pass
                else:
                    return pos + size, "age payload is truncated: no final chunk"
            return pos, "age payload: a chunk failed to authenticate"
        if size == 0 and index > 0:
            return pos, "age payload: empty final chunk after full chunks"
        return pos + size, None
    return pos, None


def open_stream(key: bytes, src: BinaryIO, dst: BinaryIO, *, prefix: bytes = b"",
                threads: int | None = None) -> None:
    """Decrypt a STREAM payload (after the nonce) from ``prefix`` + ``src`` into ``dst``.

    :raises AgePayloadError: a chunk fails to authenticate, the stream is truncated (no final
        chunk), an empty final chunk follows full ones, or data follows the final chunk. The
        plaintext of every chunk that verified before the error has been written to ``dst``.
    """
    aead = ChaCha20Poly1305(key)
    threads = _threads() if threads is None else threads
    files = _Files.of(src, dst, unread=len(prefix))
    if files is not None:
        _open_files(aead, files, threads)
        return
    worker = _Worker(inline=threads < 2)
    block = BLOCK_CHUNKS * ENC_CHUNK
    ins = [memoryview(bytearray(block)) for _ in range(2)]
    outs = [memoryview(bytearray((BLOCK_CHUNKS + 1) * CHUNK)) for _ in range(2)]
    pending = memoryview(prefix)  # the header reader's over-read, always < one block
    held: bytes | None = None  # last chunk of the previous full block
    counter = 0
    slot = 0
    try:
        while True:
            view = ins[slot]
            start = len(pending)
            view[:start] = pending
            pending = memoryview(b"")
            try:
                n = start + _readfull(src, view[start:])  # overlaps the previous AEAD job
            except BaseException:
                # e.g. an armor error. A sequential reader would have finished the previous
                # block first: release what it verified, and report its error if it had one.
                if worker.busy:
                    released, error = worker.wait()
                    dst.write(outs[1 - slot][:released])
                    if error is not None:
                        raise AgePayloadError(error) from None
                raise
            eof = n < block
            data = view[:n]
            chunks = [data[i:i + ENC_CHUNK] for i in range(0, n, ENC_CHUNK)]
            items: list[tuple[Buffer, bool]] = []
            if held is not None:
                items.append((held, _END if n == 0 else _MID))
                held = None
            if eof:
                items.extend((c, _MID) for c in chunks[:-1])
                if chunks:
                    items.append((chunks[-1], _END))
            else:
                items.extend((c, _MID) for c in chunks[:-1])
                held = bytes(chunks[-1])
            if worker.busy:
                released, error = worker.wait()
                if error is not None:
                    dst.write(outs[1 - slot][:released])
                    raise AgePayloadError(error)
                previous: int | None = released
            else:
                previous = None
            if eof and not items:  # nothing at all after the nonce
                raise AgePayloadError("age payload is truncated: no final chunk")
            worker.start(_open_items, aead, items, counter, outs[slot],
                         inline=eof and previous is None)
            counter += len(items)
            if previous is not None:
                dst.write(outs[1 - slot][:previous])  # overlaps this block's AEAD job
            if eof:
                released, error = worker.wait()
                dst.write(outs[slot][:released])
                if error is not None:
                    raise AgePayloadError(error)
                return
            slot = 1 - slot
    finally:
        worker.close()
