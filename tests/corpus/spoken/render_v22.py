"""Round 26's renderings: how ``heldout22``'s speakers, interpreters, captioners and typists say
and write identifiers (the mixin ``V22`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v22`` (heldout22); every other set renders byte for byte
as before. Its words (labels, ambient marks, the interpreter's corrections, house names, area
codes, numbers from abroad) are its own data, in ``self.t.negatives`` under keys starting "_".

Its documents: a BSL interview voiced by an interpreter ("bsl"), an interview captioned live
by a speech-to-text reporter ("sttr") and a text-relay call ("textrelay"); ``Writer.state22`` holds
a document's kind, the mode of the turn being written (``signed``, ``sttr``, ``typed``,
``notes`` or ``speech``) and the hearing speakers' word for 0.

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own.
"""

from __future__ import annotations

import re
import unicodedata

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    UNITS,
    cardinal,
    ordinal_suffix,
    ordinal_words,
)

#: domain pieces said as words (the rest are said or fingerspelled letter by letter)
_WORDS22 = {"scot", "wales", "net", "com", "co", "posteo", "naver", "cornwall", "health",
            "care", "manxmail", "simnet", "olsnet", "nifty", "gov", "uk", "betsi", "hywel",
            "scilly"}

_HCPC = ("PH", "OT", "SL", "HAD", "CS")


class V22:
    """``heldout22``'s own renderings, switched on by ``Habits.v22`` for that set alone."""

    def data22(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v22(self) -> None:
        """A document is a BSL interview voiced by an interpreter, a live-captioned interview
        or a text-relay call."""
        rng, me = self.rng, self.cast["self"]
        kind = rng.choice(self.data22("kinds"))
        self.state22["kind"] = kind
        ilabel, plabel = rng.choice(self.data22(f"labels_{kind}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", me.code or "P")
        self.state22["zero"] = rng.choice(self.h.zero_words)
        self.state22["mode"] = "speech"

    # ---- turns
    def turn_v22(self, who: str, sentences: list[str]) -> None:
        rng, b, kind = self.rng, self.b, str(self.state22["kind"])
        if who == "N":  # the researcher's typed note or a form copied: no speaker label
            self.state22["mode"] = "notes"
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            self.state22["mode"] = "speech"
            return
        mode = "speech"
        if who == "P":
            mode = {"bsl": "signed", "sttr": "sttr", "textrelay": "typed"}[kind]
        self.state22["mode"] = mode
        if kind == "sttr":
            b.lit(">> ")
        b.lit(f"{self.ilabel if who == 'I' else self.plabel}: ")
        start = len(b.parts)
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
                if who == "P" and kind != "textrelay" and rng.random() < 0.12:
                    b.lit(rng.choice(self.data22(f"ambient_{kind}")) + " ")
            self.render(s, opener=(who == "P" and kind != "textrelay"))
        if mode == "typed":  # typed in a chat window: lower case, lengths kept
            keep = self.state22.get("keep", set())
            for j in range(start, len(b.parts)):
                if j in keep:  # type: ignore[operator]
                    continue
                low = b.parts[j].lower()
                assert len(low) == len(b.parts[j]), b.parts[j]
                b.parts[j] = low
        if kind == "textrelay":
            b.lit(rng.choice(self.data22("relay_ends")))
            if who == "P" and rng.random() < 0.1:
                b.lit("\n\n" + rng.choice(self.data22("ambient_textrelay")))
        b.lit("\n\n")
        self.state22["mode"] = "speech"

    # ---- slots
    def slot_v22(self, name: str, args: list[str]) -> bool:
        """Round 26's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v22(arg)
        elif name in ("NHS", "CHI", "GMC", "NMC", "HCPC"):
            self.number_v22(name, arg)
        elif name == "POSTCODE":
            self.postcode_v22(arg)
        elif name == "ADDR":
            self.address_v22(arg)
        elif name == "EMAIL":
            self.email_v22(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v22(arg)
        elif name == "DATE":
            self.date_v22(arg)
        elif name == "AGE":
            self.age_v22(arg, args[1] if len(args) > 1 else None)
        elif name == "NEG":
            self.b.lit(self.cap(self.rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    @property
    def mode22(self) -> str:
        return str(self.state22["mode"])

    def ent22(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- numbers
    def digit22(self, d: str, signed: bool) -> str:
        if d == "0":
            return "zero" if signed else str(self.state22["zero"])
        return UNITS[int(d)]

    def say22(self, digits: str, groups: list[int], repair: bool = False) -> str:
        """Digits in groups as the current speaker says them: an interpreter voices each digit
        ("zero", never "double"), a hearing speaker says "double"; with ``repair`` a wrong digit
        is said and corrected inside the number."""
        rng = self.rng
        signed = self.mode22 == "signed"
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        fix = rng.randrange(len(parts)) if repair else -1
        said = []
        for gi, g in enumerate(parts):
            words: list[str] = []
            i = 0
            while i < len(g):
                if (not signed and gi != fix and i + 1 < len(g) and g[i + 1] == g[i]
                        and rng.random() < self.h.p_double):
                    words.append(f"double {self.digit22(g[i], signed)}")
                    i += 2
                else:
                    words.append(self.digit22(g[i], signed))
                    i += 1
            if gi == fix:
                j = rng.randrange(len(g))
                wrong = str((int(g[j]) + rng.randint(1, 8)) % 10)
                key = "repair_bsl" if signed else "repair_speech"
                head = " ".join([*words[:j], self.digit22(wrong, signed)])
                said.append(head + rng.choice(self.data22(key)) + " ".join(words[j:]))
            else:
                said.append(" ".join(words))
        seps = (", ", "... ") if signed else self.h.group_seps
        out = said[0]
        for s in said[1:]:
            out += rng.choice(seps) + s
        return out

    def spaced22(self, digits: str, groups: list[int]) -> str:
        out, pos = [], 0
        for g in groups:
            out.append(digits[pos:pos + g])
            pos += g
        return " ".join(out)

    def phone_v22(self, form: str) -> None:
        rng, mode = self.rng, self.mode22
        if form == "typed":
            mode = "notes"
        if form in ("mobile", "typed"):
            d = "07" + rng.choice("3456789") + f"{rng.randint(0, 10 ** 8 - 1):08d}"
            groups = rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]])
        elif form == "landline":
            d = rng.choice(self.data22("areas")) + f"{rng.randint(2, 9)}{rng.randint(0, 99999):05d}"
            groups = rng.choice([[5, 6], [5, 3, 3]])
        elif form == "local":
            d = f"{rng.randint(2, 9)}{rng.randint(0, 99999):05d}"
            groups = [3, 3]
        elif form == "intl":
            i = rng.randrange(len(self.data22("intl")))
            lead, first, n = self.data22("intl")[i].split("=>")
            typed_lead = self.data22("intl_typed")[i]
            d = first + "".join(str(rng.randint(0, 9)) for _ in range(int(n) - 1))
            groups = [3, len(d) - 3] if len(d) <= 8 else [2, 3, len(d) - 5]
            if mode in ("typed", "notes"):
                self.b.ent(f"{typed_lead} {self.spaced22(d, groups)}", "PHONE", None, "intl")
            elif mode == "sttr" and rng.random() < 0.4:
                self.b.ent(f"{typed_lead} {self.spaced22(d, groups)}", "PHONE", None, "sp_captioned")
            else:
                self.ent22(f"{lead}{rng.choice([', ', ' '])}{self.say22(d, groups)}", "PHONE", "sp_intl")
            return
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        written = {"mobile": "mobile", "typed": "mobile", "landline": "landline",
                   "local": "landline_local"}[form]
        if mode in ("typed", "notes"):
            s = d if (mode == "typed" and rng.random() < 0.5) else self.spaced22(d, groups)
            self.b.ent(s, "PHONE", None, written)
            return
        if mode == "sttr" and rng.random() < 0.45:
            self.b.ent(self.spaced22(d, groups), "PHONE", None, "sp_captioned")
            return
        repair = form == "mobile" and rng.random() < (0.3 if mode == "signed" else 0.15)
        if repair:
            self.ent22(self.say22(d, groups, repair=True), "PHONE", "sp_repair")
        elif form == "local":
            self.ent22(self.say22(d, groups), "PHONE", "sp_local_only")
        elif mode == "signed":
            self.ent22(self.say22(d, groups), "PHONE", "sp_signed_digits")
        else:
            self.ent22(self.say22(d, groups), "PHONE", f"sp_{form}")

    def number_v22(self, kind: str, form: str) -> None:
        rng, b, mode = self.rng, self.b, self.mode22
        if form == "typed":
            mode = "notes"
        if kind == "NHS":
            d, type_, groups = self.nhs_digits(), "NHS_NUMBER", [3, 3, 4]
        elif kind == "CHI":
            d, type_, groups = self.chi_digits(), "NHS_NUMBER", [6, 4]
        elif kind == "GMC":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
            type_, groups = "GMC_NUMBER", rng.choice([[3, 4], [4, 3], [7]])
        elif kind == "NMC":
            d = (f"{rng.randint(0, 99):02d}{rng.choice('ABCDEFGHIJKLMNOPRSTUWY')}"
                 f"{rng.randint(0, 9999):04d}{rng.choice('ACDEOSUW')}")
            type_, groups = "GMC_NUMBER", []
        else:  # HCPC
            d = rng.choice(_HCPC) + f"{rng.randint(0, 10 ** 6 - 1):0{rng.choice([5, 6])}d}"
            type_, groups = "GMC_NUMBER", []
        written = {"NHS": "nhs", "CHI": "chi", "GMC": "gmc", "NMC": "nmc_pin", "HCPC": "hcpc"}[kind]
        if mode in ("typed", "notes"):
            s = d if (not groups or rng.random() < 0.5) else self.spaced22(d, groups)
            b.ent(s, type_, None, written)
            return
        if mode == "sttr" and rng.random() < 0.4:
            s = d if not groups else self.spaced22(d, groups)
            b.ent(s, type_, None, "sp_captioned")
            return
        signed = mode == "signed"
        if kind == "CHI":  # the date part in pairs, as numbers, then four digits
            pairs = []
            for k in (0, 2, 4):
                n = int(d[k:k + 2])
                pairs.append(cardinal(n) if n >= 10 else f"{self.digit22('0', signed)} {UNITS[n]}")
            tail = " ".join(self.digit22(c, signed) for c in d[6:])
            self.ent22(", ".join(pairs) + rng.choice([", then ", ", "]) + tail, type_, "sp_chi_pairs")
            return
        if kind == "NMC":
            def letter(c: str) -> str:
                return f"letter {c}" if signed else c
            head = " ".join(self.digit22(c, signed) for c in d[:2])
            mid = " ".join(self.digit22(c, signed) for c in d[3:7])
            self.ent22(f"{head}, {letter(d[2])}, {mid}, {letter(d[7])}", type_, "sp_nmc_pin")
            return
        if kind == "HCPC":
            letters = re.match(r"[A-Z]+", d).group()  # type: ignore[union-attr]
            said_l = "-".join(letters) if signed else " ".join(letters)
            digits = " ".join(self.digit22(c, signed) for c in d[len(letters):])
            self.ent22(f"{said_l}, {digits}", type_, "sp_hcpc")
            return
        repair = kind == "NHS" and rng.random() < (0.25 if signed else 0.1)
        said = self.say22(d, groups, repair=repair)
        if repair:
            self.ent22(said, type_, "sp_repair")
        elif kind == "NHS":
            self.ent22(said, type_, "sp_nhs_signed" if signed else "sp_nhs")
        else:
            self.ent22(said, type_, "sp_gmc")

    # ---- postcodes and addresses
    def postcode_v22(self, form: str) -> None:
        rng, mode = self.rng, self.mode22
        if form == "typed":
            mode = "notes"
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if mode == "typed":
            self.b.ent(f"{outward} {inward}".lower(), "POSTCODE", None, "postcode_lower")
            return
        if mode == "notes":
            self.b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        if mode == "sttr" and rng.random() < 0.4:
            self.b.ent(f"{outward} {inward}", "POSTCODE", None, "sp_captioned")
            return
        letters = re.match(r"[A-Z]+", outward).group()  # type: ignore[union-attr]
        num = outward[len(letters):]
        if mode == "signed":  # fingerspelled, the digits signed one by one
            out = "-".join([*letters, *(UNITS[int(c)] for c in num)])
            inn = "-".join([UNITS[int(inward[0])], inward[1], inward[2]])
            self.ent22(f"{out}, {inn}", "POSTCODE", "sp_postcode_spelled")
            return
        said_num = (cardinal(int(num)) if len(num) == 2 and rng.random() < 0.6
                    else " ".join(self.digit22(c, False) for c in num))
        sep = rng.choice([", ", " ", "... "])
        self.ent22(f"{' '.join(letters)} {said_num}{sep}{UNITS[int(inward[0])]} {inward[1]} {inward[2]}",
                   "POSTCODE", "sp_postcode")

    def address_v22(self, form: str) -> None:
        rng, mode = self.rng, self.mode22
        if form == "typed":
            mode = "notes"
        if form == "house" or (form == "typed" and rng.random() < 0.3):
            name = rng.choice(self.data22("house_names"))
            self.ent22(name, "LOCATION", "house_name" if mode in ("typed", "notes") else "sp_house_name")
            return
        street = rng.choice(self.pools.streets)
        n = rng.randint(1, 120)
        if mode in ("typed", "notes") or (mode == "sttr" and rng.random() < 0.4):
            self.ent22(f"{n} {street}", "LOCATION", "address" if mode in ("typed", "notes") else "sp_captioned")
            return
        said = cardinal(n, hundred_a=rng.random() < 0.5)
        if mode == "signed":  # "number [twelve, Victoria Street]": "number" outside
            self.b.lit(self.cap("number "))
            self.b.ent(f"{said}, {street}", "LOCATION", None, "sp_number_street")
            return
        self.ent22(f"{said} {street}", "LOCATION", "sp_address")

    # ---- e-mails and spellings
    def piece22(self, piece: str, spell: bool) -> str:
        out: list[str] = []
        for bit in re.split(r"([._-])", piece):
            if bit == ".":
                out.append("dot")
            elif bit == "_":
                out.append("underscore")
            elif bit == "-":
                out.append("dash")
            elif bit:
                m = re.fullmatch(r"([a-z]*?)(\d+)", bit)
                if m:
                    if m.group(1):
                        out.append("-".join(m.group(1).upper()) if spell else m.group(1))
                    out.append(" ".join(self.digit22(c, spell) for c in m.group(2)))
                elif spell and bit not in _WORDS22:
                    out.append("-".join(bit.upper()))
                elif bit in _WORDS22 or (len(bit) > 4 and re.search(r"[aeiou]", bit)):
                    out.append(bit)
                else:
                    out.append(" ".join(bit))
        return " ".join(out)

    def email_v22(self, who: str, form: str) -> None:
        rng, b, mode = self.rng, self.b, self.mode22
        if form == "typed":
            mode = "notes"
        p = self.cast["self" if who == "self_other" else who]
        fn = self.plain10(p.first.replace(" ", ""))
        sn = self.plain10(p.sur.replace(" ", ""))
        if p.email and who in ("self", "reg"):
            address = p.email
        elif who == "self_other":
            address = f"{fn}{rng.choice(['.', '_', ''])}{sn}{rng.randint(1, 99)}@{rng.choice(self.pools.email_domains[8:])}"
        else:
            address = f"{fn}.{sn}@{rng.choice(self.pools.email_domains[:8])}"
        code = p.code
        if mode in ("typed", "notes"):
            b.ent(address, "EMAIL", code, "email")
            return
        if mode == "sttr" and rng.random() < 0.4:
            b.ent(address, "EMAIL", code, "sp_captioned")
            return
        local, domain = address.split("@", 1)
        spell = mode == "signed"
        said = f"{self.piece22(local, spell)} at {self.piece22(domain, spell)}"
        self.b.ent(said, "EMAIL", code, "sp_email_fingerspelled" if spell else "sp_email")

    def spelled_v22(self, who: str) -> None:
        rng, mode = self.rng, self.mode22
        p = self.cast[who]
        if mode in ("typed", "notes"):  # typed in capitals to make it clear (kept in a chat)
            self.b.ent(p.sur.upper(), "PERSON", p.code, "surname_caps")
            self.state22.setdefault("keep", set()).add(len(self.b.parts) - 1)  # type: ignore[union-attr]
            return
        plain = unicodedata.normalize("NFKD", p.sur)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        if mode == "signed":
            self.b.lit(self.cap(rng.choice(self.data22("fs_leads"))))
            words = ["-".join(w.upper()) for w in re.split(r"[ -]", plain)]
            self.b.ent(" ".join(words), "PERSON", p.code, "sp_fingerspelled")
            return
        inner = any(c.isupper() for c in plain[1:]) or " " in plain
        out: list[str] = []
        i = 0
        while i < len(plain):
            c = plain[i]
            if c == " ":
                out.append("space,")
            elif c == "-":
                out.append("hyphen,")
            elif c.isupper() and i:
                out.append(f"capital {c},")
            elif i + 1 < len(plain) and plain[i + 1] == c:
                out.append(f"double {c.upper()}")
                i += 1
            else:
                out.append(c.upper())
            i += 1
        self.b.ent(" ".join(out).rstrip(","), "PERSON", p.code,
                   "sp_spelled_caps" if inner else "sp_spelled")

    # ---- dates and ages
    def year22(self, y: int) -> str:
        if y < 2000:
            return f"nineteen {cardinal(y % 100) if y % 100 >= 10 else 'oh ' + UNITS[y % 10]}"
        if y < 2010:
            return f"two thousand and {cardinal(y - 2000)}" if y > 2000 else "two thousand"
        return f"twenty {cardinal(y - 2000)}"

    def date_v22(self, form: str) -> None:
        rng, b, mode = self.rng, self.b, self.mode22
        y = rng.randint(2004, 2025)
        by = rng.randint(1960, 1998)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dw, mon = ordinal_words(d), MONTHS[m - 1]
        if form == "typed":
            mode = "notes"
        yy = by if form in ("dob", "birthyear") else y
        if mode == "notes":
            b.ent(rng.choice([f"{d:02d}/{m:02d}/{yy}", f"{d} {mon[:3]} {yy}"]), "DATE", None,
                  "dmy")
            return
        if mode == "typed":
            if form == "dob":
                b.ent(f"{d}.{m}.{by % 100:02d}", "DATE", None, "dob_dots")
            elif form == "dom":
                b.ent(f"{d}{ordinal_suffix(d)} {mon}", "DATE", None, "dm_typed")
            elif form == "month_year":
                b.ent(f"{mon} {y}", "DATE", None, "month_year")
            elif form == "birthyear":
                b.ent(str(by), "DATE", None, "birth_year")
            else:
                b.ent(f"{d}/{m}/{y}", "DATE", None, "slash")
            return
        if mode == "sttr" and form != "dom" and rng.random() < 0.4:
            s = {"dob": f"{d} {mon} {by}", "dom_y": f"{d} {mon} {y}", "month_year": f"{mon} {y}",
                 "birthyear": str(by)}[form]
            b.ent(s, "DATE", None, "sp_captioned")
            return
        signed = mode == "signed"
        if form == "dob":
            if signed and rng.random() < 0.6:  # BSL order: the year, the month, the day
                self.ent22(f"{self.year22(by)}, {mon}, {dw}", "DATE", "sp_ymd_signed")
            elif signed:
                self.ent22(f"{cardinal(d)}, {cardinal(m)}, {cardinal(by % 100)}", "DATE", "sp_dob_numeric")
            else:
                self.ent22(f"{dw} of {mon}, {self.year22(by)}", "DATE", "sp_dob")
        elif form == "dom":
            self.ent22(f"{dw} of {mon}", "DATE", "sp_dom")
        elif form == "dom_y":
            if signed:
                self.ent22(f"{self.year22(y)}, {mon}, {dw}", "DATE", "sp_ymd_signed")
            else:
                self.ent22(f"{dw} of {mon}, {self.year22(y)}", "DATE", "sp_dom_y")
        elif form == "month_year":
            if signed:
                self.ent22(f"{self.year22(y)}, {mon}", "DATE", "sp_ym_signed")
            else:
                self.ent22(f"{mon} {self.year22(y)}", "DATE", "sp_month_year")
        elif form == "birthyear":
            self.ent22(self.year22(by), "DATE", "sp_birth_year")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v22(self, form: str, kind: str | None) -> None:
        rng, b, mode = self.rng, self.b, self.mode22
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if mode == "typed":
            b.ent(str(n), "AGE", None, "age_typed")
            return
        if mode == "sttr" and rng.random() < 0.5:
            b.ent(str(n), "AGE", None, "sp_captioned")
            return
        if mode == "signed" and form == "answer":  # "Age [forty-two]": "age" outside
            b.lit(rng.choice(self.data22("age_leads")))
            b.ent(cardinal(n), "AGE", None, "sp_age_sign")
            return
        self.ent22(cardinal(n), "AGE", "sp_answer" if form == "answer" else "sp_words")
