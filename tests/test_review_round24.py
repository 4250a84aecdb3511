"""A second reading of round 24's merged rules (issue 14), each tried both ways.

* A form's field for the person who signed or did the work ("Witnessed: DURWARD") made any
  unexplained capitals after it a name, a medicine on a controlled-drug chart too ("Witnessed:
  MIDAZOLAM returned to the cupboard"), as "by:" already did ("Witnessed by: FENTANYL"): a
  medicine's stem says it is no one, in any name's place.
* A UK nation by itself is ordinary language unless a title or a listed first name stands
  before it; after a given name's short form that no list holds ("Kind regards, Jo Wales") or
  before a word for a family ("the Wales family") the nation is a surname, and keeping it left
  the name unredacted.
* The spoken tagger's guard for the second number of a pair ("sixty-six, [sixty-two] at half
  time") asked every age of a window whether it touched the first number: a long answer of
  ages said in pairs grew with the square of the ages (counted in lines run, never a clock).

Every sentence is made up here (none is from a corpus); the people are invented."""
from __future__ import annotations

from typing import Any

import pytest
from test_engine_hostile_text import _lines_run

from vault.anonymise.capitals import CapitalsRecognizer
from vault.anonymise.spoken import tagger
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
    ("The Wales family came in at six.", "Wales"),
    ("Both England twins were on the list.", "England"),
])
def test_a_nation_after_a_short_given_name_is_a_surname(text: str, nation: str) -> None:
    assert not _nation_kept(text, nation)


@pytest.mark.parametrize("text, nation", [
    ("I moved to Wales when the children were small.", "Wales"),
    ("In Scotland the rules are different.", "Scotland"),
    ("Genomics England paid for the sequencing.", "England"),
    ("Natural England objected to the car park.", "England"),
    ("Sport Wales ran the scheme.", "Wales"),
    ("Our family moved to Wales in the spring.", "Wales"),
    ("A Scotland household survey asked the same.", "Scotland"),
])
def test_a_nation_by_itself_or_naming_a_body_is_still_kept(text: str, nation: str) -> None:
    assert _nation_kept(text, nation)


def test_the_engine_redacts_a_nation_that_signs_off_as_a_surname(anonymiser: Any) -> None:
    text = "Kind regards,\nJo Wales"
    found = [text[r.start:r.end] for r in anonymiser.redact(text).replacements]
    assert any("Wales" in f for f in found)
    kept = "Kind regards, see you in Wales"
    assert not any("Wales" in kept[r.start:r.end] for r in anonymiser.redact(kept).replacements)


@pytest.mark.parametrize("said", ["aged forty-one, forty-two. ", "How old? Fifty, fifty-one. "])
def test_the_tagger_s_pair_guard_is_linear_in_the_ages_of_a_window(said: str) -> None:
    def work(n: int) -> int:
        text = "\n" + said * n
        return _lines_run(tagger, lambda: tagger.find_tagged(text))

    small, large = work(100), work(800)
    assert large <= 9 * small, (small, large)  # every age asked of every other: x13 for x8


def test_the_second_of_a_pair_is_still_told_from_an_age_said_twice() -> None:
    def ages(text: str) -> list[str]:
        return [text[f.start:f.end] for f in tagger.find_tagged(text) if f.entity == "AGE"]

    assert ages("P2: I'm forty-seven, forty-eight in May.") == ["forty-seven", "forty-eight"]
    assert "sixty-two" not in ages("P2: It finished sixty-six, sixty-two at half time.")
