"""The retention policy model: per data class, a period after an anchor.

A vault's ``policies/retention.toml`` is loaded once into frozen dataclasses::

    policy = load_retention_policy(vault.policies_dir / "retention.toml")
    rule = policy.rule("audio")               # RetentionRule(period=P3M, anchor=FINAL_REPORT)
    rule.due(dt.date(2026, 3, 31))            # date(2026, 6, 30)

Loading fails closed: a missing file, a TOML syntax error, an unknown or missing data class, an
unknown key, an unknown anchor or a malformed or negative period raises
:class:`vault.errors.PolicyError` naming the file, the line and the fix.

Periods are a documented subset of ISO 8601 durations: ``P[nY][nM][nW][nD]`` with whole numbers
(``P3M``, ``P3Y``, ``P90D``, ``P1Y6M``, ``P0D``). Years and months are added first, keeping the
day of the month or clamping it to the month's last day (2026-11-30 + P3M = 2027-02-28,
2027-11-30 + P3M = 2028-02-29), then weeks and days.

:func:`key_period` names the class key an object is encrypted to, so that all objects that
become due together share one key, which is destroyed when they are gone (crypto-shredding).
"""
from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from vault.errors import PolicyError
from vault.policies import read_policy, suggest

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = [
    "DATA_CLASSES",
    "EVENT_ANCHORS",
    "MAX_PERIOD_YEARS",
    "Anchor",
    "Period",
    "RetentionPolicy",
    "RetentionRule",
    "add_period",
    "key_period",
    "load_retention_policy",
    "parse_period",
    "period_label",
    "policy_path",
    "vault_policy",
]

#: every data class a vault stores (the tables allowed under ``[classes]``)
DATA_CLASSES: tuple[str, ...] = (
    "audio", "transcript_raw", "transcript_redacted", "redaction_log", "register", "dataset",
    "release", "audio_redacted", "audio_redaction_report",
)

#: policy format versions this loader understands
SUPPORTED_VERSIONS: frozenset[int] = frozenset({1})

_TOP_KEYS = ("version", "require_approval", "classes")
_RULE_KEYS = ("period", "anchor")
_PERIOD_RE = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")
#: the longest retention period a policy may state; a longer one is a typo (``P30000Y``), and
#: due dates past the calendar's end (9999-12-31) cannot be computed
MAX_PERIOD_YEARS = 999
_PERIOD_HINT = ('write the period as P<n>Y<n>M<n>W<n>D with whole numbers, e.g. "P3M", '
                '"P3Y", "P90D" or "P1Y6M"')


class Anchor(enum.Enum):
    """When a retention period starts."""

    #: the ``final_report`` event
    FINAL_REPORT = "final_report"
    #: the ``study_end`` event
    STUDY_END = "study_end"
    #: the day the item was ingested
    INGESTED = "ingested"
    #: the day the item's participant withdrew consent
    CONSENT_WITHDRAWN = "consent_withdrawn"

    @property
    def is_event(self) -> bool:
        """True for anchors that are study events set with ``vault event set``."""
        return self in (Anchor.FINAL_REPORT, Anchor.STUDY_END)


#: the anchors that are study events (``vault event set NAME DATE``)
EVENT_ANCHORS: tuple[str, ...] = tuple(a.value for a in Anchor if a.is_event)


@dataclass(frozen=True, order=True)
class Period:
    """A calendar period: years, months and days (weeks are stored as days)."""

    years: int = 0
    months: int = 0
    days: int = 0

    def __str__(self) -> str:
        text = "P"
        if self.years:
            text += f"{self.years}Y"
        if self.months:
            text += f"{self.months}M"
        if self.days:
            text += f"{self.days}D"
        return text if text != "P" else "P0D"


def parse_period(text: str) -> Period:
    """Parse ``P[nY][nM][nW][nD]``, at most :data:`MAX_PERIOD_YEARS` long.

    :raises ValueError: malformed, negative or too long (the message says which).
    """
    value = text.strip()
    if value.startswith("-"):
        raise ValueError("negative")
    match = _PERIOD_RE.fullmatch(value)
    if not match or value == "P":
        raise ValueError("malformed")
    years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
    # compared in days (a year at most 366, a month 31) without building huge dates
    if years * 366 + months * 31 + weeks * 7 + days > MAX_PERIOD_YEARS * 366:
        raise ValueError("too long")
    return Period(years=years, months=months, days=weeks * 7 + days)


def add_period(start: dt.date, period: Period) -> dt.date:
    """``start`` + ``period``: months first (day clamped to month end), then days."""
    total = start.year * 12 + (start.month - 1) + period.years * 12 + period.months
    year, month = divmod(total, 12)
    month += 1
    if year > dt.MAXYEAR:
        return dt.date.max
    day = min(start.day, calendar.monthrange(year, month)[1])
    try:
        return dt.date(year, month, day) + dt.timedelta(days=period.days)
    except OverflowError:
        return dt.date.max


@dataclass(frozen=True)
class RetentionRule:
    """How long one data class is kept."""

    data_class: str
    period: Period
    anchor: Anchor

    def due(self, anchor_date: dt.date) -> dt.date:
        """The day items anchored on ``anchor_date`` become due for destruction."""
        return add_period(anchor_date, self.period)


@dataclass(frozen=True)
class RetentionPolicy:
    """A validated retention policy. Build it with :func:`load_retention_policy`."""

    version: int
    #: purge only lists due items; a custodian approves before anything is destroyed
    require_approval: bool
    #: data class -> rule; every class in :data:`DATA_CLASSES` is present
    rules: Mapping[str, RetentionRule]
    #: the file it was loaded from
    source: Path
    #: SHA-256 of that file (recorded in certificates and audit entries)
    sha256: str

    def rule(self, data_class: str) -> RetentionRule:
        """The rule for ``data_class``.

        :raises PolicyError: the policy has no rule for it.
        """
        try:
            return self.rules[data_class]
        except KeyError:
            raise PolicyError(f"{self.source}: no retention rule for data class {data_class!r}",
                              hint=f"add a [classes.{data_class}] table with period and anchor"
                              ) from None


def policy_path(vault: Vault) -> Path:
    """Where a vault keeps its retention policy."""
    return vault.policies_dir / "retention.toml"


def vault_policy(vault: Vault) -> RetentionPolicy:
    """Load the vault's own ``policies/retention.toml``.

    :raises PolicyError: missing or invalid.
    """
    return load_retention_policy(policy_path(vault))


# -- loading ------------------------------------------------------------------------------------

def load_retention_policy(path: Path) -> RetentionPolicy:
    """Load and validate a retention policy file.

    :param path: a ``retention.toml``.
    :raises PolicyError: missing, unreadable, invalid TOML, unsupported version, unknown or
        missing class, unknown key, unknown anchor, malformed or negative period — naming the
        file, the line and the fix.
    """
    doc = read_policy(path, what="retention policy",
                      missing_hint="copy policies/retention.toml from the project into the "
                                   "vault's policies/ directory")
    data = doc.data
    doc.reject_unknown(data, _TOP_KEYS)
    version = doc.require_version(SUPPORTED_VERSIONS)
    require_approval = data.get("require_approval", False)
    if not isinstance(require_approval, bool):
        raise doc.invalid("require_approval", "must be true or false",
                          hint="write `require_approval = false` (or true), without quotes")
    classes = data.get("classes")
    if not isinstance(classes, dict):
        raise doc.error("no [classes.<data class>] tables", key="classes",
                        hint="add a [classes.<name>] table with period and anchor for each of: "
                        + ", ".join(DATA_CLASSES))

    rules: dict[str, RetentionRule] = {}
    anchors = tuple(a.value for a in Anchor)
    for name, body in classes.items():
        if name not in DATA_CLASSES:
            raise doc.error(f"unknown data class {name!r}{suggest(name, DATA_CLASSES)}",
                            table=f"classes.{name}",
                            hint=f"use one of: {', '.join(DATA_CLASSES)}")
        table = f"classes.{name}"
        if not isinstance(body, dict):
            raise doc.error(f"[{table}] must be a table", table="classes", key=name,
                            hint='write it as a table: period = "P3M" and anchor = '
                                 '"final_report"')
        doc.reject_unknown(body, _RULE_KEYS, table=table)
        for key in _RULE_KEYS:
            if key not in body:
                raise doc.missing(key, table=table,
                                  hint=f'add {key} = "…" to [{table}]' if key == "anchor" else
                                  f'add period = "P3M" (or another period) to [{table}]')
        period_text = body["period"]
        if not isinstance(period_text, str):
            raise doc.invalid("period", "must be a string", table=table,
                              hint=_PERIOD_HINT + ", in quotes")
        try:
            period = parse_period(period_text)
        except ValueError as exc:
            if str(exc) == "too long":
                raise doc.error(f"period {period_text!r} in [{table}] is longer than "
                                f"{MAX_PERIOD_YEARS} years", table=table, key="period",
                                hint="state the period the study promised, at most "
                                     f'"P{MAX_PERIOD_YEARS}Y"; e.g. "P3Y"') from None
            raise doc.error(f"{exc} period {period_text!r} in [{table}]", table=table,
                            key="period",
                            hint="periods count forward from the anchor and cannot be "
                                 "negative; " + _PERIOD_HINT if str(exc) == "negative"
                            else _PERIOD_HINT) from None
        anchor_text = body["anchor"]
        if not isinstance(anchor_text, str) or anchor_text not in anchors:
            raise doc.unknown_value("anchor", anchor_text, anchors, key="anchor", table=table)
        rules[name] = RetentionRule(data_class=name, period=period, anchor=Anchor(anchor_text))
    missing = [c for c in DATA_CLASSES if c not in rules]
    if missing:
        first_class = next(iter(classes))
        raise doc.error(f"no retention rule for data class {missing[0]!r}",
                        table=f"classes.{first_class}",
                        hint=f"add a [classes.{missing[0]}] table with period and anchor "
                             "(every data class needs one)")
    return RetentionPolicy(version=version, require_approval=require_approval,
                           rules=MappingProxyType(rules), source=Path(path), sha256=doc.sha256)


# -- class key periods --------------------------------------------------------------------------

def period_label(rule: RetentionRule, *, ingested: dt.date,
                 participant_marker: str | None) -> str:
    """The class-key period label for an item under ``rule`` (see :func:`key_period`)."""
    if rule.anchor.is_event:
        return f"{rule.anchor.value}+{rule.period}"
    if rule.anchor is Anchor.INGESTED:
        return f"ingested:{ingested:%Y-%m}+{rule.period}"
    return f"consent_withdrawn:{participant_marker or '-'}+{rule.period}"


def key_period(vault: Vault, data_class: str, *, ingested: dt.date,
               participant_marker: str | None) -> str:
    """The period label that selects the class key for a new object.

    Objects that become due together share a key, so that the key can be destroyed once they
    are all gone: with an event anchor every object of the class shares one label
    (``"final_report+P3M"``); with ``ingested`` one label per ingest month
    (``"ingested:2026-04+P90D"``); with ``consent_withdrawn`` one per participant
    (``"consent_withdrawn:<marker>+P1M"``). Reads the vault's ``policies/retention.toml``.

    Pass the label to ``vault.keys.class_recipient(vault, tx, data_class, label)``.

    :param data_class: one of :data:`DATA_CLASSES`.
    :param ingested: the (UTC) date the object enters the vault.
    :param participant_marker: the object's participant marker, if any.
    :raises PolicyError: the vault's retention policy is missing or invalid, or has no rule for
        ``data_class``.
    """
    rule = vault_policy(vault).rule(data_class)
    return period_label(rule, ingested=ingested, participant_marker=participant_marker)
