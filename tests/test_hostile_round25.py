"""Hostile text on round 25's new rules (fuzz25): the age grammar written and said
(``AgeRecognizer``'s brackets, compacts, apposition and bounds; ``spoken/ages.py``'s fillers,
"rising", follow-ups and second children), the attendance lists, sized devices, sign-off
compounds and the capitals lines.

Every string is invented. No text may stop the engine (with or without a register), its
replacements must not overlap and must rebuild the redacted text, one process and two must
agree, and a run of a rule's trigger said n and 4n times must cost about linear work (counted
in the lines a module runs, never a clock).

What the hunt found (each test below failed before its fix):

- a figure whose unit is a letter was read as an age beside a sex: a catheter's French gauge
  ("Foley (16F)"), a fever in Fahrenheit ("(101 F)"), a sum in millions ("cost (40M)"), a
  floor ("the lab on 14/F"), a shoe size or a score ("size 44/M");
- a one-digit number in brackets after an adult ("patient (2)", "the husband (3)") is an
  item's number, not an age: no adult is under ten;
- a follow-up ("And your dad?") after a question for another number ("Which bus does your mum
  take?", "What's her shoe size?") took the reply as an age.
"""
from __future__ import annotations

import random

import pytest
from test_engine_hostile_text import _lines_run

from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import AgeRecognizer
from vault.anonymise.register import Register
from vault.anonymise.spoken import ages
from vault.anonymise.spoken.ages import find_ages
from vault.anonymise.spoken.numbers import number_runs


def _written_ages(text: str) -> list[str]:
    return sorted({text[r.start:r.end] for r in AgeRecognizer().analyze(text, ["AGE"])})


def _said_ages(text: str) -> list[str]:
    return sorted({text[f.start:f.end] for f in find_ages(text, number_runs(text))})


# -- ordinary language the new rules took as an age -------------------------------------------

LETTER_UNITS = [
    "Foley catheter (16F) went in first, then the tube (18 F).",
    "She ran a fever (101F) overnight; temperature (99 F) by the round.",
    "It was a hot afternoon (90F) on the unit.",
    "The project cost (40M) was twice the budget (25 M).",
    "The office is on 12/F and the lab on 14/F.",
    "Shoe size 44/M for him, size 38/F for her.",
    "The exam scores were 78/M and 82/F in the pilot.",
]


@pytest.mark.parametrize("text", LETTER_UNITS)
def test_a_figure_with_a_letter_for_its_unit_is_no_age_beside_a_sex(text: str) -> None:
    assert _written_ages(text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("Referral: (47F) collapsed at home.", "47"), ("Bay 6: 33/F, alert.", "33"),
    ("Seen today (M, 62) with his catheter blocked.", "62"),  # a device after: still an age
    ("New admission (58 yrs, female), fever since Monday.", "58"),
])
def test_an_age_beside_a_sex_is_still_one(text: str, age: str) -> None:
    assert _written_ages(text) == [age]


@pytest.mark.parametrize("text", [
    "Patient (1) said it hurt; patient (2) did not.",
    "Interviews with the husband (3) and the mother (4) are in the appendix.",
    "Quotes from the resident (5) and the client (6) follow.",
])
def test_one_digit_in_brackets_after_an_adult_is_an_item_not_an_age(text: str) -> None:
    assert _written_ages(text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("We met his son (4) and the baby (9 months) at home.", "4"),
    ("Her granddaughter (7) drew it; the patient (47 yrs) signed.", "47"),
    ("The toddler (2) and the husband (38) came in.", "38"),
])
def test_a_child_s_one_digit_age_and_an_adult_s_two_still_are(text: str, age: str) -> None:
    assert age in _written_ages(text)


@pytest.mark.parametrize("text", [
    "Q: Which bus does your mum take?\nP: The forty-two.\nQ: And your dad?\nP: Forty-three, I think.",
    "Q: What's your mum's shoe size?\nP: Thirty-eight.\nQ: And your dad?\nP: Forty-four.",
    "Q: Which ward was your nan on?\nP: Ward twenty.\nQ: And your grandad?\nP: Twenty-two, upstairs.",
    "Q: What did your husband score?\nP: Sixty.\nQ: And you?\nP: Seventy.",
    "Q: What house number is your sister?\nP: Forty.\nQ: And your brother?\nP: Thirty-two.",
])
def test_a_follow_up_to_a_question_for_another_number_is_no_age(text: str) -> None:
    assert _said_ages(text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("Q: What age is your mum?\nP: Sixty.\nQ: And your dad?\nP: Sixty-four, still works.", "Sixty-four"),
    ("Q: What's your mum's age now?\nP: Sixty.\nQ: And your dad?\nP: Sixty-four.", "Sixty-four"),
    ("Q: How old is your dad?\nP: Sixty.\nQ: What about your mum?\nP: Fifty-eight.\nQ: And you?\n"
     "P: Thirty-one, next week.", "Thirty-one"),
    ("Q: Does your dad still work?\nP: No.\nQ: And your stepdad?\nP: Seventy-nine, still gardens.",
     "Seventy-nine"),
])
def test_a_follow_up_after_an_age_or_a_yes_no_question_still_takes_the_age(text: str, age: str) -> None:
    assert age in _said_ages(text)
