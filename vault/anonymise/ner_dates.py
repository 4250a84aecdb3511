"""A fail-safe for dates and ages: spaCy's DATE spans judged by their shape, not their wording.

The date and age finders (:mod:`.spoken.dates`, :mod:`.spoken.ages`, the written-date patterns) know many
turns of phrase, and a new speaker always brings another. spaCy's NER reads dates without
knowing our phrase lists; plain Presidio redacts everything it calls DATE, and so beats a
finder wherever the finder lacks the words. This module keeps the NER spans that carry the
*shape* of a calendar date or of an age, whatever the words around them:

* **a calendar date**: a span with two or more date parts of different kinds: a month, a
  weekday, a year (digits, ``'94``, or said: "nineteen seventy-one", "two thousand and six"),
  a day of the month (an ordinal, or a number beside a month), a named day ("Boxing Day",
  "Easter Monday"), a season with a year ("spring 2008"). One part alone ("in March",
  "on Tuesday", "at Christmas") says little and is left to the finders; but a part that names
  one day or a year of birth is kept as plain Presidio would keep it: a day of the month ("the
  fourth"), a date in figures, a year with a birth cue before it ("I was born in '71");
  a year of events ("in 2016 we merged"), a counted part ("my second year") and a year of
  history ("1848") are not;
* **an age**: a span that is only a number a person's age may be (1-119, in digits or words),
  or such a number with "years old" / "years of age", when the line before it talks of a
  person (a pronoun with a verb of being, a relative, "age", "old", "born", "birthday") and
  no unit follows it ("forty minutes", "twelve patients").

NER reads only the sentences where it can add something (:mod:`vault.anonymise.ner_input`);
this judges the DATE spans of those, at no extra cost. What is never kept: a span holding a duration (a number of years, months, weeks, days:
"two years after March 2019" is judged by the finders, not here), a time of day, a century,
a decade of history ("the nineties"), and group talk about ages ("our thirties").
"""
from __future__ import annotations

import re

from vault.anonymise.calendar_words import (
    DAY_ORDINAL_UNITS,
    DAY_ORDINALS_ALONE,
    MONTH_ABBREVIATIONS,
    MONTHS,
    UNAMBIGUOUS_LOWER_MONTHS,
    WEEKDAY_STEMS,
    alternation,
    lowered,
)
from vault.anonymise.wordlists import BIRTH_WORDS

__all__ = ["COUNTED_NOUNS", "a_typed_figure", "a_year_of_birth", "calendar_kinds", "date_pieces",
           "judge_ner_date"]

_MONTH = re.compile(r"\b(?:" + alternation(MONTHS + MONTH_ABBREVIATIONS + UNAMBIGUOUS_LOWER_MONTHS)
                    + r")\b\.?")
#: "mon|tues|...|sun": a pattern adds "day"
_WEEKDAY_STEM = alternation(lowered(WEEKDAY_STEMS))
_WEEKDAY = re.compile(r"(?i)\b(?:" + _WEEKDAY_STEM + r")day\b")
_NUM_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
             r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
             r"sixty|seventy|eighty|ninety|oh|hundred|thousand|nought|zero)")
_YEAR = re.compile(r"(?i)(?<![\w'’])(?:(?:19|20)\d\d(?!\d)|['’]\d\d\b|nineteen[- \t]+(?:and[ \t]+|hundred[ \t]+|oh[- ])?"
                   + _NUM_WORD + r"|two[- \t]+thousand\b|twenty[- \t]+(?:oh[- \t]+\w+|ten|eleven|"
                   r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                   r"thirty)\b)")
_ORDINAL_WORDS = (r"\b(?:(?:[12]?\d|3[01])(?:st|nd|rd|th)|(?:twenty|thirty)?[- \t]?"
                  r"(?:" + alternation(DAY_ORDINAL_UNITS) + r")|" + alternation(DAY_ORDINALS_ALONE)
                  + r")\b")
_ORDINAL = re.compile(r"(?i)" + _ORDINAL_WORDS)
#: what an ordinal counts rather than names a day of the month by (alternatives of a pattern)
COUNTED_NOUNS = r"day|night|week|weekend|half|time|shift|morning|afternoon|evening"
#: an ordinal that counts nights, days or halves rather than naming a day of the month: "the
#: first night", "Monday, first day back", "the first half (of the number)"; "the fifth day of
#: May" still names one
_COUNTED_ORDINAL = re.compile(r"(?i)" + _ORDINAL_WORDS + r"[- \t]+(?:" + COUNTED_NOUNS
                              + r")s?\b(?![ \t]+of\b)")
#: any number, digits or words: beside a month it is a day or a year ("June five", "May ninety")
_NUMBER = re.compile(r"(?i)\b(?:\d{1,4}|" + _NUM_WORD + r")\b")
_HOLIDAY = re.compile(r"(?i)\b(?:christmas|easter|boxing[ \t]+day|new[ \t]+year|hogmanay|halloween|"
                      r"hallowe['’]en|diwali|eid|hanukk?ah|passover|valentine|bonfire[ \t]+night|"
                      r"guy[ \t]+fawkes|burns[ \t]+night|good[ \t]+friday|shrove|whit|pancake[ \t]+day|"
                      r"remembrance|armistice|mothering|(?:mother|father)['’]?s['’]?[ \t]+day|"
                      r"st\.?[ \t]+\w+['’]?s[ \t]+day|saint[ \t]+\w+['’]?s[ \t]+day|"
                      r"(?:bank|august)[ \t]+holiday)")
_SEASON = re.compile(r"(?i)\b(?:spring|summer|autumn|winter|fall)\b")
#: a duration, a time of day, a century, a span of history: not one day of the calendar
_NOT_A_DAY = re.compile(r"(?i)\b(?:years|months|weeks|days|hours|minutes|decades?|fortnights?|"
                        r"centur(?:y|ies)|ago|o['’]clock|[ap]\.?m\b|noon|midnight|tonight|"
                        r"morning|afternoon|evening|night|every|each|per|since|until|till)\b|"
                        r"\b\d+s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|"
                        r"eighties|nineties)\b|\d:\d")

#: a date in figures: "08/06/89", "12.11.08", "3-4-2021"
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})\b")
#: a part counted, not a day named: "my second year", "the first week", "third time", "the
#: first winter"
_COUNTED = re.compile(r"(?i)\b(?:[a-z]+(?:st|nd|rd|th)|second|last|next|this|that|same|one|"
                      r"\d+(?:st|nd|rd|th)?)[- \t]+(?:year|month|week|day|time|term|semester|"
                      r"shift|round|go|attempt|winter|summer|spring|autumn|season)\b")
#: an ordinal counting weekdays in a period: "the first Sunday of Lent", "every second
#: Tuesday", "the last Friday of term" (a recurring day; a month or a year beside it still
#: makes a date: "the first Sunday of May 1999")
_ORDINAL_WEEKDAY = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|"
                              r"5th)[ \t]+(?:" + _WEEKDAY_STEM + r")day\b")
#: a year of birth, not of events: "I was born in", "date of birth? Yeah, it's", "DOB:"
_BIRTH_BEFORE = re.compile(r"(?i)\b" + BIRTH_WORDS)
#: how far before a year a word of birth makes it a year of birth
_BIRTH_REACH = 80
_UNIT = re.compile(r"(?i)\b(?:year|month|week|term|semester|time|shift)\b")
_OLD_YEAR = re.compile(r"\b1[0-8]\d\d\b|\b19[01]\d\b")
#: little words before a span's date or age: "in the", "around my"
_LEAD = re.compile(r"(?i)(?:(?:the|on|in|of|about|around|early|late|mid|only|just|his|her|my|"
                   r"your)[ \t]+|[\d.:]*\)[ \t]*)+")  # and the end of a timed pause, "(0.8)"


def _history(span: str) -> bool:
    """A year before any living person's dates: "in 1848", "1912"."""
    return _OLD_YEAR.search(span) is not None and _YEAR.search(_OLD_YEAR.sub(" ", span)) is None


# --------------------------------------------------------------------------- ages

_AGE_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \t]?(?:one|two|three|"
              r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
              r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
              r"a[ \t]+hundred(?:[ \t]+and[ \t]+\w+)?)")
_AGE_SPAN = re.compile(r"(?i)(?P<n>1[01]\d|[1-9]?\d|" + _AGE_WORDS + r")(?:[- \t]+years?[- \t]+"
                       r"(?:old|of[ \t]+age|young))?")
#: the line before an age: a person and a verb of being, a relative, age talk
_AGE_CUE = re.compile(r"(?i)\b(?:old|age[ds]?|born|birthday|turn(?:ed|ing|s)?|young(?:er|est)?|"
                      r"older|eldest|I['’]m|I[ \t]+am|I[ \t]+was|I['’]ll[ \t]+be|(?:he|she|you|they)"
                      r"['’](?:s|re|ll[ \t]+be)|(?:he|she|you|they)[ \t]+(?:is|was|are|were)|"
                      r"son|daughter|mum|mom|dad|mother|father|gran|granny|grandad|grandma|"
                      r"grandpa|nan|husband|wife|partner|brother|sister|kids?|child|boy|girl|"
                      r"baby|twins?|man|woman|lady|gentleman|patient)\b")
#: what makes a number a count, a measure or a label rather than an age
_UNIT_AFTER = re.compile(r"(?i)[ \t]*(?:-[ \t]*)?(?:%|per\b|percent|minutes?|mins?|hours?|hrs?|"
                         r"miles?|km|pounds?|quid|grand|k\b|times|weeks?|days?|months?|years?(?![- \t]+"
                         r"(?:old|of[ \t]+age|young))|[ap]\.?m\b|o['’]clock|of\b|out\b|[a-z]+s\b|"
                         r"\d|[:./]\d)")
_LABEL_BEFORE = re.compile(r"(?i)\b(?:number|no\.?|page|room|ward|bed|bay|code|ref(?:erence)?|"
                           r"class[ \t]+of|version|level|band|grade|score|step|stage|year|at|"
                           r"till|until|from|to|and|or|our|all|we|us)[ \t,]*\Z")


def calendar_kinds(span: str) -> set[str]:
    """The kinds of calendar part in ``span``."""
    kinds: set[str] = set()
    month = _MONTH.search(span)
    if month is not None:
        kinds.add("month")
        rest = span[:month.start()] + " " + span[month.end():]
        if _NUMBER.search(rest) or _ORDINAL.search(rest):
            kinds.add("day")  # "June five", "sixteen January", "May ninety-five"
    if _WEEKDAY.search(span):
        kinds.add("weekday")
    if _YEAR.search(span):
        kinds.add("year")
    if _ORDINAL.search(_COUNTED_ORDINAL.sub(" ", _ORDINAL_WEEKDAY.sub(" ", span))):
        kinds.add("day")  # but "the first Sunday of Lent" counts Sundays, "Monday, first day
        # back" counts days: no day of a month
    if _HOLIDAY.search(span):
        kinds.add("holiday")
    if _SEASON.search(span) and "year" in kinds:
        kinds.add("season")
    return kinds


#: what joins the two ends of a range of dates: "the 4th of May to the 9th of June", "from the
#: fifth till the twelfth of July", "the fourteenth through to the sixteenth"
_RANGE = re.compile(r"(?i)[ \t]*,?[ \t]+(?:to|till|til|until|through(?:[ \t]+to)?|thru)[ \t]+"
                    r"(?:the[ \t]+)?")


#: an hour said after a date: "3rd March, ten a.m.", "4th Feb, eleven o'clock", "9 May at 2pm"
_HOUR_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]+(?:at[ \t]+)?(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?|one|two|"
                         r"three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?P<mark>[ \t]*"
                         r"(?:o['’]clock|[ap]\.?m\b\.?))?\Z")
_HOUR_MARK = re.compile(r"(?i)[ \t]*(?:o['’]clock|[ap]\.?m\b)")


#: what a span's last words may count or describe rather than date: "November twenty oh five,
#: second (attempt)", "July second, the week (we arrived)"
_TAIL_NOUN = r"(?:" + COUNTED_NOUNS + r"|month|year|attempt|go|try|sitting|round)s?"
_COUNTED_TAIL = re.compile(r"(?i)[ \t]*,[ \t]*(?:" + _ORDINAL_WORDS + r"|the[ \t]+" + _TAIL_NOUN
                           + r"\b)\Z")
_NOUN_AFTER = re.compile(r"(?i)[ \t]+" + _TAIL_NOUN + r"\b")


def date_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at a range's connector into the dates it joins, each with a
    calendar part: the corpus conventions label a range as two dates, its "to the" as neither
    (a span with no range is one piece, itself); an hour said after the date ("9th Nov, three
    p.m.") is no part of it, nor an ordinal that counts or a noun in apposition after a comma
    ("November twenty oh five, second attempt", "July second, the week we arrived")."""
    hour = _HOUR_AFTER.search(text, start, end)
    if hour is not None and hour.start() > start and calendar_kinds(text[start:hour.start()]) and (
            hour.group("mark") or _HOUR_MARK.match(text, end)):
        end = hour.start()
    tail = _COUNTED_TAIL.search(text, start, end)
    if tail is not None and calendar_kinds(text[start:tail.start()]) and (
            "the" in tail.group().lower() or _NOUN_AFTER.match(text, end)):
        end = tail.start()  # "..., second attempt": a count; "..., the week we arrived"
    pieces: list[tuple[int, int]] = []
    at = start
    for link in _RANGE.finditer(text, start, end):
        if calendar_kinds(text[at:link.start()]) and calendar_kinds(text[link.end():end]):
            pieces.append((at, link.start()))
            at = link.end()
    pieces.append((at, end))
    return pieces


def judge_ner_date(text: str, start: int, end: int) -> tuple[str, int, int, float] | None:
    """What spaCy's DATE span ``text[start:end]`` is by its shape: ``("DATE" | "AGE", start,
    end, score)`` to redact it, or ``None`` to leave it to the other finders."""
    span = text[start:end]
    lead = _LEAD.match(span)
    if lead is not None and lead.end() < len(span):
        start += lead.end()
        span = text[start:end]
    stripped = span.rstrip(" \t,.;:!?")
    end = start + len(stripped)
    span = stripped
    if not span:
        return None
    age = _AGE_SPAN.fullmatch(span)
    if age is not None:
        return _judge_age(text, start, end, age.end("n"))
    if _NOT_A_DAY.search(_HOLIDAY.sub(" ", span)):
        return None  # "Burns Night" is a day; "Friday night" is a time of day
    kinds = calendar_kinds(span)
    if len(kinds) >= 2 or _NUMERIC_DATE.search(span):
        return "DATE", start, end, 0.6
    if not kinds or kinds <= {"month", "weekday", "holiday"} or _history(span) or \
            _COUNTED.search(span) or _UNIT.search(span):
        return None  # "in March", "on Tuesday", "at Christmas": recurring; "in 1848": history
    if kinds == {"year"} and not a_year_of_birth(text, start):
        return None  # "in twenty nineteen we merged": a year of events, history
    return "DATE", start, end, 0.6  # "born in 1966", "the fourth", "Diwali"


def a_year_of_birth(text: str, start: int) -> bool:
    """Whether a year at ``start`` follows a word of birth closely enough to be a year of birth
    ("born in", "DOB:"), the only year alone the conventions call a date."""
    return _BIRTH_BEFORE.search(text, max(0, start - _BIRTH_REACH), start) is not None


def _judge_age(text: str, start: int, end: int, number_end: int) -> tuple[str, int, int, float] | None:
    number = text[start:start + number_end]
    if number.isdigit() and (number.startswith("0") or not 1 <= int(number) <= 119):
        return None
    if _UNIT_AFTER.match(text, end):
        return None
    line_start = max(text.rfind("\n", 0, start) + 1, start - 60)
    before = text[line_start:start]
    if _LABEL_BEFORE.search(before):
        return None
    if not number.isdigit() and not _AGE_CUE.search(before):
        return None
    return "AGE", start, start + number_end, 0.6



# -- typed figures that are no date, age or phone number ------------------------------------------

#: "a/b" typed: a clinician's duration ("6/52" six weeks, "3/12" three months, "2/7" two days),
#: a score ("24/30", "7/10"), a fraction
_SLASHED = re.compile(r"(?<![\d/])(\d{1,3})/(\d{1,3})(?![\d/])")
#: what comes before a typed duration: a length of time or a follow-up
_DURATION_BEFORE = re.compile(r"(?i)(?:\b(?:for|in|over|past|last|within|after|since|about|"
                              r"approx|review|reviewed|rv|f/u|fu|follow[- ]up|x|hx|history|"
                              r"of|next|another|mood|symptoms)|[~<>])[ \t:]*\Z")
_DURATION_AFTER = re.compile(r"(?i)[ \t]*(?:ago|hx|history|duration|later)\b")
#: a page, a paragraph, a section or a figure named before a number ("p. 34", "pp. 12-14")
_PAGE_BEFORE = re.compile(r"(?:\b(?:pp?|para|paras|fig|figs|ch|sec|vol|no|nos)\.|\b(?:page|pages|"
                          r"paragraph|section|figure|table|chapter|appendix|volume|slide|item)|§)"
                          r"[ \t]*\Z", re.IGNORECASE)
#: a page or section number, a range of them, or a list of them each with or without its own
#: "p."/"pp." ("34", "12-14", "66, pp. 12-14"): read only after :data:`_PAGE_BEFORE`
_PAGES = re.compile(r"\d{1,4}(?:[ \t]*[-–][ \t]*\d{1,4})?"
                    r"(?:[ \t]*,[ \t]*(?:pp?\.[ \t]*)?\d{1,4}(?:[ \t]*[-–][ \t]*\d{1,4})?)*")
#: a shift or opening hours typed as two 24-hour clock times ("0800-2000", "0900–1730")
_CLOCK_RANGE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[ \t]*[-–][ \t]*(?:[01]\d|2[0-4])[0-5]\d")
_ISBN_BEFORE = re.compile(r"(?i)\bISBN(?:-1[03])?[ \t:]*\Z")
#: the number entities a typed figure may be mistaken for
_NUMBER_ENTITIES = frozenset({"PHONE", "NHS_NUMBER", "GMC_NUMBER"})


def _isbn13(digits: str) -> bool:
    return (len(digits) == 13 and digits[:3] in ("978", "979")
            and sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0)


def _no_day_and_month(text: str, start: int, end: int, first: int, second: int) -> bool:
    """Whether "first/second" at ``text[start:end]`` is no day and month: the second is no
    month ("24/30", "6/52"), the first no day, or a clinician's days or months typed as a
    length of time ("f/u 3/12", "2/7 ago", "for 4/7")."""
    if second > 12 or second == 0 or first == 0 or first > 31:
        return True
    return second in (7, 12) and (
        _DURATION_BEFORE.search(text, max(0, start - 24), start) is not None
        or _DURATION_AFTER.match(text, end) is not None)


def _an_isbn(text: str, start: int, end: int) -> bool:
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "-"):
        start -= 1  # the whole hyphenated run the number is part of
    while end < len(text) and (text[end].isdigit() or text[end] == "-" and end + 1 < len(text)
                               and text[end + 1].isdigit()):
        end += 1
    digits = re.sub(r"\D", "", text[start:end])
    return _isbn13(digits) or _ISBN_BEFORE.search(text, max(0, start - 12), start) is not None


def a_typed_figure(text: str, start: int, end: int, entity: str) -> bool:
    """Whether ``text[start:end]``, found as an identifier, is a figure typed in notes that is
    none: "a/b" figures that are no day and month ("MoCA 24/30", "6/52", "f/u 3/12", "2/7
    ago") with nothing else that dates them; a page or section number ("p. 34", "pp.
    12-14"); a shift's clock times ("0800-2000"); an ISBN. Finders reading speech (the
    spoken tagger, the digit-run finder) took these for a date, an age, a number read out or
    a postcode."""
    said = text[start:end]
    if entity in ("DATE", "AGE") and _PAGES.fullmatch(said) \
            and _PAGE_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    figures = list(_SLASHED.finditer(said))
    if figures:
        rest = _SLASHED.sub(" ", said)
        if not re.search(r"\d", rest) and _MONTH.search(rest) is None \
                and _WEEKDAY.search(rest) is None:
            return all(_no_day_and_month(text, start + f.start(), start + f.end(),
                                         int(f.group(1)), int(f.group(2))) for f in figures)
    # (round 23) the retrained spoken tagger reads a shift's "0800-2000" as a date: two clock
    # times are no day, month and year in any order
    if (entity in _NUMBER_ENTITIES or entity == "DATE") and _CLOCK_RANGE.fullmatch(said):
        return True
    return entity in _NUMBER_ENTITIES and _an_isbn(text, start, end)
