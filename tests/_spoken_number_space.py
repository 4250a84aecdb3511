"""An invented space of spoken numbers, codes, postcodes, e-mails, house numbers and spelled
names, and of things said the same way that are none of them, built from how people in the UK
and Ireland say them rather than from any corpus (round 21 of issue 14; the twin of
``tests/_spoken_date_space.py`` for the other spoken identifiers).

Each case is ``(shape, text)``: ``text`` holds «» around what the labelling conventions
(``tests/corpus/spoken/README.md``: a spoken number is one span from its first to its last
digit word, fillers, "double" and corrections inside; "plus" and a country code inside; a
spelled name one span over its letters; a house number and its street one span, "number"
outside) make an identifier; a hard negative holds ‹› around the words that must be left alone.

The space is enumerated from parts -- the identifier's digits or letters (UK and Irish mobiles,
landlines, international forms and extensions; NHS numbers with a valid modulus-11 check digit;
CHI numbers from a real date; GMC numbers; NMC PINs and HCPC numbers; every UK postcode shape;
e-mail local parts and domains; house numbers and flats; surnames), every style of saying a
digit or a group (zero as "oh", "zero" or "nought"; "double", "treble", "triple"; pairs
("seventy-seven"), hundreds, thousands; digits typed), every grouping and separator, fillers and
self-corrections -- and frames (with a cue, without one, an answer, an interviewer reading it
back, the number split across two turns), then thinned deterministically
(``random.Random(seed)``). The names, streets and addresses are made of syllables, so nothing
here comes from a corpus.

Shapes are named ``<class>/<what>`` (``phone/mobile_pairs``, ``postcode/nato``,
``neg/dose`` ...), so a test can ask for one class and a measurement can count by class.
"""
from __future__ import annotations

import random
import re
from collections.abc import Iterator

DIGIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "zero", "nought"]
FILLERS = ["er", "um", "erm", "uh", "like", "let me see", "hang on"]
SEPARATORS = [", ", " ", "... ", " — ", ". ", " - ", ", er, ", ", um, "]
NATO = {
    "A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot",
    "G": "Golf", "H": "Hotel", "I": "India", "J": "Juliet", "K": "Kilo", "L": "Lima",
    "M": "Mike", "N": "November", "O": "Oscar", "P": "Papa", "Q": "Quebec", "R": "Romeo",
    "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor", "W": "Whiskey", "X": "X-ray",
    "Y": "Yankee", "Z": "Zulu"}
#: everyday words a speaker spells a letter with ("B for butter", "S as in sugar")
AS_IN = {
    "A": "apple", "B": "butter", "C": "cat", "D": "dog", "E": "egg", "F": "fish", "G": "goat",
    "H": "house", "J": "jam", "K": "kite", "L": "lemon", "M": "mother", "N": "nut",
    "P": "peter", "R": "red", "S": "sugar", "T": "tea", "U": "umbrella", "W": "water",
    "X": "xylophone", "Y": "yellow", "Z": "zebra"}

# -- invented names and streets, from syllables ---------------------------------------------------
_ONSETS = ["b", "br", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t", "th",
           "v", "w", "c", "ch"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
_CODAS = ["ck", "n", "m", "rd", "lt", "ss", "rn", "x", "nd", "ll", "t", "mb"]
_NAME_ENDS = ["ley", "ton", "wick", "ford", "by", "well", "ham", "son", "ridge", "worth", "cott",
              "den", "ing", "ers"]
STREET_TYPES = ["Road", "Street", "Avenue", "Close", "Lane", "Terrace", "Drive", "Way",
                "Crescent", "Gardens", "Grove", "Place", "Park", "View", "Walk"]
DOMAINS = ["nhs dot net", "{trust} dot nhs dot uk", "gmail dot com", "hotmail dot co dot uk",
           "outlook dot com", "yahoo dot co dot uk", "hse dot ie", "nhs dot scot",
           "icloud dot com", "btinternet dot com", "wales dot nhs dot uk", "live dot co dot uk",
           "doctors dot org dot uk", "ucl dot ac dot uk", "eircom dot net"]


def invented_name(rng: random.Random) -> str:
    """A surname made of syllables ("Brousworth", "Thealby")."""
    first = rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(["", *_CODAS])
    return (first + rng.choice(_NAME_ENDS)).capitalize()


def invented_given(rng: random.Random) -> str:
    return (rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) +
            rng.choice(["a", "ie", "o", "", "an", "y"])).capitalize()


def invented_street(rng: random.Random) -> str:
    return f"{invented_name(rng)} {rng.choice(STREET_TYPES)}"


# -- numbers said ---------------------------------------------------------------------------------

def below_100(n: int, hyphen: str = "-") -> str:
    if n < 10:
        return DIGIT[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + (hyphen + DIGIT[u] if u else "")


def cardinal(n: int) -> str:
    """Up to 9,999 in words, British style ("a hundred and twelve")."""
    if n < 100:
        return below_100(n)
    if n < 1000:
        h, r = divmod(n, 100)
        head = "a hundred" if h == 1 else f"{DIGIT[h]} hundred"
        return head + (f" and {below_100(r)}" if r else "")
    th, r = divmod(n, 1000)
    head = f"{DIGIT[th]} thousand"
    if not r:
        return head
    return head + (" and " if r < 100 else " ") + cardinal(r)


def _zero(rng: random.Random, zero: str | None) -> str:
    return zero if zero is not None else rng.choice(ZEROS)


def say_single(group: str, rng: random.Random, *, zero: str | None = None,
               repeats: bool = True, joiner: str = " ") -> str:
    """Digit by digit, repeats as "double"/"treble" when ``repeats``."""
    words, i = [], 0
    while i < len(group):
        d = group[i]
        j = i
        while j < len(group) and group[j] == d:
            j += 1
        run = j - i
        word = _zero(rng, zero) if d == "0" else DIGIT[int(d)]
        if repeats and run >= 3:
            words.append(rng.choice(["treble", "triple"]) + " " + word)
            i += 3
            continue
        if repeats and run == 2:
            words.append("double " + word)
            i += 2
            continue
        words.append(word)
        i += 1
    return joiner.join(words)


def say_pairs(group: str, rng: random.Random, *, zero: str | None = None) -> str:
    """In twos ("seventy-seven", "oh seven", "double oh"), an odd digit alone at the end."""
    out = []
    for k in range(0, len(group) - 1, 2):
        a, b = group[k], group[k + 1]
        if a == "0":
            out.append(say_single(a + b, rng, zero=zero))
        else:
            out.append(below_100(int(a + b)))
    if len(group) % 2:
        out.append(say_single(group[-1], rng, zero=zero))
    return " ".join(out)


def say_group(group: str, rng: random.Random, style: str, *, zero: str | None = None) -> str:
    """One group of digits in ``style``."""
    if style == "digits":
        return group
    if style == "pairs" and len(group) >= 2:
        return say_pairs(group, rng, zero=zero)
    if style == "hundreds" and len(group) == 3 and group[0] != "0":
        n = int(group)
        if n % 100 == 0:
            return f"{DIGIT[n // 100]} hundred"
        return rng.choice([cardinal(n), f"{DIGIT[n // 100]} {below_100(n % 100)}"
                           if n % 100 >= 10 else cardinal(n)])
    if style == "thousands" and len(group) == 4 and group[0] != "0" and group[1:] == "000":
        return f"{DIGIT[int(group[0])]} thousand"
    if style == "hyphens":
        return say_single(group, rng, zero=zero, repeats=False, joiner="-")
    if style == "plain":
        return say_single(group, rng, zero=zero, repeats=False)
    return say_single(group, rng, zero=zero)


STYLES = ["single", "plain", "pairs", "hundreds", "hyphens", "mixed", "typed_head"]


def say_number(digits: str, groups: list[int], rng: random.Random, style: str, *,
               sep: str | None = None, filler: bool = False) -> str:
    """A whole number in ``groups`` of digits said in ``style`` ("mixed": each group its own)."""
    parts, at = [], 0
    zero = rng.choice(ZEROS)
    for size in groups:
        g = digits[at:at + size]
        at += size
        s = rng.choice(["single", "pairs", "hundreds", "plain"]) if style == "mixed" else style
        if style == "typed_head":  # the first group typed, the rest said ("07700, nine ...")
            s = "digits" if not parts else rng.choice(["single", "hundreds", "pairs"])
        parts.append(say_group(g, rng, s, zero=zero if rng.random() < 0.8 else None))
    out = parts[0]
    separator = sep if sep is not None else rng.choice(SEPARATORS[:6])
    for k, p in enumerate(parts[1:]):
        if filler and k == 0:
            out += f", {rng.choice(FILLERS)}, " + p
        else:
            out += separator + p
    return out


# -- the identifiers' digits -----------------------------------------------------------------------

def _rand_digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _with_repeats(rng: random.Random, n: int) -> str:
    """Digits with a pair or a triple in them, as real numbers often have."""
    s = list(_rand_digits(rng, n))
    k = rng.randrange(0, n - 2)
    s[k + 1] = s[k]
    if rng.random() < 0.3:
        s[k + 2] = s[k]
    return "".join(s)


def uk_mobile(rng: random.Random) -> str:
    return "07" + rng.choice("3456789") + _with_repeats(rng, 8)


def uk_landline(rng: random.Random) -> tuple[str, list[int]]:
    kind = rng.randrange(4)
    if kind == 0:  # 01xxx xxxxxx
        return "01" + _rand_digits(rng, 3) + _with_repeats(rng, 6), [5, 6]
    if kind == 1:  # 01x1 xxx xxxx (the big cities)
        return "01" + rng.choice("123456789") + "1" + _with_repeats(rng, 7), [4, 3, 4]
    if kind == 2:  # 020 / 028 / 029 xxxx xxxx
        return "02" + rng.choice("089") + _with_repeats(rng, 8), [3, 4, 4]
    return "01" + _rand_digits(rng, 3) + _with_repeats(rng, 5), [5, 5]


def nhs_number(rng: random.Random) -> str:
    """Ten digits whose tenth is the modulus-11 check of the first nine."""
    while True:
        nine = [rng.randrange(10) for _ in range(9)]
        if nine[0] == 0:
            continue
        total = sum(d * (10 - i) for i, d in enumerate(nine))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        return "".join(map(str, nine)) + str(check)


def chi_number(rng: random.Random) -> str:
    """A Scottish CHI number: a real DDMMYY date, three digits, a modulus-11 check digit."""
    while True:
        dd, mm, yy = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(0, 100)
        nine = [int(c) for c in f"{dd:02d}{mm:02d}{yy:02d}"] + [rng.randrange(10) for _ in range(3)]
        total = sum(d * (10 - i) for i, d in enumerate(nine))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        return "".join(map(str, nine)) + str(check)


def gmc_number(rng: random.Random) -> str:
    return rng.choice("1234567") + _rand_digits(rng, 6)


def _letter(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTUWXY")


def say_letters(letters: str, rng: random.Random, how: str) -> str:
    """Letters read out: plainly, "B for butter", "B as in butter", the phonetic alphabet."""
    out = []
    for ch in letters:
        if how == "nato":
            out.append(NATO[ch])
        elif how == "as_in" and ch in AS_IN:
            out.append(f"{ch} as in {AS_IN[ch]}")
        elif how == "for" and ch in AS_IN:
            out.append(f"{ch} for {AS_IN[ch]}")
        else:
            out.append(ch)
    return ", ".join(out) if how in ("as_in", "for") else " ".join(out)


# -- frames ---------------------------------------------------------------------------------------

def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s and not s[0].isupper() else s


PHONE_FRAMES = [
    ("cue_mobile", "P07: My mobile's «{n}», if that helps."),
    ("cue_ring", "P07: Ring me on «{n}» any time after six."),
    ("cue_number_is", "P07: The number is «{n}», that's the direct line."),
    ("answer", "INT: What's the best number to get you on?\nP07: «{N}»."),
    ("answer_filler", "INT: And a landline?\nP07: Er, yeah, it's «{n}»."),
    ("answer_hedge", "INT: Have you got a contact number?\nP07: Yeah, «{n}», I think."),
    ("no_cue", "P07: Oh, it's «{n}», if you need it."),
    ("no_cue_text", "P07: Just text «{n}» and I'll ring you back."),
    ("on_its_own_line", "INT: Can I take a number for the follow-up?\nP07: Mm. «{N}»."),
    ("readback", "P07: It's «{n}».\nINT: So that's «{n2}»?\nP07: That's it."),
    ("split_turns", "P07: It's «{a}»...\nINT: Yep.\nP07: «{B}»."),
    ("split_turns_go_on", "P07: «{A}»—\nINT: Go on.\nP07: —«{b}»."),
    ("corrected", "P07: It's «{fixed}», yeah."),
    ("said_twice", "P07: «{N}». I'll say that again: «{n}»."),
    ("echoed_half", "P07: «{A}».\nINT: «{a}».\nP07: «{B}»."),
    ("and_then", "P07: It's «{a}, and then {b}»."),
    ("two_numbers", "P07: Work is «{n}», or try the mobile, «{n2}»."),
    ("pause_mark", "P07: It's «{a} [pause] {b}»."),
    ("stammer_start", "P07: It's «{a}, {a}, {b}»."),
    ("searching", "P07: It's «{a}... {search}... {b}»."),
    ("going_on", "P07: It's «{a}, {go_on} {b}»."),
]
#: what a speaker says searching their memory inside a number, or going on to its next part
SEARCHING = ["what is it", "how does it go", "where was I", "let me find it", "what's next",
             "um, what is it"]
GOING_ON = ["and the last six are", "then the rest is", "and then it's", "then the last bit is",
            "and the end bit is", "then it goes"]


def _phone_digits(rng: random.Random, kind: str) -> tuple[str, list[int], str]:
    """(digits, groups, prefix in words or "") for a phone of ``kind``."""
    if kind == "mobile":
        d = uk_mobile(rng)
        return d, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4], [2, 3, 3, 3]]), ""
    if kind == "landline":
        d, g = uk_landline(rng)
        return d, g, ""
    if kind == "intl_uk":
        d = uk_mobile(rng)[1:]
        prefix = rng.choice(["plus four four", "plus forty-four", "double four",
                             "oh oh four four", "zero zero forty-four", "plus four four, oh,"])
        return d, rng.choice([[4, 6], [4, 3, 3], [3, 3, 4]]), prefix
    if kind == "ie_mobile":
        d = "08" + rng.choice("35679") + _with_repeats(rng, 7)
        return d, rng.choice([[3, 3, 4], [3, 7], [3, 4, 3]]), ""
    if kind == "ie_landline":
        d = "01" + _with_repeats(rng, 7)
        return d, [2, 3, 4], ""
    # intl_ie
    d = "8" + rng.choice("35679") + _with_repeats(rng, 7)
    prefix = rng.choice(["plus three five three", "plus three fifty-three",
                         "oh oh three five three"])
    return d, rng.choice([[2, 3, 4], [2, 7]]), prefix


def phones(rng: random.Random) -> Iterator[tuple[str, str]]:
    kinds = ["mobile", "mobile", "landline", "intl_uk", "ie_mobile", "ie_landline", "intl_ie"]
    for kind in kinds:
        for style in STYLES:
            for shape, frame in rng.sample(PHONE_FRAMES, 5):
                d, groups, prefix = _phone_digits(rng, kind)

                def said(rng: random.Random = rng, d: str = d, groups: list[int] = groups,
                         prefix: str = prefix, style: str = style) -> str:
                    body = say_number(d, groups, rng, style, filler=rng.random() < 0.25)
                    return f"{prefix} {body}" if prefix else body

                n, n2 = said(), said()
                cut = sum(groups[:max(1, len(groups) // 2)])
                first = say_number(d[:cut], [cut], rng, "single")
                rest = say_number(d[cut:], [len(d) - cut], rng, "single")
                if prefix:
                    first = f"{prefix} {first}"
                wrong = str((int(d[cut]) + 3) % 10) + d[cut + 1:cut + 3]
                fixed = (f"{first}, {say_group(wrong, rng, 'single')}, "
                         f"{rng.choice(['no, sorry', 'sorry, no', 'I mean', 'no, wait'])}, {rest}")
                text = frame.format(n=n, N=_cap(n), n2=n2, a=first, A=_cap(first), b=rest,
                                    B=_cap(rest), fixed=fixed, search=rng.choice(SEARCHING),
                                    go_on=rng.choice(GOING_ON))
                yield f"phone/{kind}_{style}/{shape}", text
    for _ in range(8):  # an extension after the number: the number is the span
        d, groups, _p = _phone_digits(rng, "landline")
        n = say_number(d, groups, rng, rng.choice(STYLES))
        ext = say_single(_rand_digits(rng, 4), rng)
        yield "phone/landline_extension/cue", (
            f"P07: The office is «{n}», extension {ext}.")


NHS_FRAMES = [
    ("cue", "P07: My NHS number's «{n}»."),
    ("answer", "INT: Have you got his NHS number there?\nP07: Hang on... yes, «{n}»."),
    ("chi_cue", "P07: Her CHI is «{n}», I've got it on the letter."),
    ("answer_bare", "INT: And the NHS number?\nP07: «{N}»."),
    ("readback", "P07: It's «{n}».\nINT: «{n2}», lovely."),
    ("no_cue", "P07: The number on the card is «{n}»."),
    ("split_turns", "INT: What's your NHS number?\nP07: «{A}»...\nINT: Mm-hm.\nP07: «{B}»."),
    ("corrected", "P07: The NHS number is «{fixed}»."),
]


def health_numbers(rng: random.Random) -> Iterator[tuple[str, str]]:
    for kind in ("nhs", "chi"):
        for style in STYLES + ["digits"]:
            for shape, frame in NHS_FRAMES:
                if kind == "chi":
                    frame = frame.replace("NHS number", "CHI number")
                d = nhs_number(rng) if kind == "nhs" else chi_number(rng)
                groups = [3, 3, 4] if kind == "nhs" else rng.choice([[6, 4], [2, 2, 2, 4]])
                n = say_number(d, groups, rng, style, filler=rng.random() < 0.2)
                n2 = say_number(d, groups, rng, style if style != "digits" else "single")
                first = say_number(d[:groups[0]], groups[:1], rng, "single")
                rest = say_number(d[groups[0]:], groups[1:], rng, "single")
                wrong = say_group(str((int(d[groups[0]]) + 4) % 10), rng, "single")
                fixed = f"{first}, {wrong}, no, sorry, {rest}"
                text = frame.format(n=n, N=_cap(n), n2=_cap(n2), A=_cap(first), B=_cap(rest),
                                    fixed=fixed)
                yield f"{kind}/{style}/{shape}", text


REG_FRAMES = [
    ("gmc_cue", "P07: My GMC number is «{n}»."),
    ("gmc_answer", "INT: And your GMC reference?\nP07: «{N}»."),
    ("gmc_bare_cue", "P07: GMC, «{n}», if you want to check me."),
    ("registered_under", "P07: I'm on the register under «{n}»."),
    ("reg_number", "P07: My registration number, it's «{n}»."),
    ("readback", "INT: GMC number?\nP07: «{N}».\nINT: «{n2}». Thank you."),
    ("split_turns", "INT: What's your GMC number?\nP07: «{A}»...\nINT: Yes.\nP07: «{B}»."),
]


def registrations(rng: random.Random) -> Iterator[tuple[str, str]]:
    for style in STYLES + ["digits"]:
        for shape, frame in REG_FRAMES:
            d = gmc_number(rng)
            groups = rng.choice([[3, 4], [7], [4, 3], [1, 3, 3]])
            n = say_number(d, groups, rng, style, filler=rng.random() < 0.2)
            n2 = say_number(d, groups, rng, "single")
            first = say_number(d[:3], [3], rng, "single")
            rest = say_number(d[3:], [4], rng, "single")
            yield f"gmc/{style}/{shape}", frame.format(n=n, N=_cap(n), n2=_cap(n2),
                                                        A=_cap(first), B=_cap(rest))
    for _ in range(16):  # an NMC PIN: two digits, a letter, four digits, a letter ("12A3456E")
        head, body = _rand_digits(rng, 2), _with_repeats(rng, 4)
        first, last = _letter(rng), _letter(rng)
        how = rng.choice(["plain", "nato", "for"])
        sep = rng.choice([" ", ", "])
        said = sep.join([
            below_100(int(head)) if head[0] != "0" and rng.random() < 0.5 else
            say_single(head, rng, repeats=False), say_letters(first, rng, how),
            say_group(body, rng, rng.choice(["single", "plain", "pairs"])),
            say_letters(last, rng, how)])
        yield "nmc/pin/cue", rng.choice([
            f"P07: My NMC pin is «{said}».",
            f"INT: And your NMC number?\nP07: «{_cap(said)}».",
            f"P07: The nurse gave her pin, «{said}», and we checked it.",
        ])
    for _ in range(16):  # an HCPC number: two letters and five or six digits ("PA12345")
        code = rng.choice(["PA", "OT", "PH", "SL", "RA", "CS", "DT", "PYL", "ODP", "BS"])
        digits = _rand_digits(rng, rng.choice([5, 6]))
        letters = rng.choice([say_letters(code, rng, "plain"), say_letters(code, rng, "nato"),
                              code, "-".join(code), ", ".join(code)])
        said = f"{letters} {say_number(digits, [len(digits)], rng, rng.choice(STYLES[:3]))}"
        yield "hcpc/code/cue", rng.choice([
            f"P07: My HCPC registration is «{said}».",
            f"INT: HCPC number?\nP07: «{_cap(said)}».",
        ])


# -- postcodes ------------------------------------------------------------------------------------

#: postcode areas of one letter and of two (Royal Mail's; any real area will do)
AREAS_1 = ["B", "E", "G", "L", "M", "N", "S", "W"]
AREAS_2 = ["AB", "BD", "BS", "CF", "CH", "DH", "DL", "EH", "EX", "GL", "HU", "IV", "KY", "LS",
           "LL", "NE", "NG", "NR", "NW", "OX", "PL", "PO", "RG", "SA", "SE", "SK", "SW", "SY",
           "TD", "TQ", "WR", "YO", "BT", "ZE", "HG", "DG"]
#: the letters an inward code may use (no C, I, K, M, O, V)
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(rng: random.Random) -> tuple[str, str]:
    """(outward, inward) of every UK shape: A9, A99, AA9, AA99, A9A, AA9A + 9AA."""
    shape = rng.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    area = rng.choice(AREAS_2 if shape.startswith("AA") else AREAS_1)
    out = area + str(rng.randrange(1, 10))
    if shape.endswith("99"):
        out += str(rng.randrange(10))
    elif shape.endswith("9A"):
        out += rng.choice("ABDEHJNPRTWX")
    inward = (str(rng.randrange(10)) + rng.choice(INWARD_LETTERS) + rng.choice(INWARD_LETTERS))
    if rng.random() < 0.25:
        inward = inward[:2] + inward[1]  # a double letter ("double J")
    return out, inward


def say_postcode_part(part: str, rng: random.Random, how: str) -> str:
    """Letters one way (plain, "as in", "for", NATO), digits as digits or a district number."""
    out: list[str] = []
    i = 0
    while i < len(part):
        ch = part[i]
        if ch.isdigit():
            j = i
            while j < len(part) and part[j].isdigit():
                j += 1
            num = part[i:j]
            if len(num) == 2 and num[0] != "0" and rng.random() < 0.5:
                out.append(below_100(int(num)))
            else:
                out.append(say_single(num, rng, repeats=False))
            i = j
            continue
        if i + 1 < len(part) and part[i + 1] == ch and how == "plain" and rng.random() < 0.7:
            out.append(f"double {ch}")
            i += 2
            continue
        out.append(say_letters(ch, rng, how))
        i += 1
    return (", " if how in ("as_in", "for") else " ").join(out)


POSTCODE_FRAMES = [
    ("cue", "P07: The postcode is «{p}»."),
    ("answer", "INT: And the postcode?\nP07: «{P}»."),
    ("after_town", "P07: It's in the village, postcode «{p}», near the school."),
    ("readback", "P07: «{P}».\nINT: «{p2}», got it."),
    ("no_cue", "P07: Send it to «{p}», it'll get to me."),
    ("split_turns", "INT: Postcode?\nP07: «{O}»...\nINT: Yep.\nP07: «{I}»."),
]


def postcodes(rng: random.Random) -> Iterator[tuple[str, str]]:
    for how in ("plain", "as_in", "for", "nato"):
        for _ in range(5):
            for shape, frame in POSTCODE_FRAMES:
                o, i = postcode(rng)
                sep = rng.choice([" ", ", ", "... ", " — "])
                p = say_postcode_part(o, rng, how) + sep + say_postcode_part(i, rng, how)
                p2 = say_postcode_part(o, rng, "plain") + " " + say_postcode_part(i, rng, "plain")
                text = frame.format(p=p, P=_cap(p), p2=_cap(p2),
                                    O=_cap(say_postcode_part(o, rng, how)),
                                    I=_cap(say_postcode_part(i, rng, how)))
                yield f"postcode/{how}/{shape}", text
    for _ in range(8):  # lower case, only after "postcode"; "space" said between the halves
        o, i = postcode(rng)
        p = say_postcode_part(o, rng, "plain") + rng.choice([" space ", ", "]) + \
            say_postcode_part(i, rng, "plain")
        yield "postcode/lower/cue", f"P07: The postcode's «{p.lower()}»."
    for _ in range(16):  # an Irish Eircode: a routing key, four characters
        key = rng.choice("ACDEFHKNPRTVWXY") + f"{rng.randrange(1, 25):02d}"
        ident = "".join(rng.choice("ACDEFHKNPRTVWXY") if k in (0, 3) or rng.random() < 0.3
                        else str(rng.randrange(10)) for k in range(4))
        how = rng.choice(["plain", "plain", "for", "nato"])
        p = say_postcode_part(key, rng, how) + rng.choice([", ", " ", "... "]) + \
            say_postcode_part(ident, rng, how)
        yield "postcode/eircode/cue", rng.choice([
            f"P07: The Eircode is «{p}».", f"INT: And the Eircode?\nP07: «{_cap(p)}».",
            f"P07: It's out past the village, «{p}», you'll find it on the map."])
    for _ in range(16):  # the outward code alone, where a place is named
        o, _i = postcode(rng)
        if len(o) < 3 or o[:2] in ("ST", "CT", "DT", "FY") or not o[1].isalpha():
            o = rng.choice(AREAS_2[:30]) + str(rng.randrange(1, 30))
        said = say_postcode_part(o, rng, "plain")
        yield "postcode/outward/place", rng.choice([
            f"P07: We're in «{said}» now, which the map hates.",
            f"P07: Then we moved to «{said}».",
            f"P07: Well, we're an «{said}» practice, mostly students.",
            (f"P07: The surgery's on «{cardinal(rng.randrange(1, 99))} {invented_street(rng)}», "
             f"«{said}»."),
            f"P07: They live in «{said}» these days."])
    for _ in range(8):  # after a spoken address: both are identifiers
        o, i = postcode(rng)
        num = cardinal(rng.randrange(1, 200))
        yield "postcode/after_address/cue", (
            f"P07: It's «{num} {invented_street(rng)}», «{say_postcode_part(o, rng, 'plain')} "
            f"{say_postcode_part(i, rng, 'plain')}».")


# -- e-mails --------------------------------------------------------------------------------------

def _local_part(rng: random.Random) -> tuple[str, str]:
    """(style, local part said) of an e-mail address."""
    given, surname = invented_given(rng).lower(), invented_name(rng).lower()
    style = rng.choice(["dot", "underscore", "hyphen", "initial", "digits", "oneword",
                        "spelled", "initial_dot", "full_stop", "surname_initial",
                        "capitalised"])
    if style == "dot":
        return style, f"{given} dot {surname}"
    if style == "underscore":
        return style, f"{given} underscore {surname}"
    if style == "hyphen":
        return style, f"{given} {rng.choice(['hyphen', 'dash'])} {surname}"
    if style == "initial":
        return style, f"{given[0]} {surname}"
    if style == "initial_dot":
        return style, f"{given[0]} dot {surname}"
    if style == "digits":
        num = rng.choice([below_100(rng.randrange(10, 99)), say_single(_rand_digits(rng, 2), rng),
                          cardinal(rng.randrange(1, 12))])
        return style, f"{given}{rng.choice([' ', ' dot '])}{surname} {num}"
    if style == "spelled":
        return style, f"{given} dot {' '.join(surname)}"
    if style == "full_stop":
        return style, f"{given} {rng.choice(['full stop', 'point'])} {surname}"
    if style == "surname_initial":
        return style, f"{surname} dot {given[0]}"
    if style == "capitalised":  # a transcriber capitalising the names said
        return style, f"{given.capitalize()} {rng.choice(['dot ', ''])}{surname.capitalize()}"
    return style, f"{given}{surname}"


EMAIL_FRAMES = [
    ("cue", "P07: My email's «{e}»."),
    ("email_me", "P07: Email me at «{e}», that's the easiest."),
    ("answer", "INT: What's the best email for you?\nP07: «{E}»."),
    ("all_one_word", "P07: It's «{e}», all lower case."),
    ("readback", "P07: «{E}».\nINT: «{E}», lovely."),
    ("no_cue", "P07: Send it to «{e}» and I'll sign it."),
    ("split_turns", "P07: It's «{l}»...\nINT: Yep.\nP07: «{D}»."),
    ("spelled_domain", "P07: «{l} at n h s dot net», the work one."),
    ("typed_domain", "P07: It's «{l} at {t}»."),
]


def emails(rng: random.Random) -> Iterator[tuple[str, str]]:
    for _ in range(6):
        for shape, frame in EMAIL_FRAMES:
            style, local = _local_part(rng)
            at = rng.choice(["at", "at", "at", "at sign", "at symbol"])
            domain = rng.choice(DOMAINS).format(trust=invented_name(rng).lower()[:5])
            e = f"{local} {at} {domain}"
            yield f"email/{style}/{shape}", frame.format(
                e=e, E=_cap(e), l=local, D=_cap(f"{at} {domain}"),
                t=domain.replace(" dot ", "."))


# -- house numbers and flats ----------------------------------------------------------------------

def _house_number(rng: random.Random) -> tuple[str, str]:
    n = rng.randrange(1, 240)
    style = rng.choice(["words", "digit_by_digit", "with_letter", "digits"])
    if style == "digit_by_digit" and n >= 100:
        return style, say_single(str(n), rng, repeats=False)
    if style == "with_letter":
        return style, f"{cardinal(n)} {rng.choice('abc')}"
    if style == "digits":
        return style, str(n)
    return "words", cardinal(n)


HOUSE_FRAMES = [
    ("live_at", "P07: I live at «{h} {s}»."),
    ("were_at", "P07: We're at «{h} {s}», near the park."),
    ("number", "P07: It's number «{h}, {s}»."),
    ("answer", "INT: And the address?\nP07: «{H} {s}»."),
    ("flat", "P07: «Flat {f}, {h} {s}»."),
    ("flat_inline", "P07: I'm in «flat {f}, {h} {s}» now."),
    ("apartment", "P07: «Apartment {f}, {h} {s}», it's above the shop."),
    ("moved_to", "P07: Then we moved to «{h} {s}»."),
    ("comma", "P07: It's «{h}, {s}», the one with the red door."),
    ("unit", "P07: The surgery's at «unit {f}, {h} {s}»."),
    ("number_letter", "P07: Number «{w} {x}, {s}»."),
]


def houses(rng: random.Random) -> Iterator[tuple[str, str]]:
    for _ in range(6):
        for shape, frame in HOUSE_FRAMES:
            style, h = _house_number(rng)
            text = frame.format(h=h, H=_cap(h), s=invented_street(rng),
                                f=cardinal(rng.randrange(1, 40)), x=rng.choice("ab"),
                                w=cardinal(rng.randrange(1, 200)))
            yield f"house/{style}/{shape}", text


# -- spelled names --------------------------------------------------------------------------------

def spell(name: str, rng: random.Random, how: str) -> str:
    up = name.upper()
    if how == "hyphens":
        return "-".join(up)
    if how == "commas":
        return ", ".join(up)
    if how == "dots":
        return ". ".join(up) + "."
    if how == "doubles":
        out, i = [], 0
        while i < len(up):
            if i + 1 < len(up) and up[i + 1] == up[i]:
                out.append(f"double {up[i]}")
                i += 2
            else:
                out.append(up[i])
                i += 1
        return " ".join(out)
    if how == "as_in":
        return ", ".join(f"{c} for {AS_IN[c]}" if c in AS_IN and k % 3 == 0 else c
                         for k, c in enumerate(up))
    if how == "nato":
        return " ".join(NATO[c] for c in up)
    if how == "lower":
        return " ".join(name.lower())
    if how == "capital":
        return "capital " + ", ".join(up)
    if how == "letter_names":
        names = {"H": "aitch", "Z": "zed", "W": "double-u"}
        return " ".join(names.get(c, c) for c in up)
    if how == "double_barrel":
        half = max(2, len(up) // 2)
        return "-".join(up[:half]) + ", hyphen, " + "-".join(up[half:])
    return " ".join(up)


SPELL_FRAMES = [
    ("thats", "P07: My surname's {name}, that's «{sp}»."),
    ("spell_it", "INT: How do you spell that?\nP07: «{sp}»."),
    ("its", "P07: It's {given} {name}, «{sp}»."),
    ("with_a", "P07: {name}, «{sp}», not like the town."),
    ("readback", "P07: «{sp}».\nINT: «{sp}», thank you."),
]


def spelled(rng: random.Random) -> Iterator[tuple[str, str]]:
    for how in ("hyphens", "commas", "dots", "doubles", "spaces", "as_in", "nato", "lower",
                "capital", "letter_names", "double_barrel"):
        for shape, frame in SPELL_FRAMES:
            name = invented_name(rng)
            if how == "doubles" and not re.search(r"(.)\1", name):
                name = name[:3] + name[2] + name[3:]
            if how == "letter_names" and not re.search("[HZW]", name):
                name = name + rng.choice(["worth", "hurst", "itz"])
            yield f"spelled/{how}/{shape}", frame.format(
                name=name, given=invented_given(rng), sp=spell(name, rng, how))


# -- hard negatives -------------------------------------------------------------------------------

NEG_FRAMES = [
    ("count", "P07: We had ‹{n} patients› on the list that day."),
    ("count_thousands", "P07: The practice has ‹{th} patients›."),
    ("dose", "P07: She was on ‹{n} milligrams› of it, twice a day."),
    ("dose_point", "P07: ‹{d} point {d2} milligrams›, then up to ‹{d3}›."),
    ("dose_units", "P07: ‹{n} units› of insulin at night."),
    ("score_out_of", "P07: I'd give it ‹{d} out of ten›."),
    ("score_phq", "P07: His PHQ-nine was ‹{n}›."),
    ("score_match", "P07: We lost ‹{d}-{d2}› on Saturday."),
    ("money", "P07: It cost ‹{h} pounds› to renew."),
    ("money_bare", "P07: The fee went up to ‹{h}› this year, ‹{h2}› for the exam."),
    ("money_grand", "P07: I owed about ‹{d} grand›."),
    ("time_clock", "P07: I start at ‹{d} {m}›, finish at ‹{d2} {m2}›."),
    ("time_hundred", "P07: Handover's at ‹oh {d} hundred› hours."),
    ("time_half", "P07: Clinic's at ‹half {d}›."),
    ("duration", "P07: I was off for ‹{n} weeks›, then ‹{n2} months›."),
    ("duration_hours", "P07: A ‹{n}-hour› shift, and then another."),
    ("years_bare", "P07: In ‹twenty {y}› the rota changed, and again in ‹twenty {y2}›."),
    ("year_span", "P07: From ‹nineteen {yy}› to ‹two thousand and {d}› I was a partner."),
    ("bed", "P07: The lady in ‹bed {n}› was asking for me."),
    ("ward", "P07: I was on ‹ward {n}› that night, then ‹ward {n2}›."),
    ("bay_bed", "P07: ‹Bay {d}, bed {d2}›."),
    ("room", "P07: I'm in room ‹{d} oh {d2}› most days."),
    ("bleep", "P07: Bleep me on ‹{d} {d2} {d3} {d}›."),
    ("extension_alone", "P07: My extension's ‹{d} {d2} {d3} {d}› if you need me."),
    ("emergency", "P07: She rang ‹nine nine nine›, then ‹one one one›."),
    ("tens_list", "P07: You count ‹ten, twenty, thirty, forty›, and off you go."),
    ("countdown", "P07: ‹Ten, nine, eight›, and it was done."),
    ("ratio", "P07: It's ‹one in {n}›, roughly, maybe ‹{d} to one›."),
    ("version", "P07: We're on ‹version {d} point {d2} point {d3}› of the system."),
    ("percent", "P07: ‹{n} percent› of us felt it."),
    ("bp", "P07: Her blood pressure was ‹{hb} over {n}›."),
    ("heart_rate", "P07: His pulse was ‹{hb}›, sats ‹{n}›."),
    ("page", "P07: It's on ‹page {n}›, paragraph ‹{d}›."),
    ("bus", "P07: I get the ‹number {n}› bus."),
    ("road", "P07: You come off the ‹M {d}› and take the ‹A {d} {d2} {d3}›."),
    ("grade", "P07: I was an ‹F {d}› then, then ‹ST {d2}›."),
    ("grade_spaced", "P07: I moved to ‹S T {d}› in August, then ‹C T {d2}›."),
    ("grade_foundation", "P07: I moved up to ‹F Y one›, then ‹F Y two›."),
    ("bed_letter", "P07: She's in ‹B {n}›, by the window."),
    ("shift_letters", "P07: We were in ‹A and E› most nights."),
    ("vitamin", "P07: She needed ‹B twelve› injections and ‹D three›."),
    ("acronym_spelled", "P07: We called the ‹N-H-S› helpline, then the ‹G-M-C›."),
    ("at_the_end", "P07: ‹At› the end of the day, it's ‹dot› points on a slide."),
    ("on_the_dot", "P07: He's in at nine on the ‹dot›, every day."),
    ("weight", "P07: I lost ‹{n} pounds›, maybe ‹{n2}›."),
    ("speed", "P07: Doing ‹{n}› on the ‹M {d}›."),
    ("sessions", "P07: I do ‹{d} sessions›, ‹{d2}› on a good week."),
    ("phone_digits_count", "P07: You dial ‹{d}› for an outside line, then the number."),
    ("list_of_numbers", "P07: The scores were ‹{n}, {n2}, {n3}›, all over the place."),
    ("lottery_numbers", "P07: She picks ‹{n}, {n2}, {d}› every week."),
    ("locker_code", "P07: The door code is ‹{d} {d2} {d3} {d}›, don't tell anyone."),
    ("temperature", "P07: Thirty-eight ‹point {d}› and rising."),
    ("hours_week", "P07: I do ‹{n}› hours a week, ‹{n2}› in a bad one."),
    ("patients_per", "P07: ‹{n} to {n2}› patients a session, and ‹{d} or {d2}› visits."),
    ("the_ones", "P07: I saw ‹the {n}s› and the ‹{n2}s› in one clinic."),
    ("band", "P07: I was a ‹band {d}› then, now a ‹band {d2}›."),
    ("fy", "P07: As an ‹FY{d}› you do what you're told."),
    ("units_alcohol", "P07: He drank ‹{n} units› a week, ‹{h}› a month."),
    ("at_dot_talk", "P07: Look ‹at› the ‹dot› on the screen, ‹at› the top."),
    ("times_list", "P07: Clinics at ‹nine›, ‹eleven›, ‹two› and ‹four›."),
    ("money_pence", "P07: It was ‹{d} pounds {n}›, then ‹{d2} {n2}›."),
    ("year_range", "P07: The ‹twenty {y} to twenty {y2}› contract."),
    ("dose_times", "P07: ‹{d} hundred milligrams›, ‹{d2} times› a day."),
    ("dial_extension", "P07: Dial ‹{d}› then ‹{d2} {d3} {d} {d2}› for pharmacy."),
    ("scores_list", "P07: She scored ‹{d}, {d2}, {d3}, {d}› on the four domains."),
    ("shoe_size", "P07: A size ‹{d}›, or ‹{d2} and a half›."),
    ("grade_points", "P07: It went from ‹{d} point {d2}› to ‹{d3} point {d}›."),
    # (round 21, tune-negspace21) clinical measures and scores said with a number after "was",
    # "is", "were", "'s", "came back at": a reading, never an age or a place
    ("measure_scale", "P07: Her GAD-seven was ‹{n}›, and the PHQ-nine ‹{n2}›."),
    ("measure_sats", "P07: His sats were ‹{n}›, and his pulse was ‹{hb}›."),
    ("measure_back", "P07: The MMSE came back at ‹{n}›, down from ‹{n2}›."),
    ("measure_bmi", "P07: Her BMI's ‹{n}› now, the weight was ‹{n2}›."),
    ("measure_rate", "P07: Resp rate was ‹{n}›, heart rate ‹a hundred and {n2}›."),
    ("measure_hundreds", "P07: The pulse was ‹a hundred and {n}›, then ‹a hundred and {n2}›."),
    ("measure_sugar", "P07: Her sugar was ‹{n}› at teatime, the potassium ‹{d} point {d2}›."),
    ("measure_lab", "P07: His haemoglobin was ‹{n}›, the ferritin ‹{n2}›, and the lactate's ‹{d}›."),
    # letters of bodies said letter by letter, beside other bodies ("the N-H-S, then the G-M-C")
    ("bodies_hyphens", "P07: I rang the ‹B-M-A›, then the ‹R-C-N›, then the ‹N-M-C›."),
    ("bodies_spaced", "P07: It went to the ‹C Q C›, and then the ‹G M C› as well."),
    ("bodies_dots", "P07: We wrote to the ‹G.M.C.› and the ‹B.M.A.› about it."),
    # a letter and a number naming a vitamin, a drug round or a bay, then the thing it names
    ("vitamin_jab", "P07: He was due his ‹B twelve› jab, and ‹D three› drops for the baby."),
    ("bay_letters", "P07: I had ‹C four› bay and ‹D two› bay on the late."),
    ("round_letters", "P07: I did the ‹A two› round, then ‹B six› nights on the unit."),
    # (round 22, tune-negspace22) a point of a talk or a document numbered with "dot" or "point",
    # then "at" the next one: no e-mail (no top-level domain is a number)
    ("numbered_slide", "P07: It was slide ‹{d} dot {d2}›, then at slide ‹{d3} dot {d}›."),
    ("numbered_section", "P07: Look at section ‹{d} dot {d2}›, then at section ‹{d3} dot {d}›."),
    ("numbered_paragraph", "P07: Paragraph ‹{d} dot {d2}› says so, and at ‹{d3} dot {d}› again."),
    ("numbered_question", "P07: We got stuck at question ‹{d} point {d2}›, then at ‹{d3} point {d}›."),
    ("numbered_step", "P07: Step ‹{d} dot {d2}›, and we were at ‹{d3} dot {d}› by lunch."),
    # letters each with a number, listed: seats, squares of a board, grid cells, bays; no postcode
    ("pairs_seats", "P07: ‹A {d}, B {d2}, C {d3}›, that's the seating plan."),
    ("pairs_board", "P07: ‹E {d}, D {d2}›, then knight to ‹F {d3}›."),
    ("pairs_rows", "P07: The empty rows were ‹A {d}, B {d2} and C {d3}›."),
    ("pairs_cells", "P07: Cells ‹C {d}, D {d2}, E {d3}› were blank on the sheet."),
    ("pairs_battleships", "P07: ‹G {d}›, ‹H {d2}›, missed, ‹J {d3}›, we played for hours."),
    # two numbers said together as a score or two results: four digits, no phone number
    ("score_pair", "P07: It finished ‹{n} {n2}›."),
    ("score_pair_won", "P07: We won ‹{n} {n2}› in the end, then lost ‹{n3} {n}›."),
    ("score_pair_papers", "P07: She got ‹{n} {n2}› on the two papers."),
    ("score_pair_halves", "P07: ‹{n}, {n2}› at half time, and that was it."),
    # a thing's age asked with "your", "my", "his", "that old ...", and the answer in a turn
    ("thing_age_your", "I: How old's your car?\nP07: Oh, ‹{d}›, maybe ‹{d2}›."),
    ("thing_age_my", "I: How old was your boiler?\nP07: ‹{n}›, I think."),
    ("thing_age_laptop", "I: How old is your laptop?\nP07: Oh, ‹{d}›."),
    ("thing_age_that_old", "I: How old is that old scanner?\nP07: Oh, ‹{n}›."),
    ("thing_age_their", "I: How old's their van?\nP07: About ‹{d}›, I'd say."),
]


def negatives(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Things said like numbers and codes that are not identifiers."""
    for shape, frame in NEG_FRAMES:
        for _ in range(4 if "{" in frame else 1):
            text = frame.format(
                n=below_100(rng.randrange(11, 99)), n2=below_100(rng.randrange(11, 99)),
                n3=below_100(rng.randrange(11, 99)),
                d=DIGIT[rng.randrange(1, 10)], d2=DIGIT[rng.randrange(1, 10)],
                d3=DIGIT[rng.randrange(1, 10)],
                th=cardinal(rng.randrange(2, 10) * 1000 + rng.choice([0, 500, 200])),
                h=cardinal(rng.randrange(101, 999)), h2=cardinal(rng.randrange(101, 999)),
                hb=cardinal(rng.randrange(100, 190)),
                m=rng.choice(["fifteen", "thirty", "forty-five", "twenty"]),
                m2=rng.choice(["fifteen", "thirty", "forty-five", "o'clock"]).replace(
                    "o'clock", "ten"),
                y=below_100(rng.randrange(10, 25)), y2=below_100(rng.randrange(10, 25)),
                yy=below_100(rng.randrange(60, 99)))
            yield f"neg/{shape}", text


# -- the space ------------------------------------------------------------------------------------

def cases(prefix: str = "", seed: int = 21) -> list[tuple[str, str]]:
    """Every case of the space whose shape starts with ``prefix``, in a fixed order."""
    rng = random.Random(seed)
    out = [*phones(rng), *health_numbers(rng), *registrations(rng), *postcodes(rng),
           *emails(rng), *houses(rng), *spelled(rng), *negatives(rng)]
    return [c for c in out if c[0].startswith(prefix)]


