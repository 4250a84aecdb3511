"""Overseas registration numbers read out (issue 14, round 13): "My AHPRA number? M E D, oh oh oh
one, two three four, five six seven eight", "IMC number, four one two, three four five", "my
Medical Council number is four one two three four five"; and the UK registers' codes that mix
letters with digits (round 21), read by their shape whatever cue is near: an NMC PIN (two
digits, a letter, four digits, a letter: "eighty-one, J, four four oh two, E", "one two, Kilo,
six double three oh, Echo") and an HCPC number (a profession's prefix and five or six digits:
"P A one two nought nine three", "Papa Alpha, two oh four seven one", "O-T six six one two
five").

::

    registration_numbers(text, findings)
    registration_codes(text, runs)

The number finders read the digits (as a phone or an NHS number, by their shape); a number
said after a council or registration word, with no phone or NHS word nearer to it, is a
registration number (typed GMC_NUMBER, as the study labels every council's), and the letters of
a profession code said straight before its digits ("M E D", "MED", "em ee dee") are part of it.
"""
from __future__ import annotations

import bisect
import re

from vault.anonymise.spoken._finding import Finding, overlap_test
from vault.anonymise.spoken.numbers import NumberRun
from vault.anonymise.spoken.postcodes import NATO_WORDS

__all__ = ["registration_codes", "registration_numbers"]

DETECTOR = "spoken_registration"

#: (a council only as a regulator, "the Medical Council", "Nursing and Midwifery Council", not
#: the local council whose letter holds an address; "reg" and "licence" only with "number")
_CUE = re.compile(
    r"(?i)\b(?:AHPRA|IMC|MCRN|NMBI|MCNZ|MDCN|MCI|HPCSA|NMC|GMC|registration|"
    r"(?:reg|licen[cs]e)(?:[ \t]+(?:no|number|num)\b|\.?[ \t]*(?:no\.|#))|"
    r"(?:medical|dental|nursing|midwifery|pharmacy|pharmaceutical|professions|optical|"
    r"osteopathic|chiropractic)[ \t]+council|medical[ \t]+board|PIN)\b")
#: a word that makes the number a phone's or a health number's, nearer than the cue
_OTHER = re.compile(r"(?i)\b(?:mobile|phone|landline|ring|call|text|whatsapp|NHS|CHI|health[ \t]+"
                    r"and[ \t]+care|H[ \t]*(?:and|&)[ \t]*C|hospital|postcode|eircode)\b")
#: the letters of a profession code said just before the digits
_CODE_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?:[A-Z][ \t]*[,.-]?[ \t]*){2,4}|(?i:em|ee|dee|en|double[ \t]+you|"
    r"pee|aitch|ay|ess|why|oh|see|tee)(?:[ \t,.-]+(?i:em|ee|dee|en|double[ \t]+you|pee|aitch|ay|"
    r"ess|why|oh|see|tee)){1,3}[ \t]*[,.-]?[ \t]*)$")
#: an AHPRA profession code typed straight before the digits is cue enough: "MED zero zero ..."
_AHPRA_BEFORE = re.compile(r"(?<![\w'’])(?:MED|NMW|DEN|PHA|PSY|OPT|OST|POD|OCC|MRP|PAR)[ \t]*[,.-]?[ \t]*$")
_NUMBERS = ("PHONE", "NHS_NUMBER", "GMC_NUMBER")
#: a number that opens an address or sits in one: a street's word after it ("14 Bramble
#: Close"), or an address said before it ("the address on the form is ..."); it is the
#: address's, and made a registration number it would outrank the address around it
_STREET_AFTER = re.compile(
    r"[ \t,]*(?:[A-Za-z'’-]+[ \t]+){0,3}(?i:road|street|lane|avenue|drive|close|crescent|way|"
    r"walk|place|court|gardens|grove|terrace|row|hill|park|square|mews|rd|st|ave)\b")
_ADDRESS_BEFORE = re.compile(r"(?i)\b(?:address|live|lives|lived|living|flat)\b[^.\n]{0,40}\Z")
_REACH = 50


def registration_numbers(text: str, findings: list[Finding]) -> list[Finding]:
    """GMC_NUMBER findings for the numbers among ``findings`` said as a registration number."""
    out: list[Finding] = []
    cued = _CUE.search(text) is not None
    # (one bisection a number: asking every place grew with the square of a run of
    # coordinates said over and over, each a place holding a number)
    in_place = overlap_test((g.start, g.end) for g in findings
                            if g.entity in ("LOCATION", "POSTCODE"))
    for f in findings:
        if f.entity not in _NUMBERS or in_place(f.start, f.end) \
                or _STREET_AFTER.match(text, f.end) \
                or _ADDRESS_BEFORE.search(text, max(0, f.start - 60), f.start):
            continue  # a number in an address ("the registration form: 14 ...") is the address's
        ahpra = _AHPRA_BEFORE.search(text, max(0, f.start - 8), f.start)
        if ahpra is not None:
            out.append(Finding(ahpra.start(), f.end, "GMC_NUMBER", min(1.0, f.score + 0.05),
                               DETECTOR))
            continue
        if not cued:
            continue
        window_start = max(0, f.start - _REACH, text.rfind("\n", 0, f.start) + 1)
        cues = list(_CUE.finditer(text, window_start, f.start))
        if not cues:
            continue
        cue = cues[-1]
        others = list(_OTHER.finditer(text, window_start, f.start))
        if others and others[-1].start() > cue.start() or \
                others and text[cue.start():cue.end()].lower().endswith(("council", "pin")):
            continue  # "my mobile ... number": a phone word nearer; "ring the council on ..."
        start = f.start
        code = _CODE_BEFORE.search(text, max(cue.end(), f.start - 24), f.start)
        if code is not None and code.start() >= cue.end():
            start = code.start()
        out.append(Finding(start, f.end, "GMC_NUMBER", min(1.0, f.score + 0.05), DETECTOR))
    return out


# -- round 21: the UK registers' letters-and-digits codes, by their shape ---------------------------

#: one letter said: a capital alone ("E"), a word of the phonetic alphabet ("Echo", "X-ray"), or a
#: capital spelled with a word ("E for Edward", "K as in kite")
_LETTER = (r"(?:(?:" + NATO_WORDS + r")(?![\w'’-])|[A-Z](?:[ \t]+(?:for|as[ \t]+in)[ \t]+"
           r"[A-Za-z][a-z]+(?:-[a-z]+)?)?(?![\w'’]))")
#: what stands between the parts of a code: spaces, commas, dots, dashes, a filler
_BETWEEN = r"(?:[ \t,.…\-–—]|(?<![A-Za-z])(?i:um|er|erm|uh)(?![A-Za-z]))*"
_LETTER_RE = re.compile(_BETWEEN + r"(" + _LETTER + r")" + _BETWEEN)
#: the profession prefixes of the HCPC register (arts therapist, biomedical scientist,
#: chiropodist, clinical scientist, dietitian, hearing aid dispenser, operating department
#: practitioner, occupational therapist, orthoptist, paramedic, physiotherapist, prosthetist,
#: practitioner psychologist, radiographer, speech and language therapist)
_HCPC_PREFIXES = ("AS", "BS", "CH", "CS", "DT", "HAD", "ODP", "OT", "OR", "PA", "PH", "PO",
                  "PYL", "RA", "SL")
#: each letter's words in the phonetic alphabet ("Alpha|Alfa")
_NATO = {c: "(?:" + "|".join(w for w in NATO_WORDS.split("|") if w[0] == c) + ")"
         for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _said_prefix(code: str) -> str:
    """A prefix typed ("PA"), spelled ("P A", "P-A", "P, A") or in the phonetic alphabet
    ("Papa Alpha")."""
    return (code + "|" + r"[ \t]*[,.\-]?[ \t]*".join(code) + "|"
            + r"[ \t,]+".join(_NATO[c] for c in code))


_HCPC_PREFIX = re.compile(r"(?<![\w'’-])(?:" + "|".join(
    _said_prefix(c) for c in sorted(_HCPC_PREFIXES, key=len, reverse=True)) + r")(?![\w'’-])"
    + _BETWEEN)


def _run_at(runs: list[NumberRun], starts: list[int], at: int) -> NumberRun | None:
    i = bisect.bisect_left(starts, at)
    return runs[i] if i < len(runs) and runs[i].start == at else None


def _letter_at(text: str, at: int) -> re.Match[str] | None:
    m = _LETTER_RE.match(text, at)
    if m is None or "\n" in m.group() or m.group(1) in ("I", "A") and \
            text[m.end(1):m.end(1) + 1] == " " and text[m.end():m.end() + 1].islower():
        return None  # "I" or "A" opening a clause ("A lot", "I think") is no letter
    return m


def registration_codes(text: str, runs: list[NumberRun]) -> list[Finding]:
    """GMC_NUMBER findings for NMC PINs and HCPC numbers read out (the study labels every
    register's number so): an NMC PIN is two digits, a letter, four digits and a letter; an
    HCPC number is a profession's prefix and five or six digits. Either shape is rare enough
    in talk to need no cue."""
    out: list[Finding] = []
    if not runs:
        return out
    starts = [r.start for r in runs]
    for r in runs:
        if len(r.digits) == 2 and r.digits.isdigit():  # an NMC PIN from its first two digits
            first = _letter_at(text, r.end)
            if first is None:
                continue
            middle = _run_at(runs, starts, first.end())
            if middle is None or len(middle.digits) != 4 or not middle.digits.isdigit():
                continue
            last = _letter_at(text, middle.end)
            if last is None:
                continue
            out.append(Finding(r.start, last.end(1), "GMC_NUMBER", 0.85, DETECTOR))
    for m in _HCPC_PREFIX.finditer(text):
        run = _run_at(runs, starts, m.end())
        if run is None or "\n" in m.group():
            continue
        digits = run.digits
        if len(digits) in (5, 6) and digits.isdigit():
            out.append(Finding(m.start(), run.end, "GMC_NUMBER", 0.85, DETECTOR))
    return out
