"""An invented space of street addresses and places as people in the UK and Ireland say and
write them in interviews, and of ordinary phrases of the same shapes that are no place (round
22 of issue 14; the places' twin of ``tests/_spoken_number_space.py``, whose helpers it
imports).

Each case is ``(shape, text)``: ``text`` holds «» around what the labelling conventions make a
LOCATION (``tests/corpus/README.md``: a street line is one span, the town after it another,
"the" outside; ``tests/corpus/spoken/README.md``: a house number and its street one span,
"number" outside, a flat inside; a named house or farm alone is the address); a hard negative
holds ‹› around the words that must be left alone.

The space is enumerated from parts, never from a corpus: house numbers in words and digits,
flats and units, streets made of syllables and the Royal Mail's thoroughfare words, house
names made of an invented or ordinary first word and a building word ("Cottage", "Farm",
"Lodge", "the Old Forge"), Welsh house names from Welsh words ("Bryn", "Tŷ", "Awel", "Glas"),
villages, towns and Irish townlands made of syllables on the language's own patterns ("Bally-",
"Drum-", "Kil-", "Llan-", "Aber-", "-thorpe", "-by", "-wick"), estates and closes, grid
references, what3words addresses and coordinates -- in frames (a cue or none, an answer, an
interviewer reading the address back, an address across two turns, fillers and corrections
inside, lower case), then thinned deterministically (``random.Random(seed)``).

Shapes are named ``<class>/<what>`` (``house/words_street``, ``named/farm``, ``grid/spoken``,
``neg/room_number`` ...), so a test can ask for one class and a measurement can count by class.
"""
from __future__ import annotations

import random
from collections.abc import Iterator

from _spoken_number_space import (
    DIGIT,
    _cap,
    _rand_digits,
    below_100,
    cardinal,
    invented_name,
    invented_street,
    say_single,
)

# -- parts ----------------------------------------------------------------------------------------

#: how English place names end (Old English and Norse elements)
_TOWN_ENDS = ["thorpe", "by", "wick", "ham", "ton", "ley", "field", "bury", "stead", "worth",
              "combe", "minster", "borough", "chester", "dale", "holme", "wich", "stow"]
_TOWN_HEADS = ["Ash", "Brack", "Cal", "Dun", "Eld", "Fen", "Gars", "Hals", "Ick", "Kel",
               "Lang", "Mark", "Nor", "Ock", "Pen", "Quen", "Rud", "Sax", "Thirl", "Ul", "Wes",
               "Yar", "Brom", "Cran", "Hep", "Lox", "Skel", "Wrax"]
#: Irish townland and village heads (anglicised Irish: baile, druim, cill, cnoc, doire, ...)
_IRISH_HEADS = ["Bally", "Drum", "Kil", "Knock", "Derry", "Carrick", "Lis", "Rath", "Clon",
                "Tully", "Ard", "Glen", "Inish", "Mullagh", "Aghna", "Cappa"]
_IRISH_TAILS = ["more", "beg", "nagh", "keel", "caw", "murry", "lough", "dooney", "garriff",
                "nacloy", "sallagh", "crin", "tample", "vickery", "owen", "mona"]
#: Welsh village heads (llan, aber, pen, cwm, pont, tre, caer, bryn, nant, ystrad)
_WELSH_HEADS = ["Llan", "Aber", "Pen", "Cwm", "Pont", "Tre", "Caer", "Nant", "Ystrad", "Rhos"]
_WELSH_TAILS = ["fedw", "gwyn", "dulas", "eirw", "maen", "rhyd", "cennen", "tegid", "wern",
                "hafren", "ddu", "garw"]
#: Welsh house names: a generic and a Welsh word (real Welsh words, the pattern of the language)
_WELSH_HOUSE_HEADS = ["Bryn", "Tŷ", "Ty", "Hafod", "Plas", "Bwthyn", "Cartref", "Llety", "Maes",
                      "Pen y", "Cae", "Gwel y"]
_WELSH_HOUSE_WORDS = ["Awel", "Glas", "Gwyn", "Teg", "Melyn", "Newydd", "Eithin", "Haul",
                      "Derw", "Celyn", "Onnen", "Mynydd", "Afon", "Dderwen", "Coed", "Wen"]
#: what a house is named after (an ordinary first word: a tree, a flower, a view, a colour)
_HOUSE_FIRST = ["Rose", "Ivy", "Holly", "Willow", "Orchard", "Meadow", "Brook", "Hillside",
                "Fern", "Laurel", "Primrose", "Hawthorn", "Bramble", "Lilac", "Beech", "Rowan",
                "Heather", "Sunny", "Pear Tree", "Wisteria", "Yew Tree", "Swallow", "Old Mill"]
_HOUSE_KINDS = ["Cottage", "House", "Lodge", "Farm", "Barn", "Croft", "Farmhouse", "Cottages"]
_OLD_BUILDINGS = ["Forge", "Manse", "Rectory", "Vicarage", "Schoolhouse", "Bakehouse", "Dairy",
                  "Smithy", "Granary", "Coach House", "Post Office", "Chapel", "Mill",
                  "Stables", "Station House"]
_FARM_FIRST = ["High", "Low", "Nether", "Upper", "Lower", "Home", "Manor", "Grange", "Moss",
               "Hill", "Brook", "Church", "Mill", "Heath", "Moor"]
_FARM_KINDS = ["Farm", "Barn Farm", "House Farm", "Hall Farm", "Top Farm", "End Farm"]
_ESTATE_KINDS = ["estate", "Estate", "scheme", "flats"]
_CLOSE_KINDS = ["Close", "Court", "Mews", "Gardens", "Rise", "Chase", "Walk"]
#: the Ordnance Survey's 100 km squares (two letters) and Ireland's (one letter)
_GRID_SQUARES = ["SK", "NY", "SE", "SJ", "TQ", "SU", "NT", "NS", "SD", "ST", "SX", "TF", "NZ",
                 "SO", "SH", "NH", "TL"]
_W3W = ["apple", "table", "river", "filled", "count", "soap", "lamp", "crisp", "ladder",
        "window", "purple", "moth", "stove", "basket", "pencil", "gravel", "lemon", "harbour",
        "velvet", "tulip", "marble", "kettle", "orbit", "saddle"]
ABROAD = ["France", "Spain", "Portugal", "Poland", "Romania", "Nigeria", "Ghana", "Kenya",
          "India", "Pakistan", "the Philippines", "Jamaica", "Australia", "Canada", "Greece",
          "Italy", "Germany", "Zimbabwe", "Sri Lanka", "Malaysia"]


def invented_town(rng: random.Random) -> str:
    """An English-looking town made of a head and an Old English or Norse ending."""
    return rng.choice(_TOWN_HEADS) + rng.choice(_TOWN_ENDS)


def invented_townland(rng: random.Random) -> str:
    return rng.choice(_IRISH_HEADS) + rng.choice(_IRISH_TAILS)


def invented_welsh_village(rng: random.Random) -> str:
    return rng.choice(_WELSH_HEADS) + rng.choice(_WELSH_TAILS)


def welsh_house(rng: random.Random) -> str:
    return f"{rng.choice(_WELSH_HOUSE_HEADS)} {rng.choice(_WELSH_HOUSE_WORDS)}"


def house_name(rng: random.Random) -> str:
    return f"{rng.choice(_HOUSE_FIRST)} {rng.choice(_HOUSE_KINDS)}"


def house_number(rng: random.Random) -> str:
    n = rng.randrange(1, 240)
    return rng.choice([cardinal(n), str(n), cardinal(n), f"{n}{rng.choice('ab')}"])


# -- positives ------------------------------------------------------------------------------------

def streets(rng: random.Random) -> Iterator[tuple[str, str]]:
    """House numbers, flats and units before a street, a town after it; a street alone."""
    frames = [
        ("digits_town", "P07: We're at «{d} {s}», «{t}», have been for years."),
        ("words_town", "P07: It's «{w} {s}», «{t}», by the church."),
        ("flat_letter", "P07: I'm in «flat {f} {x}, {w} {s}» now."),
        ("flat_digits", "P07: The address is «Flat {fd}, {d} {s}», «{t}»."),
        ("unit", "P07: The clinic's at «unit {f}, {s}», on the industrial estate."),
        ("unit_digits", "P07: We moved the office to «Unit {fd}, {n2} {s}» last year."),
        ("filler", "P07: It's «{w}, um, {s}», the end house."),
        ("corrected", "P07: We were at «{w}, no, sorry, {w2} {s}» then."),
        ("readback", "P07: «{W} {s}».\nINT: «{W} {s}», lovely, thank you."),
        ("two_turns", "P07: It's «{w}»...\nINT: Yeah.\nP07: «{s}», «{t}»."),
        ("number_outside", "P07: We lived at number «{w}, {s}» when the kids were small."),
        ("street_then_number", "P07: «{s}, number {w}», the one with the green door."),
        ("street_alone_on", "P07: We live on «{s}», up by the school."),
        ("street_alone_off", "P07: It's just off «{s}», you can't miss it."),
        ("lower_case", "p07: yeah it's «{w} {sl}» in «{tl}»"),
        ("answer_bare", "INT: And where are you living now?\nP07: «{D} {s}», «{t}»."),
        ("village_town", "P07: We're in «{v}», just outside «{t}»."),
        ("village_then_town", "P07: I grew up in «{v}», near «{t}», a tiny place."),
        ("corner", "P07: The surgery's on the corner of «{s}» and «{s2}»."),
        ("close_estate", "P07: We're on the «{c} estate», in «{t}»."),
        ("estate_capital", "P07: She grew up on the «{c} Estate», the far end."),
        ("close", "P07: They're at «{d} {c} {k}» now."),
        ("stroke", "P07: It's «{w} stroke {f}, {s}», the tenement by the bridge."),
        ("tenement_slash", "P07: We're at «{fd}/{x2}, {d} {s}», «{t}», top floor."),
        ("tenement_zero", "P07: She'd a flat at «{z} stroke {x2w}, {w} {s}», ground floor."),
        ("tenement_gate", "P07: The surgery was at «{x2w} stroke {x2w}, {w} {g}», by the cross."),
        ("top_flat", "P07: I had the top flat at «{d} {s}» for a while."),
        ("county_after", "P07: It's «{d} {s}», «{t}», County «{cy}»."),
        ("number_after_street", "P07: «{s}», it's number «{w}», the last one."),
        ("near_landmark", "P07: «{w} {s}», opposite the chippy, «{t}»."),
        ("moved_from_to", "P07: We moved from «{s}» to «{s2}» when the baby came."),
        ("spelled_street", "P07: It's «{w} {s}», that's {sp}, «{t}»."),
        ("typed_form", "Address: «{d} {s}», «{t}»"),
    ]
    for shape, frame in frames:
        for _ in range(5):
            s, s2 = invented_street(rng), invented_street(rng)
            n = rng.randrange(1, 240)
            w = cardinal(n)
            text = frame.format(
                d=str(n), D=str(n), w=w, W=_cap(w), w2=cardinal(n + rng.randrange(1, 4)),
                s=s, s2=s2, sl=s.lower(), t=invented_town(rng), tl=invented_town(rng).lower(),
                f=cardinal(rng.randrange(1, 30)), fd=str(rng.randrange(1, 30)),
                x=rng.choice("abc"), n2=str(rng.randrange(1, 99)), v=invented_town(rng),
                c=invented_name(rng), k=rng.choice(_CLOSE_KINDS), x2=rng.randrange(1, 4),
                cy=rng.choice(["Durham", "Antrim", "Fermanagh", "Tyrone", "Down"]),
                sp="«" + "-".join(s.split()[0].upper()) + "»",
                z=rng.choice(["zero", "nought", "oh"]), x2w=cardinal(rng.randrange(1, 4)),
                g=rng.choice(_TOWN_HEADS) + rng.choice(["gate", "way", "walk"]))
            yield f"street/{shape}", text


def named_houses(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Houses, farms and old buildings by their names; Welsh house names."""
    frames = [
        ("house_moved", "P07: We moved to «{h}» in the spring."),
        ("house_at", "P07: She lives at «{h}», «{t}», on her own now."),
        ("house_line", "INT: And the address?\nP07: «{h}», «{s}», «{t}»."),
        ("old_building", "P07: We bought «the Old {o}» in the end, it needed everything doing."),
        ("old_building_at", "P07: I'm up at «The Old {o}», past the church."),
        ("farm_up_at", "P07: I was up at «{ff} {fk}» most of the summer."),
        ("farm_invented", "P07: My brother's got «{n} Farm», out past «{t}»."),
        ("welsh_house", "P07: We're in «{wh}» now, on the hill above «{wv}»."),
        ("welsh_house_line", "P07: It's «{wh}», «{wv}», if you're writing to me."),
        ("lower_house", "p07: we're at «{hl}» now, the one by the river"),
        ("house_number_name", "P07: It's «{h}», «{d} {s}», the gate's always open."),
        ("house_the_farm", "P07: We farmed at «{n} Farm» till dad died, then «{ff} {fk}»."),
        ("house_in_row", "P07: I rent «{d} {c} Cottages», the end one."),
    ]
    for shape, frame in frames:
        for _ in range(5):
            h = house_name(rng)
            text = frame.format(
                h=h, hl=h.lower(), t=invented_town(rng), s=invented_street(rng),
                o=rng.choice(_OLD_BUILDINGS), ff=rng.choice(_FARM_FIRST),
                fk=rng.choice(_FARM_KINDS), n=invented_name(rng), wh=welsh_house(rng),
                wv=invented_welsh_village(rng), d=rng.randrange(1, 40), c=invented_name(rng))
            yield f"named/{shape}", text


def small_places(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Villages, Irish townlands, Welsh villages, with the county or town after."""
    frames = [
        ("townland", "P07: We're from the townland of «{tl}», outside «{il}»."),
        ("townland_co", "P07: Home was «{tl}», County «{c}»."),
        ("irish_village", "P07: I grew up in «{il}», a small place."),
        ("welsh_village", "P07: We moved to «{wv}» when I was nine."),
        ("welsh_village_near", "P07: It's a little village, «{wv}», near «{wv2}»."),
        ("village_of", "P07: The village of «{v}» had one shop."),
        ("out_at", "P07: I do a clinic out at «{v}» on Thursdays."),
        ("lower_village", "p07: i'm out in «{vl}» now, past «{vl2}»"),
    ]
    counties = ["Tyrone", "Fermanagh", "Mayo", "Clare", "Leitrim", "Down", "Antrim", "Kerry"]
    for shape, frame in frames:
        for _ in range(5):
            text = frame.format(
                tl=invented_townland(rng), il=invented_townland(rng),
                c=rng.choice(counties), wv=invented_welsh_village(rng),
                wv2=invented_welsh_village(rng), v=invented_town(rng),
                vl=invented_town(rng).lower(), vl2=invented_town(rng).lower())
            yield f"place/{shape}", text


def grid_refs(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Ordnance Survey grid references, typed and said; what3words; coordinates."""
    for _ in range(6):
        sq = rng.choice(_GRID_SQUARES)
        e, n = _rand_digits(rng, 3), _rand_digits(rng, 3)
        e4, n4 = _rand_digits(rng, 4), _rand_digits(rng, 4)
        said_e, said_n = say_single(e, rng, repeats=False), say_single(n, rng, repeats=False)
        yield "grid/typed", f"P07: The farm's at grid reference «{sq} {e} {n}», up the track."
        yield "grid/typed_eight", f"P07: The gate is at «{sq} {e4} {n4}» on the map."
        yield "grid/typed_joined", f"P07: Grid ref «{sq}{e}{n}», the barn by the ford."
        yield "grid/spoken", (f"P07: Grid ref «{' '.join(sq)} {said_e}, {said_n}», "
                              "that's the layby.")
        yield "grid/spoken_bare", f"P07: The grid ref is «{said_e} {said_n}»."
    for _ in range(6):
        a, b, c = rng.sample(_W3W, 3)
        yield "w3w/slashes", f"P07: The what3words is «///{a}.{b}.{c}», for the ambulance."
        yield "w3w/said", f"P07: On what three words it's «{a}, {b}, {c}»."
        yield "w3w/dots_said", f"P07: It's «{a} dot {b} dot {c}» on what three words."
    for _ in range(6):
        lat = f"5{rng.randrange(0, 9)}.{_rand_digits(rng, 4)}"
        lon = f"-{rng.randrange(0, 6)}.{_rand_digits(rng, 4)}"
        yield "coords/decimal", f"P07: The pin dropped at «{lat}, {lon}», near the lane."
        deg = f"5{rng.randrange(0, 9)}°{rng.randrange(10, 59)}′N {rng.randrange(0, 6)}°" \
              f"{rng.randrange(10, 59)}′W"
        yield "coords/degrees", f"P07: Our croft is at «{deg}», on the old map."


def abroad(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Places abroad said in passing."""
    frames = [
        ("back_home", "P07: My mum's still back in {c}, she won't come over."),
        ("trained", "P07: I trained in {c} before I came here."),
        ("holiday", "P07: We'd just got back from {c} when it started."),
    ]
    for shape, frame in frames:
        for c in rng.sample(ABROAD, 6):
            gold = "the «" + c[4:] + "»" if c.startswith("the ") else "«" + c + "»"
            yield f"abroad/{shape}", frame.format(c=gold)


# -- hard negatives -------------------------------------------------------------------------------

NEG_FRAMES = [
    ("number_ten", "P07: It was like ‹number ten› in there, all the briefings."),
    ("room_number", "P07: We meet in ‹room {d}› on a Tuesday, or ‹room {n}›."),
    ("bay_bed", "P07: She was in ‹bay {w}, bed {w2}›, by the window."),
    ("bed_ward", "P07: The man in ‹bed {w}› on ‹ward {d}› was asking for you."),
    ("platform_gate", "P07: The train goes from ‹platform {d}›, or ‹gate {d}› at the airport."),
    ("junction_road", "P07: Come off at ‹junction {w}› and take the ‹A{d}{d}›."),
    ("floor_level", "P07: The office is on ‹level {w}›, the ‹third floor›."),
    ("bus_number", "P07: I get the ‹number {n}› bus from the stop."),
    ("corner_shop", "P07: I nipped to ‹the corner shop› on the way."),
    ("down_the_road", "P07: The surgery's just ‹down the road›, ‹up the hill›."),
    ("main_road", "P07: We're on ‹the main road›, so it's noisy."),
    ("high_street_banks", "P07: All the ‹high street banks› have shut round here."),
    ("high_street", "P07: ‹The high street›'s dead these days."),
    ("cottage_pie", "P07: We had ‹cottage pie› for tea, ‹Cottage pie› again."),
    ("cottage_industry", "P07: It's a ‹cottage industry›, all of it."),
    ("farm_lower", "P07: I grew up on ‹a farm›, ‹the farm› was everything."),
    ("old_barn_lower", "P07: They did up ‹the old barn› for the wedding."),
    ("mill_surname", "P07: We read ‹Mill› on liberty, and ‹Mill›'s harm principle."),
    ("the_mill", "P07: He worked in ‹the mill› forty years."),
    ("directions", "P07: We moved ‹up north›, then ‹down south›, then ‹out west›."),
    ("compass_region", "P07: Everyone in ‹the north› knows it."),
    ("score_grid", "P07: It finished ‹{d}-{d2}›, then ‹{n} {n2}› in the replay."),
    ("three_words", "P07: In ‹three words›: ‹kind, firm, fair›."),
    ("in_a_word", "P07: ‹In a word›, exhausted."),
    ("estate_agent", "P07: The ‹estate agent› rang back, and the ‹housing estate› was full."),
    ("close_of_day", "P07: By ‹the close› of the day, I was done."),
    ("the_green", "P07: The kids play on ‹the green›, by ‹the park›."),
    ("crescent_moon", "P07: There was a ‹crescent› moon, a lovely ‹view›."),
    ("lane_lower", "P07: Walk down ‹the lane› and it's the ‹second house› on the left."),
    ("street_smart", "P07: She's ‹street› smart, a ‹road› warrior."),
    ("way_forward", "P07: That's ‹the way forward›, ‹a long way›."),
    ("numbers_in_words", "P07: There were ‹{w} of us› in the ‹{w2} houses›."),
    ("hundred_yards", "P07: It's ‹a hundred yards› up the ‹road›, ‹two miles› out."),
    ("house_number_word", "P07: I'd ‹{w}› visits that day and ‹{w2}› calls."),
    ("lodge_meeting", "P07: My dad went to ‹the lodge› on a Thursday."),
    ("the_manse", "P07: The minister lives in ‹the manse›, as they do."),
    ("w3w_app", "P07: Download ‹what three words› and it tells you."),
    ("grid_list", "P07: The scores were ‹{n}, {n2}, {n3}›, so not bad."),
    ("coordinates_talk", "P07: I lost my ‹bearings›, no ‹signal›, nothing."),
    ("county_lines", "P07: It's all ‹county lines› now, the drugs."),
    ("townland_word", "P07: Every ‹townland› has its own ‹graveyard›."),
    ("street_types_alone", "P07: ‹Road›, ‹Street›, ‹Avenue›, they all look the same."),
    ("w3w_question", "INT: What three words would you use? ‹Calm, fair, kind›?"),
    ("w3w_describe", "P07: What three words describe her: ‹calm, fair, kind›."),
    ("p_values", "P07: The p values were ‹0.043, 0.051›, so nothing."),
    ("decimal_scores", "P07: She scored ‹12.5, 13.25› and ‹14.125› on the scale."),
    ("grade_codes", "P07: I was ‹ST 3›, then ‹ST 4›, with ‹128› hours."),
    ("lower_road_talk", "p07: it was ‹one long road›, ‹twenty minutes down the road›"),
    ("lower_one_way", "p07: it's ‹a one way street› and ‹two side roads›"),
    ("trailing_count", "P07: I saw ‹twenty›...\nINT: Yeah.\nP07: ‹Then› I went home."),
    ("estate_ordinary", "P07: He grew up on ‹the Council estate›, then ‹the Crown estate›."),
    ("old_things", "P07: We read ‹the Old Testament›, ‹the old mill› was shut."),
    ("unit_ward", "P07: I work on ‹unit two›, ‹the Acute Medical Unit›."),
]


def negatives(rng: random.Random) -> Iterator[tuple[str, str]]:
    for shape, frame in NEG_FRAMES:
        for _ in range(3 if "{" in frame else 1):
            text = frame.format(
                d=DIGIT[rng.randrange(1, 10)], d2=DIGIT[rng.randrange(1, 10)],
                n=below_100(rng.randrange(11, 99)), n2=below_100(rng.randrange(11, 99)),
                n3=below_100(rng.randrange(11, 99)), w=cardinal(rng.randrange(2, 40)),
                w2=cardinal(rng.randrange(2, 40)))
            yield f"neg/{shape}", text


def cases(prefix: str = "", seed: int = 22) -> list[tuple[str, str]]:
    """Every case of the space whose shape starts with ``prefix``, in a fixed order."""
    rng = random.Random(seed)
    out = [*streets(rng), *named_houses(rng), *small_places(rng), *grid_refs(rng),
           *abroad(rng), *negatives(rng)]
    return [c for c in out if c[0].startswith(prefix)]
