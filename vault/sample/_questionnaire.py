"""The questionnaire: one CSV row per respondent, with identifiers planted in some free-text
answers (recorded as gold).
"""
from __future__ import annotations

import csv
import io
import random
import re
from collections.abc import Sequence

from vault.sample._data import EXPERIENCE_ANSWERS, HOSPITALS, MODELS, ORGANISERS, WELLBEING_ANSWERS
from vault.sample._identifiers import fake_mobile
from vault.sample._people import Respondent
from vault.sample.model import QUESTIONNAIRE_COLUMNS, IdentifierKind, QuestionnaireIdentifier


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def questionnaire_csv(rng: random.Random, rows: Sequence[Respondent],
                   others: tuple[list[tuple[str, str]], list[str]],
                   ) -> tuple[bytes, list[QuestionnaireIdentifier]]:
    gold: list[QuestionnaireIdentifier] = []
    table = []
    first_names, surnames = others
    general = [h for h in HOSPITALS if h.kind == "general"]
    for index, r in enumerate(rows):
        trained = rng.random() < 0.7
        organiser = rng.choice(ORGANISERS) if trained else ""
        year = str(rng.randint(2008, 2024)) if trained else ""
        models = ";".join(sorted(rng.sample(MODELS, rng.randint(1, 3)),
                                 key=MODELS.index)) if trained else ""
        mentees = rng.choice((0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 12)) if trained else 0
        experience = rng.choice(EXPERIENCE_ANSWERS)
        wellbeing = rng.choice(WELLBEING_ANSWERS)
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
                         f"{fake_mobile(rng)}.")
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
    return csv_bytes(QUESTIONNAIRE_COLUMNS, table), gold
