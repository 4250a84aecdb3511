"""Round 20 (late) of issue 14: names in capitals listed in running text (PERSON/caps leaked on
six development authors), decided by the shape of the list, never by a transcript's strings:

* a surname-first list ("HAW Heddwyn; MOOK Siskin; ...") whose last item ends a sentence and
  the line goes on ("...; LARK Tamsin. Then we went."), or whose first item a sentence leads
  into ("the board said MOSS Peregrine; ..."): every item is a name, the first and the last
  too (they were read with the sentence around them and missed);
* a list of capitals words said with commas in prose ("the sheet said HOLM, TREVASKIS,
  OYELARAN"), two of them words that can only be surnames and one a listed surname: a sign-in
  sheet, a theatre list or a rota read out; but not a list of acronyms, places, medicines or
  labels ("NHS, GMC, BMA", "THEATRES, WARDS, PHARMACY", "URGENT, CONFIDENTIAL, DRAFT").

Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest
from _mentions import covered_words as _covered
from _mentions import kept as _kept

from vault.anonymise.capitals import CapitalsRecognizer
from vault.anonymise.engine import Anonymiser


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


LIST_ENDS_A_SENTENCE = [
    ("P: The board read MOSS Peregrine; HARTE Ondine; LARK Tamsin. Then we went up.",
     "LARK Tamsin"),
    ("P: The list read RAFFERTY Hollis; GALLON Sorrel; CAPSTAN Wren. We went home.",
     "CAPSTAN Wren"),
]


@pytest.mark.parametrize(("text", "name"), LIST_ENDS_A_SENTENCE)
def test_the_last_item_of_a_surname_first_list_before_a_new_sentence(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


LIST_IN_A_SENTENCE = [
    ("P: The board said MOSS Peregrine; HARTE Ondine; LARK Tamsin.", "MOSS Peregrine"),
    ("P: The rota said CAPSTAN Wren; GALLON Sorrel; RAFFERTY Hollis.", "CAPSTAN Wren"),
]


@pytest.mark.parametrize(("text", "name"), LIST_IN_A_SENTENCE)
def test_the_first_item_of_a_surname_first_list_a_sentence_leads_into(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _covered(anonymiser, text, name)


COMMA_LISTS = [
    ("P: The sheet at the door just said PLUMB, RAFFERTY, OKONKWO, in capitals.",
     ["RAFFERTY", "OKONKWO"]),
]


@pytest.mark.parametrize(("text", "names"), COMMA_LISTS)
def test_surnames_in_capitals_listed_with_commas_in_prose(text: str, names: list[str]) -> None:
    # the capitals finder's own reading (in a long transcript the model does not see them)
    found = {text[r.start:r.end] for r in CapitalsRecognizer().analyze(text, ["PERSON"])}
    assert set(names) <= found


NOT_NAME_COMMA_LISTS = [
    "P: The letter went to NHS, GMC, BMA, everyone.",
    "P: The stamp said URGENT, CONFIDENTIAL, DRAFT, on every page.",
    "P: We give PARACETAMOL, IBUPROFEN, CODEINE, in that order.",
    "P: The signs said THEATRES, WARDS, PHARMACY, all in capitals.",
    "P: The flights went LEEDS, ABERDEEN, BELFAST, then home.",
    "P: We wrote to NHSE, UKHSA, CQC about it.",
]


@pytest.mark.parametrize("text", NOT_NAME_COMMA_LISTS)
def test_capitals_lists_of_no_surnames_give_no_names(text: str) -> None:
    assert CapitalsRecognizer().analyze(text, ["PERSON"]) == []


NOT_NAME_LISTS = [
    ("P: The letter went to NHS, GMC, BMA, everyone.", "GMC"),
    ("P: The signs said THEATRES, WARDS, PHARMACY, all in capitals.", "PHARMACY"),
    ("P: The stamp said URGENT, CONFIDENTIAL, DRAFT, on every page.", "CONFIDENTIAL"),
    ("P: We give PARACETAMOL, IBUPROFEN, CODEINE, in that order.", "IBUPROFEN"),
    ("P: Modules: ALS Refresher; BLS Update; PPE Training. Then lunch.", "Update"),
]


@pytest.mark.parametrize(("text", "word"), NOT_NAME_LISTS)
def test_lists_of_acronyms_places_medicines_and_labels_are_kept(
        anonymiser: Anonymiser, text: str, word: str) -> None:
    assert _kept(anonymiser, text, word)


# Hospitals by their initials after "the" (HOSPITAL/short leaked on fifteen development
# authors; initials ending in H on six): "the" and a final H(ospital) are two cues where "the
# XYZ" alone has one (a guess for review), so such initials are redacted without a workplace
# word near them; a clinical acronym ending in H is not, nor initials qualifying the next word.
THE_INITIALS_H = [
    ("P: The nearest acute bed is the DKH, two hours and a ferry away.", "DKH"),
    ("P: Oh, the QWMH! Aye, that's where my da died.", "QWMH"),
    ("P: Honestly, the BTGH was where I found my feet.", "BTGH"),
]


@pytest.mark.parametrize(("text", "name"), THE_INITIALS_H)
def test_initials_ending_in_h_after_the_are_a_hospital(anonymiser: Anonymiser, text: str,
                                                       name: str) -> None:
    assert _covered(anonymiser, text, name)


NOT_THE_INITIALS_H = [
    ("P: She had the PPH after delivery and we ran.", "PPH"),
    ("P: The SAH was missed on the first scan.", "SAH"),
    ("P: We went through the BPH leaflet together.", "BPH"),
    ("P: Honestly the DKH form was the worst bit.", "DKH"),
    ("P: We changed the plan after the NCISH report came out.", "NCISH"),
    ("P: Everyone quoted the BTH report at us.", "BTH"),
    ("P: The bleed was an SDH, and the ICH came later.", "ICH"),
]


@pytest.mark.parametrize(("text", "word"), NOT_THE_INITIALS_H)
def test_clinical_acronyms_ending_in_h_are_kept(anonymiser: Anonymiser, text: str,
                                                word: str) -> None:
    assert _kept(anonymiser, text, word)
