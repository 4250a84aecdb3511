"""Review of low-confidence spans: accept (redact) or reject (keep) what the engine was unsure of.

``vault anonymise`` replaces spans scored at or above the policy's ``threshold`` and lists those
between ``review_floor`` and the threshold in each redaction log with status ``pending``. This
module lists them and applies a custodian's decisions — the library the CLI's ``vault review``
and a browser workbench call::

    spans = pending_spans(vault)                 # [PendingSpan(item, span_id, entity, score)]
    contexts = span_contexts(vault, spans)       # identifying text: for a terminal only
    result = apply_decisions(vault, {(s.item, s.span_id): Decision.ACCEPT for s in spans})
    result.items                                 # the new redacted item ids
    decide(vault, spans[0], Decision.ACCEPT)                    # this span
    decide(vault, spans[1], Decision.REJECT, scope=Scope.STUDY) # this text, study-wide
    relabel(vault, spans[2], entity_type="LOCATION")            # accept it as a place
    relabel(vault, spans[3], participant="P07")                 # "this is participant P07"
    add_to_deny_list(vault, "PERSON", ["Bev"]).stale            # raw ids now stale

A decision rewrites both the ``transcript_redacted`` object and the ``redaction_log`` object: a
new pair is stored and the old pair superseded in one catalog transaction, journaled and
audited (``anonymise.review``, item ids and per-type counts only) by
:func:`vault.anonymise.stored_transcripts.store_redaction`, as a ``review`` operation of the
write path (its fault points :data:`POINTS`, its settle function :func:`recover_review`). An
accepted span is replaced in the *current* redacted text at its original offsets shifted by the
replacements before it, and the span's text there is checked against the log first, so a log
that does not match its transcript is refused rather than applied at the wrong place. Accepted
people who are not participants get a label from the participant's pseudonym book ("[Colleague
C]"); participants their marker.

Every decision is also recorded under the span's **decision key** in the log's ``decisions``
(:mod:`vault.anonymise.decisions`), which every later redaction of the transcript carries and
replays: a re-run after a policy or register change asks only about spans never decided.
:attr:`Scope.STUDY` decides the text for the whole study through the study's encrypted deny
and allow lists (:mod:`vault.anonymise.study_terms`): every transcript redacted before then is
stale until ``vault anonymise run --stale`` re-redacts it.

:class:`PendingSpan` and its JSON carry no text. :class:`SpanContext` does (the span and a few
words around it, markers rendered to current codes): show it only to a custodian on a terminal,
never in JSON or logs.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from vault import objects
from vault.anonymise.decisions import (
    Decision,
    Relabel,
    Scope,
    accepted_replacement,
    decision_value,
    line_pieces,
)
from vault.anonymise.formats import document_from_bytes, document_to_bytes
from vault.anonymise.stored_transcripts import (
    LOG_CLASS,
    RAW_CLASS,
    REDACTED_CLASS,
    RedactionLog,
    TranscriptPair,
    apply_redactions,
    current_book,
    current_pair,
    load_vault_policy,
    stale_transcripts,
    store_redaction,
)
from vault.anonymise.study_terms import (
    TermsChange,
    add_allow_terms,
    add_deny_terms,
    remove_terms,
)
from vault.codes.epochs import current_codes, resolve_code
from vault.errors import InputError, StoreError
from vault.faults import declare_points
from vault.ids import new_id
from vault.markers import render
from vault.store import Settled, recovers
from vault.write_path import STORE_STEPS, SUPERSEDE_STEPS, settle_objects

if TYPE_CHECKING:
    from vault.anonymise.formats import Document
    from vault.anonymise.redaction_policy import RedactionPolicy
    from vault.keys import Custody
    from vault.store import Vault

__all__ = ["POINTS", "DecideResult", "Decision", "PendingSpan", "Relabel", "ReviewResult",
           "Scope", "SpanContext", "TermsChange", "add_to_allow_list", "add_to_deny_list",
           "apply_decisions", "decide", "decide_all", "pending_spans", "recover_review",
           "relabel", "remove_from_term_lists", "resolve_transcript", "span_contexts"]

#: characters of context shown on each side of a span
CONTEXT_CHARS = 40

#: the fault points of rewriting one transcript's pair with decisions (see :mod:`vault.faults`)
POINTS = declare_points("review", {**STORE_STEPS, **SUPERSEDE_STEPS})


@recovers(POINTS.op)
def recover_review(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``review`` (after an error, or a kill): the new pair and the old
    pair's tombstones commit together; without that commit the new objects (and unused new
    class keys) go, with it the old pair's files do. Idempotent."""
    return settle_objects(vault, payload, action="anonymise.review",
                          items=[str(payload["raw"])])


@dataclass(frozen=True)
class PendingSpan:
    """A span awaiting review. No text: safe to print and to emit as JSON."""

    #: the current redacted transcript's item id
    item: str
    #: the raw transcript's item id (stable across reviews)
    transcript: str
    span_id: str
    entity_type: str
    score: float
    #: the span's decision key (a keyed hash, no text; see :mod:`vault.anonymise.decisions`)
    key: str = ""

    def to_json(self) -> dict[str, Any]:
        """``{item, span_id, entity_type, score}`` — what ``vault review --json`` lists."""
        return {"item": self.item, "span_id": self.span_id, "entity_type": self.entity_type,
                "score": self.score}


@dataclass(frozen=True)
class SpanContext:
    """The span and the (redacted) text around it. Identifying: terminal display only."""

    before: str = field(repr=False)
    text: str = field(repr=False)
    after: str = field(repr=False)


@dataclass(frozen=True)
class ReviewResult:
    """What :func:`apply_decisions` did: new redacted ids and per-type decision counts."""

    items: tuple[str, ...]
    accepted: Mapping[str, int]
    rejected: Mapping[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"items": list(self.items), "accepted": dict(self.accepted),
                "rejected": dict(self.rejected)}


# -- finding transcripts and spans ----------------------------------------------------------------

def resolve_transcript(vault: Vault, item_id: str) -> str:
    """The raw transcript id behind ``item_id`` (a raw, redacted or redaction-log item).

    :raises StoreError: unknown, destroyed or malformed id.
    :raises InputError: the item is not a transcript or a redaction log.
    """
    vault.object_path(item_id)  # validates the id's characters
    row = vault.db.execute("SELECT data_class, state, parent_id FROM items WHERE id = ?",
                           (item_id,)).fetchone()
    if row is None:
        raise StoreError(f"no item {item_id} in this vault", hint="see `vault list` for item ids")
    if row["data_class"] == RAW_CLASS:
        # a purged raw transcript still names its redactions
        if row["state"] == "present" or vault.db.execute(
                "SELECT 1 FROM items WHERE parent_id = ? AND data_class = ? AND "
                "state = 'present'", (item_id, REDACTED_CLASS)).fetchone():
            return item_id
    elif row["state"] != "present":
        raise StoreError(f"item {item_id} was destroyed", hint="see `vault list`")
    elif row["data_class"] in (REDACTED_CLASS, LOG_CLASS) and row["parent_id"]:
        return str(row["parent_id"])
    if row["state"] != "present":
        raise StoreError(f"item {item_id} was destroyed", hint="see `vault list`")
    raise InputError(f"item {item_id} is a {row['data_class']} item, not a transcript",
                     hint="pass a transcript id (see `vault list --class transcript_redacted`)")


def _pairs(vault: Vault, item: str | None, custody: Custody
           ) -> list[tuple[TranscriptPair, RedactionLog]]:
    if item is not None:
        raw_id = resolve_transcript(vault, item)
        found = current_pair(vault, raw_id, custody)
        if found is None:
            raise InputError(f"transcript {raw_id} has not been anonymised yet",
                             hint=f"run `vault anonymise run {raw_id}` first")
        return [found]
    rows = vault.db.execute(
        "SELECT DISTINCT parent_id FROM items WHERE data_class = ? AND state = 'present' "
        "AND parent_id IS NOT NULL ORDER BY participant_marker, interview, parent_id",
        (LOG_CLASS,)).fetchall()
    out = []
    for row in rows:
        found = current_pair(vault, row["parent_id"], custody)
        if found is not None:
            out.append(found)
    return out


def pending_spans(vault: Vault, item: str | None = None) -> list[PendingSpan]:
    """The spans awaiting review, of one transcript or of all.

    :param item: a raw, redacted or redaction-log item id; None for every transcript.
    :raises StoreError: unknown item id.
    :raises InputError: the item is not a transcript, or has not been anonymised.
    :raises CustodyError: no custodian to decrypt the redaction logs.
    """
    custody = vault.custody()
    return [PendingSpan(pair.redacted_id, pair.raw_id, str(span["id"]),
                        str(span["entity_type"]), float(span["score"]), str(span.get("key", "")))
            for pair, log in _pairs(vault, item, custody) for span in log.pending]


def _redacted_document(vault: Vault, pair: TranscriptPair, custody: Custody) -> Document:
    return document_from_bytes(objects.read_object(vault, pair.redacted_id, custody),
                               f"{pair.redacted_id}.{pair.kind}")


def _applied(log: RedactionLog) -> list[tuple[int, int, int, str]]:
    """(segment, start, end, replacement) of every edit already in the redacted text."""
    edits = [(int(s["segment"]), int(s["start"]), int(s["end"]), str(s["replacement"]))
             for s in log.spans]
    for span in log.review:
        if span["status"] == Decision.ACCEPT.value:
            for start, end in span.get("pieces") or [[span["start"], span["end"]]]:
                edits.append((int(span["segment"]), int(start), int(end),
                              str(span["replacement"])))
    return edits


def _shifted(edits: Sequence[tuple[int, int, int, str]], segment: int, start: int) -> int:
    """Where original offset ``start`` of ``segment`` now is in the redacted segment."""
    return start + sum(len(rep) - (end - s) for seg, s, end, rep in edits
                       if seg == segment and end <= start)


def span_contexts(vault: Vault, spans: Sequence[PendingSpan], *, width: int = CONTEXT_CHARS
                  ) -> dict[tuple[str, str], SpanContext]:
    """The text around each span in its current redacted transcript, markers rendered to codes.

    Identifying: for a custodian's terminal only — never print it elsewhere, log or emit it.
    """

    custody = vault.custody()
    codes = current_codes(vault)
    out: dict[tuple[str, str], SpanContext] = {}
    wanted: dict[str, set[str]] = {}
    for span in spans:
        wanted.setdefault(span.transcript, set()).add(span.span_id)
    for raw_id, ids in wanted.items():
        found = current_pair(vault, raw_id, custody)
        if found is None:
            continue
        pair, log = found
        doc = _redacted_document(vault, pair, custody)
        edits = _applied(log)
        for entry in log.review:
            if entry["id"] not in ids:
                continue
            segment = doc.segments[int(entry["segment"])]
            at = _shifted(edits, int(entry["segment"]), int(entry["start"]))
            end = at + int(entry["end"]) - int(entry["start"])
            before = segment[max(0, at - width):at]
            after = segment[end:end + width]
            out[(pair.redacted_id, str(entry["id"]))] = SpanContext(
                render(before, codes), str(entry["text"]), render(after, codes))
    return out


# -- applying decisions ---------------------------------------------------------------------------

def _decide_one(vault: Vault, pair: TranscriptPair, log: RedactionLog,
                decisions: Mapping[str, Decision | Relabel], policy: RedactionPolicy,
                custody: Custody
                ) -> tuple[str, dict[str, int], dict[str, int]] | None:
    # lazy: the engine loads Presidio and spaCy
    from vault.anonymise.engine import Redaction, Replacement

    todo = {span_id: d for span_id, d in decisions.items()
            if any(r["id"] == span_id and r["status"] == "pending" for r in log.review)}
    if not todo:
        return None
    doc = _redacted_document(vault, pair, custody)
    book, revision = current_book(vault, pair.participant_marker, custody)
    edits = _applied(log)
    new_edits: dict[int, list[tuple[int, int, str]]] = {}
    accepted: dict[str, int] = {}
    rejected: dict[str, int] = {}
    review: list[dict[str, Any]] = []
    decided = dict(log.decisions)
    for span in log.review:
        record = dict(span)
        decision = todo.get(str(span["id"]))
        if decision is not None:
            relabelled = decision if isinstance(decision, Relabel) else None
            if relabelled is not None:
                record.update(relabelled.overrides(span))
            entity = str(record["entity_type"])
            record["status"] = (Decision.ACCEPT.value if relabelled is not None
                                else decision.value)
            if decision is Decision.ACCEPT or relabelled is not None:
                segment_index = int(span["segment"])
                segment = doc.segments[segment_index]
                value = accepted_replacement(span, policy, book, relabelled)
                record["replacement"] = value
                pieces = line_pieces(str(span["text"]), int(span["start"]))
                record["pieces"] = [list(p) for p in pieces]
                for start, end in pieces:
                    at = _shifted(edits, segment_index, start)
                    original = str(span["text"])[start - int(span["start"]):
                                                 end - int(span["start"])]
                    if segment[at:at + end - start] != original:
                        raise StoreError(f"redaction log {pair.log_id} does not match "
                                         f"transcript {pair.redacted_id}",
                                         hint=f"run `vault anonymise run {pair.raw_id} --rerun` "
                                              "to redact it afresh")
                    new_edits.setdefault(segment_index, []).append((at, at + end - start, value))
                accepted[entity] = accepted.get(entity, 0) + 1
            else:
                rejected[entity] = rejected.get(entity, 0) + 1
            if span.get("key"):
                decided[str(span["key"])] = decision_value(decision)
        review.append(record)
    redactions = []
    for index, segment in enumerate(doc.segments):
        mine = sorted(new_edits.get(index, []))
        text, cursor, parts = [], 0, []
        for start, end, value in mine:
            text.append(segment[cursor:start])
            text.append(value)
            cursor = end
            parts.append(Replacement(start, end, "REVIEW", value, 1.0, "review", None))
        text.append(segment[cursor:])
        redactions.append(Redaction("".join(text), tuple(parts), ()))
    redacted = apply_redactions(doc, redactions) if new_edits else doc
    new_log = replace(log, redacted_id=new_id("it"), review=tuple(review),
                      book_revision=revision + 1 if accepted else log.book_revision,
                      book=book.to_dict() if accepted else log.book, decisions=decided)
    details = {"accepted": dict(sorted(accepted.items())),
               "rejected": dict(sorted(rejected.items())),
               "review": len(new_log.pending)}
    redacted_id, _ = store_redaction(vault, pair.raw_id, document_to_bytes(redacted), new_log,
                                     supersede=[pair.redacted_id, pair.log_id],
                                     action="anonymise.review", details=details,
                                     points=POINTS)
    return redacted_id, accepted, rejected


def apply_decisions(vault: Vault, decisions: Mapping[tuple[str, str], Decision | Relabel], *,
                    policy: RedactionPolicy | None = None) -> ReviewResult:
    """Apply decisions keyed by (item, span_id); ``item`` may be the redacted, raw or log id.

    A decision is :attr:`Decision.ACCEPT`, :attr:`Decision.REJECT` or a :class:`Relabel`
    (accepted as another entity type, or as a participant; counted as accepted, under the
    new type).

    Each transcript with decisions is rewritten once (new redacted item and log, the old pair
    superseded). Spans no longer pending are ignored.

    :raises StoreError: unknown item, or a log that does not match its transcript.
    :raises InputError: an item that is not an anonymised transcript.
    :raises PolicyError: the vault's redaction policy is missing or invalid.
    """
    custody = vault.custody()
    by_raw: dict[str, dict[str, Decision | Relabel]] = {}
    for (item, span_id), decision in decisions.items():
        by_raw.setdefault(resolve_transcript(vault, item), {})[span_id] = decision
    if not by_raw:
        return ReviewResult((), {}, {})
    policy = policy if policy is not None else load_vault_policy(vault)
    items: list[str] = []
    accepted: dict[str, int] = {}
    rejected: dict[str, int] = {}
    for raw_id, mine in by_raw.items():
        found = current_pair(vault, raw_id, custody)
        if found is None:
            raise InputError(f"transcript {raw_id} has not been anonymised yet",
                             hint=f"run `vault anonymise run {raw_id}` first")
        outcome = _decide_one(vault, found[0], found[1], mine, policy, custody)
        if outcome is None:
            continue
        items.append(outcome[0])
        for total, part in ((accepted, outcome[1]), (rejected, outcome[2])):
            for entity, n in part.items():
                total[entity] = total.get(entity, 0) + n
    return ReviewResult(tuple(items), dict(sorted(accepted.items())),
                        dict(sorted(rejected.items())))


def decide_all(vault: Vault, decision: Decision, item: str | None = None, *,
               policy: RedactionPolicy | None = None) -> ReviewResult:
    """Accept or reject every pending span (of one transcript, or of all)."""
    spans = pending_spans(vault, item)
    return apply_decisions(vault, {(s.transcript, s.span_id): decision for s in spans},
                           policy=policy)


# -- the workbench's calls ------------------------------------------------------------------------

@dataclass(frozen=True)
class DecideResult:
    """What :func:`decide` did: the review, and with a study-wide scope the term-list change."""

    review: ReviewResult
    #: with :attr:`Scope.STUDY`: the change to the study's deny or allow list
    terms: TermsChange | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"review": self.review.to_json()}
        if self.terms is not None:
            out["terms"] = {"revision": self.terms.revision, "added": self.terms.added,
                            "stale": list(self.terms.stale)}
        return out


def decide(vault: Vault, span: PendingSpan | tuple[str, str], decision: Decision, *,
           scope: Scope = Scope.SPAN, policy: RedactionPolicy | None = None) -> DecideResult:
    """Decide one span: accept (redact) or reject (keep) it.

    :param span: a :class:`PendingSpan`, or ``(item, span_id)`` with ``item`` a raw, redacted
        or redaction-log id and ``span_id`` the span's id (``r3``) or its decision key.
    :param scope: :attr:`Scope.SPAN` (this span; replayed by every re-run) or
        :attr:`Scope.STUDY` (also the same for every occurrence of this text in the study: its
        text goes on the study's deny list as its entity type, or on its allow list — every
        transcript redacted earlier is then stale, :attr:`DecideResult.terms` names them).
    :raises StoreError: unknown item, or a log that does not match its transcript.
    :raises InputError: an item that is not an anonymised transcript, or no such span.
    :raises PolicyError: the vault's redaction policy is missing or invalid.
    """
    raw_id, record = _review_record(vault, span)
    result = apply_decisions(vault, {(raw_id, str(record["id"])): decision}, policy=policy)
    terms = None
    if scope is Scope.STUDY:
        text = str(record["text"])
        terms = (add_to_deny_list(vault, str(record["entity_type"]), [text])
                 if decision is Decision.ACCEPT else add_to_allow_list(vault, [text]))
    return DecideResult(result, terms)


def _review_record(vault: Vault, span: PendingSpan | tuple[str, str]
                   ) -> tuple[str, Mapping[str, Any]]:
    """The raw transcript id and the current log's review record of ``span``.

    :raises InputError: not anonymised yet, or no such span.
    """
    item, span_id = (span.transcript, span.span_id) if isinstance(span, PendingSpan) else span
    raw_id = resolve_transcript(vault, item)
    found = current_pair(vault, raw_id, vault.custody())
    if found is None:
        raise InputError(f"transcript {raw_id} has not been anonymised yet",
                         hint=f"run `vault anonymise run {raw_id}` first")
    record = next((r for r in found[1].review if span_id in (r["id"], r.get("key"))), None)
    if record is None:
        raise InputError(f"transcript {raw_id} has no review span {span_id}",
                         hint="see `vault review --json` for the spans awaiting review")
    return raw_id, record


def relabel(vault: Vault, span: PendingSpan | tuple[str, str], *,
            entity_type: str | None = None, participant: str | None = None,
            scope: Scope = Scope.SPAN, policy: RedactionPolicy | None = None) -> DecideResult:
    """Accept one span as something other than the engine's guess: another entity type
    (``entity_type="LOCATION"``: its placeholder, or a pseudonym for ``PERSON``), or a
    participant (``participant="P07"``, a current code or a per-interview rendering of one:
    the participant's marker, rendered to their code in every release). Replayed by every
    re-run like any decision.

    :param span: as for :func:`decide`.
    :param scope: :attr:`Scope.STUDY` with ``entity_type`` also puts the span's text on the
        study's deny list as that type (every earlier transcript becomes stale); a participant
        study-wide is a register alias, not a review decision (refused).
    :raises InputError: neither or both of ``entity_type`` and ``participant``, an unknown
        entity type, no such span, or a study-wide participant relabel.
    :raises ParticipantError: no participant has that code now.
    :raises StoreError: unknown item, or a log that does not match its transcript.
    """
    if participant is not None and entity_type is None and scope is Scope.STUDY:
        raise InputError("a participant cannot be relabelled study-wide from a review",
                         hint="add the name as an alias of the participant in the register "
                              "(`vault participant import`), then `vault anonymise run --stale`")
    marker = resolve_code(vault, participant) if participant is not None else None
    change = Relabel(entity_type=entity_type, participant_marker=marker)
    raw_id, record = _review_record(vault, span)
    result = apply_decisions(vault, {(raw_id, str(record["id"])): change}, policy=policy)
    terms = None
    if scope is Scope.STUDY and change.entity_type is not None:
        terms = add_to_deny_list(vault, change.entity_type, [str(record["text"])])
    return DecideResult(result, terms)


def add_to_deny_list(vault: Vault, entity_type: str, terms: Iterable[str]) -> TermsChange:
    """Always redact ``terms`` as ``entity_type`` across the study (the study's encrypted deny
    list, :mod:`vault.anonymise.study_terms`; audited with counts only).

    :returns: the new revision, how many terms were new, and the raw transcripts now stale.
    :raises InputError: an unknown entity type, or an empty or over-long term.
    :raises CustodyError: no custodian.
    """
    return _with_stale(vault, add_deny_terms(vault, entity_type, terms))


def add_to_allow_list(vault: Vault, terms: Iterable[str]) -> TermsChange:
    """Never redact ``terms`` across the study (the study's encrypted allow list; audited).

    :returns: the new revision, how many terms were new, and the raw transcripts now stale.
    :raises InputError: an empty or over-long term.
    :raises CustodyError: no custodian.
    """
    return _with_stale(vault, add_allow_terms(vault, terms))


def remove_from_term_lists(vault: Vault, terms: Iterable[str]) -> TermsChange:
    """Take ``terms`` off the study's deny and allow lists (audited; counts only).

    :returns: the new revision, how many terms were removed, and the raw transcripts now stale.
    :raises InputError: an empty or over-long term.
    :raises CustodyError: no custodian.
    """
    return _with_stale(vault, remove_terms(vault, terms))


def _with_stale(vault: Vault, change: TermsChange) -> TermsChange:
    """``change`` naming the raw transcripts whose redaction the change made stale."""
    return replace(change, stale=tuple(s.raw_id for s in stale_transcripts(vault)))
