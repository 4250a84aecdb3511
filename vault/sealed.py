"""Small JSON documents sealed to the vault's ``register`` class key, kept in the catalog.

The participant register (names, contact details) and the code map of every closed code
epoch are sealed this way, so that a custodian can open them and nobody else can, and so that
they are rewritten in the same catalog transaction as the rows that refer to them::

    key_id, blob = seal(vault, tx, {"epoch": 3, "codes": {...}})
    unseal(vault.custody(), key_id, blob)      # -> the document
"""
from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from vault import age
from vault.keys import class_recipient

if TYPE_CHECKING:
    from vault.keys import Custody
    from vault.store import Vault

__all__ = ["REGISTER_CLASS", "REGISTER_PERIOD", "seal", "unseal"]

#: the class key (data class, period) the register and the sealed code history are encrypted to
REGISTER_CLASS = "register"
REGISTER_PERIOD = "register"


def seal(vault: Vault, tx: sqlite3.Connection, payload: Any) -> tuple[str, bytes]:
    """Encrypt ``payload`` (JSON) to the register key, creating the key inside ``tx`` if new.

    :returns: the key id and the age-encrypted document.
    """
    key = class_recipient(vault, tx, REGISTER_CLASS, REGISTER_PERIOD)
    data = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
    return key.id, age.encrypt_bytes(data, [key.recipient])


def unseal(custody: Custody, key_id: str, blob: bytes) -> Any:
    """Decrypt a document sealed by :func:`seal`.

    :raises DecryptionFailed: the blob is damaged or not sealed to ``key_id``.
    :raises CustodyError: the custodian cannot open the register key.
    """
    return json.loads(age.decrypt_bytes(bytes(blob), [custody.class_identity(key_id)]))
