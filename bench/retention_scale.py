"""Retention at scale: `status` and `plan` over 100,000 catalogued items.

Rows are inserted straight into the catalog (no objects, fake class keys). The mix exercises
every anchor: event-anchored classes (final_report, study_end), per-item `ingested` dates and
`consent_withdrawn` participants, with item, participant and class holds. The baseline is a
plain ``SELECT COUNT(*) FROM items`` on the same catalog, timed in the same run.

Usage::

    .venv/bin/python bench/retention_scale.py [--items 100000] [--repeat 5]

Target: status and plan each under 2 s for 100,000 items.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vault.events import set_event
from vault.retention import (
    HoldScope,
    PurgePlan,
    RetentionStatus,
    add_hold,
    plan,
    status,
    vault_policy,
)
from vault.store import Vault

POLICY = """version = 1
require_approval = false
[classes.audio]
period = "P3M"
anchor = "final_report"
[classes.transcript_raw]
period = "P3Y"
anchor = "final_report"
[classes.transcript_redacted]
period = "P3Y"
anchor = "final_report"
[classes.redaction_log]
period = "P90D"
anchor = "ingested"
[classes.register]
period = "P1M"
anchor = "consent_withdrawn"
[classes.dataset]
period = "P1Y"
anchor = "study_end"
[classes.release]
period = "P3Y"
anchor = "final_report"
"""
CLASSES = ["audio", "transcript_raw", "transcript_redacted", "redaction_log", "register",
           "dataset", "release"]


def build(root: Path, n_items: int, seed: int = 1) -> Vault:
    rng = random.Random(seed)
    vault = Vault.init(root, "bench")
    (vault.policies_dir / "retention.toml").write_text(POLICY)
    markers = [f"m{n:04d}" for n in range(1, 301)]
    db = vault.db
    db.execute("BEGIN IMMEDIATE")
    db.executemany("INSERT INTO participants(marker, created, state, withdrawn) "
                   "VALUES (?, '2025-01-01T00:00:00Z', ?, ?)",
                   [(m, "withdrawn" if n % 10 == 0 else "active",
                     "2026-02-14" if n % 10 == 0 else None) for n, m in enumerate(markers)])
    key_ids: dict[tuple[str, str], str] = {}
    for cls in CLASSES:
        for month in range(1, 13):
            key_id = f"key_{CLASSES.index(cls)}{month:02d}"
            key_ids[(cls, f"{month:02d}")] = key_id
            db.execute("INSERT INTO keys(id, data_class, period, recipient, wrapped, created) "
                       "VALUES (?, ?, ?, 'age1fake', X'00', '2025-01-01T00:00:00Z')",
                       (key_id, cls, f"bench-{month:02d}"))
    rows = []
    for n in range(n_items):
        cls = CLASSES[n % len(CLASSES)]
        month = rng.randint(1, 12)
        created = f"2025-{month:02d}-{rng.randint(1, 28):02d}T10:00:00Z"
        rows.append((f"it_{n:012x}", cls, rng.choice(markers), created,
                     key_ids[(cls, f"{month:02d}")], f"{n:064x}"))
    db.executemany("INSERT INTO items(id, data_class, participant_marker, size, created, state, "
                   "key_id, keyed_hash) VALUES (?, ?, ?, 1000, ?, 'present', ?, ?)", rows)
    db.execute("COMMIT")
    set_event(vault, "final_report", dt.date(2026, 3, 31))
    set_event(vault, "study_end", dt.date(2026, 6, 30))
    for n in range(0, n_items, max(1, n_items // 100)):
        add_hold(vault, HoldScope.ITEM, f"it_{n:012x}", reason="bench")
    add_hold(vault, HoldScope.PARTICIPANT, markers[5], reason="bench")
    add_hold(vault, HoldScope.CLASS, "release", reason="bench")
    db.execute("ANALYZE")
    return vault


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    times = []
    result: object = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        vault = build(Path(tmp) / "vault", args.items)
        print(f"built {args.items:,} items in {time.perf_counter() - t0:.1f} s "
              f"(SQLite {__import__('sqlite3').sqlite_version}, Python "
              f"{sys.version.split()[0]})")
        policy = vault_policy(vault)
        today = dt.date(2026, 11, 26)
        base_med, base_max, count = timed(
            lambda: vault.db.execute("SELECT COUNT(*) FROM items").fetchone()[0], args.repeat)
        ids_med, ids_max, _ids = timed(
            lambda: vault.db.execute("SELECT id FROM items").fetchall(), args.repeat)
        st_med, st_max, st = timed(lambda: status(vault, policy, today), args.repeat)
        pl_med, pl_max, pl = timed(lambda: plan(vault, policy, today), args.repeat)
        assert count == args.items
        print(f"{'operation':<32} {'median':>10} {'max':>10} {'x COUNT(*)':>11}")
        for name, med, mx in (("SELECT COUNT(*) FROM items", base_med, base_max),
                              ("(context) SELECT id FROM items", ids_med, ids_max),
                              ("retention status", st_med, st_max),
                              ("retention plan", pl_med, pl_max)):
            print(f"{name:<32} {med * 1e3:>8.3f}ms {mx * 1e3:>8.3f}ms "
                  f"{med / base_med:>11,.0f}")
        assert isinstance(st, RetentionStatus) and isinstance(pl, PurgePlan)
        print(f"plan: {len(pl.due):,} due, {len(pl.held):,} held, "
              f"{sum(pl.not_yet_due.values()):,} later, "
              f"{sum(pl.unscheduled.values()):,} unscheduled")
        print("status: " + ", ".join(f"{c.data_class} overdue {c.overdue}"
                                     for c in st.classes[:3]))
        ok = st_med < 2.0 and pl_med < 2.0
        print(f"target (< 2 s each): {'met' if ok else 'MISSED'}")
        vault.close()
        return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
