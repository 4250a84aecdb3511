"""Names spelled out letter by letter: "that's G-R-I-F-F-I-T-H-S", "G R I F F I T H S",
"Griffiths, G, R, I, F, F, I, T, H, S", "G-R-I-double F-I-T-H-S", "O for Orange, K for
King, ...", "L, O for Oscar, C, K, ..." (plain letters and letters with words mixed),
"O-apostrophe-S-H-A-U-...". Fewer than three letters never spell a name ("B for Bravo, E, I
think": the "I" is the speaker).

::

    find_spelled_names(text)   # the letters, and every capitalised mention of the word spelled

A speaker spells a word out when the listener would get it wrong: in an interview that is a
surname, a first name or an e-mail's local part, all identifying. The letters are one span; the
word they spell is then looked for in the whole text ("Griffiths" before or after the spelling)
and every capitalised occurrence is a PERSON too.

Not names: acronyms spelled with hyphens or spaces ("N-H-S", "G-M-C", "C-Q-C", "A-R-C-P"),
which have no vowel or are on :data:`ACRONYMS`, runs of the alphabet ("A, B, C"), and the
pronoun repeated ("I, I, I"). Three letters count only after "spell"/"spelt"/"that's"/"it's".
"""
from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right

from spacy.lang.en.stop_words import STOP_WORDS

from vault.anonymise.fastre import merged_windows
from vault.anonymise.spoken._finding import Finding, overlap_test
from vault.anonymise.wordlists import BODY_ACRONYMS, fold, is_english_word

__all__ = ["ACRONYMS", "LETTER_NAMES", "NATO", "find_spelled_names", "scan"]

DETECTOR = "spelled_name"

#: letter sequences of health, training and everyday talk that are spelled but name nobody
ACRONYMS: frozenset[str] = frozenset("""
ARCP MRCP MRCS MRCGP FRCS FRCP OSCE PLAB CCT CESR MDT ICU ITU HDU AMU
MAU CCU NICU PICU SCBU OPD MRI CT ECG EEG ENT GP GPS SHO SPR FY ST CT PTSD OCD ADHD ASD AIDS HIV
COPD DNR DNAR CPR BLS ALS ATLS APLS NLS PALS HR OH IT CEO CFO UK USA EU BBC ITV SOS RIP ASAP
OK TV DVD CV PHD MSC BSC MBA MBBS MBCHB DM MD NI IRAS REC CPD PDP PDR IMG IMGS
SAS LTFT TPD FPD AHP ODP ANP ACP PA DCT STP IAPT CAMHS CMHT AMHP
AKI BMI BNF EPR EWTD FOI ACCS IMT GPST MRCOG MRCPCH FRCA FRCR FRCEM
UTI VTE WTE TIA UCL KCL LSE UEA UCAS UKCAT USMLE IELTS OET UAE EEA OOP OOPE OOPR OOPT OOH
NIV PEG PICC PIN AED ABG ALT AST AAA ARDS COVID SARS MERS IV IM IQ IVF ID OD QI QOF SUI SEA SOP
RTA RCA EDI BAME HCA MIU UCC UEC WPBA EPA ESR CEX DOPS CBD MSF TAB PSA EBM PICU ECMO
""".split()) | BODY_ACRONYMS  # noqa: SIM905
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")
#: a capital letter of any Latin script, as said when spelling "Kołodziej" or "Đặng"
_CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250))
                            if c.isupper() and c.lower() != c) + "]"
_SMALL = "[a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower()) + "]"
#: the NATO spelling alphabet, said for a letter ("Sierra, Mike, India, Tango, Hotel")
NATO: frozenset[str] = frozenset("""
alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike
november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee zulu
""".split())  # noqa: SIM905
_NATO = "(?i:" + "|".join(sorted(NATO, key=len, reverse=True)) + r")(?![\w'’-])"
#: what is said before a letter about its case: "capital B", "small s", "lower-case d"
_CASE_WORD = r"(?i:capital|small|big|little|(?:lower|upper)[ \t-]?case)[ \t]+"
#: a letter in either case, "double" and a case word before it, and the word that spells it
#: ("O for Oscar", "s as in sugar", "R for Robert", "X for X-ray"); a NATO word alone; the
#: apostrophe said
#: the word said for a letter: "for Oscar", "as in sugar", ", like London"
_FOR_WORD = (r"[ \t]*,?[ \t]+(?:for|as[ \t]+in|like)[ \t]+(?!(?i:the|an|that|this|these|those|it|"
             r"me|you|him|her|them|us|we|they|my|your|his|our|their|example|instance|now|"
             r"sure|ever|good|one|some|any|all)(?![\w'’-]))[A-Za-z](?:[a-z]+|-[a-z]+)")
#: a diacritic said after its letter: "U umlaut", "E acute", "C cedilla", "e-grave", "O with a
#: slash through it", "R with a little hat", "O with a dot under it", "N with the squiggle"
_MARK_WORDS = (r"acute|grave|umlaut|cedilla|tilde|circumflex|caron|h[aá][cč]ek|ogonek|macron|breve|"
               r"di(?:a|ae)?eresis|accent(?:ed)?|fada|to[ \t]+bach|kreska|tr[eé]ma|aigu|cedille|"
               r"circonflexe")
#: where a said mark ends: no word goes on, and a hyphen after it leads only to the next letter
#: or to "space"/"hyphen"/"dash" ("O fada-space-S-E-A-...", "P-A with a fada-I-D-I": a name
#: spelled with hyphens carries them past its marks)
_MARK_END = r"(?![\w'’]|-(?!(?i:space|hyphen|dash)(?![\w'’])|[^\W\d_](?![\w'’])))"
_DIACRITIC = (r"(?:[ \t]*[ \t,-][ \t]*(?i:" + _MARK_WORDS + r")" + _MARK_END + r"|[ \t]+(?i:with)[ \t]+(?i:a|an|the|"
              r"two|one)[ \t]+(?:(?i:little|small|tiny|wee|funny|French|German|Polish|Spanish|"
              r"Turkish|Czech|Welsh)[ \t]+)*(?i:" + _MARK_WORDS + r"|hat|roof|dots?|slash|line|stroke|"
              r"tail|hook|bar|circle|ring|squiggle|wiggle|mark|tick|accent|cup|smile|comma|wedge|wave)"
              r"(?:[ \t]+(?i:through|"
              r"under|over|on[ \t]+top|above|below|on)(?:[ \t]+(?i:it|the[ \t]+top|the[ \t]+[a-z](?![\w'’-])|"
              r"the[ \t]+[A-Z](?![\w'’-])))?)?" + _MARK_END + r")")
#: the Unicode name of the mark each word says ("hat" on an R or S is a caron, on an A a
#: circumflex: both are tried)
_MARKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("acute", ("ACUTE",)), ("grave", ("GRAVE",)), ("umlaut", ("DIAERESIS",)),
    ("eresis", ("DIAERESIS",)), ("dots", ("DIAERESIS",)), ("cedilla", ("CEDILLA",)),
    ("tilde", ("TILDE",)), ("squiggle", ("TILDE",)), ("wiggle", ("TILDE",)),
    ("circumflex", ("CIRCUMFLEX",)), ("caron", ("CARON",)), ("ek", ("CARON",)),
    ("hat", ("CARON", "CIRCUMFLEX")), ("roof", ("CIRCUMFLEX", "CARON")), ("ogonek", ("OGONEK",)),
    ("tail", ("OGONEK", "CEDILLA")), ("hook", ("OGONEK", "CEDILLA")), ("macron", ("MACRON",)),
    ("breve", ("BREVE",)), ("ring", ("RING ABOVE",)), ("circle", ("RING ABOVE",)),
    ("slash", ("STROKE",)), ("line", ("STROKE",)), ("stroke", ("STROKE",)), ("bar", ("STROKE",)),
    ("dot under", ("DOT BELOW",)), ("dot below", ("DOT BELOW",)), ("dot", ("DOT ABOVE",)),
    ("accent", ("ACUTE",)), ("fada", ("ACUTE",)), ("kreska", ("ACUTE",)), ("aigu", ("ACUTE",)),
    ("bach", ("CIRCUMFLEX",)), ("circonflexe", ("CIRCUMFLEX",)), ("trema", ("DIAERESIS",)),
    ("tréma", ("DIAERESIS",)), ("cedille", ("CEDILLA",)),
    # a mark said by its shape: "a little cup on it" (ă), "a comma under it" (ș), "a wedge" (č)
    ("cup", ("BREVE",)), ("smile", ("BREVE",)), ("comma", ("COMMA BELOW", "CEDILLA")),
    ("wedge", ("CARON",)), ("wave", ("TILDE",)))
#: letters said by their names ("aitch", "zed", "double-u", "gee", "jay", "em", "ess"), as a
#: speaker spells over the phone; the names that are also words ("why", "queue") only with
#: another letter right after them ("E S why L L T")
LETTER_NAMES: dict[str, str] = {
    "aitch": "H", "haitch": "H", "zed": "Z", "zee": "Z", "gee": "G", "jay": "J", "kay": "K",
    "em": "M", "ess": "S", "eff": "F", "ell": "L", "dee": "D", "vee": "V", "cee": "C", "en": "N",
    "ar": "R", "double-u": "W", "double u": "W", "double you": "W", "double-you": "W",
    "why": "Y", "queue": "Q", "cue": "Q"}
_NAME_FOLLOWS = r"(?=(?:[ \t]*[-,.][ \t]*|[ \t]+)[A-Za-z](?![A-Za-z]))"
_LETTER_NAME = (r"(?i:double[ \t-](?:u|you)|" + "|".join(
    sorted((n for n in LETTER_NAMES if " " not in n and "-" not in n and n not in
            ("why", "queue", "cue")), key=len, reverse=True))
    + r")(?![\w'’-])|(?i:why|queue|cue)" + _NAME_FOLLOWS + r"(?![\w'’-])")
_LETTER = (r"(?:" + _LETTER_NAME + r"|(?:" + _CASE_WORD + r")?(?:(?i:double|treble|triple)[ \t-]+)?(?:" + _CASE_WORD
           + r")?(?:" + _CAPITAL[:-1] + _SMALL[1:-1] + r"](?![A-Za-z'’]|" + _SMALL + r")"
           r"(?:" + _FOR_WORD + r"(?![\w'’-]))?(?:" + _DIACRITIC + r")?|" + _NATO
           + r")|(?i:apostrophe)(?![A-Za-z])"
           r"|(?i:two)[ \t-]+[A-Za-z]['’]?s(?![\w'’]))")
_APOSTROPHE = re.compile(r"(?i:apostrophe)")
_SPELLING_WORD = re.compile(_FOR_WORD)
#: a spelling starts after no letter (or after "hyphen-": "S-M-I-T-H-hyphen-J-O-N-E-S")
_START = ("(?=" + _CAPITAL[:-1] + _SMALL[1:-1] + "])"
          r"(?:(?<![^\W\d_])(?<!['’-])|(?<=(?i:hyphen)-)|(?<=(?i:dash)-)|(?<=(?i:space)-))")
# (the leading lookahead lets the scan skip to where a letter of any Latin script starts)
#: between two letters: a hyphen or a dash, a comma, a slash, a stop or a space, and a filler ("b, r, o,
#: er, c, k")
_GAP = (r"(?:(?:[ \t]*[-–—,/][ \t]*|\.[ \t]?|[ \t]+)(?:(?i:um|erm|er|uh|eh)(?:[ \t]*[-–—,.][ \t]*|"
        r"[ \t]+))?)")
_SPELLED = re.compile(_START + _LETTER + r"(?:" + _GAP + _LETTER + r"){2,}")
#: spelling by words: "G for George, R for Robert, I for India"
_BY_WORD = re.compile(r"(?<![A-Za-z'’-])[A-Z][ \t]+(?:for|as[ \t]+in)[ \t]+[A-Z][a-z]+"
                      r"(?:(?:[ \t]*[,.;-][ \t]*|[ \t]+)(?:(?i:double)[ \t]+)?[A-Z][ \t]+"
                      r"(?:for|as[ \t]+in)[ \t]+[A-Z][a-z]+){2,}")
_BY_WORD_LETTER = re.compile(r"((?i:double)[ \t]+)?([A-Z])[ \t]+(?:for|as[ \t]+in)")
#: a spelling that ends in the pronoun or the article: "S A N D H U I think", "v i r d i a
#: while back"
_PRONOUN_AFTER = re.compile(r"(?:(?:[ \t]*[,.-][ \t]*|[ \t]+)I|[ \t]+[ai])$")
_LOWER_WORD = re.compile(r"[ \t]+[a-z]")
#: what says a name or its spelling comes next: "spelt", "that's", "my surname's", "called"
_CUE = re.compile(r"(?i)\b(?:spell|spelt|spelled|spelling|that['’]s|it['’]s|with|(?:sur|first|"
                  r"last|family|middle|maiden)?name(?:['’]s|[ \t]+is)|called)\b")
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


_LETTER_RE = re.compile(r"(?<![^\W\d_])" + _LETTER)  # not the "m" of "um"
_CASE_WORD_RE = re.compile(_CASE_WORD)
_DOUBLE = re.compile(r"(?i:double|treble|triple|two)[ \t-]+")


def _letters(spelled: str) -> str:
    """The letters a spelling spells, in capitals ("capital d, o, double n" -> "DONN")."""
    out = []
    for match in _LETTER_RE.finditer(spelled):
        token = _SPELLING_WORD.sub("", match.group())
        name = LETTER_NAMES.get(re.sub(r"[ \t-]+", " ", token.lower()).replace("double u", "double-u"))
        if name is not None:
            out.append(name)
            continue
        if _APOSTROPHE.fullmatch(token):
            out.append("'")
            continue
        token = _CASE_WORD_RE.sub("", token)
        double = _DOUBLE.match(token)
        token = _CASE_WORD_RE.sub("", token[double.end():] if double else token)
        letter = _marked(token[0].upper(), token[1:].lower())
        times = 1 if double is None else 3 if double.group().lower().startswith("tr") else 2
        out.append(letter * times)
    return "".join(out)


_MARK_SAID = re.compile(_DIACRITIC)


def _marked(letter: str, rest: str) -> str:
    """The letter with the diacritic said after it ("E", " acute" -> "É"); the letter alone
    where no such character is, or no mark is said."""
    said = _MARK_SAID.match(rest)
    if said is None:
        return letter
    words = said.group()
    for word, names in _MARKS:
        if word in words:
            for name in names:
                try:
                    return unicodedata.lookup(f"LATIN CAPITAL LETTER {letter} WITH {name}")
                except KeyError:
                    continue
            return letter
    return letter


def _is_name(letters: str, text: str, start: int, spelled: str = "") -> bool:
    if letters in ACRONYMS or not _VOWELS.intersection(letters) or len(set(letters)) == 1 \
            or len(letters) < 3:  # "B for Bravo, E, I think": the "I" is the speaker
        return False
    if letters in _ALPHABET:
        return False
    if len(letters) == 3:  # (or each letter with its word: "K for kilo, I for India, M ...")
        return bool(_CUE.search(text, max(0, start - 40), start)) or _echoes(letters, text, start) \
            or len(_SPELLING_WORD.findall(spelled)) >= 2
    return True


_WORD_BEFORE = re.compile(r"(?P<w>[^\W\d_]+)[ \t]*[,:]?[ \t]*(?:(?:that['’]s|so|um|er),?[ \t]*)?\Z")


def _echoes(letters: str, text: str, start: int) -> bool:
    """Whether the letters spell the capitalised word said right before them ("Mister Lim,
    L-I-M"): a speaker spelling the name they have just said."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group("w")[0].isupper() and fold(m.group("w")).upper() == \
        fold(letters)




def _separator_kind(gap: str) -> str:
    return "-" if "-" in gap or "–" in gap or "—" in gap else "," if "," in gap \
        else "." if "." in gap else "/" if "/" in gap else " "


#: a letter standing alone: where a spelling may be
_LONE_LETTER = re.compile(r"\b(?<!['’])[^\W\d_]\b(?!['’])")
#: the most characters between two letters of one spelling ("A as in umbrella, " is 16)
_LETTER_REACH = 28


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` where two lone letters (or NATO words) are close together:
    the only places a spelling can be. Scanning them alone keeps the letter patterns, which
    may start at any word, off ordinary prose."""
    # (position, whether the letter is other than the pronoun "I" or the article "a": two of
    # those together are everyday prose, "I had a look")
    anchors = [(m.start(), m.group() not in "aAiI") for m in _LONE_LETTER.finditer(text)]
    lowered = text.lower()
    for word in NATO:
        at = lowered.find(word)
        while at != -1:
            anchors.append((at, True))
            at = lowered.find(word, at + len(word))
    anchors.sort()
    runs: list[tuple[int, int]] = []
    run_start = previous = -_LETTER_REACH - 1
    count, telling = 0, False
    for at, other in [*anchors, (len(text) + 2 * _LETTER_REACH, False)]:
        if at - previous <= _LETTER_REACH:
            count, telling = count + 1, telling or other
        else:
            if count >= 2 and telling:
                runs.append((max(0, run_start - 24), min(len(text), previous + 48)))
            run_start, count, telling = at, 1, other
        previous = at
    return merged_windows(runs)


def scan(pattern: re.Pattern[str], text: str,
          windows: list[tuple[int, int]]) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, looking only inside ``windows``: each match found there is
    matched again on the whole text, so that a window's end cuts no match short and makes no
    false end (a letter at the cut looks like a lone letter)."""
    out: list[re.Match[str]] = []
    for start, end in windows:
        for m in pattern.finditer(text, start, end):
            full = pattern.match(text, m.start())
            if full is not None and (not out or full.start() >= out[-1].end()):
                out.append(full)
    return out


def _consistent_pieces(text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spelled sequences, cut where the separator changes: a speaker spells with one kind
    ("G-R-I-...", "G, R, I, ..."); "A and E, I T U" is two things."""
    pieces = []
    for match in scan(_SPELLED, text, windows):
        letters = list(_LETTER_RE.finditer(text, match.start(), match.end()))
        kinds = [_separator_kind(text[a.end():b.start()]) for a, b in itertools.pairwise(letters)]
        first = 0
        for i in range(1, len(letters) + 1):
            if i < len(letters) and (i == 1 or kinds[i - 1] == kinds[i - 2]):
                continue
            # letters[first:i] share one separator kind; letter i - 1 may open the next piece
            if i - first >= 3:
                pieces.append((letters[first].start(), letters[i - 1].end()))
            first = i - 1
    return pieces


#: a double-barrelled name spelled in two runs: "B-A-N-C-R-O-F-T hyphen E-L-L-I-S", "A B U
#: hyphen J A B E R"
_HYPHEN_WORD = re.compile(r"[ \t]*[,-]?[ \t]*(?i:hyphen|dash|hyphenated|space)[ \t]*[,-]?[ \t]*")
#: a pause between two chunks of one spelling: a filler, "then", dots or a dash ("Q U I N L,
#: er, A N", "S A N G... H A", "S, M, E, then A, T, O, N", "P I — R I E")
_CHUNK_BREAK = re.compile(r"[ \t]*,?[ \t]*(?:(?i:um|erm|er|uh|eh|and[ \t]+then|then)[ \t]*,?[ \t]*"
                          r"|(?:\.{2,}|…)[ \t]*|[—–][ \t]*|-[ \t]+)")
_SHORT_RUN = re.compile(_START + _LETTER + r"(?:(?:[ \t]*[-,][ \t]*|\.[ \t]?|[ \t]+)"
                        + _LETTER + r"){1,2}(?![A-Za-z'’])")
#: one letter, its mark said with it, before "space", "hyphen" or "dash": a particle of one
#: letter spelled before the rest of the name ("O with a fada, space, M, A, ...", "O
#: fada-space-S-E-A-...", "D, hyphen, A, N, ..."); not the pronoun or the article
_ONE_LETTER = re.compile(_START + _LETTER + r"(?![A-Za-z'’])")


def _joined(text: str, pieces: list[tuple[int, int]],
            windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces of one double-barrelled name said with "hyphen" between them, as one; a run of
    two or three letters on either side counts then ("A B U hyphen J A B E R")."""
    runs = sorted(set(pieces) | {m.span() for m in scan(_SHORT_RUN, text, windows)
                                 if _HYPHEN_WORD.match(text, m.end())
                                 or _HYPHEN_WORD.search(text, max(0, m.start() - 12), m.start())
                                 or _CHUNK_BREAK.match(text, m.end())
                                 or _CHUNK_BREAK.search(text, max(0, m.start() - 12), m.start())}
                  | {m.span() for m in scan(_ONE_LETTER, text, windows)
                     if _HYPHEN_WORD.match(text, m.end()) and m.group() not in ("I", "a", "i")},
                  key=lambda span: (span[0], -span[1]))  # the longest run at a start first
    known = set(pieces)  # asked once per run: a list was read whole each time
    out: list[tuple[int, int]] = []
    chunked: dict[tuple[int, int], bool] = {}  # joined at a pause: whether a piece is in it
    for start, end in runs:
        if out and out[-1][1] <= start:
            gap = _HYPHEN_WORD.fullmatch(text, out[-1][1], start)
            if gap is not None:
                out[-1] = (out[-1][0], end)
                continue
            if _CHUNK_BREAK.fullmatch(text, out[-1][1], start) is not None and not any(
                    _letters(text[a:b]) in ACRONYMS for a, b in (out[-1], (start, end))):
                # (not two acronyms in a row: "I T U, then H D U")
                last = out.pop()
                joined = (last[0], end)
                chunked[joined] = chunked.get(last, last in known) or (start, end) in known
                out.append(joined)
                continue
        if out and start < out[-1][1] and not (end > out[-1][1] and (start, end) in known):
            continue  # a short run inside a piece already taken (a piece sharing its first
            # letter with the last one's end is kept: "o, um, L" and "L-O-N-D-O-N-O")
        out.append((start, end))
    # two short runs with a pause between spell nothing on their own: "A B, er, C D"
    return [span for span in out if span in known or chunked.get(span, False)
            or span not in chunked and _HYPHEN_WORD.search(text, *span)]


#: a surname's particle spelled on its own before the rest: "D E, G R O O T", "V A N, D E R,
#: B E R G", "M A C, K A Y"
_PARTICLES = frozenset("""
DE DA DI DU DO DOS DAS DEL DER DEN LA LE EL AL VAN VON MAC MC ST TE BIN BEN AP
""".split())  # noqa: SIM905
_PARTICLE_GAP = re.compile(r"[ \t]*,?[ \t]*")


def _with_particles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each spelled span widened over the spelled particles right before it."""
    out = []
    for start, end in spans:
        moved = True
        while moved:
            moved = False
            for m in _SHORT_RUN.finditer(text, max(0, start - 16), start):
                if _PARTICLE_GAP.fullmatch(text, m.end(), start) \
                        and _letters(m.group()) in _PARTICLES:
                    start, moved = m.start(), True
                    break
        out.append((start, end))
    inside = _inside_others(out)  # a particle spelled alone is inside the name it opens
    return [span for span in out if span not in inside]


def _inside_others(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans lying inside another, different span of ``spans``, in one sorted walk (asking
    every span of every other was quadratic: a letter spelled thousands of times, "J-O-N,
    J-O-N, ...", took tens of seconds)."""
    inside, reach = set(), -1
    ordered = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    for start, end in ordered:  # every span before this one starts earlier or ends later
        if reach >= end:
            inside.add((start, end))
        reach = max(reach, end)
    return inside


#: the capitalised word said just before a spelling, and what is said between: "Smyth, that's
#: S-M-Y-T-H", "Mawson. Spell it capital M ...", "Dr Udeh, so it's U D E H"
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<w>" + _CAPITAL + r"[\w'’-]+)[ \t]*[,.:;]?[ \t]*"
                          r"(?:(?i:that['’]s|it['’]s|so|um|er|erm|spelt|spelled|spell[ \t]+it|"
                          r"spelling|as)[ \t]*[,.:;]?[ \t]*){0,3}\Z")


def _said_before(text: str, findings: list[Finding], words: list[str]) -> list[Finding]:
    """The word a speaker spells is the capitalised word they said just before, even where
    the two differ by a letter ("Smyth, that's S-M-I-T-H"): the same first letter is enough,
    for a word no dictionary knows (not "Yeah, Y-..."; a surname that is a word and spelled
    right is found below with the others)."""
    out = []
    for finding, letters in zip(findings, words):
        m = _NAME_BEFORE.search(text, max(0, finding.start - 60), finding.start)
        if m is None:
            continue
        word = m.group("w")
        if text.startswith(":", m.end("w")):
            continue  # a speaker's label ("Rp: R U Q A ..."), not a name said
        if word.lower() in STOP_WORDS or is_english_word(word) or word.upper() in ACRONYMS \
                or fold(word)[:1].upper() != \
                fold(letters)[:1] or word.upper() == letters:
            continue  # the word spelled itself is found below, wherever it is said
        out.append(Finding(m.start("w"), m.end("w"), "PERSON", 0.8, DETECTOR))
    return out


#: what may come between two parts of one spelling split across turns: pauses, the listener's
#: "Uh-huh" or "Yep", speaker labels, "and", "then", a filler
_BETWEEN_PARTS = re.compile(r"(?:[\s.…,;:—–-]|(?i:uh-huh|mm-hm|mhm|mm|yep|yeah|yes|okay|ok|right|"
                            r"go[ \t]+on|got[ \t]+it|sorry|and|then|um|erm|er|uh)(?![\w'’-])"
                            r"|(?m:^)[^\n:]{1,30}:)*")
_ONE_OR_TWO = re.compile(_START + _LETTER + r"(?:" + _GAP + _LETTER
                         + r")?(?![\w'’]|[ \t]*\.?[ \t]*[:)])")  # not "Q.:", "I:", "(A)"


def _continued(text: str, findings: list[Finding],
               windows: list[tuple[int, int]]) -> list[Finding]:
    """One or two letters (not a speaker label) said right before or after a spelling, with
    only a pause, a speaker change or the listener's "Uh-huh" between: the spelling's start or end said apart ("B, R,
    O, C, K... — Uh-huh. — ...L, E")."""
    out = []
    covered = overlap_test((f.start, f.end) for f in findings)
    # the findings near each letter, by bisection (each letter against every finding, with a
    # slice of the text between them, was quadratic in a spelling said thousands of times)
    by_start = sorted(findings, key=lambda f: f.start)
    by_end = sorted(findings, key=lambda f: f.end)
    starts, ends = [f.start for f in by_start], [f.end for f in by_end]
    for m in scan(_ONE_OR_TWO, text, windows):
        if _letters(m.group()) in ("I", "A", "II", "AI", "IA", "AA") or \
                covered(m.start(), m.start() + 1):
            continue
        for f in [*by_start[bisect_left(starts, m.end()):bisect_right(starts, m.end() + 120)],
                  *by_end[bisect_left(ends, m.start() - 120):bisect_right(ends, m.start())]]:
            between = (text[m.end():f.start] if m.end() <= f.start else
                       text[f.end:m.start()] if f.end <= m.start() else None)
            if between is not None and len(between) <= 120 and "\n" in between \
                    and _BETWEEN_PARTS.fullmatch(between):
                out.append(Finding(m.start(), m.end(), "PERSON", 0.8, DETECTOR))
                break
    return out


#: a letter's name that is also a word, with the gap after it, at a spelling's start
_WORD_NAME_FIRST = re.compile(r"(?i:why|queue|cue)(?:[ \t]*[-,.][ \t]*|[ \t]+)")
#: the article or the pronoun in lower case before letters in capitals
_ARTICLE_FIRST = re.compile(r"[ai][ \t]+(?=[A-Z](?![a-z])|(?i:aitch|double)\b)")


#: one letter in a remark about a spelling: a letter (plural "Fs", "L's"), a letter's name
#: (in lower case not "a" or "i": the article and the pronoun)
_REMARK_LETTER = (r"(?<![\w'’-])(?!I[ \t]+[a-z])(?:[A-Z](?:['’]?s)?|[b-hj-z]|(?i:aitch|haitch|zed|zee|double[ \t-]?(?:u|you|yoo)|"
                  r"ess|eff|ell|ar|dee|gee|jay|kay|vee|cee|wye|pee|bee|tee))(?![\w'’-])")
_REMARK_LETTERS = (r"(?:(?i:double|two|one|single|a[ \t]+double|a[ \t]+single)[ \t]+)?" + _REMARK_LETTER
                   + r"(?:[ \t-]+" + _REMARK_LETTER + r"){0,2}")
#: where in the word: "on the end", "at the start", "in the middle", "instead of"
_WHERE = (r"(?:[ \t]+(?i:on[ \t]+the[ \t]+end|at[ \t]+the[ \t]+(?:start|end|front|beginning)|"
          r"in[ \t]+the[ \t]+middle|in[ \t]+it|(?:before|after)[ \t]+(?:the|an?)[ \t]+[A-Za-z](?![\w'’-])))?")
#: one remark: "with a P H", "with a zed", "with two Fs", "with the two dots", "with an accent on
#: the E", "no P", "not a V", "K not C", "one L not two", "not Reed"
_REMARK = (r"(?:(?i:with(?:out)?|no|not)[ \t]+(?:(?i:a|an|the)[ \t]+)?(?:" + _REMARK_LETTERS + r"(?:"
           + _DIACRITIC + r")?|(?i:accent|" + _MARK_WORDS + r"|two[ \t]+dots|dots|hat|little[ \t]+hat)(?![\w'’-])"
           r"(?:[ \t]+(?i:on|over|under)[ \t]+(?i:the|it|an?)(?:[ \t]+" + _REMARK_LETTER + r")?)?)" + _WHERE
           + r"|" + _REMARK_LETTERS + r"[ \t]*,?[ \t]+(?i:not|no|rather[ \t]+than|instead[ \t]+of)[ \t]+"
           r"(?:(?i:a|an|the)[ \t]+)?(?:" + _REMARK_LETTERS + r"|(?i:one|two|three)|" + _CAPITAL + _SMALL
           + r"+(?![\w'’-]))" + _WHERE
           + r"|(?i:not|no)[ \t]+" + _CAPITAL + _SMALL + r"+(?![\w'’-])"
           r"|(?i:not|no)[ \t]+(?i:just[ \t]+)?(?i:one|two|three)(?![\w'’-]))")
_REMARKS = re.compile(r"(?:[ \t]*[,;:]?[ \t]*(?:(?i:that['’]s|it['’]s|so|spelt|spelled|and|but)"
                      r"[ \t]*,?[ \t]*)?" + _REMARK + r")+")
#: what a remark needs within its first words: a letter standing alone, a letter's name,
#: a mark, or a capitalised word (a cheap test before the remark's full pattern)
_LETTER_AHEAD = re.compile(r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:[A-Za-z](?![\w'’-])|[A-Z]|(?i:aitch|"
                           r"haitch|zed|zee|double|ess|eff|ell|ar|dee|gee|jay|kay|vee|cee|wye|pee|"
                           r"bee|tee|accent|dots|hat|one|two|three|" + _MARK_WORDS + r"))")
_OR_ASKED = re.compile(r"[ \t,]+or[ \t]")
_LEAD = re.compile(_REMARK_LETTERS + r"[ \t]*,?[ \t]+\Z")
#: (matched on the lower-cased text, a word's start checked after: quick to scan)
_REMARK_CUE = re.compile(r"(?:with(?:out)?|not?)(?![\w'’-])")
#: the word a remark is about, right before it: "Stephens, with ..."
_REMARKED = re.compile(r"(?<![\w'’-])" + _CAPITAL + r"[\w'’-]+[ \t]*,?[ \t]*(?:(?i:that['’]s|it['’]s|so|"
                       r"spelt|spelled|but)[ \t]*,?[ \t]*)?\Z")
#: a letter with its diacritic said just before a spelling: "L with a line through it, U K A S Z"
_MARKED_BEFORE = re.compile(r"(?<![\w'’-])" + _CAPITAL[:-1] + r"a-z]" + _DIACRITIC
                            + r"[ \t]*[,;]?[ \t]*\Z")
_REMARK_GROUP = re.compile(r"(?i)(?P<neg>without|no|not)?[ \t]*(?:(?:a|an|the)[ \t]+)?"
                           r"(?:double|two|one|single)?[ \t]*(?P<l>" + _REMARK_LETTER
                           + r"(?:[ \t-]+" + _REMARK_LETTER + r"){0,2})")
_LETTER_NAMES_ALL = {**LETTER_NAMES, "haitch": "H", "zee": "Z", "wye": "Y", "pee": "P", "bee": "B",
                     "tee": "T", "double u": "W", "double you": "W", "double yoo": "W"}


_CONTRASTED = re.compile(r"[ \t,;:]*(?i:not|no)[ \t]+(?P<w>" + _CAPITAL + _SMALL + r"+)(?![\w'’-])")
#: a name put right before it is said: "not Davis but Davies", "not Mc, it's Mac"
_NOT_BUT = re.compile(r"(?<![\w'’-])(?i:not|no)[ \t]+(?P<a>" + _CAPITAL + _SMALL + r"*)[ \t]*,?[ \t]+"
                      r"(?i:but|it['’]s|rather)[ \t]+(?P<b>" + _CAPITAL + _SMALL + r"+)(?![\w'’-])")


def _alike(one: str, other: str) -> bool:
    """Whether two words are near-copies: one name and its misspelling."""
    a, b = fold(one).lower(), fold(other).lower()
    return a != b and (a.startswith(b) or b.startswith(a)
                       or difflib.SequenceMatcher(None, a, b).ratio() >= 0.6)


def _remark_letters(said: str) -> str:
    """The letters a remark's first group names: "a P H" -> "PH", "a zed" -> "Z", "two Fs" -> "F"."""
    out = []
    for part in re.split(r"[ \t-]+", said.strip()):
        low = part.lower()
        if low in _LETTER_NAMES_ALL:
            out.append(_LETTER_NAMES_ALL[low])
        elif part[:1].isalpha():
            out.append(part[0].upper())
    return "".join(out)


def _fits(word: str, remark: str) -> bool:
    """Whether a remark's first letters fit the word it follows: said letters are in the word
    ("Stephens, with a P H"), letters said missing are not ("Thomson, no P"); a diacritic said
    fits any word."""
    contrast = _CONTRASTED.match(remark)
    if contrast is not None:  # "Reid, not Reed", "Nkem, not Nkemdi": a near-copy of the word
        return _alike(word, contrast.group("w"))
    if _MARK_SAID.search(remark) or re.search(r"(?i)accent|dots|hat\b|" + _MARK_WORDS, remark):
        return True
    group = _REMARK_GROUP.search(remark)
    if group is None:
        return False
    letters = _remark_letters(group.group("l"))
    if not letters:
        return False
    folded = fold(word).upper()
    negated = (group.group("neg") or "").lower() in ("no", "without")
    return (letters not in folded) if negated else letters in folded


def _remarks(text: str, spelled: list[Finding]) -> list[Finding]:
    """Remarks on how a name is spelled, with the name or the spelling they follow: "Stephens,
    with a P H, not a V", "Kathryn, K not C", "Mackenzie with a zed, not an S", "J O S E with an
    accent on the E", "Ffion with two Fs" -- the name, the letters said and the contrast are
    one PERSON span. The remark must fit the word (its letters in it), so "John with a B in
    maths" is no spelling."""
    out = []
    for f in spelled:
        marked = _MARKED_BEFORE.search(text, max(0, f.start - 60), f.start)
        if marked is not None:
            out.append(Finding(marked.start(), f.end, "PERSON", 0.85, DETECTOR))
    at = 0
    low = text.lower()
    for cue in _REMARK_CUE.finditer(low if len(low) == len(text) else text):
        if cue.start() < at or cue.start() and (text[cue.start() - 1].isalnum()
                                                 or text[cue.start() - 1] in "'’-_"):
            continue
        if cue.group().lower() != "with":
            m = _NOT_BUT.match(text, cue.start())
            if m is not None and _alike(m.group("a"), m.group("b")) \
                    and m.group("b").lower() not in STOP_WORDS:
                out.append(Finding(m.start(), m.end(), "PERSON", 0.85, DETECTOR))
                at = m.end()
                continue
        # the remark may open with letters before the cue: "Kathryn, K not C"
        begin = cue.start()
        if _LETTER_AHEAD.match(text, cue.end()) is None:
            continue  # no letter, letter's name, mark or name within a few words
        lead = _LEAD.search(text, max(0, begin - 24), begin) \
            if cue.group().lower() in ("not", "no") else None
        if lead is not None:
            begin = lead.start()
        said = _REMARKS.match(text, begin) or _REMARKS.match(text, cue.start())
        if said is None:
            continue
        start, end = said.start(), said.end()
        while end > start and text[end - 1] in " \t,;:":
            end -= 1
        after = next((f for f in spelled if f.start < end < f.end), None)
        if after is not None:
            end = after.end  # "..., not S H A U N": the remark runs into a spelling
        before = next((f for f in spelled if f.start < start <= f.end or f.end <= start and
                       not text[f.end:start].strip(" \t,;:")), None)
        if before is not None:
            out.append(Finding(before.start, end, "PERSON", 0.85, DETECTOR))
            at = end
            continue
        word = _REMARKED.search(text, max(0, start - 60), start)
        if word is None or _OR_ASKED.match(text, end):
            continue  # (a listener's either-or question, "Wall with one L or two?", checks
            # the name; the remark names no more of it)
        name = word.group().split()[0].strip(",")
        if name.lower() in STOP_WORDS or re.split(r"['’]", name.lower())[0] in STOP_WORDS or name.upper() in ACRONYMS or \
                not _fits(name, text[start:end]):
            continue
        out.append(Finding(word.start(), end, "PERSON", 0.85, DETECTOR))
        at = end
    return out


#: a piece of a word said and then spelled: "sand, S-A-N-D", "ison I S O N", "caw, C A W"
_CHUNK_PAIR = re.compile(
    r"(?<![\w'’-])(?P<w>[^\W\d_]{2,12})[ \t]*[,:;]?[ \t]*"
    r"(?P<l>[^\W\d_](?:(?:[ \t]*[-–.,][ \t]*|[ \t]+)[^\W\d_](?![\w'’])){1,11})(?![\w'’-])")
#: two letters said apart: what every chunk's spelling has (a cheap test first)
_TWO_LETTERS = re.compile(r"(?<![\w'’-])[^\W\d_](?:[ \t]*[-–.,][ \t]*|[ \t]+)[^\W\d_](?![\w'’])")
_CHUNK_GAP = re.compile(r"[ \t]*[,;:.…\-–—]?[ \t]*(?:(?i:then|and|um|er|erm)[ \t]*,?[ \t]*)?")


#: a spelling with its letters put right as it goes, on a bad line: "B, not D, B - A - S, not F,
#: S - E", "W A G S, not F, S T, not P, T": letters said alone, some followed by "not" and the
#: letter they could be taken for (and the right one again)
_SURE_ITEM = r"[A-Z](?![\w'’])(?:[ \t]*,?[ \t]+(?i:not|no)[ \t]+(?:an?[ \t]+)?[A-Z](?![\w'’]))?"
_SURE_SEP = r"(?:[ \t]*[,\-–—][ \t]*|[ \t]+)"
_SURE_RUN = re.compile(r"(?<![\w'’-])" + _SURE_ITEM + r"(?:" + _SURE_SEP + _SURE_ITEM + r"){3,}")
_NOT_LETTER = re.compile(r"(?i)\bnot?[ \t]+(?:an?[ \t]+)?[A-Z](?![\w'’])")


def _made_sure(text: str) -> list[Finding]:
    """Spellings with "not X" corrections inside (see ``_SURE_RUN``): five letters or more and
    at least one correction (a list "A, B, C, D" has none)."""
    if " not " not in text:
        return []
    out = []
    for m in _SURE_RUN.finditer(text):
        run = m.group()
        if _NOT_LETTER.search(run) is None:
            continue
        letters = sum(1 for c in _NOT_LETTER.sub(" ", run) if c.isupper())
        if letters >= 5:
            out.append(Finding(m.start(), m.end(), "PERSON", 0.85, DETECTOR))
    return out


def _chunk_echoes(text: str) -> list[Finding]:
    """A name spelled in pieces, each piece said and then spelled: "sand, S-A-N-D, ison,
    I-S-O-N", "hep H E P ple P L E". A pair is a word and the letters that spell exactly it;
    two or more pairs in a row are a name whatever their words (each piece alone may be English),
    and one pair is when its letters were found as a spelling (the word is that spelling's
    echo)."""
    pairs: list[re.Match[str]] = []
    if _TWO_LETTERS.search(text) is None:
        return []
    for m in _CHUNK_PAIR.finditer(text):
        letters = "".join(c for c in m.group("l") if c.isalpha())
        if fold(letters).upper() == fold(m.group("w")).upper():
            pairs.append(m)
    out = []
    for i, m in enumerate(pairs):
        before = i > 0 and _CHUNK_GAP.fullmatch(text, pairs[i - 1].end(), m.start()) is not None
        after = i + 1 < len(pairs) and _CHUNK_GAP.fullmatch(text, m.end(), pairs[i + 1].start()) \
            is not None
        if before or after:
            out.append(Finding(m.start(), m.end(), "PERSON", 0.85, DETECTOR))
    return out


def find_spelled_names(text: str) -> list[Finding]:
    """Spelled-out names in ``text`` and the capitalised words they spell."""
    findings = []
    words: list[str] = []
    windows = _windows(text)
    for start, end in _with_particles(text, _joined(text, _consistent_pieces(text, windows),
                                                    windows)):
        lead = _WORD_NAME_FIRST.match(text, start, end) or _ARTICLE_FIRST.match(text, start, end)
        if lead is not None:  # "Why, A, B, C": a letter's name that is a word opens no spelling;
            start = lead.end()  # "a P A twenty postcode": the article before capitals
        spelled = text[start:end]
        pronoun = _PRONOUN_AFTER.search(spelled)
        if pronoun is not None and _LOWER_WORD.match(text, end):
            spelled, end = spelled[:pronoun.start()], start + pronoun.start()
        letters = _letters(spelled)
        if not _is_name(letters, text, start, spelled):
            continue
        findings.append(Finding(start, end, "PERSON", 0.9, DETECTOR))
        words.append(letters)
    taken = {(f.start, f.end) for f in findings}
    findings.extend(_continued(text, findings, windows))
    findings.extend(_remarks(text, findings))
    findings.extend(_said_before(text, findings, words))
    for match in _BY_WORD.finditer(text):
        if match.span() in taken:
            continue
        letters = "".join(m.group(2) * (2 if m.group(1) else 1)
                          for m in _BY_WORD_LETTER.finditer(match.group()))
        if _is_name(letters, text, match.start()):
            findings.append(Finding(match.start(), match.end(), "PERSON", 0.9, DETECTOR))
            words.append(letters)
    findings.extend(_chunk_echoes(text))
    findings.extend(_made_sure(text))
    for word in dict.fromkeys(words):
        rest = "['’]".join(re.escape(part) for part in word[1:].split("'"))
        # in lower case too where no dictionary knows the word: "my name's kowalczyk, k o w
        # ...", as a machine transcript writes it
        first = re.escape(word[0]) if is_english_word(word) or len(word) < 4 \
            else "(?i:" + re.escape(word[0]) + ")"
        pattern = re.compile(r"(?<![\w'’-])" + first + "(?i:" + rest + r")(?![\w-]|['’]\w\w)")
        findings.extend(Finding(m.start(), m.end(), "PERSON", 0.75, DETECTOR)
                        for m in pattern.finditer(text))
    return findings
