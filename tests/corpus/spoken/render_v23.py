"""Round 27's renderings: how ``heldout23``'s speakers and transcribers say and write
identifiers (the mixin ``RightPatient`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v23`` (heldout23); every other set renders byte for byte
as before. Its words (voices' labels, the "as in" spelling words, area codes, the transcriber's
marks) are its own data, in ``self.t.negatives`` under keys starting "_".

Its documents: interviews about checking a patient's identity, in an anaesthetic room, an
imaging department and a hospital dispensary; a second member of staff reads a wristband, a
request form or a prescription aloud (digits one at a time, names letter by letter), words
shouted across a noisy room are typed in capitals, and the researcher reads numbers back for
the recording; ``Writer.state23`` holds a document's kind, its voices' labels, the word its
speakers say for zero and how they part digit groups.

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
_SHORT = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


class RightPatient:
    """``heldout23``'s own renderings, switched on by ``Habits.v23`` for that set alone."""

    def data23(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v23(self) -> None:
        """A document is an interview in an anaesthetic room, an imaging department or a
        dispensary, with a second member of staff reading a wristband, a form or a script."""
        rng = self.rng
        st = self.state23
        kind = rng.choice(self.data23("kinds")[0].split())
        st["kind"] = kind
        ilabel, plabel = rng.choice(self.data23(f"labels_{kind}")).split("=>", 1)
        self.ilabel = ilabel
        self.plabel = plabel.replace("{code}", self.cast["self"].code or "P")
        st["third"] = rng.choice(self.data23(f"third_{kind}"))
        st["hub"] = rng.choice(self.data23(f"hub_{kind}"))
        st["zero"] = rng.choice(("oh", "oh", "zero"))
        st["sep"] = rng.choice((", ", " ", " - "))
        st["signsep"] = rng.choice(("... ", ", ", "-"))
        st["who"] = ""
        self.t = self.templates_v23()

    def templates_v23(self) -> Templates:
        """The set's templates for this document's kind (a "{K:...}" tag keeps a line to it)."""
        kind = str(self.state23["kind"])

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

    def turn_v23(self, who: str, sentences: list[str]) -> None:
        rng, b, st = self.rng, self.b, self.state23
        st["who"] = who
        if who == "N":  # the transcriber's header or note: no label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        if who == "S":  # a non-speech event in angle brackets, on its own line
            b.lit(rng.choice(self.data23(f"sound_{st['kind']}")) + "\n\n")
            return
        label = {"O": str(st["third"]), "H": str(st["hub"]), "I": self.ilabel}.get(who, self.plabel)
        b.lit(f"{label}:\t")
        if rng.random() < 0.06:
            b.lit(rng.choice(self.data23("marks")) + " ")
        said: list[str] = []
        for s in sentences:
            if s in said:
                continue
            if said:
                b.lit(" ")
            said.append(s)
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def slot_v23(self, name: str, args: list[str]) -> bool:
        """Round 27's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name in ("PT", "FAM"):  # a patient (PT) or a relative (FAM): new each time
            firsts = self.pools.first_names
            if rng.random() < 0.33:  # a first name a register participant also has
                firsts = [r[0] for r in self.pools.register]
            p = Person(rng.choice(firsts), rng.choice(self.pools.surnames),
                       title=rng.choice(["Mr", "Mrs", "Ms", "Mr", "Mrs", "Miss"]))
            self.cast["rel"] = p
            if arg == "title":
                b.lit(p.title + " ")
                b.ent(p.sur, "PERSON", None, "title_surname")
            elif arg == "first":
                b.ent(p.first, "PERSON", None, "first")
            else:
                b.ent(f"{p.first} {p.sur}", "PERSON", None, "full")
        elif name == "HOSP":
            b.ent(self.hosp23(arg == "abroad"), "HOSPITAL", None, "hospital")
        elif name == "PHONE":
            self.phone_v23(arg)
        elif name in ("NHS", "GMC", "HCPC", "NMC"):
            self.number_v23(name, arg)
        elif name == "POSTCODE":
            self.postcode_v23(arg)
        elif name == "ADDR":
            self.address_v23(arg)
        elif name == "EMAIL":
            self.email_v23(arg, args[1])
        elif name in ("SPELLED", "FS"):
            self.spelled_v23(arg, fingers=(name == "FS"))
        elif name == "GLOSS":
            self.gloss_v23(arg)
        elif name == "DATE":
            self.date_v23(arg)
        elif name == "AGE":
            self.age_v23(arg, args[1] if len(args) > 1 else None)
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def hosp23(self, abroad: bool) -> str:
        rng, b = self.rng, self.b
        hosps = self.pools.hospitals
        cut = hosps.index(self.data23("abroad_from")[0])
        h = rng.choice(hosps[cut:] if abroad else hosps[:cut])
        if h.startswith("the "):
            b.lit("The " if b.at_sentence_start() else "the ")
            h = h[4:]
        return h

    def ent23(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- numbers
    def group23(self, g: str) -> str:
        """A group said digit by digit, "double"/"triple" for runs (never in a read-back)."""
        rng, st = self.rng, self.state23
        plain = st["who"] == "I"
        zero = str(st["zero"])
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            w = zero if d == "0" else UNITS[int(d)]
            if not plain and i + 2 < len(g) and g[i + 1] == d == g[i + 2] and rng.random() < 0.5:
                words.append(f"triple {w}")
                i += 3
            elif not plain and i + 1 < len(g) and g[i + 1] == d and rng.random() < 0.5:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def say23(self, digits: str, groups: list[int]) -> str:
        rng = self.rng
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        sep = ", " if self.state23["who"] == "I" else str(self.state23["sep"])
        out = self.group23(parts[0])
        for p in parts[1:]:
            out += rng.choice(self.data23("inside")) if rng.random() < 0.06 else sep
            out += self.group23(p)
        return out

    def signed23(self, digits: str) -> str:
        """Digits read one at a time off a wristband or a label."""
        sep = str(self.state23["signsep"])
        return sep.join("zero" if c == "0" else UNITS[int(c)] for c in digits)

    def fixed23(self, digits: str, groups: list[int]) -> str:
        """A number with one digit put right as it is said ("seven two, no, not two, three"):
        one span, the wrong digit and the fix inside it."""
        rng = self.rng
        k = rng.choice([4, 5, 6])
        wrong = str((int(digits[k]) + rng.choice([1, 2, 7])) % 10)
        head = self.group23(digits[:k]) + " " + UNITS[int(wrong)]
        fix = f"{rng.choice(self.data23('fixes'))}{UNITS[int(wrong)]}, {UNITS[int(digits[k])]}"
        rest = digits[k + 1:]
        tail = ", " + self.say23(rest, [len(rest) - len(rest) // 2, len(rest) // 2]) if len(rest) > 3 else ", " + self.group23(rest)
        return head + fix + tail

    def mobile23(self) -> str:
        return "07" + self.rng.choice("34579") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def landline23(self) -> tuple[str, list[int]]:
        rng = self.rng
        area = rng.choice(self.data23("areas")[0].split())
        d = area + f"{rng.randint(2000000, 8999999)}"[:11 - len(area)]
        return d, [len(area), 3, 11 - len(area) - 3] if len(area) == 4 else [5, 6]

    def phone_v23(self, form: str) -> None:
        rng, b, st = self.rng, self.b, self.state23
        if form == "readback":  # the researcher says the last mobile back, for the recording
            d = str(st.get("last_mobile") or self.mobile23())
            self.ent23(self.say23(d, [5, 3, 3]), "PHONE", "sp_read_back")
            return
        if form in ("typed", "typed_relay"):
            d = self.mobile23() if rng.random() < 0.6 else self.landline23()[0]
            s = rng.choice([f"{d[:5]} {d[5:]}", d, f"{d[:5]} {d[5:8]} {d[8:]}"])
            if form == "typed_relay":  # the 141 typed before it is not the number
                b.lit("141 ")
                b.ent(s, "PHONE", None, "mobile" if d.startswith("07") else "landline")
            else:
                b.ent(s, "PHONE", None, "mobile" if d.startswith("07") else "landline")
            return
        if form == "landline":
            d, groups = self.landline23()
            self.ent23(self.say23(d, groups), "PHONE", "sp_landline")
            return
        d = self.mobile23()
        st["last_mobile"] = d
        if form == "signed":
            self.ent23(self.signed23(d), "PHONE", "sp_one_by_one")
        elif form == "relay":  # "one four one" (to hide the caller's number), then the number
            if rng.random() < 0.4:
                d = self.landline23()[0]
            b.lit(self.cap(rng.choice(["one four one, then ", "one-four-one first, then "])))
            self.ent23(self.say23(d, [5, 6]), "PHONE", "sp_after_141")
        elif form == "fixed":
            self.ent23(self.fixed23(d, [5, 6]), "PHONE", "sp_fixed")
        else:
            self.ent23(self.say23(d, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]])), "PHONE", "sp_mobile")

    def hcn23(self) -> str:
        rng = self.rng
        while True:
            nine = f"{rng.randint(320, 399)}{rng.randint(0, 999999):06d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def number_v23(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "GMC":
            d = f"{rng.randint(4, 7)}{rng.randint(0, 999999):06d}"
            if form == "typed":
                b.ent(d, "GMC_NUMBER", None, "gmc")
            else:
                self.ent23(self.say23(d, rng.choice([[3, 4], [7], [1, 3, 3]])), "GMC_NUMBER", "sp_gmc")
            return
        if kind == "HCPC":  # a hearing aid dispenser's, a clinical scientist's, ...
            pre = rng.choice(self.data23("hcpc_prefix"))
            d = f"{rng.randint(1, 9)}{rng.randint(0, 9999):04d}"
            if form == "typed":
                b.ent(f"{pre}{d}", "GMC_NUMBER", None, "hcpc")
            else:
                self.ent23(f"{' '.join(pre)}, {self.say23(d, [2, 3])}", "GMC_NUMBER", "sp_hcpc")
            return
        if kind == "NMC":  # an NMC PIN: two digits, a letter, four digits, a letter
            yy = f"{rng.randint(0, 25):02d}"
            l1, l2 = rng.choice("ACDEIJKLNOTUWY"), rng.choice("ACDEINOTUWY")
            d = f"{rng.randint(0, 9999):04d}"
            if form == "typed":
                b.ent(f"{yy}{l1}{d}{l2}", "GMC_NUMBER", None, "nmc_pin")
            else:
                self.ent23(f"{self.group23(yy)}, {l1}, {self.group23(d)}, {l2}", "GMC_NUMBER", "sp_nmc_pin")
            return
        d = self.hcn23() if form in ("hcn", "typed_hcn") else self.nhs_digits()
        if form in ("typed", "typed_hcn"):
            b.ent(rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"]),
                  "NHS_NUMBER", None, "hcn" if form == "typed_hcn" else "nhs")
        elif form == "signed":
            self.ent23(self.signed23(d), "NHS_NUMBER", "sp_one_by_one")
        else:
            self.ent23(self.say23(d, [3, 3, 4]), "NHS_NUMBER", "sp_hcn" if form == "hcn" else "sp_nhs")

    # ---- postcodes and addresses
    def postcode_v23(self, form: str) -> None:
        rng, st = self.rng, self.state23
        if form == "readback" and st.get("last_postcode"):
            outward, inward = str(st["last_postcode"]).split(" ")
        else:
            outward = rng.choice(self.pools.postcode_outward)
            inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        st["last_postcode"] = f"{outward} {inward}"
        if form == "typed":
            self.b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        digit = UNITS[int(inward[0])]
        if form == "signed":  # letters and digits read one at a time off a label
            sep = str(st["signsep"])
            bits = [*letters, *(UNITS[int(c)] for c in num), digit, *inward[1:]]
            self.ent23(sep.join(bits), "POSTCODE", "sp_postcode_one_by_one")
            return
        num_said = cardinal(int(num)) if len(num) == 2 and rng.random() < 0.6 else " ".join(UNITS[int(c)] for c in num)
        if form == "as_in":  # each letter with its word from the set's list
            words = self.data23("as_in")[0].split()
            out = ", ".join(f"{c} as in {words[ord(c) - 65]}" for c in letters)
            inn = ", ".join(f"{c} as in {words[ord(c) - 65]}" for c in inward[1:])
            self.ent23(f"{out}, {num_said}, {digit}, {inn}", "POSTCODE", "sp_postcode_as_in")
            return
        sep = rng.choice([" ", ", ", " - "])
        form_name = "sp_read_back" if form == "readback" else "sp_postcode"
        self.ent23(f"{' '.join(letters)} {num_said}{sep}{digit} {' '.join(inward[1:])}", "POSTCODE", form_name)

    def address_v23(self, form: str) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        if form == "typed":
            b.ent(f"{rng.choice(['', '', 'Flat 2, ', 'Flat 7, '])}{rng.randint(1, 260)} {street}", "LOCATION", None, "address")
        elif form == "signed":  # the house number read digit by digit off a label
            n = rng.randint(10, 299)
            self.ent23(f"{self.signed23(str(n))}, {street}", "LOCATION", "sp_address_one_by_one")
        elif form == "flat":  # "flat three, twenty-nine ..."
            flat = rng.randint(1, 24)
            n = rng.randint(2, 190)
            self.ent23(f"flat {cardinal(flat)}, {cardinal(n)} {street}", "LOCATION", "sp_address_flat")
        else:
            n = rng.randint(1, 220)
            self.ent23(f"{cardinal(n, hundred_a=rng.random() < 0.4)} {street}", "LOCATION", "sp_address")

    # ---- e-mails and spellings
    def email_v23(self, who: str, form: str) -> None:
        rng = self.rng
        p = self.cast["rel" if who == "fam" else who]
        fn = self.plain10(p.first.replace(" ", "")).replace("'", "")
        sn = self.plain10(p.sur.replace(" ", "")).replace("'", "")
        if form == "fullstop" and who == "self":
            address = f"{rng.choice([fn + '.' + sn, fn[0] + sn, fn + sn + str(rng.randint(1, 99))])}@{rng.choice(self.data23('webmail'))}"
        elif p.email and who in ("self", "reg"):
            address = p.email
        elif who == "fam":
            address = f"{rng.choice([fn + sn, fn + '.' + sn, fn + sn + str(rng.randint(1, 99))])}@{rng.choice(self.data23('webmail'))}"
        else:
            address = f"{rng.choice([fn + '.', fn[0] + '.', fn])}{sn}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            self.b.ent(address, "EMAIL", p.code, "email")
            return
        local, domain = address.split("@", 1)
        spelled = self.data23("spelled_domain_words")[0].split()
        dot = "full stop" if form == "fullstop" else "dot"

        def say(piece: str) -> str:
            out: list[str] = []
            for bit in re.split(r"([.\-])", piece):
                if not bit:
                    continue
                if bit == ".":
                    out.append(dot)
                elif bit == "-":
                    out.append("hyphen")
                elif bit in spelled:
                    out.append(" ".join(bit.upper() if form == "fullstop" else bit))
                elif bit.isdigit():
                    out.append(" ".join(UNITS[int(c)] for c in bit))
                else:
                    m = re.fullmatch(r"([a-z]+)(\d+)", bit)
                    out.append(f"{m.group(1)} {' '.join(UNITS[int(c)] for c in m.group(2))}" if m else bit)
            return " ".join(out)
        self.b.ent(f"{say(local)} at {say(domain)}", "EMAIL", p.code,
                   "sp_email_full_stop" if form == "fullstop" else "sp_email")

    def spelled_v23(self, who: str, fingers: bool) -> None:
        rng = self.rng
        p = self.cast[who]
        up = p.sur.upper()
        if fingers:  # read off a wristband a letter at a time
            sep = rng.choice(["... ", ", ", " "])
            letters = ["hyphen" if c == "-" else c for c in up if c != "'"]
            self.b.ent(sep.join(letters), "PERSON", p.code, "sp_band_spelled")
            return
        out: list[str] = []
        i = 0
        while i < len(up):
            c = up[i]
            if c == "-":
                out.append("hyphen")
                i += 1
            elif i + 1 < len(up) and up[i + 1] == c:
                out.append(f"two {c}s")
                i += 2
            else:
                out.append(c)
                i += 1
        self.b.ent(rng.choice([" ", ", "]).join(out), "PERSON", p.code, "sp_spelled")

    def gloss_v23(self, what: str) -> None:
        """Said loud across a noisy room: the transcriber types it in capitals (a name, an age,
        a town, a hospital)."""
        rng, b = self.rng, self.b
        if what in ("self", "sup", "col", "mentor"):
            p = self.cast[what]
            name = p.sur if what == "self" or rng.random() < 0.5 else p.first
            b.ent(name.upper(), "PERSON", p.code, "sp_shouted_name")
        elif what == "age":
            b.ent(cardinal(rng.randint(19, 94)).upper(), "AGE", None, "sp_shouted_age")
        elif what == "town":
            b.ent(rng.choice(self.pools.towns).upper(), "LOCATION", None, "sp_shouted_town")
        elif what == "hosp":
            b.ent(self.hosp23(False).upper(), "HOSPITAL", None, "sp_shouted_hospital")
        else:  # pragma: no cover - template typo
            raise ValueError(what)

    # ---- dates and ages
    def year23(self, y: int) -> str:
        if y < 2000:
            return f"nineteen {cardinal(y % 100)}" if y % 100 >= 10 else f"nineteen oh {UNITS[y % 100]}"
        if y == 2000:
            return "two thousand"
        if y < 2010:
            return self.rng.choice([f"two thousand and {UNITS[y - 2000]}", f"oh {UNITS[y - 2000]}"])
        return f"twenty {cardinal(y - 2000)}"

    def date_v23(self, form: str) -> None:
        rng, b = self.rng, self.b
        y = rng.randint(2016, 2026)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dw, mon = ordinal_words(d), MONTHS[m - 1]
        by = rng.randint(1950, 2000)
        if form == "dob_said":
            r = rng.random()
            if r < 0.3:  # read like a form: "one-two, oh-three, eighty-five"
                def two(x: int) -> str:
                    return f"oh-{UNITS[x]}" if x < 10 else rng.choice([cardinal(x), f"{UNITS[x // 10]}-{UNITS[x % 10]}"])
                self.ent23(f"{two(d)}, {two(m)}, {two(by % 100)}", "DATE", "sp_dob_numeric")
            else:
                self.ent23(rng.choice([f"{dw} of {mon}, {self.year23(by)}", f"{dw} of {mon} {self.year23(by)}",
                                       f"{mon} the {dw}, {self.year23(by)}"]), "DATE", "sp_dob")
        elif form == "signed":  # off a wristband: day, month, year, no "of"
            self.ent23(f"{cardinal(d)}, {mon}, {self.year23(rng.randint(1931, 2006))}", "DATE", "sp_band_date")
        elif form == "gloss":
            b.ent(f"{cardinal(d)} {mon} {self.year23(by)}".upper(), "DATE", None, "sp_shouted_date")
        elif form == "dom_y":
            b.lit("The " if b.at_sentence_start() else "the ")
            b.ent(f"{dw} of {mon}, {self.year23(y)}", "DATE", None, "sp_dom_y")
        elif form == "dom":
            b.lit("The " if b.at_sentence_start() else "the ")
            b.ent(f"{dw} of {mon}", "DATE", None, "sp_dom")
        elif form == "month_short":  # "the ninth of Feb, twenty twenty"
            b.lit("The " if b.at_sentence_start() else "the ")
            b.ent(f"{dw} of {_SHORT[m - 1]}, {self.year23(rng.randint(2001, 2025))}", "DATE", None, "sp_month_short")
        elif form == "day_corr":  # "the twelfth, no, the thirteenth of May": both labelled
            b.lit("The " if b.at_sentence_start() else "the ")
            b.ent(ordinal_words(d + 1 if d < 28 else d - 1), "DATE", None, "sp_day_only")
            b.lit(rng.choice([", no, the ", " - no, it was the "]))
            b.ent(f"{dw} of {mon}", "DATE", None, "sp_dom")
        elif form == "month_year":
            self.ent23(f"{mon} {self.year23(rng.randint(1998, 2025))}", "DATE", "sp_month_year")
        elif form == "weekday":
            self.ent23(f"{WEEKDAYS[rng.randrange(7)]} the {dw}", "DATE", "sp_weekday")
        elif form == "typed":
            b.ent(rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon[:3]} {y}", f"{d}.{m}.{y}"]),
                  "DATE", None, "dmy")
        elif form == "typed_dob":
            b.ent(f"{d:02d}/{m:02d}/{rng.randint(1928, 2005)}", "DATE", None, "dob_slash")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v23(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if form == "typed":
            b.ent(str(n), "AGE", None, "age")
        elif form == "gloss":
            b.ent(cardinal(n).upper(), "AGE", None, "sp_shouted_age")
        elif form == "corr":  # an age put right at once: both said, both labelled
            self.ent23(cardinal(n), "AGE", "sp_corrected")
            b.lit(rng.choice([", no, ", " - no, hang on, ", ", or "]))
            b.ent(cardinal(n + 1), "AGE", None, "sp_corrected")
        elif form == "year_old":
            self.ent23(cardinal(n), "AGE", "sp_year_old")
        elif form in ("answer", "words"):
            self.ent23(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
