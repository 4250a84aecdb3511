"""Round 15 of issue 14: people named by the place their name stands in, whatever the name's
words are, and name spellings the name patterns did not read. Each class is decided by shape
or context, never by a transcript's strings:

* the display name of a pasted chat line, between its timestamp and a colon ("[chat 11:03]
  Tendai Moyo:", "07:14 - Hope Bassey:"), but not an agenda's ordinary words ("09:00 - Ward
  Round:");
* a capitalised word named by a job right after it without a comma ("Gladness the cleaner
  taught me"), but not a time, an adverb or an opener in that place ("Yesterday the cleaner");
* names in capitals where only a person's name stands, ordinary word or not: a record's
  author ("typed up from a notebook by FINCH") and a badge's name before "/ ROLE" ("KINDRED /
  PHARMACY TECHNICIAN"), but not "approved by NICE" or "PHARMACY / STAFF ONLY";
* Gaelic surnames written with capitals inside or with the article ("MacIllFhinnein",
  "NicGilleBhrìde", "Nic a' Phearsain"), and names spelled with the Latin letters of the IPA
  block that Azerbaijani, Akan or Hausa orthographies use ("Ələsgər", "Ɔsei", "Ɗanjuma").

Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest
from _mentions import covered_words as _covered
from _mentions import kept as _kept
from _mentions import nth_covered

from vault.anonymise.engine import Anonymiser


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


CHAT_NAMES = [
    ("P3: [chat 11:03] Talkmore Banda: sorry to interrupt, is this the right link?",
     "Talkmore Banda"),
    ("P3: 07:14 - Faithful Chikwanha: me, I have the keys", "Faithful Chikwanha"),
    ("Interviewer: [09:41] Kalinda Ngata: can everyone hear me?", "Kalinda Ngata"),
    ("P2: I'll paste it. 18:02 - Seonag MacIllEathain: running ten minutes late",
     "Seonag MacIllEathain"),
    ("P1: (10:15) Oyelaran: sorry, my camera froze", "Oyelaran"),
    ("P4: [chat 14:22] Peaches Le Goff: thanks all", "Peaches Le Goff"),
    ("P5: 08:30 - Mthunzi: on my way", "Mthunzi"),
    ("P6: [message 12:10] Faith Lee: brilliant, cheers", "Faith Lee"),
]

CHAT_NOT_NAMES = [
    ("Agenda\n09:00 - Ward Round: meet in the office", "Round"),
    ("Agenda\n13:30 - Lunch Break: canteen", "Lunch"),
    ("[10:15] Handover: bed four stable overnight", "Handover"),
    ("14:00 - Teaching: ECG interpretation for the new starters", "Teaching"),
    ("[11:03] Host: you have been muted", "Host"),
]

NAMED_BY_JOB = [
    ("P1: Gladness the cleaner taught me more about the town than anyone.", "Gladness"),
    ("P1: Honestly? Mercy the porter showed me where everything was.", "Mercy"),
    ("P1: Progress the HCA stayed late with me every night that week.", "Progress"),
    ("P1: Experience the ward clerk sorted my badge on day one.", "Experience"),
    ("P1: And then Kindness the receptionist rang my landlady for me.", "Kindness"),
    ("P1: Tribulation the night porter walked me to the bus.", "Tribulation"),
]

NOT_NAMED_BY_JOB = [
    ("P1: Yesterday the cleaner taught me how to use the lift.", "Yesterday"),
    ("P1: Luckily the porter knew the way.", "Luckily"),
    ("P1: Tuesday the nurse came back.", "Tuesday"),
    ("P1: Overnight the registrar was called twice.", "Overnight"),
    ("P1: Eventually the consultant agreed.", "Eventually"),
    ("P1: Sometimes the interpreter would leave early.", "Sometimes"),
    ("P1: Christmas the porter brought mince pies.", "Christmas"),
    ("P1: Communication the consultants said was the main problem.", "Communication"),
]

SIGNED_CAPITALS = [
    ("Typed up from a notebook by FINCH\n\nInterviewer: Thanks for that.", "FINCH"),
    ("Notes typed up by COPSE\n\nInterviewer: Thanks.", "COPSE"),
    ("Minutes taken by HARTWELL\n\nItem 1: rota", "HARTWELL"),
    ("Written up by MEADOW\n\nInterviewer: Shall we start?", "MEADOW"),
    ("P2: Photo of name badge: KINDRED / PHARMACY TECHNICIAN / Here to help.", "KINDRED"),
    ("P2: Badge reads: GOODCHILD / HEALTHCARE ASSISTANT", "GOODCHILD"),
]

SIGNED_NOT_NAMES = [
    ("P1: Approved by NICE last year, so we use it.", "NICE"),
    ("P1: Sign on the door: PHARMACY / STAFF ONLY.", "PHARMACY"),
    ("Typed up by HAND\n\nInterviewer: Thanks.", "HAND"),
    ("Notes taken by STAFF\n\nInterviewer: Thanks.", "STAFF"),
    ("P1: Funded by NIHR and written by ME.", "NIHR"),
]

SPELLINGS = [
    ("P1: The pharmacist was F. MacIllFhinnein from the island.", "F. MacIllFhinnein"),
    ("P1: I shadowed Dr NicGilleBhrìde for a month.", "NicGilleBhrìde"),
    ("P1: Shadowed Providence Nic a' Phearsain on a home visit.", "Providence Nic a' Phearsain"),
    ("P1: Yes, Ələsgər helped me a lot. Ələsgər was my buddy.", "Ələsgər"),
    ("P1: I asked Rəşidə Məmmədova about the forms.", "Rəşidə Məmmədova"),
    ("P1: My supervisor was Kwabena Bɔnsu, a lovely man.", "Kwabena Bɔnsu"),
    ("P1: I worked nights with Ɗanjuma Musa at the start.", "Ɗanjuma Musa"),
]


@pytest.mark.parametrize(("text", "name"), CHAT_NAMES)
def test_a_chat_lines_display_name_is_a_person(anonymiser: Anonymiser, text: str,
                                               name: str) -> None:
    assert _covered(anonymiser, text, name)


@pytest.mark.parametrize(("text", "word"), CHAT_NOT_NAMES)
def test_an_agendas_words_before_a_colon_stay(anonymiser: Anonymiser, text: str,
                                              word: str) -> None:
    assert _kept(anonymiser, text, word)


@pytest.mark.parametrize(("text", "name"), NAMED_BY_JOB)
def test_a_word_named_by_a_job_after_it_is_a_person(anonymiser: Anonymiser, text: str,
                                                    name: str) -> None:
    assert _covered(anonymiser, text, name)


@pytest.mark.parametrize(("text", "word"), NOT_NAMED_BY_JOB)
def test_a_time_or_an_adverb_before_the_job_stays(anonymiser: Anonymiser, text: str,
                                                  word: str) -> None:
    assert _kept(anonymiser, text, word)


@pytest.mark.parametrize(("text", "name"), SIGNED_CAPITALS)
def test_capitals_in_an_authors_or_a_badges_place_are_a_name(anonymiser: Anonymiser,
                                                             text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


@pytest.mark.parametrize(("text", "word"), SIGNED_NOT_NAMES)
def test_bodies_and_labels_in_those_places_stay(anonymiser: Anonymiser, text: str,
                                                word: str) -> None:
    assert _kept(anonymiser, text, word)


@pytest.mark.parametrize(("text", "name"), SPELLINGS)
def test_gaelic_and_ipa_letter_spellings_are_read_as_names(anonymiser: Anonymiser, text: str,
                                                           name: str) -> None:
    assert _covered(anonymiser, text, name)


AFTER_A_LONGER_PROPER_NOUN = [
    ("P1: We used to meet at Riverside House, and Pebble always brought cake.", "Pebble"),
    ("P1: I did my rotation at Wexham Park, and Sparrow always covered my nights.", "Sparrow"),
]

SPEAKERS_LISTS_OF_WORDS = [
    ("P1: Anger, yeah, Overwhelm is the big one.", "Overwhelm"),
    ("P1: Relief, um, Frustration, all of it at once.", "Frustration"),
]

FIRST_NAME_TAKEN_UP = [
    ("P1: Harmony Okonjo, yeah, she's the practice manager.", "Harmony Okonjo"),
    ("P1: Melody Adeyemi, our lead pharmacist, signed it off.", "Melody Adeyemi"),
]

NOT_A_FIRST_NAME = [
    ("P1: Yesterday Mensah, the registrar, came to find me.", "Yesterday"),
    ("P1: Later Okonkwo, she rang me at home.", "Later"),
]


@pytest.mark.parametrize(("text", "name"), AFTER_A_LONGER_PROPER_NOUN)
def test_a_name_after_a_longer_proper_noun_and_a_comma_is_no_listed_word(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


@pytest.mark.parametrize(("text", "word"), SPEAKERS_LISTS_OF_WORDS)
def test_a_speakers_list_of_feelings_stays(anonymiser: Anonymiser, text: str,
                                           word: str) -> None:
    assert _kept(anonymiser, text, word)


@pytest.mark.parametrize(("text", "name"), FIRST_NAME_TAKEN_UP)
def test_a_word_opening_a_sentence_before_a_surname_taken_up_is_a_first_name(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


@pytest.mark.parametrize(("text", "word"), NOT_A_FIRST_NAME)
def test_an_opener_before_a_surname_stays(anonymiser: Anonymiser, text: str,
                                          word: str) -> None:
    assert _kept(anonymiser, text, word)



FIRST_NAME_SHOWN_THEN_ALONE = [
    ("P1: Harmony Okonjo, yeah, she's the practice manager. Harmony sorted my rota.", "Harmony"),
    ("P1: Symphony Adjei, she's our dental nurse. Me and Symphony do the quiz.", "Symphony"),
    ("P1: Melody Chukwu, our lead pharmacist, was great. Melody's brilliant.", "Melody"),
]

PARTICLE_SURNAMES = [
    ("P1: I shadowed Blossom Le Roux on a home visit.", "Blossom Le Roux"),
    ("P1: Then I worked with Sunny Van Wyk for a month.", "Sunny Van Wyk"),
    ("P1: My buddy was Precious Da Silva from the agency.", "Precious Da Silva"),
]


@pytest.mark.parametrize(("text", "word"), FIRST_NAME_SHOWN_THEN_ALONE)
def test_a_word_shown_to_be_a_first_name_is_that_person_alone_too(
        anonymiser: Anonymiser, text: str, word: str) -> None:
    assert nth_covered(anonymiser, text, word, 1)


def test_the_word_in_lower_case_stays_a_word(anonymiser: Anonymiser) -> None:
    text = ("P1: Harmony Okonjo, yeah, she's the practice manager. Harmony sorted my rota. "
            "The harmony of the team was good.")
    assert _kept(anonymiser, text, "harmony")


@pytest.mark.parametrize(("text", "name"), PARTICLE_SURNAMES)
def test_a_first_name_before_a_surname_with_a_capital_particle(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


TAKEN_UP_BY_A_PRONOUN = [
    ("P1: Biscuit, yeah, she's the one who trained me.", "Biscuit"),
    ("P1: The porter -- Tinsel -- he knew everyone in the building.", "Tinsel"),
    ("P1: Bovril, um, he was our night porter for years.", "Bovril"),
]

NOT_TAKEN_UP = [
    ("P1: Honestly, she's great with the families.", "Honestly"),
    ("P1: Mum, she was furious when I told her.", "Mum"),
    ("P1: Twix, it was all we had from the machine.", "Twix"),
    ("P1: Anyway, he left the trust in the spring.", "Anyway"),
    ("P1: God, he was awful on nights.", "God"),
    ("P1: Look, she said no and that was it.", "Look"),
    ("P1: Temperance, she said, is overrated on a night shift.", "Temperance"),
]


@pytest.mark.parametrize(("text", "name"), TAKEN_UP_BY_A_PRONOUN)
def test_a_word_taken_up_by_she_or_he_is_someone(anonymiser: Anonymiser, text: str,
                                                 name: str) -> None:
    assert _covered(anonymiser, text, name)


@pytest.mark.parametrize(("text", "word"), NOT_TAKEN_UP)
def test_openers_kin_oaths_and_things_before_a_pronoun_stay(anonymiser: Anonymiser, text: str,
                                                            word: str) -> None:
    assert _kept(anonymiser, text, word)


def test_a_brand_named_person_taken_up_is_that_person_again(anonymiser: Anonymiser) -> None:
    text = ("P1: Bovril, yeah, he's our night porter. Don't tell Bovril I said that. "
            "I had Bovril on toast.")
    assert nth_covered(anonymiser, text, "Bovril", 1)


def test_a_many_word_institution_before_a_pronoun_stays(anonymiser: Anonymiser) -> None:
    text = "P1: My grandad was in the Royal Air Force, he was a mechanic in Malta."
    assert _kept(anonymiser, text, "Force")


def test_a_command_before_a_first_name_is_no_first_name(anonymiser: Anonymiser) -> None:
    text = "P1: Ask Oluwaseun, she'll tell you exactly the same."
    assert _kept(anonymiser, text, "Ask")
