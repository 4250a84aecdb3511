"""The age file format (age-encryption.org/v1), on the ``cryptography`` package.

Every object in a vault is an age file, so a steward can still open the data with the standard
``age`` CLI or any other age implementation if this toolkit is gone. Use it like this::

    from vault import age

    identity = age.X25519Identity.generate()           # keep identity.to_string() secret
    recipient = identity.recipient                      # share recipient.to_string() (age1...)
    with open("notes.txt", "rb") as src, open("notes.txt.age", "wb") as dst:
        age.encrypt(src, dst, [recipient])
    with open("notes.txt.age", "rb") as src, open("notes.txt", "wb") as dst:
        age.decrypt(src, dst, [identity])

Key types: :class:`X25519Identity`/:class:`X25519Recipient` (``AGE-SECRET-KEY-1…``/``age1…``,
the default), :class:`ScryptRecipient`/:class:`ScryptIdentity` (a passphrase; it must be the
only recipient of a file) and the post-quantum hybrid
:class:`MLKEM768X25519Identity`/:class:`MLKEM768X25519Recipient`
(``AGE-SECRET-KEY-PQ-1…``/``age1pq1…``; it can only be combined with other post-quantum
recipients). :func:`parse_identity`, :func:`parse_recipient` and :func:`parse_identities` read
the standard string forms and identity files. Any object with a ``wrap``/``unwrap`` method
(:class:`Recipient`/:class:`Identity`) can stand in for a key type.

Key management: age has no keyring. In vault, custodian identities live in the OS keyring or
an scrypt-encrypted identity file (``vault.keys``), and objects are encrypted to per-class
identities; this module only ever sees keys passed to it and never logs or prints them.

Guarantees: :func:`encrypt` and :func:`decrypt` stream in constant memory (64 KiB chunks, a few
MiB of buffers). Decryption authenticates every chunk before releasing it; every failure is a
:class:`~vault.errors.DecryptionFailed` subclass (:class:`~vault.errors.AgeHeaderError`,
:class:`~vault.errors.AgeNoIdentityMatch`, :class:`~vault.errors.AgeHeaderMACError`,
:class:`~vault.errors.AgePayloadError`, :class:`~vault.errors.AgeArmorError`) whose message
holds no key material. On a payload error the chunks that verified before the damage have
been written to ``dst`` (as with the Go reference); :func:`decrypt_bytes` returns nothing then.
The implementation passes every C2SP CCTV age test vector and interoperates with ``age`` and
``rage``/pyrage in both directions.
"""
from __future__ import annotations

import binascii
import hashlib
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO, Protocol, cast

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac, hpke, serialization
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from vault.age import _armor as _age_armor
from vault.age import _bech32
from vault.age import _stream as _age_stream
from vault.errors import (
    AgeHeaderError,
    AgeHeaderMACError,
    AgeKeyError,
    AgeNoIdentityMatch,
    InputError,
)

__all__ = [
    "Identity",
    "MLKEM768X25519Identity",
    "MLKEM768X25519Recipient",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "decrypt_bytes",
    "encrypt",
    "encrypt_bytes",
    "is_age_file",
    "parse_identities",
    "parse_identity",
    "parse_recipient",
    "parse_recipients",
]

FILE_KEY_SIZE = 16
STREAM_NONCE_SIZE = 16
_WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16  # ChaCha20-Poly1305 tag
_INTRO = b"age-encryption.org/v1\n"
_ZERO_NONCE = bytes(12)
#: header limits: constant memory on hostile input (real headers are a few KiB)
_MAX_HEADER_LINE = 1 << 20
_MAX_HEADER = 4 << 20

_X25519_LABEL = b"age-encryption.org/v1/X25519"
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
_PQ_LABEL = b"age-encryption.org/mlkem768x25519"
_SCRYPT_SALT_SIZE = 16
#: the Go reference refuses work factors above 22 (4 GiB of memory, tens of seconds)
DEFAULT_MAX_WORK_FACTOR = 22
_MLKEM768_EK_SIZE = 1184
_MLKEM768_CT_SIZE = 1088
_PQ_ENC_SIZE = _MLKEM768_CT_SIZE + 32
_PQ_PK_SIZE = _MLKEM768_EK_SIZE + 32

_ARG_RE = re.compile(rb"[\x21-\x7e]+")
_DECIMAL_RE = re.compile(r"[1-9][0-9]*")


# --- stanzas and the key-type protocols --------------------------------------------------------
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
def _b64encode(data: bytes) -> str:
    """Standard base64 without padding (what age writes everywhere but in armor)."""
    return binascii.b2a_base64(data, newline=False).rstrip(b"=").decode("ascii")


def _b64decode(text: str | bytes) -> bytes:
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


def _hkdf(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def _aead_unwrap(key: bytes, body: bytes) -> bytes | None:
    try:
        return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, body, None)
    except InvalidTag:
        return None


def _bech32_decode(s: str, what: str) -> tuple[str, bytes]:
    try:
        return _bech32.decode(s)
    except ValueError as exc:
        # the message names the problem, never the (possibly secret) string
        raise AgeKeyError(f"malformed {what}: {exc}") from None


# --- X25519 ----------------------------------------------------------------------------------
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
        hrp, data = _bech32_decode(s, "recipient")
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
        key = _hkdf(shared, share + self._pk, _X25519_LABEL)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        return [Stanza("X25519", (_b64encode(share),), body)]

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
        hrp, data = _bech32_decode(s, "identity")
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
                share = _b64decode(stanza.args[0])
            except ValueError:
                raise AgeHeaderError("invalid X25519 stanza: malformed share") from None
            if len(share) != 32:
                raise AgeHeaderError("invalid X25519 stanza: share is not 32 bytes")
            if len(stanza.body) != _WRAPPED_KEY_SIZE:
                raise AgeHeaderError("invalid X25519 stanza: body is not 32 bytes")
            try:
                shared = self._sk.exchange(x25519.X25519PublicKey.from_public_bytes(share))
            except ValueError:  # all-zero shared secret: low-order or identity point
                raise AgeHeaderError("invalid X25519 stanza: low-order share") from None
            key = _hkdf(shared, share + self._pk, _X25519_LABEL)
            file_key = _aead_unwrap(key, stanza.body)
            if file_key is not None:
                return file_key
        return None

    def __repr__(self) -> str:  # never the secret
        return f"X25519Identity(recipient={self.recipient.to_string()!r})"


# --- scrypt (passphrase) ---------------------------------------------------------------------
def _passphrase_bytes(passphrase: str | bytes) -> bytes:
    data = passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)
    if not data:
        raise InputError("empty passphrase", hint="choose a non-empty passphrase")
    return data


def _scrypt_key(passphrase: bytes, salt: bytes, log_n: int) -> bytes:
    return Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1).derive(passphrase)


class ScryptRecipient:
    """Passphrase encryption (``-> scrypt``). Must be the only recipient of a file.

    :param work_factor: log2 of the scrypt cost N; 18 (the age default) takes about a second
        and 256 MiB. Tests pass a small value for speed.
    """

    def __init__(self, passphrase: str | bytes, work_factor: int = 18) -> None:
        if not 1 <= work_factor <= 30:
            raise InputError(f"scrypt work factor {work_factor} out of range",
                             hint="use a work factor between 1 and 30 (default 18)")
        self._passphrase = _passphrase_bytes(passphrase)
        self.work_factor = work_factor
        # a unique label: an scrypt recipient can't be mixed with any other recipient
        self.labels = frozenset({os.urandom(16).hex()})

    def wrap(self, file_key: bytes) -> list[Stanza]:
        salt = os.urandom(_SCRYPT_SALT_SIZE)
        key = _scrypt_key(self._passphrase, salt, self.work_factor)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        return [Stanza("scrypt", (_b64encode(salt), str(self.work_factor)), body)]

    def __repr__(self) -> str:
        return f"ScryptRecipient(work_factor={self.work_factor})"


class ScryptIdentity:
    """Passphrase decryption of ``-> scrypt`` stanzas.

    :param max_work_factor: refuse files whose work factor is higher (a cheap file must not be
        able to make us spend minutes and gigabytes); the Go reference also uses 22.
    """

    def __init__(self, passphrase: str | bytes,
                 max_work_factor: int = DEFAULT_MAX_WORK_FACTOR) -> None:
        self._passphrase = _passphrase_bytes(passphrase)
        self.max_work_factor = max_work_factor

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "scrypt":
                continue
            if len(stanzas) != 1:
                raise AgeHeaderError("an scrypt stanza must be the only stanza in the header")
            if len(stanza.args) != 2:
                raise AgeHeaderError("invalid scrypt stanza: wrong number of arguments")
            try:
                salt = _b64decode(stanza.args[0])
            except ValueError:
                raise AgeHeaderError("invalid scrypt stanza: malformed salt") from None
            if len(salt) != _SCRYPT_SALT_SIZE:
                raise AgeHeaderError("invalid scrypt stanza: salt is not 16 bytes")
            factor = stanza.args[1]
            if not _DECIMAL_RE.fullmatch(factor):
                raise AgeHeaderError("invalid scrypt stanza: malformed work factor")
            if len(factor) > 3 or int(factor) > self.max_work_factor:
                raise AgeHeaderError(
                    "scrypt work factor is higher than the limit "
                    f"{self.max_work_factor}",
                    hint="the file demands an unusually expensive passphrase check; if you "
                         "trust it, raise max_work_factor")
            if len(stanza.body) != _WRAPPED_KEY_SIZE:
                raise AgeHeaderError("invalid scrypt stanza: body is not 32 bytes")
            key = _scrypt_key(self._passphrase, salt, int(factor))
            file_key = _aead_unwrap(key, stanza.body)
            if file_key is not None:
                return file_key
        return None

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_work_factor={self.max_work_factor})"


# --- ML-KEM-768 + X25519 hybrid (post-quantum) -----------------------------------------------
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
        hrp, data = _bech32_decode(s, "recipient")
        if hrp != "age1pq":
            raise AgeKeyError("malformed recipient: not an age1pq1... post-quantum recipient")
        return cls(data)

    def to_string(self) -> str:
        return _bech32.encode("age1pq", self._raw)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        sealed = _HPKE_SUITE.encrypt(file_key, self._pk, info=_PQ_LABEL)
        enc, body = sealed[:_PQ_ENC_SIZE], sealed[_PQ_ENC_SIZE:]
        return [Stanza("mlkem768x25519", (_b64encode(enc),), body)]

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
        hrp, data = _bech32_decode(s, "identity")
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
                enc = _b64decode(stanza.args[0])
            except ValueError:
                raise AgeHeaderError("invalid mlkem768x25519 stanza: malformed enc") from None
            if len(enc) != _PQ_ENC_SIZE:
                raise AgeHeaderError("invalid mlkem768x25519 stanza: enc has the wrong length")
            if len(stanza.body) != _WRAPPED_KEY_SIZE:
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


# --- parsing key strings ---------------------------------------------------------------------
def parse_identity(s: str) -> Identity:
    """Parse any supported secret key string (X25519 or post-quantum hybrid).

    :raises AgeKeyError: malformed or unsupported (e.g. plugin) identity.
    """
    s = s.strip()
    upper = s.upper()
    if upper.startswith("AGE-SECRET-KEY-PQ-1"):
        return MLKEM768X25519Identity.from_string(s)
    if upper.startswith("AGE-SECRET-KEY-1"):
        return X25519Identity.from_string(s)
    if upper.startswith("AGE-PLUGIN-"):
        raise AgeKeyError("age plugin identities are not supported",
                          hint="use an AGE-SECRET-KEY-1... identity")
    raise AgeKeyError("unrecognised identity: expected AGE-SECRET-KEY-1... or "
                      "AGE-SECRET-KEY-PQ-1...")


def parse_recipient(s: str) -> Recipient:
    """Parse any supported recipient string (``age1…`` or ``age1pq1…``).

    :raises AgeKeyError: malformed or unsupported (SSH, plugin, tag) recipient.
    """
    s = s.strip()
    if s.startswith(("ssh-", "ecdsa-")):
        raise AgeKeyError("SSH recipients are not supported",
                          hint="use an age1... recipient from `vault age keygen`")
    if not s.lower().startswith("age1"):
        raise AgeKeyError("unrecognised recipient: expected age1... or age1pq1...")
    hrp, _ = _bech32_decode(s, "recipient")
    if hrp == "age":
        return X25519Recipient.from_string(s)
    if hrp == "age1pq":
        return MLKEM768X25519Recipient.from_string(s)
    raise AgeKeyError("unsupported recipient type (plugin or tag recipient)",
                      hint="use an age1... or age1pq1... recipient")


def _key_lines(text: str) -> list[tuple[int, str]]:
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.strip().startswith("#")]


def parse_identities(text: str) -> list[Identity]:
    """Parse identity-file text: one identity per line; ``#`` comments and blank lines ignored.

    :raises AgeKeyError: a line is not a valid identity (the message gives its line number), or
        the text holds no identity at all.
    """
    identities: list[Identity] = []
    for number, line in _key_lines(text):
        try:
            identities.append(parse_identity(line))
        except AgeKeyError as exc:
            raise AgeKeyError(f"identity file line {number}: {exc.message}",
                              hint=exc.hint) from None
    if not identities:
        raise AgeKeyError("no identities found in the identity file")
    return identities


def parse_recipients(text: str) -> list[Recipient]:
    """Parse recipients-file text (one per line; ``#`` comments and blank lines ignored).

    :raises AgeKeyError: a line is not a valid recipient, or there is none.
    """
    recipients: list[Recipient] = []
    for number, line in _key_lines(text):
        try:
            recipients.append(parse_recipient(line))
        except AgeKeyError as exc:
            raise AgeKeyError(f"recipients file line {number}: {exc.message}",
                              hint=exc.hint) from None
    if not recipients:
        raise AgeKeyError("no recipients found in the recipients file")
    return recipients


# --- header ------------------------------------------------------------------------------------
def _marshal_stanza(stanza: Stanza) -> bytes:
    line = " ".join(("->", stanza.type, *stanza.args)).encode("ascii") + b"\n"
    encoded = _b64encode(stanza.body).encode("ascii")
    body = [encoded[i:i + 64] for i in range(0, len(encoded), 64)]
    if len(encoded) % 64 == 0:
        body.append(b"")  # a body always ends with a short (possibly empty) line
    return line + b"".join(part + b"\n" for part in body)


def _header_mac(file_key: bytes, header_without_mac: bytes) -> bytes:
    mac = hmac.HMAC(_hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(header_without_mac)
    return mac.finalize()


class _Source:
    """A buffered reader over ``src`` that can hand back what it over-read."""

    def __init__(self, src: BinaryIO, prefix: bytes = b"") -> None:
        self.src = src
        self._buf = bytearray(prefix)
        self._eof = False
        self.consumed = 0

    def _more(self) -> bool:
        if self._eof:
            return False
        data = self.src.read(1 << 16)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def readline(self) -> bytes:
        """One header line including its LF; raises AgeHeaderError without one."""
        start = 0
        while True:
            nl = self._buf.find(b"\n", start)
            if nl >= 0:
                line = bytes(self._buf[:nl + 1])
                del self._buf[:nl + 1]
                self.consumed += len(line)
                if self.consumed > _MAX_HEADER:
                    raise AgeHeaderError("age header is too large")
                return line
            start = len(self._buf)
            if start > _MAX_HEADER_LINE:
                raise AgeHeaderError("age header line is too long")
            if not self._more():
                raise AgeHeaderError("age header is truncated")

    def read_exact(self, n: int) -> bytes | None:
        while len(self._buf) < n and self._more():
            pass
        if len(self._buf) < n:
            return None
        data = bytes(self._buf[:n])
        del self._buf[:n]
        return data

    def peek(self, n: int) -> bytes:
        while len(self._buf) < n and self._more():
            pass
        return bytes(self._buf[:n])

    def take_buffer(self) -> bytes:
        data = bytes(self._buf)
        self._buf.clear()
        return data


@dataclass(frozen=True)
class _Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    #: the header bytes the MAC covers: from the start through "---"
    authenticated: bytes


def _parse_header(source: _Source) -> _Header:
    """Parse the textual header strictly (C2SP age ABNF); AgeHeaderError on any deviation."""
    raw = bytearray()
    intro = source.readline()
    if intro != _INTRO:
        if intro.startswith(b"age-encryption.org/"):
            raise AgeHeaderError("unsupported age format version",
                                 hint="this file needs a newer age implementation")
        raise AgeHeaderError("not an age file: bad first line")
    raw += intro
    stanzas: list[Stanza] = []
    while True:
        line = source.readline()
        if line.startswith(b"---"):
            parts = line[:-1].split(b" ")
            if parts[0] != b"---" or len(parts) != 2 or not stanzas:
                raise AgeHeaderError("malformed header end line")
            try:
                mac = _b64decode(parts[1])
            except ValueError:
                raise AgeHeaderError("malformed header MAC") from None
            if len(mac) != 32:
                raise AgeHeaderError("malformed header MAC: wrong length")
            raw += b"---"
            return _Header(tuple(stanzas), mac, bytes(raw))
        if not line.startswith(b"->"):
            raise AgeHeaderError("malformed header: unexpected line")
        raw += line
        parts = line[:-1].split(b" ")
        if parts[0] != b"->" or len(parts) < 2:
            raise AgeHeaderError("malformed stanza: missing type")
        if not all(_ARG_RE.fullmatch(arg) for arg in parts[1:]):
            raise AgeHeaderError("malformed stanza: invalid argument")
        body = bytearray()
        while True:
            line = source.readline()
            raw += line
            try:
                chunk = _b64decode(line[:-1])
            except ValueError:
                raise AgeHeaderError("malformed stanza body") from None
            if len(chunk) > 48:
                raise AgeHeaderError("malformed stanza body: line too long")
            body += chunk
            if len(chunk) < 48:
                break
        args = tuple(arg.decode("ascii") for arg in parts[1:])
        stanzas.append(Stanza(args[0], args[1:], bytes(body)))


# --- encrypt / decrypt -----------------------------------------------------------------------
def _check_labels(recipients: Sequence[Recipient]) -> None:
    """Go's rule: all recipients must carry the same labels (scrypt alone, PQ with PQ only)."""
    labels = {frozenset(getattr(r, "labels", frozenset())) for r in recipients}
    if len(labels) > 1:
        if any(isinstance(r, ScryptRecipient) for r in recipients):
            raise InputError("a passphrase (scrypt) recipient must be the only recipient",
                             hint="encrypt either to a passphrase or to recipients, not both")
        raise InputError("post-quantum recipients can't be mixed with classic ones",
                         hint="use only age1pq1... recipients, or only age1... recipients")


def encrypt(src: BinaryIO, dst: BinaryIO, recipients: Sequence[Recipient], *,
            armor: bool = False) -> None:
    """Encrypt everything read from ``src`` to ``recipients``, writing the age file to ``dst``.

    Streams in 64 KiB chunks with constant memory. ``dst`` is not closed. ``src`` and ``dst``
    are only called from the calling thread; as in :mod:`io`, ``dst.write`` may receive a
    memoryview of a buffer that is reused once it returns, so a sink must copy what it keeps.

    :param armor: write the ASCII-armored (PEM) form instead of binary.
    :raises InputError: no recipients, or recipients that can't be combined.
    """
    recipients = list(recipients)
    if not recipients:
        raise InputError("no recipients given", hint="pass at least one recipient")
    _check_labels(recipients)
    file_key = os.urandom(FILE_KEY_SIZE)
    header = bytearray(_INTRO)
    for recipient in recipients:
        for stanza in recipient.wrap(file_key):
            header += _marshal_stanza(stanza)
    header += b"---"
    mac = _header_mac(file_key, bytes(header))
    header += b" " + _b64encode(mac).encode("ascii") + b"\n"
    nonce = os.urandom(STREAM_NONCE_SIZE)
    payload_key = _hkdf(file_key, nonce, b"payload")
    if armor:
        writer = _age_armor.ArmorWriter(dst)
        writer.write(bytes(header) + nonce)
        _age_stream.seal(payload_key, src, cast(BinaryIO, writer))
        writer.close()
    else:
        dst.write(bytes(header) + nonce)
        _age_stream.seal(payload_key, src, dst)


def decrypt(src: BinaryIO, dst: BinaryIO, identities: Sequence[Identity]) -> None:
    """Decrypt the age file read from ``src`` (binary or armored) into ``dst``.

    Each 64 KiB chunk is written only after it authenticates. ``dst`` is not closed. As for
    :func:`encrypt`, ``dst.write`` may get a memoryview of a reused buffer (copy to keep).

    :raises AgeArmorError: the armor is malformed.
    :raises AgeHeaderError: the header is malformed (or a stanza for one of our key types).
    :raises AgeNoIdentityMatch: no identity or passphrase fits (or none was given).
    :raises AgeHeaderMACError: the header was modified.
    :raises AgePayloadError: the payload is damaged or truncated; the chunks that verified
        before the damage have been written to ``dst``.
    """
    identities = list(identities)
    source = _Source(src)
    if _age_armor.looks_armored(source.peek(len(_age_armor.BEGIN))):
        unarmored = _age_armor.ArmorReader(cast(BinaryIO, _Prefixed(source.take_buffer(), src)))
        source = _Source(cast(BinaryIO, unarmored))
    header = _parse_header(source)
    if any(s.type == "scrypt" for s in header.stanzas) and len(header.stanzas) != 1:
        raise AgeHeaderError("an scrypt stanza must be the only stanza in the header")
    if not identities:  # checked after parsing, so a malformed file is reported as such
        raise AgeNoIdentityMatch("no identities given", hint="pass at least one identity")
    file_key = None
    for identity in identities:
        file_key = identity.unwrap(header.stanzas)
        if file_key is not None:
            break
    if file_key is None:
        raise AgeNoIdentityMatch("no identity matched any of the file's recipients")
    mac = hmac.HMAC(_hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(header.authenticated)
    try:
        mac.verify(header.mac)
    except InvalidSignature:
        raise AgeHeaderMACError("age header MAC does not verify") from None
    nonce = source.read_exact(STREAM_NONCE_SIZE)
    if nonce is None:
        raise AgeHeaderError("age file is truncated: missing payload nonce")
    payload_key = _hkdf(file_key, nonce, b"payload")
    # the payload continues in source.src: the armor reader or the caller's stream
    _age_stream.open_stream(payload_key, source.src, dst, prefix=source.take_buffer())


class _Prefixed(io.RawIOBase):
    """``prefix`` followed by the rest of ``src``: undoes the read done to sniff for armor."""

    def __init__(self, prefix: bytes, src: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._src = src

    def readable(self) -> bool:
        return True

    def readinto(self, buf: memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buf), len(self._prefix))
            buf[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._src.read(len(buf))
        buf[:len(data)] = data
        return len(data)


def encrypt_bytes(data: bytes, recipients: Sequence[Recipient], *, armor: bool = False) -> bytes:
    """Encrypt ``data`` in memory; see :func:`encrypt`."""
    out = io.BytesIO()
    encrypt(io.BytesIO(data), out, recipients, armor=armor)
    return out.getvalue()


def decrypt_bytes(data: bytes, identities: Sequence[Identity]) -> bytes:
    """Decrypt an age file held in memory; see :func:`decrypt`.

    All or nothing: on any error no plaintext is returned.
    """
    out = io.BytesIO()
    decrypt(io.BytesIO(data), out, identities)
    return out.getvalue()


def is_age_file(prefix: bytes) -> bool:
    """True if ``prefix`` (the first bytes of a file) looks like an age file, binary or armored.

    A sniffing aid (e.g. to tell an encrypted identity file from a plain one), not a check.
    """
    return (prefix.startswith(b"age-encryption.org/")
            or prefix.lstrip(b" \t\r\n").startswith(_age_armor.BEGIN))
