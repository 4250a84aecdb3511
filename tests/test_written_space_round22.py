"""Round 22 of issue 14: typed dates, ages, phone numbers, NHS, CHI, GMC and NMC numbers,
postcodes and e-mail addresses measured on a space built from how UK and Irish notes, e-mails,
forms, CSV exports and transcripts type them (``tests/_written_number_space.py``), with hard
negatives typed the same way (doses, scores, clinicians' durations, times, money, versions,
ISBNs, pages, bed and ward numbers, years, counts).

The whole engine (``Anonymiser().redact``) covered 390 of the space's 457 positives and kept
147 of its 168 negatives before this round. Classes widened, each in the finder that owns it:

* an age typed in a note ("47yo", "47 y/o", "47yrs old", "Age: 47", "F, 47,", "Female, 47",
  "Pt 47 yrs"): ``AgeRecognizer`` knew phrases ("aged", "I'm") and "years old" only;
* an NMC PIN typed ("81F2345E"): no written finder had the shape;
* a weekday typed short or before a day and month in figures ("Tues 3/1", "Sat 5 Feb"),
  "w/c 14/6", a range of days in one month ("5-6 April", whose first day leaked):
  ``DateRecognizer``;
* a postcode broken over a line by an address block's narrow column, an outward code after
  "Postcode:" or a verb of living ("we live in IM3"): ``UkPostcodeRecognizer``;
* typed figures the spoken tagger read as a date, an age or a phone number ("MoCA 28/30",
  "f/u 6/12", "2/7 ago", "p. 34", "shift 0800-2000", an ISBN):
  ``ner_dates.a_typed_figure``, in the engine's span filter.

"Rated 7/10, then 7/10", read by the spoken tagger as one GMC number (``neg/rating``), is kept
since round 22's tune-negspace22 (``tests/test_negative_space_round22.py``).
"""
from __future__ import annotations

from collections import defaultdict

import pytest
from _mentions import failures as _failures
from _mentions import marked_and_kept as parse
from _space_assertions import engine_spans
from _written_number_space import cases

from vault.anonymise.engine import Anonymiser

_KNOWN_GAPS: tuple[str, ...] = ()


def _by_class() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for shape, text in cases():
        key = "/".join(shape.split("/")[:2])
        if key not in _KNOWN_GAPS:
            out[key].append(text)
    return dict(out)


CLASSES = _by_class()
SHAPES = sorted(CLASSES)


def _found(anonymiser: Anonymiser, marked: str) -> list[tuple[int, int]]:
    return engine_spans(anonymiser, parse(marked)[0])


def test_the_space_is_deterministic_and_broad() -> None:
    assert cases() == cases()
    tops = {shape.split("/")[0] for shape, _ in cases()}
    assert tops >= {"date", "age", "phone", "nhs", "chi", "gmc", "nmc", "postcode", "email",
                    "neg"}
    assert len(cases()) >= 600
    assert sum(k.startswith("neg/") for k in SHAPES) >= 30


@pytest.mark.parametrize("shape", SHAPES)
def test_the_engine_redacts_or_keeps_every_shape(anonymiser: Anonymiser, shape: str) -> None:
    failed = {t: f for t in CLASSES[shape] if (f := _failures(t, _found(anonymiser, t)))}
    assert not failed


# -- phrasings of our own for each class widened ---------------------------------------------------

WIDENED = [
    "Referral: «63»yo man, lives with his son.",
    "Seen today, «71» y/o retired joiner.",
    "Her grandson («9»yrs old) was there.",
    "AGE: «58»\nOCCUPATION: driver",
    "Case 2 - M, «44», ex-smoker.",
    "Female, «29»; two children.",
    "Pt «80» yrs, lives alone.",
    "AGE «66»yrs\nSEX: F",
    "Mr Tollbury, «91»yrs, widower.",
    "RN, NMC PIN «07J3318C», band 6.",
    "Rota: «Weds 9/3» nights, «Fri 11/3» off.",
    "Leave w/c «21/8», back the Monday after.",
    "Away «19-22 Oct», then on call.",
    "«Thurs 4 Nov» at 10:00 in the seminar room.",
    "12 Quillby Grove\n«HX3\n8QP»",
    "Postcode area: «GY2»",
    "P07: We moved to «TR7» after the wedding.",
]

KEPT = [
    "Low mood ‹4/52›, f/u ‹2/12›.",
    "Fall ‹3/7› ago, seen in A&E.",
    "ACE-III ‹81/100›, MoCA ‹25/30›.",
    "See p. ‹112› and pp. ‹40-42›.",
    "Open ‹0900-1730› weekdays.",
    "ISBN ‹978-1-4051-8360-8›.",
    "She has ‹12› yrs of experience.",
    "After that, she stayed ‹3› yrs and left.",
    "Then, ‹3› yrs, nothing changed.",
    "Patients aged ‹18›-‹65› were invited.",
    "Flat ‹F›, then the lift.",
    "I moved to ‹ST3› in August.",
    "Mon ‹3/14› on the chart.",
    "Review in ‹6/12›, sooner if needed.",
]


@pytest.mark.parametrize("text", WIDENED)
def test_the_engine_redacts_each_widened_class(anonymiser: Anonymiser, text: str) -> None:
    assert not _failures(text, _found(anonymiser, text))


@pytest.mark.parametrize("text", KEPT)
def test_the_engine_keeps_the_same_shapes_typed_otherwise(anonymiser: Anonymiser,
                                                          text: str) -> None:
    assert not _failures(text, _found(anonymiser, text))
