"""What every spoken-form finder returns: a span of the text, its entity and a score."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

__all__ = ["Finding", "overlap_test"]


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


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``a:b`` overlaps any of ``spans``, one bisection a question (asking
    every span each time is quadratic on a long transcript that says one thing thousands of
    times)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))  # the furthest end of the first k

    def overlaps(a: int, b: int) -> bool:
        k = bisect_left(starts, b)  # the spans starting before b: does one end after a?
        return k > 0 and reach[k - 1] > a

    return overlaps
