"""UK postcodes read out: "C F seven, seven B P", "N E one, four L P", "S W one A, one A A",
"NE sixty-five, two J J", "L-S 6, 2 H-G", "N W ten, four H X", "E C two A, four B for Bravo,
N", "T for Tango, S five... two J, A", "S as in Sierra, W one A, um, three U H", "D L one O
four, U, Q" (the letter O for a zero), and a postcode split over two turns ("it's S, N, one
oh..." -- "Yep." -- "One, R as in rabbit, D": both parts).

::

    find_postcodes(text)

A postcode is read as a stream of *pieces* -- letters and numbers -- with pauses between them
(spaces, commas, hyphens, dashes, dots, ellipses, "um", "er", "like", "sorry", "hang on"):

* a letter: a capital on its own ("N"), two run together ("NE", "UH"), two said "double A",
  a NATO word alone ("November Echo one"), or spelled with a word ("B for Bravo", "S as in
  Sierra", "X for X-ray", "a for apple": the word starts with the letter);
* a digit: a digit word ("oh", "zero", "nought", "one" ... "nine") or a typed digit;
* a number: "ten" ... "ninety-nine" or two typed digits ("46");
* pieces typed together: "SW1A", "4HX", "3AE".

The pieces must parse as outward code (area of one or two letters, district of one or two
digits said as digits or as a number, an optional letter after a one-digit district) and inward
code (one digit, two letters), in any grouping. The area must be a real postcode area and the
inward letters ones Royal Mail uses, so grades and roads ("F one", "ST three", "the M six", "the
A one") are not postcodes: they lack the inward part or a real area. Lower-case letters ("c f
seven ...") count only with "postcode" just before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.numbers import TEEN_WORDS, TENS_WORDS, UNIT_WORDS, number_runs
from vault.anonymise.spoken.spelling import LETTER_NAMES as SPELLED_LETTER_NAMES
from vault.anonymise.spoken.turns import resumed_turn, trails_off
from vault.anonymise.wordlists import SIZED_DEVICES

__all__ = ["POSTCODE_AREAS", "find_outward_codes", "find_postcodes", "outward_codes_after"]

DETECTOR = "spoken_postcode"

#: the 121 UK postcode areas (plus BF/BX, not used for homes, left out)
POSTCODE_AREAS: frozenset[str] = frozenset("""
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC
EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M ME
MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST
SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
""".split())  # noqa: SIM905
_INWARD_LETTERS = frozenset("ABDEFGHJLNPQRSTUWXYZ")
#: letters that may follow a one-digit district ("SW1A", "W1T", "EC2A")
_SUB_LETTERS = frozenset("ABCDEFGHJKMNPRSTUVWXY")

_DIGIT_WORDS = "|".join(UNIT_WORDS)  # "zero|oh|nought|one|...|nine"
#: the NATO spelling alphabet: a word alone stands for its letter ("November Echo one")
NATO_WORDS = ("Alpha|Alfa|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Juliett|Kilo|"
              "Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|"
              "Whisky|X-ray|Xray|Yankee|Zulu")
#: letters said by their names, as in "P aitch", "zed E", "kay double-u", "S why", "one J queue":
#: the spelling finder's table, and the names that only a postcode's grammar makes safe to read
#: as letters ("ex", "bee", "tee", "pee", "el", "ef", "wye", "ee"; "you", "are", "see", "eye" left
#: out)
LETTER_NAMES: dict[str, str] = {
    **SPELLED_LETTER_NAMES, "wye": "Y", "ex": "X", "pee": "P", "bee": "B", "tee": "T", "ef": "F",
    "el": "L", "ay": "A", "ee": "E"}
#: (in lower case or capitalised: a transcriber may capitalise a letter's name as it opens a
#: turn, "Kay A two-seven", "Ess Kay four"; not in capitals: "EX", "EN" are areas typed)
_LETTER_NAME = (r"(?:[Dd]ouble[- ]u|[Dd]ouble[ \t-]+you|" + "|".join(
    sorted((form for k in LETTER_NAMES if not k.startswith("double")
            for form in (k, k.capitalize())), key=len, reverse=True)) + r")")
_NUMBER_WORDS = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
                 r"three|four|five|six|seven|eight|nine)(?![\w'’]))?|ten|eleven|twelve|thirteen|"
                 r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")


def _piece_pattern(upper: bool) -> re.Pattern[str]:
    letter = "[A-Z]" if upper else "[a-z]"
    return re.compile(
        r"(?<![\w'’])(?:"
        # "B for Bravo", "S as in Sierra", "X for X-ray"
        r"(?P<spelled>" + letter + r")[ \t]+(?:for|as[ \t]+in|like)[ \t]+(?P<word>[A-Za-z](?:[a-z]+|-[a-z]+)"
        r"(?:-[a-z]+)?)(?![\w'’])"
        # "SW1A", "4HX", "NE46": letters and digits typed together
        r"|(?P<typed>[A-Z]{1,2}\d{1,2}[A-Z]?|\d[A-Z]{2})(?![\w'’])"
        r"|(?P<lname>" + _LETTER_NAME + r")(?![\w'’-])"
        r"|(?i:double|treble)[ \t-]+(?P<double>" + letter + r")(?![\w'’])"
        r"|(?P<nato>" + NATO_WORDS + r")(?![\w'’-])"
        r"|(?P<letters>" + letter + (r"{1,2}" if upper else "") + r")(?![\w'’])"
        r"|(?P<number>(?i:" + _NUMBER_WORDS + r")|\d\d)(?![\w'’])"
        r"|(?P<digit>(?i:" + _DIGIT_WORDS + r")|\d)(?![\w'’]))")


_PIECE = _piece_pattern(upper=True)
_PIECE_LOWER = _piece_pattern(upper=False)
#: what may stand between two pieces of one postcode
_PAUSE = re.compile(r"(?:[ \t,.…\-–—]|(?<![A-Za-z])(?:[Uu]mm?|[Ee]rm?|[Uu]h|[Ll]ike|[Ss]orry|"
                    # "space" said between the halves; a transcriber's [pause]
                    r"[Hh]ang[ \t]+on|then|and|space)(?![A-Za-z])|\[[a-z ]{1,12}\])*")  # not "UH", "ER": letters
_POSTCODE_WORD = re.compile(r"(?i)post[ \t]?code")
#: where a postcode may start: one or two capitals on their own (not "I think", "A lot"), typed
#: with digits ("NW10"), or spelled with a word ("N for November")
_STARTS = re.compile(r"(?<![\w'’])(?:" + _LETTER_NAME + r"(?=[ \t,-]+(?:[A-Z](?![a-z])|"
                     + _LETTER_NAME + r"(?![\w'’-])|(?i:" + _DIGIT_WORDS + r"|" + _NUMBER_WORDS
                     + r")(?![\w'’])|\d))|"
                     r"(?i:double)[ \t-]+[A-Z](?![\w'’])|(?:" + NATO_WORDS
                     + r")(?![\w'’-])|[A-Z]{1,2}(?:\d|(?![\w'’])(?![ \t]+(?!for\b|as[ \t]+in\b|like\b|"
                     + _LETTER_NAME + r"(?![\w'’-])|"
                     r"um\b|er\b|erm\b|uh\b|(?:" + _DIGIT_WORDS + r"|ten|eleven|twelve|"
                     r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                     r"forty|fifty|sixty|seventy|eighty|ninety)(?![a-z]))[a-z])))")
_STARTS_LOWER = re.compile(r"(?<![\w'’])[a-z](?![\w'’])")


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    #: "L" a letter, "D" a digit, "N" a two-digit number
    kind: str
    value: str


def _number_value(word: str) -> str:
    word = word.lower()
    if word.isdigit():
        return word
    if word in TEEN_WORDS:
        return str(TEEN_WORDS[word])
    parts = re.split(r"[- ]", word)
    return str(TENS_WORDS[parts[0]] + (UNIT_WORDS[parts[1]] if len(parts) > 1 else 0))


def _pieces(m: re.Match[str]) -> list[_Piece]:
    """The pieces one match of the piece pattern stands for."""
    start, end = m.span()
    if m.group("spelled"):
        letter = m.group("spelled").upper()
        if m.group("word")[0].upper() != letter:
            return []
        return [_Piece(start, end, "L", letter)]
    if m.group("nato"):
        return [_Piece(start, end, "L", m.group("nato")[0].upper())]
    if m.group("lname"):
        return [_Piece(start, end, "L", LETTER_NAMES[re.sub(r"[ \t-]+", " ",
                                                            m.group("lname").lower()).replace(
            "double u", "double-u")])]
    if m.group("double"):  # "double A": two letters
        return [_Piece(start, end, "L", m.group("double").upper())] * 2
    chars = m.group("typed") or m.group("letters")
    if chars:
        return [_Piece(start, end, "D" if c.isdigit() else "L", c.upper()) for c in chars]
    if m.group("number"):
        return [_Piece(start, end, "N", _number_value(m.group("number")))]
    word = m.group("digit").lower()
    return [_Piece(start, end, "D", word if word.isdigit() else str(UNIT_WORDS[word]))]


def _stream(text: str, start: int, piece: re.Pattern[str]) -> list[_Piece]:
    """The pieces read from ``start`` on, as long as only pauses stand between them (at most
    13: "T for Tango, S five two J for Juliet, A for Alpha" is 7)."""
    out: list[_Piece] = []
    pos = start
    while len(out) < 13:
        m = piece.match(text, pos)
        if m is None:
            break
        pieces = _pieces(m)
        if not pieces:
            break
        out.extend(pieces)
        pause = _PAUSE.match(text, m.end())
        gap = text[m.end():pause.end()] if pause else ""
        if "\n" in gap or len(gap) > 24:
            break
        pos = m.end() + len(gap)  # an ordinary word after a pause is no piece: the stream ends
    # the letter O said for zero after a digit of the district: "one O four", "two-O"
    return [_Piece(p.start, p.end, "D", "0") if p.kind == "L" and p.value == "O" and i and
            out[i - 1].kind == "D" and out[i - 1].end < p.start else p for i, p in enumerate(out)]


def _parse(pieces: list[_Piece]) -> int | None:
    """How many of ``pieces`` make a postcode (outward and inward), or None."""
    n = len(pieces)
    if n < 4 or pieces[0].kind != "L":
        return None
    for area_len in (2, 1):
        if area_len == 2 and pieces[1].kind != "L":
            continue
        area = "".join(p.value for p in pieces[:area_len])
        if area not in POSTCODE_AREAS:
            continue
        i = area_len
        # the district: a number, one digit or two digits
        districts: list[tuple[str, int]] = []
        if i < n and pieces[i].kind == "N":
            districts.append((pieces[i].value, i + 1))
        if i < n and pieces[i].kind == "D":
            if i + 1 < n and pieces[i + 1].kind == "D":
                districts.append((pieces[i].value + pieces[i + 1].value, i + 2))
            districts.append((pieces[i].value, i + 1))
        # a number read as district and inward digit: "SY twenty seven, S, S" is SY2 7SS
        if i < n and pieces[i].kind == "N" and i + 3 <= n and pieces[i + 1].kind == "L" and \
                pieces[i + 2].kind == "L" and pieces[i + 1].value in _INWARD_LETTERS and \
                pieces[i + 2].value in _INWARD_LETTERS and len(pieces[i].value) == 2 and \
                (i + 3 == n or pieces[i + 3].kind != "L"):
            return i + 3
        for district, j in districts:
            starts = [j]
            if len(district) == 1 and j < n and pieces[j].kind == "L" and \
                    pieces[j].value in _SUB_LETTERS:
                starts.insert(0, j + 1)  # "S W one A"
            for k in starts:
                if k + 3 <= n and pieces[k].kind == "D" and pieces[k + 1].kind == "L" and \
                        pieces[k + 2].kind == "L" and pieces[k + 1].value in _INWARD_LETTERS and \
                        pieces[k + 2].value in _INWARD_LETTERS:
                    return k + 3
    return None


#: "postcode" straight after an outward code said alone: "a P aitch four-one postcode"
_POSTCODE_AFTER = re.compile(r"[ \t]+(?:(?i:area)[ \t]+)?(?i:post[ \t]?code)\b")


def _outward(text: str, pieces: list[_Piece]) -> int | None:
    """The end of an outward code said alone and called a postcode ("it's a zed E two
    postcode"): a real area, a district, "postcode" right after."""
    for area_len in (2, 1):
        if len(pieces) <= area_len or any(p.kind != "L" for p in pieces[:area_len]) or \
                "".join(p.value for p in pieces[:area_len]) not in POSTCODE_AREAS:
            continue
        rest = pieces[area_len:]
        ends = []
        if rest[0].kind == "N":
            ends.append(area_len + 1)
        elif rest[0].kind == "D":
            ends.append(area_len + 1)
            if len(rest) > 1 and rest[1].kind == "D":
                ends.append(area_len + 2)
            if len(rest) > 1 and rest[1].kind == "L" and rest[1].value in _SUB_LETTERS:
                ends.append(area_len + 2)
        for used in ends:
            if _POSTCODE_AFTER.match(text, pieces[used - 1].end):
                return pieces[used - 1].end
    return None


def _scan(text: str, starts: re.Pattern[str], piece: re.Pattern[str], score: float,
          cue: bool) -> list[Finding]:
    findings: list[Finding] = []
    end = 0
    for m in starts.finditer(text):
        if m.start() < end:
            continue
        if cue and not _POSTCODE_WORD.search(text, max(0, m.start() - 40), m.start()):
            continue
        pieces = _stream(text, m.start(), piece)
        if pieces and _HESITATION.fullmatch(text, pieces[0].start, pieces[0].end) and \
                text[pieces[0].end:pieces[0].end + 1] in (",", ".", "…"):
            continue  # "em, two, six, ...": a hesitation, not the letter M ("em kay four" is MK4)
        used = _parse(pieces)
        if used is None:
            split = _split(text, pieces, piece)
            if split is not None:
                findings.extend(Finding(a, b, "POSTCODE", score, DETECTOR) for a, b in split)
                end = split[-1][1]
                continue
            outward = _outward(text, pieces)
            if outward is not None:
                findings.append(Finding(pieces[0].start, outward, "POSTCODE", score, DETECTOR))
                end = outward
                continue
            parts = _in_parts(text, pieces, piece)
            if parts:
                findings.extend(Finding(a, b, "POSTCODE", score, DETECTOR) for a, b in parts)
                end = max(b for _, b in parts)
            continue
        end = pieces[used - 1].end
        findings.append(Finding(pieces[0].start, end, "POSTCODE", score, DETECTOR))
    return findings


#: between the two halves of a postcode said in parts: a few words ("the second half", "and
#: the end's", "then the last bit is"), a sentence's stop, another voice's short turn
_HALVES_GAP = re.compile(r"[^?!\n]{0,60}(?:\n[^\n?]{0,30}\n[^\n?]{0,40})?")
_GAP_WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*")
_MAX_HALVES_WORDS = 8
_HESITATION = re.compile(r"(?i)em|eh|er|erm|um|uh|ah")
_WORD_START = re.compile(r"(?<![\w'’])(?=[A-Za-z0-9])")


#: words that announce the second half of something said in two: "and then the end is", "the
#: second half's", "the last bit", "it ends in" -- after an outward code, the inward code
_HALF_CUE = re.compile(r"(?i)(?<![A-Za-z])(?:(?:the|and)[ \t]+)?(?:end|back[ \t]+end|tail|"
                       r"(?:second|other|last|back|final)[ \t]+(?:half|bit|part|three|lot))"
                       r"(?:['’]s|[ \t]+(?:is|was|goes|bit))?(?![A-Za-z])|(?<![A-Za-z])"
                       r"(?:ends|finishes)(?:[ \t]+(?:in|with|on))?(?![A-Za-z])")


def _outward_ends(pieces: list[_Piece]) -> list[int]:
    """How many of ``pieces`` may make an outward code (a real area and a district)."""
    ends = []
    for area_len in (2, 1):
        if len(pieces) <= area_len or any(p.kind != "L" for p in pieces[:area_len]) or \
                "".join(p.value for p in pieces[:area_len]) not in POSTCODE_AREAS:
            continue
        rest = pieces[area_len:]
        if rest[0].kind in "ND":
            ends.append(area_len + 1)
        if rest[0].kind == "D" and len(rest) > 1 and (
                rest[1].kind == "D" or rest[1].kind == "L" and rest[1].value in _SUB_LETTERS):
            ends.append(area_len + 2)
    return ends


def _inward(pieces: list[_Piece]) -> bool:
    return len(pieces) >= 3 and pieces[0].kind == "D" and pieces[1].kind == "L" and \
        pieces[2].kind == "L" and pieces[1].value in _INWARD_LETTERS and \
        pieces[2].value in _INWARD_LETTERS


def _in_parts(text: str, pieces: list[_Piece], piece: re.Pattern[str]
              ) -> list[tuple[int, int]] | None:
    """A postcode said in two halves with a few words between, either half first ("B L eight,
    the second half four Q T", "it ends four Q T. It starts B L eight", "N E sixty-five" --
    "Yep." -- "two J J"), "postcode" named just before or between: the halves' spans."""
    ends = _outward_ends(pieces)
    if not ends:
        return None
    start = pieces[0].start
    out_end = pieces[max(ends) - 1].end
    line_start = text.rfind("\n", 0, start) + 1
    # the inward half after it
    gap = _HALVES_GAP.match(text, out_end)
    cued_before = _POSTCODE_WORD.search(text, max(0, line_start - 120, start - 80), start)
    if gap is not None:
        for at in _WORD_START.finditer(text, out_end, gap.end()):
            between = text[out_end:at.start()]
            if len(_GAP_WORDS.findall(between)) > _MAX_HALVES_WORDS:
                break
            more = _stream(text, at.start(), piece)
            if not more or more[0].start != at.start():
                continue
            if _outward_ends(more):
                break  # the outward half said again ("B L nine, sorry, B L eight, ..."): its own
            if _inward(more) and _parse(more[1:]) is None and (
                    cued_before or _POSTCODE_WORD.search(between) or _HALF_CUE.search(between)):
                # (not the start of a whole postcode: "three, and N P eight, two R U")
                return [(start, out_end), (more[0].start, more[2].end)]
    # the inward half before it ("it ends four Q T. It starts B L eight")
    window = max(0, line_start - 1 if start - line_start < 20 else line_start, start - 70)
    for at in _WORD_START.finditer(text, window, start):
        more = _stream(text, at.start(), piece)
        if not more or more[0].start != at.start() or not _inward(more) or more[2].end > start \
                or _parse(more[1:]) is not None:
            continue
        between = text[more[2].end:start]
        if len(_GAP_WORDS.findall(between)) > _MAX_HALVES_WORDS or "?" in between:
            continue
        if _POSTCODE_WORD.search(text, max(0, more[0].start - 80), start):
            return [(more[0].start, more[2].end), (start, out_end)]
    return None


def _split(text: str, pieces: list[_Piece], piece: re.Pattern[str]
           ) -> list[tuple[int, int]] | None:
    """A postcode begun in one turn and finished in the speaker's next, a back-channel between
    ("it's S, N, one oh..." -- "Yep." -- "One, R as in rabbit, D"): the two parts' spans."""
    cut = next((k for k, p in enumerate(pieces) if trails_off(text, p.end, dash=False)), None)
    if cut is None or cut < 1:
        return None
    pieces = pieces[:cut + 1]  # "HG, 4... Eleven weeks off": the part ends at the ellipsis
    resumed = resumed_turn(text, pieces[-1].end)
    if resumed is None:
        return None
    more = _stream(text, resumed, piece)
    if not more or more[0].start != resumed:
        return None
    used = _parse(pieces + more)
    if used is None or used <= len(pieces):
        return None
    return [(pieces[0].start, pieces[-1].end), (more[0].start, more[used - len(pieces) - 1].end)]


#: a speaker putting the end of a postcode right: "..., N, Z... no, nine N Y", "sorry, two J A"
_PUT_RIGHT = re.compile(r"[ \t,.…—–-]*(?<![A-Za-z])(?:no|nope|sorry|I[ \t]+mean|wait|hang[ \t]+on|"
                        r"actually|not[ \t]+[A-Z])(?![A-Za-z])[ \t,.…—–-]*(?:it['’]s[ \t]+)?")


def _put_right(text: str, finding: Finding) -> Finding:
    """The finding with the pieces a speaker said right after it to correct its end (a letter
    or a digit and a letter at least), or as it was."""
    fix = _PUT_RIGHT.match(text, finding.end)
    if fix is None:
        return finding
    pieces = [p for p in _stream(text, fix.end(), _PIECE)[:7]]
    if len(pieces) < 2 or pieces[0].start != fix.end() or not any(p.kind == "L" for p in pieces):
        return finding
    return Finding(finding.start, pieces[-1].end, finding.entity, finding.score, finding.detector)


def find_postcodes(text: str) -> list[Finding]:
    """Spoken postcodes in ``text``."""
    findings = _scan(text, _STARTS, _PIECE, 0.9, cue=False)
    if _POSTCODE_WORD.search(text):
        findings.extend(_scan(text, _STARTS_LOWER, _PIECE_LOWER, 0.7, cue=True))
    found = [_put_right(text, f) for f in findings]
    return found + [o for o in find_outward_codes(text)
                    if not any(f.start <= o.start and o.end <= f.end for f in found)] + \
        [said for said in find_said_postcodes(text)
         if not any(f.start <= said.start and said.end <= f.end for f in found)]


# -- round 14 (late): the outward half of a postcode said alone --------------------------------
# "my postcode's B S fourteen", "postcode is b h one", "a C F ten postcode", "the G U eleven
# area": one or two letters said apart (or written together) and a district number, with
# "postcode" just before or "postcode"/"area" just after. Without such a cue, letters and a number
# are grades, bays, vitamins and roads ("an S T three", "F Y one", "bay B four", "the M six").

#: a district of two digits may be said digit by digit, as the rest of a postcode is: "the L one
#: three district" (L13), "my postcode's B S one four" (BS14)
#: (the digit words but "nought"; no word of them begins another, so their order is no matter)
_DISTRICT_DIGIT = r"(?:" + "|".join(w for w in UNIT_WORDS if w != "nought") + r")"
_DISTRICT = (r"(?:" + _DISTRICT_DIGIT + r"[ \t-]+" + _DISTRICT_DIGIT + r"(?![\w'’-])|\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \t]"
             r"(?:" + "|".join(w for w, n in UNIT_WORDS.items() if n) + r"))?|" + "|".join(TEEN_WORDS) + r"|"
             + _DISTRICT_DIGIT + r")")
_OUTWARD = (r"(?P<m>(?P<a>[A-Za-z])(?:[ \t]+|\.[ \t]*)?(?P<b>[A-Za-z](?![A-Za-z]))?[ \t]*" + _DISTRICT
            + r"(?:[ \t]?[A-Za-z](?![\w'’-]))?)(?![\w'’-])")
_OUTWARD_AFTER_CUE = re.compile(
    r"(?i)post[ \t]?code(?:[ \t]*,?[ \t]*(?:um|er|erm|uh)[ \t]*,?)?"
    r"(?:['’]s|[ \t]+(?:is|was|starts(?:[ \t]+with)?|begins(?:[ \t]+with)?))?"
    r"[ \t]*(?:[:,-][ \t]*)?(?:(?:um|er|erm|uh)[ \t,]+)?(?<![A-Za-z])" + _OUTWARD)
_OUTWARD_BEFORE_CUE = re.compile(
    r"(?<![\w'’-])" + _OUTWARD + r"[ \t]+(?i:post[ \t]?code|area|district)\b")
_NOT_BEFORE_OUTWARD = re.compile(r"(?i)\b(?:bay|ward|room|bed|clinic|grade|level|vitamin|band|"
                                 r"theatre|block|wing|floor|junction|the[ \t]+[AM])[ \t]*\Z")


# (round 21) The outward code said alone where a place is named without the word "postcode"
# ("double L six" too):
# after a verb of living or moving ("we're in S P four now", "then moved to L E three", "based
# in TQ9"), before a word for a practice's patch ("an R M eight practice"), or straight after a
# street address ("forty-six Mill Street, E sixteen": see :func:`outward_codes_after`). The
# letters are capitals said apart or typed together; after a verb the area has two letters and
# is no training grade's ("moved to ST three", "in CT two" are grades; "moved to S T ten" is no
# grade's year), and a clause ends after the district ("we're in B H eight now", not "in S P
# four weeks").

#: an outward code in capitals: "S P four", "SP4", "T Q nine", "E sixteen", "S W one A", each
#: letter maybe said a capital ("capital K, capital Y, nine", as a name is spelled)
_OUTWARD_CAPS = (r"(?P<m>(?:(?i:double)[ \t-]+(?P<double>[A-Z])(?![\w'’])[ \t]*|"
                 r"(?i:capital)[ \t]+(?P<ca>[A-Z]),?[ \t]+(?i:capital)[ \t]+(?P<cb>[A-Z]),?[ \t]*|"
                 r"(?P<a>[A-Z])(?:[ \t]+|\.[ \t]*)?(?P<b>[A-Z](?![A-Za-z]))?[ \t]*)"
                 r"(?P<d>" + _DISTRICT + r")(?:[ \t]?[A-Z](?![\w'’-]))?)(?![\w'’-])")
#: where a clause ends after a place: punctuation, the line's end, or a word that goes on
_PLACE_ENDS = (r"(?=[ \t]*(?:[.,;:!?…)—–]|-[ \t]|$)|[ \t]+(?i:now|then|and|which|where|so|but|"
               r"since|for[ \t]+(?:years|ages|a[ \t]+while)|near|these[ \t]+days)(?![\w'’-]))")
_PLACE_VERB = (r"(?<![\w'’-])(?i:we['’]re|we[ \t]+are|we[ \t]+were|they['’]re|they[ \t]+are|"
               r"live[sd]?|living|based|moved|move|moving|relocated|settled)"
               r"(?:[ \t]+(?i:now|still|up|down|over|out|back|then))?[ \t]+(?i:in|to|into)[ \t]+")
_OUTWARD_AFTER_VERB = re.compile(_PLACE_VERB + _OUTWARD_CAPS + _PLACE_ENDS, re.MULTILINE)
_OUTWARD_BEFORE_PATCH = re.compile(
    r"(?<![\w'’-])" + _OUTWARD_CAPS + r"[ \t]+(?i:practice|surgery|patch|catchment)(?![\w'’-])")
_OUTWARD_AFTER_ADDRESS = re.compile(r"[ \t]*,[ \t]*" + _OUTWARD_CAPS + _PLACE_ENDS, re.MULTILINE)
#: (round 24) the outward code set off by commas as an aside, where a sentence names where
#: something is ("the practice in Fenwick registered us, W S nine, and ...", "only the outward
#: bit is on the letter, K Y six, I don't know why", "the surgery, capital D, capital D, four,
#: is shut"): after a comma, and a comma or the sentence's end after it; the area two letters
#: (a lone letter and a number set off so are lists, bays, beds: "bay, B four, was empty")
_OUTWARD_SET_OFF = re.compile(r"(?<=,)[ \t]+" + _OUTWARD_CAPS + r"(?=[ \t]*(?:,|[.;!?…](?!\w)|$))",
                              re.MULTILINE)
#: (round 25) a device that comes in sizes, up to two words before the aside's comma: the
#: aside is its size or gauge ("the tube, N G twelve, for a week", "a catheter they use, C H
#: fourteen"), as a postcode is no device's
_SIZED_DEVICE_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?:" + "|".join(sorted(SIZED_DEVICES))
                                  + r")(?:[ \t]+[a-z'’]+){0,2}[ \t]*,\Z")
#: areas whose letters are also a training grade's ("ST three", "CT two", "DT one", "FY one")
_GRADE_AREAS = frozenset({"ST", "CT", "DT", "FY"})
#: no training grade has a year above eight ("S T ten", "S T fifteen" are Stoke's districts)
_TOP_GRADE_YEAR = 8


def _grade_year(area: str, district: str) -> bool:
    """The letters and number could be a training grade's: "S T three", not "S T eleven"."""
    if area not in _GRADE_AREAS:
        return False
    runs = number_runs(district)
    return not runs or int(runs[0].digits) <= _TOP_GRADE_YEAR


def _outward_at(text: str, m: re.Match[str], *, two_letters: bool) -> Finding | None:
    area = (m.group("double") * 2 if m.group("double")
            else m.group("ca") + m.group("cb") if m.group("ca")
            else m.group("a") + (m.group("b") or ""))
    if area not in POSTCODE_AREAS or two_letters and (
            len(area) < 2 or _grade_year(area, m.group("d"))):
        return None
    if _NOT_BEFORE_OUTWARD.search(text, max(0, m.start("m") - 20), m.start("m")):
        return None
    return Finding(*m.span("m"), "POSTCODE", 0.8, DETECTOR)


def outward_codes_after(text: str, ends: set[int]) -> list[Finding]:
    """The outward code said straight after an address ending at one of ``ends``, after a
    comma ("forty-six Mill Street, E sixteen")."""
    out = []
    for at in sorted(ends):
        m = _OUTWARD_AFTER_ADDRESS.match(text, at)
        if m is not None:
            found = _outward_at(text, m, two_letters=False)
            if found is not None:
                out.append(found)
    return out


def _outward_codes_said_alone(text: str) -> list[Finding]:
    found = [_outward_at(text, m, two_letters=True) for m in _OUTWARD_AFTER_VERB.finditer(text)]
    found += [_outward_at(text, m, two_letters=False) for m in _OUTWARD_BEFORE_PATCH.finditer(text)]
    # set off by commas the district is said in words: typed digits so are readings ("BP
    # 159/85, HR 73, sats 95%": a heart rate after Hereford's letters)
    found += [_outward_at(text, m, two_letters=True) for m in _OUTWARD_SET_OFF.finditer(text)
              if not any(c.isdigit() for c in m.group("d"))
              and _SIZED_DEVICE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None]
    return [f for f in found if f is not None]


def find_outward_codes(text: str) -> list[Finding]:
    """The outward code alone, said beside "postcode" or "area", or where a place is named
    (after a verb of living or moving, before "practice", set off by commas), in ``text``."""
    alone = _outward_codes_said_alone(text)
    lower = text.lower()
    if "post" not in lower and "area" not in lower and "district" not in lower:
        return alone
    findings = alone
    for pattern in (_OUTWARD_AFTER_CUE, _OUTWARD_BEFORE_CUE):
        for m in pattern.finditer(text):
            area = (m.group("a") + (m.group("b") or "")).upper()
            if area not in POSTCODE_AREAS:
                continue
            if _NOT_BEFORE_OUTWARD.search(text, max(0, m.start("m") - 20), m.start("m")):
                continue
            if area == "M" and text[max(0, m.start("m") - 4):m.start("m")].lower() == "the ":
                continue  # a motorway: "the M forty area"
            findings.append(Finding(*m.span("m"), "POSTCODE", 0.8, DETECTOR))
    return findings


# -- round 15: a whole postcode said out piece by piece, its letters made sure of ----------------
# "H R eight, then the second bit, four, Z, U", "P like pig E one two; four, D like dog, F",
# "P, not B, P E twelve, six, N, not M, N, B", "G Y one ... three, D, not B, D, Y": each letter
# a capital said alone, maybe with a word for it ("like pig", "as in Bravo", "for Foxtrot") or
# put right ("P, not B, P"); the two halves apart by a pause, a comma or "then the second bit".
# The whole shape (area letters, district, inward digit and two letters) is what decides: no
# cue is needed, and letters and numbers that are not a postcode's shape are left alone.

_SAID_LETTER = r"[A-Z](?![\w'’])(?:[ \t]+(?i:like|as[ \t]+in|for)[ \t]+[A-Za-z]+(?![\w'’-]))?"
_SAID_SEP = r"(?:[ \t]*(?:[,;:]|\.{2,}|…|[-–—])?[ \t]*)"
#: a letter, or a letter put right: "P, not B, P", "N not M N"
_SURE_LETTER = (r"(?:[A-Z],?[ \t]+(?i:not|no)[ \t]+(?:an?[ \t]+)?[A-Z]" + _SAID_SEP + r")?"
                + _SAID_LETTER)
_SAID_DIGIT = r"(?i:one|two|three|four|five|six|seven|eight|nine|zero|oh|nought|nil|\d)(?![\w'’-])"
_SAID_DISTRICT = (r"(?:" + _SAID_DIGIT + r"(?:" + _SAID_SEP + r"(?!" + _SAID_DIGIT + _SAID_SEP
                  + _SURE_LETTER + _SAID_SEP + _SURE_LETTER + r"(?![\w'’]))" + _SAID_DIGIT + r")?|"
                  r"(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                  r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \t](?:one|two|three|"
                  r"four|five|six|seven|eight|nine))?)(?![\w'’-]))")
_HALVES = (_SAID_SEP + r"(?:(?i:(?:and[ \t]+)?then)(?:[ \t]+(?i:the)[ \t]+(?i:second|other|last|next)"
           r"[ \t]+(?i:bit|half|part))?" + _SAID_SEP + r")?")
_SAID_POSTCODE = re.compile(
    r"(?<![\w'’-])(?P<a>" + _SURE_LETTER + r")(?:" + _SAID_SEP + _SURE_LETTER + r")?" + _SAID_SEP
    + _SAID_DISTRICT + r"(?:" + _SAID_SEP + _SURE_LETTER + r")?" + _HALVES + _SAID_DIGIT + _SAID_SEP
    + r"(?P<i1>" + _SURE_LETTER + r")" + _SAID_SEP + r"(?P<i2>" + _SURE_LETTER + r")(?![\w'’])(?!" + _SAID_SEP + r"(?:" + _SAID_DIGIT + r"|[A-Z](?![\w'’])))")
#: letters and numbers that name grades, plans, bays, vitamins, steps: no postcode follows
_NOT_BEFORE_SAID = re.compile(r"(?i)\b(?:bay|ward|room|bed|clinic|grade|level|vitamin|band|theatre|"
                              r"block|wing|floor|junction|plan|option|type|class|stage|step|phase|"
                              r"table|row|seat|gate|platform|section|figure|box)[ \t]*\Z")
#: the inward code's two letters said apart (never C, I, K, M, O or V): a cheap test first
_SAID_PREFILTER = re.compile(r"(?<![\w'’-])[ABD-HJLNP-UW-Z](?![\w'’])[^\n]{0,40}?(?<![\w'’-])"
                             r"[ABD-HJLNP-UW-Z](?![\w'’])")


def find_said_postcodes(text: str) -> list[Finding]:
    """Whole postcodes said letter by letter with the letters made sure of (see above)."""
    if _SAID_PREFILTER.search(text) is None:
        return []
    return [Finding(m.start(), m.end(), "POSTCODE", 0.85, DETECTOR)
            for m in _SAID_POSTCODE.finditer(text)
            if _NOT_BEFORE_SAID.search(text, max(0, m.start() - 16), m.start()) is None
            and _letter_of(m.group("a")) not in _NEVER_FIRST
            and not {_letter_of(m.group("i1")), _letter_of(m.group("i2"))} & _NEVER_INWARD]


#: letters no postcode opens with, and letters no inward code uses
_NEVER_FIRST = frozenset("QVX")
_NEVER_INWARD = frozenset("CIKMOV")
_ONE_LETTER = re.compile(r"(?<![\w'’])[A-Z](?![\w'’])")


def _letter_of(said: str) -> str:
    """The letter a said letter means: "D like dog" is D, "P, not B, P" is P."""
    letters = _ONE_LETTER.findall(said)
    return letters[-1] if letters else said[:1]
