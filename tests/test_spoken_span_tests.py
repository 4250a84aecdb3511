"""The shared span questions of :mod:`vault.anonymise.spoken._finding` (one bisection a
question; the finders and the engine's list mates ask them thousands of times on a long
transcript): each answers exactly as asking every span would."""
from __future__ import annotations

import random

import pytest

from vault.anonymise.spoken._finding import holder_test, overlap_test


@pytest.mark.parametrize("seed", range(5))
def test_holder_and_overlap_tests_answer_as_every_span_would(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        spans = [(a, a + rng.randrange(1, 20)) for a in
                 (rng.randrange(100) for _ in range(rng.randrange(12)))]
        holds, overlaps = holder_test(spans), overlap_test(spans)
        for _ in range(30):
            a = rng.randrange(120)
            b = a + rng.randrange(15)
            assert holds(a, b) == any(s <= a and b <= e for s, e in spans)
            assert holds(a, a + 1) == any(s <= a < e for s, e in spans)
            assert overlaps(a, b) == any(s < b and a < e for s, e in spans)


def test_no_spans_hold_or_overlap_nothing() -> None:
    assert not holder_test([])(0, 1)
    assert not overlap_test([])(0, 1)
