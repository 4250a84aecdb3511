"""Round 26 of issue 14: two kinds of care organisation the hospital finders had no grammar
for, each with hard negatives of the same shape (every sentence made up here; the names are
invented or a saint's):

* a named care home or nursing home ("Kenridge Care Home", "Willow Court Nursing Home",
  "the Rosewood care home"): its name is most often made of ordinary words, so what decides
  is that a word before the kind says which home, not what kind ("a Residential Care Home",
  "the Council care home", "Dementia Nursing Home" stay), and that a sentence's first word says
  nothing by its capital ("Honestly care home staff were heroes");
* a name said after its kind ("the Hospital of St Mark and St Agnes", "the Hospice in the
  Brousworth", "Hospice of St Petroc"), when what follows names a saint, a place or something no
  English word explains ("Hospital of the Year", "Hospice at Home" stay); and a kind in the
  plural ("Thealby Children's Hospices");
* more kinds: integration joint boards, a hospice's services, an island's health service by
  its kind and the island (a nation's stays, "Health and Social Care Wales"), a university
  hospital abroad with an apostrophe in its name;
* a region whose name ends as a nationality's ("Grampian", "Lothian") kept its health board
  as a regulator abroad's ("the Kenyan Medical Board") and so left it whole.
"""
from __future__ import annotations

import pytest

from tests._mentions import failures
from vault.anonymise.engine import Anonymiser
from vault.anonymise.hospitals import HospitalGazetteerRecognizer
from vault.anonymise.recognizers import HealthcareOrganisationRecognizer, names_a_care_home


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def _failures(anonymiser: Anonymiser, marked: str) -> list[str]:
    text = marked.replace("«", "").replace("»", "").replace("‹", "").replace("›", "")
    return failures(marked, [(r.start, r.end) for r in anonymiser.redact(text).replacements])


CARE_HOMES = [
    "The «Kenridge Care Home» was my first job.",
    "I did bank shifts at «Willow Court Nursing Home» for a year.",
    "Mum moved into «St Barnabas Nursing Home» in the spring.",
    "The «Rosewood care home» was lovely, the staff knew everyone.",
    "Dad went into «Oak Lodge nursing home» after the fall.",
    "She lives at the «Harcombe residential home» now.",
    "I was a carer at «Thornleigh House Care Home» before nursing.",
]

CARE_HOME_NEGATIVES = [
    "She's in a ‹Residential Care Home› now, near my sister.",
    "I worked at the ‹Council care home› for a bit.",
    "Honestly ‹care home› staff were heroes that winter.",
    "‹Visiting Care Homes› was hard in lockdown.",
    "We visited the ‹care home› every Sunday.",
    "Every ‹Nursing Home› in the county had an outbreak.",
    "The ‹Care Home› Manager rang me at work.",
]


@pytest.mark.parametrize("marked", CARE_HOMES)
def test_a_named_care_home_is_redacted(anonymiser: Anonymiser, marked: str) -> None:
    assert _failures(anonymiser, marked) == []


def _organisations(text: str) -> list[tuple[int, int]]:
    """What the two finders of named organisations find (the NER's guesses are its own)."""
    found = HealthcareOrganisationRecognizer().analyze(text, ["HOSPITAL", "LOCATION"])
    found += HospitalGazetteerRecognizer().analyze(text, ["HOSPITAL"])
    return [(r.start, r.end) for r in found]


@pytest.mark.parametrize("marked", CARE_HOME_NEGATIVES)
def test_a_kind_of_care_home_stays(marked: str) -> None:
    text = marked.replace("‹", "").replace("›", "")
    assert failures(marked, _organisations(text)) == []


def test_what_names_a_care_home() -> None:
    assert names_a_care_home(["Rosewood"])
    assert names_a_care_home(["Willow", "Court"])
    assert not names_a_care_home(["Residential"])
    assert not names_a_care_home(["Dementia"])
    assert not names_a_care_home(["Visiting"])
    assert not names_a_care_home(["Honestly"], opens_sentence=True)
    assert names_a_care_home(["Kenridge"], opens_sentence=True)


KIND_FIRST = [
    "I worked at the «Hospital of St Mark and St Agnes» for years.",
    "I worked at the «Hospital of St Aldhelm and St Ita» for years.",
    "I was a nurse at the «Hospice of St Petroc».",
    "I was at the «Hospital of Kelbury» for two years.",
    "First at «Thealby Children's Hospices» and now on the wards.",
]

KIND_FIRST_NEGATIVES = [
    "We won Hospital of the Year in 2019.",
    "She does Hospice at Home visits on Tuesdays.",
    "The Hospital in the Home team came out.",
]


@pytest.mark.parametrize("marked", KIND_FIRST)
def test_a_name_after_its_kind_is_redacted(anonymiser: Anonymiser, marked: str) -> None:
    assert _failures(anonymiser, marked) == []


@pytest.mark.parametrize("text", KIND_FIRST_NEGATIVES)
def test_a_kind_before_no_name_is_no_organisation(text: str) -> None:
    assert _organisations(text) == []


#: more kinds of care organisation: a Scottish integration joint board, a hospice's services,
#: an island's health service (its kind, then the island), a university hospital abroad whose
#: name holds an apostrophe
MORE_KINDS = [
    "Dr Reid from the «Tarnside Integration Joint Board» came to the club.",
    "When I was at «Southern Brousworth Hospice Services» we had nobody on nights.",
    "The girls from «Health and Social Care, Alderney» came for lunch.",
    "I moved on to «Health and Community Services Jersey» the year after.",
    "I worked at «University Hospital Dell'Angelo» for four years.",
]

MORE_KINDS_NEGATIVES = [
    "Health and Social Care Wales published the figures.",
    "Health and Social Care Northern Ireland funds it.",
    "The Integration Joint Board met on Tuesday.",
    "Local Hospice Services were cut.",
]


@pytest.mark.parametrize("marked", MORE_KINDS)
def test_more_kinds_of_care_organisation(anonymiser: Anonymiser, marked: str) -> None:
    assert _failures(anonymiser, marked) == []


@pytest.mark.parametrize("text", MORE_KINDS_NEGATIVES)
def test_national_bodies_and_kinds_stay(text: str) -> None:
    assert _organisations(text) == []


#: a Scottish region whose name ends as a nationality does ("-ian") is no nationality: its
#: health board is where someone works, not a regulator abroad ("the Kenyan Medical Board")
REGION_BOARDS = [
    "I'm employed by «Grampian Health Board», but I do sessions elsewhere.",
    "«Lothian Health Board» had a staff psychology service on paper.",
]


@pytest.mark.parametrize("marked", REGION_BOARDS)
def test_a_region_in_ian_keeps_its_health_board(anonymiser: Anonymiser, marked: str) -> None:
    assert _failures(anonymiser, marked) == []


@pytest.mark.parametrize("text", ["She registered with the Nigerian Medical Council.",
                                  "She registered with the Sudan Medical Council.",
                                  "He's with the Kenyan Medical Board now.",
                                  "The Italian Health Board approved it."])
def test_a_regulator_abroad_stays(anonymiser: Anonymiser, text: str) -> None:
    assert anonymiser.redact(text).replacements == ()
