"""The spoken tagger's faster window finding and features (bisection instead of a map of every
token, features built per neighbour offset, no tokenising when fewer than three anchors) find
exactly what the plain first version finds: on every spoken and written development document,
and on made-up strings full of the tokeniser's edge cases."""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import _spoken_tagger_reference as ref
import pytest
from test_spoken_tagger import NEGATIVES, POSITIVES, needs_model

from vault.anonymise.spoken import tagger as tg

CORPUS = Path(__file__).resolve().parent / "corpus"
#: development sets only (never a blind set)
DEV_SETS = ("spoken/dev", "spoken/dev2", "spoken/heldout", "spoken/heldout2", "spoken/heldout3",
            "spoken/heldout4", "people_heldout", *(f"people_heldout{i}" for i in range(2, 9)),
            "people_dev", "people_dev2", "people_dev3", "names_dev", "names_heldout",
            "negatives_dev", *(f"negatives_dev{i}" for i in range(2, 6)), "corpus")
#: pieces the tokeniser and the anchors treat specially: marks, pauses, apostrophes, "_",
#: hyphens, letters whose case folds oddly, digits of other scripts, newlines
PIECES = [*"abkKſsıİio xyz-_'’.,\n\t()[]0123٣²", "one", "oh", "two", "x-ray", "kilo", "sierra",
          "at", "dot", "double", "zero", "ONE", "Oscar", "[um one]", "(2)", "(.5)", "2.5", "nine",
          "triple", "underscore", "\n\n", "\x1c", "\x85", "\u2028", "\xa0", "\u200b", "(um)",
          " well ", "honestly", "[laughs] ", "don't", "a_b"]


def _dev_documents() -> list[str]:
    sys.path.insert(0, str(CORPUS.parents[1] / "bench"))
    try:
        from anonymise_quality import STILL_BLIND
    finally:
        sys.path.remove(str(CORPUS.parents[1] / "bench"))
    assert not set(DEV_SETS) & STILL_BLIND
    return [tg.plain_text(json.loads(line)["text"])
            for name in DEV_SETS for line in (CORPUS / f"{name}.jsonl").open(encoding="utf-8")]


def _made_up(count: int) -> list[str]:
    rnd = random.Random(14)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


def test_tokens_windows_and_features_match_the_reference_on_made_up_strings() -> None:
    for text in _made_up(4000):
        assert ([m.span() for m in tg._ANCHOR.finditer(text)]
                == [m.span() for m in ref.ANCHOR.finditer(text)])
        toks = tg.tokenise(text)
        assert toks == ref.tokenise(text)
        assert tg.anchor_windows(text, toks) == ref.anchor_windows(text, toks)
        if ref.anchor_windows(text, toks):  # the cheap pre-test never skips a cluster
            assert tg._may_cluster(text, list(tg._ANCHOR.finditer(text)))
        for n in (0, 1, 2, 3, 4, 5, len(toks)):
            assert tg.features(text, toks[:n]) == ref.features(text, toks[:n])


def test_the_cheap_pre_test_skips_anchors_far_apart_and_keeps_those_close() -> None:
    far = "one well then honestly I think two and then later on we said three"
    assert not tg._may_cluster(far, list(tg._ANCHOR.finditer(far)))
    for close in ("one, two and then three", "one [long pause here] two three",
                  "one (2) two (3) three", "one supercalifragilistic two three"):
        assert tg._may_cluster(close, list(tg._ANCHOR.finditer(close))), close


@needs_model
def test_findings_match_the_reference_on_every_development_document() -> None:
    docs = _dev_documents()
    assert len(docs) > 1000
    found = 0
    for k, text in enumerate(docs):
        if k % 4 == 0:  # the parts too, on a quarter of them (the findings on all of them)
            toks = tg.tokenise(text)
            windows = tg.anchor_windows(text, toks)
            assert windows == ref.anchor_windows(text, toks)
            for a, b in windows:
                assert tg.features(text, toks[a:b]) == ref.features(text, toks[a:b])
        new = tg.find_tagged(text)
        assert new == ref.find_tagged(text)
        found += len(new)
    assert found > 1000  # the comparison covers many findings, not only empty lists


@needs_model
@pytest.mark.parametrize("text", [p for p, _ in POSITIVES] + NEGATIVES + _made_up(300))
def test_findings_match_the_reference_on_our_own_phrasings(text: str) -> None:
    plain = tg.plain_text(text)
    assert tg.find_tagged(plain) == ref.find_tagged(plain)
