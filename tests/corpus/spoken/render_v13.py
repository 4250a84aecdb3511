"""Round 17's renderings: how ``heldout13``'s speakers and transcribers say and write identifiers
(the mixin ``V13`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v13`` (heldout13); every other set renders byte for byte
as before. Its words (labels, group voices, the languages its speakers switch into, laughter,
overlap lines, area codes) are its own data, in ``self.t.negatives`` under keys starting "_".

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import itertools
import re

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    TENS,
    UNITS,
    WEEKDAYS,
    cardinal,
    ordinal_words,
)


class V13:
    """``heldout13``'s own renderings, switched on by ``Habits.v13`` for that set alone."""

    def data13(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v13(self) -> None:
        """A document is a focus group with numbered voices, a pair interview, a verbatim
        transcript with overlap marks and f4-style times, or a lightly edited one. The
        interviewee's own language (Doric, Gaelic, Urdu, Gujarati, Polish, Sylheti, Teesside,
        Devon) lends the words said inside their numbers."""
        rng = self.rng
        style = rng.choice(self.data13("styles"))
        self.state13["style"] = style
        ilabel, plabel = rng.choice(self.data13(f"labels_{style}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", self.cast["self"].code or "P")
        voices = list(self.data13(f"voices_{style}"))
        rng.shuffle(voices)
        self.state13["voices"] = voices[:rng.randint(2, min(4, len(voices)))]
        langs = dict(x.split("=>", 1) for x in self.data13("langs"))
        self.state13["lang"] = langs.get(self.cast["self"].first, "plain")
        self.state13["mixed_zero"] = rng.random() < 0.6  # "oh", "nought", "zero" in one number
        self.state13["clock"] = rng.randint(40, 400)
        self.state13["last"] = None

    def turn_v13(self, who: str, sentences: list[str]) -> None:
        rng, b, style = self.rng, self.b, str(self.state13["style"])
        if who == "N":  # a transcriber's or note-taker's line: no speaker label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        voices = self.state13["voices"]
        assert isinstance(voices, list)
        if who == "I" and style in ("focus", "edited") and rng.random() < 0.08:
            b.lit(f"{rng.choice(voices)}: {rng.choice(self.data13('chimes'))}\n\n")
        label = self.ilabel if who == "I" else self.plabel if who == "P" else rng.choice(voices)
        b.lit(f"{label}: ")
        if style == "verbatim" and who != "I" and rng.random() < 0.15:
            b.lit(rng.choice(self.data13("overlap_marks")) + " ")
        if style == "edited" and rng.random() < 0.05:
            b.lit("[…] ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            self.render(s, opener=(who == "P"))
        if style == "verbatim":
            c = int(self.state13["clock"]) + rng.randint(4, 70)  # type: ignore[call-overload]
            self.state13["clock"] = c
            b.lit(f" #{c // 3600:02d}:{c // 60 % 60:02d}:{c % 60:02d}-{rng.randint(0, 9)}#")
        b.lit("\n\n")

    def slot_v13(self, name: str, args: list[str]) -> bool:
        """Round 17's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v13(arg)
        elif name in ("NHS", "CHI", "GMC", "GDC"):
            self.number_v13(name, arg)
        elif name == "POSTCODE":
            self.postcode_v13(arg)
        elif name == "ADDR":
            self.address_v13(arg)
        elif name == "EMAIL":
            self.email_v13(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v13(arg)
        elif name == "DATE":
            self.date_v13(arg)
        elif name == "AGE":
            self.age_v13(arg, args[1] if len(args) > 1 else None)
        elif name == "SUM":  # the moderator sums up the last identifier said
            self.summary_v13()
        elif name == "VOICE":  # another voice of the group, named by its label
            voices = self.state13["voices"]
            assert isinstance(voices, list)
            b.lit(rng.choice(voices))
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def ent13(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    # ---- numbers
    def zero13(self, zero: str) -> str:
        if self.state13["mixed_zero"]:
            return self.rng.choice(("oh", "nought", "zero", "oh"))
        return zero

    def group13(self, g: str, zero: str) -> str:
        rng = self.rng
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = self.zero13(zero) if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < 0.35:
                words.append(f"{rng.choice(['treble', 'triple'])} {w}")
                i += 3
            elif run >= 2 and rng.random() < 0.6:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def hundred13(self, g: str, zero: str) -> str | None:
        """A group said with "hundred" and "and": "four hundred", "four hundred and six",
        "fourteen hundred", "sixty-five"; None when the group cannot be said so."""
        if len(g) == 3 and g[0] != "0":
            tail = int(g[1:])
            return f"{UNITS[int(g[0])]} hundred" + (f" and {cardinal(tail)}" if tail else "")
        if len(g) == 4 and g[0] != "0" and g[2:] == "00":
            return f"{cardinal(int(g[:2]))} hundred"
        if len(g) == 2 and g[0] != "0":
            return cardinal(int(g))
        return None

    def lang_word13(self) -> str:
        lang = str(self.state13["lang"])
        return self.rng.choice(self.data13(f"switch_{lang}")) if lang != "plain" else ""

    def say13(self, digits: str, groups: list[int], base: str) -> tuple[str, str]:
        """A digit string said in this set's ways; returns (text, form). Modes: plain groups;
        "hundred" and "and" for groups that allow it; a laugh or a word of the speaker's own
        language inside; another voice of the group cutting in (the cut is inside)."""
        rng = self.rng
        zero = rng.choice(self.h.zero_words)
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        said = [self.group13(g, zero) for g in parts]
        modes = ["plain", "plain", "hundreds", "hundreds", "laugh", "switch"]
        if self.state13["style"] in ("focus", "verbatim", "pair"):
            modes += ["overlap"]
        mode = rng.choice(modes)
        seps = self.h.group_seps
        form = base
        if mode == "hundreds":
            alt = [self.hundred13(g, zero) for g in parts]
            if any(a is not None and len(g) > 2 for a, g in zip(alt, parts)):
                said = [a if a is not None and (len(g) > 2 or rng.random() < 0.5) else s
                        for a, s, g in zip(alt, said, parts)]
                form = "sp_hundreds"
        if len(said) < 2:
            return said[0], form
        k = rng.randrange(1, len(said))
        if mode == "laugh":
            inner = rng.choice(self.data13("laughs"))
            form = "sp_laughter"
        elif mode == "switch" and self.state13["lang"] != "plain":
            inner = f", {self.lang_word13()}, "
            form = "sp_switched"
        elif mode == "overlap":
            voices = self.state13["voices"]
            assert isinstance(voices, list)
            inner = f" // {rng.choice(voices)}: {rng.choice(self.data13('overlap_lines'))} // "
            form = "sp_overlap"
        else:
            inner = rng.choice(seps)
        out = said[0]
        for j, s in enumerate(said[1:], start=1):
            out += (inner if j == k else rng.choice(seps)) + s
        return out, form

    def remember13(self, type_: str, payload: str, groups: list[int] | None = None) -> None:
        self.state13["last"] = (type_, payload, groups or [])

    def mobile13(self) -> str:
        return "07" + self.rng.choice("34789") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v13(self, form: str) -> None:
        rng, b = self.rng, self.b
        area = rng.choice(self.data13("areas"))
        local = f"{rng.randint(2, 8)}{rng.randint(0, 10 ** (10 - len(area)) - 1):0{10 - len(area)}d}"
        if form == "typed":
            d = self.mobile13()
            b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]}-{d[5:]}", d]), "PHONE", None, "mobile")
            return
        if form == "typed_landline":
            b.ent(f"{area} {local}", "PHONE", None, "landline")
            return
        if form == "landline":
            d, groups = area + local, [len(area), 3, len(local) - 3]
            if len(local) == 8:
                groups = [len(area), 4, 4]
            base = "sp_landline"
        elif form == "intl":
            d = self.mobile13()
            s, f = self.say13(d[1:], [4, 3, 3], "sp_intl")
            self.ent13(rng.choice(["plus four four, ", "plus forty-four ", "double-oh four four, "]) + s,
                       "PHONE", f)
            self.remember13("PHONE", d, [5, 3, 3])
            return
        else:
            d, groups = self.mobile13(), rng.choice([[5, 6], [5, 3, 3], [4, 3, 4], [5, 2, 4]])
            base = "sp_mobile"
        s, f = self.say13(d, groups, base)
        self.ent13(s, "PHONE", f)
        self.remember13("PHONE", d, groups)

    def number_v13(self, kind: str, form: str) -> None:
        rng = self.rng
        type_ = "GMC_NUMBER" if kind in ("GMC", "GDC") else "NHS_NUMBER"
        if kind == "GMC":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
            groups = rng.choice([[3, 4], [4, 3], [7]])
        elif kind == "GDC":  # a dentist's registration with the General Dental Council
            d = f"{rng.randint(4, 29)}{rng.randint(0, 9999):04d}"
            groups = [len(d) - 3, 3]
        elif kind == "CHI":
            d = self.chi_digits()
            groups = rng.choice([[6, 4], [2, 2, 2, 4]])
        else:
            d = self.nhs_digits()
            groups = rng.choice([[3, 3, 4], [3, 3, 2, 2]])
        if form == "typed":
            written = d if kind in ("GMC", "GDC") else rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d])
            if kind == "CHI":
                written = rng.choice([d, f"{d[:6]} {d[6:]}"])
            self.b.ent(written, type_, None, kind.lower())
            return
        if kind == "CHI" and form == "dob":  # the date of birth said as a date, then four digits
            dd, mm, yy = int(d[:2]), int(d[2:4]), d[4:6]
            yw = cardinal(int(yy)) if yy[0] != "0" else f"oh {UNITS[int(yy[1])]}"
            head = rng.choice([f"{ordinal_words(dd)} of the {ordinal_words(mm)}, {yw}",
                               f"{ordinal_words(dd)} of {MONTHS[mm - 1]} {yw}"])
            tail = self.group13(d[6:], rng.choice(self.h.zero_words))
            self.ent13(head + rng.choice(self.data13("chi_joins")) + tail, type_, "sp_chi_dob")
            self.remember13(type_, d, [6, 4])
            return
        s, f = self.say13(d, groups, f"sp_{kind.lower()}")
        self.ent13(s, type_, f)
        self.remember13(type_, d, groups)

    # ---- postcodes and addresses
    def say_letter13(self, c: str) -> str:
        names = dict(x.split("=>", 1) for x in self.data13("letter_names"))
        return names[c] if c in names and self.rng.random() < 0.5 else c

    def postcode_v13(self, form: str) -> None:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            self.b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        said_num = (cardinal(int(num)) if len(num) == 2 and rng.random() < 0.6
                    else " ".join(UNITS[int(c)] for c in num))
        out = f"{' '.join(self.say_letter13(c) for c in letters)} {said_num}"
        if form == "part":
            self.ent13(out, "POSTCODE", "sp_part_postcode")
            return
        inn = f"{UNITS[int(inward[0])]} {self.say_letter13(inward[1])} {self.say_letter13(inward[2])}"
        if rng.random() < 0.55:
            self.ent13(f"{out}{rng.choice([', space, ', ' space ', ' - space - '])}{inn}",
                       "POSTCODE", "sp_postcode_space")
        else:
            self.ent13(f"{out}{rng.choice([', ', ' ', ', and then '])}{inn}", "POSTCODE", "sp_postcode")
        self.remember13("POSTCODE", f"{out}, {inn}")

    def address_v13(self, form: str) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        n = rng.randint(2, 180)
        if form == "typed":
            self.b.ent(f"{n} {street}", "LOCATION", None, "address")
            return
        r = rng.random()
        if r < 0.25:  # a tenement or a flat above a shop: "flat four, twelve <street>"
            s = f"flat {cardinal(rng.randint(1, 9))}, {cardinal(n)} {street}"
            self.ent13(s, "LOCATION", "sp_flat")
            return
        said = cardinal(n, hundred_a=True) if n >= 100 else cardinal(n)
        if n >= 100 and rng.random() < 0.5:
            said = said.replace("a hundred", "one hundred")
        if rng.random() < 0.25:
            said += rng.choice([" A", " B", " and a half"])
        self.ent13(f"{said} {street}", "LOCATION", "sp_address")
        self.remember13("LOCATION", f"{said} {street}")

    # ---- e-mails and spellings
    def email_v13(self, who: str, form: str) -> None:
        rng = self.rng
        p = self.cast["self" if who == "self_other" else who]
        fn = self.plain10(p.first)
        sn = self.plain10(p.sur.replace(" ", ""))
        if p.email and who in ("self", "reg"):
            address = p.email
        elif who == "self_other":
            address = f"{rng.choice([fn, fn[0]])}{rng.choice(['', '.', '_'])}{sn}{rng.randint(1, 99)}@{rng.choice(self.pools.email_domains)}"
        else:  # a colleague on the NHS-wide mail
            address = f"{fn}.{sn}@{rng.choice(self.data13('plain_nhs'))}"
        if form == "typed":
            self.b.ent(address, "EMAIL", p.code, "email")
            return
        local, domain = address.split("@", 1)
        mixed = rng.random() < 0.45  # "full stop" and "dot" in one address
        dots = ["full stop", "dot"]

        def say(piece: str) -> str:
            out: list[str] = []
            for bit in re.split(r"([._-])", piece):
                if bit == ".":
                    out.append(rng.choice(dots) if mixed else "dot")
                elif bit == "_":
                    out.append("underscore")
                elif bit == "-":
                    out.append("dash")
                elif bit.isdigit():
                    out.append(cardinal(int(bit)) if len(bit) == 2 and bit[0] != "0" else " ".join(
                        UNITS[int(c)] for c in bit))
                elif bit:
                    m = re.fullmatch(r"([a-z]+?)(\d+)", bit)
                    if m:
                        out.append(f"{m.group(1)} {cardinal(int(m.group(2)))}")
                    elif len(bit) <= 3 and bit not in ("nhs", "net", "com", "uk", "scot", "org"):
                        out.append(" ".join(bit))
                    else:
                        out.append(bit)
            return " ".join(out)
        said = f"{say(local)} at {say(domain)}"
        if mixed and "full stop" not in said:
            said = said.replace(" dot ", " full stop ", 1)
        form = "sp_email_mixed" if mixed and "full stop" in said else "sp_email"
        self.b.ent(said, "EMAIL", p.code, form)
        self.remember13("EMAIL", said)
        self.state13["last_code"] = p.code
        if rng.random() < 0.3:
            self.b.lit(rng.choice(self.data13("email_tails")))

    def spelled_v13(self, who: str) -> None:
        rng = self.rng
        p = self.cast[who]
        sur = p.sur
        letters: list[str] = []
        i = 0
        while i < len(sur):
            c = sur[i].upper()
            if c in " -'":
                letters.append({" ": "space", "-": "hyphen", "'": "apostrophe"}[c])
                i += 1
            elif i + 1 < len(sur) and sur[i + 1].upper() == c and rng.random() < 0.8:
                letters.append(f"double {c}")
                i += 2
            else:
                letters.append(c)
                i += 1
        if sur[:3] == "Mac" and rng.random() < 0.7:
            letters = ["M", "A", "C", "capital " + sur[3]] + letters[4:]
        sep = rng.choice([" ", ", ", " ", "-"])
        if sep == "-" and any(" " in x for x in letters):
            sep = ", "
        self.b.ent(sep.join(letters), "PERSON", p.code, "sp_spelled")
        self.remember13("PERSON", f"{p.first} {p.sur}" if rng.random() < 0.5 else p.sur)
        self.state13["last_code"] = p.code

    # ---- dates and ages
    def year13(self, y: int, short_ok: bool = False) -> str:
        rng = self.rng
        if y == 2000:
            return rng.choice(["two thousand", "the year two thousand"])
        if short_ok and y < 2000 and rng.random() < 0.35:
            return cardinal(y % 100) if y % 100 >= 10 else f"oh {UNITS[y % 10]}"
        if y < 2000:
            tail = y % 100
            if rng.random() < 0.4:
                return f"nineteen hundred and {cardinal(tail)}" if tail else "nineteen hundred"
            return f"nineteen {cardinal(tail) if tail >= 10 else 'oh ' + UNITS[tail]}"
        if y < 2010 or rng.random() < 0.4:
            return f"two thousand and {cardinal(y - 2000)}"
        return f"twenty-{cardinal(y - 2000)}"

    def date_v13(self, form: str) -> None:
        rng = self.rng
        y = rng.randint(1996, 2025)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dw = ordinal_words(d)
        mon = MONTHS[m - 1]
        if form == "numeric":  # "the third of the fourth", a year or none
            if rng.random() < 0.5:
                self.ent13(f"{dw} of the {ordinal_words(m)}", "DATE", "sp_dom_monthnum")
            else:
                self.ent13(f"{dw} of the {ordinal_words(m)}, {self.year13(y, True)}", "DATE", "sp_numeric")
        elif form == "dom_y":
            self.ent13(rng.choice([f"{dw} of {mon}, {self.year13(y)}", f"{dw} of {mon} {self.year13(y)}"]),
                       "DATE", "sp_dom_y")
        elif form == "md":
            if rng.random() < 0.5:
                self.ent13(f"{mon} the {dw}", "DATE", "sp_md")
            else:
                self.ent13(f"{mon} the {dw}, {self.year13(y)}", "DATE", "sp_md_y")
        elif form == "weekday":
            wd = WEEKDAYS[rng.randrange(7)]
            if rng.random() < 0.5:
                self.ent13(f"{wd} the {dw}", "DATE", "sp_weekday")
            else:
                self.ent13(f"{wd} the {dw} of {mon}", "DATE", "sp_weekday_dom")
        elif form == "month_year":
            self.ent13(rng.choice([f"{mon} {self.year13(y)}", f"{mon} of {self.year13(y)}"]), "DATE",
                       "sp_month_year")
        elif form == "dob":
            by = rng.randint(1961, 2000)
            r = rng.random()
            if r < 0.35:
                self.ent13(f"{dw} of the {ordinal_words(m)}, {self.year13(by, True)}", "DATE",
                           "sp_dob_ordnum")
            else:
                self.ent13(rng.choice([f"{dw} of {mon}, {self.year13(by)}", f"{mon} the {dw}, {self.year13(by)}"]),
                           "DATE", "sp_dob")
        elif form == "birthyear":
            by = rng.choice([rng.randint(1962, 1999), 2000])
            s = self.year13(by, True)
            if s.startswith("the year "):
                self.b.lit(self.cap("the year "))
                s = s[len("the year "):]
            self.ent13(s, "DATE", "sp_birth_year")
            self.state13["last"] = None
            return
        elif form == "typed":
            self.b.ent(rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{d} {mon} {y}"]),
                       "DATE", None, "dmy")
            return
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        self.remember13("DATE", f"{d}/{m}")

    def age_v13(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if form == "odd":  # one person's age, roughly: "thirty-odd", "forty-odd"
            s = f"{TENS[rng.randint(3, 7)]}-odd"
            self.ent13(s, "AGE", "sp_odd")
        elif form == "turned":  # "she's just turned two"
            self.ent13(cardinal(n), "AGE", "sp_turned")
        elif form in ("answer", "words", "year_old"):
            self.ent13(cardinal(n), "AGE", f"sp_{form}")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        self.remember13("AGE", cardinal(n) if form != "odd" else s)

    def summary_v13(self) -> None:
        """The moderator sums up what was just said: the same identifier again, in other
        words (a number regrouped, a date by its day, a name in full)."""
        rng = self.rng
        last = self.state13["last"]
        if not last:
            self.b.lit("that")
            return
        type_, payload, groups = last  # type: ignore[misc]
        if type_ in ("PHONE", "NHS_NUMBER", "GMC_NUMBER"):
            g = {10: [3, 3, 4], 11: [5, 6], 7: [3, 4], 6: [3, 3], 5: [2, 3]}[len(payload)]
            if g == groups:
                g = {10: [2, 2, 2, 4], 11: [4, 3, 4], 7: [4, 3], 6: [2, 2, 2], 5: [3, 2]}[len(payload)]
            zero = rng.choice(self.h.zero_words)
            said = [self.group13(payload[i:i + n], zero) for i, n in
                    zip(itertools.accumulate([0, *g[:-1]]), g)]
            self.ent13(", ".join(said), type_, "sp_summary")
        elif type_ == "DATE":
            d, m = (int(x) for x in payload.split("/"))
            if rng.random() < 0.5:
                self.b.lit("the ")
                self.b.ent(ordinal_words(d), "DATE", None, "sp_summary")
            else:
                self.b.lit("the ")
                self.b.ent(f"{ordinal_words(d)} of {MONTHS[m - 1]}", "DATE", None, "sp_summary")
        elif type_ in ("PERSON", "EMAIL"):
            self.ent13(payload, type_, "sp_summary", self.state13.get("last_code"))  # type: ignore[arg-type]
        else:
            self.ent13(payload, type_, "sp_summary")
