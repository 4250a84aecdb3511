"""Round 21 of issue 14 (tune-negspace21): the hard negatives of the invented number space
(``tests/_spoken_number_space.py``) through the WHOLE engine, not the spoken finders alone.

tune-numbers21 left ten of them redacted by the engine, each by a finder or a guard outside the
grammar it widened; each is fixed here at its source, as a class:

* a clinical measure or a named score and the number it "was", "is", "'s" or "came back at"
  ("His PHQ-nine was twenty-one", "Her BMI's thirty"): the written age pattern ("was" and a
  number) took the number for an age. The engine now drops an age there whoever proposed it
  (``tagger.a_measured_number``, the tagger's own veto made public, now also after "'s");
* a reading said in words ("pulse was a hundred and twenty-four"): the NER read
  "hundred and twenty-four" as a place; a span the NER calls a place or a person that begins
  with a number said in words and holds no capital is dropped
  (``ordinary_labels.a_number_in_words``);
* bodies said letter by letter beside other bodies ("the N-H-S helpline, then the G-M-C", "the
  C Q C, and then the G M C"): the tagger's acronym veto cut "N-H-S" at its hyphens into three
  letters (no acronym) and gave up on a lone letter its run began on; the hospital pattern for
  a hospital said letter by letter ("the R V I") took "the C Q C". Hyphens and dots now join
  an acronym's letters, a lone letter beside known acronyms no longer spoils the veto, and the
  engine drops a hospital spelled as a known acronym of a body (``engine._a_body_spelled``);
* a letter and a number that name a vitamin, a drug round or a bay, then the thing they name
  ("B twelve injections and D three", "the A two round"): the tagger read them as a postcode. A
  postcode's outward code is followed by its inward code, a filler or a joining word, never
  by an ordinary noun (``tagger._a_thing_named``).
"""
from __future__ import annotations

import re

import pytest
from _mentions import marked_and_kept as parse
from _spoken_number_space import cases

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken import tagger as tg

NEGATIVES = sorted({shape for shape, _ in cases("neg/")})
TOKEN = re.compile(r"[^\W_]+")


def _touched(anonymiser: Anonymiser, marked: str) -> list[str]:
    """The kept words of ``marked`` some replacement of the engine touches."""
    text, _, kept = parse(marked)
    found = [(r.start, r.end) for r in anonymiser.redact(text).replacements]
    return [text[a:b] for a, b in kept if any(s < b and a < e for s, e in found)]


def _covered(anonymiser: Anonymiser, text: str, said: str, entity: str) -> bool:
    """Whether a replacement of ``entity`` covers every word of ``said`` in ``text``."""
    at = text.index(said)
    found = [(r.start, r.end) for r in anonymiser.redact(text).replacements
             if r.entity_type == entity]
    return all(any(s <= t.start() and t.end() <= e for s, e in found)
               for t in TOKEN.finditer(text, at, at + len(said)))


@pytest.mark.parametrize("shape", NEGATIVES)
def test_the_engine_keeps_every_hard_negative_of_the_number_space(
        anonymiser: Anonymiser, shape: str) -> None:
    touched = {t: _touched(anonymiser, t) for s, t in cases("neg/") if s == shape}
    assert not {t: m for t, m in touched.items() if m}


KEPT = [
    # measures and scores, said our own way
    "P2: His oxygen was ‹eighty-eight› on air, so we called it in.",
    "P2: Her temperature was ‹thirty-nine›, and climbing.",
    "P2: The MoCA was ‹twenty-three›, a bit low.",
    "P2: Her score's ‹seventeen› on the anxiety one.",
    "P2: Systolic was ‹ninety›, and the pulse ‹a hundred and twelve›.",
    "P2: Her weight was ‹sixty-three›, down from ‹seventy›.",
    "P2: Her ferritin was ‹twelve›, so she had the iron.",
    "P2: The lactate was ‹four›, and rising.",
    # bodies letter by letter
    "P2: Then the ‹H C P C› wrote back, and the ‹G M C› never did.",
    "P2: It went to the ‹D B S›, and then the ‹N M C›.",
]


@pytest.mark.parametrize("text", KEPT)
def test_the_engine_keeps_our_own_phrasings_of_each_class(anonymiser: Anonymiser,
                                                           text: str) -> None:
    assert not _touched(anonymiser, text)


FOUND = [
    # an age after "was" with a person as its subject is still an age
    ("P2: My nan was ninety-one when she died.", "ninety-one", "AGE"),
    ("P2: I was forty-four when I qualified.", "forty-four", "AGE"),
    ("P2: Her husband's seventy-eight now.", "seventy-eight", "AGE"),
    # a postcode said with a filler or a cue word inside is still a postcode
    ("P2: The postcode's B twelve, er, nine D X.", "B twelve, er, nine D X", "POSTCODE"),
    ("P2: It's L S six, then four J T, the postcode.", "L S six, then four J T", "POSTCODE"),
    # a surname spelled with hyphens is still a spelling
    ("P2: The surname's Gorvan, G-O-R-V-A-N.", "G-O-R-V-A-N", "PERSON"),
]


@pytest.mark.parametrize(("text", "said", "entity"), FOUND)
def test_the_engine_still_finds_what_shares_the_shape(anonymiser: Anonymiser, text: str,
                                                      said: str, entity: str) -> None:
    assert _covered(anonymiser, text, said, entity)


def test_a_measured_number_is_said_after_the_measure() -> None:
    for text in ("His PHQ-nine was ", "Her BMI's ", "pulse was ", "The MMSE came back at ",
                 "His haemoglobin was ", "the white cell count was "):
        assert tg.a_measured_number(text + "twenty", len(text))
    for text in ("My mum was ", "He's ", "When I was "):
        assert not tg.a_measured_number(text + "twenty", len(text))


@pytest.mark.parametrize(("text", "said", "entity", "kept"), [
    ("P2: She needed B twelve injections and D three.", "B twelve injections and D three",
     "POSTCODE", None),
    ("P2: I did the A two round, then B six nights.", "A two round, then B six", "POSTCODE", None),
    ("P2: We called the N-H-S helpline, then the G-M-C.", "N-H-S helpline, then the G-M-C",
     "PERSON", None),
    ("P2: First the G-M-C, then the B-M-A.", "C, then the B-M-A", "PERSON", None),
    # what shares the shape is kept as before
    ("P2: The postcode's B twelve, er, nine D X.", "B twelve, er, nine D X", "POSTCODE",
     "B twelve, er, nine D X"),
    ("P2: It's S K nine, as in nine, four J T.", "S K nine, as in nine, four J T", "POSTCODE",
     "S K nine, as in nine, four J T"),
    ("P2: It's L S six, then four J T.", "L S six, then four J T", "POSTCODE",
     "L S six, then four J T"),
    ("P2: The surname's G-O-R-V-A-N.", "G-O-R-V-A-N", "PERSON", "G-O-R-V-A-N"),
])
def test_the_tagger_trims_away_vitamins_rounds_and_bodies(text: str, said: str, entity: str,
                                                          kept: str | None) -> None:
    """A tagged run over ``said`` (as the tagger reads these when it is sure of them)."""
    at = text.index(said)
    toks = [(s, e) for s, e in tg.tokenise(text) if at <= s and e <= at + len(said)]
    span = tg._trimmed(text, toks, entity)
    assert (span and text[span[0]:span[1]]) == kept
