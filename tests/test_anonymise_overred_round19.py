"""Round 19 of issue 14: ordinary words kept around identifiers, by class, each class altered
on three or more development authors, decided by grammar and never by a transcript's strings:

* the article before a written date ("on the 7th of March"): the date is "7th of March"; after
  a weekday the article stays inside ("Tuesday the 9th of March");
* the word before a number read out that is none of its digits: the pronoun "one" after a
  determiner ("the NHS one? six double eight ...", "the old one, oh seven ...") and "twice"
  said of the reading ("I read it out twice, nine three one ..."); "eight, twice, four one"
  (a digit said again) and "It's one, five six seven ..." (the first digit) stay the number;
* a count after an existential "there" ("There's two Hendriks on the ward", "there was two of
  them called Saoirse"): nobody's age; "She's two" still is one.

Every sentence is made up here (none is from a corpus)."""
from __future__ import annotations

from typing import Any

import pytest


def _spans(anonymiser: Any, text: str) -> list[tuple[int, int, str]]:
    return [(r.start, r.end, r.entity_type) for r in anonymiser.redact(text).replacements]


def _touched(anonymiser: Any, text: str, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e, _ in _spans(anonymiser, text))


def _covered(anonymiser: Any, text: str, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e, _ in _spans(anonymiser, text))


# --- the article before a written date -----------------------------------------------------------

DATES_AFTER_THE = [
    ("Yeah, it was the 7th of March, I know because of the incident form.", "7th of March"),
    ("The panel met on the 22nd of October and said nothing.", "22nd of October"),
    ("I started on the 3rd June 2019 as an F1, which was a shock.", "3rd June 2019"),
]


@pytest.mark.parametrize(("text", "date"), DATES_AFTER_THE)
def test_the_before_a_date_is_kept(anonymiser: Any, text: str, date: str) -> None:
    at = text.index(date)
    assert _covered(anonymiser, text, at, at + len(date))
    the = text.rindex("the ", 0, at)
    assert not _touched(anonymiser, text, the, the + 3)


def test_the_after_a_weekday_stays_in_the_date(anonymiser: Any) -> None:
    text = "The interview was Tuesday the 9th of March, in the afternoon."
    date = "Tuesday the 9th of March"
    at = text.index(date)
    assert _covered(anonymiser, text, at, at + len(date))


# --- a word before a number read out that is no digit of it --------------------------------------

LEAD_WORDS = [
    ("Nurse RN-07: Well, the old one, oh four double six, and nine four one, three eight five.",
     "one", "oh four double six, and nine four one, three eight five"),
    (("[00:21:40] P12: Yeah, I read it out twice, six three nine five double-six, four six six "
     "two, and they still lost it."), "twice", "six three nine five double-six, four six six two"),
    (("P1: The NHS one? six double eight... three two three, erm, three five one two. Odd what "
     "you remember."), "one", "six double eight... three two three, erm, three five one two"),
    (("R: Well, the old one, oh four double six, and nine four one, three eight five. I should "
     "change it."), "one", "oh four double six, and nine four one, three eight five"),
    (("R: No, that's my old one. New one is oh seven, seven four six, seven four six oh, four "
     "three."), "one", "oh seven, seven four six, seven four six oh, four three"),
    (("P5: Yeah, I read it out twice, nine three one, seven one eight - four six two six, and "
     "they still got it wrong."), "twice", "nine three one, seven one eight - four six two six"),
    ("P5: I read the NHS number out twice, 943 476 5919, and the lab still lost it.", "twice",
     "943 476 5919"),
]


@pytest.mark.parametrize(("text", "word", "number"), LEAD_WORDS)
def test_a_lead_word_is_no_digit(anonymiser: Any, text: str, word: str, number: str) -> None:
    at = text.index(number)
    assert _covered(anonymiser, text, at, at + len(number))
    lead = text.rindex(word, 0, at)
    assert not _touched(anonymiser, text, lead, lead + len(word))


DIGITS_KEPT = [
    ("R: my number? It's one, five six seven, zero seven six, five six seven, zero seven six.",
     "one, five six seven, zero seven six, five six seven, zero seven six"),
    ("R: nil seven four eight, twice, four one, twice nil three and four, that's the mobile.",
     "nil seven four eight, twice, four one, twice nil three and four"),
]


@pytest.mark.parametrize(("text", "number"), DIGITS_KEPT)
def test_a_first_digit_or_a_digit_said_again_stays(anonymiser: Any, text: str,
                                                   number: str) -> None:
    at = text.index(number)
    assert _covered(anonymiser, text, at, at + len(number))


# --- a count after an existential "there" --------------------------------------------------------

COUNTS = [
    ("P3: There's two Hendriks on the ward, that's the problem. Hendrik Vos is the locum.", "two"),
    ("P3: There was two, two of them called Saoirse, that's what confused everyone.", "two"),
    ("P3: Honestly there's three Doctor Okonkwos in the building, so it's chaos.", "three"),
]


@pytest.mark.parametrize(("text", "count"), COUNTS)
def test_a_count_after_there_is_no_age(anonymiser: Any, text: str, count: str) -> None:
    at = text.index(count)
    assert not any(s < at + len(count) and at < e and kind == "AGE"
                   for s, e, kind in _spans(anonymiser, text))


AGES_KEPT = [
    ("P3: My little girl Ottilie was four at the time, she was amazing.", "four"),
    ("P3: Where's Jack? He's nine, he should be at school.", "nine"),
    ("P3: Here is Ffion, she's six and she runs the house.", "six"),
]


@pytest.mark.parametrize(("text", "age"), AGES_KEPT)
def test_ages_after_a_copula_stay(anonymiser: Any, text: str, age: str) -> None:
    at = text.index(age)
    assert _covered(anonymiser, text, at, at + len(age))


# --- the last letter of a spelling or a postcode, then a new sentence ----------------------------

SPELLING_ENDS = [
    (("P: It's Quennell, Q like queen, U, E, N like nut, N, E, L like lamp, L. Honestly, nobody "
     "gets it right."), "Honestly", "Q like queen, U, E, N like nut, N, E, L like lamp, L"),
    ("P: F. A. R. R. O. W. People always add an e on the end.", "People", "F. A. R. R. O. W"),
    ("P: The postcode's L S nine, four T Q. Erm, it's near the park.", "Erm",
     "L S nine, four T Q"),
    ("P: It's B D one, eight P P. Er, the flat above the chip shop.", "Er", "B D one, eight P P"),
    # an example word of five or more letters before the last letter (the look-back was 12
    # characters, so "as in tango, " and "for Charlie, " were out of its reach)
    (("P: Vance, V as in Victor, A, N, C as in tango, E. Basically, nobody spells it right."),
     "Basically", "V as in Victor, A, N, C as in tango, E"),
    (("P: Tollan. T for tango, O, L, L, A for Charlie, N. Usually, they get it wrong."),
     "Usually", "T for tango, O, L, L, A for Charlie, N"),
]


@pytest.mark.parametrize(("text", "word", "spelled"), SPELLING_ENDS)
def test_the_word_after_a_spelling_opens_a_sentence(anonymiser: Any, text: str, word: str,
                                                    spelled: str) -> None:
    at = text.index(spelled)
    assert _covered(anonymiser, text, at, at + len(spelled))
    after = text.index(word, at + len(spelled))
    assert not _touched(anonymiser, text, after, after + len(word))


INITIALS_KEPT = [
    ("P: I asked T. Pirie about it, and K. J. Baker said no.", "T. Pirie"),
    ("P: I asked T. Pirie about it, and K. J. Baker said no.", "K. J. Baker"),
    ("P: The letter was from A. B. Ward, the clinical lead.", "A. B. Ward"),
    ("P: Ask H. Griffiths. Honestly, he knows the rota.", "H. Griffiths"),
]


@pytest.mark.parametrize(("text", "name"), INITIALS_KEPT)
def test_initials_and_a_surname_stay_a_name(anonymiser: Any, text: str, name: str) -> None:
    at = text.index(name)
    assert _covered(anonymiser, text, at, at + len(name))
