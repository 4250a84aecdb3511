"""Places named with a lower-case kind, and workplaces named in inline header fields (round 15).

Two written shapes the older place finders read only in part:

* **a landscape by its name and its kind in lower case**: "the Clogher valley", "the Solway
  coast", "the Mourne mountains", "the Fermanagh lakelands", "in Weardale valley", "the
  Malvern hills"; and a housing estate, "the Nirnford estate", when its name is no
  dictionary word (not "the Council estate"). The kind is written in lower case by most people who are not writing a
  map, and it is part of the name of the place (the corpus convention: "the [Angus glens]",
  "the [Cartmel peninsula]"), so it is redacted with the name. The name is one or two
  capitalised words right before the kind; a word that an English dictionary explains
  ("Eden", "Tweed", "Causeway") counts only with "the" or a word of where before it, and a
  nation, compass point, month, weekday or feast never does ("the Welsh valleys" are a
  nation's, "the North coast", "the Christmas hills" no place);
* **a workplace field inside a header line**, after a field separator rather than at the
  line's start: "Interview 7 | Participant's site: Carrowmore | Mode: video",
  "Participant: F. A.   Site: Broadoak   Researcher 1: ...". The value ends at the next
  separator (a bar, a bullet, a tab or two spaces, a semicolon); it is a HOSPITAL when a word
  of it names something no dictionary explains, when it is an acronym no ward or service
  uses ("RLJ"), or when it is two or more ordinary words that say which, not what ("Hope
  House"; not "Main Building", "Online Video").

Both are rule recognizers with a literal first step (the kind word; a field label), so a
document without them costs one scan each.
"""
from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from vault.anonymise.calendar_words import MONTHS, WEEKDAYS
from vault.anonymise.hospitals import _WORKPLACE_CUES, _words_near
from vault.anonymise.recognizers import (
    _GENERIC_FIELD_WORDS,
    COMMON_CAPITALISED,
    RuleRecognizer,
    _named_by_words,
    credited,
    known_place,
    known_place_or_abroad,
    uk_word_places,
)
from vault.anonymise.wordlists import fold, is_english_word

__all__ = ["ForeignStreetAddressRecognizer", "GaelicPlaceRecognizer", "HyphenatedHospitalRecognizer",
           "InlineWorkplaceFieldRecognizer", "LinkedPlaceRecognizer", "LowerKindLandscapeRecognizer",
           "NamedShopPracticeRecognizer", "OkinaPlaceRecognizer", "SubjectUniversityRecognizer",
           "TownHospitalRecognizer", "WhereQueriedPlaceRecognizer", "landform_recognizers"]

#: a landscape's kind in lower case after its name (found first: a literal after a blank)
_LANDSCAPE_KIND = re.compile(
    r"[ \t](?P<kind>valleys?|coast|coastline|mountains|hills|lakelands|dales|glens|moors|fells|"
    r"uplands|marshes|estuary|peninsula|forest|wolds|downs|lochs|mountain[ \t]+range|estate)"
    r"(?![\w'’-])")
#: one or two capitalised words right before the kind (read back from it)
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’-]*)?)"
                          r"[ \t]\Z")
#: "the" or a word of where right before the name
_THE_OR_WHERE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Tt]he|in|In|from|From|to|around|near|up|"
                                  r"across|along|down|through|over|into|round)[ \t]+\Z")
#: words that make the kind any nation's, direction's or season's, never a place's name
_NOT_LANDSCAPE_NAMES = frozenset("""
Welsh Scottish English Irish British Cornish Manx French Spanish Italian German Dutch Greek
Portuguese European African American Asian Indian Chinese Japanese Australian Canadian Swiss
Norwegian Swedish Nordic Alpine Arctic Celtic Roman Victorian Georgian Viking
North South East West Northern Southern Eastern Western Central Upper Lower Middle Far Near
Inner Outer Mid Great Greater Little Big Old New Green Blue Red Black White Grey Gray Golden
High Low Wild Rolling Misty Distant Local Nearby Beautiful Lovely Gorgeous Stunning Rugged
Christmas Easter Halloween Summer Winter Spring Autumn
The A An This That These Those Our My Their His Her Your Its Some Any Every Each No
Covid NHS Google Lego Disney Hollywood Uncanny
""".split()) | {*MONTHS, *WEEKDAYS}  # noqa: SIM905


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


class LowerKindLandscapeRecognizer(RuleRecognizer):
    """A landscape by its name and a lower-case kind ("the Clogher valley", "the Solway
    coast", "the Mourne mountains", "in Weardale valley"): LOCATION, kind included (see the
    module)."""

    ENTITIES = ("LOCATION",)
    NAME = "lower_kind_landscape"
    SCORE = 0.8

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for k in _LANDSCAPE_KIND.finditer(text):
            window = max(0, k.start() - 60)
            m = _NAME_BEFORE.search(text, window, k.start() + 1)
            if m is None:
                continue
            words = m.group("name").split()
            start = m.start("name")
            if len(words) == 2 and (words[0] in _NOT_LANDSCAPE_NAMES or words[0] in COMMON_CAPITALISED
                                    or words[0].lower() in STOP_WORDS):
                start += len(words[0]) + 1  # "In Weardale valley", "The Clogher valley"
                words = words[1:]
            if any(w in _NOT_LANDSCAPE_NAMES or w.lower() in STOP_WORDS
                   or re.search(r"['’]s?\Z", w) or len(w) < 3 or w.isupper() for w in words):
                continue  # "the Welsh valleys", "Sarah's hills", "the NHS coast"
            cued = _THE_OR_WHERE_BEFORE.search(text, max(0, start - 12), start) is not None
            ordinary = [w for w in words if (is_english_word(w) or w in COMMON_CAPITALISED)
                        and not known_place(w) and not known_place(fold(w))]
            if ordinary and (not cued or _sentence_start(text, start)):
                continue  # "Beautiful valley", "Silicon valley" said bare
            if ordinary and k.group("kind") == "estate":
                continue  # a housing estate by a name no dictionary explains ("the Nirnford
                # estate"), not "the Council estate", "the Crown estate", "the Trust estate"
            out.append(credited(self, "LOCATION", start, k.end("kind"), self.SCORE))
        return out


#: a workplace field after a separator inside a line: "| Participant's site: X", "   Site: X"
_INLINE_FIELD = re.compile(
    r"(?:\||•|·|;|\t|[ ]{2,})[ \t]*(?:(?:[Pp]articipant|[Ii]nterviewee|[Rr]espondent|[Hh]ome|"
    r"[Mm]ain|[Tt]heir|[Hh]ost|[Cc]urrent|[Pp]revious)['’]?s?[ \t]+)?(?:[Ss]ite|[Tt]rust|[Hh]ospital|"
    r"[Ee]mployer|[Ww]orkplace|[Pp]ractice|[Ss]urgery|[Hh]ospice|[Bb]ase|[Uu]nit)[ \t]*[:=][ \t]*"
    r"(?P<v>[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?:[ ](?:[A-ZÀ-ÖØ-Þ][\w'’&.-]*|of|upon|on|and|&|the|in|le|y))*)")
#: acronyms a site field may hold that name a kind of place, not which
_GENERIC_ACRONYMS = frozenset("""
NHS ICU ITU HDU CCU SCBU NICU PICU MAU AMU EAU CDU SAU OPD GP GPs ED AE UK USA N/A TBC TBA
NA DGH PCN ICB CCG MIU UTC WIC OOH CMHT CAMHS IAPT HQ NB PS
""".split())  # noqa: SIM905


def _names_a_site(value: str) -> bool:
    words = [w.strip(".") for w in value.split() if w[:1].isupper()]
    if not words:
        return False
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,5}", words[0]):
        return words[0] not in _GENERIC_ACRONYMS
    if any(w in _GENERIC_FIELD_WORDS for w in words):
        return any(known_place(w) or (len(w) >= 3 and w.isalpha() and not is_english_word(w)
                                       and w not in COMMON_CAPITALISED) for w in words)
    return any(known_place(w) or (len(w) >= 3 and w.isalpha() and not is_english_word(w)
                                  and w not in COMMON_CAPITALISED) for w in words) \
        or _named_by_words(words)


class InlineWorkplaceFieldRecognizer(RuleRecognizer):
    """A workplace field inside a header line ("| Participant's site: Walnut Lodge |",
    "Site: Broadoak   Researcher: ..."): its value is a HOSPITAL (see the module)."""

    ENTITIES = ("HOSPITAL",)
    NAME = "inline_workplace_field"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _INLINE_FIELD.finditer(text):
            value = m.group("v").rstrip(".")
            if not _names_a_site(value):
                continue
            start = m.start("v")
            out.append(credited(self, "HOSPITAL", start, start + len(value), self.SCORE))
        return out


#: a word with a glottal stop written as a letter (ʻokina U+02BB, ʼ U+02BC, or a quote mark),
#: as Polynesian and Hawaiian places are written: "Hawaiʻi", "Nukuʻalofa", "ʻEua", "Savaiʻi"
_GLOTTAL = "ʻʼ‘’'`"
_GLOTTAL_WORD = re.compile(r"(?<![\w" + _GLOTTAL + r"-])(?P<w>[ʻʼ‘][A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ʻʼ‘’'`][^\W\d_]+)*|"
                           r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ʻʼ‘’'`][^\W\d_]+)+)(?![\w" + _GLOTTAL + r"-])")
#: "in" right before a word: a name written so is a place there ("back in Savaiʻi", "lives in ʻEua")
_IN_BEFORE = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Ii]nto|[Aa]round|[Nn]ear)[ \t]+\Z")


def _glottal_forms(word: str) -> tuple[str, ...]:
    bare = word.lstrip(_GLOTTAL)
    bare = bare[:1].upper() + bare[1:]
    return (re.sub(r"[ʻʼ‘’'`]", "", bare), re.sub(r"[ʻʼ‘’`]", "'", bare))


class OkinaPlaceRecognizer(RuleRecognizer):
    """A place written with a glottal-stop letter ("Hawaiʻi", "Nukuʻalofa", "ʻEua"): LOCATION
    when the name without the mark (or with an apostrophe) is a known place, or after "in"
    ("back in Savaiʻi"); a person's name so written ("Faʻafetai") is the name finders'. A
    possessive ("Sarah's") is not such a word: the mark must sit inside the word, not before
    a final "s"."""

    ENTITIES = ("LOCATION",)
    NAME = "glottal_place"
    SCORE = 0.75

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if not any(ch in text for ch in "ʻʼ"):
            return out  # plain apostrophes are read by the other place finders
        for m in _GLOTTAL_WORD.finditer(text):
            word = m.group("w")
            if not any(ch in word for ch in "ʻʼ") or re.search(r"[ʻʼ‘’'`]s\Z", word):
                continue
            known = any(known_place_or_abroad(f) or known_place_or_abroad(fold(f))
                        for f in _glottal_forms(word))
            if known or _IN_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                out.append(credited(self, "LOCATION", m.start("w"), m.end("w"), self.SCORE))
        return out


#: a hospital's kind before a hyphenated place, as hospitals abroad are named ("University
#: Hospital Clermont-Ferrand", "Hospital Sainte-Anne", "Centre Hospitalier Aix-en-Provence")
_HYPHEN_PLACE_HOSPITAL = re.compile(
    r"(?<![\w'’-])(?P<m>(?:(?:University|Universitäts|Teaching|General|Regional|District|Children['’]s|"
    r"Central|Royal)[ \t]+)?(?:Hospitals?|Hospital[ \t]+Center|Hôpital|Hopital|Klinikum|Clinique|"
    r"Kliniken|Ospedale|Centre[ \t]+Hospitalier(?:[ \t]+Universitaire)?|CHU|Medical[ \t]+Centre|"
    r"Infirmary)(?:[ \t]+(?:of|de|du|de[ \t]+la|di|von))?[ \t]+"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-(?:[a-zà-öø-ÿ]+-)*[A-ZÀ-ÖØ-Þ][^\W\d_]*)+)")


#: the same kinds before a name of several words joined by the small words of Romance,
#: Germanic and Baltic names, or spelt with letters beyond ASCII ("University Hospital Santa Lucía
#: de la Vega", "Hospital Universitario Ramón y Cajal", "University Hospital Tartu Ülikooli"): the
#: hospital finders stop at the first small word or accented letter
_NAME_PART = r"[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]*(?:-[^\W\d_]+)*"
_PARTICLE_PLACE_HOSPITAL = re.compile(
    r"(?<![\w'’-])(?P<m>(?:(?:University|Universitäts|Teaching|General|Regional|District|"
    r"Children['’]s|Central|Royal)[ \t]+)?(?:Hospitals?(?:[ \t]+(?:Universitario|Universitari|"
    r"Universitário|Clínico|Clinico|General|Regional))?|Hôpital|Hopital|Klinikum|Clinique|"
    r"Kliniken|Ospedale|Centre[ \t]+Hospitalier(?:[ \t]+Universitaire)?|Infirmary|Clinic)"
    r"(?:[ \t]+(?:of|de|del|di|da|do|dos|das|du|des|de[ \t]+la|de[ \t]+las|de[ \t]+los|della|"
    r"degli|von|van|der|la|le|el|al|y|e|i)(?=[ \t]+[A-ZÀ-ÖØ-Þ\u0100-\u024F]))?"
    r"(?:[ \t]+" + _NAME_PART + r")(?:[ \t]+(?:(?:de|del|di|da|do|dos|das|du|des|de[ \t]+la|"
    r"de[ \t]+las|de[ \t]+los|della|degli|von|van|der|den|la|le|el|al|y|e|i)[ \t]+)?"
    + _NAME_PART + r")*)")
#: a cheap check before :data:`_PARTICLE_PLACE_HOSPITAL`: one stem of each of its kinds of
#: hospital (Hospital, Hospitalier; Hôpital; Hopital; Klinikum, Kliniken; Clinique, Clinic;
#: Infirmary; Ospedale)
_HOSPITAL_KIND_STEMS = ("Hosp", "Hôp", "Hop", "Klini", "Clini", "Infirmary", "Ospedale")
_PARTICLE = re.compile(r"[ \t](?:de|del|di|da|do|dos|das|du|des|la|las|los|della|degli|von|van|"
                       r"der|den|le|el|al|y|e|i)[ \t]")


class HyphenatedHospitalRecognizer(RuleRecognizer):
    """A hospital named by its kind and a hyphenated place after it ("University Hospital
    Clermont-Ferrand", "Klinikum Garmisch-Partenkirchen"), or a name of several words joined
    by small words or spelt beyond ASCII ("University Hospital Ramón y Cajal", "Hospital
    Universitario Santa Lucía de la Vega"): the whole name (HOSPITAL), where the hospital finders
    stop at the hyphen, the small word or the accented letter."""

    ENTITIES = ("HOSPITAL",)
    NAME = "hyphenated_hospital"
    SCORE = 0.85

    def find(self, text: str) -> list[RecognizerResult]:
        out = [credited(self, "HOSPITAL", m.start("m"), m.end("m"), self.SCORE)
               for m in _HYPHEN_PLACE_HOSPITAL.finditer(text)] if "-" in text else []
        if any(stem in text for stem in _HOSPITAL_KIND_STEMS):
            for m in _PARTICLE_PLACE_HOSPITAL.finditer(text):
                name = m.group("m")
                kind_end = re.match(r"\S+(?:[ \t]+(?:Hospitals?|Universitario|Universitari|"
                                    r"Universitário|Clínico|Clinico|General|Regional|Hospitalier|"
                                    r"Universitaire))*", name)
                rest = name[kind_end.end() if kind_end else 0:]
                if _PARTICLE.search(rest + " ") or not rest.isascii():
                    out.append(credited(self, "HOSPITAL", m.start("m"), m.end("m"), self.SCORE))
        return out


#: a community pharmacy, dental practice or optician by its name and its kind: "Harbourside
#: Dental Care", "Chapel Brow Dental", "the Lifeboat House Pharmacy", "Kestrel Opticians"
_SHOP_KIND = re.compile(
    r"[ \t](?P<kind>Dental(?:[ \t]+(?:Care|Practice|Surgery|Centre|Clinic|Studio|Group))?|Pharmacy|"
    r"Chemists?|Opticians|Optometrists|Eyecare|Physiotherapy(?:[ \t]+Clinic)?)(?![\w'’-])"
    r"(?![ \t]+(?:[A-Z]|[Ss]chool|[Ss]ervice|[Nn]urse|[Nn]urses|[Aa]ssistant|[Tt]echnician|"
    r"[Cc]ouncil|[Ss]ociety|[Aa]ct|[Ff]oundation|[Hh]ygien|[Ff]irst|[Ii]ndex))")
_SHOP_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’-]*){0,2})"
                               r"\Z")
#: words that say what kind of pharmacy or dentistry, not which
_GENERIC_SHOP_WORDS = _GENERIC_FIELD_WORDS | frozenset("""
Paediatric Pediatric Restorative Special Oral Family Senior Junior Clinical Hospital Online
Retail High Street Boots Lloyds Superdrug Well Asda Tesco Sainsbury's Morrisons Specsavers
Vision Express Royal British Pharmaceutical Dental Cosmetic Orthodontic Emergency Out Hours
The A An At In To From And But So Then Our My Their His Her Your This That Local Independent
""".split())  # noqa: SIM905


class NamedShopPracticeRecognizer(RuleRecognizer):
    """A community pharmacy, dental practice or optician by its name and capitalised kind
    ("Harbourside Dental Care", "Chapel Brow Dental", "the Lifeboat House Pharmacy")
    (HOSPITAL, as the corpus types practices): two or more capitalised words that say which,
    or one no dictionary has; not a chain's or a kind's ("Boots Pharmacy", "Community
    Pharmacy", "Paediatric Dental")."""

    ENTITIES = ("HOSPITAL",)
    NAME = "named_shop_practice"
    SCORE = 0.75

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for k in _SHOP_KIND.finditer(text):
            m = _SHOP_NAME_BEFORE.search(text, max(0, k.start() - 60), k.start())
            if m is None:
                continue
            words = [w for w in m.group("name").split() if w != "&"]
            start = m.start("name")
            while words and words[0] in _GENERIC_SHOP_WORDS and words[0] in (
                    "The", "A", "An", "At", "In", "To", "From", "And", "But", "So", "Then", "Our",
                    "My", "Their", "His", "Her", "Your", "This", "That"):
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else k.start()
                words.pop(0)
            if not words or any(w in _GENERIC_SHOP_WORDS or w.lower() in STOP_WORDS
                                or re.search(r"['’]s?\Z", w) or w.isupper() for w in words):
                continue
            unknown = any(not is_english_word(w) and w not in COMMON_CAPITALISED for w in words)
            if not (unknown or len(words) >= 2):
                continue
            out.append(credited(self, "HOSPITAL", start, k.end("kind"), self.SCORE))
        return out


#: a house number, a street of capitalised words or street words of French, Channel Islands or
#: other languages' addresses ("Rue de la Pompe", "Havre des Pas", "Le Pollet", "Bondgate
#: Without"), then a comma: an address whatever the street's kind when a postcode follows (after
#: a town or not), or a known town follows and a word of address leads ("at", "Address")
_PARTICLES = r"de|des|du|la|le|les|d['’]|da|do|dos|del|di|della|van|von|der|y|of|the"
_FOREIGN_STREET = re.compile(
    r"(?<![\w'’.,-])(?P<m>\d{1,4}[A-Za-z]?,?[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|" + _PARTICLES + r")(?:[ \t]+"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|" + _PARTICLES + r")){0,4}),[ \t]+")
#: what follows the street: a postcode, or a town and then a postcode
_POSTCODE_AFTER = re.compile(r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2},?[ \t]+)?"
                             r"[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]*\d[A-Za-z]{2}(?![\w-])")
_TOWN_AFTER = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")
_ADDRESS_CUE_BEFORE = re.compile(r"(?<![\w'’-])(?:at|[Aa]ddress(?:[ \t]+is)?:?|live[sd]?[ \t]+at|"
                                 r"living[ \t]+at|to)[ \t]+\Z")


class ForeignStreetAddressRecognizer(RuleRecognizer):
    """A written address whose street has no English kind word ("24 Le Pollet, Herm, GY9
    3AB", "130 Rue de la Pompe, Sark, GY10 1SB", "Address 6 Bondgate Without, AB43 2RA", "at
    14 Havre des Pas, St Helier"): the number and street (LOCATION) when a postcode follows,
    or a known town follows and "at"/"Address" leads; "I scored 24 Points, Leeds won" and "we
    had 3 Kids, London was dear" stay."""

    ENTITIES = ("LOCATION",)
    NAME = "foreign_street_address"
    SCORE = 0.75

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _FOREIGN_STREET.finditer(text):
            words = m.group("m").split()[1:]
            if all(w[:1].islower() for w in words):
                continue
            if not _POSTCODE_AFTER.match(text, m.end()):
                town = _TOWN_AFTER.match(text, m.end())
                if town is None or not _ADDRESS_CUE_BEFORE.search(
                        text, max(0, m.start() - 16), m.start()) or not any(
                        known_place(" ".join(town.group().split()[:n]))
                        for n in range(1, len(town.group().split()) + 1)):
                    continue
            out.append(credited(self, "LOCATION", m.start("m"), m.end("m"), self.SCORE))
        return out


#: a listener asking where a name just said is: "Sorry, Cocking? I don't know it. Whereabouts
#: is that?", "And Loose, is that where home is?", "Idle, where's that?"; the question comes
#: within a few words of the name (read forward from the question word, found first)
_WHERE_QUESTION = re.compile(
    r"\b(?:[Ww]hereabouts|[Ww]here['’]s[ \t]+that|[Ww]here[ \t]+is[ \t]+that|is[ \t]+that[ \t]+where[ \t]+"
    r"(?:home|you[ \t]+live|you[ \t]+grew[ \t]+up|you['’]re[ \t]+from|you[ \t]+are[ \t]+from|your[ \t]+"
    r"(?:family|folks|parents)|you[ \t]+were[ \t]+born)|is[ \t]+that[ \t]+near|I[ \t]+don['’]t[ \t]+know"
    r"[ \t]+it|never[ \t]+heard[ \t]+of[ \t]+it)\b")
#: the name queried: one to three capitalised words right before a comma or question mark
_QUERIED_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){0,2})"
                           r"[?,]")
#: words before the name that make it a person's ("Dr Loose?", "Auntie May, is that near")
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Prof|Professor|Nurse|Sister|Auntie|"
                           r"Aunty|Uncle|Nana|Nan|Grandad|Granny)\.?[ \t]+\Z")
_NOT_QUERIED_PLACES = frozenset("""
Sorry Pardon What Where Whereabouts Which Who And But So Right Okay OK Oh Ah Yeah Yes No Well Um
Er Erm Hmm Really Sorry Sure Great Lovely Thanks Thank Hello Hi Interviewer Participant
""".split()) | _NOT_LANDSCAPE_NAMES  # noqa: SIM905


class WhereQueriedPlaceRecognizer(RuleRecognizer):
    """A name the listener asks the whereabouts of ("Sorry, Cocking? I don't know it.
    Whereabouts is that?", "And Loose, is that where home is?"): LOCATION, whatever the
    words of the name are (villages called Loose, Idle, Dull or Seething are places when
    somebody asks where they are). The name is the last one said within 80 characters before
    the question, not a weekday, month, season, feast, interjection or titled person."""

    ENTITIES = ("LOCATION",)
    NAME = "where_queried_place"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for q in _WHERE_QUESTION.finditer(text):
            window = max(0, q.start() - 80)
            names = list(_QUERIED_NAME.finditer(text, window, q.start()))
            if not names:
                continue
            m = names[-1]
            words = m.group("name").split()
            start = m.start("name")
            while len(words) > 1 and (words[0] in _NOT_QUERIED_PLACES or words[0].lower() in STOP_WORDS):
                start += len(words[0]) + 1  # "And Loose, is that where home is?"
                words = words[1:]
            if any(w in _NOT_QUERIED_PLACES or w in COMMON_CAPITALISED and not known_place(w)
                   or w.lower() in STOP_WORDS for w in words):
                continue
            gap = text[m.end():q.start()]
            if gap.count(".") > 1 or "\n" in gap:
                continue  # another sentence came between
            if _TITLE_BEFORE.search(text, max(0, start - 12), start):
                continue
            out.append(credited(self, "LOCATION", start, m.end("name"), self.SCORE))
        return out


#: a university named by its subjects and its city ("the University of Health Sciences, Phnom
#: Penh", "University of Medicine and Pharmacy, Cluj"): the subjects and the city together say
#: which, the "University of" is anybody's
_SUBJECT = (r"(?:Health|Medical|Medicine|Pharmacy|Nursing|Dental|Dentistry|Veterinary|Science|"
            r"Sciences|Technology|Agriculture|Agricultural|Public[ \t]+Health|Traditional[ \t]+"
            r"Medicine|Allied[ \t]+Health|Life)")
_SUBJECT_UNIVERSITY = re.compile(
    r"\bUniversity[ \t]+of[ \t]+(?P<m>" + _SUBJECT + r"(?:[ \t]+(?:and|&)[ \t]+" + _SUBJECT + r")*"
    r"(?:[ \t]+Sciences?)?,[ \t]+(?P<place>[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ \t-][A-ZÀ-ÖØ-Þ][^\W\d_]*){0,2}))")


class SubjectUniversityRecognizer(RuleRecognizer):
    """A university named by its subjects and a known city after a comma ("the University
    of Health Sciences, Phnom Penh"): the subjects and the city (LOCATION, as the corpus
    types universities); "the University of Health Sciences" alone says no city and stays."""

    ENTITIES = ("LOCATION",)
    NAME = "subject_university"
    SCORE = 0.8

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if "University of" not in text:
            return out
        for m in _SUBJECT_UNIVERSITY.finditer(text):
            words = m.group("place").split()
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                if known_place_or_abroad(name) or known_place_or_abroad(fold(name)):
                    end = m.start("place") + len(name)
                    out.append(credited(self, "LOCATION", m.start("m"), end, self.SCORE))
                    break
        return out


#: a town and the word of a hospital's name staff shorten it to ("Sidmouth Victoria", "Bude
#: Stratton", "Cardigan ICC", "Ilkeston Community"), or the initials of a kind of site ("ICC": an
#: integrated care centre, "DGH", "CAH", "GH"); read from the second word (a literal), back to
#: the town
_TOWN_HOSPITAL_KIND = re.compile(
    r"[ \t](?P<kind>Victoria|Royal|General|Memorial|Cottage|Community|District|Infirmary|Jubilee|"
    r"Coronation|ICC|DGH|CAH|GH|CHC)(?![\w'’-])(?![ \t]+(?:[A-Z]|[Pp]ark|[Rr]oad|[Ss]treet|"
    r"[Ss]tation|[Ss]quare|[Hh]all|[Tt]heatre|[Ll]ine|[Cc]oach|[Bb]us|[Cc]entre|[Cc]ouncil|[Cc]lub|"
    r"[Ss]chool|[Cc]ollege|[Tt]own|[Uu]nited|[Rr]overs|[Bb]ridge|[Ss]hopping|[Mm]arket|[Pp]ier|[Bb]aths))")
_TOWN_BEFORE = re.compile(r"(?<![\w'’-])(?P<town>[A-Z][a-z'’-]+(?:[ \t-](?:upon|on|under|le|in|"
                          r"[A-Z][a-z'’-]+)){0,2})\Z")


class TownHospitalRecognizer(RuleRecognizer):
    """A hospital by its town and the one word of its name staff use ("Sidmouth Victoria",
    "Cardigan ICC", "Ilkeston Community"), with a workplace word near it (a station, a park,
    a football club or a bus stop of that name stay: "Manchester Victoria station", "London
    Victoria"): HOSPITAL, the town and the word together. The town must be a known UK place."""

    ENTITIES = ("HOSPITAL",)
    NAME = "town_hospital_word"
    SCORE = 0.75

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for k in _TOWN_HOSPITAL_KIND.finditer(text):
            m = _TOWN_BEFORE.search(text, max(0, k.start() - 50), k.start())
            if m is None:
                continue
            town = m.group("town")
            words = town.split()
            start = m.start("town")
            while len(words) > 1 and (words[0] in _NOT_QUERIED_PLACES or words[0] in COMMON_CAPITALISED
                                      and not known_place(words[0])):
                start += len(words[0]) + 1
                words = words[1:]
            town = " ".join(words)
            if not (known_place(town) or town in uk_word_places()) or town in ("London", "Manchester"):
                continue  # "London Victoria", "Manchester Victoria": stations
            if _words_near(text, start, k.end()).isdisjoint(_WORKPLACE_CUES):
                continue
            out.append(credited(self, "HOSPITAL", start, k.end("kind"), self.SCORE))
        return out


#: a capitalised word of Gaelic or Irish, lenited or prefixed as the grammar writes it after an
#: article ("tIúr", "t-Ob", "h-Eaglais", "nGall", "Hearadh", "Ómaigh", "Chaisteil")
_GAELIC_WORD = r"(?:[th]-?|n(?=[A-ZÀ-ÖØ-Þ]))?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+"
#: the article of a Gaelic or Irish place name and the generic head words places are built
#: from (bay, head, port, loch, strath, glen, church, ridge, fort, river mouth, well, height,
#: island, point, narrows, hill, town, ford, mouth, ring-fort, rock, meadow, field, abbey)
_GAELIC_ARTICLE = r"(?:An|Na|Am|A['’])"
_GAELIC_HEAD = (r"(?:Baile|Bàgh|Bágh|Ceann|Cinn|Port|Loch|Srath|Gleann|Cill|Druim|Dùn|Dún|Inbhir|"
                r"Tobar|Tobair|Àird|Ard|Eilean|Rubha|Caol|Beinn|Cnoc|Achadh|Bun|Ros|Lios|Ráth|"
                r"Carraig|Béal|Beul|Cluain|Gort|Mainistir|Ceathrú|Cathair|Clachan|Tràigh|Sgìre)")
#: Gaelic compass points after a name: north, south, west, east ("Uibhist a Tuath")
_GAELIC_COMPASS = r"(?:a[ \t]+Tuath|a[ \t]+Deas|an[ \t]+Iar|an[ \t]+Ear)"
_GAELIC_PLACE = re.compile(
    r"(?<![\w'’-])(?P<place>"
    # "An t-Ob", "Na Hearadh", "An Srath Bán", "An tIúr": the article, a word, an adjective
    r"" + _GAELIC_ARTICLE + r"[ \t]+" + _GAELIC_WORD + r"(?:[ \t]+" + _GAELIC_WORD + r")?"
    # "Bàgh a' Chaisteil", "Baile na h-Abhainne", "Cill Dara", "Dún na nGall": a head word
    # and its genitive, with or without the article
    r"|" + _GAELIC_HEAD + r"(?:[ \t]+(?:a['’]|an|na|nan|nam))?[ \t]+" + _GAELIC_WORD
    # "Uibhist a Tuath": a name and a compass point
    + r"|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+[ \t]+" + _GAELIC_COMPASS + r")(?![\w'’-])")
#: a word of where right before the name ("in", "at", "from", "out of", "on", "by way of")
_WHERE_BEFORE_GAELIC = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Oo]n|[Nn]ear|[Oo]f|[Ii]nto|[Aa]round|[Vv]ia|"
    r"[Bb]y[ \t]+way[ \t]+of|[Oo]ut[ \t]+of|[Oo]ut[ \t]+to|[Pp]ast|[Bb]eyond|[Oo]utside)"
    r"[ \t]+(?:(?:em|um|er|erm|eh|like|so|aye),?[ \t]+)*\Z")


class GaelicPlaceRecognizer(RuleRecognizer):
    """A place named in Scottish Gaelic or Irish by its grammar ("in An t-Ob", "from Bàgh a'
    Chaisteil", "on Na Hearadh", "in Uibhist a Tuath", "out of Cill Dara"): an article and a
    lenited or prefixed word, a generic head word and its genitive, or a name and a Gaelic
    compass point, after a word of where. English never writes these shapes ("An Irish nurse"
    opens a sentence with no word of where; "Port wine" is no head and genitive), and a listed
    place is the gazetteers'."""

    ENTITIES = ("LOCATION",)
    NAME = "gaelic_place"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _GAELIC_PLACE.finditer(text):
            place = m.group("place")
            if _WHERE_BEFORE_GAELIC.search(text, max(0, m.start() - 24), m.start()) is None:
                continue
            words = place.split()
            if len(words) == 2 and words[0] in ("An", "Na", "Am") \
                    and is_english_word(words[1].lower()) and not known_place(words[1]):
                continue  # "in An Apple" no; "in An Ómaigh", "on Na Hearadh" yes
            out.append(credited(self, "LOCATION", m.start("place"), m.end("place"), self.SCORE))
        return out


#: a place name joined by a small linking word between capitalised parts, as English and
#: Welsh place names are and people's names are not: "Sutton-in-Craven", "Kirkby-on-Bain",
#: "Weston-super-Lyme", "Betws-yn-Rhos", "Llanfihangel-ar-Arth", "Pont-y-Gwaith",
#: "Llanfair-ym-Muallt", "Chapel-en-le-Dale"
_LINKED_PLACE = re.compile(
    r"(?<![\w'’-])(?P<place>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿŵŷ'’]+(?:-(?:on|upon|in|under|le|la|les|en|super|by|"
    r"cum|sub|juxta|y|yr|yn|ym|ar|is|uwch|dan|fach|fawr|bach|mawr))+-[A-ZÀ-ÖØ-Þ]"
    r"[a-zà-öø-ÿŵŷ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿŵŷ'’]+)?)(?![\w-])")


class LinkedPlaceRecognizer(RuleRecognizer):
    """A place whose name links capitalised parts with a small word in lower case
    ("Sutton-in-Craven", "Betws-yn-Rhos", "Pont-y-Gwaith"): English and Welsh place names are
    made so and people's names are not, so the name is a place whether or not a gazetteer
    holds it; phrases written small ("a jack-in-the-box") are no such name, nor one with "the"
    among its links ("a Jack-in-the-Box": a listed "Wells-next-the-Sea" is the gazetteer's)."""

    ENTITIES = ("LOCATION",)
    NAME = "linked_place"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if "-" not in text:
            return out
        for m in _LINKED_PLACE.finditer(text):
            out.append(credited(self, "LOCATION", m.start("place"), m.end("place"), self.SCORE))
        return out


def landform_recognizers() -> list[RuleRecognizer]:
    """The recognizers of this module, for the engine's registry."""
    return [LowerKindLandscapeRecognizer(), InlineWorkplaceFieldRecognizer(), OkinaPlaceRecognizer(),
            HyphenatedHospitalRecognizer(), NamedShopPracticeRecognizer(),
            ForeignStreetAddressRecognizer(), WhereQueriedPlaceRecognizer(),
            SubjectUniversityRecognizer(), TownHospitalRecognizer(), GaelicPlaceRecognizer(),
            LinkedPlaceRecognizer()]
