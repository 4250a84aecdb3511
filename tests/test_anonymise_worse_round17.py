"""Round 17 of issue 14: identifiers plain Presidio catches that a mechanism of the engine
took away. Each class is a mechanism narrowed to what it was written for, with the ordinary
words it exists to keep beside the identifiers it must not drop:

* a title said in full, as a verbatim transcript writes "Mr" and "Mrs" ("Mister Thatcher",
  "Missus Gardner"), is a title: NER's person after it is no dictionary word guessed alone
  (the fine-tuned NER's guard dropped "Thatcher" and "Steward" as words with nothing of a
  name), but "the Mister Men books" and "yes, mister" stay words, and "Mister" is no name
  to be found again elsewhere;
* a detection that loses an overlap to a stronger one is no longer dropped whole: what it
  held beyond the winner stays found ("S. Okonedo - Queen Elizabeth Hospital": the header's
  initial and surname, merged with NER's name running into the hospital, lost to the hospital
  and left the initial standing), trimmed to its capitalised words or its digits; a register
  hit or a review-grade span gains nothing, and a rest of lower-case words is no name (a
  surname's or a place's particle stays: "de las" of a hospital abroad);
* a role or a rank before a surname that is a word ("Padre Thrower", "Officer Brewer") is a
  person's evidence for NER's guess, as a title is, but not after an article ("An Inspector
  Calls", "a Major Incident");
* a healthcare trust whose name ends in "University", said without "NHS Trust" ("Wensleydale
  Hospitals University"), is replaced whole: the rule that keeps only the place of "<X>
  University" left "University" of it standing (a university still gives up only its place).

Every sentence is made up here (none is from a corpus).
"""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser, _Detection, _resolve_overlaps


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


def replaced(anonymiser: Anonymiser, text: str) -> list[str]:
    return [text[r.start:r.end] for r in anonymiser.redact(text).replacements]


def covered(anonymiser: Anonymiser, text: str, word: str) -> bool:
    start = text.index(word)
    return any(r.start <= start and start + len(word) <= r.end
               for r in anonymiser.redact(text).replacements)


# -- "Mister" and "Missus" are titles -----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("I: And Mister Thatcher, the, the dad, he was upset about it.", "Thatcher"),
    ("P: I think Mister Steward had retired by then.", "Steward"),
    ("P: Honestly, Mister Carpenter was brilliant with her.", "Carpenter"),
])
def test_a_surname_that_is_a_word_after_a_title_said_in_full_is_a_person(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text, word", [
    ("P: The Mister Men books were on the shelf in the family room.", "Mister Men"),
    ("P: Yes, mister, I will, I said.", "mister"),
    ("P: Little Miss Sunshine was on the telly again.", "Sunshine"),
])
def test_a_title_said_in_full_before_no_surname_stays_words(
        anonymiser: Anonymiser, text: str, word: str) -> None:
    assert not any(word in r or r in word for r in replaced(anonymiser, text))


def test_a_title_said_in_full_is_no_name_found_again_elsewhere(anonymiser: Anonymiser) -> None:
    # a title is no name part to search for elsewhere ("Mister" of "Mister Baker")
    text = "P: I told Mister Baker about it. Then the Mister Men books came out again."
    assert "Mister" not in replaced(anonymiser, text)
    assert "Mister Men" in anonymiser.redact(text).text


# -- what a losing span held beyond the winner ---------------------------------------------------

@pytest.mark.parametrize("text, initial", [
    ("I: Thanks for coming in.\nS. Okonedo - Queen Elizabeth Hospital Birmingham", "S."),
    ("I: Thanks again.\nV. Abramowicz - Ysbyty Glan Clwyd\n", "V."),
])
def test_a_header_initial_stays_found_when_the_name_loses_to_the_workplace(
        anonymiser: Anonymiser, text: str, initial: str) -> None:
    out = anonymiser.redact(text).text
    assert f"\n{initial}" not in out
    assert "[HOSPITAL]" in out


def det(start: int, end: int, entity: str, score: float, detector: str = "pattern",
        marker: str | None = None) -> _Detection:
    return _Detection(start, end, entity, score, detector, marker)


def spans(text: str, found: list[_Detection]) -> list[str]:
    return [text[d.start:d.end] for d in found]


def test_a_losing_person_keeps_its_words_beyond_the_winning_hospital() -> None:
    text = "Dr Q. Ampofo at Ysbyty Gwynedd"
    name = det(0, len(text), "PERSON", 0.85, "spacy")  # NER ran the name into the hospital
    hospital = det(text.index("Ysbyty"), len(text), "HOSPITAL", 0.9)
    kept = _resolve_overlaps([name, hospital], 0.5, text=text)
    assert spans(text, kept) == ["Dr Q. Ampofo", "Ysbyty Gwynedd"]


def test_a_losing_date_keeps_its_digits_beyond_the_winning_age() -> None:
    text = "aged 44 on 12/03/2019"
    age = det(0, 7, "AGE", 0.9)
    date = det(5, len(text), "DATE", 0.6)  # overlapping the age's number
    kept = _resolve_overlaps([age, date], 0.5, text=text)
    assert spans(text, kept) == ["aged 44", "12/03/2019"]


@pytest.mark.parametrize("loser", [
    det(0, 30, "PERSON", 0.4, "spacy"),  # a review item: nothing of it is replaced
    det(0, 30, "PERSON", 0.9, "register", marker="P01"),  # a register hit: the whole or none
])
def test_review_items_and_register_hits_gain_no_rest(loser: _Detection) -> None:
    text = "Dr Q. Ampofo at Ysbyty Gwynedd"
    hospital = det(text.index("Ysbyty"), len(text), "HOSPITAL", 1.0)
    kept = _resolve_overlaps([loser, hospital], 0.5, text=text)
    assert spans(text, kept) == ["Ysbyty Gwynedd"]


def test_a_rest_of_lower_case_words_is_no_name() -> None:
    text = "we went up to see Ysbyty Gwynedd"
    guess = det(0, len(text), "LOCATION", 0.6, "spacy")
    hospital = det(text.index("Ysbyty"), len(text), "HOSPITAL", 0.9)
    kept = _resolve_overlaps([guess, hospital], 0.5, text=text)
    assert spans(text, kept) == ["Ysbyty Gwynedd"]


def test_without_the_text_the_overlap_rule_is_as_before() -> None:
    text = "Dr Q. Ampofo at Ysbyty Gwynedd"
    name = det(0, len(text), "PERSON", 0.85, "spacy")
    hospital = det(text.index("Ysbyty"), len(text), "HOSPITAL", 0.9)
    assert spans(text, _resolve_overlaps([name, hospital], 0.5)) == ["Ysbyty Gwynedd"]


def test_a_losing_place_keeps_its_particles_and_name_beyond_the_winning_hospital() -> None:
    # "University Hospital Virgen" (a pattern) beat NER's longer guess; the rest of the
    # hospital's name, particles and all, stays found
    text = "via University Hospital Santa Lucia de los Olmos, and then here"
    end = text.index(", and")
    hospital = det(4, text.index(" Lucia"), "HOSPITAL", 0.85)
    guess = det(4, end, "LOCATION", 0.6, "spacy")
    kept = _resolve_overlaps([hospital, guess], 0.5, text=text)
    assert spans(text, kept) == ["University Hospital Santa", "Lucia de los Olmos"]


def test_a_hospital_abroad_is_replaced_whole(anonymiser: Anonymiser) -> None:
    text = "P: I came via University Hospital Virgen de las Nieves, then moved here."
    out = anonymiser.redact(text).text
    assert "Nieves" not in out and " de las " not in out


# -- a role or a rank before a surname ----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("P: The chaplain, Padre Thrower, lovely man, he would sit in.", "Thrower"),
    ("P: Officer Brewer found him at six.", "Brewer"),
    ("P: Lance Corporal Baker was with us.", "Baker"),
])
def test_a_surname_that_is_a_word_after_a_role_or_rank_is_a_person(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text, word", [
    ("P: We took the kids to see An Inspector Calls at the theatre.", "Calls"),
    ("P: We declared a Major Incident that night.", "Incident"),
    ("P: She did the Officer Training course in May.", "Training"),
    ("P: Nurse Practitioner posts were advertised.", "Practitioner"),
])
def test_a_role_before_an_ordinary_word_makes_no_person(
        anonymiser: Anonymiser, text: str, word: str) -> None:
    assert not covered(anonymiser, text, word)


# -- a trust named "University", said short ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("P: I was at Wensleydale Hospitals University for years.", "Wensleydale Hospitals University"),
    ("P: Then Kettering Teaching Hospitals University took me on.",
     "Kettering Teaching Hospitals University"),
])
def test_a_trust_named_university_is_replaced_whole(
        anonymiser: Anonymiser, text: str, name: str) -> None:
    assert covered(anonymiser, text, name)


@pytest.mark.parametrize("text, kept", [
    ("P: She went to Abertay University after school.", "University"),  # the place only
    ("P: He did his PhD at Charles University in the end.", "Charles University"),
])
def test_a_university_still_gives_up_only_its_place(
        anonymiser: Anonymiser, text: str, kept: str) -> None:
    assert kept in anonymiser.redact(text).text


def test_an_initial_alone_is_no_rest(anonymiser: Anonymiser) -> None:
    # "R. Good" (an initial and a word) lost to "Good Clinical Practice": "R" is a language
    text = "P: SPSS, Stata, a bit of R. Good Clinical Practice training too."
    assert " of R." in anonymiser.redact(text).text
