"""Phones, NHS and CHI numbers and GMC numbers read out in words and digit groups."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken.identifiers import (
    chi_digits_valid,
    find_identifier_numbers,
    phone_digits_valid,
)
from vault.anonymise.spoken.numbers import number_runs


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start:f.end]) for f in find_identifier_numbers(text, number_runs(text))]


POSITIVES = [
    # mobiles, every way of saying them
    ("my mobile's oh seven seven double oh, nine hundred, one two three.",
     "PHONE", "oh seven seven double oh, nine hundred, one two three"),
    ("it's oh double seven, three four two eight, six double two one. Evenings",
     "PHONE", "oh double seven, three four two eight, six double two one"),
    ("zero seven nine five eight, treble one, four two three, yeah",
     "PHONE", "zero seven nine five eight, treble one, four two three"),
    ("ring oh seven seven hundred, nine hundred, one two three", "PHONE",
     "oh seven seven hundred, nine hundred, one two three"),
    ("text 07 812 581 732 tonight", "PHONE", "07 812 581 732"),
    ("on 07779 - 878 - 277 at two in the morning", "PHONE", "07779 - 878 - 277"),
    ("07700, nine double oh, one two three", "PHONE", "07700, nine double oh, one two three"),
    ("oh-seven-seven-double-oh-nine-double-oh-one-two-three", "PHONE",
     "oh-seven-seven-double-oh-nine-double-oh-one-two-three"),
    # landlines and international forms
    ("the practice is oh one nine one, four nine eight, oh oh oh oh, ask for me", "PHONE",
     "oh one nine one, four nine eight, oh oh oh oh"),
    ("oh two oh, seven nine four six, double oh double oh", "PHONE",
     "oh two oh, seven nine four six, double oh double oh"),
    ("0121, seven two seven, um, six five three nine, and", "PHONE",
     "0121, seven two seven, um, six five three nine"),
    ("from abroad it's plus four four, seven seven double oh, nine hundred, one two three", "PHONE",
     "plus four four, seven seven double oh, nine hundred, one two three"),
    ("double four, seven seven double oh, nine double oh, one two three", "PHONE",
     "double four, seven seven double oh, nine double oh, one two three"),
    ("oh oh four four seven seven double oh nine double oh one two three", "PHONE",
     "oh oh four four seven seven double oh nine double oh one two three"),
    ("+44 seven seven double oh, 900123", "PHONE", "+44 seven seven double oh, 900123"),
    # a stray number after the phone is not swallowed
    ("oh seven seven double oh nine double oh one two three, one of the nurses", "PHONE",
     "oh seven seven double oh nine double oh one two three"),
    ("oh seven seven, sorry, double oh nine double oh one two three", "PHONE",
     "oh seven seven, sorry, double oh nine double oh one two three"),
    ("my mobile is oh seven seven oh oh and then nine double oh one two three", "PHONE",
     "oh seven seven oh oh and then nine double oh one two three"),
    # what is left of a phone cut by [inaudible], with phone talk before it
    ("the number was oh seven seven oh oh [inaudible] one two three", "PHONE",
     "oh seven seven oh oh [inaudible] one two three"),
    # NHS numbers: checksum, or "NHS number" before a spoken number
    ("four eight five, seven seven seven, three four five seven", "NHS_NUMBER",
     "four eight five, seven seven seven, three four five seven"),
    ("His NHS number was four eight five, seven seven seven, three four five six.", "NHS_NUMBER",
     "four eight five, seven seven seven, three four five six"),
    ("the NHS number, nine four three... four seven six... five nine one nine", "NHS_NUMBER",
     "nine four three... four seven six... five nine one nine"),
    ("NHS number nine four three, four seven [inaudible] five nine one nine", "NHS_NUMBER",
     "nine four three, four seven [inaudible] five nine one nine"),
    ("it was 943, 476, 5919, which", "NHS_NUMBER", "943, 476, 5919"),
    ("943... 476... 5919", "NHS_NUMBER", "943... 476... 5919"),
    # CHI: a DDMMYY date first, with CHI context
    ("Her CHI number was oh three oh five eight four, one two three four.", "NHS_NUMBER",
     "oh three oh five eight four, one two three four"),
    ("the CHI on the label, 030584 1234, was", "NHS_NUMBER", "030584 1234"),
    ("community health index number three one, one two, nine nine, five six seven eight",
     "NHS_NUMBER", "three one, one two, nine nine, five six seven eight"),
    ("her C-H-I number was oh three oh five eight four, one two three four", "NHS_NUMBER",
     "oh three oh five eight four, one two three four"),
    # GMC numbers need GMC context
    ("my registration number is seven oh one two three four five", "GMC_NUMBER",
     "seven oh one two three four five"),
    ("My GMC number's seven oh one, two three four five.", "GMC_NUMBER",
     "seven oh one, two three four five"),
    ("he gave me his GMC, two, um, nine eight seven two eight four, so", "GMC_NUMBER",
     "two, um, nine eight seven two eight four"),
    ("I'm on the GMC register under 179, 1913, since", "GMC_NUMBER", "179, 1913"),
    ("GMC six double seven five nine seven oh", "GMC_NUMBER", "six double seven five nine seven oh"),
    ("four triple one two three four, that's my GMC number", "GMC_NUMBER",
     "four triple one two three four"),
    # the context may be the question the number answers
    ("I: And your GMC number, for the record?\n\nP03: Um, yeah, seven oh one two three four five.",
     "GMC_NUMBER", "seven oh one two three four five"),
    ("Q: Do you know your GMC number?\n\nA: Course. Seven oh one two three four five.",
     "GMC_NUMBER", "Seven oh one two three four five"),
    # hesitations inside a number: "like", "hang on", "sorry", "let me see", "you know"
    ("it's oh seven seven double-nine, like, two five seven, sorry, five one four, yeah", "PHONE",
     "oh seven seven double-nine, like, two five seven, sorry, five one four"),
    ("the ward was oh one nine one, er, hang on, four nine eight, oh oh oh oh.", "PHONE",
     "oh one nine one, er, hang on, four nine eight, oh oh oh oh"),
    ("my mobile's zero seven seven, let me see, three four, nine one seven, eight six zero", "PHONE",
     "zero seven seven, let me see, three four, nine one seven, eight six zero"),
    ("NHS number four eight five, you know, seven seven seven, hold on, three four five six",
     "NHS_NUMBER", "four eight five, you know, seven seven seven, hold on, three four five six"),
    ("it's oh seven seven, uh, hang on, it's double oh nine, double oh, one two three", "PHONE",
     "oh seven seven, uh, hang on, it's double oh nine, double oh, one two three"),
    ("plus four four (oh) seven seven double oh nine double oh one two three", "PHONE",
     "plus four four (oh) seven seven double oh nine double oh one two three"),
    ("her N H S number is four eight five, seven seven seven, three four five six, I think",
     "NHS_NUMBER", "four eight five, seven seven seven, three four five six"),
    ("the N-H-S number, nine four three, four seven six, five nine one eight", "NHS_NUMBER",
     "nine four three, four seven six, five nine one eight"),
    # short remarks between the question and the answer
    ("I: And the GMC number?\n\nP: Hang on, let me find it. [pause] Right. Seven oh one two three four five.",
     "GMC_NUMBER", "Seven oh one two three four five"),
    ("I: And the GMC number?\n\nP: Ooh. Sorry. Yes. Seven oh one, two three four five.",
     "GMC_NUMBER", "Seven oh one, two three four five"),
    # "o" for zero, even first
    ("my mobile is o seven seven double o nine double o one two three", "PHONE",
     "o seven seven double o nine double o one two three"),
    # digit groups typed as sentences
    ("P: Oh seven seven. Double oh nine. Double oh, one two three.", "PHONE",
     "Oh seven seven. Double oh nine. Double oh, one two three"),
    # digits and repeats hyphen-joined, the word for zero chosen per digit
    ("ring nought-double-seven-double-nine, four-double-five, six-nine-seven, yeah", "PHONE",
     "nought-double-seven-double-nine, four-double-five, six-nine-seven"),
    ("it's zero seven treble-seven, oh one two, nought four five", "PHONE",
     "zero seven treble-seven, oh one two, nought four five"),
    # the +44 said many ways
    ("abroad it's plus forty-four, seven seven double oh, nine hundred, one two three", "PHONE",
     "plus forty-four, seven seven double oh, nine hundred, one two three"),
    ("abroad it's plus four-four seven seven double oh, nine hundred, one two three", "PHONE",
     "plus four-four seven seven double oh, nine hundred, one two three"),
    ("abroad it's oh-oh-four-four, seven seven double oh, nine hundred, one two three", "PHONE",
     "oh-oh-four-four, seven seven double oh, nine hundred, one two three"),
    ("zero zero four four seven seven double oh, nine hundred, one two three", "PHONE",
     "zero zero four four seven seven double oh, nine hundred, one two three"),
    # the answer's first words before the number: "Sorry, it's", "Yeah, hang on,"
    ("I: And the GMC number?\n\nP03: Sorry, it's four five eight, double-seven two five.",
     "GMC_NUMBER", "four five eight, double-seven two five"),
    (("[00:10:01] I: And the GMC number?\n\n[00:10:22] P12: Oh, sorry, yeah, it's "
      "six-nine-eight, seven-eight-one-six."), "GMC_NUMBER", "six-nine-eight, seven-eight-one-six"),
    # "no." abbreviating "number" does not end the sentence that names the number
    ("Her GMC no. is three one two, four four oh nine, it's on the letter.",
     "GMC_NUMBER", "three one two, four four oh nine"),
    ("I wrote his GMC reg. no. down: six oh two, one one five eight.",
     "GMC_NUMBER", "six oh two, one one five eight"),
]


@pytest.mark.parametrize("text, entity, span", POSITIVES)
def test_finds(text: str, entity: str, span: str) -> None:
    assert (entity, span) in found(text)


NEGATIVES = [
    "The bleep went, four four five one, and I froze.",              # 4 digits
    "extension two three four one, if you need the ward",
    "I rang one one one from the car park.",                         # NHS 111
    "It's nine nine nine or one one one.",
    "The complaint reference was nine one two, three four five, six seven eight nine.",
    "The rota code was five six one, two three four five.",          # 7 digits, no GMC
    "My indemnity reference is 9434765918, but that's not an NHS thing.",
    "His NHS number is 943 476 5918.",                                # typed, bad checksum
    "twenty-four seven, seven days a week, one in four",
    "about twelve thousand patients, two hundred and forty referrals",
    "version four point two, then four point three",
    "we were in room two oh four, bay twenty-three",
    "in nineteen ninety-eight and two thousand and five",
    "the CHI said thirty-two, forty, fifty",                         # CHI, but no number
    "the GMC were involved in two thousand and nineteen",             # GMC, a year
    "oh seven seven oh oh [inaudible] one two three",                 # a fragment, no phone talk
    # GMC talk in another sentence does not make a ticket number a GMC number
    "the GMC is a scary organisation. Um, the car park ticket said 1089347, I don't know why.",
    "He gave me his GMC. Er, the park ticket said seven five nine oh five one five.",
    "I: Anything about the GMC?\n\nP: No. The ticket said seven oh one two three four five.",
    "I: Anything about the GMC?\n\nP: No, but the ticket said seven oh one two three four five.",
    # hesitations join digits, but counts and times stay short
    "we had, like, two, like, three hundred patients, hang on, four hundred",
    "I'd say seven, like, eight out of ten, sorry, nine",
    "the bleep's four four, hang on, five one, and the room's two oh four",
    ("I: Anything about the GMC?\n\nP: No. I had a locker, you know, and the locker code was "
     "long. Seven oh one two three four five."),
    # a sentence end between a number and a count
    "I was on for forty. Two of us were, seven. Seven nights in a row, oh nine hundred start.",
    # "No." answering, then a capital: a sentence end, and the GMC talk stays behind it
    "I: Was that on the GMC form?\n\nP: No. Locker code seven oh one two three four five.",
    "We talked about the GMC. No. two was the rota code, four five six, one two three four.",
    # a number with "plus" that is not +44
    "plus forty-five minutes, plus twenty for the drive",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_leaves_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("digits, valid", [
    ("07700900123", True), ("01914980000", True), ("02079460000", True), ("0143460231", True),
    ("+447700900123", True), ("+4407700900123", True), ("00447700900123", True),
    ("447700900123", True), ("0770090012", True), ("077009001234", False), ("08001111",  False),
    ("+337700900123", False), ("7700900123", False), ("04700900123", False),
])
def test_phone_digits_valid(digits: str, valid: bool) -> None:
    assert phone_digits_valid(digits) is valid


@pytest.mark.parametrize("digits, valid", [
    ("0305841234", True), ("3112991234", True), ("2902001234", True), ("2902011234", False),
    ("3204841234", False), ("0313841234", False), ("030584123", False), ("03058412345", False),
])
def test_chi_digits_valid(digits: str, valid: bool) -> None:
    assert chi_digits_valid(digits) is valid
