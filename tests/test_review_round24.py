"""A second reading of round 24's merged rules (issue 14), each tried both ways.

* A form's field for the person who signed or did the work ("Witnessed: DURWARD") made any
  unexplained capitals after it a name, a medicine on a controlled-drug chart too ("Witnessed:
  MIDAZOLAM returned to the cupboard"), as "by:" already did ("Witnessed by: FENTANYL"): a
  medicine's stem says it is no one, in any name's place.
* A UK nation by itself is ordinary language unless a title or a listed first name stands
  before it; after a given name's short form that no list holds ("Kind regards, Jo Wales") the
  nation is a surname, and keeping it left the whole name unredacted.

Every sentence is made up here (none is from a corpus); the people are invented."""
from __future__ import annotations

from typing import Any

import pytest

from vault.anonymise.capitals import CapitalsRecognizer
from vault.anonymise.vocabulary import vocabulary_spans


def _capitals(text: str) -> list[str]:
    return [text[r.start:r.end] for r in CapitalsRecognizer().find(text)]


@pytest.mark.parametrize("text", [
    "CD register, entry 4. Witnessed: MIDAZOLAM returned to the cupboard.",
    "Checked: OXYCODONE 5mg, two tablets destroyed.",
    "Stock check. Witnessed by: FENTANYL patches counted.",
])
def test_a_medicine_in_a_sign_off_field_is_no_one(text: str) -> None:
    assert _capitals(text) == []


@pytest.mark.parametrize("text, name", [
    ("CD register, entry 4. Witnessed: DURWARD, second nurse.", "DURWARD"),
    ("Checked by: QUILLFORD", "QUILLFORD"),
    ("Witnessed: BRANTHWAITE returned the keys.", "BRANTHWAITE"),
])
def test_a_name_in_a_sign_off_field_is_still_a_name(text: str, name: str) -> None:
    assert name in _capitals(text)


def _nation_kept(text: str, nation: str) -> bool:
    start = text.index(nation)
    return any(s <= start and start + len(nation) <= e for s, e in vocabulary_spans(text))


@pytest.mark.parametrize("text, nation", [
    ("Kind regards,\nJo Wales", "Wales"),
    ("Thanks again, Viv England", "England"),
    ("Cover tonight is Di Scotland on the unit.", "Scotland"),
])
def test_a_nation_after_a_short_given_name_is_a_surname(text: str, nation: str) -> None:
    assert not _nation_kept(text, nation)


@pytest.mark.parametrize("text, nation", [
    ("I moved to Wales when the children were small.", "Wales"),
    ("In Scotland the rules are different.", "Scotland"),
    ("Genomics England paid for the sequencing.", "England"),
    ("Natural England objected to the car park.", "England"),
    ("Sport Wales ran the scheme.", "Wales"),
])
def test_a_nation_by_itself_or_naming_a_body_is_still_kept(text: str, nation: str) -> None:
    assert _nation_kept(text, nation)


def test_the_engine_redacts_a_nation_that_signs_off_as_a_surname(anonymiser: Any) -> None:
    text = "Kind regards,\nJo Wales"
    found = [text[r.start:r.end] for r in anonymiser.redact(text).replacements]
    assert any("Wales" in f for f in found)
    kept = "Kind regards, see you in Wales"
    assert not any("Wales" in kept[r.start:r.end] for r in anonymiser.redact(kept).replacements)
