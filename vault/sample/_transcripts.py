"""One interview's transcript: segments drawn from the templates, their slots filled with the
interviewee's identifiers (each recorded as gold) and plain wording.
"""
from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from vault.sample._data import (
    APPRAISAL,
    CAREER,
    CLOSINGS,
    CONTACT,
    FILLERS,
    GMC,
    MENTORING,
    NHS,
    OPENINGS,
    REGION_NAMES,
    ROLE_HOSPITAL,
    ROLE_PRACTICE,
    WELLBEING,
)
from vault.sample._identifiers import NUMBER_WORDS, age_on, international, spoken_date
from vault.sample._people import Interviewee
from vault.sample.model import IdentifierKind

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


def _slots(rng: random.Random, person: Interviewee, number: int,
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
             "international": international(person.mobile)}[phone_form]
    phone_intro = {"mobile": "My mobile's", "landline": "The landline at home is",
                   "international": "My number's"}[phone_form]
    start = when - timedelta(days=365 * min(r.years, 20) + rng.randrange(0, 300))
    start_text, start_intro = spoken_date(rng, start)
    appraisal = when + timedelta(days=rng.randrange(20, 90))
    next_text, next_intro = spoken_date(rng, appraisal)
    age = age_on(person.born, when)
    age_text = rng.choice((f"I'm {age}", f"I'm {age} years old"))
    months = (person.dates[number] - when).days // 30 if number < len(person.dates) else 0
    if number < total:
        next_line = f"we'll book the next one in for about {NUMBER_WORDS[min(months, 6)]} months' time."
    else:
        next_line = "that's the last one — thank you for sticking with us."
    h, m = person.hospital, person.mentor
    short_text = h.short.removeprefix("the ")
    slots: dict[str, str | _Slot] = {
        "num_word": NUMBER_WORDS[number], "role_phrase": person.role_phrase,
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
        "region": slot(IdentifierKind.LOCATION, rng.choice(REGION_NAMES[r.region]), "region"),
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


def transcript_turns(rng: random.Random, person: Interviewee, number: int,
                      total: int) -> tuple[list[tuple[str, str]], list[_Slot]]:
    slots = _slots(rng, person, number, total)
    role = ROLE_PRACTICE if person.practice is not None else ROLE_HOSPITAL
    if number == 1:  # the other variants refer back to "last time"
        role, mentoring = role[:1], MENTORING[:1]
    else:
        mentoring = MENTORING
    body = [rng.choice(CONTACT), rng.choice(role), rng.choice(CAREER), rng.choice(mentoring),
            rng.choice(WELLBEING), rng.choice(GMC), rng.choice(NHS), rng.choice(APPRAISAL)]
    for filler in rng.sample(FILLERS, rng.randint(1, 3)):
        body.insert(rng.randrange(1, len(body) + 1), filler)
    segments = [rng.choice(OPENINGS), *body, rng.choice(CLOSINGS)]
    used: list[_Slot] = []
    turns = []
    for segment in segments:
        for who, template in segment:
            speaker = "Interviewer" if who == "I" else person.code
            turns.append((speaker, _render(template, slots, used)))
    return turns, used
