"""The fail-safe for spellings: a dense run of letters, whatever words carry them.

A speaker spelling a name says letters, and between them whatever they say: "then", "um",
"[inaudible]", "sorry", "no", "hyphen", "capital". The spelling finder (:mod:`.spelling`)
reads letters it knows in patterns it knows; a new speaker brings new patterns ("P, then H,
then I, then L ...", "En, double-u, oh, ess, you", "kay, eye, ee, ell, why"). Here the shape
decides: in a stretch of tokens, count *letters* -- a single letter, a letter's name
("aitch", "zed", "ess", "kay", and the names that are also words: "oh", "you", "eye", "why"),
a NATO word, "double" and a letter, "C as in cat" -- and let *pauses* (punctuation, fillers,
"then", "and", "[inaudible]", "sorry", "no", "hyphen", "capital") stand between them; any
other word ends the stretch. A stretch of at least five letters, two of them plain letters or
unmistakable letter names (not "I", "a", "oh", "you"), is a spelling: one PERSON span from
its first letter to its last, and the word it spells, capitalised elsewhere in the text, is a
PERSON too.

::

    find_letter_runs(text)

Not spellings: a list of the alphabet in order ("A, B, C, D and E", "grades A, A, B, B, C":
letters that never go back), acronyms said one after another ("N H S, G M C, B M A": each
comma-separated chunk an acronym), runs of one letter ("I, I, I"), the pronoun and the
article alone.
"""
from __future__ import annotations

import itertools
import re

from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.spelling import ACRONYMS, NATO

__all__ = ["find_letter_runs"]

DETECTOR = "letter_run"

#: letter names no sentence needs otherwise
_STRONG_NAMES: dict[str, str] = {
    "aitch": "H", "haitch": "H", "zed": "Z", "zee": "Z", "double-u": "W", "ess": "S", "eff": "F",
    "ell": "L", "dee": "D", "gee": "G", "jay": "J", "kay": "K", "vee": "V", "cee": "C",
    "wye": "Y", "pee": "P", "bee": "B", "tee": "T", "ex": "X", "dubya": "W", "double-yoo": "W",
    "doubleyou": "W", "zee's": "Z"}
#: letter names that are also words or fillers: letters only among other letters
_WEAK_NAMES: dict[str, str] = {  # ("aye" is Scots "yes", no letter)
    "oh": "O", "you": "U", "eye": "I", "ee": "E", "ay": "A", "are": "R", "ar": "R", "see": "C",
    "sea": "C", "why": "Y", "queue": "Q", "cue": "Q", "em": "M", "en": "N", "el": "L", "ef": "F",
    "owe": "O", "tea": "T", "pea": "P", "ai": "I", "jay's": "J", "ewe": "U"}
#: what may stand between two letters of one spelling
_PAUSES = frozenset("""
then and um umm er erm uh eh hmm sorry no hyphen dash space capital small big little lower upper
case next after that's its it's is ok okay yes yeah mhm uh-huh mm hm got that wait hang on again so
right alright yep pause
acute grave umlaut cedilla tilde circumflex caron hacek ogonek accent
""".split())  # noqa: SIM905
_TOKEN = re.compile(r"\[[^\]\n]{1,30}\]|(?i:double|treble|triple)[ \t-]+(?:[A-Za-z](?![\w'’])|u(?![\w'’])|you|yoo)"
                    r"|(?P<l>[A-Za-z])(?![\w'’])[ \t]*,?[ \t]+(?:as[ \t]+in|for|like)[ \t]+"
                    r"(?i:(?P=l))[a-z]+"
                    r"|(?<![\w'’])[A-Za-z](?![\w'’])|\w+(?:['’]\w+)*|\n|[^\s\w]")
#: the cheap test for where a run may be: a letter standing alone (not the pronoun or the
#: article) or an unmistakable letter's name, two of them within :data:`_REACH` characters
_ANCHOR = re.compile(r"(?<![\w'’])(?:[B-HJ-Zb-hj-z]|[Aa]itch|[Zz]ed|[Ee]ss|[Ee]ff|[Ee]ll|[Dd]ee|[Gg]ee|"
                     r"[Jj]ay|[Kk]ay|[Dd]ouble)(?![\w'’])")
_REACH = 30
#: "a" before a capital letter is the article: "a B and a C"
_ARTICLE = re.compile(r"[ \t]+[A-Z](?![\w'’])")
_WORD_END = re.compile(r"\S*(?:\s|\Z)")


def _word_end(text: str, at: int, limit: int) -> int:
    """The end of the word at ``at`` (after the space that ends it), at most ``limit``."""
    m = _WORD_END.search(text, at, limit)
    return m.end() if m is not None else limit
_MIN_LETTERS = 5
_MIN_CUED = 4
#: what announces a spelling just before it: "spelt", "that's", "surname's", "it's"
_SPELL_CUE = re.compile(r"(?i)(?<![\w-])(?:spell|spelt|spelled|spelling|that['’]s|it['’]s|"
                        r"(?:sur|first|last|family|middle|maiden)?name(?:['’]s|[ \t]+is))(?![\w-])"
                        r"[^.?!\n]{0,30}\Z")
_MIN_STRONG = 2
_NEWLINE = re.compile(r"\n")
_NAMES = (r"(?:pee|bee|tee|vee|cee|dee|gee|jay|kay|ess|eff|ell|em|en|ar|arr|ee|ay|eye|wye|ex|zed|"
          r"zee|aitch|haitch|oh|you|are|why|queue|cue|see|el|ef|dubya)")
#: three letters' names in a comma list, one of them no word: "pee, eye, ar"
_NAME_LIST = re.compile(r",[ \t]*(" + _NAMES + r"),[ \t]*" + _NAMES + r"(?![\w'’-])")
_NAME_END = re.compile(r"(?i)(?<![\w'’-])" + _NAMES + r"\Z")
#: a cheap test for a spelling-alphabet run: two of its less common words near each other
_PHONETIC_HINT = re.compile(r"(?:Able|Baker|Dog|Easy|Item|Jig|Nan|Oboe|Sugar|Tare|Uncle|Yoke|Zebra|Ack|"
                            r"Beer|Ink|Monkey|Nuts|Pip|Toc|Yorker|Bertie|Nellie|Queenie|Mike|Oscar|"
                            r"Sierra|Tango|Romeo|Papa|Kilo|Lima|Bravo|Foxtrot|Whiskey|Yankee|Zulu)"
                            r"(?![\w'’-])[ \t]*[,.;–—-]?[ \t]*[A-Z]")
#: a speaker's label opening a line: "I:", "P16:", "[Interviewer]:"
_LABEL = re.compile(r"[ \t]*[^\s:][^\n:]{0,29}:(?=[ \t]|\Z)")


#: a letter said repeated, as one token: the word, a space, tab or hyphen, and what is repeated
_REPEATED = re.compile(r"(double|treble|triple)[ \t-]+(\S+)")


def _letter(token: str) -> tuple[str, bool] | None:
    """The letters ``token`` stands for and whether it is unmistakably a letter, or None."""
    low = token.lower()
    if len(token) == 1 and token.isalpha():
        return token.upper(), token not in "IAa"
    if said := _REPEATED.fullmatch(low):  # "double-u", "treble E"; never "doubles", "triplets"
        times, rest = said.groups()
        if rest in ("u", "you", "yoo") and times == "double":
            return "W", True  # "double-u" is one letter
        return rest[0].upper() * (3 if times.startswith("tr") else 2), True
    if token.startswith("["):
        return None  # a transcriber's mark ("[TN: spelled by participant]"): a pause at most
    if " " in token or "\t" in token:  # "C as in cat"
        return token[0].upper(), True
    if low in _STRONG_NAMES:
        return _STRONG_NAMES[low], True
    if low in NATO:
        return low[0].upper(), True
    if low in _WEAK_NAMES:
        return _WEAK_NAMES[low], False
    return None


def _is_pause(token: str) -> bool:
    """A pause between letters; a colon is not one ("A: V E N ...": a speaker's label)."""
    return token.lower() in _PAUSES or token.startswith("[") or \
        (len(token) == 1 and not token.isalnum() and token != ":")


def _spells_nothing(letters: list[str], chunks: list[str]) -> bool:
    joined = "".join(letters)
    if len(set(joined)) < 3 or not set(joined) & set("AEIOUY") or not set(joined) - set("AEIOUY"):
        return True
    if all(a <= b for a, b in itertools.pairwise(joined)):  # "A, B, C, D and E"; "A, A, B, C"
        return True
    long_chunks = [c for c in chunks if len(c) >= 2]  # "A and E, then I T U, then H D U"
    return bool(long_chunks) and all(c in ACRONYMS for c in long_chunks)


#: the spelling alphabets before NATO's and beside it: the RAF's and the police's ("Able,
#: Baker, Charlie, Dog"), the older British ("Ack, Beer, Don, Edward, Freddie"), and the words
#: people reach for on the phone ("Apple, Bertie, Mother, Nellie, Orange, Tommy, Yellow")
PHONETIC_WORDS: dict[str, str] = {w: w[0].upper() for w in """
able ace ack alfred apple baker beer benjamin bertie bravo charlie charles david delta dog don
easy edward echo fox freddie frederick frank george golf harry henry hotel how india ink isaac
item jack jig john johnnie johnny juliet king kilo london love lima mary mike monkey mother nan
nancy nellie november nuts oboe oliver orange oscar papa peter pip queen queenie quebec robert
roger romeo sierra sugar sammy tare tango toc tommy tommy uncle umbrella uniform vic victor
victoria whiskey whisky william x-ray xray yoke yankee yellow yorker zebra zulu
""".split()}  # noqa: SIM905
#: four or more capitalised spelling-alphabet words in a row, with only commas, stops, dashes
#: or "then" between: a name spelled ("Baker, Able, Roger, Roger, Oboe, William")
_PHONETIC_RUN = re.compile(
    r"(?<![\w'’-])(?:(?:" + "|".join(sorted((w.capitalize() for w in PHONETIC_WORDS), key=len,
                                              reverse=True))
    + r")(?![\w'’-])(?:[ \t]*[,.;–—-]?[ \t]*(?:(?:then|and|um|er|erm)[ \t]*,?[ \t]*)?|\Z)){4,}")
#: words of the alphabets that are first names too: a run of only these is a list of people
#: (still PERSON), and at least three other words make it a spelling
_PLAIN_WORDS = frozenset("""
able ace ack apple beer dog easy echo fox golf hotel how ink item jig king kilo love mother
nuts oboe orange pip queen sugar tare toc uncle umbrella uniform whiskey whisky x-ray xray yoke
yellow yorker zebra bravo delta india lima papa quebec sierra tango zulu alfa alpha oscar
""".split())  # noqa: SIM905


def _phonetic_runs(text: str) -> tuple[list[Finding], list[str]]:
    """Names spelled with a spelling alphabet's words, and the words they spell."""
    findings: list[Finding] = []
    words: list[str] = []
    matches: list[re.Match[str]] = []
    for hint in _PHONETIC_HINT.finditer(text):  # only around the hints: the run's long
        if matches and hint.start() < matches[-1].end():  # alternation is slow to scan
            continue
        m = _PHONETIC_RUN.search(text, max(0, hint.start() - 80), hint.end() + 80)
        if m is not None and (not matches or m.start() >= matches[-1].end()):
            full = _PHONETIC_RUN.match(text, m.start())
            matches.append(full if full is not None else m)
    for m in matches:
        said = re.findall(r"[A-Z][\w'’-]*", m.group())
        said = [w for w in said if w.lower() in PHONETIC_WORDS]
        letters = "".join(PHONETIC_WORDS[w.lower()] for w in said)
        plain = {w.lower() for w in said} & _PLAIN_WORDS
        if len(said) < 4 or len(plain) < 2 or _spells_nothing(list(letters), [letters]):
            continue
        end = m.start() + m.group().rstrip(" \t,.;–—-").__len__()
        findings.append(Finding(m.start(), end, "PERSON", 0.85, DETECTOR))
        words.append(letters)
    return findings, words


def find_letter_runs(text: str) -> list[Finding]:
    """Dense runs of letters in ``text`` (spellings), and the words they spell said elsewhere."""
    findings: list[Finding] = []
    words: list[str] = []
    if _PHONETIC_HINT.search(text):
        findings, words = _phonetic_runs(text)
    end_seen = run_end = -1
    anchors = [m.start() for m in _ANCHOR.finditer(text)]
    listed = []  # letters' names said in a comma list: "pee, eye, ar, eye, ee"
    low = text.lower()
    for m in _NAME_LIST.finditer(low if len(low) == len(text) else text):  # (from the comma:
        # quick to scan)
        before = _NAME_END.search(text, max(0, m.start() - 8), m.start())
        if before is not None:
            listed += [before.start(), m.start(1)]
    if listed:
        anchors = sorted([*anchors, *listed])
    for at, following in itertools.pairwise(anchors):
        if at < end_seen or following - at > _REACH:
            continue
        start = max(0, at - 40, text.rfind("\n", 0, at) + 1, run_end)
        if start and not text[start - 1].isspace() and start != run_end:  # not from inside a word
            start = _word_end(text, start, at + 1)
        stop = _word_end(text, min(len(text), at + 400), len(text))
        run, read_to = _run(text, start, stop, following + 2)
        if run is None:
            # the walk read on to ``read_to`` and found no run: an anchor before that starts
            # no walk of its own (it would read the same stretch again, and a long stretch
            # of letters and pauses with no word in it -- "w/c w/c w/c ..." -- would be read
            # up to 400 characters on from every letter); a walk reads back at most 40
            # characters before its anchor, so the work is linear in the text
            end_seen = read_to
            continue
        first, last, letters = run
        end_seen = run_end = last  # (a run after it is looked for after it)
        words.append("".join(letters))
        # one span per line: a spelling said over turns leaves the labels and the
        # listener's "Mm-hm" between its parts alone
        piece = first
        for line_end in [m.start() for m in _NEWLINE.finditer(text, first, last)] + [last]:
            said = [m for m in _TOKEN.finditer(text, piece, line_end)
                    if _letter(m.group()) is not None]
            if said:
                findings.append(Finding(said[0].start(), said[-1].end(), "PERSON", 0.85,
                                        DETECTOR))
            label = _LABEL.match(text, line_end + 1)
            piece = label.end() if label is not None else line_end + 1
    for word in dict.fromkeys(words):
        if len(word) < 4 or not word.isalpha():
            continue
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(word[0]) + "(?i:" + re.escape(word[1:])
                             + r")(?![\w'’-])")
        findings.extend(Finding(m.start(), m.end(), "PERSON", 0.75, DETECTOR)
                        for m in pattern.finditer(text))
    return findings


def _run(text: str, start: int, stop: int,
         give_up: int) -> tuple[tuple[int, int, list[str]] | None, int]:
    """The first qualifying run of letters in ``text[start:stop]`` -- (start, end, letters) --
    or None once no run is under way past ``give_up``; and where the walk stopped reading (the
    word that ended it, or ``stop``)."""
    said_letters: list[tuple[int, int, str, bool]] = []  # (start, end, letters, strong)
    chunks: list[str] = [""]
    paused = False  # whether a pause came after the last letter
    label_end = -1  # a speaker's label at a line's start is a pause: the spelling goes on
    for m in _TOKEN.finditer(text, start, stop):  # after "I: Mm-hm." in the next turn
        token = m.group()
        if m.start() < label_end:
            continue
        if token == "\n" or m.start() == 0 or text[m.start() - 1] == "\n":
            label = _LABEL.match(text, m.end() if token == "\n" else m.start())
            if label is not None:
                label_end = label.end()
                if m.start() < label_end:
                    continue  # the label's own letter: "A: V-E-N-A-B-L-E-S"
        said = None if token == "a" and _ARTICLE.match(text, m.end()) else _letter(token)
        if said is not None:
            said_letters.append((m.start(), m.end(), said[0], said[1]))
            chunks[-1] += said[0]
            paused = False
            continue
        if said_letters and token in ("[", "]") and (len(said_letters) >= _MIN_CUED or token == "]"):
            # a note's bracket, its whole too long to be one pause token: the note opens or
            # closes there ("... S K A'] Yeah, K, O, ...": the off-mic voice's spelling ends
            # at its quote, the speaker's own starts after)
            found = _qualify(text, said_letters, chunks)
            if found is not None:
                return found, m.start()
            said_letters, chunks = [], [""]
            continue
        if said_letters and _is_pause(token):
            if token in ",;/" or token.lower() in ("then", "and", "next"):
                chunks.append("")
            paused = True
            continue
        if not paused and token[:1].islower():
            # a weak letter straight before a word in lower case is the pronoun: "..., T, H,
            # I think", "S P E E D, I reckon"
            while said_letters and not said_letters[-1][3]:
                said_letters.pop()
        found = _qualify(text, said_letters, chunks) if len(said_letters) >= _MIN_CUED else None
        if found is not None:
            return found, m.start()
        said_letters, chunks = [], [""]
        if m.start() > give_up:
            return None, m.start()
    return _qualify(text, said_letters, chunks), stop


def _qualify(text: str, said: list[tuple[int, int, str, bool]],
             chunks: list[str]) -> tuple[int, int, list[str]] | None:
    """The run's span and letters if it is a spelling. A weak letter at the end said after a
    different pause than the run's own is the speaker going on ("P-I-K-E, I think",
    "F-O-N-O-T-I, yeah. Oh, the ...", not "C. H. O. P. R. A, and she")."""
    if len(said) >= 2:
        kind = _separator_kind(text[said[0][1]:said[1][0]])
        while len(said) > 2 and not said[-1][3] and \
                _separator_kind(text[said[-2][1]:said[-1][0]]) != kind:
            said = said[:-1]
    if len(said) < _MIN_CUED:
        return None
    letters = [x[2] for x in said]
    least = _MIN_CUED if _SPELL_CUE.search(text, max(0, said[0][0] - 40), said[0][0]) \
        else _MIN_LETTERS  # four letters where a spelling is announced: "spelt oh, kay, ..."
    strong = sum(x[3] for x in said)
    if strong == 1 and len(letters) >= _MIN_LETTERS and {
            _separator_kind(text[a[1]:b[0]]) for a, b in itertools.pairwise(said)} == {","}:
        strong = _MIN_STRONG  # each letter its own comma's worth: "pee, eye, ar, eye, ee"
    if len(letters) >= least and strong >= _MIN_STRONG and \
            not _spells_nothing(letters, [c for c in chunks if c]):
        return said[0][0], said[-1][1], letters
    return None


def _separator_kind(gap: str) -> str:
    """What separates two letters: a hyphen, a comma, a stop, a space; with a word between
    ("um", "yeah", "then") its own kind."""
    if any(c.isalpha() for c in gap):
        return "word:" + gap.strip(" ,.-").lower()
    return "-" if "-" in gap else "," if "," in gap else "." if "." in gap else " "
