"""Signed notes (c2sp.org/signed-note) with Ed25519 keys, and their verifier keys (vkeys).

A note is text ending in a newline, a blank line, and signature lines
``— <key name> base64(4-byte key id || signature)``. The key id is the first four bytes of
SHA-256(key name || 0x0A || 0x01 || 32-byte public key), as the spec recommends for Ed25519
(signature type 0x01). A verifier key is written as a *vkey* string, the form Go's
``golang.org/x/mod/sumdb/note`` and the transparency-log tools read::

    <key name>+<key id, 8 hex digits>+base64(0x01 || public key)

The vault signs its audit checkpoints (:mod:`vault.tlog`) as notes::

    signer = NoteSigner("vault/1c0e…", private_key)
    note = signer.sign("vault/1c0e…\\n42\\nq83…=\\n")
    text = open_note(note, NoteVerifier.from_vkey(vkey))     # raises unless signed by vkey

This module knows nothing about vaults; it imports only :mod:`vault.errors` and ``cryptography``.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from vault.errors import AuditError, InputError

__all__ = ["ED25519", "NoteSigner", "NoteVerifier", "key_id", "open_note"]

#: the signature type byte of Ed25519 note signatures
ED25519 = 0x01
_DASH = "\u2014 "
#: a note with more signature lines than this is refused (the spec asks to accept 16)
_MAX_SIGNATURES = 16


def key_id(name: str, public_key: bytes) -> bytes:
    """The 4-byte id of an Ed25519 key named ``name``."""
    return hashlib.sha256(name.encode() + b"\n" + bytes([ED25519]) + public_key).digest()[:4]


def _check_name(name: str) -> str:
    if not name or any(c.isspace() or c == "+" for c in name):
        raise InputError(f"key name {name!r} is empty or holds a space or '+'")
    return name


@dataclass(frozen=True)
class NoteVerifier:
    """An Ed25519 note verifier: key name and public key."""

    name: str
    public_key: bytes

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, self.public_key)

    @property
    def label(self) -> str:
        """``name+keyid``: how messages name the key."""
        return f"{self.name}+{self.key_id.hex()}"

    @property
    def vkey(self) -> str:
        """``name+keyid+base64(0x01 || key)``."""
        data = base64.b64encode(bytes([ED25519]) + self.public_key).decode()
        return f"{self.name}+{self.key_id.hex()}+{data}"

    @classmethod
    def from_vkey(cls, vkey: str) -> NoteVerifier:
        """Parse a vkey string.

        :raises InputError: malformed, not Ed25519, or its key id does not match its key.
        """
        parts = vkey.strip().split("+", 2)
        if len(parts) != 3:
            raise InputError("not a verifier key (NAME+KEYID+KEY)",
                             hint="print the vault's key with `vault audit key`")
        name, hex_id, data = parts
        _check_name(name)
        try:
            raw = base64.b64decode(data, validate=True)
            wanted = bytes.fromhex(hex_id)
        except (binascii.Error, ValueError) as exc:
            raise InputError("not a verifier key (bad key id or key data)") from exc
        if len(raw) != 33 or raw[0] != ED25519 or len(wanted) != 4:
            raise InputError("not an Ed25519 verifier key")
        verifier = cls(name, raw[1:])
        if verifier.key_id != wanted:
            raise InputError("verifier key id does not match its key (altered or mistyped)")
        return verifier

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class NoteSigner:
    """An Ed25519 note signer: key name and private key."""

    name: str
    private_key: Ed25519PrivateKey

    def __post_init__(self) -> None:
        _check_name(self.name)

    @property
    def verifier(self) -> NoteVerifier:
        return NoteVerifier(self.name, self.private_key.public_key().public_bytes_raw())

    def signature(self, message: bytes) -> bytes:
        """``key id || Ed25519 signature`` of ``message`` (the note signature encoding)."""
        return self.verifier.key_id + self.private_key.sign(message)

    def sign(self, text: str) -> str:
        """The signed note of ``text`` (which must end in a newline)."""
        _check_text(text)
        sig = base64.b64encode(self.signature(text.encode())).decode()
        return f"{text}\n{_DASH}{self.name} {sig}\n"


def _check_text(text: str) -> None:
    if not text.endswith("\n") or any(ord(c) < 0x20 and c != "\n" for c in text):
        raise InputError("note text must end in a newline and hold no control characters")


def open_note(note: str, verifier: NoteVerifier) -> str:
    """The text of ``note`` once a signature by ``verifier`` checks out.

    Signatures by other keys are ignored, as the spec asks.

    :raises InputError: not a signed note.
    :raises AuditError: no signature by ``verifier``'s key, or its signature does not verify.
    """
    if not note.endswith("\n"):
        raise InputError("not a signed note (no final newline)")
    split = note.rfind("\n\n")
    if split < 0:
        raise InputError("not a signed note (no blank line before the signatures)")
    text, sig_block = note[:split + 1], note[split + 2:]
    _check_text(text)
    lines = sig_block.splitlines()
    if not lines or len(lines) > _MAX_SIGNATURES:
        raise InputError("not a signed note (no or too many signature lines)")
    found = False
    seen: list[str] = []
    for line in lines:
        if not line.startswith(_DASH):
            raise InputError("not a signed note (bad signature line)")
        name, _, data = line[len(_DASH):].partition(" ")
        try:
            raw = base64.b64decode(data, validate=True)
        except binascii.Error as exc:
            raise InputError("not a signed note (signature is not base64)") from exc
        seen.append(f"{name}+{raw[:4].hex()}")
        if name != verifier.name or raw[:4] != verifier.key_id:
            continue
        found = True
        if not verifier.verify(text.encode(), raw[4:]):
            raise AuditError(f"the note's signature by {verifier.name} does not verify",
                             hint="the note was altered after it was signed")
    if not found:
        raise AuditError(f"the note is not signed by key {verifier.label} (signed by: "
                         f"{', '.join(seen)})",
                         hint="the vault's signing key was replaced, or the note belongs to "
                              "another vault; check with --key VKEY from your records")
    return text
