"""Spoken postcodes, e-mail addresses and house numbers in words, with their look-alikes."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken.addresses import find_spoken_addresses
from vault.anonymise.spoken.emails import find_spoken_emails
from vault.anonymise.spoken.postcodes import find_postcodes


def spans(findings: list, text: str) -> list[str]:  # type: ignore[type-arg]
    return [text[f.start:f.end] for f in findings]


POSTCODES = [
    ("it's C F seven, seven B P.", "C F seven, seven B P"),
    ("N E one, four L P", "N E one, four L P"),
    ("S W one A, one A A", "S W one A, one A A"),
    ("NE sixty-five, two J J", "NE sixty-five, two J J"),
    ("L-S 6, 2 H-G", "L-S 6, 2 H-G"),
    ("M twenty, nine L, U.", "M twenty, nine L, U"),
    ("postcode's T S five, er, five Q B.", "T S five, er, five Q B"),
    ("I-V 2, uh, four Q H, above a chip shop", "I-V 2, uh, four Q H"),
    ("G one two... seven Z P.", "G one two... seven Z P"),
    ("CF fourteen, seven BP", "CF fourteen, seven BP"),
    ("E C one A, one B B", "E C one A, one B B"),
    ("the postcode is c f seven seven b p", "c f seven seven b p"),
    ("N.E. one, four L.P.", "N.E. one, four L.P"),
    # letters with words, in every grouping
    ("it's T for Tango, S five... two J, A.", "T for Tango, S five... two J, A"),
    ("B for Bravo, one-five, eight, E, H for Hotel, just before", "B for Bravo, one-five, eight, E, H for Hotel"),
    ("Um, A for Alpha, B for Bravo two five, um, one R, J, I think",
     "A for Alpha, B for Bravo two five, um, one R, J"),
    ("S as in Sierra, W one A, three U H.", "S as in Sierra, W one A, three U H"),
    ("postcode's S for sugar, E for egg, twenty-two, four Q, A for apple.",
     "S for sugar, E for egg, twenty-two, four Q, A for apple"),
    ("S for Sierra one-zero, seven X for X-ray, R.", "S for Sierra one-zero, seven X for X-ray, R"),
    # outward codes with a number word or a letter after the district, said with pauses
    ("N W ten, four H X", "N W ten, four H X"),
    ("S-W-one-A, one A A", "S-W-one-A, one A A"),
    ("E C two A, four B N, near the station", "E C two A, four B N"),
    ("W one T — five, B for Bravo, E.", "W one T — five, B for Bravo, E"),
    ("it's NW10, four H X", "NW10, four H X"),
    ("N W ten 4HX", "N W ten 4HX"),
    ("N E forty-six, erm, five L, N for November.", "N E forty-six, erm, five L, N for November"),
    ("K-Y, sixteen eight J for Juliet, Z for Zulu", "K-Y, sixteen eight J for Juliet, Z for Zulu"),
    ("L S six one L, F.", "L S six one L, F"),
    ("S W one A — three, UH.", "S W one A — three, UH"),
    ("N for November, E, forty-six four, E, P.", "N for November, E, forty-six four, E, P"),
    # "double" for two letters; pauses and fillers everywhere
    ("S W one A, one, double A", "S W one A, one, double A"),
    ("it's double D one, four H X.", "double D one, four H X"),
    ("postcode, er, C F, um, ten, er, one, er, A B", "C F, um, ten, er, one, er, A B"),
    ("G four oh, one Q H", "G four oh, one Q H"),
    ("It's D H one... three... R E", "D H one... three... R E"),
    # NATO words alone
    ("it's November Echo one, four Lima Papa.", "November Echo one, four Lima Papa"),
    ("Sierra Whiskey one Alpha, one Alpha Alpha", "Sierra Whiskey one Alpha, one Alpha Alpha"),
]


@pytest.mark.parametrize("text, span", POSTCODES)
def test_postcodes(text: str, span: str) -> None:
    assert spans(find_postcodes(text), text) == [span]


@pytest.mark.parametrize("text", [
    "I was an F one then, F two the year after, then ST three in paeds.",
    "We'd drive down the A one, then the M six, and it was four hours.",
    "It's just off the M five, and then the A four four nine.",
    "I did F one in Telford, F two in Derby, and CT one back here.",
    "Q one, two A B",                          # no such area
    "S W one A, one C I",                      # C and I are never inward letters
    "the c f seven seven b p was fine",        # lower case without "postcode"
    "A and E, I T U and the C C U",
    # spelling words that make no postcode, vitamins, bays and grades
    "B for Bravo, twelve, sorry, B twelve injections, two a week",
    "He was in bay D for Delta, three beds along.",
    "I got an A for effort, two B Cs and a D.",
    "S for Sierra, A, N, D, H, U: that's how you spell it.",
    "We were on the M six, four hours, the A one after.",
    "P07: It's ST three in paeds, F two before that.",
    "the N W ten bus, four stops",
    "a double A battery, one A B C",
    "we had a double D, one of those",
    "Mike Tango, one, two, three, testing",
    "Victor was at Sierra Leone four times, Lima too",
    "Golf one, two and three were full, Hotel four was shut",
])
def test_not_postcodes(text: str) -> None:
    assert find_postcodes(text) == []


EMAILS = [
    # a local part opening with a letter that is also a word: "a dot", "i underscore"
    ("Write to a dot mensah at sign bbk dot ac dot uk, please.", "a dot mensah at sign bbk dot ac dot uk"),
    ("it's i underscore novak at outlook dot com", "i underscore novak at outlook dot com"),
    ("Um, ravi dot chandran four at nhs dot net. All", "ravi dot chandran four at nhs dot net"),
    ("it's s khan seventy-two at gmail dot com", "s khan seventy-two at gmail dot com"),
    ("email Carol on cworthington ten at outlook dot com, she", "cworthington ten at outlook dot com"),
    ("I emailed the scheme at janet underscore yardley at nhs dot scot and never heard",
     "janet underscore yardley at nhs dot scot"),
    ("r dot akinola hyphen nine at hotmail dot co dot uk and", "r dot akinola hyphen nine at hotmail dot co dot uk"),
    ("jo dash whitaker at ncl dot ac dot uk", "jo dash whitaker at ncl dot ac dot uk"),
    ("My work one is Eleanor dot griffiths at NHS dot net, but", "Eleanor dot griffiths at NHS dot net"),
    ("drkmensah at gmail dot com", "drkmensah at gmail dot com"),
    ("sarah.khan at nhs.net please", "sarah.khan at nhs.net"),
    ("it's sarah khan, all one word, at nhs dot net", "sarah khan, all one word, at nhs dot net"),
    ("you can get me on s khan at gmail, I check it", "s khan at gmail"),
    ("S-K-H-A-N at nhs dot net", "S-K-H-A-N at nhs dot net"),
    ("email sarah khan at gmail dot com", "sarah khan at gmail dot com"),      # a first name
    ("I emailed khan at gmail dot com", "khan at gmail dot com"),
    ("that's sarah, dot, khan, at nhs dot net", "sarah, dot, khan, at nhs dot net"),
    ("it's s khan one two at gmail dot com", "s khan one two at gmail dot com"),   # "one" is a digit
    ("k dot mensah hyphen one at nhs dot net", "k dot mensah hyphen one at nhs dot net"),
    ("my work one is eleanor dot griffiths at nhs dot net", "eleanor dot griffiths at nhs dot net"),
    # "at sign", "at symbol", "at-sign"
    ("it's Eleanor dot griffiths at sign NHS dot net, but", "Eleanor dot griffiths at sign NHS dot net"),
    ("I emailed the scheme at Shonahartley at symbol NHS dot net and",
     "Shonahartley at symbol NHS dot net"),
    ("c donnelly eight seven at-sign yahoo dot co dot uk, please", "c donnelly eight seven at-sign yahoo dot co dot uk"),
    # a local part spelled letter by letter, "i" and "a" among the letters
    ("Lorna dot m c i n t y r e at NHS dot scot, but", "Lorna dot m c i n t y r e at NHS dot scot"),
    ("elaine underscore s a n d h u at symbol ncl dot ac dot uk and",
     "elaine underscore s a n d h u at symbol ncl dot ac dot uk"),
    ("ruth dot a b e r n e t h y at nhs dot net", "ruth dot a b e r n e t h y at nhs dot net"),
    ("p dot l-i-n-d-q-v-i-s-t hyphen six at symbol outlook dot com", "p dot l-i-n-d-q-v-i-s-t hyphen six at symbol outlook dot com"),
    ("my email's m e h t a at gmail dot com", "m e h t a at gmail dot com"),
    # an initial after "dot", even "a"
    ("I emailed ostrowski dot a at nhs dot scot and", "ostrowski dot a at nhs dot scot"),
    # a domain spelled, pauses around "at", "full stop" for "dot", "apostrophe" said
    ("it's S dot Jones at N H S dot net", "S dot Jones at N H S dot net"),
    ("it's sarah dot jones, at, gmail dot com", "sarah dot jones, at, gmail dot com"),
    ("it's sarah full stop jones at gmail full stop com", "sarah full stop jones at gmail full stop com"),
    ("the email's s dot o apostrophe neill at nhs dot net", "s dot o apostrophe neill at nhs dot net"),
    # first names anywhere before the surname, not only right before the last word
    ("it's sarah jane khan seventy at gmail dot com", "sarah jane khan seventy at gmail dot com"),
    # "a" before an initial is the article
    ("I sent it to a j smith at nhs dot net", "j smith at nhs dot net"),
    # "point" and "period" for the dot; "minus", "under score" in the local part
    ("Use my work one, dafydd point prothero at nhs point net, no capitals.",
     "dafydd point prothero at nhs point net"),
    ("or email okafor minus c at hotmail period co period uk, all small letters",
     "okafor minus c at hotmail period co period uk"),
    ("it's wren under score hallett at outlook dot com", "wren under score hallett at outlook dot com"),
    # labels spelled with hyphens or spaces: the trust's acronym, "nhs", "uk"
    ("write to a dot stroud at m-y-t-t dot n-h-s dot u-k, please",
     "a dot stroud at m-y-t-t dot n-h-s dot u-k"),
    ("sahota seventy at btinternet dot c o dot u k, that's it",
     "sahota seventy at btinternet dot c o dot u k"),
    ("it's gkerr at n.h.s.net?", "gkerr at n.h.s.net"),
    # a word no dictionary knows before the local part is part of it; "@" typed, domain said
    ("it's prothero jones at nhs dot net", "prothero jones at nhs dot net"),
    ("email j.smith@nhs dot net please", "j.smith@nhs dot net"),
    ("Her e-mail's drtnuttall at gmail dot com, I think.", "drtnuttall at gmail dot com"),
    # the words typed in brackets, a dot typed apart
    ("it's sarah (dot) khan (at) nhs (dot) net, ta", "sarah (dot) khan (at) nhs (dot) net"),
    ("it's sarah . khan @ nhs . net, ta", "sarah . khan @ nhs . net"),
    # two words that open the clause before "at", though both are words
    ("Use my work one, hazel moss at nhs dot net, no capitals.", "hazel moss at nhs dot net"),
    ("Her address? Oh, river song at gmail dot com", "river song at gmail dot com"),
    # fillers inside the address
    ("it's sarah dot, um, khan at, er, nhs dot net", "sarah dot, um, khan at, er, nhs dot net"),
    ("so, er, ptolemy underscore, erm, wragg at gmail dot com", "ptolemy underscore, erm, wragg at gmail dot com"),
    # "at the rate (of)" for "@", as many speakers say it; "the number" marking digits
    ("mine is okafor nine at the rate of yahoo dot co dot uk.", "okafor nine at the rate of yahoo dot co dot uk"),
    ("Try t dot mensah at the rate gmail dot com", "t dot mensah at the rate gmail dot com"),
    ("it's wragg seven, the number, at hotmail period com", "wragg seven, the number, at hotmail period com"),
    ("It's ptolemy the number twelve at outlook dot com.", "ptolemy the number twelve at outlook dot com"),
    ("so jdikko hyphen the number forty one at the rate of gmx dot de",
     "jdikko hyphen the number forty one at the rate of gmx dot de"),
]


@pytest.mark.parametrize("text, span", EMAILS)
def test_emails(text: str, span: str) -> None:
    assert spans(find_spoken_emails(text), text) == [span]


@pytest.mark.parametrize("text", [
    "At the end of the day it's all dot points on a form.",
    "It was bang on the dot, at eight, and he was already at the desk.",
    "I looked at nhs dot uk for advice.",
    "We met at the dot com office party.",
    "I work at Gmail, funnily enough.",
    "She's at home, at the moment, at least.",
    "She said yes, at nhs dot net of all places.",
    "I looked at sign language at nhs dot uk once.",
    "The at symbol, at sign, hashtag, all of that on a form, honestly.",
    "I was at A and E dot dot dot, you know how it is.",
    "It came to a full stop at the end of the year.",
    "That was a dot on the scan at nine dot five weeks.",      # "a dot" with no domain
    "At one point, period, I stopped. At that point com-plaints came in.",
    "I was at my lowest point. Full stop. At the time I was at point zero.",
    "The score was at u-k level, at n-h-s point of care, at c-o-m stage.",
    # a said domain ending in a word of every sentence, though ".in", ".it", ".to" are suffixes
    "Prothero at this point in time, Okafor at that period in my life.",
    "Dikko at one point it got too much; Nagra at some point to be honest.",
    # "at the rate of" said of rates, "the number" said of phone numbers
    "It grew at the rate of ten per cent, at the rate of knots.",
    "Ring the number at nhs dot uk, the number on the letter.",
])
def test_not_emails(text: str) -> None:
    assert find_spoken_emails(text) == []


ADDRESSES = [
    ("It's fifty-three Osborne Avenue, Morpeth", "fifty-three Osborne Avenue"),
    ("we're on number a hundred and twenty-five, Pershore Road, the",
     "a hundred and twenty-five, Pershore Road"),
    ("the flat was one hundred and ninety-two Manor Close, above", "one hundred and ninety-two Manor Close"),
    ("we bought a place on seventy one Acomb Crescent in Hexham", "seventy one Acomb Crescent"),
    ("Flat three, twenty-seven Larkspur Terrace", "Flat three, twenty-seven Larkspur Terrace"),
    ("Twelve St Mary's Road", "Twelve St Mary's Road"),
    ("at two Heaton Park Road", "two Heaton Park Road"),
    ("at twenty-seven B Osborne Avenue", "twenty-seven B Osborne Avenue"),
    # digit by digit
    ("we bought a place on one-five-five Jesmond Road in Durham", "one-five-five Jesmond Road"),
    ("my mum's still at two-oh-nine Beech Grove, in", "two-oh-nine Beech Grove"),
    ("we were living at one four four Jesmond Road then", "one four four Jesmond Road"),
    ("it's number two two oh, Marlborough Crescent, Jarrow", "two two oh, Marlborough Crescent"),
    ("One nought three Kells Lane", "One nought three Kells Lane"),
    # a filler before the street; one-word streets; "the Crescent"
    ("thirty-one, um, Old Church Lane", "thirty-one, um, Old Church Lane"),
    ("we were at twenty Kingsway, then", "twenty Kingsway"),
    ("it's nine Westgate in Hexham", "nine Westgate"),
    ("it's seventeen the Crescent, Morpeth", "seventeen the Crescent"),
    # a one-word street ending "-walk"; the clause goes on after it
    ("we rented one-oh-four Ropewalk when I was an SHO", "one-oh-four Ropewalk"),
    ("my nan had number eleven, Kingsway for forty years", "eleven, Kingsway"),
    # Royal Mail's rarer thoroughfare types: a drove, a causeway, a chare, a loke
    ("we lived at twenty-two Fen Drove, near the church", "twenty-two Fen Drove"),
    ("flat two, sixty Tanners Causeway", "flat two, sixty Tanners Causeway"),
    ("it's forty-one Broad Chare, by the quay", "forty-one Broad Chare"),
]


@pytest.mark.parametrize("text, span", ADDRESSES)
def test_house_numbers_in_words(text: str, span: str) -> None:
    assert spans(find_spoken_addresses(text), text) == [span]


@pytest.mark.parametrize("text", [
    "forty patients on Ward Road", "seven of us went to Station Road", "I did two years in Leeds",
    "twenty-seven osborne avenue",            # a street needs its capitals
    "we took the one one nine bus down Jesmond Road",   # digits, then no street name
    "I rang one one one from Beech Grove",
    "forty Galloway patients, nine Holloway said",          # a word ending -way that is no street
    "it was one, the Green was shut",
    "at half seven the Crescent was empty",
    "two Sidewalk cafes, nine Catwalk shows",              # "-walk" words that are no street
    "we saw three Drove roads",                            # a street type with no name before it
])
def test_not_addresses(text: str) -> None:
    assert find_spoken_addresses(text) == []
