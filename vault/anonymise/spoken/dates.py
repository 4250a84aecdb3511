"""Dates as people say them, in every order: day, month, ordinal word or number, spoken year,
weekday.

::

    find_dates(text, number_runs(text))
    # "the fifth of December"            -> "fifth of December"
    # "December the fifth, twenty nineteen", "March the 3rd", "Tuesday the ninth (of November)"
    # "September twenty twenty", "March of two thousand and nineteen"
    # "December fifth and ...", "the twenty-first of March in twenty nineteen"
    # "the eighteenth of the second, thirteen" (the month as an ordinal, a two-digit year)
    # "did you say the tenth?"           -> "tenth" (a day alone, when a date is being talked about)
    # "born in nineteen eighty-four"     -> "nineteen eighty-four" (a year of birth)
    # "What year were you born? -- Eighty-four." -> "Eighty-four" (a year answering it)
    # "DOB? -- Four, five, eighty-four"  -> the three numbers (day, month, year)
    # "date of birth oh three, oh five, eighty-four" -> the digits (a spoken DDMMYY)
    # "14-Jan-1981", "3 April, 81"     -> typed dates with the month as a word or abbreviation
    # "born in nineteen and eighty-nine", "born in the spring of seventy-nine" -> the year

What is *not* a date here: durations ("six months", "a fortnight"), times of day ("half
seven"), ordinals that count something ("the third time", "my second year", "the tenth
floor"), a month on its own ("in May", which says little), "May" the name or the modal and
"march" the verb (months must be capitalised and come with a day or a year), and a bare year
("in twenty nineteen I moved"), which is no more identifying than the written "2019" the
written-date recognizer also leaves. Spans follow the corpus conventions: a leading "the" before
the day is outside the span ("the [fifth of December]"), inside it after a weekday or month
("[Tuesday the ninth]", "[December the fifth]").
"""
from __future__ import annotations

import datetime
import re

from vault.anonymise.calendar_words import (
    DAY_ORDINAL_UNITS,
    DAY_ORDINALS_ALONE,
    MONTH_ABBREVIATIONS,
    MONTH_SHORT_FORMS,
    MONTH_STARTS,
    MONTH_TABLE,
    MONTHS,
    UNAMBIGUOUS_LOWER_MONTHS,
    WEEKDAY_STEMS,
    WEEKDAYS,
    alternation,
    capital_either_case,
    lowered,
)
from vault.anonymise.ner_dates import COUNTED_NOUNS
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.calendars import (
    AMBIGUOUS,
    FOREIGN_MONTHS,
    loosened_lines,
    lower,
    word_starts,
    words_of,
)
from vault.anonymise.spoken.numbers import (
    TEEN_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    NumberRun,
    number_runs,
    stretches,
)
from vault.anonymise.spoken.turns import LABEL_WORDS
from vault.anonymise.wordlists import BIRTH_WORDS, DATE_OF_BIRTH_WORDS, YEAR_OF_BIRTH_WORDS

__all__ = ["DATE_PUT_RIGHT", "MONTH_PUT_RIGHT", "find_dates"]

DETECTOR = "spoken_date"

_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ORD_UNIT = r"(?:" + alternation(DAY_ORDINAL_UNITS) + r")"
#: "tenth" ... "nineteenth", "twentieth", "thirtieth"
_ORD_ALONE = alternation(DAY_ORDINALS_ALONE)
_ORD_WORD = (r"(?i:(?:twenty[- \t]?" + _ORD_UNIT + r"|thirty[- \t]?first|" + _ORD_ALONE + r"|"
             + _ORD_UNIT + r"))(?![\w-])")
_ORD_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)\b"
_DAY = r"(?:" + _ORD_WORD + r"|" + _ORD_NUM + r")"
# capitalised months (abbreviations too); lower-case only where unambiguous (not may/march)
_MONTH = (r"(?:(?:" + alternation(MONTHS) + r")\b|(?:" + alternation(MONTH_ABBREVIATIONS) + r")\b\.?|"
          r"(?:" + alternation(UNAMBIGUOUS_LOWER_MONTHS) + r")\b)")
#: "Monday", "Tues", "Wednes": the stems a weekday pattern adds "day" to, capitalised or not
_WEEKDAY_STEM = alternation(WEEKDAY_STEMS)
_WEEKDAY_STEM_LOWER = alternation(lowered(WEEKDAY_STEMS))
_WEEKDAY = r"(?:(?:" + _WEEKDAY_STEM + r")day|(?:" + _WEEKDAY_STEM_LOWER + r")day)\b"
_YEAR_WORDS = (r"(?i:nineteen[- \t](?:oh[- \t]" + _UNIT + r"|" + _TEEN + r"|" + _TENS
               + r"(?:[- \t]" + _UNIT + r")?)"
               # "nineteen and eighty-nine", "nineteen hundred and sixty", "nineteen hundred"
               r"|nineteen[ \t]+(?:hundred[ \t]+)?and[ \t]+(?:" + _TENS + r"(?:[- \t]" + _UNIT
               + r")?|" + _TEEN + r"|" + _UNIT + r")|nineteen[ \t]+hundred"
               r"|twenty[- \t](?:oh[- \t]" + _UNIT + r"|" + _TEEN + r"|twenty(?:[- \t]" + _UNIT
               + r")?|thirty)"
               r"|two[- \t]thousand(?:,?[ \t]+(?:and[ \t]+)?(?:twenty(?:[- \t]" + _UNIT + r")?|"
               + _TEEN + r"|" + _UNIT + r"))?)(?![\w-])")
#: a year as speech recognition writes "two thousand and seventeen": "2000 and 17"
_CAPTION_YEAR = r"2000[ \t]+and[ \t]+(?:[1-4]\d|[1-9])(?![\w'’-]|[.,:]\d)"
_YEAR = r"(?:" + _CAPTION_YEAR + r"|(?:19|20)\d\d(?!\d)|['’]\d\d\b|" + _YEAR_WORDS + r")"
#: a year read digit by digit: "one nine six four", "two oh one one"
_YEAR_DIGITS = (r"(?i:one[- \t,]+nine|two[- \t,]+(?:oh|zero|nought|o))(?:[- \t,]+(?i:oh|zero|nought|"
                + r"o|one|two|three|four|five|six|seven|eight|nine)){2}(?![\w-])")
#: after a month, the years only a date says so: "March oh nine", "June of oh three" (the
#: century left out), "August two oh one five" (read digit by digit)
_YEAR_OF_MONTH = (r"(?:" + _YEAR + r"|" + _YEAR_DIGITS + r"|(?i:oh|nought)[- \t]" + _UNIT
                  + r"(?![\w-]))")
# after a day and a month, a two-word year ("the fifth of May, eighty-four") ending the clause
_YEAR_AFTER_DAY = (r"(?:" + _YEAR_DIGITS + r"|" + _YEAR + r"|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                   r"ninety)(?:[- \t]" + _UNIT + r")?|oh[- \t]" + _UNIT + r")(?=[ \t]*[,.;:?!]|"
                   r"[ \t]*$))")
_FILL = r"(?:[ \t]*,?[ \t]+(?:(?i:um|er|erm|uh)[,.]?[ \t]+)?)"

#: what may follow "December fifth" when no comma or year does: the clause goes on
_CLAUSE_AFTER_DAY = (r"(?i:and|when|at|in|I|we|he|she|they|it|was|is|that|this|last|next|"
                     r"because|but|so|or|until|till|to|through|onwards|then|morning|afternoon|"
                     r"evening|night)\b")

# A pattern that opens with a lookbehind gets no fast scan for its first character; these
# lookaheads give it one (about twice as fast on transcripts).
_STARTS_DAY = r"(?=[0-9FfSsTtEeNnMmWw])"
_STARTS_MONTH = r"(?=[JjFfMmAaSsOoNnDdTtWw])"

#: a typed date with the month as a word or an abbreviation, any separator: "14-Jan-1981",
#: "14.Jan.81", "14/January/1981", "14 Jan. 81"
_TYPED_MONTH = (r"(?:[12]\d|3[01]|0?[1-9])(?P<sep>[-/. ])(?:" + alternation(MONTH_SHORT_FORMS) + r"|"
                + alternation(m.upper() for m in MONTH_SHORT_FORMS) + r")[a-z]*\.?"
                r"(?P=sep)?[ \t]?(?:(?:19|20)\d\d|\d\d)(?![\w-])")

#: a typed day, a month and a two-digit year ending the clause: "3 April, 81"
_TYPED_DAY_SHORT_YEAR = (r"(?:[12]\d|3[01]|0?[1-9])[ \t]+" + _MONTH + r",?[ \t]+['’]?\d\d"
                         r"(?=[ \t]*[,.;:!?)]|[ \t]*$)")

#: "of" as it is said and written in dialect: "the fourteenth o' February", "the eighth o May"
_OF = r"(?:of|o['’]|o(?=[ \t]+[A-Z]))"

_PATTERNS: list[tuple[re.Pattern[str], float]] = [
    (re.compile(r"(?=\d)(?<![\w-])" + _TYPED_MONTH), 0.9),
    (re.compile(r"(?=\d)(?<![\w-])" + _TYPED_DAY_SHORT_YEAR, re.MULTILINE), 0.85),
    # [Tuesday (the)] fifth (of) December [twenty nineteen]
    (re.compile(_STARTS_DAY + r"(?<![\w-])(?:" + _WEEKDAY + r",?[ \t]+(?:the[ \t]+)?)?" + _DAY
                + r"(?:[ \t]+" + _OF + r")?[ \t]+" + _MONTH + r"(?:" + _FILL + _YEAR_AFTER_DAY
                + r"|,?[ \t]+in[ \t]+(?:the[ \t]+year[ \t]+)?" + _YEAR + r")?", re.MULTILINE), 0.9),
    # [Tuesday,] December the fifth [, twenty nineteen]; December 5th; December fifth.
    (re.compile(_STARTS_MONTH + r"(?<![\w-])(?:" + _WEEKDAY + r",?[ \t]+)?" + _MONTH + r"(?:,?[ \t]+the[ \t]+"
                + _DAY + r"|[ \t]+" + _ORD_NUM + r"|[ \t]+" + _ORD_WORD + r"(?=[ \t]*[,.;:?!)—–]|[ \t]*$|"
                + _FILL + _YEAR + r"|[ \t]+" + _CLAUSE_AFTER_DAY + r"))(?:" + _FILL + _YEAR_AFTER_DAY
                + r")?", re.MULTILINE), 0.9),
    # September twenty twenty; March of two thousand and nineteen
    (re.compile(_STARTS_MONTH + r"(?<![\w-])" + _MONTH + r"(?:,?[ \t]+of)?" + _FILL + _YEAR_OF_MONTH),
     0.9),
    # Tuesday the ninth
    (re.compile(_STARTS_MONTH + r"(?<![\w-])" + _WEEKDAY + r",?[ \t]+the[ \t]+" + _DAY), 0.9),
]

# the month as an ordinal, as dates of birth are often read: "the fifth of the twelfth,
# eighty-four"; needs a year or date-of-birth talk just before
_ORD_MONTH = (r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
              r"twelfth|0?[1-9]th|1[0-2]th|0?1st|0?2nd|0?3rd)(?![\w-])")
_NUMERIC_MONTH = re.compile(_STARTS_DAY + r"(?<![\w-])" + _DAY + r"[ \t]+of[ \t]+the[ \t]+"
                            + _ORD_MONTH + r"(?P<year>" + _FILL + r"(?:" + _YEAR + r"|(?i:"
                            + r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \t]"
                            + _UNIT + r")?|" + _TEEN + r"|(?:oh|zero|nought)[- \t]" + _UNIT
                            + r")(?![\w-])))?")

# a year of birth: "born in nineteen eighty-four"; the year alone is the span
_SHORT_YEAR = (r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \t]" + _UNIT
               + r")?|oh[- \t]" + _UNIT + r")(?![\w-])")
#: a month said alone and then put right by a date ("January, scratch that, July the eleventh")
MONTH_PUT_RIGHT = re.compile(r"(?<![\w'’-])" + _MONTH)
#: what puts a date right after a correction word ("the ninth of January -- sorry -- March";
#: "born nineteen eighty-one, I mean, eighty-two"): a month (and its day), or a year, ending its
#: clause, so "the ninth of March, no, eighty people came" is no date put right
DATE_PUT_RIGHT = re.compile(r"(?:" + _MONTH + r"(?:,?[ \t]+the[ \t]+" + _DAY + r")?|" + _YEAR + r"|"
                            + _SHORT_YEAR + r")(?=[ \t]*(?:[,.;:?!—–]|$))", re.MULTILINE)

_BIRTH_YEAR = re.compile(r"(?=[BbYy])(?i:\bborn[ \t]+(?:in[ \t]+)?(?:the[ \t]+year[ \t]+)?"
                         # "born in the spring of", "born in Leeds in": a few words between
                         r"(?:(?:in|on|at|the|of|spring|summer|autumn|winter|year|early|late|middle|"
                         r"start|end|back|(?-i:[A-Z][a-z]+))[ \t]+){0,4}|\b" + YEAR_OF_BIRTH_WORDS
                         + r"(?:[ \t]+(?:is|was))?[,:]?[ \t]+)(?:(?i:um|er|erm)[,.]?[ \t]+)?(?P<year>"
                         + _YEAR_DIGITS + r"|" + _YEAR + r"|['’]?" + _SHORT_YEAR + r"(?=[ \t]*[,.;:!?)—–]|[ \t]*$|[ \t]+(?i:and|but|so|when|"
                         r"which|in|the|I|my|we|he|she|if|or)\b))", re.MULTILINE)
#: a question about when someone was born, and the year that answers it (after the speaker
#: label, a timestamp, an interjection)
_BIRTH_QUESTION = re.compile(r"(?=[BbYy])(?i:\b(?:born|" + YEAR_OF_BIRTH_WORDS + r")\b)"
                             r"[^?\n]{0,60}\?|"
                             # a form's prompt read out, the turn ended without a mark: "Year of
                             # birth, just the year." (not "I was born in Leeds.": a statement)
                             r"^[^\n:]{0,40}:[ \t]*(?i:" + YEAR_OF_BIRTH_WORDS + r")"
                             r"[^?.\n]{0,30}[.:]?[ \t]*(?=\r?\n)", re.MULTILINE)
_YEAR_ANSWER = re.compile(r"[ \t]*(?:\r?\n)*[ \t]*(?:\[[^\]\n]{0,40}\]:?[ \t]*)?(?:"
                          + LABEL_WORDS + r":[ \t]*)?(?:\[[^\]\n]{0,40}\][ \t]*)?(?:(?i:um|er|erm|uh|oh|well|so|yeah|"
                          r"it['’]s|it[ \t]+was|I[ \t]+was|in|the[ \t]+year)[,.]?[ \t]+){0,3}(?P<year>" + _YEAR_DIGITS + r"|" + _YEAR + r"|"
                          + _SHORT_YEAR + r"|['’]" + _SHORT_YEAR + r")(?=[ \t]*[,.;!?]|[ \t]*$)",
                          re.MULTILINE)

# a day on its own ("the tenth"), when what follows does not make it a count
_DAY_ONLY = re.compile(_STARTS_DAY + r"(?<=[Tt]he[ \t])" + _DAY)
_DAY_FOLLOW = re.compile(
    r"[ \t]*(?:$|[,.;:?!)\]\"”]|[—–]|-[ \t]"
    r"|[ \t]+of[ \t]+(?:that|this|next|last|the)[ \t]+month\b"
    r"|[ \t]+of[ \t]*[,.;:?!—–]"
    r"|[ \t]+(?i:I|I'd|I'm|we|he|she|they|it|was|is|wasn't|isn't|would|maybe|probably|actually|"
    r"then|at|when|because|so|but|which|that|definitely|right|yeah|surely|though|"
    r"sorry|no|yes|um|er|erm|uh)\b)", re.MULTILINE)
_DAY_RE = re.compile(_DAY)
_OR_DAY = re.compile(r",?[ \t]+(?:or|and|to)[ \t]+(?:(?i:maybe|perhaps|possibly|probably)[ \t]+)?"
                     r"(?:the[ \t]+)?(?=" + _DAY + r")")
_MONTH_RE = re.compile(_MONTH)
_DATE_TALK = re.compile(r"(?i)\b(?:date|dated|birthday|anniversary|deadline|which day|what day|"
                        r"did you say|was that)\b")
_DAY_ONLY_CONTEXT = 160

#: the clause ends after "the fifth of the twelfth": no noun follows, so it is a date
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:?!)—–]|$)", re.MULTILINE)
#: a preposition of time before "the fifth of the third": "on the", "from the", "by the"
_ON_THE = re.compile(r"(?i)\b(?:on|from|by|until|till|since|before|after)[ \t]+the[ \t]+\Z")
_DOB_CONTEXT = re.compile(r"(?i)\b(?:" + DATE_OF_BIRTH_WORDS + r"|born)")


# -- round 8: dates said with cardinal days, year first, with "slash"/"stroke", as holidays --

_CARD_WORD = (r"(?i:(?:twenty|thirty)(?:[- \t](?:one|two|three|four|five|six|seven|eight|nine))?"
              r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
              r"|one|two|three|four|five|six|seven|eight|nine)(?![\w-])")
_TENS_WORD = (r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \t](?:one|two|"
              r"three|four|five|six|seven|eight|nine))?)(?![\w-])")
#: where a date said without "of" or a year may end: punctuation, or the clause goes on
_DATE_END = (r"(?=[ \t]*[,.;:?!)\]—–]|[ \t]*$|[ \t]+(?-i:[A-Z][A-Za-z]*:)|[ \t]+" + _CLAUSE_AFTER_DAY
             + r")")
_MONTH_NO_POSS = r"(?:" + _MONTH + r")(?!['’])"
#: a cardinal day and a month: "the twenty of July", "nine of August, twenty twenty", "twenty-one
#: June", "Eight November sixty-seven" (a day said as a count, as many speakers do)
_CARDINAL_DOM = re.compile(
    r"(?=[TtOoFfSsEeNn])(?<![\w-])" + _CARD_WORD + r"(?:[ \t]+of)?[ \t]+" + _MONTH_NO_POSS
    + r"(?:" + _FILL + _YEAR_AFTER_DAY + r"|" + _DATE_END + r")", re.MULTILINE)
_CARDINAL_DOM_OF = re.compile(
    r"(?=[TtOoFfSsEeNn])(?<![\w-])" + _CARD_WORD + r"[ \t]+of[ \t]+" + _MONTH_NO_POSS
    + r"(?:" + _FILL + _YEAR_AFTER_DAY + r")?", re.MULTILINE)
#: a month and a cardinal ("March twelve", "June twenty") or a two-word year ("January
#: eighty-four", "November sixty eight"), where the clause ends: "March twenty people" does not
_MONTH_CARDINAL = re.compile(
    _STARTS_MONTH + r"(?<![\w-])" + _MONTH_NO_POSS + r"[ \t]+(?:" + _TENS_WORD + r"|" + _CARD_WORD
    + r")" + _DATE_END, re.MULTILINE)
#: a date of birth said year first: "eighty-two, September, eleven", "Nineteen eighty nine, July,
#: the fifth"; with the month as a number only after date-of-birth talk
_YEAR_FIRST = re.compile(
    r"(?=[TtOoFfSsEeNn])(?<![\w-])(?P<year>" + _YEAR_WORDS + r"|" + _SHORT_YEAR + r"),?[ \t]+"
    r"(?:(?P<month>" + _MONTH_NO_POSS + r")|(?P<mnum>" + _CARD_WORD + r")),?[ \t]+(?:the[ \t]+)?"
    r"(?P<day>" + _ORD_WORD + r"|" + _CARD_WORD + r")" + r"(?=[ \t]*[,.;:?!)\]—–]|[ \t]*$|[ \t]+(?i:and|"
    r"I|my|but|so|which|the|is|was)\b|[ \t]+(?-i:[A-Z][A-Za-z]*:))", re.MULTILINE)
_SPOKEN_DIGIT = r"(?i:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)"
_SLASH_PART = (r"(?:" + _SPOKEN_DIGIT + r"(?:[- \t]+" + _SPOKEN_DIGIT + r"){1,3}(?![\w-])|"
               + _TENS_WORD + r"|" + _CARD_WORD + r")")
#: a date dictated with its separators: "nine slash seven slash sixty", "twenty-seven stroke
#: eight stroke nineteen", "oh nine slash one two slash eight four"
_SLASHED = re.compile(
    r"(?=[TtOoFfSsEeNnZz])(?<![\w-])(?P<d>" + _SLASH_PART + r")[ \t]+(?i:slash|stroke|oblique)[ \t]+"
    r"(?P<m>" + _SLASH_PART + r")[ \t]+(?i:slash|stroke|oblique)[ \t]+(?P<y>" + _SLASH_PART + r")")
#: a numeric date read aloud off a letter or a wristband, group by group with no "slash": "ten
#: zero seven two thousand and twenty-four", "thirteen, oh four, nineteen eighty", "oh three,
#: nought nine, 2011" -- the month said as two digits ("zero seven", "one one") is the tell; the
#: year is a whole year
_READ_MONTH = (r"(?i:(?:zero|oh|nought|o)[- \t]+(?:one|two|three|four|five|six|seven|eight|nine)|"
               r"one[- \t]+(?:zero|oh|nought|o|one|two))(?![\w-])")
_READ_DAY = (r"(?:(?i:(?:zero|oh|nought|o)[- \t]+(?:one|two|three|four|five|six|seven|eight|nine)|"
             r"(?:one|two)[- \t]+(?:zero|oh|nought|o|one|two|three|four|five|six|seven|eight|nine)|"
             r"three[- \t]+(?:zero|oh|nought|o|one))(?![\w-])|" + _CARD_WORD + r")")
_READ_GAP = r"(?:[ \t]*[,.–—-]?[ \t]+)"
_READ_OUT = re.compile(
    r"(?=[TtOoFfSsEeNnZz])(?<![\w'’-])(?P<d>" + _READ_DAY + r")" + _READ_GAP + r"(?P<m>" + _READ_MONTH
    + r")" + _READ_GAP + r"(?P<y>" + _CAPTION_YEAR + r"|(?:19|20)\d\d(?![\w-])|" + _YEAR_WORDS + r")")
_O_AS_OH = re.compile(r"(?i)\bo\b")
_NUMBER_WORD_BEFORE = re.compile(r"(?i:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|"
                                 r"ten|eleven|twelve|double|treble|triple|\d)[ \t,.–—-]*\Z")


def _read_out(text: str) -> list[Finding]:
    findings = []
    for m in _READ_OUT.finditer(text):
        day, month = (_words_number(_O_AS_OH.sub("oh", m.group(g))) for g in ("d", "m"))
        if day is None or month is None or not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            continue
        if _NUMBER_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # the tail of a longer number read out
        findings.append(Finding(m.start(), m.end(), "DATE", 0.85, DETECTOR))
    return findings


#: a typed date with a roman-numeral month: "21.ix.2015", "19.iv.09"
_ROMAN_DATE = re.compile(
    r"(?=\d)(?<![\w.])(?:[12]\d|3[01]|0?[1-9])\.(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2}|I{1,3}|IV|VI{0,3}|"
    r"IX|XI{0,2})\.(?:(?:19|20)\d\d|\d\d)(?!\w|\.\d)")
_APOS = r"['’]?"
#: a holiday fixed to one day of the year is a date on its own ("Boxing Day", "Hogmanay")
_FIXED_HOLIDAY = (r"(?:Christmas[ \t]+(?:Day|Eve)|Boxing[ \t]+Day|New[ \t]+Year" + _APOS + r"s?[ \t]+"
                  r"(?:Day|Eve)|Hogmanay|Hallowe" + _APOS + r"en|Valentine" + _APOS + r"s?[ \t]+Day|"
                  r"(?:St\.?|Saint)[ \t]+(?:Patrick|Andrew|David|George|Stephen|Swithin|Dwynwen)"
                  + _APOS + r"s?[ \t]+Day|Bonfire[ \t]+Night|Guy[ \t]+Fawkes(?:[ \t]+Night)?|"
                  r"Burns[ \t]+Night|Armistice[ \t]+Day|Remembrance[ \t]+Day|Midsummer" + _APOS
                  + r"s?[ \t]+(?:Day|Eve)|Twelfth[ \t]+Night|(?:Lammas|Candlemas|Michaelmas)(?![ \t]+(?i:term|"
                  r"semester)\b))(?![\w-])")
#: a movable feast names a day only with its year ("Easter Monday twenty fourteen")
_MOVABLE_HOLIDAY = (r"(?:Easter(?:[ \t]+(?:Sunday|Monday|Saturday|Day))?|Good[ \t]+Friday|Maundy[ \t]+"
                    r"Thursday|Palm[ \t]+Sunday|Shrove[ \t]+Tuesday|Pancake[ \t]+Day|Ash[ \t]+Wednesday|"
                    r"Mothering[ \t]+Sunday|Mother" + _APOS + r"s?[ \t]+Day|Father" + _APOS
                    + r"s?[ \t]+Day|Whit(?:sun)?(?:[ \t]+(?:Sunday|Monday))?|Remembrance[ \t]+Sunday|"
                    r"Thanksgiving|Diwali|Eid(?:[ \t-]+al[ \t-]+(?:Fitr|Adha))?|Yom[ \t]+Kippur|Passover|"
                    r"Rosh[ \t]+Hashanah|(?:Chinese|Lunar)[ \t]+New[ \t]+Year|(?:(?:[Ee]arly|[Ll]ate)"
                    r"[ \t]+)?(?:May|August|[Ss]pring|[Ss]ummer|Easter|Whitsun)[ \t]+[Bb]ank[ \t]+"
                    r"[Hh]oliday(?:[ \t]+Monday)?)(?![\w-])")
_HOLIDAY_YEAR = r"(?:,?[ \t]+(?:(?:of|in)[ \t]+)?(?:" + _YEAR + r"))"
_HOLIDAY = re.compile(r"(?=[A-Z])(?<![\w-])(?:(?P<fixed>" + _FIXED_HOLIDAY + r")" + _HOLIDAY_YEAR
                      + r"?|" + _MOVABLE_HOLIDAY + _HOLIDAY_YEAR + r")")


def _words_number(words: str) -> str | None:
    """The digits of a short number said in words: "twenty-seven" -> "27", "oh nine" -> "09"."""
    tokens = re.split(r"[- \t]+", words.lower().strip())
    if all(t in UNIT_WORDS for t in tokens):
        return "".join(str(UNIT_WORDS[t]) for t in tokens)
    if len(tokens) == 1 and tokens[0] in TEEN_WORDS:
        return str(TEEN_WORDS[tokens[0]])
    if tokens[0] in TENS_WORDS and (len(tokens) == 1 or (len(tokens) == 2 and tokens[1] in UNIT_WORDS
                                                         and UNIT_WORDS[tokens[1]] > 0)):
        return str(TENS_WORDS[tokens[0]] + (UNIT_WORDS[tokens[1]] if len(tokens) == 2 else 0))
    return None


def _slashed(text: str) -> list[Finding]:
    findings = []
    for m in _SLASHED.finditer(text):
        day, month, year = (_words_number(m.group(g)) for g in ("d", "m", "y"))
        if day is None or month is None or year is None or len(year) not in (1, 2, 4):
            continue
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            findings.append(Finding(m.start(), m.end(), "DATE", 0.85, DETECTOR))
    return findings


def _year_first(text: str) -> list[Finding]:
    findings = []
    for m in _YEAR_FIRST.finditer(text):
        day = _words_number(m.group("day")) if m.group("day")[-2:].lower() not in (
            "th", "st", "nd", "rd") else "1"
        if day is None or not 1 <= int(day) <= 31:
            continue
        if m.group("mnum") is not None:
            month = _words_number(m.group("mnum"))
            if month is None or not 1 <= int(month) <= 12 or not (
                    _DOB_CONTEXT.search(text, max(0, m.start() - 160), m.start())
                    or _DATE_TALK.search(text, max(0, m.start() - 160), m.start())
                    or re.search(r"(?i)\byear[ \t]+first\b", text[max(0, m.start() - 80):m.start()])):
                continue
        findings.append(Finding(m.start(), m.end(), "DATE", 0.85, DETECTOR))
    return findings


def _round8(text: str) -> list[Finding]:
    findings = [Finding(m.start(), m.end(), "DATE", 0.85, DETECTOR)
                for pattern in (_CARDINAL_DOM, _CARDINAL_DOM_OF, _MONTH_CARDINAL)
                for m in pattern.finditer(text)]
    if "." in text:
        findings.extend(Finding(m.start(), m.end(), "DATE", 0.85, DETECTOR)
                        for m in _ROMAN_DATE.finditer(text))
    findings.extend(Finding(m.start(), m.end(), "DATE", 0.8 if m.group("fixed") else 0.85,
                            DETECTOR) for m in _HOLIDAY.finditer(text))
    if "slash" in text or "stroke" in text or "oblique" in text:
        findings.extend(_slashed(text))
    findings.extend(_year_first(text))
    findings.extend(_read_out(text))
    return findings


def _day_follow_ok(text: str, end: int, depth: int = 0) -> bool:
    """What follows a lone ordinal lets it be a day: punctuation, a clause, "of that month",
    or "or the eleventh" (itself followed by something that lets it be a day)."""
    alt = _OR_DAY.match(text, end)
    if alt is not None and depth < 2:
        nxt = _DAY_RE.match(text, alt.end())
        if nxt is not None:
            return _day_follow_ok(text, nxt.end(), depth + 1)
    return _DAY_FOLLOW.match(text, end) is not None


def _day_only(text: str) -> list[Finding]:
    findings = []
    for match in _DAY_ONLY.finditer(text):
        if not _day_follow_ok(text, match.end()):
            continue
        before = text[max(0, match.start() - _DAY_ONLY_CONTEXT):match.start()]
        after = text[match.end():match.end() + 80]
        if _MONTH_RE.search(before) or _MONTH_RE.search(after):
            score = 0.7
        elif _DATE_TALK.search(before[-100:]) or _DATE_TALK.search(after[:60]):
            score = 0.6
        else:
            continue
        findings.append(Finding(match.start(), match.end(), "DATE", score, DETECTOR))
        # the day said as one of two: "the ninth, or maybe the twelfth", "the third or fourth"
        alt = _OR_DAY.match(text, match.end())
        other = _DAY_RE.match(text, alt.end()) if alt is not None else None
        if other is not None and _day_follow_ok(text, other.end()):
            findings.append(Finding(other.start(), other.end(), "DATE", score, DETECTOR))
    return findings


def _valid_dmy(digits: str) -> bool:
    if len(digits) == 6:
        day, month, year = int(digits[:2]), int(digits[2:4]), 1900 + int(digits[4:])
    elif len(digits) == 8:
        day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        if not 1900 <= year <= 2099:
            return False
    else:
        return False
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _spoken_dob(text: str, runs: list[NumberRun]) -> list[Finding]:
    """A date of birth read out as digits: "oh three, oh five, eighty-four"."""
    findings = []
    for run in runs:
        if len(run.items) < 3 or not _DOB_CONTEXT.search(text, max(0, run.start - 160),
                                                          run.start):
            continue
        for i, j, digits in stretches(run.items, 8):
            if j - i >= 3 and digits.isdigit() and _valid_dmy(digits):
                findings.append(Finding(run.items[i].start, run.items[j - 1].end, "DATE", 0.9,
                                        DETECTOR))
        for i in range(len(run.items) - 2):  # "four, five, eighty-four": day, month, year
            day, month, year = (item.digits for item in run.items[i:i + 3])
            if i + 3 < len(run.items) and len(year) == 2 and year in ("19", "20") and \
                    len(run.items[i + 3].digits) == 2 and len(day) <= 2 and len(month) <= 2 and \
                    _valid_dmy(day.zfill(2) + month.zfill(2) + year + run.items[i + 3].digits):
                # the year said in two words: "nine, six, nineteen (and) seventy-two"
                findings.append(Finding(run.items[i].start, run.items[i + 3].end, "DATE", 0.85,
                                        DETECTOR))
                continue
            if len(day) <= 2 and len(month) <= 2 and len(year) in (2, 4) and \
                    _valid_dmy(day.zfill(2) + month.zfill(2) + year):
                findings.append(Finding(run.items[i].start, run.items[i + 2].end, "DATE", 0.85,
                                        DETECTOR))
    return findings


def _year_answers(text: str) -> list[Finding]:
    """A year answering a question about birth: "What year were you born? -- Nineteen
    eighty-four." / "Year of birth? -- Eighty-four."."""
    findings = []
    for question in _BIRTH_QUESTION.finditer(text):
        answer = _YEAR_ANSWER.match(text, question.end())
        if answer is not None:
            findings.append(Finding(answer.start("year"), answer.end("year"), "DATE", 0.8,
                                    DETECTOR))
    return findings


def find_dates(text: str, runs: list[NumberRun]) -> list[Finding]:
    """Spoken and month-first dates in ``text`` (``runs`` from ``number_runs(text)``), also
    those said with a stammer, a restart, a filler or a pause inside ("the f-f-fifth of June",
    "the fifth of -- um -- June", "nineteen eighty- eighty-four"): each line holding one is
    read again without them."""
    findings = _find_dates(text, runs)
    findings.extend(_round12(text, findings))
    findings.extend(_rest_of_date(text, findings))
    for line, starts, ends in loosened_lines(text):
        findings.extend(Finding(starts[f.start], ends[f.end - 1], f.entity, f.score, f.detector)
                        for f in _find_dates(line, number_runs(line)) if f.end > f.start)
    return findings


def _find_dates(text: str, runs: list[NumberRun]) -> list[Finding]:
    findings = [Finding(m.start(), m.end(), "DATE", score, DETECTOR)
                for pattern, score in _PATTERNS for m in pattern.finditer(text)]
    findings.extend(Finding(m.start(), m.end(), "DATE", 0.85, DETECTOR)
                    for m in _NUMERIC_MONTH.finditer(text)
                    if m.group("year") or _DOB_CONTEXT.search(text, max(0, m.start() - 80),
                                                              m.start())
                    or _DATE_TALK.search(text, max(0, m.start() - 100), m.start())
                    or _ON_THE.search(text, max(0, m.start() - 12), m.start())
                    or _CLAUSE_END.match(text, m.end()))
    findings.extend(Finding(m.start("year"), m.end("year"), "DATE", 0.8, DETECTOR)
                    for m in _BIRTH_YEAR.finditer(text))
    findings.extend(_day_only(text))
    findings.extend(_spoken_dob(text, runs))
    findings.extend(_year_answers(text))
    findings.extend(_round8(text))
    findings.extend(_round11(text))
    # a cluster adds what the phrase patterns above did not find
    findings.extend(c for c in _calendar_clusters(text)
                    if not any(f.start <= c.start and c.end <= f.end for f in findings))
    findings.extend(_hedged(text, findings))
    return findings


# -- round 9: a calendar cluster, by shape: two kinds of calendar part close together --------

#: one calendar part: a month, a weekday, a named day, a year, an ordinal day, a season, a
#: small number (a day or a two-word year only beside a month)
_PART = re.compile(
    r"(?:(?<![\w'’-])|(?<=\b(?i:mid)-))(?:(?P<M>" + _MONTH + r")|(?P<W>" + _WEEKDAY + r")|(?P<H>" + _FIXED_HOLIDAY + r"|"
    + _MOVABLE_HOLIDAY + r"|Christmas|Easter|New[ \t]+Year)|(?P<Y>" + _YEAR + r")|(?P<D>" + _DAY
    + r")|(?P<S>(?i:spring|summer|autumn|winter))\b|(?P<N>" + _TENS_WORD + r"|" + _CARD_WORD
    + r"|\d{1,2}(?![\w:.,/]\d)))")
#: what may stand between two parts of one date: fillers, little words, a bracketed tag, and
#: at most one other word; never a duration, a sentence's end or a line break
_GAP_WORD = re.compile(r"(?i)(?:the|of|in|on|at|a|that|was|it|is|it['’]s|I|think|mean|er|erm|um|uh|"
                       r"like|sorry|no|yes|yeah|so|and|then|say|said|hm|mm|or|maybe|about|around|"
                       r"early|late|mid|back|\[[^\]\n]{0,30}\])\Z")
_GAP_TOKEN = re.compile(r"\[[^\]\n]{0,30}\]|[\w'’]+")
_DURATION_WORD = re.compile(r"(?i)(?:years?|months?|weeks?|days?|fortnights?|hours?|minutes?|"
                            r"ago|since|until|till|to|from|times?|old|every|each|per|later|earlier|"
                            r"floors?|patients?|people|pages?|rooms?|beds?)\Z")
_CLUSTER_GAP = 40
#: what every date this finder accepts holds (a year, a small number, an ordinal said in
#: words is a date only beside one): the parts are read only near these, which keeps it cheap
_ANCHOR = re.compile(r"(?=[A-Z0-9a-z])(?<![\w'’])(?:" + alternation(MONTHS) + r"|"
                     + alternation(start for start in MONTH_STARTS if start not in MONTHS) + r"|(?:"
                     + alternation(capital_either_case(WEEKDAY_STEMS)) + r")day|"
                     r"Christmas|Easter|Day|Eve|Night|Hogmanay|Hallowe|Whit|Lammas|Candlemas|"
                     r"Michaelmas|Passover|Diwali|Eid|Thanksgiving|Rosh|Yom|[Bb]ank|[Ss]pring|"
                     r"[Ss]ummer|[Aa]utumn|[Ww]inter|\d\d?(?:st|nd|rd|th)|"
                     + alternation(UNAMBIGUOUS_LOWER_MONTHS) + r")")
_WINDOW = 100


def _parts(text: str) -> list[re.Match[str]]:
    """The calendar parts of ``text``, read only near an anchor."""
    parts: list[re.Match[str]] = []
    reach = 0
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < reach:
            continue
        start = max(reach, anchor.start() - _WINDOW)
        reach = anchor.end() + _WINDOW
        more = _ANCHOR.search(text, anchor.end(), reach)
        while more is not None:  # windows that touch are read as one
            reach = more.end() + _WINDOW
            more = _ANCHOR.search(text, more.end(), reach)
        while start > 0 and not text[start - 1].isspace():  # whole words only
            start -= 1
        reach = min(reach, len(text))
        while reach < len(text) and not text[reach].isspace():
            reach += 1
        for part in _PART.finditer(text, start, reach):
            if not parts or part.start() >= parts[-1].end():
                parts.append(part)
    return parts


def _gap_ok(gap: str) -> bool:
    if "\n" in gap or re.search(r"[.?!](?:[ \t]|\Z)", gap) and "..." not in gap and "…" not in gap:
        return False
    words = _GAP_TOKEN.findall(gap)
    if len(words) > 4:
        return False
    others = [w for w in words if not _GAP_WORD.match(w)]
    return len(others) <= 1 and not any(_DURATION_WORD.match(w) for w in words)  # "from X to Y": two


_RECURRING = re.compile(r"(?i)\b(?:every|each|most|some|other|alternate)[ \t]+\Z")
_NEXT_WORD = re.compile(r"[ \t]+(?P<w>[a-z][\w'’-]*)")


def _counting(text: str, end: int) -> bool:
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or _GAP_WORD.match(nxt.group("w")):
        return False
    part = _PART.match(text, nxt.start("w"))
    return part is None or part.lastgroup in ("N", "D")


_DATE_END_RE = re.compile(_DATE_END, re.MULTILINE)
_POSSESSIVE = re.compile(r"['’]s\b")
_TIGHT = re.compile(r"[ \t]*,?[ \t]*(?:(?:of|the|(?i:er|erm|um|uh)[,.]?|\[[^\]\n]{0,30}\])[ \t]*,?[ \t]*)*")


def _noun_after(text: str, end: int) -> bool:
    """Whether a lower-case word that is no calendar part and no little word follows."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and not _GAP_WORD.match(nxt.group("w")) \
        and _PART.match(text, nxt.start("w")) is None


def _loose(part: re.Match[str]) -> bool:
    """A small number or an ordinal in words: a date's part only tightly beside another."""
    return part.lastgroup == "N" or part.lastgroup == "D" and not part.group()[:1].isdigit()


def _other_word(gap: str) -> bool:
    return any(not _GAP_WORD.match(w) for w in _GAP_TOKEN.findall(gap))


def _cluster_date(parts: list[re.Match[str]]) -> bool:
    """Whether a run of calendar parts is a date: a month with a day or a year, a weekday with
    a day after it or a year, a named day or a season with a year, a typed ordinal with a year."""
    return _cluster_dates(parts)[-1]


def _cluster_dates(parts: list[re.Match[str]], *, backwards: bool = False) -> list[bool]:
    """:func:`_cluster_date` of each ``parts[:k]`` (of each ``parts[k:]`` when ``backwards``),
    for k from 0 to ``len(parts)``, in one walk over the parts (in the text's order): asking
    it again of the rest at each part dropped was quadratic in a run of thousands of parts
    ("the first of May, the first of May, ...")."""
    kinds: set[str | None] = set()
    weekday_then_day = typed_day = False
    bound = None  # forwards: the first weekday's start; backwards: the last day's start

    def verdict() -> bool:
        return bool("M" in kinds and kinds & {"D", "Y", "N"} or "W" in kinds and "Y" in kinds
                    or weekday_then_day or kinds & {"H", "S"} and "Y" in kinds
                    or "Y" in kinds and typed_day)

    out = [verdict()]
    for p in reversed(parts) if backwards else parts:
        kind = p.lastgroup
        kinds.add(kind)
        typed_day = typed_day or kind == "D" and p.group()[:1].isdigit()
        if backwards and kind == "D":
            bound = p.start() if bound is None else max(bound, p.start())
        if kind == "W" and backwards and bound is not None and p.start() < bound:
            weekday_then_day = True  # a day after this weekday
        if kind == "D" and not backwards and bound is not None and bound < p.start():
            weekday_then_day = True  # a weekday before this day
        if not backwards and kind == "W":
            bound = p.start() if bound is None else min(bound, p.start())
        out.append(verdict())
    return out[::-1] if backwards else out


def _calendar_clusters(text: str) -> list[Finding]:
    """Dates by their shape, whatever the words between: parts of two kinds close together
    ("the 4th, a Tuesday", "summer of '94", "June, the, er, fifth", "Tuesday 4th of July")."""
    findings = []
    run: list[re.Match[str]] = []

    def close() -> None:
        # a month before a noun ("June babies") or with a possessive ("May's") is no date
        kept = [p for p in run if p.lastgroup != "M" or not (
            _POSSESSIVE.match(text, p.end()) or _noun_after(text, p.end()))]
        # a small number, or an ordinal said in words, counts only right beside a month (or
        # a weekday, a year): "June five", "the fifth of, um, May"; not "May I was second"
        kept = [p for i, p in enumerate(kept) if not _loose(p) or any(
            (q.lastgroup == "M" or p.lastgroup == "D")
            and _TIGHT.fullmatch(text, min(p.end(), q.end()), max(p.start(), q.start()))
            for q in kept[max(0, i - 1):i] + kept[i + 1:i + 2])]  # its neighbours
        # an ordinal before a noun counts something: "the first session", "my second year"
        kept = [p for p in kept if p.lastgroup != "D" or not _counting(text, p.end())]
        # a weekday that recurs is no one day: "every Tuesday in 2015"
        kept = [p for p in kept if p.lastgroup != "W" or not _RECURRING.search(
            text, max(0, p.start() - 12), p.start())]
        # a small number or an ordinal word ending it must end the clause: "June third on call"
        while kept and _loose(kept[-1]) and not _DATE_END_RE.match(text, kept[-1].end()):
            kept.pop()
        # an end joined by an unknown word goes when the rest is a date without it ("the first
        # appointment was on the 2nd of Jan"), and so does an end that adds nothing: "the 4th of
        # May, and the second (day)", "at the Christmas do", "... 2013, a Friday"
        # (each verdict on what is left read from one walk: see _cluster_dates)
        dated, first_of = _cluster_dates(kept), dict[str | None, int]()
        for i, p in enumerate(kept):
            first_of.setdefault(p.lastgroup, i)
        end = len(kept)
        while end > 2 and dated[end - 1] and (_other_word(
                text[kept[end - 2].end():kept[end - 1].start()])
                or kept[end - 1].lastgroup in ("H", "W") or first_of[kept[end - 1].lastgroup] < end - 1):
            end -= 1
        kept = kept[:end]
        dated, first = _cluster_dates(kept, backwards=True), 0
        while len(kept) - first > 2 and dated[first + 1] and (_other_word(
                text[kept[first].end():kept[first + 1].start()]) or kept[first].lastgroup == "H"):
            first += 1
        kept = kept[first:]
        if len(kept) >= 2 and _cluster_date(kept):
            findings.append(Finding(kept[0].start(), kept[-1].end(), "DATE", 0.6, DETECTOR))

    for part in _parts(text):
        if run and not (part.start() - run[-1].end() <= _CLUSTER_GAP
                        and _gap_ok(text[run[-1].end():part.start()])):
            close()
            run = []
        run.append(part)
    if run:
        close()
    return findings


# -- round 11: dates relative to named days, star signs, hedged ranges, other languages, terms --

#: named days of the year beyond the British ones: a date with their year
_MORE_FEASTS = (r"Vaisakhi|Baisakhi|Holi|Navr?atri|Navaratri|Durga[ \t]+Puja|Dussehra|Dasara|Onam|"
                r"Pongal|Lohri|Raksha[ \t]+Bandhan|Rakhi|Janmashtami|Ganesh[ \t]+Chaturthi|"
                r"Deepavali|Deepawali|Divali|Ramadan|Ramzan|Ramazan|Ramadhan|Eid(?:[ \t-]+(?:al|ul|el)"
                r"[ \t-]+(?:Fitr|Adha|Adah|Azha|Zuha))?|Bakri[ \t]?[Ee]id|Bakrid|Mawlid|Milad|Ashura|"
                r"Nowruz|Norooz|Navroz|Nauroz|Songkran|Chuseok|Obon|Hanukk?ah|Chanukk?ah|Purim|"
                r"Sukkot|Shavuot|Pesach|Pentecost|Whitsuntide|Ascension[ \t]+Day|Corpus[ \t]+Christi|"
                r"Mardi[ \t]+Gras|Carnival|Carnaval|Kwanzaa|Vesak|Wesak|Gurpurab|Bandi[ \t]+Chhor|"
                r"Thaipusam|Hari[ \t]+Raya|Orthodox[ \t]+(?:Easter|Christmas)")
#: any named day ("Republic Day", "Waitangi Day", "Sports Day", "Guru Nanak Jayanti", "Black
#: Friday"): one or two capitalised words before a word that names a day or a feast
_NAMED_DAY = (r"(?:[A-Z][a-z'’]+[ \t]+){1,2}(?:Day|Eve|Night|Jayanti|Purnima|Festival|Mela|Fair|"
              r"(?:" + _WEEKDAY_STEM + r")day)")
_SHORT_YEAR_FREE = (r"['’]?" + _SHORT_YEAR + r"(?=[ \t]*[,.;:!?)—–]|[ \t]*$|[ \t]+(?i:and|but|so|when|"
                    r"which|in|the|I|I['’]d|my|we|he|she|they|it|if|or|was)\b)")
_EVENT_YEAR = re.compile(
    r"(?=[A-Z])(?<![\w-])(?:(?P<known>" + _FIXED_HOLIDAY + r"|" + _MOVABLE_HOLIDAY + r"|(?:" + _MORE_FEASTS
    + r")(?![\w-])|Christmas|Easter|New[ \t]+Year)|(?P<named>" + _NAMED_DAY + r")(?![\w-]))(?:,?[ \t]+"
    r"(?:of|in)[ \t]+|,?[ \t]+)(?:the[ \t]+year[ \t]+)?(?P<year>" + _YEAR + r"|" + _SHORT_YEAR_FREE + r")",
    re.MULTILINE)
#: "the week after", "two days before", "the Monday after", "the eve of": kept with the day
_RELATIVE_BEFORE = re.compile(
    r"(?i:(?:(?:a|one|two|three|four|five|six|seven|\d|a[ \t]+few|a[ \t]+couple[ \t]+of|couple[ \t]+of)"
    r"[ \t]+)?(?:days?|nights?|mornings?|evenings?|afternoons?|weekends?|weeks?|fortnights?|months?|"
    r"eve|run-up|(?:" + _WEEKDAY_STEM_LOWER + r")day)[ \t]+(?:before|after|of|following)"
    r"[ \t]+(?:the[ \t]+)?)\Z")

_SIGNS = (r"Aries|Taurus|Gemini|Cancer|Leo|Virgo|Libra|Scorpio|Sagittarius|Capricorn|Aquarius|Pisces|"
          r"Arien|Taurean|Geminian|Cancerian|Leonine|Virgoan|Libran|Scorpian|Sagittarian|"
          r"Capricornian|Aquarian|Piscean")
_ANIMALS = r"Rat|Ox|Tiger|Rabbit|Hare|Dragon|Snake|Horse|Goat|Sheep|Ram|Monkey|Rooster|Dog|Pig|Boar"
#: a star sign said of someone ("I'm a Leo", "typical Scorpio", "my star sign's Taurus"), or
#: opening a clause before a comma ("Capricorn, nineteen seventy-four"); a zodiac year
_SIGN = re.compile(
    r"(?=[A-Z])\b(?P<sign>(?:" + _SIGNS + r")s?)\b(?![ \t]+(?i:services|centre|unit|ward|nurse|team|"
    r"app|care|network|research|drugs?|patients?|clinic|trust)\b)")
_SIGN_SAID_OF = re.compile(
    r"(?i:\b(?:an?|['’]s|['’]m|am|are|is|was|me[?,.!]*|typical|true|proper|classic|total|"
    r"star[ \t]+sign(?:['’]s|[ \t]+is|[ \t]+was)?|"
    r"sign(?:['’]s|[ \t]+is)|born[ \t]+under)[ \t]+(?:(?:typical|proper|real|classic|total|true)[ \t]+)?)\Z")
#: "Pisces sun, Leo rising": astrology's own words after a sign
_ASTROLOGY_AFTER = re.compile(r"[ \t]+(?i:sun|moon|rising|ascendant|cusp)\b")
_CLAUSE_OPENING = re.compile(r"(?:\A|[.!?:\n])[ \t]*(?:(?:Oh|Well|So|Um|Er|Erm|Yeah),?[ \t]+)?\Z")
_ZODIAC_YEAR = re.compile(r"(?=[Yy])\b(?P<sign>(?i:year[ \t]+of[ \t]+the)[ \t]+(?i:" + _ANIMALS + r"))\b")
_ANIMAL_SAID_OF = re.compile(r"(?=[IiHhSs])\b(?i:I['’]m|I[ \t]+am|(?:he|she)['’]s|(?:he|she)[ \t]+(?:is|was))"
                             r"[ \t]+an?[ \t]+(?P<sign>(?:(?i:fire|earth|metal|water|wood)[ \t]+)?(?i:"
                             + _ANIMALS + r"))\b")
#: a year near a sign: said, typed, "class of '92", "sixty-eight vintage"
_SIGN_YEAR = re.compile(r"(?<![\w'’-])(?P<year>" + _YEAR + r"|" + _SHORT_YEAR_FREE + r"|['’]?"
                        + _SHORT_YEAR + r"(?=[ \t]+(?i:vintage|baby|model|born|edition)\b))")
_SIGN_REACH = 70
_AND_BORN = re.compile(r"[ \t]+(?i:and|,)[ \t]+(?i:born|I[ \t]+was[ \t]+born)\b")
_BIRTH_CUE = re.compile(r"(?i)\b" + BIRTH_WORDS + r"\b")


def _star_signs(text: str) -> list[Finding]:
    """A star sign or a zodiac year with a year of birth near it: both are redacted."""
    findings = []
    signs = [m for m in _SIGN.finditer(text)
             if (_SIGN_SAID_OF.search(text, max(0, m.start() - 40), m.start())
                 and not _introduced_by_name(text, m))
             or _ASTROLOGY_AFTER.match(text, m.end())
             or (_CLAUSE_OPENING.search(text, max(0, m.start() - 12), m.start())
                 and (text[m.end():m.end() + 1] in (",", ".", "!", ";") or _AND_BORN.match(text, m.end()))
                 and not m.group().startswith("Cancer"))]
    if "ear of the" in text or "EAR OF THE" in text:
        signs.extend(_ZODIAC_YEAR.finditer(text))
    signs.extend(_ANIMAL_SAID_OF.finditer(text))
    for sign in signs:
        left = max(0, sign.start() - _SIGN_REACH)
        years = [y for y in _SIGN_YEAR.finditer(text, left, min(len(text), sign.end() + _SIGN_REACH))
                 if y.start() >= sign.end() or y.end() <= sign.start()]
        near = [y for y in years if "\n" not in text[min(y.end(), sign.end()):max(y.start(), sign.start())]]
        if not near and not (sign.group("sign").lower().startswith("year")
                             and _BIRTH_CUE.search(text, left, sign.start())):
            continue
        start = _with_article(text, sign.start("sign"))
        joined = _sign_with_year(text, sign.end("sign"))
        if joined is not None:  # "a Gemini of nineteen seventy-two", "Pisces, fifty-one": one span
            findings.append(Finding(start, joined, "DATE", 0.7, DETECTOR))
            continue
        findings.append(Finding(start, sign.end("sign"), "DATE", 0.7, DETECTOR))
        findings.extend(Finding(y.start("year"), y.end("year"), "DATE", 0.7, DETECTOR) for y in near[:1])
    return findings


#: "a"/"an" before a sign said of someone: part of the date ("I'm [a Gemini of 1972]")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?i:an?)[ \t]+\Z")
#: what joins a sign to its year: "of", "from", "born (in)", "class of", a comma or dash
_SIGN_TO_YEAR = re.compile(
    r"(?:[ \t]*[,;:\-–—]?[ \t]*(?:(?i:of|from|born|in|class[ \t]+of|vintage)[ \t]+){0,2}|[ \t]+)"
    r"(?:(?i:the[ \t]+year[ \t]+)?)")


#: "I'm Leo" / "I am Leo": with no article, a sign that is also a first name introduces someone
_SELF_BEFORE = re.compile(r"(?i:\bI(?:['’]m|[ \t]+am))[ \t]+\Z")
_SIGNS_THAT_ARE_NAMES = frozenset({"Leo"})


def _introduced_by_name(text: str, sign: re.Match[str]) -> bool:
    """Whether "I'm <sign>" is a speaker giving their name ("I'm Leo, by the way"): the sign is
    also a first name, no article comes before it and no year is joined to it ("I'm Leo of
    eighty-nine" is the sign)."""
    return (sign.group("sign") in _SIGNS_THAT_ARE_NAMES
            and _SELF_BEFORE.search(text, max(0, sign.start() - 8), sign.start()) is not None
            and _sign_with_year(text, sign.end("sign")) is None)


def _with_article(text: str, start: int) -> int:
    article = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    return article.start() if article is not None else start


def _sign_with_year(text: str, end: int) -> int | None:
    """The end of a year said straight after a sign ("Leo of nineteen eighty-nine", "a Virgo,
    seventy", "Scorpio from sixty-one"), None when none follows."""
    link = _SIGN_TO_YEAR.match(text, end)
    if link is None or link.end() == end:
        return None
    year = _SIGN_YEAR.match(text, link.end())
    return year.end("year") if year is not None else None


#: a day of the month said as one of two or as a range's start: "the twelfth or (the)",
#: "the 14th-", "the ninth and the", "the fifth, could've been the"
_HEDGE_WORD = (r"(?:or|and|to|till|until|through|thru|maybe|perhaps|possibly|probably|could|would|"
               r"might|must|['’]ve|have|been|was|it|no|sorry|actually|I[ \t]+think|either|even|say|the)")
_DAY_BEFORE_DAY = re.compile(
    r"(?<![\w-])" + _DAY + r"(?:[ \t]*[-–/][ \t]*|,?[ \t]+(?i:" + _HEDGE_WORD + r")(?:[ \t,]+(?i:"
    + _HEDGE_WORD + r")){0,4}[ \t]+|,[ \t]+)\Z")
_DAY_AFTER_DAY = re.compile(
    r"(?:[ \t]*[-–/][ \t]*|,?[ \t]+(?i:or|and|to|till|until|through)(?:[ \t]+(?i:maybe|perhaps|possibly|"
    r"the))*[ \t]+)(?P<day>" + _DAY + r")" + _DATE_END, re.MULTILINE)
_STARTS_WITH_DAY = re.compile(_DAY)
_ENDS_WITH_DAY = re.compile(r"(?<![\w-])" + _DAY + r"\Z")
#: a range said in words: its two ends are two dates, the words between them neither ("from the
#: [fifth] till the [twelfth of May]", "the [4th of June] through to the [9th]")
_RANGE_WORD = re.compile(r"(?i)(?<![\w'’-])(?:to|till|until|through|thru)(?![\w'’-])")
#: a day that counts rather than names: "and the first night was ...", "the second time"
_COUNTED_AFTER = re.compile(r"[- \t]+(?i:" + COUNTED_NOUNS + r")s?(?![\w'’-])(?![ \t]+of\b)")


def _hedged(text: str, findings: list[Finding]) -> list[Finding]:
    """A date said as one of two days widens to both days: "the [twelfth or thirteenth of May]",
    "[May the twelfth or thirteenth]", "the [14th-16th of July 2009]"; a range said in words
    ("the fifth till the twelfth of May") stays two dates, the first day its own."""
    more = []
    for f in findings:
        if f.entity != "DATE":
            continue
        if _STARTS_WITH_DAY.match(text, f.start):
            start = f.start
            for _ in range(2):
                left = _DAY_BEFORE_DAY.search(text, max(0, start - 80), start)
                if left is None or "\n" in text[left.start():start]:
                    break
                if _RANGE_WORD.search(text, left.start(), start):
                    day = _STARTS_WITH_DAY.match(text, left.start())
                    if day is not None:
                        more.append(Finding(left.start(), day.end(), "DATE", f.score, DETECTOR))
                    break
                start = left.start()
            if start < f.start:
                more.append(Finding(start, f.end, "DATE", f.score, DETECTOR))
        if _ENDS_WITH_DAY.search(text, max(0, f.end - 20), f.end) and _MONTH_RE.search(
                text, f.start, f.end):
            right = _DAY_AFTER_DAY.match(text, f.end)
            if right is not None and _COUNTED_AFTER.match(text, right.end("day")) is None:
                ranged = _RANGE_WORD.search(text, f.end, right.start("day")) is not None
                more.append(Finding(right.start("day") if ranged else f.start, right.end("day"),
                                    "DATE", f.score, DETECTOR))
    return more


#: a day before a month in another language: digits ("29 Ekim", "3. Oktober", "ika-12 ng"), an
#: ordinal ("fifteenth of Ramzan", "pumed o Fawrth", "piątego maja"), a number said in words
#: with a connector ("tres de abril"); "my first Ramadan", "one Ramadan" count, not date
_FOREIGN_DAY_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?P<digits>(?i:ika-)?(?:[12]\d|3[01]|0?[1-9])(?:(?i:st|nd|rd|th)|\.)?)|(?P<ord>"
    r"(?i:(?:twenty|thirty)[- \t]?" + _ORD_UNIT + r"|" + _ORD_ALONE + r")(?![\w-])|"
    r"(?i:[a-zżźćńółęąś]+(?:fed|ego))|(?i:pumed|chweched|cyntaf|trydydd|pedwerydd|primero|premier|"
    r"primo))|(?P<small>(?i:" + _ORD_UNIT + r"|ail))|(?P<card>" + _CARD_WORD + r"|(?i:uno|dos|tres|"
    r"cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|veinti\w+|"
    r"treinta(?:[ \t]+y[ \t]+uno)?|dois|três|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|"
    r"due|tre|quattro|cinque|sei|sette|otto|nove|dieci)))[ \t]*,?[ \t]+(?P<conn>(?i:of[ \t]+the|of|de|"
    r"del|ng|o|di|du|van|in|w|we|im|am|ym|yn|fis)[ \t]+)?\Z")
_FOREIGN_YEAR_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:(?i:de|del|of|in|w|roku|yılı|na|ng|year|sa)[ \t]+)?(?P<year>(?:1[3-9]|20)\d\d(?!\d)|"
    + _YEAR_WORDS + r"|['’]\d\d\b|" + _SHORT_YEAR_FREE + r")", re.MULTILINE)


def _other_languages(text: str) -> list[Finding]:
    """A month in another language or calendar beside a day or a year: "pumed o Fawrth",
    "piątego maja 1984", "Disambar nineteen ninety-nine", "29 Ekim 1983", "Baisakh 2042"."""
    present = FOREIGN_MONTHS.intersection(words_of(text))
    if not present:
        return []
    findings = []
    low = lower(text)
    for month, start in ((word, at) for word in present for at in word_starts(low, word)):
        end = start + len(month)
        day = _FOREIGN_DAY_BEFORE.search(text, max(0, start - 40), start)
        if day is not None and not (day.group("digits") or day.group("ord") or day.group("conn")):
            day = None  # "my first Ramadan", "one Ramadan I fasted": a count
        year = _FOREIGN_YEAR_AFTER.match(text, end)
        if month in AMBIGUOUS:
            ok = (day is not None and day.group("ord") is not None) or (day is not None and year is not None)
        else:
            ok = day is not None or year is not None
        if ok:
            findings.append(Finding(day.start() if day is not None else start,
                                    year.end("year") if year is not None else end, "DATE", 0.75,
                                    DETECTOR))
    return findings


_TERM_NAME = r"(?:Michaelmas|Hilary|Trinity|Lent|Easter|Epiphany|Candlemas|Martinmas|Whitsun|Summer|Autumn|Spring|Winter)"
_WEEK_NUMBER = r"(?:[1-9]|[1-4]\d|5[0-3])(?!\d)|" + _TENS_WORD + r"|" + _CARD_WORD
_TERM_YEAR = re.compile(
    r"(?=[A-Za-z])(?<![\w'’-])(?P<term>(?:" + _TERM_NAME + r"|(?i:summer|autumn|spring|winter|fall|first|"
    r"second|third|1st|2nd|3rd|final))[ \t]+(?i:term|semester|trimester|half-term|half[ \t]+term)"
    r"|(?i:(?:summer|autumn|spring|winter|fall)[ \t]+quarter)|(?i:freshers)['’]?[ \t]+(?i:week)"
    r"|(?i:term|semester|trimester|rotation|block)[ \t]+(?:[1-6](?!\d)|(?i:one|two|three|four|five|six))"
    r"(?=,?[ \t]+(?:of|in)[ \t]+|,[ \t]+)"
    r"|(?:(?i:rota)[ \t]+)?(?i:week)[ \t]+(?:" + _WEEK_NUMBER + r")(?:[ \t]+of[ \t]+(?:" + _TERM_NAME
    + r"|(?i:the[ \t]+)?(?=(?:19|20)\d\d)))?|(?:Michaelmas|Hilary|Trinity|Lent|Epiphany|Candlemas|"
    r"Martinmas)(?=,?[ \t]+(?:[0-9'’]|(?i:nineteen|twenty|two)\b)))(?:,?[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?"
    r"|,?[ \t]+)(?:(?i:year)[ \t]+)?(?P<year>" + _YEAR + r"|" + _SHORT_YEAR_FREE + r")", re.MULTILINE)


#: a range of days typed with a dash before the month: "the 14th-16th of July 2009"
_DAY_RANGE = re.compile(
    r"(?=\d)(?<![\w-])" + _ORD_NUM + r"[ \t]*[-–][ \t]*" + _ORD_NUM + r"(?:[ \t]+of)?[ \t]+" + _MONTH
    + r"(?:" + _FILL + _YEAR_AFTER_DAY + r"|,?[ \t]+in[ \t]+" + _YEAR + r")?", re.MULTILINE)


#: the words one of the patterns below needs: a text holding none is not scanned by it
_EVENT_SOURCE = _FIXED_HOLIDAY + _MOVABLE_HOLIDAY + _MORE_FEASTS
_EVERYDAY_WORDS = ("May " + " ".join(WEEKDAYS) + " Good New Palm Ash August "
                   "Saint St Guy Father Mother Bb Ee Hh Ll Ss Chinese Lunar Orthodox")
_EVENT_WORDS = (frozenset(re.findall(r"[A-Z][a-z]+", re.sub(r"([a-z])\?", r"\1", _EVENT_SOURCE)))
                | frozenset(re.findall(r"[A-Z][a-z]+", re.sub(r"[a-z]\?", "", _EVENT_SOURCE)))
                | {"Day", "Eve", "Night", "Year", "Holiday", "holiday", "Jayanti", "Purnima", "Festival",
                   "Mela", "Fair"}) - frozenset(
    # words of everyday talk that never name a day alone ("Good Friday" is found with its year
    # by the holidays above; a relative phrase before it is not)
    _EVERYDAY_WORDS.split())
_SIGN_WORDS = frozenset(re.findall(r"[A-Z][a-z]+", _SIGNS + "|" + _ANIMALS)) | frozenset(
    w + "s" for w in re.findall(r"[A-Z][a-z]+", _SIGNS)) | frozenset(w.lower() for w in _ANIMALS.split("|"))
_RANGE_DASHES = ("th-", "st-", "nd-", "rd-", "th -", "st -", "nd -", "rd -", "th–", "th –")


def _round11(text: str) -> list[Finding]:
    words = words_of(text)
    findings = [Finding(m.start(), m.end(), "DATE", 0.85, DETECTOR) for m in _DAY_RANGE.finditer(text)
                ] if any(dash in text for dash in _RANGE_DASHES) else []
    for m in _EVENT_YEAR.finditer(text) if not _EVENT_WORDS.isdisjoint(words) else ():
        if m.group("named") and not re.fullmatch(_YEAR, m.group("year")):
            continue  # "Quiz Night forty, maybe fifty": a named day of our own needs a full year
        rel = _RELATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        findings.append(Finding(rel.start() if rel is not None else m.start(), m.end(), "DATE", 0.8,
                                DETECTOR))
    if not _SIGN_WORDS.isdisjoint(words):
        findings.extend(_star_signs(text))
    findings.extend(_other_languages(text))
    findings.extend(_round13(text))
    if not _TERM_KEYS.isdisjoint(words):
        findings.extend(_terms(text))
    return findings


#: the words a term's or a rota week's name holds, as written
_TERM_KEYS = frozenset(w for word in ("term", "semester", "trimester", "quarter", "week", "rotation", "block")
                       for w in (word, word.capitalize(), word.upper())) | frozenset(
    ("Michaelmas", "Hilary", "Trinity", "Lent", "Epiphany", "Candlemas", "Martinmas"))


def _terms(text: str) -> list[Finding]:
    """An academic term, a semester or a rota week with its year, read from each such word:
    the pattern is tried where the word starts and where each of the two words before it
    starts ("[Summer term], ...", "[Rota week 14], ...")."""
    findings: list[Finding] = []
    reach = 0
    keys = sorted(at for word in _TERM_KEYS.intersection(words_of(text)) for at in word_starts(text, word))
    for at in keys:
        if at < reach:
            continue
        starts = [at]
        for _ in range(2):
            k = starts[-1] - 1
            while k >= reach and text[k] in " \t":
                k -= 1
            if k < reach or text[k] == "\n":
                break
            while k > 0 and not text[k - 1].isspace():
                k -= 1
            starts.append(k)
        for start in reversed(starts):
            m = _TERM_YEAR.match(text, start)
            if m is not None:
                findings.append(Finding(m.start(), m.end(), "DATE", 0.8, DETECTOR))
                reach = m.end()
                break
    return findings


# -- round 12: a day alone after "on the", days with "oh", old forms, year first, compact -------

#: a day alone after a preposition of time: "on the nineteenth", "by the twelfth", "since the
#: fifth"; after "was/is/for the" only a day no one says when counting ("was the tenth,", not
#: "was the first" or "for the third time")
_PREP_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<prep>(?i:on|by|since|until|till|from|before|after|for|was|is|it['’]s|that['’]s|be|"
    r"(?:to|yester)?day['’]s|(?:to|yester)?day[ \t]+(?:is|was)|tomorrow['’]s|tomorrow[ \t]+is)),?"
    r"[ \t]+(?i:the)[ \t]\Z")
_COUNTING_DAYS = frozenset(("first", "second", "third", "1st", "2nd", "3rd"))
_STRONG_PREPS = frozenset(("on", "by", "since", "until", "till", "from", "before", "after",
                           # "today's the ninth": what day it is, said in a diary or a call
                           "today's", "today’s", "today is", "today was", "yesterday's",
                           "yesterday’s", "yesterday was", "tomorrow's", "tomorrow’s", "tomorrow is",
                           "day's", "day’s", "day is", "day was"))
#: a question asking when: its answer's lone day is a date ("When was it? -- The tenth.")
_WHEN_QUESTION = re.compile(r"(?i)\b(?:when|what[ \t]+day|which[ \t]+day|what[ \t]+date|which[ \t]+date|"
                            r"how[ \t]+long[ \t]+ago)\b[^?\n]{0,80}\?[^?]{0,60}\Z")
#: a day said with a leading "oh" ("the oh-fifth", "oh three March"): no count is said so
_OH = r"(?i:oh|zero|nought)"
_OH_ORDINAL = re.compile(r"(?=[OoZzNn])(?<![\w'’-])" + _OH + r"[- \t]?(?i:" + _ORD_UNIT + r")(?![\w'’-])")
_OH_BEFORE = re.compile(r"(?<![\w'’-])" + _OH + r"[- \t]\Z")
_STARTS_UNIT = re.compile(r"(?i:one|two|three|four|five|six|seven|eight|nine|" + _ORD_UNIT + r")\b")
#: the old forms of letters and registers: "the third inst.", "the 20th ult.", "the 2nd prox."
_INSTANT = re.compile(r"(?<![\w'’-])" + _DAY + r"[ \t]+(?i:inst|instant|ult|ultimo|prox|proximo)\b\.?")
#: "in the year of our Lord nineteen hundred and fifty-two", "anno Domini 1931"
_OUR_LORD = re.compile(r"(?=[YyAa])(?i:year[ \t]+of[ \t]+(?:our|the)[ \t]+Lord|anno[ \t]+domini),?[ \t]+"
                       r"(?P<year>" + _YEAR_WORDS + r"|(?:1[89]|20)\d\d(?!\d))")
#: a person as a vintage or a model of a year: "I'm a nineteen sixty-eight vintage", "she's a
#: '74 model", "me, a 1959 edition": a year of birth
_VINTAGE = re.compile(
    r"(?=[IiHhSsMmWwTt])(?<![\w'’-])(?i:I['’]m|I[ \t]+am|(?:he|she)['’]s|(?:he|she|who)[ \t]+(?:is|was)|"
    r"me|was[ \t]+born)[ \t]*,?[ \t]+(?i:a|an)[ \t]+(?:(?i:real|proper|good|fine|classic|rare|vintage|"
    r"genuine|limited)[ \t]+)?(?P<year>" + _YEAR + r"|['’]?" + _SHORT_YEAR + r")[ \t]+"
    r"(?i:vintage|model|edition|make|issue|build|release|baby|babe|kid|child)\b")
#: a date read year first with numbers: "nineteen eighty-four, oh five, twelve", "ninety-one,
#: ten, oh three", "two thousand and one, third month, fifth day"
_NUM_1_12 = r"(?i:" + _OH + r"[- \t](?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|" \
            r"seven|eight|nine|ten|eleven|twelve)(?![\w'’-])"
_ORD_1_12 = r"(?i:" + _ORD_UNIT + r"|tenth|eleventh|twelfth)[ \t]+(?i:month)"
_YMD = re.compile(
    r"(?=[TtNnOoEeFfSs'’])(?<![\w'’-])(?P<year>" + _YEAR_WORDS + r"|['’]?" + _SHORT_YEAR + r")(?P<sep>,?[ \t]+|"
    r"[ \t]+(?i:slash|stroke|dash)[ \t]+)(?:(?i:the)[ \t]+)?(?P<m>" + _NUM_1_12 + r"|" + _ORD_1_12 + r"),?[ \t]+"
    r"(?:(?i:slash|stroke|dash)[ \t]+)?(?:(?i:the)[ \t]+)?(?P<d>" + _OH + r"[- \t](?:one|two|three|four|five|"
    r"six|seven|eight|nine)(?![\w'’-])|" + _ORD_WORD + r"(?:[ \t]+(?i:day))?|" + _CARD_WORD + r")"
    r"(?=[ \t]*[,.;:?!)\]—–]|[ \t]*$|[ \t]+(?i:and|I|my|but|so|which|is|was)\b)", re.MULTILINE)
#: a date said year first with its parts named, as many languages order and label them:
#: "nineteen seventy-seven, month nine, day eight", "two thousand and thirteen, November, day
#: seven", "nineteen seventy-two, the seventh month, the fifth day", "1984, month 3, day 12"
_NUM_1_31 = (r"(?:" + _CARD_WORD + r"|" + _OH + r"[- \t](?:one|two|three|four|five|six|seven|eight|nine)"
             r"(?![\w'’-])|(?:[12]\d|3[01]|0?[1-9])(?!\d))")
_YMD_NAMED = re.compile(
    r"(?<![\w'’-])(?P<year>" + _YEAR_WORDS + r"|(?:19|20)\d\d(?!\d))[,;]?[ \t]+(?:(?i:and|then)[ \t]+)?"
    r"(?:(?i:month)[ \t]+(?:(?i:number)[ \t]+)?" + _NUM_1_31 + r"|(?:(?i:the)[ \t]+)?" + _DAY
    + r"[ \t]+(?i:month)|" + _MONTH + r")[,;]?[ \t]+(?:(?i:and|then)[ \t]+)?"
    r"(?:(?i:day)[ \t]+(?:(?i:number)[ \t]+)?(?:" + _NUM_1_31 + r"|" + _DAY + r")|(?:(?i:the)[ \t]+)?" + _DAY
    + r"[ \t]+(?i:day))(?![\w'’-])")

#: a day, then an aside naming its weekday, then its month: "the fifth, a Friday, I think, of
#: July two thousand and sixteen", "the first - it was a Sunday - of October twenty ten"
_DAY_ASIDE_MONTH = re.compile(
    r"(?<![\w'’-])" + _DAY + r"[ \t]*[,\-–—][ \t]*(?:[A-Za-z'’]+[ \t]+){0,3}" + _WEEKDAY
    + r"(?:[ \t]*,?[ \t]+(?:[A-Za-z'’]+[ \t]+){0,2}?(?i:I[ \t]+think|I[ \t]+believe|I['’]m[ \t]+sure|"
    r"if[ \t]+I[ \t]+remember|was[ \t]+it))?[ \t]*[,\-–—][ \t]*(?i:of)[ \t]+" + _MONTH
    + r"(?:" + _FILL + _YEAR_AFTER_DAY + r"|,?[ \t]+(?:in[ \t]+)?" + _YEAR + r")?")

#: a date typed without separators: "12MAY84", "03JUN1971", "5Sept1990"; the month in any
#: form of at most four letters ("Jun", "June", "Sept")
_GLUED_MONTHS = [form for name, abbrevs in MONTH_TABLE for form in (*abbrevs, name) if len(form) <= 4]
_GLUED_MONTH = re.compile(
    r"(?=\d)(?<![\w/.-])(?:[12]\d|3[01]|0?[1-9])(?:" + alternation(m.upper() for m in _GLUED_MONTHS) + r"|"
    + alternation(_GLUED_MONTHS) + r")[a-z]{0,6}(?:(?:19|20)\d\d|\d\d)(?![\w/-]|\.\d)")
#: "DOB 120584", "born 19840512": six or eight digits that make a date, after a cue
_DIGITS_DATE = re.compile(r"(?=\d)(?<![\w/.+-])(?:\d{8}|\d{6})(?![\w/-]|\.\d|[ \t]?\d)")
_CUE_BEFORE = re.compile(r"(?i)\b(?:date|dated|" + BIRTH_WORDS + r"|b'?day|stamped)\b[^\n]{0,30}\Z")
#: a star sign on a cusp: "the Leo-Virgo cusp", "Pisces/Aries"
_CUSP = re.compile(r"(?=[A-Z])\b(?P<sign>(?:" + _SIGNS + r")[ \t]*[-/][ \t]*(?:" + _SIGNS + r")|(?:" + _SIGNS
                   + r")(?=[ \t]+(?i:cusp)\b))")


_SIGN_NAMES = tuple(re.findall(r"[A-Z][a-z]+", _SIGNS))
_MONTH_BEFORE = re.compile(r"(?<![\w'’-])" + _MONTH + r",?[ \t]+(?:of[ \t]+)?\Z")


def _valid_compact(digits: str) -> bool:
    if len(digits) == 8 and digits[:2] in ("19", "20"):
        try:
            datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            pass
        else:
            return True
    return _valid_dmy(digits)


def _repeated_day(text: str, found: Finding) -> list[Finding]:
    """A day said, broken off, and said again: "the fourteenth -- sorry, my phone -- fourteenth
    of March", "the twenty-... (next turn) Twenty-ninth of October": the first saying too,
    unless a noun follows it (an ordinal that counts)."""
    day = _DAY_RE.match(text, found.start)
    if day is None:
        return []
    word = lower(day.group())
    head = word.split("-")[0]
    left = max(0, found.start - 150)
    window = lower(text[left:found.start])
    more = []
    for at in word_starts(window, word):
        if not _noun_after(text, left + at + len(word)):
            more.append(Finding(left + at, left + at + len(word), "DATE", 0.6, DETECTOR))
    if head != word:  # "the twenty-... Twenty-ninth": the broken-off half
        for at in word_starts(window.replace(head + "-", head + " "), head):
            if window[at + len(head):at + len(head) + 1] == "-" and not window[at + len(head) + 1:
                                                                            at + len(head) + 2].isalpha():
                more.append(Finding(left + at, left + at + len(head) + 1, "DATE", 0.6, DETECTOR))
    return more


def _round12(text: str, findings: list[Finding]) -> list[Finding]:
    more: list[Finding] = []
    for m in _DAY_ONLY.finditer(text):
        follow = _day_follow_ok(text, m.end())
        prep = _PREP_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if prep is not None:
            word = prep.group("prep").lower()
            strong = word in _STRONG_PREPS
            # after "is/was/for the" the clause must end there: "is the thirtieth of the month
            # after next" is a deadline's day, no one's date
            if (strong or m.group().lower() not in _COUNTING_DAYS) and (
                    (follow or _DATE_END_RE.match(text, m.end())) if strong else _CLAUSE_END.match(text, m.end())):
                more.append(Finding(m.start(), m.end(), "DATE", 0.6, DETECTOR))
                continue
        if follow and _WHEN_QUESTION.search(text, max(0, m.start() - 160), m.start()):
            more.append(Finding(m.start(), m.end(), "DATE", 0.6, DETECTOR))
    low = "oh" in text or "Oh" in text or "zero" in text or "nought" in text
    if low:
        more.extend(Finding(m.start(), m.end(), "DATE", 0.7, DETECTOR) for m in _OH_ORDINAL.finditer(text))
    for f in findings:
        if f.entity != "DATE":
            continue
        if low and _STARTS_UNIT.match(text, f.start):
            oh = _OH_BEFORE.search(text, max(0, f.start - 8), f.start)
            if oh is not None:
                more.append(Finding(oh.start(), f.end, "DATE", f.score, DETECTOR))
        more.extend(_repeated_day(text, f))
    words = words_of(text)
    if not words.isdisjoint(("inst", "instant", "ult", "ultimo", "prox", "proximo")):
        more.extend(Finding(m.start(), m.end(), "DATE", 0.8, DETECTOR) for m in _INSTANT.finditer(text))
    if "Lord" in text or "omini" in text:
        more.extend(Finding(m.start("year"), m.end("year"), "DATE", 0.75, DETECTOR)
                    for m in _OUR_LORD.finditer(text))
    if not words.isdisjoint(("vintage", "model", "edition", "make", "issue", "build", "release",
                             "baby", "babe", "kid", "child")):
        more.extend(Finding(m.start("year"), m.end("year"), "DATE", 0.7, DETECTOR)
                    for m in _VINTAGE.finditer(text))
    ymd = "ineteen" in text or "housand" in text or "ear first" in text or _DOB_CONTEXT.search(
        text) is not None or _DATE_TALK.search(text) is not None
    if "onth" in text or "day" in text or "Day" in text:
        more.extend(Finding(m.start(), m.end(), "DATE", 0.8, DETECTOR) for m in _YMD_NAMED.finditer(text))
        if any(day in text for day in ("onday", "uesday", "ednesday", "hursday", "riday", "aturday",
                                       "unday", "ONDAY", "UESDAY", "EDNESDAY", "HURSDAY", "RIDAY",
                                       "ATURDAY", "UNDAY")):
            more.extend(Finding(m.start(), m.end(), "DATE", 0.85, DETECTOR)
                        for m in _DAY_ASIDE_MONTH.finditer(text))
    for m in _YMD.finditer(text) if ymd else ():
        if _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()) or (
                re.search(r"(?i)slash|stroke|dash", m.group()) and not re.search(r"(?i)slash|stroke|dash",
                                                                               m.group("sep"))):
            continue  # "born December eighty two, seven stroke five": the year is the month's
        full = re.fullmatch(_YEAR_WORDS, m.group("year")) is not None
        strong = "," in m.group("sep") or re.search(r"(?i)\b(?:oh|zero|nought|month|day)\b",
                                                    m.group("m") + " " + m.group("d")) is not None
        context = _DOB_CONTEXT.search(text, max(0, m.start() - 160), m.start()) or _DATE_TALK.search(
            text, max(0, m.start() - 160), m.start()) or re.search(
            r"(?i)\byear[ \t]+first\b", text[max(0, m.start() - 80):m.start()])
        if (full and strong) or context:
            more.append(Finding(m.start(), m.end(), "DATE", 0.8, DETECTOR))
    more.extend(Finding(m.start(), m.end(), "DATE", 0.85, DETECTOR) for m in _GLUED_MONTH.finditer(text))
    for m in _DIGITS_DATE.finditer(text):
        if _valid_compact(m.group()) and _CUE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            more.append(Finding(m.start(), m.end(), "DATE", 0.8, DETECTOR))
    if "cusp" in text or any(sign + "-" in text or sign + "/" in text for sign in _SIGN_NAMES):
        for m in _CUSP.finditer(text):
            years = [y for y in _SIGN_YEAR.finditer(text, max(0, m.start() - _SIGN_REACH),
                                                    min(len(text), m.end() + _SIGN_REACH))
                     if y.start() >= m.end() or y.end() <= m.start()]
            if years:
                more.append(Finding(m.start("sign"), m.end("sign"), "DATE", 0.7, DETECTOR))
                more.append(Finding(years[0].start("year"), years[0].end("year"), "DATE", 0.7, DETECTOR))
    return more


# -- round 13: a day said in another language before a month, a caption's homophone ordinal ---

#: days of the month said in another language with no "of" between day and month: French and
#: the Romance cardinals ("le douze mars", "vingt-trois avril", "el tres junio"), German
#: ordinals ("am dritten Oktober", "zwölften"), and days in Hindi/Urdu/Punjabi/Bengali
#: ("das March", "pandrah August") -- only words that are no English word, so "do March",
#: "teen", "bees", "tees" are not among them
_FOREIGN_DAY_WORD = (
    r"(?:(?i:vingt|trente)(?:[- \t]+(?:et[- \t]+)?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf))?|"
    r"(?i:premier|deux|trois|quatre|cinq|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"dix-sept|dix-huit|dix-neuf)|"
    r"(?i:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|trece|catorce|quince|"
    r"dieciséis|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veinti\w+|treinta(?:[ \t]+y[ \t]+uno)?|"
    r"dois|três|quatro|cinco|sete|oito|nove|dez|onze|doze|treze|catorze|quinze|vinte(?:[ \t]+e[ \t]+\w+)?|"
    r"trinta(?:[ \t]+e[ \t]+um)?|quattro|cinque|sette|dieci|undici|dodici|tredici|"
    r"quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|ventuno|ventidue|ventitré|"
    r"trenta|trentuno)|"
    r"(?i:ersten|zweiten|dritten|vierten|fünften|fuenften|sechsten|siebten|siebenten|achten|neunten|"
    r"zehnten|elften|zwölften|zwoelften|dreizehnten|vierzehnten|fünfzehnten|sechzehnten|siebzehnten|"
    r"achtzehnten|neunzehnten|zwanzigsten|\w+undzwanzigsten|dreißigsten|dreissigsten|"
    r"einunddreißigsten|erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte)|"
    r"(?i:panch|paanch|chhe|chhah|aath|nau|das|gyarah|gyara|barah|terah|chaudah|chauda|"
    r"pandrah|pandra|solah|satrah|satra|atharah|athara|unnis|ikkis|bais|baees|teis|chaubis|"
    r"chobis|pachchis|pachis|chhabbis|chabbis|sattais|satais|atthais|athais|untis|iktis|ekattis))"
    r"(?:\.|[ \t]+(?i:de|di|da|do|of))?")
_ENGLISH_MONTH = r"(?:" + alternation(MONTHS + MONTH_ABBREVIATIONS) + r")"
_FOREIGN_DAY_MONTH = re.compile(
    r"(?<![\w'’-])(?P<day>" + _FOREIGN_DAY_WORD + r")[ \t]+(?P<month>" + _ENGLISH_MONTH + r"|[^\W\d_]+)"
    r"(?![\w'’-])(?P<year>[ \t]*,?[ \t]+(?:(?i:de|del|di|of|in)[ \t]+)?(?:(?:1[89]|20)\d\d(?!\d)|"
    + _YEAR_WORDS + r"))?")
#: a time, not a day, before the month
_NOT_DAY_BEFORE = re.compile(r"(?i:\b(?:at|by|till|until|nach|um|à|a[ \t]+las|las|a[ \t]+las)[ \t]+)\Z")
#: a caption writes "forth" for "fourth": "the forth of july", "july the forth"
_FORTH = re.compile(
    r"(?<![\w'’-])(?:(?i:twenty|thirty)[- \t]?)?(?i:forth)[ \t]+(?i:of)[ \t]+(?i:" + _ENGLISH_MONTH + r")"
    r"(?![\w'’-])|(?<![\w'’-])(?i:" + _ENGLISH_MONTH + r")[ \t]+(?i:the)[ \t]+(?:(?i:twenty|thirty)[- \t]?)?"
    r"(?i:forth)(?![\w'’-])")


def _round13(text: str) -> list[Finding]:
    """A day in another language before a month ("le douze mars", "vingt-trois avril", "am
    dritten Oktober", "das March"); "forth" for "fourth" in a caption ("the forth of july")."""
    findings: list[Finding] = []
    if "forth" in text or "Forth" in text:
        findings.extend(Finding(m.start(), m.end(), "DATE", 0.75, DETECTOR) for m in _FORTH.finditer(text))
    words = words_of(text)
    months = FOREIGN_MONTHS.intersection(words)
    if not months and _ENGLISH_MONTH_WORDS.isdisjoint(words):
        return findings
    for m in _foreign_day_months(text, months):
        month = m.group("month")
        english = re.fullmatch(_ENGLISH_MONTH, month) is not None
        if not english and month.lower() not in months:
            continue
        if _NOT_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        findings.append(Finding(m.start(), m.end(), "DATE", 0.75, DETECTOR))
    return findings


#: what every English month written as _ENGLISH_MONTH matches begins with
_ENGLISH_MONTH_START = re.compile(alternation(MONTH_STARTS))


def _foreign_day_months(text: str, months: frozenset[str]) -> list[re.Match[str]]:
    """The matches of :data:`_FOREIGN_DAY_MONTH` that can count in ``text`` (its month an
    English month, or one of ``months`` in any case), and maybe others: the pattern is run
    only on the lines holding such a month word. A match never crosses a line, so on those
    lines it finds what the whole-text search finds (tests/test_engine_speedups.py); on the
    other lines every match has a month that does not count. Pure speed: the scan of every
    position with the day words' alternation cost more than the rest of the date finders."""
    lines: set[int] = set()
    for m in _ENGLISH_MONTH_START.finditer(text):
        lines.add(text.rfind("\n", 0, m.start()) + 1)
    if months:
        low = text.lower()
        if len(low) == len(text):
            for month in months:
                at = low.find(month)
                while at != -1:
                    lines.add(text.rfind("\n", 0, at) + 1)
                    at = low.find(month, at + 1)
        else:  # a letter whose lower case is longer: offsets would drift
            return list(_FOREIGN_DAY_MONTH.finditer(text))
    out: list[re.Match[str]] = []
    for start in sorted(lines):
        end = text.find("\n", start)
        out.extend(_FOREIGN_DAY_MONTH.finditer(text, start, len(text) if end == -1 else end))
    return out


_ENGLISH_MONTH_WORDS = frozenset(MONTHS + MONTH_ABBREVIATIONS)


#: a month with a leading "oh" or in words, as "the oh-four" / "the fourth" after "of the"
_OH_NUMBER = r"(?:" + _OH + r"[- \t]?(?i:one|two|three|four|five|six|seven|eight|nine))"
_MONTH_NUMBER = r"(?:" + _OH_NUMBER + r"|(?i:ten|eleven|twelve|" + _ORD_UNIT + r"|tenth|eleventh|twelfth)|" \
                r"(?:1[0-2]|0?[1-9])(?i:st|nd|rd|th))"
#: what may follow a day found alone: its month ("the oh-ninth [of March]", "[of the oh-four]")
_MONTH_AFTER_DAY = re.compile(r"[ \t]*,?[ \t]+(?i:of)[ \t]+(?:(?P<the>(?i:the))[ \t]+)?(?P<m>" + _MONTH
                              + r"|(?i:march|may)\b|" + _MONTH_NUMBER + r"(?![\w'’-]))")
#: a year after a month: "..., nineteen sixty", " 38", " '38", " 1938"
_YEAR_AFTER_MONTH = re.compile(r"[ \t]*,?[ \t]+(?P<y>" + _YEAR + r"|['’]?(?:[2-9]\d)(?![\w'’:.,/-]|[.,]\d))"
                               + _DATE_END, re.MULTILINE)
#: "oh-six of the oh-four": a day and a month both said as numbers, one with a leading "oh"
_OH_DAY_MONTH = re.compile(
    r"(?<![\w'’-])(?:" + _OH_NUMBER + r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?:[- \t](?i:one|two|"
    r"three|four|five|six|seven|eight|nine))?)[ \t]+(?i:of[ \t]+the)[ \t]+" + _OH_NUMBER + r"(?![\w'’-])"
    + _DATE_END, re.MULTILINE)
_MONTH_WORD_RE = re.compile(r"(?i:" + _MONTH + r"|march|may)")


def _rest_of_date(text: str, findings: list[Finding]) -> list[Finding]:
    """The month and year said after a day found alone ("the oh-ninth [of March]", "the 12th of
    the 4th [38]"), and a day and a month both said as numbers with an "oh" ("oh-six of the
    oh-four, nineteen sixty")."""
    more: list[Finding] = []
    if " oh" in text or "Oh" in text or "zero" in text or "nought" in text:
        more.extend(Finding(m.start(), m.end(), "DATE", 0.7, DETECTOR) for m in _OH_DAY_MONTH.finditer(text))
    for f in [*findings, *more]:
        if f.entity != "DATE":
            continue
        end = f.end
        month = _MONTH_AFTER_DAY.match(text, end)
        if month is not None and (_MONTH_WORD_RE.fullmatch(month.group("m")) or month.group("the")):
            end = month.end()
        has_month = end > f.end or _MONTH_WORD_RE.search(text, f.start, f.end) is not None or \
            " of the " in text[f.start:f.end]
        if has_month:
            year = _YEAR_AFTER_MONTH.match(text, end)
            if year is not None:
                end = year.end("y")
        if end > f.end:
            more.append(Finding(f.start, end, "DATE", f.score, DETECTOR))
    return more
