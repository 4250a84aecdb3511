"""Words that name no one wherever they stand (issue 14, round 8): interjections and
greetings of the UK's languages and dialects, number words written with a capital, the title
of a law or a paper that "says" something, and a contact block's label before its number. Each
class with sentences kept and near misses still redacted."""
from __future__ import annotations

from typing import Any

import pytest
from _mentions import replaced

from vault.anonymise.recognizers import never_a_name


@pytest.mark.parametrize("text", [
    "Och, the NEWS was seven and the GCS fifteen. Och, it was a long night.",
    "Ach, it's hard to explain to anyone outside medicine.",
    "Okay, I'm stopping it now. Diolch yn fawr. -- Croeso. Hwyl fawr.",
    "Aye, Slàinte, we said, and went back to the ward.",
    "To be honest, it was Thirteen weeks, and then it was fine.",
    "It was Nineteen days before anyone rang. Twenty-one, maybe.",
    "The Working Time Directive says forty-eight. Ha.",
    "The Mental Capacity Act says we have to assume capacity.",
    "It says, hang on, Tel 0161 496 0000, and Mob: 07700 900123 under it.",
])
def test_words_that_name_no_one_are_kept(anonymiser: Any, text: str) -> None:
    assert [w for w in replaced(anonymiser, text) if not any(c.isdigit() for c in w)] == []


@pytest.mark.parametrize("text, name", [
    ("Och, Morag Buchanan said she would come.", "Morag Buchanan"),
    ("Thirteen weeks later Dr Okonkwo-Mills rang me.", "Okonkwo-Mills"),
    ("My mentor, Kemi Adeyemi, said the Francis Report said it all.", "Kemi Adeyemi"),
    ("Tel asked me to cover, and Tel Warrender never asks.", "Warrender"),
])
def test_names_beside_them_are_still_redacted(anonymiser: Any, text: str, name: str) -> None:
    assert any(name in w for w in replaced(anonymiser, text))


def test_never_a_name_reads_hyphenated_number_words() -> None:
    assert never_a_name("Twenty-one") and never_a_name("Och") and never_a_name("Thirteen")
    assert not never_a_name("Morag") and not never_a_name("Twenty-Smith")


@pytest.mark.parametrize("text", [
    "It's TD six, space, two H B. Write the name of the house on it.",
    "so, five jay B. Write it down, or it goes back.",
    "L A nine, two S B. Send it there.",
])
def test_a_letter_runs_end_and_the_next_sentence_are_no_initialled_name(
        anonymiser: Any, text: str) -> None:
    assert not any("Write" in w or "Send" in w for w in replaced(anonymiser, text))


@pytest.mark.parametrize("text, name", [
    ("It was B. Ledger who wrote it.", "B. Ledger"),
    ("The referee, A. Write, signed it.", "A. Write"),
])
def test_an_initial_and_a_surname_that_is_a_word_still_are(anonymiser: Any, text: str,
                                                          name: str) -> None:
    assert name in replaced(anonymiser, text)


@pytest.mark.parametrize("text", [
    "[Pasted from the consent form: NHS No. 943 476 5919]",
    "NHS Nos: see the sheet.",
])
def test_the_label_nhs_no_is_no_health_board(anonymiser: Any, text: str) -> None:
    assert not any(w.startswith("NHS") for w in replaced(anonymiser, text))


def test_a_health_board_after_nhs_still_is(anonymiser: Any) -> None:
    assert "NHS Tayside" in replaced(anonymiser, "I moved to NHS Tayside in the spring.")
