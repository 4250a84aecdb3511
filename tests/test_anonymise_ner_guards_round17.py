"""Where round 17's retrained NER (the default) enters the engine and the engine decides
against it, by class (issue 14, round 17; every sentence invented here, none from a corpus;
the first case of each list failed before its rule; those marked as guards held already, and
are kept because the NER's proposals vary from sentence to sentence):

* a name taken up by "she"/"he" straight after it ("Marmite, yeah, he's our porter") is shown
  to be someone whichever finder took it, the NER included: the same word said again later in
  the transcript is that person (the NER now takes the first mention before the rule does,
  and the rule's finding alone used to carry the word on);
* a finder of hospitals' units and buildings ("<name> Lodge", "<name> Unit") decides the kind
  of the very span the NER reads as a place or a person: the building's word after the name
  makes it a hospital's;
* a compass phrase in lower case before a part of a building or a site ("the north east
  entrance", "the south-west gates") is where inside something, not a region, whichever finder
  proposes it;
* a country or territory whose English name is an ordinary word ("Jersey", "Chad") is a place
  before the word of the body that governs it ("the Jersey Government"); a party's, a level's
  or a nation's adjective before such a word is none ("the Labour Government", "the Welsh
  Government").
"""
from __future__ import annotations

from typing import Any

import pytest
from _mentions import kept, name_covered, nth_covered, replaced

# --- a name taken up, said again -------------------------------------------------------------



TAKEN_UP_THEN_AGAIN = [
    ("P1: Marmite, yeah, he's our night porter. I asked Marmite for a trolley.", "Marmite"),
    # guards that held before (the NER's proposals vary from sentence to sentence)
    ("P1: Biscuit, she's the ward clerk. Nobody crosses Biscuit on a Monday.", "Biscuit"),
    ("P1: Toffee, aye, he's the charge nurse. Toffee let me go early.", "Toffee"),
]


@pytest.mark.parametrize(("text", "word"), TAKEN_UP_THEN_AGAIN)
def test_a_word_taken_up_as_someone_is_that_person_again(anonymiser: Any, text: str,
                                                         word: str) -> None:
    assert nth_covered(anonymiser, text, word, 0), text
    assert nth_covered(anonymiser, text, word, 1), text


NOT_TAKEN_UP_THEN_AGAIN = [
    # kin and oaths before "she"/"he" are no one's name (a guard that held before)
    ("P1: Mum, she was furious. I told Mum everything in the end.", "Mum"),
    ("P1: Honestly, he's fine. Honestly, it was a good year.", "Honestly"),
]


@pytest.mark.parametrize(("text", "word"), NOT_TAKEN_UP_THEN_AGAIN)
def test_kin_and_openers_before_a_pronoun_are_not_carried_on(anonymiser: Any, text: str,
                                                             word: str) -> None:
    assert not nth_covered(anonymiser, text, word, 1), text


# --- a unit's or a building's name: the finder's kind ------------------------------------------

def _kinds(anonymiser: Any, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.entity_type for r in anonymiser.redact(text).replacements}


UNITS = [
    ("P: Penwithick Lodge was where they sent her after the ward.", "Penwithick Lodge"),
    # a guard that held before
    ("P: She was moved to Carnhallow Lodge after a week.", "Carnhallow Lodge"),
]


@pytest.mark.parametrize(("text", "name"), UNITS)
def test_a_unit_named_by_a_word_is_the_hospitals(anonymiser: Any, text: str, name: str) -> None:
    assert _kinds(anonymiser, text).get(name) == "HOSPITAL", _kinds(anonymiser, text)


# --- a compass phrase before a part of a building ---------------------------------------------

DIRECTIONS_INSIDE = [
    ("P: Use the north west exit when the alarm goes.", "north west"),
    # guards that held before
    ("P: Meet me by the south west gates after your shift.", "south west"),
    ("P: The north-east stairwell was locked again.", "north-east"),
    ("P: Go round to the south east entrance of the clinic.", "south east"),
]


@pytest.mark.parametrize(("text", "words"), DIRECTIONS_INSIDE)
def test_a_direction_inside_a_building_is_kept(anonymiser: Any, text: str, words: str) -> None:
    assert not any(w in " ".join(replaced(anonymiser, text)).replace("-", " ").split()
                   for w in words.replace("-", " ").split()), replaced(anonymiser, text)


REGIONS = [  # guards that held before: the region said as one
    ("P: I moved to the north east in 2010 for the job.", "north east"),
    ("P: I've worked across the north west for years.", "north west"),
    ("P: We live in the north east now, near the coast.", "north east"),
]


@pytest.mark.parametrize(("text", "name"), REGIONS)
def test_a_region_said_in_lower_case_stays_redacted(anonymiser: Any, text: str,
                                                    name: str) -> None:
    assert name_covered(anonymiser, text, name, ignore=()), text


# --- a country or territory before its government's word --------------------------------------

GOVERNED = [
    ("The Chad Government closed the clinics that year.", "Chad", "Government"),
    ("She was seconded to the Jersey Government for a year.", "Jersey", "Government"),
    ("We lobbied the Guinea Parliament about it, believe it or not.", "Guinea", "Parliament"),
]


@pytest.mark.parametrize(("text", "place", "body"), GOVERNED)
def test_a_country_before_its_government_is_a_place(anonymiser: Any, text: str, place: str,
                                                    body: str) -> None:
    assert name_covered(anonymiser, text, place, ignore=()), text
    assert kept(anonymiser, text, body), text


NOT_GOVERNED = [
    "She was seconded to the Labour Government as an adviser.",
    # guards that held before: no country's name
    "He worked for the Labour Government then.",
    "The Coalition Government cut the budget.",
    "I was on the Student Assembly at uni.",
    "The Welsh Government paid for the course.",
    "We had turkey at Christmas and the Government did nothing.",
]


@pytest.mark.parametrize("text", NOT_GOVERNED)
def test_a_partys_or_a_levels_government_is_kept(anonymiser: Any, text: str) -> None:
    assert replaced(anonymiser, text) == [], replaced(anonymiser, text)
