"""Round 8 date shapes: cardinal days, year-first dates of birth, dictated separators, roman
months, holidays as dates -- invented sentences, positives and hard negatives."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken.dates import find_dates
from vault.anonymise.spoken.numbers import number_runs


def _spans(text: str) -> set[str]:
    return {text[f.start:f.end] for f in find_dates(text, number_runs(text))}


@pytest.mark.parametrize(("text", "span"), [
    ("She started on the fourteen of June, I think.", "fourteen of June"),
    ("It was thirty of November, twenty eleven.", "thirty of November, twenty eleven"),
    ("The review was twenty-two October, if memory serves.", "twenty-two October"),
    ("Birth date: Three April fifty-one.", "Three April fifty-one"),
    ("Results came back on September nineteen, which was late.", "September nineteen"),
    ("Date of birth, please? -- February seventy-six.", "February seventy-six"),
    ("We count the year first: seventy-one, March, the second.", "seventy-one, March, the second"),
    ("Date of birth? -- Nineteen sixty-nine, ten, thirty.", "Nineteen sixty-nine, ten, thirty"),
    ("Her date of birth is four stroke eleven stroke seventy, yes.", "four stroke eleven stroke seventy"),
    ("Stamped zero three slash one one slash nine nine on the front.",
     "zero three slash one one slash nine nine"),
    ("Minutes of the meeting, 3.xii.2019, approved.", "3.xii.2019"),
    ("Form signed 30.IV.88.", "30.IV.88"),
    ("My mum died on St Andrew's Day, which was hard.", "St Andrew's Day"),
    ("We got married on New Year's Eve, twenty oh-six.", "New Year's Eve, twenty oh-six"),
    ("The flood was on Whit Monday two thousand and seven.", "Whit Monday two thousand and seven"),
    ("The year I was born? One nine five eight.", "One nine five eight"),
])
def test_finds(text: str, span: str) -> None:
    assert span in _spans(text)


@pytest.mark.parametrize("text", [
    "In March twenty people left the scheme.",
    "We had three June babies on the unit.",
    "One of May's friends came along.",
    "The flat was number fourteen stroke three.",
    "We do page one to page thirty of the handbook.",
    "Version 1.2.3 of the app, and 4.v of the draft.",
    "Easter Monday was busy, as ever.",
    "At Christmas we all go to my sister's.",
    "The split was forty slash forty slash twenty, roughly.",
    "June twenty sixteen-year-olds started",
])
def test_leaves_alone(text: str) -> None:
    assert not _spans(text)
