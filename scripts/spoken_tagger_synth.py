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

Round 18 adds laughter, cross-talk, coughs and self-corrections inside numbers read out, and
ordinary numbers long enough to look like one (amounts and counts in thousands, years listed,
blood pressures, lab values said digit by digit, grades and spine points, rotas).

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



# --- Round 17: HABITS. Many voices saying every class of identifier every way people do, and
# ordinary numbers said the same ways beside them (:func:`habit_documents`). Names, addresses and
# numbers are made up here from syllables and random digits: no list of real ones is learned.

#: the syllables invented names and e-mail parts are made of
_SYLLABLES = ("ka", "lor", "ben", "mi", "tras", "vel", "dor", "an", "ric", "sel", "wyn", "ta",
              "mor", "phe", "gal", "is", "ond", "ru", "ham", "ley", "bro", "quin", "et", "zan",
              "cot", "fen", "ul", "dra", "sko", "mer", "jo", "ash", "pel", "ny", "ox", "ter")
#: how a turn is introduced, per style of transcript
_VOICES = (("P07", "INT"), ("Participant", "Interviewer"), ("R", "I"), ("Speaker 2", "Speaker 1"),
           ("RESPONDENT", "RESEARCHER"), ("P23", "Int"), ("Dad", "Researcher"), ("B", "A"),
           ("Caller", "Call handler"), ("Interviewee", "Q"))
_FILLERS_SAID = ("er", "erm", "um", "uh", "hmm", "like", "y'know", "ah", "em")
_PAUSES = ("(.)", "(..)", "(2.1)", "(0.4)", "[pause]", "...", "-", "—", "[long pause]", "(3)")
#: round 18: laughter, cross-talk, coughs and self-corrections inside a number (labelled with it)
_INTERRUPTIONS = ("[laughs]", "(laughs)", "[laughter]", "haha", "[both laugh]", "[crosstalk]",
                  "[overlapping speech]", "[inaudible 00:04:12]", "[coughs]", "(laughing)",
                  "[phone rings]", "[dog barks]", "no wait,", "sorry, I mean", "scratch that,",
                  "no hang on, it's", "or is it - no,", "[unclear]", "(?)", "[sic]")
_BACKCHANNEL = ("(I: mm-hm)", "(Int: yeah)", "(Interviewer: okay)", "(A: got it)", "[I: yep]",
                "(Q: uh-huh)")
#: what is said between two parts of a number when the other voice answers in a turn of its own
#: another person passing a number on, inside it ("... and then she says ...")
_RELAYS = ("and then she says", "he says", "hang on, she's writing it,", "she's saying", "he's saying,",
           "what's that, love?", "says he", "and then", "she says... ", "he's checking,", "then it's")
#: voice-typing commands said between the parts of a number (a dictated transcript)
_DICTATED = ("comma", "dash", "hyphen", "full stop", "space", "new line", "point")
_BETWEEN_TURNS = ("Yep.", "Mm-hm.", "Okay.", "Got that.", "Go on.", "Uh-huh.", "Yes.", "Right.",
                  "Sorry, go on.", "And then?")
_LETTER_WORDS = {"A": ("alpha", "apple"), "B": ("bravo", "bertie"), "C": ("charlie", "cat"),
                 "D": ("delta", "dog"), "E": ("echo", "edward"), "F": ("foxtrot", "freddie"),
                 "G": ("golf", "george"), "H": ("hotel", "harry"), "I": ("india", "ivy"),
                 "J": ("juliet", "jack"), "K": ("kilo", "king"), "L": ("lima", "london"),
                 "M": ("mike", "mother"), "N": ("november", "nuts"), "O": ("oscar", "orange"),
                 "P": ("papa", "peter"), "Q": ("quebec", "queen"), "R": ("romeo", "robert"),
                 "S": ("sierra", "sugar"), "T": ("tango", "tommy"), "U": ("uniform", "uncle"),
                 "V": ("victor", "violet"), "W": ("whiskey", "william"), "X": ("x-ray", "xmas"),
                 "Y": ("yankee", "yellow"), "Z": ("zulu", "zebra")}
_HAB_CUES = {
    "PHONE": ("my mobile's", "you can get me on", "my number is", "the landline is", "ring me on",
              "it's", "the home phone is", "my work number's", "text me, it's", "the mob is",
              "my daughter's number is", "the ward phone's", "WhatsApp me on", "the direct line is",
              "contact number,", "best to call", "the office number is", "my cell is",
              "the surgery's number is", "reach me on", ""),
    "NHS_NUMBER": ("my NHS number is", "the NHS number on the letter is", "her CHI number is",
                   "it's on my card,", "his number at the hospital is", "the hospital number is",
                   "my health and care number is", "the NHS no. is", "the number they gave me was",
                   "his CHI's", ""),
    "GMC_NUMBER": ("my GMC number is", "my NMC pin is", "registration number", "the GMC no. is",
                   "my HCPC number's", "my GPhC number is", "my IMC number is",
                   "her registration's", "the council number is", "my pin is", ""),
    "POSTCODE": ("the postcode is", "postcode", "the post code's", "and it's", "the code is",
                 "for the satnav it's", "post code is", "the Eircode is", "Eircode's", ""),
    "EMAIL": ("my email is", "you can email me at", "the e-mail address is", "email,",
              "drop me a line at", "it's", "my work email's", "send it to", "the address is", ""),
    "PERSON": ("that's spelled", "spelt", "it's", "I'll spell it,", "spelling,", "that's",
               "surname,", "the surname is", "you spell it", ""),
}
_ASKS = {
    "PHONE": ("And a number for you?", "What's the best number?", "Can I take a phone number?",
              "Number to reach you on?", "And your mobile?"),
    "NHS_NUMBER": ("Do you have your NHS number?", "Have you got the number off the letter?",
                   "And the CHI?", "Can you read me the number on the card?"),
    "GMC_NUMBER": ("And your registration number?", "Your GMC number, for the form?",
                   "What's your PIN?", "Can I have your number for the register?"),
    "POSTCODE": ("And the postcode?", "Postcode for the visit?", "Where do we send it?"),
    "EMAIL": ("And an email?", "Best email for the transcript?", "Where shall I send it?"),
    "PERSON": ("How do you spell that?", "Can you spell the surname?", "Is that with a Y?"),
}
#: ordinary talk in which numbers are said like identifiers: doses, times, scores, counts,
#: years of service, prices, rooms, beds, wards, buses, pages (never labelled); {n} is a
#: number said in words or digits, {d} digits said one by one
_ORDINARY_HABITS = (
    "we gave him {n} milligrams at {t}", "she was on {n} micrograms, then {n}", "the dose was {n} mils",
    "I started at {t} and finished at {t}", "the shift was {t} till {t}", "handover's at {t}",
    "he scored {n} out of {n}", "the GCS was {n}", "her sats were {n}, then {n}",
    "the blood pressure was {n} over {n}", "the potassium was {n} point {n}",
    "we had {n} patients and {n} staff", "there were {n} of us on, {n} off",
    "I've done {n} years in the service, {n} on this ward", "I qualified in {y}",
    "it cost {n} pounds {n}", "parking's {n} pound {n} a day", "the course was {n} hundred quid",
    "she's in room {d}", "bed {d}, bay {n}", "ward {n} and ward {n}", "theatre {n}, then recovery",
    "the {n} bus, or the {d}", "page {d} of the policy", "level {n}, room {d}",
    "extension of the building in {y}", "we were {n}, {n}, {n} in the league",
    "the code for the door is on the board", "it's {d} on the whiteboard, the bay count",
    "{n}, {n}, {n}, {n}, we counted them", "from {y} to {y}", "between {n} and {n} a week",
    "the audit had {n} cases, {n} missed", "version {n} point {n} of the form",
    "the fridge was at {n} degrees", "she says {n}, and then she says {n}, the count",
    "he's saying {n} point {n} days of induction", "two point five days, then {n} point {n}",
    "temperature thirty-seven point {n}, then thirty-eight point {n}", "the pH was seven point {n}",
    "{n} dash {n} on the rota", "the score was {n} comma {n} full stop", "room {d} dash {d}", "{n} weeks pregnant, {n} days", "the HbA1c was {n}",
    "we did the {t} round and the {t} round", "call nine nine nine", "ring one one one first",
    # round 18: ordinary numbers long enough to look like an identifier, said the same ways
    "the budget was {n} thousand {n} hundred and {n} pounds", "the budget was {m}",
    "we see {m} patients a year", "the trust has {m} staff", "it cost {m}, all in",
    "{y}, {y}, then {y}, those were my years there", "I was there {y} to {y}, then {y} onwards",
    "the pressure was one {n} over {n}, then one {n} over {n}",
    "sodium {d}, potassium {n} point {n}, creatinine {d}", "the bloods were {d}, {d} and {d}",
    "band {n}, spine point {d}, that's my grade", "bed {d}, then bed {d}, then side room {n}",
    "the dose went from {n} to {n} to {n} milligrams", "it's {n} to {n} minutes, {n} if traffic's bad",
    "twenty-four seven, three sixty-five days a year", "the flight was at {t} and we landed at {t}",
    "the scores went {n}, {n}, {n}, {n}, {n}", "I did {n} years, {n} months and {n} days",
    "room {d}, building {n}, floor {n}", "on call {n} in {n}, {n} nights in a row",
    "grade {n} out of {n}, then a {n} and a {n}", "she got {n} {n} {n} in the OSCE stations",
    "page {d}, line {d}, the protocol", "the first {n} hours, then the next {n}, then {n} more",
)
#: round 18: large ordinary amounts and counts said in words, as long as a number read out
_AMOUNTS = ("one thousand two hundred and fifty", "three hundred and sixty-five thousand",
            "two point four million", "eighteen thousand five hundred", "four hundred and twelve",
            "nine hundred and ninety-nine", "twelve thousand, three hundred and forty",
            "one hundred and twenty thousand", "seven and a half thousand", "fifty-six thousand",
            "two million three hundred thousand", "six hundred and eight", "thirty-one thousand")
_TIMES = ("half seven", "seven thirty", "oh seven hundred", "nineteen hundred", "quarter to nine",
          "nine fifteen", "two in the morning", "twenty-two hundred", "eight o'clock", "ten past six",
          "oh six forty-five", "1930", "07:30", "half past twelve", "midnight")
_YEARS = ("nineteen ninety-eight", "two thousand and four", "twenty twelve", "1987", "two oh oh nine",
          "nineteen eighty", "twenty oh six", "2015", "ninety-one")
_SMALL = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "fifteen", "twenty", "twenty-five", "thirty", "forty", "fifty", "sixty",
          "seventy", "eighty", "ninety", "a hundred", "one", "one fifty", "two hundred", "4",
          "12", "30", "250", "7", "0.5", "one point five", "nought point five")
_UNITS_SAID = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _invented_name(rnd: random.Random, syllables: int = 2) -> str:
    return "".join(rnd.choice(_SYLLABLES) for _ in range(syllables))


def _pair_words(a: str, b: str, rnd: random.Random) -> list[str]:
    """Two digits said as one number ("seventy-seven", "oh seven", "double four", "twelve")."""
    if a == b and rnd.random() < 0.3:
        return [rnd.choice(("double", "double", "dub")), rnd.choice(DIGIT[a])]
    if a == "0":
        return [rnd.choice(("oh", "oh", "zero", "nought")), _UNITS_SAID[int(b)]]
    if a == "1":
        return [TEENS_SAID[int(b)]]
    return [TENS_SAID[int(a) - 1] + ("" if b == "0" else rnd.choice(("-", " ")) + _UNITS_SAID[int(b)])]


def _say_group(group: str, habit: str, rnd: random.Random) -> list[str]:
    """One group of digits said in ``habit``: one by one, in pairs, as hundreds or thousands,
    or written in digits (speech recognition), with "double"/"triple" for repeats."""
    if habit == "digits":
        return [group] if rnd.random() < 0.6 else list(group)
    if habit == "hundreds" and len(group) == 3 and group[0] != "0":
        if group[1:] == "00":
            return [_UNITS_SAID[int(group[0])], "hundred"]
        tail = _pair_words(group[1], group[2], rnd) if group[1] != "0" else ["oh", _UNITS_SAID[int(group[2])]]
        return [_UNITS_SAID[int(group[0])], "hundred", *(["and"] if rnd.random() < 0.4 else []),
                *(" ".join(tail).split())]
    if habit == "hundreds" and len(group) == 4 and group[1:] == "000":
        return [_UNITS_SAID[int(group[0])], "thousand"]
    if habit == "pairs" and len(group) >= 2:
        words: list[str] = []
        k = 0
        if len(group) % 2:
            words.append(rnd.choice(DIGIT[group[0]]))
            k = 1
        while k < len(group):
            words += " ".join(_pair_words(group[k], group[k + 1], rnd)).split()
            k += 2
        return words
    words = []
    k = 0
    while k < len(group):
        d = group[k]
        if k + 2 < len(group) and group[k + 1] == d == group[k + 2] and rnd.random() < 0.5:
            words += [rnd.choice(("triple", "treble")), rnd.choice(DIGIT[d])]
            k += 3
        elif k + 1 < len(group) and group[k + 1] == d and rnd.random() < 0.5:
            words += ["double", rnd.choice(DIGIT[d])]
            k += 2
        else:
            words.append(rnd.choice(DIGIT[d]))
            k += 1
    return words


def _grouping(entity: str, digits: str, rnd: random.Random) -> list[str]:
    shapes = {"PHONE": ((5, 3, 3), (5, 6), (4, 3, 4), (3, 4, 4), (5, 3, 3), (2, 3, 3, 3), (11,)),
              "NHS_NUMBER": ((3, 3, 4), (3, 3, 4), (6, 4), (10,), (2, 4, 4)),
              "GMC_NUMBER": ((7,), (3, 4), (4, 3), (7,))}
    for code in ("44", "353", "91", "61", "48"):  # "plus four four, seven seven ..."
        if entity == "PHONE" and digits.startswith(code) and len(digits) == len(code) + 10:
            rest = _grouping(entity, "0" + digits[len(code):], rnd)
            rest[0] = rest[0][1:]
            return [code, *(g for g in rest if g)]
    shape = [n for n in rnd.choice(shapes[entity]) if n]
    out, at = [], 0
    for n in shape:
        out.append(digits[at:at + n])
        at += n
    if at < len(digits):
        out[-1] += digits[at:]
    return [g for g in out if g]


def _habit_number(entity: str, rnd: random.Random) -> str:
    if entity == "PHONE":
        kind = rnd.random()
        if kind < 0.5:
            return "07" + "".join(rnd.choice("0123456789") for _ in range(9))
        if kind < 0.85:
            return "0" + rnd.choice("12") + "".join(rnd.choice("0123456789") for _ in range(9))
        return rnd.choice(("44", "353", "91", "61", "48")) + rnd.choice("127") + "".join(
            rnd.choice("0123456789") for _ in range(9))
    if entity == "NHS_NUMBER":
        if rnd.random() < 0.3:  # a CHI number begins with the date of birth
            return (f"{rnd.randint(1, 28):02d}{rnd.randint(1, 12):02d}{rnd.randint(0, 99):02d}"
                    + "".join(rnd.choice("0123456789") for _ in range(4)))
        return "".join(rnd.choice("0123456789") for _ in range(10))
    return str(rnd.randint(1, 9)) + "".join(rnd.choice("0123456789") for _ in range(6))


class _Habits:
    """One transcript's habits: how its voices are labelled, whether it is a caption export
    (lower case, no punctuation, cue numbers and times), how it says digits and what it
    inserts inside a number."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.say, self.ask = rnd.choice(_VOICES)
        self.caption = rnd.random() < 0.3
        self.vtt = rnd.random() < 0.5
        self.labels = not self.caption or rnd.random() < 0.4
        self.lower = self.caption and rnd.random() < 0.8
        self.habit = rnd.choice(("single", "single", "pairs", "hundreds", "digits", "mixed"))
        self.inside = rnd.choice((0.0, 0.2, 0.5))
        #: voice typing: punctuation said as words ("comma", "full stop"), digits typed
        self.dictated = not self.caption and rnd.random() < 0.12
        if self.dictated:
            self.habit = rnd.choice(("digits", "digits", "mixed"))
        #: a relative or a clerk passing the answers on: relays inside most numbers
        self.relayed = not self.caption and rnd.random() < 0.15
        if self.relayed:
            self.say = rnd.choice(("Wife, relaying", "Son (on speaker)", "Clerk, relaying", "Partner",
                                   "Carer, passing on"))
            self.inside = 0.7
        self.cue = rnd.randint(1, 400)
        self.clock = rnd.randint(10, 3000)

    def _punct(self, text: str) -> str:
        if not self.caption:
            return text
        if self.lower:
            text = text.lower()
        return "".join(c for c in text if c not in ",.?!;") if self.rnd.random() < 0.8 else text

    def turn(self, doc: _Doc, who: str) -> None:
        """Begin a turn (a speaker label, a caption cue, or both)."""
        if doc.text:
            doc.add("\n\n")
        if self.caption:
            self.cue += 1
            self.clock += self.rnd.randint(2, 9)
            a, b = self.clock, self.clock + self.rnd.randint(2, 6)
            stamp = (f"{a // 3600:02d}:{a // 60 % 60:02d}:{a % 60:02d}" + (".{:03d}" if self.vtt else ",{:03d}")
                     .format(self.rnd.randint(0, 999)))
            end = (f"{b // 3600:02d}:{b // 60 % 60:02d}:{b % 60:02d}" + (".{:03d}" if self.vtt else ",{:03d}")
                   .format(self.rnd.randint(0, 999)))
            doc.add(f"{self.cue}\n{stamp} --> {end}\n")
        if self.labels:
            doc.add(f"<v {who}>" if self.vtt and self.caption else f"{who}: ")

    def words(self, doc: _Doc, text: str) -> None:
        if self.dictated:  # "..., yeah. Got that?" said as "comma yeah full stop got that question mark"
            for mark, said in ((",", " comma"), (".", " full stop"), ("?", " question mark")):
                text = text.replace(mark, said)
        doc.add(self._punct(text))

    def inserted(self) -> str:
        rnd = self.rnd
        if self.relayed and rnd.random() < 0.7:
            return rnd.choice(_RELAYS)
        kind = rnd.random()
        if kind < 0.1:
            return rnd.choice(_INTERRUPTIONS)
        if kind < 0.45:
            return rnd.choice(_FILLERS_SAID)
        if kind < 0.75:
            return rnd.choice(_PAUSES)
        if kind < 0.9 and not self.caption:
            return rnd.choice(_BACKCHANNEL)
        if kind < 0.95:
            return rnd.choice(_RELAYS)
        return rnd.choice(("sorry", "hang on", "let me see", "wait", "where was I", "you got that?"))

    def joined(self, groups: list[list[str]]) -> str:
        rnd = self.rnd
        text = ""
        for k, group in enumerate(groups):
            if k and self.dictated:
                text += " " + rnd.choice(_DICTATED) + " "
            elif k:
                text += rnd.choice((" ", ", ", " ", "... ", " - ", ". ", " ", ", ", " point ",
                                    " dash ", ", and "))
                if rnd.random() < self.inside:
                    text += self.inserted() + " "
                if rnd.random() < 0.08:  # a stammer or a repeated group
                    text += " ".join(groups[k - 1]) + ", "
            text += " ".join(group)
        return self._punct(text)

    def said(self, entity: str, digits: str) -> list[list[str]]:
        groups = _grouping(entity, digits, self.rnd)
        out = []
        for g in groups:
            habit = self.habit if self.habit != "mixed" else self.rnd.choice(
                ("single", "pairs", "hundreds", "digits"))
            words = _say_group(g, habit, self.rnd)
            out.append(words)
        if entity == "PHONE" and not digits.startswith("0") and self.rnd.random() < 0.8:
            out[0] = [self.rnd.choice(("plus", "+", "double oh")), *out[0]]
        return out


def _postcode_said(h: _Habits) -> list[list[str]]:
    rnd = h.rnd
    letters = "ABCDEFGHJKLMNOPRSTUWY"
    outward = [rnd.choice(letters) for _ in range(rnd.choice((1, 2, 2)))]
    number = str(rnd.randint(1, 29))
    inward_digit = str(rnd.randint(0, 9))
    inward = [rnd.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)]
    style = rnd.choice(("plain", "plain", "nato", "for", "lower", "digits"))

    def letter(c: str) -> list[str]:
        if style == "nato":
            return [_LETTER_WORDS[c][0].capitalize()]
        if style == "for" and rnd.random() < 0.6:
            return [c, rnd.choice(("for", "as in", "for")), _LETTER_WORDS[c][rnd.randrange(2)].capitalize()]
        return [c.lower() if style == "lower" else c]

    def digit_words(n: str) -> list[str]:
        if style == "digits":
            return [n]
        if len(n) == 2 and rnd.random() < 0.5:
            return " ".join(_pair_words(n[0], n[1], rnd)).split()
        return [rnd.choice(DIGIT[d]) for d in n]

    first = [w for c in outward for w in letter(c)] + digit_words(number)
    second = digit_words(inward_digit) + [w for c in inward for w in letter(c)]
    if inward[0] == inward[1] and style in ("plain", "lower") and rnd.random() < 0.5:
        second = digit_words(inward_digit) + ["double", inward[0].lower() if style == "lower" else inward[0]]
    return [first, second]


def _eircode_said(h: _Habits) -> list[list[str]]:
    """An Irish Eircode: a routing key (a letter and two digits, "D6W" aside) and four
    letters or digits ("A ninety-one, F six seven two")."""
    rnd = h.rnd
    key = rnd.choice("ACDEFHKNPRTVWXY")
    digits = f"{rnd.randint(1, 99):02d}"
    tail = [rnd.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)]
    if h.habit == "digits" or h.dictated:
        return [[key + digits], ["".join(tail)]]
    first = [key, *(" ".join(_pair_words(digits[0], digits[1], rnd)).split() if rnd.random() < 0.5
                    else [rnd.choice(DIGIT[d]) for d in digits])]
    second = [c if c.isalpha() else rnd.choice(DIGIT[c]) for c in tail]
    return [first, second]


def _registration_said(h: _Habits) -> list[list[str]]:
    """A registration with letters in it: a prefix said letter by letter ("M, E, D, treble
    oh ..."), or an NMC-like pin ("one two A, three four five six, E")."""
    rnd = h.rnd
    if rnd.random() < 0.5:
        prefix = rnd.choice((["M", "E", "D"], ["med"], ["M-E-D"], ["N", "M", "W"], ["P", "H", "A"]))
        digits = "000" + "".join(rnd.choice("0123456789") for _ in range(7))
        return [prefix, *[_say_group(g, h.habit if h.habit != "mixed" else "single", rnd)
                          for g in (digits[:3], digits[3:6], digits[6:])]]
    pin = [f"{rnd.randint(0, 99):02d}", rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXY"),
           "".join(rnd.choice("0123456789") for _ in range(4)), rnd.choice("ABCDEFGHJKLMNOPRSTUWXY")]
    return [[*_say_group(pin[0], "single", rnd), pin[1]], [*_say_group(pin[2], h.habit if h.habit != "mixed" else "single", rnd), pin[3]]]


def _email_said(h: _Habits) -> list[list[str]]:
    rnd = h.rnd
    first, last = _invented_name(rnd), _invented_name(rnd, rnd.choice((2, 3)))
    local = rnd.choice(((first, "dot", last), (first[0], last), (first, last, str(rnd.randint(1, 99))),
                        (first, "underscore", last), (last, "dot", first[0]), (first,),
                        (first[0], "dot", last), (first, "hyphen", last),
                        (last, _UNITS_SAID[rnd.randint(0, 9)], _UNITS_SAID[rnd.randint(0, 9)])))
    domain = rnd.choice((("gmail", "dot", "com"), ("hotmail", "dot", "co", "dot", "uk"),
                         ("nhs", "dot", "net"), (_invented_name(rnd), "dot", "nhs", "dot", "uk"),
                         ("outlook", "dot", "com"), ("yahoo", "dot", "co", "dot", "uk"),
                         (_invented_name(rnd), "dot", "ac", "dot", "uk"), ("btinternet", "dot", "com"),
                         ("icloud", "dot", "com"), (_invented_name(rnd), "dot", "org", "dot", "uk")))
    if rnd.random() < 0.2:  # a country's domain, or letters said one by one
        domain = rnd.choice((("yahoo", "dot", "co", "dot", "in"), (_invented_name(rnd), "dot", "i", "e"),
                             ("h", "s", "e", "dot", "i", "e"), ("gmail", "dot", "com", "dot", "au"),
                             (_invented_name(rnd), "trust", "dot", "h", "s", "c", "dot", "net"),
                             ("web", "dot", "de"), ("eircom", "dot", "net")))
    if rnd.random() < 0.15:  # a year or a birthday in the local part, said as words
        local = (*local, *rnd.choice((("nineteen", rnd.choice(TENS_SAID[4:]) + "-" + rnd.choice(_UNITS_SAID[1:])),
                                      ("one", "nine", rnd.choice(_UNITS_SAID), rnd.choice(_UNITS_SAID)),
                                      ("double", rnd.choice(_UNITS_SAID[1:])))))
    words = [*local, rnd.choice(("at", "at", "@", "at sign", "at symbol")), *domain]
    if rnd.random() < 0.15:  # the name spelled inside it
        words[words.index(last) if last in words else 0:][:1] = [" ".join(last.upper())]
    if rnd.random() < 0.2:
        words = [w.upper() if w in ("nhs", "uk") else w for w in words]
    return [" ".join(words).split()]


def _spelled_said(h: _Habits) -> tuple[str, list[list[str]]]:
    rnd = h.rnd
    name = _invented_name(rnd, rnd.choice((2, 2, 3))).capitalize()
    letters = list(name.upper())
    style = rnd.choice(("spaced", "spaced", "hyphens", "for", "lower", "doubles", "chunks", "commas"))
    if h.dictated or style == "commas":
        joint = " comma " if h.dictated else ", "
        return name, [[joint.join(letters)]]
    if style == "hyphens":
        return name, [["-".join(letters)]]
    if style == "for":
        return name, [[w for c in letters for w in (c, rnd.choice(("for", "as in")),
                                                     _LETTER_WORDS[c][rnd.randrange(2)].capitalize())]]
    if style == "lower":
        return name, [[c.lower() for c in letters]]
    if style == "doubles":
        out: list[str] = []
        k = 0
        while k < len(letters):
            if k + 1 < len(letters) and letters[k + 1] == letters[k]:
                out += ["double", letters[k]]
                k += 2
            else:
                out.append(letters[k])
                k += 1
        return name, [out]
    if style == "chunks" and len(letters) > 4:
        cut = rnd.randint(2, len(letters) - 2)
        return name, [letters[:cut], letters[cut:]]
    return name, [letters]


def _identifier_scene(doc: _Doc, h: _Habits, entity: str) -> None:
    rnd = h.rnd
    h.turn(doc, h.ask)
    h.words(doc, rnd.choice(_ASKS[entity]))
    h.turn(doc, h.say)
    if rnd.random() < 0.25:
        h.words(doc, rnd.choice(("Yeah, ", "Erm, ", "Oh, right. ", "Hang on. ", "Let me think, ",
                                 "Okay so ", "Sure. ")))
    cue = rnd.choice(_HAB_CUES[entity])
    if entity == "PERSON":
        name, groups = _spelled_said(h)
        h.words(doc, f"It's {name}. " if rnd.random() < 0.6 else f"{name}, ")
    elif entity == "POSTCODE":
        groups = _eircode_said(h) if rnd.random() < 0.25 else _postcode_said(h)
    elif entity == "GMC_NUMBER" and rnd.random() < 0.3:
        groups = _registration_said(h)
    elif entity == "EMAIL":
        groups = _email_said(h)
    else:
        groups = h.said(entity, _habit_number(entity, rnd))
    if cue:
        h.words(doc, _cap(cue) + " ")
    if groups[0][:1] == ["plus"]:  # "plus" is said before the number, not part of it
        h.words(doc, "plus ")
        groups[0] = groups[0][1:]
    split = rnd.random()
    if len(groups) > 1 and split < 0.2:
        # the number split over two turns (or two caption cues), the other voice between
        cut = rnd.randint(1, len(groups) - 1)
        doc.add(h.joined(groups[:cut]), entity)
        h.words(doc, rnd.choice(("...", "", ",")))
        h.turn(doc, h.ask)
        h.words(doc, rnd.choice(_BETWEEN_TURNS))
        h.turn(doc, h.say)
        doc.add(h.joined(groups[cut:]), entity)
    elif len(groups) > 1 and split < 0.3 and h.caption:
        # the number runs on into the next caption cue, no other voice
        cut = rnd.randint(1, len(groups) - 1)
        doc.add(h.joined(groups[:cut]), entity)
        h.turn(doc, h.say)
        doc.add(h.joined(groups[cut:]), entity)
    else:
        doc.add(h.joined(groups), entity)
    end = rnd.random()
    if end < 0.25 and entity != "PERSON":
        # read back (right) or corrected (one group said again)
        h.words(doc, rnd.choice((".", "", ",")))
        h.turn(doc, h.ask)
        h.words(doc, rnd.choice(("So ", "That's ", "Let me read that back, ", "Was that ")))
        doc.add(h.joined(groups if rnd.random() < 0.6 else groups[-1:]), entity)
        h.words(doc, "?")
        h.turn(doc, h.say)
        h.words(doc, rnd.choice(("Yes.", "That's it.", "Yep, that's right.", "Correct.")))
    else:
        h.words(doc, rnd.choice((".", ", yeah.", ". Got that?", ", that's it.", "", " I think.")))


def _ordinary_scene(doc: _Doc, h: _Habits) -> None:
    """Ordinary numbers said the ways identifiers are (never labelled)."""
    rnd = h.rnd
    h.turn(doc, h.say)

    def said_digits() -> str:
        digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(2, 4)))
        return " ".join(_say_group(digits, rnd.choice(("single", "pairs", "digits")), rnd))

    text = rnd.choice(_ORDINARY_HABITS)
    while "{" in text:
        text = (text.replace("{n}", rnd.choice(_SMALL), 1).replace("{t}", rnd.choice(_TIMES), 1)
                .replace("{y}", rnd.choice(_YEARS), 1).replace("{d}", said_digits(), 1)
                .replace("{m}", rnd.choice(_AMOUNTS), 1))
    h.words(doc, _cap(text) + rnd.choice((".", ", yeah.", ", I think.", "")))


def _date_age_scene(doc: _Doc, h: _Habits) -> None:
    """A date of birth or an age said in numbers (labelled DATE/AGE: learned, not emitted, so
    that a date said as digits is not taken for a phone)."""
    rnd = h.rnd
    date = rnd.random() < 0.6
    h.turn(doc, h.ask)
    h.words(doc, rnd.choice(("And your date of birth?", "When were you born?", "DOB?") if date else
                            ("How old is she?", "And his age?", "And you are?")))
    h.turn(doc, h.say)
    if date:
        d, m, y = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(30, 99)
        shape = rnd.choice(("digits", "words", "pairs"))
        if shape == "digits":
            said = " ".join(rnd.choice(DIGIT[c]) for c in f"{d:02d}{m:02d}{y}")
        elif shape == "pairs":
            said = " ".join(_pair_words(f"{d:02d}"[0], f"{d:02d}"[1], rnd) + _pair_words(
                f"{m:02d}"[0], f"{m:02d}"[1], rnd) + ["nineteen"] + _pair_words(str(y)[0], str(y)[1], rnd))
        else:
            said = f"{d:02d} {m:02d} {y}" if rnd.random() < 0.3 else f"{d:02d}/{m:02d}/19{y}"
        h.words(doc, rnd.choice(("It's ", "", "Born ", "Erm, ")))
        doc.add(h._punct(said), "DATE")
    else:
        age = rnd.randint(18, 97)
        said = TENS_SAID[age // 10 - 1] + ("" if age % 10 == 0 else "-" + _UNITS_SAID[age % 10]) \
            if age >= 20 else TEENS_SAID[age - 10]
        h.words(doc, rnd.choice(("She's ", "He'll be ", "", "Just turned ", "I'm ")))
        doc.add(h._punct(said), "AGE")
    h.words(doc, rnd.choice((".", "", ", yeah.")))


def habit_documents(count: int = 900) -> list[Document]:
    """``count`` invented transcripts, each with its own habits (voices, caption export or
    not, how digits are said, what is said inside a number): one or two identifiers of any
    class said (split over turns or cues, read back), ordinary numbers said the same ways, and
    a date or an age in numbers."""
    rnd = random.Random(SEED + 2)
    classes = ("PHONE", "PHONE", "NHS_NUMBER", "GMC_NUMBER", "POSTCODE", "EMAIL", "PERSON")
    out: list[Document] = []
    for n in range(count):
        doc = _Doc()
        h = _Habits(rnd)
        scenes: list[str] = [rnd.choice(classes)] + ([rnd.choice(classes)] if rnd.random() < 0.3 else [])
        scenes += ["ordinary"] * rnd.randint(1, 3)
        if rnd.random() < 0.4:
            scenes.append("date_age")
        if rnd.random() < 0.15:
            scenes = ["ordinary"] * rnd.randint(2, 4)  # no identifier at all
        rnd.shuffle(scenes)
        for scene in scenes:
            if scene == "ordinary":
                _ordinary_scene(doc, h)
            elif scene == "date_age":
                _date_age_scene(doc, h)
            else:
                _identifier_scene(doc, h, scene)
        doc.add("\n")
        out.append(Document(f"synth-hab-{n:03d}", "P01", doc.text, tuple(doc.spans), "spoken"))
    return out


if __name__ == "__main__":
    for d in [*documents(8), *readback_documents(12), *habit_documents(20)]:
        print(d.text)
        print([d.text[s.start:s.end] for s in d.spans])
