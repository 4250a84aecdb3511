"""Digits said in another language or a dialect, and stammered digits: read as plain digits
before the number finders run, in a copy of the text of the same length.

::

    plain, stammers = plain_numerals("my mobile's sero saith saith, naw dau un, pedwar pump")
    # plain == "my mobile's zero 7     7     , 9   two one, 4      5   "
    plain, stammers = plain_numerals("it's oh s-s-seven seven, n-nine one")
    # plain == "it's oh     seven seven,   nine one"; stammers maps each word's start to its
    # stammer's start, so a finding opening at "seven" is stretched back over "s-s-"

The number finders (:mod:`~.numbers`, :mod:`~.density`, :mod:`~.mentions`) know English digit
words. People read their numbers in the words they count in: Welsh, Gaelic, Irish, Polish,
Urdu, Hindi, Punjabi, Bengali, Gujarati, Yoruba, Igbo, Hausa, Swahili, Somali, Arabic, Tamil,
Tagalog, Turkish, Greek, French, Spanish, Portuguese, Italian, Romanian, German, Cantonese; and
in dialect forms (Scots "twa", "fower", "sax", "echt", "yin"; Caribbean "wan", "tuu", "chree",
"faiv", "sebben", "nain"; Irish and West Country "tree", "foive", "noine"). A *run* of such
words is rewritten in the copy, word for word (the English word when it fits in the same
letters, else the digit), and the finders then see an ordinary number -- with every mechanism
they have: corrections, asides, the rest said in the next turn, read-backs, the entity by cue.

A word is read as a digit only inside a run of digit words (English or not), each next to the
last with only spaces, punctuation, a hesitation or the Irish counting particle "a" between,
and only when the run is shaped like a number read out: five or more digit words, two or more
of them not English, three or more that are no ordinary English word (so "do", "tin", "sat",
"char", "tree", "wan", "pump", "dim", "naw", "null", "lima", "sax" count only beside clear
ones), and not counting up or down ("chwech, saith, wyth, naw": the children counting).

A *stammer* is a part of a number word said and broken off before the word: "s-s-seven",
"th-three", "sev- seven", "f-f-four", "ni- nine" (each part a beginning of the word). The copy
has spaces where the parts were, so the finders read the word, and a finding that opens at the
word is stretched back over its stammer (its letters identify as much as the word does).

Cost: one pass of a word pattern and a dictionary look-up per word (about 0.3 ms per transcript
of 4,500 characters); the copy is made only when a run or a stammer is found.
"""
from __future__ import annotations

import functools
import re
from itertools import pairwise
from typing import Any

from vault.anonymise.fastre import merged_windows
from vault.anonymise.spoken.captions import homophone_digits, homophones_beside_digits
from vault.anonymise.spoken.digit_chains import in_order
from vault.anonymise.spoken.numbers import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

__all__ = ["OTHER_DIGITS", "plain_numerals"]

#: digit words of other languages and of dialects, by their digit (lower case, with and
#: without their accents, as transcribers type them)
_BY_DIGIT: dict[int, str] = {
    0: "sero dim neoni náid naid zéro cero nula zerowy sifar shunya shunyo shunno sifr sifir "
       "sıfır sifiri sifuri odo efu eber poojyam miden mhden zero null ling nowt",
    1: "un aon haon jeden jedna ek ik ikk okan ookan otu daya moja kow wahid waahid wahed "
       "onnu ondru isa bir ena uno unu eins yat yin ane wan",
    2: "dau dwy dà dha dhà dó dwa do dui eji meji abuo abụọ biyu mbili laba ithnain ithnan "
       "itnein itnayn rendu irandu dalawa iki dio deux dos dois due doi zwei yi twa tuu tuh choo",
    3: "tri tair trì trí trzy teen tin tinn tran eta meta ato atọ uku tatu saddex thalatha "
       "talata moonu moondru tatlo üç uc tria trois tres três tre trei drei saam thrie tree chree",
    4: "pedwar pedair ceithir ceathair cztery chaar char chār merin erin ano anọ hudu nne afar "
       "arba arbaa arba'a naalu naangu apat dört dort tessera quatre cuatro quatro quattro "
       "patru vier fower faa foh fo",
    5: "pump pum còig coig cúig cuig pięć piec paanch panch pach panj arun marun ise biyar tano "
       "shan khamsa anju ainthu lima beş bes pente cinq cinco cinque cinci fünf fuenf funf ng "
       "fev foive faiv fibe fi",
    6: "chwech chwe sia sè sé se sześć szesc chhe chhah chhoy choy chha efa mefa isii shida "
       "sita lix sitta aaru anim altı alti exi seis sei sase șase sechs luk sax siks",
    7: "saith seachd seacht siedem saat sat satt shat eje meje asaa bakwai saba toddoba "
       "sab'a ezhu pito yedi epta sept siete sete sette sapte șapte sieben chat seeven sivven "
       "sivin sivvin sebben seben sebm",
    8: "wyth ochd ocht hocht osiem aath aat atth ath ejo mejo asato asatọ takwas nane "
       "siddeed thamaniya tamanya ettu walo sekiz okto huit ocho oito otto opt acht baat echt "
       "aicht aight iet ait",
    9: "naw naoi dziewięć dziewiec nau nav noy esan mesan itoolu iteghete tara tisa sagaal "
       "tis'a onbadhu siyam dokuz ennea neuf nueve nove noua nouă neun gau nain noine",
}
#: round 13: Russian, Ukrainian, Bulgarian and Serbo-Croatian (Latin and Cyrillic), Mandarin
#: (pinyin, "yao" the phone one), Japanese, Korean, Vietnamese, Malay/Indonesian, Dutch, Swedish,
#: Norwegian, Danish, Finnish, Hungarian, Czech, Slovak, Lithuanian, Latvian, Albanian, Kurdish,
#: Persian, Pashto, Hebrew, Marathi, Nepali, Telugu, Kannada, Malayalam, Sinhala, Thai, Twi,
#: Zulu, Shona, Amharic, Tigrinya
_BY_DIGIT_MORE: dict[int, str] = {
    0: "nol nul noll nolla nulla nulis nulle kosong không khong rei maru gong yeong sefr efes "
       "sunna sonne binduwa hwee ohwee iqanda potsi ноль нуль linh",
    1: "odin odyn один yao een ett en egy satu một mot ichi yek jedan edno vienas viens një nje "
       "yksi echad achat okati ondu eka baako kunye poshi nueng hade yaw",
    2: "dva два liang hulet twee två tva kettő ketto két ket dua hai ni dy du shtayim shnayim eradu "
       "deka mmienu kubili piri kilte dui dvě dve divi dvije dve",
    3: "три san sost drie tiga ba három harom tři trys trīs tris sê mmiensa kuthathu seleste "
       "shalosh moodu mooru thuna sam",
    4: "chetyre chotyry четыре arat si fyra fire négy negy empat bốn bon yon chahar chahaar čtyři "
       "ctyri četiri cetiri chetiri keturi četri cetri katër kater çar anan kune ina arbaete "
       "naalugu naalku hathara salor neljä nelja štyri styri",
    5: "pyat pyat' пять wu vijf fem öt năm nam pět pet penki pieci pesë pese pênc penc enum "
       "kuhlanu shanu amist hamushte hamesh chamesh aidu anchu paha pinza viisi paach päť",
    6: "shest shist шесть liu zes sex seks hat enam sáu sau roku yuk shesh šest sest šeši seši "
       "sesi gjashtë gjashte şeş nsia isithupha tanhatu siddist shudushte saha haya shpag "
       "kuusi šesť",
    7: "sem sim семь qi zeven sju syv hét het tujuh bảy bay nana shichi chil haft sedm sedam "
       "sedem septyni septiņi septini shtatë shtate heft nson isikhombisa nomwe sebat sheva "
       "shewate elu hatha owa seitsemän seitseman",
    8: "vosem visim восемь åtta atta åtte atte otte nyolc delapan lapan tám tam hachi pal hasht "
       "osm osam aštuoni astuoni astoņi astoni tetë tete heşt hest nwotwe isishiyagalombili "
       "sere siment shmone shomonte enimidi entu kahdeksan",
    9: "devyat devyat' девять jiu negen nio kilenc sembilan chín chin kyuu kyu noh devět devet "
       "devyni deviņi devini nëntë nente neh nkron isishiyagalolunye pfumbamwe zetegn tesha "
       "tommidi ombattu onpathu namaya naha yhdeksän yhdeksan deväť",
}
OTHER_DIGITS: dict[str, int] = {
    word: digit for digit, words in _BY_DIGIT_MORE.items() for word in words.split()
    if word not in UNIT_WORDS}
OTHER_DIGITS |= {
    word: digit for digit, words in _BY_DIGIT.items() for word in words.split()
    if word not in UNIT_WORDS}
#: digit words above that are also ordinary English words, names or fillers: they count in a
#: run only beside three clear ones
_ORDINARY = frozenset("""
dim null nowt ling un do be eta meta tin tran char chat sat ath ait pump pum lima shan ng se
sei sia isa ena uno bir dio due dos tre tres sept opt otto tara nane saba sita anim arun ano
afar ise daya kow wan ane yin yi tree foh faa fo fi sax fev naw nav noy nau teen tuh iet
eje ato uku tatu walo apat saat ek ik be aat moja efa ejo esan mesan ochd
sex hat fire ni hai sam si bon nam pet bay tam pal chin het mot ina san dy du neh sem sere
ett een sim owa naha elu nana roku yon gong rei wu yao liu qi sau ket ba anan ata hade haft
heft tete yaw yuk try sonne linh maru kyu noh dve dva kune piri entu hest saha haya satu
fem twee trys en
""".split())  # noqa: SIM905
#: a word, with an apostrophe inside ("sab'a") or for a dropped sound at its end ("fi'")
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’][^\W\d_]+|['’](?![\w'’]))?(?![\w'’])")
#: English digit words and typed digits (the finders' own), for a run's other members
_ENGLISH = frozenset([*UNIT_WORDS, "double", "triple", "treble"])
_DIGITISH = _ENGLISH | OTHER_DIGITS.keys()
_SKIPPED = frozenset({"a", "um", "umm", "uh", "er", "erm", "eh", "ah"})
_DIGIT = re.compile(r"(?<![\w'’.,])\d(?![\w'’]|[.,]\d)")
#: what may stand between two digit words of a run
_RUN_GAP = re.compile(r"(?:[ \t,;.…/\-–—]|(?<![^\W\d_])(?i:um|umm|uh|er|erm|eh|ah|a)(?![^\W\d_]))*")
_MAX_RUN_GAP = 16
#: how far from a heard word its run is looked for
_WINDOW = 120
#: punctuation read as spaces, for the quick test of whether any other digit word is said
_PUNCTUATION = str.maketrans({c: " " for c in ",.;:!?…—–-\"()[]/’"})
_MIN_RUN, _MIN_OTHER, _MIN_CLEAR = 5, 2, 3
_LONG_RUN, _CUED_RUN, _CUE_REACH = 8, 6, 80
_NUMBER_CUE = re.compile(r"(?i)(?<![\w'’])(?:phone|mobile|number|landline|nhs|chi|gmc|nmc|pin|"
                         r"ring|call|contact)")
#: a run with only one other language's word in it: that many words, the word inside
_MIN_ONE_INSIDE = 7
#: the counting particle of Irish and Gaelic ("a naoi, a ceathair", "a h-aon")
_PARTICLE = re.compile(r"(?<![^\W\d_])[aA](?![^\W\d_])")
_PARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])[aA][ \t]+\Z")
#: a stammer: parts of a word said and broken off before it ("s-s-seven", "sev- seven")
_HYPHEN = re.compile(r"-[ \t]?(?=[A-Za-z])")
_FRAGMENTS = re.compile(r"(?<![\w'’-])(?:[A-Za-z]{1,4}-[ \t]?){0,3}[A-Za-z]{1,4}\Z")
_STAMMERED = frozenset([*UNIT_WORDS, *TEEN_WORDS, *TENS_WORDS, "double", "treble", "triple",
                        "hundred", "thousand", "first", "second", "third", "fourth", "fifth",
                        "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"])
_WORD_AT = re.compile(r"[A-Za-z]+")


def _stammers(text: str, plain: list[str], moved: dict[int, int]) -> None:
    for hyphen in _HYPHEN.finditer(text):
        word = _WORD_AT.match(text, hyphen.end())
        if word is None:
            continue
        said = word.group().lower()
        if said not in _STAMMERED and said.rstrip("s") not in _STAMMERED:
            continue
        frags = _FRAGMENTS.search(text, max(0, hyphen.start() - 24), hyphen.start())
        if frags is None:
            continue
        parts = [p.strip(" \t").lower() for p in frags.group().split("-") if p.strip(" \t")]
        if not parts or not all(said.startswith(p) and len(p) < len(said)
                                and p not in _STAMMERED and p not in ("o", "oh") for p in parts):
            continue  # "five-five-seven", "oh-oh-five": digits said one by one, not a stammer
        for i in range(frags.start(), hyphen.end()):
            plain[i] = " "
        moved[hyphen.end()] = frags.start()


def _runs(text: str, plain: list[str], moved: dict[int, int], said: list[str]) -> bool:
    """Rewrite the runs of other languages' digit words in ``plain``; whether any was."""
    heard = OTHER_DIGITS.keys() & set(said)
    if not heard or not _beside_digits(said, heard):
        return False  # most transcripts: one pass of C-level string work and no more
    windows = merged_windows((max(0, m.start() - _WINDOW), m.end() + _WINDOW)
                             for m in _heard_pattern(frozenset(heard)).finditer(text))
    changed = False
    for a, b in windows:
        changed |= _runs_in(text, a, min(b, len(text)), plain, moved)
    return changed


def _beside_digits(said: list[str], heard: set[str]) -> bool:
    """Some heard word has a digit word (of any language) or a digit beside it, and either two
    are said or one has digits on both sides (the quick test before the windows are read)."""
    twice = len(heard) > 1 or said.count(next(iter(heard))) > 1
    for i, word in enumerate(said):
        if word not in heard:
            continue
        before = _digitish(said, i, -1)
        after = _digitish(said, i, 1)
        if before and after or twice and (before or after):
            return True
    return False


def _digitish(said: list[str], i: int, step: int) -> bool:
    """The next word from ``i`` in direction ``step``, past hesitations and the counting
    particle, is a digit word or a digit."""
    i += step
    while 0 <= i < len(said) and said[i] in _SKIPPED:
        i += step
    return 0 <= i < len(said) and (said[i] in _DIGITISH or said[i].isdigit())


@functools.lru_cache(maxsize=256)
def _heard_pattern(heard: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(heard, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w'’-])(?:{words})(?![\w'’])")


def _runs_in(text: str, a: int, b: int, plain: list[str], moved: dict[int, int]) -> bool:
    tokens: list[tuple[int, int, int | None, bool]] = []  # start, end, digit (None: English), clear
    others = 0
    for m in _WORD.finditer(text, a, b):
        word = m.group().lower().replace("’", "'").rstrip("'")
        if word in _ENGLISH:
            tokens.append((m.start(), m.end(), None, True))
        elif word in OTHER_DIGITS:
            others += 1
            tokens.append((m.start(), m.end(), OTHER_DIGITS[word], word not in _ORDINARY))
    if not others:
        return False
    for m in _DIGIT.finditer(text, a, b):
        tokens.append((m.start(), m.end(), None, True))
    tokens.sort()
    changed = False
    run: list[tuple[int, int, int | None, bool]] = []
    for token in [*tokens, (len(text) + 100, 0, None, False)]:
        if run and (token[0] - run[-1][1] > _MAX_RUN_GAP or "\n" in text[run[-1][1]:token[0]]
                    or _RUN_GAP.fullmatch(text, run[-1][1], token[0]) is None):
            changed |= _rewrite(text, run, plain, moved)
            run = []
        run.append(token)
    return changed


def _min_clear(text: str, run: list[tuple[int, int, int | None, bool]]) -> int:
    """Three clear words; one in a long run (languages whose digits are all short syllables:
    Mandarin "ling qi qi jiu yi san si wu", Japanese "nana rei ichi yon yon ni roku"), or in a
    run of six after a number's cue."""
    if len(run) >= _LONG_RUN or len(run) >= _CUED_RUN and _NUMBER_CUE.search(
            text, max(0, run[0][0] - _CUE_REACH), run[0][0]):
        return 1
    return _MIN_CLEAR


def _one_inside(run: list[tuple[int, int, int | None, bool]],
                other: list[tuple[int, int, int | None, bool]]) -> bool:
    """One other language's digit word inside a long run of English digits: "nine char three,
    six six one, two two eight eight" (the speaker slipped into the language they count in)."""
    return len(other) == 1 and len(run) >= _MIN_ONE_INSIDE and run[0] is not other[0] \
        and run[-1] is not other[0]


def _value(text: str, token: tuple[int, int, int | None, bool]) -> int:
    if token[2] is not None:
        return token[2]
    said = text[token[0]:token[1]].lower()
    return UNIT_WORDS.get(said, int(said) if said.isdigit() else -1)


def _rewrite(text: str, run: list[tuple[int, int, int | None, bool]], plain: list[str],
             moved: dict[int, int]) -> bool:
    other = [t for t in run if t[2] is not None]
    if len(run) < _MIN_RUN or sum(1 for t in run if t[3]) < _min_clear(text, run):
        return False
    if len(other) < _MIN_OTHER and not _one_inside(run, other):
        return False
    if in_order([_value(text, t) for t in run]):
        return False  # counting
    english = {v: k for k, v in UNIT_WORDS.items() if k not in ("oh", "nought")}
    for start, end, digit, _ in other:
        assert digit is not None
        word = english[digit] if len(english[digit]) <= end - start else str(digit)
        plain[start:end] = list(word.ljust(end - start))
    # the Irish counting particle ("a naoi a ceathair"): not a word of the number
    particles = 0
    for a, b in pairwise(run):
        for m in _PARTICLE.finditer(text, a[1], b[0]):
            plain[m.start()] = " "
            particles += 1
    first = _PARTICLE_BEFORE.search(text, max(0, run[0][0] - 4), run[0][0])
    if particles and first is not None:  # and the one before the first digit
        plain[first.start()] = " "
        moved[run[0][0]] = first.start()
    return True


def plain_numerals(text: str) -> tuple[str, dict[int, int]]:
    """``text`` with other languages' and dialects' digit runs read as English digits and
    stammers blanked (same length, same offsets), and each stammered word's start mapped to its
    stammer's start; ``text`` itself when there is nothing to read."""
    plain = _Lazy(text)
    moved: dict[int, int] = {}
    if "-" in text:
        _stammers(text, plain, moved)
    said = text.lower().translate(_PUNCTUATION).split()
    _runs(text, plain, moved, said)
    if homophones_beside_digits(said):
        homophone_digits(text, plain)
    return plain.text(), moved


class _Lazy(list[str]):
    """The copy's characters, made only when the first one changes."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def __setitem__(self, key: Any, value: Any) -> None:
        if not len(self):
            self.extend(self._text)
        super().__setitem__(key, value)

    def text(self) -> str:
        return "".join(self) if len(self) else self._text
