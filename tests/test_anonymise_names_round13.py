"""Round 13 of issue 14: people known by a surname alone, names in capitals and rosters, a
title and an initial, and initials in uncased caption text. Each class is decided by its shape
or its context, never by a transcript's strings:

* surnames that are also English words (``data/word_surnames.txt``: occupational, topographic,
  nickname, animal and weather surnames: Frost, Swift, Cook, Church, Prior), a person only where
  the words around them need one (a verb only a person does, a role in apposition, "me and",
  "I bleeped X", a title), as :class:`NameWordRecognizer` decides the given names that are words;
* a title and an initial whatever the letter ("Dr A said", "Ms I came", "Dr N's list", "Dr AK",
  "Dr J-P") and the titles of the ward, the church and the council ("Matron K.", "Father M.");
* names in capitals: a role before them on a board ("RN GALLAGHER"), a surname's particle
  inside ("ANA DE SOUZA"), the other names of a list that holds one ("Apologies: HUGHES,
  MBEKI", "Early: SHAH | Late: MURPHY"), and "SURNAME, First" whatever the surname ("WALKER,
  Joan", "AL-RASHID, Omar");
* in uncased caption text, a title and one letter ("dr j was lovely", "mrs b helped").

And the hard negatives of each: the same words as words ("Cross infection", "Prior to that",
"Lord knows"), "A&E" and "A level" after a title, the pronoun "I", acronyms and labels in lists
and before a first name ("SBAR, Sarah", "Apologies: MURPHY, TBC"), sign-offs ("LOVE, Tom").
Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest
from _mentions import in_replaced as _found
from _mentions import replaced

from vault.anonymise.engine import Anonymiser


def _kept(anonymiser: Anonymiser, text: str, word: str) -> bool:
    return not any(word in span.split() or span == word for span in replaced(anonymiser, text))


SURNAMES_THAT_ARE_WORDS = [
    ('Frost wanted everything done by the book.', 'Frost'),
    ('Swift, the charge nurse, was brilliant with families.', 'Swift'),
    ('I bleeped Crane twice before he answered.', 'Crane'),
    ('Cook said the bloods could wait.', 'Cook'),
    ('Me and Lamb covered the whole weekend.', 'Lamb'),
    ('We rang Church and she came straight down.', 'Church'),
    ('Weaver reckoned I was ready for the exam.', 'Weaver'),
    ('Thanks to Barker I got through it.', 'Barker'),
    ('Prior told me to take a break.', 'Prior'),
    ('Short, our ward manager, sorted the rota.', 'Short'),
    ('Gold agreed to sign it off.', 'Gold'),
    ('I asked Parsons for the keys.', 'Parsons'),
    ('Nightingale was my first mentor.', 'Nightingale'),
    ('Monk laughed when I told him.', 'Monk'),
    ('Sharp emailed the whole team.', 'Sharp'),
    ('Lord insisted we redo the audit.', 'Lord'),
    ('Salmon, the registrar, took the call.', 'Salmon'),
    ('Poor Chaplin had three arrests that night.', 'Chaplin'),
    ("Dr Swift's clinic was always overbooked.", 'Swift'),
    ('I worked under Thorne in ED.', 'Thorne'),
    ('It was Moody who noticed the rash first.', 'Moody'),
    ('Wolfe and I shared an office.', 'Wolfe'),
    ('Sweet texted me after the shift.', 'Sweet'),
    ("Hammer, the practice manager, wasn't keen.", 'Hammer'),
    ('Piper mentioned a job going in Leeds.', 'Piper'),
    ('Storey explained the new system to us.', 'Storey'),
    ('Plant was the physio on the ward.', 'Plant'),
    ('Keen smiled and said nothing.', 'Keen'),
    ('We met Brewer at the induction.', 'Brewer'),
    ('Dyer and Mensah did the teaching.', 'Dyer'),
]

WORDS_NOT_SURNAMES = [
    ('Cross infection was the worry.', 'Cross'),
    ('Frost on the car every morning.', 'Frost'),
    ('Swift action was needed.', 'Swift'),
    ('Cook the rice first, then the chicken.', 'Cook'),
    ('Lamb was on the menu.', 'Lamb'),
    ('Church on Sundays was important to us.', 'Church'),
    ('Prior to that I was in Lagos.', 'Prior'),
    ('Short staffing was the real problem.', 'Short'),
    ('Gold standard care, they call it.', 'Gold'),
    ('Sharp pain, like a knife.', 'Sharp'),
    ('Lord knows how we managed.', 'Lord'),
    ('Salmon and rice for dinner.', 'Salmon'),
    ('Sweet tea for shock, my nan said.', 'Sweet'),
    ('Judge for yourself.', 'Judge'),
    ('Plant based diets are popular.', 'Plant'),
    ("Keen to learn, that's me.", 'Keen'),
    ('Park the car round the back.', 'Park'),
    ('Grant funding ran out.', 'Grant'),
    ('Fish and chips on Friday.', 'Fish'),
    ('Rush hour was terrible.', 'Rush'),
    ('Hunt for a parking space every morning.', 'Hunt'),
    ('Head injury protocol applies.', 'Head'),
    ('Fuller picture later.', 'Fuller'),
    ('Street food was the best part of Lagos.', 'Street'),
    ('Love you, mum.', 'Love'),
    ('Long days are twelve and a half hours.', 'Long'),
    ('Young people struggle.', 'Young'),
    ('Little by little it got easier.', 'Little'),
    ('Day one was induction.', 'Day'),
    ('Rich people go private.', 'Rich'),
    ('Law school was my first plan.', 'Law'),
    ('Strong coffee helped.', 'Strong'),
    ('Free parking would be nice.', 'Free'),
    ('Hay fever in June is awful.', 'Hay'),
    ('Glass bottles only.', 'Glass'),
    ('Plant it by the door, he said.', 'Plant'),
    ('Then Cross the road.', 'Cross'),
    ("King's Fund report came out.", 'King'),
]

TITLE_AND_INITIAL = [
    ('I worked with Dr A for two years.', 'A'),
    ('Dr B was lovely.', 'B'),
    ('I saw Dr C on Monday.', 'C'),
    ('Dr D said it was fine.', 'D'),
    ('Then Dr E came in.', 'E'),
    ('Ask Dr F about it.', 'F'),
    ('Mr G was angry.', 'G'),
    ('Mrs H rang back.', 'H'),
    ('Ms I came with her son.', 'I'),
    ('Dr K, the reg, agreed.', 'K'),
    ('Sister L was on.', 'L'),
    ('Nurse M. helped.', 'M.'),
    ("Dr N's list was full.", 'N'),
    ('Mr O had diabetes.', 'O'),
    ('Prof P supervised me.', 'P'),
    ('Dr Q. was new.', 'Q.'),
    ('Miss R and I talked.', 'R'),
    ('Dr S was the SHO.', 'S'),
    ('Mr T. wanted to go home.', 'T.'),
    ('Dr U. was a locum.', 'U.'),
    ('I rang Dr V.', 'V'),
    ('Mrs W lived alone.', 'W'),
    ('Dr Y told me.', 'Y'),
    ('Dr Z said no.', 'Z'),
    ('Dr J.K. was my supervisor.', 'J.K.'),
    ('Dr AK was my supervisor.', 'AK'),
    ('Dr. J was kind.', 'J'),
    ('Staff Nurse P. was there.', 'P.'),
    ('Mr. R. refused the scan.', 'R.'),
    ('Dr J-P came on the ward.', 'J-P'),
    ('Matron K. signed it.', 'K.'),
    ('Cllr B. came to the launch.', 'B.'),
    ('Father M. visited weekly.', 'M.'),
    ('the consultant, Dr O., was fine.', 'O.'),
    ('My supervisor, Dr I., was Greek.', 'I.'),
]

NOT_A_TITLE_AND_INITIAL = [
    ("She's a Dr A&E consultant now.", 'A'),
    ('He was the Dr A and E lead.', 'A'),
    ('I asked the Dr, I think it was Tuesday.', 'I'),
    ('It was Dr I think Okafor, or maybe not.', 'I'),
    ("He's a Mr I'm-always-right type.", 'I'),
    ('We got Grade A from the CQC.', 'A'),
    ('Vitamin D was low.', 'D'),
    ('Then Plan B.', 'B'),
    ('The Dr A-level requirements are strict.', 'A'),
    ('My Sister I was close to.', 'I'),
    ("Dr OK'd it.", 'OK'),
    ('The Mr A star student.', 'A'),
]

NAMES_IN_CAPITALS = [
    ('Apologies: HUGHES, MBEKI', 'MBEKI'),
    ('The whiteboard said RN GALLAGHER in big letters.', 'GALLAGHER'),
    ('The wristband said WALKER, Joan.', 'WALKER'),
    ('Patient label: OYELARAN, Funmi (DOB on file)', 'OYELARAN'),
    ('Bed 4 - KOWALCZYK, Piotr', 'KOWALCZYK'),
    ('On the board: FROST, Emily', 'FROST'),
    ('Attendees: CHEN, OKAFOR, MURPHY, SHAH', 'MURPHY'),
    ('Attendees: CHEN, OKAFOR, MURPHY, SHAH', 'CHEN'),
    ('Chair: ABERNETHY', 'ABERNETHY'),
    ('Minute taker - DELANEY', 'DELANEY'),
    ('ACTION: NAIDOO to chase the pharmacy.', 'NAIDOO'),
    ('ACTION - OKONKWO/BRENNAN to update the SOP', 'BRENNAN'),
    ('Early: SHAH | Late: MURPHY | Night: ADEBAYO', 'ADEBAYO'),
    ('Early: SHAH | Late: MURPHY | Night: ADEBAYO', 'SHAH'),
    ('cc: WARD, Helen; BANKS, Tom', 'BANKS'),
    ('cc: WARD, Helen; BANKS, Tom', 'WARD'),
    ('Many thanks, KWAME', 'KWAME'),
    ('Best, SIOBHAN', 'SIOBHAN'),
    ('My name badge just says NKEM.', 'NKEM'),
    ('I wrote LINDQVIST on the handover sheet.', 'LINDQVIST'),
    ('The locum, HALVARD NYSTRØM, covered Tuesdays.', 'NYSTRØM'),
    ('Consultant on call: MR FLETCHER', 'FLETCHER'),
    ('Reviewed by DR ADEYEMI (ST6)', 'ADEYEMI'),
    ('Supervisor: PROF. MACLEOD', 'MACLEOD'),
    ('Team list: ANA DE SOUZA, JOÃO PEREIRA', 'PEREIRA'),
    ('Team list: ANA DE SOUZA, JOÃO PEREIRA', 'SOUZA'),
    ('The sign said ASK FOR BRIDGET AT RECEPTION.', 'BRIDGET'),
    ("Ring SISTER O'CONNOR on bleep 4412.", "O'CONNOR"),
    ('He signed it T. OKORO.', 'OKORO'),
    ('Locum: AL-RASHID, Omar', 'AL-RASHID'),
    ('Handover from MENSAH to DUFFY at 8.', 'DUFFY'),
    ("I've still got the card: DR PRIYA RAMAN, Consultant Geriatrician", 'RAMAN'),
    ('EMAIL FROM: OGUNLEYE, Tolu', 'OGUNLEYE'),
    ('The name on the door was MR B. SHARMA.', 'SHARMA'),
]

CAPITALS_NOT_NAMES = [
    ('NOTE: PLEASE WASH HANDS BEFORE ENTERING', 'WASH'),
    ('ACTION: circulate the audit by FRIDAY.', 'FRIDAY'),
    ('Early: 7am | Late: 2pm | Night: 9pm', 'Night'),
    ('Apologies: NONE', 'NONE'),
    ('Chair: TBC', 'TBC'),
    ('I was SO tired.', 'SO'),
    ('URGENT: BLOODS BY 10', 'BLOODS'),
    ('The sign said NO ENTRY.', 'ENTRY'),
    ('The board said NIL BY MOUTH.', 'MOUTH'),
    ('Attendees: ALL STAFF', 'STAFF'),
    ('cc: ALL, WARD MANAGERS', 'MANAGERS'),
    ('It said DNACPR in red.', 'DNACPR'),
    ('Ring SWITCHBOARD on 0.', 'SWITCHBOARD'),
    ('Best, THE TEAM', 'TEAM'),
    ('Agenda: ROTA, AUDIT, TEACHING', 'AUDIT'),
    ('STATUS: AMBER', 'AMBER'),
    ('RAG: RED, AMBER, GREEN', 'GREEN'),
    ('NOTE, John: the clinic is moved.', 'NOTE'),
    ('LOVE, Tom', 'LOVE'),
    ('URGENT, Sarah - please call back.', 'URGENT'),
    ('SBAR, Sarah said, is the way to hand over.', 'SBAR'),
    ('ICU, Ben told me, was full.', 'ICU'),
    ('HELLO, Emma!', 'HELLO'),
    ('SORRY, Dave, I missed that.', 'SORRY'),
    ('AGENDA, James to circulate.', 'AGENDA'),
    ('TODAY, Mary is on leave.', 'TODAY'),
    ('ROTA, James wrote, is out.', 'ROTA'),
    ('PLEASE, Tom, sit down.', 'PLEASE'),
    ('REMINDER, Chris: audit due.', 'REMINDER'),
    ('THANKS, Anna', 'THANKS'),
    ('Attendees: OKAFOR, NHSE, CQC', 'NHSE'),
    ('Apologies: MURPHY, TBC', 'TBC'),
    ('Present: SHAH, ALL WARD STAFF', 'STAFF'),
    ('OKAFOR / MDT to review', 'MDT'),
    ('Team: BRENNAN, PHARMACY, PHYSIO', 'PHARMACY'),
    ('CHEN and AUDIT team', 'AUDIT'),
    ('Lead: HUGHES | Deputy: VACANT', 'VACANT'),
    ('cc: PATEL; ESTATES', 'ESTATES'),
]

UNCASED_INITIALS = [
    ('yeah dr j was lovely to be honest', 'j'),
    ('i spoke to dr p about it last week', 'p'),
    ('mrs b was the one who helped me out', 'b'),
    ('and then nurse k came round with the meds', 'k'),
    ('so me and dr t went down to the ward', 't'),
    ('i said to mr d you need to sit down', 'd'),
    ('so j okafor said we could go home', 'okafor'),
    ('then k mensah came in with the results', 'mensah'),
    ('we had sister m on the late', 'm'),
    ("dr r's clinic was rammed", 'r'),
    ('and then priya came round with the meds', 'priya'),
    ('so tunde and me did the nights', 'tunde'),
]

UNCASED_NOT_INITIALS = [
    ('she works in a and e as a dr a and e is mad', 'a'),
    ('i was a dr i think in twenty', 'i'),
    ("he's got a vitamin d problem", 'd'),
    ('he was dr s o s i mean', 'o'),
]


@pytest.mark.parametrize("text, name", SURNAMES_THAT_ARE_WORDS)
def test_a_surname_that_is_a_word_is_a_person_in_a_persons_place(anonymiser: Anonymiser,
                                                                  text: str, name: str) -> None:
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, word", WORDS_NOT_SURNAMES)
def test_the_same_words_as_words_stay(anonymiser: Anonymiser, text: str, word: str) -> None:
    assert _kept(anonymiser, text, word), replaced(anonymiser, text)


@pytest.mark.parametrize("text, name", TITLE_AND_INITIAL)
def test_a_title_and_an_initial_is_a_person(anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, word", NOT_A_TITLE_AND_INITIAL)
def test_a_letter_after_a_title_that_is_no_initial_stays(anonymiser: Anonymiser, text: str,
                                                        word: str) -> None:
    assert _kept(anonymiser, text, word), replaced(anonymiser, text)


@pytest.mark.parametrize("text, name", NAMES_IN_CAPITALS)
def test_names_in_capitals_on_lists_boards_and_labels(anonymiser: Anonymiser, text: str,
                                                     name: str) -> None:
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, word", CAPITALS_NOT_NAMES)
def test_capitals_that_are_labels_acronyms_or_sign_offs_stay(anonymiser: Anonymiser, text: str,
                                                            word: str) -> None:
    assert _kept(anonymiser, text, word), replaced(anonymiser, text)


@pytest.mark.parametrize("text, name", UNCASED_INITIALS)
def test_a_title_and_a_letter_in_uncased_text_is_a_person(anonymiser: Anonymiser, text: str,
                                                          name: str) -> None:
    assert any(name == span.split()[-1] or name in span.split()
               for span in replaced(anonymiser, text)), replaced(anonymiser, text)


@pytest.mark.parametrize("text, word", UNCASED_NOT_INITIALS)
def test_letters_in_uncased_text_that_are_no_initials_stay(anonymiser: Anonymiser, text: str,
                                                           word: str) -> None:
    assert _kept(anonymiser, text, word), replaced(anonymiser, text)


def test_a_title_and_an_initial_is_one_person_in_a_transcript(anonymiser: Anonymiser) -> None:
    text = "Dr A said I was ready. Later Dr A signed the form, and Ms I thanked her."
    spans = replaced(anonymiser, text)
    assert spans.count("A") + sum(1 for s in spans if s.endswith(" A")) == 2, spans
    assert any(s.split()[-1] == "I" for s in spans), spans


@pytest.mark.parametrize("text, name", [
    ("Then Cross came in and took over.", "Cross"),
    ("So Sharp went home early.", "Sharp"),
    ("Luckily Thorne stepped in.", "Thorne"),
    ("Afterwards Crane rang my mum.", "Crane"),
    ("Eventually Weaver signed the form.", "Weaver"),
])
def test_a_surname_word_after_an_opening_word_and_before_a_deed(anonymiser: Anonymiser, text: str,
                                                                name: str) -> None:
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, word", [
    ("Then Spring arrived and it was better.", "Spring"),
    ("So Frost formed on the cars.", "Frost"),
    ("And Snow closed the schools.", "Snow"),
    ("Then Cross the road at the lights.", "Cross"),
    ("So Green Park station was shut.", "Green"),
    ("And Gold turned out to be cheaper.", "Gold"),
])
def test_weather_materials_and_imperatives_after_an_opening_word_stay(anonymiser: Anonymiser,
                                                                      text: str, word: str) -> None:
    assert _kept(anonymiser, text, word), replaced(anonymiser, text)
