"""Round 18: a number broken off and taken up again is one mention, and so is a value put right
whose wrong half no finder read as one.

Across the spoken development authors the words left standing inside caught numbers were of a
few kinds, each said by several authors in their own words: a group said again for a bad line
("repeat", "I say again", "sorry, it's doubling up"), a check on the line between two parts
("— can you hear me? —", "— is that coming through? —"), someone passing the number on ("and
then she says", "hang on, she's writing it"), and a correction whose wrong value is a bare
number ("sixty-six, no, hang on, it's fifty-six <street>", a year put right after a date). The
phrasings below are invented (no corpus line), marked with « » around what must be covered; the
hard negatives are ordinary numbers said beside an identifier with the same words between.
Every positive left a word standing before the change.
"""
from __future__ import annotations

import re

import pytest
from _mentions import THRESHOLD
from _mentions import marked as _marked
from _mentions import uncovered as _left

from vault.anonymise.spoken import find_spoken_forms


def _found(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in find_spoken_forms(text) if f.score >= THRESHOLD]


BRIDGED = [
    # a group said again for a bad line
    ("P: my GMC is «three one four six, sorry, it's doubling up, three one four six, six two "
     "nine»."),
    ("P: It's «oh seven nine one two, sorry, you're echoing, oh seven nine one two, four four "
     "eight, three one six»."),
    # a check on the line between two parts, the first too short to be found alone
    "P: GMC «seven — can you see me? — six one, two nine eight three», on the lanyard.",
    ("P: NHS number, «four eight one, six two two — you went quiet there — six two two, nine "
     "nine oh three»."),
    # someone passing it on
    ("Daughter: His NHS number is «four one two, hang on, he's reading it out, five five six, "
     "three eight two one»."),
    ("Son: Mum's number is «oh one nine two four, hold on, she's writing it down, eight six "
     "seven, three one nine»."),
]


@pytest.mark.parametrize("marked", BRIDGED)
def test_a_number_broken_off_and_taken_up_again_is_one_mention(marked: str) -> None:
    text, spans = _marked(marked)
    found = _found(text)
    for span in spans:
        assert _left(text, span, found) == []


REPAIRED = [
    "P: We're at «forty-one, no, sorry, forty-three Mill Lane» now.",
    "P: She lives at «ninety-two... no wait, eighty-two Cedar Road», by the park.",
    ("I: Date of birth?\nP: «The ninth of June, nineteen eighty-one, no, hang on, it's nineteen "
     "eighty-two»."),
]


@pytest.mark.parametrize("marked", REPAIRED)
def test_a_wrong_value_no_finder_read_is_part_of_its_correction(marked: str) -> None:
    text, spans = _marked(marked)
    found = _found(text)
    for span in spans:
        assert _left(text, span, found) == []


@pytest.mark.parametrize(("text", "kept"), [
    # a count, a time or a measure after the break is not the rest of the number
    (("P: It's oh seven seven one two, three four five six seven eight — can you hear me? — "
     "Twenty minutes later it rang."), ["Twenty", "minutes", "hear"]),
    (("P: the landline's oh one two one, four nine six, seven seven two one, and then she says "
     "ten minutes."), ["ten", "minutes"]),
    # a correction between two ordinary numbers, no identifier found
    ("P: Two hours, no, sorry, three hours on the phone to them.", ["Two", "three", "sorry"]),
    ("P: We had six, no, seven locums that winter.", ["six", "seven"]),
    # a break after the number, then other words, not a number
    (("P: Mobile oh seven seven double four, nine one two, three four five, sorry, it's "
     "doubling up, and the landline is different."), ["landline", "different"]),
    # a dose put right after an address: another kind of number, no correction of the address
    ("P: She lives at forty-three Mill Lane and takes five, no, sorry, ten milligrams.",
     ["ten", "milligrams"]),
])
def test_ordinary_numbers_beside_a_break_stay(text: str, kept: list[str]) -> None:
    found = _found(text)
    for word in kept:
        m = re.search(rf"\b{word}\b", text)
        assert m is not None
        assert not any(a < m.end() and m.start() < b for a, b in found), word


# a read-back misheard by one digit, and the speaker's correction of it in the next turn: the
# same number said again (before, only an exact repeat was; the misheard one and the
# correction were left standing)
READ_BACKS = [
    ("I: And your mobile?\nP: «oh seven seven one two, four five six, one six three».\n"
     "I: «One six nine»?\nP: No, «one six three»."),
    ("I: The NHS number?\nP: «four two nine, one one eight, five five six one».\n"
     "I2: [over her] Sorry, «five five six seven»?\nP: «five five six ONE». That's it."),
    ("I: GMC?\nP: It's «six oh two, eight eight one, four».\nI: (jumping in) «eight eight "
     "seven»?\nP: Well, no, «eight EIGHT one»."),
]


@pytest.mark.parametrize("marked", READ_BACKS)
def test_a_read_back_one_digit_off_and_its_correction_are_the_number(marked: str) -> None:
    text, spans = _marked(marked)
    found = _found(text)
    for span in spans:
        assert _left(text, span, found) == []


@pytest.mark.parametrize(("text", "kept"), [
    # a count in the next turn, one digit off the end of the number: a count, not a read-back
    (("I: And your mobile?\nP: oh seven seven one two, four five six, one six three.\nI: Mhm.\n"
     "P: Two hundred and sixty-three patients on the list."), ["Two", "hundred", "patients"]),
])
def test_other_numbers_in_the_next_turns_stay(text: str, kept: list[str]) -> None:
    found = _found(text)
    for word in kept:
        m = re.search(rf"\b{word}\b", text)
        assert m is not None
        assert not any(a < m.end() and m.start() < b for a, b in found), word
