"""The fail-safe by density: a stretch of speech made mostly of number-ish words is somebody's
number, whatever words the speaker put inside it.

::

    find_dense_numbers(text)
    # "my mobile's oh seven nine, nil, nil, four five, six six two one eight"      -> PHONE
    # "NHS number, four eight five, ok so far, seven seven seven, three four five six"
    # "oh seven, then a nine, then two sevens, then four one one eight six"        -> PHONE
    # "my GMC is seven oh one, uh huh, yeah, four four two six"                    -> GMC_NUMBER

The other number finders parse (:mod:`~.numbers`) and so need every word of a number to be one
they know: a digit word, a filler, a correction. Every new author brings words nobody listed
("nil", "zilch", "seven twice", "four-and-sixty", "crackle", "dunno", "the rest is", "ok so
far"), and each one breaks the parse, so the number leaks in pieces. This finder does not parse.
It looks at the *shape* of a stretch:

* a *number-ish* token is digits, a number word (units, the zeros "oh"/"nought"/"nil"/"null"/
  "zilch"/"zip", teens, tens, "hundred", "thousand"), a repeat ("double", "quadruple", "twice",
  "sevens"), or a hyphenated compound of these ("four-and-sixty", "double-O");
* a *stretch* is number-ish tokens each within five other words of the last, in one line and
  one sentence (a full stop followed by words, "?" or "!" ends it; a stop between digit groups
  does not: "five two six. seven one six");
* a stretch with at least three number units for every two other words (transcription marks
  are not words) is an identifier when it holds eight or
  more number units, or five or more with a personal cue (phone, mobile, NHS, CHI, GMC,
  registration, date of birth, address, e-mail ...) in the line before it, just after it, or
  in the question its turn answers, or in a turn answering any question that does not ask
  for a measure, a thing's reference, a quantity, a time or a year (round 18: "And how do I
  get hold of your sister?" / "Oh seven seven one, nine four two");
  it is redacted from its first number-ish token to its last, the unknown words inside too;
* it must be *shaped* like an identifier read out: three or more single digits, a typed group
  of three or more digits, a repeat, or a leading zero; with a cue, pairs read together count
  too ("seventy-two twenty-eight, seventy-eight one") -- "twelve, fifteen, twenty" are counts,
  and years said as years ("nineteen sixty-four") are not digits;
* left alone: values that climb or fall in order (counting, lists of ages), money, clock times
  ("10:30"), years typed as years, a range or a measure breaking the stretch ("to", "over",
  "out of", "per cent", "at", a plural noun after a number: "six or seven times"), a count
  after it ("nine of them"), a thing's reference or a measure named before ("locker code",
  "bleep", "the score on the scale"), another identifier or a postcode's letters between;
* a stretch too sparse as a whole is cut where three or more words stand and its parts are
  judged alone; in a redacted stretch, three or more words between two parts are left standing
  ("..., and after that it's ...") while one or two ("nil", "crackle", "then it's") go with it;
* *the rest of a number*: a shorter identifier-shaped stretch (three units or more) said within
  a few lines after a phone/NHS/GMC number, or after the date of birth a CHI number opens with,
  and no other identifier named between, is that number's rest ("the start I know, oh seven
  three... it's on the card. Here. Nine six five, four three"; another voice finishing it);
* a stretch just below the bar (one number unit short, identifier-shaped) is listed for review
  (scored under the policy threshold), so a reviewer sees it without it being replaced.

Cost: one regex pass for number-ish tokens, then work on the few close together (2-3 ms for a
transcript of 4,500 characters, about 1% of the engine's time per document).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from vault.anonymise.calendar_words import MONTHS, alternation, lowered
from vault.anonymise.spoken._finding import Finding, holder_test
from vault.anonymise.spoken.digit_chains import (
    _SERVICE,
    _THING,
    _YEAR,
    a_thing,
    entity_of,
    in_order,
)
from vault.anonymise.spoken.identifiers import context_kinds
from vault.anonymise.spoken.numbers import (
    _MARK,
    TEEN_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    number_runs,
)
from vault.anonymise.spoken.turns import in_label, label_end, question_answered
from vault.anonymise.wordlists import DATE_OF_BIRTH_WORDS

__all__ = ["digits_said", "expected_digits", "find_dense_numbers"]

DETECTOR = "spoken_density"
_SCORE, _REVIEW_SCORE, _REST_SCORE = 0.8, 0.4, 0.6
#: how far after a number its rest may come, and which findings are numbers
_REST_WINDOW = 160
_NUMBER_ENTITIES = frozenset({"PHONE", "NHS_NUMBER", "GMC_NUMBER"})
_REGISTERED = re.compile(r"(?i)\bregist(?:ered|ration|er)\b")
#: a time or a road just before a short stretch
_TIME_OR_ROAD_BEFORE = re.compile(
    r"(?i:\b(?:at|by|until|till|from|around|about|since|before|after|bleeped|paged|"
    r"extension|ext|dial(?:led)?|press(?:ed)?)[ \t]+(?:me[ \t]+(?:on|at)[ \t]+)?)\Z|"
    r"\b(?i:the|on[ \t]+the|off[ \t]+the)[ \t]+[ABM][ \t]*\Z")
#: another voice's backchannel inlaid in a number, typed inside the line: "— I: okay —",
#: ", I: go on, P: " (a short label, a colon, three words at most, and the speaker's label back)
_INLAID_VOICE = re.compile(
    r"[ \t,.…\-–—]*(?:[A-Z][A-Za-z]{0,11}(?:[ \t]?\d)?:[ \t]*(?:[A-Za-z'’-]+[ \t,.…]*){0,3}"
    r"[ \t,.…\-–—]*)+")
_INLAID_LABEL = re.compile(r"[A-Z][A-Za-z]{0,11}(?:[ \t]?\d)?:")
_LABEL_ONLY = re.compile(r"[ \t]*(?:\[[^\]\n]{0,40}\][ \t]*)?[A-Za-z][^\n:]{0,40}:[ \t]*")
#: a CHI number opens with its holder's date of birth: digits after that date are its rest
_CHI_BEFORE = re.compile(r"\bC[-. ]?H[-. ]?I\b|(?i:\bchi[ \t]+number|community[ \t]+health[ \t]+index)")
#: number units a stretch needs: anywhere, and with a personal cue near or in an answer to a
#: question (round 18: 6 -> 5 with the answer turn counted, measured on spoken development
#: sets and the negatives: see ``_cued``)
MIN_UNITS, MIN_CUED_UNITS = 8, 5
#: below those (and for five cued units, which must not be a year, a time or a road either:
#: "GMC ..., qualified in two thousand and nine, one of twelve"), the least a cued stretch
#: needs to be a number's start (from a leading zero) or the rest of one, or to be listed for
#: review (round 9's bar, kept: four units with a cue are as often "born in sixty-two, one of
#: eight")
_MIN_CUED_PART_UNITS = 5
#: other words allowed between two number-ish tokens
_MAX_GAP_WORDS = 5
_MAX_GAP_CHARS = 40

#: the number words the other spoken finders know, and more ways of saying nought ("nil",
#: "null", "zilch"): a new author's zero must not break a number in two
_UNITS = {**UNIT_WORDS, "o": 0, "naught": 0, "aught": 0, "nil": 0, "null": 0, "zilch": 0,
          "zip": 0, "nada": 0}
_REPEATS = {"double", "triple", "treble", "quadruple", "twice", "thrice"}
#: a digit said as a plural: "two sevens", "three sevens two" (not "ones": "the ones I had")
_PLURALS = {"zeros": 0, "zeroes": 0, "ohs": 0, "noughts": 0, "twos": 2, "threes": 3,
            "fours": 4, "fives": 5, "sixes": 6, "sevens": 7, "eights": 8, "nines": 9}
_SCALES = {"hundred": 2, "thousand": 3}

_WORD_ALT = "|".join(sorted([*_UNITS, *TEEN_WORDS, *TENS_WORDS, *_REPEATS, *_PLURALS, *_SCALES],
                            key=len, reverse=True))
_PART = rf"(?:\+?\d+|\(0\)|(?i:{_WORD_ALT}))"
#: a number-ish token: a part, or parts joined by hyphens (and "-and-": "four-and-sixty")
_NUMISH = re.compile(rf"(?=[0-9+(zZoOnNaAtTfFsSeEhHdDqQ])(?<![\w'’-]){_PART}(?:-(?:(?i:and)-)?{_PART})*(?![\w'’]|-\w)")
_SPLIT = re.compile(r"-(?:(?i:and)-)?")

_GAP_WORD = re.compile(r"\[[^\]\n]{0,40}\]|([A-Za-z][A-Za-z'’]*)")
#: a transcription mark with a time in it ("[inaudible 00:00:02]"; any mark is numbers._MARK):
#: its words and digits are not speech
_TIMED_MARK = re.compile(r"\[[^\]\n]{0,40}\d[^\]\n]{0,40}\]")
#: "to" after "have", "need", "want" ... is a verb's ("I'd have to check"), not a range's
_INFINITIVE = "".join(rf"(?<!{w}[ \t])" for w in (
    "have", "has", "had", "need", "needs", "want", "going", "got", "able", "ought", "try"))
#: words that make two numbers a range, a measure, a ratio or a count, not one identifier
_BREAK = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + _INFINITIVE + r"to|till|until|over|out|from|between|by|per|percent|cent|point|am|pm|"
    r"o['’]clock|past|quarter|half|minutes?|mins?|hours?|days?|weeks?|months?|years?|"
    r"times|mg|ml|kg|pounds|quid|pence|p|k|million|billion|grand|miles?|kilos?|stone|"
    r"metres?|degrees|percentage|minus|x|score|level|page|version|room|bed|bay|ward|"
    r"extension|ext|bleep|pager|or|nor|at|after|before|around|about|since|"
    + alternation(lowered(MONTHS)) + r")"
    r"(?![A-Za-z])")
#: someone's state or count comes next, not digits: "and I was twenty-two", "we were six"
_SOMEONE_IS = re.compile(
    r"(?i)\b(?:I|we|he|she|they|you)(?:[ \t]+(?:was|were|am|are|is|turned)|['’](?:m|s|re))"
    r"[ \t]+(?:(?:only|just|about|nearly|almost|like)[ \t]+)?\Z")
#: a plural noun straight after a number counts things ("two forms", "five references")
_PLURAL_AFTER = re.compile(r"[ \t]*(?!(?:is|was|as|has|his|this|yes|does|its|it['’]s|us|thus|"
                           r"numbers)\b)[a-z]{2,}s\b")
#: a word naming another identifier between two numbers: two identifiers, not one
_OTHER_IDENTIFIER = re.compile(
    r"(?i)\b(?:phone|mobile|landline|nhs|chi|gmc|" + DATE_OF_BIRTH_WORDS + r"|born|"
    r"postcode|post[ \t]+code|address|e-?mail)\b")
#: a letter or two in capitals (not "I", "A", "O"): a postcode or a spelling beside the number
_LETTERS = re.compile(r"(?<![\w'’])(?![IAO]\b)[A-Z]{1,2}(?![\w'’])")
#: this many words between two parts of a stretch are left standing (parts redacted apart):
#: "..., and after that it's ..."; fewer are redacted with the number ("nil", "crackle")
_KEPT_GAP_WORDS = 3
#: what follows a count: "six, eight, maybe nine of them", "three or four more"
_COUNT_AFTER = re.compile(r"(?i)[ \t]+(?:of|them|us|each|more|less|fewer|apiece|in[ \t]+all|"
                          r"or[ \t]+so|odd|ish)\b")
_SENTENCE_STOP = re.compile(r"(?<!\.)\.(?!\.)")
#: what names a person's contact or registration number, or something as personal
_CUE = re.compile(
    r"(?i)\b(?:phone|mobile|landline|number|no\.|num|tel|telephone|ring|call|text|whatsapp|"
    r"contact|nhs|chi|gmc|registration|reg|registered|pin|" + DATE_OF_BIRTH_WORDS + r"|born|"
    r"address|postcode|e-?mail|digits|dial|extension|mob|cell)\b")
#: a measure or a score named before: the numbers are readings, not an identifier
_MEASURE = re.compile(
    r"(?i)\b(?:scores?|scored|scale|ratings?|rated|grades?|marks|points|items|questions|doses?|"
    r"obs|observations|bp|blood[ \t]+pressure|pulse|sats|temp|temperature|gcs|news|readings?|"
    r"results?|weights?|heights?|prices?|costs?|cost|paid|spent|budget|salary|minutes|hours)\b")
_MONEY = re.compile(r"[£$€]")
#: how far into its turn a number is still the answer to the question before (characters
#: from the line's start, the speaker label included): later, the speaker has moved on
_ANSWER_OPENING = 60
#: a question asking for a quantity, a time or a year: its answer is no identifier
_QUANTITY_QUESTION = re.compile(
    r"(?i)\b(?:when|how[ \t]+(?:many|much|long|old|often|far|big|fast|soon)|what[ \t]+(?:time|age|"
    r"year|ratio|percentage|proportion)|which[ \t]+(?:year|month|day))\b")
_CLOCK = re.compile(r"\d[:.]\d\d\b")


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    #: number units this token stands for ("oh" 1, "four-and-sixty" 2, "double" 1)
    units: int
    #: estimated digits it says
    digits: str
    #: its value when it is one plain number (for the order test), else None
    value: int | None
    single: bool
    repeat: bool
    typed_group: bool
    #: two digits said as one number: "seventy-two", "four-and-sixty", "seventeen"
    pair: bool
    #: "hundred" or "thousand" in it
    scale: bool


#: the most digits of a number whose value is read (Python reads at most
#: ``sys.get_int_max_str_digits()`` digits, which no setting makes fewer than 640)
_MOST_VALUE_DIGITS = 640


def _token(text: str, start: int, end: int) -> _Token:
    surface = text[start:end]
    parts = [p.lower() for p in _SPLIT.split(surface) if p]
    digits, units, value = "", 0, None
    single = repeat = typed = scale = False
    kinds = []
    for part in parts:
        units += 1
        if part[0] in "+0123456789(":
            d = part.strip("+()")
            digits += d
            single |= len(d) == 1 and len(parts) == 1
            typed |= len(d) >= 3
            # (a number of thousands of digits -- a key held down -- has no value: int()
            # refuses more than the interpreter's limit of digits, at least 640, and the
            # whole engine stopped on the transcript)
            value = int(d) if d.isdigit() and len(parts) == 1 and len(d) <= _MOST_VALUE_DIGITS \
                else None
        elif part in _UNITS:
            kinds.append("unit")
            digits += str(_UNITS[part])
            single |= len(parts) == 1
            value = _UNITS[part] if len(parts) == 1 else None
        elif part in TEEN_WORDS:
            kinds.append("teen" if part != "ten" else "ten")
            digits += str(TEEN_WORDS[part])
            value = TEEN_WORDS[part] if len(parts) == 1 else None
        elif part in TENS_WORDS:
            kinds.append("tens")
            digits += str(TENS_WORDS[part] // 10)
            value = TENS_WORDS[part] if len(parts) == 1 else None
            digits += "0"
        elif part in _PLURALS:
            digits += str(_PLURALS[part]) * 2
            repeat = True
        elif part in _SCALES:
            scale = True
            digits += "0" * _SCALES[part]
        else:  # a repeat word: it doubles the digit beside it
            repeat = True
    pair = kinds in (["tens", "unit"], ["unit", "tens"], ["teen"])
    return _Token(start, end, units, digits, value, single, repeat, typed, pair, scale)


def _words(gap: str) -> list[str]:
    """The words said in a gap, not those of a transcription mark."""
    return [w for w in _GAP_WORD.findall(gap) if w]


def _joins(text: str, gap_start: int, gap_end: int) -> bool:
    """Whether two number-ish tokens with ``text[gap_start:gap_end]`` between belong to one
    stretch."""
    if gap_end - gap_start > _MAX_GAP_CHARS:
        return False
    gap = text[gap_start:gap_end]
    if "\n" in gap or "?" in gap or "!" in gap or _MONEY.search(gap):
        return False
    words = _words(gap)
    if len(words) > _MAX_GAP_WORDS:
        return False
    # "(I: yep)", "— I: okay —", ", I: go on, P: ": another voice inlaid in the number
    inlaid = ":" in gap and _INLAID_VOICE.fullmatch(gap) is not None
    said = _INLAID_LABEL.sub(" ", gap) if inlaid else gap
    if words and (_SENTENCE_STOP.search(said) or _BREAK.search(said)):
        return False  # "... seven. The score was ...", "six to eight", "one forty over ninety"
    if _PLURAL_AFTER.match(gap):
        return False  # "three nights", "two forms"
    if words and _SOMEONE_IS.search(gap):
        return False  # "..., and I was twenty-two", "we were six"
    if _OTHER_IDENTIFIER.search(gap) or (not inlaid and _LETTERS.search(gap)):
        return False  # "..., my date of birth, ...", "..., and S A forty-eight" (a postcode)
    return ":" not in gap or "(" in gap or "[" in gap or inlaid


def _cued(text: str, start: int, end: int) -> bool:
    """A personal cue before or just after the stretch, in the question its turn answers, or
    the turn answering a question at all: a number read out in reply to "what's the best way
    to reach you?", "and hers?", "sorry, once more?" is somebody's, whatever words the question
    used. Round 18, measured on the spoken development sets (``spoken/dev``, ``dev2``,
    ``heldout`` ... ``heldout10``, the spoken documents of four ``people_*`` sets; 534 leaked
    spoken mentions) and ``negatives_dev`` ... ``dev5``: an answer turn counted as a cue at
    five units, with the question guards below, caught 8 leaked mentions for one ordinary word
    more; without the guards it altered 191 more words (248 at four units), and lowering
    the bar without a cue (8 -> 5) caught 3 for 82 more. A question that names a measure or
    a thing's reference ("what did you score?", "which room?") or asks for a quantity, a time
    or a year ("how many?", "when?") makes no answer personal."""
    question = question_answered(text, start)
    if question is not None and start - text.rfind("\n", 0, start) <= _ANSWER_OPENING and not any(
            pattern.search(text, *question) for pattern in (_MEASURE, _THING, _QUANTITY_QUESTION)):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80):start]
    if _CUE.search(before):
        return True
    # the question a turn answers: the line before, when it asks ("your NHS number?")
    if line_start > 1 and start - line_start <= 60:
        prev_end = line_start - 1
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1
        prev = text[max(text.rfind("\n", 0, prev_end) + 1, prev_end - 120):prev_end]
        if "?" in prev and _CUE.search(prev):
            return True
    line_end = text.find("\n", end)
    after = text[end:min(len(text) if line_end < 0 else line_end, end + 40)]
    return _CUE.search(after) is not None


def _a_measure(text: str, start: int) -> bool:
    """A measure or score named earlier in the clause, and no person's identifier after it."""
    window = text[max(0, start - 60):start]
    cut = max(window.rfind("\n"), window.rfind(". "), window.rfind("? "))
    clause = window[cut + 1:] if cut >= 0 else window
    measure = None
    for measure in _MEASURE.finditer(clause):
        pass
    return measure is not None and _CUE.search(clause[measure.end():]) is None


def _year_units(text: str, tokens: list[_Token]) -> int:
    """Units of ``tokens`` that say years: "nineteen" or "twenty" then a tens word or a pair."""
    units = 0
    for a, b in pairwise(tokens):
        if text[a.start:a.end].lower() in ("nineteen", "twenty") and (
                b.pair or text[b.start:b.end].lower() in TENS_WORDS) and \
                text[a.end:b.start].strip(" \t") == "":
            units += a.units + b.units
    return units


def _shaped(tokens: list[_Token], text: str, *, cued: bool) -> bool:
    """Shaped like an identifier read out, not like counts, money, times or years: single
    digits, a typed group, a repeat or a leading zero; with a cue, digits read in pairs too
    ("seventy-two twenty-eight, seventy-eight one")."""
    start, end = tokens[0].start, tokens[-1].end
    surface = _MARK.sub("", text[start:end]) if "[" in text[start:end] else text[start:end]
    if _CLOCK.search(surface) or _MONEY.search(text, max(0, start - 2), end):
        return False
    if all(t.typed_group and _YEAR.fullmatch(t.digits) for t in tokens):
        return False
    if _PLURAL_AFTER.match(text, end) or _BREAK.match(text, end + 1) or \
            _COUNT_AFTER.match(text, end):
        return False  # "twenty-five, thirty years", "three four five pounds"
    values = [t.value for t in tokens]
    if all(v is not None for v in values) and not tokens[0].digits.startswith("0") and \
            in_order([v for v in values if v is not None]):
        return False
    if 2 * _year_units(text, tokens) >= sum(t.units for t in tokens):
        return False  # years said as years: "nineteen sixty-four and she in nineteen sixty-seven"
    singles = sum(1 for t in tokens if t.single)
    pairs = sum(1 for t in tokens if t.pair)
    # pairs read as one number ("seventy-two twenty-eight", "forty-six nine"), not a list of
    # values said one by one ("seventy-two, eighty-one, ninety-five")
    together = singles > 0 or any(text[a.end:b.start].strip(" \t") == "" for a, b in pairwise(tokens))
    return singles >= 3 or (cued and together and singles + pairs >= 3) or any(t.typed_group or t.repeat for t in tokens) or \
        tokens[0].digits.startswith("0")


def _label_stop(text: str, pos: int, labels: dict[int, int]) -> int:
    """Where the speaker label of the line holding ``pos`` ends (its start if it has none, or
    if the "label" is only number words: "oh seven seven one:" is speech); memoised per line
    in ``labels``."""
    line_start = text.rfind("\n", 0, pos) + 1
    stop = labels.get(line_start)
    if stop is None:
        stop = label_end(text, line_start)
        if _NUMISH.sub("", text[line_start:stop]).strip(" \t:-.,") == "":
            stop = line_start
        labels[line_start] = stop
    return stop


def _stretches(text: str) -> list[list[_Token]]:
    stretches: list[list[_Token]] = []
    current: list[_Token] = []
    marks = [(m.start(), m.end()) for m in _MARK.finditer(text)] if "[" in text else []
    mark_starts = [a for a, _ in marks]
    labels: dict[int, int] = {}
    for m in _NUMISH.finditer(text):
        if marks:
            at = bisect.bisect_left(mark_starts, m.start()) - 1
            if at >= 0 and m.start() < marks[at][1]:
                continue  # inside a transcription mark
        if text.startswith(":", m.end()) and in_label(text, m.start(), m.end()):
            continue  # "Speaker 2:"
        if m.start() < _label_stop(text, m.start(), labels):
            continue  # "OH-002 (narrator):", "P 12 (phone):": a speaker's code, not speech
        if current and _joins(text, current[-1].end, m.start()):
            current.append(_token(text, m.start(), m.end()))
            continue
        if sum(t.units for t in current) >= 3:
            stretches.append(current)
        current = [_token(text, m.start(), m.end())]
    if sum(t.units for t in current) >= 3:
        stretches.append(current)
    return stretches


def _set_off(text: str, first: _Token, second: _Token) -> bool:
    """Two words or more, or a sentence's full stop, stand between two tokens."""
    return len(_words(text[first.end:second.start])) >= 2 or \
        _SENTENCE_STOP.search(text, first.end, second.start) is not None


def _interjection(text: str, first: _Token, second: _Token) -> bool:
    """An opening "Oh," is the speaker's, not a zero, when a word or a number that is not one
    digit comes next ("Oh, eh, oh seven", "Oh, eighty-one"); an opening "twice" repeats
    nothing ("I read it out twice, nine three ...")."""
    said = text[first.start:first.end].lower()
    if said in ("twice", "thrice"):
        return True
    return said in ("oh", "o") and text.startswith(",", first.end) and (
        bool(_words(text[first.end:second.start])) or not second.single)


def _pieces(text: str, tokens: list[_Token]) -> list[tuple[int, int]]:
    """(start, end) of the parts of a stretch to redact: split where several words stand, and
    around a mark with a time in it ("[inaudible 00:00:02]": the engine protects timestamps,
    and drops a span that overlaps one)."""
    pieces: list[tuple[int, int]] = []
    start = tokens[0].start
    for a, b in pairwise(tokens):
        gap = text[a.end:b.start]
        if len(_words(gap)) >= _KEPT_GAP_WORDS or _TIMED_MARK.search(gap):
            pieces.append((start, a.end))
            start = b.start
    pieces.append((start, tokens[-1].end))
    return pieces


def _trimmed(text: str, tokens: list[_Token]) -> list[_Token]:
    """Without a lone one-unit token at either end set off by two words or a full stop: an
    interjection or a count beside the number ("Oh, my mobile: ...", "... There were two")."""
    while len(tokens) > 2 and tokens[0].units == 1 and (
            _set_off(text, tokens[0], tokens[1]) or _interjection(text, tokens[0], tokens[1])):
        tokens = tokens[1:]
    while len(tokens) > 2 and tokens[-1].units == 1 and _set_off(text, tokens[-2], tokens[-1]):
        tokens = tokens[:-1]
    return tokens


class _Sums:
    """Sums over any consecutive part of the stretches, each one difference: the words said
    between its tokens, its units and its digits. A stretch is cut into consecutive parts,
    and a whole number's rest is cut again and again; summed from each cut to the end ("Tues
    3/1, Tues 3/1, ..." said thousands of times) the work grew with the square of the run."""

    def __init__(self, text: str, stretches: list[list[_Token]]) -> None:
        self.words: dict[int, int] = {}  # by a token's start: from its stretch's first token
        self.units: dict[int, int] = {}
        self.at: dict[int, tuple[str, int]] = {}  # its stretch's digits, where its own start
        for stretch in stretches:
            digits = "".join(t.digits for t in stretch)
            words = units = offset = 0
            for i, token in enumerate(stretch):
                if i:
                    words += len(_words(text[stretch[i - 1].end:token.start]))
                self.words[token.start], self.units[token.start] = words, units
                self.at[token.start] = (digits, offset)
                units += token.units
                offset += len(token.digits)

    def words_between(self, tokens: list[_Token]) -> int:
        return self.words[tokens[-1].start] - self.words[tokens[0].start]

    def units_in(self, tokens: list[_Token]) -> int:
        return self.units[tokens[-1].start] + tokens[-1].units - self.units[tokens[0].start]

    def digits_in(self, tokens: list[_Token]) -> str:
        digits, first = self.at[tokens[0].start]
        return digits[first:self.at[tokens[-1].start][1] + len(tokens[-1].digits)]


def expected_digits(entity: str, digits: str) -> int:
    """Digits in a whole number of ``entity`` whose first digits are ``digits``: a UK phone
    number eleven (twelve from "44", thirteen from "0044"), an NHS or CHI number ten, a GMC
    number seven; 0 for any other entity."""
    if entity == "PHONE":
        said = digits.lstrip("+")
        if said.startswith("00"):
            return 13
        return 12 if said.startswith("44") else 11
    if entity == "NHS_NUMBER":
        return 10
    return 7 if entity == "GMC_NUMBER" else 0


def digits_said(text: str, start: int, end: int) -> str:
    """The digits said in ``text[start:end]``: the parser's reading ("three hundred and
    forty-eight" is 348), with each number-ish word it could not read estimated ("nil")."""
    part = text[start:end]
    items = [i for r in number_runs(part) for i in r.items]
    # a word is the parser's when an item holds its first character (one bisection a word)
    parsed = holder_test((i.start, i.end) for i in items)
    said = []
    for m in _NUMISH.finditer(part):
        if not parsed(m.start(), m.start() + 1):
            said.append((m.start(), _token(part, m.start(), m.end()).digits))
    said.extend((i.start, i.digits) for i in items)
    return "".join(d for _, d in sorted(said))


#: words said inside a number that say nothing
_FILLERS = frozenset({"um", "umm", "uh", "er", "erm", "eh", "ah", "like", "and", "then", "so",
                      "yeah", "right"})
#: a correction: the same number said again
_CORRECTED = re.compile(r"(?i)(?<![A-Za-z])(?:no|sorry|wait|scratch[ \t]+that|I[ \t]+mean|"
                        r"make[ \t]+(?:that|it)|correction)(?![A-Za-z])")


def _complete(text: str, start: int, end: int, entity: str) -> bool:
    """A number of ``entity`` said in ``text[start:end]`` that already says all its digits."""
    digits = digits_said(text, start, end)
    return len(digits) >= expected_digits(entity, digits)


def _split_at_whole(text: str, tokens: list[_Token], sums: _Sums) -> list[list[_Token]]:
    """A stretch cut after a whole number where words stand before more numbers ("GMC seven
    oh one four four two six, qualified in two thousand and nine"); a correction between
    ("..., no, ...") is the same number said again and does not cut."""
    start, end = tokens[0].start, tokens[-1].end
    digits = sums.digits_in(tokens)
    need = expected_digits(_entity(text, start, end, digits), digits)
    if len(digits) <= need:
        return []
    for i, (a, b) in enumerate(pairwise(tokens)):
        gap = text[a.end:b.start]
        if not any(w.lower() not in _FILLERS for w in _words(gap)):
            continue
        said = len(digits_said(text, start, a.end))
        if said >= need and _CORRECTED.search(gap) is None:
            return [tokens[:i + 1], tokens[i + 1:]]
        if said > need:
            break
    return []


def find_dense_numbers(text: str, earlier: Sequence[Finding] = ()) -> list[Finding]:
    """Stretches dense in number-ish words, shaped like an identifier (see the module);
    ``earlier``: what the other finders found, for the rest of a number said a little later."""
    findings: list[Finding] = []
    ends = sorted((f.end, f.entity) for f in earlier if f.score >= _SCORE - 0.2 and (
        f.entity in _NUMBER_ENTITIES and not _complete(text, f.start, f.end, f.entity) or
        f.entity == "DATE" and _CHI_BEFORE.search(text, max(0, f.start - 200), f.start)))
    # in the order said, so that a number found here anchors the rest said after it
    stretches = _stretches(text)
    sums = _Sums(text, stretches)
    pending = [_trimmed(text, found) for found in reversed(stretches)]
    while pending:
        tokens = pending.pop()
        units = sums.units_in(tokens)
        if units < 3:
            continue
        if 2 * units < 3 * sums.words_between(tokens):
            # too sparse as a whole: its parts set apart by several words may not be
            pending.extend(_trimmed(text, part) for part in reversed(_split(text, tokens)))
            continue
        whole = _split_at_whole(text, tokens, sums)
        if whole:
            pending.extend(reversed(whole))
            continue
        start, end = tokens[0].start, tokens[-1].end
        if _only_a_label(text, start):
            pass  # "Partner (in the room): ..." names no thing: the label is who speaks
        elif a_thing(text, start) or _a_measure(text, start):
            continue
        cued = _cued(text, start, end)
        digits = "".join(t.digits for t in tokens)
        entity: str | None = None
        shaped = _shaped(tokens, text, cued=True)
        # shaped without a cue, asked only when there is none (a cue lets paired numbers count)
        shaped_here = shaped if cued else _shaped(tokens, text, cued=False)
        if shaped and shaped_here and (
                units >= MIN_UNITS or (cued and units >= MIN_CUED_UNITS and (
                    units > _MIN_CUED_PART_UNITS or not _weak_evidence_spoilt(text, tokens)))):
            score = _SCORE
        elif shaped and cued and units >= _MIN_CUED_PART_UNITS and \
                tokens[0].digits.startswith("0") and sum(1 for t in tokens if t.single) >= 4:
            score = _REST_SCORE  # a UK number's start read digit by digit: "oh, seven, seven, two, two"
        elif _weak_evidence_spoilt(text, tokens):
            continue
        else:
            entity, after_date = _continued(text, ends, start)
            score = _REST_SCORE
            if entity is not None and not shaped and not (after_date and units <= 6):
                entity = None  # after a CHI's date, any four digits are its tail
            if entity is None:
                if not shaped or not shaped_here or \
                        units < (_MIN_CUED_PART_UNITS if cued else MIN_UNITS - 1):
                    continue
                score = _REVIEW_SCORE
        entity = entity or _entity(text, start, end, digits)
        findings.extend(Finding(a, b, entity, score, DETECTOR) for a, b in _pieces(text, tokens))
        if score >= _REST_SCORE and not _complete(text, start, end, entity):
            bisect.insort(ends, (end, entity))
    return findings


def _only_a_label(text: str, start: int) -> bool:
    """Only a speaker label stands between the line's start and ``start``."""
    return _LABEL_ONLY.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


def _entity(text: str, start: int, end: int, digits: str) -> str:
    """The cue's entity, else by shape; "when I registered" names the medical register."""
    if not context_kinds(text, start, end) and _REGISTERED.search(
            text, max(text.rfind("\n", 0, start) + 1, start - 80), start):
        return "GMC_NUMBER"
    return entity_of(text, start, end, digits)


def _weak_evidence_spoilt(text: str, tokens: list[_Token]) -> bool:
    """For a short stretch (the rest of a number, a review item): a year ("two thousand and
    eight"), a time or a road after its word ("at oh-eight-hundred", "the A five nine one"),
    an emergency or service number ("one one one"), a thing bleeped or paged."""
    if any(t.scale and "000" in t.digits for t in tokens):
        return True
    if _year_units(text, tokens[:2]):
        return True  # a year: "nineteen sixty-seven"
    start = tokens[0].start
    before = text[max(0, start - 24):start]
    if _TIME_OR_ROAD_BEFORE.search(before):
        return True
    return _SERVICE.fullmatch("".join(t.digits for t in tokens)) is not None


def _split(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """A stretch cut where several words stand between two of its tokens."""
    parts: list[list[_Token]] = [[tokens[0]]]
    for a, b in pairwise(tokens):
        if len(_words(text[a.end:b.start])) >= _KEPT_GAP_WORDS:
            parts.append([])
        parts[-1].append(b)
    return parts if len(parts) > 1 else []


def _continued(text: str, ends: list[tuple[int, str]], start: int) -> tuple[str | None, bool]:
    """The entity of a number found just before ``start`` (the rest of it said a sentence or a
    turn later: "the start I know, oh seven three... it's on the card. Nine six five, four"),
    and whether that was the date of birth a CHI number opens with."""
    at = bisect.bisect_right(ends, (start, "~")) - 1
    if at < 0 or start - ends[at][0] > _REST_WINDOW:
        return None, False
    between = text[ends[at][0]:start]
    if between.count("\n") > 4 or "?" in between or _OTHER_IDENTIFIER.search(between):
        return None, False
    if ends[at][1] == "DATE":
        return "NHS_NUMBER", True
    return ends[at][1], False
