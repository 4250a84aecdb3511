"""Ordinary language that looks like identifiers (issue 14, round 5): theorists and models,
medical eponyms, idioms said with a hesitation, brands, charities and teams, lists of
feelings, workplace words a dictionary lacks, lower-case words in a cased transcript. Each
class with sentences that must be kept and near misses that must still be redacted."""
from __future__ import annotations

import pytest
from _mentions import replaced

from vault.anonymise.engine import Anonymiser, sentence_cased
from vault.anonymise.vocabulary import PhraseIndex, vocabulary_spans
from vault.anonymise.wordlists import is_english_word


def touched(anonymiser: Anonymiser, text: str) -> list[str]:
    """Replaced and sent to review."""
    redaction = anonymiser.redact(text)
    return [text[r.start:r.end] for r in (*redaction.replacements, *redaction.review)]


KEPT = [
    # a medical eponym whose name is a first name and a surname too
    "We'd missed Wilson's disease in a young man, and it still bothers me.",
    "Was it Thomas's sign or something else? I never remember.",
    # a model's modes and checkpoints
    "Did anyone mention Thomas-Kilmann conflict modes in your training?",
    "We learnt Neighbour's five checkpoints for the consultation.",
    # theorists with rare surnames, the theory without a model noun
    "Berne's parent-adult-child, that's what the course was built on.",
    "Honestly, Festinger's cognitive dissonance explains the whole thing.",
    "Antonovsky's sense of coherence, basically: does life make sense?",
    # idioms with names said with a word twice or a filler inside
    "It was rob Peter to pay, pay Paul, that's how the rota worked.",
    "Box and, and Cox, really, me and my husband on opposite shifts.",
    "A GP is a Jack, um, of all trades, really.",
    # brands, charities, teams
    "I lived on Berocca and Pot Noodle that winter.",
    "Alzheimer Scotland ran a session for the ward that spring.",
    "My son's obsessed with Celtic, he has the whole kit.",
    "The Ospreys were playing, so the whole department had the radio on.",
    # a speaker's list of feelings
    "Anger, yeah, Overwhelm is the big one.",
    "Relief, um, Frustration, that's what I remember.",
    # workplace words the dictionary lacks, opening a sentence
    "Locums was the hardest part, honestly.",
    "Rotas, yeah, that's it really.",
    "Handover is where things get lost.",
    # bodies named for a nation or a region: acronym + nation, ambulance services, a nation's
    # adjective, NHS bodies
    "RCGP Scotland ran a peer support pilot that year.",
    "BMA Cymru Wales had a helpline, which I did ring.",
    "The mentoring scheme is run by the Welsh Ambulance Service, at least on paper.",
    "The Scottish Trainee Doctors' Forum raised the rota issue formally.",
    "The scheme was funded by the NHS Wales Shared Services Partnership.",
    "Is the programme funded by the All Wales Medicines Strategy Group, or locally?",
    # a word talked about as a word; idioms and sayings with names and places
    "Prudence isn't a word anyone would use for my specialty.",
    "It was happy as Larry on the ward once the new rota came in.",
    "Lord knows how we got through that winter.",
    "The whole rota was Fred Karno's army, and it was Job's comforter, really.",
    "Everything had to be shipshape and Bristol fashion before the inspection.",
    "It was a Marie Celeste, wasn't it, really.",
    "Our daughter used to say Mummy lives at the hospital.",
    # theorists: a pair with a first name that is a surname too, a capitalised word between
    "We did Ryan and Deci's self-determination theory on the course.",
    "We used Reason's Swiss cheese model in the serious incident review.",
    "I still use the Calgary-Cambridge guide when I'm supervising.",
    # an eponymous score after "The" or "His" (read from the eponym, not from "The")
    "The Apgar score was fine in the end.",
    "His Epworth score was twenty, so we referred him.",
    # a role of somewhere, and a university named for someone
    "I spoke to the Dean of the medical school, which felt a bit much.",
    "I did medicine at, um, Charles University, and loved it.",
    # a lower-case word that is also a given name, in a cased transcript
    "It was fine. Some duke or earl opened the new wing, apparently. I went along.",
]


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_language_is_kept(anonymiser: Anonymiser, text: str) -> None:
    assert touched(anonymiser, text) == []


STILL_PEOPLE = [
    ("Sarah's disease got worse over the winter.", "Sarah"),
    ("Sister, um, Baker was lovely to me.", "Baker"),
    ("Er, Kestrel, yeah, Kestrel is brilliant.", "Kestrel"),
    ("Box and, and Cox, and then Dr Cox from paeds rang.", "Dr Cox"),
    ("I lived with Berocca Patel for a year.", "Berocca Patel"),
    ("Dr Berne rang me about the rota.", "Dr Berne"),
    ("Sarah and Tom's model of care was theirs alone.", "Sarah"),
    ("Okafor is a small-town girl at heart.", "Okafor"),
    ("Dr Mummery rang the ward.", "Dr Mummery"),
]


@pytest.mark.parametrize("text, place", [
    ("I met Patel there. Swansea Bay model is theirs.", "Swansea Bay"),
    ("I was with the Mercia Deanery for core training.", "Mercia"),
    ("I studied at Lancaster University.", "Lancaster"),
    ("She works for Yorkshire Health Partners in Harrogate.", "Harrogate"),
])
def test_places_near_those_shapes_are_still_found(anonymiser: Anonymiser, text: str,
                                                  place: str) -> None:
    assert any(place in span for span in replaced(anonymiser, text))


@pytest.mark.parametrize("text, name", STILL_PEOPLE)
def test_people_near_those_shapes_are_still_found(anonymiser: Anonymiser, text: str,
                                                  name: str) -> None:
    assert any(name in span for span in replaced(anonymiser, text))


def test_a_phrase_said_with_a_repeat_maps_back_to_the_original_offsets() -> None:
    text = "So, rob Peter to pay, pay Paul, and so on."
    spans = vocabulary_spans(text, PhraseIndex(["rob Peter to pay Paul"]))
    assert "rob Peter to pay, pay Paul" in [text[s:e] for s, e in spans]


def test_a_repeat_elsewhere_does_not_make_a_phrase() -> None:
    text = "Paul, Paul Smith rang, and Peter too."
    spans = vocabulary_spans(text, PhraseIndex(["rob Peter to pay Paul"]))
    assert [text[s:e] for s, e in spans] == []


def test_workplace_words_are_ordinary_words() -> None:
    assert all(is_english_word(w) for w in ("rota", "Locums", "handover", "presenteeism"))
    assert not is_english_word("Okonkwo")


def test_a_cased_transcript_and_a_lower_cased_one() -> None:
    assert sentence_cased("It was fine. Then I went home. She rang.")
    assert not sentence_cased("it was fine. then i went home. she rang grace.")


def test_a_lower_case_given_name_in_a_lower_cased_transcript_may_be_a_name() -> None:
    assert not sentence_cased("so i rang earl. then earl said no. it was late.")


@pytest.mark.parametrize("text", [
    "Our training covered Hersey and Blanchard's situational leadership, which helped.",
    "I still use Adair's action-centred leadership when I'm supervising.",
    "Did anyone mention Neighbour's inner consultation?",
    "We read Edmondson's psychological safety work.",
])
def test_a_named_kind_of_leadership_is_a_model(anonymiser: Anonymiser, text: str) -> None:
    assert touched(anonymiser, text) == []


def test_someones_own_leadership_is_theirs(anonymiser: Anonymiser) -> None:
    text = "Honestly, Okafor's leadership was poor, and Okafor's poor leadership cost us."
    assert replaced(anonymiser, text).count("Okafor") == 2
    text = "Okafor's practice was busy, and Okafor's consultation ran over."
    assert replaced(anonymiser, text).count("Okafor") == 2
