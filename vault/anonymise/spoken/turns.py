"""Turns of a transcript, for identifiers a speaker splits across two of them.

A speaker reading out a long number or a postcode often stops half-way ("it's oh seven three
four..."), the other speaker says "Uh-huh" or "Yep", and the first goes on ("...six two one,
nine nine"). :func:`resumed_turn` finds where the speaker takes it up again, so a finder can
read the two parts as one identifier::

    resumed_turn(text, end_of_first_part)  # -> offset of "six" in the next turn, or None

Only a single short turn of the other speaker (a back-channel: a dozen words, no digits) may
stand between; the resumed turn must open with the continuation (after its label and an
optional "..." or dash).
"""
from __future__ import annotations

import re

from vault.anonymise.speaker_labels import CUE_AFTER, label_pattern, speaker

__all__ = [
    "CAPTION_CUE",
    "LABEL_NOTE",
    "LABEL_WORDS",
    "SHORT_LABEL_WORDS",
    "TIMED_SPEAKER_LINE",
    "in_label",
    "label_end",
    "line_before",
    "line_bounds",
    "question_answered",
    "resumed_turn",
    "trails_off",
]

#: the lines a caption file puts before a turn, on their own: a WebVTT or SRT cue's timing
#: ("00:04:35.308 --> 00:05:07.673", "00:04:35,308 --> 00:05:07,673 align:start", after an
#: optional cue number line) or a bare timestamp ("[00:04:35]", "00:04:35"); a pattern to put
#: after a question's line break, so that what opens the next turn is read past them
CAPTION_CUE = (r"(?:[ \t]*(?:\d{1,5}[ \t]*\r?\n[ \t]*)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[ \t]*"
               r"-->[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[^\n]{0,60}\r?\n(?:[ \t]*\r?\n)*|"
               r"[ \t]*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?[ \t]*\r?\n(?:[ \t]*\r?\n)*)")

#: a speaker label's words before its colon ("Part.", "ZQ-11", "Interviewer (JM)"), and a note
#: after one comma: where or how the speaker is ("KT-07, retired", "KT-07, camera off", "Sister,
#: on speaker", "Husband, relaying"), or in square brackets ("VC-04 [video]", "B2 [P-11]", "RX-01
#: [at keyboard]"); the finders that read a turn from its label share it
LABEL_NOTE = r"(?:\[[^\]\n:]{1,24}\]|,[ \t]+[A-Za-z][A-Za-z0-9 ._()-]{0,24})?"
LABEL_WORDS = r"[A-Za-z][A-Za-z0-9 ._()-]{0,30}" + LABEL_NOTE
#: a shorter label without round brackets ("P14", "KT-07, retired", "B2 [P-11]"), for the finders
#: that read the answer after a question across it and keep a tighter bound on what a label may be
SHORT_LABEL_WORDS = r"[A-Za-z][A-Za-z0-9 ._-]{0,24}" + LABEL_NOTE
#: a transcript's turn header on a line of its own: a time and the speaker ("00:31:30 Participant
#: 2", "[12:04] Speaker 1"), the speech on the next line -- beside :data:`CAPTION_CUE`, a pattern
#: to read past after a line break, so that what opens the next turn is read under either
TIMED_SPEAKER_LINE = (r"[ \t]*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?[ \t]+"
                      + LABEL_WORDS + r"[ \t]*\r?\n")
#: a speaker label at the start of a line ("Part.:", "ZQ-11:", "Interviewer (JM):"), and the
#: bracketed cues on either side ("[laughs] P02: [sighs]")
_LABEL = label_pattern(LABEL_WORDS, cue=True, after=CUE_AFTER)
#: what a resumed part may open with
_OPENS = re.compile(r"(?:\.\.\.|…|[-–—])?[ \t]*")
#: how a part that stops half-way ends: an ellipsis or a dash
_TRAILS = re.compile(r"[ \t]*(?:\.\.\.|…|[-–—]+)")
_ELLIPSIS = re.compile(r"[ \t]*(?:\.\.\.|…)")
_MAX_BACKCHANNEL_WORDS = 12


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _label(text: str, line_start: int) -> re.Match[str] | None:
    return _LABEL.match(text, line_start)


def label_end(text: str, line_start: int) -> int:
    """Where the speaker label opening the line at ``line_start`` ends (after its colon and
    any bracketed cue), or ``line_start`` when the line has none."""
    label = _label(text, line_start)
    return label.end() if label is not None else line_start


def in_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of the speaker label of its line ("ZQ-11:")."""
    if end >= len(text) or text[end] not in ":)":
        return False
    label = _label(text, line_bounds(text, start)[0])
    return label is not None and label.end("colon") >= end


def question_answered(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the question the turn holding ``pos`` answers: the last line said before
    it that is not blank, when it ends with "?" ("What's the best number to get you on?" /
    "Oh seven ..."); else None."""
    start = line_before(text, text.rfind("\n", 0, pos) + 1)
    if start is None:
        return None
    line = text[start:text.find("\n", start)].rstrip()
    return (start, start + len(line)) if line.endswith("?") else None


def line_before(text: str, line_start: int) -> int | None:
    """The start of the last line with words on it that ends before ``line_start`` (blank lines
    between turns skipped, as the corpora lay turns out), or None."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start
        end = start - 1
    return None


def trails_off(text: str, end: int, *, dash: bool = True) -> bool:
    """Whether what was said up to ``end`` stops with an ellipsis or (``dash``) a dash."""
    return (_TRAILS if dash else _ELLIPSIS).match(text, end) is not None


def resumed_turn(text: str, end: int) -> int | None:
    """Where the speaker of the turn holding ``end`` resumes in their next turn, when only one
    short turn of someone else (a back-channel) stands between; else None."""
    first_start, first_end = line_bounds(text, end)
    who = speaker(_label(text, first_start))
    pos = first_end
    between: list[str] = []
    while pos < len(text) and len(between) <= 1:
        line_start = pos + 1
        line_end = line_bounds(text, line_start)[1] if line_start <= len(text) else len(text)
        line = text[line_start:line_end]
        pos = line_end
        if not line.strip():
            continue
        label = _label(text, line_start)
        if between:
            if speaker(label) != who:
                return None
            at = label.end() if label else line_start
            opens = _OPENS.match(text, at)
            return opens.end() if opens else at
        said = line[label.end() - line_start:] if label else line
        if speaker(label) == who or len(said.split()) > _MAX_BACKCHANNEL_WORDS or \
                any(c.isdigit() for c in said):
            return None
        between.append(line)
    return None
