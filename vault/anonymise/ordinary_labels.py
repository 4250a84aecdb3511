"""Capitalised words that label, not name: a transcript's role labels and numbered things.

Two classes of ordinary capitalised words that the name finders took for people:

* **Role labels of speakers.** A transcript opens each turn with a label, and studies label
  their own side by a role: "Interviewer:", "Fieldworker:", "Diarist DV-04:", "Part. DV-06:",
  "Phone interviewer:", "Co-facilitator:", "Note-taker:", "Researcher on call:". The engine's
  own label pattern knows a handful of role words; a role word it does not know ("Fieldworker")
  is an unknown capitalised word that the statistical model calls a person, and every other
  occurrence is then propagated as that person. :func:`role_label_spans` finds a label at a
  line's start whose words are all role words, role modifiers ("Phone", "Lead", "Second"),
  participant codes, numbers or small joining words, with at least one role word; its role
  words (and the same words elsewhere) are protected like the engine's own labels. A label
  that holds any other capitalised word ("Grace:", "Dr Okafor:") is not matched: a name used
  as a label stays a name.

* **Days of a rota.** A table or a diary heads its rows with weekdays cut short ("| Mon |
  J. Hare |", "Tue: clinic"); "Mon", "Sat" or "Sun" alone could be a name ("Sun" is a
  surname), but a text that uses two or more different weekday abbreviations is listing days:
  :func:`day_label`.

* **Things of a kind.** An acronym after "a" or "an" is one of a kind of thing ("an AI
  triage tool", "a CT", "an ECG"): no place or person is "an" anything
  (:func:`a_kind_of_thing`). A date whose last number carries a percent sign or "per cent"
  ("71% in January, 83% by June") ends in a measure, not a year (:func:`ends_in_a_measure`).

* **Figures of speech and fields.** A capitalised word between "a"/"an" and "of" is a
  figure of speech ("an Everest of paperwork", "a Niagara of complaints"):
  :func:`a_figure_of_speech`. A dictionary word before a colon after a field separator ("|",
  ";") names a header's field ("| Mode: video call |", "; Format: group"): :func:`field_name`
  (a speaker label at a line's start is not a field: "Grace:" may be a name).

* **Feasts, contractions and spellings**: a feast or a quarter day named alone ("sixty-two
  come Martinmas", "born at Lammas") is a day, not a person: a DATE (:data:`FEASTS`; kept
  redacted, since a feast may be someone's birthday); (:func:`not_a_name_by_shape`) a
  capitalised word with "'t" straight after is a verb's contraction in dialect ("Divn't
  laugh", "Cannae"'s kin); and a letter that ends a spelling ("T - H - E." or "B - Y.") and the
  dictionary word opening the next sentence ("People always get it wrong") are no initial
  and surname.

* **Numbers read out.** "The reference on the letter was four seven seven two..." opens like
  an age ("was four"); :func:`digits_read_on` says when digits said one by one follow.

* **Numbered things.** A capitalised noun straight before a number, in digits or in words,
  names a numbered thing, not a person: "a Force nine" (the wind scale), "Psalm one hundred and
  twenty-one", "Chapter three", "Bay four", "Band six", "Level two", "Hymn 23".
  :func:`numbered_thing` says so of a one-word detection whose word is such a noun (a closed
  list) and a number follows.
"""
from __future__ import annotations

import functools
import itertools
import re

from vault.anonymise.calendar_words import (
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_TABLE,
    shortened_alternation,
)
from vault.anonymise.number_words import TEEN_WORDS, TENS_WORDS, UNIT_WORDS
from vault.anonymise.speaker_labels import label_pattern
from vault.anonymise.wordlists import (
    given_names,
    is_english_word,
    load_term_list,
    word_names,
    word_surnames,
)

__all__ = ["FEASTS", "NUMBERED_THINGS", "ROLE_WORDS", "a_figure_of_speech", "a_kind_of_thing",
           "after_label_number", "day_heading", "day_label",
           "digits_read_on", "ends_in_a_measure", "field_name", "not_a_name_by_shape",
           "numbered_thing", "role_label_spans", "typed_decimals"]

#: nouns that name a party of an interview, focus group, diary study or call, and their usual
#: abbreviations (compared case-insensitively, a final "." dropped)
ROLE_WORDS: frozenset[str] = frozenset("""
interviewer interviewers interviewee interviewees participant participants respondent
respondents researcher researchers facilitator facilitators cofacilitator co-facilitator
moderator moderators comoderator co-moderator speaker speakers fieldworker fieldworkers
field-worker diarist diarists host hosts cohost co-host guest guests caller callers interpreter
interpreters translator translators transcriber transcribers typist note-taker notetaker
note-takers notetakers scribe observer observers chair chairperson chairman chairwoman panellist
panelist panellists member members attendee attendees delegate delegates informant informants
narrator subject subjects student students trainee trainees colleague colleagues partner
carer carers relative relatives parent parents patient patients clinician clinicians
mentor mentee supervisor supervisee coach coachee assessor examiner candidate investigator
investigators assistant voice voices unidentified unknown other others all everyone group
questioner answerer reader presenter witness volunteer volunteers lead
int intvr intvw intv intw intr ivr ivw ivee iver iv ive int'er int'ee intee inter
resp res rsp rp rspt part ppt pt partic fac facil mod modr obs interp trans fw res.asst ra
pi
""".split())  # noqa: SIM905
#: words that qualify a role in a label: its mode, rank, order or side
_MODIFIERS: frozenset[str] = frozenset("""
phone telephone video zoom teams online remote audio field research study lead senior junior
principal chief first second third fourth fifth main co deputy assistant focus fg group site
female male older younger new visiting on call named by the of for from with and in at a to
one two three four five six seven eight nine ten
""".split())  # noqa: SIM905
#: a participant code or a number in a label: "DV-04", "P12", "2", "B"
_CODE = re.compile(r"[A-Z]{0,4}\d{0,3}(?:[._-]?\d{1,4}[A-Za-z]?)?|\d{1,3}|[A-Z]{1,3}|#\d{1,3}")
#: a line's label: an optional timestamp or bracketed cue, up to 40 characters, a colon
_LABEL = label_pattern(r"[A-Za-z][A-Za-z0-9 .'’#_-]{0,38}?", stamp=True, cue=True,
                      note=r"[ \t]*(?P<note>\([^()\n]{1,30}\))?", after=r"(?=[ \t]|$)")
_LABEL_WORD = re.compile(r"[^\s]+")


def _role(word: str) -> bool:
    return word.lower().rstrip(".").replace("’", "'") in ROLE_WORDS


def role_label_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the role words of every role label in ``text`` (see the module docstring),
    and of the same words wherever else they stand capitalised in ``text`` ("the Fieldworker
    asked again"); not where a back-channel is inlaid in a number ("oh seven four
    (Fieldworker: mhm) six one"), which the number's redaction may cover whole."""
    if ":" not in text:
        return []
    spans: list[tuple[int, int]] = []
    roles: set[str] = set()
    for match in _LABEL.finditer(text):
        words = list(_LABEL_WORD.finditer(match.group("label")))
        if not words:
            continue
        base = match.start("label")
        found: list[tuple[int, int]] = []
        for w in words:
            word = w.group()
            if _role(word) or "-" in word and all(_role(p) or p.lower() in _MODIFIERS
                                                   for p in word.split("-") if p):
                found.append((base + w.start(), base + w.end()))
            elif word.lower().rstrip(".") in _MODIFIERS or _CODE.fullmatch(word):
                continue
            else:
                found = []
                break
        if not found:
            continue
        spans.extend(found)
        roles.update(text[s:e].rstrip(".") for s, e in found if text[s].isupper())
    if roles:
        spans.extend(m.span() for m in _word_pattern(frozenset(roles)).finditer(text))
    return spans


#: a speaker label's number and colon ("guest 1:", "Speaker 2:", "spk_1:"), at a detection's start
_LABEL_NUMBER = re.compile(r"\d{1,2}[ \t]*:(?:[ \t]+|(?=\n)|\Z)")
#: what stands before that number on its line: the label's role word, perhaps after a
#: timestamp ("00:12:01 guest ", "speaker ", "spk_")
_LABEL_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?[ \t]*)?"
                         r"[A-Za-z][A-Za-z.'’-]{0,20}(?:[ \t]+[A-Za-z][A-Za-z.'’-]{0,20})?[ \t_-]*\Z")


def after_label_number(text: str, start: int, end: int) -> int:
    """Where a detection ``text[start:end]`` starts once the number of the speaker's label it
    opens with is left out ("guest 1: oh seven seven..." from a caption export): the label's
    number says which voice, the number read after it is the identifier; ``start`` when the
    detection does not open so."""
    number = _LABEL_NUMBER.match(text, start, end)
    if number is None or number.end() >= end \
            or _LABEL_HEAD.search(text, max(0, start - 48), start) is None:
        return start
    return number.end()


@functools.lru_cache(maxsize=64)
def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w'’-]|[ \t]*:)")


#: capitalised nouns that stand before a number to name a numbered thing
NUMBERED_THINGS: frozenset[str] = frozenset("""
Force Psalm Psalms Hymn Chapter Verse Canto Page Pages Section Part Paragraph Clause Article
Appendix Annex Table Figure Fig Item Question Exhibit Slide Module Unit Lesson Session Week
Day Room Ward Bay Bed Bank Floor Level Wing Block Gate Platform Terminal Lane Junction Exit
Route Bus Channel Series Season Episode Act Scene Track Volume Vol Book Band Grade Stage Step
Phase Tier Category Type Class Division League Round Heat Game Match Form Set Key Zone Area
Theatre Theatres Clinic Suite Cubicle Pod Station Desk Line Door Locker Box Number No Size
Cohort Batch Version Release Level Sector Sheet Card Shelf Drawer Cycle Dose Rung
Job Jobs Ticket Case Incident Order Invoice Request Task Call Entry Log Docket Claim Referral
""".split())  # noqa: SIM905
_NUMBER_AFTER = re.compile(
    r"[ \t]+(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a[ \t]+hundred|hundred)\b)")


def numbered_thing(text: str, start: int, end: int) -> bool:
    """Whether the one-word ``text[start:end]`` is a numbered thing's noun before its number
    ("a Force nine", "Psalm one hundred and twenty-one", "Bay four")."""
    word = text[start:end]
    return word in NUMBERED_THINGS and _NUMBER_AFTER.match(text, end) is not None


#: two more digits said one by one straight after a number word: a number read out digit by
#: digit ("was four seven seven two one..."), of which the first word is no age
_DIGITS_READ_ON = re.compile(r"(?i)(?:[ \t]+(?:oh|zero|nought|one|two|three|four|five|six|seven|"
                             r"eight|nine|double|treble|triple)\b){2}")


def digits_read_on(text: str, end: int) -> bool:
    """Whether digits said one by one follow ``end``: an age pattern's "was four" is then the
    head of a reference or a phone number read out, not someone's age."""
    return _DIGITS_READ_ON.match(text, end) is not None


#: the weekdays' shortenings ("Mon", "Tue", "Tues", ... from calendar_words.WEEKDAY_TABLE)
_DAY_ABBREVIATIONS: frozenset[str] = frozenset(WEEKDAY_ABBREVIATIONS)
#: the same abbreviations as one alternation, for the patterns below
_DAY_SHORT = r"(?:" + shortened_alternation(WEEKDAY_TABLE, names=False) + r")"
_DAY_ABBREVIATION = re.compile(r"(?<![\w'’-])" + _DAY_SHORT + r"(?![\w'’-])")
#: each longer shortening and its day's shortest: "Tues" -> "Tue", "Thurs" -> "Thu"
_SAME_DAY = {a: abbrevs[0] for _, abbrevs in WEEKDAY_TABLE for a in abbrevs[1:]}


#: weekdays cut short that are no one's name anywhere ("moved to Weds", "Thurs clinic");
#: "Mon", "Tue", "Thu", "Sat" and "Sun" are also given names or surnames somewhere
_NEVER_NAMED_DAYS: frozenset[str] = frozenset("Wed Weds Tues Thur Thurs".split())  # noqa: SIM905
_DAY_THEN_MORE = re.compile(_DAY_SHORT + r"\.?[ \t]+(?=\S)")


#: a clock time or a date right after a weekday cut short: "[Tue 19:04] ...", "Sat 2pm",
#: "Thu 14th": the day of a message, a shift or an appointment
_TIME_AFTER_DAY = re.compile(r"\.?,?[ \t]+(?:\d{1,2}[:.]\d{2}\b|\d{1,2}[ \t]*(?:am|pm)\b|"
                             r"\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}/\d{1,2}\b)")
#: a word that says when right before it: "on Sat", "next Tue", "till Thurs" (not "by" or
#: "from": "a letter from Sun")
_WHEN_BEFORE_DAY = re.compile(r"(?<![\w'’-])(?:on|next|last|this|every|till|until|til)"
                              r"[ \t]+\Z", re.IGNORECASE)


def day_label(text: str, start: int, end: int) -> bool:
    """Whether the one-word ``text[start:end]`` is a weekday cut short in a text that lists
    days: two or more different weekday abbreviations stand in ``text`` ("| Mon | ... | Tue |"),
    or one that names no one anywhere ("moved to Weds")."""
    word = text[start:end]
    if word not in _DAY_ABBREVIATIONS:
        return False
    if word in _NEVER_NAMED_DAYS:
        return True
    if _TIME_AFTER_DAY.match(text, end) or _WHEN_BEFORE_DAY.search(text, max(0, start - 8), start):
        return True  # "[Tue 19:04]", "Sat 2pm", "on Thu", "next Sat": a day, said as one
    days = {_SAME_DAY.get(m.group(), m.group()) for m in _DAY_ABBREVIATION.finditer(text)}
    return len(days) >= 2


def day_heading(text: str, start: int, end: int) -> int:
    """Where a detection ``text[start:end]`` starts once a weekday cut short that heads it is
    left out, in a text that lists days ("Wed Ruddock" of "Rota: Mon Ashdown / Tue ... / Wed
    Ruddock"): the day is when, the name after it who; ``start`` when no such day heads it."""
    head = _DAY_THEN_MORE.match(text, start, end)
    if head is None or not day_label(text, start, start + len(head.group().rstrip(". \t"))):
        return start
    return head.end()


_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?)[ \t]+\Z")
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")


def a_kind_of_thing(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an acronym after "a" or "an": a thing of a kind ("an AI
    triage", "a CT scanner"), not a place or a person."""
    return _ACRONYM.fullmatch(text, start, end) is not None \
        and _INDEFINITE_BEFORE.search(text, max(0, start - 4), start) is not None


_MEASURE_AFTER = re.compile(r"(?i)[ \t]*(?:%|per[ \t]?cent\b|percent\b)")


def ends_in_a_measure(text: str, start: int, end: int) -> bool:
    """Whether a date's span ends in a number that is a percentage ("January, 83" of "71% in
    January, 83% by June")."""
    return text[start:end][-1:].isdigit() and _MEASURE_AFTER.match(text, end) is not None


#: a number said in words at the start of a span: a cardinal or a scale word ("oh", "zero" and
#: "nought" are also an interjection or a word, and left out)
_NUMBER_FIRST = re.compile(
    r"(?:a[ \t]+)?(?:" + "|".join(w for w in (*UNIT_WORDS, *TEEN_WORDS, *TENS_WORDS)
                                  if w not in ("oh", "zero", "nought"))
    + r"|hundred|thousand|million)(?![\w'’])")


def a_number_in_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins with a number said in words and holds no capital
    letter ("hundred and twenty-four", "hundred and four, sats seventy-nine"): a reading or a
    count that the NER took for a place or a name, which a transcript writes with a capital."""
    said = text[start:end]
    return _NUMBER_FIRST.match(said) is not None and not any(c.isupper() for c in said)


#: a typed number and its dots, whole ("0.043", "12.5", "0141.496.0000")
_TYPED_NUMBER = re.compile(r"\d+(?:\.\d+)*")
#: a decimal: a whole part of one to three digits, one point, a fraction ("0.043", "13.25")
_DECIMAL = re.compile(r"(\d{1,3})\.(\d{1,4})")
#: what may stand between decimals listed: marks and joining words
_DECIMAL_BEFORE = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,4}[ \t]*(?:,|;|and|or)[ \t]*\Z")
_DECIMAL_AFTER = re.compile(r"[ \t]*(?:,|;|and|or)[ \t]*\d{1,3}\.\d{1,4}(?![\d.])")
_BETWEEN_DECIMALS = re.compile(r"(?i)(?:[ \t,;/()\-–]|\band\b|\bor\b|\bthen\b|\bto\b|\bvs\b)*")


def typed_decimals(text: str, start: int, end: int, entity: str) -> bool:
    """Whether every number of ``text[start:end]``, taken whole with the digits around its
    edges, is a typed decimal ("0.043, 0.051 and 0.048", "12.5, 13.25"), two of them or one
    below one: p values, readings and results listed, which the finders of numbers read out
    took for a phone number or a date. A phone number typed with points has more than three
    digits before its first point or two points ("0141.496.0000"); a date is kept when a
    decimal could be its day and month ("12.5")."""
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."
                         and start > 1 and text[start - 2].isdigit()):
        start -= 1
    while end < len(text) and (text[end].isdigit() or text[end] == "."
                               and end + 1 < len(text) and text[end + 1].isdigit()):
        end += 1
    said = text[start:end]
    numbers = list(_TYPED_NUMBER.finditer(said))
    decimals = [_DECIMAL.fullmatch(n.group()) for n in numbers]
    if not numbers or any(d is None for d in decimals) or not all(
            _BETWEEN_DECIMALS.fullmatch(said, a.end(), b.start())
            for a, b in itertools.pairwise(numbers)) \
            or numbers[0].start() or numbers[-1].end() != len(said):
        return False
    if len(numbers) < 2 and not said.startswith("0.") \
            and not _DECIMAL_BEFORE.search(text, max(0, start - 24), start) \
            and not _DECIMAL_AFTER.match(text, end):
        return False  # one decimal alone, not in a list of them
    if entity == "DATE":
        return not any(d is not None and 1 <= int(d.group(1)) <= 31 and 1 <= int(d.group(2)) <= 12
                       for d in decimals)
    return True


_FIGURE_AFTER = re.compile(r"[ \t]+of[ \t]+")


def a_figure_of_speech(text: str, start: int, end: int) -> bool:
    """Whether the one-word ``text[start:end]`` stands between "a"/"an" and "of": "an
    Everest of paperwork", "a Niagara of complaints"."""
    return " " not in text[start:end] \
        and _INDEFINITE_BEFORE.search(text, max(0, start - 4), start) is not None \
        and _FIGURE_AFTER.match(text, end) is not None


@functools.cache
def _uk_word_places() -> frozenset[str]:
    """UK towns whose words are all dictionary words ("Reading", "Bath"): never a field."""
    return load_term_list("uk_word_places.txt")


#: a field separator, or the end of a sentence or of a speaker's label on the same line, just
#: before a field's name ("| Mode:", "R: Rota:", "on the board. Plan:"); never a line's start,
#: where "Brown:" may be a speaker's label
_FIELD_PLACE = r"[|;][ \t]*|[.!?:][\"”’')]*[ \t]+"
_FIELD_BEFORE = re.compile(r"(?:" + _FIELD_PLACE + r")\Z")
#: a heading's start: a line's, or a field's place (:data:`_FIELD_BEFORE`), perhaps with the
#: quotation mark that opens a record read out ("Q: 'Rota swap: ...")
_HEADING_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*|" + _FIELD_PLACE + r")[\"“‘']?\Z")
#: the rest of a record's heading after its first word, up to its colon on the same line:
#: lower-case words, numbers and commas ("Rota swap request:", "Rota export, week 32:",
#: "Handover, bay four, nights:"); a heading is short
_HEADING_REST = re.compile(r"(?:,?[ \t]+(?:[a-z][a-z'’-]*|\d{1,4})){1,10}[ \t]*:(?![\d/])")
#: words that make the line someone's saying or writing, not a heading ("Frost said: ...")
_SAYING_WORDS = frozenset("""
said says say saying wrote writes write writing asked asks ask told tells tell replied replies
added adds put puts noted notes goes went go reckons reckoned thinks thought explained explains
texted messaged emailed e-mailed rang phoned called shouted answered answers insists insisted
""".split())  # noqa: SIM905


def _a_field_word(word: str) -> bool:
    """A dictionary word that is no given name, word-name or UK town that is a word
    ("Reading")."""
    return is_english_word(word.lower()) and word.capitalize() not in given_names() \
        and word.capitalize() not in word_names() \
        and word.capitalize() not in _uk_word_places()


def field_name(text: str, start: int, end: int) -> bool:
    """Whether the one-word ``text[start:end]`` is a dictionary word naming a field, before
    its colon, after a separator or opening a sentence inside a line: "| Mode: video call |",
    "R: Rota: nights this week" (not a word that is also a given name: "| Grace:" may be
    someone speaking; not a UK town that is a word: "Reading: two years"); or opening a
    record's heading of a few lower-case words and numbers before the colon, at a line's start
    too, where no speaker's label has lower-case words: "Rota swap request: ...", "'Handover,
    bay four: ..." (not a saying: "Frost said: ...", nor a surname that is a word: "Frost")."""
    word = text[start:end]
    if " " in word:
        return False
    if text[end:end + 1] == ":":
        return _FIELD_BEFORE.search(text, max(0, start - 6), start) is not None \
            and _a_field_word(word)
    rest = _HEADING_REST.match(text, end)
    return rest is not None \
        and _HEADING_BEFORE.search(text, max(0, start - 7), start) is not None \
        and _a_field_word(word) and word.capitalize() not in word_surnames() \
        and not _SAYING_WORDS.intersection(re.findall(r"[a-z][a-z'’-]*", rest.group()))


#: feasts and quarter days that name a time of year, alone ("come Martinmas", "at Lammas")
FEASTS: frozenset[str] = frozenset("""
Martinmas Michaelmas Candlemas Lammas Lammastide Whitsun Whitsuntide Pentecost Epiphany Advent
Lent Shrovetide Hogmanay Yule Yuletide Beltane Samhain Imbolc Hallowmas Allhallows Christmastide
Eastertide Ramadan Ramadhan Ramazan Eid Diwali Deepavali Vaisakhi Baisakhi Navratri Holi
Hanukkah Chanukah Passover Purim Sukkot Shavuot Lohri Onam Pongal Kwanzaa Thanksgiving
Midsummer Candlemass Lady-Day Halloween Hallowe'en Christmas Easter Nowruz Navroz
""".split())  # noqa: SIM905
_CONTRACTION_AFTER = re.compile(r"['’]t\b")
#: a letter that ends a spelling just before: "T - H - E. People ...", "B - Y. People ..."
_SPELLED_LETTER_BEFORE = re.compile(r"(?<![\w'’])[A-Z][ \t]*[,\-–][ \t]*\Z")
_INITIAL_THEN_WORD = re.compile(r"(?P<initial>[A-Z])\.?[ \t]+(?P<word>[A-Z][a-z]+)")


def not_a_name_by_shape(text: str, start: int, end: int) -> bool:
    """Whether a PERSON detection ``text[start:end]`` is a dialect contraction or a
    spelling's last letter and the next sentence's first word (see the module docstring)."""
    span = text[start:end]
    if " " not in span and _CONTRACTION_AFTER.match(text, end) is not None:
        return True  # "Divn't laugh": the detection stopped short of "'t"
    pair = _INITIAL_THEN_WORD.fullmatch(span)
    return pair is not None and text[start + pair.end("initial"):start + pair.end("initial") + 1] \
        == "." and is_english_word(pair.group("word").lower()) \
        and _SPELLED_LETTER_BEFORE.search(text, max(0, start - 6), start) is not None
