"""What the review workbench shows: a transcript's redacted text, turn by turn, with every
replacement and every span under review placed in it.

Built from the vault with the same records ``vault review`` reads (the current redacted
transcript and its redaction log, :mod:`vault.anonymise.stored_transcripts`)::

    summaries = transcript_summaries(vault)      # [TranscriptSummary(raw_id, label, pending…)]
    view = transcript_view(vault, summaries[0].raw_id)
    view.turns[0].pieces                          # (Piece("text", "Interviewer: …"), …)
    view.cards                                    # the pending spans, with recogniser and score

A redaction log keeps offsets in the *original* segment; a replacement's place in the redacted
segment is its original offset shifted by the replacements before it (as the review's
:func:`~vault.anonymise.review.apply_decisions` places them). Markers are rendered to the
current epoch's codes; the pending spans' own text is shown (they are undecided), the original
text of replaced spans never is.

Identifying (the pending spans' text, the transcripts' words): these values go to the
custodian's browser only, never to logs or the terminal.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault import objects
from vault.anonymise.formats import document_from_bytes
from vault.anonymise.stored_transcripts import LOG_CLASS, RedactionLog, current_pair
from vault.codes.epochs import current_codes
from vault.errors import InputError
from vault.markers import render

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["Piece", "SpanCard", "TranscriptSummary", "TranscriptView", "Turn", "study_progress",
           "transcript_summaries", "transcript_view"]

#: a speaker label at the start of a turn ("Interviewer:", "[P07]:")
_SPEAKER = re.compile(r"^\s*([^\s:][^:\n]{0,39}):[ \t]*")


@dataclass(frozen=True)
class Piece:
    """A run of a turn: plain text, a replacement, a span awaiting review, or a span kept."""

    #: "text" | "replaced" | "pending" | "kept"
    kind: str
    text: str = field(repr=False)
    entity_type: str = ""
    #: the review span's id ("r3"), for "pending" and "kept"
    span_id: str = ""


@dataclass(frozen=True)
class Turn:
    """One line of the transcript: a speaker's turn."""

    speaker: str = field(repr=False)
    pieces: tuple[Piece, ...] = field(repr=False)


@dataclass(frozen=True)
class SpanCard:
    """A span awaiting a decision, with what the engine knew about it."""

    span_id: str
    entity_type: str
    #: the recogniser that found it ("spacy", "register", a pattern's name)
    detector: str
    score: float
    #: the span's text (identifying: the custodian's browser only)
    text: str = field(repr=False)
    #: what it becomes when accepted: a participant code, a pseudonym label or a placeholder
    becomes: str = field(repr=False)
    #: index of its turn in :attr:`TranscriptView.turns`
    turn: int = 0


@dataclass(frozen=True)
class TranscriptSummary:
    """A transcript in the workbench's list: no text."""

    raw_id: str
    #: participant code, interview and format ("P07 · interview 2 · docx")
    label: str
    pending: int
    reviewed: int


@dataclass(frozen=True)
class TranscriptView:
    """One transcript as the workbench shows it."""

    raw_id: str
    redacted_id: str
    label: str
    turns: tuple[Turn, ...] = field(repr=False)
    cards: tuple[SpanCard, ...] = field(repr=False)
    #: replacements per entity type (accepted review spans included)
    counts: Mapping[str, int] = field(default_factory=dict)
    #: spans whose place in the redacted text could not be found (shown as cards only)
    unplaced: int = 0


def _label(marker: str | None, interview: int | None, kind: str,
           codes: Mapping[str, str]) -> str:
    parts = [codes.get(marker, "no participant") if marker else "no participant"]
    if interview is not None:
        parts.append(f"interview {interview}")
    parts.append(kind)
    return " · ".join(parts)


def _raw_ids(vault: Vault) -> list[str]:
    rows = vault.db.execute(
        "SELECT DISTINCT parent_id FROM items WHERE data_class = ? AND state = 'present' "
        "AND parent_id IS NOT NULL ORDER BY participant_marker, interview, parent_id",
        (LOG_CLASS,)).fetchall()
    return [str(r["parent_id"]) for r in rows]


def transcript_summaries(vault: Vault) -> list[TranscriptSummary]:
    """Every anonymised transcript with its count of pending and decided review spans.

    :raises CustodyError: no custodian to decrypt the redaction logs.
    """
    custody = vault.custody()
    codes = current_codes(vault)
    out = []
    for raw_id in _raw_ids(vault):
        found = current_pair(vault, raw_id, custody)
        if found is None:
            continue
        pair, log = found
        pending = len(log.pending)
        out.append(TranscriptSummary(raw_id, _label(pair.participant_marker,
                                                    pair.interview, pair.kind, codes),
                                     pending, len(log.review) - pending))
    return out


def study_progress(summaries: Sequence[TranscriptSummary]) -> tuple[int, int]:
    """(decided, all) review spans across the study."""
    return (sum(s.reviewed for s in summaries),
            sum(s.reviewed + s.pending for s in summaries))


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    piece: Piece


def _edits(log: RedactionLog) -> list[tuple[int, int, int, str, str]]:
    """(segment, start, end, replacement, entity type) of every edit in the redacted text."""
    out = [(int(s["segment"]), int(s["start"]), int(s["end"]), str(s["replacement"]),
            str(s["entity_type"])) for s in log.spans]
    for span in log.review:
        if span["status"] == "accepted":
            for start, end in span.get("pieces") or [[span["start"], span["end"]]]:
                out.append((int(span["segment"]), int(start), int(end),
                            str(span["replacement"]), str(span["entity_type"])))
    return out


def _shift(edits: Sequence[tuple[int, int, int, str, str]], segment: int, start: int) -> int:
    return start + sum(len(rep) - (end - s) for seg, s, end, rep, _ in edits
                       if seg == segment and end <= start)


def _marks(log: RedactionLog, segments: Sequence[str], codes: Mapping[str, str]
           ) -> tuple[dict[int, list[_Mark]], set[str]]:
    """Each segment's marks (sorted, not overlapping), and the review spans not placed."""
    edits = _edits(log)
    marks: dict[int, list[_Mark]] = {}
    for seg, start, _end, rep, entity in edits:
        at = _shift(edits, seg, start)
        marks.setdefault(seg, []).append(
            _Mark(at, at + len(rep), Piece("replaced", render(rep, codes), entity)))
    unplaced: set[str] = set()
    for span in log.review:
        if span["status"] not in ("pending", "rejected"):
            continue
        seg, text = int(span["segment"]), str(span["text"])
        at = _shift(edits, seg, int(span["start"]))
        if seg >= len(segments) or segments[seg][at:at + len(text)] != text:
            unplaced.add(str(span["id"]))
            continue
        kind = "pending" if span["status"] == "pending" else "kept"
        marks.setdefault(seg, []).append(
            _Mark(at, at + len(text), Piece(kind, text, str(span["entity_type"]),
                                            str(span["id"]))))
    for seg, found in marks.items():
        found.sort(key=lambda m: (m.start, m.end))
        kept: list[_Mark] = []
        for mark in found:
            if kept and mark.start < kept[-1].end:
                if mark.piece.span_id:
                    unplaced.add(mark.piece.span_id)
                continue
            kept.append(mark)
        marks[seg] = kept
    return marks, unplaced


def _segment_pieces(segment: str, marks: Sequence[_Mark], codes: Mapping[str, str]
                    ) -> list[Piece | None]:
    """The segment as pieces; None stands for a line break (a new turn)."""
    out: list[Piece | None] = []

    def plain(text: str) -> None:
        for number, line in enumerate(text.split("\n")):
            if number:
                out.append(None)
            line = line.rstrip("\r")
            if line:
                out.append(Piece("text", render(line, codes)))

    cursor = 0
    for mark in marks:
        plain(segment[cursor:mark.start])
        out.append(mark.piece)
        cursor = mark.end
    plain(segment[cursor:])
    return out


def _turn(pieces: list[Piece]) -> Turn:
    if pieces and pieces[0].kind == "text":
        match = _SPEAKER.match(pieces[0].text)
        if match:
            rest = pieces[0].text[match.end():]
            tail = [Piece("text", rest)] if rest else []
            return Turn(match.group(1), (*tail, *pieces[1:]))
    return Turn("", tuple(pieces))


def transcript_view(vault: Vault, raw_id: str) -> TranscriptView:
    """The transcript ``raw_id`` as the workbench shows it.

    :raises InputError: the transcript has not been anonymised (or is unknown here).
    :raises CustodyError: no custodian.
    :raises StoreError: an object is missing or not readable.
    """
    custody = vault.custody()
    found = current_pair(vault, raw_id, custody)
    if found is None:
        raise InputError("this transcript has no redaction to review",
                         hint="pick a transcript from the list")
    pair, log = found
    codes = current_codes(vault)
    doc = document_from_bytes(objects.read_object(vault, pair.redacted_id, custody),
                              f"{pair.redacted_id}.{pair.kind}")
    marks, unplaced = _marks(log, doc.segments, codes)
    turns: list[Turn] = []
    where: dict[str, int] = {}
    for index, segment in enumerate(doc.segments):
        current: list[Piece] = []
        for piece in [*_segment_pieces(segment, marks.get(index, []), codes), None]:
            if piece is None:
                if current:
                    turns.append(_turn(current))
                current = []
                continue
            if piece.span_id:
                where[piece.span_id] = len(turns)
            current.append(piece)
    cards = tuple(
        SpanCard(str(r["id"]), str(r["entity_type"]), str(r.get("detector") or ""),
                 float(r["score"]), str(r["text"]), render(str(r["replacement"]), codes),
                 where.get(str(r["id"]), -1))
        for r in log.pending)
    return TranscriptView(pair.raw_id, pair.redacted_id,
                          _label(pair.participant_marker, pair.interview, pair.kind,
                                 codes),
                          tuple(turns), cards, log.counts(),
                          len(unplaced & {c.span_id for c in cards}))


def span_text(vault: Vault, raw_id: str, span_id: str) -> str:
    """The text of one pending span (for adding it to a term list).

    :raises InputError: no such pending span.
    """
    found = current_pair(vault, raw_id, vault.custody())
    record: Mapping[str, Any] | None = None
    if found is not None:
        record = next((r for r in found[1].pending if r["id"] == span_id), None)
    if record is None:
        raise InputError("that span is no longer awaiting review",
                         hint="reload the page")
    return str(record["text"])
