"""The participant register is retained data like any other: destroyed on its own rule
(``[classes.register]``, P3Y after final_report by default), its keys shredded in the keystore
and the managed backups, a certificate written; afterwards commands that need it fail with one
line and exit 21, and no pre-purge copy of the vault directory gives a name back."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_keys_shredding import _ingest, _opens, reachable_identities
from test_retention_support import set_events

import vault.operations  # noqa: F401
from cli import main
from conftest import one_error_line
from vault import keys
from vault.codes.epochs import rotate_codes
from vault.errors import RegisterDestroyed
from vault.keystore_backups import backup_keystore
from vault.operations import open_vault
from vault.participants import add_participant, list_participants
from vault.retention.holds import HoldScope, add_hold
from vault.retention.planner import register_due
from vault.retention.purge import purge
from vault.retention.rules import vault_policy
from vault.store import Vault

TODAY = dt.datetime.now(dt.UTC).date()
NAMES = [("Philippa Quenby", "p.quenby@example.org"), ("Tomasz Wrell", "t.wrell@example.org")]


@pytest.fixture
def study(vault: Vault, tmp_path: Path, identity_file: Path) -> dict[str, Any]:
    codes = [add_participant(vault, n, email=e, aliases=[n.split()[0]]) for n, e in NAMES]
    _ingest(vault, tmp_path, codes[0], ("transcript_raw",))
    rotate_codes(vault, "first rotation")  # a sealed past epoch
    backup_keystore(vault)
    return {"codes": codes, "identity": keys.read_identity_file(identity_file)}


def _three_years_ago() -> str:
    return (TODAY - dt.timedelta(days=3 * 366 + 10)).isoformat()


def _sealed_blobs(catalog: Path) -> list[bytes]:
    """Every register blob a catalog file holds: the register, sealed epochs, notes."""
    db = sqlite3.connect(catalog)
    blobs = [bytes(r[0]) for r in db.execute("SELECT register FROM participant_register")]
    for sealed, note in db.execute("SELECT sealed, note FROM code_epochs"):
        blobs += [bytes(b) for b in (sealed, note) if b is not None]
    db.close()
    return blobs


def test_register_destroyed_after_final_report_plus_three_years(
        vault: Vault, study: dict[str, Any], tmp_path: Path) -> None:
    """Done when (2): no name or e-mail readable from the live vault, its keystore, its
    managed backups or any pre-purge copy of the vault directory."""
    copy = tmp_path / "nightly-copy"
    shutil.copytree(vault.root, copy)
    before = _sealed_blobs(copy / "catalog.sqlite")
    assert len(before) >= 2
    assert _opens(before[0], reachable_identities(vault, [study["identity"]]))

    set_events(vault, final_report=_three_years_ago())
    assert register_due(vault, vault_policy(vault)) is not None
    result = purge(vault, vault_policy(vault), TODAY)
    cert = result.register_certificate
    assert cert is not None and result.error() is None
    assert "e-mail addresses" in cert.data["register"]["destroyed"]
    assert cert.data["keystore"]["secrets_deleted"]
    assert "outside" in cert.data["keystore"]["horizon"]

    reachable = reachable_identities(vault, [study["identity"]])
    for blob in before:
        assert not _opens(blob, reachable)
    assert _sealed_blobs(vault.catalog_path) == []
    needles = [s.encode() for pair in NAMES for s in pair]
    vault.close()
    roots = [vault.root, copy, vault.keystore_dir]
    for path in (p for root in roots for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        assert not [n for n in needles if n in data], path.name
    # a second purge changes nothing
    again = open_vault(vault.root)
    assert purge(again, vault_policy(again), TODAY).register_certificate is None
    again.close()


def test_commands_that_need_the_register_say_so(vault: Vault, study: dict[str, Any],
                                                runner: CliRunner) -> None:
    set_events(vault, final_report=_three_years_ago())
    purge(vault, vault_policy(vault), TODAY)
    with pytest.raises(RegisterDestroyed):
        list_participants(vault, reveal=True)
    assert [p.identity for p in list_participants(vault)] == [None, None]  # codes still list
    vault.close()
    for args in (["participant", "list", "--reveal"],
                 ["codes", "history", study["codes"][1]],
                 ["participant", "add", "--name", "Someone New"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 21, (args, result.output)
        assert "register was destroyed" in one_error_line(result)


def test_a_participant_hold_keeps_the_register(vault: Vault, study: dict[str, Any]) -> None:
    marker = vault.db.execute("SELECT marker FROM participant_codes LIMIT 1").fetchone()[0]
    hold = add_hold(vault, HoldScope.PARTICIPANT, marker, reason="inquiry")
    set_events(vault, final_report=_three_years_ago())
    result = purge(vault, vault_policy(vault), TODAY)
    assert result.register_certificate is None
    assert list_participants(vault, reveal=True)[0].identity is not None
    from vault.retention.holds import remove_hold

    remove_hold(vault, hold.id)
    assert purge(vault, vault_policy(vault), TODAY).register_certificate is not None


def test_status_and_plan_show_when_the_register_goes(vault: Vault, study: dict[str, Any],
                                                     runner: CliRunner) -> None:
    """The register is not an item, so the per-class tables cannot show it: status and plan
    carry its own schedule line (and JSON object), on every state it passes through."""
    import json

    from vault.retention.planner import plan, register_schedule, status

    policy = vault_policy(vault)
    assert status(vault, policy, TODAY).register.state(TODAY) == "unscheduled"
    final = TODAY - dt.timedelta(days=400)
    set_events(vault, final_report=final.isoformat())
    schedule = register_schedule(vault, policy)
    assert schedule.rule == "P3Y after final_report"
    assert schedule.due == dt.date(final.year + 3, final.month, final.day)
    assert schedule.state(TODAY) == "later"
    assert plan(vault, policy, schedule.due).register.state(schedule.due) == "due"  # type: ignore[union-attr, arg-type]
    assert plan(vault, policy, TODAY).to_json()["register"] == {
        "rule": "P3Y after final_report", "due": schedule.due.isoformat(),  # type: ignore[union-attr]
        "state": "later", "holds": [], "destroyed": None}

    marker = vault.db.execute("SELECT marker FROM participant_codes LIMIT 1").fetchone()[0]
    hold = add_hold(vault, HoldScope.PARTICIPANT, marker, reason="inquiry")
    held = register_schedule(vault, policy)
    assert held.holds == (hold.id,) and held.state(schedule.due) == "held"  # type: ignore[arg-type]
    from vault.retention.holds import remove_hold

    remove_hold(vault, hold.id)
    vault.close()

    day = schedule.due.isoformat()  # type: ignore[union-attr]
    out = runner.invoke(main, ["retention", "plan", "--as-of", day])
    assert out.exit_code == 0, out.output
    assert f"participant register: due {day} (P3Y after final_report), destroyed by a purge " \
           f"on {day}" in out.output
    out = runner.invoke(main, ["retention", "status", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["register"]["state"] == "later"

    again = open_vault(vault.root)
    set_events(again, final_report=_three_years_ago())
    assert purge(again, vault_policy(again), TODAY).register_certificate is not None
    gone = status(again, vault_policy(again), TODAY).register
    assert gone.state(TODAY) == "destroyed" and gone.destroyed is not None
    again.close()
    out = runner.invoke(main, ["retention", "status"])
    assert out.exit_code == 0, out.output
    # the day it was destroyed is its certificate's (the wall clock's), not TODAY, which a
    # run crossing midnight read the day before
    assert f"participant register: destroyed {str(gone.destroyed)[:10]}" in out.output


def test_a_policy_without_a_register_rule_keeps_it() -> None:
    from vault.retention.planner import RegisterSchedule

    kept = RegisterSchedule(rule="no rule", due=None, holds=(), destroyed=None)
    assert kept.state(TODAY) == "no rule"
    assert "kept" in kept.describe(TODAY)
