"""OpenSSH signatures (``ssh-keygen -Y sign`` / ``-Y verify``, the SSHSIG format) with Ed25519.

Release manifests are signed in this format so that an analyst can check one with a tool they
already have::

    ssh-keygen -Y verify -f allowed_signers -I vault@<study id> -n vault-release \\
        -s manifest.json.sig < manifest.json

The signature blob (OpenSSH's ``PROTOCOL.sshsig``) is ``"SSHSIG" || uint32 1 || string
publickey || string namespace || string reserved || string hash_algorithm || string
signature``; what is signed is ``"SSHSIG" || string namespace || string reserved || string
hash_algorithm || string H(message)``, with SHA-512. It is armored between ``-----BEGIN SSH
SIGNATURE-----`` lines, base64 wrapped at 70 columns as ssh-keygen writes it.

An ``allowed_signers`` line (``principal namespaces="vault-release" ssh-ed25519 AAAA…``) names
the key a verifier trusts. This module imports only :mod:`vault.errors` and ``cryptography``.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from vault.errors import InputError

__all__ = ["RELEASE_NAMESPACE", "SignatureInvalid", "SshSigner", "allowed_signers_line", "fingerprint",
           "parse_allowed_signers",
           "ssh_public_key", "verify"]

#: the namespace vault signs release manifests in (``ssh-keygen -Y verify -n``)
RELEASE_NAMESPACE = "vault-release"

_MAGIC = b"SSHSIG"
_VERSION = 1
_HASH = "sha512"
_KEY_TYPE = b"ssh-ed25519"
_BEGIN = "-----BEGIN SSH SIGNATURE-----"
_END = "-----END SSH SIGNATURE-----"


class SignatureInvalid(InputError):
    """An SSH signature is malformed, for another namespace or key, or does not verify."""

    default_hint = "the signed file was altered, or the signature is not from the expected key"


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise SignatureInvalid("SSH signature is truncated")
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def uint32(self) -> int:
        return int(struct.unpack(">I", self.take(4))[0])

    def string(self) -> bytes:
        return self.take(self.uint32())


def _key_blob(public_key: bytes) -> bytes:
    return _string(_KEY_TYPE) + _string(public_key)


def ssh_public_key(public_key: bytes) -> str:
    """``ssh-ed25519 AAAA…`` for a raw 32-byte Ed25519 public key."""
    return f"{_KEY_TYPE.decode()} {base64.b64encode(_key_blob(public_key)).decode()}"


def fingerprint(public_key: bytes) -> str:
    """The key's fingerprint as ``ssh-keygen -l`` prints it: ``SHA256:<base64, no padding>``."""
    digest = hashlib.sha256(_key_blob(public_key)).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def allowed_signers_line(principal: str, public_key: bytes, namespace: str) -> str:
    """One ``allowed_signers`` line trusting ``public_key`` as ``principal`` for ``namespace``."""
    return f'{principal} namespaces="{namespace}" {ssh_public_key(public_key)}'


def _signed_data(namespace: str, message: bytes) -> bytes:
    return (_MAGIC + _string(namespace.encode()) + _string(b"") + _string(_HASH.encode())
            + _string(hashlib.sha512(message).digest()))


@dataclass(frozen=True)
class SshSigner:
    """Signs data as ``ssh-keygen -Y sign -n NAMESPACE`` does, with an Ed25519 key."""

    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> bytes:
        return self.private_key.public_key().public_bytes_raw()

    def sign(self, message: bytes, namespace: str) -> str:
        """The armored SSH signature of ``message`` in ``namespace``."""
        sig = self.private_key.sign(_signed_data(namespace, message))
        blob = (_MAGIC + struct.pack(">I", _VERSION) + _string(_key_blob(self.public_key))
                + _string(namespace.encode()) + _string(b"") + _string(_HASH.encode())
                + _string(_string(_KEY_TYPE) + _string(sig)))
        text = base64.b64encode(blob).decode()
        lines = [text[i:i + 70] for i in range(0, len(text), 70)]
        return "\n".join([_BEGIN, *lines, _END]) + "\n"


def verify(message: bytes, armored: str, namespace: str) -> bytes:
    """Check an armored SSH signature of ``message`` in ``namespace``.

    :returns: the signer's raw Ed25519 public key (compare it with the one you trust).
    :raises SignatureInvalid: malformed, not Ed25519, another namespace, or it does not verify.
    """
    lines = [ln.strip() for ln in armored.strip().splitlines()]
    if len(lines) < 3 or lines[0] != _BEGIN or lines[-1] != _END:
        raise SignatureInvalid("not an armored SSH signature")
    try:
        blob = base64.b64decode("".join(lines[1:-1]), validate=True)
    except binascii.Error as exc:
        raise SignatureInvalid("SSH signature is not base64") from exc
    r = _Reader(blob)
    if r.take(6) != _MAGIC or r.uint32() != _VERSION:
        raise SignatureInvalid("not an SSHSIG version 1 signature")
    key = _Reader(r.string())
    if key.string() != _KEY_TYPE:
        raise SignatureInvalid("SSH signature is not made with an Ed25519 key")
    public_key = key.string()
    signed_ns, _reserved, hash_alg = r.string().decode(errors="replace"), r.string(), r.string()
    sig = _Reader(r.string())
    if r.pos != len(blob) or sig.string() != _KEY_TYPE:
        raise SignatureInvalid("malformed SSH signature")
    raw_sig = sig.string()
    if signed_ns != namespace:
        raise SignatureInvalid(f"SSH signature is for namespace {signed_ns!r}, not {namespace!r}")
    if hash_alg not in (b"sha512", b"sha256"):
        raise SignatureInvalid("SSH signature uses an unknown hash")
    digest = (hashlib.sha512 if hash_alg == b"sha512" else hashlib.sha256)(message).digest()
    data = (_MAGIC + _string(namespace.encode()) + _string(_reserved) + _string(hash_alg)
            + _string(digest))
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(raw_sig, data)
    except (InvalidSignature, ValueError) as exc:
        raise SignatureInvalid("SSH signature does not verify") from exc
    return public_key


def parse_allowed_signers(text: str, namespace: str) -> dict[bytes, str]:
    """The Ed25519 keys an ``allowed_signers`` text trusts for ``namespace``: key -> principals.

    Lines for other key types, or whose ``namespaces=`` option excludes ``namespace``, are
    skipped.
    """
    out: dict[bytes, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split()
        try:
            at = fields.index(_KEY_TYPE.decode())
            blob = _Reader(base64.b64decode(fields[at + 1], validate=True))
        except (ValueError, IndexError, binascii.Error):
            continue
        options = " ".join(fields[1:at])
        if "namespaces=" in options:
            allowed = options.split("namespaces=", 1)[1].split()[0].strip('"').split(",")
            if namespace not in allowed:
                continue
        try:
            if blob.string() == _KEY_TYPE:
                out[blob.string()] = fields[0]
        except SignatureInvalid:
            continue
    return out
