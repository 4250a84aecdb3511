"""The sample's people: questionnaire respondents laid out for k-anonymity, the interviewees
drawn from them, their names and e-mails, and everything known about each interviewee (work,
home, numbers, mentor, colleague, interview dates).
"""
from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from vault.errors import InputError
from vault.sample._data import (
    FIRST_NAMES,
    HOSPITALS,
    PRACTICES,
    SPECIALTIES,
    STREETS,
    SURNAMES,
    TOWNS,
    Hospital,
    Town,
)
from vault.sample._identifiers import (
    age_on,
    fake_email,
    fake_landline,
    fake_mobile,
    fake_nhs_number,
    fake_postcode,
)
from vault.sample.model import JOB_ROLE_GROUPS, MAX_PARTICIPANTS, REGION_GROUPS

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
class Respondent:
    first: str
    nickname: str
    surname: str
    email: str
    role: str
    role_group: str
    years: int
    region: str


@dataclass
class Person:
    first: str
    surname: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


@dataclass
class Interviewee:
    respondent: Respondent
    code: str
    born: date
    hospital: Hospital
    practice: str | None
    work_town: Town
    home_town: Town
    address: str
    postcode: str
    mobile: str
    landline: str
    work_phone: str
    nhs: str
    gmc: str
    mentor: Person
    mentor_hospital: Hospital
    colleague: Person
    spouse: str
    role_phrase: str
    consent: date
    dates: list[date]

    @property
    def full(self) -> str:
        return f"{self.respondent.first} {self.respondent.surname}"


def _role_phrase(rng: random.Random, role: str) -> str:
    if role == "Consultant":
        return f"a consultant in {rng.choice(SPECIALTIES)}"
    if role in ("Anaesthetist", "Psychiatrist", "Paediatrician"):
        return f"a consultant {role.lower()}"
    if role == "GP partner":
        return "one of the partners"
    if role == "Salaried GP":
        return "a salaried GP"
    if role == "GP":
        return "a GP"
    if role == "Specialty trainee":
        return f"an ST{rng.randrange(3, 7)} in {rng.choice(SPECIALTIES)}"
    if role == "GP trainee":
        return f"a GP trainee, ST{rng.randrange(1, 4)}"
    return "an FY2"


def _hospital_for(rng: random.Random, role: str, region: str) -> Hospital:
    wanted = {"Psychiatrist": "psychiatric", "Paediatrician": "children's"}.get(role, "general")
    choices = [h for h in HOSPITALS if h.kind == wanted and h.region == region]
    if not choices:
        choices = [h for h in HOSPITALS if h.kind == wanted]
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


def respondents(rng: random.Random, total: int) -> list[Respondent]:
    """Rows laid out by the cell plan; names and e-mails are filled in later (see name_all)."""
    rows: list[Respondent] = []
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
            rows.append(Respondent(first="", nickname="", surname="", email="", role=role,
                                    role_group=role_group, years=years,
                                    region=_weighted(rng, weighted)))
    rng.shuffle(rows)
    return rows


def _clashes(name: str, taken: Sequence[str]) -> bool:
    """Whether one name contains another (either way, any case): "Ola" and "Nicholas" clash."""
    folded = name.casefold()
    return any(t.casefold() in folded or folded in t.casefold() for t in taken)


def pick_interviewees(rng: random.Random, rows: list[Respondent],
                       count: int) -> list[Respondent]:
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


def name_all(rng: random.Random, rows: Sequence[Respondent],
              interviewees: Sequence[Respondent]) -> None:
    """Interviewees get names no other interviewee's name contains; everyone gets an e-mail."""
    aliases: list[str] = []
    firsts = list(FIRST_NAMES)
    surnames = list(SURNAMES)
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
            first, nickname = rng.choice(FIRST_NAMES)
            surname = rng.choice(SURNAMES)
            if (first, surname) not in names:
                names.add((first, surname))
                break
        person.first, person.nickname, person.surname = first, nickname, surname
    emails: set[str] = set()
    chosen = {id(p) for p in interviewees}
    for person in (*interviewees, *(r for r in rows if id(r) not in chosen)):
        person.email = fake_email(rng, person.first, person.surname, emails)


def others_pool(interviewees: Sequence[Respondent]) -> tuple[list[tuple[str, str]], list[str]]:
    """First names and surnames nobody interviewed has (or contains, or is contained in)."""
    taken = [a for r in interviewees for a in (r.first, r.nickname, r.surname)]
    firsts = [(f, n) for f, n in FIRST_NAMES if not _clashes(f, taken) and not _clashes(n, taken)]
    surnames = [s for s in SURNAMES if not _clashes(s, taken)]
    return firsts, surnames


def build_interviewee(rng: random.Random, respondent: Respondent, code: str,
                       others: tuple[list[tuple[str, str]], list[str]],
                       max_interviews: int) -> Interviewee:
    first_names, surnames = others
    hospital = _hospital_for(rng, respondent.role, respondent.region)
    is_gp = JOB_ROLE_GROUPS[respondent.role] == "General practice" or respondent.role == "GP trainee"
    regional_towns = [t for t in TOWNS if t.region == respondent.region]
    work_town = next((t for t in TOWNS if t.name == hospital.town), regional_towns[0])
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
    if age_on(born, first_date) != age_at_first:
        born = date(born.year - 1, born.month, born.day)
    mentor_first, _ = rng.choice(first_names)
    mentor = Person(mentor_first, rng.choice(surnames))
    colleague_first = rng.choice([f for f, _ in first_names if f != mentor_first])
    colleague = Person(colleague_first,
                        rng.choice([s for s in surnames if s != mentor.surname]))
    spouse = rng.choice([f for f, _ in first_names if f not in (mentor_first, colleague_first)])
    mentor_hospital = rng.choice([h for h in HOSPITALS
                                  if h.kind == "general" and h.name != hospital.name])
    return Interviewee(
        respondent=respondent, code=code, born=born, hospital=hospital,
        practice=rng.choice(PRACTICES) if is_gp else None,
        work_town=work_town, home_town=home_town,
        address=f"{rng.randrange(1, 120)} {rng.choice(STREETS)}",
        postcode=fake_postcode(rng, home_town), mobile=fake_mobile(rng),
        landline=fake_landline(rng, home_town), work_phone=fake_landline(rng, work_town),
        nhs=fake_nhs_number(rng), gmc=str(rng.randrange(2_000_000, 7_999_999)),
        mentor=mentor, mentor_hospital=mentor_hospital, colleague=colleague, spouse=spouse,
        role_phrase=_role_phrase(rng, respondent.role),
        consent=first_date - timedelta(days=rng.randrange(3, 22)), dates=dates)
