"""Round 8's renderings: how ``heldout5``'s speakers and transcribers say and write identifiers
(the mixin ``V5`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v5`` (heldout5); every other set renders byte for byte
as before. Its words ("like" spelling words, star signs, farms, events, "hotmail UK" short
domains) are its own data, in ``self.t.negatives`` under keys starting "_".

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    TENS,
    UNITS,
    cardinal,
    nhs_check_digit,
    ordinal_words,
)


class V5:
    """``heldout5``'s own renderings, switched on by ``Habits.v5`` for that set alone."""

    def slot_v5(self, name: str, args: list[str]) -> bool:
        """Round 8's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v5(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v5(name, arg)
        elif name == "POSTCODE":
            self.postcode_v5(arg)
        elif name == "ADDR":
            self.address_v5(arg)
        elif name == "EMAIL":
            self.email_v5(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v5(arg, args[1] if len(args) > 1 else "plain")
        elif name == "DATE":
            self.date_v5(arg)
        elif name == "AGE":
            self.age_v5(arg, args[1] if len(args) > 1 else None)
        elif name == "DAYONLY":
            self.b.ent(ordinal_words(self.rng.randint(1, 28)), "DATE", None, "sp_day_only")
        elif name == "NEG5":
            self.b.lit(self.rng.choice(self.t.negatives[arg]))
        else:
            return False
        return True

    def data5(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def digit5(self, d: str, zero: str) -> str:
        return zero if d == "0" else UNITS[int(d)]

    def group5(self, g: str, zero: str, style: str) -> str:
        """One digit group: digit by digit ("seven, twice" for a pair), a non-native speaker's
        reversed pair ("four-and-sixty"), or a hundred without "and" ("six hundred twelve")."""
        rng = self.rng
        if style == "reverse" and len(g) == 2 and g[0] != "0":
            t, u = int(g[0]), int(g[1])
            return TENS[t] if u == 0 and t > 1 else (
                cardinal(int(g)) if t < 2 else f"{UNITS[u]}-and-{TENS[t]}")
        if style == "hundred" and len(g) == 3 and g[0] != "0":
            rest = int(g[1:])
            return f"{UNITS[int(g[0])]} hundred" + (f" {cardinal(rest)}" if rest else "")
        out: list[str] = []
        i = 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and rng.random() < 0.45:
                out.append(f"{self.digit5(g[i], zero)}, twice")
                i += 2
                continue
            out.append(self.digit5(g[i], zero))
            i += 1
        return " ".join(out)

    def speak5(self, digits: str, groups: list[int], style: str = "") -> str:
        rng = self.rng
        zero = rng.choice(self.data5("zeros"))
        style = style or rng.choice(["plain", "plain", "plain", "reverse", "hundred"])
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        pieces: list[str] = []
        for i, p in enumerate(parts):
            st = style if (style != "reverse" or len(p) % 2 == 0) else "plain"
            if st == "reverse" and len(p) > 2:
                said = ", ".join(self.group5(p[k:k + 2], zero, "reverse") for k in range(0, len(p), 2))
            else:
                said = self.group5(p, zero, st)
            if i == len(parts) - 1 and len(p) > 1 and st == "plain" and rng.random() < 0.3:
                head, _, last = said.rpartition(" ")
                if head and not last.endswith("twice") and not head.endswith(","):
                    said = f"{head} and {last}"
            pieces.append(said)
            if i < len(parts) - 1 and rng.random() < 0.15:  # a group said again for a bad line
                pieces[-1] += f"{rng.choice(self.data5('repeat_seps'))}{said}"
        seps = [rng.choice(self.data5("group_seps")) for _ in pieces[1:]]
        out = pieces[0]
        for sep, piece in zip(seps, pieces[1:]):
            out += sep + piece
        return out

    def mobile5(self) -> str:
        return "07" + str(self.rng.randint(3, 9)) + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def landline5(self) -> tuple[str, str]:
        area, n = self.rng.choice(self.pools.landline_areas)
        return "0" + area, f"{self.rng.randint(2, 9)}{self.rng.randint(0, 10 ** (n - 1) - 1):0{n - 1}d}"

    def phone_v5(self, form: str) -> None:
        rng, b = self.rng, self.b
        mob = self.mobile5()
        if form in ("mobile", "screen"):
            self.last5["mobile"] = mob
        if form == "mobile":
            b.ent(self.cap(self.speak5(mob, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]]))), "PHONE",
                  None, "sp_mobile")
        elif form in ("landline", "practice"):
            area, local = self.landline5()
            s = self.speak5(area + local, [len(area), len(local) // 2, len(local) - len(local) // 2])
            b.ent(self.cap(s), "PHONE", None, "sp_landline" if form == "landline" else "sp_practice")
        elif form == "halfa":  # the first half now, the rest minutes later ({PHONE:halfb})
            cut = rng.choice([5, 6])
            b.ent(self.cap(self.speak5(mob[:cut], [cut])), "PHONE", None, "sp_halves")
            self.half5 = mob[cut:]
            self.last5["head"] = mob[:cut]
        elif form == "halfagain":  # the first half said again after the line dropped
            head = self.last5.get("head", mob[:5])
            b.ent(self.cap(self.speak5(head, [len(head)])), "PHONE", None, "sp_halves")
        elif form == "halfb":
            rest = self.half5 or mob[6:]
            self.half5 = ""
            b.ent(self.cap(self.speak5(rest, [3, len(rest) - 3] if len(rest) > 4 else [len(rest)])),
                  "PHONE", None, "sp_halves")
        elif form == "screen":  # read off the phone's screen, "space" where the screen has one
            words = self.speak5(mob[:5], [5], "plain") + " space " + self.speak5(mob[5:], [3, 3], "plain")
            b.ent(self.cap(words), "PHONE", None, "sp_screen")
        elif form == "typed":  # the interviewer types the number into the transcript
            sep = rng.choice([" ", "-", "", " "])
            mob = self.last5.get("mobile", mob)
            b.ent(f"{mob[:5]}{sep}{mob[5:]}", "PHONE", None, "typed_back")
        elif form == "intl":  # "country code" and "then without the nought"
            s = f"{rng.choice(self.data5('intl_leads'))}{self.speak5(mob[1:], [4, 3, 3])}"
            b.ent(self.cap(s), "PHONE", None, "sp_intl")
        else:  # pragma: no cover
            raise ValueError(form)

    def number_v5(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "GMC":
            d = f"{rng.choice('3456789')}{rng.randint(0, 999999):06d}"
            if form == "written":
                b.ent(d, "GMC_NUMBER", None, "gmc")
            elif form == "cardinal":  # the whole number said as one quantity
                b.ent(self.cap(cardinal(int(d[0])) + " million, " + cardinal(int(d[1:4]))
                               + " thousand, " + cardinal(int(d[4:]) or 0)), "GMC_NUMBER", None,
                      "sp_gmc_cardinal")
            else:
                b.ent(self.cap(self.speak5(d, rng.choice([[3, 4], [7], [1, 3, 3]]))), "GMC_NUMBER",
                      None, "sp_gmc")
            return
        if kind == "CHI":
            dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(40, 99)
            while True:
                nine = f"{dd:02d}{mm:02d}{yy:02d}{rng.randint(0, 999):03d}"
                c = nhs_check_digit(nine)
                if c is not None:
                    break
            d = nine + str(c)
            b.ent(self.cap(self.speak5(d, [2, 2, 2, 4], "plain")), "NHS_NUMBER", None, "sp_chi")
            return
        while True:
            nine = f"{rng.randint(4, 7)}{rng.randint(0, 10 ** 8 - 1):08d}"
            c = nhs_check_digit(nine)
            if c is not None:
                break
        d = nine + str(c)
        if form == "written":
            b.ent(f"{d[:3]}-{d[3:6]}-{d[6:]}", "NHS_NUMBER", None, "nhs_dashed")
        else:
            b.ent(self.cap(self.speak5(d, [3, 3, 4])), "NHS_NUMBER", None, "sp_nhs")

    def letter5(self, c: str, style: str) -> str:
        like = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", self.data5("like_words")))
        if style == "like":
            return f"{c} like {like[c]}"
        if style == "contrast" and c in "BDPTMNSF":
            other = {"B": "D", "D": "B", "P": "B", "T": "P", "M": "N", "N": "M", "S": "F",
                     "F": "S"}[c]
            return f"{c}, not {other}, {c}"
        return c

    def postcode_v5(self, form: str) -> None:
        rng, b = self.rng, self.b
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "written":
            b.ent((outward + " " + inward).lower(), "POSTCODE", None, "postcode_lower")
            return
        style = rng.choice(["like", "contrast", "plain"])
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        said_l = " ".join(self.letter5(c, style if i == 0 else "plain") for i, c in enumerate(letters))
        said_n = cardinal(int(num)) if rng.random() < 0.5 or len(num) == 1 else " ".join(
            UNITS[int(x)] for x in num)
        in_said = f"{UNITS[int(inward[0])]}, {self.letter5(inward[1], style)}, {self.letter5(inward[2], 'plain')}"
        sep = rng.choice([", ", " ... ", ", then the second bit, ", "; "])
        b.ent(self.cap(f"{said_l} {said_n}{sep}{in_said}"), "POSTCODE", None,
              {"like": "sp_postcode_like", "contrast": "sp_postcode_contrast"}.get(style, "sp_postcode"))

    def address_v5(self, form: str) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        if form == "farm":
            b.ent(rng.choice(self.data5("farms")), "LOCATION", None, "farm")
        elif form == "pobox":
            n = rng.randint(2, 480)
            b.ent(f"PO Box {cardinal(n)}", "LOCATION", None, "sp_po_box")
        elif form == "pobox_written":
            b.ent(f"PO Box {rng.randint(2, 480)}", "LOCATION", None, "po_box")
        elif form == "written":
            b.ent(f"{rng.randint(1, 140)} {street}", "LOCATION", None, "address")
        else:
            n = rng.randint(1, 160)
            b.ent(self.cap(f"{cardinal(n)} {street}"), "LOCATION", None, "sp_address")

    def email_v5(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast["self" if who == "self_other" else who]
        code = p.code if who in ("self", "self_other", "reg") else None
        first, sur = p.first.lower(), p.sur.lower().replace("-", "")
        dom = rng.choice(self.pools.email_domains)
        if who == "self" and p.email:  # the work address on the register
            dom = p.email.split("@")[1]
        if form == "written":  # typed back: the address said last, as the interviewer heard it
            b.ent(self.last5.get("email:" + who, f"{first}.{sur}@{dom}"), "EMAIL", code,
                  "typed_back")
            return
        short = dict(pair.split("=") for pair in self.data5("short_domains"))
        if dom in short and rng.random() < 0.7:
            said_dom, form_ = short[dom], "sp_email_short"
        else:
            said_dom, form_ = " dot ".join(dom.split(".")), "sp_email"
        style = rng.choice(["nodots", "underline", "dash", "plain", "nodots"])
        if style == "nodots":
            local = f"{first}{sur}"
            after = rng.choice([", no dots", ", no dots, all one", ", all lower, no dots", ""])
        elif style == "underline":
            local = f"{first} {rng.choice(['underline', 'the underline', 'low line'])} {sur}"
            after = rng.choice([", it's the one with the underscore", ", small letters", ""])
            form_ = "sp_email_underline" if form_ == "sp_email" else form_
        elif style == "dash":
            local = f"{first} dash {sur}"
            after = rng.choice([", small letters", ""])
        else:
            local = f"{first} dot {sur}"
            after = rng.choice([", all in small letters", ", all lower", ""])
        at = rng.choice(["at", "at", "at", "at the", "at, erm,"])
        b.ent(f"{local} {at} {said_dom}", "EMAIL", code, form_)
        sep = {"nodots": "", "underline": "_", "dash": "-"}.get(style, ".")
        self.last5["email:" + who] = f"{first}{sep}{sur}@{dom}"
        b.lit(after)

    def spelled_v5(self, who: str, style: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast[who]
        code = p.code
        name = p.sur.upper()
        if style == "plain":
            style = rng.choice(["like", "contrast", "like", "plain"])
        toks = []
        for i, c in enumerate(name):
            if not c.isalpha():
                continue
            st = style if (style != "like" or i % 2 == 0) else "plain"
            toks.append(self.letter5(c, st))
        sep = rng.choice([", ", " ", " - "])
        b.ent(sep.join(toks), "PERSON", code, {"like": "sp_spelled_like",
                                                "contrast": "sp_spelled_contrast"}.get(style, "sp_spelled"))

    def year5(self, y: int) -> str:
        rng = self.rng
        if y >= 2000:
            return rng.choice([f"twenty {cardinal(y - 2000)}" if y >= 2010 else f"two thousand and {UNITS[y - 2000]}",
                               f"two thousand and {cardinal(y - 2000)}"])
        return rng.choice([f"nineteen {cardinal(y - 1900)}", f"nineteen-{cardinal(y - 1900)}"])

    def date_v5(self, form: str) -> None:
        rng, b = self.rng, self.b
        y = rng.randint(2008, 2024)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        by = int(self.last5.setdefault("by", str(rng.randint(1950, 1996))))
        mname = MONTHS[m - 1]
        if form == "event":  # a day fixed by an event and a year (the events: the set's data)
            b.ent(f"{rng.choice(self.data5('events'))}{rng.choice([', ', ' '])}{self.year5(y)}",
                  "DATE", None, "sp_event_relative")
        elif form == "starsign":  # a date of birth as star sign and year
            sign = rng.choice(self.data5("signs"))
            b.ent(self.cap(rng.choice([f"{sign}, {cardinal(by - 1900)}", f"{sign}, {self.year5(by)}",
                                       f"{sign} of {self.year5(by)}"])), "DATE", None, "sp_starsign")
        elif form == "ymd":  # year, month number, day number: a non-native speaker's order
            yy = self.year5(by if rng.random() < 0.6 else y)
            b.ent(self.cap(rng.choice([f"{yy}, month {cardinal(m)}, day {cardinal(d)}",
                                       f"{yy}, the {ordinal_words(m)} month, the {ordinal_words(d)} day",
                                       f"{yy}, {mname}, day {cardinal(d)}"])), "DATE", None, "sp_ymd")
        elif form == "interrupted":  # the weekday put in the middle
            b.ent(f"{ordinal_words(d)}, {rng.choice(self.data5('asides'))}, of {mname} {self.year5(y)}",
                  "DATE", None, "sp_interrupted")
        elif form == "dom_y":
            b.ent(f"{ordinal_words(d)} of {mname}, {self.year5(y)}", "DATE", None, "sp_dom_y")
        elif form == "dob":
            b.ent(self.cap(f"{ordinal_words(d)} of {mname}, {self.year5(by)}"), "DATE", None, "sp_dob")
        elif form == "compact":  # a file name the interviewer typed
            b.ent(f"{y}{m:02d}{d:02d}", "DATE", None, "compact")
        elif form == "apos":
            b.ent(f"{d} {mname} '{y % 100:02d}", "DATE", None, "apos_year")
        elif form == "birthyear":
            b.ent(self.cap(self.year5(by)), "DATE", None, "sp_birth_year")
        else:  # pragma: no cover
            raise ValueError(form)

    def age_v5(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = {"child": (5, 15), "old": (70, 96)}.get(kind or "", (29, 66))
        n = rng.randint(lo, hi)
        if form == "birthday":  # "I had my [fiftieth] in June"
            n = rng.choice([30, 40, 50, 60, 65, 70, 80, 21, 18])
            s = TENS[n // 10][:-1] + "ieth" if n % 10 == 0 and n > 30 else ordinal_words(n)
            b.ent(s, "AGE", None, "sp_birthday_ordinal")
        elif form == "reverse":  # "four and forty"
            t, u = divmod(n, 10)
            b.ent(self.cap(f"{UNITS[u]} and {TENS[t]}" if u else TENS[t]), "AGE", None, "sp_reverse")
        elif form == "school":
            said = self.last5.pop("child", "")  # the year of the child whose age was just said
            year = min(13, max(1, int(said) - 4)) if said else rng.randint(1, 13)
            b.ent(f"Year {cardinal(year).capitalize()}", "AGE", None, "sp_school_year")
        elif form in ("completed", "having", "summers", "answer", "words"):
            if kind == "child":
                self.last5["child"] = str(n)
            b.ent(self.cap(cardinal(n)), "AGE", None, "sp_" + form)
        else:  # pragma: no cover
            raise ValueError(form)
