"""Round 20 of issue 14: a word joined to an identifier's span, trimmed at the finder that
took it in (the identifier stays redacted whole; only the ordinary word beside it comes back):

* a transcriber's mark after or around a spelling: the letter-run finder read a bracketed
  note with a space in it ("[TN: spelled by participant]") as a letter said "as in" a word,
  and ran a spelling on across a note's closing bracket into the next voice's spelling
  ("... S K A'] Yeah, K, O, ..."), so the note and the "Yeah" between were redacted;
* a pronoun and its verb before an organisation's name ("It's Tamarisk Valley Health and
  Care NHS Trust for us", "It's Wexcombe University Health Board"): the organisation
  patterns and the gazetteer took the capitalised "It's" into the name;
* a timed pause opening an answer ("RT-04: (1.2) Sure, my sister's, oh seven ..."): the
  identifier-answer finder read the pause's digits as the number's first content, and the
  answer redacted from the pause over "Sure, my sister's".

Every sentence is made up here (none is from a corpus)."""
from __future__ import annotations

from typing import Any

import pytest

from vault.anonymise.spoken.answers import answer_stretches
from vault.anonymise.spoken.letter_runs import find_letter_runs


def _redacted(anonymiser: Any, text: str) -> str:
    return str(anonymiser.redact(text).text)


# --- a transcriber's mark beside a spelling ---------------------------------------------------

@pytest.mark.parametrize("text, spelled", [
    ("P2: It's Pengelly. P-E-N-G-E-L-L-Y. [TN: spelled by participant] So then we left.",
     "P-E-N-G-E-L-L-Y"),
    ("P3: Her name's Quennell. Q U E N N E L L. [spelt out by the speaker] Anyway.",
     "Q U E N N E L L"),
    ("P4: Okafor-Dunn. O, K, A, F, O, R. [TN: as heard, spelling unclear] Right.",
     "O, K, A, F, O, R"),
])
def test_a_note_after_a_spelling_is_no_letter(text: str, spelled: str) -> None:
    start = text.index(spelled)
    runs = [(f.start, f.end) for f in find_letter_runs(text) if f.start == start]
    assert runs == [(start, start + len(spelled))]


def test_a_spelling_relayed_then_said_again_is_two_spans() -> None:
    text = ("Staff member: [someone off mic: 'it's spelt K O W A L S K A'] Yeah, K, O, W, A, "
            "L, S, K, A, thank you, Maria. Then we went on.")
    first = text.index("K O W")
    second = text.index("K, O, W")
    runs = sorted({(f.start, f.end) for f in find_letter_runs(text) if f.end - f.start > 10})
    assert runs == [(first, first + len("K O W A L S K A")),
                    (second, second + len("K, O, W, A, L, S, K, A"))]


def test_a_spelling_keeps_its_letters_across_a_short_mark() -> None:
    # hard negative: a mark inside a spelling is a pause, the spelling one span across it
    text = "P: Kowalska, K, O, [inaudible], A, L, S, K, A. Yes."
    start = text.index("K, O")
    assert (start, text.index("A. Yes") + 1) in {(f.start, f.end) for f in find_letter_runs(text)}


def test_the_note_stays_and_the_spelling_goes(anonymiser: Any) -> None:
    text = "P2: It's Pengelly. P-E-N-G-E-L-L-Y. [TN: spelled by participant] So then we left."
    out = _redacted(anonymiser, text)
    assert "[TN: spelled by participant]" in out
    assert "P-E-N" not in out and "Pengelly" not in out


# --- a pronoun and its verb before an organisation ----------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("P4: It's Tamarisk Valley Health and Care NHS Trust for us, the community side.",
     "Tamarisk Valley Health and Care NHS Trust"),
    ("P5: It's Wexcombe University Health Board for the ambulances, obviously.",
     "Wexcombe University Health Board"),
    ("P6: It's the Westmere Combined Healthcare NHS Trust for us.",
     "Westmere Combined Healthcare NHS Trust"),
])
def test_it_is_no_part_of_the_organisation(anonymiser: Any, text: str, name: str) -> None:
    out = _redacted(anonymiser, text)
    assert out.startswith("P") and ("It's [" in out or "It's the [" in out)
    assert name.split()[0] not in out  # the organisation itself still redacted


def test_a_name_that_opens_the_sentence_stays_whole(anonymiser: Any) -> None:
    # hard negative: with no pronoun before it the organisation is found as before
    out = _redacted(anonymiser, "P4: Tamarisk Valley Health and Care NHS Trust ran it.")
    assert "Tamarisk" not in out and "Trust ran it" not in out


# --- a timed pause opening an answer --------------------------------------------------------------

_ASKED = "IR: And a number for your family contact?\nRT-04: "


@pytest.mark.parametrize("answer, number", [
    ("(1.2) Sure, my sister's, oh seven nine one one (.) four four six (.) 2817, she'll pick up.",
     "oh seven nine one one (.) four four six (.) 2817"),
    ("(0.8) oh seven seven double four, nine one two, three three eight.",
     "oh seven seven double four, nine one two, three three eight"),
    ("(2.5) Erm, it's oh one nine two three (.) four five six seven eight nine.",
     "oh one nine two three (.) four five six seven eight nine"),
])
def test_an_answer_starts_after_a_timed_pause(answer: str, number: str) -> None:
    text = _ASKED + answer
    stretches = answer_stretches(text)
    assert stretches and stretches[0].start == text.index(number)


def test_a_timed_pause_is_left_and_the_number_redacted(anonymiser: Any) -> None:
    text = _ASKED + "(1.2) Sure, my sister's, oh seven nine one one (.) four four six (.) 2817."
    out = _redacted(anonymiser, text)
    assert "(1.2) Sure, my sister's," in out
    assert "2817" not in out and "four four six" not in out
