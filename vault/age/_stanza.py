"""What every age key type shares: the header stanza, the Recipient/Identity protocols, and
the encodings and primitives their stanzas are built from (unpadded base64, HKDF-SHA256,
ChaCha20-Poly1305 key wrapping, Bech32 key strings).

Private to :mod:`vault.age`; the key types (:mod:`~vault.age.x25519`, :mod:`~vault.age.scrypt`,
:mod:`~vault.age.pq`) and the header code (:mod:`~vault.age._header`) build on it.
"""
from __future__ import annotations

import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault.age import _bech32
from vault.errors import AgeKeyError

FILE_KEY_SIZE = 16
WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16  # ChaCha20-Poly1305 tag
ZERO_NONCE = bytes(12)


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza of an age header: ``-> type args…`` and a binary body."""

    type: str
    args: tuple[str, ...]
    body: bytes


class Recipient(Protocol):
    """Something that can encrypt (wrap) a 16-byte file key into header stanzas."""

    def wrap(self, file_key: bytes) -> list[Stanza]:
        """Return the stanzas that let the matching identity recover ``file_key``."""
        ...


class Identity(Protocol):
    """Something that can recover (unwrap) the file key from a header's stanzas.

    ``unwrap`` returns ``None`` when no stanza is for this identity (unknown stanza types must
    be ignored) and raises :class:`~vault.errors.AgeHeaderError` for a stanza of its own type
    that is malformed.
    """

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """Return the file key, or ``None`` if no stanza is for this identity."""
        ...


# --- encoding helpers ------------------------------------------------------------------------
def b64encode(data: bytes) -> str:
    """Standard base64 without padding (what age writes everywhere but in armor)."""
    return binascii.b2a_base64(data, newline=False).rstrip(b"=").decode("ascii")


def b64decode(text: str | bytes) -> bytes:
    """Strict, canonical, unpadded base64; ``ValueError`` otherwise."""
    raw = text.encode("ascii") if isinstance(text, str) else bytes(text)
    if len(raw) % 4 == 1 or b"=" in raw:
        raise ValueError("invalid base64 length or padding")
    try:
        data = binascii.a2b_base64(raw + b"=" * (-len(raw) % 4), strict_mode=True)
    except binascii.Error:
        raise ValueError("invalid base64") from None
    if binascii.b2a_base64(data, newline=False).rstrip(b"=") != raw:
        raise ValueError("non-canonical base64")
    return data


def hkdf(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def aead_unwrap(key: bytes, body: bytes) -> bytes | None:
    try:
        return ChaCha20Poly1305(key).decrypt(ZERO_NONCE, body, None)
    except InvalidTag:
        return None


def bech32_decode(s: str, what: str) -> tuple[str, bytes]:
    try:
        return _bech32.decode(s)
    except ValueError as exc:
        # the message names the problem, never the (possibly secret) string
        raise AgeKeyError(f"malformed {what}: {exc}") from None
