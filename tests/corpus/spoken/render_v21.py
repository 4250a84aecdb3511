"""Round 25's renderings: how ``heldout21``'s speakers say and write identifiers (the mixin
``V21`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v21`` (heldout21); every other set renders byte for byte
as before. Its words (labels, transcriber's notes, voices, area codes, country codes, how letters
and marks are spelled) are its own data, in ``self.t.negatives`` under keys "_...".

Its documents: staff-bank compliance calls (the officer reads numbers back), occupational-health
interviews, and exit interviews, typed by a verbatim transcription firm in its house style
(speaker labels in capitals, notes in round brackets, "(ph)" after a name spelled by ear);
``Writer.state21`` holds a document's kind, the speaker's voice, own age and the last number said.

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from _spoken_generate import (
    MONTHS,
    UNITS,
    WEEKDAYS,
    cardinal,
    nhs_check_digit,
    ordinal_words,
)


class V21:
    """``heldout21``'s own renderings, switched on by ``Habits.v21`` for that set alone."""

    def data21(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs21(self, key: str) -> dict[str, str]:
        return dict(entry.split("=>", 1) for entry in self.data21(key))

    def init_v21(self) -> None:
        rng, me, st = self.rng, self.cast["self"], self.state21
        kind = rng.choice(self.data21("kinds"))
        st["kind"] = kind
        ilabel, plabel = rng.choice(self.data21(f"labels_{kind}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", me.code or "P")
        st["voice"] = self.pairs21("voices").get(f"{me.first} {me.sur}", "")
        st["zero"] = rng.choice(self.pairs21("zeros")[str(st["voice"] or "ldn")].split("|"))
        st["age"] = rng.randint(24, 63)
        st["last"] = ""
        st["header"] = 0

    def turn_v21(self, who: str, sentences: list[str]) -> None:
        rng, b, st = self.rng, self.b, self.state21
        if not st["header"]:
            st["header"] = 1
            self.header_v21()
        if rng.random() < 0.05:
            b.lit(rng.choice(self.data21(f"notes_{st['kind']}")) + "\n\n")
        b.lit(f"{self.ilabel if who == 'I' else self.plabel}:  ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            opener = who == "P"
            if who == "P" and i == 0 and st["voice"] and rng.random() < 0.2:
                b.lit(rng.choice(self.data21(f"voice_{st['voice']}")) + " ")
                if s[:2] not in ("I ", "I'") and not s.startswith("{") and not s[1:2].isupper():
                    s = s[0].lower() + s[1:]
                opener = False
            self.render(s, opener=opener)
            if rng.random() < 0.03:
                b.lit(" " + rng.choice(self.data21("marks")))
        b.lit("\n\n")

    def slot_v21(self, name: str, args: list[str]) -> bool:
        """Round 25's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v21(arg)
        elif name in ("NHS", "GMC"):
            self.number_v21(name, arg)
        elif name == "POSTCODE":
            self.postcode_v21(arg)
        elif name == "ADDR":
            self.address_v21(arg)
        elif name == "EMAIL":
            self.email_v21(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v21(arg)
        elif name == "DATE":
            self.date_v21(arg)
        elif name == "AGE":
            self.age_v21(arg, args[1] if len(args) > 1 else None)
        elif name == "PH":  # a name the typist spelled by ear: "(ph)" after it, outside
            self.person(arg, args[1] if len(args) > 1 else "full")
            self.b.lit(" (ph)")
        elif name == "NEG":
            self.b.lit(self.cap(self.rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent21(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- saying digits
    def digit21(self, d: str, zero: str) -> str:
        return zero if d == "0" else UNITS[int(d)]

    def group21(self, g: str, zero: str) -> str:
        """A group said digit by digit, "double" and "treble" for runs, hyphens between the words
        of a run ("double-six", "treble-oh")."""
        rng, words, i = self.rng, [], 0
        while i < len(g):
            d = g[i]
            if i + 2 < len(g) and g[i + 1] == d == g[i + 2] and rng.random() < self.h.p_triple:
                words.append(f"{rng.choice(self.h.triple_words)}-{self.digit21(d, zero)}")
                i += 3
            elif i + 1 < len(g) and g[i + 1] == d and rng.random() < self.h.p_double:
                words.append(f"double-{self.digit21(d, zero)}")
                i += 2
            else:
                words.append(self.digit21(d, zero))
                i += 1
        return " ".join(words)

    def say21(self, digits: str, groups: list[int], zero: str | None = None) -> str:
        rng = self.rng
        zero = zero or str(self.state21["zero"])
        parts, pos = [], 0
        for n in groups:
            parts.append(self.group21(digits[pos:pos + n], zero))
            pos += n
        assert pos == len(digits), (digits, groups)
        out = parts[0]
        for p in parts[1:]:
            out += rng.choice(self.h.group_seps) + p
        return out

    def mobile21(self) -> str:
        return "07" + self.rng.choice(self.data21("mobile_prefixes")) + f"{self.rng.randint(0, 999999):06d}"

    # ---- phones
    def phone_v21(self, form: str) -> None:
        rng, st = self.rng, self.state21
        if form == "readback":  # the compliance officer reads the last number back
            digits = str(st["last"]) or self.mobile21()
            b = self.b
            b.lit(self.cap(rng.choice(self.data21("readback"))) + " ")
            groups = [5, 3, 3] if len(digits) == 11 else [len(digits)]
            self.ent21(self.say21(digits, groups), "PHONE", "sp_readback")
            b.lit(rng.choice(self.data21("readback_tail")))
            return
        if form == "mobile":
            digits = self.mobile21()
            st["last"] = digits
            self.ent21(self.say21(digits, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4], [5, 3, 3]])),
                       "PHONE", "sp_mobile")
        elif form == "restart":  # gets lost, starts the whole number again: one span
            digits = self.mobile21()
            st["last"] = digits
            cut = rng.randint(3, 6)
            wrong = self.say21(digits[:cut], [cut])
            restart = rng.choice(self.data21("restarts"))
            self.ent21(f"{wrong}... {restart} {self.say21(digits, [5, 3, 3])}", "PHONE", "sp_restart")
        elif form == "london":  # 020 numbers: "oh two oh, seven ...", "oh two oh seven, ..."
            digits = "020" + rng.choice("378") + f"{rng.randint(0, 9999999):07d}"
            st["last"] = digits
            how = rng.random()
            if how < 0.45:
                s = self.say21(digits, [3, 4, 4])
            elif how < 0.8:
                s = self.say21(digits, [4, 3, 4])
            else:
                s = f"oh twenty, {self.say21(digits[3:], [4, 4])}"
            self.ent21(s, "PHONE", "sp_london")
        elif form == "landline":
            area, n = rng.choice(self.data21("areas")).split("=>")
            local = f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (int(n) - 1) - 1):0{int(n) - 1}d}"
            digits = "0" + area + local
            st["last"] = digits
            lead = len(area) + 1
            groups = {7: [lead, 3, 4], 6: [lead, 3, 3], 8: [lead, 4, 4]}[int(n)]
            self.ent21(self.say21(digits, groups), "PHONE", "sp_landline")
        elif form == "intl":
            code, body_len, first = rng.choice(self.data21("countries")).split("=>")
            body = first + "".join(str(rng.randint(0, 9)) for _ in range(int(body_len) - len(first)))
            lead = rng.choice(["plus", "double-oh", "oh oh"])
            cc = " ".join(UNITS[int(c)] for c in code)
            half = len(body) // 2
            self.ent21(f"{lead} {cc}, {self.say21(body, [half, len(body) - half], zero='zero')}",
                       "PHONE", "sp_intl")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    # ---- health and registration numbers
    def nhs21(self) -> str:
        rng = self.rng
        while True:
            nine = str(rng.choice([4, 6, 7])) + f"{rng.randint(0, 10 ** 8 - 1):08d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def number_v21(self, kind: str, form: str) -> None:
        rng = self.rng
        if kind == "GMC":
            digits = f"{rng.choice('4567')}{rng.randint(0, 999999):06d}"
            self.ent21(self.say21(digits, rng.choice([[3, 4], [7], [4, 3]])), "GMC_NUMBER", "sp_gmc")
            return
        d = self.nhs21()
        if form == "last_apart":  # "... two three oh, and the last one's a six"
            tail = rng.choice(self.data21("last_digit"))
            self.ent21(f"{self.say21(d[:9], [3, 3, 3])}, {tail} {self.digit21(d[9], 'zero')}",
                       "NHS_NUMBER", "sp_nhs_last_apart")
        else:
            self.ent21(self.say21(d, [3, 3, 4]), "NHS_NUMBER", "sp_nhs")

    # ---- postcodes, addresses
    def letter21(self, c: str) -> str:
        return {"Z": "zed", "W": "double-you", "H": "aitch"}.get(c, c) if self.rng.random() < 0.5 \
            or c == "Z" else c

    def outward21(self, outward: str) -> str:
        m = re.fullmatch(r"([A-Z]+)(\d+)([A-Z]?)", outward)
        assert m, outward
        letters, num, tail = m.groups()
        said = cardinal(int(num)) if int(num) >= 10 and self.rng.random() < 0.7 else " ".join(
            UNITS[int(c)] for c in num)
        out = f"{' '.join(self.letter21(c) for c in letters)} {said}"
        return out + (f" {tail}" if tail else "")

    def inward21(self) -> str:
        return f"{self.rng.randint(0, 9)}" + "".join(self.rng.choice("ABDEFGHJLNPQRSTUWXY") for _ in range(2))

    def postcode_v21(self, form: str) -> None:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        if form == "outward":  # the district alone: "we're in E seventeen"
            self.ent21(self.outward21(outward), "POSTCODE", "sp_outward")
            return
        inward = self.inward21()
        sep = rng.choice([", ", " ", "... "])
        inw = f"{UNITS[int(inward[0])] if inward[0] != '0' else str(self.state21['zero'])} " + \
            " ".join(self.letter21(c) for c in inward[1:])
        self.ent21(f"{self.outward21(outward)}{sep}{inw}", "POSTCODE", "sp_postcode")

    def address_v21(self, form: str) -> None:
        rng = self.rng
        if form == "block":  # a flat in a named block on an estate: one span
            block = rng.choice(self.data21("blocks"))
            self.ent21(f"flat {cardinal(rng.randint(1, 88))}, {block}", "LOCATION", "sp_flat_block")
        elif form == "letter":  # "forty-two B Lordship Lane"
            street = rng.choice(self.pools.streets)
            self.ent21(f"{cardinal(rng.randint(1, 180))} {rng.choice('ABC')} {street}", "LOCATION",
                       "sp_address_letter")
        else:
            street = rng.choice(self.pools.streets)
            self.ent21(f"{cardinal(rng.randint(1, 240), hundred_a=True)} {street}", "LOCATION",
                       "sp_address")

    # ---- e-mails and spellings
    def local21(self, who: str) -> tuple[str, str, str | None]:
        p = self.cast[who]
        if p.email:
            local, domain = p.email.split("@", 1)
            return local, domain, p.code
        local = self.plain10(f"{p.first}.{p.sur}".replace(" ", "").replace("'", "").replace("\u02bb", ""))
        return local, self.rng.choice(self.pools.email_domains), None

    def email_v21(self, who: str, form: str) -> None:
        rng = self.rng
        local, domain, code = self.local21(who)
        said_dom = dict(entry.split("->", 1) for entry in self.data21("domain_said"))
        dom = " dot ".join(said_dom.get(part, part) for part in domain.split("."))

        def word(part: str) -> str:
            if part.isdigit():
                return cardinal(int(part)) if len(part) == 2 and part[0] != "0" else " ".join(
                    UNITS[int(c)] for c in part)
            return part
        pieces = re.findall(r"[a-z]+|\d+|[._-]", local)
        said = " ".join({".": "dot", "_": "underscore", "-": "dash"}.get(x, word(x)) for x in pieces)
        self.ent21(f"{said} at {dom}", "EMAIL", "sp_email", code)
        if form == "plain" and rng.random() < 0.6:
            self.b.lit(rng.choice(self.data21("email_tails")))

    def spelled_v21(self, who: str) -> None:
        """The surname letter by letter with dashes (as the firm types spelling), runs said
        "double-", and what the spelling needs said inside: a dash, a space, an okina, a macron,
        an accent."""
        rng, p = self.rng, self.cast[who]
        out, marked, sur, i = [], False, p.sur, 0
        while i < len(sur):
            c = sur[i]
            base = unicodedata.normalize("NFD", c)
            if c == " ":
                out.append(rng.choice(self.data21("spell_space")))
                marked = True
            elif c == "-":
                out.append("dash")
                marked = True
            elif c in "\u02bb'":
                out.append(self.data21("spell_okina")[0] if c != "'" else "apostrophe")
                marked = True
            elif len(base) > 1 and base[1] == "\u0304":
                out.append(f"{base[0].upper()} {rng.choice(self.data21('spell_macron'))}")
                marked = True
            elif len(base) > 1:
                out.append(f"{base[0].upper()} {rng.choice(self.data21('spell_accent'))}")
                marked = True
            elif i + 1 < len(sur) and sur[i + 1].lower() == c.lower() and rng.random() < 0.8:
                out.append(f"double-{c.upper()}")
                i += 1
            else:
                out.append(c.upper())
            i += 1
        sep = rng.choice(["-", ", ", " "])
        self.b.ent(sep.join(out), "PERSON", p.code, "sp_spelled_marks" if marked else "sp_spelled")

    # ---- dates and ages
    def yy21(self, y: int) -> str:
        if y % 100 == 0:
            return "double-oh" if y >= 2000 else "hundred"
        return f"oh {UNITS[y % 10]}" if y % 100 < 10 else cardinal(y % 100)

    def year21(self, y: int) -> str:
        if y == 2000:
            return "two thousand"
        if 2000 <= y < 2010:
            return f"two thousand and {UNITS[y - 2000]}"
        if y >= 2010:
            return f"twenty {cardinal(y - 2000)}"
        return f"nineteen {self.yy21(y)}"

    def born21(self) -> datetime.date:
        """The speaker's own date of birth: drawn once a document, so the header and every
        date of birth said agree with each other and with the age said."""
        st = self.state21
        if "born" not in st:
            rng = self.rng
            y = 2025 - int(st["age"]) - rng.choice([0, 1])
            st["born"] = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        born: datetime.date = st["born"]  # type: ignore[assignment]
        return born

    def date_v21(self, form: str) -> None:
        rng = self.rng
        d = datetime.date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))
        if form == "dob_stroke":  # "oh four stroke oh nine stroke ninety-one"
            born = self.born21()
            word = rng.choice(["stroke", "slash", "stroke"])
            if rng.random() < 0.5:
                parts = [f"oh {UNITS[n]}" if n < 10 else cardinal(n) for n in (born.day, born.month)]
            else:
                parts = [cardinal(born.day), cardinal(born.month)]
            y = self.yy21(born.year) if rng.random() < 0.6 else self.year21(born.year)
            self.ent21(f" {word} ".join([*parts, y]), "DATE", "sp_dob_stroke")
        elif form == "dob":  # "fourth of September, ninety-one"
            born = self.born21()
            y = self.yy21(born.year) if rng.random() < 0.5 else self.year21(born.year)
            self.ent21(f"{ordinal_words(born.day)} of {MONTHS[born.month - 1]}, {y}", "DATE", "sp_dob")
        elif form == "baby":  # "I'm a ninety-one baby": the year of birth alone, its article outside
            born = self.born21()
            said = self.yy21(born.year) if born.year < 2000 else self.year21(born.year)
            self.b.lit("an " if said.startswith(("eight", "eleven")) else "a ")
            self.ent21(said, "DATE", "sp_baby_year")
        elif form == "festival":  # "Bonfire Night, twenty twenty-two"
            name = rng.choice(self.data21("festivals")).split("=>")[0]
            self.ent21(f"{name}, {self.year21(d.year)}", "DATE", "sp_festival")
        elif form == "month_yy":  # "October twenty-three"
            self.ent21(f"{MONTHS[d.month - 1]} {cardinal(d.year % 100)}", "DATE", "sp_month_yy")
        elif form == "dom_y":  # the "the" is in the template, outside
            self.ent21(f"{ordinal_words(d.day)} of {MONTHS[d.month - 1]} {self.year21(d.year)}", "DATE",
                       "sp_dom_y")
        elif form == "weekday":  # "Thursday the ninth of March"
            self.ent21(f"{WEEKDAYS[d.weekday()]} the {ordinal_words(d.day)} of {MONTHS[d.month - 1]}",
                       "DATE", "sp_weekday_dom")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v21(self, form: str, kind: str | None) -> None:
        rng = self.rng
        if kind is None:
            n = int(self.state21["age"])
        else:
            lo, hi = self.AGE_RANGES[kind]
            n = rng.randint(lo, hi)
        if form == "half":  # "thirty-four and a half": the number only
            self.ent21(cardinal(n), "AGE", "sp_and_a_half")
            self.b.lit(" and a half")
        elif form == "pushing":  # "pushing fifty": the next round number
            self.ent21(cardinal((n // 10 + 1) * 10), "AGE", "sp_pushing")
        elif form == "will_be":  # "I'll be forty in June"
            self.ent21(cardinal(n + 1), "AGE", "sp_will_be")
            self.b.lit(f" in {rng.choice(MONTHS)}")
        elif form in ("answer", "words"):
            self.ent21(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    # ---- the typed record header
    def header_v21(self) -> None:
        """The firm's case header above the first turn: the written forms, typed."""
        rng, b, me = self.rng, self.b, self.cast["self"]
        b.lit(rng.choice(self.data21(f"header_{self.state21['kind']}")) + "\n")
        b.lit("Name: ")
        b.ent(f"{me.first} {me.sur.upper()}", "PERSON", me.code, "full_caps")
        born = self.born21()
        b.lit("  |  DOB: ")
        b.ent(f"{born.day:02d}.{born.month:02d}.{born.year}", "DATE", None, "dob_dots")
        if rng.random() < 0.6:
            d = self.nhs21()
            b.lit("  |  NHS no: ")
            b.ent(f"{d[:3]} {d[3:6]} {d[6:]}", "NHS_NUMBER", None, "nhs")
        else:
            b.lit("  |  GMC: ")
            b.ent(f"{rng.choice('4567')}{rng.randint(0, 999999):06d}", "GMC_NUMBER", None, "gmc")
        b.lit("\nMob: ")
        d = self.mobile21()
        b.ent(f"{d[:5]} {d[5:]}", "PHONE", None, "mobile")
        b.lit("  |  Home: ")
        street = rng.choice(self.pools.streets)
        b.ent(f"{rng.randint(1, 180)} {street}", "LOCATION", None, "address")
        b.lit(", ")
        b.ent(rng.choice(self.pools.towns), "LOCATION", None, "town")
        b.lit(" ")
        b.ent(f"{rng.choice(self.pools.postcode_outward)} {self.inward21()}", "POSTCODE", None, "postcode")
        b.lit("\nBase: ")
        h = rng.choice(self.pools.hospitals)
        if h.startswith("the "):
            b.lit("the ")
            h = h[4:]
        b.ent(h, "HOSPITAL", None, "hospital")
        b.lit("  |  E-mail: ")
        local, domain, code = self.local21("self")
        b.ent(f"{local}@{domain}", "EMAIL", code, "email")
        when = datetime.date(rng.randint(2024, 2025), rng.randint(1, 12), rng.randint(1, 28))
        b.lit("  |  Recorded: ")
        b.ent(f"{when.day} {MONTHS[when.month - 1][:3]} {when.year}", "DATE", None, "dmy_abbr")
        b.lit(f"  |  Duration: {rng.randint(38, 71)} min\n\n")
