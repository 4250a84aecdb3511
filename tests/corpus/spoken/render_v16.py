"""Round 20's renderings: how ``heldout16``'s speakers and transcribers say and write identifiers
(the mixin ``V16`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v16`` (heldout16); every other set renders byte for byte
as before. Its words (labels, typing and writing marks, area-code towns, numbers from home, the
given names its speakers spell with, feast days, house names) are its own data, in
``self.t.negatives`` under keys starting "_".

Its documents: think-aloud forms, staffing checks, Teams exports; ``Writer.state16`` holds a
document's kind, labels and the speaker's zero.

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import re
import unicodedata

from _spoken_generate import MONTHS, POSTCODE_LETTERS, UNITS, WEEKDAYS, cardinal, ordinal_words


class V16:
    """``heldout16``'s own renderings, switched on by ``Habits.v16`` for that set alone."""

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
        fn = self.plain10(p.first)
        sn = self.plain10(p.sur.replace(" ", ""))
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
