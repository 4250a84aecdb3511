"""Round 17 of issue 14: the grammar of round 16's team classes, widened to how transcripts
and forwarded paper quote them inside running text:

* initials of people where a speaker reads minutes aloud or a message is pasted in a sentence
  ("...she read out 'ACTION: PW to book the room'", "Present: GH (chair), LT" mid-line),
  initials a message is signed with ("signed it 'RB'", "...back at two. TJK'"), initials doing
  what a person does ("; GH rang the bank");
* families by a surname no list has, told by what only people do ("the Nwachukwu-Ellises
  asked to see him", "ring the Ilunga-Mbekis back"), never hills or islands ("the Quantocks");
* names called out in quotes ("'Okonjo!'", "'Morwenna, your taxi's here!'") or signed ("she
  signs off 'Wójcik'"), and a known first name after an opening quote ("'Morwenna rang'");
* hospitals abroad named with small words or accented letters ("Hospital Universitario
  Santa Lucía de la Vega", "University Hospital Ramón y Cajal").

Every line is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.person_contexts import FamilyNameRecognizer, TeamInitialsRecognizer


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def initials(text: str) -> list[str]:
    return [text[r.start:r.end] for r in TeamInitialsRecognizer().find(text)]


def families(text: str) -> list[str]:
    return [text[r.start:r.end] for r in FamilyNameRecognizer().find(text)]


def redacted(anonymiser: Anonymiser, text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in anonymiser.redact(text).replacements]


@pytest.mark.parametrize("text, expected", [
    ("She read it out, item 4: 'ACTION: PW to book the sim room. ACTION: RDO to send dates.'",
     ["PW", "RDO"]),
    ("We had the notes in front of us. Present: GH (chair), LT, B. Nowak. Apologies: Dr Aziz.",
     ["GH", "LT"]),
    ("and the minute said 'Action: KJ' beside every item", ["KJ"]),
    ("Then someone signed it 'RB' and sent it on.", ["RB"]),
    ("He always signs off \"TJK\", never his name.", ["TJK"]),
    ("The text just said 'Back at two, keep the list going. TJK'.", ["TJK"]),
    ("The note: 'Swab count wrong; GH called a halt; Mr Idowu told.'", ["GH"]),
])
def test_initials_quoted_in_running_text(text: str, expected: list[str]) -> None:
    assert set(expected) <= set(initials(text))


@pytest.mark.parametrize("text", [
    "We sent him up to the ward. ICU said no bed.",
    "She read out 'ACTION: ENT to review the list' and sat down.",
    "The sign read 'Staff only. PPE'.",
    "He signed it 'OK' and passed it back.",
    "Actions: MDT to discuss; HR to advise.",
    "The ITU rang; the CCU called back.",
])
def test_abbreviations_in_those_places_stay(text: str) -> None:
    assert initials(text) == []


@pytest.mark.parametrize("text, name", [
    ("Day two, and the Nwachukwu-Ellises asked to see him again.", "Nwachukwu-Ellises"),
    ("Can somebody ring the Ilunga-Mbekis back before six?", "Ilunga-Mbekis"),
    ("The Oyelarans, their whole family turned up at the ward.", "Oyelarans"),
    ("Love from all the Tshabalalas x", "Tshabalalas"),
    ("We had dinner with the Kowalczyks on Friday.", "Kowalczyks"),
])
def test_a_family_by_a_surname_no_list_has(text: str, name: str) -> None:
    assert name in families(text)


@pytest.mark.parametrize("text", [
    "We walked the Quantocks and the Mendips were lovely.",
    "We drove the Quantocks back.",
    "Greetings from the Cotswolds.",
    "The Hebrides were all in cloud.",
    "The Greens were terrible.",
])
def test_hills_islands_and_words_are_no_family(text: str) -> None:
    assert families(text) == []


@pytest.mark.parametrize("text, name", [
    ("[door bangs] 'Morwenna, your taxi's here!' [laughs]", "Morwenna"),
    ("'Okonjo!' That's how you get called on that ward.", "Okonjo"),
    ("The boss yelling down the corridor, 'Kowalczyk! Where's the retractor?'", "Kowalczyk"),
    ("'Nwosu, Nwosu, you're on next!' and off I go.", "Nwosu"),
    ("A sticky note: 'Adebayo - your keys are at the desk.'", "Adebayo"),
    ("She always signs off 'Wójcik', nothing else.", "Wójcik"),
    ("He said 'Morwenna rang me' and left.", "Morwenna"),
])
def test_names_called_out_or_signed_in_quotes(anonymiser: Anonymiser, text: str,
                                              name: str) -> None:
    assert (name, "PERSON") in redacted(anonymiser, text)


@pytest.mark.parametrize("text", [
    "'Stop!' she said, and then 'Help!' from the bay.",
    "'Theatre, you're on next!' the coordinator shouted.",
    "'Morning, you lot!' and in she came.",
    "'Right, you two, scrub in!'",
    "The sign said 'Exit - your way out'.",
])
def test_words_called_out_stay(anonymiser: Anonymiser, text: str) -> None:
    assert [t for _, t in redacted(anonymiser, text) if t == "PERSON"] == []


@pytest.mark.parametrize("text, name", [
    ("I trained in Lima, then University Hospital Santa Maria de la Luz, then here.",
     "University Hospital Santa Maria de la Luz"),
    ("Two years at Hospital Universitario Santa Lucía de la Vega before I came over.",
     "Hospital Universitario Santa Lucía de la Vega"),
    ("Then two years at University Hospital Ramón y Cajal.", "University Hospital Ramón y Cajal"),
    ("I was a year at University Hospital Tartu Ülikooli.", "University Hospital Tartu Ülikooli"),
    # kinds that share no stem with "Hospital" or "Clinic" (round 18: the cheap text check
    # before the pattern looked only for those, so these needed another hospital in the text)
    ("I did my internship at Ospedale di San Raffaele in Milan.", "Ospedale di San Raffaele"),
    ("Then two years at the Hôpital de la Pitié in Paris.", "Hôpital de la Pitié"),
    ("She was a junior at Hopital de la Conception, Marseille.", "Hopital de la Conception"),
])
def test_hospitals_abroad_with_small_words_or_accents(anonymiser: Anonymiser, text: str,
                                                      name: str) -> None:
    assert (name, "HOSPITAL") in redacted(anonymiser, text)


def test_lower_case_words_after_a_hospital_stay(anonymiser: Anonymiser) -> None:
    text = "She won the Hospital de la semana prize and the Clinic y todo."
    assert all("semana" not in s and "todo" not in s for s, _ in redacted(anonymiser, text))


@pytest.mark.parametrize("text, name", [
    ("Foundation year two, the Quenby, psych, then the Ardoch, GP, out west.", "Quenby"),
    ("We lived in the old nurses' home on the Ardoch site, top floor.", "Ardoch"),
    ("Booking: locum R. Pryce, 10 days, the Quenby; booked by staffing.", "Quenby"),
])
def test_hospital_short_names_among_postings_and_sites(anonymiser: Anonymiser, text: str,
                                                       name: str) -> None:
    assert (name, "HOSPITAL") in redacted(anonymiser, text)


@pytest.mark.parametrize("text", [
    "I filled in the Datix after the list and rang the Caldicott guardian.",
    "We did the Bristol stool chart on nights, then the Glasgow coma scale.",
])
def test_workplace_words_make_no_hospital_of_a_term(anonymiser: Anonymiser, text: str) -> None:
    assert [s for s, t in redacted(anonymiser, text) if t == "HOSPITAL"] == []


@pytest.mark.parametrize("text, name", [
    ('Export: "BRAY,Ottilie,Renal clinic,Nights".', "BRAY,Ottilie"),
    ("Export: CREGAN,Halina,Ward 3,Nights", "CREGAN,Halina"),
    ("ÅSTRÖM, Ingrid (scrub)", "ÅSTRÖM, Ingrid"),
])
def test_surname_in_capitals_before_a_first_name_is_one_person(anonymiser: Anonymiser,
                                                               text: str, name: str) -> None:
    assert (name, "PERSON") in redacted(anonymiser, text)


def test_acronyms_before_a_comma_in_an_export_stay(anonymiser: Anonymiser) -> None:
    text = "ICU,Kate,Nights and NHS,Tom,Days"
    assert all("ICU" not in s and "NHS" not in s for s, _ in redacted(anonymiser, text))


@pytest.mark.parametrize("text, name", [
    ("You know the Nwachukwu-Ellis family, in and out of clinic for years.", "Nwachukwu-Ellis"),
    ("The Jēkabsons household all came to the leaving do.", "Jēkabsons"),
    ("She's one of the whole Okonjo clan.", "Okonjo"),
    ("the Brown family sent flowers", "Brown"),
])
def test_a_surname_before_family(text: str, name: str) -> None:
    assert name in families(text)


@pytest.mark.parametrize("text", [
    "The Royal family visited, and the NHS family stood together.",
    "The Rosaceae family, the Apple family of products and the Windows family.",
    "The Durham family of schools; the Nursing family.",
])
def test_words_places_and_taxa_before_family_stay(text: str) -> None:
    assert families(text) == []


def test_a_list_of_people_after_a_quotation_closes() -> None:
    text = "'We stopped the list, as agreed.' Present: QT (chair), VB, J. Kowal."
    assert {"QT", "VB"} <= set(initials(text))


@pytest.mark.parametrize("text, name", [
    ("She had been on Okonjo Ward the night before.", "Okonjo Ward"),
    ("The list moved to Wirksworth Ward for the week.", "Wirksworth Ward"),
    ("Are the Attlee Suite patients down first?", "Attlee Suite"),
    ("He was on Llywelyn Fawr Ward, then home.", "Llywelyn Fawr Ward"),
])
def test_wards_named_after_someone_or_a_town(anonymiser: Anonymiser, text: str,
                                            name: str) -> None:
    assert (name, "HOSPITAL") in redacted(anonymiser, text)


@pytest.mark.parametrize("text", [
    "Cedar Ward was shut; the Stroke Unit had beds.",
    "Perfect Ward is the audit app, and the Ward was quiet.",
    "On Tuesday Ward rounds start late; the Paediatric Ward is next door.",
])
def test_wards_named_for_a_thing_or_a_day_stay(anonymiser: Anonymiser, text: str) -> None:
    assert [s for s, t in redacted(anonymiser, text) if t == "HOSPITAL"] == []
