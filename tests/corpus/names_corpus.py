"""Generator machinery for the names / organisations / places corpora (issue 14).

Seven content modules feed it, written apart: ``names_dev.py`` (the development set, tuned on),
``names_heldout.py`` (written before any tuning, with its own templates and its own name,
place and organisation pools; never tuned on), ``people_heldout.py`` (a second held-out set,
written before the name lexicons were broadened, names from many naming cultures),
``people_dev.py`` (its development counterpart), ``people_heldout2.py`` (a third held-out
set, written blind before round 2's rules), ``people_heldout3.py`` (a fourth, written blind
before round 3's rules by an author who did not read the engine) and ``people_heldout4.py`` (a
fifth, written blind likewise by another author), ``people_dev2.py`` (a development set for
round 4), ``people_dev3.py`` (another development set for round 4, half written, half
spoken) and ``people_heldout5.py`` (a sixth held-out set, written blind for round 5, every pool
entry starting with A to L), ``people_heldout6`` (its M to Z twin) and ``people_heldout7`` (a
seventh, written blind for round 6, A to L again) and ``people_heldout8`` (an eighth, its M
to Z twin) ``people_heldout9`` (a ninth, written blind for round 7, A to L, in an agency
typist's transcription of group and paired interviews) and ``people_heldout10`` (round 7's blind M to Z set)
and ``people_heldout11`` (round 9's blind set, video-call interviews) and ``people_heldout12`` (round 11's blind set, group supervision behind locked doors and on islands)
and ``people_heldout13`` (round 12's blind set, debriefs of ambulance, pharmacy, dental and midwifery staff)
and ``people_heldout15`` (round 14's blind set, surgical, neonatal and trials trainees)
and ``people_heldout16`` (round 15's blind set, less-than-full-time doctors, returners and locums)
and ``people_heldout17`` (round 16's blind set, surgical and procedural theatre teams)
and ``people_heldout18`` (round 17's blind set, now a development set)
and ``people_heldout19`` (round 18's blind set, described in BLIND_SETS.md)
and ``people_heldout20`` (round 19's blind set, described in BLIND_SETS.md)
and ``people_heldout21`` (round 20's blind set, described in BLIND_SETS.md)
and ``people_heldout22`` (round 21's blind set, described in BLIND_SETS.md)
and ``people_heldout23`` (round 22's blind set, described in BLIND_SETS.md; the first names set
to label DATE and AGE, through the ``{DATE:<form>}`` and ``{AGE:<form>}`` slots no older set
uses) and ``people_heldout24`` (round 23's blind set, described in BLIND_SETS.md; DATE and AGE
forms of its own that only it uses) and ``people_heldout25`` (round 24's blind set, described in
BLIND_SETS.md; DATE and AGE forms and a chat-sender PERSON form ``{x:chat}`` of its own) and
``people_heldout26`` (round 25's blind set, described in BLIND_SETS.md; DATE and AGE forms and a
crew list's "SURNAME, Given" PERSON form ``{x:revcaps}`` of its own) and ``people_heldout27``
(round 26's blind set, described in BLIND_SETS.md; DATE and AGE forms and a rota signature's
"T.Moyo" PERSON form ``{x:sig}`` of its own) and ``people_heldout28`` (round 27's blind set,
described in BLIND_SETS.md; DATE and AGE forms of its own, a dispatch screen's "SURNAME Given"
PERSON form ``{x:cad}``, a surname spelled in the phonetic alphabet ``{x:nato}``, and the
first call-back numbers and NHS numbers of a names set, ``{PHONE:<form>}`` and
``{NHS:<form>}``). Each module exposes a :class:`Content`;
:func:`build` renders transcripts from it and records every identifier's offsets as the text is
assembled, so labels are exact by construction. Same schema as ``corpus.jsonl`` (see README.md)
plus two things:

* every PERSON span has ``participant`` (the register code of the person named, or null for a
  third party), which the bench uses to measure *misattribution*: third-party mentions that
  were given a participant's code;
* more ``form`` values: PERSON ``initial`` ("H. Griffiths"), ``title_initial``
  ("Dr A. Rahman"), ``caps`` (a surname in capitals in a header, "DR BAEK"), ``role`` (introduced by role or apposition), ``vocative``, ``word``
  (a first name that is also an English word), ``header`` (a page header);
  HOSPITAL ``short`` ("the Vic", "the RVI"), ``unihosp`` ("University Hospital Crosshouse"),
  ``board``; LOCATION ``abroad``, ``country``, ``university`` (the place in a university or
  medical school's name: "the University of [Dundee]"), ``deanery`` (the place in a regional
  deanery's name); PERSON ``spelled`` (a surname spelled letter by letter, "Z-I-E-L-I-N-S-K-I"),
  ``caps`` (a surname in capitals in a typed header) and, from a ``t_<Title>`` slot form
  (``{col:t_Sister}``), ``title_surname`` after any other title;
  LOCATION ``address`` (a street line, ``{ADDRESS}``, from a set's ``addresses``) and POSTCODE
  ``postcode`` (``{POSTCODE}``, from its ``postcodes``), rendered only when a template asks;
  DATE/AGE written into a template's text as a literal label (``{AGE=twelve}``,
  ``{DATE=3 March 2019}``, see ``LABEL_RE``): the older sets' own ages, labelled in round 23
  without changing their text (AGE form ``said`` or ``num``, DATE ``literal``);
  and each document carries ``style``
  (``written`` or ``spoken``) and ``labels`` (how the speakers are labelled).

Regenerate the committed sets (deterministic, no set iteration or hash order)::

    .venv/bin/python tests/corpus/names_corpus.py
"""

from __future__ import annotations

import bisect
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
SETS = ("names_dev", "names_heldout", "people_heldout", "people_dev", "people_heldout2",
        "people_heldout3", "people_heldout4", "people_dev2", "people_dev3", "people_heldout5",
        "people_heldout6", "people_heldout7", "people_heldout8", "people_heldout9", "people_heldout10",
        "people_heldout11", "people_heldout12", "people_heldout13", "people_heldout14",
        "people_heldout15", "people_heldout16", "people_heldout17", "people_heldout18",
        "people_heldout19", "people_heldout20", "people_heldout21", "people_heldout22",
        "people_heldout23", "people_heldout24", "people_heldout25", "people_heldout26",
        "people_heldout27", "people_heldout28")

SLOT_RE = re.compile(r"\{(\w+)(?::(\w+))?\}")
#: a literal labelled date or age in a template's text: ``{DATE=3 March 2019}``, ``{AGE=47}``,
#: ``{AGE=forty-seven}``. It renders exactly the text after ``=`` as one DATE or AGE span and draws
#: no randomness of its own (a spoken document's disfluencies are drawn over the text as if the
#: braces were not there), so a set written before DATE/AGE were labelled renders the same text
#: with the date or age it already held now labelled (round 23; see README.md's conventions)
LABEL_RE = re.compile(r"\{(DATE|AGE)=([^{}=]+)\}")

#: roles of people in a document's cast. ``self`` is the interviewee, ``reg`` another register
#: participant (always introduced by full name first), ``twin`` a third party who shares a first
#: name or a surname with a register participant who is NOT in this interview (the misattribution
#: trap), ``word`` a third party whose first name is an English word.
ROLES = ("self", "reg", "twin", "word", "col", "mentor", "lead", "pm", "rel", "partner",
         "child", "gp", "scribe")


@dataclass(frozen=True)
class Person:
    first: str
    sur: str
    aliases: tuple[str, ...] = ()
    code: str | None = None
    title: str = "Dr"


@dataclass(frozen=True)
class Content:
    """What one corpus set supplies: register, pools and templates."""

    name: str
    seed: int
    n_docs: int
    #: (first, surname, aliases)
    register: list[tuple[str, str, tuple[str, ...]]]
    code_format: str                   #: e.g. "PR.{:02d}"
    first_names: list[str]
    word_names: list[str]              #: first names that are also English words
    surnames: list[str]
    towns: list[str]
    cities: list[str]
    regions: list[str]
    abroad: list[str]                  #: cities abroad
    countries: list[str]
    #: (full name, short forms people use)
    hospitals: list[tuple[str, tuple[str, ...]]]
    unihosp_places: list[str]          #: "University Hospital <place>"
    trusts: list[str]
    practices: list[str]
    theories: list[str]                #: negatives: theorists and models as people name them
    idioms: list[str]                  #: negatives: idioms with names
    bodies: list[str]                  #: negatives: national bodies containing a place
    initials: list[str]                #: negatives: capitalised sentence-initial words
    interviewer: list[str]
    participant_written: list[str]
    participant_spoken: list[str]
    negatives: list[str]               #: sentences full of hard negatives
    openings: list[tuple[str, str]]    #: (interviewer, participant)
    closings: list[tuple[str, str]]
    headers: list[str]                 #: document furniture at the top (may hold slots)
    footers: list[str]
    interviewer_labels: list[str]
    participant_labels: list[str]      #: "{code}" = the interviewee's code
    fillers: list[str] = field(default_factory=lambda: ["um,", "er,", "you know,", "like,",
                                                        "sort of", "I mean,"])
    #: universities / medical schools with the place in brackets: "the University of [Dundee]"
    universities: list[str] = field(default_factory=list)
    #: regional deaneries with the place in brackets: "the [Wessex] Deanery"
    deaneries: list[str] = field(default_factory=list)
    #: the styles a document is drawn from (one ``rng.choice``): 2 written to 3 spoken unless set
    styles: list[str] = field(default_factory=lambda: ["written", "written", "spoken", "spoken",
                                                       "spoken"])
    #: wards and units named after people ("Elgar Ward"), labelled HOSPITAL ``ward`` (``{WARD}``)
    wards: list[str] = field(default_factory=list)
    #: e-mail domains for names inside addresses (``{col:mail}``), labelled EMAIL
    email_domains: list[str] = field(default_factory=list)
    #: post-nominal letters after a name ("FRCP", "MBE"), for ``{x:pn}``
    postnominals: list[str] = field(default_factory=list)
    #: street lines ("1 Example Street"), one LOCATION ``address`` span (``{ADDRESS}``)
    addresses: list[str] = field(default_factory=list)
    #: full postcodes ("AB1 2CD"), one POSTCODE ``postcode`` span (``{POSTCODE}``)
    postcodes: list[str] = field(default_factory=list)


class Builder:
    """Text plus exact spans, appended piece by piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict[str, object]] = []

    def lit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def ent(self, s: str, type_: str, participant: str | None = None, form: str = "") -> None:
        assert s == s.strip() and s, repr(s)
        self.spans.append({"start": self.length, "end": self.length + len(s), "type": type_,
                           "participant": participant, "form": form})
        self.lit(s)

    def text(self) -> str:
        return "".join(self.parts)


def register_people(content: Content) -> list[Person]:
    return [Person(first, sur, aliases, content.code_format.format(i), "Dr")
            for i, (first, sur, aliases) in enumerate(content.register, start=1)]


def register_csv(people: list[Person]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["name", "code", "aliases"])
    for p in people:
        w.writerow([f"{p.first} {p.sur}", p.code, ";".join(p.aliases)])
    return out.getvalue()


class Writer:
    """Renders one transcript for one interviewee."""

    def __init__(self, content: Content, rng: random.Random, me: Person,
                 register: list[Person]) -> None:
        self.c = content
        self.rng = rng
        self.b = Builder()
        self.me = me
        self.style = rng.choice(content.styles)
        others = [p for p in register if p.code != me.code]
        reg = rng.choice(others)
        absent = [p for p in others if p is not reg]
        taken_first = {me.first, reg.first, *me.aliases, *reg.aliases}
        taken_sur = {me.sur, reg.sur}
        self.cast: dict[str, Person] = {"self": me, "reg": reg}
        # the trap: a colleague who shares a name part with an absent participant
        victim = rng.choice([p for p in absent if p.first not in taken_first
                             and p.sur not in taken_sur])
        if rng.random() < 0.6:
            twin = Person(victim.first, self._surname(taken_sur | {victim.sur}),
                          title=rng.choice(["Dr", "Dr", "Mr", "Ms", "Mrs", "Professor"]))
        else:
            twin = Person(self._first(taken_first | {victim.first}), victim.sur,
                          title=rng.choice(["Dr", "Dr", "Mr", "Ms", "Mrs", "Professor"]))
        self.cast["twin"] = twin
        taken_first |= {twin.first}
        taken_sur |= {twin.sur}
        word = Person(rng.choice([n for n in content.word_names if n not in taken_first]),
                      self._surname(taken_sur),
                      title=rng.choice(["Dr", "Mrs", "Ms", "Mr"]))
        self.cast["word"] = word
        taken_first |= {word.first}
        taken_sur |= {word.sur}
        register_parts = {x for p in register for x in (p.first, p.sur, *p.aliases)}
        for role in ("col", "mentor", "lead", "pm", "rel", "partner", "child", "gp", "scribe"):
            title = {"col": rng.choice(["Dr", "Dr", "Mr", "Ms", "Professor"]),
                     "mentor": rng.choice(["Dr", "Dr", "Professor"]), "lead": "Dr",
                     "pm": rng.choice(["Mrs", "Ms", "Mr"]), "rel": rng.choice(["Mrs", "Mr", "Ms"]),
                     "partner": "Dr", "child": "", "gp": "Dr", "scribe": "Ms"}[role]
            p = Person(self._first(taken_first | register_parts),
                       self._surname(taken_sur | register_parts), title=title)
            taken_first.add(p.first)
            taken_sur.add(p.sur)
            self.cast[role] = p
        self.introduced: set[str] = set()
        self.int_label = rng.choice(content.interviewer_labels)
        self.p_label = rng.choice(content.participant_labels).format(code=me.code)

    def _first(self, taken: set[str]) -> str:
        return self.rng.choice([n for n in self.c.first_names if n not in taken])

    def _surname(self, taken: set[str]) -> str:
        return self.rng.choice([n for n in self.c.surnames if n not in taken])

    # ------------------------------------------------------------------ people
    def person(self, role: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast[role]
        code = p.code
        if role == "reg" and role not in self.introduced:
            form = "full"  # another participant: the full name comes first, then the rest
        self.introduced.add(role)
        if form == "any":
            options = ["first", "first", "full", "title", "initial"]
            if p.aliases:
                options.append("alias")
            form = rng.choice(options)
        if form == "alias" and not p.aliases:
            form = "first"
        if form in ("title", "tfull", "tinit") and not p.title:
            form = "first"
        label_form = "word" if role == "word" and form in ("first", "role", "vocative") else form
        if form in ("first", "role", "vocative"):
            b.ent(p.first, "PERSON", code, label_form)
        elif form == "full":
            b.ent(f"{p.first} {p.sur}", "PERSON", code, "full")
        elif form == "sur":
            b.ent(p.sur, "PERSON", code, "surname")
        elif form == "title":
            b.lit(self._title(p) + " ")
            b.ent(p.sur, "PERSON", code, "title_surname")
        elif form == "tfull":
            b.lit(self._title(p) + " ")
            b.ent(f"{p.first} {p.sur}", "PERSON", code, "title_full")
        elif form == "initial":
            b.ent(f"{p.first[0]}. {p.sur}", "PERSON", code, "initial")
        elif form == "tinit":
            b.lit(self._title(p) + " ")
            b.ent(f"{p.first[0]}. {p.sur}", "PERSON", code, "title_initial")
        elif form == "header":
            b.ent(f"{p.first[0]}. {p.sur}", "PERSON", code, "header")
        elif form == "caps":  # an all-caps surname in a header: "INTERVIEW WITH DR BAEK"
            b.ent(p.sur.upper(), "PERSON", code, "caps")
        elif form == "poss":
            b.ent(p.first, "PERSON", code, "possessive")
            b.lit("'s")
        elif form == "alias":
            b.ent(rng.choice(p.aliases), "PERSON", code, "alias")
        elif form == "spell":
            b.ent(self._spelled(p.sur), "PERSON", code, "spelled")
        elif form.startswith("t_"):  # another title: {col:t_Sister} -> "Sister <surname>"
            b.lit(form[2:] + " ")
            b.ent(p.sur, "PERSON", code, "title_surname")
        elif form == "caps":  # a surname in capitals, as in a typed header
            b.ent(p.sur.upper(), "PERSON", code, "caps")
        elif form == "plural":  # a family by surname: "the Okonkwos" -> "Okonkwo"
            b.ent(p.sur, "PERSON", code, "plural")
            b.lit("s")
        elif form == "handle":  # an @mention: "@Kwame Mensah" or "@Kwame"
            b.lit("@")
            b.ent(rng.choice([f"{p.first} {p.sur}", p.first]), "PERSON", code, "handle")
        elif form == "inits":  # initials as a handle ("ACTION: KM"); a participant's as "K. Mensah"
            if code is None:
                b.ent("".join(w[0] for w in re.split(r"[ -]", f"{p.first} {p.sur}") if w[:1].isupper()),
                      "PERSON", None, "initials")
            else:
                b.ent(f"{p.first[0]}. {p.sur}", "PERSON", code, "initial")
        elif form == "cite":  # citation style, surname then initials: "Smith JA"
            b.ent(f"{p.sur} {self._initials(p.first)}", "PERSON", code, "citation")
        elif form == "pn":  # a title, the name, post-nominals: "Prof. Jane Smith FRCP"
            title = {"Professor": self.rng.choice(["Prof.", "Prof", "Professor"])}.get(
                p.title, p.title)
            if title:
                b.lit(title + " ")
            b.ent(rng.choice([f"{p.first} {p.sur}", p.sur]), "PERSON", code, "postnominal")
            b.lit(" " + " ".join(rng.sample(self.c.postnominals, k=rng.choice([1, 1, 2]))))
        elif form == "rev":  # a list's "Surname, First": two spans
            b.ent(p.sur, "PERSON", code, "reversed")
            b.lit(", ")
            b.ent(p.first, "PERSON", code, "reversed")
        elif form == "lower":  # a lower-case login or file-name part: "j.smith"
            first, sur = self._plain(p.first), self._plain(p.sur)
            b.ent(rng.choice([f"{first}.{sur}", f"{first[0]}{sur}", f"{sur}{first[0]}",
                              f"{sur}_{first[0]}"]), "PERSON", code, "lower")
        elif form == "chat":  # a chat export's sender: "Kahu T." (a participant: the first name)
            if code is None:
                b.ent(f"{p.first} {p.sur[0]}.", "PERSON", None, "first_initial")
            else:
                b.ent(p.first, "PERSON", code, "first")
        elif form == "revcaps":  # a crew list's "SURNAME, Given" (people_heldout26): two spans
            b.ent(p.sur.upper(), "PERSON", code, "caps")
            b.lit(", ")
            b.ent(p.first, "PERSON", code, "reversed")
        elif form == "sig":  # a rota or handover signature "T.Moyo" (people_heldout27); a
            # participant's as "T. Moyo"
            if code is None:
                b.ent(f"{p.first[0]}.{p.sur}", "PERSON", None, "signature")
            else:
                b.ent(f"{p.first[0]}. {p.sur}", "PERSON", code, "initial")
        elif form == "cad":  # a dispatch screen's operator "PHOMMA S" (people_heldout28); a
            # participant's as "PHOMMA Sengdao", two spans
            if code is None:
                b.ent(f"{p.sur.upper()} {p.first[0]}", "PERSON", None, "caps_initial")
            else:
                b.ent(p.sur.upper(), "PERSON", code, "caps")
                b.lit(" ")
                b.ent(p.first, "PERSON", code, "reversed")
        elif form == "nato":  # a surname spelled in the phonetic alphabet (people_heldout28)
            b.ent(self._nato(p.sur), "PERSON", code, "nato")
        elif form == "mail":  # the name inside an e-mail address: one EMAIL span
            b.ent(self._address(p), "EMAIL", None, "spoken" if self.style == "spoken" else "typed")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    @staticmethod
    def _initials(first: str) -> str:
        """A given name's initials as a citation writes them ("Wing-Sze" -> "WS")."""
        return "".join(w[0] for w in re.split(r"[ -]", first) if w)

    @staticmethod
    def _plain(s: str) -> str:
        """Lower-case ASCII letters only, as in a login ("Zoë" -> "zoe")."""
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
        return re.sub(r"[^a-z]", "", s.lower())

    def _spelled(self, name: str) -> str:
        """A surname spelled letter by letter as a transcriber writes it down ("O-W-U-S-U
        hyphen A-N-S-A-H", "M A C R A E", "double L"); accents are not spoken."""
        rng = self.rng
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                        if not unicodedata.combining(ch)).upper()
        style = rng.choice(["hyphen", "hyphen", "space", "comma", "double"])
        joiner = {"hyphen": "-", "space": " ", "comma": ", "}.get(style) or rng.choice(["-", " "])
        out = ""
        for part in re.split(r"([ '-])", plain):
            if part == "":
                continue
            if part in (" ", "-", "'"):  # a space is a pause; a hyphen or apostrophe is said
                out += {" ": ", ", "-": " hyphen ", "'": " apostrophe "}[part]
                continue
            tokens: list[str] = []
            i = 0
            while i < len(part):
                if style == "double" and i + 1 < len(part) and part[i] == part[i + 1]:
                    tokens.append(f"double {part[i]}")
                    i += 2
                else:
                    tokens.append(part[i])
                    i += 1
            out += joiner.join(tokens)
        return out

    _NATO: ClassVar[dict[str, str]] = dict(zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
         "Juliet", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo",
         "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "X-ray", "Yankee", "Zulu"),
        strict=True))

    def _nato(self, name: str) -> str:
        """A surname spelled in the phonetic alphabet, as a call handler reads it back ("Papa
        Hotel Oscar hyphen Lima"); accents are not spoken (people_heldout28)."""
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                        if not unicodedata.combining(ch)).upper()
        out = []
        for ch in plain:
            if ch in self._NATO:
                out.append(self._NATO[ch])
            elif ch == "-":
                out.append("hyphen")
            elif ch == " ":
                out.append("space")
            elif ch == "'":
                out.append("apostrophe")
        return " ".join(out)

    def _address(self, p: Person) -> str:
        """An NHS-style address built from a name, accents and spaces dropped; said aloud in a
        spoken document ("fatu dot kamara at ...")."""
        rng = self.rng

        def plain(s: str) -> str:
            s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
            return re.sub(r"[^a-z]", "", s.lower())

        first, sur = plain(p.first), plain(p.sur)
        local = rng.choice([f"{first}.{sur}", f"{first[0]}.{sur}", f"{sur}.{first}",
                            f"{first}.{sur}{rng.randint(2, 9)}", f"{first}{sur}"])
        domain = rng.choice(self.c.email_domains)
        if self.style == "spoken":
            return f"{local} at {domain}".replace(".", " dot ")
        return f"{local}@{domain}"

    def _title(self, p: Person) -> str:
        if self.style == "spoken":
            return {"Dr": "Doctor", "Mr": "Mister", "Professor": "Professor"}.get(p.title, p.title)
        return p.title

    # ------------------------------------------------------------------ slots
    def slot(self, name: str, form: str | None) -> None:
        rng, b, c = self.rng, self.b, self.c
        if name in self.cast:
            self.person(name, form or "any")
        elif name == "HOSP":
            full, shorts = rng.choice(c.hospitals)
            if form == "header":  # a page header: "A. Rahman (Wansbeck)", no article
                b.ent(rng.choice([full, *shorts]).removeprefix("the "), "HOSPITAL", None,
                      "header")
            elif shorts and (form == "short" or (form is None and rng.random() < 0.45)):
                short = rng.choice(shorts)
                if self.style == "spoken" and re.fullmatch(r"(?:the )?[A-Z]{3}", short) \
                        and rng.random() < 0.3:
                    short = re.sub(r"([A-Z])(?=[A-Z])", r"\1 ", short)  # "the R U H"
                if short.startswith("the "):
                    b.lit("the ")
                    short = short[4:]
                b.ent(short, "HOSPITAL", None, "short")
            else:
                if full.startswith("the "):
                    b.lit("the ")
                    full = full[4:]
                b.ent(full, "HOSPITAL", None, "hospital")
        elif name == "ADDRESS":  # a street line ("1 Example Street"); the town is a slot of its own
            b.ent(rng.choice(c.addresses), "LOCATION", None, "address")
        elif name == "POSTCODE":  # a full postcode ("AB1 2CD")
            b.ent(rng.choice(c.postcodes), "POSTCODE", None, "postcode")
        elif name == "WARD":  # a ward or unit named after a person: "Elgar Ward"
            b.ent(rng.choice(c.wards), "HOSPITAL", None, "ward")
        elif name == "UNIHOSP":
            b.ent("University Hospital " + rng.choice(c.unihosp_places), "HOSPITAL", None,
                  "unihosp")
        elif name == "TRUST":
            t = rng.choice(c.trusts)
            if t.startswith("the "):
                b.lit("the ")
                t = t[4:]
            if t.endswith(" trust"):
                b.ent(t[:-6], "HOSPITAL", None, "trust")
                b.lit(" trust")
            else:
                b.ent(t, "HOSPITAL", None, "board" if t.startswith("NHS ") else "trust")
        elif name == "PRACTICE":
            t = rng.choice(c.practices)
            if t.startswith("the "):
                b.lit("the ")
                t = t[4:]
            b.ent(t, "HOSPITAL", None, "practice")
        elif name in ("TOWN", "CITY", "REGION", "ABROAD", "COUNTRY"):
            pool = {"TOWN": c.towns, "CITY": c.cities, "REGION": c.regions, "ABROAD": c.abroad,
                    "COUNTRY": c.countries}[name]
            place = rng.choice(pool)
            if place.startswith("the "):
                b.lit("the ")
                place = place[4:]
            kind = {"ABROAD": "abroad"}.get(name, name.lower())
            b.ent(place, "LOCATION", None, "adjective" if form == "adj" else kind)
        elif name in ("UNI", "DEANERY"):  # the place inside the name is the identifier
            entry = rng.choice(c.universities if name == "UNI" else c.deaneries)
            before, rest = entry.split("[", 1)
            place, after = rest.split("]", 1)
            b.lit(before)
            b.ent(place, "LOCATION", None, "university" if name == "UNI" else "deanery")
            b.lit(after)
        elif name == "PHONE":  # a call-back number from Ofcom's drama ranges (people_heldout28)
            self._phone(form or "mobile")
        elif name == "NHS":  # an NHS number that passes the checksum (people_heldout28)
            self._nhs(form or "spaced")
        # ---- negatives: plain text
        elif name == "THEORY":
            b.lit(rng.choice(c.theories))
        elif name == "IDIOM":
            b.lit(rng.choice(c.idioms))
        elif name == "BODY":
            b.lit(rng.choice(c.bodies))
        elif name == "INITIAL":
            b.lit(rng.choice(c.initials))
        elif name == "CODE":
            b.lit(self.me.code or "")
        elif name == "DATE":  # a specific date or month + year (people_heldout23 on)
            self._date(form or "iso")
        elif name == "AGE":  # an age, the number only (people_heldout23 on)
            self._age(form or "num")
        else:  # pragma: no cover - template typo
            raise ValueError(name)

    # ------------------------------------------------------------------ dates and ages
    _MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
    _UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
              "eighteen", "nineteen")
    _TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    _ORD: ClassVar[dict[str, str]] = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
            "nine": "ninth", "twelve": "twelfth", "twenty": "twentieth", "thirty": "thirtieth"}

    @classmethod
    def _words(cls, n: int) -> str:
        """1 to 99 in words, as a transcriber writes them ("sixty-eight")."""
        if n < 20:
            return cls._UNITS[n]
        tens, unit = divmod(n, 10)
        return cls._TENS[tens] + ("-" + cls._UNITS[unit] if unit else "")

    @classmethod
    def _ordinal_words(cls, n: int) -> str:
        """1 to 31 as an ordinal in words ("twenty-third")."""
        w = cls._words(n)
        head, _, last = w.rpartition("-")
        last = cls._ORD.get(last, last + "th")
        return f"{head}-{last}" if head else last

    @classmethod
    def _year_words(cls, y: int) -> str:
        """A year as it is said: "nineteen fifty-eight", "two thousand and six", "twenty nineteen"."""
        if 2000 <= y <= 2009:
            return "two thousand" + (f" and {cls._UNITS[y - 2000]}" if y > 2000 else "")
        hi, lo = divmod(y, 100)
        return f"{cls._words(hi)} {cls._words(lo) if lo >= 10 else 'oh ' + cls._UNITS[lo]}"

    @classmethod
    def _year_y2k(cls, y: int) -> str:
        """A year said the Irish way after 2000: "two thousand and twenty-three"."""
        if 2000 < y < 2100:
            return f"two thousand and {cls._words(y - 2000)}"
        return cls._year_words(y)

    @staticmethod
    def _suffix(d: int) -> str:
        return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")

    _DIGITS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

    def _said_digits(self, digits: str) -> str:
        """Digits read out one by one in groups, as a call handler reads a number back: "oh seven
        seven oh oh, nine double oh ..." (a pair said "double")."""
        groups = []
        for group in digits.split(" "):
            words, i = [], 0
            while i < len(group):
                if i + 1 < len(group) and group[i] == group[i + 1] and self.rng.random() < 0.7:
                    words.append("double " + self._DIGITS[int(group[i])])
                    i += 2
                else:
                    words.append(self._DIGITS[int(group[i])])
                    i += 1
            groups.append(" ".join(words))
        return ", ".join(groups)

    def _phone(self, form: str) -> None:
        """One PHONE span: ``mobile`` ("07700 900417"), ``landline`` ("020 7946 0417", "01632
        960417"), or ``said_mobile``/``said_landline`` read out digit by digit."""
        rng = self.rng
        kind = form.removeprefix("said_")
        if kind == "mobile":
            s = f"07700 900{rng.randint(0, 999):03d}"
        else:
            s = rng.choice([f"020 7946 0{rng.randint(0, 999):03d}",
                            f"01632 960{rng.randint(0, 999):03d}"])
        if form.startswith("said_"):
            s = self._said_digits(s)
        self.b.ent(s, "PHONE", None, form)

    def _nhs(self, form: str) -> None:
        """One NHS_NUMBER span with a valid check digit: ``spaced`` ("943 476 5919"), ``plain``
        ("9434765919") or ``said`` (read digit by digit in its 3-3-4 groups)."""
        rng = self.rng
        while True:
            head = [rng.randint(4, 7)] + [rng.randint(0, 9) for _ in range(8)]
            check = 11 - sum(d * w for d, w in zip(head, range(10, 1, -1), strict=True)) % 11
            if check == 11:
                check = 0
            if check != 10:
                break
        n = "".join(map(str, head)) + str(check)
        spaced = f"{n[:3]} {n[3:6]} {n[6:]}"
        s = {"spaced": spaced, "plain": n}.get(form) or self._said_digits(spaced)
        self.b.ent(s, "NHS_NUMBER", None, form)

    def _date(self, form: str) -> None:
        """One DATE span in the form asked for; ``dob_`` forms are dates of birth (1931-2004),
        the rest fall between 2009 and 2026. A leading "the" stays outside the span."""
        rng, b = self.rng, self.b
        dob = form.startswith("dob_")
        form = form.removeprefix("dob_")
        y = rng.randint(1931, 2004) if dob else rng.randint(2009, 2026)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        month = self._MONTHS[m - 1]
        weekday = datetime.date(y, m, d).strftime("%A")
        if form == "iso":  # "2023-04-17"
            s = f"{y:04d}-{m:02d}-{d:02d}"
        elif form == "dash_mon":  # "17-Apr-2023"
            s = f"{d:02d}-{month[:3]}-{y}"
        elif form == "slash_2y":  # "17/04/23"
            s = f"{d:02d}/{m:02d}/{y % 100:02d}"
        elif form == "weekday_full":  # "Monday 17 April 2023"
            s = f"{weekday} {d} {month} {y}"
        elif form == "abbr_month_year":  # "Apr 2023", "Sept 2019"
            s = f"{'Sept' if m == 9 else month[:3]} {y}"
        elif form == "month_ord":  # "April 17th"
            s = f"{month} {d}{self._suffix(d)}"
        elif form == "ord_month":  # "17th April"
            s = f"{d}{self._suffix(d)} {month}"
        elif form == "said_of":  # "the seventeenth of April"
            b.lit("the ")
            s = f"{self._ordinal_words(d)} of {month}"
        elif form == "said_of_year":  # "the seventeenth of April twenty twenty-three"
            b.lit("the ")
            s = f"{self._ordinal_words(d)} of {month} {self._year_words(y)}"
        elif form == "said_month_year":  # "April twenty twenty-three"
            s = f"{month} {self._year_words(y)}"
        elif form == "said_month_the":  # "April the seventeenth"
            s = f"{month} the {self._ordinal_words(d)}"
        elif form == "said_weekday":  # "Monday the seventeenth of April"
            s = f"{weekday} the {self._ordinal_words(d)} of {month}"
        # ---- people_heldout24's forms (rural Ireland, Scotland and Man), used by no older set
        elif form == "dots":  # "17.04.2023"
            s = f"{d:02d}.{m:02d}.{y}"
        elif form == "dots_short":  # "17.4.23"
            s = f"{d}.{m}.{y % 100:02d}"
        elif form == "caps_mon":  # "17 APR 2023", as a mart docket prints it
            s = f"{d} {month[:3].upper()} {y}"
        elif form == "slash4":  # "17/04/2023"
            s = f"{d:02d}/{m:02d}/{y}"
        elif form == "month_year":  # "April 2023"
            s = f"{month} {y}"
        elif form == "ord_mon_apos":  # "17th Apr '23"
            s = f"{d}{self._suffix(d)} {month[:3]} '{y % 100:02d}"
        elif form == "said_of_y2k":  # "the seventeenth of April two thousand and twenty-three"
            b.lit("the ")
            s = f"{self._ordinal_words(d)} of {month} {self._year_y2k(y)}"
        elif form == "said_month_y2k":  # "April two thousand and nineteen"
            s = f"{month} {self._year_y2k(y)}"
        # ---- people_heldout25's forms (blood-donor sessions and organ donation in London, the
        # Home Counties, the South East and East Anglia), used by no older set
        elif form == "d_mon_y":  # "17 Apr 2023", a session plan's date
            s = f"{d} {month[:3]} {y}"
        elif form == "d_mon_yy":  # "17 Apr 23", a rota's column head
            s = f"{d} {month[:3]} {y % 100:02d}"
        elif form == "wkd_d_mon":  # "Mon 17 Apr", a rota line
            s = f"{weekday[:3]} {d} {month[:3]}"
        elif form == "slash_nopad":  # "17/4/2023", a chat message's date
            s = f"{d}/{m}/{y}"
        elif form == "compact":  # "20230417", inside a file name
            s = f"{y:04d}{m:02d}{d:02d}"
        elif form == "ord_of_year":  # "17th of April 2023"
            s = f"{d}{self._suffix(d)} of {month} {y}"
        elif form == "month_apos":  # "April '23"
            s = f"{month} '{y % 100:02d}"
        elif form == "said_month_the_year":  # "April the seventeenth twenty twenty-three"
            s = f"{month} the {self._ordinal_words(d)} {self._year_words(y)}"
        elif form == "said_weekday_the":  # "Monday the seventeenth"
            s = f"{weekday} the {self._ordinal_words(d)}"
        elif form == "said_digits":  # "seventeen oh four eighty-four", read off a screen
            yy = y % 100
            s = (f"{self._words(d)} {self._words(m) if m >= 10 else 'oh ' + self._UNITS[m]} "
                 f"{self._words(yy) if yy >= 10 else 'oh ' + (self._UNITS[yy] or 'oh')}")
        # ---- people_heldout26's forms (ships, ports and platforms in Scotland, Wales and the
        # South West), used by no older set
        elif form == "dtg":  # "171430Z APR 23", a radio log's date-time group
            s = f"{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}Z {month[:3].upper()} {y % 100:02d}"
        elif form == "caps_compact":  # "17APR23", a crew list or passport line
            s = f"{d:02d}{month[:3].upper()}{y % 100:02d}"
        elif form == "us_slash":  # "04/17/2023", an American agent's e-mail
            s = f"{m:02d}/{d:02d}/{y}"
        elif form == "us_long":  # "April 17, 2023"
            s = f"{month} {d}, {y}"
        elif form == "dm_slash":  # "17/04", a sick-bay log line without the year
            s = f"{d:02d}/{m:02d}"
        elif form == "mon_yy_dash":  # "Apr-23", a spreadsheet's hitch column
            s = f"{month[:3]}-{y % 100:02d}"
        elif form == "said_day_month":  # "seventeen April", said as a radio log reads
            s = f"{self._words(d)} {month}"
        elif form == "said_card":  # "April seventeen"
            s = f"{month} {self._words(d)}"
        elif form == "said_card_year":  # "April seventeen, nineteen seventy-eight"
            s = f"{month} {self._words(d)}, {self._year_words(y)}"
        # ---- people_heldout27's forms (care homes and home care in the North of England, the
        # Midlands and Northern Ireland), used by no older set
        elif form == "wkd_dm_slash":  # "Mon 17/04", a handover book's day line
            s = f"{weekday[:3]} {d:02d}/{m:02d}"
        elif form == "dash_num":  # "17-04-2023", a run sheet's date
            s = f"{d:02d}-{m:02d}-{y}"
        elif form == "dm_nopad":  # "17/4", a rota's "w/c 17/4"
            s = f"{d}/{m}"
        elif form == "mon_d":  # "Apr 17", a phone's message date
            s = f"{month[:3]} {d}"
        elif form == "d_month_y":  # "17 April 2023", a letter's date
            s = f"{d} {month} {y}"
        elif form == "said_of_the_num":  # "the seventeenth of the fourth"
            b.lit("the ")
            s = f"{self._ordinal_words(d)} of the {self._ordinal_words(m)}"
        elif form == "said_of_the_num_yy":  # "seventeenth of the fourth, forty-two"
            yy = y % 100
            s = (f"{self._ordinal_words(d)} of the {self._ordinal_words(m)}, "
                 f"{self._words(yy) if yy >= 10 else 'oh ' + (self._UNITS[yy] or 'oh')}")
        elif form == "said_ord_month":  # "the seventeenth April", no "of" (Ulster)
            b.lit("the ")
            s = f"{self._ordinal_words(d)} {month}"
        # ---- people_heldout28's forms (clinical contact centres in London, the Home Counties,
        # the South East and East Anglia), used by no older set
        elif form == "ymd_slash":  # "2023/04/17", a dispatch system's export
            s = f"{y:04d}/{m:02d}/{d:02d}"
        elif form == "dash_mon_caps":  # "17-APR-2023", an incident log's date
            s = f"{d:02d}-{month[:3].upper()}-{y}"
        elif form == "ddmmyyyy":  # "17041982", a date of birth keyed into a search box
            s = f"{d:02d}{m:02d}{y:04d}"
        elif form == "d_month":  # "17 April", a rota's or a letter's date without the year
            s = f"{d} {month}"
        elif form == "wkd_ord_month":  # "Monday 17th April"
            s = f"{weekday} {d}{self._suffix(d)} {month}"
        elif form == "said_slash":  # "seventeen slash four slash eighty-two", read off a screen
            yy = y % 100
            s = (f"{self._words(d)} slash {self._words(m)} slash "
                 f"{self._words(yy) if yy >= 10 else 'oh ' + (self._UNITS[yy] or 'oh')}")
        elif form == "said_each_digit":  # "one seven, oh four, eight two", read back digit by digit
            s = ", ".join(" ".join(self._DIGITS[int(c)] for c in f"{v:02d}")
                          for v in (d, m, y % 100))
        elif form == "said_of_yy":  # "the seventeenth of April, twenty-three"
            b.lit("the ")
            yy = y % 100
            s = (f"{self._ordinal_words(d)} of {month}, "
                 f"{self._words(yy) if yy >= 10 else 'oh ' + (self._UNITS[yy] or 'oh')}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        b.ent(s, "DATE", None, ("dob_" if dob else "") + form)

    def _age(self, form: str) -> None:
        """One AGE span, the number only: ``num`` ("aged 84"), ``yo`` ("84 y/o"), ``paren``
        ("(84)"), ``said`` ("eighty-four"), ``child``/``said_child`` (2-15)."""
        rng, b = self.rng, self.b
        child = form.endswith("child")
        n = rng.randint(2, 15) if child else rng.randint(19, 98)
        if form in ("said", "said_child"):
            b.ent(self._words(n), "AGE", None, "said")
        elif form == "paren":
            b.lit("(")
            b.ent(str(n), "AGE", None, "paren")
            b.lit(")")
        elif form == "yo":
            b.ent(str(n), "AGE", None, "yo")
            b.lit(" y/o")
        elif form in ("num", "num_child"):
            b.ent(str(n), "AGE", None, "num")
        elif form == "paren_child":  # a child's age in brackets (people_heldout24)
            b.lit("(")
            b.ent(str(n), "AGE", None, "paren")
            b.lit(")")
        elif form == "yrs":  # "57 yrs" (people_heldout24)
            b.ent(str(n), "AGE", None, "yrs")
            b.lit(" yrs")
        elif form in ("hyphen", "hyphen_child"):  # "a 57-year-old" (people_heldout25)
            b.ent(str(n), "AGE", None, "hyphen")
            b.lit("-year-old")
        elif form in ("said_hyphen", "said_hyphen_child"):  # "a fifty-seven-year-old"
            b.ent(self._words(n), "AGE", None, "said_hyphen")
            b.lit("-year-old")
        elif form == "sexage":  # a donor list's "F/57" or "(M, 57)" (people_heldout25)
            sex = rng.choice("FM")
            if rng.random() < 0.5:
                b.lit(f"{sex}/")
                b.ent(str(n), "AGE", None, "sexage")
            else:
                b.lit(f"({sex}, ")
                b.ent(str(n), "AGE", None, "sexage")
                b.lit(")")
        elif form == "agesex":  # a medevac form's "43M" (people_heldout26)
            b.ent(str(n), "AGE", None, "agesex")
            b.lit(rng.choice("MF"))
        elif form == "yoa":  # "43 yoa", years of age (people_heldout26)
            b.ent(str(n), "AGE", None, "yoa")
            b.lit(" yoa")
        elif form == "said_yoa":  # "forty-three years of age" (people_heldout26)
            b.ent(self._words(n), "AGE", None, "said_yoa")
            b.lit(" years of age")
        elif form == "yrs_compact":  # "84yrs", an "about me" page (people_heldout27)
            b.ent(str(n), "AGE", None, "yrs_compact")
            b.lit("yrs")
        elif form == "yr_hyphen":  # "84-yr-old" (people_heldout27)
            b.ent(str(n), "AGE", None, "yr_hyphen")
            b.lit("-yr-old")
        elif form == "said_year_old":  # "eighty-four year old", unhyphenated (people_heldout27)
            b.ent(self._words(n), "AGE", None, "said_year_old")
            b.lit(" year old")
        elif form == "yo_compact":  # "84yo", a dispatch note (people_heldout28)
            b.ent(str(n), "AGE", None, "yo_compact")
            b.lit("yo")
        elif form == "sex_first":  # "F84", a dispatch summary's sex then age (people_heldout28)
            b.lit(rng.choice("MF"))
            b.ent(str(n), "AGE", None, "sex_first")
        elif form in ("years_old", "years_old_child"):  # "84 years old" (people_heldout28)
            b.ent(str(n), "AGE", None, "years_old")
            b.lit(" years old")
        elif form in ("said_years_old", "said_years_old_child"):  # "eighty-four years old"
            b.ent(self._words(n), "AGE", None, "said_years_old")
            b.lit(" years old")
        elif form == "ton":  # a centenarian's "101" (people_heldout27)
            b.ent(str(rng.randint(100, 106)), "AGE", None, "ton")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    # ------------------------------------------------------------------ text
    def disfluent(self, s: str) -> str:
        return " ".join(self._disfluent_words(s)[0])

    def _disfluent_words(self, s: str) -> tuple[list[str], list[int]]:
        """The pieces ``disfluent`` joins with spaces, and for each word of ``s`` the index of
        the piece that is the word itself (a filler or a repeat goes before it)."""
        words = s.split(" ")
        if self.style != "spoken":
            return words, list(range(len(words)))
        rng = self.rng
        out: list[str] = []
        at: list[int] = []
        for i, w in enumerate(words):
            r = rng.random()
            if i > 0 and w[:1].islower() and r < 0.04:
                out.append(rng.choice(self.c.fillers))
            elif i > 0 and w.isalpha() and w.islower() and r < 0.06:
                out.append(w + ",")
            at.append(len(out))
            out.append(w)
        return out, at

    def prose(self, s: str) -> None:
        """Template text between slots: disfluent when spoken, its ``{DATE=..}`` and
        ``{AGE=..}`` labelled literally (see ``LABEL_RE``)."""
        if "=" not in s or not LABEL_RE.search(s):
            self.b.lit(self.disfluent(s))
            return
        plain, labels = "", []
        pos = 0
        for m in LABEL_RE.finditer(s):
            plain += s[pos:m.start()]
            labels.append((len(plain), len(plain) + len(m.group(2)), m.group(1), m.group(2)))
            plain += m.group(2)
            pos = m.end()
        plain += s[pos:]
        out, at = self._disfluent_words(plain)
        rendered = " ".join(out)
        piece_start = [0]
        for piece in out:
            piece_start.append(piece_start[-1] + len(piece) + 1)
        word_start = [0]
        for w in plain.split(" "):
            word_start.append(word_start[-1] + len(w) + 1)

        def where(c: int) -> int:  # where the plain text's character c lands in the output
            w = bisect.bisect_right(word_start, c) - 1
            return piece_start[at[w]] + c - word_start[w]

        done = 0
        for start, end, type_, value in labels:
            assert value == value.strip() and " " not in (plain[start], plain[end - 1])
            a, z = where(start), where(end - 1) + 1
            self.b.lit(rendered[done:a])
            form = "literal" if type_ == "DATE" else ("num" if value.isdigit() else "said")
            self.b.ent(rendered[a:z], type_, None, form)
            done = z
        self.b.lit(rendered[done:])

    def render(self, template: str) -> None:
        pos = 0
        for m in SLOT_RE.finditer(template):
            if m.start() > pos:
                self.prose(template[pos:m.start()])
            self.slot(m.group(1), m.group(2))
            pos = m.end()
        if pos < len(template):
            self.prose(template[pos:])

    def turn(self, label: str, sentences: list[str]) -> None:
        self.b.lit(f"{label}: ")
        for i, s in enumerate(sentences):
            if i:
                self.b.lit(" ")
            self.render(s)
        self.b.lit("\n\n")

    def write(self) -> str:
        rng, c = self.rng, self.c
        if rng.random() < 0.6:
            for header in rng.sample(c.headers, k=rng.randint(1, 3)):
                self.render(header)
                self.b.lit("\n")
            self.b.lit("\n")
        q, a = rng.choice(c.openings)
        self.turn(self.int_label, [q])
        self.turn(self.p_label, [a])
        answers = c.participant_spoken if self.style == "spoken" else c.participant_written
        for _ in range(rng.randint(14, 20)):
            self.turn(self.int_label, [rng.choice(c.interviewer)])
            k = rng.choice([1, 2, 2, 3, 3])
            pick = [rng.choice(answers) if rng.random() < 0.8 else rng.choice(c.negatives)
                    for _ in range(k)]
            self.turn(self.p_label, pick)
        q, a = rng.choice(c.closings)
        self.turn(self.int_label, [q])
        self.turn(self.p_label, [a])
        if rng.random() < 0.5:
            self.render(rng.choice(c.footers))
            self.b.lit("\n")
        return self.b.text()


def build(content: Content) -> tuple[list[Person], list[dict[str, object]]]:
    """(register, documents) for one set; deterministic for a given content."""
    people = register_people(content)
    docs: list[dict[str, object]] = []
    for i in range(content.n_docs):
        me = people[i % len(people)]
        rng = random.Random(f"{content.seed}:{i}")
        w = Writer(content, rng, me, people)
        text = w.write()
        docs.append({"id": f"{content.name}-{i + 1:03d}", "participant_code": me.code,
                     "style": w.style, "labels": f"{w.int_label}/{w.p_label}",
                     "text": text, "spans": w.b.spans})
    return people, docs


def load_content(name: str) -> Content:
    """The :class:`Content` of ``names_dev`` or ``names_heldout`` (loaded by path)."""
    module_name = f"_vault_corpus_{name}"
    module: ModuleType | None = sys.modules.get(module_name)
    if module is None:
        spec = importlib.util.spec_from_file_location(module_name, HERE / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return Content(**module.CONTENT)


def write_set(name: str, out_dir: Path = HERE) -> tuple[int, int]:
    people, docs = build(load_content(name))
    (out_dir / f"{name}_register.csv").write_text(register_csv(people), encoding="utf-8")
    with open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    return len(docs), sum(len(d["spans"]) for d in docs)  # type: ignore[arg-type]


def main(argv: list[str]) -> int:
    names = argv[1:] or list(SETS)
    for name in names:
        n_docs, n_spans = write_set(name)
        print(f"{name}: {n_docs} documents, {n_spans} spans")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main(sys.argv))
