"""Irish Eircodes read out: "D oh two, X two eight five", "A six five, F four E two", "T
twelve, K for Kilo, two, Y, X", "D six W, one two A C", "eircode is dee oh four, one two three
four".

::

    find_eircodes(text)

An Eircode is a routing key (a letter and two digits, or D6W) and a four-character unique
identifier (digits and the letters A C D E F H K N P R T V W X Y). It is read as the pieces
:mod:`vault.anonymise.spoken.postcodes` reads (letters, letter names, NATO words, "B for
Bravo", digit words, two-digit numbers, typed groups) with the same pauses between them. The
identifier must hold a letter unless "Eircode" was said just before; lower-case letters count
only after "Eircode" too.
"""
from __future__ import annotations

import re

from vault.anonymise.spoken._finding import Finding

# one reading of spoken letters and digits for both kinds of postcode
from vault.anonymise.spoken.postcodes import (
    _PIECE,
    _PIECE_LOWER,
    _Piece,
    _stream,
)

__all__ = ["find_eircodes"]

DETECTOR = "spoken_eircode"

_ROUTING_LETTERS = frozenset("ACDEFHKNPRTVWXY")
_ID_LETTERS = _ROUTING_LETTERS
_CUE = re.compile(r"(?i)eir[ \t-]?code")
#: where a finder may look for the cue: this far before the first piece
_CUE_REACH = 60


def _parse(pieces: list[_Piece], cued: bool) -> int | None:
    """How many of ``pieces`` make an Eircode, or None."""
    n = len(pieces)
    if n < 3 or pieces[0].kind != "L" or pieces[0].value not in _ROUTING_LETTERS:
        return None
    i = 1
    if pieces[1].kind == "N" and len(pieces[1].value) == 2:
        i = 2
    elif n > 2 and (pieces[1].kind == pieces[2].kind == "D"  # "oh two"
                    or pieces[0].value + pieces[1].value + pieces[2].value == "D6W"):
        i = 3
    else:
        return None
    chars = 0
    letters = 0
    while i < n and chars < 4:
        piece = pieces[i]
        if piece.kind == "L":
            if piece.value not in _ID_LETTERS:
                return None
            letters += 1
        chars += len(piece.value) if piece.kind == "N" else 1
        i += 1
    if chars != 4 or (not letters and not cued):
        return None
    return i


_DIGIT = (r"(?i:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
          r"fifty|sixty|seventy|eighty|ninety)(?![\w'’])|\d")
#: where an Eircode may start: a routing letter (alone, by its name or NATO word) and a digit
_EIR_STARTS = re.compile(
    r"(?=[A-Za-z])(?<![\w'’])(?:[ACDEFHKNPRTV-Y]|(?i:ay|see|dee|ee|ef|aitch|kay|en|pee|are|tee|"
    r"vee|double[ \t-]?(?:u|you)|ex|wye|why|Alpha|Alfa|Charlie|Delta|Echo|Foxtrot|Hotel|Kilo|"
    r"November|Papa|Romeo|Tango|Victor|Whiske?y|X-?ray|Yankee))(?:[ \t]+(?:for|as[ \t]+in)[ \t]+"
    r"[A-Za-z][a-z-]+)?[ \t,.-]+(?=" + _DIGIT + r")")


def _scan(text: str, starts: re.Pattern[str], piece: re.Pattern[str], need_cue: bool
          ) -> list[Finding]:
    findings: list[Finding] = []
    end = 0
    for m in starts.finditer(text):
        if m.start() < end:
            continue
        cued = _CUE.search(text, max(0, m.start() - _CUE_REACH), m.start()) is not None
        if need_cue and not cued:
            continue
        pieces = _stream(text, m.start(), piece)
        used = _parse(pieces, cued)
        if used is None:
            continue
        end = pieces[used - 1].end
        findings.append(Finding(pieces[0].start, end, "POSTCODE", 0.9 if not need_cue else 0.7,
                                DETECTOR))
    return findings


def find_eircodes(text: str) -> list[Finding]:
    """Spoken Eircodes in ``text``."""
    findings = _scan(text, _EIR_STARTS, _PIECE, need_cue=False)
    if _CUE.search(text):
        findings.extend(_scan(text, _EIR_STARTS, _PIECE_LOWER, need_cue=True))
    return findings
