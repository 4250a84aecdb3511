"""Round 5 of issue 14's PERSON leaks: people whose surnames are English words, found again
once the transcript has shown them to be surnames, and the guards that keep the same words
as words.

* a word shown to be a surname by a first name ("Karen Baker"), an initial ("J. Wood") or a
  role before it ("Sister Gold", "Nurse Young") is that person again: mid-sentence always, at
  the start of a sentence with a verb after it ("So Ledger was more a sounding board");
* unless the word is an uncountable noun that stands bare as a subject ("Winter was brutal",
  "Gold is expensive", "Church is important to us") and the transcript uses it as a noun too
  ("the worst winter"): then only a person's predicate makes it the person;
* a name with a Gaelic prefix written with a capital ("MacKinnon") is found again whole;
* "about the most patient person I know" is a predicate only a person takes.

Strings are made up here (none is from the corpus generators' pools).
"""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser

# ------------------------------------------------------------ a word surname found again

@pytest.mark.parametrize("text, word, times", [
    ("My supervisor was Karen Baker. Baker always had time for me.", "Baker", 2),
    ("My mentor's Hannah Ledger, at the Grange now.\n\nI: So Ledger was more a sounding board?",
     "Ledger", 2),
    ("Our ward manager, Gail Church, sorted it. Church was good to me after that.", "Church", 2),
    ("Sister Crane found me in the sluice. Crane is about the kindest person I know.", "Crane",
     2),
    ("Nurse Parrot rang me at home.\n\nI: Right.\n\nP: Parrot was on nights with me.", "Parrot",
     2),
    ("J. Ledger signed off my portfolio. Ledger was always fair.", "Ledger", 2),
    ("I worked with Blaze Nightingale. Nightingale is leaving in May.", "Nightingale", 2),
])
def test_a_word_shown_to_be_a_surname_is_that_person_again(
        anonymiser: Anonymiser, text: str, word: str, times: int) -> None:
    assert sum(word in s for s in replaced(anonymiser, text)) == times


@pytest.mark.parametrize("text, word", [
    ("Beth Winter was on the rota. Winter was brutal that year, the worst winter I remember.",
     "Winter"),
    ("Rachel Gold was my supervisor. Gold is expensive, so no gold rings for me.", "Gold"),
    ("Sam Church was the registrar. Church is important to my family, we go to church.",
     "Church"),
    ("Nurse Frost was lovely. Frost was on the windscreen, thick frost, every morning.", "Frost"),
])
def test_an_uncountable_word_used_as_a_noun_at_a_sentence_start_stays_a_word(
        anonymiser: Anonymiser, text: str, word: str) -> None:
    assert sum(word in s for s in replaced(anonymiser, text)) == 1


def test_an_uncountable_surname_not_used_as_a_noun_is_the_person_again(
        anonymiser: Anonymiser) -> None:
    text = "Dr Frost was my consultant. Frost was fair, to be honest."
    assert [s for s in replaced(anonymiser, text) if "Frost" in s] == ["Dr Frost", "Frost"]


def test_a_word_surname_without_that_person_in_the_text_stays(anonymiser: Anonymiser) -> None:
    assert replaced(anonymiser, "Baker always had the best bread. Ledger entries were late.") \
        == []


def test_a_capitalised_prefix_name_is_found_again_whole(anonymiser: Anonymiser) -> None:
    text = "Doctor: Mister O. MacKinnon did the debrief.\n\nI: And MacKinnon?"
    # "Mister" is a title (round 17), replaced with the name as "Mr" is
    assert [s for s in replaced(anonymiser, text) if "MacKinnon" in s] == [
        "Mister O. MacKinnon", "MacKinnon"]


# ------------------------------------------------------------ a person's predicate

def test_the_most_patient_person_is_a_person(anonymiser: Anonymiser) -> None:
    assert "Gold" in replaced(anonymiser, "Gold is about the most patient person I know.")


def test_the_most_valuable_metal_is_not(anonymiser: Anonymiser) -> None:
    assert replaced(anonymiser, "Gold is the most valuable metal, they say.") == []


# ------------------------------------------------------------ questions about a person

@pytest.mark.parametrize("text, name", [
    ("I: And Pickles, is that the same person?", "Pickles"),
    ("I: Right. Bah, was that her?", "Bah"),
    ("I: Sorry, how do you spell Gaskell?", "Gaskell"),
    ("I: Could you spell Nightingale for me?", "Nightingale"),
])
def test_a_question_of_who_someone_is_names_a_person(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "I: And the Blue Book, is that the same one?",
    "I: How do you spell that?",
    "I: And Teams, is that the same app?",
])
def test_a_question_about_a_thing_names_nobody(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


def test_a_place_asked_to_be_spelled_stays_a_place(anonymiser: Anonymiser) -> None:
    redaction = anonymiser.redact("I: Could you spell Worcester for me?")
    assert [r.entity_type for r in redaction.replacements] == ["LOCATION"]


# ------------------------------------------------------------ irregular verbs of doing

@pytest.mark.parametrize("text, name", [
    ("Tansy took me aside after the meeting.", "Tansy"),
    ("Blaze made me promise to take my leave.", "Blaze"),
])
def test_a_word_name_doing_something_to_someone_is_a_person(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "Storm made us stay at home all weekend.",
    "Hope made me carry on, honestly.",
])
def test_weather_and_abstract_nouns_doing_something_stay(anonymiser: Anonymiser,
                                                          text: str) -> None:
    assert replaced(anonymiser, text) == []


# ------------------------------------------------------------ initials before a surname

@pytest.mark.parametrize("text, name", [
    ("Dr A. Page signed off my time out.", "Dr A. Page"),
    ("Dr J.K. Ward was on call.", "Dr J.K. Ward"),
    ("P. Page led the debrief after the arrest.", "P. Page"),
])
def test_a_surname_after_initials_is_taken_with_them(anonymiser: Anonymiser, text: str,
                                                      name: str) -> None:
    assert name in replaced(anonymiser, text)


def test_an_initial_alone_after_a_title_is_still_taken(anonymiser: Anonymiser) -> None:
    assert replaced(anonymiser, "Dr A. said no to the leave.") == ["Dr A."]


def test_page_numbers_stay_and_the_person_page_is_found_again(anonymiser: Anonymiser) -> None:
    text = ("Page 2 of 10\n\nP: Dr A. Page signed it off. Page covered my on-call too.\n\n"
            "Page 3 of 10\n\nSee Appendix B. Page 4 has the form.")
    assert [s for s in replaced(anonymiser, text) if "Page" in s] == ["Dr A. Page", "Page"]


# ------------------------------------------------------------ roles and words said again

@pytest.mark.parametrize("text, name", [
    ("I: So Victory was your clinical supervisor at that point?", "Victory"),
    ("I: So Lark was your clinical like, supervisor then?", "Lark"),
])
def test_a_word_that_was_your_supervisor_is_a_person(anonymiser: Anonymiser, text: str,
                                                    name: str) -> None:
    assert name in replaced(anonymiser, text)


def test_a_department_that_was_your_rotation_is_not(anonymiser: Anonymiser) -> None:
    assert replaced(anonymiser, "I: So Surgery was your first rotation?") == []


@pytest.mark.parametrize("text, name", [
    ("A: And Wild, yeah, Wild's very, very calm.", "Wild"),
    ("A: And Swan, yeah, Swan's very, very calm.", "Swan"),
    ("P: And Pip, honestly, Pip was, was a rock.", "Pip"),
])
def test_a_name_said_again_after_a_filler_is_a_person_both_times(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert replaced(anonymiser, text).count(name) == 2


@pytest.mark.parametrize("text", [
    "P: Resilience, honestly, Resilience's a buzzword.",
    "P: Teamwork, yeah, Teamwork's the thing that matters.",
])
def test_a_topic_said_again_stays(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


# ------------------------------------------------------------ more contexts of a person

@pytest.mark.parametrize("text, name", [
    ("P: Ji-woo's first question was always how I was sleeping.", "Ji-woo"),
    ("P: Fortune from the education centre phoned about it.", "Fortune"),
    ("P: It was away from the ward. Tudur Power from the renal team covered the round.",
     "Tudur Power"),
    ("P1: Marigold is what everyone uses, so go with that.", "Marigold"),
    ("P: My daughter Hyacinth drew me a picture of the hospital.", "Hyacinth"),
    ("Q: You know, Sugar, um, she's, she's always like that.", "Sugar"),
    ("P: Fern Lam, yeah, Fern was, was the one who noticed.", "Fern Lam"),
    ("P: The line went. Tansy sort of and me, we were the last ones there.", "Tansy"),
    ("P: It was the Trust back then. Pike, Te Rangi and Gold all covered my shift.", "Gold"),
])
def test_a_person_by_what_surrounds_them(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "P: Mark I mean, my words, there'll be a crisis.",
    "P: Honey, you know, my mum would say, nobody thanks you.",
    "P: Our team Cardiology wanted more beds.",
    "P: Gold is what everyone wants, really.",
])
def test_fillers_idioms_and_teams_stay(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


# ------------------------------------------------------------ first name, then a word surname

@pytest.mark.parametrize("text, name", [
    ("P: I asked my senior, Chad Winter, for help.", "Chad Winter"),
    ("P: Dr J B Hall was the clinical director.", "Dr J B Hall"),
    ("P: It was just me and Sage on nights. Sage is amazing.", "Sage"),
])
def test_word_names_and_initials_in_a_persons_place(anonymiser: Anonymiser, text: str,
                                                    name: str) -> None:
    assert name in replaced(anonymiser, text)


def test_a_word_name_found_is_that_person_at_a_sentence_start_with_praise(
        anonymiser: Anonymiser) -> None:
    text = "P: It was just me and Sage on nights. Sage is amazing."
    assert replaced(anonymiser, text).count("Sage") == 2


@pytest.mark.parametrize("text, place", [
    ("P: We met on Hope Street, by the café.", "Hope Street"),
    ("P: I worked at the Grace Clinic for a year.", "Grace Clinic"),
])
def test_a_word_name_before_a_street_or_clinic_word_is_a_place(
        anonymiser: Anonymiser, text: str, place: str) -> None:
    redaction = anonymiser.redact(text)
    assert [text[r.start:r.end] for r in redaction.replacements] == [place]
    assert all(r.entity_type != "PERSON" for r in redaction.replacements)


def test_a_word_said_twice_then_what_a_person_does_is_a_person(anonymiser: Anonymiser) -> None:
    text = "P: I mean, Bramble, Bramble was the one who, who kind of noticed."
    assert replaced(anonymiser, text).count("Bramble") == 2


def test_a_word_said_twice_then_what_a_thing_is_stays(anonymiser: Anonymiser) -> None:
    assert replaced(anonymiser, "P: Money, Money was tight that year.") == []


# ------------------------------------------------------------ round 5, last additions

@pytest.mark.parametrize("text, word", [
    ("P: My clinical lead, Hazel Moss, was great. Moss, honestly, was the reason I stayed.",
     "Moss"),
    ("P: My appraiser is Dr Elspeth Penny. Penny is very thorough.", "Penny"),
    ("P: I met Dr Felicity Lord at a conference. Lord became my mentor.", "Lord"),
])
def test_a_surname_again_after_a_filler_a_word_name_or_an_irregular_verb(
        anonymiser: Anonymiser, text: str, word: str) -> None:
    assert sum(word in s for s in replaced(anonymiser, text)) == 2


def test_a_junior_grade_before_a_name_introduces_it(anonymiser: Anonymiser) -> None:
    assert "Bishop" in replaced(anonymiser, "P: Our SpR, Bishop, said it was fine.")


def test_an_abstract_word_name_surname_stays_a_word_at_a_sentence_start(
        anonymiser: Anonymiser) -> None:
    text = "P: Dr Will Hope was the lead. Hope is not a plan, though."
    assert [s for s in replaced(anonymiser, text) if "Hope" in s] == ["Dr Will Hope"]


@pytest.mark.parametrize("text", [
    "P: Rain kept us in all week.",
    "P: Snow closed the schools that winter.",
    "P: Spring came late that year.",
    "P: Price went up again.",
])
def test_weather_and_mass_nouns_opening_a_sentence_with_a_verb_stay(
        anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, name", [
    ("P: Storm said I should take the week off.", "Storm"),
    ("P: Rain and I did the nights together.", "Rain"),
    ("P: Storm from the education centre rang me.", "Storm"),
])
def test_the_same_words_doing_what_only_people_do_are_people(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in replaced(anonymiser, text)
