"""Round 8 age shapes: "I have forty years", "years young", "not out", "and a half", "y/o" --
invented sentences, positives and hard negatives."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken.ages import find_ages
from vault.anonymise.spoken.numbers import number_runs


def _spans(text: str) -> set[str]:
    return {text[f.start:f.end] for f in find_ages(text, number_runs(text))}


@pytest.mark.parametrize(("text", "span"), [
    ("In my language we say it so: I have fifty-two years.", "fifty-two"),
    ("My father had ninety years and still he walked.", "ninety"),
    ("Honestly? Seventy-three years young, my aunt.", "Seventy-three"),
    ("Grandad is eighty-eight not out, he says.", "eighty-eight"),
    ("Note: pt 47 y/o, SOB on exertion.", "47"),
    ("Referral: a 6 y/o boy with asthma.", "6"),
    ("How old is your daughter?\nMum: Four and a half.", "Four and a half"),
    ("She's forty-one years of age.", "forty-one"),
    ("On the form I put my name and my age, fifty-three.", "fifty-three"),
    ("His age is seventy-nine, he tells everyone.", "seventy-nine"),
    ("How old are the twins?\nDad: Two and a half and four.", "four"),
])
def test_finds(text: str, span: str) -> None:
    assert span in _spans(text)


@pytest.mark.parametrize("text", [
    "I have twenty years of experience in surgery.",
    "We had five years in Leeds.",
    "It took two and a half hours to get there.",
    "I have forty years left on the mortgage.",
    "You've got thirty minutes, I have ten.",
    "My age group was twenty to thirty.",
    "At my age, 2 things matter.",
])
def test_leaves_alone(text: str) -> None:
    assert not _spans(text)
