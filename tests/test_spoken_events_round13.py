"""Ages and dates said the old way or by an event (issue 14, round 13; sentences made up here
from general knowledge of Irish, British and Australian English): "rising five", "four and
twenty", a year said short after "back in"/"since" or after a life event, and a birthday
relative to a feast; with units, clock times, counts and full years as hard negatives."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken.events import find_event_dates


def spans(text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.entity for f in find_event_dates(text)}


@pytest.mark.parametrize("text, value, entity", [
    ("P: She's rising five, starts school in September.", "five", "AGE"),
    ("P: Our youngest is rising seven now.", "seven", "AGE"),
    ("P: He was rising 4 when we came home from Brisbane.", "4", "AGE"),
    ("P: the wee one's rising three", "three", "AGE"),
    ("P: I was four and twenty when I came over.", "four and twenty", "AGE"),
    ("P: I'm one and thirty this year.", "one and thirty", "AGE"),
    ("P: She married at five and twenty.", "five and twenty", "AGE"),
    ("P: Back in twenty-three I came home.", "twenty-three", "DATE"),
    ("P: We've been in Omagh since oh-nine.", "oh-nine", "DATE"),
    ("P: It was the summer of twenty-two, roasting.", "twenty-two", "DATE"),
    ("P: Back in '98 we had no phones.", "'98", "DATE"),
    ("P: We moved to Sydney in oh-nine.", "oh-nine", "DATE"),
    ("P: I qualified in ninety-eight, in Galway.", "ninety-eight", "DATE"),
    ("P: We came back in twenty-two, after Covid.", "twenty-two", "DATE"),
    ("P: She was born in eighty-one.", "eighty-one", "DATE"),
    ("P: My birthday's the day after Stephen's Day.", "the day after Stephen's Day", "DATE"),
    ("P: She was born two days before Paddy's Day.", "two days before Paddy's Day", "DATE"),
    ("P: His birthday is the day after Christmas.", "the day after Christmas", "DATE"),
    ("P: My birthday's the week before Easter.", "the week before Easter", "DATE"),
    ("P: Born the night before Halloween, Mammy says.", "the night before Halloween", "DATE"),
    ("P: My birthday falls the day after the Twelfth.", "the day after the Twelfth", "DATE"),
])
def test_found(text: str, value: str, entity: str) -> None:
    assert spans(text).get(value) == entity


@pytest.mark.parametrize("text", [
    "P: Prices are rising five percent a year.",
    "P: The river was rising five inches an hour.",
    "P: We're rising three places in the league.",
    "P: Four and twenty blackbirds baked in a pie.",
    "P: From twenty to thirty patients a day.",
    "P: I'll be there till twenty past six.",
    "P: We had it sorted in twenty-three minutes.",
    "P: Since nineteen ninety-eight I've been here.",
    "P: The day after Christmas we went to the sales.",
    "P: We came in twenty minutes late.",
    "P: I went in thirty percent of the time.",
    "P: Back in the day we did it differently.",
    "P: She was admitted in twenty-four hours.",
])
def test_not_found(text: str) -> None:
    assert spans(text) == {}
