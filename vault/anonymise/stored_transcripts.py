"""Redaction of the transcripts stored in a vault: raw transcripts become redacted transcripts
plus encrypted redaction logs.

The library behind ``vault anonymise run ITEM…`` / ``vault anonymise run --all``::

    summary = anonymise_items(vault, None)          # every raw transcript not yet redacted
    summary = anonymise_items(vault, ["it_3f9c…"])  # chosen ones (already done: skipped)
    summary.items, summary.counts, summary.review   # new redacted ids, per-type counts, spans
    summary.check()                                 # PartialFailure (exit 4) if any failed

For each present ``transcript_raw`` item the plaintext is decrypted **in memory**
(:func:`vault.objects.read_object`), parsed (:func:`~vault.anonymise.formats.document_from_bytes`)
and redacted with the participant register (:func:`vault.participants.load_register`). All the
pending transcripts of one participant go through a single
:meth:`~vault.anonymise.engine.Anonymiser.redact_many` call (spaCy's ``nlp.pipe``; the model is
loaded once per process), with that participant's :class:`PseudonymBook`, so "[Colleague A]"
is the same person in all of one participant's interviews.

What is stored, per raw transcript (the contract ``vault.releases`` reads):

* a ``transcript_redacted`` item: ``parent_id`` = the raw item, the raw item's
  ``participant_marker`` and ``interview``, its original file name (age-encrypted to the new
  item's class key, as ingest does), ``media_format`` = the document kind (txt/docx/vtt/srt),
  content = :func:`~vault.anonymise.formats.document_to_bytes` of the redacted document, with
  participant **marker tokens** (``⟦P:<marker>⟧``), never codes: codes are rendered late —
  participant codes of any epoch already written in the transcript (speaker labels ``PA:``)
  become marker tokens too (see :class:`_CodeMarkers`);
* a ``redaction_log`` item: ``parent_id`` = the raw item, ``media_format`` = ``"json"``; its
  content is the JSON :class:`RedactionLog` (every replacement and review span with its segment,
  offsets in the *original* segment, entity type, replacement, detector, score and the original
  span text — which is why it is encrypted — plus each review span's status).

**Where the pseudonym book lives.** Each redaction log also carries its participant's book
(``"book": {"revision": n, "state": PseudonymBook.to_dict()}``); the participant's current book
is the highest revision among the present logs of that participant. The book holds names of
third parties, exactly like the log's span texts, so it shares the log's encryption, class key
and retention: when the logs are purged (crypto-shredded), the book goes with them, and no
separate object, table or key is needed.

Each document is one operation of the write path (:mod:`vault.write_path`, ``anonymise``, see
:func:`store_redaction`): class keys, temps, confirmation, publication, then **one**
transaction inserting both catalog rows, the audit entry (item ids and per-type counts only) and
closing the journal. A redacted item therefore never exists without its log, nor a log without
its redacted item. :func:`recover_anonymise` — run after an error or a kill — rolls back an
uncommitted document (objects, temps, unused new class keys) and completes a committed one
(removes the files of the items it superseded). ``vault review`` (:mod:`vault.anonymise.review`)
rewrites a pair through the same :func:`store_redaction`, as its own ``review`` operation.

Per-document problems (undecodable text, malformed .docx/VTT/SRT, too long, damaged object) are
collected in the summary and the other documents continue. Errors and audit entries name item
ids, never file names, names or text.
"""
from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault import age, objects
from vault.anonymise.decisions import (
    Decision,
    Relabel,
    SpanKeys,
    accepted_replacement,
    line_pieces,
    redact_accepted,
    with_replacements,
)
from vault.anonymise.formats import (
    KINDS,
    apply_redactions,
    document_from_bytes,
    document_to_bytes,
)
from vault.anonymise.limits import MAX_DOCUMENT_CHARS, check_encoded_size
from vault.anonymise.pseudonyms import PseudonymBook
from vault.anonymise.redaction_policy import load_redaction_policy
from vault.anonymise.study_terms import load_study_terms, with_study_terms
from vault.clock import utc_now
from vault.codes.epochs import all_code_markers
from vault.errors import InputError, PartialFailure, StoreError, VaultError
from vault.faults import FaultPoints, declare_points
from vault.ids import new_id
from vault.markers import participant_token
from vault.participants import load_register
from vault.store import Settled, recovers
from vault.write_path import STORE_STEPS, SUPERSEDE_STEPS, NewItem, NewObject, begin, settle_objects

if TYPE_CHECKING:
    from vault.anonymise.engine import Anonymiser, Redaction
    from vault.anonymise.formats import Document
    from vault.anonymise.redaction_policy import RedactionPolicy
    from vault.keys import Custody
    from vault.store import Vault

__all__ = [
    "LOG_CLASS", "MAX_DOCUMENT_CHARS", "POINTS", "RAW_CLASS", "REDACTED_CLASS",
    "AnonymiseFailure",
    "AnonymisedItem", "PolicyStamp", "RedactionLog", "StaleTranscript", "TranscriptPair",
    "VaultAnonymiseSummary", "anonymise_items", "anonymise_stale", "apply_redactions",
    "build_log", "current_book", "current_pair", "current_stamp", "load_vault_policy",
    "read_log", "recover_anonymise", "stale_transcripts", "store_redaction",
]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

RAW_CLASS = "transcript_raw"
REDACTED_CLASS = "transcript_redacted"
LOG_CLASS = "redaction_log"
#: ``media_format`` of a redaction log item
LOG_FORMAT = "json"
#: the redaction log's format version
LOG_VERSION = 1
#: the fault points of storing one document's redaction (see :mod:`vault.faults`)
POINTS = declare_points("anonymise", {**STORE_STEPS, **SUPERSEDE_STEPS})

#: characters of transcript text redacted in one engine call (one participant's transcripts
#: are batched up to this; a transcript alone may hold :data:`MAX_DOCUMENT_CHARS`)
BATCH_CHARS = MAX_DOCUMENT_CHARS

#: called with (documents done, documents to do)
Progress = Callable[[int, int], None]


# -- values ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AnonymisedItem:
    """One raw transcript redacted: its new redacted item and log, and per-type counts."""

    raw_id: str
    redacted_id: str
    log_id: str
    counts: Mapping[str, int]
    #: spans left for ``vault review``
    review: int
    #: earlier review decisions replayed (a re-run)
    replayed: int = 0


@dataclass(frozen=True)
class AnonymiseFailure:
    """One raw transcript that could not be redacted (nothing was stored for it)."""

    item: str
    error: VaultError


@dataclass(frozen=True)
class VaultAnonymiseSummary:
    """What :func:`anonymise_items` did."""

    done: tuple[AnonymisedItem, ...]
    failed: tuple[AnonymiseFailure, ...]
    #: raw ids passed explicitly that already had a redaction (not redone)
    skipped: tuple[str, ...] = ()

    @property
    def items(self) -> list[str]:
        """The new redacted item ids."""
        return [d.redacted_id for d in self.done]

    @property
    def counts(self) -> dict[str, int]:
        """Replacements per entity type over all documents."""
        total: dict[str, int] = {}
        for item in self.done:
            for entity, n in item.counts.items():
                total[entity] = total.get(entity, 0) + n
        return dict(sorted(total.items()))

    @property
    def review(self) -> int:
        """Spans pending review over all documents."""
        return sum(d.review for d in self.done)

    @property
    def replayed(self) -> int:
        """Earlier review decisions replayed over all documents."""
        return sum(d.replayed for d in self.done)

    def to_json(self) -> dict[str, Any]:
        """``{"items", "counts", "review", "replayed", "failed"}`` (what ``--json`` prints; ids
        and counts)."""
        return {"items": self.items, "counts": self.counts, "review": self.review,
                "replayed": self.replayed, "failed": [f.item for f in self.failed]}

    def check(self) -> None:
        """:raises VaultError: the one transcript asked for failed (its own error, e.g. an
            :class:`InputError` naming a size cap, exit 9).
        :raises PartialFailure: some of several documents failed (the others are stored).
        """
        if len(self.failed) == 1 and not self.done:
            raise self.failed[0].error
        if self.failed:
            total = len(self.done) + len(self.failed)
            raise PartialFailure(f"{len(self.failed)} of {total} transcript(s) could not be "
                                 "anonymised", failed=[f.item for f in self.failed],
                                 hint="see the errors above; fix or re-ingest those "
                                      "transcripts, then run `vault anonymise run ITEM…` again")


@dataclass(frozen=True)
class RedactionLog:
    """The decrypted content of a ``redaction_log`` item (holds original text: never print it).

    ``spans`` are the replacements made, ``review`` the low-confidence spans with their
    ``status`` (``pending``/``accepted``/``rejected``). Offsets are in the *original* segment.
    """

    raw_id: str
    redacted_id: str
    kind: str
    created: str
    policy: Mapping[str, Any]
    spans: tuple[Mapping[str, Any], ...] = field(repr=False)
    review: tuple[Mapping[str, Any], ...] = field(repr=False)
    book_revision: int = 0
    book: Mapping[str, Any] = field(default_factory=dict, repr=False)
    #: every review decision made for this transcript, carried from redaction to redaction:
    #: decision key (:mod:`vault.anonymise.decisions`) -> ``accepted``/``rejected``
    decisions: Mapping[str, str] = field(default_factory=dict, repr=False)
    #: what the offsets refer to: ``raw`` (the raw transcript) or ``redacted`` (the redaction
    #: it replaced, re-redacted after the raw transcript was destroyed)
    source: str = "raw"

    def to_bytes(self) -> bytes:
        doc = {"version": LOG_VERSION, "raw": self.raw_id, "redacted": self.redacted_id,
               "kind": self.kind, "created": self.created, "policy": dict(self.policy),
               "spans": [dict(s) for s in self.spans], "review": [dict(r) for r in self.review],
               "book": {"revision": self.book_revision, "state": dict(self.book)},
               "decisions": dict(sorted(self.decisions.items())), "source": self.source}
        return json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, item_id: str) -> RedactionLog:
        """:raises StoreError: not a redaction log this version understands."""
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("version") != LOG_VERSION:
                raise ValueError("version")
            book = doc.get("book") or {}
            return cls(raw_id=str(doc["raw"]), redacted_id=str(doc["redacted"]),
                       kind=str(doc["kind"]), created=str(doc["created"]),
                       policy=dict(doc.get("policy") or {}),
                       spans=tuple(doc["spans"]), review=tuple(doc["review"]),
                       book_revision=int(book.get("revision", 0)),
                       book=dict(book.get("state") or {}),
                       decisions={str(k): str(v) for k, v in
                                  dict(doc.get("decisions") or {}).items()},
                       source=str(doc.get("source") or "raw"))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise StoreError(f"redaction log {item_id} is not readable (format version "
                             f"{LOG_VERSION} expected)", hint="upgrade vault, or run "
                             "`vault anonymise run ITEM` again for its transcript") from exc

    def counts(self) -> dict[str, int]:
        """Replacements per entity type, accepted review spans included."""
        out: dict[str, int] = {}
        for span in self.spans:
            out[span["entity_type"]] = out.get(span["entity_type"], 0) + 1
        for span in self.review:
            if span["status"] == "accepted":
                out[span["entity_type"]] = out.get(span["entity_type"], 0) + 1
        return dict(sorted(out.items()))

    @property
    def pending(self) -> tuple[Mapping[str, Any], ...]:
        return tuple(r for r in self.review if r["status"] == "pending")

    @property
    def stamp(self) -> PolicyStamp:
        """The policy, study term lists and register this redaction was made with."""
        return PolicyStamp(str(self.policy.get("sha256") or ""),
                           int(self.policy.get("terms") or 0),
                           str(self.policy.get("register") or ""))


@dataclass(frozen=True)
class PolicyStamp:
    """What a redaction was made with: the SHA-256 of ``policies/redaction.toml``, the revision
    of the study's term lists (:mod:`vault.anonymise.study_terms`) and the register's version
    (:meth:`vault.anonymise.register.Register.version`, a keyed hash). A redaction whose stamp
    differs from the vault's :func:`current_stamp` is stale. No names, no text."""

    policy_sha256: str
    terms: int
    register: str

    def differences(self, current: PolicyStamp) -> tuple[str, ...]:
        """What changed since: ``policy``, ``terms``, ``register`` (empty: up to date)."""
        out = []
        if not self.policy_sha256 or self.policy_sha256 != current.policy_sha256:
            out.append("policy")
        if self.terms != current.terms:
            out.append("terms")
        if not self.register or self.register != current.register:
            out.append("register")  # a log from before registers were versioned: unknown
        return tuple(out)

    def to_json(self) -> dict[str, Any]:
        """``{"redaction_policy_sha256", "study_terms", "register"}`` (the release manifest's
        record of how each transcript was redacted)."""
        return {"redaction_policy_sha256": self.policy_sha256 or None,
                "study_terms": self.terms, "register": self.register or None}


@dataclass(frozen=True)
class StaleTranscript:
    """A transcript whose current redaction was made under another policy, other study term
    lists or another register (ids only)."""

    raw_id: str
    redacted_id: str
    #: ``policy``, ``terms``, ``register``: what changed since it was redacted
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"transcript": self.raw_id, "item": self.redacted_id,
                "reasons": list(self.reasons)}


@dataclass(frozen=True)
class TranscriptPair:
    """A raw transcript with its current redaction and log (catalog rows, no content)."""

    raw_id: str
    redacted_id: str
    log_id: str
    participant_marker: str | None
    interview: int | None
    kind: str


@dataclass(frozen=True)
class _Raw:
    id: str
    participant_marker: str | None
    interview: int | None
    kind: str
    key_id: str
    original_name: bytes | None
    #: the item whose text is redacted: the raw transcript, or — re-redacting a stale
    #: transcript whose raw transcript was destroyed — its current redaction
    source_id: str = ""
    #: ``raw`` or ``redacted`` (see ``source_id``)
    source: str = "raw"

    @property
    def text_id(self) -> str:
        return self.source_id or self.id


# -- the policy and the engine ------------------------------------------------------------------

def load_vault_policy(vault: Vault, custody: Custody | None = None) -> RedactionPolicy:
    """The vault's effective redaction policy: ``policies/redaction.toml`` (fail closed: no
    fallback to the defaults) with the study's sealed deny and allow lists merged in
    (:mod:`vault.anonymise.study_terms`; custodians only, once there are any).

    :raises PolicyError: missing, unreadable or invalid.
    :raises CustodyError: the study has term lists and no custodian can open them.
    """
    policy = load_redaction_policy(vault.policies_dir / "redaction.toml")
    if vault.db.execute("SELECT 1 FROM redaction_terms").fetchone() is None:
        return policy
    return with_study_terms(policy, load_study_terms(vault, custody))


def current_stamp(vault: Vault, custody: Custody | None = None) -> PolicyStamp:
    """What a redaction made now would be stamped with (see :class:`PolicyStamp`).

    :raises PolicyError: the vault's redaction policy is missing or invalid.
    :raises CustodyError: no custodian to open the register.
    """
    custody = custody or vault.custody()
    policy = load_vault_policy(vault, custody)
    return PolicyStamp(policy.sha256, policy.terms_revision,
                       load_register(vault).version(custody.hashing_secret()))


def _policy_record(policy: RedactionPolicy, register: str) -> dict[str, Any]:
    """The log's record of what the redaction was made with: the SHA-256 of the policy bytes
    actually parsed (never of the file as it is later), the terms revision and the register
    version."""
    record: dict[str, Any] = {"threshold": policy.threshold, "review_floor": policy.review_floor,
                              "version": policy.version, "terms": policy.terms_revision,
                              "register": register}
    if policy.sha256:
        record["sha256"] = policy.sha256
    return record


# -- catalog helpers ------------------------------------------------------------------------------

def _raw_row(vault: Vault, item_id: str) -> _Raw:
    row = objects.present_item(vault, item_id)  # StoreError for unknown/destroyed/bad ids
    if row["data_class"] != RAW_CLASS:
        raise InputError(f"item {item_id} is a {row['data_class']} item, not a raw transcript",
                         hint="pass transcript_raw ids (see `vault list --class transcript_raw`)")
    return _load_raw(vault, item_id)


def _load_raw(vault: Vault, item_id: str) -> _Raw:
    row = vault.db.execute(
        "SELECT id, participant_marker, interview, media_format, key_id, original_name "
        "FROM items WHERE id = ?", (item_id,)).fetchone()
    kind = str(row["media_format"] or "txt")
    return _Raw(row["id"], row["participant_marker"], row["interview"], kind, row["key_id"],
                bytes(row["original_name"]) if row["original_name"] is not None else None)


def _origin(vault: Vault, raw_id: str, supersede: Sequence[str]) -> _Raw:
    """Marker, interview, kind and encrypted name for a new redaction of ``raw_id``: from the
    redaction it supersedes when there is one (the raw transcript may have been purged since,
    which clears its row), else from the raw transcript."""
    for old in supersede:
        row = vault.db.execute(
            "SELECT participant_marker, interview, media_format, key_id, original_name FROM items "
            "WHERE id = ? AND data_class = ? AND state = 'present'", (old, REDACTED_CLASS)
        ).fetchone()
        if row is not None:
            return _Raw(raw_id, row["participant_marker"], row["interview"],
                        str(row["media_format"] or "txt"), row["key_id"],
                        bytes(row["original_name"]) if row["original_name"] is not None
                        else None)
    return _load_raw(vault, raw_id)


def _has_redaction(vault: Vault, raw_id: str) -> bool:
    return vault.db.execute(
        "SELECT 1 FROM items WHERE data_class = ? AND state = 'present' AND parent_id = ?",
        (REDACTED_CLASS, raw_id)).fetchone() is not None


def read_log(vault: Vault, log_id: str, custody: Custody | None = None) -> RedactionLog:
    """Decrypt and parse a ``redaction_log`` item.

    :raises StoreError: unknown item, or not a readable log.
    :raises DecryptionFailed: the object is damaged.
    """
    return RedactionLog.from_bytes(objects.read_object(vault, log_id, custody), log_id)


def current_pair(vault: Vault, raw_id: str, custody: Custody | None = None
                 ) -> tuple[TranscriptPair, RedactionLog] | None:
    """The present redaction of ``raw_id`` and its log, or None when it has none."""
    logs = vault.db.execute(
        "SELECT id FROM items WHERE data_class = ? AND state = 'present' AND parent_id = ? "
        "ORDER BY created DESC, id DESC", (LOG_CLASS, raw_id)).fetchall()
    for row in logs:
        log = read_log(vault, row["id"], custody)
        red = vault.db.execute(
            "SELECT id, participant_marker, interview, media_format FROM items WHERE id = ? "
            "AND data_class = ? AND state = 'present'", (log.redacted_id, REDACTED_CLASS)
        ).fetchone()
        if red is not None:
            return (TranscriptPair(raw_id, red["id"], row["id"], red["participant_marker"],
                                   red["interview"], str(red["media_format"] or log.kind)), log)
    return None


def current_book(vault: Vault, marker: str | None, custody: Custody | None = None
                 ) -> tuple[PseudonymBook, int]:
    """The participant's pseudonym book and its revision (a new, empty book at revision 0).

    :raises StoreError: a log's book is not readable.
    """

    if marker is None:
        return PseudonymBook(), 0
    rows = vault.db.execute(
        "SELECT id FROM items WHERE data_class = ? AND state = 'present' "
        "AND participant_marker = ?", (LOG_CLASS, marker)).fetchall()
    best: RedactionLog | None = None
    for row in rows:
        log = read_log(vault, row["id"], custody)
        if best is None or log.book_revision > best.book_revision:
            best = log
    if best is None or not best.book:
        return PseudonymBook(), best.book_revision if best else 0
    try:
        return PseudonymBook.from_dict(best.book), best.book_revision
    except ValueError as exc:
        raise StoreError("a redaction log holds an unreadable pseudonym book",
                         hint="upgrade vault") from exc


# -- storing a redaction (journaled) ---------------------------------------------------------------

def store_redaction(vault: Vault, raw_id: str, content: bytes, log: RedactionLog, *,
                    supersede: Sequence[str] = (), action: str = "anonymise",
                    details: Mapping[str, Any] | None = None,
                    points: FaultPoints | None = None) -> tuple[str, str]:
    """Store a redacted transcript and its log for ``raw_id`` as one operation of the write
    path (:mod:`vault.write_path`).

    ``log.redacted_id`` must be a new item id (see :func:`vault.ids.new_id`); the log gets
    another. Items in ``supersede`` (an earlier redaction and log of the same transcript) become
    tombstones in the same transaction that adds the new pair, and their files are removed
    afterwards (by the settle function, if the process dies first).

    :param action: the audit action (``anonymise`` or ``anonymise.review``).
    :param details: audit details: counts and ids only.
    :param points: the operation it is (default :data:`POINTS`, ``anonymise``; ``vault
        review`` passes its own).
    :returns: (redacted item id, log item id).
    :raises StoreError: the redacted content duplicates another present redaction.
    """
    custody = vault.custody()
    raw = _origin(vault, raw_id, supersede)
    name = None
    if raw.original_name is not None:
        name = age.decrypt_bytes(raw.original_name, [custody.class_identity(raw.key_id)])
    redacted = NewItem(log.redacted_id, REDACTED_CLASS,
                       participant_marker=raw.participant_marker, interview=raw.interview,
                       name=name, media_format=log.kind, parent_id=raw.id)
    log_item = NewItem(new_id("it"), LOG_CLASS, participant_marker=raw.participant_marker,
                       interview=raw.interview, media_format=LOG_FORMAT, parent_id=raw.id)

    def duplicate(existing: str) -> VaultError:
        return StoreError(f"transcript {raw.id}: its redaction is identical to item "
                          f"{existing}", hint="check whether the two raw transcripts are the "
                          "same interview (see `vault list`)")

    with begin(vault, points or POINTS, {"raw": raw_id}, items=[redacted.id, log_item.id],
               supersede=supersede) as op:
        op.store([NewObject(redacted, io.BytesIO(content), duplicate),
                  NewObject(log_item, io.BytesIO(log.to_bytes()))])
        op.commit(action=action, items=[raw.id, redacted.id, log_item.id, *supersede],
                  details={**dict(details or {}), "superseded": len(supersede)},
                  close=not supersede)
        if supersede:
            op.discard_superseded()
    return redacted.id, log_item.id


@recovers(POINTS.op)
def recover_anonymise(vault: Vault, payload: dict[str, Any]) -> Settled | None:
    """Settle function of ``anonymise`` (after an error in it, or a kill; under the lock).

    The one transaction inserting the redacted item *and* its log is the commit point: with it,
    the files of superseded items are removed; without it, both new objects, their temps and any
    class key created for them and still unused go (:func:`vault.write_path.settle_objects`).
    Idempotent.
    """
    return settle_objects(vault, payload, action="anonymise", items=[str(payload["raw"])])


# -- building a redaction -------------------------------------------------------------------------

class _CodeMarkers:
    """Participant codes written into transcripts become marker tokens.

    The engine keeps codes it meets (speaker labels such as ``PA:``, "P07 said"), but stored
    text must not hold codes: a code of any epoch — the pre-vault codes a study labelled its
    transcripts with included — would outlive a rotation and link releases across epochs
    (DESIGN.md invariant 4). Every code the vault has known (``all_code_markers``; custodians
    only) is therefore replaced, as a whole word, by its participant's marker token, recorded in
    the log as a ``PARTICIPANT_CODE`` replacement (detector ``code_ledger``, score 1.0).
    """

    def __init__(self, code_markers: Mapping[str, str]) -> None:
        self._markers = dict(code_markers)
        words = sorted(self._markers, key=len, reverse=True)
        self._pattern = (re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words)
                                    + r")(?![\w-])") if words else None)

    def apply(self, text: str, redaction: Redaction) -> Redaction:
        # lazy: the engine loads Presidio and spaCy
        from vault.anonymise.engine import Redaction, Replacement

        if self._pattern is None:
            return redaction
        taken = [(r.start, r.end) for r in (*redaction.replacements, *redaction.review)]
        extra = []
        for match in self._pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            marker = self._markers[match.group()]
            extra.append(Replacement(start, end, "PARTICIPANT_CODE", participant_token(marker),
                                     1.0, "code_ledger", marker))
        if not extra:
            return redaction
        merged, rewritten = with_replacements(text, redaction.replacements, extra)
        return Redaction(rewritten, merged, redaction.review)


def _span_record(span_id: str, segment: int, item: Any, text: str, status: str
                 ) -> dict[str, Any]:
    return {"id": span_id, "segment": segment, "start": item.start, "end": item.end,
            "entity_type": item.entity_type, "replacement": item.replacement,
            "detector": item.detector, "score": item.score,
            "participant_marker": item.participant_marker, "text": text, "status": status}


@dataclass(frozen=True)
class _Outcome:
    """A review item after the decisions were replayed: its key, status and replacement."""

    key: str
    status: str = "pending"
    replacement: str | None = None
    relabel: Relabel | None = None


def build_log(raw: _Raw, doc: Document, redactions: Sequence[Redaction], *, redacted_id: str,
              policy: RedactionPolicy, book: PseudonymBook, book_revision: int,
              outcomes: Sequence[Sequence[_Outcome]] | None = None,
              decisions: Mapping[str, str] | None = None,
              register: str = "") -> RedactionLog:
    """The redaction log of one document (offsets relative to each original segment).

    :param redactions: the engine's redactions, review items not yet decided.
    :param outcomes: per segment, per review item: its decision key and replayed decision.
    :param decisions: every decision known for the transcript (carried into the log).
    :param register: the register version the redaction was made with.
    """
    spans: list[dict[str, Any]] = []
    review: list[dict[str, Any]] = []
    for index, (segment, red) in enumerate(zip(doc.segments, redactions)):
        for item in red.replacements:
            spans.append(_span_record(f"s{len(spans) + 1}", index, item,
                                      segment[item.start:item.end], "replaced"))
        for number, item in enumerate(red.review):
            text = segment[item.start:item.end]
            outcome = outcomes[index][number] if outcomes is not None else None
            record = _span_record(f"r{len(review) + 1}", index, item, text,
                                  outcome.status if outcome else "pending")
            if outcome is not None:
                record["key"] = outcome.key
                if outcome.status == Decision.ACCEPT.value:
                    record["replacement"] = outcome.replacement
                    record["pieces"] = [list(p) for p in line_pieces(text, item.start)]
                    if outcome.relabel is not None:
                        record.update(outcome.relabel.overrides(record))
            review.append(record)
    return RedactionLog(raw_id=raw.id, redacted_id=redacted_id, kind=doc.kind,
                        created=utc_now(), policy=_policy_record(policy, register),
                        spans=tuple(spans), review=tuple(review), book_revision=book_revision,
                        book=book.to_dict(), decisions=dict(decisions or {}),
                        source=raw.source)


def _replay(doc: Document, redactions: Sequence[Redaction], keys: SpanKeys,
            decisions: Mapping[str, str], policy: RedactionPolicy, book: PseudonymBook
            ) -> tuple[list[Redaction], list[list[_Outcome]]]:
    """Each review item keyed; those with a decision decided again: accepted ones redacted
    (a participant's marker, a placeholder, or a pseudonym from ``book``), rejected ones kept.

    :returns: the redactions to apply, and per segment the outcome of every review item.
    """
    applied: list[Redaction] = []
    outcomes: list[list[_Outcome]] = []
    for index, (segment, red) in enumerate(zip(doc.segments, redactions)):
        mine: list[_Outcome] = []
        accepted: dict[int, str] = {}
        for number, item in enumerate(red.review):
            key = keys.key(index, item.start, item.end)
            status = decisions.get(key, "pending")
            relabel = Relabel.from_value(status)
            if relabel is not None:
                status = Decision.ACCEPT.value
            replacement = None
            if status == Decision.ACCEPT.value:
                replacement = accepted_replacement(
                    {"entity_type": item.entity_type, "replacement": item.replacement,
                     "detector": item.detector, "participant_marker": item.participant_marker,
                     "text": segment[item.start:item.end]}, policy, book, relabel)
                accepted[number] = replacement
            mine.append(_Outcome(key, status, replacement, relabel))
        applied.append(redact_accepted(segment, red, accepted))
        outcomes.append(mine)
    return applied, outcomes


def _carried_decisions(log: RedactionLog, keys: SpanKeys, raw: _Raw,
                       doc: Document) -> dict[str, str]:
    """Every decision the transcript's current log knows, by decision key: those it carries,
    and — a log written before decisions were keyed — its decided review spans, keyed now
    (their offsets refer to the same raw text)."""
    known = dict(log.decisions)
    for record in log.review:
        status = str(record.get("status"))
        if status not in (Decision.ACCEPT.value, Decision.REJECT.value):
            continue
        if record.get("key"):
            known.setdefault(str(record["key"]), status)
            continue
        if log.source != "raw" or raw.source != "raw":
            continue
        segment, start, end = int(record["segment"]), int(record["start"]), int(record["end"])
        if segment < len(doc.segments) and doc.segments[segment][start:end] == record["text"]:
            known.setdefault(keys.key(segment, start, end), status)
    return known


def _select(vault: Vault, item_ids: Sequence[str] | None, rerun: bool
            ) -> tuple[list[_Raw], list[str]]:
    if item_ids is None:
        rows = vault.db.execute(
            "SELECT r.id FROM items r WHERE r.data_class = ? AND r.state = 'present' AND NOT "
            "EXISTS (SELECT 1 FROM items d WHERE d.parent_id = r.id AND d.data_class = ? AND "
            "d.state = 'present') ORDER BY r.participant_marker, r.interview, r.created, r.id",
            (RAW_CLASS, REDACTED_CLASS)).fetchall()
        return [_load_raw(vault, r["id"]) for r in rows], []
    chosen = [_raw_row(vault, item_id) for item_id in dict.fromkeys(item_ids)]  # all or nothing
    todo = [r for r in chosen if rerun or not _has_redaction(vault, r.id)]
    skipped = [r.id for r in chosen if r not in todo]
    return todo, skipped


def anonymise_items(vault: Vault, item_ids: Sequence[str] | None = None, *,
                    policy: RedactionPolicy | None = None, rerun: bool = False,
                    anonymiser: Anonymiser | None = None, n_process: int = 1,
                    progress: Progress | None = None) -> VaultAnonymiseSummary:
    """Redact raw transcripts stored in the vault (see the module docstring).

    :param item_ids: ``transcript_raw`` ids; ``None`` means every present raw transcript that
        has no present redaction yet.
    :param policy: the redaction policy; default: the vault's effective policy
        (:func:`load_vault_policy`).
    :param rerun: redo named items that already have a redaction (the new pair supersedes the
        old one; every earlier review decision is replayed, and only spans never decided are
        left for review).
    :param anonymiser: reuse a loaded engine (its policy wins over ``policy``).
    :param n_process: spaCy worker processes for large batches (see ``redact_many``).
    :param progress: called with (documents done, documents to do).
    :returns: what was stored, what failed, what was skipped; call ``summary.check()``.
    :raises StoreError: an unknown, destroyed or malformed item id (nothing is changed).
    :raises InputError: an id that is not a raw transcript (nothing is changed).
    :raises PolicyError: the vault's redaction policy is missing or invalid.
    :raises CustodyError: no custodian identity to decrypt transcripts and the register.
    """
    todo, skipped = _select(vault, item_ids, rerun)
    return _anonymise(vault, todo, skipped, rerun=rerun, policy=policy, anonymiser=anonymiser,
                      n_process=n_process, progress=progress)


def stale_transcripts(vault: Vault, raw_ids: Sequence[str] | None = None, *,
                      custody: Custody | None = None,
                      current: PolicyStamp | None = None) -> list[StaleTranscript]:
    """The transcripts whose current redaction was made under another redaction policy,
    other study term lists or another register than the vault's now (see
    :class:`PolicyStamp`), in the order ``vault list`` shows them.

    :param raw_ids: only these raw transcripts (default: every transcript with a redaction).
    :raises PolicyError: the vault's redaction policy is missing or invalid.
    :raises CustodyError: no custodian to decrypt the redaction logs and the register.
    """
    custody = custody or vault.custody()
    current = current or current_stamp(vault, custody)
    if raw_ids is None:
        raw_ids = [str(r["parent_id"]) for r in vault.db.execute(
            "SELECT parent_id, MIN(created) AS first FROM items WHERE data_class = ? AND "
            "state = 'present' AND parent_id IS NOT NULL GROUP BY parent_id "
            "ORDER BY first, parent_id", (REDACTED_CLASS,))]
    out = []
    for raw_id in dict.fromkeys(raw_ids):
        found = current_pair(vault, raw_id, custody)
        if found is None:
            continue
        pair, log = found
        reasons = log.stamp.differences(current)
        if reasons:
            out.append(StaleTranscript(raw_id, pair.redacted_id, reasons))
    return out


def anonymise_stale(vault: Vault, raw_ids: Sequence[str] | None = None, *,
                    anonymiser: Anonymiser | None = None, n_process: int = 1,
                    progress: Progress | None = None) -> VaultAnonymiseSummary:
    """Re-redact exactly the stale transcripts (:func:`stale_transcripts`) with the vault's
    current policy and register, replaying every earlier review decision — the library behind
    ``vault anonymise run --stale``.

    A stale transcript whose raw transcript was destroyed (retention often destroys raw
    transcripts first) is re-redacted from its current redaction: new deny-list terms and
    participants are found in it, and decisions replay where the text around a span is the same.

    :param raw_ids: only these raw transcripts (default: every stale one).
    :param anonymiser: reuse a loaded engine; its policy must be the vault's current one, or
        what it writes is stale again.
    :returns: what was re-redacted (``summary.items``: the new redacted ids); nothing to do
        is an empty summary.
    :raises PolicyError: the vault's redaction policy is missing or invalid.
    :raises CustodyError: no custodian identity.
    """
    stale = stale_transcripts(vault, raw_ids)
    todo = []
    for entry in stale:
        row = vault.db.execute("SELECT state FROM items WHERE id = ?",
                               (entry.raw_id,)).fetchone()
        if row is not None and row["state"] == "present":
            todo.append(_load_raw(vault, entry.raw_id))
            continue
        red = vault.db.execute(
            "SELECT participant_marker, interview, media_format, key_id, original_name FROM items "
            "WHERE id = ?", (entry.redacted_id,)).fetchone()
        todo.append(_Raw(entry.raw_id, red["participant_marker"], red["interview"],
                         str(red["media_format"] or "txt"), red["key_id"],
                         bytes(red["original_name"]) if red["original_name"] is not None
                         else None, source_id=entry.redacted_id, source="redacted"))
    if not todo:
        return VaultAnonymiseSummary((), ())
    return _anonymise(vault, todo, [], rerun=True, policy=None, anonymiser=anonymiser,
                      n_process=n_process, progress=progress)


def _anonymise(vault: Vault, todo: Sequence[_Raw], skipped: Sequence[str], *, rerun: bool,
               policy: RedactionPolicy | None, anonymiser: Anonymiser | None, n_process: int,
               progress: Progress | None) -> VaultAnonymiseSummary:
    if not todo:
        return VaultAnonymiseSummary((), (), tuple(skipped))
    # lazy: the engine loads Presidio and spaCy
    from vault.anonymise.engine import Anonymiser

    custody = vault.custody()
    if anonymiser is None:
        anonymiser = Anonymiser(policy if policy is not None
                                else load_vault_policy(vault, custody))
    register = load_register(vault)
    secret = custody.hashing_secret()
    version = register.version(secret)
    codes = _CodeMarkers(all_code_markers(vault))
    groups: dict[str | None, list[_Raw]] = {}
    for raw in todo:
        groups.setdefault(raw.participant_marker, []).append(raw)
    done: list[AnonymisedItem] = []
    failed: list[AnonymiseFailure] = []
    finished = 0

    def tick() -> None:
        nonlocal finished
        finished += 1
        if progress is not None:
            progress(finished, len(todo))

    def redact_batch(marker: str | None, docs: Sequence[tuple[_Raw, Document]],
                     book: PseudonymBook, revision: int) -> None:
        try:
            texts = [segment for _, doc in docs for segment in doc.segments]
            redactions = [codes.apply(text, red) for text, red in zip(
                texts, anonymiser.redact_many(texts, register=register, pseudonyms=book,
                                              n_process=n_process,
                                              participants=[marker] * len(texts)))]
        except VaultError as exc:
            for raw, _doc in docs:
                failed.append(AnonymiseFailure(raw.id, exc))
                tick()
            return
        offset = 0
        for raw, doc in docs:
            mine = redactions[offset:offset + len(doc.segments)]
            offset += len(doc.segments)
            try:
                done.append(_store_document(vault, raw, doc, mine, anonymiser.policy, book,
                                            revision, rerun=rerun, custody=custody,
                                            keys=SpanKeys(secret, raw.id, doc.segments),
                                            register=version))
            except VaultError as exc:
                failed.append(AnonymiseFailure(raw.id, exc))
            tick()

    for marker, raws in groups.items():
        # one participant's transcripts share one engine call (their pseudonym book and
        # context), in batches of at most BATCH_CHARS characters: memory is bounded by the
        # batch, not by how many interviews a participant gave
        book, revision = current_book(vault, marker, custody)
        batch: list[tuple[_Raw, Document]] = []
        chars = 0
        for raw in raws:
            try:
                doc = _read_document(vault, raw, custody)
            except VaultError as exc:
                failed.append(AnonymiseFailure(raw.id, exc))
                tick()
                continue
            size = sum(len(segment) for segment in doc.segments)
            if batch and chars + size > BATCH_CHARS:
                revision += 1
                redact_batch(marker, batch, book, revision)
                batch, chars = [], 0
            batch.append((raw, doc))
            chars += size
        if batch:
            redact_batch(marker, batch, book, revision + 1)
    return VaultAnonymiseSummary(tuple(done), tuple(failed), tuple(skipped))


def _read_document(vault: Vault, raw: _Raw, custody: Custody) -> Document:
    kind = raw.kind if f".{raw.kind}" in KINDS else "txt"
    # the label names the item, never its original file name (which may hold a name)
    label = f"{raw.text_id}.{kind}"
    row = vault.db.execute("SELECT size FROM items WHERE id = ?", (raw.text_id,)).fetchone()
    if row is not None:  # refused before it is decrypted into memory
        check_encoded_size(int(row["size"]), kind, label)
    return document_from_bytes(objects.read_object(vault, raw.text_id, custody), label)


def _store_document(vault: Vault, raw: _Raw, doc: Document, redactions: Sequence[Redaction],
                    policy: RedactionPolicy, book: PseudonymBook, revision: int, *,
                    rerun: bool, custody: Custody, keys: SpanKeys,
                    register: str) -> AnonymisedItem:
    supersede: list[str] = []
    decisions: dict[str, str] = {}
    if rerun:
        supersede = [r["id"] for r in vault.db.execute(
            "SELECT id FROM items WHERE parent_id = ? AND state = 'present' AND data_class IN "
            "(?, ?)", (raw.id, REDACTED_CLASS, LOG_CLASS)).fetchall()]
        previous = current_pair(vault, raw.id, custody)
        if previous is not None:
            decisions = _carried_decisions(previous[1], keys, raw, doc)
    applied, outcomes = _replay(doc, redactions, keys, decisions, policy, book)
    redacted = apply_redactions(doc, applied)
    redacted_id = new_id("it")
    log = build_log(raw, doc, redactions, redacted_id=redacted_id, policy=policy, book=book,
                    book_revision=revision, outcomes=outcomes, decisions=decisions,
                    register=register)
    counts = log.counts()
    review = len(log.pending)
    replayed = sum(1 for o in (o for seg in outcomes for o in seg) if o.status != "pending")
    _, log_id = store_redaction(vault, raw.id, document_to_bytes(redacted), log,
                                supersede=supersede, action="anonymise",
                                details={"counts": counts, "review": review,
                                         **({"replayed": replayed} if rerun else {})})
    return AnonymisedItem(raw.id, redacted_id, log_id, counts, review, replayed)
