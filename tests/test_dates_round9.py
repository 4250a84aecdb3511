"""Round 9 dates and ages by shape, whatever the words: spaCy's DATE spans judged by what they
hold (:mod:`vault.anonymise.ner_dates`), and calendar clusters (two kinds of calendar part close
together, :func:`vault.anonymise.spoken.dates.find_dates`) -- invented sentences, positives and
hard negatives (counts, durations, recurring days, ordinals that count, bare years)."""
from __future__ import annotations

import pytest

from vault.anonymise.ner_dates import judge_ner_date
from vault.anonymise.recognizers import DateRecognizer
from vault.anonymise.spoken.ages import find_ages
from vault.anonymise.spoken.dates import _calendar_clusters, find_dates
from vault.anonymise.spoken.numbers import number_runs


def _judge(text: str, span: str) -> tuple[str, str] | None:
    start = text.index(span)
    judged = judge_ner_date(text, start, start + len(span))
    if judged is None:
        return None
    entity, s, e, score = judged
    assert score >= 0.5  # redacted, not only reviewed
    return entity, text[s:e]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("We started there in spring 2008.", "spring 2008", ("DATE", "spring 2008")),
    ("They wed in the summer of '94, June it was.", "the summer of '94, June",
     ("DATE", "summer of '94, June")),
    ("The op was on 3rd Feb, I think.", "3rd Feb", ("DATE", "3rd Feb")),
    ("It was Mother's Day 2020 when she went in.", "Mother's Day 2020", ("DATE", "Mother's Day 2020")),
    ("I qualified in September of 1987.", "September of 1987", ("DATE", "September of 1987")),
    ("Scan was Tuesday 4th, I believe.", "Tuesday 4th", ("DATE", "Tuesday 4th")),
    ("It was May ninety-five, roughly.", "May ninety-five", ("DATE", "May ninety-five")),
    ("She left on sixteen January.", "sixteen January", ("DATE", "sixteen January")),
    ("My mum is eighty-three now.", "eighty-three", ("AGE", "eighty-three")),
    ("I'm 52 and still on nights.", "52", ("AGE", "52")),
    ("Her grandad was ninety-one years old.", "ninety-one years old", ("AGE", "ninety-one")),
    ("Our eldest is twelve, bless him.", "twelve", ("AGE", "twelve")),
])
def test_ner_date_spans_kept_by_shape(text: str, span: str, expected: tuple[str, str]) -> None:
    assert _judge(text, span) == expected


@pytest.mark.parametrize(("text", "span"), [
    ("I waited three weeks for the results.", "three weeks"),
    ("We go every Tuesday.", "every Tuesday"),
    ("That was back in the nineties.", "the nineties"),
    ("In 2016 the rota changed.", "2016"),                     # a bare year: history
    ("We met in March.", "March"),                             # a month alone
    ("It opened in the twenty-first century.", "the twenty-first century"),
    ("Two years after March 2019 it shut.", "Two years after March 2019"),  # a duration
    ("Forty minutes on hold, forty.", "Forty"),                 # a count, no age talk
    ("The case number was 209, then more.", "209"),            # no age is 209
    ("Some of us were in our thirties.", "our thirties"),       # group talk
    ("He's been here since 7 o'clock.", "7"),
    ("Room 14 is the quiet one.", "14"),                        # a label
    ("The class of ninety-eight were wild.", "ninety-eight"),
    ("They saw 40 patients a day.", "40"),
])
def test_ner_date_spans_left_to_the_finders(text: str, span: str) -> None:
    assert _judge(text, span) is None


def _dates(text: str) -> set[str]:
    return {text[f.start:f.end] for f in find_dates(text, number_runs(text))}


# written before the rule, none of them in any corpus: the rule catches all of them
@pytest.mark.parametrize(("text", "span"), [
    ("We wed in the winter of nineteen eighty-eight, bitter cold it was.",
     "winter of nineteen eighty-eight"),
    ("It was a Saturday, the 9th, in October 2004.", "Saturday, the 9th, in October 2004"),
    ("The letter was dated Thursday 12th, August.", "Thursday 12th, August"),
    ("He was born the summer of two thousand and three.", "summer of two thousand and three"),
    ("It happened mid-December, two thousand and ten.", "December, two thousand and ten"),
    ("My mother was born spring of nineteen forty-six.", "spring of nineteen forty-six"),
    ("My last shift was on the 5th, January that was, 2021.", "5th, January that was, 2021"),
    ("On Sunday 3rd, it all came out.", "Sunday 3rd"),
    ("We lost him in the autumn of '08.", "autumn of '08"),
    ("She was admitted on Friday the, er, 11th.", "Friday the, er, 11th"),
    ("The baby came early, the 30th of, um, April.", "30th of, um, April"),
    ("The date on the form was Oct 14 '87.", "Oct 14 '87"),
    ("Started my training in summer twenty ten.", "summer twenty ten"),
    ("It was on a Wednesday in 1997, the 2nd of July.", "Wednesday in 1997, the 2nd of July"),
    ("They moved me on Tuesday, the [inaudible] 8th.", "Tuesday, the [inaudible] 8th"),
    ("Christmas two thousand and five was the last one with dad.", "Christmas two thousand and five"),
    ("We came in winter 2012.", "winter 2012"),
    ("The appointment was the 2nd of Jan.", "2nd of Jan."),
])
def test_calendar_clusters(text: str, span: str) -> None:
    assert span in _dates(text)


@pytest.mark.parametrize("text", [
    "My second year in 2009 was rough.",
    "Every Tuesday in 2015 I did the clinic.",
    "He finished third in the race in 2012.",
    "The 2nd floor ward was closed.",
    "I worked twenty hours in March.",
    "March is always a busy month.",
    "In 2010 we had forty patients a day.",
    "The first time I saw her was in 2005.",
    "Twelve of us went on Friday.",
    "I did the 100 metres in 1998.",
    "We had the second meeting in May.",
    "The fifth one came on Monday.",
    "From 2010 to 2014 I was in Leeds.",
    "In March two people left.",
    "At Christmas we go to my sister's.",
])
def test_calendar_clusters_leave_alone(text: str) -> None:
    assert not _dates(text)


def _clusters(text: str) -> set[str]:
    return {text[f.start:f.end] for f in _calendar_clusters(text)}


def test_cluster_trims_ends_that_add_nothing() -> None:
    text = "I started on the fourth of June, twenty fourteen, and the second was a disaster."
    assert _clusters(text) == {"fourth of June, twenty fourteen"}
    text = "I last saw her on the sixteenth of May, at the Christmas do."
    assert _clusters(text) == {"sixteenth of May"}
    text = "My first session was February 9th, at half five."
    assert _clusters(text) == {"February 9th"}
    text = "It was 8 September 2013, a Friday, and we were two registrars down."
    assert _clusters(text) == {"8 September 2013"}


def _ages(text: str) -> set[str]:
    return {text[f.start:f.end] for f in find_ages(text, number_runs(text))}


# written before the rule: a person, only little words, then a number standing free
@pytest.mark.parametrize(("text", "age"), [
    ("My sister, God love her, sixty-eight, still swims daily.", "sixty-eight"),
    ("Her son would be, what, twenty-nine now.", "twenty-nine"),
    ("Dad was only a lad, seventeen, when he joined up.", "seventeen"),
    ("Being forty-nine, nobody takes you on.", "forty-nine"),
    ("At fifty-two, I retrained as a GP.", "fifty-two"),
    ("At thirty-eight I went back to uni.", "thirty-eight"),
    ("My partner's a couple of years younger, forty-three.", "forty-three"),
    ("My husband's a year older, fifty-four.", "fifty-four"),
    ("Their daughter was nearly eighteen then.", "eighteen"),
    ("The patient was a woman, ninety-one, frail.", "ninety-one"),
    ("He was only a boy, fourteen or fifteen.", "fourteen"),
    ("I was a mere twenty-three when I qualified.", "twenty-three"),
    ("Gran's a hundred and one next week.", "a hundred and one"),
])
def test_ages_by_shape(text: str, age: str) -> None:
    assert age in _ages(text)


@pytest.mark.parametrize("text", [
    "She saw forty, maybe fifty patients a day.",            # a verb of doing: a count
    "My team, twelve of us, was stretched.",
    "His was twenty-one, oh four, seven six, that's the CHI.",  # a number read out
    "Yes, my Community Health Index is twenty-one, then nought four.",
    "He was thirty minutes late.",
    "They were thirty, forty deep in the corridor.",         # a crowd
    "At nine I start the ward round.",                       # a clock time
    "My list was sixty long.",
    "Her score was twenty-eight.",
    "We were sixty, all told, at the conference.",
])
def test_ages_by_shape_leave_alone(text: str) -> None:
    assert not _ages(text)


def _written(text: str) -> set[str]:
    recognizer = DateRecognizer()
    return {text[r.start:r.end] for r in recognizer.analyze(text, ["DATE"])}


@pytest.mark.parametrize(("text", "span"), [
    ("Signed 2019/03/12 by the panel.", "2019/03/12"),
    ("Logged 2019.03.12 at triage.", "2019.03.12"),
    ("On 2019-3-7 it began.", "2019-3-7"),
    ("Contract from 03/2019 to 11/2020.", "03/2019"),
    ("Started Mar-19, left Jun-2021.", "Mar-19"),
    ("Started Mar-19, left Jun-2021.", "Jun-2021"),
])
def test_typed_dates_year_first_and_month_year(text: str, span: str) -> None:
    assert span in _written(text)


@pytest.mark.parametrize("text", [
    "Version 2.2019.1 shipped.",
    "Score 2019.13.40 on the scale.",
    "From 1998-2004 I was in Hull.",       # a range of years
    "The mar-19 file is on the drive.",   # lower case: a file name
    "Ref 12/2019x in the log.",
])
def test_typed_dates_leave_alone(text: str) -> None:
    assert not _written(text)


def test_answers_after_a_bracketed_speaker_label() -> None:
    # "[Participant]:" -- a label in brackets with a colon -- before the answer
    text = "[Interviewer]: What year were you born?\n\n[Participant]: Nineteen eighty nine.\n"
    assert "Nineteen eighty nine" in _dates(text)
    text = "[Interviewer]: And your age?\n\n[Participant]: Fifty five, years of age, as they say."
    assert "Fifty five" in _ages(text)
    text = "[Interviewer]: How many patients?\n\n[Participant]: Forty."
    assert not _ages(text)


def test_a_month_before_a_spoken_year_or_day_is_no_modifier() -> None:
    assert "November ninety five" in _dates("Shona Reid, born November ninety five, in Perth.")
    found = _dates("So I put five October seventy-seven and my age.")
    assert {"five October", "October seventy-seven"} <= found
    assert not _dates("We had three June babies on the unit.")


@pytest.mark.parametrize(("text", "age"), [
    ("I've been on this earth fifty-three years.", "fifty-three"),
    ("I was born fifty-one years ago, in a snowstorm.", "fifty-one"),
    ("After sixty years on the planet you know things.", "sixty"),
    ("She's in her eighty-ninth year.", "eighty-ninth"),
    ("He had lived forty-two years when he died.", "forty-two"),
    ("I've had seventy-odd birthdays.", "seventy-odd"),
    ("Fifty-eight years I've been alive and never seen that.", "Fifty-eight"),
])
def test_a_life_told_as_a_length_of_time(text: str, age: str) -> None:
    assert age in _ages(text)


@pytest.mark.parametrize("text", [
    "I've been a nurse for thirty years.",
    "The hospital was built sixty years ago.",
    "We lived in Leeds for twenty years.",
    "Forty years of living with this policy.",
    "My twentieth year in the job was the worst.",
    "In my twentieth year at the Trust, I quit.",
    "The unit was born twenty years ago out of a merger.",
])
def test_lengths_of_time_that_are_no_life(text: str) -> None:
    assert not _ages(text)


def test_an_age_chipped_in_by_the_next_speaker() -> None:
    text = ("Iv: And you were how old when you started?\n\nRp: Thirty.\n\n"
            "Partner (in the room): Twenty-four, you told me.\n\nRp: Did I?")
    assert {"Thirty", "Twenty-four"} <= _ages(text)
    text = "[Interviewer]: How old is your mum?\n[Participant]: Eighty-one.\n[Daughter]: Eighty-two!"
    assert {"Eighty-one", "Eighty-two"} <= _ages(text)
    # the next turn is another question, or a count: no age
    text = "Q: How old are you?\nA: Forty.\nQ: Twenty minutes left, is that okay?"
    assert _ages(text) == {"Forty"}
    text = "Q: How old are you?\nA: Forty.\nQ: How many children?\nA: Three."
    assert _ages(text) == {"Forty"}
