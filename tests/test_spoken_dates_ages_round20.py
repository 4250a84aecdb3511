"""Round 20 of issue 14: spoken dates and ages measured on a space built from the language, not
from any author (``tests/_spoken_date_space.py``): every order of weekday, day, month and year,
every spoken style of year, fillers and corrections between the parts, ages in many turns of
phrase, and hard negatives said the same way (durations, counts, scores, times, money, doses,
ordinals of things, years of service).

Classes the spoken finders missed before this round, each widened in the finder that owns it:

* a month with a year said without its century or digit by digit ("March oh nine", "June of oh
  three", "August two oh one five"), and a date followed by "in the year ..." ("the fourth of
  August in the year two thousand and two"): the month-year grammar knew only full years;
* an age after a hedge of quantity ("all of twenty-five", "no more than thirty", "a year off
  forty", "two years shy of fifty"), after a modal ("he can't have been more than forty-eight"),
  after an exclamation inside the clause ("she's, God, ninety"), after "look(s)" ("you don't
  look fifty", "she looks about seventy"), after "I've just gone" ("I've just gone sixty"),
  a child's age asked ("Is she seven?"), "forty-plus", and "my seven-year-old" followed by a
  verb ("keeps me up");
* a date or an age put right (one span over both, the correction inside, as the conventions
  say): with "hang on"/"hold on", which the dictation reader blanks as a relay's words, so the
  two values were left apart; or with only the month or the year said again ("the twelfth of
  February -- hang on -- April", "nineteen seventy-two, sorry, I mean, seventy-three");
* an age read back by the other voice in a turn of its own ("Twenty-four, you said?");
* an age followed by "to" and a verb ("the wrong side of fifty to be doing nights"): "to" was
  read as a time's ("ten to nine"); it is one now only before a number, "midnight", "noon" or
  the clause's end;
* an answer putting right the interviewer's guess ("You must be about forty-five?" -- "Ha.
  Sixty-two, actually."): a guessed age is an age question;
* an age checked back in the very next turn, perhaps misheard ("Seventeen." -- "Nineteen?" --
  "No, seventeen."): the number asked and the one answering it are ages;
* an age approached without "to" ("I'm coming up forty-seven", "nudging sixty", "touching
  fifty", "coming on seventy");
* (after the held-out pair's first score) the age of someone from working life said with a
  modal ("my supervisor must be seventy-odd"): the possessive-person grammar knew family words
  only and no "must be".
"""
from __future__ import annotations

from collections import defaultdict

import pytest
from _mentions import failures as _failures
from _mentions import marked_and_kept as _parse
from _spoken_date_space import cases

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken.recognizer import find_spoken_forms


def _by_class(prefix: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for shape, text in cases(prefix):
        out["/".join(shape.split("/")[:2])].append(text)
    return dict(out)


DATES = _by_class("date/")
AGES = _by_class("age/")
NEGATIVES = _by_class("neg/")


def test_the_space_is_deterministic_and_broad() -> None:
    assert cases() == cases()
    assert len(DATES) >= 40 and len(AGES) >= 50 and len(NEGATIVES) >= 40


def _spoken(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in find_spoken_forms(_parse(text)[0])]


@pytest.mark.parametrize("shape", sorted(DATES))
def test_the_spoken_finders_cover_every_date_shape(shape: str) -> None:
    missed = {t: _failures(t, _spoken(t)) for t in DATES[shape]}
    assert not {t: m for t, m in missed.items() if m}


@pytest.mark.parametrize("shape", sorted(AGES))
def test_the_spoken_finders_cover_every_age_shape(shape: str) -> None:
    missed = {t: _failures(t, _spoken(t)) for t in AGES[shape]}
    assert not {t: m for t, m in missed.items() if m}


@pytest.mark.parametrize("shape", sorted(NEGATIVES))
def test_the_spoken_finders_keep_every_negative_shape(shape: str) -> None:
    touched = {t: _failures(t, _spoken(t)) for t in NEGATIVES[shape]}
    assert not {t: m for t, m in touched.items() if m}


# -- the engine, on phrasings of our own for each class widened this round -----------------------

WIDENED = [
    "P3: We moved up here in «October oh four», after the wedding.",
    "P3: It must have been «November of oh six», because the baby was tiny.",
    "P3: Started on the unit «February two oh one one».",
    "P3: The inquest was the «third of May in the year two thousand and seven».",
    "P3: He was all of «twenty-six», poor lad.",
    "P3: She can't have been more than «thirty-one» when she took over.",
    "P3: I'm a couple of years off «sixty» now.",
    "P3: He's, gosh, «eighty-four» this year and still driving.",
    "P3: You honestly don't look «fifty-three».",
    "P3: She's just gone «seventy», and she's still on the parish council.",
    "INT: How old's the little one? Is he «four»?",
    "INT: Roughly how old?\nP3: «Fifty-plus», I'd guess.",
    "P3: My «nine»-year-old still asks about it.",
    # put right with words the dictation reader blanks, or only the month or year put right
    "INT: And how old is he?\nP3: «Fifty-eight, hold on, fifty-nine».",
    "P3: It was the «twelfth of February — hang on — April», the year of the floods.",
    "P3: I was born «nineteen seventy-two, sorry, I mean, seventy-three».",
    # read back by the other voice
    "INT: How old were you when you qualified?\nP3: Twenty-four.\nINT: «Twenty-four», you said?",
    "P3: I went for «October, scratch that, November the second».",
    # an age before "to" and a verb; an answer putting right the interviewer's guess
    "P3: Honestly, I'm the wrong side of «sixty» to be learning a new system.",
    "INT: You'd be about «thirty-five»?\nP3: Oh, bless you. «Fifty-one», actually.",
    "P3: Well, I'm coming up «forty-four», and I still love it.",
    "P3: My mentor must have been «sixty-odd» when he took me on.",
    # checked back in the next turn, misheard, and put right
    "INT: How old were you at the time?\nP3: Twenty-three.\nINT 2: «Thirty-three»?\nP3: No, «TWENTY-three».",
]

KEPT = [
    "P3: It took all of ‹ten minutes› to sort.",
    "P3: There were no more than ‹thirty patients› on the list.",
    "P3: The theatre list looks about ‹sixty percent› full.",
    "P3: It's gone ‹nine› already, so let's crack on.",
    "INT: Is she ‹one› of the partners?",
    "P3: I do ‹fifty-plus hours› most weeks.",
    "P3: It cost, God, ‹forty quid› for a taxi.",
    "P3: My ‹ten-year-old› car failed its MOT.",
    "P3: I was in room ‹two oh one› all October.",
    "P3: By October I'd have done ‹twelve years› there.",
    "INT: How many on your list?\nP3: Sixty.\nINT: ‹Sixty›? Goodness.",
    "P3: The fourth of June, actually, ‹July› was busier.",
    "P3: I'm usually in by ‹ten to eight›.",
    "P3: We finish at ‹twenty to›, most days.",
    "INT: You must do about ‹forty› a week?\nP3: ‹Fifty›, more like.",
    "INT: How many in the practice?\nP3: Twelve.\nINT: ‹Twenty›?\nP3: No, ‹twelve›.",
    "P3: The clock was coming up ‹twenty past› when she rang.",
]


@pytest.mark.parametrize("text", WIDENED)
def test_the_engine_redacts_each_widened_class(anonymiser: Anonymiser, text: str) -> None:
    plain = _parse(text)[0]
    found = [(r.start, r.end) for r in anonymiser.redact(plain).replacements]
    assert not _failures(text, found)


@pytest.mark.parametrize("text", KEPT)
def test_the_engine_keeps_the_same_shapes_used_otherwise(anonymiser: Anonymiser, text: str) -> None:
    plain = _parse(text)[0]
    found = [(r.start, r.end) for r in anonymiser.redact(plain).replacements]
    assert not _failures(text, found)
