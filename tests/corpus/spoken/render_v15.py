"""Round 19's renderings: how ``heldout15``'s speakers and transcribers say and write identifiers
(the mixin ``V15`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v15`` (heldout15); every other set renders byte for byte
as before. Its words (labels, third voices, car and corridor noises, voices, island codes, month
abbreviations) are its own data, in ``self.t.negatives`` under keys "_...".

Its documents: go-along car shifts, walking interviews, agency transcripts; ``Writer.state15``
holds a document's kind, third voice, radio and the speaker's own age.

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import dataclasses
import datetime

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    UNITS,
    WEEKDAYS,
    Templates,
    cardinal,
    nhs_check_digit,
    ordinal_words,
)


class V15:
    """``heldout15``'s own renderings, switched on by ``Habits.v15`` for that set alone."""

    def data15(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs15(self, key: str) -> dict[str, str]:
        return dict(entry.split("=>", 1) for entry in self.data15(key))

    def init_v15(self) -> None:
        """A document is a go-along interview in an out-of-hours car (a driver, the base on the
        radio, the sat nav), a walking interview through a custody suite or a hospital at night
        (tannoy pages, the lift), or an agency transcript (guessed words
        marked, some numbers typed as numerals)."""
        rng, me, st = self.rng, self.cast["self"], self.state15
        kind = rng.choice(self.data15("kinds"))
        st["kind"] = kind
        ilabel, plabel = rng.choice(self.data15(f"labels_{kind}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", me.code or "P")
        st["voice"] = self.pairs15("voices").get(f"{me.first} {me.sur}", "")
        side = "car" if kind == "car" else "walk"
        st["third"] = rng.choice(self.data15(f"third_{side}"))
        st["radio"] = rng.choice(self.data15("radio_car")) if kind == "car" else ""
        st["age"] = rng.randint(31, 63)  # the interviewee's own age, said several ways
        self.cast["third"] = self.new_person("")

    def templates_v15(self) -> Templates:
        """Exchanges with a third voice only where there is one: no driver or base in an
        agency transcript (two voices), the base's calls only in the car."""
        kind = self.state15["kind"]
        drop = {"car": (), "walk": ("R|",), "agency": ("R|", "D|")}[kind]
        if not drop:
            return self.t
        keep = [ex for ex in self.t.exchanges if not any(line.startswith(drop) for line in ex)]
        return dataclasses.replace(self.t, exchanges=keep)

    def turn_v15(self, who: str, sentences: list[str]) -> None:
        rng, b, st = self.rng, self.b, self.state15
        kind = st["kind"]
        if kind == "walk" and who == "P" and rng.random() < 0.07:
            self.tannoy15()
        elif kind != "agency" and rng.random() < 0.06:
            b.lit(rng.choice(self.data15(f"{kind}_noises")) + "\n\n")
        label = {"I": self.ilabel, "P": self.plabel, "D": st["third"], "R": st["radio"]}[who]
        b.lit(f"{label}: ")
        if kind == "agency" and rng.random() < 0.06:
            b.lit(rng.choice(self.data15("agency_marks")) + " ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            if who == "P" and i == 0 and st["voice"] and rng.random() < 0.2:
                b.lit(rng.choice(self.data15(f"voice_{st['voice']}")) + " ")
                s = s[0].lower() + s[1:] if s[:2] not in ("I ", "I'") and not s.startswith("{") else s
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def tannoy15(self) -> None:
        """A tannoy page between turns, naming someone: a PERSON span, title outside."""
        rng, b = self.rng, self.b
        line = rng.choice(self.data15("tannoy"))
        p = self.new_person("Dr")
        parts = line.split("{T}")
        for i, part in enumerate(parts):
            if i:
                b.lit("Dr ")
                b.ent(p.sur, "PERSON", None, "title_surname")
            b.lit(part)
        b.lit("\n\n")

    def slot_v15(self, name: str, args: list[str]) -> bool:
        """Round 19's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        kind = self.state15["kind"]
        if name in self.cast:
            self.person(name, arg or "any")
            if kind == "agency" and self.b.spans[-1]["form"] in ("full", "surname", "title_surname") \
                    and rng.random() < 0.3:
                b.lit(rng.choice(self.data15("ph")))
        elif name == "PHONE":
            self.phone_v15(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v15(name, arg)
        elif name == "POSTCODE":
            self.postcode_v15(arg)
        elif name == "ADDR":
            self.address_v15(arg)
        elif name == "DISPATCH":
            self.address_v15("dispatch")
            b.lit(", ")
            b.ent(rng.choice(self.pools.towns), "LOCATION", None, "town")
            b.lit(", ")
            self.postcode_v15("dispatch")
        elif name == "EMAIL":
            self.email_v15(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v15(arg)
        elif name == "DATE":
            self.date_v15(arg)
        elif name == "DAYONLY":
            self.ent15(ordinal_words(rng.randint(1, 28)), "DATE", "sp_day_only")
        elif name == "AGE":
            self.age_v15(arg, args[1] if len(args) > 1 else None)
        elif name == "NOISE":
            b.lit(rng.choice(self.data15("car_noises" if kind == "car" else "walk_noises")))
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent15(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    def typed15(self) -> bool:
        """An agency typist writes this number or date as numerals (a written form)."""
        return self.state15["kind"] == "agency" and self.rng.random() < 0.35

    # ---- numbers
    def group15(self, g: str, zero: str, runs: bool = True) -> str:
        rng, words, i = self.rng, [], 0
        while i < len(g):
            d = g[i]
            w = zero if d == "0" else UNITS[int(d)]
            run = len(g) - i - len(g[i:].lstrip(d))
            if runs and run >= 3 and rng.random() < self.h.p_triple:
                words.append(f"{rng.choice(self.h.triple_words)} {w}")
                i += 3
            elif runs and run >= 2 and rng.random() < self.h.p_double:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def say15(self, digits: str, groups: list[int], runs: bool = True) -> str:
        rng, zero = self.rng, self.rng.choice(self.h.zero_words)
        parts, pos = [], 0
        for n in groups:
            parts.append(self.group15(digits[pos:pos + n], zero, runs))
            pos += n
        out = parts[0]
        for p in parts[1:]:
            out += rng.choice(self.h.group_seps) + p
        return out

    def phone_v15(self, form: str) -> None:
        rng = self.rng
        mobile = "07" + rng.choice(["624", "624", "700", "754", "919", "845"]) + \
            f"{rng.randint(0, 999999):06d}"
        if form == "landline" or (form == "island" and rng.random() < 0.5):
            areas = self.pools.landline_areas
            area, n = (rng.choice(areas[-2:]) if form == "island" else rng.choice(areas[:-2]))
            digits = "0" + area + f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (n - 1) - 1):0{n - 1}d}"
            if self.typed15():
                self.b.ent(f"{digits[:5]} {digits[5:]}", "PHONE", None, "landline")
            else:
                self.ent15(self.say15(digits, rng.choice([[5, 6], [5, 3, 3]])), "PHONE",
                           "sp_island" if form == "island" else "sp_landline")
        elif form == "island":  # the island's code by name, then the local number alone
            area, lead = rng.choice(self.data15("island_codes")).split("=>", 1)
            local = f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
            self.b.lit(f"{lead}, then ")
            self.ent15(self.say15(local, rng.choice([[3, 3], [2, 4]])), "PHONE", "sp_island_local")
        elif form == "rest":  # "oh seven seven nine seven, and the rest is ..."
            self.ent15(f"{self.say15(mobile[:5], [5])}, {rng.choice(self.data15('rest_is'))} "
                       f"{self.say15(mobile[5:], [3, 3])}", "PHONE", "sp_rest_is")
        elif form == "count":  # the digits counted off after the number (outside the span)
            self.ent15(self.say15(mobile, [5, 3, 3]), "PHONE", "sp_count_check")
            self.b.lit(rng.choice(self.data15("count_checks")))
        elif form == "intl":
            self.ent15(f"plus four four{rng.choice([', ', ' '])}{self.say15(mobile[1:], [4, 3, 3])}",
                       "PHONE", "sp_intl")
        elif form == "mobile":
            if self.typed15():
                self.b.ent(f"{mobile[:5]} {mobile[5:]}", "PHONE", None, "mobile")
            else:
                self.ent15(self.say15(mobile, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]])),
                           "PHONE", "sp_mobile")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def nhs15(self) -> str:
        while True:
            nine = f"{self.rng.randint(1, 9)}{self.rng.randint(0, 10 ** 8 - 1):08d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def chi15(self) -> str:
        rng = self.rng
        while True:
            d = datetime.date(rng.randint(1958, 1995), rng.randint(1, 12), rng.randint(1, 28))
            nine = d.strftime("%d%m%y") + f"{rng.randint(0, 999):03d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def number_v15(self, kind: str, form: str) -> None:
        rng = self.rng
        if kind == "CHI":
            self.ent15(self.say15(self.chi15(), [6, 4]), "NHS_NUMBER", "sp_chi")
            return
        if kind == "NHS":
            digits, type_, groups = self.nhs15(), "NHS_NUMBER", [3, 3, 4]
        else:
            digits = f"{rng.choice('67')}{rng.randint(0, 999999):06d}"
            type_, groups = "GMC_NUMBER", rng.choice([[3, 4], [4, 3]])
        low = "nhs" if kind == "NHS" else "gmc"
        if self.typed15():
            self.b.ent(" ".join([digits[:3], digits[3:6], digits[6:]]) if kind == "NHS" else digits,
                       type_, None, low)
        elif form == "four":  # read off a slip in fours: "four three one oh, nine eight ..."
            self.ent15(self.say15(digits, [4, 3, 3]), type_, "sp_nhs_four")
        elif form == "run":  # digit by digit, no pause, no doubles
            self.ent15(self.say15(digits, [len(digits)], runs=False), type_, f"sp_{low}_run")
        else:
            self.ent15(self.say15(digits, groups), type_, f"sp_{low}")

    # ---- postcodes, addresses
    def outward15(self, outward: str) -> str:
        letters = "".join(c for c in outward if c.isalpha())
        num = int(outward[len(letters):])
        said = cardinal(num) if self.rng.random() < 0.6 or num < 10 else " ".join(
            UNITS[int(c)] for c in str(num))
        return f"{' '.join(letters)} {said}"

    def postcode_v15(self, form: str) -> None:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        digit = rng.randint(1, 9)
        letters = "".join(rng.choice(POSTCODE_LETTERS) for _ in range(2))
        if form == "sector":
            self.ent15(f"{self.outward15(outward)}, {UNITS[digit]}", "POSTCODE", "sp_postcode_sector")
        elif form != "dispatch" and self.typed15():
            self.b.ent(f"{outward} {digit}{letters}", "POSTCODE", None, "postcode")
        else:
            sep = rng.choice([", ", " ", "... "])
            said = f"{self.outward15(outward)}{sep}{UNITS[digit]} {' '.join(letters)}"
            self.ent15(said, "POSTCODE", "sp_dispatch" if form == "dispatch" else "sp_postcode")

    def address_v15(self, form: str) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        n = rng.randint(1, 140)
        if form == "island":
            self.ent15(f"{rng.choice(self.data15('house_names'))}, {street}", "LOCATION",
                       "sp_address_named")
        elif form != "dispatch" and self.typed15():
            self.b.ent(f"{n} {street}", "LOCATION", None, "address")
        else:
            self.ent15(f"{cardinal(n)} {street}", "LOCATION",
                       "sp_dispatch" if form == "dispatch" else "sp_address")

    # ---- e-mails, spellings
    def local15(self, who: str) -> tuple[str, str, str | None]:
        """(local part, domain, register code) of whose e-mail it is."""
        rng = self.rng
        p = self.cast["self" if who == "self_other" else who]
        if who == "self_other":
            local = f"{p.first}{p.sur}{rng.randint(1, 99)}".lower().replace(" ", "").replace("-", "")
            return local, rng.choice(self.pools.email_domains[5:]), p.code
        if p.email:
            local, domain = p.email.split("@", 1)
            return local, domain, p.code
        local = f"{p.first}.{p.sur}".lower().replace(" ", "").replace("'", "")
        return local, rng.choice(self.pools.email_domains[:5]), None

    def email_v15(self, who: str, form: str) -> None:
        rng = self.rng
        local, domain, code = self.local15(who)
        if self.typed15():
            self.b.ent(f"{local}@{domain}", "EMAIL", code, "typed")
            return
        said_dom = self.pairs15("domain_said")
        dom = " dot ".join(said_dom.get(part, part) for part in domain.split("."))
        if form == "initials":  # the whole local part letter by letter
            bits = []
            for c in local:
                bits.append({".": "dot", "-": "hyphen", "_": "underscore"}.get(c, c))
            said, f = " ".join(bits), "sp_email_letters"
        else:
            said = local.replace(".", " dot ").replace("_", " underscore ").replace("-", " hyphen ")
            f = "sp_email"
        self.ent15(f"{said} {rng.choice(['at', 'at', 'at sign'])} {dom}", "EMAIL", f, code)

    def spelled_v15(self, who: str) -> None:
        rng, p = self.rng, self.cast[who]
        sep = rng.choice([" ", ", ", " "])
        out, i, sur = [], 0, p.sur.upper()
        while i < len(sur):
            c = sur[i]
            if c == " ":
                out.append(rng.choice(self.data15("spell_space")))
            elif c == "-":
                out.append("hyphen")
            elif i + 1 < len(sur) and sur[i + 1] == c and rng.random() < 0.6:
                out.append(f"double {c}")
                i += 1
            else:
                out.append(c)
            i += 1
        self.b.ent(sep.join(out), "PERSON", p.code, "sp_spelled")

    # ---- dates and ages
    def year15(self, y: int) -> str:
        if 2000 <= y < 2010:
            return f"two thousand and {UNITS[y - 2000]}"
        if y >= 2010 and self.rng.random() < 0.3:
            return f"two thousand and {cardinal(y - 2000)}"
        return f"{cardinal(y // 100)} {cardinal(y % 100) if y % 100 >= 10 else 'oh ' + UNITS[y % 10]}"

    def the15(self) -> None:
        self.b.lit("The " if self.b.at_sentence_start() else "the ")

    def date_v15(self, form: str) -> None:
        rng = self.rng
        y = rng.randint(2004, 2024)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        month, day = MONTHS[m - 1], ordinal_words(d)
        abbr = self.data15("month_abbrev")[0].split()[m - 1]
        if form in ("dom_abbrev", "dom_abbrev_y"):
            if rng.random() < 0.6:
                self.the15()
                s = f"{day} of {abbr}"
            else:
                s = f"{abbr} the {day}"
            if form == "dom_abbrev_y":
                s += f", {self.year15(y)}"
            self.ent15(s, "DATE", "sp_" + form)
        elif form == "night_of":  # "the night of the [fourth into the fifth of June]"
            d = min(d, 27)
            self.b.ent(f"{ordinal_words(d)} into the {ordinal_words(d + 1)} of {month}", "DATE", None,
                       "sp_night_of")
        elif form == "weekday_dom":
            wd = WEEKDAYS[datetime.date(y, m, d).weekday()]
            if self.typed15():
                self.b.ent(f"{wd} {d} {month}", "DATE", None, "dmy")
            else:
                self.ent15(f"{wd} the {day} of {month}", "DATE", "sp_weekday_dom")
        elif form == "month_year":
            if self.typed15():
                self.b.ent(f"{month} {y}", "DATE", None, "month_year")
            else:
                self.ent15(f"{month} {self.year15(y)}", "DATE", "sp_month_year")
        elif form == "dom_y":
            if self.typed15():
                self.b.ent(f"{d} {month} {y}", "DATE", None, "dmy")
            else:
                self.the15()
                self.ent15(f"{day} of {month}, {self.year15(y)}", "DATE", "sp_dom_y")
        elif form in ("dob", "dob_yy", "dob_run"):
            by = 2025 - self.state15["age"] - rng.choice([0, 1])
            if self.typed15():
                self.b.ent(f"{d:02d}/{m:02d}/{by}", "DATE", None, "dob_slash")
            elif form == "dob":
                self.the15()
                self.ent15(f"{day} of {month}, {self.year15(by)}", "DATE", "sp_dob")
            elif form == "dob_yy":
                self.ent15(f"{month} the {day}, {cardinal(by % 100) if by % 100 >= 10 else 'oh ' + UNITS[by % 10]}",
                           "DATE", "sp_dob_yy")
            else:
                self.ent15(self.say15(f"{d:02d}{m:02d}{by % 100:02d}", [6], runs=False), "DATE",
                           "sp_dob_run")
        elif form == "holiday_y":  # Tynwald Day (the fifth of July) with a year
            by = 2025 - self.state15["age"] - rng.choice([0, 1])
            self.ent15(f"{rng.choice(self.data15('holiday'))}, {self.year15(by)}", "DATE",
                       "sp_holiday_y")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v15(self, form: str, kind: str | None) -> None:
        rng = self.rng
        if kind is None and form in ("answer", "words", "half"):
            n = self.state15["age"]
        else:
            lo, hi = self.AGE_RANGES[kind or "adult"]
            n = rng.randint(lo, hi)
        if form == "half":
            self.ent15(f"{cardinal(n)} and a half", "AGE", "sp_and_a_half")
        elif form in ("knocking", "shy"):
            self.ent15(cardinal(max(2, (n + 5) // 10) * 10), "AGE", f"sp_{form}")
        elif form == "odd":
            self.ent15(f"{cardinal(max(2, n // 10) * 10)}-odd", "AGE", "sp_odd")
        elif form == "gone":
            self.ent15(cardinal(max(2, n // 10) * 10 if rng.random() < 0.5 else n), "AGE", "sp_gone")
        elif form in ("answer", "words", "year_old"):
            self.ent15(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
