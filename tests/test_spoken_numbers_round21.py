"""Round 21 of issue 14: spoken numbers, codes, postcodes, e-mails, house numbers and spelled
names measured on a space built from the language, not from any author
(``tests/_spoken_number_space.py``): UK and Irish phones (mobile, landline, international, an
extension after), NHS numbers with a valid check digit, CHI numbers, GMC numbers, NMC PINs and
HCPC numbers, every UK postcode shape (letters plain, "as in", "for", the phonetic alphabet,
"double", lower case after "postcode"), e-mails (dot, full stop, underscore, hyphen, an initial,
digits, a spelled surname, domains said, spelled or typed), house numbers and flats, spelled
surnames; every way of saying digits (zero as "oh", "zero" or "nought"; "double", "treble";
pairs, hundreds, typed groups), fillers and corrections inside, a cue or none, an answer, a
read-back, a number split across two turns; and hard negatives said the same way (counts,
doses, scores, money, times, durations, years, bed, ward and room numbers, bleeps and
extensions alone, lists of tens, ratios, versions, roads, grades).

Classes the spoken finders missed before this round, each widened in the grammar that owns it:

* an NMC PIN read out (two digits, a letter, four digits, a letter: "eighty-one, Foxtrot, nine
  two seven eight, E") and an HCPC number (a profession's prefix and five or six digits: "Papa
  Alpha, two oh four seven one", "O-T six six one two five"): ``registrations.py`` knew only
  numbers after a council's name, and a letter inside broke the number;
* a house number with "and a half" ("fourteen and a half Marrow Street") or the letter "a" after
  it ("ninety-eight a Kessock Lane", "a hundred and four a ..."): ``addresses.py`` took "b", "c",
  "d" but not "a", nor a half;
* a number with the speaker searching their memory ("what is it", "how does it go", "let me
  find it") or going on to its next part ("and the last six are", "then the rest is") inside
  it: the two parts were two findings and the words between leaked (the conventions put them
  inside the number's span); ``recognizer._INTERRUPTION`` takes them as a bridge now;
* the outward code of a postcode said alone where a place is named without the word
  "postcode": after a verb of living or moving ("we're in S P four now", "then moved to L E
  three"), before "practice" ("an R M eight practice"), or after a street address and a comma
  ("forty-six Mill Street, E sixteen"); after a verb the area has two letters and is no
  training grade's ("moved to S T three"), and the clause ends after the district
  (``postcodes.py``, ``captions.postcodes_after_addresses``);
* an e-mail address broken off after its local part and taken up after a back-channel ("It's
  jo underscore marsh..." -- "Yep." -- "At outlook dot com"): the domain's turn had no local
  part and was dropped (``emails.py``, with ``turns.resumed_turn``).

Known gaps of the space, left for later and not tested here: a CHI number whose first turn
holds two digits only ("Two seven..." -- "Mm-hm." -- "Oh eight ..."), a GMC number after "on
the register under" with no council named; house numbers typed in digits are the written
address recognizer's (the engine covers them). The two negatives the trained tagger took ("B
twelve injections and D three", "the N-H-S helpline, then the G-M-C") are kept since
tune-negspace21, which runs every negative through the whole engine
(``tests/test_spoken_negspace_round21.py``).
"""
from __future__ import annotations

import random
import re
from collections import defaultdict

import pytest
from _mentions import failures as _failures
from _mentions import marked_and_kept as parse
from _spoken_number_space import cases, chi_number, nhs_number

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken.recognizer import find_spoken_forms

#: shapes (by prefix) this test leaves out of the finders' sweep: see the module's docstring
_NOT_THE_FINDERS = ("house/digits/",)  # the written address recognizer's
_KNOWN_GAPS = ("chi/", "gmc/")  # checked below only where the text is not a known gap
_GAP_TEXT = re.compile(r"register under|CHI number\?\nP07: «\w+ \w+»\.\.\.")


def _by_class() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for shape, text in cases():
        if shape.startswith(_NOT_THE_FINDERS):
            continue
        if shape.startswith(_KNOWN_GAPS) and _GAP_TEXT.search(text):
            continue
        out["/".join(shape.split("/")[:2])].append(text)
    return dict(out)


CLASSES = _by_class()
POSITIVES = sorted(k for k in CLASSES if not k.startswith("neg/"))
NEGATIVES = sorted(k for k in CLASSES if k.startswith("neg/"))


def test_the_space_is_deterministic_and_broad() -> None:
    assert cases() == cases()
    tops = {shape.split("/")[0] for shape, _ in cases()}
    assert tops >= {"phone", "nhs", "chi", "gmc", "nmc", "hcpc", "postcode", "email", "house",
                    "spelled", "neg"}
    assert len(cases()) >= 900 and len(NEGATIVES) >= 60 and len(POSITIVES) >= 80


def test_nhs_and_chi_numbers_of_the_space_pass_the_modulus_11_check() -> None:
    rng = random.Random(5)
    for number in [nhs_number(rng) for _ in range(50)] + [chi_number(rng) for _ in range(50)]:
        total = sum(int(d) * (10 - i) for i, d in enumerate(number[:9]))
        assert (11 - total % 11) % 11 == int(number[9])


def _spoken(marked: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in find_spoken_forms(parse(marked)[0])]


@pytest.mark.parametrize("shape", POSITIVES)
def test_the_spoken_finders_cover_every_shape(shape: str) -> None:
    missed = {t: _failures(t, _spoken(t)) for t in CLASSES[shape]}
    assert not {t: m for t, m in missed.items() if m}


@pytest.mark.parametrize("shape", NEGATIVES)
def test_the_spoken_finders_keep_every_negative_shape(shape: str) -> None:
    touched = {t: _failures(t, _spoken(t)) for t in CLASSES[shape]}
    assert not {t: m for t, m in touched.items() if m}


# -- the engine, on phrasings of our own for each class widened this round -----------------------

WIDENED = [
    # NMC PINs and HCPC numbers, by their shape
    "P3: Her pin was «seventy-two, Hotel, four one one eight, Lima», I checked it myself.",
    "P3: Mine's «one six, R for Robert, nine nought double five, T».",
    "INT: And the NMC number?\nP3: «Zero three, Bravo, two two eight one, Yankee».",
    "P3: My HCPC's «P H one four four two nine», renewed in May.",
    "P3: «Sierra Lima, three zero zero nine one», speech and language.",
    "INT: Registration?\nP3: «O T, two seven seven one four six».",
    # house numbers with a half or the letter "a"
    "P3: We rented «seven and a half Quenby Street» for a year.",
    "P3: Number «sixty-three a, Holloway Brow», the blue door.",
    "P3: They're at «a hundred and twelve a Larchmont Road» now.",
    # an e-mail broken off after its local part
    "P3: It's «pip underscore garrow»...\nINT: Mm-hm.\nP3: «At hotmail dot co dot uk».",
    "P3: Try «d dot ashcombe» —\nINT: Yeah.\nP3: — «at outlook dot com», that's the home one.",
    # a number whose speaker searches their memory, or goes on to its next part, inside it
    "P3: It's «oh seven four four one... how does it go... two six two, nine nine eight».",
    "P3: «Oh one nine oh four, then the last bit is three three six, two one eight».",
    "P3: My NHS number is «six one four, what is it, two eight eight, five five two one».",
    # the outward code alone where a place is named
    "P3: We're in «D H seven» now, which the satnav hates.",
    "P3: In the end we moved to «W R eleven».",
    "P3: We're an «N G nineteen» practice, so it's mostly farms.",
    "P3: The health centre's on «sixty Quarry Brow», «Y O one».",
    "P3: They live in «double L five» these days.",
]

KEPT = [
    "P3: I was twelve, A levels done, and off to college.",
    "P3: Ward ‹twenty-two›, bay ‹four›, bed ‹six›, that's where she was.",
    "P3: We did ‹sixty-one› visits, ‹A› lot of them at night.",
    "P3: I'd ‹twenty and a half› days' leave left.",
    "P3: She had ‹ninety-eight a› week in tips, if that.",
    "P3: PA ‹one two three› is the old form.",
    "P3: I was thinking...\nINT: Yep.\nP3: ‹At› this point in time, no.",
    "P3: I tried...\nINT: Go on.\nP3: ‹At› least I tried, I suppose.",
    "P3: Locker ‹forty-two B›, up the stairs.",
    "P3: We saw ‹nine› before lunch, and the rest ‹twelve› after, what is it, most days.",
    "P3: I said ‹two or three›, then the last ‹four› were cancelled.",
    "P3: After foundation I moved to ‹S T one› in August.",
    "P3: He's in ‹B nine›, next to the nurses' station.",
    "P3: We live in ‹S E›, well, the south-east, near the coast.",
    "P3: They moved to ‹N H S› jobs in the end.",
]


@pytest.mark.parametrize("text", WIDENED)
def test_the_engine_redacts_each_widened_class(anonymiser: Anonymiser, text: str) -> None:
    plain = parse(text)[0]
    found = [(r.start, r.end) for r in anonymiser.redact(plain).replacements]
    assert not _failures(text, found)


@pytest.mark.parametrize("text", KEPT)
def test_the_engine_keeps_the_same_shapes_used_otherwise(anonymiser: Anonymiser, text: str) -> None:
    plain = parse(text)[0]
    found = [(r.start, r.end) for r in anonymiser.redact(plain).replacements]
    assert not _failures(text, found)


def test_the_codes_are_registration_numbers() -> None:
    text = "P3: My pin's ninety-one, K, three three four seven, E, on the badge."
    found = [f for f in find_spoken_forms(text) if f.entity == "GMC_NUMBER"]
    assert any(text[f.start:f.end] == "ninety-one, K, three three four seven, E" for f in found)


@pytest.mark.parametrize("text", [
    t.replace("\n", "\n\n") for t in WIDENED
    if "\nINT: " in t and ("at hotmail" in t.lower() or "at outlook" in t.lower())])
def test_a_broken_off_e_mail_is_found_with_blank_lines_between_turns(
        anonymiser: Anonymiser, text: str) -> None:
    """The corpora (and most transcripts) put a blank line between turns: the broken-off
    e-mail's back-channel is then two lines up, not one (rev21a found the finder looked only
    at the line just before)."""
    assert "\n\n" in text
    plain = parse(text)[0]
    found = [(r.start, r.end) for r in anonymiser.redact(plain).replacements]
    assert not _failures(text, found)


@pytest.mark.parametrize("text", [t.replace("\n", "\n\n") for t in KEPT if "\nINT: " in t])
def test_an_unfinished_turn_then_at_is_kept_with_blank_lines_between_turns(
        anonymiser: Anonymiser, text: str) -> None:
    plain = parse(text)[0]
    found = [(r.start, r.end) for r in anonymiser.redact(plain).replacements]
    assert not _failures(text, found)
