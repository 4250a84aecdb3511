"""The spoken-form recognizers inside the engine: registered, redacting what the issue quoted,
and leaving the look-alikes."""
from __future__ import annotations

import itertools

import pytest

from vault.anonymise.engine import Anonymiser
from vault.anonymise.recognizers import AgeRecognizer, DateRecognizer
from vault.anonymise.spoken import find_spoken_forms


@pytest.mark.parametrize("text, redacted", [
    ("I: How old are you?\n\nP07: God, 44. Don't remind me.\n",
     "I: How old are you?\n\nP07: God, [AGE]. Don't remind me.\n"),
    ("I: And your age?\n\nP07: Thirty-one last month.\n",
     "I: And your age?\n\nP07: [AGE] last month.\n"),
    ("P07: My mobile's oh seven seven double oh, nine hundred, one two three.\n",
     "P07: My mobile's [PHONE].\n"),
    ("P07: His NHS number was four eight five, seven seven seven, three four five six.\n",
     "P07: His NHS number was [NHS NUMBER].\n"),
    ("P07: My GMC number's seven oh one, two three four five.\n",
     "P07: My GMC number's [GMC NUMBER].\n"),
    ("P07: It's C F seven, seven B P, for the voucher.\n",
     "P07: It's [POSTCODE], for the voucher.\n"),
    ("P07: It was the fifth of December, and on December the sixth I rang.\n",
     "P07: It was the [DATE], and on [DATE] I rang.\n"),
    ("P07: We started in September twenty twenty.\n", "P07: We started in [DATE].\n"),
    ("P07: Email me on sarah dot khan at nhs dot net.\n", "P07: Email me on [EMAIL].\n"),
])
def test_issue_examples_are_redacted(anonymiser: Anonymiser, text: str, redacted: str) -> None:
    assert anonymiser.redact(text).text == redacted


def test_spelled_surname_and_the_name(anonymiser: Anonymiser) -> None:
    text = "P07: It's Griffiths, that's G-R-I-F-F-I-T-H-S.\n"
    out = anonymiser.redact(text).text
    assert "G-R-I" not in out and "Griffiths" not in out


@pytest.mark.parametrize("text", [
    "P07: I did six months in ICU, then a fortnight off, at half seven every day.\n",
    "P07: The third time I cried in the car, in my second year, I knew.\n",
    "P07: I: How many patients? Forty, maybe fifty.\n",
    "P07: Thirty minutes for lunch and forty patients on the list.\n",
    "P07: The bleep went, four four five one, and I froze. I rang one one one.\n",
    "P07: May I just say, I was an F one then, F two after, on the tenth floor.\n",
])
def test_look_alikes_are_kept(anonymiser: Anonymiser, text: str) -> None:
    assert anonymiser.redact(text).text == text


def test_detectors_are_named_in_the_log(anonymiser: Anonymiser) -> None:
    text = "P07: Ring oh seven seven double oh nine double oh one two three on the fifth of May.\n"
    detectors = {r.entity_type: r.detector for r in anonymiser.redact(text).replacements}
    assert detectors == {"PHONE": "spoken_number", "DATE": "spoken_date"}


def test_a_policy_without_ages_gets_no_ages() -> None:
    from dataclasses import replace

    from vault.anonymise.redaction_policy import default_redaction_policy

    policy = default_redaction_policy()
    policy = replace(policy, entities={k: v for k, v in policy.entities.items() if k != "AGE"})
    text = "I: How old are you?\n\nP07: God, forty-four.\n"
    assert Anonymiser(policy).redact(text).text == text


@pytest.mark.parametrize("text, redacted", [
    ("P07: It was on the 5th of December and I was 44 at the time.\n",
     "P07: It was on the [DATE] and I was [AGE] at the time.\n"),
    ("P07: I'm forty-seven now, born on the third of May, nineteen eighty-four.\n",
     "P07: I'm [AGE] now, born on the [DATE].\n"),
    ("P07: My date of birth is 03/05/1984, so I was thirty-one last month.\n",
     "P07: My date of birth is [DATE], so I was [AGE] last month.\n"),
    ("P07: We moved on Tuesday the 9th of November 2021.\n", "P07: We moved on [DATE].\n"),
])
def test_written_and_spoken_finders_give_one_span_per_identifier(anonymiser: Anonymiser,
                                                                 text: str,
                                                                 redacted: str) -> None:
    """The written-form Date/Age recognizers and the spoken-form finders both read every text;
    where both find the same date or age the engine keeps one replacement (the union of the
    overlapping spans of one entity), never two."""
    written = [*DateRecognizer().analyze(text, ["DATE"]), *AgeRecognizer().analyze(text, ["AGE"])]
    spoken = [f for f in find_spoken_forms(text) if f.entity in ("DATE", "AGE")]
    assert any(w.start < f.end and f.start < w.end for w in written for f in spoken)
    result = anonymiser.redact(text)
    assert result.text == redacted
    spans = sorted((r.start, r.end) for r in result.replacements)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert sum(result.counts().values()) == redacted.count("[")


def test_one_letter_speaker_labels_protect_only_their_line_start(anonymiser: Anonymiser) -> None:
    """With "I:" and "A:" as speaker labels, "I" and "A" elsewhere are still read: a letter of a
    spelled name, an initial before a surname; the labels and the pronoun stay."""
    text = ("I: Can you spell that?\n\nA: Griffiths, that's G R I F F I T H S.\n\n"
            "I: Who chaired the panel?\n\nA: I. Haworth chaired it, and I was glad.\n")
    out = anonymiser.redact(text).text
    assert "G R I" not in out and "Griffiths" not in out and "Haworth" not in out
    assert out.startswith("I: Can you spell that?\n\nA: ")
    assert "\n\nI: Who chaired the panel?\n\nA: " in out and out.endswith(", and I was glad.\n")


@pytest.mark.parametrize("text", [
    "Rp: Right. It was Nineteen days, and then it was fine.",
    "SPK2: See, it was Thirteen weeks, and then it wasn't.",
    "A: Honestly. Forty-Two hours on the rota that week.",
])
def test_round8_a_capitalised_number_word_is_no_name(anonymiser: Anonymiser, text: str) -> None:
    assert not [r for r in anonymiser.analyse(text) if r.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "kept"), [
    ("Rp: The letter came on Boxing Day, of all days.", "letter came on"),
    ("Rp: It went wrong on Good Friday, twenty nineteen, honestly.", "honestly"),
])
def test_round8_holidays_are_dates(anonymiser: Anonymiser, text: str, kept: str) -> None:
    redacted = anonymiser.redact(text).text
    assert "Boxing" not in redacted and "Friday" not in redacted and kept in redacted
