"""What the review workbench's forms do: each one library call of :mod:`vault.anonymise.review`,
the same calls (so the same records and audit entries) as the terminal's ``vault review``.

    decide_span(vault, raw_id, "r3", "accept", every=False, label=None)
    decide_span(vault, raw_id, "r4", "relabel", every=True, label="type:LOCATION")
    decide_span(vault, raw_id, "r5", "relabel", every=False, label="participant:P07")
    add_terms(vault, "deny", "PERSON", "Bev, Bevan")

Form values are untrusted: actions and list names are closed sets, entity types come from the
vault's redaction policy and participants from the current codes. The messages returned are
counts and ids only — they are shown on the page, and may end up anywhere a page does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault.anonymise.review import (
    DecideResult,
    Decision,
    Scope,
    add_to_allow_list,
    add_to_deny_list,
    decide,
    relabel,
)
from vault.anonymise.stored_transcripts import load_vault_policy
from vault.codes.epochs import current_codes
from vault.errors import InputError

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["Choices", "add_terms", "choices", "decide_span"]

#: words of one form: split on commas and line breaks ("Bev, Bevan")
_SEPARATORS = re.compile(r"[,\n\r]+")
_ACTIONS = {"accept": Decision.ACCEPT, "reject": Decision.REJECT}


@dataclass(frozen=True)
class Choices:
    """What a span can be relabelled as: the policy's entity types and the participants'
    current codes."""

    entity_types: tuple[str, ...]
    participant_codes: tuple[str, ...]


def choices(vault: Vault) -> Choices:
    """The relabel and term-list choices of this vault.

    :raises PolicyError: the vault's redaction policy is missing or invalid.
    """
    return Choices(tuple(sorted(load_vault_policy(vault).entities)),
                   tuple(sorted(current_codes(vault).values())))


def _summary(result: DecideResult, verb: str, every: bool) -> str:
    message = f"span {verb}"
    if result.terms is not None:
        message += (f"; every occurrence in the study: {len(result.terms.stale)} "
                    "transcript(s) now stale — run `vault anonymise run --stale`")
    elif every:
        message += "; every occurrence in the study"
    return message


def decide_span(vault: Vault, raw_id: str, span_id: str, action: str, *, every: bool,
                label: str | None) -> str:
    """Accept, reject or relabel one pending span; ``every``: the same for every occurrence
    of its text across the study (the study's deny or allow list).

    :param label: for ``relabel``: ``type:ENTITY`` or ``participant:CODE``.
    :returns: what was done (no text, no identifiers).
    :raises InputError: an unknown action, label or span; a participant study-wide.
    :raises ParticipantError: no participant has that code now.
    :raises StoreError: unknown transcript, or a log that does not match its transcript.
    """
    scope = Scope.STUDY if every else Scope.SPAN
    if not raw_id or not span_id:
        raise InputError("no span chosen", hint="pick a span on the right")
    if action in _ACTIONS:
        result = decide(vault, (raw_id, span_id), _ACTIONS[action], scope=scope)
        return _summary(result, "redacted" if action == "accept" else "kept", every)
    if action != "relabel":
        raise InputError("unknown decision", hint="accept, reject or relabel")
    kind, _, value = (label or "").partition(":")
    if kind == "type":
        result = relabel(vault, (raw_id, span_id), entity_type=value, scope=scope)
        return _summary(result, f"redacted as {value}", every)
    if kind == "participant":
        result = relabel(vault, (raw_id, span_id), participant=value, scope=scope)
        return _summary(result, f"redacted as participant {value}", every)
    raise InputError("no label chosen for the relabel", hint="pick a type or a participant")


def add_terms(vault: Vault, list_name: str, entity_type: str, words: str) -> tuple[str, int]:
    """Add words (comma- or line-separated) to the study's deny list as ``entity_type``, or
    to its allow list; the transcripts redacted before are then stale.

    :returns: what was done (counts only) and how many terms were new.
    :raises InputError: an unknown list or entity type, no words, or a word too long.
    """
    terms = [t.strip() for t in _SEPARATORS.split(words) if t.strip()]
    if not terms:
        raise InputError("no words to add", hint="select words in the transcript, or type them")
    if list_name == "deny":
        change = add_to_deny_list(vault, entity_type, terms)
        where = f"deny-list as {entity_type}"
    elif list_name == "allow":
        change = add_to_allow_list(vault, terms)
        where = "allow-list"
    else:
        raise InputError("unknown term list", hint="deny or allow")
    message = (f"{change.added} new term(s) on the study's {where}; {len(change.stale)} "
               "transcript(s) now stale — run `vault anonymise run --stale`")
    return message, change.added
