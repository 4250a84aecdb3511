"""The sample study's public vocabulary: what a study holds and what was planted where.

:class:`SampleStudy` is what :func:`vault.sample.generate_study` returns; the gold
(:class:`TranscriptGold`, :class:`QuestionnaireIdentifier`) says which identifiers were written
into which file, so tests and benchmarks can check a redaction against it. The tables here
(regions, role groups, years bands) are the generalisation the questionnaire is built for.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from vault.sample._data import HARD_NEGATIVES

__all__ = [
    "HARD_NEGATIVES", "JOB_ROLE_GROUPS", "MAX_PARTICIPANTS", "QUESTIONNAIRE_COLUMNS",
    "REGION_GROUPS", "REGISTER_COLUMNS", "SAMPLE_RATE", "UK_REGIONS", "YEARS_BANDS",
    "IdentifierKind", "PlantedIdentifier", "QuestionnaireIdentifier", "SampleInterview",
    "SampleParticipant", "SampleStudy", "TranscriptGold", "years_band",
]

#: the most participants a sample can have: one code each, "P" + one of 23 letters
MAX_PARTICIPANTS = 23
#: recordings are 16 kHz mono 16-bit PCM
SAMPLE_RATE = 16_000

REGISTER_COLUMNS = ("name", "code", "aliases", "email", "role", "consent_date")
QUESTIONNAIRE_COLUMNS = (
    "name", "email", "job_role", "years_in_role", "mentor_training", "training_organiser",
    "training_year", "models_taught", "mentees", "region", "mentoring_experience",
    "wellbeing_support",
)

UK_REGIONS = ("North East", "North West", "Yorkshire and the Humber", "East Midlands",
              "West Midlands", "East of England", "London", "South East", "South West",
              "Scotland", "Wales", "Northern Ireland")

#: the generalisation the questionnaire is built for: region -> region group
REGION_GROUPS: Mapping[str, str] = MappingProxyType({
    "North East": "North of England", "North West": "North of England",
    "Yorkshire and the Humber": "North of England",
    "East Midlands": "Midlands and East", "West Midlands": "Midlands and East",
    "East of England": "Midlands and East",
    "London": "London and South", "South East": "London and South", "South West": "London and South",
    "Scotland": "Scotland, Wales and Northern Ireland", "Wales": "Scotland, Wales and Northern Ireland",
    "Northern Ireland": "Scotland, Wales and Northern Ireland",
})

#: job role -> role group; the rare specialties fold into the consultants
JOB_ROLE_GROUPS: Mapping[str, str] = MappingProxyType({
    "Consultant": "Hospital consultant", "Anaesthetist": "Hospital consultant",
    "Psychiatrist": "Hospital consultant", "Paediatrician": "Hospital consultant",
    "GP partner": "General practice", "Salaried GP": "General practice", "GP": "General practice",
    "Specialty trainee": "Doctor in training", "GP trainee": "Doctor in training",
    "Foundation doctor": "Doctor in training",
})

#: years-in-role bands: (lowest, highest or None for open-ended, label)
YEARS_BANDS: tuple[tuple[int, int | None, str], ...] = ((0, 4, "0-4"), (5, 14, "5-14"),
                                                         (15, None, "15+"))


def years_band(years: int) -> str:
    """The :data:`YEARS_BANDS` label for a number of years in role.

    :param years: whole years, 0 or more.
    :raises ValueError: for a negative number.
    """
    for low, high, label in YEARS_BANDS:
        if years >= low and (high is None or years <= high):
            return label
    raise ValueError("years in role cannot be negative")


class IdentifierKind(StrEnum):
    """The kinds of identifier planted in the sample (what the anonymiser must remove)."""

    PARTICIPANT_NAME = "participant_name"  #: the interviewee, in any form
    PERSON = "person"                      #: anyone else: mentor, colleague, partner
    ORGANISATION = "organisation"          #: hospital, abbreviation, trust, practice
    LOCATION = "location"                  #: town, city or region
    ADDRESS = "address"                    #: house number and street
    POSTCODE = "postcode"
    EMAIL = "email"
    PHONE = "phone"
    NHS_NUMBER = "nhs_number"
    GMC_NUMBER = "gmc_number"
    DATE = "date"
    AGE = "age"                            #: the phrase, e.g. "I'm 47": a bare number is no identifier


@dataclass(frozen=True)
class PlantedIdentifier:
    """One identifier as it was written into a transcript (``text`` occurs verbatim)."""

    kind: IdentifierKind
    #: the exact characters planted (organisations without a leading "the")
    text: str
    #: which variant: full/first/title_surname/possessive/nickname, mobile/landline/international, ...
    form: str
    #: the participant's code when the identifier is the interviewee's own, else None
    participant: str | None = None


@dataclass(frozen=True)
class TranscriptGold:
    """What was planted in one transcript."""

    transcript: Path
    identifiers: tuple[PlantedIdentifier, ...]
    #: hard negatives present in the text, which a redaction must leave alone
    negatives: tuple[str, ...]

    def texts(self, kind: IdentifierKind | None = None) -> tuple[str, ...]:
        """The distinct planted strings, longest first (optionally only one kind)."""
        found = {i.text for i in self.identifiers if kind is None or i.kind is kind}
        return tuple(sorted(found, key=lambda t: (-len(t), t)))

    def kinds(self) -> frozenset[IdentifierKind]:
        return frozenset(i.kind for i in self.identifiers)


@dataclass(frozen=True)
class QuestionnaireIdentifier:
    """An identifier planted in a questionnaire free-text answer."""

    #: 0-based data row (the header is not counted)
    row: int
    column: str
    kind: IdentifierKind
    text: str


@dataclass(frozen=True)
class SampleParticipant:
    """An interviewee, as in the register."""

    name: str
    code: str
    aliases: tuple[str, ...]
    email: str
    role: str
    consent_date: date


@dataclass(frozen=True)
class SampleInterview:
    """One interview: its recording and its transcript."""

    code: str
    number: int
    date: date
    audio: Path
    transcript: Path
    #: "txt", "docx", "vtt" or "srt" (the transcript's extension)
    transcript_format: str


@dataclass(frozen=True)
class SampleStudy:
    """Everything :func:`generate_study` wrote, and what it planted where."""

    root: Path
    seed: int
    register: Path
    questionnaire: Path
    audio_dir: Path
    transcripts_dir: Path
    participants: tuple[SampleParticipant, ...]
    interviews: tuple[SampleInterview, ...]
    #: transcript path -> what was planted in it
    gold: Mapping[Path, TranscriptGold]
    questionnaire_rows: int
    questionnaire_gold: tuple[QuestionnaireIdentifier, ...] = field(default=())

    def interviews_of(self, code: str) -> tuple[SampleInterview, ...]:
        return tuple(i for i in self.interviews if i.code == code)
