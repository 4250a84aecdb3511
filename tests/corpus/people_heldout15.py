"""HELD-OUT content, fifteenth blind names set (issue 14, round 14): written blind, never tuned on.

Written on 2026-12-06 by an author who did not open the engine (``vault/anonymise``), its word
lists (``data/``, ``policies/``) or any output of the quality bench, and who never ran the
engine or the benches on it. The only names writer of round 14, so no letter range: every pool
entry is disjoint from every earlier names set and from the spoken sets' content.

A different author from every earlier set: a study of surgical, anaesthetic, paediatric and
neonatal trainees and of the academic trainees who run clinical trials beside them (research
nurses, trial managers, clinical lecturers), in London (boroughs and tube stations), Kent and
Sussex, the Thames Valley, the South West peninsula, Yorkshire and the Humber and
Lincolnshire. Spoken documents are interviews held in a theatre coffee room between cases
(``[tannoy]``, "that's my next one being sent for"), on the neonatal unit's night shift
(``[incubator alarm]``), in a car park after a trial's monitoring visit: surgeons are "Mr" and
"Miss", consultants are called by nickname or by first name and patronymic, trainees read
out a WhatsApp group or a Teams chat, a calendar invite, a handover sheet and an e-portfolio
entry, and hospitals go by saints', benefactors' and royals' names and their nicknames.
Written documents are pasted paper: WhatsApp and Teams messages with a sender before a colon,
e-mail signatures, calendar invites, theatre handover sheets, case-based discussion forms,
e-portfolio reflections, a trial's delegation log, a rota swap request.

Rendered by names_corpus.py into people_heldout15.jsonl and people_heldout15_register.csv.
Measure with it only in aggregate; never read its strings into a list, never print its misses.
"""

from __future__ import annotations

CONTENT = dict(  # noqa: C408  (keyword arguments read as a form)
    name="people_heldout15",
    seed=1_206_150_005,  # the first seed from 1_206_150_000 up giving 30 written, 30 spoken
    n_docs=60,
    code_format="SGT14-{:02d}",
    register=[
        ("Xinrui", "Shangguan", ("Ruirui",)),
        ("Kwok-Keung", "Tsoi", ("KK",)),
        ("Da-som", "Dokgo", ("Dasomi",)),
        ("Châu", "Phạm", ("Minh Châu", "Chau")),
        ("Yevgeniya", "Shcherbakova", ("Yevgeniya Arkadyevna", "Zhenya")),
        ("Gennady", "Zhuravlyov", ("Gennady Borisovich", "Gena")),
        ("Jan-Willem", "van der Heijden", ("JW",)),
        ("Tjitske", "uit den Bogaard", ("Tjits",)),
        ("Włodzimierz", "Wójcik-Nowacki", ("Włodek",)),
        ("Jarosława", "Chrząszcz", ("Jarka",)),
        ("Ayomiposi", "Olaniyan-Coker", ("Posi",)),
        ("Ibukunoluwa", "Adeyinka-Fagbemi", ("Buks",)),
        ("Chiemelie", "Anyaoku-Obiefuna", ("Emelie",)),
        ("Ogechukwu", "Ilechukwu-Onah", ("Oge",)),
        ("Nasteexo", "Cigaal", ("Nasteex",)),
        ("Cabdiraxmaan", "Farah Jama", ("Abdi",)),
        ("Ghotai", "Yusufzai", ("Gigi",)),
        ("Gulrahman", "Kakar-Mangal", ("Gul Rahman",)),
        ("Anjaly", "Kuriakose", ("Anju",)),
        ("Sreekumar", "Vadakkedath", ("Sreeku",)),
        ("Manjunath", "Bangera", ("Manju",)),
        ("Shwetha", "Shettigar", ("Shwe",)),
        ("Órfhlaith", "O'Dwyer", ("Orrie",)),
        ("Rebekah", "Hatherley-Vane", ("Bex",)),
        ("Ancelmo", "D'Mello", ("Celmo",)),
        ("Rajasekhar", "Gowda", ("Sekhar",)),
        ("Fitzwilliam", "Featherstonehaugh", ("Fitz",)),
        ("Hồng-Nhung", "Đỗ", ("Hồng Nhung", "Nina")),
        ("Min-kyu", "Seong", ("Kyu",)),
        ("Ruud", "van 't Hoff", ("Rudi",)),
    ],
    first_names=[
        "Zixuan", "Yuxin", "Ka-Man", "Wai-Kit", "Chun-Yin",
        "Ji-woo", "Yoo-na", "Tae-yang", 
        "Thanh Hương", "Quốc Bảo", "Ngọc Ánh", "Văn Long", "Phương Thảo", 
        "Vsevolod", "Svyatoslav", "Anfisa", "Yaroslava", "Arkady", "Zinaida",
        "Timofei", "Kseniya", "Joost", "Femke", "Marijke", "Geertje",
        "Bram", "Lieke", "Thijs", 
        "Adebola", "Titilayo",
        "Morayo", 
        
        "Xamse", "Mukhtar", "Cawo", 
        "Nangialai", "Malalai", "Unnikrishnan",
        "Lakshmikutty", "Biju", "Tincy", "Shibu", 
        "Puneeth", "Ramya", "Pavithra", "Darshan", "Yashaswini",
        "Jonno", "Tilly", "Monty", "Ollie", 
        
        "Donnacha", "Agnelo", 
        "Hennie", "Dirk-Jan", "Ekaterina", "Fyodor", "Ludmilla",
        "Ebele", "Oluwakemi", "Shukri",
        "Farhiya", "Hasina", "Qudsia", "Ajmal", "Jijo", "Neethu", "Sajan",
        "Kavya", "Rakshitha", "Tejaswini", "Lan Anh",
        "Jing-Yi", "Pui-Yee", "Chi-Keung", "Hoi-Lam",
    ],
    word_names=[
        "Jonquil",
        "Cerise",
        "Treacle",
        "Pippin",
        "Godsgift",
        "Testimony",
        "Ribbon",
        "Burdock",
        "Dunlin",
        "Chiffon",
        "Gingham",
        
        "Taffeta",
        "Muslin",
        "Organza",
        "Tweed",
        
        
        
        
        "Snapdragon",
        "Cornflower",
        
        
        
        "Oxlip",
        
        
        
        
        "Driftwood",
        "Tidewater",
        
        
        
        
        
        "Wagtail",
        
        
        "Nightjar",
        
        "Fieldfare",
        "Redwing",
        "Brambling",
        "Whimbrel",
        "Godwit",
        "Sanderling",
        "Avocet",
        
        "Egret",
        "Ptarmigan",
        "Capercaillie",
        "Dotterel",
        
        
        "Sequin",
        "Glitter",
        
        "Twinkle",
        "Dazzle",
        "Shimmer",
        
        
        "Heavenly",
        "Divine",
        
        "Godswill",
        
        
        
        
        "Joyful",
        
        
        "Loveth",
        
        "Endurance",
        
        
        "Success",
        
        
        "Charm",
        
        
        
        "Pearlie",
        
        
        "Butterscotch",
        "Caramel",
        
        "Bonbon",
        "Truffle",
        "Meringue",
        "Sprinkles",
    ],
    surnames=[
        "Leung", "Szeto", "Mok", "Yip", "Kwan", "Ng-Wallace", "Situ", "Lai", "Chow", 
        "Kang", "Jeon", "Ryu", "Nam", 
        "Zaitseva", "Golubev",
        "Rozhkova", "Belousov", "Tikhonova", "Vorontsov", "van Dijk", "van den Bosch",
        "ter Steege", "op den Kamp", "van Leeuwen", "Visser-Mulder", "in 't Veld",
        
        "Krawczyk", 
        
        "Dualeh", "Abdillahi", "Mohamud Nur", 
        "Mohmand", "Afridi", "Khattak", "Shinwari", 
        "Thekkekara", "Cherian", "Varghese-Mathew", "Kurup", "Nambiar", "Shetty",
        "Gowda-Reddy", "Kamath", "Pai", "Acharya", "Bhat", "O'Gorman", "O'Keeffe", "D'Arcy",
        "D'Costa", "Ffrench-Mullen", "Twistleton-Wykeham", "Heathcote-Amory", "Fiennes-Clinton",
        "Blades", "Cutting", "Bowell", 
        "Whetstone", "Custard", "Crumb", "Bacon", "Capon", 
        "Treadwell", "Sallow", 
        
        "Garlick", 
        "Brass", "Harp", "Trench", "Ladder", "Wardrobe", "Candle", "Kettle-Brown",
        "Shrimpton", "Tuckett", "Quarrell", "Chegwidden",
        "Hattersley", "Sutcliffe-Holt",
        "Thackray", "Clegg-Murgatroyd", "Skipworth",
        "Gilliatt", "Sewell-Hix", "Wakeham", "Pett", "Tuppen",
        "Goldsmith-Peck", "Hammerton", "Buckwell", "Coomber", "Ockenden", "Stringer-Lusted",
        "Eastwood-Ng", "Ojo-Harris", "Nguyen-Pettit", 
        "Ismail Guleid", "Chakkalakal", 
        "Upadhya", "Shanbhag", "Volkova-Reid", "Kuznetsov", "Semyonova", "de Bruijn",
        "van Rossum", "Verbeek", "Lewandowska-Kerr", 
        
    ],
    towns=[
        
        "Hurstpierpoint", "Lindfield", 
        "Headcorn",
        "Staplehurst", "Marden", "Chilham", "Wingham", 
        "Westgate-on-Sea", "New Romney", 
        "Westerham", "Otford", "Kemsing", "Aylesford",
        "Borough Green", "Forest Row",
        "Hartfield", "Nutley", "Polegate", "Herstmonceux", "Pevensey", 
        "Newhaven", "Peacehaven", "Selsey", "Bosham",
        "Watlington", "Chinnor", 
        "Chipping Norton", "Goring", "Pangbourne", "Theale",
        "Lambourn", "Bourne End", "Cookham", "Twyford", "Wargrave", "Sonning",
        "Crowthorne", "Yateley", 
        
        
        
        "Woolacombe", 
        
        "Salcombe", "Yealmpton", 
        "Teignmouth", "Bovey Tracey", "Uffculme", 
        "Patrington",
        
        
        
        
        "Robin Hood's Bay",
        "Sandsend", "Hunmanby", 
        
        "Sherburn in Elmet", "Boston Spa", "Bingley", "Queensbury",
        "Hoyland", "Wombwell", "Conisbrough",
        "Dinnington", "Sutton Valence", "Shoreham-by-Sea",
        "Lympne", "Sellindge", "Saltwood", "Hamstreet", "Northiam", "Robertsbridge",
        "Burwash", "Etchingham", "Blewbury", "Cholsey", "Benson", "Stokenchurch",
        "Portscatho", "Lelant",
        "Cawood", "Brayton", "Barmby Moor", "Nettleham", "Welton", 
        "Sutterton", 
    ],
    cities=[
        "Tooting Bec", "Elephant and Castle", "Mile End", "Turnpike Lane",
        "Canada Water", "Mornington Crescent", "Burnt Oak", "Stockwell",
        "Bow Road", "Stepney Green", "Upton Park", "Colliers Wood",
        "Hanger Lane", "Arnos Grove", "Cockfosters", "Chalk Farm", "Swiss Cottage",
        "Willesden Green", "Neasden", "Wembley Park", "Perivale", "Northolt", "Hainault",
        "Gants Hill", "Tottenham Hale", "Blackhorse Road", "Pimlico",
        "Lambeth North", "Clapham North", "Manor House", "Bounds Green",
        "Southgate", "Totteridge and Whetstone", "Mill Hill East", "Edgware",
        "Queensbury station", "Kingsbury", "Canons Park", "Rayners Lane",
        "Eastcote", "Ickenham", "Ruislip Manor", "Boston Manor", "Osterley",
        "Hounslow West", "Hatton Cross", "Upney", "Becontree", "Dagenham Heathway",
        "Elm Park", "Hornchurch", "Upminster Bridge", "Woodford", "Buckhurst Hill",
        "Theydon Bois", "Roding Valley", "Grange Hill", "Fairlop", "Barkingside",
        "Newbury Park", "Wanstead", "Snaresbrook", "South Woodford",
        "Peckham Rye", 
        "Penge", "Anerley", "Norwood Junction",
        "Carshalton", "Wallington",
        "Hampton Wick", "Isleworth", "Brentford",
        "Hanwell", "Greenford", "Harlesden", "Cricklewood",
        "Tufnell Park", "Archway", "Highgate", "Crouch End",
        "Finsbury Park", "Homerton",
        "Limehouse", "Shadwell", "Wapping", 
        "Surrey Quays", "Nunhead", "Brockley", "Hither Green", "Lee", "Grove Park",
        "Hull's Avenues", "Orchard Park", "Bransholme", "Gipsyville", "Hessle Road",
        "Gipton", 
        "Manningham", "Allerton", "Buttershaw", "Holme Wood", "Parson Cross", "Firth Park",
        "Gleadless Valley", "Tang Hall", "Clifton Moor",
        "Birchwood", "Moorland Park", "Whitehawk", "Moulsecoomb", "Hollingbury",
        "Hollingdean", "Bevendean", "Blackbird Leys", "Rose Hill", "Barton estate",
        "Cowley", "Whitley Wood", "Southcote", "Tilehurst", 
        "Whitleigh", "North Prospect", "Ernesettle", "Barne Barton", 
        "Heavitree", "Sowton",
    ],
    regions=[
        
        "the Hoo peninsula", "the Low Weald", 
        "the Vale of Aylesbury", "the Lambourn Downs",
        
        "the Culm valley", 
        
        
        "North Kesteven", "East Lindsey",
        "the Darent valley", "the Rother valley", "the Ouse valley",
        "the Arun valley", "the Adur valley", "the Manhood peninsula", "the Wey valley",
        "the Kennet valley", "the Evenlode valley", "the Windrush valley",
    ],
    abroad=[
        
        "Mardan", 
        "Hubballi", "Davangere", 
        
        "Yekaterinburg", "Novosibirsk", "Samara", "Tomsk", "Voronezh", 
        "Zwolle", "Deventer", "Haarlem",
        "Leeuwarden", 
        
        "Foshan", "Sha Tin", "Tuen Mun",
    ],
    countries=[
        "Holland", 
        "Korea", "Karnataka",
        "Gelderland", "Pomerania",
        "Siberia", "Anambra", "Imo State", "Oyo State", "Ogun State",
        "Nangarhar", "Jubaland",
    ],
    hospitals=[
        ("Conquest Hospital", ("Conquest",)),
        ("Queen Elizabeth The Queen Mother Hospital", ("the Queen Mother",)),
        ("Tunbridge Wells Hospital at Pembury", ("TWH", "the Tunbridge Wells",)),
        ("Royal Berkshire Hospital", ()),
        ("Horton General Hospital", ("the Horton General", )),
        ("Nuffield Orthopaedic Centre", ("the Nuffield Orthopaedic",)),
        ("Whittington Hospital", ("the Whitt",)),
        ("Evelina London Children's Hospital", ("the Evelina Children's",)),
        ("St Joseph's Hospice", ("St Joseph's",)),
        ("Sir Michael Sobell House", ("Sobell House", "the Sobell",)),
        ("Duchess of Kent House", ("the Duchess",)),
        ("Princess Alice Hospice", ("Princess Alice",)),
        ("Florence Nightingale Hospice", ("FNH",)),
        ("Demelza House Children's Hospice", ("Demelza House",)),
        ("Zachary Merton Hospital", ("the Zach", "Zachary Merton",)),
        ("Rye Memorial Hospital", ("Rye Memorial",)),
        ("Bethlem Royal Hospital", ("the Bethlem Royal",)),
        ("Royal Hospital for Neuro-disability", ("the RHN",)),
        ("Royal Alexandra Children's Hospital", ("RACH",)),
        ("Princess Elizabeth Orthopaedic Centre", ("the PEOC",)),
        ("King Edward VII Hospital", ("King Edward's", "the King Edward", "KEVII",)),
        ("St Michael's Hospice", ()),
        ("Hospice in the Weald", ()),
        ("Royal Trinity Hospice", ("Royal Trinity",)),
        ("Shooting Star House", ()),
        ("Richard House Children's Hospice", ("Richard House",)),
        ("Nettlebed Hospice", ()),
        ("St Leonard's Hospice", ("St Leonard's",)),
        ("Prince of Wales Hospice", ("the Prince of Wales",)),
        ("St John's Hospice Doncaster", ("St John's Doncaster",)),
        ("Manorlands Hospice", ("Manorlands",)),
        ("Royal Victoria Hospital Folkestone", ("the Royal Vic Folkestone",)),
        ("Victoria Hospital Deal", ("the Victoria Deal",)),
        ("Southlands Hospital", ("Southlands",)),
        ("Royal Surrey County Hospital", ()),
        ("Warneford Hospital", ()),
        ("Littlemore Hospital", ()),
        ("Whiteleaf Centre", ()),
        ("Westwood Hospital", ("Westwood",)),
        ("Weston Park Cancer Centre", ()),
        ("St Luke's Hospital Bradford", ("St Luke's",)),
        ("Ticehurst House Hospital", ()),
        ("Mill View Hospital", ("Mill View",)),
        ("Langley Green Hospital", ("Langley Green",)),
        ("Mildmay Mission Hospital", ("the Mildmay",)),
        ("Queen Mary's Hospital Roehampton", ("Roehampton",)),
        ("Teddington Memorial Hospital", ("Teddington Memorial",)),
        ("Eastman Dental Hospital", ("the Eastman",)),
        ("National Hospital for Neurology and Neurosurgery", ("the NHNN",)),
        ("Hospital of St John and St Elizabeth", ("John and Lizzie's",)),
        ("Princess Grace Hospital", ("the Princess Grace",)),
        ("Wellington Hospital", ()),
    ],
    unihosp_places=[
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        "Gießen",
        
        
        
        
        
        
        
        
        
        "Rotterdam",
        "Seoul",
        
        
        
        "Liège",
        "Brussels",
        
        "Tours",
        
        
        
        "Nancy",
        
        
        "Nîmes",
        "Reims",
    ],
    trusts=[
        
        
        
        "Sussex Community NHS Foundation Trust",
        
        
        
        "Hull University Teaching Hospitals NHS Trust",
        
        
        
        
        "Homerton Healthcare NHS Foundation Trust",
        
        "Kingston and Richmond NHS Foundation Trust", 
        "the East Kent trust", 
        
        "the Torbay trust", 
    ],
    practices=[
        "Lordship Lane Surgery", "Amersham Vale Practice", "Rye Lane Surgery",
        "Nightingale Road Practice", "Sydenham Green Group Practice", "Mersea Road Surgery",
        "Hedon Group Practice", "Pocklington Group Practice",
        "Beverley Road Surgery", "Anlaby Road Practice", "Boulevard Medical Centre",
        "Chapel Street Surgery", "Trelawny Surgery", "Penryn Surgery", "Lostwithiel Medical Practice",
        "Station Road Surgery, Hythe", "Folkestone Road Surgery", 
        "Fore Street Surgery", "Harbour Medical Practice", "Wharfedale Health Centre",
        "Abbey Road Health Centre", "Kingfisher Medical Practice",
    ],
    universities=[
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        "[Abia] State University",
        
        "[Benadir] University",
        
        "[Nangarhar] University",
        
        
        
        
        
        "JJM Medical College, [Davangere]",
        "the Karnataka Institute of Medical Sciences, [Hubballi]",
        
        
        "[Pusan] National University",
        
        
        "[Rostov] State Medical University",
        "[Saratov] State Medical University",
        "[Volgograd] State Medical University",
        "[Smolensk] State Medical University",
        "[Kursk] State Medical University",
        
        
        
        
        
        "[Zhejiang] University",
        "[Sichuan] University",
        "[Shandong] University",
        
        "[Tianjin] Medical University",
        
    ],
    deaneries=[
        
        
        
        
        
        "the [Weald] GP scheme",
        "the [Chilterns] VTS",
        "the [Kennet] GP scheme",
        
        "the [Axholme] scheme",
        
        
        "the [Thames Gateway] VTS",
        "the [Cherwell] VTS",
        
        
        
        
        "the [Redhill] VTS",
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        "the [North Devon] VTS",
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        
        "the [Croydon] VTS",
        
        
        
        
    ],
    theories=[
        "Dreyfus and Dreyfus", "see one, do one, teach one",
        "Peyton's four steps", "the SHARP debrief",
        "the OSCAR debrief", "debriefing with good judgement", "Lave and Wenger",
        "cognitive load theory", "Reason's Swiss cheese", "the Maslach inventory",
        "Karasek's demand and control", "Edmondson on psychological safety",
        "Endsley's situation awareness", 
        "ten Cate's entrustable activities", 
        "Clance and Imes on the impostor thing", "NOTSS", "the ANTS framework",
        "a Balint group", "Heifetz on adaptive leadership",
        "Hofstede's power distance", 
        
    ],
    idioms=[
        "Russian roulette", 
        "meeting his Waterloo", "a proper Heath Robinson job", 
        "a doubting Thomas", "Murphy's law, basically", 
        "her Achilles heel", "a bit of a Trojan horse",
        "a right nosey parker", 
        "a moaning Minnie", "going Dutch", "like Clapham on a Friday",
        "the Lord Mayor's show", "a Mexican stand-off",
    ],
    bodies=[
        
        
        
        "the UK Health Security Agency", 
        
        
        "the European Board of Anaesthesiology", "the British Association of Perinatal Medicine",
        "the European Society of Paediatric Surgeons",
    ],
    initials=[
        "Laparoscopic cases", "Theatre lists", "Trauma calls", "Neonatal transfers",
        "Logbook entries", "Sign-offs", "Exam fees", "Study budgets", "Incubator alarms",
        "Randomisation calls", "Case report forms", "Protocol deviations", "Ethics amendments",
        "Fellowship interviews", "Bleep handovers", "Epidurals", "Central lines",
        "Gastroschisis repairs", "Delegation logs", "Monitoring visits",
    ],
    interviewer=[
        "How did the rotation start for you?",
        "Who did you go to when a list went badly?",
        "Can you tell me about a case that stayed with you?",
        "What was the trials unit like to work in?",
        "How do you get your operating numbers?",
        "Who signs off your competencies?",
        "What happens on a night in the neonatal unit?",
        "How did you end up in this specialty?",
        "Tell me about the consultant you learned most from.",
        "Where were you before this job?",
        "How do people talk to each other in theatre?",
        "What do you make of the portfolio?",
        "Has anyone ever made you feel you didn't belong?",
        "How does the family side fit around this?",
        "What did the trial ask of you that the job didn't?",
        "Who's in your WhatsApp groups, roughly?",
        "How do the nurses treat the trainees?",
        "What would you change about handover?",
        "Did you ever think about leaving?",
        "Who helped with the research side?",
        "What about the exams?",
        "How do you wind down after a bad night?",
        "What does a good debrief look like to you?",
        "Can you read me what it said?",
    ],
    participant_written=[
        "WhatsApp, 06:40, {lead:first}: Morning all. {col:first} is off sick, {twin:first} covering, {self:first} please do the ward round with {mentor:t_Mr}.",
        "WhatsApp, 06:41, {twin:full}: on it. Anyone know if {word:first} is in theatre 3 or 4?",
        "Teams, 11:02, {pm:full}: {self:full}, can you check the CRFs for the {HOSP:short} babies before the visit? Thanks, {pm:first}",
        "Invite from {scribe:full}: 'Recruitment huddle: {HOSP:short} and {HOSP:short}', organiser {lead:tinit}, attendees {self:initial}, {col:initial}, {reg:full}.",
        "Handover, 20:00: cot 2 ({HOSP:short} transfer), cot 5 (back from {HOSP:short}), cot 9 discussed with {mentor:tfull}; {col:first} aware.",
        "CBD, assessor {mentor:tfull} ({HOSP}), trainee {self:full}, location {TOWN} theatre suite, date as per portfolio.",
        "E-portfolio, reflective log: on call with {twin:tinit} and {col:tinit}, a transfer from {TOWN} to {HOSP}; learning shared with {lead:first}.",
        "Signature: {mentor:tfull} FRCS | Consultant Neonatal Surgeon | {HOSP} | {TRUST} | Honorary Senior Lecturer, {UNI}",
        "Signature: {pm:full} | Senior Trial Manager | {UNI} | working days Mon to Thu | based at {HOSP:short}",
        "Delegation log: {self:full} (PI delegate), {scribe:full} (research nurse), {col:full} (sub-investigator), signed {lead:tinit}.",
        "Rota swap: {self:initial} (Sat, {HOSP:short}) for {twin:initial} (Tue, {HOSP:short}); approved by {lead:first}.",
        "Forwarded message from {lead:full}: please welcome {word:full}, who joins us from {ABROAD} via {HOSP}.",
        "From {reg:full}: I've copied in {col:full} and {mentor:title}; {twin:first} can't make Thursday.",
        "I grew up in {CITY}, did medicine at {UNI}, house jobs at {HOSP}, then surgery in {REGION}.",
        "My first consultant, {mentor:t_Mr} at {HOSP:short}, was the one who taught me to say no.",
        "Our unit sits in {TRUST}, recruits with {HOSP:short} and {HOSP:short}, and sends the bloods to {UNI}.",
        "Parents travel from {TOWN}, {TOWN} and even {REGION} to see their babies here.",
        "Minutes: present {lead:full} (chair), {mentor:tinit}, {col:full}, {self:full}; apologies {twin:full}, {scribe:first}.",
        "Theatre board: Theatre 2, {mentor:caps}; Theatre 4, {col:caps}; anaesthetist {twin:caps}.",
        "The locum from {COUNTRY}, {word:tfull}, stayed three months at {HOSP:short} and then went to {ABROAD}.",
        "WhatsApp, 02:14, {col:first}: are u still in theatre? {self:first} the gas man wants you",
        "WhatsApp, 02:16, {self:first}: yes, tell {twin:first} I'm scrubbed, 10 mins",
        "Teams chat, {lead:full}: Can whoever has the trial phone ring {pm:first} before ten please.",
        "From: {mentor:full} | Consultant Paediatric Surgeon | {HOSP} | {TRUST}",
        "Kind regards, {pm:full}, Trial Manager, Clinical Trials Unit, {UNI}",
        "Invite: CBD with {mentor:tinit}, Thursday 16:00, Seminar Room 2, {HOSP:short}",
        "Accepted: {reg:full} (optional attendee)",
        "Handover sheet, bed 4: seen by {col:tinit}, plan discussed with {mentor:title} on phone.",
        "Handover sheet, cot 11: parents aware, {rel:tfull} (dad) wants a call before 8.",
        "CBD form, assessor: {mentor:initial}, trainee: {self:initial}, case: inguinal hernia, 6/52 infant.",
        "E-portfolio entry: I discussed this with my educational supervisor, {mentor:tfull}, who suggested {THEORY}.",
        "Reflection: what went well was {col:poss} calm voice; what I would change is calling {mentor:first} sooner.",
        "Delegation log, line 7: {self:full}, consent and eligibility, signed off by {lead:tinit}.",
        "Delegation log, line 8: {scribe:full}, data entry only, trained by {pm:first}.",
        "Rota swap request: {self:full} to cover {twin:full} on the 14th; {twin:first} covers my Saturday.",
        "Theatre list: 1. {word:full}, ASA 2, right orchidopexy. Surgeon {col:t_Miss}. Anaesthetist {mentor:title}.",
        "Note in the margin: 'ask {word:first} re the consent form v3' in my handwriting.",
        "My educational supervisor is {mentor:tfull} at {HOSP}; my clinical supervisor was {lead:tfull}.",
        "I moved from {ABROAD} in {COUNTRY} to an anaesthetic post at {HOSP:short}.",
        "Before that I did two years in {CITY}, living above a launderette near the station.",
        "The neonatal network covers {REGION} and half of {REGION}, so transfers are long.",
        "The unit is part of {TRUST}; the trial itself is sponsored by {UNI}.",
        "I trained at {UNI} and did my foundation years in {DEANERY}.",
        "My parents still live in {ABROAD}; my brother is a surgeon in {ABROAD}.",
        "I commuted from {TOWN} to {HOSP:short} every day, an hour each way on a good day.",
        "Our registrar, {twin:full}, was lovely, and no relation to anyone you might know.",
        "{twin:tfull} ran the list that day; people mix us up because of the name.",
        "The nurse in charge, {col:t_Sister}, let me sit with the baby for ten minutes.",
        "My husband, {partner:first}, works nights at {HOSP:short}, so we pass in the car park.",
        "Our daughter {child:first} thinks I sleep at the hospital.",
        "The GP at {PRACTICE}, {gp:title}, wrote my occupational health letter.",
        "I spelled my name for the rota coordinator: {self:spell}. It still came out wrong.",
        "My surname is {self:sur}, which the computer cuts to eight letters.",
        "Everyone calls me {self:alias}; only my mother uses the whole thing.",
        "{reg:full} was in the year above me; {reg:first} taught me to tie knots on a chair leg.",
        "The e-mail came from {lead:initial} with the subject line 'Thursday (urgent-ish)'.",
        "Header of the form: {self:caps}, trainee, ST3 General Surgery.",
        "Supervisor sign-off: {mentor:header}, electronically, 23:58.",
        "Messages pasted as sent: {col:first}: 'bleep me if he drops his sats' / me: 'ok'.",
        "I did an elective at {UNIHOSP} and came back wanting to do research.",
        "We recruited the first baby at {HOSP}, the second at {HOSP:short}.",
        "Teams: {pm:full} joined the meeting. {pm:full} left the meeting.",
        "Calendar: 'Trial steering committee, chair {lead:tfull}, dial-in details below.'",
        "Signature block: {scribe:full}, Research Nurse, {TRUST}, ext. 4471.",
        "{col:poss} husband brought in pizza for the whole unit the night we lost the twins.",
        "My mentor was {mentor:t_Professor}; his registrar called him {mentor:first} behind his back.",
        "I went to {TOWN} for the retrieval, then back to {CITY} by four.",
        "In {COUNTRY} we would never call a consultant by the first name.",
        "{word:full} is a theatre practitioner; {word:first} knows every surgeon's glove size.",
        "The patient's grandmother, {rel:t_Mrs}, knitted hats for the unit.",
        "I was introduced at induction as '{self:first} from {COUNTRY}' and it stuck.",
        "Our clinical director, {lead:role}, changed the rota without asking.",
        "A colleague, {col:role}, took the bleep so I could go to my exam.",
        "{INITIAL} are where the hours go.",
    ],
    participant_spoken=[
        "So it's me, {col:first}, {twin:first} and, er, {mentor:t_Mr}, and we're all squeezed into the coffee room at {HOSP:short}.",
        "I was at {HOSP:short} in the morning, {HOSP:short} by lunchtime, and back at {HOSP} for the night shift.",
        '{lead:first} reads out the WhatsApp, like, "{self:first}, {col:first}, {twin:first}, who\'s got the trial phone?"',
        'The invite, it\'s from {pm:full}, and it says "{HOSP:short}, room six", and I\'ve never been to {HOSP:short} in my life.',
        "And {reg:full}, she was my senior at {HOSP:short}, she's, she's from {ABROAD} originally, {COUNTRY}.",
        "My mum's in {TOWN}, my brother's in {CITY}, and I'm here, so Christmas is a lot of driving.",
        "{mentor:first}, {mentor:first} {mentor:sur}, Mister {mentor:sur} to the patients, he did his fellowship at {UNIHOSP}.",
        "We, we had three {twin:first}s that rotation, {twin:full}, and two others, so we used surnames.",
        "Oh, {word:first}? {word:first}'s our research nurse, {word:first} {word:sur}, she knows every parent by name.",
        "{col:vocative}, I said, {col:first}, just hold the retractor, don't talk. [laughs]",
        "I was born in {ABROAD}, trained at {UNI}, came here through {DEANERY}, and now I'm at {HOSP:short}.",
        'And the handover sheet says "{col:initial}, {twin:initial}, {self:initial}", three names, twenty babies.',
        "He's from {TOWN}, Professor {lead:sur}, you can tell when he's tired, the accent comes back.",
        "Doctor {twin:sur}, no, no relation to anyone, it's just a common name where she's from.",
        "{partner:first} picked me up from {HOSP:short} at four in the morning and we drove to {TOWN}.",
        "So I'm on the phone to {HOSP:short}, {mentor:title} is on the other line, and {col:first}'s bagging the baby.",
        "The trial manager, {pm:first}, she's based at {UNI}, so we only see her on Teams.",
        "Me and {reg:first} did the {REGION} retrievals together, nights, {reg:first} drove.",
        'They read it out at the M and M, "{self:initial}, {mentor:initial}, {col:initial}", and I wanted the floor to swallow me.',
        "{lead:tfull}, yeah, she's the chief investigator, she's, she's lovely but terrifying, honestly.",
        "So {mentor:title} comes in, scrubs, and just goes, \"right, {self:first}, you're doing this one.\"",
        "And I'm like, me? And he's like, \"yes you, who else.\" [laughs]",
        "It was {col:first}, {col:first} {col:sur}, she was the scrub nurse, she talked me through it basically.",
        "[tannoy] Sorry. That's, that's my next one being sent for, we've got ten minutes.",
        "{twin:first}, not, not the one you're thinking of, a different {twin:first}, {twin:full}, the locum reg.",
        "I rang {twin:title} at home at three in the morning and he was so nice about it.",
        "{word:first}, yeah, like, like the word, she's our ODP, she's amazing.",
        "We call her {word:vocative} because, well, that's her name. [laughs] People think it's a nickname.",
        "\"{self:alias}, are you awake?\" That's how every WhatsApp from {col:first} starts.",
        "And in the group chat {pm:first} had written, like, \"can someone please update the CRF for baby eleven\".",
        "The anaesthetist, {mentor:tfull}, he's, he's old school, he calls everyone \"doctor\".",
        "Where he's from you say the name and the father's name, so he was, for me, {reg:first}, always.",
        "His name's {reg:full}, but we all say {reg:alias}, he doesn't mind.",
        "{reg:first} said the same, actually, when we were on nights together.",
        "My surname, {self:sur}, okay, you spell it {self:spell}. Nobody gets it.",
        "It was at {HOSP}, in the, in the old block, before they moved us.",
        "We transferred him to {HOSP:short}, blue lights, I was in the back with the ventilator.",
        "[incubator alarm] Hang on. [pause] Okay, it's fine, it's the probe.",
        "She was, she was from {TOWN}, the mum, and they'd driven all the way in the snow.",
        "I grew up in {ABROAD}, and then my dad got a job in {CITY} when I was {AGE=nine}.",
        "{COUNTRY}, yeah, that's where my medical school was, {UNI}.",
        "Then {DEANERY}, my foundation years, they put me in {TOWN}, which I'd never heard of.",
        "The trial's run out of {UNI}, the unit's on the fourth floor, no windows. [laughs]",
        "We had a monitoring visit from {pm:full} and she found, like, forty queries.",
        "My wife, {partner:first}, she's a midwife at {HOSP:short}, so we get it, both of us.",
        "And my son, {child:first}, he's {AGE=four}, he asks \"did you fix the baby?\" every morning.",
        "Mister {twin:sur}, he's the paeds surgeon, lovely hands, terrible at e-mail.",
        "Miss {lead:sur}, she, she was the one who said I should apply for the lectureship.",
        "I, I think it was {lead:first}'s idea to do the debrief in the coffee room.",
        "{lead:poss} thing is, she remembers every single trainee's name, even years after.",
        "We went out for a curry in {CITY} after, the whole team, {col:first}, {lead:first}, everyone.",
        "He's the reg, {twin:tinit} on the rota, but we call him by his first name.",
        "The consultant on call was {mentor:initial}, that's how it's written on the board.",
        "My GP, {gp:tfull}, at {PRACTICE}, signed me off for two weeks. I needed it.",
        "It's all {TRUST} now, they merged, so the badge changed but nothing else did.",
        "There's a, a neonatal network across {REGION}, so you end up driving to {TOWN} at midnight.",
        "I'd done a month at {UNIHOSP}, the exchange, and the theatres were so quiet.",
        "{col:role}, our fellow, she was there, she saw the whole thing.",
        "My co-investigator, {scribe:full}, she did all the data, honestly, all of it.",
        "The dad, {rel:tfull}, just stood at the cot and didn't say anything for an hour.",
        "It was {HOSP:short} or nothing, because {HOSP:short} had no cots.",
        "So I read the handover sheet and it just says \"{col:initial} to review\", and I'm {col:initial}'s cover.",
        "The invite says, hang on, \"CBD, {mentor:tinit}, Friday\", and then it got cancelled twice.",
        "Oh, {self:alias}, everyone says {self:alias}. Even the patients.",
        "They read my name out at the graduation as {self:full}, properly, and my mum cried.",
        "{reg:first}, {reg:sur}, did you interview her? She's got stories.",
        "The registrar from {COUNTRY}, {word:full}, taught me the block, the nerve block, with ultrasound.",
        "And {mentor:first} just goes, \"let's have a look then\", really calm, you know.",
        "I moved down from {TOWN} for this job. Sold the car and everything.",
        "{INITIAL}, that's, that's the bit that eats your evenings.",
        "They called it {THEORY} on the course and I thought, we just call it Tuesday.",
        "It was a bit, you know, {IDIOM}, really.",
        "{twin:first} was on the list after me, so I handed over to {twin:first}.",
        "Professor {lead:sur} wrote my reference, two lines, but they were good lines.",
        "He goes \"{self:vocative}, sit down, have a tea, the baby's fine.\"",
    ],
    negatives=[
        "Treacle sponge on the trolley, and the registrar took two bowls.",
        "Muslin cloths over every shoulder on the unit, the mums swear by them.",
        "Success rates for the repair are published, which the parents do read.",
        "Charm offensive, the new consultant, it lasted about a week.",
        "Glitter on the cot cards at Christmas, the nurses do it on nights.",
        "Caramel lattes from the kiosk, the only thing open at six.",
        "Sprinkles on the leaving cake, and a ribbon round the box.",
        "Twinkle twinkle on a loop from the musical mobile over cot eight.",
        "Endurance, that's what a twelve-hour list is, not skill.",
        "Divine intervention, the anaesthetist called it, when the sats came back.",
        "Wagtails on the helipad, hopping about between the landings.",
        "A goring by a bull, the farmer, flown in from the moor.",
        "The tweed jacket on the back of the door belongs to the professor.",
        "Meringue nests for the trials unit's tenth birthday.",
        "Driftwood sculptures in the hospice garden, made by the families.",
        "Cornflower blue scrubs are the theatre practitioners'.",
        "Candle wax on the chapel carpet after the memorial.",
        "A ladder in her tights and the interview in ten minutes.",
        "The wardrobe in the on-call room has no door.",
        "Trench foot, the old surgeon said, is what you get from theatre clogs.",
        "Crumb trays in the toaster, nobody empties them.",
        "Chiffon scarves for the mums after chemo, a charity brings them.",
        "Shimmer of the screen at four in the morning, and you misread the gas.",
        "Pearlescent, the skin of a very premature baby, almost see-through.",
        "A kidney on ice in a cool box, in a taxi, on the M25.",
        "Marrow from the iliac crest, the haematologists said, not the sternum.",
        "His pulse was thready and the lactate was nine.",
        "Lance the abscess and pack it, that's the whole operation.",
        "Summer rotations are the worst for leave.",
        "Bone wax, diathermy, and a lot of patience.",
        "Blood on the floor, and the consultant still calm.",
        "Blades count, swabs count, needles count, and then we close.",
        "A pinch of the skin, and the baby didn't even flinch.",
        "Cutting the cord late is the trial's whole question.",
        "Custard and sponge in the doctors' mess at midnight.",
        "Crumbs all over the keyboard in the coffee room.",
        "Bacon sandwiches before the trauma list, it's tradition.",
        "Lemon drizzle on the anaesthetic machine, don't tell infection control.",
        "A candle for the babies we lost, every December.",
        "The kettle in the coffee room has a sign on it about descaling.",
        "A ladder of seniority, that's what surgery still is.",
        "Storm warning, and half the night shift couldn't get in.",
        "Ginger biscuits for the mums who can't keep anything down.",
        "Saffron rice at the leaving do, enormous pots of it.",
        "Sage advice from the night sister, as always.",
        "Moss on the roof of the portakabin where the trials unit lives.",
        "Meadow behind the hospice, the families walk there.",
        "A cove near the hospital where the registrars swim in summer.",
        "Harmony in theatre depends on the scrub team, not the surgeon.",
        "Liberty to say no to a case, that's what I wanted.",
        "Honor the protocol, the chief investigator kept saying.",
        "Verity of the data matters more than the numbers.",
        "Major trauma every weekend from the bypass.",
        "The Major Trauma Centre takes the heads.",
        "Scout around for a free room, that's half the job.",
        "Deacon at the chapel came up to bless the baby.",
        "Bramble scratches on a toddler's legs, not abuse, just the garden.",
        "Battle of wills with the bed manager, every single day.",
        "Deal with it, the consultant said, and walked off.",
        "Settle the baby first, then the paperwork.",
        "Rye bread in the mess, someone's on a diet.",
        "The Clinical Lead for Neonatal Transport rang back.",
        "The Chief Investigator has the final say on eligibility.",
        "The Trial Steering Committee meets twice a year.",
        "The Training Programme Director signs the ARCP outcome.",
        "The Royal Colleges set the logbook numbers.",
        "The Educational Supervisor's report is due before the panel.",
        "The Surgical Tutor runs the skills day.",
        "The Data Monitoring Committee paused recruitment for a month.",
        "Participant {CODE}, written on the front in green pen.",
        "The audio file is saved as {CODE}_final_v2.",
        "Consent form {CODE}, page two, initialled.",
        "We did {THEORY} at the deanery teaching.",
        "Somebody quoted {THEORY} at the away day and I switched off.",
        "It was {IDIOM}, to be honest.",
        
        "The guidance came down from {BODY}.",
        "A letter from {BODY} about the exam date.",
        "{INITIAL}, every week, without fail.",
        "{INITIAL} take most of my Sunday.",
        "Friday afternoon, the lists overrun.",
        "Christmas Day on the neonatal unit, fairy lights on the incubators.",
        "Diwali sweets in the coffee room, from the parents of cot six.",
        "North theatres are the new ones, south are the old ones.",
        "Sterling silver cufflinks from the retiring professor.",
        "Cannon fodder, the juniors on the take.",
        "A trench of a wound, after the second look.",
        "A bugle call, the tannoy sounds like, at shift change.",
        "Brass plaque on the door from when the wing opened.",
        "A harp player on the hospice ward on Thursdays.",
        "Chalk on the whiteboard, no, marker, but the old board was chalk.",
        "Onions in the lunch, and the whole theatre smelt of it.",
        "A hedge between the car park and the helipad.",
        "Garlic bread, the only vegetarian option at the dinner.",
        "The herring gulls on the roof wake the babies, the parents say.",
        "A partridge in the car park, honestly, one morning.",
        "Sallow skin, the jaundice, and the bilirubin was high.",
        "Buckle the seatbelt on the transport incubator twice.",
        "Squire to the consultant, that's what a reg is.",
        "Steward on the train asked if anyone was a doctor.",
        "A friar's robe at the fancy dress, the SHO went as a monk.",
    ],
    openings=[
        ("Thanks for fitting me in between cases. Is this a good spot?",
         "It's fine, as long as you don't mind the tannoy. I might get called."),
        ("Shall I start the recorder? It'll be about forty minutes.",
         "Go ahead. If the baby in cot three desaturates I'll have to run."),
        ("Before we start, what should I call your grade in the write-up?",
         "Just say surgical trainee. There aren't many of us, so keep it vague."),
        ("We can do this in the car if that's easier.",
         "The car's fine. The heater works, which is more than the trials office."),
        ("Can you tell me a bit about your job right now?",
         "I'm half clinical, half trials. Which means I'm fully tired. [laughs]"),
    ],
    closings=[
        ("That's all my questions. Is there anything you want to add?",
         "Only that the people are why I stay. The hours are why I might not."),
        ("Thank you. I'll stop the recording now.",
         "Thanks. I'll go and find out what my next case is."),
        ("Anything you'd want me to take out of the transcript?",
         "No, just change the names. Surgery's a village."),
        ("I'll e-mail the transcript for you to check.",
         "Great. Use the NHS address, I never look at the university one."),
    ],
    headers=[
        "Trainees and trials study: interview transcript, {CODE}",
        "Strictly confidential. Study ref {CODE}. Do not forward.",
        "Transcribed from audio; [tannoy], [incubator alarm] and [bleep] marked where heard",
        "Interview location: {HOSP:header}, coffee room",
        "Pages 1 to 7 | second interviewer {col:header} for the first ten minutes",
        "Surgical and neonatal training interviews, phase 3",
    ],
    footers=[
        "[Recording ends: participant called to theatre]",
        "[End of recording, 52 minutes]",
        "Transcript checked once against the audio; unclear words marked (?).",
        "Typed by the study team. Please return corrections within ten working days.",
    ],
    interviewer_labels=["Researcher (KM)", "Int.", "R", "Q"],
    participant_labels=["{code}", "Trainee {code}", "{code} (ST)", "Part. {code}", "A"],
    fillers=["um,", "like,", "yeah,", "honestly,", "basically,", "I mean,", "so,", "literally,"],
    styles=["written", "spoken"],
)
