"""DEVELOPMENT set of hard negatives, second batch (issue 14, round 11): written after the
first batch's classes were fixed, and scored before anything was tuned on it, as a check that
those fixes generalise to other settings (care homes, mental health, maternity, prison
healthcare, ambulance, dentistry, occupational health, admissions).

New shapes of ordinary language: forms and codes shaped like postcodes ("P45", "MED3", "FP10",
"E45", "B12", "CD4"), slashed numbers that are no dates ("24/7", "50/50", "20/20"), scores of
matches, helplines, room/floor/platform numbers, sections of an Act, bands and levels, years
of history and named events, religious figures and phrases, more brands, languages and
glosses. Markup and rendering as in negatives_dev.py::

    .venv/bin/python tests/corpus/negatives_dev2.py
"""

from __future__ import annotations

import runpy
from pathlib import Path

_BASE = runpy.run_path(str(Path(__file__).with_name("negatives_dev.py")))

NAME = "negatives_dev2"

REGISTER = [
    ("Adaeze Nwachukwu", "M01", "Ada"),
    ("Gethin Morgan-Price", "M02", ""),
    ("Sunita Venkatesan", "M03", ""),
    ("Ruairidh MacInnes", "M04", "Ruari"),
    ("Fatoumata Camara", "M05", "Fatou"),
    ("Wiktoria Zielińska", "M06", "Wiki"),
    ("Tavita Leiataua", "M07", ""),
    ("Hamza Qureshi", "M08", ""),
]

DOCS: list[tuple[str, str, str]] = [
    ("M01", "spoken", """\
INT: Thanks for making time. Could you describe the care home work?

M01: Yeah. I'm [[PERSON@M01:Ada]], I'm the GP lead for six care homes. Ward round every Tuesday, plus the Enhanced Health in Care Homes stuff, the weekly check-ins on Teams with the nurses.

INT: What's the population like?

M01: Frail. Average Rockwood score about seven. Lots of dementia, lots of falls. We do the ReSPECT forms with families, and the Treatment Escalation Plans. Some families want everything, "do everything, doctor", and you have that conversation, gently.

INT: How do you find it?

M01: I love it, honestly. It's 24/7 for the staff, though. One home had a Band 5 nurse covering forty residents on nights, plus carers. The carers are on £11.44 an hour. That's a scandal.

INT: What about medicines?

M01: Oh, the MAR charts. Paper ones still, in one home. We did a STOMP review, stopping over-medication, antipsychotics down by a third. One lady was on Risperidone 500 micrograms and Lorazepam PRN, and she's a different woman off them.

M01: My own mum is in a home in [[LOCATION:Enugu]], actually, so I get it from both sides.
"""),
    ("M02", "written", """\
Interviewer: You work in a crisis team?

M02: Yes, the Crisis Resolution and Home Treatment team. We take referrals 24/7. Section 136 assessments with the police, Section 2 and Section 3 under the Mental Health Act, and the odd DoLS. I'm an Approved Mental Health Professional as well, so I do the AMHP rota one week in five.

Interviewer: What's the hardest part?

M02: Beds. There are none. Last winter we sent people to units 200 miles away. Out-of-area placements are the worst thing in the system. A 50/50 call on admission becomes "home with daily visits" because there's no bed.

Interviewer: What tools do you use?

M02: The PHQ-9, GAD-7, a risk formulation rather than a tick-box. We moved away from the old "low, medium, high" risk scores after the NCISH report. We use the Stanley-Brown safety plan, and the Samaritans number, 116 123, is on every card we hand out.

Interviewer: And for yourself?

M02: Clinical supervision every fortnight, and a Schwartz Round monthly. My supervisor is [[PERSON:Lowri]], who has been doing this for twenty years and is unflappable.
"""),
    ("M03", "spoken", """\
INT: Tell me about a shift on labour ward.

M03: So handover is at eight, the board round, then you've got the triage, the antenatal ward, theatres. A category 1 section is decision to delivery in thirty minutes. We had three on Saturday. The CTGs, you review them hourly with the fresh eyes buddy.

INT: What are the numbers like?

M03: About five thousand births a year. The caesarean rate's about 38%. We see a lot of gestational diabetes, obstetric cholestasis, pre-eclampsia. Labetalol 200 mg, nifedipine, magnesium sulphate, 4 grams loading then 1 gram an hour.

INT: And the stressful bits?

M03: PPH. A two-litre bleed, the Code Red, the massive haemorrhage protocol. O negative from the fridge. The Bakri balloon. Syntocinon, Ergometrine, Carboprost, Tranexamic acid. And the MBRRACE reports every year, which tell you where we're going wrong nationally.

INT: Do you speak other languages at work?

M03: Tamil, sometimes, and my Telugu is okay. The Romanian and Bengali women use the interpreter. I'm [[PERSON@M03:Sunita]], I've been a registrar at [[HOSPITAL:the Jessop Wing|Jessop Wing]] for two years.
"""),
    ("M04", "written", """\
Interviewer: What brought you into prison healthcare?

M04: Chance, to be honest. A locum job that I never left. The prison holds about 1,100 men, category B. Healthcare is a small team: two GPs, nurses, a pharmacy technician, the substance misuse team, and the mental health in-reach team.

Interviewer: What do you see most?

M04: Opiate substitution, methadone 60 ml and Espranor wafers, hepatitis C, which we can now treat in eight weeks with Epclusa or Maviret. Spice is the big problem. We call it "the zombie drug". Someone collapses on the landing, code blue, and you run.

Interviewer: How do you manage?

M04: Routine, and humour. The officers are mostly great. Movements are at 08:15, 13:45 and 17:30, and if you miss the unlock, you wait. Everything needs a form, the F2052SH for self-harm, the ACCT documents.

Interviewer: Where are you from originally?

M04: [[LOCATION:Stornoway]]. My dad was a fisherman. "Ciamar a tha thu?" he'd say, how are you, every morning. I'm [[PERSON@M04:Ruairidh]], by the way. Nobody here can spell it.
"""),
    ("M05", "spoken", """\
INT: You're a paramedic?

M05: Specialist paramedic in urgent care, yeah. I do the see and treat, the falls, the UTIs, the chest pain that's not cardiac. Category 1 is eight minutes, Category 2 is eighteen. We almost never make Cat 2 now.

INT: What's the worst bit?

M05: Waiting outside A&E. Six hours, once, with an old man in the back. I gave him a cup of tea and a Rich Tea biscuit and we talked about the war. He was in the Royal Navy, he was on the Arctic convoys. Amazing man.

INT: That's lovely.

M05: It was. Then you go to a job, a fifty-fifty between a faint and a seizure, and the family is shouting in Wolof or Mandinka and you just stay calm. I speak some Wolof, my mum's Senegalese. "Nanga def?" "Maa ngi fi rekk." It calms people.

INT: How do you switch off?

M05: I play football on Sundays. We lost 3-1 last week. My son plays for the under-9s, he thinks he's a superstar. I'm [[PERSON@M05:Fatou]], by the way, everyone calls me [[PERSON@M05:Fatou]].
"""),
    ("M06", "written", """\
Interviewer: Tell me about the practice's occupational health work.

M06: We do fit notes, the MED3, and we help people back to work. Phased returns, adjusted duties, the Access to Work scheme. A lot of people lose their job over a fit note that says "not fit" when it could have said "may be fit with adjustments".

Interviewer: What paperwork crosses your desk?

M06: Everything. DVLA forms, the D4 for HGV drivers, the DS1500 (now SR1) for terminal illness, PIP and ESA reports, insurance forms, the P45 questions from people who've been sacked, housing letters. Patients ask about the V5C for their car because they think we do everything.

Interviewer: How much time?

M06: Hours. We charge for the private ones, £45 for a letter, and people are cross about that. The BMA publishes suggested fees.

Interviewer: And yourself?

M06: I'm from [[LOCATION:Poland]], from [[LOCATION:Gdańsk]]. I'm [[PERSON@M06:Wiktoria]]. I came in 2015, before Brexit, which changed everything. The EU Settlement Scheme was a mess. I have settled status now, thankfully.
"""),
    ("M07", "spoken", """\
INT: Tell me about the dental side.

M07: So I'm a dentist in a community service. Kids under general anaesthetic, special care, people who can't go to a high street practice. Fluoride varnish 22,600 ppm, the Duraphat, and Fluoride toothpaste 5,000 for the high-risk ones.

INT: What are the waits like?

M07: Eighteen months for a GA list. Kids with twelve decayed teeth, ten extracted. It breaks your heart. Sugar, mostly. Fizzy drinks, Capri-Sun, Ribena, juice in bottles at night.

INT: Do you do prevention?

M07: Childsmile in Scotland is the model. Designed to Smile is the Welsh one, and there are the toothbrushing schemes in schools. The Delivering Better Oral Health toolkit is our bible.

INT: And your background?

M07: Samoan. My family are from [[LOCATION:Apia]], then [[LOCATION:Auckland]]. "Talofa lava", that's hello. "Fa'afetai" is thank you. I'm [[PERSON@M07:Tavita]]. My colleague [[PERSON:Mereana]] is Māori, so we have a little Pacific corner in the clinic. [laughs]
"""),
    ("M08", "written", """\
Interviewer: You sit on the medical school admissions panel?

M08: I do. MMI stations, multiple mini-interviews, ten stations of seven minutes each. The UCAT score cut-off was 2,750 last year, and we look at contextual flags: POLAR4 quintile 1, care-experienced, first in family to university.

Interviewer: What makes a good candidate?

M08: Insight, honesty, kindness. Not the 4 A* grades, everyone has those. Someone who's worked in a care home for two years tells me more than someone who shadowed a surgeon for a week.

Interviewer: Is there anything about faith and medicine you'd like to say?

M08: I'm Muslim. Ramadan, Jummah on Fridays, the Prophet Muhammad, peace be upon him, taught that whoever saves one life saves all of humanity. That's why I'm a doctor. But I never say that on a panel. [laughs]

Interviewer: And your training?

M08: Medical school in [[LOCATION:Karachi]], then PLAB, then IMT in [[LOCATION:Bradford]]. I'm [[PERSON@M08:Hamza Qureshi]], I'm a consultant geriatrician now.
"""),
    ("M01", "written", """\
Interviewer: How do you use data in the care homes?

M01: We track falls per 1,000 occupied bed days, hospital admissions, and deaths in preferred place. Last year 81% died in their preferred place, up from 64%. We present it at the PCN meeting every quarter, slide 14 of 40, usually after lunch, when everyone is asleep. [laughs]

Interviewer: Any technology?

M01: Whzan blue boxes for the observations, and the RESTORE2 tool for the carers, with the "soft signs". Also the NEWS2 score when the nurse is trained. Some homes use Nourish for the care records, some are still on paper.

Interviewer: What's next?

M01: A frailty virtual ward. Version 2 of the business case, Appendix C. We'll see. Funding is always the question, and the winter pressures money comes in November, which is too late.

Interviewer: Anyone you'd like to thank?

M01: The care home managers. [[PERSON:Precious Dube|Precious Dube]] at the biggest home is a force of nature.
"""),
    ("M02", "spoken", """\
INT: What's your background?

M02: Welsh, from the valleys, first language Welsh. "Iechyd da", that's cheers. [laughs] I did psychology at uni, then nursing, then the AMHP course.

INT: Do you use Welsh at work?

M02: With some patients, yes. The Mental Health (Wales) Measure 2010 says they can ask for care in Welsh. The "Mwy na geiriau" framework, "more than just words". It matters, especially in a crisis. People go back to their first language when they're distressed.

INT: That's interesting.

M02: It is. And the Welsh for mental health is "iechyd meddwl", if you want to impress anyone.

INT: [laughs] Do you have a favourite bit of the job?

M02: Seeing someone a year later, well. One man, who we sectioned three times, sent a card at Christmas with a picture of his allotment. Best thing ever. I'm [[PERSON@M02:Gethin]], if you need it for the notes.
"""),
    ("M03", "written", """\
Interviewer: How do you keep up to date?

M03: RCOG Green-top Guidelines, the NICE intrapartum guidance (NG235), and the Saving Babies' Lives care bundle, version 3. The PROMPT course every year, the practical obstetric multi-professional training. It's the best course I've done.

Interviewer: And exams?

M03: MRCOG Part 1, 2 and 3. Part 3 is the clinical one, fourteen stations. I passed on the second go. I used StratOG, and the Royal College's question bank, and the Green-tops, over and over.

Interviewer: Cost?

M03: Around £3,000 all in. The exam fees keep going up. The Part 3 was £1,190.

Interviewer: Anything outside work?

M03: Bharatanatyam, the classical Indian dance, every Saturday morning, since childhood. My teacher, [[PERSON:Kalpana]], is [[AGE:seventy]] and still dances better than all of us.
"""),
    ("M05", "written", """\
Interviewer: Can you talk me through your kit?

M05: The response bag, the defib (a Corpuls 3 on ours, some trusts have the Lifepak 15), the Entonox, the Penthrox, the green whistle, which patients love. Drugs: GTN, aspirin 300 mg, salbutamol 5 mg nebs, ipratropium 500 micrograms, adrenaline 1 in 1,000 for anaphylaxis, 0.5 ml IM.

Interviewer: And the paperwork?

M05: The ePCR on the tablet. JRCALC guidelines on the app. We log every drug and every observation. GCS 15, E4 V5 M6, BM 6.2, temp 37.4.

Interviewer: Where are you based?

M05: The station at [[LOCATION:Feltham]]. Before that I did three years with the air ambulance in [[LOCATION:Kent]]. I loved the helicopter, not the weather.

Interviewer: Any future plans?

M05: An MSc in advanced practice. The university offers it part-time, two days a month, about £9,000 for the whole thing. The trust pays half.
"""),
    ("M07", "written", """\
Interviewer: Could you describe the special care list?

M07: Patients with learning disabilities, dental phobia, Down's syndrome, autism. We use the hospital passport, the "This is me" document, and reasonable adjustments: first on the list, a quiet room, a familiar carer. Inhalation sedation with nitrous oxide, or IV midazolam with the Sedation Level 1 and 2 guidance.

Interviewer: How long are the appointments?

M07: An hour, sometimes two. The NHS dental contract pays by Units of Dental Activity, the UDAs, Band 1, Band 2, Band 3. A Band 3 course, crowns and dentures, is £306.80 to the patient.

Interviewer: That's a lot.

M07: It is. People just don't come. We see cancers late, on the tongue, floor of mouth. The two-week-wait referral is the FDS route. Oral cancer is up 34% in ten years.

Interviewer: Any support you get?

M07: My mentor, [[PERSON:Dr Faleolo|Faleolo]], who trained in [[LOCATION:Otago]] and came over in the 1990s. He runs a peer group for Pacific clinicians on Zoom, first Monday of the month.
"""),
    ("M08", "spoken", """\
INT: How do you find geriatrics?

M08: I love it. Comprehensive geriatric assessment, the CGA, the whole person. Falls, the four Is. We use the Timed Up and Go, the 4AT for delirium, the Clinical Frailty Scale, and the Barthel index for function.

INT: Any memorable patients?

M08: A gentleman of [[AGE:ninety-three]] who was in the Windrush generation, came in 1956, worked on the buses for forty years. The number 14 route, he told me every stop. "I drove the 14 for forty years, doctor." Beautiful man.

INT: Wow.

M08: And a lady who was a wartime codebreaker. She still did The Times crossword every morning, in pen. Her son said, "Mum, tell the doctor about Enigma", and she said, "Certainly not, I signed the Official Secrets Act." [laughs]

INT: [laughs]

M08: That's the best thing about this job. Everyone has a story. My registrar, [[PERSON:Aoife]], says I spend too long talking. She's right.
"""),
]


def build() -> tuple[list[dict[str, object]], str]:
    """The documents and the register CSV (negatives_dev.py's renderer)."""
    builder = _BASE["build_set"]
    docs, register = builder(NAME, REGISTER, DOCS)
    return docs, register


if __name__ == "__main__":
    _BASE["write_set"](NAME, REGISTER, DOCS, Path(__file__).resolve().parent)
