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


def test_policy_objects_are_frozen() -> None:
    policy = default_redaction_policy()
    with pytest.raises(AttributeError):
        policy.threshold = 0.1  # type: ignore[misc]
    with pytest.raises(TypeError):
        policy.entities["EMAIL"] = policy.entities["PHONE"]  # type: ignore[index]


@pytest.mark.parametrize("name, message", [
    ("unknown_key.toml", "colour: unknown key"),
    ("unknown_entity.toml", "entities.SHOE_SIZE: unknown entity"),
    ("unknown_operator.toml", "entities.EMAIL.operator: unknown operator"),
    ("unknown_rule_key.toml", "entities.EMAIL.colour: unknown key"),
    ("bad_threshold.toml", "threshold: must be between 0 and 1"),
    ("floor_above_threshold.toml", "review_floor: must not exceed threshold"),
    ("missing_version.toml", "version: missing"),
    ("not_toml.toml", "not valid TOML"),
    ("bad_allow_pattern.toml", "allow.patterns[0]: not a valid regular expression"),
])
def test_broken_policies_fail_closed(name: str, message: str) -> None:
    path = POLICIES / name
    with pytest.raises(PolicyError) as info:
        load_redaction_policy(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)
    assert info.value.exit_code == 6
    assert info.value.hint


def test_missing_policy_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as info:
        load_redaction_policy(tmp_path / "nope.toml")
    assert info.value.message == f"{tmp_path / 'nope.toml'}: cannot read policy file (No such file or directory)"
    assert info.value.hint == "pass --policy with an existing redaction.toml"


def test_minimal_policy_uses_its_placeholder() -> None:
    policy = load_redaction_policy(POLICIES / "emails_only.toml")
    assert list(policy.entities) == ["EMAIL"]
    assert policy.rule("EMAIL").placeholder == "<email removed>"
    with pytest.raises(PolicyError, match="no rule for entity 'PHONE'"):
        policy.rule("PHONE")
