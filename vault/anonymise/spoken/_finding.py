"""What every spoken-form finder returns: a span of the text, its entity and a score."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

__all__ = ["Finding", "holder_test", "overlap_test"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One identifier found in the text, in the text's offsets."""

    start: int
    end: int
    #: one of the policy's entity names ("DATE", "PHONE", ...)
    entity: str
    score: float
    #: which finder found it ("spoken_date", "spoken_number", ...), for the redaction log
    detector: str


def _by_start(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` in order, and for each k the furthest end among the first k+1:
    what :func:`overlap_test` and :func:`holder_test` bisect."""
    ordered = sorted(spans)
    return [s for s, _ in ordered], list(accumulate((e for _, e in ordered), max))


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``a:b`` overlaps any of ``spans``, one bisection a question (asking
    every span each time is quadratic on a long transcript that says one thing thousands of
    times)."""
    starts, reach = _by_start(spans)

    def overlaps(a: int, b: int) -> bool:
        k = bisect_left(starts, b)  # the spans starting before b: does one end after a?
        return k > 0 and reach[k - 1] > a

    return overlaps


def holder_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether one of ``spans`` holds ``a:b`` wholly (``a:a + 1``: whether position
    ``a`` lies inside one), one bisection a question."""
    starts, reach = _by_start(spans)

    def holds(a: int, b: int) -> bool:
        k = bisect_right(starts, a)  # the spans starting at or before a: does one reach b?
        return k > 0 and reach[k - 1] >= b

    return holds
