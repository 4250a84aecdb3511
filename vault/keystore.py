"""The keystore: every wrapped secret of a vault, kept apart from the data it protects.

A vault directory (``objects/``, ``catalog.sqlite``, …) holds no usable key. Every secret —
each class key, the register key, the keyed-hash secret (``_hashing``) and the signing key
(``_signing``), each age-wrapped to every custodian — lives in the **keystore**, an SQLite
file outside the vault directory; the catalog keeps only public facts about each key (id,
class, period, participant, recipient, state). So a backup or copy of the vault directory, or
of ``objects/``, never holds a key, and destroying a key here (crypto-shredding) makes every
copy of its objects unreadable — every copy of the *vault directory*. Copies of the keystore
itself are made only by vault (``vault keys backup``, :mod:`vault.keystore_backups`), so that a
purge can rewrite them too; a copy made any other way keeps destroyed keys until it is
destroyed, and every disposition certificate says so.

Where it lives: ``keystore = "PATH"`` in ``vault.toml`` (``~`` expanded; a relative path is
taken from the vault directory, e.g. ``"../study-keys"`` beside it on a shared drive), else
``$XDG_DATA_HOME/vault/keystores/<study id>/`` (``~/.local/share/…``) — the custodian's data
directory. A keystore inside the vault directory is refused. The file is
``keystore.sqlite`` in that directory, 0600 in a 0700 directory, WAL mode,
``secure_delete`` on, and **bound to its study id**: a keystore of another vault, a missing
one, or a damaged one is refused with one line (:class:`~vault.errors.KeystoreError`, exit 20)
— never replaced by a new, empty keystore (that would make every object unreadable). A
keystore is created only by ``vault init`` and by the one-time migration of a vault whose
catalog still holds its wrapped secrets (:mod:`vault.keystore_migration`)::

    store = Keystore.open(keystore_dir(vault_root, setting, study_id), study_id)
    store.put_many({"key_3f9c…": wrapped})     # one transaction
    store.get("key_3f9c…")                     # the wrapped secret, or None
    store.delete(["key_3f9c…"])                # secure_delete: the cell is zeroed
    store.erase()                              # … and the write-ahead log truncated

Writers hold the vault lock; readers need none (WAL).
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from vault.clock import utc_now
from vault.errors import KeystoreError, LockBusy, StorageFull, StoreError, VaultError
from vault.files import DIR_MODE, FILE_MODE, inside_vault
from vault.system_errors import LOW_SPACE, free_bytes

__all__ = ["KEYSTORE_FILE", "Keystore", "checkpoint_truncate", "connect_keystore",
           "default_keystore_dir", "keystore_dir", "refuse_in_vault", "setting_path"]

#: the keystore's file name inside its directory
KEYSTORE_FILE = "keystore.sqlite"
#: the schema this version writes (``PRAGMA user_version``)
SCHEMA_VERSION = 1

_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # one row per live key: its secret, age-wrapped to every custodian
    "CREATE TABLE secrets (key_id TEXT PRIMARY KEY, wrapped BLOB NOT NULL, stored TEXT NOT NULL)",
)
_SQL_CHUNK = 500


def default_keystore_dir(study_id: str) -> Path:
    """``$XDG_DATA_HOME/vault/keystores/<study id>`` (``~/.local/share/…`` by default)."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "vault" / "keystores" / study_id


def keystore_dir(vault_root: Path, setting: str | None, study_id: str) -> Path:
    """The keystore directory of the vault at ``vault_root`` (``setting``: vault.toml's
    ``keystore``, or None for the default).

    :raises KeystoreError: the setting names a place inside the vault directory.
    """
    where = setting_path(vault_root, setting) if setting else default_keystore_dir(study_id)
    refuse_in_vault(where, vault_root, what="the keystore", key="keystore")
    return where


def setting_path(vault_root: Path, setting: str) -> Path:
    """A path from vault.toml: ``~`` expanded; relative ones taken from the vault directory."""
    path = Path(setting).expanduser()
    where = path if path.is_absolute() else Path(vault_root) / path
    return Path(os.path.normpath(where.absolute()))


def refuse_in_vault(where: Path, vault_root: Path, *, what: str, key: str) -> None:
    """:raises KeystoreError: ``where`` is (or resolves to) the vault directory or a place in it."""
    root = Path(os.path.abspath(vault_root))
    real_root = Path(os.path.realpath(vault_root))
    inside = (where == root or where.is_relative_to(root)
              or Path(os.path.realpath(where)).is_relative_to(real_root)
              or inside_vault(where, Path(vault_root)))
    if inside:
        raise KeystoreError(f"{where}: {what} is inside the vault directory",
                            hint=f"keys must live apart from the data they protect: set `{key}` "
                                 "in vault.toml to a directory outside the vault")


def _sqlite_error(exc: sqlite3.Error, path: Path) -> VaultError:
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == 13 or (primary in (10, 14) and (free_bytes(path) or 0) < LOW_SPACE):
        return StorageFull(f"no space left on the disk holding the keystore ({path.parent})")
    if primary in (5, 6):
        return LockBusy(f"{path}: keystore is locked by another process ({name})")
    if primary in (11, 26):
        return KeystoreError(f"{path}: keystore is damaged ({name})",
                             hint="restore it from its newest backup (`vault keys restore`)")
    return KeystoreError(f"{path}: keystore cannot be used ({name})",
                         hint="check the owner and mode of the keystore directory and file "
                              "(0700/0600, yours) and that its disk is mounted read-write")


@contextlib.contextmanager
def _errors(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, path) from exc
    except PermissionError as exc:
        raise KeystoreError(f"{path}: permission denied on the keystore",
                            hint="the keystore must belong to the user running vault") from exc


def connect_keystore(path: Path) -> sqlite3.Connection:
    """Open the keystore file (autocommit; WAL; ``synchronous=FULL``; ``secure_delete`` on)."""
    db = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA secure_delete=ON")
    return db


class Keystore:
    """An open keystore (see the module docstring). Make one with :meth:`create` or
    :meth:`open`."""

    def __init__(self, directory: Path, study_id: str, db: sqlite3.Connection) -> None:
        self.directory = directory
        self.path = directory / KEYSTORE_FILE
        self.study_id = study_id
        self._db = db

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def create(cls, directory: Path, study_id: str, *, file: str = KEYSTORE_FILE) -> Keystore:
        """Create an empty keystore bound to ``study_id`` in ``directory`` (made 0700).

        :param file: its file name (a restore fills a temp file, then renames it).
        :raises KeystoreError: a keystore already exists there.
        """
        path = directory / file
        with _errors(path):
            directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
            except FileExistsError as exc:
                raise KeystoreError(f"{path}: a keystore already exists there",
                                    hint="give this vault its own keystore directory "
                                         "(`keystore` in vault.toml)") from exc
            db = connect_keystore(path)
            try:
                db.execute("BEGIN IMMEDIATE")
                for statement in _SCHEMA:
                    db.execute(statement)
                db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                               [("study_id", study_id), ("created", utc_now())])
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                db.execute("COMMIT")
            except BaseException:
                db.close()
                raise
            _private(path)
        store = cls(directory, study_id, db)
        store.path = path
        return store

    @classmethod
    def open(cls, directory: Path, study_id: str) -> Keystore:
        """Open the keystore in ``directory`` and check it is ``study_id``'s.

        :raises KeystoreError: missing, empty, damaged, newer than this tool, or another
            vault's keystore.
        """
        path = directory / KEYSTORE_FILE
        try:
            found = path.stat()
        except FileNotFoundError:
            found = None
        except PermissionError as exc:
            raise KeystoreError(f"{path}: permission denied on the keystore",
                                hint="the keystore must belong to the user running vault "
                                     "(0700 directory, 0600 file)") from exc
        if found is None or not path.is_file() or found.st_size == 0:
            what = "missing" if found is None else "empty"
            raise KeystoreError(
                f"{path}: the vault's keystore is {what}; vault never creates one beside an "
                "existing vault (it would make every object unreadable)",
                hint="mount or restore it (`vault keys restore BACKUP`), or set `keystore` in "
                     "vault.toml to where it is; nothing was changed")
        with _errors(path):
            db = connect_keystore(path)
            try:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                row = db.execute("SELECT value FROM meta WHERE key = 'study_id'").fetchone() \
                    if version else None
            except BaseException:
                db.close()
                raise
        if not version or row is None:
            db.close()
            raise KeystoreError(f"{path}: not a vault keystore (no schema or study id)",
                                hint="restore the keystore from its newest backup")
        if version > SCHEMA_VERSION:
            db.close()
            raise KeystoreError(f"{path}: keystore schema {version} is newer than this tool",
                                hint="upgrade vault")
        if row[0] != study_id:
            db.close()
            raise KeystoreError(f"{path}: the keystore belongs to another vault",
                                hint="set `keystore` in vault.toml to this vault's keystore; "
                                     "nothing was changed")
        _private(path)
        return cls(directory, study_id, db)

    def close(self) -> None:
        self._db.close()

    # -- reading -------------------------------------------------------------------------------
    def get(self, key_id: str) -> bytes | None:
        """The wrapped secret of ``key_id``, or None when the keystore does not hold it."""
        with _errors(self.path):
            row = self._db.execute("SELECT wrapped FROM secrets WHERE key_id = ?",
                                   (key_id,)).fetchone()
        return bytes(row[0]) if row is not None else None

    def ids(self) -> set[str]:
        """Every key id whose secret the keystore holds."""
        with _errors(self.path):
            return {str(r[0]) for r in self._db.execute("SELECT key_id FROM secrets")}

    def snapshot(self) -> dict[str, bytes]:
        """Every key id and its wrapped secret (for a backup)."""
        with _errors(self.path):
            return {str(r[0]): bytes(r[1])
                    for r in self._db.execute("SELECT key_id, wrapped FROM secrets")}

    # -- writing (under the vault lock) --------------------------------------------------------
    def put(self, key_id: str, wrapped: bytes) -> None:
        """Store (or replace) one wrapped secret, durably."""
        self.put_many({key_id: wrapped})

    def put_many(self, secrets: Mapping[str, bytes]) -> None:
        """Store (or replace) wrapped secrets in one transaction."""
        if not secrets:
            return
        now = utc_now()
        with _errors(self.path), self._transaction() as db:
            db.executemany("INSERT INTO secrets(key_id, wrapped, stored) VALUES (?, ?, ?) "
                           "ON CONFLICT(key_id) DO UPDATE SET wrapped = excluded.wrapped, "
                           "stored = excluded.stored",
                           [(k, bytes(v), now) for k, v in secrets.items()])

    def delete(self, key_ids: Iterable[str]) -> list[str]:
        """Delete the secrets of ``key_ids`` (one transaction, ``secure_delete`` on: their
        cells are zeroed). Returns the ids that were there. Call :meth:`erase` afterwards."""
        wanted = sorted(set(key_ids))
        if not wanted:
            return []
        gone: list[str] = []
        with _errors(self.path), self._transaction() as db:
            db.execute("PRAGMA secure_delete=ON")
            for start in range(0, len(wanted), _SQL_CHUNK):
                chunk = wanted[start:start + _SQL_CHUNK]
                marks = ",".join("?" * len(chunk))
                gone += [str(r[0]) for r in db.execute(
                    f"SELECT key_id FROM secrets WHERE key_id IN ({marks})", chunk)]
                db.execute(f"DELETE FROM secrets WHERE key_id IN ({marks})", chunk)
        return gone

    def secure_delete(self) -> None:
        """Turn ``secure_delete`` on for this connection (whatever the SQLite build's default)."""
        with _errors(self.path):
            self._db.execute("PRAGMA secure_delete=ON")

    def erase(self) -> None:
        """Leave no bytes of deleted secrets behind: ``secure_delete`` on, and the write-ahead
        log checkpointed and truncated to zero bytes (old page images go with it)."""
        with _errors(self.path):
            self._db.execute("PRAGMA secure_delete=ON")
            checkpoint_truncate(self._db, self.path)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise


def checkpoint_truncate(db: sqlite3.Connection, path: Path) -> None:
    """``PRAGMA wal_checkpoint(TRUNCATE)``, retried while another connection still reads.

    :raises StoreError: the log could not be checkpointed (a reader held it throughout).
    """
    for _attempt in range(50):
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            return
        time.sleep(0.1)
    raise StoreError(f"{path}: could not truncate the write-ahead log (another process reads "
                     "it)", hint="run the command again when no other vault command runs")


def _private(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.chmod(side, FILE_MODE)
