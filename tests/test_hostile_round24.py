"""Hostile text for round 24: the engine's invariants on inputs earlier rounds did not try.

The texts are invented: each finder's cue words said thousands of times, number words and
digit groups in long runs, speaker labels over and over, mixed scripts, zero-width and bidi
characters, CRLF and lone CR, NUL and other control characters, lines of 100,000 characters,
unmatched brackets and quotes, and registers with odd names. No text may stop the engine (with
or without a register), and no run said over and over may cost more than linear work: counted
in the lines a module runs for a run said n and 4n times (never a clock).

What the hunt found (each test below failed before its fix):

- typed dates said in a row on one line ("12/03 12/03 ..."): the whole-mention walk counted
  the digits of the whole rest of the line's group for each number beside it, and asked whether
  that group was a date, only to find it far too long to be the number's rest: x15 work for x4
  (now :meth:`mentions._Numbers.digits` stops counting once a part cannot fit);
- a line of thousands of one mark ("((((", "****", quotes) before a name in a sentence the
  model reads: spaCy's tokenizer strips a word's marks one at a time, handing back the rest
  each time, x16 characters read for x4 (now :class:`ner_input.NerInput` gives the model such a
  run as spaces of the same length).
"""
from __future__ import annotations

import bisect
import random
from typing import Any

import pytest
from test_engine_hostile_text import _lines_run

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken import mentions
from vault.anonymise.spoken._finding import overlap_test
from vault.anonymise.spoken.recognizer import find_spoken_forms

# -- said thousands of times: work linear in the run -------------------------------------------

#: digit groups and typed dates said over and over on one line
MENTION_RUNS = ["12/03 ", "12/03, ", "12/03/90 ", "07700 ", "1/2 ", "oh seven double "]


@pytest.mark.parametrize("said", MENTION_RUNS)
def test_the_whole_mention_walk_is_linear_in_numbers_said_in_a_row(said: str) -> None:
    small = _lines_run(mentions, lambda: find_spoken_forms(said * 100))
    large = _lines_run(mentions, lambda: find_spoken_forms(said * 400))
    # each number beside a run counted the run's digits to the line's end: 15x
    assert large <= 5 * small, (small, large)


def _digits_by_reading_all(nums: mentions._Numbers, start: int, end: int) -> int:
    """What :meth:`mentions._Numbers.digits` counted before it could stop early: every parser
    item and token of ``text[start:end]`` read."""
    i = bisect.bisect_left(nums.item_starts, start)
    parsed = []
    while i < len(nums.items) and nums.items[i][0] < end:
        if nums.items[i][1] <= end:
            parsed.append(nums.items[i])
        i += 1
    count = sum(n for _, _, n in parsed)
    overlaps_parsed = overlap_test((a, b) for a, b, _ in parsed)
    for t in nums.tokens[bisect.bisect_left(nums.starts, start):]:
        if t.start >= end:
            break
        if not overlaps_parsed(t.start, t.end):
            count += len(t.digits)
    return count


@pytest.mark.parametrize("seed", range(200))
def test_the_digits_of_a_part_are_those_reading_all_of_it_found(seed: int) -> None:
    from vault.anonymise.spoken.numbers import number_runs

    rng = random.Random(seed)
    words = ["oh", "seven", "double", "four", "07700", "12/03", "three hundred and forty-eight",
             "twenty", "nineteen", "and", "the", "er,", "1", "2000", "sixty-six", "\n"]
    text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
    nums = mentions._Numbers(text, number_runs(text))
    for _ in range(20):
        start = rng.randrange(len(text) + 1)
        end = rng.randint(start, len(text))
        whole = _digits_by_reading_all(nums, start, end)
        assert nums.digits(start, end) == whole
        most = rng.randint(-1, 12)
        said = nums.digits(start, end, most=most)
        assert said == whole if whole <= most else most < said <= whole


# -- long runs of marks before a name: what spaCy's tokenizer reads -----------------------------


class _CountedSearch:
    """A tokenizer's prefix or suffix search that counts the characters it is handed."""

    def __init__(self, search: Any) -> None:
        self.search, self.read = search, 0

    def __call__(self, text: str) -> Any:
        self.read += len(text)
        return self.search(text)


#: a line of one mark, thousands long, in a sentence the model reads (a capitalised name)
MARK_RUNS = ["(", '"', "*", ")", "([", "“", "‘["]


@pytest.mark.parametrize("mark", MARK_RUNS)
def test_a_long_run_of_marks_is_not_stripped_off_one_at_a_time(
        anonymiser: Anonymiser, monkeypatch: pytest.MonkeyPatch, mark: str) -> None:
    tokenizer = anonymiser.nlp.tokenizer
    prefixes, suffixes = (_CountedSearch(tokenizer.prefix_search),
                          _CountedSearch(tokenizer.suffix_search))
    monkeypatch.setattr(tokenizer, "prefix_search", prefixes)
    monkeypatch.setattr(tokenizer, "suffix_search", suffixes)

    def read(n: int) -> int:
        prefixes.read = suffixes.read = 0
        text = f"P01: Then {mark * n}Quennell{mark * n} came in"
        redaction = anonymiser.redact(text)
        assert "Quennell" not in redaction.text  # still a name to the model
        return prefixes.read + suffixes.read

    small, large = read(500), read(2000)
    # spaCy strips a word's marks one by one, handing it the rest each time: 16x
    assert large <= 5 * small + 1000, (small, large)


def test_the_model_reads_a_long_run_of_marks_as_spaces_and_short_ones_as_written() -> None:
    from vault.anonymise.ner_input import NerInput

    for marks, kept in [("(" * 5000, False), ("*" * 64, False), ("=" * 63, True),
                        ("(((", True), ("“[", True)]:
        text = f"P01: We met {marks}Quennell at the Lysander gate."
        packed = NerInput.of(text)
        at = packed.text.index("Quennell")
        assert packed.original(at) == text.index("Quennell")  # offsets kept
        assert (marks in packed.text) is kept
