"""DEVELOPMENT set of hard negatives, fifth batch (issue 14, round 13): PROFESSIONAL HEALTHCARE
talk and documents, written before anything was tuned on it. Clinicians, managers and trainees
talk and write about work thick with capitalised ordinary words: drug and device brand names,
clinical scores and eponymous signs, tests, manoeuvres and syndromes that name no one in
context, software and system names, teaching programmes and courses, committees, job titles and
grades in capitals, headings and minutes, capitalised emphasis, sentence-initial adverbs and
discourse words, capitalised words in lists and bullet points, place-free idioms and allusions
to famous people; and a few real identifiers (labelled) so that leak is measured too.
Hand-written from general knowledge for vault; no other set's pools or strings. Markup and
rendering as in negatives_dev.py::

    .venv/bin/python tests/corpus/negatives_dev5.py
"""

from __future__ import annotations

import runpy
from pathlib import Path

_BASE = runpy.run_path(str(Path(__file__).with_name("negatives_dev.py")))

NAME = "negatives_dev5"

REGISTER = [
    ("Temitope Adebanjo", "K01", "Tope"),
    ("Hamish Calderwood", "K02", ""),
    ("Niamh Gallagher", "K03", ""),
    ("Rashida Choudhury", "K04", ""),
    ("Dariusz Kowalczyk", "K05", "Darek"),
    ("Ingrid Solberg", "K06", ""),
    ("Kwame Agyeman", "K07", ""),
    ("Ritu Malhotra", "K08", ""),
    ("Owain Gruffydd", "K09", ""),
    ("Yetunde Okonjo", "K10", "Yetty"),
    ("Sinead Carolan", "K11", ""),
    ("Matteo Ricciardi", "K12", ""),
    ("Farida Haidari", "K13", ""),
    ("Joanne Pickering", "K14", "Jo"),
]

#: (participant code, style, text with markup)
DOCS: list[tuple[str, str, str]] = [
    ("K01", "spoken", """\
INT: Tell me about a typical night on the medical take.

K01: Honestly? Chaos. Basically you clerk, you prescribe, you chase bloods. Clexane for everyone unless there's a reason not to, Oramorph for pain, Ondansetron if they're sick. Tazocin if it's a chest and they're septic.

INT: And the admin side?

K01: Nervecentre for the obs, Cerner for the notes, ICE for the results. Three logins. Frankly it's a nightmare at four in the morning.

K01: Anyway, I'm [[PERSON@K01:Tope]], I'm an IMT2, and I've been at [[HOSPITAL:Hollinsford General]] since August.
"""),
    ("K01", "written", """\
Reflective log entry

Situation: Patient on the Acute Medical Unit with a Wells score of 6 and a raised D-dimer.
Background: Started on Apixaban in clinic last month; the Rockwood frailty score was 5.
Assessment: CTPA negative. Virchow's triad considered; no clot found.
Plan: Continue Apixaban. Repeat Waterlow. Review by Consultant in the morning.

Learning: Apparently the Geneva score would have given the same answer. Interestingly, nobody on the team used it.
"""),
    ("K02", "spoken", """\
INT: How did you get into anaesthetics?

K02: Och, by accident. Did an Acute Care Common Stem job, loved the airway stuff. Macintosh blade, McGrath when it's tricky, Bougie in your back pocket.

INT: And the kit?

K02: Bair Hugger on every long case. Entonox in the labour ward. Propofol, Fentanyl, Rocuronium, Sugammadex if you need it back quickly. Mallampati three, so grab the Glidescope.

K02: Truthfully, the Difficult Airway Society guidelines saved me more than once.
"""),
    ("K02", "written", """\
MINUTES - Theatre Users Group

Present: Clinical Director (Chair), Theatre Manager, Lead Anaesthetist, ODP Representative, [[PERSON:Dr Hennessy-Brock|Hennessy-Brock]] (Surgery)
Apologies: Head of Nursing, Matron for Day Surgery

1. Minutes of the last meeting: Agreed.
2. Matters Arising: WHO Checklist audit - compliance 94%. Action: Theatre Manager.
3. Equipment: Replacement Stryker stack approved. Olympus scopes back from repair.
4. Any Other Business: None.

Date of next meeting: [[DATE:14 March 2025]]
"""),
    ("K03", "spoken", """\
INT: What's the worst bit of the job?

K03: Datix. Seriously. Every time something goes wrong, Datix it. Then the Serious Incident panel, then Root Cause Analysis, then the Duty of Candour letter.

INT: Does it help?

K03: Sometimes. Mostly it's box-ticking. Realistically nobody reads them. Sadly that's how it works.

K03: I trained in [[LOCATION:Letterkenny]], so I'm used to small places where you know everyone.
"""),
    ("K03", "spoken", """\
INT: What did you do on the paeds rotation?

K03: Bronchiolitis season. Hundreds of them. Optiflow, Airvo, then CPAP if they tire. Calpol and Nurofen, alternate them. Kawasaki once, which was scary, and Henoch-Schönlein purpura twice.

INT: Who supported you?

K03: The Registrar, mostly. Brilliant. Genuinely the best teacher I've had.
"""),
    ("K04", "written", """\
DISCHARGE SUMMARY

Diagnosis: Community acquired pneumonia, CURB-65 score 2.
Medications on discharge: Amoxicillin 500 mg TDS, Clarithromycin 500 mg BD, Lansoprazole 30 mg OD, Adcal-D3 one tablet BD.
Allergies: Penicillin - rash (tolerated Amoxicillin this admission, see notes).
Follow-up: Chest X-ray in six weeks via GP.
Signed: [[PERSON:Dr Mahmood|Mahmood]], FY1
"""),
    ("K04", "spoken", """\
INT: What do you do outside work?

K04: Netflix, mostly. Peloton when I can be bothered. Deliveroo on a Friday.

INT: And your family?

K04: Mum still thinks I'm a nurse. Bless her. Alhamdulillah, I'm happy though.

K04: Funnily enough I grew up round the corner from the hospital, in [[LOCATION:Moston]].
"""),
    ("K05", "spoken", """\
INT: Tell me about coming to the UK.

K05: I did PLAB in two parts, PLAB One in [[LOCATION:Warsaw]], PLAB Two in [[LOCATION:Manchester]]. Then the GMC registration, then a Trust Grade job.

INT: How was the first month?

K05: Difficult. Everything has a name. Bleep, SBAR, NEWS, Bristol stool chart, Glasgow Coma Scale. Luckily a nurse taught me. Eventually it became normal.

K05: Everybody calls me [[PERSON@K05:Darek]], it's easier.
"""),
    ("K05", "written", """\
Teaching programme - Foundation Year One, Term Two

Week 1: Acute Kidney Injury (Renal Registrar)
Week 2: Sepsis Six and the Surviving Sepsis Campaign
Week 3: Simulation - Deteriorating Patient (SimMan)
Week 4: Breaking Bad News (SPIKES framework)
Week 5: Prescribing Safety Assessment revision
Week 6: Human Factors and the Swiss Cheese model

All sessions on Teams. Attendance is logged on Horus.
"""),
    ("K06", "spoken", """\
INT: How is the team on your ward?

K06: Lovely. Really lovely. The Ward Manager is fair, the Healthcare Assistants are gold dust, and the Physician Associate is brilliant with discharges.

INT: Any tension?

K06: Honestly? Only about the rota. HealthRoster is a disaster. Loop for swaps, Patchwork for bank shifts. Three apps for one job.

K06: I'm [[PERSON@K06:Ingrid]], Band 6, been here four years.
"""),
    ("K06", "written", """\
Bullet points for handover:

- Bed 4: Post-op day 2, Hartmann's procedure. Stoma active. Fortisip TDS.
- Bed 7: Delirium. Pabrinex given. Confusion Assessment Method positive.
- Bed 9: Falls risk. Bed rails assessment done. Sensor mat on.
- Bed 12: End of life. Syringe Driver (Midazolam, Morphine). Family aware.
- Outstanding: Bloods for Bed 4, Warfarin dose for Bed 11, Echo request for Bed 2.
"""),
    ("K07", "spoken", """\
INT: What's orthopaedics like?

K07: Ha. Lots of Lachman tests and McMurray's. Phalen's and Tinel's in the hand clinic. Thompson's test for the Achilles.

INT: And theatres?

K07: Dynamic Hip Screws, Hemiarthroplasties, the odd Austin Moore. Exeter stems. Zimmer frames on the ward afterwards.

K07: Obviously the physio gets them up. Slowly, slowly, catchy monkey.
"""),
    ("K07", "spoken", """\
INT: Where were you before?

K07: [[LOCATION:Kumasi]], at [[HOSPITAL:Komfo Anokye]]. Then here. My supervisor was [[PERSON:Mr Ofori-Atta|Ofori-Atta]], a proper gentleman.

INT: Was the move hard?

K07: Cold! Freezing. Wahala, the weather. But the people are kind. Cheers, mate, everyone says. Alright, love.
"""),
    ("K08", "written", """\
Clinic letter

Dear Colleague,

Thank you for referring this lady with a three-month history of joint pain. Examination: Heberden's and Bouchard's nodes bilaterally. Schober's test normal. Gaenslen's and FABER negative.

Impression: Nodal osteoarthritis. Differential: Psoriatic arthritis (no Koebner phenomenon seen).

Plan: Physiotherapy. Naproxen with Omeprazole cover. No follow-up needed.

Yours sincerely,
[[PERSON@K08:Ritu Malhotra]]
Specialty Doctor in Rheumatology
"""),
    ("K08", "spoken", """\
INT: Do you enjoy clinic?

K08: Mostly. Raynaud's, Sjögren's, lupus. Hashimoto's in the thyroid clinic. Graves' sometimes, with the eyes.

INT: What's hard?

K08: Time. Fifteen minutes per patient. Impossible. Ideally it'd be thirty. Admittedly I overrun every week.
"""),
    ("K09", "spoken", """\
INT: How's general practice?

K09: Busy. EMIS all day, accuRx for the texts, Ardens templates for reviews. QOF at the end of March.

INT: And the patients?

K09: Lovely, mostly. Diolch, they say. Iechyd da at Christmas. Some only speak Welsh, so I switch.

K09: I'm [[PERSON@K09:Owain]]. The practice is in [[LOCATION:Llanrhystud]].
"""),
    ("K09", "written", """\
PRACTICE MEETING - ACTIONS

Item: Prescribing
Outcome: Switch Seretide to Fostair where suitable. Review all patients on Quinine.
Owner: Prescribing Lead

Item: Safeguarding
Outcome: Monthly huddle continues. MASH referrals logged in SystmOne.
Owner: Safeguarding Lead

Item: Estates
Outcome: New Welch Allyn BP machines ordered.
Owner: Practice Manager
"""),
    ("K10", "spoken", """\
INT: What was obstetrics like?

K10: Intense. Bishop score before induction, Propess, then Syntocinon. Ventouse or Kiwi if she's stuck, Neville Barnes forceps if not. McRoberts for shoulder dystocia. Apgars at one and five.

INT: Any scary moments?

K10: Plenty. PPH, Carboprost, Bakri balloon. Thankfully everyone was fine.

K10: Call me [[PERSON@K10:Yetty]], everybody does.
"""),
    ("K10", "spoken", """\
INT: What support did you get as an international graduate?

K10: The Welcome programme. Induction, Shadowing, then the NHS Induction Programme for International Medical Graduates. A Buddy scheme too.

INT: Did it help?

K10: Absolutely. Hundred percent. Chai, biscuits and a chat every Friday. Wonderful.
"""),
    ("K11", "written", """\
Audit report: Sepsis Screening in the Emergency Department

Aim: To measure compliance with the Sepsis Six bundle within one hour.
Standards: NICE NG51; Royal College of Emergency Medicine standards.
Method: Retrospective review of 50 notes on Symphony and Medway.
Results: Antibiotics within one hour: 68%. Lactate: 82%. Fluids: 74%.
Recommendations: Sepsis Trolley in Majors. Teaching at Grand Round. Re-audit in six months.
Presented at: Clinical Governance half day, [[DATE:June 2024]].
"""),
    ("K11", "spoken", """\
INT: How's the Emergency Department?

K11: Mad. Corridor care. Resus full, Majors full, Minors full. Paeds ED overflowing.

INT: And your seniors?

K11: Great. The Consultants are brilliant, the Registrars too. Typically there's one Consultant overnight. Occasionally two. Unfortunately never three.

K11: My husband's from [[LOCATION:Ballyshannon]], so we go back at Easter.
"""),
    ("K12", "spoken", """\
INT: What's cardiology like?

K12: I love it. Echo, Angio, Pacing. Brugada, Wolff-Parkinson-White, Takotsubo once. Bisoprolol, Ramipril, Spironolactone, Dapagliflozin, the four pillars.

INT: Any devices?

K12: Medtronic pacemakers, Boston Scientific defibrillators, Abbott loop recorders. Zio patches for the palpitations. Holter monitors still.

K12: Ciao, my mother says on the phone. Allora, when are you coming home?
"""),
    ("K12", "written", """\
Rota Coordinator - email

Subject: Swap request - Saturday Nights

Hi all,

Please note the following changes. Nights: Registrar swap agreed by the Clinical Lead. Days: No change. On-call: See the rota on Allocate.

Reminder: All leave requests through Medic Online. Exception Reports through the Guardian of Safe Working.

Many thanks,
[[PERSON:Priscilla Ogundimu]]
Medical Staffing
"""),
    ("K13", "spoken", """\
INT: Where did you train?

K13: [[LOCATION:Kabul]], then [[LOCATION:Peshawar]], then here. Mashallah, it was a long road.

INT: What was the exam like?

K13: MRCP Part One, Part Two, then PACES. PACES is brutal. Station Five is the worst. Cranial Nerves, Cerebellar, Peripheral Neuro, Romberg's, Babinski. Dysdiadochokinesia, I practised saying it for weeks.

K13: Alhamdulillah, I passed on the second go.
"""),
    ("K13", "written", """\
Neurology clinic letter

History: Six months of tremor. Examination: Rest tremor, cogwheel rigidity, positive Myerson's sign. Romberg's negative. Reflexes normal, Hoffmann's absent.

Impression: Idiopathic Parkinson's disease.

Plan: Start Co-beneldopa (Madopar) 62.5 mg TDS. Refer to the Parkinson's Disease Nurse Specialist. DVLA informed.
"""),
    ("K14", "spoken", """\
INT: What is it like being a Matron?

K14: Tiring. Bed meetings at eight, twelve and four. Silver Command if it's bad, Gold if it's OPEL Four. Escalation, escalation, escalation.

INT: And the staff?

K14: They're stars. Superstars. The Healthcare Support Workers especially. Crikey, the hours they put in.

K14: Everyone calls me [[PERSON@K14:Jo]], or Matron when they're in trouble.
"""),
    ("K14", "written", """\
Job advert: Senior Sister / Charge Nurse, Band 7

Main duties:
- Leadership: Lead the Ward Team on a day-to-day basis.
- Quality: Champion the Friends and Family Test and Perfect Ward audits.
- Education: Support Preceptorship, Practice Supervisors and Practice Assessors.
- Finance: Manage the Bank and Agency budget.

Essential: Registered Nurse (Adult), NMC registration, Mentorship qualification.
Desirable: Leadership Academy Mary Seacole Programme.
"""),
    ("K02", "spoken", """\
INT: Any memorable cases?

K02: A Guillain-Barré who went to Intensive Care. A Myasthenic crisis. A Cushing's triad after a head injury. Textbook, honestly, like something off Grey's Anatomy.

INT: How did you feel?

K02: Terrified. Nowadays less so. Experience, I suppose. Practice makes perfect.
"""),
    ("K03", "written", """\
Educational supervisor's report

Progress: Satisfactory. ARCP Outcome 1 expected.
Strengths: Calm, Organised, Kind. Excellent Team Player.
Areas for development: Delegation. Time Management. Confidence in Leadership roles.
Workplace Based Assessments: Mini-CEX x 6, CBD x 4, DOPS x 3, all Satisfactory.
Multi-Source Feedback: Very Positive.
Supervisor: [[PERSON:Dr Featherstonhaugh|Featherstonhaugh]]
"""),
    ("K05", "spoken", """\
INT: What was the hardest thing about language?

K05: Idioms. Bob's your uncle. Sod's law. Murphy's law. Hobson's choice. Nobody explained them. Also Cockney, Geordie, all of it.

INT: Any favourite?

K05: Heath Robinson. A consultant said our discharge process was very Heath Robinson. I googled it. Brilliant.
"""),
    ("K06", "spoken", """\
INT: Has anyone inspired you?

K06: Florence Nightingale, obviously, as a child. Mary Seacole later. Nowadays my mentor, [[PERSON:Kirsty]], who runs the Preceptorship.

INT: And outside nursing?

K06: Greta Thunberg, maybe. Ha. Everybody needs a hero.
"""),
    ("K07", "written", """\
Morbidity and Mortality Meeting - Summary

Case 1: Missed scaphoid fracture. Learning: Repeat X-ray at two weeks. Scaphoid views.
Case 2: Compartment syndrome after tibial nail. Learning: Pain out of proportion; measure pressures.
Case 3: Fat embolism. Learning: Gurd's criteria; early ICU referral.

Attendance: Consultants 6, Registrars 9, Core Trainees 4, Foundation Doctors 7, Nursing 3.
Next meeting: First Wednesday of the month, Lecture Theatre 2.
"""),
    ("K08", "spoken", """\
INT: How do you cope with stress?

K08: Yoga. Headspace. Calm, the app, not the feeling. Ha. Strava for running.

INT: Does the hospital help?

K08: Sort of. Wellbeing Hub, Schwartz Rounds, Balint groups. Practically though, the Staff Room has no chairs.
"""),
    ("K09", "spoken", """\
INT: Do you teach?

K09: Yes, [[LOCATION:Cardiff]] medical students. Clinical Skills, History Taking, Communication. OSCE stations, Calgary-Cambridge model, ICE: Ideas, Concerns, Expectations.

INT: Do you enjoy it?

K09: Love it. Definitely. The students are sharp. Rightly so, they pay enough.
"""),
    ("K10", "written", """\
Incident report (summary)

What happened: Wrong dose of Gentamicin given. Levels high.
Immediate action: Dose omitted, Renal team informed, Nephrotoxic drugs stopped.
Contributing factors: Workload. Interruptions. Look-alike Sound-alike packaging.
Severity: Low Harm.
Reported by: Staff Nurse, Ward 22
Reviewed by: Pharmacy, Patient Safety Team
"""),
    ("K11", "spoken", """\
INT: What do you think of the new system?

K11: Epic? Don't get me started. Hyperspace, Haiku on the phone, Canto on the iPad. Brilliant in theory. Clunky in practice.

INT: Training?

K11: Two days of e-learning. Super Users on the wards. Go-Live was carnage. Hopefully it'll settle.
"""),
    ("K12", "spoken", """\
INT: Did you sit any courses?

K12: ALS, ATLS, APLS. The CCrISP course for surgery, though I didn't stay. Advanced Trauma Life Support is fun, actually, all the Moulage.

INT: And research?

K12: Some. REDCap databases, SPSS, a bit of R. Good Clinical Practice certificate. Nothing published, sadly.
"""),
    ("K13", "spoken", """\
INT: What's the hardest conversation you've had?

K13: DNACPR. ReSPECT forms. Families think we're giving up. Absolutely not, I say. Comfort care is still care.

INT: How do you handle it?

K13: Slowly. Chaplaincy helps. Imam, Rabbi, Priest, whoever they want. Compassion, always.
"""),
    ("K14", "spoken", """\
INT: What changed after the pandemic?

K14: Everything. PPE, FFP3 masks, Fit Testing, Donning and Doffing. Nightingale hospitals that never filled.

INT: And now?

K14: Burnout. Backlogs. Recovery plans. Nonetheless, we carry on. Keep Calm and Carry On, literally on a poster in the office.

K14: I started in [[DATE:March 2001]], so I've seen a few crises.
"""),
    ("K04", "written", """\
Pharmacy newsletter - Spring

Shortages: Creon, Estradot patches and Elvanse. Alternatives on the intranet.
New on formulary: Edoxaban (Lixiana) for AF, Semaglutide (Ozempic, Wegovy) for diabetes and weight.
Reminder: Insulin Passports for every insulin patient. Never use the abbreviation U for Units.
Quiz: Which eponymous sign is seen in hypocalcaemia? Answer: Chvostek's and Trousseau's.
"""),
    ("K01", "spoken", """\
INT: What do you want to do long term?

K01: Gastro, I think. Crohn's, Colitis, Coeliac. ERCPs, Endoscopy. Rockall and Glasgow-Blatchford scores every day on call.

INT: Any worries?

K01: Surely the competition. Hopefully I'll get a number. Fingers crossed, touch wood, all that.
"""),
]


def build() -> tuple[list[dict[str, object]], str]:
    """The documents and the register CSV (negatives_dev.py's renderer)."""
    docs, register = _BASE["build_set"](NAME, REGISTER, DOCS)
    return docs, register


if __name__ == "__main__":
    _BASE["write_set"](NAME, REGISTER, DOCS, Path(__file__).resolve().parent)
