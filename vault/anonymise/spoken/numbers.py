"""Numbers as people say them: one small parser from number words and digit groups to digits,
shared by every spoken-identifier finder (phones, NHS/CHI/GMC numbers, dates of birth, house
numbers, ages, years).

::

    runs = number_runs("ring me on oh seven seven double oh, nine hundred, one two three")
    runs[0].digits                       # "07700900123"
    words_value("two thousand and nineteen")   # 2019

A *run* is a maximal stretch of number tokens -- digits ("07700"), unit words including the
spoken zeros "oh", "zero", "nought", teens, tens, "hundred", "thousand", "double"/"triple"/
"treble", a leading "plus" -- joined by what speech and transcripts put between them: spaces,
commas, hyphens, dashes, dots and ellipses, fillers and hesitations ("um", "er", "erm", "uh", "then", "sorry", "like", "hang on",
"let me see", "you know", "I mean", "it's"), brackets ("+44 (0) ..."), "and"
after "hundred"/"thousand" (or in "and then"), and ``[inaudible]``/``[pause]`` marks (which make the run *incomplete*).
A sentence end (". " before a capital, "?", "!") or a line break ends a run. Each run is a list
of :class:`NumberItem` s, one per spoken unit: "twenty-seven" -> "27", "double oh" -> "00",
"nine hundred and twelve" -> "912", "oh" -> "0", "07700" -> "07700"; a run's digits are their
concatenation, so "nineteen ninety-eight" reads "1998" and "seven seven hundred" reads "7700".

Cost: one precompiled regex pass over the text plus work linear in the number of tokens found.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from vault.anonymise.number_words import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

__all__ = [
    "NUMBER_WORDS_RE",
    "TEEN_WORDS",
    "TENS_WORDS",
    "UNIT_WORDS",
    "NumberItem",
    "NumberRun",
    "number_runs",
    "words_value",
]

_REPEAT = {"double": 2, "triple": 3, "treble": 3}
#: words that read out one digit (or a repeated one)
_DIGIT_WORDS = frozenset([*UNIT_WORDS, "o", *_REPEAT])
_SCALE = {"hundred": 100, "thousand": 1000}

#: any cardinal in words up to the thousands, e.g. "a hundred and twelve", "twenty-seven"
NUMBER_WORDS_RE = (
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[ \t]+thousand"
    r"(?:(?:,?[ \t]+and)?[ \t]+(?:(?:one|two|three|four|five|six|seven|eight|nine)[ \t]+hundred"
    r"(?:[ \t]+and[ \t]+_BELOW100_)?|_BELOW100_))?"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine)[ \t]+hundred(?:[ \t]+and[ \t]+_BELOW100_)?"
    r"|_BELOW100_)"
).replace("_BELOW100_",
          r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \t](?:one|two|three|"
          r"four|five|six|seven|eight|nine)(?![\w-]))?|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          r"sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)")

_TOKEN = re.compile(
    r"(?=[+0-9ZzOoNnTtFfSsEeHhDdPpAa])(?<![\w'’])(?:\+?\d+|(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|double|triple|treble|plus|"
    # "a" only before a scale word that is itself a token: not "a thousand's worth", "a
    # hundredfold", where "a" alone reached the parser as a number and failed its assertion
    r"a(?=[ \t]+(?:hundred|thousand)(?![\w'’]))))(?![\w'’])", re.IGNORECASE)
#: what may stand between two tokens of one number
_GAP = re.compile(
    r"(?:[ \t,;.…/()\-–—]|(?<![A-Za-z])(?:um|umm|uh|uhm|er|erm|ah|em|eh|and|then|next|sorry|like|wait|"
    r"(?:hang|hold)[ \t]+on|let[ \t]+me[ \t]+(?:see|think|check)|you[ \t]+know|I[ \t]+mean|"
    r"it['’]s)(?![A-Za-z])"
    r"|\[(?:pause|inaudible|unclear|indistinct|crosstalk|\?)[^\]\n]{0,24}\])*", re.IGNORECASE)
_MARK = re.compile(r"\[[^\]\n]{0,40}\]")
_DIGIT_WORD_RE = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|treble|\d)"
_DIGIT_BEFORE = re.compile(r"(?<![\w'’])" + _DIGIT_WORD_RE + r"[ \t-]+\Z", re.IGNORECASE)
_DIGIT_AFTER = re.compile(r"[ \t-]+" + _DIGIT_WORD_RE + r"(?![\w'’])", re.IGNORECASE)
_AND = re.compile(r"(?<![A-Za-z])and(?![A-Za-z])", re.IGNORECASE)
_THEN = re.compile(r"(?<![A-Za-z])then(?![A-Za-z])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberItem:
    """One spoken unit of a number and the digits it stands for."""

    start: int
    end: int
    digits: str
    #: True when written in words ("forty-seven"), False for digits ("47")
    words: bool


@dataclass(frozen=True, slots=True)
class NumberRun:
    """A stretch of number items read out together."""

    items: tuple[NumberItem, ...]
    #: an [inaudible] mark (or similar) interrupted it: digits may be missing
    incomplete: bool

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end

    @property
    def digits(self) -> str:
        return "".join(item.digits for item in self.items)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    # casefolded as the pattern matched, ignoring case: "ſix", with a long s, is a word of it
    tokens = [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(text)]
    if "[" not in text:
        return tokens
    # digits inside transcription marks ("[inaudible 00:12:01]") are not spoken numbers
    ends = {}
    for m in _MARK.finditer(text):
        ends[m.start()] = m.end()
    starts = sorted(ends)
    kept = []
    for token in tokens:
        i = bisect.bisect_right(starts, token[0]) - 1
        if i < 0 or ends[starts[i]] <= token[0]:
            kept.append(token)
    return kept


def _joinable(text: str, prev: tuple[int, int, str], nxt: tuple[int, int, str]) -> bool | None:
    """Whether two tokens belong to one run: None = no, False = yes, True = yes but a gap mark
    (inaudible) stands between them."""
    gap = text[prev[1]:nxt[0]]
    if len(gap) > 40 or "\n" in gap or _GAP.fullmatch(gap) is None:
        return None
    if _AND.search(gap) and prev[2] not in _SCALE and not _THEN.search(gap) and not (
            prev[2] == "nineteen" and nxt[2] in TENS_WORDS and gap.strip() == "and") and not (
            # digits read out in groups joined by "and": "oh seven three oh nine and three six"
            # (groups of two digits or more on both sides: "seven and eight" stays two numbers)
            (prev[2] in _DIGIT_WORDS or prev[2].isdigit()) and nxt[2] in _DIGIT_WORDS
            and nxt[2] not in _REPEAT and "," not in gap
            and _DIGIT_BEFORE.search(text, max(0, prev[0] - 12), prev[0]) is not None
            and _DIGIT_AFTER.match(text, nxt[1]) is not None):
        return None  # but a year said "nineteen and eighty-seven" is one number
    if "?" in gap.replace("[?]", "") or "!" in gap:
        return None
    if "." in gap.replace("...", "").replace("…", "") and text[nxt[0]].isupper() and not (
            prev[2] in _DIGIT_WORDS and nxt[2] in _DIGIT_WORDS):
        # a sentence ends: "I'm forty. Two of us..." -- but digits read out in groups may be
        # typed as sentences: "Oh seven seven. Double oh nine. One two three."
        return None
    return "[" in gap


def _value_below_100(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """A number under 100 in words starting at token i: (value, tokens used)."""
    word = tokens[i][2]
    if word in TEEN_WORDS:
        return TEEN_WORDS[word], 1
    if word in TENS_WORDS:
        if i + 1 < len(tokens) and tokens[i + 1][2] in UNIT_WORDS and tokens[i + 1][2] not in (
                "zero", "oh", "nought") and tokens[i + 1][0] - tokens[i][1] <= 1:
            return TENS_WORDS[word] + UNIT_WORDS[tokens[i + 1][2]], 2
        return TENS_WORDS[word], 1
    if word in UNIT_WORDS and word not in ("oh", "nought"):
        return UNIT_WORDS[word], 1
    return None


def _items(text: str, tokens: list[tuple[int, int, str]]) -> list[NumberItem]:
    """Combine a run's tokens into spoken units."""
    out: list[NumberItem] = []
    i, n = 0, len(tokens)
    while i < n:
        start, end, word = tokens[i]
        nxt = tokens[i + 1][2] if i + 1 < n else ""
        if word[0] in "+0123456789":
            out.append(NumberItem(start, end, word, False))
            i += 1
        elif word == "plus":
            if nxt and (nxt[0].isdigit() or nxt in UNIT_WORDS or nxt in _REPEAT
                        or nxt in TENS_WORDS):  # "plus forty-four"
                out.append(NumberItem(start, end, "+", True))
            i += 1
        elif word in _REPEAT:
            if nxt in UNIT_WORDS or nxt == "o" or (len(nxt) == 1 and nxt.isdigit()):
                digit = str(UNIT_WORDS.get(nxt, 0)) if not nxt.isdigit() else nxt
                out.append(NumberItem(start, tokens[i + 1][1], digit * _REPEAT[word], True))
                i += 2
            else:
                i += 1
        elif word in ("hundred", "thousand") or (word == "o" and not out and not (
                nxt in UNIT_WORDS or nxt in _REPEAT)):
            i += 1  # a scale word without a number before it, or "o" opening nothing
        elif nxt in _SCALE and (word in UNIT_WORDS or word == "a" or word in TEEN_WORDS):
            head = 1 if word == "a" else UNIT_WORDS.get(word, TEEN_WORDS.get(word, 0))
            value = head * _SCALE[nxt]
            j = i + 2
            if nxt == "thousand" and j + 1 < n and tokens[j + 1][2] == "hundred" and \
                    tokens[j][2] in UNIT_WORDS:
                value += UNIT_WORDS[tokens[j][2]] * 100
                j += 2
            if j < n and _AND.search(text[tokens[j - 1][1]:tokens[j][0]]):
                rest = _value_below_100(tokens, j)
                if rest is not None:
                    value += rest[0]
                    j += rest[1]
            elif j < n and nxt == "hundred" and head < 10:
                rest = _value_below_100(tokens, j)  # "nine hundred twelve" (no "and")
                if rest is not None and rest[0] >= 10:
                    value += rest[0]
                    j += rest[1]
            width = 4 if value >= 1000 else 3
            out.append(NumberItem(start, tokens[j - 1][1], str(value).zfill(width), True))
            i = j
        elif word in UNIT_WORDS or word == "o":
            out.append(NumberItem(start, end, str(UNIT_WORDS.get(word, 0)), True))
            i += 1
        else:
            below = _value_below_100(tokens, i)
            assert below is not None, word
            out.append(NumberItem(start, tokens[i + below[1] - 1][1], str(below[0]), True))
            i += below[1]
    return out


_TRAILING_OH_AFTER = re.compile(r"[ \t]*,[ \t]*[A-Za-z]")


def number_runs(text: str) -> list[NumberRun]:
    """Every run of spoken or written number tokens in ``text``, in order."""
    tokens = _tokens(text)
    runs: list[NumberRun] = []
    i = 0
    while i < len(tokens):
        # a leading "Oh," / "oh!" is an interjection, not a zero
        if tokens[i][2] in ("oh", "o") and (
                tokens[i][1] >= len(text) or text[tokens[i][1]] in ",!.?"):
            i += 1
            continue
        j = i + 1
        incomplete = False
        while j < len(tokens):
            joined = _joinable(text, tokens[j - 1], tokens[j])
            if joined is None:
                break
            incomplete |= joined
            j += 1
        # a trailing ", oh," after a filler and before words is the speaker's interjection, not
        # a zero: "it starts oh seven five, and then, oh, I always forget"
        if j - i > 1 and tokens[j - 1][2] == "oh" and \
                "," in text[tokens[j - 2][1]:tokens[j - 1][0]] and \
                re.search("[A-Za-z]", text[tokens[j - 2][1]:tokens[j - 1][0]]) and \
                _TRAILING_OH_AFTER.match(text, tokens[j - 1][1]):
            items = _items(text, tokens[i:j - 1])
        else:
            items = _items(text, tokens[i:j])
        if items:
            runs.append(NumberRun(tuple(items), incomplete))
        i = j
    return runs


def stretches(items: Sequence[NumberItem], max_digits: int) -> Iterator[tuple[int, int, str]]:
    """Every contiguous stretch ``items[i:j]`` of at most ``max_digits`` characters of digits,
    as ``(i, j, digits)``: how a finder looks for a number inside a longer run ("..., one of
    the nurses" after a phone number)."""
    for i in range(len(items)):
        digits = ""
        for j in range(i, len(items)):
            digits += items[j].digits
            if len(digits) > max_digits:
                break
            yield i, j + 1, digits


def words_value(phrase: str) -> int | None:
    """The value of a cardinal written in words ("a hundred and twelve" -> 112), or None when
    ``phrase`` is not one number."""
    runs = number_runs(phrase)
    if len(runs) != 1 or len(runs[0].items) != 1:
        return None
    digits = runs[0].items[0].digits
    return int(digits) if digits.isdigit() else None
