"""Content of the spoken-forms set ``heldout8`` (round 12 of issue 14), written blind.

Plain data only: ``generate.py`` builds ``Pools``, ``Templates`` and ``Habits`` from the dicts
below, so the generator's own text holds none of this set's names or places. This set's
conversations come from a study of **doctors who are also carers** (of a disabled child, a
parent, a partner) in the Fens, Lincolnshire's coast, east Kent and the Isle of Wight, some of
them hard of hearing themselves. Most interviews were recorded on a video platform and exported
from its **automatic captions**, then only half corrected by a research assistant: a turn
nobody corrected is lower case with no commas, numbers come out as homophones ("for", "to",
"ate", "won") or numerals, letters as words ("bee", "see", "why"), and every turn has its cue
times. The rest are hand transcripts. Participants who wear hearing aids ask "pardon?" and
numbers are said again, slowly, one digit at a time; parents give a child's NHS number, CHI and
date of birth, read off a wristband or a clinic letter; numbers are said with "hundred" and
"thousand", "zero" the American way, digits in Hindi, Urdu, French or Spanish; dates in French
or Spanish, years as "two thousand and nine", "May third, two thousand ten"; ages as "four and
a half", "going on seven", "early forties", "mid-thirties"; e-mails with hyphens said "hyphen"
or "dash". Its renderings (``Habits.v8``, ``Writer.slot_v8``) are off for every other set.
Never tuned on: see README.md.
"""

from __future__ import annotations

SEED = "2026-12-06/heldout8/round12/captions"
N_DOCS = 44
EXCHANGES = (42, 48)
CODE_FORMAT = "CR-{:02d}"


def _fr(n: int) -> str:
    units = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
             "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
             "dix-neuf"]
    tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]
    if n < 20:
        return units[n]
    t, u = divmod(n, 10)
    if u == 0:
        return tens[t]
    return f"{tens[t]}-et-un" if u == 1 else f"{tens[t]}-{units[u]}"


def _es(n: int) -> str:
    units = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
             "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete",
             "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres",
             "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho",
             "veintinueve"]
    tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta"]
    if n < 30:
        return units[n]
    t, u = divmod(n, 10)
    return tens[t] if u == 0 else f"{tens[t]} y {units[u]}"


POOLS = {
    "register": [
        ("Tryphena", "Gedge", ("Tryph",), "tryphena.gedge", "nlag-nhs.uk"),
        ("Gervase", "Tapsell", (), "g-tapsell", "ekhuft-nhs.uk"),
        ("Drusilla", "Fensome", ("Dru",), "drusilla.fensome", "qehkl-nhs.uk"),
        ("Osbert", "Tidball", (), "osbert-tidball", "wightcare.org.uk"),
        ("Anuradha", "Nagarkar", ("Radha",), "anuradha.nagarkar", "ulhnhs.uk"),
        ("Aniket", "Gokhale", (), "aniket-gokhale", "rediffmail.com"),
        ("Prajakta", "Chitnis", (), "prajakta.chitnis", "ulhnhs.uk"),
        ("Tehmina", "Qazilbash", (), "tehmina-qazilbash", "nlag-nhs.uk"),
        ("Zulfiqar", "Paracha", ("Zulfi",), "zulfiqar.paracha", "ekhuft-nhs.uk"),
        ("Nighat", "Kiani", (), "nighat-kiani", "fenmail.co.uk"),
        ("Apolline", "Vaillancourt", (), "apolline.vaillancourt", "wanadoo.fr"),
        ("Evariste", "Ramsamy", (), "e-ramsamy", "qehkl-nhs.uk"),
        ("Josette", "Kabasele", (), "josette.kabasele", "wanadoo.fr"),
        ("Ambroise", "Peyrusse", (), "ambroise-peyrusse", "ekhuft-nhs.uk"),
        ("Graciela", "Arbelaez", (), "graciela.arbelaez", "telefonica.net"),
        ("Eneko", "Azkarate", (), "eneko-azkarate", "nlag-nhs.uk"),
        ("Amparo", "Villamizar", (), "amparo.villamizar", "telefonica.net"),
        ("Yeison", "Zubiria", (), "yeison-zubiria", "ulhnhs.uk"),
        ("Jocasta", "Pook", (), "jocasta.pook", "wightcare.org.uk"),
        ("Horatia", "Gosden", (), "horatia-gosden", "islandnet.org.uk"),
        ("Leofric", "Spurling", (), "leofric.spurling", "qehkl-nhs.uk"),
        ("Lettice", "Woolgar", (), "lettice-woolgar", "wightcare.org.uk"),
    ],
    "first_names": [
        "Keziah", "Damaris", "Ptolemy", "Mehak", "Sabeen", "Manjeet", "Vasundhara", "Leocadie",
        "Ghislaine", "Sidonie", "Herminia", "Arantxa", "Olatz", "Wenceslas", "Hildegard",
        "Clotilde", "Tertius", "Rollo", "Perdita", "Eglantine", "Zinnia", "Mahnoor", "Gaetan",
        "Severine", "Fulgencio", "Cosmo",
    ],
    "surnames": [
        "Pidgeon", "Frostick", "Snelling", "Tuddenham", "Ketteridge", "Nobbs", "Kerridge",
        "Murrell", "Randlesome", "Waspe", "Ablitt", "Rumbelow", "Randrianarisoa", "Iturbide",
        "Olaizola", "Lakhanpal", "Kochhar", "Etcheverry", "Aranguren", "Thurlbeck", "Chitty",
        "Brockbank", "Tolhurst", "Sworder", "Ringrose", "Mussell", "Sandhar", "Kalonji",
        "Mukendi", "Goyeneche", "Monsalve", "Jaramillo",
    ],
    "towns": ["Lutton Gowts", "Tydd Gote", "Leverington", "Gorefield", "Murrow",
              "Guyhirn", "Welney", "Manea", "Whaplode Drove", "Fosdyke", "Friskney",
              "Wainfleet All Saints", "Ingoldmells", "Sutton on Sea", "Theddlethorpe",
              "North Somercotes", "Niton", "Brighstone", "Godshill", "Bembridge", "Eastry",
              "Birchington", "Seasalter", "Dymchurch", "Eastchurch"],
    "cities": ["Curepipe", "Quatre Bornes", "Mahebourg", "Kisangani", "Likasi", "Manizales",
               "Cucuta", "Tunja", "Eibar", "Sherbrooke", "Rimouski"],
    "streets": ["Sluice Road", "Drove End Road", "Sea Wall Lane", "Fendyke Lane",
                "Cocklestrand Lane", "Catchwater Drove", "Tollbar Way", "Hobhole Bank",
                "Undercliff Drive", "Dane John Walk", "Tithe Barn Close", "Saltings Way"],
    "hospitals": ["North Cambridgeshire Hospital", "Doddington Hospital",
                  "Skegness and District Hospital", "Queen Victoria Memorial Hospital",
                  "the Saltmarsh Hospice", "Sheppey Cottage Hospital",
                  "Welland Hospital"],
    "postcode_outward": ["PE14", "PE15", "PE22", "PE24", "PE34", "LN12", "LN13", "PO31", "PO37",
                         "PO39", "PO40", "CT3", "CT7", "CT8", "CT13", "ME13", "ME11"],
    "email_domains": ["nlag-nhs.uk", "ekhuft-nhs.uk", "qehkl-nhs.uk", "wightcare.org.uk",
                      "ulhnhs.uk", "rediffmail.com", "wanadoo.fr", "telefonica.net",
                      "fenmail.co.uk", "islandnet.org.uk"],
    "chi_context": ["the CHI"],
    "landline_areas": (("1945", 6), ("1754", 6), ("1507", 6), ("1983", 6), ("1227", 6),
                       ("1553", 6), ("1733", 6), ("1522", 6)),
}

HABITS = {
    "zero_words": ("zero", "zero", "oh", "nought"),
    "p_double": 0.5, "p_triple": 0.45, "triple_words": ("triple", "treble"),
    "p_hundred": 0.0, "p_pair_number": 0.0,
    "group_seps": (" ", ", ", " ... ", ". ", ", and then ", " - "),
    "digit_seps": (" ",),
    "p_mixed": 0.0, "p_all_digits": 0.0,
    "hyphen": ("-",),
    "fillers": ("uhm",),
    "v8": True,
}

_NEG = {
    # ---- the set's own words for the Writer (keys starting "_")
    "_voices": [
        "Tryphena Gedge=>hearing", "Gervase Tapsell=>hearing", "Drusilla Fensome=>plain",
        "Osbert Tidball=>hearing", "Anuradha Nagarkar=>hindi", "Aniket Gokhale=>hindi",
        "Prajakta Chitnis=>hindi", "Tehmina Qazilbash=>urdu", "Zulfiqar Paracha=>urdu",
        "Nighat Kiani=>urdu", "Apolline Vaillancourt=>french", "Evariste Ramsamy=>french",
        "Josette Kabasele=>french", "Ambroise Peyrusse=>french", "Graciela Arbelaez=>spanish",
        "Eneko Azkarate=>spanish", "Amparo Villamizar=>spanish", "Yeison Zubiria=>spanish",
        "Jocasta Pook=>hearing", "Horatia Gosden=>plain", "Leofric Spurling=>hearing",
        "Lettice Woolgar=>plain",
    ],
    "_digits_hindi": ["0=>shunya", "1=>ek", "2=>do", "3=>teen", "4=>chaar", "5=>paanch", "6=>chhe",
                      "7=>saat", "8=>aath", "9=>nau"],
    "_digits_urdu": ["0=>sifar", "1=>aik", "2=>do", "3=>teen", "4=>char", "5=>panch", "6=>chay",
                     "7=>saat", "8=>aath", "9=>nau"],
    "_digits_french": ["0=>zéro", "1=>un", "2=>deux", "3=>trois", "4=>quatre", "5=>cinq", "7=>sept",
                       "8=>huit", "9=>neuf"],
    "_digits_spanish": ["0=>cero", "1=>uno", "2=>dos", "3=>tres", "4=>cuatro", "5=>cinco", "6=>seis",
                        "7=>siete", "8=>ocho", "9=>nueve"],
    "_digits_hearing": [],
    "_digits_plain": [],
    "_numbers_french": [f"fr{n}=>{_fr(n)}" for n in range(70)],
    "_numbers_spanish": [f"es{n}=>{_es(n)}" for n in range(70)],
    "_months_french": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                       "septembre", "octobre", "novembre", "décembre"],
    "_months_spanish": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                        "septiembre", "octubre", "noviembre", "diciembre"],
    # what an automatic captioner hears for a digit word or a letter
    "_caption_digits": ["0=>o", "1=>won", "2=>to/too", "4=>for", "8=>ate"],
    "_caption_letters": ["B=>bee", "C=>see", "E=>ee", "G=>gee", "J=>jay", "K=>kay", "L=>el",
                         "N=>en", "P=>pee", "Q=>queue", "R=>are", "T=>tea", "U=>you", "Y=>why",
                         "O=>oh", "I=>eye"],
    "_caption_labels": ["speaker a=>speaker b", "spk_0=>spk_1", "host=>guest 1",
                        "unknown speaker=>participant (captions)"],
    "_email_marks": [".=>dot/dot/point", "-=>hyphen/dash/hyphen", "_=>underscore"],
    "_local_joins": ["-", ".", "-", "_"],
    "_pardons": ["Pardon?", "Sorry, pardon?", "Say again?", "Sorry, my aid's whistling, again?",
                 "Come again? Slowly?"],
    "_v_hearing_yes": ["Yes, got that.", "Yes. I'm lip-reading you, so keep facing me.", "Yes, I caught that one."],
    "_v_hearing_well": ["Sorry, ", "Right, ", "Hang on, let me turn the aid up. "],
    "_v_hindi_yes": ["Haan, haan.", "Ji.", "Yes, bilkul."],
    "_v_hindi_well": ["Dekho, ", "Accha, ", "Arre, "],
    "_v_urdu_yes": ["Ji haan.", "Haan.", "Yes, theek hai."],
    "_v_urdu_well": ["Dekhiye, ", "Acha, ", "Bas, "],
    "_v_french_yes": ["Oui, c'est ça.", "Voilà.", "Exactement."],
    "_v_french_well": ["Bon, ", "Alors, ", "Enfin, "],
    "_v_spanish_yes": ["Sí, sí.", "Eso.", "Claro."],
    "_v_spanish_well": ["Bueno, ", "Pues, ", "O sea, "],
    "_v_plain_yes": ["Yeah.", "That's right.", "Mm."],
    "_v_plain_well": ["Thing is, ", "To be fair, ", "Truthfully, "],
    # ---- hard negatives (unlabelled), in this set's own words
    "hearing": ["a sixty-five decibel loss in the left ear", "size three one two batteries",
                "the four thousand hertz notch", "programme two on the aid"],
    "caring": ["thirty-five hours a week of caring", "the EHCP review in Year Nine",
               "DLA at the middle rate", "Carer's Allowance of eighty-one pounds ninety"],
    "acts": ["the Children and Families Act 2014", "the Care Act twenty fourteen",
             "the Equality Act 2010", "the carers' strategy of two thousand and eight"],
    "refs": ["access to work reference oh six four two seven one one nine eight three",
             "blue badge number four one two, seven seven oh nine",
             "case reference zero six double one, four nine three, two two eight"],
    "clock": ["at quarter past four", "at ten to two", "between two and four", "at eight o'clock"],
}

TEMPLATES = {
    "labels": [("Int", "{code}"), ("RA", "Carer-doc {code}"), ("Moderator", "Doc {code}"),
               ("IVR", "{code}")],
    "opening": [
        ["I|We're recording, and the captions are on. Today's {DATE:weekday_dom}, and I'm with {self:full}.",
         "P|{V:yes} Hello."],
        ["I|Can you see the captions at the bottom? Good. This is the carers study, and it's {DATE:dom_y}.",
         "P|{V:well}I can. They've already spelt my name wrong, mind."],
        ["I|Thanks for fitting this in around the school run. Can you say your name for the recording?",
         "P|{self:full}. {V:yes}"],
    ],
    "closing": [
        ["I|Where shall I send the shopping voucher?",
         "P|{ADDR:spoken}, {TOWN}, {POSTCODE:spoken}."],
        ["I|Which e-mail for the summary?",
         "P|{EMAIL:self:spoken}, that's with the hyphen if there is one."],
        ["I|And a number, in case the link drops next time?",
         "P|{PHONE:mobile}. Text first, I don't always hear it ring."],
        ["I|That's us. Thank you, {self:first}.",
         "P|Thank you. Oh, my home e-mail is {EMAIL:self_other:spoken} if the trust one fills up."],
    ],
    "exchanges": [
        # hearing: pardon, and the number said again slowly
        ["I|What's your mobile number?", "P|{PHONE:mobile}.", "I|{PARDON}", "P|{AGAIN}."],
        ["I|Could I have your NHS number, for the consent form?", "P|{NHS:spoken}.",
         "I|{PARDON}", "P|{V:well}{AGAIN}. Did that come through?"],
        ["I|And your GMC registration number?", "P|{GMC:spoken}.", "I|Sorry, the captions lost it. {PARDON}",
         "P|{AGAIN}."],
        ["P|{PARDON}", "I|I said, what's the best landline for you?", "P|Oh. {PHONE:landline}."],
        ["P|{PARDON} Sorry, I missed the question, my aid went.", "I|How old are you?",
         "P|{AGE:answer}. {V:yes}"],
        ["I|Is the hearing loss new?", "P|No, I've had {NEG:hearing} since medical school."],
        # a parent giving a child's details
        ["I|You said your son's under the children's team. Does he have a hospital number you use?",
         "P|His NHS number, I know it better than my own. {NHS:spoken}."],
        ["I|How old is she now?", "P|She's {AGE:half}. The half matters, apparently."],
        ["I|And your little boy?", "P|Going on {AGE:going_on}, and he runs the house."],
        ["I|When's his birthday?", "P|{DOB:child}. We always do it on the ward, somehow."],
        ["I|Do you have her details on you?", "P|{V:well}it's on her wristband, hang on. It says {BANDNAME:child}, hospital number, then {NHS:wristband}, and date of birth {DATE:wristband}."],
        ["I|Is she registered up north as well, with her dad?", "P|Yes, so she's got {CHI_CONTEXT} as well. {CHI:spoken}."],
        ["I|Did the clinic letter come?", "P|It did. It says, NHS number {NHS:letter}, appointment {DATE:letter}, at {HOSP}, and our address, {ADDR:letter}, {POSTCODE:letter}."],
        ["I|Who's his consultant?", "P|{col:title}. {SPELLED:col}. Lovely man, terrible handwriting."],
        ["I|How much caring is it, week to week?", "P|It's {NEG:caring}, on top of the rota."],
        ["P|My daughter's {AGE:words:child}, and my mum's {AGE:words:elderly}, and I'm in the middle, {AGE:decade_part}."],
        ["I|And the respite service, can you give me their number for the notes?", "P|Yes, it's {PHONE:landline}. Ask for {pm:first}."],
        # numbers with hundreds and thousands
        ["I|What's the best number?", "P|{PHONE:thousands}. That's the mobile. Or the old one, {PHONE:mobile}."],
        ["I|Your GMC, if you have it?", "P|{GMC:thousands}. {V:yes}"],
        ["I|And your own NHS number?", "P|{NHS:thousands}. I say it like a sum, sorry."],
        ["P|The surgery's on {PHONE:thousands}, and nobody ever answers."],
        # code-switching
        ["I|Your mobile, please?", "P|{V:well}{PHONE:mobile}. {V:yes}"],
        ["I|When did you start the job here?", "P|{DATE:foreign}. {V:yes}"],
        ["I|How old were you at graduation?", "P|{AGE:foreign:young}. {V:well}young."],
        ["I|When did your father come over?", "P|{DATE:month_year}. My mother followed the year after."],
        ["P|{V:well}my mother's in {CITY}, she's {AGE:foreign:elderly}, and she still rings me {NEG:clock} every Sunday."],
        ["I|How's your surname spelt, for the captions' sake?", "P|{SPELLED:self}. {V:yes}"],
        ["I|Is your first name hyphenated?", "P|{V:well}no, it's just {self:first}. The hyphen's in the e-mail: {EMAIL:self:spoken}."],
        # ages by decade and life stage
        ["I|Can I ask your age band?", "P|{AGE:decade_part}. {V:yes}"],
        ["I|And how old were you when your son was diagnosed?", "P|{AGE:words:young}. Still a registrar."],
        ["I|How old's your partner?", "P|{AGE:words}, and still plays Sunday football."],
        ["I|How old is your dad?", "P|{AGE:answer:elderly}, would you believe, and he cares for my mum."],
        ["P|Your captions say I'm {AGE:words}. That's right, actually, for once."],
        # postcodes, addresses, e-mails
        ["I|The postcode there?", "P|{POSTCODE:spoken}. {V:yes} Same as the surgery's, nearly."],
        ["I|Where are you based?", "P|{ADDR:spoken}, in {TOWN}. Right on the dyke."],
        ["I|What's the address for the carers' centre?", "P|{ADDR:spoken}, {POSTCODE:spoken}. Behind the church."],
        ["I|Have you got an e-mail for your mentor?", "P|{EMAIL:mentor:spoken}. {mentor:first} answers at midnight, mostly."],
        ["I|And your colleague's e-mail?", "P|{EMAIL:col:spoken}, I think, it was dash not dot."],
        ["P|We moved from {CITY} to {TOWN} when {partner:first} got the job at {HOSP}."],
        # people
        ["P|My mentor's {mentor:full}. {mentor:first} has a disabled son too, so she gets it."],
        ["P|{sup:title} said I could go part-time, and {sup:first} meant it, which was new."],
        ["P|I met {reg:full} at a carers' group, and {reg:first} put me onto the scheme."],
        ["P|{col:initial} covered my nights when he was in {HOSP}."],
        ["I|Who else helped?", "P|{rel:title} from the church, and {partner:first}'s sister."],
        # dates
        ["I|What's your birthday, with the year?", "P|{DOB}, as it says on everything. {V:yes}"],
        ["I|And the year you were born?", "P|{BIRTHYEAR}."],
        ["I|When did you go less than full time?", "P|{DATE:dom_y}. The same week as his operation."],
        ["I|Do you remember when the diagnosis was?", "P|{DATE:weekday_dom}. You don't forget."],
        ["I|And when's the appraisal due this year?", "P|{DATE:dom}, if they don't move it again."],
        ["I|Which month was the tribunal?", "P|{MONTHSAID}.", "I|And which day in it?", "P|The {DAYONLY}. Two days before Christmas shopping."],
        ["I|When did the funding come through?", "P|{DATE:month_year}. Eighteen months after we applied."],
        ["P|She was born on {DATE:us}, on a Sunday, in the snow."],
        # typed by the research assistant, from the consent form
        ["N|[RA correction from the consent form: mobile {PHONE:typed}, NHS no. {NHS:typed}, GMC {GMC:typed}, {ADDR:typed}, {POSTCODE:typed}, e-mail {EMAIL:self:typed}, DOB {DATE:typed_dob}.]"],
        ["N|[RA: captions garbled the name here; participant is {self:full}.]"],
        ["I|So that's {self:full}, {GMC:typed}?", "P|{V:yes}"],
        # more numbers, off letters and bands, and more dates and ages
        ["I|Can you read me the number on his hospital letter?", "P|{NHS:letter}, and the clinic's on {PHONE:letter}."],
        ["I|And the wristband, does that have her date of birth?", "P|{DATE:wristband}. And the NHS number, {NHS:wristband}."],
        ["I|What's the number for the children's ward?", "P|{PHONE:landline}, then press two and wait."],
        ["I|And your own date of birth, for the carers' form?", "P|{DOB}, and my son's is {DOB:child}."],
        ["P|The tribunal was {DATE:dom_y}, and the appeal {DATE:dom}."],
        ["I|Where did you train, and when did you qualify?", "P|{CITY}, {DATE:month_year}. {V:yes}"],
        ["I|The CHI, for the Scottish side of the consent?", "P|{CHI:letter}, off her letter from the hospital up there."],
        ["P|Her GMC's {GMC:spoken}, if you want to check she's real. {V:yes}"],
        ["I|How old were you when you started caring for your mum?", "P|{AGE:decade_part}, I suppose. She was {AGE:words:elderly}."],
        ["I|How old is your eldest now?", "P|Going on {AGE:going_on}, no, wait, {AGE:half}. I lose track."],
        ["I|When did you last have a proper holiday?", "P|{DATE:us}. Before the diagnosis."],
        ["I|When did you find out about your own hearing?", "P|{DATE:month_year}. I was {AGE:words:young}."],
        ["I|And the mobile you use for the school?", "P|{PHONE:mobile}.", "I|{PARDON}", "P|{AGAIN}. The school has it wrong, too."],
        ["I|Could you say the NHS number once more, for the captions?", "P|{NHS:spoken}.", "I|{PARDON}", "P|{AGAIN}."],
        # hard negatives
        ["I|How many hours do you sleep?", "P|Four, if I'm lucky. For a week once it was two."],
        ["P|We had {NEG:acts} quoted at us at every meeting."],
        ["P|I had to give {NEG:refs}, and wait on hold for forty minutes."],
        ["I|How many carers' groups are there?", "P|Two in the county. There were ate, I mean eight, before the cuts."],
        ["P|The GMC survey said one in four of us care for someone, and I believed it."],
    ],
    "talk": [
        "Nobody on the rota knew I was doing the night feeds as well as the night shifts.",
        "The captions call my son's condition something rude, every single time.",
        "I stopped going to the mess because I couldn't follow the talk in there.",
        "When the aid whistles in theatre, the scrub nurse taps my shoulder.",
        "The third time I asked for a later start they said yes, without a fuss.",
        "I did my training at {HOSP} and never thought I'd come back.",
        "{reg:first} was the first person who asked how I was, not how he was.",
        "We used to live in {CITY}; {TOWN} is quieter, and the school is better.",
        "My mentor, {mentor:full}, said I was allowed to be tired.",
        "Respite is two nights a month, if the unit has the staff.",
        "I keep the care plan in a ring binder, version six now.",
        "Some days I'm a doctor at work and a doctor at home, and I'm only paid for one.",
        "The occupational health form asked if I had any caring duties, in a box an inch wide.",
        "My partner does the mornings and I do the nights, and we meet on a Saturday.",
        "I wear two aids now; the left one was new in the spring.",
        "{mentor:first} never once told me to toughen up, which I'd half expected.",
        "At handover I stand where I can see everyone's mouth.",
        "The school rings at the worst times, always mid-clinic.",
        "I used to be the one who swapped shifts for everybody else.",
        "Our social worker changed four times in two years.",
    ],
    "questions": [
        "Can I ask you about the caring?",
        "Did the trust know what you were juggling?",
        "What did mentoring give you, if anything?",
        "Is there anything you'd want other carer-doctors to hear?",
        "Can the captions keep up, or shall I slow down?",
        "How did that feel, at the time?",
        "What would have helped, back then?",
    ],
    "filler": [
        "Sorry, the captions just wrote something daft.",
        "Forty minutes on hold, every time.",
        "It's page twelve of the form, the bit about nights.",
        "We did the two o'clock feed and then I drove in.",
        "He had three operations in his first year.",
        "I do two sessions a week at the hospice as well.",
        "Ninety-nine times out of a hundred it's fine.",
        "It was the second Tuesday of the month, the carers' coffee morning.",
        "In the nineties nobody talked about any of this.",
        "I went down to sixty per cent in twenty nineteen.",
        "I ate lunch in the car for a year.",
        "For what it's worth, I'd do it again.",
        "Twelve weeks' notice for a rota, and they gave me six.",
        "There's a hundred and one forms, and all of them ask the same thing.",
        "Half past three is pick-up, and clinic ends at five.",
        "We got the ramp fitted after nine months of asking.",
        "I've read that leaflet about forty times.",
        "The loop system in the seminar room has never worked.",
        "Second on call, first on call at home, that's my week.",
        "Fifteen per cent of the trainees on our rota are carers, the survey said.",
    ],
    "backchannel": ["Mm-hm.", "Got you.", "Okay.", "Yes, carry on."],
    "openers": ["", "", "So ", "Right, ", "Yeah, "],
    "negatives": _NEG,
}
