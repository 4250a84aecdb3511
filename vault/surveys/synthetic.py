"""Fictional exports of the mentoring questionnaire, shaped as each survey tool writes them.

For tests, demos and ``bench/dataset_import_scale.py``; every respondent is invented::

    write_surveymonkey(Path("sm.csv"), rows=20, seed=1, emails=["a@example.org"])
    write_qualtrics(Path("q.csv"), rows=20)
    write_redcap(Path("rc.csv"), Path("rc_dictionary.csv"), rows=20)

The questionnaire: job role (one choice, with an "Other (please specify)" box), years in role
(a number — now and then written as words, e.g. ``about 6``, as respondents do), mentor training
(yes/no), who organised it (with "Other"), the year, mentoring models taught (select all that
apply: GROW, OSKAR, CLEAR, Skilled Helper, Other), number of mentees, UK region, and open
comments. ``emails`` puts the given addresses on the first rows (registered participants).

Rows are written one at a time, so a million-row file costs no memory.
"""
from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

__all__ = ["MODELS", "QUESTIONS", "REGIONS", "ROLES", "Respondent", "respondents",
           "write_qualtrics", "write_redcap", "write_surveymonkey"]

ROLES = ("Consultant", "GP partner", "Salaried GP", "Specialty trainee", "GP trainee",
         "Foundation doctor", "Psychiatrist")
_ROLE_WEIGHTS = (30, 20, 12, 15, 10, 10, 3)
ORGANISERS = ("deanery", "trust", "royal college", "BMA", "self-funded")
MODELS = ("GROW", "OSKAR", "CLEAR", "Skilled Helper")
REGIONS = ("North East", "North West", "Yorkshire and the Humber", "East Midlands",
           "West Midlands", "East of England", "London", "South East", "South West",
           "Scotland", "Wales", "Northern Ireland")
_REGION_WEIGHTS = (12, 14, 10, 6, 8, 6, 18, 10, 6, 5, 3, 2)
_COMMENTS = ("Mentoring helped me through a difficult first year.",
             "More protected time would make a real difference.",
             "The GROW model gave our conversations a structure.",
             "I would like more training on difficult conversations.",
             "")
_FIRST = ("Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Kim", "Lee", "Charlie", "Morgan")
_LAST = ("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts")

#: the questions' wording, as the survey shows it
QUESTIONS = {
    "role": "What is your current job role?",
    "years": "How many years have you been in your current role?",
    "training": "Have you had mentor training?",
    "organiser": "Who organised your mentor training?",
    "year": "In what year did you complete your mentor training?",
    "models": "Which mentoring models do you teach? (select all that apply)",
    "mentees": "How many mentees do you currently have?",
    "region": "In which UK region do you work?",
    "comments": "Is there anything else you would like to tell us about mentoring?",
}
OTHER = "Other (please specify)"


@dataclass(frozen=True)
class Respondent:
    """One fictional respondent's answers (text as the survey tool records it)."""

    number: int
    first: str
    last: str
    email: str
    ip: str
    start: str
    end: str
    role: str
    role_other: str
    years: str
    trained: bool
    organiser: str
    organiser_other: str
    year: str
    models: tuple[str, ...]
    models_other: str
    mentees: str
    region: str
    comments: str


def respondents(rows: int, *, seed: int = 1, emails: Sequence[str] = (),
                words_in_numbers: int = 1) -> Iterator[Respondent]:
    """``rows`` fictional respondents; ``words_in_numbers`` of them write years in words."""
    rng = random.Random(seed)
    for n in range(rows):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        email = emails[n] if n < len(emails) else f"respondent{n}.{seed}@example.org"
        role = rng.choices(ROLES, _ROLE_WEIGHTS)[0]
        role_other = ""
        if rng.random() < 0.03:
            role, role_other = OTHER, "Clinical fellow"
        years = str(rng.choice((1, 2, 3, 4, 6, 8, 11, 13, 17, 22)))
        if n % max(1, rows // max(1, words_in_numbers)) == 1 and words_in_numbers:
            years = f"about {rng.randint(2, 9)}"
        trained = rng.random() < 0.7
        organiser = rng.choice(ORGANISERS) if trained else ""
        organiser_other = ""
        models: tuple[str, ...] = ()
        models_other = ""
        if trained:
            models = tuple(m for m in MODELS if rng.random() < 0.4) or (MODELS[0],)
            if rng.random() < 0.05:
                models_other = "Solution-focused"
        day = rng.randint(1, 28)
        yield Respondent(
            number=n, first=first, last=last, email=email,
            ip=f"192.0.2.{rng.randint(1, 254)}",
            start=f"03/{day:02d}/2026 09:{rng.randint(10, 59):02d}:00 AM",
            end=f"03/{day:02d}/2026 10:{rng.randint(10, 59):02d}:00 AM",
            role=role, role_other=role_other, years=years, trained=trained,
            organiser=organiser, organiser_other=organiser_other,
            year=str(rng.randint(2010, 2025)) if trained else "",
            models=models, models_other=models_other,
            mentees=str(rng.choice((0, 1, 1, 2, 2, 3, 4, 6))) if trained else "0",
            region=rng.choices(REGIONS, _REGION_WEIGHTS)[0],
            comments=rng.choice(_COMMENTS))


def _open(path: Path) -> TextIO:
    return open(path, "w", encoding="utf-8", newline="")


def write_surveymonkey(path: Path, *, rows: int = 20, seed: int = 1,
                       emails: Sequence[str] = (), others: bool = True,
                       comments: bool = True, words_in_numbers: int = 1) -> Path:
    """A SurveyMonkey "All responses, expanded" CSV export (BOM, two header rows).

    :param others: include the "Other (please specify)" columns.
    :param comments: include the open comments question.
    """
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
            "Email Address", "First Name", "Last Name", "Custom Data 1"]
    q1: list[str] = [*meta]
    q2: list[str] = [""] * len(meta)

    def question(text: str, answers: Sequence[str]) -> None:
        q1.extend([text] + [""] * (len(answers) - 1))
        q2.extend(answers)

    question(QUESTIONS["role"], ["Response", OTHER] if others else ["Response"])
    question(QUESTIONS["years"], ["Open-Ended Response"])
    question(QUESTIONS["training"], ["Response"])
    question(QUESTIONS["organiser"], ["Response", OTHER] if others else ["Response"])
    question(QUESTIONS["year"], ["Open-Ended Response"])
    question(QUESTIONS["models"], [*MODELS, OTHER] if others else list(MODELS))
    question(QUESTIONS["mentees"], ["Open-Ended Response"])
    question(QUESTIONS["region"], ["Response"])
    if comments:
        question(QUESTIONS["comments"], ["Open-Ended Response"])
    with _open(path) as fh:
        fh.write("\ufeff")
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(q1)
        out.writerow(q2)
        for r in respondents(rows, seed=seed, emails=emails, words_in_numbers=words_in_numbers):
            row = [str(114_000_000_000 + r.number), "405123456", r.start, r.end, r.ip, r.email,
                   r.first, r.last, f"staff-{r.number}"]
            row += [r.role if r.role != OTHER else ""] + ([r.role_other] if others else [])
            row += [r.years, "Yes" if r.trained else "No", r.organiser]
            row += [r.organiser_other] if others else []
            row += [r.year]
            row += [m if m in r.models else "" for m in MODELS]
            row += [r.models_other] if others else []
            row += [r.mentees, r.region]
            row += [r.comments] if comments else []
            out.writerow(row)
    return path


def write_qualtrics(path: Path, *, rows: int = 20, seed: int = 1,
                    emails: Sequence[str] = ()) -> Path:
    """A Qualtrics CSV export (choice text, multi-value fields split into columns)."""
    meta = [("StartDate", "Start Date", "startDate"), ("EndDate", "End Date", "endDate"),
            ("Status", "Response Type", "status"), ("IPAddress", "IP Address", "ipAddress"),
            ("Progress", "Progress", "progress"),
            ("Duration (in seconds)", "Duration (in seconds)", "duration"),
            ("Finished", "Finished", "finished"),
            ("RecordedDate", "Recorded Date", "recordedDate"),
            ("ResponseId", "Response ID", "_recordId"),
            ("RecipientLastName", "Recipient Last Name", "recipientLastName"),
            ("RecipientFirstName", "Recipient First Name", "recipientFirstName"),
            ("RecipientEmail", "Recipient Email", "recipientEmail"),
            ("ExternalReference", "External Data Reference", "externalDataReference"),
            ("LocationLatitude", "Location Latitude", "locationLatitude"),
            ("LocationLongitude", "Location Longitude", "locationLongitude"),
            ("DistributionChannel", "Distribution Channel", "distributionChannel"),
            ("UserLanguage", "User Language", "userLanguage")]
    cols = [*meta,
            ("Q1", f"{QUESTIONS['role']} - Selected Choice", "QID1"),
            ("Q1_8_TEXT", f"{QUESTIONS['role']} - {OTHER} - Text", "QID1_8_TEXT"),
            ("Q2", QUESTIONS["years"], "QID2_TEXT"),
            ("Q3", QUESTIONS["training"], "QID3"),
            ("Q4", QUESTIONS["organiser"], "QID4"),
            ("Q5", QUESTIONS["year"], "QID5_TEXT")]
    cols += [(f"Q6_{i}", f"{QUESTIONS['models']} - Selected Choice - {m}", f"QID6_{i}")
             for i, m in enumerate(MODELS, start=1)]
    cols += [("Q6_5", f"{QUESTIONS['models']} - Selected Choice - {OTHER}", "QID6_5"),
             ("Q6_5_TEXT", f"{QUESTIONS['models']} - {OTHER} - Text", "QID6_5_TEXT"),
             ("Q7", QUESTIONS["mentees"], "QID7_TEXT"),
             ("Q8", QUESTIONS["region"], "QID8"),
             ("Q9", QUESTIONS["comments"], "QID9_TEXT")]
    with _open(path) as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow([c[0] for c in cols])
        out.writerow([c[1] for c in cols])
        out.writerow([json.dumps({"ImportId": c[2]}) for c in cols])
        for r in respondents(rows, seed=seed, emails=emails):
            row = [r.start, r.end, "IP Address", r.ip, "100", str(600 + r.number), "True",
                   r.end, f"R_{r.number:015d}", r.last, r.first, r.email, "",
                   "51.5", "-0.12", "email", "EN-GB"]
            row += ["Other" if r.role == OTHER else r.role, r.role_other, r.years,
                    "Yes" if r.trained else "No", r.organiser, r.year]
            row += [m if m in r.models else "" for m in MODELS]
            row += [OTHER if r.models_other else "", r.models_other, r.mentees, r.region,
                    r.comments]
            out.writerow(row)
    return path


#: REDCap choice codes
_ROLE_CODES = {role: str(i) for i, role in enumerate(ROLES, start=1)} | {OTHER: "99"}
_ORG_CODES = {org: str(i) for i, org in enumerate(ORGANISERS, start=1)}
_REGION_CODES = {region: str(i) for i, region in enumerate(REGIONS, start=1)}


def _choices(codes: dict[str, str]) -> str:
    return " | ".join(f"{code}, {label}" for label, code in codes.items())


def write_redcap(path: Path, dictionary: Path, *, rows: int = 20, seed: int = 1,
                 emails: Sequence[str] = ()) -> tuple[Path, Path]:
    """A REDCap raw data export (choice codes) and its data dictionary."""
    model_codes = {m: str(i) for i, m in enumerate(MODELS, start=1)} | {"Other": "5"}
    fields = [
        # name, type, label, choices, validation, identifier
        ("record_id", "text", "Record ID", "", "", ""),
        ("first_name", "text", "First name", "", "", "y"),
        ("last_name", "text", "Last name", "", "", "y"),
        ("email", "text", "E-mail address", "", "email", "y"),
        ("job_role", "radio", QUESTIONS["role"], _choices(_ROLE_CODES), "", ""),
        ("job_role_other", "text", "If other, please specify", "", "", ""),
        ("years_in_role", "text", QUESTIONS["years"], "", "integer", ""),
        ("mentor_training", "yesno", QUESTIONS["training"], "", "", ""),
        ("training_org", "radio", QUESTIONS["organiser"], _choices(_ORG_CODES), "", ""),
        ("training_year", "text", QUESTIONS["year"], "", "integer", ""),
        ("models", "checkbox", QUESTIONS["models"], _choices(model_codes), "", ""),
        ("models_other", "text", "Other model, please specify", "", "", ""),
        ("mentees", "text", QUESTIONS["mentees"], "", "integer", ""),
        ("region", "dropdown", QUESTIONS["region"], _choices(_REGION_CODES), "", ""),
        ("comments", "notes", QUESTIONS["comments"], "", "", ""),
    ]
    with _open(dictionary) as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["Variable / Field Name", "Form Name", "Section Header", "Field Type",
                      "Field Label", "Choices, Calculations, OR Slider Labels", "Field Note",
                      "Text Validation Type OR Show Slider Number", "Text Validation Min",
                      "Text Validation Max", "Identifier?",
                      "Branching Logic (Show field only if...)", "Required Field?"])
        for name, ftype, label, choices, validation, ident in fields:
            out.writerow([name, "mentoring_survey", "", ftype, label, choices, "", validation,
                          "", "", ident, "", ""])
    header = ["record_id", "redcap_survey_identifier", "mentoring_survey_timestamp",
              "first_name", "last_name", "email", "job_role", "job_role_other",
              "years_in_role", "mentor_training", "training_org", "training_year"]
    header += [f"models___{code}" for code in model_codes.values()]
    header += ["models_other", "mentees", "region", "comments", "mentoring_survey_complete"]
    with _open(path) as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(header)
        for r in respondents(rows, seed=seed, emails=emails):
            row = [str(r.number + 1), "", f"2026-03-{1 + r.number % 28:02d} 10:00:00", r.first,
                   r.last, r.email, _ROLE_CODES[r.role], r.role_other, r.years,
                   "1" if r.trained else "0", _ORG_CODES.get(r.organiser, ""), r.year]
            row += ["1" if m in r.models else "0" for m in MODELS]
            row += ["1" if r.models_other else "0", r.models_other, r.mentees,
                    _REGION_CODES[r.region], r.comments, "2"]
            out.writerow(row)
    return path, dictionary
