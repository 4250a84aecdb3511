"""A participant's name straight after a hyphen bullet or an at sign (round 24, found by fuzz24):
the register's left boundary refused any name after '-' or '@', so "-Jo Smith" in a bullet list
and "@Jo" in a chat export kept a participant's name. A hyphen or an at sign after a letter still
joins the name to a word before it ("Anne-Marie" is not a participant called Marie, an e-mail's
local part is the e-mail finder's)."""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.register import Register

REGISTER = Register.from_csv("name,code,aliases\nJolene Okonkwo-Baptiste,P01,Jo\n"
                             "Marie Thistlewood,P02,\nRafferty Quill,P03,\n")


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


@pytest.mark.parametrize("text, gone, codes", [
    ("Attendees:\n-Jolene Okonkwo-Baptiste\n-Rafferty Quill\n",
     ["Jolene", "Okonkwo", "Rafferty", "Quill"], {"P01", "P03"}),
    ("Notes:\n-Jo to send the rota\n-Marie Thistlewood on leave\n",
     ["Jo ", "Marie", "Thistlewood"], {"P01", "P02"}),
    ("[09:14] @Jo can you cover Tuesday?\n[09:15] @Rafferty yes\n", ["@Jo", "Rafferty"],
     {"P01"}),  # a surname or first name alone is a colleague's pseudonym unless context says

    ("cc: @Marie Thistlewood, @Quill\n", ["Marie", "Thistlewood", "Quill"], {"P02"}),
    ("--Rafferty Quill (ward manager)\n", ["Rafferty", "Quill"], {"P03"}),
])
def test_a_name_after_a_bullet_or_an_at_sign_is_the_participant(
        anonymiser: Anonymiser, text: str, gone: list[str], codes: set[str]) -> None:
    redaction = anonymiser.redact(text, register=REGISTER)
    for word in gone:
        assert word not in redaction.text, (word, redaction.text)
    assert {r.participant_marker for r in redaction.replacements} >= codes


@pytest.mark.parametrize("text, kept", [
    ("Anne-Marie covered the clinic.", "Anne-Marie"),
    ("We met at Saint-Marie church hall.", "Saint-Marie"),
])
def test_a_hyphen_after_a_letter_still_joins_the_name_to_the_word_before(
        anonymiser: Anonymiser, text: str, kept: str) -> None:
    redaction = anonymiser.redact(text, register=REGISTER)
    assert not any(r.participant_marker for r in redaction.replacements), redaction.replacements
