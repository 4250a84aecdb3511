"""The redaction policy: which entities are detected, how sure we must be, what replaces them.

A policy is data (``policies/redaction.toml``) loaded once into frozen dataclasses and handed to
:class:`vault.anonymise.engine.Anonymiser`::

    policy = load_redaction_policy(Path("policies/redaction.toml"))
    anonymiser = Anonymiser(policy)

Loading fails closed: a missing or unreadable file, a TOML syntax error, an unknown key, an
unknown entity or operator, or a threshold out of range raises :class:`vault.errors.PolicyError`
naming the file and the key. There is no silent fallback to the defaults; callers that want the
packaged defaults ask for them with :func:`default_redaction_policy`.
"""
from __future__ import annotations

import enum
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from vault.errors import PolicyError

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
    #: entity type -> extra terms always detected
    deny: Mapping[str, tuple[str, ...]]
    #: where the policy came from (for messages and the redaction log)
    source: str = "<memory>"

    def rule(self, entity: str) -> EntityRule:
        """The rule for ``entity``.

        :raises PolicyError: the policy does not handle this entity type.
        """
        try:
            return self.entities[entity]
        except KeyError:
            raise PolicyError(f"{self.source}: no rule for entity {entity!r}") from None


_TOP_KEYS = {"version", "language", "threshold", "review_floor", "entities", "allow", "deny",
             "audio"}
_RULE_KEYS = {"operator", "placeholder", "label"}
_ALLOW_KEYS = {"terms", "patterns"}


def normalise_term(term: str) -> str:
    """Normalise a span or allow-list term for comparison: casefold, drop "the"/possessive."""
    value = " ".join(term.replace("\u2019", "'").split()).casefold()
    value = value.removeprefix("the ")
    value = value.removesuffix("'s")
    return value.strip(" .,;:!?\"'()[]")


def _fail(source: str, key: str, what: str) -> PolicyError:
    return PolicyError(f"{source}: {key}: {what}")


def _number(source: str, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(source, key, "must be a number between 0 and 1")
    if not 0.0 <= float(value) <= 1.0:
        raise _fail(source, key, "must be between 0 and 1")
    return float(value)


def _strings(source: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(source, key, "must be a list of non-empty strings")
    return tuple(value)


def parse_redaction_policy(data: Mapping[str, Any], *, source: str = "<memory>") -> RedactionPolicy:
    """Validate an already-parsed policy mapping into a :class:`RedactionPolicy`.

    :param data: the TOML document as a mapping.
    :param source: file name used in error messages.
    :raises PolicyError: unknown key, missing key or invalid value (names ``source`` and key).
    """
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _fail(source, unknown[0], "unknown key")
    for key in ("version", "threshold", "review_floor", "entities"):
        if key not in data:
            raise _fail(source, key, "missing")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version not in SUPPORTED_VERSIONS:
        raise _fail(source, "version", f"unsupported (this vault reads {sorted(SUPPORTED_VERSIONS)})")
    if "audio" in data:  # audio redaction settings: validated here too, so typos surface
        from vault.anonymise.audio.policy import parse_audio_policy

        parse_audio_policy(data["audio"], source=source)
    language = data.get("language", "en")
    if language != "en":
        raise _fail(source, "language", "only 'en' is supported")
    threshold = _number(source, "threshold", data["threshold"])
    review_floor = _number(source, "review_floor", data["review_floor"])
    if review_floor > threshold:
        raise _fail(source, "review_floor", "must not exceed threshold")

    raw_entities = data["entities"]
    if not isinstance(raw_entities, dict) or not raw_entities:
        raise _fail(source, "entities", "must be a non-empty table")
    entities: dict[str, EntityRule] = {}
    for name, raw in raw_entities.items():
        key = f"entities.{name}"
        if name not in ENTITY_TYPES:
            raise _fail(source, key, f"unknown entity (known: {', '.join(ENTITY_TYPES)})")
        if not isinstance(raw, dict):
            raise _fail(source, key, "must be a table")
        bad = sorted(set(raw) - _RULE_KEYS)
        if bad:
            raise _fail(source, f"{key}.{bad[0]}", "unknown key")
        if "operator" not in raw:
            raise _fail(source, f"{key}.operator", "missing")
        try:
            operator = Operator(raw["operator"])
        except ValueError:
            raise _fail(source, f"{key}.operator",
                        f"unknown operator (known: {', '.join(o.value for o in Operator)})") from None
        placeholder = raw.get("placeholder", f"[{name.replace('_', ' ')}]")
        label = raw.get("label", name.title())
        for sub, value in (("placeholder", placeholder), ("label", label)):
            if not isinstance(value, str) or not value.strip():
                raise _fail(source, f"{key}.{sub}", "must be a non-empty string")
        if operator is Operator.REPLACE and "placeholder" not in raw:
            raise _fail(source, f"{key}.placeholder", "missing (required by operator 'replace')")
        entities[name] = EntityRule(name, operator, placeholder, label)

    allow = data.get("allow", {})
    if not isinstance(allow, dict):
        raise _fail(source, "allow", "must be a table")
    bad = sorted(set(allow) - _ALLOW_KEYS)
    if bad:
        raise _fail(source, f"allow.{bad[0]}", "unknown key")
    terms = _strings(source, "allow.terms", allow.get("terms", []))
    patterns = _strings(source, "allow.patterns", allow.get("patterns", []))
    for index, pattern in enumerate(patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _fail(source, f"allow.patterns[{index}]", "not a valid regular expression") from exc

    deny_raw = data.get("deny", {})
    if not isinstance(deny_raw, dict):
        raise _fail(source, "deny", "must be a table")
    deny: dict[str, tuple[str, ...]] = {}
    for name, values in deny_raw.items():
        if name not in ENTITY_TYPES:
            raise _fail(source, f"deny.{name}", "unknown entity")
        deny[name] = _strings(source, f"deny.{name}", values)

    return RedactionPolicy(
        version=version,
        language=language,
        threshold=threshold,
        review_floor=review_floor,
        entities=MappingProxyType(entities),
        allow_terms=frozenset(normalise_term(t) for t in terms),
        allow_patterns=patterns,
        deny=MappingProxyType(deny),
        source=source,
    )


def load_redaction_policy(path: Path | str) -> RedactionPolicy:
    """Read and validate a redaction policy file.

    :param path: a ``redaction.toml``.
    :raises PolicyError: the file is missing, unreadable, not TOML, or invalid.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read policy file ({exc.strerror or type(exc).__name__})",
                          hint="pass --policy with an existing redaction.toml") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{path}: not valid TOML ({exc})") from exc
    return parse_redaction_policy(data, source=str(path))


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
