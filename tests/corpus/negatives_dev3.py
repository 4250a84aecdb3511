"""DEVELOPMENT set of hard negatives, third batch (issue 14, round 11): written after the
second batch's classes were fixed and scored before anything was tuned on it (radiology,
public health, hospice, school nursing, a pharmacy counter, refugee health, sports medicine,
research ethics). Markup and rendering as in negatives_dev.py::

    .venv/bin/python tests/corpus/negatives_dev3.py
"""

from __future__ import annotations

import runpy
from pathlib import Path

_BASE = runpy.run_path(str(Path(__file__).with_name("negatives_dev.py")))

NAME = "negatives_dev3"

REGISTER = [
    ("Olamide Fashola", "R01", "Ola"),
    ("Catrin Vaughan-Jones", "R02", ""),
    ("Dilnoza Yusupova", "R03", ""),
    ("Kieran Maguire", "R04", ""),
]

DOCS: list[tuple[str, str, str]] = [
    ("R01", "spoken", """\
INT: Tell me about reporting.

R01: So I'm a radiology registrar. On a normal day I report maybe sixty plain films and fifteen CTs. PACS is slow, the Sectra one, and the voice recognition is Nuance PowerScribe, which hears "pleural" as "plural" every time. [laughs]

INT: What's hard about it?

R01: Volume. The backlog was four thousand unreported chest X-rays at one point. We outsource to a teleradiology company at night, Everlight or one of those, and the reports come back from the other side of the world while we sleep.

INT: Any exams?

R01: FRCR Part 1, the anatomy and physics, then 2A, 2B. The 2B is the rapid reporting, thirty films in thirty-five minutes, plus the long cases and the viva. I used Radiology Masterclass and the Aunt Minnie cases. "Aunt Minnie" is a case you just know, like recognising your aunt. [laughs]

INT: Where did you train?

R01: Medical school in [[LOCATION:Ibadan]], then I came over. I'm [[PERSON@R01:Olamide]], people call me [[PERSON@R01:Ola]]. We say "E kaaro" in the morning, good morning. My consultant, [[PERSON:Dr Brannigan|Brannigan]], has learnt it now.
"""),
    ("R02", "written", """\
Interviewer: What does the health protection team do day to day?

R02: Outbreaks, mostly. Norovirus in care homes every winter, measles in a school last spring, TB contact tracing, and the odd Legionella in a cooling tower. We use HPZone for the cases, and the UKHSA guidance for each organism. Scarlet fever and iGAS had a big year in 2022.

Interviewer: How do you decide when to act?

R02: Thresholds. Two or more linked cases, or one case of something nasty like diphtheria or meningococcal disease. For meningococcal we give ciprofloxacin 500 mg stat to close contacts, and MenACWY vaccine if it's a vaccine-preventable group.

Interviewer: And the public side?

R02: Press statements, letters home to parents, the "warn and inform" letter. Schools hate them. We once had a headteacher in tears because the word "outbreak" was on the letterhead.

Interviewer: Where are you based?

R02: [[LOCATION:Carmarthen]], covering the west. I'm [[PERSON@R02:Catrin]]. Before that I was a GP in [[LOCATION:Aberystwyth]] for ten years.
"""),
    ("R03", "spoken", """\
INT: Could you tell me about your work with refugees?

R03: Yes. I'm a GP in an initial accommodation centre. People arrive from all over, mostly fleeing war. We do the new patient check, the TB screening, hep B, HIV, the catch-up vaccines, and a lot of mental health.

INT: What languages do you work in?

R03: Uzbek and Russian are mine, I'm from [[LOCATION:Samarkand]]. Then Pashto, Dari, Tigrinya, Arabic through interpreters, mostly by phone. Kurdish Sorani sometimes. "Rahmat" is thank you in Uzbek. "Spasibo" in Russian.

INT: What's hardest?

R03: The trauma. Torture, sometimes. We refer to the Helen Bamber Foundation and Freedom from Torture for the medico-legal reports. And the Home Office moves people with two days' notice, so you lose them.

INT: How do you cope?

R03: Tea. Green tea, the way we drink it at home, from a piyola. And my colleague [[PERSON:Mehmet]], he makes me laugh. I'm [[PERSON@R03:Dilnoza]], by the way.
"""),
    ("R04", "written", """\
Interviewer: You work in sports medicine?

R04: Part-time, with a rugby club and a boxing gym. Concussion is the big one: the HIA protocol, the Head Injury Assessment, HIA1 on the pitch, HIA2 within three hours, HIA3 at 48 hours. The SCAT6 tool. Graduated return to play, six stages, minimum twelve days for adults.

Interviewer: What else do you see?

R04: Hamstrings, ACLs, shoulder dislocations. A Grade 2 hamstring is three to six weeks out. We use the British Athletics Muscle Injury Classification, the BAMIC. Anterior cruciate ligament reconstructions with the Lachman test and the pivot shift.

Interviewer: Any drugs issues?

R04: Anti-doping. UK Anti-Doping, UKAD, and the WADA Prohibited List. A player nearly took a Sudafed before a match, which is fine now but wasn't always. Salbutamol is fine up to 1,600 micrograms in 24 hours. Everything goes on the TUE form.

Interviewer: How did you get into it?

R04: I played for [[LOCATION:Sligo]] as a young lad. I'm [[PERSON@R04:Kieran]]. The club physio, [[PERSON:Niamh]], taught me more than any course.
"""),
    ("R01", "written", """\
Interviewer: How is the department managing the workload?

R01: We've got the Community Diagnostic Centre now, open 8 till 8, seven days. MRI, CT, ultrasound, DEXA. The target is 95% of tests within six weeks, the DM01 standard. We were at 71% in January, 83% by June.

Interviewer: What about artificial intelligence?

R01: We trialled an AI triage for chest X-rays, from Annalise, and one for fractures, BoneView. They flag the abnormal ones to the top of the list. The sensitivity for pneumothorax was 96%. But the false positives, the Mach bands and the skin folds, drive you mad.

Interviewer: Any safety events?

R01: An IR(ME)R incident, a wrong-patient scan, two years ago. We reported it to the CQC, did the RCA, and brought in the "pause and check" poster. Six-point ID check now.

Interviewer: Anything that keeps you going?

R01: Jollof on a Sunday, Afrobeats in the car, and my daughter, who is [[AGE:seven]] and wants to be a "bone doctor".
"""),
    ("R03", "written", """\
Interviewer: How do you handle the legal side?

R03: Rule 35 reports, for people in detention who may have been tortured. The Istanbul Protocol is the standard for documenting it. We photograph scars with a scale, measure them, describe them as "consistent with", "highly consistent with", "typical of" or "diagnostic of".

Interviewer: What about entitlement to care?

R03: Everyone is entitled to register with a GP, whatever their immigration status. The Safe Surgeries toolkit from Doctors of the World helps receptionists. Secondary care can charge, 150% of the tariff, but not for TB, not for emergencies.

Interviewer: Any words from home you use?

R03: "Sabr", patience. And in Uzbek we say "Mehmon otangdan ulug'", the guest is greater than your father. I think about that with every new family.

Interviewer: Thank you.

R03: Rahmat. [laughs] My mentor, [[PERSON:Dr Hollingworth|Hollingworth]], always says I should write a book.
"""),
]


def build() -> tuple[list[dict[str, object]], str]:
    """The documents and the register CSV (negatives_dev.py's renderer)."""
    docs, register = _BASE["build_set"](NAME, REGISTER, DOCS)
    return docs, register


if __name__ == "__main__":
    _BASE["write_set"](NAME, REGISTER, DOCS, Path(__file__).resolve().parent)
