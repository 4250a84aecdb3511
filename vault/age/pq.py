"""The post-quantum hybrid key type: ML-KEM-768 + X25519 through HPKE (``age1pq1…``,
``AGE-SECRET-KEY-PQ-1…``). It can only be combined with other post-quantum recipients.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from vault.age import _bech32
from vault.age._stanza import WRAPPED_KEY_SIZE, Stanza, b64decode, b64encode, bech32_decode
from vault.errors import AgeHeaderError, AgeKeyError

_PQ_LABEL = b"age-encryption.org/mlkem768x25519"
_MLKEM768_EK_SIZE = 1184
_MLKEM768_CT_SIZE = 1088
_PQ_ENC_SIZE = _MLKEM768_CT_SIZE + 32
_PQ_PK_SIZE = _MLKEM768_EK_SIZE + 32


_HPKE_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256,
                         hpke.AEAD.CHACHA20_POLY1305)


def _expand_pq_seed(seed: bytes) -> tuple[mlkem.MLKEM768PrivateKey, x25519.X25519PrivateKey]:
    """draft-ietf-hpke-pq / filippo.io/hpke-pq: SHAKE256(seed, 96) = ML-KEM seed || X25519 key."""
    expanded = hashlib.shake_256(seed).digest(96)
    return (mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64]),
            x25519.X25519PrivateKey.from_private_bytes(expanded[64:]))


class MLKEM768X25519Recipient:
    """The post-quantum hybrid public key, ``age1pq1…`` (ML-KEM-768 + X25519 via HPKE).

    Can only be used with other post-quantum recipients (mixing in a classic recipient would
    give away the post-quantum protection).
    """

    labels = frozenset({"postquantum"})

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != _PQ_PK_SIZE:
            raise AgeKeyError("malformed post-quantum recipient: wrong key length")
        try:
            ek = mlkem.MLKEM768PublicKey.from_public_bytes(public_key[:_MLKEM768_EK_SIZE])
            xk = x25519.X25519PublicKey.from_public_bytes(public_key[_MLKEM768_EK_SIZE:])
        except ValueError:
            raise AgeKeyError("malformed post-quantum recipient: invalid key") from None
        self._raw = bytes(public_key)
        self._pk = hpke.MLKEM768X25519PublicKey(ek, xk)

    @classmethod
    def from_string(cls, s: str) -> MLKEM768X25519Recipient:
        """Parse ``age1pq1…``.

        :raises AgeKeyError: not a well-formed hybrid recipient.
        """
        hrp, data = bech32_decode(s, "recipient")
        if hrp != "age1pq":
            raise AgeKeyError("malformed recipient: not an age1pq1... post-quantum recipient")
        return cls(data)

    def to_string(self) -> str:
        return _bech32.encode("age1pq", self._raw)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        sealed = _HPKE_SUITE.encrypt(file_key, self._pk, info=_PQ_LABEL)
        enc, body = sealed[:_PQ_ENC_SIZE], sealed[_PQ_ENC_SIZE:]
        return [Stanza("mlkem768x25519", (b64encode(enc),), body)]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MLKEM768X25519Recipient) and other._raw == self._raw

    def __hash__(self) -> int:
        return hash(("mlkem768x25519", self._raw))

    def __str__(self) -> str:
        return self.to_string()

    def __repr__(self) -> str:
        return f"MLKEM768X25519Recipient({self.to_string()[:16]!r}...)"


class MLKEM768X25519Identity:
    """The post-quantum hybrid secret key, ``AGE-SECRET-KEY-PQ-1…`` (a 32-byte seed)."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != 32:
            raise AgeKeyError("malformed post-quantum identity: wrong key length")
        self._seed = bytes(seed)
        mk, xk = _expand_pq_seed(self._seed)
        self._xk = xk
        self._sk = hpke.MLKEM768X25519PrivateKey(mk, xk)
        ek = mk.public_key().public_bytes(serialization.Encoding.Raw,
                                          serialization.PublicFormat.Raw)
        self._public = ek + xk.public_key().public_bytes_raw()

    @classmethod
    def generate(cls) -> MLKEM768X25519Identity:
        return cls(os.urandom(32))

    @classmethod
    def from_string(cls, s: str) -> MLKEM768X25519Identity:
        """Parse ``AGE-SECRET-KEY-PQ-1…``.

        :raises AgeKeyError: not a well-formed hybrid identity (the message omits the string).
        """
        hrp, data = bech32_decode(s, "identity")
        if hrp != "AGE-SECRET-KEY-PQ-":
            raise AgeKeyError("malformed identity: not an AGE-SECRET-KEY-PQ-1... identity")
        return cls(data)

    def to_string(self) -> str:
        return _bech32.encode("AGE-SECRET-KEY-PQ-", self._seed).upper()

    @property
    def recipient(self) -> MLKEM768X25519Recipient:
        return MLKEM768X25519Recipient(self._public)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "mlkem768x25519":
                continue
            if len(stanza.args) != 1:
                raise AgeHeaderError("invalid mlkem768x25519 stanza: wrong number of arguments")
            try:
                enc = b64decode(stanza.args[0])
            except ValueError:
                raise AgeHeaderError("invalid mlkem768x25519 stanza: malformed enc") from None
            if len(enc) != _PQ_ENC_SIZE:
                raise AgeHeaderError("invalid mlkem768x25519 stanza: enc has the wrong length")
            if len(stanza.body) != WRAPPED_KEY_SIZE:
                raise AgeHeaderError("invalid mlkem768x25519 stanza: body is not 32 bytes")
            # HPKE reports a low-order X25519 share like a wrong key; it is a malformed stanza
            try:
                self._xk.exchange(x25519.X25519PublicKey.from_public_bytes(
                    enc[_MLKEM768_CT_SIZE:]))
            except ValueError:
                raise AgeHeaderError("invalid mlkem768x25519 stanza: low-order share") from None
            try:
                # ML-KEM decapsulation rejects implicitly: a foreign stanza fails the AEAD tag
                return _HPKE_SUITE.decrypt(enc + stanza.body, self._sk, info=_PQ_LABEL)
            except InvalidTag:
                continue
        return None

    def __repr__(self) -> str:  # never the secret
        return f"MLKEM768X25519Identity(recipient={self.recipient.to_string()[:16]!r}...)"
