"""The vault store: a directory with ``vault.toml``, ``catalog.sqlite``, ``objects/``, ``policies/``
and ``audit.log``.

Open a vault with :meth:`Vault.open` (recovers interrupted operations first) or create one with
:meth:`Vault.init`. Every state change goes through :meth:`Vault.write` (an exclusive file lock plus
an SQLite ``BEGIN IMMEDIATE`` transaction) and, when it spans several steps, through
:meth:`Vault.operation`, which journals it so that a kill at any instant leaves a state the next
command completes or rolls back (DESIGN.md invariant 2)::

    vault = Vault.open(path)
    with vault.write() as tx:
        tx.execute("UPDATE ...")
        vault.audit.append(tx, action="event.set", items=[], outcome="ok")

Encrypted objects live in ``objects/<id>.age``; they are written to a temp file in ``objects/``,
fsynced, atomically renamed, and only then committed to the catalog.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import json
import os
import secrets
import sqlite3
import tomllib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from vault.errors import LockBusy, StoreError

FORMAT_VERSION = 1
DIR_MODE = 0o700
FILE_MODE = 0o600

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
]

#: journal op name -> "module:function" that completes or rolls back an interrupted op.
#: The function is called as fn(vault, payload_dict) under the write lock and must be idempotent.
#: Modules are imported lazily, only when an interrupted operation of theirs is found.
RECOVERY_HANDLERS: dict[str, str] = {
    "ingest": "vault.ingest:recover_ingest",
    "anonymise": "vault.anonymise.vault_ops:recover_anonymise",
    "rotate": "vault.participants:recover_rotation",
    "purge": "vault.retention.purge:recover_purge",
    "release": "vault.releases:recover_release",
    "anonymise_audio": "vault.anonymise.audio.storing:recover_redacted_audio",
}


def register_recovery(op: str, target: str) -> None:
    """Declare how to recover an interrupted ``op`` (``target`` is ``"module:function"``)."""
    RECOVERY_HANDLERS[op] = target


def utc_now() -> str:
    """Current UTC time, ISO 8601 with seconds and a ``Z``."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id(prefix: str) -> str:
    """A random, non-identifying id such as ``it_3f9c0a1b2d4e``."""
    return f"{prefix}_{secrets.token_hex(6)}"


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically with mode 0600 (temp file, fsync, rename)."""
    tmp = path.with_name(f".tmp-{path.name}-{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class StudyInfo:
    """The contents of ``vault.toml``."""

    study_id: str
    name: str
    created: str
    format_version: int


class Vault:
    """An open vault directory. Create with :meth:`init`, open with :meth:`open`."""

    def __init__(self, root: Path, info: StudyInfo, *, lock_timeout: float = 30.0) -> None:
        self.root = root
        self.info = info
        self.lock_timeout = lock_timeout
        self._lock = FileLock(str(root / ".lock"), timeout=lock_timeout)
        self._db: sqlite3.Connection | None = None
        self._custody: Any = None
        from vault.audit import AuditLog

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
        from vault.policy import default_policies_dir

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
            toml = (f'study_id = "{info.study_id}"\n'
                    f'name = {json.dumps(info.name, ensure_ascii=False)}\n'
                    f'created = "{info.created}"\n'
                    f"format_version = {info.format_version}\n")
            write_private(root / "vault.toml", toml.encode())
            (root / "audit.log").touch(mode=FILE_MODE)
            vault = cls(root, info)
            with vault.write() as tx:
                tx.execute("INSERT INTO meta(key, value) VALUES ('study_id', ?)", (info.study_id,))
                vault.audit.append(tx, action="vault.init", outcome="ok",
                                   details={"format_version": FORMAT_VERSION}, custodian="-")
        finally:
            os.umask(old_umask)
        return vault

    @classmethod
    def open(cls, root: Path, *, recover: bool = True, lock_timeout: float = 30.0) -> Vault:
        """Open an existing vault and finish or roll back any interrupted operation.

        :raises StoreError: no vault at ``root`` or its ``vault.toml`` is damaged.
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
                             format_version=int(raw["format_version"]))
        except (tomllib.TOMLDecodeError, KeyError, ValueError, UnicodeDecodeError) as exc:
            raise StoreError(f"{toml_path}: damaged vault.toml",
                             hint="restore vault.toml from backup") from exc
        if info.format_version > FORMAT_VERSION:
            raise StoreError(f"{root}: vault format {info.format_version} is newer than this tool",
                             hint="upgrade vault")
        vault = cls(root, info, lock_timeout=lock_timeout)
        if recover:
            vault.recover()
        return vault

    # -- catalog -----------------------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        """The catalog connection (autocommit mode; use :meth:`write` for changes)."""
        if self._db is None:
            new = not self.catalog_path.exists()
            if new:
                fd = os.open(self.catalog_path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
                os.close(fd)
            try:
                db = sqlite3.connect(self.catalog_path, isolation_level=None, timeout=30.0)
                db.row_factory = sqlite3.Row
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=FULL")
                db.execute("PRAGMA foreign_keys=ON")
                self._db = db
                self._migrate()
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.catalog_path}: catalog is damaged or not SQLite",
                                 hint="restore catalog.sqlite from backup") from exc
            for suffix in ("-wal", "-shm"):
                side = Path(f"{self.catalog_path}{suffix}")
                if side.exists():
                    os.chmod(side, FILE_MODE)
        return self._db

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
                    self._db.execute("ROLLBACK")
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

        Re-entrant: a nested ``write()`` joins the outer transaction.
        """
        db = self.db
        if db.in_transaction:
            yield db
            return
        with self._lock_ctx():
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                self.audit.rolled_back()
                raise
            db.execute("COMMIT")
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
        """Journal a multi-step operation; the entry is removed when the block completes.

        If the process dies inside the block — or the block raises — the entry stays, and the
        next :meth:`open` calls the recovery handler registered for ``op`` with ``payload``
        (handlers are idempotent, so a caller may also roll back and close it itself). Inside the block call :meth:`journal_update` to
        record progress the handler needs.
        """
        if op not in RECOVERY_HANDLERS:
            raise StoreError(f"no recovery handler for operation {op!r}",
                             hint="register one with vault.store.register_recovery")
        with self.write() as tx:
            cur = tx.execute("INSERT INTO journal(op, payload, started) VALUES (?, ?, ?)",
                             (op, json.dumps(payload), utc_now()))
            journal_id = int(cur.lastrowid or 0)
        yield journal_id
        with self.write() as tx:
            tx.execute("DELETE FROM journal WHERE id = ?", (journal_id,))

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

        :returns: the names of the operations recovered.
        """
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return []
        try:
            self.audit.adopt_tail()
            recovered: list[str] = []
            for journal_id, op, payload in self.open_operations():
                target = RECOVERY_HANDLERS.get(op)
                if target is None:
                    raise StoreError(f"interrupted operation {op!r} has no recovery handler",
                                     hint="upgrade vault to a version that knows this operation")
                module_name, func_name = target.split(":")
                handler: Callable[[Vault, dict[str, Any]], None] = getattr(
                    importlib.import_module(module_name), func_name)
                handler(self, payload)
                self.db.execute("DELETE FROM journal WHERE id = ?", (journal_id,))
                recovered.append(op)
            # temp files are only ever written under the lock we now hold: all are stale
            for directory in (self.root, self.objects_dir):
                if directory.is_dir():
                    for tmp in directory.glob(".tmp-*"):
                        tmp.unlink(missing_ok=True)
        finally:
            self._lock.release()
        return recovered

    # -- custody -----------------------------------------------------------------------------
    def custody(self) -> Any:
        """The unlocked custodian (cached per process). See :mod:`vault.keys`."""
        if self._custody is None:
            from vault.keys import Custody

            self._custody = Custody.unlock(self)
        return self._custody

    def set_custody(self, custody: Any) -> None:
        self._custody = custody

    def custodian_fingerprint(self) -> str:
        """Fingerprint of the unlocked custodian, or ``-`` when none is unlocked yet."""
        return self._custody.fingerprint if self._custody is not None else "-"


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
