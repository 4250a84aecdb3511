"""Ordinary language that looks like identifiers: where in a text nothing may be redacted.

Transcripts about mentoring name theorists and models ("Kolb's learning cycle", "Hawkins and
Shohet's seven-eyed model"), eponyms ("Bell's palsy", "Parkinson's disease"), national bodies
that contain a place ("NHS England", "the Royal College of Surgeons of Edinburgh") and idioms
with names ("every Tom, Dick and Harry", "Bob's your uncle"). :func:`vocabulary_spans` finds
them; the engine drops a detection that lies wholly inside one (a detection that reaches
outside, as "Riverside" in "Riverside General Practice", is kept)::

    spans = vocabulary_spans(text, phrases=policy.allow_phrases)

The phrases (idioms, bodies) are data, from the policy's ``[allow] phrases``; the grammar of
"<Name>'s <model noun>" is here. A name in that grammar still counts as a person when a title
or a first name stands before it ("Dr Proctor's model") or it is a common first name.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from vault.anonymise.wordlists import load_term_list

__all__ = ["MODEL_NOUNS", "PhraseIndex", "vocabulary_spans"]

#: nouns that make "<Name>'s <noun>" a theory, model or eponym rather than a person's thing
MODEL_NOUNS = (
    "model", "models", "cycle", "cycles", "theory", "theories", "framework", "frameworks",
    "window", "triangle", "rules", "hierarchy", "stages", "curve", "inventory", "scale",
    "principle", "principles", "effect", "law", "razor", "wheel", "matrix", "grid", "pyramid",
    "ladder", "mindset", "categories", "functions", "syndrome", "disease", "palsy",
    "phenomenon", "paradox", "fallacy", "reflex", "classification", "criteria", "index",
    "taxonomy", "typology", "questionnaire", "interventions", "spiral", "loop", "map",
    "levels", "steps", "conditions", "zone", "factors", "domains", "dimensions", "phases",
    "quadrants", "continuum", "paradigm", "competencies", "constructs", "spectrum", "cone",
)
_NAME = r"[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Z][a-zà-öø-ÿ]+)*"
_TITLE = r"(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame)\.?"
_CONSTRUCTION = re.compile(
    r"(?<![\w'’-])(?P<names>" + _NAME + r"(?:(?:[ \t]+and[ \t]+|[ \t]*&[ \t]*)" + _NAME + r")?)"
    r"(?:['’]s|s['’]|['’])?[ \t]+(?:(?:[a-z][a-z-]*|[A-Z]{2,6})[ \t]+){0,2}(?:"
    + "|".join(MODEL_NOUNS) + r")\b")
_ROYAL_COLLEGE = re.compile(
    r"\b(?:Royal[ \t]+Colleges?|Faculty|Academy)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"[A-Z][a-z]+(?:(?:,?[ \t]+(?:and|&)[ \t]+|,[ \t]+|[ \t]+)[A-Z][a-z]+){0,5}"
    r"(?:[ \t]+(?:of|in|for)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?")
_BEFORE = re.compile(r"(?:(?P<title>" + _TITLE + r")|(?P<word>[A-Z][a-z]+))[ \t]+\Z")


class PhraseIndex:
    """Literal phrases found case-insensitively as whole words, one regex for all of them."""

    def __init__(self, phrases: Iterable[str]) -> None:
        alts = sorted({" ".join(p.split()) for p in phrases if p.strip()}, key=len, reverse=True)
        body = "|".join(r"[ \t]+".join(re.escape(w).replace("'", "['’]") for w in p.split())
                        for p in alts)
        self._pattern = (re.compile(r"(?<![\w'’-])(?:" + body + r")(?![\w-])", re.IGNORECASE)
                         if body else None)

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self._pattern.finditer(text)] if self._pattern else []


def _first_names() -> frozenset[str]:
    return load_term_list("first_names.txt")


def vocabulary_spans(text: str, phrases: PhraseIndex | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` that are ordinary language: policy phrases, "<Name>'s <model noun>"
    constructions and royal colleges, faculties and academies."""
    out = phrases.spans(text) if phrases is not None else []
    first = _first_names()
    for m in _CONSTRUCTION.finditer(text):
        names = m.group("names")
        if any(n in first for n in re.split(r"[ \t]+and[ \t]+|[ \t]*&[ \t]*", names)):
            continue  # "Sarah's model": a person's
        before = _BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before is not None and (before.group("title") or before.group("word") in first):
            continue  # "Dr Proctor's model", "Jane Proctor's framework"
        out.append(m.span("names"))
        out.append(m.span())  # and what they name: "PERMA" in "Seligman's PERMA model"
    out.extend(m.span() for m in _ROYAL_COLLEGE.finditer(text))
    return out
