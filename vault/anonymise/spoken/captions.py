"""Numbers as automatic captions write them: digits heard as words that sound like them.

::

    homophone_digits("its oh seven seven won too three for five six ate nine", plain)
    # plain == "its oh seven seven one two three 4   five six 8   nine"
    find_caption_postcodes("postcode is pea ee too won are why")   # POSTCODE over "pea ... why"
    find_caption_postcodes("its pe21 6ry on the letter")            # POSTCODE over "pe21 6ry"

Speech recognition writes what it hears. A number read out comes back with its digits as the
words that sound like them -- "won" (1), "to"/"too" (2), "for"/"fore" (4), "ate" (8),
"tree"/"free" (3) -- mixed with number words and numerals ("07 seven 7 9 to 1 for 5"), in lower
case, without commas; a postcode's letters come back as the words that sound like the letters'
names ("pea" P, "see"/"sea" C, "are" R, "why" Y, "tea" T, "you" U, "queue" Q, "eye" I, "oh" O,
"bee" B, "jay" J, "kay" K, "el" L, "em" M, "en" N, "ex" X, "double you" W ...). The number
finders know digits and digit words only, so these numbers leaked whole.

*Homophone digits.* A homophone is read as its digit (in the same-length copy that
:func:`~.numerals.plain_numerals` makes, so every number finder then sees an ordinary number)
only inside a *run*: six or more digit tokens -- digit words, numerals, homophones -- each next
to the last with only spaces, commas, dots, dashes or a hesitation between, with at least one
homophone, at least three clear digits (digit words, numerals, or the homophones no English
sentence strings together with digits: "won", "ate", "fore", "tree"), not counting up or down,
and not a list of ranges ("2 to 3 4 to 5": every homophone "to"/"for" between two single
clear digits). A run opening or closing with a plain "to"/"for" keeps that word out unless a
number cue (phone, mobile, number, NHS, CHI, GMC, NMC, PIN, landline...) comes just before.
"one for the road and two for the kids", "from two to four for six weeks", "we ate at seven"
are no runs (too short, or ordinary words between).

*Postcodes by sound.* A stretch of letter sounds and digit sounds (words above, letters typed
alone, digit words, homophones, numerals, "ten" ... "ninety-nine") that parses as a postcode --
an area of one or two letters that is a real postcode area, a district of one or two digits (or
a digit and a letter), a digit, two letters Royal Mail uses inward -- is a postcode. Words that
are also ordinary English ("see", "are", "you", "why", "tea", "pea", "oh", "eye", "bee", "a")
count as letters only inside such a parse, and a parse needs "postcode"/"post code" within
60 characters before or after unless two of its letters are said by names no sentence uses
("aitch", "jay", "kay", "el", "em", "en", "es", "ex", "ee", "dee", "gee", "vee", "zed", "ar",
"queue", "double you"), or an address said just before it (:func:`postcodes_after_addresses`).
A postcode typed in lower case ("pe21 6ry", "ct9 4ay") is one when the area is real and the
inward part is not an ordinal ("a4 2nd").

Cost: one regex pass per text for each (a lookahead on the first letter keeps them cheap); the
copy is made only where a run is found.
"""
from __future__ import annotations

import re
from collections.abc import MutableSequence, Sequence

from vault.anonymise.fastre import merged_windows
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.answers import turn_before
from vault.anonymise.spoken.digit_chains import in_order
from vault.anonymise.spoken.numbers import NUMBER_WORDS_RE, TEEN_WORDS, TENS_WORDS, UNIT_WORDS
from vault.anonymise.spoken.postcodes import POSTCODE_AREAS, outward_codes_after

__all__ = ["HOMOPHONES", "find_caption_addresses", "find_caption_postcodes", "homophone_digits",
           "homophones_beside_digits", "postcodes_after_addresses"]

#: words a caption writes for a digit it heard
HOMOPHONES: dict[str, int] = {
    "won": 1, "to": 2, "too": 2, "for": 4, "fore": 4, "ate": 8, "tree": 3, "free": 3}
#: homophones no English sentence puts among digits: they count as clear digits
_STRONG = frozenset({"won", "ate", "fore", "tree"})
#: homophones that are everyday prepositions: never a run's first or last word without a cue
_WEAK = frozenset({"to", "for"})
_DIGIT_WORD = {**UNIT_WORDS, "o": 0}
_TOKEN_ALT = "|".join(sorted([*_DIGIT_WORD, *HOMOPHONES, "double", "treble", "triple"],
                             key=len, reverse=True))
_TOKEN = rf"(?:\d+|(?i:{_TOKEN_ALT}))(?![\w'’])"
#: what may stand between two tokens of a run
_GAP = r"(?:[ \t,.…\-–—]|(?<![\w'’])(?i:um|umm|uh|er|erm|eh|ah)(?![\w'’]))+"
_RUN = re.compile(rf"(?=[0-9OoZzNnTtFfSsEeWwAaDd])(?<![\w'’-]){_TOKEN}(?:{_GAP}{_TOKEN}){{5,}}")
_ONE = re.compile(_TOKEN)
_MIN_CLEAR = 3
#: a number cue just before a run: its edge "to"/"for" is a digit
_CUE_BEFORE = re.compile(
    r"(?i)\b(?:phone|mobile|landline|number|numbers|no|tel|nhs|chi|gmc|nmc|pin|extension|ext|"
    r"contact|ring|call|text|whatsapp|is|its|it's|it’s|thats|that's|that’s)\b[ \t:,.…-]*\Z")


def _tokens(run: re.Match[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower())
            for m in _ONE.finditer(run.string, run.start(), run.end())]


def _value(word: str) -> int:
    if word.isdigit():
        return int(word)
    return HOMOPHONES.get(word, _DIGIT_WORD.get(word, -1))


def _ranges(tokens: list[tuple[int, int, str]]) -> bool:
    """Every homophone a "to"/"for" between two single clear digits: "2 to 3, 4 to 5"."""
    for i, (_, _, word) in enumerate(tokens):
        if word not in HOMOPHONES:
            continue
        if word not in _WEAK or i in (0, len(tokens) - 1):
            return False
        if tokens[i - 1][2] in HOMOPHONES or tokens[i + 1][2] in HOMOPHONES:
            return False
    return True


#: what may stand beside a homophone in a run (a digit word, another homophone; or a digit)
_BESIDE = frozenset([*_DIGIT_WORD, *HOMOPHONES])


def homophones_beside_digits(said: list[str]) -> bool:
    """The quick test on the text's lower-cased words (punctuation out) before the pattern:
    some homophone has a digit word, a digit or another homophone on both sides (a run whose
    homophones are all at its ends is left: "oh seven seven nine one two three four five ate")."""
    last = len(said) - 1
    for i, word in enumerate(said):
        if word in HOMOPHONES and 0 < i < last and \
                (said[i - 1] in _BESIDE or said[i - 1].isdigit()) and \
                (said[i + 1] in _BESIDE or said[i + 1].isdigit()):
            return True
    return False


def homophone_digits(text: str, plain: MutableSequence[str]) -> bool:
    """Rewrite the homophone digits of every caption-like run in ``plain`` (same length as
    ``text``); whether any was."""
    changed = False
    for run in _RUN.finditer(text):
        tokens = _tokens(run)
        cued = _CUE_BEFORE.search(text, max(0, run.start() - 30), run.start()) is not None
        if not cued:
            while tokens and tokens[0][2] in _WEAK:
                tokens.pop(0)
            while tokens and tokens[-1][2] in _WEAK:
                tokens.pop()
        homophones = [t for t in tokens if t[2] in HOMOPHONES]
        if len(tokens) < 6 or not homophones:
            continue
        clear = sum(1 for t in tokens if t[2] not in HOMOPHONES or t[2] in _STRONG)
        if clear < _MIN_CLEAR or _ranges(tokens):
            continue
        if in_order([_value(t[2]) for t in tokens if t[2] not in _WEAK]):
            continue
        for start, end, word in homophones:
            digit = HOMOPHONES[word]
            english = next(k for k, v in UNIT_WORDS.items() if v == digit and k not in ("oh",))
            said = english if len(english) <= end - start else str(digit)
            plain[start:end] = list(said.ljust(end - start))
        changed = True
    return changed


# --- postcodes by sound ------------------------------------------------------------------------

#: letters' names as captions write them, by letter; the ambiguous ones (ordinary words) apart
_LETTER_SOUNDS: dict[str, str] = {
    "ay": "A", "bee": "B", "be": "B", "see": "C", "sea": "C", "cee": "C", "dee": "D", "ee": "E",
    "ef": "F", "eff": "F", "gee": "G", "aitch": "H", "haitch": "H", "eye": "I", "jay": "J",
    "kay": "K", "el": "L", "ell": "L", "em": "M", "en": "N", "oh": "O", "pea": "P", "pee": "P",
    "queue": "Q", "cue": "Q", "kew": "Q", "are": "R", "ar": "R", "es": "S", "ess": "S",
    "tea": "T", "tee": "T", "you": "U", "vee": "V", "why": "Y", "wye": "Y", "ex": "X",
    "zed": "Z", "zee": "Z", "double you": "W", "double-you": "W", "double u": "W",
}
#: names no sentence uses as words: two of them make a parse safe without the word "postcode"
_UNAMBIGUOUS = frozenset({"ee", "ef", "eff", "gee", "aitch", "haitch", "jay", "kay", "el", "ell",
                          "em", "en", "queue", "cue", "kew", "ar", "es", "ess", "vee", "zed",
                          "zee", "double you", "double-you", "double u", "dee", "cee", "wye",
                          "pee", "tee", "ex"})
_NUMBER_VALUES: dict[str, int] = {**TEEN_WORDS, **TENS_WORDS}
_SOUND_ALT = "|".join(sorted(
    [re.escape(k).replace(r"\ ", r"[ \t]+") for k in _LETTER_SOUNDS]
    + [*_DIGIT_WORD, *HOMOPHONES, *_NUMBER_VALUES], key=len, reverse=True))
_SOUND = re.compile(rf"(?<![\w'’-])(?:(?i:{_SOUND_ALT})(?:-(?i:one|two|three|four|five|six|seven|"
                    rf"eight|nine))?|\d{{1,2}}|[A-Za-z])(?![\w'’])")
_SOUND_GAP = re.compile(r"[ \t,.…\-–—]*")
_SOUND_RUN = re.compile(
    rf"(?=[A-Za-z0-9])(?<![\w'’-])(?:(?i:{_SOUND_ALT})(?:-(?i:one|two|three|four|five|six|seven|"
    rf"eight|nine))?|\d{{1,2}}|[A-Za-z])(?![\w'’])"
    rf"(?:[ \t,.…\-–—]+(?:(?i:{_SOUND_ALT})(?:-(?i:one|two|three|four|five|six|seven|"
    rf"eight|nine))?|\d{{1,2}}|[A-Za-z])(?![\w'’])){{4,}}")
_POSTCODE_WORD = re.compile(r"(?i)post[ \t]?code")
_CUE_REACH = 60
#: how far around "postcode" a postcode said by sounds is looked for (the cue's reach and the
#: longest postcode said)
_WINDOW = 2 * _CUE_REACH
#: a postcode typed in lower case, letters and digits together
_TYPED_LOWER = re.compile(r"(?<![\w'’-])(?P<out>[a-z]{1,2}\d[a-z\d]?)[ \t]?(?P<in>\d[a-z]{2})"
                          r"(?![\w'’-])")
_ORDINAL = frozenset({"st", "nd", "rd", "th"})
_INWARD_LETTERS = frozenset("ABDEFGHJLNPQRSTUWXYZ")


def _piece(word: str) -> tuple[str, str] | None:
    """("L", letter) or ("D", digits) for one sound; None for none."""
    low = re.sub(r"[ \t]+", " ", word.lower())
    if low in ("o", "oh"):
        return "O", "O"  # the letter or nought: the place in the postcode decides
    if low in _LETTER_SOUNDS:
        return "L", _LETTER_SOUNDS[low]
    if low.isdigit():
        return "D", low
    if low in HOMOPHONES:
        return "D", str(HOMOPHONES[low])
    if low in _DIGIT_WORD:
        return "D", str(_DIGIT_WORD[low])
    if low in _NUMBER_VALUES:
        return "D", str(_NUMBER_VALUES[low])
    if "-" in low:
        tens, unit = low.split("-", 1)
        if tens in TENS_WORDS and unit in UNIT_WORDS:
            return "D", str(TENS_WORDS[tens] + UNIT_WORDS[unit])
    if len(low) == 1 and low.isalpha():
        return "L", low.upper()
    return None


def _merged(sounds: list[tuple[int, int, str]]
            ) -> tuple[list[tuple[int, int, str]], list[tuple[str, str] | None]]:
    """The sounds and their pieces, a tens word and the unit after it one number ("thirty
    won" 31)."""
    out: list[tuple[int, int, str]] = []
    pieces: list[tuple[str, str] | None] = []
    for sound in sounds:
        piece = _piece(sound[2])
        if piece is not None and piece[0] == "D" and len(piece[1]) == 1 and out and \
                out[-1][2].lower() in TENS_WORDS and pieces[-1] is not None:
            prev = pieces[-1]
            pieces[-1] = ("D", str(int(prev[1]) + int(piece[1])))
            out[-1] = (out[-1][0], sound[1], out[-1][2] + "+")
            continue
        out.append(sound)
        pieces.append(piece)
    return out, pieces


def _postcode_length(pieces: list[tuple[str, str]]) -> int | None:
    """How many pieces from the first make a postcode (outward + inward), or None. An "o"
    or "oh" is the letter in the area ("pee o thirty-nine": PO39) and nought after it."""
    inward_letters = _INWARD_LETTERS
    for area_len in (2, 1):
        opening = [("L", "O") if k == "O" else (k, v) for k, v in pieces[:area_len]]
        if len(pieces) < area_len + 3 or any(k != "L" for k, _ in opening):
            continue
        area = "".join(v for _, v in opening)
        if area not in POSTCODE_AREAS:
            continue
        rest = [("D", "0") if k == "O" else (k, v) for k, v in pieces[area_len:]]
        # district: "2" "1" | "21" | "2" + letter | "2"; then inward: digit, letter, letter
        for district_len in (2, 1):
            district = rest[:district_len]
            if any(k != "D" for k, _ in district) and not (
                    district_len == 2 and district[0][0] == "D" and len(district[0][1]) == 1):
                continue
            digits = "".join(v for k, v in district if k == "D")
            if not 1 <= len(digits) <= 2 or (district_len == 2 and district[1][0] == "D"
                                              and len(digits) != 2):
                continue
            inward = rest[district_len:district_len + 3]
            if len(inward) == 3 and inward[0][0] == "D" and len(inward[0][1]) == 1 and \
                    all(k == "L" and v in inward_letters for k, v in inward[1:]):
                return area_len + district_len + 3
            # "forty nine you double-you": a caption joins the district's digit and the
            # inward digit into one number ("PO4 9UW" heard as "forty-nine", "U", "W")
            letters = rest[1:3]
            if district_len == 1 and len(digits) == 2 and len(letters) == 2 and \
                    all(k == "L" and v in inward_letters for k, v in letters):
                return area_len + 3
    return None


_WORDS = re.compile(r"[a-z]+")
_ALL_SINGLE_NAMES = frozenset(n for n in _UNAMBIGUOUS if " " not in n and "-" not in n)
#: one of these and another name open the whole text to the search (not "em", "ee", "ex",
#: "gee", "queue" alone: a hesitation, a Geordie "ee", "my ex", "gee whiz", a queue)
_SINGLE_NAMES = frozenset(_UNAMBIGUOUS - {"em", "ee", "ex", "gee", "queue", "double you",
                                          "double-you", "double u"})


def find_caption_postcodes(text: str) -> list[Finding]:
    """Postcodes said as letter and digit sounds, or typed in lower case."""
    findings: list[Finding] = []
    for m in _TYPED_LOWER.finditer(text):
        out, inward = m.group("out"), m.group("in")
        area = re.match(r"[a-z]+", out)
        if area is None or inward[1:] in _ORDINAL:
            continue
        if area.group().upper() in POSTCODE_AREAS and \
                all(c.upper() in _INWARD_LETTERS for c in inward[1:]):
            findings.append(Finding(m.start(), m.end(), "POSTCODE", 0.85, "caption_postcode"))
    for a, b in _sound_windows(text):
        findings.extend(_sound_postcodes(text, a, b))
    return findings


def _sound_windows(text: str) -> list[tuple[int, int]]:
    """Where a postcode said by sounds may be: near "postcode", or anywhere when two letters'
    names no sentence uses are said (after an address: :func:`postcodes_after_addresses`)."""
    low = text.lower()
    words = set(_WORDS.findall(low))
    if _SINGLE_NAMES.intersection(words) and (
            len(_ALL_SINGLE_NAMES.intersection(words)) >= 2 or "double you" in low):
        return [(0, len(text))]
    cues = [(max(0, cue.start() - _WINDOW), min(len(text), cue.end() + _WINDOW))
            for cue in (_POSTCODE_WORD.finditer(text) if "post" in low else ())]
    return merged_windows(sorted(cues))


def _sound_postcodes(text: str, a: int, b: int, *, after: int | None = None) -> list[Finding]:
    """The postcodes said by sounds in ``text[a:b]``. Each needs "postcode" near it or two
    letters' names no sentence uses; with ``after`` (where an address ends) it needs only to
    begin within the cue's reach of that end."""
    findings: list[Finding] = []
    for run in _SOUND_RUN.finditer(text, a, b):
        sounds = [(s.start(), s.end(), s.group()) for s in _SOUND.finditer(text, run.start(),
                                                                             run.end())]
        sounds, pieces = _merged(sounds)
        i = 0
        while i < len(sounds):
            usable = []
            for p in pieces[i:]:
                if p is None:
                    break
                usable.append(p)
            n = _postcode_length(usable)  # ("pee o thirty-nine": "o" is the area's letter)
            if n is None:
                i += 1
                continue
            said = [s[2].lower() for s in sounds[i:i + n]]
            start, end = sounds[i][0], sounds[i + n - 1][1]
            cued = start <= after + _CUE_REACH if after is not None else \
                sum(1 for w in said if re.sub(r"[ \t]+", " ", w) in _UNAMBIGUOUS) >= 2 or \
                _POSTCODE_WORD.search(text, max(0, start - _CUE_REACH),
                                      min(len(text), end + _CUE_REACH)) is not None
            if not cued:
                i += 1
                continue
            findings.append(Finding(start, end, "POSTCODE", 0.85, "caption_postcode"))
            i += n
    return findings


_ADDRESS_DETECTORS = frozenset({"caption_address", "spoken_address"})


def postcodes_after_addresses(text: str, findings: Sequence[Finding] = (), *,
                              streets: bool = True) -> list[Finding]:
    """Postcodes said by sounds straight after an address, perhaps a town or a caption's
    line break between: "14 mill lane see tea seven seven why bee", "fifty heron drove,
    spalding, pee ee twelve, four jay gee", "4 mill lane wisbech p ee 13 -- two why d". People
    give the postcode last, so the address is the cue the word "postcode" otherwise is, and no
    letter's name need be one no sentence uses: a postcode that begins within the cue's reach
    (60 characters) after an address's end is one. The addresses are a house number, a
    street's name and its type in any case (:data:`_STREET_BEFORE_POSTCODE`; ``streets=False``
    leaves them out) and the LOCATION findings of the address finders among ``findings``.
    This is the one route for a postcode said after an address: the recognizer calls it once
    the address finders have run and again with the address lines and towns found later."""
    ends = {m.end() for m in _STREET_BEFORE_POSTCODE.finditer(text)} if streets else set()
    ends.update(f.end for f in findings
                if f.entity == "LOCATION" and f.detector in _ADDRESS_DETECTORS)
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for at in sorted(ends):
        for f in _sound_postcodes(text, at, min(len(text), at + _WINDOW), after=at):
            if (f.start, f.end) not in seen:
                seen.add((f.start, f.end))
                out.append(f)
    # the outward code alone after the address's comma: "forty-six Mill Street, E sixteen"
    out.extend(f for f in outward_codes_after(text, ends) if (f.start, f.end) not in seen)
    return out


# --- addresses in lower case --------------------------------------------------------------------

#: street types that name nothing else in a sentence: enough alone after a house number
_STRONG_STREETS = ("road|street|lane|avenue|crescent|terrace|gardens|grove|mews|parade|boulevard|"
                   "close|cres|rd|st|ave")
#: street types that are also ordinary words ("a ten minute walk", "a two hour drive", "the 4 way
#: junction"): an address only after a cue (live at, address, moved to, number, flat ...)
_WEAK_STREETS = ("way|walk|drive|park|hill|view|green|rise|gate|bank|court|yard|place|square|row|"
                 "chase|fields|mount|ridge|vale|croft|grange|orchard|meadows?|approach|wharf|quay|"
                 "wynd|brae|loke|chare|fold|garth|leys?|drove")
#: a house's or flat's letter said after its number in words ("fourteen b", "flat twelve c";
#: not "a": "twenty a day")
_HOUSE_LETTER = r"(?:[ \t]+[b-h](?![\w'’]))?"
_HOUSE = (r"(?:(?P<flat>flat|apartment|unit)[ \t]+(?:\d{1,3}[a-h]?|[a-h]|" + NUMBER_WORDS_RE
          + _HOUSE_LETTER + r")[ \t]*,?[ \t]+)?(?:number[ \t]+)?"
          r"(?:\d{1,3}[a-h]?|" + NUMBER_WORDS_RE + _HOUSE_LETTER + r")"
          # a tenement's flat: "sixty-seven stroke two", "12 slash 4"
          r"(?:[ \t]+(?P<stroke>stroke|slash)[ \t]+(?:\d{1,3}|" + NUMBER_WORDS_RE + r"))?")
_NAME_WORD = r"[a-z][a-z'’-]{1,20}"
_CAPTION_ADDRESS = re.compile(
    r"(?<![\w'’.,-])(?P<house>" + _HOUSE + r")[ \t]*,?[ \t]+(?P<name>(?:the[ \t]+)?(?:"
    + _NAME_WORD + r"[ \t]+){0,2})(?P<type>" + _STRONG_STREETS + "|" + _WEAK_STREETS
    + r")(?![\w'’-])")
_WEAK_TYPES = frozenset(_WEAK_STREETS.replace("meadows?", "meadow|meadows")
                        .replace("leys?", "ley|leys").split("|"))
_ADDRESS_CUE = re.compile(
    r"(?i)(?<![\w'’])(?:address|live|lives|lived|living|moved|move|moving|at|flat|house|home|"
    r"number|round|to|from|on)[ \t:,]*\Z")
#: a question asking where someone lives or where to send something: "where are you based?",
#: "what's your home address?", "where do you live now?", "where shall I send the voucher?",
#: "which street?", "and the postcode?"
_ASKS_WHERE = re.compile(
    r"(?i)\b(?:(?:home|postal|full|house)[ \t]+)?address\b|\bpost[ \t]?code\b|"
    r"\bhouse[ \t]+number\b|\b(?:what|which)[ \t]+street\b|"
    r"\bwhere[ \t]+(?:do|did)[ \t]+(?:you|they|we)[ \t]+live\b|"
    r"\bwhere(?:['’]s|[ \t]+is|[ \t]+are[ \t]+you)[ \t]+(?:home|based|living)\b|"
    r"\bwhere[ \t]+(?:shall|should|do|can|could|would|will)[ \t]+(?:I|we|they|you)[ \t]+"
    r"(?:send|post|deliver|forward|write[ \t]+to)\b")
_ASK_REACH = 240


def _asked_where(text: str, pos: int) -> bool:
    """Whether the other voice's turn just before asked where someone lives or where to send
    something (a question: it holds a "?")."""
    turn = turn_before(text, pos)
    if turn is None:
        return False
    start = max(turn[0], turn[1] - _ASK_REACH)
    return "?" in text[start:turn[1]] and _ASKS_WHERE.search(text, start, turn[1]) is not None
#: words between a number and a street type that make it a count, a measure or a phrase
_NOT_STREET_NAME = frozenset("""
minute minutes hour hours day days week weeks month months year years mile miles metre metres
meter meters foot feet yard yards inch inches bed beds bedroom bedrooms storey storeys star stars
seater door doors lane lanes way ways percent per cent pound pounds quid kid kids people person
men women times time car cars bus buses stop stops of the a an and or but to in on at by for
with from up down over into out off round about than very more less most bit lot few other
same next last first second third each every some any all no not good bad big small long short
little old new great whole half quarter
""".split())  # noqa: SIM905


#: a house number, a street's name and its type, in any case ("29 tithe barn close", "Thirteen
#: Sluice Road", "flat 2, 14 the mews"): a postcode is said next when an address is given, so
#: letter and digit sounds just after one are read as a postcode without the word "postcode"
_STREET_BEFORE_POSTCODE = re.compile(
    r"(?=[0-9A-Za-z])(?<![\w'’.,-])(?i:" + _HOUSE + r")[ \t]*,?[ \t]+(?:(?i:[a-z][a-z'’-]{1,20})[ \t]+){1,3}"
    r"(?i:" + _STRONG_STREETS + "|" + _WEAK_STREETS + r")(?![\w'’-])")


def find_caption_addresses(text: str) -> list[Finding]:
    """A house number and a street in lower case, as captions write them: "we live at 14 mill
    lane", "forty two victoria avenue", "flat 4 2 church street", "9 the crescent"."""
    findings: list[Finding] = []
    for m in _CAPTION_ADDRESS.finditer(text):
        words = m.group("name").split()
        if words and words[0] == "the":
            words = words[1:]
        elif not words:
            continue  # "4 lane", "2 way": a number and a street type alone are no address
        if any(w in _NOT_STREET_NAME or w in UNIT_WORDS or w in TEEN_WORDS or w in TENS_WORDS
               for w in words):
            continue
        if m.group("type") in _WEAK_TYPES and m.group("flat") is None and \
                m.group("stroke") is None and \
                _ADDRESS_CUE.search(text, max(0, m.start() - 20), m.start()) is None and \
                not _asked_where(text, m.start()):
            continue  # (an answer to "where are you based?" is cued by the question)
        findings.append(Finding(m.start(), m.end(), "LOCATION", 0.8, "caption_address"))
    return findings
