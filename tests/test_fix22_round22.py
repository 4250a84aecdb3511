"""Round 22 of issue 14 (fix22): four faults a second reading found in round 21's last merges,
each tested here on invented text (positives and hard negatives; each positive failed before).

1. An age asked of a person named by a noun no list held ("How old's the bairn?", "the carer",
   "the resident") was read as a thing's age asked, so its answer ("Three.") was kept: now a
   thing is asked about only when the noun names a thing (a building, a system, a car, the
   practice, the data, a pet), and any other noun after "the" is a person.
"""
from __future__ import annotations

import pytest
from test_spoken_dates_ages_round20 import _failures, _parse

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken.recognizer import find_spoken_forms


def _engine(anonymiser: Anonymiser, text: str) -> list[str]:
    plain = _parse(text)[0]
    return _failures(text, [(r.start, r.end) for r in anonymiser.redact(plain).replacements])


def _spoken(text: str) -> list[str]:
    return _failures(text, [(f.start, f.end) for f in find_spoken_forms(_parse(text)[0])])


# -- 1. a person asked about by any noun; a thing only by a thing's noun ---------------------

PERSON_ASKED = [
    "I: How old's the bairn?\nP: «Three».",
    "I: And how old is the wean now?\nP: «Four», nearly.",
    "I: How old was the carer?\nP: Um, «twenty-six».",
    "I: How old is the resident?\nP: «Ninety-one».",
    "I: How old's the toddler?\nP: «Two».",
    "I: How old are the grandkids?\nP: «Nine» and «eleven».",
    "I: How old was the client at the time?\nP: «Seventeen».",
    "I: How old's the teenager?\nP: «Fifteen».",
    "I: How old was the pupil?\nP: I think «thirteen».",
    "I: How old was the victim?\nP: «Nineteen».",
    # a thing's word naming who works or lives there is still a person
    "I: How old is the school nurse?\nP: «Fifty-two».",
    "I: How old's the practice manager?\nP: «Forty-eight».",
]

THING_ASKED = [
    "I: How old is the building?\nP: Um, ‹fifty›.",
    "I: How old's the computer system?\nP: ‹Twelve›, easily.",
    "I: How old was the van?\nP: ‹Eleven›.",
    "I: And how old are the houses on that side?\nP: ‹Ninety›, some of them.",
    "I: How old's the practice?\nP: ‹Thirty›.",
    "I: How old is this data?\nP: ‹Four›.",
    "I: How old's the patient's car?\nP: ‹Nine›.",
    "I: How old was the dog?\nP: ‹Fourteen›.",
    "I: How old is that old scanner?\nP: ‹Twenty›, I reckon.",
]


@pytest.mark.parametrize("text", PERSON_ASKED)
def test_an_age_asked_of_a_person_by_any_noun_is_found(text: str) -> None:
    assert not _spoken(text)


@pytest.mark.parametrize("text", THING_ASKED)
def test_a_things_age_asked_is_kept(text: str) -> None:
    assert not _spoken(text)


@pytest.mark.parametrize("text", PERSON_ASKED[:4] + THING_ASKED[:3])
def test_the_engine_agrees(anonymiser: Anonymiser, text: str) -> None:
    assert not _engine(anonymiser, text)
