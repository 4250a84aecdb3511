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

Layout: this module is the API (:func:`encrypt`, :func:`decrypt` and the key types); one module
per key type (:mod:`~vault.age.x25519`, :mod:`~vault.age.scrypt`, :mod:`~vault.age.pq`);
private ones for the header (``_header``), the STREAM payload cipher (``_stream``), ASCII
armor (``_armor``), Bech32 (``_bech32``), what the key types share (``_stanza``) and key
strings (``_keys``). The package imports nothing from vault but :mod:`vault.errors`, so it can
be lifted out whole.

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

import io
import os
from collections.abc import Sequence
from typing import BinaryIO, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac

from vault.age import _armor, _stream
from vault.age._header import INTRO, Source, header_mac, marshal_stanza, parse_header
from vault.age._keys import parse_identities, parse_identity, parse_recipient, parse_recipients
from vault.age._stanza import FILE_KEY_SIZE, Identity, Recipient, Stanza, b64encode, hkdf
from vault.age.pq import MLKEM768X25519Identity, MLKEM768X25519Recipient
from vault.age.scrypt import DEFAULT_MAX_WORK_FACTOR, ScryptIdentity, ScryptRecipient
from vault.age.x25519 import X25519Identity, X25519Recipient
from vault.errors import AgeHeaderError, AgeHeaderMACError, AgeNoIdentityMatch, InputError

__all__ = [
    "DEFAULT_MAX_WORK_FACTOR",
    "FILE_KEY_SIZE",
    "STREAM_NONCE_SIZE",
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

STREAM_NONCE_SIZE = 16


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
    header = bytearray(INTRO)
    for recipient in recipients:
        for stanza in recipient.wrap(file_key):
            header += marshal_stanza(stanza)
    header += b"---"
    mac = header_mac(file_key, bytes(header))
    header += b" " + b64encode(mac).encode("ascii") + b"\n"
    nonce = os.urandom(STREAM_NONCE_SIZE)
    payload_key = hkdf(file_key, nonce, b"payload")
    if armor:
        writer = _armor.ArmorWriter(dst)
        writer.write(bytes(header) + nonce)
        _stream.seal(payload_key, src, cast(BinaryIO, writer))
        writer.close()
    elif isinstance(src, io.BytesIO) and len(src.getbuffer()) - src.tell() <= _stream.CHUNK:
        # a small in-memory payload (a wrapped key, a sealed document): one final chunk
        dst.write(bytes(header) + nonce + _stream.seal_one_chunk(payload_key, src.read()))
    else:
        dst.write(bytes(header) + nonce)
        _stream.seal(payload_key, src, dst)


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
    source = Source(src)
    if _armor.looks_armored(source.peek(len(_armor.BEGIN))):
        unarmored = _armor.ArmorReader(cast(BinaryIO, _Prefixed(source.take_buffer(), src)))
        source = Source(cast(BinaryIO, unarmored))
    header = parse_header(source)
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
    mac = hmac.HMAC(hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(header.authenticated)
    try:
        mac.verify(header.mac)
    except InvalidSignature:
        raise AgeHeaderMACError("age header MAC does not verify") from None
    nonce = source.read_exact(STREAM_NONCE_SIZE)
    if nonce is None:
        raise AgeHeaderError("age file is truncated: missing payload nonce")
    payload_key = hkdf(file_key, nonce, b"payload")
    # the payload continues in source.src: the armor reader or the caller's stream
    _stream.open_stream(payload_key, source.src, dst, prefix=source.take_buffer())


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
            or prefix.lstrip(b" \t\r\n").startswith(_armor.BEGIN))
