"""A learned age finder: every number in a text that could be a person's age, weighed by a model
trained on every development author who labels ages (round 25, issue 14).

The rule finders (:class:`~vault.anonymise.recognizers.AgeRecognizer`,
:mod:`~vault.anonymise.spoken.ages`) decide by the words development authors used, and the
spoken tagger (:mod:`~vault.anonymise.spoken.tagger`) only reads windows round clusters of
anchors, where few ages lie. This finder reads every *candidate*: digits (one to three of them)
and number words ("twelve", "forty-seven", "forty seven") that could say an age, and (round 26)
decades with the part said before them ("mid-forties", "early 40s"), ordinals from "tenth" up
("her eighteenth", "twenty-first") and "a hundred". Its features
are those of a whole class, not of one author's phrasing: the lower-cased words and their
classes either side, the punctuation and layout round the number (brackets, slashes, commas, a
field label, a line's start), the nearest age cue and quantity cue either side, whether a name,
title or kinship word comes before it, and the number's band. The model is a logistic
regression (``pycrfsuite`` on one-token sequences), trained by
``scripts/train_age_finder.py``; its file is checked against the SHA-256 its ``.sha256`` file
records at load. A candidate is kept as an AGE when the model's probability reaches
:data:`THRESHOLD`; the finder only adds findings (they are unioned with the rules').

The work is linear in the text: one tokenisation, one pass for the candidates, a bounded window
of features each.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vault.anonymise.number_words import ORDINAL_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS
from vault.anonymise.ordinary_labels import NUMBERED_THINGS
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.ages import (
    AFTER_BIRTHDAY,
    AGE_CHAIN,
    AGE_TALK,
    COUNT_QUESTION,
    MEASURE_WORDS,
    PEOPLE_AFTER_AGE,
    age_said_at,
    thing_asked_before,
)
from vault.anonymise.spoken.tagger import a_measured_number, model_setting, open_checked_model
from vault.anonymise.wordlists import CHILD_WORDS, KIN_WORDS

__all__ = ["AGE", "DETECTOR", "MODEL_PATH", "OTHER", "THRESHOLD", "candidates", "check_model",
           "features", "find_learned_ages", "probabilities", "tokenise"]

DETECTOR = "learned_age"
MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "age_finder.crfsuite"
#: a candidate is an AGE when the model gives it at least this probability (chosen leave one
#: author out, each fold's model trained without it, the engine's own replacements unioned with
#: the fold model's finds; the rule: the lowest threshold of 0.5-0.9 at which no fold's ordinary
#: words rise by more than 0.02 points). Round 25 kept 0.9: at 0.7 spoken/heldout16 rose +0.031
#: points, every extra span a meeting tool's login count on a speaker's header line ("iPad (2)
#: (Guest)   31:52"), now guarded. Round 26, eight folds, ordinary words finder off -> at 0.5
#: (AGE mentions leaked, finder off -> at 0.5): spoken/heldout14 0.373 -> 0.375% (0 -> 0),
#: spoken/heldout15 0.765 -> 0.765% (0 -> 0), spoken/heldout16 1.388 -> 1.388% (0 -> 0),
#: spoken/heldout17 0.851 -> 0.851% (0 -> 0), spoken/heldout18 0.670 -> 0.677% (55 -> 28),
#: people_heldout21 1.633 -> 1.633% (0 -> 0), people_heldout23 0.939 -> 0.939% (3 -> 3),
#: people_heldout24 1.693 -> 1.699% (49 -> 36): at most +0.007 points. Chosen by the folds,
#: before the held-out pair was scored
THRESHOLD = 0.5
#: the labels the model is trained on
AGE, OTHER = "AGE", "O"

#: the most an age in digits is; a longer run of digits is no candidate
_MAX_AGE = 120
_UNITS = frozenset(UNIT_WORDS)
_TEENS = frozenset({*TEEN_WORDS, "ten", "eleven", "twelve"})
_TENS = frozenset(TENS_WORDS)
#: a decade of a life said in a word, its first year ("thirties": 30)
_DECADES = {w[:-1] + "ies": n for w, n in TENS_WORDS.items()}
#: ordinals an age can be said with alone ("her eighteenth", "his sixtieth"), and the unit
#: ordinals that end a compound ("twenty-first"); "first" .. "ninth" alone are no candidates
#: (they are ranks and dates far more often than ages)
_ORDINALS = {**{w: n for w, n in ORDINAL_WORDS.items() if n >= 10},
             **{w[:-1] + "ieth": n for w, n in TENS_WORDS.items()}, "hundredth": 100}
_UNIT_ORDINALS = {w: n for w, n in ORDINAL_WORDS.items() if n < 10}
#: the part of a decade said before it ("mid-forties", "late 30s"): part of the age
_DECADE_PARTS = frozenset({"early", "mid", "late"})
#: the words a number said in words opens with ("forty", "seven", "fifteen")
_SAID_WORDS = _UNITS | _TEENS | _TENS
_NUMBER_WORDS = frozenset({*_UNITS, *_TEENS, *_TENS, *_DECADES, *_ORDINALS, "zero", "oh",
                           "nought", "hundred", "thousand", "double", "triple"})
#: words that say a person's age, or the time in a life ("old", "aged", "turned", "born")
_AGE_CUES = frozenset({"old", "age", "aged", "ages", "birthday", "born", "turned", "turn",
                       "turning", "turns", "years", "year", "yrs", "yr", "yo", "y", "o", "yoa",
                       "older", "younger", "youngest", "eldest", "oldest", "when", "till",
                       "until", "since", "retired", "retire", "died", "passed", "teenager",
                       "kid", "child", "baby", "boy", "girl", "son", "daughter", "grandchild",
                       "male", "female", "man", "woman", "m", "f", "dob", "d"})
#: words that say a number counts or measures something else
_QUANTITY_CUES = frozenset({
    "patients", "beds", "bed", "cases", "people", "staff", "mg", "milligrams", "micrograms",
    "mcg", "grams", "g", "kg", "kilos", "stone", "pounds", "lb", "quid", "pence", "p", "euros",
    "dollars", "percent", "per", "cent", "miles", "metres", "m", "cm", "mm", "inches", "feet",
    "ft", "minutes", "mins", "min", "hours", "hrs", "hour", "seconds", "days", "day", "weeks",
    "week", "months", "month", "times", "score", "scored", "points", "point", "units", "unit",
    "tablets", "dose", "ml", "mls", "litres", "l", "mmol", "mmhg", "bpm", "sats", "pressure",
    "rate", "count", "total", "marks", "out", "of", "am", "pm", "o'clock", "oclock", "half",
    "quarter", "past", "to", "ward", "room", "bay", "floor", "page", "chapter", "version",
    "number", "no", "grade", "level", "band", "step", "question", "item", "st", "nd", "rd", "th",
    "kids", "children", "pages", "words", "shifts", "nights", "hours'", "year's"})
_BANDS = ((0, "0"), (1, "1-4"), (5, "5-9"), (10, "10-12"), (13, "13-17"), (18, "18-19"),
          (20, "20s"), (30, "30s"), (40, "40s"), (50, "50s"), (60, "60s"), (70, "70s"),
          (80, "80s"), (90, "90s"), (100, "100+"))
#: tokens either side whose words and classes are features
_NEAR = 3
#: tokens either side whose words are features without their place
_BAG_LEFT, _BAG_RIGHT = 8, 4
#: how many tokens away a cue word is still "the nearest cue"
_CUE_REACH = 12
#: a word (with inner apostrophes), digits, or one symbol: digits and letters apart, so that
#: the number in "(57)", "71yrs" or "M44" is a token of its own
_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:['’][^\W\d_]+)*|[^\s\w]|_")
#: the measurements the spoken age rules know (temperatures, scores, readings, prices ...)
_MEASURE = re.compile(r"(?i:" + MEASURE_WORDS + r")")
#: "years old" or "year-old" after a number: the word after it says whose age it is
_OLD = frozenset({"old", "olds"})
_YEARS = frozenset({"year", "years", "yr", "yrs", "-"})
#: how far before a number its line's start or a field label is looked for
_LABEL_REACH = 40
_NEWLINE = re.compile(r"\n")
_LABEL = re.compile(r"[ \t]*([A-Za-z][A-Za-z /.'’-]{0,30}?)[ \t]*:[ \t]*\Z")
_NO_MODEL_HINT = "reinstall vault, or set VAULT_AGE_FINDER=off to redact without the age finder"


def _band(value: int) -> str:
    label = _BANDS[0][1]
    for low, name in _BANDS:
        if value >= low:
            label = name
    return "band=" + label


def tokenise(text: str) -> list[tuple[int, int]]:
    """The finder's tokens, as (start, end) offsets."""
    return [m.span() for m in _TOKEN.finditer(text)]


def _layout(chars: str) -> str:
    """Punctuation and layout as a feature: a line break is "N", a tab a blank."""
    return chars.replace("\n", "N").replace("\r", "N").replace("\t", " ")


#: a token's class is a function of its text alone: kept for the words seen most (a transcript's
#: vocabulary is small beside its length)
@functools.lru_cache(maxsize=1 << 14)
def _word_class(tok: str) -> str:
    low = tok.lower()
    if tok.isdecimal():
        return "DG" if len(tok) <= 3 else "DGL"
    if low in _NUMBER_WORDS:
        return "NW"
    if not tok[0].isalnum():
        return "P" + tok if tok in ",.?!:;-()[]/'\"" else "P"
    if low in _AGE_CUES:
        return "AGC"
    if low in _QUANTITY_CUES or _MEASURE.fullmatch(low):
        return "QTY"
    if low in KIN_WORDS:
        return "KIN"
    if tok.isupper() and len(tok) > 1:
        return "CAPS"
    if tok[0].isupper():
        return "CAP"
    if any(c.isdigit() for c in tok):
        return "ALNUM"
    return "W"


def _words_value(words: Sequence[str]) -> int | None:
    """The value of one or two lower-cased number words ("forty", "seven"), if they say one."""
    total = 0
    for w in words:
        if w in _TENS:
            total += TENS_WORDS[w]
        elif w in _UNITS:
            total += UNIT_WORDS[w]
        elif w in TEEN_WORDS:
            total += TEEN_WORDS[w]
        elif w in ("ten", "eleven", "twelve"):
            total += {"ten": 10, "eleven": 11, "twelve": 12}[w]
        else:
            return None
    return total


def candidates(text: str, toks: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The numbers that could say an age, as (first token, end token, value): one to three
    digits up to :data:`_MAX_AGE` (not part of a longer number: "12:30", "3.5", "07700"), a
    number word, a tens word and a unit word (or unit ordinal) joined by a hyphen or a space, an
    ordinal from "tenth" up, "hundred" ("a hundred") with the number said after it ("a hundred
    and two"; none when the whole is over :data:`_MAX_AGE`: "a hundred and sixty-five", nor
    "two hundred"), or a decade ("thirties", "40s") with the part of it said before
    ("mid-thirties", "early 40s")."""
    out: list[tuple[int, int, int]] = []
    n = len(toks)
    i = 0
    while i < n:
        s, e = toks[i]
        tok = text[s:e]
        low = tok.lower()
        # decimal digits only: '²' is a digit to str.isdigit() and no number to int()
        if tok.isdecimal():
            glued = (s > 0 and text[s - 1] in ".:," and s > 1 and text[s - 2].isdigit()) or \
                (e + 1 < len(text) and text[e] in ".:," and text[e + 1].isdigit())
            if len(tok) <= 3 and int(tok) <= _MAX_AGE and not glued:
                decade = int(tok) % 10 == 0 and _decade_suffix(text, e) > 0
                out.append((_decade_start(text, toks, i) if decade else i, i + 1, int(tok)))
        elif low in _SAID_WORDS:
            j, value = _said_number(text, toks, i)
            out.append((i, j, value))
            i = j
            continue
        elif low in _DECADES:
            out.append((_decade_start(text, toks, i), i + 1, _DECADES[low]))
        elif low in _ORDINALS:
            out.append((i, i + 1, _ORDINALS[low]))
        elif low == "hundred":
            before = text[toks[i - 1][0]:toks[i - 1][1]].lower() if i else ""
            a = i - 1 if before in ("a", "one") and text[toks[i - 1][1]:s] == " " else i
            j, value = i + 1, 100
            k = i + 2 if i + 2 < n and text[toks[i + 1][0]:toks[i + 1][1]].lower() == "and" and \
                text[e:toks[i + 2][0]] == " and " else i + 1
            if k < n and text[toks[k - 1][1]:toks[k][0]] == " " and \
                    text[toks[k][0]:toks[k][1]].lower() in _SAID_WORDS:
                j, rest = _said_number(text, toks, k)
                value += rest
            # ("two hundred" and more, "a hundred and sixty-five": no age)
            if value <= _MAX_AGE and (before not in _NUMBER_WORDS or before == "one"):
                out.append((a, j, value))
            i = j
            continue
        i += 1
    return out


def _said_number(text: str, toks: Sequence[tuple[int, int]], i: int) -> tuple[int, int]:
    """The end token and value of the number said in words from token ``i`` (a tens, unit or
    teen word): a tens word and a unit word (or unit ordinal) joined by a hyphen or a space
    ("forty-seven", "twenty first") are one number."""
    low = text[toks[i][0]:toks[i][1]].lower()
    if low not in _TENS:
        return i + 1, _words_value([low]) or 0
    n = len(toks)
    j = i + 1
    if j < n and text[toks[j][0]:toks[j][1]] == "-" and toks[j][0] == toks[i][1] and j + 1 < n \
            and toks[j + 1][0] == toks[j][1]:
        j += 1
    unit = text[toks[j][0]:toks[j][1]].lower() if j < n else ""
    if j < n and (unit in _UNITS or unit in _UNIT_ORDINALS) and \
            text[toks[j - 1][1]:toks[j][0]] in ("", " "):
        return j + 1, TENS_WORDS[low] + UNIT_WORDS.get(unit, 0) + _UNIT_ORDINALS.get(unit, 0)
    return i + 1, TENS_WORDS[low]


def _decade_suffix(text: str, end: int) -> int:
    """How long the decade's "s" after digits ending at ``end`` is ("40s", "40's", "40’s"; 0
    when there is none)."""
    if text[end:end + 1] == "s" and not text[end + 1:end + 2].isalnum():
        return 1
    if text[end:end + 1] in ("'", "’") and text[end + 1:end + 2] == "s" and \
            not text[end + 2:end + 3].isalnum():
        return 2
    return 0


def _decade_start(text: str, toks: Sequence[tuple[int, int]], i: int) -> int:
    """The first token of the decade at token ``i``: "early", "mid" or "late" before it (by a
    hyphen or a blank) is part of it."""
    k = i - 1
    if k >= 1 and text[toks[k][0]:toks[k][1]] == "-" and toks[k][1] == toks[i][0]:
        k -= 1
    if k >= 0 and text[toks[k][0]:toks[k][1]].lower() in _DECADE_PARTS and \
            text[toks[k][1]:toks[i][0]] in ("-", " ", ""):
        return k
    return i


def features(text: str, toks: Sequence[tuple[int, int]],
             found: Sequence[tuple[int, int, int]]) -> list[list[str]]:
    """The feature strings of each candidate in ``found`` (from :func:`candidates`)."""
    n = len(toks)
    # the words and classes of the tokens within reach of a candidate only (most of a
    # transcript is words far from any number)
    lows = [""] * n
    classes = [""] * n
    done = 0
    for a, b, _ in found:
        for k in range(max(done, a - _CUE_REACH), min(n, b + _CUE_REACH)):
            s, e = toks[k]
            lows[k] = text[s:e].lower()
            classes[k] = _word_class(text[s:e])
        done = max(done, min(n, b + _CUE_REACH))
    newlines = [-1, *(m.start() for m in _NEWLINE.finditer(text))]
    out: list[list[str]] = []
    for a, b, value in found:
        s, e = toks[a][0], toks[b - 1][1]
        words = "".join(lows[a:b])
        last = lows[b - 1]
        f = ["b", _band(value), "form=" + ("dg" if classes[b - 1].startswith("DG") else
                                           "dec" if last in _DECADES else
                                           "ord" if last in _ORDINALS or last in _UNIT_ORDINALS
                                           else "cmp" if b - a > 1 else "w")]
        if lows[a] in _DECADE_PARTS:
            f.append("part=" + lows[a])
        elif classes[b - 1] == "DG" and _decade_suffix(text, e):
            f.append("decade")
        if classes[a] == "DG":
            f.append(f"nd={e - s}")
        line_start = newlines[bisect.bisect_left(newlines, s) - 1] + 1
        before = text[max(line_start, s - _LABEL_REACH):s]
        if line_start >= s - _LABEL_REACH and not before.strip():
            f.append("ls")
        # (a field label ends in a colon: most numbers have none before them to look for)
        label = _LABEL.search(before) if ":" in before else None
        if label is not None:
            f += ["lbl", "lbl=" + label.group(1).lower().strip()]
        f.append("lp=" + _layout(text[s - 1] if s and not text[s - 1].isalnum() else
                                 "a" if s else "^"))
        f.append("rp=" + _layout(text[e] if e < len(text) and not text[e].isalnum() else
                                 "a" if e < len(text) else "$"))
        f.append("rp2=" + _layout(text[e:e + 2]))
        f.append("lp2=" + _layout(text[max(0, s - 2):s]))
        if text[s:e] != words and text[s:e][0].isupper():
            f.append("capital")
        for d in range(1, _NEAR + 1):
            if a - d >= 0:
                w = lows[a - d]
                f += [f"c-{d}={classes[a - d]}", f"w-{d}=" + ("#" if classes[a - d] in ("DG", "DGL", "NW") else w)]
            else:
                f.append(f"c-{d}=EDGE")
            if b - 1 + d < n:
                w = lows[b - 1 + d]
                f += [f"c+{d}={classes[b - 1 + d]}", f"w+{d}=" + ("#" if classes[b - 1 + d] in ("DG", "DGL", "NW") else w)]
            else:
                f.append(f"c+{d}=EDGE")
        if a >= 1 and b < n:
            f.append(f"cc={classes[a - 1]}|{classes[b]}")
        for k in range(max(0, a - _BAG_LEFT), a):
            f.append("L=" + lows[k])
        for k in range(b, min(n, b + _BAG_RIGHT)):
            f.append("R=" + lows[k])
        nums = sum(1 for k in range(max(0, a - 4), min(n, b + 4))
                   if k not in range(a, b) and classes[k] in ("DG", "DGL", "NW"))
        f.append(f"nn={min(nums, 4)}")
        for kind, cues in (("age", _AGE_CUES), ("qty", _QUANTITY_CUES)):
            for k in range(a - 1, max(-1, a - _CUE_REACH - 1), -1):
                if lows[k] in cues:
                    f.append(f"lcue{kind}={lows[k]}")
                    f.append(f"lcue{kind}d={min(a - k, 4)}")
                    break
            for k in range(b, min(n, b + _CUE_REACH)):
                if lows[k] in cues:
                    f.append(f"rcue{kind}={lows[k]}")
                    f.append(f"rcue{kind}d={min(k - b + 1, 4)}")
                    break
        k = b
        while k < n and k - b < 3 and lows[k] in _YEARS:
            k += 1
        if k > b and k + 1 < n and lows[k] in _OLD:
            f += ["yold", "aft=" + lows[k + 1], "aftc=" + classes[k + 1]]
        if a_measured_number(text, s):
            f.append("measured")
        for k in range(a - 1, max(-1, a - 4), -1):
            if classes[k] in ("CAP", "KIN") and not (k == 0 or classes[k - 1] in ("P.", "P?", "P!")):
                f.append("who=" + classes[k])
                break
        out.append(f)
    return out


@functools.cache
def _tagger(path: str) -> Any:
    """The model at ``path`` (see :func:`~vault.anonymise.spoken.tagger.open_checked_model`)."""
    return open_checked_model(path, MODEL_PATH, "the age finder's model", _NO_MODEL_HINT)


def _model_path() -> str | None:
    return model_setting("VAULT_AGE_FINDER", MODEL_PATH)


def check_model() -> None:
    """Load the model the finder will use now (none if switched off), so that a missing or
    damaged one stops a run before its first file rather than inside it."""
    path = _model_path()
    if path is not None:
        _tagger(path)


def probabilities(text: str) -> list[tuple[int, int, float]]:
    """Every candidate of ``text`` as (start, end, the model's probability that it is an age)."""
    path = _model_path()
    if path is None:
        return []
    toks = tokenise(text)
    found = candidates(text, toks)
    if not found:
        return []
    tagger = _tagger(path)
    out = []
    for (a, b, _), f in zip(found, features(text, toks, found), strict=True):
        tagger.set([f])
        end = toks[b - 1][1]
        out.append((toks[a][0], end + _decade_suffix(text, end), tagger.marginal(AGE, 0)))
    return out


#: who an "N-year-old" can be, beside the people the age rules know
#: (:data:`~vault.anonymise.spoken.ages.PEOPLE_AFTER_AGE`), kin, children and the age cues, and
#: the words that go on to say more of them ("a fifty-year-old with ...", "... year-old now")
_PEOPLE = frozenset({"patients", "gp", "person", "resident", "client", "who", "with", "and",
                     "from", "in", "on", "at", "was", "is", "had", "has", "now", "then"})
#: "N-year-old" and the word after it (a thing's age: "a forty-year-old boiler")
_YEAR_OLD_AFTER = re.compile(r"[ \t]*-?[ \t]*(?i:years?|yrs?)[ \t]*-?[ \t]*(?i:old)(?![\w'’-])"
                             r"(?:[ \t]+(?P<word>[a-z]+))?")
#: what a reading or a test is, said a few words after a number ("blew 35 on the breath test")
_READING_AFTER = re.compile(r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?i:tests?|readings?|scores?|levels?|"
                            r"results?|marks?|percent|per[ \t]cent|degrees|centile|percentile)\b")


#: the last question before a number asks how many, how much, how long, how often, how far, what
#: time or which/what thing: the number answers it (with no word of age talk after it)
_OTHER_QUESTION = re.compile(r"(?i)\b(?:" + COUNT_QUESTION + r"|how[ \t]+old[ \t]+(?:is|was)[ \t]+"
                             r"(?:it|that|this)|what[ \t]+(?:score|bed|ward|room|number|level)|"
                             r"which[ \t]+(?:ward|bed|room|floor|bay)|out[ \t]+of[ \t]+(?:ten|five|\d+)|"
                             # a year or stage of a course ("what year of training were you in?")
                             r"(?:what|which)[ \t]+(?:year|grade|stage|form)[ \t]+(?:of|in|at)|"
                             r"(?:what|which)[ \t]+(?:year|grade|stage|form)[ \t]+(?:are|were|was|is)"
                             r"[ \t]+(?:you|he|she|they|we)[ \t]+in|"
                             r"when[ \t]+(?:do|did|does)[ \t]+\w+[ \t]+(?:finish|start|leave|begin|end))\b"
                             r"[^?\n]{0,80}\?")
_NUMBER_WORD = (r"(?:\d|(?<![\w'’-])(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                r"twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![\w'’]))")
#: a rate: "ninety-eight a week", "thirty per shift", with money said loosely before it ("fifty
#: odd an hour", "forty quid a shift"), or money said loosely alone ("fifty and change")
_RATE_AFTER = re.compile(r"[ \t]+(?i:and[ \t]+change)\b|(?:[ \t-]+(?i:odd|ish|or[ \t]+so|quid|pounds?|"
                         r"bucks|dollars|euros|k))?[ \t]+(?i:a|an|per|each|every)[ \t]+(?i:week|day|"
                         r"month|year|night|shift|hour|fortnight|session|clinic)\b")
#: a follow-up about a thing after an age was answered ("And your hours?"): its noun
_FOLLOW_UP_THING = re.compile(r"(?i)\b(?:and|what[ \t]+about|how[ \t]+about)[ \t]+"
                              r"(?:your|the|his|her|their)[ \t]+(?P<thing>[a-z]+)[ \t]*\?[^?]*\Z")
#: a duration's number put another way just after it ("twelve years, maybe thirteen")
_DURATION_BEFORE = re.compile(r"(?i:years?|months?|weeks?|days?|hours?)[ \t]*,?[ \t]*"
                              r"(?i:or|maybe|perhaps|possibly|probably|more[ \t]+like|nearer)[ \t]+\Z")
#: a number in a list of numbers said one after another ("twelve, fifteen, twenty")
_LIST_BEFORE = re.compile(_NUMBER_WORD + r"[ \t]*,[ \t]*\Z")
#: the words between a number and the one said after it
_BETWEEN_WORDS = re.compile(r"[^\W\d_]+")
#: the most characters between a number and the one that corrects it
_GAP_REACH = 60
_LIST_AFTER = re.compile(r"[ \t]*,[ \t]*" + _NUMBER_WORD)
#: "and a half" and then a thing counted ("two and a half tablets", "one and a half litres"): an
#: age and a half goes on with time, a person or the clause ("thirty and a half now", "... and a
#: half, I think"), never with a lower-case noun of its own
_HALF_OF_A_THING = re.compile(r"[ \t-]+and[ \t-]+a[ \t-]+half[ \t]+(?!(?:years?|yrs?|months?|now|next|"
                              r"this|last|then|when|and|but|or|so|at|in|on|by|going|nearly|almost|"
                              r"already|bless|mind|I|he|she|we|they|you|it|if|though|I['’]m)\b)"
                              r"[a-z]+\b")
#: how far before a number the question it answers is looked for
_QUESTION_REACH = 300
#: a number said of "it", "that" or "this" opening a clause ("It would be ten now", "so that's
#: about forty"; not the relative "the lad that was twelve"): a thing's age or a count, unless a
#: person's age was just asked (:data:`_PERSON_AGE_ASKED`)
_A_THING_IS_BEFORE = re.compile(r"(?m:^|[.?!,;:…—–-][ \t]*|(?i:\b(?:and|but|so|well|oh|um|er|erm|"
                                r"yeah|no|I[ \t]+think|I[ \t]+reckon|I['’]d[ \t]+say)[ \t]+))"
                                r"(?i:(?:it|that|this)(?:['’]s|['’]d[ \t]+be|['’]ll[ \t]+be|"
                                r"[ \t]+(?:is|was|will[ \t]+be|would[ \t]+be|must[ \t]+be|"
                                r"should[ \t]+be|could[ \t]+be|might[ \t]+be))"
                                r"[ \t]+(?:(?:about|around|roughly|nearly|almost|maybe|probably|"
                                r"only|just|easily|well[ \t]+over|over|under)[ \t]+)?)\Z")
_PERSON_AGE_ASKED = re.compile(r"(?i)\b(?:age|aged)\b|\bhow[ \t]+old[ \t]+(?:are|were|is|was|"
                               r"would)[ \t]+(?:you|he|she|they|your|his|her|their|my|our)\b")
#: how far before such a number a person's age asked is looked for
_ASKED_REACH = 200
#: a group of people counted in brackets after its name ("Staff Nurses (14)", "volunteers (9)")
#: or a reading named before its bracket ("temp (78 F)", "Ward (12)"): no one's age
_GROUPS = frozenset({*(w + "s" for w in PEOPLE_AFTER_AGE if not w.endswith(("man", "ld", "y"))),
                     "men", "women", "children", "ladies", "gentlemen", "staff", "people",
                     "assistants", "carers", "residents", "volunteers", "members", "attendees",
                     "trainees", "workers", "officers", "managers", "therapists", "midwives",
                     "porters", "cleaners", "physicians", "surgeons", "pharmacists", "clients"})
_COUNTED_BEFORE = re.compile(r"(?i:(?P<measure>" + MEASURE_WORDS + r")|(?P<group>[a-z]+))"
                             r"[ \t]*:?[ \t]*\(\Z")
#: a numbered thing of a document or a place named before a bracket, with its own number or
#: none ("Table 2 (14)", "see Figure (3)", "Lot 7 (2)"): the bracket counts or refers, no age
_NUMBERED_BEFORE = re.compile(r"(?<![\w'’-])(?P<thing>[A-Z][A-Za-z]*)\.?(?:[ \t]+[\dA-Za-z]{1,4})?"
                              r"[ \t]*\(\Z")
#: a speaker's header line in a meeting tool's transcript: a label, then the time said
#: ("iPad (2) (Guest)   31:52", "Sam Okoye (3)   1:02:07"); the single digit in brackets after
#: the label is the tool's count of a second login or device of the same name, no age
_HEADER_COUNT = re.compile(r"\((?P<n>\d)\)(?:[ \t]+\([^()\n]{1,30}\))*[ \t]+\(?\d{1,2}:\d{2}"
                           r"(?::\d{2})?\)?[ \t]*$", re.MULTILINE)


def _other_question_answered(text: str, start: int) -> bool:
    """Whether the last question of another kind before ``start`` ("how many ...?", "what
    time ...?", "out of ten ...?") is followed by no word of age talk up to it."""
    asked = None
    for asked in _OTHER_QUESTION.finditer(text, max(0, start - _QUESTION_REACH), start):
        pass
    return asked is not None and not AGE_TALK.search(text, asked.end(), start)


def _guarded(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is no one's age by shape, whatever the model says:
    what the spoken age rules call a count, a duration or a time
    (:func:`~vault.anonymise.spoken.ages.age_said_at`), the answer to a thing's age asked
    (:func:`~vault.anonymise.spoken.ages.thing_asked_before`) or to another question ("how
    many ...?", "when do you finish?") or a follow-up about a thing ("And your hours?"), a rate
    ("ninety-eight a week"), a number said of "it", "that" or "this" ("It would be ten now"),
    a meeting tool's count of one name's logins on a speaker's header line ("iPad (2)   4:31"),
    a head count or a reading in brackets ("Staff Nurses (14)", "temp (78 F)"),
    a number in brackets after a numbered thing ("Table 2 (14)"), an ordinal that ranks a thing
    ("her fortieth application": no birthday, party or clause's end after it, as
    :func:`~vault.anonymise.spoken.ages.find_ages` asks of an ordinal birthday),
    a thing counted in halves ("two and a half tablets"), a duration put another way ("twelve years, maybe thirteen"), one of
    a list of numbers ("twelve, fifteen, twenty"), a reading (:func:`~vault.anonymise.spoken.tagger.a_measured_number`: the engine drops an
    age there, whoever found it), a reading named just after it, or a thing's age ("a
    forty-year-old tractor": a lower-case word after "year-old" that says no person)."""
    if a_measured_number(text, start) or _READING_AFTER.match(text, end, end + 60) or \
            thing_asked_before(text, start) or _other_question_answered(text, start) or \
            _LIST_BEFORE.search(text, max(0, start - 20), start) or \
            _LIST_AFTER.match(text, end, end + 20) or _RATE_AFTER.match(text, end, end + 30) or \
            _DURATION_BEFORE.search(text, max(0, start - 40), start) or \
            _HALF_OF_A_THING.match(text, end, end + 40) or _said_of_a_thing(text, start) or \
            (start > 0 and _HEADER_COUNT.match(text, start - 1) is not None) or \
            _counted_in_brackets(text, start) or _ranks_a_thing(text, start, end):
        return True
    thing = _FOLLOW_UP_THING.search(text, max(0, start - _QUESTION_REACH), start)
    if thing is not None and not _a_person(thing.group("thing").lower()):
        return True
    old = _YEAR_OLD_AFTER.match(text, end, end + 40)
    if old is None:  # ("N-year-old" is no age to the rules' shape check: their own finder's)
        # (an ordinal or a decade in digits is no shape the rules read an answer in)
        return age_said_at(text, start) is None and not _ordinal_or_decade(text, start, end)
    word = old.group("word")
    return word is not None and not _a_person(word)


def _said_of_a_thing(text: str, start: int) -> bool:
    """Whether the number at ``start`` is said of "it", "that" or "this" with no person's age
    asked just before ("The old boiler? It would be ten now.", not "Your age? It's 52.")."""
    return _A_THING_IS_BEFORE.search(text, max(0, start - 40), start) is not None and \
        _PERSON_AGE_ASKED.search(text, max(0, start - _ASKED_REACH), start) is None


def _counted_in_brackets(text: str, start: int) -> bool:
    """Whether the number at ``start`` opens a bracket after a group of people ("Staff Nurses
    (14)") or a reading ("temp (78 F)"): a head count or a measurement, no one's age."""
    if start < 1 or text[start - 1] != "(":
        return False
    thing = _NUMBERED_BEFORE.search(text, max(0, start - 40), start)
    if thing is not None and thing.group("thing") in NUMBERED_THINGS:
        return True
    before = _COUNTED_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (before.group("measure") is not None or
                                   before.group("group").lower() in _GROUPS)


def _corrected_by(text: str, end: int, start: int) -> bool:
    """Whether the number ending at ``end`` is put right or widened by the number at ``start``
    ("fifty-three, no, hang on, twenty-one patients", "forty or fifty tablets"): the words
    between are those the age rules' chain reads between an age and the one said after it
    (:data:`~vault.anonymise.spoken.ages.AGE_CHAIN`: "no", "or", "sorry", "hang on", "I tell a
    lie" ...), other than "and" alone ("I was forty and two kids at home")."""
    gap = text[end:start]
    if len(gap) > _GAP_REACH or _BETWEEN_WORDS.findall(gap) in ([], ["and"]):
        return False
    # (the chain's own test, with a plain number standing for the one after the gap)
    chained = AGE_CHAIN.fullmatch(gap + "20")
    return chained is not None and chained.start("age") == len(gap)


def _ranks_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the candidate at ``start:end`` is an ordinal in words followed by what no
    birthday is ("her fortieth application", "the twentieth time")."""
    last = _TOKEN.findall(text, start, end)[-1].lower()
    return (last in _ORDINALS or last in _UNIT_ORDINALS) and AFTER_BIRTHDAY.match(text, end) is None


def _ordinal_or_decade(text: str, start: int, end: int) -> bool:
    """Whether the candidate at ``start:end`` ends in an ordinal ("eighteenth",
    "twenty-first") or is a decade ("mid-40s", "30's")."""
    last = _TOKEN.findall(text, start, end)[-1].lower()
    return last in _ORDINALS or last in _UNIT_ORDINALS or last == "s"


def _a_person(word: str) -> bool:
    """Whether a lower-case noun may name a person (kin, a child, a role, "man", "girl")."""
    return word in _PEOPLE or word in PEOPLE_AFTER_AGE or word in KIN_WORDS or \
        word in CHILD_WORDS or word in _AGE_CUES


def find_learned_ages(text: str, threshold: float = THRESHOLD) -> list[Finding]:
    """The candidates the model is sure enough are ages (``text``: the finders' plain copy),
    but never one :func:`_guarded` rules out, nor one corrected or widened by the next
    candidate when that one is guarded (:func:`_corrected_by`: "fifty-three, no, hang on,
    twenty-one patients" is a count)."""
    found = probabilities(text)
    return [Finding(s, e, AGE, 0.6, DETECTOR) for k, (s, e, p) in enumerate(found)
            if p >= threshold and not _guarded(text, s, e) and
            not (k + 1 < len(found) and _corrected_by(text, e, found[k + 1][0]) and
                 _guarded(text, found[k + 1][0], found[k + 1][1]))]
