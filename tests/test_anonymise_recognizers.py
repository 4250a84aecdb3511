"""Table-driven recognizer tests: (text, expected entity, expected span), and hard negatives.

One :class:`Anonymiser` per module; the spaCy model itself is cached per process.
"""
from __future__ import annotations

import socket

import pytest

from vault.anonymise.engine import Anonymiser, split_into_chunks
from vault.anonymise.recognizers import nhs_number_is_valid, offline_tld_extract


def spans(anonymiser: Anonymiser, text: str, *, replaced_only: bool = True) -> list[tuple[str, str]]:
    threshold = anonymiser.policy.threshold
    return [(r.entity_type, text[r.start:r.end]) for r in anonymiser.analyse(text)
            if not replaced_only or r.score >= threshold]


POSITIVES = [
    ("My GMC number is 1234567.", "GMC_NUMBER", "1234567"),
    ("GMC registration: 7654321", "GMC_NUMBER", "7654321"),
    ("His NHS number is 943 476 5919.", "NHS_NUMBER", "943 476 5919"),
    ("NHS no 943-476-5919 on the letter", "NHS_NUMBER", "943-476-5919"),
    ("Call me on 07700 900123.", "PHONE", "07700 900123"),
    ("Ring +44 7700 900123 tonight.", "PHONE", "+44 7700 900123"),
    ("The desk is +44 (0)191 498 0000.", "PHONE", "+44 (0)191 498 0000"),
    ("The office is (020) 7946 0000.", "PHONE", "(020) 7946 0000"),
    ("or 0044 7723 852492 at home", "PHONE", "0044 7723 852492"),
    ("Email me at jane.doe@example.org please.", "EMAIL", "jane.doe@example.org"),
    ("get me at mei dot chen2 at nhs dot net, or", "EMAIL", "mei dot chen2 at nhs dot net"),
    ("The postcode is NE1 4LP.", "POSTCODE", "NE1 4LP"),
    ("my postcode, ne65 2jj, and", "POSTCODE", "ne65 2jj"),
    ("I live at 14 Elm Road, Gateshead.", "LOCATION", "14 Elm Road"),
    ("I live at 14 Elm Road, Gateshead.", "LOCATION", "Gateshead"),
    ("We moved to Tynemouth last year.", "LOCATION", "Tynemouth"),
    ("It was on 12 March 2019.", "DATE", "12 March 2019"),
    ("We met on the 3rd of May.", "DATE", "3rd of May"),
    ("She started on 03/04/2021.", "DATE", "03/04/2021"),
    ("Interview date 23.5.10. Could you", "DATE", "23.5.10"),
    ("a meeting on December 12th, at", "DATE", "December 12th"),
    ("I'm 47 and I've been a consultant for ten years.", "AGE", "47"),
    ("He was aged 52 when he retired.", "AGE", "52"),
    ("she was only thirty-two, and", "AGE", "thirty-two"),
    ("My son's 14, so he", "AGE", "14"),
    ("we had a 63-year-old in resus", "AGE", "63"),
    ("I was at the Royal Victoria Infirmary for a year.", "HOSPITAL", "Royal Victoria Infirmary"),
    ("She moved to Sunderland Royal Hospital.", "HOSPITAL", "Sunderland Royal Hospital"),
    ("I joined Elm Tree Surgery in Leeds.", "HOSPITAL", "Elm Tree Surgery"),
    ("The Newcastle upon Tyne Hospitals NHS Foundation Trust was good.", "HOSPITAL",
     "Newcastle upon Tyne Hospitals NHS Foundation Trust"),
    ("I trained at the RVI.", "HOSPITAL", "the RVI"),
    ("based at Wansbeck General mostly", "HOSPITAL", "Wansbeck General"),
    ("Occupational health at NHS Lothian were", "HOSPITAL", "NHS Lothian"),
    ("Dr Patel said so.", "PERSON", "Dr Patel"),
    ("Professor Alan Greaves mentored me.", "PERSON", "Professor Alan Greaves"),
    ("Well, Martin noticed before I did.", "PERSON", "Martin"),
    ("we had a letter from Heather Forster at the practice", "PERSON", "Heather Forster"),
    ("Then Gordon said it was fine.", "PERSON", "Gordon"),
    ("I was based at Drumcarrow for a year.", "LOCATION", "Drumcarrow"),  # an unknown place
]


@pytest.mark.parametrize("text, entity, expected", POSITIVES)
def test_detects(anonymiser: Anonymiser, text: str, entity: str, expected: str) -> None:
    assert (entity, expected) in spans(anonymiser, text)


NEGATIVES = [
    "I did six months in ICU and two years as a registrar.",   # durations
    "I'm 30 minutes late.",
    "It was 20 years sort of ago.",
    "Interviewer: So how was the deanery?",                    # speaker label, domain word
    "PJ: The BMA and the GMC and the NHS were no help.",
    "P07: I used the GROW model and the Skilled Helper model with BITC Workwell.",
    "I'm a consultant anaesthetist at the royal college.",
    "P12 told P07 about it.",                                  # participant codes
    "The reference 1234567 was on the form.",                  # 7 digits, no GMC context
    "We saw 1234567 patients.",
    "[00:21:43] I: Sorry, just to check.",                     # timestamps
    "Mark my words, there'll be trouble.",
    "I worked in Cardiology at Christmas.",                    # specialties, seasons
    "She moved to Paediatrics in March, then to General Practice.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_leaves_alone(anonymiser: Anonymiser, text: str) -> None:
    assert spans(anonymiser, text) == []


def test_a_mistyped_nhs_number_is_still_redacted(anonymiser: Anonymiser) -> None:
    # the check digit fails (a typo or a mishearing), but ten digits after "NHS number" are a
    # patient's number all the same: the spoken fail-safe for long digit chains redacts them
    assert [t for t, _ in spans(anonymiser, "His NHS number is 943 476 5918.")] == ["NHS_NUMBER"]


@pytest.mark.parametrize("label", ["Interviewer", "PJ", "P07", "Int", "I", "R", "Speaker 2"])
def test_speaker_labels_are_kept(anonymiser: Anonymiser, label: str) -> None:
    text = f"{label}: Tell me about Dr Patel.\n"
    redaction = anonymiser.redact(text)
    assert redaction.text == f"{label}: Tell me about [Colleague A].\n"


def test_nhs_checksum() -> None:
    assert nhs_number_is_valid("9434765919")
    assert nhs_number_is_valid("943 476 5919")
    assert not nhs_number_is_valid("9434765918")
    assert not nhs_number_is_valid("943476591")
    # a prefix whose check digit would be 10 is never valid, whatever the last digit
    prefix = next(p for p in (f"{n:09d}" for n in range(100000000, 100001000))
                  if sum(int(d) * w for d, w in zip(p, range(10, 1, -1))) % 11 == 1)
    assert not any(nhs_number_is_valid(prefix + d) for d in "0123456789")


def test_ambiguous_spans_go_to_review(anonymiser: Anonymiser) -> None:
    text = "We talked about the ABC, you know."
    redaction = anonymiser.redact(text)
    assert redaction.text == text  # nothing certain enough to replace
    assert [text[r.start:r.end] for r in redaction.review] == ["ABC"]
    assert redaction.review[0].entity_type in ("HOSPITAL", "ORGANISATION")
    assert all(anonymiser.policy.review_floor <= r.score < anonymiser.policy.threshold
               for r in redaction.review)


def test_offsets_point_into_the_original(anonymiser: Anonymiser) -> None:
    text = "Dr Patel rang 07700 900123 from Leeds on 12 March 2019."
    redaction = anonymiser.redact(text)
    rebuilt, cursor = [], 0
    for item in redaction.replacements:
        rebuilt += [text[cursor:item.start], item.replacement]
        cursor = item.end
    rebuilt.append(text[cursor:])
    assert "".join(rebuilt) == redaction.text
    assert redaction.text == "[Colleague A] rang [PHONE] from [PLACE] on [DATE]."


def test_redaction_is_idempotent(anonymiser: Anonymiser) -> None:
    once = anonymiser.redact("Dr Patel at the RVI on 12 March 2019, P07 said.").text
    assert anonymiser.redact(once).text == once


def test_span_across_line_break_keeps_lines(anonymiser: Anonymiser) -> None:
    text = "I worked at the Royal\nVictoria Infirmary then.\n"
    out = anonymiser.redact(text).text
    assert out.count("\n") == 2


def test_long_single_line_is_chunked_not_refused() -> None:
    anonymiser = Anonymiser(chunk_chars=2000)
    line = ("word " * 900) + "Dr Patel rang 07700 900123. " + ("more " * 900)
    redaction = anonymiser.redact(line)
    assert "[PHONE]" in redaction.text and "07700" not in redaction.text
    assert len(redaction.text.splitlines()) == 1
    chunks = split_into_chunks(line, 2000)
    assert "".join(c for _, c in chunks) == line
    assert all(len(c) <= 2000 for _, c in chunks)
    assert all(line[o:o + len(c)] == c for o, c in chunks)


def test_email_check_is_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """tldextract uses its bundled suffix snapshot: no DNS lookup, no connection, no cache."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    extract = offline_tld_extract()
    assert extract.suffix_list_urls == ()
    assert extract("nhs.net").suffix == "net"
    assert extract("ncl.ac.uk").suffix == "ac.uk"


def test_redact_many_in_two_processes_matches_one(anonymiser: Anonymiser) -> None:
    texts = [f"P0{i}: Dr Patel rang 07700 900123 from Leeds on 12 March 2019. I'm {40 + i}."
             for i in range(6)] + ["", "Nothing here."]
    parallel = Anonymiser(anonymiser.policy, nlp=anonymiser.nlp, parallel_min_chars=0)
    assert parallel.redact_many(texts, n_process=2, batch_size=2) == \
        anonymiser.redact_many(texts, n_process=1)


def test_names_found_once_are_found_everywhere(anonymiser: Anonymiser) -> None:
    text = "I worked with Dr Oyelaran Achterberg. Later Achterberg moved on."
    out = anonymiser.redact(text).text
    assert "Achterberg" not in out and out.count("[Colleague A]") == 2


def test_ner_view_keeps_offsets_and_only_sentences_the_model_can_add_to() -> None:
    """The model reads sentences with a capitalised word nothing else explains ("Oyelaran");
    known first names and places, acronyms, labels and sentence-initial dictionary words
    ("Burnout") are left to the recognizers, which read the whole text."""
    from vault.anonymise.engine import ner_view
    from vault.anonymise.ner_input import NerInput

    text = ("Interviewer: So how was it?\nP07: Well, I told her. Sarah said no. "
            "Then Oyelaran rang from Chelmsford. Burnout was bad. Um, yeah.\n[00:12:01] PJ: Right.")
    view = ner_view(text)
    assert len(view) == len(text)
    assert view.split() == ["Then", "Oyelaran", "rang", "from", "Chelmsford."]
    assert view.index("Oyelaran") == text.index("Oyelaran")
    packed = NerInput.of(text)
    assert packed.text == " Then Oyelaran rang from Chelmsford."
    assert packed.original(packed.text.index("Oyelaran")) == text.index("Oyelaran")
