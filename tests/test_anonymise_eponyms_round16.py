"""Round 16 of issue 14: the eponyms of theatre and clinic used as terms are ordinary
language ("a Pfannenstiel", "in Trendelenburg", "a Weber B", "the Kocher incision", "Allis
forceps"), decided from the lexicon ``data/eponyms.txt`` and the context that makes the word
a term (an article, a grade, a term noun after, a position after "in"); the same surname is
still someone's with a title, a first name, a verb people do or a role after it ("Mr Kocher
said", "the Kochers came round", "Lichtenstein was my consultant").

Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


TERMS = [
    ("We did a Pfannenstiel and then closed in layers.", "Pfannenstiel"),
    ("He needed a Whipple's in the end, a long list.", "Whipple"),
    ("Put her in Trendelenburg before the line goes in.", "Trendelenburg"),
    ("It ended up as a Hartmann's because the bowel was dusky.", "Hartmann"),
    ("She was put in Lloyd Davies for the anterior resection.", "Lloyd Davies"),
    ("Pass me the Allis forceps and a Langenbeck please.", "Allis"),
    ("Pass me the Allis forceps and a Langenbeck please.", "Langenbeck"),
    ("It was a Weber B ankle, so we fixed it.", "Weber"),
    ("A Gustilo 3B open fracture on the tib.", "Gustilo"),
    ("We used a Deaver and a Balfour retractor.", "Deaver"),
    ("She had a Lichtenstein repair under local.", "Lichtenstein"),
    ("The Nissen went well, the Heller myotomy too.", "Heller"),
    ("They did a Billroth II years ago.", "Billroth"),
    ("A Garden IV neck of femur, so a hemi.", "Garden"),
    ("Schatzker II tibial plateau on the x-ray.", "Schatzker"),
    ("Do a Valsalva for me, and then a Romberg.", "Valsalva"),
    ("Do a Valsalva for me, and then a Romberg.", "Romberg"),
    ("The McBurney's point was tender.", "McBurney"),
    ("He used a Bookwalter for the big cases.", "Bookwalter"),
    ("We did a Roux-en-Y and a Nissen fundoplication.", "Nissen"),
    ("Tip him into reverse Trendelenburg for the lap chole.", "Trendelenburg"),
    ("A Mallampati three, so I went straight for the McCoy.", "McCoy"),
    ("We left a Sengstaken in and called the gastro reg.", "Sengstaken"),
    ("The Epley sorted her vertigo out in one go.", "Epley"),
    ("A Shirodkar at fourteen weeks, then a Filshie clip later on.", "Shirodkar"),
]


@pytest.mark.parametrize("text, word", TERMS)
def test_eponym_used_as_a_term_is_kept(anonymiser: Anonymiser, text: str, word: str) -> None:
    assert not any(word in span for span in replaced(anonymiser, text))


PEOPLE = [
    ("Mr Kocher said he would see the patient on Monday.", "Kocher"),
    ("I rang Weber about the rota and she said fine.", "Weber"),
    ("Anna Weber was the reg that night.", "Weber"),
    ("Dr Hartmann's clinic was cancelled again.", "Hartmann"),
    ("Heller and I covered the weekend between us.", "Heller"),
    ("I spoke to Professor Whipple after the meeting.", "Whipple"),
    ("Nissen told me to go home.", "Nissen"),
    ("Lichtenstein was my consultant for two years, a lovely man.", "Lichtenstein"),
    ("Sister Langenbeck ran the recovery unit.", "Langenbeck"),
    ("Tom Balfour emailed the minutes round.", "Balfour"),
    ("Ms Pfannenstiel will be on call tomorrow.", "Pfannenstiel"),
    ("Ask Mr Deaver if he wants the list moved.", "Deaver"),
]


@pytest.mark.parametrize("text, word", PEOPLE)
def test_someone_of_an_eponyms_surname_is_still_redacted(
        anonymiser: Anonymiser, text: str, word: str) -> None:
    assert any(word in span for span in replaced(anonymiser, text))
