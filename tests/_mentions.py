"""Marked mentions for the spoken-number tests: «...» around what must be redacted, and the
scorer's leak test on them (a mention leaks if any of its tokens but function words survives);
and whether a named place's words are replaced by the engine (the place tests)."""
from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

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


def uncovered(text: str, span: tuple[int, int], found: list[tuple[int, int]]) -> list[str]:
    """The mention's tokens no finding covers (the scorer's leak test)."""
    return [t.group() for t in TOKEN.finditer(text, *span)
            if t.group().lower() not in FUNCTION
            and not any(a < t.end() and t.start() < b for a, b in found)]


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
