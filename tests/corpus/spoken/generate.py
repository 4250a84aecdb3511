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

Every later set's content is plain data in its own module (``heldoutN.py``: pools, templates,
habits) and, from round 6 on, its own ways of saying and writing identifiers live in their own
rendering module, ``render_vM.py`` (a mixin class ``VM`` that ``Writer`` inherits, switched on
by ``Habits.vM`` for that set alone; every other set renders byte for byte as before). This file
holds only what several sets share, so a still-blind set's content and renderings can be kept
from the engineers tuning the engine while they read this file. A new blind writer adds a
``render_vM.py`` (and its line where ``Writer``'s mixins are loaded), never methods here.

* ``heldout2`` (round 5 of issue 14): ``heldout2.py``; the ``Writer`` habits it needs (also
  used by ``dev2``) are fields of ``Habits`` read by the shared code here, off for the two sets
  above.
* ``heldout3`` (round 6): ``heldout3.py``, ``render_v3.py`` (``Habits.v3``, ``slot_v3``).
* ``heldout4`` (round 7): ``heldout4.py``, ``render_v4.py`` (``Habits.v4``, ``slot_v4``).
* ``heldout5`` (round 8): ``heldout5.py``, ``render_v5.py`` (``Habits.v5``, ``slot_v5``).
* ``heldout6`` (round 9): ``heldout6.py``, ``render_v6.py`` (``Habits.v6``, ``slot_v6``,
  ``templates_v6``).
* ``heldout7`` (round 11): ``heldout7.py``, ``render_v7.py`` (``Habits.v7``, ``slot_v7``).
* ``heldout8`` (round 12): ``heldout8.py``, ``render_v8.py`` (``Habits.v8``, ``init_v8``,
  ``slot_v8``, ``CaptionBuilder``).
* ``heldout9`` (round 13): ``heldout9.py``, ``render_v9.py`` (``Habits.v9``, ``init_v9``,
  ``slot_v9``, ``turn_v9``, ``DictationBuilder``).
* ``heldout10`` (round 14): ``heldout10.py``, ``render_v10.py`` (``Habits.v10``, ``init_v10``,
  ``slot_v10``, ``turn_v10``, ``templates_v10``).
* ``heldout11`` (round 15): ``heldout11.py``, ``render_v11.py`` (``Habits.v11``, ``init_v11``,
  ``slot_v11``, ``turn_v11``, ``AsrBuilder``).
* ``heldout12`` (round 16): ``heldout12.py``, ``render_v12.py`` (``Habits.v12``, ``init_v12``,
  ``slot_v12``, ``turn_v12``).
* ``heldout13`` (round 17): ``heldout13.py``, ``render_v13.py`` (``Habits.v13``, ``init_v13``,
  ``slot_v13``, ``turn_v13``).
* ``heldout14`` (round 18): ``heldout14.py``, ``render_v14.py`` (``Habits.v14``, ``init_v14``,
  ``slot_v14``, ``turn_v14``).
* ``heldout15`` (round 19): ``heldout15.py``, ``render_v15.py`` (``Habits.v15``, ``init_v15``,
  ``slot_v15``, ``turn_v15``, ``templates_v15``).
* ``heldout16`` (round 20): ``heldout16.py``, ``render_v16.py`` (``Habits.v16``, ``init_v16``,
  ``slot_v16``, ``turn_v16``).
* ``heldout17`` (round 21): ``heldout17.py``, ``render_v17.py`` (``Habits.v17``, ``init_v17``,
  ``slot_v17``, ``turn_v17``).
* ``heldout18`` (round 22): ``heldout18.py``, ``render_v18.py`` (``Habits.v18``, ``init_v18``,
  ``slot_v18``, ``turn_v18``).
* ``heldout19`` (round 23): ``heldout19.py``, ``render_v19.py`` (``Habits.v19``, ``init_v19``,
  ``slot_v19``, ``turn_v19``).
* ``heldout20`` (round 24): ``heldout20.py``, ``render_v20.py`` (``Habits.v20``, ``init_v20``,
  ``slot_v20``, ``turn_v20``).
* ``heldout21`` (round 25): ``heldout21.py``, ``render_v21.py`` (``Habits.v21``, ``init_v21``,
  ``slot_v21``, ``turn_v21``).
* ``heldout22`` (round 26): ``heldout22.py``, ``render_v22.py`` (``Habits.v22``, ``init_v22``,
  ``slot_v22``, ``turn_v22``).
* ``heldout23`` (round 27): ``heldout23.py``, ``render_v23.py`` (``Habits.v23``, ``init_v23``,
  ``slot_v23``, ``turn_v23``).

Schema and labelling conventions: ``README.md`` next to this file.
"""

from __future__ import annotations

import csv
import datetime
import importlib.util
import io
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
    # ---- off unless a set asks (heldout17, round 21): see Writer.slot_v17
    v17: bool = False                    # the round-21 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout18, round 22): see Writer.slot_v18
    v18: bool = False                    # the round-22 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout19, round 23): see Writer.slot_v19
    v19: bool = False                    # the round-23 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout20, round 24): see Writer.slot_v20
    v20: bool = False                    # the round-24 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout21, round 25): see Writer.slot_v21
    v21: bool = False                    # the round-25 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout22, round 26): see Writer.slot_v22
    v22: bool = False                    # the round-26 renderings (their words: the set's data)
    # ---- off unless a set asks (heldout23, round 27): see Writer.slot_v23
    v23: bool = False                    # the round-27 renderings (their words: the set's data)


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


# --------------------------------------------------------------------------- per-set renderings
# From round 6 on, each blind set's own ways of saying and writing identifiers live in their own
# module next to this file, ``render_vN.py``: a mixin class ``VN`` holding exactly that set's
# methods (``slot_vN``, and ``init_vN``, ``turn_vN``, ``templates_vN`` and their helpers where
# it has them), which ``Writer`` inherits; ``Habits.vN`` switches them on for that set alone.
# A set's module can so be kept from anyone who must not read a still-blind set's renderings,
# while this file holds only what every set shares. A new blind writer adds ``render_vN.py``
# and a line below, never methods in this file.

#: the module name under which a render_vN.py module imports this module's shared helpers
SHARED_MODULE = "_spoken_generate"


def _renderings(version: int, cls: str = "") -> type:
    """The mixin class ``V<version>`` of ``render_v<version>.py``, loaded by path (tests/ is not
    a package), importing its shared helpers from this very module (whatever name it was loaded
    under: ``__main__``, a test's), so that both share one ``Builder``, one ``Templates``."""
    sys.modules[SHARED_MODULE] = sys.modules[__name__]
    name = f"_spoken_render_v{version}"
    spec = importlib.util.spec_from_file_location(name, HERE / f"render_v{version}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its builders are dataclasses, which look their module up
    spec.loader.exec_module(module)
    mixin: type = getattr(module, cls or f"V{version}")  # heldout23's mixin is named for its set
    return mixin


V3, V4, V5, V6, V7 = (_renderings(v) for v in (3, 4, 5, 6, 7))
V8, V9, V10, V11, V12 = (_renderings(v) for v in (8, 9, 10, 11, 12))
V13, V14, V15, V16, V17 = (_renderings(v) for v in (13, 14, 15, 16, 17))
V18, V19, V20, V21 = (_renderings(v) for v in (18, 19, 20, 21))
V22 = _renderings(22)
RIGHT_PATIENT = _renderings(23, "RightPatient")


# --------------------------------------------------------------------------- writer


class Writer(V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15,  # type: ignore[misc]
             V16, V17, V18, V19, V20, V21, V22, RIGHT_PATIENT):
    """Renders one transcript from a set's templates, pools and habits with exact spans; each
    set's own renderings come from its mixin (``render_vN.py``, above)."""

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
        self.state14: dict[str, object] = {}  # heldout14's (render_v14.py)
        if habits.v14:
            self.init_v14()
        self.state15: dict[str, object] = {}  # heldout15's (render_v15.py)
        self.state16: dict[str, object] = {}  # heldout16's (render_v16.py)
        if habits.v16:
            self.init_v16()
        if habits.v15:
            self.init_v15()
        self.state17: dict[str, object] = {}  # heldout17's (render_v17.py)
        if habits.v17:
            self.init_v17()
        self.state18: dict[str, object] = {}  # heldout18's (render_v18.py)
        if habits.v18:
            self.init_v18()
        self.state19: dict[str, object] = {}  # heldout19's (render_v19.py)
        if habits.v19:
            self.init_v19()
        self.state20: dict[str, object] = {}  # heldout20's (render_v20.py)
        if habits.v20:
            self.init_v20()
        self.state21: dict[str, object] = {}  # heldout21's (render_v21.py)
        if habits.v21:
            self.init_v21()
        self.state22: dict[str, object] = {}  # heldout22's (render_v22.py)
        if habits.v22:
            self.init_v22()
        self.state23: dict[str, object] = {}  # heldout23's (render_v23.py)
        if habits.v23:
            self.init_v23()

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
        if self.h.v23 and self.slot_v23(name, args):
            return
        if self.h.v22 and self.slot_v22(name, args):
            return
        if self.h.v21 and self.slot_v21(name, args):
            return
        if self.h.v20 and self.slot_v20(name, args):
            return
        if self.h.v19 and self.slot_v19(name, args):
            return
        if self.h.v18 and self.slot_v18(name, args):
            return
        if self.h.v17 and self.slot_v17(name, args):
            return
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

    # ----------------------------------------------------------------- shared by several sets
    # Helpers that more than one set's renderings (render_vN.py) call: they stay here.
    def cap(self, s: str) -> str:
        return capitalise(s) if self.b.at_sentence_start() else s

    @staticmethod
    def plain10(s: str) -> str:
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "._-")).lower()

    # ----------------------------------------------------------------- documents
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
        if self.h.v23:  # heldout23 (render_v23.py)
            self.turn_v23(who, sentences)
            return
        if self.h.v22:  # heldout22 (render_v22.py)
            self.turn_v22(who, sentences)
            return
        if self.h.v21:  # heldout21 (render_v21.py)
            self.turn_v21(who, sentences)
            return
        if self.h.v20:  # heldout20 (render_v20.py)
            self.turn_v20(who, sentences)
            return
        if self.h.v19:  # heldout19 (render_v19.py)
            self.turn_v19(who, sentences)
            return
        if self.h.v18:  # heldout18 (render_v18.py)
            self.turn_v18(who, sentences)
            return
        if self.h.v17:  # heldout17 (render_v17.py)
            self.turn_v17(who, sentences)
            return
        if self.h.v15:  # heldout15 (render_v15.py)
            self.turn_v15(who, sentences)
            return
        if self.h.v14:  # heldout14 (render_v14.py)
            self.turn_v14(who, sentences)
            return
        if self.h.v16:  # heldout16 (render_v16.py)
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


# --------------------------------------------------------------------------- corpora


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

_H17 = _load_content("heldout17")
HELDOUT17_POOLS = Pools(**_H17.POOLS)
HELDOUT17 = Templates(**_H17.TEMPLATES)
HELDOUT17_HABITS = Habits(**_H17.HABITS)

_H18 = _load_content("heldout18")
HELDOUT18_POOLS = Pools(**_H18.POOLS)
HELDOUT18 = Templates(**_H18.TEMPLATES)
HELDOUT18_HABITS = Habits(**_H18.HABITS)

_H19 = _load_content("heldout19")
HELDOUT19_POOLS = Pools(**_H19.POOLS)
HELDOUT19 = Templates(**_H19.TEMPLATES)
HELDOUT19_HABITS = Habits(**_H19.HABITS)

_H20 = _load_content("heldout20")
HELDOUT20_POOLS = Pools(**_H20.POOLS)
HELDOUT20 = Templates(**_H20.TEMPLATES)
HELDOUT20_HABITS = Habits(**_H20.HABITS)

_H21 = _load_content("heldout21")
HELDOUT21_POOLS = Pools(**_H21.POOLS)
HELDOUT21 = Templates(**_H21.TEMPLATES)
HELDOUT21_HABITS = Habits(**_H21.HABITS)

_H22 = _load_content("heldout22")
HELDOUT22_POOLS = Pools(**_H22.POOLS)
HELDOUT22 = Templates(**_H22.TEMPLATES)
HELDOUT22_HABITS = Habits(**_H22.HABITS)

_H23 = _load_content("heldout23")
HELDOUT23_POOLS = Pools(**_H23.POOLS)
HELDOUT23 = Templates(**_H23.TEMPLATES)
HELDOUT23_HABITS = Habits(**_H23.HABITS)
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
    # written blind (issue 14, round 21): never scored before it was committed
    "heldout17": CorpusSpec("heldout17", _H17.SEED, _H17.N_DOCS, HELDOUT17_POOLS, HELDOUT17,
                            HELDOUT17_HABITS, _H17.EXCHANGES, _H17.CODE_FORMAT),
    # written blind (issue 14, round 22): never scored before it was committed
    "heldout18": CorpusSpec("heldout18", _H18.SEED, _H18.N_DOCS, HELDOUT18_POOLS, HELDOUT18,
                            HELDOUT18_HABITS, _H18.EXCHANGES, _H18.CODE_FORMAT),
    # written blind (issue 14, round 23): never scored before it was committed
    "heldout19": CorpusSpec("heldout19", _H19.SEED, _H19.N_DOCS, HELDOUT19_POOLS, HELDOUT19,
                            HELDOUT19_HABITS, _H19.EXCHANGES, _H19.CODE_FORMAT),
    # written blind (issue 14, round 24): never scored before it was committed
    "heldout20": CorpusSpec("heldout20", _H20.SEED, _H20.N_DOCS, HELDOUT20_POOLS, HELDOUT20,
                            HELDOUT20_HABITS, _H20.EXCHANGES, _H20.CODE_FORMAT),
    # written blind (issue 14, round 25): never scored before it was committed
    "heldout21": CorpusSpec("heldout21", _H21.SEED, _H21.N_DOCS, HELDOUT21_POOLS, HELDOUT21,
                            HELDOUT21_HABITS, _H21.EXCHANGES, _H21.CODE_FORMAT),
    # written blind (issue 14, round 26): never scored before it was committed
    "heldout22": CorpusSpec("heldout22", _H22.SEED, _H22.N_DOCS, HELDOUT22_POOLS, HELDOUT22,
                            HELDOUT22_HABITS, _H22.EXCHANGES, _H22.CODE_FORMAT),
    # written blind (issue 14, round 27): never scored before it was committed
    "heldout23": CorpusSpec("heldout23", _H23.SEED, _H23.N_DOCS, HELDOUT23_POOLS, HELDOUT23,
                            HELDOUT23_HABITS, _H23.EXCHANGES, _H23.CODE_FORMAT),
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
