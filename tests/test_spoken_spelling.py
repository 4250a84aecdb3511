"""Names spelled letter by letter, the names they spell, and spelled acronyms that are not names."""
from __future__ import annotations

import pytest

from vault.anonymise.spoken.spelling import find_spelled_names


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
    ("It was Ms Đặng, Đ A N G, I think.", ["Đ A N G"]),
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
