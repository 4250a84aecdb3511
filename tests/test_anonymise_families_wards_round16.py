"""Round 16 of issue 14: surnames in the plural for a family or namesakes ("the Okafors came
to the barbecue", "both Lindqvists were on"), a plural that is also an ordinary word only with
a person's verb or a social frame ("the Smiths next door", but "the Greens were terrible" of a
golf course stays); and wards and units named after someone, written as proper names
("Nightingale Ward", "Ward 7 (Cavell)", "the Okoro Unit"), as HOSPITAL, while wards and units
named for a purpose or a thing stay ("the Stroke Unit", "Cedar Ward", "Perfect Ward").

Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.person_contexts import FamilyNameRecognizer
from vault.anonymise.recognizers import NamedUnitRecognizer


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def families(text: str) -> list[str]:
    return [text[r.start:r.end] for r in FamilyNameRecognizer().find(text)]


def wards(text: str) -> list[str]:
    return [text[r.start:r.end] for r in NamedUnitRecognizer().find(text)]


@pytest.mark.parametrize("text, name", [
    ("The Okafors came to the barbecue on Sunday.", "Okafors"),
    ("Both Lindqvists were on call that weekend.", "Lindqvists"),
    ("The Smiths next door lent us a ladder.", "Smiths"),
    ("We had the Patels round for tea.", "Patels"),
    ("We were friends with the O'Briens for years.", "O'Briens"),
    ("The Harrisons next door have a dog.", "Harrisons"),
    ("The Browns came round after the funeral.", "Browns"),
])
def test_a_family_by_its_surname(text: str, name: str) -> None:
    assert name in families(text)


@pytest.mark.parametrize("text", [
    "We played nine holes but the Greens were terrible.",
    "The Whites of his eyes, the Blues and the Greens on the chart.",
    "All the Wards were full and both Theatres were closed.",
    "Both Hospitals merged in the end.",
    "The Lakers won again.",
])
def test_ordinary_plurals_are_no_family(text: str) -> None:
    assert families(text) == []


def test_the_engine_calls_a_family_a_person(anonymiser: Anonymiser) -> None:
    text = "The Okafors came to the barbecue on Sunday."
    found = [(text[r.start:r.end], r.entity_type) for r in anonymiser.redact(text).replacements]
    assert ("Okafors", "PERSON") in found


@pytest.mark.parametrize("text, name", [
    ("She was moved to Nightingale Ward overnight.", "Nightingale Ward"),
    ("He went up to Ward 7 (Cavell) after recovery.", "Cavell"),
    ("We sent him to the Okoro Unit for rehab.", "Okoro Unit"),
    ("Nightingale Ward opened in the spring.", "Nightingale Ward"),
])
def test_a_ward_named_after_someone(text: str, name: str) -> None:
    assert name in wards(text)


@pytest.mark.parametrize("text", [
    "Cedar Ward was shut for deep cleaning.",
    "The Stroke Unit had beds; the Rainbow Unit did not.",
    "Perfect Ward is the audit app we use.",
    "The Ward was quiet. Ward 3 (Main) reopened.",
    "The Paediatric Ward and the Frailty Unit share a corridor.",
])
def test_wards_named_for_a_purpose_or_a_thing_stay(text: str) -> None:
    assert wards(text) == []
