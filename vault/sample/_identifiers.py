"""Fictional identifiers for the sample: NHS numbers from the 999 test range (valid check
digit), postcodes of real districts, phone numbers from Ofcom's drama ranges, e-mail addresses
on reserved ``example.*`` domains, spoken dates, and participant codes.
"""
from __future__ import annotations

import random
import re
import unicodedata
from datetime import date

from vault import nhs_number
from vault.sample._data import Town

_POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # inward-code letters (no C I K M O V)
_CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ"   # participant codes "P?": no I, O, L (confusable)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ø", "o"))
    return re.sub(r"[^a-z]", "", folded.encode("ascii", "ignore").decode().lower())


def fake_nhs_number(rng: random.Random) -> str:
    """A number in the NHS's 999 test range with a valid modulus-11 check digit."""
    while True:
        first_nine = "999" + "".join(str(rng.randrange(10)) for _ in range(6))
        check = nhs_number.check_digit(first_nine)
        if check is not None:
            raw = f"{first_nine}{check}"
            style = rng.randrange(3)
            if style == 0:
                return f"{raw[:3]} {raw[3:6]} {raw[6:]}"
            if style == 1:
                return raw
            return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"


def fake_postcode(rng: random.Random, town: Town) -> str:
    return (f"{rng.choice(town.outward)} {rng.randrange(1, 10)}"
            f"{rng.choice(_POSTCODE_LETTERS)}{rng.choice(_POSTCODE_LETTERS)}")


def fake_mobile(rng: random.Random) -> str:
    return f"07700 900{rng.randrange(1000):03d}"


def fake_landline(rng: random.Random, town: Town) -> str:
    return f"{town.dialling}{rng.randrange(1000):03d}"


def international(number: str) -> str:
    """+44 form of a national number: drop the trunk 0."""
    return "+44 " + number[1:]


def _ordinal_day(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def spoken_date(rng: random.Random, when: date) -> tuple[str, str]:
    """(text planted, how the sentence introduces it) in one of the ways people say dates."""
    month = when.strftime("%B")
    style = rng.randrange(3)
    if style == 0:
        return f"{_ordinal_day(when.day)} of {month} {when.year}", "the "
    if style == 1:
        return f"{when.day} {month} {when.year}", ""
    return when.strftime("%d/%m/%Y"), ""


def age_on(born: date, when: date) -> int:
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six")


def draw_codes(rng: random.Random, count: int) -> list[str]:
    """Distinct two-letter codes like "PJ": P and a letter that cannot be misread as 1 or 0."""
    return rng.sample([f"P{letter}" for letter in _CODE_LETTERS], count)


def fake_email(rng: random.Random, first: str, surname: str, taken: set[str]) -> str:
    f, s = _ascii(first), _ascii(surname)
    options = [f"{f}.{s}@nhs.example.net", f"{f[0]}{s}@example.org", f"dr.{s}@example.com",
               f"{f}{s}{rng.randrange(70, 99)}@example.com", f"{f}.{s}@example.org"]
    for _ in range(20):
        candidate = rng.choice(options)
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    candidate = f"{f}.{s}{len(taken)}@example.net"
    taken.add(candidate)
    return candidate
