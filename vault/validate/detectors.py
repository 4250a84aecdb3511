"""Identifier detectors: how each kind of identifier is found in a string, without GX.

Each identifier kind is an :class:`IdentifierDetector`: a *prefilter* regex written in the
subset that Python ``re`` and RE2 (DuckDB) read alike (and that ``vault.spark._java_regex``
rewrites for Java), and an exact Python *confirm* function::

    detector("nhs-number").contains("NHS 943 476 5919")        # True: valid check digit
    register_name_detector(["Sarah Khan"]).contains("sarah khan said")   # True

The Great Expectations expectations (:mod:`vault.validate.expectations`) and every engine run
``prefilter AND confirm``. This module imports no Great Expectations, so Spark's Python
workers load it quickly.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from vault import nhs_number

__all__ = ["DETECTORS", "IdentifierDetector", "detector", "nhs_number_valid",
           "register_name_detector"]


@dataclass(frozen=True)
class IdentifierDetector:
    """How to find one kind of identifier in a string.

    :param kind: the check kind (``email``, ``uk-phone``, …), used in check names.
    :param prefilter: a regex both Python ``re`` and RE2 accept with the same meaning; every
        string holding the identifier matches it. Flags are scoped (``(?i:…)``) so that
        prefilters can be joined into one alternation (the DuckDB engine scans a column once).
    :param confirm: exact test run on prefiltered strings; ``None`` when the prefilter is exact.
    """

    kind: str
    prefilter: str
    confirm: Callable[[str], bool] | None = None

    def contains(self, text: str) -> bool:
        if not re.search(self.prefilter, text):
            return False
        return self.confirm(text) if self.confirm is not None else True


_EMAIL = r"(?i:[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})"
# UK numbers: 0 then 9 or 10 digits, or +44 (optionally "(0)") then 9 or 10 digits; spaces or
# hyphens between digits. Non-digit edges so an NHS number or a long id is not a phone.
_UK_PHONE = (r"(?:^|[^0-9+])(?:\+44[ -]?(?:\(0\)[ -]?)?|\(?0)[1-9]"
             r"(?:[ )-]{0,2}[0-9]){8,9}(?:[^0-9]|$)")
# Outward code (A9, A99, A9A, AA9, AA99, AA9A), optional space, inward code (9AA).
_UK_POSTCODE = (r"(?i:(?:^|[^a-z0-9])[a-z]{1,2}[0-9][a-z0-9]? ?[0-9][abd-hjlnp-uw-z]{2}"
                r"(?:[^a-z0-9]|$))")
_NHS_CANDIDATE = r"(?:^|[^0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?:[^0-9]|$)"
_NHS_EXACT = re.compile(r"(?<![0-9])([0-9]{3})[ -]?([0-9]{3})[ -]?([0-9]{4})(?![0-9])")


#: True when a 10-digit string passes the NHS number modulus-11 check
nhs_number_valid = nhs_number.is_valid


def _contains_nhs_number(text: str) -> bool:
    return any(nhs_number_valid("".join(m.groups())) for m in _NHS_EXACT.finditer(text))


# An unrendered participant marker token (vault.markers: U+27E6 "P:" marker U+27E7) in a
# release would expose the stable internal marker that code rotation exists to hide.
_MARKER_TOKEN = "\u27e6P:[A-Za-z0-9_.-]{1,64}\u27e7"

#: the fixed identifier kinds, scanned in every string column
DETECTORS: dict[str, IdentifierDetector] = {
    "email": IdentifierDetector("email", _EMAIL),
    "uk-phone": IdentifierDetector("uk-phone", _UK_PHONE),
    "nhs-number": IdentifierDetector("nhs-number", _NHS_CANDIDATE, _contains_nhs_number),
    "uk-postcode": IdentifierDetector("uk-postcode", _UK_POSTCODE),
    "participant-marker": IdentifierDetector("participant-marker", _MARKER_TOKEN),
}

_RE2_META = re.compile(r"([\\.^$|?*+()\[\]{}])")


def register_name_detector(names: Sequence[str]) -> IdentifierDetector:
    """A detector for the participant register's names (whole words, case-insensitive).

    The prefilter is a plain case-insensitive alternation (RE2 runs it as one automaton); the
    confirm step adds Unicode word boundaries, which RE2's ASCII ``\\b`` cannot express.
    """
    cleaned = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
    if not cleaned:
        return IdentifierDetector("register-name", r"[^\s\S]", lambda _t: False)
    alternation = "|".join(_RE2_META.sub(r"\\\1", n) for n in cleaned)
    exact = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in cleaned) + r")(?!\w)",
                       re.IGNORECASE)
    return IdentifierDetector("register-name", f"(?i:{alternation})",
                              lambda text: exact.search(text) is not None)


def detector(kind: str, names: Sequence[str] = ()) -> IdentifierDetector:
    """The detector for ``kind`` (``register-name`` needs ``names``)."""
    if kind == "register-name":
        return register_name_detector(names)
    return DETECTORS[kind]
