"""Round 16 of issue 14: initials that stand for a person where clinical teams write them
(action owners, attendance and apology lists, owner columns, sign-offs, "per KM", "seen
AB/CD"), and the clinical and administrative abbreviations that stand in the same places and
name nobody ("ACTION: ENT to review", "Apologies: N/A", "per NICE guidance").

Every line is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.person_contexts import TeamInitialsRecognizer


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in TeamInitialsRecognizer().find(text)]


@pytest.mark.parametrize("text, initials", [
    ("ACTION: KM to chase the theatre slots with the ODP lead.", ["KM"]),
    ("Present: AB, CD (chair), EF, GH. Apologies: JK, LM.", ["AB", "CD", "EF", "GH", "JK", "LM"]),
    ("Owner | JO'D", ["JO'D"]),
    ("Thanks, KM", ["KM"]),
    ("Many thanks,\nTW", ["TW"]),
    ("Plan discussed.\n— RT", ["RT"]),
    ("Seen AB/CD, plan as above.", ["AB", "CD"]),
    ("Discussed per KM, ENT list to move to Theatre 4.", ["KM"]),
    ("Minutes taken by HW.", ["HW"]),
    ("Agreed: PN and SL to update the SOP by Friday.", ["PN", "SL"]),
    ("- BQ to ring the rep about the stack", ["BQ"]),
    ("Apologies: F.G., H.I.", ["F.G.", "H.I."]),
    ("cc NW, as discussed", ["NW"]),
    ("Attendees: Mr Eze (chair), VD, ZT", ["VD", "ZT"]),
])
def test_initials_of_people(text: str, initials: list[str]) -> None:
    assert set(initials) <= set(found(text))


def test_owner_column_of_a_table() -> None:
    table = ("| Item | Action | Owner |\n|---|---|---|\n"
             "| Trays | Recount the major set | QF |\n| Rota | Swap ST3 nights | JO'D / KM |\n"
             "| Lists | Move ENT list | N/A |\n")
    assert {"QF", "JO'D", "KM"} <= set(found(table))
    assert not {"ST3", "ENT", "N/A", "NA"} & set(found(table))


@pytest.mark.parametrize("text", [
    "Decision: ENT to review the list; ICU to take two beds.",
    "ACTION: TBC who owns the WHO checklist.",
    "AOB: none. TBC next month. N/A for ICU and PACU.",
    "ST3 rota OK from Monday; the NHS form is TBC.",
    "NB: QI project to restart; OK to proceed per NICE guidance.",
    "Present: OT, PT and SALT leads; apologies from the ODP team.",
    "Action: MDT to discuss; HR to advise.",
    "Thanks, NHS",
    "Owner: CQC",
    "Attendees: ODP, HCA, FY1, FY2, SHO (all by phone)",
])
def test_abbreviations_in_the_same_places_are_kept(text: str) -> None:
    assert found(text) == []


def test_the_engine_redacts_action_owner_initials(anonymiser: Anonymiser) -> None:
    text = "ACTION: KM to chase the theatre slots with the ODP lead.\nThanks, RT"
    spans = [text[r.start:r.end] for r in anonymiser.redact(text).replacements]
    assert "KM" in spans and "RT" in spans and "ODP" not in " ".join(spans)
