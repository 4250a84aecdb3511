"""Round 26: a pair of anchors opens the spoken tagger's window too, when it is said in the turn
and counts nothing (vault/anonymise/spoken/tagger.py, ``_a_pair_said``)."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken import tagger as tg


def _windowed(text: str, *, pairs: bool = True) -> list[str]:
    toks = tg.tokenise(text)
    return [text[toks[a][0]:toks[b - 1][1]] for a, b in tg.anchor_windows(text, toks, pairs=pairs)]


@pytest.mark.parametrize("text", [
    "Int: Which year, then?\n\nResp: Fifty-three, was that it?",
    "R: she said it was eighty-four, honestly",
    "Nurse: the code for the side door is four nine",
    "P: then my number, it's oh seven",
])
def test_a_pair_said_in_the_turn_opens_a_window(text: str) -> None:
    assert _windowed(text)
    assert not _windowed(text, pairs=False)  # the model is trained on clusters of three alone


@pytest.mark.parametrize("text", [
    "P: The lambs are thirty-one weeks now, give or take.",  # a quantity: counted, measured
    "R: We sat there for forty-five minutes in the car.",
    "R: it came to twenty-six pounds, all in",
    "R: they pay £12.35 an hour, which is nothing",  # money, a share
    "R: we went from 64% to 79% in a year",
    "OH-014 (nurse): June, I think.",  # the speaker's code, not the turn
    "Carer 3 (pair 2): Yes, that was the winter.",
    "R: Right.\nGP-12, retired (site 4): The spring, after the move.",
])
def test_a_pair_that_counts_or_labels_a_speaker_opens_none(text: str) -> None:
    assert not _windowed(text)


def test_a_pair_after_the_label_is_said_in_the_turn() -> None:
    # the label's colon ends it: the pair after it opens a window; a clock's colon ends no label
    assert _windowed("Carer A (day shift): twenty-eight, I told her")
    assert _windowed("At 10:45 she said ninety-one, then nothing")


def test_a_cluster_of_three_opens_a_window_whatever_follows() -> None:
    assert _windowed("OH-014 (nurse): seven three one weeks")


def test_the_label_is_looked_for_only_as_far_back_as_a_label_reaches() -> None:
    # a long line: each pair looks back a label's length at most, not to the line's start
    text = "R: " + "and then, well, twenty-two, " * 400
    toks = tg.tokenise(text)
    assert len(tg.anchor_windows(text, toks)) == 1  # the windows of the pairs merge
    assert not tg._may_cluster("one " + "word " * 3 + "two", list(tg._ANCHOR.finditer(
        "one " + "word " * 3 + "two")))
    assert tg._may_cluster("one word two", list(tg._ANCHOR.finditer("one word two")))
