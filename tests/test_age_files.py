"""The file route of the STREAM payload: both ends plain files, chunks read and written by offset.

It must write exactly the bytes the sequential (stream) route writes, release exactly the same
authenticated prefix on damage, fall back to the stream route whenever offsets can't be used,
and refuse an input that changes size under it.
"""
from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vault import age
from vault.age import _stream
from vault.errors import AgePayloadError, InputError

CHUNK = _stream.CHUNK
ENC = _stream.ENC_CHUNK
IDENTITY = age.X25519Identity.generate()
SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 7 * CHUNK + 3, 40 * CHUNK]


def _seal_file(key: bytes, plain: Path, sealed: Path, threads: int) -> None:
    with plain.open("rb") as src, sealed.open("wb") as dst:
        assert _stream._Files.of(src, dst) is not None  # the route under test is taken
        _stream.seal(key, src, dst, threads=threads)


def _open_file(key: bytes, sealed: Path, out: Path, threads: int) -> AgePayloadError | None:
    with sealed.open("rb") as src, out.open("wb") as dst:
        try:
            _stream.open_stream(key, src, dst, threads=threads)
        except AgePayloadError as exc:
            return exc
    return None


def _open_stream(key: bytes, payload: bytes) -> tuple[bytes, str | None]:
    out = io.BytesIO()
    try:
        _stream.open_stream(key, io.BytesIO(payload), out, threads=1)
    except AgePayloadError as exc:
        return out.getvalue(), str(exc)
    return out.getvalue(), None


@pytest.mark.parametrize("threads", [1, 2, 3])
@pytest.mark.parametrize("size", SIZES)
def test_file_route_matches_stream_route(tmp_path: Path, size: int, threads: int) -> None:
    key = os.urandom(32)
    data = os.urandom(size)
    plain, sealed, out = tmp_path / "p", tmp_path / "s", tmp_path / "o"
    plain.write_bytes(data)
    _seal_file(key, plain, sealed, threads)
    reference = io.BytesIO()
    _stream.seal(key, io.BytesIO(data), reference, threads=1)
    assert sealed.read_bytes() == reference.getvalue()
    assert _open_file(key, sealed, out, threads) is None
    assert out.read_bytes() == data


def test_whole_age_files_round_trip_and_leave_positions_at_the_end(tmp_path: Path) -> None:
    """age.encrypt/decrypt on open files: the header is written and over-read through the
    file objects, the payload by offset; afterwards both files are where a sequential pass
    would leave them, so a caller can keep writing."""
    data = os.urandom(9 * CHUNK + 11)
    plain, sealed, out = tmp_path / "p", tmp_path / "s.age", tmp_path / "o"
    plain.write_bytes(data)
    with plain.open("rb") as src, sealed.open("wb") as dst:
        age.encrypt(src, dst, [IDENTITY.recipient])
        assert src.tell() == len(data)
        assert dst.tell() == sealed.stat().st_size
    with sealed.open("rb") as src, out.open("wb") as dst:
        dst.write(b"before|")
        age.decrypt(src, dst, [IDENTITY])
        assert src.tell() == sealed.stat().st_size
        dst.write(b"|after")
    assert out.read_bytes() == b"before|" + data + b"|after"
    assert age.decrypt_bytes(sealed.read_bytes(), [IDENTITY]) == data


def _damage(payload: bytes, kind: str) -> bytes:
    chunks = [payload[i:i + ENC] for i in range(0, len(payload), ENC)]
    if kind == "flip first":
        return bytes([payload[0] ^ 1]) + payload[1:]
    if kind == "flip middle":
        at = 4 * ENC + 100
        return payload[:at] + bytes([payload[at] ^ 0x80]) + payload[at + 1:]
    if kind == "flip last":
        return payload[:-1] + bytes([payload[-1] ^ 1])
    if kind == "drop final chunk":
        return b"".join(chunks[:-1])
    if kind == "cut mid-chunk":
        return payload[:5 * ENC + 999]
    if kind == "cut inside the tag":
        return payload[:len(payload) - len(chunks[-1]) + 7]
    if kind == "extend":
        return payload + os.urandom(ENC)
    if kind == "swap chunks":
        chunks[2], chunks[3] = chunks[3], chunks[2]
        return b"".join(chunks)
    raise AssertionError(kind)


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("kind", ["flip first", "flip middle", "flip last", "drop final chunk",
                                  "cut mid-chunk", "cut inside the tag", "extend",
                                  "swap chunks"])
def test_damage_releases_exactly_what_the_stream_route_releases(tmp_path: Path, kind: str,
                                                                threads: int) -> None:
    """Another thread may already have written later chunks when an earlier one fails: the
    output is cut back to the authenticated prefix, with the sequential reader's error."""
    key = os.urandom(32)
    data = os.urandom(12 * CHUNK + 500)
    payload = io.BytesIO()
    _stream.seal(key, io.BytesIO(data), payload, threads=1)
    damaged = _damage(payload.getvalue(), kind)
    expected, message = _open_stream(key, damaged)
    assert message is not None
    assert data.startswith(expected)
    sealed, out = tmp_path / "s", tmp_path / "o"
    sealed.write_bytes(damaged)
    error = _open_file(key, sealed, out, threads)
    assert error is not None and str(error) == message
    assert out.read_bytes() == expected


def test_empty_payload_is_truncated(tmp_path: Path) -> None:
    sealed, out = tmp_path / "s", tmp_path / "o"
    sealed.write_bytes(b"")
    error = _open_file(os.urandom(32), sealed, out, 2)
    assert error is not None and "no final chunk" in str(error)
    assert out.read_bytes() == b""


def test_wrong_key_releases_nothing(tmp_path: Path) -> None:
    plain, sealed, out = tmp_path / "p", tmp_path / "s", tmp_path / "o"
    plain.write_bytes(os.urandom(6 * CHUNK))
    _seal_file(os.urandom(32), plain, sealed, 2)
    assert isinstance(_open_file(os.urandom(32), sealed, out, 2), AgePayloadError)
    assert out.read_bytes() == b""


def test_input_that_grows_while_read_is_refused(tmp_path: Path) -> None:
    plain, sealed = tmp_path / "p", tmp_path / "s"
    plain.write_bytes(os.urandom(3 * CHUNK))
    with plain.open("rb") as src, sealed.open("wb") as dst:
        files = _stream._Files.of(src, dst)
        assert files is not None
        with plain.open("ab") as writer:  # another process appends after the size was taken
            writer.write(b"late data")
        aead = _stream.ChaCha20Poly1305(os.urandom(32))
        with pytest.raises(InputError, match="grew"):
            _stream._seal_files(aead, files, 2)


@pytest.mark.parametrize("route", ["seal", "open"])
def test_input_that_shrinks_while_read_is_refused(tmp_path: Path, route: str) -> None:
    key = os.urandom(32)
    plain, sealed, out = tmp_path / "p", tmp_path / "s", tmp_path / "o"
    plain.write_bytes(os.urandom(8 * CHUNK))
    _seal_file(key, plain, sealed, 1)
    source = plain if route == "seal" else sealed
    with source.open("rb") as src, out.open("wb") as dst:
        files = _stream._Files.of(src, dst)
        assert files is not None
        os.truncate(source, 3 * CHUNK)
        aead = _stream.ChaCha20Poly1305(key)
        run = _stream._seal_files if route == "seal" else _stream._open_files
        with pytest.raises(InputError, match="shrank"):
            run(aead, files, 2)


def test_routes_that_cannot_use_offsets_fall_back(tmp_path: Path) -> None:
    plain = tmp_path / "p"
    plain.write_bytes(b"x" * 100)
    with plain.open("rb") as src:
        assert _stream._Files.of(src, io.BytesIO()) is None  # not a file
        with (tmp_path / "a").open("ab") as appending:  # pwrite ignores offsets in O_APPEND
            assert _stream._Files.of(src, appending) is None
        existing = tmp_path / "e"
        existing.write_bytes(b"old tail")
        with existing.open("r+b") as middle:  # output would not end where we stop writing
            assert _stream._Files.of(src, middle) is None
        with plain.open("r+b") as same:  # reading and writing one file
            same.seek(100)
            assert _stream._Files.of(src, same) is None
        read_fd, write_fd = os.pipe()
        with os.fdopen(write_fd, "wb") as pipe_end:
            assert _stream._Files.of(src, pipe_end) is None
        os.close(read_fd)


@pytest.mark.parametrize("mode", ["ab", "r+b"])
def test_fallback_outputs_are_still_right(tmp_path: Path, mode: str) -> None:
    """An append-mode or positioned output takes the stream route and still gets the bytes."""
    key = os.urandom(32)
    data = os.urandom(5 * CHUNK + 1)
    plain, sealed, out = tmp_path / "p", tmp_path / "s", tmp_path / "o"
    plain.write_bytes(data)
    _seal_file(key, plain, sealed, 2)
    out.write_bytes(b"HEAD")
    with sealed.open("rb") as src, out.open(mode) as dst:
        dst.seek(0, os.SEEK_END)
        _stream.open_stream(key, src, dst, threads=2)
    assert out.read_bytes() == b"HEAD" + data


def test_a_write_error_in_any_thread_is_raised_once_all_threads_end(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk in a helper thread reaches the caller; no thread is left behind."""
    plain, sealed = tmp_path / "p", tmp_path / "s"
    plain.write_bytes(os.urandom(20 * CHUNK))
    real_write = _stream._Files.write

    def failing_write(self: _stream._Files, data: memoryview, offset: int) -> None:
        if offset >= 7 * ENC:
            raise OSError(28, "No space left on device")
        real_write(self, data, offset)

    monkeypatch.setattr(_stream._Files, "write", failing_write)
    before = threading.active_count()
    with pytest.raises(OSError, match="No space"):
        _seal_file(os.urandom(32), plain, sealed, 2)
    assert threading.active_count() == before


@pytest.mark.parametrize("chunks", [1, 2])
def test_stream_route_with_small_blocks(monkeypatch: pytest.MonkeyPatch, chunks: int) -> None:
    """BLOCK_CHUNKS=1 once made a full first block look like an empty payload."""
    monkeypatch.setattr(_stream, "BLOCK_CHUNKS", chunks)
    key = os.urandom(32)
    for size in (0, 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5):
        data = os.urandom(size)
        for threads in (1, 2):
            sealed = io.BytesIO()
            _stream.seal(key, io.BytesIO(data), sealed, threads=threads)
            assert _open_stream(key, sealed.getvalue()) == (data, None)


# --- properties: any size, any damage, the two routes agree ---------------------------------------
_KEY = os.urandom(32)


@st.composite
def _damaged_payloads(draw: st.DrawFn) -> tuple[bytes, bytes]:
    """(plaintext, its sealed payload after one random damage, or none)."""
    size = draw(st.sampled_from([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 4 * CHUNK + 77]))
    data = os.urandom(size)
    sealed = io.BytesIO()
    _stream.seal(_KEY, io.BytesIO(data), sealed, threads=1)
    payload = bytearray(sealed.getvalue())
    kind = draw(st.sampled_from(["none", "flip", "truncate", "extend", "swap"]))
    if kind == "flip":
        at = draw(st.integers(0, len(payload) - 1))
        payload[at] ^= 1 << draw(st.integers(0, 7))
    elif kind == "truncate":
        del payload[draw(st.integers(0, len(payload) - 1)):]
    elif kind == "extend":
        payload += draw(st.binary(min_size=1, max_size=ENC + 1))
    elif kind == "swap" and len(payload) > 2 * ENC:
        a, b = sorted(draw(st.lists(st.integers(0, len(payload) // ENC - 1), min_size=2,
                                    max_size=2, unique=True)))
        first, second = payload[a * ENC:(a + 1) * ENC], payload[b * ENC:(b + 1) * ENC]
        payload[b * ENC:(b + 1) * ENC] = first
        payload[a * ENC:(a + 1) * ENC] = second
    return data, bytes(payload)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=_damaged_payloads(), threads=st.sampled_from([1, 2]))
def test_file_route_agrees_with_stream_route_on_any_damage(tmp_path: Path,
                                                            case: tuple[bytes, bytes],
                                                            threads: int) -> None:
    """Same released bytes, same error (or none), and only ever a prefix of the plaintext."""
    data, payload = case
    expected, message = _open_stream(_KEY, payload)
    sealed, out = tmp_path / "s", tmp_path / "o"
    sealed.write_bytes(payload)
    error = _open_file(_KEY, sealed, out, threads)
    assert (str(error) if error else None) == message
    assert out.read_bytes() == expected
    assert data.startswith(expected)
