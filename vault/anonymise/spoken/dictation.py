"""Identifiers inside voice-dictation output, conversation-analysis (CA) notation and relayed
calls: read as plain spoken numbers before the finders run, in a copy of the text of the same
length (as :mod:`~.numerals` does for other languages).

::

    plain, held = plain_dictation("my mobile is oh seven seven comma nine double oh full stop one")
    # plain == "my mobile is oh seven seven       nine double oh            one"
    plain, held = plain_dictation("it's o:h seven (.) ni:ne one two (0.7) three four five six")
    # plain == "it's oh  seven     nine  one two       three four five six"; held lists the
    # spans of "o:h" and "ni:ne", so a finding touching one is stretched over all of it

Four kinds of words stand between the parts of a value and stop the finders reading it whole:

- *dictation commands* left in as words by voice-dictation software, and their common
  mishearings: "comma", "full stop", "period", "colon", "semicolon", "new line", "new
  paragraph", "open/close bracket", "hyphen", "dash", "slash", "forward slash", "oblique",
  "stroke", "space", "question mark" ("full stock", "coma", "karma", "newline", "semi colon");
- *CA notation*: micro pauses "(.)", timed pauses "(0.7)", breaths "(.hh)", ".hh", "hh",
  transcriber's comments "((coughs))", pitch and volume marks "↑ ↓ °", pace marks "> <",
  latching "=" (overlap brackets "[ ]" are left to :mod:`~.numbers`, which reads them); and
  held sounds written with colons inside the word
  ("o:h", "se::ven", "fo:ur"), which the copy writes as the plain word followed by spaces;
- *relays*: a partner or clerk passing the number on ("she says", "he's saying", "hang on,
  she's saying", "says she", "what's that, love?");
- "point" and "dash" read between digit groups ("oh seven seven point nine one two point ...").

Such words are blanked (to spaces) only in a *gap* between two parts of a value -- a digit, a
number word, "oh", "double"/"triple", a month, a capital letter alone, or a code with digits
("BT9") -- where the gap holds nothing but these words, fillers, "of"/"the"/"and" and
punctuation, and only when the *chain* of parts so joined weighs at least four digits (a digit
word weighs one, "double" two, "triple" three, a typed code its length): "six, he says seven"
and "eight comma nine" stay as they are. "point" needs more: two or more points in the chain
(a date read "fourteen point three point seventy-one") or eight digits ("oh seven seven point
nine one two ..."), so "two point five milligrams", "thirty-seven point eight" and "pH seven
point three five" are doses and readings, not identifiers. CA pauses and held sounds are
read the same way wherever they are (a pause is never a part of a value), but a timed pause
"(0.7)" is taken as one only in text written in CA notation (a micro pause "(.)" or two timed
pauses in it), so "(2.5)" in ordinary prose stays a number.

Separators the finders read themselves stay: "slash", "stroke" and "space" between number
words ("ten slash ten slash twenty-five", "one hundred and eighteen stroke five"), with
"oblique" and "forward slash" written as "slash"; between typed digits ("14 slash 3 slash 71")
they are written "/". Between two letters nothing is blanked (a spelled name's "hyphen" is the
spelling finder's). A command straight after a value and before prose ("eighty-one comma she
lives") is written as its mark. In a relay the marks go too ("nine, what's that, love? one").

Cost: a lower-cased copy and one word pattern per text, matched against the key words
(comma, stop, line, slash, says, said, point, ...); only a key word with a value part on each
side opens a window of 100 characters around it, and only windows are read. About 2% of the
spoken finders' time, 0.4% of the engine's (measured on 100 bench documents).
"""
from __future__ import annotations

import functools
import re
from itertools import pairwise

from vault.anonymise.calendar_words import MONTH_ABBREVIATIONS, MONTHS, lowered
from vault.anonymise.fastre import merged_windows
from vault.anonymise.number_words import ORDINAL_WORDS
from vault.anonymise.spoken.numbers import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

__all__ = ["plain_dictation", "stretch_over_held"]

#: dictation commands as words, with their common mishearings
_COMMAND = (
    r"(?:full[ \t-]?(?:stop|stops|stock|stopped)|fool[ \t]+stop|full[ \t]+point|period|"
    r"comma|coma|commer|karma|calmer|semi[ \t-]?colon|colon|"
    r"new[ \t-]?(?:line|lines|paragraph|para)|next[ \t]+line|knew[ \t]+line|"
    r"(?:open|close|end)[ \t]+(?:bracket|brackets|paren|parenthesis|quote)|unquote|"
    r"hyphen|dash|slash|forward[ \t]+slash|back[ \t]?slash|oblique|stroke|"
    r"space|space[ \t]?bar|tab[ \t]+key|question[ \t]+mark|exclamation[ \t]+(?:mark|point))")
#: a partner or clerk passing the number on, and what is said to them
_RELAY = (
    r"(?:(?:she|he|they|hubby|husband|wife|partner|son|daughter|mum|dad|clerk)"
    r"(?:['’]s)?[ \t]+(?:says|said|saying|is[ \t]+saying|goes|tells[ \t]+me|reckons)|"
    r"says[ \t]+(?:she|he)|(?:hang|hold)[ \t]+on|what['’]s[ \t]+that(?:,?[ \t]+(?:love|pet|"
    r"dear|darling|hon|pal))?|what[ \t]+was[ \t]+(?:it|that)|say[ \t]+(?:it|that)[ \t]+again)")
#: conversation-analysis marks: pauses, breaths, comments, pitch, volume, pace, latching, overlap
_CA = r"(?:\((?:\.|\d{1,2}\.\d{1,2}|\.?h+|\([^()\n]{1,30}\))\)|\.?hh+|[↑↓°><=]+)"
_FILLER = r"(?:um|umm|uh|er|erm|mm|mhm|hm|ah|eh|yeah|right|okay|ok|sorry|so|of|the|and)"
_POINT = r"(?:point)"
_SPECIAL = re.compile(rf"(?i){_COMMAND}|{_RELAY}|{_CA}|{_POINT}")
#: a gap between two parts of a value that may be read through
_GAP = re.compile(
    rf"(?i)(?:[ \t,;.…:!?\-–—/]|(?<![^\W\d_]){_FILLER}(?![^\W\d_])|"
    rf"(?<![^\W\d_]){_COMMAND}(?![^\W\d_])|(?<![^\W\d_]){_RELAY}(?![^\W\d_])|{_CA}|"
    rf"(?<![^\W\d_]){_POINT}(?![^\W\d_]))*")
_MAX_GAP = 48
#: separators the finders read themselves ("ten slash ten slash twenty-five", "one hundred
#: and eighteen stroke five", "S A sixty one space one F N"): kept, or written as "slash"
_KEPT = re.compile(r"(?i)slash|stroke|space")
_SLASH = re.compile(r"(?i)oblique|forward[ \t]+slash|back[ \t]?slash")
_RELAY_RE = re.compile(rf"(?i){_RELAY}")
#: a word of every command, relay and "point" above (lower case): where anything may be read
_KEYS = frozenset("""
comma coma commer karma calmer colon semicolon stop stops stock stopped fullstop period line
lines newline paragraph para bracket brackets paren parenthesis quote unquote hyphen dash slash
backslash oblique stroke space spacebar tab mark point says said saying goes tells reckons hang
hold what's what’s again
""".split())  # noqa: SIM905
_LOWER_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_LOWER_PART = re.compile(r"[a-z\d]+")
_BESIDE_KEYS = frozenset(["comma", "coma", "semicolon", "question"])
_COLON = re.compile(r":+[a-z]")
_WINDOW = 100
#: a held sound: a word with colons inside it ("o:h", "se::ven", "twenty-f:our")
_HELD = re.compile(r"(?<![\w:/@.])[^\W\d_]+(?::+[a-z][^\W\d_]*)+:*"
                   r"(?:-[^\W\d_]+(?::+[a-z][^\W\d_]*)*:*)*(?![\w:/@])|"
                   r"(?<![\w:/@.])[^\W\d_]+(?:-[^\W\d_]+)*-[^\W\d_]*:+[a-z][^\W\d_]*(?![\w:/@])")
#: a command said straight after a value part, written as its mark
_BESIDE = re.compile(
    r"(?i)[ \t]+((?:comma|coma|semi[ \t-]?colon|question[ \t]+mark)(?![^\W\d_]))")
_MARKS = {"comma": ",", "coma": ",", "semi": ";", "colon": ":", "question": "?"}
_LATCH = re.compile(r"(?m)(?<=\w)[ \t]*(=)[ \t]*$|^[^\n=]{0,24}?[ \t](=)(?=\w)")
#: a micro pause or two timed pauses: the text is written in CA notation
_MICRO = re.compile(r"\(\.\)")
_TIMED = re.compile(r"\(\d{1,2}\.\d{1,2}\)")

_MONTHS = frozenset(lowered(MONTHS + MONTH_ABBREVIATIONS))
_ORDINALS = frozenset(ORDINAL_WORDS)
_LONG_ORDINALS = frozenset(w for w in _ORDINALS if w.endswith(("teenth", "tieth", "tenth",
                                                                  "eleventh", "twelfth")))
_WORDS = frozenset([*UNIT_WORDS, *TEEN_WORDS, *TENS_WORDS, "o", "hundred", "thousand",
                    *_ORDINALS, *_MONTHS])
_WEIGHT = {"double": 2, "triple": 3, "treble": 3}
#: a part of a value: a typed code with a digit, a number word (also "twenty-one",
#: "twenty-first"), "double"/"triple", a month, a capital letter alone
_PART = re.compile(r"(?<![\w'’])(?:[A-Za-z]*\d[A-Za-z\d]*|[^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'’:])")
_MIN_WEIGHT = 4
_MIN_POINT_WEIGHT = 8


def _weight(word: str) -> int:
    """How many digits (or letters of a code) a part stands for; 0 if it is no part."""
    if any(c.isdigit() for c in word):
        return len(word)
    if len(word) == 1 and word.isupper() and word != "I":
        return 1
    low = word.lower()
    if low in _WEIGHT:
        return _WEIGHT[low]
    if low in TEEN_WORDS or low in TENS_WORDS or low in _LONG_ORDINALS:
        return 2
    if low in _WORDS:
        return 1
    if "-" in low:
        head, _, tail = low.partition("-")
        if head in TENS_WORDS and (tail in UNIT_WORDS or tail in _ORDINALS):
            return 2
    return 0


def plain_dictation(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with dictation commands, CA marks, relays and "point"s between the parts of a
    value blanked, and held sounds written plain (same length, same offsets); and the spans of
    the held-sound words (see :func:`stretch_over_held`). ``text`` itself when there is nothing
    to read."""
    held = [(m.start(), m.end()) for m in _HELD.finditer(text)] \
        if any(text[m.start() - 1].isalpha() for m in _COLON.finditer(text, 1)) else []
    ca = "(." in text and _MICRO.search(text) is not None or len(_TIMED.findall(text)) >= 2
    low = text.lower()
    keys = _KEYS.intersection(_LOWER_WORD.findall(low))
    marks = ca or "((" in text or any(c in text for c in "↑↓°=<>") or "hh" in low
    if not keys and not marks and not held:
        return text, []  # most texts: C-level string work and no more
    spots = [(m.start(), m.end()) for m in _spot_pattern(frozenset(keys), marks).finditer(low)
             if _beside_parts(low, m.start(), m.end())]
    if not spots and not held and not ca:
        return text, []
    plain = list(text)
    for a, b in held:
        word = text[a:b].replace(":", "")
        plain[a:b] = list(word.ljust(b - a))
    copy = "".join(plain) if held else text
    for a, b in merged_windows((max(0, a - _WINDOW), b + _WINDOW) for a, b in spots):
        _read(copy, a, min(b, len(copy)), ca, plain)
    if "=" in copy:
        for m in _LATCH.finditer(copy):  # CA latching: "nine =" / "= one"
            plain[m.start(m.lastindex or 1)] = " "
    if ca:  # pauses are no part of anything
        for m in (*_MICRO.finditer(copy), *_TIMED.finditer(copy)):
            plain[m.start():m.end()] = [" "] * (m.end() - m.start())
    out = "".join(plain)
    return (out, held) if out != text else (text, held)


@functools.lru_cache(maxsize=256)
def _spot_pattern(keys: frozenset[str], marks: bool) -> re.Pattern[str]:
    """The present key words (and the CA marks) as one pattern over the lower-cased text."""
    words = [re.escape(w) for w in sorted(keys, key=len, reverse=True)]
    return re.compile("|".join([*words, *([_CA] if marks else [])]) or "(?!)")


def _beside_parts(low: str, a: int, b: int) -> bool:
    """Whether a value part is said within a gap's reach before ``a`` and after ``b``."""
    before = _LOWER_PART.findall(low, max(0, a - _MAX_GAP), a)
    after = _LOWER_PART.findall(low, b, b + _MAX_GAP)
    return any(_weight(w) for w in before[-4:]) and (
        any(_weight(w) for w in after[:4]) or low[a:b] in _BESIDE_KEYS)


def _read(copy: str, a: int, b: int, ca: bool, plain: list[str]) -> None:
    """Blank what stands between the parts of each value in ``copy[a:b]``."""
    parts = [(m.start(), m.end(), w) for m in _PART.finditer(copy, a, b)
             if (w := _weight(m.group())) > 0]
    chain: list[tuple[int, int, int]] = []
    for part in [*parts, (len(copy) + _MAX_GAP + 1, 0, 0)]:
        if chain:
            gap_a, gap_b = chain[-1][1], part[0]
            if gap_b - gap_a > _MAX_GAP or "\n" in copy[gap_a:gap_b] or \
                    _GAP.fullmatch(copy, gap_a, gap_b) is None or \
                    (not ca and _TIMED.search(copy, gap_a, gap_b) is not None):
                _blank(copy, chain, plain)
                chain = []
        chain.append(part)
    for start, end, _ in parts:  # "eighty-one comma she lives": the command as its mark
        if end - start == 1 and copy[start].isalpha():
            continue
        beside = _BESIDE.match(copy, end)
        if beside is not None and plain[beside.start(1)] == copy[beside.start(1)]:
            said = re.sub(r"[ \t]+", "", beside.group(1).lower())
            mark = next((v for k, v in _MARKS.items() if said.startswith(k)), ".")
            plain[beside.start(1):beside.end(1)] = list(
                mark.ljust(beside.end(1) - beside.start(1)))


def _blank(copy: str, chain: list[tuple[int, int, int]], plain: list[str]) -> None:
    weight = sum(w for _, _, w in chain)
    if len(chain) < 2 or weight < _MIN_WEIGHT:
        return
    gaps = [(a[1], b[0]) for a, b in pairwise(chain)]
    points = sum(1 for a, b in gaps if re.search(r"(?i)point", copy[a:b]))
    read_points = points >= 2 or weight >= _MIN_POINT_WEIGHT
    for (a, b), (left, right) in zip(gaps, pairwise(chain), strict=True):
        if _letter(copy, left) or _letter(copy, right):
            continue  # a name spelled out: the spelling finder reads "hyphen", "space" itself
        typed = copy[left[0]].isdigit() and copy[right[0]].isdigit()
        said = [m for m in _SPECIAL.finditer(copy, a, b)
                if not (_KEPT.fullmatch(m.group()) and not typed)
                and (read_points or m.group().lower() != "point")]
        if not said:
            continue
        if any(_RELAY_RE.fullmatch(m.group()) for m in said):
            for i in range(a, b):  # a relay: its marks too ("what's that, love? one two")
                if copy[i] in "?!.;:,":
                    plain[i] = " "
        for m in said:
            if typed and (_KEPT.fullmatch(m.group()) or _SLASH.fullmatch(m.group())):
                word = "" if m.group().lower() == "space" else "/"  # "14 slash 3": "14 /     3"
            else:
                word = "slash" if _SLASH.fullmatch(m.group()) else ""
            plain[m.start():m.end()] = list(word.ljust(m.end() - m.start()))


def _letter(copy: str, part: tuple[int, int, int]) -> bool:
    return part[1] - part[0] == 1 and copy[part[0]].isalpha()


def stretch_over_held(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """A finding's ``start``/``end`` stretched over every held-sound word it touches (its
    letters moved left in the copy, so the finding may stop short of the word's end)."""
    for a, b in spans:
        if a < end and start < b:
            start, end = min(start, a), max(end, b)
    return start, end
