"""Deterministic generator of the spoken-forms transcript corpora: a development set and a
separately written held-out set.

Verbatim transcripts write speech: "oh seven seven double oh, nine hundred, one two three",
"the fifth of December", "Forty-seven." after "How old are you?", "C F seven, seven B P",
"sarah dot khan at nhs dot net", "G-R-I-F-F-I-T-H-S". These corpora label identifiers as
people say them (and some as transcribers type them), with hard negatives that look alike
(durations, times of day, counts, ordinals that are not dates, bleeps, bare years).

The two sets share only the machinery below (number words, the span builder, the document
writer). Their **templates, value pools, speaker labels and rendering habits are written
separately**: the held-out set's were written before any recognizer was tuned and are never
tuned on, so the gap between the two sets measures over-fitting to the development phrasing.

Regenerate the committed files (same output on any machine)::

    python tests/corpus/spoken/generate.py        # dev.jsonl, dev_register.csv,
                                                  # heldout.jsonl, heldout_register.csv,
                                                  # heldout2.jsonl, heldout2_register.csv
                                                  # heldout3.jsonl, heldout3_register.csv
                                                  # heldout4.jsonl, heldout4_register.csv

A third set, ``heldout2``, was written blind later (round 5 of issue 14); its content is plain
data in ``heldout2.py`` and the Writer habits it needs are off for the two sets above. A fourth,
``heldout3`` (round 6), likewise lives in ``heldout3.py``; its renderings (``Habits.v3``,
``Writer.slot_v3``) are off for every other set. A fifth, ``heldout4`` (round 7), lives in
``heldout4.py``; its renderings (``Habits.v4``, ``Writer.slot_v4``) are off for every other set.
A sixth, ``heldout5`` (round 8), lives in ``heldout5.py``; its renderings (``Habits.v5``,
``Writer.slot_v5``) are off for every other set. A seventh, ``heldout6`` (round 9), lives in
``heldout6.py``; its renderings (``Habits.v6``, ``Writer.slot_v6``) are off for every other set.
An eighth, ``heldout7`` (round 11), lives in ``heldout7.py``; its renderings (``Habits.v7``,
``Writer.slot_v7``) are off for every other set.
A ninth, ``heldout8`` (round 12), lives in ``heldout8.py``; its renderings (``Habits.v8``,
``Writer.slot_v8``, ``CaptionBuilder``) are off for every other set.
A tenth, ``heldout9`` (round 13), lives in ``heldout9.py``; its renderings (``Habits.v9``,
``Writer.slot_v9``, ``DictationBuilder``) are off for every other set.
An eleventh, ``heldout10`` (round 14), lives in ``heldout10.py``; its renderings
(``Habits.v10``, ``Writer.slot_v10``) are off for every other set.
A twelfth, ``heldout11`` (round 15), lives in ``heldout11.py``; its renderings
(``Habits.v11``, ``Writer.slot_v11``, ``AsrBuilder``) are off for every other set.
A thirteenth, ``heldout12`` (round 16), lives in ``heldout12.py``; its renderings
(``Habits.v12``, ``Writer.slot_v12``, ``Writer.turn_v12``) are off for every other set.
A fourteenth, ``heldout13`` (round 17), lives in ``heldout13.py``; its renderings
(``Habits.v13``, ``Writer.slot_v13``, ``Writer.turn_v13``) are off for every other set.
A fifteenth, ``heldout14`` (round 18), lives in ``heldout14.py``; its renderings
(``Habits.v14``, ``Writer.slot_v14``, ``Writer.turn_v14``) are off for every other set.
A sixteenth, ``heldout15`` (round 19), lives in ``heldout15.py``; its renderings
(``Habits.v15``, ``Writer.slot_v15``, ``Writer.turn_v15``) are off for every other set.
A seventeenth, ``heldout16`` (round 20), lives in ``heldout16.py``; its renderings
(``Habits.v16``, ``Writer.slot_v16``, ``Writer.turn_v16``) are off for every other set.

Schema and labelling conventions: ``README.md`` next to this file.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import importlib.util
import io
import itertools
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import ClassVar

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- number words

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINAL_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                 "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
ORDINAL_TENS = {20: "twentieth", 30: "thirtieth"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def cardinal(n: int, hyphen: str = "-", hundred_a: bool = False) -> str:
    """British English words for 0..9999 ("a hundred and twelve" when ``hundred_a``)."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return TENS[tens] + (hyphen + UNITS[unit] if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "a hundred" if hundreds == 1 and hundred_a else UNITS[hundreds] + " hundred"
        return head + (" and " + cardinal(rest, hyphen) if rest else "")
    thousands, rest = divmod(n, 1000)
    head = cardinal(thousands, hyphen) + " thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + cardinal(rest, hyphen)


def ordinal_words(n: int, hyphen: str = "-") -> str:
    if n < 20:
        return ORDINAL_UNITS[n]
    if n in ORDINAL_TENS:
        return ORDINAL_TENS[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + hyphen + ORDINAL_UNITS[unit]


def ordinal_suffix(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def nhs_check_digit(nine: str) -> int | None:
    """Modulus-11 check digit for nine digits, or None when none is valid (10)."""
    check = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1))) % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


# --------------------------------------------------------------------------- rendering habits


@dataclass(frozen=True)
class Habits:
    """How a set's speakers and transcribers say and write numbers (probabilities)."""

    zero_words: tuple[str, ...]          # choices for 0, one per number
    p_double: float                      # "double seven" for a pair
    p_triple: float                      # "triple two" / "treble two" for three
    triple_words: tuple[str, ...]
    p_hundred: float                     # "nine hundred" for a d00 group
    p_pair_number: float                 # "twenty-three" for a two-digit group
    group_seps: tuple[str, ...]          # between digit groups
    digit_seps: tuple[str, ...]          # between digits in a group
    p_mixed: float                       # one group in digits, the rest in words
    p_all_digits: float                  # digits in odd groups ("07700, 900, 123")
    hyphen: tuple[str, ...]              # in "twenty-seven"
    fillers: tuple[str, ...]             # "um" inside a number
    # ---- off unless a set asks (heldout2): the older sets render byte for byte as before
    joiners: tuple[str, ...] = (" ",)    # "double oh" / "double-oh" / "treble-seven"
    p_zero_each: float = 0.0             # pick the word for 0 afresh for each zero
    intl_leads: tuple[str, ...] = ()     # how the +44 is said (empty: the default list)
    at_words: tuple[str, ...] = ("at",)  # "at", "at sign", "at symbol" in a spoken e-mail
    spell_words: tuple[str, ...] = ()    # 26 words for "B for Bravo" spelling, A..Z
    p_spell_words: float = 0.0           # a spelled name or postcode letter gets its word
    p_email_spelled: float = 0.0         # a surname in a spoken e-mail spelled letter by letter
    p_house_digits: float = 0.0          # "two-oh-seven <street>" for 207
    p_timestamps: float = 0.0            # a document whose turns start "[00:14:07] "
    year_extra: bool = False             # "twenty-nineteen", "two thousand nineteen", "oh-nine"
    # ---- off unless a set asks (heldout3, round 6): see Writer.slot_v3
    v3: bool = False                     # the round-6 renderings below
    v3_zero_words: tuple[str, ...] = ()  # "O" (the letter), "nought", "zero", "oh"
    p_group_digits: float = 0.0          # a transcriber types this group in digits mid-number
    p_pairs: float = 0.0                 # a four-digit group said as two pairs ("twenty-three forty-five")
    p_run_hyphen: float = 0.0            # a group run together: "oh-double-seven-one"
    corrections: tuple[str, ...] = ()    # said between a wrong group and the right one
    as_in_words: tuple[str, ...] = ()    # 26 words for "M as in <word>" spelling, A..Z
    email_dots: tuple[str, ...] = ()     # "dot", "full stop", "point"
    p_date_orders: float = 0.0           # (dev2) a spoken date said in another order: "the
    #                                      fifth December", "December fifth", "Tuesday, the ...
    # ---- off unless a set asks (heldout4, round 7): see Writer.slot_v4
    v4: bool = False                     # the round-7 renderings below
    v4_zero_words: tuple[str, ...] = ()  # words for 0 in round-7 numbers
    v4_group_seps: tuple[str, ...] = ()  # "and then", "next", "/" between digit groups
    p_dictation: float = 0.0             # every digit apart, commas between ("oh, seven, ...")
    p_counted: float = 0.0               # a run of three said "three sixes"
    p_hundreds: float = 0.0              # a three-digit group said "seven hundred and eighty-three"
    p_all_pairs: float = 0.0             # a whole number said in pairs ("oh seven, ninety-four, ...")
    p_unclear: float = 0.0               # a transcriber's "[inaudible]" / "[?]" inside a number
    unclear_marks: tuple[str, ...] = ()
    letter_names: tuple[tuple[str, str], ...] = ()  # ("H", "aitch"): a letter said by its name
    p_letter_names: float = 0.0
    v4_at_words: tuple[str, ...] = ()    # "at", "at the rate"
    v4_dot_words: tuple[str, ...] = ()   # "dot", "period"
    # ---- off unless a set asks (heldout5, round 8): see Writer.slot_v5
    v5: bool = False                     # the round-8 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout6, round 9): see Writer.slot_v6
    v6: bool = False                     # the round-9 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout7, round 11): see Writer.slot_v7
    v7: bool = False                     # the round-11 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout8, round 12): see Writer.slot_v8
    v8: bool = False                     # the round-12 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout9, round 13): see Writer.slot_v9
    v9: bool = False                     # the round-13 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout10, round 14): see Writer.slot_v10
    v10: bool = False                    # the round-14 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout11, round 15): see Writer.slot_v11
    v11: bool = False                    # the round-15 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout12, round 16): see Writer.slot_v12
    v12: bool = False                    # the round-16 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout13, round 17): see Writer.slot_v13
    v13: bool = False                    # the round-17 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout14, round 18): see Writer.slot_v14
    v14: bool = False                    # the round-18 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout15, round 19): see Writer.slot_v15
    v15: bool = False                    # the round-19 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout16, round 20): see Writer.slot_v16
    v16: bool = False                    # the round-20 renderings (their words: the set's data)


DEV_HABITS = Habits(
    zero_words=("oh", "oh", "oh", "zero"),
    p_double=0.7, p_triple=0.6, triple_words=("triple",),
    p_hundred=0.35, p_pair_number=0.12,
    group_seps=(", ", ", ", " ", ", um, ", " - ", "... "),
    digit_seps=(" ",),
    p_mixed=0.12, p_all_digits=0.12,
    hyphen=("-", "-", "-", " "),
    fillers=("um", "er"),
)

# written before tuning, and never tuned on (see the module docstring)
HELDOUT_HABITS = Habits(
    zero_words=("oh", "zero", "zero", "nought", "oh"),
    p_double=0.55, p_triple=0.5, triple_words=("triple", "treble"),
    p_hundred=0.3, p_pair_number=0.2,
    group_seps=(", ", " ", " — ", ". ", ", uh, ", ", erm, ", "... ", " "),
    digit_seps=(" ", " ", "-"),
    p_mixed=0.15, p_all_digits=0.15,
    hyphen=("-", " ", "-"),
    fillers=("erm", "uh", "um"),
)


# --------------------------------------------------------------------------- pools


@dataclass(frozen=True)
class Pools:
    register: list[tuple[str, str, tuple[str, ...], str, str]]
    first_names: list[str]
    surnames: list[str]
    towns: list[str]
    cities: list[str]
    streets: list[str]
    hospitals: list[str]
    postcode_outward: list[str]
    email_domains: list[str]
    chi_context: list[str]          # how CHI numbers are introduced
    landline_areas: tuple[tuple[str, int], ...] = ()  # (area code without 0, local length)


DEV_POOLS = Pools(
    register=[
        ("Eleanor", "Griffiths", ("Ellie",), "eleanor.griffiths", "nhs.net"),
        ("Samuel", "Okoro", ("Sam",), "samuel.okoro", "nhs.net"),
        ("Fiona", "Lockhart", (), "fiona.lockhart", "nhs.scot"),
        ("Ravi", "Chandran", (), "ravi.chandran4", "nhs.net"),
        ("Joanne", "Whitaker", ("Jo",), "j.whitaker", "nhs.net"),
        ("Aidan", "Kavanagh", (), "aidan.kavanagh", "nhs.net"),
        ("Bethan", "Morgan", ("Beth",), "bethan.morgan", "wales.nhs.uk"),
        ("Tariq", "Hussain", (), "tariq.hussain2", "nhs.net"),
        ("Claire", "Donnelly", (), "claire.donnelly", "nhs.net"),
        ("Kwabena", "Owusu", ("Kobby",), "kwabena.owusu", "nhs.net"),
        ("Helen", "Barraclough", (), "helen.barraclough", "nhs.net"),
        ("Amir", "Farouk", (), "amir.farouk", "nhs.net"),
        ("Lorna", "McIntyre", (), "lorna.mcintyre", "nhs.scot"),
        ("Peter", "Lindqvist", ("Pete",), "peter.lindqvist", "nhs.net"),
        ("Sunita", "Rao", (), "sunita.rao7", "nhs.net"),
        ("Gavin", "Thornton", (), "gavin.thornton", "nhs.net"),
        ("Nadia", "Haddad", (), "nadia.haddad", "nhs.net"),
        ("Callum", "Ferris", (), "callum.ferris", "nhs.scot"),
        ("Ruth", "Abernethy", (), "ruth.abernethy", "nhs.net"),
        ("Emeka", "Nnamdi", (), "emeka.nnamdi", "nhs.net"),
    ],
    first_names=[
        "Alison", "Brenda", "Carol", "Deborah", "Elaine", "Gillian", "Hazel", "Irene", "Janet",
        "Karen", "Leanne", "Maureen", "Nicola", "Pamela", "Shona", "Tracy", "Yvonne", "Andrew",
        "Brian", "Colin", "Derek", "Graham", "Ian", "Kenneth", "Malcolm", "Neil", "Raymond",
        "Stuart", "Trevor", "Vikram", "Hamza", "Farid", "Chidi", "Tomasz", "Anil", "Rohan",
    ],
    surnames=[
        "Griffiths", "Pritchard", "Holloway", "Atherton", "Blackwood", "Cunningham", "Dawson",
        "Entwistle", "Fairclough", "Gallagher", "Hartley", "Jamieson", "Kenworthy", "Lambert",
        "Marsden", "Nuttall", "Ormerod", "Pickering", "Ramsbottom", "Sowerby", "Thackeray",
        "Underwood", "Varley", "Worthington", "Yardley", "Akinola", "Banerjee", "Chopra",
        "Dhaliwal", "Mensah", "Nowak", "Ostrowski", "Qureshi", "Sandhu",
    ],
    towns=["Hexham", "Morpeth", "Gateshead", "Sunderland", "Durham", "Whitley Bay", "Alnwick",
           "Consett", "Darlington", "Carlisle", "Kendal", "Blyth", "Jarrow", "Penrith"],
    cities=["Newcastle", "Leeds", "Manchester", "Glasgow", "Edinburgh", "Cardiff", "Sheffield",
            "Liverpool", "York", "Aberdeen"],
    streets=["Osborne Avenue", "Jesmond Road", "Heaton Park Road", "Acomb Crescent",
             "Larkspur Terrace", "Highfield Drive", "Beech Grove", "Marlborough Crescent",
             "Sandringham Way", "Windsor Gardens", "Eslington Terrace", "Kells Lane",
             "Chillingham Road", "Benton Lane"],
    hospitals=["the RVI", "the Freeman Hospital", "Sunderland Royal Hospital", "James Cook",
               "Wansbeck General", "the Cumberland Infirmary", "Leeds General Infirmary",
               "Ninewells", "the Royal Infirmary of Edinburgh", "Hexham General"],
    postcode_outward=["NE1", "NE2", "NE6", "NE12", "NE46", "NE61", "DH1", "SR4", "TS5", "DL3",
                      "CA1", "LS6", "M20", "CF14", "EH3", "G12", "AB25", "SW1A", "DD1", "S10"],
    email_domains=["nhs.net", "nhs.net", "gmail.com", "hotmail.co.uk", "ncl.ac.uk",
                   "btinternet.com", "yahoo.co.uk", "outlook.com", "nhs.scot"],
    chi_context=["CHI number", "CHI", "CHI number"],
)

HELDOUT_POOLS = Pools(
    register=[
        ("Harriet", "Pemberton", ("Hattie",), "harriet.pemberton", "nhs.net"),
        ("Obinna", "Eze", (), "obinna.eze", "nhs.net"),
        ("Morag", "Sinclair", (), "morag.sinclair", "nhs.scot"),
        ("Declan", "Fitzpatrick", ("Dec",), "declan.fitzpatrick", "nhs.net"),
        ("Priyanka", "Menon", ("Priya",), "priyanka.menon", "nhs.net"),
        ("Gareth", "Bowen", (), "gareth.bowen", "wales.nhs.uk"),
        ("Yasmin", "Aziz", (), "yasmin.aziz3", "nhs.net"),
        ("Oliver", "Tremlett", ("Olly",), "o.tremlett", "nhs.net"),
        ("Katarzyna", "Wojcik", ("Kasia",), "katarzyna.wojcik", "nhs.net"),
        ("Duncan", "Murray", (), "duncan.murray", "nhs.scot"),
        ("Ifeoma", "Obi", ("Ify",), "ifeoma.obi", "nhs.net"),
        ("Simon", "Ashdown", (), "simon.ashdown", "nhs.net"),
        ("Laura", "Kilbride", (), "laura.kilbride", "nhs.scot"),
        ("Matthew", "Crossley", ("Matt",), "matthew.crossley", "nhs.net"),
        ("Anjali", "Desai", (), "anjali.desai", "nhs.net"),
        ("Rhiannon", "Price", (), "rhiannon.price", "wales.nhs.uk"),
        ("Hassan", "Mirza", (), "hassan.mirza", "nhs.net"),
        ("Gemma", "Rowntree", (), "gemma.rowntree", "nhs.net"),
        ("Euan", "Galbraith", (), "euan.galbraith", "nhs.scot"),
        ("Abimbola", "Adeyemi", ("Bimbo",), "abimbola.adeyemi", "nhs.net"),
        ("Theresa", "Nolan", (), "theresa.nolan", "nhs.net"),
        ("Jonathan", "Whittle", ("Jon",), "jonathan.whittle", "nhs.net"),
    ],
    first_names=[
        "Agnes", "Bernadette", "Cheryl", "Denise", "Fatima", "Gwyneth", "Hilary", "Jacqueline",
        "Kirsteen", "Lesley", "Marion", "Patricia", "Rosemary", "Sheila", "Valerie", "Wendy",
        "Alistair", "Bernard", "Clive", "Dennis", "Gordon", "Howard", "Jeremy", "Kevin",
        "Lionel", "Murray", "Norman", "Rodney", "Terence", "Wasim", "Kofi", "Ashok", "Piotr",
        "Dariusz", "Imtiaz", "Segun",
    ],
    surnames=[
        "Applegarth", "Bramwell", "Cresswell", "Dunmore", "Ellwood", "Featherstone", "Gilchrist",
        "Hebblethwaite", "Illingworth", "Jagger", "Kershaw", "Lumsden", "Micklethwaite", "Naughton",
        "Ogilvie", "Prendergast", "Rushworth", "Stansfield", "Tunstall", "Urquhart", "Venables",
        "Wetherell", "Ackroyd", "Bhattacharya", "Chakraborty", "Dlamini", "Eriksen", "Kowalczyk",
        "Lewandowski", "Oyelaran", "Raghavan", "Szymanski", "Tiwari", "Zielinski",
    ],
    towns=["Shrewsbury", "Telford", "Kidderminster", "Stafford", "Lichfield", "Tamworth",
           "Nuneaton", "Banbury", "Stroud", "Hereford", "Wrexham", "Llanelli", "Stirling",
           "Dumfries"],
    cities=["Coventry", "Wolverhampton", "Derby", "Exeter", "Plymouth", "Norwich", "Swansea",
            "Bristol", "Inverness", "Dundee"],
    streets=["Hagley Road", "Pershore Road", "Alcester Road", "Warwick Road", "Manor Close",
             "Orchard Way", "Meadow Rise", "Willow Drive", "Castle Street", "Grange Avenue",
             "Rectory Road", "Greenhill Street", "Wellington Road", "Barley Close"],
    hospitals=["New Cross Hospital", "Royal Stoke", "Derriford", "Worcestershire Royal",
               "the Norfolk and Norwich", "Morriston", "Raigmore", "Musgrove Park",
               "Forth Valley Royal", "Glan Clwyd"],
    postcode_outward=["B29", "CV1", "WV10", "DY1", "ST4", "SY3", "WR5", "DE22", "PL6", "EX2",
                      "NR4", "SA6", "LL18", "IV2", "FK5", "KY1", "PA2", "NP20", "W1G", "EC1A",
                      "BT9", "G3"],
    email_domains=["nhs.net", "nhs.net", "gmail.com", "icloud.com", "live.co.uk",
                   "bham.ac.uk", "doctors.org.uk", "sky.com", "nhs.scot", "aol.co.uk"],
    chi_context=["CHI number", "CHI no", "community health index number", "CHI"],
)

POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


# --------------------------------------------------------------------------- builder


@dataclass
class Builder:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[dict[str, object]] = field(default_factory=list)

    def lit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def ent(self, s: str, type_: str, participant: str | None = None, form: str = "") -> None:
        assert s and s == s.strip(), repr(s)
        self.spans.append({"start": self.length, "end": self.length + len(s), "type": type_,
                           "participant": participant, "form": form})
        self.lit(s)

    def text(self) -> str:
        return "".join(self.parts)

    def at_sentence_start(self) -> bool:
        tail = "".join(self.parts[-3:])[-4:] if self.parts else ""
        return not tail or bool(re.search(r"(?:^|[.?!:\n\]]\s*|\"|“)$", tail))


@dataclass
class CaptionBuilder(Builder):
    """heldout8: an automatic-caption export, half corrected by hand. A turn nobody corrected
    (``raw`` False) is lower case without commas; names in it get forms starting "cc_"."""

    raw: bool = False

    @staticmethod
    def caption(s: str) -> str:
        return s.lower().replace(",", "")

    def lit(self, s: str) -> None:
        super().lit(s if self.raw else self.caption(s))

    def ent(self, s: str, type_: str, participant: str | None = None, form: str = "") -> None:
        if not self.raw:
            s = self.caption(s).strip()
            if not form.startswith("sp_") and type_ in ("PERSON", "LOCATION", "HOSPITAL"):
                form = "cc_" + form
        super().ent(s, type_, participant, form)


@dataclass
class DictationBuilder(Builder):
    """heldout9: a participant's answer typed by speech recognition that left its spoken
    commands in as words ("full stop", "comma", "question mark"). ``on`` False: typed text."""

    on: bool = False
    swaps: tuple[tuple[str, str], ...] = ()  # words the recogniser mishears (the set's data)

    def lit(self, s: str) -> None:
        if self.on:
            for heard, typed in self.swaps:
                s = re.sub(r"\b" + re.escape(heard) + r"\b", typed, s)
            s = s.replace("...", " dot dot dot")
            s = re.sub(r"\s*\?", " question mark", s)
            s = re.sub(r"\s*,", " comma", s)
            s = re.sub(r"\s*!", " exclamation mark", s)
            s = re.sub(r"(?<=\S)\.(?=\s|$)", " full stop", s)
            s = re.sub(r"^\.(?=\s|$)", " full stop", s)
        super().lit(s)

    def ent(self, s: str, type_: str, participant: str | None = None, form: str = "") -> None:
        on, self.on = self.on, False  # the span's own text is typed as it is given here
        if on:
            s = re.sub(r"\s+", " ", re.sub(r"\.\.\.\s*|\.\s+", " ", s).replace(",", " comma")).strip()
        super().ent(s, type_, participant, form)
        self.on = on


_ASR_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ASR_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ASR_UNITS = "one|two|three|four|five|six|seven|eight|nine"


def asr_numerals(s: str) -> str:
    """heldout11: what a recogniser does to a number said in words ("thirty-two beds" -> "32
    beds"); one to nine stay words, as most recognisers leave them."""
    def tens(m: re.Match[str]) -> str:
        n = TENS.index(m.group(1)) * 10
        return str(n + (UNITS.index(m.group(2)) if m.group(2) else 0))
    s = re.sub(rf"\b({_ASR_TENS})(?:[- ]({_ASR_UNITS}))?\b", tens, s)
    return re.sub(rf"\b({_ASR_TEENS})\b", lambda m: str(UNITS.index(m.group(1))), s)


@dataclass
class AsrBuilder(Builder):
    """heldout11: raw speech-recognition output nobody corrected: lower case, no punctuation, no
    speaker labels, numbers as numerals, a time range before every line of about a dozen words.
    The recogniser's mishearings (``swaps``) are the set's data; spans are given as heard."""

    swaps: tuple[tuple[str, str], ...] = ()
    seed: str = ""
    clock: float = 0.0
    on_line: int = 0
    width: int = 12
    fresh: bool = True

    def __post_init__(self) -> None:
        self.r = random.Random(self.seed)
        self.clock = self.r.uniform(30.0, 600.0)

    def stamp(self) -> None:
        def ts(t: float) -> str:
            return f"{int(t) // 60:02d}:{t % 60:06.3f}"
        start = self.clock + self.r.uniform(0.0, 1.2)
        self.clock = start + self.r.uniform(2.5, 7.5)
        Builder.lit(self, f"[{ts(start)} --> {ts(self.clock)}]  ")
        self.on_line = 0
        self.width = self.r.randint(9, 15)
        self.fresh = True

    @staticmethod
    def heard(s: str) -> str:
        s = re.sub(r"\[[^\]]*\]\s*", "", s)
        s = re.sub(r"[.,?!;:\"“”()—…]", " ", s.replace("...", " "))
        s = re.sub(r"(?<=\w)-(?=\w)", " ", s).replace(" -- ", " ").replace(" - ", " ")
        return re.sub(r"[ \t]+", " ", s.lower())

    def lit(self, s: str) -> None:
        for said, typed in self.swaps:
            s = re.sub(r"\b" + re.escape(said) + r"\b", typed, s)
        s = self.heard(asr_numerals(s))
        if s.startswith("\n") and self.parts and self.parts[-1].endswith(" "):
            kept = self.parts[-1].rstrip(" ")  # a lit part: no span ends in a space
            self.length -= len(self.parts[-1]) - len(kept)
            self.parts[-1] = kept
        out = ""
        for tok in re.split(r"( )", s):
            if tok == " " and (self.fresh or out.endswith(" ")
                               or (not out and self.parts and self.parts[-1].endswith(" "))):
                continue
            if tok == " " and self.on_line >= self.width:
                super().lit(out.rstrip(" ") + "\n")
                out = ""
                self.stamp()
                continue
            if tok and tok != " ":
                self.on_line += 1
                self.fresh = False
            out += tok
        super().lit(out)

    def ent(self, s: str, type_: str, participant: str | None = None, form: str = "") -> None:
        if not form.startswith("sp_") and type_ in ("PERSON", "LOCATION", "HOSPITAL"):
            s, form = self.heard(s).strip(), "asr_" + form
        s = s.lower()
        assert s and s == s.strip(), repr(s)
        self.spans.append({"start": self.length, "end": self.length + len(s), "type": type_,
                           "participant": participant, "form": form})
        Builder.lit(self, s)  # the span's text as given: not heard again
        self.on_line += len(s.split())
        self.fresh = False


@dataclass
class Person:
    first: str
    sur: str
    aliases: tuple[str, ...] = ()
    code: str | None = None
    email: str | None = None
    title: str = "Dr"


# --------------------------------------------------------------------------- templates
# Slots: {who:form} for people (self, reg, col, sup, mentor, rel, partner, pm), forms
# full, first, sur, title, alias, any; {SPELLED:who} spells who's surname letter by letter.
# Identifiers: {AGE:form[:range]}, {DATE:form}, {DAYONLY}, {DOB}, {BIRTHYEAR}, {PHONE:form},
# {NHS:form}, {CHI:form}, {GMC:form}, {POSTCODE:form}, {EMAIL:who:form}, {ADDR:form},
# {TOWN}, {CITY}, {HOSP}. Negatives (plain text): {DUR}, {TIME}, {COUNT}, {ORDNEG}, {BLEEP},
# {BADNUM}, {YEAR}, {SCORE}, {ROOM}, {NUM7}.
# A template is a list of turns: "I|..." interviewer, "P|..." participant.


@dataclass(frozen=True)
class Templates:
    labels: list[tuple[str, str]]            # (interviewer label, participant label or "{code}")
    opening: list[list[str]]
    closing: list[list[str]]
    exchanges: list[list[str]]               # identifier-rich question/answer exchanges
    talk: list[str]                          # free participant sentences
    questions: list[str]                     # free interviewer questions
    filler: list[str]                        # identifier-free, many hard negatives
    backchannel: list[str]
    openers: list[str]
    negatives: dict[str, list[str]] = field(default_factory=dict)  # {NEG:key}: plain text


DEV = Templates(
    labels=[("Interviewer", "{code}"), ("INT", "{code}"), ("I", "{code}"), ("Interviewer", "{code}")],
    opening=[
        ["I|Okay, we're recording. So this is the interview with {self:full}, and today is the {DATE:sp_dom_y}.",
         "P|Yep, that's me. Hi."],
        ["I|Right, that's on. Just for the recording, could you say your name and your role?",
         "P|Sure. {self:full}, I'm a consultant in {SPEC} at {HOSP}."],
        ["I|So, um, thanks for doing this. It's {DATE:sp_weekday_dom}, and you're {self:first}, yes?",
         "P|That's right. {self:first} {self:sur}."],
    ],
    closing=[
        ["I|That's brilliant, thank you. What's the best email for the transcript?",
         "P|Um, {EMAIL:self:spoken}. All lower case."],
        ["I|Lovely. And just for the voucher, what's your address?",
         "P|It's {ADDR:spoken}, {TOWN}, {POSTCODE:spoken}."],
        ["I|Thanks so much. Can I just check your number for the follow-up call?",
         "P|Yeah, it's {PHONE:mobile}. Evenings are best."],
        ["I|Okay, I'll stop it there. Thanks ever so much, {self:first}.",
         "P|No worries. Oh, and my personal email is {EMAIL:self_other:spoken}, if the work one bounces."],
    ],
    exchanges=[
        # ages
        ["I|And, um, how old are you, if you don't mind me asking?", "P|{AGE:answer}."],
        ["I|Can I ask how old you are?", "P|Oh, {AGE:interjection}. [laughs]"],
        ["I|And your age, for the demographics bit?", "P|God, {AGE:interjection_digits}. Don't remind me."],
        ["I|How old are you now?", "P|{AGE:last_month} last month, actually."],
        ["I|And how old were you then?", "P|I was, um, {AGE:words:young}? Yeah, {AGE:words:young}."],
        ["I|What age were you when you qualified?", "P|{AGE:answer:qual}. Bit of a late starter."],
        ["I|How old was your dad, when that happened?", "P|He was {AGE:words:elderly}. {AGE:answer:elderly} in the March."],
        ["I|Sorry, how old is your son?", "P|{AGE:answer:child}, going on {AGE:answer:child}. [laughs]"],
        ["I|And you'd just had a birthday?", "P|Yeah, I turned {AGE:turned}. Big one."],
        ["P|My consultant actually said to me, are you {AGE:question} yet? As if that was the problem."],
        ["P|I'm in my {AGE:decade}, so I remember when mentoring was just, you know, a pint after work."],
        ["P|She was in her late {AGE:decade}, I think, and just exhausted."],
        ["I|How old was the patient?", "P|{AGE:answer:patient}. Lived on her own."],
        ["P|I'd have been {AGE:words:qual} when I started as an F1, so, yeah."],
        ["P|He's {AGE:words:elderly} now and still asks when I'm going to get a proper job."],
        ["P|We had a lad of {AGE:words:young} in resus, and I just, I went home and cried."],
        # age hard negatives: numbers as answers to how-many / how-long questions
        ["I|How many patients would you see in a day?", "P|Forty, maybe fifty on a bad day."],
        ["I|How long were you off in the end?", "P|Six weeks. Then a phased return."],
        ["I|And how long have you been a consultant?", "P|Ten, eleven years now."],
        ["I|How many of you were there on the rota?", "P|Twenty-two trainees, and four of them on nights."],
        # dates
        ["I|When did you first meet your mentor?", "P|It was the {DATE:sp_dom}, um, in the library at {HOSP}."],
        ["I|Do you remember when you went off sick?", "P|{DATE:sp_md}. I'll never forget it."],
        ["I|And when was the ARCP?", "P|{DATE:sp_weekday}, I think. Yeah, a {WEEKDAY}."],
        ["I|When did you start the scheme?", "P|{DATE:sp_month_year}, right in the middle of Covid."],
        ["I|When was the hearing?", "P|It was on the {DATE:sp_dom_y}."],
        ["P|My last shift there was {DATE:sp_md_y}, and nobody even said goodbye.",
         "I|Sorry, did you say the {DAYONLY}?", "P|The {DAYONLY}, yeah."],
        ["P|The rota changed on {DATE:md_the}, so that's when it all kicked off."],
        ["I|And when did the complaint come in?", "P|{DATE:sp_weekday_dom}. A Friday afternoon, of course."],
        ["P|We got married on the {DATE:sp_dom_y}, and I was on call the week after."],
        ["I|When's your date of birth, for the form?", "P|{DOB}."],
        ["I|Could you just confirm your date of birth?", "P|Yeah, it's {DOB}."],
        ["P|I was born in {BIRTHYEAR}, so I'm, I'm one of the older ones on the scheme."],
        ["P|The inquest was {DATE:sp_md}, at the coroner's court in {CITY}."],
        ["P|I think it was the {DATE:sp_dom}. Or, no, the {DAYONLY}. The {DAYONLY} of that month."],
        ["I|Was that in {MONTH}?", "P|Yeah, the {DAYONLY}. A Tuesday."],
        ["P|My appraisal was {DATE:written}, and the mentoring started a month later."],
        ["P|I went back to work on {DATE:sp_weekday}, which was too soon."],
        # date hard negatives
        ["I|When did you first notice you were struggling?", "P|Probably my second year as a reg. The third time I cried in the car, I knew."],
        ["P|The meeting's at {TIME}, every second Tuesday, in the seminar room on the tenth floor."],
        ["P|First of all, you're on the rota for {DUR}, then you get a fortnight off if you're lucky."],
        ["P|May I just go back to that? Because it may not have come across right."],
        ["P|In twenty nineteen I moved jobs, and in {YEAR} I moved again."],
        ["P|They'd march you in, you'd sit there for {DUR}, and then they'd march you out."],
        # phones
        ["I|What's the best number to get you on?", "P|My mobile's {PHONE:mobile}."],
        ["I|And a landline, just in case?", "P|Um, the practice is {PHONE:landline}, but ask for me by name."],
        ["P|{col:first} gave me her number, {PHONE:mobile}, and said ring any time, day or night."],
        ["I|Sorry, can you repeat that?", "P|{PHONE:mobile}. Yeah."],
        ["P|The ward number was {PHONE:landline}, and the family rang it every hour."],
        ["P|If you're calling from abroad it's {PHONE:intl}, I've got a lot of family abroad who use it."],
        ["P|You can text me on {PHONE:groups}."],
        ["P|I still know the number off by heart, {PHONE:any}, which is weird."],
        # NHS, CHI, GMC
        ["P|His NHS number was {NHS:spoken}, I can still see it on the screen."],
        ["I|Did you have the NHS number?", "P|Yeah, I read it out twice, {NHS:spoken}, and they still got it wrong."],
        ["P|The NHS number on the referral was {NHS:groups}, which was somebody else entirely."],
        ["P|Up in Scotland it's the CHI, and hers was {CHI:spoken}. It's got the date of birth in it."],
        ["P|The {CHI_CONTEXT} on the label was {CHI:spoken}, and the wristband said something different."],
        ["P|Her CHI number, {CHI:groups}, I wrote it on my hand."],
        ["I|And your GMC number, for the record?", "P|{GMC:spoken}."],
        ["P|My GMC number's {GMC:spoken}, they want it on every single form."],
        ["P|He gave me his GMC, {GMC:spoken}, so I could look him up on the register."],
        ["P|I'm on the GMC register under {GMC:groups}, since, God, forever."],
        # number hard negatives
        ["P|The bleep went, {BLEEP}, and I just froze."],
        ["P|The complaint reference was {BADNUM}, I've still got the letter somewhere."],
        ["P|The rota code was {NUM7}, nobody could explain it."],
        ["P|We were in room {ROOM}, the one with no windows."],
        ["P|I'd have rated it, what, {SCORE}? It was fine."],
        ["P|There were {COUNT} on the waiting list and three of us."],
        ["P|I rang one one one from the car park, which, as a doctor, is ridiculous."],
        # postcodes and addresses
        ["I|And what's your postcode?", "P|It's {POSTCODE:spoken}."],
        ["P|We were living at {ADDR:spoken} then, it's, um, {POSTCODE:spoken}."],
        ["P|My mum's still at {ADDR:spoken}, in {TOWN}."],
        ["P|The surgery's at {ADDR:written}, {POSTCODE:written}, right by the Metro."],
        ["I|Where are you based these days?", "P|We bought a place on {ADDR:spoken} in {TOWN}. Postcode {POSTCODE:spoken}."],
        # postcode hard negatives
        ["P|I was an F one then, F two the year after, then ST three in {SPEC}."],
        ["P|We'd drive down the A one, then the M six, and it was four hours door to door."],
        # emails
        ["I|What's the best email for you?", "P|{EMAIL:self:spoken}."],
        ["P|You can email {col:first} on {EMAIL:col:spoken}, she set the whole thing up."],
        ["P|My work one is {EMAIL:self:spoken}, but I never check it."],
        ["P|I emailed the scheme at {EMAIL:other:spoken} and never heard back."],
        ["P|Send it to {EMAIL:other:typed}, that's probably easiest."],
        ["P|At the end of the day it's all dot points on a form, isn't it?"],
        # spelled names
        ["P|My supervisor was {col:title}.", "I|Sorry, how do you spell that?", "P|{SPELLED:col}."],
        ["P|It's {self:sur}, that's {SPELLED:self}, they always get it wrong."],
        ["P|There was a registrar, {col:sur}, {SPELLED:col}, and she was the one who noticed."],
        ["I|Can you spell the surname for me?", "P|Yeah, {SPELLED:rel}."],
        ["P|I did an audit on, um, C-T scans, and the N-H-S app stuff, and the G-M-C survey."],
        # people, places (written)
        ["P|{mentor:first} was my mentor, a consultant at {HOSP}, and honestly brilliant."],
        ["P|I trained in {CITY} and then did my foundation years in {TOWN}."],
        ["P|{reg:full} and I were paired up through the deanery."],
        ["P|I think {col:first} noticed before I did, to be honest."],
    ],
    talk=[
        "I did my F1 at {HOSP}, which was a baptism of fire.",
        "I live out in {TOWN}, so it's a trek into {CITY} every day.",
        "My mentor was {mentor:title}, who'd done it for years.",
        "{mentor:first} used the GROW model a lot, which I found quite useful.",
        "I was signed off for {DUR}, and then a phased return.",
        "We met every six weeks or so in the café at {HOSP}.",
        "My wife, {partner:first}, said I'd stopped talking at dinner.",
        "The practice manager, {pm:first}, was really understanding about it.",
        "{col:full} went through exactly the same thing the year before.",
        "I'd ring {partner:first} from the car park every night, basically.",
        "I was on nights for {DUR}, and it broke me a bit.",
        "My son was {AGE:words:child} and I missed his birthday for a night shift.",
        "She was only {AGE:words:young}, and her mum was there the whole time.",
        "He was a fit {AGE:words:patient}-year-old, ran marathons, and then that.",
        "I'm {AGE:words} and I still feel like I'm blagging it.",
        "The meeting was on the {DATE:sp_dom}, I remember because it snowed.",
        "I started on {DATE:sp_md}, straight onto nights.",
        "We had the away day on {DATE:sp_weekday_dom}, at a hotel in {TOWN}.",
        "It was {DATE:sp_month_year} when I finally asked for help.",
        "I had my first session on {DATE:written}.",
        "I started the scheme in {DATE:written_my}, after a bad winter.",
        "I had to ring {col:first} on {PHONE:any} at two in the morning.",
        "The patient's daughter, {rel:full}, complained, and it went to the GMC.",
    ],
    questions=[
        "So, {self:first}, can you tell me a bit about your current role?",
        "What does mentoring mean to you, in your own words?",
        "How did that relationship start?",
        "And how did that feel at the time?",
        "Can you say a bit more about that?",
        "What's kept you going, do you think?",
        "Did you use any particular model, like GROW?",
        "Was there any support from occupational health?",
        "How did your family cope with the hours?",
        "Is there anything we haven't covered?",
    ],
    filler=[
        "Um, yeah, I mean, it's, it's hard to say really.",
        "It was {DUR} of just, just surviving, really.",
        "I'd do a week of nights, then sleep for {DUR}.",
        "The handover's at {TIME}, and you're lucky to leave by nine.",
        "Honestly, the third time it happened I just stopped reporting it.",
        "It was my second year in {SPEC}, and the first time I'd felt like that.",
        "We lost three GPs in {DUR}, and nobody replaced them.",
        "There were {COUNT} on the list, easily.",
        "I think I'd give the scheme {SCORE}, honestly.",
        "[laughs] Sorry, I'm rambling.",
        "I don't know if that answers your question.",
        "You may not want to hear that, but it's true.",
        "I will say the deanery were, um, fine, in the end.",
        "Thirty minutes for lunch, if you're lucky, and you spend it on the phone.",
        "We'd all be in at half seven for the board round.",
        "The GROW model is fine, but it can feel a bit formulaic.",
        "[inaudible] ... sorry, the signal's bad here.",
        "It's the culture, isn't it? Nobody wants to be the one who can't cope.",
        "We were all thirty-somethings with no idea what we were doing.",
        "I was on the tenth floor, in the old block, for the first couple of months.",
    ],
    backchannel=["Mm-hm.", "Yeah.", "Right, okay.", "Mm.", "Sure.", "Okay."],
    openers=["", "", "", "Um, ", "So ", "Yeah, so ", "I mean, ", "Well, ", "Er, "],
)

# ---------------------------------------------------------------- held-out templates
# Written before any recognizer was tuned; never tuned on. Different phrasings, speakers
# (labels), pools and habits from the development set.

HELDOUT = Templates(
    labels=[("Researcher", "{code}"), ("R", "{code}"), ("Speaker 1", "Speaker 2"),
            ("Q", "A"), ("Researcher", "{code}")],
    opening=[
        ["I|Okay, the recorder's going. It's {DATE:sp_md_y}, interview with {self:full}. Is that all right?",
         "P|Yes, fine. Go ahead."],
        ["I|Lovely. Before we start, can you confirm your date of birth for our records?",
         "P|Erm, {DOB}."],
        ["I|Right. So first, tell me who you are and what you do.",
         "P|{self:full}. GP partner, {TOWN}, been there since {DATE:sp_month_year}."],
        ["I|Thanks for making time. Just to note, today's {DATE:sp_weekday_dom}.",
         "P|Is it? God, the weeks fly. [laughs]"],
    ],
    closing=[
        ["I|Where should we send the summary?", "P|Best is {EMAIL:self:spoken}, that's all one word for the first bit."],
        ["I|And a phone number, in case we need to follow up?", "P|Landline's {PHONE:landline}, mobile {PHONE:mobile}."],
        ["I|We'll post the gift card. What address?", "P|{ADDR:spoken}, {TOWN}. Postcode, erm, {POSTCODE:spoken}."],
        ["I|Thank you, that's been really helpful.", "P|My pleasure. Oh, my email's {EMAIL:self_other:spoken} if you need me outside work."],
    ],
    exchanges=[
        # ages
        ["I|Could I ask your age?", "P|Sure. {AGE:answer}."],
        ["I|What age are you now, roughly?", "P|Er, {AGE:answer}, {AGE:answer} in {MONTH}."],
        ["I|And you are how old, if that's okay?", "P|Blimey. {AGE:interjection}. Feels older."],
        ["I|How old were you at the time?", "P|Ooh. {AGE:interjection}? No, {AGE:interjection}."],
        ["I|What's your age bracket, for the form?", "P|I'm {AGE:words}. Well, {AGE:words} next week."],
        ["I|How old are your kids?", "P|{AGE:answer:child} and {AGE:answer:child}. Both at the high school."],
        ["I|Sorry, how old did you say he was?", "P|{AGE:answer:elderly}. He'd had a fall at home."],
        ["P|I hit {AGE:turned} during the first lockdown, which was a weird birthday."],
        ["P|When I was {AGE:words:young} I thought I'd be a surgeon. [laughs]"],
        ["P|He kept saying, you're not {AGE:question}, are you? Like it was an insult."],
        ["P|Most of the partners are in their {AGE:decade}, so I'm the baby."],
        ["P|I'll be {AGE:words} in the spring, and I'm already counting down to retirement."],
        ["P|A woman of {AGE:words:patient}, on her own, and nobody had been to see her for days."],
        ["P|My daughter's just turned {AGE:turned:child}, so she's into everything."],
        ["I|And your partner, if you don't mind, how old?", "P|{AGE:last_month} last birthday."],
        ["P|I qualified at {AGE:words:qual}, straight through, no gap year."],
        # age hard negatives
        ["I|How many partners does the practice have?", "P|Seven. Well, six and a half."],
        ["I|How long is a typical session?", "P|Forty minutes, but it always runs over."],
        ["I|How many hours did you do that week?", "P|Seventy-two, I think, once I added it up."],
        ["I|How long were you there?", "P|Twelve years. Longer than my marriage. [laughs]"],
        # dates
        ["I|When did that start?", "P|The {DATE:sp_dom}, I think. Or the week after."],
        ["I|Do you remember the date?", "P|Yes. {DATE:sp_md_y}. It's burned in."],
        ["I|When was the tribunal?", "P|Erm, {DATE:sp_weekday}. No, the Wednesday. The Wednesday after."],
        ["I|When did you join?", "P|{DATE:sp_month_year}. Just before everything shut."],
        ["I|Which day was that?", "P|The {DAYONLY}. Definitely the {DAYONLY}."],
        ["P|It was in {MONTH}, the {DAYONLY} or thereabouts, that I rang occupational health."],
        ["P|My mentor retired on the {DATE:sp_dom_y}, and I felt a bit, a bit cut loose."],
        ["P|The paperwork said {DATE:md_the}, but I'd actually started the week before."],
        ["P|We moved on {DATE:sp_weekday_dom}. Two kids, one van, no sleep."],
        ["I|And your date of birth?", "P|{DOB}. Sorry, do you need the year as well? I said it."],
        ["P|Born in {BIRTHYEAR}, so I trained when the hours were still brutal."],
        ["P|The letter was dated {DATE:written}, but it arrived on the {DAYONLY}."],
        ["P|They moved the exam to {DATE:sp_md}, which was my wedding anniversary."],
        ["P|I last saw her on the {DATE:sp_dom}, at the Christmas do."],
        # date hard negatives
        ["P|It was the fourth or fifth time I'd asked, and the second time they'd said no."],
        ["P|We start at a quarter to eight and I'm rarely out before seven thirty."],
        ["P|Every third weekend, plus a Monday once a month."],
        ["P|You may think that's harsh. Mind, it may well be."],
        ["P|Two thousand and eight was when the money went, really, and {YEAR} was the low point."],
        ["P|In my first year I was on the fifth floor, and by my second I'd moved to the annexe."],
        # phones
        ["I|What number's best?", "P|Mobile, {PHONE:mobile}."],
        ["P|The number for the team is {PHONE:landline}, they're really good."],
        ["P|She rang from {PHONE:any} at midnight, and I knew straight away."],
        ["I|Can you say that again, slowly?", "P|{PHONE:mobile}."],
        ["P|From overseas, {PHONE:intl}. My brother uses that one."],
        ["P|Her number was {PHONE:groups}, written on a scrap of paper."],
        ["P|Try me on {PHONE:any}, after six."],
        # NHS, CHI, GMC
        ["P|The patient's NHS number, {NHS:spoken}, was on the wrong notes."],
        ["I|You remember the number?", "P|The NHS one? {NHS:spoken}. Funny what sticks."],
        ["P|I copied the NHS number down as {NHS:groups}, and of course I'd swapped two digits."],
        ["P|In Scotland you use the {CHI_CONTEXT}, and his was {CHI:spoken}."],
        ["P|The {CHI_CONTEXT} was {CHI:groups}, that's how we found her records."],
        ["I|Do you know your GMC number?", "P|Course. {GMC:spoken}."],
        ["P|My GMC reference number is {GMC:spoken}, I know it better than my own phone."],
        ["P|GMC number {GMC:groups}, if you want to check."],
        ["P|They quoted my GMC registration, {GMC:spoken}, back at me in the letter."],
        # number hard negatives
        ["P|Extension {BLEEP}, if you ever need the ward."],
        ["P|The case number was {BADNUM}, for the coroner."],
        ["P|Badge number {NUM7}, I had to type it in every time."],
        ["P|Bay {ROOM}, that's where it happened."],
        ["P|Pain was, like, {SCORE}, she said."],
        ["P|We've got {COUNT}, and two of us doing the visits."],
        ["P|It's nine nine nine or one one one, and people don't know which."],
        # postcodes and addresses
        ["I|Your postcode, for the map?", "P|{POSTCODE:spoken}."],
        ["P|The flat was {ADDR:spoken}, {POSTCODE:spoken}, above a chip shop."],
        ["P|Send it to the house, {ADDR:spoken}, {TOWN}."],
        ["P|The practice is at {ADDR:written}, {POSTCODE:written}."],
        ["P|We're on {ADDR:spoken}, the postcode's {POSTCODE:spoken}, you can't miss it."],
        # postcode hard negatives
        ["P|I did F one in {TOWN}, F two in {CITY}, and CT one back here."],
        ["P|It's just off the M five, and then the A four four nine."],
        # emails
        ["I|And email?", "P|{EMAIL:self:spoken}."],
        ["P|Drop {col:first} a line on {EMAIL:col:spoken}, she's lovely."],
        ["P|I used to get them at {EMAIL:other:spoken}, but I've closed that one."],
        ["P|For the practice it's {EMAIL:other:spoken}."],
        ["P|Write to {EMAIL:other:typed}, I check it daily."],
        ["P|It was bang on the dot, at eight, and he was already at the desk."],
        # spelled names
        ["P|The consultant was {col:title}.", "I|How's that spelt?", "P|{SPELLED:col}."],
        ["P|My surname's {self:sur}, {SPELLED:self}, people always add an extra letter."],
        ["P|There was a Dr {col:sur}. {SPELLED:col}. He was, he was the one who stepped in."],
        ["I|Could you spell the family's name?", "P|{SPELLED:rel}, I think."],
        ["P|We had the C-Q-C in, and an H-R investigation, all in the same month."],
        # people, places (written)
        ["P|{mentor:first} mentored me for years at {HOSP}."],
        ["P|I grew up in {CITY}, then moved to {TOWN} for the job."],
        ["P|{reg:full} was on the same scheme, actually."],
        ["P|{col:first} was the first to notice, to be fair."],
    ],
    talk=[
        "I've been a partner at the practice for {DUR}.",
        "We moved to {TOWN} when my husband got a job at {HOSP}.",
        "{mentor:title} took me under her wing, really.",
        "It was {DUR} before I felt like myself again.",
        "My partner, {partner:first}, basically ran the house.",
        "{pm:first} in the office covered for me more than once.",
        "{col:full} left medicine that year, and that shook me.",
        "I'd sit in the car outside {HOSP} and just, just not go in.",
        "She was {AGE:words:patient}, and so frail.",
        "My eldest is {AGE:words:child}, she picks up on everything.",
        "I remember {DATE:sp_md}, because it was the day I rang the helpline.",
        "We had the review on {DATE:sp_weekday_dom}.",
        "It all came to a head in {DATE:sp_month_year}.",
        "The first session was on {DATE:written}.",
        "I went part-time in {DATE:written_my}, which saved me.",
        "I messaged {col:first} on {PHONE:any} and she came straight over.",
        "The son, {rel:full}, wrote to the chief executive.",
        "I've done {DUR} of nights this year alone.",
    ],
    questions=[
        "Tell me about how you came to be mentored.",
        "What did a good session look like?",
        "How did you look after yourself during that time?",
        "What would you change about the programme?",
        "How did colleagues react?",
        "Was there anyone outside work you leaned on?",
        "Anything else you'd like to add?",
        "Did the Skilled Helper framework come up at all?",
    ],
    filler=[
        "Erm, it's hard to put into words, honestly.",
        "We're talking {DUR} without a proper break.",
        "Clinic starts at {TIME}, and the first patient is always late.",
        "For the second time that week, I went home and didn't eat.",
        "It was my third year in {SPEC} and I'd never felt that low.",
        "There were {COUNT}, and the locums kept cancelling.",
        "I'd say {SCORE}, maybe less.",
        "[laughs] Anyway.",
        "I'm not sure that's what you were asking.",
        "It may be different now, I don't know.",
        "Forty minutes on hold to occupational health. Forty.",
        "Half eight, every morning, huddle in the office.",
        "[inaudible 00:21:17] ... sorry, the dog.",
        "It's just the way it is in general practice, isn't it?",
        "We were a bunch of forty-somethings trying to keep it going.",
        "The first thing I'd say is get a mentor early.",
    ],
    backchannel=["Mm.", "Okay.", "Right.", "Yes.", "Uh-huh.", "I see."],
    openers=["", "", "", "Erm, ", "So, ", "Yeah. ", "Honestly, ", "Well, ", "Uh, "],
)

# plain-text negatives (no span) -----------------------------------------------------------
DURATIONS = ["six months", "two years", "eighteen months", "three weeks", "a fortnight",
             "nine days", "about a year", "four months", "ten years", "a couple of weeks",
             "two and a half years", "a few months", "five weeks", "twelve weeks"]
TIMES = ["half seven", "ten past nine", "quarter to eight", "seven thirty", "eight o'clock",
         "twenty past eight", "eleven at night", "two in the morning", "nine a.m.", "half past one"]
COUNTS = ["forty patients", "twelve thousand patients", "fifty beds", "thirty-odd referrals",
          "two hundred and forty patients", "sixty-five people", "ninety-one referrals",
          "eighteen trainees", "twenty-eight beds"]
SCORES = ["seven out of ten", "six out of ten", "eight out of ten", "a four out of ten"]
SPECIALTIES = ["paediatrics", "anaesthetics", "psychiatry", "general surgery", "acute medicine",
               "geriatrics", "radiology", "general practice", "palliative care", "cardiology"]


# --------------------------------------------------------------------------- writer


class Writer:
    """Renders one transcript from a set's templates, pools and habits with exact spans."""

    def __init__(self, rng: random.Random, me: Person, register: list[Person], pools: Pools,
                 templates: Templates, habits: Habits) -> None:
        self.rng, self.pools, self.t, self.h = rng, pools, templates, habits
        self.b = Builder()
        others = [p for p in register if p.code != me.code]
        self.cast: dict[str, Person] = {"self": me, "reg": rng.choice(others)}
        self.cast["mentor"] = (rng.choice(others) if rng.random() < 0.3
                               else self.new_person(rng.choice(["Dr", "Professor"])))
        for role in ("col", "sup"):
            self.cast[role] = self.new_person(rng.choice(["Dr", "Dr", "Mr", "Ms"]))
        self.cast["rel"] = self.new_person(rng.choice(["Mrs", "Mr"]))
        self.cast["partner"] = self.new_person("")
        self.cast["pm"] = self.new_person("Mrs")
        self.ilabel, plabel = rng.choice(templates.labels)
        self.plabel = plabel.replace("{code}", me.code or "P")
        self.day = rng.randint(1, 28)
        self.month = 0
        self.pending = ""           # heldout3: the rest of a number said in a later turn
        self.last_digits = ""       # heldout3: the number the interviewer reads back
        self.clock: int | None = None
        self.olabel = ""            # heldout4: the third voice's label, chosen when it speaks
        self.half5 = ""             # heldout5: the second half of a number, said minutes later
        self.last5: dict[str, str] = {}  # heldout5: what was said last, for typing it back
        self.state6: dict[str, str] = {}  # heldout6: what was said last (mobile, postcode, ...)
        self.state7: dict[str, str] = {}  # heldout7: the speaker's voice, the transcriber's style
        self.state8: dict[str, str] = {}  # heldout8: caption or hand transcript, the last number
        if habits.p_timestamps and rng.random() < habits.p_timestamps:
            self.clock = rng.randint(5, 90)
        if habits.v8:
            self.init_v8()
        self.state9: dict[str, str] = {}  # heldout9: the document's style, who is relaying
        if habits.v9:
            self.init_v9()
        self.state10: dict[str, str] = {}  # heldout10: the document's kind, its third voice
        if habits.v10:
            self.init_v10()
        self.state11: dict[str, object] = {}  # heldout11: style, voice, the last number said
        if habits.v11:
            self.init_v11()
        self.state12: dict[str, object] = {}  # heldout12: style, profession, voice, caption cues
        if habits.v12:
            self.init_v12()
        self.state13: dict[str, object] = {}  # heldout13: kind, voices, language, the last mention
        if habits.v13:
            self.init_v13()
        self.state14: dict[str, object] = {}  # heldout14: kind, labels, language, pronoun
        if habits.v14:
            self.init_v14()
        self.state15: dict[str, object] = {}  # heldout15: kind, third voice, radio, own age
        self.state16: dict[str, object] = {}  # heldout16: kind, labels, the speaker's zero
        if habits.v16:
            self.init_v16()
        if habits.v15:
            self.init_v15()

    def new_person(self, title: str) -> Person:
        return Person(self.rng.choice(self.pools.first_names), self.rng.choice(self.pools.surnames),
                      title=title)

    # ----------------------------------------------------------------- numbers
    def zero_word(self) -> str:
        return self.rng.choice(self.h.zero_words)

    def joiner(self) -> str:
        j = self.h.joiners
        return j[0] if len(j) == 1 else self.rng.choice(j)

    def speak_group(self, group: str, zero: str, sep: str) -> str:
        rng, h = self.rng, self.h
        if len(group) == 3 and group[0] != "0" and group[1:] == "00" and rng.random() < h.p_hundred:
            return f"{UNITS[int(group[0])]} hundred"
        if len(group) == 2 and group[0] != "0" and rng.random() < h.p_pair_number:
            return cardinal(int(group), rng.choice(h.hyphen))
        words: list[str] = []
        i = 0
        while i < len(group):
            d = group[i]
            run = len(group) - i - len(group[i:].lstrip(d))
            word = zero if d == "0" else UNITS[int(d)]
            if d == "0" and h.p_zero_each and rng.random() < h.p_zero_each:
                word = rng.choice(h.zero_words)
            if run >= 3 and rng.random() < h.p_triple:
                words.append(f"{rng.choice(h.triple_words)}{self.joiner()}{word}")
                i += 3
            elif run >= 2 and rng.random() < h.p_double:
                words.append(f"double{self.joiner()}{word}")
                i += 2
            else:
                words.append(word)
                i += 1
        return sep.join(words)

    def speak_digits(self, digits: str, groups: list[int], prefix: str = "") -> str:
        """A digit string read out in ``groups`` ("oh seven seven double oh, nine hundred, ...")."""
        rng, h = self.rng, self.h
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        if rng.random() < h.p_all_digits:
            sep = rng.choice([", ", " ", " - ", ", "])
            return prefix + sep.join(parts)
        zero = self.zero_word()
        dsep = rng.choice(h.digit_seps)
        mixed = rng.random() < h.p_mixed
        spoken = []
        for i, part in enumerate(parts):
            if mixed and i == 0:
                spoken.append(part)
            else:
                spoken.append(self.speak_group(part, zero, dsep))
        out = spoken[0]
        for s in spoken[1:]:
            gsep = rng.choice(h.group_seps)
            out += gsep + s
        return prefix + out

    def phone(self, form: str) -> None:
        rng = self.rng
        if form == "any":
            form = rng.choice(["mobile", "mobile", "landline", "groups"])
        if form == "written":  # as a transcriber types it (heldout2 only): "07752 146903"
            d = "07" + rng.choice(["700", "723", "752", "779", "812", "958"]) + f"{rng.randint(0, 999999):06d}"
            self.b.ent(f"{d[:5]} {d[5:]}", "PHONE", None, "mobile")
            return
        if form in ("mobile", "intl", "groups"):
            body = "7" + rng.choice(["700", "711", "723", "734", "745", "752", "768", "779", "786",
                                     "799", "812", "825", "907", "958", "413", "561"]) \
                + f"{rng.randint(0, 999999):06d}"
            digits = "0" + body
            if form == "intl":
                lead = rng.choice(list(self.h.intl_leads) or [
                    "plus four four", "plus four four", "double four", "oh oh four four", "+44"])
                rest = self.speak_digits(body, rng.choice([[4, 6], [4, 3, 3], [1, 3, 3, 3]]))
                self.b.ent(f"{lead}, {rest}" if rng.random() < 0.5 else f"{lead} {rest}",
                           "PHONE", None, "sp_intl")
                return
            if form == "groups":  # digits in the odd groups and commas speech produces
                grouping = rng.choice([[3, 4, 4], [5, 3, 3], [2, 3, 3, 3], [4, 3, 4], [5, 2, 2, 2]])
                sep = rng.choice([", ", " ", ", ", " - "])
                parts, pos = [], 0
                for g in grouping:
                    parts.append(digits[pos:pos + g])
                    pos += g
                self.b.ent(sep.join(parts), "PHONE", None, "sp_groups")
                return
            grouping = rng.choice([[5, 6], [5, 3, 3], [5, 3, 3], [3, 4, 4], [4, 3, 4]])
            self.b.ent(self.speak_digits(digits, grouping), "PHONE", None, "sp_mobile")
            return
        area, local_len = rng.choice(list(self.pools.landline_areas) or [("191", 7), ("113", 7), ("161", 7), ("20", 8), ("1434", 6),
                                      ("1670", 6), ("1228", 6), ("131", 7), ("29", 8), ("121", 7),
                                      ("1743", 6), ("1392", 6), ("1224", 6)])
        local = f"{rng.randint(2 * 10 ** (local_len - 1), 10 ** local_len - 1)}"
        digits = "0" + area + local
        lead = len(area) + 1
        grouping = {7: [lead, 3, 4], 8: [lead, 4, 4], 6: [lead, 3, 3]}[local_len]
        if local_len == 6 and rng.random() < 0.4:
            grouping = [lead, 6]
        self.b.ent(self.speak_digits(digits, grouping), "PHONE", None, "sp_landline")

    def nhs_digits(self) -> str:
        while True:
            nine = str(self.rng.choice([4, 6, 9])) + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def chi_digits(self) -> str:
        rng = self.rng
        while True:
            born = datetime.date(rng.randint(1935, 2019), rng.randint(1, 12), rng.randint(1, 28))
            nine = born.strftime("%d%m%y") + f"{rng.randint(0, 999):03d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def number_slot(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "NHS":
            d = self.nhs_digits()
            if form == "written":  # typed (heldout2 only): "943 476 5919"
                b.ent(f"{d[:3]} {d[3:6]} {d[6:]}", "NHS_NUMBER", None, "nhs")
            elif form == "groups":
                sep = rng.choice([", ", " ", ", ", " - ", "... "])
                b.ent(f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}", "NHS_NUMBER", None, "sp_nhs_groups")
            else:
                grouping = rng.choice([[3, 3, 4], [3, 3, 4], [3, 3, 2, 2], [2, 2, 2, 2, 2]])
                b.ent(self.speak_digits(d, grouping), "NHS_NUMBER", None, "sp_nhs")
        elif kind == "CHI":
            d = self.chi_digits()
            if form == "groups":
                sep = rng.choice([" ", ", ", " "])
                b.ent(f"{d[:6]}{sep}{d[6:]}", "NHS_NUMBER", None, "sp_chi_groups")
            else:
                grouping = rng.choice([[6, 4], [2, 2, 2, 4], [2, 2, 2, 2, 2]])
                b.ent(self.speak_digits(d, grouping), "NHS_NUMBER", None, "sp_chi")
        elif kind == "GMC":
            d = f"{rng.randint(1, 7)}{rng.randint(0, 999999):06d}"
            if form == "written":  # typed (heldout2 only): "7012345"
                b.ent(d, "GMC_NUMBER", None, "gmc")
            elif form == "groups":
                sep = rng.choice([" ", ", ", " "])
                g = rng.choice([[3, 4], [1, 3, 3], [4, 3]])
                b.ent(f"{d[:g[0]]}{sep}{d[g[0]:g[0] + g[1]]}"
                      + (f"{sep}{d[g[0] + g[1]:]}" if len(g) == 3 else ""), "GMC_NUMBER", None,
                      "sp_gmc_groups")
            else:
                grouping = rng.choice([[7], [3, 4], [1, 3, 3], [3, 2, 2]])
                b.ent(self.speak_digits(d, grouping), "GMC_NUMBER", None, "sp_gmc")

    def postcode_v2(self, outward: str, inward: str) -> None:
        """heldout2's postcodes: letters with their words ("P for Peter"), "twenty-one" or
        "two one", the inward part run together or apart."""
        rng, h = self.rng, self.h
        letters = re.match(r"[A-Z]+", outward).group()  # type: ignore[union-attr]
        num = outward[len(letters):]
        tail = num.lstrip("0123456789")  # "SW1A": the letter after the district (dev2 pools)
        num = num[:len(num) - len(tail)]
        said_l = [self.say_letter(c) for c in letters]
        lsep = rng.choice([" ", " ", "", "-"]) if all(len(x) == 1 for x in said_l) else ", "
        out = lsep.join(said_l)
        if len(num) == 2 and rng.random() < 0.45:
            say_n = cardinal(int(num), rng.choice(h.hyphen))
        else:
            say_n = rng.choice([" ", "-"]).join(
                ("oh" if c == "0" and rng.random() < 0.5 else UNITS[int(c)]) for c in num)
        out += rng.choice([" ", " ", ", "]) + say_n
        if tail:
            out += rng.choice([" ", "-"]) + self.say_letter(tail)
        in_l = [self.say_letter(c) for c in inward[1:]]
        isep = ", " if any(len(x) > 1 for x in in_l) else rng.choice([" ", "", ", "])
        in_n = UNITS[int(inward[0])] if rng.random() < 0.85 else inward[0]
        sep = rng.choice([", ", " ", "... ", ", " + rng.choice(h.fillers) + ", ", " — "])
        s = f"{out}{sep}{in_n}{rng.choice([' ', ', '])}{isep.join(in_l)}"
        self.b.ent(s, "POSTCODE", None, "sp_postcode")

    def postcode(self, form: str) -> None:
        rng, b = self.rng, self.b
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "written":
            b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        if self.h.spell_words:
            self.postcode_v2(outward, inward)
            return
        letters = re.match(r"[A-Z]+", outward).group()  # type: ignore[union-attr]
        rest = outward[len(letters):]
        lstyle = rng.choice(["space", "space", "joined", "hyphen", "comma"])
        say_l = {"space": " ".join(letters), "joined": letters, "hyphen": "-".join(letters),
                 "comma": ", ".join(letters)}[lstyle]
        m = re.fullmatch(r"(\d+)([A-Z]?)", rest)
        assert m is not None
        num, tail = m.groups()
        if len(num) == 2 and rng.random() < 0.5:
            say_n = cardinal(int(num), rng.choice(self.h.hyphen))
        elif rng.random() < 0.2:
            say_n = num
        else:
            say_n = " ".join(UNITS[int(c)] for c in num)
        out = f"{say_l} {say_n}" + (f" {tail}" if tail else "")
        in_n = inward[0] if rng.random() < 0.2 else UNITS[int(inward[0])]
        istyle = rng.choice(["space", "space", "joined", "comma", "hyphen"])
        in_l = {"space": f"{inward[1]} {inward[2]}", "joined": inward[1:],
                "comma": f"{inward[1]}, {inward[2]}", "hyphen": f"{inward[1]}-{inward[2]}"}[istyle]
        sep = rng.choice([", ", " ", ", ", "... ", ", " + rng.choice(self.h.fillers) + ", "])
        b.ent(f"{out}{sep}{in_n} {in_l}", "POSTCODE", None, "sp_postcode")

    def address(self, form: str) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 240)])
        if form == "written":
            self.b.ent(f"{n} {street}", "LOCATION", None, "address")
            return
        if rng.random() < 0.2:
            self.b.lit("number ")
            words = self.house_words(n, cardinal(n, rng.choice(self.h.hyphen),
                                                 hundred_a=rng.random() < 0.5))
            self.b.ent(f"{words}, {street}" if rng.random() < 0.5 else f"{words} {street}",
                       "LOCATION", None, "sp_address")
            return
        words = self.house_words(n, cardinal(n, rng.choice(self.h.hyphen),
                                             hundred_a=rng.random() < 0.5))
        if self.b.at_sentence_start():
            words = capitalise(words)
        if rng.random() < 0.15:
            words = f"flat {cardinal(rng.randint(1, 9))}, {words}"
            if self.b.at_sentence_start():
                words = capitalise(words)
        self.b.ent(f"{words} {street}", "LOCATION", None, "sp_address")

    def house_words(self, n: int, words: str) -> str:
        """"two-oh-seven" for 207 when the set's habit says so (else ``words`` unchanged)."""
        rng, h = self.rng, self.h
        if not h.p_house_digits or n < 100 or rng.random() >= h.p_house_digits:
            return words
        sep = rng.choice(["-", " "])
        return sep.join("oh" if c == "0" else UNITS[int(c)] for c in str(n))

    def email(self, who: str, form: str) -> None:
        rng = self.rng
        if who in self.cast and self.cast[who].email:
            p = self.cast[who]
            addr, code = p.email or "", p.code
        else:
            p = self.cast["self"] if who == "self_other" else (
                self.cast[who] if who in self.cast else self.new_person(""))
            # a participant's personal address identifies them as much as the register's
            code = p.code if who == "self_other" else None
            first, sur = p.first.lower(), p.sur.lower().replace("'", "")
            local = rng.choice([f"{first}.{sur}", f"{first[0]}{sur}{rng.randint(1, 99)}",
                                f"{first}_{sur}", f"{first[0]}.{sur}-{rng.randint(1, 9)}",
                                f"dr{first[0]}{sur}", f"{first}{sur}", f"{sur}.{first[0]}"])
            addr = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            self.b.ent(addr, "EMAIL", code, "typed")
            return
        local, domain = addr.split("@")
        initial_sur = (p.first[0] + p.sur).lower().replace("'", "")
        words = []
        spelled_sur = False
        for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
            if (self.h.p_email_spelled and len(piece) > 2 and piece == p.sur.lower().replace("'", "")
                    and rng.random() < self.h.p_email_spelled):
                words.append(rng.choice(["-", " "]).join(piece))  # "q-a-d-r-i"
                spelled_sur = True
            elif piece == ".":
                words.append("dot")
            elif piece == "_":
                words.append("underscore")
            elif piece == "-":
                words.append(rng.choice(["dash", "hyphen"]))
            elif piece.isdigit():
                n = int(piece)
                words.append(cardinal(n, rng.choice(self.h.hyphen)) if rng.random() < 0.6
                             else " ".join(UNITS[int(c)] for c in piece))
            elif piece == initial_sur and rng.random() < 0.5:
                words.append(piece[0] + " " + piece[1:])  # "s khan" for "skhan"
            else:
                words.append(piece)
        spoken_local = " ".join(words)
        spoken_domain = " dot ".join(domain.split("."))
        if rng.random() < 0.15:
            spoken_local = capitalise(spoken_local)
            spoken_domain = spoken_domain.replace("nhs", "NHS")
        at = self.h.at_words[0] if len(self.h.at_words) == 1 else rng.choice(self.h.at_words)
        self.b.ent(f"{spoken_local} {at} {spoken_domain}", "EMAIL", code,
                   "sp_email_spelled" if spelled_sur else
                   "sp_email" if "underscore" not in words and "dash" not in words
                   and "hyphen" not in words else "sp_email_symbols")

    def say_letter(self, c: str) -> str:
        """A letter, or "B for Bravo" with the set's spelling words."""
        h = self.h
        if c.isalpha() and h.spell_words and self.rng.random() < h.p_spell_words:
            return f"{c} for {h.spell_words[ord(c) - ord('A')]}"
        return c

    def spelled_v2(self, who: str) -> None:
        """heldout2's spellings: apostrophes and hyphens said, "Mac" apart, "B for Bravo",
        "double-T", dots, capitals announced."""
        rng = self.rng
        p = self.cast[who]
        letters = list(p.sur.upper())
        style = rng.choice(["hyphen", "space", "comma", "double", "words", "dots", "words"])
        tokens: list[str] = []
        i = 0
        while i < len(letters):
            c = letters[i]
            if c == "'":
                tokens.append("apostrophe")
            elif c == "-":
                tokens.append(rng.choice(["hyphen", "dash"]))
            elif (style in ("double", "words") and i + 1 < len(letters) and letters[i + 1] == c):
                tokens.append(f"double{rng.choice(['-', ' '])}{c}")
                i += 1
            elif style == "words":
                tokens.append(self.say_letter(c))
            else:
                tokens.append(c)
            i += 1
        sep = {"hyphen": "-", "space": " ", "comma": ", ", "double": rng.choice([" ", "-", ", "]),
               "words": ", ", "dots": ". "}[style]
        out = sep.join(tokens)
        self.b.ent(out, "PERSON", p.code, "sp_spelled")

    def spelled(self, who: str) -> None:
        rng = self.rng
        if self.h.spell_words:
            self.spelled_v2(who)
            return
        p = self.cast[who]
        name = p.sur if p.sur.isalpha() else p.first
        letters = list(name.upper())
        style = rng.choice(["hyphen", "hyphen", "space", "comma", "double"])
        if style == "double":
            tokens: list[str] = []
            i = 0
            while i < len(letters):
                if i + 1 < len(letters) and letters[i] == letters[i + 1]:
                    tokens.append(f"double {letters[i]}")
                    i += 2
                else:
                    tokens.append(letters[i])
                    i += 1
            s = "-".join(tokens) if rng.random() < 0.5 else " ".join(tokens)
        else:
            s = {"hyphen": "-", "space": " ", "comma": ", "}[style].join(letters)
        self.b.ent(s, "PERSON", p.code, "sp_spelled")

    # ----------------------------------------------------------------- dates and ages
    def year_words(self, y: int) -> str:
        if self.h.year_extra:
            return self.year_words_v2(y)
        rng, hy = self.rng, self.rng.choice(self.h.hyphen)
        if y < 2000:
            return f"nineteen {cardinal(y - 1900, hy)}" if y % 100 >= 10 else \
                f"nineteen oh {UNITS[y % 100]}"
        if y == 2000:
            return "two thousand"
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"two thousand {UNITS[y - 2000]}",
                               f"twenty oh {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000, hy)}", f"twenty {cardinal(y - 2000, hy)}",
                           f"two thousand and {cardinal(y - 2000, hy)}"])

    def year_words_v2(self, y: int) -> str:
        """heldout2's years: "twenty-nineteen", "two thousand nineteen", "two thousand and
        nine", "twenty oh-nine", "nineteen-eighty-four"."""
        rng = self.rng
        hy = rng.choice(self.h.hyphen)
        if y < 2000:
            tail = cardinal(y % 100, hy) if y % 100 >= 10 else f"oh{hy}{UNITS[y % 100]}"
            return f"nineteen{rng.choice([' ', ' ', '-'])}{tail}"
        if y < 2010:
            u = UNITS[y - 2000]
            return rng.choice([f"two thousand and {u}", f"two thousand {u}", f"twenty oh{hy}{u}",
                               f"two thousand and {u}"])
        t = cardinal(y - 2000, hy)
        return rng.choice([f"twenty {t}", f"twenty-{t}", f"two thousand {t}",
                           f"two thousand and {t}", f"twenty {t}"])

    def date_v2(self, form: str, when: datetime.date, dword: str, year: str, sep_y: str) -> None:
        """heldout2's date orders: "the twenty-first March", "March twenty-first", "Thursday,
        the ninth of May", "Thursday March the ninth", "the third of the tenth, twenty-one",
        "twenty-first of March in twenty nineteen", written "21.03.2019" and "2019-03-21"."""
        rng, b = self.rng, self.b
        mname, weekday, day = MONTHS[when.month - 1], WEEKDAYS[when.weekday()], when.day
        if form == "dots":
            b.ent(f"{day:02d}.{when.month:02d}.{when.year}", "DATE", None, "dots")
            return
        if form == "iso":
            b.ent(when.isoformat(), "DATE", None, "iso")
            return
        if form == "sp_numeric":
            yy = f"{when.year % 100:02d}"
            tail = cardinal(int(yy), rng.choice(self.h.hyphen)) if yy[0] != "0" else f"oh {UNITS[int(yy[1])]}"
            s = f"{dword} of the {ordinal_words(when.month)}{sep_y}{tail}"
        else:
            s = {
                "sp_dom_noof": f"{dword} {mname}",
                "sp_dom_noof_y": f"{dword} {mname}{sep_y}{year}",
                "sp_md_bare": f"{mname} {dword}",
                "sp_md_bare_y": f"{mname} {dword}, {year}",
                "sp_weekday_comma": f"{weekday}, the {dword} of {mname}",
                "sp_weekday_md": f"{weekday} {mname} the {dword}",
                "sp_dom_in_y": f"{dword} of {mname} in {year}",
            }[form]
            form = {"sp_weekday_comma": "sp_weekday_dom", "sp_dom_in_y": "sp_dom_y"}.get(form, form)
        b.ent(capitalise(s) if b.at_sentence_start() else s, "DATE", None, form)

    V2_DATES: ClassVar[frozenset[str]] = frozenset({
        "dots", "iso", "sp_numeric", "sp_dom_noof", "sp_dom_noof_y", "sp_md_bare", "sp_md_bare_y",
        "sp_weekday_comma", "sp_weekday_md", "sp_dom_in_y"})

    #: (dev2) the other orders a spoken date may be said in
    OTHER_ORDERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "sp_dom": ("sp_dom_noof", "sp_md_bare"), "sp_md": ("sp_md_bare", "sp_dom_noof"),
        "sp_dom_y": ("sp_dom_noof_y", "sp_dom_in_y", "sp_md_bare_y", "sp_numeric"),
        "sp_md_y": ("sp_md_bare_y", "sp_dom_noof_y"),
        "sp_weekday_dom": ("sp_weekday_comma", "sp_weekday_md")}

    def date(self, form: str) -> None:
        rng, b = self.rng, self.b
        when = datetime.date(rng.randint(2009, 2025), rng.randint(1, 12), rng.randint(1, 28))
        day, mname = when.day, MONTHS[when.month - 1]
        self.day = day
        hy = rng.choice(self.h.hyphen)
        dword = ordinal_words(day, hy) if rng.random() < 0.8 else f"{day}{ordinal_suffix(day)}"
        year = self.year_words(when.year) if rng.random() < 0.85 else str(when.year)
        sep_y = rng.choice([" ", ", "])
        weekday = WEEKDAYS[when.weekday()]
        self.month = when.month
        if self.h.p_date_orders and form in self.OTHER_ORDERS and \
                rng.random() < self.h.p_date_orders:
            form = rng.choice(self.OTHER_ORDERS[form])
        if form in self.V2_DATES:
            self.date_v2(form, when, dword, year, sep_y)
            return
        if form == "written":
            form = rng.choice(["dmy", "slash", "md", "dmy_ord"])
            s = {"dmy": f"{day} {mname} {when.year}", "slash": f"{day:02d}/{when.month:02d}/{when.year}",
                 "md": f"{mname} {day}{ordinal_suffix(day)}",
                 "dmy_ord": f"{day}{ordinal_suffix(day)} {mname} {when.year}"}[form]
            b.ent(s, "DATE", None, form)
            return
        if form == "written_my":
            s = f"{mname} {when.year}"
            form = "month_year"
            b.ent(s, "DATE", None, form)
            return
        if form == "md_the":
            b.ent(f"{mname} the {day}{ordinal_suffix(day)}", "DATE", None, "md_the")
            return
        s = {
            "sp_dom": f"{dword} of {mname}",
            "sp_dom_y": f"{dword} of {mname}{sep_y}{year}",
            "sp_md": f"{mname} the {dword}",
            "sp_md_y": f"{mname} the {dword}{sep_y}{year}",
            "sp_weekday": f"{weekday} the {dword}",
            "sp_weekday_dom": f"{weekday} the {dword} of {mname}",
            "sp_month_year": f"{mname} {self.year_words(when.year)}",
        }[form]
        b.ent(capitalise(s) if b.at_sentence_start() else s, "DATE", None, form)

    def dayonly(self) -> None:
        day = self.day if self.rng.random() < 0.5 else self.rng.randint(1, 28)
        self.b.ent(ordinal_words(day, self.rng.choice(self.h.hyphen)), "DATE", None, "sp_day_only")

    def dob_v2(self) -> None:
        """heldout2's dates of birth: "the fourth of May, eighty-four", "fourth of the fifth,
        eighty-four", "oh-four, oh-five, eighty-four", "May the fourth nineteen-eighty-four",
        written "04.05.1984" or "04/05/84"."""
        rng, b = self.rng, self.b
        born = datetime.date(rng.randint(1956, 1998), rng.randint(1, 12), rng.randint(1, 28))
        hy = rng.choice(self.h.hyphen)
        mname, dword = MONTHS[born.month - 1], ordinal_words(born.day, hy)
        yy = born.year % 100
        short = cardinal(yy, hy) if yy >= 10 else f"oh {UNITS[yy]}"
        year = self.year_words(born.year) if rng.random() < 0.6 else short
        sep = rng.choice([" ", ", "])
        form = rng.choice(["sp_dob", "sp_dob", "sp_dob_md", "sp_dob_ordnum", "sp_dob_digits",
                           "sp_dob_digits", "dob_dots", "dob_slash"])
        if form == "sp_dob":
            s = f"{dword} of {mname}{sep}{year}"
            if rng.random() < 0.4:
                b.lit("The " if b.at_sentence_start() else "the ")
        elif form == "sp_dob_md":
            s = f"{mname} the {dword}{sep}{year}"
        elif form == "sp_dob_ordnum":
            s = f"{dword} of the {ordinal_words(born.month)}{sep}{short}"
            if rng.random() < 0.5:
                b.lit("The " if b.at_sentence_start() else "the ")
        elif form == "sp_dob_digits":
            zero = self.zero_word()
            j = rng.choice(["-", " "])

            def two(x: int) -> str:
                if x < 10:
                    return f"{zero}{j}{UNITS[x]}"
                return cardinal(x, hy) if rng.random() < 0.6 else f"{UNITS[x // 10]}{j}{UNITS[x % 10]}"
            dsep = rng.choice([", ", " ", " — ", ", "])
            s = f"{two(born.day)}{dsep}{two(born.month)}{dsep}{two(yy) if rng.random() < 0.7 else year}"
        elif form == "dob_dots":
            s = f"{born.day:02d}.{born.month:02d}.{born.year}"
        else:
            s = f"{born.day:02d}/{born.month:02d}/{yy:02d}"
        b.ent(capitalise(s) if b.at_sentence_start() else s, "DATE", None, form)

    def dob(self) -> None:
        rng, b = self.rng, self.b
        if self.h.year_extra:
            self.dob_v2()
            return
        born = datetime.date(rng.randint(1958, 1997), rng.randint(1, 12), rng.randint(1, 28))
        form = rng.choice(["sp_dob", "sp_dob", "sp_dob_md", "sp_dob_digits", "sp_dob_digits", "written"])
        hy = rng.choice(self.h.hyphen)
        mname = MONTHS[born.month - 1]
        if form == "sp_dob":
            s = f"{ordinal_words(born.day, hy)} of {mname}{rng.choice([' ', ', '])}{self.year_words(born.year)}"
            if rng.random() < 0.4:
                b.lit("The " if b.at_sentence_start() else "the ")
        elif form == "sp_dob_md":
            s = f"{mname} the {ordinal_words(born.day, hy)}{rng.choice([' ', ', '])}{self.year_words(born.year)}"
        elif form == "sp_dob_digits":
            dd, mm, yy = f"{born.day:02d}", f"{born.month:02d}", f"{born.year % 100:02d}"
            zero = self.zero_word()

            def two(x: str) -> str:
                if x[0] == "0":
                    return f"{zero} {UNITS[int(x[1])]}"
                return cardinal(int(x), hy) if rng.random() < 0.7 else f"{UNITS[int(x[0])]} {UNITS[int(x[1])]}"
            sep = rng.choice([", ", " ", ", ", " - "])
            if rng.random() < 0.3:
                s = f"{two(dd)}{sep}{two(mm)}{sep}{self.year_words(born.year)}"
            else:
                s = f"{two(dd)}{sep}{two(mm)}{sep}{two(yy)}"
        else:
            s = f"{born.day:02d}/{born.month:02d}/{born.year}"
            form = "dob_slash"
        b.ent(capitalise(s) if b.at_sentence_start() else s, "DATE", None, form)

    def birthyear(self) -> None:
        y = self.rng.randint(1958, 1997)
        self.b.ent(self.year_words(y), "DATE", None, "sp_birth_year")

    AGE_RANGES: ClassVar[dict[str, tuple[int, int]]] = {"adult": (29, 66), "young": (17, 35), "qual": (22, 34), "elderly": (66, 96),
                  "child": (2, 16), "patient": (18, 95),
                  "oldest": (99, 108)}

    def age(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        hy = rng.choice(self.h.hyphen)
        if form == "decade":
            s = ["", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties"][max(2, n // 10)]
            b.ent(s, "AGE", None, "sp_decade")
            return
        words = cardinal(n, hy)
        if n >= 100 and rng.random() < 0.5:  # only dev2's "oldest": "a hundred and two"
            words = cardinal(n, hy, hundred_a=True)
        if form == "big":  # "the big four-oh"
            n = rng.choice([30, 40, 40, 50, 50, 60])
            s = f"{UNITS[n // 10]}{rng.choice(['-', ' '])}oh"
            b.ent(s, "AGE", None, "sp_big")
            return
        if form == "interjection_digits":
            s, form = str(n), "interjection"
        elif form == "question":
            n = rng.choice([30, 40, 50, 60, 35, 45])
            s = cardinal(n) if rng.random() < 0.7 else str(n)
        elif form in ("answer", "interjection", "last_month", "turned", "words", "next",
                      "year_old"):
            s = words if rng.random() < 0.85 else str(n)
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        if b.at_sentence_start():
            s = capitalise(s)
        b.ent(s, "AGE", None, "sp_" + form)

    # ----------------------------------------------------------------- people
    def person(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast[who]
        if form == "any":
            form = rng.choice(["first", "first", "full", "title"] + (["alias"] if p.aliases else []))
        if form == "alias" and not p.aliases:
            form = "first"
        if form == "title" and not p.title:
            form = "full"
        if form == "full":
            b.ent(f"{p.first} {p.sur}", "PERSON", p.code, "full")
        elif form == "first":
            b.ent(p.first, "PERSON", p.code, "first")
        elif form == "sur":
            b.ent(p.sur, "PERSON", p.code, "surname")
        elif form == "title":
            b.lit(("Dr" if p.title == "Professor" and rng.random() < 0.5 else p.title) + " ")
            b.ent(p.sur, "PERSON", p.code, "title_surname")
        elif form == "alias":
            b.ent(rng.choice(p.aliases), "PERSON", p.code, "alias")
        elif form == "initial":  # "R. <surname>", "Dr K <surname>"
            b.ent(f"{p.first[0]}{rng.choice(['. ', ' ', '. '])}{p.sur}", "PERSON", p.code, "initial")
        else:  # pragma: no cover
            raise ValueError(form)

    # ----------------------------------------------------------------- slots
    def slot(self, name: str, args: list[str]) -> None:
        if self.h.v15 and self.slot_v15(name, args):
            return
        if self.h.v14 and self.slot_v14(name, args):
            return
        if self.h.v16 and self.slot_v16(name, args):
            return
        if self.h.v13 and self.slot_v13(name, args):
            return
        if self.h.v12 and self.slot_v12(name, args):
            return
        if self.h.v11 and self.slot_v11(name, args):
            return
        if self.h.v10 and self.slot_v10(name, args):
            return
        if self.h.v9 and self.slot_v9(name, args):
            return
        if self.h.v8 and self.slot_v8(name, args):
            return
        if self.h.v7 and self.slot_v7(name, args):
            return
        if self.h.v6 and self.slot_v6(name, args):
            return
        if self.h.v5 and self.slot_v5(name, args):
            return
        if self.h.v4 and self.slot_v4(name, args):
            return
        if self.h.v3 and self.slot_v3(name, args):
            return
        rng, b, pools = self.rng, self.b, self.pools
        arg = args[0] if args else ""
        if name in self.cast:
            self.person(name, arg or "any")
        elif name == "SPELLED":
            self.spelled(arg)
        elif name == "AGE":
            self.age(arg, args[1] if len(args) > 1 else None)
        elif name == "DATE":
            self.date(arg)
        elif name == "DAYONLY":
            self.dayonly()
        elif name == "DOB":
            self.dob()
        elif name == "BIRTHYEAR":
            self.birthyear()
        elif name == "PHONE":
            self.phone(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_slot(name, arg)
        elif name == "POSTCODE":
            self.postcode(arg)
        elif name == "ADDR":
            self.address(arg)
        elif name == "EMAIL":
            self.email(arg, args[1])
        elif name in ("TOWN", "CITY"):
            b.ent(rng.choice(pools.towns if name == "TOWN" else pools.cities), "LOCATION", None,
                  name.lower())
        elif name == "HOSP":
            h = rng.choice(pools.hospitals)
            if h.startswith("the "):
                b.lit("the ")
                h = h[4:]
            b.ent(h, "HOSPITAL", None, "hospital")
        # ---- plain text
        elif name == "CHI_CONTEXT":
            b.lit(rng.choice(pools.chi_context))
        elif name == "MONTH":
            b.lit(rng.choice(MONTHS))
        elif name == "WEEKDAY":
            b.lit(rng.choice(WEEKDAYS))
        elif name == "SPEC":
            b.lit(rng.choice(SPECIALTIES))
        elif name == "DUR":
            b.lit(rng.choice(DURATIONS))
        elif name == "TIME":
            b.lit(rng.choice(TIMES))
        elif name == "COUNT":
            b.lit(rng.choice(COUNTS))
        elif name == "SCORE":
            b.lit(rng.choice(SCORES))
        elif name == "ORDNEG":
            b.lit(rng.choice(["the third time", "my second year", "the first thing"]))
        elif name == "BLEEP":
            b.lit(self.speak_digits(f"{rng.randint(1000, 9999)}", [4]))
        elif name == "ROOM":
            b.lit(rng.choice([f"{UNITS[rng.randint(1, 9)]} oh {UNITS[rng.randint(1, 9)]}",
                              cardinal(rng.randint(11, 40))]))
        elif name == "NUM7":
            b.lit(self.speak_digits(f"{rng.randint(1, 9)}{rng.randint(0, 999999):06d}", [3, 4]))
        elif name == "BADNUM":
            while True:
                d = f"{rng.randint(1, 9)}{rng.randint(0, 10 ** 9 - 1):09d}"
                check = nhs_check_digit(d[:9])
                if check is None or check != int(d[9]):
                    break
            b.lit(self.speak_digits(d, [3, 3, 4]))
        elif name == "YEAR":
            b.lit(self.year_words(rng.randint(2005, 2024)))
        elif name == "NEG":
            b.lit(rng.choice(self.t.negatives[arg]))
        elif name == "MONTHSAID":  # a month said now, its day said alone in a later turn
            self.month = rng.randint(1, 12)
            b.lit(MONTHS[self.month - 1])
        elif name == "REF11":  # eleven digits from 04/06 (no UK phone), read like a phone
            d = "0" + rng.choice("46") + f"{rng.randint(0, 10 ** 9 - 1):09d}"
            b.lit(self.speak_digits(d, rng.choice([[5, 6], [5, 3, 3], [3, 4, 4]])))
        else:  # pragma: no cover - template typo
            raise ValueError(name)

    # ----------------------------------------------------------------- round 6 (heldout3)
    # The renderings below are used only by a set whose habits say ``v3`` (heldout3); the
    # older sets never reach them, so they render byte for byte as before.
    def cap(self, s: str) -> str:
        return capitalise(s) if self.b.at_sentence_start() else s

    def slot_v3(self, name: str, args: list[str]) -> bool:
        """Round 6's slots and forms; False hands the slot to the shared code above."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v3(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v3(name, arg)
        elif name == "POSTCODE":
            self.postcode_v3(arg)
        elif name == "ADDR" and arg != "written":
            self.address_v3()
        elif name == "EMAIL":
            self.email_v3(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v3(arg, args[1] if len(args) > 1 else "sur")
        elif name == "INITIALS":
            self.initials_v3(arg)
        elif name == "SURFIRST":  # "<surname>, <first name>" as a typed list has it
            p = self.cast[arg]
            self.b.ent(f"{p.sur}, {p.first}", "PERSON", p.code, "sur_first")
        elif name == "DATE":
            self.date_v3(arg)
        elif name == "DAYONLY":
            day = self.day if self.rng.random() < 0.5 else self.rng.randint(1, 28)
            s = (ordinal_words(day, self.rng.choice(self.h.hyphen)) if self.rng.random() < 0.6
                 else f"{day}{ordinal_suffix(day)}")
            self.b.ent(s, "DATE", None, "sp_day_only")
        elif name == "DOB":
            self.dob_v3()
        elif name == "BIRTHYEAR":
            y = self.rng.randint(1955, 1996)
            s = self.year_v3(y, born=True) if self.rng.random() < 0.75 else cardinal(y % 100)
            self.b.ent(self.cap(s), "DATE", None, "sp_birth_year")
        elif name == "AGE":
            self.age_v3(arg, args[1] if len(args) > 1 else None)
        else:
            return False
        return True

    def speak_v3(self, digits: str, groups: list[int], correct: bool = False) -> str:
        """A digit string read out: the zero said "O", "nought", "zero" or "oh"; a group typed
        in digits among words, as transcribers do; four digits as two pairs ("twenty-three
        forty-five"); a group run together ("oh-double-seven-one"); with ``correct`` one group
        said wrong first and put right ("seven two, no, seven three")."""
        rng, h = self.rng, self.h
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        zero = rng.choice(h.v3_zero_words)
        fix = rng.randrange(len(parts)) if correct else -1
        said = []
        for i, part in enumerate(parts):
            s = self.group_v3(part, zero)
            if i == fix:
                k = rng.randrange(len(part))
                wrong = part[:k] + str((int(part[k]) + rng.choice([1, 2, 9])) % 10) + part[k + 1:]
                s = f"{self.group_v3(wrong, zero)}{rng.choice(h.corrections)}{s}"
            said.append(s)
        out = said[0]
        for s in said[1:]:
            out += rng.choice(h.group_seps) + s
        return out

    def group_v3(self, group: str, zero: str) -> str:
        rng, h = self.rng, self.h
        if rng.random() < h.p_group_digits:
            return group
        if len(group) == 4 and group[0] != "0" and group[2] != "0" and rng.random() < h.p_pairs:
            hy = rng.choice(h.hyphen)
            return f"{cardinal(int(group[:2]), hy)} {cardinal(int(group[2:]), hy)}"
        if len(group) == 2 and group[0] != "0" and rng.random() < h.p_pair_number:
            return cardinal(int(group), rng.choice(h.hyphen))
        run = rng.random() < h.p_run_hyphen
        words: list[str] = []
        i = 0
        while i < len(group):
            d = group[i]
            word = zero if d == "0" else UNITS[int(d)]
            if i + 1 < len(group) and group[i + 1] == d and rng.random() < h.p_double:
                words.append(f"double{'-' if run else ' '}{word}")
                i += 2
            else:
                words.append(word)
                i += 1
        return ("-" if run else rng.choice(h.digit_seps)).join(words)

    def phone_v3(self, form: str) -> None:
        rng, b = self.rng, self.b
        mobile = "07" + rng.choice("345789") + f"{rng.randint(0, 10 ** 8 - 1):08d}"
        groups = rng.choice([[5, 3, 3], [5, 6], [3, 4, 4], [5, 3, 3], [2, 3, 3, 3]])
        if form == "landline" or form == "landline_written":
            area, n = rng.choice(list(self.pools.landline_areas))
            digits = "0" + area + str(rng.randint(2 * 10 ** (n - 1), 10 ** n - 1))
            groups = [len(area) + 1] + ({6: [3, 3], 7: [3, 4], 8: [4, 4]}[n])
            if form == "landline_written":
                b.ent(f"{digits[:len(area) + 1]} {digits[len(area) + 1:]}", "PHONE", None, "landline")
                return
            self.last_digits = digits
            b.ent(self.cap(self.speak_v3(digits, groups)), "PHONE", None, "sp_landline")
        elif form == "mobile":
            self.last_digits = mobile
            b.ent(self.cap(self.speak_v3(mobile, groups)), "PHONE", None, "sp_mobile")
        elif form == "intl":
            lead = rng.choice(self.h.intl_leads)
            rest = self.speak_v3(mobile[1:], rng.choice([[4, 6], [4, 3, 3]]))
            b.ent(self.cap(f"{lead} {rest}"), "PHONE", None, "sp_intl")
        elif form == "corrected":
            self.last_digits = mobile
            b.ent(self.cap(self.speak_v3(mobile, groups, correct=True)), "PHONE", None, "sp_corrected")
        elif form == "head":  # the first groups in one turn, the rest after the interviewer
            cut = rng.choice([5, 5, 3])
            self.pending = mobile[cut:]
            self.last_digits = mobile
            b.ent(self.cap(self.speak_v3(mobile[:cut], [cut])), "PHONE", None, "sp_split")
        elif form == "tail":
            rest = self.pending or mobile[5:]
            tg = [3, 3] if len(rest) == 6 else [4, 4]
            b.ent(self.cap(self.speak_v3(rest, tg)), "PHONE", None, "sp_split")
        elif form == "readback":  # the interviewer reads the number back another way
            d = self.last_digits or mobile
            b.ent(self.cap(self.speak_v3(d, [len(d) - 6, 3, 3])), "PHONE", None, "sp_readback")
        elif form == "written":
            sep = rng.choice([" ", "-", " "])
            b.ent(f"{mobile[:5]}{sep}{mobile[5:8]}{sep}{mobile[8:]}" if rng.random() < 0.5
                  else f"{mobile[:5]} {mobile[5:]}", "PHONE", None, "mobile")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def number_v3(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        d = self.nhs_digits() if kind == "NHS" else self.chi_digits() if kind == "CHI" else \
            f"{rng.randint(1, 7)}{rng.randint(0, 999999):06d}"
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        if form == "written":
            s = {"NHS": rng.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", d, f"{d[:3]} {d[3:6]} {d[6:]}"]),
                 "CHI": d, "GMC": d}[kind]
            b.ent(s, type_, None, {"NHS": "nhs", "CHI": "chi", "GMC": "gmc"}[kind])
            return
        groups = {"NHS": [[3, 3, 4], [3, 3, 4], [4, 3, 3], [3, 3, 2, 2]],
                  "CHI": [[2, 2, 2, 4], [6, 4], [2, 2, 2, 2, 2]],
                  "GMC": [[1, 2, 2, 2], [3, 4], [7], [1, 3, 3], [2, 2, 3]]}[kind]
        s = self.speak_v3(d, rng.choice(groups), correct=form == "corrected")
        base = {"NHS": "sp_nhs", "CHI": "sp_chi", "GMC": "sp_gmc"}[kind]
        b.ent(self.cap(s), type_, None, "sp_corrected" if form == "corrected" else base)

    def say_letter_v3(self, c: str) -> str:
        if self.h.as_in_words and self.rng.random() < 0.3:
            return f"{c} as in {self.h.as_in_words[ord(c) - ord('A')]}"
        return c

    def postcode_v3(self, form: str) -> None:
        """District "ten", "one-oh", "one zero", "two-oh"; letters run together, spaced or
        "M as in <word>"; the inward part typed among words; outward and inward in two turns."""
        rng, b, h = self.rng, self.b, self.h
        if form == "tail":
            b.ent(self.cap(self.pending or "four A B"), "POSTCODE", None, "sp_split")
            return
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "written":
            s = rng.choice([f"{outward} {inward}", f"{outward} {inward}", f"{outward}{inward}",
                            f"{outward.lower()} {inward.lower()}"])
            b.ent(s, "POSTCODE", None, "postcode")
            return
        letters = re.match(r"[A-Z]+", outward).group()  # type: ignore[union-attr]
        num = outward[len(letters):]
        said = [self.say_letter_v3(c) for c in letters]
        if any(" as in " in x for x in said):
            out = ", ".join(said)
        else:
            out = rng.choice([" ", "", " ", "-"]).join(said)
        if len(num) == 2 and num[1] == "0":
            z = rng.choice(h.v3_zero_words)
            say_n = rng.choice([cardinal(int(num)), f"{UNITS[int(num[0])]}-{z}",
                                f"{UNITS[int(num[0])]} {z}", cardinal(int(num))])
        elif len(num) == 2:
            say_n = rng.choice([cardinal(int(num), rng.choice(h.hyphen)),
                                f"{UNITS[int(num[0])]} {UNITS[int(num[1])]}"])
        else:
            say_n = UNITS[int(num)] if rng.random() < 0.8 else num
        as_in = " as in " in out
        out = f"{out}{', ' if as_in else rng.choice([' ', ' ', ', '])}{say_n}"
        in_l = [self.say_letter_v3(c) for c in inward[1:]]
        if rng.random() < 0.2 and not any(" as in " in x for x in in_l):
            in_s = inward  # typed among the words: "L S ten, 4AB"
        else:
            in_n = UNITS[int(inward[0])]
            as_in = any(" as in " in x for x in in_l)
            isep = ", " if as_in else rng.choice([" ", "", ", "])
            in_s = f"{in_n}{', ' if as_in else ' '}{isep.join(in_l)}"
        if form == "head":
            self.pending = in_s
            b.ent(self.cap(out), "POSTCODE", None, "sp_split")
            return
        b.ent(self.cap(f"{out}{rng.choice(h.group_seps)}{in_s}"), "POSTCODE", None, "sp_postcode")

    def address_v3(self) -> None:
        """Flat numbers and letters: "flat two B, forty-one <street>", "forty-one A <street>",
        "hundred and four <street>" without "a" or "one", the ground floor flat at ..."""
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 60), rng.randint(1, 60), rng.randint(101, 199)])
        hy = rng.choice(self.h.hyphen)
        words = cardinal(n, hy)
        if n > 100 and rng.random() < 0.5:
            words = words.removeprefix("one ")
        style = rng.choice(["flat_letter", "house_letter", "flat_of", "plain", "plain", "floor"])
        if style == "flat_letter":
            s = f"flat {cardinal(rng.randint(1, 12))} {rng.choice('ABCD')}, {words} {street}"
        elif style == "house_letter":
            s = f"{words} {rng.choice('ABC')} {street}"
        elif style == "flat_of":
            s = f"flat {cardinal(rng.randint(1, 30))}, {words} {street}"
        elif style == "floor":
            b.lit(self.cap(rng.choice(["the top flat at ", "the ground floor flat, ", "the basement at "])))
            s = f"{words} {street}"
        else:
            s = f"{words} {street}"
        b.ent(self.cap(s), "LOCATION", None, "sp_address")

    def email_v3(self, who: str, form: str) -> None:
        rng, b, h = self.rng, self.b, self.h
        if who in self.cast and self.cast[who].email:
            p = self.cast[who]
            addr, code = p.email or "", p.code
        else:
            p = self.cast["self"] if who == "self_other" else (
                self.cast[who] if who in self.cast else self.new_person(""))
            code = p.code if who == "self_other" else None
            first = p.first.lower()
            sur = re.sub(r"[^a-z]", "", p.sur.lower())
            local = rng.choice([f"{first}.{sur}", f"{first[0]}{sur}{rng.randint(60, 99)}",
                                f"{first}_{sur}", f"{sur}-{first[0]}", f"{first}{sur[0]}",
                                f"{first}.{sur}{rng.randint(1, 9)}", f"dr.{sur}"])
            addr = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            b.ent(addr, "EMAIL", code, "typed")
            return
        local, domain = addr.split("@")
        dot = rng.choice(h.email_dots)
        if form == "hybrid":  # typed parts, the "at" said: "s.jones at outlook.com"
            b.ent(f"{local} at {domain}", "EMAIL", code, "sp_email_hybrid")
            return
        words = []
        for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
            if piece == ".":
                words.append(dot)
            elif piece == "_":
                words.append(rng.choice(["underscore", "under score"]))
            elif piece == "-":
                words.append(rng.choice(["dash", "hyphen", "minus"]))
            elif piece.isdigit():
                words.append(cardinal(int(piece), rng.choice(h.hyphen)) if rng.random() < 0.5
                             else piece)
            else:
                words.append(piece)
        dwords = []
        for part in domain.split("."):
            if len(part) <= 4 and not re.search(r"[aeiou]", part) and rng.random() < 0.6:
                part = rng.choice(["-", " "]).join(part)  # "n-h-s", "m b h t", "u k"
            elif part == "uk" and rng.random() < 0.5:
                part = "u-k"
            dwords.append(part)
        s = f"{' '.join(words)} at {(' ' + dot + ' ').join(dwords)}"
        symbols = any(w in words for w in ("underscore", "under score", "dash", "hyphen", "minus"))
        b.ent(s, "EMAIL", code, "sp_email_symbols" if symbols else "sp_email")
        if rng.random() < 0.35:
            b.lit(rng.choice([", all one word", ", all lower case", ", no capitals",
                              ", all small letters"]))

    def spelled_v3(self, who: str, which: str) -> None:
        """Letters "as in <word>", lower-case letters typed by the transcriber, "double T"
        before the pair, "capital" announced; a first name spelled as well as a surname."""
        rng = self.rng
        p = self.cast[who]
        name = p.first if which == "first" else p.sur
        letters = [c for c in name.upper() if c.isalpha()]
        style = rng.choice(["as_in", "lower", "lower", "double", "caps", "as_in"])
        tokens: list[str] = []
        i = 0
        while i < len(letters):
            c = letters[i]
            if style == "double" and i + 1 < len(letters) and letters[i + 1] == c:
                tokens.append(f"double {c}")
                i += 2
                continue
            if style == "as_in":
                tokens.append(self.say_letter_v3(c))
            elif style == "lower":
                tokens.append(c.lower())
            elif style == "caps" and i == 0:
                tokens.append(f"capital {c}")
            else:
                tokens.append(c)
            i += 1
        sep = {"as_in": ", ", "lower": rng.choice(["-", " ", ", "]), "double": rng.choice([" ", ", "]),
               "caps": rng.choice([", ", " "])}[style]
        self.b.ent(sep.join(tokens), "PERSON", p.code, "sp_spelled")

    def initials_v3(self, who: str) -> None:
        """Two initials and a surname: "A. J. <surname>", "AJ <surname>"."""
        rng = self.rng
        p = self.cast[who]
        mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        s = rng.choice([f"{p.first[0]}. {mid}. {p.sur}", f"{p.first[0]}{mid} {p.sur}",
                        f"{p.first[0]} {mid} {p.sur}"])
        self.b.ent(s, "PERSON", p.code, "initial")

    def year_v3(self, y: int, born: bool = False) -> str:
        """Years as some regions and generations say them: "nineteen and eighty-four",
        "nineteen hundred and eighty-four", "the year two thousand and twelve" (the "the
        year" is left to the template), "twenty twelve", "two thousand and twelve"."""
        rng = self.rng
        hy = rng.choice(self.h.hyphen)
        if y < 2000:
            t = cardinal(y % 100, hy) if y % 100 >= 10 else f"{rng.choice(self.h.v3_zero_words)} {UNITS[y % 100]}"
            return rng.choice([f"nineteen {t}", f"nineteen {t}", f"nineteen and {t}",
                               f"nineteen hundred and {t}"] if born else [f"nineteen {t}"])
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"two thousand {UNITS[y - 2000]}"])
        t = cardinal(y - 2000, hy)
        return rng.choice([f"twenty {t}", f"two thousand and {t}", f"twenty {t}"])

    def date_v3(self, form: str) -> None:
        rng, b = self.rng, self.b
        when = datetime.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
        day, mname, wd = when.day, MONTHS[when.month - 1], WEEKDAYS[when.weekday()]
        self.day, self.month = day, when.month
        hy = rng.choice(self.h.hyphen)
        dword = ordinal_words(day, hy)
        dnum = f"{day}{ordinal_suffix(day)}"
        year = self.year_v3(when.year)
        sy = rng.choice([" ", ", "])
        if form == "written":
            form = rng.choice(["dashes", "dmy_abbr", "slash_short", "dmy"])
            s = {"dashes": f"{day:02d}-{when.month:02d}-{when.year}",
                 "dmy_abbr": f"{day} {mname[:3]} {when.year}",
                 "slash_short": f"{day}/{when.month}/{when.year % 100:02d}",
                 "dmy": f"{day} {mname} {when.year}"}[form]
            b.ent(s, "DATE", None, form)
            return
        if form == "sp_corrected":  # "the fourth, no, the fifth of May"
            wrong = ordinal_words(day + 1 if day < 28 else day - 1, hy)
            fix = rng.choice([", no, the ", " — sorry, the ", ", no, hang on, the ", "... the "])
            s = f"{wrong}{fix}{dword} of {mname}"
            b.lit(self.cap("the "))
        else:
            s = {
                "sp_dom": f"{dword} of {mname}",
                "sp_dom_y": f"{dword} of {mname}{sy}{year}",
                "sp_md": f"{mname} the {dword}",
                "sp_md_y": f"{mname} the {dword}{sy}{year}",
                "sp_weekday": f"{wd} the {dword}",
                "sp_weekday_dom": f"{wd} the {dword} of {mname}",
                "sp_weekday_noof": rng.choice([f"{wd} {dword} {mname}", f"{wd}, {dword} of {mname}",
                                               f"{wd} {dnum} {mname}"]),
                "sp_month_year": f"{mname} {year}",
                "sp_month_of_year": f"{mname} of {year}",
                "sp_dom_monthnum": f"{dword} of the {ordinal_words(when.month)}",
                "sp_mixed_date": rng.choice([f"{dnum} of {mname}{sy}{year}", f"{mname} {dnum}{sy}{year}",
                                             f"{day} {mname}{sy}{year}", f"{dword} of {mname} {when.year}"]),
            }[form]
        b.ent(self.cap(s), "DATE", None, form)

    def dob_v3(self) -> None:
        """Dates of birth: "two, four, eighty-four" (no leading zero), "ninth March sixty-two",
        "the ninth of March, nineteen and sixty-two", "O two, O four, eight four" and written
        "02-Apr-1984" or "2.4.84"."""
        rng, b = self.rng, self.b
        born = datetime.date(rng.randint(1955, 1996), rng.randint(1, 12), rng.randint(1, 28))
        hy = rng.choice(self.h.hyphen)
        mname, dword, yy = MONTHS[born.month - 1], ordinal_words(born.day, hy), born.year % 100
        short = cardinal(yy, hy) if yy >= 10 else f"{rng.choice(self.h.v3_zero_words)} {UNITS[yy]}"
        form = rng.choice(["sp_dob", "sp_dob_numbers", "sp_dob_numbers", "sp_dob_noof",
                           "sp_dob_digits", "dob_abbr", "dob_dots", "sp_dob_md"])
        sep = rng.choice([", ", " ", ", "])
        if form == "sp_dob":
            s = f"{dword} of {mname}{sep}{self.year_v3(born.year, born=True)}"
            if rng.random() < 0.4:
                b.lit(self.cap("the "))
        elif form == "sp_dob_md":
            s = f"{mname} {dword}{sep}{self.year_v3(born.year, born=True)}"
        elif form == "sp_dob_noof":
            s = f"{dword} {mname}{sep}{short if rng.random() < 0.6 else self.year_v3(born.year, born=True)}"
        elif form == "sp_dob_numbers":
            sep = rng.choice([", ", ", ", " — ", ". "])
            d = cardinal(born.day, hy) if rng.random() < 0.8 else str(born.day)
            m = cardinal(born.month, hy) if rng.random() < 0.8 else str(born.month)
            s = f"{d}{sep}{m}{sep}{short if rng.random() < 0.8 else self.year_v3(born.year, born=True)}"
        elif form == "sp_dob_digits":
            s = self.speak_v3(f"{born.day:02d}{born.month:02d}{yy:02d}", [2, 2, 2])
        elif form == "dob_abbr":
            s = f"{born.day:02d}-{mname[:3]}-{born.year}"
        else:
            s = f"{born.day}.{born.month}.{yy:02d}"
        b.ent(self.cap(s), "DATE", None, form)

    AGE_V3: ClassVar[dict[str, str]] = {
        "approach": "sp_approach", "wrong_side": "sp_wrong_side", "odd": "sp_odd",
        "turned": "sp_turned", "answer": "sp_answer", "words": "sp_words", "decade": "sp_decade",
        "interjection": "sp_interjection", "corrected": "sp_corrected", "question": "sp_question",
        "last_month": "sp_last_month", "next": "sp_next"}

    def age_v3(self, form: str, kind: str | None) -> None:
        """Ages for round 6: "coming up to [fifty]", "the wrong side of [forty]", "[forty]-odd"
        (one person's age, unlike the group's "forty-somethings"), "[Forty-three], no, [forty-
        four]" as one corrected span, "mid-[forties]"."""
        rng, b = self.rng, self.b
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        hy = rng.choice(self.h.hyphen)
        if form in ("approach", "wrong_side", "question"):
            n = rng.choice([30, 40, 50, 60, 40, 50, 35, 45, 55, 65, 70])
        if form == "odd":
            n = rng.choice([30, 40, 50, 60, 70, 80])
            s = f"{cardinal(n)}-{rng.choice(['odd', 'something', 'ish'])}"
        elif form == "decade":
            s = TENS[max(2, n // 10)][:-1] + "ies"
        elif form == "corrected":
            other = n - 1 if rng.random() < 0.5 else n + 1
            s = f"{cardinal(other, hy)}{rng.choice([', no, ', '. No, ', ' — no, wait, ', ', sorry, '])}{cardinal(n, hy)}"
        else:
            s = cardinal(n, hy) if rng.random() < 0.85 else str(n)
        b.ent(self.cap(s), "AGE", None, self.AGE_V3[form])

    def render(self, template: str, opener: bool) -> None:
        if opener and not template.startswith("{"):
            op = self.rng.choice(self.t.openers)
            first = template.split(" ", 1)[0]
            if op and first in ("I", "I'm", "I'd", "I've", "I'll", "It", "It's", "We", "My",
                                "The", "There", "She", "He", "We're"):
                self.b.lit(op)
                if first not in ("I", "I'm", "I'd", "I've", "I'll"):
                    template = template[0].lower() + template[1:]
        pos = 0
        for m in re.finditer(r"\{([A-Za-z_][A-Za-z0-9_]*)((?::[A-Za-z_]+)*)\}", template):
            if m.start() > pos:
                self.b.lit(template[pos:m.start()])
            self.slot(m.group(1), [a for a in m.group(2).split(":") if a])
            pos = m.end()
        if pos < len(template):
            self.b.lit(template[pos:])

    def turn(self, who: str, sentences: list[str]) -> None:
        if self.h.v15:  # heldout15: go-along car shifts, walking interviews, agency transcripts
            self.turn_v15(who, sentences)
            return
        if self.h.v14:  # heldout14: video auto-transcripts, hand transcripts, interpreters
            self.turn_v14(who, sentences)
            return
        if self.h.v16:  # heldout16: think-aloud forms, staffing checks, Teams exports
            self.turn_v16(who, sentences)
            return
        if self.h.v13:  # heldout13: focus groups and pair interviews, overlaps, f4 times
            self.turn_v13(who, sentences)
            return
        if self.h.v12:  # heldout12: telephone/video interviews, caption exports, notes
            self.turn_v12(who, sentences)
            return
        if self.h.v11:  # heldout11: oral histories, two interviewers, raw speech recognition
            self.turn_v11(who, sentences)
            return
        if self.h.v10:  # heldout10: phone-ins, podcasts, kitchen-table calls, laggy video
            self.turn_v10(who, sentences)
            return
        if self.h.v9:  # heldout9: focus groups, dictated answers, relayed calls, CA notation
            self.turn_v9(who, sentences)
            return
        if self.h.v8 and self.clock is not None:  # heldout8: a caption cue before the turn
            self.cue8()
            if who == "N":
                self.b.raw = True  # type: ignore[attr-defined]
        elif self.clock is not None:
            self.clock += self.rng.randint(6, 80)
            c = self.clock
            self.b.lit(f"[{c // 3600:02d}:{c // 60 % 60:02d}:{c % 60:02d}] ")
        if who == "N":  # heldout4: a transcriber's note or pasted text, no speaker label
            for line in sentences:
                self.render(line, opener=False)
            self.b.lit("\n\n")
            return
        if who == "O":  # heldout4: a third voice in the room (its labels are the set's data)
            if not self.olabel:
                self.olabel = self.rng.choice(self.t.negatives["_other_labels"])
            self.b.lit(f"{self.olabel}: ")
        else:
            self.b.lit(f"{self.ilabel if who == 'I' else self.plabel}: ")
        if self.rng.random() < 0.05:
            self.b.lit(self.rng.choice(["[laughs] ", "[pause] ", "[crosstalk] "]))
        for i, s in enumerate(sentences):
            if i:
                self.b.lit(" ")
            self.render(s, opener=(who == "P"))
        self.b.lit("\n\n")

    def exchange(self, lines: list[str]) -> None:
        for line in lines:
            who, text = line.split("|", 1)
            extra = []
            if who == "P" and self.rng.random() < 0.25:
                extra = [self.rng.choice(self.t.filler)]
            self.turn(who, [text, *extra])

    def write(self, n_exchanges: int) -> str:
        rng, t = self.rng, (self.templates_v6() if self.h.v6 else self.templates_v10() if self.h.v10
                            else self.templates_v15() if self.h.v15 else self.t)
        self.exchange(rng.choice(t.opening))
        for _ in range(n_exchanges):
            r = rng.random()
            if r < 0.66:
                lines = rng.choice(t.exchanges)
                if not lines[0].startswith("I|"):
                    self.turn("I", [rng.choice(t.questions)])
                self.exchange(lines)
            elif r < 0.9:
                self.turn("I", [rng.choice(t.questions)])
                k = rng.choice([1, 2, 2, 3])
                self.turn("P", [rng.choice(t.talk) if rng.random() < 0.6 else rng.choice(t.filler)
                                for _ in range(k)])
            else:
                self.turn("I", [rng.choice(t.backchannel)])
                self.turn("P", [rng.choice(t.filler)])
        self.exchange(rng.choice(t.closing))
        return self.b.text()

    # ----------------------------------------------------------------- round 12 (heldout8)
    # Used only by a set whose habits say ``v8`` (heldout8); every other set renders byte for
    # byte as before. Its words (caption homophones, caption speaker labels, code-switched
    # digits, the voices of its participants) are its own data, in ``self.t.negatives`` under
    # keys starting "_".
    def init_v8(self) -> None:
        """A document is either an automatic-caption export that a research assistant only
        half corrected (lower case, few commas, homophones, numerals; cue times before each
        turn) or a hand transcript; the caption labels come from the set's data."""
        rng = self.rng
        self.state8["style"] = rng.choice(["caption", "caption", "hand"])
        if self.state8["style"] == "caption":
            self.b = CaptionBuilder()
            self.ilabel, self.plabel = rng.choice(
                [tuple(x.split("=>", 1)) for x in self.data8("caption_labels")])
            self.clock = rng.randint(20_000, 200_000)  # milliseconds

    def data8(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs8(self, key: str) -> dict[str, str]:
        return dict(entry.split("=>", 1) for entry in self.data8(key))

    def voice8(self) -> str:
        me = self.cast["self"]
        return self.pairs8("voices").get(f"{me.first} {me.sur}", "plain")

    def captioned8(self) -> bool:
        """True inside a turn the caption engine wrote and nobody corrected."""
        return isinstance(self.b, CaptionBuilder) and not self.b.raw

    def cue8(self) -> None:
        """A caption cue's times before a turn ("00:14:03.520 --> 00:14:07.110")."""
        assert self.clock is not None
        start = self.clock + self.rng.randint(40, 900)
        end = start + self.rng.randint(1500, 40000)
        self.clock = end

        def ts(ms: int) -> str:
            return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
        self.b.raw = True
        self.b.lit(f"{ts(start)} --> {ts(end)}\n")
        self.b.raw = self.rng.random() < 0.3  # this turn was corrected by hand

    def slot_v8(self, name: str, args: list[str]) -> bool:
        """Round 12's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v8(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v8(name, arg)
        elif name == "AGAIN":  # the last number said again, slowly, after "pardon?"
            digits, type_, groups = self.state8["last"], self.state8["last_type"], self.state8["groups"]
            b.ent(self.words8(digits, [int(g) for g in groups.split(",")], "pardon"), type_, None,
                  "sp_pardon")
        elif name == "POSTCODE":
            self.postcode_v8(arg)
        elif name == "ADDR":
            self.address_v8(arg)
        elif name == "EMAIL":
            self.email_v8(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v8(arg)
        elif name == "BANDNAME":  # a child's wristband: the parent's surname first, in capitals
            me = self.cast["self"]
            child = self.state8.setdefault("child", rng.choice(self.pools.first_names))
            b.ent(f"{me.sur.upper()}, {child.upper()}", "PERSON", None, "caps_sur_first")
        elif name == "DATE":
            self.date_v8(arg)
        elif name == "DOB":
            self.date_v8("dob_child" if arg == "child" else "dob")
        elif name == "BIRTHYEAR":
            self.date_v8("birth_year")
        elif name == "MONTHSAID":
            self.month = rng.randint(1, 12)
            b.lit(MONTHS[self.month - 1])
        elif name == "DAYONLY":
            b.ent(self.ordinal8(rng.randint(1, 28)), "DATE", None, "sp_day_only")
        elif name == "AGE":
            self.age_v8(arg, args[1] if len(args) > 1 else None)
        elif name == "V":  # a word in the speaker's own voice or language
            b.lit(rng.choice(self.data8(f"v_{self.voice8()}_{arg}")))
        elif name == "PARDON":
            b.lit(rng.choice(self.data8("pardons")))
        else:
            return False
        return True

    def ordinal8(self, day: int) -> str:
        if self.captioned8() and self.rng.random() < 0.5:
            return f"{day}{ordinal_suffix(day)}"
        word = ordinal_words(day)
        if self.captioned8() and word == "fourth":
            return "forth"
        return word

    def mode8(self) -> str:
        """How a number is said this time: caption-garbled, in the speaker's own language,
        with hundreds and thousands, or plainly."""
        rng, voice = self.rng, self.voice8()
        if self.captioned8() and rng.random() < 0.7:
            return "caption"
        if voice in ("hindi", "urdu", "french", "spanish") and rng.random() < 0.55:
            return "foreign"
        if rng.random() < 0.3:
            return "thousands"
        return ""

    def words8(self, digits: str, groups: list[int], mode: str) -> str:
        rng, h = self.rng, self.h
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        zero = rng.choice(h.zero_words)
        foreign = self.pairs8(f"digits_{self.voice8()}") if mode == "foreign" else {}
        sounds = self.pairs8("caption_digits")
        said: list[str] = []
        for g in parts:
            if mode == "thousands" and g[0] != "0" and len(g) in (3, 4) and rng.random() < 0.8:
                said.append(cardinal(int(g)))
                continue
            if mode == "caption" and rng.random() < 0.3:
                said.append(g)  # the captioner wrote the group as a number
                continue
            toks: list[str] = []
            i = 0
            while i < len(g):
                d = g[i]
                run = len(g) - i - len(g[i:].lstrip(d))
                w = zero if d == "0" else UNITS[int(d)]
                if foreign and rng.random() < 0.75:
                    w = foreign.get(d, w)
                if mode == "caption":
                    r = rng.random()
                    if r < 0.35 and d in sounds:
                        w = rng.choice(sounds[d].split("/"))
                    elif r < 0.55:
                        w = d
                if mode != "pardon" and run >= 3 and rng.random() < h.p_triple:
                    toks.append(f"{rng.choice(h.triple_words)} {w}")
                    i += 3
                elif mode != "pardon" and run >= 2 and rng.random() < h.p_double:
                    toks.append(f"double {w}")
                    i += 2
                else:
                    toks.append(w)
                    i += 1
            said.append((". " if mode == "pardon" else " ").join(toks))
        if mode == "pardon":
            return ". ".join(said)
        out = said[0]
        for s in said[1:]:
            out += rng.choice(h.group_seps) + s
        return out

    def form8(self, mode: str, said: str, base: str) -> str:
        if mode == "foreign":
            words = set(self.pairs8(f"digits_{self.voice8()}").values())
            return "sp_foreign" if words & set(re.findall(r"[^\s,.]+", said)) else base
        if mode == "caption":
            sounds = {w for v in self.pairs8("caption_digits").values() for w in v.split("/")}
            if sounds & set(re.findall(r"[a-z]+", said)):
                return "sp_homophone"
            return "sp_caption_digits" if re.search(r"\d", said) else base
        return {"thousands": "sp_thousands" if " hundred" in said or "thousand" in said
                else base}.get(mode, base)

    def remember8(self, digits: str, type_: str, groups: list[int]) -> None:
        self.state8.update(last=digits, last_type=type_, groups=",".join(map(str, groups)))

    def phone_v8(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "landline":
            area, length = rng.choice(self.pools.landline_areas)
            d = "0" + area + "".join(str(rng.randint(0, 9)) for _ in range(length))
            groups = [1 + len(area), 3, length - 3] if rng.random() < 0.5 else [1 + len(area), length]
        else:
            d = "07" + rng.choice("3456789") + f"{rng.randint(0, 10 ** 8 - 1):08d}"
            groups = rng.choice([[5, 6], [5, 3, 3], [4, 3, 4], [2, 3, 3, 3]])
        self.remember8(d, "PHONE", groups)
        if form == "typed":
            b.ent(f"{d[:5]} {d[5:]}", "PHONE", None, "typed")
            return
        if form in ("letter", "wristband"):
            b.ent(self.words8(d, groups, ""), "PHONE", None, f"sp_{form}")
            return
        mode = "thousands" if form == "thousands" else self.mode8()
        said = self.words8(d, groups, mode)
        base = "sp_landline" if form == "landline" else "sp_mobile"
        b.ent(said, "PHONE", None, self.form8(mode, said, base))

    def number_v8(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "GMC":
            d, groups = f"{rng.randint(2, 7)}{rng.randint(0, 999999):06d}", rng.choice([[7], [3, 4], [4, 3]])
        else:
            while True:
                if kind == "CHI":
                    born = datetime.date(rng.randint(2008, 2022), rng.randint(1, 12), rng.randint(1, 28))
                    nine = born.strftime("%d%m%y") + f"{rng.randint(0, 999):03d}"
                else:
                    nine = f"{rng.randint(4, 7)}{rng.randint(0, 10 ** 8 - 1):08d}"
                check = nhs_check_digit(nine)
                if check is not None:
                    break
            d = nine + str(check)
            groups = [3, 3, 4] if kind == "NHS" else rng.choice([[6, 4], [2, 2, 2, 4]])
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        self.remember8(d, type_, groups)
        if form == "typed":
            b.ent(" ".join(d[sum(groups[:i]):sum(groups[:i + 1])] for i in range(len(groups)))
                  if kind != "GMC" else d, type_, None, kind.lower())
            return
        if form in ("letter", "wristband"):
            b.ent(self.words8(d, groups, ""), type_, None, f"sp_{form}")
            return
        mode = "thousands" if form == "thousands" else self.mode8()
        said = self.words8(d, groups, mode)
        b.ent(said, type_, None, self.form8(mode, said, f"sp_{kind.lower()}"))

    def letters8(self, s: str, caption: bool) -> str:
        sounds = self.pairs8("caption_letters")
        out = []
        for c in s:
            if c.isdigit():
                out.append(c if caption and self.rng.random() < 0.5 else UNITS[int(c)])
            elif caption and c in sounds and self.rng.random() < 0.6:
                out.append(sounds[c])
            else:
                out.append(c)
        return " ".join(out)

    def postcode_v8(self, form: str) -> None:
        rng, b = self.rng, self.b
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        caption = self.captioned8()
        letters = "".join(c for c in outward if c.isalpha())
        number = outward[len(letters):]
        if caption and rng.random() < 0.4:
            num = number
        elif len(number) == 2 and rng.random() < 0.6:
            num = cardinal(int(number))
        else:
            num = " ".join(UNITS[int(c)] for c in number)
        head = f"{self.letters8(letters, caption)} {num}"
        tail = f"{UNITS[int(inward[0])]} {self.letters8(inward[1:], caption)}"
        said = head + rng.choice([", ", " ", " — ", "... "]) + tail
        if form in ("letter", "wristband"):
            b.ent(said, "POSTCODE", None, f"sp_{form}")
            return
        f = "sp_postcode"
        if caption:
            sounds = set(self.pairs8("caption_letters").values())
            f = ("sp_homophone" if sounds & set(said.split())
                 else "sp_caption_digits" if re.search(r"\d", said) else f)
        b.ent(said, "POSTCODE", None, f)

    def address_v8(self, form: str) -> None:
        rng, b = self.rng, self.b
        n = rng.choice([rng.randint(1, 99), rng.randint(1, 40), rng.randint(100, 340)])
        street = rng.choice(self.pools.streets)
        if form == "typed":
            b.ent(f"{n} {street}", "LOCATION", None, "address")
            return
        if self.captioned8() and rng.random() < 0.6:
            b.ent(f"{n} {street}", "LOCATION", None, "sp_caption_digits")
            return
        words = cardinal(n, hundred_a=rng.random() < 0.5)
        f = {"letter": "sp_letter"}.get(form, "sp_address")
        b.ent(f"{words} {street}", "LOCATION", None, f)

    def email_v8(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast["self" if who == "self_other" else who]
        if who == "self" and p.email:
            address = p.email
        else:
            sep = rng.choice(self.data8("local_joins"))
            address = f"{p.first.lower()}{sep}{p.sur.lower()}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            b.ent(address, "EMAIL", None, "typed")
            return
        local, domain = address.split("@")
        said_marks = self.pairs8("email_marks")

        def say(part: str) -> str:
            out = []
            for tok in re.split(r"([.\-_])", part):
                if tok in said_marks:
                    out.append(rng.choice(said_marks[tok].split("/")))
                elif tok.isdigit():
                    out.append(" ".join(UNITS[int(c)] for c in tok))
                elif tok:
                    out.append(tok)
            return " ".join(out)
        if self.captioned8() and rng.random() < 0.7:  # the captioner typed some of it
            said = f"{say(local)} {rng.choice(['at', '@'])} {domain}"
            b.ent(said, "EMAIL", None, "sp_email_caption")
            return
        said = f"{say(local)} {rng.choice(['at', 'at', 'at, uhm,'])} {say(domain)}"
        b.ent(said, "EMAIL", None, "sp_email_hyphen" if "-" in local else "sp_email")

    def spelled_v8(self, who: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast[who]
        letters = [c.upper() for c in p.sur if c.isalpha()]
        caption = self.captioned8()
        sounds = self.pairs8("caption_letters")
        toks: list[str] = []
        i = 0
        while i < len(letters):
            c = letters[i]
            say = sounds[c] if caption and c in sounds and rng.random() < 0.6 else c
            if i + 1 < len(letters) and letters[i + 1] == c and rng.random() < 0.8:
                toks.append(f"double {say}")
                i += 2
            else:
                toks.append(say)
                i += 1
        said = rng.choice([" ", ", ", " "]).join(toks)
        f = "sp_spelled"
        if caption and set(sounds.values()) & set(said.lower().replace(",", "").split()):
            f = "sp_spelled_caption"
        b.ent(said, "PERSON", p.code, f)

    def year8(self, y: int) -> str:
        if y >= 2000:
            return f"two thousand and {cardinal(y - 2000)}" if y > 2000 else "two thousand"
        return f"nineteen {cardinal(y % 100)}" if y % 100 >= 10 else f"nineteen oh {UNITS[y % 10]}"

    def date_v8(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "dob_child":
            year = rng.randint(2005, 2022)
        elif form in ("dob", "birth_year", "typed_dob"):
            year = rng.randint(1958, 1997)
        else:
            year = rng.randint(2001, 2026)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        caption = self.captioned8()
        if form == "birth_year":
            b.ent(str(year) if caption and rng.random() < 0.5 else self.year8(year), "DATE", None,
                  "sp_birth_year")
            return
        if form in ("typed", "typed_dob"):
            b.ent(f"{day:02d}/{month:02d}/{year}", "DATE", None, "slash")
            return
        if form in ("letter", "wristband"):  # read off the band or the letter, as numbers
            zero = rng.choice(self.h.zero_words)
            dd = f"{zero} {UNITS[day]}" if day < 10 else cardinal(day)
            mm = f"{zero} {UNITS[month]}" if month < 10 else cardinal(month)
            b.ent(f"{dd}, {mm}, {self.year8(year)}", "DATE", None, f"sp_{form}")
            return
        if form == "foreign" and self.voice8() in ("french", "spanish"):
            lang = self.voice8()
            months = self.data8(f"months_{lang}")
            nums = self.pairs8(f"numbers_{lang}")
            dn = nums[f"{lang[:2].replace('sp', 'es')}{day}"] if day > 1 or lang == "spanish" else "premier"
            said = (f"le {dn} {months[month - 1]}" if lang == "french"
                    else f"el {dn} de {months[month - 1]}")
            b.ent(said, "DATE", None, "sp_foreign")
            return
        if form == "foreign":  # a speaker with no other language says it in English
            form = "dom_y"
        ow = self.ordinal8(day)
        if form == "weekday_dom":
            when = datetime.date(year, month, day)
            said = f"{WEEKDAYS[when.weekday()]} the {ow} of {MONTHS[month - 1]}"
            f = "sp_weekday_dom"
        elif form == "month_year":
            said, f = f"{MONTHS[month - 1]} {self.year8(year)}", "sp_month_year"
        elif form == "us":  # the month first and no "of", as a US-trained speaker says it
            us_year = self.year8(year).replace("thousand and", "thousand")
            said, f = f"{MONTHS[month - 1]} {ow}, {us_year}", "sp_md_us"
        elif form == "dom":
            said, f = f"the {ow} of {MONTHS[month - 1]}", "sp_dom"
        else:  # dom_y, dob, dob_child
            said = f"the {ow} of {MONTHS[month - 1]} {self.year8(year)}"
            f = "sp_dom_y" if form == "dom_y" else "sp_dob"
        if caption and rng.random() < 0.5:
            said = said.replace(self.year8(year), rng.choice([str(year), f"{year // 1000}000 and {year % 100}"
                                                              if year > 2000 else str(year)]))
        if said.startswith("the ") and rng.random() < 0.5:
            b.lit("the ")
            said = said[4:]
        if caption and (re.search(r"\d", said) or "forth" in said.split()):
            f = "sp_homophone" if "forth" in said.split() else "sp_caption_digits"
        b.ent(said, "DATE", None, f)

    def age_v8(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = {"child": (2, 15), "young": (24, 36), "elderly": (67, 94)}.get(kind or "", (31, 64))
        n = rng.randint(lo, hi)
        if form == "half":
            b.ent(f"{cardinal(rng.randint(1, 12))} and a half", "AGE", None, "sp_and_a_half")
            return
        if form == "going_on":
            b.ent(cardinal(rng.randint(3, 16)), "AGE", None, "sp_going_on")
            return
        if form == "decade_part":
            part = rng.choice(["early", "mid", "late"])
            dec = f"{TENS[n // 10][:-1]}ies"
            b.ent(f"mid-{dec}" if part == "mid" else f"{part} {dec}", "AGE", None, "sp_decade_part")
            return
        if form == "foreign" and self.voice8() in ("french", "spanish"):
            lang = self.voice8()
            nums = self.pairs8(f"numbers_{lang}")
            said = nums.get(f"{lang[:2].replace('sp', 'es')}{n}")
            b.ent(said or cardinal(n), "AGE", None, "sp_foreign" if said else "sp_words")
            return
        if self.captioned8() and rng.random() < 0.5:
            b.ent(str(n), "AGE", None, "caption_age")
            return
        words = cardinal(n)
        if form == "answer":
            b.ent(capitalise(words) if b.at_sentence_start() else words, "AGE", None, "sp_answer")
        else:
            b.ent(words, "AGE", None, "sp_words")

    # ----------------------------------------------------------------- round 11 (heldout7)
    # Used only by a set whose habits say ``v7`` (heldout7); every other set renders byte for
    # byte as before. Its words (dialect digits, the transcriber's pause marks, feast days,
    # the participants' voices) are its own data, in ``self.t.negatives`` under keys
    # starting "_".
    def slot_v7(self, name: str, args: list[str]) -> bool:
        """Round 11's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v7(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v7(name, arg)
        elif name == "POSTCODE":
            self.postcode_v7(arg)
        elif name == "ADDR":
            self.address_v7(arg)
        elif name == "EMAIL":
            self.email_v7(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v7(arg)
        elif name == "DATE":
            self.date_v7(arg)
        elif name == "DOB":
            self.date_v7("dob")
        elif name == "BIRTHYEAR":
            self.date_v7(arg or "birth_year")
        elif name == "DAYONLY":  # a day alone; its month is in the voice note's header
            day = int(self.state7.get("vn_day", "12")) + (rng.randint(1, 4) if arg == "later" else 0)
            b.ent(ordinal_words(day), "DATE", None, "sp_day_only")
        elif name == "AGE":
            self.age_v7(arg, args[1] if len(args) > 1 else None)
        elif name == "V":  # a word in the speaker's own voice ("aye", "yeah man", ...)
            b.lit(rng.choice(self.data7(f"v_{self.voice7()}_{arg}")))
        elif name == "VN":  # a voice-note diary entry's header, typed by the transcriber
            self.voice_note7()
        elif name == "PAUSE":  # a pause mark outside any number, in the transcriber's style
            b.lit(self.pause7())
        else:
            return False
        return True

    def data7(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs7(self, key: str) -> dict[str, str]:
        return dict(entry.split("=", 1) for entry in self.data7(key))

    def voice7(self) -> str:
        """How this document's participant speaks: the set's data names each register
        participant's voice (a region's words for digits, a stammer, or plain)."""
        if "voice" not in self.state7:
            me = self.cast["self"]
            self.state7["voice"] = self.pairs7("voices").get(f"{me.first} {me.sur}", "plain")
        return self.state7["voice"]

    def style7(self) -> str:
        """The transcriber's conventions for this document: timed pauses in brackets
        (``jefferson``), ellipses, or none."""
        if "style" not in self.state7:
            self.state7["style"] = self.rng.choice(["jefferson", "jefferson", "ellipsis", "plain"])
        return self.state7["style"]

    def pause7(self) -> str:
        style = self.style7()
        if style == "jefferson":
            return self.rng.choice(self.data7("pauses"))
        return "..." if style == "ellipsis" else "—"

    def mode7(self, allow_half: bool = True) -> str:
        """How a number is said this time: stammered, in dialect digits, with the
        transcriber's pauses, with the interviewer's backchannel inlaid, half typed, plainly."""
        rng, voice = self.rng, self.voice7()
        r = rng.random()
        if voice == "stammer" and r < 0.7:
            return "stammer"
        if voice in ("scots", "geordie", "caribbean") and r < 0.45:
            return "dialect"
        r = rng.random()
        if self.style7() == "jefferson":
            r -= 0.3
            if r < 0:
                return "pauses"
        if r < 0.15:
            return "inlaid"
        if allow_half and r < 0.25:
            return "half"
        return ""

    def inlay7(self) -> str:
        """The interviewer's backchannel as the transcriber inlays it: "FW: mm"."""
        return f"{self.ilabel}: {self.rng.choice(self.data7('inlays'))}"

    def form7(self, mode: str, said: str, base: str) -> str:
        """The form of a number said in ``mode``: dialect only where a dialect word was said."""
        if mode == "dialect":
            words = set(self.pairs7(f"digits_{self.voice7()}").values())
            if not words & set(re.findall(r"[a-z']+", said)):
                return base
        return self.FORM7.get(mode, base)

    FORM7: ClassVar[dict[str, str]] = {"stammer": "sp_stammer", "dialect": "sp_dialect",
                                       "pauses": "sp_pauses", "inlaid": "sp_inlaid",
                                       "half": "sp_half_digits"}

    def stammer7(self, tok: str) -> str:
        """A word as a person who stammers says it, written verbatim."""
        rng = self.rng
        if not tok[:1].isalpha():
            return tok
        head = tok[0]
        if head.lower() in "aeiou":  # a cut-off sound, never a whole word said again
            return rng.choice([f"{head}- {tok}", f"{head}- {head}- {tok}", f"{tok[:2]}- {tok}"])
        return rng.choice([f"{head}-{head}-{tok}", f"{tok[:2]}- {tok}", f"{head}... {tok}",
                           f"{head}-{head}-{head}-{tok}", f"{tok[:2]}- (.) {tok}"])

    def words7(self, digits: str, groups: list[int], mode: str) -> str:
        """Digits read out in ``groups``, said in ``mode`` (see ``mode7``)."""
        rng, h = self.rng, self.h
        zero = rng.choice(self.h.zero_words)
        dialect = self.pairs7(f"digits_{self.voice7()}") if mode == "dialect" else {}
        if mode in ("inlaid", "pauses") and len(groups) == 1:  # a mark needs two groups
            groups = [3, groups[0] - 3]
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        said: list[list[str]] = []
        for g in parts:
            toks: list[str] = []
            i = 0
            while i < len(g):
                d = g[i]
                run = len(g) - i - len(g[i:].lstrip(d))
                w = dialect.get(d) or (zero if d == "0" else UNITS[int(d)])
                if mode == "half" and rng.random() < 0.5:
                    toks.append(d)
                    i += 1
                    continue
                if run >= 3 and rng.random() < h.p_triple:
                    toks.append(f"{rng.choice(h.triple_words)} {w}")
                    i += 3
                elif run >= 2 and rng.random() < h.p_double:
                    toks.append(f"double {w}")
                    i += 2
                else:
                    toks.append(w)
                    i += 1
            said.append(toks)
        if mode == "stammer":
            flat = [(gi, ti) for gi, toks in enumerate(said) for ti in range(len(toks))]
            for gi, ti in rng.sample(flat, min(len(flat), rng.choice([1, 2, 2, 3]))):
                if gi == 0 and ti == 0:
                    said[gi][ti] = self.stammer7(said[gi][ti]).replace(" (.) ", " ")
                else:
                    said[gi][ti] = self.stammer7(said[gi][ti])
        out = " ".join(said[0])
        inlay = len(said) - 1 if mode == "inlaid" else -1
        if mode == "inlaid" and len(said) > 2:
            inlay = rng.randint(1, len(said) - 1)
        for i, toks in enumerate(said[1:], start=1):
            if i == inlay:
                sep = f" ({self.inlay7()}) "
            elif mode == "pauses" or (mode == "stammer" and self.style7() == "jefferson"):
                sep = f" {rng.choice(self.data7('pauses'))} "
            elif self.style7() == "ellipsis" and rng.random() < 0.5:
                sep = "... "
            else:
                sep = rng.choice(h.group_seps)
            out += sep + " ".join(toks)
        return out

    def mobile7(self) -> str:
        return "07" + str(self.rng.choice("4579")) + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v7(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "any":
            form = rng.choice(["mobile", "mobile", "landline"])
        if form == "landline":
            area, length = rng.choice(self.pools.landline_areas)
            d = "0" + area + "".join(str(rng.randint(0, 9)) for _ in range(length))
            groups = [1 + len(area), length] if rng.random() < 0.5 else [1 + len(area), 3, length - 3]
        else:
            d = self.mobile7()
            groups = rng.choice([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4]])
        if form == "typed":  # the transcriber typed it as digits
            b.ent(f"{d[:5]} {d[5:]}", "PHONE", None, "typed")
            return
        if form == "as_year":  # the last four said as a year ("... nineteen seventy-one")
            year = rng.randint(1950, 2009) if rng.random() < 0.8 else rng.randint(2010, 2024)
            d = d[:7] + str(year)
            head = self.words7(d[:7], [5, 2], "")
            b.ent(f"{head}, {self.year7(year)}", "PHONE", None, "sp_as_year")
            b.lit(rng.choice(self.data7("as_year_after")))
            return
        if form == "tailfirst":  # the end first, then the start: two spans
            cut = len(d) - rng.choice([3, 4, 6])
            tail = d[cut:]
            b.ent(self.words7(tail, [len(tail)] if len(tail) < 6 else [3, 3], ""), "PHONE", None,
                  "sp_tail_first")
            b.lit(rng.choice(self.data7("tail_then_head")))
            b.ent(self.words7(d[:cut], [5] if cut == 5 else [5, cut - 5], ""), "PHONE", None,
                  "sp_tail_first")
            return
        if form == "readoff":
            b.ent(self.words7(d, groups, ""), "PHONE", None, "sp_readoff")
            return
        mode = self.mode7()
        base = "sp_landline" if form == "landline" else "sp_mobile"
        said = self.words7(d, groups, mode)
        b.ent(said, "PHONE", None, self.form7(mode, said, base))

    def nhs7(self) -> str:
        while True:
            nine = f"{self.rng.randint(1, 9)}{self.rng.randint(0, 10 ** 8 - 1):08d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def chi7(self) -> str:
        rng = self.rng
        while True:
            nine = (f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}"
                    f"{rng.randint(0, 999):03d}")
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def number_v7(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        if kind == "GMC":
            d = str(rng.choice([6, 7])) + f"{rng.randint(0, 999999):06d}"
            groups = rng.choice([[7], [3, 4], [4, 3], [1, 3, 3]])
            base = "sp_gmc"
        elif kind == "CHI":
            d = self.chi7()
            groups = rng.choice([[6, 4], [2, 2, 2, 4], [3, 3, 4]])
            base = "sp_chi"
        else:
            d = self.nhs7()
            groups = rng.choice([[3, 3, 4], [3, 3, 4], [4, 3, 3]])
            base = "sp_nhs"
        if form == "typed":
            b.ent(d if kind == "GMC" else (f"{d[:3]} {d[3:6]} {d[6:]}" if kind == "NHS" else d),
                  type_, None, "typed")
            return
        if form == "readoff":
            b.ent(self.words7(d, groups, ""), type_, None, "sp_readoff")
            return
        if form == "tailfirst":
            cut = len(d) - rng.choice([3, 4])
            b.ent(self.words7(d[cut:], [len(d) - cut], ""), type_, None, "sp_tail_first")
            b.lit(rng.choice(self.data7("tail_then_head")))
            b.ent(self.words7(d[:cut], [3, cut - 3] if cut > 4 else [cut], ""), type_, None,
                  "sp_tail_first")
            return
        mode = self.mode7()
        said = self.words7(d, groups, mode)
        b.ent(said, type_, None, self.form7(mode, said, base))

    def letters7(self, s: str) -> str:
        return " ".join(s)

    def postcode_v7(self, form: str) -> None:
        rng, b = self.rng, self.b
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            b.ent(f"{outward} {inward}", "POSTCODE", None, "typed")
            return
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        mode = "" if form in ("readoff", "tailfirst") else self.mode7(allow_half=False)
        if mode == "dialect":
            mode = ""
        if mode == "stammer":
            letters_said = self.stammer7(letters[0]) + (" " + self.letters7(letters[1:]) if len(letters) > 1 else "")
        else:
            letters_said = self.letters7(letters)
        num_said = (cardinal(int(num)) if len(num) == 2 and rng.random() < 0.6
                    else " ".join(UNITS[int(c)] for c in num))
        in_said = f"{UNITS[int(inward[0])]} {self.letters7(inward[1:])}"
        if form == "tailfirst":  # the inward code first, then the outward: two spans
            b.ent(in_said, "POSTCODE", None, "sp_tail_first")
            b.lit(rng.choice(self.data7("postcode_then_head")))
            b.ent(f"{letters_said} {num_said}", "POSTCODE", None, "sp_tail_first")
            return
        if mode == "pauses":
            sep = f" {rng.choice(self.data7('pauses'))} "
        elif mode == "inlaid":
            sep = f" ({self.inlay7()}) "
        else:
            sep = rng.choice([", ", " ", "... ", ", "])
        b.ent(f"{letters_said} {num_said}{sep}{in_said}", "POSTCODE", None,
              "sp_readoff" if form == "readoff" else self.FORM7.get(mode, "sp_postcode"))

    def address_v7(self, form: str) -> None:
        rng, b = self.rng, self.b
        n = rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(31, 160)])
        street = rng.choice(self.pools.streets)
        if form == "typed":
            b.ent(f"{n} {street}", "LOCATION", None, "typed")
            return
        words = cardinal(n, "-", hundred_a=rng.random() < 0.5)
        mode = "" if form == "readoff" else self.mode7(allow_half=False)
        if mode == "dialect":
            dialect = self.pairs7(f"digits_{self.voice7()}")
            said = "-".join(dialect.get(str(UNITS.index(w)), w) if w in UNITS[:10] else w
                            for w in words.split("-"))
        elif mode == "stammer":
            said = self.stammer7(words)
        elif mode in ("pauses", "inlaid"):
            said = f"{words} {self.pause7() if mode == 'pauses' else '(' + self.inlay7() + ')'}"
        else:
            said = words
        b.ent(f"{said} {street}", "LOCATION", None,
              "sp_readoff" if form == "readoff" else self.form7(mode, said, "sp_address"))

    def email_v7(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast["self" if who == "self_other" else who]
        code = p.code
        if p.email and who != "self_other":
            local, domain = p.email.split("@")
        else:
            local = rng.choice([f"{p.first.lower()}.{p.sur.lower()}", f"{p.first[0].lower()}{p.sur.lower()}",
                                f"{p.first.lower()}{rng.randint(1, 99)}"])
            domain = rng.choice(self.pools.email_domains)
        local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
        if form == "typed":
            b.ent(f"{local}@{domain}", "EMAIL", code, "typed")
            return

        def piece(x: str) -> str:
            out = re.sub(r"(\d+)", lambda m: " " + " ".join(UNITS[int(c)] for c in m.group(1)), x)
            return out.strip()
        chunks = [piece(x) for x in local.split(".")]
        mode = self.mode7(allow_half=False)
        if mode == "dialect":
            mode = ""
        if mode == "stammer":
            chunks[0] = self.stammer7(chunks[0])
        dot = " dot "
        said_local = dot.join(chunks)
        if form == "cased":  # the speaker says where the capitals are not
            said_local = f"{said_local}, {rng.choice(self.data7('cases'))},"
        mid = " at "
        if mode == "pauses":
            mid = f" {rng.choice(self.data7('pauses'))} at "
        elif mode == "inlaid":
            mid = f" ({self.inlay7()}) at "
        said = f"{said_local}{mid}{domain.replace('.', dot)}"
        b.ent(said, "EMAIL", code, "sp_email_cased" if form == "cased" else self.FORM7.get(mode, "sp_email"))

    def spelled_v7(self, who: str) -> None:
        """A surname spelled: letter by letter with the transcriber's pauses, or a chunk
        said and then spelled, chunk by chunk ("hal, H-A-L, crow, C-R-O-W")."""
        rng, b = self.rng, self.b
        p = self.cast[who]
        sur = unicodedata.normalize("NFKD", p.sur).encode("ascii", "ignore").decode().upper()
        if rng.random() < 0.5 and len(sur) >= 6:
            cut = len(sur) // 2
            chunks = [sur[:cut], sur[cut:]]
            said = ", ".join(f"{c.lower()}, {'-'.join(c)}" for c in chunks)
            b.ent(said, "PERSON", p.code, "sp_spelled_chunks")
            return
        style = self.style7()
        out = sur[0]
        for c in sur[1:]:
            if style == "jefferson" and rng.random() < 0.3:
                out += f" {rng.choice(self.data7('pauses'))} {c}"
            elif self.voice7() == "stammer" and rng.random() < 0.15:
                out += f", {c}, {c}"
            else:
                out += rng.choice([", ", " ", " ", "-"]) + c
        b.ent(out, "PERSON", p.code, "sp_spelled")

    def year7(self, y: int) -> str:
        rng = self.rng
        if y < 2000:
            rest = y - 1900
            return f"nineteen {cardinal(rest)}" if rest >= 10 else f"nineteen oh {UNITS[rest]}"
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"two thousand {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000)}", f"two thousand and {cardinal(y - 2000)}"])

    def voice_note7(self) -> None:
        """``[Voice note 3 — Tuesday 12 March 2024, 21:47]``: the date is labelled, the
        number of the note and the time are not."""
        rng, b = self.rng, self.b
        n = int(self.state7.get("vn", "0")) + rng.randint(1, 3)
        self.state7["vn"] = str(n)
        when = datetime.date(rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 24))
        self.state7["vn_day"] = str(when.day)
        head = self.state7.setdefault("vn_head", rng.choice(self.data7("vn_heads")))
        b.lit(f"[{head} {n} — ")
        if rng.random() < 0.5:
            b.ent(f"{WEEKDAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]} {when.year}",
                  "DATE", None, "vn_header")
        else:
            b.ent(f"{when.day:02d}/{when.month:02d}/{when.year}", "DATE", None, "vn_header")
        b.lit(f", {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}]")

    def date_v7(self, form: str) -> None:
        rng, b = self.rng, self.b
        born = form in ("dob", "birth_year", "vintage", "feast_dob", "readoff", "typed_dob")
        year = rng.randint(1946, 1999) if born else rng.randint(2008, 2025)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        ow = ordinal_words(day)
        if born:  # the participant's: one year of birth, agreeing with their age
            year = int(self.state7.setdefault("born", str(2025 - self.me_age7() - (month > 6))))
        if form in ("birth_year", "vintage"):
            if form == "vintage":  # "a sixty-three baby"
                b.ent(cardinal(year - 1900), "DATE", None, "sp_vintage")
            else:
                b.ent(self.year7(year), "DATE", None, "sp_birth_year")
            return
        if form in ("feast", "feast_dob", "feast_bare"):  # a fixed feast or term day
            name = rng.choice(self.data7("feasts")).split("=")[0]
            if form == "feast_bare":
                b.ent(name, "DATE", None, "sp_feast")
            else:
                b.ent(f"{name}{rng.choice([', ', ' ', ' of '])}{self.year7(year)}", "DATE", None,
                      "sp_feast")
            return
        if form in ("typed", "typed_dob"):
            b.ent(f"{day:02d}/{month:02d}/{year}", "DATE", None, "slash")
            return
        if form == "readoff":  # read off a letter or a payslip: "oh four, eleven, seventy-one"
            zero = rng.choice(self.h.zero_words)
            dd = f"{zero} {UNITS[day]}" if day < 10 else cardinal(day)
            mm = f"{zero} {UNITS[month]}" if month < 10 else cardinal(month)
            yy = cardinal(year % 100) if year % 100 >= 10 else f"{zero} {UNITS[year % 100]}"
            b.ent(rng.choice([f"{dd}, {mm}, {yy}", f"{dd} {mm} {yy}", f"{dd}, {mm}, {self.year7(year)}"]),
                  "DATE", None, "sp_readoff")
            return
        if form == "weekday_dom":
            when = datetime.date(year, month, day)
            b.ent(f"{WEEKDAYS[when.weekday()]} the {ow} of {MONTHS[month - 1]}", "DATE", None,
                  "sp_weekday_dom")
            return
        if form == "month_year":
            b.ent(f"{MONTHS[month - 1]} {self.year7(year)}", "DATE", None, "sp_month_year")
            return
        # "the [twenty-first of March, twenty nineteen]", said in the speaker's way
        voice, mode = self.voice7(), ""
        of = " of "
        if voice == "scots" and rng.random() < 0.6:
            of, mode = " o' ", "oh"
        elif voice == "stammer" and rng.random() < 0.6:
            ow, mode = self.stammer7(ow), "stammer"
        elif self.style7() == "jefferson" and rng.random() < 0.4:
            of, mode = f" {rng.choice(self.data7('pauses'))} of ", "pauses"
        with_year = form in ("dob", "dom_y")
        said = f"{ow}{of}{MONTHS[month - 1]}" + (f", {self.year7(year)}" if with_year else "")
        base = {"dob": "sp_dob", "dom_y": "sp_dom_y"}.get(form, "sp_dom")
        b.ent(said, "DATE", None, {"oh": "sp_dom_oh", "stammer": "sp_stammer",
                                   "pauses": "sp_pauses"}.get(mode, base))

    def me_age7(self) -> int:
        """The participant's own age, the same all through the document."""
        return int(self.state7.setdefault("me", str(self.rng.randint(29, 64))))

    def age_v7(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = {"young": (24, 38), "elderly": (66, 97), "child": (2, 15), "qual": (22, 30),
                  "old": (60, 99)}.get(kind or "", (29, 66))
        n = rng.randint(lo, hi)
        if form == "score":  # "three score and ten"
            n = rng.randint(60, 99)
            said = f"{UNITS[n // 20]} score" + (f" and {cardinal(n % 20)}" if n % 20 else "")
            b.ent(said, "AGE", None, "sp_score")
            return
        if form == "months":  # a toddler's age in months
            b.ent(f"{cardinal(rng.randint(13, 35))} months", "AGE", None, "sp_months_old")
            return
        if form == "decade":
            b.ent(f"{TENS[n // 10][:-1]}ies", "AGE", None, "sp_decade")
            return
        if kind == "me":
            n = self.me_age7() + (1 if form == "come" else 0)
        words = cardinal(n)
        f = {"answer": "sp_answer", "come": "sp_come", "the_now": "sp_the_now",
             "today": "sp_today"}.get(form, "sp_words")
        if form in ("words", "answer"):
            voice = self.voice7()
            if voice == "stammer" and rng.random() < 0.6:
                words, f = self.stammer7(words), "sp_stammer"
            elif voice in ("scots", "geordie") and "four" in words.split("-") and rng.random() < 0.8:
                dialect = self.pairs7(f"digits_{voice}")
                words, f = "-".join(dialect.get("4", w) if w == "four" else w
                                    for w in words.split("-")), "sp_dialect"
        b.ent(self.cap(words) if form == "answer" else words, "AGE", None, f)

    # ----------------------------------------------------------------- round 9 (heldout6)
    # Used only by a set whose habits say ``v6`` (heldout6); every other set renders byte for
    # byte as before. Its words (Welsh digits, how Polish letters are described, letters by
    # their sounds, pronunciations, the video call breaking up) are its own data, in
    # ``self.t.negatives`` under keys starting "_".
    def slot_v6(self, name: str, args: list[str]) -> bool:
        """Round 9's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v6(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v6(name, arg)
        elif name == "POSTCODE":
            self.postcode_v6(arg)
        elif name == "ADDR":
            self.address_v6(arg)
        elif name == "EMAIL":
            self.email_v6(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v6(arg, args[1] if len(args) > 1 else "plain")
        elif name == "DATE":
            self.date_v6(arg)
        elif name == "AGE":
            self.age_v6(arg, args[1] if len(args) > 1 else None)
        elif name == "DAYONLY":
            self.b.ent(ordinal_words(self.rng.randint(1, 28)), "DATE", None, "sp_day_only")
        elif name == "CHAT":  # a chat message pasted into the transcript: "[Chat 10:02] Guest: "
            if arg == "O" and not self.olabel:
                self.olabel = self.rng.choice(self.data6("other_labels"))
            who = {"P": self.plabel, "I": self.ilabel, "O": self.olabel}[arg]
            minute = int(self.state6.get("chat", str(self.rng.randint(9 * 60 + 30, 15 * 60))))
            minute += self.rng.randint(1, 9)
            self.state6["chat"] = str(minute)
            self.b.lit(f"[Chat {minute // 60:02d}:{minute % 60:02d}] {who}: ")
        elif name == "NEG6":
            self.b.lit(self.rng.choice(self.t.negatives[arg]))
        else:
            return False
        return True

    @staticmethod
    def wform6(form: str) -> str:
        """A written form: typed into the call's chat, or on a form shared on screen."""
        return "chat" if form == "chat" else "screen_share"

    def data6(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs6(self, key: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for entry in self.data6(key):
            k, v = entry.split("=", 1)
            out.setdefault(k, []).append(v)
        return out

    @staticmethod
    def polish6(p: Person) -> bool:
        return not (p.first + p.sur).isascii() or p.sur.endswith(("ski", "ska"))

    def templates_v6(self) -> Templates:
        """A Polish-trained participant gets the interpreter and Polish letters, a Welsh one
        the code-switching: the exchanges that do not fit the participant are left out."""
        polish = self.polish6(self.cast["self"])

        def fits(lines: list[str]) -> bool:
            text = "\n".join(lines)
            if polish:
                return "Welsh" not in text and ":codeswitch}" not in text
            return "Polish" not in text and not any(line.startswith("O|") for line in lines)
        t = self.t
        return Templates(t.labels, [x for x in t.opening if fits(x)],
                         [x for x in t.closing if fits(x)], [x for x in t.exchanges if fits(x)],
                         t.talk, t.questions, t.filler, t.backchannel, t.openers, t.negatives)

    def group6(self, g: str, zero: str, welsh: bool) -> str:
        rng, h = self.rng, self.h
        if welsh:
            return " ".join(self.data6("welsh_digits")[int(d)] for d in g)
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            word = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < h.p_triple:
                words.append(f"{rng.choice(h.triple_words)} {word}")
                i += 3
            elif run >= 2 and rng.random() < h.p_double:
                words.append(f"double {word}")
                i += 2
            else:
                words.append(word)
                i += 1
        return " ".join(words)

    def speak6(self, digits: str, groups: list[int], welsh_groups: int = 0,
               frozen: float = 0.15) -> str:
        """Digits in groups; the first ``welsh_groups`` groups in Welsh; at most one break in
        the video call between two groups (inside the number's span)."""
        rng = self.rng
        zero = rng.choice(self.h.zero_words)
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        said = [self.group6(p, zero, i < welsh_groups) for i, p in enumerate(parts)]
        broke = len(said) < 2 or rng.random() >= frozen
        out = said[0]
        for i, s in enumerate(said[1:], start=1):
            if not broke and (i == len(said) - 1 or rng.random() < 0.5):
                out += rng.choice(self.data6("interrupts")) + s
                broke = True
            elif welsh_groups and i == welsh_groups:
                out += rng.choice(["... sorry, in English, ", " — sorry — ", ", I mean, "]) + s
            else:
                out += rng.choice(self.h.group_seps) + s
        return out

    def mobile6(self) -> str:
        return "07" + str(self.rng.choice("3456789")) + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v6(self, form: str) -> None:
        rng, b, st = self.rng, self.b, self.state6
        groups = rng.choice([[5, 6], [5, 3, 3], [2, 3, 3, 3], [4, 4, 3], [3, 4, 4], [5, 6]])
        if form in ("mobile", "codeswitch", "again", "repeat"):
            mob = st.pop("again", "") if form == "again" else st.get("mobile", "") if form == "repeat" else ""
            mob = mob or self.mobile6()
            st["mobile"] = mob
            if form == "codeswitch":
                st["again"] = mob
            if form in ("mobile", "again", "repeat"):
                b.ent(self.cap(self.speak6(mob, groups)), "PHONE", None, "sp_mobile")
            else:  # all in Welsh, or the first group in Welsh and the rest in English
                welsh = len(groups) if rng.random() < 0.5 else 1
                b.ent(self.cap(self.speak6(mob, groups, welsh_groups=welsh, frozen=0.0)),
                      "PHONE", None, "sp_codeswitch")
        elif form == "landline":
            area, n = rng.choice(self.pools.landline_areas)
            local = f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (n - 1) - 1):0{n - 1}d}"
            b.ent(self.cap(self.speak6("0" + area + local, [5, 3, 3] if rng.random() < 0.5 else [5, 6])),
                  "PHONE", None, "sp_landline")
        elif form == "relayed":  # the interpreter, in English
            mob = self.mobile6()
            b.ent(self.speak6(mob, groups, frozen=0.0), "PHONE", None, "sp_relayed")
        elif form == "tail":  # "the same as mine but the last three are ..."
            mine = st.get("mobile") or self.mobile6()
            while True:
                tail = f"{rng.randint(0, 999):03d}"
                if tail != mine[-3:]:
                    break
            b.ent(self.speak6(tail, [3], frozen=0.0), "PHONE", None, "sp_tail_diff")
        elif form == "misheard":  # the interviewer reads it back with two digits swapped
            mob = st.get("mobile") or self.mobile6()
            st["mobile"] = mob
            k = rng.randint(8, 9)
            while mob[k] == mob[k + 1]:
                k -= 1
            wrong = mob[:k] + mob[k + 1] + mob[k] + mob[k + 2:]
            st["fix"] = mob[-3:] + "|" + wrong[-3:]
            b.ent(self.speak6(wrong, [5, 3, 3], frozen=0.0), "PHONE", None, "sp_misheard")
        elif form == "fix":  # "[four four two, not four two four]"
            right, wrong = st.get("fix", "442|424").split("|")
            zero = rng.choice(self.h.zero_words)
            b.ent(f"{self.group6(right, zero, False)}, not {self.group6(wrong, zero, False)}",
                  "PHONE", None, "sp_fix")
        elif form == "foreign":
            if rng.random() < 0.75:  # a Polish mobile
                rest = str(rng.choice("5678")) + f"{rng.randint(0, 10 ** 8 - 1):08d}"
                lead = rng.choice(["plus four eight, ", "zero zero four eight, ",
                                   "plus forty-eight, ", "the Polish code, four eight, then "])
                b.ent(self.cap(lead + self.speak6(rest, [3, 3, 3], frozen=0.0)), "PHONE", None,
                      "sp_foreign")
            else:  # an Irish one
                rest = "8" + str(rng.choice("35679")) + f"{rng.randint(0, 10 ** 7 - 1):07d}"
                lead = rng.choice(["plus three five three, ", "double oh three five three, "])
                b.ent(self.cap(lead + self.speak6(rest, [2, 3, 4], frozen=0.0)), "PHONE", None,
                      "sp_foreign")
        elif form in ("chat", "screen"):  # typed: the last mobile said, as people type it
            mob = st.get("mobile") or self.mobile6()
            st["mobile"] = mob
            b.ent(rng.choice([f"{mob[:5]} {mob[5:]}", mob, f"+44 {mob[1:5]} {mob[5:8]} {mob[8:]}",
                              f"{mob[:5]}-{mob[5:8]}-{mob[8:]}"]), "PHONE", None, self.wform6(form))
        else:  # pragma: no cover
            raise ValueError(form)

    def number_v6(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "CHI":
            d = self.chi_digits()
            b.ent(self.speak6(d, rng.choice([[6, 4], [2, 2, 2, 4]])), "NHS_NUMBER", None, "sp_chi")
            return
        type_ = "NHS_NUMBER" if kind == "NHS" else "GMC_NUMBER"
        d = self.nhs_digits() if kind == "NHS" else (
            str(rng.choice("3456789")) + f"{rng.randint(0, 999999):06d}")
        if form == "again":  # the number just said in Welsh, now in English
            d, form = self.state6.pop("again:" + kind, d), "spoken"
        if form == "chatlast":  # typed in the chat: the number just said
            d, form = self.state6.get("last:" + kind, d), "chat"
        if form == "codeswitch":
            self.state6["again:" + kind] = d
        self.state6["last:" + kind] = d
        groups = [3, 3, 4] if kind == "NHS" else rng.choice([[7], [3, 4], [1, 3, 3]])
        if form == "spoken":
            b.ent(self.cap(self.speak6(d, groups)), type_, None, "sp_nhs" if kind == "NHS" else "sp_gmc")
        elif form == "relayed":
            b.ent(self.speak6(d, groups, frozen=0.0), type_, None, "sp_relayed")
        elif form == "codeswitch":
            b.ent(self.speak6(d, groups, welsh_groups=len(groups), frozen=0.0), type_, None,
                  "sp_codeswitch")
        elif form == "mixed":  # printed in chunks: "seventy, twelve, three forty-five"
            zero = rng.choice(self.h.zero_words)

            def pair(p: str) -> str:
                return f"{zero} {UNITS[int(p[1])]}" if p[0] == "0" else cardinal(int(p))
            b.ent(self.cap(f"{pair(d[:2])}, {pair(d[2:4])}, {UNITS[int(d[4])] if d[4] != '0' else zero} "
                           f"{pair(d[5:])}"), type_, None, "sp_gmc_mixed")
        elif form in ("chat", "screen"):
            b.ent(rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}" if kind == "NHS" else d]), type_, None,
                  self.wform6(form))
        else:  # pragma: no cover
            raise ValueError(form)

    def postcode_v6(self, form: str) -> None:
        rng, b, st = self.rng, self.b, self.state6
        if form in ("chat", "screen") and "postcode" in st:
            pc = st["postcode"]
        else:
            pc = (rng.choice(self.pools.postcode_outward) + " " + str(rng.randint(1, 9))
                  + "".join(rng.choice(POSTCODE_LETTERS) for _ in range(2)))
        st["postcode"] = pc
        out, inn = pc.split(" ")
        letters = out.rstrip("0123456789")
        num = out[len(letters):]
        sounds = self.pairs6("sounds")

        def say(c: str, sound: bool) -> str:
            if c.isdigit():
                return UNITS[int(c)]
            return rng.choice(sounds[c]) if sound else c

        def outward(sound: bool) -> str:
            n = cardinal(int(num)) if len(num) == 2 and rng.random() < 0.6 else " ".join(
                UNITS[int(c)] for c in num)
            return " ".join(say(c, sound) for c in letters) + " " + n

        def inward(sound: bool) -> str:
            return " ".join(say(c, sound) for c in inn)
        sep = rng.choice([", ", " ", "... ", " - "])
        if form == "spoken":
            b.ent(self.cap(outward(False) + sep + inward(False)), "POSTCODE", None, "sp_postcode")
        elif form == "sounds":
            b.ent(self.cap(outward(True) + sep + inward(True)), "POSTCODE", None, "sp_postcode_sounds")
        elif form == "relayed":
            b.ent(outward(False) + sep + inward(False), "POSTCODE", None, "sp_relayed")
        elif form == "outward":
            b.ent(outward(rng.random() < 0.3), "POSTCODE", None, "sp_postcode_parts")
        elif form == "tail":
            b.ent(inward(rng.random() < 0.3), "POSTCODE", None, "sp_postcode_parts")
        elif form in ("chat", "screen"):
            b.ent(rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE", None, self.wform6(form))
        else:  # pragma: no cover
            raise ValueError(form)

    def address_v6(self, form: str) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 60), rng.randint(1, 60), rng.randint(100, 180)])
        if form in ("chat", "screen"):
            b.ent(rng.choice([f"{n} {street}", f"{n}, {street}", f"Flat {rng.randint(1, 9)}, {n} {street}"]),
                  "LOCATION", None, self.wform6(form))
            return
        said = cardinal(n, hundred_a=rng.random() < 0.5)
        if rng.random() < 0.25:
            said = f"flat {UNITS[rng.randint(1, 9)]}, {said}"
        s = rng.choice([f"{said} {street}", f"{said}, {street}"])
        if form == "spoken":
            if rng.random() < 0.2:
                b.lit("number ")
            b.ent(self.cap(s), "LOCATION", None, "sp_address")
        elif form == "relayed":
            b.ent(s, "LOCATION", None, "sp_relayed")
        else:  # pragma: no cover
            raise ValueError(form)

    @staticmethod
    def ascii6(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
                       if not unicodedata.combining(c))

    def email_v6(self, who: str, form: str) -> None:
        rng, b, st = self.rng, self.b, self.state6
        p = self.cast[who]
        key = "email:" + who
        if form == "chat" and key in st:
            b.ent(st[key], "EMAIL", p.code, "chat")
            return
        if form == "home":
            local = f"{self.ascii6(p.first).lower()}{rng.randint(70, 99)}"
            polish = self.polish6(p)
            dom = rng.choice([d for d in self.pools.email_domains
                              if "nhs" not in d and d.endswith((".pl", ".fm")) is polish])
        elif p.email:
            local, dom = p.email.split("@")
        else:
            local = f"{self.ascii6(p.first).lower()}.{self.ascii6(p.sur).lower()}"
            dom = rng.choice(self.pools.email_domains)
        st[key] = f"{local}@{dom}"
        if form == "chat":
            b.ent(st[key], "EMAIL", p.code, "chat")
            return

        def word(w: str) -> str:
            if w.isdigit():
                return cardinal(int(w)) if len(w) == 2 and rng.random() < 0.7 else " ".join(
                    UNITS[int(c)] for c in w)
            if len(w) <= 2 or (w == "nhs" and rng.random() < 0.6):
                return " ".join(UNITS[int(c)] if c.isdigit() else c for c in w)
            return w

        def said(part: str) -> str:
            out = []
            for tok in re.split(r"([.\-_]|\d+)", part):
                if not tok:
                    continue
                out.append({".": "dot", "-": rng.choice(["hyphen", "dash"]), "_": "underscore"}.get(tok)
                           or word(tok))
            return " ".join(out)
        # the speaker's habit: a Polish-trained participant may say "małpa"; the interpreter not
        at = "at" if form == "relayed" or not self.polish6(self.cast["self"]) else rng.choice(
            self.data6("ats"))
        form_ = "sp_relayed" if form == "relayed" else (
            "sp_email_codeswitch" if "," in at else "sp_email")
        b.ent(self.cap(f"{said(local)} {at} {said(dom)}"), "EMAIL", p.code, form_)

    def spelled_v6(self, who: str, style: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast[who]
        if style == "phonetic":
            said = self.pairs6("phonetic").get(p.sur)
            if said:
                b.lit("It's said " if b.at_sentence_start() else "it's said ")
                b.ent(said[0], "PERSON", p.code, "sp_phonetic")
                return
            style = "diacritic"
        marks = {k: v for k, v in self.pairs6("diacritics").items()}
        name = p.sur.upper()
        toks: list[str] = []
        i = 0
        while i < len(name):
            c = name[i]
            if name[i:i + 2] in ("LL", "DD", "FF") and not self.polish6(p):
                toks.append(rng.choice([f"double {c}", f"{c} {c}"]))
                i += 2
                continue
            if c in marks:
                toks.append(rng.choice(marks[c]))
            elif c.isalpha():
                toks.append(c)
            i += 1
        form = "sp_spelled_diacritic" if any(c in marks for c in name) else "sp_spelled"
        b.ent(rng.choice([", ", " ", " - "]).join(toks), "PERSON", p.code, form)

    def year6(self, y: int, born: bool = False) -> str:
        rng = self.rng
        if y < 2000:
            return rng.choice([f"nineteen {cardinal(y - 1900)}"] * 3 + ([cardinal(y - 1900)] if born else []))
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"two thousand {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000)}", f"two thousand and {cardinal(y - 2000)}"])

    def dob6(self) -> tuple[int, int, int]:
        st = self.state6
        if "dob" not in st:
            st["dob"] = f"{self.rng.randint(1, 28)}/{self.rng.randint(1, 12)}/{self.rng.randint(1958, 1994)}"
        d, m, y = (int(x) for x in st["dob"].split("/"))
        return d, m, y

    def date_v6(self, form: str) -> None:
        rng, b = self.rng, self.b
        y, m, d = rng.randint(2008, 2024), rng.randint(1, 12), rng.randint(1, 27)
        mname = MONTHS[m - 1]
        if form == "dom_y":
            b.ent(f"{ordinal_words(d)} of {mname}, {self.year6(y)}", "DATE", None, "sp_dom_y")
        elif form in ("dob", "relayed", "bday", "chat", "screen", "birthyear"):
            d, m, by = self.dob6()
            mname = MONTHS[m - 1]
            if form in ("chat", "screen"):
                b.ent(rng.choice([f"{d:02d}/{m:02d}/{by}", f"{d}.{m}.{by % 100:02d}", f"{d}-{m}-{by}",
                                  f"{d} {mname} {by}"]), "DATE", None, self.wform6(form))
            elif form == "bday":
                b.ent(rng.choice([f"{ordinal_words(d)} of {mname}", f"{ordinal_words(d)} {mname}"]),
                      "DATE", None, "sp_dob_md")
            elif form == "birthyear":
                b.ent(self.cap(self.year6(by)), "DATE", None, "sp_birth_year")
            else:
                s = rng.choice([f"{ordinal_words(d)} of {mname}, {self.year6(by, born=True)}",
                                f"{ordinal_words(d)} of {mname} {self.year6(by)}"])
                b.ent(self.cap(s), "DATE", None, "sp_dob" if form == "dob" else "sp_relayed")
        elif form == "nth_weekday":  # "the [first Wednesday in August, twenty twenty]"
            nth = rng.choice(["first", "first", "second", "third", "last"])
            wd = rng.choice(WEEKDAYS[:5])
            b.ent(f"{nth} {wd} {rng.choice(['in', 'of'])} {mname}{rng.choice([', ', ' '])}{self.year6(y)}",
                  "DATE", None, "sp_nth_weekday")
        elif form == "abbr":  # a month abbreviation said aloud: "the [twelfth of Feb, twenty-one]"
            ab = rng.choice(self.data6("months_abbr"))
            yy = rng.choice([f", {cardinal(y % 100)}", f", {self.year6(y)}", ""])
            b.ent(rng.choice([f"{ordinal_words(d)} of {ab}{yy}", f"{ordinal_words(d)} {ab}{yy}"]),
                  "DATE", None, "sp_abbr_month")
        elif form == "range":  # "from the [third] to the [ninth of June, twenty twenty]"
            d2 = rng.randint(d + 1, 28)
            b.ent(ordinal_words(d), "DATE", None, "sp_range")
            b.lit(rng.choice([" to the ", " till the ", " until the ", " through to the "]))
            b.ent(f"{ordinal_words(d2)} of {mname}{rng.choice([', ', ' '])}{self.year6(y)}",
                  "DATE", None, "sp_range")
        elif form == "hedged":  # "the [twenty-third or twenty-fourth of March, twenty-one]"
            a, c = ordinal_words(d), ordinal_words(d + 1)
            yy = rng.choice(["", f", {self.year6(y)}"])
            b.ent(rng.choice([f"{a} or {c} of {mname}{yy}", f"{a}, {c} of {mname}{yy}",
                              f"{a}, maybe {c}, of {mname}{yy}"]), "DATE", None, "sp_hedged")
        elif form == "inyear":
            b.ent(f"{ordinal_words(d)} of {mname} in the year {self.year6(y)}", "DATE", None,
                  "sp_in_the_year")
        elif form == "weekday":  # "[Wednesday the fourteenth of February, twenty eighteen]"
            wd = WEEKDAYS[datetime.date(y, m, d).weekday()]
            b.ent(self.cap(rng.choice([f"{wd} the {ordinal_words(d)} of {mname}, {self.year6(y)}",
                                       f"{wd} the {ordinal_words(d)} of {mname}"])), "DATE", None,
                  "sp_weekday_dom")
        elif form == "md":  # "[February the fourteenth]"
            b.ent(self.cap(f"{mname} the {ordinal_words(d)}"), "DATE", None, "sp_md")
        elif form == "monthyear":
            b.ent(self.cap(f"{mname} {self.year6(y)}"), "DATE", None, "sp_month_year")
        elif form == "dobdigits":  # "[one four, oh seven, seven nine]"
            d, m, by = self.dob6()
            zero = rng.choice(self.h.zero_words)
            b.ent(self.cap(", ".join(self.group6(f"{x:02d}", zero, False) for x in (d, m, by % 100))),
                  "DATE", None, "sp_dob_digits")
        else:  # pragma: no cover
            raise ValueError(form)

    def age_v6(self, form: str, kind: str | None) -> None:
        rng, b, st = self.rng, self.b, self.state6
        lo, hi = {"child": (4, 15), "old": (71, 96), "young": (23, 34)}.get(kind or "", (29, 64))
        n = int(st["age"]) if kind == "same" and "age" in st else rng.randint(lo, hi)
        if form == "screen" and "dob" in st:  # the form's age agrees with its date of birth
            n = 2025 - int(st["dob"].split("/")[2])
        if form == "interjection" and "guess" in st:  # "Oh, younger. [Twenty-two]."
            n = int(st.pop("guess")) - rng.randint(1, 3)
        if form == "question":
            st["guess"] = str(n)
        if form == "bit":
            n = int(st.get("age", n))
        st["age"] = str(n)
        if form in ("answer", "words", "relayed"):
            b.ent(self.cap(cardinal(n)), "AGE", None, "sp_" + form)
        elif form == "bit":  # "[Fifty-two] and a bit"
            b.ent(self.cap(cardinal(n)), "AGE", None, "sp_and_a_bit")
            b.lit(rng.choice([" and a bit", " and three-quarters", " and a half", " and a few months"]))
        elif form == "codeswitch":  # Welsh decimal counting: "pedwar deg dau"
            tens, unit = divmod(n, 10)
            s = self.data6("welsh_tens")[tens - 2] + (f" {self.data6('welsh_digits')[unit]}" if unit else "")
            b.ent(self.cap(s), "AGE", None, "sp_codeswitch")
        elif form in ("question", "interjection", "decade"):
            said = TENS[n // 10] + "s" if form == "decade" else cardinal(n)
            b.ent(self.cap(said.replace("ys", "ies")), "AGE", None, "sp_" + form)
        elif form == "lastbday":  # "[Fifty-three] last birthday"
            b.ent(self.cap(cardinal(n)), "AGE", None, "sp_last_month")
            b.lit(rng.choice([" last birthday", " in March", " last month"]))
        elif form == "onday":  # "I'm [fifty-five] on Tuesday"
            b.ent(cardinal(n), "AGE", None, "sp_on_day")
            b.lit(rng.choice([" on Tuesday", " today", " on Saturday", " tomorrow"]))
        elif form == "going":  # "[eighty-one] going on eighteen"
            b.ent(cardinal(n), "AGE", None, "sp_going_on")
            b.lit(f" going on {rng.choice(['eighteen', 'twenty-five', 'sixteen', 'thirty'])}")
        elif form in ("chat", "screen"):
            b.ent(str(n), "AGE", None, self.wform6(form))
            if form == "chat":
                b.lit(rng.choice(["", " (mic went)", " years"]))
        else:  # pragma: no cover
            raise ValueError(form)

    # ----------------------------------------------------------------- round 8 (heldout5)
    # Used only by a set whose habits say ``v5`` (heldout5); every other set renders byte for
    # byte as before. Its words ("like" spelling words, star signs, farms, events, "hotmail
    # UK" short domains) are its own data, in ``self.t.negatives`` under keys starting "_".
    def slot_v5(self, name: str, args: list[str]) -> bool:
        """Round 8's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v5(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v5(name, arg)
        elif name == "POSTCODE":
            self.postcode_v5(arg)
        elif name == "ADDR":
            self.address_v5(arg)
        elif name == "EMAIL":
            self.email_v5(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v5(arg, args[1] if len(args) > 1 else "plain")
        elif name == "DATE":
            self.date_v5(arg)
        elif name == "AGE":
            self.age_v5(arg, args[1] if len(args) > 1 else None)
        elif name == "DAYONLY":
            self.b.ent(ordinal_words(self.rng.randint(1, 28)), "DATE", None, "sp_day_only")
        elif name == "NEG5":
            self.b.lit(self.rng.choice(self.t.negatives[arg]))
        else:
            return False
        return True

    def data5(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def digit5(self, d: str, zero: str) -> str:
        return zero if d == "0" else UNITS[int(d)]

    def group5(self, g: str, zero: str, style: str) -> str:
        """One digit group: digit by digit ("seven, twice" for a pair), a non-native speaker's
        reversed pair ("four-and-sixty"), or a hundred without "and" ("six hundred twelve")."""
        rng = self.rng
        if style == "reverse" and len(g) == 2 and g[0] != "0":
            t, u = int(g[0]), int(g[1])
            return TENS[t] if u == 0 and t > 1 else (
                cardinal(int(g)) if t < 2 else f"{UNITS[u]}-and-{TENS[t]}")
        if style == "hundred" and len(g) == 3 and g[0] != "0":
            rest = int(g[1:])
            return f"{UNITS[int(g[0])]} hundred" + (f" {cardinal(rest)}" if rest else "")
        out: list[str] = []
        i = 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and rng.random() < 0.45:
                out.append(f"{self.digit5(g[i], zero)}, twice")
                i += 2
                continue
            out.append(self.digit5(g[i], zero))
            i += 1
        return " ".join(out)

    def speak5(self, digits: str, groups: list[int], style: str = "") -> str:
        rng = self.rng
        zero = rng.choice(self.data5("zeros"))
        style = style or rng.choice(["plain", "plain", "plain", "reverse", "hundred"])
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        pieces: list[str] = []
        for i, p in enumerate(parts):
            st = style if (style != "reverse" or len(p) % 2 == 0) else "plain"
            if st == "reverse" and len(p) > 2:
                said = ", ".join(self.group5(p[k:k + 2], zero, "reverse") for k in range(0, len(p), 2))
            else:
                said = self.group5(p, zero, st)
            if i == len(parts) - 1 and len(p) > 1 and st == "plain" and rng.random() < 0.3:
                head, _, last = said.rpartition(" ")
                if head and not last.endswith("twice") and not head.endswith(","):
                    said = f"{head} and {last}"
            pieces.append(said)
            if i < len(parts) - 1 and rng.random() < 0.15:  # a group said again for a bad line
                pieces[-1] += f"{rng.choice(self.data5('repeat_seps'))}{said}"
        seps = [rng.choice(self.data5("group_seps")) for _ in pieces[1:]]
        out = pieces[0]
        for sep, piece in zip(seps, pieces[1:]):
            out += sep + piece
        return out

    def mobile5(self) -> str:
        return "07" + str(self.rng.randint(3, 9)) + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def landline5(self) -> tuple[str, str]:
        area, n = self.rng.choice(self.pools.landline_areas)
        return "0" + area, f"{self.rng.randint(2, 9)}{self.rng.randint(0, 10 ** (n - 1) - 1):0{n - 1}d}"

    def phone_v5(self, form: str) -> None:
        rng, b = self.rng, self.b
        mob = self.mobile5()
        if form in ("mobile", "screen"):
            self.last5["mobile"] = mob
        if form == "mobile":
            b.ent(self.cap(self.speak5(mob, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]]))), "PHONE",
                  None, "sp_mobile")
        elif form in ("landline", "practice"):
            area, local = self.landline5()
            s = self.speak5(area + local, [len(area), len(local) // 2, len(local) - len(local) // 2])
            b.ent(self.cap(s), "PHONE", None, "sp_landline" if form == "landline" else "sp_practice")
        elif form == "halfa":  # the first half now, the rest minutes later ({PHONE:halfb})
            cut = rng.choice([5, 6])
            b.ent(self.cap(self.speak5(mob[:cut], [cut])), "PHONE", None, "sp_halves")
            self.half5 = mob[cut:]
            self.last5["head"] = mob[:cut]
        elif form == "halfagain":  # the first half said again after the line dropped
            head = self.last5.get("head", mob[:5])
            b.ent(self.cap(self.speak5(head, [len(head)])), "PHONE", None, "sp_halves")
        elif form == "halfb":
            rest = self.half5 or mob[6:]
            self.half5 = ""
            b.ent(self.cap(self.speak5(rest, [3, len(rest) - 3] if len(rest) > 4 else [len(rest)])),
                  "PHONE", None, "sp_halves")
        elif form == "screen":  # read off the phone's screen, "space" where the screen has one
            words = self.speak5(mob[:5], [5], "plain") + " space " + self.speak5(mob[5:], [3, 3], "plain")
            b.ent(self.cap(words), "PHONE", None, "sp_screen")
        elif form == "typed":  # the interviewer types the number into the transcript
            sep = rng.choice([" ", "-", "", " "])
            mob = self.last5.get("mobile", mob)
            b.ent(f"{mob[:5]}{sep}{mob[5:]}", "PHONE", None, "typed_back")
        elif form == "intl":  # "country code" and "then without the nought"
            s = f"{rng.choice(self.data5('intl_leads'))}{self.speak5(mob[1:], [4, 3, 3])}"
            b.ent(self.cap(s), "PHONE", None, "sp_intl")
        else:  # pragma: no cover
            raise ValueError(form)

    def number_v5(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "GMC":
            d = f"{rng.choice('3456789')}{rng.randint(0, 999999):06d}"
            if form == "written":
                b.ent(d, "GMC_NUMBER", None, "gmc")
            elif form == "cardinal":  # the whole number said as one quantity
                b.ent(self.cap(cardinal(int(d[0])) + " million, " + cardinal(int(d[1:4]))
                               + " thousand, " + cardinal(int(d[4:]) or 0)), "GMC_NUMBER", None,
                      "sp_gmc_cardinal")
            else:
                b.ent(self.cap(self.speak5(d, rng.choice([[3, 4], [7], [1, 3, 3]]))), "GMC_NUMBER",
                      None, "sp_gmc")
            return
        if kind == "CHI":
            dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(40, 99)
            while True:
                nine = f"{dd:02d}{mm:02d}{yy:02d}{rng.randint(0, 999):03d}"
                c = nhs_check_digit(nine)
                if c is not None:
                    break
            d = nine + str(c)
            b.ent(self.cap(self.speak5(d, [2, 2, 2, 4], "plain")), "NHS_NUMBER", None, "sp_chi")
            return
        while True:
            nine = f"{rng.randint(4, 7)}{rng.randint(0, 10 ** 8 - 1):08d}"
            c = nhs_check_digit(nine)
            if c is not None:
                break
        d = nine + str(c)
        if form == "written":
            b.ent(f"{d[:3]}-{d[3:6]}-{d[6:]}", "NHS_NUMBER", None, "nhs_dashed")
        else:
            b.ent(self.cap(self.speak5(d, [3, 3, 4])), "NHS_NUMBER", None, "sp_nhs")

    def letter5(self, c: str, style: str) -> str:
        like = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", self.data5("like_words")))
        if style == "like":
            return f"{c} like {like[c]}"
        if style == "contrast" and c in "BDPTMNSF":
            other = {"B": "D", "D": "B", "P": "B", "T": "P", "M": "N", "N": "M", "S": "F",
                     "F": "S"}[c]
            return f"{c}, not {other}, {c}"
        return c

    def postcode_v5(self, form: str) -> None:
        rng, b = self.rng, self.b
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "written":
            b.ent((outward + " " + inward).lower(), "POSTCODE", None, "postcode_lower")
            return
        style = rng.choice(["like", "contrast", "plain"])
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        said_l = " ".join(self.letter5(c, style if i == 0 else "plain") for i, c in enumerate(letters))
        said_n = cardinal(int(num)) if rng.random() < 0.5 or len(num) == 1 else " ".join(
            UNITS[int(x)] for x in num)
        in_said = f"{UNITS[int(inward[0])]}, {self.letter5(inward[1], style)}, {self.letter5(inward[2], 'plain')}"
        sep = rng.choice([", ", " ... ", ", then the second bit, ", "; "])
        b.ent(self.cap(f"{said_l} {said_n}{sep}{in_said}"), "POSTCODE", None,
              {"like": "sp_postcode_like", "contrast": "sp_postcode_contrast"}.get(style, "sp_postcode"))

    def address_v5(self, form: str) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        if form == "farm":
            b.ent(rng.choice(self.data5("farms")), "LOCATION", None, "farm")
        elif form == "pobox":
            n = rng.randint(2, 480)
            b.ent(f"PO Box {cardinal(n)}", "LOCATION", None, "sp_po_box")
        elif form == "pobox_written":
            b.ent(f"PO Box {rng.randint(2, 480)}", "LOCATION", None, "po_box")
        elif form == "written":
            b.ent(f"{rng.randint(1, 140)} {street}", "LOCATION", None, "address")
        else:
            n = rng.randint(1, 160)
            b.ent(self.cap(f"{cardinal(n)} {street}"), "LOCATION", None, "sp_address")

    def email_v5(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast["self" if who == "self_other" else who]
        code = p.code if who in ("self", "self_other", "reg") else None
        first, sur = p.first.lower(), p.sur.lower().replace("-", "")
        dom = rng.choice(self.pools.email_domains)
        if who == "self" and p.email:  # the work address on the register
            dom = p.email.split("@")[1]
        if form == "written":  # typed back: the address said last, as the interviewer heard it
            b.ent(self.last5.get("email:" + who, f"{first}.{sur}@{dom}"), "EMAIL", code,
                  "typed_back")
            return
        short = dict(pair.split("=") for pair in self.data5("short_domains"))
        if dom in short and rng.random() < 0.7:
            said_dom, form_ = short[dom], "sp_email_short"
        else:
            said_dom, form_ = " dot ".join(dom.split(".")), "sp_email"
        style = rng.choice(["nodots", "underline", "dash", "plain", "nodots"])
        if style == "nodots":
            local = f"{first}{sur}"
            after = rng.choice([", no dots", ", no dots, all one", ", all lower, no dots", ""])
        elif style == "underline":
            local = f"{first} {rng.choice(['underline', 'the underline', 'low line'])} {sur}"
            after = rng.choice([", it's the one with the underscore", ", small letters", ""])
            form_ = "sp_email_underline" if form_ == "sp_email" else form_
        elif style == "dash":
            local = f"{first} dash {sur}"
            after = rng.choice([", small letters", ""])
        else:
            local = f"{first} dot {sur}"
            after = rng.choice([", all in small letters", ", all lower", ""])
        at = rng.choice(["at", "at", "at", "at the", "at, erm,"])
        b.ent(f"{local} {at} {said_dom}", "EMAIL", code, form_)
        sep = {"nodots": "", "underline": "_", "dash": "-"}.get(style, ".")
        self.last5["email:" + who] = f"{first}{sep}{sur}@{dom}"
        b.lit(after)

    def spelled_v5(self, who: str, style: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast[who]
        code = p.code
        name = p.sur.upper()
        if style == "plain":
            style = rng.choice(["like", "contrast", "like", "plain"])
        toks = []
        for i, c in enumerate(name):
            if not c.isalpha():
                continue
            st = style if (style != "like" or i % 2 == 0) else "plain"
            toks.append(self.letter5(c, st))
        sep = rng.choice([", ", " ", " - "])
        b.ent(sep.join(toks), "PERSON", code, {"like": "sp_spelled_like",
                                                "contrast": "sp_spelled_contrast"}.get(style, "sp_spelled"))

    def year5(self, y: int) -> str:
        rng = self.rng
        if y >= 2000:
            return rng.choice([f"twenty {cardinal(y - 2000)}" if y >= 2010 else f"two thousand and {UNITS[y - 2000]}",
                               f"two thousand and {cardinal(y - 2000)}"])
        return rng.choice([f"nineteen {cardinal(y - 1900)}", f"nineteen-{cardinal(y - 1900)}"])

    def date_v5(self, form: str) -> None:
        rng, b = self.rng, self.b
        y = rng.randint(2008, 2024)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        by = int(self.last5.setdefault("by", str(rng.randint(1950, 1996))))
        mname = MONTHS[m - 1]
        if form == "event":  # a day fixed by an event and a year (the events: the set's data)
            b.ent(f"{rng.choice(self.data5('events'))}{rng.choice([', ', ' '])}{self.year5(y)}",
                  "DATE", None, "sp_event_relative")
        elif form == "starsign":  # a date of birth as star sign and year
            sign = rng.choice(self.data5("signs"))
            b.ent(self.cap(rng.choice([f"{sign}, {cardinal(by - 1900)}", f"{sign}, {self.year5(by)}",
                                       f"{sign} of {self.year5(by)}"])), "DATE", None, "sp_starsign")
        elif form == "ymd":  # year, month number, day number: a non-native speaker's order
            yy = self.year5(by if rng.random() < 0.6 else y)
            b.ent(self.cap(rng.choice([f"{yy}, month {cardinal(m)}, day {cardinal(d)}",
                                       f"{yy}, the {ordinal_words(m)} month, the {ordinal_words(d)} day",
                                       f"{yy}, {mname}, day {cardinal(d)}"])), "DATE", None, "sp_ymd")
        elif form == "interrupted":  # the weekday put in the middle
            b.ent(f"{ordinal_words(d)}, {rng.choice(self.data5('asides'))}, of {mname} {self.year5(y)}",
                  "DATE", None, "sp_interrupted")
        elif form == "dom_y":
            b.ent(f"{ordinal_words(d)} of {mname}, {self.year5(y)}", "DATE", None, "sp_dom_y")
        elif form == "dob":
            b.ent(self.cap(f"{ordinal_words(d)} of {mname}, {self.year5(by)}"), "DATE", None, "sp_dob")
        elif form == "compact":  # a file name the interviewer typed
            b.ent(f"{y}{m:02d}{d:02d}", "DATE", None, "compact")
        elif form == "apos":
            b.ent(f"{d} {mname} '{y % 100:02d}", "DATE", None, "apos_year")
        elif form == "birthyear":
            b.ent(self.cap(self.year5(by)), "DATE", None, "sp_birth_year")
        else:  # pragma: no cover
            raise ValueError(form)

    def age_v5(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = {"child": (5, 15), "old": (70, 96)}.get(kind or "", (29, 66))
        n = rng.randint(lo, hi)
        if form == "birthday":  # "I had my [fiftieth] in June"
            n = rng.choice([30, 40, 50, 60, 65, 70, 80, 21, 18])
            s = TENS[n // 10][:-1] + "ieth" if n % 10 == 0 and n > 30 else ordinal_words(n)
            b.ent(s, "AGE", None, "sp_birthday_ordinal")
        elif form == "reverse":  # "four and forty"
            t, u = divmod(n, 10)
            b.ent(self.cap(f"{UNITS[u]} and {TENS[t]}" if u else TENS[t]), "AGE", None, "sp_reverse")
        elif form == "school":
            said = self.last5.pop("child", "")  # the year of the child whose age was just said
            year = min(13, max(1, int(said) - 4)) if said else rng.randint(1, 13)
            b.ent(f"Year {cardinal(year).capitalize()}", "AGE", None, "sp_school_year")
        elif form in ("completed", "having", "summers", "answer", "words"):
            if kind == "child":
                self.last5["child"] = str(n)
            b.ent(self.cap(cardinal(n)), "AGE", None, "sp_" + form)
        else:  # pragma: no cover
            raise ValueError(form)

    # ----------------------------------------------------------------- round 7 (heldout4)
    # Used only by a set whose habits say ``v4`` (heldout4); every other set renders byte for
    # byte as before. Its words (holidays, house names, third voices' labels) are its own data.
    def slot_v4(self, name: str, args: list[str]) -> bool:
        """Round 7's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v4(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v4(name, arg)
        elif name == "POSTCODE":
            self.postcode_v4(arg)
        elif name == "ADDR":
            self.address_v4(arg)
        elif name == "EMAIL":
            self.email_v4(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v4(arg, args[1] if len(args) > 1 else "sur")
        elif name == "DATE":
            self.date_v4(arg)
        elif name == "DOB":  # {DOB} any way; {DOB:sp_dob_yearfirst} that way
            self.date_v4("dob", arg)
        elif name == "DAYONLY":
            day = self.day if self.rng.random() < 0.6 else self.rng.randint(1, 28)
            self.b.ent(ordinal_words(day, self.rng.choice(self.h.hyphen)), "DATE", None,
                       "sp_day_only")
        elif name == "BIRTHYEAR":
            self.birthyear_v4()
        elif name == "AGE":
            self.age_v4(arg, args[1] if len(args) > 1 else None)
        elif name == "HOUSE":  # a named house alone (the names are the set's data)
            self.b.ent(self.rng.choice(self.t.negatives["_houses"]), "LOCATION", None,
                       "house_name")
        elif name == "NEGV4":  # plain text drawn from the set's own lists
            self.b.lit(self.rng.choice(self.t.negatives[arg]))
        else:
            return False
        return True

    def zero_v4(self) -> str:
        return self.rng.choice(self.h.v4_zero_words)

    def group_v4(self, group: str, zero: str, style: str) -> str:
        """One digit group: dictated digit by digit, in pairs, as a hundred, or with "double"
        and "three sixes"."""
        rng, h = self.rng, self.h
        hy = rng.choice(h.hyphen)
        if style == "dictation":
            return ", ".join(zero if d == "0" else UNITS[int(d)] for d in group)
        if style == "pairs":
            out = []
            for i in range(0, len(group), 2):
                pair = group[i:i + 2]
                if len(pair) == 1:
                    out.append(zero if pair == "0" else UNITS[int(pair)])
                elif pair == "00":
                    out.append(f"double {zero}")
                elif pair[0] == "0":
                    out.append(f"{zero} {UNITS[int(pair[1])]}")
                else:
                    out.append(cardinal(int(pair), hy))
            return " ".join(out)
        if style == "hundreds" and len(group) == 3 and group[0] != "0":
            return cardinal(int(group), hy)
        words: list[str] = []
        i = 0
        while i < len(group):
            d = group[i]
            run = len(group) - i - len(group[i:].lstrip(d))
            word = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < h.p_counted:
                plural = {"six": "sixes", "oh": "ohs", "O": "Os"}.get(word, word + "s")
                words.append(f"three {plural}")
                i += 3
            elif run >= 2 and rng.random() < h.p_double:
                words.append(f"double {word}")
                i += 2
            else:
                words.append(word)
                i += 1
        return " ".join(words)

    def speak_v4(self, digits: str, groups: list[int], unclear: bool = True) -> str:
        """A digit string read out the round-7 ways; now and then with a transcriber's
        "[inaudible]" or "[?]" between two groups or after a digit it was unsure of."""
        rng, h = self.rng, self.h
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        zero = self.zero_v4()
        r = rng.random()
        style = ("dictation" if r < h.p_dictation else
                 "pairs" if r < h.p_dictation + h.p_all_pairs else
                 "hundreds" if r < h.p_dictation + h.p_all_pairs + h.p_hundreds else "plain")
        said = [self.group_v4(p, zero, style) for p in parts]
        seps = [rng.choice(h.v4_group_seps) for _ in said[1:]]
        if unclear and len(said) > 1 and rng.random() < h.p_unclear:
            k = rng.randrange(len(seps))
            mark = rng.choice(h.unclear_marks)
            seps[k] = f" {mark} " if rng.random() < 0.5 else f" {mark}{seps[k]}"
        out = said[0]
        for sep, s in zip(seps, said[1:]):
            out += sep + s
        return out

    def mobile_v4(self) -> str:
        return "07" + self.rng.choice("34579") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v4(self, form: str) -> None:
        rng, b = self.rng, self.b
        mobile = self.mobile_v4()
        area, n = rng.choice(list(self.pools.landline_areas))
        landline = "0" + area + str(rng.randint(2 * 10 ** (n - 1), 10 ** n - 1))
        lgroups = [len(area) + 1] + {6: [3, 3], 7: [3, 4], 8: [4, 4]}[n]
        mgroups = rng.choice([[5, 3, 3], [5, 6], [3, 4, 4], [4, 3, 4], [5, 3, 3]])
        if form == "mobile":
            b.ent(self.cap(self.speak_v4(mobile, mgroups)), "PHONE", None, "sp_mobile")
        elif form == "landline":
            b.ent(self.cap(self.speak_v4(landline, lgroups)), "PHONE", None, "sp_landline")
        elif form == "area":  # "the area code's [oh one five...], and then [six four one...]"
            b.ent(self.cap(self.speak_v4(landline[:len(area) + 1], [len(area) + 1], False)),
                  "PHONE", None, "sp_area_code")
            b.lit(rng.choice([", and then the number is ", ", then ", ", and after that it's ",
                              ". The number itself is "]))
            b.ent(self.speak_v4(landline[len(area) + 1:], lgroups[1:]), "PHONE", None,
                  "sp_area_code")
        elif form == "head":  # the speaker's part; a third voice finishes it (form "tail")
            self.pending = mobile[6:]
            b.ent(self.cap(self.speak_v4(mobile[:6], [3, 3], False)), "PHONE", None, "sp_chipped")
        elif form == "tail":
            rest = self.pending or mobile[6:]
            b.ent(self.cap(self.speak_v4(rest, [len(rest)], False)), "PHONE", None, "sp_chipped")
        elif form == "mem":  # the part remembered; the rest read off a letter (form "letter")
            self.pending = mobile[5:]
            b.ent(self.cap(self.speak_v4(mobile[:5], [5], False)), "PHONE", None,
                  "sp_half_remembered")
        elif form == "letter":
            rest = self.pending or mobile[5:]
            b.ent(self.cap(self.speak_v4(rest, [3, 3], False)), "PHONE", None,
                  "sp_half_remembered")
        elif form == "lastfour":  # "[oh one two three nine, six four], and the last four are [...]"
            head = landline[:-4]
            b.ent(self.cap(self.speak_v4(head, [len(area) + 1, len(head) - len(area) - 1], False)),
                  "PHONE", None, "sp_partial")
            b.lit(rng.choice([", and the last four are ", ", then the last four digits, ",
                              "... and it ends "]))
            b.ent(self.speak_v4(landline[-4:], [4], False), "PHONE", None, "sp_partial")
        elif form == "intl":
            lead = rng.choice(["country code forty-four", "forty-four", "plus forty-four, no zero,",
                               "double-oh forty-four"])
            if lead.startswith("country code"):
                b.lit(self.cap("country code "))
                lead = lead.removeprefix("country code ")
            b.ent(self.cap(f"{lead} {self.speak_v4(mobile[1:], [4, 3, 3])}"), "PHONE", None,
                  "sp_intl")
        elif form == "spaced":  # a transcriber typing digit by digit as it was dictated
            b.ent(" ".join(mobile if rng.random() < 0.6 else landline), "PHONE", None, "spaced")
        elif form == "signature":  # pasted from an e-mail signature
            s = rng.choice([f"+44 (0){landline[1:len(area) + 1]} {landline[len(area) + 1:]}",
                            f"{landline[:len(area) + 1]} {landline[len(area) + 1:]}",
                            f"+44 (0){mobile[1:5]} {mobile[5:]}"])
            b.ent(s, "PHONE", None, "intl_written" if s.startswith("+") else "landline")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def number_v4(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        d = self.nhs_digits() if kind == "NHS" else self.chi_digits() if kind == "CHI" else \
            f"{rng.randint(2, 7)}{rng.randint(0, 999999):06d}"
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        if form == "written":
            s = {"NHS": rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]), "CHI": f"{d[:6]} {d[6:]}",
                 "GMC": d}[kind]
            b.ent(s, type_, None, {"NHS": "nhs", "CHI": "chi", "GMC": "gmc"}[kind])
            return
        if form == "spaced":
            b.ent(" ".join(d), type_, None, "spaced")
            return
        if kind == "CHI" and form == "tail":  # "my birthday, then [four four one nine]"
            born = datetime.date(2000 + int(d[4:6]) if int(d[4:6]) < 20 else 1900 + int(d[4:6]),
                                 int(d[2:4]), int(d[:2]))
            hy = rng.choice(self.h.hyphen)
            b.ent(self.cap(f"{ordinal_words(born.day, hy)} of {MONTHS[born.month - 1]}, "
                           f"{cardinal(born.year % 100, hy) if born.year % 100 >= 10 else 'oh ' + UNITS[born.year % 100]}"),
                  "DATE", None, "sp_dob")
            b.lit(rng.choice([", and then ", ", then the four after are ", ", plus "]))
            b.ent(self.speak_v4(d[6:], [4], False), "NHS_NUMBER", None, "sp_chi_tail")
            return
        groups = {"NHS": [[3, 3, 4], [3, 3, 4], [3, 3, 2, 2], [4, 3, 3]],
                  "CHI": [[2, 2, 2, 4], [6, 4], [2, 2, 2, 2, 2]],
                  "GMC": [[3, 4], [7], [4, 3], [1, 3, 3]]}[kind]
        s = self.speak_v4(d, rng.choice(groups))
        b.ent(self.cap(s), type_, None, {"NHS": "sp_nhs", "CHI": "sp_chi", "GMC": "sp_gmc"}[kind])

    def letter_v4(self, c: str) -> str:
        names = dict(self.h.letter_names)
        if c in names and self.rng.random() < self.h.p_letter_names:
            return names[c]
        return c

    def postcode_v4(self, form: str) -> None:
        """Letters by their names ("aitch", "double-u", "zed"), "space" said between the
        halves, the district "one-eight" or "eighteen", or the outward code alone."""
        rng, b, h = self.rng, self.b, self.h
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "written":
            b.ent(rng.choice([f"{outward} {inward}", f"{outward} {inward}", f"{outward}  {inward}"]),
                  "POSTCODE", None, "postcode")
            return
        letters = re.match(r"[A-Z]+", outward).group()  # type: ignore[union-attr]
        num = outward[len(letters):]
        said = [self.letter_v4(c) for c in letters]
        out = (" " if any(len(x) > 1 for x in said) else rng.choice([" ", ""])).join(said)
        if len(num) == 2 and rng.random() < 0.5:
            say_n = cardinal(int(num), rng.choice(h.hyphen))
        else:
            say_n = "-".join(self.zero_v4() if c == "0" else UNITS[int(c)] for c in num) \
                if rng.random() < 0.5 else " ".join(self.zero_v4() if c == "0" else UNITS[int(c)] for c in num)
        out = f"{out} {say_n}"
        if form == "outward":
            b.ent(self.cap(out), "POSTCODE", None, "sp_outward")
            return
        in_l = [self.letter_v4(c) for c in inward[1:]]
        in_s = f"{UNITS[int(inward[0])]} {' '.join(in_l)}"
        mid = rng.choice([" space ", ", space, ", " — space — ", ", ", " ", " [pause] "])
        b.ent(self.cap(f"{out}{mid}{in_s}"), "POSTCODE", None,
              "sp_postcode_space" if "space" in mid else "sp_postcode")

    def address_v4(self, form: str) -> None:
        """Named houses, apartments, Edinburgh's "fourteen stroke three", Glasgow's "two up"
        and "flat two-one", a house number given after the street."""
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 70), rng.randint(1, 70), rng.randint(100, 260)])
        hy = rng.choice(self.h.hyphen)
        if form == "written":
            s = rng.choice([f"{n} {street}", f"Flat {rng.randint(1, 4)}/{rng.randint(1, 3)}, {n} {street}",
                            f"{rng.choice(self.t.negatives['_houses'])}, {street}"])
            b.ent(s, "LOCATION", None, "address")
            return
        words = cardinal(n, hy, hundred_a=rng.random() < 0.3)
        style = rng.choice(["house", "apartment", "stroke", "up", "plain", "house", "after"])
        if style == "house":
            s = f"{rng.choice(self.t.negatives['_houses'])}, {street}"
        elif style == "apartment":
            s = f"apartment {cardinal(rng.randint(2, 40), hy)}, {words} {street}"
        elif style == "stroke":
            s = f"{words} stroke {cardinal(rng.randint(1, 9))}, {street}"
        elif style == "up":
            s = rng.choice([f"two up, {words} {street}", f"flat {UNITS[rng.randint(0, 3)]}-{UNITS[rng.randint(1, 2)]}, {words} {street}"])
        elif style == "after":  # "[<street>, number sixty]": the street first
            s = f"{street}, number {words}"
        else:
            s = f"{words} {street}"
        b.ent(self.cap(s), "LOCATION", None, "sp_address")

    LETTER_SAID: ClassVar[dict[str, str]] = {
        "a": "ay", "b": "bee", "d": "dee", "j": "jay", "k": "kay", "m": "em", "n": "en",
        "r": "ar", "s": "ess", "t": "tee"}

    def email_v4(self, who: str, form: str) -> None:
        rng, b, h = self.rng, self.b, self.h
        if who in self.cast and self.cast[who].email:
            p = self.cast[who]
            addr, code = p.email or "", p.code
        else:
            p = self.cast["self"] if who == "self_other" else (
                self.cast[who] if who in self.cast else self.new_person(""))
            code = p.code if who == "self_other" else None
            first = p.first.lower()
            sur = re.sub(r"[^a-z]", "", p.sur.lower())
            local = rng.choice([f"{first}.{sur}", f"{first[0]}.{sur}", f"{first}-{sur}",
                                f"{sur}{rng.randint(2, 9)}", f"{first[0]}{sur}-{rng.randint(10, 30)}",
                                f"{first}.{sur}.{rng.randint(1, 9)}", f"{sur}.{first}"])
            addr = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            b.ent(addr, "EMAIL", code, "typed")
            return
        local, domain = addr.split("@")
        dot = rng.choice(h.v4_dot_words)
        words = []
        for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
            if piece == ".":
                words.append(dot)
            elif piece == "_":
                words.append("underscore")
            elif piece == "-":
                words.append(rng.choice(["dash", "hyphen", "dash"]))
            elif piece.isdigit():
                w = cardinal(int(piece), rng.choice(h.hyphen))
                words.append(rng.choice([w, f"the number {w}", f"{w}, the number,"]))
            elif len(piece) == 1 and piece in self.LETTER_SAID and rng.random() < 0.5:
                words.append(self.LETTER_SAID[piece])  # "jay dot ..." for "j."
            else:
                words.append(piece)
        dwords = []
        for part in domain.split("."):
            if part == "googlemail" and rng.random() < 0.6:
                part = "google mail"
            elif part == "nhs" and rng.random() < 0.4:
                part = "N H S"
            dwords.append(part)
        at = rng.choice(h.v4_at_words)
        words[-1] = words[-1].removesuffix(",")
        s = f"{' '.join(words)} {at} {(' ' + dot + ' ').join(dwords)}"
        s = s.replace(" ,", ",")
        symbols = any(w in words for w in ("underscore", "dash", "hyphen"))
        b.ent(s, "EMAIL", code, "sp_email_symbols" if symbols else "sp_email")
        if rng.random() < 0.3:
            b.lit(rng.choice([", no spaces", ", no caps anywhere", ", that's the lot",
                              ", all joined up"]))

    def spelled_v4(self, who: str, which: str) -> None:
        """Spellings: "two Ts" for a pair, letters by their names ("aitch", "double-u"),
        chunks with pauses ("S M I... T H"), "then" between letters."""
        rng = self.rng
        p = self.cast[who]
        name = p.first if which == "first" else p.sur
        letters = [c for c in name.upper() if c.isalpha()]
        style = rng.choice(["counted", "names", "chunks", "then", "counted", "names"])
        tokens: list[str] = []
        i = 0
        while i < len(letters):
            c = letters[i]
            if style == "counted" and i + 1 < len(letters) and letters[i + 1] == c:
                tokens.append(f"two {c}s")
                i += 2
                continue
            tokens.append(self.letter_v4(c) if style == "names" else c)
            i += 1
        if style == "chunks" and len(tokens) > 4:
            k = rng.randint(2, len(tokens) - 2)
            s = " ".join(tokens[:k]) + rng.choice(["... ", " — ", ", er, "]) + " ".join(tokens[k:])
        elif style == "then":
            s = ", then ".join(tokens) if len(tokens) < 6 else \
                ", ".join(tokens[:3]) + ", then " + ", ".join(tokens[3:])
        else:
            s = rng.choice([", ", " ", "-"] if style != "names" else [", ", " "]).join(tokens)
        self.b.ent(s, "PERSON", p.code, "sp_spelled")

    def year_v4(self, y: int) -> str:
        rng = self.rng
        hy = rng.choice(self.h.hyphen)
        if y < 2000:
            return f"nineteen {cardinal(y % 100, hy)}" if y % 100 >= 10 else f"nineteen oh {UNITS[y % 100]}"
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"two thousand {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000, hy)}", f"two thousand and {cardinal(y - 2000, hy)}"])

    ROMAN: ClassVar[tuple[str, ...]] = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix",
                                        "x", "xi", "xii")

    def date_v4(self, form: str, dob_form: str = "") -> None:
        """Holidays, cardinal days ("twelve of March"), dictated slashes, year-first dates of
        birth, month and two-digit year, written roman months and US order."""
        rng, b, h = self.rng, self.b, self.h
        dob = form == "dob"
        if dob:
            when = datetime.date(rng.randint(1954, 1997), rng.randint(1, 12), rng.randint(1, 28))
            form = dob_form or rng.choice(["sp_dob_yearfirst", "sp_dob_cardinal", "sp_slashes",
                                           "sp_month_yy", "sp_dob_yearfirst", "sp_dob_cardinal",
                                           "roman", "us_mdy"])
        else:
            when = datetime.date(rng.randint(2007, 2025), rng.randint(1, 12), rng.randint(1, 28))
        day, mon, mname = when.day, when.month, MONTHS[when.month - 1]
        self.day, self.month = day, mon
        hy = rng.choice(h.hyphen)
        yy = when.year % 100
        short = cardinal(yy, hy) if yy >= 10 else f"{self.zero_v4()} {UNITS[yy]}"
        if form == "holiday":
            fixed, movable = self.t.negatives["_holidays_fixed"], self.t.negatives["_holidays_movable"]
            if rng.random() < 0.6:
                s = rng.choice(fixed)
                if rng.random() < 0.5:
                    s += rng.choice([", ", " "]) + self.year_v4(when.year)
            else:
                s = f"{rng.choice(movable)}{rng.choice([', ', ' '])}{self.year_v4(when.year)}"
            b.ent(self.cap(s), "DATE", None, "sp_holiday")
            return
        if form in ("written", "roman", "us_mdy", "dm_abbr"):
            if form == "written":
                form = rng.choice(["roman", "us_mdy", "dm_abbr"])
            s = {"roman": f"{day}.{self.ROMAN[mon - 1]}.{when.year if rng.random() < 0.5 else f'{yy:02d}'}",
                 "us_mdy": f"{mname} {day}, {when.year}",
                 "dm_abbr": f"{day}{ordinal_suffix(day)} {mname[:3]}"}[form]
            b.ent(s, "DATE", None, form)
            return
        card = cardinal(day, hy)
        if form == "sp_dom_cardinal":  # "the [twelve of March]": the "the" outside
            s = rng.choice([f"{card} of {mname}", f"{mname} {card}", f"{card} {mname}",
                            f"{card} of {mname}, {self.year_v4(when.year)}"])
            if s[0].islower() and rng.random() < 0.5:
                b.lit(self.cap("the "))
        elif form == "sp_slashes":
            sl = rng.choice([" slash ", " stroke "])
            if rng.random() < 0.5:
                parts = [f"{self.zero_v4()} {UNITS[x]}" if x < 10 else f"{UNITS[x // 10]} {UNITS[x % 10]}"
                         for x in (day, mon)]
                s = sl.join([*parts, f"{UNITS[yy // 10] if yy >= 10 else self.zero_v4()} {UNITS[yy % 10]}"])
            else:
                s = sl.join([cardinal(day, hy), cardinal(mon, hy), short])
        elif form == "sp_dob_yearfirst":
            s = rng.choice([f"{self.year_v4(when.year)}, {mname}, the {ordinal_words(day, hy)}",
                            f"{short}, {mname}, {card}",
                            f"{self.year_v4(when.year)}, {cardinal(mon)}, {card}"])
        elif form == "sp_dob_cardinal":
            s = rng.choice([f"{card} {mname} {short}", f"{card} of {mname}, {self.year_v4(when.year)}"])
        elif form == "sp_month_yy":
            s = f"{mname} {short}"
        elif form == "sp_dom":
            s = f"{ordinal_words(day, hy)} of {mname}"
        elif form == "sp_dom_y":
            s = f"{ordinal_words(day, hy)} of {mname}, {self.year_v4(when.year)}"
        elif form == "sp_weekday_dom":
            s = f"{WEEKDAYS[when.weekday()]} the {ordinal_words(day, hy)} of {mname}"
        elif form == "sp_month_year":
            s = f"{mname} {self.year_v4(when.year)}"
        elif form == "sp_md":
            s = f"{mname} the {ordinal_words(day, hy)}"
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        b.ent(self.cap(s), "DATE", None, form)

    def birthyear_v4(self) -> None:
        """A year of birth digit by digit ("one nine seven eight") or said the usual way."""
        rng = self.rng
        y = rng.randint(1955, 1997)
        if rng.random() < 0.5:
            s, form = " ".join(UNITS[int(c)] for c in str(y)), "sp_birth_year_digits"
        else:
            s, form = self.year_v4(y), "sp_birth_year"
        self.b.ent(self.cap(s), "DATE", None, form)

    AGE_V4: ClassVar[dict[str, str]] = {
        "have_years": "sp_have_years", "of_age": "sp_years_of_age", "this_year": "sp_this_year",
        "young": "sp_years_young", "answer": "sp_answer", "words": "sp_words", "half": "sp_half",
        "chipped": "sp_chipped", "yo": "yo", "decade": "sp_decade", "interjection": "sp_interjection",
        "not_out": "sp_not_out"}

    def age_v4(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        hy = rng.choice(self.h.hyphen)
        if form == "yo":
            b.ent(str(n), "AGE", None, "yo")
            return
        if form == "half":
            s = f"{cardinal(rng.randint(2, 12))} and a half"
        elif form == "decade":
            s = TENS[max(2, n // 10)][:-1] + "ies"
        elif form == "this_year":
            s = cardinal(rng.choice([30, 40, 50, 60, 45, 55, 65]) if rng.random() < 0.5 else n, hy)
        else:
            s = cardinal(n, hy)
        b.ent(self.cap(s), "AGE", None, self.AGE_V4[form])

    # ----------------------------------------------------------------- round 13 (heldout9)
    # Used only by a set whose habits say ``v9`` (heldout9); every other set renders byte for
    # byte as before. Its words (labels, relay phrases, festivals, misheard words, dialling
    # codes, the pronoun of each participant) are its own data, in ``self.t.negatives`` under
    # keys starting "_".
    def data9(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs9(self, key: str) -> dict[str, str]:
        return dict(entry.split("=>", 1) for entry in self.data9(key))

    def init_v9(self) -> None:
        """A document is a focus group (other voices, overlap marks), a written interview
        answered by dictation (the recogniser's commands left in), a telephone call relayed by
        a third person ("she says ..."), a recording transcribed in conversation-analysis
        notation ("(.)", "(0.6)", "=", "fi:ve") or a plain transcript."""
        rng = self.rng
        style = rng.choice(self.data9("styles"))
        self.state9["style"] = style
        ilabel, plabel = rng.choice(self.data9(f"labels_{style}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", self.cast["self"].code or "P")
        me = self.cast["self"]
        self.state9["pro"] = self.pairs9("pronouns").get(f"{me.first} {me.sur}", "she")
        if style == "dictation":
            self.b = DictationBuilder(swaps=tuple(
                tuple(x.split("=>", 1)) for x in self.data9("misheard")))  # type: ignore[misc]
        if style == "relay":
            self.state9["relay_label"] = rng.choice(self.data9("relay_labels"))

    def dictating9(self) -> bool:
        return isinstance(self.b, DictationBuilder) and self.b.on

    def turn_v9(self, who: str, sentences: list[str]) -> None:
        rng, b, style = self.rng, self.b, self.state9["style"]
        if who == "N":  # a pasted document or a transcriber's note, no speaker label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        if style == "group" and who == "P" and rng.random() < 0.2:
            b.lit(f"{rng.choice(self.data9('group_voices'))}: {rng.choice(self.data9('group_lines'))}\n\n")
        relay = style == "relay" and who == "P" and rng.random() < 0.75
        b.lit(f"{self.state9['relay_label'] if relay else (self.ilabel if who == 'I' else self.plabel)}: ")
        if style == "group" and rng.random() < 0.25:
            b.lit(rng.choice(self.data9("group_marks")) + " ")
        elif style == "ca" and rng.random() < 0.3:
            b.lit(rng.choice(["(.) ", "(0.8) ", "= ", "(1.4) "]))
        if relay:
            b.lit(rng.choice(self.data9("relay_opens")).replace("{Pro}", capitalise(self.state9["pro"]))
                  .replace("{pro}", self.state9["pro"]))
        self.state9["relaying"] = "yes" if relay else ""
        dictated = style == "dictation" and who == "P"
        if dictated:
            b.on = True  # type: ignore[attr-defined]
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            self.render(s, opener=(who == "P"))
        if dictated:
            b.lit(" " + rng.choice(self.data9("dictation_ends")))
            b.on = False  # type: ignore[attr-defined]
        if style == "ca" and rng.random() < 0.2:
            b.lit(" =")
        self.state9["relaying"] = ""
        b.lit("\n\n")

    def slot_v9(self, name: str, args: list[str]) -> bool:
        """Round 13's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v9(arg)
        elif name in ("NHS", "CHI", "GMC", "IMC", "AHPRA"):
            self.number_v9(name, arg)
        elif name == "POSTCODE":
            self.postcode_v9(arg)
        elif name == "ADDR":
            self.address_v9(arg)
        elif name == "EMAIL":
            self.email_v9(arg, args[1])
        elif name in ("SPELLED", "FIRSTSPELLED"):
            self.spelled_v9(arg, first=name == "FIRSTSPELLED")
        elif name == "DATE":
            self.date_v9(arg)
        elif name == "DAYONLY":
            day = rng.randint(1, 28)
            s = f"{day}{ordinal_suffix(day)}" if self.dictating9() or rng.random() < 0.2 else ordinal_words(day)
            b.ent(s, "DATE", None, "sp_dictated" if self.dictating9() else "sp_day_only")
        elif name == "AGE":
            self.age_v9(arg, args[1] if len(args) > 1 else None)
        elif name == "SCHOOLAGE":  # "in P5, so she's [nine]" / "in Year Ten, so he's [fifteen]"
            kid = rng.choice(["she's", "he's"])
            k = rng.randint(1, 7)
            if rng.random() < 0.5:
                b.lit(f"in P{k}, so {kid} ")
                n = k + rng.choice([4, 5])
            else:
                k += 4
                b.lit(f"in Year {cardinal(k).capitalize()}, so {kid} ")
                n = k + rng.choice([4, 5])
            self.age_ent9(cardinal(n), "sp_school", n)
        elif name == "NEG":  # a hard negative, capitalised when it opens a sentence
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    # ---- numbers
    def group9(self, g: str, zero: str) -> str:
        rng, h = self.rng, self.h
        if len(g) == 2 and g[0] != "0" and rng.random() < 0.15:
            return cardinal(int(g))
        if len(g) == 4 and g[0] != "0" and g[2] != "0" and rng.random() < 0.12:
            return f"{cardinal(int(g[:2]))} {cardinal(int(g[2:]))}"
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < h.p_triple:
                words.append(f"{rng.choice(h.triple_words)} {w}")
                i += 3
            elif run >= 2 and rng.random() < h.p_double:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def dictated_group9(self, g: str) -> str:
        """What a recogniser types for a group said aloud: numerals, but "double" and "triple"
        kept as words ("07 double 7 48")."""
        rng = self.rng
        if rng.random() < 0.5:
            return g
        toks: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            if run >= 3 and rng.random() < 0.6:
                toks.append(f"triple {d}")
                i += 3
            elif run >= 2 and rng.random() < 0.7:
                toks.append(f"double {d}")
                i += 2
            else:
                if toks and toks[-1].isdigit():
                    toks[-1] += d
                else:
                    toks.append(d)
                i += 1
        return " ".join(toks)

    def say9(self, digits: str, groups: list[int], base: str) -> tuple[str, str]:
        """A digit string said in ``groups``: some groups in words and some typed in digits
        ("four eight five, triple seven, 3456"), the separators said ("point", "dash"), a relay
        voice inside ("..., she says, ..."), CA pauses between groups ("(.)", "(0.6)") and a
        sound held ("fi:ve"); typed by a recogniser when dictated. Returns (text, form)."""
        rng, h = self.rng, self.h
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        style = self.state9["style"]
        zero = rng.choice(h.zero_words)
        if self.dictating9():
            said = [self.dictated_group9(g) for g in parts]
            out = said[0]
            for s in said[1:]:
                out += rng.choice([" ", " ", ", ", " dash "]) + s
            return out, "sp_dictated"
        p_digits = rng.choice([0.0, 0.0, 0.35, 0.5])
        said, n_digits = [], 0
        for g in parts:
            if rng.random() < p_digits:
                said.append(g)
                n_digits += 1
            else:
                said.append(self.group9(g, zero))
        mode = rng.choice(self.data9("sep_modes"))
        relay_at = (rng.randrange(1, len(said)) if self.state9.get("relaying") and len(said) > 1
                    and rng.random() < 0.6 else -1)
        ca = style == "ca" and rng.random() < 0.7
        out = said[0]
        for i, s in enumerate(said[1:], start=1):
            if i == relay_at:
                sep = rng.choice(self.data9("relay_inserts")).replace("{pro}", self.state9["pro"])
            elif ca:
                sep = " " + rng.choice(["(.)", "(.)", "(0.4)", "(0.7)", "(1.1)"]) + " "
            elif mode == "point":
                sep = " point "
            elif mode == "dash":
                sep = rng.choice([" dash ", " dash ", " hyphen "])
            else:
                sep = rng.choice(h.group_seps)
            out += sep + s
        held = False
        if style == "ca" and rng.random() < 0.35:
            m = re.search(r"\b(fi)(ve)\b|\b(ni)(ne)\b|\b(fo)(ur)\b|\b(thr)(ee)\b|\b(o)(h)\b", out)
            if m:
                a, z = [x for x in m.groups() if x is not None]
                out = out[:m.start()] + f"{a}:{z}" + out[m.end():]
                held = True
        if relay_at > 0:
            form = "sp_relayed"
        elif ca or held:
            form = "sp_pauses"
        elif mode in ("point", "dash") and len(said) > 1:
            form = "sp_point" if mode == "point" else "sp_dashes"
        elif n_digits == len(said):
            form = "sp_digits"
        elif n_digits:
            form = "sp_mixed"
        else:
            form = base
        return out, form

    def ent9(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    def phone_v9(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "abroad":
            form = rng.choice(["ie", "au", "in", "ng"])
        if form in ("typed", "typed_landline", "typed_abroad"):
            if form == "typed":
                d = "07" + rng.choice("4579") + f"{rng.randint(0, 10 ** 8 - 1):08d}"
                b.ent(f"{d[:5]} {d[5:]}", "PHONE", None, "mobile")
            elif form == "typed_landline":
                d = "028" + rng.choice("79") + f"{rng.randint(0, 10 ** 7 - 1):07d}"
                b.ent(f"{d[:3]} {d[3:7]} {d[7:]}", "PHONE", None, "landline")
            else:
                cc, d, groups = self.abroad9(rng.choice(["ie", "au", "in", "ng"]))
                parts, pos = [], 1
                for g in groups:
                    parts.append(d[pos:pos + g])
                    pos += g
                b.ent(f"+{cc} " + " ".join(parts), "PHONE", None, "abroad")
            return
        if form == "mobile":
            d = "07" + rng.choice("345789") + f"{rng.randint(0, 10 ** 8 - 1):08d}"
            s, f = self.say9(d, rng.choice([[5, 6], [5, 3, 3], [3, 4, 4], [4, 3, 4]]), "sp_mobile")
            self.ent9(s, "PHONE", f)
        elif form == "landline":
            d = "028" + rng.choice("7893") + f"{rng.randint(0, 10 ** 7 - 1):07d}"
            s, f = self.say9(d, rng.choice([[3, 4, 4], [3, 2, 3, 3], [3, 8]]), "sp_landline")
            self.ent9(s, "PHONE", f)
        else:
            cc, d, groups = self.abroad9(form)
            if rng.random() < 0.5:  # the national form, with its leading zero
                s, f = self.say9(d, [groups[0] + 1, *groups[1:]], "sp_abroad")
            else:
                lead = rng.choice(self.pairs9("intl_leads")[cc].split("/"))
                s, f = self.say9(d[1:], groups, "sp_abroad")
                s = f"{lead}{rng.choice([', ', ' ', '... '])}{s}"
            self.ent9(s, "PHONE", f if f != "sp_digits" else "sp_abroad")

    def abroad9(self, where: str) -> tuple[str, str, list[int]]:
        """(country code, national number with its 0, groups after the 0) for an Irish,
        Australian, Indian or Nigerian mobile."""
        rng = self.rng
        if where == "ie":
            return "353", "08" + rng.choice("35679") + f"{rng.randint(0, 10 ** 7 - 1):07d}", [2, 3, 4]
        if where == "au":
            return "61", "04" + f"{rng.randint(0, 10 ** 8 - 1):08d}", [3, 3, 3]
        if where == "in":
            return "91", "0" + rng.choice("9876") + f"{rng.randint(0, 10 ** 9 - 1):09d}", [5, 5]
        return "234", "0" + rng.choice(["80", "81", "70", "90"]) + f"{rng.randint(0, 10 ** 8 - 1):08d}", [3, 3, 4]

    def hcn9(self) -> str:
        """A Health and Care number (NI): ten digits from 320 to 399, modulus 11."""
        while True:
            nine = str(self.rng.randint(320, 399)) + f"{self.rng.randint(0, 10 ** 6 - 1):06d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def number_v9(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "NHS":
            hcn = form in ("hcn", "typed_hcn") or (form == "spoken" and rng.random() < 0.6)
            d = self.hcn9() if hcn else self.nhs_digits()
            if form.startswith("typed"):
                b.ent(f"{d[:3]} {d[3:6]} {d[6:]}", "NHS_NUMBER", None, "nhs")
                return
            s, f = self.say9(d, rng.choice([[3, 3, 4], [3, 3, 4], [3, 3, 2, 2], [4, 3, 3]]),
                             "sp_hcn" if hcn else "sp_nhs")
            self.ent9(s, "NHS_NUMBER", f)
        elif kind == "CHI":
            d = self.chi_digits()
            s, f = self.say9(d, rng.choice([[6, 4], [2, 2, 2, 4]]), "sp_chi")
            self.ent9(s, "NHS_NUMBER", f)
        elif kind == "GMC":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
            if form == "typed":
                b.ent(d, "GMC_NUMBER", None, "gmc")
                return
            s, f = self.say9(d, rng.choice([[7], [3, 4], [1, 3, 3], [4, 3]]), "sp_gmc")
            self.ent9(s, "GMC_NUMBER", f)
        elif kind == "IMC":  # the Irish Medical Council's registration number, six digits
            d = f"{rng.randint(2, 4)}{rng.randint(0, 99999):05d}"
            s, f = self.say9(d, rng.choice([[6], [3, 3], [2, 2, 2]]), "sp_imc")
            self.ent9(s, "GMC_NUMBER", f)
        else:  # AHPRA: three letters and ten digits, "MED0001234567"
            d = "000" + f"{rng.randint(1, 2)}{rng.randint(0, 999999):06d}"
            if form == "typed":
                b.ent(f"MED{d}", "GMC_NUMBER", None, "ahpra")
                return
            letters = rng.choice(["M E D", "M-E-D", "M, E, D", "med"])
            s, f = self.say9(d, rng.choice([[3, 4, 3], [4, 3, 3], [3, 3, 4]]), "sp_ahpra")
            self.ent9(f"{letters}{rng.choice([', ', ' ', '... '])}{s}", "GMC_NUMBER",
                      f if f in ("sp_relayed", "sp_dictated", "sp_pauses") else "sp_ahpra")

    # ---- postcodes, addresses, e-mails, spellings
    def char9(self, c: str) -> str:
        if c.isdigit():
            return self.rng.choice(["zero", "oh"]) if c == "0" else UNITS[int(c)]
        return c

    def postcode_v9(self, form: str) -> None:
        rng, b = self.rng, self.b
        eir = form in ("eircode", "typed_eircode")
        outs = [o for o in self.pools.postcode_outward if o.startswith("BT") != eir]
        out = rng.choice(outs)
        if eir:
            inward = "".join(rng.choice("ACDEFHKNPRTVWXY") if rng.random() < 0.5 else
                             str(rng.randint(0, 9)) for _ in range(4))
        else:
            inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form.startswith("typed"):
            b.ent(f"{out} {inward}", "POSTCODE", None, "eircode" if eir else "postcode")
            return
        letters = "".join(c for c in out if c.isalpha())
        num = out[len(letters):]
        if self.dictating9():
            s = f"{out}{rng.choice([' ', ', '])}{inward}" if rng.random() < 0.5 else \
                f"{' '.join(letters)} {num} {' '.join(inward)}"
            b.ent(s, "POSTCODE", None, "sp_dictated")
            return
        say_l = rng.choice([" ", "-", ""]).join(letters) if len(letters) > 1 else letters
        say_n = cardinal(int(num)) if len(num) == 2 and num[0] != "0" and rng.random() < 0.4 else \
            " ".join(self.char9(c) for c in num)
        sep = rng.choice([", ", " ", "... ", ", em, "])
        if self.state9.get("relaying") and rng.random() < 0.5:
            sep = rng.choice(self.data9("relay_inserts")).replace("{pro}", self.state9["pro"])
            fm = "sp_relayed"
        else:
            fm = "sp_eircode" if eir else "sp_postcode"
        tail = rng.choice([" ", ", "]).join(self.char9(c) for c in inward) if eir else \
            f"{self.char9(inward[0])} {rng.choice([' ', ''])}".rstrip() + " " + \
            rng.choice([" ", "", "-"]).join(inward[1:])
        b.ent(f"{say_l} {say_n}{sep}{tail}", "POSTCODE", None, fm)

    def address_v9(self, form: str) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 30), rng.randint(1, 120), rng.randint(101, 199)])
        if form == "typed":
            b.ent(f"{n} {street}", "LOCATION", None, "address")
            return
        if self.dictating9():
            b.ent(f"{n}{rng.choice([' ', ', '])}{street}", "LOCATION", None, "sp_dictated")
            return
        said = cardinal(n, hundred_a=rng.random() < 0.5) if n < 100 or rng.random() < 0.5 else \
            " ".join(self.char9(c) for c in str(n))
        if rng.random() < 0.2:
            said = f"apartment {cardinal(rng.randint(1, 12))}, {said}"
        self.ent9(f"{said}{rng.choice([' ', ', '])}{street}", "LOCATION", "sp_address")

    @staticmethod
    def plain9(s: str) -> str:
        s = unicodedata.normalize("NFD", s)
        return "".join(c for c in s if c.isalnum()).lower()

    def email_v9(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast.get(who) or self.cast["self"]
        if who in self.cast and p.email:
            addr, code = p.email, p.code
        else:
            code = p.code if who == "self_other" else None
            first, sur = self.plain9(p.first), self.plain9(p.sur)
            nn = rng.choice([str(rng.randint(60, 99)), str(rng.randint(1965, 1999)), str(rng.randint(1, 9)),
                             f"{rng.randint(0, 30):02d}"])
            local = rng.choice([f"{first}.{sur}{nn}", f"{first[0]}{sur}{nn}", f"{sur}_{first}{nn}",
                                f"{first}-{sur}", f"dr.{sur}{nn}"])
            addr = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            b.ent(addr, "EMAIL", code, "typed")
            return
        local, domain = addr.split("@")
        said_dom = self.pairs9("domain_said")
        dictated = self.dictating9()
        toks: list[str] = []
        for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
            if piece in "._-":
                toks.append({".": "dot", "_": "underscore", "-": rng.choice(["dash", "hyphen"])}[piece])
            elif piece.isdigit():
                if dictated:
                    toks.append(piece)
                elif len(piece) == 4 and rng.random() < 0.6:
                    toks.append(f"{cardinal(int(piece[:2]))} {cardinal(int(piece[2:]))}")
                elif len(piece) == 2 and piece[0] != "0" and rng.random() < 0.6:
                    toks.append(cardinal(int(piece)))
                else:
                    toks.append(" ".join(self.char9(c) for c in piece))
            else:
                toks.append(piece)
        dom = " dot ".join(said_dom.get(x, x) for x in domain.split("."))
        s = f"{' '.join(toks)} {rng.choice(['at', 'at', 'at sign'])} {dom}"
        b.ent(s, "EMAIL", code, "sp_email_num" if re.search(r"\d", local) else "sp_email")

    def spelled_v9(self, who: str, first: bool) -> None:
        """A name spelled letter by letter: a fada said after its letter ("A fada", "O with a
        fada"), "space" between the parts of an Irish surname, "double" for a pair."""
        rng = self.rng
        p = self.cast[who]
        name = p.first if first else p.sur
        sep = rng.choice(["-", " ", ", ", ". "])
        fada = rng.choice(["fada", "with a fada", "fada"])
        toks: list[str] = []
        chars = list(name)
        i = 0
        while i < len(chars):
            c = chars[i]
            base = unicodedata.normalize("NFD", c)[0].upper()
            if c == " ":
                toks.append("space")
            elif c == "'":
                toks.append("apostrophe")
            elif base != c.upper():
                toks.append(f"{base} {fada}")
            elif i + 1 < len(chars) and chars[i + 1].upper() == c.upper() and rng.random() < 0.5:
                toks.append(f"double {base}")
                i += 1
            else:
                toks.append(base)
            i += 1
        form = "sp_spelled_first" if first else "sp_spelled"
        self.b.ent(sep.join(toks), "PERSON", p.code, form)

    # ---- dates and ages
    def year9(self, y: int) -> str:
        rng = self.rng
        if self.dictating9():
            return str(y)
        if y < 1910:
            return rng.choice([f"nineteen-oh-{UNITS[y - 1900]}", f"nineteen oh {UNITS[y - 1900]}",
                               f"nineteen hundred and {UNITS[y - 1900]}"])
        if y < 2000:
            return f"nineteen {cardinal(y - 1900)}"
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"twenty oh {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000)}", f"twenty-{cardinal(y - 2000)}",
                           f"two thousand and {cardinal(y - 2000)}"])

    def day9(self, d: int) -> str:
        return f"{d}{ordinal_suffix(d)}" if self.dictating9() else ordinal_words(d)

    def date_v9(self, form: str) -> None:
        rng, b = self.rng, self.b
        when = datetime.date(rng.randint(2004, 2024), rng.randint(1, 12), rng.randint(1, 28))
        if form in ("dob", "dob_digits", "dob_mixed", "roman", "dob_typed"):
            when = datetime.date(rng.randint(1961, 1996), when.month, when.day)
        if form == "old":
            when = datetime.date(rng.randint(1900, 1909), when.month, when.day)
        mname, wd = MONTHS[when.month - 1], WEEKDAYS[when.weekday()]
        dw, yw = self.day9(when.day), self.year9(when.year)
        sep = rng.choice([", ", " ", ", "])
        if form == "typed":
            b.ent(f"{when.day} {mname} {when.year}", "DATE", None, "dmy")
            return
        if form == "roman":
            roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][when.month - 1]
            b.ent(rng.choice([f"{when.day:02d}.{roman}.{when.year}", f"{when.day} {roman} {when.year}"]),
                  "DATE", None, "roman_month")
            return
        if form in ("festival", "birthday_rel", "festival_bare"):
            fest = rng.choice(self.data9("festivals")).split("=>", 1)[0]
            rel = rng.choice(self.data9("festival_rel"))
            if form == "festival_bare":
                if fest.startswith("the "):
                    b.lit("the ")
                    fest = fest[4:]
                s, f = f"{fest}{sep}{self.year9(rng.randint(1998, 2023))}", "sp_festival"
            else:
                if rel.startswith("the "):
                    b.lit("the ")
                    rel = rel[4:]
                s = f"{rel} {fest}"
                f = "sp_birthday_rel"
                if form == "festival":
                    s, f = f"{s}{sep}{self.year9(rng.randint(1998, 2023))}", "sp_festival"
        elif form == "old":
            if rng.random() < 0.4:
                b.lit("the ")
            s, f = f"{dw} of {mname}{sep}{yw}", "sp_nineteen_oh"
        elif form == "old_year":
            s, f = self.year9(rng.randint(1900, 1909)), "sp_nineteen_oh"
        elif form in ("year_short", "year_short_adult"):  # "born in twenty-three", "in eighty-seven"
            y = rng.choice([rng.randint(2001, 2009), rng.randint(2010, 2023)]) if form == "year_short" \
                else rng.randint(1962, 1996)
            s = (f"oh-{UNITS[y % 10]}" if y < 2010 else cardinal(y % 100)) if not self.dictating9() else f"'{y % 100:02d}"
            f = "sp_year_short"
        elif form == "dom_y":
            if rng.random() < 0.5:
                b.lit("the ")
            s, f = f"{dw} of {mname}{sep}{yw}", "sp_dom_y"
        elif form == "dom":
            s, f = f"{dw} of {mname}", "sp_dom"
        elif form == "md_y":
            s, f = f"{mname} the {dw}{sep}{yw}", "sp_md_y"
        elif form == "weekday_dom":
            s, f = f"{wd} the {dw} of {mname}", "sp_weekday_dom"
        elif form == "month_year":
            s, f = f"{mname} {yw}", "sp_month_year"
        elif form == "dob":
            s, f = f"{dw} of {mname}{sep}{yw}", "sp_dob"
        elif form == "dob_mixed":  # "the 22nd of August, eighty-seven"
            s, f = f"{when.day}{ordinal_suffix(when.day)} of {mname}{sep}{cardinal(when.year % 100)}", "sp_dob_mixed"
        elif form == "dob_digits":
            s, f = self.say9(f"{when.day:02d}{when.month:02d}{when.year % 100:02d}", [2, 2, 2], "sp_dob_digits")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        if self.dictating9() and f not in ("sp_year_short",):
            f = "sp_dictated"
        self.ent9(s, "DATE", f)

    def age_ent9(self, s: str, form: str, n: int | None = None) -> None:
        if self.dictating9():
            s, form = (str(n) if n is not None else s), "sp_dictated"
        self.ent9(s, "AGE", form)

    def age_v9(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if form == "rising":
            n = rng.choice([4, 5, 5, 11])
        if form == "and_twenty":
            s = f"{UNITS[rng.randint(1, 9)]}{rng.choice(['-and-', ' and '])}twenty"
            self.ent9(s, "AGE", "sp_and_twenty")
            return
        if form == "roman":
            s = rng.choice(["XXX", "XL", "L", "LX", "XXV", "LXX"])
            self.b.ent(s, "AGE", None, "sp_roman")
            return
        if form == "decade":
            self.ent9(TENS[max(2, n // 10)][:-1] + "ies", "AGE", "sp_decade")
            return
        if form == "question":
            n = rng.choice([30, 40, 50, 60, 45, 35])
        s = cardinal(n) if rng.random() < 0.9 else str(n)
        self.age_ent9(s, {"answer": "sp_answer", "words": "sp_words", "question": "sp_question",
                          "event": "sp_event", "rising": "sp_rising", "rip": "sp_rip",
                          "come": "sp_come"}[form], n)

    # ----------------------------------------------------------------- round 14 (heldout10)
    # Used only by a set whose habits say ``v10`` (heldout10); every other set renders byte for
    # byte as before. Its words (labels, third voices, lag marks, festivals, calendars, bank
    # holidays, area names) are its own data, in ``self.t.negatives`` under keys starting "_".
    def data10(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v10(self) -> None:
        """A document is a local-radio phone-in, a podcast episode, a call taken at the kitchen
        table with a teenager reading numbers off the parent's phone, a video call with lag and
        echo (groups said twice), or a plain transcript; every kind has self-repair."""
        rng = self.rng
        style = rng.choice(self.data10("styles"))
        self.state10["style"] = style
        ilabel, plabel = rng.choice(self.data10(f"labels_{style}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", self.cast["self"].code or "P")
        self.state10["third"] = rng.choice(self.data10(f"third_{style}"))

    def templates_v10(self) -> Templates:
        """The set's templates for this document: exchanges with a teenager's turn ("K|") only
        at the kitchen table; a third voice ("T|") is the producer, co-host or observer."""
        if self.state10["style"] == "kitchen":
            return self.t

        def fits(lines: list[str]) -> bool:
            return not any(line.startswith("K|") for line in lines)
        return Templates(**{**self.t.__dict__,
                            "opening": [x for x in self.t.opening if fits(x)],
                            "closing": [x for x in self.t.closing if fits(x)],
                            "exchanges": [x for x in self.t.exchanges if fits(x)]})

    def turn_v10(self, who: str, sentences: list[str]) -> None:
        rng, b, style = self.rng, self.b, self.state10["style"]
        if who == "N":  # show notes, a text to the studio, a transcriber's note: no label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        if style == "phonein" and who == "I" and rng.random() < 0.07:
            b.lit(rng.choice(self.data10("idents")) + "\n\n")
        if who == "I" and rng.random() < 0.06:  # the producer, co-host, teenager or observer
            b.lit(f"{self.state10['third']}: {rng.choice(self.data10('third_lines_' + style))}\n\n")
        label = {"I": self.ilabel, "T": self.state10["third"], "K": self.state10["third"]}.get(
            who, self.plabel)
        b.lit(f"{label}: ")
        if style == "echo" and rng.random() < 0.18:
            b.lit(rng.choice(self.data10("lag_marks")) + " ")
        self.state10["who"] = who
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def slot_v10(self, name: str, args: list[str]) -> bool:
        """Round 14's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v10(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v10(name, arg)
        elif name == "POSTCODE":
            self.postcode_v10(arg)
        elif name == "ADDR":
            self.address_v10(arg)
        elif name == "EMAIL":
            self.email_v10(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v10(arg)
        elif name == "DATE":
            self.date_v10(arg)
        elif name == "DAYONLY":
            b.ent(ordinal_words(rng.randint(1, 28)), "DATE", None, "sp_day_only")
        elif name == "AGE":
            self.age_v10(arg, args[1] if len(args) > 1 else None)
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        elif name == "THIRD":  # the third voice's label, said in a line
            b.lit(self.state10["third"])
        else:
            return False
        return True

    # ---- numbers
    def group10(self, g: str, zero: str) -> str:
        rng = self.rng
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < 0.4:
                words.append(f"{rng.choice(['triple', 'treble'])} {w}")
                i += 3
            elif run >= 2 and rng.random() < 0.55:
                words.append(f"double{rng.choice([' ', '-'])}{w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def pairs10(self, digits: str, zero: str) -> list[str]:
        """In pairs: "seventy-seven, oh nine, double-oh, forty-one" (a lone digit first)."""
        out: list[str] = []
        i = 0
        if len(digits) % 2:
            out.append(zero if digits[0] == "0" else UNITS[int(digits[0])])
            i = 1
        while i < len(digits):
            p = digits[i:i + 2]
            if p == "00":
                out.append(self.rng.choice(["double-oh", "oh oh", "double zero"]))
            elif p[0] == "0":
                out.append(f"{zero} {UNITS[int(p[1])]}")
            else:
                out.append(cardinal(int(p)))
            i += 2
        return out

    def say10(self, digits: str, groups: list[int], base: str, allow: str = "") -> tuple[str, str]:
        """A digit string said aloud in this set's ways; returns (text, form). Modes: plain
        groups, pairs, a false start repaired, a group echoed by a laggy line, a teenager
        correcting a group, read off a screen (the reading words are the caller's)."""
        rng = self.rng
        style = self.state10["style"]
        zero = rng.choice(self.h.zero_words)
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        modes = ["plain", "plain", "pairs", "repair"] + (["threes"] if "threes" in allow else [])
        if style == "echo":
            modes += ["echo", "echo", "echo"]
        if style == "kitchen":
            modes += ["teen", "teen", "teen"]
        if style == "podcast":
            modes += ["pairs", "pairs"]
        mode = rng.choice(modes)
        seps = self.h.group_seps
        if mode == "pairs":
            said = self.pairs10(digits, zero)
            return ", ".join(said) if rng.random() < 0.7 else " ".join(said), "sp_pairs"
        if mode == "threes":  # NHS in threes: "..., and then the last one's four"
            said = [self.group10(digits[k:k + 3], zero) for k in (0, 3, 6)]
            tail = rng.choice(self.data10("last_digit")).replace("{d}", UNITS[int(digits[9])])
            return ", ".join(said) + tail, "sp_threes"
        said = [self.group10(g, zero) for g in parts]
        if mode == "repair" and len(said) > 1:
            k = rng.randrange(1, len(said))
            wrong = parts[k][:-1] + str((int(parts[k][-1]) + rng.randint(1, 8)) % 10)
            false = ", ".join(said[:k]) + ", " + self.group10(wrong, zero)
            fix = rng.choice(self.data10("repairs"))
            return false + fix + ", ".join(said), "sp_repair"
        if mode == "echo" and len(said) > 1:
            k = rng.randrange(len(said))
            said[k] = said[k] + rng.choice(self.data10("echo_inserts")) + said[k]
            return rng.choice(seps).join(said), "sp_echo"
        if mode == "teen" and len(said) > 1:
            k = rng.randrange(1, len(said))
            wrong = parts[k][:-1] + str((int(parts[k][-1]) + rng.randint(1, 8)) % 10)
            teen = self.state10["third"]
            line = rng.choice(self.data10("teen_fixes")).replace("{T}", teen).replace(
                "{g}", self.group10(parts[k], zero))
            out = ", ".join(said[:k]) + ", " + self.group10(wrong, zero) + line + said[k]
            if k + 1 < len(said):
                out += ", " + ", ".join(said[k + 1:])
            return out, "sp_teen"
        out = said[0]
        for s in said[1:]:
            out += rng.choice(seps) + s
        return out, base

    def ent10(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    def mobile10(self) -> str:
        return "07" + self.rng.choice("3456789") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v10(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "typed":
            d = self.mobile10()
            b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}", d]),
                  "PHONE", None, "mobile")
            return
        area, place = rng.choice(self.data10("areas")).split("=>", 1)
        local = f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (10 - len(area)) - 1):0{10 - len(area)}d}"
        if form == "typed_landline":
            b.ent(rng.choice([f"({area}) {local}", f"{area} {local}"]), "PHONE", None, "landline")
            return
        if form == "landline":
            if rng.random() < 0.5:  # "a Salisbury number, then ..." (the place said, not the code)
                art = "an " if place[0] in "AEIOU" else "a "
                b.lit(rng.choice([art, "it's " + art, art]))
                b.ent(place, "LOCATION", None, "area_place")
                b.lit(rng.choice([" number, then ", " number, and then ", " one, ", " number: "]))
                groups = [3, len(local) - 3]
                s, f = self.say10(local, groups, "sp_area_place")
                b.ent(s, "PHONE", None, f)
                return
            d = area + local
            s, f = self.say10(d, [len(area), 3, len(local) - 3], "sp_landline")
            self.ent10(s, "PHONE", f)
            return
        d = self.mobile10()
        if form == "screen":  # read off the phone or the watch: the lead-in is not the number
            b.lit(rng.choice(self.data10("screen_leads")))
            s, f = self.say10(d, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]]), "sp_screen")
            b.ent(s, "PHONE", None, f)
            return
        if form == "intl":
            s, f = self.say10(d[1:], [4, 3, 3], "sp_intl")
            lead = rng.choice(["plus four four, ", "plus forty-four, ", "double-oh four four, "])
            b.ent(self.cap(lead + s), "PHONE", None, f)
            return
        s, f = self.say10(d, rng.choice([[5, 6], [5, 3, 3], [3, 4, 4], [4, 3, 4]]), "sp_mobile")
        self.ent10(s, "PHONE", f)

    def number_v10(self, kind: str, form: str) -> None:
        rng = self.rng
        type_ = {"NHS": "NHS_NUMBER", "CHI": "NHS_NUMBER", "GMC": "GMC_NUMBER"}[kind]
        if kind == "GMC":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
        elif kind == "CHI":
            d = self.chi_digits()
        else:
            d = self.nhs_digits()
        if form == "typed":
            if kind == "GMC":
                self.b.ent(d, type_, None, "gmc")
            else:
                self.b.ent(rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"]),
                           type_, None, kind.lower())
            return
        groups = {"NHS": [3, 3, 4], "CHI": [6, 4], "GMC": rng.choice([[3, 4], [4, 3], [7]])}[kind]
        allow = "threes" if kind == "NHS" and form in ("spoken", "threes") else ""
        if form == "threes":
            zero = rng.choice(self.h.zero_words)
            said = [self.group10(d[k:k + 3], zero) for k in (0, 3, 6)]
            tail = rng.choice(self.data10("last_digit")).replace("{d}", UNITS[int(d[9])])
            self.ent10(", ".join(said) + tail, type_, "sp_threes")
            return
        s, f = self.say10(d, groups, f"sp_{kind.lower()}", allow)
        self.ent10(s, type_, f)

    # ---- postcodes and addresses
    def postcode_parts10(self) -> tuple[str, str]:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        return outward, inward

    def say_outward10(self, outward: str) -> str:
        rng = self.rng
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        said_letters = " ".join(letters)
        if len(num) == 2 and rng.random() < 0.6:
            said_num = cardinal(int(num))
        else:
            said_num = " ".join(UNITS[int(c)] for c in num)
        return f"{said_letters} {said_num}"

    def postcode_v10(self, form: str) -> None:
        rng, b = self.rng, self.b
        outward, inward = self.postcode_parts10()
        if form == "typed":
            b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        if form == "part":  # the outward code alone: "an [S O forty-one] postcode"
            self.ent10(self.say_outward10(outward), "POSTCODE", "sp_part_postcode")
            return
        inward_said = f"{UNITS[int(inward[0])]} {inward[1]} {inward[2]}"
        out = self.say_outward10(outward)
        r = rng.random()
        if r < 0.2:  # a false start on the inward code
            wrong = f"{UNITS[(int(inward[0]) + 1) % 10]} {inward[1]}"
            self.ent10(f"{out}, {wrong}{rng.choice(self.data10('repairs'))}{inward_said}",
                       "POSTCODE", "sp_repair")
        elif r < 0.35 and self.state10["style"] == "echo":
            self.ent10(f"{out}{rng.choice(self.data10('echo_inserts'))}{out}, {inward_said}",
                       "POSTCODE", "sp_echo")
        else:
            self.ent10(f"{out}{rng.choice([', ', ' ', ' ... '])}{inward_said}", "POSTCODE",
                       "sp_postcode")

    def address_v10(self, form: str) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        n = rng.randint(2, 140)
        flat = rng.randint(1, 12)
        letter = rng.choice("ABCD")
        if form == "typed":
            s = (f"Flat {flat}{letter}, {n} {street}" if rng.random() < 0.5 else f"{n} {street}")
            self.b.ent(s, "LOCATION", None, "address")
            return
        r = rng.random()
        if r < 0.4:  # "flat three B, forty-two <street>"
            s = f"flat {cardinal(flat)} {letter}, {cardinal(n)} {street}"
            form = "sp_flat"
        elif r < 0.6:  # "number fifty... fifteen, <street>"
            wrong = n + rng.choice([10, 20, 1])
            s = f"{cardinal(wrong)}{rng.choice(self.data10('repairs'))}{cardinal(n)} {street}"
            form = "sp_repair"
        else:
            s = f"{'number ' if rng.random() < 0.4 else ''}{cardinal(n)} {street}"
            form = "sp_address"
        self.ent10(s, "LOCATION", form)

    # ---- e-mails and spellings
    @staticmethod
    def plain10(s: str) -> str:
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "._-")).lower()

    def email_v10(self, who: str, form: str) -> None:
        rng = self.rng
        p = self.cast["self" if who == "self_other" else who]
        fn, sn = self.plain10(p.first), self.plain10(p.sur.replace(" ", ""))
        if who == "self_other":
            local = rng.choice([f"{fn}_{sn}{rng.randint(1, 99)}", f"{sn}-{fn}", f"{fn}{sn}"])
            address = f"{local}@{rng.choice(self.pools.email_domains)}"
        elif p.email and who in ("self", "reg"):
            address = p.email
        else:
            local = rng.choice([f"{fn}_{sn}", f"{fn[0]}-{sn}", f"{fn}{sn}", f"{sn}.{fn[0]}"])
            address = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            self.b.ent(address, "EMAIL", p.code, "email")
            return
        local, domain = address.split("@", 1)
        dom = " dot ".join(domain.split("."))
        at = rng.choice(self.h.at_words)
        oneword = not re.search(r"[._-]", local)
        spelled = not oneword and rng.random() < 0.2
        if oneword and local.startswith(fn) and local != fn:
            head = f"{fn} {local[len(fn):]}{rng.choice([', all one word,', ', all one word,', ', one word,'])}"
        else:
            said: list[str] = []
            for piece in re.split(r"([._-])", local):
                if piece == ".":
                    said.append("dot")
                elif piece == "_":
                    said.append(rng.choice(["underscore", "underscore", "under-score"]))
                elif piece == "-":
                    said.append(rng.choice(["hyphen", "dash"]))
                elif piece:
                    said.append("-".join(piece.upper()) if spelled and len(piece) > 2 else piece)
            head = " ".join(said)
        form = ("sp_email_spelled" if spelled else "sp_email_oneword" if oneword
                else "sp_email_underscore" if "_" in local else "sp_email_hyphen" if "-" in local
                else "sp_email")
        self.b.ent(f"{head} {at} {dom}", "EMAIL", p.code, form)
        if rng.random() < 0.35:
            self.b.lit(rng.choice([", all lower case", ", lower case", ", no capitals"]))

    def spelled_v10(self, who: str) -> None:
        rng = self.rng
        p = self.cast[who]
        marks = dict(x.split("=>", 1) for x in self.data10("letter_marks"))
        letters: list[str] = []
        for c in p.sur:
            if c == " ":
                letters.append("space")
            elif c == "-":
                letters.append("hyphen")
            elif c.upper() in marks:
                letters.append(marks[c.upper()])
            else:
                letters.append(c.upper())
        if rng.random() < 0.3 and len(letters) > 3:
            k = rng.randrange(1, len(letters) - 1)
            wrong = "N" if letters[k] != "N" else "M"
            s = (", ".join(letters[:k]) + ", " + wrong + rng.choice(self.data10("repairs"))
                 + ", ".join(letters[k:]))
            self.b.ent(s, "PERSON", p.code, "sp_spelled_repair")
            return
        sep = rng.choice([", ", "-", " ", ", "])
        self.b.ent(sep.join(letters), "PERSON", p.code, "sp_spelled")

    # ---- dates and ages
    def year10(self, y: int) -> str:
        rng = self.rng
        if y >= 2000:
            if y < 2010 or rng.random() < 0.3:
                return "two thousand and " + cardinal(y - 2000) if y > 2000 else "two thousand"
            return f"twenty-{cardinal(y - 2000)}"
        tail = y % 100
        return f"nineteen {cardinal(tail) if tail >= 10 else 'oh ' + UNITS[tail]}"

    def date_v10(self, form: str) -> None:
        rng = self.rng
        y = rng.randint(2006, 2025)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dw = ordinal_words(d)
        if form == "dom_y":
            s = rng.choice([f"the {dw} of {MONTHS[m - 1]}, {self.year10(y)}",
                            f"{dw} {MONTHS[m - 1]} {self.year10(y)}"])
            self.ent10(s, "DATE", "sp_dom_y")
        elif form == "weekday_dom":
            wd = WEEKDAYS[rng.randrange(7)]
            self.ent10(f"{wd} the {dw}" + (f" of {MONTHS[m - 1]}" if rng.random() < 0.5 else ""),
                       "DATE", "sp_weekday_dom")
        elif form == "month_year":
            self.ent10(f"{MONTHS[m - 1]} {self.year10(y)}", "DATE", "sp_month_year")
        elif form == "festival":  # a religious or cultural festival with its year
            fest = rng.choice(self.data10("festivals"))
            self.ent10(f"{fest}{rng.choice([' ', ', ', ' in '])}{self.year10(y)}", "DATE",
                       "sp_festival_year")
        elif form == "calendar":  # a date in another calendar (Bikram Sambat, Hijri, Bengali)
            cal, months, y0, y1 = rng.choice(self.data10("calendars")).split("=>")
            month = rng.choice(months.split("/"))
            yy = rng.randint(int(y0), int(y1))
            head, tail = divmod(yy, 100)
            ys = (f"{cardinal(head)} {cardinal(tail) if tail >= 10 else 'oh ' + UNITS[tail]}"
                  if rng.random() < 0.7 else cardinal(yy))
            s = rng.choice([f"the {dw} of {month}, {ys}", f"{month} {dw}, {ys}"])
            self.ent10(s, "DATE", "sp_other_calendar")
            self.b.lit(f" {cal}")
        elif form == "bank_holiday":
            self.ent10(f"{rng.choice(self.data10('bank_holidays'))}{rng.choice([', ', ' ', ' in '])}"
                       f"{self.year10(y)}", "DATE", "sp_bank_holiday")
        elif form == "term":
            self.ent10(f"{rng.choice(self.data10('terms'))}{rng.choice([', ', ' '])}{self.year10(y)}",
                       "DATE", "sp_term")
        elif form == "screen":  # off the watch face: "Tue fourteen Mar"
            wd = WEEKDAYS[rng.randrange(7)]
            self.ent10(f"{wd[:3]} {cardinal(d)} {MONTHS[m - 1][:3]}", "DATE", "sp_screen")
        elif form == "dob":
            by = rng.randint(1958, 1998)
            r = rng.random()
            if r < 0.3:
                s = f"{cardinal(d)}, {cardinal(m)}, {cardinal(by % 100) if by % 100 >= 10 else 'oh ' + UNITS[by % 100]}"
                self.ent10(s, "DATE", "sp_dob_numeric")
            elif r < 0.5:
                s = (f"the {dw} of {MONTHS[m - 1]}, nineteen {cardinal((by + 1) % 100 or 10)}"
                     f"{rng.choice(self.data10('repairs'))}{self.year10(by)}")
                self.ent10(s, "DATE", "sp_repair")
            else:
                self.ent10(rng.choice([f"the {dw} of {MONTHS[m - 1]}, {self.year10(by)}",
                                       f"{MONTHS[m - 1]} the {dw}, {self.year10(by)}"]), "DATE", "sp_dob")
        elif form == "typed":
            s = rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1][:3]} {y}",
                            f"{d}.{m}.{y % 100:02d}"])
            self.b.ent(s, "DATE", None, "dmy")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v10(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        tens = rng.choice([3, 4, 5, 6])
        if form == "big_oh":
            self.b.ent(f"{UNITS[tens]}{rng.choice(['-oh', ' oh', '-O'])}", "AGE", None, "sp_big_oh")
        elif form == "turned_oh":
            self.b.ent(rng.choice([f"{tens}-0", f"{UNITS[tens]}-oh", f"{tens}-oh"]), "AGE", None,
                       "sp_turned_oh")
        elif form in ("pushing", "knocking", "wrong_side"):
            if form == "wrong_side":
                s = cardinal(rng.choice([35, 40, 45, 50, 55]))
            else:
                s = cardinal(tens * 10)
            self.b.ent(s, "AGE", None, f"sp_{form}")
        elif form == "repair":
            wrong = cardinal(n - rng.choice([1, 2, 10]))
            self.ent10(f"{wrong}{rng.choice(self.data10('repairs'))}{cardinal(n)}", "AGE", "sp_repair")
        elif form in ("answer", "words"):
            self.ent10(cardinal(n) if rng.random() < 0.88 else str(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    # ----------------------------------------------------------------- round 15 (heldout11)
    # Used only by a set whose habits say ``v11`` (heldout11); every other set renders byte for
    # byte as before. Its words (labels, cut-ins, voices, mishearings, holidays, exchanges,
    # seasons) are its own data, in ``self.t.negatives`` under keys starting "_".
    def data11(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v11(self) -> None:
        """A document is an oral-history interview (two interviewers, one cutting in), a plain
        sit-down interview with a Glaswegian or Scouse voice, or raw speech-recognition output
        nobody corrected (``AsrBuilder``: no labels, a time range on every line)."""
        rng = self.rng
        style = rng.choice(self.data11("styles"))
        self.state11["style"] = style
        ilabel, jlabel, plabel = rng.choice(self.data11(f"labels_{style}")).split("=>")
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", self.cast["self"].code or "P")
        self.state11["jlabel"] = jlabel
        self.state11["voice"] = rng.choice(self.data11("voices"))
        if style == "asr":
            self.b = AsrBuilder(swaps=tuple(tuple(x.split("=>", 1)) for x in self.data11("mishears")),  # type: ignore[misc]
                                seed=f"{rng.random()}")

    def asr11(self) -> bool:
        return isinstance(self.b, AsrBuilder)

    def turn_v11(self, who: str, sentences: list[str]) -> None:
        rng, b = self.rng, self.b
        if isinstance(b, AsrBuilder):
            b.stamp()
        else:
            label = {"I": self.ilabel, "J": str(self.state11["jlabel"])}.get(who, self.plabel)
            b.lit(f"{label}: ")
            if who == "J" and rng.random() < 0.4:
                b.lit(rng.choice(self.data11("cutins")) + " ")
        voice = str(self.state11["voice"])
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            if who == "P" and f"_openers_{voice}" in self.t.negatives and rng.random() < 0.3:
                b.lit(rng.choice(self.data11(f"openers_{voice}")) + " ")
                first = s.split(" ", 1)[0]
                if first not in ("I", "I'm", "I'd", "I've", "I'll") and s[:1].isupper():
                    s = s[0].lower() + s[1:]
                self.render(s, opener=False)
            else:
                self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def slot_v11(self, name: str, args: list[str]) -> bool:
        """Round 15's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v11(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v11(name, arg)
        elif name == "POSTCODE":
            self.postcode_v11(arg)
        elif name == "ADDR":
            self.address_v11(arg)
        elif name == "ENVELOPE":
            self.envelope_v11(arg)
        elif name == "EMAIL":
            self.email_v11(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v11(arg)
        elif name == "DATE":
            self.date_v11(arg)
        elif name == "DOB":
            self.dob_v11(arg)
        elif name == "DAYONLY":
            d = rng.randint(1, 28)
            b.ent(f"{d}{ordinal_suffix(d)}" if self.asr11() else ordinal_words(d), "DATE", None,
                  "sp_day_only")
        elif name == "AGE":
            self.age_v11(arg, args[1] if len(args) > 1 else None)
        elif name == "BACK":
            self.back11()
        elif name == "FIX":
            self.fix11()
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    # ---- numbers
    def group11(self, g: str, zero: str) -> list[str]:
        """A group said digit by digit with double/treble; one word per said token."""
        rng = self.rng
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < self.h.p_triple:
                words.append(f"{rng.choice(self.h.triple_words)} {w}")
                i += 3
            elif run >= 2 and rng.random() < self.h.p_double:
                words.append(f"double{rng.choice(self.h.joiners)}{w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return words

    def asr_digits11(self, digits: str, groups: list[int]) -> str:
        """What the recogniser typed for a number said aloud: spaced digits, its own grouping,
        "o" for an "oh" it took for the letter, "double" left in."""
        rng = self.rng
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        mode = rng.choice(["spaced", "spaced", "grouped", "letter_o", "double"])
        if mode == "grouped":
            return " ".join(parts)
        out = []
        for part in parts:
            toks = list(part)
            if mode == "letter_o":
                toks = ["o" if t == "0" else t for t in toks]
            if mode == "double":
                j = next((k for k in range(len(toks) - 1) if toks[k] == toks[k + 1]), None)
                if j is not None:
                    toks[j:j + 2] = [f"double {toks[j]}"]
            out.append(" ".join(toks))
        return " ".join(out)

    def say11(self, digits: str, groups: list[int], base: str, type_: str) -> None:
        """A number said aloud (or as the recogniser typed it); remembers its last group for a
        listener's read-back."""
        rng, b = self.rng, self.b
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        zero = rng.choice(self.h.zero_words)
        self.state11["last"] = (type_, parts[-1], zero)
        if self.asr11():
            b.ent(self.asr_digits11(digits, groups), type_, None, "sp_asr")
            return
        said = [" ".join(self.group11(p, zero)) for p in parts]
        out = said[0]
        for s in said[1:]:
            out += rng.choice(self.h.group_seps) + s
        b.ent(self.cap(out), type_, None, base)

    def back11(self) -> None:
        """The listener reads the last group back with one digit wrong ("seven one?")."""
        rng = self.rng
        type_, last, zero = self.state11["last"]  # type: ignore[misc]
        if type_ in ("AGE", "DATE"):
            n = int(last)
            wrong = n + rng.choice([-2, -1, 1, 2])
            self.state11["wrong"] = str(wrong)
            s = str(wrong) if self.asr11() else cardinal(wrong)
            self.b.ent(self.cap(s), type_, None, "sp_readback")
            return
        k = rng.randrange(len(last))
        wrong = last[:k] + str((int(last[k]) + rng.randint(1, 9)) % 10) + last[k + 1:]
        self.state11["wrong"] = str(k)
        s = " ".join(wrong) if self.asr11() else " ".join(
            zero if c == "0" else UNITS[int(c)] for c in wrong)
        self.b.ent(self.cap(s), type_, None, "sp_readback")

    def fix11(self) -> None:
        """The speaker puts it right, stressing what was misheard ("seven NINE")."""
        type_, last, zero = self.state11["last"]  # type: ignore[misc]
        if type_ in ("AGE", "DATE"):
            words = cardinal(int(last))
            cut = max(words.rfind("-"), words.rfind(" "))
            words = words[:cut + 1] + words[cut + 1:].upper()
            self.b.ent(str(last) if self.asr11() else words, type_, None, "sp_corrected")
            return
        k = int(str(self.state11["wrong"]))
        toks = [zero if c == "0" else UNITS[int(c)] for c in last]
        toks[k] = toks[k].upper()
        self.b.ent(" ".join(last) if self.asr11() else " ".join(toks), type_, None,
                   "sp_corrected")

    def mobile11(self) -> str:
        return "07" + self.rng.choice("4579") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v11(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "typed":
            d = self.mobile11()
            b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]}-{d[5:]}", d]), "PHONE", None, "mobile")
            return
        area = rng.choice(self.data11("areas"))
        local = f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (10 - len(area)) - 1):0{10 - len(area)}d}"
        if form == "typed_landline":
            b.ent(rng.choice([f"{area} {local[:3]} {local[3:]}", f"({area}) {local}"]), "PHONE",
                  None, "landline")
        elif form == "exchange":  # the old exchange's name and four or five figures
            exch = rng.choice(self.pools.towns)
            d = f"{rng.randint(1, 9)}{rng.randint(0, 999):03d}"
            self.state11["last"] = ("PHONE", d, "oh")
            if self.asr11():
                b.ent(f"{exch.lower()} {d}", "PHONE", None, "sp_asr")
                return
            said = rng.choice([" ".join(self.group11(d, "oh")),
                               f"{cardinal(int(d[:2]))} {cardinal(int(d[2:])) if d[2] != '0' else 'oh ' + UNITS[int(d[3])]}"])
            b.ent(f"{exch} {said}", "PHONE", None, "sp_exchange")
        elif form == "landline":
            self.say11(area + local, [len(area), 3, len(local) - 3], "sp_landline", "PHONE")
        else:
            self.say11(self.mobile11(), rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]]), "sp_mobile",
                       "PHONE")

    def number_v11(self, kind: str, form: str) -> None:
        rng = self.rng
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        if kind == "GMC":  # a retired doctor's old registration: a leading nought or one
            d = rng.choice("0112") + f"{rng.randint(0, 999999):06d}"
        elif kind == "CHI":
            d = self.chi_digits()
        else:
            d = self.nhs_digits()
        if form == "typed":
            if kind == "GMC":
                self.b.ent(d, type_, None, "gmc")
            else:
                self.b.ent(rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]), type_, None, kind.lower())
            return
        groups = {"NHS": [3, 3, 4], "CHI": rng.choice([[6, 4], [2, 2, 2, 4]]),
                  "GMC": rng.choice([[7], [3, 4], [1, 3, 3]])}[kind]
        self.say11(d, groups, f"sp_{kind.lower()}", type_)

    # ---- postcodes, addresses, envelopes
    def postcode_parts11(self) -> tuple[str, str]:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        return outward, inward

    def postcode_v11(self, form: str, out_form: str = "") -> None:
        rng, b = self.rng, self.b
        outward, inward = self.postcode_parts11()
        if form == "district":  # an old postal district: "the L eighteen district"
            outward = rng.choice([o for o in self.pools.postcode_outward if o.startswith("L")])
        if form == "typed":
            b.ent(rng.choice([f"{outward} {inward}", f"{outward}{inward}"]), "POSTCODE", None,
                  "postcode")
            return
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        if self.asr11():
            b.ent(rng.choice([f"{outward} {inward}".lower(), f"{letters} {num} {inward[0]} {inward[1]} {inward[2]}".lower()]),
                  "POSTCODE", None, "sp_asr")
            return
        said_num = cardinal(int(num)) if len(num) == 2 and rng.random() < 0.7 else \
            " ".join(UNITS[int(c)] for c in num)
        if form == "district":
            b.ent(f"{' '.join(letters)} {said_num}", "POSTCODE", None, "sp_postal_district")
            return
        said_in = f"{UNITS[int(inward[0])]} {inward[1]} {inward[2]}"
        b.ent(self.cap(f"{' '.join(letters)} {said_num}{rng.choice([', ', ' ', ' ... '])}{said_in}"),
              "POSTCODE", None, out_form or "sp_postcode")

    def address_v11(self, form: str, out_form: str = "") -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.randint(2, 190)
        fl, at = rng.randint(0, 3), rng.randint(1, 3)
        if form == "typed":
            b.ent(rng.choice([f"{n} {street}", f"{fl}/{at}, {n} {street}"]), "LOCATION", None,
                  "address")
            return
        if self.asr11():
            s = rng.choice([f"{n} {street}", f"flat {fl} {at} {n} {street}"])
            b.ent(s, "LOCATION", None, "sp_asr")
            return
        r = rng.random()
        if r < 0.35:  # a Glasgow tenement flat: floor stroke door
            s = f"{rng.choice(['flat ', ''])}{UNITS[fl]} stroke {UNITS[at]}, {cardinal(n)} {street}"
            f = "sp_flat_stroke"
        elif r < 0.55:
            s = f"{' '.join(UNITS[int(c)] for c in str(n))} {street}"
            f = "sp_address"
        else:
            s = f"{rng.choice(['number ', ''])}{cardinal(n)}{rng.choice([', ', ' '])}{street}"
            f = "sp_address"
        b.ent(self.cap(s), "LOCATION", None, out_form or f)

    def envelope_v11(self, who: str) -> None:
        """An address read off an envelope or a letter, line by line, the name first."""
        rng, b = self.rng, self.b
        p = self.cast[who]
        b.lit(rng.choice(["Doctor ", "Dr ", "Mrs ", ""]))
        if rng.random() < 0.6:
            b.ent(f"{p.first[0]} {p.sur}", "PERSON", p.code, "initial")
        else:
            b.ent(f"{p.first} {p.sur}", "PERSON", p.code, "full")
        b.lit(rng.choice([", ", ", then ", ". Then "]))
        self.address_v11("spoken", "sp_envelope")
        b.lit(rng.choice([", ", ", then ", ", new line, "]))
        b.ent(rng.choice(self.pools.towns), "LOCATION", None, "town")
        b.lit(rng.choice([", ", ", and then ", ", and the postcode, "]))
        self.postcode_v11("spoken", "sp_envelope")

    # ---- e-mails and spellings
    def letters11(self, word: str) -> str:
        """A name spelled as this set's speakers do: "K, I, double N, E, A, R"."""
        rng = self.rng
        sep = rng.choice([", ", " ", "-", " - "])
        out: list[str] = []
        i = 0
        w = word.replace("'", "").replace("-", "")
        while i < len(w):
            c = w[i]
            if i + 1 < len(w) and w[i + 1].lower() == c.lower() and rng.random() < 0.8:
                out.append(f"double {c.upper()}")
                i += 2
                continue
            if c.isupper() and (i or rng.random() < 0.3):
                out.append(f"capital {c}")
            else:
                out.append(c.upper())
            i += 1
        return sep.join(out)

    def spelled_v11(self, who: str) -> None:
        p = self.cast[who]
        if self.asr11():
            self.b.ent(" ".join(p.sur.lower().replace("'", "")), "PERSON", p.code, "sp_spelled")
            return
        self.b.ent(self.letters11(p.sur), "PERSON", p.code, "sp_spelled")

    def email_v11(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast[who.replace("_other", "")]
        if p.email and "_other" not in who:
            local, domain = p.email.split("@", 1)
        else:
            local = rng.choice([f"{p.first}.{p.sur}", f"{p.first[0]}-{p.sur}", f"{p.sur}{rng.randint(40, 79)}"]).lower()
            local = local.replace("'", "").replace(" ", "")
            domain = rng.choice(self.pools.email_domains)
        if form == "typed":
            b.ent(f"{local}@{domain}", "EMAIL", p.code, "email")
            return
        dot = rng.choice(["full stop", "dot", "full stop"])

        def said(s: str) -> str:
            s = s.replace(".", f" {dot} ").replace("-", " dash ").replace("_", " underscore ")
            s = re.sub(r"\d+", lambda m: " ".join(UNITS[int(c)] for c in m.group()), s)
            return re.sub(r"\s+", " ", s).strip()
        at = rng.choice(self.h.at_words)
        if self.asr11():  # the recogniser typed what it heard, numbers as numerals
            s = local.replace(".", f" {dot} ").replace("-", " dash ")
            b.ent(re.sub(r"\s+", " ", f"{s} at {domain.replace('.', ' dot ')}").strip(), "EMAIL",
                  p.code, "sp_asr")
            return
        if form == "spelled":  # the surname inside spelled letter by letter
            sur = p.sur.lower().replace("'", "")
            if sur in local:
                head, tail = local.split(sur, 1)
                s = (said(head) + " " if head else "") + self.letters11(p.sur).lower() + \
                    (" " + said(tail) if tail else "")
                b.ent(f"{s.strip()} {at} {said(domain)}", "EMAIL", p.code, "sp_email_spelled")
                return
        b.ent(f"{said(local)} {at} {said(domain)}", "EMAIL", p.code, "sp_email")

    # ---- dates and ages
    def yy11(self, y: int, full: bool = False) -> str:
        """A year as a retired doctor says it: "seventy-nine", "nineteen seventy-nine",
        "two thousand and nine"."""
        if y >= 2000:
            return cardinal(y) if y < 2010 or self.rng.random() < 0.5 else \
                f"twenty {cardinal(y % 100)}"
        tail = cardinal(y % 100) if y % 100 >= 10 else f"oh {UNITS[y % 100]}"
        return f"nineteen {tail}" if full or self.rng.random() < 0.5 else tail

    def date_v11(self, form: str) -> None:
        rng, b = self.rng, self.b
        y = rng.randint(1958, 1999) if rng.random() < 0.7 else rng.randint(2000, 2012)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        asr = self.asr11()
        self.state11["last"] = ("DATE", str(y % 100 if y < 2000 else y), "")
        if form == "season":
            season = rng.choice(self.data11("seasons"))
            yy = y % 100 if y < 2000 else y
            s = f"{season} of {yy:02d}" if asr else f"{season} of {self.yy11(y)}"
            b.ent(s, "DATE", None, "sp_asr" if asr else "sp_season_year")
        elif form == "of_the":  # "the third of the fourth, seventy-nine"
            s = (f"{d}{ordinal_suffix(d)} of the {m}{ordinal_suffix(m)} {y % 100:02d}" if asr else
                 f"{ordinal_words(d)} of the {ordinal_words(m)}, {self.yy11(y)}")
            b.ent(s, "DATE", None, "sp_asr" if asr else "sp_of_the")
        elif form == "thousand_and":
            y = rng.randint(2000, 2009)
            self.state11["last"] = ("DATE", str(y), "")
            s = (f"{d}{ordinal_suffix(d)} of {MONTHS[m - 1].lower()} {y}" if asr else
                 f"{ordinal_words(d)} of {MONTHS[m - 1]}, {cardinal(y)}")
            b.ent(s, "DATE", None, "sp_asr" if asr else "sp_thousand_and")
        elif form == "month_yy":
            s = (f"{MONTHS[m - 1].lower()} {y}" if asr else f"{MONTHS[m - 1]} {self.yy11(y)}")
            b.ent(self.cap(s), "DATE", None, "sp_asr" if asr else "sp_month_year")
        elif form == "dom_y":
            s = (f"{d}{ordinal_suffix(d)} of {MONTHS[m - 1].lower()} {y}" if asr else
                 f"{ordinal_words(d)} of {MONTHS[m - 1]} {self.yy11(y, full=True)}")
            b.ent(s, "DATE", None, "sp_asr" if asr else "sp_dom_y")
        elif form == "weekday_dom":
            wd = WEEKDAYS[rng.randrange(7)]
            s = (f"{wd.lower()} the {d}{ordinal_suffix(d)}" if asr else
                 f"{wd} the {ordinal_words(d)} of {MONTHS[m - 1]}")
            b.ent(self.cap(s), "DATE", None, "sp_asr" if asr else "sp_weekday_dom")
        elif form == "typed":
            b.ent(rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y % 100:02d}",
                              f"{d}{ordinal_suffix(d)} {MONTHS[m - 1]} {y}"]), "DATE", None, "dmy")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def dob_v11(self, form: str) -> None:
        rng, b = self.rng, self.b
        y, m, d = rng.randint(1931, 1956), rng.randint(1, 12), rng.randint(1, 28)
        asr = self.asr11()
        self.state11["last"] = ("DATE", str(y % 100), "")
        if asr:
            s = rng.choice([f"{d}{ordinal_suffix(d)} of {MONTHS[m - 1].lower()} {y}",
                            f"{d} {m} {y % 100}", f"the {d}{ordinal_suffix(d)} of the {m}{ordinal_suffix(m)} {y % 100}"])
            b.ent(s.removeprefix("the "), "DATE", None, "sp_asr")
        elif form == "bankhol":  # a birthday by its holiday, with the year
            hol = rng.choice(self.data11("holidays"))
            if hol.startswith("the "):  # "the" outside the span, as everywhere
                b.lit(self.cap("the "))
                hol = hol[4:]
            b.ent(self.cap(f"{hol}, {self.yy11(y, full=True)}"), "DATE", None, "sp_bankhol_birth")
        elif form == "of_the":
            b.ent(self.cap(f"{ordinal_words(d)} of the {ordinal_words(m)}, {self.yy11(y)}"), "DATE",
                  None, "sp_dob_of_the")
        elif form == "typed":
            b.ent(f"{d:02d}/{m:02d}/{y}", "DATE", None, "dob_slash")
        else:
            b.ent(self.cap(rng.choice([f"{ordinal_words(d)} of {MONTHS[m - 1]}, {self.yy11(y, True)}",
                                       f"{MONTHS[m - 1]} the {ordinal_words(d)}, {self.yy11(y, True)}"])),
                  "DATE", None, "sp_dob")

    def age_v11(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = {"retired": (66, 97), "child": (2, 15), "parent": (58, 101)}.get(
            kind or "", self.AGE_RANGES.get(kind or "adult", (25, 70)))
        n = rng.randint(lo, hi)
        self.state11["last"] = ("AGE", str(n), "")
        if self.asr11():
            b.ent(str(n) if form != "year_group" else f"year {rng.randint(3, 11)}", "AGE", None, "sp_asr")
            return
        if form == "year_group":  # a child's school year says the age
            label, top = rng.choice([("year", 11), ("P", 7), ("primary", 7)])
            b.ent(f"{label} {cardinal(rng.randint(2, top))}",
                  "AGE", None, "sp_year_group")
            return
        s = cardinal(n)
        if n >= 100 and rng.random() < 0.5:
            s = cardinal(n, hundred_a=True)
        b.ent(self.cap(s), "AGE", None, {"answer": "sp_answer", "words": "sp_words", "aged": "sp_aged",
                                         "turning": "sp_turning", "would_be": "sp_would_be",
                                         "child": "sp_child", "parent": "sp_parent"}[form])



# --------------------------------------------------------------------------- corpora

    # ----------------------------------------------------------------- round 16 (heldout12)
    # Used only by a set whose habits say ``v12`` (heldout12); every other set renders byte for
    # byte as before. Its words (labels, professions, voices, note styles, spelling words) are
    # its own data, in ``self.t.negatives`` under keys starting "_".
    def data12(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs12(self, key: str) -> dict[str, str]:
        return dict(entry.split("=>", 1) for entry in self.data12(key))

    def init_v12(self) -> None:
        """A document is a good human transcript of a telephone or video interview, an
        automatic-caption export (numbered cues, times, ">>" at a change of speaker) or a
        transcript with the interviewer's notes in brackets. The interviewee's profession
        (nurse, midwife, paramedic, pharmacist, doctor), voice and training abroad are the set's
        data."""
        rng, me = self.rng, self.cast["self"]
        style = rng.choice(self.data12("styles"))
        self.state12["style"] = style
        ilabel, plabel = rng.choice(self.data12(f"labels_{style}")).split("=>", 1)
        key = f"{me.first} {me.sur}"
        prof = self.pairs12("professions").get(key, "nurse")
        self.state12["prof"] = prof
        self.state12["voice"] = self.pairs12("voices").get(key, "")
        self.state12["us"] = "yes" if key in self.data12("us_trained") else ""
        self.ilabel = ilabel
        self.plabel = plabel.replace("{code}", me.code or "P").replace("{prof}", prof)
        if self.plabel.startswith(prof):
            self.plabel = capitalise(self.plabel)
        # titles: "Dr" only for doctors; the others by the set's data ("Mr", "Ms", "Sister")
        titles = self.pairs12("titles")
        for role, p in list(self.cast.items()):
            if p.code:
                p = dataclasses.replace(p, title=titles.get(f"{p.first} {p.sur}", "Ms"))
            elif p.title in ("Dr", "Professor") and rng.random() < 0.6:
                p = dataclasses.replace(p, title=rng.choice(self.data12("other_titles")))
            self.cast[role] = p
        self.state12["cue"] = 0
        self.state12["clock"] = rng.randint(20, 200) * 1000
        self.state12["age"] = rng.randint(24, 62)  # the interviewee's own age, said many ways
        self.state12["born"] = 2025 - self.state12["age"] - rng.choice([0, 1])

    def cue12(self, speaker_change: bool) -> None:
        """An automatic-caption cue: its number, its times, and ">> " at a change of speaker."""
        rng, st = self.rng, self.state12
        st["cue"] += 1
        start = st["clock"] + rng.randint(80, 900)
        end = start + rng.randint(1800, 6400)
        st["clock"] = end

        def t(ms: int) -> str:
            return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"
        self.b.lit(f"{st['cue']}\n{t(start)} --> {t(end)}\n{'>> ' if speaker_change else ''}")

    def turn_v12(self, who: str, sentences: list[str]) -> None:
        rng, b, style = self.rng, self.b, self.state12["style"]
        if who == "N":  # the interviewer's note in brackets: only in the notes transcripts
            if style != "notes":
                return
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        self.state12["who"] = who
        if style == "caption":
            self.cue12(True)
        else:
            b.lit(f"{self.ilabel if who == 'I' else self.plabel}: ")
            if style == "notes" and who == "P" and rng.random() < 0.08:
                b.lit(rng.choice(self.data12("note_marks")) + " ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            if who == "P" and i == 0 and self.state12["voice"] and rng.random() < 0.22:
                b.lit(rng.choice(self.data12(f"voice_{self.state12['voice']}")) + " ")
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def slot_v12(self, name: str, args: list[str]) -> bool:
        """Round 16's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v12(arg)
        elif name in ("NHS", "GMC", "REG"):
            self.number_v12(name, arg)
        elif name == "POSTCODE":
            self.postcode_v12(arg)
        elif name == "ADDR":
            self.address_v12(arg)
        elif name == "EMAIL":
            self.email_v12(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v12(arg)
        elif name == "DATE":
            self.date_v12(arg)
        elif name == "DAYONLY":
            self.ent12(ordinal_words(rng.randint(1, 28)), "DATE", "sp_day_only")
        elif name == "AGE":
            self.age_v12(arg, args[1] if len(args) > 1 else None)
        elif name == "PROF":
            b.lit(self.state12["prof"])
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def cap12(self, s: str) -> str:
        """Capitalised at a sentence start, and after a caption cue's ">> "."""
        return capitalise(s) if self.b.at_sentence_start() or self.b.text().endswith("\n>> ") else s

    def ent12(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap12(s), type_, code, form)

    # ---- numbers
    def zero12(self) -> str:
        return self.rng.choice(self.h.zero_words)

    def digit12(self, d: str, zero: str, radio: bool) -> str:
        if d == "0":
            return "zero" if radio else (self.zero12() if self.rng.random() < 0.4 else zero)
        if radio and d == "9":
            return "niner"
        return UNITS[int(d)]

    def group12(self, g: str, zero: str, radio: bool) -> str:
        rng = self.rng
        if radio:
            return " ".join(self.digit12(d, zero, True) for d in g)
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = self.digit12(d, zero, False)
            if run >= 3 and rng.random() < 0.5:
                words.append(f"{rng.choice(['triple', 'treble'])} {w}")
                i += 3
            elif run >= 2 and rng.random() < 0.65:
                words.append(rng.choice([f"double {w}", f"double-{w}"]))
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def pair12(self, p: str) -> str:
        """Two digits said as a pair: "seventy-seven", "oh-seven", "double-oh", "forty"."""
        if p == "00":
            return self.rng.choice(["double-oh", "double zero"])
        if p[0] == "0":
            return f"{self.rng.choice(['oh', 'oh', 'zero'])}-{UNITS[int(p[1])]}"
        return cardinal(int(p))

    def say12(self, digits: str, groups: list[int], base: str) -> tuple[str, str]:
        """A digit string said in ``groups``, or in pairs ("oh-seven, seventy-seven, ..."), or
        digit by digit on the radio ("zero seven niner ..."). Returns (text, form)."""
        rng = self.rng
        radio = self.state12.get("prof") == "paramedic" and rng.random() < 0.5
        zero = self.zero12()
        if not radio and len(digits) >= 6 and rng.random() < 0.3:
            pairs = [digits[i:i + 2] for i in range(0, len(digits) - 1, 2)]
            said = [self.pair12(p) for p in pairs]
            if len(digits) % 2:
                said.append(self.digit12(digits[-1], zero, False))
            return rng.choice([", ", "... ", ", "]).join(said), "sp_pairs"
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        said = [self.group12(g, zero, radio) for g in parts]
        out = said[0]
        for s in said[1:]:
            out += rng.choice(self.h.group_seps) + s
        return out, ("sp_radio" if radio and "niner" in out else base)

    def number12(self, digits: str, groups: list[int], base: str, type_: str, form: str,
                 code: str | None = None) -> None:
        """Say a number: plain, split across two caption cues, or said twice by the speaker to
        check it ("... I'll say that again ... "), each saying its own span."""
        rng, b = self.rng, self.b
        s, f = self.say12(digits, groups, base)
        if self.state12["style"] == "caption" and len(groups) > 1 and rng.random() < 0.35:
            cut = [m.start() for m in re.finditer(r", (?=\S)", s)]
            if len(s.split(" ")) >= 4 and cut:
                at = cut[len(cut) // 2]
                head = re.sub(r"(?:,? (?:er|then))+$", "", s[:at]).rstrip(",. ")
                tail = re.sub(r"^(?:(?:er|then),? )+", "", s[at:].lstrip(",. "))
                self.ent12(head, type_, "sp_cue_split", code)
                b.lit("\n\n")
                self.cue12(False)
                b.ent(tail, type_, code, "sp_cue_split")
                return
        self.ent12(s, type_, f, code)
        if form == "check" or (self.state12.get("who") == "P" and rng.random() < 0.12):
            b.lit(rng.choice(self.data12("check_leads")))
            s2, _ = self.say12(digits, list(reversed(groups)) if len(groups) > 1 else groups, base)
            self.ent12(s2, type_, "sp_self_check", code)

    def mobile12(self) -> str:
        return "07" + self.rng.choice("4578") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v12(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form in ("typed", "typed_landline"):
            if form == "typed":
                d = self.mobile12()
                b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}", d]), "PHONE", None, "mobile")
            else:
                area = rng.choice(self.data12("areas"))
                d = "0" + area + f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (9 - len(area)) - 1):0{9 - len(area)}d}"
                b.ent(f"{d[:len(area) + 1]} {d[len(area) + 1:]}", "PHONE", None, "landline")
            return
        if form == "landline":
            area = rng.choice(self.data12("areas"))
            d = "0" + area + f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (9 - len(area)) - 1):0{9 - len(area)}d}"
            n = len(area) + 1
            groups = [n, 11 - n] if rng.random() < 0.5 else [n, 3, 8 - n]
            self.number12(d, groups, "sp_landline", "PHONE", form)
            return
        d = self.mobile12()
        self.number12(d, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4]]), "sp_mobile", "PHONE", form)

    def reg12(self, prof: str) -> tuple[str, str, str]:
        """(written, spoken, form base) of a professional registration number: a GMC number
        for a doctor, an NMC PIN for a nurse or midwife ("09I1234E"), an HCPC number for a
        paramedic ("PA12345"), a GPhC number for a pharmacist (seven digits from 20)."""
        rng = self.rng
        nato = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", self.data12("nato")))
        zero = self.zero12()
        if prof == "doctor":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
            return d, "", "sp_gmc"
        if prof == "pharmacist":
            d = f"20{rng.randint(0, 99999):05d}" if rng.random() < 0.6 else f"21{rng.randint(0, 99999):05d}"
            return d, "", "sp_gphc"
        if prof == "paramedic":
            d = f"{rng.randint(10000, 39999)}"
            lead = rng.choice(["P A", "P-A", "Papa Alpha", "P, A,"])
            return f"PA{d}", f"{lead} {self.group12(d, zero, rng.random() < 0.5)}", "sp_hcpc"
        yy = rng.choice([f"{y:02d}" for y in (*range(88, 100), *range(16))])
        mid = rng.choice("ABCDEFGHIJKLY")
        tail = rng.choice("EEEEOW")
        num = f"{rng.randint(0, 9999):04d}"
        written = f"{yy}{mid}{num}{tail}"
        letter = (lambda c: nato[c] if rng.random() < 0.4 else c)
        said = (f"{self.pair12(yy) if rng.random() < 0.5 else self.group12(yy, zero, False)}, "
                f"{letter(mid)}, {self.group12(num, zero, False)}, {letter(tail)}")
        return written, said, "sp_nmc_pin"

    def number_v12(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "NHS":
            d = self.nhs_digits()
            if form == "typed":
                b.ent(rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]), "NHS_NUMBER", None, "nhs")
                return
            self.number12(d, rng.choice([[3, 3, 4], [3, 3, 4], [4, 3, 3], [3, 3, 2, 2]]), "sp_nhs",
                          "NHS_NUMBER", form)
            return
        prof = "doctor" if kind == "GMC" else (form.split("_")[0] if form.split("_")[0] in (
            "nurse", "midwife", "paramedic", "pharmacist", "doctor") else self.state12["prof"])
        written, said, base = self.reg12(prof)
        if form.endswith("typed"):
            b.ent(written, "GMC_NUMBER", None, base[3:])
            return
        if said:
            self.ent12(said, "GMC_NUMBER", base)
            return
        self.number12(written, rng.choice([[7], [3, 4], [2, 2, 3], [1, 3, 3]]), base, "GMC_NUMBER", form)

    # ---- postcodes, addresses, e-mails, spellings
    def letter12(self, c: str, style: str) -> str:
        if style == "nato":
            return dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", self.data12("nato")))[c]
        if style == "for":
            return f"{c} for {self.pairs12('for_words')[c]}"
        return c

    def postcode_v12(self, form: str) -> None:
        rng, b = self.rng, self.b
        out = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            b.ent(f"{out} {inward}", "POSTCODE", None, "postcode")
            return
        style = form if form in ("nato", "for") else rng.choice(["plain", "plain", "for", "nato"])
        if self.state12.get("prof") == "paramedic" and rng.random() < 0.6:
            style = "nato"
        letters = "".join(c for c in out if c.isalpha())
        num = out[len(letters):]
        zero = self.zero12()
        say_l = " ".join(self.letter12(c, style) for c in letters)
        say_n = cardinal(int(num)) if len(num) == 2 and rng.random() < 0.5 else \
            " ".join(self.digit12(c, zero, style == "nato") for c in num)
        tail = (self.digit12(inward[0], zero, style == "nato") + rng.choice([" ", ", "])
                + rng.choice([" ", ", "]).join(self.letter12(c, style) for c in inward[1:]))
        form_name = {"nato": "sp_postcode_nato", "for": "sp_postcode_for"}.get(style, "sp_postcode")
        self.ent12(f"{say_l} {say_n}{rng.choice([', ', ' ', '... '])}{tail}", "POSTCODE", form_name)

    def address_v12(self, form: str) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(100, 260)])
        if form == "typed":
            b.ent(f"{n} {street}", "LOCATION", None, "address")
            return
        if n >= 100 and rng.random() < 0.5:
            said = " ".join(self.digit12(c, self.zero12(), False) for c in str(n))
        else:
            said = cardinal(n, hundred_a=rng.random() < 0.5)
        if rng.random() < 0.15:
            said = f"flat {cardinal(rng.randint(1, 9))}, {said}"
        self.ent12(f"{said}{rng.choice([' ', ', '])}{street}", "LOCATION", "sp_address")

    @staticmethod
    def plain12(s: str) -> str:
        s = unicodedata.normalize("NFD", s)
        return "".join(c for c in s if c.isalnum()).lower()

    def email_v12(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast.get(who) or self.cast["self"]
        if who in self.cast and p.email:
            addr, code = p.email, p.code
        else:
            code = p.code if who == "self_other" else None
            first, sur = self.plain12(p.first), self.plain12(p.sur)
            nn = rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(1970, 1999))])
            local = rng.choice([f"{first}_{sur}{nn}", f"{first}-{sur}", f"{sur}{first[0]}{nn}",
                                f"{first}{sur}", f"{first[0]}_{sur}"])
            addr = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            b.ent(addr, "EMAIL", code, "typed")
            return
        local, domain = addr.split("@")
        said_dom = self.pairs12("domain_said")
        toks: list[str] = []
        oneword = False
        pieces = re.findall(r"[a-z]+|\d+|[._-]", local)
        nato_initial = len(pieces) > 1 and len(pieces[0]) == 1 and rng.random() < 0.6
        for j, piece in enumerate(pieces):
            if piece in "._-":
                toks.append({".": "dot", "_": rng.choice(["underscore", "underscore", "under score"]),
                             "-": rng.choice(["hyphen", "dash"])}[piece])
            elif piece.isdigit():
                toks.append(cardinal(int(piece)) if len(piece) == 2 and piece[0] != "0" else
                            " ".join(self.digit12(c, self.zero12(), False) for c in piece))
            elif j == 0 and nato_initial:
                toks.append(f"{piece} for {self.pairs12('for_words')[piece.upper()].lower()}")
            else:
                toks.append(piece)
        if not any(c in local for c in "._-") and (self.plain12(p.sur) in local) and len(local) > len(self.plain12(p.sur)):
            oneword = True
        at = rng.choice(["at", "at", "at sign", "at the sign"])
        dom = " dot ".join(said_dom.get(x, x) for x in domain.split("."))
        s = " ".join(toks)
        if oneword:
            s += rng.choice([", all one word,", " all one word,", ", all one word, lower case,"])
        s = f"{s} {at} {dom}"
        f = "sp_email_oneword" if oneword else (
            "sp_email_nato" if nato_initial else (
                "sp_email_symbols" if any(c in local for c in "_-") else "sp_email"))
        b.ent(s, "EMAIL", code, f)

    def spelled_v12(self, who: str) -> None:
        """A surname spelled with the phonetic alphabet ("Tango Romeo Echo ..."), with "for"
        words ("T for Tommy, R for Robert, ..."), or letter by letter with "double"."""
        rng = self.rng
        p = self.cast[who]
        style = rng.choice(["nato", "for", "letters", "letters"])
        if self.state12.get("prof") == "paramedic" and rng.random() < 0.6:
            style = "nato"
        chars = [c for c in unicodedata.normalize("NFD", p.sur.upper()) if c.isalpha() or c in " -'"]
        toks: list[str] = []
        i = 0
        while i < len(chars):
            c = chars[i]
            if c == " ":
                toks.append("space")
            elif c == "-":
                toks.append("hyphen")
            elif c == "'":
                toks.append("apostrophe")
            elif style == "letters" and i + 1 < len(chars) and chars[i + 1] == c and rng.random() < 0.6:
                toks.append(f"double {c}")
                i += 1
            else:
                toks.append(self.letter12(c, style if style != "letters" else "plain"))
            i += 1
        sep = {"nato": rng.choice([" ", ", "]), "for": ", ", "letters": rng.choice([" ", "-", ", "])}[style]
        form = {"nato": "sp_spelled_nato", "for": "sp_spelled_for", "letters": "sp_spelled"}[style]
        self.b.ent(sep.join(toks), "PERSON", p.code, form)

    # ---- dates and ages
    def year12(self, y: int) -> str:
        rng = self.rng
        if y < 2000:
            return rng.choice([f"nineteen {cardinal(y - 1900)}", f"nineteen-{cardinal(y - 1900)}"]) \
                if y % 100 >= 10 else f"nineteen oh {UNITS[y % 10]}"
        if y < 2010:
            return rng.choice([f"twenty-oh-{UNITS[y - 2000]}", f"two thousand and {UNITS[y - 2000]}",
                               f"oh-{UNITS[y - 2000]}", f"twenty oh {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000)}", f"twenty-{cardinal(y - 2000)}",
                           f"two thousand and {cardinal(y - 2000)}"])

    def date_v12(self, form: str) -> None:
        rng, b = self.rng, self.b
        when = datetime.date(rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28))
        if form.startswith("dob") or form == "yob":  # the interviewee's own
            when = datetime.date(self.state12["born"], when.month, when.day)
        if form == "dob" and self.state12.get("us"):
            form = "dob_us"
        mname, wd = MONTHS[when.month - 1], WEEKDAYS[when.weekday()]
        dw, yw = ordinal_words(when.day), self.year12(when.year)
        sep = rng.choice([", ", " ", ", "])
        if form in ("typed", "dob_typed"):
            if rng.random() < 0.5:
                b.ent(f"{when.day:02d}/{when.month:02d}/{when.year}", "DATE", None, "slash")
            else:
                b.ent(f"{when.day} {mname[:3]} {when.year}", "DATE", None, "dmy_abbr")
            return
        if form == "typed_us":  # a form filled in the American way, month first
            b.ent(f"{when.month:02d}/{when.day:02d}/{when.year}", "DATE", None, "us_slash")
            return
        if form in ("dom_y", "dob"):
            if rng.random() < 0.5:
                b.lit(self.cap12("the "))
            s, f = f"{dw} of {mname}{sep}{yw}", "sp_dom_y" if form == "dom_y" else "sp_dob"
        elif form == "dom":
            s, f = f"{dw} of {mname}", "sp_dom"
        elif form == "md":
            s, f = rng.choice([f"{mname} the {dw}", f"{mname} {dw}"]), "sp_md"
        elif form == "md_us" and not self.state12.get("us"):  # month first, the British way
            s, f = f"{mname} {dw}{sep}{yw}", "sp_md_y"
        elif form in ("md_us", "dob_us"):  # month first, as trained in the States
            if rng.random() < 0.5:
                s = f"{mname} {dw}{sep}{yw}"
            else:
                s = f"{cardinal(when.month)}, {cardinal(when.day)}, {self.pair12(f'{when.year % 100:02d}')}"
            f = "sp_us_order"
        elif form in ("nth_of_nth", "dob_nth"):  # "the twelfth of the second"
            if rng.random() < 0.6:
                b.lit(self.cap12("the "))
            s = f"{dw} of the {ordinal_words(when.month)}"
            if form == "dob_nth" or rng.random() < 0.5:
                s += f"{sep}{self.year12(when.year)}"
            f = "sp_nth_of_nth"
        elif form == "weekday_dom":
            s, f = rng.choice([f"{wd} the {dw} of {mname}", f"{wd}, {dw} {mname}"]), "sp_weekday_dom"
        elif form == "month_year":
            s, f = f"{mname} {yw}", "sp_month_year"
        elif form == "yob":
            s, f = self.year12(when.year), "sp_birth_year"
        elif form == "shift":  # "nights on the fourteenth of February" (a shift's date)
            s, f = f"{dw} of {mname}", "sp_dom"
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        self.ent12(s, "DATE", f)

    def age_v12(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi) if kind else self.state12["age"]  # no kind: the interviewee
        if form == "band":  # "my late forties": a range, labelled like a decade
            part = ["early", "early", "early", "early", "mid", "mid-", "mid", "late", "late", "late"][n % 10]
            decade = TENS[max(2, min(9, n // 10))][:-1] + "ies"
            s = f"{part}{'' if part.endswith('-') else ' '}{decade}"
            self.ent12(s, "AGE", "sp_age_band")
            return
        if form == "next":
            n += 1
        elif form == "coming_up":  # "coming up sixty" when fifty-seven or more, else next year
            n = (n // 10 + 1) * 10 if n % 10 >= 7 else n + 1
        s = cardinal(n)
        self.ent12(s, "AGE", {"answer": "sp_answer", "words": "sp_words", "next": "sp_next",
                              "coming_up": "sp_coming_up", "atmist": "sp_atmist",
                              "year_old": "sp_year_old", "check": "sp_answer",
                              "booked": "sp_words"}[form])

    # ----------------------------------------------------------------- round 17 (heldout13)
    # Used only by a set whose habits say ``v13`` (heldout13); every other set renders byte for
    # byte as before. Its words (labels, group voices, the languages its speakers switch into,
    # laughter, overlap lines, area codes) are its own data, in ``self.t.negatives`` under keys
    # starting "_".
    def data13(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v13(self) -> None:
        """A document is a focus group with numbered voices, a pair interview, a verbatim
        transcript with overlap marks and f4-style times, or a lightly edited one. The
        interviewee's own language (Doric, Gaelic, Urdu, Gujarati, Polish, Sylheti, Teesside,
        Devon) lends the words said inside their numbers."""
        rng = self.rng
        style = rng.choice(self.data13("styles"))
        self.state13["style"] = style
        ilabel, plabel = rng.choice(self.data13(f"labels_{style}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", self.cast["self"].code or "P")
        voices = list(self.data13(f"voices_{style}"))
        rng.shuffle(voices)
        self.state13["voices"] = voices[:rng.randint(2, min(4, len(voices)))]
        langs = dict(x.split("=>", 1) for x in self.data13("langs"))
        self.state13["lang"] = langs.get(self.cast["self"].first, "plain")
        self.state13["mixed_zero"] = rng.random() < 0.6  # "oh", "nought", "zero" in one number
        self.state13["clock"] = rng.randint(40, 400)
        self.state13["last"] = None

    def turn_v13(self, who: str, sentences: list[str]) -> None:
        rng, b, style = self.rng, self.b, str(self.state13["style"])
        if who == "N":  # a transcriber's or note-taker's line: no speaker label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        voices = self.state13["voices"]
        assert isinstance(voices, list)
        if who == "I" and style in ("focus", "edited") and rng.random() < 0.08:
            b.lit(f"{rng.choice(voices)}: {rng.choice(self.data13('chimes'))}\n\n")
        label = self.ilabel if who == "I" else self.plabel if who == "P" else rng.choice(voices)
        b.lit(f"{label}: ")
        if style == "verbatim" and who != "I" and rng.random() < 0.15:
            b.lit(rng.choice(self.data13("overlap_marks")) + " ")
        if style == "edited" and rng.random() < 0.05:
            b.lit("[…] ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            self.render(s, opener=(who == "P"))
        if style == "verbatim":
            c = int(self.state13["clock"]) + rng.randint(4, 70)  # type: ignore[call-overload]
            self.state13["clock"] = c
            b.lit(f" #{c // 3600:02d}:{c // 60 % 60:02d}:{c % 60:02d}-{rng.randint(0, 9)}#")
        b.lit("\n\n")

    def slot_v13(self, name: str, args: list[str]) -> bool:
        """Round 17's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v13(arg)
        elif name in ("NHS", "CHI", "GMC", "GDC"):
            self.number_v13(name, arg)
        elif name == "POSTCODE":
            self.postcode_v13(arg)
        elif name == "ADDR":
            self.address_v13(arg)
        elif name == "EMAIL":
            self.email_v13(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v13(arg)
        elif name == "DATE":
            self.date_v13(arg)
        elif name == "AGE":
            self.age_v13(arg, args[1] if len(args) > 1 else None)
        elif name == "SUM":  # the moderator sums up the last identifier said
            self.summary_v13()
        elif name == "VOICE":  # another voice of the group, named by its label
            voices = self.state13["voices"]
            assert isinstance(voices, list)
            b.lit(rng.choice(voices))
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent13(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- numbers
    def zero13(self, zero: str) -> str:
        if self.state13["mixed_zero"]:
            return self.rng.choice(("oh", "nought", "zero", "oh"))
        return zero

    def group13(self, g: str, zero: str) -> str:
        rng = self.rng
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = self.zero13(zero) if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < 0.35:
                words.append(f"{rng.choice(['treble', 'triple'])} {w}")
                i += 3
            elif run >= 2 and rng.random() < 0.6:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def hundred13(self, g: str, zero: str) -> str | None:
        """A group said with "hundred" and "and": "four hundred", "four hundred and six",
        "fourteen hundred", "sixty-five"; None when the group cannot be said so."""
        if len(g) == 3 and g[0] != "0":
            tail = int(g[1:])
            return f"{UNITS[int(g[0])]} hundred" + (f" and {cardinal(tail)}" if tail else "")
        if len(g) == 4 and g[0] != "0" and g[2:] == "00":
            return f"{cardinal(int(g[:2]))} hundred"
        if len(g) == 2 and g[0] != "0":
            return cardinal(int(g))
        return None

    def lang_word13(self) -> str:
        lang = str(self.state13["lang"])
        return self.rng.choice(self.data13(f"switch_{lang}")) if lang != "plain" else ""

    def say13(self, digits: str, groups: list[int], base: str) -> tuple[str, str]:
        """A digit string said in this set's ways; returns (text, form). Modes: plain groups;
        "hundred" and "and" for groups that allow it; a laugh or a word of the speaker's own
        language inside; another voice of the group cutting in (the cut is inside)."""
        rng = self.rng
        zero = rng.choice(self.h.zero_words)
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        said = [self.group13(g, zero) for g in parts]
        modes = ["plain", "plain", "hundreds", "hundreds", "laugh", "switch"]
        if self.state13["style"] in ("focus", "verbatim", "pair"):
            modes += ["overlap"]
        mode = rng.choice(modes)
        seps = self.h.group_seps
        form = base
        if mode == "hundreds":
            alt = [self.hundred13(g, zero) for g in parts]
            if any(a is not None and len(g) > 2 for a, g in zip(alt, parts)):
                said = [a if a is not None and (len(g) > 2 or rng.random() < 0.5) else s
                        for a, s, g in zip(alt, said, parts)]
                form = "sp_hundreds"
        if len(said) < 2:
            return said[0], form
        k = rng.randrange(1, len(said))
        if mode == "laugh":
            inner = rng.choice(self.data13("laughs"))
            form = "sp_laughter"
        elif mode == "switch" and self.state13["lang"] != "plain":
            inner = f", {self.lang_word13()}, "
            form = "sp_switched"
        elif mode == "overlap":
            voices = self.state13["voices"]
            assert isinstance(voices, list)
            inner = f" // {rng.choice(voices)}: {rng.choice(self.data13('overlap_lines'))} // "
            form = "sp_overlap"
        else:
            inner = rng.choice(seps)
        out = said[0]
        for j, s in enumerate(said[1:], start=1):
            out += (inner if j == k else rng.choice(seps)) + s
        return out, form

    def remember13(self, type_: str, payload: str, groups: list[int] | None = None) -> None:
        self.state13["last"] = (type_, payload, groups or [])

    def mobile13(self) -> str:
        return "07" + self.rng.choice("34789") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v13(self, form: str) -> None:
        rng, b = self.rng, self.b
        area = rng.choice(self.data13("areas"))
        local = f"{rng.randint(2, 8)}{rng.randint(0, 10 ** (10 - len(area)) - 1):0{10 - len(area)}d}"
        if form == "typed":
            d = self.mobile13()
            b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]}-{d[5:]}", d]), "PHONE", None, "mobile")
            return
        if form == "typed_landline":
            b.ent(f"{area} {local}", "PHONE", None, "landline")
            return
        if form == "landline":
            d, groups = area + local, [len(area), 3, len(local) - 3]
            if len(local) == 8:
                groups = [len(area), 4, 4]
            base = "sp_landline"
        elif form == "intl":
            d = self.mobile13()
            s, f = self.say13(d[1:], [4, 3, 3], "sp_intl")
            self.ent13(rng.choice(["plus four four, ", "plus forty-four ", "double-oh four four, "]) + s,
                       "PHONE", f)
            self.remember13("PHONE", d, [5, 3, 3])
            return
        else:
            d, groups = self.mobile13(), rng.choice([[5, 6], [5, 3, 3], [4, 3, 4], [5, 2, 4]])
            base = "sp_mobile"
        s, f = self.say13(d, groups, base)
        self.ent13(s, "PHONE", f)
        self.remember13("PHONE", d, groups)

    def number_v13(self, kind: str, form: str) -> None:
        rng = self.rng
        type_ = "GMC_NUMBER" if kind in ("GMC", "GDC") else "NHS_NUMBER"
        if kind == "GMC":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
            groups = rng.choice([[3, 4], [4, 3], [7]])
        elif kind == "GDC":  # a dentist's registration with the General Dental Council
            d = f"{rng.randint(4, 29)}{rng.randint(0, 9999):04d}"
            groups = [len(d) - 3, 3]
        elif kind == "CHI":
            d = self.chi_digits()
            groups = rng.choice([[6, 4], [2, 2, 2, 4]])
        else:
            d = self.nhs_digits()
            groups = rng.choice([[3, 3, 4], [3, 3, 2, 2]])
        if form == "typed":
            written = d if kind in ("GMC", "GDC") else rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d])
            if kind == "CHI":
                written = rng.choice([d, f"{d[:6]} {d[6:]}"])
            self.b.ent(written, type_, None, kind.lower())
            return
        if kind == "CHI" and form == "dob":  # the date of birth said as a date, then four digits
            dd, mm, yy = int(d[:2]), int(d[2:4]), d[4:6]
            yw = cardinal(int(yy)) if yy[0] != "0" else f"oh {UNITS[int(yy[1])]}"
            head = rng.choice([f"{ordinal_words(dd)} of the {ordinal_words(mm)}, {yw}",
                               f"{ordinal_words(dd)} of {MONTHS[mm - 1]} {yw}"])
            tail = self.group13(d[6:], rng.choice(self.h.zero_words))
            self.ent13(head + rng.choice(self.data13("chi_joins")) + tail, type_, "sp_chi_dob")
            self.remember13(type_, d, [6, 4])
            return
        s, f = self.say13(d, groups, f"sp_{kind.lower()}")
        self.ent13(s, type_, f)
        self.remember13(type_, d, groups)

    # ---- postcodes and addresses
    def say_letter13(self, c: str) -> str:
        names = dict(x.split("=>", 1) for x in self.data13("letter_names"))
        return names[c] if c in names and self.rng.random() < 0.5 else c

    def postcode_v13(self, form: str) -> None:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            self.b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        said_num = (cardinal(int(num)) if len(num) == 2 and rng.random() < 0.6
                    else " ".join(UNITS[int(c)] for c in num))
        out = f"{' '.join(self.say_letter13(c) for c in letters)} {said_num}"
        if form == "part":
            self.ent13(out, "POSTCODE", "sp_part_postcode")
            return
        inn = f"{UNITS[int(inward[0])]} {self.say_letter13(inward[1])} {self.say_letter13(inward[2])}"
        if rng.random() < 0.55:
            self.ent13(f"{out}{rng.choice([', space, ', ' space ', ' - space - '])}{inn}",
                       "POSTCODE", "sp_postcode_space")
        else:
            self.ent13(f"{out}{rng.choice([', ', ' ', ', and then '])}{inn}", "POSTCODE", "sp_postcode")
        self.remember13("POSTCODE", f"{out}, {inn}")

    def address_v13(self, form: str) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        n = rng.randint(2, 180)
        if form == "typed":
            self.b.ent(f"{n} {street}", "LOCATION", None, "address")
            return
        r = rng.random()
        if r < 0.25:  # a tenement or a flat above a shop: "flat four, twelve <street>"
            s = f"flat {cardinal(rng.randint(1, 9))}, {cardinal(n)} {street}"
            self.ent13(s, "LOCATION", "sp_flat")
            return
        said = cardinal(n, hundred_a=True) if n >= 100 else cardinal(n)
        if n >= 100 and rng.random() < 0.5:
            said = said.replace("a hundred", "one hundred")
        if rng.random() < 0.25:
            said += rng.choice([" A", " B", " and a half"])
        self.ent13(f"{said} {street}", "LOCATION", "sp_address")
        self.remember13("LOCATION", f"{said} {street}")

    # ---- e-mails and spellings
    def email_v13(self, who: str, form: str) -> None:
        rng = self.rng
        p = self.cast["self" if who == "self_other" else who]
        fn = Writer.plain10(p.first)
        sn = Writer.plain10(p.sur.replace(" ", ""))
        if p.email and who in ("self", "reg"):
            address = p.email
        elif who == "self_other":
            address = f"{rng.choice([fn, fn[0]])}{rng.choice(['', '.', '_'])}{sn}{rng.randint(1, 99)}@{rng.choice(self.pools.email_domains)}"
        else:  # a colleague on the NHS-wide mail
            address = f"{fn}.{sn}@{rng.choice(self.data13('plain_nhs'))}"
        if form == "typed":
            self.b.ent(address, "EMAIL", p.code, "email")
            return
        local, domain = address.split("@", 1)
        mixed = rng.random() < 0.45  # "full stop" and "dot" in one address
        dots = ["full stop", "dot"]

        def say(piece: str) -> str:
            out: list[str] = []
            for bit in re.split(r"([._-])", piece):
                if bit == ".":
                    out.append(rng.choice(dots) if mixed else "dot")
                elif bit == "_":
                    out.append("underscore")
                elif bit == "-":
                    out.append("dash")
                elif bit.isdigit():
                    out.append(cardinal(int(bit)) if len(bit) == 2 and bit[0] != "0" else " ".join(
                        UNITS[int(c)] for c in bit))
                elif bit:
                    m = re.fullmatch(r"([a-z]+?)(\d+)", bit)
                    if m:
                        out.append(f"{m.group(1)} {cardinal(int(m.group(2)))}")
                    elif len(bit) <= 3 and bit not in ("nhs", "net", "com", "uk", "scot", "org"):
                        out.append(" ".join(bit))
                    else:
                        out.append(bit)
            return " ".join(out)
        said = f"{say(local)} at {say(domain)}"
        if mixed and "full stop" not in said:
            said = said.replace(" dot ", " full stop ", 1)
        form = "sp_email_mixed" if mixed and "full stop" in said else "sp_email"
        self.b.ent(said, "EMAIL", p.code, form)
        self.remember13("EMAIL", said)
        self.state13["last_code"] = p.code
        if rng.random() < 0.3:
            self.b.lit(rng.choice(self.data13("email_tails")))

    def spelled_v13(self, who: str) -> None:
        rng = self.rng
        p = self.cast[who]
        sur = p.sur
        letters: list[str] = []
        i = 0
        while i < len(sur):
            c = sur[i].upper()
            if c in " -'":
                letters.append({" ": "space", "-": "hyphen", "'": "apostrophe"}[c])
                i += 1
            elif i + 1 < len(sur) and sur[i + 1].upper() == c and rng.random() < 0.8:
                letters.append(f"double {c}")
                i += 2
            else:
                letters.append(c)
                i += 1
        if sur[:3] == "Mac" and rng.random() < 0.7:
            letters = ["M", "A", "C", "capital " + sur[3]] + letters[4:]
        sep = rng.choice([" ", ", ", " ", "-"])
        if sep == "-" and any(" " in x for x in letters):
            sep = ", "
        self.b.ent(sep.join(letters), "PERSON", p.code, "sp_spelled")
        self.remember13("PERSON", f"{p.first} {p.sur}" if rng.random() < 0.5 else p.sur)
        self.state13["last_code"] = p.code

    # ---- dates and ages
    def year13(self, y: int, short_ok: bool = False) -> str:
        rng = self.rng
        if y == 2000:
            return rng.choice(["two thousand", "the year two thousand"])
        if short_ok and y < 2000 and rng.random() < 0.35:
            return cardinal(y % 100) if y % 100 >= 10 else f"oh {UNITS[y % 10]}"
        if y < 2000:
            tail = y % 100
            if rng.random() < 0.4:
                return f"nineteen hundred and {cardinal(tail)}" if tail else "nineteen hundred"
            return f"nineteen {cardinal(tail) if tail >= 10 else 'oh ' + UNITS[tail]}"
        if y < 2010 or rng.random() < 0.4:
            return f"two thousand and {cardinal(y - 2000)}"
        return f"twenty-{cardinal(y - 2000)}"

    def date_v13(self, form: str) -> None:
        rng = self.rng
        y = rng.randint(1996, 2025)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dw = ordinal_words(d)
        mon = MONTHS[m - 1]
        if form == "numeric":  # "the third of the fourth", a year or none
            if rng.random() < 0.5:
                self.ent13(f"{dw} of the {ordinal_words(m)}", "DATE", "sp_dom_monthnum")
            else:
                self.ent13(f"{dw} of the {ordinal_words(m)}, {self.year13(y, True)}", "DATE", "sp_numeric")
        elif form == "dom_y":
            self.ent13(rng.choice([f"{dw} of {mon}, {self.year13(y)}", f"{dw} of {mon} {self.year13(y)}"]),
                       "DATE", "sp_dom_y")
        elif form == "md":
            if rng.random() < 0.5:
                self.ent13(f"{mon} the {dw}", "DATE", "sp_md")
            else:
                self.ent13(f"{mon} the {dw}, {self.year13(y)}", "DATE", "sp_md_y")
        elif form == "weekday":
            wd = WEEKDAYS[rng.randrange(7)]
            if rng.random() < 0.5:
                self.ent13(f"{wd} the {dw}", "DATE", "sp_weekday")
            else:
                self.ent13(f"{wd} the {dw} of {mon}", "DATE", "sp_weekday_dom")
        elif form == "month_year":
            self.ent13(rng.choice([f"{mon} {self.year13(y)}", f"{mon} of {self.year13(y)}"]), "DATE",
                       "sp_month_year")
        elif form == "dob":
            by = rng.randint(1961, 2000)
            r = rng.random()
            if r < 0.35:
                self.ent13(f"{dw} of the {ordinal_words(m)}, {self.year13(by, True)}", "DATE",
                           "sp_dob_ordnum")
            else:
                self.ent13(rng.choice([f"{dw} of {mon}, {self.year13(by)}", f"{mon} the {dw}, {self.year13(by)}"]),
                           "DATE", "sp_dob")
        elif form == "birthyear":
            by = rng.choice([rng.randint(1962, 1999), 2000])
            s = self.year13(by, True)
            if s.startswith("the year "):
                self.b.lit(self.cap("the year "))
                s = s[len("the year "):]
            self.ent13(s, "DATE", "sp_birth_year")
            self.state13["last"] = None
            return
        elif form == "typed":
            self.b.ent(rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{d} {mon} {y}"]),
                       "DATE", None, "dmy")
            return
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        self.remember13("DATE", f"{d}/{m}")

    def age_v13(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if form == "odd":  # one person's age, roughly: "thirty-odd", "forty-odd"
            s = f"{TENS[rng.randint(3, 7)]}-odd"
            self.ent13(s, "AGE", "sp_odd")
        elif form == "turned":  # "she's just turned two"
            self.ent13(cardinal(n), "AGE", "sp_turned")
        elif form in ("answer", "words", "year_old"):
            self.ent13(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        self.remember13("AGE", cardinal(n) if form != "odd" else s)

    def summary_v13(self) -> None:
        """The moderator sums up what was just said: the same identifier again, in other
        words (a number regrouped, a date by its day, a name in full)."""
        rng = self.rng
        last = self.state13["last"]
        if not last:
            self.b.lit("that")
            return
        type_, payload, groups = last  # type: ignore[misc]
        if type_ in ("PHONE", "NHS_NUMBER", "GMC_NUMBER"):
            g = {10: [3, 3, 4], 11: [5, 6], 7: [3, 4], 6: [3, 3], 5: [2, 3]}[len(payload)]
            if g == groups:
                g = {10: [2, 2, 2, 4], 11: [4, 3, 4], 7: [4, 3], 6: [2, 2, 2], 5: [3, 2]}[len(payload)]
            zero = rng.choice(self.h.zero_words)
            said = [self.group13(payload[i:i + n], zero) for i, n in
                    zip(itertools.accumulate([0, *g[:-1]]), g)]
            self.ent13(", ".join(said), type_, "sp_summary")
        elif type_ == "DATE":
            d, m = (int(x) for x in payload.split("/"))
            if rng.random() < 0.5:
                self.b.lit("the ")
                self.b.ent(ordinal_words(d), "DATE", None, "sp_summary")
            else:
                self.b.lit("the ")
                self.b.ent(f"{ordinal_words(d)} of {MONTHS[m - 1]}", "DATE", None, "sp_summary")
        elif type_ in ("PERSON", "EMAIL"):
            self.ent13(payload, type_, "sp_summary", self.state13.get("last_code"))  # type: ignore[arg-type]
        else:
            self.ent13(payload, type_, "sp_summary")

    # ----------------------------------------------------------------- round 18 (heldout14)
    # Used only by a set whose habits say ``v14`` (heldout14); every other set renders byte for
    # byte as before. Its words (labels, the interpreter's and the spouse's lines, the platform's
    # mishearings, area and country codes, the words said in "M as in mother") are its own data,
    # in ``self.t.negatives`` under keys starting "_".
    def data14(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v14(self) -> None:
        """A document is a video platform's automatic transcript (a time and a display name
        before every turn, mishearings left in), a hand transcript ([inaudible], [crosstalk])
        or an interpreter-mediated one (the interviewee answers in their own language and INT:
        gives it in English, "she says it's ..."). A spouse sometimes joins."""
        rng = self.rng
        kind = rng.choice(self.data14("kinds"))
        self.state14["kind"] = kind
        ilabel, plabel = rng.choice(self.data14(f"labels_{kind}")).split("=>", 1)
        self.ilabel = ilabel
        self.plabel = plabel.replace("{code}", self.cast["self"].code or "P").replace(
            "{n}", str(rng.randint(2, 9)))
        self.state14["olabel"] = rng.choice(self.data14("spouse_labels"))
        pron = dict(x.split("=>", 1) for x in self.data14("pronouns"))
        self.state14["she"] = pron.get(self.cast["self"].first, "they")
        langs = dict(x.split("=>", 1) for x in self.data14("languages"))
        self.state14["lang"] = langs.get(self.cast["self"].first, "Arabic")
        self.state14["clock"] = rng.randint(20, 200)
        self.state14["zero"] = rng.choice(("oh", "zero", "zero", "oh"))

    def turn_v14(self, who: str, sentences: list[str]) -> None:
        rng, b, kind = self.rng, self.b, str(self.state14["kind"])
        if who == "N":  # a transcriber's line or a pasted chat message: no speaker label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        if who == "O":
            label = str(self.state14["olabel"])
        elif who == "T":
            label = "INT"
        else:
            label = self.ilabel if who == "I" else self.plabel
        if kind == "interp" and who == "P" and rng.random() < 0.75:
            b.lit(f"{label}: [{rng.choice(self.data14('native_marks')).format(lang=self.state14['lang'])}]\n\n")
            label = "INT"
            she = str(self.state14["she"])
            if sentences[0].startswith("{") and she != "they":
                sentences = [rng.choice(self.data14(f"relay_{she}")) + sentences[0], *sentences[1:]]
        if kind == "auto":
            c = int(self.state14["clock"]) + rng.randint(5, 75)  # type: ignore[call-overload]
            self.state14["clock"] = c
            b.lit(f"{c // 3600:02d}:{c // 60 % 60:02d}:{c % 60:02d} {label}\n")
            swaps = [x.split("=>", 1) for x in self.data14("asr_swaps")]
            out = []
            for s in sentences:
                if rng.random() < 0.35:
                    old, new = rng.choice(swaps)
                    pieces = re.split(r"(\{[^}]*\})", s)
                    s = "".join(p if p.startswith("{") else re.sub(rf"\b{re.escape(old)}\b", new, p)
                                for p in pieces)
                out.append(s)
            sentences = out
        else:
            b.lit(f"{label}: ")
        if kind == "hand" and rng.random() < 0.07:
            b.lit(rng.choice(self.data14("hand_marks")) + " ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            self.render(s, opener=(who == "P"))
        if kind == "hand" and rng.random() < 0.05:
            c = int(self.state14["clock"]) + rng.randint(60, 300)  # type: ignore[call-overload]
            self.state14["clock"] = c
            b.lit(f" [inaudible {c // 3600:02d}:{c // 60 % 60:02d}:{c % 60:02d}]")
        b.lit("\n\n")

    def slot_v14(self, name: str, args: list[str]) -> bool:
        """Round 18's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v14(arg)
        elif name in ("NHS", "HC", "GMC"):
            self.number_v14(name, arg)
        elif name == "POSTCODE":
            self.postcode_v14(arg)
        elif name == "ADDR":
            self.address_v14(arg)
        elif name == "EMAIL":
            self.email_v14(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v14(arg)
        elif name == "DATE":
            self.date_v14(arg)
        elif name == "AGE":
            self.age_v14(arg, args[1] if len(args) > 1 else None)
        elif name == "EXT":  # an extension: not an identifier in this set (see BLIND_SETS.md)
            b.lit(" ".join(UNITS[int(c)] for c in f"{rng.randint(2000, 7999)}"))
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent14(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- numbers
    def group14(self, g: str, zero: str) -> str:
        rng = self.rng
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < 0.4:
                words.append(f"triple {w}")
                i += 3
            elif run >= 2 and rng.random() < 0.65:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def say14(self, digits: str, groups: list[int], base: str) -> tuple[str, str]:
        """A digit string said in groups; in an automatic transcript the platform may type it
        as numerals in its own grouping or mishear a digit word as its homophone."""
        rng = self.rng
        zero = str(self.state14["zero"])
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        seps = self.h.group_seps
        if self.state14["kind"] == "auto":
            r = rng.random()
            if r < 0.25:
                cut = sorted(rng.sample(range(1, len(digits)), 2))
                return " ".join((digits[:cut[0]], digits[cut[0]:cut[1]], digits[cut[1]:])), "sp_auto_digits"
            if r < 0.55:
                homo = dict(x.split("=>", 1) for x in self.data14("homophones"))
                said = [" ".join(UNITS[int(c)] if c != "0" else zero for c in p) for p in parts]
                out = rng.choice(seps).join(said)
                words = out.split(" ")
                idx = [i for i, w in enumerate(words) if w.strip(",") in homo]
                if idx:
                    for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
                        w = words[i]
                        tail = "," if w.endswith(",") else ""
                        words[i] = homo[w.strip(",")] + tail
                    return " ".join(words), "sp_auto_homophone"
        said = [self.group14(p, zero) for p in parts]
        out = said[0]
        for s in said[1:]:
            out += rng.choice(seps) + s
        return out, base

    def mobile14(self) -> str:
        return "07" + self.rng.choice("4579") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v14(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "typed":
            d = self.mobile14()
            b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"+44 {d[1:5]} {d[5:]}", d]), "PHONE", None, "mobile")
            return
        if form == "landline":
            area = rng.choice(self.data14("areas"))
            local = f"{rng.randint(2, 8)}{rng.randint(0, 10 ** (10 - len(area)) - 1):0{10 - len(area)}d}"
            groups = [len(area), 3, len(local) - 3] if len(local) == 6 else [len(area), len(local)]
            s, f = self.say14(area + local, groups, "sp_landline")
            self.ent14(s, "PHONE", f)
            if rng.random() < 0.3:  # the extension is said after, outside the span
                b.lit(", extension ")
                b.lit(" ".join(UNITS[int(c)] for c in f"{rng.randint(2000, 7999)}"))
            return
        if form == "ni":  # a landline with the 028 code and eight digits
            d = "028" + f"{rng.randint(2, 9)}{rng.randint(0, 9999999):07d}"
            s, f = self.say14(d, [3, 4, 4], "sp_ni_landline")
            self.ent14(s, "PHONE", f)
            return
        if form == "intl":  # "plus four four seven ...", "double oh four four ..."
            d = self.mobile14()
            s, f = self.say14(d[1:], rng.choice([[4, 6], [4, 3, 3], [3, 3, 4]]), "sp_intl")
            self.ent14(rng.choice(self.data14("uk_leads")) + s, "PHONE", "sp_intl" if f == "sp_intl" else f)
            return
        if form == "ie":  # an Irish mobile from over the border
            d = "8" + rng.choice("3579") + f"{rng.randint(0, 9999999):07d}"
            lead = rng.choice(["plus three five three ", "double oh three five three, ", "oh "])
            s, f = self.say14(d, [2, 3, 4], "sp_ie_mobile")
            self.ent14(lead + s, "PHONE", f)
            return
        if form == "home":  # the number back home, with its country code
            lead, n = rng.choice([x.split("=>", 1) for x in self.data14("country_leads")])
            d = f"{rng.randint(1, 9)}{rng.randint(0, 10 ** (int(n) - 1) - 1):0{int(n) - 1}d}"
            s, f = self.say14(d, [3, 3, int(n) - 6], "sp_home_country")
            self.ent14(lead + s, "PHONE", f)
            return
        d = self.mobile14()
        s, f = self.say14(d, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]]), "sp_mobile")
        self.ent14(s, "PHONE", f)

    def number_v14(self, kind: str, form: str) -> None:
        rng = self.rng
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        d = f"{rng.randint(6, 7)}{rng.randint(0, 999999):06d}" if kind == "GMC" else self.nhs_digits()
        if form == "typed":
            written = d if kind == "GMC" else rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"])
            self.b.ent(written, type_, None, "gmc" if kind == "GMC" else "nhs")
            return
        zero = str(self.state14["zero"])
        if kind == "GMC" and form == "corrected":  # a group said wrong, then put right
            wrong = f"{(int(d[2]) + rng.randint(1, 8)) % 10}"
            head = self.group14(d[:2], zero)
            bad = self.group14(d[:2] + wrong, zero)
            fix = rng.choice(self.data14("corrections"))
            tail = self.group14(d[3:], zero)
            s = f"{bad}{fix}{head} {self.group14(d[2], zero)}, {tail}"
            self.ent14(s, type_, "sp_gmc_corrected")
            return
        groups = [3, 4] if kind == "GMC" else [3, 3, 4]
        if kind in ("NHS", "HC") and form == "dash":
            said = [self.group14(d[a:a + n], zero) for a, n in ((0, 3), (3, 3), (6, 4))]
            self.ent14(" dash ".join(said), type_, "sp_nhs_dash" if kind == "NHS" else "sp_hc_dash")
            return
        base = {"GMC": "sp_gmc", "NHS": "sp_nhs", "HC": "sp_hc"}[kind]
        s, f = self.say14(d, groups, base)
        self.ent14(s, type_, f)

    # ---- postcodes and addresses
    def letter14(self, c: str, how: str) -> str:
        if how == "phonetic":
            return f"{c} for {self.data14('phonetic')[0].split()[ord(c) - 65]}"
        if how == "as_in":
            return f"{c} as in {self.data14('as_in')[0].split()[ord(c) - 65]}"
        return c

    def postcode_v14(self, form: str) -> None:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            self.b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        how = "plain" if form == "part" else rng.choice(["plain", "phonetic", "phonetic", "as_in"])
        said_num = (cardinal(int(num)) if len(num) == 2 and rng.random() < 0.5
                    else " ".join(UNITS[int(c)] for c in num))
        sep = ", " if how != "plain" else " "
        out = sep.join(self.letter14(c, how) for c in letters) + sep + said_num
        if form == "part":
            self.ent14(out, "POSTCODE", "sp_outward")
            return
        inn = sep.join([UNITS[int(inward[0])], self.letter14(inward[1], how), self.letter14(inward[2], how)])
        self.ent14(f"{out}{rng.choice([', ', ' ', ' ... '])}{inn}", "POSTCODE",
                   {"plain": "sp_postcode", "phonetic": "sp_postcode_phonetic", "as_in": "sp_postcode_as_in"}[how])

    def address_v14(self, form: str) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        n = rng.randint(2, 140)
        if form == "typed":
            self.b.ent(rng.choice([f"{n} {street}", f"{n}{rng.choice('ABC')} {street}"]), "LOCATION", None, "address")
            return
        r = rng.random()
        if r < 0.35:  # "twelve A <street>"
            self.ent14(f"{cardinal(n)} {rng.choice('ABC')} {street}", "LOCATION", "sp_house_letter")
        elif r < 0.6:  # "flat three B, <street>"
            self.ent14(f"flat {cardinal(rng.randint(1, 9))} {rng.choice('ABCD')}, {cardinal(n)} {street}",
                       "LOCATION", "sp_flat_letter")
        else:
            self.ent14(f"{cardinal(n)} {street}", "LOCATION", "sp_address")

    # ---- e-mails and spellings
    def email_v14(self, who: str, form: str) -> None:
        rng = self.rng
        p = self.cast["self" if who == "self_web" else who]
        fn = Writer.plain10(p.first.replace(" ", ""))
        sn = Writer.plain10(p.sur.replace(" ", "").replace("-", ""))
        if p.email and who in ("self", "reg"):
            address = p.email
        elif who == "self_web":  # a personal webmail address
            address = (f"{rng.choice([fn, fn[0], sn])}{rng.choice(['_', '-', '.', '_'])}"
                       f"{rng.choice([sn, fn, 'dr' + sn])}{rng.randint(1, 99)}@{rng.choice(self.data14('webmail'))}")
        else:
            address = f"{fn}.{sn}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            self.b.ent(address, "EMAIL", p.code, "email")
            return
        local, domain = address.split("@", 1)
        at = rng.choice(["at", "at sign", "at", "at symbol"])

        def say(piece: str) -> str:
            out: list[str] = []
            for bit in re.split(r"([._-])", piece):
                if bit == ".":
                    out.append("dot")
                elif bit == "_":
                    out.append("underscore")
                elif bit == "-":
                    out.append("hyphen")
                elif bit:
                    m = re.fullmatch(r"([a-z]*?)(\d+)", bit)
                    if m:
                        if m.group(1):
                            out.append(m.group(1))
                        out.append(" ".join(UNITS[int(c)] for c in m.group(2)))
                    elif len(bit) <= 2 or (len(bit) == 3 and bit not in ("com", "net", "org")):
                        out.append(" ".join(bit))
                    else:
                        out.append(bit)
            return " ".join(out)
        said = f"{say(local)} {at} {say(domain)}"
        if "underscore" in said:
            form = "sp_email_underscore"
        elif "hyphen" in said:
            form = "sp_email_hyphen"
        elif at != "at":
            form = "sp_email_at_sign"
        else:
            form = "sp_email"
        self.b.ent(said, "EMAIL", p.code, form)
        if rng.random() < 0.25:
            self.b.lit(rng.choice(self.data14("email_tails")))

    def spelled_v14(self, who: str) -> None:
        rng = self.rng
        p = self.cast[who]
        how = rng.choice(["as_in", "as_in", "plain"])
        letters: list[str] = []
        i = 0
        sur = p.sur
        while i < len(sur):
            c = sur[i].upper()
            if c in " -'":
                letters.append({" ": "space", "-": "hyphen", "'": "apostrophe"}[c])
                i += 1
            elif how == "plain" and i + 1 < len(sur) and sur[i + 1].upper() == c:
                letters.append(f"double {c}")
                i += 2
            else:
                letters.append(self.letter14(c, how) if c.isascii() and c.isalpha() else c)
                i += 1
        sep = ", " if how == "as_in" else rng.choice([" ", "-", ", "])
        self.b.ent(sep.join(letters), "PERSON", p.code, "sp_spelled_as_in" if how == "as_in" else "sp_spelled")

    # ---- dates and ages
    def year14(self, y: int) -> str:
        rng = self.rng
        if y < 2000:
            t = y % 100
            return f"nineteen {cardinal(t) if t >= 10 else 'oh ' + UNITS[t]}"
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"twenty oh {UNITS[y - 2000]}",
                               f"two thousand {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000)}", f"two thousand and {cardinal(y - 2000)}"])

    def date_v14(self, form: str) -> None:
        rng = self.rng
        y = rng.randint(2003, 2025)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dw, mon = ordinal_words(d), MONTHS[m - 1]
        if form == "us":  # month first, no "the": "March fifth"
            if rng.random() < 0.5:
                self.ent14(f"{mon} {dw}", "DATE", "sp_us_md")
            else:
                self.ent14(f"{mon} {dw}, {self.year14(y)}", "DATE", "sp_us_md_y")
        elif form == "dom_y":
            self.ent14(f"{dw} of {mon} {self.year14(y)}", "DATE", "sp_dom_y")
        elif form == "month_year":
            self.ent14(f"{mon} {self.year14(y)}", "DATE", "sp_month_year")
        elif form == "weekday":
            self.ent14(f"{WEEKDAYS[rng.randrange(7)]} the {dw}", "DATE", "sp_weekday")
        elif form == "dob":
            by = rng.randint(1966, 1997)
            if rng.random() < 0.5:
                self.ent14(f"{mon} {dw}, {self.year14(by)}", "DATE", "sp_dob_us")
            else:
                self.ent14(f"{dw} of {mon}, {self.year14(by)}", "DATE", "sp_dob")
        elif form == "holiday":  # a birthday said by a fixed-date holiday: day and month known
            hol = rng.choice(self.data14("holidays")[0].split("; "))
            if rng.random() < 0.5:
                self.ent14(f"{hol}, {self.year14(rng.randint(1966, 1997))}", "DATE", "sp_holiday_birthday")
            else:
                self.ent14(hol, "DATE", "sp_holiday_birthday")
        elif form == "typed":
            self.b.ent(rng.choice([f"{d:02d}/{m:02d}/{y}", f"{mon} {d}, {y}", f"{d} {mon[:3]} {y}"]),
                       "DATE", None, "dmy")
        elif form == "typed_dob":  # a date of birth typed on a form
            by = rng.randint(1966, 1997)
            self.b.ent(rng.choice([f"{d:02d}/{m:02d}/{by}", f"{d} {mon[:3]} {by}"]), "DATE", None, "dmy")
        elif form == "typed_us":  # typed month first, as the agency's form had it
            self.b.ent(f"{m:02d}/{d:02d}/{rng.randint(1966, 1997)}", "DATE", None, "us_slash")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v14(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if form == "range":  # "in my early [fifties]": the decade word, its qualifier outside
            decades = ["", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                       "eighties", "nineties"]
            self.ent14(decades[max(2, min(9, n // 10))], "AGE", "sp_age_range")
        elif form == "going_on":
            self.ent14(cardinal(rng.choice([30, 40, 50, 35, 45, 60])), "AGE", "sp_going_on")
        elif form in ("answer", "words", "year_old", "will_be"):
            self.ent14(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    # ----------------------------------------------------------------- round 19 (heldout15)
    # Used only by a set whose habits say ``v15`` (heldout15); every other set renders byte for
    # byte as before. Its words (labels, third voices, car and corridor noises, voices, island
    # codes, month abbreviations) are its own data, in ``self.t.negatives`` under keys "_...".
    def data15(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs15(self, key: str) -> dict[str, str]:
        return dict(entry.split("=>", 1) for entry in self.data15(key))

    def init_v15(self) -> None:
        """A document is a go-along interview in an out-of-hours car (a driver, the base on the
        radio, the sat nav), a walking interview through a custody suite or a hospital at night
        (tannoy pages, the lift), or an agency transcript (guessed words
        marked, some numbers typed as numerals)."""
        rng, me, st = self.rng, self.cast["self"], self.state15
        kind = rng.choice(self.data15("kinds"))
        st["kind"] = kind
        ilabel, plabel = rng.choice(self.data15(f"labels_{kind}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", me.code or "P")
        st["voice"] = self.pairs15("voices").get(f"{me.first} {me.sur}", "")
        side = "car" if kind == "car" else "walk"
        st["third"] = rng.choice(self.data15(f"third_{side}"))
        st["radio"] = rng.choice(self.data15("radio_car")) if kind == "car" else ""
        st["age"] = rng.randint(31, 63)  # the interviewee's own age, said several ways
        self.cast["third"] = self.new_person("")

    def templates_v15(self) -> Templates:
        """Exchanges with a third voice only where there is one: no driver or base in an
        agency transcript (two voices), the base's calls only in the car."""
        kind = self.state15["kind"]
        drop = {"car": (), "walk": ("R|",), "agency": ("R|", "D|")}[kind]
        if not drop:
            return self.t
        keep = [ex for ex in self.t.exchanges if not any(line.startswith(drop) for line in ex)]
        return dataclasses.replace(self.t, exchanges=keep)

    def turn_v15(self, who: str, sentences: list[str]) -> None:
        rng, b, st = self.rng, self.b, self.state15
        kind = st["kind"]
        if kind == "walk" and who == "P" and rng.random() < 0.07:
            self.tannoy15()
        elif kind != "agency" and rng.random() < 0.06:
            b.lit(rng.choice(self.data15(f"{kind}_noises")) + "\n\n")
        label = {"I": self.ilabel, "P": self.plabel, "D": st["third"], "R": st["radio"]}[who]
        b.lit(f"{label}: ")
        if kind == "agency" and rng.random() < 0.06:
            b.lit(rng.choice(self.data15("agency_marks")) + " ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            if who == "P" and i == 0 and st["voice"] and rng.random() < 0.2:
                b.lit(rng.choice(self.data15(f"voice_{st['voice']}")) + " ")
                s = s[0].lower() + s[1:] if s[:2] not in ("I ", "I'") and not s.startswith("{") else s
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def tannoy15(self) -> None:
        """A tannoy page between turns, naming someone: a PERSON span, title outside."""
        rng, b = self.rng, self.b
        line = rng.choice(self.data15("tannoy"))
        p = self.new_person("Dr")
        parts = line.split("{T}")
        for i, part in enumerate(parts):
            if i:
                b.lit("Dr ")
                b.ent(p.sur, "PERSON", None, "title_surname")
            b.lit(part)
        b.lit("\n\n")

    def slot_v15(self, name: str, args: list[str]) -> bool:
        """Round 19's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        kind = self.state15["kind"]
        if name in self.cast:
            self.person(name, arg or "any")
            if kind == "agency" and self.b.spans[-1]["form"] in ("full", "surname", "title_surname") \
                    and rng.random() < 0.3:
                b.lit(rng.choice(self.data15("ph")))
        elif name == "PHONE":
            self.phone_v15(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v15(name, arg)
        elif name == "POSTCODE":
            self.postcode_v15(arg)
        elif name == "ADDR":
            self.address_v15(arg)
        elif name == "DISPATCH":
            self.address_v15("dispatch")
            b.lit(", ")
            b.ent(rng.choice(self.pools.towns), "LOCATION", None, "town")
            b.lit(", ")
            self.postcode_v15("dispatch")
        elif name == "EMAIL":
            self.email_v15(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v15(arg)
        elif name == "DATE":
            self.date_v15(arg)
        elif name == "DAYONLY":
            self.ent15(ordinal_words(rng.randint(1, 28)), "DATE", "sp_day_only")
        elif name == "AGE":
            self.age_v15(arg, args[1] if len(args) > 1 else None)
        elif name == "NOISE":
            b.lit(rng.choice(self.data15("car_noises" if kind == "car" else "walk_noises")))
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent15(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    def typed15(self) -> bool:
        """An agency typist writes this number or date as numerals (a written form)."""
        return self.state15["kind"] == "agency" and self.rng.random() < 0.35

    # ---- numbers
    def group15(self, g: str, zero: str, runs: bool = True) -> str:
        rng, words, i = self.rng, [], 0
        while i < len(g):
            d = g[i]
            w = zero if d == "0" else UNITS[int(d)]
            run = len(g) - i - len(g[i:].lstrip(d))
            if runs and run >= 3 and rng.random() < self.h.p_triple:
                words.append(f"{rng.choice(self.h.triple_words)} {w}")
                i += 3
            elif runs and run >= 2 and rng.random() < self.h.p_double:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def say15(self, digits: str, groups: list[int], runs: bool = True) -> str:
        rng, zero = self.rng, self.rng.choice(self.h.zero_words)
        parts, pos = [], 0
        for n in groups:
            parts.append(self.group15(digits[pos:pos + n], zero, runs))
            pos += n
        out = parts[0]
        for p in parts[1:]:
            out += rng.choice(self.h.group_seps) + p
        return out

    def phone_v15(self, form: str) -> None:
        rng = self.rng
        mobile = "07" + rng.choice(["624", "624", "700", "754", "919", "845"]) + \
            f"{rng.randint(0, 999999):06d}"
        if form == "landline" or (form == "island" and rng.random() < 0.5):
            areas = self.pools.landline_areas
            area, n = (rng.choice(areas[-2:]) if form == "island" else rng.choice(areas[:-2]))
            digits = "0" + area + f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (n - 1) - 1):0{n - 1}d}"
            if self.typed15():
                self.b.ent(f"{digits[:5]} {digits[5:]}", "PHONE", None, "landline")
            else:
                self.ent15(self.say15(digits, rng.choice([[5, 6], [5, 3, 3]])), "PHONE",
                           "sp_island" if form == "island" else "sp_landline")
        elif form == "island":  # the island's code by name, then the local number alone
            area, lead = rng.choice(self.data15("island_codes")).split("=>", 1)
            local = f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
            self.b.lit(f"{lead}, then ")
            self.ent15(self.say15(local, rng.choice([[3, 3], [2, 4]])), "PHONE", "sp_island_local")
        elif form == "rest":  # "oh seven seven nine seven, and the rest is ..."
            self.ent15(f"{self.say15(mobile[:5], [5])}, {rng.choice(self.data15('rest_is'))} "
                       f"{self.say15(mobile[5:], [3, 3])}", "PHONE", "sp_rest_is")
        elif form == "count":  # the digits counted off after the number (outside the span)
            self.ent15(self.say15(mobile, [5, 3, 3]), "PHONE", "sp_count_check")
            self.b.lit(rng.choice(self.data15("count_checks")))
        elif form == "intl":
            self.ent15(f"plus four four{rng.choice([', ', ' '])}{self.say15(mobile[1:], [4, 3, 3])}",
                       "PHONE", "sp_intl")
        elif form == "mobile":
            if self.typed15():
                self.b.ent(f"{mobile[:5]} {mobile[5:]}", "PHONE", None, "mobile")
            else:
                self.ent15(self.say15(mobile, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]])),
                           "PHONE", "sp_mobile")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def nhs15(self) -> str:
        while True:
            nine = f"{self.rng.randint(1, 9)}{self.rng.randint(0, 10 ** 8 - 1):08d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def chi15(self) -> str:
        rng = self.rng
        while True:
            d = datetime.date(rng.randint(1958, 1995), rng.randint(1, 12), rng.randint(1, 28))
            nine = d.strftime("%d%m%y") + f"{rng.randint(0, 999):03d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def number_v15(self, kind: str, form: str) -> None:
        rng = self.rng
        if kind == "CHI":
            self.ent15(self.say15(self.chi15(), [6, 4]), "NHS_NUMBER", "sp_chi")
            return
        if kind == "NHS":
            digits, type_, groups = self.nhs15(), "NHS_NUMBER", [3, 3, 4]
        else:
            digits = f"{rng.choice('67')}{rng.randint(0, 999999):06d}"
            type_, groups = "GMC_NUMBER", rng.choice([[3, 4], [4, 3]])
        low = "nhs" if kind == "NHS" else "gmc"
        if self.typed15():
            self.b.ent(" ".join([digits[:3], digits[3:6], digits[6:]]) if kind == "NHS" else digits,
                       type_, None, low)
        elif form == "four":  # read off a slip in fours: "four three one oh, nine eight ..."
            self.ent15(self.say15(digits, [4, 3, 3]), type_, "sp_nhs_four")
        elif form == "run":  # digit by digit, no pause, no doubles
            self.ent15(self.say15(digits, [len(digits)], runs=False), type_, f"sp_{low}_run")
        else:
            self.ent15(self.say15(digits, groups), type_, f"sp_{low}")

    # ---- postcodes, addresses
    def outward15(self, outward: str) -> str:
        letters = "".join(c for c in outward if c.isalpha())
        num = int(outward[len(letters):])
        said = cardinal(num) if self.rng.random() < 0.6 or num < 10 else " ".join(
            UNITS[int(c)] for c in str(num))
        return f"{' '.join(letters)} {said}"

    def postcode_v15(self, form: str) -> None:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        digit = rng.randint(1, 9)
        letters = "".join(rng.choice(POSTCODE_LETTERS) for _ in range(2))
        if form == "sector":
            self.ent15(f"{self.outward15(outward)}, {UNITS[digit]}", "POSTCODE", "sp_postcode_sector")
        elif form != "dispatch" and self.typed15():
            self.b.ent(f"{outward} {digit}{letters}", "POSTCODE", None, "postcode")
        else:
            sep = rng.choice([", ", " ", "... "])
            said = f"{self.outward15(outward)}{sep}{UNITS[digit]} {' '.join(letters)}"
            self.ent15(said, "POSTCODE", "sp_dispatch" if form == "dispatch" else "sp_postcode")

    def address_v15(self, form: str) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        n = rng.randint(1, 140)
        if form == "island":
            self.ent15(f"{rng.choice(self.data15('house_names'))}, {street}", "LOCATION",
                       "sp_address_named")
        elif form != "dispatch" and self.typed15():
            self.b.ent(f"{n} {street}", "LOCATION", None, "address")
        else:
            self.ent15(f"{cardinal(n)} {street}", "LOCATION",
                       "sp_dispatch" if form == "dispatch" else "sp_address")

    # ---- e-mails, spellings
    def local15(self, who: str) -> tuple[str, str, str | None]:
        """(local part, domain, register code) of whose e-mail it is."""
        rng = self.rng
        p = self.cast["self" if who == "self_other" else who]
        if who == "self_other":
            local = f"{p.first}{p.sur}{rng.randint(1, 99)}".lower().replace(" ", "").replace("-", "")
            return local, rng.choice(self.pools.email_domains[5:]), p.code
        if p.email:
            local, domain = p.email.split("@", 1)
            return local, domain, p.code
        local = f"{p.first}.{p.sur}".lower().replace(" ", "").replace("'", "")
        return local, rng.choice(self.pools.email_domains[:5]), None

    def email_v15(self, who: str, form: str) -> None:
        rng = self.rng
        local, domain, code = self.local15(who)
        if self.typed15():
            self.b.ent(f"{local}@{domain}", "EMAIL", code, "typed")
            return
        said_dom = self.pairs15("domain_said")
        dom = " dot ".join(said_dom.get(part, part) for part in domain.split("."))
        if form == "initials":  # the whole local part letter by letter
            bits = []
            for c in local:
                bits.append({".": "dot", "-": "hyphen", "_": "underscore"}.get(c, c))
            said, f = " ".join(bits), "sp_email_letters"
        else:
            said = local.replace(".", " dot ").replace("_", " underscore ").replace("-", " hyphen ")
            f = "sp_email"
        self.ent15(f"{said} {rng.choice(['at', 'at', 'at sign'])} {dom}", "EMAIL", f, code)

    def spelled_v15(self, who: str) -> None:
        rng, p = self.rng, self.cast[who]
        sep = rng.choice([" ", ", ", " "])
        out, i, sur = [], 0, p.sur.upper()
        while i < len(sur):
            c = sur[i]
            if c == " ":
                out.append(rng.choice(self.data15("spell_space")))
            elif c == "-":
                out.append("hyphen")
            elif i + 1 < len(sur) and sur[i + 1] == c and rng.random() < 0.6:
                out.append(f"double {c}")
                i += 1
            else:
                out.append(c)
            i += 1
        self.b.ent(sep.join(out), "PERSON", p.code, "sp_spelled")

    # ---- dates and ages
    def year15(self, y: int) -> str:
        if 2000 <= y < 2010:
            return f"two thousand and {UNITS[y - 2000]}"
        if y >= 2010 and self.rng.random() < 0.3:
            return f"two thousand and {cardinal(y - 2000)}"
        return f"{cardinal(y // 100)} {cardinal(y % 100) if y % 100 >= 10 else 'oh ' + UNITS[y % 10]}"

    def the15(self) -> None:
        self.b.lit("The " if self.b.at_sentence_start() else "the ")

    def date_v15(self, form: str) -> None:
        rng = self.rng
        y = rng.randint(2004, 2024)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        month, day = MONTHS[m - 1], ordinal_words(d)
        abbr = self.data15("month_abbrev")[0].split()[m - 1]
        if form in ("dom_abbrev", "dom_abbrev_y"):
            if rng.random() < 0.6:
                self.the15()
                s = f"{day} of {abbr}"
            else:
                s = f"{abbr} the {day}"
            if form == "dom_abbrev_y":
                s += f", {self.year15(y)}"
            self.ent15(s, "DATE", "sp_" + form)
        elif form == "night_of":  # "the night of the [fourth into the fifth of June]"
            d = min(d, 27)
            self.b.ent(f"{ordinal_words(d)} into the {ordinal_words(d + 1)} of {month}", "DATE", None,
                       "sp_night_of")
        elif form == "weekday_dom":
            wd = WEEKDAYS[datetime.date(y, m, d).weekday()]
            if self.typed15():
                self.b.ent(f"{wd} {d} {month}", "DATE", None, "dmy")
            else:
                self.ent15(f"{wd} the {day} of {month}", "DATE", "sp_weekday_dom")
        elif form == "month_year":
            if self.typed15():
                self.b.ent(f"{month} {y}", "DATE", None, "month_year")
            else:
                self.ent15(f"{month} {self.year15(y)}", "DATE", "sp_month_year")
        elif form == "dom_y":
            if self.typed15():
                self.b.ent(f"{d} {month} {y}", "DATE", None, "dmy")
            else:
                self.the15()
                self.ent15(f"{day} of {month}, {self.year15(y)}", "DATE", "sp_dom_y")
        elif form in ("dob", "dob_yy", "dob_run"):
            by = 2025 - self.state15["age"] - rng.choice([0, 1])
            if self.typed15():
                self.b.ent(f"{d:02d}/{m:02d}/{by}", "DATE", None, "dob_slash")
            elif form == "dob":
                self.the15()
                self.ent15(f"{day} of {month}, {self.year15(by)}", "DATE", "sp_dob")
            elif form == "dob_yy":
                self.ent15(f"{month} the {day}, {cardinal(by % 100) if by % 100 >= 10 else 'oh ' + UNITS[by % 10]}",
                           "DATE", "sp_dob_yy")
            else:
                self.ent15(self.say15(f"{d:02d}{m:02d}{by % 100:02d}", [6], runs=False), "DATE",
                           "sp_dob_run")
        elif form == "holiday_y":  # Tynwald Day (the fifth of July) with a year
            by = 2025 - self.state15["age"] - rng.choice([0, 1])
            self.ent15(f"{rng.choice(self.data15('holiday'))}, {self.year15(by)}", "DATE",
                       "sp_holiday_y")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v15(self, form: str, kind: str | None) -> None:
        rng = self.rng
        if kind is None and form in ("answer", "words", "half"):
            n = self.state15["age"]
        else:
            lo, hi = self.AGE_RANGES[kind or "adult"]
            n = rng.randint(lo, hi)
        if form == "half":
            self.ent15(f"{cardinal(n)} and a half", "AGE", "sp_and_a_half")
        elif form in ("knocking", "shy"):
            self.ent15(cardinal(max(2, (n + 5) // 10) * 10), "AGE", f"sp_{form}")
        elif form == "odd":
            self.ent15(f"{cardinal(max(2, n // 10) * 10)}-odd", "AGE", "sp_odd")
        elif form == "gone":
            self.ent15(cardinal(max(2, n // 10) * 10 if rng.random() < 0.5 else n), "AGE", "sp_gone")
        elif form in ("answer", "words", "year_old"):
            self.ent15(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    # ----------------------------------------------------------------- round 20 (heldout16)
    # Used only by a set whose habits say ``v16`` (heldout16); every other set renders byte for
    # byte as before. Its words (labels, typing and writing marks, area-code towns, numbers from
    # home, the given names its speakers spell with, feast days, house names) are its own data,
    # in ``self.t.negatives`` under keys starting "_".
    def data16(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v16(self) -> None:
        """A document is a think-aloud session at a form, a medical-staffing check, or a Teams
        transcript export (a study account's label for the researcher; the participant's
        display name, surname first, their first name or their device's name)."""
        rng, me = self.rng, self.cast["self"]
        style = rng.choice(self.data16("styles"))
        self.state16["style"] = style
        if style == "teams":
            self.ilabel = rng.choice(self.data16("teams_accounts"))
            self.state16["display"] = rng.choice(["sur_first", "first", "device", "device", "device"])
            self.state16["device"] = rng.choice(self.data16("devices"))
            self.state16["org"] = rng.choice(self.data16("orgs_teams"))
            self.state16["clock"] = rng.randint(5, 90)
        else:
            ilabel, plabel = rng.choice(self.data16(f"labels_{style}")).split("=>", 1)
            self.ilabel, self.plabel = ilabel, plabel.replace("{code}", me.code or "P")
        self.state16["zero"] = ("zero" if me.first in self.data16("zero_by_speaker")
                                and rng.random() < 0.85 else rng.choice(("oh", "oh", "nought", "zero")))

    def turn_v16(self, who: str, sentences: list[str]) -> None:
        rng, b, style = self.rng, self.b, str(self.state16["style"])
        if who == "N":  # a researcher's note or a pasted text: no speaker label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        if style == "teams":
            c = int(self.state16["clock"]) + rng.randint(3, 75)  # type: ignore[call-overload]
            self.state16["clock"] = c
            stamp = f"{c // 3600}:{c // 60 % 60:02d}:{c % 60:02d}" if c >= 3600 else f"{c // 60}:{c % 60:02d}"
            if who == "P":
                me, display = self.cast["self"], self.state16["display"]
                if display == "sur_first":
                    b.ent(f"{me.sur}, {me.first}", "PERSON", me.code, "speaker_label")
                elif display == "first":
                    b.ent(me.first, "PERSON", me.code, "speaker_label")
                else:
                    b.lit(str(self.state16["device"]))
                org = str(self.state16["org"])
                b.lit(f" {org}   {stamp}\n" if org else f"   {stamp}\n")
            else:
                b.lit(f"{self.ilabel}   {stamp}\n")
        else:
            b.lit(f"{self.ilabel if who == 'I' else self.plabel}: ")
            if who == "P" and rng.random() < 0.1:
                b.lit(rng.choice(self.data16(f"marks_{style}")))
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def slot_v16(self, name: str, args: list[str]) -> bool:
        """Round 20's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v16(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v16(name, arg)
        elif name == "POSTCODE":
            self.postcode_v16(arg)
        elif name == "ADDR":
            self.address_v16(arg)
        elif name == "EMAIL":
            self.email_v16(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v16(arg)
        elif name == "DATE":
            self.date_v16(arg)
        elif name == "AGE":
            self.age_v16(arg, args[1] if len(args) > 1 else None)
        elif name == "NEG":
            self.b.lit(self.cap(self.rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent16(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- numbers
    def digit16(self, d: str) -> str:
        return str(self.state16["zero"]) if d == "0" else UNITS[int(d)]

    def group16(self, g: str, doubles: bool = True) -> list[str]:
        words: list[str] = []
        i = 0
        while i < len(g):
            if doubles and i + 1 < len(g) and g[i + 1] == g[i] and self.rng.random() < self.h.p_double:
                words.append(f"double {self.digit16(g[i])}")
                i += 2
            else:
                words.append(self.digit16(g[i]))
                i += 1
        return words

    def say16(self, digits: str, groups: list[int], base: str) -> tuple[str, str]:
        """A digit string said in this set's ways; returns (text, form). Modes: plain groups;
        "and" before the last digit ("six, two and nine"); a typing, writing or drop-out mark
        inside (the think-aloud's keyboard, the staffing officer's pen, a Teams call)."""
        rng, style = self.rng, str(self.state16["style"])
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        mode = rng.choice(["plain", "plain", "plain", "and", "and", "inner", "inner"])
        said = [" ".join(self.group16(g, doubles=not (mode == "and" and j == len(parts) - 1)))
                for j, g in enumerate(parts)]
        form = base
        if mode == "and":
            last = said[-1].rsplit(" ", 1)
            if len(last) == 2:
                said[-1] = f"{last[0]} and {last[1]}"
                form = "sp_and_last"
        seps = self.h.group_seps
        k = rng.randrange(1, len(said)) if len(said) > 1 else 0
        out = said[0]
        for j, s in enumerate(said[1:], start=1):
            if j == k and mode == "inner":
                out += rng.choice(self.data16(f"inner_{style}")) + s
                form = {"think": "sp_typing", "staffing": "sp_writing", "teams": "sp_dropout"}[style]
            else:
                out += rng.choice(seps) + s
        return out, form

    def mobile16(self) -> str:
        return "07" + self.rng.choice("4579") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v16(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "typed":
            d = self.mobile16()
            b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}", d]), "PHONE", None, "mobile")
            return
        if form == "named":  # "the <town> code, then four five six, seven eight nine"
            town, _ = rng.choice(self.data16("area_towns")).split("=>", 1)
            b.lit(rng.choice(["It's the ", "The "]) if b.at_sentence_start() else "the ")
            b.ent(town, "LOCATION", None, "town")
            b.lit(rng.choice([" code, then ", " code and then ", " number, "]))
            d = f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
            s, f = self.say16(d, [3, 3], "sp_local")
            b.ent(s, "PHONE", None, f)
            return
        if form == "home":  # a number from the country they trained in, with its code
            lead, first, n = rng.choice(self.data16("home_numbers")).split("=>")
            d = first + f"{rng.randint(0, 10 ** (int(n) - 1) - 1):0{int(n) - 1}d}"
            groups = [3, 3, len(d) - 6] if len(d) > 7 else [3, len(d) - 3]
            s, f = self.say16(d, groups, "sp_intl")
            self.ent16(f"{lead}, {s}", "PHONE", f)
            return
        if form == "landline":
            _, area = rng.choice(self.data16("area_towns")).split("=>", 1)
            d = area + f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
            groups, base = [5, 3, 3], "sp_landline"
        else:
            d, groups, base = self.mobile16(), rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]]), "sp_mobile"
        s, f = self.say16(d, groups, base)
        self.ent16(s, "PHONE", f)

    def number_v16(self, kind: str, form: str) -> None:
        rng = self.rng
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        if kind == "GMC":
            d = f"{rng.randint(6, 7)}{rng.randint(0, 999999):06d}"
            groups = rng.choice([[7], [3, 4], [4, 3]])
        elif kind == "CHI":
            d = self.chi_digits()
            groups = [6, 4]
        else:
            d = self.nhs_digits()
            groups = [3, 3, 4]
        if form == "typed":
            written = d
            if kind == "NHS":
                written = rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d])
            self.b.ent(written, type_, None, kind.lower())
            return
        if kind == "CHI" and form == "pairs":  # "oh four, oh nine, eighty-six, then two one four seven"
            zero = str(self.state16["zero"])
            pairs = [f"{zero} {UNITS[int(p[1])]}" if p[0] == "0" else cardinal(int(p))
                     for p in (d[0:2], d[2:4], d[4:6])]
            tail = " ".join(self.group16(d[6:]))
            joiner = rng.choice([", then ", ", and then ", " - ", ", "])
            self.ent16(", ".join(pairs) + joiner + tail, type_, "sp_chi_pairs")
            return
        s, f = self.say16(d, groups, f"sp_{kind.lower()}")
        self.ent16(s, type_, f)

    # ---- postcodes and addresses
    def postcode_v16(self, form: str) -> None:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            self.b.ent(rng.choice([f"{outward} {inward}", f"{outward} {inward}", outward + inward]),
                       "POSTCODE", None, "postcode")
            return
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        caps = self.state16["style"] == "think" and rng.random() < 0.5
        double = not caps and letters[0] == letters[-1] and len(letters) == 2 and rng.random() < 0.7

        def letter(c: str) -> str:
            return f"capital {c}" if caps else c
        said_letters = f"double {letters[0]}" if double else (", " if caps else " ").join(
            letter(c) for c in letters)
        said_num = (cardinal(int(num)) if len(num) == 2 and rng.random() < 0.6
                    else " ".join(self.digit16(c) for c in num))
        out = f"{said_letters}{', ' if caps else ' '}{said_num}"
        form_name = "sp_postcode_caps" if caps else "sp_postcode_double" if double else "sp_postcode"
        if form == "part":
            self.ent16(out, "POSTCODE", "sp_part_postcode")
            return
        inn = (", ".join([self.digit16(inward[0]), letter(inward[1]), letter(inward[2])]) if caps
               else f"{self.digit16(inward[0])} {inward[1]} {inward[2]}")
        self.ent16(f"{out}{rng.choice([', ', ' ', ', space, ' if caps else ' - '])}{inn}", "POSTCODE",
                   form_name)

    def address_v16(self, form: str) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        n = rng.randint(2, 140)
        if form == "typed":
            self.b.ent(rng.choice([f"{n} {street}", f"{n}/{rng.randint(1, 3)} {street}"])
                       if street in self.data16("tenement_streets") else f"{n} {street}",
                       "LOCATION", None, "address")
            return
        if form == "house":  # a village house with a name, no number
            self.ent16(f"{rng.choice(self.data16('house_names'))}, {street}", "LOCATION", "sp_house_name")
            return
        if form == "stroke":  # a tenement flat: "flat two stroke one, fourteen <street>"
            street = rng.choice(self.data16("tenement_streets"))
            flat = f"{cardinal(rng.randint(1, 3))} stroke {cardinal(rng.randint(1, 3))}"
            self.ent16(rng.choice([f"flat {flat}, {cardinal(n)} {street}",
                                   f"{cardinal(n)} {street}, flat {flat}"]), "LOCATION", "sp_stroke_flat")
            return
        said = cardinal(n, hundred_a=True) if n >= 100 else cardinal(n)
        if rng.random() < 0.2:
            said += rng.choice([" B", " A"])
        self.ent16(f"{said} {street}", "LOCATION", "sp_address")

    # ---- e-mails and spellings
    def email_v16(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast["self" if who == "self_other" else who]
        fn = Writer.plain10(p.first)
        sn = Writer.plain10(p.sur.replace(" ", ""))
        if p.email and who in ("self", "reg"):
            address = p.email
        elif who == "self_other":
            address = f"{rng.choice([fn, fn[0]])}{rng.choice(['', '.', '_'])}{sn}{rng.randint(1, 99)}@{rng.choice(self.pools.email_domains)}"
        else:
            address = f"{fn}.{sn}@{rng.choice(self.pools.email_domains[:7])}"
        if form == "typed":
            b.ent(address, "EMAIL", p.code, "email")
            return
        style = str(self.state16["style"])
        local, domain = address.split("@", 1)

        def say(piece: str) -> str:
            out: list[str] = []
            for bit in re.split(r"([._-])", piece):
                if bit == ".":
                    out.append("dot")
                elif bit == "_":
                    out.append("underscore")
                elif bit == "-":
                    out.append("hyphen")
                elif bit:
                    m = re.fullmatch(r"([a-z]*?)(\d+)", bit)
                    if m:
                        if m.group(1):
                            out.append(m.group(1))
                        out.append(" ".join(self.digit16(c) for c in m.group(2)))
                    elif len(bit) <= 4 and bit not in ("com", "net", "scot", "mail"):
                        out.append(" ".join(bit))
                    else:
                        out.append(bit)
            return " ".join(out)
        if style == "staffing" and rng.random() < 0.6:
            b.lit(self.cap(rng.choice(self.data16("email_leads"))) + ", ")
        at = rng.choice(["at sign", "at", "the at"]) if style == "think" else "at"
        said = f"{say(local)} {at} {say(domain)}"
        f = "sp_email"
        if style == "think" and rng.random() < 0.6:
            bits = said.split(" ")
            k = rng.randrange(1, len(bits))
            said = f"{' '.join(bits[:k])} {rng.choice(self.data16('email_marks'))} {' '.join(bits[k:])}"
            f = "sp_email_typed"
        self.ent16(said, "EMAIL", f, p.code)

    def spelled_v16(self, who: str) -> None:
        rng = self.rng
        p = self.cast[who]
        plain = unicodedata.normalize("NFKD", p.sur)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        names = {n[0]: n for n in self.data16("spell_names")}
        with_names = rng.random() < 0.55
        out: list[str] = []
        i = 0
        while i < len(plain):
            c = plain[i].upper()
            if c in " -'":
                out.append({" ": "space", "-": "hyphen", "'": "apostrophe"}[c])
                i += 1
            elif with_names and rng.random() < 0.75:
                out.append(f"{c} for {names[c]}")
                i += 1
            elif not with_names and i + 1 < len(plain) and plain[i + 1].upper() == c:
                out.append(f"double {c}")
                i += 2
            else:
                out.append(c)
                i += 1
        sep = ", " if with_names else rng.choice([" ", ", ", "-"])
        if sep == "-" and any(" " in x for x in out):
            sep = ", "
        self.b.ent(sep.join(out), "PERSON", p.code, "sp_spelled_names" if with_names else "sp_spelled")

    # ---- dates and ages
    def year16(self, y: int, short: bool = False) -> str:
        rng = self.rng
        if short:
            return cardinal(y % 100) if y % 100 >= 10 else f"{self.state16['zero']} {UNITS[y % 10]}"
        if y < 2000:
            return f"nineteen {cardinal(y % 100) if y % 100 >= 10 else 'oh ' + UNITS[y % 10]}"
        if y < 2010 or rng.random() < 0.35:
            return f"two thousand and {cardinal(y - 2000)}" if y > 2000 else "two thousand"
        return f"twenty {cardinal(y - 2000)}"

    def date_v16(self, form: str) -> None:
        rng = self.rng
        y = rng.randint(2008, 2025)
        by = rng.randint(1964, 1998)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dw, mon = ordinal_words(d), MONTHS[m - 1]
        if form in ("slash", "slashdob"):  # read off the form as typed: "oh three slash ..."
            yy = by if form == "slashdob" else y

            def two(x: int) -> str:
                return f"{self.state16['zero']} {UNITS[x]}" if x < 10 else cardinal(x)
            self.ent16(f"{two(d)} slash {two(m)} slash {self.year16(yy)}", "DATE", "sp_slash")
        elif form == "feast":  # a date of birth said as the feast day it fell on, with its year
            feast = rng.choice(self.data16("feasts")).split("=>", 1)[0]
            self.ent16(rng.choice([f"{feast}, {self.year16(by)}", f"{feast} {self.year16(rng.randint(2010, 2022))}",
                                   f"{feast}, {self.year16(by, short=True)}"]), "DATE", "sp_feast")
        elif form == "weekday":
            wd = WEEKDAYS[rng.randrange(7)]
            self.ent16(rng.choice([f"{wd}, the {dw} of {mon}", f"{wd} the {dw} of {mon}, {self.year16(y)}"]),
                       "DATE", "sp_weekday_dom")
        elif form == "dom_y":
            self.ent16(rng.choice([f"{dw} of {mon}, {self.year16(y)}", f"{dw} of {mon} {self.year16(y)}"]),
                       "DATE", "sp_dom_y")
        elif form == "month_yy":  # "October twenty-three": the year said short
            self.ent16(f"{mon} {self.year16(y, short=True)}", "DATE", "sp_month_yy")
        elif form == "dob":
            if rng.random() < 0.5:
                self.ent16(f"{dw} of {mon}, {self.year16(by, short=True)}", "DATE", "sp_dob_yy")
            else:
                self.ent16(f"{mon} the {dw}, {self.year16(by)}", "DATE", "sp_dob")
        elif form == "birthyear":
            self.ent16(self.year16(by, short=rng.random() < 0.4), "DATE", "sp_birth_year")
        elif form == "typed":
            self.b.ent(rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon[:3]} {y}", f"{d} {mon} {y}"]),
                       "DATE", None, "dmy")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v16(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if form == "months":  # a baby's age in months: "[eighteen] months"
            self.ent16(cardinal(rng.randint(7, 22)), "AGE", "sp_months")
        elif form == "half":  # "[six and a half]"
            self.ent16(f"{cardinal(rng.randint(2, 11))} and a half", "AGE", "sp_and_half")
        elif form == "next":  # "[forty-one] in March"
            self.ent16(cardinal(n), "AGE", "sp_in_month")
            self.b.lit(" " + rng.choice(self.data16("months_of")))
        elif form in ("answer", "words"):
            self.ent16(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)


@dataclass(frozen=True)
class CorpusSpec:
    name: str
    seed: int | str
    n_docs: int
    pools: Pools
    templates: Templates
    habits: Habits
    exchanges: tuple[int, int]
    code_format: str = "P{:02d}"     # register codes: P01, ... (heldout2: SX-01, heldout3: ZQ-01)


def _load_content(name: str) -> ModuleType:
    """A set whose content lives in its own module next to this file (plain data: dicts for
    Pools, Templates and Habits), so this file's text holds none of its names."""
    spec = importlib.util.spec_from_file_location(f"_spoken_{name}_content", HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_H2 = _load_content("heldout2")
HELDOUT2_POOLS = Pools(**_H2.POOLS)
HELDOUT2 = Templates(**_H2.TEMPLATES)
HELDOUT2_HABITS = Habits(**_H2.HABITS)

_H3 = _load_content("heldout3")
HELDOUT3_POOLS = Pools(**_H3.POOLS)
HELDOUT3 = Templates(**_H3.TEMPLATES)
HELDOUT3_HABITS = Habits(**_H3.HABITS)

_H5 = _load_content("heldout5")
HELDOUT5_POOLS = Pools(**_H5.POOLS)
HELDOUT5 = Templates(**_H5.TEMPLATES)
HELDOUT5_HABITS = Habits(**_H5.HABITS)

_H6 = _load_content("heldout6")
HELDOUT6_POOLS = Pools(**_H6.POOLS)
HELDOUT6 = Templates(**_H6.TEMPLATES)
HELDOUT6_HABITS = Habits(**_H6.HABITS)

_H7 = _load_content("heldout7")
HELDOUT7_POOLS = Pools(**_H7.POOLS)
HELDOUT7 = Templates(**_H7.TEMPLATES)
HELDOUT7_HABITS = Habits(**_H7.HABITS)

_H8 = _load_content("heldout8")
HELDOUT8_POOLS = Pools(**_H8.POOLS)
HELDOUT8 = Templates(**_H8.TEMPLATES)
HELDOUT8_HABITS = Habits(**_H8.HABITS)

_H9 = _load_content("heldout9")
HELDOUT9_POOLS = Pools(**_H9.POOLS)
HELDOUT9 = Templates(**_H9.TEMPLATES)
HELDOUT9_HABITS = Habits(**_H9.HABITS)

_H10 = _load_content("heldout10")
HELDOUT10_POOLS = Pools(**_H10.POOLS)
HELDOUT10 = Templates(**_H10.TEMPLATES)
HELDOUT10_HABITS = Habits(**_H10.HABITS)

_H11 = _load_content("heldout11")
HELDOUT11_POOLS = Pools(**_H11.POOLS)
HELDOUT11 = Templates(**_H11.TEMPLATES)
HELDOUT11_HABITS = Habits(**_H11.HABITS)

_H12 = _load_content("heldout12")
HELDOUT12_POOLS = Pools(**_H12.POOLS)
HELDOUT12 = Templates(**_H12.TEMPLATES)
HELDOUT12_HABITS = Habits(**_H12.HABITS)

_H13 = _load_content("heldout13")
HELDOUT13_POOLS = Pools(**_H13.POOLS)
HELDOUT13 = Templates(**_H13.TEMPLATES)
HELDOUT13_HABITS = Habits(**_H13.HABITS)

_H14 = _load_content("heldout14")
HELDOUT14_POOLS = Pools(**_H14.POOLS)
HELDOUT14 = Templates(**_H14.TEMPLATES)
HELDOUT14_HABITS = Habits(**_H14.HABITS)

_H15 = _load_content("heldout15")
HELDOUT15_POOLS = Pools(**_H15.POOLS)
HELDOUT15 = Templates(**_H15.TEMPLATES)
HELDOUT15_HABITS = Habits(**_H15.HABITS)

_H16 = _load_content("heldout16")
HELDOUT16_POOLS = Pools(**_H16.POOLS)
HELDOUT16 = Templates(**_H16.TEMPLATES)
HELDOUT16_HABITS = Habits(**_H16.HABITS)

_H4 = _load_content("heldout4")
HELDOUT4_POOLS = Pools(**_H4.POOLS)
HELDOUT4 = Templates(**_H4.TEMPLATES)
HELDOUT4_HABITS = Habits(**_H4.HABITS)
# ---------------------------------------------------------------- dev2
# A second development set (issue 14 round 5, tune-spoken): the dev pools and templates, with
# the Writer's later habits switched on (written here, not copied from any held-out set) plus
# exchanges of its own, so the spoken grammars can be tuned on more ways of saying things than
# the dev set's one author uses. A development set: misses may be looked at freely.

NATO = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
        "Juliet", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo",
        "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "X-ray", "Yankee", "Zulu")

DEV2_HABITS = Habits(
    zero_words=("oh", "zero", "nought", "oh"),
    p_double=0.6, p_triple=0.6, triple_words=("triple", "treble"),
    p_hundred=0.3, p_pair_number=0.2,
    group_seps=(", ", " ", " — ", ". ", ", um, ", "... ", " - ", ", like, ", ", sorry, ",
                ", er, hang on, ", " ... "),
    digit_seps=(" ", " ", "-"),
    p_mixed=0.12, p_all_digits=0.12,
    hyphen=("-", " ", "-"),
    fillers=("um", "er", "erm"),
    joiners=(" ", "-"),
    p_zero_each=0.5,
    intl_leads=("plus four four", "plus forty-four", "oh-oh-four-four", "double four",
                "zero zero four four", "+44", "plus four-four", "oh oh four four"),
    at_words=("at", "at", "at sign", "at symbol"),
    spell_words=NATO,
    p_spell_words=0.4,
    p_email_spelled=0.3,
    p_house_digits=0.4,
    p_timestamps=0.25,
    year_extra=True,
    p_date_orders=0.5,
)

DEV2_POOLS = Pools(**{**DEV_POOLS.__dict__, "postcode_outward": [
    *DEV_POOLS.postcode_outward, "NW10", "EC2A", "W1T", "E14", "WC1N", "B15", "BS8", "L17",
    "G3", "KY16", "SE22", "N7"]})

DEV2 = Templates(**{**DEV.__dict__, "exchanges": [*DEV.exchanges,
    # ages said other ways
    ["I|And what age are you now?", "P|Um, {AGE:answer}, I think. Yeah."],
    ["I|How old's your mum now?", "P|She's {AGE:words:elderly}. Still driving, God help us."],
    ["P|A {AGE:year_old:patient}-year-old man came in with chest pain, and I just knew."],
    ["P|I'll be {AGE:next} next birthday, which is terrifying."],
    ["P|It was the big {AGE:big}, and they threw me a party in the mess."],
    ["I|How old were you when you went into medicine?", "P|Er, {AGE:answer:qual}? Maybe {AGE:answer:qual}."],
    ["P|My grandad's {AGE:words:oldest} and he still does the crossword every morning."],
    ["I|How old was she?", "P|{AGE:answer:oldest}. Got a card and everything."],
    ["P|The patient was {AGE:words:patient} years old and had never been in hospital before."],
    ["I|Sorry, how old did you say?", "P|{AGE:answer}. I know, I don't look it."],
    ["I|And you'd have been how old then?", "P|Oh, {AGE:interjection:young}, {AGE:interjection:young}, something like that."],
    ["P|She was a {AGE:year_old:child}-year-old, and her dad was on the ward with her."],
    # age and date hard negatives of this set
    ["I|How many years did you train for?", "P|Twelve. Twelve years, start to finish."],
    ["P|I was on call for seventy-two hours straight, once, and the third time it happened I complained."],
    ["P|I take twenty milligrams of citalopram in the morning now, and it helps."],
    ["I|How long was the waiting list?", "P|Eighteen weeks. Longer, for some."],
    ["P|The two thousand and eight reforms changed everything, and in the eighties it was worse."],
    ["P|We meet at ten to six on the second Monday of every month."],
    # numbers said other ways
    ["I|What's the easiest number for you?", "P|Mobile, {PHONE:mobile}. Or the house, {PHONE:landline}."],
    ["P|When I'm abroad it's {PHONE:intl}, same phone."],
    ["I|Can you read me the NHS number?", "P|Yeah, hang on, {NHS:spoken}."],
    ["I|And the GMC number?", "P|Sorry, it's {GMC:spoken}."],
    ["P|The Datix number was {BADNUM}, and I chased it for months."],
    ["P|My bleep's {BLEEP}, if anyone needs me, and I'm in room {ROOM}."],
    # postcodes, addresses, e-mails, spellings
    ["I|And the postcode there?", "P|Um, {POSTCODE:spoken}, I think, yeah."],
    ["P|We moved to {ADDR:spoken}, {POSTCODE:spoken}, just before the baby."],
    ["I|Where do you live?", "P|{ADDR:spoken}, in {TOWN}."],
    ["I|What e-mail should I send it to?", "P|{EMAIL:self_other:spoken}, please."],
    ["P|Her e-mail's {EMAIL:col:spoken}, I think."],
    ["I|How do you spell your surname?", "P|{SPELLED:self}."],
    ["P|I worked with a consultant called {col:title}, that's {SPELLED:col}."],
]})

SPECS: dict[str, CorpusSpec] = {
    "dev": CorpusSpec("dev", 20_261_114, 40, DEV_POOLS, DEV, DEV_HABITS, (38, 48)),
    "heldout": CorpusSpec("heldout", 77_003_19, 48, HELDOUT_POOLS, HELDOUT, HELDOUT_HABITS, (38, 48)),
    # written blind (issue 14, round 5): never scored before it was committed
    "heldout2": CorpusSpec("heldout2", _H2.SEED, _H2.N_DOCS, HELDOUT2_POOLS, HELDOUT2,
                           HELDOUT2_HABITS, _H2.EXCHANGES, _H2.CODE_FORMAT),
    # written blind (issue 14, round 6): never scored before it was committed
    "heldout3": CorpusSpec("heldout3", _H3.SEED, _H3.N_DOCS, HELDOUT3_POOLS, HELDOUT3,
                           HELDOUT3_HABITS, _H3.EXCHANGES, _H3.CODE_FORMAT),
    # written blind (issue 14, round 7): never scored before it was committed
    "heldout4": CorpusSpec("heldout4", _H4.SEED, _H4.N_DOCS, HELDOUT4_POOLS, HELDOUT4,
                           HELDOUT4_HABITS, _H4.EXCHANGES, _H4.CODE_FORMAT),
    # written blind (issue 14, round 8): never scored before it was committed
    "heldout5": CorpusSpec("heldout5", _H5.SEED, _H5.N_DOCS, HELDOUT5_POOLS, HELDOUT5,
                           HELDOUT5_HABITS, _H5.EXCHANGES, _H5.CODE_FORMAT),
    # written blind (issue 14, round 9): never scored before it was committed
    "heldout6": CorpusSpec("heldout6", _H6.SEED, _H6.N_DOCS, HELDOUT6_POOLS, HELDOUT6,
                           HELDOUT6_HABITS, _H6.EXCHANGES, _H6.CODE_FORMAT),
    # written blind (issue 14, round 11): never scored before it was committed
    "heldout7": CorpusSpec("heldout7", _H7.SEED, _H7.N_DOCS, HELDOUT7_POOLS, HELDOUT7,
                           HELDOUT7_HABITS, _H7.EXCHANGES, _H7.CODE_FORMAT),
    # written blind (issue 14, round 12): never scored before it was committed
    "heldout8": CorpusSpec("heldout8", _H8.SEED, _H8.N_DOCS, HELDOUT8_POOLS, HELDOUT8,
                           HELDOUT8_HABITS, _H8.EXCHANGES, _H8.CODE_FORMAT),
    # written blind (issue 14, round 13): never scored before it was committed
    "heldout9": CorpusSpec("heldout9", _H9.SEED, _H9.N_DOCS, HELDOUT9_POOLS, HELDOUT9,
                           HELDOUT9_HABITS, _H9.EXCHANGES, _H9.CODE_FORMAT),
    # written blind (issue 14, round 14): never scored before it was committed
    "heldout10": CorpusSpec("heldout10", _H10.SEED, _H10.N_DOCS, HELDOUT10_POOLS, HELDOUT10,
                            HELDOUT10_HABITS, _H10.EXCHANGES, _H10.CODE_FORMAT),
    # written blind (issue 14, round 15): never scored before it was committed
    "heldout11": CorpusSpec("heldout11", _H11.SEED, _H11.N_DOCS, HELDOUT11_POOLS, HELDOUT11,
                            HELDOUT11_HABITS, _H11.EXCHANGES, _H11.CODE_FORMAT),
    # written blind (issue 14, round 16): never scored before it was committed
    "heldout12": CorpusSpec("heldout12", _H12.SEED, _H12.N_DOCS, HELDOUT12_POOLS, HELDOUT12,
                            HELDOUT12_HABITS, _H12.EXCHANGES, _H12.CODE_FORMAT),
    # written blind (issue 14, round 17): never scored before it was committed
    "heldout13": CorpusSpec("heldout13", _H13.SEED, _H13.N_DOCS, HELDOUT13_POOLS, HELDOUT13,
                            HELDOUT13_HABITS, _H13.EXCHANGES, _H13.CODE_FORMAT),
    # written blind (issue 14, round 18): never scored before it was committed
    "heldout14": CorpusSpec("heldout14", _H14.SEED, _H14.N_DOCS, HELDOUT14_POOLS, HELDOUT14,
                            HELDOUT14_HABITS, _H14.EXCHANGES, _H14.CODE_FORMAT),
    # written blind (issue 14, round 19): never scored before it was committed
    "heldout15": CorpusSpec("heldout15", _H15.SEED, _H15.N_DOCS, HELDOUT15_POOLS, HELDOUT15,
                            HELDOUT15_HABITS, _H15.EXCHANGES, _H15.CODE_FORMAT),
    "heldout16": CorpusSpec("heldout16", _H16.SEED, _H16.N_DOCS, HELDOUT16_POOLS, HELDOUT16,
                            HELDOUT16_HABITS, _H16.EXCHANGES, _H16.CODE_FORMAT),
    # a second development set: dev's pools and templates said more ways (see DEV2 above)
    "dev2": CorpusSpec("dev2", 2026_12_05_21, 40, DEV2_POOLS, DEV2, DEV2_HABITS, (38, 48)),
}


def register_people(pools: Pools, code_format: str = "P{:02d}") -> list[Person]:
    return [Person(first, sur, aliases, code_format.format(i), f"{local}@{domain}")
            for i, (first, sur, aliases, local, domain) in enumerate(pools.register, start=1)]


def register_csv(people: list[Person]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["name", "code", "aliases", "email"])
    for p in people:
        w.writerow([f"{p.first} {p.sur}", p.code, ";".join(p.aliases), p.email])
    return out.getvalue()


def build(name: str, n_docs: int | None = None, seed: int | None = None
          ) -> tuple[list[Person], list[dict[str, object]]]:
    """(register people, documents) of the ``"dev"``, ``"heldout"``, ``"heldout2"`` or
    ``"heldout3"`` set."""
    spec = SPECS[name]
    people = register_people(spec.pools, spec.code_format)
    docs: list[dict[str, object]] = []
    for i in range(spec.n_docs if n_docs is None else n_docs):
        me = people[i % len(people)]
        rng = random.Random(f"{spec.seed if seed is None else seed}:{i}")
        w = Writer(rng, me, people, spec.pools, spec.templates, spec.habits)
        text = w.write(rng.randint(*spec.exchanges))
        docs.append({"id": f"{spec.name}-{me.code}-T{i // len(people) + 1}",
                     "participant_code": me.code, "text": text, "spans": w.b.spans})
    return people, docs


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else HERE
    for name in SPECS:
        people, docs = build(name)
        (out_dir / f"{name}_register.csv").write_text(register_csv(people), encoding="utf-8")
        with open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
        n_spans = sum(len(d["spans"]) for d in docs)  # type: ignore[arg-type]
        words = sum(len(str(d["text"]).split()) for d in docs)
        print(f"{name}: {len(docs)} documents, {words} words, {n_spans} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
