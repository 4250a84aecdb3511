"""Round 14 (late): spoken ages and dates by idiom, terms and festivals with a year, dates in
other calendars, and the outward half of a postcode said alone. The corpus below was written
BEFORE the rules (issue 14's rule: class names only, never a blind set's strings), in the voices
of imagined speakers: Bernadette, 63, a Cork-born theatre sister in Bristol; Rajesh, 41, a
Nepali-born GP in Aldershot; Farzana, 29, a Bengali-speaking pharmacist in Tower Hamlets; Yusuf,
50, a Yorkshire-born surgeon; Miriam, 55, a Jewish psychiatrist in Salford; Li Wei, 33, a
physio from Guangzhou in Southampton; Gareth, 47, a Welsh paramedic; and a caption export (lower
case, no apostrophes). Hard negatives: idioms without an age ("the wrong side of midnight"),
scores ("we won 5-0"), term time and festivals with no year, grades and clinic codes ("ST3",
"F Y one", "bay B four"), motorways and roads ("the M six"), vitamins, counts and measures.
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken.events import find_idiom_dates
from vault.anonymise.spoken.postcodes import find_outward_codes

#: (class, text, the words that must be gone)
POSITIVES: list[tuple[str, str, tuple[str, ...]]] = [
    # --- an age by idiom: the wrong/right side of, pushing, knocking on, turned N-oh, the big N-O ---
    ("side", "Bernadette: Sure I'm the wrong side of forty-five now, God help me.", ("forty-five",)),
    ("side", "Yusuf: I'm on the wrong side of fifty, me knees tell me every morning.", ("fifty",)),
    ("side", "Miriam: My mother, she's the wrong side of eighty and still driving.", ("eighty",)),
    ("side", "Gareth: He's well the wrong side of sixty, mind.", ("sixty",)),
    ("side", "Rajesh: I was just the right side of thirty when I came to the UK.", ("thirty",)),
    ("side", "Li Wei: My husband is wrong side of 40 but he still plays badminton.", ("40",)),
    ("side", "caption: im the wrong side of seventy love", ("seventy",)),
    ("side", "Farzana: Mum's the wrong side of sixty-five, she won't tell you that though.",
     ("sixty-five",)),
    ("side", "Bernadette: She'd be the far side of seventy by now.", ("seventy",)),
    ("push", "Yusuf: I'm pushing fifty-five and I still do the on-call.", ("fifty-five",)),
    ("push", "Gareth: Dad's knocking on ninety, still chopping wood.", ("ninety",)),
    ("push", "Miriam: I was knocking on the door of forty when I retrained.", ("forty",)),
    ("push", "Li Wei: My father is nudging seventy now.", ("seventy",)),
    ("push", "Bernadette: Sure she's creeping up on sixty herself.", ("sixty",)),
    ("push", "caption: hes pushing forty now i reckon", ("forty",)),
    ("push", "Rajesh: I was fast approaching fifty when I did the exam again.", ("fifty",)),
    ("push", "Farzana: My nan's the other side of eighty, bless her.", ("eighty",)),
    ("big", "Yusuf: I turned 5-0 last March and the lads got me a cake.", ("5-0",)),
    ("big", "Bernadette: I hit the big six-O in the summer.", ("six-O",)),
    ("big", "Gareth: It's my big four-oh next month, see.", ("four-oh",)),
    ("big", "Miriam: She turned six-oh and retired the same week.", ("six-oh",)),
    ("big", "Li Wei: my husband will be the big 4-0 in June", ("4-0",)),
    ("big", "caption: she turned seven oh in the home", ("seven oh",)),
    ("big", "Farzana: Dad's big five-zero party was in the community centre.", ("five-zero",)),
    ("big", "Rajesh: When I turned five-O I started running.", ("five-O",)),
    # --- a school or university term with a year ---
    ("term", "Miriam: I started in Michaelmas term twenty ten, at Oxford.",
     ("Michaelmas term twenty ten",)),
    ("term", "Li Wei: I joined in the spring term of 2019.", ("spring term of 2019",)),
    ("term", "Bernadette: She went up to the big school in the autumn term, two thousand and three.",
     ("two thousand and three",)),
    ("term", "Rajesh: I sat the exam in Hilary term 2008.", ("Hilary term 2008",)),
    ("term", "Yusuf: I left in the summer term of nineteen eighty-nine.",
     ("nineteen eighty-nine",)),
    ("term", "Gareth: It was Lent term twenty-twelve, I remember the snow.", ("twenty-twelve",)),
    ("term", "Farzana: My first semester was autumn twenty-sixteen.", ("twenty-sixteen",)),
    ("term", "caption: i started trinity term twenty fourteen", ("twenty fourteen",)),
    ("term", "Miriam: Our boy started reception in the September term of 2017.", ("2017",)),
    # --- a festival with a year ---
    ("fest", "Rajesh: We came to England Diwali twenty-nineteen, just before Covid.",
     ("twenty-nineteen",)),
    ("fest", "Farzana: My daughter was born the Eid of 2015.", ("2015",)),
    ("fest", "Miriam: We married at Hanukkah, nineteen ninety-one.", ("nineteen ninety-one",)),
    ("fest", "Li Wei: I arrived at Chinese New Year 2018.", ("2018",)),
    ("fest", "Bernadette: Mammy died Easter twenty-twelve.", ("twenty-twelve",)),
    ("fest", "Gareth: I qualified Christmas two thousand and six, near enough.",
     ("two thousand and six",)),
    ("fest", "Rajesh: Dashain twenty-seventeen I was home in Pokhara.", ("twenty-seventeen",)),
    ("fest", "caption: it was vaisakhi twenty eighteen when he passed", ("twenty eighteen",)),
    ("fest", "Farzana: Ramadan of twenty-twenty, I was on nights.", ("twenty-twenty",)),
    ("fest", "Yusuf: She had the baby Bonfire Night twenty-thirteen.", ("twenty-thirteen",)),
    # --- a date in another calendar with a year ---
    ("cal", "Rajesh: My date of birth is Baisakh fifteen, twenty thirty-eight.",
     ("Baisakh", "thirty-eight")),
    ("cal", "Rajesh: In Nepali it's 2041 Shrawan 3.", ("2041", "Shrawan")),
    ("cal", "Farzana: In Bangla my birthday is Poush 1402.", ("Poush", "1402")),
    ("cal", "Farzana: Mum was born in Boishakh thirteen seventy.", ("Boishakh",)),
    ("cal", "Yusuf: I was born the tenth of Muharram, fourteen hundred.", ("Muharram",)),
    ("cal", "Miriam: My Hebrew birthday is the fifth of Tishrei, five seven two five.",
     ("Tishrei",)),
    ("cal", "Miriam: My son was born Kislev 5770.", ("Kislev", "5770")),
    ("cal", "Yusuf: Dad's date is Rajab 1385 in the Hijri calendar.", ("Rajab", "1385")),
    ("cal", "Li Wei: In the lunar calendar I was born the eighth day of the third month, 1991.",
     ("1991",)),
    ("cal", "Farzana: Shawwal 1420 is when she was born.", ("Shawwal", "1420")),
    # --- the outward half of a postcode said alone ---
    ("pc", "Bernadette: My postcode's B S fourteen, the rest I never remember.", ("fourteen",)),
    ("pc", "Li Wei: We are in S O fifteen postcode area.", ("fifteen",)),
    ("pc", "Gareth: It's a C F ten postcode, Cardiff.", ("ten",)),
    ("pc", "Yusuf: Postcode starts L S six.", ("six",)),
    ("pc", "Miriam: We're M seven, Salford side.", ()),  # left: no cue word, a letter alone
    ("pc", "Farzana: postcode is E one, the first bit anyway", ("E one",)),
    ("pc", "Rajesh: I live in the G U eleven area, near the barracks.", ("eleven",)),
    ("pc", "caption: postcode is b h one", ("b h one",)),
    ("pc", "Bernadette: first half of my postcode is N W ten.", ("W ten",)),
]

#: (class, text, the words that must stay)
NEGATIVES: list[tuple[str, str, tuple[str, ...]]] = [
    ("side", "Bernadette: We finished the wrong side of midnight again.", ("midnight",)),
    ("side", "Yusuf: He got out of the wrong side of the bed.", ("bed",)),
    ("side", "Gareth: The waiting list's the wrong side of fifty patients.", ("fifty",)),
    ("side", "Miriam: Her sats were the wrong side of ninety.", ("ninety",)),
    ("side", "Rajesh: We were the wrong side of two hours late.", ("two",)),
    ("push", "Yusuf: We're pushing fifty patients through that clinic a day.", ("fifty",)),
    ("push", "Gareth: He was pushing ninety miles an hour on the A55.", ("ninety",)),
    ("push", "Li Wei: The temperature was nudging forty degrees.", ("forty",)),
    ("push", "Farzana: Somebody was knocking on the door at eleven.", ("eleven",)),
    ("big", "Yusuf: We won 5-0 on Saturday.", ("5-0",)),
    ("big", "Gareth: The score turned 3-0 by half time.", ("3-0",)),
    ("big", "Li Wei: Version four-oh of the system is rubbish.", ("four-oh",)),
    ("term", "Miriam: It's term time so the roads are busy.", ("term",)),
    ("term", "Farzana: The spring term starts on Monday.", ("spring",)),
    ("term", "Rajesh: In the long term, twenty patients a week is too many.", ("twenty",)),
    ("fest", "Farzana: Eid is next week, we're all off.", ("Eid",)),
    ("fest", "Rajesh: Diwali party is on Saturday, twenty people coming.", ("twenty",)),
    ("fest", "Bernadette: Christmas, twenty minutes later, and still no porter.", ("twenty",)),
    ("cal", "Miriam: Rosh Hashanah falls in Tishrei most years.", ("Tishrei",)),
    ("pc", "Yusuf: I'm an S T three now in surgery.", ("three",)),
    ("pc", "Gareth: She's an F Y one on the ward.", ("one",)),
    ("pc", "Li Wei: Take the M six then the M forty.", ("six", "forty")),
    ("pc", "Farzana: Vitamin B twelve and D three levels.", ("twelve",)),
    ("pc", "Bernadette: He's in bay B four, bed two.", ("four",)),
]


#: a second batch in new voices, written AFTER the first rules and scored once before any change:
#: the engine caught 15 of 20 and kept 9 of 10 on main, 18 of 20 and 9 of 10 with the first rules;
#: the three misses (a subject-less "Turned 6-0", "postcode, um, starts with", "the big 3-0 win")
#: were then fixed by class
BATCH2_POS: list[tuple[str, str, tuple[str, ...]]] = [
    ("b2", "Tunde: my wife is the wrong side of thirty-five, she says don't put that.", ("thirty-five",)),
    ("b2", "Aoife: Ah I'd say he's pushing seventy-five, so he is.", ("seventy-five",)),
    ("b2", "Sanjay: My father-in-law, he is knocking on eighty-five.", ("eighty-five",)),
    ("b2", "Morag: I'll be the big seven-oh come Hogmanay.", ("seven-oh",)),
    ("b2", "Ewan: Turned 6-0 in the lockdown, no party.", ("6-0",)),
    ("b2", "Hui: my mother celebrate the big 8-0 last year", ("8-0",)),
    ("b2", "Olu: I was the right side of forty when I came over.", ("forty",)),
    ("b2", "Anna: I begin nursing school autumn term 2004.", ("2004",)),
    ("b2", "Claire: I went up in the Michaelmas term of nineteen ninety-six.", ("ninety-six",)),
    ("b2", "Ravi: We got married Diwali two thousand and eleven.", ("eleven",)),
    ("b2", "Nadia: Eid ul-Fitr 2016 was my first in Britain.", ("2016",)),
    ("b2", "Dov: My bar mitzvah was Adar 5761.", ("5761",)),
    ("b2", "Sunita: My real birthday is Magh 2035, the Nepali date.", ("2035",)),
    ("b2", "Rumana: Born on the 3rd of Srabon, 1385.", ("1385",)),
    ("b2", "Kieran: postcode is B T nine, south Belfast.", ("B T nine",)),
    ("b2", "Jo: we're an L S twelve postcode now", ("twelve",)),
    ("b2", "Pete: we moved to a D E twenty-two area last year", ("twenty-two",)),
    ("b2", "Lina: my postcode, um, starts with N G seven", ("seven",)),
    ("b2", "Asha: Passover nineteen eighty-eight I was born, my mother says.", ("eighty-eight",)),
    ("b2", "Mei: I started in the second semester of twenty-twenty.", ("twenty-twenty",)),
]
BATCH2_NEG: list[tuple[str, str, tuple[str, ...]]] = [
    ("b2", "Tunde: We're the wrong side of the river for that clinic.", ("river",)),
    ("b2", "Aoife: Pushing forty hours a week, so I was.", ("forty",)),
    ("b2", "Morag: The big 3-0 win over Celtic.", ("3-0",)),
    ("b2", "Ewan: We won Christmas 2-0 at the quiz.", ("2-0",)),
    ("b2", "Anna: Autumn term is always busy.", ("Autumn",)),
    ("b2", "Ravi: Diwali is on the twelfth this year.", ("Diwali",)),
    ("b2", "Kieran: It's a big area, the Sperrins.", ("big",)),
    ("b2", "Jo: Grade F two doctors cover the area.", ("two",)),
    ("b2", "Pete: She's knocking on a bit.", ("bit",)),
    ("b2", "Lina: The heating's pushing twenty-five degrees.", ("twenty-five",)),
]

#: hard negatives other finders take today (found before this round's rules; left to their owners)
LEFT = {
    "Miriam: Her sats were the wrong side of ninety.",
    "Miriam: Rosh Hashanah falls in Tishrei most years.",
    # (round 16: "Vitamin B twelve and D three levels", taken by round 15's spoken tagger as a
    # postcode, is left alone by round 16's, which has "levels" as a word for what is measured)
}


def _params(rows: list[tuple[str, str, tuple[str, ...]]]) -> list[object]:
    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="left: another finder"))
            if row[1] in LEFT else row for row in rows if row[2]]


@pytest.mark.parametrize(("kind", "text", "gone"), _params(POSITIVES + BATCH2_POS))
def test_idiom_ages_terms_festivals_calendars_and_outward_codes_are_redacted(
        anonymiser: Anonymiser, kind: str, text: str, gone: tuple[str, ...]) -> None:
    out = anonymiser.redact(text).text
    assert not any(g in out for g in gone), (kind, out)


@pytest.mark.parametrize(("kind", "text", "kept"), _params(NEGATIVES + BATCH2_NEG))
def test_ordinary_idioms_scores_terms_festivals_and_codes_stay(
        anonymiser: Anonymiser, kind: str, text: str, kept: tuple[str, ...]) -> None:
    out = anonymiser.redact(text).text
    assert all(k in out for k in kept), (kind, out)


def test_the_idiom_age_is_the_number_only() -> None:
    text = "P: She's the wrong side of sixty-five and pushing seventy, turned 5-0 twice over."
    found = {text[f.start:f.end]: f.entity for f in find_idiom_dates(text)}
    assert found == {"sixty-five": "AGE", "seventy": "AGE", "5-0": "AGE"}


@pytest.mark.parametrize(("text", "date"), [
    ("P: I started Michaelmas term twenty ten.", "Michaelmas term twenty ten"),
    ("P: Diwali twenty-nineteen we flew home.", "Diwali twenty-nineteen"),
    ("P: Born Baisakh fifteen, twenty thirty-eight.", "Baisakh fifteen, twenty thirty-eight"),
    ("P: In Nepali it's 2041 Shrawan 3.", "2041 Shrawan 3"),
])
def test_a_term_festival_or_other_calendar_with_its_year_is_one_date(text: str, date: str) -> None:
    assert [text[f.start:f.end] for f in find_idiom_dates(text)] == [date]


@pytest.mark.parametrize("text", [
    "P: Eid is next week.", "P: The spring term starts Monday.", "P: Christmas, twenty minutes on.",
    "P: We won 5-0.", "P: It turned 5-0 by the end.", "P: Her sats were the wrong side of ninety.",
    "P: He's pushing fifty patients a day.", "P: Tishrei is in the autumn.",
])
def test_no_idiom_date_without_an_age_or_a_year(text: str) -> None:
    assert find_idiom_dates(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("P: postcode's B S fourteen", "B S fourteen"), ("P: a C F ten postcode", "C F ten"),
    ("P: the G U eleven area", "G U eleven"), ("P: my postcode, um, starts with N G seven", "N G seven"),
])
def test_the_outward_code_beside_a_cue(text: str, code: str) -> None:
    assert [text[f.start:f.end] for f in find_outward_codes(text)] == [code]


@pytest.mark.parametrize("text", [
    "P: I'm an S T three now.", "P: bay B four area", "P: the M forty area", "P: a big area",
    "P: my postcode is a pain", "P: the Q two area",
])
def test_no_outward_code_without_a_cue_or_an_area(text: str) -> None:
    assert find_outward_codes(text) == []
