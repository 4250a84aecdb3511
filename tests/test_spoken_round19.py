"""Round 19 of issue 14: spoken forms that leaked on three or more spoken development authors,
each fixed in the finder or guard that owns its class, tested on phrasings of our own (none
taken from a corpus):

* a surname spelled with dashes between the letters, and a double letter or a repair said inside
  it ("B - A - double R - O - W", "T, O, N - no, sorry, M, S"): the engine's guard for a header's
  fields ("Ealing General - round 4") cut the name at the first " - " before a lower-case word,
  leaving the rest of the spelling standing;
"""
from __future__ import annotations

import pytest
from _mentions import every_word_touched as _covered
from _mentions import no_word_touched as _kept

from vault.anonymise.engine import Anonymiser


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


# -- a spelling goes on past a dash -------------------------------------------------------------

SPELLED_WITH_DASHES = [
    ("P2: B - A - double R - O - W.", "B - A - double R - O - W"),
    ("P2: Surname? capital H - O - double W - E - L - L, like the chairman.",
     "H - O - double W - E - L - L"),
    ("Resp: That's R, O, B, N - no, sorry, B, I, N, S.", "R, O, B, N - no, sorry, B, I, N, S"),
    ("Resp: Okonkwo, O, K, O, N, K - scratch that - N, K, W, O.",
     "O, K, O, N, K - scratch that - N, K, W, O"),
    ("Resp: D - E - double F - E - Y, with an E before the Y.", "D - E - double F - E - Y"),
]


@pytest.mark.parametrize(("text", "spelling"), SPELLED_WITH_DASHES)
def test_a_name_spelled_with_dashes_is_redacted_past_a_dash(
        anonymiser: Anonymiser, text: str, spelling: str) -> None:
    assert _covered(anonymiser, text, spelling)


HEADER_FIELDS = [
    ("Ealing General - round 4 - notes", "round 4 - notes"),
    ("Y. Qiu - Alltwen - round two", "round two"),
    ("Mentoring log, Dr Amara Osei - week three", "week three"),
    ("Resp: It's Quenby, Q - U - E - N - B - Y - double-checked it myself.", "checked it myself"),
]


@pytest.mark.parametrize(("text", "field"), HEADER_FIELDS)
def test_a_header_field_after_a_name_and_a_dash_stays(
        anonymiser: Anonymiser, text: str, field: str) -> None:
    assert _kept(anonymiser, text, field)
