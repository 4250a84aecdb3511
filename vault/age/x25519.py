"""The standard age key type: X25519 recipients (``age1…``) and identities
(``AGE-SECRET-KEY-1…``), the default for everything vault encrypts.
"""
from __future__ import annotations

import os
from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric import x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from vault.age import _bech32
from vault.age._stanza import (
    WRAPPED_KEY_SIZE,
    ZERO_NONCE,
    Stanza,
    aead_unwrap,
    b64decode,
    b64encode,
    bech32_decode,
    hkdf,
)
from vault.errors import AgeHeaderError, AgeKeyError

_X25519_LABEL = b"age-encryption.org/v1/X25519"


class X25519Recipient:
    """The standard age public key, ``age1…`` (Bech32)."""

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != 32:
            raise AgeKeyError("malformed X25519 recipient: wrong key length")
        self._pk = bytes(public_key)

    @classmethod
    def from_string(cls, s: str) -> X25519Recipient:
        """Parse ``age1…``.

        :raises AgeKeyError: not a well-formed X25519 recipient.
        """
        hrp, data = bech32_decode(s, "recipient")
        if hrp != "age":
            raise AgeKeyError("malformed recipient: not an age1... X25519 recipient")
        return cls(data)

    def to_string(self) -> str:
        return _bech32.encode("age", self._pk)

    @property
    def public_bytes(self) -> bytes:
        return self._pk

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral = x25519.X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(x25519.X25519PublicKey.from_public_bytes(self._pk))
        key = hkdf(shared, share + self._pk, _X25519_LABEL)
        body = ChaCha20Poly1305(key).encrypt(ZERO_NONCE, file_key, None)
        return [Stanza("X25519", (b64encode(share),), body)]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other._pk == self._pk

    def __hash__(self) -> int:
        return hash(("X25519", self._pk))

    def __str__(self) -> str:
        return self.to_string()

    def __repr__(self) -> str:
        return f"X25519Recipient({self.to_string()!r})"


class X25519Identity:
    """The standard age secret key, ``AGE-SECRET-KEY-1…`` (Bech32, upper case)."""

    def __init__(self, secret_key: bytes) -> None:
        if len(secret_key) != 32:
            raise AgeKeyError("malformed X25519 identity: wrong key length")
        self._sk = x25519.X25519PrivateKey.from_private_bytes(bytes(secret_key))
        self._pk = self._sk.public_key().public_bytes_raw()

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(32))

    @classmethod
    def from_string(cls, s: str) -> X25519Identity:
        """Parse ``AGE-SECRET-KEY-1…``.

        :raises AgeKeyError: not a well-formed X25519 identity (the message omits the string).
        """
        hrp, data = bech32_decode(s, "identity")
        if hrp != "AGE-SECRET-KEY-":
            raise AgeKeyError("malformed identity: not an AGE-SECRET-KEY-1... X25519 identity")
        return cls(data)

    def to_string(self) -> str:
        raw = self._sk.private_bytes_raw()
        return _bech32.encode("AGE-SECRET-KEY-", raw).upper()

    @property
    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self._pk)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "X25519":
                continue
            if len(stanza.args) != 1:
                raise AgeHeaderError("invalid X25519 stanza: wrong number of arguments")
            try:
                share = b64decode(stanza.args[0])
            except ValueError:
                raise AgeHeaderError("invalid X25519 stanza: malformed share") from None
            if len(share) != 32:
                raise AgeHeaderError("invalid X25519 stanza: share is not 32 bytes")
            if len(stanza.body) != WRAPPED_KEY_SIZE:
                raise AgeHeaderError("invalid X25519 stanza: body is not 32 bytes")
            try:
                shared = self._sk.exchange(x25519.X25519PublicKey.from_public_bytes(share))
            except ValueError:  # all-zero shared secret: low-order or identity point
                raise AgeHeaderError("invalid X25519 stanza: low-order share") from None
            key = hkdf(shared, share + self._pk, _X25519_LABEL)
            file_key = aead_unwrap(key, stanza.body)
            if file_key is not None:
                return file_key
        return None

    def __repr__(self) -> str:  # never the secret
        return f"X25519Identity(recipient={self.recipient.to_string()!r})"
