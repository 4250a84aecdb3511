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
  "Luckily the porter...", "Tuesday the nurse...") is excluded by its kind.
"""
from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from vault.anonymise.recognizers import (
    _NAME_WORD,
    COMMON_CAPITALISED,
    RuleRecognizer,
    credited,
    is_first_name,
    is_surname,
    known_place,
    known_place_or_abroad,
)
from vault.anonymise.wordlists import is_english_word, word_names, word_surnames

__all__ = ["ChatHandleRecognizer", "ChatNameRecognizer", "LikeTheWordRecognizer",
           "RoleAppositionRecognizer", "RotaRecognizer", "SmallParticleSurnameRecognizer",
           "TakenUpRecognizer", "may_be_named", "named_by_job", "person_context_recognizers"]

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
Christmas Easter Ramadan Eid Diwali Sundays Mondays Tuesdays Wednesdays Thursdays Fridays
Saturdays Usually Normally Generally Basically Honestly Obviously Apparently Actually Luckily
Sadly Happily Thankfully Hopefully Unfortunately Fortunately Suddenly Recently Initially
Originally Immediately Instantly Somehow Anyways Alright Ah Aye Nah Mind Hmm Um Er Erm Hey
Hello Hi Bye Cheers Overall Together Upstairs Downstairs Outside Inside Downstairs Everywhere
Nowadays Previously Lately Soon Already Straightaway Tonight Sunday Monday Tuesday Wednesday
Thursday Friday Saturday January February March April May June July August September October
November December Back Home Away Nearby Abroad Twice Thrice Daily Weekly Monthly Every Each
""".split())  # noqa: SIM905


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


class TakenUpRecognizer(RuleRecognizer):
    """A capitalised word opening a sentence (or set between dashes) that "she" or "he" takes
    up straight after a comma or a dash: someone, whatever word the name is ("Kiwi, aye, she's
    a canny lass"); not an opener, an adverb, kin or an oath ("Honestly, she...", "Mum, she
    was...", "God, he was awful"), and "it" never makes a person ("Epic, it crashed")."""

    ENTITIES = ("PERSON",)
    NAME = "taken_up"
    SCORE = 0.6

    def find(self, text: str) -> list[RecognizerResult]:
        if "she" not in text and "he" not in text:
            return []
        out = []
        for m in _TAKEN_UP.finditer(text):
            word = m.group("name")
            if word in _NOT_TAKEN_UP or not may_be_named(word):
                continue
            out.append(credited(self, "PERSON", m.start("name"), m.end("name"), self.SCORE))
        return out


#: a day of the week as a rota or a timetable writes it at the head of a cell
_DAY = (r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:s|nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|"
        r"Sat(?:urday)?|Sun(?:day)?)\.?")
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
#: (not "de", "da", "di", "le", "la" alone: "Rio de Janeiro", "Le Mans", "Costa da Caparica";
#: a place after "al-"/"el-" is the place finders': "el-Fasher")
_SMALL_PARTICLE_SURNAME = re.compile(
    r"(?<![\w'’.-])(?P<name>(?:(?:van[ \t]+de[rn]|von[ \t]+der|van|von|de[ \t]+la|de[ \t]+los|"
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
            if not may_be_named(m.group(group)) or m.group(group) in _NOT_TAKEN_UP:
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


def person_context_recognizers() -> list[RuleRecognizer]:
    """This module's recognizers, for :func:`vault.anonymise.recognizers.build_recognizers`."""
    return [ChatNameRecognizer(), RoleAppositionRecognizer(), TakenUpRecognizer(),
            RotaRecognizer(), SmallParticleSurnameRecognizer(), LikeTheWordRecognizer(),
            ChatHandleRecognizer()]
