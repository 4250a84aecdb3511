"""An invented space of how people in the UK and Ireland name hospitals and health
organisations, written and spoken, and of ordinary words of the same shapes that are none
(round 22 of issue 14; the twin of ``tests/_spoken_number_space.py`` for HOSPITAL).

Each case is ``(shape, text)``: ``text`` holds «» around what the labelling conventions
(``tests/corpus/README.md``: a leading "the" is outside a HOSPITAL span, "NHS" inside a trust's
or board's name is inside it, a trailing lower-case "trust" is outside) make a HOSPITAL; a hard
negative holds ‹› around the words that must be left alone.

The space is built from parts, not from any corpus: the place in a name is made of syllables
(:func:`invented_name`, "Brousworth") or of a real place *pattern* around one ("North
Brousworth", "Brousworth-on-Sea", "Brousworth upon Thealby", "Upper Brousworth"); a saint's
hospital takes a saint's name from the calendar; the name's *pattern* is one of those UK and
Irish hospitals and health organisations are named by ("Royal X Infirmary", "X General", "X
District General Hospital", "St X's", "University Hospital of X", "X and Y Hospitals NHS
Foundation Trust", "NHS X", "X Health and Social Care Trust", "X University Health Board", "X
Community Hospital", "X Health Centre", "X Medical Practice", "the X Surgery", "X Hospice",
mental-health units, independent hospitals, initials); the frame is one of how people say where
they work or were treated ("at", "in", "down at", "up at", "transferred to", "from", a header,
an answer, lower case, capitals). Thinned deterministically (``random.Random(seed)``).

Shapes are named ``hosp/<what>`` and ``neg/<what>`` so a measurement can count by shape.
"""
from __future__ import annotations

import random
import re
from collections.abc import Iterator

from tests._spoken_number_space import _cap, invented_name

#: saints UK and Irish hospitals and hospices are named after (the calendar, not a corpus)
SAINTS = ["Aldhelm", "Oswald", "Cuthbert", "Helier", "Columba", "Brendan", "Finbarr", "Kentigern",
          "Wilfrid", "Chad", "Swithun", "Bede", "Ninian", "Petroc", "Piran", "Illtud", "Teilo",
          "Brigid", "Colman", "Ita", "Edmund", "Leonard", "Barnabas", "Boniface", "Audrey",
          "Hilda", "Frideswide", "Dunstan", "Anselm", "Etheldreda"]
#: the frames a name is said in, written and spoken; ``{H}`` is the marked name
FRAMES = [
    "I did my F1 at {the}{H} and then moved on.",
    "She was transferred to {the}{H} that night.",
    "We were up at {the}{H} most weekends, to be honest.",
    "He came from {the}{H}, er, about two years ago.",
    "I trained in {the}{H}, it was a good place to learn.",
    "Yeah, so, um, {the}{H} was my first job.",
    "My mum was in {the}{H} for a fortnight.",
    "Where were you based? — {The}{H}, on the surgical side.",
    "I was working down at {the}{H} on nights.",
    "They referred him to {the}{H} for the scan.",
]


def place(rng: random.Random) -> str:
    """An invented place, alone or in a real place pattern."""
    x = invented_name(rng)
    return rng.choice([x, x, x, f"North {x}", f"West {x}", f"{x}-on-Sea", f"Upper {x}",
                       f"{x} upon {invented_name(rng)}", f"Great {x}", f"{x} Vale"])


def region(rng: random.Random) -> str:
    x = invented_name(rng)
    return rng.choice([x, x, f"{x} and {invented_name(rng)}", f"North {x}", f"{x} Valley",
                       f"East {x}"])


def saint(rng: random.Random) -> str:
    return rng.choice(SAINTS)


#: (shape, how the name is made, whether the frame says "the" before it)
def _names(rng: random.Random) -> Iterator[tuple[str, str, bool]]:
    p = place(rng)
    r = region(rng)
    s = saint(rng)
    yield "hosp/royal_infirmary", f"Royal {p} Infirmary", True
    yield "hosp/royal_hospital", f"Royal {p} Hospital", True
    yield "hosp/general_short", f"{p} General", rng.random() < 0.5
    yield "hosp/general_full", f"{p} General Hospital", False
    yield "hosp/district_general", f"{p} District General", rng.random() < 0.5
    yield "hosp/district_general_full", f"{p} District General Hospital", False
    yield "hosp/saint_possessive", f"St {s}'s", False
    yield "hosp/saint_hospital", f"St {s}'s Hospital", False
    yield "hosp/saint_hospice", f"St {s}'s Hospice", False
    yield "hosp/univ_of", f"University Hospital of {p}", False
    yield "hosp/univ_after", f"{p} University Hospital", False
    yield "hosp/trust_and", f"{p} and {place(rng)} Hospitals NHS Foundation Trust", False
    yield "hosp/trust_teaching", f"{p} Teaching Hospitals NHS Trust", False
    yield "hosp/trust_short", f"{p} Hospitals", True
    yield "hosp/nhs_board", f"NHS {r}", False
    yield "hosp/hsc_trust", f"{r} Health and Social Care Trust", False
    yield "hosp/uhb", f"{r} University Health Board", False
    yield "hosp/community", f"{p} Community Hospital", False
    yield "hosp/health_centre", f"{p} Health Centre", False
    yield "hosp/medical_practice", f"{p} Medical Practice", False
    yield "hosp/surgery", f"{p} Surgery", True
    yield "hosp/hospice", f"{p} Hospice", False
    yield "hosp/house_hospice", f"{invented_name(rng)} House Hospice", False
    yield "hosp/mental_unit", f"{p} Mental Health Unit", False
    yield "hosp/psychiatric", f"{p} Psychiatric Hospital", False
    yield "hosp/independent", f"{rng.choice(['Spire', 'Nuffield Health', 'Circle'])} {p} Hospital", \
        False
    yield "hosp/memorial", f"{p} Memorial Hospital", False
    yield "hosp/cottage", f"{p} Cottage Hospital", False
    yield "hosp/childrens", f"{p} Children's Hospital", False
    yield "hosp/place_royal", f"{p} Royal Infirmary", False
    yield "hosp/place_royal_short", f"{p} Royal", True
    yield "hosp/place_infirmary", f"{p} Infirmary", rng.random() < 0.5
    yield "hosp/county", f"{p} County Hospital", False
    yield "hosp/ysbyty", f"Ysbyty {invented_name(rng)}", False
    yield "hosp/medical_centre", f"{p} Medical Centre", False
    yield "hosp/group_practice", f"{p} Group Practice", False
    yield "hosp/road_surgery", f"{invented_name(rng)} Road Surgery", True
    yield "hosp/mh_trust", f"{r} Mental Health NHS Trust", False
    yield "hosp/partnership_trust", f"{r} Partnership NHS Foundation Trust", False
    yield "hosp/icb", f"NHS {r} Integrated Care Board", False
    yield "hosp/ccg", f"{r} CCG", False
    yield "hosp/hse", f"HSE {rng.choice(['South', 'West', 'Dublin North East', 'Mid-West'])}", \
        False
    yield "hosp/health_board", f"{r} Health Board", False
    yield "hosp/psych_unit", f"{p} Psychiatric Unit", False
    yield "hosp/named_unit", f"{invented_name(rng)} Unit", True
    yield "hosp/clinic", f"{p} Clinic", False
    yield "hosp/lady", f"Our Lady of {invented_name(rng)} Hospital", False
    queen = rng.choice(["Elizabeth", "Alexandra", "Mary", "Victoria"])
    yield "hosp/queen_named", f"Queen {queen} Hospital {p}", False


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[ -]", name) if w and w[0].isupper() and w not in ("St",)]
    return "".join(w[0] for w in words)


def positives(rng: random.Random) -> Iterator[tuple[str, str]]:
    for _ in range(8):
        for shape, name, the in _names(rng):
            frame = rng.choice(FRAMES)
            art = ("the " if the else "")
            yield shape, frame.replace("{the}", art).replace("{The}", _cap(art)) \
                .replace("{H}", f"«{name}»").replace(". «", ". «").replace("? — «", "? — «")
    # short forms people use once the full name is said, or in a workplace's talk
    for _ in range(10):
        p = place(rng)
        full = f"Royal {p} Infirmary"
        ini = _initials(full)
        yield "hosp/initials_after_full", (f"I started at the «{full}» in August. "
                                           f"The «{ini}» was huge, the wards never stopped.")
        yield "hosp/initials_spelled_after_full", (
            f"I started at the «{full}» in August. Er, the «{' '.join(ini)}» was huge, yeah.")
        kind = rng.choice(["Royal", "General", "Infirmary"])
        yield "hosp/the_kind_short", (f"I was a registrar at «{p} {kind}» for years. "
                                      f"The consultants at the «{kind}» were brilliant.")
    # a filler inside the name: each part is the hospital's
    for _ in range(8):
        p = place(rng)
        yield "hosp/filler_inside", (f"{_cap(rng.choice(FRAMES))}".replace("{the}", "the ")
                                     .replace("{The}", "The ")
                                     .replace("{H}", f"«Royal», er, «{p} Infirmary»"))
    # lower case (a typed transcript without capitals) and capitals (a header)
    for _ in range(10):
        p = place(rng)
        name = rng.choice([f"{p} General Hospital", f"Royal {p} Infirmary",
                           f"{p} Community Hospital", f"St {saint(rng)}'s Hospital"])
        yield "hosp/lower_case", f"i was working at the «{name.lower()}» on nights."
        yield "hosp/capitals_header", f"INTERVIEW NOTES — «{name.upper()}»\nWe talked about training."


#: ordinary words and national bodies of the same shapes, which must be left alone
NEGATIVES = [
    "The ‹NHS England› guidance changed everything.",
    "We had funding from ‹Health Education England› for it.",
    "It's about what the ‹general public› think of us.",
    "‹In general›, the rota was fine.",
    "I don't follow the ‹royal family› at all.",
    "My mum had a ‹district nurse› coming in twice a day.",
    "The ‹surgery went well›, thankfully.",
    "We had the ‹General Medical Council› letter on the Monday.",
    "She's a member of the ‹Royal College of Nursing›.",
    "I went into ‹general practice› after that.",
    "There's ‹a community hospital› in most of the towns round here.",
    "He was admitted to ‹a general hospital›, not a specialist one.",
    "The ‹local hospice› did a fundraiser.",
    "I rang the ‹health centre› but nobody answered.",
    "Our ‹medical practice› has three partners.",
    "Every ‹NHS trust› has its own policy on that.",
    "She volunteers with ‹St John Ambulance› at the football.",
    "He was in the ‹Royal Navy› before medicine.",
    "It was a ‹General Election› year, so nothing moved.",
    "We went out for ‹St Patrick's Day›.",
    "The ‹Royal Mail› lost the forms twice.",
    "I'd say the ‹general feeling› was relief.",
    "My ‹GP surgery› was brilliant about it.",
    "‹Surgery› was never for me, I liked medicine.",
    "She had her ‹surgery› on the Tuesday.",
    "That's a ‹royal pain›, honestly.",
    "Like a ‹field hospital›, it was chaos.",
    "It was the ‹Health and Safety› people again.",
    "There was a ‹Mental Health Act› assessment that night.",
    "I did the ‹Royal College› exams in the spring.",
    "The ‹District Council› cut the bus route.",
    "We're part of the ‹Integrated Care System› now, whatever that means.",
    "‹Public Health England› put out the numbers.",
    "The ‹Care Quality Commission› came in March.",
    "My ‹general› impression was positive.",
    "The ‹general› ward round started at eight.",
    "We had a ‹hospice› nurse visit.",
    "It was a ‹teaching hospital›, so lots of students.",
    # a short name that is also an adjective, before the noun it qualifies, near ward words
    "The ‹Royal family› visited the ward once.",
    "We watched the ‹Royal wedding› on the ward telly.",
    "The ‹General election› came in my F1 year, on nights.",
    "Nobody on the ward trusts the ‹General public›.",
]


def negatives() -> Iterator[tuple[str, str]]:
    for text in NEGATIVES:
        words = re.search(r"‹([^›]*)›", text)
        assert words is not None
        kind = re.sub(r"[^a-z]+", "_", words.group(1).lower()).strip("_")
        yield f"neg/{kind}", text


def space(seed: int = 22) -> list[tuple[str, str]]:
    """The whole space: positives then negatives, the same for the same seed."""
    rng = random.Random(seed)
    return [*positives(rng), *negatives()]
