"""Round 9: the letter-run fail-safe (:mod:`vault.anonymise.spoken.letter_runs`) -- spellings
decided by the density of letters, whatever words a speaker puts between them. Invented
sentences: positives a word-list finder misses, and hard negatives (grades, vitamins,
acronyms, the pronoun, fillers, lists of the alphabet)."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken import find_spoken_forms
from vault.anonymise.spoken.letter_runs import find_letter_runs


def _spans(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_letter_runs(text)]


@pytest.mark.parametrize(("text", "run"), [
    ("it's Nwosu. En, double-u, oh, ess, you.", "En, double-u, oh, ess, you"),
    ("Spell it? Sure: P, then H, then I, then L, then B, then Y.",
     "P, then H, then I, then L, then B, then Y"),
    ("Kiely: kay, eye, ee, ell, why", "kay, eye, ee, ell, why"),
    ("her name is Zofia, zed, oh, eff, eye, ay", "zed, oh, eff, eye, ay"),
    ("Cairns, C as in cat, A-I-R-N-S", "C as in cat, A-I-R-N-S"),
    ("it's Grealish, G, R, E, [inaudible], A, L, I, S, H", "G, R, E, [inaudible], A, L, I, S, H"),
    ("Dunphy: D, sorry, D, U, N, P, aitch, Y", "D, sorry, D, U, N, P, aitch, Y"),
    ("the surname is T, um, R, then E, then V, O, R, no, R, double-u", "T, um, R, then E, then V, O, R, no, R, double-u"),
    ("Mbatha, that's M B A T aitch A", "M B A T aitch A"),
    ("it's Okwudi, oh kay double-u you dee eye, all small", "oh kay double-u you dee eye"),
    ("Ferris, eff, ee, ar, ar, eye, ess, one word", "eff, ee, ar, ar, eye, ess"),
    ("spell it for me? Yep: W, A, R, [crosstalk], D, L, E", "W, A, R, [crosstalk], D, L, E"),
])
def test_spellings_by_density(text: str, run: str) -> None:
    assert run in _spans(text)


def test_the_spelled_word_is_a_person_wherever_said() -> None:
    text = "Kiely: kay, eye, ee, ell, why. Yes, Doctor Kiely was lovely."
    found = _spans(text)
    assert found.count("Kiely") == 2


@pytest.mark.parametrize(("text", "run"), [
    # the pronoun after the spelling is the speaker going on
    ("It's Rathbone, R-A-T-H-B-O-N-E, I think.", "R-A-T-H-B-O-N-E"),
    ("it's Tully, T, U, L, L, Y, I reckon", "T, U, L, L, Y"),
    ("Lemoine, L-E-M-O-I-N-E, yeah. Oh, and the ward", "L-E-M-O-I-N-E"),
    # the article is a letter where the run's own pause comes before it
    ("Dr Chopra, C. H. O. P. R. A, and she was kind", "C. H. O. P. R. A"),
])
def test_run_ends_at_the_name(text: str, run: str) -> None:
    assert _spans(text)[0] == run


@pytest.mark.parametrize("text", [
    "Oh, you know, I, er, I think so",
    "vitamins A, B, C, D and E",
    "grades A, A, B, B, C",
    "the N H S, the G M C, B M A",
    "N H S, G M C, B M A",
    "He went A and E, then I T U, then H D U",
    "I got an A, a B and a C",
    "X, Y, Z coordinates",
    "P, Q, R, S, T",
    "Em, I, em, you know, oh",
    "an X-ray, a CT, and an e-mail",
    "Plan A, then plan B, then C",
    "I was like, oh, you see, I, er, I",
    "we did the A to Z of it, B and Q, M and S",
    "A: V. Q: W. A: yes",
    "I, I, I, I just, you know",
    "Why? Oh, you, you see, I owe you",
])
def test_not_spellings(text: str) -> None:
    assert _spans(text) == []


def test_a_speaker_label_is_no_letter() -> None:
    text = "Q: How's that spelt?\n\nA: V E N A B L E S."
    assert _spans(text) == ["V E N A B L E S"]


def test_found_through_the_spoken_recognizer() -> None:
    text = "Spell it? Sure: P, then H, then I, then L, then B, then Y."
    spans = [text[f.start:f.end] for f in find_spoken_forms(text) if f.entity == "PERSON"]
    assert "P, then H, then I, then L, then B, then Y" in spans


@pytest.mark.parametrize(("text", "run"), [
    ("it's Okwu, spelt oh, kay, double-u, you", "oh, kay, double-u, you"),
    ("Surname's Dale: dee, ay, ell, ee", "dee, ay, ell, ee"),
    ("that's K, then E, then R, then R", "K, then E, then R, then R"),
])
def test_four_letters_after_a_spelling_cue(text: str, run: str) -> None:
    assert run in _spans(text)


@pytest.mark.parametrize("text", [
    "it's A, B, C, D",
    "that's P and Q, M and S",
    "it's, er, oh, you know, I",
    "kay, eye, ee, ell",                 # four letters with no cue: not enough
])
def test_four_letters_need_a_cue_and_a_shape(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize("text", [
    "Her initials are A B, and she had triplets, C D and E.",
    "B, doubles, C, and then the trebles, D",
    "A, tripled, B, C",
    "Spell it? K, doubleyou, E, L, S",
])
def test_a_word_that_only_begins_like_a_repeated_letter_is_no_crash(text: str) -> None:
    """'doubles', 'triplets', 'doubleyou' begin with 'double'/'triple' with nothing after to
    repeat: read as words (or, for 'doubleyou', as the letter it names), never an IndexError
    (round 21: the whole engine raised on them, so a transcript with twins and triplets
    could not be redacted)."""
    find_letter_runs(text)
    find_spoken_forms(text)


def test_doubleyou_written_as_one_word_is_the_letter_w() -> None:
    assert "K, doubleyou, E, L, S" in _spans("Spell it? K, doubleyou, E, L, S")
