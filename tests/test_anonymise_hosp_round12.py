"""Hospitals and regions round 12 of issue 14 found unread (every sentence made up here, from
general knowledge of how people name their workplaces and home ground):

* an informal landscape region named by its kind alone, capitalised, after "the" and a word of
  where ("walking on the Downs", "up the Valleys", "out on the Fells", "half of the Peak"), or by
  its nation or county with the kind in lower case ("the Welsh valleys", "the Angus glens"); a
  landscape in lower case, a thing named after one ("the Downs syndrome clinic", "the Coast to
  Coast walk", "the Moors murders") and a capitalised kind at the head of a longer name stay;
* a hospital named by capitalised words no dictionary explains with its kind in lower case
  ("Castlebeck infirmary closed", "The Castlebeck hospital had a helipad"); a kind of hospital
  ("a Victorian hospital", "the Cottage hospital", "the Covid hospital") and somebody's
  ("Dad's hospital bag") stay;
* a hospital said after "the" and a word of its age ("the old Vic", "the new Royal"), a listed
  generic short name with hospital-life words near it ("the Royal never had enough porters");
* Ireland's HSE regions, hospital groups and hospitals by the names their staff use.
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser


def found(anonymiser: Anonymiser, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.entity_type for r in anonymiser.redact(text).replacements}


def covered(anonymiser: Anonymiser, text: str, name: str) -> bool:
    return any(name in span for span in found(anonymiser, text))


@pytest.mark.parametrize("text, name", [
    ("P: We used to go walking on the Downs every weekend.", "Downs"),
    ("P: I'm from up the Valleys, Merthyr way.", "Valleys"),
    ("P: Our patch covered half of the Peak.", "Peak"),
    ("P: I grew up on the Moors above Haworth.", "Moors"),
    ("P: Folk out on the Fells don't come in till they're dying.", "Fells"),
    ("P: A lot of my patients were out on the Levels.", "Levels"),
    ("P: My family's from the Heads of the Valleys.", "Valleys"),
    ("P: We're out in the Marches, near the border.", "Marches"),
    ("P: She farms up on the Tops, above the mill towns.", "Tops"),
    ("P: Before that I had a practice down on the Coast.", "Coast"),
    ("P: We moved out into the Forest when the kids came.", "Forest"),
    ("P: He commutes in from across the Wash every day.", "Wash"),
    ("P: We lived, um, out in the Vale for years.", "Vale"),
    ("P: Half my list lives round the Lakes.", "Lakes"),
    ("P: She's from the Welsh valleys originally.", "Welsh valleys"),
    ("P: We went stalking in the Angus glens.", "Angus glens"),
    ("P: My grandad farmed in the Yorkshire dales.", "Yorkshire dales"),
    ("P: I grew up in the Dales, proper farming family.", "Dales"),
    ("P: I'm from the Black Country originally.", "Black Country"),
    ("P: I'm from the Potteries, Stoke way.", "Potteries"),
])
def test_an_informal_landscape_region(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text", [
    "P: We walked down into the valley after the shift.",
    "P: The Downs syndrome clinic was on Tuesdays.",
    "P: I always wanted to do the Coast to Coast walk.",
    "P: Everyone talked about the Moors murders back then.",
    "P: There's a lovely forest behind the hospital.",
    "P: Our coast is pretty, but it's remote.",
    "P: We went into the forest school with the kids.",
    "P: I was up on the hills with the dog most mornings.",
    "P: I did the Three Peaks for charity.",
    "P: The Dales Way is a good walk.",
    "P: The Peak flow readings were all over the place.",
    "P: I'm a member of the Lakes Runners club now.",
])
def test_landscape_words_that_are_no_region_stay(anonymiser: Anonymiser, text: str) -> None:
    assert not any(w in span for span in found(anonymiser, text)
                   for w in ("valley", "Downs", "Coast", "Moors", "forest", "coast", "hills",
                             "Peaks", "Dales", "Peak", "Lakes"))


@pytest.mark.parametrize("text, name", [
    ("P: Castlebeck infirmary closed in the nineties.", "Castlebeck"),
    ("P: The Castlebeck hospital had a helipad.", "Castlebeck"),
    ("P: I was at Castlebeck hospital for two years.", "Castlebeck"),
    ("P: Tarnside general hospital was my DGH.", "Tarnside"),
    ("P: Halbury community hospital was where I did nights.", "Halbury"),
    ("P: When I was at Pennock and Wray hospital we had no scanner.", "Pennock"),
    ("P: Mulago hospital was my first job.", "Mulago"),
    ("P: I did my internship at Kenyatta hospital.", "Kenyatta"),
    ("P: St Aldhelm's hospital was where my mum died.", "Aldhelm"),
    ("P: Yeah, Ravensholme infirmary, the old workhouse one.", "Ravensholme"),
])
def test_a_hospital_named_with_its_kind_in_lower_case(anonymiser: Anonymiser, text: str,
                                                      name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text", [
    "P: It was a Victorian hospital, all long corridors.",
    "P: I worked in a Nigerian hospital before I came here.",
    "P: The Covid hospital they built was never used.",
    "P: It was a proper Army hospital, rank everywhere.",
    "P: Dad's hospital bag was packed by the door.",
    "P: Monday hospital meetings were the worst.",
    "P: Every NHS hospital has the same problem.",
    "P: The Teaching hospital status mattered to the consultants.",
    "P: The Catholic hospital in town had nuns on the wards.",
    "P: The Christmas hospital party was a riot.",
    "P: The Children's hospital is across the road.",
    "P: In hospital they gave me morphine.",
    "P: Friday hospital rounds were long.",
])
def test_a_kind_of_hospital_stays(anonymiser: Anonymiser, text: str) -> None:
    assert found(anonymiser, text) == {}


@pytest.mark.parametrize("text, name", [
    ("P: You could smoke outside the old Vic back then.", "Vic"),
    ("P: Honestly the Royal never had enough porters.", "Royal"),
    ("P: We did our bank shifts at the County.", "County"),
    ("P: I was at the new Royal for the handover, it was chaos.", "Royal"),
    ("P: The General had the only MRI for miles.", "General"),
])
def test_a_short_name_with_its_age_or_hospital_life_near(anonymiser: Anonymiser, text: str,
                                                         name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text", [
    "P: The general feeling on the ward was that nobody cared.",
    "P: The Royal College of GPs runs the exam.",
    "P: The Royal Mail lost my contract.",
    "P: The old general store by the surgery shut down.",
    "P: The General Medical Council wrote to me about the locum shifts.",
])
def test_general_and_royal_as_words_or_other_bodies_stay(anonymiser: Anonymiser,
                                                         text: str) -> None:
    assert not any(e == "HOSPITAL" for e in found(anonymiser, text).values())


@pytest.mark.parametrize("text, name", [
    ("P: HSE West ran the hospital then.", "HSE West"),
    ("P: I moved to HSE Dublin and Midlands in 2024.", "HSE Dublin and Midlands"),
    ("P: The Saolta group covered all of the west.", "Saolta"),
    ("P: I was a junior at the Coombe for a year.", "Coombe"),
    ("P: She delivered at Holles Street.", "Holles Street"),
    ("P: Our consultant had trained at the Rotunda.", "Rotunda"),
    ("P: I did my intern year in Portiuncula.", "Portiuncula"),
    ("P: UL Hospitals Group sponsored my visa.", "UL Hospitals"),
])
def test_irish_health_regions_groups_and_hospitals(anonymiser: Anonymiser, text: str,
                                                   name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text, name", [
    ("Practice: Holly Bank\n\nI: Thanks for joining.", "Holly Bank"),
    ("Surgery: Church View\n\nI: Hello again.", "Church View"),
    ("Site: Old Mill\n\nI: Can you hear me?", "Old Mill"),
    ("Workplace - Bridge House\n\nI: Shall we start?", "Bridge House"),
])
def test_a_workplace_field_named_by_ordinary_words(anonymiser: Anonymiser, text: str,
                                                   name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text", [
    "Site: Main Building\n\nI: Hello.",
    "Trust: Not Known\n\nI: Hello.",
    "Base: Community Team\n\nI: Hello.",
    "Site: Online Video\n\nI: Hello.",
    "Hospital: Not Applicable\n\nI: Hello.",
    "Practice: Rural Dispensing\n\nI: Hello.",
    "Site: Teams Call\n\nI: Hello.",
])
def test_a_workplace_field_saying_what_or_how_stays(anonymiser: Anonymiser, text: str) -> None:
    assert found(anonymiser, text) == {}


@pytest.mark.parametrize("text, name", [
    ("P: The Pennock ICB refused the funding.", "Pennock"),
    ("P: I was on the Tarnside and Kelby ICS board.", "Tarnside"),
    ("P: I joined Halbury Integrated Care Board as a GP lead.", "Halbury"),
])
def test_an_integrated_care_board_by_its_name(anonymiser: Anonymiser, text: str,
                                              name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text", [
    "P: Each ICB does it differently.",
    "P: Every ICS has a different plan.",
    "P: Local ICB funding was cut.",
    "P: The ICB never answered my email.",
    "P: Which ICB are you under?",
    "P: Each Trust does it differently.",
    "P: Every Hospital I've worked in has the same problem.",
    "P: Most Trusts have a policy.",
])
def test_any_board_or_trust_of_a_kind_stays(anonymiser: Anonymiser, text: str) -> None:
    assert found(anonymiser, text) == {}


@pytest.mark.parametrize("text, name", [
    ("P: We lived on the Cartmel peninsula for a bit.", "Cartmel peninsula"),
    ("P: My practice covered the Furness peninsula.", "Furness peninsula"),
    ("P: We farmed on the Antrim plateau.", "Antrim plateau"),
])
def test_a_landform_keeps_its_lower_case_kind(anonymiser: Anonymiser, text: str,
                                              name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text, name", [
    ("P: St Aidan's was my first proper job.", "St Aidan's"),
    ("P: Honestly St Wilfrid's was a dump.", "St Wilfrid's"),
    ("P: Everyone at St Bede's knew my mum.", "St Bede's"),
    ("P: We took him into St Mungo's, the hostel.", "St Mungo's"),
])
def test_a_saints_place_with_its_saint(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text", [
    "P: St John's Wort interacts with everything.",
    "P: The St John Ambulance volunteers were great.",
    "P: He had St Vitus' dance, they called it then.",
])
def test_a_saints_plant_body_or_illness_stays(anonymiser: Anonymiser, text: str) -> None:
    assert not any(e == "HOSPITAL" for e in found(anonymiser, text).values())
