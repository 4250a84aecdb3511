"""Round 22 of issue 14 (late): the positive gaps round 22's invented spaces left, each closed
in the finder that owns it, with invented positives and hard negatives of the same shapes.

* a lower-case hospital whose town's name has "upon" or "under" in it ("x upon y general
  hospital"), or a saint's possessive ("st x's hospital"): ``uncased._name_before`` stopped at
  "upon" (a stop word) and read "x's" as an ordinary word; a verb before "upon" still ends the
  name ("i stumbled upon kelworth hospital");
* a lower-case name in apposition to a role that workplaces name but the shared role list
  lacked ("our deputy", "the union rep", "our shop steward"): ``uncased._WORK_ROLES``;
* "will" and "may" as names in lower case, where a modal cannot stand: asked or told and "to"
  after, commas and a role in apposition, kin before and a person's deed after ("i asked will
  to cover", "may, our union rep, came") -- never at a clause's end ("if my son will.");
* "dr." with a full stop before a lower-case surname ("dr. okwudili sorted it");
* a lower-case surname of joined parts after a name found by its cue ("i asked nuda
  al-qassimi", "i rang senna pellworth-darrby"), not a compound of ordinary words;
* a name opening a sentence and then a state of mind only a person is in ("Joy wasn't happy.",
  "So Rose was livid"): ``person_contexts._FEELING``; a month or a virtue is never pleased;
* a lower-case house named with no number or article after living or being there ("we're at
  bramble croft now") and a lower-case village no list has, made like a place's name with an
  Old English or Norse ending ("i'm out in thirlbury now"): ``uncased._homes_and_villages``.
"""
from __future__ import annotations

import pytest
from _mentions import marked_and_kept, uncovered
from _space_assertions import engine_spans, touches

from vault.anonymise.engine import Anonymiser


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def _check(anonymiser: Anonymiser, case: str) -> None:
    text, gold, kept = marked_and_kept(case)
    found = engine_spans(anonymiser, text)
    for g in gold:
        assert not uncovered(text, g, found), (case, text[g[0]:g[1]])
    for a, b in kept:
        assert not touches(found, a, b), (case, text[a:b])


#: every case opens lower-case turns, as a speech recogniser writes them
_LOWER = "int: right, and where was that?\n"


@pytest.mark.parametrize("case", [
    "p1: i was working at the «royal brenwick upon tarle infirmary» on nights.",
    "p1: she'd been in «pellam upon yarrow general hospital» for weeks, yeah.",
    "p1: they sent him to «hoskett under lyme community hospital» after.",
    "p1: i was at «st bride's hospital» for a bit.",
    "p1: my first post was «st clement's hospital», out west.",
    "p1: i ‹stumbled› ‹upon› «kelworth hospital» by chance, really.",
    "p1: we ‹came› ‹upon› the local hospital in the end.",
])
def test_lower_case_hospitals_with_upon_and_a_saint(anonymiser: Anonymiser, case: str) -> None:
    _check(anonymiser, _LOWER + case)


@pytest.mark.parametrize("case", [
    "p1: «tanvoreth», our deputy, rang.",
    "p1: our union rep, «brellahni», came in to see me.",
    "p1: «cwyndoll», the shop steward, sorted it.",
    "p1: «prasmeet», our ward clerk, told me.",
    "p1: i asked «will» to cover the shift.",
    "p1: i told «may» to ring me back.",
    "p1: «may», our union rep, came to the meeting.",
    "p1: «will», our deputy, sorted the rota.",
    "p1: my brother «will» said no.",
    "p1: dr. «okwudili» sorted it in the end.",
    "p1: mrs. «brannagh» was lovely.",
    "p1: i asked «nuda al-qassimi» about it.",
    "p1: i rang «yoreth pellworth-darrby» after.",
    "p1: i asked «tobbin o'brallaghty» about the rota.",
    # hard negatives of the same shapes
    "p1: i don't know if my son ‹will›.",
    "p1: my son ‹will› be there and my mum ‹may› come.",
    "p1: ‹yes›, our deputy, er, sorted it.",
    "p1: ‹honestly›, our union rep, she was brilliant.",
    "p1: i went to the dr. ‹then› came home.",
    "p1: it was on oak dr. ‹near› the school.",
    "p1: i asked ‹them› ‹follow-up› questions about it.",
    "p1: i asked tanvoreth about ‹well-being› at work.",
    "p1: it was eight ‹o'clock› when i asked.",
])
def test_lower_case_people_by_roles_modals_titles_and_joined_surnames(
        anonymiser: Anonymiser, case: str) -> None:
    _check(anonymiser, _LOWER + case)


@pytest.mark.parametrize("case", [
    "P1: «Joy» wasn't happy.",
    "P1: It was late. «Rose» was not best pleased.",
    "P1: So «May» was livid with us.",
    "P1: «Will» wasn't impressed at all.",
    "P1: And «Grace» was gutted, honestly.",
    # hard negatives: things, months, virtues, kin and groups are never pleased
    "P1: ‹Hope› wasn't enough.",
    "P1: ‹May› was busy, with the audit.",
    "P1: ‹Management› wasn't happy with the figures.",
    "P1: ‹Pharmacy› wasn't happy about it.",
    "P1: ‹Mum› wasn't happy.",
    "P1: ‹Everyone› was happy in the end.",
    "P1: ‹Nobody› was pleased.",
])
def test_a_name_opening_a_sentence_in_a_state_of_mind(anonymiser: Anonymiser, case: str) -> None:
    _check(anonymiser, case)


@pytest.mark.parametrize("case", [
    "p1: we're at «bramble croft» now, the one by the beck.",
    "p1: we moved to «pear tree farm» in the spring.",
    "p1: i live at «hillside lodge», have done for years.",
    "p1: i'm out in «thirlbury» now, past «wraxholme».",
    "p1: she lives near «caldenthorpe», i think.",
    # hard negatives
    "p1: we're at the ‹farm› now, it's quiet.",
    "p1: i'm at my ‹mum's› ‹house› most days.",
    "p1: we moved into ‹council› ‹house› flats, yeah.",
    "p1: i'm at ‹work› till six, then ‹home›.",
    "p1: i heard from ‹brattersley› about it.",
    "p1: i was in ‹anaesthetics› then, yeah.",
    "p1: we're in ‹paeds› now.",
])
def test_lower_case_houses_and_villages(anonymiser: Anonymiser, case: str) -> None:
    _check(anonymiser, _LOWER + case)
