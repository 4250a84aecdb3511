"""House numbers said in words before a street: "twenty-seven Osborne Avenue", "a hundred and
twelve Heaton Park Road", "flat three, forty-one Jesmond Road", digit by digit: "two-oh-seven
Beech Grove", "one four four Jesmond Road", "two two oh, Marlborough Crescent"; a street of one
word ending "-way", "-gate", "-walk" ("twenty Kingsway", "nine Westgate", "eleven
Ropewalk") or "the" and a street
type ("seventeen the Crescent"); a filler before the street ("thirty-one, um, Old Church Lane").

::

    find_spoken_addresses(text)   # LOCATION spans from the number to the street type

Addresses with digits ("27 Osborne Avenue") are the written-address recognizer's. Numbers in
words before anything but a capitalised street name ("forty patients", "seven of us") are
not addresses.
"""
from __future__ import annotations

import re

from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.numbers import NUMBER_WORDS_RE

__all__ = ["find_spoken_addresses"]

DETECTOR = "spoken_address"

#: common UK street types (Royal Mail thoroughfare descriptors)
_STREET = (r"(?:Road|Street|Lane|Avenue|Drive|Close|Crescent|Way|Terrace|Place|Gardens|Court|"
           r"Grove|Square|Row|Walk|Mews|Parade|Hill|Park|View|Green|Rise|Vale|Wharf|Quay|Gate|"
           r"Wynd|Bank|Chase|Croft|Dale|Fields?|Grange|Heights|Meadows?|Mount|Orchard|Ridge|Side|"
           r"Boulevard|Broadway|Yard|Approach|Circus|Embankment|Esplanade|Promenade|Garth|Lea|"
           r"Nook|Paddock|Pastures?|Cottages|Villas|Drove|Causeway|Fold|Brow|Loke|Chare|Vennel|Twitten|"
           r"Ley|Leys|Strand|Passage|Precinct|Rigg|Brae|Loan|Loaning|Gait|Steps|End|Wharfside|"
           # as transcribers abbreviate them
           r"Rd|St|Ave|Av|Cres|Dr|Gdns|Terr?|Sq|Pl|Ct|Ln|Gr|Cl|Pde|Wy)(?:\.|\b)")
_DIGIT = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)"
#: a house number said digit by digit ("two-oh-seven", "one four four", "two two oh"), or in words
_BELOW100 = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \t](?:one|two|"
             r"three|four|five|six|seven|eight|nine)(?![\w-]))?|ten|eleven|twelve|thirteen|"
             r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|"
             r"seven|eight|nine)")
_NUMBER = (r"(?i:(?:one|two|three|four|five|six|seven|eight|nine)(?:[- \t]" + _DIGIT + r"){1,3}"
           # "hundred and forty-two" with the "a" left unsaid
           r"(?![\w-])|hundred[ \t]+and[ \t]+" + _BELOW100 + r"|" + NUMBER_WORDS_RE + r")")
#: streets known as "the ...": "seventeen the Crescent", "four the Green"
_THE_STREET = (r"(?:Crescent|Green|Avenue|Close|Drive|Grove|Square|Parade|Terrace|Mews|Rise|Chase|"
               r"Croft|Paddock|Orchard|Meadows|Cottages|Villas|Nook|Spinney|Glebe|Limes|Willows|"
               r"Beeches|Elms|Poplars|Laurels|Maltings|Courtyard|Quadrant)")
#: "flat nine C, ", "Flat 4, ", "apartment twelve ": a flat number and its letter
_FLAT = (r"(?i:flat|apartment|unit)[ \t]+(?:" + _NUMBER + r"|\d{1,3})(?:[ \t]*[A-Ha-h](?![\w'’]))?"
         r",?[ \t]+")
_ADDRESS = re.compile(
    r"(?=[AaOoTtFfSsEeNnUuHh])(?<![\w'’-])(?<!half )(?<!Half )(?<!past )(?<!quarter to )(?:" + _FLAT + r")?"
    + _NUMBER + r"(?:[ \t]*[A-Db-d](?![\w'’]))?(?:,?[ \t]+(?:(?i:um|er|erm|uh),?[ \t]+)?"
    r"(?:(?:(?:St|Saint)\.?[ \t]+)?(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?[ \t]+){1,3}" + _STREET
    + r"\b|[A-Z][a-z]{2,}(?:way|gate|walk)(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:in|near|by|and|"
    r"then|when|where|with|which|that|until|till|for|from|since|before|after)\b))"
    r"|[ \t]+the[ \t]+" + _THE_STREET + r"\b)", re.MULTILINE)

#: after a flat number, a house number and capitalised words are the street whatever their
#: last word: "flat thirty, forty-three Curlew Rigg"
_FLAT_ADDRESS = re.compile(
    r"(?=[FfAaUu])(?<![\w'’-])" + _FLAT + r"(?:" + _NUMBER + r"|\d{1,4})(?:[ \t]*[A-H](?![\w'’]))?,?"
    r"[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2}")


def find_spoken_addresses(text: str) -> list[Finding]:
    """Street addresses whose house number is said in words."""
    findings = [Finding(m.start(), m.end(), "LOCATION", 0.9, DETECTOR)
                for m in _ADDRESS.finditer(text)]
    if "lat" in text or "LAT" in text or "nit" in text or "partment" in text:
        seen = {(f.start, f.end) for f in findings}
        findings.extend(Finding(m.start(), m.end(), "LOCATION", 0.9, DETECTOR)
                        for m in _FLAT_ADDRESS.finditer(text) if m.span() not in seen)
    return findings
