"""Round 18's fail-safe for short runs of spoken numbers: a run of five to seven number units
read out in a turn that answers a question is somebody's number even when neither the question
nor the answer names it ("And how do I get hold of your sister?" / "Oh seven seven one, nine
four two"), and five units with a personal cue are enough. A question that names a measure or a
thing ("what did you score?", "which room?") and answers that count, dose, time, price or date
stay as they are. Every phrasing here was invented for this test."""
from __future__ import annotations

import re

import pytest

from vault.anonymise.spoken import find_spoken_forms
from vault.anonymise.spoken.density import _NUMISH, find_dense_numbers
from vault.anonymise.spoken.turns import question_answered

NUMBERS = {"PHONE", "NHS_NUMBER", "GMC_NUMBER"}
THRESHOLD = 0.5  # the shipped policy's


def uncovered(text: str, span: str, findings: list[tuple[int, int]]) -> list[str]:
    """The number-ish words of ``span`` no finding covers."""
    start = text.index(span)
    return [m.group() for m in _NUMISH.finditer(text, start, start + len(span))
            if not any(a <= m.start() and m.end() <= b for a, b in findings)]


POSITIVES = [
    ("Interviewer: And how do I get hold of your sister?\nResp: Oh seven seven one, nine four two.",
     "Oh seven seven one, nine four two"),
    ("I: Sorry, once more?\nP: Four four one, six two nine, that's it.",
     "Four four one, six two nine"),
    ("Q: And the surgery, if we need them?\nA: Er, it's two nine three, double four, eight.",
     "two nine three, double four, eight"),
    (("Host: Where can listeners reach the helpline you set up?\n\nCaller: fifty-seven fifty-one "
      "eighteen ninety-two, any evening."),
     "fifty-seven fifty-one eighteen ninety-two"),
    ("Moderator: and hers?\nP2: nought one six, erm, four four, nine", "nought one six, erm, four four, nine"),
    ("R: what was on the card?\nM: Six one, seven, zero, three three, I think.",
     "Six one, seven, zero, three three"),
    ("P: my mobile is seven nine one, four two, if you lose me.", "seven nine one, four two"),
    ("P: the NHS one starts four eight eight, two one and I can't remember the rest.",
     "four eight eight, two one"),
]


@pytest.mark.parametrize("text, span", POSITIVES)
def test_a_short_number_in_an_answer_or_with_a_cue_is_replaced(text: str, span: str) -> None:
    dense = [(f.start, f.end) for f in find_dense_numbers(text)
             if f.entity in NUMBERS and f.score >= THRESHOLD]
    assert uncovered(text, span, dense) == []
    every = [(f.start, f.end) for f in find_spoken_forms(text) if f.score >= THRESHOLD]
    assert uncovered(text, span, every) == []


NEGATIVES = [
    "I: What did you score on the stations?\nP: Nine, seven, eight, six, nine, not bad.",
    "I: Which room were they in?\nP: Four one two, then four one three after the move.",
    "I: How many did you see that week?\nP: Twenty-two, thirty-five, maybe forty-one.",
    "I: What dose was she on?\nP: Two five zero milligrams, then five hundred.",
    "I: When did the clinics run?\nP: Nine, ten, two, three, four on a Friday.",
    "I: And when did you qualify?\nP: Nineteen ninety-eight, or ninety-nine, I forget.",
    "I: How long were the shifts?\nP: Twelve, thirteen, fourteen hours sometimes.",
    "I: How much was the course?\nP: Four hundred and fifty, then five hundred the year after.",
    "I: How old are the kids?\nP: Four, seven, nine and twelve.",
    "I: What were the obs like?\nP: One forty over ninety, pulse seventy-two, sats ninety-eight.",
    "I: How many years have you been in post?\nP: Six, seven, eight years now, I think.",
    "I: What was the result?\nP: Three one to us, then two nil, then one all.",
    "I: Which bay?\nP: Bay two, bed one four, next to the window.",
    "I: What's the ratio on nights?\nP: One to eight, sometimes one to twelve.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_counts_scores_rooms_doses_and_times_in_answers_stay(text: str) -> None:
    assert [text[f.start:f.end] for f in find_dense_numbers(text) if f.score >= THRESHOLD] == []
    assert [text[f.start:f.end] for f in find_spoken_forms(text)
            if f.entity in NUMBERS and f.score >= THRESHOLD] == []


def test_the_question_a_turn_answers() -> None:
    text = "I: And your sister's?\n\nP: oh seven\nP: more\nI: Right. Thanks.\nP: six"
    assert text[slice(*question_answered(text, text.index("oh seven")) or (0, 0))] == \
        "I: And your sister's?"
    assert question_answered(text, text.index("more")) is None
    assert question_answered(text, text.index("six")) is None
    assert question_answered("P: first line, oh seven", 5) is None


REPAIRED = [
    (("P: my mobile's oh seven nine eight one, four four two, sorry, I'm reading it wrong, four "
     "four three, six one nine."),
     "oh seven nine eight one, four four two, sorry, I'm reading it wrong, four four three, six one nine"),
    ("P: her mobile is oh seven seven one two, three three four, yes, that bit's right, five five six.",
     "oh seven seven one two, three three four, yes, that bit's right, five five six"),
    (("Resp: it's oh one six three, two four eight, nine one nine, no, that's my mum's old one, oh "
     "one six three, two four eight, nine one seven."),
     ("oh one six three, two four eight, nine one nine, no, that's my mum's old one, oh one six "
     "three, two four eight, nine one seven")),
    (("P: text me on oh seven four four one, two two nine, five five six, hang on, wrong way round, "
     "oh seven four four one, two two nine, six five five."),
     ("oh seven four four one, two two nine, five five six, hang on, wrong way round, oh seven "
     "four four one, two two nine, six five five")),
]


def _words_left(text: str, span: str) -> list[str]:
    found = [(f.start, f.end) for f in find_spoken_forms(text) if f.score >= THRESHOLD]
    start = text.index(span)
    return [m.group() for m in re.finditer(r"[A-Za-z0-9'’-]+", span)
            if not any(a <= start + m.start() and start + m.end() <= b for a, b in found)]


@pytest.mark.parametrize("text, span", REPAIRED)
def test_a_repair_said_inside_a_number_goes_with_it(text: str, span: str) -> None:
    assert _words_left(text, span) == []


def test_two_numbers_are_not_joined() -> None:
    text = ("P: my mobile is oh seven seven one two, three three four five five six, sorry, and "
            "my landline is oh one two one, four nine six, two two eight one.")
    assert "landline" in _words_left(text, text[3:-1])


@pytest.mark.parametrize("text", [
    "I: What would have helped?\nP: The passcode, four four seven one nine two, I had it on the screen.",
    "I: And the door?\nP: Password's seven seven one, two nine.",
])
def test_a_passcode_is_no_identifier(text: str) -> None:
    assert [text[f.start:f.end] for f in find_spoken_forms(text)
            if f.entity in NUMBERS and f.score >= THRESHOLD] == []


def test_a_speaker_code_in_the_label_is_not_part_of_the_number() -> None:
    text = ("OH-002 (narrator): the house phone's oh one five oh five, four double five, one two "
            "seven.\n\nInterviewer: Two two seven?\n\nOH-002 (narrator): ONE two seven. That's it.")
    dense = [text[f.start:f.end] for f in find_dense_numbers(text)]
    assert not any("OH-002" in said for said in dense)
    found = [(text[f.start:f.end], f.entity) for f in find_spoken_forms(text)
             if f.score >= THRESHOLD]
    assert ("ONE two seven", "PHONE") in found
    assert not any("narrator" in said for said, _ in found)
