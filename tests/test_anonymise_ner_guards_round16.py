"""Round 16 of issue 14: guards on what a NER alone proposes as a name.

The fine-tuned NER (``VAULT_NER=trained``) proposes title-case ordinary words the stock model
left alone: a guess made only of dictionary words with nothing of a name (no first name, no
title, for two words or more no person's context after) is dropped, and the name finders
judge the capital with their own guards (two words or more go to review: "Clover Marsh" may
be someone); an acronym alone is a scheme's letters, not a place;
a person guess ending in a firm's word is a firm for review, in a unit's word nobody; "the
<word>" is the hospital nicknames' to decide.

These run on the guards directly (``_judge_name_guess``), whichever model is loaded, with
invented strings.
"""
from __future__ import annotations

import pytest

from vault.anonymise.recognizers import CapitalisedWordRecognizer, _judge_name_guess


def judged(text: str, span: str, entity: str = "PERSON", score: float = 0.85) -> tuple[str, float]:
    start = text.index(span)
    return _judge_name_guess(text, start, start + len(span), entity, score)


@pytest.mark.parametrize("text, span", [
    ("P: Drizzle kept us indoors most of August.", "Drizzle"),
    ("P: I phoned Radiology and nobody picked up.", "Radiology"),
    ("Then Turn left at the roundabout.", "Turn"),
    ("Kit: ENT Mirror and a torch.", "ENT Mirror"),
])
def test_dictionary_words_with_nothing_of_a_name_are_no_person(text: str, span: str) -> None:
    assert judged(text, span) == ("", 0.0)


@pytest.mark.parametrize("text, span", [
    ("Venue: Lecture Hall\n\nI: Morning.", "Lecture Hall"),
    ("Topics: Fire Safety, Manual Handling.", "Fire Safety"),
])
def test_two_dictionary_words_with_nothing_of_a_name_go_to_review(text: str, span: str) -> None:
    # two or more may be a full name of word names ("Clover Marsh"): a reviewer decides
    assert judged(text, span) == ("PERSON", 0.4)


@pytest.mark.parametrize("text, span", [
    ("P: Mrs Tinker was our neighbour.", "Tinker"),  # a title before
    ("P: Grace came round with soup.", "Grace"),  # a given name that is a word
    ("P: I told Hazel about it.", "Hazel"),
    ("P: Storm Baker from the ward rang me.", "Storm Baker"),  # a given name before a surname
    ("P: Heather Mills said it was fine.", "Heather Mills"),
])
def test_names_made_of_words_stay_people(text: str, span: str) -> None:
    entity, score = judged(text, span)
    assert entity == "PERSON" and score >= 0.5


def test_an_acronym_alone_is_a_scheme_for_review_not_a_place() -> None:
    assert judged("P: They paid it out of the QOF pot.", "QOF", "LOCATION", 0.6) == \
        ("ORGANISATION", 0.4)


def test_a_firm_or_a_unit_is_nobody() -> None:
    assert judged("P: I did a year at Brackley Associates.", "Brackley Associates") == \
        ("ORGANISATION", 0.4)
    assert judged("P: Larchmere Centre took her in.", "Larchmere Centre") == ("", 0.0)
    # a surname that is also a building's word is no last word here
    assert judged("P: Then Tomasz Wing came in.", "Tomasz Wing")[0] == "PERSON"


def test_generic_words_mid_sentence_go_to_review_places_stay() -> None:
    assert judged("P: I got it from the Community Pharmacy in the end.", "Community Pharmacy",
                  "LOCATION", 0.6) == ("LOCATION", 0.4)
    # a place named with ordinary words is a place ("Quarry Lodge")
    assert judged("P: Her flat over Bramble Cottage was cold.", "Bramble Cottage", "LOCATION",
                  0.6) == ("LOCATION", 0.6)
    entity, score = judged("P: We drove over to Lincoln for the day.", "Lincoln", "LOCATION", 0.85)
    assert entity == "LOCATION" and score >= 0.5


def test_the_pronoun_i_after_a_lone_capital_is_no_longer_name() -> None:
    text = "P: Honestly, without Bramble I'd never have coped."
    found = [text[r.start:r.end] for r in CapitalisedWordRecognizer().find(text)]
    assert found == ["Bramble"]
    text = "P: We stayed at Bramble Cottage that year."
    assert CapitalisedWordRecognizer().find(text) == []


def test_the_before_a_dictionary_word_is_a_nickname_before_another_word_a_place() -> None:
    assert judged("We watched the Nationals on telly.", "Nationals", "LOCATION", 0.6) == ("", 0.0)
    assert judged("We got lost in the Brynmawrs that day.", "Brynmawrs", "LOCATION", 0.6) \
        == ("LOCATION", 0.6)
    assert judged("We watched the Brynmawrs that day.", "Brynmawrs", "LOCATION", 0.6) == ("", 0.0)
