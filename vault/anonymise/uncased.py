"""Names, hospitals and places in UNCASED text: transcripts exported from automatic captions
or speech recognition and only half corrected (all lower case, or case only at random, little
punctuation, a platform's cue times and speaker labels before turns).

Every other name finder reads the capital of a name; here there is none. So, first, decide
where text is uncased (:func:`uncased_spans`): lines whose evidence, with their neighbours',
says that English capitals are missing (the pronoun "i" in lower case, turns and sentences
opening in lower case) and not present (a capital "I", capitalised sentence openings). Only in
such stretches, the name, place and hospital lists are looked up case-insensitively, with the
same caution the cased rules use for words that are also English words:

* a title and the surname after it ("dr okafor", "mrs baker", "prof nwosu");
* an initial and a listed surname ("j okafor");
* a listed first name that is no English word ("chidi"), with a surname after it
  ("chidi okafor") or before it with a comma ("okafor, chidi");
* a first name that is a word ("grace", "will") only before a listed surname ("grace okafor");
* hospitals of the shipped list and "<name> hospital/infirmary/hospice" where a word of the
  name is a name or a place ("st mary's hospital", "royal victoria infirmary");
* towns and places of the shipped lists that are no English words ("wolverhampton",
  "milton keynes"; not "march", "reading", "bath", "street", "deal", "wells").

Also, in any text, a surname in capitals before a comma and a first name, as on a wristband or
a list ("OKAFOR, Chidi").

The register is no part of this: a participant's code is given only by the register rules,
which match lower-case text only for full names and exact aliases.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from vault.anonymise.capitals import KNOWN_ACRONYMS
from vault.anonymise.hospitals import _forms as _hospital_forms
from vault.anonymise.hospitals import uncased_score as _hospital_score
from vault.anonymise.person_contexts import named_by_job
from vault.anonymise.recognizers import (
    _ROLES,
    NEVER_NAMES,
    UK_PLACES,
    RuleRecognizer,
    credited,
    gazetteer_places,
    is_first_name,
    is_surname,
    known_place,
    saint_spellings,
    uk_areas,
    uk_word_places,
)
from vault.anonymise.speaker_labels import LINE_TIMESTAMP
from vault.anonymise.vocabulary import vocabulary_spans
from vault.anonymise.wordlists import (
    JOINED_NAME_PARTICLES,
    KIN_TITLES,
    KIN_WORDS,
    NAME_PARTICLES,
    is_english_word,
    name_words,
    rare_word_names,
    word_names,
    word_surnames,
    words_pattern,
    world_places,
)

__all__ = ["UncasedNameRecognizer", "uncased_spans"]

#: a word of any Latin script, with inner apostrophes or hyphens ("o'neill", "st mary's")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: the pronoun I and its contractions
_PRONOUN_I = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"})
#: what opens a line before its words: cue times, arrows, a short speaker label with a colon
_LINE_HEAD = re.compile(r"[ \t]*(?:" + LINE_TIMESTAMP + r"[ \t]*"
                        r"(?:-->[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[ \t]*)?)*"
                        r"(?:[^:\n]{1,30}:[ \t]+)?")
#: a transcriber's mark ("[crosstalk]", "(laughs)")
_MARK = re.compile(r"\[[^\]\n]*\]|\([^)\n]*\)")
#: a quotation on one line: "…", “…”
_QUOTED = re.compile(r"\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”")
#: fillers and backchannels that cased transcripts also write in lower case
_FILLERS = frozenset(["um", "umm", "er", "erm", "uh", "uhm", "mm", "mmm", "hmm", "mhm", "uh-huh", "ah", "eh", "oh"])
_NUMBER_WORDS = frozenset(w.lower() for w in NEVER_NAMES) | {"nought", "double", "treble"}
_SENTENCE_END = re.compile(r"[.?!][ \t]+(?=[^\W\d_])")
#: lines looked at either side of a line when deciding its case
_WINDOW = 2

#: titles and roles said before a surname; those that are also ordinary words ("doctor",
#: "miss", "sister", "nurse") take only a word no dictionary has after them
_TITLES_ANY = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof"})
_TITLES_NAME_ONLY = frozenset({"doctor", "professor", "miss", "sister", "nurse", "matron",
                               "sir", "dame", "councillor", "cllr", "reverend", "rev"})
#: a letter before a word that makes it no initial ("vitamin d", "plan b", "hep c", "e coli")
_LETTER_CONTEXT = re.compile(r"(?i)\b(?:vitamin|plan|type|grade|hep|hepatitis|strep|group|"
                             r"class|band|level|step|option|section|part|block|bay|ward|"
                             r"bed|room|wing|floor|zone|row|letter|the|a|an)[ \t]+\Z")
#: vernacular words and particles of Englishes worldwide, and caption fillers, that some
#: national name lists also hold as given names or surnames: never a name without a capital
_VERNACULAR = frozenset("""
sha lah lor leh meh mah hor nae sae una abi oga una ehn ehen shey sef abeg wahala haba chale
ei mehn wagwan bruv fam blud nuff yuh deh seh mek nyam pickney dem fi di wid ting innit oot
hame youse yinz naw aye och ach wee ken hen pet lass lad mam mum nan gran ya yah yeh ye yer
mmm mm hmm uh um er erm ah eh oh ooh aww ok okay yep yup nah nope hiya ta tara ey ay oi
""".split())  # noqa: SIM905
#: words of the calendar and of the UK's nations that lists hold as names or places: festivals
#: ("ramadan", "diwali"), and "scotland", "wales" (no more identifying than "england")
_NOT_NAMES = frozenset("""
ramadan eid diwali hanukkah chanukah vaisakhi baisakhi navratri passover holi pesach purim
england scotland wales britain ireland uk gb uni esa pip
pashto dari tigrinya amharic urdu punjabi gujarati bengali sylheti tagalog yoruba igbo hausa
twi swahili somali tamil telugu malayalam hindi farsi kurdish sorani arabic hokkien cantonese
mandarin wolof lingala shona ndebele zulu xhosa tongan samoan maori māori
""".split())  # noqa: SIM905
#: a name's possessive that names a disease, a sign or a model, not the person: "addison's",
#: "crohn's", "kegan's orders of mind", "maslow's hierarchy", "bell's palsy"
_EPONYM = re.compile(
    r"(?i)(?:(?:addison|crohn|parkinson|alzheimer|huntington|cushing|hodgkin|raynaud|asperger|"
    r"tourette|meniere|sjogren|kawasaki|hashimoto|wernicke|korsakoff|kaposi|graves|down|"
    r"paget|bell|still|wilson|conn|marfan|ehlers)['’]s?(?![\w'’-])|[^\W\d_]+(?:['’]s?)?"
    r"(?:,[ \t]+[^\W\d_]+)?[ \t]+(?:reflective[ \t]+)?"
    r"(?:disease|syndrome|palsy|sign|test|scale|model|theory|cycle|hierarchy|orders?|ladder|"
    r"window|rounds|protocol|group|score|grade|classification|"
    r"triangle|framework|stages?|law|principle|criteria|rule|flow|approach|method|pyramid|"
    r"taxonomy|curve|reflex|phenomenon|sarcoma|lymphoma|ulcer|cyst|fracture)\b)")
#: roles said before a name that are no part of it (as the engine strips "Sister", "Nurse")
_ROLE_WORDS = frozenset(["sister", "nurse", "matron", "councillor", "cllr", "reverend", "rev"])
#: a contraction's tail ("i'm", "she'll", "we've", "don't"): no name
_CONTRACTION = re.compile(r"['’](?:m|ll|ve|d|re|t)\Z")
#: verbs said of a doctor that some name lists hold as names ("dr said", "dr says")
_REPORTING = frozenset("""
said says say told tells asked asks wants wanted thought thinks came comes went goes gave gives
rang rings saw sees reckons reckoned felt feels knew knows looked looks called calls
""".split())  # noqa: SIM905
#: the particles a surname opens with after a first name in lower case ("bin jaddan", "ó
#: briain", "van der merwe"): the shared list (:data:`~vault.anonymise.wordlists.NAME_PARTICLES`)
#: less the words, letters and abbreviations a lower-case transcript means otherwise ("do",
#: "les", "st", "d", "ab", "ni", "ul") and the rarer forms not read here ("binti", "zu", "mc",
#: "ua", "uí", "mhic")
_NAME_PARTICLES = NAME_PARTICLES - frozenset("""
do les st d ab ni ul binti zu mc ua uí mhic
""".split())  # noqa: SIM905
#: the particles of surnames said after a title ("van der berg", "de souza", "al hashimi"):
#: those after a first name less the patronymics and the Gaelic "o", "ó", "ní", "nic" (after
#: a title "ben", "o" are a first name or an initial: "dr ben", "mrs o")
_PARTICLES = _NAME_PARTICLES - frozenset("""
ibn bint abu ben o ó ní nic
""".split())  # noqa: SIM905
_HOSPITAL_TAILS = frozenset({"hospital", "hospitals", "infirmary", "hospice"})
#: words of a hospital's name that do not identify it on their own
_GENERIC_HOSPITAL_WORDS = frozenset("""
the a an our my your their his her this that local general district community university
teaching children's childrens women's womens maternity mental private public big small new
old main royal county city regional eye dental cottage military field psychiatric st saint
""".split())  # noqa: SIM905


def _evidence(line: str) -> tuple[int, int]:
    """(uncased, cased) evidence of one line: the pronoun I, and capitals where a turn or a
    sentence opens."""
    head = _LINE_HEAD.match(line)
    body_start = head.end() if head is not None else 0
    uncased = cased = 0
    first = True
    opens = {m.end() for m in _SENTENCE_END.finditer(line, body_start)}
    marks = [(k.start(), k.end()) for k in _MARK.finditer(line, body_start)]
    for m in _WORD.finditer(line, body_start):
        word = m.group()
        low = word.lower()
        if low in _FILLERS or low in _NUMBER_WORDS or any(s <= m.start() < e for s, e in marks):
            first = False  # "um, yeah": the word after a filler opens nothing
            continue  # "[crosstalk]", "um", "four oh seven": cased writers write them so too
        if low in _PRONOUN_I:
            if word[0] == "i":
                uncased += 2
            else:
                cased += 2
        elif first or m.start() in opens:
            # a turn opening in lower case is strong evidence (no writer does it); a
            # sentence's, weaker ("e.g. this")
            weight = 2 if first else 1
            if word[0].islower():
                uncased += weight
            elif word[0].isupper():
                cased += weight
        first = False
    return uncased, cased


def uncased_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` written without English capitals: a line's
    evidence summed with its neighbours' (two either side) shows lower case where capitals
    belong, at least twice as much as capitals where they belong."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    scores = [_evidence(text[s:e]) for s, e in lines]
    out: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(lines):
        if not scores[i][0] and not text[s:e].strip():
            continue
        lo, hi = max(0, i - _WINDOW), min(len(lines), i + _WINDOW + 1)
        uncased = sum(u for u, _ in scores[lo:hi])
        cased = sum(c for _, c in scores[lo:hi])
        if uncased >= 2 and uncased >= 2 * cased:
            if out and not text[out[-1][1]:s].strip():
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
    return out


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


@functools.lru_cache(maxsize=65536)
def _ordinary(word: str) -> bool:
    """A word that names no one without a capital: a stop word, an English word, a number
    word, a vernacular particle, or shorter than three letters."""
    low = word.lower()
    return len(low) < 3 or low in STOP_WORDS or _CONTRACTION.search(low) is not None \
        or low in _NOT_NAMES or low in _VERNACULAR or is_english_word(low) \
        or _cap(low) in NEVER_NAMES


#: words before a person: asking, telling, ringing, meeting, greeting, thanking
_CUE_BEFORE = re.compile(r"(?<![\w'’-])(?:asked|ask|asking|told|tell|telling|rang|ring|ringing|"
                         r"phoned|texted|emailed|messaged|called|named|met|meet|thanks|thank|"
                         r"cheers|hi|hello|hiya|dear|bless)[ \t]+\Z")
#: what follows a person: saying, asking, telling, ringing, a possessive
_CUE_AFTER = re.compile(r"(?:['’]s[ \t]+(?:mum|mam|dad|husband|wife|partner|son|daughter|"
                        r"kids|children|brother|sister|baby|family|mother|father|boyfriend|"
                        r"girlfriend|friend|gran|nan)\b|[ \t]+(?:said|says|told|tells|asked|asks|rang|rings|"
                        r"phoned|texted|emailed|reckons|reckoned|reckon|thinks|thought|"
                        r"replied|answered|laughed|cried|shouted|smiled|agreed|who[ \t]+"
                        r"(?:was|is|had|has|did))(?![\w'’-]))")


_POSSESSIVE = re.compile(r"['’]s\Z")

#: the roles workplaces name beside those of the shared list: deputies and representatives,
#: officers, assistants and workers of every kind, stewards, champions, technicians ("our
#: deputy", "the union rep", "my support worker", "the ward clerk", "our safety champion")
_WORK_ROLES = (r"(?:" + _ROLES + r"|deputy|rep|reps|representative|steward|shop[ \t]+steward|"
               r"officer|assistant|worker|adviser|advisor|clerk|champion|technician|tech|"
               r"porter|midwife|paramedic|chaplain|volunteer|keeper|handler|organiser|"
               r"organizer|convenor|convener|ambassador|link|liaison|navigator|practitioner|"
               r"analyst|specialist|inspector|auditor|controller|caretaker|housekeeper|"
               r"scientist|engineer|designer|planner)")
#: a role said with a name in apposition, commas around it (round 22): "our practice manager,
#: bev, ..." before the name, "bev, our practice manager, ..." after it
_ROLE_COMMA_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?:our|my|his|her|their|your|the|me)[ \t]+"
                                r"(?:[a-z][\w-]*[ \t]+){0,2}" + _WORK_ROLES + r"[ \t]*,[ \t]*\Z")
_ROLE_COMMA_AFTER = re.compile(r"(?i)[ \t]*,[ \t]+(?:our|my|his|her|their|your|the|me)[ \t]+"
                               r"(?:[a-z][\w-]*[ \t]+){0,2}" + _WORK_ROLES + r"(?![\w'’-])")
#: kin (or a friend) right before a name, as people say them: "my sister ffion", "me
#: nan's", "auntie bev": the shared list (:data:`~vault.anonymise.wordlists.KIN_WORDS`) less
#: the words said before kin here ("my eldest sister", "my twin brother", "my baby sister"),
#: the young ("my boy", "my lad", "my kid": "my boy will" is no name), the long and pet
#: forms (grandmother, in-laws, hubby, mummy) not read here
_KIN_WORDS = KIN_WORDS - frozenset("""
eldest youngest twin baby boy girl lad lass child kid hubby missus mummy daddy
grandmother grandfather grandson granddaughter
mother-in-law father-in-law brother-in-law sister-in-law son-in-law daughter-in-law
""".split())  # noqa: SIM905
_KIN = words_pattern(_KIN_WORDS)
#: kin said bare before a name as a title ("auntie bev", "nan rose"): the shared titles
#: (:data:`~vault.anonymise.wordlists.KIN_TITLES`) less those lower-case talk says bare of
#: others too ("sister" of a nurse, "brother", "cousin") or not read bare here
_KIN_TITLES_BARE = KIN_TITLES - frozenset("""
sister brother cousin aunt gran grandpa grandmother grandfather
""".split())  # noqa: SIM905
_KIN_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:my|our|his|her|their|your|me)[ \t]+(?:(?:little|big|older|younger|"
    r"eldest|youngest|twin|late|baby|step|best|old|other)[ \t]+)?" + _KIN
    + r"|(?<![\w'’-])" + words_pattern(_KIN_TITLES_BARE) + r")[ \t]+\Z")
#: "our" or "wee" right before a name ("our kev said", "wee jamie was"): a person's deed after
#: it is needed, as "our" stands before any thing ("our datix", "our whatsapp group")
_OUR_BEFORE = re.compile(r"(?<![\w'’-])(?:our|wee)[ \t]+\Z")
#: what a person named after kin does next ("my sister rose was there" is a person; "my
#: sister rose to the occasion" is not): a deed of speaking, coming or being
_KIN_DEED_AFTER = re.compile(
    r"(?:['’]s[ \t]+[a-z]|[ \t]+(?:said|says|told|tells|rang|rings|phoned|texted|emailed|"
    r"came|comes|went|goes|was|is|wasn['’]t|isn['’]t|had|has|did|didn['’]t|does|doesn['’]t|"
    r"got|gets|took|sorted|covered|pushed|helped|lives|lived|works|worked|reckons|thinks|"
    r"thought|asked|asks|wanted|wants|knew|knows)(?![\w'’-]))")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;!?]|\Z)")



def _particle_surname_end(text: str, end: int, after: list[tuple[int, int, str]]) -> int:
    """Where a surname that opens with particles ends, right after a name ending at ``end``:
    one or two particles, then a word no dictionary has ("bin jaddan", "van der merwe"); 0 if
    none."""
    at, k = end, 0
    while k < len(after) and k < 2 and after[k][2].lower() in _NAME_PARTICLES \
            and _adjacent(text, at, after[k][0]):
        at, k = after[k][1], k + 1
    if k == 0 or k >= len(after) or not _adjacent(text, at, after[k][0]):
        return 0
    return after[k][1] if _unknown(after[k][2]) or is_surname(_cap(after[k][2])) \
        and not _ordinary(after[k][2]) else 0


#: asked or told a name that is also a word, then what follows a person there ("i asked
#: grace to cover", "thanked hope, ...")
_ASKED_BEFORE = re.compile(r"(?<![\w'’-])(?:asked|ask|told|tell|thanked|texted|emailed|"
                           r"messaged)[ \t]+\Z")
_ASKED_AFTER = re.compile(r"[ \t]+(?:to|if|whether)(?![\w'’-])|[ \t]*(?:[,.;!?]|\Z)")


def _role_or_kin(text: str, start: int, s: int, e: int, word_name: bool) -> bool:
    """A name by what stands around it in lower case (round 22): a role in apposition with
    commas ("bev, our practice manager,", "our practice manager, bev,") or kin right before it
    ("my sister ffion", "auntie bev"), or "our"/"wee" and a deed ("our kev said"). A name that is also a word ("grace", "will")
    needs the commas of an apposition on both sides, kin before it and a person's deed
    after it ("my dad frank said", not "my son will be"), or to be asked or told something
    ("i asked amber to cover", "thanked hope.")."""
    before = text[max(start, s - 60):s]
    # a name that is a modal too ("will", "may") never by a clause's end: "if my son will."
    modal = word_name and text[s:e].lower() in STOP_WORDS
    if _ROLE_COMMA_BEFORE.search(before):
        return not word_name or not modal and _CLAUSE_END.match(text, e) is not None \
            or _KIN_DEED_AFTER.match(text, e) is not None
    if _ROLE_COMMA_AFTER.match(text, e):
        return not word_name or re.search(r"(?:^|[,.;!?:]|\band)[ \t]*\Z", before) is not None
    if _KIN_BEFORE.search(before):
        return not word_name or _KIN_DEED_AFTER.match(text, e) is not None \
            or not modal and _CLAUSE_END.match(text, e) is not None
    if _OUR_BEFORE.search(before):
        return _KIN_DEED_AFTER.match(text, e) is not None
    return word_name and _ASKED_BEFORE.search(before) is not None \
        and _ASKED_AFTER.match(text, e) is not None


#: the particles a surname joins with a hyphen or an apostrophe ("al-rashid", "o'brien")
_JOINED_PARTICLES = JOINED_NAME_PARTICLES


def _compound_surname(word: str) -> bool:
    """A surname of joined parts in lower case: a particle and a word no list explains
    ("al-rabbawi", "o'droirrty"), or two surnames or unknown words ("lallwick-taltham");
    not a compound of ordinary words ("follow-up", "well-being", "o'clock")."""
    parts = re.split(r"['’-]", word)
    if len(parts) < 2 or not all(parts):
        return False
    if parts[0].lower() in _JOINED_PARTICLES:
        parts = parts[1:]
    return all(_unknown(p) or is_surname(_cap(p)) and not _ordinary(p) for p in parts)


def _unknown(word: str) -> bool:
    """A word no list explains: no English or vernacular word, no place, letters only."""
    return word.isalpha() and not _ordinary(word) and not known_place(_cap(word)) \
        and _cap(word) not in world_places()


#: first names whose word reading is rare in writing but usual in talk ("fancy a brew",
#: "roger that", "i ken", "the lee of"): not names without a capital
_TALKED_WORDS = frozenset("""
Fancy Harsh Roger Rogers Bale Safari Ken Raven Pierce Veer Eta Wadi Cal Clement Purity
Immaculate Ebony Derrick Newton Lee Rick Mike Garret Nadir Paschal Yaw Brogan
""".split())  # noqa: SIM905


@functools.lru_cache(maxsize=65536)
def _first_name(word: str) -> bool:
    """A listed first name that is no ordinary word ("chidi", "siobhan", "priya"), or one whose
    word is rare ("maria", "tom", "sally")."""
    name = _cap(word)
    if len(word) >= 3 and name in rare_word_names() and name not in _TALKED_WORDS:
        return True
    return not _ordinary(word) and is_first_name(name) and not known_place(name)


def _surname(word: str) -> bool:
    """A surname in a name's place: listed, or no word a dictionary has ("okafor", "nwosu")."""
    if _ordinary(word):
        return False
    return is_surname(_cap(word)) or is_first_name(_cap(word)) or not known_place(_cap(word))


def _recased(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with every word capitalised (the same length, offsets from
    ``start``), as the cased rules expect proper words to be written."""
    return _WORD.sub(lambda m: "-".join(_cap(p) for p in m.group().split("-"))
                     if len(m.group()) > 1 else m.group(), text[start:end])


class _LowerIndex:
    """Literal terms found in any case: each word of a text is looked up, lower-cased, among
    the terms' first words; longest term first, leftmost first, no overlaps."""

    def __init__(self, terms: Iterable[str]) -> None:
        by_first: dict[str, set[str]] = {}
        for term in terms:
            first = _WORD.match(term)
            if first is not None and first.start() == 0:
                by_first.setdefault(first.group().lower(), set()).add(term.lower())
        self._by_first = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        after = start
        for m in _WORD.finditer(text, start, end):
            if m.start() < after:
                continue
            terms = self._by_first.get(m.group().lower())
            if terms is None:
                stem = re.match(r"[^\W\d_]+", m.group())  # "wolverhampton's"
                terms = self._by_first.get(stem.group().lower()) if stem else None
                if terms is None:
                    continue
            for term in terms:
                stop = m.start() + len(term)
                if stop <= end and text[m.start():stop].lower() == term \
                        and _TERM_END.match(text, stop):
                    yield m.start(), stop
                    after = stop
                    break


#: what may follow a term: not more of a word, nor a contraction
_TERM_END = re.compile(r"(?![\w-]|['’]\w\w)")


@functools.cache
def _place_index() -> _LowerIndex:
    return _LowerIndex(saint_spellings(frozenset(UK_PLACES) | gazetteer_places()
                                       | world_places() | uk_word_places() | uk_areas()))


@functools.cache
def _hospital_lower_index() -> _LowerIndex:
    return _LowerIndex(_hospital_forms())


#: a surname in capitals, a comma and a first name, as a wristband, label or roster writes
#: them: "OKAFOR, Chidi", "OKAFOR, CHIDI", "NGUYEN, Thi Lan", "OKAFOR, CHIDI EMEKA", and as a
#: spreadsheet or a system's export does, with no space and letters beyond ASCII
#: ("KOWALCZYK,Halina,Ward 3,Nights", "JÄRVINEN, Aino")
_CAPS_SURNAME_FIRST = re.compile(
    r"(?<![\w'’-])(?P<sur>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+[A-ZÀ-ÖØ-Þ]),[ \t]*"
    r"(?P<first>[A-Z](?:[a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z'’-]*[A-Z]))"
    r"(?:[ \t]+(?P<middle>[A-Z](?:[a-z]+|[A-Z'’-]*[A-Z])))?(?![\w-])")


class UncasedNameRecognizer(RuleRecognizer):
    """People, hospitals and places in uncased stretches of text (see the module's notes),
    and surnames in capitals before a first name anywhere."""

    ENTITIES = ("PERSON", "HOSPITAL", "LOCATION")
    NAME = "uncased_name"

    def find(self, text: str) -> list[RecognizerResult]:
        out = [credited(self, "PERSON", m.start(), _given_names_end(m), 0.85)
               for m in _CAPS_SURNAME_FIRST.finditer(text)
               if _surname_before_first(m.group("sur")) and _given(m.group("first"))]
        if not _maybe_uncased(text):
            return out
        for start, end in uncased_spans(text):
            hospitals = self._hospitals(text, start, end)
            found = [*self._people(text, start, end), *hospitals,
                     *self._places(text, start, end, [r.end for r in hospitals])]
            if not found:
                continue
            # the ordinary language the cased rules know, read in the stretch recased:
            # "gibbs reflective cycle", "heath robinson", "the manchester triage system",
            # languages ("pashto", "dari")
            ordinary = vocabulary_spans(_recased(text, start, end), named_by_job=named_by_job)
            out += [r for r in found if not any(s <= r.start - start and r.end - start <= e
                                                for s, e in ordinary)]
        return out

    def _people(self, text: str, start: int, end: int) -> list[RecognizerResult]:
        marks = [(k.start(), k.end()) for k in _MARK.finditer(text, start, end)]
        # words quoted are glosses, sayings and other languages ("ciamar a tha thu?")
        marks += [(k.start(), k.end()) for k in _QUOTED.finditer(text, start, end)]
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)
                 if not any(s <= m.start() < e for s, e in marks)]  # not "[transcriber's note]"
        out: list[RecognizerResult] = []
        taken = -1
        for i, (s, e, word) in enumerate(words):
            if s < taken:
                continue
            low = word.lower()
            nxt = words[i + 1] if i + 1 < len(words) else None
            joined = nxt is not None and _adjacent(text, e, nxt[0])
            span: tuple[int, int, float] | None = None
            if low in _TITLES_ANY or low in _TITLES_NAME_ONLY:
                # a title's full stop ("dr. okafor", "mrs. baker") is no gap
                at = e + 1 if low in _TITLES_ANY and text.startswith(".", e) else e
                j = i + 1  # over a surname's particles: "ms van der berg", "dr de souza"
                while j + 1 < len(words) and words[j][2].lower() in _PARTICLES \
                        and _adjacent(text, at if j == i + 1 else words[j - 1][1], words[j][0]):
                    j += 1
                sur = words[j] if j < len(words) else None
                if sur is not None and j == i + 1 and _titled_initial(text, sur, words[j + 1:j + 2]):
                    # "dr j was lovely", "mrs b helped": a person known by an initial
                    span = (words[i + 1][0] if low in _ROLE_WORDS else s, sur[1], 0.85)
                elif sur is not None \
                        and _adjacent(text, at if j == i + 1 else words[j - 1][1], sur[0]) \
                        and (_titled_surname(low, sur[2], text, s) or j > i + 1
                             and sur[2].lower() not in STOP_WORDS):
                    # "sister mbeki": the role is no part of the name
                    span = (words[i + 1][0] if low in _ROLE_WORDS else s, sur[1], 0.85)
            elif len(low) == 1 and low not in "ai" and nxt is not None and joined:
                word_after = nxt[2]
                if is_surname(_cap(word_after)) and not _ordinary(word_after) \
                        and not _LETTER_CONTEXT.search(text, max(0, s - 12), s):
                    span = (s, nxt[1], 0.7)
            elif _first_name(word):
                span = (s, e, 0.6)
                if nxt is not None and joined and _surname(nxt[2]):
                    span = (s, nxt[1], 0.85)
                before = words[i - 1] if i > 0 else None
                if before is not None and _COMMA_GAP.fullmatch(text, before[1], s) \
                        and _surname(before[2]) and before[2].lower() != low:
                    if out and out[-1].end == before[1] and out[-1].start == before[0]:
                        out.pop()  # "nguyen, thi": the surname was read as a first name
                    if before[0] >= taken or not out or out[-1].end <= before[0]:
                        span = (before[0], span[1], 0.85)  # "okafor, chidi": surname first
            elif _cap(low) in word_names() and nxt is not None \
                    and joined and is_surname(_cap(nxt[2])) and not _ordinary(nxt[2]):
                span = (s, nxt[1], 0.85)  # "grace okafor": a word-name before a surname
            elif _unknown(stem := _POSSESSIVE.sub("", word)) and (
                    _CUE_BEFORE.search(text, max(start, s - 16), s)
                    or _CUE_AFTER.match(text, s + len(stem))
                    or _role_or_kin(text, start, s, s + len(stem), word_name=False)):
                span = (s, s + len(stem), 0.6)  # "i asked zanele", "nakamura said", "mbali's"
                if nxt is not None and joined and (_unknown(nxt[2]) or _compound_surname(nxt[2])):
                    span = (s, nxt[1], 0.7)  # "i asked nuda al-rabbawi", "... lallwick-taltham"
            elif _cap(low) in word_names() and _role_or_kin(text, start, s, e, word_name=True):
                span = (s, e, 0.6)  # "grace, our clinical director,", "my dad frank said"
            if span is not None and _EPONYM.match(text, s):
                span = None  # "addison's", "kegan's orders of mind": a disease, a model
            if span is not None:
                # a surname after the title's surname or a first name: "dr chidi okafor"
                k = i + 1
                while k < len(words) and words[k][0] < span[1]:
                    k += 1
                after = words[k:k + 1]
                if after and _adjacent(text, span[1], after[0][0]) and _surname(after[0][2]) \
                        and _first_name(text[span[0]:span[1]].split()[-1]):
                    span = (span[0], after[0][1], span[2])
                elif tail := _particle_surname_end(text, span[1], words[k:k + 3]):
                    span = (span[0], tail, span[2])  # "zadan bin jaddan", "aoife ó briain"
                stop = span[1] - (2 if _POSSESSIVE.search(text, 0, span[1]) else 0)
                out.append(credited(self, "PERSON", span[0], stop, span[2]))  # "okafor|'s"
                taken = span[1]
        return out

    def _hospitals(self, text: str, start: int, end: int) -> list[RecognizerResult]:
        out = []
        for s, e in _hospital_lower_index().finditer(text, start, end):
            words = text[s:e].split()
            if any(not _ordinary(w) for w in words) or (
                    len(words) > 1 and words[-1].lower() in _HOSPITAL_TAILS
                    and any(w.lower() not in _GENERIC_HOSPITAL_WORDS for w in words[:-1])):
                out.append(credited(self, "HOSPITAL", s, e, 0.7))
            elif _NAME_ENDS.match(text, e) and _hospital_score(text, s, e) >= (
                    0.6 if len(words) > 1 else 0.7):
                # every word ordinary: "at the royal united", "the freeman in newcastle"; one
                # word needs more than its article ("me dad went into the royal")
                out.append(credited(self, "HOSPITAL", s, e, 0.7))
        out += _ambulance_services(self, text, start, end)
        out += _practices(self, text, start, end)
        out += _boards_and_short_names(self, text, start, end)
        for m in re.finditer(r"(?<![\w'’-])(?:hospital|infirmary|hospice)(?![\w-])", text[start:end],
                             re.IGNORECASE):
            head = _name_before(text, start + m.start(), start)
            if head is not None:
                out.append(credited(self, "HOSPITAL", head, start + m.end(), 0.7))
        return out

    def _places(self, text: str, start: int, end: int,
                hospital_ends: Iterable[int] = ()) -> list[RecognizerResult]:
        out = []
        ends = set(hospital_ends)
        for m in _LANDSCAPE.finditer(text, start, end):
            if _RESIDENCE_BEFORE.search(text, max(0, m.start() - 50), m.start()) \
                    and _NAME_ENDS.match(text, m.end()):
                out.append(credited(self, "LOCATION", m.start(), m.end(), 0.65))
        out += _homes_and_villages(self, text, start, end)
        for s, e in _place_index().finditer(text, start, end):
            words = [_cap(w) for w in text[s:e].split()]
            if all(_ordinary(w) for w in words) and not _word_place(text, s, e, words) \
                    and not _town_of_hospital(text, s, ends):
                continue  # "march", "reading", "bath"
            out.append(credited(self, "LOCATION", s, e, 0.85 if len(words) > 1 else 0.65))
        return out


#: what may follow a name of ordinary words for it to be one: the end of a clause, or a
#: small word ("the general in leicester", "the royal free now"; not "the general practice")
_NAME_ENDS = re.compile(r"[ \t]*(?:[,.;:!?)\]\n]|\Z|(?:" + "|".join(
    sorted(w for w in STOP_WORDS if w.isalpha())) + r")(?![\w'’-]))")
#: a home, a move or a workplace said right before a place: "i live in", "we moved to", "grew
#: up in", "born in", "based in", "a gp in", "i'm from", "originally from" (fillers allowed)
_RESIDENCE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:live|lives|living|lived|grew[ \t]+up|brought[ \t]+up|raised|born|"
    r"based|moved|move|moving|relocated|settled|commute|commutes|commuted|commuting|stay|"
    r"stays|stayed|staying|gp|practice|surgery|house|flat|family|parents|work|works|worked|"
    r"working|job|placement|locum|locuming)(?:[ \t]+(?:out|up|down|over|back|right|just|"
    r"here|there|now|originally|near|all[ \t]+the[ \t]+way))*[ \t]+(?:in|to|near|outside|"
    r"round|around|at)|(?:i['’]m|i[ \t]+am|we['’]re|we[ \t]+are|he['’]s|she['’]s|they['’]re|"
    r"originally|comes?|came|is|was|were|are)[ \t]+(?:originally[ \t]+)?from)"
    r"(?:,?[ \t]+(?:um|er|erm|uh))*,?[ \t]+(?:the[ \t]+)?\Z")
#: a known place right after, naming where the word-town is: "bath, in somerset", "hope in
#: derbyshire", "sale, just outside manchester", "deal on the kent coast", "street near
#: glastonbury"
_PLACE_AFTER = re.compile(r",?[ \t]+(?:just[ \t]+)?(?:in|near|outside|by|on[ \t]+the|up[ \t]+in|"
                          r"down[ \t]+in)[ \t]+(?P<p>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")
#: a month, and idioms with a word-town: "in march", "live in hope"
_NOT_WORD_PLACES = frozenset({"March", "May", "June", "August", "Hope", "Over", "Send", "Law",
                              "Wing", "Park", "Church", "Street", "Grove", "Valley", "Wood"})


def _word_place(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a listed place whose every word is an ordinary word (``words``, capitalised)
    is the place in uncased text: a name of three words or more ("isle of man", "vale of
    glamorgan"); or a home or move right before it ("i live in bath", "we moved to reading",
    "i'm from sale": not a month, "live in hope") or a known place right after it ("wells,
    in somerset", "hope in derbyshire"), and the clause goes no further with it ("bath time",
    "reading glasses" are no places)."""
    if len(words) >= 3:
        return True
    if not _NAME_ENDS.match(text, end) or all(w.lower() in STOP_WORDS for w in words):
        return False  # "bath time"; "living over in leeds": "over" is no town there
    after = _PLACE_AFTER.match(text, end)
    if after is not None and any(_known_area(" ".join(_cap(w) for w in part))
                                 and not all(_ordinary(w) for w in part)
                                 for part in (after.group("p").split(),
                                              after.group("p").split()[:1])):
        return True
    return " ".join(words) not in _NOT_WORD_PLACES \
        and _RESIDENCE_BEFORE.search(text, max(0, start - 50), start) is not None


#: an informal landscape region by its kind alone, after "the": "i grew up in the valleys",
#: "she's from the fens" (with a home or move before it: :data:`_RESIDENCE_BEFORE`)
_LANDSCAPE = re.compile(r"(?<=\bthe[ \t])(?:valleys|dales|fens|broads|potteries|wolds|downs|"
                        r"moors|fells|lakes|borders|highlands|lowlands|marches|levels|glens|"
                        r"midlands|west[ \t]+country|north[ \t]+east|north[ \t]+west|"
                        r"south[ \t]+west|south[ \t]+east|east[ \t]+midlands|west[ \t]+midlands|"
                        r"home[ \t]+counties|black[ \t]+country|isle[ \t]+of[ \t]+\w+)"
                        r"(?![\w'’-])")


#: a home said by its house's name in lower case, with no number and no article, after
#: living, staying, moving or being there: "we're at willow barn now", "we moved to yew tree
#: cottage", "i live at hillside farm" (round 22); an article, a possessive or a kind of
#: housing before the kind makes no name ("we're at the farm", "at my mum's house", "we
#: live in a council house")
_HOME_AT = re.compile(
    r"(?<![\w'’-])(?:we['’]re|we[ \t]+are|i['’]m|i[ \t]+am|they['’]re|she['’]s|he['’]s|"
    r"live|lives|living|lived|stay|stays|staying|stayed|moved|move|moving)"
    r"(?:[ \t]+(?:out|up|down|over|back|now|still|just))*[ \t]+(?:at|to|into)[ \t]+"
    r"(?P<h>(?:[a-z][a-z'’-]+[ \t]+){1,2}(?:cottages?|barn|farmhouse|farm|lodge|croft|grange|"
    r"manor|house|bungalow|steading|mill|rectory|vicarage|manse|smithy|forge))(?![\w'’-])")
#: words that make a kind of housing, not a house's name ("council house", "care home")
_HOUSING_KINDS = frozenset("""
council social student shared holiday care nursing halfway open safe full doll's dolls
detached semi terraced rented farm family town country guest boarding bed
""".split())  # noqa: SIM905
#: an English or Scots place's ending from Old English, Norse or Brittonic: "-thorpe",
#: "-by", "-wick", "-ham", "-ton", "-ley", "-bury", "-worth", "-dale", "-stow" ...
_TOPONYM_END = re.compile(
    r"(?:thorpe?|by|wick|wich|ham|ton|ley|leigh|field|bury|borough|burgh|stead|worth|combe|"
    r"coombe|minster|chester|caster|cester|dale|holme|stowe?|ford|bridge|mouth|hurst|den|"
    r"thwaite|beck|mere|wold|cott|cote|shaw|stoke)\Z")
#: a village named in lower case after where someone is, lives or goes: "i'm out in
#: ockwich now, past skeldale", "we moved near thirlbury" (not "from" or "at": "i heard
#: from hattersley", "i looked at brackley")
_VILLAGE_AFTER = re.compile(r"(?<![\w'’-])(?:in|near|past|outside|beyond|towards)"
                            r"[ \t]+(?P<v>[a-z]{5,})(?![\w'’-])")


def _homes_and_villages(rec: RuleRecognizer, text: str, start: int,
                        end: int) -> list[RecognizerResult]:
    """Houses by their names (:data:`_HOME_AT`) and villages no list has whose word is made
    like a place's (:data:`_TOPONYM_END`), in an uncased stretch."""
    out = []
    for m in _HOME_AT.finditer(text, start, end):
        words = text[m.start("h"):m.end("h")].split()
        if any(w in STOP_WORDS or w in _NUMBER_WORDS or w in _HOUSING_KINDS
               or _POSSESSIVE.search(w) for w in words[:-1]):
            continue
        out.append(credited(rec, "LOCATION", m.start("h"), m.end("h"), 0.65))
    for m in _VILLAGE_AFTER.finditer(text, start, end):
        word = m.group("v")
        if _TOPONYM_END.search(word) and _unknown(word) and not is_surname(_cap(word)) \
                and not is_first_name(_cap(word)) and _NAME_ENDS.match(text, m.end()):
            out.append(credited(rec, "LOCATION", m.start("v"), m.end("v"), 0.65))
    return out


#: a practice's kind after its name, in uncased text: "the elm tree surgery", "at castle
#: medical practice", "the riverside health centre"
_PRACTICE_KIND = re.compile(r"(?<![\w'’-])(?:surgery|practice|medical[ \t]+practice|"
                            r"medical[ \t]+centre|health[ \t]+centre|medical[ \t]+group|"
                            r"family[ \t]+practice|health[ \t]+practice)(?![\w'’-])")
#: words of the street, building or landscape a practice is named after ("church street",
#: "elm tree", "castle", "riverside", "the grange")
_LANDMARK_WORDS = frozenset("""
street road lane avenue drive crescent close park tree trees house hill hills green bridge
castle mill church chapel abbey priory grange lodge manor field fields farm gate gates garden
gardens cross court hall square place row way end brook brooks meadow meadows view river
riverside valley vale wood woods oak oaks elm elms ash beech birch cedar cedars holly willow
willows orchard orchards market station quay harbour bay cliff moor heath common well wells
spring springs tower towers barn mews yard terrace parade wharf dock
""".split())  # noqa: SIM905
#: words that make a "surgery" or "practice" any of a kind: "the dental surgery", "general
#: practice", "knee surgery", "group practice"
_NOT_PRACTICE_NAME = frozenset("""
general group gp dental nurse nursing private local family medical single handed training
teaching dispensing rural urban inner city day minor major keyhole heart knee hip eye open
bypass cardiac brain spinal plastic cosmetic weight loss emergency elective routine good best
bad clinical reflective evidence based safe unsafe partner partners branch main new old big
small nhs his her their our my your its same other previous next first last best vet vets
""".split())  # noqa: SIM905


def _practices(recognizer: UncasedNameRecognizer, text: str, start: int,
               end: int) -> list[RecognizerResult]:
    """A practice named by one to three words before its kind, after "the", "at", "to" or
    "from", in uncased text: "the elm tree surgery", "at church street practice", "the
    castle medical practice". A word of the name must be a street's, a building's or a
    landscape's (:data:`_LANDMARK_WORDS`), a place's or one no dictionary has; none may be a
    word that makes it a kind ("the dental surgery", "the group practice", "knee surgery")."""
    out = []
    for m in _PRACTICE_KIND.finditer(text, start, end):
        words = list(_WORD.finditer(text, max(start, m.start() - 40), m.start()))
        name: list[re.Match[str]] = []
        for w in reversed(words):
            if not _adjacent(text, w.end(), name[-1].start() if name else m.start()):
                break
            low = w.group().lower()
            if low in ("the", "at", "to", "from") or len(name) == 3:
                if name and low in ("the", "at", "to", "from"):
                    break
                name = []
                break
            name.append(w)
        if not name:
            continue
        lows = [w.group().lower() for w in name]
        if any(low in STOP_WORDS or low in _NOT_PRACTICE_NAME for low in lows):
            continue
        if any(low in _LANDMARK_WORDS or not _ordinary(low) or _known_area(_cap(low))
               for low in lows):
            out.append(credited(recognizer, "HOSPITAL", name[-1].start(), m.end(), 0.7))
    return out


#: "nhs" and a board's or a trust's place after it: "nhs kent and medway", "nhs tayside"
_NHS_PLACE = re.compile(r"(?<![\w'’-])nhs[ \t]+(?P<name>[^\W\d_]+(?:[ \t]+(?:(?:and|of|&)[ \t]+)?"
                        r"[^\W\d_]+){0,3})", re.IGNORECASE)
#: a hospital's short name: its place and the kind word its full name goes on with ("ealing
#: general", "ards community", "tiverton district", "yeovil district")
_PLACE_KIND = re.compile(r"(?<![\w'’-])(?P<place>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]+"
                         r"(?:general|district|community|memorial|infirmary|cottage)(?![\w'’-])")
#: words after "nhs" that make it a national body or a thing: "nhs england", "nhs app"
_NOT_NHS_PLACE = frozenset("""
england scotland wales britain uk digital direct app number numbers trust trusts foundation
employers providers confederation choices jobs professionals pensions property resolution
education improvement practitioner pension
""".split())  # noqa: SIM905
_DIRECTIONS = frozenset(["north", "south", "east", "west", "central", "mid", "greater", "inner",
                         "outer"])


def _boards_and_short_names(recognizer: UncasedNameRecognizer, text: str, start: int,
                            end: int) -> list[RecognizerResult]:
    """In uncased text: a board or trust by "nhs" and its place ("nhs kent and medway", "nhs
    highland"; not "nhs england", "nhs app"), and a hospital by its place and the kind word its
    full name goes on with ("ealing general", "ards community"; not "a general", "the
    community", nor "ealing general election", where the clause goes on)."""
    out = []
    for m in _NHS_PLACE.finditer(text, start, end):
        words = m.group("name").split()
        if words[0].lower() in _NOT_NHS_PLACE:
            continue
        last = 0  # the last word of the name that is a place (or a direction before one)
        for i, w in enumerate(words):
            low = w.lower()
            if low in ("and", "of", "&"):
                continue
            if _known_area(_cap(low)) and not _ordinary(low) or low in _DIRECTIONS \
                    or i and _known_area(" ".join(_cap(x) for x in words[i - 1:i + 1])):
                last = i + 1
            else:
                break
        if last and any(w.lower() not in _DIRECTIONS for w in words[:last]):
            stop = m.start("name") + len(" ".join(words[:last]))
            if text[m.start("name"):stop] == " ".join(words[:last]):
                out.append(credited(recognizer, "HOSPITAL", m.start(), stop, 0.75))
    for m in _PLACE_KIND.finditer(text, start, end):
        place = m.group("place").split()
        for k in range(len(place)):
            name = " ".join(_cap(w) for w in place[k:])
            if _known_area(name) and not all(_ordinary(w) for w in place[k:]) \
                    and _NAME_ENDS.match(text, m.end()):
                offset = m.start("place") + len(" ".join(place[:k])) + (1 if k else 0)
                out.append(credited(recognizer, "HOSPITAL", offset, m.end(), 0.7))
                break
    return out


def _known_area(name: str) -> bool:
    return known_place(name) or name in uk_areas()


#: a town after a hospital's name: "the royal united in bath", "the general at deal"
_HOSPITAL_TOWN_GAP = re.compile(r"[ \t]+(?:in|at|up[ \t]+in|down[ \t]+in)[ \t]+\Z")


def _town_of_hospital(text: str, start: int, hospital_ends: set[int]) -> bool:
    """Whether a word-town at ``start`` names where a hospital found just before it is."""
    gap = _HOSPITAL_TOWN_GAP.search(text, max(0, start - 12), start)
    return gap is not None and gap.start() in hospital_ends


#: the words of a region before "ambulance service": "north west", "east of england",
#: "south east coast", "yorkshire", "london"
_REGION_PARTS = frozenset("""
north south east west central mid coast counties and of the isle isles wight scilly thames
valley midlands
""".split())  # noqa: SIM905
_NATIONAL_SERVICE = frozenset({"welsh", "scottish", "irish", "national", "british", "uk",
                               "ireland", "northern"})
_AMBULANCE = re.compile(r"(?<![\w'’-])ambulance[ \t]+services?(?![\w'’-])", re.IGNORECASE)


def _ambulance_services(recognizer: UncasedNameRecognizer, text: str, start: int,
                        end: int) -> list[RecognizerResult]:
    """A regional ambulance service in uncased text, from the region's words before it
    ("north west ambulance service", "east of england ambulance service"); a nation's ("the
    welsh ambulance service", "northern ireland ambulance service") is a national body."""
    out = []
    for m in _AMBULANCE.finditer(text, start, end):
        words = list(_WORD.finditer(text, max(start, m.start() - 40), m.start()))
        first = m.start()
        for w in reversed(words):
            low = w.group().lower()
            if not _adjacent(text, w.end(), first) and text[w.end():first].strip(" \t,"):
                break
            if low in _NATIONAL_SERVICE:
                first = -1
                break
            if low not in _REGION_PARTS and not (known_place(_cap(low)) and not _ordinary(low)):
                break
            first = w.start()
        while first > 0 and text[first:m.start()].split()[:1] and \
                text[first:m.start()].split()[0].lower() in ("the", "and", "of"):
            first += len(text[first:m.start()].split()[0])
            first += len(text[first:]) - len(text[first:].lstrip(" \t"))
        if 0 <= first < m.start():
            out.append(credited(recognizer, "HOSPITAL", first, m.end(), 0.8))
    for m in _TRUST_KIND.finditer(text, start, end):
        first = _region_start(text, max(start, m.start() - 60), m.start())
        if first < m.start():
            region = [w.lower() for w in _WORD.findall(text, first, m.start())]
            if any(w not in _REGION_PARTS and w not in _COMPASS for w in region) \
                    or m.group().startswith("health and social care"):
                out.append(credited(recognizer, "HOSPITAL", first, m.end(), 0.75))
    return out


#: the kind of a trust or board after its region, in uncased text: "south eastern health and
#: social care trust", "leeds teaching hospitals trust", "hywel dda university health board"
_TRUST_KIND = re.compile(r"(?<![\w'’-])(?:(?:health[ \t]+and[ \t]+social[ \t]+care|community[ \t]+"
                         r"healthcare|healthcare|teaching[ \t]+hospitals|university[ \t]+hospitals|"
                         r"hospitals|partnership|health)[ \t]+(?:nhs[ \t]+)?(?:foundation[ \t]+)?"
                         r"trust|(?:university[ \t]+|teaching[ \t]+)?health[ \t]+board)(?![\w'’-])")
_COMPASS = frozenset(["northern", "southern", "eastern", "western"])


def _region_start(text: str, floor: int, at: int) -> int:
    """Where a region's words before ``at`` start (``at`` if there are none), read backwards:
    directions, "and", "of", and listed places that are no English words ("south eastern",
    "kent and medway", "leeds")."""
    first = at
    for w in reversed(list(_WORD.finditer(text, floor, at))):
        low = w.group().lower()
        if not _adjacent(text, w.end(), first):
            break
        if low not in _REGION_PARTS and low not in _COMPASS \
                and not (_known_area(_cap(low)) and not _ordinary(low)):
            break
        first = w.start()
    while first < at and text[first:at].split()[0].lower() in ("the", "and", "of"):
        first += len(text[first:at].split()[0])
        first += len(text[first:at]) - len(text[first:at].lstrip(" \t"))
    return first


_SPACES = re.compile(r"[ \t]+")
_COMMA_GAP = re.compile(r",[ \t]+")


def _adjacent(text: str, end: int, start: int) -> bool:
    """Only spaces (no punctuation, no line break) between two words."""
    return _SPACES.fullmatch(text, end, start) is not None


def _given(word: str) -> bool:
    """A listed first name or word-name, as written or in capitals ("Chidi", "CHIDI",
    "Mary-Jane", "Grace": after a surname in capitals and a comma, a label's given name)."""
    name = _cap(word) if word.isupper() else word
    return is_first_name(name) or name in word_names()


def _given_names_end(m: re.Match[str]) -> int:
    """Where the given names of a surname-first name end: after a second given name ("OKAFOR,
    CHIDI EMEKA"), not over a word that follows ("OKAFOR, CHIDI DOB ...", "OKAFOR, Chidi
    Ward 4"); a second name in capitals after a first in lower case is no name of it."""
    middle = m.group("middle")
    if middle is None or middle.isupper() != m.group("first").isupper() \
            or not _given(middle):
        return m.end("first")
    return m.end("middle")


def _caps_surname(word: str) -> bool:
    """A capitals word that is a listed surname and no English word, so no acronym ("NHS,
    Kate", "SBAR, Sarah" are no names)."""
    return len(word) > 3 and is_surname(_cap(word)) and not is_english_word(word.lower())


#: words in capitals before a comma and a first name that are a sign-off or a greeting, not a
#: surname, though some are surnames too ("LOVE, Tom", "BEST, Sam")
_SIGN_OFF_WORDS = frozenset("LOVE GOOD BEST DEAR KIND WARM SWEET WELL FREE MERRY".split())  # noqa: SIM905
#: a surname's particle joined by a hyphen in capitals ("AL-RASHID", "EL-SAYED", "BEN-DAVID")
_CAPS_PARTICLE_PARTS = frozenset("AL EL BEN BIN ABU ABD ABDUL UL UD DE DI DA LA LE VAN VON".split())  # noqa: SIM905


def _surname_before_first(word: str) -> bool:
    """Whether a capitals word before a comma and a first name is the person's surname, as on
    a wristband, a list or an e-mail header ("OKAFOR, Chidi"): a listed surname, a surname that
    is also a word ("WALKER, Joan", "FROST, Emily", "WARD, Helen"), or a word nobody can
    explain that reads as a word ("AL-RASHID, Omar"); not an acronym ("NHS, Kate", "SBAR,
    Sarah"), a sign-off ("LOVE, Tom") or an ordinary word ("NOTE, John")."""
    if _caps_surname(word):
        return True
    letters = word.replace("'", "").replace("’", "")
    if word in _SIGN_OFF_WORDS or word in KNOWN_ACRONYMS or len(letters) < 3:
        return False
    if _cap(word.lower()) in word_surnames() or _cap(word.lower()) in name_words():
        return True
    parts = [p for p in word.split("-") if p not in _CAPS_PARTICLE_PARTS]
    return bool(parts) and all(
        (is_surname(_cap(p.lower())) or not is_english_word(p.lower()) and _unknown_caps(p))
        and p not in KNOWN_ACRONYMS for p in parts)


def _unknown_caps(part: str) -> bool:
    """Four letters or more, with vowels, no four consonants together: read as a word."""
    vowels = sum(c in "AEIOUY" for c in part)
    return len(part) >= 4 and vowels * 4 >= len(part) and re.search(r"[^AEIOUY'’]{4}", part) is None


#: after a title's letter: "and e" (the emergency department), "level", "star", "plus"
_NOT_INITIAL_AFTER = re.compile(r"[ \t]*(?:&|\+|-?[ \t]*(?:and|n)[ \t]+e\b|-?[ \t]*levels?\b|"
                                r"[ \t]*star\b|[ \t]*plus\b)", re.IGNORECASE)


def _titled_initial(text: str, letter: tuple[int, int, str],
                    after: list[tuple[int, int, str]]) -> bool:
    """Whether one letter right after a title is a person's initial in uncased text ("dr j was
    lovely", "mrs b helped", "i spoke to dr p"): not "a" or "i" (the article, the pronoun),
    not a letter run ("dr j k l"), not "a and e" or "a level"."""
    s, e, word = letter
    if len(word) != 1 or word.lower() in "ai" or not _SPACES.fullmatch(text, s - 1, s):
        return False
    if text.startswith((".", "'", "’", "-"), e) and not text.startswith(". ", e) \
            and e + 1 < len(text) and not text[e + 1:e + 2].isspace():
        return False  # "dr j-p", "dr j.k": other shapes, left to the name finders
    if _NOT_INITIAL_AFTER.match(text, e):
        return False
    return not (after and len(after[0][2]) == 1 and _adjacent(text, e, after[0][0]))


def _titled_surname(title: str, word: str, text: str, start: int) -> bool:
    """Whether ``word`` after ``title`` is a surname: "dr okafor", "mrs baker"; not "dr" of an
    address ("12 church dr"), nor "doctor appointment", "miss home"."""
    low = word.lower()
    if low in STOP_WORDS or low in _TITLES_ANY or low in _TITLES_NAME_ONLY or len(low) < 2 \
            or low in _VERNACULAR or _cap(low) in NEVER_NAMES:
        return False
    if title == "dr" and (known_place(_cap(low)) or re.search(r"\d[ \t]+[^\W\d_]+[ \t]+\Z",
                                                             text[max(0, start - 24):start])):
        return False  # "12 oak dr birmingham": a street, not a doctor
    if not is_english_word(low):
        return True
    if title not in _TITLES_ANY or low in _REPORTING:
        return False  # "doctor said", "nurse practitioner", "miss home"
    return _cap(low) in name_words()  # "mrs baker", "dr wood"; not "mr right"


def _name_before(text: str, tail: int, floor: int) -> int | None:
    """Where a hospital's name before its kind word starts: one to three words, one of them a
    name or a place ("st mary's", "queen elizabeth", "royal wolverhampton"), none a stop word
    save "of"; None if there is no such name ("the local hospital")."""
    words = list(_WORD.finditer(text, max(floor, tail - 40), tail))
    if not words or not _adjacent(text, words[-1].end(), tail):
        return None
    taken: list[re.Match[str]] = []
    rest = list(reversed(words))
    for k, m in enumerate(rest):
        low = m.group().lower()
        if taken and not _adjacent(text, m.end(), taken[-1].start()):
            break
        if low in _PLACE_LINKS and taken and k + 1 < len(rest) \
                and _adjacent(text, rest[k + 1].end(), m.start()) \
                and _named_word(rest[k + 1].group()):
            taken.append(m)  # "x upon y general", "x under y": a town's name goes on
            continue
        if low in STOP_WORDS:
            break
        taken.append(m)
        if len(taken) - sum(t.group().lower() in _PLACE_LINKS for t in taken) == 3 \
                and not (k + 2 < len(rest) and rest[k + 1].group().lower() in _PLACE_LINKS):
            break
    if not taken:
        return None
    saint = any(a.group().lower() in {"st", "saint"} for a in taken[1:])
    if not saint and not any(m.group().lower() not in _GENERIC_HOSPITAL_WORDS
                             and _named_word(m.group()) for m in taken):
        return None
    return taken[-1].start()


#: the small words inside a town's name ("newcastle upon tyne", "ashton under lyne")
_PLACE_LINKS = frozenset({"upon", "under"})


def _named_word(word: str) -> bool:
    """A word that names: no ordinary word, or a first name or a known place."""
    return not _ordinary(word) or is_first_name(_cap(word)) or known_place(_cap(word))


def _maybe_uncased(text: str) -> bool:
    """A cheap first look: lines or turns opening in lower case (or a lower-case "i") are not
    much rarer than those opening with a capital."""
    lower = len(_LOWER_OPENING.findall(text)) + 2 * text.count(" i ")
    return lower >= 1 and 3 * lower >= len(_UPPER_OPENING.findall(text))


_LOWER_OPENING = re.compile(r"(?m)^(?:[^\n:]{0,40}:[ \t]+)?[a-z]")
_UPPER_OPENING = re.compile(r"(?m)^(?:[^\n:]{0,40}:[ \t]+)?[A-Z]")
