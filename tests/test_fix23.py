"""Round 23 of issue 14 (fix23): three faults round 22's readers left, each tested here on
invented text (each positive failed before its fix).

1. The letter-run fail-safe (:mod:`vault.anonymise.spoken.letter_runs`) started a fresh walk of
   up to 400 characters from every letter, so a long stretch of letters and pauses with no word
   in it ("w/c w/c w/c ...", "oh, you, oh, you, ...") was read a hundred times over: a walk that
   found nothing now carries its reading on, and the letters it read past start no walk of their
   own. Counted in tokens read, never by a clock.
2. An outward code whose letters and number are also a training grade's (ST3, FY2, CT1, DT2)
   was never a postcode, even where someone lives in it ("we live in ST3 now", "moved to FY4"):
   now taken after a living verb where nothing follows that the grade would describe, and after a
   moving verb when its number is none of a grade's; "ST3", "FY2 doctor", "moved to ST3" stay.
3. The date-or-age cue that sends a sentence to the NER (:mod:`vault.anonymise.ner_input`) spelt
   its months by hand: it lacked "Apr", "Jun", "Jul" and took "sepember"; it is composed from
   :mod:`vault.anonymise.calendar_words` now.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from vault.anonymise.ner_input import may_hold_date_or_age
from vault.anonymise.spoken import letter_runs
from vault.anonymise.spoken.letter_runs import find_letter_runs

# -- 1. the letter-run walks read each stretch once ---------------------------------------------


class _CountingTokens:
    """The letter-run finder's token pattern, counting every token a walk reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        for m in self.pattern.finditer(*args):
            self.read += 1
            yield m


def _tokens_read(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """(tokens the finder read, tokens in ``text``)."""
    counting = _CountingTokens(letter_runs._TOKEN)
    monkeypatch.setattr(letter_runs, "_TOKEN", counting)
    find_letter_runs(text)
    return counting.read, len(counting.pattern.findall(text))


@pytest.mark.parametrize("stretch", [
    "w/c ",                     # a rota's "week commencing", typed again and again
    "oh, you, ",                # letters' names that are also words, never a spelling
    "x y ",                     # two letters over and over
    "B, then um, C, and ",      # letters and pauses that never spell a word
    "Q. R. Q. R. ",
])
def test_a_long_stretch_of_letters_is_read_once(stretch: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    read, tokens = _tokens_read(stretch * 600, monkeypatch)
    assert read <= 2 * tokens


def test_letters_among_words_are_read_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a walk still reads back up to 40 characters before its letter: a constant, not 400
    read, tokens = _tokens_read("B, C cat and D, E dog " * 300, monkeypatch)
    assert read <= 4 * tokens


@pytest.mark.parametrize(("text", "run"), [
    # a spelling after a long stretch that spells nothing is still found
    ("w/c " * 200 + "and her surname, that's P, then H, then I, then L, then B, then Y.",
     "P, then H, then I, then L, then B, then Y"),
    ("oh, you, " * 150 + "it's Okwudi, oh kay double-u you dee eye, all small",
     "oh kay double-u you dee eye"),
    ("A, B, C, D and E. " * 40 + "Grealish, G, R, E, [inaudible], A, L, I, S, H",
     "G, R, E, [inaudible], A, L, I, S, H"),
])
def test_a_spelling_after_a_long_stretch_is_found(text: str, run: str) -> None:
    assert run in [text[f.start:f.end] for f in find_letter_runs(text)]


# -- 2. a district that is also a training grade, where someone lives -----------------------------

LIVED_IN_A_GRADES_DISTRICT = [
    ("We moved to «FY4» in the end, nearer her mum.", "FY4"),
    ("I live in «ST3» now.", "ST3"),
    ("She lives in «CT2», near the cathedral.", "CT2"),
    ("We've lived in «DT1» for years", "DT1"),
    ("they moved out to «FY2» when the kids came", "FY2"),
    ("I'm living in «ST5» with my partner and the dog.", "ST5"),
    ("He's based in «CT1» these days", "CT1"),
    ("we moved to «CT14» last year", "CT14"),
    ("My folks moved over to «DT9» after he retired.", "DT9"),
    ("P4: Lived in «ST4» all my life, really.", "ST4"),
]

GRADES_STAY = [
    "I'm an ST3 in general surgery.",
    "She's an FY2 doctor on the acute take.",
    "He was CT1 in anaesthetics then.",
    "I moved to ST3 in August.",
    "then I moved to ST4 and it got easier",
    "moving to CT2 next year, hopefully",
    "I moved over to FY2 in the spring.",
    "we lived in FY1 accommodation on site",
    "I was living in ST3 rota hell for a year",
    "moved from FY2 to ST1 without a break",
    "the DT1 trainees moved to DT2 in September",
    "I've just moved to ST5.",
    "living in ST3 land means nights",
    "ST3, FY2 and CT1 were all on the rota",
]


@pytest.mark.parametrize(("text", "code"), LIVED_IN_A_GRADES_DISTRICT)
def test_a_grades_district_where_someone_lives_is_redacted(anonymiser: Any, text: str,
                                                           code: str) -> None:
    plain = text.replace("«", "").replace("»", "")
    start = plain.index(code)
    spans = [(r.start, r.end) for r in anonymiser.redact(plain).replacements]
    assert any(s <= start and start + len(code) <= e for s, e in spans), text


@pytest.mark.parametrize("text", GRADES_STAY)
def test_a_training_grade_stays(anonymiser: Any, text: str) -> None:
    result = anonymiser.redact(text)
    grades = [m.span() for m in re.finditer(r"\b(?:ST|CT|DT|FY)\d\b", text)]
    assert grades
    assert not [(s, e) for s, e in grades for r in result.replacements
                if r.start < e and s < r.end], text


# -- 3. the months of the date-or-age cue ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "We started on 3 Apr that year",
    "the rota changed 14 jun",
    "it was about the 20th Jul",
    "I came back 2 Sept",
    "the exams were sat 12 Mar",
])
def test_every_months_abbreviation_is_a_cue(sentence: str) -> None:
    assert may_hold_date_or_age(sentence)


@pytest.mark.parametrize("sentence", [
    "the sepember thing had 3 parts",     # no month: a slip of the keys
    "you may have 2 goes at it",          # "may" the verb
    "it'll mar 3 weeks of work",          # "mar" the verb
    "we march 4 miles to the car park",   # "march" the verb
    "the MAR chart had 6 gaps",           # a medication record
])
def test_words_like_months_are_no_cue(sentence: str) -> None:
    assert not may_hold_date_or_age(sentence)
