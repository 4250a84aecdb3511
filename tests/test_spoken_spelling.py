"""Names spelled letter by letter, the names they spell, and spelled acronyms that are not names."""
from __future__ import annotations

import re

import pytest

from vault.anonymise.spoken.spelling import find_spelled_names, scan


def found(text: str) -> list[str]:
    return sorted(text[f.start:f.end] for f in find_spelled_names(text))


@pytest.mark.parametrize("text, spans", [
    ("It's Griffiths, that's G-R-I-F-F-I-T-H-S, they always get it wrong.",
     ["G-R-I-F-F-I-T-H-S", "Griffiths"]),
    ("G R I F F I T H S", ["G R I F F I T H S"]),
    ("Griffiths, G, R, I, F, F, I, T, H, S.", ["G, R, I, F, F, I, T, H, S", "Griffiths"]),
    ("So it's Griffiths, that's G R I double F I T H S, they", ["G R I double F I T H S", "Griffiths"]),
    ("G-R-I-double F-I-T-H-S", ["G-R-I-double F-I-T-H-S"]),
    ("I: How do you spell that?\n\nP05: W O R T H I N G T O N.\n\nI: And Worthington was your GP?",
     ["W O R T H I N G T O N", "Worthington"]),
    ("Rao, that's R-A-O.", ["R-A-O", "Rao"]),
    ("that's S-A-N-D-H-U I think", ["S-A-N-D-H-U"]),
    ("P04: Q U R E S H I. I will say the deanery", ["Q U R E S H I"]),
    ("Q.U.R.E.S.H.I", ["Q.U.R.E.S.H.I"]),
    ("G. R. I. F. F. I. T. H. S.", ["G. R. I. F. F. I. T. H. S"]),
    ("Okafor. O for Orange, K for King, A for Apple, F for Freddie, O for Orange, R for Robert.",
     ["O for Orange, K for King, A for Apple, F for Freddie, O for Orange, R for Robert", "Okafor"]),
    # plain letters and letters with words in one spelling; "double"; the apostrophe said
    ("Lockhart, that's L, O for Oscar, C, K, H, A, R, T for Tango, they",
     ["L, O for Oscar, C, K, H, A, R, T for Tango", "Lockhart"]),
    ("Smith, S as in Sierra, M, I, T, H.", ["S as in Sierra, M, I, T, H", "Smith"]),
    ("D, O, double N, E for Echo, double-L, Y for Yankee.",
     ["D, O, double N, E for Echo, double-L, Y for Yankee"]),
    ("B, L for London, A for apple, I, R.", ["B, L for London, A for apple, I, R"]),
    ("It's O'Shaughnessy, O-apostrophe-S-H-A-U-G-H-N-E-S-S-Y.",
     ["O'Shaughnessy", "O-apostrophe-S-H-A-U-G-H-N-E-S-S-Y"]),
    # the word spelled is found wherever it is capitalised, not as an ordinary word
    ("Grace, G-R-A-C-E, said it was fine. Grace was right; it took grace.",
     ["G-R-A-C-E", "Grace", "Grace"]),
])
def test_spelled_names(text: str, spans: list[str]) -> None:
    assert found(text) == sorted(spans)


@pytest.mark.parametrize("text", [
    "I did an audit on, um, C-T scans, and the N-H-S app stuff, and the G-M-C survey.",
    "We had the C-Q-C in, and an H-R investigation, all in the same month.",
    "I passed the A-R-C-P, then the M-R-C-P.",
    "I, I, I don't know what to say.",
    "A, B, C, it's that simple.",
    "Okay, R-A-O.",                             # three letters need "spell"/"that's" before
                                                # or the word they spell ("Rao, R-A-O")
    "the A and E, I T U",
    "I. I think. A. B.",
    "A for Apple, B for Ball, C for Cat, that's how she learnt.",   # the alphabet
    "I got an A for effort and a B for the essay.",
    "the D-N-A-R form, I-T-U, then the A for Alpha bay",
    "an X-ray, a T-shirt and a U-turn",
    "Um, N-E, twelve, three, A, X, I think, yeah.",                   # a postcode's end, "I"
    "W, one-T, five, B for Bravo, E, I think.",
])
def test_not_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, spans", [
    ("That's P-E-N-R-O-S-E hyphen K-E-L-L-Y, yeah.", ["P-E-N-R-O-S-E hyphen K-E-L-L-Y"]),
    ("It's A B U hyphen S A L E H.", ["A B U hyphen S A L E H"]),
    ("O-B-I, hyphen, A-K-P-A-N", ["O-B-I, hyphen, A-K-P-A-N"]),
    ("that's S-M-I-T-H-hyphen-J-O-N-E-S, yeah", ["S-M-I-T-H-hyphen-J-O-N-E-S"]),
    ("M-A-C-space-D-O-N-A-L-D", ["M-A-C-space-D-O-N-A-L-D"]),
])
def test_a_double_barrelled_name_spelled_with_hyphen_between_is_one_name(
        text: str, spans: list[str]) -> None:
    assert found(text) == spans


@pytest.mark.parametrize("text", ["Box A B C, hyphen, not sure.", "The N-H-S hyphen thing."])
def test_short_letter_runs_next_to_the_word_hyphen_are_not_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, spans", [
    # three letters that spell the word said right before them
    ("The consultant was Mister Lim, L-I-M, I think.", ["L-I-M", "Lim"]),
    ("Rao, R-A-O.", ["R-A-O", "Rao"]),
    # letters of any Latin script
    ("His surname's Kołodziej, that's K O Ł O D Z I E J, everybody gets it wrong.",
     ["K O Ł O D Z I E J", "Kołodziej"]),
    ("It was Ms Đặng, Đ A N G, I think.", ["Đ A N G", "Đặng"]),
    # a particle spelled on its own before the rest of the surname
    ("It's de Groot, by the way, D E, G R O O T.", ["D E, G R O O T"]),
    ("V A N, D E R, B E R G, all one word.", ["V A N, D E R, B E R G"]),
])
def test_echoed_accented_and_particle_spellings(text: str, spans: list[str]) -> None:
    assert found(text) == sorted(spans)


@pytest.mark.parametrize("text", [
    "It was D E, the A R C P and all that.",
    "Okay, T-O-P, that's the acronym.",
])
def test_a_particle_or_three_letters_alone_spell_nobody(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, spans", [
    # lower-case letters, with any separator: a transcriber types what was spelled as heard
    ("Her surname's w-h-i-t-e-l-e-g-g, yeah.", ["w-h-i-t-e-l-e-g-g"]),
    ("It's o l u w a s e u n, people always add an extra letter.", ["o l u w a s e u n"]),
    ("Spell it for me? Sure, k, a, s, p, r, z, a, k.", ["k, a, s, p, r, z, a, k"]),
    ("t. r. e. v. a. n. i. o. n, that one", ["t. r. e. v. a. n. i. o. n"]),
    # "a" and "i" are letters inside a lower-case run
    ("it's a b i o d u n, with a b", ["a b i o d u n", "a b i o d u n, with a b"]),
    # what is said about a letter's case is part of the spelling
    ("Mawson, that's capital M A W S O N.", ["capital M A W S O N", "Mawson"]),
    ("capital D, i, double k, o, and the rest", ["capital D, i, double k, o"]),
    ("Q, small u, a, r, r, y, then a hyphen", ["Q, small u, a, r, r, y"]),
    ("that's lower-case e, z, e, k, i, e, l", ["lower-case e, z, e, k, i, e, l"]),
    # letters with a word for each, in lower case; NATO words for letters
    ("d as in delta, u, r, r, a as in apple, n, i", ["d as in delta, u, r, r, a as in apple, n, i"]),
    ("so it's Sierra, Mike, India, Tango, Hotel, yes, Smith",
     ["Sierra, Mike, India, Tango, Hotel", "Smith"]),
    ("The name? Kilo, Oscar, Hotel, Lima, India.", ["Kilo, Oscar, Hotel, Lima, India"]),
    # a spelled word no dictionary knows is found in lower case too; a word only capitalised
    ("my name's kowalczyk, k o w a l c z y k, yeah", ["k o w a l c z y k", "kowalczyk"]),
    ("it's Bell, B-E-L-L, ring the bell", ["B-E-L-L", "Bell"]),
    # a lower-case spelling tells which capitalised word it spells
    ("Dr Brocklebank, b r o c k l e b a n k, no e on the end.",
     ["Brocklebank", "b r o c k l e b a n k", "b r o c k l e b a n k, no e on the end"]),
    # an article or the pronoun after a lower-case run is not a letter of it
    ("v i r d i a while back", ["v i r d i"]),
    # a filler between letters; three letters after "my surname's"
    ("b, r, o, er, c, k, l, e, b, a, n, k", ["b, r, o, er, c, k, l, e, b, a, n, k"]),
    ("my surname's e z e, yes", ["e z e"]),
    ("She's called O-D-U, Dr Odu.", ["O-D-U", "Odu"]),
    # dashes and slashes between letters
    ("it's P – R – O – T – H – E – R – O, yes", ["P – R – O – T – H – E – R – O"]),
    ("Q/U/A/R/R/Y", ["Q/U/A/R/R/Y"]),
    # "two Ts", "treble", a comma before "as in"
    ("H, A, two Ts, O, N, like the hotel", ["H, A, two Ts, O, N"]),
    ("S, as in sugar, M, I, T, H, yeah", ["S, as in sugar, M, I, T, H"]),
    # the capitalised word said just before is what is spelled, even misheard by a letter
    ("It's Smyth, that's S-M-I-T-H.", ["S-M-I-T-H", "Smyth"]),
    ("Dr Udeh, so it's U D E H", ["U D E H", "Udeh"]),
    ("Kowalsky. Spelt k-o-w-a-l-s-k-i.", ["k-o-w-a-l-s-k-i", "Kowalsky"]),
    # a letter after a letter of any script starts no spelling ("ñ, o"); a filler between
    ("It's Londoño, um, L-O-N-D-O-N-O, she's lovely.", ["L-O-N-D-O-N-O", "Londoño"]),
])
def test_spellings_in_lower_case_with_case_words_and_nato_words(
        text: str, spans: list[str]) -> None:
    assert found(text) == sorted(spans)


@pytest.mark.parametrize("text", [
    "it was i.e. a bad day, e.g. a night shift",
    "so i i i think it was fine",
    "plan a, b and c, none of them worked",
    "we did the a b c of it, x y z",
    "the n-h-s and the g-m-c, then the i-t-u",            # lower-case acronyms
    "an x-ray, a t-shirt, a u-turn and a b-movie",
    "Capital letters, small print, double figures.",
    "Romeo and Juliet, then Oscar night, then Golf with Mike.",
    "we went a-b-c, the p-h-q score, the c-t-g",           # no vowel, or the alphabet
])
def test_lower_case_and_nato_hard_negatives(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, spans", [
    # the word before a spelling is no name when it is a function word, an acronym or starts
    # with another letter
    ("And so it's B-R-O-C-K.", ["B-R-O-C-K"]),
    ("The NHS, that's what N-A-G-R-A said.", ["N-A-G-R-A"]),
    ("Leeds, that's where P-R-O-T-H-E-R-O worked.", ["P-R-O-T-H-E-R-O"]),
    ("Spell it? Yeah, Y, A, T, E, S.", ["Y, A, T, E, S"]),
    ("Sure, S-U-T-C-L-I-F-F-E.", ["S-U-T-C-L-I-F-F-E"]),
])
def test_the_word_before_a_spelling_only_when_it_could_be_the_word_spelled(
        text: str, spans: list[str]) -> None:
    assert found(text) == sorted(spans)


@pytest.mark.parametrize("text, spans", [
    ("P: It's B, R, O, C, K...\n\nI: Uh-huh.\n\nP: ...L, E.\n\nI: Thanks.",
     ["B, R, O, C, K", "L, E"]),
    ("P: Y, U...\n\nI: Yep, go on.\n\nP: K, I, K, O.", ["K, I, K, O", "Y, U"]),
])
def test_a_spelling_split_across_turns(text: str, spans: list[str]) -> None:
    assert found(text) == sorted(spans)


@pytest.mark.parametrize("text", [
    "P: That's S, M, I, T, H.\n\nI: Right. I, I see. And your GP?",   # the pronoun again
    "A.: It's Saar, so S-A-A-R, yeah.\n\nQ.: If I rang now, what then?",   # a speaker label
    "P: That's S, M, I, T, H. Then I went to the A and E.",           # the same turn
    "P: That's S, M, I, T, H.\n\nI: And where did you train?\n\nP: At B block, the old ward.",
])
def test_letters_near_a_spelling_that_do_not_continue_it(text: str) -> None:
    assert all(len(re.sub(r"[^A-Za-z]", "", span)) > 2 for span in found(text))


def test_a_scan_window_cuts_no_match() -> None:
    """A window's end inside a word makes no false lone letter ("C" of "Central" cut after
    the "C"), and a match running past the end is taken whole."""
    assert [m.group() for m in scan(re.compile(r"\b[A-Z]\b"), "Er, Central Mid", [(0, 5)])] == []
    assert [m.group() for m in scan(re.compile(r"[A-Z](?:, [A-Z])*"), "B, R, O, C", [(0, 4)])] \
        == ["B, R, O, C"]


@pytest.mark.parametrize("text, spans", [
    # letters said by their names: "aitch", "zed", "gee", "double-u", "jay", "em", "ess"
    ("It's Kozak. K, O, zed, A, K.", ["K, O, zed, A, K", "Kozak"]),
    ("my surname's B aitch A T T I, as it sounds", ["B aitch A T T I"]),
    ("R O double-u E, then", ["R O double-u E"]),
    ("jay O ess E P H, Joseph", ["jay O ess E P H", "Joseph"]),
    ("it's em A gee double you I R E", ["em A gee double you I R E"]),
    # a letter's name that is also a word only with another letter after it
    ("Cyan? No, it's S why A N.", ["S why A N"]),
    # chunks with a pause, a filler or "then" between them are one spelling
    ("Spell it? T O R, er, V I K, like the pub.", ["T O R, er, V I K"]),
    ("It's O L U... S E G U N.", ["O L U... S E G U N"]),
    ("That's A, D, E, then B, A, Y, O.", ["A, D, E, then B, A, Y, O"]),
    ("W I L — L E T T S, with two Ts", ["W I L — L E T T S", "W I L — L E T T S, with two Ts"]),
    ("B R O, um, C K", ["B R O, um, C K"]),
])
def test_letter_names_and_chunks(text: str, spans: list[str]) -> None:
    assert found(text) == sorted(spans)


@pytest.mark.parametrize("text", [
    "It was A and E, I T U, then H D U.",          # acronyms in a row, not one name
    "Why, A, B, C, it's that simple.",            # "why" opening the alphabet
    "I asked why I had to, er, go.",
    "the queue at the B M A desk was long",
    "We see you, we see them, the em dash and the en dash.",
    "A B, er, C D were the options on the form.",  # two short runs with a pause
    "It's a P A twenty postcode, a D gee seven one.",  # the article before capitals
])
def test_letter_name_and_chunk_hard_negatives(text: str) -> None:
    assert found(text) == []
