"""Round 22 of issue 14 (fix22): four faults a second reading found in round 21's last merges,
each tested here on invented text (positives and hard negatives; each positive failed before).

1. An age asked of a person named by a noun no list held ("How old's the bairn?", "the carer",
   "the resident") was read as a thing's age asked, so its answer ("Three.") was kept: now a
   thing is asked about only when the noun names a thing (a building, a system, a car, the
   practice, the data, a pet), and any other noun after "the" is a person.
2. The engine dropped an age after any "<measure word> at", whichever finder found it, so the
   results got, the IQ measured, the test passed "at sixteen" were lost as readings: the
   engine-wide rule (``tagger.a_measured_number``) now takes only the forms that say a reading
   ("was", "is", "of", "'s", "came back", or a reading verb before "at": "sitting at",
   "running at"); the tagger's own veto still reads a bare "at" after a measure.
3. The bodies' acronyms lived in two lists out of step (``capitals.KNOWN_ACRONYMS`` for written
   capitals and the engine, ``spelling.ACRONYMS`` for letters said), so "the H S E" said letter
   by letter was kept by one reader and redacted as a hospital by the engine: both lists are now
   built with one, ``wordlists.BODY_ACRONYMS``; and a body said letter by letter that the NER
   took for a place ("the R Q I A") is kept as a hospital's was.
4. The next turn after an age was read only after a "Label:" opening, not under a turn header
   of a time and a speaker on a line of its own ("00:31:14 Participant 3" -- "Forty-four, you
   told me."), so a second voice's age, or an age checked back, leaked there: the header
   (``turns.TIMED_SPEAKER_LINE``, beside ``turns.CAPTION_CUE``) now opens a turn for every
   reader of the next turn.
"""
from __future__ import annotations

import pytest
from _space_assertions import engine_spans
from test_spoken_dates_ages_round20 import _failures, _parse

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken.recognizer import find_spoken_forms


def _engine(anonymiser: Anonymiser, text: str) -> list[str]:
    plain = _parse(text)[0]
    return _failures(text, engine_spans(anonymiser, plain))


def _spoken(text: str) -> list[str]:
    return _failures(text, [(f.start, f.end) for f in find_spoken_forms(_parse(text)[0])])


# -- 1. a person asked about by any noun; a thing only by a thing's noun ---------------------

PERSON_ASKED = [
    "I: How old's the bairn?\nP: «Three».",
    "I: And how old is the wean now?\nP: «Four», nearly.",
    "I: How old was the carer?\nP: Um, «twenty-six».",
    "I: How old is the resident?\nP: «Ninety-one».",
    "I: How old's the toddler?\nP: «Two».",
    "I: How old are the grandkids?\nP: «Nine» and «eleven».",
    "I: How old was the client at the time?\nP: «Seventeen».",
    "I: How old's the teenager?\nP: «Fifteen».",
    "I: How old was the pupil?\nP: I think «thirteen».",
    "I: How old was the victim?\nP: «Nineteen».",
    # a thing's word naming who works or lives there is still a person
    "I: How old is the school nurse?\nP: «Fifty-two».",
    "I: How old's the practice manager?\nP: «Forty-eight».",
]

THING_ASKED = [
    "I: How old is the building?\nP: Um, ‹fifty›.",
    "I: How old's the computer system?\nP: ‹Twelve›, easily.",
    "I: How old was the van?\nP: ‹Eleven›.",
    "I: And how old are the houses on that side?\nP: ‹Ninety›, some of them.",
    "I: How old's the practice?\nP: ‹Thirty›.",
    "I: How old is this data?\nP: ‹Four›.",
    "I: How old's the patient's car?\nP: ‹Nine›.",
    "I: How old was the dog?\nP: ‹Fourteen›.",
    "I: How old is that old scanner?\nP: ‹Twenty›, I reckon.",
]


@pytest.mark.parametrize("text", PERSON_ASKED)
def test_an_age_asked_of_a_person_by_any_noun_is_found(text: str) -> None:
    assert not _spoken(text)


@pytest.mark.parametrize("text", THING_ASKED)
def test_a_things_age_asked_is_kept(text: str) -> None:
    assert not _spoken(text)


@pytest.mark.parametrize("text", PERSON_ASKED[:4] + THING_ASKED[:3])
def test_the_engine_agrees(anonymiser: Anonymiser, text: str) -> None:
    assert not _engine(anonymiser, text)


# -- 4. the next turn under a time-and-speaker header -------------------------------------------

TIMED_TURNS = [
    "I: How old are you?\nP: «Forty-one».\n\n00:31:14 Participant 3\n«Forty-four», you told me.",
    ("00:12:02 Interviewer\nHow old is your husband?\n\n00:12:05 Participant 2\n«Sixty-three».\n"
    "\n00:12:07 Participant 3\nNo, «sixty-four»!"),
    ("[04:10] Researcher\nHow old was she then?\n\n[04:12] Respondent\n«Seventeen».\n\n"
    "[04:14] Researcher\n«Nineteen»?\n\n[04:15] Respondent\nNo, «seventeen»."),
]

TIMED_KEPT = [
    # no age said first: a count answered twice stays a count
    ("00:05:01 Interviewer\nHow many beds on the ward?\n\n00:05:03 Participant 2\n‹Thirty›.\n\n"
    "00:05:05 Participant 3\n‹Thirty-two›, you told me."),
    # the next turn under a header opens with no age standing free
    "I: How old are you?\nP: «Forty-one».\n\n00:31:14 Participant 3\n‹Forty-four› beds, she means.",
]


@pytest.mark.parametrize("text", TIMED_TURNS + TIMED_KEPT)
def test_the_next_turn_is_read_under_a_timed_header(text: str) -> None:
    assert not _spoken(text)


def test_the_timed_header_is_shared_beside_the_caption_cue() -> None:
    import re

    from vault.anonymise.spoken import ages, turns

    header = re.compile(turns.TIMED_SPEAKER_LINE)
    assert header.match("00:31:14 Participant 3\n") and header.match("[12:04] Speaker 1\n")
    assert not header.match("Participant 3: forty\n")
    assert not hasattr(ages, "_TIMED_SPEAKER_LINE")


# -- 3. one list of bodies' acronyms ------------------------------------------------------------

BODIES_SPELLED = [
    "P: So I rang the ‹H S E› about the hoist and nobody came.",
    "P: I wrote to the ‹P H S O› in the end, about the complaint.",
    "P: Then the ‹R Q I A› came to inspect the home.",
    "P: We had ‹H I W› in last spring, the whole week.",
    "P: I'm registered with the ‹G P H C›, obviously.",
    "P: The ‹R C P E› exam was in the autumn.",
]

NOT_BODIES = [
    "P: My surname's Phan, spelled «P-H-A-N».",
    "P: Her name is Hesse, «H E S S E».",
]


@pytest.mark.parametrize("text", BODIES_SPELLED + NOT_BODIES)
def test_a_body_said_letter_by_letter_is_kept_and_a_name_is_not(anonymiser: Anonymiser, text: str) -> None:
    assert not _engine(anonymiser, text)


def test_the_bodies_are_one_list_in_both_readers() -> None:
    from vault.anonymise.capitals import KNOWN_ACRONYMS
    from vault.anonymise.spoken.spelling import ACRONYMS
    from vault.anonymise.wordlists import BODY_ACRONYMS

    assert {"HSE", "PHSO", "GPHC", "RQIA", "HIW", "CQC", "GMC"} <= BODY_ACRONYMS
    assert BODY_ACRONYMS <= KNOWN_ACRONYMS and BODY_ACRONYMS <= ACRONYMS


# -- 2. an age "at" a number after a measure word, and the readings ------------------------------

AT_AN_AGE = [
    "P: I got my GCSE results at «sixteen», and left school.",
    "P: She got her results at «eighteen» and cried all night.",
    "P: His IQ at «fourteen» was tested, apparently off the charts.",
    "P: I passed my test at «seventeen» and was driving the van.",
]

READINGS = [
    "P: My HbA1c was at ‹fifty-eight› last time.",
    "P: His sats were sitting at ‹eighty-eight› on air.",
    "P: Her pulse was running at ‹a hundred and ten›.",
    "P: The MMSE came back at ‹twenty-two›.",
    "P: Sats at ‹ninety-one›, so we called it.",
    "P: Her sats sitting at ‹eighty-six›, I was worried.",
]


@pytest.mark.parametrize("text", AT_AN_AGE + READINGS)
def test_an_age_at_an_event_is_no_reading(anonymiser: Anonymiser, text: str) -> None:
    assert not _engine(anonymiser, text)


def test_only_a_reading_form_is_a_measured_number() -> None:
    from vault.anonymise.spoken.tagger import a_measured_number

    for before in ("His PHQ-nine was ", "Her BMI's ", "The MMSE came back at ", "My HbA1c was at ",
                   "his sats were sitting at ", "her pulse running at ", "the lactate peaked at "):
        assert a_measured_number(before + "twenty", len(before)), before
    for before in ("I got my GCSE results at ", "His IQ at ", "I passed my test at ",
                   "She got her scores at ", "My mum was "):
        assert not a_measured_number(before + "twenty", len(before)), before
