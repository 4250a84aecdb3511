"""The signed, hash-chained audit log (DESIGN.md invariant 5).

``audit.log`` holds one JSON object a line: ``seq``, ``time`` (UTC), ``custodian``
(fingerprint), ``action``, ``items`` (internal ids only), ``outcome``, ``details`` (counts, dates,
hashes — never identities or plaintext), ``prev`` (SHA-256 of the previous line; for the first
line, of the study id) and, from the entry that created the vault's signing key on, ``sig``: the
note-style signature (4-byte key id || Ed25519) of ``vault-audit-entry/v1\\n`` followed by the
canonical JSON of the entry without ``sig``. Editing any signed entry therefore needs a
custodian's key, and so does rewriting the chain after it. Truncation and rollback are caught by
checkpoints (:mod:`vault.tlog`): signed notes of the log's size and Merkle root that leave the
vault (:meth:`AuditLog.checkpoint`, certificates, release manifests, the steward's files).

**The signing rule.** Every entry after the key's creation is signed, so every process that
appends is a custodian's: it unlocks the custodian identity (keyring, identity file,
``VAULT_IDENTITY_FILE`` for scheduled jobs) and unwraps the signing key, as it unwraps class
keys. Only ``vault.init`` (before any custodian) is unsigned. A vault made before entries were
signed gets its key on the first entry a custodian writes (an ``audit.signing-key`` entry,
signed by it); every entry from there on is signed.

**Pending lines: audit.log never holds an uncommitted line.** :meth:`AuditLog.append` writes the
entry's line into the catalog table ``audit_pending`` inside the change's own transaction and
moves the catalog's head (``meta``: ``audit_head``, ``audit_seq``, ``audit_size``). After COMMIT,
:meth:`AuditLog.committed` appends the pending lines to ``audit.log`` and deletes them from the
table; a crash before that is
completed by recovery (:meth:`AuditLog.recover`), which appends exactly the missing bytes of
committed lines and never removes one. So any bytes past the catalog's head are not ours: a
catalog restored from an older backup (the log is ahead, its tail signed), or tampering. Such a
*divergence* is reported (:class:`Divergence`), writes are refused, and nothing is cut:
``vault audit reconcile`` (:mod:`vault.reconcile`) adopts a verified, signed tail and moves
anything else to a side file in ``audit.quarantine/``.

:meth:`AuditLog.verify` is read-only: it recomputes the chain over the committed lines (the file,
plus pending lines not yet in it), checks every signature and the catalog head, reports a tail
past the head, and with a checkpoint proves the log extends it. It never runs recovery and
never writes a byte.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import errno
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.clock import utc_now
from vault.errors import AuditError, InputError, StorageFull, StoreError, VaultError
from vault.keys import SIGNING_CLASS, catalog_verifier, create_signing_key
from vault.signed_note import NoteSigner, NoteVerifier, open_note
from vault.system_errors import os_error
from vault.tlog import Checkpoint, merkle_root

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["ENTRY_CONTEXT", "AuditEntry", "AuditLog", "AuditReport", "Divergence", "LogState",
           "read_checkpoint"]

#: what an entry's signature covers, before the entry's canonical JSON without ``sig``
ENTRY_CONTEXT = b"vault-audit-entry/v1\n"
#: actions whose entries may hold the field ``details.signing_key`` (the key's creation)
_KEY_CREATION = ("custodian.init", "audit.signing-key")

_REFUSE_HINT = ("nothing was changed; run `vault audit verify` to see what differs, then "
                "`vault audit reconcile` (see README, 'Audit')")


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
    #: base64 signature (empty for entries made before the vault had a signing key)
    sig: str = ""

    def to_json(self) -> dict[str, Any]:
        out = {"seq": self.seq, "time": self.time, "custodian": self.custodian,
               "action": self.action, "items": list(self.items), "outcome": self.outcome,
               "details": self.details, "prev": self.prev}
        if self.sig:
            out["sig"] = self.sig
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> AuditEntry:
        return cls(seq=obj["seq"], time=obj["time"], custodian=obj["custodian"],
                   action=obj["action"], items=tuple(obj["items"]), outcome=obj["outcome"],
                   details=obj.get("details", {}), prev=obj["prev"], sig=obj.get("sig", ""))


@dataclass(frozen=True)
class AuditReport:
    """Result of a successful :meth:`AuditLog.verify`."""

    entries: int
    head: str
    #: the verifier key the signatures were checked with (``None``: no signing key yet)
    key: str | None = None
    #: sequence number of the first signed entry (the signing key's creation)
    signed_from: int | None = None
    #: committed entries still waiting in the catalog to be appended to audit.log
    pending: int = 0
    #: the checkpoint the log was proved to extend
    checkpoint: Checkpoint | None = None


@dataclass(frozen=True)
class Divergence:
    """audit.log and the catalog disagree about where the log ends."""

    #: the catalog's last entry (its head)
    catalog_seq: int
    #: "tail": bytes past the catalog's head; "missing": committed entries gone from the file
    kind: str
    #: complete lines past the head (kind "tail")
    tail_lines: int = 0
    #: how many of those verify as signed entries continuing the catalog's head
    verified: int = 0
    #: bytes past the head
    tail_bytes: int = 0
    #: entries the file lacks (kind "missing")
    missing_from: int = 0
    #: object files the catalog does not list but the log's tail records
    objects_ahead: tuple[str, ...] = ()

    def message(self) -> str:
        if self.kind == "missing":
            return (f"audit.log lacks committed entries from sequence number "
                    f"{self.missing_from} on (the catalog's head is entry {self.catalog_seq}): "
                    "audit.log was truncated or replaced by an older copy")
        first = self.catalog_seq + 1
        what = (f"{self.tail_lines} entr{'y' if self.tail_lines == 1 else 'ies'} past the "
                f"catalog's head (first not in the catalog: sequence number {first})")
        if self.tail_lines and self.verified == self.tail_lines:
            why = ("all signed by this vault's key: the catalog is older than the log "
                   "(restored from a backup?)")
        elif self.verified:
            why = (f"the first {self.verified} signed by this vault's key, the rest not "
                   "(junk or tampering after them)")
        else:
            why = "not signed entries of this vault (junk or tampering)"
        objects = (f"; {len(self.objects_ahead)} object file(s) not in the catalog are "
                   "recorded in it as committed" if self.objects_ahead else "")
        return f"audit.log holds {what}, {why}{objects}"

    def hint(self) -> str:
        if self.kind == "missing":
            return ("restore audit.log from a backup that holds those entries; nothing was "
                    "changed (`vault audit verify` shows the details)")
        return _REFUSE_HINT


@dataclass(frozen=True)
class LogState:
    """audit.log read against the catalog: the committed lines, and anything past them."""

    #: every committed line (without newline): the file's, then pending ones not yet in it
    lines: tuple[bytes, ...]
    #: the catalog head: hash, sequence number, byte size of the committed log
    head: str
    seq: int
    size: int
    #: pending rows (seq, offset, line) the catalog holds
    pending: tuple[tuple[int, int, bytes], ...]
    #: bytes in audit.log that are not committed content (past the head), and where they start
    tail: bytes = b""
    tail_start: int = 0
    #: the file lacks committed bytes that no pending row can restore
    missing: bool = False
    #: the file's last line has no newline and is not a committed line being written
    truncated_line: bool = False
    #: committed lines the catalog holds that audit.log does not have yet
    unflushed: int = 0
    #: the catalog's end of log falls inside a line of the file (the file was rewritten)
    misaligned: bool = False


def _line_hash(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def _encode(entry: dict[str, Any]) -> bytes:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _signed_message(obj: dict[str, Any]) -> bytes:
    return ENTRY_CONTEXT + _encode({k: v for k, v in obj.items() if k != "sig"})


def _creation_seq(lines: Sequence[bytes], verifier: NoteVerifier | None) -> int | None:
    """The sequence number of the entry recording the creation of ``verifier``'s key."""
    if verifier is None:
        return None
    for number, line in enumerate(lines, start=1):
        if b'"signing_key"' not in line:
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        details = obj.get("details") if isinstance(obj, dict) else None
        if (obj.get("action") in _KEY_CREATION and isinstance(details, dict)
                and details.get("signing_key") == verifier.vkey):
            return number
    return None


def read_checkpoint(data: bytes) -> str:
    """The signed-note text of a checkpoint file, or of the ``audit_checkpoint`` field of a
    disposition certificate or release manifest (JSON).

    :raises InputError: neither.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("checkpoint file is not UTF-8 text") from exc
    if text.lstrip().startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError("checkpoint file is JSON but unreadable") from exc
        note = obj.get("audit_checkpoint") if isinstance(obj, dict) else None
        if not isinstance(note, str):
            raise InputError("this JSON file holds no audit_checkpoint",
                             hint="pass a checkpoint file, a certificate or a manifest.json")
        return note
    return text


class AuditLog:
    """The audit log of one vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        #: set by :meth:`recover` when audit.log and the catalog disagree; writes are refused
        self.divergence: Divergence | None = None
        #: the current write transaction has checked (and completed) the file
        self._prepared = False
        #: set by ``vault audit reconcile`` while it resolves :attr:`divergence`
        self.reconciling = False
        #: the vkey of a signing key this transaction created (written to vault.toml on commit)
        self._new_key: str | None = None

    @property
    def genesis(self) -> str:
        return hashlib.sha256(f"vault-audit:{self.vault.info.study_id}".encode()).hexdigest()

    def _head(self, db: sqlite3.Connection) -> tuple[str, int, int]:
        rows = dict(db.execute(
            "SELECT key, value FROM meta WHERE key IN ('audit_head', 'audit_seq', 'audit_size')"
        ).fetchall())
        return (rows.get("audit_head", self.genesis), int(rows.get("audit_seq", 0)),
                int(rows.get("audit_size", 0)))

    @staticmethod
    def _pending(db: sqlite3.Connection) -> tuple[tuple[int, int, bytes], ...]:
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                      "AND name = 'audit_pending'").fetchone() is None:
            return ()  # a catalog from before pending lines, opened read-only (unmigrated)
        rows = db.execute("SELECT seq, offset, line FROM audit_pending ORDER BY seq")
        return tuple((int(r[0]), int(r[1]), bytes(r[2])) for r in rows)

    # -- state ------------------------------------------------------------------------------
    def state(self, db: sqlite3.Connection | None = None, *, full: bool = True) -> LogState:
        """Read audit.log against the catalog ``db`` (default: the vault's).

        :param full: also split the committed lines (verification); otherwise read only the
            part of the file past the last flushed line (what a write needs to check).
        """
        db = db if db is not None else self.vault.db
        head, seq, size = self._head(db)
        pending = self._pending(db)
        flushed_end = pending[0][1] if pending else size
        path = self.vault.audit_path
        try:
            with path.open("rb") as fh:
                file_size = os.fstat(fh.fileno()).st_size
                start = 0 if full else max(0, min(flushed_end, file_size))
                fh.seek(start)
                data = fh.read()
        except FileNotFoundError:  # a deleted log lacks every committed entry
            file_size, start, data = 0, 0, b""
        missing = file_size < flushed_end
        flushed = data[:flushed_end - start] if not missing else data
        lines: list[bytes] = []
        truncated_line = False
        misaligned = False
        if full:
            body = flushed
            if body and not body.endswith(b"\n"):
                if missing or len(data) == flushed_end:
                    truncated_line = True
                    body = body[:body.rfind(b"\n") + 1]
                else:  # the catalog's boundary falls inside a line: the file was rewritten
                    misaligned = True
                    body = data[:data.rfind(b"\n") + 1]
            lines = body.splitlines()
        committed = b"".join(p[2] + b"\n" for p in pending)
        after = data[flushed_end - start:] if not missing else b""
        tail, tail_start = b"", size
        if not missing and not misaligned:
            if after == committed or committed.startswith(after):
                pass
            elif after.startswith(committed):
                tail, tail_start = after[len(committed):], flushed_end + len(committed)
            else:  # other bytes where committed lines must go
                tail, tail_start = after, flushed_end
        lines += [p[2] for p in pending]
        unflushed = sum(1 for p in pending if p[1] + len(p[2]) + 1 > file_size)
        return LogState(lines=tuple(lines), head=head, seq=seq, size=size, pending=pending,
                        tail=tail, tail_start=tail_start, missing=missing,
                        truncated_line=truncated_line, unflushed=unflushed,
                        misaligned=misaligned)

    # -- keys ---------------------------------------------------------------------------------
    def verifier(self, key: str | None = None,
                 db: sqlite3.Connection | None = None) -> NoteVerifier | None:
        """The key entries and checkpoints must be signed with.

        ``vault.toml`` and the catalog must agree; a ``key`` given by the caller (from the
        steward's records) must be the vault's.

        :raises AuditError: the recorded keys disagree, or differ from ``key``.
        """
        db = db if db is not None else self.vault.db
        toml = self.vault.info.signing_key
        catalog = catalog_verifier(db)
        if toml and catalog and toml != catalog.vkey:
            raise AuditError("vault.toml and the catalog name different signing keys",
                             hint="one of them was replaced; check with --key VKEY from "
                                  "your records")
        recorded = NoteVerifier.from_vkey(toml) if toml else catalog
        if key is None:
            return recorded
        given = NoteVerifier.from_vkey(key)
        if recorded is not None and recorded.vkey != given.vkey:
            raise AuditError("this vault's signing key is not the key you gave "
                             f"(the vault names {recorded.label})",
                             hint="the key was replaced, or you hold the key of another vault")
        return given

    def _signer(self, tx: sqlite3.Connection) -> NoteSigner | None:
        """The key this transaction's entries are signed with (``None`` before the first
        custodian). A vault made before signing existed gets its key here, on its first
        entry with a custodian: an ``audit.signing-key`` entry records it, signed by it."""
        if tx.execute("SELECT 1 FROM keys WHERE data_class = ? AND state = 'active'",
                      (SIGNING_CLASS,)).fetchone() is not None:
            signer: NoteSigner | None = self.vault.custody().signer()
            return signer
        if tx.execute("SELECT 1 FROM custodians WHERE removed IS NULL").fetchone() is None:
            return None
        custody = self.vault.custody()  # only a custodian may create it
        created = create_signing_key(tx, self.vault.info.study_id)
        self._new_key = created.verifier.vkey
        self._write(tx, created, action="audit.signing-key", outcome="ok", items=(),
                    details={"signing_key": created.verifier.vkey},
                    custodian=custody.fingerprint)
        return created

    # -- writing ------------------------------------------------------------------------------
    def append(self, tx: sqlite3.Connection, *, action: str, outcome: str,
               items: Iterable[str] = (), details: dict[str, Any] | None = None,
               custodian: str | None = None) -> str:
        """Append an entry inside the write transaction ``tx``; returns its hash.

        ``details`` must hold counts, dates, ids and hashes only — never identities or text.
        The line reaches audit.log after ``tx`` commits.

        :raises AuditError: audit.log and the catalog disagree (see :class:`Divergence`).
        :raises CustodyError: the vault has a signing key and no custodian can be unlocked.
        """
        if not tx.in_transaction:
            raise StoreError("audit entries must be appended inside Vault.write()")
        if not self._prepared:
            self._prepare(tx)
        signer = self._signer(tx)
        return self._write(tx, signer, action=action, outcome=outcome, items=items,
                           details=details, custodian=custodian)

    def _write(self, tx: sqlite3.Connection, signer: NoteSigner | None, *, action: str,
               outcome: str, items: Iterable[str], details: dict[str, Any] | None,
               custodian: str | None) -> str:
        prev, seq, size = self._head(tx)
        who = custodian if custodian is not None else self.vault.custodian_fingerprint()
        entry: dict[str, Any] = {
            "seq": seq + 1,
            "time": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
            .replace("+00:00", "Z"),
            "custodian": who, "action": action, "items": sorted(items),
            "outcome": outcome, "details": details or {}, "prev": prev}
        if signer is not None:
            entry["sig"] = base64.b64encode(signer.signature(_signed_message(entry))).decode()
        line = _encode(entry)
        tx.execute("INSERT INTO audit_pending(seq, offset, line) VALUES (?, ?, ?)",
                   (seq + 1, size, line))
        head = _line_hash(line)
        tx.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                       [("audit_head", head), ("audit_seq", str(seq + 1)),
                        ("audit_size", str(size + len(line) + 1))])
        return head

    def _prepare(self, tx: sqlite3.Connection) -> None:
        """Before a transaction's first entry: the file must end where the catalog says (after
        completing committed lines); remove pending rows that are in the file."""
        state = self.state(tx, full=False)
        divergence = self._divergence(state)
        if divergence is not None:
            self.divergence = divergence
            raise AuditError(divergence.message(), hint=divergence.hint())
        self._flush(state)
        tx.execute("DELETE FROM audit_pending")
        self._prepared = True

    def _divergence(self, state: LogState) -> Divergence | None:
        if state.missing:
            path = self.vault.audit_path
            complete = path.read_bytes().count(b"\n") if path.exists() else 0
            return Divergence(catalog_seq=state.seq, kind="missing", missing_from=complete + 1)
        if state.tail:
            return Divergence(catalog_seq=state.seq, kind="tail",
                              tail_lines=state.tail.count(b"\n")
                              + (0 if state.tail.endswith(b"\n") else 1),
                              tail_bytes=len(state.tail))
        return None

    def _flush(self, state: LogState) -> None:
        """Append to audit.log the bytes of committed lines it lacks (idempotent)."""
        if not state.pending:
            return
        path = self.vault.audit_path
        fd = os.open(path, os.O_RDWR | os.O_APPEND)
        try:
            file_size = os.fstat(fd).st_size
            start = state.pending[0][1]
            wanted = b"".join(p[2] + b"\n" for p in state.pending)
            have = file_size - start
            if have < len(wanted):
                rest = memoryview(wanted)[have:]
                while rest:  # a short write (a nearly full disk) continues, or raises ENOSPC
                    written = os.write(fd, rest)
                    if written == 0:
                        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
                    rest = rest[written:]
                os.fsync(fd)
        finally:
            os.close(fd)

    def committed(self) -> None:
        """Called by ``Vault.write`` after COMMIT: append the committed lines to audit.log.

        A failure here (a full disk, a refused file) loses nothing: the lines stay pending in
        the catalog, and the next command's recovery (or write) appends exactly the missing
        bytes; the error says so.

        :raises AuditError: audit.log changed under the lock (the lines stay in the catalog).
        :raises StorageFull: no space left for the lines (they stay in the catalog).
        :raises VaultFileError: the OS refused audit.log (the lines stay in the catalog).
        """
        if not self._prepared:
            return  # the transaction appended nothing
        self._prepared = False
        new_key, self._new_key = self._new_key, None
        state = self.state(full=False)
        if state.tail or state.missing:
            divergence = self._divergence(state)
            assert divergence is not None
            self.divergence = divergence
            raise AuditError("the change was committed and its audit entry is kept in the "
                             f"catalog, but audit.log changed meanwhile: {divergence.message()}",
                             hint=divergence.hint())
        try:
            self._flush(state)
        except OSError as exc:
            raise _kept_pending(exc, self.vault.root, self.vault.audit_path) from exc
        # the lines are in the file now: their catalog copies go (a crash before this is
        # harmless, the next write or recovery finds them in place and removes them)
        self.vault.db.execute("DELETE FROM audit_pending")
        if new_key is not None:  # a key created on this transaction's first entry (recovery
            self.vault.record_signing_key(new_key)  # completes vault.toml if this fails)

    def rolled_back(self) -> None:
        """Called by ``Vault.write`` after ROLLBACK: the transaction's lines went with it."""
        self._prepared = False
        self._new_key = None

    def recover(self) -> bool:
        """Complete committed lines audit.log lacks (under the lock); never removes a byte.

        :returns: False when audit.log and the catalog diverge (:attr:`divergence` says how);
            nothing is written then.
        """
        if not self.vault.audit_path.exists():
            self.divergence = Divergence(catalog_seq=self._head(self.vault.db)[1],
                                         kind="missing", missing_from=1)
            return False
        state = self.state(full=False)
        divergence = self._divergence(state)
        if divergence is not None:
            self.divergence = self.describe(divergence)
            return False
        self.divergence = None
        if state.pending:
            self._flush(state)
            self.vault.db.execute("DELETE FROM audit_pending")
        return True

    # -- reading and verifying -------------------------------------------------------------------
    def entries(self) -> list[AuditEntry]:
        """Every committed entry, parsed (no chain check; see :meth:`verify`)."""
        return [AuditEntry.from_json(json.loads(line)) for line in self.state().lines]

    def recorded_items(self) -> set[str]:
        """Every item id any committed entry, or a line past the catalog's head, names."""
        state = self.state()
        out: set[str] = set()
        for line in [*state.lines, *state.tail.splitlines()]:
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue
            items = obj.get("items") if isinstance(obj, dict) else None
            if isinstance(items, list):
                out.update(i for i in items if isinstance(i, str))
        return out

    def _check_line(self, number: int, line: bytes, prev: str,
                    verifier: NoteVerifier | None, signed: bool) -> dict[str, Any]:
        """One line's form, sequence number, signature and chain link.

        :raises AuditError: naming the line that was changed: when a line does not chain to
            the one before, the one before is named if this line's own signature proves its
            record of it (an unsigned line is edited in place, the next one then breaks).
        """
        path = self.vault.audit_path
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise AuditError(f"{path}: line {number} is not a valid entry") from exc
        if not isinstance(obj, dict) or _encode(obj) != line:
            raise AuditError(f"{path}: line {number} is not in canonical form (edited)")
        if obj.get("seq") != number:
            raise AuditError(f"{path}: line {number} has sequence number {obj.get('seq')} "
                             "(entries deleted, inserted or reordered before it, or the line "
                             "was edited)")
        sig = obj.get("sig")
        if not signed:
            if sig is not None:
                raise AuditError(f"{path}: line {number} is signed before the vault had a "
                                 "signing key (forged)")
            self._check_link(number, obj, prev, proven=False)
            return obj
        if not isinstance(sig, str) or verifier is None:
            raise AuditError(f"{path}: line {number} is not signed (every entry after the "
                             "signing key's creation must be)",
                             hint="it was written or rewritten without a custodian's key")
        try:
            raw = base64.b64decode(sig, validate=True)
        except binascii.Error as exc:
            raise AuditError(f"{path}: line {number} has a malformed signature") from exc
        if raw[:4] != verifier.key_id or not verifier.verify(_signed_message(obj), raw[4:]):
            raise AuditError(f"{path}: line {number}'s signature does not verify with the "
                             "vault's signing key (edited, or re-signed without the key)",
                             hint="the audit log was altered; compare with a backup copy")
        self._check_link(number, obj, prev, proven=True)
        return obj

    def _check_link(self, number: int, obj: dict[str, Any], prev: str, *, proven: bool) -> None:
        """``obj`` (line ``number``) records the hash of the line before it, ``prev``.

        ``proven``: its signature verified, so its record is authentic and a mismatch means
        the line before was edited.
        """
        if obj.get("prev") == prev:
            return
        path = self.vault.audit_path
        if number == 1:
            raise AuditError(f"{path}: line 1 does not start this vault's chain (edited, or "
                             "another vault's log)")
        if proven:
            raise AuditError(f"{path}: line {number - 1} was edited (line {number}, signed, "
                             "records another hash for it)")
        raise AuditError(f"{path}: line {number - 1} or line {number} was edited (line "
                         f"{number} does not chain to line {number - 1})")

    def verify_committed(self, state: LogState, verifier: NoteVerifier | None) -> int | None:
        """Check the committed lines of ``state``: form, chain, signatures, catalog head.

        :returns: the sequence number of the signing key's creation entry, if any.
        :raises AuditError: naming the first problem.
        """
        path = self.vault.audit_path
        signed_from = _creation_seq(state.lines, verifier)
        if verifier is None and any(b'"sig":' in line for line in state.lines):
            raise AuditError(f"{path}: entries are signed, but neither vault.toml nor the "
                             "catalog names the vault's signing key (removed?)",
                             hint="pass --key VKEY from your records")
        prev, signed = self.genesis, False
        for number, line in enumerate(state.lines, start=1):
            signed = signed or number == signed_from
            self._check_line(number, line, prev, verifier, signed)
            prev = _line_hash(line)
        if state.truncated_line and not state.missing:
            raise AuditError(f"{path}: last entry is truncated")
        if verifier is not None and not signed:
            raise AuditError(f"{path}: no entry records the creation of the vault's signing "
                             "key (the log was replaced or rewritten)")
        if state.missing:
            if state.truncated_line:
                raise AuditError(f"{path}: last entry is truncated")
            raise AuditError(f"{path}: has {len(state.lines)} entries but the catalog head "
                             f"records {state.seq}: entries from sequence number "
                             f"{len(state.lines) + 1} on are missing (truncated)",
                             hint="restore audit.log from a backup that holds them")
        if len(state.lines) != state.seq:
            raise AuditError(f"{path}: has {len(state.lines)} entries but the catalog head "
                             f"records {state.seq} (entries deleted, truncated or appended)")
        if prev != state.head:
            raise AuditError(f"{path}: entry {state.seq} differs from the catalog head "
                             "(entries edited and re-hashed)")
        return signed_from

    def verify(self, *, checkpoint: str | None = None, key: str | None = None) -> AuditReport:
        """Check the whole log, read-only: form, chain, signatures, the catalog head, nothing
        past it, and (given a checkpoint note) that the log extends the checkpoint.

        :param checkpoint: a signed checkpoint note (:func:`read_checkpoint` reads one).
        :param key: the vkey to trust (the steward's record); default: the vault's own.
        :raises AuditError: naming the first problem.
        """
        path = self.vault.audit_path
        if not path.exists():
            raise AuditError(f"{path}: missing", hint="restore audit.log from backup")
        db = self.vault.db
        verifier = self.verifier(key, db)
        state = self.state(db)
        signed_from = self.verify_committed(state, verifier)
        if state.tail:
            divergence = self.describe(self._divergence(state), state, verifier)
            raise AuditError(f"{path}: {divergence.message()}", hint=divergence.hint())
        proved = None
        if checkpoint is not None:
            if verifier is None:
                raise AuditError("the vault has no signing key to check the checkpoint with",
                                 hint="pass --key VKEY from your records")
            proved = Checkpoint.parse(open_note(checkpoint, verifier))
            if proved.origin != verifier.name:
                raise AuditError(f"the checkpoint is for log {proved.origin!r}, not this vault's")
            proved.check(state.lines, what=str(path))
        return AuditReport(entries=len(state.lines), head=state.head,
                           key=verifier.vkey if verifier else None, signed_from=signed_from,
                           pending=state.unflushed, checkpoint=proved)

    # -- divergence ----------------------------------------------------------------------------
    def tail_entries(self, state: LogState, verifier: NoteVerifier | None
                     ) -> tuple[list[bytes], bytes]:
        """Split the bytes past the head into lines that verify as signed entries continuing
        the committed log, and the rest (from the first line that does not)."""
        good: list[bytes] = []
        if state.pending and state.tail_start < state.size:
            return good, state.tail  # junk where committed lines belong: nothing continues
        prev = _line_hash(state.lines[-1]) if state.lines else self.genesis
        rest = state.tail
        number = len(state.lines)
        signed = _creation_seq(state.lines, verifier) is not None
        while rest:
            cut = rest.find(b"\n")
            if cut < 0:
                break
            line = rest[:cut]
            try:
                self._check_line(number + 1, line, prev, verifier, signed)
            except AuditError:
                break
            good.append(line)
            prev, number, rest = _line_hash(line), number + 1, rest[cut + 1:]
        return good, rest

    def describe(self, divergence: Divergence | None, state: LogState | None = None,
                 verifier: NoteVerifier | None = None) -> Divergence:
        """Fill in how much of a tail verifies and which object files it records."""
        assert divergence is not None
        if divergence.kind != "tail":
            return divergence
        state = state or self.state()
        if verifier is None:
            try:
                verifier = self.verifier()
            except (AuditError, InputError):
                verifier = None
        good, _rest = self.tail_entries(state, verifier)
        catalogued = {r[0] for r in self.vault.db.execute("SELECT id FROM items")}
        named: set[str] = set()
        for line in good:
            named.update(json.loads(line).get("items", []))
        ahead = tuple(sorted(
            p.stem for p in self.vault.objects_dir.glob("*.age")
            if p.stem in named and p.stem not in catalogued)) \
            if self.vault.objects_dir.is_dir() else ()
        return Divergence(catalog_seq=state.seq, kind="tail",
                          tail_lines=divergence.tail_lines, verified=len(good),
                          tail_bytes=divergence.tail_bytes, objects_ahead=ahead)

    # -- checkpoints ---------------------------------------------------------------------------
    def checkpoint(self) -> str:
        """A signed checkpoint (note) of the committed log, after verifying it.

        :raises AuditError: the vault has no signing key yet, or the log does not verify (a
            log never signs an inconsistent view).
        :raises CustodyError: no unlocked custodian.
        """
        if catalog_verifier(self.vault.db) is None:
            raise AuditError("the vault has no signing key yet",
                             hint="run `vault custodian init` first")
        self.verify()
        signer: NoteSigner | None = self.vault.custody().signer()
        assert signer is not None
        state = self.state()
        point = Checkpoint(origin=signer.name, size=len(state.lines),
                           root=merkle_root(state.lines),
                           head=_line_hash(state.lines[-1]) if state.lines else self.genesis,
                           time=utc_now())
        return signer.sign(point.text())

    def adopt(self, tx: sqlite3.Connection, lines: Sequence[bytes], end: int) -> None:
        """Make verified tail ``lines`` part of the committed log (``vault audit reconcile``):
        the catalog head moves to the last of them, which ends at byte ``end``."""
        if not lines:
            return
        last = json.loads(lines[-1])
        tx.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                       [("audit_head", _line_hash(lines[-1])), ("audit_seq", str(last["seq"])),
                        ("audit_size", str(end))])


def _kept_pending(exc: OSError, root: Path, log: Path) -> VaultError:
    """The error for committed lines that could not be appended to audit.log: what the OS
    refused (a full disk is :class:`StorageFull`, never damage), and that they are kept."""
    cause = os_error(exc, vault_root=root, path=log)
    first = ("free space on that disk" if isinstance(cause, StorageFull)
             else cause.hint.rstrip("."))
    return type(cause)(
        "the change was committed and its audit entry is kept in the catalog, but audit.log "
        f"could not take it: {cause.message}",
        hint=f"{first}; the next vault command appends the entry (nothing is lost; the change "
             "is done, do not repeat it)")
