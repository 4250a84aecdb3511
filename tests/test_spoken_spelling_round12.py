"""Round 12: spelled names and spoken e-mails in the forms new speakers bring -- invented
sentences written before the rules, positives and hard negatives.

Classes: e-mails said short ("ada dot obi at nhs"), with "underline"/"low dash", with the case
said ("capital J, jones"), code-switched ("arroba", "małpa", "punto", "kropka"), with pauses
(ellipses, "[pause]") inside, or without a domain where the turn is about an address.
"""
from __future__ import annotations

import pytest

from vault.anonymise.spoken import find_spoken_forms


def _covered(text: str, want: str, entity: str | None = None) -> bool:
    """Whether found spans (of ``entity``, if given) cover every letter and digit of ``want``."""
    start = text.index(want)
    found = [f for f in find_spoken_forms(text) if entity is None or f.entity == entity]
    return all(any(f.start <= i < f.end for f in found)
               for i in range(start, start + len(want)) if text[i].isalnum())


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
