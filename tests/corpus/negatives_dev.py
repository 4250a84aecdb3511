"""DEVELOPMENT set of hard negatives (issue 14, round 11): ordinary language that looks like an
identifier, with a few real identifiers so that leak is measured too.

Hand-written for vault (general knowledge; no other set's pools or strings). Thirty-odd short
transcripts in many settings: ward and practice talk thick with doses, scores, observations,
times, money, counts and ranges, years as history, page/version/bleep/bed numbers, drug and
device names, capitalised common nouns, titles of guidelines, courses and apps, bodies and
diseases named for places or people (Lyme, Down's, Crohn's, Ebola), teams and rotas,
video-call vocabulary (Teams, Zoom, mute, chat, breakout rooms), interpreters' phrasings,
glosses in other languages, idioms and allusions. Everything in the text is ordinary language
except what the markup labels.

Markup: ``[[TYPE:text]]`` a third party's identifier, ``[[TYPE@CODE:text]]`` a register
participant's, ``[[TYPE/form:text]]`` with a form (``sp_`` forms are spoken). Labels follow
tests/corpus/README.md (titles and a leading "the" stay outside the span).

Render (deterministic) into negatives_dev.jsonl and negatives_dev_register.csv::

    .venv/bin/python tests/corpus/negatives_dev.py

The bench scores it as a development set: ``bench/anonymise_quality.py --heldout 0 --only
negatives_dev --misses 60`` (its over-redacted words may be printed and fixed, by class).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

NAME = "negatives_dev"

REGISTER = [
    ("Abena Owusu-Ansah", "N01", "Abby"),
    ("Tomasz Wieczorek", "N02", "Tomek"),
    ("Priyanka Raghunathan", "N03", "Priya"),
    ("Callum Strachan", "N04", ""),
    ("Nkechi Eze", "N05", ""),
    ("Farhan Siddiqui", "N06", ""),
    ("Maja Lindgren", "N07", ""),
    ("Rhiannon Pryce", "N08", "Rhi"),
    ("Oluwaseun Adeyemi", "N09", "Seun"),
    ("Mei Ling Tan", "N10", ""),
    ("Siosaia Fifita", "N11", "Sia"),
    ("Bronagh McAleese", "N12", ""),
]

#: (participant code, style, text with markup)
DOCS: list[tuple[str, str, str]] = [
    ("N01", "spoken", """\
INT: Thanks for joining on Teams. Can you hear me okay? You were on mute for a second.

N01: Yeah, sorry, I'm here. The Wi-Fi in the doctors' room is rubbish. So I'm [[PERSON@N01:Abena]], I'm a salaried GP, I do six sessions a week.

INT: And what does a typical Monday look like?

N01: Monday is carnage, honestly. Eighteen booked, then the duty list, which can be forty or fifty calls. We do ten-minute slots but the complex ones need fifteen. By half six I'm usually still doing bloods results and the Docman pile.

INT: How does that feel?

N01: Some days it's fine. Some days it's like whack-a-mole. I had a lady last week, her HbA1c had gone from 48 to 71, so we upped her metformin to 1 gram twice a day and talked about Ozempic, but there's a shortage, so that's a whole other conversation.

INT: Right.

N01: And the Libre sensors, people ask for them off the back of TikTok. I spend a lot of time explaining the NICE criteria. NG28, if you want the number.

INT: [laughs] I'll take your word for it.

N01: [[PERSON:Dr Okafor|Okafor]], our senior partner, says it's the job now. He's been here since 1998, so he's seen every reorganisation going, PCTs, CCGs, now ICBs.
"""),
    ("N02", "spoken", """\
INT: Can you tell me a bit about nights?

N02: Nights, okay. So on the medical take it's me as the SHO, one registrar, and the Hospital at Night team. Bleep 4471 is the med reg, bleep 2210 is the site manager. You learn them in the first week.

INT: What's the busiest part?

N02: Between two and four in the morning. The NEWS2 calls come in, a patient scores 5 or 6, you go, you look. Obs last night: BP 88 over 50, heart rate 124, resp rate 28, sats 91% on two litres, temp 38.9. So that's sepsis six, fluids, gent, cultures, lactate came back 4.2.

INT: That sounds intense.

N02: It's normal. [laughs] In [[LOCATION:Poland]] we say "nie mój cyrk, nie moje małpy", not my circus, not my monkeys. But here everything is your circus on nights.

INT: Do you get breaks?

N02: Officially thirty minutes. In reality maybe ten, with a KitKat from the machine. The machine takes contactless now, which is progress.

N02: I came to [[LOCATION:Leeds]] in 2019 through the MTI scheme, and I'm [[PERSON@N02:Tomasz]], by the way, you probably have that already.
"""),
    ("N03", "written", """\
Interviewer: What training have you done this year?

N03: Quite a lot, actually. I did Advanced Life Support in March, the four-yearly recert, and the Generic Instructor Course is booked. I also did the online Safeguarding Level 3 module on e-LfH, which took about four hours, and the Mental Capacity Act refresher.

Interviewer: Which did you find most useful?

N03: Honestly the Schwartz Rounds more than any course. And a Balint group that [[PERSON:Sister Mwale|Mwale]] runs once a month on a Thursday. We follow the Gibbs reflective cycle for the portfolio, and the Johari window came up in one session, which was interesting.

Interviewer: Do you use any apps?

N03: MDCalc for the Wells score and CURB-65, the BNF app, and Headspace when I remember. I tried Calm but the free trial ran out. For rotas we use Allocate, and for leave it's HealthRoster, which nobody understands.

Interviewer: And the e-portfolio?

N03: Horus in foundation, then Kaizen. I have 37 tickets outstanding, which is embarrassing. My supervisor, [[PERSON:Dr Halvorsen|Halvorsen]], is very patient about it.

Interviewer: How would you describe yourself in one line?

N03: [[PERSON@N03:Priya]], ST4 in acute medicine, too many courses, not enough sleep.
"""),
    ("N04", "spoken", """\
INT: And the money side of things, is that a worry?

N04: Aye, a bit. The exam alone was six hundred and something pounds, then the course was £1,250, and the study budget gives you about £900 a year if you're lucky. My car insurance went up forty quid a month. Petrol's a pound fifty a litre.

INT: Does the locum work help?

N04: It does. Bank shifts are about sixty pound an hour for a twelve-hour day, so that's seven hundred and twenty before tax. But you're knackered after. I did three in a row over Easter and it nearly broke me.

INT: Where are you based?

N04: [[HOSPITAL:Ninewells]], on the acute receiving unit, ward 12 mostly, sometimes the short stay on ward 9. Bay 4 is the side rooms. Bed 22 has the hoist.

INT: And how long have you been there?

N04: Three and a half years. Before that I was in [[LOCATION:Inverness]] for F1 and F2. I'm [[PERSON@N04:Callum Strachan]], for the recording.

INT: Thank you. Anything you'd change?

N04: The car park. Fifteen pound a week to park at your own work, it's a scandal. The BMA had a campaign, Fair Pay for Parking or something.
"""),
    ("N05", "spoken", """\
INT: You mentioned the interpreter earlier.

N05: Yes. For clinic we use Language Line on the speakerphone, or the video one on the iPad. You ring, you say the language, Tigrinya or Dari or Portuguese, and they connect you in about two minutes.

INT: How does it work in practice?

N05: The interpreter says everything in the first person, "I have pain here", not "she says she has pain". Some forget and do "he is telling that the pain is since three days". You just go with it.

INT: Any difficult moments?

N05: Oh, plenty. Once the word for "kidney" and "back" was the same, so we were talking past each other for ten minutes. In Igbo we say "onye aghala nwanne ya", do not leave your brother behind. That is my whole philosophy of teamwork, honestly.

INT: That's lovely.

N05: My mum says it. [laughs] Anyway, I'm [[PERSON@N05:Nkechi]], I work in the sexual health clinic, and my colleague [[PERSON:Chidera]] does the Tuesday evening session with me.

INT: And the clinic is busy?

N05: Walk-in is capped at thirty. The PrEP clinic is separate, by appointment, two hundred people on the list. We hand out the little leaflets with the QR code on.
"""),
    ("N06", "written", """\
Interviewer: Tell me about the conditions you see most.

N06: In rheumatology clinic it's rheumatoid, psoriatic arthritis, lots of gout, some lupus. In general medicine we see Lyme disease now and then, from walkers. I had a patient with Crohn's disease on infliximab, and a young man with Down's syndrome and early-onset Alzheimer's, which was hard for the family.

Interviewer: Anything unusual?

N06: A case of Legionnaires' disease from a hotel shower, and one of West Nile fever in a returning traveller, which was a first for all of us. We talked about Ebola and Lassa fever in the infection control update because of the outbreaks abroad. The microbiologist called it "a Marburg-style scare", which was dramatic.

Interviewer: How do you keep up?

N06: The Oxford Handbook, which I still carry, the BSR guidelines, and a Twitter list of rheumatologists. I read the Lancet on the train. Journal club is on Fridays at 12.30 in the seminar room.

Interviewer: And your background?

N06: I'm [[PERSON@N06:Farhan Siddiqui]]. I did my foundation years at [[HOSPITAL:Royal Preston]], then IMT. My wife says I talk about Parkinson's and Bell's palsy at dinner, which is true.
"""),
    ("N07", "spoken", """\
INT: Let's start, the recording is on. Transcript is on too, just so you know.

N07: Okay. Can you see my screen? I'll share. Oh no, I'm frozen. Hang on, I'll leave and rejoin.

INT: No worries, take your time.

N07: Back. So, I'm [[PERSON@N07:Maja]]. I came from [[LOCATION:Sweden]], I'm a consultant anaesthetist now. In Swedish we have the word "lagom", not too much, not too little, and I think the NHS could use some lagom.

INT: [laughs] In what way?

N07: Everything is extreme. The list starts at eight, the first patient comes at nine forty because the WHO checklist, the brief, the porters. Then the list over-runs and we cancel the last case. Theatre 3 has the laparoscopic stack, Theatre 5 is orthopaedics, so you're fighting for the good one.

INT: How do you cope?

N07: Fika. [laughs] Coffee and a cinnamon bun at ten. And I go cold-water swimming at weekends. It's very Scandinavian of me.

INT: And the team?

N07: Very good. [[PERSON:Einar]], the ODP, knows everything. The breakout rooms in the teaching, though, I hate them. Everyone on mute, cameras off, nobody talks.
"""),
    ("N08", "spoken", """\
INT: Could you walk me through a home visit?

N08: Yeah, so in the valleys you might do four or five in an afternoon. You check the drug chart, the syringe driver, so maybe 10 milligrams of morphine and 2.5 of midazolam over twenty-four hours, check the Just in Case meds are in the house. Then the family want to talk, which is the important bit really.

INT: Is there Welsh spoken?

N08: Oh, lots. "Shwmae", "diolch yn fawr", "cwtch". Some of the older patients only really want Welsh at the end, so it's "paned?" and they light up. Hiraeth, that's the word. A longing for home you can't go back to.

INT: That's a beautiful word.

N08: It is. I'm [[PERSON@N08:Rhiannon]], I'm a GP in [[LOCATION:Merthyr]]. I use the All Wales palliative care guidelines and the Gold Standards Framework for the register.

INT: Do you get support?

N08: We have a Balint-ish group, and Health for Health Professionals Wales. Twelve sessions free, no questions asked. I used six after the pandemic. Lockdown in 2020 was the worst of it.
"""),
    ("N09", "written", """\
Interviewer: You're on the rota coordination side too?

N09: Yes, I'm the rota lead for the registrars, so I live in spreadsheets. We have the Red rota and the Blue rota, Team A, Team B and the Take team. Nights are one in eight, weekends one in four. The Junior Doctors' Contract 2016 has rules about maximum 72 hours in 168, minimum 46 hours off after nights, and no more than four long days in a row.

Interviewer: Is that hard to meet?

N09: Very. One sick day and you're breaching. The exception reporting system is on Allocate too. I put in 14 exception reports last year and got paid for 9 of them.

Interviewer: How do people react?

N09: Mixed. Some call me Mr Rota, others call me worse. [laughs] I tell them, Rome wasn't built in a day. Murphy's law says whoever you swap with will also be sick.

Interviewer: And your own training?

N09: I'm [[PERSON@N09:Seun]], ST6 in geriatrics. My educational supervisor, [[PERSON:Dr Vanstone|Vanstone]], is brilliant. I'm aiming for CCT in August next year if the ARCP goes well.
"""),
    ("N10", "spoken", """\
INT: Tell me about the pharmacy side of your role.

N10: So I'm a pharmacist independent prescriber, I do the anticoagulation clinic and the respiratory reviews. Apixaban five milligrams twice a day, or two point five if they tick two of the three boxes: over eighty, under sixty kilos, creatinine over one-three-three. Warfarin patients, we aim for an INR of two to three.

INT: And the respiratory side?

N10: Inhaler technique, mostly. Two puffs twice a day of the brown one, the Clenil, and the blue one, salbutamol, when needed. If they're using more than three blue inhalers a year that's a red flag. We moved a lot of people to Trimbow and the dry powder ones for the carbon footprint.

INT: Interesting.

N10: Yeah, the Greener NHS stuff. Net zero by 2040. Every inhaler is like a car journey of, I don't know, a hundred and eighty miles.

INT: Are you from the UK originally?

N10: From [[LOCATION:Penang]]. I'm [[PERSON@N10:Mei Ling]]. My family still say "lah" at the end of everything, "can lah", "no need lah". I went to [[HOSPITAL:Addenbrooke's]] for my preregistration year.
"""),
    ("N11", "spoken", """\
INT: Tell me about coming to the UK.

N11: I came from [[LOCATION:Tonga]], via [[LOCATION:Auckland]]. Very different. The cold, the dark at four o'clock. First winter I wore three jumpers on the ward. [laughs]

INT: And the language at work?

N11: English is fine, but the slang. "Bob's your uncle", "sent to Coventry", "taking the mick". I kept a list on my phone. Someone said the new system was "a bit Heath Robinson" and I had to ask who Heath Robinson was.

INT: [laughs] Did anyone help?

N11: My mentor, [[PERSON:Grainne]]. She explained everything. Also "a Jack of all trades", "a Good Samaritan", "Hobson's choice". In Tongan we say "ofa", love, it is everything. "Malo e lelei" is hello.

INT: Lovely.

N11: I'm [[PERSON@N11:Siosaia]], but please call me [[PERSON@N11:Sia]]. Everyone mispronounces [[PERSON@N11:Siosaia]] anyway. I work in the emergency department, on the Majors side mostly, sometimes Resus. We have the Manchester Triage System, colours: red, orange, yellow, green, blue.
"""),
    ("N12", "written", """\
Interviewer: You chair the guidelines group?

N12: I do, for my sins. This year we updated the sepsis pathway, the DKA protocol, version 4.2, and the acute kidney injury one. The DKA protocol now says fixed-rate insulin at 0.1 units per kilogram per hour, and check glucose hourly. The old version 3.7 still floats around on the intranet, which is dangerous.

Interviewer: How do you keep them current?

N12: A review date on page 1, and the document control table on page 2. Every guideline gets a three-year review, or sooner if NICE changes something. We use the AGREE II tool, loosely.

Interviewer: What's the hardest part?

N12: Getting people to read them. The Getting It Right First Time report said we had too many. So we did a Plan-Do-Study-Act cycle, three PDSA cycles in fact, to get the number down from 412 to 180.

Interviewer: And outside work?

N12: I run. I did the Great North Run last year in two hours four. I'm [[PERSON@N12:Bronagh McAleese]], and I've been a consultant at [[HOSPITAL:the Ulster Hospital|Ulster Hospital]] for eleven years.
"""),
    ("N01", "written", """\
Interviewer: Can we talk about the practice's systems?

N01: Sure. We're on SystmOne, the community team is on EMIS, and the hospital is on Epic, so nothing talks to anything. Results come through on ICE. Referrals go via e-RS. Prescriptions via EPS. Then there's AccuRx for texts and video, and the NHS App for repeat prescriptions, which patients either love or hate.

Interviewer: How much time goes on that?

N01: An hour a day, easy. The Docman inbox had 212 letters on Friday. Half of them are "for information only". We use the Ardens templates for the QOF reviews, and the Eclipse dashboard flags the high-risk prescribing.

Interviewer: Is there a plan to improve it?

N01: The PCN is piloting a new triage tool, Klinik. Our practice manager, [[PERSON:Sandra]], is cautiously optimistic. I am less so. We had Babylon in the area for a bit and that didn't end well.

Interviewer: What would make the biggest difference?

N01: More GPs. The Additional Roles Reimbursement Scheme gave us a physio, a pharmacist and a social prescriber, which is brilliant, but not a GP. [[PERSON@N01:Abby]] the doctor is still one person.
"""),
    ("N02", "written", """\
Interviewer: You teach on the ward too?

N02: Yes, teaching is my favourite part. Tuesday lunchtime is the F1 teaching, Thursday afternoon is core trainees. I do the acid-base session: pH 7.21, pCO2 3.1, bicarb 12, base excess minus 14. Then the anion gap, Winter's formula, and so on. Students love Winter's formula, for some reason.

Interviewer: Any favourite cases?

N02: A lady with Addison's disease in crisis, hydrocortisone 100 mg IV then 50 mg four times a day. Also a man with Guillain-Barré after Campylobacter. And Cushing's, obviously, everyone gets a Cushing's question.

Interviewer: How is the teaching received?

N02: Feedback forms, 4.6 out of 5 on average. One student wrote "best teaching of the year" which I printed and put on the fridge. [laughs]

Interviewer: Where did you train?

N02: Medical school in [[LOCATION:Kraków]]. Then I did the PLAB 1 and PLAB 2, and came to [[HOSPITAL:St James's|St James's]] as a clinical fellow.
"""),
    ("N03", "spoken", """\
INT: So how's the video-call side of clinic been?

N03: Mixed. On Attend Anywhere you get the waiting room, the patient's there, you click "join". Half the time they're on mute, or you get a cat. [laughs] Or the camera's pointing at the ceiling. "Can you hear me? You've gone all robotic." Then they drop off and you phone them instead.

INT: Do you prefer phone?

N03: For follow-ups, yes. For new patients, face to face. I had a man hold his phone to his swollen ankle, like, "Doctor, look", and it was all pixelated. I said, "I'm going to need you to come in."

INT: And the chat function?

N03: People type things in the chat and you don't see it. Someone typed "my dog ate my inhaler", which I only read afterwards. [laughs]

INT: What did you do?

N03: Rang him. He was fine, the dog was fine. Got him a new Ventolin. That's the NHS for you, one dog, three forms.

INT: How long have you been doing remote clinics?

N03: Since [[DATE:March 2020]], when everything went online. Before that, never. I was on the Covid wards for the first wave, then the field hospital, which never really opened.
"""),
    ("N04", "written", """\
Interviewer: What do you do on your days off?

N04: Hillwalking, mostly. I've done 97 of the 282 Munros. Last month I did a long plateau walk, and I'm planning a ridge in June if the weather holds. I use OS Maps and the Met Office app, and a Garmin watch that tells me my heart rate was 172 on the way up.

Interviewer: That's a lot of Munros.

N04: Only a third. Some folk have done them all twice. My dad did them in the 1980s with a paper map and a compass.

Interviewer: Does it help with the job?

N04: Completely. Up there nobody's bleeping you. You have your flask and your piece, and it's just you and the midges. We say in Scotland "it's a dreich day" when it's grey and wet, and most days are dreich, to be fair.

Interviewer: Anyone you walk with?

N04: My pal [[PERSON:Ewan]] from med school. He's a GP in [[LOCATION:Aviemore]] now, so he's got the hills on his doorstep. Jammy.
"""),
    ("N05", "written", """\
Interviewer: Can you tell me about the clinic's audit?

N05: We audited HIV testing uptake. Standard was 90%, we were at 73% in Q1, then 86% in Q3 after we changed the opt-out wording. Chlamydia positivity was 8.4% in under-25s. We presented it at the BASHH conference, poster number 117.

Interviewer: What changed?

N05: The wording on the tablet, and the receptionists offering it first. Small things. Also the free condoms at the front desk, the C-Card scheme. We saw about 1,400 young people last year.

Interviewer: How do you cope with the emotional side?

N05: I pray. I go to church on Sundays, RCCG, the big one near the ring road. Blessing and Favour are ordinary words to me, they're what we ask for. And Grace, of course. Grace is everything. We say "God dey", God is there.

Interviewer: Who supports you at work?

N05: [[PERSON:Dr Adeleke|Adeleke]], the lead consultant, and the health advisers. Our psychologist does a reflective session once a quarter.
"""),
    ("N06", "spoken", """\
INT: What's your week like, roughly?

N06: Monday's clinic, Tuesday's the biologics MDT at eight, then ward round. Wednesday is admin, which means catching up on letters, dictated in Dragon. Thursday's the early arthritis clinic, and Friday I'm on the medical take one in six.

INT: Busy.

N06: It's fine. [laughs] I try to do the school run on Wednesdays. My son's in Year 4, he has spellings every week. This week was "necessary", "separate", "rhythm". Even I struggle with rhythm.

INT: How about your own wellbeing?

N06: Ramadan is hard on the take, I'll be honest. Fasting from four in the morning till nine at night, then a night shift. We break fast with dates and water, then I'm back in. Eid was on a Wednesday this year and I was on call. Inshallah next year is better.

INT: Does the department accommodate it?

N06: Mostly. The rota coordinator is good. We had a chat on Teams, very reasonable. I'm just one of about twenty Muslim doctors in the trust, so it's a known thing. Alhamdulillah.
"""),
    ("N07", "written", """\
Interviewer: Can you describe the pre-assessment process?

N07: Patients come to pre-op clinic about four to six weeks before. We do a STOP-BANG for sleep apnoea, a Rockwood frailty score, and the Duke Activity Status Index. If the score is 5 or more on STOP-BANG they go to the sleep clinic. We check the HbA1c, which should be under 69 for elective surgery, and haemoglobin over 130 for men, 120 for women.

Interviewer: And on the day?

N07: The WHO Surgical Safety Checklist: sign in, time out, sign out. Mallampati grade, ASA grade, ASA 3 is most of our list. We use the Macintosh blade and the McGrath video laryngoscope. The Bair Hugger keeps them warm. Propofol, fentanyl, rocuronium, and sugammadex to reverse.

Interviewer: What about difficult airway?

N07: The DAS guidelines, Plan A to Plan D. The Vortex approach too. We practised it in sim with the SimMan 3G, and the faculty used the TeamSTEPPS debrief.

Interviewer: Who taught you most?

N07: A professor in [[LOCATION:Uppsala]]. And here, [[PERSON:Dr Sjöberg|Sjöberg]], who is also Swedish, which is a coincidence.
"""),
    ("N08", "written", """\
Interviewer: Tell me about the practice population.

N08: About 9,800 patients, high deprivation, lots of COPD and mental health. We have the over-75s health checks, the diabetes clinic, the Tuesday baby clinic with the health visitors. Vaccines: the 6-in-1 at 8, 12 and 16 weeks, MMR at 1 year and 3 years 4 months, flu for over-65s and the under-5s nasal spray.

Interviewer: How's the uptake?

N08: MMR is 88%, which is below the 95% target. We send texts, we ring, we do Saturday clinics. The Covid booster uptake in over-80s was 79%. Shingles vaccine at 70, pneumococcal at 65.

Interviewer: And the team?

N08: Four partners, two salaried, a nurse practitioner, three practice nurses, two HCAs. Our receptionist [[PERSON:Glenys]] has been there thirty-one years. She knows every family.

Interviewer: Anything you're proud of?

N08: We got Outstanding from the inspectorate in 2018. Healthcare Inspectorate Wales, I mean, not the CQC. [laughs] They put the certificate up in the waiting room by the fish tank.
"""),
    ("N09", "spoken", """\
INT: Can we talk about a difficult week?

N09: Yeah. So, the Tuesday, I had three deaths on one shift. Mr A, Mrs B and Mrs C, if we're anonymising. [laughs] The first was expected, end of life, on the Swan scheme. The second was a cardiac arrest, we did four cycles, two shocks, adrenaline at three and five, amiodarone three hundred, ROSC for about ten minutes then lost her.

INT: That's a lot.

N09: It is. Then I went home and my kid wanted pancakes. [laughs] That's life. You go from the Resus Council algorithm to Peppa Pig in forty minutes.

INT: Did you debrief?

N09: We had a hot debrief, the STOP5 thing, and then a TRiM practitioner checked in after. Someone brought Krispy Kremes. Very British.

INT: What helps?

N09: My family, the gym, and the Wellbeing Hub. I also see a counsellor through the Practitioner Health programme, every other Friday. Eight sessions so far.

INT: And you're happy to say that on tape?

N09: Sure. The stigma thing, we need to get over it. The Good Medical Practice says look after yourself too.
"""),
    ("N10", "written", """\
Interviewer: How did you find the move into the GP practice?

N10: Different from hospital. I do the structured medication reviews, mostly polypharmacy, people on 10 or 12 items. STOPP/START criteria, the anticholinergic burden score, and the NHS Scotland polypharmacy guidance, which is actually the best one.

Interviewer: Give me an example.

N10: A man of [[AGE:84]] on 14 medicines. Amlodipine 10 mg, ramipril 10 mg, bisoprolol 5 mg, doxazosin 4 mg, atorvastatin 80 mg, aspirin 75 mg, omeprazole 20 mg, and more. Blood pressure 102/58 sitting, 84/50 standing. We stopped three, and he stopped falling.

Interviewer: Great outcome.

N10: It felt good. His daughter sent a card with a Snoopy on it. [laughs]

Interviewer: What about your own development?

N10: I did the CPPE pathway, 18 months, and the Independent Prescribing course at university. I've got my eye on the advanced practice MSc. [[PERSON:Hui Min]], my old flatmate, did hers at [[LOCATION:Dundee]] and loved it.
"""),
    ("N11", "written", """\
Interviewer: Can you describe a shift in the ED?

N11: On a late, 14:00 to 00:00, I start in Majors. The board is the Symphony screen, with the four-hour clock on each patient. Green under two hours, amber two to three, red over three. The 12-hour trolley waits are the real scandal. We had 31 last Monday.

Interviewer: What about the ambulances?

N11: Handover delays, yes. Sometimes twelve ambulances queued. We do "rapid release" after 45 minutes. The HALO is the ambulance liaison officer, and the paramedics call Resus on the red phone with an ATMIST handover.

Interviewer: How do you stay calm?

N11: Breathing. Box breathing, four in, four hold, four out, four hold. And the 5-4-3-2-1 grounding, five things you see, four you touch. A psychologist taught us on the Compassionate Leadership course.

Interviewer: Does your family visit?

N11: My cousin [[PERSON:Viliami]] came for Christmas. He brought a lot of taro and a lot of opinions about the weather. [laughs]
"""),
    ("N12", "spoken", """\
INT: So, tell me about the research.

N12: I'm doing an MD, part-time, on frailty in the ED. Two thousand patients, we've recruited about one thousand one hundred. The primary outcome is thirty-day mortality, secondary outcomes length of stay, readmission at ninety days.

INT: How's the stats side?

N12: Horrible. [laughs] It's in R, with the tidyverse, and Stata for the regressions. Odds ratio one point four, confidence interval one point one to one point eight. P less than point zero one. The statistician is a saint.

INT: Any hurdles?

N12: The ethics took ages, IRAS, then the HRA approval, then R&D at each site. Version 5 of the protocol, version 3 of the consent form. The sponsor wanted the Clinical Frailty Scale, the Rockwood one, scored at triage, which nurses weren't keen on.

INT: Funding?

N12: A fellowship from the NIHR, and a small grant from the Royal College of Emergency Medicine. Forty-eight thousand pounds over two years. Mostly research nurse time.

INT: Good luck with it.

N12: Thanks. I'll need it. Submission is the thirtieth of the month after next, or thereabouts.
"""),
    ("N01", "spoken", """\
INT: Okay, we're recording. [[PERSON@N01:Abena]], could you say something about your background?

N01: Sure. My parents are from [[LOCATION:Ghana]], from [[LOCATION:Kumasi]], but I was born here. Growing up there was a lot of "Akwaaba", welcome, and jollof at every party. The jollof wars with the Nigerians. [laughs]

INT: [laughs] And medicine?

N01: I did it because my auntie was a nurse. She worked on the Seacole ward. You know, named after Mary Seacole. Lots of history in the names.

INT: Is there something about being a GP you'd tell a new doctor?

N01: Listen more than you talk. "Ubuntu", I am because we are. That's South African, not Ghanaian, but I love it. Also, know your QOF. [laughs]

INT: Any wellbeing things?

N01: I do a Couch to 5K every January and give up by February. And the Calm app, the rain sounds. Proper Tuesday-night self-care.
"""),
    ("N03", "written", """\
Interviewer: Can you tell me about the quality improvement project?

N03: We looked at the time to antibiotics in sepsis. The target is within one hour of recognition. We collected 50 cases a month for six months. Baseline median was 96 minutes. After the intervention, a sepsis trolley and a bleep 5555 for the sepsis nurse, we got it to 54 minutes.

Interviewer: That's impressive.

N03: The run chart shows it. Eleven points above the median before, then a shift of seven points below. We used the Model for Improvement, with the three questions, and a driver diagram.

Interviewer: Were there any challenges?

N03: Engagement. The night team were sceptical. So we did a Grand Round, and the medical director came. Then it was a priority. Funny how that works.

Interviewer: Who helped most?

N03: Our QI lead, [[PERSON:Dr Marsh|Marsh]], and the sepsis nurse. And the data analyst in the Business Intelligence team. They built a Power BI dashboard that updates daily.
"""),
    ("N05", "spoken", """\
[Interpreter joins the call]

INT: Thank you for joining. Could you introduce yourself?

N05: I'm the clinician. The interpreter is for the patient part we are going to role-play.

Interpreter: Hello, I am the Arabic interpreter. I will interpret everything in the first person.

INT: Great. So, in the role-play, the patient says?

Interpreter: She says, "I have had the pain for three days, since Friday. It is here, on the left side. On a scale, it is eight out of ten." She says also, "Wallahi, I did not sleep."

N05: And I would ask, "Any fever? Any blood when you pass water?"

Interpreter: She says no blood. She says she took two paracetamol, every six hours, and "hot water with cumin", her mother's remedy.

N05: So then we examine, we dip the urine, we give trimethoprim two hundred milligrams twice a day for three days.

INT: And how does that feel, working through an interpreter?

N05: It's slower, twice as long. But with a good interpreter you forget they are there. The bad ones summarise, "she says she is fine", and you lose everything. Our trust booked [[PERSON:Yasmin]], who is the best.
"""),
    ("N07", "spoken", """\
INT: Tell me about your family and how they settled.

N07: We came in 2017. My husband works for a software company, remote, on Slack and Zoom all day. He says "you're on mute" about forty times a day. [laughs] The children went to the local primary, Year 2 and Reception. Now they say "innit" and "proper".

INT: [laughs] How was the paperwork?

N07: Terrible. The GMC registration, the Certificate of Good Standing from [[LOCATION:Sweden]], the IELTS, seven point five in each band. The visa, the Tier 2, the Immigration Health Surcharge. Six hundred and twenty-four pounds each a year, for four people.

INT: That's a lot.

N07: It is. And the car, a Volvo of course, it's the law. [laughs]

INT: How do you feel now?

N07: At home. We have Midsummer in our garden, with the maypole. The neighbours think we're mad. We eat herring and sing and drink a little snaps. My neighbour [[PERSON:Pauline]] comes every year now.
"""),
    ("N09", "written", """\
Interviewer: How did you find the exams?

N09: MRCP Part 1, Part 2 written, and PACES. I failed PACES once. Station 4, communication, the scenario was breaking bad news with the SPIKES model. I scored 28 out of 32 in that station but failed Station 1, the respiratory exam. I missed a pleural effusion.

Interviewer: That must have been frustrating.

N09: Very. Second time I passed with 148 out of 172. I did the PasTest question bank, and Zero to Finals, and the Geeky Medics OSCE videos on YouTube. Passmedicine too, about 3,000 questions.

Interviewer: How long did you study?

N09: Six months, two hours a night after work, longer at weekends. My wife was a saint. We had a deal: no revision on Sunday afternoons, that was for church and the children.

Interviewer: And the cost?

N09: About £2,500 in exam fees and courses, all in. Some trusts pay for one attempt. Mine didn't. I claimed tax relief on the fees through HMRC, which most people don't know you can do.
"""),
    ("N10", "spoken", """\
INT: What's a difficult conversation you've had recently?

N10: A lady who didn't want to take her statin because she read on Facebook it causes memory loss. So I did the QRISK3 with her, her ten-year risk was eighteen point four percent. I explained, out of a hundred people like you, about eighteen have a heart attack or stroke in ten years. With the statin, maybe twelve.

INT: Did she take it?

N10: She said she'd think about it. Which, fair enough. Shared decision-making. We have the NICE patient decision aid, with the little smiley faces, a hundred faces, some shaded.

INT: Do you get a lot of online misinformation?

N10: All the time. TikTok, Instagram, WhatsApp groups. "Apple cider vinegar cures diabetes". Someone's cousin's friend. I say, "Let's look at it together." Usually there's a grain of truth, the vinegar might lower your sugar by, like, point two. [laughs]

INT: Any favourite phrase?

N10: My grandmother's, in Hokkien, "ho seh liao", everything's good, it's done. Good for ending a consultation.
"""),
    ("N11", "spoken", """\
INT: You said there was a rugby thing?

N11: Yeah, I play for the hospital team, the Medics Sevens. We play in the NHS tournament every May bank holiday. Last year we got to the semi-final, lost twenty-one to fourteen to the Ambulance Service. [laughs] Their front row is huge.

INT: Do you play in Tongan style?

N11: We do the Sipi Tau before the match, the war dance. The lads love it. Everyone wants to learn. Our coach is a physio, he's from [[LOCATION:Wigan]], rugby league man, so he thinks we're all mad.

INT: And is the team mixed?

N11: Doctors, nurses, porters, a radiographer. The porter, [[PERSON:Big Tevita]], is enormous. He's the best player by a mile.

INT: Does it help with work?

N11: You know each other. Then in Resus you say, "Can you grab the Level 1 infuser?" and it's your scrum half, and it's easy. Team is everything.
"""),
    ("N12", "written", """\
Interviewer: How do the morbidity and mortality meetings work in your department?

N12: Monthly, first Wednesday, 8 till 9. We present two or three cases, anonymised, with a timeline. The Swiss cheese model, Reason's, always comes up. We look at human factors with the SEIPS framework, and sometimes the London Protocol.

Interviewer: Any memorable ones?

N12: A delayed diagnosis of Takotsubo, which everyone thought was an MI. Also a missed Boerhaave's after vomiting, and a Kawasaki in a toddler we nearly sent home. Eponyms galore. [laughs]

Interviewer: How do people feel presenting?

N12: Nervous. We have a "no blame" rule, but it takes time. Just Culture, the NHS Improvement guide, helped. We also do Learning from Excellence, which is the opposite: GREATix, positive reporting.

Interviewer: Has it changed things?

N12: Definitely. Our Datix reports went up, which sounds bad but is good. We logged 312 last year, up from 190.
"""),
    ("N04", "spoken", """\
INT: So what about the teaching you do for medical students?

N04: I teach the fourth years on the cardiology block. ECGs mostly. Rate, rhythm, axis. "Left axis deviation: leaving, right axis: reaching." [laughs] A heart rate of three hundred divided by the big squares. Six big squares, fifty beats a minute.

INT: Do they enjoy it?

N04: Some. The keen ones come with their Ten Teachers and their Oxford Handbook. I tell them "ECGs Made Easy" by Hampton, the wee blue book, that's all you need.

INT: Any memorable students?

N04: One asked if atrial fibrillation was "like when your heart does the Macarena". Which, to be fair, it sort of is.

INT: [laughs]

N04: We do a quiz at the end, ten questions, prizes are Tunnock's teacakes. Last year the winners got nine out of ten. I think someone had the answers on WhatsApp.
"""),
    ("N06", "written", """\
Interviewer: Do you have any thoughts about AI in medicine?

N06: Mixed ones. We trialled an ambient scribe, Heidi, for clinic letters. It saved maybe six minutes a clinic, but it wrote that a patient had "rheumatoid arthritis of the soul" once. [laughs] We also tried ChatGPT for patient leaflets, and Copilot is in Outlook now.

Interviewer: Any worries?

N06: Governance. Data goes where? The DPIA took three months. The Caldicott Guardian had questions, rightly. We used the DTAC, the Digital Technology Assessment Criteria, and the DCB0129 and DCB0160 standards.

Interviewer: What's the future, do you think?

N06: Reading X-rays, triage, maybe the paperwork. Not the talking. Not holding someone's hand. Hippocrates would be horrified by the letters, though.

Interviewer: Would you recommend it to colleagues?

N06: For letters, yes, with care. Check every one. I told the department at our audit meeting, and [[PERSON:Dr Kaur|Kaur]] is leading the evaluation next year.
"""),
    ("N08", "spoken", """\
INT: Tell me how you switch off after a hard day.

N08: Choir. Côr Meibion, well, I'm in the mixed one, not the male voice. Tuesday and Thursday nights. We sang "Calon Lân" at the rugby, seventy thousand people. Gave me goosebumps.

INT: Wow.

N08: It's lush. And the dog, a daft collie, long walks in the hills, up to the top on a good day.

INT: Do you bring work home?

N08: Not if I can help it. The laptop stays in the boot. My husband's a teacher, he has marking, so we sit there, me with the Lloyd George envelopes in my head, him with Year 10 essays on Macbeth.

INT: [laughs]

N08: It's fine. Twenty years in the job, you learn. I'd say to new GPs, look after yourself, the NHS will take everything you give it and ask for more.
"""),
    ("N02", "spoken", """\
INT: Let's go back to your first year in the UK.

N02: Okay. So I arrived on a Sunday, the induction was Monday, eight a.m., in the education centre. Fire safety, manual handling, information governance, the e-learning, twenty modules. I got my smartcard, my badge, my door fob, my Cerner login, and a locker number, 316.

INT: How was the first shift?

N02: Terrifying. [laughs] Everybody talks in acronyms. "Can you do a TTO for bay three, then the DNACPR for bed six, then chase the CT head?" I thought CT head was a person, like Mr Head. [laughs]

INT: [laughs]

N02: I wrote them all in my notebook. "TTO, to take out. NBM, nil by mouth. TWOC, trial without catheter." Now I teach the new IMGs the same list. It's on a laminated card in the doctors' office.

INT: What would have helped?

N02: A buddy. Now we have the IMG buddy scheme, and the GMC's Welcome to UK Practice session, half a day, free. Very good.
"""),
    ("N10", "written", """\
Interviewer: Can you describe the anticoagulation clinic's numbers?

N10: We have about 640 patients on warfarin still, down from 1,100 five years ago, because most moved to DOACs. Time in therapeutic range averages 68%. Target is above 65%. We see 40 to 50 a day, point-of-care INR with the CoaguChek.

Interviewer: What's the biggest risk?

N10: Interactions. Clarithromycin, fluconazole, cranberry juice in large amounts, St John's wort. A patient came in with an INR of 9.8 after a course of antibiotics. Vitamin K 2 mg orally, recheck in 24 hours.

Interviewer: How do you track it?

N10: The DAWN software, and the yellow book, the oral anticoagulant therapy booklet, still. Patients love the yellow book. Some have had them since the 1990s.

Interviewer: How do you feel about the role?

N10: I love it. You know your patients. One gentleman brings me a Mars bar every visit. I tell him it's bad for his sugars.
"""),
]

_MARK = re.compile(r"\[\[(?P<type>[A-Z_]+)(?:/(?P<form>[a-z_]+))?(?:@(?P<code>[A-Z0-9]+))?:"
                   r"(?P<text>[^\]|]+)(?:\|(?P<gold>[^\]]+))?\]\]")


def render_doc(text: str) -> tuple[str, list[dict[str, object]]]:
    """The plain text and its gold spans. ``[[PERSON:Dr Okafor|Okafor]]`` puts "Dr Okafor" in the
    text and labels "Okafor" only (titles and a leading "the" stay outside the span)."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    cursor = 0
    length = 0
    for m in _MARK.finditer(text):
        out.append(text[cursor:m.start()])
        length += m.start() - cursor
        shown = m.group("text")
        gold = m.group("gold") or shown
        offset = shown.index(gold)
        span: dict[str, object] = {"start": length + offset, "end": length + offset + len(gold),
                                   "type": m.group("type"), "participant": m.group("code"),
                                   "form": m.group("form") or ""}
        spans.append(span)
        out.append(shown)
        length += len(shown)
        cursor = m.end()
    out.append(text[cursor:])
    return "".join(out), spans


def build_set(name: str, register: list[tuple[str, str, str]],
              texts: list[tuple[str, str, str]]) -> tuple[list[dict[str, object]], str]:
    """A set's documents (ids ``<name>-<code>-T<n>``) and its register CSV."""
    docs: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    for code, style, text in texts:
        seen[code] = seen.get(code, 0) + 1
        plain, spans = render_doc(text)
        docs.append({"id": f"{name}-{code}-T{seen[code]}", "participant_code": code,
                     "style": style, "text": plain, "spans": spans})
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["name", "code", "aliases"])
    for person, code, alias in register:
        writer.writerow([person, code, alias])
    return docs, buf.getvalue()


def write_set(name: str, register: list[tuple[str, str, str]],
              texts: list[tuple[str, str, str]], here: Path) -> None:
    """Write ``<name>.jsonl`` and ``<name>_register.csv`` into ``here``."""
    docs, csv_text = build_set(name, register, texts)
    with open(here / f"{name}.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    (here / f"{name}_register.csv").write_text(csv_text, encoding="utf-8")


def build() -> tuple[list[dict[str, object]], str]:
    """The documents and the register CSV."""
    return build_set(NAME, REGISTER, DOCS)


if __name__ == "__main__":
    write_set(NAME, REGISTER, DOCS, Path(__file__).resolve().parent)
