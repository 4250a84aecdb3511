"""Round 6's renderings: how ``heldout3``'s speakers and transcribers say and write identifiers
(the mixin ``V3`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v3`` (heldout3); the other sets never reach them, so they
render byte for byte as before.

``generate.py`` loads this module by path (``_renderings``) and lends it its shared helpers
under the module name ``_spoken_generate``; it is not imported on its own. A method used by
several sets stays in ``generate.py``.
"""

from __future__ import annotations

import datetime
import re
from typing import ClassVar

from _spoken_generate import (
    MONTHS,
    POSTCODE_LETTERS,
    TENS,
    UNITS,
    WEEKDAYS,
    cardinal,
    ordinal_suffix,
    ordinal_words,
)


class V3:
    """``heldout3``'s own renderings, switched on by ``Habits.v3`` for that set alone."""

    def slot_v3(self, name: str, args: list[str]) -> bool:
        """Round 6's slots and forms; False hands the slot to the shared code above."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v3(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v3(name, arg)
        elif name == "POSTCODE":
            self.postcode_v3(arg)
        elif name == "ADDR" and arg != "written":
            self.address_v3()
        elif name == "EMAIL":
            self.email_v3(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v3(arg, args[1] if len(args) > 1 else "sur")
        elif name == "INITIALS":
            self.initials_v3(arg)
        elif name == "SURFIRST":  # "<surname>, <first name>" as a typed list has it
            p = self.cast[arg]
            self.b.ent(f"{p.sur}, {p.first}", "PERSON", p.code, "sur_first")
        elif name == "DATE":
            self.date_v3(arg)
        elif name == "DAYONLY":
            day = self.day if self.rng.random() < 0.5 else self.rng.randint(1, 28)
            s = (ordinal_words(day, self.rng.choice(self.h.hyphen)) if self.rng.random() < 0.6
                 else f"{day}{ordinal_suffix(day)}")
            self.b.ent(s, "DATE", None, "sp_day_only")
        elif name == "DOB":
            self.dob_v3()
        elif name == "BIRTHYEAR":
            y = self.rng.randint(1955, 1996)
            s = self.year_v3(y, born=True) if self.rng.random() < 0.75 else cardinal(y % 100)
            self.b.ent(self.cap(s), "DATE", None, "sp_birth_year")
        elif name == "AGE":
            self.age_v3(arg, args[1] if len(args) > 1 else None)
        else:
            return False
        return True

    def speak_v3(self, digits: str, groups: list[int], correct: bool = False) -> str:
        """A digit string read out: the zero said "O", "nought", "zero" or "oh"; a group typed
        in digits among words, as transcribers do; four digits as two pairs ("twenty-three
        forty-five"); a group run together ("oh-double-seven-one"); with ``correct`` one group
        said wrong first and put right ("seven two, no, seven three")."""
        rng, h = self.rng, self.h
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        zero = rng.choice(h.v3_zero_words)
        fix = rng.randrange(len(parts)) if correct else -1
        said = []
        for i, part in enumerate(parts):
            s = self.group_v3(part, zero)
            if i == fix:
                k = rng.randrange(len(part))
                wrong = part[:k] + str((int(part[k]) + rng.choice([1, 2, 9])) % 10) + part[k + 1:]
                s = f"{self.group_v3(wrong, zero)}{rng.choice(h.corrections)}{s}"
            said.append(s)
        out = said[0]
        for s in said[1:]:
            out += rng.choice(h.group_seps) + s
        return out

    def group_v3(self, group: str, zero: str) -> str:
        rng, h = self.rng, self.h
        if rng.random() < h.p_group_digits:
            return group
        if len(group) == 4 and group[0] != "0" and group[2] != "0" and rng.random() < h.p_pairs:
            hy = rng.choice(h.hyphen)
            return f"{cardinal(int(group[:2]), hy)} {cardinal(int(group[2:]), hy)}"
        if len(group) == 2 and group[0] != "0" and rng.random() < h.p_pair_number:
            return cardinal(int(group), rng.choice(h.hyphen))
        run = rng.random() < h.p_run_hyphen
        words: list[str] = []
        i = 0
        while i < len(group):
            d = group[i]
            word = zero if d == "0" else UNITS[int(d)]
            if i + 1 < len(group) and group[i + 1] == d and rng.random() < h.p_double:
                words.append(f"double{'-' if run else ' '}{word}")
                i += 2
            else:
                words.append(word)
                i += 1
        return ("-" if run else rng.choice(h.digit_seps)).join(words)

    def phone_v3(self, form: str) -> None:
        rng, b = self.rng, self.b
        mobile = "07" + rng.choice("345789") + f"{rng.randint(0, 10 ** 8 - 1):08d}"
        groups = rng.choice([[5, 3, 3], [5, 6], [3, 4, 4], [5, 3, 3], [2, 3, 3, 3]])
        if form == "landline" or form == "landline_written":
            area, n = rng.choice(list(self.pools.landline_areas))
            digits = "0" + area + str(rng.randint(2 * 10 ** (n - 1), 10 ** n - 1))
            groups = [len(area) + 1] + ({6: [3, 3], 7: [3, 4], 8: [4, 4]}[n])
            if form == "landline_written":
                b.ent(f"{digits[:len(area) + 1]} {digits[len(area) + 1:]}", "PHONE", None, "landline")
                return
            self.last_digits = digits
            b.ent(self.cap(self.speak_v3(digits, groups)), "PHONE", None, "sp_landline")
        elif form == "mobile":
            self.last_digits = mobile
            b.ent(self.cap(self.speak_v3(mobile, groups)), "PHONE", None, "sp_mobile")
        elif form == "intl":
            lead = rng.choice(self.h.intl_leads)
            rest = self.speak_v3(mobile[1:], rng.choice([[4, 6], [4, 3, 3]]))
            b.ent(self.cap(f"{lead} {rest}"), "PHONE", None, "sp_intl")
        elif form == "corrected":
            self.last_digits = mobile
            b.ent(self.cap(self.speak_v3(mobile, groups, correct=True)), "PHONE", None, "sp_corrected")
        elif form == "head":  # the first groups in one turn, the rest after the interviewer
            cut = rng.choice([5, 5, 3])
            self.pending = mobile[cut:]
            self.last_digits = mobile
            b.ent(self.cap(self.speak_v3(mobile[:cut], [cut])), "PHONE", None, "sp_split")
        elif form == "tail":
            rest = self.pending or mobile[5:]
            tg = [3, 3] if len(rest) == 6 else [4, 4]
            b.ent(self.cap(self.speak_v3(rest, tg)), "PHONE", None, "sp_split")
        elif form == "readback":  # the interviewer reads the number back another way
            d = self.last_digits or mobile
            b.ent(self.cap(self.speak_v3(d, [len(d) - 6, 3, 3])), "PHONE", None, "sp_readback")
        elif form == "written":
            sep = rng.choice([" ", "-", " "])
            b.ent(f"{mobile[:5]}{sep}{mobile[5:8]}{sep}{mobile[8:]}" if rng.random() < 0.5
                  else f"{mobile[:5]} {mobile[5:]}", "PHONE", None, "mobile")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def number_v3(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        d = self.nhs_digits() if kind == "NHS" else self.chi_digits() if kind == "CHI" else \
            f"{rng.randint(1, 7)}{rng.randint(0, 999999):06d}"
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        if form == "written":
            s = {"NHS": rng.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", d, f"{d[:3]} {d[3:6]} {d[6:]}"]),
                 "CHI": d, "GMC": d}[kind]
            b.ent(s, type_, None, {"NHS": "nhs", "CHI": "chi", "GMC": "gmc"}[kind])
            return
        groups = {"NHS": [[3, 3, 4], [3, 3, 4], [4, 3, 3], [3, 3, 2, 2]],
                  "CHI": [[2, 2, 2, 4], [6, 4], [2, 2, 2, 2, 2]],
                  "GMC": [[1, 2, 2, 2], [3, 4], [7], [1, 3, 3], [2, 2, 3]]}[kind]
        s = self.speak_v3(d, rng.choice(groups), correct=form == "corrected")
        base = {"NHS": "sp_nhs", "CHI": "sp_chi", "GMC": "sp_gmc"}[kind]
        b.ent(self.cap(s), type_, None, "sp_corrected" if form == "corrected" else base)

    def say_letter_v3(self, c: str) -> str:
        if self.h.as_in_words and self.rng.random() < 0.3:
            return f"{c} as in {self.h.as_in_words[ord(c) - ord('A')]}"
        return c

    def postcode_v3(self, form: str) -> None:
        """District "ten", "one-oh", "one zero", "two-oh"; letters run together, spaced or
        "M as in <word>"; the inward part typed among words; outward and inward in two turns."""
        rng, b, h = self.rng, self.b, self.h
        if form == "tail":
            b.ent(self.cap(self.pending or "four A B"), "POSTCODE", None, "sp_split")
            return
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "written":
            s = rng.choice([f"{outward} {inward}", f"{outward} {inward}", f"{outward}{inward}",
                            f"{outward.lower()} {inward.lower()}"])
            b.ent(s, "POSTCODE", None, "postcode")
            return
        letters = re.match(r"[A-Z]+", outward).group()  # type: ignore[union-attr]
        num = outward[len(letters):]
        said = [self.say_letter_v3(c) for c in letters]
        if any(" as in " in x for x in said):
            out = ", ".join(said)
        else:
            out = rng.choice([" ", "", " ", "-"]).join(said)
        if len(num) == 2 and num[1] == "0":
            z = rng.choice(h.v3_zero_words)
            say_n = rng.choice([cardinal(int(num)), f"{UNITS[int(num[0])]}-{z}",
                                f"{UNITS[int(num[0])]} {z}", cardinal(int(num))])
        elif len(num) == 2:
            say_n = rng.choice([cardinal(int(num), rng.choice(h.hyphen)),
                                f"{UNITS[int(num[0])]} {UNITS[int(num[1])]}"])
        else:
            say_n = UNITS[int(num)] if rng.random() < 0.8 else num
        as_in = " as in " in out
        out = f"{out}{', ' if as_in else rng.choice([' ', ' ', ', '])}{say_n}"
        in_l = [self.say_letter_v3(c) for c in inward[1:]]
        if rng.random() < 0.2 and not any(" as in " in x for x in in_l):
            in_s = inward  # typed among the words: "L S ten, 4AB"
        else:
            in_n = UNITS[int(inward[0])]
            as_in = any(" as in " in x for x in in_l)
            isep = ", " if as_in else rng.choice([" ", "", ", "])
            in_s = f"{in_n}{', ' if as_in else ' '}{isep.join(in_l)}"
        if form == "head":
            self.pending = in_s
            b.ent(self.cap(out), "POSTCODE", None, "sp_split")
            return
        b.ent(self.cap(f"{out}{rng.choice(h.group_seps)}{in_s}"), "POSTCODE", None, "sp_postcode")

    def address_v3(self) -> None:
        """Flat numbers and letters: "flat two B, forty-one <street>", "forty-one A <street>",
        "hundred and four <street>" without "a" or "one", the ground floor flat at ..."""
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 60), rng.randint(1, 60), rng.randint(101, 199)])
        hy = rng.choice(self.h.hyphen)
        words = cardinal(n, hy)
        if n > 100 and rng.random() < 0.5:
            words = words.removeprefix("one ")
        style = rng.choice(["flat_letter", "house_letter", "flat_of", "plain", "plain", "floor"])
        if style == "flat_letter":
            s = f"flat {cardinal(rng.randint(1, 12))} {rng.choice('ABCD')}, {words} {street}"
        elif style == "house_letter":
            s = f"{words} {rng.choice('ABC')} {street}"
        elif style == "flat_of":
            s = f"flat {cardinal(rng.randint(1, 30))}, {words} {street}"
        elif style == "floor":
            b.lit(self.cap(rng.choice(["the top flat at ", "the ground floor flat, ", "the basement at "])))
            s = f"{words} {street}"
        else:
            s = f"{words} {street}"
        b.ent(self.cap(s), "LOCATION", None, "sp_address")

    def email_v3(self, who: str, form: str) -> None:
        rng, b, h = self.rng, self.b, self.h
        if who in self.cast and self.cast[who].email:
            p = self.cast[who]
            addr, code = p.email or "", p.code
        else:
            p = self.cast["self"] if who == "self_other" else (
                self.cast[who] if who in self.cast else self.new_person(""))
            code = p.code if who == "self_other" else None
            first = p.first.lower()
            sur = re.sub(r"[^a-z]", "", p.sur.lower())
            local = rng.choice([f"{first}.{sur}", f"{first[0]}{sur}{rng.randint(60, 99)}",
                                f"{first}_{sur}", f"{sur}-{first[0]}", f"{first}{sur[0]}",
                                f"{first}.{sur}{rng.randint(1, 9)}", f"dr.{sur}"])
            addr = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            b.ent(addr, "EMAIL", code, "typed")
            return
        local, domain = addr.split("@")
        dot = rng.choice(h.email_dots)
        if form == "hybrid":  # typed parts, the "at" said: "s.jones at outlook.com"
            b.ent(f"{local} at {domain}", "EMAIL", code, "sp_email_hybrid")
            return
        words = []
        for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
            if piece == ".":
                words.append(dot)
            elif piece == "_":
                words.append(rng.choice(["underscore", "under score"]))
            elif piece == "-":
                words.append(rng.choice(["dash", "hyphen", "minus"]))
            elif piece.isdigit():
                words.append(cardinal(int(piece), rng.choice(h.hyphen)) if rng.random() < 0.5
                             else piece)
            else:
                words.append(piece)
        dwords = []
        for part in domain.split("."):
            if len(part) <= 4 and not re.search(r"[aeiou]", part) and rng.random() < 0.6:
                part = rng.choice(["-", " "]).join(part)  # "n-h-s", "m b h t", "u k"
            elif part == "uk" and rng.random() < 0.5:
                part = "u-k"
            dwords.append(part)
        s = f"{' '.join(words)} at {(' ' + dot + ' ').join(dwords)}"
        symbols = any(w in words for w in ("underscore", "under score", "dash", "hyphen", "minus"))
        b.ent(s, "EMAIL", code, "sp_email_symbols" if symbols else "sp_email")
        if rng.random() < 0.35:
            b.lit(rng.choice([", all one word", ", all lower case", ", no capitals",
                              ", all small letters"]))

    def spelled_v3(self, who: str, which: str) -> None:
        """Letters "as in <word>", lower-case letters typed by the transcriber, "double T"
        before the pair, "capital" announced; a first name spelled as well as a surname."""
        rng = self.rng
        p = self.cast[who]
        name = p.first if which == "first" else p.sur
        letters = [c for c in name.upper() if c.isalpha()]
        style = rng.choice(["as_in", "lower", "lower", "double", "caps", "as_in"])
        tokens: list[str] = []
        i = 0
        while i < len(letters):
            c = letters[i]
            if style == "double" and i + 1 < len(letters) and letters[i + 1] == c:
                tokens.append(f"double {c}")
                i += 2
                continue
            if style == "as_in":
                tokens.append(self.say_letter_v3(c))
            elif style == "lower":
                tokens.append(c.lower())
            elif style == "caps" and i == 0:
                tokens.append(f"capital {c}")
            else:
                tokens.append(c)
            i += 1
        sep = {"as_in": ", ", "lower": rng.choice(["-", " ", ", "]), "double": rng.choice([" ", ", "]),
               "caps": rng.choice([", ", " "])}[style]
        self.b.ent(sep.join(tokens), "PERSON", p.code, "sp_spelled")

    def initials_v3(self, who: str) -> None:
        """Two initials and a surname: "A. J. <surname>", "AJ <surname>"."""
        rng = self.rng
        p = self.cast[who]
        mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        s = rng.choice([f"{p.first[0]}. {mid}. {p.sur}", f"{p.first[0]}{mid} {p.sur}",
                        f"{p.first[0]} {mid} {p.sur}"])
        self.b.ent(s, "PERSON", p.code, "initial")

    def year_v3(self, y: int, born: bool = False) -> str:
        """Years as some regions and generations say them: "nineteen and eighty-four",
        "nineteen hundred and eighty-four", "the year two thousand and twelve" (the "the
        year" is left to the template), "twenty twelve", "two thousand and twelve"."""
        rng = self.rng
        hy = rng.choice(self.h.hyphen)
        if y < 2000:
            t = cardinal(y % 100, hy) if y % 100 >= 10 else f"{rng.choice(self.h.v3_zero_words)} {UNITS[y % 100]}"
            return rng.choice([f"nineteen {t}", f"nineteen {t}", f"nineteen and {t}",
                               f"nineteen hundred and {t}"] if born else [f"nineteen {t}"])
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"two thousand {UNITS[y - 2000]}"])
        t = cardinal(y - 2000, hy)
        return rng.choice([f"twenty {t}", f"two thousand and {t}", f"twenty {t}"])

    def date_v3(self, form: str) -> None:
        rng, b = self.rng, self.b
        when = datetime.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
        day, mname, wd = when.day, MONTHS[when.month - 1], WEEKDAYS[when.weekday()]
        self.day, self.month = day, when.month
        hy = rng.choice(self.h.hyphen)
        dword = ordinal_words(day, hy)
        dnum = f"{day}{ordinal_suffix(day)}"
        year = self.year_v3(when.year)
        sy = rng.choice([" ", ", "])
        if form == "written":
            form = rng.choice(["dashes", "dmy_abbr", "slash_short", "dmy"])
            s = {"dashes": f"{day:02d}-{when.month:02d}-{when.year}",
                 "dmy_abbr": f"{day} {mname[:3]} {when.year}",
                 "slash_short": f"{day}/{when.month}/{when.year % 100:02d}",
                 "dmy": f"{day} {mname} {when.year}"}[form]
            b.ent(s, "DATE", None, form)
            return
        if form == "sp_corrected":  # "the fourth, no, the fifth of May"
            wrong = ordinal_words(day + 1 if day < 28 else day - 1, hy)
            fix = rng.choice([", no, the ", " — sorry, the ", ", no, hang on, the ", "... the "])
            s = f"{wrong}{fix}{dword} of {mname}"
            b.lit(self.cap("the "))
        else:
            s = {
                "sp_dom": f"{dword} of {mname}",
                "sp_dom_y": f"{dword} of {mname}{sy}{year}",
                "sp_md": f"{mname} the {dword}",
                "sp_md_y": f"{mname} the {dword}{sy}{year}",
                "sp_weekday": f"{wd} the {dword}",
                "sp_weekday_dom": f"{wd} the {dword} of {mname}",
                "sp_weekday_noof": rng.choice([f"{wd} {dword} {mname}", f"{wd}, {dword} of {mname}",
                                               f"{wd} {dnum} {mname}"]),
                "sp_month_year": f"{mname} {year}",
                "sp_month_of_year": f"{mname} of {year}",
                "sp_dom_monthnum": f"{dword} of the {ordinal_words(when.month)}",
                "sp_mixed_date": rng.choice([f"{dnum} of {mname}{sy}{year}", f"{mname} {dnum}{sy}{year}",
                                             f"{day} {mname}{sy}{year}", f"{dword} of {mname} {when.year}"]),
            }[form]
        b.ent(self.cap(s), "DATE", None, form)

    def dob_v3(self) -> None:
        """Dates of birth: "two, four, eighty-four" (no leading zero), "ninth March sixty-two",
        "the ninth of March, nineteen and sixty-two", "O two, O four, eight four" and written
        "02-Apr-1984" or "2.4.84"."""
        rng, b = self.rng, self.b
        born = datetime.date(rng.randint(1955, 1996), rng.randint(1, 12), rng.randint(1, 28))
        hy = rng.choice(self.h.hyphen)
        mname, dword, yy = MONTHS[born.month - 1], ordinal_words(born.day, hy), born.year % 100
        short = cardinal(yy, hy) if yy >= 10 else f"{rng.choice(self.h.v3_zero_words)} {UNITS[yy]}"
        form = rng.choice(["sp_dob", "sp_dob_numbers", "sp_dob_numbers", "sp_dob_noof",
                           "sp_dob_digits", "dob_abbr", "dob_dots", "sp_dob_md"])
        sep = rng.choice([", ", " ", ", "])
        if form == "sp_dob":
            s = f"{dword} of {mname}{sep}{self.year_v3(born.year, born=True)}"
            if rng.random() < 0.4:
                b.lit(self.cap("the "))
        elif form == "sp_dob_md":
            s = f"{mname} {dword}{sep}{self.year_v3(born.year, born=True)}"
        elif form == "sp_dob_noof":
            s = f"{dword} {mname}{sep}{short if rng.random() < 0.6 else self.year_v3(born.year, born=True)}"
        elif form == "sp_dob_numbers":
            sep = rng.choice([", ", ", ", " — ", ". "])
            d = cardinal(born.day, hy) if rng.random() < 0.8 else str(born.day)
            m = cardinal(born.month, hy) if rng.random() < 0.8 else str(born.month)
            s = f"{d}{sep}{m}{sep}{short if rng.random() < 0.8 else self.year_v3(born.year, born=True)}"
        elif form == "sp_dob_digits":
            s = self.speak_v3(f"{born.day:02d}{born.month:02d}{yy:02d}", [2, 2, 2])
        elif form == "dob_abbr":
            s = f"{born.day:02d}-{mname[:3]}-{born.year}"
        else:
            s = f"{born.day}.{born.month}.{yy:02d}"
        b.ent(self.cap(s), "DATE", None, form)

    AGE_V3: ClassVar[dict[str, str]] = {
        "approach": "sp_approach", "wrong_side": "sp_wrong_side", "odd": "sp_odd",
        "turned": "sp_turned", "answer": "sp_answer", "words": "sp_words", "decade": "sp_decade",
        "interjection": "sp_interjection", "corrected": "sp_corrected", "question": "sp_question",
        "last_month": "sp_last_month", "next": "sp_next"}

    def age_v3(self, form: str, kind: str | None) -> None:
        """Ages for round 6: "coming up to [fifty]", "the wrong side of [forty]", "[forty]-odd"
        (one person's age, unlike the group's "forty-somethings"), "[Forty-three], no, [forty-
        four]" as one corrected span, "mid-[forties]"."""
        rng, b = self.rng, self.b
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        hy = rng.choice(self.h.hyphen)
        if form in ("approach", "wrong_side", "question"):
            n = rng.choice([30, 40, 50, 60, 40, 50, 35, 45, 55, 65, 70])
        if form == "odd":
            n = rng.choice([30, 40, 50, 60, 70, 80])
            s = f"{cardinal(n)}-{rng.choice(['odd', 'something', 'ish'])}"
        elif form == "decade":
            s = TENS[max(2, n // 10)][:-1] + "ies"
        elif form == "corrected":
            other = n - 1 if rng.random() < 0.5 else n + 1
            s = f"{cardinal(other, hy)}{rng.choice([', no, ', '. No, ', ' — no, wait, ', ', sorry, '])}{cardinal(n, hy)}"
        else:
            s = cardinal(n, hy) if rng.random() < 0.85 else str(n)
        b.ent(self.cap(s), "AGE", None, self.AGE_V3[form])
