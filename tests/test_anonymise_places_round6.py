"""Places inside institutions' names and places by their lower-case kind (issue 14, round 6):
the place a university, medical school or college is named for (the institution's words kept),
a deanery, peninsula or estuary named before its kind in lower case, a trust, health board or
hospice likewise, a vale by its place. Each class with sentences that must be redacted and near
misses that must be kept."""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser


@pytest.mark.parametrize("text, place, kept", [
    ("I studied medicine at Hull York Medical School and then moved.", "Hull York",
     "Medical School"),
    ("I graduated from Lviv National Medical University and never looked back.", "Lviv",
     "National Medical University"),
    ("I trained at Kilimanjaro Christian Medical University College, yeah.", "Kilimanjaro",
     "Christian Medical University College"),
    ("She trained at Kent and Medway Medical School, yeah.", "Kent and Medway", "Medical School"),
    ("Then I went to the Medical University of Lodz for a year.", "Lodz", "Medical University"),
    ("I went to Mymensingh Medical College and stayed on there.", "Mymensingh",
     "Medical College"),
    ("My brother did his degree at Rangpur Medical College in the end.", "Rangpur",
     "Medical College"),
])
def test_the_place_inside_an_institution_name(anonymiser: Anonymiser, text: str, place: str,
                                              kept: str) -> None:
    found = replaced(anonymiser, text)
    assert place in found
    out = anonymiser.redact(text).text
    assert kept in out


@pytest.mark.parametrize("text", [
    "She went to Christian Medical College for her degree.",
    "He went to Charles University in the end.",
    "Her daughter studied with the Open University.",
])
def test_an_institution_named_for_what_it_is_keeps_its_words(anonymiser: Anonymiser,
                                                            text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, place", [
    ("The support unit at the Highlands and Islands deanery saw me within a week.",
     "Highlands and Islands"),
    ("Did the mentoring come through the North Central Thames deanery?", "North Central Thames"),
    ("We bought a cottage on the Gower peninsula.", "Gower"),
    ("Do you see yourself staying in the Cartmel peninsula?", "Cartmel"),
    ("We live just by the Severn estuary now.", "Severn"),
    ("We walked in the Vale of Pewsey every weekend.", "Vale of Pewsey"),
])
def test_a_place_by_its_lower_case_kind(anonymiser: Anonymiser, text: str, place: str) -> None:
    assert any(place in f for f in replaced(anonymiser, text))


@pytest.mark.parametrize("text, name", [
    ("On paper the Rotherham Doncaster trust had a wellbeing team.", "Rotherham Doncaster"),
    ("The Aneurin Bevan health board paid for the course.", "Aneurin Bevan"),
    ("I was at the Wakefield hospice for four years.", "Wakefield hospice"),
])
def test_a_trust_board_or_hospice_by_its_lower_case_kind(anonymiser: Anonymiser, text: str,
                                                         name: str) -> None:
    assert name in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "The Foundation trust paid for it, and the NHS trust agreed.",
    "The Wellcome trust funded the whole study.",
    "The Foundation deanery never replied to my email.",
    "I asked whether the Mental Health trust would pay.",
])
def test_a_kind_said_before_trust_or_deanery_is_kept(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text", [
    "Honestly the commute was Land's End to John o'Groats, every week.",
    "It was, it was from Land's End to John o' Groats, the whole thing.",
    "We did the Coast to Coast walk for charity last summer.",
    "A bit of Kendal mint cake kept me going on nights.",
    "Heaven knows how we got through that winter.",
    "The handover was an Eton mess, frankly.",
    "It was bedlam in resus, as ever.",
    "Mum always has the Archers on in the kitchen.",
])
def test_idioms_with_places_and_names_are_kept(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, place", [
    ("We retired up to John o'Groats in the end.", "John o'Groats"),
    ("My dad still lives out near Land's End.", "Land's End"),
])
def test_the_places_of_those_idioms_alone_are_places(anonymiser: Anonymiser, text: str,
                                                     place: str) -> None:
    assert place in replaced(anonymiser, text)


def test_a_person_named_like_an_idiom_is_still_a_person(anonymiser: Anonymiser) -> None:
    assert "Heaven Okafor" in replaced(anonymiser, "Heaven Okafor knows the rota best.")
