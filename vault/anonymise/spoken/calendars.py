"""Month names in other languages and calendars, for dates said or typed in code-switched talk.

Interviewees give dates in the language they think in: "the pumed o Fawrth" (Welsh), "piątego
maja 1984" (Polish), "14th of Agast" (Urdu/Hindi, romanised), "fifteenth of Ramzan, 1410"
(the Islamic calendar), "Baisakh 2042" (Nepal's Bikram Sambat), "21 Farvardin 1365"
(Iran's solar calendar). These are the months of the languages and calendars most spoken in
the UK's overseas-recruited health workforce, from general knowledge: lower-case, with and
without diacritics, with the grammatical cases a date puts them in (Polish genitive
"maja", locative "w maju"; Welsh soft mutation "o Fawrth", "o Fedi").

A month word is a date only beside a day or a year (:func:`vault.anonymise.spoken.dates.find_dates`
decides); :data:`AMBIGUOUS` holds the ones that are also names or English words ("Mai",
"Avril", "mayo", "Rajab", "Nisan"), which need stronger evidence.
"""
from __future__ import annotations

import functools
import re

from vault.anonymise.calendar_words import (
    DAY_ORDINAL_UNITS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAYS,
    alternation,
    lowered,
)
from vault.anonymise.wordlists import BIRTH_WORDS

__all__ = ["AMBIGUOUS", "FOREIGN_MONTHS", "lower", "word_starts", "words_of"]

_PUNCTUATION = ",.;:!?()[]{}\"“”‘’'—–-/…*"


@functools.lru_cache(maxsize=4)
def words_of(text: str) -> frozenset[str]:
    """The words of ``text`` as written, stripped of the punctuation around them, and each in
    lower case: shared by the finders that ask "does this text hold any of these words?"
    before running a pattern over it (a split is far cheaper than a scan)."""
    words = {w.strip(_PUNCTUATION) for w in text.split()}
    return frozenset(words | {w.lower() for w in words})


def lower(text: str) -> str:
    """``text`` in lower case with its offsets kept (a letter whose lower case is longer, as
    Turkish "İ", stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_'’-"


def word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` as a whole word (no letter, digit, apostrophe or hyphen
    touching it), found with ``str.find``: far cheaper than a pattern for one known word."""
    starts = []
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _word_char(text[at - 1])) and (end >= len(text) or not _word_char(text[end])):
            starts.append(at)
        at = text.find(word, end)
    return starts

_BY_LANGUAGE = {
    "welsh": "ionawr chwefror mawrth fawrth ebrill mai fai mehefin fehefin gorffennaf orffennaf "
             "awst medi fedi hydref tachwedd dachwedd rhagfyr ragfyr",
    "polish": "styczeń stycznia styczniu styczen luty lutego lutym marzec marca marcu kwiecień "
              "kwietnia kwietniu kwiecien maj maja maju czerwiec czerwca czerwcu lipiec lipca "
              "lipcu sierpień sierpnia sierpniu sierpien wrzesień września wrześniu wrzesien "
              "wrzesnia wrzesniu październik października październiku pazdziernik "
              "pazdziernika pazdzierniku listopad listopada listopadzie grudzień grudnia "
              "grudniu grudzien",
    "czech": "leden ledna únor února unor unora březen března brezen brezna duben dubna květen "
             "května kveten kvetna červen června cerven cervna červenec července cervenec "
             "cervence srpen srpna září zari říjen října rijen rijna listopadu prosinec "
             "prosince",
    "urdu_hindi": "janwari janvari janwary farwari farvari farwary maarch aprail apreil mayi "
                  "joon julai julaai agast agust sitambar sitamber sitembar aktubar aktoobar "
                  "aktobar navambar navamber nawambar disambar disamber dasambar",
    "islamic": "muharram muharam safar rajab shaban sha'ban shaaban ramadan ramzan ramazan "
               "ramadhan shawwal shawal hijjah hijja qadah qa'dah qidah",
    "arabic": "yanayir fibrayir maris mayu yunyu yulyu aghustus sibtambir uktubar nufambir "
              "disambir shubat adhar nisan ayyar haziran tammuz tamuz aylul ilul tishrin tishreen",
    "turkish": "ocak şubat subat mart nisan mayıs mayis haziran temmuz ağustos agustos eylül "
               "eylul ekim kasım kasim aralık aralik",
    "spanish": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
               "noviembre diciembre",
    "portuguese": "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro",
    "french": "janvier février fevrier mars avril juin juillet août aout septembre octobre "
              "novembre décembre decembre",
    "italian": "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre",
    "german_dutch": "januar jänner jaenner februar märz maerz juni juli oktober dezember januari "
                    "februari maart mei augustus",
    "romanian": "ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie "
                "decembrie",
    "swahili_somali": "machi aprili agosti septemba oktoba novemba desemba janaayo febraayo "
                      "maarso abriil maajo juun luulyo agoosto sebtember oktoobar nofembar",
    "filipino_malay": "pebrero marso hunyo hulyo setyembre septiyembre oktubre nobyembre "
                      "disyembre maret agustus desember mac julai ogos disember",
    "nepali_bengali": "baisakh baishakh boishakh jestha jeth joishtho asar asadh ashadh asharh "
                      "shrawan srabon saun bhadra bhadro bhadau asoj ashwin kartik mangsir "
                      "ogrohayon poush magh falgun fagun chaitra choitro",
    "persian": "farvardin ordibehesht khordad tir mordad amordad shahrivar mehr aban azar dey "
               "bahman esfand",
    "hebrew": "tishrei cheshvan heshvan kislev tevet shevat adar iyar sivan elul",
    "ethiopian": "meskerem tikimt hidar tahsas yekatit megabit miyazya ginbot sene hamle nehase",
    "japanese": "ichigatsu nigatsu sangatsu shigatsu gogatsu rokugatsu shichigatsu hachigatsu "
                "kugatsu jugatsu juichigatsu junigatsu",
}

#: every month word above, lower-case
FOREIGN_MONTHS: frozenset[str] = frozenset(w for words in _BY_LANGUAGE.values() for w in words.split())

#: month words that are also first names, English words or everyday words elsewhere: a date
#: only with an ordinal day before them, or with both a day before and a year after
AMBIGUOUS: frozenset[str] = frozenset(w for w in FOREIGN_MONTHS if len(w) <= 4) | frozenset("""
avril abril mayo maris nisan azar kartik rajab safar sivan adar marzo marso mars magh bhadra
maio julio junio mayis ekim kasim juli juni maret ocak shaban saun asar tammuz hamle mart
agust aprile ashwin augustus bahman chaitra eylul janvier junho machi marca marcu martie
""".split())  # noqa: SIM905


# -- round 12: a line read again without its stammers, restarts, fillers and pauses ------------

#: a stammered start ("f-f-fifth", "J-June", "th-thirty", "f- forty"), a restart ("twenty- twenty-first",
#: "sev- seventy-three", "eighty- [pause] eighty-four"): the fragment goes, the word stays
_STAMMER = re.compile(r"(?i)(?<![a-z0-9'’])(?P<frag>[a-z]{1,4})-(?:[ \t]?(?P=frag)-)*[ \t]?(?=(?P=frag))")
_RESTART = re.compile(r"(?i)(?<![a-z0-9'’])(?P<frag>[a-z]{2,9})-[ \t]+(?:\[[^\]\n]{0,30}\][ \t]*|"
                      # a transcriber's pause in round brackets: "th- (.) thirty-five", "Fi- (0.4) fifty"
                      r"\((?:\.|\d*\.\d+)\)[ \t]*)?"
                      r"(?=(?P=frag))")
#: a pause or a filler between two words: "...", "…", "--", "—", "[pause]", "(long pause)",
#: ", er,", " um": it goes with the blanks before it (found from the mark, the blanks after)
_PAUSE = re.compile(r"(?:(?:--+|—|–)[ \t]*(?:[\w'’]+[,.!?]?[ \t]+){0,5}[\w'’]+[,.!?]?[ \t]*(?:--+|—|–)"
                    # round 13: an aside between dashes, and the little word said again after it
                    # ("the fourteenth of -- hang on -- of April")
                    r"(?:[ \t]+(?i:the|of|on|in)(?=[ \t]))?|\.\.\.+|…|--+|—|–|\[[^\]\n]{1,30}\]|\((?i:long[ \t]+)?(?i:pause|silence|beat)\)|"
                    r"(?<![\w'’-])(?i:um+|er+|erm+|uh+|ah+|hmm+|mm+)(?![\w'’-])[,.]*)(?=[ \t])")
_REPEAT = re.compile(r"(?i)(?<![\w'’-])(?P<word>the|of|on|in|at|a)[ \t]*(?:\.\.\.+|…|--+|—|–)?[ \t]+"
                     r"(?=(?P=word)[ \t])")
_BLANKS_BEFORE = re.compile(r",?[ \t]*\Z")
#: a word a date or an age is made of: a mark is left out only beside one
_NUMBERISH = re.compile(
    r"(?i)\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|" + alternation(DAY_ORDINAL_UNITS) + r"|tenth|eleventh|"
    r"twelfth|\w+teenth|twentieth|thirtieth|oh|zero|nought|" + alternation(lowered(MONTHS)) + r"|"
    + alternation(lowered(MONTH_ABBREVIATIONS)) + r"|" + alternation(lowered(WEEKDAYS)) + r")\b")
_MARKS = ("-", "...", "…", "—", "–", "[", "(", "um", "er", "uh", "ah", "hm", "mm", "Um", "Er")
_WORD_AFTER = re.compile(r"[ \t,]*(?:the[ \t]+|of[ \t]+)?")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])[\w'’-]+[ \t,]*\Z")


def _beside_a_number(line: str, start: int, end: int) -> bool:
    """Whether the word just after a piece (past "the", "of"), or just before it, is a
    number, an ordinal or a calendar word: "the ... [fifth]", "[June]... the"."""
    after = _WORD_AFTER.match(line, end)
    if after is not None and _NUMBERISH.match(line, after.end()):
        return True
    before = _WORD_BEFORE.search(line, max(0, start - 16), start)
    return before is not None and _NUMBERISH.match(line, before.start()) is not None


def _pieces(line: str) -> list[tuple[int, int, bool]]:
    """The stretches of ``line`` to leave out, each with whether it sticks to the word after
    it (a fragment of that word: its span starts where the fragment does)."""
    pieces = [(m.start(), m.end(), True) for pattern in (_STAMMER, _RESTART)
              for m in pattern.finditer(line) if "-" in line]
    for m in _PAUSE.finditer(line):
        blanks = _BLANKS_BEFORE.search(line, max(0, m.start() - 8), m.start())
        pieces.append((blanks.start() if blanks is not None else m.start(), m.end(), False))
    if pieces:  # "the... the twenty-fifth of... of May": a little word said again
        pieces.extend((m.start(), m.end(), False) for m in _REPEAT.finditer(line))
    pieces.sort()
    merged: list[tuple[int, int, bool]] = []
    for start, end, sticks in pieces:
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] or sticks)
        else:
            merged.append((start, end, sticks))
    return [p for p in merged if _beside_a_number(line, p[0], p[1])]


#: a line a date may be in: a month, a weekday, an ordinal, a cue of birth or date, a year
_CALENDARISH = re.compile(
    r"(?i)(?:" + alternation(lowered(MONTHS)) + r"|"
    r"day|" + alternation(DAY_ORDINAL_UNITS) + r"|tenth|eleventh|twelfth|teenth|"
    r"twentieth|thirtieth|\d(?:st|nd|rd|th)|" + BIRTH_WORDS + r"|date|nineteen|thousand)")


@functools.lru_cache(maxsize=4)
def _loosened(text: str) -> tuple[tuple[str, list[int], list[int], bool, bool], ...]:
    if not any(mark in text for mark in _MARKS):
        return ()
    out = []
    offset = 0
    for line in text.split("\n"):
        if any(mark in line for mark in _MARKS):
            pieces = _pieces(line)
            if pieces:
                chars: list[str] = []
                starts: list[int] = []
                ends: list[int] = []
                at = 0
                glue = -1
                for start, end, sticks in pieces + [(len(line), len(line), False)]:
                    for k in range(at, start):
                        chars.append(line[k])
                        starts.append(offset + (glue if glue != -1 and k == at else k))
                        ends.append(offset + k + 1)
                    glue = start if sticks else -1
                    at = end
                out.append(("".join(chars), starts, ends, _CALENDARISH.search(line) is not None,
                            any(sticks for _, _, sticks in pieces)))
        offset += len(line) + 1
    return tuple(out)


def loosened_lines(text: str, *, ages: bool = False) -> list[tuple[str, list[int], list[int]]]:
    """Each line of ``text`` that holds a stammer, a restart, a filler or a pause beside a
    number or calendar word, read again without them: ``(line, starts, ends)``, where a
    finding ``[s, e)`` in the new line is ``[starts[s], ends[e - 1])`` in ``text`` (a
    fragment before a word goes with it: "f-f-[fifth]" -> "[f-f-fifth]"). For dates, only
    lines with a calendar word; for ``ages``, only lines with a stammer or a restart (the age
    finders step over fillers and pauses themselves)."""
    return [(line, starts, ends) for line, starts, ends, calendar, stammer in _loosened(text)
            if (stammer if ages else calendar)]
