"""General recognizers: shipped first-name and GB place lists, broad street suffixes, "Royal X"
hospitals, "the X" hospital nicknames in workplace context, and the word-names/word-places that
must survive. Strings are made up here (none is from the corpus generator's pools)."""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import (
    first_names,
    gazetteer_places,
    load_term_list,
    trie_pattern,
)


def review(anonymiser: Anonymiser, text: str) -> list[str]:
    return [text[r.start:r.end] for r in anonymiser.redact(text).review]


def test_shipped_lists_load_and_leave_out_word_names() -> None:
    names, places = first_names(), gazetteer_places()
    assert len(load_term_list("first_names.txt")) > 2000
    assert len(places) > 3000
    assert {"Chiamaka", "Siddharth", "Adaeze"} <= names
    assert {"Tadcaster", "Oakham", "Market Harborough"} <= places
    for word in ("Will", "May", "Grace", "Hope", "Mark", "Bill", "Rose", "Joy", "Christian"):
        assert word not in names
    for word in ("Reading", "Bath", "Street", "March", "Wells", "Sale", "Hope"):
        assert word not in places


def test_trie_pattern_prefers_the_longest_term() -> None:
    import re

    pattern = re.compile(r"\b(?:" + trie_pattern(["Ash", "Ashby", "Ashby de la Zouch"]) + r")\b")
    assert [m.group() for m in pattern.finditer("Ashby de la Zouch, Ashby, Ash")] == [
        "Ashby de la Zouch", "Ashby", "Ash"]


@pytest.mark.parametrize("text, name", [
    ("Honestly, Chiamaka was the one who noticed first.", "Chiamaka"),
    ("I went through it with Siddharth on the Friday.", "Siddharth"),
    ("So I rang Adaeze and she came straight over.", "Adaeze"),
])
def test_unseen_first_names_are_redacted(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert any(name in span for span in replaced(anonymiser, text))


@pytest.mark.parametrize("text", [
    "We will meet in May to go over it.",
    "Grace under pressure is what they want from you.",
    "I hope it gets better, and I will mark it down.",
    "It was a bill we could not pay.",
])
def test_word_names_in_ordinary_use_are_kept(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, address", [
    ("She moved to 27 Ferry Wharf last spring.", "27 Ferry Wharf"),
    ("Post it to 9 Heron Quay, would you?", "9 Heron Quay"),
    ("We were at 31 Beacon Side then.", "31 Beacon Side"),
    ("The flat was Flat 3, 12 Lowther Chase, over the shop.", "Flat 3, 12 Lowther Chase"),
    ("They bought a house on Kestrel Close last year.", "Kestrel Close"),
    ("The surgery is at 14 Long Drove, past the farm.", "14 Long Drove"),
    # a street of one word ending in its type
    ("Send it to 212 Ropewalk, Ilkeston, please.", "212 Ropewalk"),
    ("The practice is at 5 Eastgate, above the bank.", "5 Eastgate"),
])
def test_new_street_suffixes(anonymiser: Anonymiser, text: str, address: str) -> None:
    assert address in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "I did my F2 at the Royal Bolton and loved it.",
    "She was a registrar at the Royal Bournemouth before that.",
])
def test_royal_place_hospitals_are_redacted_whole(anonymiser: Anonymiser, text: str) -> None:
    spans = replaced(anonymiser, text)
    assert any(span.startswith("Royal ") for span in spans), spans


@pytest.mark.parametrize("text", [
    "The royal college was helpful about the exam.",
    "I wrote to the Royal College of Physicians about it.",
    "She joined the Royal Navy after school.",
])
def test_royal_college_and_other_royal_things_are_kept(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


def test_hospital_nickname_needs_workplace_context(anonymiser: Anonymiser) -> None:
    assert "Whittington" in replaced(
        anonymiser, "I was a registrar on the wards at the Whittington for years.")
    assert "Whittington" in replaced(
        anonymiser, "I still think of the Whittington as my hospital.")
    # no workplace word: left for a reviewer, not silently redacted
    text = "We watched the Olympics together."
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, town", [
    ("My parents still live out past Tadcaster.", "Tadcaster"),
    ("Then I commuted from Oakham every day.", "Oakham"),
    ("Market Harborough was where we settled.", "Market Harborough"),
    ("The rota sent me to Ulverston, then back.", "Ulverston"),
])
def test_towns_from_the_shipped_list(anonymiser: Anonymiser, text: str, town: str) -> None:
    assert town in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "I was reading the notes on the train.",
    "Take a hot bath and a long walk.",
    "We march on, and I hope the sale goes through.",
])
def test_word_towns_in_ordinary_use_are_kept(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text", [
    "We fixed 12 Runway lights and 3 Hallway lamps.",       # "-way" words, no street after
    "Her 4 Sidewalk sketches sold.",
])
def test_one_word_streets_need_a_street_end(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, date", [
    ("I was born up north, 06/12/90, in the snow.", "06/12/90"),
    ("DOB 3.5.71 on the form.", "3.5.71"),
    ("It was 14/02/2019 when it started.", "14/02/2019"),
])
def test_numeric_dates_with_a_short_year(anonymiser: Anonymiser, text: str, date: str) -> None:
    assert date in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "The scores were 45/60/90 across the three stations.",   # not a day and a month
    "The ratio came out at 7/40/55 in the end.",
    "We were still on version 14.20.63 of the system.",
])
def test_numeric_triples_that_are_no_dates(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []
