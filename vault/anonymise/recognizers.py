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
from collections.abc import Iterable
from importlib import resources
from typing import ClassVar

import regex as re
import tldextract
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from vault import nhs_number
from vault.anonymise.redaction_policy import RedactionPolicy
from vault.anonymise.register import Register, normalise_name

__all__ = [
    "AgeRecognizer",
    "DateRecognizer",
    "EmailRecognizer",
    "FirstNameRecognizer",
    "GazetteerPlaceRecognizer",
    "GmcNumberRecognizer",
    "HealthcareOrganisationRecognizer",
    "HospitalNicknameRecognizer",
    "NhsNumberRecognizer",
    "PlaceRecognizer",
    "RegisterRecognizer",
    "StreetAddressRecognizer",
    "StudySpacyRecognizer",
    "TitledNameRecognizer",
    "UkPhoneRecognizer",
    "UkPostcodeRecognizer",
    "build_recognizers",
    "nhs_number_is_valid",
]

#: flags for our patterns: no IGNORECASE (Presidio's default), see the module docstring
FLAGS = re.MULTILINE
#: the entity name register hits carry inside Presidio (so its de-duplication never merges
#: them with spaCy's PERSON); the engine reports them as PERSON (or EMAIL for an address)
PARTICIPANT = "PARTICIPANT"
#: recognition_metadata key carrying a register hit's participant marker ("" = ambiguous)
MARKER_KEY = "participant_marker"

_TITLES = r"(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame)"
#: a title on its own
TITLE_WORD_RE = std_re.compile(_TITLES + r"\.?")
#: a title before a name, with its trailing space (used to widen PERSON spans)
TITLE_BEFORE_RE = std_re.compile(_TITLES + r"\.?[ \t]+$")
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

# One tldextract for the process, reading only the suffix-list snapshot bundled with the
# package: no cache directory and no URLs, so an email check never touches the network
# (Presidio's own EmailRecognizer calls the module-level tldextract.extract, which fetches).
_TLD_EXTRACT = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=())


def offline_tld_extract() -> tldextract.TLDExtract:
    """The process-wide offline ``TLDExtract`` (bundled public-suffix snapshot only)."""
    return _TLD_EXTRACT


class EmailRecognizer(PatternRecognizer):
    """Email addresses; the domain must end in a public suffix (offline snapshot)."""

    PATTERNS: ClassVar[list[Pattern]] = [Pattern("email", r"(?i)\b[\w.!#$%&'*+/=?^`{|}~-]+@\w(?:[\w-]*\w)?(?:\.\w(?:[\w-]*\w)?)+\b", 0.6)]

    def __init__(self) -> None:
        super().__init__(supported_entity="EMAIL", patterns=[*self.PATTERNS, *self.SPOKEN],
                         name="email",
                         context=["email", "e-mail", "mail", "address"], global_regex_flags=FLAGS)

    #: an address read out: "jane dot doe at nhs dot net"
    SPOKEN: ClassVar[list[Pattern]] = [Pattern("email_spoken", r"\b[A-Za-z][\w-]*(?:[ \t]+dot[ \t]+[\w-]+)+[ \t]+at[ \t]+[A-Za-z][\w-]*"
                                      r"(?:[ \t]+dot[ \t]+[A-Za-z][\w-]*)+\b", 0.8)]

    def validate_result(self, pattern_text: str) -> bool | None:
        if "@" not in pattern_text:
            domain = re.split(r"[ \t]+at[ \t]+", pattern_text)[-1]
            domain = re.sub(r"[ \t]+dot[ \t]+", ".", domain)
            return None if _TLD_EXTRACT(domain).suffix else False
        return _TLD_EXTRACT(pattern_text.rsplit("@", 1)[-1]).suffix != "" or None


class UkPhoneRecognizer(PatternRecognizer):
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


class NhsNumberRecognizer(PatternRecognizer):
    """NHS numbers (3-3-4 digits) that pass the modulus-11 check."""

    PATTERNS: ClassVar[list[Pattern]] = [Pattern("nhs_number", r"(?<![\w-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-])", 0.9)]

    def __init__(self) -> None:
        super().__init__(supported_entity="NHS_NUMBER", patterns=self.PATTERNS, name="nhs_number",
                         context=["nhs", "number", "patient", "health"], global_regex_flags=FLAGS)

    def validate_result(self, pattern_text: str) -> bool | None:
        # None keeps the pattern score (a valid checksum is 1 in 11 for random digits);
        # False drops the match.
        return None if nhs_number_is_valid(pattern_text) else False


class GmcNumberRecognizer(PatternRecognizer):
    """GMC reference numbers: 7 digits, only with a context word nearby (score lifted by context)."""

    PATTERNS: ClassVar[list[Pattern]] = [Pattern("gmc_number", r"(?<![\w-])\d{7}(?![\w-])", 0.05)]

    def __init__(self) -> None:
        super().__init__(supported_entity="GMC_NUMBER", patterns=self.PATTERNS, name="gmc_number",
                         context=["gmc", "registration"],
                         global_regex_flags=FLAGS)


class UkPostcodeRecognizer(PatternRecognizer):
    """UK postcodes in capitals: NE1 4LP, SW1A 1AA, (without the space: lower score)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("postcode", r"\b(?:GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})\b", 0.85),
        Pattern("postcode_nospace", r"\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}\b", 0.6),
        Pattern("postcode_lower", r"\b[a-pr-uwyz][a-hk-y]?\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}\b", 0.55),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="POSTCODE", patterns=self.PATTERNS, name="uk_postcode",
                         context=["postcode", "post code", "address"], global_regex_flags=FLAGS)


class DateRecognizer(PatternRecognizer):
    """Specific dates ("12 March 2019", "March 12th", "12/03/2019", "2019-03-12", "March 2019").

    Durations ("six months", "two years") and bare years are not dates here; spaCy's DATE
    guesses that look specific are routed to review by :class:`StudySpacyRecognizer`.
    """

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("day_month", r"\b(?:" + _WEEKDAYS + r",?[ \t]+)?(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?"
                             r"[ \t]+(?:of[ \t]+)?" + _MONTHS + r"\b(?:,?[ \t]+\d{4}\b)?", 0.85),
        Pattern("month_day", r"\b(?:" + _WEEKDAYS + r",?[ \t]+)?" + _MONTHS
                             + r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?\b(?:,?[ \t]+\d{4}\b)?", 0.85),
        Pattern("month_year", r"\b" + _MONTHS + r"[ \t]+(?:19|20)\d{2}\b", 0.6),
        Pattern("numeric", r"(?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\w/-]|\.\d)", 0.8),
        Pattern("iso", r"(?<![\w-])(?:19|20)\d{2}-\d{2}-\d{2}(?![\w-])", 0.85),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="DATE", patterns=self.PATTERNS, name="date",
                         global_regex_flags=FLAGS)

    def validate_result(self, pattern_text: str) -> bool | None:
        # "May 12" is a date, "may 1" is not: _MONTHS is capitalised, so this only rejects
        # impossible day numbers
        for number in re.findall(r"\d+", pattern_text):
            if len(number) <= 2 and not 1 <= int(number) <= 31:
                return False
        return None


_UNITS = (r"%|per[ \t]?cent|minutes?|mins?|hours?|hrs?|miles?|km|pounds?|quid|grand|k\b|times|"
          r"weeks?|days?|months?|pm|am|o'clock|percent|x\b|of\b|or\b|out\b|to\b|and[ \t]+a[ \t]+half|"
          r"years?[ \t]+(?:ago|in|into|as|since|of|later|before|after|on|qualified)|[:./]\d|" + _MONTHS + r"\b|"
          r"[a-z]+s\b")
_NOT_AGE = r"(?![ \t-]*(?:" + _UNITS + r"))"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_AGE_NUMBER = (r"(?:1[01]\d|[1-9]?\d|" + _TENS + r"(?:[- ]" + _UNITS_WORD + r")?|ten|eleven|twelve|"
               r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|"
               r"five|six|seven|eight|nine)")


class AgeRecognizer(PatternRecognizer):
    """A person's age: "I'm 47", "aged 52", "she was only thirty-two", "my son's 14", "a 38-year-old".
    The span is the number. Followed by a unit ("30 minutes", "two weeks", "12 March") it is not
    an age."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("strong", r"(?<=\b(?:I'm|I’m|I am|I was|I'll be|I’ll be|[Aa]ged?|turned|turning)"
                          r"[ \t]+(?:only[ \t]+|just[ \t]+)?)" + _AGE_NUMBER + r"(?![\w-])" + _NOT_AGE, 0.75),
        Pattern("years_old", r"\b" + _AGE_NUMBER + r"(?=[ \t-]+years?[ \t-]+old\b)", 0.85),
        Pattern("copula", r"(?<=\b(?:was|is|['’]s|be)[ \t]+(?:only[ \t]+|just[ \t]+|a[ \t]+fit[ \t]+)?)"
                          + _AGE_NUMBER + r"(?![\w-])" + _NOT_AGE, 0.55),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="AGE", patterns=self.PATTERNS, name="age",
                         global_regex_flags=FLAGS)


_ORG_WORD = r"(?!(?:The|A|An|My|Our|Their|His|Her|This|That|Your|And|In|At|To)\b)[A-Z][\w'’.&-]*"
_ORG_JOIN = r"(?:of|upon|on|and|&|the|in|for)"
_ORG_SUFFIX = (r"(?:Hospitals?|Infirmary|Medical[ \t]+Centre|Health[ \t]+Centre|Surgery|Practice|"
               r"Clinic|Hospice|Health[ \t]+Board|(?:NHS[ \t]+)?(?:Foundation[ \t]+)?Trust|"
               r"Medical[ \t]+Group|Health[ \t]+Group|Medical[ \t]+Partnership|"
               r"Health[ \t]+Partnership|Healthcare|Primary[ \t]+Care[ \t]+Network|"
               r"Integrated[ \t]+Care(?:[ \t]+Board)?|Medical[ \t]+School|Deanery|University)")


#: what follows "Royal" in names that are not hospitals (institutions, the forces, the family)
_ROYAL_NOT_HOSPITAL = (r"College|Colleges|Society|Navy|Air|Mail|Family|Families|Academy|Institution|"
                       r"Institute|Marines|Mint|Opera|Ballet|Albert|Shakespeare|Household|Highness|"
                       r"Wedding|Variety|Engineers|Signals|Artillery|Army|Corps|Regiment|Horticultural|"
                       r"Statistical|Pharmaceutical|Geographical|Commission|Charter|Warrant|Assent|Mile|"
                       r"Ascot|Bank|British|Courts?|Festival|Exchange|Observatory|Botanic|Parks|Yacht|"
                       r"Palace|Collection|Gallery|Trust|Foundation|Medical|Surgical|Holloway|"
                       r"Welsh|Scottish|Irish|English|Standard|Blue|Doulton|Enfield|Dutch|Jelly|"
                       r"Charity|Veterinary|Agricultural")


class HealthcareOrganisationRecognizer(PatternRecognizer):
    """Named hospitals, infirmaries, trusts, practices and surgeries ("the Royal Victoria
    Infirmary", "Newcastle upon Tyne Hospitals NHS Foundation Trust", "Elm Tree Surgery"), and
    "the XYZ" acronyms, which go to review (most are hospitals, some are committees)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("named", r"\b(?:(?:St|Saint)\.?[ \t]+)?" + _ORG_WORD + r"(?:[ \t]+(?:" + _ORG_JOIN
                         + r"[ \t]+){0,2}" + _ORG_WORD + r"){0,6}[ \t]+" + _ORG_SUFFIX
                         + r"\b(?:[ \t]+(?:of|for)[ \t]+" + _ORG_WORD + r"(?:[ \t]+" + _ORG_WORD + r"){0,3})?",
                0.85),
        Pattern("nhs_board", r"\bNHS[ \t]+(?!(?:England|Digital|Trust|Foundation|Improvement|Education|"
                              r"Scotland|Wales|Direct|Employers|Providers|Resolution|Property|Pensions?|"
                              r"Confederation|Choices|App|Jobs|Number|Professionals|Practitioner)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?", 0.8),
        Pattern("short_form", r"\b" + _ORG_WORD + r"(?:[ \t]+" + _ORG_WORD + r"){0,2}[ \t]+(?:Royal|General|Memorial)\b(?![ \t]+(?:College|Society|Mail|Navy|Air|Family|Practice|Medical|Public|Election|Assembly|Manager|Surgery)\b)", 0.75),
        # "Royal Stoke", "the Royal Shrewsbury": hospitals known by "Royal" and a place name
        Pattern("royal_place", r"\bRoyal[ \t]+(?!(?:" + _ROYAL_NOT_HOSPITAL + r")\b)" + _ORG_WORD
                               + r"(?:[ \t]+(?:Infirmary|Hospital|University[ \t]+Hospital))?\b", 0.7),
        Pattern("at_the_acronym", r"(?<=\b(?:at|to|from|in|joined)[ \t]+the[ \t]+)[A-Z]{2,5}\b"
                                  r"(?![ \t]+(?:model|number|team|meeting|exam|course|rota)\b)", 0.55),
        Pattern("the_acronym", r"(?<=\bthe[ \t]+)[A-Z]{2,5}\b(?![ \t]+(?:model|number)\b)", 0.35),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="HOSPITAL", patterns=self.PATTERNS,
                         name="healthcare_organisation", global_regex_flags=FLAGS)


#: UK street-name endings (Royal Mail thoroughfare types in common use); after a house number
#: any of them makes an address
_STREET = (r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Close|Crescent|Way|Terrace|Place|"
           r"Gardens|Court|Grove|Square|Row|Walk|Mews|Parade|Hill|Park|View|Green|Side|Wharf|Quay|"
           r"Rise|Vale|Yard|Fold|Gate|Wynd|Brow|Bank|Approach|Circus|Embankment|Esplanade|"
           r"Promenade|Boulevard|Chase|Croft|Dale|Fields?|Grange|Heights|Meadows?|Mount|Orchard|"
           r"Passage|Ridge|Strand|Garth|Loan|Causeway|Broadway|Lea|Leys?|Nook|Paddock|Pastures?|"
           r"Precinct)")


class StreetAddressRecognizer(PatternRecognizer):
    """Street addresses: "14 Elm Road", "Flat 2, 7 Park Terrace", and named streets ("Harley Street")."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("town_in_address", r"(?<=\b" + _STREET + r",[ \t]+)[A-Z][a-z]+(?:[ \t-]+(?:upon[ \t-]+|on[ \t-]+|le[ \t-]+)?[A-Z][a-z]+)?"
                                   r"(?=,?[ \t]+(?:[A-Z]{1,2}\d|[a-z]{1,2}\d))", 0.8),
        Pattern("numbered", r"\b(?:Flat[ \t]+\d+[A-Za-z]?,?[ \t]+)?\d{1,4}[A-Za-z]?,?[ \t]+"
                            r"(?:[A-Z][a-z'’]+[ \t]+){1,3}" + _STREET + r"\b", 0.9),
        Pattern("named", r"\b(?:[A-Z][a-z'’]+[ \t]+){1,2}(?:Road|Street|Lane|Avenue|Drive|Crescent|"
                         r"Terrace|Gardens|Square|Close|Rise|Grove|Mews|Wharf|Quay)\b", 0.65),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="LOCATION", patterns=self.PATTERNS, name="street_address",
                         global_regex_flags=FLAGS)


_NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"


class TitledNameRecognizer(PatternRecognizer):
    """A title followed by a capitalised name ("Dr Jones", "Mrs Patel", "Professor Alan Greaves"),
    which spaCy's small model misses in short cues."""

    PATTERNS: ClassVar[list[Pattern]] = [Pattern("titled_name", r"\b" + _TITLES + r"\.?[ \t]+(?:" + _NAME_WORD + r"|[A-Z]\.)"
                                       r"(?:[ \t]+" + _NAME_WORD + r"){0,2}\b", 0.8)]

    def __init__(self) -> None:
        super().__init__(supported_entity="PERSON", patterns=self.PATTERNS, name="titled_name",
                         global_regex_flags=FLAGS)


_DATA_PACKAGE = "vault.anonymise"


@functools.cache
def load_term_list(name: str) -> frozenset[str]:
    """A word list shipped in ``vault/anonymise/data`` (one term a line, ``#`` comments)."""
    text = resources.files(_DATA_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def trie_pattern(terms: Iterable[str]) -> str:
    """One regex alternation for many literal terms, nested by shared prefix, so matching costs
    a walk down the trie instead of a try per term. Longest terms win (greedy optionals)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


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


def first_names() -> frozenset[str]:
    """:data:`FIRST_NAMES` plus the shipped list (``data/first_names.txt``: Faker's British,
    Irish, South Asian, African and other English-language locales, without names that are
    ordinary English words), less the common capitalised words."""
    return (frozenset(FIRST_NAMES) | load_term_list("first_names.txt")) - COMMON_CAPITALISED


class _GazetteerRecognizer(EntityRecognizer):
    """A long word list matched as one trie-shaped regex (standard ``re``, which compiles such
    a pattern several times faster than ``regex``), compiled once per process on first use."""

    PATTERN_NAME: ClassVar[str] = ""
    SCORE: ClassVar[float] = 0.5

    def __init__(self, entity: str, name: str) -> None:
        super().__init__(supported_entities=[entity], name=name)

    def load(self) -> None:
        pass

    def compiled(self) -> std_re.Pattern[str]:
        raise NotImplementedError

    def score_for(self, text: str, match: std_re.Match[str]) -> float:
        return self.SCORE

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        entity = self.supported_entities[0]
        if entity not in entities:
            return []
        return [RecognizerResult(
            entity_type=entity, start=m.start(), end=m.end(), score=self.score_for(text, m),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: str(self.name),  # type: ignore[has-type]
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for m in self.compiled().finditer(text)]


@functools.cache
def _first_name_re() -> std_re.Pattern[str]:
    return std_re.compile(r"(?<![\w'’-])(?:" + trie_pattern(first_names()) + r")(?:[ \t]+(?!"
                          + _NOT_SURNAME + r"\b)" + _NAME_WORD + r")?(?![\w-]|['’]\w\w)",
                          std_re.MULTILINE)


class FirstNameRecognizer(_GazetteerRecognizer):
    """Common first names (with a following capitalised surname when there is one): the small
    spaCy model misses many lone first names in conversational text."""

    SCORE = 0.6

    def __init__(self) -> None:
        super().__init__("PERSON", "first_name")

    def compiled(self) -> std_re.Pattern[str]:
        return _first_name_re()


#: capitalised words that are not names or places, whatever precedes them (specialties, seasons,
#: software, pronouns): never picked up by the contextual recognizers below
COMMON_CAPITALISED: frozenset[str] = frozenset("""
I I'm I've I'd I'll Christmas Easter Covid COVID Zoom Teams WhatsApp Facebook Twitter Google
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Medicine Surgery Paediatrics Psychiatry
Anaesthetics Anaesthesia Radiology Oncology Obstetrics Gynaecology Neurology Dermatology
Geriatrics Haematology Cardiology Respiratory Renal Urology Orthopaedics Pathology Ophthalmology
Gastroenterology Endocrinology Rheumatology Microbiology Histopathology Palliative Emergency
General Practice Primary Care Intensive Acute Community Public Health Foundation Core Higher
Specialty Training English British Scottish Welsh Irish European Asian African Muslim Christian
Hindu Sikh Jewish God Mum Mam Dad Nan Grandma Grandad Um Er Erm Yeah Okay OK Oh Well So And But
The A An It He She We They You This That There Here What When Where Why How Yes No Right Just
Like Sorry Thanks Interviewer Participant Doctor Dr Mr Mrs Ms Miss Professor Sister Nurse Matron
Consultant Registrar Trust Deanery Hospital Board Group Metro Friday's Monday's Locum Bank Ward
""".split())  # noqa: SIM905
_CAP = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"


class _ContextualRecognizer(PatternRecognizer):
    """A capitalised word found by the words around it; common capitalised words are skipped."""

    def invalidate_result(self, pattern_text: str) -> bool | None:
        words = pattern_text.split()
        words = [std_re.sub(r"['’]s$", "", w) for w in words]
        if not words or any(w in COMMON_CAPITALISED or w.lower() in STOP_WORDS for w in words):
            return True
        return None


class ContextualNameRecognizer(_ContextualRecognizer):
    """People the gazetteers and spaCy miss, told by what surrounds them: "Gordon said",
    "asked Una", "my mentor, Kemi". Scored just above the threshold."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("before_speech_verb", r"\b" + _CAP + r"(?:[ \t]+" + _CAP + r")?(?=[ \t]+(?:said|says|told|"
                r"asked|noticed|mentioned|suggested|reckoned|rang|emailed|texted|agreed|retired|"
                r"thinks|thought|wanted|felt|knew|helped|laughed|replied)\b)", 0.55),
        Pattern("after_relation", r"(?<=\b(?:asked|told|called|named|with|mentor|colleague|supervisor|"
                r"boss|friend|husband|wife|partner|son|daughter|trainer|manager|educational[ \t]+"
                r"supervisor),?[ \t]+)" + _CAP + r"(?:[ \t]+" + _CAP + r")?\b(?!['’]?[ \t]*(?:Hospital|"
                r"Infirmary|Trust|Surgery|Practice|Road|Street)\b)", 0.55),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="PERSON", patterns=self.PATTERNS, name="contextual_name",
                         global_regex_flags=FLAGS)


class ContextualPlaceRecognizer(_ContextualRecognizer):
    """Places and hospitals named after a locative preposition: "based at Raigmore", "moved to
    Chelmsford", "at the New Cross". Typed LOCATION (the type may be wrong; the redaction is not)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("after_preposition", r"(?<=\b(?:at|in|into|to|from|near|outside|around|up[ \t]+in|"
                r"down[ \t]+in|based[ \t]+at)[ \t]+(?:the[ \t]+)?)" + _CAP + r"(?:[ \t]+" + _CAP
                + r"){0,2}\b(?![ \t]*[A-Z&]|['’-]\w)", 0.5),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="LOCATION", patterns=self.PATTERNS,
                         name="contextual_place", global_regex_flags=FLAGS)


class HospitalNicknameRecognizer(_ContextualRecognizer):
    """Hospitals known by one capitalised word after "the" ("the Freeman", "the Whittington"):
    alone a guess for review; with a workplace word within a few words ("ward", "consultant",
    "worked", "hospital"...) the context enhancer lifts it above the threshold."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("the_nickname", r"(?<=\bthe[ \t]+)" + _CAP + r"\b(?![ \t]*[A-Z&]|['’-]\w|[ \t]+"
                r"(?:model|group|programme|scheme|app|report|framework|guidelines?|rounds?|"
                r"effect|way|test|exam|trial|study|list|system)\b)", 0.35),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "hospital", "hospitals", "ward", "wards", "infirmary", "trust", "consultant", "consultants",
        "registrar", "psychologist", "rotation", "placement", "admitted", "worked", "working",
        "works", "job", "shift", "shifts", "clinic", "theatres", "department", "based", "commute",
        "commuting", "post", "dr", "doctor", "nurse", "sister", "matron", "colleagues", "rota",
        "f1", "f2", "st3", "transferred", "moved", "started", "training",
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="HOSPITAL", patterns=self.PATTERNS,
                         name="hospital_nickname", context=self.CONTEXT,
                         global_regex_flags=FLAGS)


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


class PlaceRecognizer(PatternRecognizer):
    """A gazetteer of UK places (complements spaCy's GPE/LOC)."""

    def __init__(self) -> None:
        super().__init__(supported_entity="LOCATION", deny_list=list(UK_PLACES), name="uk_place",
                         deny_list_score=0.75, global_regex_flags=FLAGS)


def gazetteer_places() -> frozenset[str]:
    """The shipped GB places (``data/uk_places.txt``: GeoNames populated places of 500+ people,
    without names that are ordinary English words), less :data:`UK_PLACES` and common words."""
    return load_term_list("uk_places.txt") - frozenset(UK_PLACES) - COMMON_CAPITALISED


_CAPITALISED_NEXT = std_re.compile(r"[ \t]+[A-Z][a-z]")


@functools.cache
def _gazetteer_place_re() -> std_re.Pattern[str]:
    return std_re.compile(r"(?<![\w'’-])(?:" + trie_pattern(gazetteer_places())
                          + r")(?![\w-]|['’]\w\w)", std_re.MULTILINE)


class GazetteerPlaceRecognizer(_GazetteerRecognizer):
    """Towns and villages from the shipped GeoNames list. Slightly below :class:`PlaceRecognizer`:
    the list is long and some entries are also surnames (redacted either way)."""

    SCORE = 0.65

    def __init__(self) -> None:
        super().__init__("LOCATION", "uk_gazetteer")

    def score_for(self, text: str, match: std_re.Match[str]) -> float:
        if _CAPITALISED_NEXT.match(text, match.end()):
            return 0.4  # "Harlow Dynamics": part of a longer name, most likely a firm's; review
        # an exact multi-word place name ("Market Harborough") is specific on its own
        return 0.85 if " " in match.group() else self.SCORE

    def compiled(self) -> std_re.Pattern[str]:
        return _gazetteer_place_re()


class DenyListRecognizer(PatternRecognizer):
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


class StudySpacyRecognizer(SpacyRecognizer):
    """spaCy NER mapped to our entities. The NLP engine keeps spaCy labels; this maps and scores.

    spaCy DATE entities are kept only when they look specific (a number, month or weekday and
    no duration word), and then only for review: the pattern recognizer finds real dates.
    """

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted({e for e, _ in SPACY_LABELS.values()}),
                         name="spacy")

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
            if entity == "DATE" and (_DURATION.search(span) or not _SPECIFIC_DATE.search(span)):
                continue
            if entity in ("PERSON", "ORGANISATION", "LOCATION") and span[:4].lower() == "the ":
                start += 4  # "the Royal Victoria Infirmary": keep the article
            if span.endswith(("'s", "’s")):
                end -= 2
            if " " not in span.strip() and text[start:end] in COMMON_CAPITALISED and not (
                    entity == "PERSON" and text[start:end] in ("May", "June", "April")):
                continue  # "Cardiology" as a place, "Christmas" as a person
            if entity == "PERSON" and span == "Mark" and text[end:end + 4] == " my ":
                continue  # "Mark my words"
            if end <= start:
                continue
            results.append(RecognizerResult(
                entity_type=entity, start=start, end=end, score=score,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: str(self.name),  # type: ignore[has-type]
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


class RegisterRecognizer(EntityRecognizer):
    """Participants from the register: full names, first names and surnames alone, aliases and
    emails, with an optional title before them ("Dr Jones"). Possessives keep their "'s" outside
    the span. Each hit carries the participant's marker in ``recognition_metadata``; a name part
    shared by two participants carries "" (ambiguous) and is replaced by a generic placeholder.

    Full names, aliases and emails match case-insensitively at 1.0; a lone first name or surname
    must be capitalised and scores 0.85, or 0.4 (review) when it is also an English stop word
    ("Will", "May") and starts a sentence or is a month name, where the capital proves nothing.
    """

    def __init__(self, register: Register) -> None:
        self.register = register
        #: normalised term -> (marker or "", score)
        self._terms: dict[str, tuple[str, float]] = {}
        exact: dict[str, set[str]] = {}
        parts: dict[str, set[str]] = {}
        for entry in register.entries:
            for term in (entry.name, *entry.aliases, *( [entry.email] if entry.email else [])):
                exact.setdefault(normalise_name(term), set()).add(entry.marker)
            words = [w for w in entry.name.replace("\u2019", "'").split()
                     if len(w.strip(".")) > 1 and not std_re.fullmatch(_TITLES + r"\.?", w)
                     and not w.islower()]
            if len(words) > 1:
                for word in words:
                    parts.setdefault(normalise_name(word), set()).add(entry.marker)
        for key, markers in parts.items():
            if key in exact:
                continue
            marker = next(iter(markers)) if len(markers) == 1 else ""
            self._terms[key] = (marker, 0.4 if key in STOP_WORDS else 0.85)
        for key, markers in exact.items():
            self._terms[key] = (next(iter(markers)) if len(markers) == 1 else "", 1.0)
        exact_alts = sorted(exact, key=len, reverse=True)
        part_alts = sorted((k for k in self._terms if k not in exact), key=len, reverse=True)
        title = r"(?:" + _TITLES + r"\.?[ \t]+)?"
        # an apostrophe after a letter joins a name ("O'Neill"); after a space it opens a quote
        bound_l, bound_r = r"(?<![\w@.-])(?<!\w['’])", r"(?![\w@]|[-'’]\w\w)"
        self._exact_re = (re.compile(bound_l + title + r"(?P<term>" + "|".join(
            _flexible(t) for t in exact_alts) + r")" + bound_r, re.IGNORECASE) if exact_alts else None)
        # parts: Title-case or ALL CAPS only
        self._part_re = (re.compile(bound_l + title + r"(?P<term>" + "|".join(
            alt for t in part_alts for alt in (_cased(t, str.title), _cased(t, str.upper)))
            + r")" + bound_r) if part_alts else None)
        super().__init__(supported_entities=[PARTICIPANT], name="register")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for pattern in (self._exact_re, self._part_re):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                term = normalise_name(match.group("term"))
                marker, score = self._terms[term]
                if score < 0.5 and match.start("term") == match.start() and \
                        not _SENTENCE_START.search(text, max(0, match.start() - 40), match.start()) and \
                        not _looks_like_month(text, match.start(), match.end()):
                    score = 0.85  # "I asked Will": a capitalised "Will" mid-sentence is a name
                entity = PARTICIPANT
                results.append(RecognizerResult(
                    entity_type=entity, start=match.start(), end=match.end(), score=score,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: str(self.name),  # type: ignore[has-type]
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                          MARKER_KEY: marker}))
        return results


#: the text before a match ends a sentence, a line or a speaker label (so capitals mean little)
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n\u2014\u2013\"“(\[\])-])[ \t]*\Z")
_MONTH_BEFORE = std_re.compile(r"(?i)(?:\b(?:in|of|since|until|till|from|by|during|early|late|mid|"
                               r"last|next|this|on|before|after|end|start|through)|\d(?:st|nd|rd|th)?)"
                               r"(?:[ \t]+the)?[ \t]+$")
_MONTH_AFTER = std_re.compile(r"(?i)[ \t]*(?:\d|last\b|next\b|this\b|of[ \t]+(?:19|20)\d\d)")


def _looks_like_month(text: str, start: int, end: int) -> bool:
    """Whether a capitalised "May"/"June" at [start, end) reads as the month."""
    if not std_re.fullmatch(_MONTHS, text[start:end]):
        return False
    return bool(_MONTH_BEFORE.search(text[max(0, start - 30):start])
                or _MONTH_AFTER.match(text, end))


def _flexible(term: str) -> str:
    """A normalised term as a regex: any run of whitespace between words, either apostrophe."""
    words = [re.escape(w).replace("'", "['’]") for w in term.split()]
    return r"[ \t]+".join(words)


def _cased(term: str, case: object) -> str:
    return _flexible(case(term))  # type: ignore[operator]


def build_recognizers(policy: RedactionPolicy) -> list[EntityRecognizer]:
    """The fixed recognizers for ``policy`` (the register recognizer is added per call)."""
    recognizers: list[EntityRecognizer] = [
        StudySpacyRecognizer(), EmailRecognizer(), UkPhoneRecognizer(), NhsNumberRecognizer(),
        GmcNumberRecognizer(), UkPostcodeRecognizer(), DateRecognizer(), AgeRecognizer(),
        HealthcareOrganisationRecognizer(), StreetAddressRecognizer(), PlaceRecognizer(),
        TitledNameRecognizer(), FirstNameRecognizer(), ContextualNameRecognizer(),
        ContextualPlaceRecognizer(), GazetteerPlaceRecognizer(), HospitalNicknameRecognizer(),
    ]
    for entity, terms in policy.deny.items():
        recognizers.append(DenyListRecognizer(entity, terms))
    return recognizers
