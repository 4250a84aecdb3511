"""Round 15: spoken classes learnt from how two retired authors worded them, tested on phrasings
of our own (none taken from a corpus): star signs joined to their year, dialect "o'" for "of",
dates said year first with their parts named, "today's the ninth", names spelled in chunks and
with corrections, e-mails with the domain said short, numbers given in named parts, whole
postcodes said letter by letter, and babies' ages in months given as an answer."""
from __future__ import annotations

import pytest
from _mentions import spoken_covered as _covered
from _mentions import spoken_untouched as _untouched

from vault.anonymise.spoken.postcodes import find_said_postcodes
from vault.anonymise.spoken.recognizer import find_spoken_forms

# -- star signs with a year: the article, the sign and the year are one date ------------------

@pytest.mark.parametrize(("text", "part"), [
    ("P: Me? A Sagittarius of nineteen seventy-nine. My husband laughs at it.", "A Sagittarius of nineteen seventy-nine"),
    ("P: I'm Libra, eighty-two, if you believe in that sort of thing.", "Libra, eighty-two"),
    ("P: She's a Capricorn from sixty-seven, stubborn as anything.", "a Capricorn from sixty-seven"),
    ("P: I'm an Aquarius, nineteen ninety, the year of the floods.", "an Aquarius, nineteen ninety"),
    ("P: Our lad's a Taurus, born in twenty sixteen.", "a Taurus, born in twenty sixteen"),
    ("P: Typical Virgo of nineteen eighty-eight, that's me.", "Virgo of nineteen eighty-eight"),
])
def test_a_star_sign_and_its_year_are_one_date(text: str, part: str) -> None:
    assert _covered(text, part, "DATE")


@pytest.mark.parametrize(("text", "part"), [
    ("P: Cancer services moved in twenty nineteen.", "Cancer services"),
    ("P: I was reading about Leo the lion with the kids.", "Leo the lion"),
])
def test_a_sign_word_that_is_no_sign_said_of_someone_stays(text: str, part: str) -> None:
    assert _untouched(text, part)


# -- "of" as dialect says it ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("P: Born the ninth o' March, nineteen sixty, in the front room.", "ninth o' March, nineteen sixty"),
    ("P: It was the twenty-second o' June when we moved.", "twenty-second o' June"),
    ("P: Sixth o May, two thousand and three, I started on the wards.", "Sixth o May, two thousand and three"),
])
def test_a_day_o_a_month_is_a_date(text: str, part: str) -> None:
    assert _covered(text, part, "DATE")


def test_o_clock_and_a_lone_o_stay() -> None:
    text = "P: I'd finish at five o'clock and the fifth o the lot was always mine."
    assert _untouched(text, "five o'clock")


# -- dates said year first with the parts named ------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("P: At home we'd write nineteen sixty-nine, month eleven, day three.", "nineteen sixty-nine, month eleven, day three"),
    ("P: Two thousand and five, March, day twenty, that's when she was born.", "Two thousand and five, March, day twenty"),
    ("P: It goes nineteen eighty, the second month, the fourteenth day.", "nineteen eighty, the second month, the fourteenth day"),
    ("P: 1991, month 7, day 30, on the form.", "1991, month 7, day 30"),
])
def test_a_date_said_year_first_with_its_parts_named(text: str, part: str) -> None:
    assert _covered(text, part, "DATE")


@pytest.mark.parametrize("text", [
    "P: Nineteen ninety-five, month after month, day after day, same ward.",
    "P: We did two thousand steps, day one of the challenge.",
])
def test_months_and_days_that_count_stay(text: str) -> None:
    assert not any(f.entity == "DATE" and "month" in text[f.start:f.end]
                   for f in find_spoken_forms(text))


# -- the day said alone after "today's the" ---------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("Voice memo. Today's the twenty-first. Clinic overran again.", "twenty-first"),
    ("P: Right, today is the eleventh, and I've had no sleep.", "eleventh"),
    ("P: Tomorrow's the third, so the rota changes.", "third"),
])
def test_todays_the_nth_is_a_date(text: str, part: str) -> None:
    assert _covered(text, part, "DATE")


@pytest.mark.parametrize(("text", "part"), [
    ("P: Today's the first day of my new job.", "first"),
    ("P: It's the third time this month the lift broke.", "third"),
])
def test_an_ordinal_that_counts_stays(text: str, part: str) -> None:
    assert _untouched(text, part)


# -- names spelled in chunks, and spellings put right on a bad line ---------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("P: It's Oyelaran. oye, O-Y-E, laran, L-A-R-A-N.", "oye, O-Y-E, laran, L-A-R-A-N"),
    ("P: wood, W O O D, ridge, R I D G E, like the hill.", "wood, W O O D, ridge, R I D G E"),
    ("P: mac, M A C, kin, K I N, non, N O N.", "mac, M A C, kin, K I N, non, N O N"),
])
def test_a_name_spelled_in_chunks_covers_the_chunks(text: str, part: str) -> None:
    assert _covered(text, part, "PERSON")


@pytest.mark.parametrize(("text", "part"), [
    ("P: K, not C, K - R, O, S, not F, S - S.", "K, not C, K - R, O, S, not F, S - S"),
    ("P: It's M, not N, M A L, not R, L O W.", "M, not N, M A L, not R, L O W"),
])
def test_a_spelling_put_right_as_it_goes(text: str, part: str) -> None:
    assert _covered(text, part, "PERSON")


@pytest.mark.parametrize(("text", "part"), [
    ("P: The answer was A, not B, and C was a trick.", "A, not B"),
    ("P: I said no, N O, and then I said go, G O.", "no, N O"),
    ("P: Options A, B, C, D, not E.", "A, B, C, D"),
])
def test_letters_that_are_no_name_stay(text: str, part: str) -> None:
    assert _untouched(text, part)


# -- e-mails with the domain said short --------------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("I: And an e-mail?\nP: tomasz dot wierzbicki at tiscali UK, all small.", "tomasz dot wierzbicki at tiscali UK"),
    ("P: My e-mail is gwen dash probert at virgin, no capitals.", "gwen dash probert at virgin"),
    ("P: E-mail's lowri underline pugh at, erm, the plusnet.", "lowri underline pugh at, erm, the plusnet"),
    ("I: Personal e-mail?\nP: ifeomaokonkwo at demon, one word.", "ifeomaokonkwo at demon"),
])
def test_an_email_with_its_domain_said_short(text: str, part: str) -> None:
    assert _covered(text, part, "EMAIL")


@pytest.mark.parametrize(("text", "part"), [
    ("P: I'll e-mail you when I'm at home, after the kids are down.", "at home"),
    ("I: What's your e-mail?\nP: I'm mostly at orange, the phone shop, on Saturdays.", "at orange"),
    ("P: E-mail Dr Patel, she's at Airedale most days.", "at Airedale"),
    ("P: The address list was at work, sorry.", "at work"),
])
def test_at_a_place_after_an_email_cue_stays(text: str, part: str) -> None:
    assert not any(f.entity == "EMAIL" for f in find_spoken_forms(text))


# -- numbers given in named parts ------------------------------------------------------------

@pytest.mark.parametrize(("text", "parts"), [
    ("I: Your GMC number?\nP: The back bit's four four one, and that comes before, no, after six one double two.",
     ["four four one", "six one double two"]),
    ("I: Mobile?\nP: It ends three nine nine one. The front is oh seven eight one two, then six.",
     ["three nine nine one", "oh seven eight one two"]),
    ("P: The first half was oh one two two three, I'll find the rest.", ["oh one two two three"]),
    ("P: Found it. The rest of it is four six, nine nine one.", ["four six, nine nine one"]),
    ("P: The last four are eight (.) two (.) two one.", ["eight (.) two (.) two one"]),
])
def test_a_number_given_in_named_parts(text: str, parts: list[str]) -> None:
    for part in parts:
        assert _covered(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("P: The last bit was twenty minutes of waiting.", "twenty minutes"),
    ("P: It finishes at six and before that, nine till five.", "nine till five"),
    ("P: Before that, nineteen ninety-five, I was in Leeds.", "nineteen ninety-five"),
    ("P: The rest is two or three patients a day.", "two or three"),
    ("P: The first half was forty-five minutes.", "forty-five minutes"),
])
def test_counts_years_and_times_after_part_words_stay(text: str, part: str) -> None:
    assert not any(f.detector == "spoken_parts" for f in find_spoken_forms(text))


# -- whole postcodes said letter by letter -----------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("P: It's C F one four, then the second bit, seven, N, W.", "C F one four, then the second bit, seven, N, W"),
    ("P: D like dog, N six; three, Q like queen, T.", "D like dog, N six; three, Q like queen, T"),
    ("P: T, not D, T S nine ... two, B, not P, B, A.", "T, not D, T S nine ... two, B, not P, B, A"),
    ("P: K Y eleven, four, R, R.", "K Y eleven, four, R, R"),
])
def test_a_postcode_said_letter_by_letter(text: str, part: str) -> None:
    assert _covered(text, part, "POSTCODE")


@pytest.mark.parametrize("text", [
    "P: Vitamin B twelve and D three were both low.",
    "P: Plan A, B two, three C D was the order.",
    "P: We had grade F Y one, then two, S T three.",
    "P: She was in bay C four, then D two, bed A.",
])
def test_letters_and_numbers_that_are_no_postcode_stay(text: str) -> None:
    assert find_said_postcodes(text) == []


# -- a baby's age in months, given as the answer --------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("I: How old's your little girl?\nP: Seventeen months. Walking already.", "Seventeen months"),
    ("I: And how old is the baby?\nP: Oh, about twenty weeks now.", "twenty weeks"),
    ("Interviewer: What age is he?\nMum: twenty-six months, bless him.", "twenty-six months"),
])
def test_an_age_in_months_given_as_the_answer(text: str, part: str) -> None:
    assert _covered(text, part, "AGE")


@pytest.mark.parametrize(("text", "part"), [
    ("I: How old is the practice?\nP: Six months, we opened in spring.", "Six months"),
    ("I: How long were you off?\nP: Six months. It was hard.", "Six months"),
    ("I: How old's the baby?\nP: Three weeks ago she had her jabs.", "Three weeks"),
])
def test_months_that_are_no_persons_age_stay(text: str, part: str) -> None:
    assert not any(f.entity == "AGE" and text[f.start:f.end] == part for f in find_spoken_forms(text))


# -- a number said on a bad line: line checks and repeats inside it ----------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("P: The new one's oh seven nine eight one, you still there? four four two, repeat, four four two, six oh.",
     "oh seven nine eight one, you still there? four four two, repeat, four four two, six oh"),
    ("P: Mobile's zero seven seven one two — can you hear me? — three nine six, got that? one one five.",
     "zero seven seven one two — can you hear me? — three nine six, got that? one one five"),
    (("P: Then it's country code forty-four, then without the nought, seven five one two, three three four, "
      "five six seven."), "country code forty-four, then without the nought, seven five one two"),
    ("P: New number: nil seven six six one, hello? hello? eight two nine, four four and one.",
     "nil seven six six one, hello? hello? eight two nine, four four and one"),
])
def test_a_number_on_a_bad_line_is_one_mention(text: str, part: str) -> None:
    assert _covered(text, part, "PHONE")


@pytest.mark.parametrize(("text", "part"), [
    ("P: The claim reference was zero four seven one, three six six, two nine eight one.", "zero four seven one"),
    ("P: We scored oh, one, two, three, four; then, five, six, seven, eight, nine. Then the kids went home.",
     "five, six, seven"),
    ("P: It was nil nil, then one one, then two nil, then two all at half time.", "two nil"),
    ("P: My mobile's oh seven seven double oh, one two three four five six, and then two patients came in.",
     "two patients"),
])
def test_references_scores_and_counts_near_numbers_stay(text: str, part: str) -> None:
    start = text.index(part)
    assert not any(f.detector == "spoken_parts" and f.start < start + len(part) and start < f.end
                   for f in find_spoken_forms(text))


# -- a date interrupted by its weekday -------------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("P: The tribunal was on the eighth, a Thursday, I think, of March twenty nineteen, and it rained.",
     "eighth, a Thursday, I think, of March twenty nineteen"),
    ("P: She was born the second - a Monday, if I remember - of May, nineteen ninety-nine.",
     "second - a Monday, if I remember - of May, nineteen ninety-nine"),
    ("P: We moved on the thirtieth, that was a Saturday, of June two thousand and four.",
     "thirtieth, that was a Saturday, of June two thousand and four"),
])
def test_a_date_interrupted_by_its_weekday_is_one_date(text: str, part: str) -> None:
    assert _covered(text, part, "DATE")


def test_an_ordinal_and_a_weekday_without_a_month_stay() -> None:
    text = "P: The first, a Friday, was a good day of training."
    assert not any(f.entity == "DATE" and "Friday" in text[f.start:f.end] for f in find_spoken_forms(text))


def test_a_number_on_a_bad_line_stops_at_an_interjected_oh() -> None:
    text = "P: See, it starts nought double seven, then it's double three one, and then, oh, I always forget."
    assert not any(f.detector == "spoken_parts" and "I always" in text[f.start:f.end + 10]
                   for f in find_spoken_forms(text))


@pytest.mark.parametrize("text, said", [
    ("I'm Leo, by the way, I started in 2019.", None),       # a speaker giving their name
    ("I am Leo, the new F2, joined in twenty twenty.", None),
    ("I'm Leo of nineteen eighty-nine, yeah.", "Leo of nineteen eighty-nine"),
    ("Me? I'm a Leo, born 1984.", "a Leo, born 1984"),
])
def test_a_sign_that_is_a_first_name_said_without_an_article_is_a_name(
        text: str, said: str | None) -> None:
    dates = [text[f.start:f.end] for f in find_spoken_forms(text) if f.entity == "DATE"]
    if said is None:
        assert not any("Leo" in d for d in dates), dates
    else:
        assert said in dates, dates
