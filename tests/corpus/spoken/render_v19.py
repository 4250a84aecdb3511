"""Round 23's renderings: how ``heldout19``'s speakers and transcribers say and write identifiers
(the mixin ``V19`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v19`` (heldout19); every other set renders byte for byte
as before. Its words (labels, the other voices of a briefing and what they say, ambient marks,
post towns, numbers from home, area codes, e-mail providers) are its own data, in
``self.t.negatives`` under keys starting "_".

Its documents: match-day and race-day medical briefings, medical-room debriefs, talks on the
coach home; ``Writer.state19`` holds a document's kind, the speaker's word for 0 and the last
age said.

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import re
import unicodedata

from _spoken_generate import MONTHS, POSTCODE_LETTERS, UNITS, WEEKDAYS, cardinal, ordinal_words

#: domain pieces people say as words (the rest are spelled letter by letter)
_SAID_AS_WORDS = {"net", "com", "co", "free", "orange", "wales", "xtra", "bigpond", "fibertel",
                  "speedy", "clear", "vodamail", "midyorks", "gloshospitals", "gmail", "hotmail",
                  "yahoo", "icloud", "outlook", "hey"}


class V19:
    """``heldout19``'s own renderings, switched on by ``Habits.v19`` for that set alone."""

    def data19(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v19(self) -> None:
        """A document is a briefing (the doctor reads the medical plan to the team, other
        voices answer), a medical-room debrief, or a talk on the coach home."""
        rng, me = self.rng, self.cast["self"]
        kind = rng.choice(self.data19("kinds"))
        self.state19["kind"] = kind
        ilabel, plabel = rng.choice(self.data19(f"labels_{kind}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", me.code or "P")
        self.state19["zero"] = rng.choice(self.h.zero_words)
        self.state19["age"] = 0

    def turn_v19(self, who: str, sentences: list[str]) -> None:
        rng, b, kind = self.rng, self.b, str(self.state19["kind"])
        if who == "N":  # the researcher's note, a sheet or a whiteboard copied: no speaker label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        b.lit(f"{self.ilabel if who == 'I' else self.plabel}: ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
                if who == "P" and rng.random() < 0.12:
                    b.lit(rng.choice(self.data19(f"ambient_{kind}")) + " ")
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")
        if kind == "briefing" and who == "P" and rng.random() < 0.3:
            b.lit(f"{rng.choice(self.data19('voices'))}: {rng.choice(self.data19('voice_lines'))}\n\n")

    def slot_v19(self, name: str, args: list[str]) -> bool:
        """Round 23's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v19(arg)
        elif name in ("NHS", "GMC"):
            self.number_v19(name, arg)
        elif name == "POSTCODE":
            self.postcode_v19(arg)
        elif name == "ADDR":
            self.address_v19(arg)
        elif name == "EMAIL":
            self.email_v19(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v19(arg)
        elif name == "DATE":
            self.date_v19(arg)
        elif name == "AGE":
            self.age_v19(arg, args[1] if len(args) > 1 else None)
        elif name == "NEG":
            self.b.lit(self.cap(self.rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent19(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- numbers
    def digit19(self, d: str) -> str:
        return str(self.state19["zero"]) if d == "0" else UNITS[int(d)]

    def say19(self, digits: str, groups: list[int], hyphens: bool = False) -> str:
        """Digits in groups, a pair said "double" (not across groups); with ``hyphens`` each
        group run together ("four-eight-five")."""
        rng, parts, pos = self.rng, [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        said = []
        for g in parts:
            words: list[str] = []
            i = 0
            while i < len(g):
                if i + 1 < len(g) and g[i + 1] == g[i] and rng.random() < self.h.p_double:
                    words.append(f"double {self.digit19(g[i])}")
                    i += 2
                else:
                    words.append(self.digit19(g[i]))
                    i += 1
            said.append(("-" if hyphens else " ").join(words))
        out = said[0]
        for s in said[1:]:
            out += rng.choice(self.h.group_seps) + s
        return out

    def mobile19(self) -> str:
        return "07" + self.rng.choice("3456789") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v19(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "typed":
            d = self.mobile19()
            b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"{d[:4]} {d[4:7]} {d[7:]}", d]), "PHONE", None, "mobile")
            return
        if form == "mobile":
            d = self.mobile19()
            said = self.say19(d, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]]))
            self.ent19(said, "PHONE", "sp_mobile")
            if self.state19["kind"] == "briefing" and rng.random() < 0.3:  # read out twice
                b.lit(rng.choice([", I'll say it again, ", " - again - ", ", once more, "]))
                b.ent(self.say19(d, [5, 3, 3]), "PHONE", None, "sp_repeat")
            return
        if form == "landline":
            area = rng.choice(self.data19("areas"))
            local = f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
            if rng.random() < 0.4:  # the local number first, then the code
                self.ent19(self.say19(local, [3, 3]), "PHONE", "sp_local_first")
                b.lit(rng.choice([", and the code's ", ", code ", ", that's with "]))
                b.ent(self.say19(area, [5]), "PHONE", None, "sp_code_after")
                return
            self.ent19(self.say19(area + local, rng.choice([[5, 6], [5, 3, 3]])), "PHONE", "sp_landline")
            return
        if form == "homelocal":  # a mobile from home said the way home says it, no code
            _, prefix, n = rng.choice(self.data19("home_locals")).split("=>")
            d = prefix + "".join(str(rng.randint(0, 9)) for _ in range(int(n) - len(prefix)))
            groups = [4, 3, 3] if len(prefix) == 2 else [3, 3, 4]
            self.ent19(self.say19(d, groups), "PHONE", "sp_home_local")
            return
        if form == "intl":
            lead, first, n = rng.choice(self.data19("home_intl")).split("=>")
            d = first + "".join(str(rng.randint(0, 9)) for _ in range(int(n) - 1))
            groups = [2, 3, len(d) - 5] if len(d) > 7 else [3, len(d) - 3]
            self.ent19(f"{lead}{rng.choice([', ', ' '])}{self.say19(d, groups)}", "PHONE", "sp_intl")
            return
        raise ValueError(form)  # pragma: no cover - template typo

    def number_v19(self, kind: str, form: str) -> None:
        rng = self.rng
        if kind == "GMC":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
            type_, groups = "GMC_NUMBER", rng.choice([[3, 4], [4, 3], [1, 3, 3]])
        else:
            d = self.nhs_digits()
            type_, groups = "NHS_NUMBER", [3, 3, 4]
        if form == "typed":
            written = d if kind == "GMC" else rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d])
            self.b.ent(written, type_, None, kind.lower())
            return
        hyphens = rng.random() < 0.35
        self.ent19(self.say19(d, groups, hyphens=hyphens), type_,
                   "sp_hyphen_groups" if hyphens else f"sp_{kind.lower()}")

    # ---- postcodes and addresses
    def post_towns(self) -> dict[str, str]:
        return dict(x.split("=>", 1) for x in self.data19("post_towns"))

    def postcode_v19(self, form: str) -> None:
        rng = self.rng
        towns = self.post_towns()
        if form == "town":  # a district named by its post town: "Sheffield eleven"
            choices = [o for o in self.pools.postcode_outward if re.match(r"[A-Z]+", o).group() in towns]  # type: ignore[union-attr]
            outward = rng.choice(choices)
            letters = re.match(r"[A-Z]+", outward).group()  # type: ignore[union-attr]
            self.ent19(f"{towns[letters]} {cardinal(int(outward[len(letters):]))}", "POSTCODE",
                       "sp_postcode_town")
            return
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            self.b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        letters = re.match(r"[A-Z]+", outward).group()  # type: ignore[union-attr]
        num = outward[len(letters):]
        said_num = (cardinal(int(num)) if len(num) == 2 and rng.random() < 0.6
                    else " ".join(self.digit19(c) for c in num))
        said_l = rng.choice([" ".join(letters), letters]) if len(letters) > 1 else letters
        in_l = rng.choice([f"{inward[1]} {inward[2]}", inward[1:]])
        sep = rng.choice([", ", " ", "... ", ", er, "])
        self.ent19(f"{said_l} {said_num}{sep}{UNITS[int(inward[0])]} {in_l}", "POSTCODE", "sp_postcode")

    def address_v19(self, form: str) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        n = rng.randint(1, 160)
        if form == "typed":
            self.b.ent(f"{n} {street}", "LOCATION", None, "address")
            return
        said = cardinal(n, hundred_a=rng.random() < 0.5)
        if form == "street":  # the street first, then the number
            self.ent19(f"{street}, {rng.choice(['number ', 'number ', ''])}{said}", "LOCATION",
                       "sp_street_first")
            return
        self.ent19(f"{said} {street}", "LOCATION", "sp_address")

    # ---- e-mails and spellings
    def say_piece19(self, piece: str) -> str:
        out: list[str] = []
        for bit in re.split(r"([._-])", piece):
            if bit == ".":
                out.append("dot")
            elif bit == "_":
                out.append(self.rng.choice(["underline", "underscore"]))
            elif bit == "-":
                out.append("dash")
            elif bit:
                m = re.fullmatch(r"([a-z]*?)(\d+)", bit)
                if m:
                    if m.group(1):
                        out.append(m.group(1))
                    out.append(" ".join(self.digit19(c) for c in m.group(2)))
                elif bit in _SAID_AS_WORDS or (len(bit) > 4 and re.search(r"[aeiou]", bit)):
                    out.append(bit)
                else:
                    out.append(" ".join(bit))
        return " ".join(out)

    def email_v19(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast["self" if who == "self_other" else who]
        fn = self.plain10(p.first)
        sn = self.plain10(p.sur.replace(" ", ""))
        if form == "short":  # a personal address with the ending left off: "... at gmail"
            said = f"{rng.choice([fn, fn[0]])} {sn} {cardinal(rng.randint(1, 99))}"
            self.ent19(f"{said} at {rng.choice(self.data19('email_bare'))}", "EMAIL", "sp_email_short", p.code)
            return
        if p.email and who in ("self", "reg"):
            address = p.email
        elif who == "self_other":
            address = f"{fn}{rng.choice(['.', '_', '-'])}{sn}{rng.randint(1, 99)}@{rng.choice(self.pools.email_domains[8:])}"
        else:
            address = f"{fn}.{sn}@{rng.choice(self.pools.email_domains[:8])}"
        code = p.code
        if form == "typed":
            b.ent(address, "EMAIL", code, "email")
            return
        if rng.random() < 0.3:
            b.lit(self.cap(rng.choice(self.data19("email_leads"))) + ", ")
        local, domain = address.split("@", 1)
        self.ent19(f"{self.say_piece19(local)} at {self.say_piece19(domain)}", "EMAIL", "sp_email", code)

    def spelled_v19(self, who: str) -> None:
        rng = self.rng
        p = self.cast[who]
        plain = unicodedata.normalize("NFKD", p.sur)
        accent = any(unicodedata.combining(c) for c in plain)
        plain = "".join(c for c in plain if not unicodedata.combining(c)).upper()
        if rng.random() < 0.6:  # in chunks, the way the name sounds: "T-U, I, L-A"
            chunks: list[str] = []
            for word in re.split(r"([ '-])", plain):
                if word in (" ", "-", "'"):
                    chunks.append({" ": "space", "-": "dash", "'": "apostrophe"}[word])
                    continue
                i = 0
                while i < len(word):
                    k = rng.choice([1, 2, 2, 3])
                    chunks.append("-".join(word[i:i + k]))
                    i += k
            self.b.ent(", ".join(chunks), "PERSON", p.code, "sp_spelled_chunks")
        else:
            out: list[str] = []
            i = 0
            while i < len(plain):
                c = plain[i]
                if c in " -'":
                    out.append({" ": "space", "-": "dash", "'": "apostrophe"}[c])
                    i += 1
                elif i + 1 < len(plain) and plain[i + 1] == c:
                    out.append(f"double {c}")
                    i += 2
                else:
                    out.append(c)
                    i += 1
            self.b.ent(" ".join(out), "PERSON", p.code, "sp_spelled")
        if accent:
            self.b.lit(", with the accent on the last letter")

    # ---- dates and ages
    def year19(self, y: int, short: bool = False) -> str:
        if short:
            return cardinal(y % 100) if y % 100 >= 10 else f"{self.state19['zero']} {UNITS[y % 10]}"
        if y < 2000:
            return f"nineteen {cardinal(y % 100) if y % 100 >= 10 else 'oh ' + UNITS[y % 10]}"
        if y < 2010:
            return f"two thousand and {cardinal(y - 2000)}" if y > 2000 else "two thousand"
        return f"twenty {cardinal(y - 2000)}"

    def date_v19(self, form: str) -> None:
        rng, b = self.rng, self.b
        y = rng.randint(2006, 2025)
        by = rng.randint(1962, 1997)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dw, mon = ordinal_words(d), MONTHS[m - 1]
        if form == "dob_bare":  # "ninth March, eighty-seven": the month bare, no "of"
            if rng.random() < 0.6:
                self.ent19(f"{dw} {mon}, {self.year19(by, short=True)}", "DATE", "sp_day_month_yy")
            else:
                self.ent19(f"{dw} {mon} {self.year19(by)}", "DATE", "sp_day_month_y")
        elif form == "gone":  # "Saturday the ninth just been"
            wd = rng.choice(["Saturday", "Saturday", "Sunday", "Friday", "Thursday"])
            self.ent19(f"{wd} the {dw}", "DATE", "sp_weekday")
            b.lit(" " + rng.choice(self.data19("gone")))
        elif form == "coming":  # "a week on Sunday, the [twenty-first of March]"
            b.lit(self.cap(rng.choice(["a week on ", "not this one, the one after, "]))
                  + rng.choice(WEEKDAYS) + ", the ")
            self.ent19(f"{dw} of {mon}", "DATE", "sp_dom")
        elif form == "dom":
            self.ent19(f"{dw} of {mon}", "DATE", "sp_dom")
        elif form == "dom_y":
            self.ent19(f"{dw} of {mon}, {self.year19(y)}", "DATE", "sp_dom_y")
        elif form == "month_year":
            self.ent19(f"{mon} {self.year19(y)}", "DATE", "sp_month_year")
        elif form == "birthyear":
            self.ent19(self.year19(by, short=rng.random() < 0.4), "DATE", "sp_birth_year")
        elif form == "weekday":
            self.ent19(f"{WEEKDAYS[rng.randrange(7)]} the {dw} of {mon}", "DATE", "sp_weekday_dom")
        elif form == "typed":
            b.ent(rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon[:3]} {y}"]), "DATE", None, "dmy")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v19(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(17, 21) if kind == "young" else rng.randint(lo, hi)  # a player, a jockey
        if form == "oh":  # "the big four-oh"
            n = rng.choice([30, 40, 40, 50, 50, 60])
            self.ent19(f"{UNITS[n // 10]}-oh", "AGE", "sp_oh")
        elif form == "ish":  # "forty-ish", "fifty-odd"
            n = max(30, n - n % 10)
            self.ent19(f"{cardinal(n)}{rng.choice(self.data19('ish'))}", "AGE", "sp_ish")
        elif form == "going":  # "[thirty-nine], going on [forty]": the next age
            prev = int(self.state19["age"]) or n  # type: ignore[call-overload]
            self.ent19(cardinal(prev + 1), "AGE", "sp_going_on")
        elif form in ("answer", "words"):
            self.ent19(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        self.state19["age"] = n
