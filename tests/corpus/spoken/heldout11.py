"""Content of the spoken-forms set ``heldout11`` (round 15 of issue 14), written blind.

Plain data only: ``generate.py`` builds ``Pools``, ``Templates`` and ``Habits`` from the dicts
below, so the generator's own text holds none of this set's names or places. Its conversations
come from **an oral-history project with retired doctors** of the Clyde and the Mersey (many
trained in the fifties to the eighties, some in the Punjab or further away), talking about who mentored them and how they kept well, recorded as one of three kinds: an
**oral-history interview** with two interviewers, the second one cutting in to read a number
back wrong ("seven one?" - "No, seven NINE."); a **sit-down interview** with a Glaswegian or
Scouse voice ("Och,", "Aye, well,", "Honest to God,"); or **raw speech-recognition output**
nobody corrected (lower case, no punctuation, no speaker labels, numbers as numerals - "0 7 7 o
0 9" - and mishearings, a time range on every line). Dates reach back decades ("the winter of
seventy-nine", "the back end of sixty-eight"), are said "the third of the fourth" or "the
fourteenth of March, two thousand and nine"; birthdays fall on a bank holiday ("Fair Monday,
nineteen forty-eight"); ages are of children ("she's in P four") and parents; old telephone
numbers carry their exchange's name ("<town> double-two six one"); GMC numbers start with a
nought; addresses are read off an envelope, tenement flats said "two stroke one"; old postal
districts ("the L eighteen district"); e-mails said with "dash" and "full stop"; surnames spelled with
"double N" and "capital F". Its renderings (``Habits.v11``, ``Writer.slot_v11``,
``AsrBuilder``) are off for every other set. Never tuned on: see README.md.
"""

from __future__ import annotations

SEED = "2026-12-06/heldout11/round15/oral-history"
N_DOCS = 48
EXCHANGES = (40, 46)
CODE_FORMAT = "OH-{:03d}"

POOLS = {
    "register": [
        ("Thomasina", "Auchterlonie", ("Teenie",), "thomasina-auchterlonie", "clydemail.co.uk"),
        ("Jacobina", "Gilfillan", ("Bina",), "j.gilfillan", "tenementnet.co.uk"),
        ("Alexandrina", "Lindores", (), "alexandrina.lindores1944", "oldschoolgp.co.uk"),
        ("Marjory", "Pirrie", (), "marjorypirrie", "retiredmedics.org.uk"),
        ("Bathsheba", "Veitch", (), "bathsheba-veitch", "merseywave.net"),
        ("Phyllida", "Yellowlees", (), "p-yellowlees", "kelvinside-mail.com"),
        ("Eunice", "Colquhoun", (), "eunice.colquhoun", "btclick.com"),
        ("Somerled", "Leishman", (), "somerled.leishman", "supanet.com"),
        ("Ninian", "Orrock", (), "n-orrock", "clydemail.co.uk"),
        ("Kenelm", "Purdie", (), "kenelm.purdie", "tenementnet.co.uk"),
        ("Dipankar", "Ghoshal", ("Dip",), "dipankar.ghoshal", "merseywave.net"),
        ("Sukumar", "Mazumdar", (), "s-mazumdar", "btclick.com"),
        ("Amitava", "Lahiri", (), "amitava.lahiri", "supanet.com"),
        ("Subrata", "Sanyal", (), "subrata-sanyal", "oldschoolgp.co.uk"),
        ("Shyamal", "Chaudhuri", (), "shyamal.chaudhuri", "retiredmedics.org.uk"),
        ("Adebowale", "Ezekwesili", (), "a.ezekwesili", "kelvinside-mail.com"),
        ("Nerissa", "Urie", (), "nerissa.urie", "clydemail.co.uk"),
        ("Alphonsus", "Waddell", (), "alphonsus-waddell", "tenementnet.co.uk"),
        ("Cornelius", "Birchall", (), "c.birchall", "merseywave.net"),
        ("Eustace", "Cottam", (), "eustace.cottam", "btclick.com"),
        ("Marmaduke", "Gorst", (), "marmaduke.gorst", "supanet.com"),
        ("Isidore", "Halsall", (), "isidore-halsall", "merseywave.net"),
        ("Zillah", "Jolliffe", ("Lolly",), "zillah.jolliffe", "retiredmedics.org.uk"),
        ("Wystan", "Kearsley", (), "w-kearsley", "oldschoolgp.co.uk"),
    ],
    "first_names": [
        "Gurbachan", "Harbhajan", "Akinwunmi", "Oluwole", "Jinty", "Bunty", "Nessie", "Hettie",
        "Marsali", "Querida", "Dunstan", "Ulric", "Fabian", "Rhoda", "Jerusha", "Lovisa", "Annot",
        "Grizzel", "Benedicta", "Scholastica", "Alured", "Aeneas", "Fingal", "Ewen", "Iagan",
        "Ethelbert", "Hereward", "Jaswant", "Kirpal", "Mohan", "Shanti", "Rabindra", "Anjan",
        "Bimal", "Folarin", "Tokunbo",
    ],
    "surnames": [
        "Rintoul", "Sorbie", "Lathom", "Mawdsley", "Orrell", "Sephton", "Westhead",
        "Baxendale", "Critchley", "Pendlebury", "Hindle", "Sowter", "Cairncross", "Bannatyne",
        "Dalziel", "Lamberton", "Gemmell", "Houliston", "Carnduff", "Loudon", "Mackintosh",
        "Paterson", "Aird", "Blackie", "Coubrough", "Dunsmuir", "Eadie", "Frew", "Hastie", "Lusk",
        "Meikle", "Datta", "Szymczak", "Lisowski",
    ],
    "towns": ["Kilbarchan", "Bishopton", "Langbank", "Kilmacolm", "Inverkip", "Bridge of Weir",
              "Lochwinnoch", "Uplawmoor", "Neilston", "Busby", "Eaglesham", "Carmunnock", "Lenzie",
              "Torrance", "Strathblane", "Killearn"],
    "cities": ["Hoshiarpur", "Jabalpur", "Gwalior", "Meerut", "Bareilly", "Moradabad"],
    "streets": ["Hyndland Road", "Garscube Road", "Gallowgate", "Govan Road",
                "Alexandra Parade", "Clarkston Road",
                "Kilmarnock Road", "Balmore Road", "Picton Road"],
    "hospitals": ["Oakbank Hospital", "Knightswood Hospital", "Blawarthill Hospital", "Mearnskirk",
                  "Philipshill", "Hawkhead", "Lennox Castle", "Canniesburn", "Redlands Hospital",
                  "Rottenrow", "the Royal Samaritan", "Robroyston"],
    "postcode_outward": ["G11", "G41", "G61", "G62", "G73", "G81", "PA15", "PA16", "L4", "L8",
                         "L9", "L13", "L15", "L18", "L21", "L23", "CH45", "CH47", "L36"],
    "email_domains": ["clydemail.co.uk", "tenementnet.co.uk", "oldschoolgp.co.uk",
                      "retiredmedics.org.uk", "merseywave.net", "kelvinside-mail.com",
                      "btclick.com", "supanet.com"],
    "chi_context": ["CHI"],
}

HABITS = {
    "zero_words": ("oh", "oh", "nought", "zero", "oh"),
    "p_double": 0.6, "p_triple": 0.5, "triple_words": ("treble", "triple"),
    "p_hundred": 0.0, "p_pair_number": 0.0,
    "group_seps": (", ", " ", ", eh, ", "... ", ", ah, ", " -- ", ", "),
    "digit_seps": (" ",),
    "p_mixed": 0.0, "p_all_digits": 0.0,
    "hyphen": ("-",),
    "fillers": ("eh", "ah"),
    "joiners": (" ", "-"),
    "at_words": ("at", "at", "at", "at sign"),
    "v11": True,
}

_NEG = {
    # ---- the set's own renderings (read by Writer.*11; keys start "_")
    "_styles": ["oral", "oral", "oral", "seated", "seated", "asr", "asr"],
    "_labels_oral": ["Interviewer (AM)=>Interviewer (RK)=>Narrator {code}",
                     "OH interviewer=>Second interviewer=>{code} (narrator)"],
    "_labels_seated": ["Int=>Int 2=>Retired GP {code}", "Q1=>Q2=>{code}, retired"],
    "_labels_asr": ["-=>-=>-"],
    "_voices": ["glasgow", "glasgow", "scouse", "scouse", "unmarked"],
    "_openers_glasgow": ["Och,", "Aye, well,", "See, the thing is,", "Naw, but listen,", "Ach,"],
    "_openers_scouse": ["Honest to God,", "Dead right,", "Ah, well, la,", "Y'know, like,",
                        "Eh, listen,"],
    "_cutins": ["[cutting in]", "-- sorry, just to be clear --", "(jumping in)", "[over him]"],
    "_mishears": ["registrar=>registrat", "houseman=>house man", "mentoring=>meant oring",
                  "consultant=>constant", "ward round=>word round", "casualty=>casually",
                  "anaesthetics=>and aesthetics", "Matron=>mattress", "Sister=>sitter"],
    "_seasons": ["winter", "summer", "spring", "autumn", "back end"],
    "_holidays": ["Fair Monday", "the autumn holiday Monday", "the Whitsun holiday Monday",
                  "the Boxing Day holiday", "the New Year holiday", "the September weekend Monday",
                  "the August holiday Monday"],
    "_areas": ["0141", "0151", "01475", "01505"],
    # ---- hard negatives said in lines ({NEG:key})
    "doses": ["an eighth of a grain of morphine", "six hundred milligrams of penicillin",
              "two of the wee yellow ones", "ten mils of paraldehyde"],
    "counts": ["thirty-two beds on the open ward", "eleven of us in the mess",
               "ninety-odd deliveries a month", "four housemen for three hundred beds"],
    "years": ["the seventy-four reorganisation", "the big freeze of sixty-three",
              "the winter of discontent", "the three-day week", "in the fifties",
              "the nineteen forty-eight Act"],
}

TEMPLATES = {
    "labels": [("Interviewer (AM)", "{code}")],
    "opening": [
        ["I|Right, that's us recording. This is the oral history interview with {self:full}, and it's {DATE:weekday_dom}.",
         "J|And I'm just sitting in, taking notes.", "P|Fire away, the pair of you."],
        ["I|Can you say your name and where you were born, for the tape?",
         "P|{self:full}. Born in {CITY}, on {DOB:spoken}."],
        ["I|Before we start, the archive wants your date of birth.",
         "P|{DOB:of_the}.", "J|{BACK}?", "P|No, {FIX}. I'm not that young."],
        ["I|Just for the record, you qualified when?",
         "P|The {DATE:season}. Straight out and onto the wards at {HOSP}."],
    ],
    "closing": [
        ["I|We'll send you the transcript. Which e-mail is best?",
         "P|{EMAIL:self:spoken}. All lower case, my granddaughter set it up."],
        ["I|And where should we post the consent form?",
         "P|Take this off the envelope, it's easier: {ENVELOPE:self}."],
        ["I|That's us. Can we ring you if there's a gap in the tape?",
         "P|Aye, the house phone's {PHONE:landline}.", "J|{BACK}?", "P|{FIX}. The end's the bit everybody gets wrong."],
        ["I|Thank you, that was wonderful. Anything for the archive's records?",
         "P|My e-mail, if you need it. {EMAIL:self:spelled}."],
    ],
    "exchanges": [
        # ---- ages, of themselves, their children, their parents
        ["I|How old were you when you started as a houseman?", "P|{AGE:answer:qual}. Green as grass."],
        ["I|And how old are you now, if you don't mind?", "P|{AGE:answer:retired}, and I mind fine."],
        ["I|How old were you when you went to {HOSP}?", "P|{AGE:answer:young}.", "J|{BACK}?", "P|No, {FIX}. I'd had a year in the army first."],
        ["P|My mother was {AGE:parent:parent} when she died, and she never once saw a doctor she wasn't related to."],
        ["P|The wee one was {AGE:child:child} and the big one {AGE:child:child}, and I was on one in two."],
        ["P|My youngest is in {AGE:year_group} now, my granddaughter I mean, and she wants to do medicine."],
        ["I|How old was your father then?", "P|{AGE:parent:parent}. He'd been a miner."],
        ["P|I got my first registrar job aged {AGE:aged:qual}, which was young for then."],
        ["P|I'm turning {AGE:turning:retired} in the spring, and my wife says I should write it all down."],
        ["P|Old Dr {col:sur} would be {AGE:would_be:parent} now, if he was still with us."],
        ["P|We had a lad of {AGE:words:young} on the ward with TB, and I've never forgotten him."],
        ["I|And your son, how old was he?", "P|{AGE:child:child}, going on {AGE:child:child}. He'll not remember."],
        # age hard negatives
        ["I|How many of you were on the rota?", "P|Seven. Eight if you counted the locum."],
        ["P|I had a ten-year-old Hillman Imp that broke down on the hill every winter."],
        ["I|How long were you in the sanatorium?", "P|Fourteen months. The third winter they let me home."],
        ["P|There were {NEG:counts}, and one sister who ran the lot."],
        # ---- dates decades ago
        ["I|Now, when did you start at {HOSP}?", "P|The {DATE:season}. Drifts up to your knees."],
        ["P|I got married in the {DATE:season}, in the middle of my house jobs."],
        ["I|Do you remember the date you qualified?", "P|The {DATE:of_the}. It's on the scroll."],
        ["P|I retired on the {DATE:thousand_and}, and I'd been there thirty-one years."],
        ["I|And when did you leave general practice?", "P|{DATE:month_yy}.", "J|{BACK}, did you say?", "P|{FIX}. Aye."],
        ["P|My father died on the {DATE:dom_y}, and I was on call that night."],
        ["P|The fire at the nurses' home was {DATE:weekday_dom}. A Sunday, I'm sure."],
        ["I|What month was your first post?", "P|{MONTHSAID}.", "J|Now, and the day?", "P|The {DAYONLY}. A Wednesday."],
        ["P|I was born on {DOB:bankhol}, so my birthday moves about."],
        ["I|And your date of birth, for the archive?", "P|{DOB:of_the}."],
        ["I|Now, when's your birthday?", "P|{DOB:bankhol}. There was a holiday on, so my father missed it."],
        ["P|My twin brother and I came on {DOB:bankhol}, and the doctor was at the golf."],
        ["I|Could you give me your date of birth?", "P|{DOB:spoken}, if you can believe it."],
        ["P|The paper said {DATE:typed} on the top, and I've kept it in a drawer ever since."],
        ["P|My mentor, {mentor:title}, retired on the {DATE:of_the}, and the place was never the same."],
        # date hard negatives
        ["P|That was {NEG:years}, and everything changed after."],
        ["P|It was my third house job, and the first time a consultant asked my opinion."],
        ["P|The ward round was at half eight, and you were second on for the take."],
        ["P|We had a temperature of a hundred and three and no antibiotics left."],
        # ---- telephones, old and new
        ["I|What was the phone number at the practice?", "P|{PHONE:exchange}. We'd no area codes then."],
        ["P|You'd ring {PHONE:exchange} and the switchboard would put you through to the ward."],
        ["I|What's the best number for you now?", "P|My mobile's {PHONE:mobile}. That's the way of it.", "J|{BACK}?", "P|No, {FIX}. You'll not get me otherwise."],
        ["P|The house is {PHONE:landline}, and leave a message if I don't answer."],
        ["I|And a mobile?", "P|{PHONE:mobile}. My daughter put it in for me."],
        ["P|My son wrote it down for me: {PHONE:typed}. He says I'll lose it."],
        ["P|The surgery was {PHONE:typed_landline} for twenty years and it never changed."],
        ["P|My old reference for the pension was {REF11}, and they lost it twice."],
        ["P|You'd dial nine-nine-nine from the box at the corner, and that was if it worked."],
        # ---- NHS, CHI, GMC
        ["P|My NHS number's {NHS:spoken}. I had to give it for the hip."],
        ["I|Do you have your NHS number handy?", "P|{NHS:spoken}.", "J|{BACK}?", "P|{FIX}. Aye."],
        ["P|My mother's CHI was {CHI:spoken}, it's on every letter from the Royal."],
        ["P|The card says {NHS:typed}, and that's me."],
        ["I|And your GMC number, for the archive?", "P|{GMC:spoken}. It's an old one, from before the computers."],
        ["P|My GMC number was {GMC:spoken}, from the day I registered.", "J|Sorry, {BACK}?", "P|{FIX}. I know it better than my own phone."],
        ["P|On the certificate it says {GMC:typed}, in the old typewriter print."],
        ["P|The GMC had about ninety thousand on the register then, and they knew every one of us."],
        ["P|They gave me bleep nine one two, and it never stopped."],
        # ---- postcodes, addresses, envelopes
        ["I|And where are you now?", "P|{ADDR:spoken}, {TOWN}. {POSTCODE:spoken}."],
        ["P|We lived at {ADDR:spoken} when I was a registrar, above the chemist."],
        ["P|It'll be on this letter, hang on. {ENVELOPE:self}."],
        ["I|Where did your mentor live?", "P|She'd a flat at {ADDR:spoken}, in {TOWN}. I was there every Sunday."],
        ["P|My brother was in the {POSTCODE:district} district, off {ADDR:spoken}."],
        ["P|We were in the old {POSTCODE:district} district then, before they added the letters."],
        ["I|Now, what's the postcode there?", "P|{POSTCODE:spoken}.", "J|Was that {TOWN}?", "P|Aye."],
        ["P|The letter came to {ADDR:typed}, {POSTCODE:typed}, which isn't even my flat."],
        ["P|The surgery was at {ADDR:spoken}, next to the bookie's."],
        # address hard negatives
        ["P|We'd get the number six tram, and it was four stops to the hospital gate."],
        ["P|Ward forty-four was the chest ward, on the second floor of the old block."],
        # ---- e-mails and spellings
        ["I|What's your e-mail address?", "P|{EMAIL:self:spoken}."],
        ["P|My colleague {col:full} is on {EMAIL:col:spoken}, she'd talk to you too."],
        ["P|You'll get {col:first} at {EMAIL:col:spelled}, I'll spell it."],
        ["P|Write it down: {EMAIL:col:typed}."],
        ["I|Now, how do you spell your surname?", "P|{SPELLED:self}."],
        ["P|My first boss was {col:title}, {SPELLED:col}, and he was a terror."],
        ["P|Sister {sup:sur}, that's {SPELLED:sup}, ran the ward like a ship."],
        ["I|Sorry, how's that spelled?", "P|{SPELLED:mentor}. Nobody ever gets it."],
        # ---- people and places said plainly
        ["P|{mentor:full} was the one who took me under her wing at {HOSP}."],
        ["P|I trained in {CITY} and came over in the sixties, to {TOWN}."],
        ["P|{reg:first} and I did our house jobs together at {HOSP}."],
        ["P|{col:first} {col:sur} and I shared a room in the residency for two years."],
        ["P|{sup:title} was the consultant, and he never once said well done."],
        ["P|We called her {reg:alias}, everybody did."],
        ["P|{NEG:doses}, and that was the whole pharmacy for the night."],
    ],
    "talk": [
        "I did my house jobs at {HOSP}, and I slept in a cupboard off the ward.",
        "We came to {TOWN} in the sixties, and I never left.",
        "My mentor, {mentor:title}, taught me how to sit on the end of a bed and listen.",
        "{mentor:first} would take you for a pint after a bad night and never mention it again.",
        "My wife, {partner:first}, ran the house and the practice books for thirty years.",
        "{col:full} covered for me the week my father died.",
        "I was {AGE:words:young} and nobody thought to ask if I was coping.",
        "It was the {DATE:season}, and the boiler in the residency packed in.",
        "I started in general practice in {DATE:month_yy}, in a surgery at {ADDR:spoken}.",
        "The practice manager, {pm:first}, knew every family in {TOWN}.",
        "{reg:first} wrote to me every Christmas until the end.",
    ],
    "questions": [
        "So, {self:first}, tell us about your first job.",
        "Who looked after you, when you started?",
        "Did anybody ask how you were, back then?",
        "And what kept you going?",
        "Now, can you say a bit more about that?",
        "What would you tell a young doctor now?",
        "How did the family manage, with the hours?",
        "Was there anything like mentoring, in those days?",
    ],
    "filler": [
        "Och, it's a long time ago now.",
        "You just got on with it, that's what you did.",
        "[laughs] We'd no idea, none of us.",
        "The Matron had a face on her that would stop a clock.",
        "Sister would have your guts if the beds weren't straight.",
        "It was the ward round at half eight, every day, and God help you if you were late.",
        "I'd say that's maybe a six out of ten, looking back.",
        "We'd a wee kettle in the doctors' room and that was our well-being.",
        "Chapter twelve of the blue book, I can still see it.",
        "I did four nights on, three off, for the best part of two years.",
    ],
    "backchannel": ["Aye.", "Mm.", "Right.", "Go on.", "Uh-huh."],
    "openers": ["", "", "", "Well, ", "Och, ", "See, ", "Ah, "],
    "negatives": _NEG,
}
