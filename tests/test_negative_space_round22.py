"""Round 22 of issue 14 (tune-negspace22): the hard negatives round 22's spaces found still
redacted, as shapes of their own in the spaces (``tests/_spoken_number_space.py``'s
``neg/numbered_*``, ``neg/pairs_*``, ``neg/score_pair*``, ``neg/thing_age_*``;
``tests/_written_number_space.py``'s ``typed_readings``; ``tests/_person_name_space.py``'s
``neg/month_time``), each kept by the whole engine at the depth that owns it:

* a point of a talk or a document numbered with "dot" and then "at" the next ("slide four dot
  two, then at slide five dot one"): the spoken tagger read an e-mail address; no top-level
  domain is a number (``tagger._a_numbered_point``);
* letters each with one number, listed ("A two, B six, C one", "E four, D five"): the tagger
  read a postcode; an inward code ends in two letters, so a run of letter-number pairs that ends
  on a number is a list (``tagger._letter_number_pairs``);
* a score said as two numbers ("sixty-seven sixty-three"): the tagger counted "sixty-seven" as
  three digits and reached a phone number's six; two numbers of two digits and no more are
  four digits, a score (``tagger._two_compounds``; the count itself is left alone: a phone
  the tagger drops there used to hide a date or an age another window tagged over it);
* ratings typed as fractions ("Rated 7/10, then 6/10"): the tagger read a GMC number; every
  number a fraction and no number word beside is no number read out (``tagger._fractions_only``);
* decimals typed in a list ("0.043, 0.051 and 0.048", "12.5, 13.25"): four finders of numbers
  read a phone number (and the tagger a date); the engine drops a number found there whoever
  found it (``ordinary_labels.typed_decimals``), a date kept when a decimal could be its day and
  month ("12.5.21" is no list of decimals anyway);
* a month after a word of time that opens the sentence ("Every May we do the audit", "Come June
  we'll know"): the word-name finder took the month for a person; the engine's time words were
  matched in lower case only (``engine._MONTH_AFTER_TIME``);
* a thing's age asked with a possessive ("How old's your car?" -- "Oh, nine") or answered with
  an interjection the tagger is sure of ("How old is that old scanner?" -- "Oh, twenty."): the
  thing question took "the"/"that" only, and the tagger had no thing veto
  (``ages._THING_ASKED``, ``ages.thing_asked_before`` in the tagger).

Decided by the conventions, no change: "the Cairngorms and the Mournes" are LOCATIONs
(``tests/corpus/README.md`` lists landscape areas, "the Mournes" among them, as places), so only
a PERSON there would be wrong; "St Patrick's Day" is a DATE (a fixed holiday is a day and month,
``tests/corpus/spoken/README.md``; the engine's ``FEASTS`` turn such days into dates).
"""
from __future__ import annotations

import re

import pytest
from _mentions import marked_and_kept as parse
from _person_name_space import cases as person_cases
from _space_assertions import engine_spans, touched_kept
from _spoken_number_space import cases as spoken_cases
from _written_number_space import cases as written_cases

from vault.anonymise.engine import Anonymiser
from vault.anonymise.ordinary_labels import typed_decimals
from vault.anonymise.spoken import tagger as tg
from vault.anonymise.spoken.ages import thing_asked_before

_SPOKEN_SHAPES = re.compile(r"neg/(?:numbered_|pairs_|score_pair|thing_age_)")
NEGATIVES = sorted(
    {(s, t) for s, t in spoken_cases("neg/") if _SPOKEN_SHAPES.match(s)}
    | {(s, t) for s, t in written_cases("neg/") if s in ("neg/rating", "neg/decimals")}
    | {(s, t) for s, t in person_cases("neg/month")})


def _touched(anonymiser: Anonymiser, marked: str) -> list[str]:
    text, _, kept = parse(marked)
    return touched_kept(text, kept, engine_spans(anonymiser, text))


def test_the_new_negative_shapes_are_many() -> None:
    shapes = {s for s, _ in NEGATIVES}
    assert len(NEGATIVES) >= 120 and len(shapes) >= 20


@pytest.mark.parametrize(("shape", "marked"), NEGATIVES)
def test_the_engine_keeps_the_new_hard_negatives(anonymiser: Anonymiser, shape: str,
                                                 marked: str) -> None:
    assert not _touched(anonymiser, marked)


def _entities(anonymiser: Anonymiser, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.entity_type for r in anonymiser.redact(text).replacements}


# -- the same shapes that ARE identifiers stay found ----------------------------------------------

@pytest.mark.parametrize(("text", "said", "entity"), [
    ("P07: My postcode's B six, one A B.", "B six, one A B", "POSTCODE"),
    ("P07: It's W one A, one A A, by the station.", "W one A, one A A", "POSTCODE"),
    ("P07: Email me at jo dot bloggs at nhs dot net.", "jo dot bloggs at nhs dot net", "EMAIL"),
    ("P07: My mobile is oh seven seven double four, sixty-seven, twenty-three, forty-one.",
     "oh seven seven double four, sixty-seven, twenty-three, forty-one", "PHONE"),
    ("P07: Ring me on 0141.496.0000 after six.", "0141.496.0000", "PHONE"),
    ("P07: She was seen on 12.5.21 in clinic.", "12.5.21", "DATE"),
])
def test_identifiers_of_the_same_shapes_are_still_found(anonymiser: Anonymiser, text: str,
                                                        said: str, entity: str) -> None:
    found = anonymiser.redact(text).replacements
    at = text.index(said)
    assert any(r.entity_type == entity and r.start <= at and at + len(said) <= r.end
               for r in found)


@pytest.mark.parametrize("text", [
    "I: How old's your son?\nP07: Oh, twelve.",
    "I: How old is your daughter now?\nP07: Nine.",
    "I: How old's your mum?\nP07: Eighty-one.",
])
def test_a_persons_age_asked_with_your_is_still_an_age(anonymiser: Anonymiser, text: str) -> None:
    assert "AGE" in _entities(anonymiser, text).values()


@pytest.mark.parametrize("text", ["P07: May said she'd cover.", "P07: I told June about it."])
def test_a_month_name_as_a_name_is_still_a_person(anonymiser: Anonymiser, text: str) -> None:
    assert "PERSON" in _entities(anonymiser, text).values()


# -- decided by the conventions -------------------------------------------------------------------

def test_hill_ranges_are_places_not_families(anonymiser: Anonymiser) -> None:
    found = _entities(anonymiser, "P1: We climbed the Cairngorms and the Mournes.")
    assert "PERSON" not in found.values()


def test_a_fixed_holiday_is_a_date(anonymiser: Anonymiser) -> None:
    assert _entities(anonymiser, "P07: We had a party on St Patrick's Day.") \
        == {"St Patrick's Day": "DATE"}


# -- the units ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("words", "two"), [
    (["sixty", "-", "seven", "sixty", "-", "three"], True),
    (["forty", "-", "nine", ",", "sixty", "-", "four"], True),
    (["eleven", "twenty", "-", "two"], True),
    (["sixty", "-", "seven", "sixty", "-", "three", "oh", "two"], False),
    (["sixty", "-", "seven", ",", "twenty", "-", "three", ",", "forty", "-", "one"], False),
    (["double", "four", "sixty", "-", "seven"], False),
    (["sixty", "seven", "sixty", "three"], False),  # read out: "sixty", "seven", ...
])
def test_two_numbers_of_two_digits_are_a_score(words: list[str], two: bool) -> None:
    assert tg._two_compounds(words) is two


@pytest.mark.parametrize(("words", "point"), [
    (["section", "three", "dot", "two", ",", "then", "at", "section", "four", "dot", "one"], True),
    (["slide", "4", "dot", "2", "at", "slide", "5", "dot", "1"], True),
    (["jo", "dot", "bloggs", "at", "nhs", "dot", "net"], False),
    (["jo", "two", "at", "gmail", "dot", "com"], False),
])
def test_a_numbered_point_is_no_domain(words: list[str], point: bool) -> None:
    assert tg._a_numbered_point(words) is point


@pytest.mark.parametrize(("text", "pairs"), [
    ("A two, B six, C one", True),
    ("E four, D five", True),
    ("A two, B twenty-three and C one", True),
    ("B six, one A B", False),
    ("W one A, one A A", False),
    ("E C one A, one B B", False),
])
def test_letter_number_pairs(text: str, pairs: bool) -> None:
    assert tg._letter_number_pairs(text, tg.tokenise(text)) is pairs


@pytest.mark.parametrize(("said", "only"), [
    ("7/10, then 6/10", True), ("4/5", True), ("7/10, then six", False),
    ("12/05/2021", False), ("0141 496 0000", False),
])
def test_fractions_only(said: str, only: bool) -> None:
    assert tg._fractions_only(said) is only


@pytest.mark.parametrize(("text", "entity", "decimals"), [
    ("p was 0.043, 0.051 and 0.048.", "PHONE", True),
    ("p was 0.043 only.", "PHONE", True),
    ("They were 12.5, 13.25 then.", "PHONE", True),
    ("Ring 0141.496.0000 now.", "PHONE", False),
    ("Ring 07700.900123 now.", "PHONE", False),
    ("Seen 12.5 and 3.4 in May.", "DATE", False),  # could be days and months
    ("Readings 13.25 and 14.40 then.", "DATE", True),
])
def test_typed_decimals(text: str, entity: str, decimals: bool) -> None:
    m = re.search(r"\d[\d.]*(?:(?:,| and) \d[\d.]*)*\d", text)
    assert m is not None
    assert typed_decimals(text, m.start(), m.end(), entity) is decimals


@pytest.mark.parametrize(("text", "thing"), [
    ("I: How old's your car?\nP: ", True),
    ("I: How old is that old scanner?\nP: ", True),
    ("I: How old was their van?\nP: ", True),
    ("I: How old's your son?\nP: ", False),
    ("I: How old is your little brother?\nP: ", False),
])
def test_a_things_age_asked_with_a_possessive(text: str, thing: bool) -> None:
    assert thing_asked_before(text, len(text)) is thing
