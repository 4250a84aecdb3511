"""The C2SP CCTV age test vectors (tests/vectors/age/testdata), one case per file.

Each file states the outcome class a conforming implementation must reach; we map our
exception subclasses onto those classes and, for ``success`` and ``payload failure``, check the
SHA-256 of exactly the plaintext :func:`vault.age.decrypt` released (streamed to a hashing
sink). Also round-trips the vectors allow: armor, header re-encoding and STREAM re-encryption.
"""
from __future__ import annotations

import functools
import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from vault import age
from vault.age import _armor, _header, _stanza, _stream
from vault.errors import (
    AgeArmorError,
    AgeHeaderError,
    AgeHeaderMACError,
    AgeNoIdentityMatch,
    AgePayloadError,
    DecryptionFailed,
)

TESTDATA = Path(__file__).parent / "vectors" / "age" / "testdata"

#: our exception class -> the vector's `expect` value
OUTCOME = {
    AgeHeaderError: "header failure",
    AgeNoIdentityMatch: "no match",
    AgeHeaderMACError: "HMAC failure",
    AgePayloadError: "payload failure",
    AgeArmorError: "armor failure",
}
KNOWN_KEYS = {"expect", "payload", "file key", "identity", "passphrase", "armored",
              "compressed", "comment"}
#: vectors needing a feature we lack: name -> reason. Empty: every vector is supported.
UNSUPPORTED: dict[str, str] = {}


@dataclass
class Vector:
    name: str
    expect: str
    body: bytes
    payload: str | None = None
    file_key: bytes | None = None
    armored: bool = False
    identities: list[age.Identity] = field(default_factory=list)
    unknown_keys: list[str] = field(default_factory=list)


@functools.cache
def load(path: Path) -> Vector:
    """Parse one vector file (cached: collection filters on `expect` more than once)."""
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    vector = Vector(name=path.name, expect="", body=body)
    for line in head.decode("utf-8").split("\n"):
        key, value = line.split(": ", 1)
        if key == "expect":
            vector.expect = value
        elif key == "payload":
            vector.payload = value
        elif key == "file key":
            vector.file_key = bytes.fromhex(value)
        elif key == "identity":
            vector.identities.append(age.parse_identity(value))
        elif key == "passphrase":
            vector.identities.append(age.ScryptIdentity(value))
        elif key == "armored":
            vector.armored = value == "yes"
        elif key == "compressed":
            assert value == "zlib"
            vector.body = zlib.decompress(body)
        elif key not in KNOWN_KEYS:
            vector.unknown_keys.append(key)
    return vector


class HashSink:
    """A write-only stream that hashes what it is given (the released plaintext)."""

    def __init__(self) -> None:
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha.update(data)
        self.size += len(data)
        return len(data)


def run(vector: Vector, *, autodetect: bool = False) -> tuple[str, HashSink]:
    """Decrypt one vector; returns (outcome class, sink of released plaintext)."""
    src: object = io.BytesIO(vector.body)
    if vector.armored and not autodetect:
        src = _armor.ArmorReader(src)  # type: ignore[arg-type]
    sink = HashSink()
    try:
        age.decrypt(src, sink, vector.identities)  # type: ignore[arg-type]
    except DecryptionFailed as exc:
        return OUTCOME[type(exc)], sink
    return "success", sink


VECTORS = sorted(TESTDATA.iterdir())


def test_vector_set_is_complete() -> None:
    assert len(VECTORS) == 143
    assert all(v.is_file() for v in VECTORS)


@pytest.mark.parametrize("path", VECTORS, ids=lambda p: p.name)
def test_vector(path: Path) -> None:
    vector = load(path)
    if vector.unknown_keys:  # upstream rule: skip files with unknown keys (none today)
        pytest.skip(f"unknown vector keys {vector.unknown_keys}")
    if vector.name in UNSUPPORTED:
        pytest.xfail(UNSUPPORTED[vector.name])
    outcome, sink = run(vector)
    assert outcome == vector.expect
    if vector.expect in ("success", "payload failure"):
        assert sink.sha.hexdigest() == vector.payload
    else:
        assert vector.payload is None or sink.size == 0


ARMORED = [p for p in VECTORS if b"armored: yes" in p.read_bytes().partition(b"\n\n")[0]]
#: with auto-detection, text before BEGIN doesn't look like armor, so it is a header failure
AUTODETECT_DIFFERS = {"armor_garbage_leading": "header failure"}


@pytest.mark.parametrize("path", ARMORED, ids=lambda p: p.name)
def test_armored_vector_autodetected(path: Path) -> None:
    """decrypt() detects armor itself and reaches the same outcome (one documented case)."""
    vector = load(path)
    outcome, sink = run(vector, autodetect=True)
    assert outcome == AUTODETECT_DIFFERS.get(vector.name, vector.expect)
    if outcome in ("success", "payload failure"):
        assert sink.sha.hexdigest() == vector.payload


@pytest.mark.parametrize("path", [p for p in ARMORED if load(p).expect != "armor failure"],
                         ids=lambda p: p.name)
def test_armor_round_trip(path: Path) -> None:
    """Un-armor then re-armor gives the same text, up to CRLF/LF and outer whitespace."""
    vector = load(path)
    inner = _armor.ArmorReader(io.BytesIO(vector.body)).read()
    out = io.BytesIO()
    writer = _armor.ArmorWriter(out)
    writer.write(inner)
    writer.close()
    assert out.getvalue() == vector.body.replace(b"\r\n", b"\n").strip() + b"\n"


def _binary(vector: Vector) -> bytes:
    if vector.armored:
        return _armor.ArmorReader(io.BytesIO(vector.body)).read()
    return vector.body


@pytest.mark.parametrize(
    "path", [p for p in VECTORS if load(p).expect not in ("header failure", "armor failure")],
    ids=lambda p: p.name)
def test_header_round_trip(path: Path) -> None:
    """Parsing then re-encoding a valid header reproduces its bytes exactly."""
    data = _binary(load(path))
    source = _header.Source(io.BytesIO(data))
    header = _header.parse_header(source)
    encoded = _header.INTRO + b"".join(_header.marshal_stanza(s) for s in header.stanzas[:]) + b"---"
    assert encoded == header.authenticated
    assert data.startswith(encoded + b" " + _stanza.b64encode(header.mac).encode() + b"\n")


@pytest.mark.parametrize("path", [p for p in VECTORS if load(p).expect == "success"],
                         ids=lambda p: p.name)
def test_stream_round_trip(path: Path) -> None:
    """Re-encrypting a success vector's plaintext with its file key and nonce gives its payload."""
    vector = load(path)
    data = _binary(vector)
    source = _header.Source(io.BytesIO(data))
    _header.parse_header(source)
    nonce = source.read_exact(age.STREAM_NONCE_SIZE)
    ciphertext = source.take_buffer() + source.src.read()
    assert nonce is not None and vector.file_key is not None
    key = _stanza.hkdf(vector.file_key, nonce, b"payload")
    plaintext = io.BytesIO()
    _stream.open_stream(key, io.BytesIO(ciphertext), plaintext)
    resealed = io.BytesIO()
    _stream.seal(key, io.BytesIO(plaintext.getvalue()), resealed)
    assert resealed.getvalue() == ciphertext
