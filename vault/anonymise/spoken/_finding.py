"""What every spoken-form finder returns: a span of the text, its entity and a score."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Finding"]


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
