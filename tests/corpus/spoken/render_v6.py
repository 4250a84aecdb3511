"""Round 9's renderings: how ``heldout6``'s speakers and transcribers say and write identifiers
(the mixin ``V6`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v6`` (heldout6); every other set renders byte for byte
as before. Its words (Welsh digits, how Polish letters are described, letters by their sounds,
pronunciations, the video call breaking up) are its own data, in ``self.t.negatives`` under keys
starting "_".

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    TENS,
    UNITS,
    WEEKDAYS,
    Person,
    Templates,
    cardinal,
    ordinal_words,
)


class V6:
    """``heldout6``'s own renderings, switched on by ``Habits.v6`` for that set alone."""

    def slot_v6(self, name: str, args: list[str]) -> bool:
        """Round 9's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v6(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v6(name, arg)
        elif name == "POSTCODE":
            self.postcode_v6(arg)
        elif name == "ADDR":
            self.address_v6(arg)
        elif name == "EMAIL":
            self.email_v6(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v6(arg, args[1] if len(args) > 1 else "plain")
        elif name == "DATE":
            self.date_v6(arg)
        elif name == "AGE":
            self.age_v6(arg, args[1] if len(args) > 1 else None)
        elif name == "DAYONLY":
            self.b.ent(ordinal_words(self.rng.randint(1, 28)), "DATE", None, "sp_day_only")
        elif name == "CHAT":  # a chat message pasted into the transcript: "[Chat 10:02] Guest: "
            if arg == "O" and not self.olabel:
                self.olabel = self.rng.choice(self.data6("other_labels"))
            who = {"P": self.plabel, "I": self.ilabel, "O": self.olabel}[arg]
            minute = int(self.state6.get("chat", str(self.rng.randint(9 * 60 + 30, 15 * 60))))
            minute += self.rng.randint(1, 9)
            self.state6["chat"] = str(minute)
            self.b.lit(f"[Chat {minute // 60:02d}:{minute % 60:02d}] {who}: ")
        elif name == "NEG6":
            self.b.lit(self.rng.choice(self.t.negatives[arg]))
        else:
            return False
        return True

    @staticmethod
    def wform6(form: str) -> str:
        """A written form: typed into the call's chat, or on a form shared on screen."""
        return "chat" if form == "chat" else "screen_share"

    def data6(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs6(self, key: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for entry in self.data6(key):
            k, v = entry.split("=", 1)
            out.setdefault(k, []).append(v)
        return out

    @staticmethod
    def polish6(p: Person) -> bool:
        return not (p.first + p.sur).isascii() or p.sur.endswith(("ski", "ska"))

    def templates_v6(self) -> Templates:
        """A Polish-trained participant gets the interpreter and Polish letters, a Welsh one
        the code-switching: the exchanges that do not fit the participant are left out."""
        polish = self.polish6(self.cast["self"])

        def fits(lines: list[str]) -> bool:
            text = "\n".join(lines)
            if polish:
                return "Welsh" not in text and ":codeswitch}" not in text
            return "Polish" not in text and not any(line.startswith("O|") for line in lines)
        t = self.t
        return Templates(t.labels, [x for x in t.opening if fits(x)],
                         [x for x in t.closing if fits(x)], [x for x in t.exchanges if fits(x)],
                         t.talk, t.questions, t.filler, t.backchannel, t.openers, t.negatives)

    def group6(self, g: str, zero: str, welsh: bool) -> str:
        rng, h = self.rng, self.h
        if welsh:
            return " ".join(self.data6("welsh_digits")[int(d)] for d in g)
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            word = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < h.p_triple:
                words.append(f"{rng.choice(h.triple_words)} {word}")
                i += 3
            elif run >= 2 and rng.random() < h.p_double:
                words.append(f"double {word}")
                i += 2
            else:
                words.append(word)
                i += 1
        return " ".join(words)

    def speak6(self, digits: str, groups: list[int], welsh_groups: int = 0,
               frozen: float = 0.15) -> str:
        """Digits in groups; the first ``welsh_groups`` groups in Welsh; at most one break in
        the video call between two groups (inside the number's span)."""
        rng = self.rng
        zero = rng.choice(self.h.zero_words)
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        said = [self.group6(p, zero, i < welsh_groups) for i, p in enumerate(parts)]
        broke = len(said) < 2 or rng.random() >= frozen
        out = said[0]
        for i, s in enumerate(said[1:], start=1):
            if not broke and (i == len(said) - 1 or rng.random() < 0.5):
                out += rng.choice(self.data6("interrupts")) + s
                broke = True
            elif welsh_groups and i == welsh_groups:
                out += rng.choice(["... sorry, in English, ", " — sorry — ", ", I mean, "]) + s
            else:
                out += rng.choice(self.h.group_seps) + s
        return out

    def mobile6(self) -> str:
        return "07" + str(self.rng.choice("3456789")) + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v6(self, form: str) -> None:
        rng, b, st = self.rng, self.b, self.state6
        groups = rng.choice([[5, 6], [5, 3, 3], [2, 3, 3, 3], [4, 4, 3], [3, 4, 4], [5, 6]])
        if form in ("mobile", "codeswitch", "again", "repeat"):
            mob = st.pop("again", "") if form == "again" else st.get("mobile", "") if form == "repeat" else ""
            mob = mob or self.mobile6()
            st["mobile"] = mob
            if form == "codeswitch":
                st["again"] = mob
            if form in ("mobile", "again", "repeat"):
                b.ent(self.cap(self.speak6(mob, groups)), "PHONE", None, "sp_mobile")
            else:  # all in Welsh, or the first group in Welsh and the rest in English
                welsh = len(groups) if rng.random() < 0.5 else 1
                b.ent(self.cap(self.speak6(mob, groups, welsh_groups=welsh, frozen=0.0)),
                      "PHONE", None, "sp_codeswitch")
        elif form == "landline":
            area, n = rng.choice(self.pools.landline_areas)
            local = f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (n - 1) - 1):0{n - 1}d}"
            b.ent(self.cap(self.speak6("0" + area + local, [5, 3, 3] if rng.random() < 0.5 else [5, 6])),
                  "PHONE", None, "sp_landline")
        elif form == "relayed":  # the interpreter, in English
            mob = self.mobile6()
            b.ent(self.speak6(mob, groups, frozen=0.0), "PHONE", None, "sp_relayed")
        elif form == "tail":  # "the same as mine but the last three are ..."
            mine = st.get("mobile") or self.mobile6()
            while True:
                tail = f"{rng.randint(0, 999):03d}"
                if tail != mine[-3:]:
                    break
            b.ent(self.speak6(tail, [3], frozen=0.0), "PHONE", None, "sp_tail_diff")
        elif form == "misheard":  # the interviewer reads it back with two digits swapped
            mob = st.get("mobile") or self.mobile6()
            st["mobile"] = mob
            k = rng.randint(8, 9)
            while mob[k] == mob[k + 1]:
                k -= 1
            wrong = mob[:k] + mob[k + 1] + mob[k] + mob[k + 2:]
            st["fix"] = mob[-3:] + "|" + wrong[-3:]
            b.ent(self.speak6(wrong, [5, 3, 3], frozen=0.0), "PHONE", None, "sp_misheard")
        elif form == "fix":  # "[four four two, not four two four]"
            right, wrong = st.get("fix", "442|424").split("|")
            zero = rng.choice(self.h.zero_words)
            b.ent(f"{self.group6(right, zero, False)}, not {self.group6(wrong, zero, False)}",
                  "PHONE", None, "sp_fix")
        elif form == "foreign":
            if rng.random() < 0.75:  # a Polish mobile
                rest = str(rng.choice("5678")) + f"{rng.randint(0, 10 ** 8 - 1):08d}"
                lead = rng.choice(["plus four eight, ", "zero zero four eight, ",
                                   "plus forty-eight, ", "the Polish code, four eight, then "])
                b.ent(self.cap(lead + self.speak6(rest, [3, 3, 3], frozen=0.0)), "PHONE", None,
                      "sp_foreign")
            else:  # an Irish one
                rest = "8" + str(rng.choice("35679")) + f"{rng.randint(0, 10 ** 7 - 1):07d}"
                lead = rng.choice(["plus three five three, ", "double oh three five three, "])
                b.ent(self.cap(lead + self.speak6(rest, [2, 3, 4], frozen=0.0)), "PHONE", None,
                      "sp_foreign")
        elif form in ("chat", "screen"):  # typed: the last mobile said, as people type it
            mob = st.get("mobile") or self.mobile6()
            st["mobile"] = mob
            b.ent(rng.choice([f"{mob[:5]} {mob[5:]}", mob, f"+44 {mob[1:5]} {mob[5:8]} {mob[8:]}",
                              f"{mob[:5]}-{mob[5:8]}-{mob[8:]}"]), "PHONE", None, self.wform6(form))
        else:  # pragma: no cover
            raise ValueError(form)

    def number_v6(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "CHI":
            d = self.chi_digits()
            b.ent(self.speak6(d, rng.choice([[6, 4], [2, 2, 2, 4]])), "NHS_NUMBER", None, "sp_chi")
            return
        type_ = "NHS_NUMBER" if kind == "NHS" else "GMC_NUMBER"
        d = self.nhs_digits() if kind == "NHS" else (
            str(rng.choice("3456789")) + f"{rng.randint(0, 999999):06d}")
        if form == "again":  # the number just said in Welsh, now in English
            d, form = self.state6.pop("again:" + kind, d), "spoken"
        if form == "chatlast":  # typed in the chat: the number just said
            d, form = self.state6.get("last:" + kind, d), "chat"
        if form == "codeswitch":
            self.state6["again:" + kind] = d
        self.state6["last:" + kind] = d
        groups = [3, 3, 4] if kind == "NHS" else rng.choice([[7], [3, 4], [1, 3, 3]])
        if form == "spoken":
            b.ent(self.cap(self.speak6(d, groups)), type_, None, "sp_nhs" if kind == "NHS" else "sp_gmc")
        elif form == "relayed":
            b.ent(self.speak6(d, groups, frozen=0.0), type_, None, "sp_relayed")
        elif form == "codeswitch":
            b.ent(self.speak6(d, groups, welsh_groups=len(groups), frozen=0.0), type_, None,
                  "sp_codeswitch")
        elif form == "mixed":  # printed in chunks: "seventy, twelve, three forty-five"
            zero = rng.choice(self.h.zero_words)

            def pair(p: str) -> str:
                return f"{zero} {UNITS[int(p[1])]}" if p[0] == "0" else cardinal(int(p))
            b.ent(self.cap(f"{pair(d[:2])}, {pair(d[2:4])}, {UNITS[int(d[4])] if d[4] != '0' else zero} "
                           f"{pair(d[5:])}"), type_, None, "sp_gmc_mixed")
        elif form in ("chat", "screen"):
            b.ent(rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}" if kind == "NHS" else d]), type_, None,
                  self.wform6(form))
        else:  # pragma: no cover
            raise ValueError(form)

    def postcode_v6(self, form: str) -> None:
        rng, b, st = self.rng, self.b, self.state6
        if form in ("chat", "screen") and "postcode" in st:
            pc = st["postcode"]
        else:
            pc = (rng.choice(self.pools.postcode_outward) + " " + str(rng.randint(1, 9))
                  + "".join(rng.choice(POSTCODE_LETTERS) for _ in range(2)))
        st["postcode"] = pc
        out, inn = pc.split(" ")
        letters = out.rstrip("0123456789")
        num = out[len(letters):]
        sounds = self.pairs6("sounds")

        def say(c: str, sound: bool) -> str:
            if c.isdigit():
                return UNITS[int(c)]
            return rng.choice(sounds[c]) if sound else c

        def outward(sound: bool) -> str:
            n = cardinal(int(num)) if len(num) == 2 and rng.random() < 0.6 else " ".join(
                UNITS[int(c)] for c in num)
            return " ".join(say(c, sound) for c in letters) + " " + n

        def inward(sound: bool) -> str:
            return " ".join(say(c, sound) for c in inn)
        sep = rng.choice([", ", " ", "... ", " - "])
        if form == "spoken":
            b.ent(self.cap(outward(False) + sep + inward(False)), "POSTCODE", None, "sp_postcode")
        elif form == "sounds":
            b.ent(self.cap(outward(True) + sep + inward(True)), "POSTCODE", None, "sp_postcode_sounds")
        elif form == "relayed":
            b.ent(outward(False) + sep + inward(False), "POSTCODE", None, "sp_relayed")
        elif form == "outward":
            b.ent(outward(rng.random() < 0.3), "POSTCODE", None, "sp_postcode_parts")
        elif form == "tail":
            b.ent(inward(rng.random() < 0.3), "POSTCODE", None, "sp_postcode_parts")
        elif form in ("chat", "screen"):
            b.ent(rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE", None, self.wform6(form))
        else:  # pragma: no cover
            raise ValueError(form)

    def address_v6(self, form: str) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 60), rng.randint(1, 60), rng.randint(100, 180)])
        if form in ("chat", "screen"):
            b.ent(rng.choice([f"{n} {street}", f"{n}, {street}", f"Flat {rng.randint(1, 9)}, {n} {street}"]),
                  "LOCATION", None, self.wform6(form))
            return
        said = cardinal(n, hundred_a=rng.random() < 0.5)
        if rng.random() < 0.25:
            said = f"flat {UNITS[rng.randint(1, 9)]}, {said}"
        s = rng.choice([f"{said} {street}", f"{said}, {street}"])
        if form == "spoken":
            if rng.random() < 0.2:
                b.lit("number ")
            b.ent(self.cap(s), "LOCATION", None, "sp_address")
        elif form == "relayed":
            b.ent(s, "LOCATION", None, "sp_relayed")
        else:  # pragma: no cover
            raise ValueError(form)

    @staticmethod
    def ascii6(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
                       if not unicodedata.combining(c))

    def email_v6(self, who: str, form: str) -> None:
        rng, b, st = self.rng, self.b, self.state6
        p = self.cast[who]
        key = "email:" + who
        if form == "chat" and key in st:
            b.ent(st[key], "EMAIL", p.code, "chat")
            return
        if form == "home":
            local = f"{self.ascii6(p.first).lower()}{rng.randint(70, 99)}"
            polish = self.polish6(p)
            dom = rng.choice([d for d in self.pools.email_domains
                              if "nhs" not in d and d.endswith((".pl", ".fm")) is polish])
        elif p.email:
            local, dom = p.email.split("@")
        else:
            local = f"{self.ascii6(p.first).lower()}.{self.ascii6(p.sur).lower()}"
            dom = rng.choice(self.pools.email_domains)
        st[key] = f"{local}@{dom}"
        if form == "chat":
            b.ent(st[key], "EMAIL", p.code, "chat")
            return

        def word(w: str) -> str:
            if w.isdigit():
                return cardinal(int(w)) if len(w) == 2 and rng.random() < 0.7 else " ".join(
                    UNITS[int(c)] for c in w)
            if len(w) <= 2 or (w == "nhs" and rng.random() < 0.6):
                return " ".join(UNITS[int(c)] if c.isdigit() else c for c in w)
            return w

        def said(part: str) -> str:
            out = []
            for tok in re.split(r"([.\-_]|\d+)", part):
                if not tok:
                    continue
                out.append({".": "dot", "-": rng.choice(["hyphen", "dash"]), "_": "underscore"}.get(tok)
                           or word(tok))
            return " ".join(out)
        # the speaker's habit: a Polish-trained participant may say "małpa"; the interpreter not
        at = "at" if form == "relayed" or not self.polish6(self.cast["self"]) else rng.choice(
            self.data6("ats"))
        form_ = "sp_relayed" if form == "relayed" else (
            "sp_email_codeswitch" if "," in at else "sp_email")
        b.ent(self.cap(f"{said(local)} {at} {said(dom)}"), "EMAIL", p.code, form_)

    def spelled_v6(self, who: str, style: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast[who]
        if style == "phonetic":
            said = self.pairs6("phonetic").get(p.sur)
            if said:
                b.lit("It's said " if b.at_sentence_start() else "it's said ")
                b.ent(said[0], "PERSON", p.code, "sp_phonetic")
                return
            style = "diacritic"
        marks = {k: v for k, v in self.pairs6("diacritics").items()}
        name = p.sur.upper()
        toks: list[str] = []
        i = 0
        while i < len(name):
            c = name[i]
            if name[i:i + 2] in ("LL", "DD", "FF") and not self.polish6(p):
                toks.append(rng.choice([f"double {c}", f"{c} {c}"]))
                i += 2
                continue
            if c in marks:
                toks.append(rng.choice(marks[c]))
            elif c.isalpha():
                toks.append(c)
            i += 1
        form = "sp_spelled_diacritic" if any(c in marks for c in name) else "sp_spelled"
        b.ent(rng.choice([", ", " ", " - "]).join(toks), "PERSON", p.code, form)

    def year6(self, y: int, born: bool = False) -> str:
        rng = self.rng
        if y < 2000:
            return rng.choice([f"nineteen {cardinal(y - 1900)}"] * 3 + ([cardinal(y - 1900)] if born else []))
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"two thousand {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000)}", f"two thousand and {cardinal(y - 2000)}"])

    def dob6(self) -> tuple[int, int, int]:
        st = self.state6
        if "dob" not in st:
            st["dob"] = f"{self.rng.randint(1, 28)}/{self.rng.randint(1, 12)}/{self.rng.randint(1958, 1994)}"
        d, m, y = (int(x) for x in st["dob"].split("/"))
        return d, m, y

    def date_v6(self, form: str) -> None:
        rng, b = self.rng, self.b
        y, m, d = rng.randint(2008, 2024), rng.randint(1, 12), rng.randint(1, 27)
        mname = MONTHS[m - 1]
        if form == "dom_y":
            b.ent(f"{ordinal_words(d)} of {mname}, {self.year6(y)}", "DATE", None, "sp_dom_y")
        elif form in ("dob", "relayed", "bday", "chat", "screen", "birthyear"):
            d, m, by = self.dob6()
            mname = MONTHS[m - 1]
            if form in ("chat", "screen"):
                b.ent(rng.choice([f"{d:02d}/{m:02d}/{by}", f"{d}.{m}.{by % 100:02d}", f"{d}-{m}-{by}",
                                  f"{d} {mname} {by}"]), "DATE", None, self.wform6(form))
            elif form == "bday":
                b.ent(rng.choice([f"{ordinal_words(d)} of {mname}", f"{ordinal_words(d)} {mname}"]),
                      "DATE", None, "sp_dob_md")
            elif form == "birthyear":
                b.ent(self.cap(self.year6(by)), "DATE", None, "sp_birth_year")
            else:
                s = rng.choice([f"{ordinal_words(d)} of {mname}, {self.year6(by, born=True)}",
                                f"{ordinal_words(d)} of {mname} {self.year6(by)}"])
                b.ent(self.cap(s), "DATE", None, "sp_dob" if form == "dob" else "sp_relayed")
        elif form == "nth_weekday":  # "the [first Wednesday in August, twenty twenty]"
            nth = rng.choice(["first", "first", "second", "third", "last"])
            wd = rng.choice(WEEKDAYS[:5])
            b.ent(f"{nth} {wd} {rng.choice(['in', 'of'])} {mname}{rng.choice([', ', ' '])}{self.year6(y)}",
                  "DATE", None, "sp_nth_weekday")
        elif form == "abbr":  # a month abbreviation said aloud: "the [twelfth of Feb, twenty-one]"
            ab = rng.choice(self.data6("months_abbr"))
            yy = rng.choice([f", {cardinal(y % 100)}", f", {self.year6(y)}", ""])
            b.ent(rng.choice([f"{ordinal_words(d)} of {ab}{yy}", f"{ordinal_words(d)} {ab}{yy}"]),
                  "DATE", None, "sp_abbr_month")
        elif form == "range":  # "from the [third] to the [ninth of June, twenty twenty]"
            d2 = rng.randint(d + 1, 28)
            b.ent(ordinal_words(d), "DATE", None, "sp_range")
            b.lit(rng.choice([" to the ", " till the ", " until the ", " through to the "]))
            b.ent(f"{ordinal_words(d2)} of {mname}{rng.choice([', ', ' '])}{self.year6(y)}",
                  "DATE", None, "sp_range")
        elif form == "hedged":  # "the [twenty-third or twenty-fourth of March, twenty-one]"
            a, c = ordinal_words(d), ordinal_words(d + 1)
            yy = rng.choice(["", f", {self.year6(y)}"])
            b.ent(rng.choice([f"{a} or {c} of {mname}{yy}", f"{a}, {c} of {mname}{yy}",
                              f"{a}, maybe {c}, of {mname}{yy}"]), "DATE", None, "sp_hedged")
        elif form == "inyear":
            b.ent(f"{ordinal_words(d)} of {mname} in the year {self.year6(y)}", "DATE", None,
                  "sp_in_the_year")
        elif form == "weekday":  # "[Wednesday the fourteenth of February, twenty eighteen]"
            wd = WEEKDAYS[datetime.date(y, m, d).weekday()]
            b.ent(self.cap(rng.choice([f"{wd} the {ordinal_words(d)} of {mname}, {self.year6(y)}",
                                       f"{wd} the {ordinal_words(d)} of {mname}"])), "DATE", None,
                  "sp_weekday_dom")
        elif form == "md":  # "[February the fourteenth]"
            b.ent(self.cap(f"{mname} the {ordinal_words(d)}"), "DATE", None, "sp_md")
        elif form == "monthyear":
            b.ent(self.cap(f"{mname} {self.year6(y)}"), "DATE", None, "sp_month_year")
        elif form == "dobdigits":  # "[one four, oh seven, seven nine]"
            d, m, by = self.dob6()
            zero = rng.choice(self.h.zero_words)
            b.ent(self.cap(", ".join(self.group6(f"{x:02d}", zero, False) for x in (d, m, by % 100))),
                  "DATE", None, "sp_dob_digits")
        else:  # pragma: no cover
            raise ValueError(form)

    def age_v6(self, form: str, kind: str | None) -> None:
        rng, b, st = self.rng, self.b, self.state6
        lo, hi = {"child": (4, 15), "old": (71, 96), "young": (23, 34)}.get(kind or "", (29, 64))
        n = int(st["age"]) if kind == "same" and "age" in st else rng.randint(lo, hi)
        if form == "screen" and "dob" in st:  # the form's age agrees with its date of birth
            n = 2025 - int(st["dob"].split("/")[2])
        if form == "interjection" and "guess" in st:  # "Oh, younger. [Twenty-two]."
            n = int(st.pop("guess")) - rng.randint(1, 3)
        if form == "question":
            st["guess"] = str(n)
        if form == "bit":
            n = int(st.get("age", n))
        st["age"] = str(n)
        if form in ("answer", "words", "relayed"):
            b.ent(self.cap(cardinal(n)), "AGE", None, "sp_" + form)
        elif form == "bit":  # "[Fifty-two] and a bit"
            b.ent(self.cap(cardinal(n)), "AGE", None, "sp_and_a_bit")
            b.lit(rng.choice([" and a bit", " and three-quarters", " and a half", " and a few months"]))
        elif form == "codeswitch":  # Welsh decimal counting: "pedwar deg dau"
            tens, unit = divmod(n, 10)
            s = self.data6("welsh_tens")[tens - 2] + (f" {self.data6('welsh_digits')[unit]}" if unit else "")
            b.ent(self.cap(s), "AGE", None, "sp_codeswitch")
        elif form in ("question", "interjection", "decade"):
            said = TENS[n // 10] + "s" if form == "decade" else cardinal(n)
            b.ent(self.cap(said.replace("ys", "ies")), "AGE", None, "sp_" + form)
        elif form == "lastbday":  # "[Fifty-three] last birthday"
            b.ent(self.cap(cardinal(n)), "AGE", None, "sp_last_month")
            b.lit(rng.choice([" last birthday", " in March", " last month"]))
        elif form == "onday":  # "I'm [fifty-five] on Tuesday"
            b.ent(cardinal(n), "AGE", None, "sp_on_day")
            b.lit(rng.choice([" on Tuesday", " today", " on Saturday", " tomorrow"]))
        elif form == "going":  # "[eighty-one] going on eighteen"
            b.ent(cardinal(n), "AGE", None, "sp_going_on")
            b.lit(f" going on {rng.choice(['eighteen', 'twenty-five', 'sixteen', 'thirty'])}")
        elif form in ("chat", "screen"):
            b.ent(str(n), "AGE", None, self.wform6(form))
            if form == "chat":
                b.lit(rng.choice(["", " (mic went)", " years"]))
        else:  # pragma: no cover
            raise ValueError(form)
