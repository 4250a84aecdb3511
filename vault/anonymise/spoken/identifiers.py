"""UK identifying numbers read out in words or odd digit groups: phone numbers, NHS numbers,
Scottish CHI numbers and GMC numbers.

::

    find_identifier_numbers(text, number_runs(text))
    # "oh seven seven double oh, nine hundred, one two three"   -> PHONE
    # "four eight five, seven seven seven, three four five six"  -> NHS_NUMBER (mod-11 valid)
    # "CHI number oh three oh five eight four, one two three four" -> NHS_NUMBER (CHI)
    # "my GMC number's seven oh one, two three four five"         -> GMC_NUMBER

Each :class:`~vault.anonymise.spoken.numbers.NumberRun` is searched for the longest stretch of
its items whose digits make one of these, so a stray "one" before or after ("..., one of the
nurses") does not hide the number:

* a UK phone: ``0`` + 1/2/3/7 and 10-11 digits, ``+44``/``0044``/"plus four four" + the
  national number (a leading 0 after 44 is allowed, as in "+44 (0)7...");
* an NHS number: 10 digits with a valid modulus-11 check digit; read out in words with "NHS"
  just before, 9-11 digits are enough (a number misheard or cut by ``[inaudible]`` still
  identifies a patient; typed digits that fail the check are left, as the written recognizer
  leaves them);
* a CHI number (typed NHS_NUMBER: it is Scotland's NHS number): 10 digits starting with a
  valid DDMMYY date, with "CHI" or "community health index" just before;
* a GMC number: 7 digits starting 1-7, with "GMC", "General Medical Council" or
  "registration number" near;
* what is left of a phone number cut by ``[inaudible]`` (6+ digits from 07/01/02), with
  "phone", "mobile", "number", "ring"... just before: a reviewer can see it.

Ordinary counts, bleeps, room numbers and extensions are too short to qualify; reference
numbers fail the checksum and lack the context.
"""
from __future__ import annotations

import datetime
import re

from vault import nhs_number
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.numbers import NumberItem, NumberRun, stretches
from vault.anonymise.spoken.turns import SHORT_LABEL_WORDS

__all__ = ["chi_digits_valid", "context_kinds", "find_identifier_numbers", "phone_digits_valid"]

DETECTOR = "spoken_number"
_BEFORE, _AFTER = 100, 40
_CHI = re.compile(r"\bCHI\b|\bC[-. ]H[-. ]I\b|(?i:community health index)")
_GMC = re.compile(r"\bGMC\b|\bG[-. ]M[-. ]C\b|(?i:general medical council|medical register|"
                  r"\bregistration (?:number|no\b)|\breg(?:istration)? number|\bregistration['’]s\b)")
_PHONE = re.compile(r"(?i)\b(?:phone|mobile|number|ring|call|text|landline|whatsapp)\b")
_NHS = re.compile(r"\bNHS\b|\bN[-. ]H[-. ]S\b|(?i:\bnhs[ \t]+(?:number|no\b))")
#: kinds in order of preference when two readings of the same stretch are equally long
_PRIORITY = {"chi": 0, "gmc": 1, "phone": 2, "nhs": 3, "nhs_context": 4, "phone_part": 5}
_SCORES = {"chi": 0.9, "gmc": 0.9, "phone": 0.9, "nhs": 0.9, "nhs_context": 0.6,
           "phone_part": 0.6}
_ENTITY = {"chi": "NHS_NUMBER", "gmc": "GMC_NUMBER", "phone": "PHONE", "nhs": "NHS_NUMBER",
           "nhs_context": "NHS_NUMBER", "phone_part": "PHONE"}


def phone_digits_valid(digits: str) -> bool:
    """Whether a digit string (optionally "+"-prefixed) is a UK phone number."""
    if digits.startswith("+"):
        if not digits.startswith("+44"):
            return False
        national = digits[3:]
    elif digits.startswith("0044"):
        national = digits[4:]
    elif digits.startswith("44") and len(digits) == 12:
        national = digits[2:]  # "double four, seven seven ..." with the plus left unsaid
    elif digits.startswith("0"):
        return len(digits) in (10, 11) and digits[1] in "1237"
    else:
        return False
    national = national.removeprefix("0")
    return len(national) in (9, 10) and national[0] in "1237" and national.isdigit()


def chi_digits_valid(digits: str) -> bool:
    """Whether 10 digits start with a real DDMMYY date, as a CHI number does."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    try:
        datetime.date(2000 + int(digits[4:6]), int(digits[2:4]), int(digits[0:2]))
    except ValueError:
        return False
    return True


def _kinds(digits: str, contexts: set[str], incomplete: bool, spoken: bool) -> list[str]:
    kinds = []
    plain = digits.isdigit()
    if "chi" in contexts and chi_digits_valid(digits):
        kinds.append("chi")
    if "gmc" in contexts and plain and len(digits) == 7 and digits[0] in "1234567":
        kinds.append("gmc")
    if phone_digits_valid(digits):
        kinds.append("phone")
    if plain and len(digits) == 10 and nhs_number.is_valid(digits):
        kinds.append("nhs")
    elif plain and "nhs" in contexts and spoken and (
            9 <= len(digits) <= 11 or incomplete and len(digits) >= 6):
        kinds.append("nhs_context")
    if incomplete and "phone" in contexts and digits[:2] in ("07", "01", "02") and len(digits) >= 6:
        kinds.append("phone_part")  # "oh seven seven oh oh [inaudible] one two three"
    return kinds


#: a full stop, "!" or "?" before a space ends a sentence; not the stop of an abbreviation
#: that names a number, before a lower-case word or a digit ("his GMC no. was ...", "Tel. oh
#: seven ...", "Reg. no. 7012345")
_SENTENCE_END = re.compile(r"(?:(?<!\b[Nn]o)(?<!\bNO)(?<!\b[Tt]el)(?<!\b[Rr]eg)(?<!\b[Nn]um)(?<!\b[Nn]br)\."
                           r"|\.(?![ \t]+[a-z0-9])|[!?])(?=[ \t\n\"”)\]])|\n")


def _before(text: str, start: int) -> str:
    """The words before ``start`` that can name the number: this sentence, and the sentence
    before it when that one asks a question ("And your GMC number? -- Seven oh one ...")."""
    window = text[max(0, start - _BEFORE):start]
    ends = [m for m in _SENTENCE_END.finditer(window)]
    if not ends:
        return window
    last = ends[-1]
    if last.group() == "\n" or window[last.start()] != "?":
        # a line break or a statement ends the context, unless only a question and the
        # speaker label stand between it and the number
        tail = window[last.end():]
        if not _ONLY_LABEL.fullmatch(tail) or len(ends) < 2:
            return tail
        asked = [m for m in ends[:-1] if m.group() != "\n"]
        # short remarks may stand between the question and the answer: "Hang on. Right."
        current = last
        while asked and window[asked[-1].start()] != "?" and \
                len(_label_free(window[asked[-1].end():current.start()]).split()) <= 5:
            current = asked.pop()
        if not asked or window[asked[-1].start()] != "?":
            return tail
        last = asked[-1]
    previous = [m for m in ends if m.end() <= last.start()]
    return window[previous[-1].end() if previous else 0:]


#: what may stand between a question and the number that answers it: a speaker label and
#: interjections
_LABEL = (r"[ \t\n]*(?:\[[^\]\n]{0,40}\][ \t]*)?(?:" + SHORT_LABEL_WORDS + r":)?"
          r"[ \t]*(?:\[[^\]\n]{0,40}\][ \t]*)?")
_ONLY_LABEL = re.compile(_LABEL + r"(?:(?i:um|er|erm|uh|mm|hmm|oh|ah|yeah|yes|yep|sure|course|of[ \t]+course|"
                         r"right|okay|ok|well|so|sorry|hang[ \t]+on|hold[ \t]+on|let[ \t]+me[ \t]+"
                         r"(?:see|think|check|look)|I[ \t]+think|I[ \t]+mean|I[ \t]+believe|"
                         r"from[ \t]+memory|it['’]s|that['’]s|it[ \t]+is|it[ \t]+was|it[ \t]+should"
                         r"[ \t]+be|mine['’]s|mine[ \t]+is)[,.!]?[ \t]+){0,4}")
_LABEL_RE = re.compile(_LABEL)


def _label_free(sentence: str) -> str:
    """A sentence without the speaker label and marks before it."""
    label = _LABEL_RE.match(sentence)
    return sentence[label.end():] if label else sentence


def _contexts(text: str, start: int, end: int) -> set[str]:
    before = _before(text, start)
    after = _SENTENCE_END.split(text[end:end + _AFTER], maxsplit=1)[0]
    window = before + " " + after
    found = set()
    if _CHI.search(window):
        found.add("chi")
    if _GMC.search(window):
        found.add("gmc")
    if _NHS.search(before[-60:]):
        found.add("nhs")
    if _PHONE.search(before[-60:]):
        found.add("phone")
    return found


def context_kinds(text: str, start: int, end: int) -> set[str]:
    """Which identifiers the words around ``text[start:end]`` name: "chi", "gmc", "nhs",
    "phone" (the sentence before, or the question it answers, and the clause after)."""
    return _contexts(text, start, end)


def _chosen(items: tuple[NumberItem, ...], contexts: set[str], incomplete: bool
            ) -> list[tuple[int, int, str]]:
    """(first item, last item + 1, kind) of each number taken from ``items``: the longest
    qualifying stretch (then by priority, then the first said), then the same again in the
    items before it and after it, in that order of finding (after before before).

    One walk: every candidate stretch is ranked once, and a candidate is taken when it shares
    no item with a better one taken; a stretch lies inside the part left standing exactly when
    it shares no item with what was taken, so this is the same choice as searching each part
    again (which was quadratic on a long run of number words: "forty-four, forty-four, ...")."""
    candidates: list[tuple[tuple[int, int], int, int, str]] = []
    for i, j, digits in stretches(items, 14):
        if len(digits.lstrip("+")) < 7:
            continue
        spoken = incomplete or any(item.words for item in items[i:j])
        for kind in _kinds(digits, contexts, incomplete, spoken):
            # longest, then priority; of equal keys the first found (a stable sort keeps it)
            candidates.append(((items[i].start - items[j - 1].end, _PRIORITY[kind]), i, j, kind))
    candidates.sort(key=lambda c: c[0])
    used = bytearray(len(items))
    taken: list[tuple[int, int, str]] = []
    for _, i, j, kind in candidates:
        if not any(used[i:j]):
            used[i:j] = b"\x01" * (j - i)
            taken.append((i, j, kind))
    if len(taken) < 2:
        return taken
    # the order of the part-by-part search: the best first, then its part after, then before
    # (a walk of the tree of taken numbers by position, each under the better one beside it)
    left = [-1] * len(taken)
    right = [-1] * len(taken)
    stack: list[int] = []
    for n in sorted(range(len(taken)), key=lambda n: taken[n][0]):
        last = -1
        while stack and stack[-1] > n:
            last = stack.pop()
        left[n] = last
        if stack:
            right[stack[-1]] = n
        stack.append(n)
    order: list[tuple[int, int, str]] = []
    walk = [stack[0]]
    while walk:
        n = walk.pop()
        order.append(taken[n])
        walk.extend(child for child in (left[n], right[n]) if child >= 0)
    return order


def find_identifier_numbers(text: str, runs: list[NumberRun]) -> list[Finding]:
    """Phones, NHS/CHI numbers and GMC numbers among ``runs`` (from ``number_runs(text)``)."""
    findings: list[Finding] = []
    for run in runs:
        if sum(len(item.digits) for item in run.items) < 7:
            continue
        contexts = _contexts(text, run.start, run.end)
        for i, j, kind in _chosen(run.items, contexts, run.incomplete):
            findings.append(Finding(run.items[i].start, run.items[j - 1].end, _ENTITY[kind],
                                    _SCORES[kind], DETECTOR))
    return findings
