"""Round 15's renderings: how ``heldout11``'s speakers and transcribers say and write identifiers
(the mixin ``V11`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v11`` (heldout11); every other set renders byte for byte
as before. Its words (labels, cut-ins, voices, mishearings, holidays, exchanges, seasons) are
its own data, in ``self.t.negatives`` under keys starting "_".

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    TENS,
    UNITS,
    WEEKDAYS,
    Builder,
    cardinal,
    ordinal_suffix,
    ordinal_words,
)

_ASR_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ASR_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ASR_UNITS = "one|two|three|four|five|six|seven|eight|nine"


def asr_numerals(s: str) -> str:
    """heldout11: what a recogniser does to a number said in words ("thirty-two beds" -> "32
    beds"); one to nine stay words, as most recognisers leave them."""
    def tens(m: re.Match[str]) -> str:
        n = TENS.index(m.group(1)) * 10
        return str(n + (UNITS.index(m.group(2)) if m.group(2) else 0))
    s = re.sub(rf"\b({_ASR_TENS})(?:[- ]({_ASR_UNITS}))?\b", tens, s)
    return re.sub(rf"\b({_ASR_TEENS})\b", lambda m: str(UNITS.index(m.group(1))), s)


@dataclass
class AsrBuilder(Builder):
    """heldout11: raw speech-recognition output nobody corrected: lower case, no punctuation, no
    speaker labels, numbers as numerals, a time range before every line of about a dozen words.
    The recogniser's mishearings (``swaps``) are the set's data; spans are given as heard."""

    swaps: tuple[tuple[str, str], ...] = ()
    seed: str = ""
    clock: float = 0.0
    on_line: int = 0
    width: int = 12
    fresh: bool = True

    def __post_init__(self) -> None:
        self.r = random.Random(self.seed)
        self.clock = self.r.uniform(30.0, 600.0)

    def stamp(self) -> None:
        def ts(t: float) -> str:
            return f"{int(t) // 60:02d}:{t % 60:06.3f}"
        start = self.clock + self.r.uniform(0.0, 1.2)
        self.clock = start + self.r.uniform(2.5, 7.5)
        Builder.lit(self, f"[{ts(start)} --> {ts(self.clock)}]  ")
        self.on_line = 0
        self.width = self.r.randint(9, 15)
        self.fresh = True

    @staticmethod
    def heard(s: str) -> str:
        s = re.sub(r"\[[^\]]*\]\s*", "", s)
        s = re.sub(r"[.,?!;:\"“”()—…]", " ", s.replace("...", " "))
        s = re.sub(r"(?<=\w)-(?=\w)", " ", s).replace(" -- ", " ").replace(" - ", " ")
        return re.sub(r"[ \t]+", " ", s.lower())

    def lit(self, s: str) -> None:
        for said, typed in self.swaps:
            s = re.sub(r"\b" + re.escape(said) + r"\b", typed, s)
        s = self.heard(asr_numerals(s))
        if s.startswith("\n") and self.parts and self.parts[-1].endswith(" "):
            kept = self.parts[-1].rstrip(" ")  # a lit part: no span ends in a space
            self.length -= len(self.parts[-1]) - len(kept)
            self.parts[-1] = kept
        out = ""
        for tok in re.split(r"( )", s):
            if tok == " " and (self.fresh or out.endswith(" ")
                               or (not out and self.parts and self.parts[-1].endswith(" "))):
                continue
            if tok == " " and self.on_line >= self.width:
                super().lit(out.rstrip(" ") + "\n")
                out = ""
                self.stamp()
                continue
            if tok and tok != " ":
                self.on_line += 1
                self.fresh = False
            out += tok
        super().lit(out)

    def ent(self, s: str, type_: str, participant: str | None = None, form: str = "") -> None:
        if not form.startswith("sp_") and type_ in ("PERSON", "LOCATION", "HOSPITAL"):
            s, form = self.heard(s).strip(), "asr_" + form
        s = s.lower()
        assert s and s == s.strip(), repr(s)
        self.spans.append({"start": self.length, "end": self.length + len(s), "type": type_,
                           "participant": participant, "form": form})
        Builder.lit(self, s)  # the span's text as given: not heard again
        self.on_line += len(s.split())
        self.fresh = False


class V11:
    """``heldout11``'s own renderings, switched on by ``Habits.v11`` for that set alone."""

    def data11(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def init_v11(self) -> None:
        """A document is an oral-history interview (two interviewers, one cutting in), a plain
        sit-down interview with a Glaswegian or Scouse voice, or raw speech-recognition output
        nobody corrected (``AsrBuilder``: no labels, a time range on every line)."""
        rng = self.rng
        style = rng.choice(self.data11("styles"))
        self.state11["style"] = style
        ilabel, jlabel, plabel = rng.choice(self.data11(f"labels_{style}")).split("=>")
        self.ilabel, self.plabel = ilabel, plabel.replace("{code}", self.cast["self"].code or "P")
        self.state11["jlabel"] = jlabel
        self.state11["voice"] = rng.choice(self.data11("voices"))
        if style == "asr":
            self.b = AsrBuilder(swaps=tuple(tuple(x.split("=>", 1)) for x in self.data11("mishears")),  # type: ignore[misc]
                                seed=f"{rng.random()}")

    def asr11(self) -> bool:
        return isinstance(self.b, AsrBuilder)

    def turn_v11(self, who: str, sentences: list[str]) -> None:
        rng, b = self.rng, self.b
        if isinstance(b, AsrBuilder):
            b.stamp()
        else:
            label = {"I": self.ilabel, "J": str(self.state11["jlabel"])}.get(who, self.plabel)
            b.lit(f"{label}: ")
            if who == "J" and rng.random() < 0.4:
                b.lit(rng.choice(self.data11("cutins")) + " ")
        voice = str(self.state11["voice"])
        for i, s in enumerate(sentences):
            if i:
                b.lit(" ")
            if who == "P" and f"_openers_{voice}" in self.t.negatives and rng.random() < 0.3:
                b.lit(rng.choice(self.data11(f"openers_{voice}")) + " ")
                first = s.split(" ", 1)[0]
                if first not in ("I", "I'm", "I'd", "I've", "I'll") and s[:1].isupper():
                    s = s[0].lower() + s[1:]
                self.render(s, opener=False)
            else:
                self.render(s, opener=(who == "P"))
        b.lit("\n\n")

    def slot_v11(self, name: str, args: list[str]) -> bool:
        """Round 15's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v11(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v11(name, arg)
        elif name == "POSTCODE":
            self.postcode_v11(arg)
        elif name == "ADDR":
            self.address_v11(arg)
        elif name == "ENVELOPE":
            self.envelope_v11(arg)
        elif name == "EMAIL":
            self.email_v11(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v11(arg)
        elif name == "DATE":
            self.date_v11(arg)
        elif name == "DOB":
            self.dob_v11(arg)
        elif name == "DAYONLY":
            d = rng.randint(1, 28)
            b.ent(f"{d}{ordinal_suffix(d)}" if self.asr11() else ordinal_words(d), "DATE", None,
                  "sp_day_only")
        elif name == "AGE":
            self.age_v11(arg, args[1] if len(args) > 1 else None)
        elif name == "BACK":
            self.back11()
        elif name == "FIX":
            self.fix11()
        elif name == "NEG":
            b.lit(self.cap(rng.choice(self.t.negatives[arg])))
        else:
            return False
        return True

    # ---- numbers
    def group11(self, g: str, zero: str) -> list[str]:
        """A group said digit by digit with double/treble; one word per said token."""
        rng = self.rng
        words: list[str] = []
        i = 0
        while i < len(g):
            d = g[i]
            run = len(g) - i - len(g[i:].lstrip(d))
            w = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < self.h.p_triple:
                words.append(f"{rng.choice(self.h.triple_words)} {w}")
                i += 3
            elif run >= 2 and rng.random() < self.h.p_double:
                words.append(f"double{rng.choice(self.h.joiners)}{w}")
                i += 2
            else:
                words.append(w)
                i += 1
        return words

    def asr_digits11(self, digits: str, groups: list[int]) -> str:
        """What the recogniser typed for a number said aloud: spaced digits, its own grouping,
        "o" for an "oh" it took for the letter, "double" left in."""
        rng = self.rng
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        mode = rng.choice(["spaced", "spaced", "grouped", "letter_o", "double"])
        if mode == "grouped":
            return " ".join(parts)
        out = []
        for part in parts:
            toks = list(part)
            if mode == "letter_o":
                toks = ["o" if t == "0" else t for t in toks]
            if mode == "double":
                j = next((k for k in range(len(toks) - 1) if toks[k] == toks[k + 1]), None)
                if j is not None:
                    toks[j:j + 2] = [f"double {toks[j]}"]
            out.append(" ".join(toks))
        return " ".join(out)

    def say11(self, digits: str, groups: list[int], base: str, type_: str) -> None:
        """A number said aloud (or as the recogniser typed it); remembers its last group for a
        listener's read-back."""
        rng, b = self.rng, self.b
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        zero = rng.choice(self.h.zero_words)
        self.state11["last"] = (type_, parts[-1], zero)
        if self.asr11():
            b.ent(self.asr_digits11(digits, groups), type_, None, "sp_asr")
            return
        said = [" ".join(self.group11(p, zero)) for p in parts]
        out = said[0]
        for s in said[1:]:
            out += rng.choice(self.h.group_seps) + s
        b.ent(self.cap(out), type_, None, base)

    def back11(self) -> None:
        """The listener reads the last group back with one digit wrong ("seven one?")."""
        rng = self.rng
        type_, last, zero = self.state11["last"]  # type: ignore[misc]
        if type_ in ("AGE", "DATE"):
            n = int(last)
            wrong = n + rng.choice([-2, -1, 1, 2])
            self.state11["wrong"] = str(wrong)
            s = str(wrong) if self.asr11() else cardinal(wrong)
            self.b.ent(self.cap(s), type_, None, "sp_readback")
            return
        k = rng.randrange(len(last))
        wrong = last[:k] + str((int(last[k]) + rng.randint(1, 9)) % 10) + last[k + 1:]
        self.state11["wrong"] = str(k)
        s = " ".join(wrong) if self.asr11() else " ".join(
            zero if c == "0" else UNITS[int(c)] for c in wrong)
        self.b.ent(self.cap(s), type_, None, "sp_readback")

    def fix11(self) -> None:
        """The speaker puts it right, stressing what was misheard ("seven NINE")."""
        type_, last, zero = self.state11["last"]  # type: ignore[misc]
        if type_ in ("AGE", "DATE"):
            words = cardinal(int(last))
            cut = max(words.rfind("-"), words.rfind(" "))
            words = words[:cut + 1] + words[cut + 1:].upper()
            self.b.ent(str(last) if self.asr11() else words, type_, None, "sp_corrected")
            return
        k = int(str(self.state11["wrong"]))
        toks = [zero if c == "0" else UNITS[int(c)] for c in last]
        toks[k] = toks[k].upper()
        self.b.ent(" ".join(last) if self.asr11() else " ".join(toks), type_, None,
                   "sp_corrected")

    def mobile11(self) -> str:
        return "07" + self.rng.choice("4579") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v11(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "typed":
            d = self.mobile11()
            b.ent(rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]}-{d[5:]}", d]), "PHONE", None, "mobile")
            return
        area = rng.choice(self.data11("areas"))
        local = f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (10 - len(area)) - 1):0{10 - len(area)}d}"
        if form == "typed_landline":
            b.ent(rng.choice([f"{area} {local[:3]} {local[3:]}", f"({area}) {local}"]), "PHONE",
                  None, "landline")
        elif form == "exchange":  # the old exchange's name and four or five figures
            exch = rng.choice(self.pools.towns)
            d = f"{rng.randint(1, 9)}{rng.randint(0, 999):03d}"
            self.state11["last"] = ("PHONE", d, "oh")
            if self.asr11():
                b.ent(f"{exch.lower()} {d}", "PHONE", None, "sp_asr")
                return
            said = rng.choice([" ".join(self.group11(d, "oh")),
                               f"{cardinal(int(d[:2]))} {cardinal(int(d[2:])) if d[2] != '0' else 'oh ' + UNITS[int(d[3])]}"])
            b.ent(f"{exch} {said}", "PHONE", None, "sp_exchange")
        elif form == "landline":
            self.say11(area + local, [len(area), 3, len(local) - 3], "sp_landline", "PHONE")
        else:
            self.say11(self.mobile11(), rng.choice([[5, 6], [5, 3, 3], [4, 3, 4]]), "sp_mobile",
                       "PHONE")

    def number_v11(self, kind: str, form: str) -> None:
        rng = self.rng
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        if kind == "GMC":  # a retired doctor's old registration: a leading nought or one
            d = rng.choice("0112") + f"{rng.randint(0, 999999):06d}"
        elif kind == "CHI":
            d = self.chi_digits()
        else:
            d = self.nhs_digits()
        if form == "typed":
            if kind == "GMC":
                self.b.ent(d, type_, None, "gmc")
            else:
                self.b.ent(rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]), type_, None, kind.lower())
            return
        groups = {"NHS": [3, 3, 4], "CHI": rng.choice([[6, 4], [2, 2, 2, 4]]),
                  "GMC": rng.choice([[7], [3, 4], [1, 3, 3]])}[kind]
        self.say11(d, groups, f"sp_{kind.lower()}", type_)

    # ---- postcodes, addresses, envelopes
    def postcode_parts11(self) -> tuple[str, str]:
        rng = self.rng
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(0, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        return outward, inward

    def postcode_v11(self, form: str, out_form: str = "") -> None:
        rng, b = self.rng, self.b
        outward, inward = self.postcode_parts11()
        if form == "district":  # an old postal district: "the L eighteen district"
            outward = rng.choice([o for o in self.pools.postcode_outward if o.startswith("L")])
        if form == "typed":
            b.ent(rng.choice([f"{outward} {inward}", f"{outward}{inward}"]), "POSTCODE", None,
                  "postcode")
            return
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        if self.asr11():
            b.ent(rng.choice([f"{outward} {inward}".lower(), f"{letters} {num} {inward[0]} {inward[1]} {inward[2]}".lower()]),
                  "POSTCODE", None, "sp_asr")
            return
        said_num = cardinal(int(num)) if len(num) == 2 and rng.random() < 0.7 else \
            " ".join(UNITS[int(c)] for c in num)
        if form == "district":
            b.ent(f"{' '.join(letters)} {said_num}", "POSTCODE", None, "sp_postal_district")
            return
        said_in = f"{UNITS[int(inward[0])]} {inward[1]} {inward[2]}"
        b.ent(self.cap(f"{' '.join(letters)} {said_num}{rng.choice([', ', ' ', ' ... '])}{said_in}"),
              "POSTCODE", None, out_form or "sp_postcode")

    def address_v11(self, form: str, out_form: str = "") -> None:
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.randint(2, 190)
        fl, at = rng.randint(0, 3), rng.randint(1, 3)
        if form == "typed":
            b.ent(rng.choice([f"{n} {street}", f"{fl}/{at}, {n} {street}"]), "LOCATION", None,
                  "address")
            return
        if self.asr11():
            s = rng.choice([f"{n} {street}", f"flat {fl} {at} {n} {street}"])
            b.ent(s, "LOCATION", None, "sp_asr")
            return
        r = rng.random()
        if r < 0.35:  # a Glasgow tenement flat: floor stroke door
            s = f"{rng.choice(['flat ', ''])}{UNITS[fl]} stroke {UNITS[at]}, {cardinal(n)} {street}"
            f = "sp_flat_stroke"
        elif r < 0.55:
            s = f"{' '.join(UNITS[int(c)] for c in str(n))} {street}"
            f = "sp_address"
        else:
            s = f"{rng.choice(['number ', ''])}{cardinal(n)}{rng.choice([', ', ' '])}{street}"
            f = "sp_address"
        b.ent(self.cap(s), "LOCATION", None, out_form or f)

    def envelope_v11(self, who: str) -> None:
        """An address read off an envelope or a letter, line by line, the name first."""
        rng, b = self.rng, self.b
        p = self.cast[who]
        b.lit(rng.choice(["Doctor ", "Dr ", "Mrs ", ""]))
        if rng.random() < 0.6:
            b.ent(f"{p.first[0]} {p.sur}", "PERSON", p.code, "initial")
        else:
            b.ent(f"{p.first} {p.sur}", "PERSON", p.code, "full")
        b.lit(rng.choice([", ", ", then ", ". Then "]))
        self.address_v11("spoken", "sp_envelope")
        b.lit(rng.choice([", ", ", then ", ", new line, "]))
        b.ent(rng.choice(self.pools.towns), "LOCATION", None, "town")
        b.lit(rng.choice([", ", ", and then ", ", and the postcode, "]))
        self.postcode_v11("spoken", "sp_envelope")

    # ---- e-mails and spellings
    def letters11(self, word: str) -> str:
        """A name spelled as this set's speakers do: "K, I, double N, E, A, R"."""
        rng = self.rng
        sep = rng.choice([", ", " ", "-", " - "])
        out: list[str] = []
        i = 0
        w = word.replace("'", "").replace("-", "")
        while i < len(w):
            c = w[i]
            if i + 1 < len(w) and w[i + 1].lower() == c.lower() and rng.random() < 0.8:
                out.append(f"double {c.upper()}")
                i += 2
                continue
            if c.isupper() and (i or rng.random() < 0.3):
                out.append(f"capital {c}")
            else:
                out.append(c.upper())
            i += 1
        return sep.join(out)

    def spelled_v11(self, who: str) -> None:
        p = self.cast[who]
        if self.asr11():
            self.b.ent(" ".join(p.sur.lower().replace("'", "")), "PERSON", p.code, "sp_spelled")
            return
        self.b.ent(self.letters11(p.sur), "PERSON", p.code, "sp_spelled")

    def email_v11(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast[who.replace("_other", "")]
        if p.email and "_other" not in who:
            local, domain = p.email.split("@", 1)
        else:
            local = rng.choice([f"{p.first}.{p.sur}", f"{p.first[0]}-{p.sur}", f"{p.sur}{rng.randint(40, 79)}"]).lower()
            local = local.replace("'", "").replace(" ", "")
            domain = rng.choice(self.pools.email_domains)
        if form == "typed":
            b.ent(f"{local}@{domain}", "EMAIL", p.code, "email")
            return
        dot = rng.choice(["full stop", "dot", "full stop"])

        def said(s: str) -> str:
            s = s.replace(".", f" {dot} ").replace("-", " dash ").replace("_", " underscore ")
            s = re.sub(r"\d+", lambda m: " ".join(UNITS[int(c)] for c in m.group()), s)
            return re.sub(r"\s+", " ", s).strip()
        at = rng.choice(self.h.at_words)
        if self.asr11():  # the recogniser typed what it heard, numbers as numerals
            s = local.replace(".", f" {dot} ").replace("-", " dash ")
            b.ent(re.sub(r"\s+", " ", f"{s} at {domain.replace('.', ' dot ')}").strip(), "EMAIL",
                  p.code, "sp_asr")
            return
        if form == "spelled":  # the surname inside spelled letter by letter
            sur = p.sur.lower().replace("'", "")
            if sur in local:
                head, tail = local.split(sur, 1)
                s = (said(head) + " " if head else "") + self.letters11(p.sur).lower() + \
                    (" " + said(tail) if tail else "")
                b.ent(f"{s.strip()} {at} {said(domain)}", "EMAIL", p.code, "sp_email_spelled")
                return
        b.ent(f"{said(local)} {at} {said(domain)}", "EMAIL", p.code, "sp_email")

    # ---- dates and ages
    def yy11(self, y: int, full: bool = False) -> str:
        """A year as a retired doctor says it: "seventy-nine", "nineteen seventy-nine",
        "two thousand and nine"."""
        if y >= 2000:
            return cardinal(y) if y < 2010 or self.rng.random() < 0.5 else \
                f"twenty {cardinal(y % 100)}"
        tail = cardinal(y % 100) if y % 100 >= 10 else f"oh {UNITS[y % 100]}"
        return f"nineteen {tail}" if full or self.rng.random() < 0.5 else tail

    def date_v11(self, form: str) -> None:
        rng, b = self.rng, self.b
        y = rng.randint(1958, 1999) if rng.random() < 0.7 else rng.randint(2000, 2012)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        asr = self.asr11()
        self.state11["last"] = ("DATE", str(y % 100 if y < 2000 else y), "")
        if form == "season":
            season = rng.choice(self.data11("seasons"))
            yy = y % 100 if y < 2000 else y
            s = f"{season} of {yy:02d}" if asr else f"{season} of {self.yy11(y)}"
            b.ent(s, "DATE", None, "sp_asr" if asr else "sp_season_year")
        elif form == "of_the":  # "the third of the fourth, seventy-nine"
            s = (f"{d}{ordinal_suffix(d)} of the {m}{ordinal_suffix(m)} {y % 100:02d}" if asr else
                 f"{ordinal_words(d)} of the {ordinal_words(m)}, {self.yy11(y)}")
            b.ent(s, "DATE", None, "sp_asr" if asr else "sp_of_the")
        elif form == "thousand_and":
            y = rng.randint(2000, 2009)
            self.state11["last"] = ("DATE", str(y), "")
            s = (f"{d}{ordinal_suffix(d)} of {MONTHS[m - 1].lower()} {y}" if asr else
                 f"{ordinal_words(d)} of {MONTHS[m - 1]}, {cardinal(y)}")
            b.ent(s, "DATE", None, "sp_asr" if asr else "sp_thousand_and")
        elif form == "month_yy":
            s = (f"{MONTHS[m - 1].lower()} {y}" if asr else f"{MONTHS[m - 1]} {self.yy11(y)}")
            b.ent(self.cap(s), "DATE", None, "sp_asr" if asr else "sp_month_year")
        elif form == "dom_y":
            s = (f"{d}{ordinal_suffix(d)} of {MONTHS[m - 1].lower()} {y}" if asr else
                 f"{ordinal_words(d)} of {MONTHS[m - 1]} {self.yy11(y, full=True)}")
            b.ent(s, "DATE", None, "sp_asr" if asr else "sp_dom_y")
        elif form == "weekday_dom":
            wd = WEEKDAYS[rng.randrange(7)]
            s = (f"{wd.lower()} the {d}{ordinal_suffix(d)}" if asr else
                 f"{wd} the {ordinal_words(d)} of {MONTHS[m - 1]}")
            b.ent(self.cap(s), "DATE", None, "sp_asr" if asr else "sp_weekday_dom")
        elif form == "typed":
            b.ent(rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y % 100:02d}",
                              f"{d}{ordinal_suffix(d)} {MONTHS[m - 1]} {y}"]), "DATE", None, "dmy")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def dob_v11(self, form: str) -> None:
        rng, b = self.rng, self.b
        y, m, d = rng.randint(1931, 1956), rng.randint(1, 12), rng.randint(1, 28)
        asr = self.asr11()
        self.state11["last"] = ("DATE", str(y % 100), "")
        if asr:
            s = rng.choice([f"{d}{ordinal_suffix(d)} of {MONTHS[m - 1].lower()} {y}",
                            f"{d} {m} {y % 100}", f"the {d}{ordinal_suffix(d)} of the {m}{ordinal_suffix(m)} {y % 100}"])
            b.ent(s.removeprefix("the "), "DATE", None, "sp_asr")
        elif form == "bankhol":  # a birthday by its holiday, with the year
            hol = rng.choice(self.data11("holidays"))
            if hol.startswith("the "):  # "the" outside the span, as everywhere
                b.lit(self.cap("the "))
                hol = hol[4:]
            b.ent(self.cap(f"{hol}, {self.yy11(y, full=True)}"), "DATE", None, "sp_bankhol_birth")
        elif form == "of_the":
            b.ent(self.cap(f"{ordinal_words(d)} of the {ordinal_words(m)}, {self.yy11(y)}"), "DATE",
                  None, "sp_dob_of_the")
        elif form == "typed":
            b.ent(f"{d:02d}/{m:02d}/{y}", "DATE", None, "dob_slash")
        else:
            b.ent(self.cap(rng.choice([f"{ordinal_words(d)} of {MONTHS[m - 1]}, {self.yy11(y, True)}",
                                       f"{MONTHS[m - 1]} the {ordinal_words(d)}, {self.yy11(y, True)}"])),
                  "DATE", None, "sp_dob")

    def age_v11(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = {"retired": (66, 97), "child": (2, 15), "parent": (58, 101)}.get(
            kind or "", self.AGE_RANGES.get(kind or "adult", (25, 70)))
        n = rng.randint(lo, hi)
        self.state11["last"] = ("AGE", str(n), "")
        if self.asr11():
            b.ent(str(n) if form != "year_group" else f"year {rng.randint(3, 11)}", "AGE", None, "sp_asr")
            return
        if form == "year_group":  # a child's school year says the age
            label, top = rng.choice([("year", 11), ("P", 7), ("primary", 7)])
            b.ent(f"{label} {cardinal(rng.randint(2, top))}",
                  "AGE", None, "sp_year_group")
            return
        s = cardinal(n)
        if n >= 100 and rng.random() < 0.5:
            s = cardinal(n, hundred_a=True)
        b.ent(self.cap(s), "AGE", None, {"answer": "sp_answer", "words": "sp_words", "aged": "sp_aged",
                                         "turning": "sp_turning", "would_be": "sp_would_be",
                                         "child": "sp_child", "parent": "sp_parent"}[form])
