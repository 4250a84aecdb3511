"""Round 19 of issue 14: spoken forms that leaked on three or more spoken development authors,
each fixed in the finder or guard that owns its class, tested on phrasings of our own (none
taken from a corpus):

* a surname spelled with dashes between the letters, and a double letter or a repair said inside
  it ("B - A - double R - O - W", "T, O, N - no, sorry, M, S"): the engine's guard for a header's
  fields ("Ealing General - round 4") cut the name at the first " - " before a lower-case word,
  leaving the rest of the spelling standing;
* an e-mail address read out whose local part is spelled ("f dash m, o, double r, i, s", "t - r -
  e - f", "r-e-double d-i-n"), joined by "under-score" or "the underscore", remarked on ("all
  small", "small letters", "lower case, (I: mm)"), with its "at" said "@ sign", or a hyphen said
  inside its domain ("kelvin dash mail dot com"): the local part was read back only to the first
  word the finder did not take for part of an address, or the domain was not read at all;
* a speaker label with a note after a comma ("KT-07, retired:", "Sister, on speaker:", "KT-07,
  camera off:"): the finders that read an answer from the start of its turn did not take it for
  a label, so an age answering "how old are you?" was not at the turn's start; and a number's
  backward growth ran into the note's own number ("KT-07, on line two: oh seven ...");
* a phone number with a repair inside ("plus four four, seven three one two, six four nine - no,
  sorry, ..."), which only the tagger reads (from its "four four" on): the "plus" stayed;
* a letter's diacritic said by its shape inside a spelled name ("A with a little cup on it", "S
  with a comma under it"): the spelling stopped at the letter before it.
"""
from __future__ import annotations

import pytest
from _mentions import every_word_touched as _covered
from _mentions import no_word_touched as _kept

from vault.anonymise.engine import Anonymiser
from vault.anonymise.spoken.emails import find_spoken_emails
from vault.anonymise.spoken.recognizer import find_spoken_forms


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


# -- a spelling goes on past a dash -------------------------------------------------------------

SPELLED_WITH_DASHES = [
    ("P2: B - A - double R - O - W.", "B - A - double R - O - W"),
    ("P2: Surname? capital H - O - double W - E - L - L, like the chairman.",
     "H - O - double W - E - L - L"),
    ("Resp: That's R, O, B, N - no, sorry, B, I, N, S.", "R, O, B, N - no, sorry, B, I, N, S"),
    ("Resp: Okonkwo, O, K, O, N, K - scratch that - N, K, W, O.",
     "O, K, O, N, K - scratch that - N, K, W, O"),
    ("Resp: D - E - double F - E - Y, with an E before the Y.", "D - E - double F - E - Y"),
]


@pytest.mark.parametrize(("text", "spelling"), SPELLED_WITH_DASHES)
def test_a_name_spelled_with_dashes_is_redacted_past_a_dash(
        anonymiser: Anonymiser, text: str, spelling: str) -> None:
    assert _covered(anonymiser, text, spelling)


HEADER_FIELDS = [
    ("Ealing General - round 4 - notes", "round 4 - notes"),
    ("Y. Qiu - Alltwen - round two", "round two"),
    ("Mentoring log, Dr Amara Osei - week three", "week three"),
    ("Resp: It's Quenby, Q - U - E - N - B - Y - double-checked it myself.", "checked it myself"),
]


@pytest.mark.parametrize(("text", "field"), HEADER_FIELDS)
def test_a_header_field_after_a_name_and_a_dash_stays(
        anonymiser: Anonymiser, text: str, field: str) -> None:
    assert _kept(anonymiser, text, field)


# -- e-mail addresses read out with their local part spelled or remarked on --------------------

SPOKEN_EMAILS = [
    ("P2: my e-mail is f dash m, o, double r, i, s at sandmail dot co dot uk.",
     "f dash m, o, double r, i, s at sandmail dot co dot uk"),
    ("P2: mine's edwin full stop t - r - e - f - u - s - i - s at fenmail dot com.",
     "edwin full stop t - r - e - f - u - s - i - s at fenmail dot com"),
    ("P2: you'll get me at t, r, e, v, double o, r six one at fenmail dot com.",
     "t, r, e, v, double o, r six one at fenmail dot com"),
    ("P2: it's k dash capital q, u, i, double n at fenmail dot com.",
     "k dash capital q, u, i, double n at fenmail dot com"),
    ("P2: it's t dash r-e-double d-i-n at sign fenmail dot com.",
     "t dash r-e-double d-i-n at sign fenmail dot com"),
    ("P2: it's lorna under-score fitch @ sign quayside dot org dot uk.",
     "lorna under-score fitch @ sign quayside dot org dot uk"),
    ("P2: it's oriel the underscore vance at ridgeway dot org.",
     "oriel the underscore vance at ridgeway dot org"),
    ("P2: the home one's kbrodie, all small, at corrimail dot net.",
     "kbrodie, all small, at corrimail dot net"),
    ("P2: yes, tomas dot brandt, small letters, at fenmail dot com.",
     "tomas dot brandt, small letters, at fenmail dot com"),
    ("P2: yes, tomas dot brandt, lower case, (I: mm) at fenmail dot com.",
     "tomas dot brandt, lower case, (I: mm) at fenmail dot com"),
    ("P2: it's capital m a w d s l e y seven nine at kelvinside dash mail full stop com.",
     "capital m a w d s l e y seven nine at kelvinside dash mail full stop com"),
    # two remarks, and "at the sign" (added after the round's first score)
    ("P2: sure, ottilieharcourt, all one word, lower case, at the sign fenmail dot co dot uk.",
     "ottilieharcourt, all one word, lower case, at the sign fenmail dot co dot uk"),
    ("P2: the home one's bramwellq, all one word, at the sign ridgeway dot org.",
     "bramwellq, all one word, at the sign ridgeway dot org"),
    ("P2: Oh, I think so. ottokrall, all one word, lower case, at jotmail dot me. Fine.",
     "ottokrall, all one word, lower case, at jotmail dot me"),
]


@pytest.mark.parametrize(("text", "address"), SPOKEN_EMAILS)
def test_a_spoken_address_is_found_whole(text: str, address: str) -> None:
    start = text.index(address)
    assert (start, start + len(address)) in {
        (f.start, f.end) for f in find_spoken_emails(text) if f.score >= 0.5}


NOT_ADDRESSES = [
    ("P2: the home one's kbrodie, all small, at corrimail dot net.", "home one's"),
    (("P2: we're at st hyphen annes dot org dot uk now, the address is jo at st hyphen annes "
      "dot org dot uk"), "we're"),
    ("P2: I worked at Leeds dash Bradford point two of the time.", "Leeds dash Bradford"),
    ("P2: It ran from nine dash five at the weekend dot", "nine dash five"),
    ("P2: We had a double at the rate of two a week dot com days.", "double"),
    ("P2: We met at the sign for the services dot com, then drove on.", "We met at the sign"),
    ("P2: Yeah, I think so. jsmith, all one word, at nhs dot net.", "I think so."),
    ("P2: Honestly, all one word, at this point in time it's fine.", "at this point in time"),
]


@pytest.mark.parametrize(("text", "words"), NOT_ADDRESSES)
def test_words_beside_a_spoken_address_are_no_part_of_it(text: str, words: str) -> None:
    start = text.index(words)
    assert not any(f.start < start + len(words) and start < f.end
                   for f in find_spoken_emails(text))


# -- speaker labels with a note after a comma ---------------------------------------------------

AGES_AFTER_NOTED_LABELS = [
    (("Q1: And how old are you now, if you don't mind?\n\nKT-07, retired: Sixty-three, and I mind "
     "fine.\n"), "Sixty-three"),
    ("Int: How old are you these days?\n\nZR-12, camera off: Forty-four, last March.\n",
     "Forty-four"),
    ("Int: And what age is your dad now?\n\nDaughter, on speaker: Eighty-one, and still driving.\n",
     "Eighty-one"),
]


@pytest.mark.parametrize(("text", "age"), AGES_AFTER_NOTED_LABELS)
def test_an_age_answering_after_a_label_with_a_note_is_redacted(
        anonymiser: Anonymiser, text: str, age: str) -> None:
    assert _covered(anonymiser, text, age)


NOTED_LABELS_KEPT = [
    (("Q1: What's the best number to get you on?\n\nKT-07, on line two: oh seven seven one two, "
     "three four five, six seven eight.\n"), "on line two:"),
    ("Int: How many beds on the ward?\n\nKT-07, on line two: Twenty-eight, and always full.\n",
     "Twenty-eight, and always full"),
    ("Int: How old was the building?\n\nKT-07, retired: Sixty years, give or take.\n",
     "Sixty years"),
]


@pytest.mark.parametrize(("text", "words"), NOTED_LABELS_KEPT)
def test_a_label_note_and_counts_after_it_stay(text: str, words: str) -> None:
    start = text.index(words)
    assert not any(f.start < start + len(words) and start < f.end and f.score >= 0.5
                   for f in find_spoken_forms(text))


# -- the "plus" of a phone read by any finder ---------------------------------------------------

def test_the_plus_of_a_phone_put_right_inside_is_redacted(anonymiser: Anonymiser) -> None:
    text = ("Int: Phone?\n\nP5: Just the UK one with the code, plus four four, seven three one "
            "two, six four nine - no, sorry, seven three one two, six four eight, two two one.\n")
    assert _covered(anonymiser, text, "plus four four")


@pytest.mark.parametrize(("text", "words"), [
    ("Int: How did it go?\n\nP5: It was a plus, four out of five of us passed.\n", "plus, four"),
    ("Int: How many?\n\nP5: Sixty plus four agency staff.\n", "Sixty plus four"),
])
def test_plus_in_ordinary_speech_stays(anonymiser: Anonymiser, text: str, words: str) -> None:
    assert _kept(anonymiser, text, words)


# -- a diacritic said by its shape inside a spelled name ----------------------------------------

@pytest.mark.parametrize(("text", "spelling"), [
    ("Int: How do you spell that?\n\nP5: Dr Bălan, B, A with a little cup on it, L, A, N. Lovely.\n",
     "B, A with a little cup on it, L, A, N"),
    ("Int: How do you spell that?\n\nP5: S with a comma under it, T, E, F, A, N.\n",
     "S with a comma under it, T, E, F, A, N"),
    (("Int: And the surname?\n\nP5: P, A with a little cup on it, T, R, A, S with a comma under "
     "it, C, U. Nobody gets it right.\n"), "P, A with a little cup on it, T, R, A, S with a comma"),
])
def test_a_spelled_name_with_a_mark_said_by_its_shape_is_redacted(
        anonymiser: Anonymiser, text: str, spelling: str) -> None:
    assert _covered(anonymiser, text, spelling)


def test_shape_words_outside_a_spelling_stay(anonymiser: Anonymiser) -> None:
    text = ("Int: What did the sign say?\n\nP5: It had a little cup on it and a comma under it, "
            "nothing else.\n")
    assert _kept(anonymiser, text, "It had a little cup on it and a comma under it")
