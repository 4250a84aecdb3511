"""Round 25 of issue 14 (agerules25): the grammar of a person's age, written and said, as
classes rather than as the examples one author used. Every string here is invented.

Written (``AgeRecognizer``): an age in brackets after a titled name, an untitled name or a
person ("Mr Ilves (71)", "Oskari Tamminen (58)", "his wife (63)"); the age and the sex in
brackets or with a slash ("(47F)", "(F, 47)", "62/M"); an age in apposition after a titled name
("Mrs Achebe, 84, lives alone"); a bound on age that picks people out ("patients over 65").
Said (``spoken/ages.py``): fillers and hedges set off by commas ("he's literally, four"), a
relative's name between the relation and its verb ("my little girl Nadia was, I mean, two"),
in-laws, a follow-up about one person ("And your father-in-law?", "And you, roughly?")
answered by an adult's age, a reply's openers ("Ach, ...", "Taip, just gone ..."), a
transcriber's time mark or a caption's ">>" before the reply, "Was he young?" asked, an answer
that says its unit ("64 years"), plural answers ("They were sixteen and eight"), the old
"five-and-twenty", "rising five", a round birthday by its digits ("turned 5-0"), a named
person's age had they lived ("Old Dr Pell would be ninety now"), an age read back with its
event ("So twenty-eight at graduation"), a second child's age with its verb left out.
Hard negatives of each shape: counts, references and years in brackets, floors and roads,
scores, durations, prices, counts after a person follow-up, things asked young or old.
"""
from __future__ import annotations

from typing import Any

import pytest
from _mentions import failures, marked_and_kept
from _space_assertions import engine_spans

from vault.anonymise.spoken.ages import find_ages
from vault.anonymise.spoken.numbers import number_runs
from vault.anonymise.wordlists import CHILD_WORDS

WRITTEN = [
    "Clinic list for Tuesday: Oskari Tamminen («58»), Brisa Olvera and a new referral.",
    "I reviewed your patient Mr Ilves («71») in the foot clinic last week.",
    "Seen with his wife («63») and Mrs Adebayo (aged «79»); the patient («47» yrs) was calm.",
    "Referral notes: («47»F) collapse at home.",
    "Triage board: bay 4 (M, «62»), bay 5 («58» yrs, female), bay 6 «33»/F.",
    "Mrs Achebe, «84», lives alone on the top floor; Dr Quell, «52» yrs, covers her.",
    "Most of my caseload are crofters and patients over «70», and women aged under «25».",
    "We give it to anyone older than «sixty-five» who asks.",
]
WRITTEN_KEPT = [
    "The committee had ‹12› juniors; the Junior Doctors (‹12›) replied.",
    "As Braun and Clarke (‹2019›) argue, and see Figure (‹3›) and Table ‹2› (‹14›).",
    "Ask Dr Lamb, ‹12› of us will come; Mrs Ruiz, ‹7›.‹30› on the dot.",
    "The office is on ‹3›/F, near the M‹4›; we saw patients over ‹12› weeks pregnant.",
    "Over ‹40› patients came, people over ‹40› per cent of the list, staff over ‹3› sites.",
    "The company (‹3›M) made £‹47›M; Mr Oduya (‹3›) bids for lot ‹7›.",
]
SAID = [
    "And my son, Rafe, he's um, «four», he asks about it every night.",
    "My little girl Nadia was I mean, «two». So it was hard.",
    "I came over um, at «fifteen», so I'm both.",
    "I: How old is your mum?\nP: «Sixty».\nI: And your mother-in-law?\n\nP: «Eighty-three», still drives.",
    "RA: And your stepdad?\n\nP2, camera off: [lag] «Seventy-nine», still gardens every day.",
    "Obs: And you, roughly?\n\nP4 [at desk]: «Forty-one» next month, so not old yet.",
    "Q: What age were you then? #00:12:04-1#\n\nB1 [P-03]: Oh, «forty-odd», I suppose.",
    "Q: how old you are?\n\n12\n00:04:10,100 --> 00:04:12,000\n>> «Thirty-eight».\n",
    "I: Was the driver young?\n\nP: «Nineteen», on the licence. Looked younger.",
    "I: Could you type your age? The line dropped.\n\n[Chat 09:14] P6: «57» years\n",
    "I: How old were the twins?\n\nP: March twenty nineteen. They were «six» and «nine».",
    "Q: Roughly how old are your clients?\n\nP: Most are «seventy-two», a few younger.",
    "My grandad used to say he wed at «five-and-twenty», and my nan was younger.",
    "I: How old were you when you left?\n\nP9: Taip, just gone «twenty-three».",
    "Q: How old were you?\nP: «Seventeen».\nQ: «Nineteen»?\nP: Honest to God, no, «SEVENTEEN».",
    "No, she's rising «five», starts in September.",
    "Honestly, I turned «six-oh» on nights, and my husband turned «5-0» at sea.",
    "Old Dr Pell would be «ninety-one» now, if he was still with us.",
    "Mod: So «thirty-one» at graduation.",
    "The wee one was «four» and the big one «nine», and I was on one in two.",
]
SAID_KEPT = [
    "Q: How many years have you been a partner?\nP: Twenty.\nQ: And you?\nR: ‹Fifteen›, give or take.",
    "Q: And your kids?\nP: ‹Three›, all grown up.",
    "Q: Is the van the old one or the new one?\nP: New one, ‹forty› thousand miles on it.",
    "Q: And your dad?\nP: ‹Two› strokes, and then the cancer.",
    "We were ‹3-0› up at half time and then ‹4-0› down.",
    "They hit ‹5-0› up by the break, a ‹4-0› win in the end.",
    "The match turned ‹4-0› after the interval; we turned ‹3-0› by half time.",
    "Prices are rising ‹5› per cent, and the river is rising ‹2› feet.",
    "The wee one was four and the big one ‹nine› stone.",
    "Monday would be ‹ten› weeks since the surgery moved.",
    "So ‹ten› at interview, and ‹two› at the desk.",
    "I: How old were you?\nP: Fine.\nI: What time did you start?\n\nP: ‹Seven›, sharp.",
]


def _bad(anonymiser: Any, cases: list[str]) -> list[str]:
    bad = []
    for case in cases:
        text = marked_and_kept(case)[0]
        if failures(case, engine_spans(anonymiser, text)):
            bad.append(case)
    return bad


def test_the_written_ages_are_redacted(anonymiser: Any) -> None:
    assert not _bad(anonymiser, WRITTEN)


def test_the_written_numbers_of_the_same_shapes_are_kept(anonymiser: Any) -> None:
    assert not _bad(anonymiser, WRITTEN_KEPT)


def test_the_said_ages_are_redacted(anonymiser: Any) -> None:
    assert not _bad(anonymiser, SAID)


def test_the_said_numbers_of_the_same_shapes_are_kept(anonymiser: Any) -> None:
    assert not _bad(anonymiser, SAID_KEPT)


@pytest.mark.parametrize("case", [c for c in SAID if "\n" not in c])
def test_the_spoken_age_finder_finds_each_said_age(case: str) -> None:
    """The finder alone (no engine), so that a class is pinned where it lives."""
    text, gold, _ = marked_and_kept(case)
    found = {(f.start, f.end) for f in find_ages(text, number_runs(text)) if f.entity == "AGE"}
    assert all(any(s < e2 and s2 < e for s2, e2 in found) for s, e in gold), case


@pytest.mark.parametrize("word", sorted(CHILD_WORDS))
def test_every_child_word_is_read_by_the_second_childs_age(word: str) -> None:
    """The second child's age, its verb left out, reads :data:`CHILD_WORDS` (round 24 spelt its
    own shorter list beside it), and its clause ends after the number."""
    found = _ages(f"The wee one was three and our {word}, eight.")
    assert "three" in found and "eight" in found
    assert "eight" not in _ages(f"The wee one was three and our {word} eight stone.")


def _ages(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_ages(text, number_runs(text))]
