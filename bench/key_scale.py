"""The cost of keys per participant: 1,000 participants × 6 classes.

Two vaults with the same items — 1,000 participants, 6 participant-linked data classes, 2
objects each (12,000 dummy object files) — one keyed per (participant, class, period) as vault
keys them now (6,000 keys), the baseline per (class, period) as before (6 keys). For each: the
key count, the time to create the keys (wrapped to the custodian, into the keystore, in one
transaction), the purge plan, and a purge that destroys everything (objects, tombstones,
certificate, and the keys: deleted from the keystore with secure_delete, one managed keystore
backup rewritten, both write-ahead logs truncated). Ratios are per-participant / baseline,
measured in the same run.

Usage::

    .venv/bin/python bench/key_scale.py [--participants 1000] [--per-class 2]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import vault.operations  # noqa: F401
from vault import age, keys
from vault.events import set_event
from vault.keys import wrap_secret
from vault.keystore_backups import backup_keystore
from vault.retention import plan, vault_policy
from vault.retention.purge import purge
from vault.retention.rules import DATA_CLASSES
from vault.store import Vault

CLASSES = ("audio", "transcript_raw", "transcript_redacted", "redaction_log", "dataset",
           "release")
POLICY = "version = 1\nrequire_approval = false\n" + "".join(
    f'[classes.{c}]\nperiod = "P{"3M" if c == "audio" else "3Y"}"\nanchor = "final_report"\n'
    for c in DATA_CLASSES)  # every class the policy must name, whether the bench fills it or not


def build(base: Path, participants: int, per_class: int, per_participant: bool
          ) -> tuple[Vault, float, int]:
    """A vault with the items; returns it, the key-creation seconds and the key count."""
    os.environ["XDG_DATA_HOME"] = str(base / "data")
    identity = base / "custodian.identity"
    os.environ["VAULT_IDENTITY_FILE"] = str(identity)
    vault = Vault.init(base / "vault", "Key scale")
    keys.init_custodian(vault, store="file", identity_file=identity,
                        passphrase=lambda _p: None)  # type: ignore[arg-type, return-value]
    (vault.policies_dir / "retention.toml").write_text(POLICY)
    markers = [f"pt_{n:012x}" for n in range(participants)]
    with vault.write() as tx:
        tx.executemany("INSERT INTO participants(marker, created, state) "
                       "VALUES (?, '2026-01-01T00:00:00Z', 'active')", [(m,) for m in markers])
    slots = [(c, m if per_participant else None) for c in CLASSES
             for m in (markers if per_participant else [None])]
    started = time.perf_counter()
    secrets: dict[str, bytes] = {}
    rows = []
    with vault.write() as tx:
        for n, (cls, marker) in enumerate(slots):
            ident = age.X25519Identity.generate()
            key_id = f"key_{n:012x}"
            secrets[key_id] = wrap_secret(tx, ident)
            rows.append((key_id, cls, "final_report+P3Y", marker, ident.recipient.to_string(),
                         "2026-01-01T00:00:00Z"))
        vault.keystore.put_many(secrets)
        tx.executemany("INSERT INTO keys(id, data_class, period, participant_marker, recipient, "
                       "created) VALUES (?, ?, ?, ?, ?, ?)", rows)
    created = time.perf_counter() - started
    key_of = {(r[1], r[3]): r[0] for r in rows}
    items = []
    for cls in CLASSES:
        for marker in markers:
            for k in range(per_class):
                item_id = f"it_{len(items):012x}"
                items.append((item_id, cls, marker, key_of[(cls, marker if per_participant
                                                             else None)]))
                (vault.objects_dir / f"{item_id}.age").write_bytes(b"x")
    with vault.write() as tx:
        tx.executemany("INSERT INTO items(id, data_class, participant_marker, size, created, "
                       "state, key_id, keyed_hash) VALUES (?, ?, ?, 1, "
                       "'2026-01-02T00:00:00Z', 'present', ?, ?)",
                       [(i, c, m, k, i) for i, c, m, k in items])
    set_event(vault, "final_report", dt.date(2020, 1, 31))
    backup_keystore(vault)
    return vault, created, len(rows)


def measure(participants: int, per_class: int, per_participant: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        vault, created, count = build(Path(tmp), participants, per_class, per_participant)
        policy = vault_policy(vault)
        today = dt.datetime.now(dt.UTC).date()
        started = time.perf_counter()
        planned = plan(vault, policy, today)
        planning = time.perf_counter() - started
        started = time.perf_counter()
        result = purge(vault, policy, today, today=today)
        purging = time.perf_counter() - started
        assert len(result.destroyed) == len(planned.due) == participants * 6 * per_class
        assert len(result.keys_destroyed) == count
        vault.close()
    return {"keys": count, "create": created, "plan": planning, "purge": purging}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--per-class", type=int, default=2)
    args = parser.parse_args()
    base = measure(args.participants, args.per_class, per_participant=False)
    mine = measure(args.participants, args.per_class, per_participant=True)
    print(f"{args.participants} participants x {len(CLASSES)} classes, "
          f"{args.participants * len(CLASSES) * args.per_class} objects")
    print(f"{'':24}{'per participant':>16}{'per class':>12}{'ratio':>8}")
    for name, label in (("keys", "keys"), ("create", "create keys (s)"),
                        ("plan", "purge plan (s)"), ("purge", "purge (s)")):
        ratio = mine[name] / base[name] if base[name] else float("inf")
        print(f"{label:24}{mine[name]:>16.3f}{base[name]:>12.3f}{ratio:>8.2f}x")


if __name__ == "__main__":
    main()
