"""Transparency-log checkpoints over the audit log (c2sp.org/tlog-checkpoint).

A checkpoint is a signed note (:mod:`vault.signed_note`) whose text is ::

    vault/<study id>                          origin (also the signing key's name)
    92                                        tree size: the number of audit entries
    q83vAB…=                                  RFC 6962 Merkle tree hash of the first 92 lines
    head 5d1c…                                extension: SHA-256 of line 92 (the chain head)
    time 2026-03-02T10:15:00Z                 extension: when it was signed (UTC)

The leaves are the audit log's lines without their newline. Whoever holds a checkpoint and the
vault's verifier key can later prove that the log still *extends* it: at least as many entries,
and the same first ``size`` of them (:meth:`Checkpoint.check`). Truncation, rollback to an older
copy and a rewritten (forked) history all fail that check; a log re-signed with another key
fails the signature check first.

Only the standard three lines are read by generic checkpoint tools; ours adds two extension
lines (allowed by the spec, opaque to others).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from vault.errors import AuditError, InputError

__all__ = ["Checkpoint", "merkle_root"]


def _leaf(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def _node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def merkle_root(leaves: Sequence[bytes]) -> bytes:
    """The RFC 6962 Merkle Tree Hash of ``leaves`` (SHA-256; of no leaves: SHA-256 of "")."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    level = [_leaf(x) for x in leaves]
    # bottom-up with the odd node promoted: the same tree as RFC 6962's recursive split
    while len(level) > 1:
        nxt = [_node(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


@dataclass(frozen=True)
class Checkpoint:
    """The text of an audit checkpoint (unsigned; sign it as a note)."""

    origin: str
    size: int
    root: bytes
    #: SHA-256 (hex) of entry ``size``, the hash the next entry's ``prev`` names
    head: str
    #: when it was made (UTC, ISO 8601 with ``Z``)
    time: str

    def text(self) -> str:
        return (f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"
                f"head {self.head}\ntime {self.time}\n")

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        """Read a checkpoint's (verified) note text.

        :raises InputError: not a vault audit checkpoint.
        """
        lines = text.split("\n")
        if len(lines) < 4 or lines[-1] != "" or any(not ln for ln in lines[:-1]):
            raise InputError("not a checkpoint (origin, size and root hash lines)")
        origin, size, root, *ext = lines[:-1]
        extensions = dict(e.partition(" ")[::2] for e in ext)
        try:
            if not size.isdigit() or (size.startswith("0") and size != "0"):
                raise ValueError(size)
            raw = base64.b64decode(root, validate=True)
        except (ValueError, binascii.Error) as exc:
            raise InputError("not a checkpoint (bad size or root hash)") from exc
        if len(raw) != 32 or "head" not in extensions or "time" not in extensions:
            raise InputError("not a vault audit checkpoint (no head or time line)")
        return cls(origin, int(size), raw, extensions["head"], extensions["time"])

    def check(self, lines: Sequence[bytes], *, what: str = "the audit log") -> None:
        """Prove that ``lines`` (the log's entries, without newlines) extend this checkpoint.

        :raises AuditError: fewer entries than the checkpoint (names the first missing
            sequence number), or the first ``size`` entries differ (rollback or fork).
        """
        if len(lines) < self.size:
            raise AuditError(
                f"{what} has {len(lines)} entries but the checkpoint of {self.time} records "
                f"{self.size}: entries from sequence number {len(lines) + 1} on are missing "
                "(truncated or rolled back)",
                hint="restore audit.log from a backup that holds them; report the loss to "
                     "the data protection officer")
        if merkle_root(lines[:self.size]) != self.root:
            changed = (hashlib.sha256(lines[self.size - 1]).hexdigest() != self.head
                       if self.size else False)
            where = (f"entry {self.size} differs" if changed
                     else f"an entry before {self.size} differs")
            raise AuditError(
                f"{what} does not extend the checkpoint of {self.time} ({where}): its history "
                f"up to entry {self.size} was rewritten (fork or rollback)",
                hint="compare with a backup of audit.log; report it to the data protection "
                     "officer")
