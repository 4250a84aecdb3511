"""The vault store: a directory with ``vault.toml``, ``catalog.sqlite``, ``objects/``, ``policies/``
and ``audit.log``.

Open a vault with :func:`vault.operations.open_vault` (it imports the module of every journaled
operation, so that :meth:`Vault.open` can recover any of them first) or create one with
:meth:`Vault.init`. Every state change goes through :meth:`Vault.write` (an exclusive file lock plus
an SQLite ``BEGIN IMMEDIATE`` transaction) and, when it spans several steps, through
:meth:`Vault.operation`, which journals it so that a kill at any instant leaves a state the next
command completes or rolls back (DESIGN.md invariant 2)::

    vault = open_vault(path)
    with vault.write() as tx:
        tx.execute("UPDATE ...")
        vault.audit.append(tx, action="event.set", items=[], outcome="ok")

Encrypted objects live in ``objects/<id>.age``; they are written to a temp file in ``objects/``,
fsynced, atomically renamed, and only then committed to the catalog.

Each journaled operation registers its recovery handler next to its code, with
:func:`recovers` (``@recovers("ingest")`` on ``vault.ingest.recover_ingest``); the registry holds
functions, not names.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import sqlite3
import tomllib
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from filelock import FileLock, Timeout

from vault.audit import AuditLog
from vault.catalog_connection import connect_catalog
from vault.clock import utc_now
from vault.errors import AuditError, CustodyError, LockBusy, StoreError, VaultError
from vault.files import DIR_MODE, FILE_MODE, write_private
from vault.keys import Custody, PassphraseProvider, catalog_verifier, env_passphrase
from vault.policies import default_policies_dir

log = logging.getLogger(__name__)

FORMAT_VERSION = 1

#: catalog schema migrations; index i migrates user_version i -> i+1. Append, never edit.
MIGRATIONS: list[str] = [
    # 0 -> 1: the foundation schema
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE custodians (
        fingerprint TEXT PRIMARY KEY, recipient TEXT NOT NULL UNIQUE, label TEXT NOT NULL,
        added TEXT NOT NULL, removed TEXT
    );
    CREATE TABLE keys (
        id TEXT PRIMARY KEY, data_class TEXT NOT NULL, period TEXT NOT NULL,
        recipient TEXT NOT NULL, wrapped BLOB, created TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'destroyed')),
        destroyed TEXT,
        UNIQUE (data_class, period)
    );
    CREATE TABLE participants (
        marker TEXT PRIMARY KEY, created TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'withdrawn')),
        withdrawn TEXT
    );
    CREATE TABLE items (
        id TEXT PRIMARY KEY,
        data_class TEXT NOT NULL,
        participant_marker TEXT REFERENCES participants(marker),
        interview INTEGER,
        original_name BLOB,            -- age-encrypted to the item's class key: names can identify
        size INTEGER NOT NULL,
        created TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('present', 'destroyed')),
        key_id TEXT REFERENCES keys(id),
        keyed_hash TEXT,
        media_format TEXT,
        duration REAL,
        recorded TEXT,
        parent_id TEXT REFERENCES items(id),
        destroyed TEXT,
        certificate TEXT
    );
    CREATE INDEX items_class ON items (data_class, state);
    CREATE INDEX items_participant ON items (participant_marker);
    CREATE UNIQUE INDEX items_hash ON items (data_class, keyed_hash) WHERE state = 'present';
    CREATE TABLE events (name TEXT PRIMARY KEY, date TEXT NOT NULL, set_at TEXT NOT NULL);
    CREATE TABLE holds (
        id TEXT PRIMARY KEY, scope TEXT NOT NULL CHECK (scope IN ('item', 'participant', 'class')),
        target TEXT NOT NULL, reason TEXT NOT NULL, created TEXT NOT NULL, removed TEXT
    );
    -- participants & codes (vault.participants) add their tables here
    CREATE TABLE participant_register (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key_id TEXT NOT NULL REFERENCES keys(id),
        revision INTEGER NOT NULL,
        register BLOB NOT NULL,        -- age-encrypted JSON: marker, name, aliases, email, role
        updated TEXT NOT NULL
    );
    CREATE TABLE code_epochs (
        epoch INTEGER PRIMARY KEY,     -- 0 holds codes imported from a pre-vault register
        opened TEXT NOT NULL,
        closed TEXT,
        scheme TEXT NOT NULL,          -- JSON of the code scheme the epoch's codes follow
        participants INTEGER NOT NULL,
        key_id TEXT REFERENCES keys(id),
        sealed BLOB,                   -- age-encrypted marker->code map, once the epoch is closed
        note BLOB                      -- age-encrypted reason given for the rotation
    );
    CREATE TABLE participant_codes (
        marker TEXT PRIMARY KEY REFERENCES participants(marker),
        code TEXT NOT NULL UNIQUE      -- the current epoch only, overwritten on rotation
    );
    CREATE TABLE code_ledger (
        digest TEXT PRIMARY KEY,       -- keyed hash of every code ever issued or imported
        epoch INTEGER NOT NULL
    );
    -- retention (vault.retention) adds its tables here
    CREATE TABLE retention_pending (
        id TEXT PRIMARY KEY, created TEXT NOT NULL, as_of TEXT NOT NULL,
        policy_sha256 TEXT NOT NULL,
        items TEXT NOT NULL,           -- JSON [[item id, data class, due date], ...]
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'approved', 'superseded')),
        decided TEXT, decided_by TEXT, certificate TEXT
    );
    CREATE TABLE certificates (
        id TEXT PRIMARY KEY, created TEXT NOT NULL, as_of TEXT NOT NULL, sha256 TEXT NOT NULL,
        items INTEGER NOT NULL, keys INTEGER NOT NULL
    );
    CREATE INDEX items_key ON items (key_id, state);
    CREATE INDEX items_due ON items (data_class, state, created);
    CREATE INDEX items_class_marker ON items (data_class, state, participant_marker);
    CREATE INDEX holds_active ON holds (scope, target) WHERE removed IS NULL;
    CREATE TABLE journal (
        id INTEGER PRIMARY KEY AUTOINCREMENT, op TEXT NOT NULL, payload TEXT NOT NULL,
        started TEXT NOT NULL
    );
    """,
    # 1 -> 2: what each release released under which code epoch (vault.linkage): ids and
    # keyed hashes only
    """
    CREATE TABLE released (
        release_id TEXT NOT NULL, epoch INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('dataset', 'row', 'transcript')),
        ref TEXT NOT NULL,             -- an item id, or a keyed hash (never content)
        created TEXT NOT NULL,
        PRIMARY KEY (kind, ref, epoch, release_id)
    );
    CREATE INDEX released_release ON released (release_id);
    """,
    # 2 -> 3: committed audit lines not yet appended to audit.log (vault.audit)
    """
    CREATE TABLE audit_pending (
        seq INTEGER PRIMARY KEY, offset INTEGER NOT NULL, line BLOB NOT NULL
    );
    """,
    # 3 -> 4: the study's own deny and allow lists, added from review (vault.anonymise.
    # study_terms): sealed, since they hold names
    """
    CREATE TABLE redaction_terms (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key_id TEXT NOT NULL REFERENCES keys(id),
        revision INTEGER NOT NULL,
        terms BLOB NOT NULL,           -- age-encrypted JSON: {"deny": {TYPE: [...]}, "allow": [...]}
        updated TEXT NOT NULL
    );
    """,
]

@dataclass(frozen=True)
class Settled:
    """What settling an interrupted operation did, for its audit entry.

    A settle function returns one when it changed something nobody was told about: recovery
    after a kill appends it, signed by the custodian who unlocked (recovery waits for one), in
    the transaction that closes the journal entry. When the operation's own process settles it after an exception, a rollback is not
    audited — the error is what the user sees, and nothing happened — but any other outcome
    (an operation completed by its settle) is.
    """

    action: str
    #: ``rolled-back``, or what the completed operation's entry says (``ok``, ``completed``)
    outcome: str
    items: tuple[str, ...] = ()
    details: Mapping[str, Any] = field(default_factory=dict)

    @property
    def rolled_back(self) -> bool:
        return self.outcome == "rolled-back"


#: the settle function of an operation: completes or rolls back an interrupted one, called as
#: ``handler(vault, payload)`` under the write lock — by :meth:`Vault.recover` after a kill, and
#: by :meth:`Vault.operation` when its block raises. It must be idempotent (a kill may interrupt
#: it too) and return a :class:`Settled` when there is something to audit, else ``None``.
RecoveryHandler = Callable[["Vault", dict[str, Any]], "Settled | None"]

#: journal op name -> its recovery handler, filled by the module that owns each operation when
#: it is imported (:func:`recovers`); :mod:`vault.operations` imports every such module
_RECOVERY_HANDLERS: dict[str, RecoveryHandler] = {}

_H = TypeVar("_H", bound=RecoveryHandler)


def register_recovery(op: str, handler: RecoveryHandler) -> None:
    """Declare how to recover an interrupted ``op`` (see :data:`RecoveryHandler`).

    :raises StoreError: another handler is already registered for ``op``.
    """
    known = _RECOVERY_HANDLERS.get(op)
    if known is not None and known is not handler:
        raise StoreError(f"operation {op!r} has two recovery handlers",
                         hint="journal op names must be unique")
    _RECOVERY_HANDLERS[op] = handler


def recovers(op: str) -> Callable[[_H], _H]:
    """Decorator form of :func:`register_recovery`, written on the handler beside its op::

        @recovers("ingest")
        def recover_ingest(vault: Vault, payload: dict[str, Any]) -> None: ...
    """
    def register(handler: _H) -> _H:
        register_recovery(op, handler)
        return handler
    return register


def recovery_handlers() -> Mapping[str, RecoveryHandler]:
    """The registered handlers (read-only): the ops this process can journal and recover."""
    return MappingProxyType(_RECOVERY_HANDLERS)


@dataclass(frozen=True)
class StudyInfo:
    """The contents of ``vault.toml``."""

    study_id: str
    name: str
    created: str
    format_version: int
    #: the vault signing key's vkey (:mod:`vault.signed_note`), once the first custodian exists
    signing_key: str | None = None

    def toml(self) -> str:
        text = (f'study_id = "{self.study_id}"\n'
                f'name = {json.dumps(self.name, ensure_ascii=False)}\n'
                f'created = "{self.created}"\n'
                f"format_version = {self.format_version}\n")
        if self.signing_key:
            text += f'signing_key = "{self.signing_key}"\n'
        return text


class Vault:
    """An open vault directory. Create with :meth:`init`, open with :meth:`open`."""

    def __init__(self, root: Path, info: StudyInfo, *, lock_timeout: float = 30.0,
                 read_only: bool = False) -> None:
        self.root = root
        self.info = info
        self.lock_timeout = lock_timeout
        #: open the catalog read-only, never migrate it (``vault audit verify``)
        self.read_only = read_only
        self._lock = FileLock(str(root / ".lock"), timeout=lock_timeout)
        self._db: sqlite3.Connection | None = None
        self._custody: Any = None
        #: True only while :meth:`init` creates the catalog: no other path ever creates one
        self._creating = False
        #: asks for an identity file's passphrase when a custodian is unlocked lazily (the CLI
        #: sets a prompt); default: ``VAULT_PASSPHRASE``
        self.passphrase: PassphraseProvider = env_passphrase
        #: interrupted operations left for a process that can unlock a custodian (their
        #: recovery writes signed audit entries)
        self.recovery_deferred = False
        self._recovering = False
        #: journal entries of operations in progress in this process (recover leaves them)
        self._live: set[int] = set()

        self.audit = AuditLog(self)

    # -- paths -------------------------------------------------------------------------------
    @property
    def objects_dir(self) -> Path:
        return self.root / "objects"

    @property
    def policies_dir(self) -> Path:
        return self.root / "policies"

    @property
    def catalog_path(self) -> Path:
        return self.root / "catalog.sqlite"

    @property
    def audit_path(self) -> Path:
        return self.root / "audit.log"

    def object_path(self, item_id: str) -> Path:
        if not item_id.replace("_", "").isalnum():
            raise StoreError(f"invalid item id {item_id!r}", hint="see `vault list` for item ids")
        return self.objects_dir / f"{item_id}.age"

    # -- lifecycle ---------------------------------------------------------------------------
    @classmethod
    def init(cls, root: Path, study: str, *, policies_from: Path | None = None) -> Vault:
        """Create a new vault in ``root`` (which must be absent or empty).

        :raises StoreError: the directory is not empty or cannot be created.
        """

        root = Path(root)
        if root.exists():
            if not root.is_dir():
                raise StoreError(f"{root}: exists and is not a directory",
                                 hint="choose a new directory for the vault")
            if any(root.iterdir()):
                raise StoreError(f"{root}: directory is not empty",
                                 hint="choose a new or empty directory for the vault")
        if not study.strip():
            raise StoreError("study name is empty", hint="pass --study NAME")
        old_umask = os.umask(0o077)
        try:
            root.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
            os.chmod(root, DIR_MODE)
            (root / "objects").mkdir(mode=DIR_MODE)
            src = policies_from or default_policies_dir()
            _copy_tree_private(src, root / "policies")
            info = StudyInfo(study_id=str(uuid.uuid4()), name=study.strip(), created=utc_now(),
                             format_version=FORMAT_VERSION)
            write_private(root / "vault.toml", info.toml().encode())
            (root / "audit.log").touch(mode=FILE_MODE)
            vault = cls(root, info)
            vault._creating = True
            vault.db  # noqa: B018 - creates and migrates the catalog
            vault._creating = False
            with vault.write() as tx:
                tx.execute("INSERT INTO meta(key, value) VALUES ('study_id', ?)", (info.study_id,))
                vault.audit.append(tx, action="vault.init", outcome="ok",
                                   details={"format_version": FORMAT_VERSION}, custodian="-")
        finally:
            os.umask(old_umask)
        return vault

    @classmethod
    def open(cls, root: Path, *, recover: bool = True, lock_timeout: float = 30.0,
             read_only: bool = False, passphrase: PassphraseProvider | None = None) -> Vault:
        """Open an existing vault and finish or roll back any interrupted operation.

        :param read_only: open the catalog read-only and run no recovery (verification).
        :param passphrase: asks for an identity file's passphrase if recovery must unlock a
            custodian (default: ``VAULT_PASSPHRASE``).
        :raises StoreError: no vault at ``root``, its ``vault.toml`` is damaged, or its
            catalog is missing, empty or another vault's.
        """
        root = Path(root)
        toml_path = root / "vault.toml"
        if not toml_path.is_file():
            raise StoreError(f"{root}: not a vault (no vault.toml)",
                             hint="pass --vault PATH, set VAULT_DIR, or run `vault init`")
        try:
            raw = tomllib.loads(toml_path.read_text(encoding="utf-8"))
            info = StudyInfo(study_id=str(raw["study_id"]), name=str(raw["name"]),
                             created=str(raw["created"]),
                             format_version=int(raw["format_version"]),
                             signing_key=str(raw["signing_key"]) if "signing_key" in raw
                             else None)
        except (tomllib.TOMLDecodeError, KeyError, ValueError, UnicodeDecodeError) as exc:
            raise StoreError(f"{toml_path}: damaged vault.toml",
                             hint="restore vault.toml from backup") from exc
        if info.format_version > FORMAT_VERSION:
            raise StoreError(f"{root}: vault format {info.format_version} is newer than this tool",
                             hint="upgrade vault")
        vault = cls(root, info, lock_timeout=lock_timeout, read_only=read_only)
        if passphrase is not None:
            vault.passphrase = passphrase
        if recover and not read_only:
            vault.recover()
        return vault

    def record_signing_key(self, vkey: str) -> None:
        """Write the signing key's vkey into ``vault.toml`` (atomically)."""
        self.info = dataclasses.replace(self.info, signing_key=vkey)
        write_private(self.root / "vault.toml", self.info.toml().encode())

    # -- catalog -----------------------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        """The catalog connection (autocommit mode; use :meth:`write` for changes).

        A missing, 0-byte or empty catalog is never created here (only :meth:`init` creates
        one): recreating it beside an existing audit.log and objects/ would forget the vault.

        :raises StoreError: the catalog is missing, empty, damaged or another vault's.
        """
        if self._db is None:
            self._refuse_missing_catalog()
            try:
                # every SQLite failure, here and at any later query, arrives as the VaultError
                # its result code calls for (damaged, disk full, locked …): vault.system_errors
                db = connect_catalog(self.catalog_path, timeout=30.0, read_only=self.read_only)
                db.row_factory = sqlite3.Row
                if not self.read_only:
                    db.execute("PRAGMA journal_mode=WAL")
                    db.execute("PRAGMA synchronous=FULL")
                    db.execute("PRAGMA foreign_keys=ON")
                self._db = db
                self._check_catalog()
                if not self.read_only:
                    self._migrate()
            except BaseException:
                self.close()
                raise
            for suffix in ("-wal", "-shm"):
                side = Path(f"{self.catalog_path}{suffix}")
                if side.exists() and not self.read_only:
                    os.chmod(side, FILE_MODE)
        return self._db

    def _refuse_missing_catalog(self) -> None:
        path = self.catalog_path
        if self._creating:
            if not path.exists():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
            return
        if not path.exists() or path.stat().st_size == 0:
            what = "missing" if not path.exists() else "empty (0 bytes)"
            raise StoreError(
                f"{path}: catalog is {what}; vault never recreates it beside the vault's "
                "audit.log and objects/",
                hint="put catalog.sqlite back or restore it from backup (then run `vault "
                     "audit verify`); nothing was changed")

    def _check_catalog(self) -> None:
        """An existing catalog must have a schema and belong to this vault."""
        assert self._db is not None
        if self._creating:
            return
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        study = None
        if version:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'study_id'").fetchone()
            study = row[0] if row is not None else None
        if not version or study is None:
            raise StoreError(f"{self.catalog_path}: catalog is empty (no schema or study id); "
                             "vault never recreates it beside the vault's audit.log and objects/",
                             hint="restore catalog.sqlite from backup; nothing was changed")
        if study != self.info.study_id:
            raise StoreError(f"{self.catalog_path}: catalog belongs to another vault",
                             hint="restore this vault's catalog.sqlite from backup")

    def _migrate(self) -> None:
        assert self._db is not None
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.catalog_path}: catalog schema {version} is newer than "
                             "this tool", hint="upgrade vault")
        if version == len(MIGRATIONS):
            return
        with self._lock_ctx():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            for target in range(version, len(MIGRATIONS)):
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _split_sql(MIGRATIONS[target]):
                        self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version = {target + 1}")
                    self._db.execute("COMMIT")
                except BaseException:
                    _roll_back(self._db)
                    raise

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @contextlib.contextmanager
    def _lock_ctx(self, timeout: float | None = None, *, busy: str | None = None,
                  hint: str | None = None) -> Iterator[None]:
        try:
            self._lock.acquire(timeout=self.lock_timeout if timeout is None else timeout)
        except Timeout as exc:
            raise LockBusy(busy or f"{self.root}: another vault command is writing",
                           hint=hint) from exc
        try:
            yield
        finally:
            self._lock.release()

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """Exclusive write: the vault lock plus one catalog transaction, committed on success.

        Re-entrant: a nested ``write()`` joins the outer transaction. The transaction's audit
        entries are catalog rows (``audit_pending``) until COMMIT, so a failure anywhere up to
        and including COMMIT (a full disk: SQLite may have rolled back already) leaves no
        change and no audit line. After COMMIT the lines are appended to audit.log
        (:meth:`AuditLog.committed`); if that fails they stay pending — never lost — for the
        next command's recovery, and the error says the change was committed.
        """
        db = self.db
        if db.in_transaction:
            yield db
            return
        if self.read_only:
            raise StoreError("the vault was opened read-only")
        with self._lock_ctx():
            divergence = self.audit.divergence
            if divergence is not None and not self.audit.reconciling:
                raise AuditError(divergence.message(), hint=divergence.hint())
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")  # may fail too (a full disk): then nothing happened
            except BaseException:
                try:
                    _roll_back(db)
                finally:
                    self.audit.rolled_back()
                raise
            self.audit.committed()

    @property
    def holds_lock(self) -> bool:
        """True while this process holds the vault's write lock."""
        return bool(self._lock.is_locked)

    @contextlib.contextmanager
    def locked(self, timeout: float | None = None, *, busy: str | None = None,
               hint: str | None = None) -> Iterator[None]:
        """Hold the vault lock across several transactions (long operations like purge).

        Re-entrant with :meth:`write`. ``timeout`` overrides the vault's default (a scheduled
        purge fails fast); ``busy``/``hint`` word the :class:`LockBusy` raised when it expires.
        """
        with self._lock_ctx(timeout, busy=busy, hint=hint):
            yield

    # -- journal (invariant 2) ----------------------------------------------------------------
    @contextlib.contextmanager
    def operation(self, op: str, payload: dict[str, Any]) -> Iterator[int]:
        """Journal a multi-step operation; yields the journal entry's id.

        The block does the operation's steps; the entry is removed when the block completes
        (unless the block closed it itself, in the transaction that commits its result:
        :meth:`journal_finish`). If the block raises — anything, KeyboardInterrupt included —
        the settle function registered for ``op`` (:func:`recovers`) runs at once with the
        entry's current payload, under the lock, exactly as :meth:`recover` runs it after a
        kill, and the entry is closed; should settling fail too, the entry stays for the next
        :meth:`open`. Call :meth:`journal_update` inside the block to record what the settle
        function needs (a class key created, a temp file named).

        :raises StoreError: no settle function is registered for ``op``.
        """
        handler = _RECOVERY_HANDLERS.get(op)
        if handler is None:
            raise StoreError(f"no recovery handler for operation {op!r}",
                             hint="register one with vault.store.register_recovery")
        with self.write() as tx:
            cur = tx.execute("INSERT INTO journal(op, payload, started) VALUES (?, ?, ?)",
                             (op, json.dumps(payload), utc_now()))
            journal_id = int(cur.lastrowid or 0)
        self._live.add(journal_id)
        try:
            yield journal_id
        except BaseException:
            self._settle_after_error(journal_id, handler)
            raise
        finally:
            self._live.discard(journal_id)
        with self.write() as tx:
            tx.execute("DELETE FROM journal WHERE id = ?", (journal_id,))

    def _settle_after_error(self, journal_id: int, handler: RecoveryHandler) -> None:
        """Run ``handler`` for an operation whose block raised; close its journal entry."""
        try:
            with self.locked():
                row = self.db.execute("SELECT payload FROM journal WHERE id = ?",
                                      (journal_id,)).fetchone()
                if row is None:  # the block had committed and closed it
                    return
                settled = handler(self, json.loads(row["payload"]))
                with self.write() as tx:
                    if settled is not None and not settled.rolled_back:
                        self._audit_settled(tx, settled)
                    tx.execute("DELETE FROM journal WHERE id = ?", (journal_id,))
        except Exception:  # the operation's own error is the one to report;
            # the entry stays, and the next command's recovery settles it (--debug shows why)
            log.debug("could not settle operation %d now; the next command will", journal_id,
                      exc_info=True)

    def _audit_settled(self, tx: sqlite3.Connection, settled: Settled) -> None:
        # signed by the custodian this process unlocked: recovery runs only when one can be
        self.audit.append(tx, action=settled.action, outcome=settled.outcome,
                          items=settled.items, details=dict(settled.details))

    def journal_update(self, journal_id: int, payload: dict[str, Any],
                       tx: sqlite3.Connection | None = None) -> None:
        """Replace an open journal entry's payload (e.g. to record progress)."""
        if tx is not None:
            tx.execute("UPDATE journal SET payload = ? WHERE id = ?",
                       (json.dumps(payload), journal_id))
            return
        with self.write() as wtx:
            wtx.execute("UPDATE journal SET payload = ? WHERE id = ?",
                        (json.dumps(payload), journal_id))

    def journal_finish(self, tx: sqlite3.Connection, journal_id: int) -> None:
        """Remove a journal entry inside the transaction that commits the operation's result."""
        tx.execute("DELETE FROM journal WHERE id = ?", (journal_id,))

    def open_operations(self) -> list[tuple[int, str, dict[str, Any]]]:
        rows = self.db.execute("SELECT id, op, payload FROM journal ORDER BY id").fetchall()
        return [(int(r["id"]), str(r["op"]), json.loads(r["payload"])) for r in rows]

    def recover(self) -> list[str]:
        """Complete or roll back interrupted operations; remove stray temp files.

        Runs only when the write lock is free at once: a lock held by a live process means its
        operation is still in progress (the kernel releases the lock of a killed process), and
        readers never see a half-done operation because every catalog change is a transaction.
        The newest entry is settled first: an operation started inside another (the purge of
        a withdrawal) is settled before the one that started it. Not re-entrant: a settle
        function that calls a command which itself recovers (``purge`` does) is not recovered
        into again.

        Order: first the audit log — committed lines the file lacks are appended (never a line
        removed); if audit.log and the catalog diverge, nothing else runs and
        ``self.audit.divergence`` says why (writes are refused until ``vault audit
        reconcile``). Then the journal, when a custodian can be unlocked without asking
        (recovery writes signed entries); otherwise it is left for the next command that
        unlocks one (:attr:`recovery_deferred`).

        :returns: the names of the operations recovered.
        """
        if self._recovering:
            return []
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return []
        self._recovering = True
        try:
            recovered: list[str] = []
            # 1. committed audit lines the file lacks; a divergence stops everything else
            if not self.audit.recover():
                return recovered
            self._sync_signing_key()
            # 2. interrupted operations: their settle functions write signed audit entries,
            # so they wait for a process that can unlock a custodian. This process's own
            # operations in progress (a purge inside a withdrawal) are not interrupted.
            operations = [(journal_id, op, payload)
                          for journal_id, op, payload in self.open_operations()
                          if journal_id not in self._live]
            if operations and not self._can_sign():
                self.recovery_deferred = True
                return recovered
            self.recovery_deferred = False
            for journal_id, op, payload in reversed(operations):
                handler = _RECOVERY_HANDLERS.get(op)
                if handler is None:
                    raise StoreError(f"interrupted operation {op!r} has no recovery handler",
                                     hint="open the vault through vault.operations.open_vault "
                                          "(or the CLI), or upgrade vault to a version that "
                                          "knows this operation")
                settled = handler(self, payload)
                with self.write() as tx:
                    if settled is not None:
                        self._audit_settled(tx, settled)
                    tx.execute("DELETE FROM journal WHERE id = ?", (journal_id,))
                recovered.append(op)
            # temp files are only ever written under the lock we now hold: all are stale —
            # unless an operation of this very process is writing them
            if not self._live:
                for directory in (self.root, self.objects_dir):
                    if directory.is_dir():
                        for tmp in directory.glob(".tmp-*"):
                            tmp.unlink(missing_ok=True)
        finally:
            self._recovering = False
            self._lock.release()
        return recovered

    def _can_sign(self) -> bool:
        """A custodian is (or can be) unlocked, or the vault has no signing key yet."""
        if catalog_verifier(self.db) is None:
            return True
        try:
            self.custody()
        except CustodyError:
            return False
        return True

    def _sync_signing_key(self) -> None:
        """Complete ``vault.toml`` with the catalog's signing key (a crash between the
        custodian's commit and the toml write); a different key there is left for
        ``vault audit verify`` to report."""
        verifier = catalog_verifier(self.db)
        if verifier is not None and self.info.signing_key is None:
            self.record_signing_key(verifier.vkey)

    # -- custody -----------------------------------------------------------------------------
    def custody(self) -> Any:
        """The unlocked custodian (cached per process). See :mod:`vault.keys`."""
        if self._custody is None:
            self._custody = Custody.unlock(self, self.passphrase)
        return self._custody

    def set_custody(self, custody: Any) -> None:
        self._custody = custody

    def custodian_fingerprint(self) -> str:
        """Fingerprint of the unlocked custodian, or ``-`` when none is unlocked yet."""
        return self._custody.fingerprint if self._custody is not None else "-"


def _roll_back(db: sqlite3.Connection) -> None:
    """End the failed transaction, keeping the error that failed it.

    SQLite may already have rolled back by itself (after SQLITE_FULL, SQLITE_IOERR, …, even
    at COMMIT), and then ROLLBACK would fail and hide the real cause; a ROLLBACK that fails
    for another reason leaves nothing committed either.
    """
    if db.in_transaction:
        with contextlib.suppress(VaultError, sqlite3.Error):
            db.execute("ROLLBACK")


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script (they contain no ``;`` inside literals or comments)."""
    statements = []
    for chunk in script.split(";"):
        code = "\n".join(line for line in chunk.splitlines() if not line.strip().startswith("--"))
        if code.strip():
            statements.append(chunk.strip())
    return statements


def _copy_tree_private(src: Path, dst: Path) -> None:
    dst.mkdir(mode=DIR_MODE)
    for entry in sorted(src.iterdir()):
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        if entry.is_dir():
            _copy_tree_private(entry, dst / entry.name)
        else:
            fd = os.open(dst / entry.name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            with os.fdopen(fd, "wb") as fh:
                fh.write(entry.read_bytes())
