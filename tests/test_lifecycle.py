"""Issue: the whole lifecycle, end to end, through real subprocesses of the installed `vault`.

Each stage's outcome is asserted from the vault's state (its --json listings), not from the
demo's printed text. The fault-injection run kills state-changing commands at random points,
checks the vault after each kill, continues, and must end in the same state as a clean run.
"""
from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from vault.demo.lifecycle import Lifecycle

# one worker runs the module, so the clean run (a module fixture) happens once
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group(name="lifecycle")]

PARTICIPANTS = 6  # a smaller study than the demo's 12 keeps the suite inside its budget


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> Lifecycle:
    life = Lifecycle(tmp_path_factory.mktemp("life") / "work", participants=PARTICIPANTS)
    life.run_all()
    return life


def test_lifecycle_stages(clean_run: Lifecycle) -> None:
    facts = clean_run.facts
    interviews = facts["ingested"]["audio"]
    assert facts["ingested"]["transcript"] == interviews
    assert facts["present_after_ingest"] == {"audio": interviews, "transcript_raw": interviews}
    assert len(facts["codes_epoch1"]) == PARTICIPANTS
    # every transcript redacted, with replacements of many kinds
    assert len(facts["anonymise"]["items"]) == interviews
    assert {"PERSON", "EMAIL", "PHONE", "NHS_NUMBER"} <= set(facts["anonymise"]["counts"])
    assert facts["validation"]["success"] is True
    assert any(r["expectation"] for r in facts["planted_failures"])
    # releases open in DuckDB, and two epochs share no participant code
    assert facts["release_1"]["duckdb_rows"] == facts["dataset"]["rows"]
    assert facts["release_1"]["verified"]["ok"] and facts["release_2"]["verified"]["ok"]
    assert facts["release_1"]["codes"] and facts["release_2"]["codes"]
    assert facts["shared_codes"] == []
    assert facts["relink_refused"] is True  # the same material under epoch 2: refused first
    assert set(facts["release_1"]["codes"]) <= set(facts["codes_epoch1"])
    assert set(facts["release_2"]["codes"]) <= set(facts["codes_epoch2"])
    # retention: audio destroyed at +3 months, transcripts at +3 years
    final = facts["final_items"]
    assert final["audio:destroyed"] == interviews
    assert final["transcript_raw:destroyed"] == interviews
    assert not [k for k in final if k.endswith(":present") and final[k]]
    assert facts["audit"]["entries"] > 0


def test_three_month_purge_kept_transcripts(clean_run: Lifecycle) -> None:
    due = {i.get("class") for i in clean_run.facts["plan_3m"]["due"]}
    assert due == {"audio"}


def _gold_strings(life: Lifecycle) -> list[str]:
    import csv

    with (life.sample / "register.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [row["name"] for row in rows] + [row["email"] for row in rows]


def _no_plaintext(life: Lifecycle, gold: list[str]) -> None:
    for path in life.vault_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for text in gold:
                assert text.encode() not in data, f"plaintext identifier in {path.name}"


def test_fault_injection_across_the_lifecycle(clean_run: Lifecycle, tmp_path: Path) -> None:
    kills = int(os.environ.get("VAULT_CHAOS_KILLS", "50"))
    rng = random.Random(20261126)
    life = Lifecycle(tmp_path / "work", participants=PARTICIPANTS)
    stats = {"kills": 0, "commands": 0}
    heavy = {"anonymise", "release", "retention", "codes", "dataset"}

    def chaos(lf: Lifecycle, args: list[str], done: Callable[[], bool] | None) -> None:
        stats["commands"] += 1
        # every heavy command, and each small one until the target is met, is killed twice;
        # an attempt whose command finished before the signal is no kill and is tried again,
        # unless the change is already complete (a second rotation would be a different state)
        if args[0] not in heavy and stats["kills"] >= kills:
            return
        landed = attempts = 0
        while landed < 2 and attempts < 5:
            if attempts and done is not None and done():
                return
            attempts += 1
            proc = lf.spawn(*args)
            time.sleep(rng.uniform(0.05, 1.6 if args[0] in heavy else 0.9))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                stats["kills"] += 1
                landed += 1
            proc.wait()
            lf.vault("verify")                 # repairs or completes, then checks every object
            lf.vault("audit", "verify")
            _no_plaintext(lf, gold)
            assert not list(lf.vault_dir.rglob(".tmp-*")), "temp files left after recovery"

    gold: list[str] = []
    life.setup()
    gold = _gold_strings(life)
    life.chaos = chaos
    for stage in life.stages()[1:]:
        stage()
    assert stats["kills"] >= min(kills, 50), stats
    assert life.state() == clean_run.state()
    _no_plaintext(life, gold)
