"""A number read out is one *mention*: redact all of it, not the parts a finder could parse.

::

    whole_mentions(text, findings)
    # "my phone is oh seven nine oh oh, nine double one, and four five six at the end"
    #   a finder found "oh seven nine oh oh, nine double one" (PHONE, 8 of 11 digits): the
    #   mention runs on through "and" to "four five six"
    # "NHS number... four eight five, hmm, no wait, seven seven seven, three four five six"
    #   the part before the correction belongs to it too
    # "I: Could I take a phone number?\nP: oh seven seven four five\nI: seven four five\nP: ..."
    #   the interviewer's read-back is the same number said again

A mention leaks when any of its words survive, and every author puts something new inside a
number: a wrong group and its correction, "and then", "then it's", a mark, a word the parser
does not know. The finders find *part* of such a number with confidence; this step grows each
confident phone, NHS/CHI or GMC finding (its *seed*) to the whole mention by the shape of what
is around it, not by its words:

* *how many digits are still to come*: a UK phone number has eleven (twelve from "44", thirteen
  from "0044"), an NHS or CHI number ten, a GMC number seven. While the digits said so far fall
  short, the next group of number-ish words (any of :mod:`~.density`'s: "nil", "sevens",
  "four-and-sixty" ...) in the same sentence belongs to the mention, so long as no other
  identifier or cue is named between ("my date of birth", "the number is"), no question,
  exclamation or new sentence starts, no name comes in ("and then Suresh on ..."), and the
  group is not a count, a measure or a range ("six weeks", "nine of them", "the last four").
  What stands between is redacted with it when it is hesitations, a correction and at most two
  other words ("and then", "then it's"); a longer aside ("and after that it's", "let me
  think") is left standing between the two parts, as the labelled corpora mark it. Once the
  digits are all said, only a correction ("no, sorry, ...", "scratch that") carries it on.
* *the start said before the seed*: a group of number-ish words just before it with only
  hesitations, corrections or a connective between (no cue, no count), the two together no
  longer than the number plus a corrected group.
* *the turn after*: a short read-back by the other voice whose digits repeat the number's
  ("I: seven four five"), and the rest said at the start of the next turn while digits are
  still owed.

A speaker label is never inside a mention (each line's part is its own span), nor a mark with
a time in it. Cost: one pass of the number-ish pattern over a text with a seed; most
transcripts have a few seeds, and those without none.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from vault.anonymise.fastre import merged_windows
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.density import (
    _CHI_BEFORE,
    _GAP_WORD,
    _INFINITIVE,
    _MONEY,
    _NUMISH,
    _OTHER_IDENTIFIER,
    _PLURAL_AFTER,
    _SENTENCE_STOP,
    _SOMEONE_IS,
    _TIMED_MARK,
    _Token,
    _token,
    expected_digits,
)
from vault.anonymise.spoken.digit_chains import _TYPED_DATE as _TYPED_DATE_WHOLE
from vault.anonymise.spoken.identifiers import context_kinds
from vault.anonymise.spoken.numbers import _MARK, NumberRun
from vault.anonymise.spoken.turns import LABEL_WORDS, in_label, line_bounds
from vault.anonymise.wordlists import BIRTH_WORDS

__all__ = ["a_count", "expected_digits", "find_changed_tails", "whole_mentions"]

DETECTOR = "spoken_mention"
_SEED_ENTITIES = frozenset({"PHONE", "NHS_NUMBER", "GMC_NUMBER"})
_MIN_SEED_SCORE = 0.6
#: words allowed between two parts of one number; up to two words (not counting hesitations
#: and corrections: "and then", "then it's") are redacted with the number, more are left
#: standing ("and after that it's", "and the next bit I always forget"), as the labelled
#: corpora mark them
_MAX_ASIDE_AFTER, _BRIDGED_ASIDE = 7, 2
#: a capitalised word inside a sentence (not "I", not after a stop or an ellipsis)
_NAMED = re.compile(r"(?<![.…?!]\s)(?<![.…?!])(?<!^)\b(?!I\b|I['’])[A-Z][a-z]+")
#: digit_chains' typed date, inside a stretch of text
_TYPED_DATE = re.compile(rf"\b{_TYPED_DATE_WHOLE.pattern}\b")
#: "the last four", "the first three": a count of digits
_COUNTED_DIGITS = re.compile(r"(?i)\b(?:last|first|next|other|final)[ \t]+\Z")
_THE = re.compile(r"(?i)\b(?:the|those|these)[ \t]+\Z")
_WORD_NEXT = re.compile(r"[ \t]*(?!(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|"
                        r"nine|double|triple|treble)\b)[A-Za-z]", re.IGNORECASE)
#: an opening "Oh," or "Twice," is the speaker's, not a number's
_INTERJECTION = re.compile(r"(?i)(?:oh|o|twice|thrice)[,!.]")
_MAX_GAP_CHARS = 70
#: a corrected group may make a mention this many digits longer than its number
_CORRECTED_SLACK = 4

#: what stands inside a number without saying anything: fillers, connectives, corrections
_TIGHT = frozenset({
    "a", "um", "umm", "uh", "uhm", "er", "erm", "ah", "eh", "em", "hmm", "mm", "mhm", "like", "and",
    "then", "so", "right", "okay", "ok", "yeah", "yes", "yep", "sorry", "no", "wait", "actually",
    "it's", "its", "it", "is", "that's", "that", "was", "the", "rest", "next", "after", "bit",
    "end", "last", "first", "hang", "hold", "on", "i", "mean", "scratch", "let", "me", "see",
    "think", "check", "look", "you", "know", "oh", "well", "now",
})
#: what says nothing at all: hesitations, and the words of a correction
_FILLERS = frozenset({
    "um", "umm", "uh", "uhm", "ehm", "er", "erm", "ah", "eh", "em", "hmm", "mm", "mhm", "like",
    "no", "sorry", "wait", "actually", "scratch", "that", "i", "mean", "hang", "hold", "on",
})
#: a correction: the mention goes on even when its digits are all said
_CORRECTION = re.compile(
    r"(?i)(?<![A-Za-z])(?:no|sorry|wait|scratch[ \t]+that|I[ \t]+mean|I[ \t]+tell[ \t]+a[ \t]+lie|"
    r"make[ \t]+(?:that|it)|correction|rather|not)(?![A-Za-z])")
#: words that make the groups on either side a range, a measure, a time, or two things
_APART = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + _INFINITIVE + r"to|till|until|over|out|from|between|per|"
    r"percent|cent|point|am|pm|o['’]clock|past|quarter|half|minutes?|hours?|days?|weeks?|months?|years?|times|score|"
    r"level|page|version|room|bed|bay|ward|bleep|pager|extension|ext|or|aged?|old|born|"
    r"pounds|quid|pence|mg|ml|kg|miles?)(?![A-Za-z])")
#: what follows a count or a measure: "nine of them", "six weeks", "five to six", "ten pounds"
_COUNT_AFTER = re.compile(
    r"(?i)[ \t]*(?:(?:of|them|each|more|less|apiece|or[ \t]+so|odd|ish|to|till|until|or|"
    r"percent|per|times|o['’]clock|am|pm|pounds|quid|pence|mg|ml|kg|miles?|"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?))(?![A-Za-z])|[ \t]*%)")
#: an ellipsis and then a capital: a new sentence ("... You know how it is")
_ELLIPSIS_STOP = re.compile(r"(?:\.\.\.|…)(?=[ \t]+(?!I\b|I['’])[A-Z])")
#: a cue naming an identifier: before the seed it is the seed's, not part of the number
_CUE = re.compile(
    r"(?i)\b(?:phone|mobile|landline|number|tel|ring|call|text|contact|nhs|chi|gmc|"
    r"registration|reg|" + BIRTH_WORDS + r"|address|postcode|e-?mail|extension|bleep)\b")
#: one group: number-ish tokens with only spaces, punctuation, a mark between (never a line break)
_TIGHT_GAP = re.compile(r"[ \t,;:/.…\-–—]*(?:\[[^\]\n]{0,40}\][ \t,;:/.…\-–—]*)?")


def _words(gap: str) -> list[str]:
    return [w.lower() for w in _GAP_WORD.findall(gap) if w]


def _gap_words(gap: str) -> list[str] | None:
    """The words of a gap inside one sentence of one turn, None when the gap ends the number
    (a line break, a question, money, another identifier named, a range or measure word)."""
    if len(gap) > _MAX_GAP_CHARS or "\n" in gap:
        return None
    said = _MARK.sub(" ", gap) if "[" in gap else gap  # a mark's words are not speech
    if "?" in said or "!" in said or _MONEY.search(said) or _OTHER_IDENTIFIER.search(said):
        return None
    words = _words(gap)
    stop = _SENTENCE_STOP.search(gap) or _ELLIPSIS_STOP.search(gap)
    if stop is not None and any(w not in _TIGHT for w in _words(gap[stop.end():])):
        return None  # "... four four three. Then she rang" is a new sentence, "Sorry, ..." is not
    if words and _APART.search(" ".join(w for w in words if w not in _TIGHT)):
        return None
    return words


class _Numbers:
    """The number-ish tokens (not in marks or labels) of the text, or of its ``windows`` (in
    order, not overlapping), and the parser's digit counts."""

    def __init__(self, text: str, runs: Sequence[NumberRun],
                 others: Sequence[Finding] = (),
                 windows: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        #: what other finders found of other kinds (dates, ages, postcodes, e-mails ...)
        self.others = sorted((f.start, f.end) for f in others)
        self.other_starts = [a for a, _ in self.others]
        marks = [(m.start(), m.end()) for m in _MARK.finditer(text)] if "[" in text else []
        mark_starts = [a for a, _ in marks]
        self.tokens: list[_Token] = []
        found = (m for a, b in (windows or [(0, len(text))])
                 for m in _NUMISH.finditer(text, a, b))
        for m in found:
            if marks:
                at = bisect.bisect_right(mark_starts, m.start()) - 1
                if at >= 0 and m.start() < marks[at][1]:
                    continue
            if text.startswith(":", m.end()) and in_label(text, m.start(), m.end()):
                continue
            self.tokens.append(_token(text, m.start(), m.end()))
        self.starts = [t.start for t in self.tokens]
        self._group_starts: list[int] | None = None
        self._group_ends: list[int] | None = None
        self.items = sorted((i.start, i.end, len(i.digits)) for r in runs for i in r.items)
        self.item_starts = [i[0] for i in self.items]

    def digits(self, start: int, end: int, most: int | None = None) -> int:
        """Digits said in ``text[start:end]``: the parser's where it read them ("three hundred
        and forty-eight" is three), else each token's estimate. With ``most``, the count stops
        once it passes ``most`` (a part that says more does not fit, whatever the rest): a long
        run of numbers ("12/03 12/03 ...") is not read to its end for each number in it."""
        items, tokens = self.items, self.tokens
        i = bisect.bisect_left(self.item_starts, start)
        count, reach = 0, -1  # reach: the furthest end of the parser's items read so far
        for t in tokens[bisect.bisect_left(self.starts, start):]:
            if t.start >= end:
                break
            # the parser's items starting before the token ends; a token they cover is
            # counted in them
            while i < len(items) and items[i][0] < min(t.end, end):
                if items[i][1] <= end:
                    count, reach = count + items[i][2], max(reach, items[i][1])
                i += 1
            if reach <= t.start:
                count += len(t.digits)
            if most is not None and count > most:
                return count
        while i < len(items) and items[i][0] < end:
            if items[i][1] <= end:
                count += items[i][2]
            i += 1
        return count

    def taken(self, start: int, end: int) -> bool:
        """Whether another kind of identifier was found overlapping ``text[start:end]``."""
        at = bisect.bisect_left(self.other_starts, end)
        return any(b > start for _, b in self.others[max(0, at - 8):at])

    def said(self, start: int, end: int) -> str:
        """The digits of the number-ish tokens in ``text[start:end]``, as each says them."""
        return "".join(t.digits for t in self.tokens[
            bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)])

    def _groups(self) -> tuple[list[int], list[int]]:
        """For each token, the index of the first and of the last token of its group (tokens
        with only a tight gap between them), worked out once for the text: a long run of number
        words ("forty-four, forty-four, ...") is one group, walked once, not once a token."""
        if self._group_ends is None:
            n = len(self.tokens)
            tight = [_TIGHT_GAP.fullmatch(self.text, self.tokens[k].end, self.tokens[k + 1].start)
                     is not None for k in range(n - 1)]
            firsts = list(range(n))
            for k in range(1, n):
                if tight[k - 1]:
                    firsts[k] = firsts[k - 1]
            lasts = list(range(n))
            for k in range(n - 2, -1, -1):
                if tight[k]:
                    lasts[k] = lasts[k + 1]
            self._group_starts, self._group_ends = firsts, lasts
        assert self._group_starts is not None
        return self._group_starts, self._group_ends

    def group_from(self, at: int, limit: int) -> tuple[int, int] | None:
        """(first, last) token indices of the group starting with token ``at`` (up to the
        last token starting before ``limit``)."""
        if at >= len(self.tokens) or self.tokens[at].start >= limit:
            return None
        return at, min(self._groups()[1][at], bisect.bisect_left(self.starts, limit) - 1)

    def group_to(self, at: int) -> tuple[int, int]:
        """(first, last) token indices of the group ending with token ``at``."""
        return self._groups()[0][at], at


def a_count(text: str, end: int) -> bool:
    """A count or a measure ends here: "six weeks", "nine of them", "five to six", "10%"."""
    return _PLURAL_AFTER.match(text, end) is not None or _COUNT_AFTER.match(text, end) is not None


def _ordinary_group(nums: _Numbers, first: int, last: int) -> bool:
    """A typed date; a year; a count of digits ("the last four are"); a lone "oh," before words (the
    speaker's, not a zero: "and then, oh, I always forget")."""
    tokens = nums.tokens[first:last + 1]
    if _TYPED_DATE.search(nums.text, tokens[0].start, tokens[-1].end):
        return True  # "27/07/2008"
    if _COUNTED_DIGITS.search(nums.text, max(0, tokens[0].start - 12), tokens[0].start):
        return True
    if first == last and _THE.search(nums.text, max(0, tokens[0].start - 8), tokens[0].start) \
            and _WORD_NEXT.match(nums.text, tokens[0].end):
        return True  # "the four after it", "those two of them"
    if first == last and _INTERJECTION.fullmatch(nums.text, tokens[0].start, tokens[0].end + 1) \
            and _WORD_NEXT.match(nums.text, tokens[0].end + 1):
        return True
    said = nums.text[tokens[0].start:tokens[-1].end].lower()
    if len(tokens) == 2 and said.split()[0] in ("nineteen", "twenty"):
        return True
    return any(t.scale and "000" in t.digits for t in tokens)


def _grow_right(nums: _Numbers, start: int, end: int, digits: int, need: int,
                line_end: int) -> tuple[list[tuple[int, int]], int]:
    """The mention's parts from one ``text[start:end]`` saying ``digits`` digits, and the digits
    said in all: an aside of a few words is bridged, a longer one left standing between parts."""
    text = nums.text
    parts = [(start, end)]
    at = bisect.bisect_left(nums.starts, end)
    while at < len(nums.tokens) and nums.tokens[at].start < line_end:
        group = nums.group_from(at, line_end)
        if group is None:
            break
        first, last = group
        gap = _line_checks_out(text[end:nums.tokens[first].start])
        words = _gap_words(gap)
        if words is None or _SOMEONE_IS.search(gap):
            break
        corrected = _CORRECTION.search(gap) is not None
        aside = _aside(gap, words)
        if aside is None or len(words) > _MAX_ASIDE_AFTER or (digits >= need and not corrected):
            break
        group_end = nums.tokens[last].end
        slack = _CORRECTED_SLACK if corrected else 1
        said = nums.digits(nums.tokens[first].start, group_end, most=need + slack - digits)
        if digits + said > need + slack:
            break  # another number, not this one's rest
        if a_count(text, group_end) or _ordinary_group(nums, first, last) or \
                nums.taken(nums.tokens[first].start, group_end):
            break
        if aside and said < 2:
            break  # "..., and I was one", a word, not digits
        said_between = [w for w in words if w not in _FILLERS]
        if len(said_between) > _BRIDGED_ASIDE or _CUE.search(_MARK.sub(" ", gap)):
            if said < 3:
                break  # after an aside, a part must say digits: "we live at number twelve"
            parts.append((nums.tokens[first].start, group_end))
        else:
            parts[-1] = (parts[-1][0], group_end)
        end, digits = group_end, digits + said
        at = last + 1
    return parts, digits


#: a check of the line said inside a number on a bad line: "can you hear me?", "hello?",
#: "are you still there?", "you're breaking up", "did you get that?", "the line's gone"
_LINE_CHECK = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:can|could)[ \t]+you[ \t]+(?:still[ \t]+)?hear[ \t]+me|hello|"
    r"(?:are[ \t]+)?you[ \t]+still[ \t]+there|are[ \t]+you[ \t]+there|(?:are[ \t]+you[ \t]+)?"
    r"still[ \t]+with[ \t]+me|(?:did[ \t]+you[ \t]+)?(?:get|got)[ \t]+that|"
    r"you['’]re[ \t]+breaking[ \t]+up|(?:the[ \t]+)?line['’]s[ \t]+(?:bad|gone|terrible|awful|"
    r"breaking[ \t]+up)|(?:you['’]re|it['’]s)[ \t]+cutting[ \t]+out)(?![A-Za-z])[ \t]*[?!.]*")


def _line_checks_out(gap: str) -> str:
    """The gap with its checks of the line blanked (same length): they say nothing of the
    number, and their "?" does not end it."""
    if "?" not in gap and "'" not in gap and "’" not in gap and "hello" not in gap.lower():
        return gap
    return _LINE_CHECK.sub(lambda m: " " * len(m.group()), gap)


def _aside(gap: str, words: list[str]) -> list[str] | None:
    """The words of a gap that are not fillers, connectives or corrections; None when one of
    them is a capitalised word inside the sentence: a name brings another person's number
    ("..., and then Suresh on oh one ...")."""
    aside = [w for w in words if w not in _TIGHT]
    if aside and _NAMED.search(gap):
        return None
    return aside


def _grow_left(nums: _Numbers, start: int, digits: int, need: int,
               line_start: int) -> tuple[int, int]:
    """The mention's start and its digits, from a part starting at ``start``: only a short
    aside is bridged before it."""
    text = nums.text
    at = bisect.bisect_left(nums.starts, start) - 1
    while at >= 0 and nums.tokens[at].end > line_start:
        first, last = nums.group_to(at)
        if nums.tokens[first].start < line_start:
            break
        group_end = nums.tokens[last].end
        gap = _line_checks_out(text[group_end:start])
        words = _gap_words(gap)
        if words is None or _CUE.search(gap) is not None or a_count(text, group_end):
            break
        aside = _aside(gap, words)
        if aside or len([w for w in words if w not in _FILLERS]) > _BRIDGED_ASIDE:
            break  # before the seed only fillers, corrections and a connective are bridged
        if digits >= need and _CORRECTION.search(gap) is None:
            break  # a whole number: what comes before is something else's
        if nums.taken(nums.tokens[first].start, group_end):
            break
        said = nums.digits(nums.tokens[first].start, group_end,
                           most=need + _CORRECTED_SLACK - digits)
        if said == 0 or digits + said > need + _CORRECTED_SLACK or \
                _ordinary_group(nums, first, last):
            break  # "I read it out twice, ...", another number, a year
        if _INTERJECTION.fullmatch(text, nums.tokens[first].start, group_end + 1):
            break  # "Oh, yes, ..."
        start, digits = nums.tokens[first].start, digits + said
        at = first - 1
    plus = _PLUS_BEFORE.search(text, max(line_start, start - 12), start)
    return (plus.start() if plus else start), digits


#: the "plus" of "plus four four" (a typed "+" is the number's own)
_PLUS_BEFORE = re.compile(r"(?i)(?<![A-Za-z])plus[ \t]+\Z")
_LABEL = re.compile(r"[ \t]*(?:\[[^\]\n]{0,40}\][ \t]*)?" + LABEL_WORDS + r":[ \t]*")
#: what a turn may open with before a read-back or the rest: "yeah,", "so that's", "did you say",
#: "no,", a stage direction ("[over him]", "(jumping in)")
_OPEN = re.compile(r"[ \t,.…\-–—]*(?:(?:yeah|yes|yep|and|then|so|um|er|erm|uh|right|okay|ok|"
                   r"no|nope|aye|well|sorry|it['’]s|that['’]s|that[ \t]+is|did[ \t]+you[ \t]+say|"
                   r"you[ \t]+said|\[[^\]\n]{0,40}\]|\([^)\n]{0,40}\)|"
                   r"was[ \t]+that|is[ \t]+that|"
                   # the rest announced: "and the second half,", "the last bit's", "the rest is"
                   r"(?:the[ \t]+)?(?:second|other|last|next|final|end|back)[ \t]+(?:half|bit|part|"
                   r"lot|few|digits|numbers)(?:[ \t]+(?:is|are|was|were|goes)|['’]s)?|"
                   r"the[ \t]+rest(?:[ \t]+(?:of[ \t]+it[ \t]+)?(?:is|was|goes)|['’]s)?|"
                   r"after[ \t]+that)[ \t,.…\-–—:]+)*", re.IGNORECASE)
_READ_BACK_WORDS = 10
#: a turn of the other voice that says nothing but that it listens ("Yes.", "Mhm, go on.")
_BACKCHANNEL = re.compile(r"(?i)[ \t,.…\-–—]*(?:(?:yes|yeah|yep|mhm|mm|mm-hm|uh-huh|okay|ok|right|"
                          r"go[ \t]+on|got[ \t]+(?:it|that)|and|sure|fine|lovely|great)"
                          r"[ \t,.…!\-–—]*){0,3}")
_MAX_BACKCHANNELS = 2
#: lines after a seed's own where its read-back or rest may be said (blank lines count)
_NEXT_LINES = 6


def _next_turns(nums: _Numbers, end: int) -> list[tuple[int, int]]:
    """(start, end) of the number-ish stretch opening each of the next two turns: a read-back
    or the rest, said straight after the label (and a "yeah", "and then")."""
    text = nums.text
    found: list[tuple[int, int]] = []
    pos = line_bounds(text, end)[1]
    skipped = 0
    while len(found) < 2:
        if pos >= len(text):
            break
        line_start = pos + 1
        while line_start < len(text) and text[line_start] == "\n":
            line_start += 1
        line_end = line_bounds(text, line_start)[1]
        label = _LABEL.match(text, line_start, line_end)
        if label is None:
            break
        opens = _OPEN.match(text, label.end(), line_end)
        said_from = opens.end() if opens else label.end()
        at = bisect.bisect_left(nums.starts, said_from)
        if at >= len(nums.tokens) or nums.tokens[at].start != said_from:
            if skipped < _MAX_BACKCHANNELS and _BACKCHANNEL.fullmatch(text, said_from, line_end):
                skipped += 1  # "I: Yes." between two parts: the rest comes in the turn after
                pos = line_end
                continue
            break
        group = nums.group_from(at, line_end)
        if group is None:
            break
        first, last = group
        found.append((nums.tokens[first].start, nums.tokens[last].end))
        if len(_words(text[nums.tokens[last].end:line_end])) > _READ_BACK_WORDS:
            break
        pos = line_end
    return found


def _pieces(text: str, start: int, end: int, entity: str, score: float) -> list[Finding]:
    """``text[start:end]`` as findings, cut around any mark with a time in it."""
    found = []
    for mark in _TIMED_MARK.finditer(text, start, end):
        if mark.start() > start:
            found.append(Finding(start, mark.start(), entity, score, DETECTOR))
        start = mark.end()
    if text[start:end].strip(" \t,.;…-–—"):
        found.append(Finding(start, end, entity, score, DETECTOR))
    return found


def _beside_others(text: str, nums: _Numbers, seeds: Sequence[Finding],
                   others: Sequence[Finding]) -> list[Finding]:
    """The part of a number finding that runs past a surer finding of another kind (the engine
    keeps the surer of two overlapping spans and would drop the number whole): "it's the eighth
    of September fifty-nine, and then nine seven four nought" (a CHI number is its holder's
    date of birth and four digits more)."""
    kept = []
    for f in seeds:
        for g in others:
            if not (g.start < f.end and f.start < g.end) or g.score < f.score:
                continue
            entity = "NHS_NUMBER" if g.entity == "DATE" and _CHI_BEFORE.search(
                text, max(0, g.start - 200), g.start) else f.entity
            if f.end > g.end:
                at = bisect.bisect_left(nums.starts, g.end)
                if at < len(nums.tokens) and nums.tokens[at].start < f.end:
                    kept.append(Finding(nums.tokens[at].start, f.end, entity, f.score, DETECTOR))
            if f.start < g.start:
                at = bisect.bisect_left(nums.starts, g.start) - 1
                if at >= 0 and nums.tokens[at].start >= f.start:
                    kept.append(Finding(f.start, nums.tokens[at].end, f.entity, f.score, DETECTOR))
    return kept


def _windows(text: str, seeds: Sequence[tuple[int, int, str, float]]) -> list[tuple[int, int]]:
    """Where a mention may lie: each seed's line and the next few lines (its read-back and
    its rest), merged; only there are number-ish tokens looked for."""
    def lines(start: int, end: int) -> tuple[int, int]:  # the seed's line and the next few
        b = end
        for _ in range(_NEXT_LINES + 1):
            b = text.find("\n", b + 1)
            if b < 0:
                b = len(text)
                break
        return text.rfind("\n", 0, start) + 1, b

    return merged_windows(lines(start, end) for start, end, _, _ in seeds)


#: the words of a postcode said aloud: single capitals, letter names, number words, digits
_POSTCODE_PART = (r"(?:[A-Z]|\d{1,2}|(?i:zed|oh|zero|one|two|three|four|five|six|seven|eight|nine|"
                  r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                  r"nineteen|twenty))")
#: a wrong start put right just before a postcode: "B L nine, sorry, ", "S K nine... no, "
_CORRECTED_POSTCODE = re.compile(
    rf"(?<![\w'’]){_POSTCODE_PART}(?:[ \t,.\-]+{_POSTCODE_PART}){{1,5}}"
    r"[ \t,.…\-–—]*(?i:no|sorry|I[ \t]+mean|wait|scratch[ \t]+that|not)(?:[ \t,.…\-–—]+"
    r"(?i:no|sorry|I[ \t]+mean|wait|it['’]s))*[ \t,.…\-–—]*\Z")


def _corrected_postcodes(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """A postcode's wrong start said just before it and put right ("my postcode is B L nine,
    sorry, B L eight, four Q T"): the wrong part is as identifying as the right one."""
    found = []
    for f in findings:
        if f.entity != "POSTCODE" or f.score < _MIN_SEED_SCORE:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        before = _CORRECTED_POSTCODE.search(text, max(line_start, f.start - 60), f.start)
        if before is not None and any(c.isupper() for c in before.group()):
            found.append(Finding(before.start(), f.end, f.entity, f.score, DETECTOR))
    return found


def whole_mentions(text: str, findings: Sequence[Finding],
                   runs: Sequence[NumberRun] = ()) -> list[Finding]:
    """Each confident number finding grown to its whole mention (see the module); only the
    grown ones are returned."""
    corrected = _corrected_postcodes(text, findings) if "POSTCODE" in {
        f.entity for f in findings} else []
    confident = [f for f in findings
                 if f.entity in _SEED_ENTITIES and f.score >= _MIN_SEED_SCORE]
    seeds = sorted({(f.start, f.end, f.entity, min(f.score, 0.85)) for f in confident})
    if not seeds:
        return corrected
    others = [f for f in findings if f.entity not in _SEED_ENTITIES
              and f.score >= _MIN_SEED_SCORE - 0.1]
    nums = _Numbers(text, runs, others, _windows(text, seeds))
    grown = _beside_others(text, nums, confident, others)
    done_to = -1
    for start, end, entity, score in seeds:
        if end <= done_to:
            continue
        line_start, line_end = line_bounds(text, start)
        said = nums.digits(start, end)
        need = expected_digits(entity, nums.said(start, end))
        new_start, digits = _grow_left(nums, start, said, need, line_start)
        parts, digits = _grow_right(nums, new_start, end, digits, need, line_end)
        new_end = parts[-1][1]
        if parts != [(start, end)]:
            for a, b in parts:
                grown.extend(_pieces(text, a, b, entity, score))
        done_to = new_end
        # a turn of the other voice reading it back, or the rest at the next turn's start
        ends_turn = not text[new_end:line_end].strip(" \t.,;…-–—")
        said_digits = nums.said(new_start, new_end)
        for a, b in _next_turns(nums, new_end):
            back = nums.digits(a, b)
            if back >= 3 and _said_again(nums.said(a, b), said_digits) and \
                    not a_count(text, b):
                grown.extend(_pieces(text, a, b, entity, score))
                continue
            if not ends_turn or digits >= need or a_count(text, b) or digits + back > need + 1:
                break
            turn_end = line_bounds(text, a)[1]
            rest, digits = _grow_right(nums, a, b, digits + back, need, turn_end)
            for c, d in rest:
                grown.extend(_pieces(text, c, d, entity, score))
            done_to = rest[-1][1]
            ends_turn = not text[done_to:turn_end].strip(" \t.,;…-–—")
    return grown + corrected


def _said_again(back: str, said: str) -> bool:
    """``back`` repeats a stretch of ``said``, or misses it by one digit: a read-back misheard
    ("One six nine?" after "... one six three") or the speaker's correction of one ("No, one
    six THREE."), both the same number said again."""
    if back in said:
        return True
    n = len(back)
    return any(sum(x != y for x, y in zip(back, said[i:i + n], strict=True)) <= 1
               for i in range(len(said) - n + 1))


#: a number given as another one changed at its end: "the same as my mobile but ending in",
#: "same as Dad's, except the last two are", "just ends ... instead", "only the last digit's a"
_SAME_BUT = re.compile(
    r"(?i)\bsame\b(?:[^.?!\n]{0,50}?)?[ \t,]+(?:but|except|only|just|apart[ \t]+from)"
    r"\b(?P<how>[^.?!\n\d]{0,40}?)(?=[ \t,:]+(?:[0-9]|(?:oh|zero|nought|one|two|three|four|five|six|"
    r"seven|eight|nine|double|triple|treble|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))")
#: how the change is said: at the end, in the last digits
_AT_THE_END = re.compile(r"(?i)\b(?:end(?:s|ing)?|last|final|digits?|finish(?:es|ing)?|with)\b")
#: what names a number a person has, before "same"
_NUMBER_CUE = re.compile(
    r"(?i)\b(?:phone|mobile|landline|number|numbers|no\.|tel|nhs|chi|gmc|nmc|pin|extension|"
    r"ext|work[ \t]+one|home[ \t]+one|digits?|contact)\b|['’]s\b")
#: what makes the changed part a time, a count or a state, not digits
_NOT_DIGITS = re.compile(r"(?i)\b(?:up|at|by|after|before|around|about|till|until|in[ \t]+at)[ \t]*\Z")
_TAIL_DIFF_SCORE = 0.7


def find_changed_tails(text: str) -> list[Finding]:
    """The new end of a number given as another one changed at its end ("my husband's is the
    same but ending in eight one", "the same as the surgery's, just the last two are four seven",
    "same as my mobile except the last digit's a nine"): a person's number said by its
    difference; entity by the cue, else a phone (the commonest number shared in a household)."""
    if "ame" not in text:
        return []
    found = []
    for m in _SAME_BUT.finditer(text):
        how = m.group("how")
        if _AT_THE_END.search(how) is None or _NOT_DIGITS.search(how):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 100):m.end()]
        if _NUMBER_CUE.search(before) is None:
            continue
        tokens = [t for t in _NUMISH.finditer(text, m.end(), min(len(text), m.end() + 80))]
        if not tokens or not _TIGHT_GAP.fullmatch(text, m.end(), tokens[0].start()) and \
                text[m.end():tokens[0].start()].strip(" \t,:") != "":
            continue
        last = 0
        while last + 1 < len(tokens) and (
                _TIGHT_GAP.fullmatch(text, tokens[last].end(), tokens[last + 1].start())
                or _AND_GAP.fullmatch(text, tokens[last].end(), tokens[last + 1].start())):
            last += 1
        start, end = tokens[0].start(), tokens[last].end()
        if _PLURAL_AFTER.match(text, end) or _COUNT_AFTER.match(text, end):
            continue  # "but with two more staff", "except the last two weeks"
        kinds = context_kinds(text, start, end)
        entity = ("NHS_NUMBER" if kinds & {"nhs", "chi"} else
                  "GMC_NUMBER" if "gmc" in kinds else "PHONE")
        found.append(Finding(start, end, entity, _TAIL_DIFF_SCORE, DETECTOR))
    return found


_AND_GAP = re.compile(r"(?i)[ \t,]*(?:and|then)[ \t,]+")
