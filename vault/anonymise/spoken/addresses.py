"""House numbers said in words before a street: "twenty-seven Osborne Avenue", "a hundred and
twelve Heaton Park Road", "flat three, forty-one Jesmond Road", "fourteen and a half Mill
Street", "ninety-eight a Kessock Lane", digit by digit: "two-oh-seven
Beech Grove", "one four four Jesmond Road", "two two oh, Marlborough Crescent"; a street of one
word ending "-way", "-gate", "-walk" ("twenty Kingsway", "nine Westgate", "eleven
Ropewalk") or "the" and a street
type ("seventeen the Crescent"); a filler before the street ("thirty-one, um, Old Church Lane").

::

    find_spoken_addresses(text)   # LOCATION spans from the number to the street type

Addresses with digits ("27 Osborne Avenue") are the written-address recognizer's. Numbers in
words before anything but a capitalised street name ("forty patients", "seven of us") are
not addresses.
"""
from __future__ import annotations

import bisect
import re

from spacy.lang.en.stop_words import STOP_WORDS

from vault.anonymise.calendar_words import MONTHS, WEEKDAYS, alternation
from vault.anonymise.recognizers import is_first_name, known_place
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.numbers import NUMBER_WORDS_RE
from vault.anonymise.spoken.spelling import NATO
from vault.anonymise.spoken.turns import resumed_turn
from vault.anonymise.wordlists import is_english_word

__all__ = ["find_exchange_towns", "find_map_references", "find_spoken_addresses",
           "numbers_before_houses"]

DETECTOR = "spoken_address"

#: common UK street types (Royal Mail thoroughfare descriptors)
_STREET = (r"(?:Road|Street|Lane|Avenue|Drive|Close|Crescent|Way|Terrace|Place|Gardens|Court|"
           r"Grove|Square|Row|Walk|Mews|Parade|Hill|Park|View|Green|Rise|Vale|Wharf|Quay|Gate|"
           r"Wynd|Bank|Chase|Croft|Dale|Fields?|Grange|Heights|Meadows?|Mount|Orchard|Ridge|Side|"
           r"Boulevard|Broadway|Yard|Approach|Circus|Embankment|Esplanade|Promenade|Garth|Lea|"
           r"Nook|Paddock|Pastures?|Cottages|Villas|Drove|Causeway|Fold|Brow|Loke|Chare|Vennel|Twitten|"
           r"Ley|Leys|Strand|Passage|Precinct|Rigg|Brae|Loan|Loaning|Gait|Steps|End|Wharfside|"
           # as transcribers abbreviate them
           r"Rd|St|Ave|Av|Cres|Dr|Gdns|Terr?|Sq|Pl|Ct|Ln|Gr|Cl|Pde|Wy)(?:\.|\b)")
_DIGIT = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)"
#: a house number said digit by digit ("two-oh-seven", "one four four", "two two oh"), or in words
_BELOW100 = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \t](?:one|two|"
             r"three|four|five|six|seven|eight|nine)(?![\w-]))?|ten|eleven|twelve|thirteen|"
             r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|"
             r"seven|eight|nine)")
_NUMBER = (r"(?i:(?:one|two|three|four|five|six|seven|eight|nine)(?:[- \t]" + _DIGIT + r"){1,3}"
           # "hundred and forty-two" with the "a" left unsaid
           r"(?![\w-])|hundred[ \t]+and[ \t]+" + _BELOW100 + r"|" + NUMBER_WORDS_RE + r")")
#: the quarter a street's name ends in, as the Royal Mail writes it: "Castle Lane West", "Kingsway
#: North" (not the start of a place's name: "Station Road, West Didsbury", "Park Lane East
#: Midlands")
_QUARTER = r"(?:[ \t]+(?:North|South|East|West)(?![\w'’-]|[ \t]+[A-Z]))?"
#: streets known as "the ...": "seventeen the Crescent", "four the Green"
_THE_STREET = (r"(?:Crescent|Green|Avenue|Close|Drive|Grove|Square|Parade|Terrace|Mews|Rise|Chase|"
               r"Croft|Paddock|Orchard|Meadows|Cottages|Villas|Nook|Spinney|Glebe|Limes|Willows|"
               r"Beeches|Elms|Poplars|Laurels|Maltings|Courtyard|Quadrant)")
#: (round 22) a tenement's ground floor is its floor nought ("zero stroke two", "nought stroke
#: one", "oh stroke three": the flat 0/2)
_FLOOR = r"(?:" + _NUMBER + r"|\d{1,3}|(?i:zero|nought|oh)(?=[ \t]+(?i:stroke|slash|oblique)))"
#: (round 25) a tenement flat's door after its floor: "two stroke one", "nought slash three"
_DOOR = r"(?:[ \t]+(?i:stroke|slash|oblique)[ \t]+(?:" + _NUMBER + r"|\d{1,3}))"
#: "flat nine C, ", "Flat 4, ", "apartment twelve ", "flat two stroke one, ": a flat number,
#: its door or its letter
_FLAT = (r"(?i:flat|apartment|unit)[ \t]+(?:" + _FLOOR + _DOOR + r"?(?:[ \t]*[A-Ha-h](?![\w'’]))?"
         r"|[A-H](?![\w'’]))"
         r",?[ \t]+")
#: a pause between an address's parts: a comma, a filler ("fourteen stroke two, er, nine ...")
_PAUSE = r",?[ \t]+(?:(?i:um|er|erm|uh),?[ \t]+)?"
#: what a house number carries after it: "and a half" ("fourteen and a half Mill Street"), a
#: letter ("twelve b", "ninety-eight a Kessock Lane": the article "a" only before a capital)
_HOUSE_TAIL = (r"(?:[ \t]+and[ \t]+a[ \t]+half(?=,?[ \t]+[A-Z]))?"
               r"(?:[ \t]*[A-Db-d](?![\w'’])|[ \t]+a(?=,?[ \t]+[A-Z]))?")
_ADDRESS = re.compile(
    r"(?=[AaOoTtFfSsEeNnUuHh])(?<![\w'’-])(?<!half )(?<!Half )(?<!past )(?<!quarter to )(?:" + _FLAT + r")?"
    + _NUMBER + _HOUSE_TAIL + r"(?:,?[ \t]+(?:(?i:um|er|erm|uh),?[ \t]+)?"
    r"(?:(?:(?:St|Saint)\.?[ \t]+)?(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?[ \t]+){1,3}" + _STREET
    + r"\b" + _QUARTER + r"|[A-Z][a-z]{2,}(?:way|gate|walk)(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:in|near|by|and|"
    r"then|when|where|with|which|that|until|till|for|from|since|before|after)\b))"
    r"|[ \t]+the[ \t]+" + _THE_STREET + r"\b)", re.MULTILINE)
#: a house called by its number before a street known as "the ...", with a comma between:
#: "number seventeen, the Paddock" ("number" names nothing and stays; "it was one, the Green
#: was shut" is no address)
_NUMBERED_THE_STREET = re.compile(r"(?<=[Nn]umber[ \t])" + _NUMBER + r",?[ \t]+(?:the|The)[ \t]+"
                                  + _THE_STREET + r"\b")

#: after a flat number, a house number and capitalised words are the street whatever their
#: last word: "flat thirty, forty-three Curlew Rigg"
_FLAT_ADDRESS = re.compile(
    r"(?=[FfAaUu])(?<![\w'’-])" + _FLAT + r"(?:" + _NUMBER + r"|\d{1,4})(?:[ \t]*[A-H](?![\w'’]))?,?"
    r"[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2}")


#: a house number that trails off at the end of a turn ("It's a hundred and ninety-nine..."),
#: the street said when the speaker takes it up after a back-channel ("Yeah." -- "Matby Way")
_TRAILS_OFF = re.compile(r"(?:\.\.\.|…|[-–—]+)[ \t]*$", re.MULTILINE)
_TRAILING_HOUSE = re.compile(r"(?<![\w'’-])(?:" + _NUMBER + r"|\d{1,4}[A-Da-d]?)\Z")
_RESUMED_STREET = re.compile(r"(?:(?:St|Saint)\.?[ \t]+)?(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?[ \t]+)"
                             r"{1,3}" + _STREET + r"\b" + _QUARTER)


def _houses_across_turns(text: str) -> list[Finding]:
    """A house number said at the end of one turn and its street at the start of the speaker's
    next, a back-channel between: both parts are the address (two spans, one per turn)."""
    out = []
    for trail in _TRAILS_OFF.finditer(text):
        m = _TRAILING_HOUSE.search(text, max(0, trail.start() - 50), trail.start())
        if m is None:
            continue
        at = resumed_turn(text, m.end())
        street = _RESUMED_STREET.match(text, at) if at is not None else None
        if street is not None:
            out.append(Finding(m.start(), m.end(), "LOCATION", 0.85, DETECTOR))
            out.append(Finding(street.start(), street.end(), "LOCATION", 0.85, DETECTOR))
    return out


#: a street said in lower case, as caption files and some transcribers write everything:
#: "thirty-nine lousswick way", "forty-two station road" -- one or two words between the
#: number and a street word in the singular, after a word that says an address follows
_LOWER_STREET_TYPE = (r"(?:road|street|lane|avenue|drive|close|crescent|terrace|gardens|grove|way|"
                      r"place|court|row|walk|mews|wynd|brae|parade)")
_LOWER_STREET = re.compile(
    r"(?<![\w'’-])(?P<number>" + _NUMBER + r"|\d{1,4}[a-d]?)[ \t]+(?P<name>[a-z][a-z'’-]+(?:[ \t]+"
    r"[a-z][a-z'’-]+)?)[ \t]+" + _LOWER_STREET_TYPE + r"(?![\w'’-])(?:[ \t]+(?:north|south|east|"
    r"west)(?![\w'’-]))?")
_LOWER_STREET_ANCHOR = re.compile(r"[ \t]" + _LOWER_STREET_TYPE + r"(?![\w'’-])")
#: what says an address follows: "at", "it's", "address", "live", "moved to", "number", ...
_ADDRESS_CUE_BEFORE = re.compile(
    r"(?i:\b(?:at|it['’]?s|it[ \t]+is|address(?:[ \t]+is|['’]s)?|live[sd]?|living|moved[ \t]+to|"
    r"move[ \t]+to|number|that['’]s|from|is|was)[ \t,:]*)\Z")
#: words that make "one long road", "a dirt lane", "twenty minutes down the road" no address
#: (beside spaCy's stop words, which the check reads too: "side", "back", "the", "my", "up")
_NOT_STREET_NAME = frozenset("""
way long main country dirt good busy quiet narrow private little big new old different single
two-way winding steep straight wide dark muddy minute minutes mile miles yard yards metres hour
hours round
""".split())  # noqa: SIM905
#: the town said after a lower-case street: "... way in kelbury", "... road, brackby"
_LOWER_TOWN_AFTER = re.compile(r"(?:,|[ \t]+in)[ \t]+(?P<town>[a-z][a-z'’-]{3,})(?![\w'’-])")


def _lower_case_streets(text: str) -> list[Finding]:
    """Street addresses said in lower case (see :data:`_LOWER_STREET`), and a town after."""
    out = []
    for m in _near(_LOWER_STREET, _LOWER_STREET_ANCHOR, text, 60, 20):
        words = m.group("name").split()
        if any(w in _NOT_STREET_NAME or w in STOP_WORDS or re.fullmatch(_NUMBER, w)
               for w in words):
            continue
        if _ADDRESS_CUE_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None:
            continue
        out.append(Finding(m.start(), m.end(), "LOCATION", 0.85, DETECTOR))
        town = _LOWER_TOWN_AFTER.match(text, m.end())
        if town is not None and not is_english_word(town.group("town")) \
                and town.group("town") not in STOP_WORDS:
            out.append(Finding(town.start("town"), town.end("town"), "LOCATION", 0.8, DETECTOR))
    return out


def find_spoken_addresses(text: str) -> list[Finding]:
    """Street addresses whose house number is said in words."""
    findings = [Finding(m.start(), m.end(), "LOCATION", 0.9, DETECTOR)
                for m in _ADDRESS.finditer(text)]
    if "..." in text or "…" in text or "-\n" in text or "—" in text or "–" in text:
        findings.extend(_houses_across_turns(text))
    findings.extend(_lower_case_streets(text))
    if "umber" in text:
        findings.extend(Finding(m.start(), m.end(), "LOCATION", 0.9, DETECTOR)
                        for m in _NUMBERED_THE_STREET.finditer(text))
    if "lat" in text or "LAT" in text or "nit" in text or "partment" in text:
        seen = {(f.start, f.end) for f in findings}
        findings.extend(Finding(m.start(), m.end(), "LOCATION", 0.9, DETECTOR)
                        for m in _FLAT_ADDRESS.finditer(text) if m.span() not in seen)
    return findings


# -- round 9: address lines by their shape, whatever words the street and the house carry --

#: a house number as said or typed, in any of the forms people give it: digits ("216", "19A",
#: "1/3"), words, a tenement's "thirty-seven stroke four" / "two up", "number eight", a flat
_HOUSE_NUMBER = (r"(?:(?i:flat|apartment|unit)[ \t]+[A-H](?![\w'’])|"
                 r"(?:(?i:flat|apartment|unit|number|no\.?)[ \t]+)?(?:\d{1,3}[A-Za-z]?(?:/\d{1,3})?|"
                 + _NUMBER + r")(?:[ \t]*[A-Da-d](?![\w'’]))?"
                 r"(?:[ \t]+(?i:stroke|slash|oblique)[ \t]+(?:\d{1,3}|" + _NUMBER + r"))?"
                 r"(?:[ \t]+(?i:up|down)(?=[ \t]*,))?" + r")")
#: a capitalised word of any Latin script, "Mc"/"O'" forms and hyphened parts
_CAP = (r"(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ\u0100-\u024F][a-zß-öø-ÿ\u0100-\u024F'’]+"
        r"(?:-(?:[a-z]{1,3}-)?[A-Z][a-zß-öø-ÿ\u0100-\u024F'’]+){0,2}")
#: a place's name: capitalised words, with the small words place names carry between them
#: ("Heol y Wern", "Ffordd yr Orsaf", "Newcastle upon Tyne", "Stratford-on-Avon", "The Old
#: Manse")
_PLACE_NAME = (r"(?:[Tt]he[ \t]+)?" + _CAP + r"(?:[ \t]+(?:(?:y|yr|yn|ar|an|na|nam|of|upon|le|"
               r"la|de|du|the)[ \t]+)?" + _CAP + r"){0,3}")
#: one line of an address: a house number and the street after it, a house number alone, or
#: a place's name
_LINE = (r"(?:(?:" + _HOUSE_NUMBER + r")(?:,?[ \t]+" + _PLACE_NAME + r")?|" + _PLACE_NAME + r")")
_LINE_RE = re.compile(_LINE)
#: a postcode typed ("PH15 1QZ", "LA9 2HX") that the spoken finders leave to the written ones
_TYPED_POSTCODE = re.compile(r"(?<![\w'’])[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}(?![\w'’])")
#: what a speaker says between an address's last line and its postcode: ", and the postcode's",
#: ", the postcode is", ", postcode"
_TO_POSTCODE = re.compile(r"[ \t]*[,.]?[ \t]*(?:(?i:and[ \t]+)?(?i:the[ \t]+)?(?i:post[ \t]?code)"
                          r"(?:['’]s|[ \t]+is|[ \t]+being)?[ \t]*[,:]?[ \t]*)?\Z")
_POSTCODE_NAMED = re.compile(r"(?i)(?:post|eir)[ \t]?code")
#: words that open a line but are no address: a title, a month, a weekday
_NOT_LINE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Doctor|Professor|Prof|Sister|Nurse|Born|Sent|From|To|"
                       r"Subject|Date|Re|Dear|" + alternation(MONTHS + WEEKDAYS) + r"|Yes|No|Yeah|Aye|Okay|Right|Well|So|See|Look|Och|"
                       r"It['’]s|It|That['’]s|We['’]re|I['’]m|And|But|Then|Mobile|Phone|Email|"
                       r"E-mail|Postcode|Address|Home|Um|Umm|Er|Erm|Uh|Hmm|Oh|Ah|Eh)\b")
_MAX_LINES = 4
#: a number alone is no line of an address: "born sixty-four, June, twenty-five, ..." is a date
_BARE_NUMBER = re.compile(r"(?:\d{1,3}|" + _NUMBER + r")")
_NUMBER_WORD_BEFORE = re.compile(r"(?i:number|no\.)[ \t]+")
#: the words after which a line may start although they are capitalised: "It's", "We're"
_LEAD_INS = frozenset(("It's", "It’s", "We're", "We’re", "I'm", "I’m", "That's", "That’s"))
_WORD = re.compile(r"\S+")


def _line_starts(window: str, whole: bool) -> list[int]:
    """Where a line may start in ``window``: after punctuation, or after a word in lower case
    or a lead-in ("It's", "We're"), not after another capitalised word ("Dr Smith": "Smith"
    is no line of its own); the window's start only when it is the text's (``whole``)."""
    out = [0] if whole else []
    previous: str | None = None
    for m in _WORD.finditer(window):
        if previous is not None and (previous[-1] in ",:;.!?]—–" or previous[0].islower()
                                     or previous in _LEAD_INS):
            out.append(m.start())
        previous = m.group()
        if m.group()[0] in "[(—–" and len(m.group()) > 1:
            out.append(m.start() + 1)
    return out


def _remark(window: str, line: re.Match[str]) -> bool:
    """Whether a line of one ordinary word is a remark ("Work's", "Home", "Honestly") rather
    than a town that is also a word ("..., Reading, RG1 4AB"): it opens a sentence or a turn,
    or is a possessive."""
    word = line.group()
    if " " in word or not is_english_word(word):
        return False
    before = window[:line.start()].rstrip(" \t")
    return not before or before[-1] in ".!?:\n\"“" or word.endswith(("'s", "’s"))


def _named_person(line: str) -> bool:
    """Whether a line is a person's name ("Parminder Sekhon, twenty-six ..."): a first name
    and a capitalised word, the way details for a form open. The run of lines ends there."""
    words = line.split()
    return 2 <= len(words) <= 3 and is_first_name(words[0]) and words[1][:1].isupper()


def _lines_before(text: str, end: int) -> int | None:
    """Where the run of address lines ending at ``end`` starts (lines joined by commas), or
    None. A line that is a year or a count ("1959") alone, or opens with a title or a month,
    ends the run."""
    start = None
    for _ in range(_MAX_LINES):
        window = text[max(0, end - 90):end]
        best = None
        for at in _line_starts(window, end <= 90):
            line = _LINE_RE.fullmatch(window, at, len(window))
            if line is not None and not _NOT_LINE.match(line.group()) \
                    and not line.group().isdigit() and not line.group().islower() \
                    and not _remark(window, line) and not _named_person(line.group()) \
                    and not _BARE_NUMBER.fullmatch(line.group()):
                # (a line of one ordinary word is a remark, "Work's", "Home", no address)
                best = line
                break
        if best is None:
            break
        start = end - len(window) + best.start()
        opening = _FIRST_WORD.match(text, start, end)
        if opening is not None and opening.group(1).lower() in STOP_WORDS and not \
                _BARE_NUMBER.fullmatch(opening.group(1)) and opening.group(1) != "The":
            start = opening.end()  # "In Hawkshead. The postcode's", "the Coach House": the
            # preposition or article names nothing
        before = text[max(0, start - 3):start]
        if "," not in before:
            break
        end = text.rfind(",", 0, start)
    return start


def address_lines(text: str, postcodes: list[Finding]) -> list[Finding]:
    """The lines said or typed right before a postcode ("Larchfield, Causewayside Row, P H one
    five ...", "Flat 1/3, 216 Harbour Brae, Tyndrum, PH15 1QZ", "sixty stroke two, Cae Glas
    Road, and the postcode's ..."): a LOCATION span for each line before the postcode,
    whatever words the house, the street and the town are (a house name, a Welsh or Gaelic
    street, a tenement's "stroke" number)."""
    ends = [f.start for f in postcodes if f.entity == "POSTCODE"]
    if any(c.isdigit() for c in text):
        ends.extend(m.start() for m in _TYPED_POSTCODE.finditer(text))
    out = []
    for at in sorted(set(ends)):
        joint = _TO_POSTCODE.search(text, max(0, at - 40), at)
        if joint is None or "," not in joint.group() and joint.group().strip() \
                and not _POSTCODE_NAMED.search(joint.group()):
            continue  # (". Postcode D D one ...": the word says what follows)
        last = at - len(joint.group())
        start = _lines_before(text, last)
        if start is not None and start < last:
            said = _NUMBER_WORD_BEFORE.match(text, start, last)  # "number nineteen, ...": the
            start = said.end() if said else start  # word "number" names nothing
            out.extend(_per_line(text, start, last))
    return out


_LINE_PIECE = re.compile(r"[^,]+")


def _per_line(text: str, start: int, end: int) -> list[Finding]:
    """One LOCATION span per comma-separated line of ``text[start:end]``: where a register
    takes one line as a person ("Parminder Sekhon, twenty-six ..."), the other lines stay."""
    out = []
    for m in _LINE_PIECE.finditer(text, start, end):
        piece = m.group()
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            out.append(Finding(m.start() + lead, m.end() - trail, "LOCATION", 0.85, DETECTOR))
    return out


#: Welsh and Gaelic street words, said before the street's name: "Heol y Wern", "Ffordd yr
#: Orsaf", "Stryd Fawr", "Lon Isaf", "Maes yr Haf", "Sràid na h-Eaglais"
_CELTIC_STREET = (r"(?:Heol|Ffordd|Stryd|Stryt|L[oô]n|Rhodfa|Teras|Cilgant|Maes|Clos|Sr[aà]id|"
                  r"Rathad|Cnoc)[ \t]+(?:(?:y|yr|na|nan|a['’]|an)[ \t]+)?" + _CAP
                  + r"(?:[ \t]+" + _CAP + r")?")
#: a Welsh or Gaelic street named alone, without its house number ("we're on Heol y Bryn",
#: "up Ffordd yr Orsaf", "off Sràid na h-Eaglais"): the street word says it is a street (not
#: "Lon", "Maes", "Clos", "Cnoc", which are also names and words)
_CELTIC_STREET_ALONE = re.compile(
    r"(?<![\w'’-])(?:Heol|Ffordd|Stryd|Stryt|Lôn|Rhodfa|Teras|Cilgant|Sr[aà]id|Rathad)[ \t]+"
    r"(?:(?:y|yr|na|nan|a['’]|an)[ \t]+)?(?:[hnt]-)?" + _CAP + r"(?:[ \t]+" + _CAP
    + r")?(?![\w'’-])")
#: buildings a house is named after: "The Old Manse", "The Old Schoolhouse", "The Old Forge"
_BUILDING = (r"(?:Manse|Schoolhouse|School[ \t]+House|Rectory|Vicarage|Parsonage|Presbytery|Mill|"
             r"Forge|Smithy|Smiddy|Granary|Dairy|Barn|Byre|Stables|Coach[ \t]?[Hh]ouse|Post[ \t]+"
             r"Office|Bakehouse|Bakery|Chapel|Station[ \t]+House|Toll[ \t]?[Hh]ouse|Courthouse|"
             r"Brewery|Maltings|Creamery|Farmhouse|Cottage|Lodge|Bothy|Steading|Sawmill|Watermill|"
             r"Windmill|Ferry[ \t]+House|Custom[ \t]+House|Police[ \t]+House|Laundry|Pump[ \t]+"
             r"House|Mission|Tannery|Workhouse|Gatehouse|Lock[ \t]?[Hh]ouse|Signal[ \t]?[Bb]ox)")
#: a house named for what it was: "The Old Manse" (capitals: "the old barn" is a barn)
_OLD_BUILDING = re.compile(r"(?<![\w'’-])(?:The[ \t]+|(?<=the[ \t]))Old[ \t]+" + _BUILDING
                           + r"(?![\w'’-])")
#: a named house: a capitalised word and "Cottage", "Farm", "Lodge", "Croft", "Steading"
#: ("Rose Cottage", "Brook Farm", "Hillside Croft"); a Welsh house name: "Tŷ Newydd", "Hafod
#: Wen", "Bryn Eithin" (a generic and a word no English dictionary knows)
_NAMED_HOUSE = re.compile(r"(?<![\w'’-])(?:" + _CAP + r"[ \t]+){1,2}(?:Cottage|Farm|Farmhouse|Lodge|"
                          r"Croft|Steading|Bothy|Mains|Barns|Cottages)(?![\w'’-]|[ \t]+[A-Z])"
                          r"|(?<![\w'’-])(?:T[ŷy]|Hafod|Bryn|Plas|Hendre|Bwthyn|Llety|Cartref)"
                          r"[ \t]+(?P<welsh>" + _CAP + r")(?![\w'’-])")
#: a street named and then its house number: "Ropery Lane, number eight", "Tolbooth Wynd,
#: number sixty one", "Heol y Wern, number six"
_STREET_THEN_NUMBER = re.compile(
    r"(?<![\w'’-])(?:(?:" + _CAP + r"[ \t]+){1,3}" + _STREET + r"|" + _CELTIC_STREET + r"),?[ \t]+"
    # (round 22) "Bretley View, it's number a hundred and sixty-three"
    r"(?:(?i:it['’]s|it[ \t]+is|that['’]s|we['’]re|we[ \t]+are|I['’]m)[ \t]+)?"
    r"(?i:number|no\.?)[ \t]+(?:\d{1,4}[A-Za-z]?|" + _NUMBER + r")(?![\w'’-])")
#: a house number in any form ("thirty-seven stroke four", "two up, thirty-three", "216",
#: "Apartment thirty, sixty-five") before a Welsh or Gaelic street: "twenty-seven Heol y Wern",
#: "Six stroke eight, Lon Isaf"
_NUMBER_CELTIC = re.compile(r"(?<![\w'’-])" + _HOUSE_NUMBER + r"(?:,?[ \t]+" + _HOUSE_NUMBER
                            + r")?,?[ \t]+" + _CELTIC_STREET + r"(?![\w'’-])")
#: a tenement or flat's number before a house number and street: "thirty-seven stroke four,
#: Stryd Fawr", "two up, thirty-three Causewayside Row", "118 stroke 5, Glebe Crescent"
#: (round 22) the street may be one word ending in "-gate", "-way", "-walk" ("one stroke one,
#: forty-six Marlgate")
#: (round 25) the word "flat" said before it is the address's too: "flat two stroke one,
#: fourteen Gorsebank Road"
_STROKE_ADDRESS = re.compile(
    r"(?<![\w'’-])(?:(?i:flat|apartment|unit)[ \t]+)?" + _FLOOR
    + r"(?:" + _DOOR + r"|[ \t]+(?i:up|down))(?:" + _PAUSE + r"(?:" + _NUMBER + r"|\d{1,3}))?"
    + _PAUSE + r"(?:"
    r"(?:" + _CAP + r"[ \t]+){1,3}" + _STREET + r"|" + _CELTIC_STREET
    + r"|[A-Z][a-z]{2,}(?:gate|way|walk)(?![\w'’-]))")


#: the words each shape needs, found first so that the shapes, which may start at any
#: capitalised word or number, are tried only near them
_CELTIC_ANCHOR = re.compile(r"(?<![\w'’-])(?:Heol|Ffordd|Stryd|Stryt|L[oô]n|Rhodfa|Teras|Cilgant|"
                            r"Maes|Clos|Sr[aà]id|Rathad|Cnoc)[ \t]")
_STROKE_ANCHOR = re.compile(r"[ \t](?:(?i:stroke|slash|oblique)[ \t]|(?:up|down),?[ \t]+(?:\d|a[ \t]+"
                            r"hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                            r"twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|[a-z]+teen)"
                            r"(?![a-z]))")
_HOUSE_ANCHOR = re.compile(r"[ \t](?:Cottage|Farm|Farmhouse|Lodge|Croft|Steading|Bothy|Mains|Barns|"
                           r"Cottages)(?![\w'’-])|(?<![\w'’-])(?:T[ŷy]|Hafod|Bryn|Plas|Hendre|"
                           r"Bwthyn|Llety|Cartref)[ \t]")
_NUMBER_ANCHOR = re.compile(r",?[ \t]+(?i:number|no\.?)[ \t]")


def _near(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, before: int,
          after: int) -> list[re.Match[str]]:
    """``pattern``'s matches that start within ``before`` characters before an ``anchor``
    match (and end within ``after`` after it)."""
    out: dict[tuple[int, int], re.Match[str]] = {}
    for a in anchor.finditer(text):
        for m in pattern.finditer(text, max(0, a.start() - before), min(len(text), a.end() + after)):
            out.setdefault(m.span(), m)
    return list(out.values())


_FIRST_WORD = re.compile(r"(\S+)[ \t]+")


def find_address_shapes(text: str) -> list[Finding]:
    """Addresses by their shape rather than their wording: a house named for a building
    ("The Old Manse"), a named cottage or farm, a Welsh house name; a street then its number;
    a tenement's "stroke" or "up" number; a Welsh or Gaelic street after a house number."""
    matches: list[re.Match[str]] = []
    if "Old" in text:
        matches.extend(_OLD_BUILDING.finditer(text))
    for m in _near(_NAMED_HOUSE, _HOUSE_ANCHOR, text, 60, 40):
        welsh = m.group("welsh")
        if welsh is None or not is_english_word(welsh):  # "Ty Dollar": an English word
            matches.append(m)
    matches.extend(_near(_STREET_THEN_NUMBER, _NUMBER_ANCHOR, text, 90, 60))
    matches.extend(_near(_NUMBER_CELTIC, _CELTIC_ANCHOR, text, 110, 50))
    matches.extend(_near(_CELTIC_STREET_ALONE, _CELTIC_ANCHOR, text, 0, 50))
    matches.extend(_near(_STROKE_ADDRESS, _STROKE_ANCHOR, text, 70, 110))
    out = []
    for m in matches:
        start = m.start()
        first = _FIRST_WORD.match(text, start, m.end())
        if m.re is _NAMED_HOUSE and first is not None and first.group(1).lower() in STOP_WORDS:
            start = first.end()  # a function word opening a sentence: "And Tudor Lodge"
        # a named cottage may be a cottage hospital ("Wantage Cottage"), a named lodge an NHS
        # unit ("Tregenna Lodge" for a mental-health ward): weak, so that the hospital
        # finders' span, where there is one, wins
        weak = m.re is _NAMED_HOUSE and m.group().endswith(("Cottage", "Lodge"))
        out.append(Finding(start, m.end(), "LOCATION", 0.55 if weak else 0.85, DETECTOR))
    return out + find_boxes_and_flats(text) + _lines_before_street(text) + \
        find_map_references(text)


#: a post-office box and its number, typed or said: "PO Box 212", "P.O. Box 7", "P O Box four
#: four one", "post office box twelve", "PO Box one-oh-six"
_PO_BOX = re.compile(
    r"(?<![\w'’-])(?:P\.?[ \t]?O\.?|(?i:post[ \t]+office))[ \t]+(?i:box)[ \t]+(?:\d{1,6}(?![\w'’-])|"
    r"(?:" + _NUMBER + r"|" + _DIGIT + r")(?:[ \t,-]+(?:" + _NUMBER + r"|" + _DIGIT + r")){0,5}(?![\w'’-]))",
    re.IGNORECASE)
#: a flat and the building or street after it, with no house number: "flat two, Hollins Court"
_FLAT_BUILDING = re.compile(r"(?<![\w'’-])(?i:flat|apartment|unit)[ \t]+(?:" + _NUMBER + r"|\d{1,3}"
                            r"(?:/\d{1,2})?)(?:[ \t]*[A-H](?![\w'’]))?,?[ \t]+(?:" + _CAP
                            + r"[ \t]+){1,3}" + _STREET)


_BOX_ANCHOR = re.compile(r"(?<![\w'’-])(?i:box)(?![\w'’-])")
_FLAT_ANCHOR = re.compile(r"(?<![\w'’-])(?i:flat|apartment|unit)[ \t]")


def find_boxes_and_flats(text: str) -> list[Finding]:
    """PO boxes and flats in a named building: the two address forms without a house number."""
    matches = [*_near(_PO_BOX, _BOX_ANCHOR, text, 30, 60),
               *_near(_FLAT_BUILDING, _FLAT_ANCHOR, text, 0, 110)]
    return [Finding(m.start(), m.end(), "LOCATION", 0.85, DETECTOR) for m in matches]


#: a street line after a comma: "..., Tanyard Loan", "..., Heol y Wern"
#: (round 22) the street line may carry its house number: "Holly House, 7 Chaxford Walk", "20/2,
#: 44 Gixton Park" -- the house's name or the flat's number is then the line before it
_NUMBER_START = (r"(?=(?i:a[ \t]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))")
_STREET_LINE = re.compile(r",[ \t]*(?P<street>(?:(?:\d{1,4}[A-Za-z]?|" + _NUMBER_START + _NUMBER
                          + r")[ \t]+)?(?:"
                          + _CAP + r"[ \t]+){1,3}" + _STREET + r"|" + _CELTIC_STREET
                          + r")(?![\w'’-])")


#: the line after a street: a town or a district, up to the clause's end ("Thirty-five
#: Fellside Terrace, Bishop's Castle.", "..., Tanyard Loan, Lochgelly, and ...")
_TOWN_AFTER = re.compile(r",[ \t]*(?P<town>" + _PLACE_NAME + r")(?=[ \t]*(?:[.,;:!?)]|$|[ \t](?:and|"
                         r"in|near|out|then|but|so|which|where)\b))", re.MULTILINE)


def _town_after(text: str, street_end: int) -> Finding | None:
    """The town line said right after a street line, or None: not a first name ("..., Mary
    said"), an opening word ("..., Then we"), or one ordinary word ("..., Honestly.")."""
    m = _TOWN_AFTER.match(text, street_end)
    if m is None:
        return None
    town = m.group("town")
    if _NOT_LINE.match(town) or is_first_name(town.split()[0]) or \
            " " not in town and (is_english_word(town) or town.lower() in STOP_WORDS):
        return None
    return Finding(m.start("town"), m.end("town"), "LOCATION", 0.8, DETECTOR)


#: (round 25) a flat's number said after its street, before any town: "thirty Mellick Street,
#: flat three stroke two", "Eighteen Pollick Road, flat one stroke one", "..., flat nine C"
_FLAT_AFTER = re.compile(r",[ \t]*(?P<flat>(?i:flat|apartment|unit)[ \t]+(?:" + _FLOOR
                         + r"|[A-H])" + _DOOR + r"?(?:[ \t]*[A-Ha-h])?)(?![\w'’-])")


def lines_after_streets(text: str, findings: list[Finding]) -> list[Finding]:
    """The flat and the town said after each street address found (spoken or by shape)."""
    out = []
    for f in findings:
        if f.entity == "LOCATION" and f.detector == DETECTOR and f.end < len(text) \
                and text[f.end] == ",":
            end = f.end
            flat = _FLAT_AFTER.match(text, end)
            if flat is not None:
                out.append(Finding(f.start, flat.end("flat"), "LOCATION", f.score, DETECTOR))
                end = flat.end()
            town = _town_after(text, end)
            if town is not None:
                out.append(town)
    return out


def _lines_before_street(text: str) -> list[Finding]:
    """The house name or number said as its own line before a street ("we're at Larchfield,
    Tanyard Loan, out past ..."): each line to the street's end. Not a first name
    ("I told Sarah, Station Road was shut": a person addressed)."""
    out = []
    for m in _STREET_LINE.finditer(text):
        start = _lines_before(text, m.start())
        if start is None:
            continue
        first = text[start:m.start()].split(",")[0].strip()
        if is_first_name(first):
            continue
        out.extend(_per_line(text, start, m.end("street")))
    return out


# -- round 16: a list of details whose address follows a number ------------------------------
# "mobile 07583 036159, GMC 2359285, 15 Sluice Road, PE15 6LF", "my NHS number's four eight
# five ... six, eighteen Sluice Road": a form's details, a letter's header or an e-mail
# signature give the address straight after another number, and the number finders that grow
# a number across commas and pauses (a chain of digits, a bad line, a number's parts, a dense
# run) took the house number as that number's last group. The two spans overlapped, the
# number's was the surer, and the engine kept it alone: the street and the town stayed in
# the text. A house number is the address's whatever came before it.

#: a house number typed before a street named in capitals ("42 Mill Lane", "3 The Crescent",
#: "15a St Mary's Road"), as the written address recognizer reads it
_TYPED_HOUSE = re.compile(
    r"(?<![\w'’-])\d{1,4}[A-Za-z]?(?=,?[ \t]+(?:(?:St|Saint)\.?[ \t]+)?(?:[A-Z][a-z'’]+"
    r"(?:-[A-Z][a-z'’]+)?[ \t]+){1,3}" + _STREET + r"(?![\w'’-]))")
#: what an address found by the spoken finders opens with when its first line is a house
#: number: digits, a number word, a flat
_OPENS_WITH_NUMBER = re.compile(r"(?i)(?:\d|flat\b|apartment\b|unit\b|number\b|(?:a|one|two|three|"
                                r"four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                                r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![a-z]))")
_HOUSE_DETECTORS = frozenset({DETECTOR, "caption_address"})
_NUMBER_ENTITIES = frozenset({"PHONE", "NHS_NUMBER", "GMC_NUMBER"})
_TRAILING = " \t,;:.…-–—"


def numbers_before_houses(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` with every phone, NHS/CHI or GMC number that runs on into the house number
    of an address cut back to end before it (see above); a number lying wholly inside the
    address is dropped. Other findings are returned as they are."""
    if not any(f.entity in _NUMBER_ENTITIES for f in findings):
        return findings
    houses = [f.start for f in findings if f.entity == "LOCATION" and f.detector in
              _HOUSE_DETECTORS and _OPENS_WITH_NUMBER.match(text, f.start, f.end)]
    if any(c.isdigit() for c in text):
        # (not a group of the number itself: "NHS 943 476 5919 Mill Lane" reads on)
        houses.extend(m.start() for m in _TYPED_HOUSE.finditer(text)
                      if not text[max(0, m.start() - 8):m.start()].rstrip()[-1:].isdigit())
    if not houses:
        return findings
    houses.sort()
    # the furthest end of a place starting at each position (one pass: asking every finding
    # for each number grew with the square of a run of coordinates, "53.4808, -2.2426" said
    # thousands of times, each a place that opens with a digit and holds a number)
    reach: dict[int, int] = {}
    for g in findings:
        if g.entity == "LOCATION":
            reach[g.start] = max(reach.get(g.start, g.end), g.end)
    out = []
    for f in findings:
        if f.entity in _NUMBER_ENTITIES:
            at = bisect.bisect_right(houses, f.start)
            inside = at > 0 and f.end <= reach.get(houses[at - 1], -1)
            if inside:
                continue
            if at < len(houses) and houses[at] < f.end:
                end = len(text[f.start:houses[at]].rstrip(_TRAILING)) + f.start
                if end > f.start:
                    out.append(Finding(f.start, end, f.entity, f.score, f.detector))
                continue
        out.append(f)
    return out


# -- round 22: where a place is on a map rather than on a street ------------------------------
# A farm, a croft, a layby or a meeting point is given by where it is on the map: an Ordnance
# Survey grid reference ("SK 123 456", "NY 2345 6789", "grid ref S K one two three, four five
# six"), a what3words address ("///filled.count.soap", "on what three words it's apple, table,
# river") or coordinates ("53.4808, -2.2426", "53°28′N 2°14′W"). Each names one spot as
# surely as a house number does; the whole reference is one LOCATION span.

#: an OS grid reference typed: a 100 km square (first letter H, J, N, O, S or T; no I) and
#: an even number of digits, in halves or joined ("SK 123 456", "NY 2345 6789", "NH775184")
_GRID_TYPED = re.compile(
    r"(?<![\w'’/-])[HJNOST][A-HJ-Z][ \t]?(?:\d{3}[ \t]\d{3}|\d{4}[ \t]\d{4}|\d{5}[ \t]\d{5}|"
    r"\d{6}|\d{8}|\d{10})(?![\w'’-]|[ \t]*[-–]?[ \t]*\d)")
#: what says a grid reference is read out next: "grid ref", "grid reference is", "OS ref", "map
#: reference", "six-figure reference"
_GRID_CUE = re.compile(
    r"(?i:(?:grid|os|o\.s\.|map|six[- ]figure|eight[- ]figure)[ \t]+ref(?:erence)?\.?)"
    r"(?:[ \t]+(?i:is|was|of|number))?(?:['’]s)?[ \t]*[,:]?[ \t]*")
_DIGIT_SAID = r"(?i:" + _DIGIT + r"|double|treble|triple)(?![\w'’-])|\d{1,5}(?![\w'’-])"
_GRID_TOKEN = (r"(?:" + _DIGIT_SAID + r"|[A-HJ-Z](?![\w'’-])|(?i:" + "|".join(sorted(NATO))
               + r")(?![\w'’-]))")
#: the reference said after its cue: letters (plain or NATO words) and digits, with the commas,
#: pauses and fillers between groups
_GRID_SAID = re.compile(_GRID_TOKEN + r"(?:(?:[ \t]*[,.…-]+[ \t]*|[ \t]+)(?:(?i:um|er|erm),?"
                        r"[ \t]+)?" + _GRID_TOKEN + r"){3,14}")
#: a what3words address typed: three words after three slashes, joined by dots
_W3W_TYPED = re.compile(r"(?<![\w/])///?[a-z]+\.[a-z]+\.[a-z]+(?![\w.])", re.IGNORECASE)
#: the service named: "what3words", "w3w", or "what three words" as a name after "on", "the",
#: "using" ... ("on what three words it's ..."), not the question "What three words describe
#: her? Calm, fair, kind."
_W3W_CUE = re.compile(r"(?i:what[ \t]?3[ \t]?words|what3words|w3w|\b(?:on|the|my|our|its|using|in|"
                      r"via|by|their|your|his|her)[ \t]+what[ \t]+three[ \t]+words)")
#: three lower-case words said as a what3words address: "apple, table, river", "apple dot table
#: dot river" (only with the service named in the sentence)
_W3W_SAID = re.compile(r"(?<![\w'’/.-])[a-z]{2,}(?:(?:,[ \t]*|[ \t]+dot[ \t]+|\.)[a-z]{2,}){2}"
                       r"(?![\w'’-])")
_W3W_NOT = frozenset(("it", "its", "is", "on", "the", "a", "and", "what", "three", "words",
                      "dot", "that", "for", "of", "to", "in", "at", "my", "our", "your"))
#: coordinates: a pair of decimal degrees with four or more places ("53.4808, -2.2426"; not
#: p values or scores, "0.043, 0.051", "12.5, 13.25"), or
#: degrees and minutes with their hemispheres ("53°28′N 2°14′W", "53.48° N, 2.24° W")
_DECIMAL_PAIR = re.compile(r"(?<![\w.-])-?(?:[1-8]\d|[1-9])\.\d{4,7}°?,?[ \t]+-?(?:1[0-7]\d|\d{1,2})"
                           r"\.\d{4,7}°?(?![\w.])")
#: (the dictation reader has made the degree sign a blank by the time the finders read it)
_DEGREES = r"\d{1,3}(?:(?:\.\d+)?[ \t]?°(?:[ \t]?\d{1,2}(?:\.\d+)?[ \t]?['′])?|[ \t]?[ °][ \t]?\d{1,2}" \
    r"(?:\.\d+)?[ \t]?['′])(?:[ \t]?\d{1,2}(?:\.\d+)?[ \t]?[\"″])?[ \t]?"
_DMS_PAIR = re.compile(r"(?<![\w.])" + _DEGREES + r"[NS],?[ \t]*" + _DEGREES + r"[EW](?![\w'’])")
_THREE_DIGITS = re.compile(r"\d{3}")
_POINT_FOUR = re.compile(r"(?<=\d)\.\d{4}")
#: (the degree sign may be gone by now, "53 28'N 2 14'W": minutes and a hemisphere remain)
_HEMISPHERE = re.compile(r"\d['′][ \t]?[NS]\b")
_GRID_CUE_WORDS = ("grid", "os ", "o.s.", "map ", "figure")
_SENTENCE_END = re.compile(r"[.!?\n](?:[ \t]|$)")


def _same_sentence(text: str, a: int, b: int) -> bool:
    return _SENTENCE_END.search(text, min(a, b), max(a, b)) is None


def find_map_references(text: str) -> list[Finding]:
    """Grid references, what3words addresses and coordinates (see above)."""
    spans: list[tuple[int, int]] = []
    if any(c.isdigit() for c in text):
        # (each shape tried only around what it needs: three digits, a point and four digits)
        seen: set[tuple[int, int]] = set()
        for run in _THREE_DIGITS.finditer(text):
            for m in _GRID_TYPED.finditer(text, max(0, run.start() - 3), run.start() + 16):
                seen.add(m.span())
        if "." in text:
            for run in _POINT_FOUR.finditer(text):
                for m in _DECIMAL_PAIR.finditer(text, max(0, run.start() - 3),
                                                run.end() + 26):
                    seen.add(m.span())
        spans.extend(seen)
        if "°" in text or "′" in text or "'" in text and _HEMISPHERE.search(text):
            spans.extend(m.span() for m in _DMS_PAIR.finditer(text))
    lowered = text.lower()
    if "ref" in lowered and any(w in lowered for w in _GRID_CUE_WORDS):
        for cue in _GRID_CUE.finditer(text):
            said = _GRID_SAID.match(text, cue.end())
            if said is not None and sum(1 for w in re.findall(_DIGIT_SAID, said.group())) >= 4:
                spans.append(said.span())
    if "//" in text:
        spans.extend(m.span() for m in _W3W_TYPED.finditer(text))
    if "what three words" in lowered or "what3" in lowered or "what 3" in lowered \
            or "w3w" in lowered:
        for cue in _W3W_CUE.finditer(text):
            for m in _W3W_SAID.finditer(text, max(0, cue.start() - 80), cue.end() + 80):
                words = [w for w in re.findall(r"[a-z]+", m.group()) if w != "dot"]
                if any(w in _W3W_NOT for w in words):
                    continue
                if abs(cue.start() - m.start()) <= 60 and _same_sentence(text, cue.start(),
                                                                          m.start()):
                    spans.append(m.span())
    return [Finding(a, b, "LOCATION", 0.85, DETECTOR) for a, b in spans]


# -- round 25: a town named as a telephone exchange -------------------------------------------
# Before mobiles a landline was known by its exchange, and people still give a number so: "the
# Brindlecombe number, six four two ...", "The Tresk code, then three eight eight", "the Much
# Wendle exchange, er, four four ...". The exchange is the town the line was in: a place as
# identifying as the number after it, which the number finders take. A town whose name is an
# English word is left: "the Bleep number" says it as well.

#: a determiner, one or two capitalised words, "number" / "code" / "exchange" / "one" (with
#: "dialling" or "area" before it), and the number's first digit said after a pause or a filler
_EXCHANGE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)[ \t]+"
    r"(?P<town>[A-Z][a-z'’]+(?:[ \t-][A-Z][a-z'’]+)?)[ \t]+(?:(?i:dialling|area)[ \t]+)?"
    r"(?:number|code|exchange|one)(?![\w'’-])"
    r"(?=[ \t]*[,:.…-]*[ \t]*(?:(?i:and|then|it['’]s|is|was|er|erm|um|sorry)[ \t,]+){0,3}"
    r"(?:\d|" + _DIGIT + r"(?![\w'’])|(?i:double|treble|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)(?![\w'’])))")


def _an_exchange(town: str) -> bool:
    """Whether ``town``, said as a number's exchange, can be a town: a known place, or words
    not all English ("the Bleep number", "the Ward one" are no towns; a service or a people
    called by a name, "the Samaritans number", "the Manx code", are ordinary proper words,
    which the engine keeps)."""
    if town.lower() in STOP_WORDS:
        return False  # "the Other number" ("Much Wenlock" is a town)
    return known_place(town) or not all(is_english_word(w) for w in town.replace("-", " ").split())


def find_exchange_towns(text: str) -> list[Finding]:
    """Towns named as the exchange of a telephone number said after them (see above)."""
    return [Finding(m.start("town"), m.end("town"), "LOCATION", 0.85, DETECTOR)
            for m in _EXCHANGE.finditer(text) if _an_exchange(m.group("town"))]
