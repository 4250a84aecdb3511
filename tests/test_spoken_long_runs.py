"""A long run of number words ("forty-four, forty-four, ...", "one nine six four ..." said
hundreds of times in one transcript) is walked in linear (or n log n) work by the spoken
finders, never once per word over the whole run. No clock is read: each test counts the
comparisons or calls the old walks made per word (quadratic: hundreds of thousands on these
inputs) against a bound linear in the run."""
from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from vault.anonymise.spoken import density, identifiers, mentions, parts
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.numbers import number_runs


class _Counted:
    """An item or token that counts every read of its position."""

    reads = 0

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    @property
    def start(self) -> int:
        _Counted.reads += 1
        return int(self._inner.start)

    @property
    def end(self) -> int:
        _Counted.reads += 1
        return int(self._inner.end)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@dataclass
class _Run:
    items: list[_Counted]


@pytest.mark.parametrize("said", ["one nine six four ", "forty-four, ", "oh nine "])
def test_the_digits_said_in_a_long_run_read_each_item_a_few_times(
        monkeypatch: pytest.MonkeyPatch, said: str) -> None:
    text = said * 300
    runs = number_runs(text)
    n_items = sum(len(r.items) for r in runs)
    monkeypatch.setattr(density, "number_runs",
                        lambda part: [_Run([_Counted(i) for i in r.items]) for r in number_runs(part)])
    _Counted.reads = 0
    plain = density.digits_said(text, 0, len(text))
    assert _Counted.reads <= 4 * n_items  # one word per item's whole list was n_items ** 2
    monkeypatch.undo()
    assert plain == density.digits_said(text, 0, len(text))


@pytest.mark.parametrize("said", ["one nine six four ", "forty-four, "])
def test_the_mention_digits_and_groups_of_a_long_run_read_each_token_a_few_times(said: str) -> None:
    text = said * 300
    nums = mentions._Numbers(text, number_runs(text))
    digits = nums.digits(0, len(text))
    last = len(nums.tokens) - 1
    nums.tokens = [_Counted(t) for t in nums.tokens]  # type: ignore[misc]
    _Counted.reads = 0
    assert nums.digits(0, len(text)) == digits
    assert _Counted.reads <= 4 * len(nums.tokens)  # each token against every item: tokens ** 2
    _Counted.reads = 0
    for at in range(0, len(nums.tokens), 7):  # every seventh token, as the grower asks
        assert nums.group_from(at, len(text)) == (at, last)
        assert nums.group_to(at) == (0, at)
    assert _Counted.reads <= 4 * len(nums.tokens)  # each asked walked the whole group


def test_the_numbers_taken_from_a_long_run_are_chosen_in_one_walk(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "forty-four, " * 300
    runs = number_runs(text)
    n_items = sum(len(r.items) for r in runs)
    before = identifiers.find_identifier_numbers(text, runs)
    calls = 0
    kinds = identifiers._kinds

    def counted(*args: Any) -> list[str]:
        nonlocal calls
        calls += 1
        return kinds(*args)

    monkeypatch.setattr(identifiers, "_kinds", counted)
    assert identifiers.find_identifier_numbers(text, runs) == before
    assert len(before) > 50  # phone numbers: eleven digits of "4" is a number each time
    assert calls <= 16 * n_items  # each stretch once; searching each part again was n ** 2 / 6


class _Walked:
    """A compiled pattern that counts the characters its matches walk over (a greedy match to
    the end of a run reads the whole run) and the matches ``finditer`` yields."""

    walked = 0

    def __init__(self, inner: re.Pattern[str]) -> None:
        self._inner = inner

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self._inner.match(text, pos, endpos)
        if m is not None:
            _Walked.walked += m.end() - pos
        return m

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        for m in self._inner.finditer(text, pos, endpos):
            _Walked.walked += 1
            yield m

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _count_group_walks(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("_GROUP_RE", "_GROUP_OPEN", "_GROUP_STEP", "_GROUP_REST", "_DIGIT_RE"):
        if hasattr(parts, name):
            monkeypatch.setattr(parts, name, _Walked(getattr(parts, name)))
    _Walked.walked = 0


@pytest.mark.parametrize("said", ["oh seven seven double four, ", "forty-four, ", "nought one two three, "])
def test_a_bad_line_grows_each_number_of_a_long_run_without_reading_the_run_again(
        monkeypatch: pytest.MonkeyPatch, said: str) -> None:
    # a confident number in every stretch of eleven digits: each grows across the ", " to the
    # run's end; the old walk matched the rest of the run again for each (run ** 2 / 2 / 11)
    text = said * 300
    step = len(said) * 3
    seeds = [Finding(at, at + step - 2, "PHONE", 0.7, "test") for at in range(0, len(text) - step, step)]
    before = parts.stitch_bad_line(text, seeds)
    _count_group_walks(monkeypatch)
    assert parts.stitch_bad_line(text, seeds) == before
    assert len(before) == len(seeds)
    assert _Walked.walked <= 4 * len(text)


@pytest.mark.parametrize("said", ["oh seven seven double four, ", "nought one two three, "])
def test_the_zero_led_groups_of_a_long_run_are_each_read_once(
        monkeypatch: pytest.MonkeyPatch, said: str) -> None:
    text = said * 300
    dates = [Finding(at, at + 4, "DATE", 0.9, "test") for at in range(0, len(text), 50)]  # no seed
    seeds = [Finding(at, at + 20, "PHONE", 0.7, "test") for at in range(0, len(text), 40)]
    for findings in (dates, seeds, dates + seeds):
        before = parts.zero_led_numbers(text, findings)
        counted = [_Counted(f) for f in findings]
        _count_group_walks(monkeypatch)
        _Counted.reads = 0
        assert parts.zero_led_numbers(text, counted) == before  # type: ignore[arg-type]
        assert _Walked.walked <= 4 * len(text)  # each zero-led group matched to the run's end
        assert _Counted.reads <= 4 * len(findings)  # each group against every finding
        monkeypatch.undo()


def test_the_group_ends_are_the_regexs_own_wherever_they_are_asked() -> None:
    # the ends remembered along a run are those the regex gives from each position, in any
    # order of asking, also where the regex must take another way (a word glued to the run's
    # end, a separator said twice, a bracket, a digit word inside another)
    rng = random.Random(14)
    words = ["oh", "o", "zero", "nought", "one", "four", "fourteen", "forty", "forty-four", "double",
             "triple", "twice", "hundred", "seventy", "twenty", "nine", "fourth", "four-ish", "four's",
             "oh,", "and", "then", ",", ";", "-", "—", "…", "(.)", "(1.2)", "[pause]", "(a(b)", "5", "07",
             "x", "\n", "’", "double-", "oneself", "fours", "o'"]
    seps = [" ", " ", ", ", "  ", ",", "", "-", " - ", ", , ", " and ", "and"]
    for _ in range(600):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 25)))
        groups = parts._Groups(text)
        asked = list(range(len(text) + 1))
        rng.shuffle(asked)
        for at in asked:
            m = parts._GROUP_RE.match(text, at)
            assert groups.end(at) == (None if m is None else m.end("group")), (text, at)
