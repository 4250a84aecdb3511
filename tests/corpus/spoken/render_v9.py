"""Round 13's renderings: how ``heldout9``'s speakers and transcribers say and write identifiers
(the mixin ``V9`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v9`` (heldout9); every other set renders byte for byte
as before. Its words (labels, relay phrases, festivals, misheard words, dialling codes, the
pronoun of each participant) are its own data, in ``self.t.negatives`` under keys starting "_".

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
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
class DictationBuilder(Builder):
    """heldout9: a participant's answer typed by speech recognition that left its spoken
    commands in as words ("full stop", "comma", "question mark"). ``on`` False: typed text."""

    on: bool = False
    swaps: tuple[tuple[str, str], ...] = ()  # words the recogniser mishears (the set's data)

    def lit(self, s: str) -> None:
        if self.on:
            for heard, typed in self.swaps:
                s = re.sub(r"\b" + re.escape(heard) + r"\b", typed, s)
            s = s.replace("...", " dot dot dot")
            s = re.sub(r"\s*\?", " question mark", s)
            s = re.sub(r"\s*,", " comma", s)
            s = re.sub(r"\s*!", " exclamation mark", s)
            s = re.sub(r"(?<=\S)\.(?=\s|$)", " full stop", s)
            s = re.sub(r"^\.(?=\s|$)", " full stop", s)
        super().lit(s)

    def ent(self, s: str, type_: str, participant: str | None = None, form: str = "") -> None:
        on, self.on = self.on, False  # the span's own text is typed as it is given here
        if on:
            s = re.sub(r"\s+", " ", re.sub(r"\.\.\.\s*|\.\s+", " ", s).replace(",", " comma")).strip()
        super().ent(s, type_, participant, form)
        self.on = on


class V9:
    """``heldout9``'s own renderings, switched on by ``Habits.v9`` for that set alone."""

    def data9(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs9(self, key: str) -> dict[str, str]:
        return dict(entry.split("=>", 1) for entry in self.data9(key))

    def init_v9(self) -> None:
        """A document is a focus group (other voices, overlap marks), a written interview
        answered by dictation (the recogniser's commands left in), a telephone call relayed by
        a third person ("she says ..."), a recording transcribed in conversation-analysis
        notation ("(.)", "(0.6)", "=", "fi:ve") or a plain transcript."""
        rng = self.rng
        style = rng.choice(self.data9("styles"))
        self.state9["style"] = style
        ilabel, plabel = rng.choice(self.data9(f"labels_{style}")).split("=>", 1)
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", self.cast["self"].code or "P")
        me = self.cast["self"]
        self.state9["pro"] = self.pairs9("pronouns").get(f"{me.first} {me.sur}", "she")
        if style == "dictation":
            self.b = DictationBuilder(swaps=tuple(
                tuple(x.split("=>", 1)) for x in self.data9("misheard")))  # type: ignore[misc]
        if style == "relay":
            self.state9["relay_label"] = rng.choice(self.data9("relay_labels"))

    def dictating9(self) -> bool:
        return isinstance(self.b, DictationBuilder) and self.b.on

    def turn_v9(self, who: str, sentences: list[str]) -> None:
        rng, b, style = self.rng, self.b, self.state9["style"]
        if who == "N":  # a pasted document or a transcriber's note, no speaker label
            for line in sentences:
                self.render(line, opener=False)
            b.lit("\n\n")
            return
        if style == "group" and who == "P" and rng.random() < 0.2:
            b.lit(f"{rng.choice(self.data9('group_voices'))}: {rng.choice(self.data9('group_lines'))}\n\n")
        relay = style == "relay" and who == "P" and rng.random() < 0.75
        b.lit(f"{self.state9['relay_label'] if relay else (self.ilabel if who == 'I' else self.plabel)}: ")
        if style == "group" and rng.random() < 0.25:
            b.lit(rng.choice(self.data9("group_marks")) + " ")
        elif style == "ca" and rng.random() < 0.3:
            b.lit(rng.choice(["(.) ", "(0.8) ", "= ", "(1.4) "]))
        if relay:
            b.lit(rng.choice(self.data9("relay_opens")).replace("{Pro}", capitalise(self.state9["pro"]))
                  .replace("{pro}", self.state9["pro"]))
        self.state9["relaying"] = "yes" if relay else ""
        dictated = style == "dictation" and who == "P"
        if dictated:
            b.on = True  # type: ignore[attr-defined]
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            self.render(s, opener=(who == "P"))
        if dictated:
            b.lit(" " + rng.choice(self.data9("dictation_ends")))
            b.on = False  # type: ignore[attr-defined]
        if style == "ca" and rng.random() < 0.2:
            b.lit(" =")
        self.state9["relaying"] = ""
        b.lit("\n\n")

    def slot_v9(self, name: str, args: list[str]) -> bool:
        """Round 13's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v9(arg)
        elif name in ("NHS", "CHI", "GMC", "IMC", "AHPRA"):
            self.number_v9(name, arg)
        elif name == "POSTCODE":
            self.postcode_v9(arg)
        elif name == "ADDR":
            self.address_v9(arg)
        elif name == "EMAIL":
            self.email_v9(arg, args[1])
        elif name in ("SPELLED", "FIRSTSPELLED"):
            self.spelled_v9(arg, first=name == "FIRSTSPELLED")
        elif name == "DATE":
            self.date_v9(arg)
        elif name == "DAYONLY":
            day = rng.randint(1, 28)
            s = f"{day}{ordinal_suffix(day)}" if self.dictating9() or rng.random() < 0.2 else ordinal_words(day)
            b.ent(s, "DATE", None, "sp_dictated" if self.dictating9() else "sp_day_only")
        elif name == "AGE":
            self.age_v9(arg, args[1] if len(args) > 1 else None)
        elif name == "SCHOOLAGE":  # "in P5, so she's [nine]" / "in Year Ten, so he's [fifteen]"
            kid = rng.choice(["she's", "he's"])
            k = rng.randint(1, 7)
            if rng.random() < 0.5:
                b.lit(f"in P{k}, so {kid} ")
                n = k + rng.choice([4, 5])
            else:
                k += 4
                b.lit(f"in Year {cardinal(k).capitalize()}, so {kid} ")
                n = k + rng.choice([4, 5])
            self.age_ent9(cardinal(n), "sp_school", n)
        elif name == "NEG":  # a hard negative, capitalised when it opens a sentence
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    # ---- numbers
    def group9(self, g: str, zero: str) -> str:
        rng, h = self.rng, self.h
        if len(g) == 2 and g[0] != "0" and rng.random() < 0.15:
            return cardinal(int(g))
        if len(g) == 4 and g[0] != "0" and g[2] != "0" and rng.random() < 0.12:
            return f"{cardinal(int(g[:2]))} {cardinal(int(g[2:]))}"
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < h.p_triple:
                words.append(f"{rng.choice(h.triple_words)} {w}")
                i += 3
            elif run >= 2 and rng.random() < h.p_double:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def dictated_group9(self, g: str) -> str:
        """What a recogniser types for a group said aloud: numerals, but "double" and "triple"
        kept as words ("07 double 7 48")."""
        rng = self.rng
        if rng.random() < 0.5:
            return g
        toks: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            if run >= 3 and rng.random() < 0.6:
                toks.append(f"triple {d}")
                i += 3
            elif run >= 2 and rng.random() < 0.7:
                toks.append(f"double {d}")
                i += 2
            else:
                if toks and toks[-1].isdigit():
                    toks[-1] += d
                else:
                    toks.append(d)
                i += 1
        return " ".join(toks)

    def say9(self, digits: str, groups: list[int], base: str) -> tuple[str, str]:
        """A digit string said in ``groups``: some groups in words and some typed in digits
        ("four eight five, triple seven, 3456"), the separators said ("point", "dash"), a relay
        voice inside ("..., she says, ..."), CA pauses between groups ("(.)", "(0.6)") and a
        sound held ("fi:ve"); typed by a recogniser when dictated. Returns (text, form)."""
        rng, h = self.rng, self.h
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        style = self.state9["style"]
        zero = rng.choice(h.zero_words)
        if self.dictating9():
            said = [self.dictated_group9(g) for g in parts]
            out = said[0]
            for s in said[1:]:
                out += rng.choice([" ", " ", ", ", " dash "]) + s
            return out, "sp_dictated"
        p_digits = rng.choice([0.0, 0.0, 0.35, 0.5])
        said, n_digits = [], 0
        for g in parts:
            if rng.random() < p_digits:
                said.append(g)
                n_digits += 1
            else:
                said.append(self.group9(g, zero))
        mode = rng.choice(self.data9("sep_modes"))
        relay_at = (rng.randrange(1, len(said)) if self.state9.get("relaying") and len(said) > 1
                    and rng.random() < 0.6 else -1)
        ca = style == "ca" and rng.random() < 0.7
        out = said[0]
        for i, s in enumerate(said[1:], start=1):
            if i == relay_at:
                sep = rng.choice(self.data9("relay_inserts")).replace("{pro}", self.state9["pro"])
            elif ca:
                sep = " " + rng.choice(["(.)", "(.)", "(0.4)", "(0.7)", "(1.1)"]) + " "
            elif mode == "point":
                sep = " point "
            elif mode == "dash":
                sep = rng.choice([" dash ", " dash ", " hyphen "])
            else:
                sep = rng.choice(h.group_seps)
            out += sep + s
        held = False
        if style == "ca" and rng.random() < 0.35:
            m = re.search(r"\b(fi)(ve)\b|\b(ni)(ne)\b|\b(fo)(ur)\b|\b(thr)(ee)\b|\b(o)(h)\b", out)
            if m:
                a, z = [x for x in m.groups() if x is not None]
                out = out[:m.start()] + f"{a}:{z}" + out[m.end():]
                held = True
        if relay_at > 0:
            form = "sp_relayed"
        elif ca or held:
            form = "sp_pauses"
        elif mode in ("point", "dash") and len(said) > 1:
            form = "sp_point" if mode == "point" else "sp_dashes"
        elif n_digits == len(said):
            form = "sp_digits"
        elif n_digits:
            form = "sp_mixed"
        else:
            form = base
        return out, form

    def ent9(self, s: str, type_: str, form: str, code: str | None = None) -> None:
        self.b.ent(self.cap(s), type_, code, form)

    def phone_v9(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "abroad":
            form = rng.choice(["ie", "au", "in", "ng"])
        if form in ("typed", "typed_landline", "typed_abroad"):
            if form == "typed":
                d = "07" + rng.choice("4579") + f"{rng.randint(0, 10 ** 8 - 1):08d}"
                b.ent(f"{d[:5]} {d[5:]}", "PHONE", None, "mobile")
            elif form == "typed_landline":
                d = "028" + rng.choice("79") + f"{rng.randint(0, 10 ** 7 - 1):07d}"
                b.ent(f"{d[:3]} {d[3:7]} {d[7:]}", "PHONE", None, "landline")
            else:
                cc, d, groups = self.abroad9(rng.choice(["ie", "au", "in", "ng"]))
                parts, pos = [], 1
                for g in groups:
                    parts.append(d[pos:pos + g])
                    pos += g
                b.ent(f"+{cc} " + " ".join(parts), "PHONE", None, "abroad")
            return
        if form == "mobile":
            d = "07" + rng.choice("345789") + f"{rng.randint(0, 10 ** 8 - 1):08d}"
            s, f = self.say9(d, rng.choice([[5, 6], [5, 3, 3], [3, 4, 4], [4, 3, 4]]), "sp_mobile")
            self.ent9(s, "PHONE", f)
        elif form == "landline":
            d = "028" + rng.choice("7893") + f"{rng.randint(0, 10 ** 7 - 1):07d}"
            s, f = self.say9(d, rng.choice([[3, 4, 4], [3, 2, 3, 3], [3, 8]]), "sp_landline")
            self.ent9(s, "PHONE", f)
        else:
            cc, d, groups = self.abroad9(form)
            if rng.random() < 0.5:  # the national form, with its leading zero
                s, f = self.say9(d, [groups[0] + 1, *groups[1:]], "sp_abroad")
            else:
                lead = rng.choice(self.pairs9("intl_leads")[cc].split("/"))
                s, f = self.say9(d[1:], groups, "sp_abroad")
                s = f"{lead}{rng.choice([', ', ' ', '... '])}{s}"
            self.ent9(s, "PHONE", f if f != "sp_digits" else "sp_abroad")

    def abroad9(self, where: str) -> tuple[str, str, list[int]]:
        """(country code, national number with its 0, groups after the 0) for an Irish,
        Australian, Indian or Nigerian mobile."""
        rng = self.rng
        if where == "ie":
            return "353", "08" + rng.choice("35679") + f"{rng.randint(0, 10 ** 7 - 1):07d}", [2, 3, 4]
        if where == "au":
            return "61", "04" + f"{rng.randint(0, 10 ** 8 - 1):08d}", [3, 3, 3]
        if where == "in":
            return "91", "0" + rng.choice("9876") + f"{rng.randint(0, 10 ** 9 - 1):09d}", [5, 5]
        return "234", "0" + rng.choice(["80", "81", "70", "90"]) + f"{rng.randint(0, 10 ** 8 - 1):08d}", [3, 3, 4]

    def hcn9(self) -> str:
        """A Health and Care number (NI): ten digits from 320 to 399, modulus 11."""
        while True:
            nine = str(self.rng.randint(320, 399)) + f"{self.rng.randint(0, 10 ** 6 - 1):06d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def number_v9(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        if kind == "NHS":
            hcn = form in ("hcn", "typed_hcn") or (form == "spoken" and rng.random() < 0.6)
            d = self.hcn9() if hcn else self.nhs_digits()
            if form.startswith("typed"):
                b.ent(f"{d[:3]} {d[3:6]} {d[6:]}", "NHS_NUMBER", None, "nhs")
                return
            s, f = self.say9(d, rng.choice([[3, 3, 4], [3, 3, 4], [3, 3, 2, 2], [4, 3, 3]]),
                             "sp_hcn" if hcn else "sp_nhs")
            self.ent9(s, "NHS_NUMBER", f)
        elif kind == "CHI":
            d = self.chi_digits()
            s, f = self.say9(d, rng.choice([[6, 4], [2, 2, 2, 4]]), "sp_chi")
            self.ent9(s, "NHS_NUMBER", f)
        elif kind == "GMC":
            d = f"{rng.randint(3, 7)}{rng.randint(0, 999999):06d}"
            if form == "typed":
                b.ent(d, "GMC_NUMBER", None, "gmc")
                return
            s, f = self.say9(d, rng.choice([[7], [3, 4], [1, 3, 3], [4, 3]]), "sp_gmc")
            self.ent9(s, "GMC_NUMBER", f)
        elif kind == "IMC":  # the Irish Medical Council's registration number, six digits
            d = f"{rng.randint(2, 4)}{rng.randint(0, 99999):05d}"
            s, f = self.say9(d, rng.choice([[6], [3, 3], [2, 2, 2]]), "sp_imc")
            self.ent9(s, "GMC_NUMBER", f)
        else:  # AHPRA: three letters and ten digits, "MED0001234567"
            d = "000" + f"{rng.randint(1, 2)}{rng.randint(0, 999999):06d}"
            if form == "typed":
                b.ent(f"MED{d}", "GMC_NUMBER", None, "ahpra")
                return
            letters = rng.choice(["M E D", "M-E-D", "M, E, D", "med"])
            s, f = self.say9(d, rng.choice([[3, 4, 3], [4, 3, 3], [3, 3, 4]]), "sp_ahpra")
            self.ent9(f"{letters}{rng.choice([', ', ' ', '... '])}{s}", "GMC_NUMBER",
                      f if f in ("sp_relayed", "sp_dictated", "sp_pauses") else "sp_ahpra")

    # ---- postcodes, addresses, e-mails, spellings
    def char9(self, c: str) -> str:
        if c.isdigit():
            return self.rng.choice(["zero", "oh"]) if c == "0" else UNITS[int(c)]
        return c

    def postcode_v9(self, form: str) -> None:
        rng, b = self.rng, self.b
        eir = form in ("eircode", "typed_eircode")
        outs = [o for o in self.pools.postcode_outward if o.startswith("BT") != eir]
        out = rng.choice(outs)
        if eir:
            inward = "".join(rng.choice("ACDEFHKNPRTVWXY") if rng.random() < 0.5 else
                             str(rng.randint(0, 9)) for _ in range(4))
        else:
            inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form.startswith("typed"):
            b.ent(f"{out} {inward}", "POSTCODE", None, "eircode" if eir else "postcode")
            return
        letters = "".join(c for c in out if c.isalpha())
        num = out[len(letters):]
        if self.dictating9():
            s = f"{out}{rng.choice([' ', ', '])}{inward}" if rng.random() < 0.5 else \
                f"{' '.join(letters)} {num} {' '.join(inward)}"
            b.ent(s, "POSTCODE", None, "sp_dictated")
            return
        say_l = rng.choice([" ", "-", ""]).join(letters) if len(letters) > 1 else letters
        say_n = cardinal(int(num)) if len(num) == 2 and num[0] != "0" and rng.random() < 0.4 else \
            " ".join(self.char9(c) for c in num)
        sep = rng.choice([", ", " ", "... ", ", em, "])
        if self.state9.get("relaying") and rng.random() < 0.5:
            sep = rng.choice(self.data9("relay_inserts")).replace("{pro}", self.state9["pro"])
            fm = "sp_relayed"
        else:
            fm = "sp_eircode" if eir else "sp_postcode"
        tail = rng.choice([" ", ", "]).join(self.char9(c) for c in inward) if eir else \
            f"{self.char9(inward[0])} {rng.choice([' ', ''])}".rstrip() + " " + \
            rng.choice([" ", "", "-"]).join(inward[1:])
        b.ent(f"{say_l} {say_n}{sep}{tail}", "POSTCODE", None, fm)

    def address_v9(self, form: str) -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 30), rng.randint(1, 120), rng.randint(101, 199)])
        if form == "typed":
            b.ent(f"{n} {street}", "LOCATION", None, "address")
            return
        if self.dictating9():
            b.ent(f"{n}{rng.choice([' ', ', '])}{street}", "LOCATION", None, "sp_dictated")
            return
        said = cardinal(n, hundred_a=rng.random() < 0.5) if n < 100 or rng.random() < 0.5 else \
            " ".join(self.char9(c) for c in str(n))
        if rng.random() < 0.2:
            said = f"apartment {cardinal(rng.randint(1, 12))}, {said}"
        self.ent9(f"{said}{rng.choice([' ', ', '])}{street}", "LOCATION", "sp_address")

    @staticmethod
    def plain9(s: str) -> str:
        s = unicodedata.normalize("NFD", s)
        return "".join(c for c in s if c.isalnum()).lower()

    def email_v9(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast.get(who) or self.cast["self"]
        if who in self.cast and p.email:
            addr, code = p.email, p.code
        else:
            code = p.code if who == "self_other" else None
            first, sur = self.plain9(p.first), self.plain9(p.sur)
            nn = rng.choice([str(rng.randint(60, 99)), str(rng.randint(1965, 1999)), str(rng.randint(1, 9)),
                             f"{rng.randint(0, 30):02d}"])
            local = rng.choice([f"{first}.{sur}{nn}", f"{first[0]}{sur}{nn}", f"{sur}_{first}{nn}",
                                f"{first}-{sur}", f"dr.{sur}{nn}"])
            addr = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            b.ent(addr, "EMAIL", code, "typed")
            return
        local, domain = addr.split("@")
        said_dom = self.pairs9("domain_said")
        dictated = self.dictating9()
        toks: list[str] = []
        for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
            if piece in "._-":
                toks.append({".": "dot", "_": "underscore", "-": rng.choice(["dash", "hyphen"])}[piece])
            elif piece.isdigit():
                if dictated:
                    toks.append(piece)
                elif len(piece) == 4 and rng.random() < 0.6:
                    toks.append(f"{cardinal(int(piece[:2]))} {cardinal(int(piece[2:]))}")
                elif len(piece) == 2 and piece[0] != "0" and rng.random() < 0.6:
                    toks.append(cardinal(int(piece)))
                else:
                    toks.append(" ".join(self.char9(c) for c in piece))
            else:
                toks.append(piece)
        dom = " dot ".join(said_dom.get(x, x) for x in domain.split("."))
        s = f"{' '.join(toks)} {rng.choice(['at', 'at', 'at sign'])} {dom}"
        b.ent(s, "EMAIL", code, "sp_email_num" if re.search(r"\d", local) else "sp_email")

    def spelled_v9(self, who: str, first: bool) -> None:
        """A name spelled letter by letter: a fada said after its letter ("A fada", "O with a
        fada"), "space" between the parts of an Irish surname, "double" for a pair."""
        rng = self.rng
        p = self.cast[who]
        name = p.first if first else p.sur
        sep = rng.choice(["-", " ", ", ", ". "])
        fada = rng.choice(["fada", "with a fada", "fada"])
        toks: list[str] = []
        chars = list(name)
        i = 0
        while i < len(chars):
            c = chars[i]
            base = unicodedata.normalize("NFD", c)[0].upper()
            if c == " ":
                toks.append("space")
            elif c == "'":
                toks.append("apostrophe")
            elif base != c.upper():
                toks.append(f"{base} {fada}")
            elif i + 1 < len(chars) and chars[i + 1].upper() == c.upper() and rng.random() < 0.5:
                toks.append(f"double {base}")
                i += 1
            else:
                toks.append(base)
            i += 1
        form = "sp_spelled_first" if first else "sp_spelled"
        self.b.ent(sep.join(toks), "PERSON", p.code, form)

    # ---- dates and ages
    def year9(self, y: int) -> str:
        rng = self.rng
        if self.dictating9():
            return str(y)
        if y < 1910:
            return rng.choice([f"nineteen-oh-{UNITS[y - 1900]}", f"nineteen oh {UNITS[y - 1900]}",
                               f"nineteen hundred and {UNITS[y - 1900]}"])
        if y < 2000:
            return f"nineteen {cardinal(y - 1900)}"
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"twenty oh {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000)}", f"twenty-{cardinal(y - 2000)}",
                           f"two thousand and {cardinal(y - 2000)}"])

    def day9(self, d: int) -> str:
        return f"{d}{ordinal_suffix(d)}" if self.dictating9() else ordinal_words(d)

    def date_v9(self, form: str) -> None:
        rng, b = self.rng, self.b
        when = datetime.date(rng.randint(2004, 2024), rng.randint(1, 12), rng.randint(1, 28))
        if form in ("dob", "dob_digits", "dob_mixed", "roman", "dob_typed"):
            when = datetime.date(rng.randint(1961, 1996), when.month, when.day)
        if form == "old":
            when = datetime.date(rng.randint(1900, 1909), when.month, when.day)
        mname, wd = MONTHS[when.month - 1], WEEKDAYS[when.weekday()]
        dw, yw = self.day9(when.day), self.year9(when.year)
        sep = rng.choice([", ", " ", ", "])
        if form == "typed":
            b.ent(f"{when.day} {mname} {when.year}", "DATE", None, "dmy")
            return
        if form == "roman":
            roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][when.month - 1]
            b.ent(rng.choice([f"{when.day:02d}.{roman}.{when.year}", f"{when.day} {roman} {when.year}"]),
                  "DATE", None, "roman_month")
            return
        if form in ("festival", "birthday_rel", "festival_bare"):
            fest = rng.choice(self.data9("festivals")).split("=>", 1)[0]
            rel = rng.choice(self.data9("festival_rel"))
            if form == "festival_bare":
                if fest.startswith("the "):
                    b.lit("the ")
                    fest = fest[4:]
                s, f = f"{fest}{sep}{self.year9(rng.randint(1998, 2023))}", "sp_festival"
            else:
                if rel.startswith("the "):
                    b.lit("the ")
                    rel = rel[4:]
                s = f"{rel} {fest}"
                f = "sp_birthday_rel"
                if form == "festival":
                    s, f = f"{s}{sep}{self.year9(rng.randint(1998, 2023))}", "sp_festival"
        elif form == "old":
            if rng.random() < 0.4:
                b.lit("the ")
            s, f = f"{dw} of {mname}{sep}{yw}", "sp_nineteen_oh"
        elif form == "old_year":
            s, f = self.year9(rng.randint(1900, 1909)), "sp_nineteen_oh"
        elif form in ("year_short", "year_short_adult"):  # "born in twenty-three", "in eighty-seven"
            y = rng.choice([rng.randint(2001, 2009), rng.randint(2010, 2023)]) if form == "year_short" \
                else rng.randint(1962, 1996)
            s = (f"oh-{UNITS[y % 10]}" if y < 2010 else cardinal(y % 100)) if not self.dictating9() else f"'{y % 100:02d}"
            f = "sp_year_short"
        elif form == "dom_y":
            if rng.random() < 0.5:
                b.lit("the ")
            s, f = f"{dw} of {mname}{sep}{yw}", "sp_dom_y"
        elif form == "dom":
            s, f = f"{dw} of {mname}", "sp_dom"
        elif form == "md_y":
            s, f = f"{mname} the {dw}{sep}{yw}", "sp_md_y"
        elif form == "weekday_dom":
            s, f = f"{wd} the {dw} of {mname}", "sp_weekday_dom"
        elif form == "month_year":
            s, f = f"{mname} {yw}", "sp_month_year"
        elif form == "dob":
            s, f = f"{dw} of {mname}{sep}{yw}", "sp_dob"
        elif form == "dob_mixed":  # "the 22nd of August, eighty-seven"
            s, f = f"{when.day}{ordinal_suffix(when.day)} of {mname}{sep}{cardinal(when.year % 100)}", "sp_dob_mixed"
        elif form == "dob_digits":
            s, f = self.say9(f"{when.day:02d}{when.month:02d}{when.year % 100:02d}", [2, 2, 2], "sp_dob_digits")
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        if self.dictating9() and f not in ("sp_year_short",):
            f = "sp_dictated"
        self.ent9(s, "DATE", f)

    def age_ent9(self, s: str, form: str, n: int | None = None) -> None:
        if self.dictating9():
            s, form = (str(n) if n is not None else s), "sp_dictated"
        self.ent9(s, "AGE", form)

    def age_v9(self, form: str, kind: str | None) -> None:
        rng = self.rng
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        if form == "rising":
            n = rng.choice([4, 5, 5, 11])
        if form == "and_twenty":
            s = f"{UNITS[rng.randint(1, 9)]}{rng.choice(['-and-', ' and '])}twenty"
            self.ent9(s, "AGE", "sp_and_twenty")
            return
        if form == "roman":
            s = rng.choice(["XXX", "XL", "L", "LX", "XXV", "LXX"])
            self.b.ent(s, "AGE", None, "sp_roman")
            return
        if form == "decade":
            self.ent9(TENS[max(2, n // 10)][:-1] + "ies", "AGE", "sp_decade")
            return
        if form == "question":
            n = rng.choice([30, 40, 50, 60, 45, 35])
        s = cardinal(n) if rng.random() < 0.9 else str(n)
        self.age_ent9(s, {"answer": "sp_answer", "words": "sp_words", "question": "sp_question",
                          "event": "sp_event", "rising": "sp_rising", "rip": "sp_rip",
                          "come": "sp_come"}[form], n)
