"""Short column names from question wording, and what a question's wording suggests.

Used by :mod:`vault.surveys.draft`::

    column_name("How many years have you been in your current role?")   # "years_in_role"
    concept("In which UK region do you work?").quasi_identifier            # True

A *concept* is a kind of question that commonly identifies people in combination (job role,
region, years in post, age, gender, organisation, specialty, ethnicity): the draft flags it as a
likely quasi-identifier for the steward to review.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Concept", "column_name", "concept", "slug", "unique_name"]

_STOP = frozenset(["a", "an", "and", "are", "as", "at", "be", "been", "by", "can", "could", "did", "do", "does", "for", "from", "have", "how", "i", "if", "in", "into", "is", "it", "many", "me", "much", "my", "of", "on", "or", "our", "please", "select", "that", "the", "their", "them", "there", "this", "to", "was", "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "would", "you", "your", "all", "apply", "currently", "current", "tell", "us", "about", "anything", "else", "like", "any", "had", "has", "ve", "re", "s", "d"])


@dataclass(frozen=True)
class Concept:
    """A recognised kind of question."""

    name: str
    quasi_identifier: bool


#: (pattern over the lower-cased wording, concept); first match wins
_CONCEPTS: tuple[tuple[re.Pattern[str], Concept], ...] = tuple(
    (re.compile(p), c) for p, c in (
        (r"\bhow old\b|\bage\b|\bdate of birth\b|\byear of birth\b", Concept("age", True)),
        (r"\byears\b.*\b(role|post|job|position|practice)\b", Concept("years_in_role", True)),
        (r"\byears\b.*\b(experience|qualified|practising|practicing|service)\b",
         Concept("years_experience", True)),
        (r"\bgender\b|\bsex\b", Concept("gender", True)),
        (r"\bethnic", Concept("ethnicity", True)),
        (r"\bregion\b|\bcounty\b|\bwhere do you (work|live)\b|\blocation\b",
         Concept("region", True)),
        (r"\b(job )?role\b|\bjob title\b|\bposition\b|\bgrade\b|\boccupation\b|\bprofession\b",
         Concept("job_role", True)),
        (r"\bspecialty\b|\bspeciality\b|\bspecialism\b", Concept("specialty", True)),
        ((r"\borganis(ation|ations)\b|\borganiz(ation|ations)\b|\bemployer\b|\bworkplace\b"
         r"|\bwhich (trust|hospital|practice)\b"), Concept("organisation", True)),
    ))


def concept(wording: str) -> Concept | None:
    """The recognised concept of a question's wording, or ``None``."""
    text = wording.lower()
    for pattern, found in _CONCEPTS:
        if pattern.search(text):
            return found
    return None


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slug(text: str, *, words: int = 3) -> str:
    """The first few significant words of ``text`` as snake_case (``"col"`` if none)."""
    text = re.sub(r"\([^)]*\)", " ", _ascii(text).lower())
    tokens = [t for t in re.findall(r"[a-z0-9]+", text) if t not in _STOP]
    return "_".join(tokens[:words]) or "col"


def column_name(wording: str) -> str:
    """A short snake_case name for a question: its concept's name, else a slug."""
    found = concept(wording)
    return found.name if found is not None else slug(wording)


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name_2``, ``name_3``… — the first not in ``taken`` (which it joins)."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    taken.add(candidate)
    return candidate
