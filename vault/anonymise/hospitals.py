"""UK hospitals, NHS trusts and health boards by the names people use: a gazetteer recognizer.

Interviewees name their workplaces the way colleagues do: "Addenbrooke's", "the RVI", "the
Freeman", "Ninewells", "Westmorland General", "the SWAH", "Betsi Cadwaladr", "NHS Tayside".
Without a cue word ("Hospital", "Infirmary") the pattern recognizers cannot tell these from
other capitalised words, so :class:`HospitalGazetteerRecognizer` looks them up in a shipped,
hand-compiled list (``data/uk_hospitals.txt``: every NHS England region, Scotland's and Wales's
health boards, Northern Ireland's trusts; format and provenance in its header)::

    from vault.anonymise.hospitals import hospital_names, HospitalGazetteerRecognizer
    len(hospital_names())                       # ~2,000 names and short forms
    HospitalGazetteerRecognizer().analyze("I was an F2 at the Freeman", ["HOSPITAL"])

Matching is case-sensitive on whole words; a possessive "'s" may follow; a leading "the" is
never part of the span (the corpus convention: "the [HOSPITAL]"). Names that are something
else too are decided by context, from the shipped word lists:

* a name that is also an ordinary English word ("Conquest", "the Grange") needs a workplace
  word near it ("ward", "consultant", "worked"...), or, when the list writes it after "the"
  ("the Conquest"), that "the";
* a name the list marks ``?`` as a person, title or phrase too ("Princess Royal", "James
  Cook") needs a workplace word near it or "at"/"to"/"from"/"in" right before it;
* a one-word name that is also a first name or surname ("Christie", "Guy's") is a hospital
  after "the", after such a preposition, or with a word naming a hospital near it ("Which
  hospital, Guy's?"), not by a job title alone ("a registrar, Christie, said"); one that is
  also a town ("Frimley") after "the", or with a preposition and a workplace word ("worked at
  Frimley"): "in Frimley" alone stays a place for the place recognizers;
* a capitalised word right before or after an ambiguous name makes it part of something else
  ("Agatha Christie", "the Royal Navy");
* a name followed by a word that makes it something else ("Royal Victoria Park", "St George's
  Day", "the Royal Navy") is not a hospital; "Hospital", "NHS Foundation Trust", "Health
  Board" after a name join the span;
* a listed "... Hospital" is also matched by its initials ("WRH", "DCH", "SJUH": surer with
  "the", a preposition or a workplace word; not a clinical acronym such as "PPH") and by its
  name without "Hospital" ("Withybush General", with a cue); an acronym said letter by letter
  after "at"/"to" too ("at, er, D C H");
* a name that context left undecided is a hospital with its town after it ("the Queen's in
  Burton") or in a list with a hospital found ("Good Hope, then Heartlands").

The list is read once per process on first use and cached (as :mod:`wordlists` does), and
scanning costs one token regex plus a dict lookup per capitalised word
(:class:`~vault.anonymise.wordlists.GazetteerIndex`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from importlib import resources

from presidio_analyzer import RecognizerResult

from vault.anonymise.recognizers import (
    COMMON_CAPITALISED,
    HOSPITAL_NAME_CONNECTORS,
    NOUNS_NO_HOSPITAL_HAS,
    RuleRecognizer,
    at_sentence_start,
    credited,
    hospital_initials,
    is_first_name,
    is_surname,
    known_place,
    names_a_care_home,
)
from vault.anonymise.wordlists import GazetteerIndex, is_english_word

__all__ = [
    "DATA_FILE",
    "Ambiguity",
    "HospitalGazetteerRecognizer",
    "HospitalName",
    "ambiguity",
    "derived_acronyms",
    "derived_short_names",
    "hospital_life_near",
    "hospital_names",
    "listed_spelling",
    "parse_hospital_names",
    "uncased_score",
]

#: the shipped list, in ``vault/anonymise/data``
DATA_FILE = "uk_hospitals.txt"

#: words that say a name is a health institution ("Royal Free", "Hope Hospital"), so its
#: other words being ordinary English ("free", "hope") does not make it ambiguous
_INSTITUTION_WORDS = frozenset("""
Hospital Hospitals Infirmary Trust NHS Health Healthcare Clinic Centre Unit Hospice Board
Teaching University Royal General District Memorial Maternity Children's Women's Kids Medical
Dental Eye Partnership Foundation Community Ysbyty HSC UHB Acute Spinal Orthopaedic
""".split())  # noqa: SIM905
_CONNECTORS = HOSPITAL_NAME_CONNECTORS
#: one line of the list: optional "? ", optional "the ", then a name of capitalised words
_LINE = re.compile(r"(?P<cue>\? )?(?P<the>the )?(?P<name>[A-Z][^\s]*(?: [^\s]+)*)")


class Ambiguity(Enum):
    """What a listed name is besides a hospital, which decides the context it needs."""

    SPECIFIC = "specific"  # only a hospital: "Ninewells", "Addenbrooke's", "Royal Gwent"
    NAME = "name"          # also a first name or surname: "Christie", "Musgrove", "Lister"
    PLACE = "place"        # also a town or district: "Wythenshawe", "Morriston"
    WORD = "word"          # an ordinary word or phrase, or marked "?": "Conquest", "King's"


@dataclass(frozen=True)
class HospitalName:
    """One line of the list: the name as written, whether people say it only after "the"
    ("the Freeman"), and whether the list marks it as needing a cue (``?``)."""

    name: str
    after_the: bool = False
    needs_cue: bool = False

    @property
    def line(self) -> str:
        """The line of the list this entry came from."""
        return ("? " if self.needs_cue else "") + ("the " if self.after_the else "") + self.name


def parse_hospital_names(text: str) -> tuple[HospitalName, ...]:
    """The entries of a list in the ``uk_hospitals.txt`` format (comments and blank lines
    skipped). Raises ``ValueError`` naming the line number of a malformed line."""
    out = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        m = _LINE.fullmatch(raw)
        if m is None or "  " in raw or raw != raw.strip():
            raise ValueError(f"{DATA_FILE} line {number}: not a name")
        out.append(HospitalName(m.group("name"), after_the=m.group("the") is not None,
                                needs_cue=m.group("cue") is not None))
    return tuple(out)


@functools.cache
def hospital_names() -> tuple[HospitalName, ...]:
    """The shipped list (``data/uk_hospitals.txt``), read once per process."""
    text = resources.files("vault.anonymise").joinpath("data", DATA_FILE).read_text(
        encoding="utf-8")
    return parse_hospital_names(text)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


def ambiguity(name: str) -> Ambiguity:
    """What ``name`` may be besides a hospital, from the shipped word lists."""
    words = [w.rstrip(",") for w in name.split()]
    content = [w for w in words if w not in _CONNECTORS]
    if any(w in _INSTITUTION_WORDS or _is_acronym(w) for w in content):
        return Ambiguity.SPECIFIC
    if len(content) == 1 and re.search(r"\w['’]s$", content[0]):
        # "King's", "Guy's", "Bart's": someone's, whoever the word is
        return Ambiguity.SPECIFIC if not is_english_word(content[0]) \
            and not is_first_name(content[0]) else Ambiguity.NAME
    if len(content) == 1 and is_english_word(content[0]):
        return Ambiguity.WORD
    if len(content) == 1:
        word = re.sub(r"['’]s?$", "", content[0])
        if known_place(word):
            return Ambiguity.PLACE
        if is_first_name(word) or is_surname(word):
            return Ambiguity.NAME
    return Ambiguity.SPECIFIC


@dataclass(frozen=True)
class _Form:
    """How one spelling of a listed name is matched."""

    after_the: bool
    needs_cue: bool
    ambiguity: Ambiguity
    words: int
    #: an acronym said letter by letter, no letter a word: after "the", "at", "to"... ("at,
    #: er, D C H"; one with "A" or "I" in it is matched after "the" only: "the G R I")
    spelled: bool = False
    #: the initials of a listed "... Hospital"/"... Infirmary" ("WRH" from Worcestershire
    #: Royal Hospital), not listed itself: surer with "the", a preposition or a workplace word
    derived: bool = False

    @property
    def contextual(self) -> bool:
        """Whether the words around a match decide it."""
        return self.needs_cue or self.spelled or self.derived \
            or self.ambiguity is not Ambiguity.SPECIFIC


def _spellings(name: str) -> Iterable[str]:
    """``name`` as people write it: either apostrophe, "St"/"St."/"Saint", "Addenbrookes",
    an acronym spelled out as it is said ("the G R I")."""
    variants = {name}
    if re.fullmatch(r"[A-Z]{3,5}", name):
        variants.add(" ".join(name))
    if re.fullmatch(r"[A-Z]{2,}O[A-Z]+", name):  # "DPoW": the "of" of a name written small
        variants.add(re.sub(r"(?<=[A-Z])O(?=[A-Z])", "o", name))
    if ", " in name:  # "Tees Esk and Wear Valleys": the list's comma left out
        variants.add(name.replace(", ", " "))
    if name.startswith("St ") or " St " in name:
        variants |= {re.sub(r"\bSt ", "St. ", name), re.sub(r"\bSt ", "Saint ", name)}
    for v in list(variants):
        if "'" in v:
            variants.add(v.replace("'", "’"))
        # a dropped apostrophe: "Addenbrookes", "St Thomas" (not "Guys", an ordinary word)
        bare = re.sub(r"(?<=\w)'s\b", "s", v)
        bare = re.sub(r"(?<=s)'(?=\s|$)", "", bare)
        if bare != v and not any(is_english_word(w) for w, o
                                 in zip(bare.split(), v.split(), strict=True) if w != o):
            variants.add(bare)
    return variants


def derived_acronyms(names: Iterable[str]) -> set[str]:
    """The initials of each "... Hospital" or "... Infirmary" of three to five capitals
    ("Worcestershire Royal Hospital" -> "WRH", "Dumfries and Galloway Royal Infirmary" ->
    "DGRI"; a saint's with and without its "S": "JUH", "SJUH"), less English words and
    :data:`~vault.anonymise.recognizers.CLINICAL_ACRONYMS` (:func:`~vault.anonymise.recognizers.hospital_initials`, which
    also reads a hospital named in a text for its initials said later in it)."""
    return {letters for name in names for letters in hospital_initials(name)}


#: last words that leave no name of its own when "Hospital" is cut from a name ("Milton
#: Keynes University Hospital" is not "Milton Keynes University")
_NO_SHORT_BEFORE = frozenset("""
University Teaching Community Cottage War Memorial Children's Women's Maternity Eye Dental
Orthopaedic Psychiatric Mental Rehabilitation Day Private Specialist Military County City
""".split())  # noqa: SIM905


def derived_short_names(names: Iterable[str]) -> set[str]:
    """Each "X Y ... Hospital" without its "Hospital" ("West Cumberland Hospital" -> "West
    Cumberland"), at least two words, not ending in a word that names no place or person
    (:data:`_NO_SHORT_BEFORE`), not all ordinary words, not a person's name ("Ian Charles",
    "Princess Alexandra") and not a town's ("Bishop Auckland": the place recognizers')."""
    out = set()
    for name in names:
        if not name.endswith(" Hospital"):
            continue
        short = name.removesuffix(" Hospital")
        words = short.split()
        if len(words) >= 2 and words[-1] not in _NO_SHORT_BEFORE and words[-1][:1].isupper() \
                and not all(is_english_word(w) or w in _CONNECTORS for w in words) \
                and not is_first_name(words[0]) and words[0] not in _ROYAL_TITLES \
                and not known_place(short) and "," not in short:
            out.add(short)
    return out


#: a name that starts so is someone's as often as a hospital's ("Princess Alexandra")
_ROYAL_TITLES = frozenset(("King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Lady", "Lord",
                           "Sir", "Dame"))


@functools.cache
def _forms() -> dict[str, tuple[_Form, ...]]:
    """Every spelling of every listed name -> how it is matched (several lines may list one
    name: "the Christie" and "? Christie"); then the initials of listed hospitals that the
    list does not hold (:func:`derived_acronyms`)."""
    forms: dict[str, set[_Form]] = {}

    def add(name: str, form: _Form) -> None:
        for spelling in _spellings(name):
            if re.fullmatch(r"[A-Z](?: [A-Z])+", spelling):  # spelled out: "the G R I"
                # not "that's G R I double F...", a name spelled letter by letter; after
                # "the" only when a letter may be a word ("the A R I")
                forms.setdefault(spelling, set()).add(
                    replace(form, after_the=True) if re.search(r"\b[AI]\b", spelling)
                    else replace(form, spelled=True))
            else:
                forms.setdefault(spelling, set()).add(form)

    for entry in hospital_names():
        add(entry.name, _Form(entry.after_the, entry.needs_cue, ambiguity(entry.name),
                              len(entry.name.split())))
    for initials in derived_acronyms(entry.name for entry in hospital_names()):
        if initials not in forms:
            add(initials, _Form(False, False, Ambiguity.SPECIFIC, 1, derived=True))
    for short in derived_short_names(entry.name for entry in hospital_names()):
        if short not in forms:  # "West Cumberland": with a cue, as a "?" line is
            add(short, _Form(False, True, ambiguity(short), len(short.split())))
    return {k: tuple(sorted(v, key=lambda f: (f.after_the, f.needs_cue))) for k, v in forms.items()}


def listed_spelling(name: str) -> bool:
    """Whether ``name`` is a spelling of a listed hospital (or of its derived initials)."""
    return name in _forms() or re.sub(r"^[Tt]he ", "", name) in _forms()


@functools.cache
def _index() -> GazetteerIndex:
    return GazetteerIndex(_forms())


#: "the" right before a match ("at the Freeman", "The Alex was", "the, er, Freeman"), or
#: "the" and a word of the building's age ("the old General", "the new Royal", "the former
#: Infirmary site"): the name is still said after its article
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he(?:,?[ \t]+(?:um|er|erm|uh))*,?[ \t]+"
                         r"(?:(?:old|new|former|original|brand[ \t-]new)[ \t]+)?\Z")
#: a preposition of place right before (fillers allowed): "at, um, the Christie", "to Lister"
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]t|[Tt]o|[Ff]rom|[Ii]n|[Ii]nto|joined|left|"
                           r"leaving|towards|outside|over[ \t]+at|down[ \t]+at|up[ \t]+at)"
                           r"(?:,?[ \t]+(?:um|er|erm|uh))*,?[ \t]+(?:the[ \t]+)?\Z")
#: a capitalised word right before: part of a longer name ("Agatha Christie", "Dr Lister")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|At|To|From|In|Into|And|But|So|Then|Um|"
                             r"Er|Erm|Oh|Yeah|Well|Like|I|Was|Is|Were|Did|Does|Has|Had|How|"
                             r"Why|Where|When|What|Which|Or|Before|After|Since|Until|Both)\b)"
                             r"[A-Z][\w'’]*[ \t]+\Z")
#: words that continue a hospital's name: "the Freeman Hospital", "Betsi Cadwaladr University
#: Health Board"; the strong ones say it is an institution
_EXTENSION = re.compile(r"(?:[ \t]+(?:University|Teaching|General|District|Community|"
                        r"Hospitals?|Infirmary|NHS|Foundation|Trust|Health|Board|Healthcare|"
                        r"HSC|Site|Campus|Wing))+\b")
_STRONG_EXTENSION = re.compile(r"\b(?:Hospitals?|Infirmary|NHS|Trust|Board|Healthcare)\b")
#: a next word that makes the name something else: a park, a street, a college, a day
_NOT_HOSPITAL_NEXT = re.compile(
    r"[ \t]+(?:Park|Street|Road|Lane|Avenue|Square|Place|Way|Drive|Gardens|Crescent|Terrace|"
    r"Bridge|Station|Dock|Docks|Hotel|Theatre|Hall|Church|Cathedral|Chapel|School|College|"
    r"Academy|Society|Navy|Mail|Air|Cup|Club|FC|United|Rovers|Stadium|Museum|Gallery|Palace|"
    r"Day|Cross|Wood|Ambulance|Arms|Inn|Bank|Estate|Primary|Grammar|Infants?|Juniors?|Nursery|"
    r"Parish|Court|Regiment|Corps|Opera|Ballet|Institution|Observatory|Marines|Family|"
    r"Highness|Charter|Warrant|Commission|Variety|Shakespeare|Albert|Show|Festival|Market|"
    r"Centre|Court|Library|Island|Islands|Estates?)\b")
#: a lower-case noun that a short name that is also an adjective ("the Royal", "the General")
#: qualifies when it is that adjective, whatever ward words are near: "the Royal family", "the
#: Royal wedding", "the General election", "the General public" (the nouns no hospital has,
#: :data:`~vault.anonymise.recognizers.NOUNS_NO_HOSPITAL_HAS`, which the nickname guess reads
#: too), and those a hospital may have, read after a listed short name only: "the Royal
#: visit", "the General surgery", "the General manager"
_ADJECTIVE_NOUNS = frozenset("""
baby babies visit visits highness seal warrant charter pardon couple tour box icing jelly blue
flush practice practitioner practitioners anaesthetic anaesthesia surgery surgeon surgeons
medicine manager managers consensus feeling knowledge rule sense strike assembly secretary
purpose admission admissions note notes question questions comment comments
""".split())  # noqa: SIM905
_ORDINARY_NOUN_NEXT = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(NOUNS_NO_HOSPITAL_HAS | _ADJECTIVE_NOUNS)) + r")\b")
_CAPITAL_NEXT = re.compile(r"[ \t]+(?!I\b)[A-Z0-9]")
#: a hospital department or unit named right after the name, as staff name where they work
#: ("nights in Heartlands ED", "Freeman ICU", "Guy's A&E", "the Christie HDU"): as sure as
#: "Hospital" after it; the department is anybody's, so it stays outside the span
_DEPARTMENT_NEXT = re.compile(
    r"['’]?[ \t]+(?:ED|A&E|A and E|AE|ICU|ITU|HDU|MAU|AMU|SAU|CCU|NICU|PICU|SCBU|NNU|EAU|CDU|"
    r"MIU|UTC|OPD|Emergency[ \t]+Department|Maternity[ \t]+Unit|Outpatients|Switchboard)"
    r"(?![\w&])")
#: more letters of a spelling after a spelled acronym
_SPELLING_GOES_ON = re.compile(r"[ \t]+(?:[A-Z](?![\w'’])|double\b|triple\b)")
#: words near a match that name a hospital or a stay in one: cue enough for any name
_INSTITUTION_CUES = frozenset("""
hospital hospitals infirmary trust trusts ward wards hospice a&e theatres outpatients placement
placements rotation rotations admitted discharged transferred referred site
""".split())  # noqa: SIM905
#: workplace words near a match: cue enough for a word or a town, not for a surname (people
#: have jobs too: "a registrar, Christie, said")
_WORKPLACE_CUES = _INSTITUTION_CUES | frozenset("""
consultant consultants registrar registrars admission shift shifts clinic clinics theatre
department nights rota on-call f1 f2 fy1 fy2 st1 st2 st3 st4 st5 st6 st7 ct1 ct2 sho foundation
trainee training post job jobs worked working work works nurse nurses doctor doctors medic
medics matron staff colleagues surgeon surgeons surgical medical paediatrics maternity oncology
cardiology icu itu patients patient scan operation treated treatment born delivered unit
porter porters beds corridor corridors canteen a&e ed resus majors minors mau amu handover bleep
locum locums agency midwife midwives paeds obs gynae ambulance ambulances x-ray mri ct
physio physios pharmacy outpatient inpatient inpatients hca hcas visiting nursing juniors
""".split())  # noqa: SIM905
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'-]*")


@dataclass(frozen=True)
class _Cues:
    """What the words around a match say."""

    the: bool = False          # "the" right before it
    place_before: bool = False  # "at", "to", "from", "in"... right before it (or before "the")
    workplace: bool = False     # a workplace word within a few words
    institution: bool = False   # a word naming a hospital or a stay in one, likewise
    in_town: bool = False       # "in <a known town>" right after it: "the Queen's in Burton"


def _words_near(text: str, start: int, end: int) -> set[str]:
    before = _WORD.findall(text, max(0, start - 80), start)[-8:]
    after = _WORD.findall(text, end, end + 70)[:8]
    return {w.lower().rstrip("'") for w in (*before, *after)}


#: the workplace words that say a hospital, not any workplace: its wards, staff, patients and
#: care ("porters", "matron", "admitted", "bleep"), without the words of any job or place
#: ("work", "shift", "staff", "training", "post", "unit", "born")
_HOSPITAL_LIFE_CUES = _WORKPLACE_CUES - frozenset("""
work works worked working job jobs post training trainee foundation staff colleagues shift shifts
clinic clinics department unit agency visiting corridor corridors scan operation treated
treatment born delivered
""".split())  # noqa: SIM905


def hospital_life_near(text: str, start: int, end: int) -> bool:
    """Whether a word of a hospital's life (:data:`_HOSPITAL_LIFE_CUES`: "ward", "porters",
    "consultant", "admitted"...) is among the words near ``text[start:end]`` that decide a
    listed name (:func:`_words_near`: eight words either side, on the same stretch of text)."""
    return not _words_near(text, start, end).isdisjoint(_HOSPITAL_LIFE_CUES)


def _score(form: _Form, cues: _Cues) -> float:
    """The score of one way of reading a match; 0 when this form does not apply."""
    if form.after_the and not cues.the:
        return 0.0
    if cues.the and cues.in_town and (form.needs_cue or form.ambiguity is not Ambiguity.SPECIFIC):
        return 0.7  # "The Queen's in Burton was lovely", "the Royal in Derby"
    if form.spelled and not cues.the:
        return 0.7 if cues.place_before else 0.0  # "at, er, D C H"
    if form.derived:  # alone, as an interviewee names the place they worked: "Er, DCH, yeah"
        return 0.8 if cues.workplace else 0.7 if cues.the or cues.place_before else 0.55
    kind, marked = form.ambiguity, form.needs_cue
    if kind is Ambiguity.SPECIFIC:
        if not marked:
            return 0.9 if form.words > 1 else 0.85
        # marked "?" as a person, title or phrase too: "at King's", "the Princess Royal ward"
        return 0.8 if cues.workplace else 0.6 if cues.place_before else 0.0
    if kind is Ambiguity.NAME:
        # "the Christie", "at Musgrove", "Which hospital, Guy's?"
        if cues.the and not marked or cues.institution:
            return 0.8
        if cues.the and cues.workplace:
            return 0.6  # "Where are you working now? The, er, King's"
        return (0.6 if marked else 0.75) if cues.place_before else 0.0
    if kind is Ambiguity.PLACE:
        # "the Ulster"; "worked at Frimley"; "in Frimley" alone stays a town
        if cues.the and not marked:
            return 0.8
        return 0.8 if cues.workplace and (cues.place_before or cues.the) else 0.0
    # an ordinary word: "on the wards at the Grange"; listed as "the Conquest": after "the"
    if cues.workplace:
        return 0.8
    return 0.6 if cues.the and form.after_the and not marked else 0.0


class HospitalGazetteerRecognizer(RuleRecognizer):
    """Hospitals, trusts and boards from the shipped list (:func:`hospital_names`), scored by
    how much else the name could be (:class:`Ambiguity`) and the words around it."""

    ENTITIES = ("HOSPITAL",)
    NAME = "hospital_gazetteer"

    def find(self, text: str) -> list[RecognizerResult]:
        forms = _forms()
        out = []
        undecided: list[tuple[int, int]] = []
        for start, end in _index().finditer(text):
            found = forms.get(text[start:end])
            if not found or (text[end - 2] == " " and _SPELLING_GOES_ON.match(text, end)):
                continue  # "G R I double F I T H S": a name spelled out, not "the G R I"
            extension = _EXTENSION.match(text, end)
            stop = extension.end() if extension else end
            institution_after = extension is not None and \
                _STRONG_EXTENSION.search(extension.group()) is not None
            if not institution_after and _NOT_HOSPITAL_NEXT.match(text, stop):
                continue  # "Royal Victoria Park", "St George's Day", "King's College"
            if not institution_after and _ORDINARY_NOUN_NEXT.match(text, stop) \
                    and all(f.words == 1 and (f.needs_cue or f.ambiguity is Ambiguity.WORD)
                            for f in found):
                continue  # "the Royal family visited the ward", "the General election"
            if institution_after:  # "Whiston Hospital", "Lister Hospital": whatever else
                out.append(credited(self, "HOSPITAL", start, stop, 0.85))
                continue
            if extension is None and _DEPARTMENT_NEXT.match(text, end) \
                    and not _CAPITAL_BEFORE.search(text, max(0, start - 30), start):
                out.append(credited(self, "HOSPITAL", start, end, 0.85))  # "Heartlands ED"
                continue
            the = _THE_BEFORE.search(text, max(0, start - 24), start) is not None
            if all(f.after_the for f in found) and not the:
                undecided.append((start, stop))  # "the NMGH, West Cumberland": in a list
                continue
            if any(f.contextual for f in found):
                if (not the and _CAPITAL_BEFORE.search(text, max(0, start - 30), start)) \
                        or _CAPITAL_NEXT.match(text, stop):
                    continue  # "Agatha Christie", "Christie Brinkley", "the Royal Navy"
                near = _words_near(text, start, stop)
                town = _IN_TOWN_AFTER.match(text, stop)
                cues = _Cues(the=the, place_before=_PLACE_BEFORE.search(
                                 text, max(0, start - 40), start) is not None,
                             workplace=not near.isdisjoint(_WORKPLACE_CUES),
                             institution=not near.isdisjoint(_INSTITUTION_CUES),
                             in_town=town is not None and known_place(town.group("town")))
            else:
                cues = _Cues(the=the)
            score = max(_score(form, cues) for form in found)
            if score > 0:
                out.append(credited(self, "HOSPITAL", start, stop, score))
            else:
                undecided.append((start, stop))
        listed = _listed_with_hospitals(text, out, undecided, self)
        listed += _named_with_lower_kind(text, self)
        listed += _named_with_specialty(text, self)
        return sorted(out + listed, key=lambda r: r.start) if listed else out


#: a hospital's kind in lower case after its name, which is one to three capitalised words
#: (:data:`_NAME_BEFORE_KIND`) without "a"/"any"/"which" before it: "Castlebeck infirmary
#: closed", "The Castlebeck hospital had a helipad", "Tarnside general hospital", "Ty Hafan
#: children's hospice", "Rosewood care home"; the name and its kind are redacted together (the
#: corpus convention);
#: the kind is found first, a literal
_LOWER_KIND = re.compile(
    r"[ \t](?:(?:general|district|community|cottage|memorial|teaching|university|maternity|"
    r"children['’]s|psychiatric)[ \t]+)?(?:hospital|infirmary|hospice|(?:care|nursing|residential)"
    r"[ \t]+home)\b(?![ \t]+(?:trust|trusts|"
    r"group|board|doctor|drama|show|series)\b)")
#: the name before the kind, read backwards from it (a window's end)
_NAME_BEFORE_KIND = re.compile(r"(?<![\w'’-])(?P<name>(?:St\.?[ \t]+)?[A-Z][\w'’-]*"
                               r"(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w'’-]*){0,2})\Z")
#: an article or determiner that makes "X hospital" any hospital of a kind: "a Victorian
#: hospital", "which London hospital", "every Covid hospital"
_GENERIC_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Aa]ny|[Aa]nother|[Ee]very|[Ee]ach|[Oo]ne|"
                             r"[Nn]o|[Ss]ome|[Ww]hich|[Ww]hat|[Ww]hichever|[Ss]uch)[ \t]+\Z")
#: words that open a sentence or a clause before a name, never part of it
_LEAD_WORDS = frozenset("""
The A An At In To From And But So Then When While After Before Our My Their His Her Your This
That Those These Its Was Is Were Did Does Yeah Yes No Oh Well Um Er Erm Like Or If Which What
Where Whose Even Only Also Just Both Even Old New Former Big Main
""".split())  # noqa: SIM905


def _unexplained(word: str) -> bool:
    """Whether ``word`` names something in its own right: no English word, common capital,
    acronym or nationality explains it ("Castlebeck", "Pennock"; a town or a surname too)."""
    stem = re.sub(r"['’]s?$", "", word)
    if stem in ("St", "St.") or stem in COMMON_CAPITALISED or stem in _LEAD_WORDS:
        return False
    if len(stem) < 3 or stem.isupper():
        return False  # "NHS hospital", "a PFI hospital": an acronym the others decide
    return known_place(stem) or not is_english_word(stem)


def _named_with_lower_kind(text: str,
                           recognizer: HospitalGazetteerRecognizer) -> list[RecognizerResult]:
    """Hospitals named with their kind in lower case (:data:`_LOWER_KIND`): the words that
    lead the match and explain nothing ("The", "At", "Old") are left out, and at least one
    word left must name something (:func:`_unexplained`) and none be an ordinary word ("the
    Cottage hospital", "Field hospital" stay); a care home's words, ordinary as they mostly
    are, must say more than its kind (:func:`~vault.anonymise.recognizers.names_a_care_home`:
    "the Rosewood care home", not "the Council care home")."""
    out = []
    for k in _LOWER_KIND.finditer(text):
        window = max(0, k.start() - 60)
        m = _NAME_BEFORE_KIND.search(text, window, k.start())
        if m is None:
            continue
        start = m.start("name")
        words = m.group("name").split()
        while words and words[0] in _LEAD_WORDS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else k.start()
            words.pop(0)
        if not words or _GENERIC_BEFORE.search(text, max(0, start - 12), start):
            continue
        if re.search(r"['’]s?$", words[-1]) and words[0] not in ("St", "St."):
            continue  # "Sarah's hospital appointment", "Dad's hospital bag": somebody's
        content = [w for w in words if w not in ("and", "&", "St", "St.")]
        if k.group().endswith("home"):
            if not names_a_care_home(content, opens_sentence=at_sentence_start(text, start)):
                # "the Rosewood care home", not "the Council care home"
                continue
        elif not content or not any(_unexplained(w) for w in content) \
                or any(is_english_word(w) and not known_place(w) for w in content):
            continue
        # the kind is part of the name as written ("[Llandod hospital]", "[Tarnside general
        # hospital]"): a name with its kind said in lower case is still one name
        out.append(credited(recognizer, "HOSPITAL", start, k.end(), 0.8))
    return out


#: a specialist hospital's kind right after its place or name, "Hospital" left unsaid, as staff
#: say it: "Leeds Children's", "Bristol Eye", "Royal National Orthopaedic", "Liverpool Women's",
#: "Great North Children's", "Birmingham Dental"; the kind is part of the name. Found by the
#: kind word first (a literal), then one to three capitalised words read back from it
_SPECIALTY = re.compile(r"[ \t](?:Children['’]?s|Women['’]?s|Dental|Eye|Orthopaedic|Maternity|"
                        r"Heart[ \t]+and[ \t]+Chest|Heart|Cancer|Neurological|Spinal)\b"
                        r"(?![ \t]+(?:[Ss]ervices?|[Ss]ocial|[Ss]ociety|[Cc]harity|[Cc]ommissioner|"
                        r"[Aa]ct|[Ff]und|[Bb]ooks?|[Mm]useum|[Cc]hoir|[Hh]our|[Dd]ay|[Ww]eek|"
                        r"[Ff]estival|[Ll]aureate|[Tt]heatre|[Cc]lub|[Ll]eague|[Ff]ootball|"
                        r"[Aa]ssociation|[Ii]nstitute[ \t]+of|[Tt]rust[ \t]+[Ff]und|[Aa]ppeal|[Ff]oundation))")
_NAME_BEFORE_SPECIALTY = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*"
                                    r"(?:[ \t]+(?:(?:and|upon|on)[ \t]+)?[A-Z][\w'’-]*){0,2})\Z")
#: landmarks and titles of that shape that are no hospital
_SPECIALTY_LANDMARKS = frozenset(("London Eye", "Birds Eye", "Private Eye", "Evil Eye"))
#: a first word that makes the whole any hospital of a kind, not a named one
_GENERIC_SPECIALTY_HEAD = frozenset("""
The A An Our My Their His Her Your This That Every Each Any No Some Which What National
Private Paediatric Specialist Regional Local Big Main Old New General District Royal
""".split())  # noqa: SIM905


def _named_with_specialty(text: str,
                          recognizer: HospitalGazetteerRecognizer) -> list[RecognizerResult]:
    """Specialist hospitals by place or name and kind, "Hospital" left unsaid
    (:data:`_SPECIALTY`): the words before the kind must hold a known place, a listed hospital
    or a word no English explains ("Alder Hey", "Evelina"), and not open with a word that makes
    it generic ("a Children's", "the Royal Children's" alone stays); "Royal"/"General" inside a
    name are kept ("Royal National Orthopaedic")."""
    out = []
    for k in _SPECIALTY.finditer(text):
        m = _NAME_BEFORE_SPECIALTY.search(text, max(0, k.start() - 50), k.start())
        if m is None:
            continue
        words = m.group("name").split()
        start = m.start("name")
        while words and words[0] in _LEAD_WORDS and words[0] not in ("Royal", "Great"):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else k.start()
            words.pop(0)
        content = [w for w in words if w not in ("and", "upon", "on")]
        if not content or all(w in _GENERIC_SPECIALTY_HEAD for w in content):
            continue
        named = " ".join(words)
        if f"{named}{k.group()}" in _SPECIALTY_LANDMARKS:
            continue
        if not (known_place(named) or listed_spelling(named)
                or any(known_place(w) or _unexplained(w) for w in content
                       if w not in _GENERIC_SPECIALTY_HEAD)):
            continue
        out.append(credited(recognizer, "HOSPITAL", start, k.end(), 0.8))
    return out


#: "in Burton", "up in Derby" right after a name
_IN_TOWN_AFTER = re.compile(r"[ \t]+(?:in|at|up[ \t]+in|down[ \t]+in)[ \t]+"
                            r"(?P<town>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)")
#: what joins the hospitals of a list: "Good Hope, then Heartlands", "the RVI or Christie"
_LIST_GAP = re.compile(r",?[ \t]+(?:(?:then|and|or|before|after|no|um|er|erm|later|the)[ \t,]+)*")
_LIST_WORD = re.compile(r",|\b(?:then|and|or)\b")


def _listed_with_hospitals(text: str, found: list[RecognizerResult],
                           undecided: list[tuple[int, int]],
                           recognizer: HospitalGazetteerRecognizer) -> list[RecognizerResult]:
    """The listed names that their own context left undecided, when a list joins them to a
    hospital found: "I was at Good Hope, then Heartlands", "Stepping Hill or Christie"."""
    out = []
    spans = [(r.start, r.end) for r in found]
    for start, stop in undecided:
        for a, b in spans:
            gap = text[b:start] if b <= start else text[stop:a] if stop <= a else None
            if gap is not None and len(gap) < 30 and _LIST_GAP.fullmatch(gap) \
                    and _LIST_WORD.search(gap):
                out.append(credited(recognizer, "HOSPITAL", start, stop, 0.7))
                break
    return out


@functools.cache
def _lower_forms() -> dict[str, tuple[_Form, ...]]:
    """:func:`_forms` keyed by each spelling in lower case (the forms of every spelling that
    lowers to it)."""
    out: dict[str, list[_Form]] = {}
    for spelling, found in _forms().items():
        out.setdefault(spelling.lower(), []).extend(found)
    return {k: tuple(v) for k, v in out.items()}


#: "in burton", "up in derby" right after a name, in uncased text
_IN_TOWN_AFTER_LOWER = re.compile(r"[ \t]+(?:in|at|up[ \t]+in|down[ \t]+in)[ \t]+"
                                  r"(?P<town>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")


def uncased_score(text: str, start: int, end: int) -> float:
    """The score of ``text[start:end]``, read in any case, as a listed hospital's name (0 if it
    is none), from the same cues as in cased text: "the" before it, "at"/"to"/"from" before it,
    workplace words near it, a town after it ("at the general in leicester", "i work at the
    royal united", "the freeman"). Text without capitals offers no other evidence, so a name
    whose every word is an ordinary word also needs one of those cues (the caller's rule)."""
    found = _lower_forms().get(text[start:end].lower())
    if not found:
        return 0.0
    near = _words_near(text, start, end)
    town = _IN_TOWN_AFTER_LOWER.match(text, end)
    in_town = town is not None and any(
        known_place(" ".join(w[:1].upper() + w[1:] for w in words))
        for words in (town.group("town").split(), town.group("town").split()[:1]))
    cues = _Cues(the=_THE_BEFORE.search(text, max(0, start - 24), start) is not None,
                 place_before=_PLACE_BEFORE.search(text, max(0, start - 40), start) is not None,
                 workplace=not near.isdisjoint(_WORKPLACE_CUES),
                 institution=not near.isdisjoint(_INSTITUTION_CUES), in_town=in_town)
    if not (cues.the or cues.place_before or cues.workplace or cues.in_town):
        return 0.0
    return max(_score(form, cues) for form in found)
