"""Round 26: what a written text shortens the people it names to, found by the names the engine
already found in the same text (``person_contexts.initials_of_people``,
``surname_initial_after``, ``plurals_of_people``; wired in ``Anonymiser._with_initials``):

* the initials of a person named in full ("Present: WT, LO" after "Wanjiru Thuo" is named),
  wherever they stand, never an abbreviation ("HR", "GP") though a name has those letters;
* a surname's initial after a given name ("Ifeoma D.", "Radek S:"), the person's span run over
  it, keeping a participant's code;
* a family by the plural of a surname found ("the Abernethys" after "Morag Abernethy"), never
  an English plural ("the Hills") without people around it.

Sentences are invented here."""
from __future__ import annotations

import pytest
from _mentions import kept

from vault.anonymise.engine import Anonymiser
from vault.anonymise.person_contexts import (
    initials_of_people,
    plurals_of_people,
    surname_initial_after,
)
from vault.anonymise.register import Register
from vault.markers import participant_token


def _spans_of(text: str, names: list[str]) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def _initials(text: str, *names: str) -> list[str]:
    return [text[s:e] for s, e in initials_of_people(text, _spans_of(text, list(names)))]


def _plurals(text: str, *names: str) -> list[str]:
    return [text[s:e] for s, e in plurals_of_people(text, _spans_of(text, list(names)))]


def _widened(text: str, name: str) -> str | None:
    start = text.index(name)
    end = surname_initial_after(text, start, start + len(name))
    return None if end is None else text[start:end]


@pytest.mark.parametrize("text, names, expected", [
    ("Wanjiru Thuo chaired. Present: WT, LO.", ["Wanjiru Thuo"], ["WT"]),
    ("Lift broken again. WT rang them. Wanjiru Thuo was on.", ["Wanjiru Thuo"], ["WT"]),
    ("Bogdana Sava-Ilie left; BSI covered.", ["Bogdana Sava-Ilie"], ["BSI"]),
    ("Bogdana Sava-Ilie left; BI covered.", ["Bogdana Sava-Ilie"], ["BI"]),
    ("Dr F. Quarshie signed it 'FQ' as usual.", ["F. Quarshie"], ["FQ"]),
    ("Róisín de Búrca wrote R.B. at the foot.", ["Róisín de Búrca"], ["R.B."]),
    ("Christmas Day ZO | Boxing Day PN; Zainab Oduya and Pita Ngata.",
     ["Zainab Oduya", "Pita Ngata"], ["ZO", "PN"]),
])
def test_initials_of_a_person_named(text: str, names: list[str], expected: list[str]) -> None:
    assert _initials(text, *names) == expected


@pytest.mark.parametrize("text, names", [
    ("Hannah Rourke from HR came.", ["Hannah Rourke"]),         # an abbreviation, though hers
    ("Gwen Prosser rang; the GP will call.", ["Gwen Prosser"]),
    ("Pam Achebe is the PA to the board.", ["Pam Achebe"]),
    ("Chioma Tella said the CT was clear.", ["Chioma Tella"]),
    ("Bogdana Marin-Ilie checked the BMI.", ["Bogdana Marin-Ilie"]),
    ("Wanjiru Thuo chaired. Present: LO, KD.", ["Wanjiru Thuo"]),   # someone else's letters
    ("Ngozi said WT.", ["Ngozi"]),                                  # a name of one word: none
    ("Wanjiru Thuo chaired; the WTO and WTs.", ["Wanjiru Thuo"]),   # inside a longer word
    ("Ama Mensah, Paul Murray: AM clinic, PM theatre.", ["Ama Mensah", "Paul Murray"]),
    ("Passenger 2 OKORO/Chidi MR.; Maya Rao.", ["Maya Rao"]),        # a title in capitals
    ("Tomas Bell signed the TB test form.", ["Tomas Bell"]),
])
def test_letters_that_are_not_their_initials(text: str, names: list[str]) -> None:
    assert _initials(text, *names) == []


@pytest.mark.parametrize("text, name, expected", [
    ("Ifeoma D. said she'd cover.", "Ifeoma", "Ifeoma D."),
    ("[09:12] Radek S: running late", "Radek", "Radek S"),
    ("Ade O, Bisi K and me went.", "Ade", "Ade O"),
    ("Ade O, Bisi K and me went.", "Bisi", "Bisi K"),
    ("Thanks to Ingrid A. for the cover.", "Ingrid", "Ingrid A."),
    ("Noor Z.", "Noor", "Noor Z."),
])
def test_a_surname_initial_after_a_given_name(text: str, name: str, expected: str) -> None:
    assert _widened(text, name) == expected


@pytest.mark.parametrize("text, name", [
    ("Ifeoma I think was on.", "Ifeoma"),           # the pronoun
    ("Ask Ifeoma A lot of questions.", "Ifeoma"),   # the article
    ("Plan B. was to wait.", "Plan"),               # a label's letter
    ("Ward C, the side room.", "Ward"),
    ("Then the NHS B. came.", "NHS"),               # capitals are no given name
    ("Ifeoma D said so.", "Ifeoma"),                # a bare capital before a word: unsure
    ("Ifeoma D. Okoro came.", "Ifeoma D. Okoro"),   # the name already runs over it
])
def test_no_surname_initial(text: str, name: str) -> None:
    assert _widened(text, name) is None


@pytest.mark.parametrize("text, names, expected", [
    ("Morag Abernethy was lovely. The Abernethys had us round.", ["Morag Abernethy"],
     ["Abernethys"]),
    ("Mrs Ben Halim rang; it came from the Ben Halims.", ["Ben Halim"], ["Ben Halims"]),
    ("Kofi Mensah-Boateng; all the Mensah-Boatengs came.", ["Kofi Mensah-Boateng"],
     ["Mensah-Boatengs"]),
    ("Dr Papadopoulos said so; from all the Papadopouloses.", ["Papadopoulos"],
     ["Papadopouloses"]),
    ("Siobhan McParland; the McParlands' kitchen.", ["Siobhan McParland"], ["McParlands"]),
])
def test_the_plural_of_a_surname_found(text: str, names: list[str],
                                       expected: list[str]) -> None:
    assert _plurals(text, *names) == expected


@pytest.mark.parametrize("text, names", [
    ("Dr Hill was there; we walked the Hills.", ["Hill"]),     # an English plural
    ("Sue Rose brought roses and Roses.", ["Sue Rose"]),
    ("Morag Abernethy; the Abernethyshire road.", ["Morag Abernethy"]),  # a longer word
    ("MORAG ABERNETHY; the ABERNETHYS.", ["MORAG ABERNETHY"]),   # capitals: a header's
    ("Morag Abernethy; no Abernethy here.", ["Morag Abernethy"]),  # the singular is others'
])
def test_plurals_that_are_not_the_family(text: str, names: list[str]) -> None:
    assert _plurals(text, *names) == []


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def test_the_engine_takes_initials_plurals_and_surname_initials(anonymiser: Anonymiser) -> None:
    text = ("Wanjiru Thuo ran the unit then. The minutes say 'Apologies: WT.' and later WT "
            "signed the audit. Morag Abernethy lived next door; the Abernethys had a dog. "
            "In the chat, Ifeoma D. said she'd cover the late.")
    redacted = anonymiser.redact(text).text
    for gone in ("WT", "Abernethy", "Ifeoma", " D."):
        assert gone not in redacted, redacted


def test_the_engine_keeps_abbreviations_beside_names(anonymiser: Anonymiser) -> None:
    text = ("Gwen Prosser from HR rang. The GP wants the CT today, and Hannah Rourke agreed "
            "that HR should know. Plan B. was to wait.")
    for word in ("HR", "GP", "CT", "Plan B."):
        assert kept(anonymiser, text, word), word


def test_initials_never_take_a_participants_code(anonymiser: Anonymiser) -> None:
    register = Register.from_csv("name,code,aliases\nWanjiru Thuo,NR.01,\n")
    text = "Wanjiru Thuo trained me. Present: WT, LO. Ifeoma D. was there too."
    redaction = anonymiser.redact(text, register=register)
    coded = [text[r.start:r.end] for r in redaction.replacements
             if r.participant_marker is not None]
    assert coded == ["Wanjiru Thuo"], coded
    assert "WT" not in redaction.text and participant_token("NR.01") in redaction.text


def test_a_participants_surname_initial_keeps_their_code(anonymiser: Anonymiser) -> None:
    register = Register.from_csv("name,code,aliases\nIfeoma Dike,NR.02,\n")
    text = "Ifeoma Dike here. In the chat, Ifeoma D. said she'd cover."
    redaction = anonymiser.redact(text, register=register, participant="NR.02")
    second = text.index("Ifeoma D.")
    assert any(r.start <= second and second + len("Ifeoma D.") <= r.end
               for r in redaction.replacements), redaction.text
    assert all(r.participant_marker == "NR.02" for r in redaction.replacements), [
        (text[r.start:r.end], r.participant_marker) for r in redaction.replacements]
