"""Round 7 of issue 14: names decided by the shape of the evidence, not by the words around.

* a capitalised ordinary word standing alone mid-sentence is a proper noun, and in an
  interview most proper nouns are people: "Are you and Thimble still in touch?" (a place after
  "in", "at", "from"); not a month, a weekday, kin or a role ("Mummy", "Matron"), a department,
  a thing's name after "the" ("the Freedom to Speak Up Guardian"), a label before a number
  ("Year 6"), a word said again ("Money, Money was tight"), a list that opens a sentence
  ("Safety, Options, Review"), a quoted sentence ("I said, Listen") or part of a longer proper
  noun ("Storm Arwen");
* once such a word is a person in a transcript, it is that person at a sentence's start too,
  unless the speaker also says it in lower case (then only a person's context decides);
* a speaker label of a role word and a participant code ("Resp W8-04:", "W8-02 (GP):",
  "Participant (V7-09):") is furniture, with or without a register;
* a sentence going on after a name ("Thimble still in touch") is no model's name ("Kolb
  learning cycle").

Strings are made up here (none is from the corpus generators' pools).
"""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser, _first_by_capital
from vault.anonymise.recognizers import UnknownNameRecognizer


def types(anonymiser: Anonymiser, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.entity_type for r in anonymiser.redact(text).replacements}


@pytest.mark.parametrize("text, name", [
    ("I: Are you and Thimble still in touch at all?", "Thimble"),
    ("P: Innit, yeah, Parsnip were proper gutted for me.", "Parsnip"),
    ("P: The one who noticed was Trellis, and she was a bank nurse.", "Trellis"),
    ("P: I rang Sprocket about the rota and she sorted it.", "Sprocket"),
    ("I: You mentioned a Walnut a minute ago, who's that?", "Walnut"),
    ("P: My reg, Cobble, took the bleep off me that night.", "Cobble"),
    ("P: It was me, Kettle and the F1 on nights all that winter.", "Kettle"),
    ("P: Honestly, without Ribbon I'd have left medicine.", "Ribbon"),
])
def test_a_lone_capitalised_word_mid_sentence_is_a_person(anonymiser: Anonymiser, text: str,
                                                          name: str) -> None:
    assert name in replaced(anonymiser, text)


def test_after_a_locative_it_is_a_place(anonymiser: Anonymiser) -> None:
    assert types(anonymiser, "P: We had a caravan out near Gravel for years.").get(
        "Gravel") == "LOCATION"


@pytest.mark.parametrize("text", [
    "P: My husband teaches Year 6, so he's used to tantrums.",
    "P: I rang the Freedom to Speak Up Guardian in the end.",
    "P: She used to say Mummy lives at the hospital.",
    "P: I rang Pharmacy about it and they were fine.",
    "P: We did it in March, and again in June.",
    "P: Money, Money was tight that year.",
    "P: We kept to the list: Safety, Options, Review.",
    "P: I said, Listen, you can't do that.",
    "P: Pride, yeah, Pride, that's the big one.",
    "P: It was cancelled, and then Father Christmas came round the ward.",
    "P: We had the Christmas party in the end and Matron came.",
])
def test_ordinary_capitals_mid_sentence_stay(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, name, times", [
    ("I: Are you and Lantern still in touch?\n\nP: Lantern is the reason I'm still a doctor.",
     "Lantern", 2),
    ("P: I still talk to Marble. Marble's line was: stop saying sorry.", "Marble", 2),
    ("I: How did Compass get on?\n\nP: And Compass, God love her, held it together.",
     "Compass", 2),
])
def test_a_word_shown_to_be_a_person_is_them_at_a_sentence_start(
        anonymiser: Anonymiser, text: str, name: str, times: int) -> None:
    assert replaced(anonymiser, text).count(name) == times


def test_a_word_also_said_in_lower_case_needs_a_persons_context_at_a_sentence_start(
        anonymiser: Anonymiser) -> None:
    text = ("P: I worked with Anchor for years. Anchor is heavy, we said, the anchor on the "
            "boat. Anchor was on call with me too.")
    found = replaced(anonymiser, text)
    assert found.count("Anchor") == 1 or "Anchor is heavy" not in found


@pytest.mark.parametrize("text", [
    "Resp W8-04: I was in Leeds then.\n\nQ.: And after that?\n\nResp W8-04: Bristol.",
    "W5-02 (GP): I was in Leeds then.\n\nIV: And after?\n\nW5-02 (GP): Bristol.",
    "Participant (Z3-09): I was in Leeds then.\n\nIV: And after?\n\nDr Z3-09: Bristol.",
])
def test_speaker_labels_with_codes_are_furniture(anonymiser: Anonymiser, text: str) -> None:
    found = replaced(anonymiser, text)
    assert not any(code in " ".join(found) for code in ("W8-04", "W5-02", "Z3-09", "Resp"))
    assert "Leeds" in found


def test_a_code_in_the_text_is_not_a_name(anonymiser: Anonymiser) -> None:
    assert replaced(anonymiser, "I: You've got me down as Q9-11, is that right?") == []


def test_a_model_name_is_not_a_sentence_going_on(anonymiser: Anonymiser) -> None:
    assert "Thimble" in replaced(anonymiser, "I: Are you and Thimble still in touch?")
    assert replaced(anonymiser, "P: We used the Kolb learning cycle on the course.") == []


# ------------------------------------------------------------ words no list knows

@pytest.mark.parametrize("text, name", [
    ("I: Zumbeko, that's your practice manager, have I got that right?", "Zumbeko"),
    ("P: Trasvida saw it before I did, that I'd gone flat.", "Trasvida"),
    ("I: You mentioned a Kovrenko a minute ago, who's that?", "Kovrenko"),
])
def test_an_unknown_capitalised_word_opening_a_sentence_is_redacted(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "P: Knackered, to be honest, by the end of the week.",
    "P: Ooh. I couldn't tell you.",
    "P: Och, it was fine in the end.",
    "P: Mm-hm. And then the rota changed.",
    "P: Bellringing. That's what kept me sane.",
    "P: Hillwalking, more than anything, is what helped.",
    "P: It was a Sunday-league sort of rota.",
])
def test_interjections_and_words_run_together_stay(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


def test_a_line_start_label_no_list_knows_is_only_a_guess() -> None:
    text = "Intvw: Shall I use your first name?\n\nP: Yes, fine."
    scores = [r.score for r in UnknownNameRecognizer().find(text) if r.start == 0]
    assert scores and max(scores) < 0.5


@pytest.mark.parametrize("text, name", [
    ("Typed up by Min-seo Quarrie, freelance transcription.", "Min-seo Quarrie"),
    ("P: Ka-lok Brannagh was the old-school sort.", "Ka-lok"),
    ("IV: Is T. Nguyễn someone you'd call a mate?", "T. Nguyễn"),
    ("P: I did a year under Eluned ab Ithel, which was the making of me.", "Eluned ab Ithel"),
    ("P: Honestly, ab Ithel did my on-call the weekend my mam was ill.", "ab Ithel"),
])
def test_names_written_small_or_in_other_scripts_are_whole(anonymiser: Anonymiser, text: str,
                                                          name: str) -> None:
    assert any(name in found for found in replaced(anonymiser, text))


# ------------------------------------------------------------ short hospital and place names

@pytest.mark.parametrize("text, name", [
    ("P: The state of Kettering DGH back then, you wouldn't believe it.", "Kettering DGH"),
    ("P: What was CVUHB like to work for?", "CVUHB"),
    ("P: When I started at Lantern House hospice there was no mess.", "Lantern House hospice"),
    ("P: Parking at St Aldhelm's was a joke, so I got the bus.", "St Aldhelm's"),
    ("P: I'd done a year at Wantage Cottage before that.", "Wantage Cottage"),
    ("P: What was NHS North Central London like to work for?", "NHS North Central London"),
])
def test_short_hospital_names_are_organisations(anonymiser: Anonymiser, text: str,
                                                name: str) -> None:
    assert types(anonymiser, text).get(name) == "HOSPITAL"


@pytest.mark.parametrize("text, name", [
    ("P: It's the Teme Valley, so, you know, it's gorgeous.", "Teme Valley"),
    ("P: Weekends were the Howgill Fells, boots on, phone off.", "Howgill Fells"),
    ("P: Do you see yourself staying round Kirkby Stephen?", "Kirkby Stephen"),
    ("P: I went to the Samarkand Medical Academy and stayed on.", "Samarkand"),
    ("P: I'm from the US Virgin Islands originally.", "US Virgin Islands"),
])
def test_landscapes_schools_and_countries_are_places(anonymiser: Anonymiser, text: str,
                                                    name: str) -> None:
    assert any(name in found for found in replaced(anonymiser, text))


@pytest.mark.parametrize("text", [
    "P: Since the 2012 Act it's been one reorganisation after another.",
])
def test_acts_stay(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


@pytest.mark.parametrize("text, name", [
    ("Participant: Gravel never told me what I should do, not once.", "Gravel"),
    ("P: Lantern and I did the nights between us.", "Lantern"),
    ("P: I work for Herefordshire Health and Care, two sessions a week.",
     "Herefordshire Health and Care"),
    ("Resp: Walnut's mam had just died, like, the week before.", "Walnut"),
])
def test_what_follows_a_sentences_first_word_can_make_it_a_person(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "P: It's grand. Better said out loud than stewing on it.",
    "P: Easier said than done, mind.",
    "P: Management told us nothing. Work told me to go home.",
    "P: Pharmacy rang me back. Admin sent me the form.",
])
def test_idioms_of_saying_and_collective_subjects_stay(anonymiser: Anonymiser,
                                                       text: str) -> None:
    assert replaced(anonymiser, text) == []


def test_an_opener_before_a_comma_and_a_pronoun_stays(anonymiser: Anonymiser) -> None:
    assert replaced(anonymiser, "P: Look, she was on two sessions a week by then.") == []


@pytest.mark.parametrize("text, name", [
    ("P: I think it was Hollow Brackenbury who forwarded me the email.", "Hollow Brackenbury"),
    ("IV: Did Lantern Quarrie tell you about the study?", "Lantern Quarrie"),
])
def test_a_capitalised_word_before_a_surname_is_the_first_name(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name in replaced(anonymiser, text)


def test_a_spelt_out_title_is_no_first_name() -> None:
    text = "P: It was Mister Quarrie who rang me."
    assert not _first_by_capital(text, text.index("Mister"), "Mister")
    assert _first_by_capital("P: It was Hollow Quarrie.", 10, "Hollow")


@pytest.mark.parametrize("text", [
    "P: The ward sister on Larch, a lovely woman, brought me toast.",
    "P: I was working on Sycamore then, nights mostly.",
])
def test_a_ward_named_after_ward_talk_stays(anonymiser: Anonymiser, text: str) -> None:
    assert replaced(anonymiser, text) == []


def test_someone_relied_on_is_still_a_person(anonymiser: Anonymiser) -> None:
    assert "Thimble" in replaced(anonymiser, "P: Honestly, I relied on Thimble that year.")
