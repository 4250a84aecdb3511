"""The word lists the recognizers read: names, places, word-names and ordinary English words.

Every list is a text file shipped in ``vault/anonymise/data`` (sources and licences in its
``LICENSE.md``; rebuilt offline by ``build_gazetteers.py``), read once per process on first use
and cached, so importing this module costs nothing::

    from vault.anonymise.wordlists import is_english_word, word_names
    is_english_word("Burnout")      # True: a capitalised ordinary word, not a name by itself
    "Grace" in word_names()         # True: a first name that is also a word, decided by context

Lookups are by whole word (sets), never by scanning: the recognizers find capitalised words
with one regex and ask these sets about each.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

__all__ = [
    "WORD_NAME_EXTRAS",
    "GazetteerIndex",
    "english_words",
    "is_english_word",
    "load_term_list",
    "rare_word_names",
    "trie_pattern",
    "word_names",
    "world_places",
]

_DATA_PACKAGE = "vault.anonymise"

#: first names that are also ordinary words, beyond the shipped list's Faker-derived ones
#: ("Will", "May" and "Robin" are not in Faker's lists); general English, not corpus-specific
WORD_NAME_EXTRAS: frozenset[str] = frozenset("""
Will May June April August Rob Robin Hope Grace Joy Rose Amber Frank Bill Mark Faith Holly Ivy
Sandy Pat Summer Dawn Jack Ruby Jade Pearl Iris Heather Crystal Sky Violet Daisy Bob Sunny Art
Don Guy Harry Jay Ray Rich Rusty Lily Poppy Olive Hazel Ginger Honey Autumn Destiny Liberty
Patience Prudence Constance Cliff Dale Glen Wade Carol Sue Nick Penny Charity Lance Drew Grant
Gene Angel Blessing Precious Favour Gift Comfort Peace Mercy Memory Goodluck Marvel Miles Reed
Wren Willow Fern Sage Basil Bud Buck Chip Chuck Rod Dusty Misty Melody Harmony Verity Honour
Ernest Jewel Coral Cherry Myrtle Flora Earl Eve Job Lucky Man Mad Sad Said Raid Nail Loot Forum
Corona Brandy Diamond Duke Innocent Marina Lavender Rosemary Jasmine Hunter Chase Mason Warren
Dean Sherry Sierra Savannah Valentine Noel Randy Max Chad Tanner
""".split())  # noqa: SIM905


@functools.cache
def load_term_list(name: str) -> frozenset[str]:
    """A word list shipped in ``vault/anonymise/data`` (one term a line, ``#`` comments)."""
    text = resources.files(_DATA_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@functools.cache
def english_words() -> frozenset[str]:
    """Lower-case ordinary English words (SCOWL), plus spaCy's stop words."""
    return load_term_list("english_words.txt") | frozenset(STOP_WORDS)


def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case, possessive ignored) is an ordinary English word."""
    key = re.sub(r"['’]s?$", "", word).lower()
    words = english_words()
    return key in words or (key.endswith("s") and key[:-1] in words)


@functools.cache
def word_names() -> frozenset[str]:
    """First names that are also common words ("Grace", "Will", "Amber"): names only in
    context (a capital mid-sentence, a verb of saying, an apposition, a title). Names whose
    word is rare ("Tom", "Peter", "Sally": ``data/word_names.txt`` less these) are names."""
    return WORD_NAME_EXTRAS


@functools.cache
def rare_word_names() -> frozenset[str]:
    """First names that are also dictionary words, but rarely used as them ("Tom", "John",
    "Sally"): plain first names for the recognizers."""
    return load_term_list("word_names.txt") - WORD_NAME_EXTRAS


@functools.cache
def world_places() -> frozenset[str]:
    """Countries and big cities abroad (``data/world_places.txt``)."""
    return load_term_list("world_places.txt")


def trie_pattern(terms: Iterable[str]) -> str:
    """One regex alternation for many literal terms, nested by shared prefix, so matching costs
    a walk down the trie instead of a try per term. Longest terms win (greedy optionals)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


#: a capitalised token where a gazetteer term may start ("Chester-le-Street", "King's")
_TOKEN = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?:-[\w'’]+)*")
_TOKEN_WORD = re.compile(r"[A-Z][\w'’]*(?:-[\w'’]+)*")
#: what may follow a term: not more of a word, nor a contraction ("Hexham's" is fine)
_END = re.compile(r"(?![\w-]|['’]\w\w)")


class GazetteerIndex:
    """Many literal terms found by looking up each capitalised token, not by a regex over all
    of them: building it costs a dict, not a regex compile, and scanning costs one cheap
    regex plus a dict lookup per capital. Longest term first at each position, leftmost
    first, no overlaps: the matches of the equivalent trie regex."""

    def __init__(self, terms: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for term in terms:
            first = _TOKEN_WORD.match(term)
            if first is None:
                continue
            by_first.setdefault(first.group(), []).append(term)
        self._by_first = {k: sorted(set(v), key=len, reverse=True) for k, v in by_first.items()}

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every term in ``text``."""
        after = 0
        for m in _TOKEN.finditer(text):
            start = m.start()
            if start < after:
                continue
            terms = self._by_first.get(m.group())
            if terms is None:
                # the token may run past the term ("Hexham's" holds "Hexham"): try its stem
                stem = re.match(r"[A-Z][\w]*", m.group())
                terms = self._by_first.get(stem.group()) if stem else None
                if terms is None:
                    continue
            for term in terms:
                end = start + len(term)
                if text.startswith(term, start) and _END.match(text, end):
                    yield start, end
                    after = end
                    break
