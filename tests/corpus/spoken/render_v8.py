"""Round 12's renderings: how ``heldout8``'s speakers and transcribers say and write identifiers
(the mixin ``V8`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v8`` (heldout8); every other set renders byte for byte
as before. Its words (caption homophones, caption speaker labels, code-switched digits, the
voices of its participants) are its own data, in ``self.t.negatives`` under keys starting "_".

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    TENS,
    UNITS,
    WEEKDAYS,
    Builder,
    capitalise,
    cardinal,
    nhs_check_digit,
    ordinal_suffix,
    ordinal_words,
)


@dataclass
class CaptionBuilder(Builder):
    """heldout8: an automatic-caption export, half corrected by hand. A turn nobody corrected
    (``raw`` False) is lower case without commas; names in it get forms starting "cc_"."""

    raw: bool = False

    @staticmethod
    def caption(s: str) -> str:
        return s.lower().replace(",", "")

    def lit(self, s: str) -> None:
        super().lit(s if self.raw else self.caption(s))

    def ent(self, s: str, type_: str, participant: str | None = None, form: str = "") -> None:
        if not self.raw:
            s = self.caption(s).strip()
            if not form.startswith("sp_") and type_ in ("PERSON", "LOCATION", "HOSPITAL"):
                form = "cc_" + form
        super().ent(s, type_, participant, form)


class V8:
    """``heldout8``'s own renderings, switched on by ``Habits.v8`` for that set alone."""

    def init_v8(self) -> None:
        """A document is either an automatic-caption export that a research assistant only
        half corrected (lower case, few commas, homophones, numerals; cue times before each
        turn) or a hand transcript; the caption labels come from the set's data."""
        rng = self.rng
        self.state8["style"] = rng.choice(["caption", "caption", "hand"])
        if self.state8["style"] == "caption":
            self.b = CaptionBuilder()
            self.ilabel, self.plabel = rng.choice(
                [tuple(x.split("=>", 1)) for x in self.data8("caption_labels")])
            self.clock = rng.randint(20_000, 200_000)  # milliseconds

    def data8(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs8(self, key: str) -> dict[str, str]:
        return dict(entry.split("=>", 1) for entry in self.data8(key))

    def voice8(self) -> str:
        me = self.cast["self"]
        return self.pairs8("voices").get(f"{me.first} {me.sur}", "plain")

    def captioned8(self) -> bool:
        """True inside a turn the caption engine wrote and nobody corrected."""
        return isinstance(self.b, CaptionBuilder) and not self.b.raw

    def cue8(self) -> None:
        """A caption cue's times before a turn ("00:14:03.520 --> 00:14:07.110")."""
        assert self.clock is not None
        start = self.clock + self.rng.randint(40, 900)
        end = start + self.rng.randint(1500, 40000)
        self.clock = end

        def ts(ms: int) -> str:
            return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
        self.b.raw = True
        self.b.lit(f"{ts(start)} --> {ts(end)}\n")
        self.b.raw = self.rng.random() < 0.3  # this turn was corrected by hand

    def slot_v8(self, name: str, args: list[str]) -> bool:
        """Round 12's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v8(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v8(name, arg)
        elif name == "AGAIN":  # the last number said again, slowly, after "pardon?"
            digits, type_, groups = self.state8["last"], self.state8["last_type"], self.state8["groups"]
            b.ent(self.words8(digits, [int(g) for g in groups.split(",")], "pardon"), type_, None,
                  "sp_pardon")
        elif name == "POSTCODE":
            self.postcode_v8(arg)
        elif name == "ADDR":
            self.address_v8(arg)
        elif name == "EMAIL":
            self.email_v8(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v8(arg)
        elif name == "BANDNAME":  # a child's wristband: the parent's surname first, in capitals
            me = self.cast["self"]
            child = self.state8.setdefault("child", rng.choice(self.pools.first_names))
            b.ent(f"{me.sur.upper()}, {child.upper()}", "PERSON", None, "caps_sur_first")
        elif name == "DATE":
            self.date_v8(arg)
        elif name == "DOB":
            self.date_v8("dob_child" if arg == "child" else "dob")
        elif name == "BIRTHYEAR":
            self.date_v8("birth_year")
        elif name == "MONTHSAID":
            self.month = rng.randint(1, 12)
            b.lit(MONTHS[self.month - 1])
        elif name == "DAYONLY":
            b.ent(self.ordinal8(rng.randint(1, 28)), "DATE", None, "sp_day_only")
        elif name == "AGE":
            self.age_v8(arg, args[1] if len(args) > 1 else None)
        elif name == "V":  # a word in the speaker's own voice or language
            b.lit(rng.choice(self.data8(f"v_{self.voice8()}_{arg}")))
        elif name == "PARDON":
            b.lit(rng.choice(self.data8("pardons")))
        else:
            return False
        return True

    def ordinal8(self, day: int) -> str:
        if self.captioned8() and self.rng.random() < 0.5:
            return f"{day}{ordinal_suffix(day)}"
        word = ordinal_words(day)
        if self.captioned8() and word == "fourth":
            return "forth"
        return word

    def mode8(self) -> str:
        """How a number is said this time: caption-garbled, in the speaker's own language,
        with hundreds and thousands, or plainly."""
        rng, voice = self.rng, self.voice8()
        if self.captioned8() and rng.random() < 0.7:
            return "caption"
        if voice in ("hindi", "urdu", "french", "spanish") and rng.random() < 0.55:
            return "foreign"
        if rng.random() < 0.3:
            return "thousands"
        return ""

    def words8(self, digits: str, groups: list[int], mode: str) -> str:
        rng, h = self.rng, self.h
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        zero = rng.choice(h.zero_words)
        foreign = self.pairs8(f"digits_{self.voice8()}") if mode == "foreign" else {}
        sounds = self.pairs8("caption_digits")
        said: list[str] = []
        for g in parts:
            if mode == "thousands" and g[0] != "0" and len(g) in (3, 4) and rng.random() < 0.8:
                said.append(cardinal(int(g)))
                continue
            if mode == "caption" and rng.random() < 0.3:
                said.append(g)  # the captioner wrote the group as a number
                continue
            toks: list[str] = []
            i = 0
            while i < len(g):
                d = g[i]
                run = len(g) - i - len(g[i:].lstrip(d))
                w = zero if d == "0" else UNITS[int(d)]
                if foreign and rng.random() < 0.75:
                    w = foreign.get(d, w)
                if mode == "caption":
                    r = rng.random()
                    if r < 0.35 and d in sounds:
                        w = rng.choice(sounds[d].split("/"))
                    elif r < 0.55:
                        w = d
                if mode != "pardon" and run >= 3 and rng.random() < h.p_triple:
                    toks.append(f"{rng.choice(h.triple_words)} {w}")
                    i += 3
                elif mode != "pardon" and run >= 2 and rng.random() < h.p_double:
                    toks.append(f"double {w}")
                    i += 2
                else:
                    toks.append(w)
                    i += 1
            said.append((". " if mode == "pardon" else " ").join(toks))
        if mode == "pardon":
            return ". ".join(said)
        out = said[0]
        for s in said[1:]:
            out += rng.choice(h.group_seps) + s
        return out

    def form8(self, mode: str, said: str, base: str) -> str:
        if mode == "foreign":
            words = set(self.pairs8(f"digits_{self.voice8()}").values())
            return "sp_foreign" if words & set(re.findall(r"[^\s,.]+", said)) else base
        if mode == "caption":
            sounds = {w for v in self.pairs8("caption_digits").values() for w in v.split("/")}
            if sounds & set(re.findall(r"[a-z]+", said)):
                return "sp_homophone"
            return "sp_caption_digits" if re.search(r"\d", said) else base
        return {"thousands": "sp_thousands" if " hundred" in said or "thousand" in said
                else base}.get(mode, base)

    def remember8(self, digits: str, type_: str, groups: list[int]) -> None:
        self.state8.update(last=digits, last_type=type_, groups=",".join(map(str, groups)))

    def phone_v8(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "landline":
            area, length = rng.choice(self.pools.landline_areas)
            d = "0" + area + "".join(str(rng.randint(0, 9)) for _ in range(length))
            groups = [1 + len(area), 3, length - 3] if rng.random() < 0.5 else [1 + len(area), length]
        else:
            d = "07" + rng.choice("3456789") + f"{rng.randint(0, 10 ** 8 - 1):08d}"
            groups = rng.choice([[5, 6], [5, 3, 3], [4, 3, 4], [2, 3, 3, 3]])
        self.remember8(d, "PHONE", groups)
        if form == "typed":
            b.ent(f"{d[:5]} {d[5:]}", "PHONE", None, "typed")
            return
        if form in ("letter", "wristband"):
            b.ent(self.words8(d, groups, ""), "PHONE", None, f"sp_{form}")
            return
        mode = "thousands" if form == "thousands" else self.mode8()
        said = self.words8(d, groups, mode)
        base = "sp_landline" if form == "landline" else "sp_mobile"
        b.ent(said, "PHONE", None, self.form8(mode, said, base))

    def number_v8(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "GMC":
            d, groups = f"{rng.randint(2, 7)}{rng.randint(0, 999999):06d}", rng.choice([[7], [3, 4], [4, 3]])
        else:
            while True:
                if kind == "CHI":
                    born = datetime.date(rng.randint(2008, 2022), rng.randint(1, 12), rng.randint(1, 28))
                    nine = born.strftime("%d%m%y") + f"{rng.randint(0, 999):03d}"
                else:
                    nine = f"{rng.randint(4, 7)}{rng.randint(0, 10 ** 8 - 1):08d}"
                check = nhs_check_digit(nine)
                if check is not None:
                    break
            d = nine + str(check)
            groups = [3, 3, 4] if kind == "NHS" else rng.choice([[6, 4], [2, 2, 2, 4]])
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        self.remember8(d, type_, groups)
        if form == "typed":
            b.ent(" ".join(d[sum(groups[:i]):sum(groups[:i + 1])] for i in range(len(groups)))
                  if kind != "GMC" else d, type_, None, kind.lower())
            return
        if form in ("letter", "wristband"):
            b.ent(self.words8(d, groups, ""), type_, None, f"sp_{form}")
            return
        mode = "thousands" if form == "thousands" else self.mode8()
        said = self.words8(d, groups, mode)
        b.ent(said, type_, None, self.form8(mode, said, f"sp_{kind.lower()}"))

    def letters8(self, s: str, caption: bool) -> str:
        sounds = self.pairs8("caption_letters")
        out = []
        for c in s:
            if c.isdigit():
                out.append(c if caption and self.rng.random() < 0.5 else UNITS[int(c)])
            elif caption and c in sounds and self.rng.random() < 0.6:
                out.append(sounds[c])
            else:
                out.append(c)
        return " ".join(out)

    def postcode_v8(self, form: str) -> None:
        rng, b = self.rng, self.b
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            b.ent(f"{outward} {inward}", "POSTCODE", None, "postcode")
            return
        caption = self.captioned8()
        letters = "".join(c for c in outward if c.isalpha())
        number = outward[len(letters):]
        if caption and rng.random() < 0.4:
            num = number
        elif len(number) == 2 and rng.random() < 0.6:
            num = cardinal(int(number))
        else:
            num = " ".join(UNITS[int(c)] for c in number)
        head = f"{self.letters8(letters, caption)} {num}"
        tail = f"{UNITS[int(inward[0])]} {self.letters8(inward[1:], caption)}"
        said = head + rng.choice([", ", " ", " — ", "... "]) + tail
        if form in ("letter", "wristband"):
            b.ent(said, "POSTCODE", None, f"sp_{form}")
            return
        f = "sp_postcode"
        if caption:
            sounds = set(self.pairs8("caption_letters").values())
            f = ("sp_homophone" if sounds & set(said.split())
                 else "sp_caption_digits" if re.search(r"\d", said) else f)
        b.ent(said, "POSTCODE", None, f)

    def address_v8(self, form: str) -> None:
        rng, b = self.rng, self.b
        n = rng.choice([rng.randint(1, 99), rng.randint(1, 40), rng.randint(100, 340)])
        street = rng.choice(self.pools.streets)
        if form == "typed":
            b.ent(f"{n} {street}", "LOCATION", None, "address")
            return
        if self.captioned8() and rng.random() < 0.6:
            b.ent(f"{n} {street}", "LOCATION", None, "sp_caption_digits")
            return
        words = cardinal(n, hundred_a=rng.random() < 0.5)
        f = {"letter": "sp_letter"}.get(form, "sp_address")
        b.ent(f"{words} {street}", "LOCATION", None, f)

    def email_v8(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast["self" if who == "self_other" else who]
        if who == "self" and p.email:
            address = p.email
        else:
            sep = rng.choice(self.data8("local_joins"))
            address = f"{p.first.lower()}{sep}{p.sur.lower()}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            b.ent(address, "EMAIL", None, "typed")
            return
        local, domain = address.split("@")
        said_marks = self.pairs8("email_marks")

        def say(part: str) -> str:
            out = []
            for tok in re.split(r"([.\-_])", part):
                if tok in said_marks:
                    out.append(rng.choice(said_marks[tok].split("/")))
                elif tok.isdigit():
                    out.append(" ".join(UNITS[int(c)] for c in tok))
                elif tok:
                    out.append(tok)
            return " ".join(out)
        if self.captioned8() and rng.random() < 0.7:  # the captioner typed some of it
            said = f"{say(local)} {rng.choice(['at', '@'])} {domain}"
            b.ent(said, "EMAIL", None, "sp_email_caption")
            return
        said = f"{say(local)} {rng.choice(['at', 'at', 'at, uhm,'])} {say(domain)}"
        b.ent(said, "EMAIL", None, "sp_email_hyphen" if "-" in local else "sp_email")

    def spelled_v8(self, who: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast[who]
        letters = [c.upper() for c in p.sur if c.isalpha()]
        caption = self.captioned8()
        sounds = self.pairs8("caption_letters")
        toks: list[str] = []
        i = 0
        while i < len(letters):
            c = letters[i]
            say = sounds[c] if caption and c in sounds and rng.random() < 0.6 else c
            if i + 1 < len(letters) and letters[i + 1] == c and rng.random() < 0.8:
                toks.append(f"double {say}")
                i += 2
            else:
                toks.append(say)
                i += 1
        said = rng.choice([" ", ", ", " "]).join(toks)
        f = "sp_spelled"
        if caption and set(sounds.values()) & set(said.lower().replace(",", "").split()):
            f = "sp_spelled_caption"
        b.ent(said, "PERSON", p.code, f)

    def year8(self, y: int) -> str:
        if y >= 2000:
            return f"two thousand and {cardinal(y - 2000)}" if y > 2000 else "two thousand"
        return f"nineteen {cardinal(y % 100)}" if y % 100 >= 10 else f"nineteen oh {UNITS[y % 10]}"

    def date_v8(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "dob_child":
            year = rng.randint(2005, 2022)
        elif form in ("dob", "birth_year", "typed_dob"):
            year = rng.randint(1958, 1997)
        else:
            year = rng.randint(2001, 2026)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        caption = self.captioned8()
        if form == "birth_year":
            b.ent(str(year) if caption and rng.random() < 0.5 else self.year8(year), "DATE", None,
                  "sp_birth_year")
            return
        if form in ("typed", "typed_dob"):
            b.ent(f"{day:02d}/{month:02d}/{year}", "DATE", None, "slash")
            return
        if form in ("letter", "wristband"):  # read off the band or the letter, as numbers
            zero = rng.choice(self.h.zero_words)
            dd = f"{zero} {UNITS[day]}" if day < 10 else cardinal(day)
            mm = f"{zero} {UNITS[month]}" if month < 10 else cardinal(month)
            b.ent(f"{dd}, {mm}, {self.year8(year)}", "DATE", None, f"sp_{form}")
            return
        if form == "foreign" and self.voice8() in ("french", "spanish"):
            lang = self.voice8()
            months = self.data8(f"months_{lang}")
            nums = self.pairs8(f"numbers_{lang}")
            dn = nums[f"{lang[:2].replace('sp', 'es')}{day}"] if day > 1 or lang == "spanish" else "premier"
            said = (f"le {dn} {months[month - 1]}" if lang == "french"
                    else f"el {dn} de {months[month - 1]}")
            b.ent(said, "DATE", None, "sp_foreign")
            return
        if form == "foreign":  # a speaker with no other language says it in English
            form = "dom_y"
        ow = self.ordinal8(day)
        if form == "weekday_dom":
            when = datetime.date(year, month, day)
            said = f"{WEEKDAYS[when.weekday()]} the {ow} of {MONTHS[month - 1]}"
            f = "sp_weekday_dom"
        elif form == "month_year":
            said, f = f"{MONTHS[month - 1]} {self.year8(year)}", "sp_month_year"
        elif form == "us":  # the month first and no "of", as a US-trained speaker says it
            us_year = self.year8(year).replace("thousand and", "thousand")
            said, f = f"{MONTHS[month - 1]} {ow}, {us_year}", "sp_md_us"
        elif form == "dom":
            said, f = f"the {ow} of {MONTHS[month - 1]}", "sp_dom"
        else:  # dom_y, dob, dob_child
            said = f"the {ow} of {MONTHS[month - 1]} {self.year8(year)}"
            f = "sp_dom_y" if form == "dom_y" else "sp_dob"
        if caption and rng.random() < 0.5:
            said = said.replace(self.year8(year), rng.choice([str(year), f"{year // 1000}000 and {year % 100}"
                                                              if year > 2000 else str(year)]))
        if said.startswith("the ") and rng.random() < 0.5:
            b.lit("the ")
            said = said[4:]
        if caption and (re.search(r"\d", said) or "forth" in said.split()):
            f = "sp_homophone" if "forth" in said.split() else "sp_caption_digits"
        b.ent(said, "DATE", None, f)

    def age_v8(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = {"child": (2, 15), "young": (24, 36), "elderly": (67, 94)}.get(kind or "", (31, 64))
        n = rng.randint(lo, hi)
        if form == "half":
            b.ent(f"{cardinal(rng.randint(1, 12))} and a half", "AGE", None, "sp_and_a_half")
            return
        if form == "going_on":
            b.ent(cardinal(rng.randint(3, 16)), "AGE", None, "sp_going_on")
            return
        if form == "decade_part":
            part = rng.choice(["early", "mid", "late"])
            dec = f"{TENS[n // 10][:-1]}ies"
            b.ent(f"mid-{dec}" if part == "mid" else f"{part} {dec}", "AGE", None, "sp_decade_part")
            return
        if form == "foreign" and self.voice8() in ("french", "spanish"):
            lang = self.voice8()
            nums = self.pairs8(f"numbers_{lang}")
            said = nums.get(f"{lang[:2].replace('sp', 'es')}{n}")
            b.ent(said or cardinal(n), "AGE", None, "sp_foreign" if said else "sp_words")
            return
        if self.captioned8() and rng.random() < 0.5:
            b.ent(str(n), "AGE", None, "caption_age")
            return
        words = cardinal(n)
        if form == "answer":
            b.ent(capitalise(words) if b.at_sentence_start() else words, "AGE", None, "sp_answer")
        else:
            b.ent(words, "AGE", None, "sp_words")
