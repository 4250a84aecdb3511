"""Round 9's fail-safe by density: numbers read out with words no list knows inside them
("nil", "zilch", "seven twice", "four-and-sixty", "crackle", "dunno", "the rest is") are found
by the shape of the stretch, not by its vocabulary; counts, doses, scores, times, money, years
and lists of ages are not. The phrasings were written before the rule."""
from __future__ import annotations

from typing import Any

import pytest

from vault.anonymise.spoken import find_spoken_forms
from vault.anonymise.spoken.density import _NUMISH, find_dense_numbers

NUMBERS = {"PHONE", "NHS_NUMBER", "GMC_NUMBER"}
THRESHOLD = 0.5  # the shipped policy's


def covered(text: str, span: str, findings: list[tuple[int, int]]) -> list[str]:
    """The number-ish words of ``span`` no finding covers."""
    start = text.index(span)
    return [m.group() for m in _NUMISH.finditer(text, start, start + len(span))
            if not any(a <= m.start() and m.end() <= b for a, b in findings)]


POSITIVES = [
    ("P: my mobile's oh seven nine, nil, nil, four five, six six two one eight.",
     'oh seven nine, nil, nil, four five, six six two one eight'),
    ("P: It's zero seven seven, null, three four, eight eight one two nine, that's the one.",
     'zero seven seven, null, three four, eight eight one two nine'),
    ("P: phone's oh seven seven, seven twice, three four five, nine nine eight",
     'oh seven seven, seven twice, three four five, nine nine eight'),
    ('P: NHS number is six four, four-and-sixty, eight eight one, two two three nine',
     'six four, four-and-sixty, eight eight one, two two three nine'),
    ("P: it's oh seven nine eight, sorry the line went, five five three, two one nine",
     'oh seven nine eight, sorry the line went, five five three, two one nine'),
    ('P: my GMC is seven oh one, uh huh, yeah, four four two six',
     'seven oh one, uh huh, yeah, four four two six'),
    ("P: oh seven seven hundred, nine double-O, one two three, that's my landline",
     'oh seven seven hundred, nine double-O, one two three'),
    ("P: it's aught seven nine one, three three, four two eight one",
     'aught seven nine one, three three, four two eight one'),
    ("P: my CHI's one two oh three, eight four, erm, how does it go, five five six one",
     'one two oh three, eight four, erm, how does it go, five five six one'),
    ("P: NHS, it's nine four three, slash, six six one, slash, two two eight eight",
     'nine four three, slash, six six one, slash, two two eight eight'),
    ('P: the CHI is oh one oh two, eight five, and the last four, seven seven three one',
     'oh one oh two, eight five, and the last four, seven seven three one'),
    ("P: me mam's number is oh one two one, four nought nought, ah, eight nine one two",
     'oh one two one, four nought nought, ah, eight nine one two'),
    ('P: zero seven, quadruple four, six one two, nine nine',
     'zero seven, quadruple four, six one two, nine nine'),
    ('P: my number is oh seven one, dunno, two two three, innit, four five six six',
     'oh seven one, dunno, two two three, innit, four five six six'),
    ('P: oh seven seven one two (I: yep) three four five six seven',
     'oh seven seven one two (I: yep) three four five six seven'),
    ('P: registration is six, zilch, one, four, four, two, eight',
     'six, zilch, one, four, four, two, eight'),
    ('P: contact number: oh one nine oh four, six seven, crackle, nine two two one',
     'oh one nine oh four, six seven, crackle, nine two two one'),
    ("P: Dad's landline, oh one four one, five five five, um, the rest is, eight two one oh",
     'oh one four one, five five five, um, the rest is, eight two one oh'),
    ("P: it's oh seven, then a nine, then two sevens, then four one one eight six",
     'oh seven, then a nine, then two sevens, then four one one eight six'),
    ("P: The number's oh one six three, [crosstalk] four five two, seven eight nine",
     'oh one six three, [crosstalk] four five two, seven eight nine'),
    ('P: text me, oh seven eight, eight eight, zip, four one, three three two',
     'oh seven eight, eight eight, zip, four one, three three two'),
    ('P: NHS number, four eight five, ok so far, seven seven seven, three four five six',
     'four eight five, ok so far, seven seven seven, three four five six'),
    ("P: nine eight two four four one seven, yeah that's my GMC",
     'nine eight two four four one seven'),
    ("P: so it's nought seven seven, nought nought, nine hundred, four double five",
     'nought seven seven, nought nought, nine hundred, four double five'),
    ('P: my mobile, it goes oh seven four, something, something, two nine, one eight eight',
     'oh seven four, something, something, two nine, one eight eight'),
]


@pytest.mark.parametrize("text, span", POSITIVES)
def test_dense_stretches_are_found_whatever_the_words(text: str, span: str) -> None:
    dense = [(f.start, f.end) for f in find_dense_numbers(text)
             if f.entity in NUMBERS and f.score >= THRESHOLD]
    assert covered(text, span, dense) == []
    every = [(f.start, f.end) for f in find_spoken_forms(text)
             if f.entity in NUMBERS and f.score >= THRESHOLD]
    assert covered(text, span, every) == []


NEGATIVES = [
    'P: we had twelve, fifteen, twenty, twenty-five, thirty patients a week back then.',
    'P: doses of five, ten, fifteen, twenty milligrams, then back down to five.',
    'P: from two thousand and five to two thousand and twelve, then twenty fourteen to twenty nineteen.',
    'P: It cost £4.50, £3.20, £2.10 and £6 for the four of us.',
    'P: see pages 12, 14, 16 and 18 of version 3.2.1 of the protocol.',
    'P: the kids are four, seven, nine, twelve, fourteen and sixteen now.',
    'P: blood pressure one forty over ninety, pulse seventy-two, sats ninety-eight, temp thirty-seven two.',
    'P: I scored eight out of ten, then seven out of ten, then nine out of ten.',
    'P: counting down ten, nine, eight, seven, six, five, four, three, two, one.',
    'P: the buses were the 42, the 43 and the 57, and the 9 on Sundays.',
    'P: one or two, maybe three or four, five at most, six if you count Jim.',
    'P: in nineteen ninety-eight, ninety-nine, two thousand, it was chaos.',
    'P: I phoned them six or seven times, maybe eight, over two or three weeks.',
    'P: call me between nine and five, or after six thirty, or on Saturdays after ten.',
    'P: my registration took three to four months, two forms, one interview, five references.',
    'P: born in sixty-two, one of eight children, the fourth of five boys.',
    'P: the GCS was fifteen, then fourteen, then thirteen, then eleven by midnight.',
    'P: my grandchildren are two, four, five, seven, eight, nine, eleven and thirteen.',
    'P: bleep two four six eight nine, or extension four four one two.',
    'P: the locker code was nine one two four, seven seven, three three.',
    'P: I take two in the morning, two at lunch, one at tea and one at night, so six a day.',
    'P: it was like four or five, and then six, seven, maybe eight of us in the end.',
    'P: we won three one, lost two nil, drew one all, then won four two.',
    'P: shifts were seven till seven, three nights on, four off, twelve hours each.',
    'P: my phone died about three or four times last week, two times on Tuesday.',
    'P: ring me any time after eight, before ten, or between one and two.',
    'P: level five, then level six, then seven, then eight, nine and ten of the course.',
    'P: the score on the scale was 3, 4, 4, 5, 2, 3, 4 across the seven items.',
    'P: the ages in the group were 24, 31, 45, 52 and 67.',
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_counts_doses_scores_years_and_lists_are_not_numbers(text: str) -> None:
    assert [text[f.start:f.end] for f in find_dense_numbers(text)] == []
    assert [text[f.start:f.end] for f in find_spoken_forms(text)
            if f.entity in NUMBERS and f.score >= THRESHOLD] == []


def test_a_stretch_one_unit_short_is_listed_for_review_not_replaced() -> None:
    # (round 18: five units with a cue are replaced, so the case is one without a cue)
    text = "P: seven nine, zilch, two, six, one, four."
    found = find_dense_numbers(text)
    assert [(text[f.start:f.end], f.score < THRESHOLD) for f in found] == [
        ("seven nine, zilch, two, six, one, four", True)]
    # but five digits from a leading zero, cued, are the start of a UK number
    text = "P: my mobile, oh seven nine, zilch, two."
    assert [text[f.start:f.end] for f in find_dense_numbers(text) if f.score >= THRESHOLD] == [
        "oh seven nine, zilch, two"]
    assert find_dense_numbers("P: we had six, nine, two and four of them.") == []


def test_long_asides_inside_stay_standing_and_lone_ends_are_trimmed() -> None:
    text = "P: Oh, my phone is oh seven nine eight, sorry the line went, five five three, two one."
    spans = sorted(text[f.start:f.end] for f in find_dense_numbers(text))
    assert spans == ["five five three, two one", "oh seven nine eight"]


@pytest.mark.parametrize("text", [
    "P: my NHS number is nine four three, six six one, my date of birth, eighty nine, two",
    "P: NHS four four one, six six two, nine one and P A twenty-eight, three Z D",
])
def test_another_identifier_between_ends_the_stretch(text: str) -> None:
    for f in find_dense_numbers(text):
        said = text[f.start:f.end]
        assert "birth" not in said and " A " not in said


@pytest.mark.parametrize("text, rest", [
    (("I: And your mobile?\nP: It starts oh, seven, nine, four, oh, six, and then, oh, I never "
     "remember the end.\n\n"
     "[Second voice]: Three, nine, two, two, three. She rings it enough."),
     "Three, nine, two, two, three"),
    (("P: Landline, area code and all: Oh one eighty three five, and after that it's eight "
     "hundred and seventy-four ... two hundred and forty-five."),
     "eight hundred and seventy-four ... two hundred and forty-five"),
    (("P: the start I know, oh seven seven four one... the rest is in my bag. Here. "
     "Nine two six, three eight one."), "Nine two six, three eight one"),
    (("P: It starts zero, seven, nine, one, two, and then I forget.\n\nWife: Four, eight, six, "
     "two, nine. I ring it daily."), "Four, eight, six, two, nine"),
    (("P: Oh seven seven one two, and then, hang on, it's on my letter... eight hundred and "
     "ninety-nine, eh, one hundred and ten."),
     "eight hundred and ninety-nine, eh, one hundred and ten"),
    (("P: My CHI number is my birthday, the fourth of May eighty-two, and then nine nought six "
     "one."), "nine nought six one"),
])
def test_the_rest_of_a_number_said_a_little_later(text: str, rest: str) -> None:
    found = [(f.start, f.end) for f in find_spoken_forms(text)
             if f.entity in NUMBERS and f.score >= THRESHOLD]
    assert covered(text, rest, found) == []


@pytest.mark.parametrize("text", [
    ("P: my mobile is oh seven seven oh oh, nine hundred, one two three. I've lived here "
    "twenty-five, thirty years."),
    ("P: ring oh seven seven oh oh nine double oh one two three. She had six, eight, maybe nine "
    "of them."),
    ("P: oh seven seven oh oh nine double oh one two three, and the clinic was at ten forty-five "
    "on floor three."),
    ("P: my number's oh seven seven oh oh nine double oh one two three.\nI: Thanks. How many "
    "children, and how old?\nP: Three. Four, seven and eleven."),
])
def test_numbers_after_a_phone_that_are_counts_stay(text: str) -> None:
    end = text.index("three") + len("three")
    assert [text[f.start:f.end] for f in find_dense_numbers(text) if f.start > end] == []


def test_a_transcription_mark_is_neither_a_clock_nor_words() -> None:
    text = "P: When I registered, they gave me six, four, zero, nine [inaudible 00:00:02] zero, two."
    # split around the mark: the engine protects timestamps and drops what overlaps one
    assert sorted((f.entity, text[f.start:f.end]) for f in find_dense_numbers(text)) == [
        ("GMC_NUMBER", "six, four, zero, nine"), ("GMC_NUMBER", "zero, two")]


# a second batch, written after the rule and not tuned on: the generality check
LATER_POSITIVES = [
    ('P: the mobile? oh seven niner one, two two, fower five six, eight eight',
     'oh seven niner one, two two, fower five six, eight eight'),
    ("P: NHS, it's four four one, oh I never remember, six six two, nine nine one three",
     'four four one, oh I never remember, six six two, nine nine one three'),
    ('P: landline is oh one two three four, beep, five six seven, beep, eight nine one',
     'oh one two three four, beep, five six seven, beep, eight nine one'),
    ('P: my GMC is six two eight, mm, four four, mm, one',
     'six two eight, mm, four four, mm, one'),
    ("P: it's oh seven eight eight, you got that, nine nine four, you got that, one oh two",
     'oh seven eight eight, you got that, nine nine four, you got that, one oh two'),
    ('P: contact number, nought seven, nought seven, and four sixes, then three one',
     'nought seven, nought seven, and four sixes, then three one'),
    ('P: text me on zero seven, seven hundred, nine hundred and eighty-two, forty-one',
     'zero seven, seven hundred, nine hundred and eighty-two, forty-one'),
    ('P: my CHI is two nine oh six eight one, then, like, seven five five two',
     'two nine oh six eight one, then, like, seven five five two'),
    ('P: NHS number nine oh four, [unclear], three seven two, [unclear], eight eight one oh',
     'nine oh four, [unclear], three seven two, [unclear], eight eight one oh'),
    ("P: oh seven seven, pfff, nine three two, umm yeah, four one one eight, that's my phone",
     'oh seven seven, pfff, nine three two, umm yeah, four one one eight'),
    ('P: the registration number was five zero, something, seven seven, one three',
     'five zero, something, seven seven, one three'),
    ("P: Number's oh-one-one-eight, nine-nine-oh, two-two-four-six.",
     'oh-one-one-eight, nine-nine-oh, two-two-four-six'),
    ('P: call me on oh seven four two, seven, zed, no, seven one eight, four four four',
     'oh seven four two, seven, zed, no, seven one eight, four four four'),
    ('P: his phone is oh seven nine, what, five, seven, yeah, three three, yeah, oh nine two',
     'oh seven nine, what, five, seven, yeah, three three, yeah, oh nine two'),
    ('P: mobile oh seven double two, nine, and the rest, six one eight, eight eight',
     'oh seven double two, nine, and the rest, six one eight, eight eight'),
]


@pytest.mark.parametrize("text, span", LATER_POSITIVES)
def test_later_phrasings_are_found(text: str, span: str) -> None:
    every = [(f.start, f.end) for f in find_spoken_forms(text)
             if f.entity in NUMBERS and f.score >= THRESHOLD]
    assert covered(text, span, every) == []


LATER_NEGATIVES = [
    'P: we saw nine, maybe ten a day, then eleven, twelve in winter, fifteen at Christmas.',
    'P: my phone bill was seventy-two, eighty-one, ninety-five, it kept going up.',
    'P: he was born in nineteen sixty-four and she in nineteen sixty-seven, married in eighty-nine.',
    'P: the mobile reception was two bars, three bars, one bar, no bars, all week.',
    'P: the kids are nine, seven and four, and the dog is two.',
    'P: the patients on the list: four, six, two, eight, one, five needed review.',
    'P: I did the GMC exam three times, scored sixty-two, sixty-eight and seventy-one percent.',
    'P: my contact hours went from forty to thirty-seven and a half to thirty-two.',
    'P: the ward had twenty-eight beds, six side rooms, four bays of six.',
    'P: the registration fees were four hundred and twenty, then four hundred and ninety.',
    'P: one, two, three, four, we all counted along, five, six, seven, eight.',
    'P: the address was number forty-two, then we moved to number sixteen, then eight.',
]


@pytest.mark.parametrize("text", LATER_NEGATIVES)
def test_later_counts_and_years_are_not_numbers(text: str) -> None:
    assert [text[f.start:f.end] for f in find_dense_numbers(text)] == []


@pytest.mark.parametrize("text", [
    "P: the landline's oh, one, six, eight, nine, two two four one three",
    "P: Oh one six double eight, three hundred and forty eight, eight hundred and sixteen.",
])
def test_a_number_opening_with_zero_is_never_counting(text: str) -> None:
    assert [f.entity for f in find_spoken_forms(text) if f.score >= THRESHOLD
            and f.entity in NUMBERS]


@pytest.mark.parametrize("text, kept", [
    (("Iv: Your GMC number?\nRp: When I registered, they gave me six, four, zero, nine "
     "[inaudible 00:00:02] zero, zero, two, and I remember it.\n"), ["[inaudible 00:00:02]"]),
    (("Iv: And your mobile?\nRp: Oh seven nine, nil, nil, four five, six six two one eight, "
     "if you need it.\n"), []),
    (("Iv: Could I take a number?\nRp: The start I know, oh seven seven four one... the rest is "
     "on the card. Here. Nine two six, three eight one.\n"), []),
])
def test_the_engine_replaces_every_digit(anonymiser: Any, text: str, kept: list[str]) -> None:
    answer = anonymiser.redact(text).text.split("\n", 1)[1]
    for mark in kept:
        assert mark in answer
        answer = answer.replace(mark, "")
    assert [m.group() for m in _NUMISH.finditer(answer)] == []


# a third batch, written after the rule and not tuned on (all caught when first run)
THIRD_POSITIVES = [
    ("I: Your NHS number?\nP: Let me look. Four oh one, um, it's faded, two two seven, and then eight eight nine oh.",
     "Four oh one, um, it's faded, two two seven, and then eight eight nine oh"),
    ('P: ring the house, oh one five oh two, seven, seven, seven, one, nine, nine',
     'oh one five oh two, seven, seven, seven, one, nine, nine'),
    ("P: my mobile's oh seven eight, triple six, blah blah, four four two one",
     'oh seven eight, triple six, blah blah, four four two one'),
    ('P: GMC seven oh, seven oh, four four one',
     'seven oh, seven oh, four four one'),
    ("P: NHS number, it's nine, nine, [coughs], four, six, two, eight, eight, one, oh, three",
     'nine, nine, [coughs], four, six, two, eight, eight, one, oh, three'),
    ('P: the first half is oh seven nine six two, second half is one four four eight one',
     'one four four eight one'),
    ("P: mobile's oh seven, seventy-seven, double-oh, nine hundred, twelve",
     'oh seven, seventy-seven, double-oh, nine hundred, twelve'),
    ('I: Phone number?\nP: Oh eight hundred, two two two, and... three one three one.',
     'Oh eight hundred, two two two, and... three one three one'),
    ("P: registration's six one, hmm, six one, zero nine, nine",
     'six one, hmm, six one, zero nine, nine'),
    ('P: her CHI is zero one one one seven nine, dash, five five seven three',
     'zero one one one seven nine, dash, five five seven three'),
    ("P: the number's oh seven seven, I'm sure, oh seven seven, nine four one, eight two eight",
     "oh seven seven, I'm sure, oh seven seven, nine four one, eight two eight"),
    ('P: zero seven nine, zero seven nine, then three sixes, then four two',
     'zero seven nine, zero seven nine, then three sixes, then four two'),
]


@pytest.mark.parametrize("text, span", THIRD_POSITIVES)
def test_third_batch_is_found(text: str, span: str) -> None:
    test_later_phrasings_are_found(text, span)


THIRD_NEGATIVES = [
    'P: the clinic runs nine to five, Monday to Friday, and ten till two on Saturday.',
    'P: I was on call one in four, then one in six, then one in eight.',
    'P: my phone has three, four, maybe five apps I actually use.',
    'P: NHS pay went up two, three, four percent a year.',
    'P: section four, paragraph two, line nine of the GMC guidance.',
    'P: the scores were seven, six, eight, five and nine out of ten.',
    'P: flights were at six, nine and eleven, then two, four and six.',
    'P: I contacted them in two thousand and ten, twenty eleven and twenty fifteen.',
    'P: my number of sessions went from six to eight to ten.',
    'P: we called it the two-two-seven rota: two days, two nights, seven off.',
]


@pytest.mark.parametrize("text", THIRD_NEGATIVES)
def test_third_batch_negatives(text: str) -> None:
    test_counts_doses_scores_years_and_lists_are_not_numbers(text)


def test_a_speaker_label_names_no_thing() -> None:
    text = ("I: Your mobile?\nP: It starts oh seven nine one two, and then I forget.\n"
            "Partner (in the room): Four, eight, six, two, nine.\n")
    found = [(f.start, f.end) for f in find_spoken_forms(text)
             if f.entity in NUMBERS and f.score >= THRESHOLD]
    assert covered(text, "Four, eight, six, two, nine", found) == []
    assert find_dense_numbers("P: the room was four, eight, six, two, nine, seven, one, five") == []
