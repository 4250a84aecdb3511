"""Round 7's fail-safe mechanisms for numbers people say: long digit chains whatever the words,
numbers and postcodes split over two turns, values put right mid-way, rough ages, typed dates
with month abbreviations, years said with "and", flat and house numbers before any street."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken import find_spoken_forms
from vault.anonymise.spoken.digit_chains import find_digit_chains
from vault.anonymise.spoken.numbers import number_runs
from vault.anonymise.spoken.turns import resumed_turn


def chains(text: str) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start:f.end]) for f in find_digit_chains(text, number_runs(text))]


def spoken(text: str, entity: str) -> set[str]:
    return {text[f.start:f.end] for f in find_spoken_forms(text) if f.entity == entity}


# --------------------------------------------------------------------------- digit chains

CHAINS = [
    # put right in the middle, any correction words
    (("R2: It's oh seven nine one two, no, hang on, oh seven nine two one, four four three, six "
     "eight two. Got it?"),
     "oh seven nine one two, no, hang on, oh seven nine two one, four four three, six eight two"),
    ("B: nought one six three — scratch that — nought one six two, five five one, nine nine oh.",
     "nought one six three — scratch that — nought one six two, five five one, nine nine oh"),
    ("my number? 07812 four four, I tell a lie, 07812 five five one, two oh nine",
     "07812 four four, I tell a lie, 07812 five five one, two oh nine"),
    ("It was three one, make that three two, nine eight, four four one, sorry, six.",
     "three one, make that three two, nine eight, four four one, sorry, six"),
    # no cue at all: seven digits said one by one
    ("He wrote down six two nine four, um, eight eight one on the back of a napkin.",
     "six two nine four, um, eight eight one"),
    # typed groups and words mixed, pairs
    ("Speaker 2: It's 0141 double-three-nine, forty two sixteen, if that helps.",
     "0141 double-three-nine, forty two sixteen"),
    # a typed seven-digit registration with no "GMC" near
    ("Honestly my registration is 4418902 and anyone can check it.", "4418902"),
    ("He gave 5561234 as his number, which I doubted.", "5561234"),
]


@pytest.mark.parametrize("text, span", CHAINS)
def test_long_chains_are_identifiers(text: str, span: str) -> None:
    assert span in [s for _, s in chains(text)]


@pytest.mark.parametrize("text, entity", [
    ("Your GMC number please? -- Six one, no, six two, nought four four one.", "GMC_NUMBER"),
    (("And the NHS number? -- Four four one, sorry, four four two, five five one, six six two "
     "three."), "NHS_NUMBER"),
    ("ring me, it's oh two nine, no, oh two eight, four four one, five five six", "PHONE"),
    ("on the letter he wrote seven seven one three three nine nine", "GMC_NUMBER"),
    ("it's oh one four three, five five one, nine six two", "PHONE"),
])
def test_chains_are_typed_by_cue_then_shape(text: str, entity: str) -> None:
    assert [e for e, _ in chains(text)] == [entity]


CHAIN_NEGATIVES = [
    "We had twelve, fifteen, twenty, twenty-five, thirty referrals a month.",      # counts
    "It cost £1,250,000 and the budget was 2,400,000 pounds.",                    # money
    "In 2019, 2020 and 2021 the rota changed; 2018, 2019 too.",                   # years
    "The meeting was on 12.05.2019 and again on 14/06/2021.",                     # typed dates
    "We started at 10:30:15 and stopped at 11:45:20.",                            # times
    "Handover at 0800, 1200, 1600 and 2000 hours.",
    "The Datix reference was four four one, two two nine, eight eight one three.",  # a thing's
    "Locker code seven seven one, nine two, one one, and it never opened.",
    "My parcel tracking number was oh six four one, two two eight, nine nine one.",
    "the case number, nine nine one two, three three four five, went to the coroner",
    "The bleep's four four five one, and extension two three four one.",          # short
    "Give it seven out of ten, eight on a good day, nine if the coffee's hot.",
    "twenty-four seven, sixty-forty, one in eight, nineteen forty-eight",
    "I was on for forty. Two of us were, seven. Seven nights in a row.",
    "He scored 25. Thirty minutes later he scored 27.",                           # sentences
]


@pytest.mark.parametrize("text", CHAIN_NEGATIVES)
def test_ordinary_numbers_are_not_chains(text: str) -> None:
    assert chains(text) == []


# --------------------------------------------------------------------------- split over turns

SPLIT = ("Interviewer: And a number for the reminder?\n\n"
         "Speaker B: Sure, oh seven seven one nine...\n\n"
         "Interviewer: Mm-hm.\n\n"
         "Speaker B: ...four four two, six one one. That's my own phone.\n")


def test_a_number_split_over_two_turns_is_redacted_whole() -> None:
    found = [s for _, s in chains(SPLIT)]
    assert "oh seven seven one nine" in found
    assert "four four two, six one one" in found


def test_a_split_number_needs_a_short_backchannel_and_the_same_speaker() -> None:
    long_turn = SPLIT.replace("Mm-hm.", "Mm-hm, and how many years have you been a doctor in "
                              "this trust since you moved up north?")
    # the second part is not joined to the first; the first, the start of a UK number said
    # digit by digit, is a phone on its own shape (round 8)
    assert [s for _, s in chains(long_turn)] == ["oh seven seven one nine"]
    other = SPLIT.replace("Speaker B: ...four", "Speaker C: ...four")
    assert [s for _, s in chains(other)] == ["oh seven seven one nine"]
    # a number said in full in the other turn is not a back-channel
    assert resumed_turn("A: it's two two...\nB: Bay 12.\nA: ...three three\n", 11) is None


def test_labels_with_digits_are_not_numbers() -> None:
    text = "P07: it's 07701...\n\nP03: Right.\n\nP07: ...229 441, work phone.\n"
    assert [s for _, s in chains(text)] == ["07701", "229 441"]


def test_postcode_split_over_two_turns() -> None:
    text = ("Q: And the postcode?\n\nR: It's B, S, sixteen...\n\nQ: Yeah.\n\n"
            "R: Four, D as in dog, W. Near the park.\n")
    assert spoken(text, "POSTCODE") == {"B, S, sixteen", "Four, D as in dog, W"}
    # an ordinary answer after the back-channel is no inward code
    assert spoken(text.replace("Four, D as in dog, W", "Four of us, mostly"), "POSTCODE") == set()


@pytest.mark.parametrize("text, span", [
    ("the postcode is T N one O, two P G", "T N one O, two P G"),       # O for zero
    ("it was L S twenty six, then three, A as in apple, B", ("L S twenty six, then three, A as in "
                                                             "apple, B")),
    ("postcode C F twenty seven, B, D", "C F twenty seven, B, D"),       # CF2 7BD
])
def test_postcode_digit_parts(text: str, span: str) -> None:
    assert span in spoken(text, "POSTCODE")


# --------------------------------------------------------------------------- corrections

@pytest.mark.parametrize("text, entity, span", [
    ("Q: Your age now?\nA: Fifty-one, sorry, fifty-two. Don't ask.", "AGE",
     "Fifty-one, sorry, fifty-two"),
    ("Q: How old are you?\nA: Thirty — no, wait — thirty-one.", "AGE", "Thirty — no, wait — thirty-one"),
    ("It was the ninth, I tell a lie, the tenth of March.", "DATE",
     "ninth, I tell a lie, the tenth of March"),
])
def test_a_value_put_right_is_one_mention(text: str, entity: str, span: str) -> None:
    assert span in spoken(text, entity)


def test_a_new_sentence_is_not_a_correction() -> None:
    text = "It was the 3rd of June. Or, no, maybe the fifth. The third of that month."
    assert not any(", no," in s for s in spoken(text, "DATE"))


# --------------------------------------------------------------------------- ages, dates, addresses

@pytest.mark.parametrize("text, age", [
    ("Q: How old was she?\nA: Eighty-odd, I'd guess.", "Eighty-odd"),
    ("Q: How old is he?\nA: Forty-ish. Hard to tell.", "Forty-ish"),
    ("I'm sixty-something now, and my knees say so.", "sixty-something"),
    ("She's getting on for seventy and still cycles.", "seventy"),
    ("He must be heading for fifty, surely.", "fifty"),
])
def test_rough_ages(text: str, age: str) -> None:
    assert age in spoken(text, "AGE")


@pytest.mark.parametrize("text", [
    "We had thirty-odd referrals that week.",
    "A forty-something group of trainees.",
    "getting on for forty patients on the list",
    "sixty-odd miles each way",
])
def test_rough_counts_are_not_ages(text: str) -> None:
    assert spoken(text, "AGE") == set()


@pytest.mark.parametrize("text, span", [
    ("DOB 03-Mar-1979, please.", "03-Mar-1979"),
    ("born 7 Sept. 1966 in Leeds", "7 Sept. 1966"),
    ("the form said 19/JUL/88 for her", "19/JUL/88"),
    ("born in nineteen and sixty-two, the year of the floods", "nineteen and sixty-two"),
    ("I was born in nineteen hundred and seventy, would you believe", "nineteen hundred and seventy"),
    ("he was born in seventy-one, same as me", "seventy-one"),
    ("She left on the third of the ninth and never came back.", "third of the ninth"),
    ("Q: Which month?\nA: April. The 9th of, I think.", "9th"),
    ("Date of birth? -- Um, four, two, nineteen and sixty-six. I think.",
     "four, two, nineteen and sixty-six"),
    (("Q: When were you both born, for the form?\n\nA: Me, the third of May nineteen sixty. "
     "And my husband's 14, er, 07 sixty-two."), "14, er, 07 sixty-two"),
])
def test_more_dates(text: str, span: str) -> None:
    assert span in spoken(text, "DATE")


@pytest.mark.parametrize("text", [
    "the second of four children",
    "born in ninety minutes of labour, my mum says",
    "Mar-a-Lago, and 3-Mar",
])
def test_not_dates(text: str) -> None:
    assert spoken(text, "DATE") == set()


@pytest.mark.parametrize("text, span", [
    ("Send it to flat six B, hundred and twelve Tanner Street, please.",
     "flat six B, hundred and twelve Tanner Street"),
    ("Flat ten, nineteen Lowther Howe, near the church.", "Flat ten, nineteen Lowther Howe"),
    ("we lived at hundred and three Cobble Rigg for years", "hundred and three Cobble Rigg"),
])
def test_flat_and_house_numbers(text: str, span: str) -> None:
    assert span in spoken(text, "LOCATION")


@pytest.mark.parametrize("text", [
    "a hundred and twenty patients on Ward Nine",
    "flat out, twenty Minutes Later",
    "the flat was small. Twenty Years on, I still miss it",
])
def test_not_flat_addresses(text: str) -> None:
    assert spoken(text, "LOCATION") == set()


# --------------------------------------------------------------------------- shorter numbers, turn ends

@pytest.mark.parametrize("text, span", [
    ("my GMC's seven oh one two, er, three four", "seven oh one two, er, three four"),
    ("My NHS number's nine, four, three, four... I can't remember the rest.",
     "nine, four, three, four"),
    ("the mobile, it starts oh seven seven one, I think", "oh seven seven one"),
    ("it's oh seven seven dash one two three dash four five six",
     "oh seven seven dash one two three dash four five six"),
])
def test_shorter_numbers_after_an_identifier_word(text: str, span: str) -> None:
    assert span in [s for _, s in chains(text)]


@pytest.mark.parametrize("text", [
    "The GMC fee went up to four hundred and twenty pounds.",
    "the GMC in twenty fifteen, and the NHS since 1998",
    "my phone extension is four four five one",
    "the phone went at twenty past four",
    "NHS one one one, then nine nine nine",
    "I rang the GMC. Four thousand doctors were on the list.",
])
def test_short_numbers_without_a_person_s_identifier(text: str) -> None:
    assert chains(text) == []


def test_a_number_ending_a_turn_goes_on_after_a_backchannel() -> None:
    text = "A: It's oh seven seven one two\nB: Mm.\nA: three four five six, that's the mobile.\n"
    assert [s for _, s in chains(text)] == ["oh seven seven one two", "three four five six"]
    counts = "A: How many on the ward?\nB: Twelve.\nA: Right.\nB: Fourteen at night.\n"
    assert chains(counts) == []


@pytest.mark.parametrize("text, age", [
    ("Q: How old is your mentor?\nA: Mid-fifties, I'd say.", "Mid-fifties"),
    ("Q: How old was she?\nA: Late forties.", "Late forties"),
    ("the back end of my forties was hard", "forties"),
    ("She's just shy of forty.", "forty"),
    ("I'm coming up for sixty, God help me.", "sixty"),
    ("a fifty-odd-year-old man came in", "fifty"),
])
def test_more_ways_to_give_an_age(text: str, age: str) -> None:
    assert age in spoken(text, "AGE")


@pytest.mark.parametrize("text", [
    "Q: How many patients?\nA: Mid-fifties, most weeks.",
    "just shy of forty patients a day",
    "music of the sixties and seventies",
])
def test_decades_and_counts_that_are_no_age(text: str) -> None:
    assert spoken(text, "AGE") == set()


@pytest.mark.parametrize("text, span", [
    ("I was born in the spring of seventy-nine, apparently.", "seventy-nine"),
    ("she was born in Leeds in nineteen seventy-nine", "nineteen seventy-nine"),
    ("Year of birth: 1979.", "1979"),
])
def test_a_year_of_birth_a_few_words_after_born(text: str, span: str) -> None:
    assert span in spoken(text, "DATE")


def test_born_then_another_clause_dates_nothing() -> None:
    assert spoken("I was born in Leeds and moved in 2005.", "DATE") == set()


def test_more_fail_safe_shapes() -> None:
    assert chains("P: NHS number: 4 8 5 7 7 7 3 4 5 6.") == [("NHS_NUMBER", "4 8 5 7 7 7 3 4 5 6")]
    assert chains("It ends in six four one two, the mobile.") == [("PHONE", "six four one two")]
    assert chains("the bleep's four four five one, not the phone") == []
    assert chains("We counted one, two, three, four, five, six, seven, eight.") == []
    assert "forty-two b Chapel Street" in spoken("It was at forty-two b Chapel Street, top flat.",
                                                 "LOCATION")


def test_a_correction_after_a_full_stop() -> None:
    text = ("NHS number?\nP: Four eight five, seven seven seven, three four five six. No wait, "
            "three four five seven.")
    assert any(s.endswith("No wait, three four five seven") for _, s in chains(text))


@pytest.mark.parametrize("text, found", [
    ("P: I was born on 3 April, 81.", {"3 April, 81"}),
    ("on 3 April, 81 patients came in", set()),
])
def test_a_typed_day_and_a_two_digit_year(text: str, found: set[str]) -> None:
    assert {s for s in spoken(text, "DATE") if "81" in s} == found


@pytest.mark.parametrize("text, span", [
    ("P: I live at forty-two Acacia Ave in Leeds.", "forty-two Acacia Ave"),
    ("P: seventeen Station Rd, then left.", "seventeen Station Rd"),
    ("P: flat 4b, 12 Mill Street", "flat 4b, 12 Mill Street"),
])
def test_abbreviated_streets_and_flat_letters(text: str, span: str) -> None:
    assert span in spoken(text, "LOCATION")


@pytest.mark.parametrize("text", ["seven St Johns came", "at twenty St Mary's Church", "two Dr Patels"])
def test_abbreviations_that_are_no_street(text: str) -> None:
    assert spoken(text, "LOCATION") == set()


@pytest.mark.parametrize(("text", "span"), [
    # round 8: the start of a UK number said digit by digit, the rest apart or not said
    ("The start I know, oh seven eight one two... the rest is on the letter.", "oh seven eight one two"),
    ("The area code's oh one five four three, then the rest.", "oh one five four three"),
    ("it was nought, seven, nine, six, six, I think", "nought, seven, nine, six, six"),
])
def test_round8_uk_number_start_is_a_phone(text: str, span: str) -> None:
    found = [(text[f.start:f.end], f.entity) for f in find_spoken_forms(text)]
    assert (span, "PHONE") in found


@pytest.mark.parametrize("text", [
    "The agent was double oh seven.",
    "Scores were 0 1 0 2 0 in the end.",
    "The locker code was oh one two three four.",
    "Oh, seven of us went, then nine.",
])
def test_round8_short_zero_runs_left_alone(text: str) -> None:
    assert not [f for f in find_spoken_forms(text) if f.entity == "PHONE"]
