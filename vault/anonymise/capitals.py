"""Names written in capitals: e-mail headers, sign-offs, letter signatures, page headers.

Every other name rule reads capitalisation ("a capitalised word no dictionary has"), and
spaCy's model is not shown all-capitals words (acronyms are the patterns' job), so a name in
capitals ("FROM: TEMI OKAFOR", "Kind regards,\\nMAEVE", "ASHBOURNE VALE HOSPITAL NHS TRUST")
slipped past every rule. This recognizer reads each run of all-capitals words as if it were
written in title case, and decides by the shape of the evidence:

* a run of two or three capitals words of which one is a listed first name or surname (not an
  ordinary English word) and none is ordinary vocabulary is a full name ("TEMI OKAFOR",
  "BRANWEN FAGG", "ROWAN NKEMDIRIM");
* one capitals word that is a listed first name or surname and no English word is a name
  ("MAEVE", "HALLORAN");
* in a name's place (a header field "From:"/"To:"/"Cc:", a line alone after a closing such as
  "Thanks," or "Kind regards", after "signed", before "wrote:", a speaker label at a line's
  start) any capitals word that is not ordinary vocabulary is a name ("ROWAN", "LEDGER");
* a run that ends in an organisation's kind ("HOSPITAL", "NHS FOUNDATION TRUST",
  "INFIRMARY") is read by the healthcare-organisation patterns in title case.

Acronyms stay: a word of two or three letters, or one without a vowel, or one that is a word
of the dictionary, is never a name on its own ("NHS", "MRCP", "PACES", "URGENT").
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import ClassVar

from presidio_analyzer import RecognizerResult

from vault.anonymise.ner_input import ORGANISATION_VOCABULARY
from vault.anonymise.recognizers import (
    COMMON_CAPITALISED,
    HealthcareOrganisationRecognizer,
    RuleRecognizer,
    credited,
    is_first_name,
    is_surname,
    known_place,
)
from vault.anonymise.wordlists import is_english_word, word_names

__all__ = ["CapitalsRecognizer"]

_WORD = r"[A-Z][A-Z'’]*(?:-[A-Z][A-Z'’]*)*"
#: a run of capitals words on one line (two capitals letters at least in each word)
_RUN = re.compile(r"(?<![\w'’-])" + _WORD + r"(?:[ \t]+" + _WORD + r")*(?![\w'’-])")
_HAS_RUN = re.compile(r"[A-Z][A-Z]")
#: what an organisation's name ends in
_ORG_KIND = re.compile(r"\b(?:HOSPITALS?|INFIRMARY|TRUST|HOSPICE|SURGERY|PRACTICE|CLINIC|"
                       r"HEALTH[ \t]+BOARD|MEDICAL[ \t]+CENTRE|HEALTH[ \t]+CENTRE|HEALTHCARE)\b"
                       # a hospital's short form ends the run: "KIRKHALLAM ROYAL"
                       r"|[ \t](?:ROYAL|GENERAL|MEMORIAL|COTTAGE)\Z")
#: joining words of an organisation's name, written in lower case in title case
_JOIN = frozenset({"OF", "UPON", "ON", "AND", "THE", "IN", "FOR", "AT"})
#: acronyms kept in capitals when a run is read in title case
_ACRONYMS = frozenset({"NHS", "UHB", "DGH", "GP", "PCN", "CCG", "ICB", "UK"})
#: a name's place before a run: a header field, "signed", a greeting
_NAME_PLACE_BEFORE = re.compile(
    r"(?:^[ \t>]*(?:from|to|cc|bcc|sender|author|signed|signature|name|typist|transcriber|"
    r"contact|(?:sent|written|typed|transcribed|checked|interviewed)[ \t]+by)[ \t]*:|\b(?:signed|sincerely|regards|dear|hi|hello|thanks|cheers|love)[,:]?)[ \t]*\Z",
    re.IGNORECASE | re.MULTILINE)
#: a closing on the line before a line that is only a name
_CLOSING_LINE = re.compile(
    r"(?:^|\n)[ \t>]*(?:(?:kind|best|warm|many|with)[ \t]+(?:regards|wishes|thanks)|regards|"
    r"thanks|thank[ \t]+you|cheers|best|sincerely|yours(?:[ \t]+\w+)?|love|all[ \t]+the[ \t]+best|"
    r"take[ \t]+care|speak[ \t]+soon)[ \t]*[,.!]?[ \t]*\n[ \t>]*\Z", re.IGNORECASE)
#: a name's place after a run: "wrote:", "said:", a speaker label's colon at a line's start
_NAME_PLACE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:wrote|writes|said)\b",
                               re.IGNORECASE)
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)|<[^<>\n]{1,60}>|[-–—,;|][^\n]{0,60})?"
                             r"[ \t]*(?:\n|\Z)")
_LABEL_AFTER = re.compile(r"[ \t]*:")
#: a speaker's role as a header field: a name when the line holds nothing else
#: ("Interviewee: OKAFOR - site 2"), speech when it goes on ("Participant: OSKAR never...")
_ROLE_FIELD_BEFORE = re.compile(
    r"^[ \t>]*(?:interviewee|interviewer|participant|respondent|researcher|speaker(?:[ \t]+\w+)?)"
    r"[ \t]*:[ \t]*\Z", re.IGNORECASE | re.MULTILINE)
#: a person's title in capitals just before: "DR", "MRS", "PROF."
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])(?:DR|MR|MRS|MS|MISS|MX|PROF|PROFESSOR|SIR|DAME|REV)\.?"
                           r"[ \t]+(?:[A-Z]\.?[ \t]+){0,2}\Z")  # "DR F OYELARAN"
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t>]*\Z")
_VOWEL = re.compile(r"[AEIOUY]")
_LINE_WORD = re.compile(r"[A-Za-z]{2,}")
#: what makes a name in a capitals header a place of work: "GARTHMYL SITE"
_SITE_AFTER = re.compile(r"[ \t]+(?:SITE|CAMPUS|ED|A&E|WARD|UNIT|CENTRE|HOSPITAL)\b")
#: a person's title before a name in capitals: not part of the name
_TITLES = frozenset({"DR", "MR", "MRS", "MS", "MISS", "MX", "PROF", "PROFESSOR", "SIR", "DAME",
                     "REV", "LORD", "LADY"})


def _title(word: str) -> str:
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


@functools.cache
def _vocabulary() -> frozenset[str]:
    return ORGANISATION_VOCABULARY | COMMON_CAPITALISED


def _ordinary(title: str) -> bool:
    """An ordinary word: the dictionary's, the NHS's vocabulary, a role or a label."""
    return is_english_word(title) or title in _vocabulary()


def _acronym_like(word: str) -> bool:
    letters = re.sub(r"[^A-Z]", "", word)
    return len(letters) <= 3 or _VOWEL.search(letters) is None or word in _ACRONYMS


def _listed_name(title: str) -> bool:
    """A first name or surname of the lists that no dictionary has ("Maeve", "Halloran")."""
    return (is_first_name(title) or is_surname(title)) and not _ordinary(title) \
        and title not in word_names()


def _unknown(word: str, title: str) -> bool:
    """A word nobody can explain as ordinary: no list, no dictionary, not an acronym (nor a
    label such as "INT-B")."""
    return not _ordinary(title) and not _acronym_like(word) and not known_place(title) \
        and all(len(part) >= 3 for part in word.split("-"))


def _name_or_unknown(title: str) -> bool:
    """A listed name, a given name that is also a word ("Rowan", "Hope"), or no ordinary
    word: in a name's place such a word is a name; "NONE", "TBC", "UNKNOWN" are not."""
    return is_first_name(title) or is_surname(title) or title in word_names() \
        or not _ordinary(title)


def _header_word(word: str) -> bool:
    """Long enough and voiced enough to be a name rather than an acronym ("GARTHMYL", not
    "NIHR", "PREMS")."""
    letters = re.sub(r"[^A-Z]", "", word)
    return len(letters) >= 5 and len(_VOWEL.findall(letters)) >= 2


def _capitals_line(text: str, start: int, at_least: int = 0) -> bool:
    """Whether the line around ``start`` is written mostly in capitals (a header, a title):
    there a capitals word is not an acronym in running prose."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words: list[str] = _LINE_WORD.findall(text, line_start,
                                          line_end if line_end >= 0 else len(text))
    upper = sum(w.isupper() for w in words)
    return upper * 2 >= len(words) and upper >= at_least


class CapitalsRecognizer(RuleRecognizer):
    """People's and organisations' names written in capitals (see the module docstring)."""

    ENTITIES = ("PERSON", "HOSPITAL")
    NAME = "capitals"
    SCORE: ClassVar[float] = 0.7
    PLACE_SCORE: ClassVar[float] = 0.65

    def __init__(self, listed_hospital: Callable[[str], bool] = lambda name: False) -> None:
        super().__init__()
        self._organisations = HealthcareOrganisationRecognizer(listed_hospital)

    def find(self, text: str) -> list[RecognizerResult]:
        if _HAS_RUN.search(text) is None:
            return []
        out: list[RecognizerResult] = []
        for run in _RUN.finditer(text):
            words = [(m.start() + run.start(), m.end() + run.start(), m.group())
                     for m in re.finditer(r"\S+", run.group())]
            if all(len(w) < 2 or not w[1:2].isupper() for _, _, w in words):
                continue  # "I", "A": no capitals word here
            if _ORG_KIND.search(run.group()) is not None:
                out.extend(self._organisation(text, run.start(), run.end()))
                continue
            out.extend(self._people(text, words))
        return out

    def _organisation(self, text: str, start: int, end: int) -> list[RecognizerResult]:
        """The run read in title case by the organisation patterns."""
        titled = " ".join(w if w in _ACRONYMS else w.lower() if w in _JOIN else _title(w)
                          for w in text[start:end].split(" "))
        if len(titled) != end - start:
            return []  # tabs or double spaces: offsets would not map back
        found = []
        for result in self._organisations.analyze(titled, ["HOSPITAL", "LOCATION"]):
            if result.score < 0.6:
                continue
            found.append(credited(self, result.entity_type, start + result.start,
                                  start + result.end, self.SCORE))
        return found

    def _people(self, text: str, words: list[tuple[int, int, str]]) -> list[RecognizerResult]:
        """Stretches of name-like words in a run of capitals words."""
        out = []
        stretch: list[tuple[int, int, str]] = []
        for item in [*words, (0, 0, "")]:
            word = item[2]
            title = _title(word)
            if word and word.rstrip(".") not in _TITLES and (
                    not _ordinary(title) and len(re.sub(r"[^A-Z]", "", word)) >= 2
                    or is_first_name(title) and title not in word_names()
                    and title not in _vocabulary()):
                stretch.append(item)
                continue
            if stretch:
                out.extend(self._judge(text, stretch, len(words)))
                stretch = []
            elif word and (title in word_names() or is_first_name(title)) \
                    and title not in _vocabulary():
                stretch = [item]  # "HYACINTH BOATENG": a given name that is also a word,
                # taken when a surname follows (see _judge)
        # a name's place makes any capitals word of it a name, ordinary or not
        while words and words[0][2].rstrip(".") in _TITLES:
            words = words[1:]  # "DR SPEED": the name after the title
        if not out and 1 <= len(words) <= 3 \
                and self._name_place(text, words[0][0], words[-1][1], label=False):
            names = [w for w in words if _title(w[2]) not in _vocabulary()
                     and not _acronym_like(w[2]) and w[2] not in _JOIN
                     and _name_or_unknown(_title(w[2]))]
            if names and len(names) == len(words):
                out.append(credited(self, "PERSON", words[0][0], words[-1][1], self.PLACE_SCORE))
        return out

    def _judge(self, text: str, stretch: list[tuple[int, int, str]],
               in_run: int) -> list[RecognizerResult]:
        start, end = stretch[0][0], stretch[-1][1]
        titles = [_title(w) for _, _, w in stretch]
        named = [_listed_name(t) or (is_first_name(t) and t not in word_names())
                 or (i == 0 and len(titles) >= 2 and t in word_names())
                 for i, t in enumerate(titles)]
        unknown = [_unknown(w, t) for (_, _, w), t in zip(stretch, titles)]
        listed = sum(named)
        if len(stretch) >= 2 and all(n or u for n, u in zip(named, unknown)) and (
                listed >= 1 or all(len(w) >= 4 for _, _, w in stretch)):
            return [credited(self, "PERSON", start, end, self.SCORE)]
        if len(stretch) == 1 and _listed_name(titles[0]) and not _acronym_like(stretch[0][2]) \
                and _capitals_line(text, start):
            return [credited(self, "PERSON", start, end, self.SCORE)]
        if len(stretch) == 1 and unknown[0] and _header_word(stretch[0][2]) \
                and _capitals_line(text, start, at_least=3):
            # "GARTHMYL SITE – INTERVIEW 5": a word nobody can explain in a capitals header
            kind = _SITE_AFTER.match(text, end)
            return [credited(self, "HOSPITAL" if kind else "PERSON", start, end,
                             self.PLACE_SCORE)]
        if len(stretch) <= 3 and (listed or any(unknown)) \
                and self._name_place(text, start, end, label=len(stretch) >= 2 or listed > 0):
            return [credited(self, "PERSON", start, end, self.PLACE_SCORE)]
        return []

    @staticmethod
    def _name_place(text: str, start: int, end: int, *, label: bool = True) -> bool:
        """Whether ``start:end`` stands where a name stands (see the module docstring); a
        speaker label's place counts only when ``label``."""
        if _NAME_PLACE_BEFORE.search(text, max(0, start - 40), start) is not None \
                or _TITLE_BEFORE.search(text, max(0, start - 12), start) is not None:
            return True
        if _NAME_PLACE_AFTER.match(text, end) is not None:
            return True
        if _ROLE_FIELD_BEFORE.search(text, max(0, start - 30), start) is not None \
                and _LINE_END_AFTER.match(text, end) is not None:
            return True
        line_start = _LINE_START_BEFORE.search(text, max(0, start - 8), start) is not None
        if label and line_start and _LABEL_AFTER.match(text, end) is not None:
            return True  # "BRANWEN FAGG: Staff nurse on the unit."
        return line_start and _LINE_END_AFTER.match(text, end) is not None \
            and _CLOSING_LINE.search(text, max(0, start - 40), start) is not None
