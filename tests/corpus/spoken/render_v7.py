"""Round 11's renderings: how ``heldout7``'s speakers and transcribers say and write identifiers
(the mixin ``V7`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v7`` (heldout7); every other set renders byte for byte
as before. Its words (dialect digits, the transcriber's pause marks, feast days, the
participants' voices) are its own data, in ``self.t.negatives`` under keys starting "_".

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import ClassVar

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    TENS,
    UNITS,
    WEEKDAYS,
    cardinal,
    nhs_check_digit,
    ordinal_words,
)


class V7:
    """``heldout7``'s own renderings, switched on by ``Habits.v7`` for that set alone."""

    def slot_v7(self, name: str, args: list[str]) -> bool:
        """Round 11's slots and forms; False hands the slot to the shared code."""
        rng, b = self.rng, self.b
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v7(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v7(name, arg)
        elif name == "POSTCODE":
            self.postcode_v7(arg)
        elif name == "ADDR":
            self.address_v7(arg)
        elif name == "EMAIL":
            self.email_v7(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v7(arg)
        elif name == "DATE":
            self.date_v7(arg)
        elif name == "DOB":
            self.date_v7("dob")
        elif name == "BIRTHYEAR":
            self.date_v7(arg or "birth_year")
        elif name == "DAYONLY":  # a day alone; its month is in the voice note's header
            day = int(self.state7.get("vn_day", "12")) + (rng.randint(1, 4) if arg == "later" else 0)
            b.ent(ordinal_words(day), "DATE", None, "sp_day_only")
        elif name == "AGE":
            self.age_v7(arg, args[1] if len(args) > 1 else None)
        elif name == "V":  # a word in the speaker's own voice ("aye", "yeah man", ...)
            b.lit(rng.choice(self.data7(f"v_{self.voice7()}_{arg}")))
        elif name == "VN":  # a voice-note diary entry's header, typed by the transcriber
            self.voice_note7()
        elif name == "PAUSE":  # a pause mark outside any number, in the transcriber's style
            b.lit(self.pause7())
        else:
            return False
        return True

    def data7(self, key: str) -> list[str]:
        return self.t.negatives["_" + key]

    def pairs7(self, key: str) -> dict[str, str]:
        return dict(entry.split("=", 1) for entry in self.data7(key))

    def voice7(self) -> str:
        """How this document's participant speaks: the set's data names each register
        participant's voice (a region's words for digits, a stammer, or plain)."""
        if "voice" not in self.state7:
            me = self.cast["self"]
            self.state7["voice"] = self.pairs7("voices").get(f"{me.first} {me.sur}", "plain")
        return self.state7["voice"]

    def style7(self) -> str:
        """The transcriber's conventions for this document: timed pauses in brackets
        (``jefferson``), ellipses, or none."""
        if "style" not in self.state7:
            self.state7["style"] = self.rng.choice(["jefferson", "jefferson", "ellipsis", "plain"])
        return self.state7["style"]

    def pause7(self) -> str:
        style = self.style7()
        if style == "jefferson":
            return self.rng.choice(self.data7("pauses"))
        return "..." if style == "ellipsis" else "—"

    def mode7(self, allow_half: bool = True) -> str:
        """How a number is said this time: stammered, in dialect digits, with the
        transcriber's pauses, with the interviewer's backchannel inlaid, half typed, plainly."""
        rng, voice = self.rng, self.voice7()
        r = rng.random()
        if voice == "stammer" and r < 0.7:
            return "stammer"
        if voice in ("scots", "geordie", "caribbean") and r < 0.45:
            return "dialect"
        r = rng.random()
        if self.style7() == "jefferson":
            r -= 0.3
            if r < 0:
                return "pauses"
        if r < 0.15:
            return "inlaid"
        if allow_half and r < 0.25:
            return "half"
        return ""

    def inlay7(self) -> str:
        """The interviewer's backchannel as the transcriber inlays it: "FW: mm"."""
        return f"{self.ilabel}: {self.rng.choice(self.data7('inlays'))}"

    def form7(self, mode: str, said: str, base: str) -> str:
        """The form of a number said in ``mode``: dialect only where a dialect word was said."""
        if mode == "dialect":
            words = set(self.pairs7(f"digits_{self.voice7()}").values())
            if not words & set(re.findall(r"[a-z']+", said)):
                return base
        return self.FORM7.get(mode, base)

    FORM7: ClassVar[dict[str, str]] = {"stammer": "sp_stammer", "dialect": "sp_dialect",
                                       "pauses": "sp_pauses", "inlaid": "sp_inlaid",
                                       "half": "sp_half_digits"}

    def stammer7(self, tok: str) -> str:
        """A word as a person who stammers says it, written verbatim."""
        rng = self.rng
        if not tok[:1].isalpha():
            return tok
        head = tok[0]
        if head.lower() in "aeiou":  # a cut-off sound, never a whole word said again
            return rng.choice([f"{head}- {tok}", f"{head}- {head}- {tok}", f"{tok[:2]}- {tok}"])
        return rng.choice([f"{head}-{head}-{tok}", f"{tok[:2]}- {tok}", f"{head}... {tok}",
                           f"{head}-{head}-{head}-{tok}", f"{tok[:2]}- (.) {tok}"])

    def words7(self, digits: str, groups: list[int], mode: str) -> str:
        """Digits read out in ``groups``, said in ``mode`` (see ``mode7``)."""
        rng, h = self.rng, self.h
        zero = rng.choice(self.h.zero_words)
        dialect = self.pairs7(f"digits_{self.voice7()}") if mode == "dialect" else {}
        if mode in ("inlaid", "pauses") and len(groups) == 1:  # a mark needs two groups
            groups = [3, groups[0] - 3]
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        said: list[list[str]] = []
        for g in parts:
            toks: list[str] = []
            i = 0
            while i < len(g):
                d = g[i]
                run = len(g) - i - len(g[i:].lstrip(d))
                w = dialect.get(d) or (zero if d == "0" else UNITS[int(d)])
                if mode == "half" and rng.random() < 0.5:
                    toks.append(d)
                    i += 1
                    continue
                if run >= 3 and rng.random() < h.p_triple:
                    toks.append(f"{rng.choice(h.triple_words)} {w}")
                    i += 3
                elif run >= 2 and rng.random() < h.p_double:
                    toks.append(f"double {w}")
                    i += 2
                else:
                    toks.append(w)
                    i += 1
            said.append(toks)
        if mode == "stammer":
            flat = [(gi, ti) for gi, toks in enumerate(said) for ti in range(len(toks))]
            for gi, ti in rng.sample(flat, min(len(flat), rng.choice([1, 2, 2, 3]))):
                if gi == 0 and ti == 0:
                    said[gi][ti] = self.stammer7(said[gi][ti]).replace(" (.) ", " ")
                else:
                    said[gi][ti] = self.stammer7(said[gi][ti])
        out = " ".join(said[0])
        inlay = len(said) - 1 if mode == "inlaid" else -1
        if mode == "inlaid" and len(said) > 2:
            inlay = rng.randint(1, len(said) - 1)
        for i, toks in enumerate(said[1:], start=1):
            if i == inlay:
                sep = f" ({self.inlay7()}) "
            elif mode == "pauses" or (mode == "stammer" and self.style7() == "jefferson"):
                sep = f" {rng.choice(self.data7('pauses'))} "
            elif self.style7() == "ellipsis" and rng.random() < 0.5:
                sep = "... "
            else:
                sep = rng.choice(h.group_seps)
            out += sep + " ".join(toks)
        return out

    def mobile7(self) -> str:
        return "07" + str(self.rng.choice("4579")) + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v7(self, form: str) -> None:
        rng, b = self.rng, self.b
        if form == "any":
            form = rng.choice(["mobile", "mobile", "landline"])
        if form == "landline":
            area, length = rng.choice(self.pools.landline_areas)
            d = "0" + area + "".join(str(rng.randint(0, 9)) for _ in range(length))
            groups = [1 + len(area), length] if rng.random() < 0.5 else [1 + len(area), 3, length - 3]
        else:
            d = self.mobile7()
            groups = rng.choice([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4]])
        if form == "typed":  # the transcriber typed it as digits
            b.ent(f"{d[:5]} {d[5:]}", "PHONE", None, "typed")
            return
        if form == "as_year":  # the last four said as a year ("... nineteen seventy-one")
            year = rng.randint(1950, 2009) if rng.random() < 0.8 else rng.randint(2010, 2024)
            d = d[:7] + str(year)
            head = self.words7(d[:7], [5, 2], "")
            b.ent(f"{head}, {self.year7(year)}", "PHONE", None, "sp_as_year")
            b.lit(rng.choice(self.data7("as_year_after")))
            return
        if form == "tailfirst":  # the end first, then the start: two spans
            cut = len(d) - rng.choice([3, 4, 6])
            tail = d[cut:]
            b.ent(self.words7(tail, [len(tail)] if len(tail) < 6 else [3, 3], ""), "PHONE", None,
                  "sp_tail_first")
            b.lit(rng.choice(self.data7("tail_then_head")))
            b.ent(self.words7(d[:cut], [5] if cut == 5 else [5, cut - 5], ""), "PHONE", None,
                  "sp_tail_first")
            return
        if form == "readoff":
            b.ent(self.words7(d, groups, ""), "PHONE", None, "sp_readoff")
            return
        mode = self.mode7()
        base = "sp_landline" if form == "landline" else "sp_mobile"
        said = self.words7(d, groups, mode)
        b.ent(said, "PHONE", None, self.form7(mode, said, base))

    def nhs7(self) -> str:
        while True:
            nine = f"{self.rng.randint(1, 9)}{self.rng.randint(0, 10 ** 8 - 1):08d}"
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def chi7(self) -> str:
        rng = self.rng
        while True:
            nine = (f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}"
                    f"{rng.randint(0, 999):03d}")
            check = nhs_check_digit(nine)
            if check is not None:
                return nine + str(check)

    def number_v7(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        if kind == "GMC":
            d = str(rng.choice([6, 7])) + f"{rng.randint(0, 999999):06d}"
            groups = rng.choice([[7], [3, 4], [4, 3], [1, 3, 3]])
            base = "sp_gmc"
        elif kind == "CHI":
            d = self.chi7()
            groups = rng.choice([[6, 4], [2, 2, 2, 4], [3, 3, 4]])
            base = "sp_chi"
        else:
            d = self.nhs7()
            groups = rng.choice([[3, 3, 4], [3, 3, 4], [4, 3, 3]])
            base = "sp_nhs"
        if form == "typed":
            b.ent(d if kind == "GMC" else (f"{d[:3]} {d[3:6]} {d[6:]}" if kind == "NHS" else d),
                  type_, None, "typed")
            return
        if form == "readoff":
            b.ent(self.words7(d, groups, ""), type_, None, "sp_readoff")
            return
        if form == "tailfirst":
            cut = len(d) - rng.choice([3, 4])
            b.ent(self.words7(d[cut:], [len(d) - cut], ""), type_, None, "sp_tail_first")
            b.lit(rng.choice(self.data7("tail_then_head")))
            b.ent(self.words7(d[:cut], [3, cut - 3] if cut > 4 else [cut], ""), type_, None,
                  "sp_tail_first")
            return
        mode = self.mode7()
        said = self.words7(d, groups, mode)
        b.ent(said, type_, None, self.form7(mode, said, base))

    def letters7(self, s: str) -> str:
        return " ".join(s)

    def postcode_v7(self, form: str) -> None:
        rng, b = self.rng, self.b
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "typed":
            b.ent(f"{outward} {inward}", "POSTCODE", None, "typed")
            return
        letters = "".join(c for c in outward if c.isalpha())
        num = outward[len(letters):]
        mode = "" if form in ("readoff", "tailfirst") else self.mode7(allow_half=False)
        if mode == "dialect":
            mode = ""
        if mode == "stammer":
            letters_said = self.stammer7(letters[0]) + (" " + self.letters7(letters[1:]) if len(letters) > 1 else "")
        else:
            letters_said = self.letters7(letters)
        num_said = (cardinal(int(num)) if len(num) == 2 and rng.random() < 0.6
                    else " ".join(UNITS[int(c)] for c in num))
        in_said = f"{UNITS[int(inward[0])]} {self.letters7(inward[1:])}"
        if form == "tailfirst":  # the inward code first, then the outward: two spans
            b.ent(in_said, "POSTCODE", None, "sp_tail_first")
            b.lit(rng.choice(self.data7("postcode_then_head")))
            b.ent(f"{letters_said} {num_said}", "POSTCODE", None, "sp_tail_first")
            return
        if mode == "pauses":
            sep = f" {rng.choice(self.data7('pauses'))} "
        elif mode == "inlaid":
            sep = f" ({self.inlay7()}) "
        else:
            sep = rng.choice([", ", " ", "... ", ", "])
        b.ent(f"{letters_said} {num_said}{sep}{in_said}", "POSTCODE", None,
              "sp_readoff" if form == "readoff" else self.FORM7.get(mode, "sp_postcode"))

    def address_v7(self, form: str) -> None:
        rng, b = self.rng, self.b
        n = rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(31, 160)])
        street = rng.choice(self.pools.streets)
        if form == "typed":
            b.ent(f"{n} {street}", "LOCATION", None, "typed")
            return
        words = cardinal(n, "-", hundred_a=rng.random() < 0.5)
        mode = "" if form == "readoff" else self.mode7(allow_half=False)
        if mode == "dialect":
            dialect = self.pairs7(f"digits_{self.voice7()}")
            said = "-".join(dialect.get(str(UNITS.index(w)), w) if w in UNITS[:10] else w
                            for w in words.split("-"))
        elif mode == "stammer":
            said = self.stammer7(words)
        elif mode in ("pauses", "inlaid"):
            said = f"{words} {self.pause7() if mode == 'pauses' else '(' + self.inlay7() + ')'}"
        else:
            said = words
        b.ent(f"{said} {street}", "LOCATION", None,
              "sp_readoff" if form == "readoff" else self.form7(mode, said, "sp_address"))

    def email_v7(self, who: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.cast["self" if who == "self_other" else who]
        code = p.code
        if p.email and who != "self_other":
            local, domain = p.email.split("@")
        else:
            local = rng.choice([f"{p.first.lower()}.{p.sur.lower()}", f"{p.first[0].lower()}{p.sur.lower()}",
                                f"{p.first.lower()}{rng.randint(1, 99)}"])
            domain = rng.choice(self.pools.email_domains)
        local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
        if form == "typed":
            b.ent(f"{local}@{domain}", "EMAIL", code, "typed")
            return

        def piece(x: str) -> str:
            out = re.sub(r"(\d+)", lambda m: " " + " ".join(UNITS[int(c)] for c in m.group(1)), x)
            return out.strip()
        chunks = [piece(x) for x in local.split(".")]
        mode = self.mode7(allow_half=False)
        if mode == "dialect":
            mode = ""
        if mode == "stammer":
            chunks[0] = self.stammer7(chunks[0])
        dot = " dot "
        said_local = dot.join(chunks)
        if form == "cased":  # the speaker says where the capitals are not
            said_local = f"{said_local}, {rng.choice(self.data7('cases'))},"
        mid = " at "
        if mode == "pauses":
            mid = f" {rng.choice(self.data7('pauses'))} at "
        elif mode == "inlaid":
            mid = f" ({self.inlay7()}) at "
        said = f"{said_local}{mid}{domain.replace('.', dot)}"
        b.ent(said, "EMAIL", code, "sp_email_cased" if form == "cased" else self.FORM7.get(mode, "sp_email"))

    def spelled_v7(self, who: str) -> None:
        """A surname spelled: letter by letter with the transcriber's pauses, or a chunk
        said and then spelled, chunk by chunk ("hal, H-A-L, crow, C-R-O-W")."""
        rng, b = self.rng, self.b
        p = self.cast[who]
        sur = unicodedata.normalize("NFKD", p.sur).encode("ascii", "ignore").decode().upper()
        if rng.random() < 0.5 and len(sur) >= 6:
            cut = len(sur) // 2
            chunks = [sur[:cut], sur[cut:]]
            said = ", ".join(f"{c.lower()}, {'-'.join(c)}" for c in chunks)
            b.ent(said, "PERSON", p.code, "sp_spelled_chunks")
            return
        style = self.style7()
        out = sur[0]
        for c in sur[1:]:
            if style == "jefferson" and rng.random() < 0.3:
                out += f" {rng.choice(self.data7('pauses'))} {c}"
            elif self.voice7() == "stammer" and rng.random() < 0.15:
                out += f", {c}, {c}"
            else:
                out += rng.choice([", ", " ", " ", "-"]) + c
        b.ent(out, "PERSON", p.code, "sp_spelled")

    def year7(self, y: int) -> str:
        rng = self.rng
        if y < 2000:
            rest = y - 1900
            return f"nineteen {cardinal(rest)}" if rest >= 10 else f"nineteen oh {UNITS[rest]}"
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"two thousand {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000)}", f"two thousand and {cardinal(y - 2000)}"])

    def voice_note7(self) -> None:
        """``[Voice note 3 — Tuesday 12 March 2024, 21:47]``: the date is labelled, the
        number of the note and the time are not."""
        rng, b = self.rng, self.b
        n = int(self.state7.get("vn", "0")) + rng.randint(1, 3)
        self.state7["vn"] = str(n)
        when = datetime.date(rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 24))
        self.state7["vn_day"] = str(when.day)
        head = self.state7.setdefault("vn_head", rng.choice(self.data7("vn_heads")))
        b.lit(f"[{head} {n} — ")
        if rng.random() < 0.5:
            b.ent(f"{WEEKDAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]} {when.year}",
                  "DATE", None, "vn_header")
        else:
            b.ent(f"{when.day:02d}/{when.month:02d}/{when.year}", "DATE", None, "vn_header")
        b.lit(f", {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}]")

    def date_v7(self, form: str) -> None:
        rng, b = self.rng, self.b
        born = form in ("dob", "birth_year", "vintage", "feast_dob", "readoff", "typed_dob")
        year = rng.randint(1946, 1999) if born else rng.randint(2008, 2025)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        ow = ordinal_words(day)
        if born:  # the participant's: one year of birth, agreeing with their age
            year = int(self.state7.setdefault("born", str(2025 - self.me_age7() - (month > 6))))
        if form in ("birth_year", "vintage"):
            if form == "vintage":  # "a sixty-three baby"
                b.ent(cardinal(year - 1900), "DATE", None, "sp_vintage")
            else:
                b.ent(self.year7(year), "DATE", None, "sp_birth_year")
            return
        if form in ("feast", "feast_dob", "feast_bare"):  # a fixed feast or term day
            name = rng.choice(self.data7("feasts")).split("=")[0]
            if form == "feast_bare":
                b.ent(name, "DATE", None, "sp_feast")
            else:
                b.ent(f"{name}{rng.choice([', ', ' ', ' of '])}{self.year7(year)}", "DATE", None,
                      "sp_feast")
            return
        if form in ("typed", "typed_dob"):
            b.ent(f"{day:02d}/{month:02d}/{year}", "DATE", None, "slash")
            return
        if form == "readoff":  # read off a letter or a payslip: "oh four, eleven, seventy-one"
            zero = rng.choice(self.h.zero_words)
            dd = f"{zero} {UNITS[day]}" if day < 10 else cardinal(day)
            mm = f"{zero} {UNITS[month]}" if month < 10 else cardinal(month)
            yy = cardinal(year % 100) if year % 100 >= 10 else f"{zero} {UNITS[year % 100]}"
            b.ent(rng.choice([f"{dd}, {mm}, {yy}", f"{dd} {mm} {yy}", f"{dd}, {mm}, {self.year7(year)}"]),
                  "DATE", None, "sp_readoff")
            return
        if form == "weekday_dom":
            when = datetime.date(year, month, day)
            b.ent(f"{WEEKDAYS[when.weekday()]} the {ow} of {MONTHS[month - 1]}", "DATE", None,
                  "sp_weekday_dom")
            return
        if form == "month_year":
            b.ent(f"{MONTHS[month - 1]} {self.year7(year)}", "DATE", None, "sp_month_year")
            return
        # "the [twenty-first of March, twenty nineteen]", said in the speaker's way
        voice, mode = self.voice7(), ""
        of = " of "
        if voice == "scots" and rng.random() < 0.6:
            of, mode = " o' ", "oh"
        elif voice == "stammer" and rng.random() < 0.6:
            ow, mode = self.stammer7(ow), "stammer"
        elif self.style7() == "jefferson" and rng.random() < 0.4:
            of, mode = f" {rng.choice(self.data7('pauses'))} of ", "pauses"
        with_year = form in ("dob", "dom_y")
        said = f"{ow}{of}{MONTHS[month - 1]}" + (f", {self.year7(year)}" if with_year else "")
        base = {"dob": "sp_dob", "dom_y": "sp_dom_y"}.get(form, "sp_dom")
        b.ent(said, "DATE", None, {"oh": "sp_dom_oh", "stammer": "sp_stammer",
                                   "pauses": "sp_pauses"}.get(mode, base))

    def me_age7(self) -> int:
        """The participant's own age, the same all through the document."""
        return int(self.state7.setdefault("me", str(self.rng.randint(29, 64))))

    def age_v7(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = {"young": (24, 38), "elderly": (66, 97), "child": (2, 15), "qual": (22, 30),
                  "old": (60, 99)}.get(kind or "", (29, 66))
        n = rng.randint(lo, hi)
        if form == "score":  # "three score and ten"
            n = rng.randint(60, 99)
            said = f"{UNITS[n // 20]} score" + (f" and {cardinal(n % 20)}" if n % 20 else "")
            b.ent(said, "AGE", None, "sp_score")
            return
        if form == "months":  # a toddler's age in months
            b.ent(f"{cardinal(rng.randint(13, 35))} months", "AGE", None, "sp_months_old")
            return
        if form == "decade":
            b.ent(f"{TENS[n // 10][:-1]}ies", "AGE", None, "sp_decade")
            return
        if kind == "me":
            n = self.me_age7() + (1 if form == "come" else 0)
        words = cardinal(n)
        f = {"answer": "sp_answer", "come": "sp_come", "the_now": "sp_the_now",
             "today": "sp_today"}.get(form, "sp_words")
        if form in ("words", "answer"):
            voice = self.voice7()
            if voice == "stammer" and rng.random() < 0.6:
                words, f = self.stammer7(words), "sp_stammer"
            elif voice in ("scots", "geordie") and "four" in words.split("-") and rng.random() < 0.8:
                dialect = self.pairs7(f"digits_{voice}")
                words, f = "-".join(dialect.get("4", w) if w == "four" else w
                                    for w in words.split("-")), "sp_dialect"
        b.ent(self.cap(words) if form == "answer" else words, "AGE", None, f)
