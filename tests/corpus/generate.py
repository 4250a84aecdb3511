"""Deterministic generator of the labelled interview-transcript corpus.

The corpus is synthetic: every identifier is drawn from the lists below and
slotted into hand-written verbatim-style templates, and its character offsets
are recorded as the text is assembled, so the gold labels are exact by
construction. Names, numbers and addresses are invented; any resemblance to a
real person's details is accidental. (Hospital, town and region names are real
places, because the engine must recognise real places.)

Regenerate the committed files with::

    python tests/corpus/generate.py            # writes corpus.jsonl and register.csv here

``build_corpus(n_docs, seed)`` returns the register rows and documents in
memory; the throughput bench uses it to make more transcripts than are
committed. Same arguments, same output, on any machine (no set iteration, no
hash-dependent ordering, one ``random.Random`` per document).
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 20260901
DEFAULT_DOCS = 52

# --------------------------------------------------------------------------- register

#: (first name, surname, aliases, email local part, email domain). Word-like first
#: names (Will, May, Grace, Hope) are deliberate: the deny-list must not hit "will".
REGISTER_PEOPLE: list[tuple[str, str, tuple[str, ...], str, str]] = [
    ("Sarah", "Khan", (), "sarah.khan", "nhs.net"),
    ("Oluwaseun", "Adeyemi", ("Seun",), "oluwaseun.adeyemi", "nhs.net"),
    ("Priya", "Raghunathan", ("Pri",), "priya.raghunathan2", "nhs.net"),
    ("James", "Whitfield", ("Jim", "Jimmy"), "j.whitfield", "nhs.net"),
    ("Catriona", "McLeod", ("Cat",), "catriona.mcleod", "nhs.scot"),
    ("Mohammed", "Iqbal", ("Mo",), "mohammed.iqbal7", "nhs.net"),
    ("Grace", "Obi", (), "grace.obi", "nhs.net"),
    ("Will", "Harding", ("Billy",), "will.harding", "nhs.net"),
    ("May", "Lin", (), "may.lin1", "nhs.net"),
    ("Rhys", "Pritchard", (), "rhys.pritchard", "wales.nhs.uk"),
    ("Siobhan", "O'Donnell", ("Shiv",), "siobhan.odonnell", "nhs.net"),
    ("Aisha", "Begum", (), "aisha.begum3", "nhs.net"),
    ("Tom", "Hargreaves", ("Tommy",), "tom.hargreaves", "nhs.net"),
    ("Eleanor", "Hughes-Whyte", ("Ellie", "Nell"), "e.hugheswhyte", "nhs.net"),
    ("Kwame", "Mensah", (), "kwame.mensah", "nhs.net"),
    ("Hannah", "Rosenberg", ("Han",), "hannah.rosenberg", "nhs.net"),
    ("Rajesh", "Patel", ("Raj",), "rajesh.patel14", "nhs.net"),
    ("Fiona", "Sutherland", ("Fi",), "fiona.sutherland", "nhs.scot"),
    ("Daniel", "Okafor", ("Dan", "Danny"), "daniel.okafor", "nhs.net"),
    ("Bethany", "Clarke", ("Beth",), "bethany.clarke5", "nhs.net"),
    ("Imran", "Chaudhry", (), "imran.chaudhry", "nhs.net"),
    ("Lucy", "Fairbairn", (), "lucy.fairbairn", "nhs.net"),
    ("Gareth", "Llewellyn", ("Gaz",), "gareth.llewellyn", "wales.nhs.uk"),
    ("Mei", "Chen", (), "mei.chen2", "nhs.net"),
    ("Niamh", "Gallagher", (), "niamh.gallagher", "nhs.net"),
    ("Adebayo", "Ogunleye", ("Bayo",), "adebayo.ogunleye", "nhs.net"),
    ("Charlotte", "Ashworth", ("Charlie", "Lottie"), "charlotte.ashworth", "nhs.net"),
    ("Harpreet", "Sandhu", ("Harps",), "harpreet.sandhu", "nhs.net"),
    ("Hope", "Armstrong", (), "hope.armstrong", "nhs.net"),
    ("Sean", "Doherty", (), "sean.doherty9", "nhs.net"),
]

# --------------------------------------------------------------------------- other people

FIRST_NAMES_F = [
    "Alison", "Joanne", "Rebecca", "Helen", "Claire", "Nadia", "Ruth", "Olivia", "Yasmin",
    "Kirsty", "Deborah", "Ngozi", "Shabana", "Emma", "Louise", "Rachel", "Zainab", "Gemma",
    "Morag", "Bronwen", "Anjali", "Sinead", "Lorraine", "Harriet", "Chloe", "Jasmine",
    "Margaret", "Tanya", "Ifeoma", "Rosalind", "Farah", "Heather",
]
FIRST_NAMES_M = [
    "Alan", "Graham", "Stuart", "Ahmed", "Neil", "Chidi", "Peter", "Andrew", "Callum",
    "Martin", "Ravi", "Hamish", "Owen", "Richard", "Tariq", "Colin", "Dev", "Malcolm",
    "Jonathan", "Keith", "Euan", "Ibrahim", "Declan", "Nigel", "Samuel", "Vikram", "Geoff",
    "Duncan", "Femi", "Ross", "Ciaran", "Phil",
]
SURNAMES = [
    "Fraser", "Robson", "Milburn", "Charlton", "Armstrong", "Shah", "Nwosu", "Kerr",
    "Dunn", "Henderson", "Ahmed", "Bell", "Hussain", "Atkinson", "Forster", "Maddison",
    "Wright", "Thompson", "Ridley", "Nicholson", "Singh", "Mahmood", "Elliott", "Pattinson",
    "Graham", "Jobling", "Cairns", "Gillespie", "Akhtar", "Ellison", "Stokoe", "Oyelaran",
    "Brennan", "Macdonald", "Lowes", "Varghese", "Heslop", "Dodds", "Wilkinson", "Rutherford",
    "Kaur", "Mukherjee", "Bainbridge", "Fenwick", "Tait", "Osei", "Hetherington", "Nair",
]
TITLES_DR = ["Dr", "Dr", "Dr", "Dr.", "Doctor"]

# --------------------------------------------------------------------------- places

TOWNS = [
    "Hexham", "Morpeth", "Cramlington", "Gateshead", "Sunderland", "Durham", "Whitley Bay",
    "Tynemouth", "Ponteland", "Alnwick", "Berwick", "Consett", "Stockton", "Middlesbrough",
    "Darlington", "Carlisle", "Kendal", "Blyth", "Ashington", "Jarrow", "South Shields",
    "Wallsend", "Chester-le-Street", "Bishop Auckland", "Hartlepool", "Prudhoe", "Penrith",
    "Washington", "Seaham", "Peterlee", "Whitehaven", "Barnard Castle", "Corbridge",
]
CITIES = [
    "Newcastle", "Leeds", "Manchester", "Birmingham", "London", "Glasgow", "Edinburgh",
    "Cardiff", "Bristol", "Sheffield", "Liverpool", "Nottingham", "Aberdeen", "Belfast",
    "Dundee", "York", "Oxford", "Cambridge", "Leicester", "Southampton",
]
REGIONS = [
    "Northumberland", "County Durham", "Teesside", "Cumbria", "the North East", "Yorkshire",
    "the Midlands", "East Anglia", "the Highlands", "Tyneside", "Wearside", "the Lake District",
    "North Wales", "the South West", "Lancashire", "the Borders", "Kent",
]
STREETS = [
    "Jesmond Road", "Osborne Avenue", "Heaton Park Road", "Front Street", "Station Road",
    "Acomb Crescent", "Benton Lane", "Westgate Road", "Elswick Road", "Chillingham Road",
    "Moor View", "Larkspur Terrace", "Highfield Drive", "Beech Grove", "Marlborough Crescent",
    "Queen's Terrace", "Hallgarth Street", "Church Lane", "Sandringham Way", "Fenham Hall Drive",
    "Kells Lane", "Coast Road", "Brandling Park", "Windsor Gardens", "Eslington Terrace",
]
HOSPITALS = [
    "the RVI", "the Freeman", "the Royal Victoria Infirmary", "the Freeman Hospital",
    "Sunderland Royal", "Sunderland Royal Hospital", "James Cook", "James Cook University Hospital",
    "the Queen Elizabeth", "the QE in Gateshead", "North Tyneside General", "Wansbeck General",
    "Wansbeck", "the Cumberland Infirmary", "University Hospital of North Durham",
    "Darlington Memorial", "Leeds General Infirmary", "the LGI", "Manchester Royal Infirmary",
    "Addenbrooke's", "the John Radcliffe", "Ninewells", "St Thomas'", "Guy's and St Thomas'",
    "the Great North Children's Hospital", "Hexham General", "Northumbria Specialist Emergency Care Hospital",
    "the Northumbria", "St Nicholas Hospital", "the Royal Free", "Queen Elizabeth Hospital Birmingham",
    "Bishop Auckland Hospital", "the Royal Infirmary of Edinburgh", "Southmead",
]
TRUSTS = [
    "Newcastle upon Tyne Hospitals NHS Foundation Trust", "the Newcastle Hospitals trust",
    "Northumbria Healthcare", "Northumbria Healthcare NHS Foundation Trust",
    "South Tees Hospitals", "Gateshead Health NHS Foundation Trust", "County Durham and Darlington",
    "North Cumbria Integrated Care", "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
    "CNTW", "South Tyneside and Sunderland NHS Foundation Trust", "Leeds Teaching Hospitals",
    "NHS Lothian", "Betsi Cadwaladr", "Cardiff and Vale",
]
PRACTICES = [
    "Elmfield Surgery", "Benfield Park Medical Practice", "Heaton Road Surgery",
    "Collingwood Health Group", "Priory Medical Group", "the Grange Practice", "Marine Avenue Surgery",
    "Whickham Health Centre", "Oxford Terrace Medical Group", "Bellingham Practice",
    "Saltwell Medical Practice", "Park Road Medical Practice", "the Jesmond Health Partnership",
    "Haltwhistle Medical Group", "Felling Health Centre", "Cestria Health Centre",
    "the Fell Cottage Surgery", "Rothbury Practice",
]
POSTCODE_OUTWARD = [
    "NE1", "NE2", "NE3", "NE4", "NE6", "NE7", "NE12", "NE15", "NE25", "NE29", "NE46", "NE61",
    "NE65", "DH1", "DH3", "DH9", "SR1", "SR4", "SR5", "TS1", "TS4", "TS5", "DL1", "DL3", "CA1",
    "CA2", "LS1", "LS2", "LS6", "M13", "M20", "B15", "EC1A", "SW1A", "EH3", "G12", "CF14", "BS2",
    "S10", "L7",
]
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EMAIL_DOMAINS_OTHER = [
    "nhs.net", "nhs.net", "nhs.net", "newcastle.ac.uk", "ncl.ac.uk", "gmail.com", "hotmail.co.uk",
    "btinternet.com", "hee.nhs.uk", "nhs.scot", "yahoo.co.uk", "outlook.com",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
#: plausible age ranges for the person an {AGE:kind} slot talks about
AGE_RANGES = {"adult": (29, 64), "qual": (23, 38), "retire": (58, 69), "child": (1, 16),
              "parent": (26, 42), "patient": (18, 97), "young": (14, 40)}


def number_words(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")

# --------------------------------------------------------------------------- negatives

DURATIONS = [
    "six months", "two years", "eighteen months", "three weeks", "a couple of years", "18 months",
    "ten years", "a fortnight", "six weeks", "about a year", "four days", "three months",
    "nine months", "12 weeks", "five years", "two and a half years", "a few months", "20 years",
]
GRADES = [
    "an F1", "an F2", "an ST3", "an ST5", "a CT1", "a consultant", "a GP partner", "a salaried GP",
    "an SAS doctor", "a registrar", "a specialty doctor", "a GP trainee", "an ST6", "a clinical fellow",
]
SPECIALTIES = [
    "renal medicine", "paediatrics", "anaesthetics", "psychiatry", "general surgery",
    "obs and gynae", "emergency medicine", "acute medicine", "geriatrics", "radiology",
    "general practice", "palliative care", "cardiology", "ophthalmology", "intensive care",
]


# --------------------------------------------------------------------------- held-out pools
# Disjoint from the pools above (different register, people, places, hospitals): documents built
# from these measure whether a system generalises or has merely learnt the committed corpus's
# lists. Same templates, same difficulty; word-like first names again (Joy, Mark, Rose, Faith).

HELDOUT_REGISTER_PEOPLE: list[tuple[str, str, tuple[str, ...], str, str]] = [
    ("Anna", "Kowalski", ("Ania",), "anna.kowalski", "nhs.net"),
    ("Chukwuemeka", "Eze", ("Emeka",), "chukwuemeka.eze", "nhs.net"),
    ("Georgina", "Stanton", ("Georgie", "Gina"), "georgina.stanton4", "nhs.net"),
    ("Tahir", "Siddiqui", (), "tahir.siddiqui", "nhs.net"),
    ("Joy", "Mwangi", (), "joy.mwangi", "nhs.net"),
    ("Mark", "Tennant", (), "mark.tennant2", "nhs.net"),
    ("Rose", "Finnegan", ("Rosie",), "rose.finnegan", "nhs.net"),
    ("Sunil", "Varma", (), "sunil.varma", "nhs.net"),
    ("Isla", "Buchanan", (), "isla.buchanan", "nhs.scot"),
    ("Owain", "Griffiths", (), "owain.griffiths", "wales.nhs.uk"),
    ("Deepa", "Menon", (), "deepa.menon1", "nhs.net"),
    ("Patrick", "Keane", ("Paddy",), "patrick.keane", "nhs.net"),
    ("Zara", "Hussein", (), "zara.hussein", "nhs.net"),
    ("Christopher", "Lamb", ("Chris",), "c.lamb", "nhs.net"),
    ("Abena", "Boateng", (), "abena.boateng", "nhs.net"),
    ("Nikhil", "Joshi", ("Nik",), "nikhil.joshi3", "nhs.net"),
    ("Victoria", "Lyle", ("Vicky", "Tori"), "victoria.lyle", "nhs.net"),
    ("Yusuf", "Malik", (), "yusuf.malik", "nhs.net"),
    ("Orla", "Brannigan", (), "orla.brannigan", "nhs.net"),
    ("Kofi", "Asante", (), "kofi.asante", "nhs.net"),
    ("Laura", "Pemberton", (), "laura.pemberton", "nhs.net"),
    ("Ewan", "Stewart", (), "ewan.stewart", "nhs.scot"),
    ("Ritu", "Kapoor", (), "ritu.kapoor", "nhs.net"),
    ("Benedict", "Hale", ("Ben",), "benedict.hale", "nhs.net"),
    ("Faith", "Adeyinka", (), "faith.adeyinka", "nhs.net"),
    ("Stephen", "Crowther", ("Steve",), "stephen.crowther", "nhs.net"),
    ("Xin", "Zhao", (), "xin.zhao", "nhs.net"),
    ("Amara", "Nwachukwu", (), "amara.nwachukwu", "nhs.net"),
    ("Alexander", "Reid", ("Sandy", "Alex"), "alexander.reid", "nhs.scot"),
    ("Bilal", "Rashid", (), "bilal.rashid", "nhs.net"),
]
HELDOUT_FIRST_NAMES = [
    "Pauline", "Sonia", "Megan", "Aoife", "Bushra", "Felicity", "Gwen", "Hiba", "Imogen", "Jenny",
    "Kemi", "Lindsay", "Mairead", "Nasreen", "Philippa", "Roisin", "Sadia", "Thandiwe", "Una",
    "Wendy", "Adrian", "Barry", "Conor", "Dominic", "Emeka", "Fergus", "Gordon", "Hassan",
    "Iain", "Jamal", "Kieran", "Lewis", "Mustafa", "Nathan", "Oliver", "Pradeep", "Rory",
    "Simon", "Trevor", "Uchenna", "Wasim", "Yousef",
]
HELDOUT_SURNAMES = [
    "Walsh", "Parry", "Boyle", "Cartwright", "Dhillon", "Ekwueme", "Fitzgerald", "Gough", "Hollis",
    "Iyer", "Jenkins", "Kirkwood", "Lennox", "Moran", "Naylor", "Okonjo", "Pugh", "Quinn",
    "Rahman", "Sheridan", "Talbot", "Upton", "Vaughan", "Wallace", "Yates", "Zaman", "Baxter",
    "Chowdhury", "Devlin", "Ferguson", "Gallacher", "Hamid", "Ingram", "Jarvis", "Khalid",
    "Loughlin", "Mistry", "Norris", "Onyango", "Prentice",
]
HELDOUT_TOWNS = [
    "Shrewsbury", "Telford", "Kidderminster", "Stafford", "Lichfield", "Tamworth", "Nuneaton",
    "Rugby", "Banbury", "Bicester", "Aylesbury", "Stevenage", "Harlow", "Chelmsford", "Colchester",
    "Ipswich", "Bury St Edmunds", "King's Lynn", "Taunton", "Yeovil", "Barnstaple", "Truro",
    "Falmouth", "Salisbury", "Swindon", "Stroud", "Hereford", "Wrexham", "Bangor", "Llanelli",
    "Perth", "Stirling", "Dumfries", "Kilmarnock",
]
HELDOUT_CITIES = [
    "Coventry", "Wolverhampton", "Derby", "Stoke", "Exeter", "Plymouth", "Norwich", "Brighton",
    "Portsmouth", "Swansea", "Newport", "Bath", "Hull", "Bradford", "Preston", "Lancaster",
    "Worcester", "Gloucester", "Inverness", "Lincoln",
]
HELDOUT_REGIONS = [
    "the Black Country", "the Cotswolds", "Cornwall", "Devon", "the Fens", "Norfolk", "Suffolk",
    "the Peak District", "the Valleys", "Fife", "the Marches", "Shropshire", "Essex",
    "the Home Counties", "the Isle of Wight", "Somerset",
]
HELDOUT_STREETS = [
    "Hagley Road", "Stratford Road", "Corporation Street", "Pershore Road", "Mill Lane",
    "Victoria Street", "Alcester Road", "Warwick Road", "Manor Close", "Orchard Way", "Meadow Rise",
    "Willow Drive", "Castle Street", "Kingsway", "Albert Road", "Grange Avenue", "Oak Tree Lane",
    "Hollybush Lane", "Rectory Road", "Greenhill Street", "Park View", "St Mary's Road",
    "Canal Side", "Wellington Road", "Barley Close",
]
HELDOUT_HOSPITALS = [
    "Heartlands", "the Heartlands Hospital", "University Hospital Coventry", "Walsall Manor",
    "New Cross", "New Cross Hospital", "Royal Stoke", "the Royal Shrewsbury", "Worcestershire Royal",
    "Derriford", "the Royal Devon and Exeter", "Treliske", "the Norfolk and Norwich",
    "Ipswich Hospital", "Broomfield", "the Lister", "Stoke Mandeville", "Musgrove Park",
    "the Royal United Hospital", "the RUH", "the Royal Gwent", "Morriston", "Glan Clwyd",
    "Raigmore", "Forth Valley Royal", "the Royal Alexandra", "Hull Royal Infirmary",
    "the Royal Preston", "Lincoln County", "Kettering General", "Salisbury District Hospital",
    "the Princess Royal", "the Alex in Redditch",
]
HELDOUT_TRUSTS = [
    "University Hospitals Dorset NHS Foundation Trust", "the Black Country Healthcare trust",
    "Royal Wolverhampton NHS Trust", "University Hospitals of North Midlands",
    "Shrewsbury and Telford Hospital NHS Trust", "SaTH", "Worcestershire Acute Hospitals",
    "Royal Cornwall Hospitals", "Norfolk and Norwich University Hospitals NHS Foundation Trust",
    "Swansea Bay University Health Board", "Aneurin Bevan", "NHS Highland",
    "NHS Grampian", "Hull University Teaching Hospitals", "Somerset NHS Foundation Trust",
]
HELDOUT_PRACTICES = [
    "Moseley Medical Centre", "Kingsway Surgery", "the Orchard Practice", "Hollybush Medical Group",
    "Riverside Health Centre", "St Mary's Surgery", "the Willows Medical Practice",
    "Castle Mead Medical Centre", "Canalside Surgery", "Wellington Road Surgery",
    "Greenhill Health Centre", "the Meadows Practice", "Alcester Road Medical Group",
    "Tamar Valley Health", "Llandaff North Medical Centre", "Bridge of Allan Practice",
    "Stroud Valleys Family Practice",
]
HELDOUT_POSTCODE_OUTWARD = [
    "B29", "B12", "CV1", "CV34", "WV10", "WS2", "DY1", "ST4", "SY3", "WR5", "DE22", "NG7", "PL6",
    "EX2", "TR1", "NR4", "IP4", "CM1", "SG1", "HP21", "TA1", "BA1", "NP20", "SA6", "LL18", "IV2",
    "FK5", "PA2", "HU3", "PR2", "LN2", "NN16", "SP2", "GL1",
]


@dataclass(frozen=True)
class Pools:
    """The identifier lists one corpus draws from."""

    register: list[tuple[str, str, tuple[str, ...], str, str]]
    first_names: list[str]
    surnames: list[str]
    towns: list[str]
    cities: list[str]
    regions: list[str]
    streets: list[str]
    hospitals: list[str]
    trusts: list[str]
    practices: list[str]
    postcode_outward: list[str]


POOLS: dict[str, Pools] = {
    "dev": Pools(REGISTER_PEOPLE, FIRST_NAMES_F + FIRST_NAMES_M, SURNAMES, TOWNS, CITIES, REGIONS,
                 STREETS, HOSPITALS, TRUSTS, PRACTICES, POSTCODE_OUTWARD),
    "heldout": Pools(HELDOUT_REGISTER_PEOPLE, HELDOUT_FIRST_NAMES, HELDOUT_SURNAMES, HELDOUT_TOWNS,
                     HELDOUT_CITIES, HELDOUT_REGIONS, HELDOUT_STREETS, HELDOUT_HOSPITALS,
                     HELDOUT_TRUSTS, HELDOUT_PRACTICES, HELDOUT_POSTCODE_OUTWARD),
}


# --------------------------------------------------------------------------- templates
# Slots: {who} or {who:form} for people (self, reg, mentor, sup, col, rel, partner, child,
# pm, gp), and upper-case slots for other identifiers and for negatives. Forms: any, full,
# first, sur, title, poss, alias, email. Lines starting "I|" are interviewer turns.

INTERVIEWER = [
    "So, {self:first}, can you tell me a bit about your current role?",
    "And how long have you been at {HOSP}?",
    "Thanks, {self:first}. Um, what does mentoring mean to you, in your own words?",
    "You mentioned {mentor:first} — how did that relationship start?",
    "Did you feel supported during your foundation years?",
    "How did the, the move to {TOWN} affect things?",
    "Right. And was that through the deanery or something more informal?",
    "Can you say a bit more about that?",
    "Mm-hm. And how did that feel at the time?",
    "What about the GMC side of things, did that affect your well-being?",
    "Okay. So thinking about {col:first}, was that a formal mentoring arrangement?",
    "When you say {sup:title}, is that your educational supervisor?",
    "And was that before or after you moved to {HOSP}?",
    "Right, okay. Is there anything you'd change about the scheme?",
    "Sorry, just to check, was that at {HOSP} or {HOSP}?",
    "[overlapping] Yeah, no, carry on.",
    "Mm. That sounds really hard.",
    "How would you describe the culture in {SPEC}?",
    "Did you use any particular model, like GROW?",
    "So you were {GRADE} then?",
    "And that was in {CITY}?",
    "What's kept you going, do you think?",
    "Would you recommend mentoring to a trainee in your position?",
    "How often did you and {mentor:first} meet?",
    "Did {reg:first} know about this at the time?",
    "Okay, so that's {DATE}, roughly?",
    "How did your family cope, you know, with the hours?",
    "If you could go back to being an F1, what would you tell yourself?",
    "Yeah. Yeah, I hear that a lot.",
    "Was there any support from occupational health?",
    "We're nearly at the end now. Is there anything we haven't covered?",
    "And who else was involved, if you don't mind me asking?",
    "Did you find the Skilled Helper stuff useful, or not really?",
    "So when did you first notice you were, sort of, struggling?",
    "Okay. And {partner:first}, was {partner:first} supportive?",
    "And {self:first}, just to confirm, you're happy for us to contact you on {self:email}?",
    "So you were at {HOSP} with {reg:first}?",
    "Was {mentor:title} at {HOSP} as well, or somewhere else?",
    "When you say the trust, do you mean {TRUST}?",
    "And you're still in {TOWN}?",
]

OPENING_I = [
    "Okay, so we're recording now. Just for the tape, today is {DATE} and I'm talking to {self:full}.",
    "Right, that's recording. This is the interview with {self:full}, on {DATE}.",
    "So, um, thanks for agreeing to do this. It's {DATE}, and, er, you're {self:first}, yes?",
    "Okay, recording's on. Interview date {DATE}. Could you start by saying your name and your role?",
]
OPENING_P = [
    "Yeah, hi, I'm {self:full}, I'm {GRADE} in {SPEC} at {HOSP}.",
    "Sure. So I'm {self:title}, {GRADE}, um, {SPEC}, based at {HOSP} mostly.",
    "Yep. {self:full}. I'm a GP at {PRACTICE} in {TOWN}.",
    "Hi. So, er, {self:full} — most people call me {self:alias} — and I'm {GRADE} in {SPEC}.",
    "Um, I'm {self:first}, {self:first} {self:sur}, I work at {HOSP} in {SPEC}.",
]
CLOSING_I = [
    "That's brilliant, thank you so much, {self:first}. We'll send the voucher out.",
    "Lovely. Thanks, {self:first}. What's the best email for the transcript?",
    "Okay, I'll stop the recording there. Thanks ever so much.",
    "Thanks, that's everything. Can I just check your contact details for the follow-up?",
]
CLOSING_P = [
    "Yeah, {self:email} is best, or my mobile, {MOBILE}.",
    "Just use {self:email}. Or ring me at the practice, it's {LANDLINE}.",
    "My email's {self:email}, and my address is {ADDRESS}, {TOWN}, {POSTCODE}, for the voucher.",
    "Um, {self:email}, and if that bounces, my personal one is {EMAIL}.",
    "The nhs.net one, {self:email}. Phone's {PHONE} if you need it.",
    "No worries. It's {self:email}. Thanks, it was actually quite nice to talk about it.",
]

PARTICIPANT = [
    # background and places
    "I trained in {CITY} and then did my foundation years up in {TOWN}.",
    "I'm {AGE:adult} now, so I'm, I'm not exactly new to this.",
    "I've been a partner at {PRACTICE} for {DUR}, give or take.",
    "Um, we moved from {CITY} to {TOWN} when my husband got a job at {HOSP}.",
    "I live out in {TOWN}, so it's a bit of a trek into {HOSP} every day.",
    "We'd just bought a house on {ADDRESS}, in {TOWN}, and then the rota came out.",
    "My parents are still in {REGION}, so every weekend off I was driving up the A1.",
    "I did my ST3 year at {HOSP}, which was, honestly, the best year I've had.",
    "I was at {HOSP} for {DUR} and then I went to {HOSP}.",
    "The rotation sent me to {TOWN}, then {TOWN}, then back to {CITY}.",
    "I grew up in {REGION}, so coming back to {CITY} felt like coming home, you know?",
    "I was {AGE:qual} when I qualified, which is a bit older than most.",
    "It's a big practice, {PRACTICE}, about twelve thousand patients.",
    "The trust, {TRUST}, were, um, they were actually quite good about it.",
    "I applied to {TRUST} and to {TRUST} and got neither.",
    "I'd done a year at {HOSP} in {CITY} before that.",
    "Commuting from {TOWN} to {HOSP} in winter is, yeah, it's not fun.",
    "I did a locum stint down in {REGION} for {DUR}.",
    "Honestly, I still think of {HOSP} as my hospital, if that makes sense.",
    "My first job was at {HOSP}, on the renal ward.",
    # mentoring
    "My mentor was {mentor:title}, who's a consultant at {HOSP}.",
    "{mentor:first} was, um, honestly brilliant, she used the GROW model a lot.",
    "I think {mentor:poss} approach was just to listen, which is rarer than you'd think.",
    "We did it through the deanery scheme, so {reg:full} set it up for us.",
    "{reg:title} actually mentored me on and off for {DUR}.",
    "It was the Skilled Helper model, which, I mean, I'd never heard of it before.",
    "We met every six weeks or so in the café at {HOSP}.",
    "{mentor:first} rang me on {PHONE} the night before my ARCP, which I'll never forget.",
    "I emailed {mentor:first} at {mentor:email} and she got back to me the same day.",
    "So {mentor:full} and I, we'd meet at hers, in {TOWN}, rather than at work.",
    "The first session was on {DATE}, I remember because it was my birthday week.",
    "{col:first} put me in touch with {mentor:title}, who'd done it for years.",
    "I'd say {mentor:sur} is the reason I'm still in medicine, genuinely.",
    "{reg:first} and I were paired up, and it was, it was a bit awkward at first.",
    "I ended up mentoring {reg:alias} myself, funnily enough, a couple of years later.",
    "{mentor:first} said, um, \"what would you tell a friend in your shoes?\" and that sort of broke something open.",
    "I was meant to meet {reg:title} on {DATE} but it got cancelled because of the strikes.",
    "There's a WhatsApp group, {reg:first}, {col:first}, me and a couple of others.",
    "I contacted the scheme lead, {sup:full}, on {sup:email}, and never heard back.",
    "So {sup:title} was my educational supervisor and {mentor:title} was the mentor, separate things.",
    "{mentor:first} was {AGE:retire} and about to retire, so it felt a bit like a handover.",
    "{reg:first} rang me from {HOSP} to say there was a vacancy.",
    "She said, you know, \"ring {col:first}, {col:first} knows everyone at {HOSP}\".",
    "I think {reg:poss} mentoring was more structured than mine, more GROW model.",
    "{col:title} from {HOSP} did a session on imposter syndrome that really stuck with me.",
    "I still text {mentor:first}, actually, just to say how things are going.",
    # well-being
    "I was off sick from {DATE} to {DATE:later}, and it was, it was burnout, basically.",
    "Occupational health at {HOSP} were actually quite good.",
    "My GP, {gp:title} at {PRACTICE}, signed me off for {DUR}.",
    "My wife, {partner:first}, said I'd stopped talking at dinner.",
    "{partner:first} was brilliant, {partner:first} basically ran the house for {DUR}.",
    "The kids, well, {child:first} is {AGE:child} and picks up on everything.",
    "I remember {DATE} really clearly, that was the day I sat in the car park and couldn't go in.",
    "{col:first} noticed before I did, to be honest.",
    "I went to see {gp:title} in {TOWN}, away from work, so nobody would know.",
    "My partner {partner:full} works at {HOSP} too, which helps and doesn't help.",
    "The practice manager, {pm:first}, was really understanding about the phased return.",
    "I did the BITC Workwell thing the trust put on, but it was a bit tick-box.",
    "When my dad died on {DATE}, I was back at work within the week, which was a mistake.",
    "{child:first} turned {AGE:child} while I was on nights, and I missed the party.",
    "I was {AGE:parent}, I had a toddler and I was doing a one-in-four, so.",
    "The psychologist at {HOSP}, {col:title}, was, was very good actually.",
    "I rang the practitioner health line from {TOWN}, from the car, on {DATE}.",
    # patients and incidents
    "There was a patient, and his daughter, {rel:full}, complained, and it went to the GMC.",
    "His NHS number was {NHSNO}, I can still remember it, which is weird.",
    "I had to ring the family on {PHONE} to tell them, and {rel:first} picked up.",
    "The patient was {AGE:patient}, lived on {ADDRESS} in {TOWN}, on her own.",
    "The inquest was on {DATE} at the coroner's court in {CITY}.",
    "{rel:first} kept saying \"you promised\", and I hadn't, but I understood.",
    "I wrote the NHS number on my hand, {NHSNO}, because the system was down.",
    "The referral had the wrong NHS number, {NHSNO}, and that's where it all went wrong.",
    "She was only {AGE:young}, and her mum, {rel:title}, was there the whole time.",
    "We had a letter from {rel:full} at {ADDRESS}, {POSTCODE}, thanking the team.",
    "The family lived up near {TOWN}, postcode {POSTCODE}, miles from anywhere.",
    "It was {DATE}, a Friday, and we were two registrars down.",
    "The son, {rel:first}, was a solicitor, and, um, you could tell.",
    "The patient's wife rang the ward on {PHONE} every hour.",
    "We had a {AGE:patient}-year-old in resus who'd been waiting nine hours on a trolley.",
    "He was a fit {AGE:patient}-year-old, you know, ran marathons, and then that.",
    "I'm turning {AGE:adult} next month, and I thought, is this it?",
    "My son's {AGE:child}, so he doesn't really get why I'm never home.",
    "She was aged {AGE:patient}, frail, and nobody had had the conversation with her.",
    "When I was {AGE:young}, I thought consultants had it all worked out. [laughs]",
    "It was {sup:first} who said I should apply, actually, not me.",
    "Me and {col:first} used to do the Friday handover together at {HOSP}.",
    "{col:full}, who's a registrar at {HOSP}, she went through exactly the same thing.",
    "There's a consultant there, {col:title}, who just, who just gets it.",
    "I'd ring {partner:first} from the car park at {HOSP} every night, basically.",
    "The mentoring scheme in {REGION} is run by {sup:title}, and it's, it's patchy.",
    "{reg:full} and {col:full} both left medicine the same year, and that, that shook me.",
    "We had our first meeting on {DATE}, at {HOSP}, in, um, the education centre.",
    "Back then I was living in {CITY}, on {ADDRESS}, near the university.",
    "I did a stint in {REGION}, at {HOSP}, which is, like, the end of the earth.",
    "I got a letter from {TRUST} on {DATE} saying the post had gone.",
    "I think it was {DATE}, or maybe the week after, I'm not sure.",
    "{gp:title} at {PRACTICE} referred me to practitioner health in the end.",
    "Oh, and {col:poss} husband is a GP at {PRACTICE}, so we'd talk about it over dinner.",
    "Her dad's number was {PHONE}, I had it on a post-it for weeks.",
    "You can get me at {self:email}, or {MOBILE} in the evenings.",
    "His GMC number, {GMC}, I looked it up, and there were conditions on it.",
    "My NHS number's {NHSNO}, they needed it for the occupational health referral.",
    "I was born on {DATE}, so I'm {AGE:adult} now, God help me.",
    "Me, {reg:first} and {col:first} all started as F1s at {HOSP} on the same day.",
    "The surgery's at {ADDRESS}, {TOWN}, {POSTCODE}, right by the Metro.",
    "Mum's in a home in {TOWN} now, she's {AGE:patient}.",
    "{sup:first}, {sup:first} {sup:sur}, was, um, she was my clinical supervisor in {SPEC}.",
    "I reported it to {sup:title} on the {DATE_ORD}, and nothing happened for {DUR}.",
    "So I went back to {CITY}, to my parents', on {ADDRESS}, for {DUR}.",
    "The discharge letter had her NHS number, {NHSNO}, but somebody else's date of birth.",
    "I read the NHS number out twice, {NHSNO}, and the lab still mixed the samples up.",
    "Our postcode's {POSTCODE}, and the sat nav still sends people to the farm down the road.",
    # registration, numbers and contact
    "My GMC number is {GMC}, they ask for it on every single form.",
    "I had to give them my GMC number, {GMC}, and my date of birth, {DATE}.",
    "I think it's, um, GMC {GMC}? Yeah, that's it.",
    "They'd put my GMC reference as {GMC} instead of mine, so the revalidation got stuck.",
    "He gave me his GMC, {GMC}, so I could check him on the register.",
    "Registered with the GMC under {GMC}, since, God, forever.",
    "The complaint reference was {BADNUM10}, I've still got the letter.",
    "The car park ticket said {NUM7}, I don't know why I remember that.",
    "The rota system gave me some code, {NUM7}, that nobody could explain.",
    "My indemnity reference is {BADNUM10}, for what it's worth, but that's not an NHS thing.",
    "You can reach me on {MOBILE}, evenings are best.",
    "The old number was {LANDLINE}, but that's the surgery.",
    "I'm on {PHONE} if anything comes up.",
    "Send it to {self:email}, not the old one.",
    "My address is {ADDRESS}, {TOWN}, {POSTCODE}, if you need it for the voucher.",
    "They sent it to the old house, {ADDRESS}, which was, you know, a pain.",
    "I gave them my postcode, {POSTCODE}, and they still couldn't find it.",
    "{reg:first} is on {reg:email}, if you want to interview her as well.",
    "Our lead, {sup:full}, can be reached at {sup:email} or on {PHONE}.",
    "I'm {self:full}, by the way, in case that's not on the form.",
    "People call me {self:alias}, nobody uses {self:first} except my mum.",
    "Yeah, {self:title}, that's what it says on the badge.",
    "I think {self:poss} the name on the rota, but I wasn't even in that day.",
    "Um, {self:sur}, {self:sur} with a capital, they always spell it wrong.",
    "My birthday's {DATE}, and I was on call, obviously.",
    "It was the {DATE_ORD}, I know that because of the Datix.",
    "We got the letter on {DATE}, and the hearing was set for {DATE:later}.",
]

FILLER = [
    "Um, yeah, I mean, it's, it's hard to say really.",
    "I think the NHS is, you know, running on goodwill at this point.",
    "The BMA were useful about the contract stuff, the rota and everything.",
    "I will say the royal college was pretty, um, pretty absent.",
    "You may not want to hear that, but it's true.",
    "She handled it with real grace, to be fair.",
    "It was {DUR} of just, just surviving, really.",
    "I did two years as an ST3, well, ST3 and ST4.",
    "F1 was the worst, foundation year one, I mean everyone says that.",
    "The GROW model is fine but it can feel a bit, a bit formulaic.",
    "As an anaesthetist you're, you're kind of invisible to patients.",
    "I'd say about {DUR} before I, before I noticed.",
    "May I just... sorry, can I go back to the last question?",
    "Will that be anonymised? [laughs] Sorry, I know you said.",
    "Mark my words, there'll be another wave of people leaving.",
    "We had a grace period of about {DUR} before the new rota.",
    "I hope so, anyway.",
    "The deanery were, um, they were okay, I suppose.",
    "Consultant colleagues were supportive, mostly.",
    "Yeah. Yeah.",
    "[pause] Sorry, I've lost my train of thought.",
    "It's the, the culture, isn't it? Nobody wants to be the one who can't cope.",
    "I mean, the GMC is, is a scary organisation when you're a trainee.",
    "You know, you sort of, you keep going because what else do you do?",
    "I was {GRADE} at the time, so I didn't really have a voice.",
    "I'd done the Skilled Helper training but I never really used it.",
    "And, er, yeah, that was that.",
    "I don't know if that answers your question.",
    "[laughs] Sorry, I'm rambling.",
    "It wasn't a formal thing, it was more, like, a coffee and a chat.",
    "The ARCP panel were fine, in the end.",
    "I'm not sure I'd do it again, honestly.",
    "Schwartz rounds, Balint groups, we had all of that, on paper.",
    "The, um, the royal college of physicians do a scheme, but I never looked into it.",
    "It took {DUR} for the referral to come through.",
    "I'd been a consultant for {DUR} by then.",
    "I was signed off for {DUR}, and then a phased return.",
    "You'd do a week of nights and then, like, just sleep for {DUR}.",
    "So there's the foundation programme, then core training, then, you know, ST3 onwards.",
    "I will always be grateful for that, I will.",
    "The mess was, it was the only place you could actually talk.",
    "I think there's a bit of a, a hero culture in {SPEC}.",
    "Can I say that? [laughs] Will you take that out?",
    "We lost three GPs in {DUR}, and nobody replaced them.",
    "The health education people, HEE, were, um, fine, just slow.",
    "[inaudible {TS}] ... sorry, the signal's bad here.",
    "The bleep went, bleep {BLEEP}, and I just, I just froze.",
    "I may have said that in the moment, I may have.",
    "It was grace under pressure, is what they'd call it.",
    "There were 1200 patients on the list, easily.",
    "Version 4.2 of the rota, I think, or 4.3.",
    "I'm not a well-being person, I'm a get-on-with-it person.",
    "We were all, like, {AGE_GROUP}-somethings with no idea what we were doing.",
]

OPENERS = ["", "", "", "", "Um, ", "So ", "Yeah, so ", "I mean, ", "Honestly, ", "Well, ", "Er, ",
           "And ", "But ", "Yeah, ", "Like, "]
LOWERABLE = {"The", "It", "We", "She", "He", "They", "There", "That", "My", "Our", "Occupational",
             "Commuting", "Send", "Registered", "Honestly", "People", "His", "You"}
FILLERS_INLINE = ["um,", "er,", "you know,", "like,", "sort of", "I mean,", "kind of"]

SLOT_RE = re.compile(r"\{(\w+)(?::(\w+))?\}")


# --------------------------------------------------------------------------- model


@dataclass
class Person:
    first: str
    sur: str
    aliases: tuple[str, ...] = ()
    code: str | None = None          # register participant code, or None
    email: str | None = None
    title: str = "Dr"


@dataclass
class Builder:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[dict[str, object]] = field(default_factory=list)

    def lit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def ent(self, s: str, type_: str, participant: str | None = None, form: str = "") -> None:
        self.spans.append({"start": self.length, "end": self.length + len(s), "type": type_,
                           "participant": participant, "form": form})
        self.lit(s)

    def text(self) -> str:
        return "".join(self.parts)


def nhs_check_digit(nine: str) -> int | None:
    """Modulus-11 check digit for the first nine digits, or None if none is valid (10)."""
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def is_valid_nhs_number(digits: str) -> bool:
    digits = re.sub(r"\D", "", digits)
    if len(digits) != 10:
        return False
    check = nhs_check_digit(digits[:9])
    return check is not None and check == int(digits[9])


class DocumentWriter:
    """Renders one transcript with a cast, a random source and exact spans."""

    def __init__(self, rng: random.Random, self_person: Person, register: list[Person],
                 pools: Pools):
        self.rng = rng
        self.pools = pools
        self.b = Builder()
        self.self_p = self_person
        others = [p for p in register if p.code != self_person.code]
        self.reg = rng.choice(others)
        self.cast: dict[str, Person] = {"self": self_person, "reg": self.reg}
        self.cast["mentor"] = rng.choice([p for p in others if p is not self.reg]) \
            if rng.random() < 0.4 else self.new_person(title=rng.choice(["Dr", "Dr", "Professor"]))
        for role in ("sup", "col", "gp"):
            self.cast[role] = self.new_person(title=rng.choice(["Dr", "Dr", "Mr", "Ms", "Professor"])
                                              if role != "gp" else "Dr")
        self.cast["rel"] = self.new_person(title=rng.choice(["Mrs", "Mr", "Ms"]))
        self.cast["partner"] = self.new_person(title="Dr")
        self.cast["child"] = self.new_person(title="")
        self.cast["pm"] = self.new_person(title="Mrs")
        self.style = rng.choice(["Interviewer", "Interviewer", "INT", "I", "Int"])
        self.timestamps = rng.random() < 0.35
        self.last_date: datetime.date | None = None
        self.clock = rng.randint(5, 40)

    def new_person(self, title: str) -> Person:
        first = self.rng.choice(self.pools.first_names)
        return Person(first=first, sur=self.rng.choice(self.pools.surnames), title=title)

    # ----------------------------------------------------------------- slots
    def person(self, p: Person, form: str) -> None:
        rng, b = self.rng, self.b
        code = p.code
        if form == "any":
            options = ["full", "first", "first", "first", "title", "poss", "sur"]
            if p.aliases:
                options += ["alias", "alias"]
            form = rng.choice(options)
        if form == "alias" and not p.aliases:
            form = "first"
        if form == "title" and not p.title:
            form = "first"
        if form == "full":
            if rng.random() < 0.2 and p.title:
                b.lit("Dr " if p.title in ("Dr", "Professor") else p.title + " ")
            b.ent(f"{p.first} {p.sur}", "PERSON", code, "full")
        elif form == "first":
            b.ent(p.first, "PERSON", code, "first")
        elif form == "sur":
            b.ent(p.sur, "PERSON", code, "surname")
        elif form == "title":
            title = rng.choice(TITLES_DR) if p.title == "Dr" else p.title
            b.lit(title + " ")
            if rng.random() < 0.3:
                b.ent(f"{p.first} {p.sur}", "PERSON", code, "title_full")
            else:
                b.ent(p.sur, "PERSON", code, "title_surname")
        elif form == "poss":
            name = p.first if rng.random() < 0.75 else (p.aliases[0] if p.aliases else p.sur)
            b.ent(name, "PERSON", code, "possessive")
            b.lit(rng.choice(["'s", "'s", "’s"]))
        elif form == "alias":
            b.ent(rng.choice(p.aliases), "PERSON", code, "alias")
        elif form == "email":
            self.email(p)
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def email(self, p: Person | None) -> None:
        rng, b = self.rng, self.b
        if p is not None and p.email:
            addr, code = p.email, p.code
        else:
            q = p or self.new_person("")
            local = rng.choice([f"{q.first}.{q.sur}", f"{q.first[0]}.{q.sur}", f"{q.first}{q.sur}",
                                f"{q.first}.{q.sur}{rng.randint(1, 99)}", f"dr{q.first}{q.sur[0]}"])
            addr, code = f"{local.lower().replace(chr(39), '')}@{rng.choice(EMAIL_DOMAINS_OTHER)}", None
        if rng.random() < 0.1:
            spoken = addr.replace("@", " at ").replace(".", " dot ")
            b.ent(spoken, "EMAIL", code, "spoken")
        else:
            b.ent(addr, "EMAIL", code, "typed")

    def phone(self, kind: str) -> None:
        rng, b = self.rng, self.b
        if kind == "any":
            kind = rng.choice(["mobile", "mobile", "landline"])
        if kind == "mobile":
            pre = f"7{rng.choice(['700', '711', '723', '734', '745', '752', '768', '779', '786', '799', '812', '825', '907', '958'])}"
            rest = f"{rng.randint(0, 999999):06d}"
            form = rng.choice(["0 sp", "0 sp", "0 3", "0 none", "+44", "+44(0)", "0044"])
            s = {"0 sp": f"0{pre} {rest}", "0 3": f"0{pre} {rest[:3]} {rest[3:]}",
                 "0 none": f"0{pre}{rest}", "+44": f"+44 {pre} {rest}",
                 "+44(0)": f"+44 (0){pre} {rest}", "0044": f"0044 {pre} {rest}"}[form]
            b.ent(s, "PHONE", None, "mobile")
        else:
            area, local_len = rng.choice([("191", 7), ("113", 7), ("161", 7), ("20", 8), ("1434", 6),
                                          ("1670", 6), ("1228", 6), ("1642", 6), ("131", 7), ("29", 8)])
            num = f"{rng.randint(2 * 10 ** (local_len - 1), 10 ** local_len - 1)}"
            if local_len == 7:
                local = f"{num[:3]} {num[3:]}"
            elif local_len == 8:
                local = f"{num[:4]} {num[4:]}"
            else:
                local = f"{num[:3]} {num[3:]}" if rng.random() < 0.5 else num
            form = rng.choice(["0", "0", "0", "(0)", "+44"])
            s = {"0": f"0{area} {local}", "(0)": f"(0{area}) {local}", "+44": f"+44 {area} {local}"}[form]
            b.ent(s, "PHONE", None, "landline")

    def nhs_number(self) -> str:
        rng = self.rng
        while True:
            nine = str(rng.choice([4, 6, 9])) + f"{rng.randint(0, 10 ** 8 - 1):08d}"
            check = nhs_check_digit(nine)
            if check is not None:
                break
        d = nine + str(check)
        assert is_valid_nhs_number(d)
        return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", d,
                           f"{d[:3]}-{d[3:6]}-{d[6:]}"])

    def bad_nhs_like(self) -> str:
        rng = self.rng
        nine = str(rng.randint(1, 9)) + f"{rng.randint(0, 10 ** 8 - 1):08d}"
        check = nhs_check_digit(nine)
        last = rng.choice([d for d in range(10) if d != check])
        d = nine + str(last)
        assert not is_valid_nhs_number(d)
        return d

    def postcode(self) -> str:
        rng = self.rng
        out = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        r = rng.random()
        if r < 0.06:
            return f"{out}{inward}"
        if r < 0.12:
            return f"{out} {inward}".lower()
        return f"{out} {inward}"

    def date(self, ordinal_only: bool = False, later: bool = False) -> None:
        rng, b = self.rng, self.b
        if later and self.last_date is not None:  # "from X to Y": Y a few weeks after X
            when = self.last_date + datetime.timedelta(days=rng.randint(10, 200))
        else:
            when = datetime.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.last_date = when
        day, month, year = when.day, when.month, when.year
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        mname = MONTHS[month - 1]
        if ordinal_only:
            b.ent(f"{day}{suffix} of {mname}", "DATE", None, "ordinal_of")
            return
        form = rng.choice(["dmy", "dmy_ord", "the_of", "of_y", "slash", "dots", "month_year",
                           "weekday", "md", "dmy", "slash"])
        if form == "the_of":
            b.lit("the ")
            b.ent(f"{day}{suffix} of {mname}", "DATE", None, form)
            return
        s = {
            "dmy": f"{day} {mname} {year}",
            "dmy_ord": f"{day}{suffix} {mname} {year}",
            "of_y": f"{day}{suffix} of {mname} {year}",
            "slash": f"{day:02d}/{month:02d}/{year}",
            "dots": f"{day}.{month}.{year % 100:02d}",
            "month_year": f"{mname} {year}",
            "weekday": f"{rng.choice(WEEKDAYS)} the {day}{suffix} of {mname}",
            "md": f"{mname} {day}{suffix}",
        }[form]
        b.ent(s, "DATE", None, form)

    def age(self, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if rng.random() < 0.3:
            b.ent(number_words(n), "AGE", None, "words")
        else:
            b.ent(str(n), "AGE", None, "digits")

    def address(self) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        r = rng.random()
        if r < 0.15:
            s = f"Flat {rng.randint(1, 12)}, {rng.randint(1, 180)} {street}"
        elif r < 0.85:
            s = f"{rng.randint(1, 180)} {street}"
        else:
            s = street
        b.ent(s, "LOCATION", None, "address")

    def trust(self) -> None:
        h = self.rng.choice(self.pools.trusts)
        if h.startswith("the "):
            self.b.lit("the ")
            h = h[4:]
        if h.endswith(" trust"):  # "the Newcastle Hospitals trust": "trust" is not a name
            self.b.ent(h[:-6], "HOSPITAL", None, "trust")
            self.b.lit(" trust")
        else:
            self.b.ent(h, "HOSPITAL", None, "trust")

    def slot(self, name: str, form: str | None) -> None:
        rng, b = self.rng, self.b
        if name in self.cast:
            self.person(self.cast[name], form or "any")
            return
        if name == "HOSP":
            r = rng.random()
            if r < 0.72:
                h = rng.choice(self.pools.hospitals)
                if h.startswith("the "):
                    b.lit("the ")
                    h = h[4:]
                if " in " in h:  # "the QE in Gateshead": a hospital, then a town
                    h, town = h.split(" in ")
                    b.ent(h, "HOSPITAL", None, "hospital")
                    b.lit(" in ")
                    b.ent(town, "LOCATION", None, "town")
                else:
                    b.ent(h, "HOSPITAL", None, "hospital")
            elif r < 0.86:
                self.trust()
            else:
                self.slot("PRACTICE", None)
        elif name == "PRACTICE":
            h = rng.choice(self.pools.practices)
            if h.startswith("the "):
                b.lit("the ")
                h = h[4:]
            b.ent(h, "HOSPITAL", None, "practice")
        elif name == "TRUST":
            self.trust()
        elif name in ("TOWN", "CITY", "REGION"):
            pool = {"TOWN": self.pools.towns, "CITY": self.pools.cities,
                    "REGION": self.pools.regions}[name]
            if name == "TOWN" and rng.random() < 0.2:
                pool = self.pools.cities
            place = rng.choice(pool)
            if place.startswith("the "):
                b.lit("the ")
                place = place[4:]
            b.ent(place, "LOCATION", None, name.lower())
        elif name == "ADDRESS":
            self.address()
        elif name == "POSTCODE":
            b.ent(self.postcode(), "POSTCODE", None, "postcode")
        elif name == "EMAIL":
            self.email(None)
        elif name == "PHONE":
            self.phone("any")
        elif name == "MOBILE":
            self.phone("mobile")
        elif name == "LANDLINE":
            self.phone("landline")
        elif name == "NHSNO":
            b.ent(self.nhs_number(), "NHS_NUMBER", None, "nhs")
        elif name == "GMC":
            b.ent(f"{rng.randint(1, 7)}{rng.randint(0, 999999):06d}", "GMC_NUMBER", None, "gmc")
        elif name == "DATE":
            self.date(later=form == "later")
        elif name == "DATE_ORD":
            self.date(ordinal_only=True)
        elif name == "AGE":
            self.age(form)
        # ---- negatives: plain text, no span
        elif name == "DUR":
            b.lit(rng.choice(DURATIONS))
        elif name == "GRADE":
            b.lit(rng.choice(GRADES))
        elif name == "SPEC":
            b.lit(rng.choice(SPECIALTIES))
        elif name == "BADNUM10":
            b.lit(self.bad_nhs_like())
        elif name == "NUM7":
            b.lit(f"{rng.randint(1, 9)}{rng.randint(0, 999999):06d}")
        elif name == "BLEEP":
            b.lit(str(rng.randint(1000, 9999)))
        elif name == "TS":
            b.lit(self.timestamp())
        elif name == "AGE_GROUP":
            b.lit(rng.choice(["twenty", "thirty"]))
        else:  # pragma: no cover - template typo
            raise ValueError(name)

    # ----------------------------------------------------------------- text
    def disfluent(self, s: str) -> str:
        rng = self.rng
        words = s.split(" ")
        out: list[str] = []
        for i, w in enumerate(words):
            r = rng.random()
            if i > 0 and w and w[0].islower() and r < 0.025:
                out.append(rng.choice(FILLERS_INLINE))
            elif i > 0 and w.isalpha() and w.islower() and r < 0.04:
                out.append(w + ",")  # false start: "I was, I was going to"
            out.append(w)
        return " ".join(out)

    def render(self, template: str, opener: bool = True) -> None:
        rng, b = self.rng, self.b
        if opener:
            op = rng.choice(OPENERS)
            first = template.split(" ", 1)[0].rstrip(",")
            if op and not template.startswith("{") and first in LOWERABLE:
                template = template[0].lower() + template[1:]
            elif op and not template.startswith("{") and first not in ("I", "I'm", "I've", "I'd"):
                op = ""
            b.lit(op)
        pos = 0
        for m in SLOT_RE.finditer(template):
            b.lit(self.disfluent(template[pos:m.start()]) if m.start() > pos else "")
            self.slot(m.group(1), m.group(2))
            pos = m.end()
        if pos < len(template):
            b.lit(self.disfluent(template[pos:]))

    def timestamp(self) -> str:
        self.clock += self.rng.randint(8, 70)
        return f"{self.clock // 3600:02d}:{self.clock // 60 % 60:02d}:{self.clock % 60:02d}"

    def turn(self, speaker: str, templates: list[str]) -> None:
        rng, b = self.rng, self.b
        if self.timestamps:
            b.lit(f"[{self.timestamp()}] ")
        b.lit(f"{speaker}: ")
        if rng.random() < 0.06:
            b.lit(rng.choice(["[overlapping] ", "[crosstalk] ", "[laughs] "]))
        for i, t in enumerate(templates):
            if i:
                b.lit(" ")
            self.render(t)
        b.lit("\n\n")

    def write(self, n_exchanges: int) -> str:
        rng = self.rng
        code = self.self_p.code
        assert code is not None
        me = self.style
        self.turn(me, [rng.choice(OPENING_I)])
        self.turn(code, [rng.choice(OPENING_P)])
        for _ in range(n_exchanges):
            if rng.random() < 0.15:
                self.turn(me, [rng.choice(["Mm-hm.", "Yeah.", "Right, okay.", "Mm.", "Sure."])])
                self.turn(code, [rng.choice(PARTICIPANT)])
            self.turn(me, [rng.choice(INTERVIEWER)])
            k = rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5])
            sentences = [rng.choice(PARTICIPANT) if rng.random() < 0.6 else rng.choice(FILLER)
                         for _ in range(k)]
            self.turn(code, sentences)
        self.turn(me, [rng.choice(CLOSING_I)])
        self.turn(code, [rng.choice(CLOSING_P)])
        return self.b.text()


def register_people(pools: Pools = POOLS["dev"]) -> list[Person]:
    people = []
    for i, (first, sur, aliases, local, domain) in enumerate(pools.register, start=1):
        people.append(Person(first=first, sur=sur, aliases=aliases, code=f"P{i:02d}",
                             email=f"{local}@{domain}", title="Dr"))
    return people


def register_csv(people: list[Person]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["name", "code", "aliases", "email"])
    for p in people:
        w.writerow([f"{p.first} {p.sur}", p.code, ";".join(p.aliases), p.email])
    return out.getvalue()


def build_corpus(n_docs: int = DEFAULT_DOCS, seed: int = DEFAULT_SEED, id_prefix: str = "",
                 pools: str = "dev") -> tuple[list[Person], list[dict[str, object]]]:
    """Return (register people, documents). Documents cycle through participants: T1, T2, ...

    :param pools: ``"dev"`` (the committed corpus's lists) or ``"heldout"`` (disjoint lists).
    """
    chosen = POOLS[pools]
    people = register_people(chosen)
    docs: list[dict[str, object]] = []
    for i in range(n_docs):
        p = people[i % len(people)]
        rng = random.Random(f"{seed}:{i}")
        w = DocumentWriter(rng, p, people, chosen)
        text = w.write(n_exchanges=rng.randint(22, 34))
        docs.append({"id": f"{id_prefix}{p.code}-T{i // len(people) + 1}", "participant_code": p.code,
                     "text": text, "spans": w.b.spans})
    return people, docs


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else HERE
    people, docs = build_corpus()
    (out_dir / "register.csv").write_text(register_csv(people), encoding="utf-8")
    with open(out_dir / "corpus.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    n_spans = sum(len(d["spans"]) for d in docs)  # type: ignore[arg-type]
    print(f"wrote {len(docs)} documents, {n_spans} spans to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
