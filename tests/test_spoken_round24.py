"""Round 24 of issue 14 (spoken24): spoken forms the rule-based finders missed on the development
spoken sets, in classes that recur across authors, each widened in the finder that owns it and
tested here on invented text (every positive failed before its fix):

1. The outward code of a postcode set off by commas as an aside, where a sentence says where
   something is ("the practice in Fenwick registered us, W S nine, and ..."; "only the outward
   bit is on the letter, K Y six, I don't know why"), its letters maybe said as capitals
   ("capital S, capital T, one one") or doubled ("double D six"); and a grade's letters with a
   year no grade has ("S T ten" is Stoke's, "S T three" a trainee): ``postcodes.py`` took an
   outward code alone only after "postcode", a verb of living or moving, or an address.
2. A second age said in the same breath as a found one: the same clause again ("I was nineteen
   when I left Leeds, and thirty-one when I sat the exam"), the verb left out for another child
   ("the wee one was fifteen and the big one eight"), a baby's months after an older child's
   years ("the kids were twelve and seven months"): ``ages.py`` read each bare number alone.
3. A year of birth answering a question across the next turn's label with a note in square or
   round brackets ("B2 [P-11]:", "RX-01 [at keyboard]:", "F2 (P-04):"), as four development
   authors write labels: ``dates.py`` read a label's note after a comma only (the shared label
   pattern of ``turns.py`` takes a note in square brackets now, for every finder that reads a
   turn from its label); a year also answers a form's prompt read out without a question mark
   ("Birth year only, please.") and may open with "the year" ("The year two thousand.").

Hard negatives of the same shapes stay: grades, bays, vitamins and lists set off by commas; a
duration, a weight or a count said after an age; a count after a bracketed label, a
statement about birth.
"""
from __future__ import annotations

import pytest
from _mentions import failures as _failures
from _mentions import marked_and_kept as parse

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken.recognizer import find_spoken_forms

OUTWARD_SET_OFF = [
    "P3: The surgery in Ashby took us on, «W S nine», and the nurse was kind.",
    "P3: Only the first half is on the form, «K Y six», no idea why.",
    "P3: The clinic moved out of town, «N G seventeen», which is miles away.",
    "P3: Our GP, «B D twelve», never answers the phone.",
    "P3: The letter only had the start of it, «capital S, capital T, one one», nothing else.",
    "P3: The new practice, «double L four», is better.",
    "P3: They sent it to the old flat, «L S six».",
    "P3: Only the outward bit came through, «S T ten», so it bounced.",
    "P3: We're registered out that way, «D N fourteen», since the spring.",
    "P3: Her mum's side, «C A two», that's where the farm is.",
]

OUTWARD_KEPT = [
    "P3: After foundation, ‹S T three›, I went to Leeds.",
    "P3: In my second year, ‹F Y two›, I did nights.",
    "P3: Then the bay, ‹B four›, was empty.",
    "P3: We gave the vitamins, ‹D three›, and ‹B twelve›.",
    "P3: She went up a grade, ‹C T one›, last summer.",
    "P3: Her bloods, ‹H B nine›, were low.",
    "P3: Every option, ‹A›, ‹B› and ‹C›, was bad.",
    "P3: I was a registrar, ‹S T six›, when it happened.",
    # typed readings after a postcode area's letters: the district said in words only
    "Obs: BP 142/90, ‹HR 88›, sats 96%.",
    "Obs: temp 37.9, ‹HR 112›, ‹RR 22›.",
]

SECOND_AGES = [
    "P3: I was «twenty» when I qualified in Lagos, and «thirty-three» when I came over.",
    "P3: Honestly, I was «nineteen» when I left school, and «forty-one» when I went back.",
    "P3: He was «28» when he started, and «35» when he left.",
    "I: How old were your kids then?\n\nP3: My daughter was «six» and the big one «nine».",
    "I: And the boys, how old?\n\nP3: My eldest is «twelve», and the youngest «four».",
    "P3: When we moved, the kids were «eleven» and «seven» months.",
    "I: How old were they?\n\nP3: «Two and a half» and «ten» months, bless them.",
    "P3: We flew in May, the twins were «four» and «fourteen» weeks.",
]

BRACKETED_LABELS = [
    "Moderator: And when were you born, roughly?\n\nB2 [P-11]: «Two thousand». I was the youngest.",
    "Moderator: And when were you born?\n\nB2 [P-11]: «Two thousand and one», I think.",
    "Researcher [video]: Year you were born?\n\nVC-04 [video]: Um, «two thousand».",
    "Moderator: And when were you born, roughly?\n\nF2 (P-04): The year «two thousand».",
    "Obs: When were you born?\n\nRX-01 [at keyboard]: The year «nineteen ninety», same as my wife.",
    "MS: Birth year only, please.\n\nP3: «Sixty-six».",
    "Obs (notes): Year of birth, just the year.\n\nRX-02 [at keyboard]: «Two thousand».",
]

BRACKETED_KEPT = [
    "Moderator: How many did you see that night?\n\nB2 [P-11]: Oh, ‹thirty-two› patients, roughly.",
    "Researcher [video]: How many beds on the ward?\n\nVC-04 [video]: ‹Eighty-one›.",
    "Obs: How long did you wait?\n\nRX-01 [at keyboard]: [scrolls] ‹Ninety› minutes.",
    "P2: I was born in Leeds, the year the mill shut.\n\nRX-02 [at keyboard]: ‹Eighty› of us went.",
    "Obs (notes): Year of birth, then the form.\n\nRX-02 [at keyboard]: Page ‹two›.",
]

SECOND_KEPT = [
    "P3: I was «nineteen» when I left, and ‹two› weeks when I came back.",
    "P3: She was «thirty» when she qualified, and ‹ten› years later she left.",
    "P3: I was «forty» and ‹six› months later I retired.",
    "P3: I was «twenty-six» when I started, and the rota had ‹nine› when I left.",
    "I: How old is he?\n\nP3: My son is «fifteen» and the big one ‹eight› stone now.",
    "P3: I was «fifty» when I moved, and ‹ten› of us when the unit opened.",
    "P3: The kids were «twelve» and ‹seven› months behind on their reading.",
]


def _found(marked: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in find_spoken_forms(parse(marked)[0])]


@pytest.mark.parametrize("text", OUTWARD_SET_OFF + SECOND_AGES + BRACKETED_LABELS)
def test_the_finders_take_each_widened_class(text: str) -> None:
    assert not _failures(text, _found(text))


@pytest.mark.parametrize("text", OUTWARD_KEPT + SECOND_KEPT + BRACKETED_KEPT)
def test_the_finders_keep_the_same_shapes_used_otherwise(text: str) -> None:
    assert not _failures(text, _found(text))


@pytest.mark.parametrize("text", [OUTWARD_SET_OFF[0], OUTWARD_SET_OFF[4], SECOND_AGES[0],
                                  SECOND_AGES[5], BRACKETED_LABELS[2], OUTWARD_KEPT[0],
                                  SECOND_KEPT[2], BRACKETED_KEPT[1]])
def test_the_engine_redacts_them_and_keeps_the_negatives(anonymiser: Anonymiser, text: str) -> None:
    plain = parse(text)[0]
    found = [(r.start, r.end) for r in anonymiser.redact(plain).replacements]
    assert not _failures(text, found)
