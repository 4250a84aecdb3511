"""Crash safety of purge: SIGKILL real purge processes at random points, then rerun.

After every kill, the catalog and objects/ are checked raw (no recovery): an object is never
gone while the catalog says present — unless the open purge journal lists it as being
destroyed — and never present while the catalog says destroyed. A final rerun through the CLI
completes everything: no open journal, no due object left, every tombstone certified, every
emptied class key destroyed, the audit chain intact.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_retention_support import consistency_problems, put_item, set_events, write_policy

from vault.operations import open_vault
from vault.retention.planner import plan
from vault.retention.rules import vault_policy

REPO = Path(__file__).resolve().parent.parent
WORKER = """
import datetime as dt, sys
from pathlib import Path
from vault.operations import open_vault
from vault.retention import vault_policy
from vault.retention.purge import purge
v = open_vault(Path(sys.argv[1]))
v.custody()
print("go", flush=True)
r = purge(v, vault_policy(v), dt.datetime.now(dt.timezone.utc).date(), batch_size=2)
err = r.error()
sys.exit(err.exit_code if err else 0)
"""
KILLS = 24
PER_ROUND = 8


def _add_due_items(root: Path, rng: random.Random, round_no: int) -> None:
    # recover=False: an interrupted purge is left for the next purge process to complete
    v = open_vault(root, recover=False)
    today = dt.datetime.now(dt.UTC).date()
    for n in range(PER_ROUND):
        cls = "audio" if n % 2 else "transcript_raw"
        day = today - dt.timedelta(days=rng.randint(200, 400))
        put_item(v, cls, created=f"{day.isoformat()}T08:00:00Z",
                 content=f"round {round_no} item {n}".encode())
    v.close()


def _purge_journal_open(root: Path) -> int:
    db = sqlite3.connect(f"file:{root / 'catalog.sqlite'}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT COUNT(*) FROM journal WHERE op = 'purge'").fetchone()[0])
    finally:
        db.close()


@pytest.mark.slow
def test_sigkill_during_purge_then_rerun_completes(vault_dir: Path) -> None:
    rng = random.Random(20261126)
    v = open_vault(vault_dir)
    write_policy(v, audio=("P90D", "ingested"), transcript_raw=("P3M", "final_report"))
    set_events(v, final_report=(dt.date.today() - dt.timedelta(days=200)).isoformat())
    v.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    kills = rounds = interrupted = 0
    while kills < KILLS and rounds < 120:
        rounds += 1
        _add_due_items(vault_dir, rng, rounds)
        proc = subprocess.Popen([sys.executable, "-c", WORKER, str(vault_dir)], cwd=REPO,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if rounds % 3 == 0:
            time.sleep(rng.uniform(0.0, 0.9))          # anywhere: imports, recovery, purge
        else:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == b"go"
            time.sleep(rng.uniform(0.0, 0.25))         # inside the purge itself
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=30)
        problems = consistency_problems(vault_dir)
        assert problems == [], f"after kill {kills} (round {rounds}): {problems}"
        interrupted += _purge_journal_open(vault_dir)
        if proc.returncode not in (0, -signal.SIGKILL):
            raise AssertionError(proc.stderr.read().decode() if proc.stderr else "worker failed")
    assert kills >= KILLS
    assert interrupted >= 1          # some kills did land inside a journaled purge

    final = subprocess.run([sys.executable, str(REPO / "cli.py"), "--vault", str(vault_dir),
                            "retention", "purge", "--yes"], cwd=REPO, env=env,
                           capture_output=True, timeout=60, check=False)
    assert final.returncode == 0, final.stderr.decode()

    v = open_vault(vault_dir)
    try:
        assert v.open_operations() == []
        assert consistency_problems(vault_dir) == []
        today = dt.datetime.now(dt.UTC).date()
        assert plan(v, vault_policy(v), today).due == ()
        db = v.db
        total = db.execute("SELECT COUNT(*) FROM items").fetchone()[0]
        destroyed = db.execute("SELECT COUNT(*) FROM items WHERE state = 'destroyed'"
                               ).fetchone()[0]
        assert total == destroyed == rounds * PER_ROUND
        assert db.execute("SELECT COUNT(*) FROM items WHERE state = 'destroyed' "
                          "AND certificate IS NULL").fetchone()[0] == 0
        assert db.execute(
            "SELECT COUNT(*) FROM keys k WHERE k.state = 'active' AND k.data_class NOT IN ('_hashing', '_signing') "
            "AND NOT EXISTS (SELECT 1 FROM items i WHERE i.key_id = k.id "
            "AND i.state = 'present')").fetchone()[0] == 0
        v.audit.verify()
        recorded = {e.details.get("certificate_sha256") for e in v.audit.entries()
                    if e.action == "retention.purge"}
        for cert_id, sha in db.execute("SELECT id, sha256 FROM certificates"):
            raw = (vault_dir / "certificates" / f"{cert_id}.json").read_bytes()
            assert hashlib.sha256(raw).hexdigest() == sha and sha in recorded
        # no stray temp files left behind by killed certificate writes
        assert not list((vault_dir / "certificates").glob(".tmp-*"))
    finally:
        v.close()
