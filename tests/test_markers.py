"""Participant codes in transcripts become markers, so releases render the current code."""
from __future__ import annotations

import pytest

from vault.markers import participant_token, render, tokenise_codes

CODES = {"PJ": "m1", "PQR": "m1", "PK": "m2"}


@pytest.mark.parametrize(("text", "expected"), [
    ("PJ: I trained in 2009.", "⟦P:m1⟧: I trained in 2009."),
    ("Interviewer: Thanks, PK.\nPK: Yes.", "Interviewer: Thanks, ⟦P:m2⟧.\n⟦P:m2⟧: Yes."),
    ("PQR 1 and PJ agreed", "⟦P:m1⟧ 1 and ⟦P:m1⟧ agreed"),
    ("PJK is someone else; PJ-like; xPJ; PJs", "PJK is someone else; PJ-like; xPJ; PJs"),
    ("already ⟦P:m2⟧ here", "already ⟦P:m2⟧ here"),
])
def test_tokenise_codes(text: str, expected: str) -> None:
    assert tokenise_codes(text, CODES) == expected


def test_round_trip_renders_current_code() -> None:
    tokenised = tokenise_codes("PJ: hello", CODES)
    assert render(tokenised, {"m1": "PXY"}) == "[PXY]: hello"
    assert participant_token("m1") in tokenised


def test_no_codes_is_identity() -> None:
    assert tokenise_codes("PJ: hello", {}) == "PJ: hello"
