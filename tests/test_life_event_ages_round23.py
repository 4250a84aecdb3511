"""Round 23 of issue 14 (ages23): two classes of age the engine missed, on invented text
(``tests/_life_event_age_space.py``), positives and hard negatives; the positives failed before.

1. An age said as when a life event happened, after "at": "moved here at twelve", "came over at
   nineteen", "emigrated at thirty", "lost my dad at nine", "went into care at four". The
   engine's life-event rule (``spoken/ages.py``, beside "qualified at", "died at") read only an
   adult's events and an adult's age (thirteen on), and stood aside before any "to" ("emigrated
   at thirty to be near her"): it now reads the events that befall a child too (a move with where
   it went, a parent lost, care, adoption, school begun or left, home left) with any age, and
   stands aside only for what makes the number a clock time ("at nine in the morning", "at
   twelve sharp", "at nine fifteen", "o'clock").
2. A baby's or child's age in months or weeks, said as who they are, with the child's name or a
   filler between ("my wee one, Tobin, was ten months", "was honestly, nine months") or beside the
   child ("our youngest, eighteen months, never sleeps").
Hard negatives: clock times, counts, prices, durations ("ten months ago", "six months later",
"ten weeks on"), gestation ("thirty-two weeks pregnant"), ward and bed numbers.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from _life_event_age_space import space
from _mentions import failures, marked_and_kept
from _space_assertions import engine_spans

CASES = space()


def _failed(anonymiser: Any, kind: str) -> tuple[int, dict[str, list[str]]]:
    bad: dict[str, list[str]] = defaultdict(list)
    n = 0
    for shape, marked in CASES:
        if not shape.startswith(kind):
            continue
        n += 1
        text = marked_and_kept(marked)[0]
        if failures(marked, engine_spans(anonymiser, text)):
            bad[shape].append(marked)
    return n, bad


@pytest.mark.parametrize("kind", ["event/move", "event/loss", "event/care", "event/school",
                                  "event/adult", "months/"])
def test_an_age_at_a_life_event_or_in_months_is_redacted(anonymiser: Any, kind: str) -> None:
    n, bad = _failed(anonymiser, kind)
    assert n >= 10
    assert not bad, dict(bad)


@pytest.mark.parametrize("kind", ["neg/clock", "neg/count", "neg/price", "neg/duration",
                                  "neg/gestation", "neg/ward"])
def test_the_same_shapes_that_are_no_age_are_kept(anonymiser: Any, kind: str) -> None:
    n, bad = _failed(anonymiser, kind)
    assert n >= 6
    assert not bad, dict(bad)


def test_the_space_is_deterministic() -> None:
    assert space() == space()
    assert len({shape for shape, _ in CASES}) >= 15


@pytest.mark.parametrize("text", [
    "The pilot, Horizon, was six months.",
    "In the end, Leeds, was ten weeks.",
    "The rota, Version Two, was eight weeks, start to finish.",
])
def test_a_name_set_off_by_commas_with_no_child_before_it_gives_no_age(anonymiser: Any,
                                                                      text: str) -> None:
    """A months age after a name set off by commas needs a child said before the name: a
    project's or a place's length is no one's age (ages23's widening read them as ages)."""
    unit = text.index(" was ") + 5
    assert not [s for s in engine_spans(anonymiser, text, "AGE") if s[1] > unit]


@pytest.mark.parametrize("text, age", [
    ("My wee, I mean, one, Tobin, was honestly, ten months.", "ten months"),
    ("Our baby, um, you know, Ffion, was nine weeks.", "nine"),
])
def test_a_childs_name_set_off_by_commas_still_gives_the_age(anonymiser: Any, text: str,
                                                             age: str) -> None:
    start = text.index(age)
    assert any(s <= start < e for s, e in engine_spans(anonymiser, text, "AGE"))
