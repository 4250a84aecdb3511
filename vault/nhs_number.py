"""NHS numbers: the modulus-11 check digit, in one place for the recognizer, validation and
the sample study.

Weights 10..2 over the first nine digits; the check digit is 11 minus the remainder, 11 means
0, and 10 means the number is never issued.
"""
from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s-]")


def check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None when no valid number starts with them."""
    check = 11 - sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1))) % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def is_valid(value: str) -> bool:
    """Whether ``value`` (digits, optionally spaced or dashed) is a 10-digit NHS number whose
    check digit is right."""
    digits = _SEPARATORS.sub("", value)
    if len(digits) != 10 or not digits.isdigit():
        return False
    return check_digit(digits[:9]) == int(digits[9])
