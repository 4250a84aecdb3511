"""The redaction policy loader: the packaged default loads, and every broken file fails closed."""
from __future__ import annotations

from pathlib import Path

import pytest

from vault.anonymise.redaction_policy import (
    ENTITY_TYPES,
    Operator,
    default_policy_path,
    default_redaction_policy,
    load_redaction_policy,
)
from vault.errors import PolicyError

POLICIES = Path(__file__).parent / "data" / "anonymise" / "policies"
REPO = Path(__file__).resolve().parent.parent


def test_default_policy_is_the_repository_file() -> None:
    assert default_policy_path() == REPO / "policies" / "redaction.toml"
    policy = default_redaction_policy()
    assert policy.version == 1
    assert set(policy.entities) == set(ENTITY_TYPES)
    assert policy.review_floor < policy.threshold
    assert policy.entities["PERSON"].operator is Operator.PSEUDONYMISE
    assert policy.entities["PERSON"].label == "Colleague"
    assert policy.entities["HOSPITAL"].placeholder == "[HOSPITAL]"
    assert policy.entities["NHS_NUMBER"].placeholder == "[NHS NUMBER]"
    assert "nhs" in policy.allow_terms and "grow model" in policy.allow_terms
    assert "the RVI" in policy.deny["HOSPITAL"]
    assert "NHS England" in policy.allow_phrases and "Murphy's law" in policy.allow_phrases


def test_policy_objects_are_frozen() -> None:
    policy = default_redaction_policy()
    with pytest.raises(AttributeError):
        policy.threshold = 0.1  # type: ignore[misc]
    with pytest.raises(TypeError):
        policy.entities["EMAIL"] = policy.entities["PHONE"]  # type: ignore[index]


SEE = "see the comments in the project's policies/redaction.toml"


@pytest.mark.parametrize("name, message, hint", [
    ("unknown_key.toml", ":4: unknown key 'colour' at the top level",
     ("remove it; allowed keys: version, language, threshold, review_floor, entities, allow, "
     "deny, audio")),
    ("unknown_entity.toml", ":4: unknown entity 'SHOE_SIZE' in [entities]",
     ("use one of: PERSON, LOCATION, HOSPITAL, ORGANISATION, EMAIL, PHONE, NHS_NUMBER, "
     "GMC_NUMBER, POSTCODE, DATE, AGE")),
    ("unknown_operator.toml", ":5: unknown operator 'encrypt' in [entities.EMAIL]",
     "use one of: replace, pseudonymise"),
    ("unknown_rule_key.toml", ":7: unknown key 'colour' in [entities.EMAIL]",
     "remove it; allowed keys: operator, placeholder, label"),
    ("bad_threshold.toml", ":2: threshold must be between 0 and 1", SEE),
    ("floor_above_threshold.toml", ":3: review_floor must not exceed threshold",
     "spans scored between review_floor and threshold go to review"),
    ("missing_version.toml", ":1: missing 'version'", "add `version = 1` at the top of the file"),
    ("not_toml.toml", ": invalid TOML: Invalid value (at line 2, column 13)",
     "fix the syntax at the line named above"),
    ("bad_allow_pattern.toml",
     ":8: patterns in [allow] holds an invalid regular expression (entry 1)",
     "fix or remove that pattern"),
])
def test_broken_policies_fail_closed(name: str, message: str, hint: str) -> None:
    """The shared policy wording: file, line, key, allowed keys or values."""
    path = POLICIES / name
    with pytest.raises(PolicyError) as info:
        load_redaction_policy(path)
    assert info.value.message == f"{path}{message}"
    assert info.value.hint == hint
    assert info.value.exit_code == 6


@pytest.mark.parametrize("body, message, hint", [
    ('version = 1\nthreshold = 0.5\nreview_floor = 0.3\nentities = {EMAIL = {operater = "replace"}}\n',
     ":4: unknown key 'operater' in [entities.EMAIL] (did you mean 'operator'?)",
     "remove it; allowed keys: operator, placeholder, label"),
    ('version = 1\nthreshold = 0.5\nreview_floor = 0.3\n[entities.EMAL]\noperator = "replace"\n',
     ":4: unknown entity 'EMAL' in [entities] (did you mean 'EMAIL'?)",
     ("use one of: PERSON, LOCATION, HOSPITAL, ORGANISATION, EMAIL, PHONE, NHS_NUMBER, "
     "GMC_NUMBER, POSTCODE, DATE, AGE")),
    ('version = 1\nreview_floor = 0.3\n[entities.EMAIL]\noperator = "replace"\n',
     ": missing 'threshold'", f"add threshold at the top level; {SEE}"),
    ('version = 1\nthreshold = 0.5\nreview_floor = 0.3\n[entities.EMAIL]\nlabel = "x"\n',
     ":4: [entities.EMAIL] has no 'operator'",
     'add operator = "replace" or operator = "pseudonymise"'),
    ('version = 1\nthreshold = 0.5\nreview_floor = 0.3\n[entities.EMAIL]\noperator = "replace"\n',
     ":4: [entities.EMAIL] has no 'placeholder'",
     'operator "replace" needs one: add placeholder = "[EMAIL]"'),
    (('version = 1\nthreshold = "high"\nreview_floor = 0.3\n[entities.EMAIL]\n'
     'operator = "replace"\nplaceholder = "[E]"\n'),
     ":2: threshold must be a number between 0 and 1", SEE),
    (('version = 1\nthreshold = 0.5\nreview_floor = 0.3\n[entities.EMAIL]\n'
     'operator = "replace"\nplaceholder = "[E]"\n[allow]\nterm = ["NHS"]\n'),
     ":8: unknown key 'term' in [allow] (did you mean 'terms'?)",
     "remove it; allowed keys: terms, patterns, phrases"),
    (('version = 1\nthreshold = 0.5\nreview_floor = 0.3\n[entities.EMAIL]\n'
     'operator = "replace"\nplaceholder = "[E]"\n[allow]\nphrase = ["NHS England"]\n'),
     ":8: unknown key 'phrase' in [allow] (did you mean 'phrases'?)",
     "remove it; allowed keys: terms, patterns, phrases"),
    (('version = 1\nthreshold = 0.5\nreview_floor = 0.3\n[entities.EMAIL]\n'
     'operator = "replace"\nplaceholder = "[E]"\n[allow]\nphrases = "Murphy\'s law"\n'),
     ":8: phrases in [allow] must be a list of non-empty strings",
     'write it as a list: ["…", "…"]'),
    (('version = 1\nthreshold = 0.5\nreview_floor = 0.3\n[entities.EMAIL]\n'
     'operator = "replace"\nplaceholder = "[E]"\n[deny]\nEMAIL = "x@example.org"\n'),
     ":8: EMAIL in [deny] must be a list of non-empty strings", 'write it as a list: ["…", "…"]'),
])
def test_every_mistake_names_its_line(tmp_path: Path, body: str, message: str,
                                      hint: str) -> None:
    path = tmp_path / "redaction.toml"
    path.write_text(body)
    with pytest.raises(PolicyError) as info:
        load_redaction_policy(path)
    assert info.value.message == f"{path}{message}"
    assert info.value.hint == hint


def test_missing_policy_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as info:
        load_redaction_policy(tmp_path / "nope.toml")
    assert info.value.message == f"{tmp_path / 'nope.toml'}: redaction policy not found"
    assert info.value.hint == "pass --policy with an existing redaction.toml"


def test_minimal_policy_uses_its_placeholder() -> None:
    policy = load_redaction_policy(POLICIES / "emails_only.toml")
    assert list(policy.entities) == ["EMAIL"]
    assert policy.rule("EMAIL").placeholder == "<email removed>"
    with pytest.raises(PolicyError, match="no rule for entity 'PHONE'"):
        policy.rule("PHONE")
