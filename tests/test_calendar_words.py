"""The one calendar vocabulary (vault.anonymise.calendar_words) and the callers composed from
it: every month and weekday, and the abbreviations each caller accepted before it was
composed from the table, still accepted where they were and nowhere new."""
from __future__ import annotations

import re

import pytest

from vault.anonymise import ner_dates, recognizers
from vault.anonymise.calendar_words import (
    DAY_ORDINAL_UNITS,
    DAY_ORDINALS_ALONE,
    MONTH_ABBREVIATIONS,
    MONTH_SHORT_FORMS,
    MONTH_STARTS,
    MONTH_TABLE,
    MONTHS,
    UNAMBIGUOUS_LOWER_MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_STEMS,
    WEEKDAY_TABLE,
    WEEKDAYS,
    alternation,
    capital_either_case,
    lowered,
    optional_endings,
    optional_tails,
    shortened_alternation,
)
from vault.anonymise.number_words import ORDINAL_WORDS
from vault.anonymise.spoken import ages, answers, calendars, dates, dictation

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
                  "Dec"]
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAY_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                 "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                 *(f"twenty-{u}" for u in ["first", "second", "third", "fourth", "fifth", "sixth",
                                            "seventh", "eighth", "ninth"]),
                 "thirtieth", "thirty-first"]


def test_the_table_holds_every_month_weekday_and_day_ordinal_in_order() -> None:
    assert list(MONTHS) == _MONTH_NAMES
    assert [name for name, _ in MONTH_TABLE] == _MONTH_NAMES
    assert list(MONTH_ABBREVIATIONS) == _ABBREVIATIONS
    assert list(MONTH_STARTS) == [m[:3] for m in _MONTH_NAMES]
    assert "march" not in UNAMBIGUOUS_LOWER_MONTHS and "may" not in UNAMBIGUOUS_LOWER_MONTHS
    assert len(UNAMBIGUOUS_LOWER_MONTHS) == 10
    assert list(WEEKDAYS) == _WEEKDAY_NAMES
    assert [s + "day" for s in WEEKDAY_STEMS] == _WEEKDAY_NAMES
    assert [*DAY_ORDINAL_UNITS, *DAY_ORDINALS_ALONE] == list(ORDINAL_WORDS)
    assert all(ORDINAL_WORDS[w] < 10 for w in DAY_ORDINAL_UNITS)


_WEEKDAY_SHORTENINGS = ["Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat",
                        "Sun"]


def test_the_weekday_table_holds_each_day_and_its_shortenings_in_order() -> None:
    assert [name for name, _ in WEEKDAY_TABLE] == _WEEKDAY_NAMES
    assert list(WEEKDAY_ABBREVIATIONS) == _WEEKDAY_SHORTENINGS
    # every shortening is the day's first letters: a shortening of that day and no other
    for name, shortenings in WEEKDAY_TABLE:
        assert all(name.startswith(s[:3]) for s in shortenings)
    assert list(MONTH_SHORT_FORMS) == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                       "Sep", "Sept", "Oct", "Nov", "Dec"]


def test_optional_tails_writes_a_word_from_its_shortest_form() -> None:
    assert optional_tails(["Sep", "Sept", "September"]) == "Sep(?:t(?:ember)?)?"
    assert optional_tails(["Jun", "June"]) == "June?"
    assert optional_tails(["Thu", "Thur", "Thurs"]) == "Thu(?:rs?)?"
    assert optional_tails(["May"]) == "May"
    for forms in (["Wed", "Weds", "Wednesday"], ["Tues", "Tue"], ["Mon", "Mon"], []):
        with pytest.raises(ValueError):
            optional_tails(forms)


def test_optional_endings_writes_a_word_from_its_first_form() -> None:
    assert optional_endings(["Thu", "Thur", "Thurs", "Thursday"]) == "Thu(?:r|rs|rsday)?"
    assert optional_endings(["Wed", "Weds", "Wednesday"]) == "Wed(?:s|nesday)?"
    assert optional_endings(["Mon"]) == "Mon"
    days = re.compile("(?:" + "|".join(optional_endings((*short, day)) for day, short in WEEKDAY_TABLE)
                      + r")\Z")
    assert all(days.match(s) for s in (*_WEEKDAY_NAMES, *_WEEKDAY_SHORTENINGS))
    assert days.match("Wedn") is None and days.match("Thursd") is None
    for forms in (["Tues", "Tue"], ["Mon", "Mon"]):
        with pytest.raises(ValueError):
            optional_endings(forms)


def test_shortened_alternation_matches_every_form_and_nothing_between() -> None:
    months = re.compile("(?:" + shortened_alternation(MONTH_TABLE) + r")\Z")
    for form in (*MONTHS, *MONTH_ABBREVIATIONS):
        assert months.match(form), form
    for not_a_form in ("Janu", "Septem", "Ma", "Mays", "june", "Sepember"):
        assert months.match(not_a_form) is None, not_a_form
    days = re.compile("(?:" + shortened_alternation(WEEKDAY_TABLE, names=False) + r")\Z")
    assert shortened_alternation(WEEKDAY_TABLE, names=False) == \
        "Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun"
    assert all(days.match(s) for s in _WEEKDAY_SHORTENINGS)
    assert days.match("Monday") is None and days.match("Wedn") is None
    assert "May" not in shortened_alternation(MONTH_TABLE, names=False)
    with pytest.raises(ValueError):  # "Weds" is no prefix of "Wednesday"
        shortened_alternation(WEEKDAY_TABLE)


def test_alternation_writes_a_word_and_its_one_letter_longer_self_once() -> None:
    assert alternation(MONTH_ABBREVIATIONS) == "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    assert alternation(["Jun", "June", "Jul", "July"]) == "June?|July?"
    assert alternation(["Sept", "Sep"]) == "Sept|Sep"  # only a word followed by its longer self
    assert alternation([]) == ""
    assert capital_either_case(["Mon"]) == ("[Mm]on",)
    assert lowered(["Jan", "Sept"]) == ("jan", "sept")


@pytest.mark.parametrize("month", _MONTH_NAMES)
def test_every_month_is_read_by_every_caller(month: str) -> None:
    low = month.lower()
    assert re.fullmatch(dates._MONTH, month)
    assert ner_dates._MONTH.fullmatch(month)
    assert re.fullmatch(dates._ENGLISH_MONTH, month)
    assert month in dates._ENGLISH_MONTH_WORDS
    assert dates._ANCHOR.match(month)
    assert dates._ENGLISH_MONTH_START.match(month)
    assert low in dictation._MONTHS and low in answers._MONTHS
    assert calendars._NUMBERISH.fullmatch(low) and calendars._NUMBERISH.fullmatch(month.upper())
    assert calendars._CALENDARISH.match(month)
    assert ages._CAPTION_SUBJECT.search(f"She's forty in {low}.")
    assert ages._CAPTION_SUBJECT.search("She's forty in town.") is None
    # lower case only where the month is no everyday word: "may", "march" are not months
    everyday = month in ("March", "May")
    assert (re.fullmatch(dates._MONTH, low) is None) == everyday
    assert (ner_dates._MONTH.fullmatch(low) is None) == everyday
    assert (dates._ANCHOR.match(low) is None) == everyday


@pytest.mark.parametrize("abbreviation", _ABBREVIATIONS)
def test_every_abbreviation_is_read_where_it_was(abbreviation: str) -> None:
    low = abbreviation.lower()
    assert re.fullmatch(dates._MONTH, abbreviation) and re.fullmatch(dates._MONTH, abbreviation + ".")
    assert ner_dates._MONTH.fullmatch(abbreviation + ".")
    assert re.fullmatch(dates._ENGLISH_MONTH, abbreviation)
    assert abbreviation in dates._ENGLISH_MONTH_WORDS
    assert low in dictation._MONTHS and low in answers._MONTHS
    assert calendars._NUMBERISH.fullmatch(low)
    for typed in (f"14-{abbreviation}-1981", f"14 {abbreviation.upper()} 81"):
        assert re.fullmatch(dates._TYPED_MONTH, typed), typed
    assert dates._GLUED_MONTH.fullmatch(f"5{abbreviation}1990")
    assert dates._GLUED_MONTH.fullmatch(f"05{abbreviation.upper()}90")
    # a lower-case abbreviation is no month to the date patterns ("mar", "dec" are words)
    assert re.fullmatch(dates._MONTH, low) is None and ner_dates._MONTH.fullmatch(low) is None


def test_may_is_typed_and_glued_in_full_and_june_july_glued_in_four_letters() -> None:
    assert re.fullmatch(dates._TYPED_MONTH, "3/May/1999") and re.fullmatch(dates._TYPED_MONTH, "3.MAY.99")
    for glued in ("12MAY84", "12May84", "03JUNE1971", "03June71", "9JULY88", "9July1988"):
        assert dates._GLUED_MONTH.fullmatch(glued), glued
    assert dates._GLUED_MONTH.fullmatch("03Janu71") and not dates._GLUED_MONTH.fullmatch("03Mai71")
    assert "may" not in dates._ENGLISH_MONTH_WORDS and "Mai" not in dates._ENGLISH_MONTH_WORDS


@pytest.mark.parametrize("weekday", _WEEKDAY_NAMES)
def test_every_weekday_is_read_by_every_caller(weekday: str) -> None:
    low = weekday.lower()
    for said in (weekday, low):
        assert re.fullmatch(dates._WEEKDAY, said)
        assert ner_dates._WEEKDAY.fullmatch(said)
        assert dates._ANCHOR.match(said)
    assert ner_dates._WEEKDAY.fullmatch(weekday.upper())
    assert re.fullmatch(dates._WEEKDAY, weekday.upper()) is None  # capitalised or lower only
    assert calendars._NUMBERISH.fullmatch(low)
    assert ner_dates._ORDINAL_WEEKDAY.fullmatch(f"second {weekday}")
    assert dates._RELATIVE_BEFORE.search(f"the {weekday} after ")
    assert re.fullmatch(dates._NAMED_DAY, f"Black {weekday}")
    assert weekday not in dates._EVENT_WORDS  # everyday words: never a named day alone
    # the short stems are no weekday: "Tues", "Weds", "Thurs"
    assert ner_dates._WEEKDAY.fullmatch(weekday[:4]) is None
    assert re.fullmatch(recognizers._WEEKDAYS, weekday)
    assert re.fullmatch(recognizers._WEEKDAYS_TYPED, weekday)


_WEEKDAY_SHORT = ["Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"]


@pytest.mark.parametrize("short", _WEEKDAY_SHORT)
def test_every_weekday_cut_short_is_read_where_it_was(short: str) -> None:
    assert list(WEEKDAY_ABBREVIATIONS) == _WEEKDAY_SHORT
    for typed in (short, short + "."):
        assert re.fullmatch(recognizers._WEEKDAYS_TYPED, typed)
    assert re.fullmatch(recognizers._WEEKDAYS_TYPED, short.lower()) is None
    assert re.fullmatch(recognizers._WEEKDAYS_TYPED, short + "s") is None or short + "s" in (
        "Tues", "Weds", "Thurs")


@pytest.mark.parametrize("ordinal", _DAY_ORDINALS)
def test_every_day_of_the_month_said_as_an_ordinal(ordinal: str) -> None:
    assert ner_dates._ORDINAL.fullmatch(ordinal)
    assert ner_dates._ORDINAL.fullmatch(ordinal.capitalize())
    assert re.fullmatch(dates._ORD_WORD, ordinal)
    assert re.fullmatch(dates._ORD_WORD, ordinal.replace("-", " "))
    assert calendars._NUMBERISH.match(ordinal)
    single = "-" not in ordinal
    assert (ordinal in dictation._ORDINALS) == single and (ordinal in answers._ORDINALS) == single


def test_ordinals_past_the_month_are_no_day() -> None:
    for said in ("thirty-second", "fortieth", "hundredth"):
        assert re.fullmatch(dates._ORD_WORD, said) is None, said
    assert {"fortieth", "hundredth", "tenth", "thirtieth"} <= ages._AGE_ORDINAL_WORDS
    assert "ninth" not in ages._AGE_ORDINAL_WORDS
