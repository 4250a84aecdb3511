"""The catalog's SQLite connection, speaking vault errors: every failure of every query is a
:class:`~vault.errors.VaultError` chosen by its SQLite result code.

:meth:`vault.store.Vault.db` opens the catalog with :func:`connect_catalog`; everything else
uses that connection as a plain ``sqlite3.Connection`` (same methods, same rows). A damaged
page met in the middle of ``vault list``, a full disk at ``COMMIT``, a lock held too long: each
comes out of ``execute``/``fetch*``/iteration as the error :func:`vault.system_errors.catalog_error`
picks (``CatalogDamaged``, ``StorageFull``, ``LockBusy`` …), with the ``sqlite3.Error`` as its
``__cause__``::

    db = connect_catalog(root / "catalog.sqlite", timeout=30.0)
    db.execute("SELECT id FROM items").fetchall()      # raises VaultError, never sqlite3.Error

It opens an existing file only in :meth:`~vault.store.Vault.db`, which first refuses a missing
or 0-byte catalog (never recreated beside audit.log and objects/), then checks that the schema
and study id are this vault's; ``read_only=True`` is the same path with ``mode=ro``.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vault.system_errors import catalog_error

__all__ = ["CatalogConnection", "CatalogCursor", "connect_catalog"]


class CatalogCursor(sqlite3.Cursor):
    """A cursor whose SQLite failures are raised as vault errors."""

    def _fail(self, exc: sqlite3.Error) -> Exception:
        connection = self.connection
        path = connection.path if isinstance(connection, CatalogConnection) else Path("catalog")
        return catalog_error(exc, path)

    def execute(self, sql: str, parameters: Any = (), /) -> CatalogCursor:
        try:
            super().execute(sql, parameters)
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc
        return self

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> CatalogCursor:
        try:
            super().executemany(sql, seq_of_parameters)
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc
        return self

    def executescript(self, sql_script: str, /) -> CatalogCursor:
        try:
            super().executescript(sql_script)
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc
        return self

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc


class CatalogConnection(sqlite3.Connection):
    """A connection to ``catalog.sqlite`` whose cursors are :class:`CatalogCursor`."""

    #: the catalog file, named in errors
    path: Path = Path("catalog.sqlite")

    def cursor(self, factory: Any = None) -> CatalogCursor:  # type: ignore[override]
        cursor: CatalogCursor = super().cursor(factory or CatalogCursor)
        return cursor

    def execute(self, sql: str, parameters: Any = (), /) -> CatalogCursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> CatalogCursor:
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> CatalogCursor:
        return self.cursor().executescript(sql_script)

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as exc:
            raise catalog_error(exc, self.path) from exc

    def rollback(self) -> None:
        try:
            super().rollback()
        except sqlite3.Error as exc:
            raise catalog_error(exc, self.path) from exc


def connect_catalog(path: Path, *, timeout: float, read_only: bool = False) -> CatalogConnection:
    """Open the catalog in autocommit mode (transactions are explicit ``BEGIN``/``COMMIT``).

    :param read_only: open it with ``mode=ro`` (``vault audit verify``): SQLite then refuses
        every write, and never creates the file.
    :raises VaultError: the subclass :func:`~vault.system_errors.catalog_error` picks.
    """
    target: str | Path = path
    if read_only:  # a URI: the path percent-encoded (a name may hold "?" or "#")
        target = f"{Path(path).absolute().as_uri()}?mode=ro"
    try:
        db = sqlite3.connect(target, isolation_level=None, timeout=timeout,
                             factory=CatalogConnection, uri=read_only)
    except sqlite3.Error as exc:
        raise catalog_error(exc, Path(path)) from exc
    assert isinstance(db, CatalogConnection)
    db.path = Path(path)
    return db
