"""Calendar words: the English months and the abbreviations writers use for them, the
weekdays and the shortenings rotas and diaries write for them, and the ordinals that name a day
of the month, composed from one table each. The spoken finders (:mod:`vault.anonymise.spoken.dates`,
``.calendars``, ``.dictation``, ``.answers``, ``.ages``, ``.tagger``, ``.addresses``,
``.density``, ``.initials``), the written date judge (:mod:`vault.anonymise.ner_dates`), the
written recognizers and the engine (``recognizers``, ``engine``, ``ner_input``,
``ordinary_labels``, ``vocabulary``, ``person_contexts``, ``landforms``) build their patterns
and word sets from these, so a month, a weekday or an abbreviation is spelled once.
Months of other languages and calendars are :data:`vault.anonymise.spoken.calendars.FOREIGN_MONTHS`.

A leaf module but for :mod:`vault.anonymise.number_words`: any module may compose from it.
"""
from __future__ import annotations

from collections.abc import Iterable

from vault.anonymise.number_words import ORDINAL_WORDS

__all__ = [
    "DAY_ORDINALS_ALONE", "DAY_ORDINAL_UNITS", "MONTHS", "MONTH_ABBREVIATIONS",
    "MONTH_SHORT_FORMS", "MONTH_STARTS", "MONTH_TABLE", "UNAMBIGUOUS_LOWER_MONTHS", "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS", "WEEKDAY_STEMS", "WEEKDAY_TABLE", "alternation",
    "capital_either_case", "lowered", "optional_endings", "optional_tails", "shortened_alternation",
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
#: each month's short forms: its abbreviations, or its name if it has none ("Jan", "May",
#: "Sep", "Sept"), as a typed date writes the month
MONTH_SHORT_FORMS: tuple[str, ...] = tuple(form for name, abbrevs in MONTH_TABLE
                                           for form in abbrevs or (name,))
#: the three letters each month's name begins with, "May" too: every name and abbreviation
#: above starts with one of these
MONTH_STARTS: tuple[str, ...] = tuple(name[:3] for name in MONTHS)
#: the months whose names, lower-cased, are everyday words ("may", "march"): a lower-case
#: month is read as one only when it is none of these
_EVERYDAY_MONTHS = frozenset({"March", "May"})
#: the months safe to read in lower case, lower-cased: "january", "february", "april", ...
UNAMBIGUOUS_LOWER_MONTHS: tuple[str, ...] = tuple(name.lower() for name in MONTHS
                                                  if name not in _EVERYDAY_MONTHS)

#: each weekday and the shortenings rotas, diaries, tables and chat stamps write for it,
#: shortest first, Monday first ("Tue" and "Tues"; "Thu", "Thur" and "Thurs")
WEEKDAY_TABLE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Monday", ("Mon",)), ("Tuesday", ("Tue", "Tues")), ("Wednesday", ("Wed", "Weds")),
    ("Thursday", ("Thu", "Thur", "Thurs")), ("Friday", ("Fri",)), ("Saturday", ("Sat",)),
    ("Sunday", ("Sun",)),
)
#: the weekdays, capitalised, Monday first
WEEKDAYS: tuple[str, ...] = tuple(name for name, _ in WEEKDAY_TABLE)
#: every weekday's shortening, in order: "Mon", "Tue", "Tues", "Wed", "Weds", "Thu", ...
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = tuple(a for _, abbrevs in WEEKDAY_TABLE for a in abbrevs)
#: each weekday without its "day": "Mon", "Tues", "Wednes", ... (a pattern adds "day" once)
WEEKDAY_STEMS: tuple[str, ...] = tuple(day.removesuffix("day") for day in WEEKDAYS)

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


def optional_tails(forms: Iterable[str]) -> str:
    """The forms of one word, each a prefix of the next ("Sep", "Sept", "September"), as one
    regular expression: the shortest, then each longer form's extra letters optional, nested:
    "Sep(?:t(?:ember)?)?"; one extra letter takes no group ("Jun", "June" -> "June?"). The
    forms are literal letters (no escaping is done)."""
    items = list(forms)
    if not items:
        raise ValueError("optional_tails needs at least one form")
    tail = ""
    for shorter, longer in zip(reversed(items[:-1]), reversed(items[1:])):
        if not longer.startswith(shorter) or len(longer) == len(shorter):
            raise ValueError(f"{shorter!r} is no shorter prefix of {longer!r}")
        extra = longer[len(shorter):] + tail
        tail = f"{extra}?" if len(extra) == 1 else f"(?:{extra})?"
    return items[0] + tail


def optional_endings(forms: Iterable[str]) -> str:
    """The forms of one word, each beginning with the first ("Thu", "Thur", "Thurs",
    "Thursday"), as one regular expression: the first, then the others' endings as optional
    alternatives, in order: "Thu(?:r|rs|rsday)?". The forms are literal letters."""
    items = list(forms)
    if not items:
        raise ValueError("optional_endings needs at least one form")
    first, *longer = items
    for form in longer:
        if not form.startswith(first) or form == first:
            raise ValueError(f"{form!r} does not lengthen {first!r}")
    if not longer:
        return first
    return first + "(?:" + "|".join(form[len(first):] for form in longer) + ")?"


def shortened_alternation(table: Iterable[tuple[str, tuple[str, ...]]], *,
                          names: bool = True) -> str:
    """A table's names and their abbreviations (:data:`MONTH_TABLE`) as the alternatives of a
    regular expression, each name once, written from its shortest abbreviation with the rest
    optional: "Jan(?:uary)?|...|May|June?|July?|...|Sep(?:t(?:ember)?)?|..." (no group
    around them). Each abbreviation must be a prefix of the next, and of the name unless
    ``names`` is false: then only the abbreviations, a name without any left out
    (:data:`WEEKDAY_TABLE`: "Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun")."""
    return "|".join(optional_tails((*abbrevs, name) if names else abbrevs)
                    for name, abbrevs in table if names or abbrevs)
