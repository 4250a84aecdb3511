"""The study's own deny and allow lists: terms a review decided for every occurrence.

A review decision with :attr:`~vault.anonymise.decisions.Scope.STUDY` ("the same for every
occurrence of this text across the study") adds the span's text to the study's **deny list**
(accepted: always redact it, as its entity type) or **allow list** (rejected: never redact
it). Those terms are names and the like, so they are not written into the plaintext
``policies/redaction.toml``: they are sealed (age-encrypted to the register key, as the
participant register is, :mod:`vault.sealed`) in the catalog's ``redaction_terms`` row, with a
**revision** that grows with every change::

    change = add_deny_terms(vault, "PERSON", ["Bev"])       # audited; counts only
    change.revision, change.added                           # 3, 1
    add_allow_terms(vault, ["Kestrel Partners"])
    terms = load_study_terms(vault)                          # custodians: StudyTerms
    policy = with_study_terms(load_redaction_policy(path), terms)

``vault.anonymise.review.add_to_deny_list`` / ``add_to_allow_list`` (the workbench's calls) wrap
these and also name the transcripts the change made stale.

The effective redaction policy of a vault is ``policies/redaction.toml`` with these lists
merged in (:func:`vault.anonymise.stored_transcripts.load_vault_policy`); every redacted
transcript records the policy file's SHA-256 *and* the terms revision it was made with, so a
change to either makes the transcripts made before it **stale**: ``vault release`` refuses them
until ``vault anonymise run --stale`` re-redacts them (replaying every review decision).

A change is one ``redaction-terms`` operation of the write path (fault points ``journaled`` and
``committed``): the sealed row and the ``redaction.terms`` audit entry (entity types, counts and
the new revision — never a term) commit in one transaction.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from vault.anonymise.redaction_policy import ENTITY_TYPES, normalise_term
from vault.clock import utc_now
from vault.errors import InputError, StoreError
from vault.faults import declare_points
from vault.sealed import seal, unseal
from vault.store import recovers
from vault.write_path import COMMIT_STEPS, begin

if TYPE_CHECKING:
    import sqlite3

    from vault.anonymise.redaction_policy import RedactionPolicy
    from vault.keys import Custody
    from vault.store import Vault

__all__ = ["POINTS", "StudyTerms", "TermsChange", "add_allow_terms", "add_deny_terms",
           "load_study_terms", "recover_terms", "remove_terms", "reveal_study_terms",
           "terms_revision", "with_study_terms"]

#: the fault points of changing the study's term lists (see :mod:`vault.faults`)
POINTS = declare_points("redaction-terms", {
    "journaled": COMMIT_STEPS["journaled"],
    "committed": "the sealed term lists, their new revision and the redaction.terms audit "
                 "entry are committed",
})
_MAX_TERM = 200


@dataclass(frozen=True)
class StudyTerms:
    """The study's deny and allow lists (identifying: never print or log the terms)."""

    revision: int = 0
    #: entity type -> terms always redacted as that type
    deny: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    #: terms never redacted
    allow: tuple[str, ...] = field(default=(), repr=False)

    def to_json(self) -> dict[str, Any]:
        return {"deny": {k: list(v) for k, v in sorted(self.deny.items())},
                "allow": list(self.allow)}


@dataclass(frozen=True)
class TermsChange:
    """What a change to the term lists did (counts and ids only)."""

    revision: int
    #: terms actually added (those already listed are not counted)
    added: int
    #: raw transcript ids whose current redaction is now stale (re-redact with ``--stale``)
    stale: tuple[str, ...] = ()
    #: terms taken off the lists (:func:`remove_terms`)
    removed: int = 0


def terms_revision(vault: Vault) -> int:
    """The current revision of the study's term lists (0: none yet). Needs no custody."""
    row = vault.db.execute("SELECT revision FROM redaction_terms WHERE id = 1").fetchone()
    return int(row["revision"]) if row is not None else 0


def _read(db: sqlite3.Connection, custody: Custody) -> StudyTerms:
    row = db.execute("SELECT key_id, revision, terms FROM redaction_terms WHERE id = 1"
                     ).fetchone()
    if row is None:
        return StudyTerms()
    doc = unseal(custody, row["key_id"], row["terms"])
    try:
        deny = {str(k): tuple(str(t) for t in v) for k, v in dict(doc["deny"]).items()}
        allow = tuple(str(t) for t in doc["allow"])
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError("the study's term lists are not readable",
                         hint="upgrade vault") from exc
    return StudyTerms(int(row["revision"]), MappingProxyType(deny), allow)


def load_study_terms(vault: Vault, custody: Custody | None = None) -> StudyTerms:
    """The study's term lists (custodians: they are sealed).

    :raises CustodyError: no custodian to open them.
    """
    return _read(vault.db, custody or vault.custody())


def reveal_study_terms(vault: Vault) -> StudyTerms:
    """:func:`load_study_terms` for showing the terms to a person (``vault anonymise terms
    show --reveal``): audited as ``redaction.terms-reveal`` (counts only), like ``participant
    list --reveal``.

    :raises CustodyError: no custodian to open them.
    """
    custody = vault.custody()
    with vault.write() as tx:
        terms = _read(tx, custody)
        vault.audit.append(tx, action="redaction.terms-reveal", outcome="ok",
                           details={"revision": terms.revision,
                                    "deny": {k: len(v) for k, v in sorted(terms.deny.items())},
                                    "allow": len(terms.allow)})
    return terms


def with_study_terms(policy: RedactionPolicy, terms: StudyTerms) -> RedactionPolicy:
    """``policy`` with the study's deny and allow lists merged in, carrying their revision."""
    if not terms.revision:
        return policy
    deny = {k: tuple(v) for k, v in policy.deny.items()}
    for entity, extra in terms.deny.items():
        deny[entity] = tuple(dict.fromkeys([*deny.get(entity, ()), *extra]))
    return replace(policy, deny=MappingProxyType(deny),
                   allow_terms=policy.allow_terms | {normalise_term(t) for t in terms.allow},
                   terms_revision=terms.revision)


def _clean(terms: Iterable[str]) -> list[str]:
    out = []
    for term in terms:
        value = " ".join(str(term).split())
        if not value:
            raise InputError("an empty term cannot be listed", hint="give the text to list")
        if len(value) > _MAX_TERM:
            raise InputError(f"a term is longer than {_MAX_TERM} characters",
                             hint="list the name itself, not a passage")
        out.append(value)
    if not out:
        raise InputError("no terms given", hint="give at least one term")
    return out


def add_deny_terms(vault: Vault, entity_type: str, terms: Iterable[str]) -> TermsChange:
    """Always redact ``terms``, as ``entity_type``, in every transcript of the study.

    :raises InputError: an unknown entity type, or an empty or over-long term.
    :raises CustodyError: no custodian to open the sealed lists.
    """
    if entity_type not in ENTITY_TYPES:
        raise InputError(f"unknown entity type {entity_type!r}",
                         hint=f"use one of: {', '.join(ENTITY_TYPES)}")
    return _change(vault, deny={entity_type: _clean(terms)})


def add_allow_terms(vault: Vault, terms: Iterable[str]) -> TermsChange:
    """Never redact ``terms`` (matched against a whole detected span, case-insensitively) in
    any transcript of the study.

    :raises InputError: an empty or over-long term.
    :raises CustodyError: no custodian to open the sealed lists.
    """
    return _change(vault, allow=_clean(terms))


def remove_terms(vault: Vault, terms: Iterable[str]) -> TermsChange:
    """Take ``terms`` off both lists (every entity type of the deny list, and the allow list;
    compared as the allow list compares: case and spacing ignored). Removing a term that is
    not listed is not an error; the revision grows only when something was removed.

    :raises InputError: an empty or over-long term.
    :raises CustodyError: no custodian to open the sealed lists.
    """
    return _change(vault, remove=_clean(terms))


def _change(vault: Vault, *, deny: Mapping[str, list[str]] | None = None,
            allow: list[str] | None = None, remove: list[str] | None = None) -> TermsChange:
    custody = vault.custody()
    outcome: dict[str, int] = {}
    if remove is not None:
        current = _read(vault.db, custody)
        gone = {normalise_term(t) for t in remove}
        if not any(normalise_term(t) in gone
                   for t in (*current.allow, *(t for v in current.deny.values() for t in v))):
            return TermsChange(current.revision, 0)  # nothing listed: no new revision
    with begin(vault, POINTS, {"deny": sorted(deny or {}), "allow": bool(allow),
                               "remove": bool(remove)}) as op:
        def apply(tx: sqlite3.Connection) -> Mapping[str, Any]:
            current = _read(tx, custody)
            dropped = {normalise_term(t) for t in remove or ()}
            removed = 0
            new_deny: dict[str, list[str]] = {}
            for entity, listed_terms in current.deny.items():
                kept = [t for t in listed_terms if normalise_term(t) not in dropped]
                removed += len(listed_terms) - len(kept)
                if kept:
                    new_deny[entity] = kept
            kept_allow = [t for t in current.allow if normalise_term(t) not in dropped]
            removed += len(current.allow) - len(kept_allow)
            current = replace(current, allow=tuple(kept_allow))
            added: dict[str, int] = {}
            for entity, terms in (deny or {}).items():
                listed = new_deny.setdefault(entity, [])
                for term in terms:
                    if term not in listed:
                        listed.append(term)
                        added[entity] = added.get(entity, 0) + 1
            known = {normalise_term(t) for t in current.allow}
            new_allow = list(current.allow)
            allowed = 0
            for term in allow or ():
                if normalise_term(term) not in known:
                    known.add(normalise_term(term))
                    new_allow.append(term)
                    allowed += 1
            revision = current.revision + 1
            key_id, blob = seal(vault, tx, {"version": 1, "deny": new_deny, "allow": new_allow})
            tx.execute("INSERT INTO redaction_terms(id, key_id, revision, terms, updated) "
                       "VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                       "key_id = excluded.key_id, revision = excluded.revision, "
                       "terms = excluded.terms, updated = excluded.updated",
                       (key_id, revision, blob, utc_now()))
            outcome.update(revision=revision, added=sum(added.values()) + allowed,
                           removed=removed)
            return {"revision": revision, "deny_added": dict(sorted(added.items())),
                    "allow_added": allowed, "removed": removed}

        op.commit(action="redaction.terms", items=[], details={}, apply=apply)
    return TermsChange(outcome["revision"], outcome["added"], removed=outcome["removed"])


@recovers(POINTS.op)
def recover_terms(vault: Vault, payload: dict[str, Any]) -> None:
    """Settle function of ``redaction-terms``: its one transaction either committed or not;
    nothing is left to complete or roll back."""
    return
