"""Overseas registration numbers read out (issue 14, round 13; sentences made up here): the
number after a council or registration word is GMC_NUMBER, with the profession code's letters
said before it; a phone word nearer to the number keeps it a phone."""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser


def found(anonymiser: Anonymiser, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.entity_type for r in anonymiser.redact(text).replacements}


@pytest.mark.parametrize("text, value", [
    ("P: My AHPRA number? M E D, oh oh oh one, two three four, five six seven eight.",
     "M E D, oh oh oh one, two three four, five six seven eight"),
    ("P: It's MED zero zero zero one two three four five six seven eight.",
     "MED zero zero zero one two three four five six seven eight"),
    ("P: My Irish Medical Council number is four one two three four five.",
     "four one two three four five"),
    ("P: IMC number, four one two, three four five.", "four one two, three four five"),
    ("P: My registration over there was, um, five four three two one nine.",
     "five four three two one nine"),
])
def test_a_registration_number_read_out(anonymiser: Anonymiser, text: str, value: str) -> None:
    assert found(anonymiser, text).get(value) == "GMC_NUMBER"


@pytest.mark.parametrize("text, value", [
    (("P: After the registration stuff, my mobile is oh seven seven one two, three four five six "
     "seven eight."), "oh seven seven one two, three four five six seven eight"),
    ("P: Ring the council on oh two eight, nine one two three, four five six seven.",
     "oh two eight, nine one two three, four five six seven"),
])
def test_a_phone_stays_a_phone(anonymiser: Anonymiser, text: str, value: str) -> None:
    assert found(anonymiser, text).get(value) == "PHONE"


@pytest.mark.parametrize("text, value", [
    # the local council is no regulator: a number near it is not a registration number (a
    # council letter holds an address)
    ("P: The council letter went to fourteen, oh two, nine one, Bramble Close, and the date.",
     None),
    ("P: The council sent it, reference four eight two seven one nine three, last week.", None),
    # a regulator named in full, or a number word after "reg"/"licence", is one
    ("P: My Nursing and Midwifery Council number is four one two, three four five six.",
     "GMC_NUMBER"),
    ("P: Reg number, four one two, three four five.", "GMC_NUMBER"),
])
def test_only_a_regulator_or_a_numbered_registration_cues_one(
        anonymiser: Anonymiser, text: str, value: str | None) -> None:
    assert ("GMC_NUMBER" in found(anonymiser, text).values()) is (value == "GMC_NUMBER")


@pytest.mark.parametrize("text, cued", [
    ("P: My registration is 4123456 and that's it.", True),
    ("P: On the registration form: 4123456 Bramble Close, then the town.", False),
    ("P: The registration letter went to my address, 4123456, last week.", False),
])
def test_a_number_in_an_address_is_not_made_a_registration_number(text: str, cued: bool) -> None:
    """Retyped, a registration number outranks the address around it, whose words would then
    stay: a number before a street's word, or after an address is said, is left to the address."""
    from vault.anonymise.spoken._finding import Finding
    from vault.anonymise.spoken.registrations import registration_numbers

    start = text.index("4123456")
    number = Finding(start, start + 7, "PHONE", 0.8, "test")
    assert bool(registration_numbers(text, [number])) is cued
