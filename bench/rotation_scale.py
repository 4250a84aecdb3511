"""Rotation is O(participants), not O(data): time `rotate_codes` against participants and items.

Codes are rendered late (DESIGN.md invariant 4): stored redacted text carries participant
markers, so a rotation rewrites no item. This bench builds three throw-away vaults — 100
participants with 10,000 items, 1,000 with 1,000, and 1,000 with 10,000 — where each item is a
catalog row plus, for the first 20 items (all with ``--objects``), an age-encrypted object
holding a redacted line with the participant's marker token. It rotates the three vaults in
turn (so disk noise falls on each alike), checks that no object changed, and prints:

* the rotation wall time (and CPU time) at 100 and at 1,000 participants with 10,000 items;
* 1,000 participants with 10,000 items against 1,000 participants with 1,000 items, as a
  ratio: ~1 means the time does not grow with the data;
* one stored item rendered before and after a rotation: new code, same object.

    .venv/bin/python bench/rotation_scale.py              # ~10 seconds
    .venv/bin/python bench/rotation_scale.py --objects    # an object per item: ~6 minutes setup

Items are inserted into the catalog directly (as ingest leaves them), not through ingest.
Wall time is dominated by fsync (synchronous=FULL, WAL checkpoint); CPU time is the steadier
measure of the work done.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

from vault import age, keys
from vault.clock import utc_now
from vault.codes.epochs import current_codes, rotate_codes
from vault.ids import new_id
from vault.markers import participant_token, render
from vault.participants import import_register
from vault.store import Vault

# long enough for a dozen rotations of 1,000 participants (23 ** 4 = 279,841 codes)
CODES_POLICY = ('version = 1\n[codes]\nprefix = "P"\nalphabet = "ABCDEFGHJKMNPQRSTUVWXYZ"\n'
                'length = 4\nper_interview = "{code} {interview}"\n')


def build_vault(root: Path, participants: int, items: int, *, objects: int) -> Vault:
    """A vault with ``participants`` registered and ``items`` redacted transcripts stored."""
    vault = Vault.init(root / "vault", "Rotation bench")
    (vault.policies_dir / "codes.toml").write_text(CODES_POLICY)
    keys.init_custodian(vault, store="file", identity_file=root / "custodian.identity",
                        passphrase=lambda _p: None)  # type: ignore[arg-type, return-value]
    rows = "".join(f"Bench Person{n},,,bench{n}@example.org,GP,2024-01-01\n"
                   for n in range(participants))
    import_register(vault, ("name,code,aliases,email,role,consent_date\n" + rows).encode())
    markers = sorted(current_codes(vault))
    today = dt.date.today().isoformat()
    with vault.write() as tx:
        key = keys.class_recipient(vault, tx, "transcript_redacted", "bench")
        key_id, recipient = key.id, key.recipient
        batch = []
        for n in range(items):
            marker = markers[n % len(markers)]
            interview = 1 + (n // len(markers)) % 4
            item_id = new_id("it")
            text = f"{participant_token(marker)}: we talked about mentoring ({n}).\n"
            blob = age.encrypt_bytes(text.encode(), [recipient]) if n < objects else b""
            if blob:
                (vault.objects_dir / f"{item_id}.age").write_bytes(blob)
            batch.append((item_id, "transcript_redacted", marker, interview, len(blob), utc_now(),
                          "present", key_id, today))
        tx.executemany("INSERT INTO items(id, data_class, participant_marker, interview, size, "
                       "created, state, key_id, recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       batch)
        vault.audit.append(tx, action="bench.items", outcome="ok", details={"items": items})
    # flush the setup's write-ahead log now, or the first rotation's checkpoint pays for it
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return vault


def rotation_time(vault: Vault) -> tuple[float, float]:
    """One rotation's (wall, CPU) seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    rotate_codes(vault)
    return time.perf_counter() - wall, time.process_time() - cpu


def render_item(vault: Vault, item_id: str) -> str:
    key_id = vault.db.execute("SELECT key_id FROM items WHERE id = ?", (item_id,)).fetchone()[0]
    identity = vault.custody().class_identity(key_id)
    data = age.decrypt_bytes((vault.objects_dir / f"{item_id}.age").read_bytes(), [identity])
    return render(data.decode(), current_codes(vault)).strip()


def objects_digest(vault: Vault) -> bytes:
    return hashlib.sha256(b"".join(p.read_bytes()
                                   for p in sorted(vault.objects_dir.glob("*.age")))).digest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rotations", type=int, default=7, help="rotations timed per vault")
    parser.add_argument("--objects", action="store_true",
                        help="an encrypted object file for every item (default: first 20)")
    args = parser.parse_args(argv)
    configs = [(100, 10_000), (1_000, 1_000), (1_000, 10_000)]
    with tempfile.TemporaryDirectory(prefix="vault-bench-") as tmp:
        vaults: dict[tuple[int, int], Vault] = {}
        setup: dict[tuple[int, int], float] = {}
        for participants, items in configs:
            start = time.perf_counter()
            vaults[participants, items] = build_vault(
                Path(tmp) / f"{participants}x{items}", participants, items,
                objects=items if args.objects else 20)
            setup[participants, items] = time.perf_counter() - start
        before = {config: objects_digest(v) for config, v in vaults.items()}
        # round-robin, so that disk (fsync) noise falls on every configuration alike
        wall: dict[tuple[int, int], list[float]] = {c: [] for c in configs}
        cpu: dict[tuple[int, int], list[float]] = {c: [] for c in configs}
        for _ in range(args.rotations):
            for config, vault in vaults.items():
                w, c = rotation_time(vault)
                wall[config].append(w)
                cpu[config].append(c)
        for config, vault in vaults.items():
            assert objects_digest(vault) == before[config], "rotation touched stored objects"
        print(f"rotate_codes, median of {args.rotations} rotations per vault, interleaved "
              f"({'an object file per item' if args.objects else 'object files for 20 items'})")
        print(f"{'participants':>12} {'items':>7} {'wall s':>7} {'min':>6} {'max':>6} "
              f"{'CPU s':>6}  {'setup s':>7}")
        med = {c: statistics.median(wall[c]) for c in configs}
        med_cpu = {c: statistics.median(cpu[c]) for c in configs}
        for participants, items in configs:
            c = (participants, items)
            print(f"{participants:>12,} {items:>7,} {med[c]:>7.3f} {min(wall[c]):>6.3f} "
                  f"{max(wall[c]):>6.3f} {med_cpu[c]:>6.3f}  {setup[c]:>7.1f}")
        big, small, few = (1_000, 10_000), (1_000, 1_000), (100, 10_000)
        print(f"\n1,000 participants, 10,000 vs 1,000 items: wall {med[big] / med[small]:.2f}x, "
              f"CPU {med_cpu[big] / med_cpu[small]:.2f}x  (~1: time does not grow with items)")
        print(f"10,000 items, 1,000 vs 100 participants: wall {med[big] / med[few]:.1f}x, "
              f"CPU {med_cpu[big] / med_cpu[few]:.1f}x  (grows with participants)")
        vault = vaults[few]
        item_id = min(vault.objects_dir.glob("*.age")).stem
        first = render_item(vault, item_id)
        rotate_codes(vault)
        print("\none stored item rendered before and after a rotation (object unchanged):")
        print(f"  before: {first}\n  after:  {render_item(vault, item_id)}")
        for vault in vaults.values():
            vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
