"""STREAM: the age payload cipher (64 KiB ChaCha20-Poly1305 chunks, 11-byte counter, last flag).

Private to :mod:`vault.age`. :func:`seal` encrypts ``src`` to ``dst``; :func:`open_stream`
decrypts and authenticates, writing each chunk's plaintext to ``dst`` only once it verifies
(so on a :class:`~vault.errors.AgePayloadError` the output holds exactly the authenticated
prefix, as with the Go reference).

Speed. Profiling (cProfile, 256 MiB on tmpfs, one thread) showed the time split about evenly
between ``readinto``, ``write`` and the AEAD calls, with Python overhead near 3%: the work is
done in 2 MiB blocks with ``encrypt_into``/``decrypt_into`` into preallocated buffers. What is
left is overlap: cryptography releases the GIL in one-shot AEAD calls (inputs >= 2 KiB) and
file I/O releases it too, so with two or more CPUs a worker thread does the AEAD work on block
*k* while the calling thread writes block *k-1* and reads block *k+1* (double buffering).
Memory: two input and two output blocks, about 8 MiB, for any file size.

Chunk finality: a chunk followed by more data is non-final, so the last chunk of a full block
is held back (copied, 64 KiB) until the next read shows whether anything follows it.
"""
from __future__ import annotations

import os
import struct
import threading
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from vault.errors import AgePayloadError

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


def seal(key: bytes, src: BinaryIO, dst: BinaryIO, *, threads: int | None = None) -> None:
    """Encrypt all of ``src`` into ``dst`` as a STREAM payload (the nonce is not written)."""
    aead = ChaCha20Poly1305(key)
    worker = _Worker(inline=(_threads() if threads is None else threads) < 2)
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
    worker = _Worker(inline=(_threads() if threads is None else threads) < 2)
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
            if not items:  # nothing at all after the nonce
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
