"""Invented training transcripts for the spoken tagger (scripts/train_spoken_tagger.py):
identifiers read out in the SHAPES every author varies - said in parts (tail first, halves a
sentence apart), with another voice, a pause, a filler, a check of the line or a repeat of a
group inside, digits said as any of the usual words - and ordinary talk full of numbers beside
them (counts, doses, times, scores, wards and beds, pages, money, rotas).

Round 16 adds READ-BACKS and CORRECTIONS (:func:`readback_documents`): a second voice says a
number back to check it ("so that's ...?", "did you say ...?"), one digit wrong or right, and the
speaker confirms or corrects it ("no, seven NINE four one", "not six, eight", "the last bit's
...") - for identifiers (every saying labelled) and, as often, for ordinary numbers said digit
by digit or in words (counts, doses, results, heights and weights, money, distances, years of a
building or a service: never labelled), so that what decides is the context the number was
first said in, not that it is repeated.

Written from general knowledge, in our own words; no corpus's strings. Deterministic (a fixed
seed): the same call gives the same documents, so the model stays reproducible byte for byte.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from _corpus import Document, GoldSpan

SEED = 15
DIGIT = {"0": ("oh", "zero", "nought", "oh", "zero"), "1": ("one",), "2": ("two",),
         "3": ("three",), "4": ("four",), "5": ("five",), "6": ("six",), "7": ("seven",),
         "8": ("eight",), "9": ("nine",)}
#: what may sit INSIDE a number read out (labelled with the number: it is redacted with it)
INSIDE = ("er", "um", "erm", "uh", "sorry", "(.)", "(..)", "(0.6)", "(1.4)", "[inaudible]",
          "[crosstalk]", "[pause]", "(Interviewer: mm-hm)", "(R: yep)", "(Nurse: got that)",
          "(Int: okay)", "— are you still with me? —", "- hello? -", "hang on,", "wait,",
          "you there?", "did you get that?", "let me check,", "no, sorry,", "I think,")
SPEAKERS = ("P01", "P04", "Resp", "R", "Participant", "Interviewee", "P12 (phone)", "Speaker 2",
            "Mum", "Caller")
ASKERS = ("Int", "I", "Interviewer", "Researcher", "Q", "Facilitator")
CUES = {
    "PHONE": ("my mobile is", "the number's", "you can ring me on", "the ward line is",
              "text me on", "my landline's", "her phone is", "call the office on",
              "my work phone,", "the best number is"),
    "NHS_NUMBER": ("my NHS number is", "his NHS number's", "the number on my card is",
                   "the hospital number was", "my CHI is", "her NHS one is"),
    "GMC_NUMBER": ("my GMC number is", "the GMC's", "my registration number is",
                   "her GMC number was", "my PIN is", "my reference number is"),
    "POSTCODE": ("the postcode is", "postcode's", "it's", "the code is", "post code,"),
}
#: how a number said in two parts is framed (first part, joint, second part): tail first,
#: halves, "the start/the rest"
PARTS = (("it ends", ". And before that,", ""), ("the last bit is", ". The first bit is", ""),
         ("the first half is", ". Then the second half,", ""), ("it starts", ", and then",
                                                                ""),
         ("it finishes", "; that's the end. The start is", ""),
         ("the beginning is", ". The rest is", ""))
#: ordinary talk with numbers in it (never an identifier)
ORDINARY = (
    "we gave {a} milligrams {b} times a day for {c} days",
    "I did {a} nights, then {b} days, then {c} off",
    "she scored {a} out of {b} on the first test and {c} on the second",
    "ward {a}, bay {b}, bed {c}, that's where he was",
    "it was on page {a}, paragraph {b}, line {c}",
    "we had {a} patients, {b} nurses and {c} healthcare assistants",
    "the bus was the {a}, then the {b}, then the {c}",
    "I paid {a} pounds, then {b}, then {c} for parking",
    "{a}, {b}, {c} - we counted them all out loud",
    "the rota was {a} on, {b} off, {c} on",
    "level {a}, room {b}, it took {c} minutes to find",
    "{a} or {b} or maybe {c}, I can never remember",
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _say_digits(digits: str, rnd: random.Random) -> list[str]:
    words: list[str] = []
    k = 0
    while k < len(digits):
        d = digits[k]
        if k + 1 < len(digits) and digits[k + 1] == d and rnd.random() < 0.4:
            words += ["double", rnd.choice(DIGIT[d])]
            k += 2
            continue
        words.append(rnd.choice(DIGIT[d]))
        k += 1
    return words


def _number(entity: str, rnd: random.Random) -> str:
    if entity == "PHONE":
        return rnd.choice(("07", "01", "02")) + "".join(rnd.choice("0123456789") for _ in range(9))
    if entity == "NHS_NUMBER":
        return "".join(rnd.choice("0123456789") for _ in range(10))
    return "".join(rnd.choice("123456789") for _ in range(7))


def _postcode(rnd: random.Random) -> list[str]:
    letters = "ABCDEFGHJKLMNPRSTWY"
    out = [rnd.choice(letters), rnd.choice(letters)][:rnd.choice((1, 2))]
    out += _say_digits(str(rnd.randint(1, 29)), rnd) if rnd.random() < 0.5 else \
        [("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "fourteen", "twenty", "twenty-one", "forty-two")[rnd.randrange(16)]]
    inward = [rnd.choice(DIGIT[str(rnd.randint(0, 9))]), rnd.choice(letters), rnd.choice(letters)]
    return [*out, *inward]


def _groups(words: list[str], rnd: random.Random) -> list[list[str]]:
    cuts = sorted(rnd.sample(range(2, len(words) - 1), k=min(2, len(words) - 3)))
    out, last = [], 0
    for c in cuts:
        out.append(words[last:c])
        last = c
    out.append(words[last:])
    return [g for g in out if g]


class _Doc:
    def __init__(self) -> None:
        self.text = ""
        self.spans: list[GoldSpan] = []

    def add(self, piece: str, entity: str | None = None) -> None:
        start = len(self.text)
        self.text += piece
        if entity is not None:
            self.spans.append(GoldSpan(start, len(self.text), entity, None, "sp_synth"))


def _read_out(words: list[str], rnd: random.Random, inside: float) -> str:
    groups = _groups(words, rnd) if len(words) > 4 else [words]
    text = ""
    for k, group in enumerate(groups):
        if k:
            text += rnd.choice((", ", " ", "; ", " - ", "... "))
            if rnd.random() < inside:
                text += rnd.choice(INSIDE) + " "
        text += " ".join(group)
    return text


def documents(count: int = 300) -> list[Document]:
    """``count`` invented transcripts, each a few turns with one identifier read out (whole
    or in two parts) and ordinary numbers around it."""
    rnd = random.Random(SEED)
    out: list[Document] = []
    for n in range(count):
        doc = _Doc()
        entity = rnd.choice(("PHONE", "PHONE", "NHS_NUMBER", "GMC_NUMBER", "POSTCODE"))
        ask, say = rnd.choice(ASKERS), rnd.choice(SPEAKERS)
        a, b, c = (rnd.choice(("two", "three", "four", "five", "six", "seven", "eight", "nine",
                               "ten", "twelve", "twenty", "forty", "one")) for _ in range(3))
        doc.add(f"{ask}: Can I take a number for you?\n\n{say}: ")
        if rnd.random() < 0.5:
            doc.add(_cap(rnd.choice(ORDINARY).format(a=a, b=b, c=c)) + ". ")
        words = _postcode(rnd) if entity == "POSTCODE" else _say_digits(_number(entity, rnd), rnd)
        if rnd.random() < 0.35 and len(words) >= 6:
            first, joint, _ = rnd.choice(PARTS)
            half = rnd.randint(3, len(words) - 3)
            tail_first = first.startswith(("it ends", "the last", "it finishes"))
            one, two = (words[half:], words[:half]) if tail_first else (words[:half], words[half:])
            cue = rnd.choice(CUES[entity]).removesuffix(",").removesuffix(" is")
            doc.add(_cap(cue.removesuffix("'s")) + "? " + _cap(first) + " ")
            doc.add(_read_out(one, rnd, 0.3), entity)
            doc.add(joint + " ")
            doc.add(_read_out(two, rnd, 0.3), entity)
            doc.add(". ")
        else:
            doc.add(_cap(rnd.choice(CUES[entity])) + " ")
            doc.add(_read_out(words, rnd, 0.5), entity)
            doc.add(rnd.choice((". ", ", yeah. ", ", that's it. ", ". Got that? ")))
        if rnd.random() < 0.6:
            doc.add(_cap(rnd.choice(ORDINARY).format(a=c, b=a, c=b)) + ".")
        doc.add(f"\n\n{ask}: Thank you.\n")
        out.append(Document(f"synth-{n:03d}", "P01", doc.text, tuple(doc.spans), "spoken"))
    return out


#: how a second voice says a number back to check it
READBACK = ("So that's", "Sorry, was that", "Did you say", "Let me read that back:", "Just to check,",
            "You said", "That's", "So,", "Okay, so", "Hang on, is that", "Right, so it's", "")
#: how the speaker answers a read-back that is right
CONFIRM = ("Yes.", "That's right.", "Spot on.", "Yeah, that's it.", "Correct.", "Mm-hm, yes.",
           "That's the one.")
#: how the speaker corrects a read-back (before the corrected digits)
CORRECT = ("No,", "No, no,", "Not quite,", "Sorry, no -", "Nearly -", "No, it's", "That's wrong, it's",
           "Other way round,", "I tell a lie,", "No, sorry, I said", "Not", "Close,")
#: the voices that read back (a second interviewer, a note-taker, a relative)
CHECKERS = ("Int", "I", "Interviewer", "Int2", "I2", "Researcher", "Co-interviewer", "Note-taker",
            "Daughter", "Q")
#: ordinary numbers said like identifiers, in the context they are first said in: (the words
#: before, the digits, the words after); the digits are said one by one or as words
ORDINARY_SAID = (
    ("We saw about", 4, "patients that year."), ("The list was", 4, "patients when I joined."),
    ("Referrals went up to", 4, "a year."), ("The creatinine was", 3, "on the Monday."),
    ("His haemoglobin came back at", 3, "."), ("Her sats were", 2, "percent on air."),
    ("The platelets were", 3, ", so we held off."), ("I'm", 3, "centimetres, or I was."),
    ("He weighed", 3, "kilos at the worst."), ("It cost us", 4, "pounds for the course."),
    ("The grant was", 5, "pounds over three years."), ("It was", 3, "miles each way."),
    ("The ward opened in", 4, ", the new block."), ("The merger was in", 4, ", I think."),
    ("The unit had", 3, "beds in those days."), ("We did", 4, "procedures that year."),
    ("The dose went up to", 3, "milligrams."), ("The rent was", 3, "a month."),
    ("My score was", 3, "out of three hundred."), ("The audit had", 3, "cases."),
    ("The exam pass mark was", 3, "."), ("We ran", 4, "clinics over the project."),
    ("The service covered", 5, "people."), ("The blood pressure was one", 2, "over ninety."),
    ("It was", 4, "when they built it."), ("That was", 4, ", the year of the strike."),
    ("We moved wards in", 4, "."), ("The count came to", 4, "."),
)
#: ordinary numbers said as a short list of two-digit groups (scores, readings, results)
ORDINARY_GROUPS = ("The scores were", "The readings were", "Her results were", "We got",
                   "The temperatures were", "The marks were", "It went", "The levels were")
TENS_SAID = ("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
TEENS_SAID = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
              "eighteen", "nineteen")


def _say_pairs(digits: str) -> list[str]:
    """Digits said two at a time where they can be ("nineteen seventy-nine", "twelve fifty")."""
    words: list[str] = []
    for k in range(0, len(digits) - 1, 2):
        a, b = digits[k], digits[k + 1]
        if a == "0":
            words += [DIGIT["0"][0], DIGIT[b][0]]
        elif a == "1":
            words.append(TEENS_SAID[int(b)])
        else:
            words.append(TENS_SAID[int(a) - 1] + ("" if b == "0" else "-" + DIGIT[b][0]))
    if len(digits) % 2:
        words.append(DIGIT[digits[-1]][0])
    return words


def _wrong(digits: str, rnd: random.Random) -> tuple[str, int]:
    """The digits with one changed (as a read-back misheard), and where."""
    k = rnd.randrange(len(digits))
    other = rnd.choice([d for d in "0123456789" if d != digits[k]])
    return digits[:k] + other + digits[k + 1:], k


def _emphasised(digits: str, k: int, rnd: random.Random) -> list[str]:
    """The digits said one by one, the one at ``k`` stressed in capitals (a correction)."""
    words = [rnd.choice(DIGIT[d]) for d in digits]
    words[k] = words[k].upper()
    return words


def _scene(doc: _Doc, digits: str, said: list[str], entity: str | None, rnd: random.Random,
           say: str, check: str) -> None:
    """The read-back and its answer, after the number was first said (``said``)."""
    wrong = rnd.random() < 0.55
    back_digits, k = _wrong(digits, rnd) if wrong else (digits, 0)
    back = said if not wrong and rnd.random() < 0.4 else (
        _say_digits(back_digits, rnd) if rnd.random() < 0.7 or len(digits) > 5
        else _say_pairs(back_digits))
    frame = rnd.choice(READBACK)
    doc.add(f"\n\n{check}: " + (frame + " " if frame else ""))
    doc.add(_read_out(back, rnd, 0.1) if entity else " ".join(back), entity)
    doc.add("?")
    doc.add(f"\n\n{say}: ")
    if not wrong:
        doc.add(rnd.choice(CONFIRM))
        return
    doc.add(rnd.choice(CORRECT) + " ")
    shape = rnd.random()
    if shape < 0.4 or len(digits) <= 4:
        doc.add(" ".join(_emphasised(digits, k, rnd)), entity)  # "seven NINE four one"
    elif shape < 0.7:
        # only the group with the wrong digit: "not six, EIGHT"
        a = max(0, k - 1)
        doc.add(rnd.choice(DIGIT[back_digits[k]]), entity)
        doc.add(", ")
        doc.add(" ".join(_emphasised(digits[a:k + 2], k - a, rnd)), entity)
    elif k < len(digits) - 4:
        doc.add(" ".join(_emphasised(digits, k, rnd)), entity)
    else:
        # the end again: "the last bit's two two seven NINE"
        a = len(digits) - 4
        doc.add("the last bit's ")
        doc.add(" ".join(_emphasised(digits[a:], k - a, rnd)), entity)
    doc.add(rnd.choice((".", ", sorry.", ". I always do that.", ", not what you said.")))


def readback_documents(count: int = 500) -> list[Document]:
    """``count`` invented transcripts in which a number is said, read back by another voice
    (right or one digit wrong) and confirmed or corrected: an identifier in about half
    (labelled every time it is said), an ordinary number in the rest (never labelled)."""
    rnd = random.Random(SEED + 1)
    out: list[Document] = []
    for n in range(count):
        doc = _Doc()
        say, check = rnd.choice(SPEAKERS), rnd.choice(CHECKERS)
        if rnd.random() < 0.5:
            entity: str | None = rnd.choice(("PHONE", "PHONE", "NHS_NUMBER", "GMC_NUMBER"))
            assert entity is not None
            digits = _number(entity, rnd)
            said = _say_digits(digits, rnd)
            doc.add(f"{check}: And the best way to reach you?\n\n{say}: " if entity == "PHONE"
                    else f"{check}: Have you got it there?\n\n{say}: ")
            doc.add(_cap(rnd.choice(CUES[entity])) + " ")
            doc.add(_read_out(said, rnd, 0.3), entity)
            doc.add(".")
        else:
            entity = None
            before, width, after = rnd.choice(ORDINARY_SAID)
            digits = str(rnd.randint(1, 9)) + "".join(rnd.choice("0123456789")
                                                      for _ in range(width - 1))
            if before.endswith("in") and width == 4:
                digits = str(rnd.randint(1948, 2019))
            said = _say_digits(digits, rnd) if rnd.random() < 0.6 else _say_pairs(digits)
            doc.add(f"{check}: Tell me about then.\n\n{say}: ")
            if rnd.random() < 0.4:
                a, b, c = (rnd.choice(TEENS_SAID + TENS_SAID) for _ in range(3))
                doc.add(_cap(rnd.choice(ORDINARY).format(a=a, b=b, c=c)) + ". ")
            if rnd.random() < 0.25:
                # "the scores were two one, three one and four two": groups, then said back
                digits = "".join(str(rnd.randint(1, 9)) + str(rnd.randint(0, 9)) for _ in range(3))
                groups = [" ".join(_say_digits(digits[k:k + 2], rnd)) for k in (0, 2, 4)]
                said = f"{groups[0]}, {groups[1]} and {groups[2]}".split()
                doc.add(f"{rnd.choice(ORDINARY_GROUPS)} {' '.join(said)}.")
            else:
                doc.add(f"{before} {' '.join(said)}" + ("" if after.startswith((".", ","))
                                                        else " ") + after)
        _scene(doc, digits, said, entity, rnd, say, check)
        if rnd.random() < 0.5:
            a, b, c = (rnd.choice(TEENS_SAID + TENS_SAID) for _ in range(3))
            doc.add(" " + _cap(rnd.choice(ORDINARY).format(a=a, b=b, c=c)) + ".")
        doc.add(f"\n\n{check}: Thanks.\n")
        out.append(Document(f"synth-rb-{n:03d}", "P01", doc.text, tuple(doc.spans), "spoken"))
    return out


if __name__ == "__main__":
    for d in [*documents(8), *readback_documents(12)]:
        print(d.text)
        print([d.text[s.start:s.end] for s in d.spans])
