"""The Presidio side of the spoken-form finders: one recognizer that runs them all once per text.

``SpokenFormsRecognizer`` parses the text's numbers once (:func:`number_runs`) and hands them
to every finder, so adding the spoken forms costs one pass of each precompiled pattern, not one
parse per identifier type. Results carry the finder's name ("spoken_date", "spoken_number", ...)
as the recognizer name, which the engine records as the detector in the redaction log.
"""
from __future__ import annotations

import bisect
import re
from typing import Any, ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult

from vault.anonymise.recognizers import DESPITE_ALLOWED_KEY
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.addresses import (
    address_lines,
    find_address_shapes,
    find_exchange_towns,
    find_spoken_addresses,
    lines_after_streets,
    numbers_before_houses,
)
from vault.anonymise.spoken.ages import age_said_at, find_ages
from vault.anonymise.spoken.captions import (
    find_caption_addresses,
    find_caption_postcodes,
    postcodes_after_addresses,
)
from vault.anonymise.spoken.dates import DATE_PUT_RIGHT, MONTH_PUT_RIGHT, find_dates
from vault.anonymise.spoken.dates import DETECTOR as DATE_DETECTOR
from vault.anonymise.spoken.density import find_dense_numbers
from vault.anonymise.spoken.dictation import plain_dictation, stretch_over_held
from vault.anonymise.spoken.digit_chains import find_digit_chains
from vault.anonymise.spoken.eircodes import find_eircodes
from vault.anonymise.spoken.emails import find_spoken_emails
from vault.anonymise.spoken.events import find_event_dates
from vault.anonymise.spoken.identifiers import find_identifier_numbers
from vault.anonymise.spoken.initials import find_initialled_names
from vault.anonymise.spoken.learned_ages import check_model as check_age_model
from vault.anonymise.spoken.learned_ages import find_learned_ages
from vault.anonymise.spoken.learned_dates import check_model as check_date_model
from vault.anonymise.spoken.learned_dates import find_learned_dates
from vault.anonymise.spoken.letter_runs import find_letter_runs
from vault.anonymise.spoken.mentions import a_count, find_changed_tails, whole_mentions
from vault.anonymise.spoken.numbers import (
    TEEN_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    NumberRun,
    number_runs,
)
from vault.anonymise.spoken.numerals import plain_numerals
from vault.anonymise.spoken.parts import find_number_parts, stitch_bad_line, zero_led_numbers
from vault.anonymise.spoken.postcodes import find_postcodes
from vault.anonymise.spoken.registrations import registration_codes, registration_numbers
from vault.anonymise.spoken.spelling import find_spelled_names
from vault.anonymise.spoken.tagger import check_model, find_tagged
from vault.anonymise.spoken.turns import label_end, line_bounds
from vault.anonymise.wordlists import DATE_OF_BIRTH_WORDS

__all__ = ["SpokenFormsRecognizer", "find_spoken_forms"]

#: the entities the finders emit
SPOKEN_ENTITIES: tuple[str, ...] = (
    "DATE", "AGE", "PHONE", "NHS_NUMBER", "GMC_NUMBER", "POSTCODE", "EMAIL", "PERSON", "LOCATION")


#: what a speaker says between a wrong value and the right one: "no", "sorry", "hang on", "I
#: mean", "I tell a lie", "scratch that", "make that" ... with fillers, "the", punctuation
_CORRECTION = re.compile(
    r"(?:[ \t,;.…?!\-–—]|(?<![A-Za-z])(?i:um|umm|uh|er|erm|the|well|oh|or|it['’]s|it[ \t]+was)"
    r"(?![A-Za-z]))*"
    r"(?<![A-Za-z])(?i:no|nope|sorry|wait|oops|actually|rather|correction|(?:hang|hold)[ \t]+on|"
    r"I[ \t]+mean|I[ \t]+meant|scratch[ \t]+that|I[ \t]+tell[ \t]+a[ \t]+lie|I[ \t]+lie|"
    r"make[ \t]+(?:that|it)|not)(?![A-Za-z])"
    r"(?:[ \t,;.…?!\-–—]|(?<![A-Za-z])(?i:um|umm|uh|er|erm|the|no|sorry|wait|actually|"
    r"(?:hang|hold)[ \t]+on|I[ \t]+mean|it['’]s|it[ \t]+was|it[ \t]+is|make[ \t]+(?:that|it))"
    r"(?![A-Za-z]))*")
_MAX_CORRECTION = 40
#: a sentence ends between the two values: a new statement, not a correction
_SENTENCE_END = re.compile(r"(?<!\.)\.(?!\.)[ \t]+[A-Z]")


def _corrections(text: str, findings: list[Finding], runs: list[NumberRun]) -> list[Finding]:
    """A value put right straight after it was said is one mention from the first value to the
    second: "Twenty-eight, no, twenty-nine", "the eighteenth, no, hang on, the seventeenth of
    January" (the wrong value is a near-copy of the right one, and the words between would
    be left standing alone). So is a number broken off and taken up again
    (:data:`_INTERRUPTION`: "three four two seven, sorry, it's doubling up, three four two
    seven", "oh seven — can you hear me? — five five six", "oh eight oh three, hang on, she's
    writing it, nine seven one"), and a value whose wrong half no finder read as one
    (:func:`_repaired`: "sixty-six, no, hang on, it's fifty-six Portswood Road")."""
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    joined = []
    starts = [f.start for f in ordered]
    for first in ordered:
        at = bisect.bisect_left(starts, first.end)
        if at >= len(ordered):
            continue
        second = ordered[at]
        if second.start - first.end > _MAX_BRIDGE:
            continue
        same = first.entity == second.entity
        if not same and not {first.entity, second.entity} <= _NUMBER_ENTITIES:
            continue
        gap = text[first.end:second.start]
        if "\n" in gap or _SENTENCE_END.search(gap):
            continue
        if same and len(gap) <= _MAX_CORRECTION and (
                _CORRECTION.fullmatch(gap) is not None or _repaired_number(first, second, gap)):
            joined.append(Finding(first.start, second.end, first.entity,
                                  min(first.score, second.score), first.detector))
        elif _BRIDGE.fullmatch(gap) is not None:
            # one number said across the break: the type of its longer part
            entity = (first if first.end - first.start >= second.end - second.start
                      else second).entity
            joined.append(Finding(first.start, second.end, entity,
                                  max(first.score, second.score), first.detector))
    return joined + _repaired(text, findings, runs) + _dates_put_right(text, findings)


def _dates_put_right(text: str, findings: list[Finding]) -> list[Finding]:
    """A date whose month or year is put right straight after it, or that puts right a month
    said just before it, the correction inside the mention ("the ninth of January -- sorry --
    March"; "born nineteen eighty-one, I mean, eighty-two"; "January, scratch that, July the
    eleventh"): no finder reads the month or the short year said alone."""
    out = []
    for f in findings:
        if f.entity != "DATE":
            continue
        start, end = f.start, f.end
        fix = _CORRECTION.match(text, f.end)
        if fix is not None and fix.end() > f.end and _is_repair(fix.group()):
            right = DATE_PUT_RIGHT.match(text, fix.end())
            if right is not None:
                end = right.end()
        for month in MONTH_PUT_RIGHT.finditer(text, max(0, f.start - _MAX_REPAIR - 12), f.start):
            if _is_repair(text[month.end():f.start]):  # "January, scratch that, July the 11th"
                start = month.start()
                break
        if (start, end) != (f.start, f.end):
            out.append(Finding(start, end, f.entity, f.score, f.detector))
    return out


#: what a speaker puts between two parts of one number besides a correction: a group said
#: again for a bad line ("repeat", "I say again", "sorry, it's doubling up", "you're breaking
#: up"), someone passing it on ("and then she says", "hang on, he's writing it down"), a
#: check on the line ("— can you hear me? —", "you still there?"), a short aside between two
#: long dashes ("— you went quiet there —"), a mark ("[lag]")
_GAP_FILL = (r"[ \t,;.…\-–—]|(?<![A-Za-z])(?i:um|umm|uh|er|erm|the|well|oh|and|then|so|"
             r"it['’]s|it[ \t]+is|it[ \t]+was|that['’]s)(?![A-Za-z])")
_INTERRUPTION = (
    r"(?<![A-Za-z])(?i:no|nope|sorry|wait|oops|actually|correction|(?:hang|hold)[ \t]+on|"
    r"I[ \t]+mean|scratch[ \t]+that|make[ \t]+(?:that|it)|"
    r"repeat(?:ing)?|(?:I[ \t]+)?say(?:[ \t]+(?:it|that))?[ \t]+again|again|once[ \t]+more|"
    r"(?:you['’]re|it['’]s|it[ \t]+is|you[ \t]+are|the[ \t]+line['’]s)[ \t]+"
    r"(?:doubling[ \t]+up|echoing|breaking[ \t]+up|cutting[ \t]+out)|"
    r"(?:(?:she|he|they)(?:['’]s|[ \t]+is|[ \t]+was)?|I['’]m)[ \t]+(?:says?|said|saying|"
    r"writing[ \t]+it(?:[ \t]+down)?|reading[ \t]+it(?:[ \t]+(?:out|off))?|checking)|"
    # the speaker searching their memory or going on to the next part ("oh seven seven one
    # two... what is it... three four five", "..., and the last six are three four ...")
    r"what[ \t]+is[ \t]+it|what['’]s[ \t]+(?:it|next)|how[ \t]+does[ \t]+it[ \t]+go|"
    r"where[ \t]+was[ \t]+I|let[ \t]+me[ \t]+(?:find|get|look[ \t]+at)[ \t]+(?:it|that)|"
    r"(?:and[ \t]+)?(?:then[ \t]+)?the[ \t]+(?:rest|last|next[ \t]+(?:bit|part)|end[ \t]+bit)"
    r"(?:[ \t]+(?:bit|part|digits|numbers))?(?:[ \t]+(?:is|are|goes|go))?|"
    r"(?:and[ \t]+)?then[ \t]+it(?:['’]s|[ \t]+goes))"
    r"(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:[A-Za-z'’]+[ \t]+){1,5}[A-Za-z'’]+\?"  # "can you hear me?"
    r"|(?<=[—–])[ \t]*(?:[A-Za-z'’]+[ \t]+){1,5}[A-Za-z'’]+[!.]?(?=[ \t]*[—–])"  # "— you froze —"
    r"|\[[^\[\]\n]{1,40}\]")
_BRIDGE = re.compile(r"(?:" + _GAP_FILL + r")*(?:" + _INTERRUPTION + r")(?:" + _GAP_FILL +
                     r"|" + _INTERRUPTION + r")*")
_MAX_BRIDGE = 60
#: entities whose value a speaker puts right with a second number: "sixty-six, no, it's
#: fifty-six Portswood Road", "nineteen sixty-six, no, hang on, it's nineteen sixty-five"
_REPAIRED_ENTITIES = frozenset({"LOCATION", "DATE", "AGE", "PHONE", "NHS_NUMBER",
                                "GMC_NUMBER", "POSTCODE"})
#: a correction between a wrong number and the right one, no longer than this
_MAX_REPAIR = 30


def _repaired(text: str, findings: list[Finding], runs: list[NumberRun]) -> list[Finding]:
    """A finding with the number it corrects, or that corrects it, said next to it with a
    correction between: the wrong house number before a street, a year put right after a
    date. Only a correction word joins them ("no", "sorry", "scratch that" ...), never a
    plain comma or "and" (a second number of another kind)."""
    if not runs:
        return []
    ends = [r.end for r in runs]
    run_starts = [r.start for r in runs]
    out = []
    for f in findings:
        if f.entity not in _REPAIRED_ENTITIES or f.score < 0.5:
            continue
        start, end = f.start, f.end
        number = f.entity in _NUMBER_ENTITIES
        i = bisect.bisect_right(ends, f.start) - 1  # the last run ending at or before f
        if i >= 0 and f.start - runs[i].end <= _MAX_BRIDGE:
            gap = text[runs[i].end:f.start]
            if (_is_repair(gap) or number and _is_bridge(gap)) and \
                    _NUMBER_START.match(text, f.start) and not _GLUED.search(
                        text, max(0, runs[i].start - 2), runs[i].start) and \
                    runs[i].start >= label_end(text, line_bounds(text, f.start)[0]):
                start = runs[i].start
        j = bisect.bisect_left(run_starts, f.end)  # the first run starting at or after f's end
        if j < len(runs) and runs[j].start - f.end <= _MAX_BRIDGE:
            gap = text[f.end:runs[j].start]
            if (_is_repair(gap) or number and _is_bridge(gap)) and \
                    _NUMBER_END.search(text, max(0, f.end - 20), f.end) and \
                    not a_count(text, runs[j].end):
                end = runs[j].end
        if (start, end) != (f.start, f.end):
            out.append(Finding(start, end, f.entity, f.score, f.detector))
    return out


def _is_repair(gap: str) -> bool:
    return (len(gap) <= _MAX_REPAIR and "\n" not in gap and _SENTENCE_END.search(gap) is None
            and _CORRECTION.fullmatch(gap) is not None)  # it holds a correction word: never blank


def _is_bridge(gap: str) -> bool:
    return "\n" not in gap and _SENTENCE_END.search(gap) is None and \
        _BRIDGE.fullmatch(gap) is not None


#: a number glued to a word before it is part of a code or a label ("VC-16", "BT6")
_GLUED = re.compile(r"[A-Za-z]-?\Z")
#: a finding that opens or closes with a number (the half a repair puts right)
_NUMBER_START = re.compile(r"(?i:[0-9]|(?:a[ \t]+)?(?:one|two|three|four|five|six|seven|eight|"
                           r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                           r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                           r"ninety|hundred|oh|zero|nought|double|triple|treble)\b)")
_NUMBER_END = re.compile(r"(?i:[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                         r"ninety|hundred|oh|zero|nought|[a-z]+teen))\Z")


#: a repair said inside a number, with a few words of its own round it: "sorry, it's
#: doubling up", "no, hang on, let me look", "yes, that's it", "pardon, again"
_REPAIR = re.compile(
    r"(?i)(?<![A-Za-z])(?:sorry|no|nope|I[ \t]+mean|(?:hang|hold)[ \t]+on|again|repeat|yes|"
    r"pardon|scratch[ \t]+that|once[ \t]+more|correction|wait|I[ \t]+tell[ \t]+a[ \t]+lie)"
    r"(?![A-Za-z])")
#: what ends a number and starts another, or names another identifier
_NOT_A_REPAIR = re.compile(
    r"[?;:\[\]()0-9]|(?i:\b(?:phone|mobile|landline|home|work|ward|nhs|chi|gmc|" + DATE_OF_BIRTH_WORDS
    + r"|born|postcode|address|e-?mail|and|but)\b)")
_REPAIR_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
#: words a repair inside a number may take
_MAX_REPAIR_WORDS = 6


def _repaired_number(first: Finding, second: Finding, gap: str) -> bool:
    """Two parts of one phone, NHS or GMC number with a repair between that says more than
    the correction words alone ("six nine nine, seven one six, sorry, it's doubling up, seven
    one six"): the words between belong to the number's mention (round 18: joined only with a
    repair word, no other identifier named, no question and no new clause; on the spoken
    development sets this caught 7 leaked mentions for no ordinary word, where joining any
    two parts across four words caught 31 for 105)."""
    return first.entity in _NUMBER_ENTITIES and min(first.score, second.score) >= 0.5 and \
        _REPAIR.search(gap) is not None and _NOT_A_REPAIR.search(gap) is None and \
        len(_REPAIR_WORD.findall(gap)) <= _MAX_REPAIR_WORDS


#: a zero said alone and stopped before the rest of a number read slowly, digit by digit,
#: after "pardon?": "Oh. Seven. Seven. Nine." (the number finders begin at "Seven": "Oh." opening
#: a sentence is an interjection to them)
_ZERO_BEFORE = re.compile(r"(?<![\w'’-])(?i:oh|o|zero|nought)[.,!…]*[ \t]+\Z")
_NUMBER_ENTITIES = frozenset({"PHONE", "NHS_NUMBER", "GMC_NUMBER"})
_WORD_CHAR = re.compile(r"[^\W_]")


def find_spoken_forms(text: str) -> list[Finding]:
    """Every spoken-form identifier in ``text``, unsorted and possibly overlapping."""
    plain, held = plain_dictation(_without_lookalikes(text))
    plain, stammers = plain_numerals(plain)
    findings = _find(plain)
    findings += find_tagged(plain)  # the trained tagger: it only adds spans
    findings += find_learned_ages(plain)  # the learned age finder: it only adds spans too
    findings += find_learned_dates(plain)  # and the learned date finder
    findings = numbers_before_houses(plain, findings)  # "GMC 2359285, 15 Sluice Road"
    if held:  # a finding touching a held sound ("ni:ne") covers the whole word
        findings = [Finding(*stretch_over_held(held, f.start, f.end), f.entity, f.score,
                            f.detector) for f in findings]
    if stammers:  # a finding opening at a stammered word covers its stammer too
        findings = [Finding(stammers[f.start], f.end, f.entity, f.score, f.detector)
                    if f.start in stammers else f for f in findings]
    if plain is not text:
        findings = [_whole_words(text, f) for f in findings]
        findings += _corrections_said_through(text, plain, findings)
    return [_without_lead_word(text, _with_zero_before(text, f)) for f in findings]


#: the values a speaker puts right in words the dictation reader blanks ("hang on", "hold on",
#: "sorry": a relay's words between two parts of one number)
_CORRECTED_THROUGH = frozenset({"DATE", "AGE"})


def _corrections_said_through(text: str, plain: str,
                              findings: list[Finding]) -> list[Finding]:
    """A date or an age put right with "hang on" or "hold on" ("Forty-three, hang on,
    forty-four"; "nineteen fifty, hold on, fifty-one") is one mention, as with "no" (see
    :func:`_corrections`). The dictation reader blanks those words as a relay's, so the gap the
    finders saw was empty; the correction is read here from the words as said, between two
    findings of the same type whose gap the reader blanked; and a date's month or year put
    right so (:func:`_dates_put_right`)."""
    ordered = sorted((f for f in findings if f.entity in _CORRECTED_THROUGH),
                     key=lambda f: (f.start, -f.end))
    starts = [f.start for f in ordered]
    out = []
    for first in ordered:
        joined = False
        # from the first finding that starts after this one ends (see :func:`_corrections`)
        for k in range(bisect.bisect_right(starts, first.end), len(ordered)):
            second = ordered[k]
            if second.start - first.end > _MAX_CORRECTION:
                break
            if second.entity != first.entity:
                continue
            gap = text[first.end:second.start]
            if plain[first.end:second.start] != gap and _is_repair(gap):
                out.append(Finding(first.start, second.end, first.entity,
                                   min(first.score, second.score), first.detector))
                joined = True
                break
        if not joined and first.entity == "AGE":
            # the right age no finder read alone: "twenty-two -- hang on -- twenty-three when"
            fix = _CORRECTION.match(text, first.end)
            if fix is not None and fix.end() > first.end and \
                    plain[first.end:fix.end()] != fix.group() and _is_repair(fix.group()):
                end = age_said_at(text, fix.end())
                if end is not None:
                    out.append(Finding(first.start, end, first.entity, first.score,
                                       first.detector))
    return out + _dates_put_right(text, findings)


#: letters a case-insensitive pattern takes for an ASCII letter although ``str.lower`` keeps them
#: apart: long s, Kelvin sign, Turkish dotless and dotted i ("ſix" matches "six" under
#: IGNORECASE but "ſix".lower() is no key of a table of number words: a KeyError or a failed
#: assertion inside a finder stopped a whole run)
_LOOKALIKES = str.maketrans({"\u017f": "s", "\u212a": "K", "\u0131": "i", "\u0130": "I"})
_LOOKALIKE = re.compile("[\u017f\u212a\u0131\u0130]")


def _without_lookalikes(text: str) -> str:
    """``text`` with each lookalike letter made the ASCII letter it matches, one character for
    one (offsets unchanged), so that every finder's patterns and its word tables agree."""
    if text.isascii() or _LOOKALIKE.search(text) is None:
        return text
    return text.translate(_LOOKALIKES)


def _whole_words(text: str, finding: Finding) -> Finding:
    """A finding ending or starting inside a word the copy rewrote ("ate" read "8  ", "chaar"
    read "4    ") covers the whole word."""
    start, end = finding.start, finding.end
    while 0 < start < len(text) and _WORD_CHAR.match(text[start - 1]) and \
            _WORD_CHAR.match(text[start]):
        start -= 1
    while 0 < end < len(text) and _WORD_CHAR.match(text[end - 1]) and _WORD_CHAR.match(text[end]):
        end += 1
    if (start, end) == (finding.start, finding.end):
        return finding
    return Finding(start, end, finding.entity, finding.score, finding.detector)


def _with_zero_before(text: str, finding: Finding) -> Finding:
    """A confident number finding with the zero said alone before it ("Oh. Seven. Seven."),
    and a phone with the "plus" of its country code ("plus four four, seven ..."), whichever
    finder read it (the tagger reads a number put right inside, "... six four nine - no, sorry,
    ...", from its "four four" on)."""
    if finding.entity not in _NUMBER_ENTITIES or finding.score < 0.5:
        return finding
    if finding.entity == "PHONE":
        plus = _PLUS_BEFORE.search(text, max(0, finding.start - 8), finding.start)
        if plus is not None:
            return Finding(plus.start(), finding.end, finding.entity, finding.score,
                           finding.detector)
    zero = _ZERO_BEFORE.search(text, max(0, finding.start - 12), finding.start)
    if zero is None:
        return finding
    return Finding(zero.start(), finding.end, finding.entity, finding.score, finding.detector)


#: the "plus" of a country code said before a phone number
_PLUS_BEFORE = re.compile(r"(?<![\w'’-])(?i:plus)[ \t]+\Z")


#: a number's first word that is no digit of it: the pronoun "one" after a determiner ("the
#: NHS one? six double eight ...", "the old one, zero seven ...", "New one is oh seven ...",
#: "a Sway one, five six seven"), and "twice" said of the reading, not of a digit ("I read it
#: out twice, nine three one ...": a digit said twice has its digit before "twice")
_LEAD_WORD = re.compile(r"(?i)(?P<word>one|twice)(?:[ \t]*(?:[,;:?!]|\.{3}|…)+[ \t]*|"
                        r"(?:['’]s|[ \t]+(?:is|was))[ \t]+)")
_DETERMINED = re.compile(r"(?i)(?<![\w'’-])(?:the|an?|my|your|his|her|their|our|its|this|that|"
                         r"which|each|every|another|any|new|old|other|same|last|only|right|"
                         r"wrong)(?:[ \t]+[\w'’-]+){0,2}[ \t]+\Z")
_WORD_BEFORE = re.compile(r"(?P<word>[\w'’-]+)[^\w\n]*\Z")
#: where what was said before a word stops counting: a sentence's end, a line's, a speaker's
#: label ("RT-01:", "[00:34:12] P14:": their digits are no number said)
_SENTENCE_BREAK = re.compile(r"[.?!:\n\]]")
_WORDS = re.compile(r"[\w'’]+")
_DIGIT_WORDS = frozenset({"oh", "o", "zero", "nought", "naught", "nil", "null", "double", "triple",
                          "treble", "hundred", *UNIT_WORDS, *TEEN_WORDS, *TENS_WORDS})


def _without_lead_word(text: str, finding: Finding) -> Finding:
    """A phone, NHS/CHI or GMC number opening at a word that is not one of its digits starts
    after it (see :data:`_LEAD_WORD`); the digit words that follow are the number."""
    if finding.entity not in _NUMBER_ENTITIES:
        return finding
    lead = _LEAD_WORD.match(text, finding.start, finding.end)
    if lead is None or lead.end() >= finding.end:
        return finding
    before = _WORD_BEFORE.search(text, max(0, finding.start - 40), finding.start)
    if before is None or before.group("word").lower() in _DIGIT_WORDS or \
            before.group("word").isdigit():
        return finding  # "eight, twice, four one": the digit before it, said again
    if lead.group("word").lower() == "one" and _DETERMINED.search(
            text, max(0, finding.start - 60), finding.start) is None:
        return finding  # "it's one, five six seven": the number's first digit
    said = text[max(0, finding.start - 50):finding.start]
    said = _SENTENCE_BREAK.split(said)[-1]
    if any(w.lower() in _DIGIT_WORDS or w.isdigit() for w in _WORDS.findall(said)):
        return finding  # "oh seven five five, it's a new one, four one ...": a number taken up
        # again in its sentence, the "one" its next digit
    return Finding(lead.end(), finding.end, finding.entity, finding.score, finding.detector)


def _find(text: str) -> list[Finding]:
    runs = number_runs(text)
    findings = [*find_identifier_numbers(text, runs), *find_digit_chains(text, runs),
                *find_dates(text, runs), *find_ages(text, runs),
                *find_postcodes(text), *find_caption_postcodes(text), *find_eircodes(text),
                *find_event_dates(text), *find_spoken_emails(text), *find_spelled_names(text),
                *find_initialled_names(text), *find_spoken_addresses(text),
                *find_exchange_towns(text),
                *find_caption_addresses(text),
                *find_address_shapes(text), *find_letter_runs(text),
                *find_changed_tails(text), *find_number_parts(text)]
    findings += postcodes_after_addresses(text, findings)
    findings += find_dense_numbers(text, findings)
    findings += whole_mentions(text, findings, runs)
    findings += zero_led_numbers(text, findings)
    findings += stitch_bad_line(text, findings)
    findings += registration_numbers(text, findings)
    findings += registration_codes(text, runs)
    lines = address_lines(text, findings)
    findings.extend(lines)
    after = lines_after_streets(text, findings)
    findings.extend(after)
    findings.extend(postcodes_after_addresses(text, [*lines, *after], streets=False))
    return findings + _corrections(text, findings, runs)


class SpokenFormsRecognizer(EntityRecognizer):
    """Identifiers as people say them (see :mod:`vault.anonymise.spoken`)."""

    #: the finders whose finds stand even where the policy allows their words
    #: (:data:`~vault.anonymise.recognizers.DESPITE_ALLOWED_KEY`): a spoken date is a date
    #: though its words are allowed so that they are no one's name ("Boxing Day", "Good Friday,
    #: twenty twelve")
    FINDERS_DESPITE_ALLOWED: ClassVar[frozenset[str]] = frozenset({DATE_DETECTOR})

    def __init__(self) -> None:
        super().__init__(supported_entities=list(SPOKEN_ENTITIES), name="spoken_forms")

    def load(self) -> None:
        """The patterns compile at import; the trained tagger's, the age finder's and the date
        finder's models are checked now, so that a missing or damaged model stops a run before
        its first file."""
        check_model()
        check_age_model()
        check_date_model()

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        wanted = set(entities)
        return [RecognizerResult(
            entity_type=f.entity, start=f.start, end=f.end, score=f.score,
            recognition_metadata=self._metadata(f.detector))
            for f in find_spoken_forms(text) if f.entity in wanted]

    def _metadata(self, detector: str) -> dict[str, Any]:
        metadata: dict[str, Any] = {RecognizerResult.RECOGNIZER_NAME_KEY: detector,
                                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        if detector in self.FINDERS_DESPITE_ALLOWED:
            metadata[DESPITE_ALLOWED_KEY] = True
        return metadata
