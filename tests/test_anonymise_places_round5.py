"""Places and hospitals by the names people use (issue 14, round 5): a hospital's initials
derived from its listed name, an acronym spelled after a preposition, joined place names,
landscape areas and islands, regions, capitals and cities abroad. Each class with sentences
that must be redacted and near misses that must be kept."""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser
from vault.anonymise.hospitals import derived_acronyms
from vault.anonymise.wordlists import world_places


def test_initials_of_a_listed_hospital_less_words_and_clinical_acronyms() -> None:
    found = derived_acronyms(["Worcestershire Royal Hospital", "Dorset County Hospital",
                              "George Eliot Hospital", "Princess Alexandra Hospital",
                              "St Mary's Hospital", "Lister Hospital", "Leeds Teaching Trust"])
    assert {"WRH", "DCH", "GEH", "SMH"} <= found  # a saint's with its "S"
    assert "PAH" not in found  # pulmonary arterial hypertension
    assert not {"MH", "LH", "LTT"} & found  # too short; no "Hospital"


@pytest.mark.parametrize("text, short", [
    ("Oh, they call it the WRH up there.", "WRH"),
    ("Back then DCH had a doctors' mess with a proper kitchen.", "DCH"),
    ("He's a consultant at Darent Valley, they call it DVH.", "DVH"),
    ("I was at, er, D C H for, for two years.", "D C H"),
    ("My F1 year was at W G H, honestly.", "W G H"),
])
def test_a_hospital_by_its_initials(anonymiser: Anonymiser, text: str, short: str) -> None:
    assert short in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "The PPH was massive and the LVH on the echo was obvious.",
    "So I R H said nothing.",
])
def test_clinical_acronyms_and_bare_letters_are_no_hospital(anonymiser: Anonymiser,
                                                           text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, place", [
    ("I was on placement in Wells-next-the-Sea, then Loughborough.", "Wells-next-the-Sea"),
    ("Her husband is a paramedic out of Grantown-on-Spey.", "Grantown-on-Spey"),
    ("It was just outside Chapel-en-le-Frith.", "Chapel-en-le-Frith"),
    ("We'd go up to, um, the Angus glens, just to breathe.", "Angus glens"),
    ("Constable Country is where I go to switch off.", "Constable Country"),
    ("Charnwood Forest is where I go to switch off.", "Charnwood Forest"),
    ("We used to holiday on Tiree and Colonsay.", "Tiree"),
    ("Why did you leave the USA, if you don't mind me asking?", "USA"),
    ("Why did you leave Cape Verde?", "Cape Verde"),
    ("Why did you leave St Vincent?", "St Vincent"),
    ("So Apia first, then Tonga?", "Apia"),
    ("So Osh first, then Bishkek?", "Osh"),
    ("So Bacolod first, then Manila?", "Bacolod"),
    ("My dad still calls it Mysore.", "Mysore"),
    ("Her family's from Kerala, and mine from Punjab.", "Kerala"),
])
def test_places_people_name(anonymiser: Anonymiser, text: str, place: str) -> None:
    assert any(place in span for span in replaced(anonymiser, text))


@pytest.mark.parametrize("text", [
    "He's a bit of a Jack-in-the-Box in meetings.",
    "It was a good day out, honestly.",
])
def test_shapes_that_are_no_place(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


def test_world_places_hold_capitals_and_short_names_but_no_words() -> None:
    places = world_places()
    assert {"Apia", "USA", "UAE", "Kerala", "Mysore", "Bacolod"} <= places
    assert not {"Male", "Douglas", "Stanley"} & places  # a word, first names


@pytest.mark.parametrize("text, short", [
    ("Er, DCH, yeah, it was alright.", "DCH"),
    ("Was DCH before the move, then?", "DCH"),
])
def test_a_hospital_by_its_initials_alone(anonymiser: Anonymiser, text: str, short: str) -> None:
    assert short in replaced(anonymiser, text)


@pytest.mark.parametrize("text, places", [
    ("Yeah, it was Accrington, um, no, Amble, just outside.", ["Amble"]),
    ("Yeah, it was Accrington, erm, Amble, just outside.", ["Amble"]),
    ("I was on placement in Knaresborough, then Amble, then back to Accrington.", ["Amble"]),
    ("I was on placement in Street, then Wells, then Sale.", ["Street", "Wells", "Sale"]),
    ("So Soufrière first, then Tonga?", ["Soufrière"]),
])
def test_towns_that_are_words_and_unlisted_places_in_a_list_of_places(
        anonymiser: Anonymiser, text: str, places: list[str]) -> None:
    found = replaced(anonymiser, text)
    assert all(any(p in span for span in found) for p in places)


@pytest.mark.parametrize("text, kept", [
    ("We had a long street, then a hill, then the sea.", "Street"),
    ("The amble back was nice, then Leeds.", "amble"),
    ("Leeds, then Home Office work for a year.", "Home"),
    ("Amble means to walk slowly, then stop.", "Amble"),
])
def test_words_in_a_list_stay_words(anonymiser: Anonymiser, text: str, kept: str) -> None:
    assert not any(kept in span for span in replaced(anonymiser, text))


@pytest.mark.parametrize("text, place", [
    ("Is Reading where you grew up?", "Reading"),
    ("Is the Sperrins where you'd like to settle?", "Sperrins"),
    ("Everyone said Charing Cross was a friendly place, and it was.", "Charing Cross"),
    ("It's all the Somerset Levels round there, it's lovely.", "Somerset Levels"),
    ("Was the Surrey Hills a good place to bring up a family?", "Surrey Hills"),
    ("I studied at the University of St Andrews and stayed on.", "St Andrews"),
    ("I did medicine at the Medical University of Łódź.", "Łódź"),
    ("Born in, um, Côte d'Ivoire, yeah, and then here.", "Côte d'Ivoire"),
    ("Was it DPoW where all this happened?", "DPoW"),
    ("For me SJUH was a lovely place to train.", "SJUH"),
    ("Er, the Tees Esk and Wear Valleys trust did their best.", "Tees Esk and Wear Valleys"),
    ("That was the Sick Children's, for my registrar years.", "Sick Children's"),
    ("Amble is a fishing town up the coast.", "Amble"),
    ("Wells is a tiny city, everyone knows you.", "Wells"),
])
def test_places_asked_about_named_with_a_landscape_a_saint_or_a_university(
        anonymiser: Anonymiser, text: str, place: str) -> None:
    assert any(place in span for span in replaced(anonymiser, text))


@pytest.mark.parametrize("text", [
    "Is that where you grew up?",
    "Everyone said it was a friendly place.",
    "I did a degree with the Open University, and the Medical University was far.",
    "She went to the University of Law after that.",
    "I'm a Geordie, and proud of it.",
    "It was like the Wild West, that A&E.",
])
def test_frames_without_a_place_name(anonymiser: Anonymiser, text: str) -> None:
    assert [s for s in replaced(anonymiser, text) if s not in ("Open University",)] == []


@pytest.mark.parametrize("text, short", [
    ("The Queen's in Burton was lovely.", "Queen's"),
    ("I was at Good Hope, then Heartlands.", "Heartlands"),
    ("It was Stepping Hill, then Christie.", "Christie"),
    ("Everyone calls it the Nightingale, the old fever hospital.", "Nightingale"),
])
def test_a_hospital_named_with_its_town_or_in_a_list_of_hospitals(
        anonymiser: Anonymiser, text: str, short: str) -> None:
    assert short in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "The Queen's speech was on the radio.",
    "Heartlands of the old industry, that's what they were.",
])
def test_the_same_words_elsewhere_are_no_hospital(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, spans", [
    ("I interviewed at Frimley Park and Craigavon Area Hospital.",
     ["Frimley Park", "Craigavon Area Hospital"]),
    ("I was at Velindre and South Tyrone Hospital.", ["Velindre", "South Tyrone Hospital"]),
    ("She was at Chelsea and Westminster Hospital.", ["Chelsea and Westminster Hospital"]),
])
def test_two_hospitals_joined_by_and_are_two(anonymiser: Anonymiser, text: str,
                                            spans: list[str]) -> None:
    assert replaced(anonymiser, text) == spans


@pytest.mark.parametrize("text, name", [
    ("I was at, um, the NMGH, West Cumberland, for three years.", "West Cumberland"),
    ("Where did you do your degree, Edge Hill medical school?", "Edge Hill"),
])
def test_a_hospital_beside_another_and_the_place_a_medical_school_is_named_for(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in replaced(anonymiser, text)


def test_short_names_cut_from_listed_hospitals_but_not_people_or_towns() -> None:
    from vault.anonymise.hospitals import derived_short_names
    found = derived_short_names(["Withybush General Hospital", "Ian Charles Hospital",
                                 "Princess Alexandra Hospital", "Bishop Auckland Hospital",
                                 "Milton Keynes University Hospital", "Lister Hospital"])
    assert found == {"Withybush General"}


@pytest.mark.parametrize("text", [
    "The medical school was fine, and my medical school was fun.",
])
def test_a_medical_school_without_a_name(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []
