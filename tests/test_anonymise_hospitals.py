"""The UK hospital gazetteer (issue 14): the shipped list parses and is well-formed, hospitals,
trusts and boards are found by the names people use ("Addenbrooke's", "the RVI", "Westmorland
General", "Betsi Cadwaladr"), and names that are also words, people, towns or national bodies
are decided by the words around them.

Sentences are made up here (none is from the test corpora).
"""
from __future__ import annotations

import re

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.hospitals import (
    Ambiguity,
    HospitalGazetteerRecognizer,
    HospitalName,
    ambiguity,
    hospital_names,
    parse_hospital_names,
)
from vault.anonymise.redaction_policy import default_redaction_policy, normalise_term


def found(text: str) -> list[str]:
    """What the gazetteer recognizer alone labels HOSPITAL (at or above the policy threshold)."""
    results = HospitalGazetteerRecognizer().analyze(text, ["HOSPITAL"])
    return [text[r.start:r.end] for r in results if r.score >= 0.5]


def redacted(anonymiser: Anonymiser, text: str) -> dict[str, str]:
    """Replaced span -> its entity type, from the whole engine."""
    return {text[r.start:r.end]: r.entity_type for r in anonymiser.redact(text).replacements}


# ---------------------------------------------------------------------------- the list

def test_the_shipped_list_parses_and_is_large() -> None:
    names = hospital_names()
    assert len(names) > 1500
    assert len({n.line for n in names}) == len(names), "a line is listed twice"


def test_every_entry_is_well_formed() -> None:
    connectors = {"and", "&", "of", "upon", "on", "for", "le", "y", "nan", "the", "at", "in"}
    for entry in hospital_names():
        words = entry.name.split()
        assert words[0][0].isupper(), entry.line
        for word in words:
            assert word in connectors or word[0].isupper() or word[0].isdigit(), entry.line
        assert not re.search(r"[\"“”;:!?]|\s$|^\s", entry.name), entry.line
        assert not entry.name.startswith(("The ", "the ")), entry.line


def test_a_name_listed_plain_is_not_also_listed_after_the() -> None:
    plain = {n.name for n in hospital_names() if not n.after_the and not n.needs_cue}
    assert not [n.line for n in hospital_names() if (n.after_the or n.needs_cue)
                and n.name in plain]


def test_no_entry_is_a_national_body_or_an_allowed_term() -> None:
    policy = default_redaction_policy()
    allowed = set(policy.allow_terms) | {normalise_term(p) for p in policy.allow_phrases}
    national = {"NHS England", "NHS Scotland", "NHS Wales", "Health Education England",
                "NHS Improvement", "NHS Digital", "NHS Education for Scotland", "NHS 24",
                "Public Health Scotland", "Healthcare Improvement Scotland", "NHS Resolution",
                "Royal College of Surgeons", "Royal College of Surgeons of Edinburgh",
                "Royal Society", "Royal Navy", "General Medical Council", "NHS Trust",
                "Foundation Trust", "NHS Foundation Trust"}
    for entry in hospital_names():
        assert normalise_term(entry.name) not in allowed, entry.line
        assert entry.name not in national, entry.line


def test_the_parser_reads_prefixes_and_rejects_malformed_lines() -> None:
    text = "# comment\n\n## region\nAddenbrooke's\nthe Freeman\n? Princess Royal\n? the Royal\n"
    assert parse_hospital_names(text) == (
        HospitalName("Addenbrooke's"), HospitalName("Freeman", after_the=True),
        HospitalName("Princess Royal", needs_cue=True),
        HospitalName("Royal", after_the=True, needs_cue=True))
    for bad in ["lower case\n", "Trailing space \n", "Two  spaces\n", "?Royal\n"]:
        with pytest.raises(ValueError, match="line 1"):
            parse_hospital_names(bad)


@pytest.mark.parametrize("name, kind", [
    ("Ninewells", Ambiguity.SPECIFIC), ("Addenbrooke's", Ambiguity.SPECIFIC),
    ("Royal Free", Ambiguity.SPECIFIC), ("RVI", Ambiguity.SPECIFIC),
    ("Conquest", Ambiguity.WORD), ("Grange", Ambiguity.WORD),
    ("Christie", Ambiguity.NAME), ("Frimley", Ambiguity.PLACE),
])
def test_ambiguity_comes_from_the_word_lists(name: str, kind: Ambiguity) -> None:
    assert ambiguity(name) is kind


# ---------------------------------------------------------------------------- recognition

@pytest.mark.parametrize("text, expected", [
    ("I did my F1 at Ninewells and then Raigmore.", ["Ninewells", "Raigmore"]),
    ("Two years at Addenbrooke's, then Hinchingbrooke.", ["Addenbrooke's", "Hinchingbrooke"]),
    ("Addenbrookes was huge; Addenbrooke’s still is.", ["Addenbrookes", "Addenbrooke’s"]),
    ("I rotated through Westmorland General and Yeovil District.",
     ["Westmorland General", "Yeovil District"]),
    ("We sent them to the RVI or the Freeman.", ["RVI", "Freeman"]),
    ("She was a sister at the SWAH before the Ulster.", ["SWAH", "Ulster"]),
    ("My husband works at the Royal Gwent.", ["Royal Gwent"]),
    ("The Alex was short of staff.", ["Alex"]),
    ("St Thomas' and St. Thomas's and Saint Thomas's", ["St Thomas'", "St. Thomas's",
                                                         "Saint Thomas's"]),
    ("It's run by Betsi Cadwaladr University Health Board.",
     ["Betsi Cadwaladr University Health Board"]),
    ("NHS Tayside and Cwm Taf Morgannwg both said no.", ["NHS Tayside", "Cwm Taf Morgannwg"]),
    ("Newcastle Hospitals and Leeds Teaching Hospitals merged rotas.",
     ["Newcastle Hospitals", "Leeds Teaching Hospitals"]),
    ("I was with the Northern Trust for years.", ["Northern Trust"]),
    ("The QEUH, the old Southern General, has a helipad.", ["QEUH", "Southern General"]),
    ("The Freeman Hospital's car park", ["Freeman Hospital"]),
    # an acronym said letter by letter; "I" and "A" are words, so only after "the"
    ("I was at the G R I, then the A R I.", ["G R I", "A R I"]),
    ("So I R H said nothing.", []),
    ("It's Griffiths, that's the G R I double F I T H S.", []),
    # a capitalised word listed after "the": a hospital after "the", not in an idiom
    # ... and a town listed with a hospital is the hospital there (round 5)
    ("I was at Morriston, then the Heath.", ["Morriston", "Heath"]),
    ("It was a Heath Robinson set-up.", []),
])
def test_finds_hospitals_trusts_and_boards(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_the_article_and_the_possessive_stay_outside_the_span() -> None:
    text = "The Christie's wards were full, so I went to the Whittington's."
    assert found(text) == ["Christie", "Whittington"]


@pytest.mark.parametrize("text, expected", [
    # a surname or first name: a hospital after "the" or after "at"/"to", not alone
    ("I was a registrar at the Christie.", ["Christie"]),
    ("Christie said she would cover it.", []),
    ("Agatha Christie is my mum's favourite.", []),
    ("I applied to Lister in the end.", ["Lister"]),
    ("There was a registrar, Christie, who noticed.", []),
    ("There was a registrar, Marsden, M A R S D E N, who noticed.", []),
    # an ordinary word: only with a workplace word near it
    ("I was on the wards at the Grange for a year.", ["Grange"]),
    ("I grew up near the Vale; it's a very Western outlook.", []),
    ("I was at, um, the Grange, yeah.", ["Grange"]),
    ("I was at, um, King's, yeah.", ["King's"]),
    ("Where are you working now? The, er, King's, yeah.", ["King's"]),
    ("Which hospital was that, Guy's?", ["Guy's"]),
    ("Guy's car was outside.", []),
    ("after the Norman Conquest", []),
    ("I took a job at the General.", ["General"]),
    ("The General said so.", []),
    # a town: a place, unless the words around say it is the hospital
    ("I grew up in Frimley.", []),
    ("I worked at Frimley for years.", ["Frimley"]),
    # a title or a person, marked "?" in the list
    ("The Princess Royal opened it.", []),
    ("I was an SHO at King's.", ["King's"]),
])
def test_ambiguous_names_need_context(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "NHS England, NHS Scotland and Health Education England wrote to us.",
    "the Royal College of Surgeons of Edinburgh and the Royal Society",
    "My grandad was in the Royal Navy; the Royal College sent a letter.",
    "We walked round Royal Victoria Park on St George's Day.",
    "She studied at King's College London and Imperial College.",
    "the royal free, the freeman, ninewells in lower case",
    "the General Medical Council and the Royal Mail",
    "Queen Elizabeth visited; the Princess of Wales waved.",
])
def test_hard_negatives_are_left_alone(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------------------- in the engine

def test_the_engine_redacts_short_names_as_hospitals(anonymiser: Anonymiser) -> None:
    text = "I was an F2 at Hinchingbrooke, then at the SWAH, then Westmorland General."
    spans = redacted(anonymiser, text)
    assert spans.get("Hinchingbrooke") == "HOSPITAL"
    assert spans.get("SWAH") == "HOSPITAL"
    assert spans.get("Westmorland General") == "HOSPITAL"
    assert "the [HOSPITAL]" in anonymiser.redact(text).text


def test_the_engine_keeps_national_bodies(anonymiser: Anonymiser) -> None:
    text = "NHS England and Health Education England funded it; NHS Scotland did not."
    assert anonymiser.redact(text).text == text


# ---------------------------------------------------------------- round 4: short forms

@pytest.mark.parametrize("text, short", [
    ("My F2 year was at BGH, honestly.", "BGH"),
    ("It got to the point where RLH felt like home.", "RLH"),
    ("How did KGH compare with where you are now?", "KGH"),
    ("Er, the Mid-Yorks, yeah, it was alright.", "Mid-Yorks"),
    ("Er, North Mid, the big one up the road.", "North Mid"),
])
def test_round4_hospital_acronyms_and_mid_short_names(anonymiser: Anonymiser, text: str,
                                                      short: str) -> None:
    assert short in [text[r.start:r.end] for r in anonymiser.redact(text).replacements]


@pytest.mark.parametrize("text", [
    "The NHS and the GMC wrote, and HMRC, and the DH.",
    "A follow-up, a set-up, a co-op, a mid-term review.",
])
def test_round4_acronyms_and_hyphenated_words_that_are_no_hospitals(anonymiser: Anonymiser,
                                                                   text: str) -> None:
    assert anonymiser.redact(text).replacements == ()
