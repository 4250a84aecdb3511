"""A long run of number words ("forty-four, forty-four, ...", "one nine six four ..." said
hundreds of times in one transcript) is walked in linear (or n log n) work by the spoken
finders, never once per word over the whole run. No clock is read: each test counts the
comparisons or calls the old walks made per word (quadratic: hundreds of thousands on these
inputs) against a bound linear in the run."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from vault.anonymise.spoken import density, identifiers, mentions
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
