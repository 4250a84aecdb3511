"""People named by the place a name stands in, whatever the words of the name are (round 15
of issue 14). Written interview material holds names that no list has and that are often
ordinary words ("Gladness", "Progress", "Hatred", "Symphony"), so what decides is the shape
around them:

* :class:`ChatNameRecognizer`: the display name of a pasted chat line, between the line's
  timestamp and a colon ("[chat 11:03] Tendai Moyo: sorry, late", "07:14 - Hope Bassey: me,
  I have the keys"): a chat client writes a person's name there and nothing else; an agenda's
  item in the same shape ("09:00 - Ward Round: meet in the office") is ordinary words only, and
  stays;
* :class:`RoleAppositionRecognizer`: a capitalised word followed, without a comma, by "the"
  and a job ("Gladness the cleaner taught me", "Mercy the porter showed me round"): English
  names a person so, and an adverb or a time in that place ("Yesterday the cleaner...",
  "Luckily the porter...", "Tuesday the nurse...") is excluded by its kind;
* :class:`TeamInitialsRecognizer` (round 16): initials that stand for a person where clinical
  teams write them: the owner of an action ("ACTION: KM to chase", "PN and SL to update the
  SOP", an owner column of a table), attendance and apology lists ("Present: AB, CD (chair),
  EF"), sign-offs and initialled notes ("Thanks, KM", "— RT", "seen AB/CD", "per KM", "minutes
  taken by HW"); never a clinical or administrative abbreviation in the same place ("ACTION:
  ENT to review", "Apologies: N/A", "per NICE"), by a broad list of them. Round 17: the same
  lists and actions quoted inside running text, as a speaker reads minutes aloud ("...item 3:
  'ACTION: PW to book'", "Present: GH (chair), LT" after a sentence), initials a message is
  signed with ("signed it 'RB'", "'...back at two. TJK'") and initials doing what a person
  does ("; GH called a halt"). Round 24: the two initials that countersign a note ("'...Left
  settled. GN / HM.'"), a form's sign-off fields ("Authorised: KM; Checked: LS") and a rota's
  slots filled with initials, two or more in one list ("AM KD, PM RS, nights TW", "FG on
  Mondays and HL on Thursdays");
* :class:`FamilyNameRecognizer` (round 16): a surname in the plural for a family or a pair
  of namesakes ("the Okafors came to the barbecue", "both Lindqvists were on", "we had the
  Smiths round"); a plural that is also an ordinary word is a family only with a person's
  verb or a social frame around it ("the Greens were terrible" of a golf course stays).
  Round 17: a surname no list has, in any Latin script, when only people fit around it ("the
  Nwachukwu-Ellises asked", "ring the Xs back", "the Xs, their whole family", "Love from all
  the Xs"), since such a plural may as well name hills or islands ("the Quantocks").
"""
from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from vault.anonymise.calendar_words import (
    MONTHS,
    WEEKDAY_TABLE,
    WEEKDAYS,
    optional_endings,
)
from vault.anonymise.recognizers import (
    _NAME_WORD,
    COMMON_CAPITALISED,
    SIGN_OFF_LABELS,
    TITLE_BEFORE_RE,
    TITLE_WORD_RE,
    RuleRecognizer,
    credited,
    is_first_name,
    is_surname,
    known_place,
    known_place_or_abroad,
)
from vault.anonymise.spoken.spelling import ACRONYMS
from vault.anonymise.wordlists import (
    ATTENDANCE_LABELS,
    NAME_PARTICLES,
    fold,
    is_english_word,
    vernacular_words,
    word_names,
    word_surnames,
)

__all__ = ["ChatHandleRecognizer", "ChatNameRecognizer", "CitedAuthorRecognizer", "FamilyNameRecognizer",
           "LikeTheWordRecognizer", "RoleAppositionRecognizer", "RotaRecognizer",
           "SmallParticleSurnameRecognizer", "TakenUpRecognizer", "TeamInitialsRecognizer",
           "may_be_named", "name_handles", "named_by_job", "person_context_recognizers"]

#: a chat line's timestamp: "[11:03]", "[chat 11:03]", "(09:41)", "07:14 -", "7.14pm –"
_STAMP = (r"(?:\[(?:(?i:chat|message|msg|comment|dm)[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
          r"(?:[ \t]*(?i:[ap]m))?\]|\(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\)"
          r"|(?<![\w:./-])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*(?i:[ap]m))?[ \t]*[-–—])")
_CHAT_NAME = re.compile(_STAMP + r"[ \t]*(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD
                        + r"){0,3})[ \t]*:(?![\d/])")
#: who else writes in a chat or stands before a colon without being a person's name
_CHAT_NOT_NAMES = frozenset("""
Host Co-host Cohost Interviewer Moderator Facilitator Researcher Participant Respondent
Everyone Me You System Admin Chat Note Notes Reminder Agenda Bot Guest Observer Panel Team
Meeting Call Waiting Room Lobby Recording Transcript Captions Caption Speaker Unknown
""".split())  # noqa: SIM905


def _ordinary(word: str) -> bool:
    return is_english_word(word) or word in COMMON_CAPITALISED or known_place(word)


class ChatNameRecognizer(RuleRecognizer):
    """The display name of a pasted chat line (see the module docstring): one to four words,
    none a function word or a chat client's label, of which one is no English word, or which
    open with a given name that is a word ("Hope:", "Faith Lee:") or with a first name and
    end with a surname; an agenda's ordinary words ("Ward Round:") stay."""

    ENTITIES = ("PERSON",)
    NAME = "chat_name"
    SCORE = 0.8

    def find(self, text: str) -> list[RecognizerResult]:
        out = []
        for m in _CHAT_NAME.finditer(text):
            words = m.group("name").split()
            if any(w in _CHAT_NOT_NAMES or w.lower() in STOP_WORDS for w in words
                   if w[:1].isupper()):
                continue
            core = [w for w in words if w[:1].isupper()]
            if not core or not (any(not _ordinary(w) for w in core)
                                or core[0] in word_names() and core[0] not in COMMON_CAPITALISED
                                or len(core) >= 2 and is_first_name(core[0])
                                and (is_surname(core[-1]) or core[-1] in word_surnames())):
                continue  # "09:00 - Ward Round:", "[10:15] Handover:": an agenda's words
            out.append(credited(self, "PERSON", m.start("name"), m.end("name"), self.SCORE))
        return out


#: jobs a person is named by in apposition without a comma ("Mercy the porter")
_JOBS = (r"(?:ward[ \t]+clerk|clerk|cleaner|porter|receptionist|housekeeper|caretaker|driver|"
         r"security[ \t]+guard|guard|chef|cook|interpreter|translator|dispenser|technician|"
         r"HCA|healthcare[ \t]+assistant|care[ \t]+assistant|assistant|volunteer|chaplain|imam|"
         r"midwife|paramedic|janitor|domestic|handyman|gardener|administrator|secretary|"
         r"matron|nurse|sister|pharmacist|physio|physiotherapist|therapist|registrar|"
         r"consultant|doctor|GP|locum|manager|supervisor|mentor|tutor|teacher|student|trainee|"
         r"landlady|landlord|neighbour|dentist|optometrist|optician|hygienist|coordinator|"
         r"co-ordinator|support[ \t]+worker|carer|agency[ \t]+nurse|bank[ \t]+nurse|buddy)")
_ROLE_APPOSITION = re.compile(
    r"(?<![\w'’.@/-])(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})[ \t]+the[ \t]+"
    r"(?:(?:night|day|ward|agency|bank|senior|junior|head|practice|dental|staff|new|old|"
    r"other|lovely|Polish|Filipino|Nigerian|Ghanaian|Indian|Kenyan|Zimbabwean)[ \t]+)?" + _JOBS
    + r"(?P<after>[ \t]+(?:(?:just|always|never|also|then|still|once|actually|really|even|"
    r"would|used[ \t]+to)[ \t]+)?(?:[a-z]{2,}ed|was|is|had|has|did|does|taught|showed|told|said|"
    r"came|went|took|gave|kept|brought|made|got|found|knew|felt|sat|stood|ran|rang|met|saw|"
    r"sent|wrote|thought|spoke|speaks|taught|teaches|helps|knows|says|tells|shows|gets|makes|"
    r"keeps|brings|takes|gives|sorted|fixed|lent|let|put|drove|bought|left|became|held|caught|"
    r"and|who|from|at|on)\b)")
#: what stands before "the <job>" without being a name: time, manner, sentence adverbs and
#: openers ("Yesterday the cleaner...", "Luckily the porter...", "Overnight the nurse...")
_NOT_A_NAME_BEFORE_JOB = frozenset("""
Yesterday Today Tonight Tomorrow Then Now Later Overnight Afterwards Meanwhile Eventually Again
Sometimes Often Once Anyway Also Plus Still Even Only Just Maybe Perhaps Instead Otherwise
Besides Here There Last Next First Second Third Finally Before After Because Since Until When
Whenever Whilst While Where Although Though Whereas Like Yeah Yes No Okay Right Well Oh So And
But Or Sorry Thanks Please Look Listen See Anyhow Weekends Nights Mornings Evenings Weekdays
Christmas Easter Ramadan Eid Diwali Usually Normally Generally Basically Honestly Obviously Apparently Actually Luckily
Sadly Happily Thankfully Hopefully Unfortunately Fortunately Suddenly Recently Initially
Originally Immediately Instantly Somehow Anyways Alright Ah Aye Nah Mind Hmm Um Er Erm Hey
Hello Hi Bye Cheers Overall Together Upstairs Downstairs Outside Inside Downstairs Everywhere
Nowadays Previously Lately Soon Already Straightaway Tonight
Back Home Away Nearby Abroad Twice Thrice Daily Weekly Monthly Every Each
""".split()) | {*WEEKDAYS, *(day + "s" for day in WEEKDAYS), *MONTHS}  # noqa: SIM905


def named_by_job(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start:end`` is named by a job after it ("Gladness the
    cleaner taught me"): the vocabulary then does not take an abstract noun there for a word."""
    m = _ROLE_APPOSITION.match(text, start)
    return m is not None and m.end("name") == end and may_be_named(m.group("name"))


def may_be_named(word: str) -> bool:
    """Whether a capitalised word can be a name by its kind: not a time, an adverb, an opener,
    a function word or a place ("Yesterday", "Luckily", "Later", "Tuesday")."""
    return not (word in _NOT_A_NAME_BEFORE_JOB or word.lower() in STOP_WORDS
                or word.endswith("ly") or known_place(word))


class RoleAppositionRecognizer(RuleRecognizer):
    """A capitalised word named by a job right after it, without a comma, and then what the
    person did ("Gladness the cleaner taught me", "Progress the HCA stayed late"): see the
    module docstring. The word is taken whatever it is (a virtue name, an ordinary word, a name
    no list has) unless it is a time, an adverb, an opener or a function word."""

    ENTITIES = ("PERSON",)
    NAME = "role_apposition"
    SCORE = 0.65

    def find(self, text: str) -> list[RecognizerResult]:
        if " the " not in text:
            return []
        out = []
        for m in _ROLE_APPOSITION.finditer(text):
            if not may_be_named(m.group("name")):
                continue
            out.append(credited(self, "PERSON", m.start("name"), m.end("name"), self.SCORE))
        return out


#: not a speech tag inserted after the word ("Patience, he said, is the whole job")
SPEECH_TAG_NOT_AFTER = (r"(?![ \t]+(?:said|says|goes|went|asked|asks|told[ \t]+(?:me|us|him|her)|"
                        r"thinks|thought|reckons|reckoned|would[ \t]+say|used[ \t]+to[ \t]+say)"
                        r"[ \t]*[,;:—–-])")
#: a capitalised word opening a sentence or set between dashes, then "she" or "he" taking it
#: up: "Kiwi, aye, she's a canny lass", "the ward clerk -- Kiwi -- she ran the place"; an
#: opener and a byname may come first and an apposition between ("And Kiwi, the wee one, she
#: thinks...", "Big Kiwi, he's the porter", "So Kiwi, our youngest, he...")
_TAKEN_UP = re.compile(
    r"(?:(?:\A|[.!?]['\"’”]?[ \t]+|\n[ \t]*|:[ \t]+)|[ \t][-–—]{1,2}[ \t]+)"
    r"(?:(?:And|So|But|Then|Oh|Well|Now|Plus|Aye|Yeah|Och),?[ \t]+)?"
    r"(?:(?:Big|Wee|Little|Young|Old|Auld|Our|Wor)[ \t]+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})(?:(?:,[ \t]+(?:(?:aye|yeah|yes|um|er|erm|oh|well),?[ \t]+)*"
    r"(?:(?:the|my|our|his|her|their)[ \t]+(?:[a-z'’-]+[ \t]+){0,2}[a-z'’-]+,[ \t]+)?"
    r"|[ \t]+[-–—]{1,2}[ \t]+)(?:she|he)\b" + SPEECH_TAG_NOT_AFTER + ")")
#: kin, oaths and exclamations that "she" or "he" also follows ("Mum, she was...", "God, he
#: was awful")
_NOT_TAKEN_UP = frozenset("""
Mum Mam Mom Dad Nan Nana Gran Granny Grandma Grandad Grandpa Auntie Aunty Uncle Matron Sister
Doctor Nurse Boss God Christ Jesus Lord Gosh Blimey Jeez Bless Whatever Later Earlier Lol
Wow Ooh Aww Mate Darling Love Honey Babe Bro Sis Man Dude Girl Boy Child Baby Mister Miss
""".split())  # noqa: SIM905


def _may_be_taken_up(word: str) -> bool:
    """Whether a word shown to be someone by what is said of it may be a name: no kin, oath or
    exclamation (:data:`_NOT_TAKEN_UP`), and a word :func:`may_be_named` allows."""
    return word not in _NOT_TAKEN_UP and may_be_named(word)


def taken_up(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is taken up as someone by "she" or "he" after it,
    by :class:`TakenUpRecognizer`'s grammar ("Kiwi, aye, she's a canny lass"), whichever
    finder found the word: the fine-tuned NER may take it first ("Bovril, yeah, he's our
    porter"), and the person is no less shown to be someone."""
    if not _may_be_taken_up(text[start:end]):
        return False
    lead = max(0, start - 24)
    return any(m.start("name") == start and m.end("name") == end
               for m in _TAKEN_UP.finditer(text, lead, min(len(text), end + 120)))


#: a capitalised word opening a sentence, then a state of mind only a person is in: "Rose
#: wasn't happy.", "Joy was not best pleased", "May was livid" (round 22); a month, a
#: virtue or a flower is never pleased or gutted ("Hope wasn't enough", "May was busy")
_FEELING = re.compile(
    r"(?:\A|[.!?]['\"’”]?[ \t]+|\n[ \t]*|:[ \t]+)"
    r"(?:(?:And|So|But|Then|Oh|Well|Now|Yeah|Och),?[ \t]+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})[ \t]+"
    r"(?:was|wasn['’]t|was[ \t]+not|is|isn['’]t|is[ \t]+not|seemed|looked|felt|got)[ \t]+"
    r"(?:(?:very|really|so|too|not|none|that|pretty|quite|best|at[ \t]+all|a[ \t]+bit|"
    r"absolutely|completely|totally)[ \t]+){0,2}"
    r"(?:happy|unhappy|pleased|displeased|impressed|unimpressed|chuffed|keen|upset|furious|"
    r"livid|thrilled|delighted|annoyed|angry|gutted|devastated|fuming|amused|bothered|fussed|"
    r"convinced|offended|embarrassed|worried|relieved|disappointed|heartbroken|raging)"
    r"(?![\w'’-])")


def _feeling_name(word: str) -> bool:
    """A word a person may be called that the feeling pattern opens with: a listed first name
    or a name that is also a word ("Rose", "Joy", "May"), no kin or oath, no place."""
    return word not in _NOT_TAKEN_UP and not known_place(word) \
        and (is_first_name(word) or word in word_names())


class TakenUpRecognizer(RuleRecognizer):
    """A capitalised word opening a sentence (or set between dashes) that "she" or "he" takes
    up straight after a comma or a dash: someone, whatever word the name is ("Kiwi, aye, she's
    a canny lass"); not an opener, an adverb, kin or an oath ("Honestly, she...", "Mum, she
    was...", "God, he was awful"), and "it" never makes a person ("Epic, it crashed")."""

    ENTITIES = ("PERSON",)
    NAME = "taken_up"
    SCORE = 0.6

    def find(self, text: str) -> list[RecognizerResult]:
        out = [credited(self, "PERSON", m.start("name"), m.end("name"), self.SCORE)
               for m in _FEELING.finditer(text) if _feeling_name(m.group("name"))]
        if "she" not in text and "he" not in text:
            return out
        for m in _TAKEN_UP.finditer(text):
            if not _may_be_taken_up(m.group("name")):
                continue
            out.append(credited(self, "PERSON", m.start("name"), m.end("name"), self.SCORE))
        return out


#: a day of the week as a rota or a timetable writes it at the head of a cell
_DAY = (r"(?:" + "|".join(optional_endings((*short, day)) for day, short in WEEKDAY_TABLE)
        + r")\.?")
#: one cell of a rota line: a day, then one to three capitalised words ("Tue Okonkwo-Ade",
#: "Wed: Mac Aoidh", "Thu - Rosa Ferreira")
_CELL = (r"(?<![\w'’-])" + _DAY + r"[ \t]*[:-]?[ \t]*(?P<name>" + _NAME_WORD + r"(?:[ \t]+"
         + _NAME_WORD + r"){0,2})[ \t]*(?=[/|;,]|$)")
_ROTA_CELL = re.compile(_CELL, re.MULTILINE)
#: a rota line: at least three such cells, one after another, between slashes, bars,
#: semicolons or commas
_ROTA_LINE = re.compile(r"(?:" + _CELL.replace("?P<name>", "") + r"[/|;,][ \t]*){2,}"
                        + _CELL.replace("?P<name>", ""), re.MULTILINE)
#: what a rota's cell says when it names no one: sessions, places of work, leave
_ROTA_WORDS = frozenset("""
Off Leave Annual Study Clinic Clinics Theatre Theatres Ward Wards Admin Audit Teaching SPA
On-call Oncall Call Nights Night Days Day Late Lates Early Earlies Long Home Rest Bank Locum Cover
Group Session Sessions Meeting Handover Supervision Training Surgery Lists List Round Rounds
Outpatients OPD Endoscopy Research Sick TBC TBA None Closed Holiday Holidays Free AM PM All Team
Everyone Nobody Me Myself Reflective Practice Balint Huddle MDT Gym Visits Visit Canteen
""".split())  # noqa: SIM905


class RotaRecognizer(RuleRecognizer):
    """The people of a rota line: a day of the week and then a name, cell after cell ("Mon
    Okafor / Tue Hedge / Wed Nowak-Lis / Thu Pike"): a rota names who works which day, so the
    words after each day are a person's name whatever word the name is, once at least half of
    the line's cells hold a word that is no English word (a line of people, not of sessions:
    "Mon Clinic / Tue Theatre / Wed Admin" stays), and a cell's own session or leave words
    ("Fri Off", "Sat Annual Leave") stay."""

    ENTITIES = ("PERSON",)
    NAME = "rota_cell"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for line in _ROTA_LINE.finditer(text):
            cells = [m for m in _ROTA_CELL.finditer(text, line.start(), line.end())
                     if not any(w in _ROTA_WORDS or w.lower() in STOP_WORDS
                                for w in m.group("name").split())]
            unknown = [m for m in cells if any(not _ordinary(w) for w in m.group("name").split())]
            if not cells or 2 * len(unknown) < len(cells):
                continue
            out.extend(credited(self, "PERSON", m.start("name"), m.end("name"), self.SCORE)
                       for m in cells)
        return out


#: a surname opened by a particle written small that no English phrase has before a capital:
#: "van Wijk", "ter Haar", "de los Ríos", "du Plessis", "el-Masri", "ap Rhys", "bin Osman"
#: (a quote mark may open it: "'van Wijk, Anna'", not the "O'" of "O'Neill") (not "de", "da", "di", "le", "la" alone: "Rio de Janeiro", "Le Mans", "Costa da Caparica";
#: a place after "al-"/"el-" is the place finders': "el-Fasher")
_SMALL_PARTICLE_SURNAME = re.compile(
    r"(?<![\w.-])(?<!\w['’])(?P<name>(?:(?:van[ \t]+de[rn]|von[ \t]+der|van|von|de[ \t]+la|de[ \t]+los|"
    r"de[ \t]+las|ter|du|bin|binti|ibn|ap|ferch)[ \t]+|(?:al|el)-)"
    r"[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][a-zß-öø-ÿ\u0100-\u024F\u1E00-\u1EFF'’]+"
    r"(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?)(?![\w-])")
#: an eponym after the name: a disease, a sign or a model named after someone long dead
_EPONYM_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:disease|syndrome|sign|test|factor|manoeuvre|"
                           r"maneuver|model|hats|cycle|theory|law|effect|scale|classification|"
                           r"criteria|score|procedure|operation|fracture|tumour|tumor|reflex)\b")
#: a capitalised word before the particle makes it the middle of a longer name or place
#: ("Rio de Janeiro", "Vincent van Gogh": the other finders' whole)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+\Z")


class SmallParticleSurnameRecognizer(RuleRecognizer):
    """A surname opened by a particle written small ("van Wijk to cover", "ter Haar taught me",
    "Dr de los Ríos", "not the el-Masris"): the particle and a capitalised word are a surname
    wherever they stand, since English writes no such pair; an eponym ("von Willebrand
    disease") and a longer name's middle ("Rio de Janeiro") are left to the other finders."""

    ENTITIES = ("PERSON",)
    NAME = "small_particle_surname"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _SMALL_PARTICLE_SURNAME.finditer(text):
            name = m.group("name")
            arabic = name[:3] in ("al-", "el-")  # "el-Fasher", "al-Hasakah" are places too
            word = name[3:] if arabic else name.split()[-1]
            if _EPONYM_AFTER.match(text, m.end()) \
                    or _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                    or arabic and known_place_or_abroad(word) or is_english_word(word.lower()):
                continue
            out.append(credited(self, "PERSON", m.start("name"), m.end("name"), self.SCORE))
        return out


#: a speaker telling how a name is said or spelled by the word it is: "Fennel, yeah, like the
#: word", "Sorrel -- as in the herb", "Thimble is what it sounds like", "Birch, like the tree"
#: (not a word glossed by its meaning: "Burnout, like the word says, ...")
_LIKE_THE_WORD = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,})(?:,|[ \t]+[-–—]{1,2})[ \t]+"
    r"(?:(?:yeah|yes|aye|so|like|um|er|erm|eh|y['’]know|you[ \t]+know|right|I[ \t]+dunno),?[ \t]+){0,3}"
    r"(?:like|as[ \t]+in),?[ \t]+(?:(?:yeah|um|er|erm|eh|y['’]know|you[ \t]+know|right|so),?[ \t]+){0,2}"
    r"(?:the|a|an),?[ \t]+(?:(?:yeah|um|er|erm|eh|y['’]know|you[ \t]+know|right|so|ia),?[ \t]+){0,2}"
    r"(?:word|herb|tree|bird|flower|plant|colour|color|month|stone|fish|spice|thing|animal|"
    r"job|trade|title)\b(?![ \t]+(?:says|said|means|meant|suggests|implies|goes))"
    r"|(?<![\w'’-])(?P<name2>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,})[ \t]+is[ \t]+(?:just[ \t]+)?what[ \t]+it"
    r"[ \t]+sounds[ \t]+like")


class LikeTheWordRecognizer(RuleRecognizer):
    """A name said to be the word it sounds like ("Fennel, yeah, like the word", "Sorrel, as in
    the herb", "Thimble is what it sounds like"): nobody says that of an ordinary word, so the
    word is a name, and its other mentions in the transcript are then that person too."""

    ENTITIES = ("PERSON",)
    NAME = "like_the_word"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if "like" not in text and "as in" not in text:
            return out
        for m in _LIKE_THE_WORD.finditer(text):
            group = "name" if m.group("name") else "name2"
            if not _may_be_taken_up(m.group(group)):
                continue
            out.append(credited(self, "PERSON", m.start(group), m.end(group), self.SCORE))
        return out


#: a chat handle: "@Tomasz:", "@Mei-Ling", "cc @Okafor" (an e-mail's "@" has a word before it)
_HANDLE = re.compile(r"(?<![\w.@])@(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:[-_][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)?)"
                     r"(?![\w@.-]*\.[a-z]{2,})")
#: handles of no one: a channel's or a group's ("@here", "@All", "@Everyone", "@Team")
_NOT_HANDLES = frozenset({"All", "Everyone", "Here", "Channel", "Team", "Admin", "Admins"})


class ChatHandleRecognizer(RuleRecognizer):
    """A person's chat handle after "@" ("@Tomasz: bring us a pasty", "cc @Adaeze-Obi"): a
    messaging app puts a person's name there; a channel's handle ("@All", "@here") and an
    e-mail address are not."""

    ENTITIES = ("PERSON",)
    NAME = "chat_handle"
    SCORE = 0.75

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if "@" not in text:
            return out
        for m in _HANDLE.finditer(text):
            if m.group("name") in _NOT_HANDLES:
                continue
            out.append(credited(self, "PERSON", m.start("name"), m.end("name"), self.SCORE))
        return out


def _initials(group: str) -> str:
    """A person's initials as the regex group ``group``: "KM", "JOD", "JO'D", "K.M.", "A.B.C."
    (two or three letters), with no word, apostrophe or dot joined to them either side."""
    return (r"(?<![\w'’./&-])(?P<" + group + r">[A-Z]{2,3}|[A-Z]{1,2}['’][A-Z]{1,2}|"
            r"[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?![\w'’&-]|\.[A-Z])")


def _initials_quotable(group: str, *, joined_before: bool = False) -> str:
    """The same letters as the regex group ``group`` where a quote mark may stand either side
    ("signed 'KT'", "...late. PJW'"); ``joined_before`` drops the check of what stands before
    them, for the second of a pair whose pattern puts its own separator there ("GN / HM")."""
    return ("" if joined_before else r"(?<![\w./&-])") + (
        r"(?P<" + group + r">[A-Z]{1,2}['’][A-Z]{1,2}(?![\w'’])|[A-Z]{2,3}|"
        r"[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?![\w&-]|['’][A-Za-z]|\.[A-Z])")


_INITIALS = _initials("i")
_INITIALS_QUOTABLE = _initials_quotable("i")
_INITIALS_ANYWHERE = re.compile(_INITIALS_QUOTABLE)
#: what ends one initialled item of a list: a separator, a role in brackets, the line's end,
#: or "to <verb>" of an action ("AB, CD (chair), EF", "KM to chase")
_ITEM_END = (r"(?=[ \t]*(?:[,;/&|)(]|\band\b|\n|\Z|\.(?:[ \t]|\n|\Z)|[ \t]-[ \t]|"
             r"[ \t]+to[ \t]+[a-z]))")
#: a line of people: attendance, apologies, chair, minutes, owner, action ("Present: AB, CD")
_PEOPLE_LINE = re.compile(
    r"(?im)^[ \t>*•·#-]*(?:\d+[.)][ \t]*)?(?:" + ATTENDANCE_LABELS + r"|chair|chaired[ \t]+by|"
    r"chairs?|co-chairs?|minutes|minute[ \t]+taker|minutes[ \t]+(?:taken[ \t]+)?by|scribe|"
    r"note[ \t-]?taker|notes[ \t]+by|cc|owners?|leads?|actions?|action[ \t]+by|"
    r"action[ \t]+owners?|responsible|assigned[ \t]+to|who|initials|signed)[ \t]*"
    r"(?:\([^)\n]{0,20}\))?"
    r"[ \t]*[:|–—-][ \t]*(?P<rest>[^\n]*)")
_LIST_INITIALS = re.compile(r"(?:^|[,;/&(]|\band\b|[ \t])[ \t]*" + _INITIALS + _ITEM_END)
#: the same labels inside running text, as a transcript or an e-mail quotes minutes: after a
#: quote mark or a sentence's end, capitalised ("...item 3: 'ACTION: DL to chase'", "...for
#: the debrief. Present: MN (chair), FG, Z. Kowal."); the list runs to the sentence's or the
#: quotation's end (a full stop after a lone capital is an initial's: "Z. Kowal")
_INLINE_LABEL = (r"(?:Present|PRESENT|Attendees|ATTENDEES|Attending|In[ \t]+attendance|Apologies|"
                 r"APOLOGIES|Apols|Absent|Chair|Chaired[ \t]+by|Minutes[ \t]+(?:taken[ \t]+)?by|"
                 r"Minute[ \t]+taker|Scribe|Note[ \t-]?taker|Owners?|Leads?|ACTIONS?|Actions?|"
                 r"Action[ \t]+by|Action[ \t]+owners?|Responsible|Assigned[ \t]+to|Also[ \t]+present|"
                 r"Signed|Initials|" + SIGN_OFF_LABELS + r")"
                 r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*[:–—]")
_PEOPLE_INLINE = re.compile(
    r"(?:(?<=['‘\"“(\[])|(?<=[.:;!?)\]'’\"”][ \t])|(?<=[.:;!?)\]'’\"”][ \t]{2}))"
    + _INLINE_LABEL + r"[ \t]*(?P<rest>[^\n]*?)"
    r"(?=(?<![\s,(][A-Z])[.!?](?:[ \t]|['’\"”]|\Z|$)|['’\"”](?![\w'’])|\n|\Z)", re.MULTILINE)
#: an initialled item of such a list: right after the label, a separator or (round 24) another
#: such label in the same sentence ("Authorised: KM; Checked: LS": a form's fields, each a
#: label of its own), never any capitals further on in the sentence ("ACTION: DL to chase the
#: set from SGH" gives DL)
_INLINE_ITEM = re.compile(r"(?:^|[,;/&]|\band\b|" + _INLINE_LABEL + r")[ \t]*"
                          + _INITIALS
                          + r"(?=[ \t]*(?:[,;/&)(]|\band\b|\Z|[ \t]-[ \t]|[ \t]+to[ \t]+[a-z]))")
#: initials in quotes after a word of signing ("signed off 'KT' as usual", "she signs
#: everything 'JP'", "initialled it \"RM\"")
_INITIALS_SIGNED_AS = re.compile(
    r"(?i:\b(?:sign(?:s|ed|ing)?|initial(?:s|led|ed|ling)?)(?:[ \t]+(?:off|it|them|everything|"
    r"each[ \t]+one|every[ \t]+one|the[ \t]+\w+))?(?:[ \t]+(?:as|with|just))*)[ \t]+['‘\"“]"
    + _INITIALS_QUOTABLE + r"['’\"”]")
#: initials that close a quoted message or a message line after its last sentence, as a
#: text or a note is signed ("'Theatre 2 is running late. PJW'", "Back Monday. KM" at a
#: line's end)
#: (round 24) or the two initials of a note countersigned, and a full stop after them ("'Left
#: settled. GN / HM.'")
_INITIALS_CLOSING = re.compile(
    r"[.!?][ \t]+" + _INITIALS_QUOTABLE + r"(?:[ \t]*/[ \t]*"
    + _initials_quotable("j", joined_before=True) + r"\.?|(?:[ \t]*(?:x{1,3}|X{1,3})))?"
    r"(?=['’\"”]|[ \t]*(?:\n|\Z))")
#: initials doing what only a person does, as a note's subject ("; FG called a stop", "MN
#: said she'd cover"): after a clause's start, never after an article ("the ICU rang")
_INITIALS_DOING = re.compile(
    r"(?:(?<=^)|(?<=[;:.!?(][ \t])|(?<=['‘\"“])|(?<=[ \t]and[ \t])|(?<=[ \t]then[ \t])|"
    r"(?<=[ \t]but[ \t]))" + _INITIALS_QUOTABLE
    + r"(?=[ \t]+(?:said|says|asked|asks|called|calls|rang|rings|phoned|emailed|e-mailed|texted|"
    r"wrote|agreed|agrees|confirmed|confirms|chaired|scrubbed|apologised|apologized|"
    r"volunteered|offered|promised|escalated|will[ \t]+(?:chase|ring|call|email|e-mail|send|"
    r"update|check|circulate|cover|arrange|book|speak|review|follow)|"
    # round 22: what people tell of a colleague known by initials ("JT told me", "KP came in",
    # "DK and me went", "RL wasn't happy")
    r"told|tells|came|comes|went|goes|sorted|covered|pushed|helped|took|gave|reckons|reckoned|"
    r"thinks|thought|wanted|knew|messaged|wasn['’]t|isn['’]t|and[ \t]+(?:me|I))\b)", re.MULTILINE)
#: a colleague's initials with a possessive and a person's belonging ("it was KP's idea",
#: "JT's mum", "on DK's shift"); never an abbreviation of :data:`NOT_INITIALS`
_INITIALS_OWNING = re.compile(
    r"(?<![\w'’./&-])(?P<i>[A-Z]{2,3})(?=['’]s[ \t]+(?:idea|fault|turn|shift|call|decision|mum|"
    r"mam|dad|husband|wife|partner|kids|son|daughter|birthday|leaving|desk|car|house|"
    r"office|list|caseload|patient|patients|mentee|student|team|suggestion|plan)\b)")
#: initials after a word of doing or signing: "per KM", "cc JT", "taken by HW", "seen AB/CD",
#: "ask RT", "thanks KM", "@KM" (and a second after a slash or "and")
_INITIALS_AFTER_WORD = re.compile(
    r"(?:(?<![\w'’-])(?i:per|cc|c\.c\.|f\.a\.o\.?|fao|(?:taken|written|typed|minuted|noted|chaired|"
    r"seen|reviewed|signed|countersigned|approved|authorised|authorized|checked|verified|"
    r"prepared|compiled|drafted|circulated|sent|led|run|covered|done)[ \t]+by|seen|ask|asked|"
    r"thanks|thank[ \t]+you|cheers|ta|thx|many[ \t]+thanks|best|regards|kind[ \t]+regards|"
    r"best[ \t]+wishes|rang|phoned|told|emailed|e-mailed|texted|messaged|me[ \t]+and)[,!.]?[ \t]+|@)"
    + _INITIALS
    + r"(?:[ \t]*(?:/|and|&)[ \t]*(?P<j>[A-Z]{2,3}|[A-Z]{1,2}['’][A-Z]{1,2}))?(?![\w'’&-])")
#: initials opening a line and doing an action: "KM to chase", "- PN and SL to update"
_INITIALS_TO_DO = re.compile(
    r"(?m)(?:^|\|)[ \t>*•·-]*(?:\d+[.)][ \t]*)?(?:[A-Z][A-Za-z]{1,15}(?:[ \t]+[a-z]{2,10})?"
    r"[ \t]*[:–—-][ \t]*)?"
    + _initials("a") + r"(?:[ \t]*(?:/|,|and|&)[ \t]*"
    + _initials("b") + r")?[ \t]+to[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{2,}\b")
#: initials alone on a line after a dash, or after a closing ("— RT", "Thanks,\nKM")
_INITIALS_SIGNED = re.compile(
    r"(?m)^[ \t>]*(?:[-–—~]+[ \t]*)" + _INITIALS + r"[ \t]*$"
    r"|(?im:^[ \t>]*(?:thanks|many[ \t]+thanks|thank[ \t]+you|cheers|best|regards|kind[ \t]+regards|"
    r"best[ \t]+wishes|ta|thx)[ \t]*[,!.]?[ \t]*\n[ \t>]*)" + _initials("k")
    + r"[ \t]*$")
#: (round 24) a rota's slot: a day, a half-day, a shift, an on-call turn or a holiday
_ROTA_SLOT = (r"(?<![\w-])(?<!\w['’])(?:" + _DAY + r"|AM|PM|[Nn]ights?|[Ll]ates?|[Ee]arl(?:y|ies)|"
              r"[Ll]ong[ \t]+days?|[Tt]wilights?|[Ww]eekends?|(?:(?:first|second|third|1st|2nd|"
              r"3rd)[ \t]+)?on[ \t-]?call|(?:Christmas|Boxing|New[ \t]+Year['’]?s)[ \t]+(?:Day|Eve))")
#: initials put in a rota's slots, two or more in one list: "AM KD, PM RS, nights TW",
#: "Christmas Day KD | Boxing Day RS", "FG on Mondays and HL on Thursdays" (a rota of people
#: known by their initials; "Mon AM, Tue PM" names no one)
_ROTA_ITEM = (r"(?:" + _ROTA_SLOT + r"[ \t]*[:=–-]?[ \t]*" + _INITIALS + r"|"
              + _initials("k") + r"[ \t]+on[ \t]+" + _DAY + r"s?(?![\w'’-]))")
_ROTA_JOIN = r"[ \t]*(?:[,;|/&]|\band\b)[ \t]*"
_ROTA_INITIALS = re.compile(_ROTA_ITEM)
_ROTA_OF_INITIALS = re.compile(re.sub(r"\?P<[ik]>", "", r"(?:" + _ROTA_ITEM + _ROTA_JOIN + r")+"
                                      + _ROTA_ITEM))
#: the halves of a day: a rota's slots or a pair closing a note ("Clinic moved. AM / PM."),
#: not anyone's initials
_HALF_DAY = frozenset({"AM", "PM"})
#: a table's header row with a column of people ("| Item | Action | Owner |")
_OWNER_HEADER = re.compile(r"(?i)^(?:owner|owners|lead|who|by|by[ \t]+whom|responsible|"
                           r"action[ \t]+(?:by|owner)|initials|assigned[ \t]+to|person)$")
#: letters that stand where initials do and name nobody: clinical and administrative
#: abbreviations, grades and rota codes, departments, bodies, tests and drugs, and the short
#: words of minutes ("ENT", "ODP", "WHO", "ICU", "PACU", "ST3", "OK", "AOB", "TBC", "N/A")
NOT_INITIALS: frozenset[str] = ACRONYMS | frozenset("""
ENT ODP ODPS WHO NHS ICU ITU HDU PACU CCU AMU MAU SAU EAU ED AE ANE OPD DSU DCU TCI SDEC SSU
OK OKAY AOB TBC TBA TBD NA N/A FYI ASAP ETA EOD COB RSVP PTO NB PS PPS RE FW FWD CC BCC
ST1 ST2 ST3 ST4 ST5 ST6 ST7 ST8 CT1 CT2 CT3 FY1 FY2 SHO SPR SPRS REG REGS CONS SAS SHOS
NUR HCA HCAS RMN RGN RN RNS SN SNS CNS ANP ANPS ACP ACPS PA PAS
ODA OT OTS PT PTS SLT SALT MDT MDM MDTS DN DNS GP GPS PCT CCG ICB ICS PCN LMC HR IT IG
QI AUDIT SOP SOPS KPI KPIS RAG TB HIV AA CQC GMC NMC HCPC RCS RCN BMA BAUS ASGBI BOA BAPRAS ENTUK
DOH DHSC UKHSA PHE HSE NICE SIGN MHRA NPSA HSIB HSSIB NRLS DATIX SI SIS SUI RCA PSII LFPSE
DOLS MCA LPA DNACPR DNAR TEP RESPECT ECG ECGS CXR AXR CT MRI US USS FBC UE U&E LFT LFTS CRP
ESR INR APTT PT APTR VBG ABG BM BMS CBG HBA1C TFT TFTS GA LA GAS TIVA PONV PCA
IV IVS IM SC PO NG NJ PEG RIG TPN NBM NPO VTE DVT PE TED TEDS LMWH DOAC DOACS NOAC ASA
ASA1 ASA2 ASA3 ASA4 ASA5 BMI BP HR RR SPO2 GCS AVPU NEWS NEWS2 MEWS PEWS EWS SBAR ISBAR
ATMIST ABCDE ALS ATLS BLS ILS APLS PALS EPLS NLS ETT LMA IGEL OPA NPA RSI CVC PICC ART
LAP EUA TURP TURBT TAH BSO LSCS ERPC EVAC MOH PPH CS SVD IOL ARM VE FHR CTG EDD LMP
GTN MST PRN TDS QDS NOCTE STAT MCG IU PPI NSAID NSAIDS ACE ARB
AKI CKD COPD CCF HF MI ACS NSTEMI STEMI AF SVT VT VF PEA ROSC DKA HHS UTI LRTI CAP HAP
SSI SSIS MRSA MSSA CDIFF CPE ESBL VRE IPC PPE FFP3 FFP AGP AGPS
MON TUE TUES WED THU THUR THURS FRI SAT SUN JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT
NOV DEC UK EU US USA GB NI ROI IRL UAE
NO YES NOT AND THE FOR ALL ANY NEW OLD OUT NOW WAS ARE CAN MAY DID GOT HAS HAD HIS HER ITS
OUR YOU WHY HOW WHO WHAT SEE SET PUT GET LET RUN USE END DUE PER VIA BY TO IN ON AT OF OR
AN IS BE DO GO UP MY ME WE HE US SO IF AS NB VS ETC
""".split())  # noqa: SIM905


def _initials_person(letters: str) -> bool:
    """Whether letters in an initials' place may be someone's: not an abbreviation, a grade or
    a short word of minutes (:data:`NOT_INITIALS`)."""
    bare = letters.replace(".", "").replace("’", "'")
    return bare not in NOT_INITIALS and bare.replace("'", "") not in NOT_INITIALS \
        and letters not in NOT_INITIALS and not any(c.isdigit() for c in bare)


class TeamInitialsRecognizer(RuleRecognizer):
    """Initials standing for a person in minutes, action logs, handover sheets and e-mails
    (see the module docstring): only where a list of people, an owner's column, an action's
    doer, a sign-off or a word of signing puts them, and never an abbreviation of
    :data:`NOT_INITIALS` there ("Present: AB, CD (chair)" yes, "ACTION: ENT to review" no)."""

    ENTITIES = ("PERSON",)
    NAME = "team_initials"
    SCORE = 0.7

    def find(self, text: str) -> list[RecognizerResult]:
        if not any(_initials_person(m.group("i")) for m in _INITIALS_ANYWHERE.finditer(text)) \
                and _INITIALS_OWNING.search(text) is None:
            return []  # no letters that could be anyone's initials: nothing to look at
        spans: set[tuple[int, int]] = set()
        for line in _PEOPLE_LINE.finditer(text):
            rest = line.group("rest")
            for m in _LIST_INITIALS.finditer(rest):
                spans.add((line.start("rest") + m.start("i"), line.start("rest") + m.end("i")))
        for line in _PEOPLE_INLINE.finditer(text):
            rest = line.group("rest")
            for m in _INLINE_ITEM.finditer(rest):
                spans.add((line.start("rest") + m.start("i"), line.start("rest") + m.end("i")))
        for pattern in (_INITIALS_SIGNED_AS, _INITIALS_CLOSING, _INITIALS_DOING, _INITIALS_OWNING):
            for m in pattern.finditer(text):
                pair = [g for g in ("i", "j") if g in pattern.groupindex and m.group(g)]
                if len(pair) == 2 and any(m.group(g) in _HALF_DAY for g in pair):
                    continue  # "Clinic moved. AM / PM.": the halves of a day
                spans.update(m.span(g) for g in pair)
        for m in _INITIALS_AFTER_WORD.finditer(text):
            spans.add(m.span("i"))
            if m.group("j"):
                spans.add(m.span("j"))
        for m in _INITIALS_TO_DO.finditer(text):
            spans.add(m.span("a"))
            if m.group("b"):
                spans.add(m.span("b"))
        for m in _INITIALS_SIGNED.finditer(text):
            spans.add(m.span("i") if m.group("i") else m.span("k"))
        for rota in _ROTA_OF_INITIALS.finditer(text):
            for m in _ROTA_INITIALS.finditer(text, rota.start(), rota.end()):
                group = "i" if m.group("i") else "k"
                if m.group(group) not in _HALF_DAY:
                    spans.add(m.span(group))
        if "|" in text:
            spans.update(_owner_cells(text))
        return [credited(self, "PERSON", s, e, self.SCORE) for s, e in sorted(spans)
                if _initials_person(text[s:e])]


_TABLE_ROW = re.compile(r"(?m)^[ \t]*\|(?P<row>[^\n]*)\|[ \t]*$")


def _owner_cells(text: str) -> list[tuple[int, int]]:
    """Initials in the owner's column of a pipe table: the column whose header says who
    ("Owner", "Lead", "Action by"), in the rows below it until the table ends."""
    out: list[tuple[int, int]] = []
    column: int | None = None
    last_end = -1
    for row in _TABLE_ROW.finditer(text):
        if row.start() > last_end + 1:
            column = None  # a new table
        last_end = row.end()
        cells = row.group("row").split("|")
        names = [c.strip() for c in cells]
        owner = [i for i, c in enumerate(names) if _OWNER_HEADER.match(c)]
        if owner:
            column = owner[0]
            continue
        if column is None or column >= len(cells):
            continue
        at = row.start("row") + sum(len(c) + 1 for c in cells[:column])
        cell = cells[column]
        for m in re.finditer(_INITIALS + r"(?=[ \t]*(?:[,/&]|and\b|\Z))", cell):
            out.append((at + m.start("i"), at + m.end("i")))
    return out


#: a surname in the plural after "the" or "both": "the Okafors", "both Lindqvists", "the
#: Joneses", "the O'Briens"
_FAMILY = re.compile(r"(?<![\w'’-])(?P<det>[Tt]he|[Bb]oth(?:[ \t]+(?:the|of[ \t]+the))?|[Aa]ll[ \t]+"
                     r"(?:the|of[ \t]+the|three|four)|[Tt]wo|[Tt]hree)[ \t]+"
                     r"(?P<name>(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+)?"
                     r"(?:es|s))(?![\w'’-])")
#: what makes a plural that is also an ordinary word a family: a person's verb or place
#: after ("the Smiths next door", "the Browns came round", "the Whites were lovely to us")
_FAMILY_AFTER = re.compile(
    r"[ \t]+(?:(?:both|all|themselves|too|also|just|always|still)[ \t]+)?(?:came|come|comes|"
    r"coming|visited|visit|invited|moved|move|lived|live|lives|next[ \t]+door|across[ \t]+the|"
    r"down[ \t]+the[ \t]+road|round|over[ \t]+for|who|and[ \t]+(?:their|the[ \t]+kids|us|we|I)|"
    r"said|told|asked|asking|wanted|want|wants|rang|phoned|sent|brought|had[ \t]+us|have[ \t]+us|"
    r"were[ \t]+(?:all|both|lovely|kind|there|on|away|off|married|friends|neighbours|waiting|in)|"
    r"are[ \t]+(?:all|both|lovely|kind|coming|on|away|off|married|friends|neighbours|waiting|in))\b"
    r"|,[ \t]+(?:(?:her|his|their|my|our)[ \t]+(?:whole[ \t]+)?(?:family|lot|clan)|all[ \t]+of[ \t]+them|"
    r"the[ \t]+whole[ \t]+family)\b")
#: ... or a social frame before ("we had the Browns round", "dinner with the Whites")
_FAMILY_BEFORE = re.compile(
    r"(?:(?:had|have|invited|visited|visiting|met|meet|stayed[ \t]+with|staying[ \t]+with|"
    r"dinner[ \t]+with|tea[ \t]+with|lunch[ \t]+with|drinks[ \t]+with|friends[ \t]+with|"
    r"friends[ \t]+of|babysat[ \t]+for|babysitting[ \t]+for|neighbours?[ \t]+(?:were|are|was)|"
    r"(?i:ring|rang|call|called|phone|phoned|text|texted|thank|thanked|tell|told|update|updated))"
    r"[ \t]+)\Z")
#: what only a family of people does, for a plural no surname list has, which may as well be
#: hills or islands ("the Cuilcaghs were lovely"): a person's verb, a family, a visit
_FAMILY_PEOPLE_AFTER = re.compile(
    r"[ \t]+(?:(?:both|all|themselves|too|also|just|always|still)[ \t]+)?(?:said|told|asked|asking|"
    r"wanted|rang|phoned|emailed|texted|sent|brought|came[ \t]+(?:round|over|in|to[ \t]+see)|"
    r"had[ \t]+us|have[ \t]+us|invited|were[ \t]+(?:married|friends|neighbours|waiting)|"
    r"are[ \t]+(?:married|friends|neighbours|waiting))\b"
    r"|,[ \t]+(?:her|his|their|my|our)[ \t]+(?:whole[ \t]+)?family\b")
_FAMILY_PEOPLE_BEFORE = re.compile(
    r"(?i:ring|rang|call|called|phone|phoned|text|texted|thank|thanked|tell|told|dinner[ \t]+with|"
    r"tea[ \t]+with|lunch[ \t]+with|friends[ \t]+with|babysat[ \t]+for|stayed[ \t]+with|"
    r"staying[ \t]+with)[ \t]+\Z")
#: a card's or a message's closing: "From all the Xs.", "love from the Xs x"
_FAMILY_SIGNED = re.compile(r"(?i:from)[ \t]+\Z")
_FAMILY_SIGNED_AFTER = re.compile(r"[ \t]*(?:x+)?[ \t]*[.!]?[ \t]*(?:['’\"”]|\n|\Z)")


_GAELIC_PREFIXED = re.compile(r"(?:O['’]|Mc|Mac)[A-Z][a-z]{2,}\Z")


def _family_of_people(text: str, m: re.Match[str]) -> bool:
    """Whether only people fit around a plural no list has: a person's verb or a family
    after ("the Nguyen-Okoros invited us", "the Xs, their whole family"), a call or a meal
    before ("ring the Xs back", "dinner with the Xs"), or a card's closing with "all" ("From
    all the Xs.")."""
    if _FAMILY_PEOPLE_AFTER.match(text, m.end()) is not None \
            or _FAMILY_PEOPLE_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None:
        return True
    return _signed_by_all(text, m)


def _signed_by_all(text: str, m: re.Match[str]) -> bool:
    """A card's closing: "From all the Xs.", "Love from all the Xs x"."""
    return "all" in m.group("det").lower() \
        and _FAMILY_SIGNED.search(text, max(0, m.start() - 10), m.start()) is not None \
        and _FAMILY_SIGNED_AFTER.match(text, m.end()) is not None


def _framed_as_family(text: str, m: re.Match[str]) -> bool:
    """Whether a plural that is also an ordinary word is framed as a family: a person's verb
    or place after, a social frame before, or a card's closing (see :data:`_FAMILY_AFTER`)."""
    return _FAMILY_AFTER.match(text, m.end()) is not None \
        or _FAMILY_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None \
        or _signed_by_all(text, m)


#: a surname before "family" or another word of a household, after "the" ("you know the
#: Ashby-Nwosu family", "the Jēkabsons household", "the whole Okafor clan")
_NAMED_FAMILY = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Tt]hat|[Tt]his|[Oo]ur|[Yy]our)[ \t]+(?:(?:whole|entire|extended|"
    r"wider|poor|lovely)[ \t]+)?(?P<name>(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_A-Z]+"
    r"(?:-(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_A-Z]+)?)[ \t]+(?:family|families|"
    r"household|clan)\b")


#: heads of "<word> family" that are no one's surname: a dynasty's or a faith's, a taxon's
_NOT_FAMILY_NAMES = frozenset("Royal Holy Imperial Crime Mafia Addams Partridge".split())  # noqa: SIM905
_TAXON = re.compile(r"(?:aceae|idae|inae|oidea)\Z")


def _surname_of_a_family(name: str) -> bool:
    """Whether a word before "family" is a surname: a listed one ("the Brown family"), a
    double-barrelled name with a listed part ("the Ashby-Nwosu family"), or one no
    dictionary, no list of places or first names and no common capital explains ("the
    Jēkabsons household"); not "the Royal family", "the NHS family", "the Durham family" (of a
    place), "the Rosaceae family", "the Apple family"."""
    parts = name.split("-")
    if name in _NOT_FAMILY_NAMES or _TAXON.search(name) or any(
            p in COMMON_CAPITALISED for p in parts):
        return False
    if len(parts) > 1:
        return any(is_surname(p) or p in word_surnames()
                   or not (is_english_word(p) or known_place_or_abroad(p)) for p in parts)
    if is_surname(name) or name in word_surnames():
        return not known_place(name)
    return not (is_english_word(name) or known_place_or_abroad(name) or is_first_name(name))


def _plural_stem(word: str) -> list[str]:
    """The singulars a plural surname may come from ("Joneses" -> "Jones", "Okafors" ->
    "Okafor", "Lindqvists" -> "Lindqvist")."""
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    return stems


class FamilyNameRecognizer(RuleRecognizer):
    """A surname in the plural, a family or two namesakes (see the module docstring): the
    singular is a surname in the lists; when it is also an ordinary word ("Smith", "Green",
    "White", "Brown") a person's verb after or a social frame before must say so."""

    ENTITIES = ("PERSON",)
    NAME = "family_name"
    SCORE = 0.8

    def find(self, text: str) -> list[RecognizerResult]:
        out = []
        if "amil" in text or "household" in text or "clan" in text:
            out += self._named_families(text)
        for m in _FAMILY.finditer(text):
            name = m.group("name")
            if name in COMMON_CAPITALISED or known_place(name):
                continue
            singulars = _plural_stem(name)
            stems = [s for s in singulars if is_surname(s) or s in word_surnames()
                     or _GAELIC_PREFIXED.match(s)
                     or ("-" in s and any(is_surname(part) for part in s.split("-")))]
            if stems:
                ordinary = any(is_english_word(s) or s in COMMON_CAPITALISED or known_place(s)
                               or s in word_surnames() for s in stems) or is_english_word(name)
            elif any(is_english_word(s) or s in COMMON_CAPITALISED or known_place(s)
                     for s in singulars) or is_english_word(name):
                continue  # "the Greens": no surname, a word or a place
            else:  # a surname no list has ("the Nguyen-Okoros"), or hills, or islands
                if not _family_of_people(text, m):
                    continue
                ordinary = False
            if ordinary and not _framed_as_family(text, m):
                continue  # "the Greens were terrible", "both Browns and Blues"
            out.append(credited(self, "PERSON", m.start("name"), m.end("name"), self.SCORE))
        return out

    def _named_families(self, text: str) -> list[RecognizerResult]:
        """A surname before "family", "household" or "clan" (see :data:`_NAMED_FAMILY`)."""
        return [credited(self, "PERSON", m.start("name"), m.end("name"), self.SCORE)
                for m in _NAMED_FAMILY.finditer(text) if _surname_of_a_family(m.group("name"))]


def person_context_recognizers() -> list[RuleRecognizer]:
    """This module's recognizers, for :func:`vault.anonymise.recognizers.build_recognizers`."""
    return [ChatNameRecognizer(), RoleAppositionRecognizer(), TakenUpRecognizer(),
            RotaRecognizer(), SmallParticleSurnameRecognizer(), LikeTheWordRecognizer(),
            ChatHandleRecognizer(), TeamInitialsRecognizer(), FamilyNameRecognizer(),
            CitedAuthorRecognizer()]


#: how a login, user name, handle or file name joins the parts of a name: "amara.okafor",
#: "okafor_j", "okafor-jones"
_HANDLE_JOIN = "._-"
#: the small words of surnames ("van den Berg", "le Roux", "Al-Amin", "zu Salm"), run into
#: a login with the rest ("mvandenberg", "lerouxj"): parts of a handle, never one alone. The
#: shared list (:data:`~vault.anonymise.wordlists.NAME_PARTICLES`) less single letters ("o",
#: "d": any login holds them), the Gaelic forms but "mac" and "mc" and the patronymics "bint",
#: "binti", "abu" and the joined "ul", not read in logins
_NAME_PARTICLES = NAME_PARTICLES - frozenset("""
o d ó ní ni nic ua uí mhic bint binti abu ul
""".split())  # noqa: SIM905
#: a title a handle may start with ("drokafor", "profjones")
_HANDLE_TITLES = ("dr", "prof", "mr", "ms", "mrs", "miss")
_NAME_PIECES = re.compile(r"[^\W\d_]+")
#: two words joined as "first.last" or "first_last" (a login or a mailbox's name part)
_FIRST_DOT_LAST = re.compile(r"(?<![\w@.])(?P<first>[a-z]+)[._](?P<last>[a-z]+)(?![\w@]|\.[a-z])")
#: the ends of file names and web addresses, never a person's name after a dot
_NOT_NAME_ENDS = frozenset("""doc docx pdf txt csv xls xlsx ppt pptx odt rtf jpg jpeg png gif mp3 mp4
wav m4a zip html htm com org net edu gov nhs uk int info""".split())  # noqa: SIM905


def _handle_token(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole run of letters, digits and joining marks around ``text[start:end]``."""
    n = len(text)
    while start > 0 and (text[start - 1].isalnum() or (
            text[start - 1] in _HANDLE_JOIN and start > 1 and text[start - 2].isalnum())):
        start -= 1
    while end < n and (text[end].isalnum() or (
            text[end] in _HANDLE_JOIN and end + 1 < n and text[end + 1].isalnum())):
        end += 1
    return start, end


def _made_of_name(piece: str, stems: frozenset[str], anchors: frozenset[str]) -> bool:
    """Whether ``piece`` (lower case, folded) is written with the name ``stems`` only, with at
    least one of the ``anchors`` (a name word of three letters or more), and at most two initials
    at one end or a title before it: "okafor", "jokafor", "okaforj", "amokafor", "vandenberg",
    "drokafor"."""
    for title in _HANDLE_TITLES:
        if piece.startswith(title) and len(piece) > len(title) + 2 \
                and _made_of_name(piece[len(title):], stems, anchors):
            return True
    n = len(piece)
    for lead in range(3):
        for trail in range(3 - lead if lead == 0 else 1):
            body = piece[lead:n - trail]
            if len(body) < 3:
                continue
            # the body split into name words, one anchor at least
            reach: list[bool | None] = [None] * (len(body) + 1)  # None: not reached
            reach[0] = False  # reached, no anchor yet
            for i in range(len(body)):
                if reach[i] is None:
                    continue
                for j in range(i + 2, len(body) + 1):
                    word = body[i:j]
                    if word in stems:
                        anchored = bool(reach[i]) or word in anchors
                        if reach[j] is None or (anchored and not reach[j]):
                            reach[j] = anchored
            if reach[len(body)]:
                return True
    return False


def name_handles(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Logins, user names, handles and the name part of file names made of the words of the
    people ``names`` found in ``text`` (round 18): people's names are written run together and
    in lower case where a computer keeps them ("My login is okaforj", "the folder
    'Students/amara.okafor/'", "'okafor_a_jobplan_v2.docx'", "twitter.com/drokafor",
    "jvandenberg"). A token is taken when its pieces between dots, underscores and hyphens are
    written with those names' words only (at most two initials at one end, a title before), one
    piece at least not an English word ("hill" is no login though Dr Hill is named; "rhill"
    is), plus a one- or two-letter piece beside them ("okafor_a", "j.okafor"). Also, though no
    name of the text has them, "first.last" of a listed first name and surname where one is no
    English word ("amara.okafor"). Capitalised names and e-mail addresses are others' to find.
    """
    stems: set[str] = set()
    anchors: set[str] = set()
    whole: set[str] = set()  # the words of names found whole ("Amara Okafor"), not alone
    for name in names:
        words = [w for w in _NAME_PIECES.findall(name)
                 if not TITLE_WORD_RE.fullmatch(w) and (w[1:].islower() or w in _NAME_PARTICLES)]
        for word in words:  # no title, degree or honour ("PhD", "FRCP"): no part of a login
            for form in {word.lower(), fold(word).lower()} - {""}:  # no letter folds: none
                stems.add(form)
                if len(words) > 1:
                    whole.add(form)
                if len(form) >= 3 and form not in _NAME_PARTICLES and form not in STOP_WORDS:
                    anchors.add(form)
    out: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    if anchors:
        stems |= _NAME_PARTICLES
        frozen_stems, frozen_anchors = frozenset(stems), frozenset(anchors)
        frozen_whole = frozenset(whole)
        pattern = re.compile("|".join(re.escape(a) for a in sorted(anchors, key=len, reverse=True)),
                             re.IGNORECASE)
        for m in pattern.finditer(text):
            start, end = _handle_token(text, m.start(), m.end())
            if (start, end) in seen:
                continue
            seen.add((start, end))
            token = text[start:end]
            if end < len(text) and text[end] == "@":
                continue  # an e-mail address
            if not token.islower():
                continue  # a name as written ("Okafor", "Okafor-Jones"), found by others
            span = _handle_span(text, start, token, frozen_stems, frozen_anchors, frozen_whole)
            if span is not None:
                out.append(span)
    for m in _FIRST_DOT_LAST.finditer(text):
        if not any(s <= m.start() < e for s, e in out) \
                and _listed_handle(m.group("first"), m.group("last")):
            out.append(m.span())
    return sorted(out)


def _listed_handle(first: str, last: str) -> bool:
    """Whether "first.last" (or "first_last") is a person's login by the name lists alone:
    a listed first name and a word that is no English word ("amara.nwachukwu"), a listed
    first name and surname ("amara.okafor"), or an initial and a listed surname that is no
    English word, either way round ("j.okafor", "okafor_j"); not "e.g", "grace.period" or
    "report.docx"."""
    if first in STOP_WORDS or last in STOP_WORDS or last in _NOT_NAME_ENDS:
        return False
    if len(first) == 1:
        return len(last) >= 3 and is_surname(last.capitalize()) and not is_english_word(last)
    if len(last) == 1:
        return is_surname(first.capitalize()) and not is_english_word(first)
    if len(first) < 3 or len(last) < 3 or not is_first_name(first.capitalize()):
        return False
    if is_english_word(last):
        return is_surname(last.capitalize()) and not is_english_word(first)
    return True


def _handle_span(text: str, start: int, token: str, stems: frozenset[str],
                 anchors: frozenset[str], whole: frozenset[str]) -> tuple[int, int] | None:
    """The run of name pieces in ``token`` (at ``start`` of ``text``), with a one- or two-letter
    piece beside it, or None when no piece is a name that is no English word. A name's word
    alone in lower case is that person only when they were named whole ("sarah" after "Sarah
    Okafor"; not "fella" after "Fella's gone" read as a name)."""
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^._-]+", token)]
    if len(pieces) == 1:
        key = fold(token.rstrip("0123456789")).lower()
        if not key:
            return None  # no letter of it folds to ASCII ("ΐωνας"): no login of the lists
        if key in stems and key not in whole or key[:-1] in stems and key[-1] == "s" or key in vernacular_words():
            return None  # a word of a name found alone, written small, or a plural
    parts = [token[s:e] for s, e in pieces]
    named = []
    for part in parts:
        bare = part.rstrip("0123456789")
        key = fold(bare).lower()
        named.append(bool(key) and bare.isalpha() and _made_of_name(key, stems, anchors))
    # a one- or two-letter piece beside the run is an initial ("okafor_a", "j.okafor")
    initial = [len(part) <= 2 and part.isalpha() for part in parts]
    best: tuple[int, int] | None = None
    i = 0
    while i < len(pieces):
        if not named[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(pieces) and named[j + 1]:
            j += 1
        if any(not is_english_word(w.rstrip("0123456789")) and w.lower() not in STOP_WORDS
               for w in parts[i:j + 1]):
            lo = i - 1 if i > 0 and initial[i - 1] else i
            hi = j + 1 if j + 1 < len(parts) and initial[j + 1] else j
            span = (start + pieces[lo][0], start + pieces[hi][1])
            if best is None or span[1] - span[0] > best[1] - best[0]:
                best = span
        i = j + 1
    return best


#: a surname as a reference list writes it, one or two capitalised words with a particle
#: ("Okafor", "Nwosu-Ellis", "van den Berg", "le Roux", "zu Salm", "Abu Bakr")
_CITED_SURNAME = (r"(?:zu[ \t]+|zur[ \t]+)?" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r")?")
#: a footnote mark after a name in a byline ("Okafor A¹²", "Amara Okafor*†")
_BYLINE_MARK = r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]"
_BYLINE_MARKS = _BYLINE_MARK + r"*"
#: what may follow an author's initials: a separator, a bracket, a quote, "and", "et al", an end
#: (a bracket straight after letters is a degree's: "MD(Res)")
_AFTER_INITIALS = (r"(?=[ \t]*(?:[,;.):'’\"”]|\n|\Z|and\b|&|et[ \t]+al\b)|[ \t]+\()")
#: the ways an author list writes a person: "Amara Okafor¹" (a byline's footnote mark),
#: "Okafor AB" (Vancouver), "Okafor, A. B." (APA, Harvard), "A. B. Okafor"
_CITED_AUTHOR = re.compile(
    r"(?<![\w.-])(?<!\w['’])(?:(?P<full>" + _NAME_WORD + r"[ \t]+" + _CITED_SURNAME + r")"
    r"(?=" + _BYLINE_MARK + r")|(?P<v>" + _CITED_SURNAME + r"[ \t]+[A-Z]{1,3})" + _BYLINE_MARKS
    + r"(?![\w'’-])" + _AFTER_INITIALS
    + r"|(?P<apa>" + _CITED_SURNAME + r",[ \t]+[A-Z]\.(?:[ \t]?[A-Z]\.){0,2})" + _BYLINE_MARKS
    + r"(?=[ \t]*(?:[,;(&]|and\b|\n|\Z))"
    + r"|(?P<ini>[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}[ \t]*" + _CITED_SURNAME + r")" + _BYLINE_MARKS
    + r"(?![\w'’-]))")
#: what stands between two authors of a list: a footnote mark, an affiliation or a place in
#: brackets, quote marks of table cells, a comma, a semicolon or "and", and at most one author
#: written another way ("Okafor A, Amara Nwosu, Berg T")
_BETWEEN_AUTHORS = re.compile(
    _BYLINE_MARKS + r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*['’\"”]?[ \t]*"
    r"(?:[,;][ \t]*(?:(?:and|&)[ \t]+)?|(?:and|&)[ \t]+)['‘\"“]?[ \t]*"
    r"(?:(?:[\w'’.-]+[ \t]+){1,3}[\w'’.-]+[ \t]*,[ \t]*)?")
#: a single author as a collaborators' table or a byline writes one: with an affiliation or a
#: place in brackets, or a footnote mark ("Okafor A (Lagos)", "Okafor A¹")
_AUTHOR_ALONE = re.compile(_BYLINE_MARK + r"|[ \t]*\([ \t]*[A-Z]")
#: things labelled with a letter or two, as authors are with initials ("Vitamin D, Hepatitis
#: B", "Group A, Group B", "Ward C", "Site A", "Plan B", "Patient A")
_LETTERED = frozenset("""
Vitamin Vitamins Hepatitis Hep Strep Group Groups Type Types Grade Level Class Category Part
Section Appendix Annex Table Figure Fig Plan Ward Bay Bed Block Site Stage Phase Zone Area Team
Unit Floor Wing Room Band Cohort Arm Option Model Version Factor Box Step Schedule Form Track
Route Gate Platform Lane Building Theatre Clinic Pod Practice Trust Hospital Centre Center
School Protein Exhibit Item Question Paper Module Component Criterion Domain Tier Division
Sector Region District Patient Patients Participant Doctor Nurse Consultant Trainee Student
Interviewee Respondent Case Subject Person Child Mother Father Parent Carer Baby Twin Staff
Member Colleague Supervisor Registrar Surgeon Physician Midwife Worker Manager Director Lead
Professor Lecturer Reader Fellow Scholar Scale Score Test Study Trial Survey Round Wave Year
Term Week Day Session Lecture Course Exam Vignette Scenario Station Batch Sample Lot
Annexe Corridor Entrance Exit Car Park Bus Train Flight Terminal Junction Road Street
""".split())  # noqa: SIM905


def _author_name(name: str, *, listed: bool = False) -> bool:
    """Whether the surname words of one cited author are a person's: a word no dictionary has
    or a surname that is a word ("Frost"), and no lettered thing, place or common capital;
    with ``listed`` (two authors of its list are people), any word but a lettered thing or a
    common capital ("Berg H", "Hill C")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name)
             if w[0].isupper() and len(w) > 1 and not TITLE_WORD_RE.fullmatch(w)]
    if not words or any(w in _LETTERED for w in words):
        return False
    if listed:  # a surname that is a place too ("Berg H") is a person among people
        return not any(w in COMMON_CAPITALISED or w.lower() in STOP_WORDS for w in words)
    if any(known_place(w) for w in words):
        return False
    return any(not is_english_word(w) or w in word_surnames()
               or (w not in COMMON_CAPITALISED and "-" in w) for w in words)


def _trim_opening_word(text: str, start: int, end: int) -> int:
    """Where a cited surname of two words starts when its first is an ordinary word that
    opened the list ("Authors Okafor A", "Thanks Berg T"): after that word."""
    first = re.match(r"[A-Z][\w'’-]*[ \t]+(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])", text[start:end])
    if first is not None and (is_english_word(first.group().strip())
                              and first.group().strip() not in word_surnames()
                              or first.group().strip() in COMMON_CAPITALISED):
        return start + first.end()
    return start


class CitedAuthorRecognizer(RuleRecognizer):
    """People as reference lists, bylines, authorship lines and collaborators' tables write
    them (round 18): a surname with initials after it ("Okafor AB, Nwosu-Ellis T, le Roux J"),
    before it ("A. B. Okafor, K. zu Salm") or after a comma ("Okafor, A. B., & Berg, T."),
    with footnote marks and affiliations ("Okafor A¹ (Lagos)"). Two or more authors in a row
    make a list and each is a person, whatever their names are; one alone needs a bracketed
    place or a footnote mark after it. Things labelled by letters in the same shape ("Vitamin
    D, Hepatitis B", "Group A and Group B", "Patient A"), places and all-dictionary words
    ("Plan B") are not authors."""

    ENTITIES = ("PERSON",)
    NAME = "cited_author"
    SCORE = 0.75

    def find(self, text: str) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        items = [(m.start(m.lastgroup or 0), m.end(m.lastgroup or 0), m.end())
                 for m in _CITED_AUTHOR.finditer(text)]
        n = len(items)
        i = 0
        while i < n:
            j = i
            while j + 1 < n and _BETWEEN_AUTHORS.fullmatch(text, items[j][2], items[j + 1][0]):
                j += 1
            group = [(_trim_opening_word(text, start, end), end)
                     for start, end, _ in items[i:j + 1]]
            names = [re.sub(r"\b[A-Z]\.|\b[A-Z]{1,3}\Z", "", text[start:end])
                     for start, end in group]
            strict = [_author_name(name) for name in names]
            listed = len(group) > 1 and sum(strict) >= 2
            for (start, end), name, sure in zip(group, names, strict):
                if not (sure or listed and _author_name(name, listed=True)) \
                        or TITLE_BEFORE_RE.search(text, max(0, start - 12), start):
                    continue  # a titled name's degree is no initial ("Dr Okafor MD")
                if len(group) == 1 and not _AUTHOR_ALONE.match(text, end):
                    continue
                out.append(credited(self, "PERSON", start, end, self.SCORE))
            i = j + 1
        return out


#: a name's words and initials: "Snježana", "Kovačević", "Rukavina", "K" (of "K. Mensah")
_NAME_LETTERS = re.compile(r"[^\W\d_]+")


def _initials_of(name: str) -> set[str]:
    """The initials a team writes for the person ``name`` (round 26), folded to ASCII: one
    letter for each capitalised word and each part of a hyphenated one, titles and small
    particles left out ("Snježana Kovačević-Rukavina" -> "SKR"; "Dr K. Mensah" -> "KM"; "Jan
    van den Berg" -> "JB"), and the first and last letters alone ("SR") or the first and the
    surname's first ("SK"), as people shorten a long name. None for a name of one word."""
    words = [w for w in _NAME_LETTERS.findall(name)
             if w[0].isupper() and not TITLE_WORD_RE.fullmatch(w)]
    if len(words) < 2:
        return set()
    letters = "".join(fold(w[0]).upper() for w in words)
    if len(letters) != len(words) or not letters.isalpha():
        return set()  # a letter with no ASCII fold
    given = [w for w in _NAME_LETTERS.findall(name.split()[0])
             if w[0].isupper() and not TITLE_WORD_RE.fullmatch(w)]
    head = letters[len(given)] if 0 < len(given) < len(letters) else letters[-1]
    return {letters, letters[0] + letters[-1], letters[0] + head}


#: two to four capitals, run together or each with a full stop, in any Latin script ("SK",
#: "CJLL", "T.B.", "DȚ"): where initials may stand, nothing joined to them either side
_ANY_INITIALS = re.compile(r"(?<![\w./&-])(?<!\w['’])(?P<i>(?:[^\W\d_]\.?){2,4})(?![\w&-]|['’][A-Za-z])")


def initials_of_people(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Letters standing for a person the text names in full (round 26): a team writes a
    colleague's initials for them in minutes, rotas, handover books and signatures ("Present:
    SK, HT", "Christmas Day SK | Boxing Day HT", "'... Left comfortable. SK / HT.'", "Signed
    off 'SK'"), and whatever the place, two to four capitals that are the initials of a
    person named in the same text ("Sunita Kaur") are that person, or a namesake: never a
    clinical or administrative abbreviation (:data:`NOT_INITIALS`: "HR", "PA", "GP" stay
    though a "Grace Pollard" is named). ``names`` are the spans of the people found in
    ``text``; the result, the spans of their initials."""
    wanted: set[str] = set()
    for start, end in names:
        wanted |= _initials_of(text[start:end])
    if not wanted:
        return []
    out = []
    for m in _ANY_INITIALS.finditer(text):
        letters = m.group("i")
        bare = letters.replace(".", "")
        dots = letters.count(".")
        if not bare.isupper() or dots not in (0, len(bare), len(bare) - 1) \
                or fold(bare).upper() not in wanted or not _initials_person(letters) \
                or bare in _HALF_DAY or TITLE_WORD_RE.fullmatch(bare.capitalize()):
            continue  # "AM PT, PM SI": a rota's half-days; "MR.": a title in capitals
        out.append(m.span("i"))
    return out


#: a surname's initial after a given name, as a chat export, a rota or a list shortens a
#: colleague ("Priya K.", "Tomasz W:", "Ade O, Sam P and me"): a capital and a full stop, or
#: a capital alone before a separator or the line's end ("A" and "I" only with their stop:
#: "Sam I think" is the pronoun)
_SURNAME_INITIAL = re.compile(
    r"[ \t]+(?:(?P<dotted>[A-Z])\.|(?P<bare>[B-HJ-Z])(?=[ \t]*(?:[,;:)/&|]|\n|\Z|and\b)))"
    r"(?![\w'’-])")
#: a given name's last letters: a capitalised word, not capitals ("the NHS B" is no name)
_GIVEN_END = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_A-Z]+\Z")


def surname_initial_after(text: str, start: int, end: int) -> int | None:
    """The end of a surname's initial right after the person ``text[start:end]`` ("Priya K.",
    "Tomasz W:"), or None: the person's span then runs over it, since the initial narrows
    down who they are. Not after a name in capitals, and not a letter that labels a thing
    after a word that is one ("Plan B.", "Ward C," are others' to decide)."""
    if not _GIVEN_END.search(text, start, end):
        return None
    m = _SURNAME_INITIAL.match(text, end)
    if m is None or text[start:end].split()[-1] in _LETTERED:
        return None
    return m.end("dotted") + 1 if m.group("dotted") else m.end("bare")


#: the capitalised words of a name, hyphenated and Gaelic ones whole ("Okonkwo", "Ben", "Halim",
#: "Cartwright-Homer", "O'Brien", "Ní", "Ghairbhith")
_NAME_PIECES_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024F][^\W\d_]*(?:['’-][A-ZÀ-ÖØ-Þ\u0100-\u024F]?[^\W\d_]+)*")


def plurals_of_people(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A family or a pair of namesakes called by the surname of a person the text names (round
    26): "the Okonkwos", "all the Ben Halims", "from all the Hirsts'" where Chidi Okonkwo, Dr
    Ben Halim or Mrs Hirst is named. The surname is a found name's words after its first (all
    of them after a title), the plural its last word with "s" or "es"; a plural that is
    an English word ("Greens", "Bells") is left to :class:`FamilyNameRecognizer`, which wants
    people around it. ``names`` are the spans of the people found in ``text``."""
    surnames_found: set[str] = set()
    for start, end in names:
        words = [w for w in _NAME_PIECES_CAPITALISED.findall(text, start, end)
                 if not TITLE_WORD_RE.fullmatch(w)]
        if not words or len(words[-1]) < 3 or words[-1].isupper():
            continue  # no surname, or one in capitals: a header's, plural in no text
        titled = TITLE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
        for i in range(0 if titled or len(words) == 1 else 1, len(words)):
            surnames_found.add(" ".join(words[i:]))
    if not surnames_found:
        return []
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        re.escape(s).replace(r"\ ", r"[ \t]+") for s in sorted(surnames_found, key=len, reverse=True))
        + r")(?:e?s)(?![\w-])")
    out = []
    for m in pattern.finditer(text):
        last = m.group().split()[-1]
        if is_english_word(last) or last.lower() in STOP_WORDS:
            continue
        out.append(m.span())
    return out
