"""Round 14: spoken AGES and DATES that still leaked on unseen authors. The corpus below was
written BEFORE this round's rules, in the voices of eight imagined speakers (none of them a
corpus author), and scored once through the whole engine before any rule was added (the count
is in the module docstring of ``vault/anonymise/spoken/events.py``):

* Siobhán, 58, a GP returning to practice in Donegal (Hiberno-English, "sure", "so it was");
* Kwame, 34, a registrar trained in Kumasi, now in Leeds (Ghanaian English, "I was having");
* Margaret, 71, a retired Yorkshire midwife (old-fashioned: "four and twenty", "Michaelmas");
* Priya, 26, a foundation doctor in Leicester who answers in chat lines ("ngl", "tbh", "lol");
* Dafydd, 45, a Welsh-speaking paramedic in Gwynedd ("now then", Welsh words between);
* Tomasz, 39, a Polish nurse in Glasgow (articles dropped, "how you say");
* Dr Okoro, 52, a consultant dictating letters (commands said as words: "comma", "full stop");
* a caption export (lower case, cue times, no apostrophes, homophones).

Classes (each a shape a data steward would name): an age at a LIFE EVENT ("I qualified at
twenty-four", "married at nineteen", "left school at sixteen", "when I was widowed at
forty"), an age said old-style ("five and thirty", "rising six"), "going on", "and a half",
months old, ages in roman numerals, ages in captions and chat; a YEAR SAID SHORT after a life
event or "back in"; dates from dictation; birthdays relative to a day or feast; star signs
with a year; year-month-day and compact dates; "oh" inside the day number; a day alone in
birthday talk. Hard negatives: durations, doses, scores, counts, clock times after the same
verbs ("started at nine"), years that date nobody, eras, versions, ages of things.
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser

#: (class, text, the words that must be gone)
POSITIVES: list[tuple[str, str, tuple[str, ...]]] = [
    # --- an age at a life event ---
    ("event", "Siobhán: I qualified at twenty-four, so I did, in Galway.", ("twenty-four",)),
    ("event", "Siobhán: Sure I was married at nineteen and had the first at twenty.",
     ("nineteen", "twenty")),
    ("event", "Kwame: I left school at seventeen and went straight to the medical school.",
     ("seventeen",)),
    ("event", "Margaret: I started my training at eighteen, in the old infirmary.", ("eighteen",)),
    ("event", "Margaret: I retired at sixty-two and I've not missed it once.", ("sixty-two",)),
    ("event", "Dafydd: I joined the ambulance service at twenty-one, straight from the farm.",
     ("twenty-one",)),
    ("event", "Tomasz: I come to Scotland at thirty, with my wife.", ("thirty",)),
    ("event", "Tomasz: My father he die at fifty-five, heart attack.", ("fifty-five",)),
    ("event", "Dr Okoro: She was diagnosed at forty-three comma and has been well since.",
     ("forty-three",)),
    ("event", "Priya: lost my nan at 15 tbh it was rough", ("15",)),
    ("event", "Kwame: I became a father at twenty-six, during my housemanship.", ("twenty-six",)),
    ("event", "Siobhán: Mammy was widowed at forty, with six of us.", ("forty",)),
    ("event", "Margaret: I had our Susan at twenty-two and our Peter at twenty-five.",
     ("twenty-two", "twenty-five")),
    ("event", "Dafydd: Dad passed away at sixty-eight, bless him.", ("sixty-eight",)),
    ("event", "Kwame: I emigrated at thirty-one, after the house job.", ("thirty-one",)),
    ("event", "Siobhán: I went back to college at forty-five, imagine.", ("forty-five",)),
    ("event", "Tomasz: I finish my nursing degree at twenty-three in Kraków.", ("twenty-three",)),
    ("event", "Priya: got my first job at 16, at a chippy lol", ("16",)),
    ("event", "Margaret: When I qualified, at twenty, we wore the caps.", ("twenty",)),
    ("event", "Dafydd: I passed my test at seventeen and was driving the Land Rover.",
     ("seventeen",)),
    ("event", "Kwame: My mother gave birth to me at nineteen.", ("nineteen",)),
    ("event", "Siobhán: He was ordained at twenty-six, my brother.", ("twenty-six",)),
    ("event", "Dr Okoro: He had his first seizure aged twelve full stop", ("twelve",)),
    ("event", "Tomasz: I have stroke at forty-eight, small one.", ("forty-eight",)),
    ("event", "Priya: moved out at eighteen and never looked back", ("eighteen",)),
    ("event", "Margaret: I was made a sister at thirty, the youngest on the ward.", ("thirty",)),
    ("event", "Kwame: When I was thirty-two I sat the PLAB.", ("thirty-two",)),
    ("event", "Dafydd: I lost my wife when I was fifty-one.", ("fifty-one",)),
    ("event", "Siobhán: By twenty-five I had three children and a mortgage.", ("twenty-five",)),
    ("event", "Tomasz: At thirty-five I start again, new country.", ("thirty-five",)),
    # --- old-style and "going on", "and a half", months old ---
    ("old", "Margaret: I was five and thirty when I went on nights.", ("five and thirty",)),
    ("old", "Margaret: She'd be one-and-twenty that Michaelmas.", ("one-and-twenty",)),
    ("old", "Margaret: Our Peter is rising six and into everything.", ("six",)),
    ("old", "Siobhán: Our youngest is going on nine and thinks she's the boss.", ("nine",)),
    ("old", "Kwame: My son is now going on four.", ("four",)),
    ("old", "Tomasz: My daughter, she is eleven and half.", ("eleven",)),
    ("old", "Priya: my sister's 14 and a half and thinks she knows everything", ("14",)),
    ("old", "Dafydd: The little one's eighteen months old and walking.", ("eighteen",)),
    ("old", "Kwame: Our baby is nine months now.", ("nine",)),
    ("old", "Siobhán: The grandson is six weeks old today.", ("six",)),
    ("old", "Margaret: She's three score years and ten, and sharp as a tack.",
     ("three score years and ten",)),
    ("old", "Dafydd: He's eighty-odd, still out with the sheep.", ("eighty-odd",)),
    # --- roman ---
    ("roman", "Dr Okoro: Patient aged XLII, referred for review.", ("XLII",)),
    ("roman", "Dr Okoro: Age: LXV. Lives alone.", ("LXV",)),
    ("roman", "Margaret: On the card it said age xxxiv, in that fancy hand.", ("xxxiv",)),
    # --- captions and chat ---
    ("caption", "[00:12:03] speaker 2: im thirty four and ive got two kids", ("thirty four",)),
    ("caption", ("[00:14:10] speaker 1: how old is your mum\n[00:14:12] speaker 2: shes seventy "
                 "eight"), ("seventy eight",)),
    ("caption", "[00:20:41] speaker 2: my dads ate and sixty now", ("ate and sixty",)),
    ("caption", "[00:22:05] speaker 2: i qualified at twenty five", ("twenty five",)),
    ("chat", "Priya: 26 f, fy2, leicester", ("26",)),
    ("chat", "Priya: me (29) and my bf (31) moved in together", ("29", "31")),
    ("chat", "Priya: turning 27 next week ugh", ("27",)),
    ("chat", "Priya: age 24 when i started med school lol", ("24",)),
    # --- years said short ---
    ("year", "Siobhán: I came home in oh-eight, after the crash.", ("oh-eight",)),
    ("year", "Kwame: I qualified in twenty-fifteen and came over in twenty-nineteen.",
     ("twenty-fifteen", "twenty-nineteen")),
    ("year", "Tomasz: I am in Glasgow since twenty-sixteen.", ("twenty-sixteen",)),
    ("year", "Margaret: I was born in forty-nine, the winter of the big snow.", ("forty-nine",)),
    ("year", "Dafydd: We married in ninety-seven, in the chapel.", ("ninety-seven",)),
    ("year", "Priya: graduated in '22, foundation since", ("'22",)),
    ("year", "Siobhán: Back in ninety-one I was in Sydney.", ("ninety-one",)),
    ("year", "Kwame: My daughter was born twenty-twenty, in the lockdown.", ("twenty-twenty",)),
    ("year", "Dafydd: Mam died in oh-three.", ("oh-three",)),
    ("year", "Tomasz: I have my son in two thousand eleven.", ("two thousand eleven",)),
    # --- dictated dates ---
    ("dictated", "Dr Okoro: Date of birth twelve slash oh four slash sixty-one full stop",
     ("twelve", "oh four", "sixty-one")),
    ("dictated", "Dr Okoro: D O B comma third of March nineteen seventy comma new line",
     ("third of March nineteen seventy",)),
    ("dictated", ("Dr Okoro: Seen in clinic on the fourteenth of June comma twenty twenty-three "
                  "full stop"), ("fourteenth of June", "twenty twenty-three")),
    ("dictated", "Dr Okoro: born on 12 stroke 3 stroke 58 full stop", ("12", "58")),
    # --- birthdays relative to a day or feast ---
    ("birthday", "Siobhán: My birthday's the day after Patrick's Day.", ("day after Patrick's Day",)),
    ("birthday", "Kwame: I was born two days before Christmas.", ("two days before Christmas",)),
    ("birthday", "Dafydd: My birthday is the day before St David's Day.",
     ("day before St David's Day",)),
    ("birthday", "Margaret: I was born on Michaelmas, nineteen fifty-three.",
     ("Michaelmas", "nineteen fifty-three")),
    ("birthday", "Priya: my bday is the day after bonfire night lol", ("day after bonfire night",)),
    ("birthday", "Tomasz: My birthday is Christmas Eve.", ("Christmas Eve",)),
    # --- star signs with a year ---
    ("star", "Priya: I'm a Scorpio, born ninety-eight", ("ninety-eight",)),
    ("star", "Siobhán: A Leo, nineteen sixty-six, so I am.", ("nineteen sixty-six",)),
    ("star", "Kwame: Capricorn, class of eighty-nine, born in January.", ("eighty-nine",)),
    # --- ymd, compact, "oh" inside the day, a day alone ---
    ("ymd", ("Tomasz: My date of birth, in Poland we say year first, nineteen eighty-five, "
             "oh-seven, twelve."), ("nineteen eighty-five", "oh-seven", "twelve")),
    ("ymd", "Dr Okoro: DOB 1961 04 12 full stop", ("1961 04 12",)),
    ("compact", "Priya: dob 120498 if u need it", ("120498",)),
    ("compact", "Dafydd: It's on the form, oh-three-oh-six-seventy-nine.",
     ("oh-three-oh-six-seventy-nine",)),
    ("oh_day", "Siobhán: Her birthday's the oh-fourth of July.", ("oh-fourth",)),
    ("oh_day", "Kwame: I was born on the zero-ninth of the ninth.", ("zero-ninth",)),
    ("day_only", "Margaret: When's my birthday? The twenty-third, love. Of August.",
     ("twenty-third",)),
    ("day_only", "Dafydd: Born on the ninth, same as my dad.", ("ninth",)),
]

#: (class, text, words that must stay)
NEGATIVES: list[tuple[str, str, tuple[str, ...]]] = [
    ("time", "Siobhán: I started at nine and was home by six.", ("nine", "six")),
    ("time", "Kwame: The clinic finished at half five.", ("half five",)),
    ("time", "Tomasz: I come to work at seven, every day.", ("seven",)),
    ("time", "Dafydd: We left the station at twenty past four.", ("twenty past four",)),
    ("time", "Priya: arrived at 8 and the ward round had started", ("8",)),
    ("count", "Margaret: I delivered four and twenty babies that winter.", ("four and twenty",)),
    ("count", "Kwame: I passed at the second attempt, with sixty-four percent.",
     ("sixty-four",)),
    ("count", "Siobhán: We qualified at forty-two percent of the target.", ("forty-two",)),
    ("count", "Dafydd: Retired at level three on the pay scale.", ("three",)),
    ("dose", "Dr Okoro: Started at twenty milligrams comma increased to forty full stop",
     ("twenty", "forty")),
    ("dose", "Tomasz: Insulin we start at ten units.", ("ten units",)),
    ("score", "Dr Okoro: GCS fifteen, NEWS two, discharged at seventy-two hours.",
     ("fifteen", "seventy-two hours")),
    ("duration", "Kwame: The baby was in NICU for six weeks.", ("six weeks",)),
    ("duration", "Siobhán: I was nine months on the waiting list.", ("nine months",)),
    ("duration", "Margaret: I did thirty years on the district.", ("thirty years",)),
    ("history", "Dafydd: The hospital was built in nineteen thirty-six.", ("nineteen thirty-six",)),
    ("history", "Tomasz: Poland join EU in two thousand four.", ("two thousand four",)),
    ("history", "Siobhán: The sixties were wild in Dublin.", ("sixties",)),
    ("era", "Margaret: Back in the fifties we boiled everything.", ("fifties",)),
    ("version", "Priya: the app's on version twenty-three now", ("twenty-three",)),
    ("thing", "Dafydd: The ambulance is twelve years old.", ("twelve",)),
    ("thing", "Kwame: The Act of twenty-twelve changed it all.", ("twenty-twelve",)),
    ("feast", "Siobhán: We close the day after Patrick's Day for the staff party.",
     ("Patrick's Day",)),
    ("feast", "Tomasz: Christmas Eve I work a night shift.", ("Christmas Eve",)),
    ("roman", "Dr Okoro: Type II diabetes, stage IV chronic kidney disease.", ("II", "IV")),
    ("roman", "Margaret: We read Henry VIII at school.", ("VIII",)),
    ("star", "Priya: such a Scorpio move tbh", ("Scorpio",)),
    ("going", "Kwame: It's going on seven o'clock now.", ("seven",)),
    ("going", "Dafydd: Going on two years since the merger.", ("two years",)),
    ("half", "Tomasz: I work seven and half hours.", ("seven",)),
    ("months", "Siobhán: The contract is eighteen months long.", ("eighteen months",)),
    ("caption", "[00:30:11] speaker 1: we had forty patients on the list", ("forty patients",)),
    ("caption", "[00:31:40] speaker 2: page twenty five of the handbook", ("twenty five",)),
    ("chat", "Priya: 26 patients on the list today send help", ("26 patients",)),
    ("event", "Kwame: I qualified at Korle Bu and trained at Komfo Anokye.", ("qualified",)),
    ("event", "Margaret: She retired at Christmas, after forty years.", ("forty years",)),
    ("event", "Dafydd: We joined at junction eleven.", ("eleven",)),
    ("event", "Siobhán: I finished at twenty to eleven that night.", ("twenty to eleven",)),
    ("year", "Tomasz: In twenty minutes I must go.", ("twenty minutes",)),
    ("year", "Kwame: We saw ninety-eight patients in clinic.", ("ninety-eight",)),
    ("dictated", "Dr Okoro: Blood pressure one forty slash ninety full stop", ("forty", "ninety")),
]


#: a second batch in eight more voices (Aoife, Chidi, Hamish, Mei, Rhiannon, Bilal, Ethel, a
#: caption), written AFTER the rules and never tuned on: 28 of 30 and 18 of 18 at once; 27 of 30
#: once full years needed a milestone of a life (the dev sets' "in two thousand six I moved")
#: ("She went on the pill at fifteen" was caught after the subject-dropped clause rule)
BATCH2_POS: list[tuple[str, str, tuple[str, ...]]] = [
    ("event", "Aoife: I had the twins at thirty-eight, God help me.", ("thirty-eight",)),
    ("event", "Chidi: My father was called to the bar at twenty-nine.", ("twenty-nine",)),
    ("event", "Hamish: I took over the practice at forty, when auld Dr Reid retired.", ("forty",)),
    ("event", "Mei: I got my PR at 27 so I stayed.", ("27",)),
    ("event", "Rhiannon: Mam went into the home at ninety-one.", ("ninety-one",)),
    ("event", "Bilal: I was engaged at twenty, married at twenty-two.", ("twenty", "twenty-two")),
    ("event", "Ethel: I buried my husband at sixty-three and carried on.", ("sixty-three",)),
    ("event", "Chidi: She had her menarche at eleven, which is early.", ("eleven",)),
    ("event", "Aoife: He was knocked off the bike at fourteen and never right after.", ("fourteen",)),
    ("event", "Hamish: Lost the sight in that eye at fifty.", ("fifty",)),
    ("event", "Mei: dad had his bypass at 58", ("58",)),
    ("event", "Rhiannon: At nineteen, I was a mam already.", ("nineteen",)),
    ("event", "Bilal: My brother went to Pakistan at sixteen and came back at twenty.", ("sixteen", "twenty")),
    ("event", "Ethel: I learnt to swim at seventy, would you believe.", ("seventy",)),
    ("event", "Chidi: I became a consultant at forty-one.", ("forty-one",)),
    ("event", "Aoife: She went on the pill at fifteen.", ("fifteen",)),
    ("event", "Hamish: He first presented at thirty-three with the chest pain.", ("thirty-three",)),
    ("event", "Mei: started working at 17 in my aunt's shop", ("17",)),
    ("event", "Rhiannon: I was sectioned at twenty-four.", ("twenty-four",)),
    ("event", "Bilal: Dad had his first heart attack aged fifty-two.", ("fifty-two",)),
    ("year", "Aoife: I trained in Cork and qualified in twenty-eleven.", ("twenty-eleven",)),
    ("year", "Chidi: I relocated in twenty-eighteen with the family.", ("twenty-eighteen",)),
    ("year", "Hamish: The wife passed in oh-seven.", ("oh-seven",)),
    ("year", "Mei: came to the UK in 2019, did my PLAB in twenty-twenty", ("twenty-twenty",)),
    ("year", "Rhiannon: We lost Dad in two thousand and nine.", ("two thousand and nine",)),
    ("year", "Bilal: I got married in twenty-thirteen.", ("twenty-thirteen",)),
    ("old", "Ethel: I was six and twenty when the war ended.", ("six and twenty",)),
    ("old", "Aoife: The small one is going on five now.", ("five",)),
    ("old", "Chidi: My son is seven and half years.", ("seven",)),
    ("old", "Mei: my nephew is 10 months old", ("10",)),
]
BATCH2_NEG: list[tuple[str, str, tuple[str, ...]]] = [
    ("time", "Aoife: I had the meeting at eleven and lunch at one.", ("eleven", "one")),
    ("time", "Chidi: We started the ward round at thirteen hundred.", ("thirteen hundred",)),
    ("time", "Hamish: The surgery opens at eight and I'm in at half seven.", ("eight", "half seven")),
    ("time", "Mei: shift started at 19:00 lol", ("19:00",)),
    ("measure", "Rhiannon: Her sats were at ninety-one when I got there.", ("ninety-one",)),
    ("measure", "Bilal: My HbA1c was at fifty-eight last time.", ("fifty-eight",)),
    ("measure", "Ethel: The heating's at twenty-one, it's too warm.", ("twenty-one",)),
    ("measure", "Chidi: She delivered at thirty-six weeks.", ("thirty-six weeks",)),
    ("count", "Aoife: I stopped counting at forty.", ("forty",)),
    ("count", "Hamish: We were at twenty-five on the waiting list.", ("twenty-five",)),
    ("count", "Mei: my phone is at 15 percent", ("15",)),
    ("price", "Rhiannon: We bought the house at ninety thousand.", ("ninety thousand",)),
    ("year", "Bilal: The practice merged in twenty-fifteen.", ("twenty-fifteen",)),
    ("year", "Chidi: The guideline came out in twenty-nineteen.", ("twenty-nineteen",)),
    ("year", "Ethel: The NHS started in nineteen forty-eight.", ("nineteen forty-eight",)),
    ("history", "Hamish: In nineteen eighty-four the miners struck.", ("nineteen eighty-four",)),
    ("speed", "Aoife: He was doing seventy at the time.", ("seventy",)),
    ("score", "Mei: got 78 in the exam", ("78",)),
]

#: what this round leaves, each for a reason a steward would give (asserted to stay so, so
#: that fixing one is noticed): ages 1-12 after "at" are clock hours too ("the small one is
#: going on five", no person the "going on" rule knows, left here until round 26's learned age
#: finder took it); "ate and sixty" (a homophone inside an old-style age);
#: a full year with no milestone of a life ("since", an exam:
#: on the dev sets "in two thousand six I moved again" is no date); the age
#: of a thing with "is N years old"; a feast after "the day after" with no birthday (the saint's
#: name is taken as a PERSON), a feast named alone, a star sign taken as a name
LEFT = {
    "Chidi: She had her menarche at eleven, which is early.",
    "Tomasz: I am in Glasgow since twenty-sixteen.",
    "Mei: came to the UK in 2019, did my PLAB in twenty-twenty",
    "Dafydd: The ambulance is twelve years old.",
    "Siobhán: We close the day after Patrick's Day for the staff party.",
    "Tomasz: Christmas Eve I work a night shift.",
    "Priya: such a Scorpio move tbh",
}


def _params(rows: list[tuple[str, str, tuple[str, ...]]]) -> list[object]:
    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="left this round"))
            if row[1] in LEFT else row for row in rows]


@pytest.mark.parametrize(("kind", "text", "gone"), _params(POSITIVES + BATCH2_POS))
def test_ages_and_dates_are_redacted(anonymiser: Anonymiser, kind: str, text: str,
                                     gone: tuple[str, ...]) -> None:
    out = anonymiser.redact(text).text
    assert not any(g in out for g in gone), (kind, out)


@pytest.mark.parametrize(("kind", "text", "kept"), _params(NEGATIVES + BATCH2_NEG))
def test_ordinary_numbers_stay(anonymiser: Anonymiser, kind: str, text: str,
                               kept: tuple[str, ...]) -> None:
    out = anonymiser.redact(text).text
    assert all(k in out for k in kept), (kind, out)


def test_the_event_age_is_the_number_only() -> None:
    from vault.anonymise.spoken.events import find_event_dates
    text = "P3: I qualified at twenty-four and retired at 61, and we lived at forty Mill Lane."
    ages = [text[f.start:f.end] for f in find_event_dates(text) if f.entity == "AGE"]
    assert ages == ["twenty-four", "61"]


@pytest.mark.parametrize("text", [
    "P1: I started at thirteen hundred and finished at twenty fifteen.",
    "P2: I set the oven at eighteen and it burnt.",
    "P3: We came in at twenty-five on the list, behind Leeds.",
    "P4: My mum's still at thirty Acomb Crescent.",
    "P5: He was doing ninety at the time, at ninety on the motorway.",
    "P6: I qualified at forty-two per cent of the pass mark.",
    "P7: I'm tired in a way I wasn't at thirty.",
    "P8: I can't run the way I did at twenty.",
    "P9: She's not as quick as she was at forty, mind.",
    "P10: I don't bounce back like I used to at twenty-five.",
])
def test_no_event_age_in_times_measures_counts_or_houses(text: str) -> None:
    from vault.anonymise.spoken.events import find_event_dates
    assert not [f for f in find_event_dates(text) if f.entity == "AGE"], text


@pytest.mark.parametrize(("text", "date"), [
    ("[00:03:10] speaker 2: my bday is the day after christmas", "day after christmas"),
    ("Ola: her b-day's two days before eid", "two days before eid"),
])
def test_a_birthday_by_a_feast_in_lower_case(text: str, date: str) -> None:
    from vault.anonymise.spoken.events import find_event_dates
    assert any(date in text[f.start:f.end] for f in find_event_dates(text) if f.entity == "DATE")


def test_a_feast_in_lower_case_without_a_birthday_is_no_date() -> None:
    from vault.anonymise.spoken.events import find_event_dates
    text = "[00:04:00] speaker 1: we shut the day after christmas for stocktake"
    assert not find_event_dates(text)


@pytest.mark.parametrize(("text", "year"), [
    ("P1: I qualified in twenty-fifteen.", "twenty-fifteen"),
    ("P2: My mother died in two thousand and nine.", "two thousand and nine"),
    ("P3: We had our first in nineteen ninety-one.", "nineteen ninety-one"),
    ("P4: Dad passed in oh-seven.", "oh-seven"),
])
def test_a_year_after_a_milestone_of_a_life(text: str, year: str) -> None:
    from vault.anonymise.spoken.events import find_event_dates
    assert year in [text[f.start:f.end] for f in find_event_dates(text) if f.entity == "DATE"]


@pytest.mark.parametrize("text", [
    "P1: In twenty nineteen I moved jobs, and in two thousand six I moved again.",
    "P2: The practice merged in twenty-fifteen.",
    "P3: I mean, it's been like this since twenty sixteen, honestly.",
    "P4: Poland join EU in two thousand four.",
])
def test_a_full_year_without_a_milestone_is_left(text: str) -> None:
    from vault.anonymise.spoken.events import find_event_dates
    assert not [f for f in find_event_dates(text) if f.entity == "DATE"], text


@pytest.mark.parametrize(("text", "ages"), [
    ("Priya: me (29) and my bf (31) moved in", ["29", "31"]),
    ("Mei: 26 f, fy2, leicester", ["26"]),
    ("Kofi: Tunde (44) is my cousin", ["44"]),
])
def test_chat_shorthand_ages(text: str, ages: list[str]) -> None:
    from vault.anonymise.spoken.events import find_event_dates
    assert [text[f.start:f.end] for f in find_event_dates(text) if f.entity == "AGE"] == ages


@pytest.mark.parametrize("text", [
    "P1: See Smith (2019) and table (3).", "P2: The 26 bus, route 4 f.", "P3: Ward (12) is shut.",
])
def test_no_chat_age_in_citations_or_counts(text: str) -> None:
    from vault.anonymise.spoken.events import find_event_dates
    assert not [f for f in find_event_dates(text) if f.entity == "AGE"], text
