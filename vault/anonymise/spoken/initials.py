"""Two initials before a surname, as transcribers type them: "H D Nagra", "BN Dikko", "T. N.
Jafri", "K.J. Smith", "Y. R. Okafor"; a surname typed before its initials, as lists and
signatures have them: "Nagra, H. D.", "Dikko BN;", "Okafor, J."; and a person named by an
initial after a title: "Dr K was lovely", "Mrs B. said".

::

    find_initialled_names(text)   # the initials and the surname, one PERSON span

A surname after two initials is a person whatever the words around it: an initial pair is
rare before anything else. The engine's other finders often take the surname alone ("Nagra"),
leaving the initials, which narrow the person down, in the text; this span is merged with
theirs. Where the surname is also an English word ("K J Baker", but also "H R Director"), or
the pair is an acronym (:data:`~.spelling.ACRONYMS`: "DM Pugsley", but also "GP Partner", "UK
Biobank"), the span is weak (below the threshold): it only carries the initials into a surname
that another finder took. Not initials: two letters before a month or a weekday, the end of a
capital stream ("G R I F F I T H S"), a NATO spelling word ("B R Bravo").
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from vault.anonymise.calendar_words import MONTHS, WEEKDAYS
from vault.anonymise.fastre import merged_windows
from vault.anonymise.recognizers import TITLE_WORD_RE
from vault.anonymise.spoken._finding import Finding
from vault.anonymise.spoken.spelling import ACRONYMS, NATO, scan
from vault.anonymise.wordlists import is_english_word, surnames

__all__ = ["find_initialled_names"]

DETECTOR = "initialled_name"

_LOWER = r"[a-zß-öø-ÿ\u0100-\u024F]"
_UPPER = r"[A-ZÀ-ÖØ-Þ]"
#: a capitalised word in any Latin script, "Mc"/"O'" and a second part joined by a hyphen allowed
_SURNAME = (r"(?:Mc|Mac|O['’])?" + _UPPER + _LOWER + r"+(?:-" + _UPPER + _LOWER + r"+)?")
_INITIALLED = re.compile(
    r"(?<![\w.'’-])(?P<initials>[A-Z]\.?[ \t]+[A-Z]\.?|[A-Z]\.[A-Z]\.?|[A-Z]{2})[ \t]+"
    r"(?P<surname>" + _SURNAME + r")(?![\w'’-])")
#: a capital and a space (or a stop) right before: a letter stream, not initials
_LETTER_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][ \t.,-]+\Z")
#: words that follow two capitals without naming anyone, whatever the dictionary says
_NOT_SURNAMES = frozenset((*MONTHS, *WEEKDAYS))


#: a surname typed before its initials, as in a list or a signature: "Nagra, H. D.", "Dikko BN",
#: "Okafor, J;" (the initials end the entry: a comma, a semicolon, a bracket, "and", the line's
#: end; a stop only before those: "Dr G. Munteanu" and "Okafor, J. Then" are no entries)
_INITIALS_AFTER = re.compile(
    r"(?<![\w.'’-])(?P<surname>" + _SURNAME + r"),?[ \t]+(?P<initials>[A-Z]\.(?:[ \t]?[A-Z]\.?)?"
    r"|[A-Z]{1,2})(?![\w'’-])(?=[ \t]*(?:[,;:)/]|\.[ \t]*(?:$|[,;:)/])|$|and\b|&))", re.MULTILINE)
#: another lone letter after the initials: a spelling, not an entry's initials
_LETTER_AFTER = re.compile(r"[ \t]*[,.;:/-]?[ \t]*[A-Za-z](?![\w'’])")
#: letters after a word that are no one's initials: compass points and regions ("Hexham, NE")
_NOT_INITIALS = frozenset(("N", "S", "E", "W", "NE", "NW", "SE", "SW", "NI", "UK"))


#: a capital standing alone or in a pair, not the pronoun or the article: where initials may be
_ANCHOR = re.compile(r"\b(?![AI]\b)[A-Z][A-Z]?\b")


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches around lone capitals and pairs: the only places initials can be, so the
    patterns, which could start at any capitalised word, scan a few per cent of the text."""
    return merged_windows((max(0, m.start() - 48), min(len(text), m.end() + 48))
                          for m in _ANCHOR.finditer(text))


#: a title and a lone capital, the person named by an initial: "Dr K was lovely", "Mrs B. said"
_TITLED_INITIAL = re.compile(
    r"\b(?:Dr|Doctor|Mr|Mister|Mrs|Missus|Ms|Miss|Mx|Prof|Professor|Sister|Nurse|Sir|Dame)\.?"
    r"[ \t]+(?P<initial>[A-Z])\.?(?![\w'’-]|\.?[ \t]*[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]"
    r"|[ \t]*[-,.]?[ \t]*[A-Z](?![\w'’]))")


#: a title and what the pattern above leaves: the initials "A" and "I" ("Dr A said", "Ms I came"),
#: a possessive ("Dr N's list"), two initials or a hyphenated pair ("Dr AK", "Dr J-P"), and the
#: titles of the ward, the church, the council and the family ("Matron K.", "Father M.",
#: "Cllr B", "Uncle T"): a lone capital after a title is someone whatever the letter
_TITLED_INITIAL_MORE = re.compile(
    r"\b(?P<title>Dr|Doctor|Mr|Mister|Mrs|Missus|Ms|Miss|Mx|Prof|Professor|Sister|Sr|Nurse|Sir|"
    r"Dame|Matron|Father|Fr|Rev|Revd|Reverend|Cllr|Councillor|Pastor|Imam|Rabbi|Sgt|Sergeant|"
    r"Uncle|Auntie|Aunty)\.?[ \t]+(?P<initial>[A-Z](?:-[A-Z])?|[A-Z]{2})\.?(?P<s>['’]s)?"
    r"(?![\w'’-]|\.?[ \t]*[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]|[ \t]*[-,.]?[ \t]*[A-Z](?![\w'’]))")
#: what makes "A" after a title the hospital's department or an exam, not an initial
_A_NOT_INITIAL = re.compile(r"[ \t]*(?:&|\+|\*|-?[ \t]*(?:and|n|&)[ \t]+E\b|-?[ \t]*[Ll]evels?\b|"
                            r"[ \t]*[Ss]tar\b)")
#: what makes "I" after a title the pronoun ("... Dr, I think"): a verb of thinking or being
_I_PRONOUN_AFTER = re.compile(r"['’]|[ \t]+(?:think|thought|mean|guess|suppose|reckon|know|knew|"
                              r"don['’]t|didn['’]t|was|am|have|had|would|will|can|could|said|"
                              r"believe|remember|forget|wonder|hope)\b")
#: a lower-case word after a bare "A" or "I" that is no joining word: what the person did
#: ("Dr A said", "Ms I came", "Dr A for two years")
_VERB_AFTER = re.compile(r"[ \t]+(?!(?:and|or|n|nor|to)\b)[a-z]")
_ABBREVIATED_TITLES = frozenset(("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof"))


def _titled_initials_more(text: str) -> list[Finding]:
    """A title and an initial the main pattern leaves alone (:data:`_TITLED_INITIAL_MORE`)."""
    out = []
    for match in _TITLED_INITIAL_MORE.finditer(text):
        title, initial = match.group("title"), match.group("initial")
        simple = len(initial) == 1 and initial not in "AI" and match.group("s") is None \
            and title in _BASE_TITLES
        if simple:
            continue  # the main pattern's
        if len(initial) == 2 and (initial in ACRONYMS or initial in _NOT_INITIALS
                                  or initial in ("OK", "ER", "UM", "AM", "PM", "IT", "IS", "AS")):
            continue
        if initial in ("A", "I") and match.group("s") is None \
                and not _VERB_AFTER.match(text, match.end()):
            continue  # "Dr A and Dr I, no,": the bare letters of a spelling or a list
        if initial == "A" and _A_NOT_INITIAL.match(text, match.end()):
            continue
        if initial == "I" and (title not in _ABBREVIATED_TITLES
                               or _I_PRONOUN_AFTER.match(text, match.end())
                               or match.group().endswith("I") and match.group("s") is None
                               and _I_PRONOUN_AFTER.match(text, match.end("initial"))):
            continue
        end = match.end("initial") + (1 if text.startswith(".", match.end("initial")) else 0)
        out.append(Finding(match.start("initial"), end, "PERSON", 0.85, DETECTOR))
    return out


_BASE_TITLES = frozenset("""
Dr Doctor Mr Mister Mrs Missus Ms Miss Mx Prof Professor Sister Nurse Sir Dame
""".split())  # noqa: SIM905


#: one initial before a capitalised word: "Who's C Athwal, on the rota?", "ask T. Pirie"
_ONE_INITIAL = re.compile(r"(?<![\w.'’-])(?P<initial>[A-Z])\.?[ \t]+(?P<surname>" + _SURNAME
                          + r")(?![\w'’-])")
#: "A" or "I" before a capitalised word: where they may be an initial
_AI_ANCHOR = re.compile(r"(?<![\w'’-])[AI]\.?[ \t]+(?=[A-Z][a-z])")
#: where a sentence, a line or a turn starts: "A" and "I" there are the article and the pronoun
_OPENING = re.compile(r"(?:\A|[.!?:;\n\]\[(\"“—–-])[ \t]*\Z")


def _one_initial(text: str, windows: list[tuple[int, int]]) -> list[Finding]:
    """One initial before a capitalised word, always weak (below the threshold): it only
    carries the initial into a surname that another finder took ("C Athwal", not "Athwal"
    alone with the "C" left standing). Not a letter run's end, a NATO word, a month."""
    out = []
    extra = [(max(0, m.start() - 8), min(len(text), m.end() + 48)) for m in _AI_ANCHOR.finditer(text)]
    if extra:  # "A" and "I" make no window of their own
        windows = sorted([*windows, *extra])
    for match in scan(_ONE_INITIAL, text, windows):
        initial, surname = match.group("initial"), match.group("surname")
        if surname in _NOT_SURNAMES or surname.lower() in NATO or surname.lower() in STOP_WORDS \
                or _LETTER_BEFORE.search(text, max(0, match.start() - 4), match.start()) \
                or _LETTER_AFTER.match(text, match.end()) and initial not in "AI" \
                or initial in "AI" and (_OPENING.search(text, max(0, match.start() - 4),
                                                        match.start()) or match.group().find(".") > 0):
            continue
        if "." in match.group() and _LABEL_BEFORE.search(text, max(0, match.start() - 24),
                                                         match.start()):
            continue  # "Appendix B. Page 4", "Plan B. Then": a label's letter ends a sentence
        if _new_sentence(text[match.start():match.start("surname")].rstrip(), surname):
            continue  # "... B like ball, Y. Honestly": a spelling's last letter, a new sentence
        out.append(Finding(match.start(), match.end(), "PERSON", 0.4, DETECTOR))
    return out


#: a speaker's sound that opens a sentence: "er", "erm", "um"
_HESITATIONS = frozenset(("um", "umm", "uh", "uhm", "er", "erm", "eh", "ah", "hm", "hmm", "mm"))


def _new_sentence(initials: str, word: str) -> bool:
    """Letters ending in a full stop and then a word that opens a sentence, not a surname: the
    end of a spelling or a postcode read out, then the speaker goes on ("... B like ball, Y.
    Honestly, the letter ...", "... T as in tea, E. People always ...", "W R five one Y R. Erm,
    we're ..."): a hesitation, a stop word, or a dictionary word that is no surname."""
    if not initials.endswith("."):
        return False
    low = word.lower()
    return low in _HESITATIONS or low in STOP_WORDS or is_english_word(word) and \
        word not in surnames()


#: a capitalised word right before a lettered label's letter: "Appendix B.", "Ward C."
_LABEL_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[ \t]+\Z")


def find_initialled_names(text: str) -> list[Finding]:
    """Two initials and the surname after them in ``text``, and a surname before its
    initials ("Nagra, H. D.")."""
    findings = []
    windows = _windows(text)
    for match in scan(_INITIALS_AFTER, text, windows):
        letters = re.sub(r"[^A-Z]", "", match.group("initials"))
        surname = match.group("surname")
        if letters in _NOT_INITIALS or letters in ACRONYMS or letters in ("I", "A") \
                or TITLE_WORD_RE.fullmatch(surname) \
                or surname in _NOT_SURNAMES or surname.lower() in NATO:
            continue
        if is_english_word(surname) and surname not in surnames() \
                or _LETTER_AFTER.match(text, match.end()):
            continue  # "Yeah, L, A, M, B, E, R, T": a word before a spelling
        findings.append(Finding(match.start(), match.end(), "PERSON", 0.85, DETECTOR))
    for match in scan(_TITLED_INITIAL, text, windows):
        if match.group("initial") not in "AI" or match.group().endswith("."):
            findings.append(Finding(match.start("initial"), match.end(), "PERSON", 0.85,
                                    DETECTOR))
    findings.extend(_titled_initials_more(text))
    findings.extend(_one_initial(text, windows))
    for match in scan(_INITIALLED, text, windows):
        letters = re.sub(r"[^A-Z]", "", match.group("initials"))
        surname = match.group("surname")
        if _new_sentence(match.group("initials"), surname):
            continue  # "... U R. And the first name", "... Y R. Erm, we're": a spelling's or
            # a postcode's end, then a new sentence
        if surname in _NOT_SURNAMES or surname.lower() in NATO or letters in _NOT_INITIALS \
                or _LETTER_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue
        # a surname that is also a word ("K J Baker", "H R Director") is left for the name
        # finders to settle: the weak span only carries the initials into theirs
        # and so is a pair of letters that is also an acronym ("DM Pugsley", "GP Dikko")
        weak = is_english_word(surname) and surname not in surnames() or letters in ACRONYMS
        findings.append(Finding(match.start(), match.end(), "PERSON", 0.4 if weak else 0.85,
                                DETECTOR))
    return findings
