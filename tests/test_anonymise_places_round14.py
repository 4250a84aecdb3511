"""Hospitals, universities, deaneries and regions by closed lists and derived forms, round 14 of
issue 14 (every sentence made up here from general knowledge of how NHS staff name where they
work and trained; none from a test corpus; written before the lists and rules they test):

* a hospital named by its place or name with a DEPARTMENT right after it ("nights in
  Heartlands ED", "Freeman ICU", "Guy's A&E"): the department says it is a hospital as surely
  as "Hospital" would; the department itself stays outside the span;
* a SPECIALIST hospital by its place or name and its kind, "Hospital" left unsaid ("Leeds
  Children's", "Bristol Eye", "Eastman Dental"); not a council's "Children's Services", nor the
  "London Eye";
* a hospital's short name decided by a workplace word later in the same clause ("the Royal was
  the friendliest place I worked");
* community, cottage and war-memorial hospitals, private hospitals, hospices and former asylums
  from the completed list ("Severalls", "High Royds", "Moorgreen");
* universities and medical schools by the initials and short names students use ("UCL",
  "HYMS", "Edge Hill"), regional deaneries by theirs ("KSS", "HEKSS"); clinical initials that
  collide ("UCC", "TCD", "KCl") are not in the list;
* informal regions named with several landscape words ("the Heads of the Valleys", "the
  Highlands and Islands").
"""
from __future__ import annotations

import pytest
from _mentions import name_covered

from vault.anonymise.engine import Anonymiser


def _replaced_words(anonymiser: Anonymiser, text: str) -> set[str]:
    return {w for r in anonymiser.redact(text).replacements for w in text[r.start:r.end].split()}


POSITIVE = [
    ("P: Nights in Heartlands ED were the worst I've done.", "Heartlands"),
    ("P: Freeman ICU had a great team when I was there.", "Freeman"),
    ("P: I rang Guy's A&E about her and they were lovely.", "Guy's"),
    ("P: Grange ED was heaving every single weekend.", "Grange"),
    ("P: The Christie HDU took her after the op.", "Christie"),
    ("P: Derriford MAU is where I learnt to take a history properly.", "Derriford"),
    ("P: Leeds Children's had the best teaching I have had.", "Leeds Children's"),
    ("P: My first job was at Bristol Eye, then ophthalmology in Cardiff.", "Bristol Eye"),
    ("P: Eastman Dental trained half my year.", "Eastman Dental"),
    ("P: Liverpool Women's is where I did my obs and gynae.", "Liverpool Women's"),
    ("P: She works at Alder Hey Children's in the play team.", "Alder Hey Children's"),
    ("P: Sheffield Children's was amazing for paeds.", "Sheffield Children's"),
    ("P: Honestly the Royal was the friendliest place I worked.", "Royal"),
    ("P: Honestly the General was the friendliest place I ever worked.", "General"),
    ("P: My nan was a nurse at Severalls in the seventies.", "Severalls"),
    ("P: High Royds closed before I qualified.", "High Royds"),
    ("P: I did a rehab post at Moorgreen for a year.", "Moorgreen"),
    ("P: Dad spent his last weeks at Rowcroft and they were brilliant.", "Rowcroft"),
    ("P: I did my degree at UCL before foundation training.", "UCL"),
    ("P: HYMS was a small cohort, we all knew each other.", "HYMS"),
    ("P: I went to Edge Hill for my nursing degree.", "Edge Hill"),
    ("P: She's a lecturer at UCLan now.", "UCLan"),
    ("P: I got my number with KSS in the end.", "KSS"),
    ("P: My training was with HEKSS until I went part time.", "HEKSS"),
    ("P: We moved to the Heads of the Valleys when I was nine.", "Heads of the Valleys"),
    ("P: The job covered the Highlands and Islands, so a lot of flying.", "Highlands and Islands"),
]


@pytest.mark.parametrize(("text", "name"), POSITIVE)
def test_places_round14_are_redacted(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert name_covered(anonymiser, text, name), text


NEGATIVE = [
    # a council department, a landmark, a magazine: not hospitals
    ("P: Leeds Children's Services rang me about the referral.", {"Children's"}),
    ("P: We went up the London Eye for her birthday.", {"Eye"}),
    ("P: Private Eye had a piece on the trust.", {"Private", "Eye"}),
    ("P: The Children's Commissioner wrote to every trust.", {"Children's", "Commissioner"}),
    # a department alone, and clinical initials that look like a university's
    ("P: ED was heaving and ICU had no beds.", {"ED", "ICU"}),
    ("P: We did a TCD on day two.", {"TCD"}),
    ("P: Forty of KCl in a litre of saline.", {"KCl"}),
    # the department is not part of the hospital's span
    ("P: Nights in Heartlands ED were the worst.", {"ED"}),
    # "Prince Charles" is a person, not a Welsh hospital without its "Hospital"
    ("P: Prince Charles was on the telly last night.", set()),
]


@pytest.mark.parametrize(("text", "kept"), NEGATIVE)
def test_places_round14_leave_ordinary_words(anonymiser: Anonymiser, text: str,
                                             kept: set[str]) -> None:
    assert not kept & _replaced_words(anonymiser, text), text


def test_prince_charles_is_no_hospital(anonymiser: Anonymiser) -> None:
    text = "P: Prince Charles was on the telly last night."
    types = {r.entity_type for r in anonymiser.redact(text).replacements}
    assert "HOSPITAL" not in types
