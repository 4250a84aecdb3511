"""Round 19 of issue 14: written forms that leaked on three or more development authors.
Each class is decided by its grammar, never by a transcript's strings:

* a hospital named beside another by "or" or "and", as interviewers ask where someone
  trained and interviewees list where they worked ("Was it the Pellowmore or Freeman
  Hospital for your F2?", "Poole General or the QWH", "the Harrowbeck or the Freeman"): the
  short name or initials no list has take the type of the hospital found beside them, and a
  short name guessed only for review ("the Harrowbeck") is a hospital when it stands beside a
  place found ("the Harrowbeck or Hopewood"); but not a department or a body's acronym ("the
  Freeman or ICU", "the RVI and the BMA"), a season, a month or a common capital ("the
  Freeman and Christmas"), a post or a team ("the Professional Nurse Advocate and the
  Freeman"), nor a word that starts a longer name;

Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest
from _mentions import covered_words as _covered
from _mentions import kept as _kept

from vault.anonymise.engine import Anonymiser


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


HOSPITAL_MATES = [
    ("Was it the Pellowmore or the Freeman for your F2?", "Pellowmore"),
    ("Was it Poole General or the QWH where you did your ACCS?", "QWH"),
    ("It was the Freeman or the Harrowbeck, and the RVI was on black alert.", "Harrowbeck"),
    ("Recruitment huddle: QMCH and the Freeman.", "QMCH"),
    ("Which was it, the Harrowbeck or Hopewood, for your F2?", "Harrowbeck"),
    ("Was it the Coronation or Leeds General for your core training?", "Coronation"),
    ("I did my F1 at the Freeman and the Tolgarth.", "Tolgarth"),
    ("Was it the Lindqvale, erm, or the RVI for your F1?", "Lindqvale"),
]


@pytest.mark.parametrize(("text", "name"), HOSPITAL_MATES)
def test_a_hospital_named_beside_another_is_a_hospital(anonymiser: Anonymiser, text: str,
                                                       name: str) -> None:
    assert _covered(anonymiser, text, name)


NOT_HOSPITAL_MATES = [
    ("Was it in the Freeman or ICU that you did nights?", "ICU"),
    ("I did nights at the Freeman and Christmas at home.", "Christmas"),
    ("The RVI and the BMA sorted it out between them.", "BMA"),
    ("The Professional Nurse Advocate and the Freeman were both there.", "Professional"),
    ("The Professional Nurse Advocate and the Freeman were both there.", "Advocate"),
    ("Was it the Freeman or the Mental Health Act that worried you?", "Mental"),
]


@pytest.mark.parametrize(("text", "word"), NOT_HOSPITAL_MATES)
def test_what_stands_beside_a_hospital_is_not_always_one(anonymiser: Anonymiser, text: str,
                                                         word: str) -> None:
    assert _kept(anonymiser, text, word)
