"""The vault store: layout, permissions, catalog schema, locking, journal recovery."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vault import store as store_mod
from vault.errors import LockBusy, StoreError
from vault.store import MIGRATIONS, Vault


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault.init(tmp_path / "v", "Mentoring study")


def test_init_creates_layout(vault: Vault) -> None:
    names = {p.name for p in vault.root.iterdir()}
    assert {"vault.toml", "catalog.sqlite", "objects", "policies", "audit.log"} <= names
    toml = (vault.root / "vault.toml").read_text()
    assert f'study_id = "{vault.info.study_id}"' in toml
    assert 'name = "Mentoring study"' in toml
    assert "format_version = 1" in toml
    assert any((vault.root / "policies").iterdir()), "default policies are copied"


def test_catalog_is_wal_and_versioned(vault: Vault) -> None:
    assert vault.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert vault.schema_version == len(MIGRATIONS)
    tables = {r[0] for r in vault.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"items", "participants", "keys", "events", "holds", "journal", "custodians"} <= tables
    columns = {r[1] for r in vault.db.execute("PRAGMA table_info(items)")}
    assert {"id", "data_class", "participant_marker", "interview", "original_name", "size",
            "created", "state"} <= columns


def _roll_schema_back(vault: Vault, version: int) -> None:
    """Make the catalog look as a tool of schema ``version`` left it."""
    vault.close()
    raw = sqlite3.connect(vault.catalog_path)
    assert raw.execute("SELECT COUNT(*) FROM audit_pending").fetchone()[0] == 0
    # migration i created these tables (2: released, 3: audit_pending, 4: redaction_terms)
    for table, created_by in (("redaction_terms", 4), ("audit_pending", 3), ("released", 2)):
        if created_by > version:
            raw.execute(f"DROP TABLE {table}")
    raw.execute(f"PRAGMA user_version = {version}")
    raw.commit()
    raw.close()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_old_catalog_gets_every_later_migration_in_order(vault: Vault, version: int) -> None:
    """A vault made before the linkage guard (schema 1), before pending audit lines (schema
    2, as main's survey release left it) or before the study's term lists (schema 3) gets
    every later table, in the list's one order."""
    assert len(MIGRATIONS) == 4
    assert "CREATE TABLE released" in MIGRATIONS[1]
    assert "CREATE TABLE audit_pending" in MIGRATIONS[2]
    assert "CREATE TABLE redaction_terms" in MIGRATIONS[3]
    _roll_schema_back(vault, version)
    # a read-only open (audit verify) migrates nothing and still verifies the log
    reader = Vault.open(vault.root, read_only=True)
    assert reader.schema_version == version
    entries = reader.audit.verify().entries
    reader.close()
    reopened = Vault.open(vault.root)
    assert reopened.schema_version == len(MIGRATIONS)
    tables = {r[0] for r in reopened.db.execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"released", "audit_pending", "redaction_terms"} <= tables
    with reopened.write() as tx:  # the new table carries the pending line of a write
        reopened.audit.append(tx, action="event.set", items=[], outcome="ok")
    assert reopened.audit.verify().entries == entries + 1
    assert reopened.audit_path.read_bytes().count(b"\n") == len(reopened.audit.entries())


def test_nothing_is_group_or_world_readable(vault: Vault) -> None:
    for path in [vault.root, *vault.root.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} has mode {oct(mode)}"


def test_init_refuses_non_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "notes.txt").write_text("keep me")
    with pytest.raises(StoreError, match="directory is not empty"):
        Vault.init(tmp_path / "x", "S")
    assert [p.name for p in (tmp_path / "x").iterdir()] == ["notes.txt"]


def test_init_refuses_a_file(tmp_path: Path) -> None:
    target = tmp_path / "f"
    target.write_text("")
    with pytest.raises(StoreError, match="exists and is not a directory"):
        Vault.init(target, "S")


def test_open_non_vault(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a vault"):
        Vault.open(tmp_path)


def test_open_damaged_toml(vault: Vault) -> None:
    (vault.root / "vault.toml").write_text("study_id = \n")
    with pytest.raises(StoreError, match="damaged vault.toml"):
        Vault.open(vault.root)


def test_open_newer_catalog_refused(vault: Vault) -> None:
    vault.db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    vault.close()
    with pytest.raises(StoreError, match="newer than this tool"):
        _ = Vault.open(vault.root).db


def test_open_damaged_catalog(vault: Vault) -> None:
    vault.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{vault.catalog_path}{suffix}").unlink(missing_ok=True)
    vault.catalog_path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="catalog is damaged"):
        Vault.open(vault.root)


def test_write_rolls_back_on_error(vault: Vault) -> None:
    before = vault.audit_path.read_bytes()
    with pytest.raises(RuntimeError), vault.write() as tx:
        tx.execute("INSERT INTO events(name, date, set_at) VALUES ('x', '2026-01-01', 'now')")
        vault.audit.append(tx, action="event.set", outcome="ok", custodian="-")
        raise RuntimeError("boom")
    assert vault.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    assert vault.audit_path.read_bytes() == before
    vault.audit.verify()


def test_lock_busy_when_another_process_writes(vault: Vault) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from filelock import FileLock
            with FileLock({str(vault.root / '.lock')!r}):
                print('locked', flush=True)
                time.sleep(30)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        busy = Vault.open(vault.root, lock_timeout=0.2)
        with pytest.raises(LockBusy), busy.write():
            pass
    finally:
        holder.kill()
        holder.wait()


WRITER = """
import sys
from pathlib import Path
from vault.store import Vault
v = Vault.open(Path(sys.argv[1]))
for i in range(int(sys.argv[3])):
    with v.write() as tx:
        tx.execute("INSERT INTO events(name, date, set_at) VALUES (?, '2026-01-01', 'x')",
                   (f"{sys.argv[2]}-{i}",))
        v.audit.append(tx, action="event.set", outcome="ok", custodian="-")
"""


def test_two_processes_never_corrupt_the_catalog(vault: Vault) -> None:
    n = 60
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(vault.root), tag, str(n)])
             for tag in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    fresh = Vault.open(vault.root)
    assert fresh.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert fresh.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 2 * n
    assert fresh.audit.verify().entries == 2 * n + 1


def _recover_marker(vault: Vault, payload: dict) -> None:
    (vault.root / "recovered.json").write_text(json.dumps(payload))


def test_interrupted_operation_is_recovered_on_open(vault: Vault, monkeypatch) -> None:
    """Killed inside an operation (SIGKILL: no finally runs), the entry stays; the next open
    runs the op's settle function with the journaled payload and closes it."""
    monkeypatch.setitem(store_mod._RECOVERY_HANDLERS, "test-op", _recover_marker)
    vault.close()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child dies inside the operation
        child = Vault.open(vault.root)
        with child.operation("test-op", {"step": 1}):
            (child.objects_dir / ".tmp-half-written").write_bytes(b"ciphertext")
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert Vault.open(vault.root, recover=False).open_operations()
    reopened = Vault.open(vault.root)
    assert json.loads((vault.root / "recovered.json").read_text()) == {"step": 1}
    assert reopened.open_operations() == []
    assert not list(vault.objects_dir.glob(".tmp-*"))


def test_an_error_inside_an_operation_settles_it_at_once(vault: Vault, monkeypatch) -> None:
    """The same settle function runs when the block raises, with the payload as journaled
    last, and the entry is closed; a rollback is not audited (the error is the report)."""
    monkeypatch.setitem(store_mod._RECOVERY_HANDLERS, "test-op", _recover_marker)
    before = vault.audit_path.read_bytes()
    with pytest.raises(KeyboardInterrupt), vault.operation("test-op", {"step": 1}) as entry:
        vault.journal_update(entry, {"step": 2})
        raise KeyboardInterrupt
    assert json.loads((vault.root / "recovered.json").read_text()) == {"step": 2}
    assert vault.open_operations() == []
    assert vault.audit_path.read_bytes() == before


def test_a_settle_that_fails_leaves_the_entry_for_recovery(vault: Vault, monkeypatch) -> None:
    def broken(_vault: Vault, _payload: dict) -> None:
        raise OSError("disk full")

    monkeypatch.setitem(store_mod._RECOVERY_HANDLERS, "test-op", broken)
    with pytest.raises(ValueError), vault.operation("test-op", {}):
        raise ValueError("the operation's own error is the one raised")
    assert [op for _id, op, _p in vault.open_operations()] == ["test-op"]
    monkeypatch.setitem(store_mod._RECOVERY_HANDLERS, "test-op", _recover_marker)
    assert vault.recover() == ["test-op"] and vault.open_operations() == []
    assert (vault.root / "recovered.json").exists()


def test_recovery_audits_what_a_settle_function_reports(vault: Vault, monkeypatch) -> None:
    def rolled_back(_vault: Vault, payload: dict) -> store_mod.Settled:
        return store_mod.Settled("test.op", "rolled-back", ("it_1",), {"n": payload["n"]})

    monkeypatch.setitem(store_mod._RECOVERY_HANDLERS, "test-op", rolled_back)
    with vault.write() as tx:
        tx.execute("INSERT INTO journal(op, payload, started) VALUES ('test-op', '{\"n\": 4}', "
                   "'2026-01-01T00:00:00Z')")
    assert vault.recover() == ["test-op"]
    last = vault.audit.entries()[-1]
    assert (last.action, last.outcome, last.items, last.custodian, last.details) == (
        "test.op", "rolled-back", ("it_1",), "-", {"n": 4})
    vault.audit.verify()


def test_an_op_has_one_recovery_handler(monkeypatch) -> None:
    monkeypatch.delitem(store_mod._RECOVERY_HANDLERS, "test-op", raising=False)
    store_mod.recovers("test-op")(_recover_marker)
    store_mod.register_recovery("test-op", _recover_marker)  # the same one again: fine
    assert store_mod.recovery_handlers()["test-op"] is _recover_marker
    with pytest.raises(StoreError, match="operation 'test-op' has two recovery handlers"):
        store_mod.register_recovery("test-op", lambda vault, payload: None)
    monkeypatch.delitem(store_mod._RECOVERY_HANDLERS, "test-op")


def test_unknown_operation_refused(vault: Vault) -> None:
    with pytest.raises(StoreError, match="no recovery handler"), \
            vault.operation("never-registered", {}):
        pass


def test_object_path_rejects_path_tricks(vault: Vault) -> None:
    for bad in ("../x", "a/b", "", ".."):
        with pytest.raises(StoreError, match="invalid item id"):
            vault.object_path(bad)


def test_sqlite_sidecar_files_private(vault: Vault) -> None:
    with vault.write() as tx:
        tx.execute("INSERT INTO events(name, date, set_at) VALUES ('e', '2026-01-01', 'x')")
    for suffix in ("-wal", "-shm"):
        side = Path(f"{vault.catalog_path}{suffix}")
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0
    assert isinstance(vault.db, sqlite3.Connection)
    os.sync()


def test_default_policies_ship_with_the_package() -> None:
    """A wheel carries the policies through vault/default_policies (a link to policies/)."""
    from vault.policies import default_policies_dir

    packaged = Path(store_mod.__file__).resolve().parent / "default_policies"
    repo = default_policies_dir()
    assert packaged.is_dir()
    for name in ("retention.toml", "redaction.toml", "codes.toml", "datasets/survey.toml"):
        assert (packaged / name).read_bytes() == (repo / name).read_bytes()
