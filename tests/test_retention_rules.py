"""The retention policy model: loading (one broken file per failure mode), periods, key labels."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from vault.errors import PolicyError
from vault.events import EVENT_NAMES
from vault.policies import default_policies_dir
from vault.retention.rules import (
    DATA_CLASSES,
    EVENT_ANCHORS,
    Anchor,
    Period,
    add_period,
    key_period,
    load_retention_policy,
    parse_period,
)
from vault.store import Vault

DATA = Path(__file__).parent / "data" / "retention"


def test_default_policy_reproduces_the_ethics_approval() -> None:
    policy = load_retention_policy(default_policies_dir() / "retention.toml")
    assert set(policy.rules) == set(DATA_CLASSES)
    assert policy.require_approval is False and policy.version == 1
    audio = policy.rule("audio")
    assert (audio.period, audio.anchor) == (Period(months=3), Anchor.FINAL_REPORT)
    for cls in ("transcript_raw", "transcript_redacted"):
        assert policy.rule(cls).period == Period(years=3)
        assert policy.rule(cls).anchor is Anchor.FINAL_REPORT
    assert audio.due(dt.date(2026, 3, 31)) == dt.date(2026, 6, 30)
    assert policy.rule("transcript_raw").due(dt.date(2026, 3, 31)) == dt.date(2029, 3, 31)
    assert len(policy.sha256) == 64


def test_event_names_match_event_anchors() -> None:
    assert EVENT_NAMES == EVENT_ANCHORS


#: file -> (line, words in the message, words in the hint)
BROKEN = {
    "unknown_class.toml": (5, ["unknown data class 'audoi'", "did you mean 'audio'"],
                           ["transcript_raw"]),
    # issue 20: refused, never clamped to 9999-12-31
    "absurd_period.toml": (6, [("period 'P99999999999Y' in [classes.audio] is longer than 999 "
                               "years")], ['at most "P999Y"']),
    "negative_period.toml": (6, ["negative period '-P3M'", "[classes.audio]"],
                             ["cannot be negative", "P3M"]),
    "malformed_period.toml": (6, ["malformed period '3 months'"], ["P<n>Y<n>M<n>W<n>D"]),
    "time_period.toml": (6, ["malformed period 'PT3H'"], ["whole numbers"]),
    "period_not_string.toml": (6, ["period in [classes.audio] must be a string"], ["quotes"]),
    "unknown_anchor.toml": (7, ["unknown anchor 'final-report'", "did you mean 'final_report'"],
                            ["consent_withdrawn"]),
    "unknown_key.toml": (3, ["unknown key 'require_aproval'", "did you mean 'require_approval'"],
                         ["allowed keys"]),
    "unknown_rule_key.toml": (7, ["unknown key 'keep' in [classes.audio]"],
                              ["allowed keys: period, anchor"]),
    "missing_class.toml": (5, ["no retention rule for data class 'release'"],
                           ["[classes.release]"]),
    "missing_anchor.toml": (5, ["[classes.audio] has no 'anchor'"], ["anchor ="]),
    "missing_version.toml": (1, ["missing 'version'"], ["version = 1"]),
    "unsupported_version.toml": (1, ["unsupported policy version 2"], ["version = 1"]),
    "require_approval_not_bool.toml": (3, ["require_approval must be true or false"],
                                       ["without quotes"]),
    "invalid_toml.toml": (None, ["invalid TOML", "line 6"], ["fix the syntax"]),
    "no_classes.toml": (None, ["no [classes.<data class>] tables"], ["audio"]),
}


def test_every_broken_file_is_covered() -> None:
    files = {p.name for p in DATA.glob("*.toml")} - {"valid.toml"}
    assert files == set(BROKEN)


def test_valid_fixture_loads() -> None:
    assert set(load_retention_policy(DATA / "valid.toml").rules) == set(DATA_CLASSES)


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_policy_names_file_line_and_fix(name: str) -> None:
    line, message_words, hint_words = BROKEN[name]
    path = DATA / name
    with pytest.raises(PolicyError) as info:
        load_retention_policy(path)
    err = info.value
    assert err.exit_code == 6
    prefix = f"{path}:{line}:" if line is not None else f"{path}:"
    assert err.message.startswith(prefix), err.message
    for word in message_words:
        assert word in err.message
    for word in hint_words:
        assert word in err.hint
    # the line really holds the offending key
    if line is not None and name not in ("missing_version.toml", "missing_class.toml",
                                         "missing_anchor.toml"):
        offending = path.read_text().splitlines()[line - 1]
        assert "=" in offending or offending.startswith("[")


def test_missing_policy_file_fails_closed(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="retention policy not found") as info:
        load_retention_policy(tmp_path / "retention.toml")
    assert "policies/retention.toml" in info.value.hint


def test_inline_tables_and_comments_locate_lines(tmp_path: Path) -> None:
    text = (DATA / "valid.toml").read_text().replace(
        '[classes.audio]\nperiod = "P3M"\nanchor = "final_report"\n', "")
    text += '\n[classes]\n# note\naudio = { period = "P3M", anchor = "ingest" }\n'
    path = tmp_path / "inline.toml"
    path.write_text(text)
    with pytest.raises(PolicyError) as info:
        load_retention_policy(path)
    line = len(text.splitlines())
    assert info.value.message.startswith(f"{path}:{line}: unknown anchor 'ingest'")


@pytest.mark.parametrize("text, expected", [
    ("P3M", Period(months=3)),
    ("P3Y", Period(years=3)),
    ("P90D", Period(days=90)),
    ("P1Y6M", Period(years=1, months=6)),
    ("P2W", Period(days=14)),
    ("P1Y2M3W4D", Period(1, 2, 25)),
    ("P0D", Period()),
    (" P03M ", Period(months=3)),
])
def test_parse_period(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize("text, kind", [
    ("-P3M", "negative"), ("P", "malformed"), ("3M", "malformed"), ("P3", "malformed"),
    ("P1.5Y", "malformed"), ("PT3H", "malformed"), ("P3M1Y", "malformed"), ("p3m", "malformed"),
    ("P-3M", "malformed"), ("", "malformed"), ("P99999999999Y", "too long"),
    ("P1000Y", "too long"), ("P12000M", "too long"), ("P400000D", "too long"),
])
def test_parse_period_rejects(text: str, kind: str) -> None:
    with pytest.raises(ValueError, match=kind):
        parse_period(text)


@pytest.mark.parametrize("period", ["P3M", "P1Y6M", "P14D", "P0D", "P3Y", "P999Y"])
def test_period_text_round_trips(period: str) -> None:
    assert str(parse_period(period)) == period


@pytest.mark.parametrize("start, period, due", [
    ("2026-03-31", "P3M", "2026-06-30"),   # day clamped to a shorter month
    ("2026-11-30", "P3M", "2027-02-28"),   # month end into February
    ("2027-11-30", "P3M", "2028-02-29"),   # ... of a leap year
    ("2027-11-29", "P3M", "2028-02-29"),
    ("2026-01-31", "P1M", "2026-02-28"),
    ("2024-02-29", "P1Y", "2025-02-28"),   # leap day + a year
    ("2024-02-29", "P4Y", "2028-02-29"),
    ("2026-12-15", "P1M", "2027-01-15"),   # year roll-over
    ("2026-03-31", "P3Y", "2029-03-31"),
    ("2026-03-31", "P90D", "2026-06-29"),
    ("2027-12-31", "P60D", "2028-02-29"),  # days count the leap day
    ("2026-01-31", "P1M1D", "2026-03-01"),  # months first, then days
    ("2026-05-05", "P0D", "2026-05-05"),
])
def test_add_period(start: str, period: str, due: str) -> None:
    assert add_period(dt.date.fromisoformat(start), parse_period(period)) == \
        dt.date.fromisoformat(due)


def test_add_period_saturates_instead_of_overflowing() -> None:
    assert add_period(dt.date(9999, 1, 1), Period(years=5)) == dt.date.max


def test_key_period_labels(vault_dir: Path) -> None:
    from test_retention_support import write_policy

    vault = Vault.open(vault_dir)
    day = dt.date(2026, 4, 17)
    assert key_period(vault, "audio", ingested=day, participant_marker="m1") == "final_report+P3M"
    assert key_period(vault, "transcript_raw", ingested=day,
                      participant_marker=None) == "final_report+P3Y"
    write_policy(vault, audio=("P90D", "ingested"), dataset=("P1M", "consent_withdrawn"),
                 release=("P10Y", "study_end"))
    assert key_period(vault, "audio", ingested=day, participant_marker="m1") == \
        "ingested:2026-04+P90D"
    assert key_period(vault, "dataset", ingested=day, participant_marker="m1") == \
        "consent_withdrawn:m1+P1M"
    assert key_period(vault, "release", ingested=day, participant_marker=None) == \
        "study_end+P10Y"
    with pytest.raises(PolicyError, match="no retention rule for data class 'video'"):
        key_period(vault, "video", ingested=day, participant_marker=None)
    vault.close()


def test_key_period_fails_closed_without_policy(vault_dir: Path) -> None:
    vault = Vault.open(vault_dir)
    (vault.policies_dir / "retention.toml").unlink()
    with pytest.raises(PolicyError, match="retention policy not found"):
        key_period(vault, "audio", ingested=dt.date(2026, 1, 1), participant_marker=None)
    vault.close()
