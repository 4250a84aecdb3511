"""Number words, and the value each says: shared by the spoken finders
(:mod:`vault.anonymise.spoken.numbers` reads numbers with them) and the written ones that
look for a number said in words (:mod:`vault.anonymise.vocabulary`). A leaf module: it
imports nothing, so any module may compose its patterns from these lists.
"""
from __future__ import annotations

__all__ = ["ORDINAL_WORDS", "TEEN_WORDS", "TENS_WORDS", "UNIT_WORDS"]

#: unit words, their digit; "oh"/"nought" are how zero is read out in digit strings
UNIT_WORDS: dict[str, int] = {
    "zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEEN_WORDS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
#: ordinal words said alone, their number: each day of a month but the compounds, which are a
#: tens word and one of these ("twenty-first", "thirty-first")
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
