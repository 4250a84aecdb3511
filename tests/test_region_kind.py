"""Regions named with their kind, at home or abroad and in any language (RegionRecognizer)."""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import RegionRecognizer


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RegionRecognizer().find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("My mum is from Limpopo province originally.", ["Limpopo"]),
    ("We lived in the Ashanti Region for years.", ["Ashanti Region"]),
    ("He grew up in Kano State, then moved.", ["Kano State"]),
    ("She trained in Sichuan Province.", ["Sichuan Province"]),
    ("I moved over from the Province of Alberta.", ["Province of Alberta"]),
    ("In Xinjiang region there were hardly any doctors.", ["Xinjiang"]),
    ("It was Khyber-Pakhtunkhwa province, near the border.", ["Khyber-Pakhtunkhwa"]),
    ("near Şanlıurfa province, where my aunt lives", ["Şanlıurfa"]),
    ("the Oromia region, basically", ["Oromia"]),
    ("my family are in the Mazowieckie Voivodeship", ["Mazowieckie Voivodeship"]),
    ("a clinic in Sverdlovsk Oblast", ["Sverdlovsk Oblast"]),
    ("we'd go back to the Kathmandu valley every summer", ["Kathmandu"]),
    ("I worked in Hunza valley for a year", ["Hunza"]),
    ("the Niger Delta, where I did my housejobs", ["Niger Delta"]),
    ("Rural Sindh province was hard", ["Sindh"]),
    ("She is from the Governorate of Dhofar.", ["Governorate of Dhofar"]),
    ("He did his internship in Ticino canton.", ["Ticino"]),
    ("We're Ribble Valley based.", ["Ribble Valley"]),
    ("It's Limpopo province, near the border.", ["Limpopo"]),
])
def test_regions_with_their_kind(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "the Northern region was restructured",
    "NHS regions set the targets",
    "the Welfare State is under pressure",
    "Sarah's state of mind that week",
    "the state of things on the ward",
    "the Lake District at the weekend",
    "she works in the District General Hospital",
    "the Emergency Department was full",
    "The Sales region missed its numbers",
    "a Covid state of emergency",
    "the United States",
    "Priya state nurse",
    "the EU states agreed",
    "The Secretary of State said so",
    "the Department of Health",
    "the Republic of Letters",
    "a Labour county council",
    "the Gold Coast",
    "I did my F1 at Tiverton District, which was brutal.",
    "I'm salaried now, at Coquet Valley Surgery.",
])
def test_ordinary_kinds_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("He studied at Universidad de Antioquia, then came over.", "Antioquia"),
    ("She went to Università di Padova for her masters.", "Padova"),
    ("I did my PhD at Universität Wien, then came here.", "Wien"),
    ("Then Université de Lyon for a year.", "Lyon"),
    ("She trained at Universidade do Porto.", "Porto"),
    ("She did a year at Universiteit Leiden.", "Leiden"),
])
def test_the_place_a_university_abroad_is_named_for(anonymiser: Anonymiser, text: str,
                                                     place: str) -> None:
    out = anonymiser.redact(text).text
    assert place not in out


@pytest.mark.parametrize(("text", "place"), [
    ("My mum is from Limpopo province originally.", "Limpopo"),
    ("We lived in the Ashanti Region for years.", "Ashanti"),
    ("My whole family is still in Guangdong.", "Guangdong"),
    ("Back home in Bayern we did it differently.", "Bayern"),
    ("She grew up in Catalunya and trained in Madrid.", "Catalunya"),
])
def test_regions_abroad_are_redacted(anonymiser: Anonymiser, text: str, place: str) -> None:
    assert place not in anonymiser.redact(text).text


@pytest.mark.parametrize("text", [
    "The Welfare State is under pressure.",
    "The Northern region was restructured last year.",
    "The Secretary of State visited the ward.",
])
def test_ordinary_region_words_are_kept(anonymiser: Anonymiser, text: str) -> None:
    assert anonymiser.redact(text).text == text


@pytest.mark.parametrize(("text", "place"), [
    ("Cross River State was lovely, and we went round it a lot.", "Cross River"),
    ("The Black Forest was where we lived.", "Black Forest"),
    ("The Garden Route is beautiful, we grew up there.", "Garden Route"),
    ("The West Country suits us, we moved in 2019.", "West Country"),
    ("The Costa del Sol is where my parents retired.", "Costa del Sol"),
])
def test_regions_with_ordinary_words_by_name(anonymiser: Anonymiser, text: str,
                                              place: str) -> None:
    assert place not in anonymiser.redact(text).text


@pytest.mark.parametrize(("text", "name"), [
    ("The Willows health centre was where I trained.", "Willows"),
    ("The Orchard surgery took me on as a partner.", "Orchard"),
    ("Meadowside family practice was my first job.", "Meadowside"),
    ("Greenfields practice was lovely.", "Greenfields"),
    ("The Beech House practice was where I did my training.", "Beech House"),
    ("The Kibera clinic was where I learnt the most.", "Kibera"),
    ("Lime Tree surgery had three partners.", "Lime Tree"),
])
def test_a_practice_named_before_its_lower_case_kind(anonymiser: Anonymiser, text: str,
                                                     name: str) -> None:
    assert name not in anonymiser.redact(text).text


@pytest.mark.parametrize("text", [
    "General practice is hard.", "Best practice says so.", "Keyhole surgery was quick.",
    "The Fracture clinic was busy.", "Private practice pays more.", "Heart surgery is scary.",
    "The GP practice was fine.", "The Diabetes clinic moved.", "Clinical practice has changed.",
    "Day surgery lists.", "The Community health centre", "In practice it was hard.",
    "The Monday clinic", "The Covid clinic", "The Memory clinic", "The Dermatology clinic",
    "Parkinson's clinic on a Thursday was the busiest.", "Honestly, Amara's clinic overran.",
])
def test_kinds_of_practice_stay(text: str) -> None:
    from vault.anonymise.recognizers import NamedPracticeRecognizer
    assert NamedPracticeRecognizer().find(text) == []
