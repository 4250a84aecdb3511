"""The word lists the recognizers read: names, places, word-names and ordinary English words.

Every list is a text file shipped in ``vault/anonymise/data`` (sources and licences in its
``LICENSE.md``; rebuilt offline by ``build_gazetteers.py``), read once per process on first use
and cached, so importing this module costs nothing::

    from vault.anonymise.wordlists import is_english_word, word_names
    is_english_word("Burnout")      # True: a capitalised ordinary word, not a name by itself
    "Grace" in word_names()         # True: a first name that is also a word, decided by context

Lookups are by whole word (sets), never by scanning: the recognizers find capitalised words
with one regex and ask these sets about each.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import resources

__all__ = [
    "BODY_ACRONYMS",
    "CARE_HOME_KINDS",
    "COINED_GIVEN_NAMES",
    "JOINED_NAME_PARTICLES",
    "KIN_TITLES",
    "KIN_WORDS",
    "MODERN_WORDS",
    "NAME_PARTICLES",
    "UNCOUNTABLE_SURNAMES",
    "VIRTUE_NAMES",
    "WORD_NAME_EXTRAS",
    "FoldedNameIndex",
    "GazetteerIndex",
    "english_words",
    "fold",
    "given_names",
    "is_english_word",
    "load_term_list",
    "name_words",
    "rare_word_names",
    "surnames",
    "trie_pattern",
    "vernacular_word",
    "vernacular_words",
    "word_names",
    "words_pattern",
    "world_places",
]

_DATA_PACKAGE = "vault.anonymise"

#: first names that are also ordinary words, beyond the shipped list's Faker-derived ones
#: ("Will", "May" and "Robin" are not in Faker's lists); general English, not corpus-specific
WORD_NAME_EXTRAS: frozenset[str] = frozenset("""
Will May June April August Rob Robin Hope Grace Joy Rose Amber Frank Bill Mark Faith Holly Ivy
Sandy Pat Summer Dawn Jack Ruby Jade Pearl Iris Heather Crystal Sky Violet Daisy Bob Sunny Art
Don Guy Harry Jay Ray Rich Rusty Lily Poppy Olive Hazel Ginger Honey Autumn Destiny Liberty
Patience Prudence Constance Cliff Dale Glen Wade Carol Sue Nick Penny Charity Lance Drew Grant
Gene Angel Blessing Precious Favour Gift Comfort Peace Mercy Memory Goodluck Marvel Miles Reed
Wren Willow Fern Sage Basil Bud Buck Chip Chuck Rod Dusty Misty Melody Harmony Verity Honour
Ernest Jewel Coral Cherry Myrtle Flora Earl Eve Job Lucky Man Mad Sad Said Raid Nail Loot Forum
Corona Brandy Diamond Duke Innocent Marina Lavender Rosemary Jasmine Hunter Chase Mason Warren
Dean Sherry Sierra Savannah Valentine Noel Randy Max Chad Tanner
""".split())  # noqa: SIM905


#: common surnames that are also uncountable nouns (seasons, weather, materials, foods,
#: institutions, abstractions): as ordinary words they stand bare as a sentence's subject
#: ("Winter was brutal", "Gold is expensive", "Church is important to us"), so where a
#: transcript also uses the word as a noun ("the worst winter"), a verb after it at the start
#: of a sentence does not make it the person named earlier
UNCOUNTABLE_SURNAMES: frozenset[str] = frozenset("""
Winter Winters Summer Summers Spring Autumn Frost Snow Rain Storm Hail Mist Fog Gale Thunder
Gold Silver Steel Iron Stone Wood Woods Glass Clay Brass Tin Copper Coal Salt Sugar Rice Honey
Cotton Wool Silk Flint Chalk Sand Sands Moss Heath Marsh Grass Heather Bacon Pepper Ginger
Mustard Salmon Butter Bread Wine Beer Ale Cider Brandy Money Cash Price Power Law Justice Love
Hope Grace Joy Peace Fortune Luck Pride Church Chapel School Court Hall Parliament Temple Bliss
Health Wealth Worth Trade Commerce Labour Fish Lamb Mutton Veal Oates Barley Wheat Hay Straw
Stock Chance Faith Fame Glory Mercy
""".split())  # noqa: SIM905


@functools.cache
def load_term_list(name: str) -> frozenset[str]:
    """A word list shipped in ``vault/anonymise/data`` (one term a line, ``#`` comments)."""
    text = resources.files(_DATA_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


#: the acronyms of the bodies of health and care work -- the NHS and its bodies in the four
#: nations, regulators, inspectorates and ombudsmen, royal colleges, unions and defence bodies,
#: commissioners -- written ("the HSE") or said letter by letter ("the H S E"): no name, no
#: hospital's initials. One list: :data:`vault.anonymise.capitals.KNOWN_ACRONYMS` (the written
#: capitals and the engine) and :data:`vault.anonymise.spoken.spelling.ACRONYMS` (letters said)
#: are each built with it, so a body added here is known to both
BODY_ACRONYMS: frozenset[str] = frozenset("""
NHS NHSE HEE HEIW NIMDTA NHSBT UKHSA PHE GMC NMC HCPC GPHC CQC HIW RQIA HSE PHSO DBS DVLA NICE
SIGN NIHR BMA BAPIO RCN MDU MDDUS RCGP RCP RCS RCOG RCPCH RCPSYCH RCR RCEM RCPE RCOA AOMRC UKFPO
CCG ICB ICS PCN LMC
""".split())  # noqa: SIM905
#: ordinary words of the 2020s that the shipped dictionary (SCOWL, 2011) predates: without
#: them a sentence-initial "Lockdown was hard" reads as an unknown name; and interjections
#: of speech and British colloquial words it lacks ("Blimey.", "Crikey, that was hard",
#: "Knackered, to be honest")
MODERN_WORDS: frozenset[str] = frozenset("""
lockdown lockdowns brexit omicron unmute unmuted wellbeing doomscrolling furloughed livestream
livestreamed onboarding offboarding upskilling reskilling burnout microaggression
microaggressions neurodivergent neurodiversity misgendered deadnamed ghosted gaslighting
gaslit mansplaining zoomed videocall videocalls covid
blimey crikey gosh golly crumbs yikes phew whoops oops jeez geez heck flipping bloomin
cheerio hiya ta innit aye nah yep yup nope mmhm uh-huh mm-hm mm-hmm mhm hmm ooh och ach
knackered skint chuffed gobsmacked nowt owt summat bairn dinnae cannae wasnae cuppa
mither nesh minging naff
""".split())  # noqa: SIM905


#: the NHS's and medical education's everyday words that a general dictionary lacks: without
#: them a sentence-initial "Locums was the hardest part" or "Rotas, yeah" reads as a name
WORKPLACE_WORDS: frozenset[str] = frozenset("""
rota rotas rostering rostered locum locums locuming handover handovers obs paeds gynae ortho
neuro resus on-call oncall revalidation preceptorship preceptee preceptees supervisee
supervisees mentee mentees coachee coachees understaffing understaffed presenteeism
phlebotomy phlebotomist cannula cannulas cannulae cannulation venepuncture intensivist
hospitalist geriatrician geriatricians nephrology endoscopy radiographer radiographers physio
physios whistleblowing whistleblower traineeship nightshift nightshifts weekender osce osces
deanery deaneries datix portfolio eportfolio appraiser appraisee appraisees debrief debriefs
perioperative postgrad postgrads undergrad undergrads sim multidisciplinary interprofessional
""".split())  # noqa: SIM905


#: words that say what kind of care home, not which: "a Residential Care Home", "Dementia
#: Nursing Home", "the Council care home" (a care home's own name is most often made of ordinary
#: words, "Rosewood", "Willow Court", so a dictionary cannot tell it from a kind)
CARE_HOME_KINDS: frozenset[str] = frozenset("""
Residential Nursing Dementia Elderly Older Old People's Private Specialist Council Local Respite
Supported Sheltered Registered Independent Small Large Family Adult Adults Children's Care Rest
Retirement EMI Mental Health Learning Disability Disabilities Palliative Day Memory Frail
Catholic Jewish Christian Methodist Masonic Our My Their His Her Your This That Same Nearest
Nearby New Big Main Other Another Every Each Any Some Which Whichever
""".split())  # noqa: SIM905


#: the small words a surname opens with or joins to, lower case, by language: Dutch and German
#: ("van der Berg", "ter Horst", "zu Salm"); Romance ("de Souza", "dos Santos", "le Roux",
#: "della Rosa", "d'Arcy"); Arabic and Hebrew ("al Hashimi", "el-Amin", "bin Jaddan", "bint
#: Said", "binti Ahmad", "ibn Sina", "abu Bakr", "ben David", "ul-Haq"); Gaelic ("mac Aodha",
#: "Mc-", "o'Brien", "Ó Briain", "Ní Bhriain", "nic Giolla", "ua", "uí", "mhic"); Welsh ("ap
#: Rhys", "ab Owen"); and "st" ("St John" as a surname). One list, the union of what the
#: finders read: each takes its part by a named exclusion (a particle that is also a word, a
#: letter or an initial in the text it reads), so a particle added here reaches every finder
#: that does not exclude it: :mod:`~vault.anonymise.uncased` (after a title or a first name in
#: lower case; joined, :data:`JOINED_NAME_PARTICLES`), :mod:`~vault.anonymise.person_contexts`
#: (run into a login) and :mod:`~vault.anonymise.capitals` (in capitals)
NAME_PARTICLES: frozenset[str] = frozenset("""
van von der den ter ten zu
de da di del della do dos das du le la les d
al el ul bin ben ibn abu bint binti
mac mc o ó ní ni nic ua uí mhic
ap ab st
""".split())  # noqa: SIM905
#: the particles written joined to the rest of a surname by a hyphen or an apostrophe
#: ("al-rashid", "el-amin", "ul-haq", "o'brien", "d'arcy", "ben-david", "bin-jaddan",
#: "abu-bakr", "ibn-sina", "mac-aodha", "mc-kay")
JOINED_NAME_PARTICLES: frozenset[str] = NAME_PARTICLES & frozenset("""
al el ul o d ben bin abu ibn mac mc
""".split())  # noqa: SIM905

#: the words for one's relatives and the people close to one, lower case, as people say them
#: beside a name ("my sister ffion", "Mr Okafor, my husband", "her mother-in-law Mrs Okafor",
#: "my mate dev"): one list, the union of what the finders read, each taking its part by a
#: named exclusion (:mod:`~vault.anonymise.uncased`, :mod:`~vault.anonymise.attribution`) or
#: :data:`KIN_TITLES`; an in-law's hyphens are a hyphen or a space in :func:`words_pattern`
KIN_WORDS: frozenset[str] = frozenset("""
mother mum mam mom mummy father dad daddy
husband hubby wife missus partner fiance fiancee fiancé fiancée
son daughter boy girl lad lass child kid baby eldest youngest twin
sister brother sis bro cousin niece nephew aunt auntie aunty uncle
nan nana nanna gran granny grandma grandmother grandad grandpa grandfather grandson granddaughter
stepdad stepmum stepson stepdaughter
mother-in-law father-in-law brother-in-law sister-in-law son-in-law daughter-in-law
friend boyfriend girlfriend neighbour colleague mate
""".split())  # noqa: SIM905
#: the words that name a date of birth: "date of birth", "DOB", "d.o.b.", "D O B" (not the
#: letters of a longer spelling: "D O B B S"), "birthday"; a regex group with no boundary after
#: it but the abbreviation's (each reader puts its own)
DATE_OF_BIRTH_WORDS = (r"(?:date[ \t]+of[ \t]+birth|d\.?[ \t]?o\.?[ \t]?b\b\.?(?![ \t][A-Za-z]\b)|"
                       r"birthday)")
#: those, "birth" and "born": the words that tie a date, a year or a number read out to someone's
#: birth. The two are the one source of every finder's birth words; a finder that reads a number
#: near them (not a date) leaves out "birth" alone ("the birth weight", "a birth certificate")
BIRTH_WORDS = r"(?:" + DATE_OF_BIRTH_WORDS + r"|birth|born)"
#: a year of birth's own label, as forms write it and people read a form's prompt out ("YOB
#: 1962", "Year of birth: 1958", "Birth year? -- Eighty-four"): the one source of the written
#: and the spoken dates' year-of-birth prompt; a regex group, its case left to the reader
YEAR_OF_BIRTH_WORDS = r"(?:year[ \t]+of[ \t]+birth|birth[ \t]+year|y\.?o\.?b\b\.?)"
#: a device of the ward or theatre that comes in sizes, and the words for its size: a number
#: with letters said after one is the device's size or gauge ("the tube, N G twelve", "a
#: catheter, C H fourteen", "the size, F G sixteen"), not a postcode district
SIZED_DEVICES: frozenset[str] = frozenset("""
tube tubes catheter catheters cannula cannulas cannulae venflon venflons needle needles drain
drains stent stents sheath sheaths bougie bougies trache trachy tracheostomy size sizes gauge
bore
""".split())  # noqa: SIM905
#: (round 25) what a figure written with a letter for its unit measures: a device's French
#: gauge (:data:`SIZED_DEVICES`, "catheter (16F)"), a temperature in Fahrenheit ("fever (101 F)"),
#: a sum in millions ("cost (40M)"), a floor ("the lab on 14/F"), a size or a score ("size
#: 44/M"): a little before such a figure its letter is no person's sex (the written ages' "47F");
#: (round 27) the weather's words, a day's heat in Fahrenheit ("it was muggy (78 F)")
LETTER_UNIT_MEASURES: frozenset[str] = SIZED_DEVICES | frozenset("""
fever temp temps temperature temperatures pyrexia pyrexial febrile degrees thermometer hot cold
warm heat weather humid humidity muggy sweltering sunny heatwave thermostat boiling roasting
scorching balmy cost costs budget budgets price prices revenue turnover funding grant worth value
profit loss floor floors level storey office lab shoe shoes bra cup dress collar waist score
scores scored mark marks result results
""".split())  # noqa: SIM905
#: the labels of a record's list of who came or sent apologies ("Present:", "Attendees:",
#: "In attendance:", "Apologies:"): each item of the list after one is a person; a regex
#: group, its case left to the reader (:mod:`vault.anonymise.person_contexts` reads a list of
#: people after these and the labels of who does what; :mod:`vault.anonymise.vocabulary` reads
#: a UK nation as a surname there, "Present: Wales, Okafor")
ATTENDANCE_LABELS = (r"(?:present|attendees|attending|in[ \t]+attendance|attendance|apologies|"
                     r"apols|absent|also[ \t]+present|visitors?|guests?)")
#: a child, or children, whose age in months or weeks is told or asked ("our youngest, eighteen
#: months", "how old's the bairn?"): one list, each of the spoken ages' patterns built from it
#: (:mod:`vault.anonymise.spoken.ages`)
CHILD_WORDS: frozenset[str] = frozenset("""
baby babby bairn wean newborn toddler child kid kids kiddie one
son daughter boy girl lad lass twin twins youngest eldest oldest
grandson granddaughter grandchild grandbaby nephew niece
""".split())  # noqa: SIM905
#: the relatives people name as a title before a given name ("Aunt May", "Uncle Frank",
#: "Nan Rose", "Grandad Joe", "Cousin Mo", "Brother Tom")
KIN_TITLES: frozenset[str] = KIN_WORDS & frozenset("""
aunt auntie aunty uncle cousin nan nana nanna gran granny grandma grandmother grandad grandpa
grandfather sister brother
""".split())  # noqa: SIM905


def words_pattern(words: Iterable[str]) -> str:
    """One regex group matching any of ``words`` (literal, as :func:`trie_pattern` nests them),
    a hyphen inside a word matching a hyphen or a space ("mother-in-law", "mother in law")."""
    forms = {"".join(form) for word in words
             for form in itertools.product(*[["-", " "] if p == "-" else [p]
                                             for p in re.split(r"(-)", word)])}
    return "(?:" + trie_pattern(forms) + ")"


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported on first use: importing this module (as the
    attribution rules do for :data:`KIN_WORDS`) loads no spaCy."""
    # lazy: spaCy (and numpy under it), which the CLI's start-up never loads
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


@functools.cache
def english_words() -> frozenset[str]:
    """Lower-case ordinary English words (SCOWL), :data:`MODERN_WORDS`,
    :data:`WORKPLACE_WORDS` and spaCy's stop words."""
    return (load_term_list("english_words.txt") | MODERN_WORDS | WORKPLACE_WORDS
            | _stop_words())


#: a possessive or a bare apostrophe at a word's end ("Ward's", "Jones'")
_APOSTROPHE_END = re.compile(r"['’]s?$")


def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case, possessive ignored) is an ordinary English word."""
    key = _APOSTROPHE_END.sub("", word).lower()
    words = english_words()
    return key in words or (key.endswith("s") and key[:-1] in words)


@functools.cache
def vernacular_words() -> frozenset[str]:
    """Lower-case words of the dialects and vernaculars of English that a general dictionary
    lacks (``data/vernacular_words.txt``: Scots, Geordie, Yorkshire, Scouse, Welsh English,
    Hiberno-English, Caribbean creoles, Nigerian Pidgin, Ghanaian, Indian, Singapore and
    multicultural London English): "Dinnae", "Howay", "Abeg", "Shiok" opening a sentence."""
    return load_term_list("vernacular_words.txt")


def vernacular_word(word: str) -> bool:
    """Whether ``word`` (any case, possessive ignored) is a dialect or vernacular word."""
    key = _APOSTROPHE_END.sub("", word).lower()
    words = vernacular_words()
    return key in words or (key.endswith("s") and key[:-1] in words)


@functools.cache
def word_names() -> frozenset[str]:
    """First names that are also common words ("Grace", "Will", "Amber"): names only in
    context (a capital mid-sentence, a verb of saying, an apposition, a title). Names whose
    word is rare ("Tom", "Peter", "Sally": ``data/word_names.txt`` less these) are names.
    Beyond :data:`WORD_NAME_EXTRAS`, ``data/given_word_names.txt`` holds given names from many
    countries that are also words ("Piers", "Precious", "Sterling")."""
    return WORD_NAME_EXTRAS | load_term_list("given_word_names.txt")


@functools.cache
def rare_word_names() -> frozenset[str]:
    """First names that are also dictionary words, but rarely used as them ("Tom", "John",
    "Sally"): plain first names for the recognizers."""
    return load_term_list("word_names.txt") - WORD_NAME_EXTRAS


@functools.cache
def given_names() -> frozenset[str]:
    """Given names from many countries (``data/given_names.txt``: nomquamgender's pooled
    national and open sources, accent-folded, less ordinary English words): "Piotr", "Morag",
    "Abimbola", "Malgorzata". Look words up folded (:func:`fold`)."""
    return frozenset(n for n in load_term_list("given_names.txt")
                     if n.lower() not in _stop_words()) | COINED_GIVEN_NAMES


@functools.cache
def surnames() -> frozenset[str]:
    """Surnames from many countries (``data/surnames.txt``: Faker's and mimesis's Latin-script
    locales, accent-folded, less ordinary English words): "Dlamini", "Wisniewski", "Nguyen".
    Look words up folded (:func:`fold`). Less the workplace's words too ("Rota")."""
    return frozenset(n for n in load_term_list("surnames.txt")
                     if n.lower() not in _stop_words() and n.lower() not in WORKPLACE_WORDS)


#: imperatives that open a sentence before a surname ("Ask Ndlovu", "Tell Okafor I said")
_IMPERATIVES = frozenset("""
Ask Tell Thank Thanks Call Ring Text Email Phone Let Get Meet See Say Give Send Help Find Try
Make Take Keep Bring Write Message Contact Check Book Mind Watch Hang Trust Leave Blame Pay
""".split())  # noqa: SIM905


#: given names coined from English words run together, usual in Zimbabwe, Zambia, Malawi and
#: South Africa ("Godknows", "Learnmore", "Loveness"): no dictionary has them, so they are
#: first names by themselves (general knowledge of naming practice, not any transcript's)
COINED_GIVEN_NAMES: frozenset[str] = frozenset("""
Godknows Learnmore Nomore Loveness Lovemore Hardlife Nevermind Trymore Tryagain Givemore
Knowmore Gotwell Godwills Godswill Godsent Godspower Godsgift Goodluck Lovejoy Lovewell
Thankgod Praisegod Blessmore Tinomore Nomatter Forgetmenot Lovemercy Talkmore Kudakwashe
Loveday Ngonidzashe Tawanda Tafadzwa Nyasha Tatenda Rutendo Chipo Tendai Farai
""".split())  # noqa: SIM905


#: virtue and word names (Puritan English, and the English given names of West, East and
#: Southern Africa and the Caribbean: "Tribulation", "Remember", "Witness", "Knowledge"): as
#: :func:`name_words`, a person only where the words around them need one
VIRTUE_NAMES: frozenset[str] = frozenset("""
Tribulation Remember Knowledge Talent Forget Pardon Witness Silence Perseverance Kindness
Clever Smart Admire Goodwill Pleasure Obedience Gladness Repent Deliverance Redemption
Salvation Faithful Thankful Fortunate Promise Marvel Happiness Providence Marvellous Justice
Fortune Beauty Rejoice Praise Delight Goodness Victory Endurance Miracle Princess Loyal Saviour
Given Prosper Wisdom Innocent Precious Comfort Blessing Lucky Memory Gift Patience Charity
Mercy Favour Honour Temperance Courage Humility Modesty Purity Diligence Virtue Hopeful
Sabbath Ransom Shepherd Truth Wonder Glory Grace Hope
""".split())  # noqa: SIM905


@functools.cache
def name_words() -> frozenset[str]:
    """English words that are also given names somewhere ("Storm", "Brook", "Bishop"): a
    first name only right before a surname (``data/name_words.txt``, less stop words and
    imperatives)."""
    return frozenset(n for n in load_term_list("name_words.txt")
                     if n.lower() not in _stop_words() and n not in _IMPERATIVES) | VIRTUE_NAMES


@functools.cache
def word_surnames() -> frozenset[str]:
    """Common surnames of Britain and Ireland that are also ordinary English words ("Frost",
    "Swift", "Cook", "Church": ``data/word_surnames.txt``, by surname class): like
    :func:`name_words`, a person only where the words around them need one."""
    return frozenset(n for n in load_term_list("word_surnames.txt")
                     if n.lower() not in _stop_words() and n not in _IMPERATIVES)


#: letters Unicode decomposition does not take apart (as ``data/build_gazetteers.py`` folds)
_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                             "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                             "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H"})


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """``word`` in ASCII letters, the form the name lists are stored in: "Wiśniewski" ->
    "Wisniewski", "Łukasz" -> "Lukasz"."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_EXTRA))
    return decomposed.encode("ascii", "ignore").decode("ascii")


#: a capitalised word in any Latin script ("Piotr", "Łukasz", "Şükrü", "O'Neill", "Piotr's");
#: the capital is checked in code (a character class cannot say "upper case" portably)
#: (an ASCII apostrophe before a capital is an opening quote when a space, a bracket or the text's
#: start stands before it: "'Morwenna said', not the "Neill" of "O'Neill")
_NAME_TOKEN = re.compile(r"(?:(?<![\w'’-])|(?<=[\s(\[]')|(?<=\A'))[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]*(?:['’][^\W\d_]+)?"
                         r"(?:-[^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")


class FoldedNameIndex:
    """One-word names found by folding each capitalised word of a text to ASCII and looking it
    up (the lists are stored folded), so "Wiśniewski" and "Łukasz" are found as surely as
    "Wisniewski". A possessive "'s" stays outside the match."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = frozenset(names)

    def __contains__(self, word: str) -> bool:
        return fold(_POSSESSIVE.sub("", word)) in self._names

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every listed name in ``text``."""
        names = self._names
        for m in _NAME_TOKEN.finditer(text):
            word = m.group()
            if not word[0].isupper() or (len(word) > 1 and word[1].isupper()):
                continue  # lower case, or an acronym ("NHS", "GMC")
            if fold(word) in names:
                yield m.span()
                continue
            stem = _POSSESSIVE.sub("", word)
            if stem != word and fold(stem) in names:
                yield m.start(), m.start() + len(stem)


@functools.cache
def world_places() -> frozenset[str]:
    """Countries and big cities abroad (``data/world_places.txt``)."""
    return load_term_list("world_places.txt")


def trie_pattern(terms: Iterable[str]) -> str:
    """One regex alternation for many literal terms, nested by shared prefix, so matching costs
    a walk down the trie instead of a try per term. Longest terms win (greedy optionals)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


#: a capitalised token where a gazetteer term may start ("Chester-le-Street", "King's"), also
#: right after an opening quote ("the interpreter said 'Oromia'", "‘Sindh’ she wrote"), not
#: inside a name ("O'Neill")
_TOKEN = re.compile(r"(?:(?<![\w'’-])|(?<=(?<!\w)['‘’]))[A-Z][\w'’]*(?:-[\w'’]+)*")
_TOKEN_WORD = re.compile(r"[A-Z][\w'’]*(?:-[\w'’]+)*")
#: a token's leading word, when the token runs past a term ("Hexham's" holds "Hexham")
_TOKEN_STEM = re.compile(r"[A-Z][\w]*")
#: what may follow a term: not more of a word, nor a contraction ("Hexham's" is fine)
_END = re.compile(r"(?![\w-]|['’]\w\w)")


#: the last text's capitalised tokens (:func:`_capital_tokens`): every gazetteer reads the same
#: chunk in turn, so it is scanned once, not once per list
_LAST_SCAN: tuple[str, dict[str, list[int]], dict[str, list[tuple[int, str]]]] = ("", {}, {})


def _capital_tokens(text: str) -> tuple[dict[str, list[int]], dict[str, list[tuple[int, str]]]]:
    """The capitalised tokens of ``text`` (:data:`_TOKEN`) by word, with their offsets, and
    those whose stem (:data:`_TOKEN_STEM`) is shorter than the token, by stem."""
    global _LAST_SCAN
    last = _LAST_SCAN
    if last[0] is text or last[0] == text:
        return last[1], last[2]
    whole: dict[str, list[int]] = {}
    stems: dict[str, list[tuple[int, str]]] = {}
    for m in _TOKEN.finditer(text):
        word, start = m.group(), m.start()
        whole.setdefault(word, []).append(start)
        stem = _TOKEN_STEM.match(word)
        if stem is not None and stem.end() < len(word):
            stems.setdefault(stem.group(), []).append((start, word))
    _LAST_SCAN = (text, whole, stems)
    return whole, stems


def _first(item: tuple[int, list[str]]) -> int:
    return item[0]


class GazetteerIndex:
    """Many literal terms found by looking up each capitalised token, not by a regex over all
    of them: building it costs a dict, not a regex compile, and scanning costs one cheap
    regex plus a dict lookup per capital. Longest term first at each position, leftmost
    first, no overlaps: the matches of the equivalent trie regex."""

    def __init__(self, terms: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for term in terms:
            first = _TOKEN_WORD.match(term)
            if first is None:
                continue
            by_first.setdefault(first.group(), []).append(term)
        self._by_first = {k: sorted(set(v), key=len, reverse=True) for k, v in by_first.items()}

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every term in ``text``."""
        by_first = self._by_first
        whole, stems = _capital_tokens(text)
        # the tokens whose word starts a term, else (it may run past the term: "Hexham's"
        # holds "Hexham") whose stem does; each token starts at its own offset
        found = [(start, by_first[word]) for word in whole.keys() & by_first.keys()
                 for start in whole[word]]
        found += [(start, by_first[stem]) for stem in stems.keys() & by_first.keys()
                  for start, word in stems[stem] if word not in by_first]
        found.sort(key=_first)
        after = 0
        for start, terms in found:
            if start < after:
                continue
            for term in terms:
                end = start + len(term)
                if text.startswith(term, start) and _END.match(text, end):
                    yield start, end
                    after = end
                    break
