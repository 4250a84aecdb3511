"""Round 27 of issue 14 (agerules27): the age rules' share of ordinary text read as ages (round 25's
list, closing note r26 §3), fixed as classes. Every string here is invented.

- counts after a list of clinicians, each given a bare number ("Dr X, 11; Dr Y, 16"): the
  written ``apposed`` rule read each as an age; one titled name with a number, a list of
  patients, or numbers with their unit stay ages;
- a body's measure after a bound or a copula ("clients over 35 BMI", "women over 95 kg", "he
  was 17 stone"): the written units had no BMI, kilos, stone, feet;
- a day's heat in Fahrenheit in brackets ("a humid afternoon (77 F)"): the sex-and-age bracket
  read the F as a sex; the weather's words now join the measures a letter unit follows;
- a head count said straight after a reply's number ("Twelve on the rota"): the spoken rules
  read it as the answer to an age question.

Hard negatives of each shape keep the real ages found.
"""
from __future__ import annotations

from typing import Any

import pytest
from _mentions import failures, marked_and_kept
from _space_assertions import engine_spans

from vault.anonymise.recognizers import AgeRecognizer

#: the written rules' share (``AgeRecognizer`` alone): spaCy's DATE reading of a bare number
#: and the learned age finder are other finders, with their own guards
WRITTEN_RULES_KEPT = [
    "Caseloads this week: Dr Ferrand, ‹11›; Dr Oyelaran, ‹16›; Prof Lindqvist, ‹7›.",
    "Sessions booked: Dr Amadi, ‹9›, Dr Kowalczyk, ‹13›, and Doctor Brandt, ‹4›.",
    "The ward was sweltering (‹81› F) and the fans were off.",
    "Thermostat broken, muggy all day (‹79› F) on the unit.",
]
KEPT = [
    "Sessions booked: Dr Amadi, ‹9›, Dr Kowalczyk, ‹13›, and Doctor Brandt, ‹4›.",
    # a body's measure after a bound or a copula
    "We cap the list at clients over ‹35› BMI and anyone over ‹95› kg.",
    "They only take women over ‹16› stone, and men over ‹20› st on a separate list.",
    "He was ‹17› stone at the time and she was ‹58› kilos.",
    # a day's heat in Fahrenheit in brackets
    "A humid afternoon (‹77› F), so we kept the blinds down.",
    # a head count straight after a reply's number
    "I: What age were most of your colleagues?\nP: Oh. ‹Twenty› in the department, all young.",
    "I: How old were the staff, roughly?\nP: Well. ‹Twelve› on the rota, and most were new.",
]
FOUND = [
    "Mr Okoye, «64», was admitted; Mrs Okoye, «61», came with him.",
    "Dr Ferrand, «52», retired last spring; her locum covers the list.",
    "Dr Ferrand, «52» yrs; Dr Oyelaran, «47» yrs.",
    "Triage: bay 2 («62» M) chest pain, bay 3 («78» F) after a fall.",
    "We see patients over «70» and frail, and women over «65» with falls.",
    "She was «60» and he was «58» when they moved north.",
    "I: How old were you then?\nP: Oh. «Nineteen» in the army, and scared stiff.",
    "I: How old were you then?\nP: Oh. «Nineteen», in the team by then.",
]


@pytest.mark.parametrize("case", WRITTEN_RULES_KEPT)
def test_the_written_rules_keep_counts_and_heat(case: str) -> None:
    text = marked_and_kept(case)[0]
    found = [(r.start, r.end) for r in AgeRecognizer().analyze(text, ["AGE"])]
    assert not failures(case, found), case


@pytest.mark.parametrize("case", [c for c in FOUND if "\n" not in c])
def test_the_written_rules_find_the_real_ages(case: str) -> None:
    text = marked_and_kept(case)[0]
    found = [(r.start, r.end) for r in AgeRecognizer().analyze(text, ["AGE"])]
    assert not failures(case, found), case


@pytest.mark.parametrize("case", KEPT)
def test_ordinary_numbers_of_an_ages_shape_are_kept(anonymiser: Any, case: str) -> None:
    text = marked_and_kept(case)[0]
    assert not failures(case, engine_spans(anonymiser, text)), case


@pytest.mark.parametrize("case", FOUND)
def test_real_ages_of_the_same_shapes_are_found(anonymiser: Any, case: str) -> None:
    text = marked_and_kept(case)[0]
    assert not failures(case, engine_spans(anonymiser, text)), case
