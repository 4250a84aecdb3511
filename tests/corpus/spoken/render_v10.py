"""Round 14's renderings: how ``heldout10``'s speakers and transcribers say and write identifiers
(the mixin ``V10`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v10`` (heldout10); every other set renders byte for byte
as before. Its words (labels, third voices, lag marks, festivals, calendars, bank holidays, area
names) are its own data, in ``self.t.negatives`` under keys starting "_".

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import re

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    UNITS,
    WEEKDAYS,
    Templates,
    cardinal,
    ordinal_words,
)


class V10:
    """``heldout10``'s own renderings, switched on by ``Habits.v10`` for that set alone."""

    def data10(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v10(self) -> None:
        """A document is a local-radio phone-in, a podcast episode, a call taken at the kitchen
        table with a teenager reading numbers off the parent's phone, a video call with lag and
        echo (groups said twice), or a plain transcript; every kind has self-repair."""
        rng = self.rng
        style = rng.choice(self.data10("styles"))
        self.state10["style"] = style
        ilabel, plabel = rng.choice(self.data10(f"labels_{style}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", self.cast["self"].code or "P")
        self.state10["third"] = rng.choice(self.data10(f"third_{style}"))

    def templates_v10(self) -> Templates:
        """The set's templates for this document: exchanges with a teenager's turn ("K|") only
        at the kitchen table; a third voice ("T|") is the producer, co-host or observer."""
        if self.state10["style"] == "kitchen":
            return self.t

        def fits(lines: list[str]) -> bool:
            return not any(line.startswith("K|") for line in lines)
        return Templates(**{**self.t.__dict__,
                            "opening": [x for x in self.t.opening if fits(x)],
                            "closing": [x for x in self.t.closing if fits(x)],
                            "exchanges": [x for x in self.t.exchanges if fits(x)]})

    def turn_v10(self, who: str, sentences: list[str]) -> None:
        rng, b, style = self.rng, self.b, self.state10["style"]
        if who == "N":  # show notes, a text to the studio, a transcriber's note: no label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        if style == "phonein" and who == "I" and rng.random() < 0.07:
            b.lit(rng.choice(self.data10("idents")) + "\n\n")
        if who == "I" and rng.random() < 0.06:  # the producer, co-host, teenager or observer
            b.lit(f"{self.state10['third']}: {rng.choice(self.data10('third_lines_' + style))}\n\n")
        label = {"I": self.ilabel, "T": self.state10["third"], "K": self.state10["third"]}.get(
            who, self.plabel)
        b.lit(f"{label}: ")
        if style == "echo" and rng.random() < 0.18:
            b.lit(rng.choice(self.data10("lag_marks")) + " ")
        self.state10["who"] = who
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def slot_v10(self, name: str, args: list[str]) -> bool:
        """Round 14's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v10(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v10(name, arg)
        elif name == "POSTCODE":
            self.postcode_v10(arg)
        elif name == "ADDR":
            self.address_v10(arg)
        elif name == "EMAIL":
            self.email_v10(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v10(arg)
        elif name == "DATE":
            self.date_v10(arg)
        elif name == "DAYONLY":
            b.ent(ordinal_words(rng.randint(1, 28)), "DATE", None, "sp_day_only")
        elif name == "AGE":
            self.age_v10(arg, args[1] if len(args) > 1 else None)
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        elif name == "THIRD":  # the third voice's label, said in a line
            b.lit(self.state10["third"])
        else:
            return False
        return True

    # ---- numbers
    def group10(self, g: str, zero: str) -> str:
        rng = self.rng
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < 0.4:
                words.append(f"{rng.choice(['triple', 'treble'])} {w}")
                i += 3
            elif run >= 2 and rng.random() < 0.55:
                words.append(f"double{rng.choice([' ', '-'])}{w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def pairs10(self, digits: str, zero: str) -> list[str]:
        """In pairs: "seventy-seven, oh nine, double-oh, forty-one" (a lone digit first)."""
        out: list[str] = []
        i = 0
        if len(digits) % 2:
            out.append(zero if digits[0] == "0" else UNITS[int(digits[0])])
            i = 1
        while i < len(digits):
            p = digits[i:i + 2]
            if p == "00":
                out.append(self.rng.choice(["double-oh", "oh oh", "double zero"]))
            elif p[0] == "0":
                out.append(f"{zero} {UNITS[int(p[1])]}")
            else:
                out.append(cardinal(int(p)))
            i += 2
        return out

    def say10(self, digits: str, groups: list[int], base: str, allow: str = "") -> tuple[str, str]:
        """A digit string said aloud in this set's ways; returns (text, form). Modes: plain
        groups, pairs, a false start repaired, a group echoed by a laggy line, a teenager
        correcting a group, read off a screen (the reading words are the caller's)."""
        rng = self.rng
        style = self.state10["style"]
        zero = rng.choice(self.h.zero_words)
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        modes = ["plain", "plain", "pairs", "repair"] + (["threes"] if "threes" in allow else [])
        if style == "echo":
            modes += ["echo", "echo", "echo"]
        if style == "kitchen":
            modes += ["teen", "teen", "teen"]
        if style == "podcast":
            modes += ["pairs", "pairs"]
        mode = rng.choice(modes)
        seps = self.h.group_seps
        if mode == "pairs":
            said = self.pairs10(digits, zero)
            return ", ".join(said) if rng.random() < 0.7 else " ".join(said), "sp_pairs"
        if mode == "threes":  # NHS in threes: "..., and then the last one's four"
            said = [self.group10(digits[k:k + 3], zero) for k in (0, 3, 6)]
            tail = rng.choice(self.data10("last_digit")).replace("{d}", UNITS[int(digits[9])])
            return ", ".join(said) + tail, "sp_threes"
        said = [self.group10(g, zero) for g in parts]
        if mode == "repair" and len(said) > 1:
            k = rng.randrange(1, len(said))
            wrong = parts[k][:-1] + str((int(parts[k][-1]) + rng.randint(1, 8)) % 10)
            false = ", ".join(said[:k]) + ", " + self.group10(wrong, zero)
            fix = rng.choice(self.data10("repairs"))
            return false + fix + ", ".join(said), "sp_repair"
        if mode == "echo" and len(said) > 1:
            k = rng.randrange(len(said))
            said[k] = said[k] + rng.choice(self.data10("echo_inserts")) + said[k]
            return rng.choice(seps).join(said), "sp_echo"
        if mode == "teen" and len(said) > 1:
            k = rng.randrange(1, len(said))
            wrong = parts[k][:-1] + str((int(parts[k][-1]) + rng.randint(1, 8)) % 10)
            teen = self.state10["third"]
            line = rng.choice(self.data10("teen_fixes")).replace("{T}", teen).replace(
                "{g}", self.group10(parts[k], zero))
            out = ", ".join(said[:k]) + ", " + self.group10(wrong, zero) + line + said[k]
            if k + 1 < len(said):
                out += ", " + ", ".join(said[k + 1:])
            return out, "sp_teen"
        out = said[0]
        for s in said[1:]:
            out += rng.choice(seps) + s
        return out, base

    def ent10(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    def mobile10(self) -> str:
        return "07" + self.rng.choice("3456789") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v10(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "typed":
            d = self.mobile10()
            b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}", d]),
                  "PHONE", None, "mobile")
            return
        area, place = rng.choice(self.data10("areas")).split("=>", 1)
        local = f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (10 - len(area)) - 1):0{10 - len(area)}d}"
        if form == "typed_landline":
            b.ent(rng.choice([f"({area}) {local}", f"{area} {local}"]), "PHONE", None, "landline")
            return
        if form == "landline":
            if rng.random() < 0.5:  # "a Salisbury number, then ..." (the place said, not the code)
                art = "an " if place[0] in "AEIOU" else "a "
                b.lit(rng.choice([art, "it's " + art, art]))
                b.ent(place, "LOCATION", None, "area_place")
                b.lit(rng.choice([" number, then ", " number, and then ", " one, ", " number: "]))
                groups = [3, len(local) - 3]
                s, f = self.say10(local, groups, "sp_area_place")
                b.ent(s, "PHONE", None, f)
                return
            d = area + local
            s, f = self.say10(d, [len(area), 3, len(local) - 3], "sp_landline")
            self.ent10(s, "PHONE", f)
            return
        d = self.mobile10()
        if form == "screen":  # read off the phone or the watch: the lead-in is not the number
            b.lit(rng.choice(self.data10("screen_leads")))
            s, f = self.say10(d, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]]), "sp_screen")
            b.ent(s, "PHONE", None, f)
            return
        if form == "intl":
            s, f = self.say10(d[1:], [4, 3, 3], "sp_intl")
            lead = rng.choice(["plus four four, ", "plus forty-four, ", "double-oh four four, "])
            b.ent(self.cap(lead + s), "PHONE", None, f)
            return
        s, f = self.say10(d, rng.choice([[5, 6], [5, 3, 3], [3, 4, 4], [4, 3, 4]]), "sp_mobile")
        self.ent10(s, "PHONE", f)

    def number_v10(self, kind: str, form: str) -> None:
        rng = self.rng
        type_ = {"NHS": "NHS_NUMBER", "CHI": "NHS_NUMBER", "GMC": "GMC_NUMBER"}[kind]
        if kind == "GMC":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
        elif kind == "CHI":
            d = self.chi_digits()
        else:
            d = self.nhs_digits()
        if form == "typed":
            if kind == "GMC":
                self.b.ent(d, type_, None, "gmc")
            else:
                self.b.ent(rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"]),
                           type_, None, kind.lower())
            return
        groups = {"NHS": [3, 3, 4], "CHI": [6, 4], "GMC": rng.choice([[3, 4], [4, 3], [7]])}[kind]
        allow = "threes" if kind == "NHS" and form in ("spoken", "threes") else ""
        if form == "threes":
            zero = rng.choice(self.h.zero_words)
            said = [self.group10(d[k:k + 3], zero) for k in (0, 3, 6)]
            tail = rng.choice(self.data10("last_digit")).replace("{d}", UNITS[int(d[9])])
            self.ent10(", ".join(said) + tail, type_, "sp_threes")
            return
        s, f = self.say10(d, groups, f"sp_{kind.lower()}", allow)
        self.ent10(s, type_, f)

    # ---- postcodes and addresses
    def postcode_parts10(self) -> tuple[str, str]:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        return outward, inward

    def say_outward10(self, outward: str) -> str:
        rng = self.rng
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        said_letters = " ".join(letters)
        if len(num) == 2 and rng.random() < 0.6:
            said_num = cardinal(int(num))
        else:
            said_num = " ".join(UNITS[int(c)] for c in num)
        return f"{said_letters} {said_num}"

    def postcode_v10(self, form: str) -> None:
        rng, b = self.rng, self.b
        outward, inward = self.postcode_parts10()
        if form == "typed":
            b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        if form == "part":  # the outward code alone: "an [S O forty-one] postcode"
            self.ent10(self.say_outward10(outward), "POSTCODE", "sp_part_postcode")
            return
        inward_said = f"{UNITS[int(inward[0])]} {inward[1]} {inward[2]}"
        out = self.say_outward10(outward)
        r = rng.random()
        if r < 0.2:  # a false start on the inward code
            wrong = f"{UNITS[(int(inward[0]) + 1) % 10]} {inward[1]}"
            self.ent10(f"{out}, {wrong}{rng.choice(self.data10('repairs'))}{inward_said}",
                       "POSTCODE", "sp_repair")
        elif r < 0.35 and self.state10["style"] == "echo":
            self.ent10(f"{out}{rng.choice(self.data10('echo_inserts'))}{out}, {inward_said}",
                       "POSTCODE", "sp_echo")
        else:
            self.ent10(f"{out}{rng.choice([', ', ' ', ' ... '])}{inward_said}", "POSTCODE",
                       "sp_postcode")

    def address_v10(self, form: str) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        n = rng.randint(2, 140)
        flat = rng.randint(1, 12)
        letter = rng.choice("ABCD")
        if form == "typed":
            s = (f"Flat {flat}{letter}, {n} {street}" if rng.random() < 0.5 else f"{n} {street}")
            self.b.ent(s, "LOCATION", None, "address")
            return
        r = rng.random()
        if r < 0.4:  # "flat three B, forty-two <street>"
            s = f"flat {cardinal(flat)} {letter}, {cardinal(n)} {street}"
            form = "sp_flat"
        elif r < 0.6:  # "number fifty... fifteen, <street>"
            wrong = n + rng.choice([10, 20, 1])
            s = f"{cardinal(wrong)}{rng.choice(self.data10('repairs'))}{cardinal(n)} {street}"
            form = "sp_repair"
        else:
            s = f"{'number ' if rng.random() < 0.4 else ''}{cardinal(n)} {street}"
            form = "sp_address"
        self.ent10(s, "LOCATION", form)

    # ---- e-mails and spellings
    def email_v10(self, who: str, form: str) -> None:
        rng = self.rng
        p = self.cast["self" if who == "self_other" else who]
        fn, sn = self.plain10(p.first), self.plain10(p.sur.replace(" ", ""))
        if who == "self_other":
            local = rng.choice([f"{fn}_{sn}{rng.randint(1, 99)}", f"{sn}-{fn}", f"{fn}{sn}"])
            address = f"{local}@{rng.choice(self.pools.email_domains)}"
        elif p.email and who in ("self", "reg"):
            address = p.email
        else:
            local = rng.choice([f"{fn}_{sn}", f"{fn[0]}-{sn}", f"{fn}{sn}", f"{sn}.{fn[0]}"])
            address = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            self.b.ent(address, "EMAIL", p.code, "email")
            return
        local, domain = address.split("@", 1)
        dom = " dot ".join(domain.split("."))
        at = rng.choice(self.h.at_words)
        oneword = not re.search(r"[._-]", local)
        spelled = not oneword and rng.random() < 0.2
        if oneword and local.startswith(fn) and local != fn:
            head = f"{fn} {local[len(fn):]}{rng.choice([', all one word,', ', all one word,', ', one word,'])}"
        else:
            said: list[str] = []
            for piece in re.split(r"([._-])", local):
                if piece == ".":
                    said.append("dot")
                elif piece == "_":
                    said.append(rng.choice(["underscore", "underscore", "under-score"]))
                elif piece == "-":
                    said.append(rng.choice(["hyphen", "dash"]))
                elif piece:
                    said.append("-".join(piece.upper()) if spelled and len(piece) > 2 else piece)
            head = " ".join(said)
        form = ("sp_email_spelled" if spelled else "sp_email_oneword" if oneword
                else "sp_email_underscore" if "_" in local else "sp_email_hyphen" if "-" in local
                else "sp_email")
        self.b.ent(f"{head} {at} {dom}", "EMAIL", p.code, form)
        if rng.random() < 0.35:
            self.b.lit(rng.choice([", all lower case", ", lower case", ", no capitals"]))

    def spelled_v10(self, who: str) -> None:
        rng = self.rng
        p = self.cast[who]
        marks = dict(x.split("=>", 1) for x in self.data10("letter_marks"))
        letters: list[str] = []
        for c in p.sur:
            if c == " ":
                letters.append("space")
            elif c == "-":
                letters.append("hyphen")
            elif c.upper() in marks:
                letters.append(marks[c.upper()])
            else:
                letters.append(c.upper())
        if rng.random() < 0.3 and len(letters) > 3:
            k = rng.randrange(1, len(letters) - 1)
            wrong = "N" if letters[k] != "N" else "M"
            s = (", ".join(letters[:k]) + ", " + wrong + rng.choice(self.data10("repairs"))
                 + ", ".join(letters[k:]))
            self.b.ent(s, "PERSON", p.code, "sp_spelled_repair")
            return
        sep = rng.choice([", ", "-", " ", ", "])
        self.b.ent(sep.join(letters), "PERSON", p.code, "sp_spelled")

    # ---- dates and ages
    def year10(self, y: int) -> str:
        rng = self.rng
        if y >= 2000:
            if y < 2010 or rng.random() < 0.3:
                return "two thousand and " + cardinal(y - 2000) if y > 2000 else "two thousand"
            return f"twenty-{cardinal(y - 2000)}"
        tail = y % 100
        return f"nineteen {cardinal(tail) if tail >= 10 else 'oh ' + UNITS[tail]}"

    def date_v10(self, form: str) -> None:
        rng = self.rng
        y = rng.randint(2006, 2025)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dw = ordinal_words(d)
        if form == "dom_y":
            s = rng.choice([f"the {dw} of {MONTHS[m - 1]}, {self.year10(y)}",
                            f"{dw} {MONTHS[m - 1]} {self.year10(y)}"])
            self.ent10(s, "DATE", "sp_dom_y")
        elif form == "weekday_dom":
            wd = WEEKDAYS[rng.randrange(7)]
            self.ent10(f"{wd} the {dw}" + (f" of {MONTHS[m - 1]}" if rng.random() < 0.5 else ""),
                       "DATE", "sp_weekday_dom")
        elif form == "month_year":
            self.ent10(f"{MONTHS[m - 1]} {self.year10(y)}", "DATE", "sp_month_year")
        elif form == "festival":  # a religious or cultural festival with its year
            fest = rng.choice(self.data10("festivals"))
            self.ent10(f"{fest}{rng.choice([' ', ', ', ' in '])}{self.year10(y)}", "DATE",
                       "sp_festival_year")
        elif form == "calendar":  # a date in another calendar (Bikram Sambat, Hijri, Bengali)
            cal, months, y0, y1 = rng.choice(self.data10("calendars")).split("=>")
            month = rng.choice(months.split("/"))
            yy = rng.randint(int(y0), int(y1))
            head, tail = divmod(yy, 100)
            ys = (f"{cardinal(head)} {cardinal(tail) if tail >= 10 else 'oh ' + UNITS[tail]}"
                  if rng.random() < 0.7 else cardinal(yy))
            s = rng.choice([f"the {dw} of {month}, {ys}", f"{month} {dw}, {ys}"])
            self.ent10(s, "DATE", "sp_other_calendar")
            self.b.lit(f" {cal}")
        elif form == "bank_holiday":
            self.ent10(f"{rng.choice(self.data10('bank_holidays'))}{rng.choice([', ', ' ', ' in '])}"
                       f"{self.year10(y)}", "DATE", "sp_bank_holiday")
        elif form == "term":
            self.ent10(f"{rng.choice(self.data10('terms'))}{rng.choice([', ', ' '])}{self.year10(y)}",
                       "DATE", "sp_term")
        elif form == "screen":  # off the watch face: "Tue fourteen Mar"
            wd = WEEKDAYS[rng.randrange(7)]
            self.ent10(f"{wd[:3]} {cardinal(d)} {MONTHS[m - 1][:3]}", "DATE", "sp_screen")
        elif form == "dob":
            by = rng.randint(1958, 1998)
            r = rng.random()
            if r < 0.3:
                s = f"{cardinal(d)}, {cardinal(m)}, {cardinal(by % 100) if by % 100 >= 10 else 'oh ' + UNITS[by % 100]}"
                self.ent10(s, "DATE", "sp_dob_numeric")
            elif r < 0.5:
                s = (f"the {dw} of {MONTHS[m - 1]}, nineteen {cardinal((by + 1) % 100 or 10)}"
                     f"{rng.choice(self.data10('repairs'))}{self.year10(by)}")
                self.ent10(s, "DATE", "sp_repair")
            else:
                self.ent10(rng.choice([f"the {dw} of {MONTHS[m - 1]}, {self.year10(by)}",
                                       f"{MONTHS[m - 1]} the {dw}, {self.year10(by)}"]), "DATE", "sp_dob")
        elif form == "typed":
            s = rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1][:3]} {y}",
                            f"{d}.{m}.{y % 100:02d}"])
            self.b.ent(s, "DATE", None, "dmy")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def age_v10(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        tens = rng.choice([3, 4, 5, 6])
        if form == "big_oh":
            self.b.ent(f"{UNITS[tens]}{rng.choice(['-oh', ' oh', '-O'])}", "AGE", None, "sp_big_oh")
        elif form == "turned_oh":
            self.b.ent(rng.choice([f"{tens}-0", f"{UNITS[tens]}-oh", f"{tens}-oh"]), "AGE", None,
                       "sp_turned_oh")
        elif form in ("pushing", "knocking", "wrong_side"):
            if form == "wrong_side":
                s = cardinal(rng.choice([35, 40, 45, 50, 55]))
            else:
                s = cardinal(tens * 10)
            self.b.ent(s, "AGE", None, f"sp_{form}")
        elif form == "repair":
            wrong = cardinal(n - rng.choice([1, 2, 10]))
            self.ent10(f"{wrong}{rng.choice(self.data10('repairs'))}{cardinal(n)}", "AGE", "sp_repair")
        elif form in ("answer", "words"):
            self.ent10(cardinal(n) if rng.random() < 0.88 else str(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
