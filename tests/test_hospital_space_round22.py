"""Round 22 of issue 14: hospitals and health organisations from an invented space
(``tests/_hospital_space.py``), measured by the whole engine, and the classes it showed vault
missing: a hospital's initials said after its full name in the same text ("the Royal Kelbury
Infirmary ... the RKI"), a saint's hospital in capitals ("ST OSWALD'S HOSPITAL"), "Our Lady of
X Hospital", mental-health units named by a place ("X Mental Health Unit"), and the
commissioners before the ICBs ("X CCG", "X PCT"); with hard negatives of each shape."""
from __future__ import annotations

from collections import defaultdict
from functools import cache

import pytest

from tests._hospital_space import space
from tests._mentions import marked_and_kept
from tests._space_assertions import (
    all_covered,
    assert_gold_covered,
    assert_word_untouched,
    engine_spans,
    touched_kept,
)
from vault.anonymise.engine import Anonymiser

#: shapes of the space the engine does not cover whole yet, and how many of their cases it
#: must (none since the late round-22 tuner: uncased.py's name-before-kind walk goes on over
#: "upon" inside a place's name and reads a saint's possessive)
SHORT: dict[str, int] = {}


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


@cache
def _cases() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for shape, text in space():
        out[shape].append(text)
    return dict(out)


def test_the_space_is_deterministic_and_broad() -> None:
    assert space() == space()
    shapes = _cases()
    assert len([s for s in shapes if s.startswith("hosp/")]) >= 50
    assert len([s for s in shapes if s.startswith("neg/")]) >= 30
    assert sum(len(v) for k, v in shapes.items() if k.startswith("hosp/")) >= 400


@pytest.mark.parametrize("shape", sorted(s for s in _cases() if s.startswith("hosp/")))
def test_the_engine_covers_every_shape_of_the_space(anonymiser: Anonymiser, shape: str) -> None:
    covered, missed = 0, []
    for case in _cases()[shape]:
        text, gold, _ = marked_and_kept(case)
        if all_covered(text, gold, engine_spans(anonymiser, text)):
            covered += 1
        else:
            missed.append(case)
    assert covered >= SHORT.get(shape, len(_cases()[shape])), missed


@pytest.mark.parametrize("shape", sorted(s for s in _cases() if s.startswith("neg/")))
def test_the_engine_names_no_hospital_in_the_negatives(anonymiser: Anonymiser, shape: str) -> None:
    for case in _cases()[shape]:
        text, _, kept = marked_and_kept(case)
        assert not touched_kept(text, kept, engine_spans(anonymiser, text, "HOSPITAL")), case


@pytest.mark.parametrize("text", [
    "I started at the «Royal Kelbury Infirmary» in 2019. The «RKI» was huge, the wards never stopped.",
    "I started at the «Royal Kelbury Infirmary» in 2019. Er, the «R K I» was huge, yeah.",
    ("Two years at «St Ebba's Hospital», then a post at «SEH» proper, then «Thwaite General "
     "Hospital». «TGH» was the friendlier one."),
    "«TGH» was where I trained, «Thwaite General Hospital», up the hill.",
])
def test_initials_of_a_hospital_named_in_the_same_text(anonymiser: Anonymiser, text: str) -> None:
    assert_gold_covered(anonymiser, text)


@pytest.mark.parametrize("text, kept", [
    # its initials, no hospital named: a guess for review, as before
    ("The RKI was huge, the wards never stopped.", "RKI"),
    # initials that spell a clinical acronym stay that acronym
    ("I was at Pemberly Park Hospital. She had a PPH of two litres.", "PPH"),
    # letters that are a word
    ("We trained at the Royal Ossley Infirmary. ROI was the buzzword that year.", "ROI"),
    # more letters in a row: a name spelled out (a person's), not the hospital's letters
    ("I was at Royal Kelbury Infirmary. My name's spelt R K I N G.", "R K I N G"),
])
def test_initials_that_are_no_named_hospitals(anonymiser: Anonymiser, text: str,
                                              kept: str) -> None:
    assert_word_untouched(anonymiser, text, kept, "HOSPITAL")


@pytest.mark.parametrize("text", [
    "INTERVIEW NOTES — «ST OSWALD'S HOSPITAL»\nWe talked about training.",
    "SITE: «ST EBBA'S HOSPICE»",
    "«OUR LADY OF TRALLOW HOSPITAL» — TRANSCRIPT 3",
])
def test_a_saints_hospital_in_capitals(anonymiser: Anonymiser, text: str) -> None:
    assert_gold_covered(anonymiser, text)


@pytest.mark.parametrize("text", [
    "Yeah, so, um, «Our Lady of Trallow Hospital» was my first job.",
    "She was moved to «Our Lady's Hospice» in the end.",
    "I was working down at «Great Banson Mental Health Unit» on nights.",
    "They referred him to «Upper Kelsby Psychiatric Unit» for assessment.",
    "She came from «Daby-on-Sea Mental Health Unit», er, last spring.",
    "He came from «Stoullby and Naitby CCG», er, about two years ago.",
    "I commissioned for «Wyvern PCT» back then.",
    "«Kelsby Clinical Commissioning Group» paid for the pilot.",
])
def test_names_of_these_kinds(anonymiser: Anonymiser, text: str) -> None:
    assert_gold_covered(anonymiser, text)


@pytest.mark.parametrize("text, kept", [
    ("She was admitted to the Adult Mental Health Unit that night.", "Adult Mental Health Unit"),
    ("The Acute Psychiatric Unit was full again.", "Acute Psychiatric Unit"),
    ("We have a Community Mental Health Centre in most towns.", "Community Mental Health Centre"),
    ("We prayed to Our Lady every night.", "Our Lady"),
    ("The local CCG never answered the letters.", "CCG"),
    ("The NHS CCG structure changed overnight.", "NHS CCG"),
    ("Then the NHS ICB took over.", "NHS ICB"),
    ("Our CCG was awful about funding.", "Our CCG"),
    ("Every PCT had its own rules.", "PCT"),
])
def test_these_kinds_alone_are_no_names(anonymiser: Anonymiser, text: str, kept: str) -> None:
    assert_word_untouched(anonymiser, text, kept, "HOSPITAL")


@pytest.mark.parametrize("text, kept", [
    ("The Royal family visited the ward once.", "Royal"),
    ("We watched the Royal wedding on the ward telly.", "Royal"),
    ("The General election came in my F1 year, on nights.", "General"),
    ("Nobody on the ward trusts the General public.", "General"),
])
def test_a_short_name_that_is_an_adjective_before_its_noun(anonymiser: Anonymiser, text: str,
                                                           kept: str) -> None:
    assert_word_untouched(anonymiser, text, kept, "HOSPITAL")


@pytest.mark.parametrize("text", [
    "I was a nurse at the «Royal» for ten years.",
    "She was taken to the «General» after the fall.",
    "The «Royal» was busy, the wards full every night.",
    "I worked at the «General», on surgery, for my F1.",
])
def test_the_short_names_themselves_are_still_found(anonymiser: Anonymiser, text: str) -> None:
    assert_gold_covered(anonymiser, text)


@pytest.mark.parametrize("text", [
    "I'm a nurse with «Community Healthcare Organisation 4», based at «St Ebba's Care Centre».",
    "Funded by «CHO 7» this year, then I was at «Kelsby Primary Care Centre».",
    "Mum went into «Thornbury Care Centre» in the end.",
])
def test_care_centres_and_irish_community_healthcare_organisations(anonymiser: Anonymiser,
                                                                   text: str) -> None:
    assert_gold_covered(anonymiser, text)


@pytest.mark.parametrize("text, kept", [
    ("She goes to the Day Care Centre on Mondays.", "Day Care Centre"),
    ("The Community Care Centre is shut for refurbishment.", "Community Care Centre"),
    ("A Respite Care Centre opened last year.", "Respite Care Centre"),
    ("The CHO model changed everything.", "CHO"),
    ("It scored 4 on the CHO 10 scale.", "CHO 10"),
])
def test_care_centres_of_a_kind_and_cho_alone(anonymiser: Anonymiser, text: str,
                                              kept: str) -> None:
    assert_word_untouched(anonymiser, text, kept, "HOSPITAL")
