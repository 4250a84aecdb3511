"""Round 12 of issue 14: people whose names are ordinary words (given names "Will", "Dawn",
"Penny", "Summer"; surnames "Bishop", "Baker", "Moody"), decided by what surrounds them:

* a role in apposition ("Bishop, the consultant, signed it off", "Summer, one of the HCAs");
* what a person has ("Mark's handover notes", "Penny's the one to ask") and does ("Sky works
  nights", "Summer is from Cebu", "Autumn had just started as a foundation doctor", "Dawn
  was on the phone to the Home Office");
* a pair or list with a person already found, a modal verb's spelling included ("Will and
  Amber covered the weekend", "Pat and Sue from reception");
* a signature under a closing ("Best wishes,\\nDawn"), a pasted chat line's speaker
  ("[10:02] Penny Marsh: on my way");
* capitals where a person is asked, rung, thanked or paired ("Ask JOY about the rota",
  "I rang BAKER", "me and HOPE did nights");
* and the guards: the same words as words (months listed, seasons, "Grace is from God",
  "Thanks\\nWill do", emphasis in capitals, score names such as GRACE).

Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest
from _mentions import in_replaced as _found
from _mentions import replaced

from vault.anonymise.engine import Anonymiser


@pytest.mark.parametrize("text, name", [
    ("Bishop, the consultant, signed it off.", "Bishop"),
    ("Summer, one of the HCAs, translated for me.", "Summer"),
    ("Lucky, the other Zimbabwean doctor, helped me settle.", "Lucky"),
    ("Moody, our practice manager, sorted the visa letter.", "Moody"),
    ("Fox, my clinical supervisor, was strict but kind.", "Fox"),
    ("Honey, one of our receptionists, knows everyone.", "Honey"),
])
def test_a_role_in_apposition_makes_a_word_a_person(anonymiser: Anonymiser, text: str,
                                                    name: str) -> None:
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, name", [
    ("Mark's handover notes were always perfect.", "Mark"),
    ("Penny's the one to talk to about leave.", "Penny"),
    ("Robin's mum was a nurse in Lagos.", "Robin"),
    ("Dawn's accent was the first Scottish one I understood.", "Dawn"),
    ("Sandy's fiancé drove us to the airport.", "Sandy"),
    ("Baker's feedback was blunt.", "Baker"),
])
def test_what_a_person_has_makes_a_word_a_person(anonymiser: Anonymiser, text: str,
                                                 name: str) -> None:
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, name", [
    ("Summer is from Cebu like me.", "Summer"),
    ("Sky works nights mostly.", "Sky"),
    ("Autumn had just started as a foundation doctor.", "Autumn"),
    ("Dawn was on the phone to the Home Office for me.", "Dawn"),
    ("River originally came from Kumasi.", "River"),
    ("Storm joined as an HCA the same week.", "Storm"),
    ("Innocent drove me to the station.", "Innocent"),
])
def test_what_only_a_person_does_makes_a_word_a_person(anonymiser: Anonymiser, text: str,
                                                       name: str) -> None:
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, name", [
    ("Will and Amber covered the weekend between them.", "Will"),
    ("Pat and Sue from reception brought cake.", "Pat"),
    ("May and Tunde worked the bank holiday.", "May"),
    ("Hope and Dr Obi started the clinic together.", "Hope"),
])
def test_a_word_paired_with_a_person_is_a_person(anonymiser: Anonymiser, text: str,
                                                 name: str) -> None:
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, name", [
    ("Best wishes,\nDawn", "Dawn"),
    ("Many thanks\nWill", "Will"),
    ("Kind regards,\nBaker", "Baker"),
    ("Cheers,\nPenny - practice manager", "Penny"),
    ("[10:02] Penny Marsh: I'm on my way", "Penny Marsh"),
    ("10:02 Robin: running late, sorry", "Robin"),
    ("[09:14] Baker: sorry, my mic was off", "Baker"),
])
def test_a_signature_or_a_chat_speaker_is_a_person(anonymiser: Anonymiser, text: str,
                                                   name: str) -> None:
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, name", [
    ("Ask JOY about the rota, she wrote it.", "JOY"),
    ("I rang FRANK the next morning.", "FRANK"),
    ("Me and HOPE did the nights.", "HOPE"),
    ("I asked BAKER to sign it.", "BAKER"),
    ("FRANK said no, flat out.", "FRANK"),
    ("INTERVIEW WITH HYACINTH BOATENG, 4 MARCH", "HYACINTH BOATENG"),
])
def test_a_word_name_in_capitals_where_a_person_is_asked_or_rung(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, word", [
    # months and seasons
    ("May and June were the worst months.", "June"),
    ("May and June were the worst months.", "May"),
    ("April, May and June were hard.", "May"),
    ("May's rota was a nightmare.", "May"),
    ("Summer's list is always longer.", "Summer"),
    ("Autumn is the busiest time for flu jabs.", "Autumn"),
    ("Summer here is like winter at home.", "Summer"),
    # abstract words with a role-like noun nearby, and faith
    ("Grace is from God, my mother says.", "Grace"),
    ("Frost, the enemy of every commuter, came early.", "Frost"),
    ("Church, the head of the family, decides these things.", "Church"),
    ("Hope, honestly, is what kept me going.", "Hope"),
    ("Hope and fear, both at once.", "Hope"),
    ("Dawn and dusk were the hard times on nights.", "Dawn"),
    ("Will and testament stuff after dad died.", "Will"),
    # closings that are not signatures, timestamps that are not chat speakers
    ("Thanks\nWill do that tomorrow.", "Will"),
    ("Cheers\nHope you are well.", "Hope"),
    ("10:30: Summer clinic starts", "Summer"),
    # capitals as emphasis, acronyms and scores
    ("It was a JOY to work there.", "JOY"),
    ("Thanks to GRACE we scored the risk.", "GRACE"),
    ("I told them NEVER again.", "NEVER"),
    ("I asked WHY and nobody knew.", "WHY"),
    ("The GREEN PARTY MEETING was on.", "GREEN"),
    ("WOOD AND STONE BUILDING", "WOOD"),
])
def test_the_same_words_as_words_stay(anonymiser: Anonymiser, text: str, word: str) -> None:
    assert not any(word in span.split() or word == span
                   for span in replaced(anonymiser, text)), replaced(anonymiser, text)


@pytest.mark.parametrize("text, name", [
    ("Yep, I'm Ailsa NicLeòid, a salaried GP at the practice.", "Ailsa NicLeòid"),
    ("My name's Morag NicDhòmhnaill, but everyone says Morag.", "Morag NicDhòmhnaill"),
    ("Ms NicAoidh chaired the panel.", "NicAoidh"),
    ("I worked with Eilidh NicIllinnein for years.", "Eilidh NicIllinnein"),
    ("Sinéad FitzGerald rang me.", "Sinéad FitzGerald"),
    ("Dr FitzPatrick signed my form.", "FitzPatrick"),
])
def test_a_surname_with_a_gaelic_or_norman_prefix_is_taken_whole(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    """"Nic" (daughter of) and "Fitz" (son of) join the surname with a capital inside it, as
    "Mac" and "Mc" do: the first name and the whole surname are one person."""
    assert _found(anonymiser, text, name), replaced(anonymiser, text)


@pytest.mark.parametrize("text, word", [
    ("Nicholas was on nights with me.", "Nicholas"),
    ("Fitzrovia was where I lived at first.", "Fitzrovia"),
])
def test_names_that_start_like_a_prefix_are_whole_words(anonymiser: Anonymiser, text: str,
                                                          word: str) -> None:
    spans = replaced(anonymiser, text)
    assert word in spans or not any(word[:3] in s for s in spans), spans
