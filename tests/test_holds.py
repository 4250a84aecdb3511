"""Legal holds: library and `vault hold …` commands."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_retention_support import add_marker, put_item, put_rows

from cli import main
from vault.errors import InputError, ParticipantError, RetentionError
from vault.retention.holds import HoldScope, active_holds, add_hold, list_holds, remove_hold
from vault.store import Vault


def test_add_list_remove(vault: Vault) -> None:
    add_marker(vault, "m1")
    put_rows(vault.db, [("it_1", "audio", "m1", "2026-01-01T00:00:00Z")])
    h1 = add_hold(vault, HoldScope.ITEM, "it_1", reason="  case 1 ")
    h2 = add_hold(vault, HoldScope.PARTICIPANT, "m1", reason="case 2")
    h3 = add_hold(vault, HoldScope.CLASS, "audio", reason="case 3")
    assert h1.reason == "case 1"
    assert [h.id for h in list_holds(vault)] == [h1.id, h2.id, h3.id]
    active = active_holds(vault.db)
    assert active.for_item("it_1", "audio", "m1") == (h1.id, h3.id, h2.id)
    assert active.for_item("it_2", "transcript_raw", None) == ()
    removed = remove_hold(vault, h2.id)
    assert removed.removed is not None
    assert [h.id for h in list_holds(vault)] == [h1.id, h3.id]
    assert len(list_holds(vault, include_removed=True)) == 3
    with pytest.raises(RetentionError, match="no active hold"):
        remove_hold(vault, h2.id)
    actions = [(e.action, e.items) for e in vault.audit.entries() if e.action.startswith("hold")]
    assert actions == [("hold.add", ("it_1",)), ("hold.add", ()), ("hold.add", ()),
                       ("hold.remove", ())]
    # the reason never reaches the audit log
    assert b"case 1" not in vault.audit_path.read_bytes()


@pytest.mark.parametrize("scope, target, reason, error, match", [
    (HoldScope.ITEM, "it_nope", "r", RetentionError, "no item it_nope"),
    (HoldScope.PARTICIPANT, "nobody", "r", ParticipantError, "unknown participant"),
    (HoldScope.CLASS, "video", "r", InputError, "unknown data class 'video'"),
    (HoldScope.CLASS, "audio", "  ", InputError, "needs a reason"),
    (HoldScope.CLASS, "audio", "x" * 501, InputError, "longer than 500"),
])
def test_add_hold_refuses(vault: Vault, scope, target, reason, error, match) -> None:
    before = vault.audit_path.read_bytes()
    with pytest.raises(error, match=match):
        add_hold(vault, scope, target, reason=reason)
    assert list_holds(vault) == [] and vault.audit_path.read_bytes() == before


def test_hold_on_destroyed_item_refused(vault: Vault) -> None:
    put_rows(vault.db, [("it_1", "audio", None, "2026-01-01T00:00:00Z")])
    with vault.write() as tx:
        tx.execute("UPDATE items SET state = 'destroyed' WHERE id = 'it_1'")
    with pytest.raises(RetentionError, match="already destroyed"):
        add_hold(vault, HoldScope.ITEM, "it_1", reason="late")


def test_cli_hold_commands(vault: Vault, runner: CliRunner) -> None:
    item = put_item(vault, "audio")
    out = runner.invoke(main, ["hold", "add", item, "--reason", "complaint 14"])
    assert out.exit_code == 0, out.output
    hold_id = out.output.split()[1]
    assert out.output.strip() == f"hold {hold_id} placed on item {item}"
    out = runner.invoke(main, ["hold", "add", "--class", "audio", "--reason", "audit"])
    assert out.exit_code == 0
    listed = json.loads(runner.invoke(main, ["hold", "list", "--json"]).output)
    assert [(h["scope"], h["target"]) for h in listed] == [("item", item), ("class", "audio")]
    out = runner.invoke(main, ["hold", "remove", hold_id])
    assert out.exit_code == 0 and out.output.strip() == f"hold {hold_id} removed"
    out = runner.invoke(main, ["hold", "list"])
    assert hold_id not in out.output and "audio" in out.output
    out = runner.invoke(main, ["hold", "list", "--all"])
    lines = out.output.splitlines()
    assert lines[0].split() == ["ID", "SCOPE", "TARGET", "CREATED", "REMOVED", "REASON"]
    removed = next(line for line in lines if line.startswith(hold_id))
    assert removed.split()[4].endswith("Z") and removed.endswith("complaint 14")


def test_cli_hold_needs_exactly_one_target(vault: Vault, runner: CliRunner) -> None:
    out = runner.invoke(main, ["hold", "add", "--reason", "x"])
    assert out.exit_code == 9
    assert out.output.strip() == ("error: name exactly one of ITEM, --participant CODE or "
                                  "--class CLASS — see `vault hold add --help`")
    out = runner.invoke(main, ["hold", "add", "it_1", "--class", "audio", "--reason", "x"])
    assert out.exit_code == 9
    out = runner.invoke(main, ["hold", "add", "--class", "video", "--reason", "x"])
    assert out.exit_code == 2      # click rejects the choice


def test_cli_hold_participant_by_code(vault: Vault, runner: CliRunner, participant: str) -> None:
    """Codes resolve through vault.codes.epochs; holds store the internal marker."""
    from vault.codes import epochs

    code = participant
    out = runner.invoke(main, ["hold", "add", "--participant", code, "--reason", "request 88"])
    assert out.exit_code == 0, out.output
    assert out.output.strip().endswith(f"placed on participant {code}")
    marker = epochs.resolve_code(vault, code)
    assert [h.target for h in list_holds(vault)] == [marker]
    out = runner.invoke(main, ["hold", "add", "--participant", "ZZ-none", "--reason", "x"])
    assert out.exit_code == 14
