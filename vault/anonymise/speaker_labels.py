"""A speaker's label opening a line of a transcript: one parser for every reader of one.

A label is what stands at a line's start before a colon ("P05:", "Interviewer (JM):",
"[00:01:42] I:", "[Interviewer]:", "PR.10:"): an optional timestamp or bracketed cue, the
label's words, the colon, and what may stand before the speech. :func:`label_pattern` builds
each reader's pattern from those parts, the reader choosing only which words it takes for a
label (a turn's reader any short label, the register's a participant's code) and which parts
it reads past; :func:`speaker` says who a label names, the same for every reader.
"""
from __future__ import annotations

import re

__all__ = ["CUE_AFTER", "LINE_TIMESTAMP", "label_pattern", "speaker"]

#: a timestamp opening a line: "12:31", "[00:12:31]", "(1:02:03.5)"
LINE_TIMESTAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?"
#: a bracketed cue before a label or its speech: "[laughs]", "[00:04:35]", "[Chat 12:28]"
_CUE = r"\[[^\]\n]{0,40}\][ \t]*"
#: what a label's reader may read past after the colon: spaces and a bracketed cue ("P01:
#: [laughs] Sorry")
CUE_AFTER = rf"[ \t]*(?:{_CUE})?"
#: a label in square brackets: "[Interviewer]:"
_BRACKETED = r"\[(?P<bracket>[A-Za-z][^\]\n]{0,30})\]"


def label_pattern(words: str, *, stamp: bool = False, cue: bool = False,
                  bracketed: bool = False, note: str = "", after: str = "") -> re.Pattern[str]:
    """A speaker label at a line's start (``^``, multi-line): ``words`` (group ``label``), a
    ``note`` ("W8-02 (GP):"), a colon (group ``colon``) and ``after``; before the words, a
    timestamp (``stamp``) and a bracketed cue (``cue``), and the words may be in square
    brackets instead (``bracketed``: group ``bracket``)."""
    label = f"(?P<label>{words})"
    return re.compile(
        r"^[ \t]*" + (rf"(?:{LINE_TIMESTAMP}[ \t]*)?" if stamp else "")
        + (rf"(?:{_CUE})?" if cue else "")
        + (rf"(?:{_BRACKETED}|{label})" if bracketed else label)
        + note + r"[ \t]*(?P<colon>:)" + after, re.MULTILINE)


def speaker(label: re.Match[str] | None) -> str | None:
    """Who the label ``label`` names, in lower case ("interviewer (jm)"); None for no label."""
    if label is None:
        return None
    words = label.groupdict().get("bracket") or label.group("label") or ""
    return words.strip().lower()
