"""Calendar words: the English months, the abbreviations writers use for them, the weekdays,
and the ordinals that name a day of the month, composed from one table each. The spoken date,
age and answer finders (:mod:`vault.anonymise.spoken.dates`, ``.calendars``, ``.dictation``,
``.answers``, ``.ages``) and the written date judge (:mod:`vault.anonymise.ner_dates`) build
their patterns and word sets from these, so a month or an abbreviation is spelled once.
Months of other languages and calendars are :data:`vault.anonymise.spoken.calendars.FOREIGN_MONTHS`.

A leaf module but for :mod:`vault.anonymise.number_words`: any module may compose from it.
"""
from __future__ import annotations

from collections.abc import Iterable

from vault.anonymise.number_words import ORDINAL_WORDS

__all__ = [
    "DAY_ORDINALS_ALONE", "DAY_ORDINAL_UNITS", "MONTHS", "MONTH_ABBREVIATIONS", "MONTH_STARTS",
    "MONTH_TABLE", "UNAMBIGUOUS_LOWER_MONTHS", "WEEKDAYS", "WEEKDAY_ABBREVIATIONS", "WEEKDAY_STEMS",
    "alternation",
    "capital_either_case", "lowered",
]

#: each month and the abbreviations written for it, in calendar order ("Sep" and "Sept"; May
#: has none: it is as short as one)
MONTH_TABLE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("January", ("Jan",)), ("February", ("Feb",)), ("March", ("Mar",)), ("April", ("Apr",)),
    ("May", ()), ("June", ("Jun",)), ("July", ("Jul",)), ("August", ("Aug",)),
    ("September", ("Sep", "Sept")), ("October", ("Oct",)), ("November", ("Nov",)),
    ("December", ("Dec",)),
)
#: the months' names, capitalised, in calendar order
MONTHS: tuple[str, ...] = tuple(name for name, _ in MONTH_TABLE)
#: every abbreviation, in calendar order: "Jan", "Feb", ..., "Sep", "Sept", ..., "Dec"
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(a for _, abbrevs in MONTH_TABLE for a in abbrevs)
#: the three letters each month's name begins with, "May" too: every name and abbreviation
#: above starts with one of these
MONTH_STARTS: tuple[str, ...] = tuple(name[:3] for name in MONTHS)
#: the months whose names, lower-cased, are everyday words ("may", "march"): a lower-case
#: month is read as one only when it is none of these
_EVERYDAY_MONTHS = frozenset({"March", "May"})
#: the months safe to read in lower case, lower-cased: "january", "february", "april", ...
UNAMBIGUOUS_LOWER_MONTHS: tuple[str, ...] = tuple(name.lower() for name in MONTHS
                                                  if name not in _EVERYDAY_MONTHS)

#: the weekdays, capitalised, Monday first
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                             "Sunday")
#: each weekday without its "day": "Mon", "Tues", "Wednes", ... (a pattern adds "day" once)
WEEKDAY_STEMS: tuple[str, ...] = tuple(day.removesuffix("day") for day in WEEKDAYS)
#: each weekday cut short as rotas, diaries and e-mails type it, Monday first: "Mon", "Tue",
#: "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = ("Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur",
                                          "Thurs", "Fri", "Sat", "Sun")

#: "first" to "ninth": the ordinals a tens word goes before in a day ("twenty-first")
DAY_ORDINAL_UNITS: tuple[str, ...] = tuple(w for w, n in ORDINAL_WORDS.items() if n < 10)
#: "tenth" to "nineteenth", "twentieth", "thirtieth": the days said in one ordinal word
#: that no tens word goes before
DAY_ORDINALS_ALONE: tuple[str, ...] = tuple(w for w, n in ORDINAL_WORDS.items() if n >= 10)


def lowered(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` in lower case, in order."""
    return tuple(w.lower() for w in words)


def capital_either_case(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` as regular expressions matching their first letter in either case:
    "Mon" -> "[Mm]on"."""
    return tuple(f"[{w[0].upper()}{w[0].lower()}]{w[1:]}" for w in words)


def alternation(words: Iterable[str]) -> str:
    """``words`` as the alternatives of a regular expression, in order (no group around them);
    a word followed by itself and one more letter is written once with that letter optional:
    "Sep", "Sept" -> "Sept?". The words are literal letters (no escaping is done)."""
    items = list(words)
    out: list[str] = []
    i = 0
    while i < len(items):
        word = items[i]
        following = items[i + 1] if i + 1 < len(items) else ""
        if len(following) == len(word) + 1 and following.startswith(word):
            out.append(following + "?")
            i += 2
        else:
            out.append(word)
            i += 1
    return "|".join(out)
