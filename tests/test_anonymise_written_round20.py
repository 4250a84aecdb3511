"""Round 20 of issue 14: names that are also words, decided by what the sentence says of them
(written forms that leaked on three or more development authors). Each class is decided by
its grammar, never by a transcript's strings:

* someone addressed in reported speech, quoted or not, after any verb of saying or calling
  out ('So I shouts, "Thistle, have you got the keys?"', "and I'm like, Wren, I cannot do
  this", 'she texts, "Dove, call me"'): the words after the name speak to them (you, a
  question put to them, a request of them); but not an interjection or a way of calling
  anyone ("Sorry, have you got", "Quick, can you", "Ladies, you're on next");
* a name said again across the speaker's hedges ("Kettle, yes, Kettle", "Kettle, I'd say,
  Kettle") and then a verb, what a person does to someone
  ("Badger, um, Badger took my bleep off me") or a pronoun taking it up ("Kettle, yes,
  Kettle, she was brilliant"); but not a topic said again ("Teaching, I'd say, Teaching was
  the thing"), a plural ("Nights, um, Nights ruined my sleep") or a common capital ("Covid,
  yes, Covid changed everything");
* a role said of someone with a contracted "is" ("Kettle's our practice manager"), as "Kettle
  is our practice manager" already was; but not a body ("The Trust's our employer").

Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest
from _mentions import covered_words as _covered
from _mentions import kept as _kept

from vault.anonymise.engine import Anonymiser

ADDRESSED = [
    ('So I says, "Kettle, have you got the sharps box?" and she laughed.', "Kettle"),
    ('So I shouts across the car park, "Thistle, have you got the keys?" and she did.',
     "Thistle"),
    ('She just texted, "Wicket, call me", and I knew.', "Wicket"),
    ("And I'm like, Kettle, I cannot do this any more.", "Kettle"),
    ('I said, "Thistle, you can\'t do that."', "Thistle"),
    ('He shouted, "Wicket, are you coming or not?"', "Wicket"),
    ('So she asks, "Kettle, did you sign the drug chart?"', "Kettle"),
]


@pytest.mark.parametrize(("text", "name"), ADDRESSED)
def test_someone_addressed_in_reported_speech_is_a_person(anonymiser: Anonymiser, text: str,
                                                          name: str) -> None:
    assert _covered(anonymiser, text, name)


NOT_ADDRESSED = [
    ('So I says, "Sorry, have you got the keys?" and she laughed.', "Sorry"),
    ('So I shouts, "Quick, have you got the keys?" and she laughed.', "Quick"),
    ('She says, "Ladies, you\'re on next."', "Ladies"),
    ('He goes, "Right, have you got it?"', "Right"),
    ("And I'm like, Honestly, I cannot do this.", "Honestly"),
    ('She shouted, "Nurse, can you help me?"', "Nurse"),
    ('So I says, "Listen, call me when you land."', "Listen"),
]


@pytest.mark.parametrize(("text", "word"), NOT_ADDRESSED)
def test_a_word_opening_reported_speech_is_kept(anonymiser: Anonymiser, text: str,
                                                word: str) -> None:
    assert _kept(anonymiser, text, word)


SAID_AGAIN = [
    ("Interviewer: Who helped?  P2: Badger, um, Badger took my bleep off me.", "Badger"),
    ("Interviewer: Who helped?  P2: Kettle, yes, Kettle was brilliant.", "Kettle"),
    ("Interviewer: Who helped?  P2: Kettle, I'd say, Kettle was brilliant.", "Kettle"),
    ("Interviewer: Who helped?  P2: Kettle, um, Kettle, she was brilliant.", "Kettle"),
    ("Interviewer: Who helped?  P2: Kettle, I think, Kettle covered my shift.", "Kettle"),
]


@pytest.mark.parametrize(("text", "name"), SAID_AGAIN)
def test_a_name_said_again_across_hedges_is_a_person(anonymiser: Anonymiser, text: str,
                                                     name: str) -> None:
    assert _covered(anonymiser, text, name)


NOT_SAID_AGAIN = [
    ("Interviewer: What helped?  P2: Nights, um, Nights ruined my sleep.", "Nights"),
    ("Interviewer: What helped?  P2: Teaching, I'd say, Teaching was the thing.", "Teaching"),
    ("Interviewer: What helped?  P2: Covid, yes, Covid changed everything.", "Covid"),
    ("Interviewer: What helped?  P2: Christmas, I think, Christmas was hard.", "Christmas"),
    ("Interviewer: What helped?  P2: Mentoring, I'd say, mentoring helped me.", "Mentoring"),
    ("Interviewer: What helped?  P2: Teams, yes, Teams was a lifesaver.", "Teams"),
]


@pytest.mark.parametrize(("text", "word"), NOT_SAID_AGAIN)
def test_a_topic_said_again_is_kept(anonymiser: Anonymiser, text: str, word: str) -> None:
    assert _kept(anonymiser, text, word)


ROLE_WITH_A_CONTRACTED_IS = [
    "Interviewer: Who helped?  P2: Kettle's our practice manager.",
    "Interviewer: Who helped?  P2: Kettle's my educational supervisor.",
    "Interviewer: Who helped?  P2: Oh, Kettle? Kettle's our registrar.",
]


@pytest.mark.parametrize("text", ROLE_WITH_A_CONTRACTED_IS)
def test_a_role_said_of_someone_with_a_contracted_is(anonymiser: Anonymiser, text: str) -> None:
    assert _covered(anonymiser, text, "Kettle")


def test_a_body_said_to_be_an_employer_is_kept(anonymiser: Anonymiser) -> None:
    text = "Interviewer: Who pays you?  P2: The Trust's our employer, not the deanery."
    assert _kept(anonymiser, text, "Trust")
