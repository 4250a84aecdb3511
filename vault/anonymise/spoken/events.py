"""Ages and dates said the old way or by an event (issue 14, round 13):

* **"rising five"**: a child about to turn an age ("she's rising five", "our youngest is rising
  seven"): the number is an age, unless a unit or a plural noun follows ("prices are rising five
  percent", "rising five places");
* **"four and twenty"**: an age said units first, the old way ("I was four and twenty when I
  came over", "one and thirty"): the whole "four and twenty" is the age, after "I was/I'm/aged/
  at/turned" or before "years";
* **a year said short**: "back in twenty-three", "since oh-nine", "till ninety-eight", "the
  summer of twenty-two", "back in '98", and "in twenty-three" when the clause tells of a life
  event before it ("we moved to Sydney in oh-nine", "I qualified in ninety-eight"); never
  before a unit, another number or a clock word ("in twenty-three minutes", "in ninety-eight
  percent", "till twenty past", "since nineteen ninety": the full year is the date finder's);
* **a birthday relative to a feast**: "my birthday's the day after Stephen's Day", "born two
  days before Paddy's Day", "her birthday is the week before Easter": the relation and the feast
  are one date (with a birthday or birth word before it in the sentence).

Round 14 (an invented corpus in eight voices written first: the engine caught 56 of 84 ages and
dates and kept 37 of 41 hard negatives before these rules, 82 of 84 and 37 of 41 after; a second
batch written after them, never tuned on, 28 of 30 and 18 of 18, then 27 of 30 once a full
year needed a milestone of a life):

* **an age at a life event**: "I qualified at twenty-four", "he die at fifty-five", "married at
  nineteen", "Lost the sight in that eye at fifty", "At thirty-five I start again", "By
  twenty-five I had three": 13 to 119 after "at"/"by" (1 to 12 are clock hours too), no unit,
  clock word, count's place or other number after it, not a house number ("at thirty Acomb
  Crescent"), a person in the clause (or a verb opening it, the subject left out) and no
  measure, price or list in it ("sats at ninety-one", "the heating's at twenty-one");
* **a full year after a milestone of a person's life**: "I qualified in twenty-fifteen", "we
  lost Dad in two thousand and nine" (born, married, qualified, died, diagnosed, a first
  child...); a move or a job alone does not date a person ("in two thousand six I moved
  again"); a short year ("oh-three") after any event verb of a person's ("Mam died in oh-three");
* **chat shorthand**: "me (29) and my bf (31)", "Tunde (44)", "26 f, fy2, leicester".

::

    find_event_dates(text)
"""
from __future__ import annotations

import re

from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.calendars import word_starts, words_of
from vault.anonymise.wordlists import BIRTH_WORDS

__all__ = ["find_event_dates", "find_idiom_dates"]

DETECTOR = "spoken_event"

_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TEEN = (r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
         r"nineteen)")
#: what may follow a number that is then no age or year: units, percentages, plural nouns
_NOT_AFTER = (r"(?![ \t-]*(?:%|per[ \t]?cent|percent|points?|places?|pounds?|quid|grand|k\b|"
              r"times|fold|degrees?|feet|foot|inches|metres?|meters?|miles?|minutes?|mins?|"
              r"hours?|hrs?|seconds?|days?|weeks?|months?|o['’]clock|pm|am|(?!(?:this|was|has|is|as|his|its|yes|plus|thus|us)\b)[a-z]+s\b|[:./]\d|past\b|to\b|"
              r"or\b|odd\b|something\b|ish\b|of\b|hundred|thousand|" + _TENS + r"|" + _TEEN + r"|"
              + _UNIT + r"|\d))")

_RISING = re.compile(
    r"(?i:\b(?:is|['’]s|was|were|are|be|being|aged|now|just|only)[ \t]+)(?i:rising)[ \t]+"
    r"(?P<m>(?i:" + _TEEN + r"|" + _UNIT + r"|1[0-8]|[2-9]))(?![\w-])" + _NOT_AFTER)

_UNITS_FIRST = re.compile(
    r"(?i:\b(?:I[ \t]+was|I['’]m|I[ \t]+am|(?:s?he|you|they)[ \t]+(?:was|were|is)|(?:s?he|you)['’]s|"
    r"aged|at|turned|turning|be)[ \t]+(?:only[ \t]+|just[ \t]+)?)"
    r"(?P<m>(?i:" + _UNIT + r")[- \t]+and[- \t]+(?i:" + _TENS + r"))(?![\w-])" + _NOT_AFTER)

_AND_TENS = re.compile(r"(?i)[- ]and[- \t]+" + _TENS)
_YEAR_SHORT = (r"(?:(?i:oh)[- \t]" + _UNIT + r"|" + _TENS + r"(?:[- \t]" + _UNIT + r")?|"
               r"nineteen|['’]\d\d)")
#: a year said short, and what must not follow it
_YEAR_CANDIDATE = re.compile(r"(?i)(?=[otfsen'’])(?<![\w'’-])(?P<m>" + _YEAR_SHORT + r")(?![\w'’-])" + _NOT_AFTER)
#: a cue just before a year that makes it a year whatever follows in the clause
#: (not "the class of ninety-eight": a cohort's year of graduation names a year of events, which
#: the conventions leave, like "in twenty nineteen I moved")
_STRONG_BEFORE = re.compile(
    r"(?i)\b(?:(?:way[ \t]+)?back[ \t]+in|since|until|till|in[ \t]+the[ \t]+year|"
    r"(?:summer|winter|spring|autumn|end|start|beginning)[ \t]+of|circa)[ \t]+$")
#: "in" just before a year, after a verb of a life event earlier in the clause
_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:moved|came|went|left|qualified|graduated|born|married|arrived|returned|started|"
    r"finished|emigrated|retired|joined|trained)\b[^.?!\n,;]{0,40}?\bin[ \t]+$")
_BEFORE_REACH = 64
#: the last word of every cue above
_CUE_LAST = frozenset({"in", "since", "until", "till", "year", "of", "circa"})


_FEAST = (r"(?:(?:St\.?[ \t]+|Saint[ \t]+)?(?:Stephen|Patrick|Paddy|Brigid|Bridget|Swithin|"
          r"Valentine|Andrew|David|George)['’]?s[ \t]+(?:Day|Eve|Night)|Christmas(?:[ \t]+(?:Day|"
          r"Eve))?|New[ \t]+Year['’]?s(?:[ \t]+(?:Day|Eve))?|Easter(?:[ \t]+(?:Sunday|Monday))?|"
          r"Good[ \t]+Friday|Hallowe['’]?en|Halloween|Bonfire[ \t]+Night|Boxing[ \t]+Day|Hogmanay|"
          r"Burns[ \t]+Night|Lady[ \t]+Day|Michaelmas|Candlemas|Shrove[ \t]+Tuesday|Pancake[ \t]+Day|"
          r"Mother['’]?s[ \t]+Day|Father['’]?s[ \t]+Day|May[ \t]+Day|Midsummer['’]?s?[ \t]+(?:Day|Eve)|"
          r"the[ \t]+Twelfth|Eid|Diwali|Holi|Vaisakhi|Thanksgiving)")
_COUNT = r"(?i:a|one|two|three|four|five|six|seven|ten|a[ \t]+couple[ \t]+of|a[ \t]+few)"
#: the relation said before "after"/"before" and the feast after it
_RELATION_BEFORE = re.compile(
    r"(?<![\w'’])(?i:(?:(?:the|a)[ \t]+)?(?:" + _COUNT + r"[ \t]+)?(?:day|days|night|week|weeks|fortnight)"
    r"[ \t]+)$")
_AFTER_BEFORE = re.compile(r"(?i)\b(?:after|before)\b")
#: in any case: caption and chat text writes "the day after bonfire night" (round 14)
_FEAST_AT = re.compile(r"[ \t]+" + _FEAST + r"(?![\w-])", re.IGNORECASE)
_BIRTH = re.compile(r"(?i)\b(?:" + BIRTH_WORDS + r"|b['’-]?day)\b")


# --- round 14: an age at a life event, and full years said after one -------------------------

#: the age a life event happened at: 13 to 110 in words or digits (a clock hour is 1 to 12)
_EVENT_AGE = (r"(?:(?:1[3-9]|[2-9]\d|1[01]\d)(?![\d:.,/]\d)|(?i:" + _TENS + r"(?:[- \t]" + _UNIT
              + r")?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))")
#: what may not follow that age: units, clock and counting words, another number ("at twenty
#: fifteen" is a time), a plural noun ("at forty patients")
_NOT_AFTER_AGE = (r"(?![ \t-]*(?:%|per[ \t]?cent|percent|points?|places?|pounds?|quid|grand|k\b|p\b|"
                  r"pence|each|a[ \t]+(?:piece|head|time|go|week|month|year|day|pop)|times|fold|"
                  r"degrees?|mph|kph|feet|foot|inches|metres?|meters?|miles?|km|kilos?|kgs?|stone|"
                  r"lbs?|mg|mcg|ml|units?|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|nights?|"
                  r"weeks?|months?|years?|decades?|o['’]clock|am\b|pm\b|a\.m|p\.m|sharp|past\b|to\b|"
                  r"on[ \t]+the[ \t]+dot|in[ \t]+the[ \t]+(?:morning|evening|afternoon)|tonight|"
                  r"this[ \t]+(?:morning|evening|afternoon)|o\b|or\b|odd\b|ish\b|of\b|out[ \t]+of|"
                  r"hundred|thousand|seven[ \t]*\Z|[:./]\d|" + _TENS + r"|" + _TEEN + r"|" + _UNIT + r"|"
                  r"oh\b|\d|(?!(?:this|was|has|is|as|his|its|yes|plus|thus|us)\b)[a-z]+s\b))")
#: "at/by" (and a hedge) before the age
_AT_AGE = re.compile(
    r"(?=[AaBb])(?<![\w'’-])(?i:at|by)[ \t]+(?:(?i:only|just|about|around|barely|nearly|almost|"
    r"roughly|maybe|probably|like|age|aged)[ \t]+)?(?P<m>" + _EVENT_AGE + r")(?![\w'’-])"
    + _NOT_AFTER_AGE)
#: a life event: a stage of life begun or ended, a loss, a birth, an illness, a move, a first
#: (any tense, as a learner of English may say it: "I come to Scotland", "he die at")
_LIFE_EVENT = re.compile(
    r"(?i)\b(?:qualif\w*|graduat\w*|marr(?:y|ied|ies|ying)|wed(?:ded)?|engaged|divorc\w*|widow\w*|"
    r"retir\w*|emigrat\w*|immigrat\w*|migrat\w*|die[ds]?|dying|dead|death|passed(?:[ \t]+away|[ \t]+on)?|"
    r"pass[ \t]+away|lost|lose|born|birth|gave[ \t]+birth|pregnan\w*|baby|babies|first|diagnos\w*|"
    r"stroke|heart[ \t]+attack|seizure|cancer|ordain\w*|promot\w*|made[ \t]+(?:a|an|up)|became|become|"
    r"becomes|degree|school|college|uni|university|training|trained|nursing|medicine|med[ \t]+school|"
    r"licen[cs]e|driving|test|moved?|moving|came|come|arrived?|settled?|left|leave|joined?|"
    r"start(?:ed|s)?|began|begin|went[ \t]+back|back[ \t]+to|orphaned|adopted|fostered|"
    r"job|career|apprentic\w*|enlist\w*|had|have|has|got|get|took[ \t]+up|took[ \t]+over|"
    r"finish(?:ed)?|sat|learn(?:ed|t)|bought|grandm\w*|grandf\w*|grand(?:child|son|daughter)\w*)\b")
#: a person doing it: a pronoun, a possessive with a relation, a learner's "I" ("I have stroke")
_PERSON_SUBJECT = re.compile(
    r"(?i)(?<![\w'’-])(?:I|I['’](?:d|ve|m)|he|she|we|they|you|me|my|his|her|our|their|your|mum|mam|"
    r"mammy|mom|dad|daddy|father|mother|nan|nana|gran|granny|grandad|grandma|grandpa|son|"
    r"daughter|brother|sister|wife|husband|partner|auntie|aunt|uncle|cousin)(?![\w'’-])")
#: a measure or a price in the clause: the number is then a reading ("sats at ninety-two")
_MEASURE_IN_CLAUSE = re.compile(
    r"(?i)(?:%|°|\b(?:temp(?:erature)?s?|degrees|sats|saturations?|oxygen|O2|pulse|rate|bpm|BP|"
    r"pressure|systolic|diastolic|scores?|scored|marks?|per[ \t]?cent|percent|mph|speed|doing|"
    r"weigh(?:s|t|ed)?|BMI|sodium|potassium|glucose|sugars?|levels?|readings?|INR|eGFR|HbA1c|"
    r"price[sd]?|cost|costs|sold|priced|capped|set|salary|dose|doses|mg|bus|route|number|page|"
    r"room|ward|bay|bed|junction|exit|gate|platform|band|grade|step|stage|position|place|"
    r"ranked|rank|row|seat|question|item|chapter|section|version|lap|mile|channel|volume|"
    r"gestation|weeks|thermostat|oven|heating|clock|alarm|shift|bell|kick-?off|kicked[ \t]+off|"
    r"opens?|opened|closes?|closed|o['’]clock|appointment|train|flight|count|counting|counted|"
    r"list|queue|total|tally|battery|charge|phone|car|van|engine|bid|offer|"
    r"auction|odds|handicap|par|stake)\b)")
#: a count's place said after the number: "at twenty-five on the waiting list", "at forty left"
_COUNT_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?:on[ \t]+(?:the|our|my|his|her)[ \t]+(?:\w+[ \t]+)?(?:list|books|register|"
    r"rota|scale|clock)|in[ \t]+(?:the[ \t]+)?(?:queue|total|line|all)|left|remaining|to[ \t]+go|"
    r"per|an?[ \t]+(?:week|hour|day|month|year|go)|a[ \t]+head|each|apiece|all|love)\b")
#: a past self compared with ("the way I was at thirty", "not what I was at twenty", "as fit as I
#: was at forty"): an age everyone had once, no age of the speaker's told
_COMPARED_SELF = re.compile(
    r"(?i)\b(?:(?:the[ \t]+)?way|as|like|than|what|how)[ \t]+(?:I|you|we|he|she|they|one)[ \t]+"
    r"(?:was(?:n['’]t)?|were(?:n['’]t)?|did(?:n['’]t)?|used[ \t]+to(?:[ \t]+be)?|felt|could|had|looked)"
    r"[ \t]+(?:\w+[ \t]+)?\Z|\b(?:was|were)n['’]t[ \t]+\Z")
#: a house number: a capitalised word or a street word follows ("at thirty Acomb Crescent")
_HOUSE_AFTER = re.compile(
    r"[ \t]+(?:(?!I\b)[A-Z]|(?:[\w'’-]+[ \t]+){0,2}(?i:road|rd|street|st|lane|avenue|ave|crescent|"
    r"drive|way|close|terrace|court|place|gardens|grove|walk|row|view|park|square|mews|flats?|"
    r"house|cottages?|estate)\b)")
#: a clause boundary before the event (a sentence end, a new line, a semicolon, a dash)
_CLAUSE_END = re.compile(r"[.?!;:\n—–]|(?<= )-(?= )")
#: a verb in the past opening a clause whose subject was left out ("Buried my husband at...")
_PAST_VERB = re.compile(r"(?i)[a-z]+ed\b|(?:went|came|got|had|lost|left|took|became|began|sat|"
                        r"fell|broke|met|made|ran|won|gave|found|bought|sold|did)\b")
_SENTENCE_OPENING = re.compile(r"(?:\A|[.?!;:\n])[ \t]*(?:(?i:and|so|well|but|oh|sure|now)[ \t,]+)?\Z")
_SUBJECT_AFTER = re.compile(r"[ \t]*,?[ \t]*(?i:I|he|she|we|they|my|his|her|our|their|mum|dad|you)\b")


def _clause_before(text: str, pos: int, reach: int = 90) -> str:
    start = max(0, pos - reach)
    window = text[start:pos]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def _event_ages(text: str) -> list[Finding]:
    """An age a life event happened at: "I qualified at twenty-four", "he died at fifty-five",
    "married at nineteen", "At thirty-five I started again", "By twenty-five I had three".
    The number is 13 to 110 (a clock hour is 1 to 12), no unit, clock word or other number
    follows it, a person is the clause's subject and a life event its verb (or the "at/by" opens
    the sentence and a person follows), and no measure, price, place in a list or clock cue is
    in the clause."""
    findings: list[Finding] = []
    for m in _AT_AGE.finditer(text):
        clause = _clause_before(text, m.start())
        if (_MEASURE_IN_CLAUSE.search(clause) or _COUNT_AFTER.match(text, m.end("m"))
                or _HOUSE_AFTER.match(text, m.end("m"))):
            continue
        if _COMPARED_SELF.search(clause):
            continue  # "tired in a way I wasn't at thirty": a self compared, no age told
        opening = _SENTENCE_OPENING.search(clause) is not None
        if opening:
            if _SUBJECT_AFTER.match(text, m.end("m")) is None:
                continue
        elif not (_PERSON_SUBJECT.search(clause)
                  or _LIFE_EVENT.match(clause.lstrip(" \t,"))
                  or _PAST_VERB.match(clause.lstrip(" \t,"))):  # the subject left out
            continue
        findings.append(Finding(*m.span("m"), "AGE", 0.85, DETECTOR))
    return findings


#: a full year said in words after a life event: "twenty-fifteen", "twenty twenty-three",
#: "two thousand (and) eleven", "nineteen eighty-five", "nineteen oh six"
_FULL_YEAR = re.compile(
    r"(?=[tTnN])(?<![\w'’-])(?P<m>(?i:twenty[- \t](?:" + _TEEN + r"|" + _TENS + r"(?:[- \t]"
    + _UNIT + r")?)|two[ \t]+thousand(?:[ \t]+and)?[ \t]+(?:" + _TEEN + r"|" + _TENS + r"(?:[- \t]"
    + _UNIT + r")?|" + _UNIT + r")|nineteen[- \t](?:" + _TENS + r"(?:[- \t]" + _UNIT + r")?|oh[- \t]"
    + _UNIT + r"|" + _TEEN + r")))(?![\w'’-])" + _NOT_AFTER)
_MORE_YEAR_AFTER = re.compile(r"[ \t-]+(?i:oh|o|zero|nought|naught)\b")
#: a milestone of one person's life (a move, a job or a strike dates many people)
_MILESTONE = re.compile(
    r"(?i)\b(?:qualif\w*|graduat\w*|marr(?:y|ied|ies)|wed(?:ded)?|engaged|divorc\w*|widow\w*|"
    r"retir\w*|emigrat\w*|die[ds]?|passed(?:[ \t]+away)?|lost|born|birth|pregnan\w*|"
    r"had[ \t]+(?:my|our|her|his|the)[ \t]+(?:first|son|daughter|baby|twins|boy|girl|eldest|youngest)|"
    r"have[ \t]+(?:my|our|her|his)[ \t]+(?:first|son|daughter|baby|twins|boy|girl)|"
    r"diagnos\w*|ordain\w*|relocat\w*)\b")
_YEAR_CUE_BEFORE = re.compile(r"(?i)\b(?:in|since|from|until|till|of|around|about|circa)[ \t]+\Z")


def _event_years(text: str, candidates: list[re.Match[str]]) -> list[Finding]:
    """A year said in full after a life event ("I qualified in twenty-fifteen", "I am in Glasgow
    since twenty-sixteen", "I have my son in two thousand eleven") or a short one after a
    person's life event the older list has no verb for ("Mam died in oh-three")."""
    findings: list[Finding] = []
    lower = text.lower()
    spans = ([(m.start("m"), m.end("m"), True) for m in _FULL_YEAR.finditer(text)]
             if "twenty" in lower or "thousand" in lower or "nineteen" in lower else [])
    spans += [(m.start("m"), m.end("m"), False) for m in candidates]
    for start, end, full in spans:
        if _MORE_YEAR_AFTER.match(text, end):
            continue  # "twenty oh five": the short candidate is only the year's first word
        before = text[max(0, start - 24):start]
        if _YEAR_CUE_BEFORE.search(before) is None:
            continue
        clause = _clause_before(text, start)
        if _MEASURE_IN_CLAUSE.search(clause) or not _PERSON_SUBJECT.search(clause):
            continue
        if full:  # a full year dates a person only by a milestone of their own life
            if _MILESTONE.search(clause):
                findings.append(Finding(start, end, "DATE", 0.85, DETECTOR))
        elif _LIFE_EVENT.search(clause) or _PAST_VERB.search(clause):
            findings.append(Finding(start, end, "DATE", 0.85, DETECTOR))
    return findings


#: chat and forum shorthand for a person's age: "me (29) and my bf (31)", "Tunde (44)",
#: "26 f, fy2, leicester", "34M here", "29/f/glasgow"
_BRACKET_NUMBER = re.compile(
    r"\([ \t]*(?P<m>1[01]\d|[1-9]\d?)[ \t]*(?:[fFmM]|(?i:yo|y/o|yrs?|years?))?[ \t]*\)")
#: who the bracketed number is the age of: a relation, or a capitalised name that is no heading
#: word ("Ward (12)", "Table (3)"); a name needs 13 or more (a child's age goes by a relation)
_BRACKET_WHO = re.compile(
    r"(?:(?<![\w'’-])(?P<rel>(?i:me|I|bf|gf|hubby|wifey|husband|wife|partner|son|daughter|mum|mom|mam|"
    r"dad|nan|gran|brother|sister|bro|sis|kid|kids|baby|twins?))|(?<![\w'’-])(?!(?:Ward|Bay|Bed|Room|"
    r"Table|Figure|Fig|Page|Section|Chapter|Item|Question|Level|Grade|Band|Stage|Step|Appendix|Box|"
    r"Ref|Note|Version|Part|Year|Week|Day|Line|Floor|Unit|Block|Team|Group|Cohort|Round|Session|"
    r"Module|Slide)\b)[A-Z][a-z]+)[ \t]*\Z")
#: an age with its sex letter: "26 f, fy2, leicester", "34M here", "im 29f"
_AGE_SEX = re.compile(r"(?<![\w'’-])(?P<m>1[01]\d|[1-9]\d)[ \t]?(?:[fFmM]|yo)(?![\w'’-])"
                      r"(?=[ \t]*(?:[,/;.!]|$|(?i:here|btw|from|in|lol)\b))", re.MULTILINE)
_AGE_SEX_BEFORE = re.compile(r"(?:^|:|\b(?i:me|im|i['’]m))[ \t]*\Z", re.MULTILINE)


def _chat_ages(text: str) -> list[Finding]:
    """Ages in chat and forum shorthand: a number in brackets after a person ("me (29) and my bf
    (31)", "Tunde (44)"), an age with its sex letter opening a message ("26 f, fy2")."""
    findings: list[Finding] = []
    if "(" in text:
        for m in _BRACKET_NUMBER.finditer(text):
            who = _BRACKET_WHO.search(text, max(0, m.start() - 24), m.start())
            if who is not None and (who.group("rel") or int(m.group("m")) >= 13):
                findings.append(Finding(*m.span("m"), "AGE", 0.8, DETECTOR))
    for m in _AGE_SEX.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _AGE_SEX_BEFORE.search(text, max(line_start, m.start() - 40), m.start()):
            findings.append(Finding(*m.span("m"), "AGE", 0.8, DETECTOR))
    return findings


def find_event_dates(text: str) -> list[Finding]:
    """Ages said rising or units first, years said short and birthdays by a feast in ``text``."""
    findings: list[Finding] = []
    lower = text.lower()
    if "rising " in lower:
        findings += [Finding(*m.span("m"), "AGE", 0.85, DETECTOR) for m in _RISING.finditer(text)]
    if _AND_TENS.search(text):
        findings += [Finding(*m.span("m"), "AGE", 0.85, DETECTOR)
                     for m in _UNITS_FIRST.finditer(text)]
    candidates = list(_YEAR_CANDIDATE.finditer(text))
    for m in candidates:
        before = text[max(0, m.start() - _BEFORE_REACH):m.start()]
        last = before[-7:].rstrip().rpartition(" ")[2].lower()
        if last not in _CUE_LAST:
            continue  # the cheap test: no cue word right before the year
        if _STRONG_BEFORE.search(before) or last == "in" and _EVENT_BEFORE.search(before):
            findings.append(Finding(*m.span("m"), "DATE", 0.85, DETECTOR))
    if (" after " in lower or " before " in lower) and _BIRTH.search(text):
        for m in _AFTER_BEFORE.finditer(text):
            feast = _FEAST_AT.match(text, m.end())
            if feast is None:
                continue
            relation = _RELATION_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if relation is None:
                continue
            line_start = max(text.rfind("\n", 0, relation.start()),
                             text.rfind(". ", 0, relation.start()))
            if _BIRTH.search(text, max(0, line_start), relation.start()):
                findings.append(Finding(relation.start(), feast.end(), "DATE", 0.85, DETECTOR))
    if " at " in lower or " by " in lower or lower.startswith(("at ", "by ")) or "\nat " in lower \
            or "\nby " in lower or ". at " in lower or ". by " in lower:
        findings += _event_ages(text)
    findings += _event_years(text, candidates)
    findings += _chat_ages(text)
    findings += find_idiom_dates(text)
    return findings


# -- round 14 (late): ages by idiom, terms and festivals with a year, other calendars --------
# The corpus in tests/test_spoken_round14b.py was written before these rules (eight voices).

_AGE_NUM = (r"(?:" + _TENS + r"(?:[- \t]" + _UNIT + r")?|" + _TEEN + r"|1[3-9]|[2-9]\d|1[01]\d)")
#: an age said by idiom: "the wrong side of forty-five", "pushing fifty", "knocking on (the door
#: of) sixty", "nudging seventy", "creeping up on sixty", "the far/other side of eighty"
_IDIOM_AGE = re.compile(
    r"(?i)(?<![\w'’-])(?:(?:the[ \t]+)?(?:wrong|right|far|other)[ \t]+side[ \t]+of|pushing|"
    r"knocking[ \t]+on(?:[ \t]+the[ \t]+door[ \t]+of)?|nudging|creeping[ \t]+up[ \t]+on|"
    r"fast[ \t]+approaching|edging[ \t]+towards?)[ \t]+(?P<m>" + _AGE_NUM + r")(?![\w'’-])"
    + _NOT_AFTER)
#: a round birthday said as digits and "oh"/"O"/"0": "turned 5-0", "the big six-O", "hit
#: the big four-oh"
_BIG_OH = re.compile(
    r"(?i)(?<![\w'’-])(?:(?P<big>big)|turn(?:ed|s|ing)?|hit(?:s|ting)?|reach(?:ed|es|ing)?)"
    r"[ \t]+(?:the[ \t]+big[ \t]+)?(?P<m>(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:-|[ \t])?(?:0|o|oh|zero))(?![\w'’-])"
    r"(?![ \t]+(?:win|victory|defeat|lead|loss|thrashing|drubbing|scoreline|release)\b)")
_SPORT_IN_CLAUSE = re.compile(r"(?i)\b(?:score[ds]?|won|win|lost|lose|beat|goals?|nil|half[- ]time|"
                              r"match|game|league|cup|set|sets|innings|version|release)\b")

_YEAR = (r"(?:(?:19|20)\d\d(?!\d)|['’]\d\d(?!\d)|(?:nineteen|twenty)[- \t]+(?:(?:oh|o)[- \t]+" + _UNIT
         + r"|" + _TEEN + r"|" + _TENS + r"(?:[- \t]" + _UNIT + r")?)(?![\w'’-])|two[- \t]+thousand"
         r"(?:(?:[- \t]+and)?[- \t]+(?:" + _TEEN + r"|" + _UNIT + r"|twenty(?:[- \t]" + _UNIT
         + r")?))?(?![\w'’-]))")
_TERM = (r"(?:(?:Michaelmas|Hilary|Trinity|Lent|Easter|Summer|Spring|Autumn|Winter|Fall|Christmas|"
         r"September|January|April|Candlemas|Martinmas|Whitsun|Epiphany|Advent)[ \t]+(?:half[- ])?"
         r"term|(?:first|second|third|autumn|spring|summer|winter|fall)[ \t]+semester)")
_FESTIVAL = (r"(?:Diwali|Deepavali|Divali|Eid(?:[- ](?:al|ul|el)[- ]?(?:Fitr|Adha|Fitri))?|Ramadan|"
             r"Ramzan|Ramazan|Hanukkah|Chanukah|Chanukkah|Passover|Pesach|Rosh[ \t]+Hashanah|"
             r"Yom[ \t]+Kippur|Purim|Sukkot|Christmas(?:[ \t]+(?:Eve|Day))?|Xmas|Easter(?:[ \t]+"
             r"(?:Sunday|Monday))?|Good[ \t]+Friday|Boxing[ \t]+Day|Whitsun|Pentecost|Halloween|"
             r"Bonfire[ \t]+Night|Guy[ \t]+Fawkes(?:[ \t]+Night)?|Hogmanay|New[ \t]+Year['’]?s?"
             r"(?:[ \t]+(?:Eve|Day))?|(?:Chinese|Lunar)[ \t]+New[ \t]+Year|Mid[- ]Autumn[ \t]+"
             r"Festival|Vaisakhi|Baisakhi|Holi|Navratri|Dussehra|Dasara|Dashain|Tihar|Durga[ \t]+Puja|"
             r"Pohela[ \t]+Boishakh|Nowruz|Norooz|Thanksgiving|Burns[ \t]+Night|Onam|Pongal|"
             r"Songkran|Chuseok|Kwanzaa|(?:St\.?|Saint)[ \t]+(?:Patrick|David|Andrew|George)['’]?s"
             r"[ \t]+Day|Paddy['’]?s[ \t]+Day)")
#: a term or festival then a year: "Michaelmas term twenty ten", "the spring term of 2019",
#: "Diwali twenty-nineteen", "Hanukkah, nineteen ninety-one": the whole is one date
_TERM_OR_FEAST_YEAR = re.compile(
    r"(?i)(?<![\w'’-])(?P<m>(?:" + _TERM + r"|" + _FESTIVAL + r")(?:[ \t]*,?[ \t]*(?:of|in)?[ \t]*|"
    r"[ \t]*,[ \t]*)" + _YEAR + r")" + _NOT_AFTER)

#: months of the Hijri, Bikram Sambat, Bengali, Hebrew and Persian calendars (more than the
#: month finder's list: the spellings met in UK talk), beside a year of that calendar
_OTHER_MONTH = (r"(?:muharram|muharam|safar|rabi[‘'’ -]?(?:ul|al)?[- ](?:awwal|akhir|thani)|"
                r"jumad[ai][- ](?:ul|al)?[- ]?(?:awwal|ula|akhir|thani|akhirah)|rajab|sha['’]?ban|"
                r"shaaban|ramadan|ramzan|ramazan|shawwal|shawal|dhul?[- ]?(?:qa['’]?dah|qidah|"
                r"hijjah)|zul?[- ]?(?:qa['’]?dah|hijjah)|baisakh|baishakh|boishakh|jestha|jeth|"
                r"joishtho|asar|asadh|ashadh|asharh|shrawan|srabon|bhadra|bhadro|bhadau|asoj|"
                r"ashwin|ashshin|kartik|mangsir|ogrohayon|agrahayan|poush|magh|falgun|fagun|"
                r"phalgun|chaitra|choitro|tishrei|tishri|cheshvan|heshvan|marcheshvan|kislev|"
                r"tevet|teves|shevat|shvat|adar|nisan|iyar|iyyar|sivan|tammuz|elul|farvardin|"
                r"ordibehesht|khordad|mordad|shahrivar|aban|azar|bahman|esfand)")
#: a year of one of those calendars: Hijri 13xx-14xx, Bengali 13xx-14xx, Sambat 20xx,
#: Hebrew 57xx; in digits or words ("fourteen hundred", "thirteen seventy", "twenty thirty-eight",
#: "five seven two five")
_OTHER_YEAR = (r"(?:(?:1[34]|20|57)\d\d(?!\d)|(?:thirteen|fourteen)[- \t]+(?:hundred|oh[- \t]+"
               + _UNIT + r"|" + _TEEN + r"|" + _TENS + r"(?:[- \t]" + _UNIT + r")?)(?![\w'’-])|"
               r"twenty[- \t]+(?:oh[- \t]+" + _UNIT + r"|" + _TEEN + r"|" + _TENS + r"(?:[- \t]"
               + _UNIT + r")?)(?![\w'’-])|five[- \t]+seven[- \t]+" + _UNIT + r"[- \t]+" + _UNIT
               + r"(?![\w'’-]))")
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?|(?:the[ \t]+)?[a-z]+(?:teenth|tieth|first|second|third|th)|" + _UNIT + r"|" + _TEEN + r"|twenty(?:[- \t]" + _UNIT + r")?|thirty(?:[- \t]one)?)"
_OTHER_DATE = re.compile(
    r"(?i)(?<![\w'’-])(?P<m>" + _OTHER_MONTH + r"(?:[ \t]*,?[ \t]+(?:the[ \t]+)?" + _DAY
    + r")?[ \t]*,?[ \t]*(?:of[ \t]+|in[ \t]+)?" + _OTHER_YEAR + r"|" + _OTHER_YEAR + r"[ \t]*,?[ \t]*"
    + _OTHER_MONTH + r"(?:[ \t]*,?[ \t]*" + _DAY + r")?)(?![\w'’-])" + _NOT_AFTER)


#: the words that open a month of :data:`_OTHER_MONTH` (a cheap test before the pattern)
_OTHER_MONTH_WORDS = frozenset(w for w in re.findall(r"[a-z]{3,}", _OTHER_MONTH.replace("(?:", " "))
                               if w not in {"ban", "sha", "dah", "ula", "thani", "awwal", "akhir",
                                            "akhirah", "jumad"}) | {"sha'ban", "sha’ban"}


#: a person as the subject, contracted: "she's pushing fifty", "he'd be the wrong side of sixty"
_PERSON_CONTRACTED = re.compile(r"(?i)(?<![\w'’-])(?:he|she|we|they|you|who|mum|mam|mom|dad|nan|"
                                r"gran|granny|grandad|husband|wife|partner)['’](?:s|re|d|ll|ve)\b")


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause that holds ``text[start:end]``: from the last clause end before it to the next."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 120), start)), default=max(0, start - 120))
    right = _CLAUSE_END.search(text, end)
    return text[left:right.start() if right else min(len(text), end + 120)]


#: words one of which a term or festival with a year holds (a cheap test before the pattern)
_TERM_OR_FEAST_WORDS = frozenset("""
term semester diwali deepavali divali eid eid-al-fitr eid-ul-fitr eid-al-adha eid-ul-adha ramadan ramzan
ramazan hanukkah chanukah chanukkah passover pesach hashanah kippur purim sukkot christmas xmas
easter friday whitsun pentecost halloween bonfire fawkes hogmanay year's chinese lunar
mid-autumn vaisakhi baisakhi holi navratri dussehra dasara dashain tihar puja boishakh nowruz
norooz thanksgiving burns onam pongal songkran chuseok kwanzaa patrick's david's andrew's
george's paddy's paddys boxing
""".split())  # noqa: SIM905
_IDIOM_KEYS = ("side of", "pushing", "knocking", "nudging", "creeping", "approaching", "edging")


def _windowed(pattern: re.Pattern[str], text: str, lower: str, keys: list[str], before: int,
              after: int) -> list[re.Match[str]]:
    """The matches of ``pattern`` in windows around each key word of ``keys`` in ``lower`` (a
    scan of a few dozen characters per key instead of the whole text); lookbehinds still see
    the text before a window."""
    seen: dict[tuple[int, int], re.Match[str]] = {}
    for key in keys:
        for at in word_starts(lower, key) if " " not in key else _all_starts(lower, key):
            for m in pattern.finditer(text, max(0, at - before), min(len(text), at + len(key) + after)):
                seen.setdefault(m.span(), m)
    return [seen[span] for span in sorted(seen)]


def _all_starts(text: str, key: str) -> list[int]:
    starts = []
    at = text.find(key)
    while at != -1:
        starts.append(at)
        at = text.find(key, at + 1)
    return starts


def find_idiom_dates(text: str) -> list[Finding]:
    """Ages said by idiom or as "N-oh", and dates by a term, a festival or another calendar's
    month with a year (round 14, late)."""
    findings: list[Finding] = []
    lower = text.lower()
    keys = [k for k in _IDIOM_KEYS if k in lower]
    if keys:
        for m in _windowed(_IDIOM_AGE, text, lower, keys, 24, 60):
            clause = _clause_around(text, *m.span())
            if (_PERSON_SUBJECT.search(clause) or _PERSON_CONTRACTED.search(clause)) \
                    and not _MEASURE_IN_CLAUSE.search(clause):
                findings.append(Finding(*m.span("m"), "AGE", 0.85, DETECTOR))
    if any(w in lower for w in ("big", "turn", "hit", "reach")):
        for m in _BIG_OH.finditer(text):
            clause = _clause_around(text, *m.span())
            if _SPORT_IN_CLAUSE.search(clause):
                continue
            if m.group("big") or _PERSON_SUBJECT.search(clause) or _PERSON_CONTRACTED.search(clause) \
                    or _SENTENCE_OPENING.search(text, max(0, m.start() - 40), m.start()):
                findings.append(Finding(*m.span("m"), "AGE", 0.85, DETECTOR))
    words = words_of(text)
    keys = sorted(_TERM_OR_FEAST_WORDS & words)
    if keys:
        findings += [Finding(*m.span("m"), "DATE", 0.85, DETECTOR)
                     for m in _windowed(_TERM_OR_FEAST_YEAR, text, lower, keys, 24, 70)]
    keys = sorted(_OTHER_MONTH_WORDS & words)
    if keys:
        findings += [Finding(*m.span("m"), "DATE", 0.85, DETECTOR)
                     for m in _windowed(_OTHER_DATE, text, lower, keys, 40, 60)]
    return findings
