"""Organisations named in ways round 9 of issue 14 found unread (strings made up here):

* a trust named by two or three capitalised words with "trust" in lower case and no "the"
  ("Brimley Vale trust is where I trained"), or by one word after a sentence's "The" ("The
  Tarnmouth trust had a freeze"); "trust" as a verb or a fund is not one;
* a place named as a part of a place after a word of where ("in the Howe of the Mearns");
* a hospital's unit, centre or lodge named by a word no dictionary has, or by ordinary words
  run together ("the Larchwood Unit", "Penrose Unit"); a unit by its purpose stays ("the
  Stroke Unit", "the Acute Medical Unit").
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import NamedUnitRecognizer, PlaceOfPlaceRecognizer


def found(anonymiser: Anonymiser, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.entity_type for r in anonymiser.redact(text).replacements}


@pytest.mark.parametrize("text, name", [
    ("P: The Tarnmouth trust had a hiring freeze that year.", "Tarnmouth"),
    ("P: Brimley Vale trust is where I did my core training.", "Brimley Vale"),
    ("P: Then Hatherton and Mere trust took over the contract.", "Hatherton and Mere"),
    ("P: I moved to Kelsworth trust in 2019.", "Kelsworth"),
    ("P: we were all Oakhampstead trust employees back then.", "Oakhampstead"),
    ("P: They merged with Mickleford trust last year.", "Mickleford"),
    ("P: I worked for Coldharbour NHS trust for years.", "Coldharbour"),
    ("P: the Wexley foundation trust never replied.", "Wexley"),
    ("P: So Upper Calder Valley trust paid for the course.", "Upper Calder Valley"),
    ("P: The Ottery trust didn't pay for the course.", "Ottery"),
    ("P: Hengrove and Stockwood trust was my first job.", "Hengrove and Stockwood"),
    ("P: We were merged into Cherwell Vale trust in the end.", "Cherwell Vale"),
])
def test_a_trust_with_its_kind_in_lower_case(anonymiser: Anonymiser, text: str,
                                             name: str) -> None:
    assert any(name in span for span in found(anonymiser, text))


@pytest.mark.parametrize("text", [
    "P: The Wellcome trust funded my PhD.",
    "P: My trust were great, to be fair.",
    "P: The NHS trust I was in had no money.",
    "P: There was no trust between the nurses and the managers.",
    "P: The foundation trust status came in 2010.",
    "P: I put it in a trust fund for the kids.",
    "P: Our trust has a new chief executive.",
    "P: The acute trust and the mental health trust argued.",
    "P: Honestly I don't trust the new rota.",
    "P: The Ambulance trust was stretched.",
    "P: Every trust does it differently.",
    "P: The lead employer trust pays us.",
    "P: Trust me, it was chaos.",
    "P: Patients and Nurses trust each other more than managers.",
    "P: Mum and Dad trust me with the car now.",
])
def test_trust_as_a_verb_or_an_ordinary_noun_stays(anonymiser: Anonymiser, text: str) -> None:
    assert found(anonymiser, text) == {}


@pytest.mark.parametrize("text, name", [
    ("P: I did a rotation on the Larchwood Unit.", "Larchwood Unit"),
    ("P: The Larchwood Unit was where they sent the eating disorders.", "Larchwood Unit"),
    ("P: I spent six months on the Penrose Unit.", "Penrose Unit"),
    ("P: Ashcombe Unit is the mother and baby unit.", "Ashcombe Unit"),
    ("P: I worked in the Bramblewood Centre for a year.", "Bramblewood Centre"),
    ("P: She was moved to Tregenna Lodge after a week.", "Tregenna Lodge"),
    ("P: That was Moffat Community Nursing Unit, for my registrar year.",
     "Moffat Community Nursing Unit"),
    ("P: I was on the Larchwood Stroke Unit.", "Larchwood Stroke Unit"),
    ("P: I did six months in Brackley A&E.", "Brackley"),
    ("P: Tolworth ICU was brutal during covid.", "Tolworth"),
    ("P: The Kelsby AMU is where I learnt everything.", "Kelsby"),
])
def test_a_unit_named_by_an_unknown_or_compound_word(anonymiser: Anonymiser, text: str,
                                                     name: str) -> None:
    assert any(name in span and kind == "HOSPITAL" for span, kind in found(anonymiser, text).items())


@pytest.mark.parametrize("text", [
    "P: I did a rotation on the Stroke Unit.",
    "P: I was on the Acute Medical Unit for six months.",
    "P: He was admitted to the Coronary Care Unit.",
    "P: The Burns Unit were amazing.",
    "P: I was on the Day Unit, then the Eye Unit.",
    "P: She was on the Neonatal Unit for weeks.",
    "P: The Renal Unit closed in 2019.",
    "P: They opened a Covid Unit in the car park.",
    "P: I rotated through the Haematology Unit and the Endoscopy Unit.",
    "P: The Clinical Decision Unit is always full.",
    "P: I did six months in Paeds ED.",
    "P: Majors ED was chaos.",
    "P: The ED was rammed, and the ICU was full.",
    "P: Adult ICU and then Cardiac ICU.",
    "P: I rang the Medical SHO in AMU.",
    "P: They sent her to the Regional Spinal Injuries Unit.",
    "P: The Adult Mental Health Unit was full.",
    "P: I had my jab at the Covid Vaccination Centre.",
])
def test_a_unit_by_its_purpose_stays(text: str) -> None:
    assert NamedUnitRecognizer().find(text) == []


@pytest.mark.parametrize("text, name", [
    ("Site: Carrowmore\n\nI: Shall we start?", "Carrowmore"),
    ("[Site: Tollbridge] [Interviewer: AB]\n\nI: Hello.", "Tollbridge"),
    ("Trust: Ashgrove\nRole: F2\n\nI: Hi.", "Ashgrove"),
    ("Hospital: Coombe Valley\nWard: 7B\n\nI: Hi.", "Coombe Valley"),
    ("Employer: Penhallow NHS\n\nI: Hi.", "Penhallow"),
    ("Site/trust: Ravenglass\n\nI: Hi.", "Ravenglass"),
    ("Place of work - Stanmere\n\nI: Hi.", "Stanmere"),
    ("Location: Fellbeck\n\nI: Right.", "Fellbeck"),
    ("Practice: Quarrybank\nI: Hi.", "Quarrybank"),
    ("Base: Hull\n\nI: Hi.", "Hull"),
    ("Employer - Peverell Healthcare NHS Trust", "Peverell"),
    ("Site – Glaisdale (inpatient)", "Glaisdale"),
    ("Base: Marazion\nRole: practice nurse", "Marazion"),
])
def test_a_workplace_or_place_field_of_a_header(anonymiser: Anonymiser, text: str,
                                                name: str) -> None:
    assert any(name in span for span in found(anonymiser, text))


@pytest.mark.parametrize("text", [
    "Site: online (Teams)\n\nI: Hi.",
    "Site: community\n\nI: Hi.",
    "Location: home\n\nI: Hi.",
    "Hospital: not stated\n\nI: Hi.",
    "Trust: N/A\n\nI: Hi.",
    "Ward: Respiratory\n\nI: Hi.",
    "Location: Video Call\n\nI: Hi.",
    "Site: Main Outpatients\n\nI: Hi.",
    "Trust: Withheld\n\nI: Hi.",
    "Site: Zoom\n\nI: Hi.",
    "Location: my kitchen\n\nI: Hi.",
])
def test_a_header_field_of_ordinary_words_stays(anonymiser: Anonymiser, text: str) -> None:
    assert found(anonymiser, text) == {}


@pytest.mark.parametrize("text, place", [
    ("P: We farmed in the Howe of the Mearns for years.", "Howe of the Mearns"),
    ("P: It's right out on the Rhins of Galloway.", "Rhins of Galloway"),
    ("P: We lived in Holme of the Wolds.", "Holme of the Wolds"),
    ("P: I worked across the Vale of Glamorgan.", "Vale of Glamorgan"),
    ("P: Her family were all up in the Braes of Lochaber.", "Braes of Lochaber"),
    ("P: We had a caravan out on the Mull of Kintyre.", "Mull of Kintyre"),
])
def test_a_place_named_as_part_of_a_place(anonymiser: Anonymiser, text: str, place: str) -> None:
    assert found(anonymiser, text).get(place) == "LOCATION"


@pytest.mark.parametrize("text", [
    "P: It was the end of the line for me.",
    "P: The Lord of the Rings was on.",
    "P: Top of the Pops, every Thursday.",
    "P: I sat the exam at the Royal College of Physicians of London.",
    "P: I wrote to the Department of Health about it.",
    "P: It was in the Year of the Nurse, wasn't it.",
    "P: He was in the Order of St John for years.",
    "P: We went up to the Top of the Town bar.",
])
def test_an_institution_or_a_phrase_of_of_is_no_place(text: str) -> None:
    assert PlaceOfPlaceRecognizer().find(text) == []
