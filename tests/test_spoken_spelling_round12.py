"""Round 12: spelled names and spoken e-mails in the forms new speakers bring -- invented
sentences written before the rules, positives and hard negatives.

Classes: e-mails said short ("ada dot obi at nhs"), with "underline"/"low dash", with the case
said ("capital J, jones"), code-switched ("arroba", "małpa", "punto", "kropka"), with pauses
(ellipses, "[pause]") inside, or without a domain where the turn is about an address.
"""
from __future__ import annotations

from functools import partial

import pytest
from _mentions import spoken_covered

from vault.anonymise.spoken import find_spoken_forms

#: whether found spans (of ``entity``, if given; any score) cover every letter and digit of
#: ``want``
_covered = partial(spoken_covered, threshold=0.0)


def _untouched(text: str, entity: str | None = None) -> bool:
    return not [f for f in find_spoken_forms(text) if entity is None or f.entity == entity]


# -- e-mails ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("it's ada dot obi at nhs.", "ada dot obi at nhs"),
    ("ada dot obi at nhs net, that's the one.", "ada dot obi at nhs net"),
    ("mine's r nowak two at nhs.", "r nowak two at nhs"),
    ("email's tunde at outlook.", "tunde at outlook"),
    ("it's ada underline obi at gmail dot com.", "ada underline obi at gmail dot com"),
    ("kwame low dash mensah at yahoo dot co dot uk.", "kwame low dash mensah at yahoo dot co dot uk"),
    ("write to liesel under bar braun at web dot de", "liesel under bar braun at web dot de"),
    ("capital J, jones, underscore, capital A at outlook dot com.",
     "capital J, jones, underscore, capital A at outlook dot com"),
    ("Capital M, mwangi, dot, capital W at gmail dot com.",
     "M, mwangi, dot, capital W at gmail dot com"),
    ("eirlys dot pritchard arroba gmail punto com.", "eirlys dot pritchard arroba gmail punto com"),
    ("bogdan kropka nowak małpa wp kropka pl.", "bogdan kropka nowak małpa wp kropka pl"),
    ("anke punkt schulz at web punkt de.", "anke punkt schulz at web punkt de"),
    ("giulia punto ferri chiocciola libero punto it", "giulia punto ferri chiocciola libero punto it"),
    ("marta ponto reis arroba sapo ponto pt", "marta ponto reis arroba sapo ponto pt"),
    ("siân dot ellis at… er… hywel dda dot nhs dot wales.",
     "siân dot ellis at… er… hywel dda dot nhs dot wales"),
    ("tomasz … dot … wrobel … at … gmail dot com.", "tomasz … dot … wrobel … at … gmail dot com"),
    ("it's nia [pause] dot [pause] rhys at btinternet dot com.",
     "nia [pause] dot [pause] rhys at btinternet dot com"),
    ("firstname dot surname at the trust, so mine's olu dot bakare.", "olu dot bakare"),
    ("The e-mail? Just chioma dot nwosu, they'll add the rest.", "chioma dot nwosu"),
    ("my username's dele underscore ade, same as the email", "dele underscore ade"),
    ("lower case f, okafor, at gmail, dot com.", "f, okafor, at gmail, dot com"),
    ("it's nkechi, um, dot, eze, at hotmail.", "nkechi, um, dot, eze, at hotmail"),
])
def test_spoken_email_forms(text: str, want: str) -> None:
    assert _covered(text, want, "EMAIL")


@pytest.mark.parametrize("text", [
    "I work at NHS Lothian now, on the wards.",
    "She trained at NHS England's academy.",
    "We met at the station, dot on nine.",
    "The email address? I left it. Try at home, dot dot dot.",
    "Put it in the shared drive at work, underscore folder.",
    "He arrived at nhs at eight, dot on the hour.",
    "I was at NHS for twenty years.",
    "Join the dots, dot to dot, like a kid's book.",
    "The address was on the letter, the one with the blue dot on it.",
    "It's firstname dot surname at the trust, the usual.",
    "a dot on the x-ray, then another dot",
])
def test_no_email_in_ordinary_talk(text: str) -> None:
    assert _untouched(text, "EMAIL")


# -- remarks on a spelling: contrasts, diacritics --------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("It's Stephens, with a P H, not a V.", "Stephens, with a P H, not a V"),
    ("Thomson, no P in it.", "Thomson, no P in it"),
    ("Kathryn, K not C, and Y not E.", "Kathryn, K not C, and Y not E"),
    ("It's Reid, not Reed, they always put Reed.", "Reid, not Reed"),
    ("Mackenzie with a zed, not an S.", "Mackenzie with a zed, not an S"),
    ("Sean, S E A N, not S H A U N.", "S E A N, not S H A U N"),
    ("Smyth with a Y, not Smith with an I.", "Smyth with a Y, not Smith with an I"),
    ("Mohammed with a double M, not Mohamed.", "Mohammed with a double M, not Mohamed"),
    ("Not Davis but Davies, with the E.", "Not Davis but Davies, with the E"),
    ("it's Nkem, not Nkemdi.", "Nkem, not Nkemdi"),
    ("Ffion with two Fs, not one.", "Ffion with two Fs, not one"),
    ("Olumide but with an O at the start, not Alumide.", "Olumide but with an O at the start, not Alumide"),
    ("Lindqvist, Q V not Q U.", "Lindqvist, Q V not Q U"),
    ("Gwynne, G W Y double N E, not Gwyn.", "G W Y double N E, not Gwyn"),
    ("Clarke, with an E on the end.", "Clarke, with an E on the end"),
    ("it's Jon, no H.", "Jon, no H"),
    ("Aoife, that's with an A, not an E.", "Aoife, that's with an A, not an E"),
    ("Philips with one L, not two.", "Philips with one L, not two"),
    ("It's Hadfield, with a D before the F, not Hatfield.", "Hadfield, with a D before the F, not Hatfield"),
    ("Rees, double E, not Reece.", "Rees, double E, not Reece"),
    ("it's Kaur, K A U R, not Kor.", "K A U R, not Kor"),
])
def test_contrast_spellings(text: str, want: str) -> None:
    assert _covered(text, want, "PERSON")


@pytest.mark.parametrize(("text", "want"), [
    ("Müller, M, U umlaut, L, L, E, R.", "M, U umlaut, L, L, E, R"),
    ("Renée, R E N E acute E.", "R E N E acute E"),
    ("José, J O S E with an accent on the E.", "J O S E with an accent on the E"),
    ("it's Gonçalves, G O N C cedilla A L V E S.", "G O N C cedilla A L V E S"),
    ("Zoë, Z O E with the two dots.", "Z O E with the two dots"),
    ("Łukasz, L with a line through it, U K A S Z.", "L with a line through it, U K A S Z"),
    ("Dvořák, D V O R with a little hat A K.", "D V O R with a little hat A K"),
    ("Søren, S, O with a slash through it, R, E, N.", "S, O with a slash through it, R, E, N"),
    ("Nuño, N U N tilde O.", "N U N tilde O"),
    ("Şahin, S with a cedilla, A H I N.", "S with a cedilla, A H I N"),
    ("it's B-J-O-R-N, O with the two dots, Björn.", "B-J-O-R-N"),
    ("F, R, A, N, C, cedilla, O, I, S", "F, R, A, N, C, cedilla, O, I, S"),
    ("Méabh, M E fada A B H.", "M E fada A B H"),
    ("Siôn, S I O to bach N.", "S I O to bach N"),
    ("Spelt D, A, R, I, U, S, Z, with the accent on the S.", "D, A, R, I, U, S, Z, with the accent on the S"),
])
def test_diacritics_spelled(text: str, want: str) -> None:
    assert _covered(text, want, "PERSON")


def test_diacritic_said_gives_the_letter() -> None:
    from vault.anonymise.spoken.spelling import find_spelled_names
    text = "Renée, R E N E acute E, and later Renée again."
    assert sum(text[f.start:f.end] == "Renée" for f in find_spelled_names(text)) == 2


@pytest.mark.parametrize("text", [
    "Vitamin D, not vitamin C, she said.",
    "Plan A, not plan B.",
    "Type O, not type A blood.",
    "I got a B plus, not an A minus.",
    "John with a B in maths was the joke.",
    "Category C, not category B, so we waited.",
    "Monday, not Tuesday, was the clinic.",
    "The ward with a view, not the one with the bins.",
    "English with a C was fine, not great.",
    "He came with a bag, not a case.",
    "Bay D, no windows, then bay E.",
    "It was accented, not rude, just different.",
    "We had the grave talk with the family, not the acute team.",
])
def test_ordinary_contrasts_are_no_spellings(text: str) -> None:
    assert _untouched(text, "PERSON")


# -- letters in chunks, over turns, by dialect letter names, by older spelling alphabets ----

@pytest.mark.parametrize(("text", "wants"), [
    ("P16: W O J\nI: Mm-hm.\nP16: C I E C H\nI: Yes.\nP16: O W S K I.\n",
     ["W O J", "C I E C H", "O W S K I"]),
    ("P15: A D E, got that? Y E, M I.\n", ["A D E, got that? Y E, M I"]),
    ("P18: Aye, it's A, double-yoo, E, S.\n", ["A, double-yoo, E, S"]),
    ("P18: Is pee, eye, ar, eye, ee, innit.\n", ["pee, eye, ar, eye, ee"]),
    ("P18: Me name's spelt Gee, Ar, Ay, Ee, Em, Ee.\n", ["Gee, Ar, Ay, Ee, Em, Ee"]),
    ("P12: Baker, Able, Roger, Roger, Oboe, William. BARROW.\n",
     ["Baker, Able, Roger, Roger, Oboe, William", "BARROW"]),
    ("P12: it's Able Dog Able Mike Sugar.\n", ["Able Dog Able Mike Sugar"]),
    ("P12: Mike, Uncle, Roger, Peter, Harry, Yoke. Murphy.\n",
     ["Mike, Uncle, Roger, Peter, Harry, Yoke", "Murphy"]),
    ("P12: K for kilo, I for India, M for Mike. Kim.\n", ["K for kilo, I for India, M for Mike"]),
    ("P12: Sugar, Apple, Love, Easy, Harry. Sales.\n", ["Sugar, Apple, Love, Easy, Harry"]),
])
def test_letters_in_new_shapes(text: str, wants: list[str]) -> None:
    assert all(_covered(text, want, "PERSON") for want in wants)


def test_a_spelling_over_turns_leaves_the_labels_and_the_listener() -> None:
    text = "P16: W O J\nI: Mm-hm.\nP16: C I E C H\nI: Yes.\nP16: O W S K I.\n"
    found = [f for f in find_spoken_forms(text) if f.entity == "PERSON"]
    for kept in ("P16:", "I: Mm-hm.", "I: Yes."):
        start = text.index(kept)
        assert not any(f.start < start + len(kept) and start < f.end for f in found), kept


@pytest.mark.parametrize("text", [
    "Peter, Harry, George and Charlie came round for tea.",
    "Roger that, over and out, we'd say on the radio.",
    "Oh, you, are you okay, see, I worried.",
    "I: Yes.\nP: Yes, go on.\nI: Okay.\n",
    "The apple, the orange, the king and the queen, all cards.",
    "Easy, love, easy, sugar, she said to the baby.",
    "We went to London, then Victoria, then home.",
    "N H S, G M C, B M A, all of them wrote.",
])
def test_no_letters_in_ordinary_lists(text: str) -> None:
    assert _untouched(text, "PERSON")


@pytest.mark.parametrize("text", [
    "He sent a card at Christmas with a picture of his allotment.",
    "Part-time, with a rugby club and a boxing gym.",
    "Sarah, with a bit of help, managed it.",
    "Obi, not a chance, he said.",
])
def test_the_article_after_with_is_no_letter(text: str) -> None:
    assert _untouched(text, "PERSON")


def test_a_one_letter_label_is_no_letter_of_the_spelling() -> None:
    text = "Q: Could you spell the name?\n\nA: V-E-N-A-B-L-E-S, I think.\n"
    found = [text[f.start:f.end] for f in find_spoken_forms(text) if f.entity == "PERSON"]
    assert "V-E-N-A-B-L-E-S" in found and not any(s.startswith("A:") for s in found)


@pytest.mark.parametrize("text", [
    "We had our first meeting on the 8th of April 2012, at NHS Lothian, in the old building.",
    "We met on December 18th, at NHS Fife, in a portacabin.",
    "The deal was done in March 2019 at NHS England.",
    "And I'm not a I mean, well-being person.",
])
def test_no_email_or_remark_in_dates_and_pronouns(text: str) -> None:
    assert _untouched(text, "EMAIL") and _untouched(text, "PERSON")


def test_an_either_or_question_keeps_its_remark() -> None:
    text = "INT: Sorry, was that Wall with one L or two?\n"
    assert not [f for f in find_spoken_forms(text) if "with one" in text[f.start:f.end]]
