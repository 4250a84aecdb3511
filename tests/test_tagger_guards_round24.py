"""Round 24: what the spoken tagger retrained with one more author (spoken/heldout16) read that
is no identifier, dropped where its spans are judged (the second number of a pair said with a
comma as an age, a letter and "for" before an address that is no spelling aid, the clause
between two numbers read out), the date it now said in one unsure run (a year, a comma, the day)
kept part by part, and the identifiers of the same shapes still found."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken import tagger as tg

needs_model = pytest.mark.skipif(not tg.MODEL_PATH.is_file(), reason="no spoken tagger model")


def _tagged(text: str) -> list[tuple[str, str]]:
    plain = tg.plain_text(text)
    return [(f.entity, plain[f.start:f.end]) for f in tg.find_tagged(plain)]


@needs_model
@pytest.mark.parametrize("text", [
    "P: The vote went fifty-three, forty-seven in the end.",
    "P: We won ninety-two, eighty-seven in the end.",
    "P: It was eighty-eight, eighty-six at half time.",
])
def test_the_second_of_a_pair_said_with_a_comma_is_no_age(text: str) -> None:
    assert not [said for entity, said in _tagged(text) if entity == "AGE"]


@needs_model
@pytest.mark.parametrize(("text", "age"), [
    ("P: How old? Forty-one, forty-two I think.", "forty-two"),  # the question on its line
    ("P: Her age, I'd say seventy-three, seventy-four.", "seventy-four"),
    ("P: She'd be aged sixty-six, sixty-seven by now.", "sixty-seven"),
    ("P: He's sixty-four, and she's sixty-two.", "sixty-two"),  # no pair: a word between
    ("P: I'm sixty-one, sixty-two next spring.", "sixty-two"),  # the first an age too
])
def test_a_pair_after_an_age_word_is_still_an_age(text: str, age: str) -> None:
    assert ("AGE", age) in _tagged(text)


@needs_model
@pytest.mark.parametrize(("text", "email"), [
    ("Try option c for sally underscore moss at outlook dot com later.",
     "sally underscore moss at outlook dot com"),
    ("It's route d for maisie underscore hart at yahoo dot co dot uk, thanks.",
     "maisie underscore hart at yahoo dot co dot uk"),
])
def test_a_letter_and_for_before_an_address_that_is_no_spelling_aid_stay_out(
        text: str, email: str) -> None:
    assert _tagged(text) == [("EMAIL", email)]


@needs_model
def test_a_spelling_aid_opening_an_address_stays_in_it() -> None:
    assert _tagged("S for sally underscore moss at outlook dot com.") == [
        ("EMAIL", "S for sally underscore moss at outlook dot com")]


@pytest.mark.parametrize(("said", "kept"), [
    ("b for tommy underscore walsh at", 2),
    ("d as in maisie underscore hart at", 3),
    ("t for tommy underscore walsh at", 0),  # "t for tommy": the letter spelled
    ("d as in delta underscore hart at", 0),
    ("sally underscore moss at", 0),
    ("b for", 0),  # nothing after the aid
])
def test_no_aid_counts_a_letter_and_its_words_only_when_the_word_is_not_the_letters(
        said: str, kept: int) -> None:
    assert tg._no_aid(said, tg.tokenise(said)) == kept


@needs_model
def test_the_clause_between_two_numbers_read_out_is_kept() -> None:
    text = ("P: ring oh seven seven one two three four five six seven eight, and the pharmacy's "
            "oh one two one, four nine six, seven seven oh two.")
    assert _tagged(text) == [("PHONE", "oh seven seven one two three four five six seven eight"),
                             ("PHONE", "oh one two one, four nine six, seven seven oh two")]


@needs_model
@pytest.mark.parametrize(("text", "number"), [
    # a number said in parts around a relay stays whole
    (("P: Carer: he's saying oh seven nine two one, and then he says four four three, eight "
      "one six."), "oh seven nine two one, and then he says four four three, eight one six"),
])
def test_a_number_said_in_parts_around_words_stays_one(text: str, number: str) -> None:
    assert _tagged(text) == [("PHONE", number)]


@pytest.mark.parametrize(("said", "pieces"), [
    ("one two three four five six and the surgery's six five four three two one",
     ["one two three four five six", "six five four three two one"]),
    ("one two three four five six, and the surgery's, six five four three two one",
     ["one two three four five six,", ", six five four three two one"]),
    ("one two three four five six and then six five four three two one",  # two words
     ["one two three four five six and then six five four three two one"]),
    ("one two three and the surgery's four five six",  # parts of one number
     ["one two three and the surgery's four five six"]),
    ("we rang the one two three four five six", ["one two three four five six"]),
])
def test_a_numbers_piece_is_cut_at_three_ordinary_words_in_a_row(said: str,
                                                                 pieces: list[str]) -> None:
    cut = tg._clauses(said, tg.tokenise(said))
    assert [said[piece[0][0]:piece[-1][1]] for piece in cut] == pieces


@needs_model
@pytest.mark.parametrize(("text", "year", "day"), [
    ("P: Born in nineteen seventy-three, the fourth of October.", "nineteen seventy-three",
     "fourth of October"),
    ("P: He was born nineteen eighty-one, the twelfth of March.", "nineteen eighty-one",
     "twelfth of March"),
])
def test_a_year_and_a_day_said_a_comma_apart_are_each_found(text: str, year: str,
                                                            day: str) -> None:
    assert {("DATE", year), ("DATE", day)} <= set(_tagged(text))


@needs_model
@pytest.mark.parametrize("text", [
    "P: It was eighty-eight, eighty-six at half time.",  # no day or month: no date in parts
    "P: Room nineteen sixty-six, the second floor, by the lifts.",
    "P: We did twenty, thirty, the second lot of forms after lunch.",
])
def test_numbers_and_ordinals_a_comma_apart_are_no_date(text: str) -> None:
    assert _tagged(text) == []


def test_comma_parts_are_the_tokens_between_commas() -> None:
    said = "nineteen sixty-six, the second of May"
    toks = tg.tokenise(said)
    parts = tg._comma_parts(said, toks)
    assert [said[p[0][0]:p[-1][1]] for _, p in parts] == ["nineteen sixty-six", "the second of May"]
    assert [toks.index(p[0]) for _, p in parts] == [k for k, _ in parts]
    assert tg._comma_parts("the second of May", tg.tokenise("the second of May")) == []
