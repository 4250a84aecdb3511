"""A number given in named PARTS: each part announced by where it sits in the number.

::

    find_number_parts(text)
    # "it finishes nine seven nine two; that's the last bit. And before that, seven five five"
    #   -> both groups (a GMC number when the question asked for one)
    # "the back end's four double one nine, and that comes after two zero one one five three"
    # "The first bit was zero seven three five eight zero" ... "The rest is nine nine seven, nine eight"

People read a long number in pieces when they cannot say it in one breath, read it from a
card, or remember its end better than its start; they then say WHERE each piece goes: "it
finishes", "the last bit", "the back end", "the front", "the start is", "before that", "that
comes after", "the first half", "the rest is". Whatever the order and whatever the
identifier, a group of digit words straight after such a *part cue* is part of a number:

* two or more cued groups in one turn are one number (whatever the turn is about);
* one cued group saying three digits or more is a number too, unless it is a count or a
  measure ("the last bit was five minutes"), a year ("before that, nineteen ninety-five") or
  a time ("it finishes at six": "at" is no part of a cue).

The entity is the one the context names (GMC, NHS/CHI, else a phone). Cost: one search for
the cue words per text; nothing runs on a text without them.
"""
from __future__ import annotations

import re

from vault.anonymise.spoken._finding import Finding, overlap_test
from vault.anonymise.spoken.density import _PLURAL_AFTER
from vault.anonymise.spoken.identifiers import context_kinds
from vault.anonymise.spoken.turns import label_end

__all__ = ["find_number_parts"]

DETECTOR = "spoken_parts"
_SCORE = 0.8

_UNIT = r"(?:oh|o|zero|nought|naught|nil|null|one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: one digit word: a unit, "double/triple X", a teen, a tens word (with its unit), a digit
_DIGIT = (r"(?:(?:double|triple|treble)[ \t-]+" + _UNIT + r"|" + _TENS + r"(?:[ \t-]+(?!oh\b|o\b|zero\b|"
          r"nought\b|naught\b|nil\b|null\b)" + _UNIT + r")?|" + _TEEN + r"|" + _UNIT + r"|twice|"
          r"hundred|\d)")
#: between two digit words: a space, a comma or dash, a pause or another voice's short
#: backchannel in brackets ("(.)", "(1.2)", "(Fieldworker: got it)", "[pause]")
_SEP = (r"(?:[ \t]*[,;\-–—…]?[ \t]*(?:\((?:[^()\n]{0,40})\)[ \t]*[,;]?[ \t]*|\[[^\]\n]{0,40}\][ \t]*)?"
        r"(?:and[ \t]+)?)")
_GROUP = r"(?P<group>(?<![\w'’-])" + _DIGIT + r"(?:(?<=[\s,;\-–—…)\]])|" + _SEP + r")(?:" + _SEP \
    + _DIGIT + r")*)(?![\w'’-])"
#: where a part sits: "it finishes (with)", "it ends in", "the back end's", "the last bit is",
#: "the front's", "the start is", "before that", "that comes after", "the first half was",
#: "the rest is", "then the second bit"
_CUE = (r"(?i:(?:(?:it|that|mine|his|hers|the[ \t]+number)[ \t]+)?(?:finishes|ends|starts|begins)"
        r"(?:[ \t]+(?:with|in|on))?|"
        r"(?:(?:the|my|its|then[ \t]+the|and[ \t]+the)[ \t]+)?(?:back|tail|last|end|front|start|"
        r"beginning|first|second|other|final|next)[ \t]+(?:end|bit|part|half|few|digits|numbers|lot|"
        r"chunk|section|three|four|five|six)(?:['’]s|[ \t]+(?:is|are|was|were|goes|go))?|"
        r"(?:(?:the|then[ \t]+the|and[ \t]+the)[ \t]+)?(?:start|front|beginning|rest|remainder|"
        r"end|tail)(?:[ \t]+of[ \t]+it)?(?:['’]s|[ \t]+(?:is|was|goes))?|"
        r"(?:and[ \t]+)?(?:before|after)[ \t]+that|(?:and[ \t]+)?(?:that|which|it)[ \t]+comes[ \t]+"
        r"(?:after|before))")
_PART = re.compile(r"(?<![\w'’-])" + _CUE + r"[ \t]*[,:]?[ \t]*(?:(?i:it['’]s|um|er|erm|so)[ \t]*,?[ \t]*)?"
                   + _GROUP)
_CUE_WORDS = re.compile(r"(?i)\b(?:finishes|ends|starts|begins|bit|part|half|end|front|start|last|first|"
                        r"beginning|rest|remainder|before|after|comes)\b")
#: a cue word and a digit word soon after it: every part has them (a cheap test first)
_CUE_THEN_DIGIT = re.compile(_CUE_WORDS.pattern + r"[^\n]{0,60}?(?<![\w'’-])" + _DIGIT)
_DIGIT_RE = re.compile(r"(?i)(?<![\w'’-])" + _DIGIT + r"(?![\w'’])")
_YEAR_SHAPE = re.compile(r"(?i)(?:nineteen|twenty)[ \t-]+(?:" + _TEEN + r"|" + _TENS + r"|oh|hundred)\b")
#: what makes a group a time, a measure or a range, not a number's part
_NOT_AFTER = re.compile(r"(?i)[ \t]*(?:o['’]clock|am|pm|percent|per|pounds?|quid|pence|p\b|mg|ml|kg|"
                        r"miles?|metres?|minutes?|hours?|days?|weeks?|months?|years?|times|of|to|"
                        r"till|until|or|%|past)\b")
_KIND = (("gmc", "GMC_NUMBER"), ("nhs", "NHS_NUMBER"), ("chi", "NHS_NUMBER"), ("phone", "PHONE"))


def _digits(group: str, start: int = 0, end: int | None = None, *, enough: int | None = None) -> int:
    """The digits said in ``group`` (or in ``group[start:end]``, read in place: ``start`` must be
    a word's edge, as a group's start is), counted no further than ``enough`` when given."""
    count = 0
    for m in _DIGIT_RE.finditer(group, start, len(group) if end is None else end):
        if enough is not None and count >= enough:
            break
        word = m.group().lower()
        if word.startswith(("double", "triple", "treble")):
            count += 2 if word.startswith("double") else 3
        elif word == "hundred" or re.match(_TENS + r"|" + _TEEN, word):
            count += 2  # "hundred", "seventy-one", "fourteen": two digits
        else:
            count += 1  # a unit, a digit, "twice" (the digit before it again)
    return count


#: the identifier named last before a part (the question it answers, or the speaker's cue)
_NAMED = re.compile(r"(?i)\b(?:(?P<gmc>gmc|nmc|hcpc|gdc|registration|register|pin)|(?P<nhs>nhs|chi|"
                    r"hospital[ \t]+number)|(?P<phone>phone|mobile|landline|number|ring|call|text))\b")
_NAMED_REACH = 300


def _entity(text: str, start: int, end: int) -> str:
    kinds = context_kinds(text, start, end)
    if not kinds:
        last = None
        for last in _NAMED.finditer(text, max(0, start - _NAMED_REACH), start):
            pass
        if last is not None:
            kinds = {str(last.lastgroup)}
    return next((entity for kind, entity in _KIND if kind in kinds), "PHONE")


def find_number_parts(text: str) -> list[Finding]:
    """Groups of digit words said as named parts of a number (see the module docstring)."""
    if _CUE_THEN_DIGIT.search(text) is None:
        return []
    parts = []
    for m in _PART.finditer(text):
        group = m.group("group").rstrip(" \t,;-–—…")
        start, end = m.start("group"), m.start("group") + len(group)
        if _NOT_AFTER.match(text, end) or _PLURAL_AFTER.match(text, end) or \
                _YEAR_SHAPE.match(group) or _digits(group) < 2:
            continue
        parts.append((start, end, _digits(group)))
    out = []
    for i, (start, end, digits) in enumerate(parts):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        partners = [p for j, p in enumerate(parts) if j != i and line_start <= p[0] < line_end]
        if partners or digits >= 3:
            out.append(Finding(start, end, _entity(text, start, end), _SCORE, DETECTOR))
    return out


# -- a number said on a bad line: checks of the line and repeats inside it -------------------
# "null one seven, twice five; eight two six ... eight two six, you still there? three three
# seven", "Zero seven four six seven — zero seven four six seven, got that? seven seven eight",
# "country code forty-four, then without the nought, seven three ...": a number found with
# confidence (its *seed*) runs on, either way, across what a caller says to keep the line:
# "can you hear me?", "you still there?", "got that?", "I say again", "repeat", "and after
# that", pauses and punctuation, to the next group of digit words, however many digits the
# repeats make. A group that is a count, a measure or a time ends it ("..., then two patients").

_LINE_WORDS = (r"(?i:can[ \t]+you[ \t]+(?:still[ \t]+)?hear[ \t]+me|(?:are[ \t]+)?you[ \t]+still[ \t]+there|"
               r"are[ \t]+you[ \t]+there|still[ \t]+with[ \t]+me|(?:did[ \t]+you[ \t]+)?get[ \t]+that|"
               r"(?:have[ \t]+you[ \t]+)?got[ \t]+(?:that|it)|hello|I[ \t]+say[ \t]+again|"
               r"I['’]ll[ \t]+say[ \t]+(?:it[ \t]+)?again|say[ \t]+again|I[ \t]+repeat|repeat(?:ing)?|"
               r"again|and[ \t]+after[ \t]+that|after[ \t]+that|and[ \t]+then|then|and|um|er|erm|uh|"
               r"sorry|yes|yeah|okay|ok|right)(?![\w'’])")
_LINE_PUNCT = r"(?:\.{2,}|…|[,;:?!\-–—])+"
_LINE_GAP = re.compile(r"(?:[ \t]*(?:" + _LINE_PUNCT + r"|\([^()\n]{0,40}\)|\[[^\]\n]{0,40}\]|"
                       + _LINE_WORDS + r"))+[ \t]*")
_GROUP_RE = re.compile(_GROUP)
#: ``_GROUP`` in its pieces (see ``_Groups``): the first digit word and what follows it, then
#: one more separator and digit word, each only where another step or a word's edge follows
#: (never "o" in "one"); and the rest of the run to a word's edge
_WORD_EDGE = r"(?![\w'’-])"
_GROUP_NEXT = r"(?=" + _SEP + _DIGIT + r"|" + _WORD_EDGE + r")"
_GROUP_OPEN = re.compile(r"(?<![\w'’-])" + _DIGIT + r"(?:(?<=[\s,;\-–—…)\]])|" + _SEP + r")" + _GROUP_NEXT)
_GROUP_STEP = re.compile(r"(?:" + _SEP + _DIGIT + r")" + _GROUP_NEXT)
_GROUP_REST = re.compile(r"(?:" + _SEP + _DIGIT + r")*" + _WORD_EDGE)
_AT_WORD_EDGE = re.compile(_WORD_EDGE)
_INTERJECTED_OH = re.compile(r"(?i:oh|o)[,!.…]")
_LINE_REACH = 60
_MAX_STEPS = 8
_SEEDS = frozenset({"PHONE", "NHS_NUMBER", "GMC_NUMBER"})
#: an international prefix said before the number: "country code forty-four, then without
#: the nought,", "the UK code and then", "plus four four, drop the zero,"
_PREFIX = re.compile(
    r"(?i:(?:the[ \t]+)?(?:UK|country|international|dialling)[ \t]+code(?:[ \t]*,?[ \t]*(?:forty[- \t]four|"
    r"four[ \t]+four|double[ \t]+four|44))?(?:[ \t]*,?[ \t]*(?:and[ \t]+)?then)?(?:[ \t]*,?[ \t]*(?:without|"
    r"drop(?:ping)?|minus|lose|losing)[ \t]+the[ \t]+(?:nought|zero|oh|first[ \t]+(?:nought|zero|oh)))?)"
    r"[ \t]*,?[ \t]*\Z")


class _Groups:
    """Where ``_GROUP_RE`` matched at a position ends, for many positions of one text in work
    linear in the text: the match runs greedily to the end of a run of digit words, so asking
    it again for every finding inside a long run ("forty-four, forty-four, ..." said thousands
    of times) read the rest of the run each time.

    The answers are the regex's own. A match is its opening (``_GROUP_OPEN``) then the rest
    (``_GROUP_REST``), a loop of steps to a word's edge. The regex tries the ways of taking a
    step in a fixed order and keeps the first after which the rest matches; a way after which
    neither another step nor a word's edge follows cannot be that one, so the first way
    ``_GROUP_STEP`` allows is it whenever the rest matches from there. So the ends of the rest
    are remembered along the run's steps, each step read once; where the rest fails after a
    step (a word glued to the run's end: "four-ish"), or after the opening, the regex itself
    is asked from there, as before."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._rest: dict[int, int | None] = {}  # where the rest matched from a position ends

    def _rest_end(self, at: int) -> int | None:
        text, rest = self.text, self._rest
        walked = []
        while at not in rest:
            step = _GROUP_STEP.match(text, at)
            if step is None:
                rest[at] = at if _AT_WORD_EDGE.match(text, at) else None
                break
            walked.append(at)
            at = step.end()
        end = rest[at]
        for at in reversed(walked):
            if end is None:
                match = _GROUP_REST.match(text, at)
                end = None if match is None else match.end()
            rest[at] = end
        return end

    def end(self, start: int) -> int | None:
        """The end of ``_GROUP_RE.match(self.text, start)``'s group, or None if it fails."""
        opening = _GROUP_OPEN.match(self.text, start)
        if opening is None:
            return None
        end = self._rest_end(opening.end())
        if end is None:
            match = _GROUP_RE.match(self.text, start)
            return None if match is None else match.end("group")
        return end

    def trimmed_end(self, start: int) -> int | None:
        """``end`` without the separators the group's last step took after its last digit."""
        end = self.end(start)
        if end is None:
            return None
        while end > start and self.text[end - 1] in " \t,;-–—…":
            end -= 1
        return end


def _group_after(text: str, end: int, groups: _Groups) -> tuple[int, int] | None:
    gap = _LINE_GAP.match(text, end)
    if gap is None or gap.end() - end > _LINE_REACH or "\n" in text[end:gap.end()]:
        return None
    g_end = groups.trimmed_end(gap.end())
    if g_end is None:
        return None
    if _INTERJECTED_OH.fullmatch(text, gap.end(), min(len(text), g_end + 1)):
        return None  # "and then, oh, I always forget": the speaker's "oh", not a zero
    if _NOT_AFTER.match(text, g_end) or _PLURAL_AFTER.match(text, g_end) or \
            _YEAR_SHAPE.match(text, gap.end()):
        return None
    return gap.end(), g_end


def _group_before(text: str, start: int) -> int | None:
    # never into the line's speaker label: "KT-07, on line two: oh seven ..." ("two" is no digit)
    left = max(0, start - _LINE_REACH - 40, label_end(text, text.rfind("\n", 0, start) + 1))
    best = None
    for m in _GROUP_RE.finditer(text, left, start):
        g_end = m.start() + len(m.group("group").rstrip(" \t,;-–—…"))
        gap = _LINE_GAP.fullmatch(text, g_end, start)
        if gap is not None and g_end < start and "\n" not in text[g_end:start] and \
                not _YEAR_SHAPE.match(text, m.start()):
            best = m.start() if best is None else min(best, m.start())
            break
    return best


def stitch_bad_line(text: str, findings: list[Finding]) -> list[Finding]:
    """Confident phone, NHS/CHI and GMC findings grown across a bad line's checks and repeats
    (see above); only the grown findings are returned."""
    out = []
    # a date, an age, a postcode found there: not this number's
    taken = overlap_test((f.start, f.end) for f in findings
                         if f.entity not in _SEEDS and f.score >= 0.5)

    groups = _Groups(text)
    for f in findings:
        if f.entity not in _SEEDS or f.score < 0.6:
            continue
        start, end = f.start, f.end
        for _ in range(_MAX_STEPS):
            nxt = _group_after(text, end, groups)
            if nxt is None or taken(*nxt):
                break
            end = nxt[1]
        for _ in range(_MAX_STEPS):
            before = _group_before(text, start)
            if before is None or taken(before, start):
                break
            start = before
        prefix = _PREFIX.search(text, max(0, start - 90), start)
        if prefix is not None and prefix.end() - prefix.start() > 0 and "\n" not in prefix.group():
            start = prefix.start()
        if (start, end) != (f.start, f.end):
            out.append(Finding(start, end, f.entity, f.score, DETECTOR))
    return out


#: a group opening with a zero, as UK phone numbers do: "null seven eight six nine", "oh one six"
_ZERO_GROUP = re.compile(r"(?i)(?<![\w'’-])(?:oh|zero|nought|naught|nil|null)[ \t,\-–—]+(?=" + _DIGIT + r")")
_PHONE_DIGITS = 10
#: a number named as no person's: a claim, complaint or case reference, an order, a serial
_NOT_PERSONAL_BEFORE = re.compile(
    r"(?i)\b(?:reference|ref|claim|complaint|case|order|ticket|invoice|booking|policy|account|serial|"
    r"tracking|batch|lot|job|incident|receipt|transaction|confirmation|parcel|model|version|code)\b"
    r"[^\n.?!]{0,40}\Z")


def zero_led_numbers(text: str, findings: list[Finding]) -> list[Finding]:
    """A phone number nobody found, said on a bad line: a group opening with a zero, grown
    across checks of the line and repeats (see ``stitch_bad_line``) to ten digits or more."""
    if not any(w in text for w in ("oh ", "Oh ", "zero", "Zero", "nought", "nil", "null", "Null", "Nil")):
        return []
    out = []
    seeds = sorted((f.start, f.end) for f in findings if f.entity in _SEEDS and f.score >= 0.6)
    groups = _Groups(text)
    k, reach = 0, -1  # the seeds starting at or before this group, and their furthest end
    for m in _ZERO_GROUP.finditer(text):
        while k < len(seeds) and seeds[k][0] <= m.start():
            reach = max(reach, seeds[k][1])
            k += 1
        if m.start() < reach or _NOT_PERSONAL_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # inside a confident number, or a reference's
        end = groups.trimmed_end(m.start())
        if end is None:
            continue
        if _digits(text, m.start(), end, enough=4) < 4 or _NOT_AFTER.match(text, end) or \
                _PLURAL_AFTER.match(text, end):
            continue
        for _ in range(_MAX_STEPS):
            nxt = _group_after(text, end, groups)
            if nxt is None:
                break
            end = nxt[1]
        if _digits(text, m.start(), end, enough=_PHONE_DIGITS) >= _PHONE_DIGITS:
            out.append(Finding(m.start(), end, "PHONE", 0.7, DETECTOR))
    return out
