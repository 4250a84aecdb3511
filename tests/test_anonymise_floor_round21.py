"""Where vault leaves hospitals that plain Presidio redacts (issue 14, round 21, the recall
floor for HOSPITAL; every sentence invented here, none from a corpus).

* a hospital known by one word after "the" ("the Ashcombe") was a guess for review unless a
  workplace word stood within the context enhancer's window (five words before, three after);
  people say what the place was like a clause away ("the Ashcombe was small enough that the
  porters knew your name"), and plain Presidio's NER tags such names as organisations. A word
  of a hospital's life (porters, matron, wards, admitted, nurses...) in the gazetteer's own
  window (eight words either side) now makes it a hospital. Words of any job ("work", "shift",
  "staff", "training") do not: "the Apprentice after work" stays.
* likewise a hospital's initials ending in H ("KWH", "the KWH"), not other letters ("the
  AMHP", "the TB clinic"); and not "the X one" (a thing of a kind) or "the X and Family ..."
  (a longer name).
"""
from __future__ import annotations

from typing import Any

import pytest
from _mentions import kept, name_covered

from vault.anonymise.hospitals import hospital_life_near

NICKNAMES_A_CLAUSE_AWAY = [
    ("P7: I loved the Coppice; it was small enough that the porters knew your name.",
     "Coppice"),
    ("P7: the Lantern was where I grew up as a doctor, and the matron there was fierce.",
     "Lantern"),
    ("P7: I liked the Fothergill best of all of them, the registrars there were kind.",
     "Fothergill"),
    # initials ending in H(ospital), with or without "the"
    ("P7: I rang KWH on the Monday and a very nice matron called me back.", "KWH"),
    ("P7: Mum was in KWH for a fortnight, and the nurses were lovely.", "KWH"),
    ("P7: The KWH was small enough that the porters knew your name.", "KWH"),
]


@pytest.mark.parametrize(("text", "name"), NICKNAMES_A_CLAUSE_AWAY)
def test_a_nickname_with_a_hospital_word_a_clause_away_is_redacted(anonymiser: Any, text: str,
                                                                   name: str) -> None:
    assert name_covered(anonymiser, text, name), text


ANY_JOB_OR_NO_HOSPITAL = [
    ("P7: I watched the Apprentice last night after work with my husband.", "Apprentice"),
    ("P7: She read the Telegraph every morning before her shift, cover to cover.", "Telegraph"),
    ("P7: We sang the Messiah at Christmas, the whole staff did, for the charity.", "Messiah"),
    ("P7: Honestly the Orchard felt like home after a while, even the night porters.",
     "Orchard"),
    # a hospital word near, but "one" makes it a modifier, "and" a capital a longer name
    ("P7: The nurses all used the Brixley one, the old scale, on every patient.", "Brixley"),
    ("P7: We championed the Friends and Family Test on the ward all year.", "Friends"),
    # initials not ending in H: a post's, a disease's, a body's letters
    ("P7: The matron asked about the AMHP, he came on the ward at midnight.", "AMHP"),
    ("P7: The nurses said the TB clinic was full, so the ward took him.", "TB"),
    ("P7: The porters and the cleaners all had to sign the COSHH every single year.",
     "COSHH"),
    # a kind of body or a rank after "the", however many ward words near it
    ("P7: I rang the Union about it, and the porters on the ward all backed me.", "Union"),
    ("P7: The matron told us all that the Bishop was coming round on Friday.", "Bishop"),
    ("P7: Our ward sisters were cross when the Faculty wrote to us all about it.", "Faculty"),
    ("P7: Our porters said she was made Cleaner of the Year.", "Year"),
    # a word in capitals is no hospital's initials: a shouted header
    ("P7: INTERVIEW WITH NURSE KELLY, the porters' lodge, ward 4, night shift.", "WITH"),
]


@pytest.mark.parametrize(("text", "word"), ANY_JOB_OR_NO_HOSPITAL)
def test_a_the_word_with_no_hospital_word_near_stays(anonymiser: Any, text: str,
                                                     word: str) -> None:
    assert kept(anonymiser, text, word), text


def test_hospital_life_is_read_in_the_gazetteers_window() -> None:
    text = "the Ashcombe was small enough that the porters knew your name"
    at = text.index("Ashcombe")
    assert hospital_life_near(text, at, at + len("Ashcombe"))
    text = "the Apprentice was on after work, the staff all watched it on their shift"
    at = text.index("Apprentice")
    assert not hospital_life_near(text, at, at + len("Apprentice"))
