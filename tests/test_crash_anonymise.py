"""Crash safety of ``vault anonymise run --all``: SIGKILL a real subprocess at random points.

Each kill lands either at a random moment of the run (start-up, model loading, redaction) or
just after a journaled store operation began or committed (watched through the catalog). After
every kill the next command's recovery (``Vault.open``) must leave no temp file, no open
journal entry, no orphan object, no redacted transcript without its log (nor a log without its
transcript), and an audit chain that verifies; a final run completes the rest.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _vaults import custodial_vault

from vault.anonymise.stored_transcripts import LOG_CLASS, REDACTED_CLASS, read_log
from vault.ingest import ingest_files
from vault.inventory import verify_objects
from vault.operations import open_vault
from vault.participants import import_register
from vault.store import Vault

ROOT = Path(__file__).resolve().parents[1]
KILLS = int(os.environ.get("VAULT_ANONYMISE_KILLS", "12"))

def _env(base: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"HOME": str(base), "VAULT_IDENTITY_FILE": str(base / "custodian.identity"),
                "VAULT_DIR": str(base / "vault"), "PYTHONPATH": str(ROOT),
                "GX_ANALYTICS_ENABLED": "false"})
    env.pop("VAULT_PASSPHRASE", None)
    return env


def _spawn(base: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "cli", *args], env=_env(base), cwd=ROOT,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _count(db: sqlite3.Connection, sql: str) -> int:
    try:
        return int(db.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # busy for an instant: ask again
        return -1


def _kill_somewhere(proc: subprocess.Popen[bytes], catalog: Path, rng: random.Random) -> str:
    """SIGKILL ``proc`` at a random point; returns where (for the failure message)."""
    mode = rng.choice(["time", "journal", "journal", "commit"])
    db = sqlite3.connect(catalog, timeout=0.05)
    try:
        start = _count(db, f"SELECT COUNT(*) FROM items WHERE data_class = '{REDACTED_CLASS}'")
        deadline = time.monotonic() + 30
        if mode == "time":
            time.sleep(rng.uniform(0.0, 6.0))
        while mode != "time" and time.monotonic() < deadline and proc.poll() is None:
            if mode == "journal" and _count(db, "SELECT COUNT(*) FROM journal") > 0:
                time.sleep(rng.uniform(0.0, 0.06))
                break
            if mode == "commit" and _count(
                    db, f"SELECT COUNT(*) FROM items WHERE data_class = '{REDACTED_CLASS}'"
            ) > start:
                time.sleep(rng.uniform(0.0, 0.02))
                break
            time.sleep(0.002)
    finally:
        db.close()
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.communicate()
    return mode


def _check_consistent(root: Path) -> tuple[int, int]:
    """Open (= recover) and check every invariant; returns (raw transcripts, redacted)."""
    vault = open_vault(root)
    try:
        assert not list(root.rglob(".tmp-*")), "temp file left after recovery"
        assert not vault.open_operations(), "journal entry left after recovery"
        present = {cls: vault.db.execute(
            "SELECT id, parent_id FROM items WHERE data_class = ? AND state = 'present'",
            (cls,)).fetchall() for cls in ("transcript_raw", REDACTED_CLASS, LOG_CLASS)}
        logs = {row["id"]: read_log(vault, row["id"]) for row in present[LOG_CLASS]}
        redacted = {row["id"]: row["parent_id"] for row in present[REDACTED_CLASS]}
        assert sorted(log.redacted_id for log in logs.values()) == sorted(redacted), \
            "redacted transcript and redaction log do not pair up"
        for log in logs.values():
            assert redacted[log.redacted_id] == log.raw_id
        parents = list(redacted.values())
        assert len(parents) == len(set(parents)), "a transcript was redacted twice"
        report = verify_objects(vault)
        assert report.ok, (report.missing, report.corrupt, report.orphans)
        vault.audit.verify()
        return len(present["transcript_raw"]), len(redacted)
    finally:
        vault.close()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_sigkill_anonymise_all_at_random_points(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from vault.sample import generate_study

    base = tmp_path
    sample = generate_study(base / "study", seed=11, participants=2, audio_seconds=0.1)
    vault = custodial_vault(base, monkeypatch, "Crash study")  # the same env as _env(base)
    import_register(vault, sample.register.read_bytes())
    for interview in sample.interviews:
        ingest_files(vault, [interview.transcript], data_class="transcript_raw",
                     participant_code=interview.code, interview=interview.number).check()
    vault.close()

    rng = random.Random(20261126)
    root = base / "vault"
    catalog = root / "catalog.sqlite"
    kills: list[tuple[str, int]] = []
    total, done = _check_consistent(root)
    assert total == len(sample.interviews) >= 6
    attempts = 0
    while len(kills) < KILLS and attempts < 4 * KILLS:
        attempts += 1
        if done == total:  # everything redacted: start again from a fresh state of the work
            _undo_all(root)
            done = 0
        proc = _spawn(base, "anonymise", "run", "--all")
        mode = _kill_somewhere(proc, catalog, rng)
        if proc.returncode == -signal.SIGKILL:
            kills.append((mode, done))
        else:
            assert proc.returncode == 0, proc.returncode
        total, done = _check_consistent(root)
    assert len(kills) >= min(KILLS, 10), kills
    assert {m for m, _ in kills} >= {"journal", "time"}

    proc = _spawn(base, "--json", "anonymise", "run", "--all")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    result = json.loads(out)
    assert len(result["items"]) == total - done and result["failed"] == []
    assert _check_consistent(root) == (total, total)


def _undo_all(root: Path) -> None:
    """Supersede nothing, just forget the redactions (tombstones + files), so the next runs
    have work to be killed in. Uses the store's own primitives."""
    from vault import objects

    vault = open_vault(root)
    try:
        rows = vault.db.execute("SELECT id FROM items WHERE data_class IN (?, ?) AND "
                                "state = 'present'", (REDACTED_CLASS, LOG_CLASS)).fetchall()
        with vault.locked():
            with vault.write() as tx:
                tx.executemany("UPDATE items SET state = 'destroyed', keyed_hash = NULL "
                               "WHERE id = ?", [(r["id"],) for r in rows])
            for row in rows:
                objects.discard(vault, row["id"])
    finally:
        vault.close()


@pytest.mark.parametrize("step", ["journaled", "encrypted", "published", "committed",
                                  "superseded"])
def test_kill_during_a_superseding_store(vault: Vault, tmp_path: Path, step: str) -> None:
    """A rerun (as a review decision) replaces a pair: killed at each durable step, recovery
    keeps exactly one complete pair — the old one before the commit, the new one after."""
    from vault.anonymise.engine import Anonymiser
    from vault.anonymise.redaction_policy import default_redaction_policy
    from vault.anonymise.stored_transcripts import anonymise_items
    from vault.participants import add_participant

    code = add_participant(vault, "Olwen Brackenridge")
    source = tmp_path / "one.txt"
    source.write_text("Interviewer: Thanks, Olwen.\nParticipant: Dr Fergus Applethwaite "
                      "helped.\n", encoding="utf-8")
    raw = ingest_files(vault, [source], data_class="transcript_raw", participant_code=code,
                       interview=1).ingested[0].id
    anonymiser = Anonymiser(default_redaction_policy())
    old = anonymise_items(vault, [raw], anonymiser=anonymiser).done[0]
    root = vault.root
    vault.close()

    def die(name: str) -> None:
        if name == step:
            os._exit(9)  # no cleanup, no finally: as close to SIGKILL as a step can get

    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        child = open_vault(root)
        anonymise_items(child, [raw], anonymiser=anonymiser, rerun=True, on_step=die)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 9
    assert _check_consistent(root) == (1, 1)
    reopened = open_vault(root)
    try:
        state = reopened.db.execute("SELECT state FROM items WHERE id = ?",
                                    (old.redacted_id,)).fetchone()[0]
        assert state == ("destroyed" if step in ("committed", "superseded") else "present")
    finally:
        reopened.close()
