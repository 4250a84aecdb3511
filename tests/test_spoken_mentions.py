"""Round 11: a number read out is redacted as one MENTION, from its first number-ish word to its
last, with every filler, mark, correction, aside and repeat inside, and the other speaker's
read-back of it; not in parts. The phrasings were written before the rule (many settings,
speakers, fillers no list holds), marked with « » around what the mention covers. As in the
labelled corpora, an aside of several words between two parts of a number stands outside the
mention (its parts are marked apart); fillers, corrections and a word or two are inside it.

Before the rule, 11 of the first 25 phrasings (WHOLE, ECHOES) leaked a word and three of the
hard negatives (STAYS) lost a count or a year to a number run on past its last digit; the second
batch was caught 9 of 12 when first run, the third 18 of 20 (the misses are kept as tests or
strict xfails with their reason).
"""
from __future__ import annotations

import re
from typing import Any

import pytest
from _mentions import THRESHOLD
from _mentions import marked as _marked
from _mentions import uncovered as _left

from vault.anonymise.spoken import find_spoken_forms
from vault.anonymise.spoken.mentions import expected_digits, whole_mentions


def _found(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in find_spoken_forms(text) if f.score >= THRESHOLD]


WHOLE = [
    # asides and connectives inside one number, the digits not yet all said
    ("P: my mobile's «oh seven seven three», and the next bit I always forget, «nine one one, four "
    "four two». Ring after six."),
    "P: The landline is «oh one two two four», um, what is it, «six seven, three three nine two».",
    "P: my phone is «oh seven nine oh oh, nine double one, and four five six» at the end.",
    ("P: mobile — «zero seven, erm, then it's five six three, uh, then four seven, then zero one "
    "nine»"),
    ("Participant: Her number? «Oh seven eight», ah, let me look, «two two one, nine nine, oh oh "
    "four»!"),
    "R: mine's «oh seven five five», it's a new «one, four one, eight eight three, one»",
    "A: the GMC one is «seven, what's next, oh, four, four, two, six» I think.",
    "B: NHS number... «four eight five, hmm, no wait, seven seven seven, three four five six».",
    "P: Her number is «oh one six one, four nine six, and then seven seven oh two», if it helps.",
    "P: My CHI's «one five oh three eight two», the last bit's «four four one nine».",
    # a wrong value put right, the wrong part first: identifying too
    ("P: the mobile's «oh seven nine five, six eight six, four four three, no, sorry, four four "
    "two, one»"),
    "P: GMC «three, then seven-zero-two — sorry — seven-nine-two — six zero nine».",
    "P: NHS number «six one two ... one four seven, then it's zero nine seven six», I think.",
    "P: «O seven four seven one, erm, two-one-seven-six-two-two», he's quicker than me.",
    ("P: it's «Zero-seven, erm, 563 four seven zero... no, scratch that, two-seven-zero, er, nine "
    "one three»."),
    "P: landline «oh one four one, five five five», the rest, let me think, «eight two one oh».",
    "P: my NHS is «nine four three -- [inaudible] -- six six one, two two eight eight».",
    ("Interpreter: She says her number is «zero seven, seven one two», how do you say, «four four, "
    "nine one eight»"),
    ("P: the ward's «oh one seven nine six [crosstalk] six hundred and eighty / one hundred and "
    "sixty»."),
    ("P: Country code «forty-four seven three five one six hundred and ninety-two; six hundred and "
    "fourteen», but it costs a fortune."),
    ("P: you can get me on «plus four four, seven, er, seven double oh, right, nine hundred, one "
    "two three»."),
    ("P: it's «double-oh forty-four seventy nine twenty nine, eh, eighty-nine six seventy one "
    "three» from abroad."),
]


@pytest.mark.parametrize("marked", WHOLE)
def test_a_number_read_out_is_redacted_whole(marked: str) -> None:
    text, spans = _marked(marked)
    found = _found(text)
    for span in spans:
        assert _left(text, span, found) == []


ECHOES = [
    # the other speaker reads part of it back, then the speaker goes on
    ("I: Could I take a phone number?\nP: Sure, «oh seven seven four five»\nI: «seven four five»\n"
    "P: yeah, «one one two nine eight three»."),
    ("I: And the NHS number?\nP: «four eight five, seven seven seven»\nI: «four eight five, seven "
    "seven seven», yep\nP: «three four five six»."),
    ("I: what's the best number?\nP: «oh one three one, four nine six»\nI: «four nine six»...\n"
    "P: «oh oh two two»."),
]


@pytest.mark.parametrize("marked", ECHOES)
def test_a_read_back_by_the_other_speaker_is_part_of_the_mention(marked: str) -> None:
    text, spans = _marked(marked)
    found = _found(text)
    for span in spans:
        assert _left(text, span, found) == []
    # the labels and the question stay
    for word in ("Could", "take", "Sure", "yeah", "best", "And"):
        for m in re.finditer(rf"\b{word}\b", text):
            assert not any(a < m.end() and m.start() < b for a, b in found), word


STAYS = [
    # a complete number, then something else with numbers in it
    (("P: my mobile is oh seven seven double oh nine hundred one two three, and I've had it "
     "twelve years, maybe thirteen."), ["had", "twelve", "years", "thirteen"]),
    (("P: oh seven seven oh oh nine double oh one two three, and the clinic was at ten forty-five "
     "on floor three."), ["clinic", "ten", "forty", "floor"]),
    (("P: NHS number four eight five seven seven seven three four five six, and I see the GP "
     "every two or three weeks."), ["GP", "every", "two", "three", "weeks"]),
    (("P: GMC seven oh one four four two six, qualified in two thousand and nine, one of "
     "twelve."), ["qualified", "two", "thousand", "nine", "twelve"]),
    (("P: the mobile's oh seven seven double oh, nine hundred, one two three. Three kids, five, "
     "seven and nine."), ["kids", "five", "seven", "nine"]),
    (("P: ring oh seven seven one two three four five six seven eight, and the surgery's oh one "
     "six one, four nine six, seven seven oh two."), ["and", "surgery"]),
    # counts and measures before a number do not join it
    (("P: I had four or five patients, then my mobile rang, oh seven seven one two, three four "
     "five, six seven eight."), ["four", "five", "patients", "mobile", "rang"]),
    (("P: it took six weeks. My number's oh seven seven one two, three four five, six seven "
     "eight."), ["six", "weeks", "My", "number"]),
    (("P: the score was nine, and my mobile is oh seven seven one two, three four five, six "
     "seven eight."), ["score", "nine", "mobile"]),
    # a cue word before the number is not the number
    ("P: my mobile phone number is oh seven seven one two, three four five, six seven eight.",
     ["mobile", "phone", "number"]),
    # an echo that is not a read-back: a question about something else
    (("I: Your mobile?\nP: oh seven seven one two, three four five, six seven eight\nI: Two "
     "children, you said?\nP: Two, yes."), ["children", "Two", "yes"]),
    # a number not found stays a number not found: the mention rule only grows what was found
    ("P: we did twelve, fifteen, twenty, twenty-five, thirty a week.", ["twelve", "thirty"]),
]


@pytest.mark.parametrize(("text", "kept"), STAYS)
def test_what_follows_or_precedes_a_whole_number_stays(text: str, kept: list[str]) -> None:
    found = _found(text)
    start = 0
    for word in kept:
        m = re.search(rf"\b{word}\b", text[start:])
        assert m is not None, word
        a, b = start + m.start(), start + m.end()
        assert not any(x < b and a < y for x, y in found), word
        start = b


def test_expected_digits_by_entity_and_prefix() -> None:
    assert expected_digits("PHONE", "0779") == 11
    assert expected_digits("PHONE", "4479") == 12
    assert expected_digits("PHONE", "+4479") == 12
    assert expected_digits("PHONE", "004479") == 13
    assert expected_digits("NHS_NUMBER", "485") == 10
    assert expected_digits("GMC_NUMBER", "70") == 7


def test_whole_mentions_only_grows_number_findings() -> None:
    text = "P: my phone is oh seven nine oh oh, nine double one, and four five six at the end."
    assert whole_mentions(text, []) == []
    spans = {(f.start, f.end) for f in find_spoken_forms(text) if f.detector == "spoken_mention"}
    assert spans == {(text.index("oh seven"), text.index(" at the end"))}


# a second batch, written after the rule was first run and before it was changed again
SECOND = [
    ("P: mobile is «oh seven seven, seven hundred», and the rest of it is «nine double oh one two "
    "three»."),
    # caught since round 12: the Welsh digits are read as digits (spoken/numerals.py)
    "P: «oh seven seven, naw naw, one two three four», that's the Welsh coming out.",
    "P: It's «07 seven 00 nine hundred, erm, 123».",
    "P: NHS number «four eight five», what comes next, «seven seven seven, three four five six».",
    ("Daughter: Mum's number is «oh one nine two four... [phone rings] ... four four nine, eight "
    "one two», she never answers."),
    "P: my GMC, «seven oh one», I'd have to check, «four four two six».",
    "P: the CHI is «two two oh four nine one», and the four after it, «six six five three».",
    "P: landline «oh one eight one», give me a sec, «two six two, ehm, oh oh one four».",
    # round 19: the tagger reads "four four seven seven", and a phone takes the "plus" said
    # before it whichever finder read it (an xfail until then: no rule finder reads the start)
    "P: «plus four four seven seven», which is the UK, «nine hundred one two three four».",
    ("I: Your mobile, for the voucher?\nP: «oh seven nine four one»\nI: «oh seven nine four "
    "one», got it\nP: «two two eight, five five three»"),
    "I: And a landline?\nP: «oh one two one, four nine six»\nI: Mm-hm.\nP: «seven seven oh two».",
    "P: The NHS one is «nine four three, six six one, two two eight... eight», yes.",
]


@pytest.mark.parametrize("marked", SECOND)
def test_a_second_batch_of_whole_numbers(marked: str) -> None:
    text, spans = _marked(marked)
    found = _found(text)
    for span in spans:
        assert _left(text, span, found) == []


@pytest.mark.parametrize("text, date", [
    ("| Mentor | Start | GMC |\n| Ann Lee | 5.ii.2011 | 3834595 |", "5.ii.2011"),
    ("P: we met on 13.x.10, 6461197 is her GMC.", "13.x.10"),
    ("P: the phone's oh seven seven one two, since 27/07/2008 anyway.", "27/07/2008"),
])
def test_a_number_does_not_grow_into_a_date_found_beside_it(text: str, date: str) -> None:
    start = text.index(date)
    end = start + len(date)
    grown = [f for f in find_spoken_forms(text) if f.detector == "spoken_mention"]
    assert not any(f.start < end and start < f.end for f in grown)


@pytest.mark.parametrize("text, tail", [
    (("I: You'll have a CHI?\nP: Aye, my birthday and four more, so it's the eighth of "
     "September, fifty-nine, and then nine seven four nought. See?\n"), "nine seven four nought"),
    (("I: And the CHI number?\nP: That's my date of birth, twelfth of March sixty-one, then "
     "four four, two one.\n"), "four four, two one"),
    ("Q: CHI?\nA: Second of June seventy-seven... plus eight zero zero four, aye.\n",
     "eight zero zero four"),
])
def test_a_number_running_on_from_a_date_keeps_its_tail(anonymiser: Any, text: str,
                                                        tail: str) -> None:
    """The engine keeps the surer of two overlapping spans: a number that a finder ran on
    from a date must not be dropped whole with the date kept (a CHI is date + four digits)."""
    answer = anonymiser.redact(text).text
    assert tail not in answer
    after_date = answer[answer.index("[DATE]"):]
    assert not re.search(r"\b(?:nought|zero|one|two|four|seven|eight|nine)\b", after_date)


@pytest.mark.parametrize(("text", "kept"), [
    ("P: my mobile starts oh seven seven one, and I was twenty-two then.", ["was"]),
    ("P: the mobile is oh seven seven one two, and we were six in the house.", ["were", "six"]),
    ("P: oh seven seven one two three, and she's forty-one now.", ["she"]),
    ("P: mobile oh seven nine eight, we live at number twelve.", ["live", "number", "twelve"]),
    ("P: mobile's oh seven seven one, then it's a bus, number forty-two.", ["bus", "forty"]),
    ("P: the number starts oh one six one, and the surgery opens at eight.", ["opens", "eight"]),
    ("P: my mobile starts oh seven seven, I've had it about five years.", ["had", "five"]),
])
def test_what_a_person_is_or_counts_after_a_short_number_stays(text: str,
                                                                kept: list[str]) -> None:
    """Digits still owed do not make any number after an aside the rest: an age after "I was",
    a count after "we were", a house or bus number after more words."""
    numbers = [(f.start, f.end) for f in find_spoken_forms(text)
               if f.score >= THRESHOLD and f.entity in ("PHONE", "NHS_NUMBER", "GMC_NUMBER")]
    for word in kept:
        m = re.search(rf"\b{word}\b", text)
        assert m is not None
        assert not any(a < m.end() and m.start() < b for a, b in numbers), word


def test_a_digit_after_and_a_is_the_numbers_last() -> None:
    text, spans = _marked("P: GMC number «seven-oh-one-four-four-two, and a six».")
    assert _left(text, spans[0], _found(text)) == []


@pytest.mark.parametrize("marked", [
    "I: Your GMC?\nP: «seven oh one four»\nI: So that's «seven oh one four»...\nP: «four two six».",
    ("I: NHS number?\nP: «nine four three, six six one»\nI: Did you say «six six one»?\nP: yes, "
    "«two two eight eight»."),
])
def test_a_read_back_opening_with_a_few_words(marked: str) -> None:
    text, spans = _marked(marked)
    found = _found(text)
    for span in spans:
        assert _left(text, span, found) == []


@pytest.mark.parametrize("marked", [
    "P: my postcode is «B L nine, sorry, B L eight, four Q T».",
    "P: postcode, «S K nine... no, S K ten, two A B».",
    "P: it is «E C one, I mean, E C two A, four N E».",
    "Son: Dad's postcode? «G twelve, wait, G thirteen, eight D Q».",
])
def test_a_postcodes_wrong_start_put_right_is_part_of_it(marked: str) -> None:
    text, spans = _marked(marked)
    found = _found(text)
    for span in spans:
        assert _left(text, span, found) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("P: I was one of nine, sorry, postcode B L eight, four Q T.", ["one", "nine", "sorry"]),
    ("P: We had a two, no, a three hour wait. Postcode B L eight, four Q T.", ["two", "three"]),
])
def test_what_is_corrected_before_another_thing_stays(text: str, kept: list[str]) -> None:
    grown = [(f.start, f.end) for f in find_spoken_forms(text) if f.detector == "spoken_mention"]
    for word in kept:
        m = re.search(rf"\b{word}\b", text)
        assert m is not None
        assert not any(a < m.end() and m.start() < b for a, b in grown), word


# a third batch, written after the rule and not tuned on: 18 of 20 caught when first run (one
# was mis-marked, "and a six" is now a test of its own above)
THIRD = [    "Interpreter: He says the number is «zero seven four, eh, five five, ninety-one, twenty-two, eight».",
    "P: my mobile? «O seven eight one five, nine two, double six, four four».",
    "P: the number's «07912, then 44, then 3 double 8 1».",
    "P: text «oh seven seven zero, zero nine, zero zero, one, two, three» any time.",
    "P: GMC is «four, seven, one... erm... three, three, nine, two», from memory.",
    "P: NHS number «three eight five, um, six six nine, erm, uh, eight one two one».",
    "P: our landline «oh one two three — no — oh one three two, five five, six seven, eight eight».",
    "I: And the mobile?\nP: «oh seven seven double nine»\nI: Double nine...\nP: «four five six, one two three».",
    "P: my CHI's «one two oh three eight four» «five five six one».",
    "P: it's «seven-seven-oh-one, then-three-four-two», for GMC.",
    "P: mobile «oh seven nine, er, something, four, eight eight three, two one two»",
    "P: my NHS number, hold on, «nine... four... three... six six one... two two eight eight».",
    "P: she's on «oh seven five one two, three four five, six seven ... eight».",
    "P: phone me on «zero seven nine zero zero, one one one, two two two».",
    "P: mobile is «seven nine one two, three four five, six seven eight» with the oh in front.",
    "Carer: Her NHS number is «four three two, [coughs], five five six, seven eight nine oh».",
    "P: «oh one six one, four nine six, seven seven oh two», extension two one two.",
    "P: mobile «oh seven seven one two, three four five, six seven eight, no, six seven nine».",
    "P: «oh seven seven one two, three four five», sorry, «three four six, seven eight nine».",
]


@pytest.mark.parametrize("marked", THIRD)
def test_a_third_batch_of_whole_numbers(marked: str) -> None:
    text, spans = _marked(marked)
    found = _found(text)
    for span in spans:
        assert _left(text, span, found) == []
