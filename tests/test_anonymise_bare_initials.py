"""An initial typed without its full stop before a surname ("K Blatchford wrote to me"), as
transcribers type a name they only heard; and the letters before words that name nobody.
Sentences are invented here."""
from __future__ import annotations

from typing import Any

import pytest

from vault.anonymise.recognizers import InitialNameRecognizer


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in InitialNameRecognizer().find(text)]


@pytest.mark.parametrize("text, name", [
    ("Participant: P Okonkwo sent me a lovely note after.", "P Okonkwo"),
    ("It was a long night. W Szymanski covered the rest of it.", "W Szymanski"),
    ("I'm booked in with A Ferreira on Thursday.", "A Ferreira"),
    ("there's a message from Z Haddad still sitting there", "Z Haddad"),
    ("we had T Nwachukwu on nights for a month", "T Nwachukwu"),
    ("Signed off by D O'Rourke, the clinical lead.", "D O'Rourke"),
])
def test_bare_initial_and_surname(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "We watched B Movie horrors on nights.",           # dictionary words after a letter
    "The T Cells were low; the X Factor was on.",
    "K Kilo, L Lima, M Mike: that's how I spell it.",   # the spelling alphabet
    "T for Tommy, R Robert, that's the postcode.",     # a first name sharing the letter
    "A Tesco lorry blocked the ambulance bay.",        # an article at a sentence start
    "We went for Plan B Okoro's way, in the end.",    # inside a longer capitalised name
    "It's G R I F F I T H S, Griffiths.",             # a stream of spelled letters
    "I got a C Minus and a B Plus.",
    "I was in the P. E. department.",
])
def test_letters_that_name_nobody(text: str) -> None:
    assert [span for span in found(text) if "." not in span] == []


def test_the_engine_redacts_a_bare_initial(anonymiser: Any) -> None:
    text = "Honestly, G Ashworth-Pryce wrote me a card afterwards, which I kept."
    spans = [text[r.start:r.end] for r in anonymiser.redact(text).replacements]
    assert any("Ashworth-Pryce" in span for span in spans), spans
