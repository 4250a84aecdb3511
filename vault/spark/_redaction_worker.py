"""What runs inside Spark's Python workers for redaction: the analyser, built once per worker.

The driver never pickles an :class:`~vault.anonymise.engine.Anonymiser` (a spaCy pipeline,
Presidio's registry, compiled gazetteers: hundreds of megabytes, and not meant to be
pickled). It broadcasts the redaction policy as plain data (:func:`policy_state`) and the
participant register; each Python worker builds its own analyser from them on the first
partition it runs and keeps it in this module (:func:`analyser`). Spark reuses a Python worker
for task after task (``spark.python.worker.reuse``, on by default), so an executor core builds
one analyser however many partitions it redacts — and none for a later run with the same
policy. The spaCy model and the word lists are cached per process by the modules that load
them, and the register's recognizer is cached by the analyser per register.

Each file is redacted by :func:`vault.anonymise.formats.redact_source`, the function the
local engine calls, so a file's output does not depend on the worker that ran it.

A file that cannot be parsed comes back as a :class:`~vault.anonymise.formats.FailedFile`
(its message names the file, never its content); any other exception comes back as a
:class:`Crashed` naming only the exception's class, so no traceback holding text reaches
Spark's logs.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any

from vault.anonymise.formats import FailedFile, RedactedFile, SourceFile, redact_source
from vault.anonymise.redaction_policy import EntityRule, Operator, RedactionPolicy
from vault.errors import VaultError

__all__ = ["BuildFailed", "Crashed", "PartitionReport", "analyser", "builds", "policy_from_state",
           "policy_key", "policy_state", "redact_partition"]


@dataclass(frozen=True)
class Crashed:
    """A file whose redaction raised an unexpected exception (a bug, not bad input)."""

    index: int
    #: the exception's class name only: its message could quote the transcript
    error: str


@dataclass(frozen=True)
class BuildFailed:
    """The analyser could not be built on this worker (e.g. no spaCy model installed)."""

    #: the :class:`~vault.errors.VaultError`'s message (names a model or policy, no data)
    message: str


@dataclass(frozen=True)
class PartitionReport:
    """The last record of every partition: which worker ran it and whether it built the
    analyser (the driver counts workers and builds)."""

    pid: int
    built: bool
    files: int


#: the policy's fields that are not plain scalars, converted one by one below
_STRUCTURED = frozenset({"entities", "allow_terms", "allow_patterns", "allow_phrases", "deny"})


def policy_state(policy: RedactionPolicy) -> dict[str, Any]:
    """The policy as plain, picklable, JSON-able data (a policy holds read-only mappings that
    ``pickle`` refuses). Every scalar field travels as it is (``source``, ``sha256``, …), so a
    field added to :class:`RedactionPolicy` travels too; a new structured field raises
    :class:`TypeError` here until it is converted."""
    state: dict[str, Any] = {
        "entities": {name: {"operator": rule.operator.value, "placeholder": rule.placeholder,
                            "label": rule.label} for name, rule in policy.entities.items()},
        "allow_terms": sorted(policy.allow_terms),
        "allow_patterns": list(policy.allow_patterns),
        "allow_phrases": list(policy.allow_phrases),
        "deny": {entity: list(terms) for entity, terms in policy.deny.items()},
    }
    for f in fields(policy):
        if f.name in _STRUCTURED:
            continue
        value = getattr(policy, f.name)
        if not isinstance(value, str | int | float | bool):
            raise TypeError(f"RedactionPolicy.{f.name} has no plain form for Spark workers")
        state[f.name] = value
    return state


def policy_from_state(state: Mapping[str, Any]) -> RedactionPolicy:
    """The policy :func:`policy_state` described (equal to the original)."""
    scalars = {name: value for name, value in state.items() if name not in _STRUCTURED}
    return RedactionPolicy(
        entities=MappingProxyType({
            name: EntityRule(name, Operator(rule["operator"]), rule["placeholder"], rule["label"])
            for name, rule in state["entities"].items()}),
        allow_terms=frozenset(state["allow_terms"]),
        allow_patterns=tuple(state["allow_patterns"]),
        allow_phrases=tuple(state["allow_phrases"]),
        deny=MappingProxyType({entity: tuple(terms) for entity, terms in state["deny"].items()}),
        **scalars,
    )


def policy_key(state: Mapping[str, Any]) -> str:
    """A digest of a policy state: workers keep their analyser while the key is the same."""
    canonical = json.dumps(state, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_LOCK = threading.Lock()
#: (policy key, analyser) of the last policy this process redacted with
_CACHED: tuple[str, Any] | None = None
_BUILDS = 0


def builds() -> int:
    """How many analysers this process has built."""
    return _BUILDS


def analyser(key: str, state: Mapping[str, Any]) -> tuple[Any, bool]:
    """This process's analyser for the policy ``key``; built on first use (then True).

    One analyser is kept: a run with another policy replaces it (the spaCy model, cached by
    :func:`vault.anonymise.engine.load_spacy_model`, is not reloaded).
    """
    global _CACHED, _BUILDS
    with _LOCK:
        if _CACHED is not None and _CACHED[0] == key:
            return _CACHED[1], False
        # lazy: the engine loads Presidio and spaCy (only on executors, once per worker)
        from vault.anonymise.engine import Anonymiser

        engine = Anonymiser(policy_from_state(state))
        _CACHED = (key, engine)
        _BUILDS += 1
        return engine, True


def redact_partition(groups: Iterable[list[SourceFile]], *, policy: Any, key: str,
                     register: Any) -> Iterator[RedactedFile | FailedFile | Crashed |
                                                BuildFailed | PartitionReport]:
    """Redact one partition (a list of groups of sources), then report on the partition.

    :param policy: a Spark broadcast of :func:`policy_state` (or the state itself).
    :param key: :func:`policy_key` of that state.
    :param register: a Spark broadcast of the register (or the register, or None).
    """
    state = getattr(policy, "value", policy)
    participants = getattr(register, "value", register)
    try:
        engine, built = analyser(key, state)
    except VaultError as exc:
        yield BuildFailed(exc.message)
        return
    files = 0
    for group in groups:
        for source in group:
            files += 1
            try:
                yield redact_source(source, engine, register=participants)
            except VaultError as exc:
                yield FailedFile(source.index, exc.message)
            except Exception as exc:  # noqa: BLE001 -- reported by class name, see Crashed
                yield Crashed(source.index, type(exc).__name__)
    yield PartitionReport(os.getpid(), built, files)
