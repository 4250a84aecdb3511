"""An invented space of ages said as when a life event happened ("moved here at twelve", "lost
my dad at nine", "went into care at four") and of a baby's or child's age in months or weeks
("she was ten months", "our youngest, eighteen months"), with the things said the same way that
are no age: clock times, counts, prices, durations, gestation, ward and bed numbers (round 23 of
issue 14). Built from how people tell a life story, not from any corpus.

Each case is ``(shape, text)``: ``text`` holds «» around the age (the labelling conventions:
the number, in words or digits; for months and weeks the number and its unit, as the engine
gives it) and ‹› around words a hard negative must leave alone. Shapes are ``event/<kind>``,
``months/<kind>`` and ``neg/<kind>``. The space is every part combined, thinned
deterministically (``random.Random(seed)``); names are made of syllables
(:func:`_spoken_number_space.invented_given`).
"""
from __future__ import annotations

import random
from collections.abc import Iterator

from _spoken_number_space import below_100, invented_given, invented_name

#: a life event that befalls a child or an adult, said before "at <age>"
EVENTS = {
    "move": ["moved here", "came over", "came here", "moved over here", "moved to {Place}",
             "came over from {Place}", "emigrated", "emigrated to {Place}", "came to this country",
             "moved across", "arrived here", "relocated to {Place}"],
    "loss": ["lost my dad", "lost my mum", "lost our mam", "lost her father", "lost his mother",
             "lost my parents", "lost my grandad", "lost my twin"],
    "care": ["went into care", "went into foster care", "was taken into care", "was put into care",
             "was adopted", "was fostered"],
    "school": ["left school", "started school", "left home", "finished school"],
    "adult": ["married", "got married", "qualified", "retired", "emigrated"],
}
SUBJECTS = ["I", "She", "He", "We", "My brother", "Our {Given}", "{Given}"]
TAILS = [".", ", and that was that.", " and never went back.", ", more or less.", " — honestly.",
         " and it changed everything.", ", I think."]
#: an age of a child, in words or digits
CHILD_AGES = list(range(2, 20))
ADULT_AGES = list(range(16, 75))

CHILDREN = ["my youngest", "our youngest", "my wee one", "our little one", "the baby", "my son",
            "her daughter", "our eldest", "my grandson", "his niece", "our baby"]
MONTH_UNITS = ["months", "weeks"]
#: a baby's age in months or weeks said as who they are
MONTH_FRAMES = [
    "{Child}, {Given}, was «{n} {unit}», and the childminder had just left.",
    "{Child} was «{n} {unit}» when I went back to work.",
    "{Child}, {Given}, was honestly, «{n} {unit}», and teething.",
    "{Child}, «{n} {unit}», never sleeps through.",
    "When she was «{n} {unit}», we moved house.",
    "{Child} was only «{n} {unit}» at the time.",
    "He's «{n} {unit}» now, bless him.",
    "{Child}, I mean, the baby, {Given}, was, um, «{n} {unit}», and into everything.",
]
#: said the same way, and no age of anyone born
NEGATIVES = [
    ("neg/clock", "They moved the meeting to ‹{h}›."),
    ("neg/clock", "I came in at ‹{h}› and left at ‹{h2}›."),
    ("neg/clock", "We start at half ‹{h}› and finish at ‹{h2}›."),
    ("neg/clock", "I moved here at ‹{h}› o'clock on the Monday."),
    ("neg/clock", "I left home at ‹{h}› in the morning and got back at ‹{h2}› at night."),
    ("neg/clock", "She left school at ‹{h}› fifteen to fetch him."),
    ("neg/count", "We ran at ‹{n}› patients a list."),
    ("neg/count", "It came in at number ‹{h}› in the table."),
    ("neg/price", "It was priced at ‹{n}› pounds, at ‹{n2}› percent interest."),
    ("neg/duration", "I was off for ‹{n}› months, and back ‹{n2}› weeks later."),
    ("neg/duration", "That was ‹{n}› months ago, and the review is every ‹{h}› weeks."),
    ("neg/duration", "It's a ‹{n}›-month course with ‹{h}› weeks' leave."),
    ("neg/duration", "My son, ‹{n}› months later, was walking."),
    ("neg/duration", "The baby, ‹{n}› weeks on, was fine."),
    ("neg/gestation", "She was at ‹{n2}› weeks pregnant when they moved her."),
    ("neg/gestation", "I was, like, ‹{n2}› weeks pregnant."),
    ("neg/ward", "He moved to bed ‹{h}›, then ward ‹{h2}›."),
]
PLACES = ["{Name}", "{Name} {Name}"]


def _say(n: int, rng: random.Random) -> str:
    return str(n) if rng.random() < 0.25 else below_100(n, rng.choice(["-", " "]))


def _fill(template: str, rng: random.Random) -> str:
    out = template
    while "{Place}" in out:
        place = rng.choice(PLACES).replace("{Name}", invented_name(rng), 1)
        out = out.replace("{Place}", place.replace("{Name}", invented_name(rng)), 1)
    while "{Given}" in out:
        out = out.replace("{Given}", invented_given(rng), 1)
    return out


def life_events(rng: random.Random) -> Iterator[tuple[str, str]]:
    """``event/<kind>``: "<subject> <event> at «<age>»<tail>"."""
    for kind, events in EVENTS.items():
        for event in events:
            for subject in SUBJECTS:
                ages = ADULT_AGES if kind == "adult" else CHILD_AGES
                age = _say(rng.choice(ages), rng)
                yield f"event/{kind}", _fill(f"{subject} {event} at «{age}»{rng.choice(TAILS)}", rng)


def months_ages(rng: random.Random) -> Iterator[tuple[str, str]]:
    """``months/<frame>``: a baby's age in months or weeks said as who they are."""
    for i, frame in enumerate(MONTH_FRAMES):
        for child in CHILDREN:
            for unit in MONTH_UNITS:
                n = rng.randint(2, 23) if unit == "months" else rng.randint(2, 12)
                text = frame.replace("{Child}", child[0].upper() + child[1:]).format(
                    n=_say(n, rng), unit=unit, Given="{Given}")
                yield f"months/{i}", _fill(text, rng)


def negatives(rng: random.Random) -> Iterator[tuple[str, str]]:
    """``neg/<kind>``: the same shapes that are no age."""
    for shape, template in NEGATIVES:
        for _ in range(6):
            yield shape, template.format(h=below_100(rng.randint(1, 12)), h2=below_100(rng.randint(1, 12)),
                                         n=below_100(rng.randint(2, 30)), n2=below_100(rng.randint(12, 40)))


def space(seed: int = 23, keep: float = 0.5) -> list[tuple[str, str]]:
    """Every part combined, thinned to ``keep`` of the positives (negatives all kept)."""
    rng = random.Random(seed)
    cases = [c for c in (*life_events(rng), *months_ages(rng)) if rng.random() < keep]
    return cases + list(negatives(rng))
