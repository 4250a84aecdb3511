"""The fail-safe for long numbers: a chain of seven or more digits said or typed together is an
identifier, whatever words a speaker put around it or inside it.

::

    find_digit_chains(text, number_runs(text))
    # "O seven five O four — sorry — O-seven-five-O-five, erm, 158, erm, six O one" -> PHONE
    # "Two-six-one-five-double-oh-nine, no, 2615007"   (GMC talk before)             -> GMC_NUMBER
    # "my registration's 2333660, so anyone can look me up"                          -> GMC_NUMBER
    # "it's oh-seven-three-nine-seven..." / "Uh-huh." / "...four three one seven eight three"
    #                                         -> both parts (a number split across two turns)

The finders in :mod:`~.identifiers` ask a number to *be* something (a valid UK phone, an NHS
number with its check digit, a GMC number near the word "GMC"). A number that was put right in
the middle ("seven four one -- no, sorry, I mean 030"), misheard, cut short or split over two
turns fails those tests and used to leak whole. People do not say seven digits in a row in
ordinary talk: counts, doses, scores, years and times are one to four digits; what runs longer is
somebody's phone, NHS, CHI or GMC number, a date of birth, or a reference. So:

* a *chain* is a :class:`~.numbers.NumberRun`, or several joined by what a correction puts
  between them: "no", "sorry", "wait", "hang on", "I mean", "scratch that", "I tell a lie",
  "rather", "make that", "actually", "or", fillers, commas, dashes, ellipses;
* a chain of seven or more digits is redacted from its first digit to its last (the correction
  inside: a wrong digit said aloud is a near-copy of the right one), typed by the nearest cue
  (CHI, GMC or registration, NHS, phone words), else by its shape (a leading 0 or +44 is a phone,
  ten digits an NHS number, seven a GMC number);
* a chain that trails off at the end of a turn ("it's oh seven three...") and the chain that
  opens the same speaker's next turn after a short turn of the other speaker ("Uh-huh.") are one
  number: when they make seven digits together both parts are redacted;
* what is left alone: a chain after a word for a thing's reference with no personal cue near
  ("the locker code was ...", "Datix ...", "the ticket said ...", "page ...", "extension ..."),
  money ("£1,250,000"), typed dates and years ("12.05.2019", "2019, 2020 and 2021"), times and
  ratios ("10:30", "9/10").

Cost: a linear pass over the runs the recognizer already has.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.identifiers import context_kinds
from vault.anonymise.spoken.numbers import NumberRun
from vault.anonymise.spoken.turns import in_label, label_end, line_bounds, resumed_turn, trails_off
from vault.anonymise.wordlists import DATE_OF_BIRTH_WORDS

__all__ = ["MIN_DIGITS", "a_thing", "entity_of", "find_digit_chains", "in_order"]

DETECTOR = "spoken_digit_chain"
#: a run of this many digits is an identifier whatever surrounds it
MIN_DIGITS = 7
_SCORE = 0.85
_SPLIT_SCORE = 0.8

#: what a correction or a hesitation puts between two runs of one number
_BRIDGE = re.compile(
    r"(?:[ \t,;.…\-–—]|(?<![A-Za-z])(?i:no|nope|sorry|wait|oops|um|umm|uh|er|erm|then|or|"
    r"actually|rather|or[ \t]+rather|(?:hang|hold)[ \t]+on|I[ \t]+mean|I[ \t]+meant|"
    r"scratch[ \t]+that|I[ \t]+tell[ \t]+a[ \t]+lie|make[ \t]+(?:that|it)|correction|"
    r"let[ \t]+me[ \t]+(?:see|think|start[ \t]+again)|start[ \t]+again|it['’]s|it[ \t]+is|"
    r"that['’]s|not|dash|hyphen|space|(?:drop|dropping|lose|losing|without|minus|leave[ \t]+off)"
    r"[ \t]+the)(?![A-Za-z]))*")
_MAX_BRIDGE = 48

#: a word for a thing's reference just before: the number is no person's
_THING = re.compile(
    r"(?i)\b(?:references?|ref|(?<!area[ \t])(?<!dialling[ \t])(?<!country[ \t])codes?|tickets?|lockers?|rota|datix|tracking|parcel|orders?|"
    r"invoices?|claims?|case|version|extension|ext|bleep|pager|room|bay|page|pin|serial|batch|"
    # a secret for a door, a phone or a screen (round 18): no person's identifier
    r"pass(?:code|word|phrase)s?|"
    r"lot|barcode|isbn|flight|seat|badge|staff[ \t]+number|payroll|"
    # a payslip's numbers: "employee number", "assignment number", "tax code" (a job's, not
    # a person's contact or health identifier)
    r"employee|assignment|payslip|pay[ \t]+number)\b")
#: a word for a person's identifier: it outweighs a thing's reference ("GMC reference")
_PERSONAL = re.compile(
    r"(?i)\b(?:phone|mobile|landline|ring|call|text|whatsapp|contact|nhs|chi|gmc|"
    r"registration|registered|" + DATE_OF_BIRTH_WORDS + r"|born|postcode|address)\b")
#: a word that names a person's identifier just before a shorter number (4-6 digits): a
#: number cut short or half-remembered ("my GMC's seven oh one two, er, three four")
_CUE = re.compile(r"(?i)\b(?:mobile|phone|landline|tel|nhs|chi|gmc|registration|reg)\b(?:['’]s)?"
                  r"(?P<between>[^.!?\n]{0,40})\Z")
_CUE_AFTER = re.compile(r"(?P<between>[^.!?\n]{0,25}?)\b(?i:mobile|phone|landline|nhs|chi|gmc|"
                        r"registration)\b")
SHORT_DIGITS = 4
_SHORT_SCORE = 0.7
_MONEY_BEFORE = re.compile(r"[£$€][ \t]*\Z")
_MONEY_AFTER = re.compile(r"(?i)[ \t]*(?:pounds|quid|grand|pence|p\b|k\b|million|billion|"
                          r"per[ \t]?cent|%)")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: a time on the 24-hour clock at a quarter hour, as rotas give them
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])(?:00|15|30|45)")
#: a plural noun straight after: the number counts things
_COUNTED = re.compile(r"[ \t]+(?:(?!(?:is|was|as|has|his|this|yes|does|plus|thus|us)\b)[a-z]+s|"
                      r"people|staff|children|men|women)\b")
#: the NHS and emergency service numbers, said one after another
_SERVICE = re.compile(r"(?:111|999|101|119|112)+")
_REPEAT = re.compile(r"(?i:double|treble|triple)\b")
_TYPED_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:\d\d|\d{4})")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: typed fractions listed, marks and "then", "and", "or" between ("4/10, then 9/10, then 8/10")
_FRACTIONS = re.compile(r"\d{1,3}/\d{1,3}(?:[ \t,;.…\-–—]*(?:(?:then|and|or|to)[ \t]+)?"
                        r"\d{1,3}/\d{1,3})*")



def _digit_count(run: NumberRun) -> int:
    return sum(len(item.digits.lstrip("+")) for item in run.items)


def _sentence_ends(text: str, gap: str, run: NumberRun) -> bool:
    """A full stop, then a capitalised number that is not one digit: a new sentence ("..., six
    seven. Thirty minutes for lunch") -- digits read out as sentences go on ("Oh seven. Double
    oh nine.")."""
    first = run.items[0]
    return "." in gap.replace("...", "").replace("…", "") and text[first.start].isupper() and \
        first.words and len(first.digits) >= 2 and len(set(first.digits)) > 1


def _chains(text: str, runs: Sequence[NumberRun]) -> list[list[NumberRun]]:
    """Runs joined where only a correction or a hesitation stands between them."""
    chains: list[list[NumberRun]] = []
    for run in runs:
        if in_label(text, run.start, run.end):
            continue
        if chains:
            gap = text[chains[-1][-1].end:run.start]
            if len(gap) <= _MAX_BRIDGE and "\n" not in gap and "?" not in gap and \
                    _BRIDGE.fullmatch(gap) is not None and not _sentence_ends(text, gap, run):
                chains[-1].append(run)
                continue
        chains.append([run])
    return chains


def _ordinary(text: str, chain: list[NumberRun]) -> bool:
    """Whether a long chain is an ordinary number: money, typed dates or years, times."""
    start, end = chain[0].start, chain[-1].end
    surface = text[start:end]
    if _MONEY_BEFORE.search(text, max(0, start - 3), start) or _MONEY_AFTER.match(text, end):
        return True
    if _THOUSANDS.fullmatch(surface) or _TYPED_DATE.fullmatch(surface):
        return True
    if _COUNTED.match(text, end):
        return True  # "1234567 patients", "two two four five, six six seven people"
    items = [item for run in chain for item in run.items]
    if all(not item.words and (_YEAR.fullmatch(item.digits) or _CLOCK.fullmatch(item.digits))
           for item in items):
        return True  # "2019, 2020, 2021", "at 0800, 1200 and 1600 hours"
    if ":" in surface:
        return True
    if _FRACTIONS.fullmatch(surface):
        return True  # "Pain 4/10, then 9/10, then 8/10": ratings typed as fractions
    joined = "".join(item.digits for item in items)
    if _SERVICE.fullmatch(joined):
        return True  # "one one one, then nine nine nine"
    if len(joined) == len(items) >= MIN_DIGITS and (joined in "0123456789" or joined in "9876543210"):
        return True  # counting: "one, two, three, four, five, six, seven"
    if len(items) >= 5 and all(item.words and not item.digits.startswith("0") and
                               not _REPEAT.match(text, item.start) for item in items) and \
            in_order([int(item.digits) for item in items if item.digits.isdigit()]):
        return True  # counting down from ten, a list of ages: "two, four, five, seven, eleven"
    # an identifier is read digit by digit, typed in groups or opens with 0 / +44; numbers
    # said as counts are not: "twelve, fifteen, twenty-five", "twenty-four seven, sixty-forty"
    singles = sum(1 for item in items if len(item.digits) == 1)  # "4 8 5 7 ..." too
    typed = any(not item.words and len(item.digits.lstrip("+")) >= 3 for item in items)
    repeated = any(_REPEAT.match(text, item.start) for item in items)  # "double four"
    return not (singles >= 3 or typed or repeated or items[0].digits.startswith(("0", "+")))


def in_order(values: list[int]) -> bool:
    """Five or more values each above (or each below) the one before: counting, a list of ages
    or sizes (a number read out digit by digit repeats and turns back)."""
    if len(values) < 5:
        return False
    pairs = list(pairwise(values))
    return all(b > a for a, b in pairs) or all(b < a for a, b in pairs)


def a_thing(text: str, start: int) -> bool:
    """A thing's reference named just before, and no person's identifier."""
    low = max(0, start - 60)
    window = text[low:start]
    cut = max(window.rfind("\n"), window.rfind(". "), window.rfind("? "),
              _label_end(text, start) - 1 - low)
    clause = window[cut + 1:] if cut >= 0 else window
    # searched in the text itself, so that "area code" cut to "a code" by the window is seen
    thing = _THING.search(text, start - len(clause), start)
    if thing is None:
        return False
    at = thing.start() - (start - len(clause))
    return _PERSONAL.search(clause[at:]) is None and _PERSONAL.search(clause[:at]) is None


def _label_end(text: str, pos: int) -> int:
    """Where the speaker label of the line holding ``pos`` ends (the line's start if it has
    none): a label's mode ("Resp (phone):", "Phone participant:") is how the interview was
    held, not a word about the number said in the turn."""
    line_start = line_bounds(text, pos)[0]
    end = label_end(text, line_start)
    return end if end <= pos else line_start


def entity_of(text: str, start: int, end: int, digits: str) -> str:
    kinds = context_kinds(text, start, end)
    if "chi" in kinds or "nhs" in kinds:
        return "NHS_NUMBER"
    if "gmc" in kinds:
        return "GMC_NUMBER"
    if "phone" in kinds or digits.startswith(("0", "+", "44")):
        return "PHONE"
    if len(digits) == 10:
        return "NHS_NUMBER"
    if len(digits) == 7:
        return "GMC_NUMBER"
    return "PHONE"


def _cued(text: str, start: int, end: int) -> bool:
    """A person's identifier named just before or just after, in the same sentence, no thing's
    word between ("my GMC's seven oh one two", "it ends six four one two, the mobile")."""
    cue = _CUE.search(text, max(0, start - 60), start)
    if cue is not None and _THING.search(cue.group("between")) is None:
        return True
    after = _CUE_AFTER.match(text, end)
    return after is not None and _THING.search(after.group("between")) is None


_TURN_END = re.compile(r"[ \t]*[,.;]?[ \t]*(?:\n|\Z)")


def _ends_turn(text: str, end: int) -> bool:
    """Whether the number is the last thing said in its turn."""
    return _TURN_END.match(text, end) is not None


def find_digit_chains(text: str, runs: Sequence[NumberRun]) -> list[Finding]:
    """Numbers of seven or more digits, corrected or split across turns (see the module)."""
    chains = _chains(text, runs)
    findings: list[Finding] = []
    done: set[int] = set()
    for index, chain in enumerate(chains):
        digits = "".join(run.digits for run in chain)
        start, end = chain[0].start, chain[-1].end
        count = sum(_digit_count(run) for run in chain)
        if index not in done and count >= MIN_DIGITS and not _ordinary(text, chain) and \
                not a_thing(text, start):
            findings.append(Finding(start, end, entity_of(text, start, end, digits), _SCORE,
                                    DETECTOR))
            done.add(index)
        if index not in done and SHORT_DIGITS <= count < MIN_DIGITS and \
                _cued(text, start, end) and not _ordinary(text, chain) and \
                not a_thing(text, start):
            findings.append(Finding(start, end, entity_of(text, start, end, digits), _SHORT_SCORE,
                                    DETECTOR))
            done.add(index)
        if index not in done and 5 <= count < MIN_DIGITS and digits.startswith("0") and \
                sum(1 for run in chain for item in run.items if item.words and (
                    len(item.digits) == 1 or _REPEAT.match(text, item.start))) >= 3 and \
                not a_thing(text, start):
            # the start of a UK number read digit by digit, the rest not said or said apart:
            # "the start I know, oh seven nine four one", "area code's oh one eight three five"
            findings.append(Finding(start, end, "PHONE" if not context_kinds(text, start, end)
                                    & {"chi", "nhs", "gmc"} else entity_of(text, start, end, digits),
                                    _SHORT_SCORE, DETECTOR))
            done.add(index)
        if count < 2 or not (trails_off(text, end) or _ends_turn(text, end)):
            continue
        # the number trailed off: the first chain of the speaker's next turn may carry it on
        resumed = resumed_turn(text, end)
        later = index + 1
        while later < len(chains) and resumed is not None and chains[later][0].start < resumed:
            later += 1
        if resumed is None or later >= len(chains) or chains[later][0].start != resumed:
            continue
        nxt = chains[later]
        more = sum(_digit_count(run) for run in nxt)
        if more >= 2 and count + more >= MIN_DIGITS and \
                not _ordinary(text, chain) and not _ordinary(text, nxt) and \
                not a_thing(text, start):
            entity = entity_of(text, start, end, digits + "".join(run.digits for run in nxt))
            if index not in done:
                findings.append(Finding(start, end, entity, _SPLIT_SCORE, DETECTOR))
                done.add(index)
            if later not in done:
                findings.append(Finding(nxt[0].start, nxt[-1].end, entity, _SPLIT_SCORE,
                                        DETECTOR))
                done.add(later)
    return findings
