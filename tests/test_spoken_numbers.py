"""The shared spoken-number parser: words, oh/double/triple and digit groups -> digits."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken.numbers import number_runs, words_value


def runs(text: str) -> list[tuple[str, str]]:
    return [(r.digits, text[r.start:r.end]) for r in number_runs(text)]


@pytest.mark.parametrize("text, digits", [
    ("oh seven seven double oh, nine hundred, one two three", "07700900123"),
    ("zero seven seven one one treble two three four five", "07711222345"),
    ("nought double seven six eight six nine four nine nine three", "07768694993"),
    ("oh-seven-seven-double-oh", "07700"),
    ("seven seven hundred", "7700"),
    ("nine hundred and twelve", "912"),
    ("a hundred and twelve", "112"),
    ("two thousand and nineteen", "2019"),
    ("two thousand", "2000"),
    ("nineteen ninety-eight", "1998"),
    ("twenty twenty-one", "2021"),
    ("twenty oh five", "2005"),
    ("four eight five, seven seven seven, three four five six", "4857773456"),
    ("five six one... five four, um, twenty five", "5615425"),
    ("07700, nine double oh, 123", "07700900123"),
    ("plus four four seven seven double oh", "+447700"),
    ("oh one nine one, er, four nine eight - oh oh oh oh", "01914980000"),
    ("sixty-five", "65"),
    ("twenty seven", "27"),
])
def test_digits(text: str, digits: str) -> None:
    assert runs(text) == [(digits, text)]


@pytest.mark.parametrize("text, expected", [
    # an interjection is not a zero
    ("Oh, thirty-one.", [("31", "thirty-one")]),
    # a sentence ends a run; a question mark too
    ("I was forty. Two of us went.", [("40", "forty"), ("2", "Two")]),
    ("Forty? No, forty-one.", [("40", "Forty"), ("41", "forty-one")]),
    # "and" joins only after hundred/thousand
    ("seven and eight", [("7", "seven"), ("8", "eight")]),
    # words that merely contain number words are not numbers
    ("someone often tends to be honest", []),
    ("a line break\nseven\neight", [("7", "seven"), ("8", "eight")]),
])
def test_run_boundaries(text: str, expected: list[tuple[str, str]]) -> None:
    assert runs(text) == expected


def test_inaudible_marks_a_run_incomplete() -> None:
    (run,) = number_runs("four eight five [inaudible 00:12:01] three four five six")
    assert run.incomplete and run.digits == "4853456"
    (run,) = number_runs("four eight five, three four five six")
    assert not run.incomplete


def test_items_know_words_from_digits() -> None:
    (run,) = number_runs("07700 nine double oh")
    assert [(i.digits, i.words) for i in run.items] == [("07700", False), ("9", True), ("00", True)]


@pytest.mark.parametrize("phrase, value", [
    ("a hundred and twelve", 112), ("twenty-seven", 27), ("seventy one", 71),
    ("two thousand and five", 2005), ("one hundred and ninety-two", 192), ("eleven", 11),
    ("seven eight", None), ("hello", None),
])
def test_words_value(phrase: str, value: int | None) -> None:
    assert words_value(phrase) == value


@pytest.mark.parametrize(("text", "digits"), [
    # round 8: "eh", "next", "[?]" between groups, and digit groups joined by "and"
    ("it's seven one two, eh, four four nine", "712449"),
    ("four one, next six six, next nine", "41669"),
    ("three two [?] one one eight", "32118"),
    ("oh one two nine and three four four", "01293" + "44"),
])
def test_round8_gaps_inside_numbers(text: str, digits: str) -> None:
    assert [run.digits for run in number_runs(text)] == [digits]


@pytest.mark.parametrize("text", [
    "between five and six of them",
    "two and a half hours",
    "Was it four? Five, maybe, and six of us.",
])
def test_round8_and_does_not_join_counts(text: str) -> None:
    assert all(len(run.items) < 2 or "and" not in text[run.start:run.end]
               for run in number_runs(text))


def test_round8_a_trailing_oh_after_a_filler_is_an_interjection() -> None:
    text = "it starts oh seven five, four one, and then, oh, I always forget the rest"
    assert [run.digits for run in number_runs(text)] == ["07541"]
    # a zero read at the end of a number stays: no filler before it
    assert [run.digits for run in number_runs("seven eight, oh, thanks")] == ["780"]
