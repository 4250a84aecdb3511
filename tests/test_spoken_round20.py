"""Round 20 of issue 14: spoken identifiers with a letter *described* while it is spelled, and a
house number put right inside a spoken address, by class (each leaked on the development
authors as more than one author's habit):

* a one-letter particle spelled before "space", "hyphen" or "dash", with or without its mark
  ("O with a fada, space, M, A, ...", "O fada-space-M-A-..."): the particle is part of the
  spelling, not a letter left standing before it; and a mark said inside a spelling written
  with hyphens ("P-A with a fada-I-D-I") does not end the spelling;
* an e-mail's local part opening with a letter and the word said for it ("t for tommy
  underscore walsh at ...", "k as in kilo dot ...") or with the case said before a run of
  letters ("capital b-a-x-t-e-r six zero at ..."): the letter and its word, or the case, are the
  address's;
* a spoken address whose house number is put right after a dash ("eighty-nine, er, no -
  seventy-nine Harcourt Road West"): the engine's cut of a header's next field no longer cuts a
  spoken finder's span at its own dash, and a street's quarter ("Road West", "Lane East") ends
  the street.

Hard negatives: "A, space, then B" and "Plan B, dash, nothing" spell no name; a letter whose word
does not open with it ("plan b for tommy ...") stays out of the address; "Station Road, West of
the river" and "Station Road West Didsbury" keep the quarter out; "Ealing General - round 4" is
still cut at the dash. Every sentence is made up here (none is from a corpus)."""
from __future__ import annotations

import re
from typing import Any

import pytest
from _mentions import nth_covered, replaced_spans

from vault.anonymise.spoken import find_spoken_forms


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start:f.end] for f in find_spoken_forms(text) if f.entity == entity]


# --- a one-letter particle spelled before "space", "hyphen", "dash" -------------------------------

PARTICLES = [
    ("Surname? O with a fada, space, M, A, O, L, A, I, N. Thanks.",
     "O with a fada, space, M, A, O, L, A, I, N"),
    ("Surname? O fada-space-M-A-O-L-A-I-N. Thanks.", "O fada-space-M-A-O-L-A-I-N"),
    ("For the record: O with an accent space D U B H G H A I L L full stop.",
     "O with an accent space D U B H G H A I L L"),
    ("She spells it O with a fada, space, C, E, A, L, L, A, I, G, H. That's her.",
     "O with a fada, space, C, E, A, L, L, A, I, G, H"),
    ("It's P-A with a fada-I-D-I with a fada. Everyone leaves the marks off.",
     "P-A with a fada-I-D-I with a fada"),
]


@pytest.mark.parametrize(("text", "spelled"), PARTICLES)
def test_a_particle_spelled_before_space_is_part_of_the_spelling(text: str, spelled: str) -> None:
    assert any(spelled in span for span in _found(text, "PERSON")), _found(text, "PERSON")


PARTICLE_NEGATIVES = [
    "I said A, space, then B. Fine.",
    "Plan B, dash, nothing else worked.",
    "I, hyphen, whatever you call it, never mind.",
    "Press the space bar, then K, then enter.",
]


@pytest.mark.parametrize("text", PARTICLE_NEGATIVES)
def test_a_letter_before_space_alone_spells_nothing(text: str) -> None:
    assert _found(text, "PERSON") == []


# --- an e-mail opening with a letter and its word, or with a case said --------------------------

EMAILS = [
    ("Email me on t for tommy underscore walsh at gmail dot com please.",
     "t for tommy underscore walsh at gmail dot com"),
    ("Or the home one, k as in kilo dot brennan at yahoo dot co dot uk.",
     "k as in kilo dot brennan at yahoo dot co dot uk"),
    (("Or the home one, s for sugar, underscore hingley at the sign barnsley hospital dot n h s "
      "dot u k."), "s for sugar, underscore hingley at the sign barnsley hospital dot n h s dot u k"),
    ("You'll get her at capital b-a-x-t-e-r six zero at tenementnet full stop co full stop uk.",
     "capital b-a-x-t-e-r six zero at tenementnet full stop co full stop uk"),
    ("Here it is. alphonsus dash capital w-a-d-d-e-l-l at tenementnet full stop co full stop uk.",
     "alphonsus dash capital w-a-d-d-e-l-l at tenementnet full stop co full stop uk"),
]


@pytest.mark.parametrize(("text", "email"), EMAILS)
def test_an_email_opening_with_a_spelling_aid_is_whole(text: str, email: str) -> None:
    assert email in _found(text, "EMAIL"), _found(text, "EMAIL")


EMAIL_NEGATIVES = [
    # the letter's word does not open with the letter: "b" is no part of the address
    ("Use plan b for tommy underscore walsh at gmail dot com please.",
     "tommy underscore walsh at gmail dot com"),
    # a sentence ends between the letter and its word
    ("It's plan t. For tommy underscore walsh at gmail dot com please.",
     "tommy underscore walsh at gmail dot com"),
]


@pytest.mark.parametrize(("text", "email"), EMAIL_NEGATIVES)
def test_a_letter_that_is_no_spelling_aid_stays_out(text: str, email: str) -> None:
    assert _found(text, "EMAIL") and max(_found(text, "EMAIL"), key=len) == email


# --- a house number put right inside a spoken address --------------------------------------------

REPAIRED = [
    ("At her place, sixty-one, er, no - fifty-one Harcourt Road West, Dunmow.",
     "fifty-one Harcourt Road West"),
    ("At her place, forty-one - scratch that - thirty-one Cranford Avenue, Hexley.",
     "thirty-one Cranford Avenue"),
    ("Post it to one hundred and forty-three, no - one hundred and twenty-three Pellow Road.",
     "one hundred and twenty-three Pellow Road"),
]


@pytest.mark.parametrize(("text", "address"), REPAIRED)
def test_a_house_number_put_right_after_a_dash_is_redacted(anonymiser: Any, text: str,
                                                           address: str) -> None:
    assert nth_covered(anonymiser, text, address, 0), replaced_spans(anonymiser, text)


def test_a_streets_quarter_ends_the_street() -> None:
    assert "twelve Castle Lane East" in _found(
        "She lives at twelve Castle Lane East in Poole.", "LOCATION")


@pytest.mark.parametrize("text", ["She lives at twelve Station Road West Didsbury now.",
                                  "She lives at twelve Station Road, West of the river."])
def test_a_place_after_the_street_is_no_quarter(text: str) -> None:
    assert "twelve Station Road" in _found(text, "LOCATION")
    assert not any("West" in span for span in _found(text, "LOCATION"))


def test_a_headers_next_field_is_still_cut_at_its_dash(anonymiser: Any) -> None:
    text = "Ealing General - round 4 notes."
    assert not any("round" in text[s:e] for s, e, _ in replaced_spans(anonymiser, text))


# --- a spelling's words are no one's login ---------------------------------------------------------

SPELLINGS_WITH_WORDS = [
    (("Study team: And your first name? I want the fada right.  RT-03: E with a fada, A, B, H, A. "
     "Everyone leaves the fada off."), "fada"),
    (("Int: And the surname? I need the hacek right.  P4: C with a hacek, A, P, E, K. Nobody "
     "bothers with the hacek here."), "hacek"),
]


@pytest.mark.parametrize(("text", "word"), SPELLINGS_WITH_WORDS)
def test_the_words_said_of_a_spelled_letter_spread_nowhere(anonymiser: Any, text: str,
                                                           word: str) -> None:
    spans = replaced_spans(anonymiser, text)
    outside = [m.start() for m in re.finditer(word, text)
               if not any(s <= m.start() < e and "," in text[s:e] for s, e, _ in spans)]
    assert outside and not any(s <= at < e for at in outside for s, e, _ in spans), spans


def test_a_login_written_with_a_found_name_is_still_a_handle(anonymiser: Any) -> None:
    text = "My login is okaforj, and Dr Amara Okafor is my supervisor."
    assert nth_covered(anonymiser, text, "okaforj", 0)


# --- a postcode's district said digit by digit, the outward code alone ------------------------------

OUTWARD_DIGITS = [
    ("Well, my brother was in the L one three district then.", "L one three"),
    ("We were in the old G two one district then, before the new estate.", "G two one"),
    ("Aye, we lived in the old N E two six district, by the docks.", "N E two six"),
]


@pytest.mark.parametrize(("text", "outward"), OUTWARD_DIGITS)
def test_an_outward_code_with_its_district_said_digit_by_digit(text: str, outward: str) -> None:
    assert outward in _found(text, "POSTCODE"), _found(text, "POSTCODE")


@pytest.mark.parametrize("text", ["The M one one area is busy at six.",
                                  "Ward B one two area is closed for cleaning.",
                                  "She was in the area two three times last year."])
def test_digits_beside_area_that_are_no_outward_code(text: str) -> None:
    assert _found(text, "POSTCODE") == []
