"""The hash-chained audit log (DESIGN.md invariant 5).

``audit.log`` holds one JSON object a line: ``seq``, ``time`` (UTC), ``custodian`` (fingerprint),
``action``, ``items`` (internal ids only), ``outcome``, ``details`` (counts, dates, hashes — never
identities or plaintext) and ``prev``, the SHA-256 of the previous line (for the first line, of the
study id). The catalog's ``meta`` table keeps the head: the hash, sequence number and byte size of
the last committed line.

An entry is appended inside the catalog transaction of the change it records; the head moves
when that transaction commits. If the transaction rolls back, or the process dies before commit,
the line describes something that did not happen: a rollback truncates it at once, and after a
crash :meth:`AuditLog.adopt_tail` (run by ``Vault.open``) cuts it off and records that it did.

:func:`AuditLog.verify` recomputes the chain and compares it with the head, so an edited,
reordered, deleted, inserted or truncated entry is detected.
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.errors import AuditError, StoreError

if TYPE_CHECKING:
    from vault.store import Vault


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    time: str
    custodian: str
    action: str
    items: tuple[str, ...]
    outcome: str
    details: dict[str, Any] = field(default_factory=dict)
    prev: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "time": self.time, "custodian": self.custodian,
                "action": self.action, "items": list(self.items), "outcome": self.outcome,
                "details": self.details, "prev": self.prev}


@dataclass(frozen=True)
class AuditReport:
    """Result of a successful :meth:`AuditLog.verify`."""

    entries: int
    head: str


def _line_hash(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def _encode(entry: dict[str, Any]) -> bytes:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


class AuditLog:
    """The audit log of one vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._pending_offset: int | None = None

    @property
    def genesis(self) -> str:
        return hashlib.sha256(f"vault-audit:{self.vault.info.study_id}".encode()).hexdigest()

    def _head(self, db: sqlite3.Connection) -> tuple[str, int, int]:
        rows = dict(db.execute(
            "SELECT key, value FROM meta WHERE key IN ('audit_head', 'audit_seq', 'audit_size')"
        ).fetchall())
        return (rows.get("audit_head", self.genesis), int(rows.get("audit_seq", 0)),
                int(rows.get("audit_size", 0)))

    def append(self, tx: sqlite3.Connection, *, action: str, outcome: str,
               items: Iterable[str] = (), details: dict[str, Any] | None = None,
               custodian: str | None = None) -> str:
        """Append an entry inside the write transaction ``tx``; returns its hash.

        ``details`` must hold counts, dates, ids and hashes only — never identities or text.
        """
        if not tx.in_transaction:
            raise StoreError("audit entries must be appended inside Vault.write()")
        prev, seq, size = self._head(tx)
        who = custodian if custodian is not None else self.vault.custodian_fingerprint()
        entry = {"seq": seq + 1,
                 "time": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
                 .replace("+00:00", "Z"),
                 "custodian": who, "action": action, "items": sorted(items),
                 "outcome": outcome, "details": details or {}, "prev": prev}
        line = _encode(entry)
        fd = os.open(self.vault.audit_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            offset = os.lseek(fd, 0, os.SEEK_END)
            if offset != size:
                raise AuditError(f"{self.vault.audit_path}: size differs from the catalog head",
                                 hint="run `vault audit verify`")
            if self._pending_offset is None:
                self._pending_offset = offset
            pending = memoryview(line + b"\n")
            while pending:  # a short write (a nearly full disk) continues, or raises ENOSPC
                written = os.write(fd, pending)
                if written == 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC),
                                  str(self.vault.audit_path))
                pending = pending[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        head = _line_hash(line)
        tx.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                       [("audit_head", head), ("audit_seq", str(seq + 1)),
                        ("audit_size", str(size + len(line) + 1))])
        return head

    def committed(self) -> None:
        """Called by ``Vault.write`` after COMMIT: the appended lines are now part of history."""
        self._pending_offset = None

    def rolled_back(self) -> None:
        """Called by ``Vault.write`` after ROLLBACK: cut the lines the transaction appended."""
        if self._pending_offset is not None:
            os.truncate(self.vault.audit_path, self._pending_offset)
            self._pending_offset = None

    def adopt_tail(self) -> None:
        """After a crash: cut lines written past the committed head, and record that we did.

        Only a tail that follows an intact head is cut; anything else is left for
        :meth:`verify` to report.
        """
        path = self.vault.audit_path
        if not path.exists():
            return
        _, _seq, size = self._head(self.vault.db)
        actual = path.stat().st_size
        if actual <= size:
            return
        with path.open("rb") as fh:
            data = fh.read()
        if size and not data[:size].endswith(b"\n"):
            return
        tail = data[size:]
        self._pending_offset = None
        os.truncate(path, size)
        with self.vault.write() as tx:
            self.append(tx, action="audit.tail-discarded", outcome="ok", custodian="-",
                        details={"lines": tail.count(b"\n") or 1,
                                 "sha256": hashlib.sha256(tail).hexdigest(),
                                 "reason": "written by a command that did not commit"})

    def entries(self) -> list[AuditEntry]:
        """Parse every line (no chain check; see :meth:`verify`)."""
        out = []
        for raw in self.vault.audit_path.read_bytes().splitlines():
            obj = json.loads(raw)
            out.append(AuditEntry(seq=obj["seq"], time=obj["time"], custodian=obj["custodian"],
                                  action=obj["action"], items=tuple(obj["items"]),
                                  outcome=obj["outcome"], details=obj.get("details", {}),
                                  prev=obj["prev"]))
        return out

    def verify(self) -> AuditReport:
        """Recompute the chain and compare it with the catalog head.

        :raises AuditError: naming the first bad line.
        """
        path = self.vault.audit_path
        if not path.exists():
            raise AuditError(f"{path}: missing")
        data = path.read_bytes()
        head, seq, _size = self._head(self.vault.db)
        prev = self.genesis
        if data and not data.endswith(b"\n"):
            raise AuditError(f"{path}: last entry is truncated")
        lines = data.splitlines()
        for number, line in enumerate(lines, start=1):
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise AuditError(f"{path}: line {number} is not a valid entry") from exc
            if not isinstance(obj, dict) or _encode(obj) != line:
                raise AuditError(f"{path}: line {number} is not in canonical form (edited)")
            if obj.get("prev") != prev:
                raise AuditError(f"{path}: line {number} does not chain to the line before "
                                 "(edited, reordered, inserted or deleted entry)")
            if obj.get("seq") != number:
                raise AuditError(f"{path}: line {number} has sequence number {obj.get('seq')}")
            prev = _line_hash(line)
        if len(lines) != seq or prev != head:
            raise AuditError(f"{path}: has {len(lines)} entries but the catalog head records "
                             f"{seq} (entries deleted, truncated or appended)")
        return AuditReport(entries=len(lines), head=head)
