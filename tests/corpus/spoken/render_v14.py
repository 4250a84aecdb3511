"""Round 18's renderings: how ``heldout14``'s speakers and transcribers say and write identifiers
(the mixin ``V14`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v14`` (heldout14); every other set renders byte for byte
as before. Its words (labels, the interpreter's and the spouse's lines, the platform's
mishearings, area and country codes, the words said in "M as in mother") are its own data, in
``self.t.negatives`` under keys starting "_".

Its documents: video auto-transcripts, hand transcripts, interpreters; ``Writer.state14`` holds
a document's kind, labels, language and pronoun.

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import re

from _spoken_generate import MONTHS, POSTCODE_LETTERS, UNITS, WEEKDAYS, cardinal, ordinal_words


class V14:
    """``heldout14``'s own renderings, switched on by ``Habits.v14`` for that set alone."""

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
        fn = self.plain10(p.first.replace(" ", ""))
        sn = self.plain10(p.sur.replace(" ", "").replace("-", ""))
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
