"""Review decisions that survive re-runs: what a custodian decided about a low-confidence span,
keyed by something a re-run finds again.

A span the engine scored between the policy's ``review_floor`` and ``threshold`` waits for a
decision: :attr:`Decision.ACCEPT` (redact it) or :attr:`Decision.REJECT` (keep the text). A
decision is remembered under the span's **decision key**, never under its offsets::

    keys = SpanKeys(custody.hashing_secret(), raw_id, doc.segments)
    key = keys.key(segment_index, start, end)    # "9c1f…e07a.0"

The key is a keyed hash (HMAC-SHA256 under the vault's hashing secret, truncated to 128 bits)
of the raw transcript's id, the span's text (NFKC, casefolded, whitespace collapsed) and up to
:data:`CONTEXT_WORDS` words on each side of it (normalised alike), followed by the span's
*occurrence index*: how many earlier places in the same transcript hold the same text in the
same context. It is computed on the raw transcript's text, so it is the same whatever the policy
or register the transcript is redacted with: a re-run after a deny-list or register change finds
each earlier span again (same words, same neighbours) and replays its decision, and only spans
it has not seen go to review. A span whose boundaries or neighbours changed is a new span.

Keys hold no text (a keyed hash: nobody without the vault's secret can test a guess), yet they
are kept only inside the encrypted redaction log (``decisions``: key → status), which carries
every decision ever made for the transcript from one redaction to the next — also decisions
about spans the current policy no longer flags, so that going back to an earlier policy replays
them too.

A span can also be **relabelled** (:class:`Relabel`): accepted as another entity type than the
engine guessed ("this is a place") or as a participant ("this is participant P07"); the log
records the decision as ``relabelled:type:<TYPE>`` / ``relabelled:participant:<marker>`` (a
marker is an internal id, never a code or a name) and a re-run replays it as such.

A decision has a :class:`Scope`: :attr:`Scope.SPAN` decides this span (this occurrence, in this
transcript); :attr:`Scope.STUDY` decides the same for every occurrence of this text across the
study — the span's text is added to the study's encrypted deny list (accept) or allow list
(reject) (:mod:`vault.anonymise.study_terms`), which changes the effective redaction policy and
so makes every transcript redacted before it stale (``vault anonymise run --stale``).

:func:`redact_accepted` applies accepted spans to a segment's redaction (the same rewrite the
engine does), used by ``vault review``, by a re-run replaying decisions, and by ``vault
anonymise text`` deciding uncertain spans outside a vault.
"""
from __future__ import annotations

import enum
import hashlib
import hmac
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vault.anonymise.redaction_policy import ENTITY_TYPES, Operator
from vault.errors import InputError
from vault.markers import participant_token

if TYPE_CHECKING:
    from vault.anonymise.engine import Redaction
    from vault.anonymise.pseudonyms import PseudonymBook
    from vault.anonymise.redaction_policy import RedactionPolicy

__all__ = ["CONTEXT_WORDS", "Decision", "Relabel", "Scope", "SpanKeys", "accepted_replacement",
           "decision_value", "line_pieces", "normalise_span_text", "redact_accepted",
           "with_replacements"]

#: words of context on each side of a span that go into its decision key
CONTEXT_WORDS = 3
_DOMAIN = b"vault-review-decision-v1\x00"
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
_LINE = re.compile(r"[^\r\n]+")


class Decision(enum.Enum):
    """What the custodian decided for one span."""

    #: redact it, as if it had scored above the threshold
    ACCEPT = "accepted"
    #: keep the original text
    REJECT = "rejected"


_RELABEL = "relabelled:"


@dataclass(frozen=True)
class Relabel:
    """Accept a span as something other than what the engine guessed: another entity type
    (``Relabel(entity_type="LOCATION")``) or a participant (``Relabel(participant_marker=m)``,
    the participant's internal marker; :func:`vault.codes.epochs.resolve_code` turns a code
    into one). Exactly one of the two.

    :raises InputError: neither or both, or an unknown entity type.
    """

    entity_type: str | None = None
    participant_marker: str | None = None

    def __post_init__(self) -> None:
        if (self.entity_type is None) == (self.participant_marker is None):
            raise InputError("a relabel names either an entity type or a participant",
                             hint="pass entity_type= or participant_marker=, not both")
        if self.entity_type is not None and self.entity_type not in ENTITY_TYPES:
            raise InputError(f"unknown entity type {self.entity_type!r}",
                             hint=f"one of: {', '.join(ENTITY_TYPES)}")
        if self.participant_marker is not None:
            try:
                participant_token(self.participant_marker)
            except ValueError as exc:
                raise InputError("not a participant marker",
                                 hint="resolve a participant code first "
                                      "(vault.codes.epochs.resolve_code)") from exc

    @property
    def value(self) -> str:
        """How the redaction log records it (no text, no code)."""
        if self.participant_marker is not None:
            return f"{_RELABEL}participant:{self.participant_marker}"
        return f"{_RELABEL}type:{self.entity_type}"

    @classmethod
    def from_value(cls, value: str) -> Relabel | None:
        """The relabel a log's decision value records, or None (``accepted``/``rejected``)."""
        if not value.startswith(_RELABEL):
            return None
        kind, _, what = value[len(_RELABEL):].partition(":")
        if kind == "participant":
            return cls(participant_marker=what)
        return cls(entity_type=what)

    def overrides(self, span: Mapping[str, Any]) -> dict[str, Any]:
        """The fields of a review record that the relabel changes."""
        out: dict[str, Any] = {"relabelled_from": span.get("relabelled_from")
                               or str(span["entity_type"])}
        if self.participant_marker is not None:
            out.update(entity_type="PERSON", participant_marker=self.participant_marker)
        else:
            out.update(entity_type=self.entity_type, participant_marker=None)
        return out


def decision_value(decision: Decision | Relabel) -> str:
    """What the redaction log's ``decisions`` records for a decision."""
    return decision.value


class Scope(enum.Enum):
    """How far a decision reaches."""

    #: this span: this occurrence in this transcript (replayed by every re-run)
    SPAN = "span"
    #: this text everywhere in the study: the study's deny list (accept) or allow list (reject)
    STUDY = "study"


def normalise_span_text(text: str) -> str:
    """NFKC, casefolded, straight apostrophes, whitespace runs made one space."""
    value = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    return " ".join(value.split()).casefold()


def _context(segment: str, start: int, end: int) -> tuple[str, str]:
    before = _WORD.findall(segment, max(0, start - 200), start)[-CONTEXT_WORDS:]
    after = _WORD.findall(segment, end, end + 200)[:CONTEXT_WORDS]
    return (normalise_span_text(" ".join(before)), normalise_span_text(" ".join(after)))


class SpanKeys:
    """Decision keys for the spans of one transcript (see the module docstring).

    :param secret: the vault's hashing secret (``custody.hashing_secret()``); outside a vault
        any per-run secret.
    :param transcript: the raw transcript's item id (stable across redactions).
    :param segments: the text the spans' offsets refer to (the raw transcript's segments).
    """

    def __init__(self, secret: bytes, transcript: str, segments: Sequence[str]) -> None:
        self._secret = secret
        self._transcript = transcript
        self._segments = segments

    def _fingerprint(self, segment: str, start: int, end: int) -> str:
        before, after = _context(segment, start, end)
        message = b"\x00".join(part.encode("utf-8") for part in (
            self._transcript, normalise_span_text(segment[start:end]), before, after))
        return hmac.new(self._secret, _DOMAIN + message, hashlib.sha256).hexdigest()[:32]

    def key(self, segment_index: int, start: int, end: int) -> str:
        """The decision key of the span ``[start, end)`` of segment ``segment_index``.

        :raises IndexError: no such segment.
        """
        segment = self._segments[segment_index]
        text = segment[start:end]
        fingerprint = self._fingerprint(segment, start, end)
        earlier = 0
        if text.strip():
            for index in range(segment_index + 1):
                other = self._segments[index]
                limit = start if index == segment_index else len(other)
                at = other.find(text)
                while at != -1 and at < limit:
                    if self._fingerprint(other, at, at + len(text)) == fingerprint:
                        earlier += 1
                    at = other.find(text, at + 1)
        return f"{fingerprint}.{earlier}"


def line_pieces(text: str, start: int) -> list[tuple[int, int]]:
    """A span's non-blank parts per line, offsets from ``start`` (a replacement never
    swallows a line break)."""
    out = []
    for match in _LINE.finditer(text):
        piece = match.group()
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            out.append((start + match.start() + lead, start + match.end() - trail))
    return out


def accepted_replacement(span: Mapping[str, Any], policy: RedactionPolicy,
                         book: PseudonymBook, relabel: Relabel | None = None) -> str:
    """What an accepted span becomes: its participant's marker, its placeholder, or — a person
    who is not a participant — a label from the participant's pseudonym book, assigned now.

    :param span: ``entity_type``, ``replacement``, ``text`` and, for register hits,
        ``participant_marker``/``detector`` (a redaction log's review record, or the same keys).
    :param relabel: accept it as this type or participant instead.
    """
    if relabel is not None:
        if relabel.participant_marker is not None:
            return participant_token(relabel.participant_marker)
        entity = str(relabel.entity_type)
        rule = policy.entities.get(entity)
        if rule is None:
            return f"[{entity.replace('_', ' ')}]"
        if rule.operator is Operator.PSEUDONYMISE:
            return book.label_for(str(span["text"]), rule.label, assign=True)
        return rule.placeholder
    stored = str(span["replacement"])
    rule = policy.entities.get(str(span["entity_type"]))
    if (span.get("participant_marker") or span.get("detector") == "register"
            or rule is None or rule.operator is not Operator.PSEUDONYMISE):
        return stored
    return book.label_for(str(span["text"]), rule.label, assign=True)


def redact_accepted(segment: str, redaction: Redaction,
                    accepted: Mapping[int, str]) -> Redaction:
    """``redaction`` of ``segment`` with more of its review items redacted.

    :param accepted: index into ``redaction.review`` → the replacement that item gets.
    :returns: a redaction whose ``replacements`` include the accepted items (one per line
        piece), whose ``text`` is rewritten from ``segment``, and whose ``review`` holds the
        items not accepted.
    """
    # lazy: the engine loads Presidio and spaCy
    from vault.anonymise.engine import Redaction, Replacement

    if not accepted:
        return redaction
    added = []
    for index, value in accepted.items():
        item = redaction.review[index]
        for start, end in line_pieces(segment[item.start:item.end], item.start):
            added.append(Replacement(start, end, item.entity_type, value, item.score,
                                     item.detector, item.participant_marker))
    merged, text = with_replacements(segment, redaction.replacements, added)
    left = tuple(r for i, r in enumerate(redaction.review) if i not in accepted)
    return Redaction(text, merged, left)


def with_replacements(segment: str, replacements: Sequence[Any], added: Sequence[Any]
                      ) -> tuple[tuple[Any, ...], str]:
    """``replacements`` and ``added`` (engine ``Replacement``s, not overlapping) in order, and
    ``segment`` rewritten with all of them."""
    merged = sorted([*replacements, *added], key=lambda r: r.start)
    out, cursor = [], 0
    for item in merged:
        out.append(segment[cursor:item.start])
        out.append(item.replacement)
        cursor = item.end
    out.append(segment[cursor:])
    return tuple(merged), "".join(out)
