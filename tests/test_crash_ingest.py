"""Crash safety of ingest: SIGKILL a real ingest process, then check the next command's vault.

Two kinds of kill:

* deterministic — a child process runs :func:`vault.ingest.ingest_files` with an ``on_step`` /
  ``progress`` callback (parameters, not globals) that SIGKILLs its own process at one step;
* timed — ``cli.py ingest audio`` runs as a subprocess and is SIGKILLed after a random delay.

After each kill, ``vault list`` (the next command: ``Vault.open`` recovers) must leave no temp
file, no orphan object, no half catalog row, no unused class key, no open journal entry, an
audit chain that verifies — and the source file byte-for-byte untouched.
"""
from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from vault import inventory
from vault.operations import open_vault

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import os, signal, sys, time
from pathlib import Path
from vault.operations import open_vault
from vault.ingest import ingest_files

root, source, code, target, remove = sys.argv[1:6]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def on_step(step):
    if step == target:
        die()
    if target == "pause:" + step:  # hold here, under the lock, until the test says go
        Path(root, "..", "paused").touch()
        while not Path(root, "..", "go").exists():
            time.sleep(0.01)

def progress(done, total):
    if target == "streaming" and done >= total // 2:
        die()

vault = open_vault(Path(root))
ingest_files(vault, [Path(source)], data_class="audio", participant_code=code, interview=1,
             remove_source=remove == "1", on_step=on_step, progress=progress)
sys.exit(0 if target.startswith("pause:") else 3)  # 3: the kill point was never reached
"""


def _big_wav(path: Path, megabytes: int, seed: int) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(random.Random(seed).randbytes(megabytes << 20))
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_consistent(runner: CliRunner, root: Path) -> list[str]:
    """Run the next command, then check every crash-safety promise; returns present item ids."""
    result = runner.invoke(main, ["list", "--json"])
    assert result.exit_code == 0, result.output
    leftovers = [p.name for d in (root, root / "objects") for p in d.glob(".tmp-*")]
    assert leftovers == [], "temp files survived recovery"
    db = sqlite3.connect(root / "catalog.sqlite")
    db.row_factory = sqlite3.Row
    try:
        assert db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == 0
        rows = db.execute("SELECT * FROM items WHERE state = 'present'").fetchall()
        for row in rows:  # no half row: every field ingest writes is there
            for column in ("data_class", "participant_marker", "interview", "original_name",
                           "size", "created", "key_id", "keyed_hash", "media_format",
                           "duration"):
                assert row[column] is not None, column
        unused = db.execute("SELECT id FROM keys WHERE data_class = 'audio' AND NOT EXISTS "
                            "(SELECT 1 FROM items WHERE key_id = keys.id)").fetchall()
        assert unused == [], "a class key created by the killed ingest survived"
    finally:
        db.close()
    ids = sorted(r["id"] for r in rows)
    assert sorted(p.name for p in (root / "objects").iterdir()) == [f"{i}.age" for i in ids]
    vault = open_vault(root)
    try:
        report = inventory.verify_objects(vault)
        assert report.ok, report
        vault.audit.verify()
    finally:
        vault.close()
    return ids


@pytest.mark.parametrize(("target", "remove", "committed"), [
    ("journaled", "0", False),
    ("streaming", "0", False),
    ("encrypted", "0", False),
    ("confirmed", "0", False),
    ("published", "1", False),
    ("committed", "1", True),    # killed after commit, before the source is removed
])
def test_kill_at_each_step(runner: CliRunner, vault_dir: Path, participant: str, tmp_path: Path,
                           target: str, remove: str, committed: bool) -> None:
    source = _big_wav(tmp_path / "interview.wav", 2, seed=1)
    before = _digest(source)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault_dir), str(source), participant, target, remove],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr
    if target != "journaled":
        # the kill really left debris for recovery to clean (a temp, an object or a journal row)
        objects_dir = [p.name for p in (vault_dir / "objects").iterdir()]
        assert objects_dir, "nothing to recover from: the kill point was too early"
    ids = _assert_consistent(runner, vault_dir)
    assert len(ids) == (1 if committed else 0)
    assert source.exists() and _digest(source) == before
    if not committed:
        vault = open_vault(vault_dir)
        entries = [(e.action, e.outcome) for e in vault.audit.entries()]
        vault.close()
        assert ("ingest", "ok") not in entries
        # recovery records what it undid (at "journaled" there was nothing to undo yet)
        assert (("ingest", "rolled-back") in entries) == (target != "journaled")


def test_next_command_during_an_ingest_leaves_it_alone(runner: CliRunner, vault_dir: Path,
                                                        participant: str,
                                                        tmp_path: Path) -> None:
    """Recovery runs only when the lock is free: a live ingest's temp file is not "stale"."""
    source = _big_wav(tmp_path / "interview.wav", 1, seed=2)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_dir), str(source), participant,
         "pause:encrypted", "0"], cwd=REPO, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "paused").exists():
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        temps = list((vault_dir / "objects").glob(".tmp-*"))
        assert len(temps) == 1
        result = runner.invoke(main, ["list"])  # opens the vault: recovery must skip
        assert (result.exit_code, result.stdout) == (0, "no items\n")
        assert temps[0].exists()
        (tmp_path / "go").touch()
        assert child.wait(timeout=60) == 0, child.stderr.read() if child.stderr else ""
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stderr:
            child.stderr.close()
    assert len(_assert_consistent(runner, vault_dir)) == 1


def _run_cli_ingest(vault_dir: Path, source: Path, code: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, str(REPO / "cli.py"), "--vault", str(vault_dir), "ingest", "audio",
         str(source), "--participant", code, "--interview", "1"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _left_debris(root: Path) -> bool:
    """Did the kill interrupt an ingest (journal entry, temp or uncatalogued object)?"""
    db = sqlite3.connect(root / "catalog.sqlite")
    try:
        journal = db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
        catalogued = {f"{r[0]}.age" for r in db.execute("SELECT id FROM items")}
    finally:
        db.close()
    return bool(journal) or bool({p.name for p in (root / "objects").iterdir()} - catalogued)


MIN_RUNS, MAX_RUNS, MIN_INTERRUPTED = 10, 24, 4


def _wait_for_ingest(child: subprocess.Popen[bytes], root: Path, timeout: float = 60) -> None:
    """Return once ``child`` has journaled its ingest (or exited)."""
    deadline = time.monotonic() + timeout
    while child.poll() is None and time.monotonic() < deadline:
        if any((root / "objects").glob(".tmp-*")):
            return
        db = sqlite3.connect(root / "catalog.sqlite", timeout=5)
        try:
            if db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]:
                return
        except sqlite3.OperationalError:  # busy: the child is writing; look again
            pass
        finally:
            db.close()
        time.sleep(0.005)


@pytest.mark.slow
def test_random_sigkill_during_cli_ingest(runner: CliRunner, vault_dir: Path, participant: str,
                                          tmp_path: Path) -> None:
    """Kill `vault ingest audio` at random instants; every outcome is all-or-nothing.

    Odd runs die anywhere in the process's life (start-up included); even runs die at a random
    instant after the ingest has journaled, within a window that adapts to this machine's speed
    (it shrinks when a run finished before the kill), so that enough kills interrupt the ingest.
    """
    rng = random.Random(int(os.environ.get("VAULT_CRASH_SEED", "20261126")))
    megabytes = 12
    # calibrate: a whole run, and the part of it after the ingest journaled
    calibration = _big_wav(tmp_path / "calibration.wav", megabytes, seed=0)
    start = time.monotonic()
    whole = _run_cli_ingest(vault_dir, calibration, participant)
    _wait_for_ingest(whole, vault_dir)
    journaled = time.monotonic()
    assert whole.wait(timeout=120) == 0
    duration = time.monotonic() - start
    window = time.monotonic() - journaled
    calibration.unlink()
    stored = set(_assert_consistent(runner, vault_dir))

    outcomes = {"rolled back": 0, "committed": 0}
    interrupted = 0  # kills that left something for recovery to finish or undo
    run = 0
    while run < MIN_RUNS or (interrupted < MIN_INTERRUPTED and run < MAX_RUNS):
        source = _big_wav(tmp_path / f"run{run}.wav", megabytes, seed=100 + run)
        before = _digest(source)
        child = _run_cli_ingest(vault_dir, source, participant)
        if run % 2:
            time.sleep(rng.uniform(0.0, duration + 0.05))
        else:
            _wait_for_ingest(child, vault_dir)
            time.sleep(rng.uniform(0.0, window))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=120)
        if child.stderr:
            child.stderr.close()
        debris = _left_debris(vault_dir)
        interrupted += debris
        if run % 2 == 0:
            window = window * 1.25 if debris else window / 2
        ids = set(_assert_consistent(runner, vault_dir))
        assert _digest(source) == before, f"run {run}: source changed"
        new = ids - stored
        assert len(new) <= 1 and stored <= ids
        outcomes["committed" if new else "rolled back"] += 1
        stored = ids
        source.unlink()
        run += 1
    assert interrupted >= MIN_INTERRUPTED, (
        f"only {interrupted} of {run} kills landed inside the ingest ({outcomes})")
