"""Round 24's renderings: how ``heldout20``'s speakers and transcribers say and write
identifiers (the mixin ``V20`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v20`` (heldout20); every other set renders byte for byte
as before. Its words (voices' labels, the homely spelling alphabet, area codes, the transcriber's
marks) are its own data, in ``self.t.negatives`` under keys starting "_".

Its documents: interviews about the paperwork after a death, in a medical examiner's office, a
hospital bereavement office and a hospice family room, typed by a university transcription
service that numbers every turn; ``Writer.state20`` holds a document's kind, its voices' labels,
its turn counter, the word its speakers say for zero and how they part digit groups.

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own.
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
    nhs_check_digit,
    ordinal_words,
)

_KIND_TAG = re.compile(r"\{K:([a-z,]+)\} ?")


class V20:
    """``heldout20``'s own renderings, switched on by ``Habits.v20`` for that set alone."""

    def data20(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v20(self) -> None:
        """A document is an interview in a medical examiner's office (the officer reads the case
        record), a bereavement office (the officer reads the family's form) or a hospice family
        room (the ward clerk reads the notes); every turn is numbered by the transcriber."""
        rng = self.rng
        st = self.state20
        kind = rng.choice(self.data20("kinds"))
        st["kind"] = kind
        ilabel, plabel = rng.choice(self.data20(f"labels_{kind}")).split("=>", 1)
        self.ilabel = ilabel
        self.plabel = plabel.replace("{code}", self.cast["self"].code or "P")
        st["third"] = rng.choice(self.data20(f"third_{kind}"))
        st["hub"] = rng.choice(self.data20(f"hub_{kind}"))
        st["n"] = rng.randint(1, 4)
        st["zero"] = rng.choice(("oh", "oh", "nought", "zero"))
        st["sep"] = rng.choice((", ", " ", " ... ", ", "))
        st["who"] = ""
        self.t = self.templates_v20()  # this kind's lines only, for the whole document

    def templates_v20(self) -> Templates:
        """The set's templates for this document's kind: a line or exchange tagged
        "{K:meoffice}", "{K:bereavement,hospice}" is said only in those kinds (the tag dropped)."""
        kind = str(self.state20["kind"])

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

    def turn_v20(self, who: str, sentences: list[str]) -> None:
        rng, b, st = self.rng, self.b, self.state20
        st["who"] = who
        if who == "N":  # the transcriber's note or the file's header: no number, no label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        if who == "S":  # a sound, in double brackets, on its own line
            b.lit(rng.choice(self.data20(f"sound_{st['kind']}")) + "\n\n")
            return
        n = int(str(st["n"]))
        st["n"] = n + 1
        label = {"O": str(st["third"]), "H": str(st["hub"]), "I": self.ilabel}.get(who, self.plabel)
        b.lit(f"{n:03d}  {label}: ")
        if rng.random() < 0.05:
            b.lit(rng.choice(self.data20("marks")) + " ")
        said: list[str] = []
        for s in sentences:
            if s in said:  # a filler drawn twice is said once
                continue
            if said:
                b.lit(" ")
            said.append(s)
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def slot_v20(self, name: str, args: list[str]) -> bool:
        """Round 24's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name in ("PT", "FAM"):  # the deceased or a patient (PT), a relative (FAM): new each time
            firsts = self.pools.first_names
            if rng.random() < 0.3:  # a first name a register participant also has
                firsts = [r[0] for r in self.pools.register]
            p = Person(rng.choice(firsts), rng.choice(self.pools.surnames),
                       title=rng.choice(["Mr", "Mrs", "Ms", "Mr", "Mrs"]))
            self.cast["rel"] = p
            if arg == "title":
                b.lit(p.title + " ")
                b.ent(p.sur, "PERSON", None, "title_surname")
            elif arg == "first":
                b.ent(p.first, "PERSON", None, "first")
            else:
                b.ent(f"{p.first} {p.sur}", "PERSON", None, "full")
        elif name == "HOSP":
            hosps = self.pools.hospitals
            cut = hosps.index(self.data20("abroad_from")[0])
            h = rng.choice(hosps[cut:] if arg == "abroad" else hosps[:cut])
            if h.startswith("the "):
                b.lit("The " if b.at_sentence_start() else "the ")
                h = h[4:]
            b.ent(h, "HOSPITAL", None, "hospital")
        elif name == "PHONE":
            self.phone_v20(arg)
        elif name in ("NHS", "GMC"):
            self.number_v20(name, arg)
        elif name == "POSTCODE":
            self.postcode_v20(arg)
        elif name == "ADDR":
            self.address_v20(arg)
        elif name == "EMAIL":
            self.email_v20(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v20(arg)
        elif name == "DATE":
            self.date_v20(arg)
        elif name == "AGE":
            self.age_v20(arg, args[1] if len(args) > 1 else None)
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent20(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- numbers
    def group20(self, g: str) -> str:
        """A group said digit by digit, "double"/"treble" for runs, except when a record is
        read out ("H"), which says every digit and "zero"."""
        rng, st = self.rng, self.state20
        reading = st["who"] == "H"
        zero = "zero" if reading else str(st["zero"])
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            w = zero if d == "0" else UNITS[int(d)]
            if not reading and i + 2 < len(g) and g[i + 1] == d == g[i + 2] and rng.random() < 0.6:
                words.append(f"treble {w}")
                i += 3
            elif not reading and i + 1 < len(g) and g[i + 1] == d and rng.random() < 0.6:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def say20(self, digits: str, groups: list[int], join: str | None = None) -> str:
        rng = self.rng
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        sep = join if join is not None else (", " if self.state20["who"] == "H" else str(self.state20["sep"]))
        out = self.group20(parts[0])
        for p in parts[1:]:
            if join is None and rng.random() < 0.07:
                out += rng.choice(self.data20("inside"))
            else:
                out += sep
            out += self.group20(p)
        return out

    def restart20(self, digits: str, groups: list[int]) -> str:
        """A number begun, abandoned and said again from the start: one span."""
        rng = self.rng
        k = rng.choice([2, 3, 4])
        return f"{self.group20(digits[:k])}{rng.choice(self.data20('restarts'))}{self.say20(digits, groups)}"

    def mobile20(self) -> str:
        return "07" + self.rng.choice("3456789") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v20(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "typed":
            r = rng.random()
            if r < 0.5:
                d = self.mobile20()
                b.ent(rng.choice([f"{d[:5]} {d[5:]}", d]), "PHONE", None, "mobile")
            else:
                d = f"0289{rng.randint(0, 9999999):07d}" if r < 0.75 else rng.choice(self.data20("areas")) + f"{rng.randint(200000, 899999)}"
                b.ent(f"{d[:3]} {d[3:7]} {d[7:]}" if d.startswith("028") else f"{d[:5]} {d[5:]}",
                      "PHONE", None, "landline")
            return
        if form == "local":  # a landline given without its 028
            d = f"{rng.choice('97')}{rng.randint(0, 9999999):07d}"
            self.ent20(self.say20(d, rng.choice([[4, 4], [2, 2, 4], [4, 2, 2]])), "PHONE", "sp_landline_local")
            return
        if form == "landline":
            if rng.random() < 0.45:
                d = f"0289{rng.randint(0, 9999999):07d}"
                groups = rng.choice([[3, 4, 4], [3, 2, 2, 4]])
            else:
                d = rng.choice(self.data20("areas")) + f"{rng.randint(200000, 899999)}"
                groups = rng.choice([[5, 3, 3], [5, 6]])
            self.ent20(self.say20(d, groups), "PHONE", "sp_landline")
            return
        d = self.mobile20()
        groups = rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]])
        if form == "restart":
            self.ent20(self.restart20(d, groups), "PHONE", "sp_restart")
            return
        self.ent20(self.say20(d, groups), "PHONE", "sp_mobile")

    def hcn_digits(self) -> str:
        """A Health and Care number: ten digits from 320, modulus 11."""
        rng = self.rng
        while True:
            nine = f"{rng.randint(320, 399)}{rng.randint(0, 999999):06d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def number_v20(self, kind: str, form: str) -> None:
        rng = self.rng
        if kind == "GMC":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
            if form == "typed":
                self.b.ent(d, "GMC_NUMBER", None, "gmc")
                return
            self.ent20(self.say20(d, rng.choice([[3, 4], [4, 3], [7]])), "GMC_NUMBER", "sp_gmc")
            return
        d = self.hcn_digits() if form in ("hcn", "typed_hcn") else self.nhs_digits()
        if form in ("typed", "typed_hcn"):
            self.b.ent(rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]), "NHS_NUMBER", None,
                       "hcn" if form == "typed_hcn" else "nhs")
        elif form == "restart":
            self.ent20(self.restart20(d, [3, 3, 4]), "NHS_NUMBER", "sp_restart")
        else:
            self.ent20(self.say20(d, [3, 3, 4]), "NHS_NUMBER", "sp_hcn" if form == "hcn" else "sp_nhs")

    # ---- postcodes and addresses
    def postcode_v20(self, form: str) -> None:
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
        if form == "for":  # each letter with a homely word: "B for Bread"
            home = self.data20("homely")[0].split()
            out = ", ".join(f"{c} for {home[ord(c) - 65]}" for c in letters)
            inn = ", ".join(f"{c} for {home[ord(c) - 65]}" for c in inward[1:])
            self.ent20(f"{out}, {num_said}, {digit}, {inn}", "POSTCODE", "sp_postcode_for")
            return
        sep = rng.choice([" ", ", ", " ... "])
        self.ent20(f"{' '.join(letters)} {num_said}{sep}{digit} {' '.join(inward[1:])}", "POSTCODE", "sp_postcode")

    def address_v20(self, form: str) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        if form == "typed":
            b.ent(f"{rng.randint(1, 240)}{rng.choice(['', '', '', 'A', 'b'])} {street}", "LOCATION", None, "address")
        elif form == "digits":  # "one one four", "one-fourteen": the house number in digit groups
            n = rng.randint(100, 399)
            said = rng.choice([" ".join(UNITS[int(c)] for c in str(n)),
                               f"{UNITS[n // 100]}-{cardinal(n % 100)}" if n % 100 > 9
                               else f"{UNITS[n // 100]} oh {UNITS[n % 10]}"])
            self.ent20(f"{said} {street}", "LOCATION", "sp_address_digits")
        else:  # "words": the number in words, sometimes with a letter after it
            n = rng.randint(1, 180)
            said = cardinal(n, hundred_a=rng.random() < 0.5)
            if rng.random() < 0.15:
                said += " A"
            self.ent20(f"{said} {street}", "LOCATION", "sp_address")

    # ---- e-mails and spellings
    def email_v20(self, who: str, form: str) -> None:
        rng = self.rng
        p = self.cast["rel" if who == "fam" else who]
        fn = self.plain10(p.first.replace(" ", ""))
        sn = self.plain10(p.sur.replace(" ", ""))
        if form == "oneword":  # a personal address with no dots in it, "all one word"
            local = rng.choice([fn + sn, fn + sn + str(rng.randint(10, 99)), fn[0] + sn])
            address = f"{local.replace('-', '')}@{rng.choice(self.data20('webmail'))}"
        elif p.email and who in ("self", "reg"):
            address = p.email
        elif who in ("fam",):
            address = f"{rng.choice([fn + sn, fn + sn + str(rng.randint(1, 99)), fn[0] + sn])}@{rng.choice(self.data20('webmail'))}"
        else:
            address = f"{rng.choice([fn + '.', fn[0] + '.', fn[0]])}{sn}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            self.b.ent(address, "EMAIL", p.code, "email")
            return
        local, domain = address.split("@", 1)
        spelled = self.data20("spelled_domain_words")

        def say(piece: str) -> str:
            out: list[str] = []
            for bit in re.split(r"([.\-])", piece):
                if not bit:
                    continue
                if bit == ".":
                    out.append("dot")
                elif bit == "-":
                    out.append("dash")
                elif bit in spelled:
                    out.append(" ".join(bit))
                elif bit.isdigit():
                    out.append(cardinal(int(bit)) if len(bit) == 2 and bit[0] != "0" else " ".join(UNITS[int(c)] for c in bit))
                else:
                    m = re.fullmatch(r"([a-z]+)(\d+)", bit)
                    out.append(f"{m.group(1)} {cardinal(int(m.group(2)))}" if m else bit)
            return " ".join(out)
        if form == "oneword" and "." not in local:
            said = f"{say(local)}{rng.choice([', all one word, at ', ', one word, at '])}{say(domain)}"
            self.b.ent(said, "EMAIL", p.code, "sp_email_one_word")
            return
        self.b.ent(f"{say(local)} at {say(domain)}", "EMAIL", p.code, "sp_email")

    def spelled_v20(self, who: str) -> None:
        rng = self.rng
        p = self.cast[who]
        sur = p.sur
        if sur.startswith("Mc") and rng.random() < 0.8:  # "M, small c, capital G, O, ..."
            rest = ", ".join("dash" if c == "-" else c.upper() for c in sur[3:])
            self.b.ent(f"M, small c, capital {sur[2]}, {rest}", "PERSON", p.code, "sp_spelled_caps")
            return
        letters: list[str] = []
        i = 0
        up = sur.upper()
        while i < len(up):
            c = up[i]
            if c == "-":
                letters.append(rng.choice(["dash", "hyphen"]))
                i += 1
            elif i + 1 < len(up) and up[i + 1] == c:
                letters.append(f"double {c}")
                i += 2
            else:
                letters.append(c)
                i += 1
        self.b.ent(rng.choice([" ", ", ", "-"]).join(letters), "PERSON", p.code, "sp_spelled")

    # ---- dates and ages
    def year20(self, y: int, older: bool = False) -> str:
        if y < 2000:
            if older and y < 1960 and self.rng.random() < 0.7:  # "nineteen and forty-one"
                return f"nineteen and {cardinal(y % 100)}"
            return f"nineteen {cardinal(y % 100)}" if y % 100 >= 10 else f"nineteen oh {UNITS[y % 100]}"
        if y < 2010:
            return f"two thousand and {UNITS[y - 2000]}"
        return self.rng.choice([f"twenty {cardinal(y - 2000)}", f"twenty-{cardinal(y - 2000)}"])

    def date_v20(self, form: str) -> None:
        rng, b = self.rng, self.b
        y = rng.randint(2019, 2026)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dw, mon = ordinal_words(d), MONTHS[m - 1]
        if form == "dob":
            by = rng.randint(1931, 1998)
            self.ent20(rng.choice([f"{dw} of {mon}, {self.year20(by)}", f"{dw} of {mon} {self.year20(by)}"]),
                       "DATE", "sp_dob")
        elif form == "and_year":  # an older person's year of birth: "nineteen and thirty-eight"
            by = rng.randint(1925, 1959)
            self.ent20(f"{dw} of {mon}, nineteen and {cardinal(by % 100)}", "DATE", "sp_and_year")
        elif form in ("num_month", "num_month_y", "num_month_dob"):  # "the fourteenth of the eleventh, twenty-five"
            b.lit("The " if b.at_sentence_start() else "the ")
            s = f"{dw} of the {ordinal_words(m)}"
            if form != "num_month":  # a death's year is recent, a birth's is not
                yy = y if form == "num_month_y" else rng.randint(1930, 1999)
                s += ", " + (cardinal(yy % 100) if yy >= 2010 or yy % 100 >= 10 else self.year20(yy))
            b.ent(s, "DATE", None, "sp_num_month")
        elif form in ("slashes", "slashes_dob"):  # off the screen: "fourteen slash eleven slash twenty-five"
            yy = y if form == "slashes" else rng.randint(1930, 1999)
            ys = cardinal(yy % 100) if yy % 100 >= 10 else f"oh {UNITS[yy % 100]}"
            self.ent20(f"{cardinal(d)} slash {cardinal(m)} slash {ys}", "DATE", "sp_date_slashes")
        elif form == "dom_y":  # the template says the "the"
            b.ent(f"{dw} of {mon}, {self.year20(y)}", "DATE", None, "sp_dom_y")
        elif form == "dom":
            b.ent(f"{dw} of {mon}", "DATE", None, "sp_dom")
        elif form == "day_corr":  # "the fourth, no, the fifth of March": both labelled
            b.lit("The " if b.at_sentence_start() else "the ")
            b.ent(ordinal_words(d + 1 if d < 28 else d - 1), "DATE", None, "sp_day_only")
            b.lit(rng.choice([", no, the ", " - sorry - the ", ", wait, no, the "]))
            b.ent(f"{dw} of {mon}", "DATE", None, "sp_dom")
        elif form == "month_year":
            self.ent20(f"{mon} {self.year20(rng.randint(1995, 2025))}", "DATE", "sp_month_year")
        elif form == "weekday":
            self.ent20(f"{WEEKDAYS[rng.randrange(7)]} the {dw}", "DATE", "sp_weekday")
        elif form == "typed":
            b.ent(rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}"]),
                  "DATE", None, "dmy")
        elif form == "typed_dob":
            b.ent(f"{d:02d}/{m:02d}/{rng.randint(1925, 2004)}", "DATE", None, "dob_slash")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v20(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if form == "typed":
            b.ent(str(n), "AGE", None, "age")
        elif form == "corr":  # an age put right at once: both are said, both labelled
            self.ent20(cardinal(n), "AGE", "sp_corrected")
            b.lit(rng.choice([", no, ", " - no, she'd had her birthday - ", ", sorry, "]))
            b.ent(cardinal(n + 1), "AGE", None, "sp_corrected")
        elif form in ("answer", "words", "would", "only", "man_of", "at_death"):
            self.ent20(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
