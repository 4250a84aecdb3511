"""One error path: every failure a user can cause or meet is one line, with its documented exit
code and the right next step, and changes nothing in the vault.

Disk full (an ENOSPC from the stream writer or the audit log, SQLITE_FULL at COMMIT or at any
query) is exit 19 and never "damaged"; only SQLITE_CORRUPT/NOTADB is damage (exit 10); a
directory where a vault file belongs, ``objects/`` gone or a file, a permission refused, a
damaged identity file — each has its own line. Names in any error are escaped. A real full
disk (a tmpfs in a private mount namespace) is tested where the machine allows it, beside
in-process faults that raise the genuine errno or SQLite error at the low-level step.
"""
from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

from cli import main
from conftest import ingest_audio_cli, one_error_line
from vault import age, keys
from vault.catalog_connection import CatalogConnection, CatalogCursor
from vault.errors import (
    CatalogDamaged,
    InputError,
    LockBusy,
    StorageFull,
    VaultError,
    VaultFileError,
    printable,
)
from vault.store import Vault
from vault.system_errors import catalog_error, os_error

ROOT = Path(__file__).resolve().parents[1]
VAULT_BIN = Path(sys.executable).with_name("vault")

FULL_HINT = "free space on that disk, then run the command again; the vault is not damaged"
OWNER_HINT = ("vault files must belong to the user running vault (files 0600, directories "
              "0700): check the owner and mode with `ls -l`")
DAMAGED_HINT = ("restore catalog.sqlite (with catalog.sqlite-wal, if any) from backup, then "
                "run `vault verify`")


def _genuine_sqlite_full() -> sqlite3.Error:
    """An SQLITE_FULL raised by SQLite itself (a database capped at two pages)."""
    db = sqlite3.connect(":memory:")
    db.execute("PRAGMA max_page_count = 2")
    db.execute("CREATE TABLE t (x)")
    try:
        db.execute("INSERT INTO t VALUES (zeroblob(100000))")
    except sqlite3.OperationalError as exc:
        assert exc.sqlite_errorname == "SQLITE_FULL"
        return exc
    finally:
        db.close()
    raise AssertionError("SQLite did not refuse the write")


def _genuine_sqlite_error(name: str) -> sqlite3.Error:
    """An error of class ``name`` produced by SQLite itself."""
    if name == "SQLITE_FULL":
        return _genuine_sqlite_full()
    if name == "SQLITE_NOTADB":
        path = Path(os.environ["PYTEST_TMP"]) / "junk.sqlite"
        path.write_bytes(b"not a database " * 512)
        try:
            sqlite3.connect(path).execute("SELECT * FROM sqlite_master")
        except sqlite3.DatabaseError as exc:
            return exc
    if name == "SQLITE_CANTOPEN":  # the catalog is a directory
        path = Path(os.environ["PYTEST_TMP"]) / "catalog.sqlite"
        path.mkdir()
        try:
            sqlite3.connect(path)
        except sqlite3.OperationalError as exc:
            return exc
    if name == "SQLITE_CONSTRAINT_UNIQUE":
        db = sqlite3.connect(":memory:")
        db.execute("CREATE TABLE t (x UNIQUE)")
        db.execute("INSERT INTO t VALUES (1)")
        try:
            db.execute("INSERT INTO t VALUES (1)")
        except sqlite3.IntegrityError as exc:
            return exc
    raise AssertionError(name)


def _sqlite_error(name: str, code: int, message: str) -> sqlite3.Error:
    """An SQLite error with the attributes SQLite sets (for codes hard to provoke here)."""
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


class _FaultyBase(sqlite3.Cursor):
    """Sits *below* CatalogCursor in the MRO: a fault raised here is what SQLite would raise,
    and CatalogCursor's own mapping turns it into a VaultError exactly as in production."""

    #: (sql prefix, error, roll back first as SQLite does after some errors) -> fired once
    faults: ClassVar[list[tuple[str, sqlite3.Error, bool]]] = []
    #: a fault waits until a statement starting with this was seen in the transaction
    armed_by: ClassVar[str | None] = None
    #: statements seen since the last COMMIT
    seen: ClassVar[list[str]] = []

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        _FaultyBase.seen.append(sql)
        for index, (prefix, error, roll_back) in enumerate(_FaultyBase.faults):
            waiting = _FaultyBase.armed_by is not None and not any(
                s.startswith(_FaultyBase.armed_by) for s in _FaultyBase.seen)
            if sql.startswith(prefix) and not waiting:
                del _FaultyBase.faults[index]
                if roll_back:
                    sqlite3.Cursor.execute(self, "ROLLBACK")
                raise error
        if sql == "COMMIT":
            _FaultyBase.seen = []
        return super().execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> Any:
        _FaultyBase.seen.append(sql)  # the write path inserts items with executemany
        return super().executemany(sql, seq_of_parameters)


class _FaultyCursor(CatalogCursor, _FaultyBase):
    pass


@pytest.fixture
def sqlite_faults(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, sqlite3.Error,
                                                                         bool]]]:
    """A list of faults the catalog raises at the next statement starting with a prefix."""
    _FaultyBase.faults = []
    _FaultyBase.seen = []
    _FaultyBase.armed_by = None

    def cursor(self: CatalogConnection, factory: Any = None) -> CatalogCursor:
        made: CatalogCursor = sqlite3.Connection.cursor(self, factory or _FaultyCursor)
        return made

    monkeypatch.setattr(CatalogConnection, "cursor", cursor)
    yield _FaultyBase.faults
    _FaultyBase.faults = []


@pytest.fixture(autouse=True)
def _tmp_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_TMP", str(tmp_path))


@pytest.fixture
def stored(vault: Vault, participant: str, tmp_path: Path, make_wav: Any) -> str:
    """One audio item in the vault; returns its id (the vault is closed again)."""
    from vault.ingest import ingest_files

    src = tmp_path / "first.wav"
    make_wav(src, seed=1)
    item = ingest_files(vault, [src], data_class="audio", participant_code=participant,
                        interview=1).ingested[0]
    vault.close()
    return item.id


# -- names are escaped: one error is one line ---------------------------------------------------

@pytest.mark.parametrize("raw, shown", [
    ("plain name.wav", "plain name.wav"),
    ("café – Łódź.wav", "café – Łódź.wav"),
    ("a\nerror: forged", "a\\nerror: forged"),
    ("a\rb", "a\\rb"),
    ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
    ("evil\u202evaw.exe", "evil\\u202evaw.exe"),
    ("line\u2028sep", "line\\u2028sep"),
    ("zero\u200bwidth", "zero\\u200bwidth"),
    ("bell\x07 and del\x7f", "bell\\x07 and del\\x7f"),
    ("c1\x9bcsi", "c1\\x9bcsi"),
    (os.fsdecode(b"latin1-\xe9.wav"), "latin1-\\xe9.wav"),
])
def test_printable_escapes_what_a_terminal_would_obey(raw: str, shown: str) -> None:
    assert printable(raw) == shown
    rendered = InputError(f"{raw}: no such file", hint=f"about {raw}").render()
    assert rendered == f"error: {shown}: no such file — about {shown}"
    assert rendered.isprintable() or all(c == " " or c.isprintable() for c in rendered)


@pytest.mark.parametrize("name", ["a\nerror: forged.wav", "a\rerror: over.wav",
                                  "\x1b[31mred.wav", "\u202evaw.exe"])
def test_a_file_name_cannot_forge_a_line_or_colour_the_terminal(
        runner: CliRunner, vault_dir: Path, participant: str, tmp_path: Path, name: str,
        snapshot: Any) -> None:
    before = snapshot(vault_dir)
    result = ingest_audio_cli(runner, tmp_path / name, participant)
    assert result.exit_code == 9
    assert one_error_line(result) == (f"error: {printable(name)}: no such file — check the file "
                                 "name and try again")
    assert "\x1b" not in result.stderr and "\r" not in result.stderr
    assert "\u202e" not in result.stderr
    assert snapshot(vault_dir) == before


def test_a_batch_prints_one_escaped_line_per_failure(runner: CliRunner, vault_dir: Path,
                                                     participant: str, tmp_path: Path,
                                                     make_wav: Any) -> None:
    bad = tmp_path / "notes\nerror: all files stored.wav"
    bad.write_text("not audio")
    red = tmp_path / "\x1b[31mempty.wav"
    red.touch()
    good = make_wav(tmp_path / "good.wav", seed=3)
    result = ingest_audio_cli(runner, bad, participant, str(good), str(red))
    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        ("error: notes\\nerror: all files stored.wav: not a recognised audio file (WAV, MP3, "
         "M4A, FLAC, OGG) — ingest accepts WAV, MP3, M4A, FLAC and Ogg recordings, recognised "
         "by content; transcripts go to `vault ingest transcript`"),
        ("error: \\x1b[31mempty.wav: empty file — check the export from the recorder or "
         "transcription tool"),
        ("error: 2 of 3 files failed — fix the files listed above and run the command again "
         "for them")]


def test_revealed_names_are_escaped_in_listings(runner: CliRunner, vault_dir: Path,
                                                participant: str, tmp_path: Path,
                                                make_wav: Any) -> None:
    src = make_wav(tmp_path / "int\nP99 forged row\x1b[31m.wav")
    assert ingest_audio_cli(runner, src, participant).exit_code == 0
    result = runner.invoke(main, ["list", "--reveal"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and "\x1b" not in result.stdout
    assert lines[1].endswith("int\\nP99 forged row\\x1b[31m.wav")


def test_usage_errors_escape_names_too(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "a\nError: forged"
    folder.mkdir()
    result = runner.invoke(main, ["age", "keygen", "-o", str(folder)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for '-o' / '--output': File "
        f"'{printable(str(folder))}' is a directory.")
    assert sum(line.startswith("Error:") for line in result.stderr.splitlines()) == 1


def test_a_real_process_prints_one_line_for_a_forging_name(vault_dir: Path, participant: str,
                                                           tmp_path: Path) -> None:
    name = "x\nerror: forged\x1b[2J.wav"
    proc = subprocess.run([str(VAULT_BIN), "ingest", "audio", str(tmp_path / name),
                           "--participant", participant, "--interview", "1"],
                          capture_output=True, timeout=300, env=dict(os.environ), check=False)
    assert proc.returncode == 9
    assert proc.stderr.count(b"\n") == 1 and b"\x1b" not in proc.stderr
    assert proc.stderr.decode() == ("error: x\\nerror: forged\\x1b[2J.wav: no such file — "
                                    "check the file name and try again\n")


# -- disk full: in-process faults at the low-level step ------------------------------------------

class _FillingWriter(io.RawIOBase):
    """A file that takes ``room`` bytes, then fails as a full disk does (ENOSPC, no name)."""

    def __init__(self, dst: Any, room: int) -> None:
        super().__init__()
        self._dst, self._room = dst, room

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        size = memoryview(data).nbytes
        if size > self._room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= size
        return int(self._dst.write(data))


@pytest.fixture
def full_object_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while an object's encrypted stream is being written."""
    real = age.encrypt

    def encrypt(src: Any, dst: Any, recipients: Any, **kwargs: Any) -> Any:
        if isinstance(dst, io.BufferedWriter):  # a temp object file, not an in-memory wrap
            dst = _FillingWriter(dst, room=2048)
        return real(src, dst, recipients, **kwargs)

    monkeypatch.setattr(age, "encrypt", encrypt)


@pytest.mark.parametrize("remove_source", [False, True], ids=["keep", "remove-source"])
def test_enospc_from_the_stream_writer_changes_nothing(
        runner: CliRunner, vault_dir: Path, participant: str, tmp_path: Path, make_wav: Any,
        snapshot: Any, full_object_disk: None, remove_source: bool) -> None:
    src = make_wav(tmp_path / "long.wav", seconds=2.0)
    content = src.read_bytes()
    before = snapshot(vault_dir)
    result = ingest_audio_cli(runner, src, participant, *(["--remove-source"] if remove_source else []))
    assert result.exit_code == 19
    assert one_error_line(result) == (f"error: no space left on the disk holding {vault_dir} — "
                                 f"{FULL_HINT}")
    assert snapshot(vault_dir) == before  # no temp, no row, no key, no journal, no audit line
    assert src.read_bytes() == content  # the source stays, --remove-source or not
    assert result.stdout == ""


@pytest.mark.parametrize("auto_rollback", [False, True],
                         ids=["transaction-open", "sqlite-rolled-back"])
def test_sqlite_full_at_commit_is_storage_full_and_changes_nothing(
        runner: CliRunner, vault_dir: Path, participant: str, tmp_path: Path, make_wav: Any,
        snapshot: Any, sqlite_faults: list[Any], auto_rollback: bool) -> None:
    src = make_wav(tmp_path / "a.wav")
    before = snapshot(vault_dir)
    _FaultyBase.armed_by = "INSERT INTO items"  # the COMMIT of the ingest's own row
    sqlite_faults.append(("COMMIT", _genuine_sqlite_full(), auto_rollback))
    result = ingest_audio_cli(runner, src, participant)
    assert not sqlite_faults, "the fault never fired"
    assert result.exit_code == 19
    assert one_error_line(result) == (f"error: no space left on the disk holding the catalog "
                                 f"({vault_dir}) — {FULL_HINT}")
    assert snapshot(vault_dir) == before
    assert src.exists()


def test_sqlite_full_at_any_query_is_never_damage(runner: CliRunner, vault_dir: Path,
                                                  stored: str, sqlite_faults: list[Any],
                                                  snapshot: Any) -> None:
    before = snapshot(vault_dir)
    sqlite_faults.append(("SELECT id, data_class, participant_marker", _genuine_sqlite_full(),
                          False))
    result = runner.invoke(main, ["list"])
    assert result.exit_code == 19
    assert one_error_line(result) == (f"error: no space left on the disk holding the catalog "
                                 f"({vault_dir}) — {FULL_HINT}")
    assert "catalog is damaged" not in result.stderr
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize("free, code, line", [
    (16 * 1024, 19, "error: no space left on the disk holding the catalog ({d}) — " + FULL_HINT),
    (10 ** 12, 10, ("error: {d}/catalog.sqlite: input/output error (SQLITE_IOERR_WRITE) — the "
                    "disk may be failing or was removed: check it, then run `vault verify` (an "
                    "I/O error is not by itself a sign of a damaged catalog)")),
], ids=["little-space", "plenty-of-space"])
def test_an_sqlite_io_error_is_disk_full_when_space_is_short(
        runner: CliRunner, vault_dir: Path, stored: str, sqlite_faults: list[Any],
        monkeypatch: pytest.MonkeyPatch, free: int, code: int, line: str) -> None:
    from vault import system_errors

    monkeypatch.setattr(system_errors, "free_bytes", lambda _path: free)
    sqlite_faults.append(("SELECT id, data_class, participant_marker",
                          _sqlite_error("SQLITE_IOERR_WRITE", 778, "disk I/O error"), False))
    result = runner.invoke(main, ["list"])
    assert (result.exit_code, one_error_line(result)) == (code, line.format(d=vault_dir))


def test_enospc_appending_a_committed_audit_line_keeps_it_pending(
        runner: CliRunner, vault_dir: Path, participant: str, tmp_path: Path, make_wav: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """audit.log never holds an uncommitted line: an entry is written to the catalog
    (``audit_pending``) in its change's transaction and appended to the file after COMMIT.
    A full disk at that append loses nothing: the change stays committed, its line stays
    pending (a partial line in the file is completed, never cut), the error says disk full and
    not to repeat the change, and the next command appends exactly the missing bytes."""
    from vault import audit

    real_write = os.write

    def write(fd: int, data: Any) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").endswith("audit.log"):
            real_write(fd, bytes(data)[:10])  # a partial line, then the disk is full
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    def pending_lines() -> list[bytes]:
        db = sqlite3.connect(f"file:{vault_dir / 'catalog.sqlite'}?mode=ro", uri=True)
        try:
            return [bytes(r[0]) for r in db.execute("SELECT line FROM audit_pending")]
        finally:
            db.close()

    monkeypatch.setattr(audit.os, "write", write)
    src = make_wav(tmp_path / "a.wav")
    log_before = (vault_dir / "audit.log").read_bytes()
    result = ingest_audio_cli(runner, src, participant)
    monkeypatch.setattr(audit.os, "write", real_write)
    assert result.exit_code == 19
    assert one_error_line(result) == (
        "error: the change was committed and its audit entry is kept in the catalog, but "
        f"audit.log could not take it: no space left on the disk holding {vault_dir} — free "
        "space on that disk; the next vault command appends the entry (nothing is lost; the "
        "change is done, do not repeat it)")
    assert "damaged" not in result.stderr
    (line,) = pending_lines()
    assert json.loads(line)["action"] == "ingest"
    after = (vault_dir / "audit.log").read_bytes()
    assert after == log_before + line[:10]  # nothing cut, nothing lost
    assert src.exists()  # the source is kept whatever happened
    # verify is read-only: it counts the pending entry and changes no byte
    verified = runner.invoke(main, ["audit", "verify", "--json"])
    assert verified.exit_code == 0, verified.stderr
    assert json.loads(verified.stdout)["pending"] == 1
    assert (vault_dir / "audit.log").read_bytes() == after
    # the next command completes the line; the item was ingested once
    listed = runner.invoke(main, ["list", "--json"])
    assert listed.exit_code == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 1
    assert (vault_dir / "audit.log").read_bytes() == log_before + line + b"\n"
    assert pending_lines() == []
    assert runner.invoke(main, ["audit", "verify"]).exit_code == 0


def test_short_writes_of_the_audit_line_are_continued(
        runner: CliRunner, vault_dir: Path, participant: str, tmp_path: Path, make_wav: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A nearly full disk may take part of a write without an error: the rest follows."""
    from vault import audit

    real_write = os.write
    calls: list[int] = []

    def write(fd: int, data: Any) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").endswith("audit.log"):
            calls.append(len(data))
            return real_write(fd, bytes(data)[:7])
        return real_write(fd, data)

    monkeypatch.setattr(audit.os, "write", write)
    result = ingest_audio_cli(runner, make_wav(tmp_path / "a.wav"), participant)
    monkeypatch.setattr(audit.os, "write", real_write)
    assert result.exit_code == 0, result.stderr
    assert len(calls) > 1
    assert (vault_dir / "audit.log").read_bytes().endswith(b"\n")
    assert runner.invoke(main, ["audit", "verify"]).exit_code == 0


def test_enospc_writing_an_export_names_the_output_disk(
        runner: CliRunner, vault_dir: Path, stored: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, snapshot: Any) -> None:
    from vault import objects

    real = objects._digest_of

    def digest_of(path: Path, identity: Any, custody: Any, dst: Any = None,
                  progress: Any = None) -> Any:
        return real(path, identity, custody, _FillingWriter(dst, 100) if dst else None,
                    progress)

    monkeypatch.setattr(objects, "_digest_of", digest_of)
    out_dir = tmp_path / "listen"
    out_dir.mkdir()
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["export", stored, "--out", str(out_dir / "a.wav")])
    assert result.exit_code == 19
    assert one_error_line(result) == (f"error: no space left on the disk holding {out_dir} — "
                                 f"{FULL_HINT}")
    assert list(out_dir.iterdir()) == []  # no output, no partial temp
    assert snapshot(vault_dir) == before


# -- the mapping, by error code -------------------------------------------------------------

@pytest.mark.parametrize("name, cls, code", [
    ("SQLITE_FULL", StorageFull, 19),
    ("SQLITE_NOTADB", CatalogDamaged, 10),
    ("SQLITE_CANTOPEN", VaultFileError, 10),
    ("SQLITE_CONSTRAINT_UNIQUE", VaultFileError, 10),
])
def test_genuine_sqlite_errors_map_by_their_code(tmp_path: Path, name: str,
                                                 cls: type[VaultError], code: int) -> None:
    error = catalog_error(_genuine_sqlite_error(name), tmp_path / "catalog.sqlite")
    assert type(error) is cls and error.exit_code == code
    if name == "SQLITE_CANTOPEN":  # the OS says why: the catalog is a directory
        assert error.render() == (f"error: {tmp_path}/catalog.sqlite: is a directory where "
                                  "the vault keeps a file — move it aside and restore "
                                  "catalog.sqlite from backup")
    else:
        assert name in error.message or isinstance(error, StorageFull)
    if not isinstance(error, CatalogDamaged):
        assert "catalog is damaged" not in error.render()


@pytest.mark.parametrize("name, code, cls", [
    ("SQLITE_CORRUPT", 11, CatalogDamaged), ("SQLITE_CORRUPT_INDEX", 779, CatalogDamaged),
    ("SQLITE_BUSY", 5, LockBusy), ("SQLITE_LOCKED", 6, LockBusy),
    ("SQLITE_READONLY", 8, VaultFileError), ("SQLITE_PERM", 3, VaultFileError),
    ("SQLITE_NOMEM", 7, VaultFileError), ("SQLITE_IOERR_FSYNC", 1034, VaultFileError),
])
def test_sqlite_codes_map_to_their_class(tmp_path: Path, name: str, code: int,
                                         cls: type[VaultError]) -> None:
    catalog = tmp_path / "catalog.sqlite"
    catalog.touch()
    error = catalog_error(_sqlite_error(name, code, "x"), catalog)
    assert type(error) is cls
    assert ("catalog is damaged" in error.render()) == (cls is CatalogDamaged)
    assert ("restore catalog.sqlite" in error.render()) == (cls is CatalogDamaged)


@pytest.mark.parametrize("err, in_vault, cls, line", [
    (errno.ENOSPC, True, StorageFull, "error: no space left on the disk holding {v}/objects — "
     + FULL_HINT),
    (errno.EDQUOT, False, StorageFull, "error: disk quota exceeded on the disk holding {o} — "
     + FULL_HINT),
    (errno.EACCES, True, VaultFileError, "error: {v}/objects/x.age: permission denied — "
     + OWNER_HINT),
    (errno.EACCES, False, InputError, ("error: x.age: permission denied — check the file's "
                                       "owner and permissions (ls -l)")),
    (errno.EROFS, True, VaultFileError, ("error: {v}/objects/x.age: read-only file system — "
                                     "remount the disk read-write, or copy the vault to one")),
    (errno.EIO, True, VaultFileError, ("error: {v}/objects/x.age: input/output error — the disk "
                                   "may be failing or was removed: check it, then run "
                                   "`vault verify`")),
    (errno.EISDIR, True, VaultFileError, ("error: {v}/objects/x.age: is a directory where the "
                                      "vault keeps a file — move it aside and restore x.age "
                                      "from backup")),
])
def test_os_errors_map_by_errno_and_whose_file_it_is(tmp_path: Path, err: int, in_vault: bool,
                                                     cls: type[VaultError], line: str) -> None:
    vault_root = tmp_path / "v"
    (vault_root / "objects").mkdir(parents=True)
    other = tmp_path / "o"
    path = (vault_root if in_vault else other) / "objects" / "x.age"
    error = os_error(OSError(err, os.strerror(err), str(path)), vault_root=vault_root)
    assert type(error) is cls
    assert error.render() == line.format(v=vault_root, o=other / "objects")


# -- a real full disk: tmpfs in a private mount namespace ---------------------------------------

def _can_mount_tmpfs() -> bool:
    if shutil.which("unshare") is None or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c",
                            ("mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || "
                             "mount -t tmpfs -o size=64k tmpfs /tmp")],
                           capture_output=True, timeout=60, check=False)
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _can_mount_tmpfs(),
                    reason="needs unprivileged user and mount namespaces (unshare -rm) for tmpfs")
def test_a_real_full_disk_is_reported_as_full_never_as_damage(tmp_path: Path) -> None:
    mount = tmp_path / "disk"
    mount.mkdir()
    script = ROOT / "tests" / "_full_disk.py"
    proc = subprocess.run(
        ["unshare", "-rm", "sh", "-c",
         'mount -t tmpfs -o size=6m tmpfs "$1" && exec "$2" "$3" "$1"', "sh", str(mount),
         sys.executable, str(script)],
        capture_output=True, text=True, timeout=600, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["attempts"], report
    for attempt in report["attempts"]:
        lines = attempt["stderr"].splitlines()
        assert len(lines) == 1 and "Traceback" not in attempt["stderr"], attempt
        assert attempt["exit"] == 19, attempt
        assert lines[0].startswith("error: no space left on the disk holding "), attempt
        assert lines[0].endswith(FULL_HINT), attempt
        assert "catalog is damaged" not in lines[0] and "restore" not in lines[0]
    # once space is freed, the vault is exactly as before the failed attempts
    assert report["before"] == report["after"], report
    assert report["audit_verify"] == 0 and report["verify"] == 0


# -- the catalog: damaged pages, not SQLite -------------------------------------------------

def _zero_page_of(catalog: Path, table: str) -> None:
    db = sqlite3.connect(catalog)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                          (table,)).fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    finally:
        db.close()
    with catalog.open("r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\0" * size)


@pytest.mark.parametrize("table, args", [
    ("items", ["list"]), ("items", ["verify"]), ("items", ["export", "ITEM", "--out", "OUT"]),
    # a damaged key table is damage, not "class key destroyed" (no name) or "object corrupt"
    ("keys", ["list", "--reveal"]), ("keys", ["verify"]),
], ids=lambda a: a if isinstance(a, str) else a[0])
def test_a_zeroed_page_met_at_a_query_is_reported_as_damage(
        runner: CliRunner, vault_dir: Path, stored: str, tmp_path: Path, table: str,
        args: list[str]) -> None:
    _zero_page_of(vault_dir / "catalog.sqlite", table)
    args = [stored if a == "ITEM" else str(tmp_path / "out.wav") if a == "OUT" else a
            for a in args]
    assert runner.invoke(main, ["audit", "verify"]).exit_code == 0  # the vault still opens
    result = runner.invoke(main, args)
    assert result.exit_code == 10
    assert one_error_line(result) == (f"error: {vault_dir}/catalog.sqlite: catalog is damaged "
                                 f"(SQLITE_CORRUPT) — {DAMAGED_HINT}")
    assert not (tmp_path / "out.wav").exists()


def test_a_catalog_that_is_not_sqlite_is_damage(runner: CliRunner, vault_dir: Path) -> None:
    (vault_dir / "catalog.sqlite").write_bytes(b"\0" * 8192)
    result = runner.invoke(main, ["list"])
    assert result.exit_code == 10
    assert one_error_line(result) == (f"error: {vault_dir}/catalog.sqlite: catalog is damaged "
                                 f"(SQLITE_NOTADB) — {DAMAGED_HINT}")


# -- vault files of the wrong type ------------------------------------------------------------

def _catalog_state(root: Path) -> tuple[Any, ...]:
    db = sqlite3.connect(root / "catalog.sqlite")
    try:
        return tuple(tuple(tuple(r) for r in db.execute(f"SELECT * FROM {t} ORDER BY 1"))
                     for t in ("items", "keys", "journal"))
    finally:
        db.close()


@pytest.mark.parametrize("breakage", ["deleted", "a file"])
def test_objects_dir_gone_or_a_file(runner: CliRunner, vault_dir: Path, stored: str,
                                    participant: str, tmp_path: Path, make_wav: Any,
                                    breakage: str) -> None:
    shutil.rmtree(vault_dir / "objects")
    if breakage == "a file":
        (vault_dir / "objects").write_text("not a directory")
    state = _catalog_state(vault_dir)
    audit = (vault_dir / "audit.log").read_bytes()

    result = runner.invoke(main, ["verify"])
    what = "is missing" if breakage == "deleted" else "is not a directory"
    assert result.exit_code == 11
    assert one_error_line(result) == (f"error: objects/ {what}: all 1 objects missing — restore "
                                 "the objects directory from backup, then run `vault verify` "
                                 "again")

    src = make_wav(tmp_path / "b.wav", seed=9)
    result = ingest_audio_cli(runner, src, participant, interview=2)
    assert result.exit_code == 10
    if breakage == "deleted":
        expected = (f"error: {vault_dir}/objects: missing from the vault — restore objects "
                    "from backup, then run `vault verify`")
    else:
        expected = (f"error: {vault_dir}/objects: is a file where the vault keeps a directory "
                    "— move it aside and restore the directory objects from backup, then run "
                    "`vault verify`")
    assert one_error_line(result) == expected
    assert _catalog_state(vault_dir) == state
    assert (vault_dir / "audit.log").read_bytes().startswith(audit)

    result = runner.invoke(main, ["export", stored, "--out", str(tmp_path / "x.wav")])
    assert result.exit_code == 10 and len(result.stderr.splitlines()) == 1
    assert runner.invoke(main, ["list"]).exit_code == 0  # the catalog alone still answers


@pytest.mark.parametrize("name, line", [
    (".lock", ("error: {v}/.lock: is a directory where the vault keeps its lock file — remove "
               "that directory; vault creates the lock file again")),
    ("audit.log", ("error: {v}/audit.log: is a directory where the vault keeps a file — move "
                   "it aside and restore audit.log from backup")),
])
@pytest.mark.parametrize("command", ["list", "ingest", "verify"])
def test_a_directory_where_a_vault_file_belongs(runner: CliRunner, vault_dir: Path,
                                                participant: str, tmp_path: Path,
                                                make_wav: Any, name: str, line: str,
                                                command: str) -> None:
    path = vault_dir / name
    saved = path.read_bytes()
    path.unlink()
    path.mkdir()
    state = _catalog_state(vault_dir)
    if command == "ingest":
        result = ingest_audio_cli(runner, make_wav(tmp_path / "a.wav"), participant)
    else:
        result = runner.invoke(main, [command])
    assert result.exit_code == 10
    assert one_error_line(result) == line.format(v=vault_dir)
    assert _catalog_state(vault_dir) == state
    path.rmdir()
    path.write_bytes(saved)
    assert runner.invoke(main, ["audit", "verify"]).exit_code == 0


# -- the custodian's identity file ----------------------------------------------------------

def test_identity_file_is_a_directory(runner: CliRunner, vault_dir: Path, identity_file: Path,
                                      stored: str, tmp_path: Path, snapshot: Any) -> None:
    identity_file.unlink()
    identity_file.mkdir()
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["export", stored, "--out", str(tmp_path / "x.wav")])
    assert result.exit_code == 7
    assert one_error_line(result) == (f"error: {identity_file}: is a directory, not an identity file "
                                 "— point VAULT_IDENTITY_FILE at the identity file itself")
    assert snapshot(vault_dir) == before


def _protected_identity(identity_file: Path, tmp_path: Path) -> Path:
    """The test custodian's identity, passphrase-protected (armored scrypt age file)."""
    identity = keys.read_identity_file(identity_file)
    protected = tmp_path / "protected.age"
    keys.write_identity_file(protected, identity, "correct horse", work_factor=10)
    return protected


@pytest.mark.parametrize("damage, detail", [
    ("body", "armored file: invalid base64"),
    ("header", "not an age file: bad first line"),
    ("truncated", "age payload is truncated: no final chunk"),
])
def test_a_damaged_identity_file_is_damaged_not_a_wrong_passphrase(
        runner: CliRunner, vault_dir: Path, identity_file: Path, stored: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, damage: str, detail: str) -> None:
    protected = _protected_identity(identity_file, tmp_path)
    text = protected.read_text()
    if damage == "body":
        lines = text.splitlines()
        lines[2] = "!" * len(lines[2])
        text = "\n".join(lines) + "\n"
        protected.write_text(text)
    elif damage == "header":
        plain = age.decrypt_bytes(protected.read_bytes(),
                                  [age.ScryptIdentity("correct horse")])
        binary = age.encrypt_bytes(plain, [age.ScryptRecipient("correct horse", 10)])
        protected.write_bytes(binary.replace(b"age-encryption.org/v1", b"age-encryption.org/v9", 1))
    else:
        binary = age.encrypt_bytes(b"AGE-SECRET-KEY-1" + b"Q" * 58 + b"\n",
                                   [age.ScryptRecipient("correct horse", 10)])
        protected.write_bytes(binary[:-20])
    monkeypatch.setenv("VAULT_IDENTITY_FILE", str(protected))
    monkeypatch.setenv("VAULT_PASSPHRASE", "correct horse")
    result = runner.invoke(main, ["export", stored, "--out", str(tmp_path / "x.wav")])
    assert result.exit_code == 7
    line = one_error_line(result)
    assert line.startswith(f"error: {protected}: identity file is damaged (")
    assert "wrong passphrase" not in line
    assert line.endswith("— restore the identity file from backup; nothing was changed")


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(
        runner: CliRunner, vault_dir: Path, identity_file: Path, stored: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    protected = _protected_identity(identity_file, tmp_path)
    monkeypatch.setenv("VAULT_IDENTITY_FILE", str(protected))
    monkeypatch.setenv("VAULT_PASSPHRASE", "wrong horse")
    result = runner.invoke(main, ["list", "--reveal"])
    assert result.exit_code == 7
    assert one_error_line(result) == (f"error: {protected}: wrong passphrase for the identity file "
                                 "— check VAULT_PASSPHRASE; nothing was changed")


def test_age_decrypt_with_a_damaged_identity_file(runner: CliRunner, identity_file: Path,
                                                  vault_dir: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    protected = _protected_identity(identity_file, tmp_path)
    lines = protected.read_text().splitlines()
    lines[2] = "!" * len(lines[2])
    protected.write_text("\n".join(lines) + "\n")
    sealed = tmp_path / "note.age"
    sealed.write_bytes(age.encrypt_bytes(b"hello", [keys.read_identity_file(identity_file)
                                                    .recipient]))
    monkeypatch.setenv("VAULT_PASSPHRASE", "correct horse")
    result = runner.invoke(main, ["age", "decrypt", "-i", str(protected), str(sealed)])
    assert result.exit_code == 7
    assert one_error_line(result) == (f"error: identity file {protected}: damaged (armored file: "
                                 "invalid base64) — restore the identity file from backup")


# -- permission denied on vault files (really: as another user, or with chmod 000) ----------

def _as_other_user() -> list[str] | None:
    """The command prefix that runs as an unprivileged user, when this process is root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    probe = subprocess.run([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
                            str(VAULT_BIN), "--version"], capture_output=True, timeout=120,
                           check=False)
    if probe.returncode != 0:
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def unprivileged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[list[str], Path]]:
    """(command prefix, a directory the unprivileged user owns) — skipped when impossible."""
    prefix = _as_other_user()
    if prefix is None:
        pytest.skip("running as root without setpriv: cannot test a refused permission")
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="vault-perm-"))
    try:
        yield prefix, base
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _own(path: Path, uid: int) -> None:
    for here, dirs, files in os.walk(path):
        for name in [here, *(os.path.join(here, n) for n in dirs + files)]:
            os.chown(name, uid, uid)


@pytest.mark.parametrize("target, args, code, line", [
    ("catalog.sqlite", ["list"], 10,
     "error: {v}/catalog.sqlite: permission denied — " + OWNER_HINT),
    ("audit.log", ["audit", "verify"], 10,
     "error: {v}/audit.log: permission denied — " + OWNER_HINT),
    ("vault.toml", ["list"], 10, "error: {v}/vault.toml: permission denied — " + OWNER_HINT),
    (".lock", ["list"], 10, "error: {v}/.lock: permission denied — " + OWNER_HINT),
    ("objects", ["verify"], 10, "error: {v}/objects: permission denied — " + OWNER_HINT),
    ("objects/ITEM.age", ["export", "ITEM", "--out", "{b}/x.wav"], 10,
     "error: {v}/objects/ITEM.age: permission denied — " + OWNER_HINT),
    ("ID", ["list", "--reveal"], 7,
     ("error: {b}/home/custodian.identity: permission denied on the identity file — it must "
      "be yours and readable by you: chmod 600 {b}/home/custodian.identity")),
], ids=["catalog", "audit-log", "vault-toml", "lock", "objects-dir", "object", "identity"])
def test_permission_denied_on_a_vault_file(unprivileged: tuple[list[str], Path],
                                           make_wav: Any, target: str, args: list[str],
                                           code: int, line: str) -> None:
    prefix, base = unprivileged
    home = base / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               VAULT_IDENTITY_FILE=str(home / "custodian.identity"), VAULT_DIR=str(base / "v"))
    env.pop("VAULT_PASSPHRASE", None)
    vault = Vault.init(base / "v", "Perm")
    keys.init_custodian(vault, store="file", identity_file=home / "custodian.identity",
                        passphrase=lambda _p: None)  # type: ignore[arg-type, return-value]
    from conftest import add_test_participant
    from vault.ingest import ingest_files

    code_ = add_test_participant(vault)
    item = ingest_files(vault, [make_wav(base / "a.wav")], data_class="audio",
                        participant_code=code_, interview=1).ingested[0].id
    vault.close()
    uid = 65534 if os.geteuid() == 0 else os.geteuid()
    if os.geteuid() == 0:
        _own(base, uid)
    denied = (home / "custodian.identity") if target == "ID" \
        else base / "v" / target.replace("ITEM", item)
    if os.geteuid() == 0:
        os.chown(denied, 0, 0)
    os.chmod(denied, 0)
    before = _catalog_state(base / "v") if target != "catalog.sqlite" else None
    argv = [a.replace("ITEM", item).replace("{b}", str(base)) for a in args]
    proc = subprocess.run([*prefix, str(VAULT_BIN), *argv], capture_output=True, text=True,
                          env=env, timeout=300, cwd=base, check=False)
    os.chmod(denied, 0o700 if denied.is_dir() else 0o600)
    assert proc.returncode == code, proc.stderr
    assert proc.stderr == line.format(v=base / "v", b=base).replace("ITEM", item) + "\n"
    if before is not None:
        assert _catalog_state(base / "v") == before
    assert not (base / "x.wav").exists()


# -- every command, against each breakage: one line, never a traceback ---------------------------

def _replace_with_directory(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.mkdir()


def _objects_a_file(root: Path, _identity: Path) -> None:
    shutil.rmtree(root / "objects")
    (root / "objects").write_text("x")


def _not_sqlite(root: Path, _identity: Path) -> None:
    (root / "catalog.sqlite").write_bytes(b"\0" * 8192)


BREAKAGES: dict[str, Callable[[Path, Path], None]] = {
    "objects deleted": lambda root, _i: shutil.rmtree(root / "objects"),
    "objects a file": _objects_a_file,
    "lock a directory": lambda root, _i: _replace_with_directory(root / ".lock"),
    "audit.log a directory": lambda root, _i: _replace_with_directory(root / "audit.log"),
    "identity a directory": lambda _root, identity: _replace_with_directory(identity),
    "items page zeroed": lambda root, _i: _zero_page_of(root / "catalog.sqlite", "items"),
    "catalog not SQLite": _not_sqlite,
    "catalog deleted": lambda root, _i: (root / "catalog.sqlite").unlink(),
    "policies deleted": lambda root, _i: shutil.rmtree(root / "policies"),
}

COMMANDS = [
    ["list"], ["list", "--reveal"], ["verify"], ["export", "ITEM", "--out", "OUT"],
    ["audit", "verify"], ["audit", "show"], ["participant", "list"],
    ["participant", "add", "--name", "New Person"], ["participant", "withdraw", "CODE"],
    ["codes", "status"], ["codes", "history", "CODE"], ["codes", "rotate", "--reason", "annual"],
    ["event", "list"], ["event", "set", "final_report", "2026-01-01"],
    ["hold", "list"], ["hold", "add", "ITEM", "--reason", "audit"],
    ["custodian", "list"], ["retention", "status"], ["retention", "plan"],
    ["retention", "purge", "--yes"], ["retention", "pending"], ["retention", "certificates"],
    ["ingest", "audio", "WAV", "--participant", "CODE", "--interview", "2"],
    ["review"], ["dataset", "list"], ["anonymise", "run", "--all"], ["participant", "import", "CSV"],
    ["custodian", "add", "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"],
    ["audit", "key"], ["audit", "checkpoint"], ["audit", "reconcile", "--dry-run"],
    ["release", "key"], ["dataset", "remove", "ITEM", "--reason", "unwanted", "--yes"],
]


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_every_command_against_a_broken_vault_is_one_line(
        runner: CliRunner, vault_dir: Path, identity_file: Path, stored: str,
        participant: str, tmp_path: Path, make_wav: Any, breakage: str) -> None:
    wav = make_wav(tmp_path / "second.wav", seed=4)
    csv = tmp_path / "register.csv"
    csv.write_text("name\nAnother Person\n")
    pristine = tmp_path / "pristine"
    shutil.copytree(vault_dir, pristine, symlinks=True)
    saved_identity = identity_file.read_bytes()
    failures = []
    for args in COMMANDS:
        shutil.rmtree(vault_dir)
        shutil.copytree(pristine, vault_dir, symlinks=True)
        if identity_file.is_dir():
            identity_file.rmdir()
        identity_file.write_bytes(saved_identity)
        os.chmod(identity_file, 0o600)
        BREAKAGES[breakage](vault_dir, identity_file)
        out = tmp_path / "out.wav"
        out.unlink(missing_ok=True)
        argv = [{"ITEM": stored, "OUT": str(out), "CODE": participant, "WAV": str(wav),
                 "CSV": str(csv)}.get(a, a) for a in args]
        result = runner.invoke(main, argv)
        lines = result.stderr.splitlines()
        if result.exit_code in (1,) or "Traceback" in result.stderr or (
                result.exit_code and (len(lines) != 1 or not lines[0].startswith("error: "))):
            failures.append(f"{' '.join(args)}: exit {result.exit_code}: "
                            f"{result.stderr or result.exception!r}")
    assert not failures, "\n".join(failures)


# -- anything else is a bug, reported in one line without its message --------------------------

def test_an_unexpected_exception_is_one_line_without_its_message(
        runner: CliRunner, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vault import inventory

    def boom(*_args: Any, **_kwargs: Any) -> Any:
        raise ValueError("Jane Doe, 07700 900123")  # a value that must never be printed

    monkeypatch.setattr(inventory, "list_items", boom)
    result = runner.invoke(main, ["list"])
    assert result.exit_code == 1
    line = one_error_line(result)
    assert line.startswith("error: internal error: ValueError in ")
    assert line.endswith("— this is a bug in vault; run the command again with --debug for "
                         "the traceback and report it (it may show data: check before "
                         "sharing)")
    assert "Jane" not in line and "07700" not in line
    debug = runner.invoke(main, ["--debug", "list"])
    assert "Traceback" in debug.stderr and debug.exit_code == 1


def test_validate_inside_a_broken_vault_fails_closed(runner: CliRunner, vault_dir: Path,
                                                     tmp_path: Path) -> None:
    """A vault that cannot be opened is an error, never a silent run without its codes."""
    (vault_dir / "catalog.sqlite").write_bytes(b"\0" * 8192)
    data = tmp_path / "release.parquet"
    data.write_bytes(b"PAR1")
    result = runner.invoke(main, ["validate", str(data)])
    assert result.exit_code == 10
    assert one_error_line(result) == (f"error: {vault_dir}/catalog.sqlite: catalog is damaged "
                                 f"(SQLITE_NOTADB) — {DAMAGED_HINT}")
