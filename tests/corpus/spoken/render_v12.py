"""Round 16's renderings: how ``heldout12``'s speakers and transcribers say and write identifiers
(the mixin ``V12`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v12`` (heldout12); every other set renders byte for byte
as before. Its words (labels, professions, voices, note styles, spelling words) are its own
data, in ``self.t.negatives`` under keys starting "_".

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import unicodedata

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    TENS,
    UNITS,
    WEEKDAYS,
    capitalise,
    cardinal,
    ordinal_words,
)


class V12:
    """``heldout12``'s own renderings, switched on by ``Habits.v12`` for that set alone."""

    def data12(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs12(self, key: str) -> dict[str, str]:
        return dict(entry.split("=>", 1) for entry in self.data12(key))

    def init_v12(self) -> None:
        """A document is a good human transcript of a telephone or video interview, an
        automatic-caption export (numbered cues, times, ">>" at a change of speaker) or a
        transcript with the interviewer's notes in brackets. The interviewee's profession
        (nurse, midwife, paramedic, pharmacist, doctor), voice and training abroad are the set's
        data."""
        rng, me = self.rng, self.cast["self"]
        style = rng.choice(self.data12("styles"))
        self.state12["style"] = style
        ilabel, plabel = rng.choice(self.data12(f"labels_{style}")).split("=>", 1)
        key = f"{me.first} {me.sur}"
        prof = self.pairs12("professions").get(key, "nurse")
        self.state12["prof"] = prof
        self.state12["voice"] = self.pairs12("voices").get(key, "")
        self.state12["us"] = "yes" if key in self.data12("us_trained") else ""
        self.ilabel = ilabel
        self.plabel = plabel.replace("{code}", me.code or "P").replace("{prof}", prof)
        if self.plabel.startswith(prof):
            self.plabel = capitalise(self.plabel)
        # titles: "Dr" only for doctors; the others by the set's data ("Mr", "Ms", "Sister")
        titles = self.pairs12("titles")
        for role, p in list(self.cast.items()):
            if p.code:
                p = dataclasses.replace(p, title=titles.get(f"{p.first} {p.sur}", "Ms"))
            elif p.title in ("Dr", "Professor") and rng.random() < 0.6:
                p = dataclasses.replace(p, title=rng.choice(self.data12("other_titles")))
            self.cast[role] = p
        self.state12["cue"] = 0
        self.state12["clock"] = rng.randint(20, 200) * 1000
        self.state12["age"] = rng.randint(24, 62)  # the interviewee's own age, said many ways
        self.state12["born"] = 2025 - self.state12["age"] - rng.choice([0, 1])

    def cue12(self, speaker_change: bool) -> None:
        """An automatic-caption cue: its number, its times, and ">> " at a change of speaker."""
        rng, st = self.rng, self.state12
        st["cue"] += 1
        start = st["clock"] + rng.randint(80, 900)
        end = start + rng.randint(1800, 6400)
        st["clock"] = end

        def t(ms: int) -> str:
            return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"
        self.b.lit(f"{st['cue']}\n{t(start)} --> {t(end)}\n{'>> ' if speaker_change else ''}")

    def turn_v12(self, who: str, sentences: list[str]) -> None:
        rng, b, style = self.rng, self.b, self.state12["style"]
        if who == "N":  # the interviewer's note in brackets: only in the notes transcripts
            if style != "notes":
                return
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        self.state12["who"] = who
        if style == "caption":
            self.cue12(True)
        else:
            b.lit(f"{self.ilabel if who == 'I' else self.plabel}: ")
            if style == "notes" and who == "P" and rng.random() < 0.08:
                b.lit(rng.choice(self.data12("note_marks")) + " ")
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            if who == "P" and i == 0 and self.state12["voice"] and rng.random() < 0.22:
                b.lit(rng.choice(self.data12(f"voice_{self.state12['voice']}")) + " ")
            self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def slot_v12(self, name: str, args: list[str]) -> bool:
        """Round 16's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v12(arg)
        elif name in ("NHS", "GMC", "REG"):
            self.number_v12(name, arg)
        elif name == "POSTCODE":
            self.postcode_v12(arg)
        elif name == "ADDR":
            self.address_v12(arg)
        elif name == "EMAIL":
            self.email_v12(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v12(arg)
        elif name == "DATE":
            self.date_v12(arg)
        elif name == "DAYONLY":
            self.ent12(ordinal_words(rng.randint(1, 28)), "DATE", "sp_day_only")
        elif name == "AGE":
            self.age_v12(arg, args[1] if len(args) > 1 else None)
        elif name == "PROF":
            b.lit(self.state12["prof"])
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    def cap12(self, s: str) -> str:
        """Capitalised at a sentence start, and after a caption cue's ">> "."""
        return capitalise(s) if self.b.at_sentence_start() or self.b.text().endswith("\n>> ") else s

    def ent12(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap12(s), type_, code, form)

    # ---- numbers
    def zero12(self) -> str:
        return self.rng.choice(self.h.zero_words)

    def digit12(self, d: str, zero: str, radio: bool) -> str:
        if d == "0":
            return "zero" if radio else (self.zero12() if self.rng.random() < 0.4 else zero)
        if radio and d == "9":
            return "niner"
        return UNITS[int(d)]

    def group12(self, g: str, zero: str, radio: bool) -> str:
        rng = self.rng
        if radio:
            return " ".join(self.digit12(d, zero, True) for d in g)
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = self.digit12(d, zero, False)
            if run >= 3 and rng.random() < 0.5:
                words.append(f"{rng.choice(['triple', 'treble'])} {w}")
                i += 3
            elif run >= 2 and rng.random() < 0.65:
                words.append(rng.choice([f"double {w}", f"double-{w}"]))
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def pair12(self, p: str) -> str:
        """Two digits said as a pair: "seventy-seven", "oh-seven", "double-oh", "forty"."""
        if p == "00":
            return self.rng.choice(["double-oh", "double zero"])
        if p[0] == "0":
            return f"{self.rng.choice(['oh', 'oh', 'zero'])}-{UNITS[int(p[1])]}"
        return cardinal(int(p))

    def say12(self, digits: str, groups: list[int], base: str) -> tuple[str, str]:
        """A digit string said in ``groups``, or in pairs ("oh-seven, seventy-seven, ..."), or
        digit by digit on the radio ("zero seven niner ..."). Returns (text, form)."""
        rng = self.rng
        radio = self.state12.get("prof") == "paramedic" and rng.random() < 0.5
        zero = self.zero12()
        if not radio and len(digits) >= 6 and rng.random() < 0.3:
            pairs = [digits[i:i + 2] for i in range(0, len(digits) - 1, 2)]
            said = [self.pair12(p) for p in pairs]
            if len(digits) % 2:
                said.append(self.digit12(digits[-1], zero, False))
            return rng.choice([", ", "... ", ", "]).join(said), "sp_pairs"
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        said = [self.group12(g, zero, radio) for g in parts]
        out = said[0]
        for s in said[1:]:
            out += rng.choice(self.h.group_seps) + s
        return out, ("sp_radio" if radio and "niner" in out else base)

    def number12(self, digits: str, groups: list[int], base: str, type_: str, form: str,
                 code: str | None = None) -> None:
        """Say a number: plain, split across two caption cues, or said twice by the speaker to
        check it ("... I'll say that again ... "), each saying its own span."""
        rng, b = self.rng, self.b
        s, f = self.say12(digits, groups, base)
        if self.state12["style"] == "caption" and len(groups) > 1 and rng.random() < 0.35:
            cut = [m.start() for m in re.finditer(r", (?=\S)", s)]
            if len(s.split(" ")) >= 4 and cut:
                at = cut[len(cut) // 2]
                head = re.sub(r"(?:,? (?:er|then))+$", "", s[:at]).rstrip(",. ")
                tail = re.sub(r"^(?:(?:er|then),? )+", "", s[at:].lstrip(",. "))
                self.ent12(head, type_, "sp_cue_split", code)
                b.lit("\n\n")
                self.cue12(False)
                b.ent(tail, type_, code, "sp_cue_split")
                return
        self.ent12(s, type_, f, code)
        if form == "check" or (self.state12.get("who") == "P" and rng.random() < 0.12):
            b.lit(rng.choice(self.data12("check_leads")))
            s2, _ = self.say12(digits, list(reversed(groups)) if len(groups) > 1 else groups, base)
            self.ent12(s2, type_, "sp_self_check", code)

    def mobile12(self) -> str:
        return "07" + self.rng.choice("4578") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v12(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form in ("typed", "typed_landline"):
            if form == "typed":
                d = self.mobile12()
                b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}", d]), "PHONE", None, "mobile")
            else:
                area = rng.choice(self.data12("areas"))
                d = "0" + area + f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (9 - len(area)) - 1):0{9 - len(area)}d}"
                b.ent(f"{d[:len(area) + 1]} {d[len(area) + 1:]}", "PHONE", None, "landline")
            return
        if form == "landline":
            area = rng.choice(self.data12("areas"))
            d = "0" + area + f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (9 - len(area)) - 1):0{9 - len(area)}d}"
            n = len(area) + 1
            groups = [n, 11 - n] if rng.random() < 0.5 else [n, 3, 8 - n]
            self.number12(d, groups, "sp_landline", "PHONE", form)
            return
        d = self.mobile12()
        self.number12(d, rng.choice([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4]]), "sp_mobile", "PHONE", form)

    def reg12(self, prof: str) -> tuple[str, str, str]:
        """(written, spoken, form base) of a professional registration number: a GMC number
        for a doctor, an NMC PIN for a nurse or midwife ("09I1234E"), an HCPC number for a
        paramedic ("PA12345"), a GPhC number for a pharmacist (seven digits from 20)."""
        rng = self.rng
        nato = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", self.data12("nato")))
        zero = self.zero12()
        if prof == "doctor":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
            return d, "", "sp_gmc"
        if prof == "pharmacist":
            d = f"20{rng.randint(0, 99999):05d}" if rng.random() < 0.6 else f"21{rng.randint(0, 99999):05d}"
            return d, "", "sp_gphc"
        if prof == "paramedic":
            d = f"{rng.randint(10000, 39999)}"
            lead = rng.choice(["P A", "P-A", "Papa Alpha", "P, A,"])
            return f"PA{d}", f"{lead} {self.group12(d, zero, rng.random() < 0.5)}", "sp_hcpc"
        yy = rng.choice([f"{y:02d}" for y in (*range(88, 100), *range(16))])
        mid = rng.choice("ABCDEFGHIJKLY")
        tail = rng.choice("EEEEOW")
        num = f"{rng.randint(0, 9999):04d}"
        written = f"{yy}{mid}{num}{tail}"
        letter = (lambda c: nato[c] if rng.random() < 0.4 else c)
        said = (f"{self.pair12(yy) if rng.random() < 0.5 else self.group12(yy, zero, False)}, "
                f"{letter(mid)}, {self.group12(num, zero, False)}, {letter(tail)}")
        return written, said, "sp_nmc_pin"

    def number_v12(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "NHS":
            d = self.nhs_digits()
            if form == "typed":
                b.ent(rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]), "NHS_NUMBER", None, "nhs")
                return
            self.number12(d, rng.choice([[3, 3, 4], [3, 3, 4], [4, 3, 3], [3, 3, 2, 2]]), "sp_nhs",
                          "NHS_NUMBER", form)
            return
        prof = "doctor" if kind == "GMC" else (form.split("_")[0] if form.split("_")[0] in (
            "nurse", "midwife", "paramedic", "pharmacist", "doctor") else self.state12["prof"])
        written, said, base = self.reg12(prof)
        if form.endswith("typed"):
            b.ent(written, "GMC_NUMBER", None, base[3:])
            return
        if said:
            self.ent12(said, "GMC_NUMBER", base)
            return
        self.number12(written, rng.choice([[7], [3, 4], [2, 2, 3], [1, 3, 3]]), base, "GMC_NUMBER", form)

    # ---- postcodes, addresses, e-mails, spellings
    def letter12(self, c: str, style: str) -> str:
        if style == "nato":
            return dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", self.data12("nato")))[c]
        if style == "for":
            return f"{c} for {self.pairs12('for_words')[c]}"
        return c

    def postcode_v12(self, form: str) -> None:
        rng, b = self.rng, self.b
        out = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            b.ent(f"{out} {inward}", "POSTCODE", None, "postcode")
            return
        style = form if form in ("nato", "for") else rng.choice(["plain", "plain", "for", "nato"])
        if self.state12.get("prof") == "paramedic" and rng.random() < 0.6:
            style = "nato"
        letters = "".join(c for c in out if c.isalpha())
        num = out[len(letters):]
        zero = self.zero12()
        say_l = " ".join(self.letter12(c, style) for c in letters)
        say_n = cardinal(int(num)) if len(num) == 2 and rng.random() < 0.5 else \
            " ".join(self.digit12(c, zero, style == "nato") for c in num)
        tail = (self.digit12(inward[0], zero, style == "nato") + rng.choice([" ", ", "])
                + rng.choice([" ", ", "]).join(self.letter12(c, style) for c in inward[1:]))
        form_name = {"nato": "sp_postcode_nato", "for": "sp_postcode_for"}.get(style, "sp_postcode")
        self.ent12(f"{say_l} {say_n}{rng.choice([', ', ' ', '... '])}{tail}", "POSTCODE", form_name)

    def address_v12(self, form: str) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(100, 260)])
        if form == "typed":
            b.ent(f"{n} {street}", "LOCATION", None, "address")
            return
        if n >= 100 and rng.random() < 0.5:
            said = " ".join(self.digit12(c, self.zero12(), False) for c in str(n))
        else:
            said = cardinal(n, hundred_a=rng.random() < 0.5)
        if rng.random() < 0.15:
            said = f"flat {cardinal(rng.randint(1, 9))}, {said}"
        self.ent12(f"{said}{rng.choice([' ', ', '])}{street}", "LOCATION", "sp_address")

    @staticmethod
    def plain12(s: str) -> str:
        s = unicodedata.normalize("NFD", s)
        return "".join(c for c in s if c.isalnum()).lower()

    def email_v12(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast.get(who) or self.cast["self"]
        if who in self.cast and p.email:
            addr, code = p.email, p.code
        else:
            code = p.code if who == "self_other" else None
            first, sur = self.plain12(p.first), self.plain12(p.sur)
            nn = rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(1970, 1999))])
            local = rng.choice([f"{first}_{sur}{nn}", f"{first}-{sur}", f"{sur}{first[0]}{nn}",
                                f"{first}{sur}", f"{first[0]}_{sur}"])
            addr = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            b.ent(addr, "EMAIL", code, "typed")
            return
        local, domain = addr.split("@")
        said_dom = self.pairs12("domain_said")
        toks: list[str] = []
        oneword = False
        pieces = re.findall(r"[a-z]+|\d+|[._-]", local)
        nato_initial = len(pieces) > 1 and len(pieces[0]) == 1 and rng.random() < 0.6
        for j, piece in enumerate(pieces):
            if piece in "._-":
                toks.append({".": "dot", "_": rng.choice(["underscore", "underscore", "under score"]),
                             "-": rng.choice(["hyphen", "dash"])}[piece])
            elif piece.isdigit():
                toks.append(cardinal(int(piece)) if len(piece) == 2 and piece[0] != "0" else
                            " ".join(self.digit12(c, self.zero12(), False) for c in piece))
            elif j == 0 and nato_initial:
                toks.append(f"{piece} for {self.pairs12('for_words')[piece.upper()].lower()}")
            else:
                toks.append(piece)
        if not any(c in local for c in "._-") and (self.plain12(p.sur) in local) and len(local) > len(self.plain12(p.sur)):
            oneword = True
        at = rng.choice(["at", "at", "at sign", "at the sign"])
        dom = " dot ".join(said_dom.get(x, x) for x in domain.split("."))
        s = " ".join(toks)
        if oneword:
            s += rng.choice([", all one word,", " all one word,", ", all one word, lower case,"])
        s = f"{s} {at} {dom}"
        f = "sp_email_oneword" if oneword else (
            "sp_email_nato" if nato_initial else (
                "sp_email_symbols" if any(c in local for c in "_-") else "sp_email"))
        b.ent(s, "EMAIL", code, f)

    def spelled_v12(self, who: str) -> None:
        """A surname spelled with the phonetic alphabet ("Tango Romeo Echo ..."), with "for"
        words ("T for Tommy, R for Robert, ..."), or letter by letter with "double"."""
        rng = self.rng
        p = self.cast[who]
        style = rng.choice(["nato", "for", "letters", "letters"])
        if self.state12.get("prof") == "paramedic" and rng.random() < 0.6:
            style = "nato"
        chars = [c for c in unicodedata.normalize("NFD", p.sur.upper()) if c.isalpha() or c in " -'"]
        toks: list[str] = []
        i = 0
        while i < len(chars):
            c = chars[i]
            if c == " ":
                toks.append("space")
            elif c == "-":
                toks.append("hyphen")
            elif c == "'":
                toks.append("apostrophe")
            elif style == "letters" and i + 1 < len(chars) and chars[i + 1] == c and rng.random() < 0.6:
                toks.append(f"double {c}")
                i += 1
            else:
                toks.append(self.letter12(c, style if style != "letters" else "plain"))
            i += 1
        sep = {"nato": rng.choice([" ", ", "]), "for": ", ", "letters": rng.choice([" ", "-", ", "])}[style]
        form = {"nato": "sp_spelled_nato", "for": "sp_spelled_for", "letters": "sp_spelled"}[style]
        self.b.ent(sep.join(toks), "PERSON", p.code, form)

    # ---- dates and ages
    def year12(self, y: int) -> str:
        rng = self.rng
        if y < 2000:
            return rng.choice([f"nineteen {cardinal(y - 1900)}", f"nineteen-{cardinal(y - 1900)}"]) \
                if y % 100 >= 10 else f"nineteen oh {UNITS[y % 10]}"
        if y < 2010:
            return rng.choice([f"twenty-oh-{UNITS[y - 2000]}", f"two thousand and {UNITS[y - 2000]}",
                               f"oh-{UNITS[y - 2000]}", f"twenty oh {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000)}", f"twenty-{cardinal(y - 2000)}",
                           f"two thousand and {cardinal(y - 2000)}"])

    def date_v12(self, form: str) -> None:
        rng, b = self.rng, self.b
        when = datetime.date(rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28))
        if form.startswith("dob") or form == "yob":  # the interviewee's own
            when = datetime.date(self.state12["born"], when.month, when.day)
        if form == "dob" and self.state12.get("us"):
            form = "dob_us"
        mname, wd = MONTHS[when.month - 1], WEEKDAYS[when.weekday()]
        dw, yw = ordinal_words(when.day), self.year12(when.year)
        sep = rng.choice([", ", " ", ", "])
        if form in ("typed", "dob_typed"):
            if rng.random() < 0.5:
                b.ent(f"{when.day:02d}/{when.month:02d}/{when.year}", "DATE", None, "slash")
            else:
                b.ent(f"{when.day} {mname[:3]} {when.year}", "DATE", None, "dmy_abbr")
            return
        if form == "typed_us":  # a form filled in the American way, month first
            b.ent(f"{when.month:02d}/{when.day:02d}/{when.year}", "DATE", None, "us_slash")
            return
        if form in ("dom_y", "dob"):
            if rng.random() < 0.5:
                b.lit(self.cap12("the "))
            s, f = f"{dw} of {mname}{sep}{yw}", "sp_dom_y" if form == "dom_y" else "sp_dob"
        elif form == "dom":
            s, f = f"{dw} of {mname}", "sp_dom"
        elif form == "md":
            s, f = rng.choice([f"{mname} the {dw}", f"{mname} {dw}"]), "sp_md"
        elif form == "md_us" and not self.state12.get("us"):  # month first, the British way
            s, f = f"{mname} {dw}{sep}{yw}", "sp_md_y"
        elif form in ("md_us", "dob_us"):  # month first, as trained in the States
            if rng.random() < 0.5:
                s = f"{mname} {dw}{sep}{yw}"
            else:
                s = f"{cardinal(when.month)}, {cardinal(when.day)}, {self.pair12(f'{when.year % 100:02d}')}"
            f = "sp_us_order"
        elif form in ("nth_of_nth", "dob_nth"):  # "the twelfth of the second"
            if rng.random() < 0.6:
                b.lit(self.cap12("the "))
            s = f"{dw} of the {ordinal_words(when.month)}"
            if form == "dob_nth" or rng.random() < 0.5:
                s += f"{sep}{self.year12(when.year)}"
            f = "sp_nth_of_nth"
        elif form == "weekday_dom":
            s, f = rng.choice([f"{wd} the {dw} of {mname}", f"{wd}, {dw} {mname}"]), "sp_weekday_dom"
        elif form == "month_year":
            s, f = f"{mname} {yw}", "sp_month_year"
        elif form == "yob":
            s, f = self.year12(when.year), "sp_birth_year"
        elif form == "shift":  # "nights on the fourteenth of February" (a shift's date)
            s, f = f"{dw} of {mname}", "sp_dom"
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        self.ent12(s, "DATE", f)

    def age_v12(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi) if kind else self.state12["age"]  # no kind: the interviewee
        if form == "band":  # "my late forties": a range, labelled like a decade
            part = ["early", "early", "early", "early", "mid", "mid-", "mid", "late", "late", "late"][n % 10]
            decade = TENS[max(2, min(9, n // 10))][:-1] + "ies"
            s = f"{part}{'' if part.endswith('-') else ' '}{decade}"
            self.ent12(s, "AGE", "sp_age_band")
            return
        if form == "next":
            n += 1
        elif form == "coming_up":  # "coming up sixty" when fifty-seven or more, else next year
            n = (n // 10 + 1) * 10 if n % 10 >= 7 else n + 1
        s = cardinal(n)
        self.ent12(s, "AGE", {"answer": "sp_answer", "words": "sp_words", "next": "sp_next",
                              "coming_up": "sp_coming_up", "atmist": "sp_atmist",
                              "year_old": "sp_year_old", "check": "sp_answer",
                              "booked": "sp_words"}[form])
