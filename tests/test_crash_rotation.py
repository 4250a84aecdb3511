"""SIGKILL during code rotation: afterwards exactly one epoch, old or new, is in force, complete.

A real subprocess rotates codes in a loop; the test kills it (SIGKILL) after a random delay,
reopens the vault (which runs journal recovery) and checks the invariants, at least 20 times.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from vault import keys
from vault.codes import CodeScheme
from vault.codes.epochs import code_hasher, code_scheme, current_codes, current_epoch, epoch_map
from vault.operations import open_vault
from vault.participants import import_register
from vault.store import Vault

KILLS = 24
PARTICIPANTS = 150

ROTATOR = textwrap.dedent("""
    import sys
    from pathlib import Path
    from vault.operations import open_vault
    from vault.store import Vault
    from vault.codes.epochs import rotate_codes

    vault = open_vault(Path(sys.argv[1]))
    vault.custody()
    print("ready", flush=True)
    while True:
        rotate_codes(vault, "crash test")
        print("rotated", flush=True)
""")


def _raw_state(root: Path) -> tuple[int, int]:
    """(open journal entries, current epoch) straight from the catalog, before any recovery."""
    db = sqlite3.connect(root / "catalog.sqlite")
    try:
        journal = db.execute("SELECT COUNT(*) FROM journal WHERE op = 'rotate'").fetchone()[0]
        epoch = db.execute("SELECT MAX(epoch) FROM code_epochs").fetchone()[0]
    finally:
        db.close()
    return int(journal), int(epoch)


def check_one_complete_epoch(vault: Vault, hasher: object) -> int:
    """Exactly one epoch in force and complete; returns it."""
    db = vault.db
    assert vault.open_operations() == []
    epoch = current_epoch(vault)
    open_epochs = [r[0] for r in db.execute("SELECT epoch FROM code_epochs WHERE closed IS NULL")]
    assert open_epochs == [epoch]
    assert db.execute("SELECT COUNT(*) FROM code_epochs WHERE epoch < ? AND sealed IS NULL",
                      (epoch,)).fetchone()[0] == 0
    codes = current_codes(vault)
    participants = db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    assert len(codes) == participants == PARTICIPANTS
    assert len(set(codes.values())) == len(codes)
    scheme: CodeScheme = code_scheme(vault)
    assert all(scheme.matches(c) for c in codes.values())
    recorded = db.execute("SELECT participants FROM code_epochs WHERE epoch = ?",
                          (epoch,)).fetchone()[0]
    assert recorded == PARTICIPANTS
    # the ledger holds every issued code once: the current ones under the current epoch
    ledger = dict(db.execute("SELECT digest, epoch FROM code_ledger").fetchall())
    assert len(ledger) == epoch * PARTICIPANTS
    assert all(ledger[hasher(c)] == epoch for c in codes.values())  # type: ignore[operator]
    vault.audit.verify()
    return epoch


@pytest.mark.slow
def test_sigkill_during_rotation_leaves_one_complete_epoch(tmp_path: Path,
                                                           identity_file: Path) -> None:
    identity = identity_file          # conftest: VAULT_IDENTITY_FILE names it, HOME is private
    root = tmp_path / "vault"
    vault = Vault.init(root, "Crash study")
    (vault.policies_dir / "codes.toml").write_text(
        'version = 1\n[codes]\nprefix = "P"\nalphabet = "ABCDEFGHJKMNPQRSTUVWXYZ"\nlength = 4\n')
    keys.init_custodian(vault, store="file", identity_file=identity,
                        passphrase=lambda _p: None)  # type: ignore[arg-type, return-value]
    rows = "".join(f"Crash Person{n},,,,GP,\n" for n in range(PARTICIPANTS))
    import_register(vault, ("name,code,aliases,email,role,consent_date\n" + rows).encode())
    hasher = code_hasher(vault.custody())
    vault.close()
    # not a script beside the vault directory: its name, "vault", would shadow the package
    script = tmp_path / "bin" / "rotator.py"
    script.parent.mkdir()
    script.write_text(ROTATOR)
    env = dict(os.environ)
    rng = random.Random(20261126)
    interrupted = 0
    previous = 1
    for _kill in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(script), str(root)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line == "ready\n", proc.stderr.read() if proc.stderr else line
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
        journal, _raw_epoch = _raw_state(root)
        interrupted += journal
        reopened = open_vault(root)          # runs the journal recovery
        try:
            reopened.set_custody(keys.Custody.unlock(reopened))
            epoch = check_one_complete_epoch(reopened, hasher)
            assert epoch >= previous
            if journal:
                last = reopened.audit.entries()[-1]
                assert (last.action, last.outcome) == ("codes.rotate", "rolled-back")
            previous = epoch
        finally:
            reopened.close()
    assert interrupted >= 3, f"only {interrupted} of {KILLS} kills landed inside a rotation"
    # across everything that happened: every epoch is complete and no code ever recurred
    final = open_vault(root)
    try:
        custody = keys.Custody.unlock(final)
        final.set_custody(custody)
        seen: list[str] = []
        for epoch in range(1, current_epoch(final) + 1):
            mapping = epoch_map(final, custody, epoch)
            assert len(mapping) == PARTICIPANTS
            seen += mapping.values()
        assert len(seen) == len(set(seen))
        summary = {"kills": KILLS, "interrupted": interrupted, "epochs": current_epoch(final)}
        print(json.dumps(summary))
    finally:
        final.close()
