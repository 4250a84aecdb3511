"""What spaCy's NER reads: only the sentences where it can add something, packed together.

The statistical model is most of the engine's cost, and most sentences of a transcript give it
nothing to do: names that the word lists know ("Sarah", "Gateshead"), the register's names,
acronyms, dictionary words at the start of a sentence ("Burnout", "Honestly") and the
capitalised vocabulary of the NHS ("Clinical Director", "the Trust") are found (or kept) by
the pattern recognizers, which always see the whole text. A sentence goes to the model only when
it holds a capitalised word that nothing else explains: an unknown name, a dictionary word
capitalised mid-sentence ("at King's"). Those sentences are packed into one short text::

    packed = NerInput.of(text)
    doc = nlp(packed.text)
    packed.original(span_start), packed.original(span_end)   # offsets in ``text``

NER's window is a few tokens, so a sentence read alone gives the same entities as in context.

A sentence also goes to the model when it may hold a date or an age: a calendar or age cue (a
month, a weekday, a holiday, a season, a year-like number, "born", "birthday", "aged", "age",
"years old") together with a number in digits or words. Plain Presidio's NER reads every
sentence and redacts every DATE it finds; reading these too lets :mod:`.ner_dates` judge every
date and age spaCy would have found, so DATE and AGE recall are at least plain Presidio's by
construction rather than by the finders' phrase lists.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from vault.anonymise.calendar_words import (
    MONTH_TABLE,
    UNAMBIGUOUS_LOWER_MONTHS,
    WEEKDAY_STEMS,
    alternation,
    lowered,
    shortened_alternation,
)
from vault.anonymise.recognizers import COMMON_CAPITALISED, first_names, known_place
from vault.anonymise.wordlists import english_words, vernacular_word, word_names

__all__ = ["NerInput", "may_hold_date_or_age", "ner_sentences", "ner_view"]

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z'’-]+(?!\w)")
_LABEL_AT_LINE_START = re.compile(
    r"^[ \t]*(?:[\[(]?[\d:.,]+[\])]?[ \t]*)?[A-Za-z]{1,12}(?:[ \t]?\d{1,3})?[ \t]*:", re.MULTILINE)
_OPENING = re.compile(r"\A[ \t]*(?:(?:[Uu]m|[Ee]r|[Ee]rm|[Ss]o|[Aa]nd|[Bb]ut|[Yy]eah|[Oo]h|[Ww]ell|"
                      r"[Ll]ike|I[ \t]+mean|[Oo]kay|[Rr]ight),?[ \t]+)*")
_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                 r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                 r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|second|third|"
                 r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|"
                 r"twentieth|thirtieth")
#: the months whose names are everyday words ("may", "march"), as cues only capitalised or in
#: capitals ("May", "MARCH", "Mar"); the others in any case, name or abbreviation ("jun", "Sept")
_CASED_MONTHS = alternation(form for name, abbrevs in MONTH_TABLE
                            if name.lower() not in UNAMBIGUOUS_LOWER_MONTHS
                            for form in (name, name.upper(), *abbrevs))
_ANY_CASE_MONTHS = shortened_alternation(row for row in MONTH_TABLE
                                         if row[0].lower() in UNAMBIGUOUS_LOWER_MONTHS)
#: a calendar or age cue: what makes a sentence with a number worth the model's date judgement
_DATE_OR_AGE_CUE = re.compile(
    r"\b(?:" + _CASED_MONTHS + r")\b|(?i:\b(?:" + _ANY_CASE_MONTHS + r"|"
    r"(?:" + alternation(lowered(WEEKDAY_STEMS)) + r")day|"
    r"christmas|xmas|easter|hogmanay|halloween|diwali|eid|hanukk?ah|passover|new[ \t]+year|"
    r"boxing[ \t]+day|bank[ \t]+holiday|spring|summer|autumn|winter|born|birthday|birthdays|"
    r"aged?|old|turn(?:ed|ing|s)?|years?[- \t]+old|(?:19|20)\d\d|['’]\d\d|nineteen|thousand)\b)")
#: a number in digits or words (cardinal or ordinal)
_ANY_NUMBER = re.compile(r"(?i)\d|\b(?:" + _NUMBER_WORDS + r")\b")
#: between two packed sentences; NER never joins entities across a blank line here
SEPARATOR = "\n\n"
#: a run of marks no name is made of ("((((", '""""', "*****"): spaCy's tokenizer strips a word's
#: marks one at a time and hands the rest back each time, so a run of thousands costs the square
#: of its length; the model reads it as spaces instead (the same length, so offsets are kept)
_MARK_RUN = re.compile(r"[^\w\s]{64,}")

#: capitalised words of the NHS's own vocabulary: roles, services, parts of organisation names
#: that the pattern recognizers read; alone they give the model nothing to find
ORGANISATION_VOCABULARY: frozenset[str] = frozenset("""
Director Directors Clinical Medical Manager Lead Nurse Nurses Practice Surgery Hospital Hospitals
Royal General Infirmary College Colleges University Centre Health Care Service Services Team
Department Unit Ward Board Trust Foundation Primary Secondary National Guardian Safe Working
Freedom Speak Up Occupational Human Resources Chief Executive Officer Head Associate Deputy
Senior Junior Programme Training Education School Faculty Academy Council Society Association
Committee Scheme Network Group Partnership Healthcare Community Mental Public Emergency
Department Intensive Acute Medicine Surgery Consultant Consultants Registrar Registrars Matron
Sister Doctor Doctors Professor Practitioner Practitioners Wellbeing Well-being Mentoring Coaching
Supervision Appraisal Revalidation Reflection Helper Skilled Model Window Rounds Teaching
Road Street Lane Avenue Drive Close Crescent Terrace Place Gardens Court Grove Square Park Way
Flat North South East West Northern Southern Eastern Western Upper Lower Great Little New Old
Mm Mmm Mm-hm Mhm Uh-huh Hmm Ah Ooh Aw Ha Haha Yep Yup Nope
""".split())  # noqa: SIM905


@functools.cache
def _explained() -> frozenset[str]:
    return first_names() | word_names() | COMMON_CAPITALISED | ORGANISATION_VOCABULARY


_CONTRACTION = re.compile(r"['’](?:re|ve|d|ll|m|t|s)$")


def ner_worthy(word: str, *, sentence_initial: bool, known: frozenset[str] = frozenset()) -> bool:
    """Whether a capitalised word is one the model should look at (see the module docstring).

    :param known: more words the recognizers explain (the policy's terms, register names).
    """
    if _CONTRACTION.search(word) and word.split("'")[0].split("’")[0].lower() in english_words():
        return False  # "We're", "They'd"
    word = re.sub(r"['’]s?$", "", word)
    if len(word) < 2 or word.rstrip("s").isupper() or word.startswith(("I'", "I’")):
        return False  # acronyms ("RVI", "GPs"): the patterns read them
    if word in _explained() or word in known or known_place(word):
        return False
    lower = word.lower()
    if lower in english_words() or (lower.endswith("s") and lower[:-1] in english_words()) \
            or vernacular_word(word):
        return not sentence_initial  # "at King's" yes; "Burnout was...", "Dinnae ask" no
    return True


def may_hold_date_or_age(sentence: str) -> bool:
    """Whether ``sentence`` has a calendar or age cue and a number: the model reads it for its
    DATE spans (see the module docstring)."""
    return _DATE_OR_AGE_CUE.search(sentence) is not None and _ANY_NUMBER.search(sentence) is not None


def ner_sentences(text: str, known: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text`` that the model should read."""
    return [(start, end) for start, end, _ in _marked_sentences(text, known)]


def _marked_sentences(text: str, known: frozenset[str]) -> list[tuple[int, int, bool]]:
    """(start, end, for dates only) of the sentences the model should read; a sentence let
    through only for its calendar or age cue gives the model nothing else to find (its
    capitalised words are explained), so only its DATE spans are used."""
    labels = {m.end() for m in _LABEL_AT_LINE_START.finditer(text)}
    out: list[tuple[int, int, bool]] = []
    for match in _SENTENCE.finditer(text):
        start = match.start()
        sentence = match.group()
        opening = _OPENING.match(sentence)
        first = opening.end() if opening else 0
        for cap in _CAPITALISED.finditer(sentence):
            end = start + cap.end()
            if end in labels or end + 1 in labels:
                continue  # a speaker label ("Interviewer:", "PR:")
            if ner_worthy(cap.group(), sentence_initial=cap.start() <= first, known=known):
                out.append((start, match.end(), False))
                break
        else:
            if may_hold_date_or_age(sentence):  # asked only of sentences no capital sent
                out.append((start, match.end(), True))
    return out


def ner_view(text: str) -> str:
    """``text`` with every sentence the model need not read blanked to spaces (offsets kept)."""
    out = [" "] * len(text)
    for start, end in ner_sentences(text):
        out[start:end] = text[start:end]
    return "".join(c if c in "\n" else o for c, o in zip(text, out))


@dataclass(frozen=True)
class NerInput:
    """The sentences worth the model's time, packed into one text, and the way back."""

    text: str
    #: packed offset where each sentence starts, and that sentence's offset in the original
    packed_starts: tuple[int, ...]
    original_starts: tuple[int, ...]
    #: whether each sentence was let through only for a date or an age (use only its DATEs)
    dates_only: tuple[bool, ...] = ()

    @classmethod
    def of(cls, text: str, known: frozenset[str] = frozenset()) -> NerInput:
        """:param known: words the recognizers explain beyond the shipped lists."""
        parts: list[str] = []
        packed: list[int] = []
        original: list[int] = []
        only: list[bool] = []
        cursor = 0
        for start, end, dates_only in _marked_sentences(text, known):
            only.append(dates_only)
            if parts:
                parts.append(SEPARATOR)
                cursor += len(SEPARATOR)
            packed.append(cursor)
            original.append(start)
            parts.append(_MARK_RUN.sub(lambda m: " " * len(m.group()), text[start:end]))
            cursor += end - start
        return cls("".join(parts), tuple(packed), tuple(original), tuple(only))

    def for_dates_only(self, offset: int) -> bool:
        """Whether the packed sentence at ``offset`` was let through only for its dates."""
        index = bisect.bisect_right(self.packed_starts, offset) - 1
        return 0 <= index < len(self.dates_only) and self.dates_only[index]

    def original(self, offset: int) -> int:
        """The offset in the original text of a packed offset (inside a packed sentence)."""
        index = bisect.bisect_right(self.packed_starts, offset) - 1
        if index < 0:
            return offset
        return self.original_starts[index] + offset - self.packed_starts[index]
