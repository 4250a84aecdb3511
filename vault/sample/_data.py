"""The sample study's text data, read from the files in ``vault/sample/data/``.

``names.toml`` (first names with nicknames, surnames), ``places.toml`` (hospitals, towns,
practices, streets, how each region is named), ``phrases.toml`` (specialties, mentoring
organisers and models, questionnaire answers, the hard negatives) and ``templates.toml`` (the
transcript segments). They ship as package data; the order of every list is part of the
sample's determinism (same seed, same bytes), so entries are only ever appended.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

_DATA = resources.files("vault.sample") / "data"


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads((_DATA / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Hospital:
    article: str
    name: str
    short: str       # what staff call it, article included where one is used ("the RVI")
    trust: str
    town: str
    region: str
    kind: str = "general"  # general / psychiatric / children's


@dataclass(frozen=True)
class Town:
    name: str
    region: str
    outward: tuple[str, ...]  # postcode districts
    dialling: str             # a drama-range landline prefix: add three digits


#: a transcript segment: (speaker, template) turns, the speaker "I" (interviewer) or "P"
Turn = tuple[str, str]
Segment = tuple[Turn, ...]

_names = _load("names.toml")
_places = _load("places.toml")
_phrases = _load("phrases.toml")
_templates = _load("templates.toml")

#: (first name, nickname) pairs
FIRST_NAMES: tuple[tuple[str, str], ...] = tuple((a, b) for a, b in _names["first_names"])
SURNAMES: tuple[str, ...] = tuple(_names["surnames"])
HOSPITALS: tuple[Hospital, ...] = tuple(Hospital(**h) for h in _places["hospital"])
PRACTICES: tuple[str, ...] = tuple(_places["practices"])
TOWNS: tuple[Town, ...] = tuple(Town(t["name"], t["region"], tuple(t["outward"]), t["dialling"])
                                for t in _places["town"])
#: how people in each region name where they live and work
REGION_NAMES: dict[str, tuple[str, ...]] = {k: tuple(v)
                                            for k, v in _places["region_names"].items()}
STREETS: tuple[str, ...] = tuple(_places["streets"])
#: phrases every transcript contains that look identifying but are not; they must survive
HARD_NEGATIVES: tuple[str, ...] = tuple(_phrases["hard_negatives"])
SPECIALTIES: tuple[str, ...] = tuple(_phrases["specialties"])
ORGANISERS: tuple[str, ...] = tuple(_phrases["mentoring_organisers"])
MODELS: tuple[str, ...] = tuple(_phrases["mentoring_models"])
EXPERIENCE_ANSWERS: tuple[str, ...] = tuple(_phrases["experience_answers"])
WELLBEING_ANSWERS: tuple[str, ...] = tuple(_phrases["wellbeing_answers"])


def _segments(group: str) -> tuple[Segment, ...]:
    return tuple(tuple((str(who), str(text)) for who, text in entry["turns"])
                 for entry in _templates[group])


OPENINGS = _segments("opening")
CONTACT = _segments("contact")
ROLE_HOSPITAL = _segments("role_hospital")
ROLE_PRACTICE = _segments("role_practice")
CAREER = _segments("career")
MENTORING = _segments("mentoring")
WELLBEING = _segments("wellbeing")
GMC = _segments("gmc")
NHS = _segments("nhs")
APPRAISAL = _segments("appraisal")
CLOSINGS = _segments("closing")
FILLERS = _segments("filler")
