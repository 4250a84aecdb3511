"""Hostile transcript text for round 23's pieces: the spoken tagger's new guards (codes in
speaker labels, diagnosis codes said with "point", scores of tens, groups said in a row, digits
after a timed mark, a thing's age asked again), the grade-district recognizer ("we live in
ST3") and the letter runs' read-once walk.

The texts are invented, built from those pieces' cue words and shapes at their edges: labels
with huge codes, "point" said thousands of times, timed marks with nothing after, tens said
over and over, grades glued to anything, letters and pauses. No text may stop the engine (with
or without a register) or the spoken finders, and no run said over and over may cost more than
linear work: counted in the lines a module runs, or the characters its backward searches read,
for a run said n and 4n times (never a clock).

What the hunt found (each test below failed before its fix):

- the tagger's short parts of a number ("oh seven seven double four" on each of many turns in
  one window) each asked every other part whether the two made a number together: work grew
  with the square of the turns (x16 for x4; now :func:`tagger._most_digits_beside`, linear);
- the speaker-code guard read each digit's line back to its start to find the label: a long
  line of digits after timed marks ("(00:03:12 inaudible) 0958 ...") read x16 for x4;
- the thing's-age guard read each age's turn back to its start, and the question's line back
  to its own: a long answer turn of ages read x16 for x4.
"""
from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

import pytest
from test_engine_hostile_text import _lines_run, _word

from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import GradeDistrictRecognizer
from vault.anonymise.register import Register
from vault.anonymise.spoken import letter_runs, tagger
from vault.anonymise.spoken.recognizer import find_spoken_forms
from vault.anonymise.spoken.tagger import find_tagged, plain_text, tokenise

#: round 23's cue words and shapes at their edges: labels with codes of every size, a decimal
#: point with nothing or everything around it, timed marks with nothing after, tens and groups
#: said in a row, things' ages asked, grades glued to anything, letters and pauses
ROUND_23 = [
    "OH-005, retired:", "OH-", "OH-" + "0" * 400 + ":", "Participant 2", "Guest 4:",
    "Participant " + "9" * 5000 + ":", "P_0001 (narrator):", "Retired nurse P_12, widow:",
    "[00:01:02] OH-7:", "(00:00) X#1:", "#1234#:", "OH-005, " + "retired " * 40 + ":",
    "Z sixty-three point four", "F three two dot one", "B two point three", "point",
    "point point point", "decimal", "dot", "Z" + " point" * 200, "F thirty-two decimal",
    "(00:03:12 inaudible) 0958", "(00:03:12 inaudible)", "(00:03:12 inaudible) ", "[08:51.630] 40",
    "(00:14:09 crosstalk) 0", "(99:99 x)", "[0:00 a]", "(00:03:12", "00:03:12 inaudible)",
    "sixty-six, sixty-two", "seventy-four, seventy-one at full time", "ninety-nine, " * 20,
    "sixty-six", "forty forty forty", "ten, two five, two thousand", "six, three one, two",
    "one, " * 30, "How old was it, the old boiler?", "How old is it, that grey van?",
    "Oh, twenty.", "How old was she, your nan?", "How old," + " the" * 30 + "?", "?", ",",
    "we live in ST3", "lived in FY1 accommodation", "moved out to CT1,", "based in DT2 now",
    "live in ST3ST3", "live in FY1FY1", "ST3", "FY9", "CT0", "live in", "Living in", "in ST3",
    "moved to FY4", "ST3-", "ST3'", "FY1ß", "İST3", "w/c", "w/c 14/6", "A ... B ... C", "J-O-N",
    "s o s i mean", "A, B, C, D", "a. b. c.", "P, um, Q, er, R", "ß s l l", "ŉ s l l", "'A' 'B'",
    "oh seven seven double four", "zero seven nine one two three", "0958", "0", "00000000"]


def hostile_text_23(seed: int) -> str:
    """An invented transcript mixing :data:`ROUND_23` into the round-21 pieces."""
    rng = random.Random(seed)
    out = []
    for _ in range(rng.choice([1, 2, 5, 20, 60, 150])):
        k = rng.random()
        piece = rng.choice(ROUND_23) if k < 0.55 else _word(rng)
        if 0.55 <= k < 0.6:
            piece = rng.choice(ROUND_23) + rng.choice(["ST3", "FY1", "İ", "ß", "0", ":", ""])
        elif 0.6 <= k < 0.63:
            piece = rng.choice(ROUND_23).upper()
        out += [piece, rng.choice([" ", " ", ", ", "\n", "\nP01: ", "\nOH-005: ", ": ", "",
                                   ". ", "? ", "\t", "\n(00:01:02 pause) "])]
    return "".join(out)


REGISTER = Register.from_csv("name,code\nAyla Doublet,T01\nOwen Atkins,T02\nDot Point,T03\n")


@pytest.mark.parametrize("seed", range(2300, 2396, 8))
def test_the_engine_redacts_round_23_cues_at_their_edges_without_raising(
        anonymiser: Anonymiser, seed: int) -> None:
    texts = [hostile_text_23(s) for s in range(seed, seed + 8)]
    for register in (None, REGISTER):
        for text, redaction in zip(texts, anonymiser.redact_many(texts, register=register)):
            for item in redaction.replacements:
                assert 0 <= item.start < item.end <= len(text)


@pytest.mark.parametrize("seed", range(2300, 2500))
def test_the_spoken_finders_and_the_tagger_read_round_23_cues_without_raising(seed: int) -> None:
    text = hostile_text_23(seed)
    for found in find_spoken_forms(text):
        assert 0 <= found.start <= found.end <= len(text)
    for found in find_tagged(plain_text(text)):
        assert 0 <= found.start < found.end <= len(text)


#: the huge shapes alone, each a whole transcript
HUGE = ["Participant " + "9" * 20000 + ": oh seven seven double four",
        "Z sixty-three" + " point" * 5000, "(00:03:12 inaudible) " * 3000,
        "sixty-six, " * 10000, "live in " + "ST3" * 5000, "A ... " * 5000, "w/c " * 5000,
        "\n".join(["OH-005, retired: zero seven nine"] * 2000)]


@pytest.mark.parametrize("text", HUGE, ids=[h[:20] for h in HUGE])
def test_huge_round_23_shapes_do_not_stop_the_engine(anonymiser: Anonymiser, text: str) -> None:
    for register in (None, REGISTER):
        redaction = anonymiser.redact(text, register=register)
        assert all(0 <= r.start < r.end <= len(text) for r in redaction.replacements)


# -- said thousands of times: work linear in the run -------------------------------------------


class _CountedText(str):
    """Text whose backward searches count the characters they read."""

    read = 0

    def rfind(self, sub: str, *bounds: Any) -> int:
        start = bounds[0] if bounds else 0
        end = bounds[1] if len(bounds) > 1 else len(self)
        found = str.rfind(self, sub, *bounds)
        _CountedText.read += end - (found if found >= 0 else start)
        return found


#: (what is said over and over, in the tagger's plain copy of a transcript)
TAGGER_RUNS = [
    # parts of a number on each turn, one window: each part asked every other part (16x)
    "oh seven seven double four\n",
    "OH-0051, retired: zero seven nine one two three four five six\n",
    "Participant 123456789012345678901234567890: oh seven seven double four\n",
    # the round's guards' shapes on one long line
    "(00:03:12 inaudible) 0958 ", "Z sixty-three point ", "sixty-six, sixty-two ",
    "ten, two five, two thousand, ", "OH-005 retired: zero seven nine one two three, ",
]


@pytest.mark.parametrize("said", TAGGER_RUNS)
def test_the_tagger_s_work_is_linear_in_a_run_said_over_and_over(said: str) -> None:
    def work(n: int) -> tuple[int, int]:
        text = _CountedText("\n" + said * n)
        _CountedText.read = 0
        lines = _lines_run(tagger, lambda: find_tagged(text))
        return lines, _CountedText.read

    (small, small_read), (large, large_read) = work(100), work(400)
    assert large <= 5 * small, (small, large)
    assert large_read <= 5 * small_read + 1000, (small_read, large_read)


@pytest.mark.parametrize("question", ["How old was it, the old boiler?",
                                      "How old was it, the old boiler" + " really" * 1000 + "?"])
def test_a_long_answer_of_ages_is_not_read_back_to_its_turn_for_each(question: str) -> None:
    def read(n: int) -> int:
        text = _CountedText("R: " + question + "\nS: " + "Oh, thirty, easily. " * n)
        ages = [t for t in tokenise(text) if text[t[0]:t[1]] == "thirty"]
        _CountedText.read = 0
        for age in ages:
            tagger._trimmed(text, [age], "AGE")
        return _CountedText.read

    small, large = read(100), read(400)
    assert large <= 5 * small, (small, large)  # each age read its turn back to the start: 16x


def test_a_thing_s_age_asked_is_still_no_age_in_its_answer() -> None:
    text = "R: How old was it, the old boiler?\nS: Oh, thirty, easily."
    at = text.index("thirty")
    assert tagger._trimmed(text, [(at, at + 6)], "AGE") is None
    far = "R: How old was it, the old boiler?\nS: " + "Well, " * 60 + "thirty."
    at = far.index("thirty")
    assert tagger._trimmed(far, [(at, at + 6)], "AGE") == (at, at + 6)  # 360 characters on


def _most_digits_beside_by_asking_each(text: str,
                                       spans: Sequence[tuple[int, int, str, int]]) -> list[int]:
    """The quadratic reading :func:`tagger._most_digits_beside` replaced: every span asked."""
    return [max((other[3] for o, other in enumerate(spans)
                 if o != k and other[2] in tagger._NUMBERS
                 and "\n" not in text[min(end, other[1]):max(start, other[0])]), default=-1)
            for k, (start, end, _, _) in enumerate(spans)]


@pytest.mark.parametrize("seed", range(300))
def test_the_digits_beside_a_part_are_those_every_part_asked_found(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice("ab \n") for _ in range(rng.randint(1, 80)))
    spans = []
    for _ in range(rng.randint(0, 8)):
        start = rng.randrange(len(text))
        end = rng.randint(start, min(len(text), start + 15))
        spans.append((start, end, rng.choice(["PHONE", "NHS", "DATE", "AGE", "PERSON"]),
                      rng.randint(0, 9)))
    assert tagger._most_digits_beside(text, spans) == \
        _most_digits_beside_by_asking_each(text, spans)


def test_parts_of_a_number_in_one_turn_are_still_kept_together() -> None:
    text = "it ends oh two five nine. And before that, oh seven nine"
    spans = [(8, 24, "PHONE", 4), (43, 56, "PHONE", 3)]
    assert tagger._most_digits_beside(text, spans) == [3, 4]
    assert tagger._most_digits_beside(text.replace(". And", ".\nAnd"), spans) == [-1, -1]


#: letters and pauses said over and over: the read-once walk stays linear
LETTER_RUNS = ["w/c ", "A ... B ... ", "A, B, C, D, E, ", "s o s i mean ", "a. b. c. ",
               "P, um, Q, er, ", "J-O-N ", "x ", "ST3 FY1 "]


@pytest.mark.parametrize("said", LETTER_RUNS)
def test_the_letter_walk_is_linear_in_letters_and_pauses_said_over_and_over(said: str) -> None:
    small = _lines_run(letter_runs, lambda: letter_runs.find_letter_runs(said * 100))
    large = _lines_run(letter_runs, lambda: letter_runs.find_letter_runs(said * 400))
    assert large <= 5 * small, (small, large)


@pytest.mark.parametrize(("said", "each"), [
    ("we live in ST3, ", 1), ("moved out to FY2 now ", 1), ("live in ST3ST3 ", 0),
    ("lived in FY1 accommodation ", 0), ("live in " + " " * 40, 0), ("ST3 FY1 CT2 DT3 ", 0)])
def test_the_grade_district_recognizer_finds_each_grade_lived_in_once(said: str,
                                                                     each: int) -> None:
    recognizer = GradeDistrictRecognizer()
    for n in (1, 100, 400):
        found = recognizer.analyze(said * n, ["POSTCODE"])
        assert len(found) == each * n
        assert all((said * n)[f.start:f.end] in ("ST3", "FY2") for f in found)

