"""The planner: due dates from events on the fly, boundaries, holds, unscheduled items, status."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_retention_support import add_marker, put_rows, set_events, write_policy

from vault.retention.holds import HoldScope, add_hold
from vault.retention.planner import plan, status
from vault.retention.rules import vault_policy
from vault.store import Vault

D = dt.date.fromisoformat


@pytest.fixture
def v(vault: Vault) -> Vault:
    return vault


def _ids(items) -> list[str]:
    return sorted(i.id for i in items)


@pytest.mark.parametrize("final_report, as_of, due", [
    ("2026-03-31", "2026-06-29", False),   # the day before
    ("2026-03-31", "2026-06-30", True),    # due exactly on the date
    ("2026-03-31", "2026-07-01", True),
    ("2026-11-30", "2027-02-27", False),   # month-end arithmetic for P3M
    ("2026-11-30", "2027-02-28", True),
    ("2027-11-30", "2028-02-28", False),   # leap year: due 2028-02-29
    ("2027-11-30", "2028-02-29", True),
    ("2028-02-29", "2028-05-28", False),
    ("2028-02-29", "2028-05-29", True),
])
def test_audio_due_boundaries(v: Vault, final_report: str, as_of: str, due: bool) -> None:
    put_rows(v.db, [("it_a1", "audio", None, "2026-01-10T09:00:00Z"),
                    ("it_t1", "transcript_raw", None, "2026-01-10T09:00:00Z")])
    set_events(v, final_report=final_report)
    p = plan(v, vault_policy(v), D(as_of))
    assert p.item_ids == (["it_a1"] if due else [])
    assert p.not_yet_due == ({"transcript_raw": 1} if due else {"audio": 1, "transcript_raw": 1})
    if not due:
        assert p.next_due["audio"] > D(as_of)


@pytest.mark.parametrize("as_of, expected", [
    ("2029-03-30", ["it_a1"]),
    ("2029-03-31", ["it_a1", "it_t1"]),   # transcripts: exactly three years later
])
def test_transcripts_kept_three_years(v: Vault, as_of: str, expected: list[str]) -> None:
    put_rows(v.db, [("it_a1", "audio", None, "2026-01-10T09:00:00Z"),
                    ("it_t1", "transcript_raw", None, "2026-01-10T09:00:00Z")])
    set_events(v, final_report="2026-03-31")
    assert plan(v, vault_policy(v), D(as_of)).item_ids == expected


def test_unscheduled_until_event_set_and_recomputed_when_moved(v: Vault) -> None:
    put_rows(v.db, [("it_a1", "audio", None, "2026-01-10T09:00:00Z")])
    policy = vault_policy(v)
    p = plan(v, policy, D("2040-01-01"))
    assert p.due == () and p.unscheduled == {"audio": 1}
    set_events(v, final_report="2026-03-31")
    assert plan(v, policy, D("2026-07-01")).item_ids == ["it_a1"]
    set_events(v, final_report="2026-06-30")   # moved later: no longer due
    p = plan(v, policy, D("2026-07-01"))
    assert p.due == () and p.next_due == {"audio": D("2026-09-30")}
    entries = [e for e in v.audit.entries() if e.action == "event.set"]
    assert entries[-1].details == {"event": "final_report", "date": "2026-06-30",
                                   "previous": "2026-03-31"}


def test_ingested_anchor_is_per_item(v: Vault) -> None:
    write_policy(v, audio=("P90D", "ingested"))
    put_rows(v.db, [("it_1", "audio", None, "2026-01-31T23:59:59Z"),
                    ("it_2", "audio", None, "2026-02-28T00:00:00Z")])
    policy = vault_policy(v)
    assert plan(v, policy, D("2026-05-01")).item_ids == ["it_1"]   # 2026-01-31 + 90 days
    assert plan(v, policy, D("2026-04-30")).item_ids == []
    assert plan(v, policy, D("2026-05-29")).item_ids == ["it_1", "it_2"]


def test_consent_withdrawn_anchor(v: Vault) -> None:
    write_policy(v, audio=("P1M", "consent_withdrawn"))
    add_marker(v, "m-stay")
    add_marker(v, "m-gone", withdrawn="2026-01-31")
    put_rows(v.db, [("it_s", "audio", "m-stay", "2026-01-10T09:00:00Z"),
                    ("it_g", "audio", "m-gone", "2026-01-10T09:00:00Z"),
                    ("it_n", "audio", None, "2026-01-10T09:00:00Z")])
    p = plan(v, vault_policy(v), D("2026-02-28"))
    assert p.item_ids == ["it_g"] and p.unscheduled == {"audio": 2}
    assert plan(v, vault_policy(v), D("2026-02-27")).item_ids == []


@pytest.mark.parametrize("scope", ["item", "participant", "class"])
def test_holds_block(v: Vault, scope: str) -> None:
    add_marker(v, "m1")
    put_rows(v.db, [("it_1", "audio", "m1", "2026-01-10T09:00:00Z"),
                    ("it_2", "audio", None, "2026-01-10T09:00:00Z")])
    set_events(v, final_report="2026-01-31")
    target = {"item": "it_1", "participant": "m1", "class": "audio"}[scope]
    hold = add_hold(v, HoldScope(scope), target, reason="case 14")
    p = plan(v, vault_policy(v), D("2026-06-01"))
    held = ["it_1", "it_2"] if scope == "class" else ["it_1"]
    assert _ids(p.held) == held and all(i.holds == (hold.id,) for i in p.held)
    assert p.item_ids == sorted({"it_1", "it_2"} - set(held))


def test_plan_partitions_every_present_item(v: Vault) -> None:
    write_policy(v, dataset=("P1Y", "study_end"), register=("P30D", "ingested"))
    rows = [(f"it_{n:03d}", cls, None, f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T00:00:00Z")
            for n, cls in enumerate(["audio", "transcript_raw", "dataset", "register"] * 10)]
    put_rows(v.db, rows)
    set_events(v, final_report="2026-05-31")
    add_hold(v, HoldScope.ITEM, "it_000", reason="x")
    p = plan(v, vault_policy(v), D("2026-09-01"))
    counted = len(p.due) + len(p.held) + sum(p.not_yet_due.values()) + \
        sum(p.unscheduled.values())
    assert counted == len(rows)
    assert p.unscheduled == {"dataset": 10}           # study_end not set
    assert {i.data_class for i in p.due} == {"audio", "register"}
    assert [i.due for i in p.due] == sorted(i.due for i in p.due if i.data_class == "audio") + \
        sorted(i.due for i in p.due if i.data_class == "register")  # class order, then date


def test_destroyed_items_are_not_planned(v: Vault) -> None:
    put_rows(v.db, [("it_1", "audio", None, "2026-01-10T09:00:00Z")])
    with v.write() as tx:
        tx.execute("UPDATE items SET state = 'destroyed' WHERE id = 'it_1'")
    set_events(v, final_report="2026-01-31")
    assert plan(v, vault_policy(v), D("2027-01-01")).due == ()


def test_status_counts(v: Vault) -> None:
    put_rows(v.db, [("it_1", "audio", None, "2026-01-10T09:00:00Z"),
                    ("it_2", "audio", None, "2026-01-10T09:00:00Z"),
                    ("it_3", "transcript_raw", None, "2026-01-10T09:00:00Z"),
                    ("it_4", "audio", None, "2026-01-10T09:00:00Z")])
    with v.write() as tx:
        tx.execute("UPDATE items SET state = 'destroyed' WHERE id = 'it_4'")
    policy = vault_policy(v)
    s = status(v, policy, D("2026-08-01"))
    audio = s.classes[0]
    assert (audio.data_class, audio.present, audio.unscheduled, audio.destroyed) == \
        ("audio", 2, 2, 1)
    assert audio.next_due is None and audio.anchor_date is None
    set_events(v, final_report="2026-03-31")
    add_hold(v, HoldScope.ITEM, "it_1", reason="case")
    s = status(v, policy, D("2026-08-01"))
    audio, raw = s.classes[0], s.classes[1]
    assert (audio.present, audio.overdue, audio.held, audio.unscheduled) == (2, 1, 1, 0)
    assert audio.anchor_date == D("2026-03-31") and audio.rule == "P3M after final_report"
    assert raw.next_due == D("2029-03-31") and raw.overdue == 0
    assert s.events == {"final_report": D("2026-03-31")}
    data = s.to_json()
    assert data["classes"][1]["next_due"] == "2029-03-31"
    assert [c.data_class for c in s.classes][:2] == ["audio", "transcript_raw"]


def test_unknown_class_in_catalog_is_never_due(v: Vault, tmp_path: Path) -> None:
    put_rows(v.db, [("it_x", "video", None, "2020-01-01T00:00:00Z")])
    set_events(v, final_report="2020-01-31", study_end="2020-01-31")
    p = plan(v, vault_policy(v), D("2040-01-01"))
    assert p.due == () and p.unscheduled == {"video": 1}
    s = status(v, vault_policy(v), D("2040-01-01"))
    assert s.classes[-1].data_class == "video" and s.classes[-1].rule == "no rule"


# -- property: the index-driven planner agrees with a naive per-item reference -------------------

def _reference(v: Vault, policy, as_of: dt.date):
    """Due date per present item computed the slow, obvious way."""
    from vault.events import event_dates
    from vault.retention.holds import active_holds

    events = event_dates(v.db)
    withdrawn = {m: D(w[:10]) for m, w in v.db.execute(
        "SELECT marker, withdrawn FROM participants WHERE state = 'withdrawn'")}
    holds = active_holds(v.db)
    out = []
    for item_id, cls, marker, created in v.db.execute(
            "SELECT id, data_class, participant_marker, created FROM items "
            "WHERE state = 'present'"):
        rule = policy.rules.get(cls)
        anchor = None
        if rule is not None:
            if rule.anchor.is_event:
                anchor = events.get(rule.anchor.value)
            elif rule.anchor.value == "ingested":
                anchor = D(created[:10])
            else:
                anchor = withdrawn.get(marker)
        due = rule.due(anchor) if anchor is not None else None
        out.append((item_id, cls, due, bool(holds.for_item(item_id, cls, marker))))
    return out


_PERIODS = ["P0D", "P1M", "P3M", "P90D", "P1Y", "P1Y1M1D"]
_ANCHORS = ["final_report", "study_end", "ingested", "consent_withdrawn"]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rules=st.lists(st.tuples(st.sampled_from(_PERIODS), st.sampled_from(_ANCHORS)),
                      min_size=3, max_size=3),
       items=st.lists(st.tuples(st.sampled_from(["audio", "dataset", "register", "video"]),
                                st.sampled_from([None, "m1", "m2", "m3"]),
                                st.dates(D("2027-10-01"), D("2028-04-30"))), max_size=25),
       events=st.fixed_dictionaries({}, optional={
           "final_report": st.dates(D("2027-10-01"), D("2028-06-30")),
           "study_end": st.dates(D("2027-10-01"), D("2028-06-30"))}),
       withdrawals=st.fixed_dictionaries({}, optional={
           "m1": st.dates(D("2027-11-01"), D("2028-03-31")),
           "m2": st.dates(D("2027-11-01"), D("2028-03-31"))}),
       holds=st.lists(st.sampled_from(["it_000", "it_003", "m2", "audio"]), max_size=2,
                      unique=True),
       as_of=st.dates(D("2027-10-01"), D("2029-12-31")))
def test_planner_matches_reference(tmp_path_factory, rules, items, events, withdrawals, holds,
                                   as_of) -> None:
    root = tmp_path_factory.mktemp("ref") / "v"
    v = Vault.init(root, "ref")
    write_policy(v, audio=rules[0], dataset=rules[1], register=rules[2])
    for m in ("m1", "m2", "m3"):
        w = withdrawals.get(m)
        add_marker(v, m, withdrawn=w.isoformat() if w else None)
    put_rows(v.db, [(f"it_{n:03d}", cls, marker, f"{day.isoformat()}T23:59:59Z")
                    for n, (cls, marker, day) in enumerate(items)])
    set_events(v, **{k: d.isoformat() for k, d in events.items()})
    for target in holds:
        if target == "audio":
            add_hold(v, HoldScope.CLASS, "audio", reason="r")
        elif target == "m2":
            add_hold(v, HoldScope.PARTICIPANT, "m2", reason="r")
        elif int(target[3:]) < len(items):
            add_hold(v, HoldScope.ITEM, target, reason="r")
    policy = vault_policy(v)
    ref = _reference(v, policy, as_of)

    p = plan(v, policy, as_of)
    assert sorted(i.id for i in p.due) == sorted(
        i for i, _c, d, h in ref if d is not None and d <= as_of and not h)
    assert sorted(i.id for i in p.held) == sorted(
        i for i, _c, d, h in ref if d is not None and d <= as_of and h)
    assert all(i.due == next(d for r, _c, d, _h in ref if r == i.id) for i in p.due + p.held)
    for cls in {c for _i, c, _d, _h in ref}:
        mine = [(d, h) for _i, c, d, h in ref if c == cls]
        assert p.unscheduled.get(cls, 0) == sum(1 for d, _h in mine if d is None)
        later = [d for d, _h in mine if d is not None and d > as_of]
        assert p.not_yet_due.get(cls, 0) == len(later)
        assert p.next_due.get(cls) == (min(later) if later else None)

    s = status(v, policy, as_of)
    for c in s.classes:
        mine = [(d, h) for _i, cls, d, h in ref if cls == c.data_class]
        later = [d for d, _h in mine if d is not None and d > as_of]
        assert (c.present, c.held, c.unscheduled, c.overdue, c.next_due) == (
            len(mine), sum(1 for _d, h in mine if h), sum(1 for d, _h in mine if d is None),
            sum(1 for d, h in mine if d is not None and d <= as_of and not h),
            min(later) if later else None), c.data_class
    v.close()
