"""An invented space of *typed* dates, ages, phone numbers, health and registration numbers,
postcodes and e-mail addresses, and of things typed the same way that are none of them, built
from how people in the UK and Ireland write them in notes, e-mails, forms, CSV exports and
transcripts with typed numbers (round 22 of issue 14; the written twin of
``tests/_spoken_number_space.py`` and ``tests/_spoken_date_space.py``).

Each case is ``(shape, text)``: ``text`` holds «» around what the labelling conventions
(``tests/corpus/README.md``: a DATE is a specific date or a month and year, a range of days in
one month one span; an AGE is the number only; a phone number from its "+" or first digit to its
last, an extension outside; an NHS or CHI number its ten digits; a GMC number its seven digits;
an NMC PIN its eight characters; a postcode both halves, an outward code alone where it names
a place; an e-mail address from its first to its last character, "mailto:" and brackets
outside) make an identifier; a hard negative holds ‹› around the words that must be left alone.

The space is enumerated from parts -- a date's day, month and year in every typed order and
separator (slashes, dots, dashes, ISO, a month's name or short name, ordinals, a weekday before,
ranges, "w/c", date-of-birth labels), an age's number with every typed cue ("aged", "yo",
"y/o", "yrs", "47M", "F, 47", "(47)", "age:"), phone numbers (UK mobiles and landlines, +44 with
"(0)", Irish numbers, separators, "tel:", "m:", "mob"), NHS numbers with a valid modulus-11
check digit, CHI numbers from a real date, GMC numbers, NMC PINs, every UK postcode shape
(capitals, lower case, no space, split over a line, Crown dependencies), e-mail addresses
(plain, obfuscated "[at]"/"(at)"/" at ... dot ", mailto:, angle brackets) -- and frames (clinic
notes, e-mail headers and signatures, form fields, CSV rows, transcripts with the number typed),
thinned deterministically (``random.Random(seed)``). Names and streets are made of syllables
(:func:`_spoken_number_space.invented_name`), so nothing here comes from a corpus.

Shapes are named ``<class>/<what>`` (``date/slash``, ``age/yo``, ``neg/duration`` ...), so a
test can ask for one class and a measurement can count by class.
"""
from __future__ import annotations

import random
from collections.abc import Iterator

from _spoken_date_space import _SUFFIX, MONTHS, WEEKDAYS
from _spoken_number_space import (
    _rand_digits,
    chi_number,
    gmc_number,
    invented_given,
    invented_name,
    invented_street,
    nhs_number,
    postcode,
)

SHORT = {1: "Jan", 2: "Feb", 3: "Mar", 4: "Apr", 5: "May", 6: "Jun", 7: "Jul", 8: "Aug",
         9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
SHORT_DAYS = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"]


def _ord(d: int) -> str:
    return f"{d}{_SUFFIX.get(d, 'th')}"


def _who(rng: random.Random) -> str:
    return f"{invented_given(rng)} {invented_name(rng)}"


# -- dates ---------------------------------------------------------------------------------------

def _date_parts(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1950, 2025)


def typed_dates(rng: random.Random) -> list[tuple[str, str]]:
    """(style, date typed) for one random date: every order and separator people type."""
    d, m, y = _date_parts(rng)
    yy = f"{y % 100:02d}"
    month, short = MONTHS[m - 1], SHORT[m]
    wd = rng.choice(WEEKDAYS)
    swd = rng.choice(SHORT_DAYS)
    d2 = min(d + rng.randrange(1, 4), 28)
    return [
        ("slash", f"{d:02d}/{m:02d}/{y}"),
        ("slash_short", f"{d}/{m}/{yy}"),
        ("dots", f"{d}.{m}.{yy}"),
        ("dots_long", f"{d:02d}.{m:02d}.{y}"),
        ("dashes", f"{d:02d}-{m:02d}-{y}"),
        ("iso", f"{y}-{m:02d}-{d:02d}"),
        ("dash_abbr", f"{d:02d}-{short}-{yy}"),
        ("dash_abbr_long", f"{d}-{short}-{y}"),
        ("space_abbr_short_year", f"{d} {short} {yy}"),
        ("day_month", f"{_ord(d)} {month}"),
        ("day_month_year", f"{d} {month} {y}"),
        ("month_day", f"{month} {_ord(d)}"),
        ("month_day_year", f"{short} {d}, {y}"),
        ("abbr_dot", f"{d} {short}. {y}"),
        ("weekday_slash", f"{swd} {d}/{m}"),
        ("weekday_ord", f"{wd} {_ord(d)} {month}"),
        ("weekday_short", f"{swd} {d} {short}"),
        ("ord_pair", f"{_ord(d)}/{_ord(d2)} {month}"),
        ("range", f"{d}-{d2} {month}"),
        ("range_ord", f"{_ord(d)}-{_ord(d2)} {short}"),
        ("lower_month_year", f"{d} {month.lower()} {y}"),
        ("month_year", f"{month} {y}"),
        ("abbr_year_apos", f"{short} '{yy}"),
        ("numeric_month_year", f"{m:02d}/{y}"),
    ]


DATE_FRAMES = [
    ("note", "Seen in clinic «{d}». Plan reviewed."),
    ("on", "P07: The meeting was on «{d}», I've got it written down."),
    ("email_header", "Sent: «{d}» 09:14\nSubject: rota changes"),
    ("form", "Date of interview: «{d}»"),
    ("csv", "P07,«{d}»,complete,{n}"),
    ("bracket", "Her last appraisal ({who}, «{d}») went well."),
    ("list", "- «{d}»: started on the new ward"),
]


def dates(rng: random.Random) -> Iterator[tuple[str, str]]:
    for _ in range(5):
        for style, date in typed_dates(rng):
            shape, frame = rng.choice(DATE_FRAMES)
            yield f"date/{style}/{shape}", frame.format(d=date, who=_who(rng),
                                                        n=rng.randrange(2, 40))
    for _ in range(4):  # the week commencing, as rotas write it
        d, m, _y = _date_parts(rng)
        yield "date/wc/rota", rng.choice([
            f"Rota w/c «{d}/{m}» attached.", f"Annual leave w/c «{_ord(d)} {MONTHS[m - 1]}».",
            f"W/C «{d:02d}/{m:02d}»: nights."])
    for _ in range(12):  # a date of birth, every label forms use
        d, m, y = _date_parts(rng)
        label = rng.choice(["DOB:", "D.O.B.", "d.o.b.", "DoB", "Date of birth:", "dob -", "Born:"])
        date = rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y % 100:02d}",
                           f"{d:02d}-{m:02d}-{y}", f"{d} {SHORT[m]} {y}",
                           f"{d}/{m}/{y % 100:02d}"])
        yield "date/dob/label", f"Name: {_who(rng)}\n{label} «{date}»"


# -- ages ----------------------------------------------------------------------------------------

def ages(rng: random.Random) -> Iterator[tuple[str, str]]:
    forms = [
        ("aged", "Referral for a man aged «{a}» with low mood."),
        ("yo", "«{a}»yo female, lives alone."),
        ("y_o", "Pt is a «{a}» y/o retired teacher."),
        ("y_o_tight", "«{a}»y/o M, presented with chest pain."),
        ("bracket", "{who} («{a}») attended with her daughter."),
        ("sex_after", "«{a}»M, smoker, no PMH."),
        ("sex_after_space", "Case 3: «{a}» F, carer for her husband."),
        ("sex_before", "F, «{a}», teaching assistant."),
        ("sex_word_before", "Female, «{a}», works nights."),
        ("hyphen_year_old", "She is a «{a}»-year-old nurse from the valleys."),
        ("yr_old", "A «{a}»-yr-old man was seen."),
        ("age_colon", "Age: «{a}»"),
        ("age_space", "Age «{a}», occupation: porter."),
        ("age_y", "Age «{a}»y, lives with partner."),
        ("name_yrs", "{who}, «{a}»yrs, lives alone."),
        ("yrs", "Pt «{a}» yrs, non-smoker."),
        ("yrs_old", "Her son («{a}» yrs old) helps at home."),
        ("years_old", "I was «{a}» years old when I qualified."),
        ("turned", "P07: I turned «{a}» in the spring."),
        ("im", "P07: I'm «{a}» now, so retirement's close."),
        ("age_of", "She died at the age of «{a}»."),
        ("aged_comma", "Mother, aged «{a}», has dementia."),
    ]
    for _ in range(5):
        for shape, frame in forms:
            a = rng.randrange(19, 96)
            yield f"age/{shape}", frame.format(a=a, who=_who(rng), n=rng.randrange(2, 40))


# -- phones --------------------------------------------------------------------------------------

def _phone_written(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["mobile", "mobile_intl", "mobile_intl0", "london", "city", "town", "ni",
                       "ie_mobile", "ie_intl", "ie_landline", "mobile_dash", "mobile_dot",
                       "mobile_tight", "intl_tight"])
    def r(n: int) -> str:
        return _rand_digits(rng, n)
    mob = "7" + rng.choice("345789") + r(8)
    if kind == "mobile":
        return kind, f"0{mob[:4]} {mob[4:]}"
    if kind == "mobile_intl":
        return kind, f"+44 {mob[:4]} {mob[4:]}"
    if kind == "mobile_intl0":
        return kind, f"+44 (0){mob[:4]} {mob[4:]}"
    if kind == "mobile_dash":
        return kind, f"0{mob[:4]}-{mob[4:7]}-{mob[7:]}"
    if kind == "mobile_dot":
        return kind, f"0{mob[:4]}.{mob[4:7]}.{mob[7:]}"
    if kind == "mobile_tight":
        return kind, f"0{mob}"
    if kind == "intl_tight":
        return kind, f"+44{mob}"
    if kind == "london":
        return kind, f"020 {rng.choice('378')}{r(3)} {r(4)}"
    if kind == "city":
        return kind, f"01{rng.choice('1')}{rng.choice('3456789')} {r(3)} {r(4)}"
    if kind == "town":
        return kind, f"01{rng.choice('2345679')}{r(2)} {r(6)}"
    if kind == "ni":
        return kind, f"(028) 9{r(3)} {r(4)}"
    if kind == "ie_mobile":
        return kind, f"08{rng.choice('35679')} {r(3)} {r(4)}"
    if kind == "ie_intl":
        return kind, f"+353 8{rng.choice('35679')} {r(3)} {r(4)}"
    return kind, f"(0{rng.choice(['1', '21', '61', '91'])}) {r(3)} {r(4)}"


PHONE_FRAMES = [
    ("tel", "Tel: «{p}»"),
    ("m", "m: «{p}» | e: see below"),
    ("mob", "{who}\nClinical Lead\nMob «{p}»"),
    ("mobile_colon", "Mobile: «{p}»"),
    ("ext", "Call the office on «{p}» ext {x} if you can't get through."),
    ("transcript", "P07: My mobile is «{p}», text rather than ring."),
    ("csv", "P07,{who},«{p}»,consented"),
    ("brackets", "{who} («{p}») will cover nights."),
]


def phones(rng: random.Random) -> Iterator[tuple[str, str]]:
    for _ in range(8):
        for shape, frame in PHONE_FRAMES:
            kind, p = _phone_written(rng)
            yield f"phone/{kind}/{shape}", frame.format(p=p, who=_who(rng),
                                                        x=rng.randrange(10, 9999))


# -- NHS, CHI, GMC and NMC numbers ---------------------------------------------------------------

def _grouped(n: str, how: str) -> str:
    if how == "spaces":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if how == "dashes":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    return n


def health_numbers(rng: random.Random) -> Iterator[tuple[str, str]]:
    frames = ["NHS no: «{n}»", "NHS No. «{n}»", "NHS number «{n}», DOB withheld.",
              "P07: My NHS number's «{n}» if you need it.", "P07,«{n}»,GP registered",
              "Patient ID «{n}» (NHS)", "NHS#: «{n}»"]
    for _ in range(4):
        for frame in frames:
            how = rng.choice(["spaces", "tight", "dashes"])
            yield f"nhs/{how}", frame.format(n=_grouped(nhs_number(rng), how))
    for frame in ["CHI: «{n}»", "CHI no. «{n}»", "CHI number «{n}»", "P07: My CHI's «{n}»."]:
        for _ in range(3):
            yield "chi/label", frame.format(n=chi_number(rng))
    gmc = ["GMC no. «{n}»", "GMC: «{n}»", "GMC number «{n}»", "(GMC «{n}»)", "GMC Ref: «{n}»",
           "{who}, Consultant Psychiatrist, GMC «{n}»", "GMC No:«{n}»", "gmc «{n}»",
           "P07: My GMC number is «{n}», I think.", "Registered with the GMC, number «{n}»."]
    for frame in gmc:
        for _ in range(2):
            yield "gmc/label", frame.format(n=gmc_number(rng), who=_who(rng))
    nmc = ["NMC PIN «{n}»", "NMC: «{n}»", "NMC pin: «{n}»", "{who} RN, NMC «{n}»",
           "P07: My PIN is «{n}»."]
    for frame in nmc:
        for _ in range(3):
            pin = (f"{rng.randrange(0, 99):02d}{rng.choice('ABCDEFHIJKLY')}"
                   f"{rng.randrange(0, 9999):04d}{rng.choice('ABCDEFHIJKLOSY')}")
            yield "nmc/label", frame.format(n=pin, who=_who(rng))


# -- postcodes -----------------------------------------------------------------------------------

def postcodes(rng: random.Random) -> Iterator[tuple[str, str]]:
    frames = [("address", "{h} {s}\n«{pc}»"), ("inline", "{h} {s}, «{pc}»"),
              ("label", "Postcode: «{pc}»"), ("csv", "P07,{h} {s},«{pc}»"),
              ("transcript", "P07: We moved to «{pc}» in the end, the new estate."),
              ("field", "Home postcode - «{pc}»")]
    for _ in range(4):
        for shape, frame in frames:
            o, i = postcode(rng)
            how = rng.choice(["caps", "caps", "lower", "nospace", "lower_nospace"])
            pc = {"caps": f"{o} {i}", "lower": f"{o} {i}".lower(), "nospace": f"{o}{i}",
                  "lower_nospace": f"{o}{i}".lower()}[how]
            yield f"postcode/{how}/{shape}", frame.format(pc=pc, h=rng.randrange(1, 200),
                                                          s=invented_street(rng))
    for area in ["BT", "IM", "JE", "GY"]:  # Northern Ireland and the Crown dependencies
        for _ in range(3):
            d = rng.randrange(1, 10)
            i = f"{rng.randrange(1, 10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
                f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            yield f"postcode/{area.lower()}/address", rng.choice([
                f"{rng.randrange(1, 99)} {invented_street(rng)}, «{area}{d} {i}»",
                f"Postcode: «{area}{d} {i}»"])
        yield f"postcode/{area.lower()}/outward", rng.choice([
            f"P07: We live in «{area}{rng.randrange(1, 10)}», just outside town.",
            f"Postcode area: «{area}{rng.randrange(1, 10)}»"])
    for _ in range(6):  # split over a line break by a form's narrow column
        o, i = postcode(rng)
        yield "postcode/split/address", f"{rng.randrange(1, 99)} {invented_street(rng)}\n«{o}\n{i}»"


# -- e-mails -------------------------------------------------------------------------------------

_DOMAINS = ["nhs.net", "gmail.com", "hotmail.co.uk", "outlook.com", "hse.ie", "nhs.scot",
            "wales.nhs.uk", "btinternet.com", "ucl.ac.uk", "eircom.net"]


def emails(rng: random.Random) -> Iterator[tuple[str, str]]:
    styles = ["plain", "brackets_at", "parens_at", "words", "mailto", "angle", "caps",
              "spaced_at", "trailing_dot"]
    for _ in range(4):
        for style in styles:
            g, s = invented_given(rng).lower(), invented_name(rng).lower()
            local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}_{s}", f"{s}{rng.randrange(1, 99)}"])
            dom = rng.choice(_DOMAINS)
            if style == "plain":
                text = f"Email: «{local}@{dom}»"
            elif style == "brackets_at":
                text = f"Contact «{local} [at] {dom.replace('.', ' [dot] ')}» for the slides."
            elif style == "parens_at":
                text = f"Reply to «{local}(at){dom}», not the list."
            elif style == "words":
                text = (f"P07: Email me, it's «{local.replace('.', ' dot ')} at "
                        f"{dom.replace('.', ' dot ')}».")
            elif style == "mailto":
                text = f"[Contact us](mailto:«{local}@{dom}»)"
            elif style == "angle":
                text = f"From: {g.capitalize()} {s.capitalize()} <«{local}@{dom}»>"
            elif style == "caps":
                text = f"E: «{local.upper()}@{dom.upper()}»"
            elif style == "spaced_at":
                text = f"Email «{local} @ {dom}» with questions."
            else:
                text = f"My address is «{local}@{dom}»."
            yield f"email/{style}", text


# -- hard negatives ------------------------------------------------------------------------------

def negatives(rng: random.Random) -> Iterator[tuple[str, str]]:
    n = rng.randrange
    frames: list[tuple[str, str]] = [
        ("dose", "Sertraline ‹{a}mg› od, then ‹{b}mg› from next week."),
        ("dose", "Paracetamol ‹1g› qds, ‹1 tab› bd with food."),
        ("dose", "Started on ‹{c} x 500mg› tablets, ‹{d}ml› at night."),
        ("score", "PHQ-9 ‹{e}›, GAD-7 ‹{f}› at baseline."),
        ("score", "GAD-7 score ‹{f}›, down from ‹{e}›."),
        ("score", "MMSE ‹{g}/30›, MoCA ‹{h}/30›."),
        ("score", "BP ‹1{i}/8{j}›, HR ‹{k}›, sats ‹9{j}%›."),
        ("score", "Pain ‹{j}/10›, power ‹4/5› in the left arm, GCS ‹15/15›."),
        ("ratio", "Staffing ratio ‹1:{j}› on nights, ‹3:1› in the day."),
        ("fraction", "About ‹2/3› of staff replied, ‹1/2› tab prn."),
        ("time", "Clinic ‹14:30›-‹16:00›, handover at ‹2.30pm›."),
        ("time", "Shift ‹0800-2000›, break at ‹12.15›."),
        ("money", "The course was ‹£{k}.50›, travel ‹£1,2{j}0›."),
        ("version", "Version ‹4.{j}.1› of the app, protocol v‹2.{j}›."),
        ("isbn", "ISBN ‹978-0-19-85{k}63-6›."),
        ("bad_ref", "Complaint ref ‹1234567890›, Datix ‹{l}›."),
        ("seven_digit", "Car park ticket ‹{m}›, staff number ‹{m}›."),
        ("ward", "Bed ‹{k}›, ward ‹{j}›, bay ‹{j}›, room ‹4.12›."),
        ("year", "In ‹2019› we merged; the ‹2019/20› budget; audit ‹2020-21›."),
        ("count", "We saw ‹{k}› patients and ‹{e}› carers."),
        ("duration", "Low mood for ‹6/52›, review in ‹3/12›."),
        ("duration", "Admitted ‹2/7› ago, f/u ‹6/12›."),
        ("duration", "Symptoms ‹4/7›, discharged after ‹10/7›."),
        ("page", "See p. ‹{k}›, pp. ‹12-14›, section ‹4.2.1›."),
        ("page", "Page ‹{j}› of ‹{k}›."),
        ("grade", "Moved from ‹F1› to ‹ST3›, then ‹CT1›."),
        ("vitamin", "‹B12› low, on ‹A4› paper, ‹M6› traffic."),
        ("yrs_duration", "Worked there ‹{k}› yrs, then ‹{j}› yrs in post."),
        ("rating", "Rated ‹7/10›, then ‹{j}/10› a month on."),
        ("rota_counts", "Clinics: Mon ‹{j}›, Tue ‹{j}›, Wed ‹2›."),
        ("week_number", "Week ‹{k}›, day ‹{j}› of the study."),
        ("age_group", "Patients aged ‹18-24› were a small group."),
        ("weekday_score", "Mon ‹3/14› on the chart, Tue ‹4/15›."),
        ("motorway", "Came down the ‹M62›, ‹M{j}› was shut."),
        ("percent", "‹{k}%› of nurses, ‹{e}› mins late."),
        ("sort_code", "Sort code ‹{sc}›."),
        ("frequency", "Seen ‹1-2› times a week, ‹3-4› days off."),
        ("phone_short", "Bleep ‹{bl}›, ext ‹{bl}›."),
        ("criteria", "Staff with ‹10› years or more were invited."),
        ("website", "See ‹www.nhs.uk› or ‹nhs.uk/conditions›."),
        ("handle", "Follow ‹@nhsengland› for updates."),
        ("at_words", "P07: I looked ‹at› it, dot dot dot, and gave up."),
    ]
    for _ in range(4):
        for shape, frame in frames:
            yield f"neg/{shape}", frame.format(
                a=rng.choice([25, 50, 100]), b=rng.choice([50, 100, 150]), c=n(1, 4),
                d=rng.choice([5, 10, 15]), e=n(10, 27), f=n(8, 21), g=n(18, 30), h=n(18, 30),
                i=n(10, 60), j=n(1, 9), k=n(11, 99), l=n(100000, 999999),
                m=n(1000000, 7999999), sc=f"{n(10, 99)}-{n(10, 99)}-{n(10, 99)}",
                bl=n(1000, 9999))


def typed_readings(rng: random.Random) -> Iterator[tuple[str, str]]:
    """(round 22, tune-negspace22) ratings and results typed as fractions and decimals, listed:
    "Rated 7/10, then 6/10", p values, readings, effect sizes -- no phone, GMC number or date."""
    n = rng.randrange

    def dec(whole: int) -> str:
        return f"{whole}.{n(1, 999):0{rng.choice([1, 2, 3])}d}"

    frames: list[tuple[str, str]] = [
        ("rating", "Rated ‹{j}/10›, then ‹{k}/10› a month on."),
        ("rating", "Pain ‹{j}/10›, then ‹{k}/10›, then ‹{j2}/10› on discharge."),
        ("rating", "Satisfaction ‹{j}/5›, ‹{k}/5› and ‹{j2}/5› across the three sites."),
        ("decimals", "The p values were ‹{p1}, {p2}› and ‹{p3}›."),
        ("decimals", "p = ‹{p1}›, then p = ‹{p2}› after adjustment."),
        ("decimals", "Readings ‹{r1}, {r2}, {r3}› over the week."),
        ("decimals", "Effect sizes were ‹{p1}› and ‹{r1}›, ‹{r2}› at follow-up."),
        ("decimals", "HbA1c ‹{r1}›, ‹{r2}›, then ‹{r3}›."),
    ]
    for _ in range(4):
        for shape, frame in frames:
            yield f"neg/{shape}", frame.format(
                j=n(1, 10), k=n(1, 10), j2=n(1, 10), p1=dec(0), p2=dec(0), p3=dec(0),
                r1=dec(n(1, 40)), r2=dec(n(1, 40)), r3=dec(n(1, 40)))


# -- the space -----------------------------------------------------------------------------------

def cases(prefix: str = "", seed: int = 22) -> list[tuple[str, str]]:
    """Every case of the space whose shape starts with ``prefix``, in a fixed order."""
    rng = random.Random(seed)
    out = [*dates(rng), *ages(rng), *phones(rng), *health_numbers(rng), *postcodes(rng),
           *emails(rng), *negatives(rng), *typed_readings(rng)]
    return [c for c in out if c[0].startswith(prefix)]


__all__ = ["cases"]
