"""UK postcodes read out: "C F seven, seven B P", "N E one, four L P", "S W one A, one A A",
"NE sixty-five, two J J", "L-S 6, 2 H-G".

::

    find_postcodes(text)

The outward code is one or two capital letters (spaced, joined, hyphenated or comma-separated),
its number in digits or words ("fourteen", "one four"), and an optional letter ("S W one A");
the inward code is a digit (word) and two letters. The letters must make a real postcode area
and the inward letters must be ones Royal Mail uses, so grades and roads ("F one", "ST three",
"the M six", "the A one") are not postcodes: they lack the inward part or a real area. Lower-case
letters ("c f seven ...") count only with "postcode" just before.
"""
from __future__ import annotations

import re

from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.numbers import UNIT_WORDS, words_value

__all__ = ["POSTCODE_AREAS", "find_postcodes"]

DETECTOR = "spoken_postcode"

#: the 121 UK postcode areas (plus BF/BX, not used for homes, left out)
POSTCODE_AREAS: frozenset[str] = frozenset("""
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC
EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M ME
MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST
SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
""".split())  # noqa: SIM905
_INWARD_LETTERS = frozenset("ABDEFGHJLNPQRSTUWXYZ")

_DIGIT = r"(?:(?i:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)|\d)"
_NUMBER = (r"(?:\d{1,2}|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \t]"
           r"(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|" + _DIGIT + r"(?:[ \t-]+"
           + _DIGIT + r")?)")
_SEP = r"(?:[ \t]*(?:[,\-–—]|\.{1,3}|…)[ \t]*|[ \t]+)(?:(?i:um|er|erm|uh)[,.]?[ \t]+)?"
_BETWEEN_LETTERS = r"(?:[ \t]*[-,.][ \t]*|[ \t]+)"


def _compile(cls: str) -> re.Pattern[str]:
    """The spoken-postcode pattern for letters of class ``cls`` ("[A-Z]" or "[a-z]")."""
    one = cls + r"(?![A-Za-z'’])"
    two = r"(?:" + cls + r"{2}(?![A-Za-z'’])|" + one + _BETWEEN_LETTERS + one + r")"
    outward = (r"(?P<area>" + two + r"|" + one + r")" + _SEP + r"(?P<district>" + _NUMBER
               + r")(?:" + _SEP + r"(?P<sub>" + one + r"))??")
    inward = r"(?P<sector>" + _DIGIT + r")(?:" + _SEP + r"|[ \t]*)(?P<unit>" + two + r")"
    # the leading lookahead lets the scan skip to letters of the class quickly
    return re.compile(r"(?=" + cls + r")(?<![\w'’-])" + outward + _SEP + inward + r"(?![\w'’-])")


_SPOKEN = _compile("[A-Z]")
_LOWER = _compile("[a-z]")
_POSTCODE_WORD = re.compile(r"(?i)post[ \t]?code")


def _letters(s: str) -> str:
    return re.sub(r"[^A-Za-z]", "", s).upper()


def _digit_value(s: str) -> str | None:
    s = s.strip().lower()
    if s.isdigit():
        return s
    parts = re.split(r"[ \t-]+", s)
    if all(p in UNIT_WORDS for p in parts):
        return "".join(str(UNIT_WORDS[p]) for p in parts)
    value = words_value(s)
    return None if value is None else str(value)


def _valid(match: re.Match[str]) -> bool:
    area = _letters(match.group("area"))
    district = _digit_value(match.group("district"))
    sector = _digit_value(match.group("sector"))
    unit = _letters(match.group("unit"))
    if area not in POSTCODE_AREAS or district is None or sector is None or len(sector) != 1:
        return False
    return len(district) <= 2 and len(unit) == 2 and set(unit) <= _INWARD_LETTERS


def find_postcodes(text: str) -> list[Finding]:
    """Spoken postcodes in ``text``."""
    findings = [Finding(m.start(), m.end(), "POSTCODE", 0.9, DETECTOR)
                for m in _SPOKEN.finditer(text) if _valid(m)]
    if _POSTCODE_WORD.search(text):
        for m in _LOWER.finditer(text):
            if _POSTCODE_WORD.search(text, max(0, m.start() - 40), m.start()) and _valid(m):
                findings.append(Finding(m.start(), m.end(), "POSTCODE", 0.7, DETECTOR))
    return findings
