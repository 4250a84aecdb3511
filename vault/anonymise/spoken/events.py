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

::

    find_event_dates(text)
"""
from __future__ import annotations

import re

from vault.anonymise.spoken._finding import Finding

__all__ = ["find_event_dates"]

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
    r"(?P<m>(?i:" + _UNIT + r")[ \t]+and[ \t]+(?i:" + _TENS + r"))(?![\w-])" + _NOT_AFTER)

_AND_TENS = re.compile(r"(?i) and[ \t]+" + _TENS)
_YEAR_SHORT = (r"(?:(?i:oh)[- \t]" + _UNIT + r"|" + _TENS + r"(?:[- \t]" + _UNIT + r")?|"
               r"nineteen|['’]\d\d)")
#: a year said short, and what must not follow it
_YEAR_CANDIDATE = re.compile(r"(?i)(?=[otfsen'’])(?<![\w'’-])(?P<m>" + _YEAR_SHORT + r")(?![\w'’-])" + _NOT_AFTER)
#: a cue just before a year that makes it a year whatever follows in the clause
_STRONG_BEFORE = re.compile(
    r"(?i)\b(?:(?:way[ \t]+)?back[ \t]+in|since|until|till|in[ \t]+the[ \t]+year|"
    r"(?:summer|winter|spring|autumn|class|end|start|beginning)[ \t]+of|circa)[ \t]+$")
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
_FEAST_AT = re.compile(r"[ \t]+" + _FEAST + r"(?![\w-])")
_BIRTH = re.compile(r"(?i)\b(?:birthday|born|birth|b['’]day|DOB)\b")


def find_event_dates(text: str) -> list[Finding]:
    """Ages said rising or units first, years said short and birthdays by a feast in ``text``."""
    findings: list[Finding] = []
    lower = text.lower()
    if "rising " in lower:
        findings += [Finding(*m.span("m"), "AGE", 0.85, DETECTOR) for m in _RISING.finditer(text)]
    if _AND_TENS.search(text):
        findings += [Finding(*m.span("m"), "AGE", 0.85, DETECTOR)
                     for m in _UNITS_FIRST.finditer(text)]
    for m in _YEAR_CANDIDATE.finditer(text):
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
    return findings
