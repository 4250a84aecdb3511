"""The Presidio side of the spoken-form finders: one recognizer that runs them all once per text.

``SpokenFormsRecognizer`` parses the text's numbers once (:func:`number_runs`) and hands them
to every finder, so adding the spoken forms costs one pass of each precompiled pattern, not one
parse per identifier type. Results carry the finder's name ("spoken_date", "spoken_number", ...)
as the recognizer name, which the engine records as the detector in the redaction log.
"""
from __future__ import annotations

import bisect
import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.addresses import (
    address_lines,
    find_address_shapes,
    find_spoken_addresses,
    numbers_before_houses,
    towns_after_streets,
)
from vault.anonymise.spoken.ages import find_ages
from vault.anonymise.spoken.captions import (
    find_caption_addresses,
    find_caption_postcodes,
    postcodes_after_addresses,
)
from vault.anonymise.spoken.dates import find_dates
from vault.anonymise.spoken.density import find_dense_numbers
from vault.anonymise.spoken.dictation import plain_dictation, stretch_over_held
from vault.anonymise.spoken.digit_chains import find_digit_chains
from vault.anonymise.spoken.eircodes import find_eircodes
from vault.anonymise.spoken.emails import find_spoken_emails
from vault.anonymise.spoken.events import find_event_dates
from vault.anonymise.spoken.identifiers import find_identifier_numbers
from vault.anonymise.spoken.initials import find_initialled_names
from vault.anonymise.spoken.letter_runs import find_letter_runs
from vault.anonymise.spoken.mentions import find_changed_tails, whole_mentions
from vault.anonymise.spoken.numbers import number_runs
from vault.anonymise.spoken.numerals import plain_numerals
from vault.anonymise.spoken.parts import find_number_parts, stitch_bad_line, zero_led_numbers
from vault.anonymise.spoken.postcodes import find_postcodes
from vault.anonymise.spoken.registrations import registration_numbers
from vault.anonymise.spoken.spelling import find_spelled_names
from vault.anonymise.spoken.tagger import check_model, find_tagged

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


def _corrections(text: str, findings: list[Finding]) -> list[Finding]:
    """A value put right straight after it was said is one mention from the first value to the
    second: "Twenty-eight, no, twenty-nine", "the eighteenth, no, hang on, the seventeenth of
    January" (the wrong value is a near-copy of the right one, and the words between would
    be left standing alone)."""
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    joined = []
    starts = [f.start for f in ordered]
    for first in ordered:
        at = bisect.bisect_left(starts, first.end)
        if at >= len(ordered):
            continue
        second = ordered[at]
        if first.entity != second.entity or second.start - first.end > _MAX_CORRECTION:
            continue
        gap = text[first.end:second.start]
        if "\n" not in gap and not _SENTENCE_END.search(gap) and (
                _CORRECTION.fullmatch(gap) is not None or _repaired_number(first, second, gap)):
            joined.append(Finding(first.start, second.end, first.entity,
                                  min(first.score, second.score), first.detector))
    return joined


#: a repair said inside a number, with a few words of its own round it: "sorry, it's
#: doubling up", "no, hang on, let me look", "yes, that's it", "pardon, again"
_REPAIR = re.compile(
    r"(?i)(?<![A-Za-z])(?:sorry|no|nope|I[ \t]+mean|(?:hang|hold)[ \t]+on|again|repeat|yes|"
    r"pardon|scratch[ \t]+that|once[ \t]+more|correction|wait|I[ \t]+tell[ \t]+a[ \t]+lie)"
    r"(?![A-Za-z])")
#: what ends a number and starts another, or names another identifier
_NOT_A_REPAIR = re.compile(
    r"[?;:\[\]()0-9]|(?i:\b(?:phone|mobile|landline|home|work|ward|nhs|chi|gmc|dob|born|"
    r"birthday|postcode|address|e-?mail|and|but)\b)")
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
    findings = numbers_before_houses(plain, findings)  # "GMC 2359285, 15 Sluice Road"
    if held:  # a finding touching a held sound ("ni:ne") covers the whole word
        findings = [Finding(*stretch_over_held(held, f.start, f.end), f.entity, f.score,
                            f.detector) for f in findings]
    if stammers:  # a finding opening at a stammered word covers its stammer too
        findings = [Finding(stammers[f.start], f.end, f.entity, f.score, f.detector)
                    if f.start in stammers else f for f in findings]
    if plain is not text:
        findings = [_whole_words(text, f) for f in findings]
    return [_with_zero_before(text, f) for f in findings]


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
    if finding.entity not in _NUMBER_ENTITIES or finding.score < 0.5:
        return finding
    zero = _ZERO_BEFORE.search(text, max(0, finding.start - 12), finding.start)
    if zero is None:
        return finding
    return Finding(zero.start(), finding.end, finding.entity, finding.score, finding.detector)


def _find(text: str) -> list[Finding]:
    runs = number_runs(text)
    findings = [*find_identifier_numbers(text, runs), *find_digit_chains(text, runs),
                *find_dates(text, runs), *find_ages(text, runs),
                *find_postcodes(text), *find_caption_postcodes(text), *find_eircodes(text),
                *find_event_dates(text), *find_spoken_emails(text), *find_spelled_names(text),
                *find_initialled_names(text), *find_spoken_addresses(text),
                *find_caption_addresses(text),
                *find_address_shapes(text), *find_letter_runs(text),
                *find_changed_tails(text), *find_number_parts(text)]
    findings += postcodes_after_addresses(text, findings)
    findings += find_dense_numbers(text, findings)
    findings += whole_mentions(text, findings, runs)
    findings += zero_led_numbers(text, findings)
    findings += stitch_bad_line(text, findings)
    findings += registration_numbers(text, findings)
    lines = address_lines(text, findings)
    findings.extend(lines)
    towns = towns_after_streets(text, findings)
    findings.extend(towns)
    findings.extend(postcodes_after_addresses(text, [*lines, *towns], streets=False))
    return findings + _corrections(text, findings)


class SpokenFormsRecognizer(EntityRecognizer):
    """Identifiers as people say them (see :mod:`vault.anonymise.spoken`)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=list(SPOKEN_ENTITIES), name="spoken_forms")

    def load(self) -> None:
        """The patterns compile at import; the trained tagger's model is checked now, so that a
        missing or damaged model stops a run before its first file."""
        check_model()

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        wanted = set(entities)
        return [RecognizerResult(
            entity_type=f.entity, start=f.start, end=f.end, score=f.score,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: f.detector,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for f in find_spoken_forms(text) if f.entity in wanted]
