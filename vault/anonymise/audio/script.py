"""The spoken script of a transcript: which words were said, where they are written, in which turn.

A verbatim transcript holds more than speech (speaker labels, ``[laughs]``, ``[inaudible]``,
cue numbers and timings, .docx headers) and writes some speech in forms an aligner cannot say
("2019", "3rd", "NHS", "&"). :func:`spoken_script` turns a parsed
:class:`~vault.anonymise.formats.Document` into a :class:`Script`::

    doc = document_from_bytes(data, "interview.vtt")
    script = spoken_script(doc)
    script.tokens[5].words          # ("twenty", "nineteen") for "2019"
    script.tokens_in(segment, start, end)   # tokens a redacted span covers
    script.turns[2].cue             # (start s, end s) for VTT/SRT cues, else None

What is spoken:

* **turns**: a WebVTT/SRT cue is a turn (its timing is an anchor; NOTE blocks are not spoken);
  in .txt and .docx a line or paragraph starting with a speaker label (``Interviewer:``,
  ``P1:``, ``Dr Okafor:``) starts a turn, and the lines that follow without a label belong to
  it; a blank line ends it. .docx headers, footers and notes are not spoken;
* **not spoken**: speaker labels, timestamps at the start of a line, anything in brackets
  (``[laughs]``, ``(pause)``, ``{noise}``) and WebVTT tags (``<v Sam>``, ``<i>``);
* **tokens**: runs of letters/digits (with inner apostrophes); each becomes the dictionary
  words it is said as (:func:`say`): numbers in words ("42" forty two, years "2019" twenty
  nineteen, phone-like digit strings digit by digit, "3rd" third), ``&`` and, ``%`` percent,
  ``@`` at; hesitations are normalised ("erm" to "um").

Offsets are those of the document's segments, the same as a redaction log's, so a redacted span
maps to the tokens it covers. Nothing here prints or logs text.
"""
from __future__ import annotations

import bisect
import io
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from vault.anonymise.formats import Document
from vault.anonymise.speaker_labels import LINE_TIMESTAMP

__all__ = ["Script", "Token", "Turn", "say", "spoken_script"]


@dataclass(frozen=True)
class Token:
    """One spoken word of the transcript, where it is written and how it is said."""

    #: position in :attr:`Script.tokens`
    index: int
    segment: int
    #: character offsets in the segment
    start: int
    end: int
    turn: int
    #: the lower-case dictionary words it is said as (one or more)
    words: tuple[str, ...]
    #: written in capitals (an acronym is spelt out when it is not a dictionary word)
    capitals: bool = False


@dataclass(frozen=True)
class Turn:
    """A speaker turn (txt/docx) or a cue (VTT/SRT): the unit muted whole when a span in it
    cannot be located."""

    index: int
    #: its tokens are ``Script.tokens[first:end]``
    first: int
    end: int
    #: (start, end) in seconds for a VTT/SRT cue, else None
    cue: tuple[float, float] | None
    #: (segment, start, end) character ranges the turn covers
    parts: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True)
class Script:
    """The spoken tokens of a transcript, in order, grouped into turns."""

    tokens: tuple[Token, ...]
    turns: tuple[Turn, ...]
    #: token indices before which the transcript marks speech it does not give
    #: (``[inaudible]``, ``[crosstalk]``, ``[unclear]``): the aligner lets unknown speech in
    unknown_speech: frozenset[int] = frozenset()

    def tokens_in(self, segment: int, start: int, end: int) -> list[Token]:
        """Tokens overlapping ``[start, end)`` of ``segment``."""
        keys = [(t.segment, t.start) for t in self.tokens]
        index = bisect.bisect_left(keys, (segment, 0))
        found = []
        while index < len(self.tokens) and self.tokens[index].segment == segment:
            token = self.tokens[index]
            if token.start >= end:
                break
            if token.end > start:
                found.append(token)
            index += 1
        return found

    def turn_at(self, segment: int, offset: int) -> Turn | None:
        """The turn whose text holds ``offset`` of ``segment`` (None: not in any turn)."""
        for turn in self.turns:
            for seg, start, end in turn.parts:
                if seg == segment and start <= offset < max(end, start + 1):
                    return turn
        return None


# -- what is not spoken ---------------------------------------------------------------------------

#: a timestamp at the start of a line: 12:31, [00:12:31], (1:02:03.5)
_STAMP = r"[ \t]*(?:" + LINE_TIMESTAMP + r"[ \t]*)?"
#: a speaker label: up to three capitalised words or a code (``Interviewer``, ``P1``,
#: ``Dr Okafor``, ``INT``), then a colon
_NAME = r"(?:[A-Z][\w.'’-]{0,20}|\d{1,3})(?:[ \t]+(?:[A-Z][\w.'’-]{0,20}|\d{1,3})){0,2}[ \t]*:(?=[ \t]|$)"
#: what a line may start with that is not spoken (timestamp, label, both or neither)
_LABEL = re.compile(f"^{_STAMP}(?:{_NAME})?", re.MULTILINE)
#: a line that starts a new speaker turn
_LABEL_REQUIRED = re.compile(f"^{_STAMP}{_NAME}", re.MULTILINE)
#: annotations and tags: [laughs], (pause), {noise}, <v Sam>, <i>
_NOT_SPOKEN = re.compile(r"\[[^\]\n]*\]|\([^)\n]*\)|\{[^}\n]*\}|<[^>\n]*>")
#: annotations that stand for speech the transcript does not give
_UNKNOWN_SPEECH = re.compile(r"[\[({](?:[^\])}\n]*\b)?(?:inaudible|unclear|indistinct|"
                             r"crosstalk|cross-talk|overlapping|unintelligible|\?+)",
                             re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*|[&%@£$€]")
_CUE_TIME = re.compile(r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)[.,](\d{3})[ \t]+-->[ \t]+"
                       r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)[.,](\d{3})")


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _speech_view(text: str) -> str:
    """``text`` with everything not spoken blanked to spaces (offsets kept)."""
    text = _blank(text, _NOT_SPOKEN)
    return _LABEL.sub(lambda m: " " * len(m.group()), text)


# -- saying words -------------------------------------------------------------------------------

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL = {"one": "first", "two": "second", "three": "third", "five": "fifth",
            "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
_SYMBOLS = {"&": ("and",), "%": ("percent",), "@": ("at",), "£": ("pounds",),
            "$": ("dollars",), "€": ("euros",)}
#: hesitations and their dictionary form
_HESITATIONS = {"erm": "um", "er": "uh", "ehm": "um", "umm": "um", "uhm": "um", "uh-huh": "uh",
                "hmm": "hm", "mmm": "mm", "mhm": "mm", "mm-hm": "mm", "ah": "ah"}
_SCALES = ((1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand"))


def _below_hundred(n: int) -> list[str]:
    if n < 20:
        return [_ONES[n]]
    tens, ones = divmod(n, 10)
    return [_TENS[tens]] if ones == 0 else [_TENS[tens], _ONES[ones]]


def _below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [_ONES[hundreds], "hundred"] if hundreds else []
    if rest:
        words += (["and"] if hundreds else []) + _below_hundred(rest)
    return words


def cardinal(n: int) -> list[str]:
    """British cardinal: 105 "one hundred and five"."""
    if n == 0:
        return ["zero"]
    words: list[str] = []
    for scale, name in _SCALES:
        if n >= scale:
            words += _below_thousand(n // scale) + [name]
            n %= scale
    if n:
        if words and n < 100:
            words.append("and")
        words += _below_thousand(n)
    return words


def _number(digits: str) -> list[str]:
    value = int(digits)
    if len(digits) > 1 and digits[0] == "0" or len(digits) >= 5:
        # phone numbers, codes: digit by digit, zero said "oh"
        return ["oh" if d == "0" else _ONES[int(d)] for d in digits]
    if len(digits) == 4 and 1100 <= value <= 2099 and not 2000 <= value <= 2009:
        high, low = divmod(value, 100)
        if low == 0:
            return [*_below_hundred(high), "hundred"]
        return [*_below_hundred(high), *(["oh"] if low < 10 else []), *_below_hundred(low)]
    return cardinal(value)


def _ordinal(words: list[str]) -> list[str]:
    last = words[-1]
    if last in _ORDINAL:
        return [*words[:-1], _ORDINAL[last]]
    if last.endswith("y"):
        return [*words[:-1], last[:-1] + "ieth"]
    return [*words[:-1], last + "th"]


def say(written: str) -> tuple[str, ...]:
    """The lower-case words a written token is said as (empty: not a spoken word)."""
    if written in _SYMBOLS:
        return _SYMBOLS[written]
    text = written.replace("’", "'")
    match = re.fullmatch(r"(\d+)(st|nd|rd|th|s)?", text, re.IGNORECASE)
    if match:
        words = _number(match.group(1))
        suffix = (match.group(2) or "").lower()
        if suffix in ("st", "nd", "rd", "th"):
            words = _ordinal(words)
        elif suffix == "s":  # the 1990s: nineteen nineties
            last = words[-1]
            words = [*words[:-1], last[:-1] + "ies" if last.endswith("y") else last + "s"]
        return tuple(words)
    # letters and digits mixed ("FY1", "ST3", "A1"): letters then the number
    parts = re.findall(r"[A-Za-z']+|\d+", text)
    if len(parts) > 1:
        return tuple(w for part in parts for w in say(part))
    lower = text.lower().strip("'")
    if not lower:
        return ()
    return (_HESITATIONS.get(lower, lower),)


# -- turns ------------------------------------------------------------------------------------

def _cue_times(fixed: str) -> tuple[float, float] | None:
    matches = list(_CUE_TIME.finditer(fixed))
    if not matches:
        return None
    g = matches[-1].groups()

    def seconds(h: str | None, m: str, s: str, ms: str) -> float:
        return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000

    return seconds(*g[:4]), seconds(*g[4:])


def _docx_body_paragraphs(data: bytes) -> int | None:
    """How many of a .docx's segments are body paragraphs (the rest are headers, footers and
    notes, read after the body by ``formats``): the ``w:p`` elements in document.xml's body."""
    try:
        with zipfile.ZipFile(_as_file(data)) as archive:
            root = ElementTree.fromstring(archive.read("word/document.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError):
        return None
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    body = root.find(f"{w}body")
    return sum(1 for _ in body.iter(f"{w}p")) if body is not None else 0


def _as_file(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, without its line break."""
    out = []
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if match.start() == len(text) and not match.group():
            break
        line = match.group().rstrip("\r\n")
        out.append((match.start(), match.start() + len(line)))
    return out


def spoken_script(doc: Document) -> Script:
    """The spoken tokens and turns of a parsed transcript (see the module docstring)."""
    # (segment, start, end, starts a turn, cue times) units of text, in spoken order
    units: list[tuple[int, int, int, bool, tuple[float, float] | None]] = []
    if doc.kind in ("vtt", "srt"):
        for index, payload in enumerate(doc.segments):
            before = doc.fixed[index] if index < len(doc.fixed) else ""
            if doc.kind == "vtt" and before.rstrip(" \t").endswith("NOTE"):
                continue  # a NOTE block is a comment, not speech
            units.append((index, 0, len(payload), True, _cue_times(before)))
    else:
        if doc.kind == "docx":
            body = _docx_body_paragraphs(doc.data)
            count = len(doc.segments) if body is None else min(body, len(doc.segments))
            lines = [(i, 0, len(doc.segments[i])) for i in range(count)]
        else:
            lines = [(0, a, b) for a, b in _lines(doc.segments[0])]
        previous_blank = True
        for segment, start, end in lines:
            text = doc.segments[segment][start:end]
            if not text.strip():
                previous_blank = True
                continue
            labelled = _LABEL_REQUIRED.match(text) is not None
            units.append((segment, start, end, labelled or previous_blank, None))
            previous_blank = False
    tokens: list[Token] = []
    turns: list[Turn] = []
    unknown: set[int] = set()
    open_parts: list[tuple[int, int, int]] = []
    open_first = 0
    open_cue: tuple[float, float] | None = None

    def close() -> None:
        if open_parts:
            turns.append(Turn(len(turns), open_first, len(tokens), open_cue, tuple(open_parts)))

    for segment, start, end, starts_turn, cue in units:
        if starts_turn:
            close()
            open_parts, open_first, open_cue = [], len(tokens), cue
        open_parts.append((segment, start, end))
        text = doc.segments[segment][start:end]
        view = _speech_view(text)
        gaps = [m.start() for m in _NOT_SPOKEN.finditer(text)
                if _UNKNOWN_SPEECH.match(m.group())]
        for match in _TOKEN.finditer(view):
            while gaps and gaps[0] < match.start():
                unknown.add(len(tokens))
                gaps.pop(0)
            words = say(match.group())
            if words:
                written = match.group()
                tokens.append(Token(len(tokens), segment, start + match.start(),
                                    start + match.end(), len(turns), words,
                                    capitals=len(written) > 1 and written.isupper()))
        if gaps:
            unknown.add(len(tokens))
    close()
    return Script(tuple(tokens), tuple(turns), frozenset(unknown))

