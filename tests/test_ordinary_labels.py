"""Role labels of speakers and numbered things are ordinary words, not people
(:mod:`vault.anonymise.ordinary_labels`), and a speaker label's mode is no cue for a number
read in the turn (:func:`vault.anonymise.spoken.digit_chains.a_thing`)."""
from __future__ import annotations

from typing import Any

import pytest

from vault.anonymise.ordinary_labels import (
    a_figure_of_speech,
    a_kind_of_thing,
    day_label,
    digits_read_on,
    ends_in_a_measure,
    field_name,
    not_a_name_by_shape,
    numbered_thing,
    role_label_spans,
)
from vault.anonymise.spoken.digit_chains import a_thing, find_digit_chains
from vault.anonymise.spoken.numbers import number_runs


def _protected_words(text: str) -> set[str]:
    return {text[s:e] for s, e in role_label_spans(text)}


@pytest.mark.parametrize(("label", "role"), [
    ("Fieldworker: How long have you lived on the island?", "Fieldworker"),
    ("Field-worker: And the ferry?", "Field-worker"),
    ("Diarist KQ-07: Monday, and the rain never stopped.", "Diarist"),
    ("Part. LM-3: I would rather not say.", "Part."),
    ("Phone interviewer: Can you hear me now?", "interviewer"),
    ("Co-facilitator: Shall we take a break?", "Co-facilitator"),
    ("Note-taker: [inaudible]", "Note-taker"),
    ("Notetaker (second): two people left the room", "Notetaker"),
    ("Researcher on call: I'll ring you back.", "Researcher"),
    ("Interpreter: She says the clinic was closed.", "Interpreter"),
    ("Host: Welcome everyone, we're recording.", "Host"),
    ("Guest RW-2: Thanks for having me.", "Guest"),
    ("Caller: Is this the study line?", "Caller"),
    ("Observer 2: (nods)", "Observer"),
    ("Intvr: Go on.", "Intvr"),
    ("FW: Next question.", "FW"),
    ("[00:14:03] Moderator B: Right, who's next?", "Moderator"),
    ("Lead researcher: We'll start.", "researcher"),
    ("Transcriber's note: crosstalk", None),  # a note, not a speaker: nothing to protect
])
def test_a_role_label_protects_its_role_word(label: str, role: str | None) -> None:
    text = label + "\nDV-01: Aye, fine.\n"
    words = _protected_words(text)
    if role is None:
        assert words == set()
    else:
        assert role in words


@pytest.mark.parametrize("label", [
    "Grace: Hello, can you hear me?",        # a name as a label stays a name
    "Dr Okafor: I was on nights.",
    "Tunde (phone): Sorry, bad line.",
    "Mercy Adjei: Yes.",
    "Interviewer and Kwame: both laugh",     # a name among the role words: no role label
    "Note: the recorder stopped twice.",     # a heading, not a role
    "Subject line: rota swap",
])
def test_a_label_with_a_name_or_no_role_protects_nothing(label: str) -> None:
    assert _protected_words(label + "\n") == set()


def test_a_role_word_is_protected_elsewhere_once_it_labels_a_turn() -> None:
    text = ("Fieldworker: Where did you train?\nP4: Aberdeen. The Fieldworker before you asked "
            "the same.\n")
    spans = role_label_spans(text)
    assert len({(s, e) for s, e in spans if text[s:e] == "Fieldworker"}) == 2


def test_a_back_channel_inlaid_in_a_number_is_not_protected() -> None:
    text = ("Fieldworker: Your mobile?\nP4: oh seven four one (Fieldworker: mhm) six six two "
            "nine one eight.\n")
    assert {(s, e) for s, e in role_label_spans(text)} == {(0, 11)}


def test_no_label_no_spans() -> None:
    assert role_label_spans("No colon here, just talk about Fieldworker pay.") == []


@pytest.mark.parametrize("sentence", [
    "It was a Force nine and the ferry stayed in.",
    "A Force 10 off Sumburgh, they said.",
    "My gran read Psalm one hundred and twenty-one at every funeral.",
    "Turn to Chapter three of the handbook.",
    "She's in Bay four, by the window.",
    "I went up to Band seven last year.",
    "We sang Hymn 23 at the end.",
    "It's on Level two, past the lifts.",
    "Question twelve was the one about rotas.",
])
def test_a_numbered_thing_is_no_one(sentence: str) -> None:
    word = next(w for w in ("Force", "Psalm", "Chapter", "Bay", "Band", "Hymn", "Level",
                            "Question") if w in sentence)
    start = sentence.index(word)
    assert numbered_thing(sentence, start, start + len(word))


@pytest.mark.parametrize(("sentence", "word"), [
    ("Then Force came in and took over the clinic.", "Force"),   # no number after
    ("I asked Grace two questions.", "Grace"),                   # not a numbered thing's noun
    ("Psalm was her nickname at school.", "Psalm"),
    ("We met Hope three times that year.", "Hope"),
])
def test_a_capital_without_a_number_or_outside_the_list_is_left_to_the_name_rules(
        sentence: str, word: str) -> None:
    start = sentence.index(word)
    assert not numbered_thing(sentence, start, start + len(word))


def test_the_engine_leaves_role_labels_and_numbered_things(anonymiser: Any) -> None:
    text = ("Fieldworker: How was the crossing?\n\n"
            "KQ-07: Rough. It was a Force nine and my dad read Psalm one hundred and "
            "twenty-one before we left. Ask Ingrid Sandison, she was on the boat.\n\n"
            "Fieldworker: And after that?\n")
    redaction = anonymiser.redact(text)
    found = {text[r.start:r.end] for r in redaction.replacements}
    assert "Fieldworker" not in found
    assert "Force" not in found and "Psalm" not in found
    assert any("Sandison" in f for f in found)  # the real name still goes


def test_a_name_used_as_a_label_is_still_found_in_the_talk(anonymiser: Any) -> None:
    text = ("Interviewer: Who covered for you?\n\n"
            "KQ-07: Oluwaseun Bankole did, and Oluwaseun was brilliant.\n")
    found = {text[r.start:r.end] for r in anonymiser.redact(text).replacements}
    assert any("Bankole" in f for f in found)


def _chains(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_digit_chains(text, number_runs(text))]


@pytest.mark.parametrize("text", [
    ("Resp (phone): Well, the reference on the letter was five one two eight eight three "
    "oh four, whatever that means."),
    "Phone participant: The claim reference is two nine nine one four seven six, I think.",
    "Caller (by phone): My ticket said seven seven one two nine four four.",
    "TV-3 (telephone): The locker code was one nine four four two seven six.",
])
def test_a_label_saying_the_call_was_by_phone_is_no_personal_cue(text: str) -> None:
    assert _chains(text) == []
    start = text.index(": ") + 2
    assert a_thing(text, text.index(next(w for w in ("five", "two", "seven", "one")
                                         if w in text[start:]), start))


@pytest.mark.parametrize("text", [
    "Resp (phone): my mobile reference, oh seven seven one two, nine four four eight one six.",
    "Phone participant: Ring me on oh seven nine one one, two three four five six seven.",
    ("Resp (phone): The letter's reference was my NHS number, four eight five seven seven "
    "three two nine one oh."),
])
def test_a_personal_cue_inside_the_turn_still_counts(text: str) -> None:
    assert _chains(text)


@pytest.mark.parametrize(("text", "word"), [
    ("Rota for May:\n| Mon | J. Hare | none |\n| Tue | C. Okoro | A. Lind |\n", "Mon"),
    ("Mon: clinic all day. Wed: theatre. Fri: admin.", "Wed"),
    ("Sat and Sun were the worst shifts; Fri was fine.", "Sun"),
    ("Thurs - teaching\nTues - on call\n", "Tues"),
])
def test_weekdays_cut_short_in_a_list_of_days_are_days(text: str, word: str) -> None:
    start = text.index(word)
    assert day_label(text, start, start + len(word))


@pytest.mark.parametrize(("text", "word"), [
    ("Dr Sun covered the night shift.", "Sun"),            # one abbreviation: maybe a surname
    ("Ask Mon about the rota, she knows.", "Mon"),
    ("Sunny and Sunita swapped on Monday.", "Sunny"),      # not an abbreviation at all
])
def test_a_lone_abbreviation_is_left_to_the_name_rules(text: str, word: str) -> None:
    start = text.index(word)
    assert not day_label(text, start, start + len(word))


@pytest.mark.parametrize(("text", "end_word", "read_on"), [
    ("the reference on the letter was four seven seven two one nine", "four", True),
    ("my claim was six oh two double one four", "six", True),
    ("she was four, six and nine at the time", "four", False),
    ("he was seventy-two and still working", "seventy-two", False),
    ("I was nine when we moved", "nine", False),
])
def test_digits_read_on_after_an_age_like_number(text: str, end_word: str,
                                                 read_on: bool) -> None:
    end = text.index(end_word) + len(end_word)
    assert digits_read_on(text, end) is read_on


def test_the_engine_keeps_ages_but_not_a_reference_read_out(anonymiser: Any) -> None:
    text = ("Resp (phone): The reference on the letter was four seven seven two one nine "
            "three oh, whatever that means. My daughter was nine when we moved.\n")
    found = {(r.entity_type, text[r.start:r.end]) for r in anonymiser.redact(text).replacements}
    assert ("AGE", "nine") in found
    assert not any("four" in f or "seven" in f for _, f in found)


def test_the_engine_leaves_a_rota_of_days(anonymiser: Any) -> None:
    text = ("Here is the rota:\n| Day | Doctor |\n| Mon | Dr Efua Mensah |\n"
            "| Tue | Dr Oskar Lindqvist |\n")
    found = {text[r.start:r.end] for r in anonymiser.redact(text).replacements}
    assert "Mon" not in found and "Tue" not in found
    assert any("Mensah" in f for f in found) and any("Lindqvist" in f for f in found)


@pytest.mark.parametrize(("text", "word", "thing"), [
    ("We trialled an AI triage for chest X-rays.", "AI", True),
    ("She ordered a CT and an ECG.", "ECG", True),
    ("Is there an MRI slot?", "MRI", True),
    ("I moved to the UK in 2009.", "UK", False),     # "the", not "a": may be the place
    ("AI is everywhere now.", "AI", False),
    ("A Hendry covered the night.", "Hendry", False),  # not an acronym
])
def test_an_acronym_after_a_or_an_is_a_kind_of_thing(text: str, word: str, thing: bool) -> None:
    start = text.index(word)
    assert a_kind_of_thing(text, start, start + len(word)) is thing


@pytest.mark.parametrize(("text", "span", "measure"), [
    ("We were at 71% in January, 83% by June.", "January, 83", True),
    ("Uptake was 40 per cent in March, 55 per cent by May.", "March, 55", True),
    ("She was born in January, 83 I think.", "January, 83", False),
    ("Born 4 March 1983.", "4 March 1983", False),
])
def test_a_date_that_ends_in_a_percentage_ends_in_a_measure(text: str, span: str,
                                                            measure: bool) -> None:
    start = text.index(span)
    assert ends_in_a_measure(text, start, start + len(span)) is measure


def test_the_engine_leaves_percentages_by_month(anonymiser: Any) -> None:
    text = "R01: We were at 71% in January, 83% by June. My birthday is the 3rd of May 1985.\n"
    found = {text[r.start:r.end] for r in anonymiser.redact(text).replacements}
    assert not any("83" in f for f in found)
    assert any("1985" in f for f in found)


@pytest.mark.parametrize(("text", "word", "figure"), [
    ("It was an Everest of paperwork before I could start.", "Everest", True),
    ("We had a Niagara of complaints that winter.", "Niagara", True),
    ("There was a Matterhorn of notes on my desk.", "Matterhorn", True),
    ("I worked with Everest Moyo for years.", "Everest", False),      # no article before
    ("A Hendry said she'd cover.", "Hendry", False),                    # no "of" after
])
def test_a_capital_between_a_and_of_is_a_figure_of_speech(text: str, word: str,
                                                          figure: bool) -> None:
    start = text.index(word)
    assert a_figure_of_speech(text, start, start + len(word)) is figure


@pytest.mark.parametrize(("text", "word", "field"), [
    ("Interview 06 | Site: Hill Hospice | Mode: video call", "Mode", True),
    ("Session 3; Format: small group; Length: 50 min", "Format", True),
    ("Mode: video call", "Mode", False),                  # a line's start: maybe a speaker
    ("Interview 06 | Grace: said yes", "Grace", False),    # no dictionary word: maybe a name
])
def test_a_dictionary_word_before_a_colon_after_a_separator_is_a_field(text: str, word: str,
                                                                       field: bool) -> None:
    start = text.index(word)
    assert field_name(text, start, start + len(word)) is field


def test_the_engine_leaves_titles_of_faith_out_of_the_name(anonymiser: Any) -> None:
    text = "VC-01: Imam Sweetman said to come for Eid, and Imam Sweetman was right.\n"
    redaction = anonymiser.redact(text)
    found = {text[r.start:r.end] for r in redaction.replacements}
    assert "Sweetman" in found and not any("Imam" in f for f in found)


@pytest.mark.parametrize(("text", "span", "ordinary"), [
    ("Divn't laugh, but I was scared.", "Divn", True),
    ("Cann't see it myself.", "Cann", True),
    ("S - M - Y - T - H - E. People always spell it wrong.", "E. People", True),
    ("B, L, O, W, E, R. Extension two two four.", "R. Extension", True),
    ("Present: J. Hare, A. Swan and me.", "A. Swan", False),   # a list of initials and names
    ("Ask Dr A. Swan about it.", "A. Swan", False),
    ("Martin covered the shift.", "Martin", False),
    ("Dawn's on leave.", "Dawn", False),
])
def test_contractions_and_spelled_letters_are_no_names(text: str, span: str,
                                                             ordinary: bool) -> None:
    start = text.index(span)
    assert not_a_name_by_shape(text, start, start + len(span)) is ordinary


def test_a_feast_is_kept_as_a_date_not_a_person(anonymiser: Any) -> None:
    text = "DV-1: I'll be sixty-two come Martinmas, and my sister was born at Lammas.\n"
    kinds = {text[r.start:r.end]: r.entity_type for r in anonymiser.redact(text).replacements}
    assert all(kinds.get(word, "DATE") == "DATE" for word in ("Martinmas", "Lammas"))
