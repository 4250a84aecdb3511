"""Passphrase encryption (``-> scrypt`` stanzas): a file encrypted to a passphrase has no
other recipient, and decryption refuses work factors above a limit.
"""
from __future__ import annotations

import os
import re
from collections.abc import Sequence

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from vault.age._stanza import (
    WRAPPED_KEY_SIZE,
    ZERO_NONCE,
    Stanza,
    aead_unwrap,
    b64decode,
    b64encode,
)
from vault.errors import AgeHeaderError, InputError

_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
_SCRYPT_SALT_SIZE = 16
#: the Go reference refuses work factors above 22 (4 GiB of memory, tens of seconds)
DEFAULT_MAX_WORK_FACTOR = 22
_DECIMAL_RE = re.compile(r"[1-9][0-9]*")


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
        body = ChaCha20Poly1305(key).encrypt(ZERO_NONCE, file_key, None)
        return [Stanza("scrypt", (b64encode(salt), str(self.work_factor)), body)]

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
                salt = b64decode(stanza.args[0])
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
            if len(stanza.body) != WRAPPED_KEY_SIZE:
                raise AgeHeaderError("invalid scrypt stanza: body is not 32 bytes")
            key = _scrypt_key(self._passphrase, salt, int(factor))
            file_key = aead_unwrap(key, stanza.body)
            if file_key is not None:
                return file_key
        return None

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_work_factor={self.max_work_factor})"
