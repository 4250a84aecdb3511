"""Round trips, key strings, and tampering: damage must raise, never yield wrong plaintext."""
from __future__ import annotations

import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vault import age
from vault.age import _bech32, _stream
from vault.errors import (
    AgeHeaderError,
    AgeHeaderMACError,
    AgeKeyError,
    AgeNoIdentityMatch,
    AgePayloadError,
    DecryptionFailed,
    InputError,
)

IDENTITY = age.X25519Identity.generate()
RECIPIENT = IDENTITY.recipient
CHUNK = _stream.CHUNK
SIZES = [0, 1, 65535, 65536, 65537, 131072, 131073, 3 * 65536, 33 * 65536 + 7]


def _release(data: bytes, identities: list[age.Identity]) -> tuple[bytes, DecryptionFailed | None]:
    """Streaming decrypt: (plaintext written before any error, the error)."""
    out = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(data), out, identities)
    except DecryptionFailed as exc:
        return out.getvalue(), exc
    return out.getvalue(), None


def _split(encrypted: bytes) -> tuple[bytes, list[bytes]]:
    """(header + nonce, list of ciphertext chunks)."""
    end = encrypted.index(b"\n---") + 1
    end = encrypted.index(b"\n", end) + 1 + age.STREAM_NONCE_SIZE
    payload = encrypted[end:]
    step = _stream.ENC_CHUNK
    return encrypted[:end], [payload[i:i + step] for i in range(0, len(payload), step)]


# --- round trips -------------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armor"])
def test_round_trip_sizes(size: int, armor: bool) -> None:
    data = os.urandom(size)
    encrypted = age.encrypt_bytes(data, [RECIPIENT], armor=armor)
    assert age.decrypt_bytes(encrypted, [IDENTITY]) == data
    chunks = max(1, -(-size // CHUNK))
    if not armor:
        _header, payload = _split(encrypted)
        assert len(payload) == chunks
        assert sum(len(c) for c in payload) == size + 16 * chunks


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("size", [0, CHUNK, 5 * CHUNK, 40 * CHUNK, 40 * CHUNK + 1])
def test_stream_threads_agree(size: int, threads: int) -> None:
    """The helper-thread split produces the same bytes as the serial path."""
    key = os.urandom(32)
    data = os.urandom(size)
    serial, parallel = io.BytesIO(), io.BytesIO()
    _stream.seal(key, io.BytesIO(data), serial, threads=1)
    _stream.seal(key, io.BytesIO(data), parallel, threads=threads)
    assert serial.getvalue() == parallel.getvalue()
    out = io.BytesIO()
    _stream.open_stream(key, io.BytesIO(parallel.getvalue()), out, threads=threads)
    assert out.getvalue() == data


class Trickle(io.RawIOBase):
    """A source that returns at most 1000 bytes per read (like a pipe)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buf: memoryview) -> int:  # type: ignore[override]
        chunk = self._data.read(min(len(buf), 1000))
        buf[:len(chunk)] = chunk
        return len(chunk)


@pytest.mark.parametrize("armor", [False, True])
def test_short_reads(armor: bool) -> None:
    data = os.urandom(3 * CHUNK + 5)
    encrypted = io.BytesIO()
    age.encrypt(Trickle(data), encrypted, [RECIPIENT], armor=armor)  # type: ignore[arg-type]
    out = io.BytesIO()
    age.decrypt(Trickle(encrypted.getvalue()), out, [IDENTITY])  # type: ignore[arg-type]
    assert out.getvalue() == data


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=3 * CHUNK + 100), armor=st.booleans())
def test_round_trip_property(data: bytes, armor: bool) -> None:
    assert age.decrypt_bytes(age.encrypt_bytes(data, [RECIPIENT], armor=armor),
                             [IDENTITY]) == data


def test_multiple_recipients_and_identities() -> None:
    others = [age.X25519Identity.generate() for _ in range(3)]
    encrypted = age.encrypt_bytes(b"shared", [o.recipient for o in others])
    for other in others:
        assert age.decrypt_bytes(encrypted, [IDENTITY, other]) == b"shared"
    with pytest.raises(AgeNoIdentityMatch):
        age.decrypt_bytes(encrypted, [IDENTITY])


def test_scrypt_round_trip_and_wrong_passphrase() -> None:
    encrypted = age.encrypt_bytes(b"secret", [age.ScryptRecipient("correct horse", 10)])
    assert b"-> scrypt " in encrypted and encrypted.split(b"\n")[1].endswith(b" 10")
    assert age.decrypt_bytes(encrypted, [age.ScryptIdentity("correct horse")]) == b"secret"
    with pytest.raises(AgeNoIdentityMatch):
        age.decrypt_bytes(encrypted, [age.ScryptIdentity("wrong")])
    with pytest.raises(AgeHeaderError, match="work factor"):
        age.decrypt_bytes(encrypted, [age.ScryptIdentity("correct horse", max_work_factor=9)])
    # an X25519 identity simply doesn't match a passphrase file
    with pytest.raises(AgeNoIdentityMatch):
        age.decrypt_bytes(encrypted, [IDENTITY])


def test_scrypt_must_be_alone() -> None:
    with pytest.raises(InputError, match="only recipient"):
        age.encrypt_bytes(b"x", [age.ScryptRecipient("pw", 10), RECIPIENT])
    with pytest.raises(InputError, match="only recipient"):
        age.encrypt_bytes(b"x", [age.ScryptRecipient("pw", 10), age.ScryptRecipient("pw", 10)])


def test_post_quantum_round_trip_and_mixing() -> None:
    pq = age.MLKEM768X25519Identity.generate()
    encrypted = age.encrypt_bytes(b"future-proof", [pq.recipient])
    assert age.decrypt_bytes(encrypted, [IDENTITY, pq]) == b"future-proof"
    with pytest.raises(AgeNoIdentityMatch):
        age.decrypt_bytes(encrypted, [age.MLKEM768X25519Identity.generate()])
    with pytest.raises(InputError, match="post-quantum"):
        age.encrypt_bytes(b"x", [pq.recipient, RECIPIENT])


def test_no_recipients_or_identities() -> None:
    with pytest.raises(InputError):
        age.encrypt_bytes(b"x", [])
    with pytest.raises(AgeNoIdentityMatch):
        age.decrypt_bytes(age.encrypt_bytes(b"x", [RECIPIENT]), [])


# --- key strings -------------------------------------------------------------------------------
def test_x25519_strings_round_trip() -> None:
    text = IDENTITY.to_string()
    assert text.startswith("AGE-SECRET-KEY-1") and text == text.upper() and len(text) == 74
    assert age.X25519Identity.from_string(text).recipient == RECIPIENT
    public = RECIPIENT.to_string()
    assert public.startswith("age1") and len(public) == 62
    assert age.parse_recipient(public) == RECIPIENT
    assert isinstance(age.parse_identity(text), age.X25519Identity)
    assert text not in repr(IDENTITY) and public in repr(IDENTITY)


def test_pq_strings_round_trip() -> None:
    pq = age.MLKEM768X25519Identity.generate()
    text = pq.to_string()
    assert text.startswith("AGE-SECRET-KEY-PQ-1")
    again = age.parse_identity(text)
    assert isinstance(again, age.MLKEM768X25519Identity) and again.recipient == pq.recipient
    public = pq.recipient.to_string()
    assert public.startswith("age1pq1")
    assert age.parse_recipient(public) == pq.recipient
    assert text not in repr(pq)


KNOWN_IDENTITY = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"
#: computed with the reference `age-keygen -y` (age 1.1.1) from KNOWN_IDENTITY
KNOWN_RECIPIENT = "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef"


def test_known_key_pair() -> None:
    identity = age.X25519Identity.from_string(KNOWN_IDENTITY)
    assert identity.recipient.to_string() == KNOWN_RECIPIENT
    assert identity.to_string() == KNOWN_IDENTITY


@pytest.mark.parametrize("text", [
    "",
    "AGE-SECRET-KEY-1",
    KNOWN_IDENTITY.lower(),  # secret keys are upper case
    KNOWN_IDENTITY[:-1] + "Q",  # checksum
    KNOWN_IDENTITY[:-2] + KNOWN_IDENTITY[-2:].lower(),  # mixed case
    _bech32.encode("AGE-SECRET-KEY-", bytes(31)).upper(),  # 31 bytes
    "AGE-PLUGIN-YUBIKEY-1ABCDEF",
    KNOWN_RECIPIENT,
])
def test_bad_identity_strings(text: str) -> None:
    with pytest.raises(AgeKeyError) as info:
        age.parse_identity(text)
    assert KNOWN_IDENTITY[16:40] not in str(info.value)  # never echo key material


@pytest.mark.parametrize("text", [
    "",
    "age1",
    KNOWN_RECIPIENT[:-1] + "q",  # checksum
    KNOWN_RECIPIENT.upper(),  # recipients are lower case
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKbx7xJ0hRLZ4vSQ",
    "age1yubikey1qfake",
    KNOWN_IDENTITY,
])
def test_bad_recipient_strings(text: str) -> None:
    with pytest.raises(AgeKeyError):
        age.parse_recipient(text)


def test_parse_identities_file() -> None:
    other = age.X25519Identity.generate()
    text = (f"# created: 2026-01-01\n# public key: {RECIPIENT}\n{IDENTITY.to_string()}\n\n"
            f"   {other.to_string()}  \r\n# trailing comment\n")
    parsed = age.parse_identities(text)
    assert [i.recipient for i in parsed] == [RECIPIENT, other.recipient]  # type: ignore[attr-defined]
    with pytest.raises(AgeKeyError, match="line 2"):
        age.parse_identities(f"{IDENTITY.to_string()}\nnot a key\n")
    with pytest.raises(AgeKeyError, match="no identities"):
        age.parse_identities("# only comments\n\n")


@settings(max_examples=50)
@given(st.text(alphabet="qpzry9x8gf2tvdw0s3jn54khce6mua7l", min_size=1, max_size=5),
       st.binary(max_size=64))
def test_bech32_round_trip(hrp: str, data: bytes) -> None:
    assert _bech32.decode(_bech32.encode(hrp, data)) == (hrp, data)


# --- tampering -----------------------------------------------------------------------------------
MESSAGE = os.urandom(2 * CHUNK + 1000)
SEALED = age.encrypt_bytes(MESSAGE, [RECIPIENT])
HEADER_END = len(_split(SEALED)[0])


def _assert_rejected(data: bytes) -> DecryptionFailed:
    released, error = _release(data, [IDENTITY])
    assert error is not None, "damaged file decrypted without error"
    assert MESSAGE.startswith(released), "released plaintext is not a prefix of the original"
    with pytest.raises(DecryptionFailed):
        age.decrypt_bytes(data, [IDENTITY])
    return error


def test_every_header_bit_flip_is_rejected() -> None:
    """Exhaustive over the header and nonce: each single-bit flip fails, nothing released."""
    for pos in range(HEADER_END):
        for bit in range(8):
            damaged = bytearray(SEALED)
            damaged[pos] ^= 1 << bit
            released, error = _release(bytes(damaged), [IDENTITY])
            assert error is not None, (pos, bit)
            assert released == b"", (pos, bit)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pos=st.integers(min_value=HEADER_END, max_value=len(SEALED) - 1),
       bit=st.integers(min_value=0, max_value=7))
def test_payload_bit_flip_is_rejected(pos: int, bit: int) -> None:
    damaged = bytearray(SEALED)
    damaged[pos] ^= 1 << bit
    error = _assert_rejected(bytes(damaged))
    assert isinstance(error, AgePayloadError)


@settings(max_examples=80, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(SEALED) - 1))
def test_truncation_is_rejected(cut: int) -> None:
    _assert_rejected(SEALED[:cut])


@pytest.mark.parametrize("cut", [0, 1, 20, HEADER_END - 17, HEADER_END - 16, HEADER_END - 1,
                                 HEADER_END, HEADER_END + 16, HEADER_END + 65552,
                                 HEADER_END + 2 * 65552, len(SEALED) - 1])
def test_truncation_at_boundaries(cut: int) -> None:
    error = _assert_rejected(SEALED[:cut])
    if cut >= HEADER_END:
        assert isinstance(error, AgePayloadError)


@settings(max_examples=40, deadline=None)
@given(extra=st.binary(min_size=1, max_size=70000))
def test_extension_is_rejected(extra: bytes) -> None:
    error = _assert_rejected(SEALED + extra)
    assert isinstance(error, AgePayloadError)


def test_chunk_reordering_and_dropping() -> None:
    header, chunks = _split(SEALED)
    assert len(chunks) == 3
    variants = {
        "swap first two": [chunks[1], chunks[0], chunks[2]],
        "drop first": chunks[1:],
        "drop middle": [chunks[0], chunks[2]],
        "drop last": chunks[:2],
        "duplicate first": [chunks[0], chunks[0], chunks[1], chunks[2]],
        "repeat last": chunks + [chunks[2]],
        "last moved first": [chunks[2], chunks[0], chunks[1]],
    }
    for name, order in variants.items():
        error = _assert_rejected(header + b"".join(order))
        assert isinstance(error, AgePayloadError), name


def test_chunks_from_another_file_are_rejected() -> None:
    other = age.encrypt_bytes(MESSAGE, [RECIPIENT])
    header, chunks = _split(SEALED)
    _, foreign = _split(other)
    _assert_rejected(header + chunks[0] + foreign[1] + chunks[2])
    other_header, _ = _split(other)
    _assert_rejected(other_header + b"".join(chunks))


def test_released_prefix_on_late_damage() -> None:
    """Damage in chunk 3 releases exactly the first two chunks, as the Go reference does."""
    damaged = bytearray(SEALED)
    damaged[-1] ^= 1
    released, error = _release(bytes(damaged), [IDENTITY])
    assert isinstance(error, AgePayloadError)
    assert released == MESSAGE[:2 * CHUNK]


def test_header_mac_mismatch_class() -> None:
    """Swapping in another file's MAC line is an HMAC failure, not a parse error."""
    other = age.encrypt_bytes(MESSAGE, [RECIPIENT])
    mac_at = SEALED.index(b"\n---") + 1
    other_mac_at = other.index(b"\n---") + 1
    line_end = SEALED.index(b"\n", mac_at) + 1
    spliced = SEALED[:mac_at] + other[other_mac_at:other.index(b"\n", other_mac_at) + 1] \
        + SEALED[line_end:]
    with pytest.raises(AgeHeaderMACError):
        age.decrypt_bytes(spliced, [IDENTITY])


# --- armor on large inputs (the block fast path) -----------------------------------------------
ARMORED = age.encrypt_bytes(MESSAGE, [RECIPIENT], armor=True)


def test_armor_crlf_and_mixed_line_endings() -> None:
    crlf = ARMORED.replace(b"\n", b"\r\n")
    assert age.decrypt_bytes(crlf, [IDENTITY]) == MESSAGE
    lines = ARMORED.split(b"\n")
    mixed = b"".join(line + (b"\r\n" if i % 3 else b"\n") for i, line in enumerate(lines[:-1]))
    assert age.decrypt_bytes(mixed, [IDENTITY]) == MESSAGE


@pytest.mark.parametrize("damage", ["space at line end", "empty line", "short line",
                                    "long line", "lowercase end"])
def test_armor_damage_deep_in_a_large_file(damage: str) -> None:
    from vault.errors import AgeArmorError

    lines = ARMORED.split(b"\n")
    at = len(lines) // 2
    if damage == "space at line end":
        lines[at] += b" "
    elif damage == "empty line":
        lines.insert(at, b"")
    elif damage == "short line":
        lines[at] = lines[at][:-4]
    elif damage == "long line":
        lines[at] += lines[at + 1][:4]
        lines[at + 1] = lines[at + 1][4:]
    else:
        lines[-2] = lines[-2].lower()
    released, error = _release(b"\n".join(lines), [IDENTITY])
    assert isinstance(error, AgeArmorError)
    assert MESSAGE.startswith(released)


@settings(max_examples=60, deadline=None)
@given(pos=st.integers(min_value=0, max_value=len(ARMORED) - 1),
       bit=st.integers(min_value=0, max_value=7))
def test_armored_bit_flip_is_rejected(pos: int, bit: int) -> None:
    damaged = bytearray(ARMORED)
    damaged[pos] ^= 1 << bit
    if bytes(damaged).strip() == ARMORED.strip():  # whitespace outside the armor is allowed
        return
    released, error = _release(bytes(damaged), [IDENTITY])
    assert error is not None
    assert MESSAGE.startswith(released)


@pytest.mark.parametrize(("prefix", "expected"), [
    (b"age-encryption.org/v1\n-> X25519", True),
    (b"-----BEGIN AGE ENCRYPTED FILE-----\n", True),
    (b"\n\n-----BEGIN AGE ENCRYPTED FILE-----\n", True),
    (b"# created: 2026-01-01\n# public key: age1...", False),
    (b"\n# leading blank line\nAGE-SECRET-KEY-1...", False),
    (b"", False),
])
def test_is_age_file(prefix: bytes, expected: bool) -> None:
    assert age.is_age_file(prefix) is expected


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("blocks", [1, 3])
def test_earlier_payload_error_wins_over_later_armor_error(threads: int, blocks: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """As with a sequential reader: damage in chunk 0 is reported, not garbage after END that
    the pipelined reader happens to read while chunk 0 is still being decrypted."""
    monkeypatch.setattr(_stream, "THREADS", threads)
    message = os.urandom(blocks * _stream.BLOCK_CHUNKS * CHUNK + 1000)
    lines = age.encrypt_bytes(message, [RECIPIENT], armor=True).split(b"\n")
    line = 10  # well inside chunk 0 (the header takes the first few lines)
    lines[line] = lines[line][:10] + (b"B" if lines[line][10:11] == b"A" else b"A") \
        + lines[line][11:]
    damaged = b"\n".join(lines) + b"garbage\n"
    released, error = _release(damaged, [IDENTITY])
    assert isinstance(error, AgePayloadError)
    assert released == b""
