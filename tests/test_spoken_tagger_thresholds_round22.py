"""Round 22 of issue 14: the spoken tagger's thresholds for GMC numbers (0.7), postcodes (0.7)
and e-mail addresses (0.6), chosen leave-one-author-out on six development folds (see the
comment above ``tagger.EMIT``). Before, every entity but the dates and ages was held to 0.8.

Invented text only (syllable-made names; the shapes of ``tests/_spoken_number_space.py``): an
e-mail said with "at symbol" or after "email me at", one read back whole; a postcode said in the
phonetic alphabet with no cue word; a GMC number read back with "nought" for "oh". Each positive
was left by the tagger at 0.8 (these tests fail there) and is kept now. The hard negatives say
numbers, letters, "at" and "dot" the same ways in ordinary talk (times, slides, bands, bingo
calls, grades, roads, scores) and are left alone at the new thresholds too.
"""
from __future__ import annotations

import pytest

from vault.anonymise.spoken import tagger as tg

POSITIVES = [
    ("P03: Email me at vornaplick at symbol wales dot nhs dot uk, that's the easiest.",
     "vornaplick at symbol wales dot nhs dot uk", "EMAIL"),
    ("P03: Email me at tressimore at btinternet dot com, that's the easiest.",
     "tressimore at btinternet dot com", "EMAIL"),
    (("P03: Gavvo dot renstock forty-four at sign gmail dot com.\n"
     "INT: Gavvo dot renstock forty-four at sign gmail dot com, lovely."),
     "Gavvo dot renstock forty-four at sign gmail dot com", "EMAIL"),
    ("P03: Send it to Echo X-ray four one, two Delta Delta, it'll get to me.",
     "Echo X-ray four one, two Delta Delta", "POSTCODE"),
    (("INT: GMC number?\nP03: Seven double three five two oh six.\n"
     "INT: Seven double three five two nought six. Thank you."),
     "Seven double three five two nought six", "GMC_NUMBER"),
]

NEGATIVES = [
    "P03: We meet at nine at the hub, dot on time, then at two at the clinic.",
    "P03: She was at band six at the time, then band seven at the trust, dot dot dot.",
    "P03: It's like bingo, B twelve, then C four, then G fifty-two, two little ducks.",
    "INT: GMC registration?\nP03: Oh, years ago, two thousand and nine, after F one and F two.",
    "P03: I'm on the register, yeah, since about two thousand and six, the GP one.",
    "P03: My email is on the sheet, at the top, the work one, dot com I think.",
    "P03: Send it to the office, it'll get to me, the M six, junction two, by the A five.",
    "P03: Six double eight, that was the score, then seven double one, then nine nil.",
]


def _found(text: str) -> list[tuple[str, str]]:
    plain = tg.plain_text(text)
    return [(plain[f.start:f.end], f.entity) for f in tg.find_tagged(plain)]


@pytest.mark.parametrize(("text", "said", "entity"), POSITIVES)
def test_kept_at_the_entity_threshold(text: str, said: str, entity: str) -> None:
    assert (said, entity) in _found(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_talk_said_the_same_way_is_left(text: str) -> None:
    assert _found(text) == []


def test_the_thresholds_chosen_on_the_folds() -> None:
    # the numbers said most (phones, NHS numbers) and the spellings stay at 0.8: below it, one
    # fold's ordinary words altered rose by more than 0.02 points
    assert dict(tg.EMIT) == {"PHONE": 0.8, "NHS_NUMBER": 0.8, "GMC_NUMBER": 0.7, "POSTCODE": 0.7,
                             "EMAIL": 0.6, "PERSON": 0.8, "DATE": 0.7, "AGE": 0.7}


def test_the_old_threshold_left_them() -> None:
    # the same spans at 0.8 (round 21's setting) were not kept: what the change adds
    old = {**tg.EMIT, "GMC_NUMBER": 0.8, "POSTCODE": 0.8, "EMAIL": 0.8}
    for text, said, entity in POSITIVES:
        plain = tg.plain_text(text)
        assert (said, entity) not in [(plain[f.start:f.end], f.entity)
                                      for f in tg.find_tagged(plain, emit=old)]
