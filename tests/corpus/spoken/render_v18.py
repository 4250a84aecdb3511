"""Round 22's renderings: how ``heldout18``'s speakers say and write identifiers (the mixin
``V18`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v18`` (heldout18); every other set renders byte for byte
as before. Its words (labels, voicemail heads, lounge noises, voices, area codes, Eircode keys,
how letters and accents are spelled) are its own data, in ``self.t.negatives`` under keys "_...".

Its documents: placements-desk booking calls (the coordinator reads numbers back), study-line
voicemails and call-backs, end-of-placement debriefs in ferry lounges and airports;
``Writer.state18`` holds a document's kind, the speaker's voice, own age and the last number said.

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own.
"""

from __future__ import annotations

import datetime
import unicodedata

from _spoken_generate import (
    MONTHS,
    UNITS,
    WEEKDAYS,
    cardinal,
    nhs_check_digit,
    ordinal_words,
)

_ACCENTS = {"\u0301": "fada", "\u0300": "grave"}


class V18:
    """``heldout18``'s own renderings, switched on by ``Habits.v18`` for that set alone."""

    def data18(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs18(self, key: str) -> dict[str, str]:
        return dict(entry.split("=>", 1) for entry in self.data18(key))

    def init_v18(self) -> None:
        rng, me, st = self.rng, self.cast["self"], self.state18
        kind = rng.choice(self.data18("kinds"))
        st["kind"] = kind
        ilabel, plabel = rng.choice(self.data18(f"labels_{kind}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", me.code or "P")
        st["voice"] = self.pairs18("voices").get(f"{me.first} {me.sur}", "")
        st["age"] = rng.randint(30, 61)
        st["last"] = ""
        st["vm"] = 0

    def turn_v18(self, who: str, sentences: list[str]) -> None:
        rng, b, st = self.rng, self.b, self.state18
        kind = st["kind"]
        if kind == "debrief" and rng.random() < 0.07:
            b.lit(rng.choice(self.data18("debrief_noises")) + "\n\n")
        elif kind == "desk" and who == "I" and rng.random() < 0.05:
            b.lit(rng.choice(self.data18("desk_noises")) + "\n\n")
        if kind == "voicemail" and who == "P" and st["vm"] < 3 and rng.random() < 0.15:
            st["vm"] = int(st["vm"]) + 1
            b.lit(rng.choice(self.data18("voicemail_heads")) + "\n")
        b.lit(f"{self.ilabel if who == 'I' else self.plabel}: ")
        if kind != "desk" and rng.random() < 0.04:
            b.lit(rng.choice(self.data18("line_marks")) + " ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            opener = who == "P"
            if who == "P" and i == 0 and st["voice"] and rng.random() < 0.18:
                b.lit(rng.choice(self.data18(f"voice_{st['voice']}")) + " ")
                if s[:2] not in ("I ", "I'") and not s.startswith("{"):
                    s = s[0].lower() + s[1:]
                opener = False
            self.render(s, opener=opener)
        b.lit("\n\n")

    def slot_v18(self, name: str, args: list[str]) -> bool:
        """Round 22's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v18(arg)
        elif name in ("NHS", "GMC"):
            self.number_v18(name, arg)
        elif name == "POSTCODE":
            self.postcode_v18(arg)
        elif name == "ADDR":
            self.address_v18(arg)
        elif name == "EMAIL":
            self.email_v18(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v18(arg)
        elif name == "DATE":
            self.date_v18(arg)
        elif name == "AGE":
            self.age_v18(arg, args[1] if len(args) > 1 else None)
        elif name == "SUMMARY":
            self.summary_v18()
        elif name == "NEG":
            self.b.lit(self.cap(self.rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent18(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- saying digits
    def digit18(self, d: str, zero: str) -> str:
        return zero if d == "0" else UNITS[int(d)]

    def group18(self, g: str, zero: str) -> str:
        rng, words, i = self.rng, [], 0
        while i < len(g):
            d = g[i]
            if i + 1 < len(g) and g[i + 1] == d and rng.random() < self.h.p_double:
                words.append(f"double {self.digit18(d, zero)}")
                i += 2
            else:
                words.append(self.digit18(d, zero))
                i += 1
        return " ".join(words)

    def pair18(self, g: str, zero: str) -> str:
        """A two-digit group as people say pairs: "eighty-seven", "oh four", "ten"."""
        if g[0] == "0":
            return f"{zero} {self.digit18(g[1], zero)}"
        return cardinal(int(g))

    def say18(self, digits: str, groups: list[int], pairs: bool = False) -> str:
        rng, zero = self.rng, self.rng.choice(self.h.zero_words)
        parts, pos = [], 0
        for n in groups:
            g = digits[pos:pos + n]
            parts.append(self.pair18(g, zero) if pairs and n == 2 else self.group18(g, zero))
            pos += n
        assert pos == len(digits), (digits, groups)
        out = parts[0]
        for p in parts[1:]:
            out += rng.choice(self.h.group_seps) + p
        return out

    # ---- phones
    def phone_v18(self, form: str) -> None:
        rng, st = self.rng, self.state18
        if form == "readback":
            digits = str(st["last"]) or "08" + rng.choice(self.data18("ie_mobile"))[1] + \
                f"{rng.randint(0, 9999999):07d}"
            groups = {10: rng.choice([[3, 3, 4], [3, 7], [5, 5]]), 11: rng.choice([[5, 6], [4, 3, 4]])}
            b = self.b
            b.lit(self.cap(rng.choice(self.data18("readback"))) + " ")
            self.ent18(self.say18(digits, groups.get(len(digits), [len(digits)])), "PHONE", "sp_readback")
            b.lit(rng.choice(self.data18("readback_tail")))
            return
        if form in ("ie_mobile", "ie_pairs"):
            digits = "08" + rng.choice(self.data18("ie_mobile"))[1] + f"{rng.randint(0, 9999999):07d}"
            st["last"] = digits
            if form == "ie_mobile":
                self.ent18(self.say18(digits, rng.choice([[3, 3, 4], [3, 7], [3, 3, 4]])), "PHONE",
                           "sp_ie_mobile")
            else:
                self.ent18(self.say18(digits, [3, 2, 2, 3], pairs=True), "PHONE", "sp_ie_pairs")
        elif form == "ie_landline":
            area, n = rng.choice(self.data18("ie_areas")).split("=>")
            local = f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (int(n) - 1) - 1):0{int(n) - 1}d}"
            digits = "0" + area + local
            st["last"] = digits
            self.ent18(f"{self.say18('0' + area, [3])}, {self.say18(local, [len(local)])}", "PHONE",
                       "sp_ie_landline")
        elif form == "ni_landline":
            digits = "028" + rng.choice(self.data18("ni_areas")) + f"{rng.randint(0, 9999):04d}"
            self.ent18(self.say18(digits, rng.choice([[3, 4, 4], [5, 6]])), "PHONE", "sp_ni_landline")
        elif form in ("island_landline", "local_only"):
            local = f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
            if form == "local_only":
                self.b.lit(rng.choice(self.data18("local_lead")) + " ")
                self.ent18(self.say18(local, [3, 3]), "PHONE", "sp_local_only")
                return
            digits = "0" + rng.choice(self.data18("island_areas")) + local
            self.ent18(self.say18(digits, rng.choice([[5, 6], [5, 3, 3]])), "PHONE", "sp_landline")
        elif form == "ci_mobile":
            digits = "0" + rng.choice(self.data18("ci_mobiles")) + f"{rng.randint(0, 999999):06d}"
            st["last"] = digits
            self.ent18(self.say18(digits, rng.choice([[5, 6], [5, 3, 3]])), "PHONE", "sp_mobile")
        elif form == "intl_ie":
            body = "8" + rng.choice(self.data18("ie_mobile"))[1] + f"{rng.randint(0, 9999999):07d}"
            lead = rng.choice(["plus three five three", "double oh three five three",
                               "oh oh three five three"])
            self.ent18(f"{lead}, {self.say18(body, rng.choice([[2, 3, 4], [2, 7]]))}", "PHONE", "sp_intl_ie")
        elif form == "intl_no":
            body = rng.choice("49") + f"{rng.randint(0, 9999999):07d}"
            lead = rng.choice(["plus four seven", "double oh four seven"])
            self.ent18(f"{lead}, {self.say18(body, [3, 2, 3], pairs=True)}", "PHONE", "sp_intl_no")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    # ---- health and registration numbers
    def checked18(self, nine: str) -> str | None:
        check = nhs_check_digit(nine)
        return None if check is None else nine + str(check)

    def chi18(self) -> str:
        rng = self.rng
        while True:
            d = datetime.date(rng.randint(1962, 1996), rng.randint(1, 12), rng.randint(1, 28))
            ten = self.checked18(d.strftime("%d%m%y") + f"{rng.randint(0, 999):03d}")
            if ten:
                return ten

    def tenth18(self, first: str) -> str:
        while True:
            ten = self.checked18(first + f"{self.rng.randint(0, 10 ** (9 - len(first)) - 1):0{9 - len(first)}d}")
            if ten:
                return ten

    def number_v18(self, kind: str, form: str) -> None:
        rng = self.rng
        if kind == "GMC":
            digits = f"{rng.choice('67')}{rng.randint(0, 999999):06d}"
            if form == "pairs":  # "seventy, forty-one, two two eight"
                self.ent18(self.say18(digits, [2, 2, 3], pairs=True), "GMC_NUMBER", "sp_gmc_pairs")
            else:
                self.ent18(self.say18(digits, rng.choice([[3, 4], [7], [1, 3, 3]])), "GMC_NUMBER", "sp_gmc")
            return
        if form == "chi_pairs":  # "twenty-one, oh four, sixty-seven, thirty-one forty-two"
            self.ent18(self.say18(self.chi18(), [2, 2, 2, 2, 2], pairs=True), "NHS_NUMBER", "sp_chi_pairs")
        elif form == "chi":
            self.ent18(self.say18(self.chi18(), rng.choice([[6, 4], [2, 2, 2, 4]])), "NHS_NUMBER", "sp_chi")
        elif form == "hcn":  # the health and care number of the North
            self.ent18(self.say18(self.tenth18(f"3{rng.randint(2, 9)}"), [3, 3, 4]), "NHS_NUMBER", "sp_hcn")
        elif form == "nhs":
            self.ent18(self.say18(self.tenth18(str(rng.choice([4, 6, 7]))), [3, 3, 4]), "NHS_NUMBER", "sp_nhs")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    # ---- postcodes, Eircodes, addresses
    def letter18(self, c: str) -> str:
        """A letter as its speaker says it: "zed", and "haitch" in an Irish mouth, north or south."""
        if c == "Z":
            return "zed"
        if c == "H" and self.state18["voice"] in ("ie", "ni") and self.rng.random() < 0.7:
            return "haitch"
        return c

    def chars18(self, s: str) -> str:
        return " ".join(self.letter18(c) if c.isalpha() else UNITS[int(c)] for c in s)

    def outward18(self, outward: str) -> str:
        letters = "".join(c for c in outward if c.isalpha())
        num = int(outward[len(letters):])
        said = cardinal(num) if num >= 10 and self.rng.random() < 0.6 else " ".join(
            UNITS[int(c)] for c in str(num))
        return f"{' '.join(self.letter18(c) for c in letters)} {said}"

    def postcode_v18(self, form: str) -> None:
        rng = self.rng
        keys = self.data18("eircode_keys")
        if form == "eircode":
            key = rng.choice(keys)
            alpha = self.data18("eircode_alphabet")[0]
            unique = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(alpha) for _ in range(3))
            if key[1:].isdigit() and rng.random() < 0.4:  # "haitch ninety-one"
                head = f"{self.letter18(key[0])} {cardinal(int(key[1:]))}"
            else:
                head = self.chars18(key)
            sep = rng.choice([", ", " ", "... "])
            self.ent18(f"{head}{sep}{self.chars18(unique)}", "POSTCODE", "sp_eircode")
            return
        outward = rng.choice([o for o in self.pools.postcode_outward if o not in keys])
        inward = f"{rng.randint(1, 9)}" + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        sep = rng.choice([", ", " ", "... "])
        self.ent18(f"{self.outward18(outward)}{sep}{self.chars18(inward)}", "POSTCODE", "sp_postcode")

    def address_v18(self, form: str) -> None:
        rng = self.rng
        if form == "flat":  # a Glasgow tenement flat: "flat two-stroke-one, forty-four ..."
            street = rng.choice(self.data18("tenements"))
            floor, door = rng.randint(0, 3), rng.randint(1, 3)
            s = f"flat {UNITS[floor]}-stroke-{UNITS[door]}, {cardinal(rng.randint(2, 480))} {street}"
            self.ent18(s, "LOCATION", "sp_flat_stroke")
        elif form == "townland":  # no number: a townland, then the nearest village
            self.ent18(rng.choice(self.data18("townlands")), "LOCATION", "townland")
            self.b.lit(", ")
            self.b.ent(rng.choice(self.pools.towns), "LOCATION", None, "town")
        else:
            street = rng.choice([s for s in self.pools.streets if s not in self.data18("tenements")])
            self.ent18(f"{cardinal(rng.randint(1, 90))} {street}", "LOCATION", "sp_address")

    # ---- e-mails and spellings
    def local18(self, who: str) -> tuple[str, str, str | None]:
        p = self.cast[who]
        if p.email:
            local, domain = p.email.split("@", 1)
            return local, domain, p.code
        local = self.plain10(f"{p.first}.{p.sur}".replace(" ", "").replace("'", ""))
        return local, self.rng.choice(self.pools.email_domains), None

    def email_v18(self, who: str, form: str) -> None:
        rng = self.rng
        local, domain, code = self.local18(who)
        said_dom = dict(entry.split("->", 1) for entry in self.data18("domain_said"))
        dom = " dot ".join(said_dom.get(part, part) for part in domain.split("."))
        if form == "spelt":  # the first name said, the surname part spelled out
            first, _, rest = local.partition(".")
            said = f"{first} dot {' '.join(rest)}" if rest else " ".join(first)
            self.ent18(f"{said} at {dom}", "EMAIL", "sp_email_spelt", code)
        else:
            self.ent18(f"{local.replace('.', ' dot ')} at {dom}", "EMAIL", "sp_email", code)
        if rng.random() < 0.7:
            self.b.lit(rng.choice(self.data18("email_tails")))

    def spelled_v18(self, who: str) -> None:
        """The surname letter by letter, with what the spelling needs said inside: spaces,
        apostrophes, a small or capital letter, a fada or a grave accent, an o with a stroke."""
        rng, p = self.rng, self.cast[who]
        out, marked, sur = [], False, p.sur
        for i, c in enumerate(sur):
            base = unicodedata.normalize("NFD", c)
            if c == " ":
                out.append(rng.choice(self.data18("spell_space")))
            elif c == "-":
                out.append("hyphen")
            elif c == "'":
                out.append("apostrophe")
            elif c in "øØ":
                out.append(self.data18("spell_slash")[0])
                marked = True
            elif c in "åÅ":
                out.append(self.data18("spell_aring")[0])
                marked = True
            elif len(base) > 1 and base[1] in _ACCENTS:
                word = rng.choice(self.data18("spell_fada" if _ACCENTS[base[1]] == "fada" else "spell_grave"))
                out.append(f"{base[0].upper()} {word}")
                marked = True
            elif c.isupper() and i and sur[i - 1] not in " -'":
                out.append(f"{rng.choice(self.data18('spell_cap'))} {c}")
                marked = True
            elif c.islower() and (i == 0 or sur[i - 1] == " "):
                out.append(f"small {c.upper()}")
                marked = True
            else:
                out.append(c.upper())
        sep = rng.choice([", ", " "])
        self.b.ent(sep.join(out), "PERSON", p.code, "sp_spelled_marks" if marked else "sp_spelled")

    # ---- dates and ages
    def year18(self, y: int, with_and: bool = False) -> str:
        if with_and and y < 2000:  # "nineteen and seventy-one"
            return f"nineteen and {cardinal(y % 100)}" if y % 100 >= 10 else f"nineteen and {UNITS[y % 10]}"
        if 2000 <= y < 2010:
            return f"two thousand and {UNITS[y - 2000]}"
        if y >= 2010:
            return f"twenty {cardinal(y - 2000)}" if self.rng.random() < 0.5 else \
                f"two thousand and {cardinal(y - 2000)}"
        return f"{cardinal(y // 100)} {cardinal(y % 100) if y % 100 >= 10 else 'oh ' + UNITS[y % 10]}"

    def born18(self) -> datetime.date:
        rng = self.rng
        y = 2025 - int(self.state18["age"]) - rng.choice([0, 1])
        return datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))

    def date_v18(self, form: str) -> None:
        rng = self.rng
        d = datetime.date(rng.randint(2006, 2025), rng.randint(1, 12), rng.randint(1, 28))
        if form == "dob_numeric":  # "twelve, three, sixty-eight" / "oh six, oh nine, seventy-four"
            born = self.born18()
            if rng.random() < 0.5:
                s = f"{cardinal(born.day)}, {cardinal(born.month)}, {self.pair18(f'{born.year % 100:02d}', 'oh')}"
            else:
                s = ", ".join(self.pair18(f"{n:02d}", "oh") for n in (born.day, born.month, born.year % 100))
            self.ent18(s, "DATE", "sp_dob_numeric")
        elif form == "dob_and":  # the "the" is in the template, outside
            born = self.born18()
            self.ent18(f"{ordinal_words(born.day)} of {MONTHS[born.month - 1]}, {self.year18(born.year, True)}",
                       "DATE", "sp_dob_and")
        elif form == "dom_nth":  # "the third of the ninth, eighty-four"
            born = self.born18()
            self.b.lit(self.cap("the "))
            self.ent18(f"{ordinal_words(born.day)} of the {ordinal_words(born.month)}, "
                       f"{self.pair18(f'{born.year % 100:02d}', 'oh')}", "DATE", "sp_dom_nth_month")
        elif form == "month_of_year":  # "March of twenty nineteen"
            self.ent18(f"{MONTHS[d.month - 1]} of {self.year18(d.year)}", "DATE", "sp_month_of_year")
        elif form == "dom_y":
            self.ent18(f"{ordinal_words(d.day)} of {MONTHS[d.month - 1]}, {self.year18(d.year)}", "DATE",
                       "sp_dom_y")
        elif form == "dom":
            self.ent18(f"{ordinal_words(d.day)} of {MONTHS[d.month - 1]}", "DATE", "sp_dom")
        elif form == "weekday_comma":  # "Monday, the third of June"
            wd = WEEKDAYS[d.weekday()]
            self.ent18(f"{wd}, the {ordinal_words(d.day)} of {MONTHS[d.month - 1]}", "DATE",
                       "sp_weekday_comma")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v18(self, form: str, kind: str | None) -> None:
        rng = self.rng
        if kind is None and form in ("answer", "next", "year_off", "turned", "years_of_age"):
            n = int(self.state18["age"])
        else:
            lo, hi = self.AGE_RANGES[kind or "adult"]
            n = rng.randint(lo, hi)
        if form == "next":  # "forty-one, forty-two in March": the coming birthday
            self.ent18(cardinal(n + 1), "AGE", "sp_next_birthday")
            self.b.lit(f" in {rng.choice(MONTHS)}")
        elif form == "year_off":  # "not far off sixty": the next round number
            self.ent18(cardinal((n // 10 + 1) * 10), "AGE", "sp_not_far_off")
        elif form == "far_side":  # "the far side of eighty"
            self.ent18(cardinal(max(20, n // 10 * 10)), "AGE", "sp_far_side")
        elif form in ("answer", "turned", "years_of_age", "words"):
            s = cardinal(n)
            if form == "years_of_age":
                self.ent18(s, "AGE", "sp_years_of_age")
                self.b.lit(" years of age")
                return
            self.ent18(s, "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    # ---- the written booking note
    def summary_v18(self) -> None:
        """The booking confirmation text as pasted into the transcript: the written forms."""
        rng, b, me = self.rng, self.b, self.cast["self"]
        b.lit("[Booking confirmation, pasted by the transcriber: Dr ")
        b.ent(f"{me.first} {me.sur}", "PERSON", me.code, "full")
        b.lit(", mob ")
        if rng.random() < 0.6:
            d = "08" + rng.choice(self.data18("ie_mobile"))[1] + f"{rng.randint(0, 9999999):07d}"
            b.ent(f"{d[:3]} {d[3:6]} {d[6:]}", "PHONE", None, "mobile")
        else:
            d = "0" + rng.choice(self.data18("ci_mobiles")) + f"{rng.randint(0, 999999):06d}"
            b.ent(f"{d[:5]} {d[5:]}", "PHONE", None, "mobile")
        b.lit(", ")
        if rng.random() < 0.5:
            key = rng.choice(self.data18("eircode_keys"))
            alpha = self.data18("eircode_alphabet")[0]
            unique = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(alpha) for _ in range(3))
            b.lit("Eircode ")
            b.ent(f"{key} {unique}", "POSTCODE", None, "eircode")
        else:
            keys = self.data18("eircode_keys")
            street = rng.choice(self.pools.streets)
            b.ent(f"{rng.randint(1, 90)} {street}", "LOCATION", None, "address")
            b.lit(", ")
            outward = rng.choice([o for o in self.pools.postcode_outward if o not in keys])
            inward = f"{rng.randint(1, 9)}" + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
            b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
        b.lit(", GMC ")
        b.ent(f"{rng.choice('67')}{rng.randint(0, 999999):06d}", "GMC_NUMBER", None, "gmc")
        if rng.random() < 0.5:
            b.lit(", CHI ")
            b.ent(self.chi18(), "NHS_NUMBER", None, "chi")
        else:
            b.lit(", H&C no. ")
            ten = self.tenth18(f"3{rng.randint(2, 9)}")
            b.ent(f"{ten[:3]} {ten[3:6]} {ten[6:]}", "NHS_NUMBER", None, "hcn")
        born = self.born18()
        b.lit(", DOB ")
        b.ent(f"{born.day:02d}/{born.month:02d}/{born.year}", "DATE", None, "dob_slash")
        start = datetime.date(rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28))
        b.lit(", start ")
        b.ent(f"{WEEKDAYS[start.weekday()][:3]} {start.day} {MONTHS[start.month - 1]} {start.year}",
              "DATE", None, "dmy")
        b.lit(", base ")
        h = rng.choice(self.pools.hospitals)
        b.ent(h, "HOSPITAL", None, "hospital")
        b.lit(", e-mail ")
        local, domain, code = self.local18("self")
        b.ent(f"{local}@{domain}", "EMAIL", code, "email")
        b.lit(".]")
