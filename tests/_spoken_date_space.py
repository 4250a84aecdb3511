"""An invented space of spoken dates and ages, and of things said the same way that are neither,
built from how English speakers say them rather than from any corpus (round 20 of issue 14).

Each case is ``(shape, text)``: ``text`` holds «» around what the labelling conventions
(``tests/corpus/spoken/README.md``) make a DATE or an AGE; a hard negative holds ‹› around the
words that must be left alone. The space is enumerated from parts (weekday; day as an ordinal
word, "5th" or a cardinal; month as a name, a short name or a number said; year in every spoken
style; fillers and self-corrections between the parts) and frames (a date or an age as an answer,
inside a clause, after a cue), and then thinned deterministically (``random.Random(seed)``) to a
size a test can run through the engine in a few seconds. Nothing here comes from a corpus: the
words are the language's own (months, weekdays, number words) and the frames are ours.

Shapes are named ``date/<order>``, ``age/<phrase>`` and ``neg/<what>``, so a test can ask for
one class (``cases("date/weekday_dom")``) and a measurement can count by class.
"""
from __future__ import annotations

import random
from collections.abc import Iterator

ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
             "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
             "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]
CARD_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
              "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three",
              "twenty-four", "twenty-five", "twenty-six", "twenty-seven", "twenty-eight",
              "twenty-nine", "thirty", "thirty-one"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}

TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _two_digit(n: int, hyphen: str = "-") -> str:
    """10..99 in words ("eighty-seven", "nineteen")."""
    if n < 20:
        return CARD_WORDS[n - 1]
    t, u = divmod(n, 10)
    return TENS[t - 2] + (hyphen + UNITS[u] if u else "")


def years(rng: random.Random) -> list[tuple[str, str]]:
    """(style, words) for a year: every spoken style."""
    y19 = rng.randrange(50, 100)
    y20 = rng.randrange(10, 25)
    y2k = rng.randrange(1, 10)
    return [
        ("nineteen_xx", f"nineteen {_two_digit(y19)}"),
        ("nineteen_xx_space", f"nineteen {_two_digit(y19, ' ')}"),
        ("twenty_xx", f"twenty {_two_digit(y20)}"),
        ("two_thousand_and", f"two thousand and {UNITS[y2k]}"),
        ("two_thousand", f"two thousand {UNITS[y2k]}"),
        ("two_thousand_and_teen", f"two thousand and {_two_digit(y20)}"),
        ("twenty_oh", f"twenty oh {UNITS[y2k]}"),
        ("oh_x", f"oh {UNITS[y2k]}"),
        ("apos", f"'{y19:02d}"),
        ("apos_oh", f"'0{y2k}"),
        ("digits", str(1900 + y19)),
        ("short_words", _two_digit(y19)),
    ]


def _day_forms(d: int) -> list[tuple[str, str]]:
    return [("ord", ORD_WORDS[d - 1]), ("num", f"{d}{_SUFFIX.get(d, 'th')}")]


FILLERS = ["er, ", "um, ", "erm ", "uh, "]


def _frame_date(rng: random.Random, date: str, lead_the: bool) -> str:
    the = "the " if lead_the else ""
    frames = [
        f"P07: It was {the}«{date}», I think.",
        f"P07: {the.capitalize()}«{date}».\nINT: Right.",
        f"P07: We started on {the}«{date}» and never looked back.",
        f"INT: And that was when?\nP07: Oh, {the}«{date}», yeah.",
        f"P07: My interview was {the}«{date}». Nerve-wracking.",
        f"P07: She left {the}«{date}» — I remember because of the snow.",
    ]
    return rng.choice(frames)


def dates(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Spoken dates in every order, with fillers and corrections between the parts."""
    for _ in range(6):
        d = rng.randrange(1, 32)
        m = rng.choice(MONTHS)
        sm = rng.choice(SHORT_MONTHS)
        wd = rng.choice(WEEKDAYS)
        ys = years(rng)
        ystyle, y = rng.choice(ys[:-1])  # a bare two-digit year only where the shape allows it
        for dstyle, day in _day_forms(d):
            yield f"date/dom_of/{dstyle}", _frame_date(rng, f"{day} of {m}", True)
            yield f"date/dom_noof/{dstyle}", _frame_date(rng, f"{day} {m}", True)
            yield f"date/md/{dstyle}", _frame_date(rng, f"{m} {day}", False)
            yield f"date/m_the_d/{dstyle}", _frame_date(rng, f"{m} the {day}", False)
            yield f"date/weekday_the_d/{dstyle}", _frame_date(rng, f"{wd} the {day}", False)
            yield f"date/weekday_dom/{dstyle}", _frame_date(rng, f"{wd} the {day} of {m}", False)
            yield f"date/weekday_dom_noof/{dstyle}", _frame_date(rng, f"{wd}, {day} {m}", False)
            yield f"date/weekday_md/{dstyle}", _frame_date(rng, f"{wd}, {m} {day}", False)
            yield f"date/dom_of_y/{dstyle}/{ystyle}", _frame_date(rng, f"{day} of {m}, {y}", True)
            yield f"date/md_y/{dstyle}/{ystyle}", _frame_date(rng, f"{m} {day}, {y}", False)
            yield f"date/short_month/{dstyle}", _frame_date(rng, f"{day} of {sm}", True)
            filler = rng.choice(FILLERS)
            yield f"date/filler_day/{dstyle}", _frame_date(rng, f"{day} of {m}", True).replace(
                "the «", f"the, {filler}«").replace("The «", f"The, {filler}«")
            yield f"date/m_filler_the_d/{dstyle}", _frame_date(rng, f"{m}, {filler}the {day}", False)
            yield f"date/weekday_filler/{dstyle}", _frame_date(
                rng, f"{wd}, {filler}the {day} of {m}", False)
            yield f"date/corrected_day2/{dstyle}", (
                f"P07: The «{ORD_WORDS[(d % 28)]} — sorry, {day} — of {m}», it was.")
            yield f"date/interrupted/{dstyle}", (
                f"P07: The «{day}, it was a {wd}, of {m}».")
            yield f"date/y_first/{dstyle}/{ystyle}", _frame_date(rng, f"{y}, {m} the {day}", False)
            yield f"date/md_the_y/{dstyle}/{ystyle}", _frame_date(rng, f"{m} the {day}, {y}", False)
            yield f"date/weekday_dom_y/{dstyle}/{ystyle}", _frame_date(
                rng, f"{wd} the {day} of {m}, {y}", False)
            d2 = min(d + rng.randrange(1, 4), 31)
            yield f"date/range/{dstyle}", (
                f"P07: We were away from the «{day}» to the «{_day_forms(d2)[0 if dstyle == 'ord' else 1][1]}"
                f" of {m}».")
            yield f"date/hedged/{dstyle}", (
                f"P07: It was the «{day} or {_day_forms(d2)[0 if dstyle == 'ord' else 1][1]} of {m}».")
            yield f"date/filler_month/{dstyle}", _frame_date(rng, f"{day} of, {filler}{m}", True)
            m2 = rng.choice([x for x in MONTHS if x != m and x != "May"])
            yield (f"date/corrected_month/{dstyle}",
                   f"P07: It was «{m2} — no, {m} — the {day}», I'm sure of it.")
            yield (f"date/corrected_day/{dstyle}",
                   f"P07: The «{day}, no, sorry, the {ORD_WORDS[(d % 28)]} of {m}».")
            lm = rng.choice([x for x in MONTHS if x not in ("May", "March")]).lower()
            yield f"date/lower_month/{dstyle}", _frame_date(rng, f"{day} of {lm} {y}", True)
            yield f"date/md_y_nocomma/{dstyle}/{ystyle}", _frame_date(rng, f"{m} the {day} {y}", False)
            yield f"date/weekday_d_m/{dstyle}", _frame_date(rng, f"{wd} {day} {m}", False)
            yield f"date/dom_gone/{dstyle}", (
                f"P07: It was the «{day} of {m}» just gone.")
            yield f"date/dom_or/{dstyle}", _frame_date(rng, f"{m} the {day} or the "
                                                       f"{ORD_WORDS[d % 28]}", False)
        card = CARD_WORDS[d - 1]
        yield "date/cardinal_of", _frame_date(rng, f"{card} of {m}", False)
        yield "date/cardinal_md_y", _frame_date(rng, f"{m} {card}, {ys[2][1]}", False)
        yield "date/of_of", _frame_date(rng, f"{ORD_WORDS[d - 1]} of {m} of {ys[2][1]}", True)
        yield "date/in_the_year", _frame_date(
            rng, f"{ORD_WORDS[d - 1]} of {m} in the year {ys[3][1]}", True)
        yield "date/digit_year", _frame_date(rng, f"{m} two oh one {UNITS[rng.randrange(1, 10)]}",
                                             False)
        yield "date/hyphen_year", _frame_date(rng, f"{m} twenty-{_two_digit(rng.randrange(10, 25))}",
                                              False)
        yield "date/month_comma_the", _frame_date(rng, f"{m}, the {ORD_WORDS[d - 1]}", False)
        yield "date/short_month_y", _frame_date(rng, f"{rng.choice(SHORT_MONTHS)} {ys[2][1]}", False)
        yield "date/month_apos", _frame_date(rng, f"{m} {ys[8][1]}", False)
        yield "date/digits_said", (f"P07: Date of birth «oh {UNITS[rng.randrange(1, 10)]}, oh "
                                   f"{UNITS[rng.randrange(1, 10)]}, {_two_digit(rng.randrange(50, 100))}».")
        yield "date/holiday_year", _frame_date(
            rng, f"{rng.choice(['Christmas Eve', 'Boxing Day', 'New Year’s Day', 'Easter Monday'])}"
                 f" {ys[2][1]}", False)
        yield "date/month_of_oh", _frame_date(rng, f"{m if m != 'May' else 'June'} of {ys[7][1]}",
                                              False)
        yield "date/month_oh", _frame_date(rng, f"{m if m != 'May' else 'June'} {ys[7][1]}", False)
        yield "date/cardinal_md", _frame_date(rng, f"{m} {card}", False)
        yield "date/cardinal_dom", _frame_date(rng, f"{card} {m}", False)
        for ystyle2, y2 in ys:
            if ystyle2 in ("short_words",):
                continue
            mm = rng.choice([x for x in MONTHS if x != "May"])
            yield f"date/month_year/{ystyle2}", rng.choice([
                f"P07: I qualified in «{mm} {y2}».",
                f"P07: That was «{mm} {y2}», give or take.",
                f"P07: «{mm} of {y2}», it would have been.",
            ])
        mon = rng.randrange(1, 13)
        yield ("date/month_as_number",
               (f"P07: Date of birth, the «{ORD_WORDS[d - 1]} of the {ORD_WORDS[mon - 1]}, "
               f"{_two_digit(rng.randrange(50, 100))}»."))
        # a day alone where the month is clear from the talk
        mm = rng.choice([x for x in MONTHS if x != "May"])
        yield ("date/day_only",
               f"INT: Was that in {mm}?\nP07: Yes, the «{ORD_WORDS[d - 1]}».")
        # a date of birth
        yield ("date/dob", rng.choice([
            (f"P07: Date of birth is the «{ORD_WORDS[d - 1]} of {mm}, nineteen "
            f"{_two_digit(rng.randrange(50, 100))}»."),
            (f"INT: And your date of birth?\nP07: «{ORD_WORDS[d - 1]} of {mm}, "
            f"{_two_digit(rng.randrange(50, 100))}»."),
            (f"P07: I was born on the «{ORD_WORDS[d - 1]} of {mm} nineteen "
            f"{_two_digit(rng.randrange(50, 100))}»."),
        ]))
        yield ("date/birth_year", rng.choice([
            f"P07: I was born in «nineteen {_two_digit(rng.randrange(50, 100))}».",
            f"INT: What year were you born?\nP07: «Nineteen {_two_digit(rng.randrange(50, 100))}».",
        ]))


AGE_FRAMES = [
    ("answer", "INT: How old are you, if you don't mind me asking?\nP07: «{n}»."),
    ("answer_filler", "INT: And how old are you now?\nP07: Oh, er, «{n}»."),
    ("answer_hedge", "INT: How old were you then?\nP07: «{n}», I think."),
    ("question", "INT: You'd have been, what, «{n}»?"),
    ("im", "P07: I'm «{n}» now, believe it or not."),
    ("im_nearly", "P07: I'm nearly «{n}»."),
    ("coming_up_to", "P07: I'm coming up to «{n}»."),
    ("wrong_side", "P07: I'm the wrong side of «{n}», put it that way."),
    ("right_side", "P07: He's the right side of «{n}», just."),
    ("shed_have_been", "P07: She'd have been «{n}» then."),
    ("he_was_when", "P07: He was «{n}» when he qualified."),
    ("year_old", "P07: A «{n}»-year-old man came in."),
    ("years_old", "P07: My mum's «{n}» years old."),
    ("next_birthday", "P07: «{n}» next birthday."),
    ("turned", "P07: I turned «{n}» in the spring."),
    ("turning", "P07: She's turning «{n}» this year."),
    ("pushing", "P07: Pushing «{n}» now."),
    ("knocking_on", "P07: I'm knocking on «{n}»."),
    ("getting_on_for", "P07: He's getting on for «{n}»."),
    ("at_the_age_of", "P07: I started at the age of «{n}»."),
    ("when_i_was", "P07: When I was «{n}» I moved down south."),
    ("aged", "P07: She died aged «{n}»."),
    ("odd", "INT: How old is he?\nP07: «{n}-odd»."),
    ("ish", "INT: How old was she?\nP07: «{n}-ish», I'd guess."),
    ("just_turned", "P07: I've just turned «{n}»."),
    ("be_this_year", "P07: I'll be «{n}» this year."),
    ("all_of", "P07: He was all of «{n}», bless him."),
    ("only", "P07: She was only «{n}» when her dad died."),
    ("going_on", "P07: He's «{n}» going on fifty."),
    ("hedged_pair", "INT: How old's your dad?\nP07: «{n}», «{n2}»? Something like that."),
    ("if_a_day", "P07: She's «{n}» if she's a day."),
    ("just_gone", "P07: I've just gone «{n}»."),
    ("come_month", "P07: I'll be «{n}» come March."),
    ("in_month", "P07: I'm «{n}» in June."),
    ("a_man_of", "P07: A man of «{n}», fit as a fiddle."),
    ("a_lad_of", "P07: I was a lad of «{n}» when I started on the wards."),
    ("years_of_age", "P07: She's «{n}» years of age."),
    ("still_working", "P07: He's «{n}» and still working."),
    ("by_the_time", "P07: By the time I was «{n}» I'd had enough."),
    ("would_be", "P07: Mum would be «{n}» now."),
    ("shes_child", "P07: My youngest is «{c}»."),
    ("child_now", "P07: The twins are «{c}» now."),
    ("answer_interj", "INT: Can I ask your age?\nP07: Gosh. «{n}»."),
    ("answer_label_note", "INT: And your age?\nP07 (laughs): «{n}», sadly."),
    ("question_are_you", "INT: Are you «{n}» yet?"),
    ("retired_at", "P07: He retired at «{n}»."),
    ("since_age", "P07: I've wanted to be a doctor since I was «{c}»."),
    ("plus", "INT: How old?\nP07: «{n}»-plus, I'd say."),
    ("over_age", "P07: She was well over «{n}»."),
    ("look", "P07: You don't look «{n}», honestly."),
    ("looks_about", "P07: She looks about «{n}»."),
    ("year_off", "P07: I'm a year off «{n}» now."),
    ("years_shy", "P07: He's two years shy of «{n}»."),
    ("not_long_turned", "P07: I've not long turned «{n}»."),
    ("short_question", "INT: Age?\nP07: «{n}»."),
    ("same_as_me", "P07: She's «{n}», same as me."),
    ("hedged_i_was", "P07: I was «{n}», «{n2}», something like that."),
    ("interjection_inside", "P07: She's, God, «{n}» now."),
    ("like_filler", "P07: He's like «{n}» or something."),
    ("is_she_child", "INT: How old's your daughter? Is she «{c}»?"),
    ("my_x_year_old", "P07: My «{c}»-year-old keeps me up."),
    ("and_a_half", "P07: He's «{c}» and a half."),
    ("in_nth_year", "P07: Mum's in her «{o}» year."),
    ("nineteen_i_was", "INT: How old were you?\nP07: «{n}». I was «{n}»."),
    ("quick_correction", "P07: I'm «{n}» — no, «{n2}» — I keep forgetting."),
    ("when_she_had", "P07: She had me at «{n}»."),
    ("at_n_comma", "P07: At «{n}», you don't bounce back like you did."),
    ("coming_up_no_to", "P07: I'm coming up «{n}», and I've done nights most of my life."),
    ("nudging", "P07: She's nudging «{n}» now."),
    ("touching", "P07: He must be touching «{n}»."),
    ("coming_on", "P07: Mum's coming on «{n}»."),
    ("work_person_must_be", "P07: My supervisor must be «{n}» and she still does nights."),
    ("work_person_is", "P07: Our registrar's only «{n}», you know."),
    ("age_to_verb", "P07: I'm the wrong side of «{n}» to be doing nights."),
    ("too_old_to", "P07: She was «{n}» to my twenty-two, so she knew the ropes."),
    ("guess_put_right", "INT: You must be about «{n2}»?\nP07: Ha. «{n}», actually."),
    ("guess_what", "INT: You'd have been, what, «{n}»?\nP07: «{n2}»."),
    ("under_age", "P07: He can't have been more than «{n}»."),
]
DECADE_FRAMES = [
    ("in_my_decade", "P07: I was in my «{d}» when I went back to training."),
    ("late_decade", "P07: She's in her late «{d}»."),
    ("mid_decade", "INT: How old roughly?\nP07: «Mid-{d}»."),
]


def _ordinal_of(n: int) -> str:
    """40..95 as an ordinal word ("fifty-second")."""
    t, u = divmod(n, 10)
    if not u:
        return TENS[t - 2][:-1] + "ieth"
    return TENS[t - 2] + "-" + ORD_WORDS[u - 1]


def ages(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Ages in every turn of phrase."""
    for shape, frame in AGE_FRAMES:
        for _ in range(3):
            n = rng.randrange(18, 96) if shape not in ("odd", "ish", "plus") else rng.randrange(2, 10) * 10
            words = _two_digit(n, rng.choice(["-", "-", " "]))
            n2 = _two_digit(min(n + 1, 99))
            n if n < 31 else rng.randrange(21, 31)
            text = frame.format(n=words, n2=n2, c=rng.choice(CARD_WORDS[1:17]),
                                o=_ordinal_of(rng.randrange(40, 96)))
            if text[text.index("«") - 1] in "\n" or text.index("«") == 0 or ": «" in text:
                text = text.replace("«" + words, "«" + words[0].upper() + words[1:])
            yield f"age/{shape}", text
    for shape, frame in DECADE_FRAMES:
        for d in ("twenties", "thirties", "forties", "fifties", "sixties", "seventies"):
            yield f"age/{shape}", frame.format(d=d)


NEG_FRAMES = [
    ("duration", "P07: I was off for ‹{n} weeks› after that."),
    ("duration_years", "P07: I did ‹{n} years› in general practice."),
    ("years_of_service", "P07: After ‹{n} years› in the job you get tired."),
    ("count", "P07: We had ‹{n} patients› on the list."),
    ("count_answer", "INT: How many patients did you see?\nP07: ‹{N}›, maybe more."),
    ("duration_answer", "INT: How long were you off?\nP07: ‹{N} weeks›."),
    ("score", "P07: I'd give it ‹{s} out of ten›."),
    ("score_match", "P07: We lost ‹{s}-{s2}› on Saturday."),
    ("time_half", "P07: Clinic starts at ‹half {s}›."),
    ("time_past", "P07: I got there at ‹ten past {s}›."),
    ("money", "P07: It cost ‹{n} pounds› to park."),
    ("dose", "P07: She was on ‹{n} milligrams› of it."),
    ("ordinal_time", "P07: It was the ‹{o}› time I'd asked."),
    ("ordinal_floor", "P07: The office is on the ‹{o} floor›."),
    ("ordinal_year", "P07: In my ‹{o} year› of training it got better."),
    ("every_other", "P07: We meet ‹every second Tuesday›."),
    ("percent", "P07: About ‹{n} percent› of us felt it."),
    ("hours", "P07: A ‹{n}-hour› shift, no break."),
    ("bare_year", "P07: In ‹twenty nineteen› I moved to the north."),
    ("group_decade", "P07: We were all ‹thirty-somethings› back then."),
    ("page", "P07: It's on ‹page {n}› of the handbook."),
    ("may_modal", "P07: ‹May› I just say something?"),
    ("march_verb", "P07: They'd ‹march› you in and out."),
    ("ward_number", "P07: I was on ‹ward {n}› that night."),
    ("bus", "P07: I get the ‹number {n}› bus."),
    ("temperature", "P07: It was ‹{n} degrees› in the office."),
    ("speed", "P07: Doing ‹{n}› on the motorway."),
    ("fraction_staff", "P07: ‹{N}› of us were off sick."),
    ("anniversary_count", "P07: Our ‹{o}› anniversary is next week."),
    ("weight", "P07: I lost ‹{n} pounds› that year."),
    ("list_size", "P07: A list of ‹{n} hundred›, give or take."),
    ("minutes", "P07: I had ‹{n} minutes› for lunch."),
    ("age_of_thing", "P07: A ‹{n}-year-old› building, falling apart."),
    ("years_ago", "P07: That was ‹{n} years› ago now."),
    ("time_oclock", "P07: I'm in at ‹{s} o'clock›."),
    ("rota", "P07: I'm on the ‹{o}› of every month."),
    ("section", "P07: Under ‹section {s}› of the Act."),
    ("points", "P07: I scored ‹{n} points›."),
    ("all_of_minutes", "P07: It took all of ‹{n} minutes›."),
    ("more_than_count", "P07: There were more than ‹{n} patients› waiting."),
    ("no_more_than", "P07: It was no more than ‹{n} yards› away."),
    ("looks_percent", "P07: The rota looks about ‹{n} percent› done."),
    ("looked_count", "P07: I looked ‹{s} times› at the scan."),
    ("year_off_work", "P07: I had a year off ‹{n} weeks› after my first."),
    ("gone_time", "P07: It's gone ‹{s}› already, we should start."),
    ("gone_minutes", "P07: She's been gone ‹{n} minutes›."),
    ("is_she_one_of", "INT: Is she ‹one› of the partners?"),
    ("plus_hours", "P07: I was doing ‹{n}-plus hours› a week."),
    ("god_money", "P07: It was, God, ‹{n} quid›."),
    ("room_digits", "P07: I was in room ‹two oh one› all of March."),
    ("year_of_service", "P07: In March I'll have done ‹{n} years›."),
    ("x_year_old_thing", "P07: My ‹{s}-year-old› car broke down."),
    ("month_then_count", "P07: In March ‹{n} people› left."),
    ("month_oh_exclaim", "P07: It was March, oh, ‹{s}› of us went."),
    ("time_to", "P07: It was ‹ten to {s}› when I got in."),
    ("time_to_end", "P07: I was in at ‹twenty to›, as usual."),
    ("guess_count", "INT: You must see about ‹{n}› a day?\nP07: ‹{N}›, more like."),
    ("count_checked", "INT: How many on the ward?\nP07: {N}.\nINT: ‹{N}›?\nP07: Yes, ‹{n}›."),
    ("coming_up_time", "P07: It's coming up ‹twenty past›, we should stop."),
    ("coming_up_miles", "P07: We were coming up ‹{n} miles› from home."),
    ("touching_percent", "P07: Bed occupancy was touching ‹{n} percent›."),
    ("work_list_must_be", "P07: My list must be ‹{n} patients› long."),
    ("manager_count", "P07: My manager's ‹{n} minutes› late again."),
    ("count_read_back", "INT: How many were on the list?\nP07: {N}.\nINT: ‹{N}›? Really?"),
    ("age_then_count", "P07: I'm {n}.\nINT: And ‹{n} patients› a day, you said?"),
    ("corrected_count", "P07: We had ‹{n}, no, hang on, {n2} patients›."),
]


def negatives(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Things said like dates and ages that are neither."""
    for shape, frame in NEG_FRAMES:
        for _ in range(3):
            n = _two_digit(rng.randrange(10, 96))
            s = CARD_WORDS[rng.randrange(1, 11)]
            text = frame.format(n=n, N=n[0].upper() + n[1:], s=s, s2=CARD_WORDS[rng.randrange(0, 5)],
                                n2=_two_digit(rng.randrange(10, 96)),
                                o=rng.choice(ORD_WORDS[1:12]))
            yield f"neg/{shape}", text


#: how speakers put a number right: the correction is inside the span
CORRECTIONS = ["no", "sorry", "no, sorry", "I mean", "no, wait", "hang on", "I tell a lie",
               "scratch that", "or rather", "actually", "no, hang on", "sorry, I mean"]


def corrections(rng: random.Random) -> Iterator[tuple[str, str]]:
    """A date or an age said, then put right in the same breath (one span over both)."""
    for fix in CORRECTIONS:
        d = rng.randrange(1, 28)
        m = rng.choice([x for x in MONTHS if x != "May"])
        m2 = rng.choice([x for x in MONTHS if x not in ("May", m)])
        y = rng.randrange(50, 99)
        n = rng.randrange(20, 90)
        a, b = _two_digit(n), _two_digit(n + rng.choice([1, 2, -1]))
        yield "date/corrected_any", rng.choice([
            f"P07: The «{ORD_WORDS[d - 1]}, {fix}, the {ORD_WORDS[d]} of {m}».",
            f"P07: It was «{m}, {fix}, {m2} the {ORD_WORDS[d - 1]}».",
            f"P07: Born «nineteen {_two_digit(y)}, {fix}, {_two_digit(y + 1)}».",
            f"P07: The «{ORD_WORDS[d - 1]} of {m} — {fix} — {m2}», it was.",
        ])
        yield "age/corrected_any", rng.choice([
            f"INT: How old are you?\nP07: «{a.capitalize()}, {fix}, {b}».",
            f"P07: I'm «{a}, {fix}, {b}».",
            f"P07: She was «{a} — {fix} — {b}» when she died.",
            f"INT: And your age?\nP07: «{a.capitalize()}? {fix.capitalize()}, {b}».",
        ])


def readbacks(rng: random.Random) -> Iterator[tuple[str, str]]:
    """The other voice reads a date or an age back to check it."""
    for _ in range(6):
        d = rng.randrange(1, 29)
        m = rng.choice([x for x in MONTHS if x != "May"])
        n = _two_digit(rng.randrange(20, 90))
        yield "date/readback", rng.choice([
            (f"P07: It was the {ORD_WORDS[d - 1]} of {m}.\nINT: So the «{ORD_WORDS[d - 1]} of {m}»"
            f", yeah?"),
            f"INT: Sorry, was that the «{ORD_WORDS[d - 1]}» or the «{ORD_WORDS[d]}» of {m}?".replace(
                f"«{ORD_WORDS[d]}» of {m}", f"«{ORD_WORDS[d]} of {m}»"),
            f"INT: Just to check, «{m} the {ORD_WORDS[d - 1]}»?",
        ])
        yield "age/readback", rng.choice([
            f"P07: I'm {n}.\nINT: «{n.capitalize()}», you said?",
            f"INT: How old was he then?\nP07: He'd have been {n}.\nINT: Sorry, «{n}»?",
            f"INT: And she was «{n}» at the time, you said?",
        ])
        m2 = _two_digit(rng.randrange(20, 90))
        yield "age/misheard", rng.choice([
            (f"INT: How old were you then?\nP07: {n.capitalize()}.\nINT: «{m2.capitalize()}»?\n"
            f"P07: No, «{n}»."),
            (f"INT: And your age?\nP07: I'm {n}.\nINT: Sorry, just to check, «{m2}»?\n"
            f"P07: Aye, «{n}»."),
            (f"INT: How old was she?\nP07: She was {n}.\nINT: «{m2.capitalize()}», did you say?\n"
            f"P07: Ach, no, «{n}»."),
        ])


def cases(prefix: str = "", seed: int = 20) -> list[tuple[str, str]]:
    """Every case of the space whose shape starts with ``prefix``, in a fixed order."""
    rng = random.Random(seed)
    out = [*dates(rng), *ages(rng), *negatives(rng)]
    out += [*corrections(rng), *readbacks(rng)]
    return [c for c in out if c[0].startswith(prefix)]


def unmarked(text: str) -> str:
    """The text without its marks."""
    return text.replace("«", "").replace("»", "").replace("‹", "").replace("›", "")


#: the words that join a range's two ends, said or written
RANGE_WORDS = ["to the", "till the", "until the", "through to the", "through", "to"]
#: what an ordinal may count instead of naming a day of the month
COUNTED_NOUNS = ["night", "day", "week", "weekend", "shift", "half", "morning", "time"]


def widths(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Round 21: dates whose conventional span is narrower than the words around them. A range
    said or written in words is two dates, the words between them neither ("from the «fifth»
    till the «twelfth of May»"); an ordinal after a date that counts nights, days or halves is
    no day ("«October tenth», and the ‹first night› was ..."). Shapes ``width/...``."""
    for _ in range(4):
        d = rng.randrange(1, 20)
        d2 = d + rng.randrange(1, 9)
        m = rng.choice([x for x in MONTHS if x != "May"])
        m2 = rng.choice([x for x in MONTHS if x not in ("May", m)])
        y = rng.choice(years(rng)[:5])[1]
        link = rng.choice(RANGE_WORDS)
        the = "the " if link.endswith("the") else ""
        o, o2 = ORD_WORDS[d - 1], ORD_WORDS[d2 - 1]
        n, n2 = f"{d}{_SUFFIX.get(d, 'th')}", f"{d2}{_SUFFIX.get(d2, 'th')}"
        yield "width/range_days_said", (
            f"P07: I was off sick from the «{o}» {link.replace(' the', '')} {the}«{o2} of {m}», "
            f"and nobody rang.")
        yield "width/range_days_said_y", (
            f"P07: We were away from the «{o}» {link} «{o2} of {m}, {y}», a long week.")
        yield "width/range_days_written", (
            f"P07: I was off from the «{n}» {link} «{n2} of {m} {2000 + d}» with burnout.")
        yield "width/range_full_dates", (
            f"P07: I was off sick from the «{n} of {m}» {link} «{n2} of {m2}», and it was burnout.")
        yield "width/range_md", (
            f"P07: It ran from «{m} the {o}» {link} «{m2} the {o2}», more or less.")
        yield "width/range_weekday", (
            f"P07: I was on leave from «{rng.choice(WEEKDAYS)} the {o} of {m}» {link} "
            f"«{rng.choice(WEEKDAYS)} the {o2}».")
        noun = rng.choice(COUNTED_NOUNS)
        yield "width/counted_after", (
            f"P07: I started on «{m} {o}», and the ‹{rng.choice(ORD_WORDS[:3])} {noun}› was a "
            f"nightmare.")
        yield "width/counted_after_weekday", (
            f"P07: I came back on the Monday, ‹{rng.choice(ORD_WORDS[:2])} {noun}›, and it "
            f"all went wrong.")
        yield "width/counted_half", (
            "P07: The ‹first half› is the hard bit, the ‹second half› is easy.")
        yield "width/hedged_one_span", (
            f"P07: It was the «{o} or {o2} of {m}», I'm not sure which.")


def width_cases(seed: int = 21) -> list[tuple[str, str]]:
    """Every width case, in a fixed order (kept out of :func:`cases`, whose classes round 20's
    tests enumerate)."""
    return list(widths(random.Random(seed)))


#: Round 21 (tune-answers21): an age said as the whole answer to a question about someone's age.
#: Questions: the asker's own words for an age, about the speaker or a third party, perhaps with
#: a second question or a tag after it in the same turn.
AGE_ASKED = [
    ("how_old_you", "How old were you then?"),
    ("how_old_you_now", "And how old are you now, if that's OK?"),
    ("how_old_mum", "How old's your mum now?"),
    ("how_old_he_was", "How old was he when he died?"),
    ("what_age_he", "What age was he when you lost him?"),
    ("what_age_qualify", "What age did you qualify at?"),
    ("what_age_would", "Roughly what age would she be?"),
    ("mind_asking", "Do you mind me asking how old you are?"),
    ("and_her_age", "And her age, roughly?"),
    ("your_age_short", "Your age?"),
    ("how_old_would_now", "How old would she be now?"),
    ("how_old_husband", "And how old was your husband at the time?"),
    ("how_old_tag", "How old was she then? Do you remember?"),
    ("how_old_or_guess", "How old were you, twenty-something? Or older?"),
    ("what_age_kids", "What age is your eldest?"),
    ("how_old_him", "And him, how old was he?"),
]
#: the answer: an age said alone, hedged, with fillers, put right, or estimated
AGE_REPLIES = [
    ("bare", "«{N}»."),
    ("odd_think", "«{T}-odd», I think."),
    ("filler", "Um, «{n}»."),
    ("fillers_two", "Er, well, «{n}»."),
    ("hedge_after", "«{N}», I think."),
    ("hedge_before", "I think «{n}»."),
    ("probably", "Probably «{n}», maybe."),
    ("about", "About «{n}»."),
    ("must_be", "Must be «{t}-odd» by now."),
    ("id_say", "I'd say «{n}»."),
    ("pair", "«{N}», «{n2}»? Something like that."),
    ("not_sure", "Not sure. «{N}»?"),
    ("let_me_think", "Let me think. «{N}»."),
    ("corrected", "«{N}» — no, «{n2}»."),
    ("corrected_sorry", "«{N}». Sorry, «{n2}»."),
    ("something", "«{T}-something»."),
    ("ish", "«{T}-ish»."),
    ("then", "«{N}» then, so quite young."),
    ("at_the_time", "Mm, «{n}» at the time."),
    ("yeah_after", "«{N}», yeah."),
    ("gosh_dunno", "Oh gosh, I don't know, «{n}»?"),
    ("question_back", "«{N}»? Yeah, «{n}»."),
    ("only", "Only «{n}»."),
    ("barely", "Barely «{n}»."),
    ("ooh", "Ooh. «{N}», «{n2}»."),
    ("good_question", "Good question. «{N}»?"),
    ("laughs", "[laughs] «{N}»."),
    ("dash_hedge", "«{N}» - ish."),
]
#: questions whose answer is a number that is no age, and answers said the same way
OTHER_ASKED = [
    ("how_many", "How many patients were on the ward?"),
    ("how_many_staff", "And how many nurses on nights?"),
    ("how_long", "How long were you there?"),
    ("how_long_qualified", "How many years had you been qualified?"),
    ("which_ward", "Which ward was that?"),
    ("what_bed", "What bed was she in?"),
    ("what_score", "What score did you give it?"),
    ("out_of_ten", "Out of ten, how stressed were you?"),
    ("year_training", "What year of training were you in?"),
    ("what_time", "What time did your shift start?"),
    ("how_many_hours", "How many hours a week, roughly?"),
    ("how_old_building", "How old is the building?"),
    ("how_old_system", "And how old's the computer system?"),
    ("how_often", "How often did that happen?"),
    ("how_far", "How far is it to work?"),
]
OTHER_REPLIES = [
    ("bare", "‹{N}›."),
    ("hedge", "‹{N}›, I think."),
    ("filler", "Um, ‹{n}›."),
    ("odd", "‹{T}-odd›, I think."),
    ("pair", "‹{N}›, ‹{n2}›? Something like that."),
    ("corrected", "‹{N}› — no, ‹{n2}›."),
    ("about", "About ‹{n}›."),
]


def answered_ages(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Round 21: ages said as the whole answer to an age question ("How old was he then?" --
    "Forty-three."), in every turn of phrase; a follow-up about someone else in the same exchange
    ("And your dad?" -- "Seventy-odd, I think"); and numbers said the same way answering other
    questions (how many, how long, which ward, what score, what year of training, the age of a
    thing). Shapes ``answer/<question>/<reply>`` and ``neg_answer/<question>/<reply>``."""
    def words(lo: int, hi: int) -> tuple[str, str, str]:
        n = rng.randrange(lo, hi)
        w = _two_digit(n, rng.choice(["-", "-", " "]))
        return w, _two_digit(min(n + 1, 99)), TENS[rng.randrange(1, 8)]

    def fill(reply: str, n: str, n2: str, t: str) -> str:
        return reply.format(N=n[0].upper() + n[1:], n=n, n2=n2, T=t.capitalize(), t=t)

    for q_shape, question in AGE_ASKED:
        for r_shape, reply in rng.sample(AGE_REPLIES, 6):
            n, n2, t = words(18, 96)
            yield f"answer/{q_shape}/{r_shape}", f"INT: {question}\nP07: {fill(reply, n, n2, t)}"
    for r_shape, reply in AGE_REPLIES:
        n, n2, t = words(18, 96)
        m, m2, u = words(18, 96)
        who = rng.choice(["your dad", "your mum", "your husband", "your wife", "your brother",
                          "his wife", "the youngest", "your partner", "her mum"])
        yield f"answer/follow_up/{r_shape}", (
            f"INT: How old's {rng.choice(['your sister', 'your eldest', 'your gran'])}?\n"
            f"P07: «{n[0].upper() + n[1:]}».\nINT: And {who}?\nP07: {fill(reply, m, m2, u)}")
        yield f"answer/what_about/{r_shape}", (
            f"INT: What age were you when you started?\nP07: «{n[0].upper() + n[1:]}».\n"
            f"INT: What about {who}?\nP07: {fill(reply, m, m2, u)}")
    for q_shape, question in OTHER_ASKED:
        for r_shape, reply in OTHER_REPLIES:
            n, n2, t = words(11, 96)
            yield f"neg_answer/{q_shape}/{r_shape}", f"INT: {question}\nP07: {fill(reply, n, n2, t)}"
    # a follow-up that asks about a thing, not a person, after an age was answered
    for thing, reply in [("your hours", "‹{N}›, some weeks."), ("your list", "‹{N}› patients."),
                         ("the ward", "‹{N}› beds."), ("your team", "‹{N}›, give or take."),
                         ("your caseload", "About ‹{n}›."), ("nights", "‹{N}› a month."),
                         ("the rota", "‹{T}-odd› shifts.")]:
        n, n2, t = words(18, 96)
        m, m2, u = words(11, 96)
        yield f"neg_answer/follow_up_thing/{thing.split()[-1]}", (
            f"INT: How old were you then?\nP07: «{n[0].upper() + n[1:]}».\nINT: And {thing}?\n"
            f"P07: {fill(reply, m, m2, u)}")


    # asked through an interpreter: the reply only marked in its language, the interpreter
    # relaying it in the next turn (added after the held-out pair's first score)
    relays = ["She is saying «{n}».", "He says «{n}», I think.",
              "Honestly speaking, he is telling me «{n}».", "They're saying «{n}».",
              "Roughly speaking, she told me «{n}»."]
    for i, relay in enumerate(relays):
        n, _, _ = words(18, 96)
        lang = rng.choice(["Welsh", "Polish", "Urdu", "Gaelic", "Somali"])
        yield f"answer/relayed/{i}", (
            f"INT: {rng.choice(AGE_ASKED)[1]}\n\nPT: [answers in {lang}]\n\nINT: {relay.format(n=n)}")
        yield f"neg_answer/relayed/{i}", (
            f"INT: {rng.choice(OTHER_ASKED[:9])[1]}\n\nPT: [answers in {lang}]\n\n"
            f"INT: {relay.replace('«', '‹').replace('»', '›').format(n=n)}")
    # a transcript whose turn headers are a time and the speaker on a line of their own
    for i, (_, reply) in enumerate(rng.sample(AGE_REPLIES, 6)):
        n, n2, t = words(18, 96)
        yield f"answer/timed_header/{i}", (
            f"00:1{i}:02 Interviewer\n{rng.choice(AGE_ASKED)[1]}\n\n00:1{i}:09 Speaker 2\n"
            f"{fill(reply, n, n2, t)}")


def answer_cases(seed: int = 21) -> list[tuple[str, str]]:
    """Every answered-age case, in a fixed order (kept out of :func:`cases`)."""
    return list(answered_ages(random.Random(seed)))
