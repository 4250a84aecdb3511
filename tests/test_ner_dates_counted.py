"""spaCy DATE spans that count weekdays or seasons are recurring, not dates
(:func:`vault.anonymise.ner_dates.judge_ner_date`)."""
from __future__ import annotations

import pytest

from vault.anonymise.ner_dates import judge_ner_date


@pytest.mark.parametrize("span", [
    "the first Sunday of Lent", "the second Tuesday of the month", "every last Friday",
    "the first Monday of term", "the third Thursday of Advent", "the first winter",
    "my second summer", "the last spring",
])
def test_counted_weekdays_and_seasons_are_no_date(span: str) -> None:
    assert judge_ner_date(span, 0, len(span)) is None


@pytest.mark.parametrize("span", [
    "the first Sunday of May 1999", "Sunday the first of May", "the first of May",
    "the second Tuesday in March", "first Sunday of Lent, nineteen sixty-five",
    "the winter of 2009", "Easter Sunday", "Tuesday the 3rd",
])
def test_dates_with_a_month_a_year_or_a_day_of_the_month_stay(span: str) -> None:
    judged = judge_ner_date(span, 0, len(span))
    assert judged is not None and judged[0] == "DATE"
