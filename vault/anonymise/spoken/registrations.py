"""Overseas registration numbers read out (issue 14, round 13): "My AHPRA number? M E D, oh oh oh
one, two three four, five six seven eight", "IMC number, four one two, three four five", "my
Medical Council number is four one two three four five".

::

    registration_numbers(text, findings)

The number finders read the digits (as a phone or an NHS number, by their shape); a number
said after a council or registration word, with no phone or NHS word nearer to it, is a
registration number (typed GMC_NUMBER, as the study labels every council's), and the letters of
a profession code said straight before its digits ("M E D", "MED", "em ee dee") are part of it.
"""
from __future__ import annotations

import re

from vault.anonymise.spoken._finding import Finding

__all__ = ["registration_numbers"]

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
    places = [(g.start, g.end) for g in findings if g.entity in ("LOCATION", "POSTCODE")]
    for f in findings:
        if f.entity not in _NUMBERS or any(s < f.end and f.start < e for s, e in places) \
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
