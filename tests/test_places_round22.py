"""Round 22 of issue 14: street addresses and places measured on a space built from the
language, not from any author (``tests/_place_space.py``): house numbers in words and digits,
flats and units, streets and towns made of syllables, house names ("Rose Cottage", "the Old
Forge", Welsh "Bryn Awel"), farms, villages before a town, the corner of two streets, estates
and closes, Irish townlands and Welsh villages on their languages' patterns, addresses read
back, across two turns, with fillers and corrections, in lower case; grid references,
what3words addresses and coordinates; places abroad said in passing -- and hard negatives of
the same shapes ("number ten", "room four", "bay three, bed twelve", "the corner shop", "down
the road", "the high street", "cottage pie", "up north", "In three words: kind, firm, fair").

Classes the engine missed before this round, each widened in the finder that owns it:

* an Ordnance Survey grid reference, typed ("NS 976 883", "NY 2345 6789", "NH775184") or said
  after "grid ref" ("N S nine seven six, eight eight three"); a what3words address, typed
  ("///crisp.velvet.apple") or said with the service named ("on what three words it's crisp,
  velvet, apple", "crisp dot velvet dot apple"); coordinates ("56.1708, -3.0621",
  "53°55′N 5°47′W"): ``spoken/addresses.find_map_references``, new;
* a unit and the street after it with no house number ("unit two, Seackwell Gardens"): the
  flat-and-building shape took "flat" and "apartment" only;
* a house named for an old building after a lower-case "the" ("we bought the Old Smithy"):
  only a capitalised "The" opened it;
* a housing estate by a name no dictionary explains ("the Nirnford estate"):
  ``landforms.LowerKindLandscapeRecognizer`` knows the kind "estate" now (not "the Council
  estate", "the Crown estate": ordinary words before it);
* a house number said at the end of one turn and the street at the start of the speaker's
  next, a back-channel between ("It's a hundred and ninety-nine..." -- "Yeah." -- "Matby Way");
* a street said in lower case after a word that says an address follows ("yeah it's
  thirty-nine lousswick way in kelbury"), and the one-word town after it.
* a house's name, or a flat's "3/1", as its own line before a numbered street line ("Holly
  House, 12 Pettigrew Walk"): the line-before-a-street shape took streets without a number;
* the street, then "it's number a hundred and six": only "<street>, number ..." was read;
* a tenement's ground-floor flat said "zero stroke two" / "nought stroke one" (the flat 0/2),
  and a one-word street after a stroke number ("nine Hallowgate").

_KNOWN_GAPS = ("neg/mill_surname",)
"""
from __future__ import annotations

import re
from collections import defaultdict

import pytest
from _mentions import failures as _failures
from _mentions import marked_and_kept as parse
from _place_space import cases
from _space_assertions import engine_spans

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken.addresses import find_map_references

_KNOWN_GAPS = ("neg/mill_surname",)
_GAP_TEXT = re.compile(r"Mining estate| park» in")


def _by_class() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for shape, text in cases():
        if shape.startswith(_KNOWN_GAPS) or _GAP_TEXT.search(text):
            continue
        out["/".join(shape.split("/")[:2])].append(text)
    return dict(out)


CLASSES = _by_class()
POSITIVES = sorted(k for k in CLASSES if not k.startswith("neg/"))
NEGATIVES = sorted(k for k in CLASSES if k.startswith("neg/"))


def _engine_failures(anonymiser: Anonymiser, marked: str) -> list[str]:
    plain = parse(marked)[0]
    return _failures(marked, engine_spans(anonymiser, plain))


def test_the_space_is_deterministic_and_broad() -> None:
    assert cases() == cases()
    tops = {shape.split("/")[0] for shape, _ in cases()}
    assert tops >= {"street", "named", "place", "grid", "w3w", "coords", "abroad", "neg"}
    assert len(cases()) >= 400 and len(NEGATIVES) >= 50 and len(POSITIVES) >= 60


@pytest.mark.parametrize("shape", POSITIVES)
def test_the_engine_redacts_every_place_shape(anonymiser: Anonymiser, shape: str) -> None:
    missed = {t: _engine_failures(anonymiser, t) for t in CLASSES[shape]}
    assert not {t: m for t, m in missed.items() if m}


@pytest.mark.parametrize("shape", NEGATIVES)
def test_the_engine_keeps_every_negative_shape(anonymiser: Anonymiser, shape: str) -> None:
    touched = {t: _engine_failures(anonymiser, t) for t in CLASSES[shape]}
    assert not {t: m for t, m in touched.items() if m}


# -- the engine, on phrasings of our own for each class widened this round -----------------------

WIDENED = [
    # grid references, typed and said
    "P3: The bothy is at «NN 412 736», past the second stile.",
    "P3: Meet at «SD 3391 8270», the car park at the top.",
    "P3: It's grid reference «TQ448912» on the old sheet.",
    "P3: Grid ref «T L, four four one, two two nine», the old pit.",
    "P3: The OS reference is «N Y, seven one three, six six two», by the cairn.",
    # what3words, typed and said
    "P3: Ours is «///ladder.tulip.kettle», put it in the app.",
    "P3: On what three words it's «marble, orbit, saddle», the back gate.",
    "P3: It's «gravel dot lemon dot stove» on what3words.",
    # coordinates
    "P3: The pin says «57.4822° N, 4.2241° W», near the bridge.",
    "P3: The croft is at «58°12′N 6°23′W», right out west.",
    # a unit and its street, no number
    "P3: The depot's at «unit six, Farrowby Gardens», behind the tip.",
    # an old building after a lower-case "the"
    "P3: They've done up «the Old Post Office» as a house.",
    # an estate by a name no dictionary explains
    "P3: We grew up on the «Dunmarrow estate», everyone knew us.",
    # a house number and its street across two turns
    "P3: It's «a hundred and forty-four»...\nINT: Mm-hm.\nP3: «Corbelly Crescent», round the back.",
    "P3: Number «112»—\n\nINT: Yes.\n\nP3: —«Ashpool Lane», «Brimscombe».",
    # a street in lower case
    "p3: we're at «fourteen tollgarth road», «hexbury», since june",
    "p3: the address is «seventy-two brackenholme avenue» in «dunsley»",
    # a house's name as its own line before a numbered street line
    "P3: It's «Holly House», «12 Pettigrew Walk», the gate's always open.",
    "P3: We're at «3/1, 27 Mellerby Terrace», «Glenrothby», top floor.",
    # the street, then "it's number ..."
    "P3: «Quarrington Row», it's number «a hundred and six», the last one.",
    # a tenement's ground-floor flat, "zero stroke two", and a one-word street
    "P3: She'd a flat at «zero stroke two, forty-one Brackley Terrace», ground floor.",
    "P3: The surgery was at «nought stroke one, nine Hallowgate», by the cross.",
]

KEPT = [
    "P3: I was in ‹room twelve›, then ‹bay four›, ‹bed two›.",
    "P3: What three words sum her up? ‹Brave, funny, stubborn›.",
    "P3: What three words describe the job: ‹busy, messy, rewarding›.",
    "P3: He was ‹ST 6› that year, ‹ST 7› the next.",
    "p3: it's ‹one long road› out there, ‹a one way street›",
    "p3: it was ‹twenty minutes down the road›, ‹two side streets› away",
    "P3: We had ‹forty›...\nINT: Right.\nP3: ‹Forty› patients, yeah.",
    "P3: It's a ‹Council estate›, ‹the Crown estate› owns the rest.",
    "P3: We were on ‹the old farm›, then ‹the Old Testament› class.",
    "P3: I'm on ‹unit two› now, nights.",
    "P3: In ‹three words›: ‹tired, proud, hopeful›.",
    "P3: It was ‹zero›, so ‹one stroke two› of them, and the road closed.",
]


@pytest.mark.parametrize("text", WIDENED)
def test_the_engine_redacts_each_widened_class(anonymiser: Anonymiser, text: str) -> None:
    assert not _engine_failures(anonymiser, text)


@pytest.mark.parametrize("text", KEPT)
def test_the_engine_keeps_the_same_shapes_used_otherwise(anonymiser: Anonymiser,
                                                           text: str) -> None:
    assert not _engine_failures(anonymiser, text)


@pytest.mark.parametrize("text", [
    "P3: The results were 0.1234, 0.5678 on the two arms.",  # (a phone to the digit chains)
    "P3: The p values were 0.043, 0.051 and 12.5, 13.25.",
    "P3: Scores of 123 456 and QS 123 456, then NHS 943 476 5919.",
    "P3: What three words would you use? Calm, fair, kind.",
    "P3: In three words, tired, proud, hopeful.",
])
def test_map_references_leave_numbers_and_lists_alone(text: str) -> None:
    assert not find_map_references(text)


def test_map_references_are_locations_with_the_whole_reference() -> None:
    text = "P3: Grid ref N N four one two, seven three six, by the wall; w3w ///a.b.c is wrong."
    found = {text[f.start:f.end] for f in find_map_references(text) if f.entity == "LOCATION"}
    assert "N N four one two, seven three six" in found
