"""Round 7's renderings: how ``heldout4``'s speakers and transcribers say and write identifiers
(the mixin ``V4`` of ``generate.py``'s ``Writer``).

Used only by the set whose habits say ``v4`` (heldout4); every other set renders byte for byte
as before. Its words (holidays, house names, third voices' labels) are its own data.

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


class V4:
    """``heldout4``'s own renderings, switched on by ``Habits.v4`` for that set alone."""

    def slot_v4(self, name: str, args: list[str]) -> bool:
        """Round 7's slots and forms; False hands the slot to the shared code."""
        arg = args[0] if args else ""
        if name == "PHONE":
            self.phone_v4(arg)
        elif name in ("NHS", "CHI", "GMC"):
            self.number_v4(name, arg)
        elif name == "POSTCODE":
            self.postcode_v4(arg)
        elif name == "ADDR":
            self.address_v4(arg)
        elif name == "EMAIL":
            self.email_v4(arg, args[1])
        elif name == "SPELLED":
            self.spelled_v4(arg, args[1] if len(args) > 1 else "sur")
        elif name == "DATE":
            self.date_v4(arg)
        elif name == "DOB":  # {DOB} any way; {DOB:sp_dob_yearfirst} that way
            self.date_v4("dob", arg)
        elif name == "DAYONLY":
            day = self.day if self.rng.random() < 0.6 else self.rng.randint(1, 28)
            self.b.ent(ordinal_words(day, self.rng.choice(self.h.hyphen)), "DATE", None,
                       "sp_day_only")
        elif name == "BIRTHYEAR":
            self.birthyear_v4()
        elif name == "AGE":
            self.age_v4(arg, args[1] if len(args) > 1 else None)
        elif name == "HOUSE":  # a named house alone (the names are the set's data)
            self.b.ent(self.rng.choice(self.t.negatives["_houses"]), "LOCATION", None,
                       "house_name")
        elif name == "NEGV4":  # plain text drawn from the set's own lists
            self.b.lit(self.rng.choice(self.t.negatives[arg]))
        else:
            return False
        return True

    def zero_v4(self) -> str:
        return self.rng.choice(self.h.v4_zero_words)

    def group_v4(self, group: str, zero: str, style: str) -> str:
        """One digit group: dictated digit by digit, in pairs, as a hundred, or with "double"
        and "three sixes"."""
        rng, h = self.rng, self.h
        hy = rng.choice(h.hyphen)
        if style == "dictation":
            return ", ".join(zero if d == "0" else UNITS[int(d)] for d in group)
        if style == "pairs":
            out = []
            for i in range(0, len(group), 2):
                pair = group[i:i + 2]
                if len(pair) == 1:
                    out.append(zero if pair == "0" else UNITS[int(pair)])
                elif pair == "00":
                    out.append(f"double {zero}")
                elif pair[0] == "0":
                    out.append(f"{zero} {UNITS[int(pair[1])]}")
                else:
                    out.append(cardinal(int(pair), hy))
            return " ".join(out)
        if style == "hundreds" and len(group) == 3 and group[0] != "0":
            return cardinal(int(group), hy)
        words: list[str] = []
        i = 0
        while i < len(group):
            d = group[i]
            run = len(group) - i - len(group[i:].lstrip(d))
            word = zero if d == "0" else UNITS[int(d)]
            if run >= 3 and rng.random() < h.p_counted:
                plural = {"six": "sixes", "oh": "ohs", "O": "Os"}.get(word, word + "s")
                words.append(f"three {plural}")
                i += 3
            elif run >= 2 and rng.random() < h.p_double:
                words.append(f"double {word}")
                i += 2
            else:
                words.append(word)
                i += 1
        return " ".join(words)

    def speak_v4(self, digits: str, groups: list[int], unclear: bool = True) -> str:
        """A digit string read out the round-7 ways; now and then with a transcriber's
        "[inaudible]" or "[?]" between two groups or after a digit it was unsure of."""
        rng, h = self.rng, self.h
        parts, pos = [], 0
        for g in groups:
            parts.append(digits[pos:pos + g])
            pos += g
        assert pos == len(digits), (digits, groups)
        zero = self.zero_v4()
        r = rng.random()
        style = ("dictation" if r < h.p_dictation else
                 "pairs" if r < h.p_dictation + h.p_all_pairs else
                 "hundreds" if r < h.p_dictation + h.p_all_pairs + h.p_hundreds else "plain")
        said = [self.group_v4(p, zero, style) for p in parts]
        seps = [rng.choice(h.v4_group_seps) for _ in said[1:]]
        if unclear and len(said) > 1 and rng.random() < h.p_unclear:
            k = rng.randrange(len(seps))
            mark = rng.choice(h.unclear_marks)
            seps[k] = f" {mark} " if rng.random() < 0.5 else f" {mark}{seps[k]}"
        out = said[0]
        for sep, s in zip(seps, said[1:]):
            out += sep + s
        return out

    def mobile_v4(self) -> str:
        return "07" + self.rng.choice("34579") + f"{self.rng.randint(0, 10 ** 8 - 1):08d}"

    def phone_v4(self, form: str) -> None:
        rng, b = self.rng, self.b
        mobile = self.mobile_v4()
        area, n = rng.choice(list(self.pools.landline_areas))
        landline = "0" + area + str(rng.randint(2 * 10 ** (n - 1), 10 ** n - 1))
        lgroups = [len(area) + 1] + {6: [3, 3], 7: [3, 4], 8: [4, 4]}[n]
        mgroups = rng.choice([[5, 3, 3], [5, 6], [3, 4, 4], [4, 3, 4], [5, 3, 3]])
        if form == "mobile":
            b.ent(self.cap(self.speak_v4(mobile, mgroups)), "PHONE", None, "sp_mobile")
        elif form == "landline":
            b.ent(self.cap(self.speak_v4(landline, lgroups)), "PHONE", None, "sp_landline")
        elif form == "area":  # "the area code's [oh one five...], and then [six four one...]"
            b.ent(self.cap(self.speak_v4(landline[:len(area) + 1], [len(area) + 1], False)),
                  "PHONE", None, "sp_area_code")
            b.lit(rng.choice([", and then the number is ", ", then ", ", and after that it's ",
                              ". The number itself is "]))
            b.ent(self.speak_v4(landline[len(area) + 1:], lgroups[1:]), "PHONE", None,
                  "sp_area_code")
        elif form == "head":  # the speaker's part; a third voice finishes it (form "tail")
            self.pending = mobile[6:]
            b.ent(self.cap(self.speak_v4(mobile[:6], [3, 3], False)), "PHONE", None, "sp_chipped")
        elif form == "tail":
            rest = self.pending or mobile[6:]
            b.ent(self.cap(self.speak_v4(rest, [len(rest)], False)), "PHONE", None, "sp_chipped")
        elif form == "mem":  # the part remembered; the rest read off a letter (form "letter")
            self.pending = mobile[5:]
            b.ent(self.cap(self.speak_v4(mobile[:5], [5], False)), "PHONE", None,
                  "sp_half_remembered")
        elif form == "letter":
            rest = self.pending or mobile[5:]
            b.ent(self.cap(self.speak_v4(rest, [3, 3], False)), "PHONE", None,
                  "sp_half_remembered")
        elif form == "lastfour":  # "[oh one two three nine, six four], and the last four are [...]"
            head = landline[:-4]
            b.ent(self.cap(self.speak_v4(head, [len(area) + 1, len(head) - len(area) - 1], False)),
                  "PHONE", None, "sp_partial")
            b.lit(rng.choice([", and the last four are ", ", then the last four digits, ",
                              "... and it ends "]))
            b.ent(self.speak_v4(landline[-4:], [4], False), "PHONE", None, "sp_partial")
        elif form == "intl":
            lead = rng.choice(["country code forty-four", "forty-four", "plus forty-four, no zero,",
                               "double-oh forty-four"])
            if lead.startswith("country code"):
                b.lit(self.cap("country code "))
                lead = lead.removeprefix("country code ")
            b.ent(self.cap(f"{lead} {self.speak_v4(mobile[1:], [4, 3, 3])}"), "PHONE", None,
                  "sp_intl")
        elif form == "spaced":  # a transcriber typing digit by digit as it was dictated
            b.ent(" ".join(mobile if rng.random() < 0.6 else landline), "PHONE", None, "spaced")
        elif form == "signature":  # pasted from an e-mail signature
            s = rng.choice([f"+44 (0){landline[1:len(area) + 1]} {landline[len(area) + 1:]}",
                            f"{landline[:len(area) + 1]} {landline[len(area) + 1:]}",
                            f"+44 (0){mobile[1:5]} {mobile[5:]}"])
            b.ent(s, "PHONE", None, "intl_written" if s.startswith("+") else "landline")
        else:  # pragma: no cover - template typo
            raise ValueError(form)

    def number_v4(self, kind: str, form: str) -> None:
        rng, b = self.rng, self.b
        d = self.nhs_digits() if kind == "NHS" else self.chi_digits() if kind == "CHI" else \
            f"{rng.randint(2, 7)}{rng.randint(0, 999999):06d}"
        type_ = "GMC_NUMBER" if kind == "GMC" else "NHS_NUMBER"
        if form == "written":
            s = {"NHS": rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]), "CHI": f"{d[:6]} {d[6:]}",
                 "GMC": d}[kind]
            b.ent(s, type_, None, {"NHS": "nhs", "CHI": "chi", "GMC": "gmc"}[kind])
            return
        if form == "spaced":
            b.ent(" ".join(d), type_, None, "spaced")
            return
        if kind == "CHI" and form == "tail":  # "my birthday, then [four four one nine]"
            born = datetime.date(2000 + int(d[4:6]) if int(d[4:6]) < 20 else 1900 + int(d[4:6]),
                                 int(d[2:4]), int(d[:2]))
            hy = rng.choice(self.h.hyphen)
            b.ent(self.cap(f"{ordinal_words(born.day, hy)} of {MONTHS[born.month - 1]}, "
                           f"{cardinal(born.year % 100, hy) if born.year % 100 >= 10 else 'oh ' + UNITS[born.year % 100]}"),
                  "DATE", None, "sp_dob")
            b.lit(rng.choice([", and then ", ", then the four after are ", ", plus "]))
            b.ent(self.speak_v4(d[6:], [4], False), "NHS_NUMBER", None, "sp_chi_tail")
            return
        groups = {"NHS": [[3, 3, 4], [3, 3, 4], [3, 3, 2, 2], [4, 3, 3]],
                  "CHI": [[2, 2, 2, 4], [6, 4], [2, 2, 2, 2, 2]],
                  "GMC": [[3, 4], [7], [4, 3], [1, 3, 3]]}[kind]
        s = self.speak_v4(d, rng.choice(groups))
        b.ent(self.cap(s), type_, None, {"NHS": "sp_nhs", "CHI": "sp_chi", "GMC": "sp_gmc"}[kind])

    def letter_v4(self, c: str) -> str:
        names = dict(self.h.letter_names)
        if c in names and self.rng.random() < self.h.p_letter_names:
            return names[c]
        return c

    def postcode_v4(self, form: str) -> None:
        """Letters by their names ("aitch", "double-u", "zed"), "space" said between the
        halves, the district "one-eight" or "eighteen", or the outward code alone."""
        rng, b, h = self.rng, self.b, self.h
        outward = rng.choice(self.pools.postcode_outward)
        inward = f"{rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        if form == "written":
            b.ent(rng.choice([f"{outward} {inward}", f"{outward} {inward}", f"{outward}  {inward}"]),
                  "POSTCODE", None, "postcode")
            return
        letters = re.match(r"[A-Z]+", outward).group()  # type: ignore[union-attr]
        num = outward[len(letters):]
        said = [self.letter_v4(c) for c in letters]
        out = (" " if any(len(x) > 1 for x in said) else rng.choice([" ", ""])).join(said)
        if len(num) == 2 and rng.random() < 0.5:
            say_n = cardinal(int(num), rng.choice(h.hyphen))
        else:
            say_n = "-".join(self.zero_v4() if c == "0" else UNITS[int(c)] for c in num) \
                if rng.random() < 0.5 else " ".join(self.zero_v4() if c == "0" else UNITS[int(c)] for c in num)
        out = f"{out} {say_n}"
        if form == "outward":
            b.ent(self.cap(out), "POSTCODE", None, "sp_outward")
            return
        in_l = [self.letter_v4(c) for c in inward[1:]]
        in_s = f"{UNITS[int(inward[0])]} {' '.join(in_l)}"
        mid = rng.choice([" space ", ", space, ", " — space — ", ", ", " ", " [pause] "])
        b.ent(self.cap(f"{out}{mid}{in_s}"), "POSTCODE", None,
              "sp_postcode_space" if "space" in mid else "sp_postcode")

    def address_v4(self, form: str) -> None:
        """Named houses, apartments, Edinburgh's "fourteen stroke three", Glasgow's "two up"
        and "flat two-one", a house number given after the street."""
        rng, b = self.rng, self.b
        street = rng.choice(self.pools.streets)
        n = rng.choice([rng.randint(1, 70), rng.randint(1, 70), rng.randint(100, 260)])
        hy = rng.choice(self.h.hyphen)
        if form == "written":
            s = rng.choice([f"{n} {street}", f"Flat {rng.randint(1, 4)}/{rng.randint(1, 3)}, {n} {street}",
                            f"{rng.choice(self.t.negatives['_houses'])}, {street}"])
            b.ent(s, "LOCATION", None, "address")
            return
        words = cardinal(n, hy, hundred_a=rng.random() < 0.3)
        style = rng.choice(["house", "apartment", "stroke", "up", "plain", "house", "after"])
        if style == "house":
            s = f"{rng.choice(self.t.negatives['_houses'])}, {street}"
        elif style == "apartment":
            s = f"apartment {cardinal(rng.randint(2, 40), hy)}, {words} {street}"
        elif style == "stroke":
            s = f"{words} stroke {cardinal(rng.randint(1, 9))}, {street}"
        elif style == "up":
            s = rng.choice([f"two up, {words} {street}", f"flat {UNITS[rng.randint(0, 3)]}-{UNITS[rng.randint(1, 2)]}, {words} {street}"])
        elif style == "after":  # "[<street>, number sixty]": the street first
            s = f"{street}, number {words}"
        else:
            s = f"{words} {street}"
        b.ent(self.cap(s), "LOCATION", None, "sp_address")

    LETTER_SAID: ClassVar[dict[str, str]] = {
        "a": "ay", "b": "bee", "d": "dee", "j": "jay", "k": "kay", "m": "em", "n": "en",
        "r": "ar", "s": "ess", "t": "tee"}

    def email_v4(self, who: str, form: str) -> None:
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
            local = rng.choice([f"{first}.{sur}", f"{first[0]}.{sur}", f"{first}-{sur}",
                                f"{sur}{rng.randint(2, 9)}", f"{first[0]}{sur}-{rng.randint(10, 30)}",
                                f"{first}.{sur}.{rng.randint(1, 9)}", f"{sur}.{first}"])
            addr = f"{local}@{rng.choice(self.pools.email_domains)}"
        if form == "typed":
            b.ent(addr, "EMAIL", code, "typed")
            return
        local, domain = addr.split("@")
        dot = rng.choice(h.v4_dot_words)
        words = []
        for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
            if piece == ".":
                words.append(dot)
            elif piece == "_":
                words.append("underscore")
            elif piece == "-":
                words.append(rng.choice(["dash", "hyphen", "dash"]))
            elif piece.isdigit():
                w = cardinal(int(piece), rng.choice(h.hyphen))
                words.append(rng.choice([w, f"the number {w}", f"{w}, the number,"]))
            elif len(piece) == 1 and piece in self.LETTER_SAID and rng.random() < 0.5:
                words.append(self.LETTER_SAID[piece])  # "jay dot ..." for "j."
            else:
                words.append(piece)
        dwords = []
        for part in domain.split("."):
            if part == "googlemail" and rng.random() < 0.6:
                part = "google mail"
            elif part == "nhs" and rng.random() < 0.4:
                part = "N H S"
            dwords.append(part)
        at = rng.choice(h.v4_at_words)
        words[-1] = words[-1].removesuffix(",")
        s = f"{' '.join(words)} {at} {(' ' + dot + ' ').join(dwords)}"
        s = s.replace(" ,", ",")
        symbols = any(w in words for w in ("underscore", "dash", "hyphen"))
        b.ent(s, "EMAIL", code, "sp_email_symbols" if symbols else "sp_email")
        if rng.random() < 0.3:
            b.lit(rng.choice([", no spaces", ", no caps anywhere", ", that's the lot",
                              ", all joined up"]))

    def spelled_v4(self, who: str, which: str) -> None:
        """Spellings: "two Ts" for a pair, letters by their names ("aitch", "double-u"),
        chunks with pauses ("S M I... T H"), "then" between letters."""
        rng = self.rng
        p = self.cast[who]
        name = p.first if which == "first" else p.sur
        letters = [c for c in name.upper() if c.isalpha()]
        style = rng.choice(["counted", "names", "chunks", "then", "counted", "names"])
        tokens: list[str] = []
        i = 0
        while i < len(letters):
            c = letters[i]
            if style == "counted" and i + 1 < len(letters) and letters[i + 1] == c:
                tokens.append(f"two {c}s")
                i += 2
                continue
            tokens.append(self.letter_v4(c) if style == "names" else c)
            i += 1
        if style == "chunks" and len(tokens) > 4:
            k = rng.randint(2, len(tokens) - 2)
            s = " ".join(tokens[:k]) + rng.choice(["... ", " — ", ", er, "]) + " ".join(tokens[k:])
        elif style == "then":
            s = ", then ".join(tokens) if len(tokens) < 6 else \
                ", ".join(tokens[:3]) + ", then " + ", ".join(tokens[3:])
        else:
            s = rng.choice([", ", " ", "-"] if style != "names" else [", ", " "]).join(tokens)
        self.b.ent(s, "PERSON", p.code, "sp_spelled")

    def year_v4(self, y: int) -> str:
        rng = self.rng
        hy = rng.choice(self.h.hyphen)
        if y < 2000:
            return f"nineteen {cardinal(y % 100, hy)}" if y % 100 >= 10 else f"nineteen oh {UNITS[y % 100]}"
        if y < 2010:
            return rng.choice([f"two thousand and {UNITS[y - 2000]}", f"two thousand {UNITS[y - 2000]}"])
        return rng.choice([f"twenty {cardinal(y - 2000, hy)}", f"two thousand and {cardinal(y - 2000, hy)}"])

    ROMAN: ClassVar[tuple[str, ...]] = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix",
                                        "x", "xi", "xii")

    def date_v4(self, form: str, dob_form: str = "") -> None:
        """Holidays, cardinal days ("twelve of March"), dictated slashes, year-first dates of
        birth, month and two-digit year, written roman months and US order."""
        rng, b, h = self.rng, self.b, self.h
        dob = form == "dob"
        if dob:
            when = datetime.date(rng.randint(1954, 1997), rng.randint(1, 12), rng.randint(1, 28))
            form = dob_form or rng.choice(["sp_dob_yearfirst", "sp_dob_cardinal", "sp_slashes",
                                           "sp_month_yy", "sp_dob_yearfirst", "sp_dob_cardinal",
                                           "roman", "us_mdy"])
        else:
            when = datetime.date(rng.randint(2007, 2025), rng.randint(1, 12), rng.randint(1, 28))
        day, mon, mname = when.day, when.month, MONTHS[when.month - 1]
        self.day, self.month = day, mon
        hy = rng.choice(h.hyphen)
        yy = when.year % 100
        short = cardinal(yy, hy) if yy >= 10 else f"{self.zero_v4()} {UNITS[yy]}"
        if form == "holiday":
            fixed, movable = self.t.negatives["_holidays_fixed"], self.t.negatives["_holidays_movable"]
            if rng.random() < 0.6:
                s = rng.choice(fixed)
                if rng.random() < 0.5:
                    s += rng.choice([", ", " "]) + self.year_v4(when.year)
            else:
                s = f"{rng.choice(movable)}{rng.choice([', ', ' '])}{self.year_v4(when.year)}"
            b.ent(self.cap(s), "DATE", None, "sp_holiday")
            return
        if form in ("written", "roman", "us_mdy", "dm_abbr"):
            if form == "written":
                form = rng.choice(["roman", "us_mdy", "dm_abbr"])
            s = {"roman": f"{day}.{self.ROMAN[mon - 1]}.{when.year if rng.random() < 0.5 else f'{yy:02d}'}",
                 "us_mdy": f"{mname} {day}, {when.year}",
                 "dm_abbr": f"{day}{ordinal_suffix(day)} {mname[:3]}"}[form]
            b.ent(s, "DATE", None, form)
            return
        card = cardinal(day, hy)
        if form == "sp_dom_cardinal":  # "the [twelve of March]": the "the" outside
            s = rng.choice([f"{card} of {mname}", f"{mname} {card}", f"{card} {mname}",
                            f"{card} of {mname}, {self.year_v4(when.year)}"])
            if s[0].islower() and rng.random() < 0.5:
                b.lit(self.cap("the "))
        elif form == "sp_slashes":
            sl = rng.choice([" slash ", " stroke "])
            if rng.random() < 0.5:
                parts = [f"{self.zero_v4()} {UNITS[x]}" if x < 10 else f"{UNITS[x // 10]} {UNITS[x % 10]}"
                         for x in (day, mon)]
                s = sl.join([*parts, f"{UNITS[yy // 10] if yy >= 10 else self.zero_v4()} {UNITS[yy % 10]}"])
            else:
                s = sl.join([cardinal(day, hy), cardinal(mon, hy), short])
        elif form == "sp_dob_yearfirst":
            s = rng.choice([f"{self.year_v4(when.year)}, {mname}, the {ordinal_words(day, hy)}",
                            f"{short}, {mname}, {card}",
                            f"{self.year_v4(when.year)}, {cardinal(mon)}, {card}"])
        elif form == "sp_dob_cardinal":
            s = rng.choice([f"{card} {mname} {short}", f"{card} of {mname}, {self.year_v4(when.year)}"])
        elif form == "sp_month_yy":
            s = f"{mname} {short}"
        elif form == "sp_dom":
            s = f"{ordinal_words(day, hy)} of {mname}"
        elif form == "sp_dom_y":
            s = f"{ordinal_words(day, hy)} of {mname}, {self.year_v4(when.year)}"
        elif form == "sp_weekday_dom":
            s = f"{WEEKDAYS[when.weekday()]} the {ordinal_words(day, hy)} of {mname}"
        elif form == "sp_month_year":
            s = f"{mname} {self.year_v4(when.year)}"
        elif form == "sp_md":
            s = f"{mname} the {ordinal_words(day, hy)}"
        else:  # pragma: no cover - template typo
            raise ValueError(form)
        b.ent(self.cap(s), "DATE", None, form)

    def birthyear_v4(self) -> None:
        """A year of birth digit by digit ("one nine seven eight") or said the usual way."""
        rng = self.rng
        y = rng.randint(1955, 1997)
        if rng.random() < 0.5:
            s, form = " ".join(UNITS[int(c)] for c in str(y)), "sp_birth_year_digits"
        else:
            s, form = self.year_v4(y), "sp_birth_year"
        self.b.ent(self.cap(s), "DATE", None, form)

    AGE_V4: ClassVar[dict[str, str]] = {
        "have_years": "sp_have_years", "of_age": "sp_years_of_age", "this_year": "sp_this_year",
        "young": "sp_years_young", "answer": "sp_answer", "words": "sp_words", "half": "sp_half",
        "chipped": "sp_chipped", "yo": "yo", "decade": "sp_decade", "interjection": "sp_interjection",
        "not_out": "sp_not_out"}

    def age_v4(self, form: str, kind: str | None) -> None:
        rng, b = self.rng, self.b
        lo, hi = self.AGE_RANGES[kind or "adult"]
        n = rng.randint(lo, hi)
        hy = rng.choice(self.h.hyphen)
        if form == "yo":
            b.ent(str(n), "AGE", None, "yo")
            return
        if form == "half":
            s = f"{cardinal(rng.randint(2, 12))} and a half"
        elif form == "decade":
            s = TENS[max(2, n // 10)][:-1] + "ies"
        elif form == "this_year":
            s = cardinal(rng.choice([30, 40, 50, 60, 45, 55, 65]) if rng.random() < 0.5 else n, hy)
        else:
            s = cardinal(n, hy)
        b.ent(self.cap(s), "AGE", None, self.AGE_V4[form])
