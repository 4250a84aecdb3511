"""Issue: the whole lifecycle, end to end, through real subprocesses of the installed `vault`.

Each stage's outcome is asserted from the vault's state (its --json listings), not from the
demo's printed text. The run is also a fault-injection run, deterministically: before a
state-changing command runs for real, an attempt of it is killed (``VAULT_FAULT``) at a named
point before its commit — the first ingests at each of ingest's steps, the first release, the
rotation and both purges — and the vault is checked after each kill (recovery, every object
verified, the audit chain, no temp file, no plaintext). A killed attempt must leave nothing
behind (a purge is completed by the recovery), so every stage's facts are those of an
uninterrupted run. Every point of every operation, before and
after its commit, is killed in ``tests/test_crash_points.py``, which also compares the state
after the next run with an uninterrupted one.
"""
from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from vault import faults
from vault.demo.lifecycle import Lifecycle
from vault.inventory import verify_objects
from vault.operations import open_vault

# One test runs the lifecycle, so one worker does, once: a module fixture used by two tests on
# two workers would run the whole lifecycle twice, at the same time (tests/conftest.py
# schedules it first of all).
pytestmark = pytest.mark.slow

#: a smaller study than the demo's 12 keeps the suite inside its budget: three participants,
#: each with four interviews, still bring every transcript format (txt, docx, vtt, srt) and a
#: dozen recordings through every stage; six only added ingest commands (a busy 2-core machine
#: ran the whole test past its 600 s hang guard with six)
PARTICIPANTS = 3


#: command -> the ops' points its successive attempts are killed at (one kill per run of the
#: command, while the list lasts); all are reached on every run and come before the commit.
#: Commands that load spaCy or Great Expectations cost seconds per attempt, so only the release
#: (its temporary directory beside the output) is killed here; every point of anonymise,
#: review and dataset import is killed in test_crash_points.py, in processes that loaded them
#: once.
KILLS: dict[tuple[str, ...], tuple[str, list[str]]] = {
    ("ingest",): ("ingest", ["key-created", "journaled", "encrypting", "encrypted",
                             "confirmed", "published"]),
    ("release",): ("release", ["files-written"]),
    ("codes", "rotate"): ("rotate", ["journaled"]),
    ("retention", "purge"): ("purge", ["object-removed", "certified"]),
}


def _run_with_kills(work: Path) -> Lifecycle:
    """The lifecycle, with a killed attempt before each command named in :data:`KILLS`."""
    life = Lifecycle(work, participants=PARTICIPANTS)
    plan = {command: (op, list(points)) for command, (op, points) in KILLS.items()}
    life.facts["kills"] = []
    gold: list[str] = []

    def chaos(lf: Lifecycle, args: list[str], done: Callable[[], bool] | None) -> None:
        for command, (op, points) in plan.items():
            if tuple(args[:len(command)]) == command and points:
                point = f"{op}.{points.pop(0)}"
                lf.env[faults.FAULT_ENV] = point
                try:
                    proc = lf.spawn(*args)
                finally:
                    del lf.env[faults.FAULT_ENV]
                assert proc.wait(timeout=600) == -signal.SIGKILL, (args, point)
                lf.facts["kills"].append(point)
                _check_after_kill(lf, gold)
                return

    life.setup()
    gold.extend(_gold_strings(life))
    life.chaos = chaos
    for stage in life.stages()[1:]:
        stage()
    return life


def _check_after_kill(life: Lifecycle, gold: list[str]) -> None:
    """The next command's view: recovered, every object verified, the chain whole, no temp
    file in the vault or beside the releases, no identifier in plaintext."""
    with pytest.MonkeyPatch.context() as mp:
        for name in ("VAULT_IDENTITY_FILE", "VAULT_PASSPHRASE", "VAULT_DIR"):
            mp.setenv(name, life.env[name])
        vault = open_vault(life.vault_dir)
        try:
            assert vault.open_operations() == []
            report = verify_objects(vault)
            assert report.ok, report
            vault.audit.verify()
        finally:
            vault.close()
    assert not list(life.vault_dir.rglob(".tmp-*")), "temp files left after recovery"
    if life.releases.exists():
        assert not [p.name for p in life.releases.iterdir() if p.name.startswith(".")]
    _no_plaintext(life, gold)


def test_the_lifecycle_with_a_killed_attempt_before_each_command(tmp_path: Path) -> None:
    life = _run_with_kills(tmp_path / "work")
    facts = life.facts
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
    # the register went with the transcripts, on its own rule, and the plan said so first
    assert facts["register_plan_3y"]["state"] == "due"
    assert facts["purge_3y"]["register"]["certificate"]
    # the three-month purge kept the transcripts
    assert {i.get("class") for i in facts["plan_3m"]["due"]} == {"audio"}
    # every planned kill landed where it was aimed, and left no identifier in plaintext
    planned = [f"{op}.{p}" for op, points in KILLS.values() for p in points]
    assert sorted(facts["kills"]) == sorted(planned)
    _no_plaintext(life, _gold_strings(life))


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
