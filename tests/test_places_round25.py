"""Round 25 of issue 14: places as people say them, two classes that development authors of
spoken transcripts each wrote in ways of their own and the engine left in the text:

* a tenement flat's number said with "flat" ("flat two stroke one, fourteen Gorsebank
  Road"), or after its street ("thirty Mellick Street, flat three stroke two"): the stroke
  shape began at the number and left "flat" behind, took no filler between the parts, the
  flat-then-street shape no door after the floor, and nothing read a flat after a street
  (``spoken/addresses._STROKE_ADDRESS``, ``_FLAT``, ``lines_after_streets``);
* a town named as a telephone number's exchange ("the Brindlecombe number, six four two ...",
  "the Tresk code, then ..."): ``spoken/addresses.find_exchange_towns``, new;

each with hard negatives of the same shapes: "flat" as an adjective, "flat out", a fraction
said with "stroke", floors, wards and bays, the NHS, GMC or bleep number, a service called by
its name ("the Samaritans number"), a language's people ("the Manx code"), an English word
before "number" ("the Pager number").
"""
from __future__ import annotations

import pytest
from _mentions import failures as _failures
from _mentions import marked_and_kept as parse
from _space_assertions import engine_spans

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken.addresses import find_exchange_towns, lines_after_streets
from vault.anonymise.spoken.recognizer import find_spoken_forms


def _engine_failures(anonymiser: Anonymiser, marked: str) -> list[str]:
    plain = parse(marked)[0]
    return _failures(marked, engine_spans(anonymiser, plain))


WIDENED = [
    # a tenement flat's number with "flat" before it, then the house number and the street
    "P2: She was in «flat two stroke one, fourteen Gorsebank Road», top of the stair.",
    "P2: We rented «Flat nought stroke three, sixty-one Carradale Street» that winter.",
    "P2: It's «apartment one slash two, nine Lessington Avenue», buzzer's broken.",
    # a filler between its parts, a street of one word no street type ends
    "P2: It was «flat two stroke two, er, thirty-one Maddock Terrace», I think.",
    "P2: We had «flat one stroke three, twelve Gorsebank», by the bakery.",
    # the flat said after its street
    "P2: A tenement, «thirty Mellick Street, flat three stroke two», on the third landing.",
    "P2: Send it to «Eighteen Pollick Road, flat one stroke one», they forward the post.",
    "P2: «Seven Drumcarrow Crescent, flat four», «Baltraddie», since March.",
    # a town named as a number's exchange
    "P2: The office was the «Brindlecombe» number, six four two, nine nine one.",
    "P2: The «Tresk» code, then three eight eight one two.",
    "P2: Ring the «Much Wendle» exchange, er, four four one seven.",
    "P2: It was the «Dunkerrow» dialling code and then five nought nine.",
]

KEPT = [
    "P2: The tyre was ‹flat›, ‹one stroke two› of them gone by lunch.",
    "P2: It was ‹flat out› on ‹ward nine›, ‹bay two›, ‹bed four›.",
    "P2: We were ‹flat› ‹two weeks›, er, ‹nine of us›, ‹one stroke two› off sick.",
    "P2: I was on the ‹second floor›, ‹flat› on my back for a week.",
    "P2: ‹The NHS number›, four three one, and ‹the GMC number›, seven oh one.",
    "P2: ‹The Bleep number›, four four five one.",
    "P2: Ring ‹the Samaritans number›, one one six, one two three.",
    "P2: It's ‹the Manx code›, then six two four.",
    "P2: ‹The Datix number› is two three four.",
    "P2: ‹The number›, ‹the code›, ‹the one›: four, five, six.",
]


@pytest.mark.parametrize("text", WIDENED)
def test_the_engine_redacts_each_widened_class(anonymiser: Anonymiser, text: str) -> None:
    assert not _engine_failures(anonymiser, text)


@pytest.mark.parametrize("text", KEPT)
def test_the_engine_keeps_the_same_shapes_used_otherwise(anonymiser: Anonymiser,
                                                           text: str) -> None:
    assert not _engine_failures(anonymiser, text)


def test_a_flat_after_its_street_is_one_span_with_the_street() -> None:
    text = "P2: It's twelve Harlow Road, flat two stroke two, Kelbrook, the top bell."
    found = {text[f.start:f.end] for f in lines_after_streets(text, find_spoken_forms(text))}
    assert "twelve Harlow Road, flat two stroke two" in found
    assert "Kelbrook" in found  # the town after the flat, as after a street


@pytest.mark.parametrize("text", [
    "P2: The NHS number, four three one, nine nine eight.",
    "P2: The Pager number, two, and the Ward one, five.",
    "P2: The Tresk number was in the book.",  # no number said after it
])
def test_exchange_towns_leave_other_numbers_names_alone(text: str) -> None:
    assert not find_exchange_towns(text)
