"""Dates in every spoken and written order, and what only looks like one."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken.dates import find_dates
from vault.anonymise.spoken.numbers import number_runs


def found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_dates(text, number_runs(text))]


POSITIVES = [
    # day first, ordinal word, with or without "of" and a spoken year; "the" left outside
    ("It was the fifth of December, I think.", "fifth of December"),
    ("on the twenty-first of March twenty nineteen", "twenty-first of March twenty nineteen"),
    ("the twenty sixth of January nineteen ninety-three", "twenty sixth of January nineteen ninety-three"),
    ("on the 20th of February, twenty fifteen.", "20th of February, twenty fifteen"),
    ("fifth December two thousand and nineteen", "fifth December two thousand and nineteen"),
    ("the third of June, um, two thousand and eight", "third of June, um, two thousand and eight"),
    ("the 5th of Dec", "5th of Dec"),
    # month first: "<month> the <ordinal>", "<month> <ordinal>"
    ("December the fifth, twenty nineteen, and", "December the fifth, twenty nineteen"),
    ("The rota changed on March the 3rd, so", "March the 3rd"),
    ("It was May the fourth.", "May the fourth"),
    ("I started on November the twelfth, straight onto nights.", "November the twelfth"),
    ("December fifth, and then", "December fifth"),
    ("March 3rd", "March 3rd"),
    # weekday first
    ("Tuesday the ninth of November.", "Tuesday the ninth of November"),
    ("I went back on Wednesday the twelfth, which", "Wednesday the twelfth"),
    ("on Friday, the 2nd of May", "Friday, the 2nd of May"),
    # month and spoken year
    ("It was September twenty twenty.", "September twenty twenty"),
    ("March of two thousand and nineteen", "March of two thousand and nineteen"),
    ("in the May of twenty twelve", "May of twenty twelve"),
    ("October, um, twenty eighteen", "October, um, twenty eighteen"),
    ("Sept twenty twenty-one", "Sept twenty twenty-one"),
    # a day alone, when a date is being talked about
    ("Sorry, did you say the tenth?", "tenth"),
    ("Was that in October? Yeah, the thirteenth. A Tuesday.", "thirteenth"),
    ("It was in June, the tenth or the eleventh, I think.", "eleventh"),
    ("it arrived on the 19th, which was a Friday. The letter was dated in May.", "19th"),
    ("The twenty-sixth of that month, in March.", "twenty-sixth"),
    # dates of birth: spoken, as digits, as a year
    ("I was born in nineteen eighty-four, so", "nineteen eighty-four"),
    ("born in 1984", "1984"),
    ("year of birth, nineteen sixty-two", "nineteen sixty-two"),
    ("date of birth? Yeah, it's oh five, ten, nine five.", "oh five, ten, nine five"),
    ("My date of birth is twenty-two - oh one - nineteen eighty-four.",
     "twenty-two - oh one - nineteen eighty-four"),
    ("DOB oh three oh five eighty-four", "oh three oh five eighty-four"),
    ("the fifth of the twelfth, eighty-four", "fifth of the twelfth, eighty-four"),
    ("date of birth, the third of the fifth", "third of the fifth"),
    ("the twenty-second of June, eighty-one.", "twenty-second of June, eighty-one"),
    # "December fifth" before the clause goes on; a year after "in"; every way of saying a year
    ("It started December fifth and ended in May.", "December fifth"),
    ("from August third until the end of term", "August third"),
    ("the twenty-first of March in twenty nineteen", "twenty-first of March in twenty nineteen"),
    ("the ninth July, twenty-nineteen, was", "ninth July, twenty-nineteen"),
    ("the first of June two thousand and twenty-one", "first of June two thousand and twenty-one"),
    ("December the fifth, two thousand nineteen", "December the fifth, two thousand nineteen"),
    ("the sixth of August, oh-nine.", "sixth of August, oh-nine"),
    ("the sixth of August, twenty oh-nine.", "sixth of August, twenty oh-nine"),
    ("I was born in nineteen-fifty-seven", "nineteen-fifty-seven"),
    # the month as an ordinal with a two-digit year said any way
    ("today is the eighteenth of the second, thirteen.", "eighteenth of the second, thirteen"),
    ("the twenty first of the seventh ten", "twenty first of the seventh ten"),
    ("it was the third of the third, oh nine", "third of the third, oh nine"),
    ("It was the fifth of the twelfth.", "fifth of the twelfth"),      # the clause ends
    # a year answering a question about birth; a date of birth said day, month, year
    ("I: What year were you born?\n\nP: Nineteen eighty-four.", "Nineteen eighty-four"),
    ("I: Year of birth?\n\n[00:03:12] P: Um, eighty-four.", "eighty-four"),
    ("I: And when were you born?\n\nP: 1984. March.", "1984"),
    # the answer after a speaker label with a note ("KT-07, retired:", round 19's label form)
    ("I: What year were you born?\n\nKT-07, retired: Nineteen forty-nine.", "Nineteen forty-nine"),
    ("I: And the year you were born?\n\nDr Q, on speaker: Um, fifty-three.", "fifty-three"),
    ("I was born in 'seventy-nine", "'seventy-nine"),
    ("I: And your DOB?\n\nP: Four, five, eighty-four.", "Four, five, eighty-four"),
    # a date of birth read as digits after "born", however the sentence goes
    ("I was born in the valleys, one-one, oh-three, eighty-seven.", "one-one, oh-three, eighty-seven"),
    # a day said as one of two, the second as much a day as the first
    ("I: Which month was it?\n\nP: October.\n\nI: And the day?\n\nP: The fourth, or perhaps the sixth.",
     "sixth"),
]


@pytest.mark.parametrize("text, span", POSITIVES)
def test_finds(text: str, span: str) -> None:
    assert span in found(text)


NEGATIVES = [
    "The third time I cried in the car, I knew.",                   # ordinals that count
    "Probably my second year as a reg.",
    "I was on the tenth floor, in the old block.",
    "First of all, you're on the rota for six months.",
    "The meeting's every second Tuesday, in the seminar room.",
    "It was the fourth or fifth time I'd asked, in May.",
    "For the second time that week, I went home.",
    "In my first year I was on the fifth floor.",
    "the first thing I'd say is get a mentor.",
    "May I just go back to that? Because it may not have come across right.",  # May, march
    "They'd march you in, and then they'd march you out.",
    "May said she'd cover the shift.",
    "We moved in May, and again in March.",                         # a month alone
    "the March rota was a disaster",
    "I was off for six months, then a fortnight, then two years part-time.",  # durations
    "The handover's at half seven, or ten past nine, or quarter to eight.",   # times
    "In twenty nineteen I moved jobs, and two thousand and eight was hard.",   # bare years
    "We were all in the nineties, musically.",
    "On a Tuesday, or Tuesdays and Thursdays.",
    "a second opinion, a third-year student, the fourth patient",
    "the second of two sessions",
    "We got a second one in March.",
    "the second Thursday of every month, and the third time in March",
    "In May I was second on call, in June third on call.",
    "the third of the fifth-floor rooms, the first of the second years",
    "I: Where were you born?\n\nP: Sunderland. Twenty-two years there.",
    "I: What year did you qualify?\n\nP: Twenty twelve.",               # a year, not of birth
    "date of birth on the form, and four, five, six patients waiting",
    "I was born to do this, one, two, three, all of it.",             # no date among them
    "It was the third or maybe the fourth attempt, in June, that worked.",  # ordinals that count
]


def test_a_two_word_year_needs_to_end_the_clause() -> None:
    assert found("the fifth of May, forty people came") == ["fifth of May"]


@pytest.mark.parametrize("text", NEGATIVES)
def test_leaves_alone(text: str) -> None:
    assert found(text) == []


def test_the_is_left_outside_day_first_dates() -> None:
    text = "We met on the fifth of December."
    assert found(text) == ["fifth of December"]
