"""The redaction policy: which entities are detected, how sure we must be, what replaces them.

A policy is data (``policies/redaction.toml``) loaded once into frozen dataclasses and handed to
:class:`vault.anonymise.engine.Anonymiser`::

    policy = load_redaction_policy(Path("policies/redaction.toml"))
    anonymiser = Anonymiser(policy)

Loading fails closed: a missing or unreadable file, a TOML syntax error, an unknown key, an
unknown entity or operator, or a threshold out of range raises :class:`vault.errors.PolicyError`
naming the file, the line and the key (the wording all policy readers share, see
:mod:`vault.policies`). There is no silent fallback to the defaults; callers that want the
packaged defaults ask for them with :func:`default_redaction_policy`.
"""
from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from vault.anonymise.audio.audio_policy import parse_audio_table
from vault.errors import PolicyError
from vault.policies import PolicyDocument, policy_from_mapping, read_policy

__all__ = [
    "ENTITY_TYPES",
    "EntityRule",
    "Operator",
    "RedactionPolicy",
    "default_policy_path",
    "default_redaction_policy",
    "load_redaction_policy",
    "parse_redaction_policy",
]

#: every entity type the engine can detect (the keys allowed under ``[entities]``)
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON", "LOCATION", "HOSPITAL", "ORGANISATION", "EMAIL", "PHONE", "NHS_NUMBER",
    "GMC_NUMBER", "POSTCODE", "DATE", "AGE",
)

#: the policy format versions this loader understands
SUPPORTED_VERSIONS: frozenset[int] = frozenset({1})


class Operator(enum.Enum):
    """What replaces a detected span."""

    #: a fixed typed placeholder such as ``[HOSPITAL]``
    REPLACE = "replace"
    #: a consistent per-person label such as ``[Colleague A]`` (see ``PseudonymBook``)
    PSEUDONYMISE = "pseudonymise"


@dataclass(frozen=True)
class EntityRule:
    """How one entity type is handled."""

    entity: str
    operator: Operator
    #: used by ``replace``
    placeholder: str
    #: used by ``pseudonymise``: ``[<label> A]``
    label: str


@dataclass(frozen=True)
class RedactionPolicy:
    """A validated redaction policy. Build it with :func:`load_redaction_policy`."""

    version: int
    language: str
    #: replace spans scored at or above this
    threshold: float
    #: list spans scored in ``[review_floor, threshold)`` for review; ignore lower ones
    review_floor: float
    #: entity type -> rule; only these entity types are detected
    entities: Mapping[str, EntityRule]
    #: normalised (casefolded) terms never redacted
    allow_terms: frozenset[str]
    #: regexes (full match, case-insensitive) of spans never redacted
    allow_patterns: tuple[str, ...]
    #: phrases kept wherever they occur (idioms, national bodies): a detection wholly inside
    #: one is dropped
    allow_phrases: tuple[str, ...]
    #: entity type -> extra terms always detected
    deny: Mapping[str, tuple[str, ...]]
    #: where the policy came from (for messages and the redaction log)
    source: str = "<memory>"
    #: SHA-256 of the policy file's bytes as read ("" for a policy built from a mapping)
    sha256: str = ""
    #: the revision of a vault's study term lists merged into it (0: none; see
    #: :mod:`vault.anonymise.study_terms`)
    terms_revision: int = 0

    def rule(self, entity: str) -> EntityRule:
        """The rule for ``entity``.

        :raises PolicyError: the policy does not handle this entity type.
        """
        try:
            return self.entities[entity]
        except KeyError:
            raise PolicyError(f"{self.source}: no rule for entity {entity!r}") from None


_TOP_KEYS = ("version", "language", "threshold", "review_floor", "entities", "allow", "deny",
             "audio")
_RULE_KEYS = ("operator", "placeholder", "label")
_ALLOW_KEYS = ("terms", "patterns", "phrases")
_WHAT = "redaction policy"
_SEE = "see the comments in the project's policies/redaction.toml"


def normalise_term(term: str) -> str:
    """Normalise a span or allow-list term for comparison: casefold, drop "the"/possessive."""
    value = " ".join(term.replace("\u2019", "'").split()).casefold()
    value = value.removeprefix("the ")
    value = value.removesuffix("'s")
    return value.strip(" .,;:!?\"'()[]")


def _number(doc: PolicyDocument, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise doc.invalid(key, "must be a number between 0 and 1", hint=_SEE)
    if not 0.0 <= float(value) <= 1.0:
        raise doc.invalid(key, "must be between 0 and 1", hint=_SEE)
    return float(value)


def _strings(doc: PolicyDocument, key: str, value: Any, table: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise doc.invalid(key, "must be a list of non-empty strings", table=table,
                          hint='write it as a list: ["…", "…"]')
    return tuple(value)


def parse_redaction_policy(data: Mapping[str, Any], *, source: str = "<memory>") -> RedactionPolicy:
    """Validate an already-parsed policy mapping into a :class:`RedactionPolicy`.

    :param data: the TOML document as a mapping.
    :param source: file name used in error messages.
    :raises PolicyError: unknown key, missing key or invalid value (names ``source`` and key).
    """
    return _parse(policy_from_mapping(data, source=source, what=_WHAT))


def _parse(doc: PolicyDocument) -> RedactionPolicy:
    data = doc.data
    doc.reject_unknown(data, _TOP_KEYS)
    version = doc.require_version(SUPPORTED_VERSIONS)
    for key in ("threshold", "review_floor", "entities"):
        if key not in data:
            raise doc.missing(key, hint=f"add {key} at the top level; {_SEE}")
    if "audio" in data:  # `vault anonymise audio`'s settings: checked here too, so typos surface
        parse_audio_table(doc)
    language = data.get("language", "en")
    if language != "en":
        raise doc.invalid("language", "must be \"en\" (the only language supported)",
                          hint='write language = "en", or leave it out')
    threshold = _number(doc, "threshold", data["threshold"])
    review_floor = _number(doc, "review_floor", data["review_floor"])
    if review_floor > threshold:
        raise doc.invalid("review_floor", "must not exceed threshold",
                          hint="spans scored between review_floor and threshold go to review")

    raw_entities = data["entities"]
    if not isinstance(raw_entities, dict) or not raw_entities:
        raise doc.error("[entities] must be a non-empty table", key="entities",
                        hint="add an [entities.<TYPE>] table for each entity type to detect")
    entities: dict[str, EntityRule] = {}
    for name, raw in raw_entities.items():
        table = f"entities.{name}"
        if name not in ENTITY_TYPES:
            raise doc.unknown_value("entity", name, ENTITY_TYPES, key=name, table="entities")
        if not isinstance(raw, dict):
            raise doc.error(f"[{table}] must be a table", table="entities", key=name,
                            hint='write it as a table: operator = "replace" and a placeholder')
        doc.reject_unknown(raw, _RULE_KEYS, table=table)
        if "operator" not in raw:
            raise doc.missing("operator", table=table,
                              hint='add operator = "replace" or operator = "pseudonymise"')
        try:
            operator = Operator(raw["operator"])
        except ValueError:
            raise doc.unknown_value("operator", raw["operator"], [o.value for o in Operator],
                                    key="operator", table=table) from None
        placeholder = raw.get("placeholder", f"[{name.replace('_', ' ')}]")
        label = raw.get("label", name.title())
        for sub, value in (("placeholder", placeholder), ("label", label)):
            if not isinstance(value, str) or not value.strip():
                raise doc.invalid(sub, "must be a non-empty string", table=table, hint=_SEE)
        if operator is Operator.REPLACE and "placeholder" not in raw:
            raise doc.missing("placeholder", table=table,
                              hint=f'operator "replace" needs one: add placeholder = '
                                   f'"[{name.replace("_", " ")}]"')
        entities[name] = EntityRule(name, operator, placeholder, label)

    allow = data.get("allow", {})
    if not isinstance(allow, dict):
        raise doc.error("[allow] must be a table", key="allow",
                        hint="write it as a table with terms, patterns and phrases")
    doc.reject_unknown(allow, _ALLOW_KEYS, table="allow")
    terms = _strings(doc, "terms", allow.get("terms", []), "allow")
    patterns = _strings(doc, "patterns", allow.get("patterns", []), "allow")
    phrases = _strings(doc, "phrases", allow.get("phrases", []), "allow")
    for index, pattern in enumerate(patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise doc.invalid("patterns", f"holds an invalid regular expression (entry {index + 1})",
                              table="allow", hint="fix or remove that pattern") from exc

    deny_raw = data.get("deny", {})
    if not isinstance(deny_raw, dict):
        raise doc.error("[deny] must be a table", key="deny",
                        hint="write it as a table: <ENTITY TYPE> = [terms]")
    deny: dict[str, tuple[str, ...]] = {}
    for name, values in deny_raw.items():
        if name not in ENTITY_TYPES:
            raise doc.unknown_value("entity", name, ENTITY_TYPES, key=name, table="deny")
        deny[name] = _strings(doc, name, values, "deny")

    return RedactionPolicy(
        version=version,
        language=language,
        threshold=threshold,
        review_floor=review_floor,
        entities=MappingProxyType(entities),
        allow_terms=frozenset(normalise_term(t) for t in terms),
        allow_patterns=patterns,
        allow_phrases=phrases,
        deny=MappingProxyType(deny),
        source=doc.source,
        sha256=doc.sha256 if doc.raw else "",
    )


def load_redaction_policy(path: Path | str) -> RedactionPolicy:
    """Read and validate a redaction policy file.

    :param path: a ``redaction.toml``.
    :raises PolicyError: the file is missing, unreadable, not TOML, or invalid (naming the
        file, the line and the key).
    """
    return _parse(read_policy(Path(path), what=_WHAT,
                              missing_hint="pass --policy with an existing redaction.toml"))


def default_policy_path() -> Path:
    """The packaged default policy.

    The canonical file is ``policies/redaction.toml`` at the repository root (a new vault copies
    it). An installed wheel carries a copy as package data under
    ``vault/default_policies/redaction.toml``; the first of the two that exists wins.

    :raises PolicyError: neither exists (a broken installation).
    """
    package_dir = Path(__file__).resolve().parent.parent  # .../vault
    candidates = (package_dir.parent / "policies" / "redaction.toml",
                  package_dir / "default_policies" / "redaction.toml")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise PolicyError("default redaction policy not found (policies/redaction.toml)",
                      hint="reinstall vault, or pass --policy FILE")


def default_redaction_policy() -> RedactionPolicy:
    """Load the packaged default redaction policy.

    :raises PolicyError: the packaged file is missing or invalid.
    """
    return load_redaction_policy(default_policy_path())
