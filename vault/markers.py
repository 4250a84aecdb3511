"""Participant marker tokens: the stable stand-in for a participant inside stored text.

Redacted transcripts and datasets never hold a participant's public code, only a marker token
(DESIGN.md invariant 4, "codes are rendered late")::

    >>> token = participant_token("p-3f9a")
    >>> token
    '⟦P:p-3f9a⟧'
    >>> render(f"{token} said", {"p-3f9a": "P07"})
    '[P07] said'

The syntax ``⟦P:<marker>⟧`` uses the mathematical white square brackets (U+27E6/U+27E7), which
do not occur in transcripts, survive UTF-8, .docx runs and WebVTT/SRT cue text, and contain no
character those formats escape. A marker is 1-64 characters of ``[A-Za-z0-9_.-]``.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["MARKER_RE", "participant_token", "render", "tokenise_codes"]

_MARKER_CHARS = r"[A-Za-z0-9_.\-]{1,64}"
#: matches one marker token; group 1 is the marker
MARKER_RE: re.Pattern[str] = re.compile(r"\u27e6P:(" + _MARKER_CHARS + r")\u27e7")
_VALID_MARKER = re.compile(_MARKER_CHARS)


def is_valid_marker(marker: str) -> bool:
    """Whether ``marker`` can be embedded in a token."""
    return bool(_VALID_MARKER.fullmatch(marker))


def participant_token(marker: str) -> str:
    """The token that stands for the participant with this internal marker.

    :param marker: internal participant marker (1-64 of ``A-Z a-z 0-9 _ . -``).
    :raises ValueError: the marker has other characters (a programming error, not user input).
    """
    if not is_valid_marker(marker):
        raise ValueError("participant marker must be 1-64 characters of [A-Za-z0-9_.-]")
    return f"\u27e6P:{marker}\u27e7"


def render(text: str, codes: Mapping[str, str], *, unknown: str = "[PARTICIPANT]") -> str:
    """Replace every marker token in ``text`` by ``[CODE]`` for the current code epoch.

    :param codes: marker -> public code of the current epoch.
    :param unknown: what a marker without a code becomes (never the marker itself).
    """
    return MARKER_RE.sub(
        lambda m: f"[{codes[m.group(1)]}]" if m.group(1) in codes else unknown, text)


def tokenise_codes(text: str, code_markers: Mapping[str, str]) -> str:
    """Replace whole-word participant codes (of any epoch) by their participant's marker token.

    Transcripts arrive labelled with the study's codes ("PJ:" speaker labels, "PJ said…"). Kept
    verbatim, a code would outlive its epoch in every release and link releases across
    rotations; as a marker it is rendered with the code current at release (invariant 4).

    :param code_markers: code -> marker, for every code the vault knows (current and earlier
        epochs, and codes of an imported pre-vault register).
    """
    if not code_markers:
        return text
    pattern = re.compile(r"(?<![\w\-\u27e6:])(" + "|".join(
        re.escape(code) for code in sorted(code_markers, key=len, reverse=True)) + r")(?![\w\-])")
    return pattern.sub(lambda m: participant_token(code_markers[m.group(1)]), text)

