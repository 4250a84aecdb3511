"""Names written in capitals (round 9 of issue 14): e-mail headers, sign-offs, signatures,
speaker labels and page headers, read as if in title case (vault.anonymise.capitals).

Decided by the shape of the evidence: a run of capitals words that are listed names or words no
dictionary explains is a full name anywhere; one listed name alone only on a capitals line;
in a name's place (a header field, after a closing, a title, before "wrote:") any capitals word
that is not vocabulary. Acronyms, shouted words and capitals headings stay.

Strings are made up here (none is from the corpus generators' pools).
"""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.capitals import CapitalsRecognizer
from vault.anonymise.engine import Anonymiser


@pytest.mark.parametrize("text, name", [
    ("FROM: TEMI OKAFOR\nSENT: Tuesday\nSubject: nights", "TEMI OKAFOR"),
    ("SENT BY: GWILYM PROTHEROE\nDATE: Monday", "GWILYM PROTHEROE"),
    ("Cheers,\nZAINAB", "ZAINAB"),
    ("Kind regards\nMAEVE (ward manager)", "MAEVE"),
    ("Many thanks,\nELSPETH\nStaff Nurse, Ward 5", "ELSPETH"),
    ("Thanks,\nROWAN\n\nP: That was the email I got.", "ROWAN"),
    ("Love,\nCATRIONA x", "CATRIONA"),
    ("Regards, OLUWASEUN", "OLUWASEUN"),
    ("Best wishes\nDR ODUYA", "ODUYA"),
    ("Dear MR PENROSE,", "PENROSE"),
    ("Sent from my iPhone\n-- \nDR F OYELARAN\nConsultant Geriatrician", "OYELARAN"),
    ("Ta,\nBRODIE", "BRODIE"),
    ("Best regards,\nANNA WOJCIK", "ANNA WOJCIK"),
    (">>> IFEANYI said:\n>>> shift swap?", "IFEANYI"),
    ("Subject: RE: rota – from MRS ROSSITER", "ROSSITER"),
    ("HAMZA QURESHI (F2): yeah, so basically...", "HAMZA QURESHI"),
    ("TRANSCRIPT - PROF TREGARTHEN - CONFIDENTIAL", "TREGARTHEN"),
    ("Speaker 1: I emailed DR MOSS about it and she never replied.", "MOSS"),
    ("From: MRS FENWICK-BLYTHE <office@example.org>", "FENWICK-BLYTHE"),
    ("Signed: MAKEPEACE", "MAKEPEACE"),
    ("Typed by: LINDQVIST", "LINDQVIST"),
    ("Interviewee: AMARA ASANTE-MENSAH", "AMARA ASANTE-MENSAH"),
    ("On Fri, KOWALCZYK wrote:\n> Can you cover?", "KOWALCZYK"),
    (">> BRYONY TALBOT-HIGGS wrote:\n>> see below", "BRYONY TALBOT-HIGGS"),
    ("SIOBHAN MCGUINNESS: Yeah, I was on the bank for a while.", "SIOBHAN MCGUINNESS"),
    ("INTERVIEWER: And you are?\nBRANWEN FAGG: Staff nurse on the unit.", "BRANWEN FAGG"),
    ("P: The letter was signed JOHN HALLORAN, Clinical Director.", "JOHN HALLORAN"),
    ("P: The text was from KEZIAH CHIDOZIE about nights.", "KEZIAH CHIDOZIE"),
    ("INTERVIEW WITH HYACINTH BOATENG, 4 MARCH", "BOATENG"),
])
def test_a_name_in_capitals_is_a_person(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert any(name in span for span in replaced(anonymiser, text))


@pytest.mark.parametrize("text, name", [
    ("WYTHENBURY ROYAL INFIRMARY\nStaff experience interviews 2025", "WYTHENBURY ROYAL INFIRMARY"),
    ("HARROWGATE VALE NHS FOUNDATION TRUST – CONFIDENTIAL", "HARROWGATE VALE"),
    ("CWM AUR HEALTH BOARD\nInterview 7", "CWM AUR"),
    ("LARKSPUR LANE SURGERY - practice manager interview", "LARKSPUR LANE"),
    ("ASHBOURNE VALE HOSPITAL NHS TRUST\nStaff wellbeing interview – page 2", "ASHBOURNE VALE"),
    ("KIRKHALLAM ROYAL - FOCUS GROUP 2\n\nI: Hi.", "KIRKHALLAM ROYAL"),
    ("GARTHMYL SITE – INTERVIEW 5\n\nI: Hi.", "GARTHMYL"),
])
def test_an_organisation_in_capitals_is_read_in_title_case(anonymiser: Anonymiser, text: str,
                                                            name: str) -> None:
    spans = anonymiser.redact(text).replacements
    assert any(name in text[r.start:r.end] and r.entity_type == "HOSPITAL" for r in spans)


@pytest.mark.parametrize("text", [
    "P: I passed my MRCS and then did the ATLS course.",
    "P: It said URGENT: DO NOT RESUSCITATE on the folder.",
    "IMPORTANT – PLEASE READ CAREFULLY",
    "P: We used the SBAR handover, and the NEWS score, and then ABCDE.",
    "P: I'm in the BMA and the RCN, both.",
    "P: There was a big sign saying NO ENTRY.",
    "CONFIDENTIAL – NOT FOR CIRCULATION",
    "P: The CQC came and the whole place went into panic.",
    "P: I did the PACES exam twice, and the MSRA once.",
    "INTERVIEWER: So tell me about your training.",
    "RESPONDENT: It was really hard, honestly.",
    "INT-B: Okay, the red light is on.",
    "Participant: OSKAR never really clicked for me.",
    "Thanks,\nTHE RESEARCH TEAM",
    "Kind regards\nWELLBEING SERVICE",
    "Best,\nHR TEAM",
    "P: I was on the ITU, then HDU, then the AMU.",
    "P: COVID changed everything about the job.",
    "P: She wrote STOP in big letters on the whiteboard.",
    "SECTION 2: SUPPORT AT WORK",
    "P: We had a SIMMAN session and an OSCE.",
    "Q3: WHAT HELPED?",
    "P: I've got ADHD and dyslexia, for the record.",
    "NOTE: THE FOLLOWING TEXT HAS BEEN TRANSCRIBED VERBATIM.",
    "P: We used the GROW model, then OSKAR, then CLEAR.",
    "NIHR FUNDED STUDY – PREMS AND PROMS – INTERVIEW 2",
    "Sent from my iPhone",
    "P: The DNACPR form wasn't signed.",
    "URGENT – ACTION REQUIRED BY FRIDAY",
    "Kind regards,\nTHE ROTA TEAM",
    "P: We did the ALERT course and ILS.",
    "CONFIDENTIAL – LTFT TRAINEES – UKRI PROJECT",
])
def test_acronyms_and_shouted_words_stay(text: str) -> None:
    assert CapitalsRecognizer().find(text) == []


def test_a_listed_name_alone_in_running_prose_is_left_to_the_other_rules() -> None:
    # one capitals word mid-sentence is far more often an acronym than a name: "OSKAR"
    assert CapitalsRecognizer().find("P: I sent it to OSKAR and then to GROW.") == []
    assert CapitalsRecognizer().find("FROM THE DESK OF MAEVE") != []
