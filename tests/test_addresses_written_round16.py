"""Round 16: written address lines the finders left standing: the value of a form's address
field that is also a word ("Town: Reading", "Address line 2: Hove"), and Dublin's postal
districts after the city ("Dublin 14", "Dublin 6W"). Every sentence here is invented."""
from __future__ import annotations

from typing import Any

import pytest
from _mentions import uncovered

# -- address fields of a form: the field says the value is a place --------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Address line 2: Hove\nPostcode: BN3 5PB", "Hove"),
    ("City: Reading", "Reading"),
    ("Town: Bath", "Bath"),
    ("Post town: Street", "Street"),
    ("Home address: Ivy House, Low Lane", "Ivy House"),
])
def test_an_address_field_value_is_a_place(anonymiser: Any, text: str, value: str) -> None:
    start = text.index(value)
    found = [(r.start, r.end) for r in anonymiser.redact(text).replacements
             if r.entity_type == "LOCATION"]
    assert uncovered(text, (start, start + len(value)), found) == []


@pytest.mark.parametrize("text", [
    "Address: Provided separately",
    "Town: Not Known",
    "City: Various",
    "Address: See consent form",
    "Street: Yes",
    "Area: Respiratory",
])
def test_an_address_field_saying_nothing_stays(anonymiser: Any, text: str) -> None:
    assert not anonymiser.redact(text).replacements



# -- Dublin's postal districts -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("Her address is 14 Ashgrove Park, Dundrum, Dublin 14, D14 Y2K8.", "Dublin 14"),
    ("P: We moved to Dublin 6W in the end.", "Dublin 6W"),
    ("P: a flat in Dublin 8 near the canal.", "Dublin 8"),
])
def test_a_dublin_district_goes_with_the_city(anonymiser: Any, text: str, part: str) -> None:
    start = text.index(part)
    found = [(r.start, r.end) for r in anonymiser.redact(text).replacements]
    assert uncovered(text, (start, start + len(part)), found) == []


@pytest.mark.parametrize(("text", "number"), [
    ("P: I've been to Dublin 3 times this year.", "3"),
    ("P: Dublin 2019 was the conference.", "2019"),
    ("P: Dublin 1-0 Cork, I remember it.", "1-0"),
])
def test_a_number_after_dublin_that_is_no_district_stays(anonymiser: Any, text: str,
                                                          number: str) -> None:
    start = text.index(number)
    assert not [r for r in anonymiser.redact(text).replacements
                if r.start <= start < r.end]
