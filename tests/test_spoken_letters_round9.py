"""Round 9: addresses, postcodes and e-mails by their shape, whatever words a new speaker
brings -- invented sentences, positives and hard negatives.

Classes: the lines said or typed right before a postcode are the address; a house named for
what the building was ("The Old Manse") or as a cottage/farm, a Welsh house name; a street
then its number ("Ropery Lane, number eight"); a tenement's "stroke"/"up" number; a Welsh or
Gaelic street after a house number; PO boxes; a flat in a named building; a letter's name
capitalised as it opens a postcode ("Kay A two-seven ...").
"""
from __future__ import annotations

from functools import partial

import pytest
from _mentions import spoken_covered

from vault.anonymise.spoken import find_spoken_forms
from vault.anonymise.spoken.addresses import address_lines, find_address_shapes
from vault.anonymise.spoken.postcodes import find_postcodes

#: whether found spans (of ``entity``, if given; any score) cover every letter and digit of
#: ``want``
_covered = partial(spoken_covered, threshold=0.0)


def _located(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_spoken_forms(text) if f.entity == "LOCATION"]


# -- the lines before a postcode ------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Send it to Pen-y-Graig, Heol Fach, Cwmbran, N P forty-four, three D Q.",
     "Pen-y-Graig, Heol Fach, Cwmbran"),
    ("It's Ashgrove, Mill Brow, Kendal, L A nine, four B T.", "Ashgrove, Mill Brow, Kendal"),
    ("Address: Flat 2/1, 44 Dalmally Street, Glasgow, G20 6BT", "Flat 2/1, 44 Dalmally Street, Glasgow"),
    ("it's ninety stroke one, Baxter Wynd, and the postcode's D D one, four Q T.",
     "ninety stroke one, Baxter Wynd"),
    ("Rosebank, Kilbarchan, the postcode is PA ten, two N R", "Rosebank, Kilbarchan"),
    ("We're Glenview, Strathpeffer, I V fourteen, nine D A.", "Glenview, Strathpeffer"),
    ("Write: Tigh na Mara, Portree, IV51 9EX", "Tigh na Mara, Portree"),
    ("mine's eleven up, Tollcross Road, G thirty-two, eight U Y", "eleven up, Tollcross Road"),
    ("Hendre Isaf, Llanrug, postcode L L fifty-five, four A W.", "Hendre Isaf, Llanrug"),
    ("send it on to Yew Tree Barn, Little Snoring, NR21 0AB", "Yew Tree Barn, Little Snoring"),
])
def test_lines_before_a_postcode(text: str, want: str) -> None:
    found = address_lines(text, find_postcodes(text))
    start = text.index(want)
    # one span per line: together they cover the address, and nothing before it
    assert all(any(f.start <= i < f.end for f in found)
               for i in range(start, start + len(want)) if text[i].isalnum())
    assert min(f.start for f in found) == start


@pytest.mark.parametrize("text", [
    # a title, a month, a year or a sentence before the postcode: no address lines
    "Dr Okafor, LS6 2HG is her surgery's postcode",
    "born in March, 1961, E C one A, one B B",
    "I was in Ward Seven on Tuesday, postcode LS6 2HG",
    "Yeah. LS6 2HG.",
    "the forms went to the usual place, LS6 2HG",     # lower-case words are no address line
])
def test_no_lines_before_a_postcode(text: str) -> None:
    assert address_lines(text, find_postcodes(text)) == []


def test_lines_stop_at_a_person_and_a_year() -> None:
    text = "Aled Price, born 1959, Bryn Awel, Heol Las, S A thirty-one, two G D"
    found = [text[f.start:f.end] for f in address_lines(text, find_postcodes(text))]
    assert found == ["Bryn Awel", "Heol Las"]


def test_each_line_is_its_own_span() -> None:
    # a register may take the first line as a person: the other lines must stand alone
    text = "Nnamdi Okoro, nine Tanners Row, Ripon, H G four, one A B"
    found = [text[f.start:f.end] for f in address_lines(text, find_postcodes(text))]
    assert "nine Tanners Row" in found and "Ripon" in found


# -- shapes that need no postcode ------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("we bought The Old Rectory the year Dad retired", "The Old Rectory"),
    ("my gran's place is The Old Forge, past the church", "The Old Forge"),
    ("They still live at The Old Post Office.", "The Old Post Office"),
    ("we rented Primrose Cottage off a farmer", "Primrose Cottage"),
    ("I grew up on Low Moor Farm, near Settle", "Low Moor Farm"),
    ("Mam's house is Tŷ Gwyn, on the hill", "Tŷ Gwyn"),
    ("we're at Hafod Uchaf now", "Hafod Uchaf"),
    ("It's Cranston Terrace, number forty-two, top floor.", "Cranston Terrace, number forty-two"),
    ("Quarry Brae, number six, in Bo'ness", "Quarry Brae, number six"),
    ("we were at Heol y Bryn, number nine", "Heol y Bryn, number nine"),
    ("It's thirty stroke two, Gilmour Street, Paisley.", "thirty stroke two, Gilmour Street"),
    ("we had three up, fourteen Marchmont Road", "three up, fourteen Marchmont Road"),
    ("fifty-one slash three, Bellevue Crescent, third floor", "fifty-one slash three, Bellevue Crescent"),
    ("I lived at sixteen Ffordd Penrhyn for years", "sixteen Ffordd Penrhyn"),
    ("we were at eight, Lôn Ddu, then moved", "eight, Lôn Ddu"),
    ("post it to P O Box three nine two, Truro", "P O Box three nine two"),
    ("It's PO Box 4418, the sorting office keeps it", "PO Box 4418"),
    ("the charity's post office box twenty-one", "post office box twenty-one"),
    ("it's flat four, Kelvin Court, the top one", "flat four, Kelvin Court"),
    ("Apartment 12, Riverside Mews", "Apartment 12, Riverside Mews"),
])
def test_address_shapes(text: str, want: str) -> None:
    assert _covered(text, want, "LOCATION"), _located(text)


@pytest.mark.parametrize("text", [
    "we read the Old Testament at school",
    "the old manse was falling down",                     # lower case: a building, no name
    "The Old Man of Hoy is a sea stack",
    "Cottage pie on Thursdays",
    "she ran the Farm Shop for years",
    "Ty Dollar is a footballer?",                          # hypothetical: an English word after Ty
    "I was number three in the queue, Mark said",
    "Grade Two, number six on the list",
    "we had two up front and three at the back",
    "it went up, then down, and I waited",
    "he's in Box 4 on the form",
    "Question six slash seven was hard",
    "a flat fee, Market Street prices",
])
def test_not_address_shapes(text: str) -> None:
    assert [f for f in find_address_shapes(text)] == [], _located(text)


# -- postcodes opened by a letter's name in capitals -------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Kay A two-seven — space — one aitch W. The satnav hates it.",
     "Kay A two-seven — space — one aitch W"),
    ("Ess Kay four, two P T, by the park", "Ess Kay four, two P T"),
    ("It's Em one, three, A, Bee.", "Em one, three, A, Bee"),
    ("Gee Ell fifty, one aitch W", "Gee Ell fifty, one aitch W"),
])
def test_postcode_opened_by_a_capitalised_letter_name(text: str, span: str) -> None:
    assert span in {text[f.start:f.end] for f in find_postcodes(text)}


@pytest.mark.parametrize("text", [
    "I asked Kay A lot of questions",
    "Jay and Kay went to the M one",
    "Em, one thing, as I said",
    "EX four is Exeter, I think",
])
def test_capitalised_letter_names_alone(text: str) -> None:
    assert find_postcodes(text) == []


def test_typed_area_stays_a_two_letter_area() -> None:
    text = "EX four, four Q J"
    assert [text[f.start:f.end] for f in find_postcodes(text)] == ["EX four, four Q J"]


# -- e-mails whose suffix is also an English word ("dot me", "dot in", "dot is") ---------------

@pytest.mark.parametrize(("text", "want"), [
    ("It's priya underscore nandra at proton dot me.", "priya underscore nandra at proton dot me"),
    ("it's jo dot bell at mail dot me, lower case", "jo dot bell at mail dot me"),
    ("send it to raj dash k at rediff dot in", "raj dash k at rediff dot in"),
    ("it's lisa_m at fastmail dot me", "lisa_m at fastmail dot me"),
])
def test_email_with_a_word_for_a_suffix(text: str, want: str) -> None:
    assert _covered(text, want, "EMAIL")


@pytest.mark.parametrize("text", [
    "I saw one at this point in time",
    "there were three at that point in my life",
    "we had twenty five at this point in the year",
    "it was two dash three at that point in time",
    "my score was 7 at this point in time",
    "she was at me, dot dot dot, all day",
])
def test_no_email_in_ordinary_at_phrases(text: str) -> None:
    assert [f for f in find_spoken_forms(text) if f.entity == "EMAIL"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("Right, we're at Larchfield, Tanyard Loan, out past Bettyhill.", "Larchfield, Tanyard Loan"),
    ("we're at Craigmore, Shore Road, by the pier", "Craigmore, Shore Road"),
    ("home's Dolwen, Heol y Dre, just off the square", "Dolwen, Heol y Dre"),
])
def test_house_line_before_a_street(text: str, want: str) -> None:
    assert _covered(text, want, "LOCATION"), _located(text)


@pytest.mark.parametrize("text", [
    "I told Sarah, Station Road was shut",
    "Honestly, Station Road is a nightmare",
    "Yes, Station Road, the one by the school",
    "Um, Station Road, I think",
])
def test_no_house_line_before_a_street(text: str) -> None:
    found = [text[f.start:f.end] for f in find_address_shapes(text)]
    assert all("," not in span for span in found), found


# -- a postcode's end put right, "and" between its halves ---------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("it's E seventeen, nine, N, Z... no, nine N Y", "E seventeen, nine, N, Z... no, nine N Y"),
    ("it's CF ten, one AB, no, one AD", "CF ten, one AB, no, one AD"),
    ("it's L S six, two H G, not L S seven", "L S six, two H G, not L S seven"),
    ("it's B nine and four A B", "B nine and four A B"),
    ("G twelve, eight Q Q, sorry, eight Q R, near the park", "G twelve, eight Q Q, sorry, eight Q R"),
])
def test_postcode_put_right(text: str, span: str) -> None:
    assert span in {text[f.start:f.end] for f in find_postcodes(text)}


@pytest.mark.parametrize(("text", "span"), [
    ("it's W one D, three Q U, no, I'm lying, it's fine", "W one D, three Q U"),
    ("S W one A, one A A, sorry, I need to go", "S W one A, one A A"),
    ("N E one, four L P, no. A lot of people ask", "N E one, four L P"),
])
def test_postcode_not_put_right_by_other_talk(text: str, span: str) -> None:
    assert {text[f.start:f.end] for f in find_postcodes(text)} == {span}


def test_and_alone_makes_no_postcode() -> None:
    assert find_postcodes("M one and two were shut") == []


# -- an e-mail's local part between the cue and "at", whatever words are in it -----------------

@pytest.mark.parametrize(("text", "want"), [
    ("my email's dee dot marsh, that's at outlook dot com", "dee dot marsh, that's at outlook dot com"),
    ("Email is ruthbrennan, one word, at icloud.", "ruthbrennan, one word, at icloud"),
    ("e-mail address: kwame, no gaps, at yahoo dot com", "kwame, no gaps, at yahoo dot com"),
    ("my email is baz, B A Z, the number four, at hotmail dot com",
     "baz, B A Z, the number four, at hotmail dot com"),
    ("email me at bobbyd eighty-eight at aol dot com", "bobbyd eighty-eight at aol dot com"),
])
def test_email_local_part_after_a_cue(text: str, want: str) -> None:
    assert _covered(text, want, "EMAIL")


@pytest.mark.parametrize("text", [
    "my email is at the bottom of the letter",
    "I was on email at the time, dot com boom",
    "The email address? I left it. Try at home, dot dot dot.",
])
def test_no_email_after_a_cue_alone(text: str) -> None:
    assert [f for f in find_spoken_forms(text) if f.entity == "EMAIL"] == []


def test_cue_in_an_earlier_sentence_takes_no_words() -> None:
    text = "The email address? Yes. jo at gmail dot com"
    found = [text[f.start:f.end] for f in find_spoken_forms(text) if f.entity == "EMAIL"]
    assert found == ["jo at gmail dot com"]


@pytest.mark.parametrize(("text", "want"), [
    ("It's Flat B, ninety-one Gorse Hill Road", "Flat B, ninety-one Gorse Hill Road"),
    ("Number twelve, the Coach House, Manor Drive, L A one, one A A", "Coach House, Manor Drive"),
    # a town that is also a word, in a town's place before the postcode
    ("they sent it to Ashfield House, Kings Road, Reading, RG1 4AB", "Ashfield House, Kings Road, Reading"),
])
def test_more_address_lines(text: str, want: str) -> None:
    assert _covered(text, want, "LOCATION"), _located(text)


def test_a_remark_opening_a_turn_is_no_town() -> None:
    text = "Work's LS6 2HG, home's further out."
    assert address_lines(text, find_postcodes(text)) == []


# -- a domain's first label said as words --------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("reach me on kofi at kofi mensah dot com", "kofi at kofi mensah dot com"),
    ("so that's deepak at d k accountants dot com", "deepak at d k accountants dot com"),
    ("it's info at bright smile dental dot co dot uk", "info at bright smile dental dot co dot uk"),
])
def test_domain_said_in_words(text: str, want: str) -> None:
    assert _covered(text, want, "EMAIL")


@pytest.mark.parametrize("text", [
    "we met at the hospital dot com",
    "I worked at Tesco Extra dot",
    "I looked at my phone dot com",
    "she is at work dot co dot uk",
])
def test_no_domain_in_words(text: str) -> None:
    assert [f for f in find_spoken_forms(text) if f.entity == "EMAIL"] == []


def test_at_before_an_address_is_no_domain_word() -> None:
    # "at" said twice: the words between are the local part, not a domain said in words
    text = "I wrote to them at jpmorris at outlook dot com and heard nothing"
    assert _covered(text, "jpmorris at outlook dot com", "EMAIL")


# -- the town after a street line; a sentence before "Postcode" ------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Thirty-five Fellside Terrace, Bishop's Castle. Postcode D D one-oh, eight W J.",
     "Thirty-five Fellside Terrace, Bishop's Castle"),
    ("we had twelve Birchfield Road, Newcastle upon Tyne, and then moved", "Newcastle upon Tyne"),
    ("It's Ropery Lane, number eight, Lochgelly.", "Lochgelly"),
    ("In Hawkshead. The postcode's L A twenty-two, oh N J.", "Hawkshead"),
])
def test_town_lines(text: str, want: str) -> None:
    assert _covered(text, want, "LOCATION"), _located(text)


@pytest.mark.parametrize(("text", "street"), [
    ("we lived at twelve Birchfield Road, Mary said it was damp", "twelve Birchfield Road"),
    ("it was twenty Kingsway, Then we moved", "twenty Kingsway"),
    ("twelve Birchfield Road, Honestly.", "twelve Birchfield Road"),
])
def test_no_town_after_a_street(text: str, street: str) -> None:
    assert _located(text) == [street]


def test_the_preposition_before_a_town_stays() -> None:
    text = "In Hawkshead. The postcode's L A twenty-two, oh N J."
    assert "In Hawkshead" not in _located(text)
