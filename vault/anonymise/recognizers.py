"""The study's Presidio recognizers: UK identifiers, healthcare organisations, places, dates,
ages, offline email, spaCy NER and the participant register.

Each recognizer is a Presidio ``EntityRecognizer`` emitting one of our entity names
(:data:`vault.anonymise.redaction_policy.ENTITY_TYPES`). :func:`build_recognizers` returns the fixed set
for a policy; :class:`RegisterRecognizer` is built per register and passed to Presidio as an
ad-hoc recognizer, so one analyser serves every register.

Scores are chosen against the default policy (threshold 0.5, review floor 0.3): a pattern that
is specific on its own scores >= 0.6; one that needs context (a bare 7-digit GMC number) scores
below the review floor and is lifted by Presidio's context enhancer when a context word ("GMC",
"registration") is within a few tokens; guesses that deserve a human look score 0.3-0.5.

Patterns are case-sensitive unless marked ``(?i)``: capitalisation is what separates "the Royal
Infirmary" from "the infirmary" and "March 2019" from "march on".
"""
from __future__ import annotations

import functools
import re as std_re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar, TypeVar

import regex as re
import tldextract
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from vault import nhs_number
from vault.anonymise import fastre, geo
from vault.anonymise.calendar_words import (
    MONTH_SHORT_FORMS,
    MONTH_TABLE,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_STEMS,
    WEEKDAYS,
    alternation,
    shortened_alternation,
)
from vault.anonymise.ner_dates import date_pieces, judge_ner_date
from vault.anonymise.number_words import ORDINAL_WORDS
from vault.anonymise.redaction_policy import RedactionPolicy
from vault.anonymise.register import Register, normalise_name
from vault.anonymise.vocabulary import MODEL_NOUNS
from vault.anonymise.wordlists import (
    CARE_HOME_KINDS,
    DATE_OF_BIRTH_WORDS,
    KIN_TITLES,
    LETTER_UNIT_MEASURES,
    MODERN_WORDS,
    UNCOUNTABLE_SURNAMES,
    YEAR_OF_BIRTH_WORDS,
    FoldedNameIndex,
    GazetteerIndex,
    fold,
    given_names,
    is_english_word,
    load_term_list,
    name_words,
    rare_word_names,
    surnames,
    trie_pattern,
    word_names,
    word_surnames,
    world_places,
)

__all__ = [
    "DOCUMENT_WORDS",
    "LEAD_IN",
    "NEVER_NAMES",
    "SIGN_OFF_LABELS",
    "AgeRecognizer",
    "CapitalisedWordRecognizer",
    "CountyRecognizer",
    "DateRecognizer",
    "EmailRecognizer",
    "FirstNameRecognizer",
    "GazetteerPlaceRecognizer",
    "GmcNumberRecognizer",
    "GradeDistrictRecognizer",
    "HealthcareOrganisationRecognizer",
    "HospitalNicknameRecognizer",
    "HyphenatedPlaceRecognizer",
    "NameWordRecognizer",
    "NamedPracticeRecognizer",
    "NhsNumberRecognizer",
    "PlaceAbroadRecognizer",
    "PlaceListRecognizer",
    "PlaceRecognizer",
    "RegionRecognizer",
    "RegisterRecognizer",
    "RuleRecognizer",
    "StreetAddressRecognizer",
    "StudySpacyRecognizer",
    "TitledNameRecognizer",
    "UkAreaRecognizer",
    "UkPhoneRecognizer",
    "UkPostcodeRecognizer",
    "WordNameRecognizer",
    "WorldPlaceRecognizer",
    "a_postnominal_qualifier",
    "build_recognizers",
    "load_term_list",
    "names_a_care_home",
    "never_a_name",
    "nhs_number_is_valid",
    "particle_start",
    "trie_pattern",
    "without_postnominals",
]

#: flags for our patterns: no IGNORECASE (Presidio's default), see the module docstring
FLAGS = re.MULTILINE
#: the entity name register hits carry inside Presidio (so its de-duplication never merges
#: them with spaCy's PERSON); the engine reports them as PERSON (or EMAIL for an address)
PARTICIPANT = "PARTICIPANT"
#: recognition_metadata key carrying a register hit's participant marker ("" = ambiguous)
MARKER_KEY = "participant_marker"
#: recognition_metadata key of a name-part hit: the markers of every participant the part
#: could be; the engine decides in the transcript's context (:mod:`vault.anonymise.attribution`)
CANDIDATES_KEY = "participant_candidates"
#: recognition_metadata key of a find that stands even where the policy allows its words: set by
#: a recognizer that declares it (:attr:`StudyPatternRecognizer.DESPITE_ALLOWED`, the spoken
#: finders' ``FINDERS_DESPITE_ALLOWED``), read by the engine
DESPITE_ALLOWED_KEY = "despite_allowed"

#: titles before a surname, in named subsets (each pattern takes the subsets it means, in its
#: own order): forms of address as written, and as a verbatim transcript writes them said in
#: full ("Mister Pilling", "Missus Okafor": the spoken "Mr"/"Mrs" is as much a title); the
#: doctors' and professors' titles, which also head posts and degrees ("Professor of Medical
#: Education"); and the knighthoods, which head no name written after a role
ADDRESS_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx")
ADDRESS_TITLES_SAID = ("Mister", "Missus")
DOCTOR_TITLES = ("Dr", "Doctor")
PROFESSOR_TITLES = ("Prof", "Professor")
KNIGHTHOOD_TITLES = ("Sir", "Dame")
#: every title, as alternatives of a pattern ("Dr|Doctor|Mister|...")
TITLE_WORDS = "|".join(DOCTOR_TITLES + ADDRESS_TITLES_SAID + ADDRESS_TITLES + PROFESSOR_TITLES
                       + KNIGHTHOOD_TITLES)
_TITLES = r"(?:" + TITLE_WORDS + r")"
#: (round 24) the sign-off fields of a form, a report or a timesheet, each before the person
#: who signed it ("Authorised: KM", "Checked by: HOLLOWAY", "Verified: TB"): read by the
#: finders of initials and of names in capitals
SIGN_OFF_LABELS = (r"(?:Authori[sz]ed|AUTHORI[SZ]ED|Checked|CHECKED|Verified|VERIFIED|Approved|"
                   r"APPROVED|Countersigned|COUNTERSIGNED|Witnessed|WITNESSED)(?:[ \t]+(?:by|BY))?")
#: a title before a name, a dot only after an abbreviation ("Dr.", "Mrs."): after a whole word
#: ("Doctor.", "Miss.") the dot ends a sentence
_TITLES_DOTTED = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?|Doctor|Miss|Professor|Sir|Dame)"
#: roles and titles said before a surname ("Sister Gold", "Councillor Mason", "Major Tate")
ROLES = (r"Sister|Nurse|Matron|Councillor|Cllr|Reverend|Rev|Pastor|Canon|Judge|Captain|Major|"
          r"Colonel|Sergeant")
#: ranks and roles of the forces, police, prisons and chaplaincy said before a surname
#: ("Padre Whitlow", "Lance Corporal Bexford", "Officer Prendergast", "Governor Pettigrew"):
#: not part of the name when a name follows; alone, some are a word-name ("Heddwyn and
#: Chaplain"), so a rank alone is left to the finders. Not "Warden" or "Bishop", which open
#: places ("Warden Hill", "Bishop Auckland"), nor "Constable" or "Private", names and words
RANKS = (r"Sgt|Lance[ \t-]Corporal|Lance[ \t-]Bombardier|Corporal|Cpl|Lieutenant|Lt|Commander|"
          r"Cdr|Brigadier|Admiral|Commodore|Padre|Chaplain|Officer|Governor|Inspector|"
          r"Superintendent|"
          # a rank as orders and rotas abbreviate it, and the branch before it ("Surg Lt Cdr",
          # "Surgeon Captain", "Sqn Ldr", "Flt Lt", "Wg Cdr", "Gp Capt", "Maj", "Pte", "LCpl")
          r"Surg(?:eon)?(?=[ \t]+(?:Lt|Lieutenant|Cdr|Commander|Capt|Captain|Cdre|Commodore|"
          r"Sub|Rear|Vice|Maj|Major|Col|Colonel|Gen)\b)|Sub[ \t]+Lt|Sqn[ \t]+Ldr|Flt[ \t]+Lt|"
          r"Wg[ \t]+Cdr|Gp[ \t]+Capt|Air[ \t]+Cdre|Fg[ \t]+Off|Plt[ \t]+Off|Capt|Maj|Col|Brig|"
          r"Cdre|Pte|L/?Cpl|Bdr|Gnr|Spr|Rfn|WO[12]|CPO|Sgt[ \t]+Maj")

#: a role or a rank said before a surname ("Padre Quilliam", "Officer Thrale"): a person's
#: evidence, as a title is; not after an article, where the role is a noun ("An Inspector
#: Calls", "a Major Incident")
_ROLE_BEFORE = std_re.compile(r"(?<![Aa] )(?<![Aa]n )(?<![Tt]he )\b(?:" + ROLES + r"|" + RANKS
                              + r")\.?[ \t]+\Z")
#: a title on its own
TITLE_WORD_RE = std_re.compile(_TITLES + r"\.?")
#: a title before a name, with its trailing space (used to widen PERSON spans)
TITLE_BEFORE_RE = std_re.compile(_TITLES + r"\.?[ \t]+$")
#: a month, capitalised, in full or abbreviated: "Jan(?:uary)?|...|Sep(?:t(?:ember)?)?|..."
_MONTHS = r"(?:" + shortened_alternation(MONTH_TABLE) + r")"
_WEEKDAYS = r"(?:" + alternation(WEEKDAY_STEMS) + r")day"
#: a weekday as a rota, a diary or an e-mail types it before a date ("Tues 3/1", "Sat 5 Feb")
_WEEKDAYS_TYPED = r"(?:" + _WEEKDAYS + r"|(?:" + "|".join(WEEKDAY_ABBREVIATIONS) + r")\.?)"

# One tldextract for the process, reading only the suffix-list snapshot bundled with the
# package: no cache directory and no URLs, so an email check never touches the network
# (Presidio's own EmailRecognizer calls the module-level tldextract.extract, which fetches).
_TLD_EXTRACT = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=())


def offline_tld_extract() -> tldextract.TLDExtract:
    """The process-wide offline ``TLDExtract`` (bundled public-suffix snapshot only)."""
    return _TLD_EXTRACT


def credited(recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float,
             **extra: object) -> RecognizerResult:
    """A result credited to ``recognizer``: its name and id in the metadata, which the engine
    records as the detector (plus any ``extra`` metadata)."""
    return RecognizerResult(
        entity_type=entity, start=start, end=end, score=score,
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: str(recognizer.name),  # type: ignore[has-type]
                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
                              **extra})


def trigger_lines(text: str, trigger: std_re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` where ``trigger`` is found, its line break
    included (a look-ahead at the line's end sees what it would see in the whole text)."""
    out = []
    pos = 0
    while (m := trigger.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end + 1
        out.append((start, end))
        pos = end
    return out


class StudyPatternRecognizer(PatternRecognizer):
    """Presidio's ``PatternRecognizer``, faster: each pattern is compiled once with the
    standard library's ``re`` when it compiles there (several times faster than ``regex`` on
    these patterns; ``regex`` otherwise), no explanation object is built per match, and a
    pattern may name its span with a ``(?P<m>...)`` group, in place of a variable-width
    look-behind: ``\\bthe[ \\t]+(?P<m>[A-Z]{2,5})`` finds "RVI" in "the RVI". Validation,
    invalidation and scores work as in Presidio. A pattern named in ``TRIGGERS`` is tried only
    on a text where its trigger is found (a cheap search for the word it turns on); one named
    in ``LINE_TRIGGERS`` only on the lines where its trigger is found: that needs a pattern that
    cannot match across a line break (no ``\\s``, ``\\n``, ``.``, ``[^...]``, ``\\W``...: a
    match and its look-ahead stay on the line) and a trigger found on the line of every match
    (tests/test_engine_speedups.py checks both)."""

    TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {}
    LINE_TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {}
    #: the recognizer's finds stand even where the policy allows their words
    #: (:data:`DESPITE_ALLOWED_KEY`)
    DESPITE_ALLOWED: ClassVar[bool] = False

    def _compiled(self, pattern: Pattern) -> std_re.Pattern[str] | re.Pattern[str]:
        compiled = getattr(pattern, "_study_compiled", None)
        if compiled is None:
            try:
                compiled = fastre.compile(pattern.regex, std_re.MULTILINE)
            except std_re.error:
                compiled = re.compile(pattern.regex, FLAGS)
            pattern._study_compiled = compiled  # type: ignore[attr-defined]
        return compiled

    def _metadata(self) -> dict[str, object]:
        """What each result of this recognizer carries: its name and id, and whether its finds
        stand despite the policy's allowed words."""
        metadata: dict[str, object] = {
            RecognizerResult.RECOGNIZER_NAME_KEY: str(self.name),  # type: ignore[has-type]
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        if self.DESPITE_ALLOWED:
            metadata[DESPITE_ALLOWED_KEY] = True
        return metadata

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        entity = self.supported_entities[0]
        metadata = self._metadata()
        patterns: list[Pattern] = self.patterns  # type: ignore[has-type]
        for pattern in patterns:
            trigger = self.TRIGGERS.get(pattern.name)
            if trigger is not None and trigger.search(text) is None:
                continue  # the word the pattern turns on is nowhere in the text
            compiled = self._compiled(pattern)
            named = "m" in compiled.groupindex
            line_trigger = self.LINE_TRIGGERS.get(pattern.name)
            matches: Iterable[std_re.Match[str] | re.Match[str]]
            if line_trigger is not None and isinstance(compiled, std_re.Pattern):
                matches = [m for start, end in trigger_lines(text, line_trigger)
                           for m in compiled.finditer(text, start, end)]
            else:
                matches = compiled.finditer(text)
            for match in matches:
                start, end = match.span("m") if named else match.span()
                if start >= end:
                    continue
                current = text[start:end]
                score = pattern.score
                valid = self.validate_result(current)
                if valid is not None:
                    score = EntityRecognizer.MAX_SCORE if valid else EntityRecognizer.MIN_SCORE
                if self.invalidate_result(current):
                    score = EntityRecognizer.MIN_SCORE
                if score > EntityRecognizer.MIN_SCORE:
                    results.append(RecognizerResult(entity_type=entity, start=start, end=end,
                                                    score=score,
                                                    recognition_metadata=dict(metadata)))
        return EntityRecognizer.remove_duplicates(results)


class EmailRecognizer(StudyPatternRecognizer):
    """Email addresses; the domain must end in a public suffix (offline snapshot)."""

    #: (no start after a word character, nor after a symbol of the address that follows one:
    #: the start before it reads the same run to the same "@", so a match found from there is
    #: found from that start, and the run "NIGHT-NIGHT-..." is read once, not once a word)
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("email", r"(?i)\b(?<!\w)(?<!\w[.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@\w(?:[\w-]*\w)?(?:\.\w(?:[\w-]*\w)?)+\b", 0.6)]

    def __init__(self) -> None:
        super().__init__(supported_entity="EMAIL", patterns=[*self.PATTERNS, *self.SPOKEN],
                         name="email",
                         context=["email", "e-mail", "mail", "address"], global_regex_flags=FLAGS)

    #: an address read out: "jane dot doe at nhs dot net"
    SPOKEN: ClassVar[list[Pattern]] = [Pattern("email_spoken", r"\b[A-Za-z][\w-]*(?:[ \t]+dot[ \t]+[\w-]+)+[ \t]+at[ \t]+[A-Za-z][\w-]*"
                                      r"(?:[ \t]+dot[ \t]+[A-Za-z][\w-]*)+\b", 0.8)]
    #: an address read out holds " dot " on its line: elsewhere every word of a long hyphenated
    #: run ("Checked by: NIGHT-NIGHT-...") was a start the pattern read to the run's end from
    LINE_TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {
        "email_spoken": std_re.compile(r"[ \t]dot[ \t]")}

    def validate_result(self, pattern_text: str) -> bool | None:
        if "@" not in pattern_text:
            domain = re.split(r"[ \t]+at[ \t]+", pattern_text)[-1]
            domain = re.sub(r"[ \t]+dot[ \t]+", ".", domain)
            return None if _TLD_EXTRACT(domain).suffix else False
        return _TLD_EXTRACT(pattern_text.rsplit("@", 1)[-1]).suffix != "" or None


class UkPhoneRecognizer(StudyPatternRecognizer):
    """UK mobile and landline numbers: 07xxx xxxxxx, 0191 123 4567, (020) 7946 0000, +44 forms."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("uk_phone", r"(?<![\w+])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|0044[ \t]?|\(?0)"
                            r"\d{2,4}\)?[ \t-]?\d{3,4}[ \t-]?\d{3,4}(?!\w)", 0.7),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="PHONE", patterns=self.PATTERNS, name="uk_phone",
                         context=["phone", "mobile", "telephone", "tel", "call", "ring",
                                  "number", "landline", "text", "whatsapp"],
                         global_regex_flags=FLAGS)

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if digits.startswith("0044"):
            digits = digits[4:]
        elif digits.startswith("44") and pattern_text.lstrip().startswith("+"):
            digits = digits[2:]
        digits = digits.lstrip("0")
        # national significant numbers are 9-10 digits and never start with 0, 4 or 6
        if not 9 <= len(digits) <= 10 or digits[0] in "046":
            return False
        return None


#: whether a string (digits, spaces, dashes) is an NHS number with a valid check digit
nhs_number_is_valid = nhs_number.is_valid


class NhsNumberRecognizer(StudyPatternRecognizer):
    """NHS numbers (3-3-4 digits) that pass the modulus-11 check."""

    PATTERNS: ClassVar[list[Pattern]] = [Pattern("nhs_number", r"(?<![\w-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-])", 0.9)]

    def __init__(self) -> None:
        super().__init__(supported_entity="NHS_NUMBER", patterns=self.PATTERNS, name="nhs_number",
                         context=["nhs", "number", "patient", "health"], global_regex_flags=FLAGS)

    def validate_result(self, pattern_text: str) -> bool | None:
        # None keeps the pattern score (a valid checksum is 1 in 11 for random digits);
        # False drops the match.
        return None if nhs_number_is_valid(pattern_text) else False


class GmcNumberRecognizer(StudyPatternRecognizer):
    """GMC reference numbers: 7 digits, only with a context word nearby (score lifted by context)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("gmc_number", r"(?<![\w-])\d{7}(?![\w-])", 0.05),
        # an NMC PIN as typed: two digits, a letter, four digits, a letter ("81F2345E"); the
        # shape alone names a nurse or a midwife (the spoken finders' registrations.py says
        # the same shape read out)
        Pattern("nmc_pin", r"(?<![\w-])\d{2}[A-Z]\d{4}[A-Z](?![\w-])", 0.7),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="GMC_NUMBER", patterns=self.PATTERNS, name="gmc_number",
                         context=["gmc", "registration"],
                         global_regex_flags=FLAGS)


#: a training grade's letters and a year of it, which are also a postcode district's ("ST3":
#: specialty training, Stoke; "FY2": foundation, Blackpool; "CT1": core, Canterbury; "DT2")
_GRADE_YEAR = r"(?:[SC]T[1-8]|FY[1-3]|DT[1-3])(?!\d)"
#: the verbs that say where someone lives or moved, before an outward code ("we live in IM3",
#: "Lived in ST4 all my life", "moved out to FY2"), shared by the two finders that read them
_LIVING = r"[Ll]ive|[Ll]ives|[Ll]iving|[Ll]ived"
_MOVING = r"[Mm]oved|[Mm]oving"
#: what may follow a place said after "live in" where a grade would have a noun after it:
#: the clause's end, or a word that goes on about where ("now", "with the kids", "near the
#: sea", "area", "way")
_PLACE_ENDS = (r"(?=[ \t]*(?:[.,;:!?)\]\"'’”…–—-]|\n|\Z|(?:now|nowadays|then|and|but|so|since|for|"
               r"until|till|when|while|with|near|nearby|because|as|at|from|before|after|back|too|"
               r"though|actually|anyway|these|still|really|originally|just|all|ever|forever|my|"
               r"our|I|um|er|erm|yeah|area|way|side|district|postcode|itself)(?![\w'’-])))")


class UkPostcodeRecognizer(StudyPatternRecognizer):
    """UK postcodes in capitals: NE1 4LP, SW1A 1AA, (without the space: lower score)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("postcode", r"\b(?:GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})\b", 0.85),
        Pattern("postcode_nospace", r"\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}\b", 0.6),
        Pattern("postcode_lower", r"\b[a-pr-uwyz][a-hk-y]?\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}\b", 0.55),
        # an address block's narrow column breaks a postcode between its halves ("LS6\n2AB")
        Pattern("postcode_split", r"\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ \t]*\n[ \t]*"
                                  r"\d[ABD-HJLNP-UW-Z]{2}\b", 0.6),
        # an outward code alone where a form or a sentence says it is a postcode ("Postcode:
        # BT8", "postcode area IM4", "post code - GY1")
        Pattern("postcode_outward", r"(?i:\bpost[ \t]?code)(?:[ \t]+(?:area|district))?[ \t]*"
                                    r"(?:[:=–-][ \t]*|is[ \t]+)?(?P<m>[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)"
                                    r"(?![\w-])", 0.6),
        # an outward code typed where someone lives or moved ("we live in IM3", "moved to
        # LS6", "moved to FY4"); two letters, and no training grade ("moved to ST3")
        Pattern("postcode_outward_lived", r"\b(?:" + _LIVING + "|" + _MOVING + r"|[Bb]ased)[ \t]+"
                                          r"(?:in|to|out[ \t]+to|over[ \t]+to)[ \t]+"
                                          r"(?P<m>(?!" + _GRADE_YEAR + r")[A-PR-UWYZ][A-HK-Y]\d{1,2})"
                                          r"(?![\w-])", 0.6),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="POSTCODE", patterns=self.PATTERNS, name="uk_postcode",
                         context=["postcode", "post code", "address"], global_regex_flags=FLAGS)


class GradeDistrictRecognizer(StudyPatternRecognizer):
    """An outward code whose letters and number are also a training grade's (Stoke's ST3,
    Blackpool's FY2, Canterbury's CT1, Dorchester's DT2), where someone lives in it ("we live in
    ST3", "moved out to FY2") and nothing follows that the grade would describe ("lived in FY1
    accommodation"); a move to one is a grade's step ("moved to ST3"), and
    :class:`UkPostcodeRecognizer` takes a move only to a number no grade has ("moved to FY4")."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("postcode_outward_lived_grade",
                r"\b(?:(?:" + _LIVING + r"|[Bb]ased)[ \t]+in|(?:" + _MOVING + r")[ \t]+out[ \t]+to)"
                r"[ \t]+(?P<m>" + _GRADE_YEAR + r")(?![\w-])" + _PLACE_ENDS, 0.6),
    ]
    #: tried only on a text holding a grade's letters and a year (the span's own pattern: a
    #: match holds one, so the gate drops no match)
    TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {
        "postcode_outward_lived_grade": std_re.compile(_GRADE_YEAR)}
    #: redacted even where the policy allows the grade's letters ("ST3" is allowed as a grade,
    #: not as a place)
    DESPITE_ALLOWED = True

    def __init__(self) -> None:
        super().__init__(supported_entity="POSTCODE", patterns=self.PATTERNS,
                         name="postcode_grade_district", global_regex_flags=FLAGS)


class DateRecognizer(StudyPatternRecognizer):
    """Specific dates ("12 March 2019", "March 12th", "12/03/2019", "2019-03-12", "March 2019").

    Durations ("six months", "two years") and bare years are not dates here; spaCy's DATE
    guesses that look specific are routed to review by :class:`StudySpacyRecognizer`.
    """

    PATTERNS: ClassVar[list[Pattern]] = [
        # "the" belongs to the date only after a weekday ("Tuesday the 9th of March"); before
        # the day alone it is the sentence's article ("on the [7th of March]")
        # a range of days in one month is one date ("12-14 May", "3rd/4th June")
        Pattern("day_month", r"\b(?:" + _WEEKDAYS_TYPED + r",?[ \t]+(?:the[ \t]+)?)?"
                             r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]*[-–/&][ \t]*)?\d{1,2}(?:st|nd|rd|th)?"
                             r"[ \t]+(?:of[ \t]+)?" + _MONTHS + r"\b(?:,?[ \t]+\d{4}\b)?", 0.85),
        # a day and month typed in figures, a weekday or "w/c" (week commencing) before it:
        # "Tues 3/1", "Sat 12.6", "w/c 14/6"; alone, "3/12" may be a fraction, a score or a
        # clinician's "three months" and is left alone
        Pattern("weekday_numeric", r"\b" + _WEEKDAYS_TYPED + r",?[ \t]+(?:the[ \t]+)?"
                                   r"\d{1,2}[/.]\d{1,2}(?![\w/]|[.:]\d)", 0.8),
        Pattern("week_commencing", r"\b(?:[Ww]/[Cc]|WC|[Ww]c)[:.]?[ \t]+(?P<m>\d{1,2}[/.]\d{1,2})"
                                   r"(?![\w/]|[.:]\d)", 0.8),
        Pattern("month_day", r"\b(?:" + _WEEKDAYS_TYPED + r",?[ \t]+)?" + _MONTHS
                             + r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?\b(?:,?[ \t]+\d{4}\b)?", 0.85),
        Pattern("month_year", r"\b" + _MONTHS + r"[ \t]+(?:19|20)\d{2}\b", 0.6),
        Pattern("numeric", r"(?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\w/-]|\.\d)", 0.8),
        Pattern("iso", r"(?<![\w-])(?:19|20)\d{2}-\d{2}-\d{2}(?![\w-])", 0.85),
        # year first with any separator ("2019/03/12", "2019.3.7"), a month and a year typed
        # ("03/2019", "Mar-19", "Jun/2021"), as forms and spreadsheets write them
        Pattern("year_first", r"(?<![\w/.-])(?:19|20)\d{2}(?P<s>[/.-])(?:0?[1-9]|1[0-2])(?P=s)"
                              r"(?:0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)", 0.85),
        Pattern("month_slash_year", r"(?<![\w/.-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\w/-]|\.\d)", 0.6),
        Pattern("abbr_month_year", r"\b(?:" + alternation(MONTH_SHORT_FORMS) + r")[-/]"
                                   r"(?:(?:19|20)\d{2}|\d{2})(?![\w/-])", 0.7),
        # a year of birth after its label: "DOB 1947:", "D.O.B.: 1951", "YOB 1962", "date of
        # birth 1938,", whatever follows it (spaCy saw "DOB 1947" at a line's end as a date,
        # but not before a colon or a comma); a bare year elsewhere is no date
        Pattern("birth_year", r"(?<![\w.])(?i:" + DATE_OF_BIRTH_WORDS + r"|" + YEAR_OF_BIRTH_WORDS
                              + r")[ \t]*[:=-]?[ \t]*(?P<m>(?:19|20)\d{2})(?![\w/-]|[.:]\d)", 0.8),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="DATE", patterns=self.PATTERNS, name="date",
                         global_regex_flags=FLAGS)

    def validate_result(self, pattern_text: str) -> bool | None:
        # "May 12" is a date, "may 1" is not: _MONTHS is capitalised, so this only rejects
        # impossible day numbers; a numeric date's last part is a year, two digits or four
        # ("06/12/90": a date of birth typed with the year short)
        numbers = re.findall(r"\d+", pattern_text)
        day_month = re.search(r"(?<![\d/.-])\d{1,2}[/.](\d{1,2})\Z", pattern_text)
        if day_month is not None and not 1 <= int(day_month.group(1)) <= 12:
            return False  # "Mon 3/14": no month; a score or a fraction after a day's name
        if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}", pattern_text):
            numbers = numbers[:2]
            if min(int(number) for number in numbers) > 12:
                return False  # no month among them: "3.25.40" is a score or a version
        for number in numbers:
            if len(number) <= 2 and not 1 <= int(number) <= 31:
                return False
        return None


_UNITS = (r"%|per[ \t]?cent|minutes?|mins?|hours?|hrs?|miles?|km|pounds?|quid|grand|k\b|times|"
          r"weeks?|days?|months?|pm|am|o'clock|percent|x\b|of\b|or\b|out\b|to\b|and[ \t]+a[ \t]+half|"
          # the head of a bigger number or a decimal: "six hundred and something pounds",
          # "eighteen point four percent", "2,750"
          r"hundred|thousand|million|point\b|,\d{3}\b|"
          # a body's measure: "patients over 30 BMI", "men over 18 stone", "she was 60 kg"
          r"BMI|kgs?\b|kilos?|kilograms?|stone|st\b|lbs?\b|cm\b|foot\b|feet|inch(?:es)?|"
          r"years?[ \t]+(?:ago|in|into|as|since|of|later|before|after|on|qualified)|[:./]\d|" + _MONTHS + r"\b|"
          r"[a-z]+s\b")
_NOT_AGE = r"(?![ \t-]*(?:" + _UNITS + r"))"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_AGE_NUMBER = (r"(?:1[01]\d|[1-9]?\d|" + _TENS + r"(?:[- ]" + _UNITS_WORD + r")?|ten|eleven|twelve|"
               r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|"
               r"five|six|seven|eight|nine)")


#: the age of a thing, not of anyone: "a ten-year-old car", "a twelve-year-old laptop", "a
#: five-year-old policy", "a ten-year-old <make> <model>" (a make and model in capitals)
_NOT_A_PERSONS_AGE = (
    r"(?![ \t-]+years?[ \t-]+old[ \t]+(?:(?:second-hand|secondhand|used|battered|rusty|"
    r"clapped-out|red|blue|green|white|black|silver|grey|diesel|petrol|estate|electric)[ \t]+)?"
    r"(?:(?:car|cars|van|vans|bike|bikes|motorbike|lorry|truck|tractor|caravan|boat|house|"
    r"houses|flat|building|buildings|boiler|roof|kitchen|bathroom|carpet|sofa|fridge|freezer|"
    r"cooker|telly|TV|laptop|laptops|computer|computers|PC|PCs|phone|phones|mobile|iPhone|"
    r"machine|machines|scanner|scanners|printer|server|system|software|database|policy|"
    r"policies|tradition|scheme|programme|rota|protocol|guideline|guidelines|estate|"
    r"ward|unit|wing|website|app|coat|jacket|suit|shoes|boots|tyres|engine|whisky|whiskey|"
    r"wine|cheese|tree|trees|dog|dogs|cat|cats|pony|horse|horses|business|company|charity|"
    r"practice|service|clinic|network|course|curriculum|study|trial|paper|photo|photograph|"
    r"letter|diary|notebook|thing|one)\b|[A-Z][a-z]+[ \t]+[A-Z][A-Za-z0-9]+))")


#: a unit written after an age in a note or a list: "47y", "47 yrs", "47 years old", "47 y/o"
_AGE_UNIT = r"(?:[ \t]?(?:yrs?|years?|y/o|y\.o\.?|yo|y)(?:[ \t]+old)?)"
#: a person's sex written beside an age: "F", "M", "female", "Male"
_SEX = r"(?:[MF]|[Mm]ale|[Ff]emale)"
#: an age as written beside a person (the span), 1 to 119
_AGE_DIGITS = r"(?P<m>1[01]\d|[1-9]?\d)"
#: the same, two or three digits: a one-digit number beside a letter or a name is as often a
#: footnote, a floor or a version ("3/F", "Smith (2)")
_AGE_TWO_DIGITS = r"(?P<m>1[01]\d|[1-9]\d)"
#: children written before their age in brackets, which may be one digit: "his son (4)"
_CHILDREN = (r"boy|girl|son|daughter|brother|sister|grandson|granddaughter|baby|child|infant|toddler|"
             r"friend|neighbour")
_CHILD_BEFORE_AGE = r"(?:" + _CHILDREN + r")"
#: people written before their age in brackets: "the patient (47 yrs)", "his wife (63)"; an
#: adult's age is two digits or three ("patient (2)", "the husband (3)" are items' numbers)
_PERSON_BEFORE_AGE = (r"(?:patient|client|resident|man|woman|gentleman|lady|husband|wife|partner|"
                      r"mother|father|mum|dad|grandmother|grandfather|teenager|" + _CHILDREN + r")")
#: not after what a figure with a letter for its unit measures, within three words
#: (:data:`LETTER_UNIT_MEASURES`: "catheter (16F)", "fever (101 F)", "the lab on 14/F")
_NOT_MEASURED = (r"(?<!(?i:(?<![\w'’-])(?:" + "|".join(sorted(LETTER_UNIT_MEASURES))
                 + r"))(?:[ \t]+[\w'’/-]+){0,3}[ \t]*)")
#: people a bound on age picks out: "patients over 65", "anyone younger than 30", "women aged
#: under 25" (the age is the bound; "over 40 patients", a count, is another shape)
_PEOPLE_BY_AGE = (r"(?:patients|people|persons|men|women|adults|children|kids|folk|folks|residents|"
                  r"clients|users|mums|mothers|dads|fathers|parents|girls|boys|babies|infants|"
                  r"teenagers|pensioners|farmers|workers|drivers|smokers|drinkers|ladies|gentlemen|"
                  r"students|trainees|doctors|nurses|colleagues|members|participants|applicants|"
                  r"candidates|volunteers|carers|those|anyone|everyone|anybody|everybody|someone|"
                  r"somebody|nobody|no-one)")


class AgeRecognizer(StudyPatternRecognizer):
    """A person's age: "I'm 47", "aged 52", "she was only thirty-two", "my son's 14", "a 38-year-old".
    The span is the number. Followed by a unit ("30 minutes", "two weeks", "12 March") it is not
    an age."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # in brackets after a titled name or a person: "Mr Visser (84)", "Mrs Oduya (aged 71)",
        # "Dr Kaur (52, F)", "the patient (47 yrs)", "his wife (63)" (an untitled name's:
        # :meth:`_named_in_brackets`)
        Pattern("bracketed", r"\b" + _TITLES_DOTTED + r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*\("
                             r"(?:[Aa]ged?[ \t]+)?" + _AGE_TWO_DIGITS + _AGE_UNIT + r"?(?:[ \t]*[,/;]?[ \t]*"
                             + _SEX + r")?\)", 0.7),
        Pattern("bracketed_person", r"\b" + _PERSON_BEFORE_AGE + r"[ \t]*\((?:[Aa]ged?[ \t]+)?"
                                    + _AGE_TWO_DIGITS + _AGE_UNIT + r"?(?:[ \t]*[,/;]?[ \t]*" + _SEX + r")?\)", 0.7),
        Pattern("bracketed_child", r"\b" + _CHILD_BEFORE_AGE + r"[ \t]*\((?:[Aa]ged?[ \t]+)?(?P<m>[1-9])"
                                   + _AGE_UNIT + r"?(?:[ \t]*[,/;]?[ \t]*" + _SEX + r")?\)", 0.7),
        # the age and the sex in brackets or with a slash, as notes, lists and referrals write
        # them: "(47F)", "(62 M)", "(F, 47)", "(male, 58 yrs)", "47/F", "M/62"
        Pattern("sex_age_bracket", _NOT_MEASURED + r"\(" + _AGE_TWO_DIGITS + _AGE_UNIT + r"?[ \t]*[,/;]?[ \t]*" + _SEX
                                   + r"\)|\(" + _SEX + r"[ \t]*[,/;]?[ \t]*" + _AGE_TWO_DIGITS
                                   + _AGE_UNIT + r"?\)", 0.7),
        # (a digit first, and one that starts a word: the measure's look-behind, which reads
        # back over the words before it, is tried neither at every position of the text nor at
        # every digit of a long run of them, where it read the whole run back each time)
        Pattern("sex_age_slash", r"(?=\d)(?<![\w./:£$€-])" + _NOT_MEASURED + _AGE_TWO_DIGITS + r"[ \t]?/[ \t]?[MF](?![\w/])|"
                                 r"(?<![\w./-])[MF][ \t]?/[ \t]?" + _AGE_TWO_DIGITS + r"(?![\w./:%-])", 0.7),
        # in apposition after a titled name: "Mr Visser, 84, lives alone", "Dr Obi, 52 yrs."
        # ("Dr Lamb, 12 Harley Street" is an address: a comma, a stop or the line's end after)
        Pattern("apposed", r"\b" + _TITLES_DOTTED + r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?,[ \t]*"
                           + _AGE_DIGITS + _AGE_UNIT + r"?(?=[ \t]*(?:[,;)]|\.(?!\d)|$))", 0.7),
        # a bound on age: "patients over 65", "women aged under 25", "anyone older than 70"
        Pattern("age_bound", r"\b" + _PEOPLE_BY_AGE + r"[ \t]+(?:aged[ \t]+)?(?:over|under|above|below|"
                             r"older[ \t]+than|younger[ \t]+than)[ \t]+(?P<m>" + _AGE_NUMBER + r")"
                             r"(?![\w-])" + _NOT_AGE, 0.6),
        Pattern("strong", r"\b(?:I'm|I’m|I am|I was|I'll be|I’ll be|[Aa]ged?|turned|turning)"
                          r"[ \t]+(?:only[ \t]+|just[ \t]+)?(?P<m>" + _AGE_NUMBER + r")" + r"(?![\w-])" + _NOT_AGE, 0.75),
        Pattern("years_old", r"\b" + _AGE_NUMBER + r"(?=[ \t-]+years?[ \t-]+old\b)"
                + _NOT_A_PERSONS_AGE, 0.85),
        # as notes, referrals and forms type an age: "47yo", "47 y/o", "47y.o.", "47yrs old",
        # "47 yr old" (the span the number); "yrs" alone is a duration as often ("12 yrs in
        # post") and is left to the other patterns
        Pattern("typed", r"(?<![\w./:£$€-])(?P<m>1[01]\d|[1-9]?\d)[ \t]?(?:yo|y/o|y\.o\.?|"
                         r"yrs?[ \t-]+old|YO|Y/O)(?![\w/])", 0.8),
        # a patient's years in a note: "Pt 47 yrs", "patient is a 47 yr"
        Pattern("patient_years", r"\b(?:[Pp]t|[Pp]atient|[Cc]lient|[Ss]he|[Hh]e)[ \t]+(?:is[ \t]+)?"
                                 r"(?:a[ \t]+)?(?P<m>1[01]\d|[1-9]?\d)[ \t]?(?:yrs?|years?)\b"
                                 r"(?![ \t]+(?:ago|of|in|into|since|later|post|experience|now|before|"
                                 r"after|on|qualified|service))", 0.75),
        # a form's field: "Age: 47", "AGE - 47", "Age at interview: 52"
        Pattern("field", r"(?<![\w'’])(?:[Aa]ge|AGE)(?:[ \t]+(?:at|on)[ \t]+[a-z]+)?[ \t]*[:=–-]"
                         r"[ \t]*(?P<m>1[01]\d|[1-9]?\d)(?![\w./:%-])", 0.8),
        Pattern("field_years", r"(?<![\w'’])(?:[Aa]ge|AGE)[ \t]+(?P<m>1[01]\d|[1-9]?\d)[ \t]?(?:y|yrs?)"
                               r"(?![\w./:%-])", 0.8),
        # an age in apposition after a name (two capitalised words), typed short: "Mrs Pell,
        # 83yrs, lives alone" ("Then, 3 yrs, nothing" is a length of time)
        Pattern("apposed_yrs", r"(?<![\w'’-])[A-Z][\w'’.-]*[ \t]+[A-Z][\w'’-]+,[ \t]*"
                               r"(?P<m>1[01]\d|[1-9]?\d)[ \t]?(?:yrs|y)(?=[ \t]*[,;)])", 0.7),
        # a case line's sex then age, as a referral or a case summary types them: "F, 47,",
        # "Male, 62;" ("Flat F, 12 ..." is an address: a comma, a stop or the line's end after)
        Pattern("sex_age", r"(?<![\w'’.-])(?<!Flat )(?<!Unit )(?<!Block )(?<!Grade )"
                           r"(?:[MF]|Male|Female|male|female),[ \t]*(?P<m>1[01]\d|[1-9]\d)"
                           r"(?=[ \t]*(?:[,;)]|\.(?!\d)|$))", 0.7),
        # not after an existential "there": "There's two Hendriks on the ward", "there was
        # two of them called Saoirse" count people, nobody is that old
        Pattern("copula", r"(?:(?<![Tt]here[ \t])\b(?:was|is|be)|(?<=\w)(?<![Tt]here)['’]s)[ \t]+"
                          r"(?:only[ \t]+|just[ \t]+|"
                          r"a[ \t]+fit[ \t]+)?(?P<m>" + _AGE_NUMBER + r")(?![\w-])" + _NOT_AGE, 0.55),
    ]

    #: an age in brackets after a name of two or three capitalised words, no title: "Aino
    #: Manousakis (67)"; a name only when none of its words is English, a plural's singular
    #: included ("Junior Doctors (12)", "Staff Nurses (14)", "Leeds General (14)" are counts)
    _NAMED = std_re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]*\("
                            + _AGE_TWO_DIGITS + r"\)")

    #: one entry of a list of clinicians each given a bare number, a rota's or a caseload's
    #: count ("Dr Patel, 12; Dr Shah, 14"): the entry that ends at the number, and the next
    #: or the previous entry of the same shape beside it
    _CLINICIAN_ENTRY = (r"(?:(?:Dr|Prof)\.?|Doctor|Professor)[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?,"
                        r"[ \t]*(?:1[01]\d|[1-9]?\d)")
    _ENTRY_BEFORE = std_re.compile(_CLINICIAN_ENTRY + r"\Z")
    _NEXT_ENTRY = std_re.compile(r"[ \t]*[;,][ \t]*(?:and[ \t]+)?" + _CLINICIAN_ENTRY + r"(?![\w'’-]|\.\d)")
    _PREVIOUS_ENTRY = std_re.compile(_CLINICIAN_ENTRY + r"[ \t]*[;,][ \t]*(?:and[ \t]+)?\Z")

    def __init__(self) -> None:
        super().__init__(supported_entity="AGE", patterns=self.PATTERNS, name="age",
                         global_regex_flags=FLAGS)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if "(" in text:
            results.extend(self._named_in_brackets(text))
        return [r for r in results if not self._counted_on_a_list(text, r.start, r.end)]

    @classmethod
    def _counted_on_a_list(cls, text: str, start: int, end: int) -> bool:
        """Whether the number at ``start:end`` is a clinician's entry of a list of clinicians
        each given a bare number ("Dr Patel, 12; Dr Shah, 14"): counts, where one titled
        name apposed to a number ("Dr Obi, 52, retired") or a list of patients' ("Mr Okoye,
        64; Mrs Okoye, 61") gives ages."""
        entry = cls._ENTRY_BEFORE.search(text, max(0, start - 60), end)
        if entry is None:
            return False
        return cls._NEXT_ENTRY.match(text, end) is not None or \
            cls._PREVIOUS_ENTRY.search(text, max(0, entry.start() - 80), entry.start()) is not None

    def _named_in_brackets(self, text: str) -> list[RecognizerResult]:
        return [RecognizerResult(entity_type="AGE", start=m.start("m"), end=m.end("m"), score=0.7,
                                 recognition_metadata=self._metadata())
                for m in self._NAMED.finditer(text)
                if not any(is_english_word(word.lower()) or is_english_word(word.lower().removesuffix("s"))
                           for word in m.group("name").split())]


#: a word of an organisation's name; not an article, a possessive, a conjunction, or the verb
#: or question word that opens a question about one ("Was Castlegate Surgery supportive?")
_ORG_WORD = (r"(?<![\w&-])(?<![\w&-][.'’])"  # a word's start, not inside "NIGHT-NIGHT-..."
             r"(?!(?:The|A|An|My|Our|Their|His|Her|This|That|Your|And|In|At|To|Was|Is|Were|Are|"
             r"Did|Does|Do|Has|Have|Had|Will|Would|Can|Could|Should|Shall|How|What|Why|When|"
             r"Where|Who|Which|So|But|Then|Yes|No|Yeah|Oh|Well|Okay|Like|If|Or|"
             # a determiner: any of a kind, none in particular ("Each ICB", "Every Trust")
             r"Each|Every|Any|Another|Some|Whichever|Whose|Neither|Either|Both|Most|Many|"
             r"Several|Other|Local)\b)"
             # a full stop ends a sentence, not a name ("GCSEs. Northern Care Alliance"),
             # but for an abbreviation ("St. Thomas'"); two hospitals are not one ("Grange
             # University Hospital and Addenbrooke's Hospital")
             r"(?:(?:St|Mt|Dr)\.|[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*)"
             r"(?![ \t]+(?:and|&)[ \t]+the\b)"
             r"(?!(?:(?<=Hospital)|(?<=Hospitals)|(?<=Infirmary)|(?<=Surgery)|(?<=Practice)|"
             r"(?<=Trust)|(?<=Centre)|(?<=Clinic))[ \t]+(?:and|&)[ \t])")
_ORG_JOIN = r"(?:of|upon|on|and|&|the|in|for)"
#: acronyms of clinical talk that a hospital's initials may spell ("PPH", "SDH", "MCH",
#: "GDH"), and "DGH", any district general hospital: never read as a hospital derived from
#: its name (a listed one still is), nor as one by "the" and a final H
CLINICAL_ACRONYMS = frozenset("""
PPH SAH SDH EDH ICH IIH BPH CAH LDH NPH PMH DDH PAH TSH FSH ACTH PTH ADH GBH MPH LCH MCH GDH
CRH TRH HGH ACH AAH AMH MRI UTI AKI STI PCI BMI KPI ROI CPI RTI LRTI URTI HDH VBH OCH LVH RVH
DGH CMH DSH APH DPH
""".split())  # noqa: SIM905
#: small words inside hospitals' names ("Guy's and St Thomas'", "Vale of Leven", "Hafan y Coed")
HOSPITAL_NAME_CONNECTORS = frozenset("and of upon on for le y nan the at in with".split())  # noqa: SIM905
_HOSPITAL_TAIL = std_re.compile(r"\b(?:Hospital|Infirmary)$")


def hospital_initials(name: str) -> set[str]:
    """The initials a "... Hospital" or "... Infirmary" is called by, three to five capitals
    ("Worcestershire Royal Hospital" -> "WRH", "Dumfries and Galloway Royal Infirmary" ->
    "DGRI"; a saint's with and without its "S": "JUH", "SJUH"), less English words and
    :data:`CLINICAL_ACRONYMS`; none for any other name."""
    if not _HOSPITAL_TAIL.search(name):
        return set()
    words = [w for w in name.split() if w not in HOSPITAL_NAME_CONNECTORS and w not in ("St", "St.")]
    if not all(w[:1].isupper() for w in words):
        return set()
    initials = "".join(w[0] for w in words)
    saint = "S" + initials if std_re.match(r"St\.? ", name) else ""  # "SJUH": St James's
    return {letters for letters in (initials, saint)
            if 3 <= len(letters) <= 5 and letters not in CLINICAL_ACRONYMS
            and not is_english_word(letters)}


#: letters that are no hospital's: a career's papers and posts ("the CV", "the ACF post",
#: "the ARCP"), staff ("the ODP", "the ANP"), services and stores ("OOH", "the CD cupboard")
_NOT_ORG_ACRONYM = (r"(?:CVS?|ACF|ACL|NTN|OOP[ECRT]?|ARCP|CCT|CESR|TPD|APD|LTFT|MD|MSC|PHD|PGCE|OSCE|"
                    r"PLAB|MRCP|MRCS|MRCGP|FRCS|FRCP|OOH|ODP|ODA|CD|CDS|HCA|ANP|ACP|CNS|SHO|HDU|"
                    r"ITU|ICU|AMU|SAU|CDU|MAU|OPD|OPAT|DNACPR|TTO|TTA)")
#: the kind that ends a mental-health unit's name, "Thornbury Mental Health Unit", "the
#: Ashgrove Psychiatric Unit", or a care centre's, "St Ebba's Care Centre", "Kelsby Primary Care
#: Centre", named by its place, a name or a saint (one of a kind, "the Adult Mental Health
#: Unit", "the Day Care Centre", is dropped in analyze: no word of its name names anything)
#: a care home's kind: "Kenridge Care Home", "Larchfield Nursing Home" (not "the Residential
#: Care Home", a kind: see analyze)
_CARE_HOME = r"(?:Care|Nursing|Residential|Rest)[ \t]+Homes?"
_UNIT_KIND = (r"(?:Mental[ \t]+Health|Psychiatric)[ \t]+(?:Unit|Centre)|"
              r"(?:Primary[ \t]+|Community[ \t]+)?Care[ \t]+Centre|" + _CARE_HOME)
_ORG_SUFFIX = (r"(?:Hospitals?|Infirmary|Medical[ \t]+Centre|Health[ \t]+Centre|Surgery|Practice|"
               r"Clinic|Hospices?(?:[ \t]+(?:Services|Service|Care))?|Health[ \t]+Board|"
               # a Scottish integration joint board: "Tarnside Integration Joint Board", "X IJB"
               r"Integration[ \t]+Joint[ \t]+Board|IJB|(?:NHS[ \t]+)?(?:Foundation[ \t]+)?Trust|"
               r"Medical[ \t]+Group|Health[ \t]+Group|Medical[ \t]+Partnership|"
               r"Health[ \t]+Partnership|Healthcare|Primary[ \t]+Care[ \t]+Network|"
               # a Scottish health and social care partnership: "Glasgow City HSCP"
               r"Health[ \t]+and[ \t]+(?:Social[ \t]+)?Care[ \t]+Partnership|HSCP|"
               r"Integrated[ \t]+Care(?:[ \t]+(?:Board|System|Partnership))?|ICB|ICS|"
               # the commissioners before the ICBs: "Tarnside and Holme CCG", "Wyvern PCT"
               r"Clinical[ \t]+Commissioning[ \t]+Group|CCG|Primary[ \t]+Care[ \t]+Trust|PCT|"
               r"Medical[ \t]+School|Deanery|University|Foundation[ \t]+School|"
               r"Care[ \t]+Alliance|Health[ \t]+Alliance|" + _UNIT_KIND + r")")


#: one word of a name said after its kind ("the Hospital of St John"), a saint's with its "St"
_KIND_FIRST_NAME = r"(?:(?:St|Saint)\.?[ \t]+)?[A-Z][\w'’-]+"
#: a capitalised word right before a kind said first: the kind is that name's ("Kelbury
#: Hospital of ..."), not a name's opening ("the Hospital of ...", "The Hospital of ...")
_NAME_BEFORE_KIND = std_re.compile(r"(?<![\w'’-])(?!(?:The|At|To|From|In|And|Then)[ \t])"
                                   r"[A-Z][\w'’-]*[ \t]+\Z")
#: the name after the kind, in a match of the "kind_first" pattern
_KIND_FIRST = std_re.compile(r"(?:Hospitals?|Hospice|Infirmary)[ \t]+(?:of|for|in[ \t]+the)[ \t]+"
                             r"(?:the[ \t]+)?(?P<name>.+)")


#: the place after a health service's kind, in a match of the "kind_then_place" pattern
_KIND_THEN_PLACE = std_re.compile(r"Health[ \t]+and[ \t]+(?:Social[ \t]+|Community[ \t]+)?"
                                  r"(?:Care|Services),?[ \t]+(?P<place>.+)")
#: the islands whose health services are their governments' own ("Health and Community
#: Services, Jersey"), some of them ordinary words or no town of the place lists
_CROWN_DEPENDENCIES = frozenset(("Jersey", "Guernsey", "Alderney", "Sark", "Herm"))
#: the UK's nations and the state: a body named by one is national, ordinary language
_NATIONS = frozenset(("England", "Scotland", "Wales", "Northern Ireland", "Ireland", "UK",
                      "Britain", "Great Britain", "United Kingdom"))


def _names_after_kind(name: str) -> bool:
    """Whether the words after a kind said first name one hospital: a saint ("St John"), a
    place, or a word no English word or common capital explains ("the Weald"); "Hospital of
    the Year", "Hospice at Home", "Hospital for Sick Children" (the gazetteer's) do not."""
    if std_re.search(r"\b(?:St|Saint)\b", name):
        return True
    return any(known_place(w) or (not is_english_word(w) and w not in COMMON_CAPITALISED)
               for w in name.split() if w not in ("and", "&"))


#: what follows "Royal" in names that are not hospitals (institutions, the forces, the family)
_ROYAL_NOT_HOSPITAL = (r"College|Colleges|Society|Navy|Air|Mail|Family|Families|Academy|Institution|"
                       r"Institute|Marines|Mint|Opera|Ballet|Albert|Shakespeare|Household|Highness|"
                       r"Wedding|Variety|Engineers|Signals|Artillery|Army|Corps|Regiment|Horticultural|"
                       r"Statistical|Pharmaceutical|Geographical|Commission|Charter|Warrant|Assent|Mile|"
                       r"Ascot|Bank|British|Courts?|Festival|Exchange|Observatory|Botanic|Parks|Yacht|"
                       r"Palace|Collection|Gallery|Trust|Foundation|Medical|Surgical|Holloway|"
                       r"Welsh|Scottish|Irish|English|Standard|Blue|Doulton|Enfield|Dutch|Jelly|"
                       r"Charity|Veterinary|Agricultural")


#: first words that make "<X> Health" a field, not a practice ("Mental Health")
#: first words of "<X> Community/Teaching/Area..." that are not a place
_NOT_PLACE_FIRST = (r"English|Scottish|Welsh|Irish|European|Asian|African|Caribbean|Muslim|"
                    r"Christian|Hindu|Sikh|Jewish|Black|White|Local|Whole|Wider|Rural|Urban|Grey|"
                    r"Learning|Research|Bedside|Undergraduate|Postgraduate|Simulation|Peer|Small|"
                    r"Big|Home|Catchment|Practice|Team|Grand|Ward|Faith|LGBT|LGBTQ|Deaf|Online|"
                    r"Virtual|Whole|Wellbeing|Well-being|Safe|Free|Low|High|Our|Mentoring|"
                    r"Coaching|Leadership|Outreach|Hospital|Specialty|Foundation|Core|Higher")
_NOT_PRACTICE_FIRST = (r"Public|Occupational|Mental|Sexual|Women['’]s|Men['’]s|Child|Children['’]s|"
                       r"Global|Student|Primary|Community|Environmental|Digital|Population|Oral|"
                       r"Dental|Maternal|Reproductive|Workplace|Staff|Practitioner|Physical|"
                       r"Emotional|Integrated|Allied|Care|Good|Bad|Poor|Better|General|Holistic|"
                       r"Spiritual|Social|NHS|British|Royal|Senior|Chief|Deputy|Associate|Junior|"
                       r"Academic|Clinical|Medical|Health|Family|Private|Independent|Military|"
                       r"Veterinary|Rural|Urban|International|National|Regional|Local")
#: what follows "<X> Health" when it is not a practice ("Health Act", "Medical Council")
_NOT_PRACTICE_NEXT = (r"Centre|Group|Practice|Board|Partnership|Trust|Care|Service|Services|Team|"
                      r"Officer|Act|Check|Questionnaire|Record|Records|School|Schools|Council|"
                      r"Education|Improvement|Scotland|England|Wales|Association|Defence|"
                      r"Protection|Union|Society|Director|Directors|Examiner|Register|Student|"
                      r"Students|Foundation|Workforce|Research|Sciences?|Committee|Unit|"
                      r"Authority|Agency|Insurance|Cover|Indemnity|Leave")


#: words before a lower-case "trust", "health board", "hospice" that say what kind, not where
_NOT_LOWER_KIND = (r"(?!(?:Foundation|Acute|Mental|Community|Ambulance|Teaching|Hospital|Hospitals|"
                   r"Health|Healthcare|Care|Local|Other|Same|Whole|Old|New|Big|Main|Specialist|"
                   r"Children['’]s|Wellcome|National|Royal|Trust|Lead|Host|Employing|Current|"
                   r"Previous|Partnership|Charitable|Family|Hospice|Our|My|Their|His|Her|The|This|"
                   r"That|Next|Last|First|Neighbouring|Regional|Private|Scottish|Welsh|English|"
                   r"Irish|University|General|Integrated|Primary|Secondary|Tertiary|Specialty)\b)")


class _HospitalLife:
    """A hospital's short name or initials guessed for review (below the threshold), lifted
    above it by a word of a hospital's life in the gazetteer's window
    (:func:`vault.anonymise.hospitals.hospital_life_near`, passed in: that module imports this
    one) when the context enhancer's narrower window (five words before, three after) holds
    none of the recognizer's context words: people say what a hospital was like a clause away
    from its name ("I loved the Coppice; it was small enough that the porters knew your
    name", "the Lantern was where I grew up, and the matron there was fierce"). Lifted to :data:`SCORE`, as sure as
    a listed ambiguous name with a workplace word near it; a match the enhancer lifts is left
    to it, as before."""

    SCORE = 0.6

    def __init__(self, near: Callable[[str, int, int], bool], context: Iterable[str]) -> None:
        self.near = near
        self.context = frozenset(w.lower() for w in context)

    def lift(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        for r in results:
            if r.score < self.SCORE and not _MODIFIER_OR_LONGER.match(text, r.end) \
                    and text[r.start:r.end] not in _NO_SHORT_NAME \
                    and not self._enhanced(text, r.start, r.end) \
                    and self.near(text, r.start, r.end):
                r.score = self.SCORE
        return results

    def _enhanced(self, text: str, start: int, end: int) -> bool:
        return not self.context.isdisjoint(context_window(text, start, end, *CONTEXT_WINDOW))


#: the engine's context enhancer's window: words before a match, words after it ("It's
#: 4313702, my GMC number" names its context three words late)
CONTEXT_WINDOW = (5, 3)
#: a word as the engine's context enhancer reads one
_CONTEXT_WORD = std_re.compile(r"[A-Za-z][A-Za-z'-]*")


def context_window(text: str, start: int, end: int, before: int, after: int) -> list[str]:
    """The words, lower-cased, the engine's context enhancer reads around ``text[start:end]``:
    the last ``before`` words of the 80 characters before it and the first ``after`` of the 40
    after."""
    words = [w.lower() for w in _CONTEXT_WORD.findall(text, max(0, start - 80), start)[-before:]]
    words += [w.lower() for w in _CONTEXT_WORD.findall(text, end, end + 40)[:after]]
    return words
#: a hospital's initials, with or without "the", three or four letters ending in H(ospital)
#: as most do ("the RDH", "BCH"): the organisation recognizer's guesses for review that are
#: lifted (not "the WHO", "the AMHP", "TB", "COSHH": a body's, a post's, a disease's or a
#: regulation's letters; nor a word in capitals, "WITH")
_INITIALS = std_re.compile(r"[A-Z]{2,3}H")
#: words said after "the" at work that are a kind of body or a rank, never a hospital's short
#: name, whatever the ward words around them ("the Union rep came to the ward", "the Bishop
#: blessed the new wing", "the Faculty published it"), nor a stretch of time ("Nurse of the
#: Year")
_NO_SHORT_NAME = frozenset("""
Union Unions Council Federation Society Guild Agency Bank Board Deanery Ministry Department
Government Faculty College Academy Institute Association Church Chapel Cathedral Parish
Diocese Bishop Archbishop Vicar Chaplain Rector Canon Mayor Minister Queen King Prince
Princess Duke Duchess Year Month Week
""".split())  # noqa: SIM905
#: after a guess, what makes it no hospital's name: the word it modifies is "one" ("the
#: Rockley one", a thing of a kind), or "and" and a capital go on with a longer name ("the
#: Friends and Family Test")
_MODIFIER_OR_LONGER = std_re.compile(r"[ \t]+(?:ones?\b|(?:and|&)[ \t]+[A-Z])")


class HealthcareOrganisationRecognizer(StudyPatternRecognizer):
    """Named hospitals, infirmaries, trusts, practices and surgeries ("the Royal Victoria
    Infirmary", "Newcastle upon Tyne Hospitals NHS Foundation Trust", "Elm Tree Surgery"), and
    "the XYZ" acronyms, which go to review (most are hospitals, some are committees)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # a saint's ("St Oswald's Hospital") or Our Lady's ("Our Lady of Lourdes Hospital",
        # "Our Lady's Hospice": "Our" opens the name, as it opens no other)
        Pattern("named", r"\b(?:(?:St|Saint)\.?[ \t]+|Our[ \t]+(?=Lady\b))?" + _ORG_WORD + r"(?:[ \t]+(?:" + _ORG_JOIN
                         + r"[ \t]+){0,2}" + _ORG_WORD + r"){0,6}[ \t]+" + _ORG_SUFFIX
                         + r"\b(?:[ \t]+(?:of|for)[ \t]+" + _ORG_WORD + r"(?:[ \t]+" + _ORG_WORD + r"){0,3})?",
                0.85),
        Pattern("nhs_board", r"\bNHS[ \t]+(?!(?:England|Digital|Trust|Foundation|Improvement|Education|"
                              r"Scotland|Wales|Direct|Employers|Providers|Resolution|Property|Pensions?|"
                              r"Confederation|Choices|App|Jobs|Number|Numbers|No|Nos|Num|Professionals|Practitioner)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}", 0.8),
        Pattern("short_form", r"\b" + _ORG_WORD + r"(?:[ \t]+" + _ORG_WORD + r"){0,2}[ \t]+(?:Royal|General|Memorial|Cottage)\b(?![ \t]+(?:College|Society|Mail|Navy|Air|Family|Practice|Medical|Public|Election|Assembly|Manager|Surgery)\b)", 0.75),
        # "Yeovil District", "Antrim Area", "Sussex Community", "Powys Teaching": a hospital
        # or trust by its place and the word its full name goes on with ("<X> District
        # General Hospital", "<X> Community Healthcare NHS Trust"); not a council or a group
        Pattern("place_short_form", r"\b(?!(?:" + _NOT_PRACTICE_FIRST + r"|" + _NOT_PLACE_FIRST
                + r")\b)(?P<m>" + _ORG_WORD
                + r"(?:[ \t]+" + _ORG_WORD + r")?[ \t]+(?:District|Area|Community|Teaching|"
                r"County))\b(?![ \t]+(?:(?:Council|Councils|Court|Hall|Cricket|Show|Nurses?|"
                r"Nursing|Care|Health|Services?|Team|Group|Centre|Matters|Fund|Line|Manager|"
                r"Officer|Development|Engagement|Hub|Network|Partnership|Assembly|Association|"
                r"Champion)\b|[A-Z]))", 0.6),
        # "King's Mill", "Guy's" after "at"/"from": a hospital named after a person or saint
        Pattern("possessive_hospital", r"\b(?:at|to|from|in|joined|then)(?:,?[ \t]+(?:um|er|erm|uh))*,?"
                r"[ \t]+(?!(?:Sainsbury|McDonald|Nando|Tesco|Morrison|Asda|Lloyd|Barclay|"
                r"Domino|Wendy|Macy|Harrod|Selfridge)['’]s\b)"
                r"(?P<m>(?:St[ \t]+)?[A-Z][a-z]+['’]s(?:[ \t]+[A-Z][a-z]+)?)"
                r"(?![ \t]+[a-z]+[ \t]+(?:house|place|flat|party|wedding|funeral|office|room))"
                r"(?=[ \t]*(?:[.,;!?]|$|[ \t]+(?:for|in|as|doing|and|on|at|with|now|then|"
                r"since|until)\b))", 0.55),
        # a trust by its place and what it provides: "Worcestershire Health and Care",
        # "Gloucestershire Health and Social Care"
        Pattern("health_and_care", r"\b(?!(?:" + _NOT_PRACTICE_FIRST + r")\b)[A-Z][a-z]+"
                r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+Health[ \t]+(?:and|&)[ \t]+(?:Social[ \t]+)?Care\b", 0.75),
        # one of the HSE's community healthcare organisations, by its number: "Community
        # Healthcare Organisation 4", "CHO 7", "CHO Area 2" (the number is what identifies)
        Pattern("cho", r"\b(?:Community[ \t]+Healthcare[ \t]+Organisation|CHO)[ \t]+(?:Area[ \t]+)?"
                r"[1-9]\b(?![.,]?\d)", 0.85),
        # a Welsh university health board by its initials: "SBUHB", "CTMUHB", "HDdUHB"
        Pattern("uhb_acronym", r"(?<![\w-])[A-Z][A-Za-z]{0,3}UHB\b", 0.8),
        # a hospital by its place and its kind's initials: "Southport DGH", "Bassetlaw DGH"
        Pattern("place_dgh", r"(?<![\w'’-])(?:[A-Z][a-z]+[ \t]+){1,2}DGH\b", 0.8),
        # a named hospice with its kind in lower case: "Naomi House hospice", "at Rowcroft
        # hospice" (the "the X hospice" form is lower_kind's)
        Pattern("named_hospice", r"(?<![\w'’-])(?<!\bthe[ \t])(?P<m>" + _NOT_LOWER_KIND + _ORG_WORD
                + r"(?:[ \t]+" + _ORG_WORD + r"){0,2}[ \t]+hospice)\b", 0.75),
        # a saint's hospital said after "at", "to", "from": "Parking at St Wilfrid's was a
        # joke" (not a saint's day, church, school or street)
        Pattern("saints", r"\b(?:at|to|from|in|joined|left)[ \t]+(?P<m>St\.?[ \t]+[A-Z][a-z]+['’]s?)"
                r"(?![\w'’-]|[ \t]+(?:Day|day|Eve|eve|Cross|Church|church|Cathedral|Chapel|School|"
                r"school|College|college|Park|Road|Street|Square|Way|Primary|Academy|Hall)\b)", 0.6),
        # a saint's, said as a place of its own wherever it stands: "St Aidan's was my first
        # job", "Honestly St Wilfrid's was a dump" (the saint alone is a name: the "St" with it
        # says which place); not a saint's day, plant, church, school, street or medal
        Pattern("saint_possessive", r"(?P<m>S(?<![\w'’-]S)(?:t\.?|aint)[ \t]+[A-Z][a-z]+['’]s?)"
                r"(?<=s['’]|['’]s)(?![\w'’-]|[ \t]+(?:[A-Z0-9]|(?:day|eve|wort|church|"
                r"cathedral|chapel|school|college|primary|academy|parish|road|street|square|"
                r"park|way|fire|dance|medal|feast|mass|cross|well|abbey|priory|hall|house)\b))",
                0.6),
        # "Royal Stoke", "the Royal Shrewsbury": hospitals known by "Royal" and a place name
        Pattern("royal_place", r"\bRoyal[ \t]+(?!(?:" + _ROYAL_NOT_HOSPITAL + r")\b)" + _ORG_WORD
                               + r"(?:[ \t]+(?:Infirmary|Hospital|University[ \t]+Hospital))?\b", 0.7),
        Pattern("at_the_acronym", r"\b(?:at|to|from|in|joined|then),?[ \t]+(?:(?:um|er|erm|uh),?[ \t]+)*"
                                  r"the[ \t]+(?!" + _NOT_ORG_ACRONYM + r"\b)(?P<m>[A-Z]{2,5})\b"
                                  r"(?![ \t]+(?:model|number|team|meeting|exam|course|rota)\b)", 0.55),
        # (not the letters of a career's papers and posts: "on the CV", "the ACF post", "the
        # ARCP"; nor of staff, services and stores: "the ODP", "OOH", "the CD cupboard")
        Pattern("the_acronym", r"\bthe[ \t]+(?!" + _NOT_ORG_ACRONYM + r"\b)(?P<m>[A-Z]{2,5})\b"
                r"(?![ \t]+(?:model|number)\b)", 0.35),
        # "the" and three or four initials ending in H(ospital): "the nearest bed is the
        # DKH", "Oh, the QWMH!" (two cues where "the XYZ" has one); not a clinical acronym
        # ("the PPH", "the SAH"), a body's longer letters ("the NCISH report") nor before a
        # word it qualifies ("the DKH model", "the BCH team", "the NCH report")
        Pattern("the_acronym_h", r"\bthe[ \t]+(?!" + _NOT_ORG_ACRONYM + r"\b|(?:"
                + "|".join(sorted(a for a in CLINICAL_ACRONYMS if a.endswith("H"))) + r")\b)"
                r"(?P<m>[A-Z]{2,3}H)\b(?![ \t]*[-/&][ \t]*[A-Z]|[ \t]+(?:model|number|team|meeting|"
                r"exam|course|rota|scheme|score|protocol|guidelines?|form|scan|leaflet|chart|"
                r"bundle|pathway|criteria|level|levels|test|result|results|report|reports|"
                r"inquiry|review|guidance|audit|recommendations|data|study|survey|toolkit|"
                r"standards?|policy|framework|website|campaign|programme|tool)\b)", 0.6),
        # a hospital's acronym without "the", most end in H(ospital): "at DCH", "DCH felt
        # like home" (a guess for review, lifted by workplace words)
        # (not a clinical acronym, "a PPH of two litres", whatever hospital words are near)
        Pattern("acronym_h", r"(?<![\w-])(?!" + _NOT_ORG_ACRONYM + r"\b|(?:"
                + "|".join(sorted(a for a in CLINICAL_ACRONYMS if a.endswith("H")))
                + r")\b)(?P<m>[A-Z]{2,4}H)\b(?![ \t]+(?:model|number)\b)", 0.4),
        Pattern("at_acronym_h", r"\b(?:at|to|from)[ \t]+(?!" + _NOT_ORG_ACRONYM + r"\b)(?P<m>[A-Z]{2,4}H)\b(?![ \t]+(?:model|"
                                r"number)\b)", 0.6),
        # "Central Mid", "North Mid", "the Mid-Ulster": hospitals by a direction and "Mid"
        Pattern("mid", r"\b(?:(?:North|South|East|West|Central)[ \t]+Mid\b(?![- ][A-Z])|"
                       r"(?<=the[ \t])Mid-[A-Z][a-z]+)", 0.6),
        # "the R U H": an acronym said letter by letter
        Pattern("spelled_acronym", r"\bthe[ \t]+(?P<m>[A-Z](?:[ \t][A-Z]){2,3})\b(?![ \t][A-Z]\b)", 0.55),
        # "University Hospital Crosshouse": the place after the name is part of it
        Pattern("university_hospital", r"\bUniversity[ \t]+Hospitals?[ \t]+(?:of[ \t]+)?"
                                       r"(?!(?:NHS|Trust|and|The|I|In|On|At|Then)\b)[A-Z][a-z]+"
                                       r"(?:['’][A-Z][a-z]+)?"  # "Sant'Orsola", "Dell'Angelo"
                                       r"(?:[ \t]+(?!(?:NHS|Trust)\b)[A-Z][a-z]+)?", 0.85),
        # a trust, health board or hospice named by its place with the kind in lower case:
        # "the Rotherham Doncaster trust", "the Aneurin Bevan health board", "the Wakefield
        # hospice" (the hospice's word is part of its name; a trust's is not); not "the
        # Foundation trust", "the Wellcome trust", "the NHS trust"
        Pattern("lower_kind", r"(?<=\bthe[ \t])(?P<m>" + _NOT_LOWER_KIND + _ORG_WORD
                + r"(?:[ \t]+(?:and[ \t]+)?" + _NOT_LOWER_KIND + _ORG_WORD + r"){0,2}"
                r"(?:[ \t]+(?:hospice|health[ \t]+board)\b|(?=[ \t]+trust\b)))"
                r"(?![ \t]+(?:fund|funds|deed|deeds|issues?)\b)", 0.8),
        # a trust named by two or three capitalised words, its kind in lower case and no
        # "the": "Brimley Vale trust is where I trained", "Hatherton and Mere trust took over";
        # one word after a sentence's "The" ("The Tarnmouth trust had a freeze"); not "trust"
        # as a verb ("Patients and Nurses trust each other")
        Pattern("named_lower_trust", r"(?<![\w'’-])(?<!\bthe[ \t])(?P<m>" + _NOT_LOWER_KIND
                + _ORG_WORD + r"(?:[ \t]+(?:(?:and|&)[ \t]+)?" + _NOT_LOWER_KIND + _ORG_WORD
                + r"){1,2}|(?<=\bThe[ \t])" + _NOT_LOWER_KIND + _ORG_WORD
                + r")(?=[ \t]+(?:(?:NHS|[Ff]oundation)[ \t]+)*trust\b(?![ \t]+(?:me|you|him|"
                r"her|us|them|it|the|a|an|my|your|our|their|his|its|this|that|those|these|each|"
                r"every|anyone|anybody|nobody|no|fund|funds|deed|deeds|issues?)\b))", 0.8),
        # the kind first, the name after it: "the Hospital of St John and St Elizabeth", "the
        # Hospice in the Weald", "Infirmary of St Wilfrid" (what follows must name a saint, a
        # place or something no English word explains: not "Hospital of the Year", "Hospice at
        # Home"; nor a name's kind before its town, "Kelbury Hospital in Leeds", nor a list,
        # "the Hospice in the Weald and Thorn House"; see analyze)
        Pattern("kind_first", r"\b(?:Hospitals?|Hospice|Infirmary)[ \t]+(?:of|for|in[ \t]+the)"
                r"[ \t]+(?:the[ \t]+)?" + _KIND_FIRST_NAME + r"(?:[ \t]+[A-Z][\w'’-]+){0,2}"
                r"(?:[ \t]+(?:and|&)[ \t]+(?:St|Saint)\.?[ \t]+[A-Z][\w'’-]+)?", 0.8),
        # "Ysbyty Gwynedd": Welsh "hospital" before the name
        Pattern("ysbyty", r"\bYsbyty[ \t]+[A-Z][\w'’]+(?:[ \t]+[A-Z][\w'’]+)?", 0.85),
        # a health service by its kind and then its island or place: "Health and Social Care,
        # Alderney", "Health and Community Services Jersey" (a nation's stays: see analyze)
        Pattern("kind_then_place", r"\bHealth[ \t]+and[ \t]+(?:Social[ \t]+|Community[ \t]+)?"
                r"(?:Care|Services),?[ \t]+(?P<m2>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)", 0.8),
        # practices named "<X> Health", "<X> Medical", "<X> Family Doctors": "Tamar Valley
        # Health", "Riverside Medical"; not "Mental Health", "General Medical Council"
        Pattern("practice_name", r"\b(?!(?:" + _NOT_PRACTICE_FIRST + r")\b)" + _ORG_WORD
                                 + r"(?:[ \t]+" + _ORG_WORD + r"){0,3}[ \t]+(?:Health|Medical|"
                                 r"Family[ \t]+Doctors|Partnership|Healthcare)\b(?![ \t]+(?:"
                                 + _NOT_PRACTICE_NEXT + r")\b)(?![ \t]+[A-Z])", 0.6),
    ]
    #: what a pattern's match (or its look-ahead) holds on its line: the kind word. A kind word
    #: added to one of these patterns goes here too.
    LINE_TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {
        "short_form": std_re.compile(r"Royal|General|Memorial|Cottage"),
        "place_short_form": std_re.compile(r"District|Area|Community|Teaching|County"),
        "health_and_care": std_re.compile(r"Care"),
        "named_hospice": std_re.compile(r"hospice"),
        "spelled_acronym": std_re.compile(r"the[ \t]+[A-Z][ \t][A-Z]"),
        "named_lower_trust": std_re.compile(r"trust"),
        "practice_name": std_re.compile(r"Health|Medical|Family|Partnership"),
        "kind_first": std_re.compile(r"Hospital|Hospice|Infirmary"),
        "kind_then_place": std_re.compile(r"Health[ \t]+and"),
    }
    #: workplace words that lift "the RUH" from review to redaction
    CONTEXT: ClassVar[list[str]] = [
        "hospital", "ward", "wards", "worked", "working", "work", "consultant", "registrar",
        "rotation", "job", "placement", "shift", "shifts", "nights", "locum", "on-call", "post",
        "f1", "f2", "st1", "st3", "training", "trained", "based", "moved",
        # "How did the DPOW compare with the WRH?", "we called it the GEH"
        "compare", "compared", "called", "transferred", "mess", "home",
    ]

    def __init__(self, listed_hospital: Callable[[str], bool] = lambda name: False,
                 hospital_life_near: Callable[[str, int, int], bool] = lambda text, start, end:
                 False) -> None:
        """``listed_hospital`` says whether a name is a listed hospital's (the gazetteer's
        :func:`vault.anonymise.hospitals.listed_spelling`, which builds on this module, so it is
        passed in rather than imported); ``hospital_life_near`` lifts initials guessed for
        review (:class:`_HospitalLife`)."""
        super().__init__(supported_entity="HOSPITAL", patterns=self.PATTERNS,
                         name="healthcare_organisation", context=self.CONTEXT,
                         global_regex_flags=FLAGS)
        self.listed_hospital = listed_hospital
        self._life = _HospitalLife(hospital_life_near, self.CONTEXT)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """As the patterns find them, less a lead-in the name swallowed ("After the", "After
        Covid"); a deanery or university is where it is: "the Severn Deanery", "Abertay
        University" are the places "Severn", "Abertay" (LOCATION), the word after them kept."""
        out = []
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if "Ambulance" in text and "HOSPITAL" in entities:  # rare: searched only then
            found += [credited(self, "HOSPITAL", m.start(), m.end(), 0.85)
                      for m in _AMBULANCE_SERVICE.finditer(text)]
        for result in found:
            lead = LEAD_IN.match(text, result.start, result.end)
            if lead is not None and lead.end() < result.end:
                result.start = lead.end()
            if _BODY_AFTER.match(text, result.end):
                continue  # "Northern Ireland Practice and Education Council": a public body
            served = _KIND_THEN_PLACE.fullmatch(text, result.start, result.end)
            if served is not None and (served.group("place") in _NATIONS or not (
                    known_place(served.group("place"))
                    or served.group("place") in _CROWN_DEPENDENCIES)):
                continue  # "Health and Social Care Wales", "Health and Care Partnership"
            after = _KIND_FIRST.fullmatch(text, result.start, result.end)
            if after is not None and (not _names_after_kind(after.group("name"))
                                      or _NAME_BEFORE_KIND.search(text, max(0, result.start - 40),
                                                                  result.start)):
                continue  # "the Hospital of the Year award"; "Kelbury Hospital of ...": the
                # kind is a name's, said after it
            if _SPECIALTY.fullmatch(text, result.start, result.end):
                continue  # "ST3 General Surgery", "Plastic Surgery": a specialty, no practice
            if _NHS_KIND_ONLY.fullmatch(text, result.start, result.end):
                continue  # "the NHS ICB structure", "an NHS CCG": a kind of body, no one body
            kind = _MENTAL_HEALTH_UNIT.search(text, result.start, result.end)
            if kind is not None and kind.end() == result.end:
                words = text[result.start:kind.start()].split()
                if not (names_a_care_home(words, opens_sentence=at_sentence_start(
                            text, result.start)) if _CARE_HOME_KIND.fullmatch(kind.group())
                        else any(known_place(w) or not _unit_word(w) for w in words)):
                    continue  # "the Adult Mental Health Unit", "a Residential Care Home"
            result.start = _after_listed_hospital(text, result.start, result.end,
                                                  self.listed_hospital)
            tail = _PLACE_INSTITUTION.search(text, result.start, result.end)
            if tail is not None and tail.end() == result.end and tail.start() > result.start:
                if "LOCATION" not in entities:
                    continue
                place = text[result.start:tail.start()].strip()
                if tail.group().strip() == "University" and names_no_place(place):
                    continue  # "Charles University", "the Open University"
                result.end = tail.start()
                result.entity_type = "LOCATION"
            out.append(result)
        initials = [r for r in out if _INITIALS.fullmatch(text, r.start, r.end)
                    and not is_english_word(text[r.start:r.end].lower())]
        if initials:
            self._life.lift(text, initials)
        return out + self._initials_of_named(text, out)

    def _initials_of_named(self, text: str,
                           found: list[RecognizerResult]) -> list[RecognizerResult]:
        """A hospital's initials where the text names it in full too: once someone has said
        "the Royal Kelbury Infirmary", "the RKI" (or "the R K I") is that hospital, whatever
        the words around it; the initials come from :func:`hospital_initials`."""
        letters = {ini for r in found if r.entity_type == "HOSPITAL"
                   for ini in hospital_initials(text[r.start:r.end])}
        out = []
        for ini in sorted(letters):
            said = std_re.compile(r"(?<![\w'’-])(?:" + ini + "|" + "[ \t]".join(ini)
                                  + r")(?![\w'’-]|[ \t][A-Z]\b)")
            out += [credited(self, "HOSPITAL", m.start(), m.end(), 0.85)
                    for m in said.finditer(text)
                    if not any(r.start <= m.start() < r.end for r in found)]
        return out


#: "NHS" and a commissioner's kind, no name: "the NHS ICB", "an NHS CCG"
_NHS_KIND_ONLY = std_re.compile(r"NHS[ \t]+(?:CCG|PCT|ICB|ICS)")
#: the kind that ends a mental-health unit's, a care centre's or a care home's name
#: (:data:`_UNIT_KIND`)
_MENTAL_HEALTH_UNIT = std_re.compile(r"[ \t](?:" + _UNIT_KIND + r")\b")
#: a care home's kind, as :data:`_MENTAL_HEALTH_UNIT` finds it
_CARE_HOME_KIND = std_re.compile(r"[ \t]" + _CARE_HOME)
#: a regional ambulance service, named by its region: "North West Ambulance Service", "East
#: of England Ambulance Service NHS Trust", "the London Ambulance Service" (a nation's, "the
#: Welsh Ambulance Service", is ordinary language: vocabulary.py)
_AMBULANCE_SERVICE = std_re.compile(
    r"\b" + _ORG_WORD + r"(?:[ \t]+(?:" + _ORG_JOIN + r"[ \t]+){0,2}" + _ORG_WORD
    + r"){0,4}[ \t]+Ambulance[ \t]+Services?(?:[ \t]+(?:University[ \t]+)?(?:NHS[ \t]+)?"
    r"(?:Foundation[ \t]+)?Trust)?\b")
_AND = std_re.compile(r"[ \t]+(?:and|&)[ \t]+")


def _after_listed_hospital(text: str, start: int, end: int,
                           listed_spelling: Callable[[str], bool]) -> int:
    """Where a name joined by "and" really starts when the words before the "and" are a
    listed hospital themselves: "Velindre and South Tyrone Hospital" is two hospitals, the
    "and" no part of either ("Guy's and St Thomas' Hospital", listed whole, stays one)."""
    span = text[start:end]
    for m in _AND.finditer(span):
        if listed_spelling(span[:m.start()]) and not listed_spelling(span):
            return start + m.end()
    return start


#: a grade written before a specialty ("ST3", "CT1", "FY2", "SpR")
#: a doctor in training's grade in its letters ("SHO", "FY1", "ST3"), which the engine also cuts
#: from before a name on a rota (its ``_GRADES``)
TRAINEE_GRADES = r"[SC]T[1-8]|FY[12]|F[12]|SpR|SPR|StR|SHO"
_GRADE_LETTERS = r"(?:" + TRAINEE_GRADES + r"|GPST[1-3]|ACF|ACL)"
#: a specialty or a kind of surgery said as "<kind> Surgery"/"<kind> Practice" ("ST3 General
#: Surgery", "a Plastic Surgery rotation", "Day Surgery", "General Practice"): no practice's name
_SPECIALTY = std_re.compile(
    r"(?:(?:" + _GRADE_LETTERS + r")[ \t]+)?(?:General|Plastic|Cardiac|Cardiothoracic|Thoracic|Vascular|Paediatric|Pediatric|Neuro|"
    r"Orthopaedic|Orthopedic|Colorectal|Breast|Upper[ \t]+GI|Hepatobiliary|HPB|Endocrine|"
    r"Bariatric|Transplant|Trauma|Spinal|Hand|Oral|Maxillofacial|Oral[ \t]+and[ \t]+"
    r"Maxillofacial|Day|Minor|Emergency|Elective|Keyhole|Robotic|Laparoscopic|Acute|"
    r"Reconstructive|Cosmetic|Urological|Gynaecological|Obstetric|Ophthalmic|Foetal|Fetal|"
    r"Neonatal|Family|Dental|Advanced|Nurse|Clinical|Good|Medical|Pharmacy|Private)"
    r"[ \t]+(?:Surgery|Practice)")


#: words a name swallows at a sentence's start ("After the Northern Deanery I moved",
#: "After Covid Barts Health NHS Trust set up..."): not part of it
LEAD_IN = std_re.compile(r"(?:(?:After|Before|During|Since|Until|Even|Also|Just|Then|Now|Through|"
                          r"Via|Without|Unlike|Besides|"
                          # a pronoun and its verb: "It's Tamarisk Valley NHS Trust for us",
                          # "That's the Westmere Combined Healthcare trust" (no name opens so)
                          r"(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou|"
                          r"[Ww]ho|[Ww]hat|[Ww]here)['’](?:s|re|ll|d|ve)|I['’](?:m|ve|d|ll))"
                          r"[ \t]+(?:the[ \t]+)?|(?:Covid|COVID|"
                          r"Covid-19|COVID-19|Brexit|Lockdown)[ \t]+)+")
#: what makes an organisation's name a public body's: "... Practice and Education Council"
_BODY_AFTER = std_re.compile(r"[ \t]+(?:and|&)[ \t]+(?:[A-Z][a-z]+[ \t]+){0,3}(?:Council|Agency|"
                             r"Authority|Commission|Executive|Institute|Inspectorate)\b")
#: institutions named by their place, the place being what identifies: "<X> Deanery",
#: "<X> University"
_PLACE_INSTITUTION = std_re.compile(r"[ \t]+(?:Deanery|University|Foundation[ \t]+School)")


#: UK street-name endings (Royal Mail thoroughfare types in common use); after a house number
#: any of them makes an address
_STREET = (r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Close|Crescent|Way|Terrace|Place|"
           r"Gardens|Court|Grove|Square|Row|Walk|Mews|Parade|Hill|Park|View|Green|Side|Wharf|Quay|"
           r"Rise|Vale|Yard|Fold|Gate|Wynd|Brow|Bank|Approach|Circus|Embankment|Esplanade|"
           r"Promenade|Boulevard|Chase|Croft|Dale|Fields?|Grange|Heights|Meadows?|Mount|Orchard|"
           r"Passage|Ridge|Strand|Garth|Loan|Causeway|Broadway|Lea|Leys?|Nook|Paddock|Pastures?|"
           r"Precinct|Drove)")


class StreetAddressRecognizer(StudyPatternRecognizer):
    """Street addresses: "14 Elm Road", "Flat 2, 7 Park Terrace", and named streets ("Harley Street")."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("town_in_address", r"\b" + _STREET + r",[ \t]+(?P<m>[A-Z][a-z]+(?:[ \t-]+(?:upon[ \t-]+|on[ \t-]+|le[ \t-]+)?[A-Z][a-z]+)?)"
                                   r"(?=,?[ \t]+(?:[A-Z]{1,2}\d|[a-z]{1,2}\d))", 0.8),
        Pattern("numbered", r"\b(?:Flat[ \t]+\d+[A-Za-z]?,?[ \t]+)?\d{1,4}[A-Za-z]?,?[ \t]+"
                            r"(?:[A-Z][a-z'’]+[ \t]+){1,3}" + _STREET + r"\b", 0.9),
        # a street of one word ending in its type: "180 Ropewalk", "12 Kingsway, Hove"
        Pattern("numbered_one_word", r"\b(?:Flat[ \t]+\d+[A-Za-z]?,?[ \t]+)?\d{1,4}[A-Za-z]?,?[ \t]+"
                                     r"[A-Z][a-z]{2,}(?:way|gate|walk)(?=[ \t]*[,.;:!?)])", 0.8),
        Pattern("named", r"\b(?:[A-Z][a-z'’]+[ \t]+){1,2}(?:Road|Street|Lane|Avenue|Drive|Crescent|"
                         r"Terrace|Gardens|Square|Close|Rise|Grove|Mews|Wharf|Quay)\b", 0.65),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="LOCATION", patterns=self.PATTERNS, name="street_address",
                         global_regex_flags=FLAGS)


#: a capital in any Latin script, and the lower-case letters that may follow it
_UPPER = r"[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF]"
_LOWER = r"[a-zß-öø-ÿ\u0100-\u024F\u0250-\u02AF\u1E00-\u1EFF]"
#: particles that open a surname: "Ó Súilleabháin", "Ní Riain", "van der Merwe", "de Souza",
#: "da Silva", "dela Cruz", "de los Ríos", "ter Haar", "du Plessis", "bin Osman", "al-Khatib",
#: "ap Rhys", "ab Ifan" (Welsh "ap" before a vowel), "ferch Dafydd", "zu Salm" (German)
_PARTICLE = (r"(?:(?:Ó|Ní|Nic|Mac|Ua|Uí|[Vv]an[ \t]+der|[Vv]an[ \t]+den|[Vv]on[ \t]+der|van|von|"
             r"der|de[ \t]+la|de[ \t]+los|de[ \t]+las|de|del|ter|du|"
             r"della|di|da|dos|das|do|dela|le|la|ben|bin|binti|bint|ibn|ap|ab|ferch|zu|zur|zum|Van|Von|De|Da|Di|Le|La|"
             r"Dela|Del|Dos)[ \t]+|(?:al|el|Al|El)-)")
#: a surname's particle right before a name found without it ("Merwe" in "Van der Merwe")
_PARTICLE_BEFORE = std_re.compile(r"(?<![\w'’-])(?:(?:[Vv]an[ \t]+de[rn]|[Vv]on[ \t]+der|[Dd]e[ \t]+la|"
                                  r"[Dd]e[ \t]+los|[Dd]e[ \t]+las|ter|du|"
                                  r"[Vv]an|[Vv]on|[Dd]e|[Dd]el|[Dd]ella|[Dd]a|[Dd]os|[Dd]as|dela|"
                                  r"bin|binti|bint|ibn|ap|ab|ferch|zu|zur|zum|Ó|Ní|Nic|Ua|Uí)[ \t]+|(?:al|el|Al|El)-)\Z")


def particle_start(text: str, start: int) -> int:
    """Where a surname found at ``start`` really starts: before its particle, if it has one
    ("Van der Merwe", "de Souza", "al-Khatib")."""
    m = _PARTICLE_BEFORE.search(text, max(0, start - 12), start)
    return m.start() if m is not None else start


#: a second part after a hyphen may be written small, as romanised Korean and Cantonese
#: given names are ("Ha-eun", "Ka-wai")
#: a Scottish or Irish Gaelic surname written with capitals inside (the lenited parts of
#: "son/daughter of the servant of ...": "MacIllFhinnein", "NicGilleBhrìde", "MacGillEathain")
#: or with the article "a'" ("Nic a' Phearsain", "Mac a' Phì"): no list has them all
GAELIC_NAME = (r"(?:Mac|Nic|Mc|Mhic)(?:" + _UPPER + _LOWER + r"+){2,3}|(?:Mac|Nic|Mhic)[ \t]+a['’]"
               r"[ \t]+" + _UPPER + _LOWER + r"+")
_NAME_WORD = (r"(?:" + _PARTICLE + r")?(?:" + GAELIC_NAME + r"|(?:Mc|Mac|Nic|Fitz|O['’])?" + _UPPER
              + _LOWER + r"+(?:-" + _UPPER + r"?" + _LOWER + r"+)?)")


#: syllables of romanised Korean given names
_KOREAN = ("Ja|Jae|Jin|Ji|Jun|Jung|Joon|Hyun|Hye|Hee|Ho|Hoon|Hyo|Min|Mi|Seo|Seung|Su|Soo|Sung|So|Sook|"
           "Yeon|Young|Yoon|Yun|Woo|Won|Eun|Ha|Kyung|Kyu|Dong|Dae|Chan|Chul|Gyu|Na|Ra|Rin|Tae|Ye|"
           "Yu|Bin|Bo|Da|Do|Geon|Gi|Gun|Han|Hwa|Hwan|In|Jeong|Ju|Ki|Kwang|Mun|Myung|Nam|Sang|Seok|"
           "Shin|Sik|Suk|Un|Wook|Yong|Ah|Ae|Hun|Joo|Kyeong|Sun|Seon|Jong")


#: a word in capitals in any Latin script ("BAEK", "MENSAH-BONSU", "ŽUKAUSKAS", "ÖZDEMIR")
_CAPS_LETTER = r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]"
_CAPS_WORD = _CAPS_LETTER + r"(?:" + _CAPS_LETTER + r"|['’])+(?:-" + _CAPS_LETTER + r"+)*"


class TitledNameRecognizer(StudyPatternRecognizer):
    """A title followed by a capitalised name ("Dr Jones", "Mrs Patel", "Professor Alan Greaves"),
    which spaCy's small model misses in short cues."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # initials and the surname after them ("Dr A. Page", "Dr J.K. Ward", "Dr J.Smith")
        # a title that is a whole word takes no dot: "not Sister. It were" ends a sentence
        Pattern("titled_name", r"\b" + _TITLES_DOTTED + r"[ \t]+(?:" + _NAME_WORD + r"|" + _UPPER
                + r"\.(?:[ \t]?" + _UPPER + r"\.){0,2}(?:[ \t]*" + _NAME_WORD + r")?"
                r"|[A-Z]{2,3}(?=[ \t]+[A-Z][a-z])|[A-Z](?:[ \t][A-Z]){0,2}(?=[ \t]+[A-Z][a-z]))"
                r"(?:[ \t]+" + _NAME_WORD + r"){0,2}(?:\b|(?<=\.))", 0.8),
        # "Drs Crane and Swift": a plural title before each name
        Pattern("titled_pair", r"\b(?:Drs|Profs|Messrs)\.?[ \t]+(?:" + _NAME_WORD + r"[ \t]*(?:,|and|&)"
                r"[ \t]+)?(?P<m>" + _NAME_WORD + r")\b", 0.8),
        Pattern("titled_first", r"\b(?:Drs|Profs|Messrs)\.?[ \t]+(?P<m>" + _NAME_WORD + r")\b", 0.8),
        # nursing, church, civic and service titles: "Sister Crane", "Matron Swift",
        # "Father Gentle", "Councillor Hale"; the title itself is not redacted
        Pattern("other_title", r"\b(?:(?:Rev|Revd|Cllr|Sgt)\.?|Sister|Matron|Nurse|Father|Reverend|"
                r"Councillor|Captain|Rabbi|Imam|Pastor|Lady|Lord|Judge|Sergeant)[ \t]+(?:" + _UPPER
                + r"\.[ \t]?)?(?!(?:Practitioners?|Specialists?|Consultants?|Managers?|Leads?|"
                r"Educators?|Associates?|Advocates?|Prescribers?|Clinicians?|Incidents?|Trauma|"
                r"Christmas|Time|Nature|Superior|Act|Knows|Almighty|Chancellor|Mayor|Justice|"
                r"Chief)\b)(?P<m>" + _NAME_WORD + r")\b", 0.75),
        # Korean given names romanised with a hyphen ("Jae-hyun", "Hyun-woo", "Seo-yeon"): two
        # syllables of the romanisation, the second in lower case
        Pattern("korean_given", r"(?<![\w'’-])(?:" + _KOREAN + r")-(?:" + _KOREAN.lower()
                + r")(?![\w-]|['’](?!s\b))", 0.75),
        # a typed header in capitals: "INTERVIEW WITH DR BAEK", "TRANSCRIBED BY OKAFOR",
        # "second check MENSAH-BONSU": a capitalised word after a title or a transcriber's verb
        Pattern("caps_name", r"(?:\b(?:DR|MR|MRS|MS|MISS|PROF|PROFESSOR|DOCTOR)\.?|"
                r"\b(?:[Tt]ranscribed|TRANSCRIBED|[Tt]yped|TYPED|[Cc]hecked|CHECKED|[Pp]repared|"
                r"PREPARED|[Pp]roofread|PROOFREAD|[Rr]eviewed|REVIEWED)[ \t]+(?:[Bb]y|BY)|"
                r"\b(?:[Ss]econd|SECOND)[ \t]+(?:[Cc]heck|CHECK)(?:ed|ED)?(?:[ \t]+(?:by|BY))?|"
                # a header's label for who did the work: "TRANSCRIBER: HARKIN", "Typist: OKORO"
                r"^[ \t]*(?:TRANSCRIBER|[Tt]ranscriber|TYPIST|[Tt]ypist|CHECKER|[Cc]hecker|"
                r"PROOFREADER|[Pp]roofreader|NOTE[ -]?TAKER|[Nn]ote[ -]?taker|SCRIBE|[Ss]cribe)"
                r"(?=[ \t]*:))"
                r":?[ \t]+(?!(?:THE|AND|HAND|PHONE|EMAIL|ZOOM|TEAMS|AI|SOFTWARE|MACHINE|NHS|GMC|"
                r"TBC|TBA|NA|N/A|NONE|ON|IN|AT|OF|TO|FOR|IS|WAS|OFF|OUT|UP|NO|NOT|ALL|TEAM|ROTA|"
                r"NOTES|LETTER|CALL|DUTY|LEAVE|STUDY|RESEARCH|INTERVIEWER|PARTICIPANT|STAFF)\b)(?P<m>" + _CAPS_WORD + r"(?:[ \t]+" + _CAPS_WORD + r")?)(?![\w])", 0.75),
    ]

    #: what follows a title in jokes, not names: "Dr Google", "Dr YouTube", "Dr Internet"
    NOT_NAMES: ClassVar[frozenset[str]] = frozenset("""
Google Internet Web YouTube Wikipedia Facebook Twitter TikTok Instagram ChatGPT WhatsApp Zoom
Teams Amazon Who No Feelgood Death Evil Strangelove Seuss
""".split())  # noqa: SIM905

    def __init__(self) -> None:
        super().__init__(supported_entity="PERSON", patterns=self.PATTERNS, name="titled_name",
                         global_regex_flags=FLAGS)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        words = pattern_text.split()
        if len(words) == 2 and words[1] in self.NOT_NAMES:
            return True
        # (round 25) a sign-off's field filled with a compound of the language in capitals
        # ("Checked by: NIGHT-STAFF", "Reviewed by: DOUBLE-CHECKED"), not a double-barrelled
        # surname ("Checked by: MENSAH-BONSU")
        return pattern_text.isupper() and all(_joined_words(w) for w in words) or None


#: common first names (UK medical workforce); ambiguous words (Will, May, Hope, Grace, Mark,
#: Rose, Frank, Bill...) are left to spaCy and the register
FIRST_NAMES: tuple[str, ...] = (
    "Aaron", "Abdul", "Abigail", "Adam", "Adebayo", "Adeola", "Adil", "Adrian", "Agnieszka",
    "Ahmed", "Aidan", "Aileen", "Aisha", "Alan", "Alastair", "Alex", "Alexander", "Alexandra",
    "Ali", "Alice", "Alison", "Alistair", "Amal", "Amanda", "Amina", "Amir", "Amit", "Amy", "Ana",
    "Andrea", "Andrew", "Andy", "Angela", "Anil", "Anita", "Anjali", "Ann", "Anna", "Anne",
    "Annie", "Anthony", "Anu", "Anwar", "Arjun", "Arun", "Asha", "Ashley", "Ashok", "Babajide",
    "Barbara", "Barry", "Ben", "Benjamin", "Bernadette", "Beth", "Bethan", "Bharat", "Bilal",
    "Bogdan", "Brendan", "Brian", "Bronwen", "Bruce", "Caitlin", "Callum", "Cameron", "Carla",
    "Caroline", "Catherine", "Catriona", "Cerys", "Charles", "Charlie", "Charlotte", "Chen",
    "Chidi", "Chinedu", "Chloe", "Chris", "Christine", "Christopher", "Ciara", "Claire", "Clare",
    "Colin", "Connor", "Craig", "Dafydd", "Damian", "Daniel", "Darren", "Dave", "David", "Debbie",
    "Deborah", "Declan", "Deepa", "Deepak", "Denise", "Dennis", "Derek", "Diana", "Dominic",
    "Donald", "Donna", "Duncan", "Dylan", "Eamon", "Edward", "Eilidh", "Eleanor", "Elena",
    "Elizabeth", "Ellie", "Emeka", "Emily", "Emma", "Eoin", "Eric", "Euan", "Ewan", "Farah",
    "Farhan", "Fatima", "Femi", "Fergus", "Fiona", "Fraser", "Gareth", "Gary", "Gavin", "Gemma",
    "Geoffrey", "George", "Georgia", "Gerard", "Gillian", "Graham", "Greg", "Gregor", "Gurpreet",
    "Gwen", "Hamish", "Hannah", "Harpreet", "Harriet", "Harry", "Hassan", "Hayley", "Heather",
    "Helen", "Hugh", "Hussain", "Iain", "Ian", "Ibrahim", "Ifeoma", "Imran", "Ioana", "Isabel",
    "Isla", "Jacob", "James", "Jamie", "Jane", "Janet", "Jasmine", "Jason", "Jasvinder",
    "Jennifer", "Jenny", "Jessica", "Joanna", "Joanne", "John", "Jonathan", "Joseph", "Josh",
    "Joshua", "Julia", "Julie", "Karen", "Kate", "Katherine", "Kathryn", "Katie", "Keith",
    "Kelly", "Kenneth", "Kerry", "Kevin", "Kirsty", "Kwabena", "Kwame", "Lakshmi", "Laura",
    "Lauren", "Leah", "Leila", "Leon", "Lesley", "Lewis", "Liam", "Linda", "Lindsay", "Lisa",
    "Lorna", "Louise", "Lucy", "Luke", "Magdalena", "Mairi", "Malcolm", "Manoj", "Margaret",
    "Maria", "Marie", "Martin", "Mary", "Matthew", "Megan", "Mei", "Melanie", "Michael",
    "Michelle", "Mohamed", "Mohammad", "Mohammed", "Muhammad", "Nadia", "Naomi", "Natalie",
    "Neil", "Niamh", "Nicola", "Nigel", "Nikhil", "Nina", "Noor", "Obinna", "Olivia", "Oluwaseun",
    "Omar", "Oscar", "Owen", "Patrick", "Paul", "Pauline", "Peter", "Phil", "Philip", "Pooja",
    "Priya", "Priyanka", "Rachel", "Rahul", "Rajesh", "Ravi", "Rebecca", "Rhian", "Rhys",
    "Richard", "Rita", "Robert", "Robin", "Rohan", "Rory", "Rosalind", "Ruth", "Ryan", "Sadia",
    "Saira", "Sally", "Samantha", "Samir", "Samuel", "Sandeep", "Sanjay", "Sara", "Sarah",
    "Scott", "Sean", "Seun", "Shabnam", "Shanthi", "Sharon", "Shauna", "Sian", "Simon", "Siobhan",
    "Sophie", "Stephen", "Steven", "Stuart", "Sunil", "Suresh", "Susan", "Tamsin", "Tanya",
    "Tariq", "Thomas", "Timothy", "Tomasz", "Tony", "Tracey", "Usman", "Vanessa", "Victoria",
    "Vikram", "Vivek", "Wendy", "William", "Yasmin", "Yusuf", "Zainab", "Zara", "Zoe",
)

_NOT_SURNAME = (r"(?:I|And|But|So|The|Um|Er|Erm|Yeah|Oh|Well|Okay|OK|It|He|She|We|They|You|If|"
                r"Then|When|What|Was|Is|Said|Says|Thanks|Sorry|Yes|No|Right|Just|Like)")


@functools.cache
def first_names() -> frozenset[str]:
    """:data:`FIRST_NAMES` plus the shipped lists (``data/first_names.txt``: Faker's British,
    Irish, South Asian, African and other English-language locales; ``data/given_names.txt``:
    given names from many countries), without names that are ordinary English words, less the
    common capitalised words. Stored accent-folded: test a word with :func:`is_first_name`."""
    # a given name that is also a place ("Harlow", "Kendal", "Sydney") is left to the place
    # recognizers, which send "Harlow Dynamics" to review rather than call it a person
    places = frozenset(UK_PLACES) | load_term_list("uk_places.txt") | world_places()
    return (frozenset(FIRST_NAMES) | load_term_list("first_names.txt")
            | rare_word_names() | (given_names() - places)) - COMMON_CAPITALISED


class RuleRecognizer(EntityRecognizer):
    """A recognizer of this package's rules and lists: nothing to load (its lists load lazily
    and are cached), and it looks only when asked for its first entity. Subclasses name their
    entities and themselves (``ENTITIES``, ``NAME``) and implement :meth:`find`."""

    ENTITIES: ClassVar[tuple[str, ...]] = ()
    NAME: ClassVar[str] = ""

    def __init__(self, entities: Sequence[str] = (), name: str = "") -> None:
        super().__init__(supported_entities=list(entities or self.ENTITIES),
                         name=name or self.NAME)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        if self.supported_entities[0] not in entities:
            return []
        return self.find(text)

    def find(self, text: str) -> list[RecognizerResult]:
        """The results in ``text`` (called only when the first entity is wanted)."""
        raise NotImplementedError


class _GazetteerRecognizer(RuleRecognizer):
    """A long word list, found by looking up capitalised tokens (:class:`GazetteerIndex`):
    no regex to compile at start-up, one dict lookup per capital."""

    SCORE: ClassVar[float] = 0.5

    def __init__(self, entity: str, name: str) -> None:
        super().__init__((entity,), name)

    def index(self) -> GazetteerIndex | FoldedNameIndex:
        raise NotImplementedError

    def extend(self, text: str, start: int, end: int) -> int:
        """Where a match that ends at ``end`` really ends (a surname after a first name)."""
        return end

    def score_for(self, text: str, start: int, end: int) -> float:
        return self.SCORE

    def find(self, text: str) -> list[RecognizerResult]:
        entity = self.supported_entities[0]
        out = []
        for start, end in self.index().finditer(text):
            end = self.extend(text, start, end)
            out.append(credited(self, entity, start, end, self.score_for(text, start, end)))
        return out


@functools.cache
def _first_name_index() -> FoldedNameIndex:
    return FoldedNameIndex(first_names())


def is_first_name(word: str) -> bool:
    """Whether ``word`` (accents folded, possessive ignored) is a first name in the lists."""
    return word in _first_name_index()


@functools.cache
def _english_first_names() -> frozenset[str]:
    """The first names of the English-language lists (:data:`FIRST_NAMES`, Faker's locales),
    not the worldwide given names: "Charles", not "Ege"."""
    return frozenset(FIRST_NAMES) | load_term_list("first_names.txt")


def names_no_place(words: str) -> bool:
    """Whether the words an institution is named with ("<words> University", "the University
    of <words>") name no place: someone ("Charles University") or what it is ("the Medical
    University", "the Open University"). A given name only the worldwide lists know is a
    place as likely as a person ("Ege University", "Selçuk University"): not someone here; a
    city whose name is a word names its university ("the University of Split")."""
    return not known_place(words) and words not in geo.WORD_CITIES and (
        fold(words) in _english_first_names() or all(is_english_word(w) for w in words.split()))


#: a surname after a first name ("Heather Forster"), not a sentence's next word ("Sarah And")
#: a glottal stop written inside a Pacific surname ("Ma'afu", "Fa'alogo", "Taufaʻahau"), not
#: a possessive or a contraction ("Ma's", "Tui'll")
_GLOTTAL = r"(?:['’ʻ](?!(?:s|ll|re|ve|d|m|t)\b)[a-z]{2,})?"
_SURNAME_AFTER = std_re.compile(r"[ \t]+(?!" + _NOT_SURNAME + r"\b)" + _NAME_WORD + _GLOTTAL
                                + r"(?![\w-]|['’]\w\w)")


class FirstNameRecognizer(_GazetteerRecognizer):
    """Common first names (with a following capitalised surname when there is one): the small
    spaCy model misses many lone first names in conversational text."""

    SCORE = 0.6

    def __init__(self) -> None:
        super().__init__("PERSON", "first_name")

    def index(self) -> FoldedNameIndex:
        return _first_name_index()

    def extend(self, text: str, start: int, end: int) -> int:
        surname = _SURNAME_AFTER.match(text, end)
        return surname.end() if surname is not None else end


#: capitalised words that name no one wherever they stand, so that no finder (the model
#: included) may take one alone for a person (the engine drops such a PERSON; they stay out of
#: :data:`COMMON_CAPITALISED`, so the model still reads their sentences, for dates): interjections, greetings and thanks of the UK's
#: languages and dialects ("Och", "Ach", "Diolch", "Croeso", "Slàinte"), dialect pronouns
#: that take a verb as a name would ("Naebody tells you", "Tha knows") and number words
#: written with a capital ("It was Thirteen weeks"; the ordinals from "Third" to "Thirtieth"
#: from :data:`~vault.anonymise.number_words.ORDINAL_WORDS`)
NEVER_NAMES: frozenset[str] = frozenset("""
Och Ach Aye Naw Nae Jings Crivvens Haud Hiya Howdy Cheers Ta Ey Eh Ahh Oof Ugh Wow Yikes Gosh
Golly Crikey Blimey Bloody Diolch Croeso Shwmae Iawn Hwyl Duw Ych Sláinte Slainte Slàinte Tapadh
Ciamar Fàilte Failte
Naebody Naething Nowt Owt Summat Thissen Thysen Yersel Youse Yiz Thon Wor Tha
One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen
Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred
Thousand Million Zero Nought Twice Thrice Half Quarter
""".split()) | {w.capitalize() for w, n in ORDINAL_WORDS.items() if n >= 3}  # noqa: SIM905
_NUMBER_WORD_PARTS = frozenset(w.lower() for w in NEVER_NAMES)


def never_a_name(word: str) -> bool:
    """Whether ``word`` (one token, as written) names no one: :data:`NEVER_NAMES`, or a number
    word joined by hyphens ("Twenty-one", "Forty-fifth")."""
    if word in NEVER_NAMES:
        return True
    parts = word.lower().split("-")
    return len(parts) > 1 and all(p in _NUMBER_WORD_PARTS for p in parts)


#: capitalised words that are not names or places, whatever precedes them (specialties, seasons,
#: software, pronouns; the months, the weekdays and their plurals from
#: :mod:`~vault.anonymise.calendar_words`): never picked up by the contextual recognizers below
COMMON_CAPITALISED: frozenset[str] = frozenset("""
I I'm I've I'd I'll Christmas Easter Covid COVID Zoom Teams WhatsApp Facebook Twitter Google
Medicine Surgery Paediatrics Psychiatry
Anaesthetics Anaesthesia Radiology Oncology Obstetrics Gynaecology Neurology Dermatology
Geriatrics Haematology Cardiology Respiratory Renal Urology Orthopaedics Pathology Ophthalmology
Gastroenterology Endocrinology Rheumatology Microbiology Histopathology Palliative Emergency
General Practice Primary Care Intensive Acute Community Public Health Foundation Core Higher
Specialty Training English British Scottish Welsh Irish European Asian African Muslim Christian
Hindu Sikh Jewish God Mum Mam Dad Nan Grandma Grandad Um Er Erm Yeah Okay OK Oh Well So And But
The A An It He She We They You This That There Here What When Where Why How Yes No Right Just
Like Sorry Thanks Interviewer Participant Doctor Dr Mr Mrs Ms Miss Professor Sister Nurse Matron
Consultant Registrar Trust Deanery Hospital Board Group Metro Friday's Monday's Locum Bank Ward
Transcriber Transcribed Transcript Transcription Confidential CONFIDENTIAL Page Interview Study
Date Duration Audio File Recording END Resp Facilitator Researcher Respondent Interviewee
Moderator Speaker
""".split()) | {*WEEKDAYS, *MONTHS, *(day + "s" for day in WEEKDAYS)}  # noqa: SIM905
#: words of :data:`COMMON_CAPITALISED` that are also common surnames: after an initial
#: ("P. Page") or found so in a transcript, that person again ("Page covered my on-call")
SURNAME_CAPITALS: frozenset[str] = frozenset({"Page", "Ward"})
_CAP = r"(?:Mc|Mac|Nic|Fitz|O['’])?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"  # "Ha-eun": a second part written small
#: the text before a match ends a sentence, a line or a speaker label (so capitals mean little)
_SENTENCE_START = std_re.compile(r"(?:\A|[.!?:;\n\u2014\u2013\"“(\[\])-]|\.\.\.)[ \t]*(?:(?:[Uu]m|[Ee]r|[Ee]rm|[Ss]o|[Aa]nd|[Bb]ut|"
                                 r"[Yy]eah|[Oo]h|[Ww]ell|[Hh]onestly|[Ll]ike|I[ \t]+mean),?[ \t]+)?\Z")


class _ContextualRecognizer(StudyPatternRecognizer):
    """A capitalised word found by the words around it; common capitalised words are skipped."""

    def invalidate_result(self, pattern_text: str) -> bool | None:
        words = pattern_text.split()
        words = [std_re.sub(r"['’]s$", "", w) for w in words]
        if not words or any(w in COMMON_CAPITALISED or w.lower() in STOP_WORDS
                            or never_a_name(w) for w in words):
            return True
        if words[-1] in DOCUMENT_WORDS:
            return True  # "the Working Time Directive says": a law or a paper speaks, no one
        return None


#: the last word of the title of a law, a rule or a paper ("the Working Time Directive", "the
#: Mental Capacity Act", "the Francis Report"): such a title says things, but is no person
DOCUMENT_WORDS: frozenset[str] = frozenset("""
Act Acts Directive Directives Regulation Regulations Bill Charter Code Guidance Guidelines
Framework Policy Report Review Inquiry Standard Standards Strategy Plan Order Convention Treaty
Handbook Manual Protocol Pathway Contract Agreement Constitution Statute Law Rules Principles
""".split())  # noqa: SIM905


#: a speech or action verb, an apposition or a possessive noun after a word: a person
#: an adverb between a name and its verb: "So Hunter just said", "Mercy actually rang"
_ADVERB = (r"(?:just|always|never|actually|literally|basically|then|also|really|finally|"
           r"eventually|suddenly|immediately|kindly|quietly|simply|even|still|only|once|"
           r"apparently|obviously|honestly)")
#: a question of who someone is: "Bah, is that the same person?", "And Pickles, was that her?"
_SAME_PERSON = (r",?[ \t]+(?:is|was)[ \t]+(?:that|this|she|he)[ \t]+(?:the[ \t]+same[ \t]+"
                r"(?:person|woman|man|guy|bloke|lady|doctor|nurse|consultant|colleague)|"
                r"him|her)\b"
                # talk about the word as a name: "And Warden, is that a name I'd know?"
                r"|,?[ \t]+(?:is|was)[ \t]+that[ \t]+(?:a|her|his|their|the)[ \t]+(?:sur|first[ \t]+)?"
                r"name\b")
#: an action on someone in the progressive, done only by a person: "So Clay was supervising
#: you", "Without Hazel phoning me that night", "Ash is mentoring us"
_DOING_TO_SOMEONE = (r"[ \t]+(?:(?:was|is|were|had[ \t]+been|has[ \t]+been),?[ \t]+"
                     r"(?:(?:um|er|erm|like|always|still|really|basically|kind[ \t]+of|sort[ \t]+of),?"
                     r"[ \t]+)*)?(?:supervising|mentoring|teaching|coaching|training|supporting|"
                     r"phoning|ringing|texting|messaging|emailing|shadowing|bullying|covering[ \t]+for|"
                     r"looking[ \t]+after|checking[ \t]+on)[ \t]+(?:you|me|us|him|her|them)\b")
#: a contracted "is" and a word of praise only a person earns: "Star's a star", "Opal's,
#: um, a real gem"
_PRAISED = (r"['’]s,?[ \t]+(?:(?:um|er|erm|like|I[ \t]+mean|you[ \t]+know|honestly),?[ \t]+)*"
            r"(?:a|an)[ \t]+(?:(?:real|total|absolute|complete|proper)[ \t]+)?(?:legend|godsend|saint|"
            r"star|gem|diamond|sweetheart|lifesaver|life-saver|hero|angel|sweetie|darling)\b")
_PERSON_ONLY_DEEDS = std_re.compile(_DOING_TO_SOMEONE + r"|" + _PRAISED)
#: roles that introduce a name: "our clinical director, Grace", "Grace, our practice manager"
_ROLES = (r"(?:director|manager|lead|leader|nurse|sister|matron|consultant|registrar|tutor|"
          r"coordinator|co-ordinator|receptionist|secretary|chair|head|brother|sister|mum|mother|"
          r"dad|father|eldest|youngest|son|daughter|husband|wife|partner|boss|friend|colleague|"
          r"mentor|mentee|supervisor|trainer|trainee|appraiser|GP|physio|pharmacist|psychologist|"
          r"counsellor|therapist|coach|buddy|fellow|guardian|administrator|PA|dean|principal|"
          r"medic|doctor|surgeon|anaesthetist|psychiatrist|paediatrician|geriatrician|physician|"
          r"SpR|StR|SHO|reg|HCA|ANP|ACP|FY1|FY2|F1|F2|"
          r"role[ \t]+model|confidant|confidante)")
#: a person's human doings after a sentence's first word: on the phone to someone, from a
#: place ("Summer is from Cebu"), working shifts, started as a role ("Autumn had just started
#: as a foundation doctor"), one of a team in apposition ("Summer, one of the HCAs, translated")
_HUMAN_DOINGS = (
    r"[ \t]+(?:was|is|were)[ \t]+on[ \t]+the[ \t]+phone\b(?![ \t]*(?:lines?|masts?|bills?))"
    r"|[ \t]+(?:originally[ \t]+)?(?:is|was|comes|came)[ \t]+(?:originally[ \t]+)?from[ \t]+"
    r"(?!God\b|Allah\b|Jesus\b|Christ\b|Heaven\b|Above\b|Him\b)[A-Z]"
    # a life's trouble lived through: "Star had gone through exactly the same thing"
    r"|[ \t]+(?:had|has|['’]d)[ \t]+(?:" + _ADVERB + r"[ \t]+)?(?:gone|been)[ \t]+through[ \t]+"
    r"(?:exactly[ \t]+|just[ \t]+)?(?:the[ \t]+same(?:[ \t]+(?:thing|stuff|experience|situation|"
    r"problem|ordeal|struggle|battle)\b|(?![ \t]+[a-z]))|(?:it|all[ \t]+(?:that|this)|that|this|"
    r"worse|a[ \t]+(?:lot|divorce|bereavement|breakdown))\b)"
    r"|[ \t]+(?:works|worked|working|did|does|do)[ \t]+(?:mostly[ \t]+)?(?:nights|days|weekends|"
    r"lates|earlies|locums|bank[ \t]+shifts)\b"
    r"|[ \t]+(?:(?:had|has|have)[ \t]+)?(?:just[ \t]+|only[ \t]+|then[ \t]+)?(?:started|starts|"
    r"joined|trained|qualified|worked|works|came[ \t]+in|stayed[ \t]+on)[ \t]+as[ \t]+(?:a|an|the|our)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}" + _ROLES + r"\b"
    r"|,[ \t]+one[ \t]+of[ \t]+(?:the|our|my|their|his|her)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    + _ROLES + r"s?\b")
_HUMAN_DOINGS_AFTER = std_re.compile(_HUMAN_DOINGS)
_PERSON_AFTER = std_re.compile(
    _SAME_PERSON + r"|" + _DOING_TO_SOMEONE + r"|" + _PRAISED + r"|"
    r"(?:,[ \t]+(?:our|my|the|his|her|their|your|who|bless|from|can|could|would|will|just|do|"
    r"did|are|were|have|how|what|when|where|why|tell|thanks|thank)\b"
    # "Joy, she, she never once complained": a pronoun takes the name up again
    r"|,[ \t]+(?:she|he)\b(?![ \t]+(?:said|says|thinks|thought|reckons|reckoned|told|tells|"
    r"would|always|used|wrote|argued|claims|claimed)\b)"
    r"|[ \t]+(?:" + _ADVERB + r"[ \t]+)?(?:said|says|told|tells|asked|asks|goes|went|rang|rings|"
    r"phoned|called|emailed|"
    r"texted|messaged|noticed|spotted|thinks|thought|reckons|reckoned|knew|knows|helped|laughed|"
    r"replied|suggested|mentioned|covered|sorted|wrote|came|comes|left|retired|joined|started|"
    r"agreed|decided|explained|admitted|promised|offered|insisted|shouted|cried|smiled|wanted|"
    r"felt|looked|listened|pushed|signed|ran|runs|used|took|gave|kept|got|and[ \t]+I\b|"
    r"and[ \t]+me\b|was[ \t]+(?:my|our|his|her|your|brilliant|lovely|great|amazing|"
    r"really|so|always|never)|is[ \t]+(?:my|our|your|brilliant|lovely|amazing|wonderful|"
    r"fantastic|so[ \t]+(?:kind|lovely|good))|has[ \t]+been|had[ \t]+been|who|"
    r"(?:was|is)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:sister|nurse|matron|consultant|registrar|"
    r"lead|manager|director|receptionist|secretary|one[ \t]+who)|"
    r"on[ \t]+(?:reception|nights|the[ \t]+desk|the[ \t]+ward|call)|is[ \t]+on|"
    r"was,?[ \t]+(?:(?:um|er|erm|like),?[ \t]+)*(?:honestly|really|so|always|never|brilliant|"
    r"lovely|great|amazing|\d+)|"
    r"(?:was|is),?[ \t]+(?:(?:um|er|erm|like|you[ \t]+know|sort[ \t]+of|kind[ \t]+of|the),?[ \t]+)*"
    r"only[ \t]+one|"
    r"did[ \t]+(?:my|me|our|his|her|the[ \t]+rota)|told[ \t]+(?:me|us|him|her|them))\b"
    r"|['’]s[ \t]+(?:husband|wife|partner|son|daughter|mum|dad|mam|nan|gran|missus|fella|"
    r"team|office|clinic|approach|"
    r"advice|idea|name|number|email|phone|desk|room|car|house|family|kids|children|boss|"
    # a mind or a relative: "Topaz's view was", "Rain's mother"
    r"view|views|opinion|take|mother|father|sister|brother|baby|wedding|funeral|leaving|"
    r"lovely|great|brilliant|nice|fine|not|"
    # what a person has and the round-12 class of it: their work, their word, their body,
    # their people ("Mark's handover notes", "Robin's mum", "Penny's the one to ask")
    # (not what a month or a season also has: "May's rota", "Summer's list")
    r"handover|handovers|notes|caseload|accent|English|voice|laugh|face|hair|hands|"
    r"birthday|retirement|farewell|visa|feedback|reference|appraisal|supervisor|mentor|"
    r"manager|girlfriend|boyfriend|fiancé|fiancée|kid|mam|parents|cousin|auntie|uncle|"
    r"colleagues|friend|friends|dog|signature|"
    r"the[ \t]+(?:one|person|woman|man|lady|guy|bloke)[ \t]+(?:to|who|that|you)|"
    r"(?:our|my|your|the[ \t]+(?:new|old|only))[ \t]+(?:[a-z-]+[ \t]+)?" + _ROLES + r")\b"
    r"|" + _HUMAN_DOINGS + r")")
_NAME_SPAN = r"(?P<name>" + _CAP + r"(?:[ \t]+" + _CAP + r")?)"
#: the same, letters of any Latin script ("Wójcik", "Jēkabsons"), for a name called out or signed
_UCAP = (r"(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_A-Z]+(?:-[A-ZÀ-ÖØ-Þ\u0100-\u024F]?"
         r"[^\W\d_A-Z]+)?")
_CALLED_SPAN = (r"(?!(?:Jesus|Christ|Lord|God|Heavens|Mum|Mam|Mummy|Dad|Daddy|Nurse|Doctor|Sister|"
                r"Help|Stop|Fire|Police|Sorry|Thanks|Morning|Evening|Night|Hello|Hi|Bye|Come|"
                r"Wait|Look|Listen)\b)(?P<name>" + _UCAP + r"(?:[ \t]+" + _UCAP + r")?)")
#: people named by what they are to the speaker: "Granny and I", "Hubby and I"
_KIN_AND_ROLES = (r"(?:Granny|Gran|Grandpa|Grandad|Grandma|Nanna|Nana|Nan|Hubby|Sis|Bro|Mummy|Daddy|"
                  r"Mama|Papa|Auntie|Aunty|Aunt|Uncle|Cousin|Husband|Wife|Partner|Son|Daughter|"
                  r"Boss|Everyone|Everybody|Nobody|Somebody|Someone|Colleagues?|Friends?|Mates?|"
                  r"Team|Registrar|Consultant|Matron|Sister|Nurse|Doctor|Mentor|Supervisor|"
                  r"Trainer|Trainee|Students?|Kids|Children|Family|Parents|Flatmates?|Housemates?)")
#: a capitalised abstract noun ("Fatigue" no, but "Loneliness", "Bereavement", "Rostering")
_ABSTRACT_NOUN_WORD = (r"[A-Z][a-z]+(?:ing|ment|ness|tion|sion|ity|ism|ance|ence|ship|dom|hood|"
                       r"ology|ics)\b")
#: departments people ring, email and thank ("I rang Pharmacy about it")
_DEPARTMENTS = (r"(?:Pharmacy|Switchboard|Switch|Security|Estates|Porters|Portering|Payroll|"
                r"Reception|Admissions|Theatres|Maternity|Outpatients|Occupational|Biochemistry|"
                r"Bed|Patient|Finance|Procurement|Facilities|Recruitment|Workforce|Education|"
                r"Governance|Legal|Complaints|PALS|Rota|Rotas|Medical|Staffing|Bank|Locums?|"
                r"Catering|Housekeeping|Chaplaincy|Wellbeing|Well-being|Safeguarding|Radiology)")
#: words said on their own after a comma that are not someone addressed ("Okay, Sure.")
_INTERJECTIONS = (r"(?:[A-Z][a-z]+ly|Sure|Indeed|Fine|Anyway|Please|Thanks|Cheers|Bye|Great|"
                  r"Lovely|Brilliant|Perfect|Right|Cool|Wow|Blimey|Gosh|Nope|Yep|Yup|Mm|Hmm|Ah|"
                  r"Whatever|True|Agreed|Done|Nothing|Everything|Everyone|Everybody|Nobody|"
                  r"Anyone|Somebody|Someone|Together|Again|Too|Also|Tomorrow|Today|Yesterday|"
                  r"Tonight|Sometimes|Always|Never|Maybe|Perhaps|Obviously|Exactly|Basically|"
                  r"Yeah|Okay|Yes|No|Goodbye|Hello|Hi|Sir|Madam|Doctor|Guys|Folks|Everyone|"
                  r"Overall|Otherwise|Meanwhile|Instead|Though|Anyhow|Still|Later|Enough|Ever)")
#: the words a speaker opens an address to someone with that are no one's name: interjections,
#: ways of calling anyone ("Mate", "Ladies", "Quick"), kin and posts said as a call
_ADDRESS_WORDS = (r"(?:" + _INTERJECTIONS + r"|Look|Listen|Come|Wait|Hang|Hold|Stop|Mate|"
                  r"Mates|Love|Darling|Pet|Hun|Sweetheart|Sweetie|Babe|Honey|Dear|Guys|Lads|"
                  r"Ladies|Gents|Girls|Boys|Kids|Team|Folks|People|Son|Quick|Hey|Oi|Excuse|Pardon|"
                  r"Seriously|Sorry|Oh|So|Well|Now|Go|Just|And|But|Then|Mum|Mam|Dad|Nurse|"
                  r"Sister|Matron|Doc|Boss|Chief|Jesus|Christ|Lord|God|Thank|Morning|Afternoon|"
                  r"Evening|Night|Hiya|Nah|Sweet|Bless|Help)")


def at_sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence, a line, a quote or a speaker's turn (so a capital
    there says nothing about a name)."""
    return _SENTENCE_START.search(text, max(0, start - 40), start) is not None


_REPEATED = std_re.compile(r"[ \t]*,[ \t]+(?:(?:you[ \t]+know|yeah|I[ \t]+mean|like|um|er|honestly),?"
                           r"[ \t]+)*")


_ARTICLE_BEFORE = std_re.compile(r"(?i)\b(?:the|a|an)[ \t]+\Z")


def after_article(text: str, start: int) -> bool:
    """Whether an article stands right before ``start`` ("a Jack of all trades", "the Vic")."""
    return _ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None


#: what follows a word-name when it is read as a word: "Will you", "May I", "Hope so" (not
#: a speaker's filler: "Verity you know, and I", "Olive I mean, and I")
_WORD_READING_AFTER = std_re.compile(
    r"[ \t]+(?!you[ \t]+know,|I[ \t]+mean,)"
    r"(?:I|you|we|he|she|it|they|that|this|there|so|not|my|your|is|are|be)\b")
#: a speaker's filler right after a word, which says nothing about it: what comes after the
#: filler does ("Frank you know, went through the same", "Olive I mean, and I")
_FILLER_AFTER = std_re.compile(r"(?:[ \t]+(?:you[ \t]+know|I[ \t]+mean),|"
                               r"[ \t]+(?:sort|kind)[ \t]+of(?=[ \t])|,[ \t]+(?:um|er|erm|uh|like|honestly|really|yeah|you[ \t]+know|"
                               r"I[ \t]+mean|to[ \t]+be[ \t]+honest),)+(?=[ \t])")
#: a pronoun taking a name up after a speaker's filler: "Sugar, um, she's", "Bo, er, he was"
_PRONOUN_TAKE_UP = std_re.compile(r"[ \t]+(?:she|he)(?:['’]s|[ \t]+(?:was|is|had|has))\b")
#: a question or exclamation of one name, then a pronoun taking it up in the next sentence
_PRONOUN_NEXT = std_re.compile(r"[ \t]*[?!][ \t]+(?:[\w'’]+,?[ \t]+){0,4}(?:she|he|her|him)\b")
#: a word said again and then named as a topic: "Pride, yeah, Pride, that's the big one"
_TOPIC_AFTER = std_re.compile(r"[ \t]*,?[ \t]*(?:that['’]s|that[ \t]+is|which)\b|"
                              r"(?:,?[ \t]+(?:is|was))+,?[ \t]+(?:the|a|an)[ \t]+(?:[a-z]+[ \t]+)?"
                              r"(?:one|thing|issue|problem|killer|worst|hardest|factor|word|bit|"
                              r"part)\b")
#: a predicate only a person takes, after a sentence's first word: "Frost is very good at
#: silences", "Rivers is the kindest person I've worked with", "Sharp was, um, was a legend"
_PERSON_PREDICATE = std_re.compile(
    r"[ \t]+(?:is|was)(?:,?[ \t]+(?:um|er|erm|like|honestly|is|was))*,?[ \t]+(?:"
    r"(?:very|really|so|brilliant|great)[ \t]+good[ \t]+(?:at|with)[ \t]+(?:silences|people|"
    r"patients|listening|feedback|juniors|trainees|us|me|everyone|that)|"
    r"(?:a|an)[ \t]+(?:(?:real|total|absolute|complete)[ \t]+)?(?:legend|godsend|saint|star|"
    r"gem|diamond|rock|sweetheart|character|lifesaver|life-saver|hero|angel)|"
    r"(?:about[ \t]+|probably[ \t]+|easily[ \t]+)?the[ \t]+(?:[a-z]+est|most[ \t]+[a-z]+)[ \t]+"
    r"(?:person|man|woman|bloke|guy|lady|doctor|colleague|consultant|"
    r"boss|mentor|clinician|human|soul|registrar|nurse|GP|surgeon)|"
    # kind or unkind to someone: "Church was really good to me", "Bell was vile to her"
    r"(?:(?:so|really|very|always|never)[ \t]+)?(?:good|kind|nice|lovely|decent|horrible|"
    r"awful|vile|rude|unkind|mean|fair)[ \t]+to[ \t]+(?:me|us|her|him|them|everyone)|"
    # a third party in a research interview: "Clemency is in the study too"
    r"(?:also[ \t]+)?(?:in|doing)[ \t]+(?:the|this)[ \t]+(?:study|research|project)|"
    r"(?:also[ \t]+)?taking[ \t]+part|"
    # what someone is called: "Winsome is what everyone uses", "Bo is what my friends call me"
    r"what[ \t]+(?:everyone|everybody|people|most[ \t]+people|they|my[ \t]+friends|colleagues|"
    r"the[ \t]+team)[ \t]+(?:uses?|calls?(?:[ \t]+(?:me|him|her))?|says?)|"
    # what someone likes to be called: "Patience is fine, nobody says Dr Agyeman"
    r"fine,?[ \t]+(?:nobody|no[ \t]+one|everyone|everybody|people)[ \t]+(?:says|calls|call|uses))\b")


def word_reading_after(text: str, end: int) -> bool:
    """Whether what follows a sentence-initial word-name reads it as a word."""
    return _WORD_READING_AFTER.match(text, end) is not None


def person_context_after(text: str, end: int, word: str = "") -> bool:
    """Whether what follows ``end`` makes the word before it a person ("said", ", our ...",
    a predicate only people take: "is a legend", or the word said again as people do with
    names: "Iris, you know, Iris on reception", but not a topic: "Pride, yeah, Pride, that's
    the big one"). A speaker's filler in between is skipped ("Frank you know, went")."""
    filler = _FILLER_AFTER.match(text, end)
    for at in (end, filler.end()) if filler is not None else (end,):
        if _PERSON_AFTER.match(text, at) is not None or _PERSON_PREDICATE.match(text, at):
            return True
    if filler is not None and _PRONOUN_TAKE_UP.match(text, filler.end()) is not None:
        return True  # "Sugar, um, she's always like that"
    if _PRONOUN_NEXT.match(text, end) is not None:
        return True  # "And Sorrel? What did she think?", "Oh, Fern! Yes, she was lovely."
    if word:
        gap = _REPEATED.match(text, end)
        if gap is not None and gap.end() > end and text.startswith(word, gap.end()) \
                and not _TOPIC_AFTER.match(text, gap.end() + len(word)):
            return True
    return False


def doubtful_name(word: str) -> bool:
    """A capitalised word that is an ordinary word (and not a first name that is one)."""
    word = std_re.sub(r"['’]s$", "", word)
    return (word in COMMON_CAPITALISED or word.lower() in STOP_WORDS
            or (is_english_word(word) and word not in word_names()))


#: endings of abstract nouns and gerunds: such a dictionary word is not a name, capital or not
_ABSTRACT_NOUN = std_re.compile(r"(?:ing|ment|tion|sion|ness|ity|ism|ance|ence|ship|hood|ology|"
                                r"ics|ure|age|acy|ery)(?:['’]s)?$")
#: what opens the "Did Storm know?" pattern of :class:`ContextualNameRecognizer`
_QUESTION_OPENERS = frozenset({"did", "does", "has", "had", "was", "is", "can", "could", "would",
                               "will", "should", "poor", "even", "bless"})
#: a lower-case word and a space right before a capital: the capital is mid-sentence
_MID_SENTENCE_CAPITAL = std_re.compile(r"[a-z,][ \t]\Z")


#: a sentence's opening word caught with the name after it ("And Mo", "So Ledger")
_LEADING_STOP = std_re.compile(r"(?:And|But|So|Then|Yes|No|Oh|Well|Um|Er|Erm|Yeah|Okay|OK|Also|"
                               r"Even|Only|Just|Like|Now|Because|If|When|While)[ \t]+")


#: pattern text of a :class:`_NameContextRecognizer` pattern -> a piece of text every match of it
#: holds, searched first (far cheaper than the pattern, which tries every position): a text
#: without it has no match (tests/test_engine_speedups.py checks each against the pattern)
_NAME_CONTEXT_TRIGGERS: dict[str, std_re.Pattern[str]] = {}


def _name_context_trigger(pattern: std_re.Pattern[str], trigger: str) -> std_re.Pattern[str]:
    """``pattern``, with ``trigger`` recorded as what every match of it holds."""
    _NAME_CONTEXT_TRIGGERS[pattern.pattern] = std_re.compile(trigger, pattern.flags)
    return pattern


class _NameContextRecognizer(RuleRecognizer):
    """Capitalised words made names by what surrounds them (standard ``re`` patterns with a
    ``name`` group, each with a score). A name that is an ordinary word ("Honestly, my GP
    said") is skipped; a first name that is a word ("Grace, our clinical director") is not."""

    ENTITY: ClassVar[str] = "PERSON"
    #: (pattern, score, strict): a strict pattern also skips ordinary words ("Honestly, my
    #: GP"); a lenient one, whose context is a name's alone ("Tell Mo I said"), only stop words
    PATTERNS: ClassVar[list[tuple[std_re.Pattern[str], float, bool]]] = []
    #: words of :data:`COMMON_CAPITALISED` that these patterns' context makes surnames
    SURNAMES: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, name: str) -> None:
        super().__init__((self.ENTITY,), name)

    def find(self, text: str) -> list[RecognizerResult]:
        out = []
        for pattern, score, strict in self.PATTERNS:
            trigger = _NAME_CONTEXT_TRIGGERS.get(pattern.pattern)
            if trigger is not None and trigger.search(text) is None:
                continue  # what every match holds is nowhere in the text
            for m in pattern.finditer(text):
                start, end = m.span("name")
                lead = _LEADING_STOP.match(text, start, end)
                if lead is not None and lead.end() < end:
                    start = lead.end()  # "And Mo is a colleague": the name is "Mo"
                words = [w for w in text[start:end].split() if not w.endswith(".")]
                # a strict context skips an ordinary word only where its capital proves
                # nothing ("Honestly, my GP said", "the Trust said"); mid-sentence a capital
                # and a verb of saying make a name ("and then Marsh said")
                if words and text[m.start():start].strip().lower() in _QUESTION_OPENERS \
                        and _ABSTRACT_NOUN.search(words[0]) and is_english_word(words[0]) \
                        and words[0] not in word_names():
                    continue  # "Is Mentoring useful?": a noun capitalised, not a person
                if not words or (strict and doubtful_name(words[0]) and (
                        at_sentence_start(text, start) or after_article(text, start)
                        or is_english_word(text[start:end]) and not _MID_SENTENCE_CAPITAL
                        .search(text, max(0, start - 3), start))) or any(
                        w in COMMON_CAPITALISED and w not in self.SURNAMES
                        or w.lower() in STOP_WORDS or never_a_name(w) for w in words) \
                        or words[-1] in DOCUMENT_WORDS:  # "the Working Time Directive says"
                    continue
                out.append(credited(self, self.ENTITY, start, end, score))
        return out


class ContextualNameRecognizer(_NameContextRecognizer):
    """People the gazetteers and spaCy miss, told by what surrounds them: "Gordon said",
    "asked Una", "rang Heron about it", "my mentor, Kemi", "Bev, our practice manager", "our
    clinical director, Grace", "Tell Jo I said hello", "who's Tunde?", "Kestrel and I did the
    handover", "Plover's approach", "Rivers is the kindest person I've worked with", "people
    call me Cat", "That sounds exhausting, Rowel.", "I said, Flint, you can't", "Transcribed
    by Asif Bhatt". Scored just above the threshold."""

    PATTERNS: ClassVar[list[tuple[std_re.Pattern[str], float, bool]]] = [
        (std_re.compile(r"(?<![\w'’-])" + _NAME_SPAN + r"(?=[ \t]+(?:" + _ADVERB + r"[ \t]+)?"
                        r"(?:said|says|told|asked|"
                        r"noticed|mentioned|suggested|reckoned|rang|phoned|emailed|texted|agreed|"
                        r"retired|thinks|thought|wanted|felt|knew|helped|laughed|replied|goes)\b|"
                        r"['’]s[ \t]+(?:nice|lovely|great|brilliant|amazing|husband|wife|partner|"
                        r"approach|advice)\b)"),
         0.55, True),
        (std_re.compile(r"\b(?:asked|told|tell|Tell|ask|Ask|thank|thanks|Thanks|cheers|Cheers|"
                        r"called|named|with|to|and|rang|phoned|emailed|texted|messaged|paged|"
                        r"bleeped|thanked|met|"
                        + _ROLES + r"|educational[ \t]+supervisor),?(?:[ \t]+(?:um|er|erm),)?"
                        r"[ \t]+(?!" + _DEPARTMENTS + r"\b)" + _NAME_SPAN
                        + r"\b(?!['’]?[ \t]*(?:Hospital|Infirmary|Trust|Surgery|Practice|Road|"
                        r"Street|Health|Medical)\b)(?=,|[ \t]+(?:said|says|who|was|is|had|has|"
                        r"and|at|from|in|on|the|I|that|to|about|if|he|she|we|they)\b|[.;!?]|$)",
                        std_re.MULTILINE),
         0.55, False),
        (std_re.compile(r"(?<![\w'’-])" + _NAME_SPAN + r"(?=,[ \t]+(?:our|my|the|his|her|their|"
                        r"your|a|an)[ \t]+(?:[a-z-]+[ \t]+){0,3}" + _ROLES + r"\b)"), 0.6, True),
        (std_re.compile(r"(?<![\w'’-])" + _NAME_SPAN + r"(?=(?:[ \t]+(?:is|was)|['’]s)[ \t]+"
                        r"(?:(?:more|really|"
                        r"just|also|basically|like|sort[ \t]+of|kind[ \t]+of)[ \t]+)?(?:a|an|my|our|"
                        r"the|his|her|your|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:(?:like|sort[ \t]+of|"
                        r"kind[ \t]+of|um|er),?[ \t]+)?" + _ROLES + r"\b)"), 0.6, False),
        # "my daughter Hyacinth drew me a picture", "our consultant Gold covered it": a role
        # of someone's, a name, and what they did
        (std_re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z-]+[ \t]+)?" + _ROLES
                        + r"[ \t]+" + _NAME_SPAN + r"(?=[ \t]+(?:" + _ADVERB + r"[ \t]+)?(?:[a-z]+ed|"
                        r"drew|made|took|gave|kept|brought|sent|taught|got|saw|met|found|drove|"
                        r"bought|caught|held|paid|fought|stood|told|rang|wrote|ran|came|went|left|"
                        r"sat|spent|lost|won|knew|thinks|says|wants|loves|hates|lives|works)\b)"),
         0.6, False),
        # "me and Swift did the audit", "me and, um, Cook": whoever is with the speaker
        (std_re.compile(r"\b(?:[Mm]e|[Hh]im|[Uu]s)[ \t]+and,?(?:[ \t]+(?:um|er|erm),?)?[ \t]+"
                        r"(?!" + _KIN_AND_ROLES + r"\b)" + _NAME_SPAN + r"\b"), 0.55, False),
        # "Er, Crane, yeah, Crane is, is brilliant": a word said again and then a verb; the
        # speaker's hedges between ("Wren, aye, Wren", "Wren, I'd say, Wren", "Wren, oh
        # sorry, Wren"), and after it what a person does to someone ("Wren, um, Wren took my
        # bleep off me") or a pronoun taking it up ("Wren, yes, Wren, she was brilliant")
        (std_re.compile(r"(?<![\w'’-])(?!" + _ABSTRACT_NOUN_WORD + r")(?P<name>" + _CAP
                        + r"),[ \t]+(?:(?:yeah|yes|aye|um|er|erm|uh|oh|ah|well|sorry|you[ \t]+know|"
                        r"I[ \t]+mean|I['’]d[ \t]+say|I[ \t]+think|I[ \t]+guess|I[ \t]+suppose|like|"
                        r"honestly|bless[ \t]+(?:her|him)|God[ \t]+love[ \t]+(?:her|him))"
                        r"(?:,[ \t]+|[ \t]+(?=[a-zI]))){1,3}"
                        r"(?<=,[ \t])(?P=name)(?=,?[ \t]+(?:is|was|has|had|did|does|will|would|"
                        r"could|can)\b|['’]s[ \t]+(?!(?:the|a|an)\b)[a-z]|,[ \t]+(?:she|he)\b|"
                        # not a plural doing it ("Nights, um, Nights ruined my sleep")
                        r"(?<![^s]s)[ \t]+(?:[a-z]+ed|made|took|gave|kept|brought|sent|taught|got|put|saw|"
                        r"met|found|drove|caught|held|paid|fought|stood|told|rang|sat|left|wrote|"
                        r"knew|came)[ \t]+(?:me|us|him|her|them|my|our|his|their|everyone)\b)"
                        r"(?!(?:,?[ \t]+(?:is|was))+,?[ \t]+(?:the|a|an)[ \t]+(?:[a-z]+[ \t]+)?"
                        r"(?:one|thing|issue|problem|killer|worst|hardest|factor|word|bit|part)\b)"),
         0.55, False),
        # "Bramble, Bramble was the one who noticed": a word said again at once, then what
        # only a person does or is
        (std_re.compile(r"(?<![\w'’-])(?!" + _ABSTRACT_NOUN_WORD + r")(?P<name>" + _CAP
                        + r"),[ \t]+(?P=name)(?=" + _PERSON_AFTER.pattern + r"|"
                        + _PERSON_PREDICATE.pattern + r")"), 0.55, False),
        # "Bell's husband": a possessive of kin names a person, even one that is also a word
        (std_re.compile(r"(?<![\w'’-])" + _NAME_SPAN + r"(?=['’]s[ \t]+(?:husband|wife|partner|"
                        r"son|daughter|mum|dad|mother|father|kids|children|boyfriend|girlfriend)"
                        r"\b)"), 0.55, False),
        # "Did Storm know?", "Has Rowan rung?", "Poor Sage", "Even Clem admitted": a capital
        # after an auxiliary that opens a question, or after "poor"/"even"/"bless", with a
        # lower-case verb after it, is someone (a dictionary word too: the capital decides)
        (std_re.compile(r"\b(?:[Dd]id|[Dd]oes|[Hh]as|[Hh]ad|[Ww]as|[Ii]s|[Cc]an|[Cc]ould|[Ww]ould|"
                        r"[Ww]ill|[Ss]hould|[Pp]oor|[Ee]ven|[Bb]less)[ \t]+" + _NAME_SPAN
                        + r"(?=[ \t]+[a-z]+\b|,[ \t]+(?:he|she|they)\b)(?![ \t]+(?:of|and|or)\b)"),
         0.55, False),
        # "Crane and I did the handover": someone the speaker did something with
        (std_re.compile(r"(?<![\w'’-])(?!" + _KIN_AND_ROLES + r"\b)" + _NAME_SPAN
                        + r"(?=[ \t]+and[ \t]+I[ \t]+(?!think|guess|"
                        r"mean|suppose|know|feel|felt|thought|reckon|believe|agree|would|'d|am|"
                        r"was)[a-z])"), 0.55, False),
        # "Wall, um, she's just like that": a word, a speaker's filler, and a pronoun taking
        # it up as someone (a word-surname too); not a place someone is from or in
        (_name_context_trigger(std_re.compile(
            r"(?<![\w'’-])(?!" + _INTERJECTIONS + r"\b|" + _KIN_AND_ROLES
            + r"\b|(?:Mum|Dad|Mother|Father|So|Well|Now|Look|Listen|Sorry|And|But|"
            r"Then|Like|Honestly|Actually|Anyway)\b|" + _ABSTRACT_NOUN_WORD + r")"
            r"(?P<name>" + _CAP + r"),[ \t]+(?:um|er|erm|uh|like|yeah|you[ \t]+know|"
            r"I[ \t]+mean)(?:,[ \t]+(?:um|er|erm|uh|like|yeah))*,[ \t]+(?:she|he)"
            r"(?:['’]s|[ \t]+(?:was|is))\b(?![ \t]+(?:from|in|at|there|moved|gone|"
            r"going|living|based|near|over)\b)"),
            # the filler and the pronoun after the name
            r",[ \t]+(?:um|er|erm|uh|like|yeah|you[ \t]+know|I[ \t]+mean)"
            r"(?:,[ \t]+(?:um|er|erm|uh|like|yeah))*,[ \t]+(?:she|he)(?:['’]s|[ \t]+(?:was|is))\b"),
         0.55, False),
        # "Swift's approach", "Crane's office": what only a person has
        (std_re.compile(r"(?<![\w'’-])" + _NAME_SPAN + r"(?=['’]s[ \t]+(?:approach|advice|office|"
                        r"clinic|desk|pager|bleep|secretary|patients|firm|leaving|retirement|"
                        r"handwriting|email|phone|mobile|number|boss|mentor|mentee|supervisor|"
                        r"trainee|registrar|consultant|wife|husband)\b)"), 0.55, False),
        # "Rivers is the kindest person I've worked with", "Sharp was, um, was a legend": a
        # predicate only a person takes, whatever the word before it
        (std_re.compile(r"(?<![\w'’-])(?P<name>" + _CAP + r")(?=" + _PERSON_PREDICATE.pattern
                        + r")"), 0.55, False),
        # what people are called: "people call me Cat", "known as Bash", "Just Wale is fine"
        (std_re.compile(r"\b(?:call|calls|called|calling)[ \t]+(?:me|him|her|them)[ \t]+"
                        + _NAME_SPAN + r"\b"), 0.6, False),
        (std_re.compile(r"\b(?:(?:known|goes|go|went)|(?:know|knows|knew)[ \t]+(?:me|him|her|them))"
                        r"[ \t]+(?:as|by)[ \t]+" + _NAME_SPAN + r"\b"),
         0.6, False),
        (std_re.compile(r"\bJust[ \t]+" + _NAME_SPAN + r"(?=[ \t]+is[ \t]+fine\b)"), 0.6, False),
        # someone addressed in reported speech: "I said, Flint, you can't do that.", quoted
        # or not, after any verb of saying or calling out ('So I shouts, "Thistle, have you
        # got the keys?"', "and I'm like, Wren, I cannot do this", 'she texts, "Dove, call
        # me"'): what follows the name speaks to them (you, a question put to them, a
        # request of them); not an interjection or a way of addressing anyone ("Sorry, have
        # you", "Quick, can you", "Ladies, you're on")
        (std_re.compile(r"\b(?:said|says|goes|went|told[ \t]+(?:him|her|them)|"
                        r"(?:shout|yell|scream|whisper|call|text|ask)(?:s|ed)?|messaged|snapped|"
                        r"(?:I['’]m|I[ \t]+was|(?:she|he)['’]s|(?:she|he)[ \t]+was)[ \t]+like)"
                        r"(?:[ \t]+(?:to[ \t]+)?(?:him|her|them|me|"
                        r"across[ \t]+the[ \t]+[a-z]+(?:[ \t]+[a-z]+)?))?"
                        r",[ \t]+['‘\"“]?(?!" + _ADDRESS_WORDS + r"\b)" + _NAME_SPAN
                        + r",[ \t]+(?:you|your|you['’]re|you['’]ve|I|I['’]m|we|we['’]re|can|could|"
                        r"would|will|do|don['’]t|please|look|listen|just|"
                        r"(?:have|did|are|were|is|has)[ \t]+you|"
                        r"(?:call|ring|text|phone|tell|give|help|meet|bleep|page|wait[ \t]+for)"
                        r"[ \t]+(?:me|us)|where['’]s|where[ \t]+(?:is|are))\b"), 0.55, False),
        # a name called out in quotes, as a room calls someone: "'Okonjo!' That's all you
        # hear", "'Morwenna, your taxi's here!'", "'Nwosu, Nwosu, you're on next!'", a note to
        # someone: "'Mbeki - your bleep's in the office'" (round 17)
        (std_re.compile(r"(?:^|(?<=[\s(\[:]))['‘\"“]" + _CALLED_SPAN + r"(?=[ \t]*!|,[ \t]+"
                        r"(?:(?P=name),[ \t]+)?(?:you|your|you['’]re|you['’]ve|are[ \t]+you|can[ \t]+"
                        r"you|could[ \t]+you|where['’]s|get[ \t]+in|come[ \t]+(?:here|on|in))\b"
                        r"|[ \t]+[-–—][ \t]+(?:your|you|you['’]re|can[ \t]+you|please)\b)",
                        std_re.MULTILINE), 0.55, True),
        # a name a message is signed with, quoted: "she signs off 'Okonjo'", "it ends with
        # just 'Abernethy'"
        (std_re.compile(r"\b(?:(?:sign(?:s|ed)?|sign[ \t]+off)(?:[ \t]+(?:off|it|them|everything))?"
                        r"(?:[ \t]+(?:as|with))?|(?:ends?|ended|ending|finish(?:es|ed)?|"
                        r"clos(?:es|ed))[ \t]+with)(?:[ \t]+just)?[ \t]+['‘\"“]" + _CALLED_SPAN
                        + r"(?=[.,]?['’\"”])"), 0.55, True),
        # a vocative: "That sounds exhausting, Rowel."
        (std_re.compile(r"(?<![\w'’-])[a-z][\w'’-]*,[ \t]+(?!" + _INTERJECTIONS
                        + r"\b|[A-Z][a-z]+(?:ing|ment|ness|tion|sion|"
                        r"ity|ism)\b)" + _NAME_SPAN
                        + r"(?=[ \t]*[.?!](?:[ \t]|$))", std_re.MULTILINE), 0.55, True),
        # "And Pickles, is that the same person?", "Bah, was that her?": a question of who
        # someone is; "how do you spell Gaskell?": a name is what a listener asks to spell
        (std_re.compile(r"(?<![\w'’-])" + _NAME_SPAN + r"(?=" + _SAME_PERSON + r")"), 0.6, False),
        (std_re.compile(r"\b(?:[Hh]ow[ \t]+(?:do|would|did)[ \t]+(?:you|they|I|we)[ \t]+spell|"
                        r"(?:[Cc]ould|[Cc]an|[Ww]ould)[ \t]+you[ \t]+spell)[ \t]+" + _NAME_SPAN
                        + r"(?=[ \t]*(?:[?.]|,|for[ \t]+(?:me|us)\b))"), 0.6, False),
        # "You mentioned Kitchen a moment ago. Who's that?": a word someone said, then asked
        # who it is
        (std_re.compile(r"\b(?:mentioned|mention|said|named|brought[ \t]+up|talked[ \t]+about|"
                        r"spoke[ \t]+about)[ \t]+" + _NAME_SPAN + r"(?=[^.?!\n]{0,40}[.?!][ \t]+"
                        r"(?:(?:And|So|Sorry),?[ \t]+)?(?:Who['’]s|Who[ \t]+(?:is|was))[ \t]+"
                        r"(?:that|she|he|they)\b)"), 0.6, False),
        # "who's Tunde?", "You know Daisy?": a question about a person
        (std_re.compile(r"\b(?:[Ww]ho['’]s|[Ww]ho[ \t]+is|[Yy]ou[ \t]+know)[ \t]+" + _NAME_SPAN
                        + r"(?=[ \t]*\?)"), 0.6, False),
        # document furniture naming its people: "Transcribed by Asif Bhatt", "Transcriber: ..."
        (std_re.compile(r"\b(?:Transcri(?:bed|ber|ption)|Typed(?:[ \t]+up)?|Checked|Prepared|"
                        r"(?:Second|Third|Final)[ \t]+(?:pass|check))(?:[ \t]+by)?"
                        r"[ \t]*:?[ \t]+(?:" + _TITLES + r"\.?[ \t]+)?"
                        r"(?P<name>(?:[A-Z]\.[ \t]?)?" + _CAP + r"(?:[ \t]+" + _CAP + r")?)"),
         0.6, False),
    ]

    def __init__(self) -> None:
        super().__init__("contextual_name")


#: a verb right after a sentence's first word: that word is the subject, a proper noun here
_SUBJECT_VERB = std_re.compile(r"(?:['’]s\b|[ \t]+(?:is|was|has|had|does|did|will|would|can|could|"
                               r"and|or|who|never|always|just|really)\b)")
#: what makes a sentence-initial capital a person whatever the word: a verb in the past with
#: a person or thing after it ("Morag mentored me", "Rosemary covered my clinic") or a place of
#: work ("Piotr in the office", "Amber from the practice", "Ivy on reception")
_DOER_AFTER = std_re.compile(
    r"[ \t]+(?:[a-z]+(?:ed|[^s]s)[ \t]+(?:me|my|us|our|him|her|his|them|their|the|a|an|everyone|"
    r"everything|it|that|this|up|in|out|over|for|with|to)\b"
    r"|(?:in|from|on|at)[ \t]+(?:the|our|my)[ \t]+(?:office|team|practice|department|ward|"
    r"rota|unit|clinic|surgery|deanery|library|lab|front[ \t]+desk|desk|mess|admin|school|"
    r"college|trust|hospital|board|group|course|programme|scheme)\b"
    r"|on[ \t]+(?:reception|nights|days|call|the[ \t]+phones)\b"
    # "Blossom from HR", "Ash in payroll": a department without an article
    r"|(?:in|from|at)[ \t]+(?:HR|IT|OH|admin|payroll|pharmacy|finance|estates|occupational"
    r"[ \t]+health|occy[ \t]+health|medical[ \t]+staffing|education)\b)")


#: word-names that are also abstract nouns, which do things in ordinary sentences too ("Hope
#: kept me going", "Faith helped me"): a doer context does not make them names
_ABSTRACT_WORD_NAMES = frozenset("""
Hope Faith Grace Joy Patience Charity Mercy Peace Comfort Honour Destiny Liberty Prudence
Constance Verity Harmony Serenity Wisdom Treasure Temperance Bliss Glory Charisma Chastity
Justice Fortune Favour Promise Marvel Memory Miracle Gift Blessing Love
""".split())  # noqa: SIM905


def doer_after(text: str, end: int, word: str = "") -> bool:
    """Whether what follows ``end`` makes the word before it a person doing something
    (:data:`_DOER_AFTER`), so a capital at the start of a sentence is a name after all; never
    for a word-name that is an abstract noun (``word``), unless a department follows it
    ("Charity from pharmacy rang")."""
    if _FROM_DEPARTMENT.match(text, end) is not None:
        return True
    if word in _ABSTRACT_WORD_NAMES:
        return False
    return _DOER_AFTER.match(text, end) is not None or (
        word not in UNCOUNTABLE_SURNAMES and _IRREGULAR_DOER_AFTER.match(text, end) is not None)


#: an irregular past tense with a person after it: "Blaze made me promise", "Posy gave us a
#: lift", "Tansy took me aside", "Noble fought for me", "Pike stood up for us" (not for a noun that stands bare as a subject: "Rain kept us
#: in" is the weather)
_IRREGULAR_DOER_AFTER = std_re.compile(
    r"[ \t]+(?:" + _ADVERB + r"[ \t]+)?(?:made|took|gave|kept|brought|sent|taught|let|got|put|"
    r"saw|met|found|drove|bought|caught|held|lent|paid|fought|stood|told|rang|sat|shook|left|"
    r"wrote|sorted|talked|became)[ \t]+(?:(?:up[ \t]+)?(?:for|by|with|to)[ \t]+)?"
    r"(?:me|us|him|her|them|my|our|his|their)\b")


#: "from" and a department without an article: only a person comes from HR
_FROM_DEPARTMENT = std_re.compile(
    r"[ \t]+from[ \t]+(?:HR|IT|OH|admin|payroll|pharmacy|finance|estates|occupational[ \t]+health|"
    r"occy[ \t]+health|medical[ \t]+staffing|education|switchboard|reception|radiology|"
    r"physio|physiotherapy|dietetics|microbiology|haematology|the[ \t]+(?:deanery|rota[ \t]+team|"
    r"practice|surgery|ward|office|team)|the[ \t]+[a-z]+[ \t]+(?:team|centre|department|office|"
    r"unit))\b")


def subject_verb_after(text: str, end: int) -> bool:
    """Whether a verb follows ``end`` right away ("Frost is", "Frost has") or after a
    speaker's filler ("Moss, honestly, was"): the word before it is a sentence's subject."""
    filler = _FILLER_AFTER.match(text, end)
    return _SUBJECT_VERB.match(text, end) is not None or (
        filler is not None and _SUBJECT_VERB.match(text, filler.end()) is not None)


#: a second capitalised word right after a first ("Teodora Vasilescu"): a full name
_SECOND_NAME = std_re.compile(r"[ \t]+(?P<w>(?:Mc|Mac|Nic|Fitz|O['’])?[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF]"
                              r"[a-zß-öø-ÿ\u0100-\u024F\u0250-\u02AF\u1E00-\u1EFF]+(?:-[A-Z][a-z]+)?)(?![\w'’-])")


@functools.cache
def _surname_index() -> FoldedNameIndex:
    return FoldedNameIndex(surnames() - COMMON_CAPITALISED)


def is_surname(word: str) -> bool:
    """Whether ``word`` (accents folded, possessive ignored) is a surname in the lists."""
    return word in _surname_index()


_PREFIXED = std_re.compile(r"(?:re|un|pre|over|under|mis|dis|non|sub|co|inter|counter|out|"
                           r"super|multi|micro|self-?)(?P<rest>[a-z-]{5,})")
_DERIVED = std_re.compile(r"(?P<stem>[a-z]{3,}?)(?:ing|ment|ness|ation|ion|er|ers|ings)$")


def _derived_word(word: str) -> bool:
    """Whether ``word`` is an ordinary word's derived form that the dictionary lacks
    ("Rostering", "Upskillment"): its stem is a word ("roster"), so "Rostering is..." opens
    a sentence about a thing. A listed surname is not one ("Harding")."""
    if is_surname(word):
        return False
    prefixed = _PREFIXED.fullmatch(word.lower())
    if prefixed is not None and is_english_word(prefixed.group("rest")):
        return True  # "Revalidation", "Overbooking"
    m = _DERIVED.fullmatch(word.lower())
    if m is None:
        return False
    stem = m.group("stem")
    return any(is_english_word(s) for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1]
                                            else stem))


#: a colon after a line's first word: a speaker label ("Intvr:", "Resp (GP):")
_LABEL_AFTER = std_re.compile(r"[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?:")


def _can_be_name(word: str) -> bool:
    """Whether ``word`` (in title case) is a name any list holds: a surname or a given name,
    the dictionary's or not ("Okafor", "Hill", "Wood", "Rowan")."""
    return is_surname(word) or is_first_name(word) or word in word_surnames() \
        or word in name_words()


def _joined_words(word: str, ordinary: Callable[[str], bool] = is_english_word) -> bool:
    """Whether ``word`` is ordinary words joined by hyphens, in any case ("DOUBLE-CHECKED",
    "Night-staff", "COFFEE-ROOM"), no part of it a name a list holds ("OKAFOR-BELLO",
    "HILL-WOOD", "SMITH-JONES"): a compound of the language, not a double-barrelled surname."""
    parts = [p[:1].upper() + p[1:].lower() for p in word.split("-") if p]
    return len(parts) >= 2 and not any(_can_be_name(p) for p in parts) \
        and all(ordinary(p) for p in parts)


def _compound_of_words(word: str) -> bool:
    """Whether ``word`` is two ordinary words run together ("Bellringing", "Hillwalking",
    "Netball", "Evensong"), not a surname a list knows ("Goodwin")."""
    low = word.lower()
    if is_surname(word) or len(low) < 6:
        return False
    return any(is_english_word(low[:i]) and is_english_word(low[i:])
               for i in range(3, len(low) - 2))


_NAMED_UNIT = std_re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,3})[ \t]+"
                             r"(?:Unit|Centre|Lodge|(?P<dept>ED|A&E|AMU|MAU|SAU|EAU|ICU|ITU|HDU|CCU|"
                             r"NICU|SCBU|CDU|UTC|MIU)(?![\w&]))")
_UNIT_TRIGGER = std_re.compile(r"Unit|Centre|Lodge|\b(?:ED|A&E|AMU|MAU|SAU|EAU|ICU|ITU|HDU|CCU|NICU|"
                               r"SCBU|CDU|UTC|MIU)\b")


#: a ward or unit with a person's name: "Nightingale Ward", "Cavell Unit", "Ward 7 (Cavell)"
#: (round 17: letters of any Latin script, and a given name before the surname: "Llywelyn Fawr
#: Ward")
_WARD_NAME_WORD = (r"(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_A-Z]+"
                   r"(?:-[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_A-Z]+)?")
_PERSON_WARD = std_re.compile(
    r"(?<![\w'’-])(?P<name>" + _WARD_NAME_WORD + r"(?:[ \t]+" + _WARD_NAME_WORD
    + r")?)[ \t]+(?:Ward|Wing|Suite|"
    r"Unit)(?![\w'’-])|\bWard[ \t]+(?:\d{1,2}[A-Z]?|[A-Z]\d{0,2})[ \t]*\([ \t]*(?P<paren>[A-Z][a-z]+"
    r"(?:[ \t]+[A-Z][a-z]+)?)[ \t]*\)")

#: what a ward or unit is for, in words that are surnames too: "the Burns Unit", "the Day
#: Unit", "Eye Ward", "Short Stay Ward"
_WARD_PURPOSES = frozenset("""
Burns Day Eye Ear Heart Chest Head Hand Foot Short Long Bone Skin Spine Spinal Kidney Liver
Stroke Baby Birth Labour Private Side Young Old New Main Central North South East West High
Low Acute Recovery Observation Assessment Admissions Discharge Isolation Treatment Surgical
Medical Day-case Bay Rose Lily Ivy Holly Rowan Ash Oak Elm Beech Cedar Willow Hazel Heather
""".split())  # noqa: SIM905


class NamedUnitRecognizer(RuleRecognizer):
    """A hospital's unit, centre or lodge named by words no dictionary has, or by ordinary
    words run together: "the Larchwood Unit", "Penrose Unit", "Bramblewood Centre", "Ashcombe
    Lodge" (HOSPITAL); such a name before a department's initials is the hospital's ("Dunmere
    ED", "Brackley A&E"); not a unit by its specialty or purpose ("the Stroke Unit", "the
    Mother and Baby Unit", "the Acute Medical Unit", "the Covid Centre"), whose words are the
    dictionary's or the NHS's vocabulary. A ward or unit named after someone, written as a
    proper name with a capital (round 16: "Nightingale Ward", "Ward 7 (Cavell)", "the Okoro
    Unit"), is the hospital's too: the name before it is a surname or a given name in the
    lists; a ward named for a tree or a thing stays ("Cedar ward", "the Rainbow unit"), and so
    does a ward said in lower case of its history ("the Seacole ward, named after...")."""

    ENTITIES = ("HOSPITAL",)
    NAME = "named_unit"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if _UNIT_TRIGGER.search(text) is None:
            return self._wards_named_after_people(text)
        for m in _NAMED_UNIT.finditer(text):
            start = m.start()
            words = m.group("name").split()
            while words and _unit_word(words[0]):
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else -1
                words = words[1:]  # "The Larchwood Unit": the name is "Larchwood"
            if not words or len(words) > 2 and _unit_word(words[1]) == _unit_word(words[0]):
                continue  # a name of one or two words, then the unit's kind: "Moffat
                # Community Nursing Unit", "Larchwood Stroke Unit"
            if not all(_unit_word(w) for w in words[1:]) \
                    and any(_unit_word(w) for w in words[1:]):
                continue  # names and kinds mixed: no one name
            end = m.start("dept") - 1 if m.group("dept") else m.end()
            while end > 0 and text[end - 1].isspace():
                end -= 1  # as text[:end].rstrip(), without copying the text before it
            out.append(credited(self, "HOSPITAL", start, end, self.SCORE))
        return out + self._wards_named_after_people(text)


    def _wards_named_after_people(self, text: str) -> list[RecognizerResult]:
        """Wards and units named after someone (see :class:`NamedUnitRecognizer`): the name is a
        surname or a given name of the lists, no function word, no unit's purpose and no place."""
        if "Ward" not in text and "Unit" not in text and "Wing" not in text and "Suite" not in text:
            return []
        out: list[RecognizerResult] = []
        for m in _PERSON_WARD.finditer(text):
            group = "paren" if m.group("paren") else "name"
            words = m.group(group).split()
            start = m.start(group)
            while len(words) > 1 and (words[0] in COMMON_CAPITALISED
                                      or words[0].lower() in STOP_WORDS):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]  # "The Okonjo Ward", "On Nightingale Ward"
            if any(w in COMMON_CAPITALISED or w.lower() in STOP_WORDS or w in _UNIT_VOCABULARY
                   or w in _WARD_PURPOSES for w in words) \
                    or group == "name" and not text.startswith("Ward", m.end("name") + 1) \
                    and is_english_word(words[0]) \
                    or not (any(is_surname(w) or w in word_surnames() or is_first_name(w)
                                for w in words)
                            # round 17: a name no dictionary has, or a town's ("Okonjo Ward",
                            # "Wirksworth Ward"), names a ward as a person's does
                            or all(not is_english_word(w) for w in words)):
                continue  # "the Stroke Unit", "The Ward", "Perfect Ward": no one's name
            if any(known_place(w) for w in words) and (
                    group != "name" or not text.startswith(("Ward", "Wing", "Suite"),
                                                           m.end("name") + 1)):
                continue  # "the Durham Unit": the place's, as before
            end = m.end() if group == "name" else m.end(group)
            out.append(credited(self, "HOSPITAL", start, end, self.SCORE))
        return out


def _unit_word(word: str) -> bool:
    """A word that names a unit's purpose or is ordinary: not a unit's name."""
    return word in COMMON_CAPITALISED or word.lower() in STOP_WORDS or word in _UNIT_VOCABULARY \
        or is_english_word(std_re.sub(r"['’]s?\Z", "", word))


def names_a_care_home(words: Sequence[str], *, opens_sentence: bool = False) -> bool:
    """Whether the capitalised words before a care home's kind name one: a care home is most
    often named by ordinary words ("Rosewood", "Willow Court", "St Barnabas"), so any word that
    says no kind of home (:data:`~vault.anonymise.wordlists.CARE_HOME_KINDS`: "Residential",
    "Dementia", "Council"), no unit's purpose, is no small word and no verb's participle
    ("Visiting Care Homes") names it; a place does too. A sentence's first word, when English,
    says nothing by its capital (``opens_sentence``: "Honestly Care Home staff were heroes")."""
    if opens_sentence and words and is_english_word(words[0]) and not known_place(words[0]):
        words = words[1:]
    return any(known_place(w) or (w not in CARE_HOME_KINDS and w not in COMMON_CAPITALISED
                                  and w not in _UNIT_VOCABULARY and w.lower() not in STOP_WORDS
                                  and w[:1].isupper() and not std_re.search(r"(?:ing|ed)\Z", w))
               for w in words)


#: words of units named by their purpose that some dictionaries lack
_UNIT_VOCABULARY = frozenset("""
Covid Coronavirus Haematology Oncology Endoscopy Neonatal Paediatric Paediatrics Orthopaedic
Obstetric Gynaecology Urology Cardiology Neurology Nephrology Hepatology Dialysis Rehab Resus
Majors Minors Ambulatory Stepdown Step-down Frailty Psychiatric Perinatal Bariatric Fracture
Paeds Peds Adult Adults Children's Childrens Cardiac Neuro Gen Obs Gynae Ortho Trauma
""".split())  # noqa: SIM905


class UnknownNameRecognizer(RuleRecognizer):
    """Capitalised words that no list knows and no dictionary has ("Chopra", "Raigmore",
    "Hollingworth"): in a transcript most such words are names of people or places. Mid-
    sentence they are redacted at the threshold (a place after "in", "from", "to"... is a
    LOCATION, anything else a PERSON); at the start of a sentence, where a capital proves
    nothing, only with a verb of saying or an apposition after them, else they go to review."""

    PATTERN = std_re.compile(r"(?<![\w'’.@/-])(?:(?:" + GAELIC_NAME + r")(?![\w@/-]|['’]\w\w)|"
                             r"(?:Mc|Mac|Nic|Fitz|O['’])?[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF]"
                             r"(?:[a-zß-öø-ÿ\u0100-\u024F\u0250-\u02AF\u1E00-\u1EFF]{2,}|[a-zß-öø-ÿ\u0100-\u024F\u0250-\u02AF\u1E00-\u1EFF]"
                             r"(?=-[a-z]))"
                             r"(?:-[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF]?[a-zß-öø-ÿ\u0100-\u024F\u0250-\u02AF\u1E00-\u1EFF]+)?"
                             r"(?![\w@/-]|['’]\w\w|\.\w))")

    ENTITIES = ("PERSON", "LOCATION")
    NAME = "unknown_name"

    def find(self, text: str) -> list[RecognizerResult]:
        out = []
        words = word_names()
        for m in self.PATTERN.finditer(text):
            word = m.group()
            if not word[0].isupper() or (word in COMMON_CAPITALISED or word.lower() in STOP_WORDS
                                         or is_english_word(word) or word in words
                                         or is_first_name(word) or known_place(word)):
                continue
            if "-" in word and (all(is_english_word(p) for p in word.split("-")) or any(
                    p in COMMON_CAPITALISED or p.islower() and len(p) > 4 and is_english_word(p)
                    for p in word.split("-"))):
                continue  # "Self-doubt", "Dog-walking", "Sunday-league": words joined
            start, end = m.span()
            if _THE_BEFORE.search(text, max(0, start - 6), start):
                continue  # "the Olympics", "the Whittington": hospital nicknames decide; not
                # "a Wibowo" (someone)
            entity = "LOCATION" if _LOCATIVE_BEFORE.search(text, max(0, start - 12), start) \
                else "PERSON"
            second = _SECOND_NAME.match(text, end)
            # "Tudur Power from the renal team covered the ward round": a word surname after an
            # unknown first name, with what a person does after it, is the rest of the name
            pair = entity == "PERSON" and second is not None \
                and second.group("w") not in COMMON_CAPITALISED \
                and not known_place(second.group("w")) \
                and (person_context_after(text, second.end()) or doer_after(text, second.end()))
            if at_sentence_start(text, start) or (
                    _FILLER_BEFORE.search(text, max(0, start - 20), start) and _derived_word(word)):
                # a capital proves nothing here; a known surname, a second name after it or
                # a verb or role that needs a person does
                score = 0.5 if (person_context_after(text, end, word)
                                or (_SUBJECT_VERB.match(text, end) and not _derived_word(word))
                                or doer_after(text, end)
                                or (is_surname(word) and entity == "PERSON")
                                or (second is not None and not doubtful_name(second.group("w"))
                                    and not known_place(second.group("w")))
                                or pair
                                # no list knows it, no dictionary has it, and it is not
                                # made of words ("Bellringing"): most such words are names,
                                # so redacted, not left for a review that may never come
                                or not (_LABEL_AFTER.match(text, end) or _derived_word(word)
                                        or _compound_of_words(word))) else 0.35
            else:
                score = 0.5
            if pair and second is not None and score >= 0.5:
                end = second.end()
            out.append(credited(self, entity, start, end, score))
        return out


#: a capitalised ordinary word standing alone mid-sentence: "Are you and Quest still in
#: touch?", "Innit, yeah, Sonnet were proper gutted", "I rang Plum about it"
_LONE_CAPITAL = std_re.compile(r"(?<![\w'’.@/-])[A-Z][a-z]{2,}(?![\w@/-]|['’]\w\w|\.\w)")
#: kin, roles and departments people capitalise mid-sentence without naming anyone
_NOT_LONE_NAME = std_re.compile(r"(?:" + _KIN_AND_ROLES[3:-1] + r"|" + _DEPARTMENTS[3:-1]
                                + r"|" + _INTERJECTIONS[3:-1] + r"|Mum|Mam|Dad|Mother|Father|"
                                r"Auntie|Lord|Heaven|Heavens|Hell|Nature|Internet|Web|Bible|"
                                r"Koran|Quran|Scripture|Government|Parliament|Crown|State|Act|"
                                r"Council|Brexit|Lockdown|Covid|Corona|Work|Admin|Management|Police|School|Uni|College|"
                                r"Home|Office|Team|Staff|Theatre|Nursing|Governance|Medical|Surgical)\Z")


#: (the pronoun "I" is no proper noun's next word: "without Ribbon I'd have left")
_CAPITAL_OR_NUMBER_AFTER = std_re.compile(r"[ \t]+(?!I(?![\w.]))[A-Z0-9]")
#: "the" right before: a thing's or an institution's name ("the Retreat", "the Freedom to
#: Speak Up Guardian"), which the hospital and vocabulary rules decide; "a Plum" is someone
_THE_BEFORE = std_re.compile(r"(?i)\bthe[ \t]+\Z")
#: a verb of saying and a comma: a quoted sentence opens after it ("I said, Listen")
_QUOTE_OPENS = std_re.compile(r"\b(?:said|says|say|goes|went|asked|thought|think|like|told[ \t]+"
                              r"(?:me|him|her|them|us)),[ \t]+\Z")
#: ward talk and "on" before a word: the word names a ward ("the ward sister on Cedar")
_WARD_BEFORE = std_re.compile(r"\b(?:ward|wards|sister|nurse|nurses|matron|staff|shift|shifts|"
                              r"placement|patients?|bay|bed|worked|working|moved|transferred|"
                              r"admitted|started|nights|days)[ \t]+on[ \t]+\Z")
#: the word before, with a comma and perhaps a speaker's filler between
_WORD_THEN_GAP = std_re.compile(r"(?<![\w'’-])(?P<w>[A-Za-z][a-z'’]*),[ \t]+(?:(?:yeah|yes|um|er|"
                                r"erm|uh|you[ \t]+know|I[ \t]+mean|like|honestly|so|oh|well),?"
                                r"[ \t]+)*\Z")


#: a capitalised word and a joining word before: the end of a longer proper noun ("the
#: University of Law", "the Department of Health and Care", "Friends of Nature")
_JOINED_TO_CAPITAL = std_re.compile(r"[A-Z][\w'’-]*[ \t]+(?:of|and|&|for|upon|on|de|du)"
                                    r"(?:[ \t]+the)?[ \t]+\Z")
#: what makes the word after it a place: "in", "from", "near"; "to" after a move ("moved to
#: Gravel"), not after talk ("I spoke to Marble")
_WHERE_BEFORE = std_re.compile(r"(?i)\b(?:in|from|near|outside|around|into|(?:moved|move|moving|"
                               r"went|go|going|back|came|come|relocated|drove|driving)[ \t]+to)"
                               r"[ \t]+\Z")


def _sentence_opening_list(text: str, before: std_re.Match[str]) -> bool:
    """Whether the capitalised ordinary words before a word, joined by commas, open a
    sentence ("Safety, Options, Review"): a list of things, each capitalised like the first."""
    for _ in range(8):
        word = before.group("w")
        if not (word[0].isupper() and is_english_word(word)) or word.lower() in MODERN_WORDS \
                or std_re.fullmatch(_INTERJECTIONS, word):
            return False  # "Innit, yeah, Parsnip were gutted": a filler, not a listed thing
        if at_sentence_start(text, before.start("w")):
            return True
        found = _WORD_THEN_GAP.search(text, max(0, before.start("w") - 40), before.start("w"))
        if found is None:
            return False
        before = found
    return False


#: a relative owned: only a person has one ("Walnut's mam had just died")
_KIN_OWNED_AFTER = std_re.compile(r"['’]s[ \t]+(?:husband|wife|partner|son|daughter|mum|dad|mam|"
                                  r"nan|gran|mother|father|sister|brother|kids|children|missus|"
                                  r"fella|boyfriend|girlfriend|fiancée?)\b")
#: words that open an idiom of saying, not someone saying: "Better said out loud", "Easier
#: said than done", "Enough said", "Least said, soonest mended", "Needless to say"
_SAYING_IDIOM_HEADS = frozenset("""
Better Best Easier Harder Enough Least Needless Suffice Well Rather Sooner Much More Less
""".split())  # noqa: SIM905


#: an adverb particle and a pause right after a capitalised word: a phrasal verb or noun
#: named as a step or a command ("Sign in, Time out, Sign out", "Log on; Check in."), not
#: someone
PARTICLE_AFTER = std_re.compile(r"[ \t]+(?:in|out|off|up|on|down|over|back)(?=[ \t]*[,.;:!?)]|"
                                 r"[ \t]*\Z|[ \t]+(?:and|then|or)\b)")


class CapitalisedWordRecognizer(RuleRecognizer):
    """An ordinary English word written with a capital in the middle of a sentence, alone
    (no capitalised word next to it), that no other list explains: "Are you and Quest still
    in touch?", "and Wonder, she was a bank nurse", "I rang Plum about the rota". Writers and
    transcribers capitalise a word mid-sentence because it is a proper noun, and in an
    interview most proper nouns are people: so the capital decides, not the verbs around it.
    Months, weekdays, festivals, specialties, kin and roles ("Mummy", "Matron"), departments
    and interjections are skipped here; theories, idioms, bodies and products are the
    vocabulary's (:mod:`vault.anonymise.vocabulary`), which the engine applies to every
    detection. After "in", "at", "from"... it is a place (LOCATION). Just above the threshold:
    the shape is rare in ordinary talk, and a leaked name costs more than a lost word."""

    ENTITIES = ("PERSON", "LOCATION")
    NAME = "capitalised_word"
    SCORE = 0.55

    def find(self, text: str) -> list[RecognizerResult]:
        out = []
        known = word_names()
        for m in _LONE_CAPITAL.finditer(text):
            word = m.group()
            stem = std_re.sub(r"['’]s$", "", word)
            if stem in COMMON_CAPITALISED or stem.lower() in STOP_WORDS \
                    or not is_english_word(stem) or stem in known or is_first_name(stem) \
                    or known_place(stem) or _NOT_LONE_NAME.match(stem) \
                    or _ABSTRACT_NOUN.search(stem) and (not stem.endswith("ing")
                                                        or _derived_word(stem)):
                continue  # other recognizers' words, or ordinary capitals
            start, end = m.start(), m.start() + len(stem)
            if PARTICLE_AFTER.match(text, end) is not None:
                continue  # "Sign in, Time out, Sign out", "Log in and": a step's name
            initial = at_sentence_start(text, start)
            if initial and stem not in _ABSTRACT_WORD_NAMES \
                    and stem not in _SAYING_IDIOM_HEADS \
                    and stem not in UNCOUNTABLE_SURNAMES and not _ABSTRACT_NOUN.search(stem) \
                    and (_PEOPLE_ONLY_AFTER.match(text, end) is not None
                         and text[end] != ","  # "Look, she was on...": an opener
                         or _PERSON_ONLY_DEEDS.match(text, end)
                         or _PERSON_PREDICATE.match(text, end)
                         or _IRREGULAR_DOER_AFTER.match(text, end)
                         or _KIN_OWNED_AFTER.match(text, end)):
                # "Meek never told me what to do", "Trellis and I did nights": what follows
                # needs a person, whatever the capital at a sentence's start says
                out.append(credited(self, "PERSON", start, end, self.SCORE))
                continue
            if not _MID_SENTENCE_CAPITAL.search(text, max(0, start - 3), start) \
                    or initial \
                    or _THE_BEFORE.search(text, max(0, start - 6), start) \
                    or _CAPITALISED_BEFORE.search(text, max(0, start - 30), start) \
                    or _JOINED_TO_CAPITAL.search(text, max(0, start - 40), start) \
                    or _CAPITAL_OR_NUMBER_AFTER.match(text, end) \
                    or looks_like_month(text, start, end):
                continue  # a capital proves nothing there; a thing's name ("the Retreat",
                # "Year 6"); or part of a longer proper noun ("Storm Arwen")
            if _FILLER_BEFORE.search(text, max(0, start - 20), start) \
                    and _TOPIC_AFTER.match(text, end):
                continue  # "Pride, yeah, Pride, that's the big one": a topic named
            if _QUOTE_OPENS.search(text, max(0, start - 30), start):
                continue  # "I said, Listen, you can't": a quoted sentence starts
            if _WARD_BEFORE.search(text, max(0, start - 30), start):
                continue  # "the ward sister on Cedar", "I was on Rowan then": a ward's name
            before = _WORD_THEN_GAP.search(text, max(0, start - 40), start)
            if before is not None and (before.group("w") == stem
                                       or _sentence_opening_list(text, before)):
                continue  # "Money, Money was tight": said again; "Safety, Options, Review":
                # a list of things that opens a sentence
            entity = "LOCATION" if _WHERE_BEFORE.search(text, max(0, start - 16), start) \
                else "PERSON"
            out.append(credited(self, entity, start, end, self.SCORE))
        return out


#: a header field naming a workplace or a place at a line's start ("Site: Carrowmore",
#: "[Trust: Ashgrove]", "Site/trust - Ravenglass", "Place of work: Stanmere")
_WORKPLACE_FIELD = std_re.compile(
    r"^[ \t>*\[(]*(?:(?P<org>(?:[Ss]ite|[Tt]rust|[Hh]ospital|[Ee]mployer|[Ww]orkplace|[Pp]ractice|"
    r"[Ss]urgery|[Hh]ealth[ \t]+[Bb]oard|[Oo]rganisation|[Oo]rganization|[Pp]lace[ \t]+of[ \t]+work|"
    r"[Ww]ork[ \t]+(?:base|site)|[Bb]ase|[Hh]ospital[ \t]+site)(?:[ \t]*/[ \t]*[A-Za-z]+)?)|"
    r"(?P<address>(?:[Pp]ost[ \t]+)?[Tt]own|[Cc]ity|[Vv]illage|[Cc]ounty|[Ss]treet|[Rr]oad|"
    r"(?:[Hh]ome[ \t]+|[Pp]ostal[ \t]+)?[Aa]ddress(?:[ \t]+[Ll]ine[ \t]*\d)?)|"
    r"(?P<place>[Ll]ocation|[Aa]rea|[Rr]egion|[Ll]ives[ \t]+in|"
    r"[Hh]ome[ \t]+town))[ \t]*[:=\-–—][ \t]*(?P<v>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|"
    r"upon|on|and|&|the|in|le|la|de|y))*)", std_re.MULTILINE)


#: capitalised words of a header's value that say what or how, not which ("Site: Main
#: Building", "Trust: Not Known", "Base: Community Team", "Site: Online Video")
_GENERIC_FIELD_WORDS = frozenset("""
Main Head Office Offices Online Remote Video Call Calls Community Team Teams Not Known
Applicable Various Multiple Home Site Sites Building Unit Ward Department Rural Urban Acute
General Practice Hospital Hospitals NHS None Other Zoom Microsoft Phone Telephone Virtual
Several Both All Any Same Private Independent Mental Health Primary Secondary Care Services
Service Staff Room Library Canteen Education Centre Training Medical School University
Withheld Redacted Anonymised Confidential See Above Below Unknown Undisclosed Different
Dispensing Teaching Large Small Single Handed Group Inner City Town Coastal Island Suburban
Deprived Affluent Northern Southern Eastern Western Central Local Regional National
Outpatients Inpatients Theatres Wards Clinic Clinics Wing Block Annexe Reception Pharmacy
Radiology Maternity Paediatrics Emergency Surgical Day Night Admissions
Yes No Provided Supplied Given Removed Omitted Request Requested Pending Blank Tbc TBC Held
Separately File Record Form Consent
""".split())  # noqa: SIM905


def _an_address_value(words: list[str]) -> bool:
    """Whether the capitalised words of an address field's value ("Town: Reading", "Address
    line 2: Hove", "City: Bath") name the place: the field says it is one, so an ordinary
    word counts too, unless every word says what or how ("Town: Not Known", "City: Various")."""
    return any(len(w) >= 2 and w.isalpha() and w not in _GENERIC_FIELD_WORDS for w in words)


def _named_by_words(words: list[str]) -> bool:
    """Whether a workplace field's capitalised words are a name made of ordinary words
    ("Practice: Holly Bank", "Surgery: Church View", "Site: Old Mill"): two or more of them,
    none of them a word that says what or how (:data:`_GENERIC_FIELD_WORDS`: "Main
    Outpatients", "Online Video")."""
    return len(words) >= 2 and all(w.isalpha() for w in words) \
        and not any(w in _GENERIC_FIELD_WORDS for w in words) \
        and not all(w in COMMON_CAPITALISED for w in words)


class WorkplaceFieldRecognizer(RuleRecognizer):
    """A transcript header's field that names the interviewee's workplace or place ("Site:
    Carrowmore", "Trust: Ashgrove", "Hospital: Coombe Valley", "Location: Fellbeck"): its
    value is an organisation (HOSPITAL) or a place (LOCATION) when a word of it is no
    ordinary word or is a known place; "Site: online", "Ward: Respiratory", "Trust: N/A",
    "Location: home" stay."""

    ENTITIES = ("HOSPITAL", "LOCATION")
    NAME = "workplace_field"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out = []
        for m in _WORKPLACE_FIELD.finditer(text):
            value = m.group("v").rstrip(".")
            words = [w for w in value.split() if w[:1].isupper()]
            if not any(known_place(w) or len(w) >= 3 and w.isalpha()
                       and not (is_english_word(w) or w in COMMON_CAPITALISED) for w in words) \
                    and not (m.group("org") and _named_by_words(words)) \
                    and not (m.group("address") and _an_address_value(words)):
                continue
            start = m.start("v")
            out.append(credited(self, "HOSPITAL" if m.group("org") else "LOCATION", start,
                                start + len(value), self.SCORE))
        return out


_PLACE_OF_PLACE = std_re.compile(
    r"\b(?:in|on|at|across|from|to|into|near|round|around|up|down|out|over)[ \t]+"
    r"(?:the[ \t]+)?(?P<m>(?P<head>[A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<tail>[A-Z][a-z]+))"
    r"(?![\w'’-])")


class PlaceOfPlaceRecognizer(RuleRecognizer):
    """A place named as a part of a place after a word of where: "in the Howe of the Mearns",
    "out on the Rhins of Galloway", "in Holme of the Wolds" (LOCATION): the tail is a known
    place or a word no dictionary has, the head no word of an institution or a role ("the
    Department of Health", "the Royal College of Nursing", "the Year of the Nurse" stay)."""

    ENTITIES = ("LOCATION",)
    NAME = "place_of_place"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if " of " not in text:
            return out
        for m in _PLACE_OF_PLACE.finditer(text):
            head, tail = m.group("head"), m.group("tail")
            if head in COMMON_CAPITALISED or _ROLE_OR_BODY_HEAD.fullmatch(head) \
                    or tail in COMMON_CAPITALISED:
                continue
            if not (known_place(tail) or not is_english_word(tail) and not is_first_name(tail)):
                continue
            out.append(credited(self, "LOCATION", m.start("m"), m.end("m"), self.SCORE))
        return out


#: heads of an institution's or a role's name, not of a place's
_ROLE_OR_BODY_HEAD = std_re.compile(
    r"Department|Dept|University|College|School|Faculty|Institute|Academy|Board|Council|Society|"
    r"Association|Federation|Union|Guild|Ministry|Office|Bank|Church|Cathedral|Diocese|Bishop|"
    r"Archbishop|Dean|Duke|Duchess|Earl|Lord|Lady|King|Queen|Prince|Princess|Mayor|Chief|Head|"
    r"Director|Friends|Order|Year|Day|Battle|Siege|Treaty|Museum|Gallery|Bank|Port|Rock|Hospital|"
    r"Infirmary|Trust|Centre|Court|Hall|House|Palace|Tower|Bridge|Mother|Father|Sisters|Brothers|"
    r"Daughters|Sons|Children|Book|Gospel|Letter|Acts|Book|Song|Songs|Church|Parish|City|Town|"
    r"Borough|County|Top|End|Heart|Middle|Edge|Rest|Back|Front|Side|Part|Bottom|Capital")


class PageHeaderRecognizer(RuleRecognizer):
    """A page header naming the interviewee and their workplace: "A. Rahman (Wansbeck)",
    "D. Featherstone - LGI". The name is found by :class:`InitialNameRecognizer` (and is the
    participant's code when it is the interviewee); the workplace in brackets or after a dash
    on such a line is an organisation."""

    PATTERN = std_re.compile(r"^[ \t]*(?:" + _TITLES + r"\.?[ \t]+)?" + _UPPER + r"\.[ \t]?" + _NAME_WORD
                             + r"[ \t]*(?:\([ \t]*(?P<a>[^()\n]{2,60}?)[ \t]*\)|[-–—|,][ \t]*"
                             r"(?P<b>[A-Z][^\n]{1,60}?))[ \t]*$", std_re.MULTILINE)

    ENTITIES = ("HOSPITAL",)
    NAME = "page_header"

    def find(self, text: str) -> list[RecognizerResult]:
        out = []
        for m in self.PATTERN.finditer(text):
            group = "a" if m.group("a") else "b"
            start, end = m.span(group)
            if start >= end or not text[start].isupper():
                continue
            out.append(credited(self, "HOSPITAL", start, end, 0.7))
        return out


@functools.cache
def _word_name_index() -> GazetteerIndex:
    return GazetteerIndex(word_names() - first_names())


_WORD_NAME_SURNAME = std_re.compile(r"[ \t]+(?P<sur>" + _NAME_WORD + r")(?![\w-]|['’]\w\w)")


#: an article or possessive and capitalised words before a word-name: a job title, not a
#: name ("The Associate Dean", "our Rural Dean", "the Deputy Chief Constable")
_ROLE_WORDS_BEFORE = std_re.compile(r"\b(?:[Tt]he|[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er|[Yy]our|[Aa]n?)"
                                    r"(?P<words>(?:[ \t]+[A-Z][a-z]+){1,3})[ \t]+\Z")
#: capitalised words before a name that make it a relative, not a job ("my Aunt May", "our
#: Little Sister"): the relatives' titles (:data:`~vault.anonymise.wordlists.KIN_TITLES`) and
#: the words of age said before them
_KIN = frozenset(w.capitalize() for w in KIN_TITLES) | frozenset("""
Little Big Old Young
""".split())  # noqa: SIM905


def _after_role_words(text: str, start: int) -> bool:
    """Whether ordinary capitalised words after an article or possessive stand before
    ``start``: the word there ends a job title ("The Associate Dean")."""
    m = _ROLE_WORDS_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and all(
        is_english_word(w) and w not in _KIN and not is_first_name(w)
        and w not in word_names() for w in m.group("words").split())


_LIST_AFTER = std_re.compile(r",[ \t]+(?P<next>" + _CAP + r")(?:,[ \t]+" + _CAP + r")*,?[ \t]+"
                             r"(?:and|&)[ \t]+" + _CAP + r"\b|[ \t]+(?:and|&)[ \t]+(?P<pair>" + _CAP
                             + r")[ \t]+(?:were|are|have|had|did|went|both|came|said|told|rang)\b")


def _names_listed_after(text: str, end: int, word: str = "") -> bool:
    """Whether a list of people follows ``end`` ("Mercy, Olive and Chase were on"): the word
    before it is the list's first name; not months listed ("May and June were the worst")."""
    m = _LIST_AFTER.match(text, end)
    if m is None:
        return False
    other = m.group("next") or m.group("pair")
    if std_re.fullmatch(_MONTHS, word) and std_re.fullmatch(_MONTHS, other):
        return False
    return is_first_name(other) or other in word_names()


#: what follows a name in the name of a place or an institution, not a surname
_PLACE_OR_BODY_WORD = std_re.compile(_STREET + r"|" + _ORG_SUFFIX + r"|(?:Centre|House|Unit|"
                                     r"Clinic|Team|Service|College|School|University|Trust)\Z")


def _surname_like(word: str) -> bool:
    """Whether a capitalised word right after a first name can be its surname: not a common
    capitalised word, a place, or a word that ends a place's or institution's name."""
    return not (word in COMMON_CAPITALISED or word.lower() in STOP_WORDS or known_place(word)
                or _PLACE_OR_BODY_WORD.fullmatch(word) is not None)


#: a letter's or a message's closing on the line before: the line after it is a signature
_SIGN_OFF_BEFORE = std_re.compile(
    r"(?i:(?:^|\n)[ \t>]*(?:(?:kind|best|warm|warmest|many|with)[ \t]+(?:regards|wishes|thanks)|"
    r"regards|thanks|thank[ \t]+you|cheers|best|sincerely|yours(?:[ \t]+\w+)?|love|"
    r"all[ \t]+the[ \t]+best|take[ \t]+care|speak[ \t]+soon|ta|x+)[ \t]*[,.!]?[ \t]*\n[ \t>]*)\Z")
#: the rest of a signature's line after a first name: nothing, a surname, a role after a dash
#: or a comma ("Dawn", "Robin Bird", "Joy - practice manager")
_SIGNATURE_LINE_AFTER = std_re.compile(r"(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*(?:[-–—,(][^\n]{0,40})?"
                                       r"[ \t]*(?:\n|\Z)")


#: a chat line's timestamp before a speaker's name ("[10:02] Penny Marsh: on my way",
#: "14:05 - Will: running late")
_CHAT_STAMP_BEFORE = std_re.compile(
    r"(?:^|\n)[ \t>]*[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[ap]m)?[\])]?[ \t]*[-–—]?[ \t]*\Z",
    std_re.IGNORECASE)
_CHAT_COLON_AFTER = std_re.compile(r"[ \t]*:")


def chat_speaker(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` is the speaker of a pasted chat line: a timestamp opens the line
    before it and a colon follows ("[10:02] Penny Marsh: I'm on my way")."""
    return _CHAT_STAMP_BEFORE.search(text, max(0, start - 24), start) is not None \
        and _CHAT_COLON_AFTER.match(text, end) is not None


def signed_off(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` opens a signature: the line before it is a closing
    ("Best wishes,\\nDawn", "Many thanks\\nWill Moss") and the word's line holds no more than a
    name and a role."""
    return _SIGN_OFF_BEFORE.search(text, max(0, start - 40), start) is not None \
        and _SIGNATURE_LINE_AFTER.match(text, end) is not None


class WordNameRecognizer(RuleRecognizer):
    """First names that are also words ("Will", "May", "Amber", "Grace", "Frank"), decided by
    context rather than dropped: a capital mid-sentence is a name ("I asked Will"); at the
    start of a sentence, only a verb of saying, an apposition, a possessive or a surname after
    it makes one ("Grace said", "Amber, our lead nurse"); "May I ask", "Hope is not a plan" and
    month names ("in May") stay."""

    SCORE = 0.7

    ENTITIES = ("PERSON",)
    NAME = "word_name"

    def find(self, text: str) -> list[RecognizerResult]:
        out = []
        for start, end in _word_name_index().finditer(text):
            after = _WORD_NAME_SURNAME.match(text, end)
            sur = after.group("sur") if after is not None else None
            if after is not None and sur is not None and (
                    not doubtful_name(sur) or person_context_after(text, after.end("sur"))
                    # "Fern Lam, yeah, Fern was the one who noticed": the first name again
                    or _said_again(text, after.end("sur"), text[start:end])
                    or chat_speaker(text, start, after.end("sur"))
                    # mid-sentence, where the capital makes the first name a name, the word
                    # after it is the surname ("I asked my senior, Chad Winter, for help")
                    or (not at_sentence_start(text, start) and not after_article(text, start)
                        and _surname_like(sur))):
                end = after.end("sur")
                score = 0.8  # "Grace Ofori"; "Hope Crane came in"
            elif looks_like_month(text, start, end) or after_article(text, start) \
                    or _after_role_words(text, start) or (
                    at_sentence_start(text, start) and not signed_off(text, start, end)
                    and not chat_speaker(text, start, end)
                    and not person_context_after(text, end, text[start:end])
                    and not doer_after(text, end, text[start:end])
                    and not _names_listed_after(text, end, text[start:end])):
                continue  # "in May", "a Jack of all trades", "Will you...?"
            else:
                score = self.SCORE
            out.append(credited(self, "PERSON", start, end, score))
        return out


@functools.cache
def _name_word_index() -> GazetteerIndex:
    return GazetteerIndex((name_words() | word_surnames()) - word_names() - first_names()
                          - COMMON_CAPITALISED)


#: what before a capital makes the word after it someone: coordination with "me"/"I",
#: a greeting or thanks, a verb that takes a person ("asked Brook", "rang Storm")
_NAME_WORD_BEFORE = std_re.compile(
    r"(?:\b(?:[Mm]e|I|[Yy]ou|[Hh]im|[Hh]er|[Uu]s)[ \t]+and|\b(?:[Tt]hanks|[Tt]hank[ \t]+you|[Cc]heers|"
    r"[Hh]i|[Hh]ello|[Bb]ye|[Mm]orning|[Ss]orry),?|\b(?:asked|told|rang|phoned|called|emailed|"
    r"texted|messaged|thanked|ask|tell|ring|phone|email|text|thank|met|meet|saw|see|with|"
    r"[Pp]oor|[Ee]ven|[Bb]less|[Dd]ear|[Ll]ike|colleague|mentor|friend|buddy|consultant|"
    r"registrar|supervisor|manager|boss|flatmate|housemate|roommate|sister|brother|cousin|"
    r"husband|wife|partner|son|daughter|neighbour|interpreter|translator|receptionist|"
    r"pharmacist|trainer|trainee|locum|porter|HCA|preceptor|landlady|landlord),?)"
    r"[ \t]+(?:(?:um|er|erm),?[ \t]+)?\Z")
#: a comma after a sentence's first word, then a word that does not need a person before it
_WEAK_COMMA_AFTER = std_re.compile(r",[ \t]+(?!(?:bless|our|my|his|her|their|who)\b)")
#: a role in apposition after a comma: "Bishop, the consultant, signed it", "Lucky, the other
#: Zimbabwean doctor, helped me", "Summer, one of the HCAs": only a person holds a role
_ROLE_APPOSITION = std_re.compile(
    r",[ \t]+(?:(?:the|our|my|their|his|her|a|an)|one[ \t]+of[ \t]+(?:the|our|my|their|his|her))"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}" + _ROLES + r"s?\b(?![ \t]+(?:of|for|to)\b)")


def _said_again(text: str, end: int, word: str) -> bool:
    """Whether ``word`` is said again right after ``end`` ("Brook, you know, Brook")."""
    gap = _REPEATED.match(text, end)
    return gap is not None and gap.end() > end and text.startswith(word, gap.end())


#: a capital right before: the word is inside a longer proper noun ("Mickey Mouse")
_CAPITAL_BEFORE = std_re.compile(r"[A-Z][\w'’-]*[ \t]+\Z")
#: a capital right after: a longer proper noun ("Storm Arwen", "Brook Street")
_CAPITAL_AFTER = std_re.compile(r"[ \t]+[A-Z]")


#: what only a person does after a word: speaks, thinks, feels; a pronoun or "and I" after
#: it ("Storm said", "Snow, she was lovely", "Rain and I did nights")
_PEOPLE_ONLY_AFTER = std_re.compile(
    r"(?:,[ \t]+(?:she|he|bless|our|my|who)\b|[ \t]+(?:" + _ADVERB + r"[ \t]+)?(?:said|says|told|"
    r"tells|asked|asks|rang|phoned|emailed|texted|messaged|thinks|thought|reckons|reckoned|"
    r"noticed|suggested|mentioned|laughed|smiled|cried|shouted|replied|agreed|decided|explained|"
    r"admitted|promised|offered|insisted|wanted|listened|and[ \t]+(?:I|me))\b)")


#: a discourse word opening a sentence right before a capital: the capital is no sentence's
#: first letter, so it is a name's ("Then Cross came in", "So Sharp went home")
_OPENER_BEFORE = std_re.compile(
    r"(?:\A|[.!?]['\"’”]?[ \t]+|\n[ \t]*|:[ \t]+)(?:Then|So|And|But|Luckily|Apparently|Eventually|"
    r"Later|Afterwards|Meanwhile|Suddenly|Honestly|Actually|Anyway|Obviously|Thankfully|"
    r"Unfortunately|Fortunately|Basically|Sometimes|Once|Now|Well|Yeah|Oh|Next|Finally|"
    r"Still|Also|Anyhow)[ \t]*,?[ \t]+\Z")
#: an action in the past right after: a person's deed ("came in", "went home", "checked it")
_DEED_AFTER = std_re.compile(
    r"[ \t]+(?:(?:just|then|also|always|never|still|already|finally|eventually|suddenly|"
    r"actually)[ \t]+)?(?:came|went|did|got|left|took|made|gave|kept|sat|stood|ran|rang|told|"
    r"said|saw|met|found|brought|sent|wrote|thought|knew|felt|walked|turned|stepped|"
    r"[a-z]{3,}ed)\b")


def _opened_doer(text: str, start: int, end: int, word: str) -> bool:
    """Whether a name word stands after a sentence's opening discourse word and before a deed
    ("Then Cross came in", "So Sharp went home early"); not weather or a material ("Then
    Frost came" is the weather's)."""
    return word not in UNCOUNTABLE_SURNAMES and _DEED_AFTER.match(text, end) is not None \
        and _OPENER_BEFORE.search(text, max(0, start - 20), start) is not None


class NameWordRecognizer(RuleRecognizer):
    """English words that are given names somewhere ("Brook", "Storm", "Bunny", "Sparrow"),
    which no list can call names by themselves: a person only where the words around them
    need one. Before them: thanks or a greeting ("Thanks, Brook"), "me and", a verb that
    takes a person ("I asked Brook", "rang Storm"), "poor", "bless", a role ("my colleague
    Brook"); after them: a verb of saying or doing, an apposition, "and I", the word said
    again ("Brook, bless her, Brook did my on-calls"). Once found, the engine finds the same
    person again in that transcript (:meth:`Anonymiser._propagate_names`)."""

    SCORE = 0.6

    ENTITIES = ("PERSON",)
    NAME = "name_word"

    def find(self, text: str) -> list[RecognizerResult]:
        out = []
        for start, end in _name_word_index().finditer(text):
            word = text[start:end]
            if looks_like_month(text, start, end) or after_article(text, start) \
                    or (_CAPITAL_BEFORE.search(text, max(0, start - 30), start)
                        and not _opened_doer(text, start, end, word)) \
                    or _CAPITAL_AFTER.match(text, end):
                continue
            initial = at_sentence_start(text, start)
            role = _ROLE_APPOSITION.match(text, end) is not None
            if initial and _WEAK_COMMA_AFTER.match(text, end) and not role \
                    and not _said_again(text, end, word):
                continue  # "Great, thanks.", "Fair, how?": an interjection, not a name
            if not (person_context_after(text, end, word) or doer_after(text, end, word)
                    or signed_off(text, start, end) or chat_speaker(text, start, end)
                    or (not initial
                        and _NAME_WORD_BEFORE.search(text, max(0, start - 30), start))
                    or _opened_doer(text, start, end, word)):
                continue
            if initial and word in UNCOUNTABLE_SURNAMES \
                    and not _PEOPLE_ONLY_AFTER.match(text, end) \
                    and not _PERSON_PREDICATE.match(text, end) \
                    and not _PERSON_ONLY_DEEDS.match(text, end) \
                    and not _FROM_DEPARTMENT.match(text, end) and not role \
                    and not _HUMAN_DOINGS_AFTER.match(text, end) \
                    and not _said_again(text, end, word):
                continue  # "Rain kept us in", "Snow closed the schools": the weather
            out.append(credited(self, "PERSON", start, end, self.SCORE))
        return out


class InitialNameRecognizer(_NameContextRecognizer):
    """An initial and a surname: "H. Griffiths", "B. Ledger", "A. Rahman (Wansbeck)"."""

    PATTERNS: ClassVar[list[tuple[std_re.Pattern[str], float, bool]]] = [
        # not the last letter of "A&E" or "R&D" closing a sentence ("in A&E. Dreckly, the IT")
        (std_re.compile(r"(?<![\w.&/])(?P<name>(?:" + _UPPER + r"\.[ \t]?){1,3}" + _NAME_WORD
                        + r")(?![\w-]|['’]\w\w|[ \t]+\d)"),
         0.7, False),
    ]
    #: after an initial, "P. Page" and "A. Ward" are people (not "Appendix A. Page 4")
    SURNAMES = SURNAME_CAPITALS

    def __init__(self) -> None:
        super().__init__("initial_name")

    def find(self, text: str) -> list[RecognizerResult]:
        return [r for r in super().find(text) if not _run_end(text, r.start, r.end)] + [
            credited(self, self.ENTITY, start, end, self.BARE_SCORE)
            for start, end in _bare_initial_names(text)]

    BARE_SCORE = 0.6


#: a lone letter (with its stop: "J. O. Y."), a letter's name, a letter's example word ("B like
#: ball, Y.", "T as in tea, E.") or a number word right before a letter: a spelling or a
#: postcode being read out ("two H B. Write the name of the house"), not initials
_LETTER_RUN_BEFORE = std_re.compile(
    r"(?<![\w'’-])(?:[A-Z]\.?|(?:like|as[ \t]+in|for)[ \t]+[A-Za-z]+|"
    r"(?i:aitch|zed|gee|jay|kay|em|ess|double-u|one|two|three|four|five|"
    r"six|seven|eight|nine|zero|oh|nought|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?))[ \t,]+\Z")


def _run_end(text: str, start: int, end: int) -> bool:
    """Whether the initial-and-word at ``start``..``end`` is the end of a letter run and the
    ordinary word opening the next sentence ("... two H B. Write the name"), not "B. Ledger"."""
    word = text[start:end].split()[-1]
    # the look-back holds "as in " and an example word of any usual length ("C as in
    # tango, E. Basically"); the pattern is anchored at ``start``, so a longer reach only
    # lets a longer example word count
    return _LETTER_RUN_BEFORE.search(text, max(0, start - 40), start) is not None \
        and is_english_word(word) and word not in word_names() and word not in surnames()


#: an initial without its full stop and a surname, as transcribers type them ("K Blatchford
#: wrote to me", "I'm with R Osei"): one capital letter, a space and a capitalised word
_BARE_INITIAL = std_re.compile(r"(?<![\w.'’-])(?P<initial>[B-HJ-Z]|A(?<=[a-z,;][ \t]A))[ \t]+"
                               r"(?P<surname>" + _NAME_WORD + r")(?![\w'’-]|[ \t]+(?:for|as[ \t]+"
                               r"in|like)\b|[ \t]*[-,]?[ \t]*[A-Z](?![a-z]))")
#: words that follow a letter without naming anyone: the NATO spelling alphabet ("L Lima")
_SPELLING_ALPHABET = frozenset((
    "Alfa", "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
    "Juliet", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo",
    "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Whisky", "Xray", "X-ray", "Yankee", "Zulu"))
#: a capital and a space right before: inside a longer name or a letter stream ("Plan B",
#: "Type A", "G R I F F")
_CAPITALISED_BEFORE = std_re.compile(r"[A-Z][\w'’-]*[ \t]+\Z")


def _bare_initial_names(text: str) -> list[tuple[int, int]]:
    """An initial typed without its stop before a surname that is no English word ("D
    Okonkwo"), the way transcribers type a name they only heard. Not a letter before a word
    ("B Movie", "T Cells", "X Factor": dictionary words), a spelling ("L Lima", "T for
    Tommy", "R Robert": a first name or a spelling word sharing the letter), part of a longer
    capitalised name ("Plan B Tuplin") or an article ("A Tesco van": "A" only mid-sentence)."""
    found = []
    for m in _BARE_INITIAL.finditer(text):
        initial, surname = m.group("initial"), m.group("surname")
        if surname in _SPELLING_ALPHABET or surname in COMMON_CAPITALISED \
                or is_english_word(surname) or surname.lower() in STOP_WORDS \
                or surname[0] == initial and surname in first_names() \
                or _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        found.append(m.span())
    return found


#: a capitalised word in any Latin script ("Timișoara", "Łódź", "Kraków")
_CAP_ANY = (r"(?:Mc|Mac|Nic|Fitz|O['’])?" + _UPPER + r"[a-zß-öø-ÿ\u0100-\u024F]+(?:-(?:(?:on|le|upon|"
            r"under|by|in|en|super|cum|next|the|sur|am|an|de|di)-)?" + _UPPER
            + r"[a-zß-öø-ÿ\u0100-\u024F]+)?")


#: what a place is said to be like: "a friendly place", "a good place to train"
_PLACE_ADJ = (r"(?:good|nice|friendly|lovely|great|decent|safe|bad|hard|difficult|tough|happy|"
              r"busy|supportive|brilliant|fantastic|wonderful|horrible|awful|beautiful|"
              r"better|worse|quiet|small|big)")


_INSTITUTION_LAST = frozenset(("College", "Colleges", "University", "School", "Institute",
                               "Academy", "Polytechnic"))


#: words that say what an institution or area is, not where: "Christian Medical College",
#: "the Postgraduate deanery", "the Foundation deanery"
_NOT_DESCRIPTOR = (r"(?!(?:National|Christian|Government|State|Catholic|Medical|Dental|Federal|"
                   r"Postgraduate|Foundation|Regional|Local|Old|New|Same|Other|Whole|"
                   r"The|This|That|Our|My|Their|His|Her|Your|Specialty|Training|School)\b)")


class ContextualPlaceRecognizer(_ContextualRecognizer):
    """Places and hospitals named after a locative preposition: "based at Raigmore", "moved to
    Chelmsford", "at the New Cross". Typed LOCATION (the type may be wrong; the redaction is not)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("after_preposition", r"\b(?:at|in|into|to|from|near|outside|around|round|up[ \t]+in|"
                r"down[ \t]+in|based[ \t]+at)"
                # a speaker's filler between the preposition and the place: "at, um, Frimley"
                r"(?:,?[ \t]+(?:um|er|erm|uh|sort[ \t]+of|you[ \t]+know))*,?[ \t]+"
                r"(?:the[ \t]+)?(?P<m>" + _CAP_ANY + r"(?:[ \t]+" + _CAP_ANY
                + r"){0,2})(?![\w'’-])(?![ \t]*[A-Z&])"
                # not a role of somewhere: "I spoke to the Dean of the medical school"
                r"(?![ \t]+of[ \t]+(?:the|a|an|my|our|his|her|their)\b)", 0.5),
        # a place asked or told about as a place: "Is Reading where you grew up?", "Was it
        # DPoW where all this happened?", "Was the Surrey Hills a good place to...",
        # "Everyone said Charing Cross was a friendly place"
        Pattern("place_frame", r"\b(?:[Ii]s|[Ww]as)(?:[ \t]+it)?[ \t]+(?:the[ \t]+)?(?P<m>"
                + _CAP_ANY + r"(?:[ \t]+" + _CAP_ANY + r"){0,2})[ \t]+(?=where[ \t]+(?:you|I|we|"
                r"he|she|they|all|it|this|that|your|you['’]d|you['’]re)\b|a[ \t]+" + _PLACE_ADJ
                + r"[ \t]+place\b)", 0.55),
        Pattern("place_said", r"(?<![\w'’-])(?P<m>" + _CAP_ANY + r"(?:[ \t]+" + _CAP_ANY + r"){0,2})[ \t]+"
                r"(?:was|is)[ \t]+(?:a[ \t]+)?(?:really[ \t]+|very[ \t]+|such[ \t]+a[ \t]+)?"
                + _PLACE_ADJ + r"[ \t]+place[ \t]+to[ \t]+(?:work|train|live|grow[ \t]+up|be)\b",
                0.55),
        # a place said to be one: "Amble is a fishing town up the coast", "Wells is a tiny
        # city", "Hope was a nice village to grow up in"
        Pattern("said_to_be_town", r"(?<![\w'’-])(?P<m>" + _CAP_ANY + r"(?:[ \t]+" + _CAP_ANY + r"){0,2})"
                r"[ \t]+(?:is|was|['’]s)[ \t]+(?:just[ \t]+|only[ \t]+|such[ \t]+)?(?:a|an)[ \t]+"
                r"(?:[a-z-]+[ \t]+){0,2}(?:town|village|city|seaside[ \t]+town|market[ \t]+town|"
                r"port|suburb|hamlet|island)\b(?![ \t]*(?:girl|boy|lad|lass|kid|doctor|GP|"
                r"person|type)\b)", 0.6),
        Pattern("place_said_to_be", r"\b(?:said|says|thought|told[ \t]+me)[ \t]+(?P<m>" + _CAP_ANY
                + r"(?:[ \t]+" + _CAP_ANY + r"){0,2})[ \t]+(?=(?:was|is)[ \t]+a[ \t]+"
                + _PLACE_ADJ + r"[ \t]+place\b)", 0.55),
        # the place a medical school is named for: "Edge Hill medical school", "at Leeds med
        # school" (not "the medical school", "my medical school": those words are skipped)
        Pattern("medical_school", r"(?<![\w'’-])(?P<m>" + _CAP_ANY + r"(?:[ \t]+" + _CAP_ANY
                + r"){0,2})(?=[ \t]+(?:medical|med|dental|nursing)[ \t]+school\b)", 0.6),
        # "Mymensingh Medical College", "Kasturba Medical College": the place it is named for
        # (not "Christian Medical College", "the Government Medical College": what it is)
        Pattern("medical_college", r"(?<![\w'’-])(?P<m>" + _NOT_DESCRIPTOR + _CAP_ANY
                + r"(?:[ \t]+" + _NOT_DESCRIPTOR + _CAP_ANY + r"){0,2})(?=[ \t]+(?:(?:National|"
                r"Christian|Government|State|Catholic)[ \t]+)?(?:Medical|Dental)[ \t]+(?:College|Academy)\b)",
                0.6),
        # a place by its lower-case kind: "the Cartmel peninsula", "the Severn estuary", "the
        # Highlands and Islands deanery", "the North Central Thames deanery"
        Pattern("lower_place_kind", r"(?<=\bthe[ \t])(?P<m>" + _NOT_DESCRIPTOR + _CAP_ANY
                + r"(?:[ \t]+(?:and[ \t]+)?" + _NOT_DESCRIPTOR + _CAP_ANY + r"){0,3})"
                r"(?=[ \t]+(?:deanery|peninsula|estuary)\b)", 0.85),
        # the place a university is named for: "the University of St Andrews", "the
        # Medical University of Łódź" (not "the University of Law", "of the Arts")
        Pattern("university_of", r"\bUniversity[ \t]+of[ \t]+(?:the[ \t]+)?(?!(?:Law|Arts|Life|"
                r"Music|Technology|Science|Sciences|Medicine|Creative|Applied|Buckingham[ \t]+"
                r"Palace)\b)(?P<m>" + _CAP_ANY + r"(?:[ \t]+(?:and[ \t]+)?" + _CAP_ANY
                + r"){0,2})(?![\w'’-])", 0.6),
        # the place a university is named for, before its college or school: "the University
        # of Ibadan College of Medicine", "University of Lagos School of Medicine"
        Pattern("university_of_college", r"\bUniversity[ \t]+of[ \t]+(?P<m>" + _CAP_ANY
                + r")(?=[ \t]+(?:College|School|Faculty|Institute|Teaching[ \t]+Hospital)\b)",
                0.6),
        # the place a university is named for, in its own language: "Universidad de
        # Antioquia", "Università di Padova", "Universität Wien", "Uniwersytet w Łodzi",
        # "Université de Lyon" (the word for university kept)
        Pattern("university_of_abroad", r"\b(?:Universidad|Universidade|Università|Universita|"
                r"Université|Universite|Universität|Universitat|Universiteit|Uniwersytet|"
                r"Univerzita|Univerzitet|Universitet|Universitatea|Universitas|Egyetem)[ \t]+"
                r"(?:(?:de|di|do|da|des|du|of|van|degli|della|del|dos|das|zu|in|w|we|v|ve|din|"
                r"d['’])[ \t]*(?:la[ \t]+|l['’])?)?(?P<m>" + _CAP_ANY + r"(?:[ \t]+" + _CAP_ANY
                + r"){0,2})(?![\w'’-])", 0.7),
        # "We left Bath for Launceston": a move from one place to another
        Pattern("left_for", r"\b(?:left|leaving|leave|swapped)[ \t]+(?P<m>" + _CAP
                + r")(?=[ \t]+for[ \t]+(?:the[ \t]+)?[A-Z])", 0.5),
        Pattern("for_after_left", r"\b(?:left|leaving|leave|swapped)[ \t]+" + _CAP
                + r"[ \t]+for[ \t]+(?:the[ \t]+)?(?P<m>" + _CAP + r")\b(?![ \t]*[A-Z&]|['’-]\w)",
                0.5),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="LOCATION", patterns=self.PATTERNS,
                         name="contextual_place", global_regex_flags=FLAGS)

    TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {
        "place_said": std_re.compile(r"\bplace[ \t]+to\b"),
        "said_to_be_town": std_re.compile(r"\b(?:town|village|city|port|suburb|hamlet|island)\b"),
        "medical_school": std_re.compile(r"\bschool\b"),
        "medical_college": std_re.compile(r"\b(?:College|Academy)\b"),
        "lower_place_kind": std_re.compile(r"\b(?:deanery|peninsula|estuary)\b"),
        "place_frame": std_re.compile(r"\b(?:where|place)\b"),
        "place_said_to_be": std_re.compile(r"\bplace\b"),
        "university_of": std_re.compile(r"\bUniversity[ \t]+of\b"),
        "university_of_college": std_re.compile(r"\bUniversity[ \t]+of\b"),
        "university_of_abroad": std_re.compile(r"\bUni(?:vers|wers|verz)"),
    }

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Also not an institution by its whole name ("from Kasturba Medical College"): the
        institution recognizers read those, and take out the place they are named for."""
        if pattern_text.rsplit(None, 1)[-1] in _INSTITUTION_LAST:
            return True
        if _GOVERNS_NEXT.search(pattern_text) is not None:
            return True  # "seconded to the Jersey Government": a body, not a place (the
            # country before it is :class:`PlaceAbroadRecognizer`'s)
        # "and" joining a place's words is no sign of ordinary language ("the Highlands and
        # Islands deanery")
        return super().invalidate_result(std_re.sub(r"[ \t]+and(?=[ \t])", "", pattern_text))


class PlaceAsAdjectiveRecognizer(_ContextualRecognizer):
    """A place named as the adjective of a work's unit, a group of people or a post (round 18):
    "covering the Quarnbie branch", "the Drumwhinnock lot", "The Ashgarvie job was the making
    of me", "the Pellowtor research network", "the the Vexley Common branch" (a speaker's
    repeated article):
    a place no list has, since the noun after it says where, not what. Its first word must be
    no English word ("the Cardiology job", "the Research network", "the Phoenix team" stay),
    no adjective made of a person's name ("the Jungian school", "the Hunterian lot"), nor a
    common capital or a stop word."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("place_as_adjective", r"\b[Tt]he[ \t]+(?:the[ \t]+)?(?P<m>" + _CAP_ANY
                + r"(?:[ \t]+" + _CAP_ANY + r"){0,2})(?=[ \t]+(?:branch|branches|lot|lots|job|"
                r"jobs|rotation|patch|campus|locality|school|(?:research|training|clinical)"
                r"[ \t]+network|(?:health[ \t]+protection|district[ \t]+nursing|community[ \t]+"
                r"nursing|outreach)[ \t]+team)\b)", 0.6),
    ]
    TRIGGERS: ClassVar[dict[str, std_re.Pattern[str]]] = {
        "place_as_adjective": std_re.compile(r"\b(?:branch|branches|lot|lots|job|jobs|rotation|"
                                             r"patch|campus|locality|school|network|team)\b"),
    }

    def __init__(self) -> None:
        super().__init__(supported_entity="LOCATION", patterns=self.PATTERNS,
                         name="place_as_adjective", global_regex_flags=FLAGS)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        first = pattern_text.split(None, 1)[0]
        if is_english_word(first) or first in _INSTITUTION_LAST \
                or first.endswith(("ian", "ean", "ist", "ite")):
            return True  # and no adjective of a person's name ("the Freudian school")
        return super().invalidate_result(pattern_text)


#: nouns a short name that is also an adjective ("the Royal", "the General") qualifies as that
#: adjective, and no hospital has: "the Royal wedding", "the General election", "the General
#: public" (no hospital has a family or a vote). The nickname guess stops before them whatever
#: the word; a listed short name stops before these and the nouns a hospital may also have
#: (``hospitals._ORDINARY_NOUN_NEXT``: "the General surgery", "the Royal visit")
NOUNS_NO_HOSPITAL_HAS: frozenset[str] = frozenset("""
family families wedding weddings household election elections public
""".split())  # noqa: SIM905


class HospitalNicknameRecognizer(_ContextualRecognizer):
    """Hospitals known by one capitalised word after "the" ("the Freeman", "the Whittington"):
    alone a guess for review; with a workplace word within a few words ("ward", "consultant",
    "worked", "hospital"...) the context enhancer lifts it above the threshold.

    People say what a hospital was like a clause away from its name ("I loved the Coppice; it
    was small enough that the porters knew your name"): past the enhancer's window, a word of
    a hospital's life there lifts the guess (:class:`_HospitalLife`)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # a colour is a team's, a rota's or a zone's name, never a hospital's: "the Red rota",
        # "the Blue team", "the Green side"
        # nor a title or a post said with "the": "everyone calls him the Prof", "the Dean",
        # "the Lecturer job" (a career's letters, "the CV", "the ACF post", are no _CAP)
        Pattern("the_nickname", r"\bthe[ \t]+(?!(?:Red|Blue|Green|Amber|Yellow|Orange|Purple|"
                r"Pink|Black|White|Grey|Gray|Gold|Silver|Bronze|Violet|Prof|Professor|Doc|Doctor|"
                r"Dr|Boss|Gaffer|Chief|Dean|Provost|Principal|Lecturer|Reader|Registrar|"
                r"Consultant|Director|Chair|Chairman|Head|Tutor|Supervisor|Fellow|Matron)\b)"
                r"(?P<m>" + _CAP
                + r")\b(?![ \t]*[A-Z&]|['’-]\w|[ \t]+"
                r"(?:model|group|programme|scheme|app|report|framework|guidelines?|rounds?|"
                r"effect|way|test|exam|trial|study|list|system|"
                # a short name that is an adjective before its noun: "the Royal wedding", "the
                # General election", "the General public" (no hospital has a family or a vote)
                + "|".join(sorted(NOUNS_NO_HOSPITAL_HAS)) + r")\b|"
                # a role of somewhere: "the Dean of the medical school"; a place of a
                # place: "the Vale of Glamorgan" (PlaceOfPlaceRecognizer's)
                r"[ \t]+of[ \t]+(?:(?:the|a|an|my|our|his|her|their)\b|[A-Z]))", 0.35),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "hospital", "hospitals", "ward", "wards", "infirmary", "trust", "consultant", "consultants",
        "registrar", "psychologist", "rotation", "placement", "admitted", "worked", "working",
        "works", "job", "shift", "shifts", "clinic", "theatres", "department", "based", "commute",
        "commuting", "post", "dr", "doctor", "nurse", "sister", "matron", "colleagues", "rota",
        "f1", "f2", "st3", "transferred", "moved", "started", "training", "compare", "compared",
        "called", "calls", "call",
        # round 17: the words of postings, staffing and sites around a short name ("foundation
        # year two, the Quenby, psych", "locum, 10 days, the Quenby; booked", "on the Ardoch
        # site", "then the Ardoch, GP", "transferred from the Quenby by ambulance")
        "site", "sites", "locum", "locums", "foundation", "fy1", "fy2", "ct1", "ct2", "st1",
        "st2", "psych", "staffing", "booked", "bleep", "switchboard", "theatre", "nights",
        "secondment", "seconded", "posted", "rotated", "ambulance", "diverted", "scrub",
        "ortho", "gp", "jobs", "trained", "alert",
    ]

    def __init__(self, hospital_life_near: Callable[[str, int, int], bool] = lambda text, start, end:
                 False) -> None:
        super().__init__(supported_entity="HOSPITAL", patterns=self.PATTERNS,
                         name="hospital_nickname", context=self.CONTEXT,
                         global_regex_flags=FLAGS)
        self._life = _HospitalLife(hospital_life_near, self.CONTEXT)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        return self._life.lift(text, super().analyze(text, entities, nlp_artifacts, regex_flags))


#: UK towns, cities and regions the small spaCy model misses often; ambiguous words
#: (Reading, Bath, Wells, Sale, Street) are left to spaCy.
UK_PLACES: tuple[str, ...] = (
    "Aberdeen", "Birmingham", "Blackpool", "Bolton", "Bradford", "Brighton", "Bristol",
    "Cambridge", "Cardiff", "Carlisle", "Coventry", "Cumbria", "Darlington", "Derby", "Devon",
    "Cornwall", "Dundee", "Durham", "Edinburgh", "Exeter", "Gateshead", "Glasgow", "Gloucester",
    "Hartlepool", "Hexham", "Huddersfield", "Hull", "Inverness", "Ipswich", "Kent", "Lancashire",
    "Lancaster", "Leeds", "Leicester", "Lincoln", "Liverpool", "London", "Manchester",
    "Middlesbrough", "Milton Keynes", "Morpeth", "Newcastle", "Newcastle upon Tyne", "Northumberland",
    "North East", "North West", "North Tyneside", "Norwich", "Nottingham", "Oxford", "Plymouth",
    "Portsmouth", "Preston", "Sheffield", "Southampton", "South Tyneside", "Stockton", "Sunderland",
    "Swansea", "Teesside", "Tyneside", "Wearside", "Wolverhampton", "York", "Yorkshire", "Belfast",
    "Scotland", "Wales", "Northern Ireland", "England", "East Midlands", "West Midlands",
    "the Midlands", "South West", "South East", "East Anglia", "Merseyside", "Cheshire", "Essex",
    "Surrey", "Sussex", "Somerset", "Dorset", "Norfolk", "Suffolk", "Tyne and Wear",
    # the North East and Cumbria, where the seed study recruits
    "Alnwick", "Ashington", "Bishop Auckland", "Barnard Castle", "Berwick", "Billingham", "Blyth",
    "Chester-le-Street", "Consett", "Corbridge", "Cramlington", "Gosforth", "Guisborough",
    "Hebburn", "Jarrow", "Jesmond", "Kendal", "Penrith", "Peterlee", "Prudhoe", "Redcar", "Seaham",
    "South Shields", "North Shields", "Stockton-on-Tees", "Tynemouth", "Wallsend", "Whitby",
    "Whitehaven", "Whitley Bay", "Workington", "Heaton", "Byker", "Elswick", "Benwell", "Fenham",
    "Ponteland", "Highlands", "the Highlands", "Borders", "the Borders", "Lake District", "the Lake District",
)


_UK_PLACE_SET = frozenset(UK_PLACES)


class PlaceRecognizer(StudyPatternRecognizer):
    """A gazetteer of UK places (complements spaCy's GPE/LOC)."""

    def __init__(self) -> None:
        super().__init__(supported_entity="LOCATION", deny_list=list(UK_PLACES), name="uk_place",
                         deny_list_score=0.75, global_regex_flags=FLAGS)


#: words of where before "the" and a landscape's kind ("on the Downs", "up the Valleys"),
#: grouped by length so each group is one fixed-width look-behind (a scan then starts at a
#: literal "the", not at every word)
_WHERE_WORDS_BY_LENGTH = ("in on up of to", "out via off", "down over from near into onto past",
                          "round along above below", "around across beyond", "through towards")

#: a part of a building, a site or a room that a lower-case compass phrase says where in ("the
#: south-east wing", "the north west gate", "the north-east corner of the car park"): a
#: direction inside something, never a region
_PART_OF_SOMETHING = (r"(?:corner|corners|wing|wings|side|sides|end|ends|part|parts|bit|door|doors|"
                      r"entrance|entrances|exit|exits|gate|gates|quadrant|tower|block|blocks|stairs|"
                      r"stairwell|staircase|steps|window|windows|facing|wall|walls|car|lift|lifts|"
                      r"corridor|corridors|bay|bays|ward|wards|unit|site|annexe|extension|"
                      r"building|fence|field|pitch|aisle|platform|approach|reception|foyer)")
#: a compass phrase in lower case right before such a part (see :func:`a_direction_inside`)
_COMPASS_INSIDE = std_re.compile(r"(?:north|south|east|west|(?:north|south)[ \t-]?(?:east|west))"
                                 r"[ \t]+(?P<part>" + _PART_OF_SOMETHING + r")\b")


def a_direction_inside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a compass phrase in lower case said of a part of a
    building or a site right after it ("the north east entrance", "the south west gates"):
    where inside something, which the NER may read as a region of England."""
    m = _COMPASS_INSIDE.match(text, start)
    return m is not None and end <= m.start("part")


#: the counties, nations and cities a lower-case direction may come before (the compass_lower
#: pattern of :class:`CountyRecognizer`): "south London", "mid Wales", "north Lincs"
_COMPASS_PLACES = (r"(?:London|Wales|Scotland|England|Ulster|Yorkshire|Yorks|Lincs|Lancs|Hants|"
                   r"Herts|Notts|Wilts|Staffs|Glos|Devon|Cornwall|Kent|Norfolk|Suffolk|Essex|"
                   r"Sussex|Surrey|Cumbria|Somerset|Dorset|Glamorgan|Lothian|Belfast|Glasgow|"
                   r"Edinburgh|Birmingham|Manchester|Leeds|Liverpool|Bristol|Sheffield|Durham|"
                   r"Northumberland|Cheshire|Antrim|Tyrone|Armagh|Fermanagh|Wight|"
                   r"[A-Z][a-z]+shire)\b")


class CountyRecognizer(StudyPatternRecognizer):
    """Counties named with the word first, as in Ireland and Durham: "County Down", "County
    Tyrone", "County Durham" (not a county council, court or show)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("county", r"\bCounty[ \t]+(?!(?:Council|Councils|Court|Courts|Hall|Show|Cricket|"
                          r"Championship|Lines|Ground|Hospital|Asylum|Library|Record|Records)\b)"
                          r"[A-Z][a-z]+\b", 0.6),
        # an Irish or Northern Irish county (or Durham) with "Co"/"Co." for "County": "Co.
        # Down", "Co Kerry", "Co. Durham" (the closed list of the 32, so "Smith & Co" and
        # "Co-op" stay)
        Pattern("co_county", r"Co(?<![\w&'’-]Co)(?<!&[ \t]Co)(?<!\band[ \t]Co)\.?[ \t]+(?:Antrim|Armagh|Down|Fermanagh|"
                             r"Londonderry|Derry|Tyrone|Carlow|Cavan|Clare|Cork|Donegal|Dublin|"
                             r"Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|"
                             r"Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|"
                             r"Waterford|Westmeath|Wexford|Wicklow|Durham)\b(?!['’-]\w)", 0.8),
        # a region named with its nation or a direction: "the Scottish Borders", "the Welsh
        # Marches", "the Yorkshire Dales" (found by its word, the adjective left behind)
        # a part of a nation or county by its direction: "the West of Scotland", "the North
        # of England", "the South of France"
        Pattern("compass_of", r"\b(?:North|South|East|West|North[ \t-]?East|North[ \t-]?West|"
                              r"South[ \t-]?East|South[ \t-]?West)[ \t]+of[ \t]+(?:the[ \t]+)?"
                              r"[A-Z][a-z]+\b", 0.8),
        # a county or city with a direction before it: "North Wales", "West London", "South
        # Lanarkshire" (the direction is part of where)
        Pattern("compass", r"\b(?:North|South|East|West|Greater|Mid|Central|Inner|Outer)[ \t]+"
                           r"(?:[A-Z][a-z]+shire|London|Manchester|Wales|Devon|Cumbria|Kent|Norfolk|"
                           r"Suffolk|Somerset|Essex|Sussex|Surrey|Glamorgan|Lothian|Cornwall|Dorset|"
                           r"Scotland|Belfast|Glasgow|Edinburgh|Birmingham|Leeds|Durham|Ulster|Tyneside|"
                           r"Cleveland|Northumberland|Cheshire|Lancashire|Yorkshire|Wight)\b", 0.85),
        # a county, nation or city with a direction written in lower case or as initials
        # before it: "south London", "north-west London", "mid Wales", "east Kent", "NE
        # Lincs", "SW London" (as with "North Wales", the direction is part of where); not a
        # road or airport named after it ("south London Road" is left to the street finders)
        Pattern("compass_lower", r"(?:" + "|".join(  # the word first: a scan starts at a letter
                f"{w}(?<![\\w'’-]{w})"
                + (r"(?:[ \t-]?(?:east|west))?" if w in ("north", "south") else "")
                for w in ("north", "south", "east", "west", "mid", "NE", "NW", "SE", "SW"))
                + r")[ \t-]+" + _COMPASS_PLACES
                + r"(?!['’-]\w|[ \t]+(?:Road|Street|Lane|Avenue|Way|Drive|Bridge|Airport|Line)\b)",
                0.8),
        # a part of a nation, county or city by its direction in lower case after "the": "the
        # north of England", "the west of Scotland", "the south of Wales" (as "the North of
        # England"); not without "the" ("just south of Leeds" is a direction from a place, and
        # only the place is redacted)
        Pattern("compass_of_lower", r"the(?<![\w'’-]the)[ \t](?P<m>(?:north|south|east|west|"
                                    r"(?:north|south)[ \t-]?(?:east|west))[ \t]+of[ \t]+"
                                    + _COMPASS_PLACES + r")(?!['’-]\w)", 0.8),
        # a region of England by two compass words in lower case after "the" and a word of
        # where: "moved to the south-west", "jobs in the north east", "across the south east"
        # (the NHS and ONS regions people say they live and work in); not a direction inside
        # something ("the south-east of the ward", "the north-west corner", "the south-east
        # wing") nor one word alone ("down south", "up north", "the north of the ward" are
        # vague)
        Pattern("compass_region_lower", r"the(?<![\w'’-]the)(?:" + "|".join(
                r"(?<=\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in ws.split())
                + r")[ \t]the)" for ws in _WHERE_WORDS_BY_LENGTH) + r")[ \t]+"
                r"(?P<m>(?:north|south)[ \t-]?(?:east|west))\b"
                r"(?!['’-]\w|[ \t]+(?:of[ \t]+(?!England|Scotland|Wales|Ireland|London)|"
                + _PART_OF_SOMETHING + r")\b)",
                0.75),
        # a vale by its place: "the Vale of Pewsey", "the Vale of Glamorgan"
        Pattern("vale_of", r"\bVale[ \t]+of[ \t]+[A-Z][a-z]+\b", 0.8),
        # a landscape by its name and its kind: "the Meon Valley", "the Ouse Washes", "the
        # Bowland Fells" (after "the": "Silicon Valley" people say bare, as a name)
        Pattern("landscape", r"(?<=\bthe[ \t])[A-Z][a-z]+[ \t]+(?:Valley|Washes|Fells|Hills|Moors|"
                             r"Dales|Marshes|Levels|Wolds|Downs|Fens|Glens|Peninsula|Estuary|Strath)\b",
                0.75),
        # an informal landscape region by its kind alone, capitalised as a name, after "the"
        # and a word of where: "walking on the Downs", "up the Valleys", "half of the Peak",
        # "out on the Fells" (lower case, "down into the valley", it is a landscape, not a
        # place); not a thing named after one ("the Downs syndrome clinic", "the Coast to
        # Coast walk", "the Peak flow chart", "the Moors murders")
        Pattern("landscape_kind", r"the(?<![\w'’-]the)(?:" + "|".join(
                r"(?<=\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in ws.split())
                + r")[ \t]the)" for ws in _WHERE_WORDS_BY_LENGTH) + r")[ \t]+"
                r"(?P<m>(?:Valleys|Valley|Dales|Moors|Fells|Downs|Wolds|Fens|Levels|Broads|"
                r"Marshes|Glens|Marches|Lakes|Peak|Peaks|Tops|Weald|Wash|Highlands|Lowlands|"
                r"Uplands|Moss|Carse|Vale|Forest|Coast|Mainland|Borders|Hills))\b"
                r"(?!['’-]\w|[ \t]+(?:[A-Z0-9]|to[ \t]+Coast\b|(?:syndrome|murders?|flow|way|"
                r"walk|walks|run|race|trail|challenge|line|lines|railway|railways|road|"
                r"motorway|rail|bus|buses|team|side|club|league)\b))", 0.8),
        # a region by its nation's or county's name and its kind in lower case: "the Welsh
        # valleys", "the Yorkshire dales", "the Angus glens" (not "the Welsh hills": any
        # hills in Wales)
        Pattern("nation_landscape", r"(?P<m>(?:Welsh|Scottish|Cornish|Yorkshire|Derbyshire|"
                r"Lincolnshire|Norfolk|Cambridgeshire|Angus|Durham|Lancashire|Cumbrian|"
                r"Northumbrian|Antrim|Fenland)[ \t]+(?:valleys|dales|glens|fens|broads|wolds|"
                r"moors|fells|marches|borders|highlands))\b", 0.8),
        Pattern("region", r"\b(?:Scottish|Welsh|English|Irish|Cornish|Greater|Upper|Lower|"
                          r"Yorkshire|Derbyshire|Norfolk|Suffolk|Cambridgeshire|Lincolnshire)[ \t]+"
                          r"(?:Borders|Highlands|Lowlands|Marches|Valleys|Riviera|Fens|Dales|"
                          r"Moors|Wolds|Broads|Islands|Isles|Lakes|Peak|Peaks)\b", 0.9),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="LOCATION", patterns=self.PATTERNS, name="county",
                         global_regex_flags=FLAGS)


class HyphenatedPlaceRecognizer(StudyPatternRecognizer):
    """English and Scottish place names made with a joining word ("Wells-next-the-Sea",
    "Chapel-en-le-Frith", "Grantown-on-Spey", "Ashby-de-la-Zouch", "Weston-super-Mare"): the
    shape is a place's whether or not a list holds it (a name of people has no "-on-"); not
    one whose first word is a given name ("Jack-in-the-Box")."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("joined_place", r"(?<![\w'’-])[A-Z][a-zë]+(?:['’]s)?(?:-(?:on|upon|under|le|la|"
                                r"les|en|in|by|next|super|cum|de|sub|over|with|at|juxta|the|sur|"
                                r"am|y|sea)){1,3}-[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])", 0.85),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="LOCATION", patterns=self.PATTERNS,
                         name="joined_place", global_regex_flags=FLAGS)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        first = pattern_text.split("-", 1)[0]
        return True if is_first_name(first) or first in word_names() else None


@functools.cache
def gazetteer_places() -> frozenset[str]:
    """The shipped GB places (``data/uk_places.txt``: GeoNames populated places of 500+ people,
    without names that are ordinary English words), less :data:`UK_PLACES` and common words."""
    return load_term_list("uk_places.txt") - frozenset(UK_PLACES) - COMMON_CAPITALISED


_CAPITALISED_NEXT = std_re.compile(r"[ \t]+[A-Z][a-z]")


def saint_spellings(places: Iterable[str]) -> set[str]:
    """``places`` with each "Saint" also as "St" and "St." and back ("Saint Andrews", "St
    Andrews", "St. Andrews"): lists write one, people the others."""
    out = set(places)
    for place in places:
        if "Saint " in place:
            out |= {place.replace("Saint ", "St "), place.replace("Saint ", "St. ")}
        elif std_re.search(r"\bSt\.? ", place):
            bare = std_re.sub(r"\bSt\.? ", "St ", place)
            out |= {bare, bare.replace("St ", "St. "), bare.replace("St ", "Saint ")}
    return out


@functools.cache
def _gazetteer_place_index() -> GazetteerIndex:
    return GazetteerIndex(saint_spellings(gazetteer_places()))


class GazetteerPlaceRecognizer(_GazetteerRecognizer):
    """Towns and villages from the shipped GeoNames list. Slightly below :class:`PlaceRecognizer`:
    the list is long and some entries are also surnames (redacted either way)."""

    SCORE = 0.65

    def __init__(self) -> None:
        super().__init__("LOCATION", "uk_gazetteer")

    def score_for(self, text: str, start: int, end: int) -> float:
        if _CAPITALISED_NEXT.match(text, end):
            return 0.4  # "Harlow Dynamics": part of a longer name, most likely a firm's; review
        # an exact multi-word place name ("Market Harborough") is specific on its own
        return 0.85 if " " in text[start:end] else self.SCORE

    def index(self) -> GazetteerIndex:
        return _gazetteer_place_index()


@functools.cache
def _world_place_index() -> GazetteerIndex:
    places = saint_spellings(world_places() - _UK_PLACE_SET - COMMON_CAPITALISED)
    # "U.S. Virgin Islands" as people write it: "US Virgin Islands"
    return GazetteerIndex(places | {p.replace("U.S.", "US").replace("U.K.", "UK")
                                    for p in places if "." in p})


class WorldPlaceRecognizer(_GazetteerRecognizer):
    """Countries and cities abroad ("Lagos", "Sri Lanka", "Kraków"): where a doctor trained or
    their family lives identifies them as surely as a UK town."""

    SCORE = 0.7

    def __init__(self) -> None:
        super().__init__("LOCATION", "world_place")

    def score_for(self, text: str, start: int, end: int) -> float:
        if _CAPITALISED_NEXT.match(text, end) and not _BODY_NEXT.match(text, end):
            return 0.4  # part of a longer name ("Jordan Henderson", "India Pale Ale")
        return 0.85 if " " in text[start:end] else self.SCORE

    def index(self) -> GazetteerIndex:
        return _world_place_index()


@functools.cache
def uk_areas() -> frozenset[str]:
    """UK counties, council areas, national parks, landscape areas, islands and rivers
    (``data/uk_areas.txt``): "Kirklees", "the Cotswolds", "Dumfries and Galloway"."""
    return load_term_list("uk_areas.txt")


@functools.cache
def _uk_area_index() -> GazetteerIndex:
    return GazetteerIndex(uk_areas())


#: a landscape named with its county or area: "Somerset Levels", "Surrey Hills", "Angus Glens"
_LANDSCAPE_AFTER = std_re.compile(r"[ \t]+(?:Hills|Levels|Downs|Moors|Dales|Wolds|Valleys|Fens|"
                                  r"Marshes|Coast|Mountains|Fells|Heath|Lakes|Peaks|Glens|glens|"
                                  r"Riviera|Broads|Forest)\b")


class UkAreaRecognizer(_GazetteerRecognizer):
    """Counties, council areas, national parks and landscape areas ("Calderdale", "the
    Cotswolds", "Argyll and Bute", "the Forest of Dean"): where people say they live as surely
    as a town, and missing from the populated-places list."""

    SCORE = 0.75

    def __init__(self) -> None:
        super().__init__("LOCATION", "uk_area")

    def extend(self, text: str, start: int, end: int) -> int:
        """An area's landscape named with it: "the Somerset Levels", "the Surrey Hills"."""
        more = _LANDSCAPE_AFTER.match(text, end)
        return more.end() if more else end

    def score_for(self, text: str, start: int, end: int) -> float:
        if _CAPITALISED_NEXT.match(text, end) and " " not in text[start:end]:
            return 0.4  # "Fife Council", "Tyne Bridge": part of a longer name; review
        return self.SCORE

    def index(self) -> GazetteerIndex:
        return _uk_area_index()


@functools.cache
def uk_word_places() -> frozenset[str]:
    """GB towns whose every word is an ordinary word (``data/uk_word_places.txt``: "Amble",
    "Street", "Hope", "New Mills"): places only in a list of places."""
    return load_term_list("uk_word_places.txt")


#: a capitalised item of a list: "Knaresborough", "Papua New Guinea", "Wells-next-the-Sea"
_LIST_ITEM = std_re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’]*(?:-[\wÀ-ÿ'’]+)*"
                            r"(?:[ \t]+[A-Z][\wÀ-ÿ'’]*(?:-[\wÀ-ÿ'’]+)*){0,2}")
#: what joins two places of a list: "Knaresborough, then Amble", "Accrington, um, no, Amble",
#: "Soufrière first, then Tonga", "Street, Wells or Sale"
_LIST_JOIN = std_re.compile(r"(?:[ \t]+first)?(?:,[ \t]*|[ \t]+)(?:(?:um|er|erm|uh|no|then|and|or|"
                            r"back|to|via|before|after|later)\b[ \t]*,?[ \t]*)*")
_ITEM_LEAD = std_re.compile(r"(?:(?:So|And|But|Then|Yeah|Yes|Oh|Well|Um|Er|I|It|The|Was|Is|"
                            r"Did|Or|No|Like|Right|Okay|OK)[ \t]+)+")
_JOIN_WORD = std_re.compile(r",|\b(?:then|and|or)\b")
_LOCATIVE_LEAD = std_re.compile(r"\b(?:in|to|from|at|near|outside|around|via|between)[ \t]+\Z")


class PlaceListRecognizer(RuleRecognizer):
    """Towns that are words ("Amble", "Street", "Hope") and places no list holds
    ("Soufrière") named in a list of places: a list with a place a gazetteer knows, or one
    of two such towns after "in", "to", "from"...: "on placement in Knaresborough, then
    Amble", "it was Accrington, um, no, Amble", "in Street, then Wells", "So Soufrière first,
    then Tonga?". A word that is an ordinary word or a name and no listed town stays what it
    is ("Leeds and Sarah", "Leeds, then Home"), and so does a month ("in March, then GP")."""

    ENTITIES = ("LOCATION",)
    NAME = "place_list"

    def find(self, text: str) -> list[RecognizerResult]:
        items = []
        for m in _LIST_ITEM.finditer(text):
            start, end = m.span()
            lead = _ITEM_LEAD.match(text, start, end)
            if lead is not None:  # "So Soufrière": the opener is no part of the place
                start = lead.end()
            if start < end:
                items.append((start, end))
        out: list[RecognizerResult] = []
        i = 0
        while i < len(items):
            chain = [items[i]]
            while i + 1 < len(items):
                join = _LIST_JOIN.match(text, chain[-1][1])  # most items have none after them
                if join is None or join.end() != items[i + 1][0] \
                        or not _JOIN_WORD.search(text, join.start(), join.end()):
                    break
                chain.append(items[i + 1])
                i += 1
            i += 1
            if len(chain) > 1:
                out.extend(self._judge(text, chain))
        return out

    def _judge(self, text: str, chain: list[tuple[int, int]]) -> list[RecognizerResult]:
        words = [text[s:e] for s, e in chain]
        known = [known_place(w) or w in uk_areas() for w in words]
        towns = [w in uk_word_places() and not looks_like_month(text, s, e)
                 for (s, e), w in zip(chain, words, strict=True)]
        led = _LOCATIVE_LEAD.search(text, max(0, chain[0][0] - 12), chain[0][0]) is not None
        if not any(known) and not (led and sum(towns) > 1):
            return []  # "in March, then to General Practice": one word-town is no list of them
        out = []
        for (start, end), word, is_known, town in zip(chain, words, known, towns, strict=True):
            if is_known:
                continue
            if town:
                out.append(credited(self, "LOCATION", start, end, 0.6))
            elif " " not in word and any(known) and not is_english_word(word) \
                    and not is_first_name(word) and not is_surname(word) \
                    and fold(word) not in given_names() and word not in COMMON_CAPITALISED:
                out.append(credited(self, "LOCATION", start, end, 0.55))  # "Soufrière"
        return out


class DenyListRecognizer(StudyPatternRecognizer):
    """The policy's extra terms for one entity (exact, case-sensitive)."""

    def __init__(self, entity: str, terms: Iterable[str]) -> None:
        super().__init__(supported_entity=entity, deny_list=sorted(set(terms), key=len, reverse=True),
                         name=f"deny_list_{entity.lower()}", deny_list_score=0.9,
                         global_regex_flags=FLAGS)


#: spaCy label -> (our entity, score)
SPACY_LABELS: dict[str, tuple[str, float]] = {
    "PERSON": ("PERSON", 0.85),
    "GPE": ("LOCATION", 0.85),
    "LOC": ("LOCATION", 0.8),
    "FAC": ("LOCATION", 0.6),
    "ORG": ("ORGANISATION", 0.4),
    "DATE": ("DATE", 0.35),
}
_DURATION = std_re.compile(r"(?i)\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|"
                           r"ago|old|since|later|earlier|recently|time|period|long)\b")
_SPECIFIC_DATE = std_re.compile(r"\b(?:" + _MONTHS + r"|" + _WEEKDAYS + r"|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th))\b")


#: a filler between commas right before a word ("Sickness, yeah, Bereavement"): the speaker
#: goes on with a list or a thought, and the capital after it proves as little as at a
#: sentence's start
_FILLER_BEFORE = std_re.compile(r",[ \t]+(?:yeah|yes|um|er|erm|well|so|oh|like|I[ \t]+mean|"
                                r"you[ \t]+know),[ \t]+\Z")
_LOCATIVE_BEFORE = std_re.compile(r"(?i)\b(?:in|from|to|near|at|outside|around|into|of|back)[ \t]+\Z")


def known_place(word: str) -> bool:
    """Whether ``word`` is a place in the shipped lists (UK towns, countries, cities abroad)."""
    return word in _UK_PLACE_SET or word in gazetteer_places() or word in world_places()


def known_place_or_abroad(word: str) -> bool:
    """:func:`known_place`, or a place of the broad lists abroad (:mod:`vault.anonymise.geo`)
    that is nobody's name. Kept apart: the name recognizers back off from a known place, and
    many regions abroad are also surnames ("Wardak", "Rizal")."""
    return known_place(word) or word in _abroad_sets()[0]


#: a capitalised word in any Latin script, with diacritics, apostrophes and hyphens ("Şanlıurfa",
#: "Khyber-Pakhtunkhwa", "Cote d'Ivoire")
_REGION_WORD = r"[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]*(?:['’-][^\W\d_]+)*"
#: the name before a kind word, read backwards from the kind (a window's end)
_REGION_NAME_BEFORE = std_re.compile(
    r"(?<![\w'’-])(?P<name>" + _REGION_WORD + r"(?:[ \t]+" + _REGION_WORD + r"){0,2})[ \t]+\Z")
#: the words that name a region by its kind, after its name ("Limpopo province", "the Ashanti
#: Region", "Kano State", "Hunza valley"), after a space (the space first: a scan tries the
#: words only after spaces)
_REGION_KIND_WORD = std_re.compile(r"[ \t](?P<kind>" + trie_pattern(
    w for kind in """region regions province provinces prefecture prefectures oblast oblasts krai
    krais governorate governorates voivodeship voivodeships canton cantons emirate emirates
    state states territory territories district districts valley valleys delta county counties
    municipality parish division republic highlands plateau coast peninsula""".split()  # noqa: SIM905
    for w in (kind, kind.title())) + r")\b")
#: the kinds a hospital's short name ends with ("Tiverton District", "Louth County"): left to
#: the hospital recognizers in title case
_HOSPITAL_SHORT_KINDS = frozenset(("District", "Districts", "County", "Counties"))
#: kinds that are part of a landform's name even in lower case, as people write them ("the
#: Cartmel peninsula", "the Antrim plateau"); a province or a valley keeps its kind outside
_LANDFORM_KINDS = frozenset(("peninsula", "plateau", "delta"))
#: a region's kind before its name with "of": "the Province of Alberta"
_KIND_OF_REGION = std_re.compile(
    r"[ \t](?P<kind>Region|Province|Prefecture|Governorate|Voivodeship|Canton|Emirate|State|"
    r"Territory|Oblast|Department|Municipality|Republic)[ \t]+of[ \t]+(?P<name>" + _REGION_WORD
    + r"(?:[ \t]+" + _REGION_WORD + r"){0,2})")


_CONTRACTION = std_re.compile(r"['’](?:re|ve|ll|d|m|t)\Z|\A(?:It|That|There|He|She|What|Who|"
                              r"Here|Where|Let)['’]s\Z")


def _region_name_word(word: str) -> bool:
    """Whether ``word`` can name a region: a known place, or a word no English dictionary, no
    list of common capitals and no list of first names has (an endonym, a name in any
    language: "Limpopo", "Île-de-France", "Xinjiang")."""
    if _CONTRACTION.search(word):
        return False  # "We're", "It's", "They'd": a pronoun and its verb
    stem = std_re.sub(r"['’]s$", "", word)
    if stem in COMMON_CAPITALISED or stem.lower() in STOP_WORDS:
        return False
    if known_place(stem) or known_place(fold(stem)):
        return True
    if len(stem) > 1 and stem[1:].isupper():
        return False  # an acronym: "NHS region", "EU state"
    return not is_english_word(stem) and not any(is_english_word(p) for p in stem.split("-")) \
        and not is_first_name(stem) and stem not in word_names()


class RegionRecognizer(RuleRecognizer):
    """A region named with its kind, at home or abroad and in any language: "Limpopo
    province", "the Ashanti Region", "Kano State", "the Swat valley", "Sichuan Province", "the
    Province of Alberta", "Région Île-de-France" (LOCATION). The name must be a known place or
    a word no dictionary, common-capitals or first-name list explains, so the kind does the
    rest whatever the language: "the Northern region", "the Islamic State", "NHS regions",
    "the Welfare State", "Sarah's state" stay. The kind is redacted with the name only when
    capitalised, as part of it ("the Ashanti Region"); "Punjab province" keeps "province"."""

    ENTITIES = ("LOCATION",)
    NAME = "region_kind"
    SCORE = 0.8

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for k in _REGION_KIND_WORD.finditer(text):
            if k.group("kind") in _HOSPITAL_SHORT_KINDS or _CAPITALISED_NEXT.match(text, k.end()):
                continue  # "Tiverton District", "Coquet Valley Surgery": a hospital's name
            window = max(0, k.start() - 90)
            m = _REGION_NAME_BEFORE.search(text[window:k.start("kind")])
            if m is None:
                continue
            words = m.group("name").split()
            start = window + m.start("name")
            # leading function or ordinary words are outside the name: "In Limpopo province",
            # "Rural Sindh province"
            while words and (not words[0][0].isupper() or not _region_name_word(words[0])
                             and not known_place(" ".join(words)) and (
                    words[0] in COMMON_CAPITALISED or words[0].lower() in STOP_WORDS
                    or is_english_word(words[0]) or _CONTRACTION.search(words[0]))):
                start += len(words[0])
                while start < len(text) and text[start] in " \t":
                    start += 1  # the blanks after it, without copying the rest of the text
                words.pop(0)
            if not words or not (any(_region_name_word(w) for w in words)
                                 or known_place(" ".join(words))):
                continue
            if std_re.search(r"['’]s$", words[-1]):
                continue  # "Amara's state": a possessive is somebody's
            end = k.end() if k.group("kind")[0].isupper() \
                or k.group("kind") in _LANDFORM_KINDS else window + m.end("name")
            out.append(credited(self, "LOCATION", start, end, self.SCORE))
        for m in _KIND_OF_REGION.finditer(text):
            words = m.group("name").split()
            if not _region_name_word(words[0]):
                continue
            out.append(credited(self, "LOCATION", m.start("kind"), m.end("name"), self.SCORE))
        return out


@functools.cache
def _abroad_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The broad places abroad (:mod:`vault.anonymise.geo`: ISO 3166-2 regions, countries in
    their own languages, towns of 15,000+) not already in the older lists, split in two: the
    names that are nobody's ("Laikipia", "Deutschland", "Kottayam"), places wherever they
    stand, and the one-word ones that are also first names or surnames ("Nakamura", "Sousa",
    "Isabela") or of three letters ("Mon", "Ege"), places only after a word of place ("in",
    "from", "near"...)."""
    older = world_places() | _UK_PLACE_SET | gazetteer_places()
    ordinary = load_term_list("ordinary_proper_words.txt")
    plain: set[str] = set()
    named: set[str] = set()
    for place in geo.places_abroad() - older - COMMON_CAPITALISED - ordinary:
        if " " not in place and (len(place) <= 3 or is_first_name(place) or place in word_names()
                                 or place in given_names() or place in surnames()
                                 or place in name_words()):
            named.add(place)
        else:
            plain.add(place)
    return frozenset(plain), frozenset(named)


@functools.cache
def _ordinary_phrases() -> dict[str, tuple[str, ...]]:
    """The many-word ordinary phrases of ``ordinary_proper_words.txt`` by their first word:
    "Dunkirk" -> ("Dunkirk spirit",)."""
    out: dict[str, list[str]] = {}
    for phrase in load_term_list("ordinary_proper_words.txt"):
        if " " in phrase:
            out.setdefault(phrase.split(" ", 1)[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _abroad_index() -> GazetteerIndex:
    plain, named = _abroad_sets()
    return GazetteerIndex(plain | named)


#: a word of place right before a name ("in", "from", "near Sousa"): a name-like town abroad
#: is a place only there
_PLACE_PREPOSITION = std_re.compile(r"(?i)\b(?:in|from|to|near|outside|around|into|via|"
                                    r"towards|between)[ \t]+\Z")
#: a place's possessive before a model's noun: "Berne's parent-adult-child model", "Geneva's
#: score" (a theorist's or a tool's, not the place's)
_EPONYM_AFTER = std_re.compile(r"['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:" + "|".join(MODEL_NOUNS)
                               + r"|score|scores|spirit|criteria|test)\b")
#: a compass or position word that is part of a region's or town's name: "East Java", "Upper
#: Austria", "Northern Mindanao", "Lower Silesia", "Greater Poland"
_PLACE_QUALIFIER = std_re.compile(
    r"(?<![\w'’-])(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|"
    r"Lower|Greater|Lesser|Middle|Mid|Far|Inner|Outer|North-East|North-West|South-East|"
    r"South-West|Northeast|Northwest|Southeast|Southwest)[ \t]+(?=[A-ZÀ-ÖØ-Þ\u0100-\u024F])")
#: a title, role or initial before a name ("Dr Rizal", "Nurse Wardak", "P. Wardak")
_PERSON_BEFORE = std_re.compile(r"(?:\b(?:" + TITLE_WORDS + r"|Nurse|Sister|Matron|"
                                r"Auntie|Aunty|Uncle)\.?|(?<![\w'’-])[A-Z]\.?)[ \t]+\Z")
#: a word in lower case right after a word of place, as chat lines and hurried notes are typed:
#: "just landed in accra", "im from kottayam", "my mum is in lagos rn"
_LOWER_AFTER_PREPOSITION = std_re.compile(r"\b(?:in|from|to|near|outside|around|into|via)"
                                          r"[ \t]+(?P<w>[a-zà-ÿ\u0100-\u024f][a-zà-ÿ\u0100-"
                                          r"\u024f'’-]{2,})")
_LOWER_WORD = std_re.compile(r"[ \t]+([a-zà-ÿ\u0100-\u024f][a-zà-ÿ\u0100-\u024f'’-]+)")
#: words of Latin and of medicine after "in" that no list of places should be asked about
_NOT_LOWER_PLACES = frozenset("""situ utero vivo vitro toto loco lieu extremis absentia camera
perpetuity silico""".split())  # noqa: SIM905


def _lower_place_end(text: str, start: int) -> int:
    """The end of a known place written in lower case at ``start`` (one to three words, the
    first no English word: "accra", "kottayam", "sri lanka"), or ``start`` when none."""
    first = _LOWER_WORD.match(" " + text[start:start + 40])
    if first is None:
        return start
    word = first.group(1)
    if word in STOP_WORDS or word in _NOT_LOWER_PLACES:
        return start
    words = [(word, start + len(word))]
    pos = start + len(word)
    for _ in range(2):
        m = _LOWER_WORD.match(text, pos)
        if m is None:
            break
        words.append((m.group(1), m.end()))
        pos = m.end()
    for n in range(len(words), 0, -1):
        if all(is_english_word(w) for w, _ in words[:n]):
            continue  # "in theatre", "to new places": ordinary words
        name = " ".join(w.capitalize() for w, _ in words[:n])
        if known_place_or_abroad(name) or known_place_or_abroad(fold(name)) \
                or name in uk_areas():
            return words[n - 1][1]
    return start


#: a public body or institution named for the place before it: "Mpumalanga Department of
#: Health", "Laikipia County Government", "Kottayam Medical College"
_BODY_NEXT = std_re.compile(r"[ \t]+(?:Department|Ministry|Provincial|Regional|Health|"
                            r"University|Hospital|Teaching|General|Medical|College|Institute|"
                            r"Government|Municipal|Airport|County|District|Province|State|"
                            r"Region)\b")
#: a body that governs a country or a territory, after its name: "the Jersey Government", "the
#: Chad Parliament" (the space first: a scan tries the words only after spaces)
#: the words of a body that governs a country ("the Jersey Government", "the Chad Parliament")
GOVERNING_BODIES = r"Government|Parliament|Assembly|Executive|Senate"
_GOVERNS_NEXT = std_re.compile(r"[ \t](?:" + GOVERNING_BODIES + r")\b")
#: a name said with a capitalised kind of region: "Savannah Region", "Rivers State"
_OWN_KIND = std_re.compile(r"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]+(?:[ \t]+"
                           r"[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]+)?)[ \t]+(?P<kind>Region|State|"
                           r"Province|County|District|Prefecture|Governorate|Department|"
                           r"Municipality|Parish|Division|Canton|Oblast)\b")
#: a word in capitals that may be a place written in capitals ("NIGERIA", "KOTTAYAM")
_PLACE_IN_CAPS = std_re.compile(r"(?<![\w'’&-])[A-ZÀ-ÖØ-Þ\u0100-\u024F]{4,}(?:[ \t]+[A-ZÀ-ÖØ-Þ"
                                r"\u0100-\u024F]{3,}){0,2}(?![\w'’&-])")


_A_REGION_WORD = std_re.compile(_REGION_WORD)
_GAP = std_re.compile(r"[ \t]+")


def _place_words(text: str, start: int) -> int:
    """The end of the longest known place of one to three words starting at ``start``, or
    ``start`` when none: "Java" in "East Java was", "Austria" in "Upper Austria is"."""
    ends: list[int] = []
    pos = start
    for _ in range(3):
        m = _A_REGION_WORD.match(text, pos)
        if m is None:
            break
        ends.append(m.end())
        gap = _GAP.match(text, m.end())
        if gap is None:
            break
        pos = gap.end()
    for end in reversed(ends):
        name = text[start:end]
        if known_place_or_abroad(name) or known_place_or_abroad(fold(name)) \
                or name in uk_areas():
            return end
    return start


class PlaceAbroadRecognizer(RuleRecognizer):
    """Places abroad from broad data sources (:mod:`vault.anonymise.geo`), and three shapes of
    any known place (LOCATION):

    * a region, country or town abroad in the lists ("Laikipia", "Deutschland", "Kottayam");
      one that is also a person's name ("Sousa", "Isabela") only after a word of place;
    * a place with a compass or position word that is part of its name ("East Java was my
      first posting", "Upper Austria is where...", "Northern Mindanao");
    * a place written in capitals ("NIGERIA is where I qualified", "from KOTTAYAM"): a known
      place's name, title-cased, that is no English word ("NICE", "BATH" stay).
    """

    ENTITIES = ("LOCATION",)
    NAME = "place_abroad"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        named = _abroad_sets()[1]
        for start, end in _abroad_index().finditer(text):
            name = text[start:end]
            if _CAPITALISED_NEXT.match(text, end) and not _BODY_NEXT.match(text, end):
                if " " in name:
                    out.append(credited(self, "LOCATION", start, end, 0.4))
                continue  # "Santa Maria Hospital", "Sousa Mendes": part of a longer name
            if name in named and not _PLACE_PREPOSITION.search(text, max(0, start - 12), start):
                continue
            if " " not in name and _PERSON_BEFORE.search(text, max(0, start - 12), start):
                continue  # "Nurse Wardak", "P. Wardak": a person named like a region
            if any(text.startswith(p, start) for p in _ordinary_phrases().get(name, ())):
                continue  # "the Dunkirk spirit"
            if _EPONYM_AFTER.match(text, end) or " " not in name and name not in \
                    geo.towns_abroad() and std_re.match(r"['’]s\b", text[end:end + 3]):
                continue  # "Berne's parent-adult-child": a theorist's, not a region's
            out.append(credited(self, "LOCATION", start, end, 0.85 if " " in name
                                else self.SCORE))
        for q in _PLACE_QUALIFIER.finditer(text):
            end = _place_words(text, q.end())
            if end == q.end():
                # a region named only with ordinary words, by its ISO name: "Upper East"
                m = _A_REGION_WORD.match(text, q.end())
                if m and text[q.start():m.end()] in geo.subdivision_kinds():
                    end = m.end()
            if end > q.end() and not known_place(text[q.start():end]):  # "Northern Ireland"
                out.append(credited(self, "LOCATION", q.start(), end, 0.8))
        out.extend(self._governed(text))
        for k in _OWN_KIND.finditer(text):
            name, kind = k.group("name"), k.group("kind")
            if kind in geo.subdivision_kinds().get(name, ()) and \
                    not _PLACE_QUALIFIER.match(name + " X"):
                out.append(credited(self, "LOCATION", k.start(), k.end(), 0.8))
        for w in _LOWER_AFTER_PREPOSITION.finditer(text):
            end = _lower_place_end(text, w.start("w"))
            if end > w.start("w"):
                out.append(credited(self, "LOCATION", w.start("w"), end, 0.7))
        for c in _PLACE_IN_CAPS.finditer(text):
            words = c.group().split()
            title = " ".join(w.capitalize() for w in words)
            if len(words) == 1 and (is_english_word(title) or title in COMMON_CAPITALISED):
                continue
            if known_place_or_abroad(title) or known_place_or_abroad(fold(title)):
                out.append(credited(self, "LOCATION", c.start(), c.end(), 0.75))
        return out


    def _governed(self, text: str) -> list[RecognizerResult]:
        """A country or territory before the word of the body that governs it, however ordinary
        the country's word: "the Jersey Government", "the Chad Parliament" (not "the Labour
        Government", "the Student Assembly": no country's names)."""
        out = []
        for g in _GOVERNS_NEXT.finditer(text):
            m = _REGION_NAME_BEFORE.search(text, max(0, g.start() - 40), g.start() + 1)
            if m is None:
                continue
            end = m.end("name")
            for w in _A_REGION_WORD.finditer(text, m.start("name"), end):
                # the longest name first: "Sierra Leone" before "Leone"
                if " ".join(text[w.start():end].split()) in geo.country_names():
                    out.append(credited(self, "LOCATION", w.start(), end, 0.75))
                    break
        return out


#: a practice, surgery or health centre by its name and its kind in lower case: "The Willows
#: health centre", "Meadowside family practice", "Lime Tree surgery" (the name's words in
#: group "name")
_NAMED_PRACTICE = std_re.compile(
    r"(?:\b(?P<the>[Tt]he)[ \t]+)?(?<![\w'’-])(?P<name>" + _REGION_WORD + r"(?:[ \t]+"
    + _REGION_WORD + r"){0,2})[ \t]+(?:(?:family|medical|GP|group|general)[ \t]+)?\Z")
#: the kind after a space (the space first: a scan tries the words only after spaces)
_PRACTICE_KIND = std_re.compile(r"[ \t](?P<kind>practice|surgery|health[ \t]+centre|"
                                r"medical[ \t]+centre|clinic)\b")
#: words that say what kind of practice or clinic, not which: "General practice", "Best
#: practice", "Keyhole surgery", "The Fracture clinic", "Community health centre"
_PRACTICE_KIND_WORDS = std_re.compile(r"(?:" + _NOT_PRACTICE_FIRST + r"|" + _NOT_PLACE_FIRST
                                      + r"|Best|Group|Day|Walk-in|Covid|COVID|GP|NHS|Nurse|"
                                      r"Nurse-led|Specialist|Outpatient|Urgent|Same|Other|New|"
                                      r"Old|Main|Next|Last|First|Training|Teaching|Partner|"
                                      r"Partners|Surgery|Practice|Health|Medical|Centre)\Z")


class NamedPracticeRecognizer(RuleRecognizer):
    """A practice, surgery or health centre named before its kind in lower case, where a
    sentence's capital says little: "The Willows health centre was where I trained", "The
    Orchard surgery took me on", "Meadowside family practice", "Lime Tree surgery" (HOSPITAL).
    After "The" any capitalised name will do (the capital is the speaker's, "the" took the
    sentence's); without it, a word no dictionary has, or two capitalised words. Kinds of
    practice stay: "General practice", "Best practice", "Keyhole surgery", "The Fracture
    clinic", "Private practice"; a clinic needs a name no dictionary has."""

    ENTITIES = ("HOSPITAL",)
    NAME = "named_practice"
    SCORE = 0.75

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for k in _PRACTICE_KIND.finditer(text):
            window = max(0, k.start() - 100)
            m = _NAMED_PRACTICE.search(text[window:k.start("kind")])
            if m is None:
                continue
            words = m.group("name").split()
            if any(_PRACTICE_KIND_WORDS.match(w) or w.lower() in STOP_WORDS
                   or w in COMMON_CAPITALISED or not w[0].isupper()
                   or (len(w) > 1 and w[1:].isupper()) for w in words):
                continue
            unknown = any(not is_english_word(w) and not is_first_name(w) for w in words)
            if std_re.search(r"['’]s?\Z", words[-1]):
                continue  # "Parkinson's clinic", "Dr Bekzod's clinic": an illness's or a person's
            if k.group("kind") == "clinic" and not unknown:
                continue  # "The Fracture clinic", "the Diabetes clinic"
            if not (m.group("the") or unknown or len(words) > 1):
                continue
            out.append(credited(self, "HOSPITAL", window + m.start("name"),
                                window + m.end("name"), self.SCORE))
        return out


def _judge_name_guess(text: str, start: int, end: int, entity: str,
                      score: float, *, fine_tuned: bool = True) -> tuple[str, float]:
    """Second thoughts on a spaCy PERSON/ORG/LOCATION guess: ("", 0) to drop it.

    * made only of ordinary words ("Burnout", "CONFIDENTIAL - Interview", "Transcribed"): an
      ORG or place guess of one word, or at the start of a sentence, is dropped ("Kestrel
      Partners" mid-sentence stays a firm for review); a one-word person at the start of a sentence with nothing
      after it that makes it a person goes to review (0.35), unless it is a known first name;
    * a known place guessed as a person ("Worcester", "Morpeth") is a place, unless a title or
      a verb of saying makes it a person.
    """
    span = text[start:end]
    words = [w for w in std_re.split(r"[ \t\-–—,&]+", span) if w]
    if not words:
        return "", 0.0
    if entity == "PERSON" and text[max(0, start - 4):start] == "the " and len(words) == 1:
        return "HOSPITAL", score  # "the Vic", "the Christie", "the Alex": an institution
    wordy = all(w.lower() in STOP_WORDS or is_english_word(w) for w in words)
    if fine_tuned:
        judged = _fine_tuned_guess(text, start, end, entity, score, words, wordy)
        if judged is not None:
            return judged
    if entity != "PERSON" and len(words) > 1 and wordy and not known_place(span) \
            and named_concept(words[-1]):
        return "ORGANISATION", min(score, 0.4)  # "the Early Warning Score", "Shared Decision
        # Making", "the Wellbeing Champions": a scheme's, a tool's or a team's name, for review
        # as the stock model's ORG was (no place's name ends in such a word)
    if entity == "LOCATION" and len(words) > 1 and TITLE_WORD_RE.fullmatch(words[0]):
        return "PERSON", score  # "a Dr Prendergast" guessed as a place
    if entity == "PERSON" and len(words) == 2 and words[1] in ("Day", "Week", "Night", "Eve") \
            and is_english_word(words[0]) and not is_first_name(words[0]) \
            and words[0] not in word_names():
        return "", 0.0  # "Groundhog Day", "Pancake Day", "Results Night": a named day
    if entity == "PERSON":
        if known_place(span) and not TITLE_BEFORE_RE.search(text, max(0, start - 12), start) \
                and not person_context_after(text, end):
            return "LOCATION", max(score, 0.75)
        if len(words) == 1 and wordy and span not in first_names() \
                and (at_sentence_start(text, start)
                     or (_FILLER_BEFORE.search(text, max(0, start - 20), start)
                         and not subject_verb_after(text, end))) \
                and not person_context_after(text, end, span):
            return "PERSON", min(score, 0.35)
        return entity, score
    if wordy and not known_place(span):
        if entity == "LOCATION" and _LOCATIVE_BEFORE.search(text, max(0, start - 12), start):
            return entity, min(score, 0.45)  # "moved to Bath": review, not silence
        if len(words) == 1 or at_sentence_start(text, start):
            return "", 0.0  # "Transcribed", "CONFIDENTIAL - Interview", "Mentoring"
    return entity, score


#: the last words of the names of tools, scores, schemes, courses, teams, roles and
#: processes of care ("the Clinical Frailty Scale", "the Wellbeing Champions", "Root Cause
#: Analysis"): capitalised as names are, and named with ordinary words, but never a place's
#: or a person's name
_CONCEPT_HEADS = frozenset("""
Scale Scales Score Scores Framework Frameworks Tool Tools Toolkit Test Tests Model Models
Programme Programmes Program Course Courses Panel Panels Plan Plans Pathway Pathways Policy
Policies Protocol Protocols Guideline Guidelines Guidance Standard Standards Bundle Bundles
Audit Audits Review Reviews Certificate Certificates Index Criteria Checklist Checklists
Module Modules Award Awards Initiative Initiatives Campaign Campaigns Strategy Strategies
Incident Incidents Treatment Treatments Professional Professionals Practitioner Practitioners
Supervisor Supervisors Assessor Assessors Champion Champions Lead Leads Team Teams Forum
Approach Method Methods Technique Techniques Therapy Therapies Syndrome Disease Procedure
Procedures Manoeuvre Reflex Classification Qualification Qualifications Diploma Exam Exams
Examination Examinations Curriculum Portfolio Report Reports Survey Questionnaire Inventory
Measure Measures Charter Act Regulations Principles Values Skills Training Induction Safety
Quality Improvement Management Support Leadership Analysis Assessment Assessments Resolution
Committee Meeting Meetings Huddle Handover Handovers Round Rounds Pilot Project Projects
Service Scheme Schemes Candour Wellbeing Resilience Mentoring Coaching Supervision Guardian
Guardians Advocate Advocates
""".split())  # noqa: SIM905
#: abstract nouns by their ending ("Compassionate Leadership", "Shared Decision Making")
_CONCEPT_SUFFIX = std_re.compile(r"[a-z](?:tion|sion|ment|ness|ship|ism|ology|ysis|ance|ence|"
                                 r"ity|ing)s?\Z")
#: words with those endings that end the names of places and buildings ("Central Station",
#: "Victoria Embankment", "Ivy Cottage" aside, which no ending covers)
_PLACE_HEAD_ENDINGS = frozenset("""
Station Junction Mansion Mansions Mission Plantation Embankment Settlement Department
University City Community Entrance Residence Township Building Buildings Crossing Landing
Holding Holdings Reading Spring Springs Wing Ring King Kings Stirling Sterling Ling Ealing
""".split())  # noqa: SIM905


def named_concept(word: str) -> bool:
    """Whether a capitalised word ends the name of a tool, a score, a scheme, a course, a team,
    a role or a process ("Scale", "Champions", "Analysis", "Leadership"), not a place's."""
    stem = std_re.sub(r"['’]s?\Z", "", word)
    if stem in _CONCEPT_HEADS:
        return True
    return len(stem) > 6 and _CONCEPT_SUFFIX.search(stem) is not None \
        and stem not in _PLACE_HEAD_ENDINGS


def _fine_tuned_guess(text: str, start: int, end: int, entity: str, score: float,
                      words: list[str], wordy: bool) -> tuple[str, float] | None:
    """Guards on what the fine-tuned NER (the default since round 16) alone proposes, which the
    stock model seldom did: the judgement, or None to go on with the common rules."""
    span = text[start:end]
    if _QUANTITY_ONLY.fullmatch(span):
        return "", 0.0  # "eighteen point four percent" read as a place: a quantity is no name
    if entity == "PERSON" and len(words) > 1 and words[-1] in _COMPANY_WORDS:
        return "ORGANISATION", min(score, 0.4)  # "Harlow Dynamics": a firm, for review
    if entity != "PERSON" and len(words) == 1 and _ACRONYM.fullmatch(span) \
            and not wordy and not known_place(span):
        return "ORGANISATION", min(score, 0.4)  # "the ARRS money": a scheme's letters
    if entity != "PERSON" and len(words) == 1 \
            and _THE_BEFORE.search(text, max(0, start - 6), start) \
            and not known_place_or_abroad(span) \
            and (wordy or not _LOCATIVE_BEFORE.search(text, max(0, start - 18), start - 4)):
        return "", 0.0  # "watched the Olympics": the hospital nicknames decide ("out in the
        # Brynmawrs", no dictionary word after a locative, stays a place)
    if entity == "PERSON" and len(words) > 1 and words[-1] in _INSTITUTION_WORDS \
            and not is_first_name(words[0]):
        return "", 0.0  # "Ashcombe Unit": no one's name ends so; the unit finders decide
    if entity == "PERSON" and (wordy or _acronyms_and_words(words)) and not known_place(span) \
            and not _name_evidence(text, start, end, words):
        # every word a dictionary word and nothing making it anyone: "Rain kept us in",
        # "I rang Pharmacy", "Site: Main Building", "Hand Hygiene", "Then Cross the road".
        # The stock model seldom proposed these; a model fine-tuned on transcripts does.
        # A mid-sentence capital that is someone is the name finders' to judge, with their
        # guards (departments, topics said twice, lists, header fields, quoted commands).
        # two words or more may be a full name of word names ("Clover Marsh"): review
        return ("", 0.0) if len(words) == 1 or _acronyms_and_words(words) \
            or all(w in _GENERIC_FIELD_WORDS for w in words) else ("PERSON", min(score, 0.4))
    if entity != "PERSON" and len(words) > 1 \
            and (_acronyms_and_words(words) or all(w in _GENERIC_FIELD_WORDS for w in words)) \
            and not known_place(span) \
            and not _LOCATIVE_BEFORE.search(text, max(0, start - 12), start) \
            and not at_sentence_start(text, start):
        return entity, min(score, 0.4)  # "the Community Pharmacy", "BLS Update": review (not
        # "Quarry Lodge", "Seven Stiles": places are named with ordinary words)
    return None


#: an acronym of capitals: "ARRS", "PCN"
_ACRONYM = std_re.compile(r"[A-Z]{2,5}")
#: a quantity said or written: number words or digits with a decimal point or a percentage
#: ("eighteen point four percent", "six point two", "12.5 per cent"), which the fine-tuned NER
#: (round 18's) may read as a place; none is a name. A run of digits is taken whole (``\d++``):
#: with ``\d+`` and the optional gap the run could be cut anywhere, and a long one that failed
#: ("1234567890123456789012 Pointe") took seconds to refuse (2**21 ways to cut it)
_QUANTITY_ONLY = std_re.compile(
    r"(?i:(?=.*(?:point|cent|%))(?:(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|and|a|\d++(?:\.\d++)?)[- \t]*)+"
    r"(?:(?:point|\.)[- \t]*(?:(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|"
    r"\d++)[- \t]*)+)?(?:per[- \t]?cent|percent|%)?)")
#: last words of a workplace's or a building's name, never of a person's
_INSTITUTION_WORDS = frozenset("""Unit Units Centre Center Clinic Surgery Hospital Infirmary
Building Wing Suite Department Practice Pharmacy Hospice""".split())  # noqa: SIM905

#: last words of a firm's name ("Harlow Dynamics", "Kestrel Partners")
_COMPANY_WORDS = frozenset("""Partners Dynamics Associates Consulting Consultants Solutions
Ltd Limited Plc PLC LLP Inc Group Holdings Systems Technologies Industries Enterprises
""".split())  # noqa: SIM905


def _acronyms_and_words(words: list[str]) -> bool:
    """Whether a guess is an acronym with dictionary words: "ECG Leads", "BLS Update"."""
    return any(len(w) > 1 and not w.isupper() for w in words) and all(
        (w.isupper() and 2 <= len(w) <= 4) or w.lower() in STOP_WORDS or is_english_word(w)
        for w in words) and any(w.isupper() and len(w) > 1 for w in words)


def _name_evidence(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a NER person guess of dictionary words has anything of a name: a word that is
    a first name, a given name that is a word ("Grace"; "Storm" before a surname), a title,
    role or rank before it ("Mrs Baker", "Padre Quilliam"), or, for two words or more, a person's context after them ("Main
    Street said"). One dictionary word with a predicate after it is as often a thing ("Rain
    kept us in", "Justice was never done"): the name finders judge it with their guards."""
    return any(is_first_name(w) or w in word_names() for w in words) \
        or any(w in name_words() for w in words[:-1]) \
        or TITLE_BEFORE_RE.search(text, max(0, start - 12), start) is not None \
        or _ROLE_BEFORE.search(text, max(0, start - 24), start) is not None \
        or (len(words) > 1 and person_context_after(text, end, text[start:end]))


#: lower-case words NER took in before a name, but a surname's particle ("rang Munir")
_LOWER_LEAD = std_re.compile(r"(?:(?!(?:van|von|de|del|della|der|den|da|di|dos|das|du|la|le|bin|"
                             r"binti|bint|ibn|ap|al|el|zu|zur|zum)\b)[a-z][\w'’]*[ \t]+)+")
#: a pronoun NER took in after a name ("Chipo I said")
_PRONOUN_TAIL = std_re.compile(r"[ \t]+(?:I|I['’]m|I['’]d)\Z")
_FIRST_OF_TWO = std_re.compile(r"(?P<w>[A-Z][a-z]+)[ \t]+(?P<n>[A-Z][\w'’-]+)")


def _without_leading_word(text: str, start: int, end: int) -> int:
    """Where a person guessed by NER starts when its first word opens the sentence and is an
    ordinary word, not a name, before a first name: "Drop Bernadette a line", "Dear Priya"."""
    m = _FIRST_OF_TWO.match(text, start, end)
    if m is None or not at_sentence_start(text, start):
        return start
    word = m.group("w")
    name = m.group("n")
    if word in _OPENERS and (is_first_name(name) or name in word_names()
                             or name in name_words() or not is_english_word(name)):
        return m.start("n")
    return start


#: words that open a sentence before a name without being one: imperatives, greetings,
#: sentence adverbs ("Drop Bernadette a line", "Dear Priya", "Poor Pip", "Sadly Anwen left")
_OPENERS = frozenset("""
Drop Dear Poor Hi Hello Hey Thanks Cheers Bless Even Ask Tell Thank Call Ring Text Email Phone
Let Get Meet See Say Give Send Help Find Try Make Take Keep Bring Write Message Contact Check
Book Mind Watch Leave Blame Pay Ping Shoot Invite Sorry Morning Evening Afternoon Night Only
Just Apparently Luckily Sadly Unfortunately Obviously Honestly Actually Basically Anyway
Yesterday Today Tonight Tomorrow Later Recently Eventually Finally Suddenly Afterwards
""".split())  # noqa: SIM905


#: a field's label and its colon right after a word: an e-mail header's next field ("From:
#: Ayo Bello Sent: Tuesday"), a minute's or a form's ("Attendees:", "Apologies:")
_LABEL_AFTER = std_re.compile(r"[ \t]*:(?!//)")
_LAST_WORD = std_re.compile(r"(?<![\w-])(?<!\w['’])(?P<w>[A-Z][a-z]+)\Z")
#: the fields of an e-mail's header and of a meeting's or a form's record: their labels are
#: never anyone's name ("Sent: Tuesday 07:42", "Attendees: ...", "Signed: ...")
_FIELD_LABELS = frozenset("""
From Sent To Cc Bcc Subject Date Re Fw Fwd Attachments Attachment Importance Reply Forwarded
Attendees Attendance Apologies Present Absent Chair Chaired Minutes Minute Actions Action Owner
Owners Agenda Item Items Outcome Outcomes Notes Note Signed Signature Witnessed Witness Author
Authors Reviewer Reviewers Reviewed Approved Prepared Written Recorded Transcribed Updated
Created Modified Distribution Circulation Copy Copies Ref Reference Location Venue Time Times
""".split())  # noqa: SIM905


def without_field_label(text: str, start: int, end: int) -> int:
    """Where a person guessed by NER ends when its last word is a field's label, a colon right
    after it ("From: Ayo Bello Sent: Tuesday" read as "Ayo Bello Sent"): before that word, or
    ``start`` when the label is all there is ("Attendees: ..."). A chat's speaker ("Priya:")
    is a name before a colon too, so only the labels of headers and records are cut."""
    if _LABEL_AFTER.match(text, end) is None:
        return end
    last = _LAST_WORD.search(text, start, end)
    if last is None or last.group("w") not in _FIELD_LABELS:
        return end
    cut = last.start("w")
    while cut > start and text[cut - 1] in " \t":
        cut -= 1
    return max(start, cut)


#: letters after a name that say what someone holds, not who they are (post-nominals): degrees
#: ("PhD", "DPhil", "MSc", "MBChB"), honours ("OBE", "MBE"), the fellowships and memberships of
#: colleges, faculties and academies, at home and abroad ("FRCP", "MRCGP", "FFPH", "FRACP",
#: "FCPaed", "FAcadMEd", "FMedSci", "FHEA"), with a qualifier in brackets ("FRCP(Edin)",
#: "MRCP(UK)", "MD(Res)", "BSc (Hons)") and a subject's short name after a degree ("MSc
#: MedEd"). A CV, a byline, a signature or a biosketch writes them after the name; the name
#: is what identifies (general knowledge of how degrees and fellowships are written)
_POSTNOMINAL_WORD = (
    r"(?:Ph\.?D|D\.?Phil|M\.?Phil|M\.?Res|M\.?Sc|B\.?Sc|MBChB|MB[ \t]?ChB|MBBS|BMBS|MBBCh|BChir|"
    r"BMedSci|BMedSc|MMedSci|MMedEd|MClinEd|MEd|EdD|DrPH|DClinPsy|DSc|MPH|MBA|MCh|MChir|MChOrth|"
    r"BDS|BPharm|MPharm|PGCert|PGDip|PGCE|LLB|LLM|MRCP|MRCS|MRCGP|MRCPsych|MRCPCH|MRCOG|MRCA|"
    r"MRCEM|MRCPI|MRCSI|MFPH|MFFP|MFSRH|MAcadMEd|MCEM|"
    # a college's fellowship: "FRC" and its letters ("FRCP", "FRCSEd", "FRCPath", "FRCPsych"),
    # the Australasian and South African ones, the faculties' "FF..." and the academies'
    r"S?FRC[A-Z][A-Za-z]{0,6}|FRA(?:CP|CS|CGP|NZCP|NZCOG|NZCR|NZCA|CMA)|FF[A-Z]{2,6}|"
    r"FC(?:Paed|Path|Psych|Surg|Obs|Anaes|EM|S|P|OG|A|ORL|Ophth|FP)(?:\([A-Z]{2,4}\))?|"
    r"FACP|FACS|FACEP|FESC|FEBU|FEBO|FAcadMEd|FMedSci|FRSE|FRSB|FRSPH|FRS|FBA|FREng|FAMS|"
    r"P?S?FHEA|NTF|FInstLM|CPsychol|CStat|CEng|IEng|EurIng|"
    # a college's or faculty's diploma ("DRCOG", "DFSRH", "DTM&H", "DOccMed", "DIMC") and
    # "Dip" before a subject's short name, in capitals and lower case ("DipIMC", "DipPallMed")
    r"D(?:RCOG|RCPath|RCOphth|FSRH|FFP|TM&H|OccMed|AvMed|IMC|MCC|Obst[A-Z]{2,5})|"
    r"Dip[A-Z][a-z]?[A-Z][A-Za-z]{0,8}|Dip(?:Derm|Obs|Ther|Law|Psych|Couns|Nurs|Pharm)|"
    # memberships and fellowships of faculties ("MFOM", "MFFLM", "MFDS"), chartered institutes
    # ("MCIL", "FCIPD", "MCMI") and institutions ("MIHEEM", "FIHEEM", "MIET", "MInstLM"), by
    # their bodies' letters: a name in capitals ("MCINNES", "FINCH", "MIHAELA") is none
    r"MF[A-Z]{2,5}|MJDF|[MF]CI(?:L|PD|PS|OB|EH|M)|[MF]CMI|"
    r"[MF]I(?:HEEM|ET|MechE|CE|StructE|ChemE|BMS|OSH)|MInst[A-Z][A-Za-z]{1,4}|"
    r"MCSP|[MF]RPharmS|MBPsS|[MF]CPS|"
    # a certificate before its level or subject ("Cert HE", "Cert Ed", "PG Cert")
    r"Cert|"
    # registrations of interpreters and nurses, decorations, and the services' corps and
    # reserves written after a serving doctor's name ("Surg Cdr ... RN", "Maj ... RAMC")
    r"DPSI|RSCN|RNLD|RNMH|SCPHN|BEM|QFSM|ARRC|[KDOC]StJ|"
    r"RAMC|QARANC|RADC|RAVC|RAFVR|RNVR|"
    r"OBE|MBE|CBE|KBE|DBE|KC|QC)")
#: short letters that are also initials ("Khan MA", "Ali MD" in a reference list): a
#: post-nominal only beside another one ("MB BS", "MD FRCP") or with its qualifier ("MD(Res)")
#: (and three letters that are also a hospital's or a body's initials: "DCH", "DSO", "QPM")
_POSTNOMINAL_SHORT = (r"(?:MD|DM|MB|BS|BM|BCh|BAO|MA|BA|MS|RN|RGN|RMN|DL|JP|ChB|"
                      r"DCH|DGM|DPM|DMJ|DSO|DFC|QGM|QPM|RRC|CVO|LVO|MVO|RNR)")
#: the qualifier of a post-nominal, in brackets: written on to it ("FRCP(Edin)", "MRCP(UK)",
#: "MD(Res)", "FCPaed(SA)"), or with a space when it is one of the usual ones ("BSc (Hons)",
#: "FRCP (Lond)"); another word in brackets after a space is an affiliation, where someone is
#: from ("Dr Ana Reyes MBE (<town>)"), and stays a place
_QUALIFIER_WORDS = (r"(?:Hons|Edin|Ed|Lond|Glasg|Glas|Irel?|UK|SA|Res|Cantab|Oxon|Dist|Clin|"
                    r"Paeds?|Surg|Eng|Aus|NZ|Med[ \t]?Ed|Hon|Open)")
_POSTNOMINAL_QUALIFIER = (r"(?:\([A-Z][A-Za-z .&]{0,14}\)?|[ \t]\(" + _QUALIFIER_WORDS
                          + r"\)?)")
#: a subject after a degree: "MSc MedEd", "MA ClinEd", "MSc Med Ed"; a level after a
#: certificate: "Cert HE"
_POSTNOMINAL_SUBJECT = r"(?:Med[ \t]?Ed|Clin[ \t]?Ed|Med[ \t]?Sci|Med[ \t]?Educ|HPE|Hons|HE)"
_POSTNOMINAL_TOKEN = std_re.compile(
    r"(?:(?P<word>" + _POSTNOMINAL_WORD + r")|(?P<short>" + _POSTNOMINAL_SHORT + r")"
    r"|(?P<subject>" + _POSTNOMINAL_SUBJECT + r"))\.?(?P<qual>" + _POSTNOMINAL_QUALIFIER + r")?")


#: a word of a span and a qualifier in brackets after a space ("FRCP (Lond)"): what
#: :func:`without_postnominals` reads back from the span's end
_SPAN_WORD = std_re.compile(r"[^\s,]+(?:[ \t]\([^()\s]{1,14}\)?)?")


def without_postnominals(text: str, start: int, end: int) -> int:
    """Where a person's span ends without the post-nominals written after the name ("Dr Ana
    Reyes FRCP(Edin) MSc MedEd" -> "Dr Ana Reyes"; "Khan MA" keeps its initials): ``start``
    when the span is post-nominals only ("OBE", "PhD at ...").

    The span's words are read from its end backwards while they are post-nominals; the run is
    cut only if one of them is certain, a post-nominal by itself: a short one ("MD", "MA") or a
    subject ("MedEd") counts only beside a certain one (or with its qualifier, "MD(Res)")."""
    cut = pos = end
    certain = False
    for s, e in reversed([m.span() for m in _SPAN_WORD.finditer(text, start, end)]):
        if e != pos and text[e:pos].strip(" \t,"):
            break
        m = _POSTNOMINAL_TOKEN.fullmatch(text, s, e)
        if m is None:
            break
        certain = certain or m.group("word") is not None or (
            m.group("short") is not None and bool(m.group("qual")))
        cut = pos = s
    if not certain:
        return end
    while cut > start and text[cut - 1] in " \t,":
        cut -= 1
    return cut


#: a post-nominal and the bracket of its qualifier, right before a span ("FRCP(", "BSc (")
_POSTNOMINAL_OPEN = std_re.compile(r"(?<![\w'’-])(?:" + _POSTNOMINAL_WORD + r"|"
                                   + _POSTNOMINAL_SHORT + r")[ \t]?\(\Z")
_QUALIFIER_WORD = std_re.compile(_QUALIFIER_WORDS)


def a_postnominal_qualifier(text: str, start: int, end: int) -> bool:
    """A post-nominal's qualifier in brackets found alone ("Edin" in "FRCP(Edin)", "UK" in
    "MRCP(UK)", "Res" in "MD(Res)"): where someone's degree is from, not who they are."""
    before = text[max(0, start - 12):start]
    m = _POSTNOMINAL_OPEN.search(before)
    if m is None or text[start:end].strip().count(" "):
        return False
    return not before.endswith(" (") or _QUALIFIER_WORD.fullmatch(
        text[start:end].strip()) is not None


#: the pronoun "I" closing a question or a clause, read as an initial with the capital after
#: it: "Right, where was I. Llanfair", "Who am I. Nobody"
_PRONOUN_I_STOP = std_re.compile(r"I\.[ \t]+(?=[A-Z])")
_VERB_BEFORE_I = std_re.compile(r"(?i)\b(?:was|am|were|did|do|have|had|could|should|would|can|"
                                r"will|shall|must|might|where|what|who|how)[ \t]+\Z")


def without_pronoun_i(text: str, start: int, end: int) -> int:
    """Where a person guessed by NER starts when it opens with the pronoun "I" and a full
    stop after a verb ("where was I. Llanfair"): after it (the rest is judged alone)."""
    m = _PRONOUN_I_STOP.match(text, start, end)
    if m is None or _VERB_BEFORE_I.search(text, max(0, start - 10), start) is None:
        return start
    return m.end()


#: the last word of what is named after a place, not of the place: events ("Harrogate General
#: Election", "Leeds Half Marathon"), governments and bodies of a place ("Isle of Wight
#: Council" not: councils are the place's own), networks and training schemes ("Ogmore
#: Vascular Network", "Tayside VTS"), landmarks and attractions ("London Eye")
_NAMED_AFTER_PLACE = frozenset("""
Election Elections By-election Marathon Festival Fringe Carnival Show Games Olympics Regatta
Tattoo Eisteddfod Pride Fair Derby Races Marathons Parade Gala Tournament Championship
Championships Cup Open Trophy Classic Rally Grand Prix Expo Summit Conference Convention
Government Assembly Parliament Executive Senate Network Networks Collaborative Scheme VTS
Programme Rotation Eye Zoo Aquarium Dungeon Dungeons Illuminations Lights Wheel
""".split())  # noqa: SIM905


#: a word that qualifies an event or a body before its last word, by its ending ("Vascular",
#: "Agricultural", "Critical", "Regional") or as the usual modifiers are ("General Election",
#: "Half Marathon"); a place's own words ("Fen", "Vale", "Green") are none of them
_MODIFIER_WORD = std_re.compile(r"[a-z](?:al|ar|ic|ical|ive|ary|ory)\Z")
_EVENT_MODIFIERS = frozenset("""
General Half Full Grand Great Local Annual Summer Winter Spring Autumn Christmas Food Music
Book Arts Science Film Folk Jazz Flower Cancer Trauma Stroke Care Health Air Beer Fringe
""".split())  # noqa: SIM905


def _place_before_what_is_named(text: str, start: int, end: int) -> int:
    """Where a place guessed by NER ends when the guess runs on into what is named after the
    place ("Harrogate General Election", "Isle of Man Government", "the Ogmore VTS", "the
    London Eye"): after the place, which a known place list or a word no dictionary has marks,
    so the event's or the body's own words stay (else the words before its last word)."""
    words = list(std_re.finditer(r"[^\s]+", text[start:end]))
    if len(words) < 2 or words[-1].group().rstrip("'’.,") not in _NAMED_AFTER_PLACE:
        return end
    for k in range(len(words) - 1, 0, -1):
        tail = [w.group() for w in words[k:]]
        if not all(w[:1].isupper() and (is_english_word(w) or w.isupper()
                                        or w.rstrip("'’.,") in _NAMED_AFTER_PLACE)
                   for w in tail) \
                or not all(_MODIFIER_WORD.search(w) or w.isupper() or w in _EVENT_MODIFIERS
                           or w.rstrip("'’.,") in _NAMED_AFTER_PLACE for w in tail[:-1]):
            break  # "Holland Fen Vascular Network": "Fen" is the place's, no event's word
        place = text[start:start + words[k - 1].end()]
        last = words[k - 1].group()
        if known_place_or_abroad(place) or (last[:1].isupper() and not is_english_word(last)
                                             and last.lower() not in STOP_WORDS):
            return start + words[k - 1].end()
    # no place list knows it and its words are all dictionary words ("the Jersey Government",
    # "Sandwich Carnival"): the words before the event's or the body's own are the place
    return start + words[-2].end()


def _not_a_name_shape(span: str) -> bool:
    """Whether a span cannot be anyone's name by its characters: no letter at all ("4"), or
    digits among capitals only (a code or a standard: "DCB0160", "NG28")."""
    if not any(ch.isalpha() for ch in span):
        return True
    return any(ch.isdigit() for ch in span) and not any(ch.islower() for ch in span)


class StudySpacyRecognizer(SpacyRecognizer):
    """spaCy NER mapped to our entities. The NLP engine keeps spaCy labels; this maps and scores.

    spaCy DATE entities are kept only when they look specific (a number, month or weekday and
    no duration word), and then only for review: the pattern recognizer finds real dates.
    """

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted({e for e, _ in SPACY_LABELS.values()}),
                         name="spacy")
        #: the fine-tuned NER runs: its own guards apply (set by the engine from the pipeline)
        self.fine_tuned = False

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        if nlp_artifacts is None:
            return results
        for ent in nlp_artifacts.entities:  # type: ignore[attr-defined]
            mapped = SPACY_LABELS.get(ent.label_)
            if mapped is None or mapped[0] not in entities:
                continue
            entity, score = mapped
            start, end = ent.start_char, ent.end_char
            span = text[start:end]
            if "\n" in span.strip():  # a name never crosses a line: "Rick Okoro\nTranscript"
                end = start + len(span.rstrip()) if span.strip().startswith("\n") else \
                    start + span.index("\n", len(span) - len(span.lstrip()))
                span = text[start:end]
                if not span.strip():
                    continue
            if entity == "DATE":  # a date's or an age's shape; a range's two ends apart
                judged = [found for piece in date_pieces(text, start, end)
                          for found in [judge_ner_date(text, *piece)] if found is not None]
                if judged:
                    results.extend(credited(self, *found) for found in judged)
                    continue
            if entity == "DATE" and (_DURATION.search(span) or not _SPECIFIC_DATE.search(span)):
                continue
            if entity in ("PERSON", "ORGANISATION", "LOCATION") and span[:4].lower() == "the ":
                start += 4  # "the Royal Victoria Infirmary": keep the article
            elif entity in ("PERSON", "ORGANISATION", "LOCATION") and span[:2].lower() == "a ":
                start += 2  # "a Heath Robinson set-up"
            elif entity in ("PERSON", "ORGANISATION", "LOCATION") and span[:3].lower() == "an ":
                start += 3
            if span.endswith(("'s", "’s")):
                end -= 2
            word = text[start:end]
            if " " not in span.strip() and word in COMMON_CAPITALISED and not (
                    entity == "PERSON" and word in ("May", "June", "April")):
                continue  # "Cardiology" as a place, "Christmas" as a person
            if entity == "PERSON" and span == "Mark" and text[end:end + 4] == " my ":
                continue  # "Mark my words"
            if entity == "PERSON":
                if text[start:end].islower() and len(text[start:end]) <= 3 \
                        and not is_first_name(text[start:end].capitalize()):
                    continue  # "just ia, bring her in", "how am ya": no name is so short
                start = _without_leading_word(text, start, end)  # "Drop Bernadette a line"
                lead = _LOWER_LEAD.match(text, start, end)
                if lead is not None and lead.end() < end:
                    start = lead.end()  # "rang Munir": NER took the verb in
                tail = _PRONOUN_TAIL.search(text, start, end)
                if tail is not None and tail.start() > start:
                    end = tail.start()  # "Chipo I said hi"
            if entity == "LOCATION":
                place_end = _place_before_what_is_named(text, start, end)
                if place_end < end:  # "Leeds Half Marathon": the place, its event's words kept
                    results.append(credited(self, entity, start, place_end, score))
                    continue
            if entity in ("PERSON", "ORGANISATION", "LOCATION"):
                entity, score = _judge_name_guess(text, start, end, entity, score,
                                                  fine_tuned=self.fine_tuned)
                if entity == "":
                    continue
            if end <= start or entity == "PERSON" and _not_a_name_shape(text[start:end]):
                continue  # "doxazosin 4 mg", "the DCB0160 standard" read as a person
            results.append(credited(self, entity, start, end, score))
        return results


class RegisterRecognizer(EntityRecognizer):
    """Participants from the register, with an optional title before them ("Dr Jones").

    *Exact* terms (full name, first + last name of a longer name, the surname-first form of a
    wristband or roster "OKAFOR, Ngozi", e-mail, an alias that is not a common first name) match case-insensitively at 1.0 and carry the participant's marker.
    *Name parts* (first name, surname, initial + surname "A. Rahman", a common-name alias such
    as "Sam") must be capitalised and carry every participant they could be
    (:data:`CANDIDATES_KEY`): the engine decides in the transcript's context whether the part is
    one of them or a third party (:mod:`vault.anonymise.attribution`). A part that is also an
    ordinary word ("Will", "Amber") at the start of a sentence, with nothing after it that makes
    it a person, scores 0.4 (review); a month name in a date context likewise. Possessives keep
    their "'s" outside the span.
    """

    def __init__(self, register: Register) -> None:
        self.register = register
        exact: dict[str, set[str]] = {}
        parts: dict[str, set[str]] = {}
        spellings: set[str] = set()  # parts as the register writes them ("McLeod", "O'Neill")
        written: set[str] = set()  # exact terms as written ("Groß" has the key "gross")
        common = first_names() | word_names()
        for entry in register.entries:
            words = [w for w in entry.name.replace("\u2019", "'").split()
                     if len(w.strip(".")) > 1 and not std_re.fullmatch(_TITLES + r"\.?", w)
                     and not w.islower()]
            full = [entry.name] + ([f"{words[0]} {words[-1]}"] if len(words) > 2 else [])
            if len(words) > 1:  # as a wristband, roster or letter writes it: "OKAFOR, Ngozi"
                full += [f"{words[-1]}, {' '.join(words[:-1])}", f"{words[-1]}, {words[0]}"]
                # a one-word alias with the surname: "Robbie Castle", "CASTLE, Robbie"
                full += [form for alias in entry.aliases if len(alias.split()) == 1
                         for form in (f"{alias.strip()} {words[-1]}", f"{words[-1]}, {alias.strip()}")]
            for term in (*full, *([entry.email] if entry.email else [])):
                exact.setdefault(_match_key(term), set()).add(entry.marker)
                written.add(" ".join(term.split()))
            for alias in entry.aliases:
                generic = " " not in alias.strip() and (alias.strip() in common
                                                        or is_english_word(alias.strip()))
                (parts if generic else exact).setdefault(_match_key(alias), set()).add(
                    entry.marker)
                if generic:
                    spellings.add(alias.strip())
            if len(words) > 1:
                initial = f"{words[0][0]}. {words[-1]}"
                for word in (*words, initial):
                    parts.setdefault(_match_key(word), set()).add(entry.marker)
                    spellings.add(word)
        #: normalised exact term -> marker ("" when two participants share it)
        self._exact = _KeyTable({k: (next(iter(v)) if len(v) == 1 else "")
                                 for k, v in exact.items()})
        #: normalised part -> (candidate markers, is an ordinary word)
        names = first_names()
        self._parts = _KeyTable({k: (tuple(sorted(v)), k in STOP_WORDS or k.title() in word_names()
                                     or (is_english_word(k) and k.title() not in names))
                                 for k, v in parts.items() if k not in exact})
        title = r"(?:" + _TITLES + r"\.?[ \t]+)?"
        # an apostrophe after a letter joins a name ("O'Neill"); after a space it opens a quote.
        # A hyphen or an at sign joins a name to a word before it ("Anne-Marie", "jo@x.org"),
        # but opens one where nothing comes before it: a bullet ("-Jo Smith") or a mention
        # ("@Jo") names the participant (fuzz24 found both kept)
        bound_l, bound_r = r"(?<![\w.])(?<!\w[-@])(?<!\w['’])", r"(?![\w@]|[-'’]\w\w)"
        # every written term's key is in the table: the keys, the terms as written ("Groß")
        # and their casefolded forms ("Ϊ́" for "ΐ") are all alternatives
        exact_alts = sorted(set(self._exact) | written | _folded_forms(written),
                            key=len, reverse=True)
        part_alts = sorted({form for key in self._parts
                            for form in (key.title(), key.upper())} | {
                                form for w in spellings if _match_key(w) in self._parts
                                for form in (w, w.upper())},  # "İNCE" as well as "İnce"
                           key=len, reverse=True)
        # told where a match can start (fastre: both cases of each name's first letter), the
        # plain pattern when a name opens with a letter outside ASCII
        self._exact_re = (fastre.compile(bound_l + title + r"(?P<term>" + "|".join(
            _flexible(t) for t in exact_alts) + r")" + bound_r, std_re.IGNORECASE)
            if exact_alts else None)
        # parts: as spelt in the register, Title-case or ALL CAPS only
        self._part_re = (fastre.compile(bound_l + title + r"(?P<term>" + "|".join(
            _flexible(t) for t in part_alts) + r")" + bound_r) if part_alts else None)
        #: erased participants' names as keyed hashes -> marker (vault.participants)
        self._hashed = dict(register.hashed.terms) if register.hashed is not None else {}
        self._hasher = register.hashed.hasher if register.hashed is not None else None
        super().__init__(supported_entities=[PARTICIPANT], name="register")

    def load(self) -> None:
        pass

    def _result(self, start: int, end: int, score: float,
                extra: dict[str, object]) -> RecognizerResult:
        return credited(self, PARTICIPANT, start, end, score, **extra)

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        #: participants named in full in this text: their word-like first name again is them
        named: set[str] = set()
        if self._exact_re is not None:
            for match in self._exact_re.finditer(text):
                exact = _keyed(self._exact, match.group("term"))
                # a register term matched but no key found (two Unicode foldings disagreeing
                # beyond what _keyed repairs): still a participant's name, redacted as the
                # ambiguous participant rather than dropped
                marker = exact if exact is not None else ""
                if marker:
                    named.add(marker)
                results.append(self._result(match.start(), match.end(), 1.0, {MARKER_KEY: marker}))
        if self._part_re is not None:
            for match in self._part_re.finditer(text):
                part = _keyed(self._parts, match.group("term"))
                if part is None:
                    continue
                candidates, wordy = part
                score = 0.85
                untitled = match.start("term") == match.start()
                if untitled and looks_like_month(text, match.start(), match.end()):
                    score = 0.4
                elif untitled and wordy and at_sentence_start(text, match.start()) and \
                        not person_context_after(text, match.end(), match.group("term")) and \
                        not (named.intersection(candidates)
                             and subject_verb_after(text, match.end())):
                    # "Will you ask him?": a capital that proves nothing; but after "Clemency
                    # Hawksworth" in full, "Clemency is in the study too" is her
                    score = 0.4
                results.append(self._result(match.start(), match.end(), score,
                                            {MARKER_KEY: "", CANDIDATES_KEY: candidates}))
        if self._hashed and self._hasher is not None:
            results += self._hashed_hits(text, self._hasher)
        return results

    def _hashed_hits(self, text: str, hasher: Callable[[str], str]) -> list[RecognizerResult]:
        """Erased participants' names: every run of up to four capitalised words (and every
        e-mail address) whose keyed hash is one of theirs."""
        out: list[RecognizerResult] = []
        for match in _HASHED_CANDIDATE_RE.finditer(text):
            words = [(m.start(), m.end()) for m in std_re.finditer(r"\S+", match.group())]
            base = match.start()
            for i in range(len(words)):
                for j in range(i, min(i + 4, len(words))):
                    start, end = base + words[i][0], base + words[j][1]
                    marker = self._hashed.get(hasher(normalise_name(text[start:end])))
                    if marker is not None:
                        out.append(self._result(start, end, 1.0, {MARKER_KEY: marker}))
        return out


_MONTH_BEFORE = std_re.compile(r"(?i)(?:\b(?:in|of|since|until|till|from|by|during|early|late|mid|"
                               r"last|next|this|on|before|after|end|start|through)|\d(?:st|nd|rd|th)?)"
                               r"(?:[ \t]+the)?[ \t]+$"
                               # another month listed before it: "May and June", "April, May"
                               r"|(?:" + alternation(MONTHS) + r")(?:,|[ \t]+(?:and|or|to))"
                               r"[ \t]+$")
_MONTH_AFTER = std_re.compile(r"(?i)[ \t]*(?:\d|last\b|next\b|this\b|of[ \t]+(?:19|20)\d\d)")


#: where an erased participant's name could be: runs of capitalised words, e-mail addresses
_HASHED_CANDIDATE_RE = std_re.compile(
    r"(?<![\w@.-])(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?){0,5})")


def looks_like_month(text: str, start: int, end: int) -> bool:
    """Whether a capitalised "May"/"June" at [start, end) reads as the month."""
    if not std_re.fullmatch(_MONTHS, text[start:end]):
        return False
    return bool(_MONTH_BEFORE.search(text[max(0, start - 30):start])
                or _MONTH_AFTER.match(text, end))


def _match_key(term: str) -> str:
    """The register recognizer's key of a name: :func:`normalise_name`, with Turkish dotless
    "ı" and the dot of "İ" folded away. A case-insensitive regex matches "I" with "ı" and "i"
    with "İ", but casefolding maps "I" to "i" and "İ" to "i" + U+0307, so "YILDIZ" found in a
    text would miss the key of "Yıldız" in the register."""
    # NFKC again after casefolding: "ΐ" folds to iota + two marks, "Ϊ́" (its capital) to a
    # composed letter + one mark; both compose to the same key
    value = unicodedata.normalize("NFKC", normalise_name(term))
    return value.replace("\u0131", "i").replace("\u0307", "")


_Keyed = TypeVar("_Keyed")


def _folded_forms(terms: Iterable[str]) -> set[str]:
    """Terms casefolded without composing again, where that differs from their key: a
    case-insensitive pattern needs "ι" + two marks to match "Ϊ́", which the key writes "ΐ"."""
    return {folded for t in terms if (folded := normalise_name(t)) != _match_key(t)}


def _keyed(table: _KeyTable[_Keyed], term: str) -> _Keyed | None:
    """What ``table`` (keyed by :func:`_match_key`) holds for ``term``, a match of a
    case-insensitive pattern built from its keys. Should the two foldings still disagree on
    some letter, a key equal to the term without marks and case is taken; when there is none,
    None (an exact match is then the ambiguous participant, a name part is left to the name
    finders): a lookup never stops a run (a KeyError here once did)."""
    found = table.get(_match_key(term))
    if found is not None:
        return found
    return table.by_loose_key().get(_loose_key(term))


class _KeyTable(dict[str, _Keyed]):
    """A register recognizer's table, never changed once built, with its loose-key index made
    on the first lookup that needs it: a miss reads one dict, not every key's loose form (the
    first key in the table's order wins, as the scan did)."""

    _loose: dict[str, _Keyed] | None = None

    def by_loose_key(self) -> dict[str, _Keyed]:
        if self._loose is None:
            index: dict[str, _Keyed] = {}
            for key, value in self.items():
                index.setdefault(_loose_key(key), value)
            self._loose = index
        return self._loose


def _loose_key(term: str) -> str:
    """A name without case, compatibility forms or combining marks ("Ϊ́" -> "ι")."""
    value = unicodedata.normalize("NFKD", _match_key(term))
    return "".join(c for c in value if not unicodedata.combining(c)).casefold()


def _flexible(term: str) -> str:
    """A normalised term as a regex: any run of whitespace between words, either apostrophe."""
    words = [std_re.escape(w).replace("'", "['’]") for w in term.split()]
    return r"[ \t]+".join(words)


def build_recognizers(policy: RedactionPolicy, *,
                      listed_hospital: Callable[[str], bool] = lambda name: False,
                      hospital_life_near: Callable[[str, int, int], bool] = lambda text, start, end:
                      False,
                      more: Sequence[EntityRecognizer] = (),
                      ) -> list[EntityRecognizer]:
    """The fixed recognizers for ``policy`` (the register recognizer is added per call);
    ``listed_hospital`` as :class:`HealthcareOrganisationRecognizer` takes it,
    ``hospital_life_near`` as it and :class:`HospitalNicknameRecognizer` do; ``more`` (the
    engine's name-context recognizers, whose module imports this one) go before the deny
    lists."""
    recognizers: list[EntityRecognizer] = [
        StudySpacyRecognizer(), EmailRecognizer(), UkPhoneRecognizer(), NhsNumberRecognizer(),
        GmcNumberRecognizer(), UkPostcodeRecognizer(), GradeDistrictRecognizer(), DateRecognizer(),
        AgeRecognizer(),
        HealthcareOrganisationRecognizer(listed_hospital, hospital_life_near),
        StreetAddressRecognizer(),
        PlaceRecognizer(),
        TitledNameRecognizer(), FirstNameRecognizer(), ContextualNameRecognizer(),
        ContextualPlaceRecognizer(), PlaceAsAdjectiveRecognizer(), GazetteerPlaceRecognizer(),
        HospitalNicknameRecognizer(hospital_life_near),
        WordNameRecognizer(), NameWordRecognizer(), InitialNameRecognizer(), WorldPlaceRecognizer(),
        PageHeaderRecognizer(), WorkplaceFieldRecognizer(), PlaceOfPlaceRecognizer(), NamedUnitRecognizer(), UnknownNameRecognizer(), CapitalisedWordRecognizer(), CountyRecognizer(), UkAreaRecognizer(),
        HyphenatedPlaceRecognizer(), PlaceListRecognizer(), RegionRecognizer(),
        NamedPracticeRecognizer(), PlaceAbroadRecognizer(), *more,
    ]
    for entity, terms in policy.deny.items():
        recognizers.append(DenyListRecognizer(entity, terms))
    return recognizers
