"""Round 21's renderings: how ``heldout17``'s speakers and transcribers say and write
identifiers (the mixin ``V17`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v17`` (heldout17); every other set renders byte for byte
as before. Its words (labels, the hub's, the sergeant's and the officer's voices, sat-nav and
background sounds, old exchange names, house names, three-word locations, the old services' spelling
alphabet) are its own data, in ``self.t.negatives`` under keys starting "_".

Its documents: debriefs in a mountain-rescue team base, interviews in a rural dispensing
practice after evening surgery and on a prison's healthcare wing, typed by a transcription agency; ``Writer.state17`` holds a
document's kind, its voices' labels, the agency's label style, who is speaking and the word the
document says for zero.

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import re

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    UNITS,
    WEEKDAYS,
    Person,
    Templates,
    cardinal,
    ordinal_words,
)

_KIND_TAG = re.compile(r"\{K:([a-z,]+)\} ?")


class V17:
    """``heldout17``'s own renderings, switched on by ``Habits.v17`` for that set alone."""

    def data17(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v17(self) -> None:
        """A document is a debrief in a rescue team's base (the team leader reads the incident
        log), an interview in a dispensing practice (the dispenser reads scripts and messages) or
        on a prison's healthcare wing (an officer reads the chart); the agency types labels as
        said or in capitals with a tab."""
        rng = self.rng
        kind = rng.choice(self.data17("kinds"))
        st = self.state17
        st["kind"] = kind
        ilabel, plabel = rng.choice(self.data17(f"labels_{kind}")).split("=>", 1)
        self.ilabel = ilabel
        self.plabel = plabel.replace("{code}", self.cast["self"].code or "P")
        st["third"] = rng.choice(self.data17(f"third_{kind}"))
        st["hub"] = rng.choice(self.data17(f"hub_{kind}"))
        st["caps"] = rng.random() < 0.4
        st["zero"] = rng.choice(("oh", "zero", "oh"))
        st["sep"] = rng.choice((" ", ", ", " ... ", ", "))
        st["who"] = ""
        self.t = self.templates_v17()  # this kind's lines only, for the whole document

    def templates_v17(self) -> Templates:
        """The set's templates for this document's kind: a line or exchange tagged
        "{K:rescuebase}", "{K:dispensary,prisonwing}" is said only in those kinds (the tag dropped)."""
        kind = str(self.state17["kind"])

        def ok(s: str) -> bool:
            m = _KIND_TAG.match(s)
            return m is None or kind in m.group(1).split(",")

        def strip(s: str) -> str:
            return _KIND_TAG.sub("", s, count=1)

        def groups(gs: list[list[str]]) -> list[list[str]]:
            out = []
            for g in gs:
                pairs = [line.split("|", 1) for line in g]
                if all(ok(text) for _, text in pairs):
                    out.append([f"{who}|{strip(text)}" for who, text in pairs])
            return out
        t = self.t
        return Templates(labels=t.labels, opening=groups(t.opening), closing=groups(t.closing),
                         exchanges=groups(t.exchanges), talk=[strip(x) for x in t.talk if ok(x)],
                         questions=t.questions, filler=[strip(x) for x in t.filler if ok(x)],
                         backchannel=t.backchannel, openers=t.openers, negatives=t.negatives)

    def turn_v17(self, who: str, sentences: list[str]) -> None:
        rng, b, st = self.rng, self.b, self.state17
        kind = str(st["kind"])
        st["who"] = who
        if who == "N":  # the agency's note: no speaker label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        if who == "S" or (kind == "rescuebase" and rng.random() < 0.04):
            b.lit(rng.choice(self.data17(f"sound_{kind}")) + "\n\n")
            if who == "S":
                return
        label = {"O": str(st["third"]), "H": str(st["hub"]), "I": self.ilabel}.get(who, self.plabel)
        b.lit(f"{label.upper()}:\t" if st["caps"] else f"{label}: ")
        if rng.random() < 0.04:
            b.lit(rng.choice(self.data17("agency_marks")) + " ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def slot_v17(self, name: str, args: list[str]) -> bool:
        """Round 21's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PT":  # a patient or detainee, a new one each time (the last one is "rel")
            p = Person(rng.choice(self.pools.first_names), rng.choice(self.pools.surnames),
                       title=rng.choice(["Mr", "Mrs", "Ms", "Mr"]))
            self.cast["rel"] = p
            if arg == "title":
                b.lit(p.title + " ")
                b.ent(p.sur, "PERSON", None, "title_surname")
            else:
                b.ent(f"{p.first} {p.sur}", "PERSON", None, "full")
        elif name == "HOSP":  # at home (England and Wales) unless said "abroad"
            hosps = self.pools.hospitals
            cut = hosps.index(self.data17("abroad_from")[0])
            h = rng.choice(hosps[cut:] if arg == "abroad" else hosps[:cut])
            if h.startswith("the "):
                b.lit("The " if b.at_sentence_start() else "the ")
                h = h[4:]
            b.ent(h, "HOSPITAL", None, "hospital")
        elif name == "PHONE":
            self.phone_v17(arg)
        elif name in ("NHS", "GMC"):
            self.number_v17(name, arg)
        elif name == "POSTCODE":
            self.postcode_v17(arg)
        elif name == "ADDR":
            self.address_v17(arg)
        elif name == "EMAIL":
            self.email_v17(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v17(arg)
        elif name == "DATE":
            self.date_v17(arg)
        elif name == "AGE":
            self.age_v17(arg, args[1] if len(args) > 1 else None)
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent17(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- numbers
    def group17(self, g: str) -> str:
        """A group said digit by digit; "double" for a pair, except when a record is read out ("H")."""
        rng, st = self.rng, self.state17
        reading = st["who"] == "H"
        zero = "zero" if reading else str(st["zero"])
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            w = zero if d == "0" else UNITS[int(d)]
            if not reading and i + 1 < len(g) and g[i + 1] == d and rng.random() < 0.55:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def say17(self, digits: str, groups: list[int], join: str | None = None) -> str:
        rng = self.rng
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        sep = join if join is not None else (", " if self.state17["who"] == "H" else str(self.state17["sep"]))
        out = self.group17(parts[0])
        for p in parts[1:]:
            out += (", erm, " if rng.random() < 0.06 and join is None else sep) + self.group17(p)
        return out

    def mobile17(self) -> str:
        return "07" + self.rng.choice("4579") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v17(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "typed":
            d = self.mobile17() if rng.random() < 0.6 else rng.choice(self.data17("areas")) + f"{rng.randint(200000, 899999)}"
            b.ent(rng.choice([f"{d[:5]} {d[5:]}", d]), "PHONE", None, "mobile" if d[1] == "7" else "landline")
            return
        if form == "exchange":  # an old exchange name and a short number, as old people give it
            local = str(rng.randint(100, 999) if rng.random() < 0.5 else rng.randint(1000, 9999))
            self.ent17(f"{rng.choice(self.data17('exchanges'))} {self.group17(local)}", "PHONE", "sp_exchange_name")
            return
        if form == "area_town":  # "the <village> code, then ...": the place is its own span
            place, _ = rng.choice(self.data17("area_codes")).split("=>", 1)
            local = f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
            b.lit("the " if not b.at_sentence_start() else "The ")
            b.ent(place, "LOCATION", None, "town")
            b.lit(rng.choice([" code, then ", " code and then ", " number, ", " code, "]))
            self.ent17(self.say17(local, rng.choice([[3, 3], [6], [2, 2, 2]])), "PHONE", "sp_local_number")
            return
        if form == "landline":
            area = rng.choice(self.data17("areas"))
            local = f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
            if rng.random() < 0.3:  # read off a screen that shows "01544/267391"
                s = f"{self.say17(area, [5])} stroke {self.say17(local, [6])}"
                self.ent17(s, "PHONE", "sp_stroke")
                return
            self.ent17(self.say17(area + local, rng.choice([[5, 6], [5, 3, 3]])), "PHONE", "sp_landline")
            return
        d = self.mobile17()
        self.ent17(self.say17(d, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]])), "PHONE", "sp_mobile")

    def number_v17(self, kind: str, form: str) -> None:
        rng = self.rng
        if kind == "GMC":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
            if form == "typed":
                self.b.ent(d, "GMC_NUMBER", None, "gmc")
                return
            self.ent17(self.say17(d, rng.choice([[4, 3], [3, 4], [2, 2, 3], [7]])), "GMC_NUMBER", "sp_gmc")
            return
        d = self.nhs_digits()
        if form == "typed":
            self.b.ent(rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]), "NHS_NUMBER", None, "nhs")
        elif form == "space":  # read off a screen with the spaces said
            self.ent17(self.say17(d, [3, 3, 4], join=" space "), "NHS_NUMBER", "sp_nhs_space")
        else:
            self.ent17(self.say17(d, [3, 3, 4]), "NHS_NUMBER", "sp_nhs")

    # ---- postcodes and addresses
    def postcode_v17(self, form: str) -> None:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            self.b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        num_said = cardinal(int(num)) if len(num) == 2 and rng.random() < 0.5 else " ".join(UNITS[int(c)] for c in num)
        digit = UNITS[int(inward[0])]
        if form == "caps":  # the agency types letters run together, numbers as said
            self.b.ent(f"{letters} {num_said}, {digit} {inward[1:]}", "POSTCODE", None, "sp_postcode_caps")
        elif form == "ablebaker":  # the old services' alphabet, the words alone
            able = self.data17("able")[0].split()
            out = " ".join(able[ord(c) - 65] for c in letters)
            inn = " ".join(able[ord(c) - 65] for c in inward[1:])
            self.b.ent(f"{out} {num_said}, {digit} {inn}", "POSTCODE", None, "sp_postcode_ablebaker")
        else:
            sep = rng.choice([" ", ", "])
            self.ent17(f"{' '.join(letters)} {num_said}{sep}{digit} {' '.join(inward[1:])}", "POSTCODE", "sp_postcode")

    def address_v17(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "house":  # a house or farm name, the way the country gives an address
            name = rng.choice(self.data17("house_names"))
            if name.startswith("the "):
                b.lit("The " if b.at_sentence_start() else "the ")
                name = name[4:]
            b.ent(name, "LOCATION", None, "house_name")
        elif form == "threewords":  # a three-word location
            words = rng.choice(self.data17("w3w")).split()
            if rng.random() < 0.5:
                self.ent17(" dot ".join(words), "LOCATION", "sp_what3words")
            else:
                self.ent17(", ".join(words), "LOCATION", "sp_what3words")
        elif form == "grid":  # an Ordnance Survey grid reference, read out
            letters = rng.choice(self.data17("grid"))
            e, n = f"{rng.randint(0, 999):03d}", f"{rng.randint(0, 999):03d}"
            s = f"{letters} {' '.join(UNITS[int(c)] for c in e)}, {' '.join(UNITS[int(c)] for c in n)}"
            b.ent(s, "LOCATION", None, "sp_grid_ref")
        elif form == "typed":
            n = rng.randint(1, 60)
            r = rng.random()
            if r < 0.4:
                b.ent(f"{n} {rng.choice(self.pools.streets)}", "LOCATION", None, "address")
            elif r < 0.7:
                b.ent(rng.choice(self.data17("house_names")).removeprefix("the "), "LOCATION", None,
                      "house_name")
            else:
                b.ent("///" + ".".join(rng.choice(self.data17("w3w")).split()), "LOCATION", None, "what3words")
        else:  # "street": a number in words and the street
            n = rng.randint(1, 120)
            self.ent17(f"{cardinal(n)} {rng.choice(self.pools.streets)}", "LOCATION", "sp_address")

    # ---- e-mails and spellings
    def email_v17(self, who: str, form: str) -> None:
        rng = self.rng
        p = self.cast["self" if who == "self_web" else who]
        fn = self.plain10(p.first.replace(" ", ""))
        sn = self.plain10(p.sur.replace(" ", ""))
        year = 0
        if who == "self_web":  # a webmail address from the years abroad, a birth year on it
            year = rng.randint(70, 99)
            address = f"{rng.choice([fn, fn[0], fn + sn[0]])}{rng.choice(['', '.'])}{sn}{year}@{rng.choice(self.data17('webmail'))}"
        elif p.email and who in ("self", "reg"):
            address = p.email
        else:
            address = f"{rng.choice([fn + '.', fn[0] + '.', fn[0]])}{sn}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            self.b.ent(address, "EMAIL", p.code, "email")
            return
        local, domain = address.split("@", 1)

        def say(piece: str) -> str:
            out: list[str] = []
            for bit in piece.replace(".", " . ").replace("-", " - ").split():
                if bit == ".":
                    out.append("dot")
                elif bit == "-":
                    out.append("dash")
                elif bit.endswith(str(year)) and year:
                    if bit[:-2]:
                        out.append(bit[:-2])
                    out.append(cardinal(year))
                elif len(bit) <= 3 and bit not in ("com", "gov", "net") or any(c.isdigit() for c in bit):
                    out.append(" ".join(UNITS[int(c)] if c.isdigit() else c for c in bit))
                else:
                    out.append(bit)
            return " ".join(out)
        said = f"{say(local)} at {say(domain)}"
        self.b.ent(said, "EMAIL", p.code, "sp_email_number_word" if year else "sp_email")

    def spelled_v17(self, who: str) -> None:
        rng = self.rng
        p = self.cast[who]
        sur = p.sur.upper()
        if rng.random() < 0.35:  # the old services' alphabet, the words alone
            able = self.data17("able")[0].split()
            parts = ["dash" if c == "-" else able[ord(c) - 65] for c in sur]
            self.b.ent(" ".join(parts), "PERSON", p.code, "sp_spelled_ablebaker")
            return
        letters: list[str] = []
        i = 0
        while i < len(sur):
            c = sur[i]
            if c == "-":
                letters.append("hyphen")
                i += 1
            elif i + 1 < len(sur) and sur[i + 1] == c:
                letters.append(f"double {c}")
                i += 2
            else:
                letters.append(c)
                i += 1
        self.b.ent(rng.choice([" ", ", ", "-"]).join(letters), "PERSON", p.code, "sp_spelled")

    # ---- dates and ages
    def year17(self, y: int) -> str:
        if y < 2000:
            return f"nineteen {cardinal(y % 100)}" if y % 100 >= 10 else f"nineteen oh {UNITS[y % 100]}"
        if y < 2010:
            return f"two thousand and {UNITS[y - 2000]}"
        return self.rng.choice([f"twenty {cardinal(y - 2000)}", f"twenty-{cardinal(y - 2000)}"])

    def date_v17(self, form: str) -> None:
        rng, b = self.rng, self.b
        y = rng.randint(2004, 2025)
        m, d = rng.randint(1, 12), rng.randint(1, 27)
        dw, mon = ordinal_words(d), MONTHS[m - 1]
        if form == "dob":
            by = rng.randint(1958, 1994)
            self.ent17(rng.choice([f"{dw} of {mon}, {self.year17(by)}", f"{dw} of {mon} {self.year17(by)}"]),
                       "DATE", "sp_dob")
        elif form == "dob_hub":  # a log, script or chart read out: the year digit by digit
            by = rng.randint(1929, 2006)
            self.ent17(f"{dw} of {mon}, {' '.join(UNITS[int(c)] for c in str(by))}", "DATE", "sp_dob_year_digits")
        elif form == "dom_y":
            self.ent17(f"{dw} of {mon} {self.year17(y)}", "DATE", "sp_dom_y")
        elif form == "dom":
            self.ent17(f"{dw} of {mon}", "DATE", "sp_dom")
        elif form == "month_year":
            self.ent17(f"{mon} {self.year17(y)}", "DATE", "sp_month_year")
        elif form == "weekday":
            self.ent17(f"{WEEKDAYS[rng.randrange(7)]} the {dw}", "DATE", "sp_weekday")
        elif form == "dtg":  # an ex-forces date-time group off the incident log: one span
            hh, mm = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
            dd = " ".join(UNITS[int(c)] if c != "0" else "zero" for c in f"{d:02d}")
            tt = " ".join(UNITS[int(c)] if c != "0" else "zero" for c in f"{hh:02d}{mm:02d}")
            yy = " ".join(UNITS[int(c)] if c != "0" else "zero" for c in f"{y % 100:02d}")
            self.ent17(f"{dd}, {tt}, Zulu, {mon}, {yy}", "DATE", "sp_dtg")
        elif form == "typed_dtg":
            hh, mm = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
            b.ent(f"{d:02d}{hh:02d}{mm:02d}Z {mon[:3].upper()} {y % 100:02d}", "DATE", None, "dtg")
        elif form == "typed":
            b.ent(rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}"]), "DATE", None, "dmy")
        elif form == "typed_dob":
            b.ent(f"{d:02d}/{m:02d}/{rng.randint(1929, 2006)}", "DATE", None, "dmy")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v17(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if form == "aged":  # a record read out: "aged [eighty-seven]"
            b.lit("aged ")
            b.ent(cardinal(n), "AGE", None, "sp_aged")
        elif form == "years_of_age":  # the prison record's words
            n = rng.randint(18, 64)
            self.ent17(cardinal(n), "AGE", "sp_years_of_age")
            b.lit(" years of age")
        elif form == "ordinal_year":  # "in her [ninety-second] year": the age is one less
            self.ent17(ordinal_words(rng.randint(80, 99)) if rng.random() < 0.9 else "hundredth",
                       "AGE", "sp_ordinal_year")
        elif form in ("answer", "words", "year_old"):
            self.ent17(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
