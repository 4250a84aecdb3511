"""Marked mentions for the spoken-number tests: «...» around what must be redacted, and the
scorer's leak test on them (a mention leaks if any of its tokens but function words survives);
and whether a named place's words are replaced by the engine (the place tests).

The helpers the anonymise and spoken tests share (one copy here, imported, rather than one in
every test file): what the engine replaced (:func:`replaced`, :func:`replaced_words`,
:func:`replaced_spans`), whether a name is covered or a word kept (:func:`covered_words`,
:func:`in_replaced`, :func:`kept`), whether one replacement holds a stretch of the text or some
replacement overlaps it, the stretch given by its offsets (:func:`span_covered`,
:func:`span_touched`) or as a part of the text, its n-th occurrence (:func:`nth_covered`), and
whether the spoken-form finders cover a part of a text or leave it alone
(:func:`spoken_covered`, :func:`spoken_untouched`)."""
from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from vault.anonymise.spoken.recognizer import find_spoken_forms

THRESHOLD = 0.5  # the shipped policy's
#: the scorer's tokens, and the function words it ignores inside a mention
TOKEN = re.compile(r"[^\W_]+")
FUNCTION = {"the", "of", "and", "in", "upon", "on", "at", "dot", "s"}


def marked(text_with_marks: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without its «» marks, and the spans they enclosed."""
    text, spans, at = "", [], 0
    for m in re.finditer(r"«([^»]*)»", text_with_marks):
        text += text_with_marks[at:m.start()]
        spans.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        at = m.end()
    return text + text_with_marks[at:], spans


def marked_and_kept(marked: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The text, the «gold» spans and the ‹kept› spans."""
    text, gold, kept, at = "", [], [], 0
    for m in re.finditer(r"«([^»]*)»|‹([^›]*)›", marked):
        text += marked[at:m.start()]
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        (gold if m.group(1) is not None else kept).append((len(text), len(text) + len(inner)))
        text += inner
        at = m.end()
    return text + marked[at:], gold, kept


def uncovered(text: str, span: tuple[int, int], found: list[tuple[int, int]]) -> list[str]:
    """The mention's tokens no finding covers (the scorer's leak test)."""
    return [t.group() for t in TOKEN.finditer(text, *span)
            if t.group().lower() not in FUNCTION
            and not any(a < t.end() and t.start() < b for a, b in found)]


def failures(marked: str, found: list[tuple[int, int]]) -> list[str]:
    """For a text with «gold» and ‹kept› marks (:func:`marked_and_kept`) and the spans found in
    it: the gold mentions' tokens no span covers (:func:`uncovered`), then the kept stretches a
    span touches (the invented spaces' tests read both: a leak, an over-redaction)."""
    text, gold, kept = marked_and_kept(marked)
    bad = [word for span in gold for word in uncovered(text, span, found)]
    bad += [text[a:b] for a, b in kept if any(s < b and a < e for s, e in found)]
    return bad


def name_covered(anonymiser: Any, text: str, name: str,
                 ignore: Collection[str] = ("and", "the", "of")) -> bool:
    """Every word of ``name`` (its first occurrence in ``text``; a trailing comma is not part of
    a word) but the ``ignore``d ones lies inside one of the engine's replacements."""
    spans = [(r.start, r.end) for r in anonymiser.redact(text).replacements]
    at, i, words = text.index(name), 0, []
    for word in name.split():
        i = name.index(word, i)
        bare = word.rstrip(",")
        if bare not in ignore:
            words.append((at + i, at + i + len(bare)))
        i += len(word)
    return all(any(s <= a and b <= e for s, e in spans) for a, b in words)


def replaced(anonymiser: Any, text: str, register: Any = None) -> list[str]:
    """The text of every span the engine replaced in ``text``."""
    return [text[r.start:r.end] for r in anonymiser.redact(text, register=register).replacements]


def replaced_spans(anonymiser: Any, text: str) -> list[tuple[int, int, str]]:
    """Every span the engine replaced in ``text``, with its entity type."""
    return [(r.start, r.end, r.entity_type) for r in anonymiser.redact(text).replacements]


def span_covered(anonymiser: Any, text: str, start: int, end: int) -> bool:
    """One replacement holds all of ``text[start:end]``."""
    return any(s <= start and end <= e for s, e, _ in replaced_spans(anonymiser, text))


def span_touched(anonymiser: Any, text: str, start: int, end: int) -> bool:
    """Some replacement overlaps ``text[start:end]``."""
    return any(s < end and start < e for s, e, _ in replaced_spans(anonymiser, text))


def replaced_words(anonymiser: Any, text: str) -> set[str]:
    """The words (split on white space) of the spans the engine replaced in ``text``."""
    return {w for span in replaced(anonymiser, text) for w in span.split()}


def covered_words(anonymiser: Any, text: str, name: str) -> bool:
    """Every word of ``name`` (its first occurrence in ``text``) lies inside one replacement."""
    spans = [(r.start, r.end) for r in anonymiser.redact(text).replacements]
    words, pos = [], text.index(name)
    for word in name.split():
        pos = text.index(word, pos)
        words.append((pos, pos + len(word)))
        pos += len(word)
    return all(any(a <= s and e <= b for a, b in spans) for s, e in words)


def in_replaced(anonymiser: Any, text: str, name: str) -> bool:
    """Some replaced span holds ``name``."""
    return any(name in span for span in replaced(anonymiser, text))


def kept(anonymiser: Any, text: str, word: str) -> bool:
    """No replaced span holds ``word``."""
    return not in_replaced(anonymiser, text, word)


def spoken_covered(text: str, part: str, entity: str | None = None,
                   threshold: float = THRESHOLD) -> bool:
    """The spoken-form findings (of ``entity``, if given; scored ``threshold`` or more) cover
    every letter and digit of ``part`` (its first occurrence in ``text``)."""
    start = text.index(part)
    spans = [(f.start, f.end) for f in find_spoken_forms(text)
             if f.score >= threshold and (entity is None or f.entity == entity)]
    return all(any(a <= i < b for a, b in spans)
               for i in range(start, start + len(part)) if text[i].isalnum())


def spoken_untouched(text: str, part: str, entity: str | None = None) -> bool:
    """No spoken-form finding (of ``entity``, if given) scored ``THRESHOLD`` or more overlaps
    ``part`` (its first occurrence in ``text``)."""
    start = text.index(part)
    end = start + len(part)
    return not any(f.start < end and start < f.end and f.score >= THRESHOLD
                   and (entity is None or f.entity == entity) for f in find_spoken_forms(text))


def nth_covered(anonymiser: Any, text: str, word: str, n: int) -> bool:
    """The ``n``-th occurrence (0-based) of ``word`` lies inside a replacement."""
    spans = [(r.start, r.end) for r in anonymiser.redact(text).replacements]
    at = -1
    for _ in range(n + 1):
        at = text.index(word, at + 1)
    return any(a <= at and at + len(word) <= b for a, b in spans)


def _phrase_words(text: str, phrase: str) -> list[tuple[int, int]]:
    """The words of ``phrase`` (its first occurrence in ``text``) as spans of ``text``."""
    at = text.index(phrase)
    return [(at + m.start(), at + m.end()) for m in re.finditer(r"[\w'’]+", phrase)]


def every_word_touched(anonymiser: Any, text: str, phrase: str) -> bool:
    """Every word of ``phrase`` overlaps some replacement."""
    spans = [(r.start, r.end) for r in anonymiser.redact(text).replacements]
    return all(any(s < e2 and s2 < e for s2, e2 in spans) for s, e in _phrase_words(text, phrase))


def no_word_touched(anonymiser: Any, text: str, phrase: str) -> bool:
    """No word of ``phrase`` overlaps a replacement."""
    spans = [(r.start, r.end) for r in anonymiser.redact(text).replacements]
    return not any(s < e2 and s2 < e for s2, e2 in spans for s, e in _phrase_words(text, phrase))
