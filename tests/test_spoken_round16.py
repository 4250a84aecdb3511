"""Round 16: spoken classes stated as anyone says them, tested on phrasings of our own (none
taken from a corpus): answers to an age question after a caption file's cue lines and under
labels such as "spk_1:" or "participant (captions):"; answers saying how far along the way to
an age someone is ("Going on six", "Getting on for forty"); short follow-up questions that take
up an age question ("And your little boy?"); years as speech recognition writes "two thousand
and seventeen" ("2000 and 17"); numeric dates read aloud group by group ("ten zero seven two
thousand and twenty-four"); and postcodes said by sounds straight after a street address."""
from __future__ import annotations

import pytest
from _mentions import spoken_covered as _covered
from _mentions import spoken_untouched as _untouched

_VTT = "00:12:01.240 --> 00:12:04.880\n"
_SRT = "41\n00:12:05,100 --> 00:12:09,020\n"


# -- an answer to an age question, past caption cues and unusual labels ----------------------

@pytest.mark.parametrize(("text", "part"), [
    (_VTT + "interviewer: how old is your youngest?\n\n" + _VTT
     + "participant (captions): six and she rules the roost.", "six"),
    (_SRT + "Speaker A: How old's your partner?\n\n" + _SRT + "Speaker B: 52 and still cycling in.",
     "52"),
    ("[00:03:11]\nspk_0: what age is your dad now?\n\n[00:03:14]\nspk_1: Eighty-three, bless him.",
     "Eighty-three"),
    (_VTT + "host: how old were you when you qualified?\n" + _VTT + "caller (line 2): twenty-six. a baby.",
     "twenty-six"),
    (_VTT + "mod: how old are you, if you don't mind?\n\n" + _VTT + "p_3: um 41 i think",
     "41"),
])
def test_an_age_answer_after_caption_cues_is_found(text: str, part: str) -> None:
    assert _covered(text, part, "AGE")


@pytest.mark.parametrize(("text", "part"), [
    (_VTT + "interviewer: how many on the ward tonight?\n\n" + _VTT
     + "participant (captions): six and one off sick.", "six"),
    (_VTT + "interviewer: how long have you been a carer?\n\n" + _VTT + "spk_1: nine years.", "nine"),
])
def test_a_count_answer_after_caption_cues_stays(text: str, part: str) -> None:
    assert _untouched(text, part, "AGE")


# -- how far along the way to an age ---------------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("Int: How old is your son?\n\nMo: Going on eight, and he thinks he's eighteen.", "eight"),
    ("Int: How old's your eldest?\nP: Going on for twelve.", "twelve"),
    ("I: And how old is your mum?\nR: Getting on for ninety, but sharp as anything.", "ninety"),
    ("I: How old is he?\nR: Knocking on seventy.", "seventy"),
    ("I: What age is your daughter?\nR: Just gone four.", "four"),
    ("I: How old is your grandson?\nR: Rising five, starts school in September.", "five"),
    ("I: How old's your brother?\nR: He'll be forty in May.", "forty"),
    ("I: How old is your eldest now?\nR: Going on nine, no, wait, seven and a half. I lose track.",
     "seven and a half"),
    ("I: How old is your eldest now?\nR: Going on nine, no, wait, seven and a half. I lose track.",
     "nine"),
])
def test_an_answer_going_on_an_age_is_an_age(text: str, part: str) -> None:
    assert _covered(text, part, "AGE")


@pytest.mark.parametrize(("text", "part"), [
    ("I: How many patients on the list?\nR: Going on nine hundred.", "nine hundred"),
    ("I: How long have you been doing it?\nR: Going on six years now.", "six"),
    ("I: What time did you finish?\nR: Gone seven, most nights.", "seven"),
    ("R: There's a lot going on, six clinics a week.", "six"),
])
def test_going_on_a_count_or_a_time_stays(text: str, part: str) -> None:
    assert _untouched(text, part, "AGE")


# -- a follow-up question taking up an age question ------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("Q: How old are you?\nA: Forty-two.\nQ: And your husband?\nA: Forty-five in June.",
     "Forty-five"),
    ("Q: How old are you?\nA: Thirty-eight.\nQ: And your little girl?\nA: Going on three.",
     "three"),
    ("Int: How old is your dad?\n\nPat: Seventy-nine.\n\nInt: What about your mum?\n\nPat: Eighty-one.",
     "Eighty-one"),
    ("Int: How old is your eldest?\n\nPat: Nine.\n\nInt: And the youngest?\n\nPat: Four and a half.",
     "Four and a half"),
    (_VTT + "spk_0: how old are you?\n\n" + _VTT + "spk_1: 36.\n\n" + _VTT
     + "spk_0: and your partner?\n\n" + _VTT + "spk_1: 39 and grey already.", "39"),
])
def test_a_follow_up_to_an_age_question_is_answered_with_an_age(text: str, part: str) -> None:
    assert _covered(text, part, "AGE")


@pytest.mark.parametrize(("text", "part"), [
    # the question before the follow-up asked for something else
    (("Q: How old are you?\nA: Forty-two.\nQ: Where do you work?\nA: Leeds.\nQ: And your husband?\n"
     "A: Two, maybe three days a week."), "Two"),
    # the answer is a count of things
    (("Q: How old were you when you qualified?\nA: Twenty-four.\nQ: And your sisters?\n"
     "A: Four sisters, all nurses."), "Four"),
    # no age question at all
    ("Q: How many nights a week?\nA: Three.\nQ: And your partner?\nA: Two.", "Two"),
])
def test_a_follow_up_after_another_question_gets_no_age(text: str, part: str) -> None:
    assert _untouched(text, part, "AGE")


# -- years as captions write them ------------------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("spk_1: it was the 2nd of march 2000 and 15. the week of the move.", "2nd of march 2000 and 15"),
    ("spk_1: november 2000 and 9. before the diagnosis.", "november 2000 and 9"),
    ("spk_1: so the hearing was the 21st of june 2000 and 12 and the appeal later.",
     "21st of june 2000 and 12"),
    ("spk_1: the fourth of april 2000 and 20 as it says on the letter.", "fourth of april 2000 and 20"),
])
def test_a_year_written_2000_and_n_belongs_to_its_date(text: str, part: str) -> None:
    assert _covered(text, part, "DATE")


@pytest.mark.parametrize(("text", "part"), [
    ("spk_1: between 2000 and 2005 we had twelve beds.", "2000 and 2005"),
    ("spk_1: we raised 2000 and 17 of us ran.", "2000 and 17"),
])
def test_2000_and_a_number_without_a_date_stays(text: str, part: str) -> None:
    assert _untouched(text, part, "DATE")


# -- a numeric date read aloud group by group ------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("P: The letter says appointment ten zero seven two thousand and twenty-four at the clinic.",
     "ten zero seven two thousand and twenty-four"),
    ("P: It says, review date, thirteen, oh four, two thousand and nineteen, at outpatients.",
     "thirteen, oh four, two thousand and nineteen"),
    ("P: date of the scan twenty-two nought nine 2018 and that's all it says.",
     "twenty-two nought nine 2018"),
    ("P: Her wristband reads oh three, one one, nineteen forty-one.", "oh three, one one, nineteen forty-one"),
    ("P: on the form it's one five - zero two - two thousand and six.", "one five - zero two - two thousand and six"),
])
def test_a_numeric_date_read_aloud_is_a_date(text: str, part: str) -> None:
    assert _covered(text, part, "DATE")


@pytest.mark.parametrize(("text", "part"), [
    # the month group is no month
    ("P: it was ten, two five, two thousand and twenty.", "ten, two five"),
    # the tail of a longer number
    ("P: the reference is four four one, ten zero seven two thousand and twenty.", "ten zero seven"),
    # no year after it
    ("P: we had ten oh seven for the handover.", "ten oh seven"),
])
def test_number_groups_that_are_no_date_stay(text: str, part: str) -> None:
    assert _untouched(text, part, "DATE")


# -- a postcode said by sounds straight after a street address -------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("guest 1: 4 mill lane wisbech p ee 13 — two why d.", "p ee 13 — two why d"),
    ("guest 1: 18 kiln lane, lincoln, l en six four z are. behind the church.", "l en six four z are"),
    ("guest 1: our address is 7 park road see tea nine nine y bee.", "see tea nine nine y bee"),
    ("P: We're at eleven Orchard Close, C T eight, eight D S.", "C T eight, eight D S"),
    ("P: two hundred and nine Ferry Walk, P E twenty-two... one G N. That's us.",
     "P E twenty-two... one G N"),
    ("spk_1: flat 3, 22 station road, ess oh fifteen two bee tea.", "ess oh fifteen two bee tea"),
])
def test_letter_sounds_after_a_street_address_are_its_postcode(text: str, part: str) -> None:
    assert _covered(text, part, "POSTCODE")


@pytest.mark.parametrize(("text", "part"), [
    ("guest 1: 14 church street, see you at two, a bee.", "see you at two, a bee"),
    ("guest 1: we live on 14 church street and see you two by two", "see you two by two"),
    ("guest 1: it's a ten minute walk, see, I go at two or four o'clock.", "see, I go at two"),
])
def test_ordinary_words_after_an_address_stay(text: str, part: str) -> None:
    assert _untouched(text, part, "POSTCODE")


# -- "Going on six" answering a question about a person --------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("RA: And your little boy?\n\nP: Going on six, and he runs the house.", "six"),
    (_VTT + "spk_0: what about your youngest?\n\n" + _VTT + "spk_1: going on three and she's a terror.",
     "three"),
    ("Q: And you?\nA: Oh, going on forty.", "forty"),
    ("Q: Tell me about your granddaughter?\nA: Rising five. Starts school next year.", "five"),
])
def test_going_on_an_age_answering_a_question_about_a_person(text: str, part: str) -> None:
    assert _covered(text, part, "AGE")


@pytest.mark.parametrize(("text", "part"), [
    ("RA: And your clinic list?\n\nP: Going on nine, and it never shrinks.", "nine"),
    ("RA: When do you finish?\n\nP: Going on seven, most nights.", "seven"),
    ("RA: And your little boy?\n\nP: Going on five years since the diagnosis.", "five"),
])
def test_going_on_a_number_answering_about_a_thing_stays(text: str, part: str) -> None:
    assert _untouched(text, part, "AGE")


# -- a caption's "o" for the letter O, and a district digit run into the inward one -----------

@pytest.mark.parametrize(("text", "part"), [
    ("guest 1: 9 mill lane, pee o forty-one six jay gee.", "pee o forty-one six jay gee"),
    ("guest 1: 9 mill lane, pee o three seven two r el.", "pee o three seven two r el"),
    ("spk_1: 12 bridge street, ess o fifteen one dee bee.", "ess o fifteen one dee bee"),
    ("guest 1: 9 mill lane, pee oh forty one you w.", "pee oh forty one you w"),
    ("spk_1: 3 kiln lane, ell ess twenty six ay bee", "ell ess twenty six ay bee"),
])
def test_caption_postcodes_with_an_o_or_a_joined_district(text: str, part: str) -> None:
    assert _covered(text, part, "POSTCODE")


@pytest.mark.parametrize(("text", "part"), [
    ("spk_1: 9 mill lane, we got there at o two four and are you sure", "o two four"),
    ("spk_1: the postcode bit is easy, forty one of us are at home", "forty one of us are"),
])
def test_o_and_joined_numbers_that_are_no_postcode_stay(text: str, part: str) -> None:
    assert _untouched(text, part, "POSTCODE")
