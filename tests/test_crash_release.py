"""SIGKILL during `vault release` (a real subprocess, killed at every step and at random
instants): the next command leaves no temp directory and either the complete, audited release or
none at all."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _vaults import custodial_vault
from test_datasets_vault import import_study

from vault.operations import open_vault
from vault.validate.release import verify_release

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent

#: the child: one release, printing each durable step and pausing after it
CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    from pathlib import Path
    from vault.operations import open_vault
    from vault.releases import create_release

    root, name, out_dir, dataset_id, pause = sys.argv[1:6]

    def step(name):
        print(name, flush=True)
        time.sleep(float(pause))

    vault = open_vault(Path(root))
    create_release(vault, name, dataset_ids=[dataset_id], out_dir=Path(out_dir), on_step=step)
    print("done", flush=True)
""")

STEPS = ("validated", "journaled", "temp-created", "files-written", "manifest-written",
         "published", "committed")


@pytest.fixture(scope="module")
def crash_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from vault.sample import generate_study

    base = tmp_path_factory.mktemp("crash")
    sample = generate_study(base / "study", seed=11, participants=6, audio_seconds=0.1)
    env = dict(os.environ, HOME=str(base), VAULT_IDENTITY_FILE=str(base / "custodian.identity"),
               GX_ANALYTICS_ENABLED="false", PYTHONPATH=str(ROOT))
    env.pop("VAULT_PASSPHRASE", None)
    with pytest.MonkeyPatch.context() as mp:
        vault = custodial_vault(base, mp, "Crash study")
        info = import_study(vault, sample, base)
        vault.close()
        yield {"root": base / "vault", "out": base / "out", "dataset": info.id, "env": env,
               "mp": mp}


def _run_and_kill(ctx: dict[str, Any], name: str, *, at_step: str | None,
                  delay: float = 0.0) -> list[str]:
    """Start a release; SIGKILL it when it prints ``at_step`` (or ``delay`` s after
    ``validated``). Returns the steps it printed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ctx["root"]), name, str(ctx["out"]), ctx["dataset"],
         "0.15"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ctx["env"],
        text=True, cwd=str(ROOT))
    seen: list[str] = []
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            seen.append(line.strip())
            if at_step is not None and seen[-1] == at_step:
                proc.send_signal(signal.SIGKILL)
                break
            if at_step is None and seen[-1] == "validated":
                time.sleep(delay)
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, (name, seen)
    return seen


def _check_after_recovery(ctx: dict[str, Any], name: str) -> bool:
    """Open the vault (recovery runs); returns whether the release exists."""
    vault = open_vault(ctx["root"])
    try:
        assert vault.open_operations() == []
        out: Path = ctx["out"]
        if out.exists():
            assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
        target = out / name
        if not target.exists():
            return False
        assert verify_release(target).ok
        release_id = json.loads((target / "manifest.json").read_text())["release_id"]
        entries = [e for e in vault.audit.entries()
                   if e.action == "release.create" and e.details.get("release") == release_id]
        assert len(entries) == 1
        vault.audit.verify()
        return True
    finally:
        vault.close()


@pytest.mark.parametrize("step", STEPS)
def test_kill_at_each_step(crash_vault: dict[str, Any], step: str) -> None:
    name = f"step-{step}"
    _run_and_kill(crash_vault, name, at_step=step)
    exists = _check_after_recovery(crash_vault, name)
    # the rename publishes the bundle: before it there is none, after it the whole one
    assert exists is (STEPS.index(step) >= STEPS.index("published")), step


@pytest.mark.parametrize("seed", range(5))
def test_kill_at_a_random_instant(crash_vault: dict[str, Any], seed: int) -> None:
    name = f"random-{seed}"
    _run_and_kill(crash_vault, name, at_step=None,
                  delay=random.Random(20261126 + seed).uniform(0.0, 1.0))
    _check_after_recovery(crash_vault, name)


def test_release_after_kills_is_complete(crash_vault: dict[str, Any]) -> None:
    from vault.releases import create_release

    _run_and_kill(crash_vault, "killed-first", at_step="files-written")
    vault = open_vault(crash_vault["root"])
    try:
        result = create_release(vault, "after", dataset_ids=[crash_vault["dataset"]],
                                out_dir=crash_vault["out"])
        assert verify_release(result.path).ok
        assert not (crash_vault["out"] / "killed-first").exists()
    finally:
        vault.close()
