"""Round 16: addresses given in a list of details, after another number.

A consent form's details, a letter's header, an e-mail signature or a caller giving their
details put the address straight after a phone, NHS/CHI or GMC number ("GMC 1234567, 42 Mill
Lane, NR3 4HG"). The number finders that grow a number across commas and pauses took the
house number as the number's last group; the engine kept the surer number span alone and the
street stayed in the text. Every sentence here is invented."""
from __future__ import annotations

from typing import Any

import pytest
from _mentions import marked, uncovered


def _leaks(anonymiser: Any, marked_text: str, entity: str | None) -> list[str]:
    """The words of the «marked» mentions that no ``entity`` replacement (any when None)
    covers."""
    text, spans = marked(marked_text)
    found = [(r.start, r.end) for r in anonymiser.redact(text).replacements
             if entity is None or r.entity_type == entity]
    return [w for span in spans for w in uncovered(text, span, found)]


@pytest.mark.parametrize("text", [
    # written details: a form, a correction note, a signature, a header line
    "[Note from the consent form: mobile 07700 900123, GMC 1234567, «42 Mill Lane», NR3 4HG]",
    "Details on file: NHS no. 943 476 5919, «7 Orchard Close», Ely, CB7 4DL.",
    "Tel 0161 496 0000, «3 The Crescent», Salford, M5 4WT",
    "Dr P. Quayle | GMC 7012345 | «118 St Mary's Road» | Hull",
    "mobile 07700 900123; «15a Ferry Lane»; NR3 4HG",
    "Contact: 0113 496 0123, «Flat 2, 9 Chapel Street», Leeds",
    # said: the house number in words after a number read out
    "P: My mobile's oh seven seven double oh, nine double oh one two three, «forty-two Mill Lane».",
    ("P: NHS number four eight five seven seven seven three four five six, «eighteen Sluice Road», "
     "in Ely."),
    "P: GMC seven oh one two three four five, «twelve Park Road», Leeds.",
    # captions: lower case
    "spk_1: it's 07700 900123, «9 sea wall lane», pe15 6lf.",
])
def test_an_address_after_a_number_is_the_address(anonymiser: Any, text: str) -> None:
    assert _leaks(anonymiser, text, None) == []


@pytest.mark.parametrize(("text", "entity"), [
    # the number before the address is still redacted whole
    ("Details: mobile «07700 900123», 42 Mill Lane, NR3 4HG.", "PHONE"),
    ("Details: GMC «1234567», 42 Mill Lane, NR3 4HG.", "GMC_NUMBER"),
    ("P: it's «oh seven seven double oh, nine double oh one two three», forty-two Mill Lane.", "PHONE"),
    # a number whose last group is followed by capitals that are no street stays whole
    ("P: NHS number «943 476 5919» Monday, they said.", "NHS_NUMBER"),
    ("P: my mobile's «oh seven seven double four, one two three, four five six» Jenny has it too.",
     "PHONE"),
    # its own digits before a street's name without a comma are still the number's
    ("NHS «943 476 5919» Mill Lane surgery has it.", "NHS_NUMBER"),
])
def test_the_number_before_it_stays_whole(anonymiser: Any, text: str, entity: str) -> None:
    assert _leaks(anonymiser, text, entity) == []
