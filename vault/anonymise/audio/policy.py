"""The audio redaction policy: the ``[audio]`` table of ``policies/redaction.toml``.

::

    [audio]
    padding_ms = 250        # added before and after every muted window
    mode = "silence"        # or "tone": a sine replaces the identifier
    tone_hz = 1000          # the tone's frequency
    tone_dbfs = -20         # the tone's level

Loaded with :func:`load_audio_policy` (or parsed from an already-read TOML mapping with
:func:`parse_audio_policy`, which the redaction policy loader calls so that a typo in
``[audio]`` fails ``vault anonymise text`` too). Fail closed: a missing table, an unknown key or
a value out of range is a :class:`~vault.errors.PolicyError` naming the file and the key.
"""
from __future__ import annotations

import enum
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.errors import PolicyError

__all__ = ["AudioPolicy", "MuteMode", "load_audio_policy", "parse_audio_policy"]

_KEYS = ("padding_ms", "mode", "tone_hz", "tone_dbfs")
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


def _number(source: str, key: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PolicyError(f"{source}: audio.{key}: must be a number")
    if not low <= float(value) <= high:
        raise PolicyError(f"{source}: audio.{key}: must be between {low:g} and {high:g}")
    return float(value)


def parse_audio_policy(table: Any, *, source: str = "<memory>") -> AudioPolicy:
    """Validate the ``[audio]`` table.

    :raises PolicyError: not a table, unknown or missing key, bad value.
    """
    if not isinstance(table, Mapping):
        raise PolicyError(f"{source}: audio: must be a table", hint=_HINT)
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise PolicyError(f"{source}: audio.{unknown[0]}: unknown key",
                          hint=f"allowed keys: {', '.join(_KEYS)}")
    missing = [k for k in _KEYS if k not in table]
    if missing:
        raise PolicyError(f"{source}: audio.{missing[0]}: missing", hint=_HINT)
    try:
        mode = MuteMode(table["mode"])
    except (ValueError, TypeError):
        raise PolicyError(f"{source}: audio.mode: must be \"silence\" or \"tone\"") from None
    return AudioPolicy(padding=_number(source, "padding_ms", table["padding_ms"], 0, 2000) / 1000,
                       mode=mode, tone_hz=_number(source, "tone_hz", table["tone_hz"], 50, 8000),
                       tone_dbfs=_number(source, "tone_dbfs", table["tone_dbfs"], -60, -3),
                       source=source)


def load_audio_policy(path: Path | str) -> AudioPolicy:
    """The ``[audio]`` table of a redaction policy file.

    :raises PolicyError: unreadable file, not TOML, no ``[audio]`` table, invalid values.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read policy file ({exc.strerror or type(exc).__name__})",
                          hint="pass --policy with an existing redaction.toml") from exc
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{path}: not valid TOML ({exc})") from exc
    if "audio" not in data:
        raise PolicyError(f"{path}: no [audio] table (audio redaction settings)", hint=_HINT)
    return parse_audio_policy(data["audio"], source=str(path))
