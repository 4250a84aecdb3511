"""Regions of the UK and Ireland said with a lower-case direction or as initials, round 14b of
issue 14 (every sentence made up here from general knowledge of how NHS staff say where they
live and work; none from a test corpus; written, and scored against the engine, before the
rules they test: 36 of 56 positives were caught before):

* a county, nation or city with a direction in lower case or as initials before it ("south
  London", "north-west London", "mid Wales", "east Kent", "NE Lincs", "SW London"): the
  direction is part of where, as in "North Wales";
* an English region by two compass words in lower case after "the" and a word of where ("moved
  to the south-west", "jobs in the north east"): the NHS/ONS regions people live and work in;
  not a direction inside a building or a place ("the south-east of the ward", "the north-west
  corner"), nor one compass word alone ("down south", "up north": vague);
* a part of a nation or county by its direction in lower case after "the" ("the north of
  England", "the west of Scotland"); without "the" it is a direction from a place ("just
  south of Leeds": only the place);
* health areas by the initials staff use (London's sectors "NCL", "SWL"; integrated care
  systems "BNSSG", "HIOW"), a closed list in ``data/uk_areas.txt``;
* an Irish or Northern Irish county with "Co."/"Co" for "County" ("Co. Down", "Co Kerry"),
  from the closed list of the 32; "Smith & Co" and "the Co-op" stay.

Known gap left alone: weather ("the wind from the north-west") after "from the" is taken as
the region.
"""
from __future__ import annotations

import pytest
from _mentions import name_covered
from _mentions import replaced as _replaced

from vault.anonymise.engine import Anonymiser

POSITIVE = [
    ("P: I did my training in south London.", "south London"),
    ("P: We lived in south-east London for ten years.", "south-east London"),
    ("P: We live in south east London now.", "south east London"),
    ("P: I worked in north-west London as a registrar.", "north-west London"),
    ("Doctor: I'm in east London, near the hospital.", "east London"),
    ("R: I work in north Wales.", "north Wales"),
    ("R: We live in west Wales, on the coast.", "west Wales"),
    ("Int: Are the jobs easier in south Wales?", "south Wales"),
    ("P: I trained in mid Wales and loved it.", "mid Wales"),
    ("P: He works in mid Devon.", "mid Devon"),
    ("P: We're in west Cornwall, miles from anything.", "west Cornwall"),
    ("P: A job came up in east Kent.", "east Kent"),
    ("P: I'm in north Norfolk these days.", "north Norfolk"),
    ("P: My family are in south Devon.", "south Devon"),
    ("P: I grew up in south Yorkshire.", "south Yorkshire"),
    ("P: My parents are in east Yorkshire.", "east Yorkshire"),
    ("P: A practice in west Sussex took me on.", "west Sussex"),
    ("P: We moved to north Lincs after the baby.", "north Lincs"),
    ("P: I'm a GP in NE Lincs.", "NE Lincs"),
    ("P: I'm in SE London, by the river.", "SE London"),
    ("P: I lived in SW London as a student.", "SW London"),
    ("P: Our house is in south Manchester.", "south Manchester"),
    ("P: I moved to the south east last year.", "south east"),
    ("P: I trained in the south-east, then came home.", "south-east"),
    ("P: I work in the south west now.", "south west"),
    ("P: Jobs in the north west are easier to get.", "north west"),
    ("P: I spent a year in the north east.", "north east"),
    ("P: I'm from the north-east originally.", "north-east"),
    ("P: Rotations across the south west were a slog.", "south west"),
    ("P: I was born in the southeast of England.", "southeast"),
    ("P: I trained in the north of England, then moved.", "north of England"),
    ("P: We moved to the west of Scotland for his job.", "west of Scotland"),
    ("P: I spent a year in the north-east of England.", "north-east of England"),
    ("P: I rotated around NCL hospitals for two years.", "NCL"),
    ("P: She works across BNSSG as a salaried GP.", "BNSSG"),
    ("P: My first post was in SWL, then I moved north.", "SWL"),
    ("P: We relocated to HIOW for the schools.", "HIOW"),
    ("P: I trained in Co. Down.", "Co. Down"),
    ("P: Her parents still farm in Co Kerry.", "Co Kerry"),
    ("P: I did my internship in Co. Mayo.", "Co. Mayo"),
    ("P: We moved to Co Tyrone when I was small.", "Co Tyrone"),
]


@pytest.mark.parametrize(("text", "name"), POSITIVE)
def test_a_region_with_its_direction_is_replaced(anonymiser: Anonymiser, text: str,
                                                 name: str) -> None:
    assert name_covered(anonymiser, text, name, ignore=())


NEGATIVE = [
    ("P: The north-east corner of the car park floods every winter.", ("north", "east")),
    ("P: The fire exit is on the south-east of the ward.", ("south", "east")),
    ("P: Her office is in the south-west wing.", ("south", "west")),
    ("P: We sat on the north west side of the hall.", ("north", "west")),
    ("P: Go to the north east entrance and wait for me.", ("north", "east")),
    ("P: She said the south-east bay was empty that night.", ("south", "east")),
    ("P: I moved down south after my divorce.", ("south",)),
    ("P: We went up north for Christmas.", ("north",)),
    ("P: The north of the ward is quieter at night.", ("north",)),
    ("P: He headed north, then west, and got lost.", ("north", "west")),
    ("P: It was a north-south divide thing, honestly.", ("north", "south")),
    ("P: The unit faces south-west, so it's roasting.", ("south", "west")),
    ("P: We did a mid-term review with my supervisor.", ("mid",)),
    ("P: The village is just south of Leeds.", ("south", "of")),
    ("P: Smith & Co. Down the road they were cheaper.", ("Co", "Down")),
    ("P: I bought it at the Co-op on the way in.", ("Co",)),
]


@pytest.mark.parametrize(("text", "words"), NEGATIVE)
def test_a_direction_in_ordinary_use_is_kept(anonymiser: Anonymiser, text: str,
                                             words: tuple[str, ...]) -> None:
    replaced = " ".join(_replaced(anonymiser, text))
    assert not any(w in replaced.replace("-", " ").split() for w in words), replaced
