"""Names, hospitals and places in uncased text (caption exports): vault.anonymise.uncased.

The sentences are invented for these tests (many settings and naming cultures), positives and
hard negatives: word-names, towns that are words, "dr" as a street, dialect and vernacular
chat, vitamins and plan letters.
"""
from __future__ import annotations

import pytest

from vault.anonymise.uncased import UncasedNameRecognizer, uncased_spans

REC = UncasedNameRecognizer()
ENTITIES = ["PERSON", "HOSPITAL", "LOCATION"]


def found(text: str, threshold: float = 0.5) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start:r.end]) for r in REC.analyze(text, ENTITIES)
            if r.score >= threshold}


def words_found(text: str) -> set[str]:
    return {w for _, w in found(text)}


# -- where text is uncased ---------------------------------------------------------------------

def test_lower_case_turns_are_uncased() -> None:
    text = ("speaker 1: yeah so i went in on the monday\n"
            "speaker 2: right\n"
            "speaker 1: and i'd been up all night with her")
    spans = uncased_spans(text)
    assert spans and spans[0][0] == 0 and spans[-1][1] == len(text)


def test_cue_times_before_lower_case_turns() -> None:
    text = ("00:00:01.000 --> 00:00:04.000\nwell i think it was fine\n\n"
            "00:00:04.500 --> 00:00:07.000\nshe said we could go home")
    assert uncased_spans(text)


@pytest.mark.parametrize("text", [
    "Interviewer: So how was it?\nParticipant: I went in on the Monday. It was fine.",
    "I think it was fine. She said we could go home. Then I rang my sister.",
    "Q: What happened next?\nA: We waited. I don't know how long.",
])
def test_cased_text_is_not_uncased(text: str) -> None:
    assert uncased_spans(text) == []


def test_a_cased_paragraph_after_an_uncased_one_stays_cased() -> None:
    lower = "yeah i went to see chidi\nand i said no\nand i'm tired\n"
    cased = "\n\n\n\n\nInterviewer: Thank you. I have one more question.\n" \
            "Participant: I remember Chidi said no. I think so."
    spans = uncased_spans(lower + cased)
    assert spans and spans[-1][1] <= len(lower)


# -- people ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("so i saw dr okafor on the ward and she was lovely", "dr okafor"),
    ("i said to mrs baker i'm not doing it", "mrs baker"),
    ("and i rang mr wood about the form", "mr wood"),
    ("then prof nwosu came round with the students i think", "prof nwosu"),
    ("i asked doctor adeyemi if it was normal", "doctor adeyemi"),
    ("i mean sister mbeki was on that night", "mbeki"),
    ("then i spoke to dr kowalczyk about her meds", "dr kowalczyk"),
    ("i think ms van der berg was the manager", None),  # particles: any part found is enough
])
def test_title_and_surname(text: str, name: str | None) -> None:
    got = words_found(text)
    if name is None:
        assert any("berg" in w for w in got)
    else:
        assert name in got


@pytest.mark.parametrize(("text", "name"), [
    ("so i think j okafor wrote the letter", "j okafor"),
    ("it was signed by k nguyen i'm sure", "k nguyen"),
    ("i emailed s kowalski and nobody answered", "s kowalski"),
])
def test_initial_and_surname(text: str, name: str) -> None:
    assert name in words_found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("i said to siobhan i'm not doing nights", "siobhan"),
    ("and chidi came in later with his mum", "chidi"),
    ("yeah priya sharma was my supervisor i think", "priya sharma"),
    ("so i rang oluwaseun about the rota", "oluwaseun"),
    ("me and bartosz did the handover", "bartosz"),
    ("i think it was nguyen, thi who rang", "nguyen, thi"),
    ("well i remember okafor, chidi on the list", "okafor, chidi"),
    ("i was with ngozi adeyemi the whole shift", "ngozi adeyemi"),
    ("i know that aroha came from the islands", "aroha"),
    ("i'd say magnus eriksen was the best of them", "magnus eriksen"),
])
def test_first_names_and_full_names(text: str, name: str) -> None:
    assert name in words_found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("grace okafor rang me and i went in", "grace okafor"),
    ("so i think hope nwosu was the midwife", "hope nwosu"),
])
def test_word_names_before_a_listed_surname(text: str, name: str) -> None:
    assert name in words_found(text)


def test_dr_chidi_okafor_whole() -> None:
    assert "dr chidi okafor" in words_found("and i saw dr chidi okafor i think on the tuesday")


def test_caps_surname_before_first_name_anywhere() -> None:
    assert ("PERSON", "OKAFOR, Chidi") in found("The band said OKAFOR, Chidi and a date.")
    assert ("PERSON", "NGUYEN, Thi") in found("Label: NGUYEN, Thi (ward 4).")


@pytest.mark.parametrize(("text", "name"), [
    # a wristband or label all in capitals, with a second given name or not
    ("The band said OKAFOR, CHIDI and a date.", "OKAFOR, CHIDI"),
    ("I read it out: OKAFOR, CHIDI EMEKA, then the number.", "OKAFOR, CHIDI EMEKA"),
    ("Label: OKAFOR, Grace Anne (ward 4).", "OKAFOR, Grace Anne"),
    # a word after the given name that is no name stays out
    ("The band said OKAFOR, CHIDI DOB and then digits.", "OKAFOR, CHIDI"),
    ("The band said OKAFOR, Chidi Ward and a number.", "OKAFOR, Chidi"),
])
def test_caps_surname_before_given_names_in_capitals(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize("text", [
    "The NHS, Kate said, was busy.",   # an acronym, not a surname
    "We used the SBAR, Sarah said.",
    "UPDATE, Monday: nothing new.",
])
def test_caps_before_a_comma_that_are_no_surnames(text: str) -> None:
    assert not any(w.split(",")[0].isupper() for w in words_found(text))


# -- hard negatives: ordinary lower-case talk ------------------------------------------------

@pytest.mark.parametrize("text", [
    "yeah i will see if may can come in march we might go to reading or bath",
    "my dr appointment was moved i live on church dr now and the doctor said rest",
    "i took vitamin d and plan b was the local hospital not the district general hospital",
    "och aye i ken it was a wee bit dreich but the lass was fine hen",
    "abeg no vex i said wahala dey, oga said make we wait sha, na so e be lah",
    "wagwan bruv i was like nuff ting happened innit",
    "i mean the doctor said rest and the nurse practitioner agreed",
    "so i miss home a lot and my sister rang",
    "i'm frank with you it was hard and i'll mark the form tomorrow",
    "we went to the big hospital then the children's hospital, i'm sure",
    "i think the dr says it's fine and mr right never came",
    "i'd rather rose than lily for the garden, i said",
    "we had the deal with street parking and the wells were dry",
    "i used to march on the street with my bill and my cross",
    "i'm not being funny but the hospital food was shocking",
    "type e coli was on the swab i think and group b strep",
])
def test_ordinary_lower_case_talk(text: str) -> None:
    assert found(text) == set()


# -- hospitals and places -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("i was at st mary's hospital for years i think", "st mary's hospital"),
    ("i went to the royal victoria infirmary after that", "royal victoria infirmary"),
    ("and then queen elizabeth hospital took her, i think", "queen elizabeth hospital"),
    ("i did my foundation at wythenshawe hospital i'd say", "wythenshawe hospital"),
    ("she ended up at st oswald's hospice and i'm glad", "st oswald's hospice"),
])
def test_hospitals(text: str, name: str) -> None:
    assert ("HOSPITAL", name) in found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("i moved to milton keynes when i was married", "milton keynes"),
    ("i grew up in wolverhampton i think you know", "wolverhampton"),
    ("then i went to stoke-on-trent for the job i'd applied for", "stoke-on-trent"),
    ("i trained in lagos before i came over", "lagos"),
    ("my mum's in newcastle upon tyne still i think", "newcastle upon tyne"),
])
def test_places(text: str, name: str) -> None:
    assert ("LOCATION", name) in found(text)


def test_nothing_in_cased_text() -> None:
    text = ("Interviewer: And where did you train?\nParticipant: I was at the hospital in "
            "town. Then I moved. I saw the doctor and I said no.")
    assert found(text) == set()


# -- words no list has, where a person stands -----------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("so i asked zanele if she could cover", "zanele"),
    ("and then thandeka said no way i'm not doing that", "thandeka"),
    ("i think mbali's mum rang the ward", "mbali"),
    ("yeah i rang tshepo and i said look", "tshepo"),
    ("i was on with nakamura and he reckons it's fine", None),
    ("and dr nakamura was there, i think", "dr nakamura"),
])
def test_unknown_words_where_a_person_stands(text: str, name: str | None) -> None:
    got = words_found(text)
    assert name in got if name else "nakamura" in " ".join(got) or got == set()


@pytest.mark.parametrize("text", [
    "i asked if the metformin was ok and she said yes",
    "we went to wetherspoons and i said no",
    "i'm like proper gutted innit and she said allow it",
    "i live at 12 oak dr now and i love it",
    "the doctor said the ecg was fine and i said grand",
])
def test_unknown_words_without_a_person_cue(text: str) -> None:
    assert found(text) == set()


def test_marks_are_no_names() -> None:
    text = "i asked her and she said no\n[transcriber's note: audio drops]\nand i'm like ok"
    assert found(text) == set()


@pytest.mark.parametrize(("text", "name"), [
    ("and maria came in later i think", "maria"),
    ("so i rang tom about the shift", "tom"),
    ("me and sally did the nights", "sally"),
])
def test_names_whose_word_is_rare(text: str, name: str) -> None:
    assert name in words_found(text)


@pytest.mark.parametrize("text", [
    "fancy a brew i said and she said roger that",
    "i ken fine what you mean, i said",
])
def test_talked_words_that_lists_hold_as_names(text: str) -> None:
    assert found(text) == set()


def test_a_name_said_twice_stays_two_names() -> None:
    got = words_found("i said tunde, tunde was great")
    assert "tunde, tunde" not in got and "tunde" in got


@pytest.mark.parametrize("text", [
    "we looked at kegan's orders of mind and i found it useful",
    "i think edmondson's psychological safety is what we lacked",
    "he had addison's and nobody had picked it up, i said",
    "ramadan on nights is its own thing i'd say",
    "i moved from scotland to wales and then back, i think",
])
def test_eponyms_festivals_and_nations(text: str) -> None:
    assert found(text) == set()


def test_possessive_outside_the_name() -> None:
    assert ("PERSON", "dr okafor") in found("i think dr okafor's clinic was full")
    assert "mbali" in words_found("i think mbali's mum rang the ward")


@pytest.mark.parametrize("text", [
    "we follow the gibbs reflective cycle and i like it",
    "the johari window came up and i said fine",
    "i ran a balint group once a month, i think",
    "i speak pashto and dari at home, i said",
    "i said it was a bit heath robinson, the whole system",
])
def test_models_named_after_people_and_languages(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    'my dad would say "ciamar a tha thu?" and i\'d laugh',
    'i speak some wolof, "maa ngi fi rekk" i say and it calms people',
    "i did psychology at uni then pip and esa reports, i think",
])
def test_quoted_glosses_and_benefits(text: str) -> None:
    assert found(text) == set()


def test_a_name_outside_the_quote_still_found() -> None:
    assert "chidi" in words_found('so i said "no way" to chidi and i left')
