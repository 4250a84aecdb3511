"""The spoken-form recognizers inside the engine: registered, redacting what the issue quoted,
and leaving the look-alikes."""
from __future__ import annotations

import pytest

from vault.anonymise.engine import Anonymiser


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    return Anonymiser()


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
