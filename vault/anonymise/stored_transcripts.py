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

import hashlib
import io
import json
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault import age, objects
from vault.anonymise.formats import KINDS, document_from_bytes, document_to_bytes, redact_document
from vault.anonymise.pseudonyms import PseudonymBook
from vault.anonymise.redaction_policy import load_redaction_policy
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
    "AnonymisedItem", "RedactionLog", "TranscriptPair", "VaultAnonymiseSummary",
    "anonymise_items", "apply_redactions", "build_log", "current_book", "current_pair",
    "load_vault_policy", "read_log", "recover_anonymise", "store_redaction",
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
#: a transcript longer than this (characters) is refused: nobody reviews a 5-million-character
#: transcript, and it is more likely a mis-exported file than an interview
MAX_DOCUMENT_CHARS = 5_000_000
#: the fault points of storing one document's redaction (see :mod:`vault.faults`)
POINTS = declare_points("anonymise", {**STORE_STEPS, **SUPERSEDE_STEPS})

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

    def to_json(self) -> dict[str, Any]:
        """``{"items", "counts", "review", "failed"}`` (what ``--json`` prints; ids and counts)."""
        return {"items": self.items, "counts": self.counts, "review": self.review,
                "failed": [f.item for f in self.failed]}

    def check(self) -> None:
        """:raises PartialFailure: at least one document failed (the others are stored)."""
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

    def to_bytes(self) -> bytes:
        doc = {"version": LOG_VERSION, "raw": self.raw_id, "redacted": self.redacted_id,
               "kind": self.kind, "created": self.created, "policy": dict(self.policy),
               "spans": [dict(s) for s in self.spans], "review": [dict(r) for r in self.review],
               "book": {"revision": self.book_revision, "state": dict(self.book)}}
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
                       book=dict(book.get("state") or {}))
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


# -- the policy and the engine ------------------------------------------------------------------

def load_vault_policy(vault: Vault) -> RedactionPolicy:
    """The vault's ``policies/redaction.toml`` (fail closed: no fallback to the defaults).

    :raises PolicyError: missing, unreadable or invalid.
    """

    return load_redaction_policy(vault.policies_dir / "redaction.toml")


def _policy_record(policy: RedactionPolicy) -> dict[str, Any]:
    record: dict[str, Any] = {"threshold": policy.threshold, "review_floor": policy.review_floor,
                              "version": policy.version}
    source = Path(policy.source)
    if source.is_file():
        record["sha256"] = hashlib.sha256(source.read_bytes()).hexdigest()
    return record


class _Precomputed:
    """Stands in for the engine inside :func:`redact_document`: returns redactions already
    computed (one ``redact_many`` batch per participant; review decisions applied later), so the
    layout-keeping rewrite (.docx runs, cue timings) is the formats module's one and only."""

    def __init__(self, redactions: Sequence[Redaction]) -> None:
        self._redactions = list(redactions)

    def redact_many(self, texts: Sequence[str], **_kwargs: Any) -> list[Redaction]:
        if len(texts) != len(self._redactions):
            raise InputError("document changed while redacting")
        return self._redactions


def apply_redactions(doc: Document, redactions: Sequence[Redaction]) -> Document:
    """``doc`` with per-segment redactions (offsets relative to each segment) applied."""

    redacted, _ = redact_document(doc, _Precomputed(redactions))
    return redacted


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
        merged = sorted([*redaction.replacements, *extra], key=lambda r: r.start)
        out, cursor = [], 0
        for item in merged:
            out.append(text[cursor:item.start])
            out.append(item.replacement)
            cursor = item.end
        out.append(text[cursor:])
        return Redaction("".join(out), tuple(merged), redaction.review)


def _span_record(span_id: str, segment: int, item: Any, text: str, status: str
                 ) -> dict[str, Any]:
    return {"id": span_id, "segment": segment, "start": item.start, "end": item.end,
            "entity_type": item.entity_type, "replacement": item.replacement,
            "detector": item.detector, "score": item.score,
            "participant_marker": item.participant_marker, "text": text, "status": status}


def build_log(raw: _Raw, doc: Document, redactions: Sequence[Redaction], *, redacted_id: str,
              policy: RedactionPolicy, book: PseudonymBook, book_revision: int) -> RedactionLog:
    """The redaction log of one document (offsets relative to each original segment)."""
    spans: list[dict[str, Any]] = []
    review: list[dict[str, Any]] = []
    for index, (segment, red) in enumerate(zip(doc.segments, redactions)):
        for item in red.replacements:
            spans.append(_span_record(f"s{len(spans) + 1}", index, item,
                                      segment[item.start:item.end], "replaced"))
        for item in red.review:
            review.append(_span_record(f"r{len(review) + 1}", index, item,
                                       segment[item.start:item.end], "pending"))
    return RedactionLog(raw_id=raw.id, redacted_id=redacted_id, kind=doc.kind,
                        created=utc_now(), policy=_policy_record(policy), spans=tuple(spans),
                        review=tuple(review), book_revision=book_revision,
                        book=book.to_dict())


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
    :param policy: the redaction policy; default: the vault's ``policies/redaction.toml``.
    :param rerun: redo named items that already have a redaction (the new pair supersedes the
        old one; earlier review decisions are not carried over).
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
    if not todo:
        return VaultAnonymiseSummary((), (), tuple(skipped))
    # lazy: the engine loads Presidio and spaCy
    from vault.anonymise.engine import Anonymiser

    custody = vault.custody()
    if anonymiser is None:
        anonymiser = Anonymiser(policy if policy is not None else load_vault_policy(vault))
    register = load_register(vault)
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

    for marker, raws in groups.items():
        docs: list[tuple[_Raw, Document]] = []
        for raw in raws:
            try:
                docs.append((raw, _read_document(vault, raw, custody)))
            except VaultError as exc:
                failed.append(AnonymiseFailure(raw.id, exc))
                tick()
        if not docs:
            continue
        book, revision = current_book(vault, marker, custody)
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
            continue
        offset = 0
        for raw, doc in docs:
            mine = redactions[offset:offset + len(doc.segments)]
            offset += len(doc.segments)
            try:
                done.append(_store_document(vault, raw, doc, mine, anonymiser.policy, book,
                                            revision + 1, rerun))
            except VaultError as exc:
                failed.append(AnonymiseFailure(raw.id, exc))
            tick()
    return VaultAnonymiseSummary(tuple(done), tuple(failed), tuple(skipped))


def _read_document(vault: Vault, raw: _Raw, custody: Custody) -> Document:
    kind = raw.kind if f".{raw.kind}" in KINDS else "txt"
    # the label names the item, never its original file name (which may hold a name)
    doc = document_from_bytes(objects.read_object(vault, raw.id, custody), f"{raw.id}.{kind}")
    if sum(len(s) for s in doc.segments) > MAX_DOCUMENT_CHARS:
        raise InputError(f"{raw.id}.{kind}: transcript is too long "
                         f"(over {MAX_DOCUMENT_CHARS:,} characters)",
                         hint="split the transcript into its interviews and ingest them "
                              "separately")
    return doc


def _store_document(vault: Vault, raw: _Raw, doc: Document, redactions: Sequence[Redaction],
                    policy: RedactionPolicy, book: PseudonymBook, revision: int,
                    rerun: bool) -> AnonymisedItem:
    redacted = apply_redactions(doc, redactions)
    redacted_id = new_id("it")
    log = build_log(raw, doc, redactions, redacted_id=redacted_id, policy=policy, book=book,
                    book_revision=revision)
    supersede: list[str] = []
    if rerun:
        supersede = [r["id"] for r in vault.db.execute(
            "SELECT id FROM items WHERE parent_id = ? AND state = 'present' AND data_class IN "
            "(?, ?)", (raw.id, REDACTED_CLASS, LOG_CLASS)).fetchall()]
    counts = log.counts()
    review = len(log.pending)
    _, log_id = store_redaction(vault, raw.id, document_to_bytes(redacted), log,
                                supersede=supersede, action="anonymise",
                                details={"counts": counts, "review": review})
    return AnonymisedItem(raw.id, redacted_id, log_id, counts, review)
