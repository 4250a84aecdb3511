"""Ordinary language that looks like identifiers: where in a text nothing may be redacted.

Transcripts about mentoring name theorists and models ("Kolb's learning cycle", "Hawkins and
Shohet's seven-eyed model"), eponyms ("Bell's palsy", "Parkinson's disease"), national bodies
that contain a place ("NHS England", "the Royal College of Surgeons of Edinburgh") and idioms
with names ("every Tom, Dick and Harry", "Bob's your uncle"). :func:`vocabulary_spans` finds
them; the engine drops a detection that lies wholly inside one (a detection that reaches
outside, as "Riverside" in "Riverside General Practice", is kept)::

    spans = vocabulary_spans(text, phrases=policy.allow_phrases)

The phrases (idioms, bodies) are data, from the policy's ``[allow] phrases``; the grammars
are here: "<Name>'s <model noun>" (a name in it still counts as a person when a title or a
first name stands before it, "Dr Proctor's model", or it is a common first name); royal
colleges, societies and associations; bodies made of body words and a nation ("Health
Improvement Scotland", "Sport England"); surnames taught or read on a course ("we did Atkins
and Murphy on the course", "Was Hersey and Blanchard part of the training?"); an acronym
spelled out ("GROW: Goal, Reality, Options, Will"); names that say what someone is like ("a
bit of a Nosey Parker", "a Mickey Mouse course"); and a title before a personification
("Mr Right", "Lady Luck").
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from vault.anonymise.calendar_words import (
    WEEKDAY_STEMS,
    WEEKDAY_TABLE,
    alternation,
    shortened_alternation,
)
from vault.anonymise.fastre import merged_windows
from vault.anonymise.geo import country_names
from vault.anonymise.number_words import ORDINAL_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS
from vault.anonymise.wordlists import (
    ATTENDANCE_LABELS,
    fold,
    is_english_word,
    load_term_list,
    trie_pattern,
)

__all__ = ["EPONYM_NOUNS", "MODEL_NOUNS", "PhraseIndex", "ordinary_proper_words", "vocabulary_spans",
           "without_weekday_end"]

#: nouns that make "<Name>'s <noun>" a theory, model or eponym rather than a person's thing
MODEL_NOUNS = (
    "model", "models", "cycle", "cycles", "theory", "theories", "framework", "frameworks",
    "window", "triangle", "rules", "hierarchy", "stages", "curve", "inventory", "scale",
    "principle", "principles", "effect", "law", "razor", "wheel", "matrix", "grid", "pyramid",
    "ladder", "mindset", "categories", "functions", "syndrome", "disease", "palsy",
    "phenomenon", "paradox", "fallacy", "reflex", "classification", "criteria", "index",
    "taxonomy", "typology", "questionnaire", "interventions", "spiral", "loop", "map",
    "levels", "steps", "conditions", "zone", "factors", "domains", "dimensions", "phases",
    "quadrants", "continuum", "paradigm", "competencies", "constructs", "spectrum", "cone",
    "intelligences", "anchors", "lenses", "discipline", "disciplines", "hats", "styles",
    "dysfunctions", "archetypes", "criterion", "formula", "equation", "communities",
    # eponymous scores, tests and signs: "the Wells score", "a Holter monitor", "Midas touch"
    "score", "scores", "chart", "monitor", "test", "tests", "sign", "manoeuvre", "procedure",
    "touch", "moment", "victory", "complex",
    # the modes, checkpoints and triads of a model: "Thomas-Kilmann conflict modes",
    # "Neighbour's five checkpoints", "Virchow's triad"
    "mode", "modes", "checkpoints", "triad", "guide",
    # an eponymous grade or staging: "Mallampati grade", "Gleason grading", "Breslow staging"
    "grade", "grading", "staging",
    # a named concept, only with its word before it (_NAMED_CONCEPTS)
    "leadership", "consultation", "practice", "intelligence", "dissonance", "helplessness",
    "safety", "question", "face", "knowledge", "communication", "inquiry", "reflection",
    "engagement", "imbalance", "break", "circles", "theatre", "resources", "change", "learning",
    "regard", "helper", "contract", "labour", "tolerance", "base", "object", "mother",
    "rainbow",
    *("lymphoma", "sarcoma", "encephalopathy", "psychosis", "ulcer", "cyst", "fracture"),
)
_MODEL_NOUN_SET = frozenset(MODEL_NOUNS)
#: concepts a theorist named with a word before an ordinary noun: "Adair's action-centred
#: leadership", "Neighbour's inner consultation", "Ericsson's deliberate practice",
#: "Edmondson's psychological safety" (someone's own leadership or practice has no such word)
_NAMED_CONCEPTS: dict[str, frozenset[str]] = {
    "leadership": frozenset((
        "situational", "action-centred", "action-centered", "transformational",
        "transactional", "servant", "distributed", "compassionate", "adaptive", "authentic",
        "collective", "shared", "functional", "contingency")),
    "consultation": frozenset(("inner",)),
    "practice": frozenset(("deliberate", "reflective")),
    "intelligence": frozenset(("emotional", "multiple")),
    "dissonance": frozenset(("cognitive",)),
    "helplessness": frozenset(("learned",)),
    "safety": frozenset(("psychological",)),
    # the named exercises, concepts and models of coaching, psychology and reflective
    # practice: "de Shazer's miracle question", "Polanyi's tacit knowledge", "Cooperrider's
    # appreciative inquiry", "Hochschild's emotional labour", "Winnicott's good-enough mother"
    "question": frozenset(("miracle", "scaling", "exception", "coping")),
    "face": frozenset(("still",)),
    "knowledge": frozenset(("tacit", "explicit")),
    "communication": frozenset(("nonviolent", "non-violent")),
    "inquiry": frozenset(("compassionate", "appreciative")),
    "reflection": frozenset(("structured", "critical", "guided")),
    "engagement": frozenset(("personal",)),
    "imbalance": frozenset(("effort-reward", "effort", "reward")),
    "break": frozenset(("self-compassion",)),
    "circles": frozenset(("three", "emotion", "regulation", "emotion-regulation")),
    "theatre": frozenset(("inner",)),
    "resources": frozenset(("conservation", "of")),
    "change": frozenset(("immunity", "to")),
    "learning": frozenset(("double-loop", "single-loop", "experiential", "transformative",
                           "situated", "double", "single", "loop")),
    "regard": frozenset(("unconditional", "positive")),
    "helper": frozenset(("skilled",)),
    "contract": frozenset(("psychological",)),
    "labour": frozenset(("emotional",)),
    "tolerance": frozenset(("window", "of")),
    "base": frozenset(("secure",)),
    "object": frozenset(("transitional",)),
    "mother": frozenset(("good-enough", "good", "enough")),
    "rainbow": frozenset(("career", "life-career", "life")),
}
#: nouns of a medical eponym ("Wilson's disease", "Bell's palsy", "Hodgkin's lymphoma"): the
#: name is an eponym even when it is a first name too, so long as it is also a surname
#: ("Wilson", "Thomas"); a first name only ("Sarah's disease") stays someone's
EPONYM_NOUNS = frozenset((
    "disease", "syndrome", "palsy", "sign", "reflex", "phenomenon", "triad", "lymphoma",
    "sarcoma", "encephalopathy", "psychosis", "ulcer", "cyst", "fracture", "manoeuvre",
    "law", "razor", "paradox"))
#: what a national or public body is made of before the nation's name: "Health Improvement
#: Scotland", "Public Health Wales", "Sport England", "Police Scotland", "NHS Education for
#: Scotland" (a place after these words is part of the body's name, not where someone is)
_BODY_WORDS = (r"(?:NHS|Health|Healthcare|Public|Education|Improvement|Social|Care|Sport|Skills|"
               r"Development|Digital|Services|Research|Arts|Historic|Natural|Creative|Transport|"
               r"Police|Audit|Statistics|Food|Standards|Environment|Environmental|Protection|"
               r"Enterprise|Medical|Dental|Training|Workforce|Innovation|Quality|Safety|"
               r"Inspectorate|Commissioning|Council|Agency|Executive|Government|Shared|"
               r"Ambulance|Blood|Transplant|Legal|Aid|Resolution|Counter|Fraud|Property|Business|"
               r"Estates|Pensions|Employers|Library|Knowledge|Information|Intelligence|"
               r"Inspection|Regulation|Mental|Children['’]s|Older|People['’]s|Volunteer|Volunteering)")
_NATIONAL_BODY = re.compile(r"\b" + _BODY_WORDS + r"(?:[ \t]+(?:(?:and|for|of)[ \t]+)?" + _BODY_WORDS
                            + r"){0,4}[ \t]+(?:(?:and|for|of)[ \t]+)?"
                            r"(?:England|Scotland|Wales|Northern[ \t]+Ireland|Ireland|Britain)\b")
#: two surnames as one thing, a model taught or used: "we did Atkins and Murphy on the
#: course", "Was Hersey and Blanchard part of the training?" (people are "were", not "was")
_NAME_PAIR = (r"(?P<pair>[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Z][a-zà-öø-ÿ]+)*[ \t]+(?:and|&)[ \t]+"
              r"[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Z][a-zà-öø-ÿ]+)*)")
_TAUGHT_PAIR = re.compile(
    r"\b(?:did|do|done|used|read|studied|learnt|learned|covered|discussed|mentioned|"
    r"looked[ \t]+at|went[ \t]+through)[ \t]+(?P<one>[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Z][a-zà-öø-ÿ]+)*)"
    r"(?=[ \t]+(?:on|in|at|during)[ \t]+(?:the|a|our|my|that|this)?[ \t]*(?:[a-z-]+[ \t]+){0,2}"
    r"(?:course|courses|training|teaching|module|workshop|programme|curriculum|syllabus|"
    r"lectures?|seminars?|induction|MSc|PGCert|diploma)\b)|"
    r"\b(?:mention|mentioned|mentions|discuss|discussed|cover|covered|introduced|explain|"
    r"explained|bring[ \t]+up|brought[ \t]+up)[ \t]+" + _NAME_PAIR.replace("pair", "pair3")
    + r"(?=[ \t]+(?:on|in|at|during)[ \t]+(?:the|a|our|my|that|this)?[ \t]*(?:[a-z-]+[ \t]+){0,2}"
    r"(?:course|courses|training|teaching|module|workshop|programme|session|sessions|"
    r"curriculum|syllabus|lectures?|seminars?|induction|MSc|PGCert|diploma)\b)|"
    r"\b(?:(?:did|do|does|doing|done|used|use|uses|using|read|studied|study|learnt|learned|"
    r"learn|taught|teach|teaches|teaching|applied|apply|looked[ \t]+at|"
    r"look[ \t]+at|went[ \t]+through|based[ \t]+on)[ \t]+" + _NAME_PAIR
    + r"(?=[ \t]+(?:on|in|at|during|for|with)[ \t]+(?:the|a|our|my|that|this)?[ \t]*(?:[a-z-]+[ \t]+){0,2}"
    r"(?:course|courses|training|teaching|module|workshop|programme|session|sessions|day|"
    r"curriculum|syllabus|lectures?|seminars?|induction|scheme|MSc|PGCert|diploma)\b|[ \t]*[.,;?]))"
    r"|\b(?:[Ww]as|[Ii]s)[ \t]+" + _NAME_PAIR.replace("pair", "pair2")
    + r"(?=[ \t]+(?:part|useful|helpful|any[ \t]+(?:use|good|help)|covered|taught)\b)")

_NAME = r"[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Z][a-zà-öø-ÿ]+)*"
#: a name used to say what someone or something is like: "a bit of a Nosey Parker", "a right
#: Charlie", "a proper Florence Nightingale", "a Mickey Mouse course", "a Walter Mitty sort
#: of plan" (not someone named: nobody is "a bit of a" colleague), at a sentence's start too
_CHARACTER = re.compile(
    # the article may open the sentence: "A right Jonah, that new pager", "A bit of a Walter
    # Mitty, him", "A Mickey Mouse outfit"
    r"\b(?:(?:[Aa][ \t]+bit[ \t]+of[ \t]+)?(?:[Aa]|[Aa]n)[ \t]+(?:right|real|proper|total|complete|"
    r"regular|typical|absolute|utter|bit[ \t]+of[ \t]+a)|[Aa][ \t]+bit[ \t]+of[ \t]+(?:a|an))[ \t]+"
    r"(?P<n>" + _NAME + r"(?:[ \t]+" + _NAME + r"){0,2})"
    r"|\b(?:[Aa]|[Aa]n)[ \t]+(?P<m>" + _NAME + r"(?:[ \t]+" + _NAME + r")?)(?=[ \t]+(?:sort|kind|type|"
    r"course|job|operation|outfit|set-up|setup|affair|thing|plan|situation|moment|character|"
    r"figure|effort|arrangement|scheme|system|production|show|mentality|attitude)\b)")
#: an acronym spelled out: "GROW: Goal, Reality, Options, Will", "OSKAR stands for Outcome,
#: Scaling, Know-how, Affirm, Review" (the capitals spell the acronym: a model, not people)
_ACRONYM = re.compile(r"\b(?P<acr>[A-Z]{3,8})\b(?:[ \t]+(?:model|framework|acronym))?"
                      r"(?:[ \t]*[:(–—-][ \t]*|[ \t]+(?:stands[ \t]+for|is|means|being)[ \t]+)"
                      r"(?P<words>[A-Z][^\n.;?!]{0,200})")
_TOKEN = re.compile(r"[\w'’-]+")
#: a title before an ordinary word, a type of person or a personification, not a name:
#: "Mr Right", "Mr Nice Guy", "Captain Obvious", "Lady Luck", "Father Time", "Mr Bean"
_PERSONIFIED = re.compile(
    r"\b(?:Mr|Mrs|Miss|Ms|Captain|Lady|Lord|Father|Mother|Sister|Brother|Dr|Doctor|Auntie|"
    r"Uncle|Old|Little|Dame|Sir|Professor)\.?[ \t]+(?:Right|Wrong|Nice[ \t]+Guy|Obvious|Hindsight|"
    r"Luck|Time|Nature|Men|Fixit|Fix-it|Perfect|Motivator|Sensible|Grumpy|Happy|"
    r"Know-it-all|Google|Fate|Death|Jekyll|Scrooge|Average|Nobody|Everybody|Invisible|Bossy|"
    r"Clever|Sunshine|Positivity|Negativity|Efficiency|Angry|Moneybags|Big|Muscle|Messy|"
    r"Chatterbox)\b")
_TITLE = (r"(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Mister|Sister|Nurse|Matron|"
          r"Councillor|Cllr|Reverend|Rev|Father|Captain|Lord|Lady|Judge)\.?")
_CONSTRUCTION = re.compile(
    r"(?<![\w'’-])(?P<names>" + _NAME + r"(?:(?:[ \t]+and[ \t]+|[ \t]*&[ \t]*)" + _NAME + r")?)"
    # a capitalised word between only after "'s": "Reason's Swiss cheese model", not "The
    # Apgar score" read from "The" nor "Swansea Bay model"
    r"(?:(?:['’]s|s['’]|['’])[ \t]+(?:(?:[a-z][a-z-]*|[A-Z]{2,6}|[A-Z][a-z]+)[ \t]+){0,2}"
    # without "'s", no article or determiner between: "Cumberbatch a moment ago" is no eponym
    r"|[ \t]+(?:(?!(?:a|an|the|this|that|my|our|his|her|their|your|some|any|every)[ \t])"
    r"(?:[a-z][a-z-]*|[A-Z]{2,6})[ \t]+){0,2})(?P<noun>"
    + "|".join(MODEL_NOUNS) + r")\b")
_ROYAL_COLLEGE = re.compile(
    r"\b(?:Royal[ \t]+Colleges?|Faculty|Academy|(?:Royal[ \t]+|British[ \t]+)?(?:Society|"
    r"Association|Institute|Federation|Confederation|Guild))[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"[A-Z][a-z]+(?:(?:,?[ \t]+(?:and|&)[ \t]+|,[ \t]+|[ \t]+)[A-Z][a-z]+){0,5}"
    r"(?:[ \t]+(?:of|in|for)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?")
_BEFORE = re.compile(r"(?:(?P<title>" + _TITLE + r")|(?P<word>[A-Z][a-z]+))[ \t]+\Z")
#: a medicine's generic name by the stems of the international nonproprietary names, with two
#: lower-case letters before the stem at least ("Sertraline", "Warfarin", "Metformin",
#: "Atorvastatin", "Amoxicillin", "Propofol"; round 13: "Gentamicin", "Spironolactone",
#: "Bupivacaine", "Meropenem", "Tazobactam", "Semaglutide", "Tiotropium", "Levodopa",
#: "Clopidogrel", "Amiodarone", "Tramadol", "Diclofenac"); a word with one of these endings
#: that a name list knows ("Caroline", "Jasmine") is left to the recognizers
_MEDICINE_STEMS: tuple[str, ...] = (
    "statin", "pril", "sartan", "olol", "alol", "dipine", "azepam", "azolam", "oxetine",
    "traline", "alopram", "pramine", "triptyline", "formin", "farin", "parin", "ximab", "zumab",
    "umab", "tinib", "cillin", "mycin", "floxacin", "oxacin", "cycline", "prazole", "azole",
    "tidine", "olone", "isone", "asone", "sone", "adone", "orphine", "codeine", "profen",
    "cetamol", "dronate", "gliptin", "gliflozin", "semide", "thiazide", "ivir", "ocaine",
    "barbital", "lukast", "terol", "xaban", "gabalin", "apentin", "azapine", "apine", "peridol",
    "piprazole", "azine", "amide", "idone", "etine", "oxine", "mazepam", "trigine", "iracetam",
    "valproate", "lithium", "insulin", "methasone", "nisolone", "trexate", "platin", "rubicin",
    "taxel", "mab", "nib", "ofol", "curonium", "ammadex", "fentanil", "tanyl", "amine", "oxone",
    "ropine", "edrine", "setron", "butamol", "micin", "kacin", "proxen", "actone", "caine",
    "curium", "penem", "bactam", "planin", "ezolid", "fungin", "sporin", "limus", "glutide",
    "patide", "tropium", "sonide", "dopa", "grel", "grelor", "gatran", "darone", "adol", "fenac",
    "coxib", "azosin", "ulosin", "quine", "ytoin", "triptan", "fibrate", "imibe", "pamil",
    "tiazem", "glitazone", "orelin", "erelin", "oprost", "aprost", "citabine", "mustine",
    "trexed", "vudine", "tegravir", "morphone", "piclone", "oxin",
)
#: stems after a head of one letter or two ("Rocuronium", "Atracurium", "Naproxen", "Zopiclone")
_SHORT_HEAD_STEMS = ("curonium", "curium", "proxen", "piclone")
_MEDICINE = re.compile(
    r"(?<![\w'’-])[A-Z][a-z]{2,}(?:" + "|".join(_MEDICINE_STEMS) + r")(?![\w'’-])"
    # a combination product by its "co-" name: "Co-amoxiclav", "Co-codamol", "Co-careldopa"
    r"|(?<![\w'’-])Co-[a-z]{5,}(?![\w'’-])"
    r"|(?<![\w'’-])[A-Z][a-z]?(?:" + "|".join(_SHORT_HEAD_STEMS) + r")(?![\w'’-])")
#: a capitalised word of five letters or more: the words the stems and endings are tried on
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]{4,}(?![\w'’-])")
_CO_NAME = re.compile(r"(?<![\w'’-])Co-[a-z]{5,}(?![\w'’-])")


def _medicine_word(word: str) -> bool:
    """Whether a capitalised word is a medicine by its stem (as :data:`_MEDICINE` matches)."""
    if word.endswith(_SHORT_HEAD_STEMS):
        return True
    return word.endswith(_MEDICINE_STEMS) and any(
        word.endswith(stem) and len(word) >= len(stem) + 3 for stem in _MEDICINE_STEMS)

#: "the <Word> <thing>": a capitalised word before a noun it names a kind of ("the Francis
#: report", "the Brexit thing", "the Jubilee line", "the Shipman inquiry", "the Toon
#: fans"): what the thing is called, not a person and not a hospital
_ATTRIBUTIVE = re.compile(
    r"\b[Tt]he[ \t]+(?P<w>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:report|reports|inquiry|"
    r"enquiry|review|[RIE]eport|Inquiry|Enquiry|Review|thing|things|stuff|era|years|vote|referendum|debate|campaign|fans?|song|"
    r"songs|film|films|movie|movies|book|books|novels?|series|show|album|effect|"
    r"agenda|guidance|principles|standards|line|lines|fiasco|saga|"
    r"scandal|protocol|protocols|criteria|rules|regulations|act|bill|legislation|white[ \t]+paper|"
    r"recommendations|findings|documentary|podcast|website|app|franchise|musical|play|"
    r"exhibition|festival|tour|lecture|lectures|prize|award|awards|medal|challenge))\b")
#: an honour, a lecture or a programme named after someone long known: "the Elizabeth Fry
#: programme", "a Hunterian Professorship", "the Harveian Oration", "the Linacre Lecture", "a
#: Rhodes Scholarship" (what it is called, not a person in the story; a place's scheme, "the
#: Leeds training programme", says where someone is: no word of it may be a place)
_NAMED_HONOUR = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Oo]ur)[ \t]+"
    r"(?P<w>(?P<names>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?:[ \t]+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?){0,2})"
    r"[ \t]+(?:[Mm]emorial[ \t]+)?(?:[Pp]rogrammes?|[Ff]ellowships?|[Pp]rofessorships?|"
    r"[Ss]cholarships?|[Ll]ectureships?|[Oo]ration|[Ll]ectures?|[Pp]rizes?|[Mm]edals?|[Aa]wards?|"
    r"[Bb]ursary|[Bb]ursaries))(?![\w'’-])")
#: a country's regulator or professional body: "the Medical Council of <country>", "the
#: <country> Medical Council", "the <nationality> Medical Syndicate", "the <country> Nursing
#: and Midwifery Council" (a registration abroad, as "the GMC" is at home: no one's whereabouts,
#: as "NHS Scotland" is none)
_REGULATOR_KIND = (r"(?:Medical|Dental|Nursing|Midwifery|Pharmacy|Pharmaceutical|Health|"
                   r"Medical[ \t]+and[ \t]+Dental|Nursing[ \t]+and[ \t]+Midwifery|"
                   r"Health[ \t]+Professions?|Allied[ \t]+Health)")
#: the words a regulator's name ends in (and :func:`_regulator_pattern`'s cheap check)
_REGULATOR_BODY_WORDS = ("Council", "Board", "Syndicate", "Association", "Society", "Commission",
                         "Authority", "Chamber", "Order")
_REGULATOR_BODY = (r"(?:Council|Board|Registration[ \t]+Board|"
                   + "|".join(_REGULATOR_BODY_WORDS[2:]) + ")")
_NATIONALITY = r"[A-Z][a-z]+(?:an|ese|ish|ian|i|ic)"


@functools.cache
def _regulator_pattern() -> re.Pattern[str]:
    country = r"(?:" + trie_pattern(country_names()) + r")"
    return re.compile(
        r"(?<![\w'’-])(?:(?:" + country + r"|" + _NATIONALITY + r")[ \t]+" + _REGULATOR_KIND
        + r"[ \t]+" + _REGULATOR_BODY + r"|" + _REGULATOR_KIND + r"[ \t]+" + _REGULATOR_BODY
        + r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?" + country + r")(?![\w'’-])")


#: a car or a van by its make and model, after an article, a possessive, an age or a verb of
#: having or driving it: "a ten-year-old Hillman Imp", "my dad's Ford Cortina", "drove a
#: Morris Minor", "her old Vauxhall Astra" (makes by general knowledge; the model after it
#: is what says a car is meant, "Ford" alone may be anyone)
_CAR_MAKES = (r"(?:Ford|Vauxhall|Austin|Morris|Hillman|Triumph|Rover|Land[ \t]+Rover|Range[ \t]+"
              r"Rover|Jaguar|Volkswagen|VW|Fiat|Renault|Peugeot|Citro[eë]n|Toyota|Nissan|Datsun|"
              r"Honda|Volvo|Saab|[SŠ]koda|Reliant|Sunbeam|Humber|Riley|Wolseley|MG|Lada|Hyundai|"
              r"Kia|Mazda|Subaru|Mitsubishi|Suzuki|Audi|BMW|Mercedes|Mercedes-Benz|Porsche|Seat|"
              r"SEAT|Opel|Alfa[ \t]+Romeo|Lancia|Talbot|Bedford|Commer|Tesla|Lexus|Dacia|Proton|"
              r"Trabant|Bentley|Rolls-Royce|Aston[ \t]+Martin|Lotus|Jeep|Chevrolet|Chevy|"
              r"Chrysler|Dodge|Cadillac|Daihatsu|Daewoo|Mini|Smart|Cupra|Polestar|Vespa|Yamaha|"
              r"Kawasaki|Ducati|Harley(?:-Davidson)?)")
#: what a place's name ends in, never a car's model ("Ford Estate", "Austin Park")
_PLACE_KIND_WORDS = (r"(?:Estate|Park|Road|Street|Lane|Green|Hill|House|Farm|Hall|Close|Way|Court|"
                     r"Avenue|Drive|Common|End|Bridge|Wood|Field|Fields|Heath|Cross|Village|Town|"
                     r"Square|Place|Gardens|Terrace|Crescent|Row|Mews|View|Side|Vale|Valley|Lodge|"
                     r"Manor|Grange|Bay|Centre|Surgery|Hospital|Ward|Unit|School|College)")
_CAR = re.compile(
    r"(?<![\w'’-])(?P<w>" + _CAR_MAKES + r"[ \t]+(?!" + _PLACE_KIND_WORDS + r"\b)(?:[A-Z][a-z]+|[A-Z]*\d+[A-Za-z]*|[A-Z]{2,4})"
    r"(?:[ \t]+(?:Estate|Coupe|Convertible|GTI|GT|Sport|Traveller|Mk[ \t]?\d|\d+))?)(?![\w'’-])")
_CAR_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our|[\w'’]+['’]s|old|"
    r"new|used|second-hand|secondhand|battered|rusty|clapped-out|[\w-]+-year-old|drove|drive|"
    r"drives|driving|bought|sold|had|owned)[ \t]+(?:(?:old|new|little|red|blue|green|white|"
    r"black|silver|grey|yellow|orange|battered|rusty|trusty|beloved|second-hand|clapped-out|"
    r"[\w-]+-year-old)[ \t]+)?\Z")
#: a sports club named after its town ("Newcastle United", "Plymouth Argyle") or someone
#: who follows one ("a Liverpool fan", "Everton supporters"): a team, not where anyone is
_TEAM = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-z]+[ \t]+){1,2}(?:United|Rovers|Athletic|Wanderers|Albion|Villa|"
    r"Hotspur|Rangers|Celtic|Thistle|Argyle|Academical|Orient|Harlequins|Saracens|Warriors|"
    r"Vikings|Rhinos|Tigers|Falcons|FC|AFC|RFC|CCC)\b"
    r"|(?<![\w'’-])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?=[ \t]+(?:fan|fans|supporter|supporters|"
    r"season[ \t]+ticket|shirt|shirts|scarf|match|game|games|away[ \t]+games?)\b)")
#: a charity or public body named for a nation after ordinary words: "Disclosure Scotland",
#: "Age Scotland", "Chest Heart and Stroke Scotland", "Mind Cymru", "the Mental Welfare
#: Commission for Scotland" (not a direction or a part of the nation: "Central Scotland",
#: "rural Wales"; not a sentence's first word: "Obviously Scotland was...")
_NATION_BODY = re.compile(
    r"(?<![\w'’-])(?P<words>[A-Z][a-z]+(?:,?[ \t]+(?:(?:and|&|for|of)[ \t]+)?[A-Z][a-z]+){0,4})"
    r"[ \t]+(?:(?:for|in)[ \t]+)?(?:Scotland|Wales|Cymru|England|Northern[ \t]+Ireland|Ireland|UK)\b")
#: a public body named with its nation first: "Northern Ireland Practice and Education
#: Council", "Scotland Office", "Wales Audit Office"
_NATION_FIRST_BODY = re.compile(
    r"\b(?:Scotland|Wales|England|Northern[ \t]+Ireland)(?:[ \t]+(?:(?:and|&|for|of)"
    r"[ \t]+)?[A-Z][a-z]+){0,4}[ \t]+(?:Council|Agency|Authority|Commission|Executive|Office|"
    r"Inspectorate|Ombudsman|Tribunal|Deanery)\b")
#: a UK nation by itself ("I moved to Scotland", "trained in Wales", "back in england"): a
#: country of millions says no more of where someone is than "the UK" does, and no development
#: set labels one (round 24: of 1,225 mentions of the four nations in 51 sets, written and
#: spoken, 1,085 lie outside every gold span, 132 inside a longer one, and the only ones
#: labelled alone name a deanery). A part of a nation stays a place ("North Wales", "the West of Scotland",
#: "South East Wales deanery"): those detections run past the nation's span, so it does not
#: contain them. So does a nation in a name ("the Prince of Wales", a hospital) and a nation's
#: deanery ("the Northern Ireland deanery", a LOCATION as a region's is). Before a word for
#: a family the nation is a surname ("the Wales family", "the England twins"; no development
#: set says a nation so)
_NATION_ALONE = re.compile(r"(?<![\w'’-])(?<!\bof[ \t])(?:Scotland|Wales|England|Northern[ \t]+Ireland)"
                           r"(?![\w-]|[ \t]+(?:deanery|famil(?:y|ies)|twins)\b)",
                           re.IGNORECASE)
#: (round 25) an item of a list of who came, after its label ("Present: Wales, Okafor",
#: "Apologies: Okafor and England"): there a nation is a surname, as every item is a person's;
#: a nation inside an item stays ("Present: staff from Wales", "Dr Okafor (Wales)"); the
#: label read within 200 characters before the nation (a list of a score of names)
_ATTENDANCE_ITEM_BEFORE = re.compile(
    r"(?i:(?:^|[.;!?'‘\"“(][ \t]*)[ \t>*•·#-]*" + ATTENDANCE_LABELS + r")[ \t]*(?:\([^)\n]{0,20}\))?"
    r"[ \t]*[:–—][ \t]*(?:[^\n.:;]*?(?:,|&|\band)[ \t]*)?\Z", re.MULTILINE)
_NOT_BODY_WORDS = frozenset("""
north south east west northern southern eastern western central mid rural urban upper lower
greater inner outer new old great little all whole across around in to from of and for
""".split())  # noqa: SIM905
#: a theory or model by its author's name, used or taught: "Did anyone use Festinger's
#: cognitive dissonance with you?", "I found Antonovsky's sense of coherence useful", "we
#: looked at Berne's parent-adult-child on the course" (the verb before and the frame after
#: say it is an idea, not someone's thing)
_THEORY_USE = re.compile(
    r"\b(?:use|used|using|uses|found|find|finds|looked[ \t]+at|look[ \t]+at|read|apply|applied|"
    r"taught|teach|teaches|studied|learnt|learned|introduced|mentioned|drew[ \t]+on|draw[ \t]+on|"
    r"based[ \t]+on|did|do|covered|like|liked|recommend|recommended|swear[ \t]+by)[ \t]+"
    r"(?P<n>" + _NAME + r"(?:[ \t]+(?:and|&)[ \t]+" + _NAME + r")?)['’]s?[ \t]+"
    r"(?=(?:[a-z][a-z-]*[ \t]+){0,4}?[a-z][a-z-]*[ \t,]*(?:useful|helpful|with[ \t]+(?:you|me|us|"
    r"them|trainees)|on[ \t]+(?:the|a|our|my|that)[ \t]+(?:[\w'’-]+[ \t]+){0,2}(?:course|programme|"
    r"module|day|workshop)|in[ \t]+(?:my[ \t]+)?training|"
    r"that['’]s[ \t]+exactly|really[ \t]+helped|helped)\b)")
#: what teaches: a course, its training, module or lecture ("the mentor training", "the
#: mentoring course", "the training days")
_TEACHING_NOUN = (r"(?:course|courses|training|module|modules|workshop|workshops|curriculum|"
                  r"syllabus|lecture|lectures|seminar|seminars|teaching|induction|programme|MSc|"
                  r"PGCert|diploma)")
_TEACHING = _TEACHING_NOUN + r"(?:[ \t]+(?:days?|sessions?))?"
#: a theorist: a name (with a particle: "de Bono", "Kets de Vries"), two for a pair or three
#: for a list ("Boud, Keogh and Walker's"), each perhaps of two words ("Menzies Lyth")
_THEORIST = (r"(?:(?:[Dd]e|[Vv]an|[Vv]on|[Dd]u|[Dd]i|[Dd]a|[Ll]e|[Ll]a)[ \t]+(?:(?:der|den)[ \t]+)?)?"
             + _NAME + r"(?:[ \t]+(?:(?:de|van|von|der|den|du|la|le)[ \t]+)?" + _NAME + r")?")
#: what a theorist is known for, said after the name: "Neff's self-compassion", "Gottman's
#: four horsemen", "Scharmer's Theory U", "Kets de Vries and his inner theatre" (lower-case
#: words, or a capitalised word and a letter)
_THEORY = (r"(?P<n>" + _THEORIST + r"(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]*&[ \t]*)" + _THEORIST
           + r"){0,2})(?:['’]s?|[ \t]+and[ \t]+(?:his|her|their))[ \t]+(?P<c>(?:[a-z][a-z-]*"
           r"(?:[ \t]+[a-z][a-z-]*){0,6})|[A-Z][a-z]+[ \t]+[A-Z](?![\w'’-]))")
#: a theory named where a course's content is spoken of, with no verb or frame a thing of
#: someone's has: the course as the one that covers it ("Did the training mention Neff's
#: self-compassion at all?", "The course covered Page and Wosket's cyclical supervision"), it
#: taught ("was it Laing's knots they taught you", "the module taught us Schein's career
#: anchors"), it coming up on the course ("Did Weick's sensemaking come up at all on the mentor
#: training?") or learnt there ("we got de Bono's six hats on the course")
#: each frame: the key of its groups (its theorists are group ``key + "n"``, what they are known
#: for ``key + "c"``), what is said before the theory and what must follow it
_THEORY_FRAMES = (
    ("", r"\b" + _TEACHING + r"[ \t]+(?:(?:ever|also|even|really|actually|sort[ \t]+of|kind[ \t]+of)"
     r"[ \t]+)?(?:covered|covers|cover|included|includes|include|mentioned|mentions|mention|"
     r"taught|teaches|teach|introduced|introduces|introduce|went[ \t]+through|goes[ \t]+through|"
     r"go[ \t]+through|touched[ \t]+on|touch[ \t]+on|explained|explains|explain)"
     r"(?:[ \t]+(?:us|you|me|them))?[ \t]+", ""),
    ("b", r"\b(?:taught|teach|teaches)[ \t]+(?:us|you|me|them)[ \t]+", ""),
    ("q", r"\b(?:[Ww]as|[Ii]s|[Ww]asn['’]t|[Ii]sn['’]t)[ \t]+it[ \t]+",
     (r"(?=[ \t]+(?:that[ \t]+)?(?:they|we|you|he|she)[ \t]+(?:taught|teach|learnt|learned|"
      r"covered|showed)\b)")),
    ("u", r"(?<![\w'’-])",
     r"(?=[ \t]+(?:ever[ \t]+)?(?:come|came|comes|coming)[ \t]+up\b[^.?!\n]{0,30}?"
     r"\b(?:on|in|at|during)[ \t]+(?:the|a|your|our|my|that|this)[ \t]+(?:[\w-]+[ \t]+){0,2}"
     + _TEACHING + r"\b)"),
    ("o", r"\b(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring)[ \t]+(?:the|a|our|my|that|this)[ \t]+(?:[\w-]+[ \t]+){0,2}"
     + _TEACHING + r",?[ \t]+(?:we|they|I|you)[ \t]+(?:did|got|learnt|learned|studied|covered|"
     r"used|were[ \t]+taught)[ \t]+", ""),
    ("d", (r"\b(?:did|done|got|learnt|learned|studied|doing|practised|practiced|were[ \t]+taught|"
           r"was[ \t]+taught|bring[ \t]+up|brought[ \t]+up|mentioned|discussed|covered)[ \t]+"),
     r"(?=,?[ \t]+(?:[\w'’]+,?[ \t]+){0,4}?(?:on|in|at|during)[ \t]+(?:the|a|our|my|that|this)"
     r"[ \t]+(?:[\w-]+[ \t]+){0,2}" + _TEACHING + r"\b)"),
)
_THEORY_KEYS = tuple(key for key, _, _ in _THEORY_FRAMES)
_THEORY_TAUGHT = re.compile("|".join(before + _THEORY.replace("P<", "P<" + key) + after
                                     for key, before, after in _THEORY_FRAMES))
#: what no theory's name starts with: a determiner, a pronoun, an adverb or a verb that goes
#: on a sentence ("the course covered Okafor's not being there")
_NOT_A_THEORY_START = frozenset("""
a an the my his her our their your its this that these those been being got gone going not
never just always still very so too also only really then there here is was are were be has
had have did does do will would can could should may might must
""".split())  # noqa: SIM905
#: capitalised words that open a question or a turn before a name: "Did", "Was", "And"
_THEORY_LEAD = re.compile(r"(?:(?:Did|Does|Do|Was|Were|Is|Has|Had|Have|Will|Would|Could|Can|And|"
                          r"But|So|Then|Yes|No|Yeah|Oh|Well)[ \t]+)+")
_TITLE_WORD = re.compile(r"\b" + _TITLE + r"(?![\w'’-])")
#: a word of teaching, which every frame of :data:`_THEORY_TAUGHT` has, and how far from it
#: a frame's theory may be said (a question's worth of words)
_TEACHING_WORD = re.compile(r"\b(?:" + _TEACHING_NOUN + r"|taught|teach|teaches)\b")
_TEACHING_REACH = 240
_NUMBER_START = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")


def _fluent_cased(text: str) -> tuple[str, list[int]] | None:
    """:func:`_fluent` keeping the text's case: its repeated words and fillers dropped."""
    lower = text.lower()
    fluent = _fluent(lower) if len(lower) == len(text) else None
    if fluent is None:
        return None
    origin = fluent[1]
    return "".join(text[i] for i in origin[:-1]), origin


def _near_teaching(text: str) -> Iterator[re.Match[str]]:
    """:data:`_THEORY_TAUGHT`'s matches, looked for only near a word of teaching (every frame
    has one within a sentence's reach): most of a transcript is never scanned."""
    windows = merged_windows((max(0, m.start() - _TEACHING_REACH), min(len(text), m.end() + _TEACHING_REACH))
                             for m in _TEACHING_WORD.finditer(text))
    for start, end in windows:
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # not from inside a word: "\b" and the look-behinds see the text before
        yield from _THEORY_TAUGHT.finditer(text, start, end)


def _taught_theory_spans(text: str) -> list[tuple[int, int]]:
    """Theories named where a course's content is spoken of (:data:`_THEORY_TAUGHT`), the
    name and what it names ("Lencioni's five, five dysfunctions": the number is no age). The
    name is a person's when it is a common first name, as in "<Name>'s <model noun>" (a first
    name that is a surname too counts before a count of the theory's parts: "Gordon's eleven
    functional health patterns"), when a title or a first name stands before it, or when the
    words after it go on a sentence."""
    if _TEACHING_WORD.search(text) is None:
        return []
    fluent = _fluent_cased(text)
    short, origin = fluent if fluent is not None else (text, list(range(len(text) + 1)))
    first = _first_names()
    out: list[tuple[int, int]] = []
    for m in _near_teaching(short):
        key = next(k for k in _THEORY_KEYS if m.group(k + "n") is not None)
        names, concept = m.group(key + "n"), m.group(key + "c")
        start = m.start(key + "n")
        lead = _THEORY_LEAD.match(names)
        if lead is not None:  # "Did Weick's sensemaking come up": "Did" opens the question
            names, start = names[lead.end():], start + lead.end()
        if not names or concept.split()[0] in _NOT_A_THEORY_START \
                or _TITLE_WORD.search(names) is not None:
            continue  # "Okafor's not being there", "Dr Okafor's audit": someone
        words = [w for w in re.findall(r"[\w'’-]+", names) if w[:1].isupper()]
        counted = _NUMBER_START.match(concept) is not None
        if any(w in first and not (counted and fold(w) in load_term_list("surnames.txt"))
               for w in words):
            continue  # "the course covered Sarah's leaving do": someone
        if _named_before(short, start):
            continue  # "the training mentioned Dr Okafor's audit"
        out.append((origin[start], origin[m.end(key + "c") - 1] + 1))
    return out


#: a word of clinical Greek and Latin told by its ending, capitalised in a list, a heading or
#: for emphasis: a disease, a procedure, an organ's adjective ("Bronchiolitis",
#: "Hemiarthroplasties", "Idiopathic", "Cerebellar", "Scaphoid", "Myasthenic", "Nephrotoxic",
#: "Melanoma"). No given name or surname ends so, with two care points: Lithuanian surnames
#: end in "-aitis"/"-ytis" (so "-itis" only after a consonant) and "-oma" names are short
#: ("Paloma", "Ngoma": seven letters at least)
_CLINICAL_ENDINGS = (
    "itis", "itides", "osis", "iasis", "ectomy", "ectomies", "otomy", "otomies", "ostomy",
    "ostomies", "oscopy", "oscopies", "oscopic", "plasty", "plasties", "plastic", "opathy",
    "opathies", "opathic", "pathic", "aemia", "aemic", "emia", "uria", "algia", "plegia",
    "plegic", "paresis", "trophy", "trophic", "trophies", "lysis", "rrhoea", "rrhage", "oid",
    "ellar", "iatric", "iatrics", "iatic", "toxic", "genic", "ologist", "ologists", "ological",
    "plasia", "centesis", "pexy", "rrhaphy", "thenia", "thenic", "kinesia", "phasia", "phagia",
    "lepsy", "leptic", "pnoea", "cardia", "emesis", "ectasis", "ectasia", "oma", "omas")


def _clinical_word(word: str) -> bool:
    """Whether a capitalised word (six letters or more) has a clinical ending."""
    if len(word) < 6 or not word.endswith(_CLINICAL_ENDINGS):
        return False
    if word.endswith(("itis", "itides")):
        return word[-len("itis") - 1 if word.endswith("itis") else -len("itides") - 1] \
            not in "aeiouyėū"
    return len(word) >= 7 or not word.endswith(("oma", "omas"))
#: the kit of the ward and theatre named for its maker or inventor, the name straight before
#: the thing ("Neville Barnes forceps", "a Bakri balloon", "Zimmer frames", "Exeter stems",
#: "Welch Allyn BP machines", "the McGrath blade"): a person's own kit takes "'s" and a
#: verb or article between ("Patel uses the forceps") is a sentence, not a name for a thing
_KIT_NOUNS = (r"forceps|balloon|catheters?|retractors?|speculum|stockings|splint|prosthes[ie]s|"
              r"valves?|cannulae?|blades?|(?:video)?laryngoscopes?|traction|incision|flap|graft|"
              r"shunt|stent|mattress(?:es)?|tourniquets?|sucker|airway|positions?|nodes|nodules|"
              r"bodies|murmur|manoeuvres?|pessary|technique|operation|procedure|frame|stem|tube|"
              r"pump|collar|mask|patch|monitor|machines?|stack|bed|hoist|drain|nail|plate|bag|"
              r"line|cuff|dressings?|sling|boot|ring|clip|scope")
#: ... and those whose plural is also a verb's "-s" ("Sarah Jones signs the form"): only
#: with no object after them
_KIT_VERBISH = (r"(?:frames|stems|scopes|tubes|pumps|drains|nails|plates|bags|lines|patches|"
                r"clips|staples|boots|masks|stacks|beds|hoists|splints|monitors|collars|cuffs|"
                r"stents|balloons|needles|sutures|rings|grafts|shunts)(?=[ \t]*[.,;:)\n]|[ \t]+"
                r"(?:in|on|at|for|with|and|or|are|were|still|too|from|to|as)\b|[ \t]*\Z)")
#: an eponym's name, Gaelic prefixes included ("McMurray", "McRoberts", "O'Brien")
_EPO_NAME = r"(?:Mc|Mac|O['’])?" + _NAME
_KIT_NOUN = re.compile(r"(?:[ \t]+[A-Z]{2,5})?[ \t]+(?:(?:" + _KIT_NOUNS + r")\b|" + _KIT_VERBISH + r")")
#: the maker's or inventor's name right before the kit noun
_KIT_NAMES_BEFORE = re.compile(r"(?<![\w'’-])(?P<names>" + _EPO_NAME + r"(?:[ \t]+" + _EPO_NAME
                               + r")?)\Z")
#: what a sign or test was found to be, as an examination is written up ("was positive",
#: "negative", "on the left"); not a mood ("negative about it", "positive that ...")
_FINDING_VERB = r"[ \t]+(?:(?:was|were|is|are)[ \t]+)?"
_FINDINGS = (r"positive|negative|normal|abnormal|absent|present|equivocal|intact|elicited|"
             r"bilaterally|both[ \t]+sides|on[ \t]+the[ \t]+(?:left|right)")
_FINDING_END = r"\b(?![ \t]+(?:about|towards?|that|because|if|for)\b)"
#: a sign or test by its eponym alone, with the finding after it or coordinated with another
#: ("Romberg's negative", "Hoffmann's absent", "Phalen's and Tinel's in the hand clinic",
#: "Heberden's and Bouchard's nodes", "Lachman tests and McMurray's."): a person's "'s" has
#: a thing after it, and "Sarah's negative" (she is) is a first name's, which is skipped
_EPONYM_FINDING = re.compile(
    r"['’]s" + _FINDING_VERB + r"(?:" + _FINDINGS + r"|elicitable|unilaterally)" + _FINDING_END)
#: a lexicon eponym with its finding straight after: "Rinne's was positive", "Weber
#: central", "Romberg negative", "Trendelenburg positive on the left"
_EPONYM_FOUND = re.compile(
    r"(?:['’]s)?" + _FINDING_VERB + r"(?:" + _FINDINGS + r"|central|centrally|midline|"
    r"lateralis(?:ed|es|ing)|lateraliz(?:ed|es|ing))" + _FINDING_END)
#: an eponym's name right before its "'s"
_EPONYM_BEFORE = re.compile(r"(?<![\w'’-])" + _EPO_NAME + r"\Z")
#: an examination written up just before: a surname's "'s" with a finding is then a sign
#: ("Tone normal, reflexes brisk, Hoffmann's absent"), not someone who is negative
_EXAMINATION = re.compile(r"(?i)\b(?:examination|exam|O/E|on[ \t]+examination|reflexes|"
                          r"plantars|tone|power|gait|sensation|tremor|signs?|tests?|nerves|"
                          r"neuro|cerebellar|abdomen|chest|cardiovascular)\b")
_EPONYM_CHAIN = re.compile(
    r"['’]s(?:[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+)"
    r"(?P<m>" + _EPO_NAME + r")['’]s(?=[ \t]*[.,;:)\n]|[ \t]+(?:and|or|in|at|on|were|are|too|"
    r"tests?|signs?|nodes|nodules|lines|spots|bodies|reflexes|manoeuvres?)\b|[ \t]*\Z)")
#: "Lachman tests and McMurray's.": an eponym alone after a kind of eponym's thing
_EPONYM_LAST = re.compile(r"['’]s(?=[ \t]*[.,;:)\n]|[ \t]*\Z)")
_KIND_BEFORE = re.compile(r"\b(?:tests?|signs?|scores?|manoeuvres?|grades?|criteria|nodes|reflexes)"
                          r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+)(?P<k>" + _EPO_NAME + r")\Z")
#: what an eponym names when it is a term (``data/eponyms.txt``): an incision, operation,
#: position, sign, test, score, grade, instrument or structure ("the Kocher incision", "Allis
#: forceps", "a Macintosh blade", "Hartmann's pouch", "the Alvarado score"), up to two words
#: between ("Lichtenstein mesh repair")
_EPONYM_TERM = re.compile(
    r"(?:['’]s)?(?:[ \t]+(?:[A-Z]{2,5}|[a-z][a-z-]*)){0,2}?[ \t]+(?:incisions?|approach|"
    r"procedures?|operations?|repairs?|resections?|fundoplications?|myotomy|anastomos[ie]s|"
    r"gastrectomy|pouch|stoma|flap|graft|shunt|osteotomy|arthroplasty|hemiarthroplasty|"
    r"positions?|tilt|manoeuvres?|maneuvers?|technique|method|signs?|tests?|reflex|reflexes|"
    r"scores?|scales?|criteria|classifications?|grades?|grading|staging|types?|fractures?|"
    r"dislocations?|lesions?|forceps|retractors?|blades?|scissors|clamps?|needles?|stitch(?:es)?|"
    r"sutures?|knots?|tubes?|catheters?|cannulae?|drains?|lines?|bougies?|laryngoscopes?|"
    r"speculums?|specula|dissectors?|elevators?|hooks?|dilators?|stirrups|circuit|airway|"
    r"prosthes[ie]s|nails?|plates?|screws?|wires?|frames?|splints?|casts?|harness|boot|"
    r"point|triangle|space|ligaments?|canal|ducts?|fascia|glands?|nodes?|cysts?|view|"
    r"thingy|thing|one|pessary|balloon|valve|rule|index|hold|bag|purpura|tendon|"
    r"disease|syndrome|palsy|sarcoma|lymphoma|diverticulum|contracture|neuroma|"
    r"phenomenon|nodules|ulcer|aneurysm|hernia|oesophagus|esophagus|"
    # what a statistical or research eponym names: "a Bonferroni correction", "Poisson
    # regression", "a Bland-Altman plot", "a Wilcoxon signed-rank", "Fisher's exact"
    r"corrections?|regressions?|distributions?|plots?|coefficients?|correlations?|"
    r"signed-rank|rank-sum|exact|analys[ie]s|estimators?|estimates?|curves?|charts?|"
    r"diagrams?|intervals?|models?|adjustments?|statistic|chain|process|levels?|steps)\b")
#: the statistic an eponym names, its letter or name after it: "Spearman's rho", "Pearson's
#: r", "Cohen's kappa", "Cronbach's alpha", "Kendall's tau", "a Mann-Whitney U", "Student's t"
_EPONYM_STATISTIC = re.compile(r"(?:['’]s)?[ \t]+(?:rho|r|R|kappa|alpha|tau|d|U|t|W|H|"
                               r"chi-squared?|chi[ \t]+squared?|test)(?![\w'’-])")
#: a grade or type after the eponym: "Weber B", "Garden IV", "Gustilo 3B", "Billroth II"
_EPONYM_GRADE = re.compile(r"[ \t]+(?:I{1,3}|IV|V|VI|[1-5][A-Ca-c]?|[A-D][1-3]?)(?![\w'’-])")
#: an article straight before: "a Pfannenstiel", "an Epley", "the Kocher" (a person is
#: seldom "a Surname"; "the Kochers came" or "the Kocher family" are people: see below)
_EPONYM_ARTICLE = re.compile(
    r"(?<![\w'’-])(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Aa]nother)[ \t]+(?:(?:odd|quick|standard|"
    r"formal|modified|extended|classic|classical|full|open|lap|laparoscopic|robotic|redo|re-do|"
    r"revision|reverse|steep|bilateral|left|right|left-sided|right-sided|big|small|simple|"
    r"difficult|tricky|long|short|emergency|elective|positive|negative|normal|proper|good|"
    r"new|repeat|low|high|mini|partial|total|pylorus-preserving)[ \t]+)?|[Rr]everse[ \t]+"
    # a verb of doing or scoring it: "Repeat Waterlow", "post Whipple's", "converted to Hartmann's"
    r"|(?i:repeat|repeated|calculate|calculated|check|checked|recheck|rechecked|complete|"
    r"completed|update|updated|perform|performed|post|post-op|after[ \t]+(?:a|an|the|his|her)|"
    r"converted[ \t]+to|listed[ \t]+for|booked[ \t]+for|consented[ \t]+for)[ \t]+)\Z")
#: put in a position: "in Trendelenburg", "tipped into Lloyd Davies"
_EPONYM_PUT_IN = re.compile(r"(?<![\w'’-])(?:in|into|to)[ \t]+(?:reverse[ \t]+|steep[ \t]+|"
                            r"head-down[ \t]+)?\Z")
_EPONYM_POSITIONS = frozenset(("Trendelenburg", "Lloyd Davies", "Lloyd-Davies", "Fowler",
                               "Sims", "Rose"))
#: what says the word is someone after all: a verb people do, "and I", a family
_EPONYM_PERSON_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:said|says|told|tells|asked|asks|rang|rings|phoned|called|emailed|"
    r"e-mailed|texted|messaged|replied|wrote|came|comes|arrived|left|wants|wanted|thinks|"
    r"thought|reckons|reckoned|agreed|laughed|smiled|shouted|joined|retired|is[ \t]+on|was[ \t]+on|"
    r"will[ \t]+(?:see|be|do|ring|call)|and[ \t]+I|and[ \t]+me|who|family|families|household|"
    r"brothers|sisters|twins|kids|children|boys|girls|lot|clan|wife|husband|partner|"
    r"son|daughter|mum|dad|team|firm|office|clinic|list|secretary)\b"
    # "Lichtenstein was my consultant", "Kocher, our registrar,": someone in a role
    r"|(?:[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been)[ \t]+|,[ \t]*)(?:my|our|his|her|their|the|a|"
    r"an)[ \t]+(?:[a-z-]+[ \t]+)?(?:consultant|registrar|reg|boss|supervisor|mentor|trainer|"
    r"trainee|colleague|friend|surgeon|anaesthetist|nurse|doctor|fellow|lead|manager|"
    r"secretary|director|chair|clinician|sister|matron|man|woman|guy|lady|chap)s?\b")


@functools.cache
def _eponyms() -> tuple[re.Pattern[str], frozenset[str]]:
    """The eponym lexicon as one case-sensitive trie regex (with "'s" or a plural "s"), and
    the entries used almost only as terms (marked "!": "Pfannenstiel", "Trendelenburg",
    "Mallampati"): a term wherever no title, first name or verb of a person says otherwise."""
    marked = load_term_list("eponyms.txt")
    terms = frozenset(t.lstrip("!") for t in marked)
    pattern = re.compile(r"(?<![\w'’-])(?P<e>" + trie_pattern(terms) + r")(?P<s>['’]s|s)?(?![\w'’-])")
    # marked "!" in the list, and still no given name, place or English word to the lists
    strong = frozenset(t[1:] for t in marked if t.startswith("!") and not any(
        _given(w) or _known_place(w) or is_english_word(w) for w in re.split(r"[ -]+", t[1:])))
    return pattern, strong


def _eponym_term_spans(text: str, named: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Clinical eponyms used as terms ("a Pfannenstiel", "in Trendelenburg", "a Weber B",
    "the Kocher incision", "Allis forceps"); not someone of that surname ("Mr Kocher said",
    "Anna Weber's clinic", "the Kochers came")."""
    pattern, strong = _eponyms()
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        entry, start, end = m.group("e"), m.start(), m.end("e")
        if named(start) or _EPONYM_PERSON_AFTER.match(text, m.end()):
            continue
        grade = _EPONYM_GRADE.match(text, m.end()) or _EPONYM_STATISTIC.match(text, m.end())
        term = _EPONYM_TERM.match(text, m.end()) is not None \
            or _EPONYM_FOUND.match(text, m.end()) is not None
        if m.group("s") == "s" and not term and entry not in strong:
            continue  # "the Kochers": a family, unless a term follows
        before = text[max(0, start - 40):start]
        frame = _EPONYM_ARTICLE.search(before)
        if entry in strong or term or grade is not None or frame is not None \
                or entry in _EPONYM_POSITIONS and _EPONYM_PUT_IN.search(before) is not None:
            if frame is not None and before[frame.start()].isupper():
                start -= len(before) - frame.start()  # "Repeat Waterlow.": the verb too
            out.append((start, grade.end() if grade is not None else end))
    return out


#: an abstract noun made with a suffix, capitalised at a sentence's start: "Perfectionism is
#: the doctor's disease", "Presenteeism is what wears you down" (no name ends so)
_ABSTRACT = re.compile(r"(?<![\w'’-])[A-Z][a-z]{3,}(?:ism|isms|ness|ments?|tions?|sions?|ity|"
                       r"ities|ology|ships?)(?![\w'’-])")
#: the suffixes of :data:`_ABSTRACT` no given name takes ("Trinity", "Clement", "Verity" end in
#: others), so an abstract noun capitalised mid-sentence too
_ABSTRACT_ANYWHERE = re.compile(r"(?:ship|ships|ism|isms|ology)\Z")
#: ordinary words listed with a speaker's filler between them, capitalised as a speaker's
#: list of things is: "Anger, yeah, Overwhelm is the big one", "Relief, um, Frustration"
#: (both words ordinary and neither a name nor a place; not after a title or a role:
#: "Sister, um, Baker"; not one word said again: "Kestrel, yeah, Kestrel is brilliant")
_LISTED_WORDS = re.compile(
    r"(?<![\w'’-])(?P<prev>[A-Z][a-z]+),[ \t]+(?:(?:yeah|yes|um|er|erm|uh|you[ \t]+know|"
    r"I[ \t]+mean|like|so|oh|well|and|or),?[ \t]+)+(?P<w>[A-Z][a-z]+)(?![\w'’-])")
_NOT_LISTED = frozenset("""
Sister Nurse Doctor Matron Mister Professor Dr Mr Mrs Ms Miss Sir Dame Lord Lady Uncle Auntie
Aunt Father Mother Brother Captain Reverend Councillor Dear Hi Hello Hey Thanks Well Yeah Yes
No So Oh Okay Right Sorry Anyway Honestly Actually Basically Obviously And But Then Now Like
Mum Mam Dad Nan Gran Grandma Grandad Grandpa Granny Baby Love Darling Mate Boss Chief
Innit Aye Nah Yep Yup Nope Ach Och Aw Ooh Mm Hmm Blimey Gosh Crikey Cheers Ta Bless
""".split())  # noqa: SIM905
#: a capitalised word right before the first of two listed words: that word ends a longer
#: proper noun ("Chard Hospital", "Brian House"), so the two are no speaker's list of words
_ENDS_A_PROPER_NOUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+\Z")
#: a word talked about as a word: "Prudence isn't a word anyone would use", "the word Grace"
_WORD_AS_WORD = re.compile(
    r"(?P<w>\b[A-Z][a-z]+)[ \t]+(?:isn['’]t|is[ \t]+not|wasn['’]t|was[ \t]+not|is|was)"
    r"[ \t]+(?:a|the|my|your|our|their|his|her)[ \t]+(?:[a-z]+[ \t]+)?word\b")
_THE_WORD = re.compile(r"\bword[ \t]+['‘\"“]?(?P<w>[A-Z][a-z]+)\b")
#: a national body by its acronym and nation: "RCGP Scotland", "BMA Cymru Wales", "RCN
#: Wales", "RCPsych in Wales" (the nation names the body's branch, not where anyone is)
_ACRONYM_NATION = re.compile(
    r"\b[A-Z][A-Za-z]{1,6}[A-Z](?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?:in[ \t]+)?(?:Scotland|Wales|"
    r"Cymru(?:[ \t]+Wales)?|England|Northern[ \t]+Ireland|NI|UK)\b")
#: a body for all of a nation: "the All Wales Medicines Strategy Group", "All-Ireland
#: Institute of Hospice and Palliative Care"
_ALL_NATION_BODY = re.compile(r"\bAll[ \t-](?:Wales|Ireland|Scotland|England|UK)(?:[ \t]+(?:of|for|and|"
                              r"&)?[ \t]*[A-Z][a-z]+){1,6}\b")
#: a nation's ambulance service: "the Welsh Ambulance Service", "Scottish Ambulance Service",
#: "the Northern Ireland Ambulance Service Health and Social Care Trust" (a regional one,
#: "North West Ambulance Service", "Yorkshire Ambulance Service", says where someone works:
#: the healthcare organisation recognizer's ``ambulance_service``)
_AMBULANCE_SERVICE = re.compile(
    r"(?<![\w'’-])(?:Welsh|Scottish|Northern[ \t]+Ireland|Irish|National|British|UK)[ \t]+"
    r"Ambulance[ \t]+Services?(?:[ \t]+(?:University[ \t]+)?(?:NHS[ \t]+)?(?:Foundation[ \t]+)?"
    r"(?:Health[ \t]+and[ \t]+Social[ \t]+Care[ \t]+)?Trust)?\b")
#: a body named for a nation's adjective: "the Scottish Trainee Doctors' Forum", "the Welsh
#: Ambulance Service", "the British Psychological Society" (made of ordinary words; not a
#: council, which is a place's: "Scottish Borders Council")
_NATION_ADJECTIVE_BODY = re.compile(
    r"\b(?:Scottish|Welsh|English|British|Irish|Northern[ \t]+Irish|UK|National)"
    r"(?P<words>(?:[ \t]+[A-Z][a-z]+['’]?){0,3})[ \t]+(?:Forum|Network|Society|Association|"
    r"Committee|Alliance|Federation|Union|Group|Service|Services|Collaborative|"
    r"Partnership|Academy|Faculty|Institute|Foundation|Agency|Commission|Programme)\b")
#: a weekday shortened the way rotas, tables and chat stamps write it ("Mon", "Tues", "Thu")
_DAY_SHORT = r"(?:" + shortened_alternation(WEEKDAY_TABLE, names=False) + r")\.?"
_DAY_ANY = r"(?:" + _DAY_SHORT + r"|(?:" + alternation(WEEKDAY_STEMS) + r")day)"
#: two or more days joined: "Mon-Wed", "Wed to Fri", "Mon/Thu"
_DAYS_JOINED = (_DAY_SHORT + r"(?:[ \t]*(?:-|–|/|&|\bto\b|\band\b)[ \t]*" + _DAY_ANY
                + r")+(?![\w'’-])")
#: a shortened weekday where a day stands, which no name-finder should take for someone: a
#: run of days ("Mon-Wed", "Wed to Fri", "Mon/Thu"), a day before its date or time ("Tue
#: 19:06", "Sat 12th", "Mon twenty-eight May"), a day after "on", "every", "next" ("cover
#: the base Sat", "every Weds"), a day alone in a table's cell ("| Tue |"); and the shortenings
#: that are no English word ("Mon", "Tue", "Thurs", "Fri") anywhere a name's next word (a
#: capitalised word: "Thu Trang" may be someone) does not follow
_DAY_RUN = re.compile(r"(?<![\w'’-])" + _DAYS_JOINED)
_DAY_PLACE = re.compile(r"(?<![\w'’-])(?P<w>" + _DAY_SHORT + r")(?![\w'’-]|\.\w)")
_DAY_BEFORE = re.compile(r"(?:\b(?:on|every|next|last|this|base|till|until)[ \t]+|[|\[(][ \t]*|\t)\Z")
#: after a weekday, a day of the month or a clock's hour: "Mon, the first", "Tue twenty-one",
#: "Sat 9am", "Fri eleven till two"
_DATE_OR_TIME_AFTER = re.compile(
    r",?[ \t]+(?:the[ \t]+)?(?:\d|(?:" + "|".join(
        [*ORDINAL_WORDS, *(w for w, n in TENS_WORDS.items() if n <= 30),
         *(w for w, n in UNIT_WORDS.items() if n), *(w for w, n in TEEN_WORDS.items() if n <= 12)])
    + r")\b)")
#: the days whose shortenings are English words ("wed", "sat", "sun")
_WORD_SHORTENED_DAYS = frozenset({"Wednesday", "Saturday", "Sunday"})
_NOT_A_WORD_DAY = re.compile(r"(?:" + shortened_alternation(
    [(day, short) for day, short in WEEKDAY_TABLE if day not in _WORD_SHORTENED_DAYS],
    names=False) + r")\.?")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")


#: a shortened weekday closing a name's span: "L. Okafor Mon," in a rota, "Riverside<tab>Mon-Wed"
#: in a table (not "Thu", "Sat", "Sun": a given name or a surname may end a name so)
_DAY_END = re.compile(r"[ \t]+(?:" + _DAYS_JOINED + r"|(?:Mon|Tues?|Weds?|Thurs|Fri)\.?)\Z")
#: what follows a weekday that closes a span: a pause, a cell's end or the line's end
_DAY_PAUSE_AFTER = re.compile(r"[ \t]*(?:[,.;|\t\n)]|\Z)")


def without_weekday_end(text: str, start: int, end: int) -> int:
    """``end`` less a shortened weekday that closes ``text[start:end]`` and is followed by a
    pause, a cell's end or the line's end ("Rota: L. Okafor Mon, P. Diaz Tue")."""
    found = _DAY_END.search(text, start, end)
    if found is None or found.start() == start or _DAY_PAUSE_AFTER.match(text, end) is None:
        return end
    return found.start()


def _weekday_spans(text: str, named: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Shortened weekdays where a day stands (see :data:`_DAY_RUN`)."""
    out = [m.span() for m in _DAY_RUN.finditer(text) if not named(m.start())]
    for m in _DAY_PLACE.finditer(text):
        start, end = m.span("w")
        if named(start):
            continue  # "Dr Sun", "Li Sun": someone
        if _DATE_OR_TIME_AFTER.match(text, end) is not None or (
                _CAPITAL_NEXT.match(text, end) is None
                and (_NOT_A_WORD_DAY.fullmatch(m.group("w")) is not None
                     or _DAY_BEFORE.search(text, max(0, start - 8), start) is not None)):
            out.append((start, end))
    return out


#: a number that is a score, not an age: "His Glasgow Coma Scale was eight", "an Apgar of
#: nine", "pain score was seven", "GCS 14"
_SCORE_NUMBER = re.compile(
    r"\b(?:[Ss]cale|[Ss]cores?|GCS|[Aa]pgars?|NEWS2?|MEWS|[Bb]and|[Gg]rade|[Ss]tage|[Ll]evel|"
    r"sats|[Ss]aturations?|[Rr]ating|[Ww]ells|CURB-?65|[Ee]pworth|PHQ-?9|GAD-?7)[ \t]+"
    r"(?:(?:was|is|were|of|at|came[ \t]+back[ \t]+as|had[ \t]+dropped[ \t]+to|dropped[ \t]+to|"
    r"went[ \t]+up[ \t]+to)[ \t]+)?(?:only[ \t]+|just[ \t]+|about[ \t]+|around[ \t]+)?"
    r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -][a-z]+)?|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen)\b")
_SMALL_NUMBER = (r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -][a-z]+)?|"
                 r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                 r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
#: a number said of a labelled category, not of a person: "Category 2 is eighteen", "Level 3
#: was only twelve", "Priority 1 at forty" (a count, a target or a time of that category)
_LABELLED_NUMBER = re.compile(
    r"\b(?:[Cc]ategory|[Cc]at|[Pp]riority|[Tt]ype|[Cc]lass|[Ss]tep|[Pp]hase|[Tt]arget|[Ll]evel|"
    r"[Gg]rade|[Bb]and|[Ss]tage|[Ss]tation|[Tt]ier|[Ss]et|[Gg]roup|[Ll]ist)[ \t]+(?:\d{1,2}|[A-Z]|one|"
    r"two|three|four|five)[ \t]+(?:is|was|were|are|at|of|had|has|gets?|got)[ \t]+(?:only[ \t]+|"
    r"just[ \t]+|about[ \t]+|around[ \t]+|under[ \t]+|over[ \t]+)?" + _SMALL_NUMBER + r"\b")
#: a medicine by what follows it, a dose or a form it comes in: "Espranor wafers", "Tranexamic
#: acid", "Fluoride varnish", "Syntocinon 10 units", "Epclusa tablets" (a capitalised word no
#: name list knows; a title or a first name before it makes it a person: "Dr Hale 5 mg")
_DOSED = re.compile(
    r"(?<![\w'’-])(?P<w>[A-Z][a-z]{3,}(?:-[A-Za-z]+)?)(?=[ \t]+(?:\d[\d.,]*[ \t]*(?:mg|mcg|micrograms?|"
    r"milligrams?|g|grams?|ml|mls|millilitres?|units?|ppm|mmol|mls?/hr)\b|(?:tablets?|capsules?|"
    r"wafers?|injections?|inhalers?|cream|ointment|gel|varnish|toothpaste|mouthwash|acid|"
    r"patch(?:es)?|spray|drops|pens?|syrup|suspension|solution|sachets?|suppositor(?:y|ies)|"
    r"nebs|nebulisers?|infusion|lozenges?|jabs?|vaccines?|implant|pessar(?:y|ies)|granules|"
    r"liquid|elixir|linctus|shampoo|lotion|emollient|dressings?)\b))")
#: a language said to be spoken, learnt or interpreted: "I speak some Wolof or Mandinka",
#: "first language Welsh", "a Dari interpreter" (a given name or a place a list knows is left
#: alone: "I spoke Ahmed through it", "translated into Leeds' own dialect" never drops a place)
_LANGUAGE_WORD = r"[A-Z][a-zà-öø-ÿ'’]+"
_LANGUAGE = re.compile(
    r"\b(?:speaks?|spoke|speaking|spoken|learn(?:s|ing|t|ed)?|fluent[ \t]+in|"
    r"(?:first|second|native|home|mother)[ \t]+(?:language|tongue)(?:[ \t]+is|[ \t]+was|,)?|"
    r"translated?[ \t]+(?:in)?to|interpret(?:s|ed|ing)?[ \t]+(?:into|from)|in[ \t]+(?:fluent|broken))"
    r"[ \t]+(?:(?:some|a[ \t]+bit[ \t]+of|a[ \t]+little|basic|fluent|broken|good|bad|only|mainly|"
    r"mostly|both|proper|pure)[ \t]+)?(?P<l>" + _LANGUAGE_WORD + r")(?:(?:,[ \t]*|[ \t]+(?:or|and)[ \t]+)"
    r"(?P<l2>" + _LANGUAGE_WORD + r"))?"
    r"|(?<![\w'’-])(?P<l3>" + _LANGUAGE_WORD + r")(?=[ \t]+(?:interpreters?|translators?|translation|"
    r"speakers?|-speaking)\b)")
#: a letter that labels a thing, not an initial: "Appendix C", "category B", "Plan A", "Hepatitis
#: C", "Team B" (and the ordinary word after its full stop: "category B. Healthcare is small")
_LABEL_LETTER = re.compile(
    r"\b(?:[Aa]ppendix|[Aa]nnex|[Tt]able|[Ff]igure|[Ss]chedule|[Pp]art|[Oo]ption|[Pp]lan|"
    r"[Cc]ategory|[Cc]at|[Tt]ype|[Cc]lass|[Gg]rade|[Bb]and|[Ss]tage|[Ll]evel|[Gg]roup|[Tt]eam|"
    r"[Ww]ard|[Bb]ay|[Ww]ing|[Bb]lock|[Zz]one|[Ff]loor|[Rr]oom|[Gg]ate|[Pp]latform|[Tt]erminal|"
    r"[Rr]oute|[Vv]itamin|[Hh]epatitis|[Ss]ection|[Ss]tation|[Pp]athway|[Ss]ide|[Ff]orm|[Mm]odel|"
    r"[Cc]ohort|[Aa]rm|[Ss]ite|[Uu]nit|[Pp]hase|[Ss]cenario|[Cc]ase|[Pp]atient|[Ss]ubject|"
    r"[Ll]ist)[ \t]+(?P<l>[A-Z])(?:\.(?P<tail>[ \t]+(?P<w>[A-Z][a-z]+)))?"
    r"(?![\w'’-])")
#: a short phrase in quotation marks: "Nanga def?", "Iechyd da", "Mwy na geiriau"
_QUOTED = re.compile(r"[\"“](?P<q>[A-Z][\w'’-]*(?:,?[ \t]+[\w'’-]+){1,5})[?!.,]?[\"”]")
#: one word of another language in quotation marks, glossed: '"Sabr", patience', '"Rahmat" is
#: thank you', '"Akwaaba" means welcome'
_GLOSSED = re.compile(r"[\"“](?P<w>[A-Z][a-zà-öø-ÿ'’]+)[,.]?[\"”](?=,?[ \t]+(?:is(?![ \t]+(?:my|his|her|"
                      r"their|our|your|a|an|the|short|what|who|how|he|she|here|there|not)\b)|means|meaning|that['’]s|"
                      r"that[ \t]+is|it[ \t]+means|which[ \t]+means|or[ \t]+in[ \t]+English)\b|,[ \t]+"
                      # not a name called out: '"Kojo", she shouted'
                      r"(?!(?:he|she|they|i|we|you|my|his|her|their|our|said|says|shouted|called|"
                      r"asked|cried|yelled|whispered)\b)[a-z])")


def _foreign_phrase(phrase: str) -> bool:
    """Whether a quoted phrase is said in another language: its words after the first are lower
    case and at least half of them (one at least) are no English word, and its first word is no
    name or place a list knows ("Maa ngi fi rekk", not "Kwabena come here", "Ade o")."""
    words = re.findall(r"[\w'’-]+", phrase)
    rest = words[1:]
    if any(not w.islower() for w in rest):
        return False
    foreign = sum(not is_english_word(w) for w in rest)
    return (foreign >= 1 and 2 * foreign >= len(rest) and not _known_name(words[0])
            and not _known_place(words[0]))


#: a nation in brackets in the title of a law: "the Mental Health (Wales) Measure", "the Adults
#: with Incapacity (Scotland) Act"
_NATION_IN_LAW = re.compile(r"\((?:Wales|Scotland|Northern[ \t]+Ireland|England|England[ \t]+and[ \t]+"
                            r"Wales|UK)\)(?=[ \t]+(?:Act|Measure|Regulations|Order|Bill|Rules|Code)\b)")
#: a company by its style ("Transcription Services Ltd", "Acme Typing Limited"): made of
#: ordinary words, the name of a business, not of a person
_COMPANY = re.compile(r"(?<![\w'’-])(?P<words>(?:[A-Z][a-z]+[ \t]+){1,3})(?:Ltd|Limited|plc|PLC|"
                      r"LLP|Inc)\b\.?")
#: an adjective made from a name: "Kafkaesque", "a Dickensian ward", "so Orwellian"
#: (-esque always; -ian/-ean when no name list knows the word and a word before it makes it
#: an adjective, an article or a degree word; a surname such as "Sarkissian" stays a name
#: elsewhere; the common ones are listed in data/ordinary_proper_words.txt)
#: a number word, which a hyphened suffix makes an age or a count given roughly ("Sixty-ish")
_NUMBER_WORD = re.compile(r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                          r"hundred|thousand)")
#: a word made an adjective by a suffix after a hyphen: "a Balint-ish group", "a Marburg-style
#: scare", "a Tardis-like cupboard" (the name inside stays a name when a list knows it as one)
_HYPHEN_ADJECTIVE = re.compile(r"(?<![\w'’-])(?P<base>[A-Z][a-z]{2,})-(?:ish|esque|style|like|type)"
                               r"(?![\w'’-])")
_NAME_ADJECTIVE = re.compile(
    r"(?<![\w'’-])(?P<w>[A-Z][a-z]{2,}esque)(?![\w'’-])"
    r"|\b(?:a|an|very|so|quite|bit|more|most|really|totally|utterly|almost|slightly|"
    r"positively|felt|feels|seemed|seems|sounds|looked|looks)[ \t]+(?P<adj>[A-Z][a-zà-öø-ÿ]{2,}"
    r"(?:ian|ean))(?![\w'’-])")


#: what a speaker puts inside a phrase without changing it: a word said twice ("Box and, and
#: Cox", "rob Peter to pay, pay Paul") or a filler ("a Jack, um, of all trades")
_DISFLUENCY = re.compile(r"(?<![\w'’-])(?P<w>[\w'’]++)(?=,?[ \t])"
                         r"(?P<again>(?:,?[ \t]+(?P=w)(?![\w'’-]))+)"
                         r"|(?P<filler>,?[ \t]+(?:um|er|erm|uh|you[ \t]+know|i[ \t]+mean|like),?)"
                         r"(?=[ \t])")


@functools.lru_cache(maxsize=4)
def _fluent(text: str) -> tuple[str, list[int]] | None:
    """``text`` (lower-cased) without its repeated words and fillers, and for each of its
    characters the offset it came from (one past the end included); None when there is
    nothing to drop. The last few are kept: the phrase indexes ask about the same text."""
    pieces: list[str] = []
    origin: list[int] = []
    cursor = 0
    for m in _DISFLUENCY.finditer(text):
        drop = m.span("again") if m.group("again") else m.span("filler")
        pieces.append(text[cursor:drop[0]])
        origin.extend(range(cursor, drop[0]))
        cursor = drop[1]
    if not pieces:
        return None
    pieces.append(text[cursor:])
    origin.extend(range(cursor, len(text) + 1))
    return "".join(pieces), origin


def _with_disfluent(text: str, find: Callable[[str], list[tuple[int, int]]]
                    ) -> list[tuple[int, int]]:
    """``find``'s spans in ``text`` said fluently, mapped back to ``text``: a phrase with a
    word said twice or a filler inside is still the phrase (no phrase holds a filler or a
    word twice, so the fluent text has every phrase the text has)."""
    fluent = _fluent(text)
    if fluent is None:
        return find(text)
    short, origin = fluent
    return [(origin[s], origin[e - 1] + 1) for s, e in find(short)]


class PhraseIndex:
    """Literal phrases found case-insensitively as whole words, one regex for all of them
    (also when said with a word twice or a filler inside: "Box and, and Cox")."""

    def __init__(self, phrases: Iterable[str]) -> None:
        alts = sorted({" ".join(p.split()) for p in phrases if p.strip()}, key=len, reverse=True)
        body = "|".join(r"[ \t]+".join(re.escape(w).replace("'", "['’]") for w in p.split())
                        for p in alts)
        self._pattern = (re.compile(r"(?<![\w'’-])(?:" + body + r")(?![\w-])", re.IGNORECASE)
                         if body else None)

    def spans(self, text: str) -> list[tuple[int, int]]:
        pattern = self._pattern
        if pattern is None:
            return []
        lower = text.lower().replace("’", "'").replace("\t", " ")
        if len(lower) != len(text):  # a letter whose lower case is longer: offsets would drift
            return [m.span() for m in pattern.finditer(text)]
        return _with_disfluent(lower, lambda t: [m.span() for m in pattern.finditer(t)])


def _first_names() -> frozenset[str]:
    return load_term_list("first_names.txt")


def _named_before(text: str, start: int) -> bool:
    """Whether a title or a first name stands right before ``start``: "Dr Rennie", "Jo
    Calpol" (someone, not the word or the theory named after them)."""
    before = _BEFORE.search(text, max(0, start - 20), start)
    return before is not None and bool(before.group("title")
                                       or before.group("word") in _first_names())


#: a short capitalised word right before a word, bounded on its left ("Jo ", not the "Ps " of
#: "GPs ")
_SHORT_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][a-z]{1,3})[ \t]+\Z")


def _short_name_before(text: str, start: int) -> bool:
    """Whether a word of two to four letters that no dictionary or list explains stands right
    before ``start``: a given name's short form the name lists lack ("Jo", "Viv"), so a
    nation after it is a surname ("Kind regards, Jo Wales"); a body named for a nation has a
    longer or ordinary word there ("Genomics England", "Natural England", "Sport Wales")."""
    before = _SHORT_WORD_BEFORE.search(text, max(0, start - 8), start)
    return before is not None and not is_english_word(before.group("word")) \
        and not _known_place(before.group("word"))


def _spelled_out(m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the words whose capitals spell ``m``'s acronym, in order; None if they
    do not."""
    letters = m.group("acr")
    i = 0
    end = m.start("words")
    for token in _TOKEN.finditer(m.string, m.start("words"), m.end("words")):
        word = token.group()
        if not word[0].isupper():
            continue  # "Way forward", "Know-how and"
        if word[0] != letters[i]:
            return None
        i += 1
        end = token.end()
        if i == len(letters):
            return m.start("words"), end
    return None


def _given(name: str) -> bool:
    """Whether ``name`` is a given name in any shipped list ("Sarah", "Tom", "Piotr")."""
    return any(fold(name) in load_term_list(f) for f in (
        "first_names.txt", "word_names.txt", "given_names.txt", "given_word_names.txt"))


class _LowerPhraseIndex:
    """Many literal phrases found case-insensitively as whole words, by one trie regex over
    the lower-cased text (a few hundred phrases: several times faster than an alternation
    with IGNORECASE); single spaces and either apostrophe between words."""

    def __init__(self, phrases: Iterable[str]) -> None:
        terms = {" ".join(p.split()).lower().replace("’", "'") for p in phrases if p.strip()}
        self._pattern = re.compile(r"(?<![\w'-])(?:" + trie_pattern(terms) + r")(?![\w-])")
        self._slow = PhraseIndex(terms)

    def spans(self, text: str) -> list[tuple[int, int]]:
        lower = text.lower().replace("’", "'").replace("\t", " ")
        if len(lower) != len(text):  # a letter whose lower case is longer: offsets would drift
            return self._slow.spans(text)
        return _with_disfluent(lower, lambda t: [m.span() for m in self._pattern.finditer(t)])


@functools.cache
def ordinary_proper_words() -> _LowerPhraseIndex:
    """Capitalised ordinary language (``data/ordinary_proper_words.txt``): festivals and named
    days, medicines' brands, apps and products, shops, publications, nationalities and
    languages, adjectives made from names, idioms with places."""
    return _LowerPhraseIndex(load_term_list("ordinary_proper_words.txt"))


def _known_name(word: str) -> bool:
    """Whether a name list knows ``word`` as a given name or surname."""
    key = fold(word)
    return _given(word) or key in load_term_list("surnames.txt")


def _known_place(word: str) -> bool:
    """Whether a place list knows ``word`` ("Inverness", "Skegness": places, not -ness nouns)."""
    return any(word in load_term_list(f) for f in ("uk_places.txt", "uk_areas.txt",
                                                    "world_places.txt"))


def _sentence_first(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence or a turn (only spaces and a mark before it)."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n\"“"


#: "she" or "he" taking up the word before as someone, after a comma (and a speaker's
#: filler) or a dash: "Kiwi, aye, she's a canny lass", "the ward clerk -- Kiwi -- she ran it"
_TAKEN_UP_AFTER = re.compile(
    r"(?:,[ \t]+(?:(?:aye|yeah|yes|um|er|erm|oh|well|bless[ \t]+(?:her|him)),?[ \t]+)*"
    r"|[ \t]+[-–—]{1,2}[ \t]+)(?:she|he)\b(?![ \t]+(?:said|says|goes|went|asked|asks|thinks|"
    r"thought|reckons|reckoned)[ \t]*[,;:—–-])")
#: a dash right before: the word is set between dashes ("the ward clerk -- Kiwi -- she")
_DASH_BEFORE = re.compile(r"[ \t][-–—]{1,2}[ \t]+\Z")


def taken_up_as_someone(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is taken up by "she" or "he" right after it: someone
    with a brand's or a thing's name ("Kiwi, aye, she's a canny lass"), not the thing ("Epic,
    it went down"). The caller asks it of one word opening a sentence or set between dashes
    only: "in the Royal Navy, he was on the convoys", "obsessed with Celtic, he has the kit"
    are the navy's and the club's names; "Patience, he said, is..." is a speech tag."""
    return _TAKEN_UP_AFTER.match(text, end) is not None


def vocabulary_spans(text: str, phrases: PhraseIndex | None = None, *,
                     named_by_job: Callable[[str, int, int], bool] | None = None,
                     ) -> list[tuple[int, int]]:
    """Spans of ``text`` that are ordinary language: policy phrases, "<Name>'s <model noun>"
    constructions and royal colleges, faculties and academies. ``named_by_job(text, start,
    end)`` says a capitalised word is someone named by a job after it ("Gladness the cleaner
    taught me", :func:`vault.anonymise.person_contexts.named_by_job`): then it is not taken for
    an abstract noun. (Passed in by the callers: that module imports this one's importers.)"""
    out = phrases.spans(text) if phrases is not None else []
    first = _first_names()

    def named(start: int) -> bool:  # "Dr Rennie", "Jo Calpol": a title or first name before
        return _named_before(text, start)

    out.extend(span for span in ordinary_proper_words().spans(text)
               if not named(span[0]) and not (
                   " " not in text[span[0]:span[1]] and taken_up_as_someone(text, span[1])
                   and (_sentence_first(text, span[0])
                        or _DASH_BEFORE.search(text, max(0, span[0] - 4), span[0]) is not None)))
    for m in _CAPITAL_WORD.finditer(text):  # medicines and clinical words, by their endings
        word = m.group()
        if (_medicine_word(word) or _clinical_word(word) and not _known_place(word)) \
                and not _known_name(word) and not named(m.start()):
            out.append(m.span())
    if "Co-" in text:
        out.extend(m.span() for m in _CO_NAME.finditer(text) if not named(m.start()))
    out.extend(m.span("w") for m in _ATTRIBUTIVE.finditer(text))
    out.extend(m.span("w") for m in _CAR.finditer(text)
               if _CAR_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
               and not named(m.start("w")))
    out.extend(m.span("w") for m in _NAMED_HONOUR.finditer(text)
               if not named(m.start("w")) and not any(
                   _known_place(w) for w in [m.group("names"), *m.group("names").split()]))
    for m in _TEAM.finditer(text):  # named for a place, not "Poor Thistle" (a person)
        if any(not is_english_word(w) and not _given(w) for w in m.group().split()[:2]):
            out.append(m.span())
    if _DAY_PLACE.search(text) is not None:
        out.extend(_weekday_spans(text, named))
    out.extend(m.span() for m in _SCORE_NUMBER.finditer(text))
    out.extend(m.span() for m in _LABELLED_NUMBER.finditer(text))
    out.extend(m.span("w") for m in _DOSED.finditer(text)
               if not _known_name(m.group("w")) and not named(m.start()))
    for m in _LANGUAGE.finditer(text):
        for group in ("l", "l2", "l3"):
            word = m.group(group)
            if word is not None and not _given(word) and not _known_place(word) and not (
                    group == "l3" and _known_name(word)):
                out.append(m.span(group))
    for m in _LABEL_LETTER.finditer(text):
        word = m.group("w")
        tail_is_ordinary = word is not None and is_english_word(word) and not _known_name(word)
        out.append((m.start(), m.end("tail") if tail_is_ordinary else m.end("l") + (
            text[m.end("l"):m.end("l") + 1] == ".")))
    if '"' in text or "“" in text:
        out.extend(m.span("q") for m in _QUOTED.finditer(text) if _foreign_phrase(m.group("q")))
        out.extend(m.span("w") for m in _GLOSSED.finditer(text)
                   if not is_english_word(m.group("w")) and not _known_name(m.group("w"))
                   and not _known_place(m.group("w")))
    if "(" in text:
        out.extend(m.span() for m in _NATION_IN_LAW.finditer(text))
    out.extend(m.span() for m in _NATION_FIRST_BODY.finditer(text))
    out.extend(m.span() for m in _NATION_ALONE.finditer(text)
               if not named(m.start()) and not _short_name_before(text, m.start())
               and _ATTENDANCE_ITEM_BEFORE.search(text, max(0, m.start() - 200),
                                                  m.start()) is None)
    for m in _NATION_BODY.finditer(text):
        words = [w for w in re.split(r"[ \t,]+", m.group("words")) if w[0].isupper()]
        if all(is_english_word(w) and w.lower() not in _NOT_BODY_WORDS
               and not w.endswith("ly") and not _given(w) for w in words) \
                and not (len(words) == 1 and _sentence_first(text, m.start())):
            out.append(m.span())
    if "'" in text or "’" in text or " and " in text:
        out.extend(_taught_theory_spans(text))
    out.extend(m.span("n") for m in _THEORY_USE.finditer(text)
               if not any(_given(n) for n in re.split(r"[ \t]+(?:and|&)[ \t]+", m.group("n")))
               and not named(m.start("n")))
    for m in _KIT_NOUN.finditer(text):
        found = _KIT_NAMES_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if found is None:
            continue
        names = found.group("names").split()
        start = found.start("names")
        if len(names) == 2 and is_english_word(names[0]) and not _known_name(names[0]):
            start = found.start("names") + found.group("names").index(names[1], len(names[0]))
            names = names[1:]  # "Tell Sarah line them up": a verb, then someone
        if len(names) == 1 and _given(names[0]) or named(start):
            continue  # "Sarah line", "Dr Hale bag": someone
        out.append((start, found.end("names")))
    for m in _EPONYM_FINDING.finditer(text):
        found = _EPONYM_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if found is not None and not _given(found.group()) and not named(found.start()) and (
                not _known_name(found.group())
                or _EXAMINATION.search(text, max(0, found.start() - 80), found.start())):
            out.append(found.span())  # a surname ("Patel's negative about it") needs an exam
    for m in _EPONYM_CHAIN.finditer(text):
        head = _EPONYM_BEFORE.search(text, max(0, m.start() - 30), m.start())
        pairs = [(m.group("m"), m.start("m"))]
        if head is not None:
            pairs.append((head.group(), head.start()))
        for word, at in pairs:
            if not _given(word) and not named(at):
                out.append((at, at + len(word)))
    out.extend(_eponym_term_spans(text, named))
    for m in _EPONYM_LAST.finditer(text):
        kind = _KIND_BEFORE.search(text, max(0, m.start() - 50), m.start())
        if kind is not None and not _given(kind.group("k")):
            out.append(kind.span("k"))
    out.extend(m.span() for m in _ABSTRACT.finditer(text)
               if not _known_name(m.group()) and not _known_place(m.group())
               and (_sentence_first(text, m.start()) or _ABSTRACT_ANYWHERE.search(m.group())
                    and not named(m.start()))
               and not (named_by_job is not None and " the " in text[m.end():m.end() + 5]
                        and named_by_job(text, m.start(), m.end())))
    if "word" in text:
        out.extend(m.span("w") for m in _WORD_AS_WORD.finditer(text))
        out.extend(m.span("w") for m in _THE_WORD.finditer(text))
    out.extend(m.span() for m in _ACRONYM_NATION.finditer(text)
               if all(is_english_word(w) for w in re.findall(r"[A-Z][a-z]+", m.group())
                      if w not in ("Scotland", "Wales", "Cymru", "England", "Northern",
                                   "Ireland")))
    out.extend(m.span() for m in _AMBULANCE_SERVICE.finditer(text))
    out.extend(m.span() for m in _ALL_NATION_BODY.finditer(text))
    for m in _NATION_ADJECTIVE_BODY.finditer(text):
        words = [w.rstrip("'’") for w in m.group("words").split()]
        if all(is_english_word(w) and not _known_place(w) for w in words):
            out.append(m.span())
    for m in _LISTED_WORDS.finditer(text):
        if _ENDS_A_PROPER_NOUN.search(text, max(0, m.start() - 30), m.start()) is not None:
            continue  # "at Chard Hospital, and Hollow always paid": no list of words
        if m.group("prev") not in _NOT_LISTED and m.group("prev") != m.group("w") and all(
                is_english_word(w) and not _known_name(w) and not _known_place(w)
                and fold(w) not in load_term_list("name_words.txt")
                for w in (m.group("prev"), m.group("w"))):
            out.append(m.span("w"))
    out.extend(m.span() for m in _COMPANY.finditer(text)
               if all(is_english_word(w) for w in m.group("words").split()))
    if "-" in text:
        out.extend(m.span() for m in _HYPHEN_ADJECTIVE.finditer(text)
                   if not _known_name(m.group("base"))
                   and not _NUMBER_WORD.fullmatch(m.group("base")))
    for m in _NAME_ADJECTIVE.finditer(text):
        if m.group("w"):
            out.append(m.span("w"))
        elif not _known_name(m.group("adj")):
            out.append(m.span("adj"))
    for m in _CONSTRUCTION.finditer(text):
        names = m.group("names")
        between = text[m.end("names"):m.start("noun")]
        concept = _NAMED_CONCEPTS.get(m.group("noun"))
        modifiers = set(re.findall(r"[\w-]+", between.lower())) - {"s"}
        if not re.match(r"['’]", between) and modifiers & STOP_WORDS:
            continue  # "Quest still in touch": a sentence going on, not "Kolb learning cycle"
        if concept is not None and not (modifiers <= concept
                                        and re.search(r"[a-z]{3}", between)) \
                and not modifiers & _MODEL_NOUN_SET:  # "Wenger's communities of practice"
            continue  # "Adair's action-centred leadership", not "Patel's leadership"
        eponym = m.group("noun") in EPONYM_NOUNS
        parts = re.split(r"[ \t]+and[ \t]+|[ \t]*&[ \t]*", names)
        # a first name that is a surname too is the theorist's when the other of a pair is
        # no first name ("Ryan and Deci's self-determination theory")
        eponym |= len(parts) > 1 and any(n not in first for n in parts)
        if any(n in first and not (eponym and fold(n) in load_term_list("surnames.txt"))
               for n in parts):
            continue  # "Sarah's model", "Sarah's disease": a person's; not "Wilson's disease"
        if _named_before(text, m.start()):
            continue  # "Dr Proctor's model", "Jane Proctor's framework"
        out.append(m.span("names"))
        out.append(m.span())  # and what they name: "PERMA" in "Seligman's PERMA model"
    out.extend(m.span() for m in _ROYAL_COLLEGE.finditer(text))
    out.extend(m.span() for m in _NATIONAL_BODY.finditer(text))
    if any(word in text for word in _REGULATOR_BODY_WORDS):
        # (not a UK region whose name has a nationality's ending: "Grampian Health Board",
        # "Lothian Health Board" are health boards, where someone works; "the Sudan Medical
        # Council" is still a country's regulator)
        out.extend(m.span() for m in _regulator_pattern().finditer(text)
                   if m.group().split()[0] not in load_term_list("uk_areas.txt"))
    out.extend(m.span() for m in _PERSONIFIED.finditer(text))
    out.extend(span for span in map(_spelled_out, _ACRONYM.finditer(text)) if span is not None)
    out.extend(m.span("n" if m.group("n") else "m") for m in _CHARACTER.finditer(text))
    for m in _TAUGHT_PAIR.finditer(text):
        group = next(g for g in ("pair", "pair2", "pair3", "one") if m.group(g))
        names = re.split(r"[ \t]+(?:and|&)[ \t]+", m.group(group))
        if not all(_given(n) for n in names):  # "we did Sarah and Tom": people
            out.append(m.span(group))
    return out
