"""An invented space of how people refer to other people in UK and Irish interviews and
documents, and of the same shapes holding no one, built from the language rather than from any
corpus (round 22 of issue 14; the PERSON twin of ``tests/_spoken_number_space.py`` and
``tests/_spoken_date_space.py``).

Each case is ``(shape, text)``: ``text`` holds «» around what the labelling conventions
(``tests/corpus/README.md``: a title is not part of a PERSON span, "Dr Khan" -> "Khan"; a
possessive's "'s" is not either; an initial is, "H. Griffiths") make a person's name, and ‹›
around the words of a hard negative that must be left alone.

The names are made of syllables in the patterns of the cultures a UK or Irish register holds
(English, Welsh, Irish and Gaelic, Scottish Mac/Mc, South Asian, West African, Chinese,
Arabic, Polish, Dutch and French particles), so nothing here comes from a corpus; the names
that are also English words (Will, May, Amber, Grace ...) are a fixed list of the language's
own, as are the roles, kinship words, titles and idioms. The frames are the ways a name is
introduced or used: by role or apposition, kinship and nicknames, vocatives, possessives,
initials, a title, a particle or compound surname, a word-name in a name's place, lower case,
capitals in a header, a surname spelled then said; the negatives put the same words where they
are words (modals, adjectives, job titles alone, sentence-initial capitals, eponyms, figures
of speech and idioms with names). Thinned deterministically (``random.Random(seed)``).

Shapes are named ``<class>/<what>`` (``person/role_after``, ``neg/modal`` ...).

:func:`register_cases` adds a register: the space's participants (invented), and third parties
who share a participant's first name or surname, for the misattribution measure (a third party
must never get a participant's code).
"""
from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from _spoken_number_space import invented_given, invented_name

# -- names of each pattern, from syllables -------------------------------------------------------


def _pick(rng: random.Random, *parts: list[str]) -> str:
    return "".join(rng.choice(p) for p in parts)


def _welsh_given(rng: random.Random) -> str:
    return _pick(rng, ["Rh", "Gw", "Ll", "C", "M", "B", "D", "Ff", "Eur", "Ang"],
                 ["y", "e", "a", "ei", "wy", "o"],
                 ["dd", "n", "l", "s", "nf", "rth"],
                 ["wen", "en", "fryn", "in", "eth", "ydd", "i", "ri"])


def _irish_given(rng: random.Random) -> str:
    return _pick(rng, ["Ao", "Sío", "Ni", "Dea", "Ro", "Eo", "Ca", "Mui", "Orl", "Tá"],
                 ["bh", "rdh", "mh", "n", "ll", "gh"],
                 ["ín", "a", "an", "e", "nait", "ach"])


def _gaelic_surname(rng: random.Random) -> str:
    stem = _pick(rng, ["Dr", "Br", "C", "G", "F", "L", "Sh", "K", "M"],
                 ["ea", "oi", "ua", "a", "ui"], ["gh", "n", "rl", "ll", "rr"],
                 ["an", "ey", "ell", "ane", "ty", "ry"])
    return rng.choice(["O'", "O’", "Mac", "Mc", "Ó ", "Mac ", "Ní "]) + stem


def _south_asian_given(rng: random.Random) -> str:
    return _pick(rng, ["Ra", "Pri", "Su", "Anj", "Har", "Kav", "Di", "Nee", "Ma", "Jas", "Vi"],
                 ["v", "sh", "nj", "th", "m", "r", "nd"],
                 ["ita", "esh", "ali", "deep", "preet", "ini", "an", "ika"])


def _south_asian_surname(rng: random.Random) -> str:
    return _pick(rng, ["Pa", "Cha", "Ra", "Sha", "Ba", "Dho", "Ga", "Ku"],
                 ["t", "nd", "w", "rm", "dh", "ks"], ["el", "ra", "at", "ani", "ikh", "war"])


def _west_african_given(rng: random.Random) -> str:
    return _pick(rng, ["Ade", "Olu", "Chi", "Ngo", "Kwa", "Ama", "Ife", "Obi", "Tun", "Yaw"],
                 ["yemi", "kemi", "nedu", "zi", "me", "ka", "bola", "oma", "ji"])


def _west_african_surname(rng: random.Random) -> str:
    return _pick(rng, ["O", "A", "E", "N", "Ba", "Mo"], ["ka", "ko", "de", "ye", "wa", "ba"],
                 ["for", "nwa", "bayo", "nji", "lade", "tunde", "siri"])


_PINYIN_ON = ["Zh", "X", "Q", "L", "Ch", "H", "W", "Y", "J", "Sh", "T"]
_PINYIN_FIN = ["ao", "ing", "ei", "un", "ang", "iu", "an", "ong", "ue"]


def _chinese_given(rng: random.Random) -> str:
    return _pick(rng, _PINYIN_ON, _PINYIN_FIN) + _pick(rng, _PINYIN_ON, _PINYIN_FIN).lower()


def _chinese_surname(rng: random.Random) -> str:
    return _pick(rng, _PINYIN_ON, _PINYIN_FIN)


def _arabic_given(rng: random.Random) -> str:
    return _pick(rng, ["Ha", "Ya", "Kha", "Fa", "Mu", "Za", "Sa", "Nu", "Ra"],
                 ["s", "m", "l", "r", "d", "sh"], ["een", "ir", "a", "ima", "ood", "an", "ia"])


def _arabic_surname(rng: random.Random) -> str:
    stem = _pick(rng, ["Ha", "Ma", "Ra", "Sa", "Qa", "Ja"], ["sh", "bb", "dd", "z", "m"],
                 ["imi", "ari", "oud", "awi", "an"])
    return rng.choice(["Al-", "El-", "", "", "bin "]) + stem


def _polish_given(rng: random.Random) -> str:
    return _pick(rng, ["Ka", "Zbi", "Ma", "Wo", "Ja", "Prze", "Agn", "Bo"],
                 ["sia", "gniew", "rek", "jciech", "dwiga", "mysław", "żena"])


def _polish_surname(rng: random.Random) -> str:
    return _pick(rng, ["Kow", "Now", "Wiśn", "Ziel", "Grab", "Szym", "Lew"],
                 ["al", "ak", "ew", "ur", "ań"], ["ski", "ska", "icz", "czyk", "iak"])


def _particle_surname(rng: random.Random) -> str:
    return rng.choice(["van der ", "van ", "de la ", "de ", "du ", "von ", "ap ", "da ",
                       "le "]) + invented_name(rng)


def _compound_surname(rng: random.Random) -> str:
    return invented_name(rng) + rng.choice(["-", "-", " "]) + invented_name(rng)


#: (culture, given-name maker, surname maker)
CULTURES: list[tuple[str, Callable[[random.Random], str], Callable[[random.Random], str]]] = [
    ("english", invented_given, invented_name),
    ("welsh", _welsh_given, lambda r: rng_choice_welsh_surname(r)),
    ("irish", _irish_given, _gaelic_surname),
    ("south_asian", _south_asian_given, _south_asian_surname),
    ("west_african", _west_african_given, _west_african_surname),
    ("chinese", _chinese_given, _chinese_surname),
    ("arabic", _arabic_given, _arabic_surname),
    ("polish", _polish_given, _polish_surname),
    ("particle", invented_given, _particle_surname),
    ("compound", invented_given, _compound_surname),
]


def rng_choice_welsh_surname(rng: random.Random) -> str:
    """A Welsh patronymic ("ap Rhydwen") or a surname made of a given name and "-s"."""
    given = _welsh_given(rng)
    return rng.choice([f"ap {given}", given + "s", "Pr" + given.lower()])


#: first names that are also English words, and that the language gives people
WORD_NAMES = ["Will", "May", "Amber", "Grace", "Hope", "Bill", "Rose", "Drew", "Frank", "Sky",
              "Faith", "Joy", "Mark", "Pat", "Summer", "Heather", "Holly", "Dawn", "Ivy",
              "Robin", "Jack", "Sandy", "Rich", "Sunny", "Penny", "Rusty", "Chance"]

ROLES = ["clinical director", "practice manager", "ward manager", "line manager", "supervisor",
         "mentor", "team leader", "matron", "head of nursing", "registrar", "consultant",
         "receptionist", "deputy", "clinical lead", "educator", "charge nurse", "pharmacist",
         "service manager", "union rep", "GP"]
KIN = ["sister", "brother", "mum", "dad", "husband", "wife", "partner", "son", "daughter",
       "cousin", "nan", "grandad", "niece", "nephew", "aunt", "uncle", "stepdad", "best friend"]
TITLES = ["Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Prof", "Professor", "Sister", "Nurse",
          "Father", "Rev", "Cllr", "Matron", "Dr"]
SAYS = ["said", "told me", "rang", "was brilliant", "came in", "sorted it", "wasn't happy",
        "emailed", "covered for me", "pushed for it"]


def person(rng: random.Random) -> tuple[str, str, str]:
    """(culture, given, surname) of one invented person."""
    culture, given, surname = rng.choice(CULTURES)
    return culture, given(rng), surname(rng)


# -- positive frames ----------------------------------------------------------------------------

def _positives(rng: random.Random) -> Iterator[tuple[str, str]]:
    for _ in range(60):
        culture, g, s = person(rng)
        role, say = rng.choice(ROLES), rng.choice(SAYS)
        kin = rng.choice(KIN)
        title = rng.choice(TITLES)
        yield f"person/role_after/{culture}", rng.choice([
            f"P1: «{g}», our {role}, {say}.",
            f"P1: I went to «{g}», my {role}, and she {say}.",
            f"P1: «{g} {s}», the {role}, {say} in the end.",
            f"P1: Well, «{g}» - the {role} - {say}.",
        ])
        yield f"person/role_before/{culture}", rng.choice([
            f"P1: Our {role}, «{g}», {say}.",
            f"P1: The {role} at the time, «{g} {s}», {say}.",
            f"P1: My {role} «{g}» {say}, to be fair.",
            f"P1: We had a new {role} called «{g}».",
            f"P1: There's a {role} named «{g} {s}» who {say}.",
        ])
        yield f"person/kin/{culture}", rng.choice([
            f"P1: My {kin} «{g}» {say}.",
            f"P1: I rang my {kin}, «{g}», straight away.",
            f"P1: Me and our «{g}» {say}.",
            f"P1: Auntie «{g}» {say}.",
            f"P1: Wee «{g}» was only three then.",
            f"P1: Uncle «{g}» {say}.",
            f"P1: Nana «{g}» {say}.",
        ])
        yield f"person/vocative/{culture}", rng.choice([
            f"INT: Thanks, «{g}». Can we move on?",
            f"INT: «{g}», can I ask about the rota?",
            f"P1: I said, «{g}», you can't do that.",
            f"P1: Morning «{g}», she goes, and off she went.",
            f"INT: That's great, thank you «{g}».",
        ])
        yield f"person/possessive/{culture}", rng.choice([
            f"P1: We met at «{g}»'s house.",
            f"P1: It was «{g} {s}»'s idea, really.",
            f"P1: «{g}»'s mum {say}.",
            f"P1: I borrowed {title} «{s}»'s notes.",
        ])
        initial = g[0]
        core = s.split()[-1].lstrip("O'’").replace("Mc", "").replace("Mac", "") or s
        s_initial = core[0].upper()
        yield f"person/initial/{culture}", rng.choice([
            f"P1: «{initial}. {s}» {say}.",
            f"P1: I think «{initial} {s}» {say}.",
            f"P1: {title} «{initial}. {s}» {say}.",
            f"P1: It was signed by «{initial}.{s_initial}.».",
        ])
        two = initial + s_initial
        three = initial + rng.choice("ABCDEFGHJKLMNPRSTW") + s_initial
        yield f"person/initials/{culture}", rng.choice([
            f"P1: «{two}» {say}.",
            f"P1: «{two}» and me {say}.",
            f"P1: I asked «{two}» to cover.",
            f"P1: It was «{two}»'s idea, really.",
            f"P1: «{three}» {say}, and then «{two}» {say}.",
            f"P1: «{initial}.{s_initial}.» {say}.",
            f"P1: Me and «{two}» {say}.",
            f"P1: I rang «{two}» straight after.",
        ])
        plural = core + ("es" if core.endswith(("s", "x", "ch", "sh")) else "s")
        yield f"person/family/{culture}", rng.choice([
            f"P1: The «{plural}» {say}.",
            f"P1: We had the «{plural}» round for tea.",
            f"P1: Both «{plural}» were on that shift.",
            f"P1: I stayed with the «{plural}» for a bit.",
            f"P1: The «{plural}» next door {say}.",
        ])
        yield f"person/title/{culture}", rng.choice([
            f"P1: {title} «{s}» {say}.",
            f"P1: I was under {title} «{s}» for a year.",
            f"P1: {title} «{g} {s}» {say}.",
            f"P1: We saw {title} «{s}» on the Tuesday.",
            f"P1: Ask {title} «{s}», she'll know.",
        ])
        yield f"person/full/{culture}", rng.choice([
            f"P1: I worked with «{g} {s}» for years.",
            f"P1: «{g} {s}» {say}.",
            f"P1: The one who {say} was «{g} {s}».",
            f"P1: So «{g} {s}» and me went up together.",
        ])
        yield f"person/first/{culture}", rng.choice([
            f"P1: «{g}» {say}.",
            f"P1: I asked «{g}» if she'd mind.",
            f"P1: Then «{g}» and «{rng.choice(CULTURES)[1](rng)}» {say}.",
            f"P1: I'd go to «{g}» first, always.",
        ])
        yield f"person/lower/{culture}", rng.choice([
            f"p1: «{g.lower()}», our {role}, {say}.",
            f"p1: my {kin} «{g.lower()}» {say}.",
            f"p1: i asked «{g.lower()} {s.lower()}» about it.",
            f"p1: {title.lower()} «{s.lower()}» {say}.",
        ])
        yield f"person/header/{culture}", rng.choice([
            f"INTERVIEW WITH «{g.upper()} {s.upper()}»\n\nINT: Thanks for coming.",
            f"NOTES - «{g.upper()} {s.upper()}» - TEAM MEETING\n\nItems below.",
            f"Interviewer: «{g} {s}»\nDate: spring\n\nINT: Shall we start?",
        ])
        spelled = "-".join(s.replace(" ", "").replace("'", "").replace("’", "").replace("-", "")
                           .upper())
        yield f"person/spelled_said/{culture}", rng.choice([
            f"P1: It's «{s}», «{spelled}».",
            f"P1: {title} «{s}», that's «{spelled}», {say}.",
        ])
    for _ in range(60):
        w = rng.choice(WORD_NAMES)
        role, say, kin = rng.choice(ROLES), rng.choice(SAYS), rng.choice(KIN)
        s = invented_name(rng)
        yield "person/word_name", rng.choice([
            f"P1: «{w}», our {role}, {say}.",
            f"P1: Our {role}, «{w}», {say}.",
            f"P1: My {kin} «{w}» {say}.",
            f"P1: I asked «{w}» to cover.",
            f"P1: «{w} {s}» {say}.",
            f"INT: Thanks, «{w}».",
            f"P1: «{w}» {say}.",
            f"P1: Me and «{w}» {say}.",
            f"P1: It was «{w}»'s shift.",
        ])
        yield "person/word_name_lower", rng.choice([
            f"p1: «{w.lower()}», our {role}, {say}.",
            f"p1: my {kin} «{w.lower()}» {say}.",
            f"p1: i asked «{w.lower()}» to cover.",
        ])


# -- hard negatives ------------------------------------------------------------------------------

NEG_TEXTS: list[tuple[str, str]] = [
    ("neg/modal", "P1: I ‹will› ask her tomorrow."),
    ("neg/modal", "P1: It ‹may› be that we need more staff."),
    ("neg/modal", "P1: ‹Will› it work? I don't know."),
    ("neg/modal", "P1: ‹May› I just say something here?"),
    ("neg/modal", "p1: we ‹will› see, it ‹may› change."),
    ("neg/adjective", "P1: To be ‹frank›, it was a mess."),
    ("neg/adjective", "P1: She was very ‹frank› with me."),
    ("neg/adjective", "P1: It was a ‹rich› experience, an ‹amber› warning, a ‹rosy› picture."),
    ("neg/noun", "P1: There's a ‹grace› period of two weeks."),
    ("neg/noun", "P1: I live in ‹hope›, honestly."),
    ("neg/noun", "P1: The ‹sky› was grey the whole week."),
    ("neg/noun", "P1: A ‹bill› came through for the parking."),
    ("neg/noun", "P1: There was a ‹rose› on the desk and ‹holly› at Christmas."),
    ("neg/noun", "P1: I lost ‹faith› in the system."),
    ("neg/noun", "P1: The light went ‹amber› and then red."),
    ("neg/noun", "P1: We'd ‹mark› the essays together."),
    ("neg/month", "P1: I started in ‹May›, so it's nearly a year."),
    ("neg/month", "P1: Every ‹May› we do the audit."),
    ("neg/job_alone", "P1: Our ‹clinical director› was very supportive."),
    ("neg/job_alone", "P1: The ‹practice manager› did the rota."),
    ("neg/job_alone", "P1: I asked the ‹Ward Manager› and the ‹Matron›."),
    ("neg/job_alone", "P1: My ‹supervisor› said it was fine."),
    ("neg/job_alone", "P1: ‹Sister› said no, then the ‹Nurse› in charge said yes."),
    ("neg/kin_alone", "P1: My ‹sister› and my ‹mum› came."),
    ("neg/kin_alone", "P1: ‹Mum› rang, then ‹Dad› rang."),
    ("neg/kin_alone", "P1: ‹Auntie› was there as well."),
    ("neg/sentence_start", "P1: ‹Honestly›, it was hard. ‹Looking› back, I'd do it again."),
    ("neg/sentence_start", "P1: ‹Burnout› is real. ‹Everybody› felt it."),
    ("neg/sentence_start", "P1: ‹Supervision› helped. ‹Reflection› too."),
    ("neg/sentence_start", "P1: ‹Grace› under pressure, that's what they wanted."),
    ("neg/sentence_start", "P1: ‹Hope› is a strong word."),
    ("neg/eponym", "P1: She had ‹Parkinson›'s, and later ‹Alzheimer›'s."),
    ("neg/eponym", "P1: We used the ‹Glasgow› Coma Scale and ‹Braden› scores."),
    ("neg/eponym", "P1: A ‹Caesarean› section, then ‹Down›'s syndrome screening."),
    ("neg/figure", "P1: It's not ‹Father Christmas›, you can't give everyone what they want."),
    ("neg/figure", "P1: ‹Mother Nature› had other ideas."),
    ("neg/figure", "P1: He thinks he's ‹Florence Nightingale›."),
    ("neg/idiom", "P1: Every ‹Tom›, ‹Dick› and ‹Harry› was applying."),
    ("neg/idiom", "P1: Sign the form and ‹Bob›'s your uncle."),
    ("neg/idiom", "P1: ‹Murphy›'s law, the printer broke."),
    ("neg/idiom", "P1: It was ‹Hobson›'s choice really."),
    ("neg/idiom", "P1: Keeping up with the ‹Joneses›, that's the NHS."),
    ("neg/idiom", "P1: I felt like a ‹Jack› of all trades."),
    ("neg/theorist", "P1: We used ‹Kolb›'s cycle and ‹Gibbs› for reflection."),
    ("neg/theorist", "P1: The ‹Johari› window came up, and ‹Proctor›'s model."),
    ("neg/title_word", "P1: The ‹Doctor› will see you now."),
    ("neg/title_word", "P1: We call her ‹Sister› on the ward, it's a title."),
    ("neg/title_word", "P1: The ‹Prof› role came later."),
    ("neg/lower_words", "p1: we ‹will› ‹mark› it and draw a line, to be ‹frank›."),
    ("neg/lower_words", "p1: a ‹grace› period, some ‹hope›, clear ‹sky›."),
    # the lower-case frames of names (kin, a role in apposition, asked) holding words
    ("neg/lower_frames", "p1: my sister ‹rose› to the occasion, honestly."),
    ("neg/lower_frames", "p1: my son ‹will› be there and my mum ‹may› come."),
    ("neg/lower_frames", "p1: my husband ‹drew› the short straw that year."),
    ("neg/lower_frames", "p1: our supervisor, ‹frank› as ever, said no."),
    ("neg/lower_frames", "p1: my sister, ‹joy› of joys, had twins."),
    ("neg/lower_frames", "p1: our manager, ‹mark› my words, won't last."),
    ("neg/lower_frames", "p1: the registrar, ‹summer› or winter, was always in."),
    ("neg/lower_frames", "p1: i asked, ‹will› it work? and they said ‹maybe›."),
    ("neg/lower_frames", "p1: i asked ‹sky› about the broadband and rang ‹sky› again."),
    ("neg/lower_frames", "p1: we put it on our ‹datix› and our ‹whatsapp› group."),
    ("neg/lower_frames", "p1: our ‹rota› was awful, our ‹sharepoint› worse."),
    ("neg/lower_frames", "p1: my dad, ‹bless› him, said no."),
    ("neg/lower_frames", "p1: my mum ‹may› have said, my dad ‹will› know."),
    ("neg/lower_frames", "p1: my partner ‹hope›s so, anyway."),
    ("neg/lower_frames", "p1: our clinical lead, ‹grace› under fire, said it."),
    ("neg/lower_frames", "p1: i told ‹amber› warnings apart from red ones."),
    # letters and plurals that are no one
    ("neg/initials", "P1: We did the ‹PHQ› and the ‹GAD›, then ‹ECGs› and ‹ABGs›."),
    ("neg/initials", "P1: ‹ED› was heaving, ‹ICU› full, ‹OT› said no."),
    ("neg/initials", "P1: The ‹HR› lady and the ‹IT› guy came."),
    ("neg/initials", "P1: I did my ‹OSCE›, then ‹ALS›, then ‹CPD›."),
    ("neg/initials", "P1: ‹AM› or ‹PM›, ‹TBC›."),
    ("neg/family", "P1: The ‹Greens› were waterlogged and the ‹Browns› of autumn were lovely."),
    ("neg/family", "P1: The ‹Blues› won, the ‹Reds› lost."),
    ("neg/family", "P1: The ‹Nightingales› were singing, the ‹Robins› too."),
    ("neg/hills", "P1: We climbed the ‹Cairngorms› and the ‹Mournes›."),
    ("neg/header", "INTERVIEW TRANSCRIPT\n\n‹CONFIDENTIAL›\n\nINT: Thanks for coming."),
    ("neg/header", "TEAM MEETING - ‹ACTIONS›\n\nItems below."),
    ("neg/header", "TRAINING DAY: ‹DE-ESCALATION› AND ‹AL-ANON› REFERRALS\n\nINT: Thanks."),
    ("neg/header", "SESSION NOTES - ‹EL-NIÑO› ‹DE-ICING› ‹VAN› HIRE\n\nItems below."),
]


def _negatives(rng: random.Random) -> Iterator[tuple[str, str]]:
    yield from NEG_TEXTS
    # the kinship and role frames with no name after them
    for _ in range(20):
        role, kin = rng.choice(ROLES), rng.choice(KIN)
        yield "neg/role_frame", rng.choice([
            f"P1: Our {role}, ‹who› was new, {rng.choice(SAYS)}.",
            f"P1: My {kin}, ‹bless› her, {rng.choice(SAYS)}.",
            f"P1: The {role} ‹called› a meeting.",
            f"P1: My {kin} ‹will› be there.",
            "INT: ‹Okay›, thanks.",
            "INT: ‹Right›, can I ask about the rota?",
        ])
    # (round 22, tune-negspace22) a month after a word of time, that word opening the sentence
    # ("Every May we do the audit", "Come June we'll know"): months that are also names
    for _ in range(24):
        when = rng.choice(["Every", "Each", "Last", "Next", "This", "Come", "Since", "By", "Until",
                           "In", "Early", "Late"])
        month = rng.choice(["May", "June", "April", "August", "January", "March"])
        yield "neg/month_time", rng.choice([
            f"P1: {when} ‹{month}› we do the audit.",
            f"P1: {when} ‹{month}›, the new doctors start.",
            f"P1: {when} ‹{month}› it gets busy on the ward.",
            f"P1: Oh, {when.lower()} ‹{month}› we had the inspection.",
        ])


def cases(prefix: str = "", seed: int = 22) -> list[tuple[str, str]]:
    """Every case of the space whose shape starts with ``prefix``, deterministically."""
    rng = random.Random(seed)
    out = list(_positives(rng)) + list(_negatives(rng))
    seen: set[str] = set()
    unique = []
    for shape, text in out:
        if text not in seen and shape.startswith(prefix):
            seen.add(text)
            unique.append((shape, text))
    return unique


# -- the register ---------------------------------------------------------------------------------

def register_cases(seed: int = 22) -> tuple[str, list[tuple[str, str, str | None]]]:
    """A register CSV of invented participants, and cases ``(shape, text, participant)``:
    third parties who share a participant's first name or surname, named in another
    participant's interview (their «» must never get a code), and the interviewee named.
    A «» span whose text is the interviewee's own name is theirs; every other one is not."""
    rng = random.Random(seed + 1)
    people = []
    for k in range(12):
        _, g, s = person(rng)
        people.append((g, s, f"PR.{k + 1:02d}"))
    csv = "name,code,aliases\n" + "".join(f"{g} {s},{c},\n" for g, s, c in people)
    out: list[tuple[str, str, str | None]] = []
    for k, (g, s, _code) in enumerate(people):
        other = people[(k + 1) % len(people)][2]  # whose interview this is
        role, say = rng.choice(ROLES), rng.choice(SAYS)
        title = rng.choice(TITLES)
        for text in [f"P1: «{g}», our {role}, {say}.", f"P1: Our {role}, «{g}», {say}.",
                     f"P1: I had {title} «{s}» as my {role}.", f"P1: «{g}» {say}.",
                     f"P1: My {rng.choice(KIN)} «{g}» {say}."]:
            out.append(("third_party", text, other))
    return csv, out
