"""Round 22 of issue 14: the ordinary noun heading a record read out in an interview ("Rota
swap request: ...", "Handover, bay four: ...", "Job 4471. Collect ...") is kept, measured on
an invented space (``heading_cases`` in ``tests/_record_heading_space.py``).

``ordinary_labels.field_name`` kept a dictionary word right before a colon ("R: Rota: nights");
a heading of a few lower-case words and numbers before the colon ("Rota export, week 32:")
was not one, so "Rota" (also a town abroad) was redacted as a place where it headed a record:
104 ordinary words on five development authors. Now a heading is the dictionary word, up to
ten lower-case words, numbers and commas, and the colon, on one line, after a line's start, a
sentence's end, a speaker's label or a quotation mark; never a given name, word-name, surname
that is a word ("Frost") or UK town that is a word ("Reading"), nor a saying ("Frost said:").
A record's noun before its number is a numbered thing ("Job 4471", "Ticket 5521").
"""
from __future__ import annotations

from collections import defaultdict

import pytest
from _mentions import TOKEN, marked_and_kept
from _record_heading_space import heading_cases, heading_hard_negatives
from _space_assertions import engine_spans, touched_kept, touches

from vault.anonymise.engine import Anonymiser
from vault.anonymise.ordinary_labels import field_name, numbered_thing


def _by_shape() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for shape, text in heading_cases():
        out[shape].append(text)
    return dict(out)


SHAPES = _by_shape()


def test_the_space_is_deterministic_and_broad() -> None:
    assert heading_cases() == heading_cases()
    assert set(SHAPES) == {"heading", "numbered"} and sum(map(len, SHAPES.values())) >= 80


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_name_redacted_and_the_heading_kept(anonymiser: Anonymiser, shape: str) -> None:
    wrong = {}
    for marked in SHAPES[shape]:
        text, gold, kept = marked_and_kept(marked)
        found = engine_spans(anonymiser, text)
        left = [t.group() for a, b in gold for t in TOKEN.finditer(text, a, b)
                if not touches(found, t.start(), t.end())]
        altered = touched_kept(text, kept, found)
        if left or altered:
            wrong[text] = (left, altered)
    assert not wrong


@pytest.mark.parametrize("marked", heading_hard_negatives())
def test_places_and_people_beside_a_colon_still_redacted(anonymiser: Anonymiser,
                                                         marked: str) -> None:
    text, gold, _ = marked_and_kept(marked)
    found = [(x.start, x.end) for x in anonymiser.redact(text).replacements]
    assert all(any(s <= a and b <= e for s, e in found) for a, b in gold)


def _word(text: str, word: str) -> tuple[int, int]:
    at = text.index(word)
    return at, at + len(word)


@pytest.mark.parametrize(("text", "word", "heading"), [
    ("Participant P07: Rota export, night line: nights.", "Rota", True),
    ("He said nothing.' Rota swap: 'to cover'.", "Rota", True),
    ("Rota swap request: nights", "Rota", True),
    ("R: Rota, week 32, the cells with initials in them: a mess", "Rota", True),
    ("'Handover, bay four: quiet", "Handover", True),
    ("R: Rota: nights this week", "Rota", True),  # the colon straight after, as before
    # not a heading: a saying, a given name or word-name, a town that is a word, a time, no
    # colon on the line, a line's start with the colon straight after (a speaker's label)
    ("Frost said: we go at six.", "Frost", False),
    ("Okay. Grace wrote it: nights.", "Grace", False),
    ("Okay. Reading, two years: then Leeds.", "Reading", False),
    ("Okay. Rota at 10:30 was busy.", "Rota", False),
    ("We flew to Rota for a week.", "Rota", False),
    ("Rota is lovely in May.\nnext: the beach", "Rota", False),
    ("Brown: I said so.", "Brown", False),
])
def test_field_name_reads_a_record_heading(text: str, word: str, heading: bool) -> None:
    assert field_name(text, *_word(text, word)) is heading


@pytest.mark.parametrize(("text", "numbered"), [
    ("'Job 4471. Collect patient", True),
    ("Ticket 5521 was closed", True),
    ("Incident 12 in the log", True),
    ("Job was there too", False),
])
def test_a_record_noun_before_its_number(text: str, numbered: bool) -> None:
    word = text.split()[0].lstrip("'")
    assert numbered_thing(text, *_word(text, word)) is numbered
