"""Round 17 of issue 14: ordinary words kept with the fine-tuned NER default (any model). What
the NER, or a finder after it, read as a name or a place, by class, decided by shape or
context and never by a transcript's strings:

* the names of tools, scores, schemes, courses, teams, roles and processes of care, made of
  dictionary words ("the Falls Risk Tool", "Shared Care Planning"): an ORGANISATION for review
  as the stock model's ORG was, not a [PLACE]; a team or a role found as someone by context
  ("the Discharge Liaison Team rang") is no one; places named with ordinary words and names
  that are such words after a given name stay;
* an e-mail header's or a record's field label after a name ("<name> Sent:", "Attendees:",
  "Subject:"): the label is cut, a label alone is dropped; a chat speaker stays;
* the pronoun "I" closing a clause before a capital ("where was I. <place>"), not an initial;
* a clinical grade in letters before a name ("SHO <name>"): no part of the name;
* a list whose every item is ordinary vocabulary ("Calpol and Gaviscon"): dropped, as each
  item alone is;
* a place running on into what is named after it (an event, a government, a training
  scheme, a landmark: "the Swansea Half Marathon", "the Jersey Government"): the place is
  redacted, the rest kept;
* a weekday cut short before a clock time or after "on"/"next" ("[Fri 21:14]", "on Sat"):
  a day; a lone "Sun" said as a surname stays a name;
* a capitalised word with a particle and a pause after it ("Scrub in, Time out"): a step;
* a word taken up by "she"/"he" after an apposition, opened by an exclamation ("Oh, Wren,
  the new one, she..."): someone (the exclamation's demotion left it for review);
* one- to three-letter lower-case NER person guesses that are no first name ("ya").

Every sentence is made up here (none is from a corpus)."""
from __future__ import annotations

from typing import Any

import pytest
from _mentions import every_word_touched as _covered
from _mentions import no_word_touched as _kept

from vault.anonymise.recognizers import named_concept

# --- names of tools, scores, schemes, courses, teams and roles --------------------------------

CONCEPTS_KEPT = [
    ("We follow the Sepsis Screening Tool now, on paper.", "Sepsis Screening Tool"),
    ("Then there's the Learning Disability Mortality Review, which takes months.",
     "Learning Disability Mortality Review"),
    ("I went on the Advanced Communication Skills course.", "Advanced Communication Skills"),
    ("The Patient Experience Team rang back the next day.", "Experience Team"),
    ("The Community Paramedic Lead says the same.", "Paramedic Lead"),
]


@pytest.mark.parametrize(("text", "phrase"), CONCEPTS_KEPT)
def test_names_of_tools_schemes_courses_and_teams_are_kept(anonymiser: Any, text: str,
                                                          phrase: str) -> None:
    assert _kept(anonymiser, text, phrase), text


PLACES_AND_PEOPLE_NAMED_WITH_WORDS = [
    ("She moved to Castle Green Station and then to Mill Lane.", "Mill Lane"),
    ("We met at the Royal Free and then went to the Western General.", "Royal Free"),
    ("I met Grace Champion on the ward, and Hope Lead too.", "Grace Champion"),
    ("I met Grace Champion on the ward, and Hope Lead too.", "Hope Lead"),
    ("Dr Review? No, Dr Brown was there.", "Brown"),
]


@pytest.mark.parametrize(("text", "phrase"), PLACES_AND_PEOPLE_NAMED_WITH_WORDS)
def test_places_and_people_named_with_such_words_stay_redacted(anonymiser: Any, text: str,
                                                               phrase: str) -> None:
    assert _covered(anonymiser, text, phrase), text


@pytest.mark.parametrize("word", ["Scale", "Champions", "Analysis", "Leadership", "Pathway",
                                  "Review", "Guardians", "Planning"])
def test_named_concept_heads(word: str) -> None:
    assert named_concept(word)


@pytest.mark.parametrize("word", ["Station", "Junction", "Lane", "Green", "Wing", "Building",
                                  "Cottage", "Hospital", "Reading", "Community", "Free"])
def test_place_heads_are_no_concepts(word: str) -> None:
    assert not named_concept(word)


# --- field labels, the pronoun I, grades --------------------------------------------------------

LABELS_KEPT = [
    ("Forwarded message: 'From: Tendai Moyo Sent: Monday 09:15 To: rota@nhs.net Subject: Swap'",
     "Sent"),
    ("Forwarded message: 'From: Tendai Moyo Sent: Monday 09:15 To: rota@nhs.net Subject: Swap'",
     "Subject"),
    ("Teams invite for the huddle: 'Attendees: Priya Shah; Tom Baker.'", "Attendees"),
    ("So, where was I. Llanbedrog. The cottage by the beach.", "I"),
    ("ENT on-call sheet: 'SHO Priyanka bleep 2247; consultant Mr Okafor.'", "SHO"),
]


@pytest.mark.parametrize(("text", "phrase"), LABELS_KEPT)
def test_field_labels_the_pronoun_and_grades_are_kept(anonymiser: Any, text: str,
                                                      phrase: str) -> None:
    assert _kept(anonymiser, text, phrase), text


NAMES_BESIDE_LABELS = [
    ("Forwarded message: 'From: Tendai Moyo Sent: Monday 09:15 To: rota@nhs.net Subject: Swap'",
     "Tendai Moyo"),
    ("Teams invite for the huddle: 'Attendees: Priya Shah; Tom Baker.'", "Priya Shah"),
    ("So, where was I. Llanbedrog. The cottage by the beach.", "Llanbedrog"),
    ("ENT on-call sheet: 'SHO Priyanka bleep 2247; consultant Mr Okafor.'", "Priyanka"),
    ("Board: 'HCA Precious to bay 2, ANP Dariusz to majors.'", "Dariusz"),
    ("Priya: hi all, see you at eight.", "Priya"),
    ("Marguerite Sent the rota round: nobody replied.", "Marguerite"),
]


@pytest.mark.parametrize(("text", "phrase"), NAMES_BESIDE_LABELS)
def test_names_beside_labels_and_grades_stay_redacted(anonymiser: Any, text: str,
                                                      phrase: str) -> None:
    assert _covered(anonymiser, text, phrase), text


# --- lists of products, places before what is named after them ---------------------------------

def test_a_list_of_ordinary_products_is_kept(anonymiser: Any) -> None:
    text = "We had Calpol and Gaviscon in the drawer, nothing stronger."
    assert _kept(anonymiser, text, "Calpol and Gaviscon")


def test_a_list_with_a_name_in_it_stays_redacted(anonymiser: Any) -> None:
    text = "I lived on Calpol and Oluwaseun's cooking that winter."
    assert _covered(anonymiser, text, "Oluwaseun")


NAMED_AFTER_PLACES = [
    ("We watched the Swansea Half Marathon from the bridge.", "Swansea", "Half Marathon"),
    ("He works for the Jersey Government now, in health.", "Jersey", "Government"),
    ("My son was on the Blackpool Illuminations tram, he loved it.", "Blackpool",
     "Illuminations"),
    ("I did my training in the Lugg VTS, then a partner post.", "Lugg", "VTS"),
    # a place's own word before the body's ("Fen") stays with the place
    ("Signature: 'Dr Ama Boateng, Clinical Lead, Ouse Fen Vascular Network'.", "Ouse Fen",
     "Network"),
]


@pytest.mark.parametrize(("text", "place", "rest"), NAMED_AFTER_PLACES)
def test_a_place_before_what_is_named_after_it(anonymiser: Any, text: str, place: str,
                                               rest: str) -> None:
    assert _covered(anonymiser, text, place), text
    assert _kept(anonymiser, text, rest), text


# --- weekdays cut short, steps, apposition, short lower-case guesses ---------------------------

DAYS_KEPT = [
    ("WhatsApp export: [Fri 21:14] Ifeoma Obi: can someone take my late? [Fri 21:20] Renata: yes",
     "Fri"),
    ('"Hi Solveig, can you do the early on Sat? Cheers, Agnieszka."', "Sat"),
    ("Board: Tue 2pm huddle, then the audit.", "Tue"),
]


@pytest.mark.parametrize(("text", "phrase"), DAYS_KEPT)
def test_weekdays_cut_short_by_a_time_or_a_when_word_are_kept(anonymiser: Any, text: str,
                                                              phrase: str) -> None:
    assert _kept(anonymiser, text, phrase), text


def test_sun_said_as_a_surname_stays_redacted(anonymiser: Any) -> None:
    text = "I had a letter from Dr Sun, the renal registrar."
    assert _covered(anonymiser, text, "Sun")


STEPS_KEPT = [
    ("Log in, Check out, Sign off, that's the whole system.", "Check"),
    ("Log in, Check out, Sign off, that's the whole system.", "Sign"),
    ("Scrub in, Time out, Sign out, the three bits of the checklist.", "Time"),
]


@pytest.mark.parametrize(("text", "phrase"), STEPS_KEPT)
def test_steps_named_by_phrasal_verbs_are_kept(anonymiser: Any, text: str, phrase: str) -> None:
    assert _kept(anonymiser, text, phrase), text


def test_a_name_before_a_particle_in_prose_stays_redacted(anonymiser: Any) -> None:
    text = "I asked Oluwaseun out, and she said yes."
    assert _covered(anonymiser, text, "Oluwaseun")


TAKEN_UP = [
    ("Oh, Linnet, the quiet one, she did nights with me.", "Linnet"),
    ("Well, Sparrow, our youngest, he wants to be a nurse.", "Sparrow"),
]


@pytest.mark.parametrize(("text", "phrase"), TAKEN_UP)
def test_a_word_opened_by_an_exclamation_and_taken_up_is_someone(anonymiser: Any, text: str,
                                                                 phrase: str) -> None:
    assert _covered(anonymiser, text, phrase), text


SHORT_LOWER_KEPT = [
    ("How am ya, Oluwadamilare? That's what he says.", "ya"),
]


@pytest.mark.parametrize(("text", "phrase"), SHORT_LOWER_KEPT)
def test_short_lower_case_words_are_no_names(anonymiser: Any, text: str, phrase: str) -> None:
    assert _kept(anonymiser, text, phrase), text
