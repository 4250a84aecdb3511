"""The audio redaction policy: the ``[audio]`` table of ``policies/redaction.toml``.

::

    [audio]
    padding_ms = 250        # added before and after every muted window
    mode = "silence"        # or "tone": a sine replaces the identifier
    tone_hz = 1000          # the tone's frequency
    tone_dbfs = -20         # the tone's level

Loaded with :func:`load_audio_policy`, through the one policy reader (:mod:`vault.policies`);
the redaction policy loader (:mod:`vault.anonymise.redaction_policy`) validates the table with
:func:`parse_audio_table` too, so a typo in ``[audio]`` fails ``vault anonymise`` as well. Fail
closed: a missing table, an unknown key or a value out of range is a
:class:`~vault.errors.PolicyError` in the wording every policy reader shares — the file and
line, the key, the allowed keys, a "did you mean".
"""
from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.policies import PolicyDocument, policy_from_mapping, read_policy

__all__ = ["AudioPolicy", "MuteMode", "load_audio_policy", "parse_audio_policy",
           "parse_audio_table"]

_KEYS = ("padding_ms", "mode", "tone_hz", "tone_dbfs")
_TABLE = "audio"
_WHAT = "redaction policy"
_HINT = ('add to redaction.toml:\n[audio]\npadding_ms = 250\nmode = "silence"\ntone_hz = 1000\n'
         'tone_dbfs = -20')


class MuteMode(enum.Enum):
    """What replaces a muted window."""

    SILENCE = "silence"
    TONE = "tone"


@dataclass(frozen=True)
class AudioPolicy:
    """How identifiers are muted in recordings."""

    #: seconds added before and after every window
    padding: float = 0.25
    mode: MuteMode = MuteMode.SILENCE
    tone_hz: float = 1000.0
    tone_dbfs: float = -20.0
    #: where it came from (messages, the report)
    source: str = "<memory>"

    def to_json(self) -> dict[str, Any]:
        return {"padding_ms": round(self.padding * 1000), "mode": self.mode.value,
                "tone_hz": self.tone_hz, "tone_dbfs": self.tone_dbfs}


def _number(doc: PolicyDocument, table: Mapping[str, Any], key: str, low: float,
            high: float) -> float:
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise doc.invalid(key, f"must be a number between {low:g} and {high:g}", table=_TABLE,
                          hint=_HINT)
    if not low <= float(value) <= high:
        raise doc.invalid(key, f"must be between {low:g} and {high:g}", table=_TABLE,
                          hint=_HINT)
    return float(value)


def parse_audio_table(doc: PolicyDocument) -> AudioPolicy:
    """Validate the ``[audio]`` table of a parsed redaction policy.

    :raises PolicyError: no ``[audio]`` table, not a table, unknown or missing key, bad value.
    """
    if _TABLE not in doc.data:
        raise doc.missing(_TABLE, hint=_HINT)
    table = doc.data[_TABLE]
    if not isinstance(table, Mapping):
        raise doc.error("[audio] must be a table", key=_TABLE, hint=_HINT)
    doc.reject_unknown(table, _KEYS, table=_TABLE)
    for key in _KEYS:
        if key not in table:
            raise doc.missing(key, table=_TABLE, hint=_HINT)
    try:
        mode = MuteMode(table["mode"])
    except (ValueError, TypeError):
        raise doc.unknown_value("mode", table["mode"], [m.value for m in MuteMode],
                                key="mode", table=_TABLE) from None
    return AudioPolicy(padding=_number(doc, table, "padding_ms", 0, 2000) / 1000, mode=mode,
                       tone_hz=_number(doc, table, "tone_hz", 50, 8000),
                       tone_dbfs=_number(doc, table, "tone_dbfs", -60, -3), source=doc.source)


def parse_audio_policy(table: Any, *, source: str = "<memory>") -> AudioPolicy:
    """Validate an ``[audio]`` table given as a mapping (no line numbers in messages).

    :raises PolicyError: as :func:`parse_audio_table`.
    """
    return parse_audio_table(policy_from_mapping({_TABLE: table}, source=source, what=_WHAT))


def load_audio_policy(path: Path | str) -> AudioPolicy:
    """The ``[audio]`` table of a redaction policy file.

    :raises PolicyError: missing or unreadable file, not TOML, no ``[audio]`` table, invalid
        values (naming the file, the line and the key).
    """
    doc = read_policy(Path(path), what=_WHAT,
                      missing_hint="pass --policy with an existing redaction.toml")
    return parse_audio_table(doc)
