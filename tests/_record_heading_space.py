"""An invented space of record headings read out in interviews: a capitalised ordinary noun
that opens a line of a rota, a log or a form, and the names in it (round 22 of issue 14,
ordinary words altered).

People quote the records of their work: "Rota swap request: ...", "Handover, bay four: ...",
"Job 4471. Collect patient ...". The noun that heads the record is ordinary language, but
capitalised at a sentence's start it looked like a name or, when a town abroad has its
spelling ("Rota", "Order"), a place. The nouns are the records of a workplace (general
knowledge); the headings are built from how a heading is written (the noun, a few lower-case
words and numbers, a colon; or the noun and its record number); the names in the records are
made of syllables (:mod:`_spoken_number_space`).

:func:`heading_cases` gives (shape, marked text): ``«...»`` a name (a gold span), ``‹...›`` a
word that must stay. :func:`heading_hard_negatives` gives texts whose marked word is a place
or a person and must still be redacted: a town abroad named like a record, not heading one
("We flew to «Rota»"), and a name before a saying ("«Frost» said: ...").
"""
from __future__ import annotations

import random

from _spoken_number_space import invented_given, invented_name

#: the records of a workplace, as a heading's first word
RECORD_NOUNS = ["Rota", "Handover", "Plan", "Log", "Minutes", "Agenda", "Referral", "Audit",
                "Roster", "Checklist", "Diary", "Report", "Notice", "Memo", "Schedule", "Order",
                "Request", "Note", "Summary", "Record"]
#: what follows the noun up to the colon
HEADING_RESTS = ["swap request", "export, week {n}", "export, night line", "for nights",
                 ", ward {n}", ", week {n}, the cells with initials in them", "swap",
                 "as printed", "entry {n}", "from the shared drive"]
#: record nouns before a record's number
NUMBERED_RECORDS = ["Job", "Ticket", "Case", "Incident", "Order", "Request", "Task", "Call",
                    "Entry", "Referral"]
#: what stands before a heading: a speaker's label, a sentence's end, a quote, a line's start
LEADS = ["Participant P07: ", "He said nothing. ", "I read it out. '", "\n", "R: ", "Okay. "]


def _person(rng: random.Random) -> str:
    return f"«{invented_given(rng)} {invented_name(rng)}»"


def heading_cases(seed: int = 22) -> list[tuple[str, str]]:
    """(shape, marked text): "heading" (a noun, lower-case words and a colon), "numbered" (a
    record noun and its number), each with a named person in the record."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for noun in RECORD_NOUNS:
        for _ in range(3):
            rest = rng.choice(HEADING_RESTS).format(n=rng.randint(2, 52))
            sep = "" if rest.startswith(",") else " "
            lead = rng.choice(LEADS)
            text = (f"{lead}‹{noun}›{sep}{rest}: {_person(rng)} to cover "
                    f"{_person(rng)}, nights.")
            out.append(("heading", text))
    for noun in NUMBERED_RECORDS:
        for _ in range(2):
            lead = rng.choice(["Next line in the log: '", "It says: ", "\n", "Right. "])
            text = (f"{lead}‹{noun}› {rng.randint(100, 9999)}. Collect "
                    f"{_person(rng)} from the ward.")
            out.append(("numbered", text))
    return out


def heading_hard_negatives() -> list[str]:
    """A place or a person the heading rule must leave to the finders."""
    return [
        "We flew to «Rota» for a week in June.",
        "«Rota» is lovely in May; my cousin lives there.",
        "«Frost» said: we go at six.",
        "«Grace» wrote the rota: nights.",
        "Then «Dr Okafor» rang: can you cover?",
        "I trained in «Reading», two years: then I moved.",
    ]
