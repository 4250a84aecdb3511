"""Answers to identifier questions: where a spoken identifier is likely to be, whatever the
finders made of it.

::

    answer_stretches(text)
    # "I: Can I take a contact number?\\nP: Yeah, it's oh seven nine, nil nil, crackle, four five"
    #   -> [AnswerStretch(start of "oh", end of "five", "PHONE", content=[...])]
    answer_items(text, found, threshold=0.5, review_score=0.4)
    #   -> review items (and redactions) for the stretches the engine left partly standing

Finders recognise shapes they have been shown; a new author says an identifier in a shape
nobody listed ("nil nil", "seven twice", "the usual at gmail"), and it leaks. What does not
change from author to author is *where* identifiers are said: straight after somebody asks for
one. So every place a spoken identifier is likely to be goes to a human, whatever the engine
found there:

* an *identifier question* is a turn asking for a phone/mobile/landline number or a way to
  reach someone, an e-mail, an address or postcode, a date of birth/birthday/age, an
  NHS/CHI/hospital number, a GMC/NMC/registration/PIN number, a reference/staff/ID number, or
  a spelling ("spell that for me"), in any phrasing -- not "the number of patients", "how
  many", "a number out of ten", "how old is the building";
* the *answer* is the next turns of the other speaker(s) (up to three, the asker's
  back-channels "yep", "go on" between them), each turn's first cluster of *content*: number
  words and digits, letters read out, and by the question's class months and ordinals (a date),
  e-mail words ("dot", "at", the words beside them), capitalised words and street words (an
  address); not a time ("after six"), a dose or a count ("two tablets", "five minutes"), an
  interjection "oh", a pronoun "one";
* a speaker *volunteering* one after its cue ("my mobile's ...", "you can reach me on ...",
  "I was born on ...") is an answer too;
* a refusal ("I'd rather not say") or no content ("same as before") gives nothing.

:func:`answer_items` then compares each answer with what the engine found: when every content
token is already redacted, nothing; when the answer is plainly an identifier (six content tokens
or more, at least half its words) it is *redacted* as the question's entity; otherwise it is
one *review item* (scored between the policy's review floor and threshold, so it flows into
the redaction log's pending spans and the release gate refuses the transcript until a human
decides it). A review item never overlaps a redaction (the review workbench replaces accepted
spans at their offsets): an answer cut by one becomes one item per piece left standing.

Cost: one regex pass for question cues per text and a tokenisation of the few answer turns.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from vault.anonymise.calendar_words import MONTH_ABBREVIATIONS, MONTHS, lowered
from vault.anonymise.number_words import ORDINAL_WORDS
from vault.anonymise.speaker_labels import label_pattern, speaker
from vault.anonymise.spoken.density import _SPLIT as _HYPHEN
from vault.anonymise.spoken.numbers import _MARK, TEEN_WORDS, TENS_WORDS, UNIT_WORDS
from vault.anonymise.wordlists import BIRTH_WORDS, DATE_OF_BIRTH_WORDS

__all__ = ["DETECTOR", "AnswerStretch", "Placed", "answer_items", "answer_stretches", "turn_before"]

DETECTOR = "identifier_answer"

#: a speaker label at a line's start, after an optional timestamp: "P05:", "[Interviewer]:",
#: "Interviewer (JM):", "[00:01:42] I:", "Speaker 2:"
_TURN = label_pattern(r"[A-Za-z][A-Za-z0-9 ._()'-]{0,30}?", stamp=True, bracketed=True,
                      after=r"[ \t]*")

def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: what a question asks for, by class: its entity; the order decides a question naming several
_CLASSES: tuple[tuple[str, str], ...] = (
    ("EMAIL", (r"e-?mail(?:\s+address)?|inbox|gmail|hotmail|outlook\s+address")),
    ("NHS_NUMBER", (r"nhs(?:\s+no\.?|\s+num(?:ber)?)?|chi(?:\s+no\.?|\s+num(?:ber)?)|"
                   r"hospital\s+(?:no\.?|num(?:ber)?)|patient\s+(?:no\.?|num(?:ber)?|id)|"
                   r"unit\s+number|mrn|medical\s+record\s+number|k\s+number|"
                   r"community\s+health\s+index")),
    ("GMC_NUMBER", (r"gmc|nmc|hcpc|gphc|gdc|(?:registration|reg|licen[cs]e|professional|"
                   r"practitioner|pin)\s+(?:no\.?|num(?:ber)?|code|pin)|pin(?:\s+number)?|"
                   r"registered\s+under")),
    ("POSTCODE", (r"post\s?codes?|zip(?:\s+code)?")),
    ("LOCATION", (r"(?:home|postal|full|work|correspondence|street|house)?\s*address|"
                 r"house\s+number|flat\s+number|(?:what|which)\s+street|where\s+(?:do|did)\s+(?:you|they|"
                 r"we)\s+live|where\s+(?:are\s+you|is\s+home)\s+(?:based|living)|"
                 r"where(?:'s|\s+is)\s+home|live\s+(?:now|these\s+days)")),
    ("DATE", (DATE_OF_BIRTH_WORDS + r"|birth\s+date|"
             r"when\s+(?:were|was)\s+(?:you|he|she|they)\s+born|born\s+(?:on|in|when)|"
             r"what\s+year\s+(?:were|was)\s+(?:you|he|she)\s+born")),
    ("AGE", (r"how\s+old\s+(?:are|were|was|is|'s|’s|will\s+be|would\s+(?:you|he|she|they)\s+"
            r"(?:be|have\s+been))\s+(?:you|he|she|they|your|his|her|their|my|(?-i:[A-Z][a-z]+)\b)|"
            r"how\s+old\s+(?:you|he|she|they)\s+(?:are|were|was)|"
            r"(?:your|his|her|their)\s+age|what\s+age\s+(?:are|were|was|is)\s+"
            r"(?:you|he|she|they|your|his|her)|age\s+(?:are|were)\s+you")),
    ("PHONE", (r"(?:phone|mobile|landline|telephone|tel|cell|whatsapp)(?:\s*(?:no\.?|"
              r"num(?:ber)?|line|details))?|(?:contact|direct|work|home|best|daytime|"
              r"personal)\s*(?:no\.?|num(?:ber)?|line|details)|"
              r"(?:ring|call|text|phone|reach|contact|get\s+hold\s+of|whatsapp)\s+(?:you|him|"
              r"her|them)|number\s+(?:for|to)\s+(?:you|reach|ring|call|text|get)|"
              r"number\s+(?:[\w'’-]+\s+){0,4}(?:ring|call|text|reach|contact)|"
              r"(?:the\s+)?digits|extension|mob")),
    ("SPELL", (r"spell(?:ing|ed|t)?|how\s+(?:do|would)\s+(?:you|I)\s+write|letters\s+of")),
    ("NUMBER", (r"(?:reference|ref|staff|employee|payroll|badge|id|i\.d\.|member(?:ship)?|case|"
               r"national\s+insurance|ni|passport|driving\s+licen[cs]e|account|policy|student|"
               r"smart\s?card|claim|booking|file)\s*(?:no\.?|num(?:ber)?|code)|"
               r"reference")),
)
_CLASS_RE = re.compile(r"\b(?=[a-zA-Z])(?:" + "|".join(
    f"(?P<{name}>(?:{pattern})\\b)" for name, pattern in _CLASSES) + ")", re.IGNORECASE)
#: the words a question of an identifier is asked with (a turn without one asks for none)
_TRIGGERS = _set(
    "mail email inbox gmail hotmail outlook nhs chi hospital patient unit mrn medical "
    "community gmc nmc hcpc gphc gdc registration reg licence license professional "
    "practitioner pin registered post postcode postcodes zip address house flat street live "
    "home birth dob birthday born old age phone mobile landline telephone tel cell whatsapp "
    "contact direct work best daytime personal ring call text reach hold number digits "
    "extension mob spell spelling spelled spelt write letters reference ref staff employee "
    "payroll badge id member membership case national ni passport driving account policy "
    "student smart smartcard claim booking file")
_WORD = re.compile(r"[a-z]+")
#: how much of a turn's end is read for its question (a long turn asks at its end)
_ASK_CHARS = 240
#: any number of a person's, when nothing more specific is asked: "your number", "that number"
_ANY_NUMBER = re.compile(r"(?i)\b(?:your|his|her|their|the|that|a)[ \t]+(?:[\w-]+[ \t]+){0,2}"
                         r"(?P<NUMBER>number)\b")
#: a cue that is about something else: "the number of patients", "a number out of ten", "the
#: phone rang", "how many", a score or a dose
_NOT_A_CUE_AFTER = re.compile(
    r"[ \t]+(?:of|out[ \t]+of|on[ \t]+(?:a|the)[ \t]+scale|you'd[ \t]+give|would[ \t]+you[ \t]+"
    r"give|rang|ring|range|call(?:s|ed)?[ \t]+(?:were|a[ \t]+day|per)|went|goes|(?:calls|lines|numbers)\b|"
    r"(?:tree|rota|system|app|service|team|room|work(?:ed|s)?|culture|triage|"
    r"consultations?|appointments?|clinics?|reviews?|signal|battery|screen))\b", re.IGNORECASE)
_NOT_A_CUE_BEFORE = re.compile(
    r"(?:\bon[ \t]+the[ \t]+|\bby[ \t]+|\b(?:the|a)[ \t]+(?:work|team|"
    r"ward|practice|office|department|unit|clinic|hospital|service|switchboard|surgery|"
    r"scheme|trust)[ \t]+|\bthe[ \t]+(?:total|same|right|wrong)[ \t]+)\Z", re.IGNORECASE)
#: a question: a "?" in the turn, or a request said without one
_REQUEST = re.compile(
    r"\b(?:can|could|may|would)[ \t]+(?:I|we|you)\b|\b(?:give|tell|read|pop|say|spell|"
    r"confirm|let[ \t]+me[ \t]+have|jot|need|take|grab|go[ \t]+ahead|and[ \t]+your|"
    r"what's|what[ \t]+is|what[ \t]+was)\b", re.IGNORECASE)

#: said before an identifier without a question: "my mobile's", "reach me on", "born on"
_VOLUNTEERED = re.compile(
    r"\b(?:my|our)[ \t]+(?:(?:home|work|personal|own|mobile|direct|new|old|usual|full|"
    r"private|contact)[ \t]+)?(?P<what>(?:phone|mobile|landline|cell|e-?mail|email|postcode|"
    r"post[ \t]+code|address|" + DATE_OF_BIRTH_WORDS + r"|nhs|chi|"
    r"hospital|gmc|nmc|hcpc|pin|registration|reference|staff|badge|payroll)"
    r"(?:[ \t]+(?:no\.?|num(?:ber)?|address|code))?|number)"
    r"(?:[ \t]*(?:is|was|'s|’s|:|,|-|–|=)|[ \t]+(?:it's|it[ \t]+is|reads|goes|ends|starts)|"
    r"(?=[ \t]+(?:oh|zero|nought|\d)\b))"
    r"|\b(?P<reach>(?:reach|ring|call|text|contact|whatsapp|phone)[ \t]+(?:me|us)[ \t]+(?:on|at))\b"
    r"|\b(?P<mail>e-?mail[ \t]+(?:me|us)[ \t]+(?:on|at))\b"
    r"|\b(?P<born>I[ \t]+was[ \t]+born[ \t]+(?:on|in))\b"
    r"|\b(?P<live>I[ \t]+live[ \t]+(?:at|on))\b", re.IGNORECASE)
_VOLUNTEER_CLASS = (
    (re.compile(r"(?i)e-?mail"), "EMAIL"), (re.compile(r"(?i)post[ \t]?code"), "POSTCODE"),
    (re.compile(r"(?i)address|live"), "LOCATION"),
    (re.compile(r"(?i)" + BIRTH_WORDS), "DATE"),
    (re.compile(r"(?i)nhs|chi|hospital"), "NHS_NUMBER"),
    (re.compile(r"(?i)gmc|nmc|hcpc|pin|registration"), "GMC_NUMBER"),
    (re.compile(r"(?i)reference|staff|badge|payroll"), "NUMBER"),
)

#: an answer that declines: nothing to review when it gives (almost) nothing
_REFUSAL = re.compile(
    r"(?i)\b(?:rather[ \t]+not|prefer[ \t]+not|not[ \t]+comfortable|(?:don't|do[ \t]+not|"
    r"won't|will[ \t]+not)[ \t]+(?:want[ \t]+to[ \t]+)?(?:say|give|share)|no[ \t]+comment|"
    r"pass[ \t]+on[ \t]+that|skip[ \t]+(?:that|it)|not[ \t]+saying|keep[ \t]+that[ \t]+"
    r"(?:private|to[ \t]+myself)|leave[ \t]+that[ \t]+(?:out|off|blank))")

#: a token of speech: a word, digits, or an address/e-mail typed whole
_TOKEN = re.compile(r"[A-Za-z0-9@£$€]+(?:[:’'._+@/-][A-Za-z0-9]+)*")


_NUMBER_WORDS = frozenset([*UNIT_WORDS, *TEEN_WORDS, *TENS_WORDS, "o", "nil", "zilch", "null",
                           "naught", "hundred", "thousand", "double", "triple", "treble",
                           "quadruple"])
_ORDINALS = frozenset(ORDINAL_WORDS)
_MONTHS = frozenset(lowered(MONTHS + MONTH_ABBREVIATIONS))
_EMAIL_WORDS = _set(
    "at dot underscore hyphen dash com net org uk co ac gov io ie nhs "
    "gmail hotmail outlook yahoo icloud googlemail btinternet live "
    "protonmail")
_STREET_WORDS = _set(
    "road rd street st avenue ave lane close drive way crescent terrace "
    "gardens court place cottage farm mews grove row hill view "
    "park square walk rise parade")
#: capitals that are not names, places or letters read out
_COMMON_CAPS = _set(
    "I OK NHS GP GPs GMC NMC BMA TV UK US EU A AND NEWS ICU ED AE ST CT MRI "
    "IT HR PA PM AM CHI PIN DOB SAS FY SHO SPR SpR HCPC NMC GPhC PhD MD MBA CEO IMG "
    "PLAB OSCE ARCP CCT MRCP MRCGP FRCS ITU HDU A&E PICU NICU CPR")
#: after a number: a count, a dose, a time, a measure -- not an identifier's digits
_UNIT_AFTER = re.compile(
    r"(?i)(?:times|tablets?|pills?|mg|milligrams?|mcg|ml|units?|patients?|people|minutes?|mins?|"
    r"hours?|hrs?|days?|weeks?|months?|o'clock|o’clock|am|pm|percent|per|pounds?|quid|p|k|secs?|"
    r"seconds?|moments?|miles?|beds?|shifts?|nights?|kids|children|sessions?|visits?|calls?|"
    r"rings|goes|of|or|more|less|ish|each|between|doses?|puffs?|drops?|kilos?|stone|"
    r"degrees|points?|out)\Z")
_TIME_BEFORE = _set(
    "at after till until before by around about from between since "
    "gone past to half")
#: a measure named just before a number: a reading, not an identifier
_MEASURE_BEFORE = _set("score scored scale rated rating dose gcs news sats pulse bp temp "
                       "temperature weight weighed height")
#: a clock time typed ("10:30", "9.15"), an ordinal typed ("3rd")
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d")
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)")
#: a stop or comma between two number words: not said together ("Oh, 42")
_PAUSE = re.compile(r"[,.;:?!…]")
#: a sentence's end between two words of an answer
_NEW_SENTENCE = re.compile(r"[.?!]\s+[A-Z]")
#: a thing's number said after it: "page thirty", "bay eleven", "the number forty-two bus"
_THING_BEFORE = _set("page pages bay bed ward room bus level step question item chapter "
                     "version grade year band platform gate floor line")
_YEAR = re.compile(r"(?i)(?:nineteen|twenty|two[ \t]+thousand(?:[ \t]+and)?)[ \t-]+[a-z -]+|"
                   r"(?:19|20)\d\d")
#: a word that starts another thing's number: the answer ends before it
_ANOTHER_THING = _set("extension ext bleep pager room bay bed locker")
#: non-content words that end an answer's cluster when this many stand in a row
_MAX_GAP = 5
#: the answer's first content must come within this many words of the turn's start
_MAX_LEAD = 30
#: answering turns read after a question
_MAX_TURNS = 3
#: a first answering turn this short with no content holds the floor ("Hang on, let me look.")
_HOLDING_WORDS = 10
#: an answering turn that stops half-way: the next turn of its speaker goes on
_TRAILS = re.compile(r"(?:\.\.\.|…|[-–—])\Z")
#: back-channel of the asker between answering turns: this many words, no "?"
_BACKCHANNEL_WORDS = 5
#: a plain identifier: this many content tokens, at least this share of its words
PLAIN_TOKENS, PLAIN_SHARE = 6, 0.5
#: content weight an answer needs to be an item, by class (an age is one word)
_MIN_WEIGHT = {"AGE": 1, "DATE": 1, "SPELL": 1, "LOCATION": 1, "EMAIL": 1}
_DEFAULT_MIN_WEIGHT = 2


@dataclass(frozen=True, slots=True)
class AnswerStretch:
    """The content of one answer: its span, the entity it would be, its content tokens."""

    start: int
    end: int
    #: the question's class: an entity name, or "SPELL"/"NUMBER" (a spelling, a reference)
    kind: str
    #: (start, end) of each content token
    content: tuple[tuple[int, int], ...]
    #: words in the span (content and not)
    words: int

    @property
    def plain(self) -> bool:
        """Plainly an identifier: six content tokens or more, half its words at least."""
        return len(self.content) >= PLAIN_TOKENS and len(self.content) >= PLAIN_SHARE * self.words


@dataclass(frozen=True, slots=True)
class _Turn:
    speaker: str
    #: the speech, after the label
    start: int
    end: int


def _turns(text: str) -> list[_Turn]:
    turns: list[_Turn] = []
    for match in _TURN.finditer(text):
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        turns.append(_Turn(speaker(match) or "", match.end(), end))
    return turns


def _question_kind(text: str, start: int, end: int) -> str | None:
    """The class of identifier the turn ``text[start:end]`` asks for; None when it asks for
    none."""
    start = max(start, end - _ASK_CHARS)
    asks = "?" in text[start:end]
    if not _TRIGGERS.intersection(_WORD.findall(text[start:end].lower())):
        return None  # no word any question of an identifier starts with
    kind: str | None = None
    matches = list(_CLASS_RE.finditer(text, start, end))
    if not matches:
        matches = list(_ANY_NUMBER.finditer(text, start, end))
    for match in matches:
        if _NOT_A_CUE_AFTER.match(text, match.end()) or \
                _NOT_A_CUE_BEFORE.search(text, max(start, match.start() - 30), match.start()):
            continue
        if not asks and not _REQUEST.search(text, max(start, match.start() - 60), match.end()):
            continue
        kind = match.lastgroup or ""  # the last cue said is what the answer answers
    return kind


#: a caption's timing line between two turns ("00:02:38.620 --> 00:03:17.928")
_TIMING_LINE = re.compile(r"[ \t\d:.,\[\]()>-]*")
_LINES_BACK = 4


def turn_before(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of what another voice said in the turn just before the one holding
    ``pos`` ("I: Where are you based?" before "P: 12 mill lane"), after its label; None when
    the line holding ``pos`` opens no turn, or the turn before is the same speaker's. Blank
    lines and captions' timing lines between the two turns are passed over."""
    line_start = text.rfind("\n", 0, pos) + 1
    this = _TURN.match(text, line_start)
    if this is None:
        return None
    end = line_start - 1
    for _ in range(_LINES_BACK):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if _TIMING_LINE.fullmatch(text, start, end) is None:
            turn = _TURN.match(text, start, end)
            if turn is None or speaker(turn) == speaker(this):
                return None
            return turn.end(), end
        end = start - 1
    return None


def _kind_of_volunteered(match: re.Match[str]) -> str:
    said = match.group()
    for pattern, kind in _VOLUNTEER_CLASS:
        if pattern.search(said):
            return kind
    return "EMAIL" if match.group("mail") else "PHONE"


def _is_number_word(word: str) -> bool:
    low = word.lower()
    if "-" not in low:
        return low in _NUMBER_WORDS
    parts = [p for p in _HYPHEN.split(low) if p]
    return bool(parts) and all(p in _NUMBER_WORDS for p in parts)


def _numeric(word: str) -> bool:
    return any(c.isdigit() for c in word) or _is_number_word(word)


def _number_content(words: list[str], lower: list[str], i: int, kind: str) -> bool:
    """Whether the number-ish token ``words[i]`` is an identifier's, not a count, a dose, a
    time, a range, a road, a thing's number, a year (unless a date is asked) or money."""
    word, low = words[i], lower[i]
    prev = lower[i - 1] if i else ""
    nxt = lower[i + 1] if i + 1 < len(words) else ""
    after = lower[i + 2] if i + 2 < len(words) else ""
    if word[0] in "£$€" or _CLOCK.fullmatch(word):
        return False  # money, a clock time
    if kind == "SPELL":
        return False  # a spelling is letters
    k = i + 1  # what follows the number said ("a hundred and ten referrals")
    while k < len(words) and (_is_number_word(words[k]) or lower[k] == "and") and k - i < 5:
        k += 1
    then = lower[k] if k < len(words) else ""
    if _UNIT_AFTER.match(then) or then.endswith("s") and len(then) >= 3 and \
            not _is_number_word(then) and then not in ("was", "this", "years", "yrs") or \
            nxt == "and" and after in ("a", "half"):
        return False  # "two tablets", "five minutes", "three nights", "three and a half"
    if (kind not in ("AGE", "DATE") and prev in _TIME_BEFORE or prev == "at" and kind == "DATE"
            or prev in _THING_BEFORE) and not _numeric(nxt):
        return False  # "after six", "till seven", "page thirty", "bay eleven"
    if kind != "AGE" and (nxt == "to" and _numeric(after) or prev == "to" and i > 1
                          and _numeric(lower[i - 2])):
        return False  # a range or a time: "one to thirty", "five to eight"
    if _MEASURE_BEFORE.intersection(lower[max(0, i - 3):i]):
        return False  # a reading: "the NEWS score was seven"
    if _road(words, lower, i):
        return False  # a road: "the A five nine one", "the M sixty-two"
    if low in ("oh", "o") and not (_is_number_word(nxt) or nxt[:1].isdigit()):
        return False  # "Oh, I see"
    # "the one", "my work one", "got one": a pronoun, not a digit
    return low != "one" or _numeric(prev) and prev != "one" or _numeric(nxt)


def _road(words: list[str], lower: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a road's letter or number: "the A five nine one", "the M6"."""
    j = i - 1 if _numeric(words[i]) else i
    while j >= 0 and _numeric(words[j]):
        j -= 1
    return j >= 1 and words[j] in ("A", "B", "M") and lower[j - 1] == "the" and (
        j < i or j + 1 < len(words) and _numeric(words[j + 1]))


def _word_content(text: str, tokens: list[tuple[int, int]], words: list[str], lower: list[str],
                  i: int, kind: str) -> bool:
    """Whether the word ``words[i]`` (no digits, no number word) is an identifier's content for
    an answer of ``kind``: a letter read out, a capital code, a month (a date), an e-mail's word,
    an address's name or street word."""
    word, low = words[i], lower[i]
    if kind == "DATE" and low in _MONTHS and (low != "may" or word == "May"):
        return True
    if kind in ("DATE", "AGE") and (low in _ORDINALS or _ORDINAL_DIGITS.fullmatch(low)):
        # beside a month or "of": "the fifth of May", "May the fifth", "June 3rd"
        near = [*lower[max(0, i - 2):i], *lower[i + 1:i + 2]]
        return bool(near) and (near[-1] == "of" or bool(_MONTHS.intersection(near))) or \
            kind == "AGE" and "birthday" in near
    if len(word) == 1 and word.isalpha():  # a letter read out ("K A two", "G R I F F")
        return kind not in ("AGE", "DATE") and not _road(words, lower, i) and (word.isupper() and word not in "AI"
                or kind in ("SPELL", "POSTCODE") and word not in "aI"
                or word in "AI" and 0 < i < len(words) - 1 and len(words[i - 1]) == 1
                and words[i - 1].isupper() and (len(words[i + 1]) == 1 or _numeric(words[i + 1])))
    if word.upper() == word and word.isalpha() and 2 <= len(word) <= 4:
        return word not in _COMMON_CAPS and kind not in ("AGE", "SPELL")  # "KA", "SW": letters, initials
    if low == "zed" or "@" in word or kind == "EMAIL" and low in _EMAIL_WORDS:
        return True
    if kind == "LOCATION" and (
            low in _STREET_WORDS or word[:1].isupper() and word not in _COMMON_CAPS
            and not word.startswith(("I'", "I’")) and i > 0
            and not _sentence_start(text, tokens[i][0])):
        return True
    return kind == "SPELL" and "-" in word and all(len(p) == 1 for p in word.split("-"))


def _content(text: str, tokens: list[tuple[int, int]], kind: str,
             protected: Callable[[int, int], bool]) -> list[bool]:
    """Which ``tokens`` are content for an answer of ``kind``."""
    words = [text[a:b] for a, b in tokens]
    lower = [w.lower() for w in words]
    out = [False] * len(tokens)
    for i, (word, low) in enumerate(zip(words, lower)):
        if protected(*tokens[i]):
            continue
        if _numeric(word):
            out[i] = _number_content(words, lower, i, kind) and (
                low not in ("oh", "o", "one") or _tight(text, tokens, i))
        elif kind == "AGE" and "-" in word and _is_number_word(word.split("-")[0]) and \
                not word.endswith("s"):
            out[i] = True  # "sixty-something", "forty-odd"
        else:
            out[i] = _word_content(text, tokens, words, lower, i, kind)
    if kind == "EMAIL":  # the words beside "dot"/"at": the address's own parts
        for i, low in enumerate(lower):
            if low in ("dot", "at", "underscore") and out[i]:
                for j in (i - 1, i + 1):
                    if 0 <= j < len(words) and not protected(*tokens[j]) and \
                            lower[j] not in ("it's", "its", "is", "me", "you", "on", "yeah",
                                             "sure", "that's"):
                        out[j] = True
        if not any(low == "at" or "@" in low for low in lower):
            out = [c and ("@" in w or w[:1].isdigit()) for c, w in zip(out, words)]
    return out


def _tight(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether a number word beside token ``i`` is said with it, no stop or comma between: "oh
    seven", "one two" (not "Oh, 42", "the NHS one? 998")."""
    return any(0 <= j < len(tokens) and 0 <= j + 1 < len(tokens)
               and _numeric(text[tokens[k][0]:tokens[k][1]])
               and not _PAUSE.search(text, tokens[j][1], tokens[j + 1][0])
               for j, k in ((i - 1, i - 1), (i, i + 1)) if 0 <= k < len(tokens))


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 12):at]
    before = _MARK.sub("", before).rstrip(" \t\"'“") if "]" in before else \
        before.rstrip(" \t\"'“")
    return not before or before[-1] in ".?!:…\n"


#: a pause timed in a transcript ("(1.4)", "(0.8)", "(.)"): the transcriber's mark, not
#: digits said, as a square-bracketed mark is none ("RT-09: (1.4) Sure, my brother's, nought
#: nine ..." answers from "nought", not from the pause)
_TIMED_PAUSE = re.compile(r"\((?:\.|\d{1,2}\.\d{1,2})\)")


def _cluster(text: str, start: int, end: int, kind: str,
             protected: Callable[[int, int], bool]) -> AnswerStretch | None:
    """The first cluster of content in ``text[start:end]`` (an answering turn)."""
    speech = _TIMED_PAUSE.sub(lambda m: " " * len(m.group()),
                              _MARK.sub(lambda m: " " * len(m.group()), text[start:end]))
    tokens = [(start + m.start(), start + m.end()) for m in _TOKEN.finditer(speech)]
    if not tokens:
        return None
    flags = _content(text, tokens, kind, protected)
    first = next((i for i, f in enumerate(flags) if f), None)
    if first is None or first > _MAX_LEAD:
        return None
    last, gap = first, 0
    for i in range(first + 1, len(tokens)):
        if flags[i]:
            # a sentence's end between two content words ends the answer: "... U zed. The
            # NEWS score was seven"
            if _NEW_SENTENCE.search(speech, tokens[last][1] - start, tokens[i][0] - start):
                break
            last, gap = i, 0
        else:
            gap += 1
            if gap >= _MAX_GAP or text[tokens[i][0]:tokens[i][1]].lower() in _ANOTHER_THING:
                break  # "..., then extension four seven one nine": another number
    content = tuple(tokens[i] for i in range(first, last + 1) if flags[i])
    weight = sum(min(sum(c.isdigit() for c in text[a:b]), 4) or 1 for a, b in content)
    if weight < _MIN_WEIGHT.get(kind, _DEFAULT_MIN_WEIGHT):
        return None
    if _REFUSAL.search(text, start, end) and len(content) < 3:
        return None
    if kind not in ("DATE", "AGE") and len(content) <= 4 and \
            _YEAR.fullmatch(text, tokens[first][0], tokens[last][1]):
        return None  # "two thousand and eight", "twenty sixteen": a year, not a number
    return AnswerStretch(tokens[first][0], tokens[last][1], kind, content, last - first + 1)


def answer_stretches(text: str, protected: Callable[[int, int], bool] = lambda a, b: False,
                     ) -> list[AnswerStretch]:
    """Every answer to an identifier question in ``text``, and every identifier volunteered
    after its cue, in reading order (see the module). ``protected(start, end)``: spans that
    are no one's content (speaker labels, timestamps, participant codes)."""
    turns = _turns(text)
    found: dict[int, AnswerStretch] = {}
    for index, turn in enumerate(turns):
        kind = _question_kind(text, turn.start, turn.end)
        if kind is not None:
            read = 0
            for answer in turns[index + 1:]:
                if answer.speaker == turn.speaker:
                    said = text[answer.start:answer.end]
                    if "?" in said or len(_TOKEN.findall(said)) > _BACKCHANNEL_WORDS:
                        break
                    continue  # "Yep", "go on"
                if answer.start - turn.end > 2000:
                    break
                stretch = _cluster(text, answer.start, answer.end, kind, protected)
                if stretch is not None:
                    found.setdefault(stretch.start, stretch)
                read += 1
                said = text[answer.start:answer.end].rstrip()
                gave_nothing = stretch is None and len(_TOKEN.findall(said)) <= _HOLDING_WORDS
                cut = stretch is not None and _TRAILS.search(said) is not None
                if read >= _MAX_TURNS or not (gave_nothing or cut):
                    break  # the answer is complete: later turns are about something else
        for match in _VOLUNTEERED.finditer(text, turn.start, turn.end):
            kind = _kind_of_volunteered(match)
            stretch = _cluster(text, match.end(), turn.end, kind, protected)
            if stretch is not None and len(_TOKEN.findall(
                    text, match.end(), stretch.start)) <= 6:
                found.setdefault(stretch.start, stretch)
    return [found[k] for k in sorted(found)]


class Placed(Protocol):
    """What the engine found: a span, its score, whether it is a register hit."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def score(self) -> float: ...


@dataclass(frozen=True, slots=True)
class AnswerItem:
    """A span to add: redacted (``score`` at or above the threshold) or for review."""

    start: int
    end: int
    entity: str
    score: float


def answer_items(text: str, found: Sequence[Placed], *, threshold: float, review_score: float,
                 redact_score: float, entities: Callable[[str], str | None],
                 fixed: Callable[[Placed], bool] = lambda p: False,
                 protected: Callable[[int, int], bool] = lambda a, b: False,
                 ) -> tuple[list[AnswerItem], set[int]]:
    """What to add for the answers in ``text`` given what the engine ``found`` (sorted, not
    overlapping), and the indices in ``found`` the additions replace.

    :param entities: the policy's entity for an answer's kind, or None (the policy does not
        redact it: no item).
    :param fixed: spans an addition must not swallow (register hits): it stops at them.
    """
    stretches = answer_stretches(text, protected)
    if not stretches:
        return [], set()
    items: list[AnswerItem] = []
    dropped: set[int] = set()
    for stretch in stretches:
        entity = entities(stretch.kind)
        if entity is None or items and stretch.start < items[-1].end:
            continue
        near = [i for i, p in enumerate(found) if p.start < stretch.end and stretch.start < p.end]
        strong = [found[i] for i in near if found[i].score >= threshold]
        standing = [(a, b) for a, b in stretch.content
                    if not any(p.start <= a and b <= p.end for p in strong)]
        if not standing:
            continue  # the engine redacted every content token already
        plain = stretch.plain and not any(fixed(found[i]) for i in near)
        if plain and not protected(stretch.start, stretch.end):
            start = min([stretch.start, *(found[i].start for i in near)])
            end = max([stretch.end, *(found[i].end for i in near)])
            items.append(AnswerItem(start, end, entity, redact_score))
            dropped.update(near)
            continue
        # review: one item per piece the redactions (and protected spans: a timed mark
        # "[inaudible 00:00:02]") leave standing, taking in the weaker spans it overlaps; a
        # plain identifier cut by a timed mark is redacted piece by piece
        score = redact_score if plain else review_score
        weak = [i for i in near if found[i].score < threshold and not fixed(found[i])]
        barriers = sorted((found[i].start, found[i].end) for i in near if i not in weak)
        pieces: list[list[tuple[int, int]]] = [[]]
        for a, b in standing:
            if pieces[-1] and (any(pieces[-1][-1][1] <= s < a for s, _ in barriers)
                               or protected(pieces[-1][-1][1], a)):
                pieces.append([])
            pieces[-1].append((a, b))
        for piece in pieces:
            start, end = piece[0][0], piece[-1][1]
            inside = [i for i in weak if found[i].start < end and start < found[i].end]
            start = min([start, *(found[i].start for i in inside)])
            end = max([end, *(found[i].end for i in inside)])
            if any(s < end and start < e for s, e in barriers) or protected(start, end) or \
                    items and start < items[-1].end:
                continue  # a weak span reaching into a redaction: leave that one as it is
            items.append(AnswerItem(start, end, entity, score))
            dropped.update(inside)
    return items, dropped
