"""Round 22 of issue 14: a name that says what someone is like is ordinary language at a
sentence's start too ("A right Jonah, that new pager", "A bit of a Walter Mitty, him").

``vocabulary._CHARACTER`` kept "a right <Name>", "a bit of a <Name>", "a <Name> sort of ..."
only after a lower-case article, so the same figure of speech opening a sentence or a turn was
redacted as a colleague (ordinary words altered on a development author whose speakers open
turns so). The names here are made of syllables: the figure is known by its frame, not by a
list of names. A person named after an article ("A Sarah Jones called") is still a person.
"""
from __future__ import annotations

import random
import re

import pytest
from _space_assertions import engine_spans, touches
from _spoken_number_space import invented_given, invented_name

from vault.anonymise.engine import Anonymiser

FRAMES = ["Porter: {a} right {n}, that new pager, it goes off every time I sit down.",
          "{a} proper {n}, she was, crying over a paper cut.",
          "{a} bit of a {n}, him. Always the drama.",
          "I: And him?\nR: {a}n absolute {n} with the overtime.",
          "{a} {n} sort of plan, honestly."]


def _cases() -> list[str]:
    rng = random.Random(22)
    out = []
    for frame in FRAMES:
        for _ in range(4):
            name = invented_name(rng) if rng.random() < 0.5 \
                else f"{invented_given(rng)} {invented_name(rng)}"
            out.append(frame.format(a="A", n=name))
    return out


@pytest.mark.parametrize("text", _cases())
def test_a_character_at_a_sentence_start_is_kept(anonymiser: Anonymiser, text: str) -> None:
    name = re.search(r"(?:right|proper|of a|absolute|A) (?P<n>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                     r"(?=[ ,])", text)
    assert name is not None
    assert not touches(engine_spans(anonymiser, text), name.start("n"), name.end("n"))


@pytest.mark.parametrize(("text", "name"), [
    ("A Sarah Jones called for you.", "Sarah Jones"),
    ("A Dr Okafor rang about the rota.", "Okafor"),
    ("A right pain, Sarah was.", "Sarah"),
])
def test_a_person_after_an_article_is_still_redacted(anonymiser: Anonymiser, text: str,
                                                     name: str) -> None:
    at = text.index(name)
    found = [(x.start, x.end) for x in anonymiser.redact(text).replacements]
    assert any(s <= at and at + len(name) <= e for s, e in found)
