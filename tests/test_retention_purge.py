"""Purge: tombstones, crypto-shredding, certificates, holds, approval, locking, idempotence."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_retention_support import (
    add_marker,
    consistency_problems,
    put_item,
    put_rows,
    set_events,
    write_policy,
)

from vault import age, keys
from vault.audit import read_checkpoint
from vault.errors import (
    DecryptionFailed,
    HeldItemsSkipped,
    LockBusy,
    PartialFailure,
    RetentionError,
    StoreError,
)
from vault.retention.certificates import verify_certificate
from vault.retention.holds import HoldScope, add_hold, remove_hold
from vault.retention.purge import PurgeOutcome, approve, list_pending, purge, recover_purge
from vault.retention.rules import vault_policy
from vault.store import Vault

D = dt.date.fromisoformat
TODAY = D("2026-11-26")


def _row(v: Vault, item_id: str) -> sqlite3.Row:
    return v.db.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()


def test_purge_destroys_due_objects_and_keeps_tombstones(vault: Vault) -> None:
    add_marker(vault, "m1")
    audio = [put_item(vault, "audio", marker="m1") for _ in range(3)]
    transcript = put_item(vault, "transcript_raw", marker="m1")
    set_events(vault, final_report="2026-03-31")
    result = purge(vault, vault_policy(vault), D("2026-06-30"), today=TODAY)
    assert result.outcome is PurgeOutcome.DONE and result.error() is None
    assert sorted(result.destroyed) == sorted(audio) and result.counts == {"audio": 3}
    for item_id in audio:
        row = _row(vault, item_id)
        assert row["state"] == "destroyed" and row["destroyed"].startswith("20")
        assert row["original_name"] is None and row["participant_marker"] is None
        assert row["keyed_hash"] is None and row["certificate"] == result.certificate.id
        assert not vault.object_path(item_id).exists()
    assert _row(vault, transcript)["state"] == "present"
    assert vault.object_path(transcript).exists()
    assert vault.open_operations() == []
    assert consistency_problems(vault.root) == []
    vault.audit.verify()


def test_crypto_shredding_backups_become_unreadable(vault: Vault, tmp_path: Path) -> None:
    """Copies of purged objects cannot be decrypted with any key the vault or custodians hold."""
    audio = [put_item(vault, "audio", content=f"sound {n}".encode()) for n in range(3)]
    kept = put_item(vault, "transcript_raw", content=b"words")
    backup = tmp_path / "backup"
    backup.mkdir()
    for item_id in audio + [kept]:
        shutil.copy(vault.object_path(item_id), backup / f"{item_id}.age")
    custody = vault.custody()
    audio_key = _row(vault, audio[0])["key_id"]
    assert age.decrypt_bytes((backup / f"{audio[0]}.age").read_bytes(),
                             [custody.class_identity(audio_key)]) == b"sound 0"
    set_events(vault, final_report="2026-03-31")

    result = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY)
    assert result.keys_destroyed == (audio_key,)
    key_row = vault.db.execute("SELECT * FROM keys WHERE id = ?", (audio_key,)).fetchone()
    assert key_row["state"] == "destroyed" and key_row["wrapped"] is None
    # every key still held: the custodian's identity, every active class key (fresh unlock)
    fresh = keys.Custody.unlock(Vault.open(vault.root))
    held = [fresh.identity] + [fresh.class_identity(r["id"]) for r in vault.db.execute(
        "SELECT id FROM keys WHERE state = 'active'")]
    for item_id in audio:
        with pytest.raises(DecryptionFailed):
            age.decrypt_bytes((backup / f"{item_id}.age").read_bytes(), held)
    with pytest.raises(StoreError, match="destroyed"):
        fresh.class_identity(audio_key)
    # the transcript's key survives: its backup still opens
    assert age.decrypt_bytes((backup / f"{kept}.age").read_bytes(), held) == b"words"


def test_certificate_json_text_and_audit_hash(vault: Vault) -> None:
    ids = [put_item(vault, "audio") for _ in range(2)]
    set_events(vault, final_report="2026-03-31")
    policy = vault_policy(vault)
    result = purge(vault, policy, D("2026-07-01"), today=TODAY)
    cert = result.certificate
    assert cert is not None and cert.json_path.parent == vault.root / "certificates"
    raw = cert.json_path.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == cert.sha256
    data = json.loads(raw)
    assert data["policy"] == {"path": "policies/retention.toml", "sha256": policy.sha256}
    assert data["custodian"] == vault.custody().fingerprint
    assert data["as_of"] == "2026-07-01" and data["totals"]["destroyed"] == 2
    assert sorted(i["id"] for i in data["classes"]["audio"]["items"]) == sorted(ids)
    assert data["classes"]["audio"]["items"][0]["due"] == "2026-06-30"
    assert data["classes"]["audio"]["keys_destroyed"] == list(result.keys_destroyed)
    text = cert.text_path.read_text()
    assert "DISPOSITION CERTIFICATE" in text and ids[0] in text and policy.sha256 in text
    assert cert.json_path.stat().st_mode & 0o077 == 0
    entry = [e for e in vault.audit.entries() if e.action == "retention.purge"][-1]
    assert entry.details["certificate_sha256"] == cert.sha256
    assert sorted(entry.items) == sorted(ids)
    assert verify_certificate(vault, cert.id).sha256 == cert.sha256
    # the certificate carries a signed checkpoint of the log before the purge's entry, which
    # the log later still extends
    checked = vault.audit.verify(checkpoint=read_checkpoint(raw)).checkpoint
    assert checked is not None and checked.size == entry.seq - 1
    assert "Audit checkpoint" in text
    cert.json_path.write_bytes(raw.replace(b'"destroyed": 2', b'"destroyed": 1'))
    with pytest.raises(RetentionError, match="differs from the recorded hash"):
        verify_certificate(vault, cert.id)


def test_nothing_identifying_in_certificate_or_audit(vault: Vault) -> None:
    add_marker(vault, "marker-zq9")
    put_item(vault, "audio", marker="marker-zq9")
    set_events(vault, final_report="2026-03-31")
    result = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY)
    assert result.certificate is not None
    for blob in (result.certificate.json_path.read_bytes(),
                 result.certificate.text_path.read_bytes(), vault.audit_path.read_bytes()):
        assert b"marker-zq9" not in blob and b"secret name" not in blob


def test_held_items_are_never_destroyed_and_reported(vault: Vault) -> None:
    a, b = put_item(vault, "audio"), put_item(vault, "audio")
    set_events(vault, final_report="2026-03-31")
    hold = add_hold(vault, HoldScope.ITEM, a, reason="complaint 14")
    result = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY)
    assert result.destroyed == (b,) and [i.id for i in result.held] == [a]
    assert result.outcome is PurgeOutcome.HELD
    assert isinstance(result.error(), HeldItemsSkipped) and result.error().exit_code == 5
    assert vault.object_path(a).exists() and _row(vault, a)["state"] == "present"
    assert result.keys_destroyed == ()          # the held item still needs the period's key
    assert result.certificate.data["held"] == [{"id": a, "class": "audio", "holds": [hold.id]}]
    again = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY)
    assert again.destroyed == () and again.outcome is PurgeOutcome.HELD
    remove_hold(vault, hold.id)
    last = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY)
    assert last.destroyed == (a,) and len(last.keys_destroyed) == 1
    assert last.outcome is PurgeOutcome.DONE


def test_partial_failure_keeps_item_present(vault: Vault) -> None:
    a, b = put_item(vault, "audio"), put_item(vault, "audio")
    set_events(vault, final_report="2026-03-31")
    # unlink() of a non-empty directory fails even for root
    path = vault.object_path(a)
    path.unlink()
    path.mkdir()
    (path / "x").write_bytes(b"")
    result = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY)
    assert result.failed == (a,) and result.destroyed == (b,)
    err = result.error()
    assert isinstance(err, PartialFailure) and err.exit_code == 4 and err.failed == [a]
    assert _row(vault, a)["state"] == "present" and result.keys_destroyed == ()
    assert vault.open_operations() == []
    shutil.rmtree(path)
    path.write_bytes(b"x")
    assert purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY).destroyed == (a,)


def test_missing_object_is_tombstoned_and_reported(vault: Vault) -> None:
    a = put_item(vault, "audio")
    vault.object_path(a).unlink()
    set_events(vault, final_report="2026-03-31")
    result = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY)
    assert result.destroyed == (a,) and result.already_missing == (a,)
    assert result.certificate.data["already_missing"] == [a]


def test_purge_never_runs_ahead_of_today(vault: Vault) -> None:
    put_item(vault, "audio")
    set_events(vault, final_report="2026-03-31")
    with pytest.raises(RetentionError, match="after today"):
        purge(vault, vault_policy(vault), D("2026-11-27"), today=TODAY)
    dry = purge(vault, vault_policy(vault), D("2030-01-01"), dry_run=True, today=TODAY)
    assert dry.outcome is PurgeOutcome.DRY_RUN and len(dry.plan.due) == 1
    assert vault.db.execute("SELECT state FROM items").fetchone()[0] == "present"


def test_dry_run_changes_nothing(vault: Vault, snapshot) -> None:
    put_item(vault, "audio")
    set_events(vault, final_report="2026-03-31")
    before = snapshot(vault.root)
    result = purge(vault, vault_policy(vault), D("2026-07-01"), dry_run=True)
    assert len(result.plan.due) == 1 and result.to_json()["would_destroy"]
    assert snapshot(vault.root) == before


def test_second_purge_is_locked_out_promptly(vault: Vault,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The purge waits ``lock_timeout`` for the lock, not the vault's default (asserted on the
    timeout asked for, not the clock)."""
    put_item(vault, "audio")
    set_events(vault, final_report="2026-03-31")
    other = Vault.open(vault.root)
    asked: list[float | None] = []
    acquire = vault._lock.acquire

    def spy(timeout: float | None = None, *args: object, **kwargs: object) -> object:
        asked.append(timeout)
        return acquire(timeout, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(vault._lock, "acquire", spy)
    with other.locked(), pytest.raises(LockBusy) as info:
        purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY, lock_timeout=0.2)
    assert asked == [0.2]
    assert info.value.exit_code == 16
    assert vault.db.execute("SELECT state FROM items").fetchone()[0] == "present"
    other.close()


def test_only_confirmed_items_are_destroyed(vault: Vault) -> None:
    a, b = put_item(vault, "audio"), put_item(vault, "audio")
    set_events(vault, final_report="2026-03-31")
    result = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY, only={a})
    assert result.destroyed == (a,) and _row(vault, b)["state"] == "present"


def test_key_per_ingest_month_destroyed_when_its_last_object_goes(vault: Vault) -> None:
    write_policy(vault, audio=("P90D", "ingested"))
    jan = [put_item(vault, "audio", created=f"2026-01-{d:02d}T10:00:00Z") for d in (2, 30)]
    feb = put_item(vault, "audio", created="2026-02-10T10:00:00Z")
    policy = vault_policy(vault)
    first = purge(vault, policy, D("2026-04-05"), today=TODAY)      # only Jan 2 is due
    assert first.destroyed == (jan[0],) and first.keys_destroyed == ()
    second = purge(vault, policy, D("2026-04-30"), today=TODAY)     # Jan 30 is due
    assert second.destroyed == (jan[1],) and len(second.keys_destroyed) == 1
    jan_key = _row(vault, jan[1])["key_id"]
    assert second.keys_destroyed == (jan_key,) and _row(vault, feb)["key_id"] != jan_key


def test_approval_flow(vault: Vault) -> None:
    write_policy(vault, approval=True)
    a, b = put_item(vault, "audio"), put_item(vault, "audio")
    set_events(vault, final_report="2026-03-31")
    policy = vault_policy(vault)
    result = purge(vault, policy, D("2026-07-01"), today=TODAY)
    assert result.outcome is PurgeOutcome.PENDING_APPROVAL and result.destroyed == ()
    err = result.error()
    assert isinstance(err, RetentionError) and result.pending.id in err.hint
    assert vault.object_path(a).exists()
    # a second (cron) run does not pile up lists
    again = purge(vault, policy, D("2026-07-02"), today=TODAY)
    assert again.pending.id == result.pending.id and len(list_pending(vault)) == 1
    # a hold placed during review is honoured at approval
    add_hold(vault, HoldScope.ITEM, b, reason="late complaint")
    done = approve(vault, policy, today=TODAY)
    assert done.destroyed == (a,) and [i.id for i in done.held] == [b]
    assert done.pending.state == "approved" and done.pending.certificate == done.certificate.id
    assert done.certificate.data["approval"]["id"] == result.pending.id
    assert list_pending(vault) == []
    with pytest.raises(RetentionError, match="no disposition awaiting approval"):
        approve(vault, policy, today=TODAY)


def test_approval_superseded_and_policy_change(vault: Vault) -> None:
    write_policy(vault, approval=True)
    put_item(vault, "audio")
    set_events(vault, final_report="2026-03-31")
    first = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY).pending
    put_item(vault, "audio")
    second = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY).pending
    assert first.id != second.id
    states = dict(vault.db.execute("SELECT id, state FROM retention_pending").fetchall())
    assert states == {first.id: "superseded", second.id: "pending"}
    write_policy(vault, approval=True, audio=("P4M", "final_report"))
    with pytest.raises(RetentionError, match="another version"):
        approve(vault, vault_policy(vault), second.id, today=TODAY)


def test_approval_skips_items_no_longer_due(vault: Vault) -> None:
    write_policy(vault, approval=True)
    put_item(vault, "audio")
    set_events(vault, final_report="2026-03-31")
    pending = purge(vault, vault_policy(vault), D("2026-07-01"), today=TODAY).pending
    set_events(vault, final_report="2026-10-31")   # the report slipped
    done = approve(vault, vault_policy(vault), pending.id, today=TODAY)
    assert done.destroyed == () and len(done.no_longer_due) == 1
    assert done.pending.state == "approved"


def test_recovery_is_idempotent(vault: Vault) -> None:
    ids = [put_item(vault, "audio") for _ in range(3)]
    set_events(vault, final_report="2026-03-31")
    from vault.retention.planner import plan
    from vault.retention.purge import _payload

    policy = vault_policy(vault)
    p = plan(vault, policy, D("2026-07-01"))
    payload = _payload(vault, policy, p.as_of, p.due, p.held, approval=None, batch_size=1)
    vault.object_path(ids[0]).unlink()      # as if killed after the first unlink
    with vault.write() as tx:
        tx.execute("INSERT INTO journal(op, payload, started) VALUES ('purge', ?, 'x')",
                   (json.dumps(payload),))
    assert consistency_problems(vault.root) == []
    vault.close()
    reopened = Vault.open(vault.root)
    assert reopened.open_operations() == []
    assert {r[0] for r in reopened.db.execute("SELECT state FROM items")} == {"destroyed"}
    cert_count = reopened.db.execute("SELECT COUNT(*) FROM certificates").fetchone()[0]
    recover_purge(reopened, payload)         # again: nothing changes
    assert reopened.db.execute("SELECT COUNT(*) FROM certificates").fetchone()[0] == cert_count
    entry = [e for e in reopened.audit.entries() if e.action == "retention.purge"][-1]
    assert entry.details["recovered"] is True
    reopened.audit.verify()
    assert consistency_problems(reopened.root) == []


# -- property: a second purge changes nothing ----------------------------------------------------

CLASSES = ["audio", "transcript_raw", "dataset"]
item_st = st.tuples(st.sampled_from(CLASSES), st.sampled_from([None, "m1", "m2"]),
                    st.dates(D("2025-01-01"), D("2026-12-31")))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(item_st, min_size=0, max_size=12),
       final_report=st.one_of(st.none(), st.dates(D("2025-06-01"), D("2026-12-31"))),
       anchor=st.sampled_from(["final_report", "ingested", "consent_withdrawn"]),
       holds=st.lists(st.integers(0, 11), max_size=3),
       as_of=st.dates(D("2025-06-01"), D("2028-12-31")))
def test_second_purge_changes_nothing(tmp_path_factory: pytest.TempPathFactory,
                                      items, final_report, anchor, holds, as_of) -> None:
    root = tmp_path_factory.mktemp("prop") / "v"
    v = Vault.init(root, "prop")
    write_policy(v, audio=("P3M", anchor), dataset=("P1M", "consent_withdrawn"))
    add_marker(v, "m1", withdrawn="2026-02-28")
    add_marker(v, "m2")
    rows = [(f"it_{n:03d}", cls, marker, f"{day.isoformat()}T12:00:00Z")
            for n, (cls, marker, day) in enumerate(items)]
    put_rows(v.db, rows, objects_dir=v.objects_dir)
    if final_report is not None:
        set_events(v, final_report=final_report.isoformat())
    for n in holds:
        if n < len(rows):
            add_hold(v, HoldScope.ITEM, rows[n][0], reason="p")
    policy = vault_policy(v)
    today = max(as_of, D("2026-11-26"))
    first = purge(v, policy, as_of, today=today)
    assert consistency_problems(root) == []
    planned = {i.id for i in first.plan.due}
    assert set(first.destroyed) == planned
    assert not planned & {i.id for i in first.plan.held}

    def state() -> tuple:
        db = v.db
        return (tuple(db.execute("SELECT * FROM items ORDER BY id")),
                tuple(db.execute("SELECT * FROM keys ORDER BY id")),
                tuple(sorted(p.name for p in v.objects_dir.iterdir())),
                tuple(sorted(p.name for p in (root / "certificates").glob("*")))
                if (root / "certificates").exists() else ())

    before = state()
    second = purge(v, policy, as_of, today=today)
    assert second.destroyed == () and second.keys_destroyed == () and second.certificate is None
    assert state() == before
    assert [i.id for i in second.held] == [i.id for i in first.held]
    v.audit.verify()
    v.close()


def test_withdrawal_purge_through_participants(vault: Vault, participant: str) -> None:
    """`withdraw_participant(..., purge=True)` destroys that participant's objects at once."""
    from vault.codes.epochs import resolve_code
    from vault.participants import withdraw_participant

    marker = resolve_code(vault, participant)
    mine = [put_item(vault, "audio", marker=marker), put_item(vault, "transcript_raw",
                                                                marker=marker)]
    held = put_item(vault, "transcript_raw", marker=marker)
    other = put_item(vault, "audio")
    hold = add_hold(vault, HoldScope.ITEM, held, reason="complaint")
    result = withdraw_participant(vault, participant, purge=True, date=D("2026-05-02"))
    cert = result.certificate
    assert cert is not None and str(cert).startswith(cert.id)
    assert cert.data["reason"] == "consent withdrawn"
    assert sorted(i["id"] for c in cert.data["classes"].values() for i in c["items"]) == \
        sorted(mine)
    assert cert.data["held"] == [{"id": held, "class": "transcript_raw", "holds": [hold.id]}]
    assert {_row(vault, i)["state"] for i in mine} == {"destroyed"}
    assert _row(vault, held)["state"] == "present" and _row(vault, other)["state"] == "present"
    assert consistency_problems(vault.root) == []
    entry = [e for e in vault.audit.entries() if e.action == "retention.purge"][-1]
    assert entry.details["reason"] == "consent withdrawn"
    assert entry.details["certificate_sha256"] == cert.sha256


def test_purge_participant_refuses_before_withdrawal(vault: Vault, participant: str) -> None:
    from vault.codes.epochs import resolve_code
    from vault.retention.purge import purge_participant

    with pytest.raises(RetentionError, match="has not withdrawn"):
        purge_participant(vault, resolve_code(vault, participant))
