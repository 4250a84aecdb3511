"""Round 24 of issue 14: written forms that leaked on several development names authors, fixed
by the shape of the place they stand in, never by a transcript's strings:

* a year of birth after its label followed by a colon or a comma ("DOB 1947: referred"): the
  bare year was redacted only where spaCy happened to see a date ("DOB 1947" at a line's end);
* the two initials that countersign a note ("'Left settled. PQ / RW.'"), as one closing
  initials already were;
* a form's sign-off fields, initials or a surname in capitals ("Authorised: QV; Checked: WD",
  "Authorised: DURWARD", "Surgeon: QUAYLE");
* a rota's slots filled with initials, two or more in one list ("AM KD, PM RS, nights TW",
  "Christmas Day KD | Boxing Day RS", "FG on Mondays and HL on Thursdays").

Each comes with ordinary text of the same shape that must stay. Every sentence is made up here
(none is from a corpus).
"""
from __future__ import annotations

import pytest
from _mentions import covered_words as _covered
from _mentions import kept as _kept

from vault.anonymise.engine import Anonymiser
from vault.anonymise.person_contexts import TeamInitialsRecognizer
from vault.anonymise.recognizers import DateRecognizer


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def _initials(text: str) -> set[str]:
    return {text[r.start:r.end] for r in TeamInitialsRecognizer().find(text)}


def _dates(text: str) -> set[str]:
    return {text[r.start:r.end] for r in DateRecognizer().analyze(text, ["DATE"])}


YEARS_OF_BIRTH = [
    ("Patient: Mr Quarrie, DOB 1947: referred by his GP.", "1947"),
    ("Mrs Oduya, DOB 1951, seen in clinic.", "1951"),
    ("Referral for Ms Tanaka (DOB 1939) received.", "1939"),
    ("Name: Ivo Renshaw. D.O.B.: 1962. Ward 4.", "1962"),
    ("Mr Hale, d.o.b. 1944; lives alone.", "1944"),
    ("Client YOB 1988, referred by the school nurse.", "1988"),
    ("Date of birth 1933, widowed, two daughters.", "1933"),
    ("The form said year of birth: 2001, nothing else.", "2001"),
]


@pytest.mark.parametrize(("text", "year"), YEARS_OF_BIRTH)
def test_a_year_of_birth_after_its_label(anonymiser: Anonymiser, text: str, year: str) -> None:
    assert year in _dates(text)
    assert _covered(anonymiser, text, year)


@pytest.mark.parametrize(("text", "number"), [
    ("DOBSON 1947 was the model of the van.", "1947"),
    ("The DOB clinic is in room 1947: ask at reception.", "1947"),
    ("DOB 19470302 in the old system's format.", "19470302"),
    ("Date of birth recorded in 1999 audit.", "1999"),
])
def test_no_year_of_birth_without_its_label_just_before(text: str, number: str) -> None:
    assert number not in _dates(text)


COUNTERSIGNED = [
    ("The care record said 'Washed and dressed. PQ / RW.' and nothing more.", {"PQ", "RW"}),
    ("'Obs stable overnight. TD/KL'", {"TD", "KL"}),
    ("Carers' book: 'Lunch eaten. Meds given. BXA / JN.'", {"BXA", "JN"}),
]


@pytest.mark.parametrize(("text", "initials"), COUNTERSIGNED)
def test_two_initials_countersigning_a_note(anonymiser: Anonymiser, text: str,
                                            initials: set[str]) -> None:
    assert initials <= _initials(text)
    assert all(_covered(anonymiser, text, i) for i in initials)


@pytest.mark.parametrize("text", [
    "'Bloods sent. ECG / CXR.'",
    "'Imaging booked. CT / MRI.'",
    "'Clinic moved. AM / PM.'",
    "'Day three. IV / PO.'",
])
def test_abbreviations_closing_a_note_stay(text: str) -> None:
    assert not _initials(text)


SIGN_OFF_FIELDS = [
    ("Lab form: Requester: Dr T. Amos; Authorised: QV; Checked: WD. Then nothing.",
     {"QV", "WD"}),
    ("The result sheet. Verified: BZ.", {"BZ"}),
    ("Drug chart, last line. Approved by: KDL; Witnessed: FO.", {"KDL", "FO"}),
    # a list's label after a sign-off field in the same sentence still opens its list
    ("Audit form. Checked: QV; Present: AB, CD.", {"QV", "AB", "CD"}),
    ("The minutes. Present: AB, CD; Apologies: EF.", {"AB", "CD", "EF"}),
]


@pytest.mark.parametrize(("text", "initials"), SIGN_OFF_FIELDS)
def test_initials_in_sign_off_fields(text: str, initials: set[str]) -> None:
    assert initials <= _initials(text)


@pytest.mark.parametrize("text", [
    "Audit sheet. Checked: OK; Approved: N/A.",
    "The pathway. Authorised: NHS; Verified: TBC.",
])
def test_abbreviations_in_sign_off_fields_stay(text: str) -> None:
    assert not _initials(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Timesheet: 'Assignment: ward 3. Authorised: DURRANT. Agency: Locums Ltd.'", "DURRANT"),
    ("Timesheet: 'Hours 12. Checked by: ASHWORTH. Rate agreed.'", "ASHWORTH"),
    ("The theatre list: 'Surgeon: DURRANT. Anaesthetist: Dr Q. Amos.'", "DURRANT"),
    ("The list pinned up: 'Anaesthetist: ASHWORTH.'", "ASHWORTH"),
])
def test_a_surname_in_capitals_in_a_persons_field(anonymiser: Anonymiser, text: str,
                                                   name: str) -> None:
    assert _covered(anonymiser, text, name)


@pytest.mark.parametrize(("text", "word"), [
    ("Form: 'Checked: YES. Approved: PENDING.'", "PENDING"),
    ("Form: 'Authorised: NHS ENGLAND.'", "ENGLAND"),
    ("The list: 'Surgeon: TBC. Anaesthetist: LOCUM.'", "LOCUM"),
    ("Surgeon: CONSULTANT ON CALL", "CONSULTANT"),
    ("Request form. Verified: DONE", "DONE"),
])
def test_ordinary_capitals_in_a_persons_field_stay(anonymiser: Anonymiser, text: str,
                                                   word: str) -> None:
    assert _kept(anonymiser, text, word)


ROTAS = [
    ("Weekend rota: 'AM KD, PM RS, nights TW, second on call BARROW.'", {"KD", "RS", "TW"}),
    ("The hospice rota: 'Christmas Day KD | Boxing Day RS | on call Barrow'", {"KD", "RS"}),
    ("The rota for the clinic is FG on Mondays and HL on Thursdays.", {"FG", "HL"}),
    ("Cover: Mon KD / Tue RS / Wed TW.", {"KD", "RS", "TW"}),
]


@pytest.mark.parametrize(("text", "initials"), ROTAS)
def test_initials_in_a_rotas_slots(anonymiser: Anonymiser, text: str,
                                   initials: set[str]) -> None:
    assert initials <= _initials(text)
    assert all(_covered(anonymiser, text, i) for i in initials)


@pytest.mark.parametrize("text", [
    "Clinics: 'Mon AM, Tue PM, Wed AM.'",
    "Imaging slots: Mon CT, Tue MRI, Wed ECG.",
    "Therapy: Mon PT, Wed OT, Fri SALT.",
    "I'm on call Mon and Tue this week.",
    "AM list, PM clinic, nights off.",
])
def test_a_timetable_of_sessions_names_no_one(text: str) -> None:
    assert not _initials(text)
