"""Round 20 of issue 14: ordinary words kept, by class, each class altered on three or more
development authors and by more than one finder, decided at the source:

* a theory named where a course's content is spoken of ("Did the training mention Neff's
  self-compassion at all?", "Was it Laing's knots they taught you on the course?", "Did
  Weick's sensemaking come up on the mentor training?", "We got de Shazer's miracle question
  on the course"): ten development authors wrote such questions and answers, and the theorist
  was read as a person by the fine-tuned NER, the unknown-name, first-name and
  capitalised-word finders, and a count after the name ("Kotter's eight steps") as an age.
  The existing grammars wanted a model noun ("Kolb's cycle") or a verb and frame of their
  own; what a course covers, teaches, or has come up is a theory whatever its noun. A name
  stays someone's when a list knows it as a given name, when a title or a first name stands
  before it, or when a sentence goes on after it.

Every sentence is made up here (none is from a corpus); the theorists are real ones of
education and psychology, the colleagues invented."""
from __future__ import annotations

from typing import Any

import pytest
from _mentions import span_covered, span_touched

# --- a theory named where a course's content is spoken of ----------------------------------------

def _in_a_transcript(question: str) -> str:
    """``question`` asked in an interview, between two turns (the engine reads a transcript)."""
    return ("INT: Thanks for coming in today.\n\nR07: Sure.\n\nINT: " + question
            + "\n\nR07: Yeah, a bit, I was on nights that week, to be honest.")


TAUGHT_THEORIES = [
    ("Did the training mention Hay's transformational mentoring at all?", "Hay"),
    ("Was it Moon's reflective learning they taught you on the mentor course?", "Moon"),
    ("Did Bolton's reflective writing come up at all on the training days?", "Bolton"),
    ("The module taught us Kline's thinking environment, and I still use it.", "Kline"),
    ("We got Downey's effective coaching on the leadership course, and it stuck.", "Downey"),
    ("Did Starr's coaching conversations ever come up on the mentoring course?", "Starr"),
    ("The workshop went through Bridges's transitions and I cried, honestly.", "Bridges"),
    ("Did the training mention Stoltz's adversity quotient at all?", "Stoltz"),
    ("Did the training mention Gordon's eleven functional health patterns, like, at all?",
     "Gordon"),
    ("They had us doing Rusk's appreciative listening on the, on the course.", "Rusk"),
    ("Did anybody bring up Kets de Vries and his inner theatre on the training days?",
     "Kets de Vries"),
    ("Was it Tse's growing around grief they taught you, or something else?", "Tse"),
]


@pytest.mark.parametrize(("question", "name"), TAUGHT_THEORIES)
def test_a_theory_taught_is_kept(anonymiser: Any, question: str, name: str) -> None:
    text = _in_a_transcript(question)
    at = text.index(name)
    assert not span_touched(anonymiser, text, at, at + len(name))


COUNTED_THEORIES = [
    ("On the course we did Lencioni's five, five dysfunctions of a team.", "five"),
    ("The course covered Kotter's eight, eight steps, and we had to map our change onto them.",
     "eight"),
]


@pytest.mark.parametrize(("question", "count"), COUNTED_THEORIES)
def test_a_count_of_a_theorys_parts_is_no_age(anonymiser: Any, question: str, count: str) -> None:
    text = _in_a_transcript(question)
    at = text.index(count)
    assert not span_touched(anonymiser, text, at, at + len(count))


# hard negatives: the same frames with someone in them
SOMEONE_IN_A_COURSE = [
    ("Did the training mention Dr Okonjo's audit at all?", "Okonjo"),
    ("Did the training mention Sarah's leaving do at all?", "Sarah"),
    ("Did the course cover Bethan Pryce's complaint about the rota?", "Bethan Pryce"),
    ("Okonjo's husband came to the ward and shouted at the whole team.", "Okonjo"),
    ("The course covered Okonjo's not being there, which was awkward.", "Okonjo"),
    ("I told Mr Varga about the course, and Varga's answer was no.", "Varga"),
]


@pytest.mark.parametrize(("text", "name"), SOMEONE_IN_A_COURSE)
def test_someone_in_a_sentence_about_a_course_is_still_redacted(anonymiser: Any, text: str,
                                                                 name: str) -> None:
    at = text.rindex(name)
    assert span_covered(anonymiser, text, at, at + len(name))


# --- the close of a note or a role before a title is no part of the name -------------------------
# (three development authors: a card signed "Love <name>, <name> and all at ...", a theatre note
# "Signed <name>", a record's "GP Dr <initial>. <surname>"; the NER took the word into the name
# and the spoken initials finder read "GP Dr" as initials and a surname)

CLOSES = [
    ("The card said: 'Get well soon. Love Eluned, Caradog and all at the surgery x'", "Love",
     "Eluned"),
    ("Theatre note: 'Swab count correct, two packs.' Signed Morwenna. Then the next list.",
     "Signed", "Morwenna"),
    ("Record: home visit. Mother Anwen; baby Tomos; GP Dr K. Pellow-Hart at the Mill Surgery.",
     "GP", "Pellow-Hart"),
]


@pytest.mark.parametrize(("text", "word", "name"), CLOSES)
def test_the_close_or_the_role_before_a_name_is_kept(anonymiser: Any, text: str, word: str,
                                                     name: str) -> None:
    at = text.index(word)
    assert not span_touched(anonymiser, text, at, at + len(word))
    at = text.index(name)
    assert span_covered(anonymiser, text, at, at + len(name))


# hard negatives: a name that opens so, and a word before a name that is the name's
NAMES_STILL_WHOLE = [
    ("Lovejoy Mahlangu rang the ward twice about her mother.", "Lovejoy Mahlangu"),
    ("I was on with Signe Aaltonen, the charge nurse.", "Signe Aaltonen"),
    ("Mrs B and Mrs C were both on the list that day.", "Mrs B"),
    ("Present at the huddle: Wanjiru Mwangi Dr Obi and the ward clerk.", "Wanjiru Mwangi"),
]


@pytest.mark.parametrize(("text", "name"), NAMES_STILL_WHOLE)
def test_a_name_like_a_close_stays_whole(anonymiser: Any, text: str, name: str) -> None:
    at = text.index(name)
    assert span_covered(anonymiser, text, at, at + len(name))
