"""`vault event …` and `vault retention …` through click's CliRunner: exit codes and messages."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_retention_support import put_item, write_policy

from cli import main
from vault.commands import event, hold, retention
from vault.retention.rules import Period, add_period
from vault.store import Vault

TODAY = dt.datetime.now(dt.UTC).date()
#: a final report a year ago: audio (P3M) is due, transcripts (P3Y) are not
REPORT = (TODAY - dt.timedelta(days=365)).isoformat()


@pytest.fixture
def study(vault: Vault) -> dict[str, list[str]]:
    """Two audio items and one transcript."""
    return {"audio": [put_item(vault, "audio") for _ in range(2)],
            "transcript_raw": [put_item(vault, "transcript_raw")]}


def _run(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(main, list(args), input=input)


def test_event_set_and_list(vault: Vault, runner: CliRunner) -> None:
    assert _run(runner, "event", "list").output.strip() == "no events set yet"
    out = _run(runner, "event", "set", "final_report", "2026-03-31")
    assert out.exit_code == 0, out.output
    assert out.output.startswith("event final_report set to 2026-03-31")
    out = _run(runner, "event", "list", "--json")
    assert [(e["event"], e["date"]) for e in json.loads(out.output)] == \
        [("final_report", "2026-03-31")]


@pytest.mark.parametrize("args, message", [
    (["final-report", "2026-03-31"],
     ("Error: Invalid value for 'EVENT': 'final-report' is not one of 'final_report', "
     "'study_end'.")),
    (["final_report", "31/03/2026"],
     "Error: Invalid value for 'DATE': '31/03/2026' is not a date — use YYYY-MM-DD"),
])
def test_event_set_refuses(vault: Vault, runner: CliRunner, args, message) -> None:
    out = _run(runner, "event", "set", *args)
    assert out.exit_code == 2 and out.stderr.splitlines()[-1] == message


def test_status_shows_unscheduled_then_due(vault: Vault, runner: CliRunner, study) -> None:
    out = _run(runner, "retention", "status")
    assert out.exit_code == 0
    assert "events: none set" in out.output
    audio_line = next(line for line in out.output.splitlines() if line.startswith("audio "))
    assert audio_line.split()[:6] == ["audio", "2", "0", "0", "2", "0"]
    assert "not yet scheduled" in audio_line
    _run(runner, "event", "set", "final_report", REPORT)
    data = json.loads(_run(runner, "retention", "status", "--json").output)
    audio = data["classes"][0]
    assert (audio["class"], audio["present"], audio["overdue"], audio["unscheduled"]) == \
        ("audio", 2, 2, 0)
    raw = data["classes"][1]
    expected = add_period(dt.date.fromisoformat(REPORT), Period(years=3))
    assert raw["next_due"] == expected.isoformat()
    assert data["events"] == {"final_report": REPORT}


def test_plan_as_of(vault: Vault, runner: CliRunner, study) -> None:
    _run(runner, "event", "set", "final_report", "2026-03-31")
    out = _run(runner, "retention", "plan", "--as-of", "2026-06-29", "--json")
    assert json.loads(out.output)["due"] == []
    out = _run(runner, "retention", "plan", "--as-of", "2026-06-30")
    assert out.exit_code == 0
    assert out.output.splitlines()[0] == \
        "purge as of 2026-06-30: 2 due objects would destroy, 0 due but held"
    assert all(i in out.output for i in study["audio"])
    out = _run(runner, "retention", "plan", "--as-of", "tomorrow")
    assert out.exit_code == 2 and "'tomorrow' is not a date — use YYYY-MM-DD" in out.output


def test_purge_without_yes_and_terminal_refuses(vault: Vault, runner: CliRunner, study,
                                                 snapshot) -> None:
    _run(runner, "event", "set", "final_report", REPORT)
    before = snapshot(vault.root)
    out = _run(runner, "retention", "purge")
    assert out.exit_code == 17
    assert out.output.strip() == ("error: no terminal to confirm the destruction on, and no "
                                  "--yes — scheduled runs (cron/systemd) must pass --yes; "
                                  "nothing was destroyed")
    assert snapshot(vault.root) == before


def test_purge_yes_destroys_and_second_run_is_quiet(vault: Vault, runner: CliRunner,
                                                    study) -> None:
    _run(runner, "event", "set", "final_report", REPORT)
    # --as-of pins the day: TODAY is read at collection, and a run crossing midnight split them
    out = _run(runner, "retention", "purge", "--yes", "--as-of", TODAY.isoformat())
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0] == f"purge as of {TODAY.isoformat()}: destroyed 2 objects, 1 class keys"
    assert lines[-1].startswith("certificate cert_")
    assert all(not vault.object_path(i).exists() for i in study["audio"])
    assert vault.object_path(study["transcript_raw"][0]).exists()
    out = _run(runner, "retention", "purge", "--yes", "--json")
    data = json.loads(out.output)
    assert out.exit_code == 0 and data["outcome"] == "nothing-due" and data["destroyed"] == []


def test_purge_interactive_confirmation(vault: Vault, runner: CliRunner, study,
                                        monkeypatch: pytest.MonkeyPatch, snapshot) -> None:
    import vault.commands.retention as commands

    monkeypatch.setattr(commands, "is_interactive", lambda: True)
    _run(runner, "event", "set", "final_report", REPORT)
    before = snapshot(vault.root)
    out = _run(runner, "retention", "purge", input="n\n")
    assert out.exit_code == 1 and "Destroy these 2 objects permanently?" in out.output
    assert snapshot(vault.root) == before
    out = _run(runner, "retention", "purge", input="y\n")
    assert out.exit_code == 0 and "destroyed 2 objects" in out.output


def test_purge_exit_5_when_held(vault: Vault, runner: CliRunner, study) -> None:
    _run(runner, "event", "set", "final_report", REPORT)
    _run(runner, "hold", "add", study["audio"][0], "--reason", "complaint")
    out = _run(runner, "retention", "purge", "--yes")
    assert out.exit_code == 5
    assert "skipped 1 held items" in out.output
    # as designed: a warning line, never `error:` (exit 5 tells a scheduler)
    assert out.stderr.splitlines() == [
        ("warning: purge skipped 1 due items under legal hold and destroyed 1 — "
        "see `vault hold list`; held items are never destroyed")]


def test_purge_exit_4_on_partial_failure(vault: Vault, runner: CliRunner, study) -> None:
    _run(runner, "event", "set", "final_report", REPORT)
    path = vault.object_path(study["audio"][0])
    path.unlink()
    path.mkdir()
    (path / "x").write_bytes(b"")
    out = _run(runner, "retention", "purge", "--yes")
    assert out.exit_code == 4
    assert "error: purge destroyed 1 objects; 1 could not be removed" in out.output


def test_purge_dry_run_and_future_as_of(vault: Vault, runner: CliRunner, study,
                                        snapshot) -> None:
    _run(runner, "event", "set", "final_report", "2099-01-31")
    before = snapshot(vault.root)
    out = _run(runner, "retention", "purge", "--dry-run", "--as-of", "2099-05-01")
    assert out.exit_code == 0 and out.output.startswith("dry run, nothing changed")
    assert "2 due objects would destroy" in out.output
    out = _run(runner, "retention", "purge", "--yes", "--as-of", "2099-05-01")
    assert out.exit_code == 17 and "is after today" in out.output
    assert snapshot(vault.root) == before


def test_purge_with_broken_policy(vault: Vault, runner: CliRunner) -> None:
    path = vault.policies_dir / "retention.toml"
    path.write_text(path.read_text().replace('"P3M"', '"3 months"'))
    out = _run(runner, "retention", "purge", "--yes")
    assert out.exit_code == 6
    assert out.output.startswith(f"error: {path}:")
    assert "malformed period '3 months' in [classes.audio]" in out.output


def test_purge_lock_busy_fails_fast(vault: Vault, runner: CliRunner, study,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A scheduled purge that finds the lock taken gives up after the purge's short timeout,
    never the vault's default wait (asserted on the timeouts asked for, not the clock)."""
    from filelock import FileLock

    from vault.retention.purge import DEFAULT_LOCK_TIMEOUT

    _run(runner, "event", "set", "final_report", REPORT)
    other = Vault.open(vault.root)
    asked: list[float] = []
    acquire = FileLock.acquire

    def spy(self: FileLock, timeout: float | None = None, *args: object, **kwargs: object) -> object:
        asked.append(-1.0 if timeout is None else float(timeout))
        return acquire(self, timeout, *args, **kwargs)  # type: ignore[arg-type]

    with other.locked():
        monkeypatch.setattr(FileLock, "acquire", spy)
        out = _run(runner, "retention", "purge", "--yes")
        monkeypatch.undo()
    other.close()
    assert out.exit_code == 16
    assert DEFAULT_LOCK_TIMEOUT in asked and max(asked) <= DEFAULT_LOCK_TIMEOUT
    assert "another vault command" in out.output and "nothing was destroyed" in out.output


def test_approval_via_cli(vault: Vault, runner: CliRunner, study) -> None:
    write_policy(vault, approval=True)
    _run(runner, "event", "set", "final_report", REPORT)
    out = _run(runner, "retention", "purge", "--yes")
    assert out.exit_code == 17
    pending_id = out.output.split()[1]
    assert out.output.splitlines()[0] == (f"disposition {pending_id} awaits approval: "
                                          "2 due objects (audio 2); nothing destroyed")
    assert f"`vault retention approve {pending_id}`" in out.output
    assert all(vault.object_path(i).exists() for i in study["audio"])
    out = _run(runner, "retention", "pending")
    lines = out.output.splitlines()
    assert lines[0].split() == ["ID", "AS_OF", "CREATED", "OBJECTS", "CLASSES"]
    assert lines[1].startswith(pending_id) and lines[1].split()[3:] == ["2", "audio", "2"]
    out = _run(runner, "retention", "approve", pending_id)
    assert out.exit_code == 17 and "must pass --yes" in out.output
    out = _run(runner, "retention", "approve", pending_id, "--yes")
    assert out.exit_code == 0, out.output
    assert "destroyed 2 objects" in out.output
    assert _run(runner, "retention", "pending").output.strip() == "nothing awaits approval"


def test_certificates_listed_and_checked(vault: Vault, runner: CliRunner, study) -> None:
    assert _run(runner, "retention", "certificates").output.strip() == "no certificates yet"
    _run(runner, "event", "set", "final_report", REPORT)
    _run(runner, "retention", "purge", "--yes")
    listed = json.loads(_run(runner, "retention", "certificates", "--json").output)
    assert [(c["items"], c["keys"], c["file_state"]) for c in listed] == [(2, 1, "intact")]
    path = vault.root / "certificates" / f"{listed[0]['id']}.json"
    path.write_bytes(path.read_bytes() + b" ")
    out = _run(runner, "retention", "certificates")
    assert out.exit_code == 17 and "altered" in out.output
    assert f"error: certificate {listed[0]['id']} is altered — restore certificates/" in out.output


def test_every_command_has_help_with_example() -> None:
    import click

    def walk(cmd: click.Command):
        yield cmd
        if isinstance(cmd, click.Group):
            for sub in cmd.commands.values():
                yield from walk(sub)

    for group in (*event.COMMANDS, *retention.COMMANDS, *hold.COMMANDS):
        for cmd in walk(group):
            assert cmd.help and "Example:" in cmd.help, cmd.name


def test_no_identifiers_printed(vault: Vault, runner: CliRunner, tmp_path: Path) -> None:
    put_item(vault, "audio")
    _run(runner, "event", "set", "final_report", REPORT)
    outputs = [_run(runner, *args).output for args in (
        ["retention", "status", "--json"], ["retention", "plan", "--json"],
        ["retention", "purge", "--yes", "--json"])]
    for text in outputs:
        assert "secret name" not in text
