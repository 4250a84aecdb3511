"""Where vault dropped what plain Presidio redacts, by the guard that dropped it (issue 14,
round 20, the recall floor; every sentence invented here, none from a corpus).

* a form of address before a surname that is also a word ending like a team's, a role's or a
  post's name ("Mister Bunting", "Ms Reader") was read as a concept or a post ("the Patient
  Experience Team", "Honorary Clinical Fellows") and dropped, though spaCy and the titled-name
  finder had it as a person: a title said to or of someone heads no concept's or post's name.
  The concept and post guards still keep the teams, schemes and posts themselves.
"""
from __future__ import annotations

from typing import Any

import pytest
from _mentions import kept, name_covered

ADDRESSED_SURNAMES = [
    ("P4: The neighbour, Mister Bunting, she used to bring the paper round every morning.",
     "Mister Bunting"),
    ("P4: Ms Reader signed off my portfolio on the last day of the rotation.", "Ms Reader"),
    ("P4: Honestly, Mister Gosling was the kindest charge nurse on that ward.", "Mister Gosling"),
    ("P4: We all called her Miss Whiting, even the consultants did.", "Miss Whiting"),
    ("P4: Ms Head, the practice manager, she sorted the locum cover.", "Ms Head"),
]


@pytest.mark.parametrize(("text", "name"), ADDRESSED_SURNAMES)
def test_a_title_before_a_word_surname_is_someone(anonymiser: Any, text: str,
                                                  name: str) -> None:
    assert name_covered(anonymiser, text, name), text


CONCEPTS_AND_POSTS = [
    ("P4: The Patient Experience Team rang me twice about the complaint.", "Experience"),
    ("P4: We had the Clinical Skills Training on the Tuesday, all day.", "Training"),
    ("P4: Two Honorary Clinical Fellows joined the unit in the spring.", "Fellows"),
    ("P4: She asked the Senior Research Fellows to cover the teaching.", "Research"),
]


@pytest.mark.parametrize(("text", "word"), CONCEPTS_AND_POSTS)
def test_teams_and_posts_without_a_title_stay_words(anonymiser: Any, text: str,
                                                    word: str) -> None:
    assert kept(anonymiser, text, word), text
