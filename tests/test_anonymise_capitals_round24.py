"""Round 24 of issue 14: capitals the dictionary explains in parts are not names.

A study's title or a shared account's name in capitals ("THE WARD ROUNDS STUDY: NIGHT CARER
INTERVIEWS", "REDEPLOY-STUDY shared laptop") repeats on every document of a set; the capitals
finder read one word of it as a person's name because no list or dictionary had the word as
written: a derived form the dictionary lacks ("CARER", "RETURNERS"), ordinary words joined by
a hyphen ("STAFF-ROOM", "INTERNATIONALLY-TRAINED"), or a label joined to a study's vocabulary
("REDEPLOY-STUDY"). Such words are explained; a part that can be a name keeps the word a name
("HILL-WOOD", "OKAFOR-BELLO").

Every sentence is made up here (none is from a corpus); the people are invented."""
from __future__ import annotations

from typing import Any

import pytest

from vault.anonymise.capitals import CapitalsRecognizer


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in CapitalsRecognizer().find(text)]


@pytest.mark.parametrize("text", [
    "WARD ROUNDS STUDY: NIGHT CARER INTERVIEWS\n\nQ: Shall we start?",
    "LATE CAREER, RETURNERS AND SESSIONAL GPS STUDY: TRANSCRIPT 14\n",
    "HANDOVER STUDY: STAFF-ROOM CONVERSATION / SECOND SITE\n",
    "WELLBEING AMONG INTERNATIONALLY-TRAINED PRIMARY CARE DOCTORS: PHONE INTERVIEW\n",
    "REDEPLOY-STUDY shared laptop   1:02 Okay, we're recording.",
])
def test_capitals_made_of_ordinary_words_are_not_names(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("WARD ROUNDS STUDY: INTERVIEW WITH HILL-WOOD\n", "HILL-WOOD"),
    ("WARD ROUNDS STUDY: INTERVIEW WITH GARTHWAITE-NNAMDI\n", "GARTHWAITE-NNAMDI"),
    ("TRANSCRIBED BY OKAFOR-BELLO\n\nQ: Shall we start?", "OKAFOR-BELLO"),
    ("Kind regards,\nSTONE-FIELD\n", "STONE-FIELD"),
    ("I sat next to TSHEPO at the induction.", "TSHEPO"),
    ("The rota said ONYEKACHI, GOODINGS, MARCHBANKS in capitals.", "GOODINGS"),
    ("The whiteboard just said GOODINGS, TRELAWNEY, in red pen.", "GOODINGS"),
])
def test_names_of_the_same_shape_are_still_names(text: str, name: str) -> None:
    assert name in _found(text)


def test_the_engine_keeps_a_study_title_and_finds_the_name_under_it(anonymiser: Any) -> None:
    text = "WARD ROUNDS STUDY: NIGHT CARER INTERVIEWS\n\nQ: Who rang you?\nP2: TSHEPO rang me."
    found = [text[r.start:r.end] for r in anonymiser.redact(text).replacements]
    assert "CARER" not in found and "TSHEPO" in found
