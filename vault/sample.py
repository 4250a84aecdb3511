"""The synthetic sample study: a realistic, fictional study to demo and test vault on.

It is modelled on the seed study — doctors (consultants, GPs, trainees, and the odd anaesthetist,
psychiatrist and paediatrician) interviewed up to four times, four to six months apart, about
mentoring and their well-being — and holds every kind of identifier the anonymiser must catch::

    from vault.sample import generate_study

    study = generate_study(tmp_path / "study", seed=7, participants=12)
    study.register            # register.csv: name,code,aliases,email,role,consent_date
    study.questionnaire       # questionnaire.csv: ~60-120 respondents
    for interview in study.interviews:
        interview.audio       # audio/PJ_1.wav (16 kHz mono 16-bit)
        interview.transcript  # transcripts/PJ_1.txt (or .docx / .vtt / .srt)
        gold = study.gold[interview.transcript]
        gold.texts()          # every identifier planted in it; none may survive redaction
        gold.negatives        # phrases that must survive ("six months", "GROW model", ...)

Same seed, same bytes: every file is a pure function of ``seed``, ``participants`` and
``audio_seconds`` (the .docx is re-zipped with fixed timestamps for that). Everything is
fictional: names are drawn from a pool and combined at random, phone numbers come from Ofcom's
ranges reserved for drama, NHS numbers from the 999 test range (with a valid check digit), and
e-mail addresses use the reserved ``example.*`` domains. Hospitals and towns are real places.

The files are nevertheless written as the real ones would be — files 0600, directories 0700 —
because the sample stands in for identifiable data in every workflow it exercises.
"""
from __future__ import annotations

import array
import csv
import io
import math
import os
import random
import re
import sys
import unicodedata
import wave
import zipfile
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from vault import nhs_number
from vault.errors import InputError

__all__ = [
    "HARD_NEGATIVES",
    "JOB_ROLE_GROUPS",
    "MAX_PARTICIPANTS",
    "QUESTIONNAIRE_COLUMNS",
    "REGION_GROUPS",
    "REGISTER_COLUMNS",
    "SAMPLE_RATE",
    "UK_REGIONS",
    "YEARS_BANDS",
    "IdentifierKind",
    "PlantedIdentifier",
    "QuestionnaireIdentifier",
    "SampleInterview",
    "SampleParticipant",
    "SampleStudy",
    "TranscriptGold",
    "generate_study",
    "summarise",
    "years_band",
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

#: phrases every transcript contains that look identifying but are not; they must survive
HARD_NEGATIVES = ("six months", "NHS", "GMC", "BMA", "deanery", "royal college", "GROW model",
                  "Skilled Helper model", "BITC Workwell")

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


# --------------------------------------------------------------------------------------------
# Pools. First names carry a nickname each; no nickname, first name or surname is a substring
# of another pool entry's or of the template text, so "did it survive redaction?" is a plain
# substring test (tests/test_sample.py checks this).

_FIRST_NAMES: tuple[tuple[str, str], ...] = (
    ("Priyanka", "Priya"), ("Oluwaseun", "Seun"), ("Katarzyna", "Kasia"), ("Siobhán", "Shiv"),
    ("Rhiannon", "Rhi"), ("Christopher", "Kit"), ("Alexander", "Sandy"), ("Abimbola", "Bola"),
    ("Adebayo", "Bayo"), ("Aleksandra", "Ola"), ("Amandeep", "Aman"), ("Angharad", "Angie"),
    ("Benjamin", "Benji"), ("Bronwen", "Bron"), ("Catherine", "Cathy"), ("Chiamaka", "Amaka"),
    ("Chukwuemeka", "Emeka"), ("Daniel", "Danny"), ("Deborah", "Debbie"), ("Dominic", "Dom"),
    ("Elizabeth", "Lizzie"), ("Eleanor", "Nell"), ("Francesca", "Frankie"), ("Gurpreet", "Preet"),
    ("Ifeoma", "Ify"), ("Jennifer", "Jenny"), ("Jonathan", "Jonny"), ("Kwabena", "Kobby"),
    ("Margaret", "Maggie"), ("Matthew", "Matty"), ("Michael", "Mikey"), ("Nicholas", "Nicky"),
    ("Patrick", "Paddy"), ("Rajesh", "Raj"), ("Rebecca", "Becky"), ("Samuel", "Sammy"),
    ("Sukhvinder", "Sukhi"), ("Susannah", "Suzie"), ("Theodore", "Theo"), ("Thomas", "Tommy"),
    ("Victoria", "Vicky"), ("Anjali", "Anju"), ("Farhan", "Faz"), ("Gwilym", "Gwil"),
    ("Kathleen", "Kath"), ("Robert", "Robbie"), ("Stephen", "Stevie"), ("Joanna", "Jojo"),
    ("Alasdair", "Ally"), ("Temitope", "Temi"), ("Nkechi", "Kechi"), ("Mei-Ling", "Mei"),
    ("Zainab", "Zee"), ("Eilidh", "Ellie"), ("Anastasia", "Stasia"), ("Xiaoming", "Ming"),
    ("Hiroshi", "Hiro"), ("Lucía", "Lucy"), ("Dimitrios", "Dimitri"), ("Tomasz", "Tomek"),
    ("Magdalena", "Magda"), ("Agnieszka", "Aga"), ("Folasade", "Sade"), ("Olusegun", "Segun"),
    ("Babatunde", "Tunde"), ("Chidinma", "Dinma"), ("Tariq", "Taz"), ("Imran", "Immy"),
)

_SURNAMES: tuple[str, ...] = (
    "Raman", "Okonkwo", "Adeyemi", "Thornton", "Fairbairn", "MacLeod", "Kowalczyk", "Nwosu",
    "Bhattacharya", "Chaudhry", "Llewellyn", "Pritchard", "O'Sullivan", "Fitzgerald",
    "Gallagher", "Mensah", "Boateng", "Asante", "Liang", "Zhou", "Nakamura", "Haddad",
    "Siddiqui", "Sandhu", "Dhillon", "Campbell", "Henderson", "Armstrong", "Robson", "Charlton",
    "Ridley", "Dobson", "Featherstone", "Whitfield", "Ashworth", "Hargreaves", "Sutcliffe",
    "Ogunleye", "Novak", "Wójcik", "Jovanović", "Kaczmarek", "Papadopoulos", "Ferreira",
    "Mahmood", "Hussain", "Iqbal", "Quayle", "Tremayne", "Penhaligon", "Cairncross", "Drummond",
    "Urquhart", "Gillespie", "Docherty", "Maguire", "McAllister", "Okafor", "Oyelaran",
    "Venkatesan", "Subramanian", "Kapoor", "Mistry", "Cheung", "Abernethy", "Lindqvist",
)


@dataclass(frozen=True)
class _Hospital:
    article: str
    name: str
    short: str       # what staff call it, article included where one is used ("the RVI")
    trust: str
    town: str
    region: str
    kind: str = "general"  # general / psychiatric / children's


_HOSPITALS: tuple[_Hospital, ...] = (
    _Hospital("the ", "Royal Victoria Infirmary", "the RVI",
              "Newcastle upon Tyne Hospitals NHS Foundation Trust", "Newcastle", "North East"),
    _Hospital("the ", "Freeman Hospital", "the Freeman",
              "Newcastle upon Tyne Hospitals NHS Foundation Trust", "Newcastle", "North East"),
    _Hospital("the ", "Queen Elizabeth Hospital", "the QE",
              "Gateshead Health NHS Foundation Trust", "Gateshead", "North East"),
    _Hospital("", "Sunderland Royal Hospital", "Sunderland Royal",
              "South Tyneside and Sunderland NHS Foundation Trust", "Sunderland", "North East"),
    _Hospital("the ", "James Cook University Hospital", "James Cook",
              "South Tees Hospitals NHS Foundation Trust", "Middlesbrough", "North East"),
    _Hospital("", "St James's University Hospital", "Jimmy's",
              "Leeds Teaching Hospitals NHS Trust", "Leeds", "Yorkshire and the Humber"),
    _Hospital("", "Leeds General Infirmary", "the LGI",
              "Leeds Teaching Hospitals NHS Trust", "Leeds", "Yorkshire and the Humber"),
    _Hospital("the ", "Northern General Hospital", "the Northern General",
              "Sheffield Teaching Hospitals NHS Foundation Trust", "Sheffield",
              "Yorkshire and the Humber"),
    _Hospital("", "Harrogate District Hospital", "Harrogate District",
              "Harrogate and District NHS Foundation Trust", "Harrogate", "Yorkshire and the Humber"),
    _Hospital("", "Wythenshawe Hospital", "Wythenshawe",
              "Manchester University NHS Foundation Trust", "Manchester", "North West"),
    _Hospital("the ", "Royal Preston Hospital", "Royal Preston",
              "Lancashire Teaching Hospitals NHS Foundation Trust", "Preston", "North West"),
    _Hospital("", "St Nicholas Hospital", "St Nick's",
              "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", "Newcastle",
              "North East", "psychiatric"),
    _Hospital("the ", "Great North Children's Hospital", "the GNCH",
              "Newcastle upon Tyne Hospitals NHS Foundation Trust", "Newcastle", "North East",
              "children's"),
    _Hospital("", "Leeds Children's Hospital", "Leeds Children's",
              "Leeds Teaching Hospitals NHS Trust", "Leeds", "Yorkshire and the Humber",
              "children's"),
)

_PRACTICES = ("Elm Tree Surgery", "Westgate Medical Practice", "Riverside Health Centre",
              "Holly Bank Surgery", "Grange Medical Group", "Beacon View Practice",
              "Millfield Surgery", "Castle Lane Health Centre", "Ashgrove Family Practice",
              "Kingsway Medical Centre", "Oakwood Lane Surgery", "Larchfield Surgery")


@dataclass(frozen=True)
class _Town:
    name: str
    region: str
    outward: tuple[str, ...]  # postcode districts
    dialling: str             # a drama-range landline prefix: add three digits


_TOWNS: tuple[_Town, ...] = (
    _Town("Newcastle", "North East", ("NE2", "NE3", "NE6"), "0191 498 0"),
    _Town("Gateshead", "North East", ("NE8", "NE9"), "0191 498 0"),
    _Town("Sunderland", "North East", ("SR2", "SR4"), "0191 498 0"),
    _Town("Durham", "North East", ("DH1",), "0191 498 0"),
    _Town("Middlesbrough", "North East", ("TS5",), "01632 960"),
    _Town("Hexham", "North East", ("NE46",), "01632 960"),
    _Town("Morpeth", "North East", ("NE61",), "01632 960"),
    _Town("Whitley Bay", "North East", ("NE26",), "0191 498 0"),
    _Town("Leeds", "Yorkshire and the Humber", ("LS6", "LS8", "LS17"), "0113 496 0"),
    _Town("Harrogate", "Yorkshire and the Humber", ("HG1", "HG2"), "01632 960"),
    _Town("Sheffield", "Yorkshire and the Humber", ("S10", "S11"), "0114 496 0"),
    _Town("York", "Yorkshire and the Humber", ("YO10", "YO31"), "01632 960"),
    _Town("Manchester", "North West", ("M20", "M21"), "0161 496 0"),
    _Town("Stockport", "North West", ("SK4",), "0161 496 0"),
    _Town("Preston", "North West", ("PR1", "PR2"), "01632 960"),
)

#: how people in each region name where they live and work
_REGION_NAMES = {
    "North East": ("the North East", "Tyneside", "Northumberland", "County Durham"),
    "Yorkshire and the Humber": ("Yorkshire", "West Yorkshire", "the Dales"),
    "North West": ("the North West", "Lancashire", "Greater Manchester"),
}

_STREETS = ("Osborne Road", "Chillingham Road", "Jesmond Vale Terrace", "Otley Road",
            "Marlborough Crescent", "Station Road", "Belgrave Terrace", "Beechwood Avenue",
            "Ferndale Grove", "Albert Street", "Cragside Gardens", "Moorland View",
            "Wensleydale Drive", "Percy Gardens")

_SPECIALTIES = ("acute medicine", "cardiology", "respiratory medicine", "general surgery",
                "gastroenterology", "emergency medicine", "elderly care", "rheumatology")

_ORGANISERS = ("deanery", "trust", "royal college", "BMA", "self-funded")
_MODELS = ("GROW", "Skilled Helper", "CLEAR", "OSKAR", "Solution-focused", "Co-Active")
_POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # inward-code letters (no C I K M O V)
_CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ"   # participant codes "P?": no I, O, L (confusable)

# --------------------------------------------------------------------------------------------
# Questionnaire design: rows are laid out in (role group, years band, region group) cells of at
# least five, so k-anonymity with k = 5 holds after generalising with the tables above.

_REGION_GROUP_SHARES = (("North of England", 0.45), ("Midlands and East", 0.2),
                        ("London and South", 0.2), ("Scotland, Wales and Northern Ireland", 0.15))
_REGION_WEIGHTS = {"North East": 5, "Yorkshire and the Humber": 3, "North West": 2}
_ROLES_IN_GROUP = {
    "Hospital consultant": (("Consultant", 7), ("Anaesthetist", 1), ("Psychiatrist", 1),
                            ("Paediatrician", 1)),
    "General practice": (("GP partner", 3), ("Salaried GP", 2), ("GP", 1)),
    "Doctor in training": (("Specialty trainee", 3), ("GP trainee", 2), ("Foundation doctor", 1)),
}
_BANDS_FOR_GROUP = {
    "Hospital consultant": ("0-4", "5-14", "15+"),
    "General practice": ("0-4", "5-14", "15+"),
    "Doctor in training": ("0-4", "5-14"),
}
_YEARS_IN_BAND = {("Doctor in training", "0-4"): (0, 4), ("Doctor in training", "5-14"): (5, 8),
                  "0-4": (0, 4), "5-14": (5, 14), "15+": (15, 32)}
_MIN_CELL = 5


@dataclass
class _Respondent:
    first: str
    nickname: str
    surname: str
    email: str
    role: str
    role_group: str
    years: int
    region: str


# --------------------------------------------------------------------------------------------
# Writing files privately


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=False, exist_ok=True)
    os.chmod(path, 0o700)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.fchmod(fd, 0o600)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


def _csv_bytes(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


# --------------------------------------------------------------------------------------------
# Identifier generators (all fictional ranges)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ø", "o"))
    return re.sub(r"[^a-z]", "", folded.encode("ascii", "ignore").decode().lower())


def _nhs_number(rng: random.Random) -> str:
    """A number in the NHS's 999 test range with a valid modulus-11 check digit."""
    while True:
        first_nine = "999" + "".join(str(rng.randrange(10)) for _ in range(6))
        check = nhs_number.check_digit(first_nine)
        if check is not None:
            raw = f"{first_nine}{check}"
            style = rng.randrange(3)
            if style == 0:
                return f"{raw[:3]} {raw[3:6]} {raw[6:]}"
            if style == 1:
                return raw
            return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"


def _postcode(rng: random.Random, town: _Town) -> str:
    return (f"{rng.choice(town.outward)} {rng.randrange(1, 10)}"
            f"{rng.choice(_POSTCODE_LETTERS)}{rng.choice(_POSTCODE_LETTERS)}")


def _mobile(rng: random.Random) -> str:
    return f"07700 900{rng.randrange(1000):03d}"


def _landline(rng: random.Random, town: _Town) -> str:
    return f"{town.dialling}{rng.randrange(1000):03d}"


def _international(number: str) -> str:
    """+44 form of a national number: drop the trunk 0."""
    return "+44 " + number[1:]


def _ordinal_day(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _spoken_date(rng: random.Random, when: date) -> tuple[str, str]:
    """(text planted, how the sentence introduces it) in one of the ways people say dates."""
    month = when.strftime("%B")
    style = rng.randrange(3)
    if style == 0:
        return f"{_ordinal_day(when.day)} of {month} {when.year}", "the "
    if style == 1:
        return f"{when.day} {month} {when.year}", ""
    return when.strftime("%d/%m/%Y"), ""


def _age_on(born: date, when: date) -> int:
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six")


# --------------------------------------------------------------------------------------------
# Transcript templates. A slot is written {name}; identifier slots are recorded as gold, the
# rest are plain wording. P is the participant, I the interviewer.

_Turn = tuple[str, str]

_OPENINGS: tuple[tuple[_Turn, ...], ...] = (
    (("I", ("Right, I think that's — yep, that's recording now. So this is, um, interview "
           "{num_word} with {full}. Thanks ever so much for making the time, {first}.")),
     ("P", ("No, no, not at all, happy to. Sorry I was a bit late, the traffic coming out of "
           "{work_town} was — yeah. It was awful."))),
    (("I", ("Okay, we're recording. Um, so for the tape, this is {full}, interview {num_word}. "
           "And — sorry, remind me — do you go by {first}, or…?")),
     ("P", ("{first}'s fine, or {nick}. Honestly, everyone at work calls me {nick}, apart from "
           "my mum."))),
    (("I", ("Lovely, so we're — hang on — yes, we're recording. This is interview {num_word} "
           "with {full}. How are you doing, {first}?")),
     ("P", ("Oh, you know. Tired. Good tired, mostly. I've just driven back from {work_town}, "
           "so give me a minute to — to find my brain."))),
)

_CONTACT: tuple[tuple[_Turn, ...], ...] = (
    (("I", ("Before I forget — are we still okay to use {email} for the voucher and the, um, "
           "the summary afterwards?")),
     ("P", ("Yes, that's — yeah, that's the one. Or ring me, honestly, it's quicker. "
           "{phone_intro} {phone}.")),
     ("I", "And the postal address, is that still {address}, {town}, {postcode}?"),
     ("P", "That's it, yeah. Same house, same leaky gutter.")),
    (("I", ("Can I just check your details haven't changed? I've got {address} in {town}, "
           "{postcode}.")),
     ("P", ("Still there, yes. Um, email's the same too, {email}. And if you can't get me, "
           "{phone_intro_lower} {phone} — or leave a message with work on {work_phone}.")),
     ("I", "Perfect, thank you.")),
)

_ROLE_HOSPITAL: tuple[tuple[_Turn, ...], ...] = (
    (("I", "Can you just remind me what you're doing at the moment, role-wise?"),
     ("P", ("Yeah, so I'm {role_phrase} at {hospital} — well, {hospital_short}, nobody calls it "
           "anything else. Um, the patients call me {dr_surname}, the nurses mostly call me "
           "{nick}. And {age_phrase} now, which — God, I don't feel it. Most days."))),
    (("I", "And role-wise, has anything changed since we last spoke?"),
     ("P", ("Not really. Still {role_phrase}, still at {hospital_short} — {hospital}, sorry, for "
           "the recording. I've been {dr_surname} on that corridor for long enough that the "
           "porters know how I take my coffee. {age_phrase}, for what it's worth, so, "
           "you know, not exactly new."))),
)

_ROLE_PRACTICE: tuple[tuple[_Turn, ...], ...] = (
    (("I", "Can you just remind me what you're doing at the moment, role-wise?"),
     ("P", ("So I'm {role_phrase} at {practice} in {work_town}. Um, before that I did my "
           "hospital jobs at {hospital}, well, {hospital_short}, so I know a lot of the "
           "consultants I'm referring to. Patients call me {dr_surname}, which I still find a "
           "bit formal. {age_phrase}, so — mid-career, supposedly."))),
    (("I", "And has anything changed at the practice?"),
     ("P", ("We've lost a partner, so it's — it's been a lot. I'm still {role_phrase} at "
           "{practice}. The receptionists have started calling me {dr_surname} on the phone, "
           "which is new. Er, {age_phrase}, and I'm starting to feel it. A lot of my "
           "referrals go into {hospital_short} — {hospital} — and the waits there are "
           "just, um, yeah."))),
)

_CAREER: tuple[tuple[_Turn, ...], ...] = (
    (("I", "And how long have you been there now?"),
     ("P", ("I started on {date_intro}{start_date}, so it's — what — a good few years. Before "
           "that I was at {trust}, and, um, I've always worked in {region}, really. Never "
           "fancied moving south."))),
    (("I", "Remind me how you ended up there?"),
     ("P", ("Oh, I, er — I applied on a whim, honestly. I started on {date_intro}{start_date}. "
           "Before that it was {trust}. I grew up in {region}, so it was sort of coming home, "
           "you know?"))),
)

_MENTORING: tuple[tuple[_Turn, ...], ...] = (
    (("I", "Can we talk about the mentoring? How has that been going?"),
     ("P", ("Um, really well, actually. My mentor's {mentor_full} — they're at {mentor_org}. "
           "Honestly, {mentor_dr} is a big part of why I'm still in medicine. We mostly use "
           "the GROW model, and a bit of the Skilled Helper model when things are, you know, "
           "messier.")),
     ("I", "And was that set up through the deanery?"),
     ("P", ("Through the deanery, yeah. The royal college had a scheme too, but the waiting "
           "list was something like six months, and I needed someone — um — then, not six "
           "months later."))),
    (("I", "Last time you mentioned your mentor. Are you still meeting?"),
     ("P", ("Yes, every few weeks. {mentor_first} — sorry, {mentor_full}, over at "
           "{mentor_org} — is very, um, very GROW model. Goal, reality, options, way forward. "
           "I roll my eyes, but it works. {mentor_dr} did the Skilled Helper model training "
           "as well, so sometimes we go down that road instead.")),
     ("I", "How did you find them in the first place?"),
     ("P", ("The deanery scheme. I'd been on the royal college list for six months and "
           "heard nothing, so — yeah."))),
)

_WELLBEING: tuple[tuple[_Turn, ...], ...] = (
    (("I", "And how's your own well-being been, would you say?"),
     ("P", ("Up and down. {spouse}, my partner, has been brilliant, but the on-call's been "
           "brutal. {colleague_full} went off sick in the spring and we just, sort of, "
           "absorbed it. That's what you do, isn't it?")),
     ("I", "Did anyone check in on you?"),
     ("P", ("{colleague_first} did, once they were back. There's the BITC Workwell thing the "
           "trust signed up to, but honestly it's mostly posters. The BMA survey said much "
           "the same."))),
    (("I", "How have you been, in yourself?"),
     ("P", ("Honestly? Not great in the winter. {colleague_full} and I were covering two rotas "
           "between us. {colleague_first} kept saying we'd be fine, and we were, sort of. "
           "{spouse} — my other half — made me book a week off, which, um, helped.")),
     ("I", "Is there anything at work that's helped?"),
     ("P", ("We've got the BITC Workwell stuff on the intranet. And the BMA had a webinar. "
           "But it's the people, really, isn't it? It's always the people."))),
)

_GMC: tuple[tuple[_Turn, ...], ...] = (
    (("I", "Just for the consent form — you're still on the register, still practising?"),
     ("P", ("Yes. Um, my GMC number is {gmc}, if you need it for the form. The GMC side of "
           "things is all fine, revalidation's next year."))),
    (("I", "Are you still okay with us noting your registration for the study records?"),
     ("P", ("Yeah, of course. It's {gmc}, my GMC number — I had to dig it out for the "
           "appraisal portal anyway. Honestly, the GMC emails are more stressful than the "
           "job sometimes."))),
)

_NHS: tuple[tuple[_Turn, ...], ...] = (
    (("I", "Have you had anything to do with occupational health lately?"),
     ("P", ("Oh — don't get me started. I had to give them my NHS "
           "number over the phone, {nhs}, twice, and the letter still went to the wrong "
           "address. Classic NHS, really.")),
     ("I", "Oh no.")),
    (("I", "Did you ever use occupational health?"),
     ("P", ("I actually ended up going to occupational health as a patient — they wanted my "
           "NHS number, it's {nhs}, I know it off by heart now — and it took six weeks to get "
           "seen. Which is the NHS all over, isn't it?")),
     ("I", "That must have been frustrating.")),
)

_APPRAISAL: tuple[tuple[_Turn, ...], ...] = (
    (("I", "Have you got your appraisal coming up?"),
     ("P", ("Er, yes, on {next_intro}{next_date}, I think. It's in the diary, anyway. I'll "
           "probably talk it through with {mentor_first} before then."))),
    (("I", "Anything big coming up?"),
     ("P", ("My appraisal's on {next_intro}{next_date}. And {spouse} and I are finally taking a "
           "proper holiday after that, so — fingers crossed."))),
)

_CLOSINGS: tuple[tuple[_Turn, ...], ...] = (
    (("I", ("Brilliant. Well, I think that's {possessive} interview {num_word} done. Thanks, "
           "{nick} — I'll email the summary over, and {next_line}")),
     ("P", "Lovely. Thanks, bye now.")),
    (("I", ("Okay, I'll stop the recording there. Thank you, {nick} — sorry, {first} — that was "
           "really helpful. {next_line}")),
     ("P", "No problem. Cheers."),
     ("I", ("And — sorry, last thing — the file's only labelled with your study code, not "
           "'{possessive} interview', so don't worry about that.")),
     ("P", "Ha! Good. Bye, then.")),
)

_FILLERS: tuple[tuple[_Turn, ...], ...] = (
    (("I", "What does a good day look like for you at the moment?"),
     ("P", ("Um, a good day… I think a good day is when I get to finish a conversation. Like, "
           "actually finish it, not get bleeped halfway through. And get home before the "
           "kids are in bed. That's — yeah, that's a good day."))),
    (("I", "Has anything surprised you about being mentored?"),
     ("P", ("Honestly? How much it helped just to say things out loud. I thought it'd be, I "
           "don't know, career advice, CV stuff. But it's more — it's more about being "
           "allowed to not be fine for an hour."))),
    (("I", "Do you think the culture's changing?"),
     ("P", ("Slowly. Slowly. The younger ones are much better at saying no, which I think is — "
           "I mean, good for them. We weren't, um, we weren't really allowed to. You just got "
           "on with it."))),
    (("I", "Do you mentor anyone yourself now?"),
     ("P", ("Two people, informally. One of the trainees and a, um, a newer colleague. I try "
           "not to fix things for them, which is hard — it goes against every instinct I've "
           "got."))),
    (("I", "How are you sleeping?"),
     ("P", ("Badly after nights, fine otherwise. I've stopped looking at emails after nine, "
           "which sounds small, but it's made — it's made a real difference."))),
)

_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class _Slot:
    """An identifier slot: what is written, and what is recorded as gold."""

    display: str
    kind: IdentifierKind
    text: str
    form: str
    participant: str | None = None


def _render(template: str, slots: Mapping[str, str | _Slot],
            used: list[_Slot]) -> str:
    def fill(match: re.Match[str]) -> str:
        value = slots[match.group(1)]
        if isinstance(value, _Slot):
            used.append(value)
            return value.display
        return value

    return _SLOT.sub(fill, template)


# --------------------------------------------------------------------------------------------
# Participants and their people


@dataclass
class _Person:
    first: str
    surname: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


@dataclass
class _Interviewee:
    respondent: _Respondent
    code: str
    born: date
    hospital: _Hospital
    practice: str | None
    work_town: _Town
    home_town: _Town
    address: str
    postcode: str
    mobile: str
    landline: str
    work_phone: str
    nhs: str
    gmc: str
    mentor: _Person
    mentor_hospital: _Hospital
    colleague: _Person
    spouse: str
    role_phrase: str
    consent: date
    dates: list[date]

    @property
    def full(self) -> str:
        return f"{self.respondent.first} {self.respondent.surname}"


def _codes(rng: random.Random, count: int) -> list[str]:
    """Distinct two-letter codes like "PJ": P and a letter that cannot be misread as 1 or 0."""
    return rng.sample([f"P{letter}" for letter in _CODE_LETTERS], count)


def _role_phrase(rng: random.Random, role: str) -> str:
    if role == "Consultant":
        return f"a consultant in {rng.choice(_SPECIALTIES)}"
    if role in ("Anaesthetist", "Psychiatrist", "Paediatrician"):
        return f"a consultant {role.lower()}"
    if role == "GP partner":
        return "one of the partners"
    if role == "Salaried GP":
        return "a salaried GP"
    if role == "GP":
        return "a GP"
    if role == "Specialty trainee":
        return f"an ST{rng.randrange(3, 7)} in {rng.choice(_SPECIALTIES)}"
    if role == "GP trainee":
        return f"a GP trainee, ST{rng.randrange(1, 4)}"
    return "an FY2"


def _hospital_for(rng: random.Random, role: str, region: str) -> _Hospital:
    wanted = {"Psychiatrist": "psychiatric", "Paediatrician": "children's"}.get(role, "general")
    choices = [h for h in _HOSPITALS if h.kind == wanted and h.region == region]
    if not choices:
        choices = [h for h in _HOSPITALS if h.kind == wanted]
    return rng.choice(choices)


# --------------------------------------------------------------------------------------------
# The questionnaire respondents (interviewees are a subset)


def _cell_plan(rng: random.Random, total: int) -> list[tuple[str, str, str, int]]:
    """Cells (role group, years band, region group, count), each with at least five rows."""
    counts = [(name, int(total * share)) for name, share in _REGION_GROUP_SHARES]
    counts[0] = (counts[0][0], counts[0][1] + total - sum(c for _, c in counts))
    plan: list[tuple[str, str, str, int]] = []
    for region_group, n in counts:
        cells = [(g, band) for g in _ROLES_IN_GROUP for band in _BANDS_FOR_GROUP[g]]
        rng.shuffle(cells)
        want = max(1, min(len(cells), n // 7))
        if region_group == "North of England":
            # the interviewees come from here, and they need every role group
            firsts = [next(c for c in cells if c[0] == g) for g in _ROLES_IN_GROUP]
            chosen = firsts + [c for c in cells if c not in firsts][:max(0, want - 3)]
        else:
            chosen = cells[:want]
        sizes = [_MIN_CELL] * len(chosen)
        for _ in range(n - _MIN_CELL * len(chosen)):
            sizes[rng.randrange(len(sizes))] += 1
        plan.extend((g, band, region_group, size) for (g, band), size in zip(chosen, sizes))
    return plan


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def _email(rng: random.Random, first: str, surname: str, taken: set[str]) -> str:
    f, s = _ascii(first), _ascii(surname)
    options = [f"{f}.{s}@nhs.example.net", f"{f[0]}{s}@example.org", f"dr.{s}@example.com",
               f"{f}{s}{rng.randrange(70, 99)}@example.com", f"{f}.{s}@example.org"]
    for _ in range(20):
        candidate = rng.choice(options)
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    candidate = f"{f}.{s}{len(taken)}@example.net"
    taken.add(candidate)
    return candidate


def _respondents(rng: random.Random, total: int) -> list[_Respondent]:
    """Rows laid out by the cell plan; names and e-mails are filled in later (see _name_all)."""
    rows: list[_Respondent] = []
    for role_group, band, region_group, size in _cell_plan(rng, total):
        regions = [r for r, g in REGION_GROUPS.items() if g == region_group]
        weighted = [(r, _REGION_WEIGHTS.get(r, 1)) for r in regions]
        low, high = _YEARS_IN_BAND.get((role_group, band), _YEARS_IN_BAND[band])
        roles = _ROLES_IN_GROUP[role_group]
        if (role_group, band) == ("Doctor in training", "5-14"):
            roles = (("Specialty trainee", 1),)  # foundation and GP training are shorter
        for _ in range(size):
            role = _weighted(rng, roles)
            years = rng.randint(low, 2 if role == "Foundation doctor" else high)
            rows.append(_Respondent(first="", nickname="", surname="", email="", role=role,
                                    role_group=role_group, years=years,
                                    region=_weighted(rng, weighted)))
    rng.shuffle(rows)
    return rows


def _clashes(name: str, taken: Sequence[str]) -> bool:
    """Whether one name contains another (either way, any case): "Ola" and "Nicholas" clash."""
    folded = name.casefold()
    return any(t.casefold() in folded or folded in t.casefold() for t in taken)


def _pick_interviewees(rng: random.Random, rows: list[_Respondent],
                       count: int) -> list[_Respondent]:
    """Northern respondents covering every role group, and the odd rarer specialist."""
    north = [r for r in rows if REGION_GROUPS[r.region] == "North of England"]
    picked: list[int] = []

    def take(index: int) -> bool:
        if index in picked or len(picked) >= count:
            return False
        picked.append(index)
        return True

    for group in _ROLES_IN_GROUP:
        next((i for i, r in enumerate(north) if r.role_group == group and take(i)), None)
    if count >= 6:
        for rare in ("Anaesthetist", "Psychiatrist", "Paediatrician"):
            if any(north[i].role == rare for i in picked):
                continue
            found = next((i for i, r in enumerate(north) if r.role == rare and take(i)), None)
            if found is None:
                # relabel a consultant: same role group, so the k-anonymity cells are unchanged
                spare = next((i for i, r in enumerate(north)
                              if r.role == "Consultant" and i not in picked), None)
                if spare is not None:
                    north[spare].role = rare
                    take(spare)
    for i in range(len(north)):
        take(i)
    if len(picked) < count:  # pragma: no cover - the cell plan always has enough northern rows
        raise InputError(f"cannot draw {count} participants from this sample",
                         hint=f"use fewer participants (at most {MAX_PARTICIPANTS})")
    rng.shuffle(picked)
    return [north[i] for i in picked]


def _name_all(rng: random.Random, rows: Sequence[_Respondent],
              interviewees: Sequence[_Respondent]) -> None:
    """Interviewees get names no other interviewee's name contains; everyone gets an e-mail."""
    aliases: list[str] = []
    firsts = list(_FIRST_NAMES)
    surnames = list(_SURNAMES)
    rng.shuffle(firsts)
    rng.shuffle(surnames)
    for person in interviewees:
        first, nickname = next((f, n) for f, n in firsts
                               if not _clashes(f, aliases) and not _clashes(n, aliases))
        aliases += [first, nickname]
        surname = next(s for s in surnames if not _clashes(s, aliases))
        aliases.append(surname)
        person.first, person.nickname, person.surname = first, nickname, surname
    names = {(p.first, p.surname) for p in interviewees}
    for person in rows:
        if person.first:
            continue
        while True:
            first, nickname = rng.choice(_FIRST_NAMES)
            surname = rng.choice(_SURNAMES)
            if (first, surname) not in names:
                names.add((first, surname))
                break
        person.first, person.nickname, person.surname = first, nickname, surname
    emails: set[str] = set()
    chosen = {id(p) for p in interviewees}
    for person in (*interviewees, *(r for r in rows if id(r) not in chosen)):
        person.email = _email(rng, person.first, person.surname, emails)


def _others_pool(interviewees: Sequence[_Respondent]) -> tuple[list[tuple[str, str]], list[str]]:
    """First names and surnames nobody interviewed has (or contains, or is contained in)."""
    taken = [a for r in interviewees for a in (r.first, r.nickname, r.surname)]
    firsts = [(f, n) for f, n in _FIRST_NAMES if not _clashes(f, taken) and not _clashes(n, taken)]
    surnames = [s for s in _SURNAMES if not _clashes(s, taken)]
    return firsts, surnames


def _build_interviewee(rng: random.Random, respondent: _Respondent, code: str,
                       others: tuple[list[tuple[str, str]], list[str]],
                       max_interviews: int) -> _Interviewee:
    first_names, surnames = others
    hospital = _hospital_for(rng, respondent.role, respondent.region)
    is_gp = JOB_ROLE_GROUPS[respondent.role] == "General practice" or respondent.role == "GP trainee"
    regional_towns = [t for t in _TOWNS if t.region == respondent.region]
    work_town = next((t for t in _TOWNS if t.name == hospital.town), regional_towns[0])
    if is_gp:
        work_town = rng.choice(regional_towns)
    home_town = rng.choice(regional_towns)
    ages = {"Doctor in training": (26, 34), "General practice": (31, 60),
            "Hospital consultant": (36, 62)}[respondent.role_group]
    first_date = date(2022, 10, 3) + timedelta(days=rng.randrange(0, 150))
    dates = [first_date]
    for _ in range(max_interviews - 1):
        dates.append(dates[-1] + timedelta(days=rng.randrange(122, 184)))
    dates = [d + timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0) for d in dates]
    age_at_first = rng.randint(*ages)
    born = date(first_date.year - age_at_first, rng.randrange(1, 13), rng.randrange(1, 29))
    if _age_on(born, first_date) != age_at_first:
        born = date(born.year - 1, born.month, born.day)
    mentor_first, _ = rng.choice(first_names)
    mentor = _Person(mentor_first, rng.choice(surnames))
    colleague_first = rng.choice([f for f, _ in first_names if f != mentor_first])
    colleague = _Person(colleague_first,
                        rng.choice([s for s in surnames if s != mentor.surname]))
    spouse = rng.choice([f for f, _ in first_names if f not in (mentor_first, colleague_first)])
    mentor_hospital = rng.choice([h for h in _HOSPITALS
                                  if h.kind == "general" and h.name != hospital.name])
    return _Interviewee(
        respondent=respondent, code=code, born=born, hospital=hospital,
        practice=rng.choice(_PRACTICES) if is_gp else None,
        work_town=work_town, home_town=home_town,
        address=f"{rng.randrange(1, 120)} {rng.choice(_STREETS)}",
        postcode=_postcode(rng, home_town), mobile=_mobile(rng),
        landline=_landline(rng, home_town), work_phone=_landline(rng, work_town),
        nhs=_nhs_number(rng), gmc=str(rng.randrange(2_000_000, 7_999_999)),
        mentor=mentor, mentor_hospital=mentor_hospital, colleague=colleague, spouse=spouse,
        role_phrase=_role_phrase(rng, respondent.role),
        consent=first_date - timedelta(days=rng.randrange(3, 22)), dates=dates)


# --------------------------------------------------------------------------------------------
# One transcript


def _slots(rng: random.Random, person: _Interviewee, number: int,
           total: int) -> dict[str, str | _Slot]:
    r = person.respondent
    code = person.code
    when = person.dates[number - 1]

    def own(display: str, form: str, text: str | None = None) -> _Slot:
        return _Slot(display, IdentifierKind.PARTICIPANT_NAME, text or display, form, code)

    def slot(kind: IdentifierKind, display: str, form: str, text: str | None = None) -> _Slot:
        return _Slot(display, kind, text or display, form, code if kind not in (
            IdentifierKind.PERSON, IdentifierKind.ORGANISATION, IdentifierKind.LOCATION) else None)

    phone_form = ("mobile", "landline", "international")[(number + ord(code[1])) % 3]
    phone = {"mobile": person.mobile, "landline": person.landline,
             "international": _international(person.mobile)}[phone_form]
    phone_intro = {"mobile": "My mobile's", "landline": "The landline at home is",
                   "international": "My number's"}[phone_form]
    start = when - timedelta(days=365 * min(r.years, 20) + rng.randrange(0, 300))
    start_text, start_intro = _spoken_date(rng, start)
    appraisal = when + timedelta(days=rng.randrange(20, 90))
    next_text, next_intro = _spoken_date(rng, appraisal)
    age = _age_on(person.born, when)
    age_text = rng.choice((f"I'm {age}", f"I'm {age} years old"))
    months = (person.dates[number] - when).days // 30 if number < len(person.dates) else 0
    if number < total:
        next_line = f"we'll book the next one in for about {_NUMBER_WORDS[min(months, 6)]} months' time."
    else:
        next_line = "that's the last one — thank you for sticking with us."
    h, m = person.hospital, person.mentor
    short_text = h.short.removeprefix("the ")
    slots: dict[str, str | _Slot] = {
        "num_word": _NUMBER_WORDS[number], "role_phrase": person.role_phrase,
        "phone_intro": phone_intro,
        "phone_intro_lower": phone_intro[0].lower() + phone_intro[1:],
        "date_intro": start_intro, "next_intro": next_intro, "next_line": next_line,
        "full": own(person.full, "full"),
        "first": own(r.first, "first"),
        "nick": own(r.nickname, "nickname"),
        "dr_surname": own(f"Dr {r.surname}", "title_surname"),
        "possessive": own(f"{r.first}'s", "possessive"),
        "email": slot(IdentifierKind.EMAIL, r.email, "email"),
        "phone": slot(IdentifierKind.PHONE, phone, phone_form),
        "work_phone": slot(IdentifierKind.PHONE, person.work_phone, "landline"),
        "address": slot(IdentifierKind.ADDRESS, person.address, "street"),
        "town": slot(IdentifierKind.LOCATION, person.home_town.name, "town"),
        "work_town": slot(IdentifierKind.LOCATION, person.work_town.name, "town"),
        "region": slot(IdentifierKind.LOCATION, rng.choice(_REGION_NAMES[r.region]), "region"),
        "postcode": slot(IdentifierKind.POSTCODE, person.postcode, "postcode"),
        "nhs": slot(IdentifierKind.NHS_NUMBER, person.nhs, "nhs_number"),
        "gmc": slot(IdentifierKind.GMC_NUMBER, person.gmc, "gmc_number"),
        "start_date": slot(IdentifierKind.DATE, start_text, "date"),
        "next_date": slot(IdentifierKind.DATE, next_text, "date"),
        "age_phrase": slot(IdentifierKind.AGE, age_text, "age"),
        "hospital": slot(IdentifierKind.ORGANISATION, h.article + h.name, "hospital", h.name),
        "hospital_short": slot(IdentifierKind.ORGANISATION, h.short, "abbreviation", short_text),
        "trust": slot(IdentifierKind.ORGANISATION, "the " + h.trust, "trust", h.trust),
        "mentor_org": slot(IdentifierKind.ORGANISATION,
                           person.mentor_hospital.article + person.mentor_hospital.name,
                           "hospital", person.mentor_hospital.name),
        "mentor_full": slot(IdentifierKind.PERSON, m.full, "mentor"),
        "mentor_first": slot(IdentifierKind.PERSON, m.first, "mentor"),
        "mentor_dr": slot(IdentifierKind.PERSON, f"Dr {m.surname}", "mentor"),
        "colleague_full": slot(IdentifierKind.PERSON, person.colleague.full, "colleague"),
        "colleague_first": slot(IdentifierKind.PERSON, person.colleague.first, "colleague"),
        "spouse": slot(IdentifierKind.PERSON, person.spouse, "partner"),
    }
    if person.practice is not None:
        slots["practice"] = slot(IdentifierKind.ORGANISATION, person.practice, "practice")
    return slots


def _transcript_turns(rng: random.Random, person: _Interviewee, number: int,
                      total: int) -> tuple[list[tuple[str, str]], list[_Slot]]:
    slots = _slots(rng, person, number, total)
    role = _ROLE_PRACTICE if person.practice is not None else _ROLE_HOSPITAL
    if number == 1:  # the other variants refer back to "last time"
        role, mentoring = role[:1], _MENTORING[:1]
    else:
        mentoring = _MENTORING
    body = [rng.choice(_CONTACT), rng.choice(role), rng.choice(_CAREER), rng.choice(mentoring),
            rng.choice(_WELLBEING), rng.choice(_GMC), rng.choice(_NHS), rng.choice(_APPRAISAL)]
    for filler in rng.sample(_FILLERS, rng.randint(1, 3)):
        body.insert(rng.randrange(1, len(body) + 1), filler)
    segments = [rng.choice(_OPENINGS), *body, rng.choice(_CLOSINGS)]
    used: list[_Slot] = []
    turns = []
    for segment in segments:
        for who, template in segment:
            speaker = "Interviewer" if who == "I" else person.code
            turns.append((speaker, _render(template, slots, used)))
    return turns, used


# --------------------------------------------------------------------------------------------
# Transcript formats


def _as_txt(turns: Sequence[tuple[str, str]]) -> bytes:
    return "\n\n".join(f"{who}: {text}" for who, text in turns).encode("utf-8") + b"\n"


_SENTENCE_END = re.compile(r"(?<=[.?!…])\s+(?=\S)")


def _cues(turns: Sequence[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start ms, end ms, "Speaker: sentence") — identifiers never span a cue boundary."""
    cues = []
    clock = 1_000
    for who, text in turns:
        for sentence in _SENTENCE_END.split(text):
            length = max(1_200, int(len(sentence.split()) * 1_000 / 2.6))
            cues.append((clock, clock + length, f"{who}: {sentence}"))
            clock += length + 200
        clock += 600
    return cues


def _timestamp(ms: int, separator: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1_000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def _as_vtt(turns: Sequence[tuple[str, str]]) -> bytes:
    lines = ["WEBVTT", ""]
    for index, (start, end, text) in enumerate(_cues(turns), 1):
        lines += [str(index), f"{_timestamp(start, '.')} --> {_timestamp(end, '.')}", text, ""]
    return "\n".join(lines).encode("utf-8")


def _as_srt(turns: Sequence[tuple[str, str]]) -> bytes:
    lines = []
    for index, (start, end, text) in enumerate(_cues(turns), 1):
        lines += [str(index), f"{_timestamp(start, ',')} --> {_timestamp(end, ',')}", text, ""]
    return "\n".join(lines).encode("utf-8")


_DOCX_TIME = datetime(2024, 1, 1, tzinfo=UTC)


def _as_docx(turns: Sequence[tuple[str, str]], title: str) -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = "vault sample"
    props.last_modified_by = "vault sample"
    props.title = title
    props.created = props.modified = props.last_printed = _DOCX_TIME
    props.revision = 1
    for who, text in turns:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{who}:").bold = True
        paragraph.add_run(f" {text}")
    raw = io.BytesIO()
    document.save(raw)
    # python-docx stamps each zip member with the current time; re-zip with a fixed one.
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source, \
            zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            member = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            target.writestr(member, source.read(item.filename))
    return fixed.getvalue()


# --------------------------------------------------------------------------------------------
# Audio


def _voice(rng: random.Random, pitch: float, syllables: int = 5) -> list[array.array[int]]:
    """A speaker's bank of voiced 'syllables': harmonics with a gliding pitch, breath noise and a
    smooth envelope. Recordings are built from these, so synthesis costs per speaker, not per
    second of audio."""
    bank = []
    noise = [rng.uniform(-1.0, 1.0) for _ in range(1_024)]
    two_pi = 2 * math.pi
    for _ in range(syllables):
        length = int(rng.uniform(0.09, 0.24) * SAMPLE_RATE)
        f0 = pitch * rng.uniform(0.85, 1.2)
        glide = rng.uniform(-0.25, 0.25) * f0
        loudness = rng.uniform(0.25, 0.6)
        breath = rng.uniform(0.02, 0.08)
        phase = 0.0
        values = []
        # |value| <= 0.6 + 0.08, so no clipping; sin 2x and 3x come from sin x and cos x.
        for i in range(length):
            progress = i / length
            envelope = math.sin(math.pi * progress) ** 2
            phase += two_pi * (f0 + glide * progress) / SAMPLE_RATE
            s1, c1 = math.sin(phase), math.cos(phase)
            voiced = s1 + s1 * c1 + 0.25 * (3 * s1 - 4 * s1 * s1 * s1)
            values.append(int(envelope * (loudness * voiced / 1.75 + breath * noise[i & 1023])
                              * 32_000))
        bank.append(array.array("h", values))
    return bank


def _recording(rng: random.Random, seconds: float, voice: Sequence[array.array[int]]) -> bytes:
    """A speech-like WAV: the speaker's syllables in a random order, with short and long pauses."""
    total = max(1, round(seconds * SAMPLE_RATE))
    samples = array.array("h", bytes(2 * total))
    position = int(rng.uniform(0.05, 0.2) * SAMPLE_RATE)
    while position < total:
        syllable = rng.choice(voice)
        chunk = syllable[:total - position]
        samples[position:position + len(chunk)] = chunk
        position += len(syllable) + int(rng.choice((0.03, 0.05, 0.08, 0.25, 0.4)) * SAMPLE_RATE)
    if sys.byteorder == "big":
        samples.byteswap()
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(SAMPLE_RATE)
        writer.writeframes(samples.tobytes())
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# The questionnaire


_EXPERIENCE = (
    "Having someone outside my department to think out loud with.",
    "It gave me permission to stop firefighting and plan a bit.",
    "Honestly it kept me in medicine during a very hard year.",
    "Useful, though finding time for it is the hard part.",
    "A sounding board when the rota and home life collided.",
    "More about listening than advice, which surprised me.",
    "",
)
_WELLBEING_ANSWERS = (
    "Protected time in the job plan for mentoring.",
    "Fewer rota gaps. Everything else is secondary.",
    "Somewhere to eat that isn't the corridor.",
    "Peer support groups that actually run after the pandemic.",
    "Less email, more people.",
    "A named person to go to when things go wrong.",
    "",
)


def _questionnaire(rng: random.Random, rows: Sequence[_Respondent],
                   others: tuple[list[tuple[str, str]], list[str]],
                   ) -> tuple[bytes, list[QuestionnaireIdentifier]]:
    gold: list[QuestionnaireIdentifier] = []
    table = []
    first_names, surnames = others
    general = [h for h in _HOSPITALS if h.kind == "general"]
    for index, r in enumerate(rows):
        trained = rng.random() < 0.7
        organiser = rng.choice(_ORGANISERS) if trained else ""
        year = str(rng.randint(2008, 2024)) if trained else ""
        models = ";".join(sorted(rng.sample(_MODELS, rng.randint(1, 3)),
                                 key=_MODELS.index)) if trained else ""
        mentees = rng.choice((0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 12)) if trained else 0
        experience = rng.choice(_EXPERIENCE)
        wellbeing = rng.choice(_WELLBEING_ANSWERS)
        roll = rng.random()
        if roll < 0.1:
            mentor = f"{rng.choice(first_names)[0]} {rng.choice(surnames)}"
            hospital = rng.choice(general)
            experience = (f"My mentor {mentor} at {hospital.article}{hospital.name} was a "
                          f"lifeline when I came back from leave.")
            gold.append(QuestionnaireIdentifier(index, "mentoring_experience",
                                                IdentifierKind.PERSON, mentor))
            gold.append(QuestionnaireIdentifier(index, "mentoring_experience",
                                                IdentifierKind.ORGANISATION, hospital.name))
        elif roll < 0.18:
            wellbeing = (f"Happy to talk more about this — email me on {r.email} or ring "
                         f"{_mobile(rng)}.")
            gold.append(QuestionnaireIdentifier(index, "wellbeing_support",
                                                IdentifierKind.EMAIL, r.email))
        elif roll < 0.25:
            hospital = rng.choice(general)
            wellbeing = (f"The staff support service at {hospital.article}{hospital.name} "
                         f"is excellent and should be copied everywhere.")
            gold.append(QuestionnaireIdentifier(index, "wellbeing_support",
                                                IdentifierKind.ORGANISATION, hospital.name))
        table.append([f"{r.first} {r.surname}", r.email, r.role, r.years,
                      "yes" if trained else "no", organiser, year, models, mentees, r.region,
                      experience, wellbeing])
    # the phone numbers in free text are gold too: find them after the fact
    for index, row in enumerate(table):
        for match in re.finditer(r"07700 900\d{3}", str(row[11])):
            gold.append(QuestionnaireIdentifier(index, "wellbeing_support",
                                                IdentifierKind.PHONE, match.group(0)))
    return _csv_bytes(QUESTIONNAIRE_COLUMNS, table), gold


# --------------------------------------------------------------------------------------------
# The study


def _interview_counts(rng: random.Random, participants: int) -> list[int]:
    counts = [4] * min(3, participants)
    counts += [rng.choices((1, 2, 3, 4), weights=(1, 2, 3, 3))[0]
               for _ in range(participants - len(counts))]
    return counts


def _special_formats(counts: Sequence[int]) -> dict[tuple[int, int], str]:
    """Which (participant index, interview number) are .docx / .vtt / .srt."""
    special = [(i, 4) for i, c in enumerate(counts) if c == 4][:3]
    for number in (3, 2):
        if len(special) < 3:
            special.append((0, number))
    return dict(zip(special, ("docx", "vtt", "srt")))


def generate_study(out_dir: Path, *, seed: int = 7, participants: int = 12,
                   audio_seconds: float = 2.0) -> SampleStudy:
    """Write a synthetic study to ``out_dir``: register, recordings, transcripts, questionnaire.

    Deterministic: the same arguments always produce byte-identical files.

    :param out_dir: a new (or empty) directory; created 0700.
    :param seed: selects the study; different seeds give different people and text.
    :param participants: interviewees, 1 to :data:`MAX_PARTICIPANTS`.
    :param audio_seconds: length of each recording (0.1 to 600 seconds).
    :raises InputError: ``out_dir`` exists and is not an empty directory, or a bad count/length.
    """
    if not 1 <= participants <= MAX_PARTICIPANTS:
        raise InputError(f"--participants must be between 1 and {MAX_PARTICIPANTS}",
                         hint=f"choose a number from 1 to {MAX_PARTICIPANTS}")
    if not 0.1 <= audio_seconds <= 600:
        raise InputError("audio length must be between 0.1 and 600 seconds",
                         hint="choose a shorter or longer recording length")
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise InputError(f"{out_dir}: already exists and is not an empty directory",
                         hint="choose a new directory; the sample never overwrites files")
    if not out_dir.parent.is_dir():
        raise InputError(f"{out_dir.parent}: no such directory",
                         hint="create the parent directory first")

    def stream(purpose: str) -> random.Random:
        # One independent stream per purpose, so changing the audio never reshuffles people.
        return random.Random(f"vault-sample:{seed}:{purpose}")

    total_rows = min(120, max(60, 8 * participants))
    rows = _respondents(stream("respondents"), total_rows)
    people_rng = stream("people")
    chosen = _pick_interviewees(people_rng, rows, participants)
    _name_all(people_rng, rows, chosen)
    codes = _codes(people_rng, participants)
    others = _others_pool(chosen)
    counts = _interview_counts(people_rng, participants)
    interviewees = [_build_interviewee(people_rng, r, code, others, count)
                    for r, code, count in zip(chosen, codes, counts)]
    formats = _special_formats(counts)

    root = out_dir
    _private_dir(root)
    audio_dir, transcripts_dir = root / "audio", root / "transcripts"
    _private_dir(audio_dir)
    _private_dir(transcripts_dir)

    register_rows = []
    sample_participants = []
    for person in interviewees:
        r = person.respondent
        aliases = (r.nickname, f"Dr {r.surname}")
        register_rows.append([person.full, person.code, ";".join(aliases), r.email, r.role,
                              person.consent.isoformat()])
        sample_participants.append(SampleParticipant(person.full, person.code, aliases, r.email,
                                                     r.role, person.consent))
    register = root / "register.csv"
    _write_private(register, _csv_bytes(REGISTER_COLUMNS, register_rows))

    text_rng = stream("transcripts")
    audio_rng = stream("audio")
    # four voices (low to high) shared out among the participants: synthesis is the slow part
    voices = [_voice(audio_rng, pitch * audio_rng.uniform(0.95, 1.05))
              for pitch in (105.0, 140.0, 185.0, 225.0)]
    interviews = []
    gold: dict[Path, TranscriptGold] = {}
    for index, (person, count) in enumerate(zip(interviewees, counts)):
        voice = audio_rng.choice(voices)
        for number in range(1, count + 1):
            stem = f"{person.code}_{number}"
            audio = audio_dir / f"{stem}.wav"
            _write_private(audio, _recording(audio_rng, audio_seconds, voice))
            turns, used = _transcript_turns(text_rng, person, number, count)
            kind = formats.get((index, number), "txt")
            transcript = transcripts_dir / f"{stem}.{kind}"
            if kind == "docx":
                data = _as_docx(turns, f"Interview {stem}")
            elif kind == "vtt":
                data = _as_vtt(turns)
            elif kind == "srt":
                data = _as_srt(turns)
            else:
                data = _as_txt(turns)
            _write_private(transcript, data)
            planted = tuple(dict.fromkeys(
                PlantedIdentifier(s.kind, s.text, s.form, s.participant) for s in used))
            text = " ".join(t for _, t in turns)
            gold[transcript] = TranscriptGold(
                transcript, planted, tuple(n for n in HARD_NEGATIVES if n in text))
            interviews.append(SampleInterview(person.code, number, person.dates[number - 1],
                                              audio, transcript, kind))

    questionnaire = root / "questionnaire.csv"
    data, questionnaire_gold = _questionnaire(stream("questionnaire"), rows, others)
    _write_private(questionnaire, data)

    return SampleStudy(
        root=root, seed=seed, register=register, questionnaire=questionnaire,
        audio_dir=audio_dir, transcripts_dir=transcripts_dir,
        participants=tuple(sample_participants), interviews=tuple(interviews),
        gold=MappingProxyType(gold), questionnaire_rows=len(rows),
        questionnaire_gold=tuple(questionnaire_gold))


def summarise(study: SampleStudy) -> dict[str, int]:
    """Counts only (no names): what ``vault sample`` prints."""
    formats = Counter(i.transcript_format for i in study.interviews)
    return {"participants": len(study.participants), "interviews": len(study.interviews),
            "recordings": len(study.interviews), "questionnaire_rows": study.questionnaire_rows,
            **{f"transcripts_{k}": formats.get(k, 0) for k in ("txt", "docx", "vtt", "srt")}}
