"""Round 27: a tagged e-mail address ends where its domain has been said and a clause mark
follows (vault/anonymise/spoken/tagger.py, ``_address_end``)."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken import tagger as tg


def _address(text: str) -> str | None:
    toks = tg.tokenise(text)
    span = tg._trimmed(text, toks, "EMAIL")
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(("said", "address"), [
    ("pat dot orme at leedsth dot n h s dot u k, but she's at the clinic",
     "pat dot orme at leedsth dot n h s dot u k"),
    ("ivo underscore rey at mail dot com; he's at home on Fridays",
     "ivo underscore rey at mail dot com"),
    ("tam dot quill at ucl dot ac dot uk. We met at the bar", "tam dot quill at ucl dot ac dot uk"),
    ("bo dot vane at nhs dot net? Or at nhs dot uk", "bo dot vane at nhs dot net"),
])
def test_the_clause_after_a_said_domain_is_no_part_of_the_address(said: str, address: str) -> None:
    assert _address(said) == address


@pytest.mark.parametrize(("said", "address"), [
    # a pause or a comma before the domain is said ends nothing
    ("kit dot lowe at, um, gmail dot com", "kit dot lowe at, um, gmail dot com"),
    ("rae, dot, finch at outlook dot com", "rae, dot, finch at outlook dot com"),
    # an address with no clause after it, and the second of two "at"s begins it as before
    ("reach me at sol dot ferris at hotmail dot co dot uk", "sol dot ferris at hotmail dot co dot uk"),
    # a dot typed inside the domain is no full stop
    ("lou at cam.ac.uk, I think", "lou at cam.ac.uk"),
])
def test_an_address_said_with_pauses_before_its_domain_is_whole(said: str, address: str) -> None:
    assert _address(said) == address


def _date(text: str) -> str | None:
    toks = tg.tokenise(text)
    span = tg._trimmed(text, toks, "DATE")
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(("said", "date"), [
    ("Monday the sixth of June, the three-fifteen", "Monday the sixth of June"),  # a race's time
    ("the second of April, heat four", "second of April"),  # (an article opens no date)
    ("the ninth of May, ten stone six", "ninth of May"),  # a weight
    ("the twelfth of March, the twins were four", "twelfth of March"),
])
def test_what_follows_a_day_and_a_month_after_a_comma_is_no_date_unless_a_year(said: str,
                                                                               date: str) -> None:
    assert _date(said) == date


@pytest.mark.parametrize("said", [
    "the sixth of June, nineteen eighty-two",
    "the sixth of June, um, in nineteen eighty-two",
    "the sixth of June, two thousand and four",
    "nineteen eighty-two, the sixth of June",  # the year first: the day and month after it
    "June the sixth, 1982",
])
def test_a_year_after_a_day_and_a_month_and_a_comma_is_part_of_the_date(said: str) -> None:
    assert _date(said) == said.removeprefix("the ")
