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
  Freeman"), nor a word that starts a longer name or two names of one model ("the Bergqvist
  and Larne rainbow");
* the same short name said again without a cue after "the" ("The Harrowbeck was where I found
  my feet"), its initials anywhere, and initials or an unlisted short name after what names a
  place ("everyone calls the unit the QYB", "nobody calls it anything except the PQC"); but
  a person of that name stays a person ("Mr Harrowbeck rang"), initials that are a known
  acronym stay ("the MRCP"), and so do initials before a scheme's or a course's word ("came
  over on the QMCH scheme");

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
    ("We did the Bergqvist and Larne rainbow right, in the group.", "Bergqvist"),
]


@pytest.mark.parametrize(("text", "word"), NOT_HOSPITAL_MATES)
def test_what_stands_beside_a_hospital_is_not_always_one(anonymiser: Anonymiser, text: str,
                                                         word: str) -> None:
    assert _kept(anonymiser, text, word)


SHORT_NAMES_AGAIN = [
    ("I was at the Freeman or the Harrowbeck. The Harrowbeck was where I found my feet.",
     "The Harrowbeck was", "Harrowbeck"),
    ("Recruitment huddle: QMCH and the Freeman. Then the QMCH rang me back.",
     "Then the QMCH", "QMCH"),
    ("Everyone calls the unit the QYB, an hour away on a good day.", "the QYB", "QYB"),
    ("Nobody calls it anything except the PQC, honestly.", "the PQC", "PQC"),
]


@pytest.mark.parametrize(("text", "where", "name"), SHORT_NAMES_AGAIN)
def test_a_short_name_said_again_or_given_is_a_hospital(anonymiser: Anonymiser, text: str,
                                                        where: str, name: str) -> None:
    at = text.index(where) + where.index(name)
    spans = [(r.start, r.end) for r in anonymiser.redact(text).replacements]
    assert any(a <= at and at + len(name) <= b for a, b in spans)


def test_a_person_of_a_hospitals_name_stays_a_person(anonymiser: Anonymiser) -> None:
    text = "Was it the Harrowbeck or the Freeman? Mr Harrowbeck rang about it."
    redacted = anonymiser.redact(text).text
    assert "Harrowbeck" not in redacted
    assert redacted.count("[HOSPITAL]") == 2


def test_a_known_acronym_beside_a_hospital_stays(anonymiser: Anonymiser) -> None:
    assert _kept(anonymiser, "The QMCH and the Freeman shared a rota. The MRCP was hard.",
                 "MRCP")


def test_initials_before_a_schemes_word_stay(anonymiser: Anonymiser) -> None:
    text = "Recruitment huddle: QMCH and the Freeman. I came over on the QMCH scheme."
    at = text.index("QMCH scheme")
    assert not any(r.start <= at < r.end for r in anonymiser.redact(text).replacements)
