"""The two checks the invented spaces' tests make of the engine's spans, one copy (round 23):
a «gold» mention is covered by the scorer's leak test (:func:`_mentions.uncovered`: no token
but a function word left outside every span), and a kept word is untouched (no span overlaps
it). The spans are the engine's replacements (:func:`engine_spans`), of one entity type when
asked ("no hospital overlaps this word")."""
from __future__ import annotations

from typing import Any

from _mentions import marked, uncovered

Span = tuple[int, int]


def engine_spans(anonymiser: Any, text: str, entity: str | None = None) -> list[Span]:
    """The spans the engine replaces in ``text`` (of ``entity`` only, when given)."""
    return [(r.start, r.end) for r in anonymiser.redact(text).replacements
            if entity is None or r.entity_type == entity]


def touches(found: list[Span], start: int, end: int) -> bool:
    """Some span of ``found`` overlaps ``[start, end)``."""
    return any(s < end and start < e for s, e in found)


def touched_kept(text: str, kept: list[Span], found: list[Span]) -> list[str]:
    """The kept stretches of ``text`` a span of ``found`` overlaps."""
    return [text[a:b] for a, b in kept if touches(found, a, b)]


def all_covered(text: str, gold: list[Span], found: list[Span]) -> bool:
    """Every gold mention of ``text`` has each token but function words inside a span."""
    return all(not uncovered(text, g, found) for g in gold)


def assert_gold_covered(anonymiser: Any, marked_text: str) -> None:
    """Every «gold» mention of ``marked_text`` is covered by the engine's spans."""
    plain, gold = marked(marked_text)
    assert all_covered(plain, gold, engine_spans(anonymiser, plain)), marked_text


def assert_word_untouched(anonymiser: Any, text: str, word: str,
                          entity: str | None = None) -> None:
    """No span of the engine's (of ``entity``, when given) overlaps ``word`` (its first
    occurrence in ``text``)."""
    start = text.index(word)
    assert not touches(engine_spans(anonymiser, text, entity), start, start + len(word)), text
