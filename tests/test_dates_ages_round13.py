"""Round 13: AGE and DATE classes that still leaked on unseen authors, an invented corpus written
BEFORE the rules (the first batch: 45 of 95 ages and 37 of 44 dates caught by the engine before
them) and a second batch written after them and never tuned on (the generality check: 45 of 48
ages caught at once; "fifteen and a bit" after a bare relation, "hes sixty eight and has copd"
then added; 15 of 17 dates, an aside of five words then allowed).

Classes (each a shape a data steward would name, not a phrasing):

* a decade narrowed by its part, the modifier inside the span ("late forties", "mid-sixties",
  "early 30s", "mid-to-late seventies"), wherever it stands, unless an era ("in the late
  sixties", "those mid-seventies houses") or a measurement in the clause (temperatures,
  saturations, scores, prices); a decade found by the older rules takes its modifier too;
* "going on": a person's age after "going on" ("he's going on seven", "I was going on nine"),
  and both ages of "six going on sixteen" -- not a time ("going on seven o'clock", "half
  nine") or a duration ("going on two years");
* an age with a fraction ("twelve and a half", "nine and three quarters", "four and a bit"),
  after a person and little words, the fraction inside the span -- not a count or a measure
  ("two and a half hours", "six and a half stone", "one and a half litres");
* ages in caption text: no apostrophes ("shes twelve", "im 52", "mums ninety one"), no question
  mark ("how old are you" at a line's end), homophones for a unit ("ate", "for");
* ages in another language, found from the word for years after the number ("lat", "saal",
  "bochor", "ans", "años", "anni", "oed", "sana"...): the words before it that are no English
  word, and an English gloss said after it ("sattar saal ki, seventy");
* dates with a day in another language before the month and no "of" ("le douze mars", "am
  dritten Oktober", "pandrah August"), "forth" for "fourth" in captions, and an aside between
  dashes inside a date ("the fourteenth of -- hang on -- of April").

Decided with the corpus conventions: a group's decade ("carers in their forties") is group talk
and not an age; the older rule still takes "in their forties" (singular "their" is common), and
this round leaves it. Every sentence is invented for this file.
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken import find_spoken_forms


def _spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in find_spoken_forms(text) if f.entity in ("DATE", "AGE")]


def _covered(text: str, part: str) -> bool:
    """Whether every character of ``part`` (its first occurrence) is inside a DATE or AGE."""
    start = text.index(part)
    spans = _spans(text)
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(part))
               if not text[i].isspace() and text[i] not in ",.-'’")


def _touched(text: str, part: str) -> bool:
    start = text.index(part)
    return any(s < start + len(part) and start < e for s, e in _spans(text))


AGES = [
    ("P04: My mum's late seventies now and still drives.", ('late', 'seventies')),
    ("P11: He'd be mid-sixties, I reckon, the old consultant.", ('mid-sixties',)),
    ("P02: I'm early thirties, so the menopause clinic felt odd.", ('early', 'thirties')),
    ('P07: She was late forties when she had the stroke.', ('late', 'forties')),
    ('P09: A gentleman, mid-eighties, lived alone on the farm.', ('mid-eighties',)),
    ('P03: My dad, late sixties, refuses hearing aids.', ('late', 'sixties')),
    ("P05: I'm in the middle, early thirties, between the two of them.", ('early', 'thirties')),
    ('P06: How old is your husband?\nP06: Late fifties.', ('Late', 'fifties')),
    ("P08: He's in his mid-seventies and caring for her full time.", ('mid-seventies',)),
    ("P12: She's in her early twenties, our youngest carer.", ('early', 'twenties')),
    ("P13: I'd put her at late eighties, maybe ninety.", ('late', 'eighties')),
    ('P14: Nan was in her late nineties when she passed.', ('late', 'nineties')),
    ('P15: I was mid 40s when I retrained.', ('mid', '40s')),
    ("P16: My brother's early fifties and diabetic.", ('early', 'fifties')),
    ('P17: The carer was, oh, late twenties? Lovely girl.', ('late', 'twenties')),
    ('P18: Me? Mid-forties, and knackered.', ('Mid-forties',)),
    ("P19: My partner is late-sixties and has Parkinson's.", ('late-sixties',)),
    ("P20: She's on the wrong side of fifty, she says.", ('fifty',)),
    ("P21: I'm the wrong side of sixty now.", ('sixty',)),
    ('P22: Auntie Bisi, mid seventies, lives with us.', ('mid', 'seventies')),
    ("P04: My granddaughter's six going on sixteen, honestly.", ('six', 'sixteen')),
    ("P05: He's going on seven now and asks about his dad.", ('seven',)),
    ('P06: Our Jayden is five, going on six.', ('five', 'six')),
    ("P07: Mum's eighty-nine, going on ninety.", ('eighty-nine', 'ninety')),
    ("P08: She's going on twelve and she does the shopping for her gran.", ('twelve',)),
    ('P09: I was going on nine when Dad got ill.', ('nine',)),
    ('P10: The wee one is three going on four.', ('three', 'four')),
    ('P11: my lad is going on 8 and he helps with the hoist', ('8',)),
    ('P12: Grandad? Going on ninety-one, sharp as a tack.', ('ninety-one',)),
    ("P13: Kemi's going on ten and she knows all his tablets.", ('ten',)),
    ("P04: She's twelve and a half and does his injections.", ('twelve', 'half')),
    ('P05: My son was seven and a half when I got the diagnosis.', ('seven', 'half')),
    ("P06: He's nine and three quarters, he'll tell you.", ('nine', 'three quarters')),
    ('P07: Our youngest is four and a bit.', ('four', 'bit')),
    ('P08: My daughter, eleven and a half, helps me dress.', ('eleven', 'half')),
    ('P09: I was thirteen and a half when I started caring for Mum.', ('thirteen', 'half')),
    ("P10: Amara's six and a half now.", ('six', 'half')),
    ('P11: The twins are two and a half.', ('two', 'half')),
    ('P12: How old is she?\nP12: Ten and a half.', ('Ten', 'half')),
    ("P13: He's fourteen and a quarter, nearly.", ('fourteen', 'quarter')),
    ("P14: Mum's eighty-two and a half, she counts the halves again.", ('eighty-two', 'half')),
    ('P15: my boy is 9 and a half and very good with her', ('9 and a half',)),
    ('[00:01:12] speaker 2: im forty seven and i look after my mum', ('forty', 'seven')),
    ('[00:02:40] speaker 1: shes twelve and she does the meds', ('twelve',)),
    ('[00:03:05] speaker 2: hes eighty four now bless him', ('eighty', 'four')),
    ('[00:04:10] speaker 2: my son is ate and he helps out', ('ate',)),
    ('[00:05:00] speaker 2: my daughters for and a half', ('for and a half',)),
    ('[00:05:33] speaker 1: how old are you\n[00:05:35] speaker 2: fifty two', ('fifty', 'two')),
    ('[00:06:01] speaker 2: i was nineteen when i started caring for him', ('nineteen',)),
    ('[00:07:12] speaker 2: mums ninety one next month', ('ninety', 'one')),
    ('[00:08:20] speaker 2: shes in her late sixties', ('late', 'sixties')),
    ('[00:09:02] speaker 2: my dad is seventy three and has dementia', ('seventy', 'three')),
    ('[00:10:44] speaker 2: im 52 and i work nights', ('52',)),
    ('[00:11:03] speaker 2: my little girl is six going on sixteen', ('six', 'sixteen')),
    ("P04: In Polish I'd say mam czterdzieści lat, I'm forty.", ('czterdzieści', 'forty')),
    ("P05: Ammi kehti hain, main pachaas saal ki hoon, she's fifty.", ('pachaas',)),
    ("P06: My mother says 'tengo ochenta años' to everyone.", ('ochenta',)),
    ('P07: Il a quatre-vingt-deux ans, my father-in-law.', ('quatre-vingt-deux',)),
    ("P08: Mae hi'n naw deg oed, Nain.", ('naw deg',)),
    ('P09: Dadi is sattar saal ki, seventy.', ('sattar', 'seventy')),
    ('P10: Abba ki umar pachattar saal hai.', ('pachattar',)),
    ('P11: Ma mère a soixante-dix ans.', ('soixante-dix',)),
    ('P12: Mi abuela tiene noventa y dos años.', ('noventa y dos',)),
    ('P13: Babcia ma osiemdziesiąt lat.', ('osiemdziesiąt',)),
    ('P14: Umri arbaeen sana, forty years.', ('arbaeen',)),
    ('P04: Our Leo was nineteen months when the diagnosis came.', ('nineteen',)),
    ("P05: She's only 7 weeks old.", ('7 weeks',)),
    ('P06: my baby is ten months and teething', ('ten months',)),
    ("Carer: Dad's mid-to-late seventies, we think; no birth certificate.", ('seventies',)),
    ("P21: Oh she'd be late fifties by now, the neighbour.", ('late', 'fifties')),
    ("P22: I'm mid-thirties and already creaking.", ('mid-thirties',)),
    ('P23: Grandma — early nineties — still does the crossword.', ('early', 'nineties')),
    ('P24: Him? Late 60s, retired miner.', ('Late', '60s')),
    ('P25: My husband is early-fifties and on the transplant list.', ('early-fifties',)),
    ("P26: Me, I'm in my mid forties.", ('mid', 'forties')),
    ('P27: she is late seventies and very frail', ('late', 'seventies')),
    ('P28: The lodger was mid-twenties, a student nurse.', ('mid-twenties',)),
    ("P33: My grandson's nearly four, going on forty, he's that bossy.", ('four', 'forty')),
    ("P34: She was going on eleven when she started helping with Dad's catheter.", ('eleven',)),
    ('P35: Our Priya is going on fifteen now.', ('fifteen',)),
    ("P36: I'm sixty-nine going on seventy and I still lift him.", ('sixty-nine', 'seventy')),
    ("P37: He's only going on three, bless him.", ('three',)),
    ("P40: Our Tyler's eight and three-quarters.", ('eight', 'three-quarters')),
    ('P41: She was only two and a half when Mum got ill.', ('two', 'half')),
    ('P42: My nephew, fifteen and a bit, does the night checks.', ('fifteen', 'bit')),
    ("P43: I'm ninety-one and a half, young man.", ('ninety-one', 'half')),
    ('P44: The baby is one and a half now.', ('one', 'half')),
    ('[00:20:01] speaker 2: hes sixty eight and has copd', ('sixty', 'eight')),
    ('[00:20:31] speaker 2: yeah shes only nine and she does his tablets', ('nine',)),
    ('[00:21:01] speaker 2: my dads ninety next year', ('ninety',)),
    ('[00:21:31] speaker 2: im thirty ate and i work full time', ('thirty ate',)),
    ('[00:22:01] speaker 1: what age is she\n[00:22:03] speaker 2: seventy six', ('seventy', 'six')),
    ('[00:22:31] speaker 2: she was twelve when i started looking after her', ('twelve',)),
    ('[00:23:01] speaker 2: hes going on ten', ('ten',)),
    ('P50: Nani kehti hai woh assi saal ki hai, eighty.', ('assi', 'eighty')),
    ('P51: Tata ma sześćdziesiąt pięć lat.', ('sześćdziesiąt pięć',)),
    ("P52: J'ai trente-neuf ans, I'm thirty-nine.", ('trente-neuf', 'thirty-nine')),
    ('P53: Mae Mam yn saith deg oed.', ('saith deg',)),
    ('P54: Amma ku ombadhu pathu vayasu... no, she is ninety.', ('ninety',)),
    ('P55: Abuela tiene 87 años.', ('87',)),
    ('P56: Meri beti das saal ki hai.', ('das',)),
    ("P57: Ammu'r boyosh pochattor bochor.", ('pochattor',)),
]

NOT_AGES = [
    ('P30: Back in the late sixties the ward was Nightingale style.', ('late', 'sixties')),
    ('P31: It was built in the mid-seventies.', ('mid-seventies',)),
    ('P32: The temperature was in the low thirties all week.', ('thirties',)),
    ('P33: Her scores were in the mid-forties on the MoCA, so we referred.', ('mid-forties',)),
    ('P35: Music from the early eighties was on the radio.', ('early', 'eighties')),
    ('P36: Saturation was mid-nineties on air.', ('mid-nineties',)),
    ("P20: What's going on with the carers' rota?", ('going',)),
    ("P21: It's going on seven o'clock and nobody has come.", ('seven',)),
    ("P22: We've been waiting going on two years for the adaptation.", ('two',)),
    ("P23: That's been going on ten minutes now.", ('ten',)),
    ('P24: There was a lot going on, three appointments in one week.', ('three',)),
    ('P20: The visit took two and a half hours.', ('two', 'half')),
    ("P21: He's lost six and a half stone since the stroke.", ('six', 'half')),
    ('P22: We waited three and a half weeks for the hoist.', ('three', 'half')),
    ('P23: It cost four and a half grand to adapt the bathroom.', ('four', 'half')),
    ('P24: She takes two and a half tablets at night.', ('two', 'half')),
    ("P25: I'd give the service seven and a half out of ten.", ('seven', 'half')),
    ('P26: He walked one and a half miles with the frame.', ('one', 'half')),
    ('[00:12:00] speaker 2: i had for carers in one week', ('for',)),
    ('[00:12:30] speaker 2: we ate at six and then the nurse came', ('ate', 'six')),
    ('[00:13:00] speaker 2: he takes forty milligrams at night', ('forty',)),
    ('[00:13:30] speaker 2: shes on twelve tablets a day', ('twelve',)),
    ("P20: We said 'dziękuję' and 'shukriya' to the carers.", ('dziękuję', 'shukriya')),
    ("P21: The leaflet was in Polish, with 'lat' and 'ans' in the glossary.", ('Polish',)),
    ('P22: Tengo dos hermanos, I have two brothers.', ('dos',)),
    ('P07: He was in hospital for nineteen months.', ('nineteen',)),
    ('P29: Houses round here were put up in the early fifties.', ('early', 'fifties')),
    ('P30: Her oxygen was mid-eighties so we called 999.', ('mid-eighties',)),
    ('P31: Prices went up a lot in the late nineties.', ('late', 'nineties')),
    ('P32: Temperatures in the mid-twenties all week.', ('mid-twenties',)),
    ("P38: We've had the same carer going on four years now.", ('four',)),
    ("P39: It's going on half nine and the district nurse hasn't come.", ('nine',)),
    ('P45: She slept for two and a half hours at most.', ('two', 'half')),
    ("P46: I've been caring for eight and a half years.", ('eight', 'half')),
    ('P47: He drinks one and a half litres a day.', ('one', 'half')),
    ("P48: We're two and a half miles from the surgery.", ('two', 'half')),
    ('[00:23:31] speaker 2: the bus is at ten and its for the day centre', ('ten',)),
    ('[00:24:01] speaker 2: shes got four carers and one nurse', ('four',)),
    ('P58: Saal mubarak, we said at new year.', ('mubarak',)),
    ("P59: Mae hi'n oer heddiw, it's cold today.", ('oer',)),
]

DATES = [
    ('P04: Urodziłam się piątego maja, the fifth of May.', ('piątego', 'maja', 'fifth')),
    ('P05: Her birthday is le douze mars.', ('douze', 'mars')),
    ('P06: Naci el tres de junio de 1961.', ('tres', 'junio', '1961')),
    ('P07: Ganwyd fi ar y pumed o Fai.', ('pumed', 'Fai')),
    ('P08: My date of birth in Urdu they wrote as das March.', ('das',)),
    ('P09: Mum was born on vingt-trois avril.', ('vingt-trois', 'avril')),
    ('P10: Dziadek urodził się dwudziestego stycznia.', ('dwudziestego', 'stycznia')),
    ('P11: Su cumpleaños es el quince de agosto.', ('quince', 'agosto')),
    ('P12: Le 14 juillet 1958, she was born.', ('14', 'juillet', '1958')),
    ('P13: Der Geburtstag ist am dritten Oktober.', ('dritten', 'Oktober')),
    ('P14: Ganwyd hi ar 3 Mawrth 1944.', ('3', 'Mawrth', '1944')),
    ('[00:01:02] speaker 2: she was born on the 5th of may 1948', ('5th', 'may', '1948')),
    ('[00:03:02] speaker 2: date of birth 12 3 47', ('12 3 47',)),
    ('[00:04:02] speaker 2: it was the forth of july nineteen fifty', ('forth', 'july', 'fifty')),
    ('[00:05:02] speaker 2: on the 22nd of june she fell', ('22nd', 'june')),
    ('[00:06:02] speaker 2: dob is 14 11 1939', ('14 11 1939',)),
    ('[00:07:02] speaker 2: born 9 april 1952', ('9 april 1952',)),
    ('[00:08:02] speaker 2: june the 2nd 1961 is her birthday', ('june', '2nd', '1961')),
    ('[00:10:02] speaker 2: born on the 1st of the 3rd 1950', ('1st', '3rd', '1950')),
    ('P04: The letter says, dated fourteenth of February twenty twenty-three.', ('fourteenth', 'February')),
    ('P05: Her wristband says DOB 03/07/1941.', ('03/07/1941',)),
    ('P06: It says here, date of birth, one two, oh four, four one.', ('one two, oh four, four one',)),
    ('P07: On the wristband: born 7.4.39.', ('7.4.39',)),
    ('P08: The appointment letter reads Tuesday the 9th of May.', ('9th',)),
    ("P04: I'm a Scorpio, sixty-three.", ('Scorpio', 'sixty-three')),
    ("P05: Mum's a Pisces, born in forty-two.", ('Pisces', 'forty-two')),
    ("P06: He's a Capricorn, nineteen fifty-one.", ('Capricorn', 'fifty-one')),
    ('P04: Date of birth? Nineteen fifty, oh six, twelve.', ('fifty, oh six, twelve',)),
    ('P05: DOB 19520314 on the form.', ('19520314',)),
    ('P06: Born 14MAR52.', ('14MAR52',)),
    ('P04: Date of birth, oh three, oh nine, fifty-one.', ('oh three, oh nine, fifty-one',)),
    ('P05: The oh-second of May, I think.', ('oh-second',)),
    ('P06: Born on the... twenty... twenty-third of, um, March.', ('twenty-third', 'March')),
    ('P07: It was the fourteenth of -- hang on -- of April.', ('fourteenth', 'April')),
    ('P04: Was the fall in March?\nP04: Yes, the twelfth.', ('twelfth',)),
    ("P05: Her birthday's in June, the ninth.", ('ninth',)),
    ('P60: Elle est née le vingt et un juin.', ('vingt et un', 'juin')),
    ('P61: Mi cumpleaños es el diecisiete de octubre.', ('diecisiete', 'octubre')),
    ('P62: Sie ist am zwölften März geboren.', ('zwölften', 'März')),
    ('P63: Abbu ki birthday pandrah August ko hai.', ('pandrah', 'August')),
    ('P64: Nasceu a sete de setembro de 1950.', ('sete', 'setembro', '1950')),
    ('P65: Il compleanno è il quindici maggio.', ('quindici', 'maggio')),
    ('[00:30:01] speaker 2: her birthday is the forth of june', ('forth', 'june')),
    ('[00:30:31] speaker 2: march the forth 1950', ('march', 'forth')),
    ('P66: It was the ninth -- sorry, let me think -- of October.', ('ninth', 'October')),
    ('P67: Born the second -- no wait -- the third of May.', ('third', 'May')),
]

NOT_DATES = [
    ('P20: On vient de Marseille, we came in mars for the weather.', ('vient',)),
    ('[00:11:02] speaker 2: i may come in march if i can', ('may', 'march')),
    ('[00:12:02] speaker 2: the nurse comes at 9 and at 5', ('9', '5')),
    ('P06: That was the third time she fell.', ('third',)),
    ("P07: He's on the fourth floor.", ('fourth',)),
    ('P70: Once March is over the clinics calm down.', ('Once', 'March')),
    ('P71: The audit is due March, they said.', ('due',)),
    ('P72: We went back and forth in July about the hoist.', ('forth',)),
    ('P74: We do March and April reviews together.', ('do',)),
    ('P75: The dates -- all three of them -- were moved.', ('three',)),
    ('P76: Otto May was the name on the rota, a locum.', ('rota',)),
]


@pytest.mark.parametrize(("text", "parts"), AGES)
def test_ages(text: str, parts: tuple[str, ...]) -> None:
    assert all(_covered(text, part) for part in parts), (text, _spans(text))


@pytest.mark.parametrize(("text", "parts"), NOT_AGES)
def test_eras_measures_counts_durations_and_times_are_no_ages(text: str, parts: tuple[str, ...]) -> None:
    assert not any(_touched(text, part) for part in parts), (text, _spans(text))


@pytest.mark.parametrize(("text", "parts"), DATES)
def test_dates(text: str, parts: tuple[str, ...]) -> None:
    assert all(_covered(text, part) for part in parts), (text, _spans(text))


@pytest.mark.parametrize(("text", "parts"), NOT_DATES)
def test_words_that_look_like_days_are_no_dates(text: str, parts: tuple[str, ...]) -> None:
    assert not any(_touched(text, part) for part in parts), (text, _spans(text))


def test_the_modifier_is_inside_the_span() -> None:
    text = "P14: Nan was in her late nineties when she passed."
    assert any(text[s:e] == "late nineties" for s, e in _spans(text))


REST_OF_DATE = [
    ("P80: Her birthday's the oh-ninth of March.", "oh-ninth of March"),
    ("P82: It's the oh-six of the oh-four, nineteen sixty.", "oh-six of the oh-four, nineteen sixty"),
    ("P83: born on the oh-two of the oh-nine.", "oh-two of the oh-nine"),
    ("[00:41:01] speaker 2: dob is the 12th of the 4th 38", "12th of the 4th 38"),
    ("P84: It was the fifth of June, 72.", "fifth of June, 72"),
    ("P85: She's the zero-third of May, a Taurus.", "zero-third of May"),
]


@pytest.mark.parametrize(("text", "date"), REST_OF_DATE)
def test_the_month_and_year_after_a_day_found_alone(text: str, date: str) -> None:
    """A third batch (round 13, after the rules above): a day found alone takes the month and
    the year said after it; a day and a month both said as numbers with an "oh"."""
    assert _covered(text, date), (text, _spans(text))


@pytest.mark.parametrize(("text", "part"), [
    ("P86: One of the oh-two lines was down.", "oh-two"),
    ("P87: On the fifth of June, 72 of us went to the rally.", "72"),
    ("P88: The 4th of May, 38 patients came through.", "38"),
])
def test_counts_after_a_date_are_no_year(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _spans(text))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("P03: My dad, late sixties, and my girl, twelve and a half, going on thirteen.\n",
     ("late", "sixties", "twelve", "half", "thirteen"), ("dad", "girl")),
    ("[00:05:33] speaker 1: how old are you\n[00:05:35] speaker 2: shes for and a half\n",
     ("for and a half",), ("speaker 2",)),
    ("P05: Ammi kehti hain, main pachaas saal ki hoon. Elle est née le douze mars.\n",
     ("pachaas", "douze", "mars"), ("saal",)),
    ("P06: It's going on seven o'clock and the scores were in the mid-forties.\n", (),
     ("seven", "mid-forties")),
])
def test_in_the_engine(anonymiser: Anonymiser, text: str, gone: tuple[str, ...],
                       kept: tuple[str, ...]) -> None:
    out = anonymiser.redact(text).text
    assert not any(g in out for g in gone), out
    assert all(k in out for k in kept), out
