"""Irish and overseas identifiers (issue 14, round 13; every sentence made up here from general
knowledge of how Irish postcodes, overseas medical registrations, international phone numbers
and roman-numeral dates are written and said):

* Eircodes written ("D02 X285", "F92 X2Y7", "T12K2YX", lower case) and read out ("D oh two, X
  two eight five", "T twelve, K for Kilo, ..."); an all-digit identifier only when called an
  Eircode; road numbers, grades, bed numbers and vitamin doses stay;
* AHPRA numbers, and registration numbers called so by their council (IMC, MCRN, NMBI, MCNZ,
  MDCN, MCI, HPCSA, "Medical Council"), typed GMC_NUMBER; years, fees and counts stay;
* phone numbers with a country code other than the UK's; scores and temperatures stay;
* dates with a roman-numeral month and ages in roman numerals after an age word; "Type II",
  "stage IV", "Henry VIII", "aged I think" stay.
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.irish import roman_value
from vault.anonymise.spoken.eircodes import find_eircodes


def found(anonymiser: Anonymiser, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.entity_type for r in anonymiser.redact(text).replacements}


def covered_as(anonymiser: Anonymiser, text: str, value: str, entity: str) -> bool:
    return any(value in span and kind == entity for span, kind in found(anonymiser, text).items())


@pytest.mark.parametrize("text, value", [
    ("P: Our house is at 4 Main Street, Letterkenny, F92 X2Y7.", "F92 X2Y7"),
    ("P: Send the letter to D02 X285, please.", "D02 X285"),
    ("P: The Eircode for the surgery is A65 F4E2.", "A65 F4E2"),
    ("Address: 12 Church View, Ballina, Co. Mayo F26 K5T9", "F26 K5T9"),
    ("P: Eircode: T12K2YX, that's the one on the form.", "T12K2YX"),
    ("P: my eircode is d04 1234 I think", "d04 1234"),
    ("P: it's h91 e2k3 if you're posting it", "h91 e2k3"),
    ("P: We're out in D6W, D6W Y2K8 to be exact.", "D6W Y2K8"),
    ("P: Mam's place is V94 T9PX, beside the church.", "V94 T9PX"),
    ("P: Eircode R93 2024? No, R93 F4C2.", "R93 F4C2"),
])
def test_an_eircode_written(anonymiser: Anonymiser, text: str, value: str) -> None:
    assert covered_as(anonymiser, text, value, "POSTCODE")


@pytest.mark.parametrize("text, value", [
    ("P: It's D oh two, X two eight five.", "D oh two, X two eight five"),
    ("P: A six five, F four E two.", "A six five, F four E two"),
    ("P: T twelve, K for Kilo, two, Y, X.", "T twelve, K for Kilo, two, Y, X"),
    ("P: The Eircode is H nine one, E two K three.", "H nine one, E two K three"),
    ("P: eircode is dee oh four, one two three four", "dee oh four, one two three four"),
    ("P: It's V nine four, T nine P X.", "V nine four, T nine P X"),
    ("P: F two six, um, K five T nine.", "F two six, um, K five T nine"),
    ("P: The Eircode? C fifteen, A for Alpha, two, two, R.", "C fifteen, A for Alpha, two, two, R"),
])
def test_an_eircode_read_out(anonymiser: Anonymiser, text: str, value: str) -> None:
    assert covered_as(anonymiser, text, value, "POSTCODE")


@pytest.mark.parametrize("text", [
    "P: We took the N17 north and then the R336 along the coast.",
    "P: She was on the A12 2019 rota, then the A12 2020 one.",
    "P: Bay C four, bed D two, and the side room.",
    "P: I was an F one, then an F two in Derry.",
    "P: Vitamin D 1000 units a day, and E45 cream.",
    "P: A one two, three four five six was the reference.",
    "P: Flight EI 123 was delayed for hours.",
    "P: The form was a P45 and a P60.",
])
def test_no_eircode_in_roads_grades_and_doses(text: str) -> None:
    assert find_eircodes(text) == []


@pytest.mark.parametrize("text", [
    "P: We took the N17 north and then the R336 along the coast.",
    "P: She was on the A12 2019 rota, then the A12 2020 one.",
    "P: Bay C four, bed D two, and the side room.",
    "P: Vitamin D 1000 units a day, and E45 cream.",
    "P: The form was a P45 and a P60.",
])
def test_no_postcode_in_roads_grades_and_doses(anonymiser: Anonymiser, text: str) -> None:
    assert "POSTCODE" not in found(anonymiser, text).values()


@pytest.mark.parametrize("text, value", [
    ("P: My AHPRA number is MED0001234567.", "MED0001234567"),
    ("P: Registration MED0009876543, general registration, no conditions.", "MED0009876543"),
    ("P: She's a nurse, NMW0001122334 on the register over there.", "NMW0001122334"),
    ("P: I'm on the register, IMC 412345.", "412345"),
    ("P: My Irish Medical Council number is 412345.", "412345"),
    ("P: MCRN: 398765, and I still have a GMC number.", "398765"),
    ("P: My NMBI PIN is 123456.", "123456"),
    ("P: In New Zealand I was MCNZ 54321.", "54321"),
    ("P: My MDCN number was MDCN/R/41234.", "MDCN/R/41234"),
    ("P: Medical Council of India reg. 58234, Maharashtra.", "58234"),
    ("P: HPCSA MP0612345, from my Cape Town years.", "MP0612345"),
    ("P: My registration number is 40512345 over there.", "40512345"),
])
def test_an_overseas_registration_number(anonymiser: Anonymiser, text: str, value: str) -> None:
    assert covered_as(anonymiser, text, value, "GMC_NUMBER")


@pytest.mark.parametrize("text", [
    "P: The IMC 2019 guidance changed everything.",
    "P: Registration took 12 weeks and cost a fortune.",
    "P: About 20000 doctors are on the register in Ireland.",
    "P: The Medical Council has 14 members.",
    "P: I read the MEDLINE abstracts for the review.",
])
def test_no_registration_number_in_years_counts_and_words(anonymiser: Anonymiser,
                                                          text: str) -> None:
    assert "GMC_NUMBER" not in found(anonymiser, text).values()


@pytest.mark.parametrize("text, value", [
    ("P: Ring me on +353 87 123 4567 after six.", "+353 87 123 4567"),
    ("P: The practice is 00353 1 234 5678.", "00353 1 234 5678"),
    ("P: Her Australian mobile is +61 412 345 678.", "+61 412 345 678"),
    ("P: My brother in Pune is +91 98765 43210.", "+91 98765 43210"),
    ("P: Mum's line in Lagos, +234 803 123 4567.", "+234 803 123 4567"),
    ("P: The Toronto office, +1 (416) 555 0199.", "+1 (416) 555 0199"),
    ("P: +353-86-555-1234 is my Irish mobile.", "+353-86-555-1234"),
    ("P: My mobile is 087 123 4567.", "087 123 4567"),
])
def test_an_international_phone_number(anonymiser: Anonymiser, text: str, value: str) -> None:
    assert covered_as(anonymiser, text, value, "PHONE")


@pytest.mark.parametrize("text", [
    "P: Her sodium went +12 in a day, then +8.",
    "P: It was +35 in Perth and -2 in Derry.",
    "P: The score was +3 and the delta +0.5.",
])
def test_no_phone_in_signed_numbers(anonymiser: Anonymiser, text: str) -> None:
    assert "PHONE" not in found(anonymiser, text).values()


@pytest.mark.parametrize("text, value", [
    ("P: Date of birth 13.V.1963, it says on the card.", "13.V.1963"),
    ("P: Registered 3/XI/88 in Dublin.", "3/XI/88"),
    ("P: Born 13 XII 2001 in Derry.", "13 XII 2001"),
    ("P: The note says 21-ix-2015.", "21-ix-2015"),
    ("P: Admitted 2.VII.1979, discharged 9.VII.1979.", "2.VII.1979"),
    ("P: DOB: 30/IV/1958.", "30/IV/1958"),
    ("P: Qualified XI/1988 in Galway.", "XI/1988"),
    ("P: Born 7. III. 1950, or so my passport says.", "7. III. 1950"),
])
def test_a_date_with_a_roman_month(anonymiser: Anonymiser, text: str, value: str) -> None:
    assert covered_as(anonymiser, text, value, "DATE")


@pytest.mark.parametrize("text, value", [
    ("P: She was aged XLII at the time.", "XLII"),
    ("Age: LXV", "LXV"),
    ("P: The old register has him as age xxxiv.", "xxxiv"),
])
def test_an_age_in_roman_numerals(anonymiser: Anonymiser, text: str, value: str) -> None:
    assert covered_as(anonymiser, text, value, "AGE")


@pytest.mark.parametrize("text", [
    "P: He has Type II diabetes and stage IV disease since 2019.",
    "P: Henry VIII 1509 to 1547, that's all I remember from school.",
    "P: At my age I think twice about nights.",
    "P: Age X-ray findings were normal.",
    "P: We did Part II in 2014 and Part III 2016.",
    "P: Chapter 3 V 2 of the handbook.",
])
def test_no_roman_date_or_age_in_ordinary_numerals(anonymiser: Anonymiser, text: str) -> None:
    kinds = found(anonymiser, text)
    assert not any(kind in ("DATE", "AGE") and any(c in span for c in "IVX")
                   for span, kind in kinds.items())


def test_roman_value() -> None:
    assert [roman_value(n) for n in ("XLII", "lxv", "IX", "XC", "CIV", "")] == [42, 65, 9, 90, 104, 0]
