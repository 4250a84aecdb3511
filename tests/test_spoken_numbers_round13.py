"""Round 13: spoken numbers as automatic captions write them (homophone digits "won", "to",
"for", "ate", numerals among words, no punctuation), postcodes said as letter sounds ("pea ee
too won are why") or typed in lower case, house numbers and streets in lower case, digits in
twenty-odd more languages (and one such word inside an English run), "Oh." said alone before a
number repeated slowly after "pardon?", and a dashed number whose head looks like a participant
code ("O-7-7-0-0").

The phrasings in tests/_num13_corpus.py were invented, in many settings, BEFORE the rules. Run
against main (25ed55b) with the whole engine, the first batch was caught: caption homophones 3
of 20, caption postcodes 3 of 18, "pardon?" repeats 8 of 12, other languages 3 of 24, bad line
10 of 12, e-mails 10 of 10, caption addresses 0 of 8; one hard negative of 24 lost a word (an
age, not a number finder's). After the rules: 18/20, 18/18 (two of my postcodes were not valid
postcodes, "RM6 2KQ" and "C8 1BT": put right in the corpus, the rule unchanged), 11/12, 19/24,
10/12, 10/10, 8/8; no hard negative lost a word to these finders. The LATER batch, written
after the rules, was caught 18 of 20 when first run (one phone whose digits rose 1 to 9 read
as counting; mended by reading "07" as 7, and one of my postcodes, "CY14 8RT", has no real
area). The misses left are listed in KNOWN_MISSES with their reason. Two bad-line misses (a
check of the line, "can you hear me?", "hello?", inside the number) were then mended by a rule
of their own (mentions._LINE_CHECK).
"""
from __future__ import annotations

import re
from typing import Any

import _num13_corpus as corpus
import pytest
from _mentions import THRESHOLD, marked, uncovered

from vault.anonymise.spoken import find_spoken_forms
from vault.anonymise.spoken.captions import find_caption_postcodes, homophone_digits
from vault.anonymise.spoken.numerals import plain_numerals

#: invented phrasings the rules do not reach, and why
KNOWN_MISSES = {
    # a Norwegian/Danish "to" (2) is the English preposition: never read as a digit word
    "P: phone in Norwegian: «null sju sju, ni en to, tre fire fem seks»",
    "P: in Danish, «nul syv syv, ni en to, tre fire fem seks»",
    # Korean "i" (2) and "o" (5) are English letters: the run breaks there
    "P: Korean: «gong chil chil, gu il i, sam sa o yuk», that's the mobile",
    # Amharic "and" (1) is the English word, and the rest counts 2, 3, 4, 5, 6 in order
    "P: my mum's phone in Amharic, «zero sebat sebat, zetegn and hulet, sost arat amist siddist»",
    # one other-language word at the head of a run ("sept" is also September's abbreviation)
    "P: the GMC, «sept zero one, four four two six»",
    # six digits and a letter after "nmc pin": no number finder takes six digits
    "nmc pin «won to ate nine too ate ee»",
    # (round 16: "yeah its «07 seven 7 9 to 1 for 5 6 ate 2» thats the mobile", twelve digits,
    # is now covered whole by the retrained spoken tagger)
    # the first try, trailing off before "Pardon?", is three digits only
    "I: Your mobile?\nP: «Oh seven seven...» \nI: Pardon?\nP: «Oh. Seven. Seven. Three. Nine. Two. Three. One. One. Eight.»",
    # not a real postcode area ("CY")
    "our postcode «see why won for, ate are tea»",
}

_FAST = [*corpus.CAPTION_HOMOPHONES, *corpus.CAPTION_POSTCODES, *corpus.FOREIGN_DIGITS,
         *corpus.CAPTION_ADDRESSES, *corpus.LATER_POSITIVES]
_ENGINE = [*corpus.PARDON_REPEATS, *corpus.BAD_LINE]
_NEGATIVES = [*corpus.NEGATIVES, *corpus.LATER_NEGATIVES]
#: what the round-13 finders emit: numbers, postcodes, addresses
_OURS = {"PHONE", "NHS_NUMBER", "GMC_NUMBER", "POSTCODE"}


def _left_by_finders(text_with_marks: str) -> list[str]:
    text, spans = marked(text_with_marks)
    found = [(f.start, f.end) for f in find_spoken_forms(text) if f.score >= THRESHOLD]
    return [t for span in spans for t in uncovered(text, span, found)]


@pytest.mark.parametrize("text", [t for t in _FAST if t not in KNOWN_MISSES])
def test_caption_and_other_language_numbers_are_covered_whole(text: str) -> None:
    assert _left_by_finders(text) == []


@pytest.mark.parametrize("text", [t for t in _ENGINE if t not in KNOWN_MISSES])
def test_numbers_said_again_after_pardon_are_covered_whole(anonymiser: Any, text: str) -> None:
    plain, spans = marked(text)
    found = [(r.start, r.end) for r in anonymiser.redact(plain).replacements]
    assert [t for span in spans for t in uncovered(plain, span, found)] == []


@pytest.mark.parametrize("text", sorted(KNOWN_MISSES))
def test_the_known_misses_still_miss(text: str) -> None:
    """If one of these starts passing, move it out of KNOWN_MISSES (and say why)."""
    if text in _ENGINE:
        pytest.skip("scored with the engine above")
    assert _left_by_finders(text) != []


@pytest.mark.parametrize("text", _NEGATIVES)
def test_counts_doses_times_and_homophones_in_talk_are_no_numbers(text: str) -> None:
    found = [(f.entity, text[f.start:f.end]) for f in find_spoken_forms(text)
             if f.score >= THRESHOLD and (f.entity in _OURS or f.detector == "caption_address")]
    assert found == []


@pytest.mark.parametrize(("text", "kept"), [
    ("i went to see him for two weeks and then won the appeal", ["to", "for", "won"]),
    ("from one to two to three to four to five to six", ["to"]),
    ("the scores were 2 to 3 4 to 5 6 to 7 last season", ["to"]),
    ("we ate at seven and then for two to four of us it was fine", ["ate", "for", "to"]),
])
def test_homophones_outside_a_number_stay_words(text: str, kept: list[str]) -> None:
    plain, _ = plain_numerals(text)
    for word in kept:
        assert re.search(rf"\b{word}\b", plain), word


def test_homophone_digits_keep_the_copy_the_same_length() -> None:
    text = "its oh seven seven won too three for five six ate nine"
    copy = list(text)
    assert homophone_digits(text, copy)
    plain = "".join(copy)
    assert len(plain) == len(text)
    assert plain == "its oh seven seven one two three 4   five six 8   nine"


def test_a_finding_over_a_rewritten_word_covers_the_whole_word() -> None:
    text = "call me on oh seven seven nine won too three for five six ate please"
    numbers = [f for f in find_spoken_forms(text) if f.entity == "PHONE"]
    assert numbers
    assert any(text[f.start:f.end].endswith("ate") for f in numbers)


@pytest.mark.parametrize("text", [
    "the a4 2nd page", "meet at m6 3rd junction", "the b12 1st dose", "it was covid19 3rd wave"])
def test_lower_case_shapes_that_are_no_postcodes(text: str) -> None:
    assert find_caption_postcodes(text) == []


@pytest.mark.parametrize("text", [
    "why are you two here", "see you at two for tea", "are you okay to see me at ten",
    "the bee and the pea and the tea", "el and em are my aunties", "oh see you are a star"])
def test_letter_sounds_in_talk_are_no_postcodes(text: str) -> None:
    assert find_caption_postcodes(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("P: It's O-7-7-0-0, 9-0-0, 1-2-3.", "O-7-7-0-0, 9-0-0, 1-2-3"),
    ("P: NHS number, N-9-4-3, 6-6-1, 2-2-8-8, off the wristband", "N-9-4-3, 6-6-1, 2-2-8-8"),
])
def test_a_dashed_number_is_no_participant_code(anonymiser: Any, text: str,
                                                number: str) -> None:
    answer = anonymiser.redact(text).text
    assert not re.search(r"\d", answer.replace("P:", ""))


def test_a_participant_code_is_still_protected(anonymiser: Any) -> None:
    text = "I: Thanks, CR-07.\nP: No worries. My mobile is oh seven seven nine one two three four five six."
    answer = anonymiser.redact(text).text
    assert "CR-07" in answer and "[PHONE]" in answer


@pytest.mark.parametrize("text", [
    "P: it's oh one six one, four nine... you're breaking up... six, double two eight",
    "P: mobile, oh seven seven three nine — are you still there? — two one one eight",
    "P: oh two oh, seven nine four six... sorry, the line's terrible... one two three",
])
def test_a_check_of_the_line_inside_a_number_is_bridged(text: str) -> None:
    numbers = [f for f in find_spoken_forms(text) if f.score >= THRESHOLD
               and f.entity in _OURS]
    assert numbers
    last_digit = max(m.end() for m in re.finditer(r"\b(?:one|two|three|eight|six)\b", text))
    assert any(f.end >= last_digit and f.start <= text.index("oh") for f in numbers)


@pytest.mark.parametrize("text", [
    "P: I rang them at nine — can you hear me? — and waited two hours",
    "P: bed four... hello? ... then bed six, then the side room",
    "P: we were three, maybe four — are you still there? — five of us at most",
])
def test_a_check_of_the_line_joins_no_counts(text: str) -> None:
    assert [f for f in find_spoken_forms(text) if f.score >= THRESHOLD
            and f.entity in _OURS] == []


@pytest.mark.parametrize("text", [
    "P: «kmensah» at g mail", "P: «kmensah» at gee mail", "P: «kmensah» at hot mail",
    "P: «kmensah»... at... gmail", "P: «kmensah» at sky", "P: «kmensah» at aol",
    "P: «kmensah» at proton mail", "P: «kmensah» at talk talk", "P: «kmensah» at virgin media",
    "P: «dr okafor seven» at hot mail", "P: «ada dot obi» at talk talk",
    "P: «jsmith72» — at — google mail",
])
def test_short_e_mails_with_providers_said_as_words(text: str) -> None:
    """Written before the rule, with phrasings caught already: 26 of 40 short e-mails were
    caught on main; 35 after (the rest: a local part after the domain, "[inaudible]" for "at",
    "at the nhs", "j smith at nhs", "mensah k at nhs net")."""
    assert _left_by_finders(text) == []


@pytest.mark.parametrize("text", [
    "my brother works at sky and she's at aol these days", "I was looking at sky for ages",
    "we met kofi at sky, the telly people", "P: so I'm at talk talk now, the broadband",
    "she was at virgin media for years", "P: I'm with them at talk talk, can't complain",
    "a job at proton mail, the Swiss lot",
])
def test_providers_as_words_in_talk_are_no_e_mails(text: str) -> None:
    assert [f for f in find_spoken_forms(text) if f.entity == "EMAIL"] == []


@pytest.mark.parametrize("text", [
    "P: the first half is «oh seven seven nine one»\nI: Okay.\nP: and the second half, «two three four five six»",
    "P: my NHS number starts «nine four three six six»\nI: Yep.\nP: the rest is «one two two eight eight»",
    "P: landline «oh one six three two»\nI: Yes.\nP: then the other half, «four four five nine nine two»",
])
def test_the_rest_announced_in_the_next_turn_is_the_same_number(text: str) -> None:
    """A bad-line habit: the number given in halves, the second announced ("the second half",
    "the rest is", "the last bit's") after the other voice's backchannel. (A first half of
    three digits, "GMC, seven oh one", seeds nothing and is not reached.)"""
    assert _left_by_finders(text) == []


def test_an_announced_rest_that_is_no_number_stays() -> None:
    text = ("P: my mobile is oh seven seven nine one two three four five six\nI: Right.\n"
            "P: the last bit of the story is five years old")
    grown = [f for f in find_spoken_forms(text) if f.entity == "PHONE"
             and f.end > text.index("story")]
    assert grown == []
