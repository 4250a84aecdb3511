"""Round 10: DATE and AGE recall at least plain Presidio's by construction.

Plain Presidio's NER reads every sentence and redacts every DATE span; vault's NER reads only
the sentences :mod:`vault.anonymise.ner_input` lets through. A sentence with a calendar or age
cue and a number now goes through too (:func:`may_hold_date_or_age`), and the DATE judge
(:func:`vault.anonymise.ner_dates.judge_ner_date`) keeps a single calendar part (a year, a day
of the month, a holiday, a date in figures, a year of birth) unless it is a duration, a time of day, a decade,
a counted part ("my second year") or history ("in 1848", a year of events with no birth
cue before it). Invented sentences, none from a corpus.
"""
from __future__ import annotations

import pytest
from test_dates_round9 import _judge

from vault.anonymise.ner_input import NerInput, may_hold_date_or_age, ner_sentences


@pytest.mark.parametrize("sentence", [
    "I was born in 1971, up north.",
    "we got married on the third of june",
    "It was May ninety-five, roughly.",
    "She turned sixty last spring.",
    "my lad's twelve years old now",
    "I'm aged 44, if that matters.",
    "Boxing Day two thousand and six was the worst.",
    "the op was on Tuesday the 9th",
    "Back in the winter of '08 it started.",
    "Her birthday's the twenty-first.",
    "I qualified in nineteen ninety-two.",
    "Diwali that year fell on the 4th.",
    "Mum's eighty-three and still driving, she's old school.",
    "He was born sept 14.",
    "Dad will be 70 at Christmas.",
])
def test_sentences_with_a_calendar_or_age_cue_and_a_number_go_to_the_model(sentence: str) -> None:
    assert may_hold_date_or_age(sentence)
    assert ner_sentences(sentence) == [(0, len(sentence))]


@pytest.mark.parametrize("sentence", [
    "You may have two of them.",                 # "may" the verb
    "I had two cups of tea and a biscuit.",      # a number, no calendar or age cue
    "We march on, as ever.",
    "It was a lovely summer, honestly.",         # a cue, no number
    "She was born and bred round here.",
    "Every Tuesday is clinic day.",
    "we did the whole thing over again",
])
def test_sentences_without_cue_and_number_stay_out(sentence: str) -> None:
    assert not may_hold_date_or_age(sentence)
    assert ner_sentences(sentence) == []


def test_packed_text_keeps_the_way_back_for_a_date_sentence() -> None:
    text = "INT: Thanks.\nP02: yeah so I was born in nineteen seventy-one. It was fine, really."
    packed = NerInput.of(text)
    assert "nineteen seventy-one" in packed.text
    assert "It was fine" not in packed.text
    at = packed.text.index("nineteen")
    assert packed.original(at) == text.index("nineteen")




@pytest.mark.parametrize(("text", "span", "expected"), [
    ("I was born in 2001, so young.", "2001", "2001"),
    ("Date of birth? Oh, it's nineteen fifty-eight.", "nineteen fifty-eight", "nineteen fifty-eight"),
    ("I was born nineteen sixty-six.", "nineteen sixty-six", "nineteen sixty-six"),
    ("It was on the fourth, I'm sure.", "the fourth", "fourth"),
    ("We always met at Diwali 2011.", "Diwali 2011", "Diwali 2011"),
    ("Burns Night 2019 it was, of all nights.", "Burns Night 2019", "Burns Night 2019"),
    ("The letter said 08/06/89 on top.", "08/06/89", "08/06/89"),
    ("My dad, born in Leeds, that was two thousand and nine.", "two thousand and nine",
     "two thousand and nine"),
    ("DOB's around '97.", "around '97", "'97"),
    ("Valentine's Day, the 14th, that's when.", "Valentine's Day, the 14th",
     "Valentine's Day, the 14th"),
    ("My sister was born the twenty-third.", "the twenty-third", "twenty-third"),
])
def test_single_calendar_parts_spacy_calls_dates_are_kept(text: str, span: str, expected: str) -> None:
    assert _judge(text, span) == ("DATE", expected)


@pytest.mark.parametrize(("text", "span"), [
    ("We met in March.", "March"),                     # a month alone: vague
    ("I do Tuesday clinics.", "Tuesday"),              # a weekday alone: recurring
    ("My second year was the hardest.", "My second year"),  # counted, not named
    ("The first week was a blur.", "The first week"),
    ("That was the third time.", "the third time"),
    ("Friday night was chaos.", "Friday night"),       # time of day
    ("In 1848 the hospital opened.", "1848"),          # history
    ("In 2016 the rota changed.", "2016"),             # a year of events
    ("We merged in twenty nineteen, I think.", "twenty nineteen"),
    ("I left in two thousand and nine.", "two thousand and nine"),
    ("It was founded in 1912, I read.", "1912"),
    ("The 1980s were different.", "The 1980s"),        # a decade
    ("I was there for two years in 2016.", "two years in 2016"),  # a duration
    ("By 7 o'clock on Monday it was done.", "7 o'clock on Monday"),
    ("That was last year, anyway.", "last year"),
    ("At Christmas we all go to Nan's.", "Christmas"),   # a recurring holiday
    ("It was the year first, then the exams.", "the year first"),
])
def test_durations_times_decades_counts_and_history_are_left(text: str, span: str) -> None:
    assert _judge(text, span) is None


def test_a_sentence_read_only_for_its_dates_is_marked() -> None:
    text = "P: The foundation trust status came in 2010. Then Oyelaran came in 2011."
    packed = NerInput.of(text)
    assert packed.dates_only == (True, False)
    assert packed.for_dates_only(packed.text.index("foundation"))
    assert not packed.for_dates_only(packed.text.index("Oyelaran"))
