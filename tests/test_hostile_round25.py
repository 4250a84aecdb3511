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
from itertools import pairwise
from typing import Any

import pytest
from test_engine_hostile_text import _word

from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import AgeRecognizer
from vault.anonymise.register import Register
from vault.anonymise.spoken.ages import find_ages
from vault.anonymise.spoken.numbers import number_runs
from vault.anonymise.spoken.recognizer import find_spoken_forms


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
    (("Q: How old is your dad?\nP: Sixty.\nQ: What about your mum?\nP: Fifty-eight.\nQ: And you?\n"
      "P: Thirty-one, next week."), "Thirty-one"),
    ("Q: Does your dad still work?\nP: No.\nQ: And your stepdad?\nP: Seventy-nine, still gardens.",
     "Seventy-nine"),
])
def test_a_follow_up_after_an_age_or_a_yes_no_question_still_takes_the_age(text: str, age: str) -> None:
    assert age in _said_ages(text)


# -- the new rules' cues at their edges: no crash, spans that rebuild the text ----------------

#: round 25's cue words and shapes: titled and untitled names before brackets, age and sex
#: compacts, apposition, bounds, fillers and openers, "rising", follow-ups, second children,
#: attendance labels, sized devices, sign-off compounds, capitals headers
ROUND_25 = [
    "Mr Visser (84)", "Dr Kaur (52, F)", "Aino Manousakis (67)", "the patient (47 yrs)",
    "his wife (", "(47F)", "(62 M)", "(F, 47)", "47/F", "M/62", "(M,", "/F", "(", ")",
    "Mrs Achebe, 84,", "Dr Obi, 52 yrs.", "patients over 65", "anyone older than seventy",
    "she's, um, I mean, honestly,", "I mean", "literally,", "let's say", "to be fair,",
    "he's rising five", "rising", "going on", "five-and-twenty", "one and twenty", "fower",
    "And your father-in-law?", "And you, roughly?", "And your stepdad?", "Eighty-eight,",
    "They were four and nine.", "and the big one eight", "and our youngest, six",
    "th- (.) thirty-five", "primary two", "Birth year?", "How old was she? Do you remember?",
    "Present:", "Apologies:", "In attendance (online):", "Wales,", "Okafor and England",
    "the tube, N G twelve,", "C H fourteen", "Checked by: NIGHT-STAFF",
    "Reviewed by: DOUBLE-CHECKED", "-", "MENSAH-BONSU", "GARTHMYL SITE – INTERVIEW 5",
    "\u200b", "\u202e", "\u2066", "\x00", "\x1b", "\ufeff", "?", ",", "\n"]


def hostile_text_25(seed: int) -> str:
    """An invented text mixing :data:`ROUND_25` into the round-21 pieces, some runs long."""
    rng = random.Random(seed)
    out = []
    for _ in range(rng.choice([1, 3, 10, 40, 120])):
        k = rng.random()
        piece = rng.choice(ROUND_25) if k < 0.6 else _word(rng)
        if k > 0.97:
            piece *= rng.choice([20, 200])
        out += [piece, rng.choice([" ", " ", ", ", "\n", "\nP01: ", "? ", "\nQ: ", ": ", "", ". ",
                                   "-", "\t"])]
    return "".join(out)


REGISTER = Register.from_csv("name,code\nAino Manousakis,T01\nOsei Visser,T02\nDot Wales,T03\n")


def _assert_rebuilds(text: str, replacements: tuple[Any, ...], redacted: str) -> None:
    spans = sorted(replacements, key=lambda r: r.start)
    assert all(0 <= r.start < r.end <= len(text) for r in spans)
    assert all(a.end <= b.start for a, b in pairwise(spans)), "replacements overlap"
    pieces, at = [], 0
    for r in spans:
        pieces += [text[at:r.start], r.replacement]
        at = r.end
    assert "".join(pieces) + text[at:] == redacted


@pytest.mark.parametrize("seed", range(2500, 2596, 8))
def test_the_engine_redacts_round_25_cues_at_their_edges(anonymiser: Anonymiser, seed: int) -> None:
    texts = [hostile_text_25(s) for s in range(seed, seed + 8)]
    for register in (None, REGISTER):
        for text, redaction in zip(texts, anonymiser.redact_many(texts, register=register)):
            _assert_rebuilds(text, redaction.replacements, redaction.text)


@pytest.mark.parametrize("seed", range(2500, 2800))
def test_the_age_finders_read_round_25_cues_without_raising(seed: int) -> None:
    text = hostile_text_25(seed)
    for found in find_ages(text, number_runs(text)):  # as spoken_forms calls it, on raw text too
        assert 0 <= found.start < found.end <= len(text)
    for result in AgeRecognizer().analyze(text, ["AGE"]):
        assert 0 <= result.start < result.end <= len(text)


def test_one_process_and_two_agree_on_round_25_cues(anonymiser: Anonymiser) -> None:
    texts = [hostile_text_25(s) for s in range(2900, 2912)]
    one = anonymiser.redact_many(texts, register=REGISTER, n_process=1)
    two = anonymiser.redact_many(texts, register=REGISTER, n_process=2)
    assert [(r.text, r.replacements, r.review) for r in one] == \
        [(r.text, r.replacements, r.review) for r in two]


#: the huge shapes alone, each a whole text
HUGE = ["Present: " + "Wales, " * 5000,
        "(47F)" * 5000, "M/62 " * 5000, "Mr Visser (" * 5000, "Aino Manousakis " * 5000 + "(67)",
        "And your dad?\n" * 3000,
        "the tube," + " N G twelve," * 5000,
        "GARTHMYL " * 20000]


@pytest.mark.parametrize("text", HUGE, ids=[h[:16] for h in HUGE])
def test_huge_round_25_shapes_do_not_stop_the_engine(anonymiser: Anonymiser, text: str) -> None:
    for register in (None, REGISTER):
        redaction = anonymiser.redact(text, register=register)
        _assert_rebuilds(text, redaction.replacements, redaction.text)


@pytest.mark.parametrize("said", ["ſix", "twenty-ſix", "ſixty ſix", "ſeven hundred and ſix"])
def test_a_number_said_with_a_long_s_is_read_not_asserted_on(said: str) -> None:
    (run,) = number_runs(said)  # the pattern matched "ſ" as "s"; the lookup did not: AssertionError
    assert run.start == 0 and run.end == len(said)


@pytest.mark.parametrize("opening, said", [("she's", "four"), ("I was", "four"),
                                           ("moved here", "at ten")])
def test_a_long_run_of_fillers_before_an_age_is_read_once(opening: str, said: str) -> None:
    """A comma between two fillers could be the first one's or the second one's: the age
    patterns tried both, 2**n splits of a run of n fillers before giving up (n=10 took 1.7 s,
    n=100 never ended; fuzz25). Now a comma is only ever the next word's: 300 fillers are read
    once, and the age after them is still found (a hang here stops at pytest-timeout's guard)."""
    text = opening + ", um, I mean" * 300 + ", " + said
    ages = [f for f in find_spoken_forms(text) if f.entity == "AGE"]
    assert ages and {text[f.start:f.end] for f in ages} == {said.split()[-1]}


@pytest.mark.parametrize("text", ["The room is 12 m² and she is 40.", "x²", "She is ²3", "a ³⁄₄ share"])
def test_superscript_digits_are_no_number_to_the_learned_age_finder(text: str) -> None:
    """'²' is a digit to str.isdigit() and a word character to the finder's tokens, and int()
    refuses it: the learned finder raised ValueError on any text with a superscript digit."""
    assert all(0 <= f.start < f.end <= len(text) for f in find_spoken_forms(text))
