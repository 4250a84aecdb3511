"""From redacted character spans to the time windows muted in the recording.

Each redacted span (a :class:`SpanRef`: segment and character offsets in the transcript, as in a
redaction log) covers some spoken tokens of the :class:`~vault.anonymise.audio.script.Script`.
Where the :class:`~vault.anonymise.audio.align.Alignment` placed them decides how the span is
**located**:

``aligned``
    every token was placed. The window runs from the span's first word to its last, padded,
    and widened through the pauses on either side up to the neighbouring words (at most
    ``reach`` seconds): a word the aligner cut short ends in what it called a pause, never in
    the next word it placed;
``interpolated``
    some tokens were not placed, but placed words of the same turn stand on both sides: the
    window is everything between those neighbours. An aligned span is also widened, and
    reported as interpolated, when sound lies in what the aligner took for a pause within
    ``horizon`` seconds of it (the silence model swallowed a word: its neighbours may be
    misplaced) — the window then reaches over that sound;
``turn``
    otherwise (**fail closed**): the whole turn or cue is muted, from the last placed word
    before it (or its cue start, whichever is earlier) to the first placed word after it (or
    its cue end, whichever is later); with nothing placed before or after, from the start or
    to the end of the recording;
``unspoken``
    the span covers no spoken word (a speaker label, an annotation, a .docx header, a NOTE):
    there is nothing to mute and nothing is.

Every window is padded by ``padding`` seconds on both sides, clipped to the recording and merged
when they touch or lie closer than ``join`` seconds. :func:`mute_windows` returns them with, for
each span, how it was located — the report's content (times and offsets, never words).
"""
from __future__ import annotations

import bisect
import enum
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from vault.anonymise.audio.align import Alignment
from vault.anonymise.audio.script import Script, Token

__all__ = ["Located", "MuteWindow", "SpanRef", "SpanWindow", "mute_windows"]


class Located(enum.Enum):
    """How a span's time was found (ordered from most to least precise)."""

    ALIGNED = "aligned"
    INTERPOLATED = "interpolated"
    TURN = "turn"
    UNSPOKEN = "unspoken"


_RANK = {Located.ALIGNED: 0, Located.INTERPOLATED: 1, Located.TURN: 2, Located.UNSPOKEN: -1}
#: a voiced run this long (10 ms frames) in a "pause" means the aligner missed a word
_SUSPECT_RUN = 12


@dataclass(frozen=True)
class SpanRef:
    """A redacted span of the transcript: segment and character offsets (no text)."""

    segment: int
    start: int
    end: int
    #: the redaction log's span id, or a position for standalone runs
    ref: str = ""
    entity_type: str = ""


@dataclass(frozen=True)
class SpanWindow:
    """Where one redacted span was muted."""

    span: SpanRef
    located: Located
    #: seconds, padded; None for unspoken spans
    start: float | None
    end: float | None
    #: the turn (or cue) the span is in, when known
    turn: int | None
    #: tokens of the span whose pronunciation was guessed
    guessed: int = 0


@dataclass(frozen=True)
class MuteWindow:
    """A stretch of the recording replaced by silence or tone (merged span windows)."""

    start: float
    end: float
    #: the least precise way any of its spans was located
    located: Located
    #: indices into the span list
    spans: tuple[int, ...]


def _neighbours(alignment: Alignment, script: Script, first: int, end: int
                ) -> tuple[float | None, float | None]:
    """End of the last placed token before ``first`` and start of the first after ``end``."""
    before = next((span[1] for i in range(first - 1, -1, -1)
                   if (span := alignment.spans[i]) is not None), None)
    after = next((span[0] for i in range(end, len(script.tokens))
                  if (span := alignment.spans[i]) is not None), None)
    return before, after


def _gaps(alignment: Alignment) -> list[tuple[float, float]]:
    """The stretches between placed words (from the start to the end of the recording)."""
    placed = sorted(s for s in alignment.spans if s is not None)
    edges = [(0.0, 0.0), *placed, (alignment.duration, alignment.duration)]
    return [(a[1], b[0]) for a, b in itertools.pairwise(edges) if b[0] > a[1]]


def _voiced_gaps(alignment: Alignment, gaps: Sequence[tuple[float, float]], first: int,
                 end: int, horizon: float) -> tuple[float | None, float | None]:
    """Sound the aligner called a pause, near a span: the earliest start (before the span) and
    the latest end (after it) of voiced runs of at least ``_SUSPECT_RUN`` frames lying in the
    gaps between placed words within ``horizon`` seconds of the span.

    Speech inside what the aligner took for a pause means words around it were misplaced (the
    silence model swallowed a word and the neighbours shifted), so the span may reach there.
    """
    voiced = alignment.voiced
    if voiced is None:
        return None, None
    own = [s for s in alignment.spans[first:end] if s is not None]
    span_start, span_end = min(s[0] for s in own), max(s[1] for s in own)
    earliest: float | None = None
    latest: float | None = None
    # gaps are sorted and disjoint: look only at those near the span
    index = bisect.bisect_left(gaps, (span_start - horizon - 1e-9, 0.0))
    index = max(0, index - 1)
    while index < len(gaps) and gaps[index][0] <= span_end + horizon:
        gap_start, gap_end = gaps[index]
        index += 1
        before = gap_end <= span_start and gap_end >= span_start - horizon
        after = gap_start >= span_end and gap_start <= span_end + horizon
        if not (before or after):
            continue
        run = _longest_run(voiced, gap_start, gap_end)
        if run is None:
            continue
        if before:
            earliest = run[0] if earliest is None else min(earliest, run[0])
        else:
            latest = run[1] if latest is None else max(latest, run[1])
    return earliest, latest


def _longest_run(voiced: np.ndarray, start: float, end: float) -> tuple[float, float] | None:
    """The first and last voiced frame times of ``[start, end)`` if it holds a voiced run of at
    least ``_SUSPECT_RUN`` frames, else None."""
    frames = voiced[int(start * 100):int(end * 100)]
    if len(frames) < _SUSPECT_RUN:
        return None
    padded = np.concatenate(([False], frames, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    runs = edges.reshape(-1, 2)
    long_runs = runs[(runs[:, 1] - runs[:, 0]) >= _SUSPECT_RUN]
    if not len(long_runs):
        return None
    base = int(start * 100)
    return (base + long_runs[0][0]) / 100, (base + long_runs[-1][1]) / 100


def _locate(span: SpanRef, tokens: Sequence[Token], script: Script, alignment: Alignment,
            gaps: Sequence[tuple[float, float]], padding: float, reach: float, horizon: float
            ) -> tuple[Located, float, float, int | None]:
    """(how, start, end, turn), padded."""
    first, end = tokens[0].index, tokens[-1].index + 1
    turn = script.turns[tokens[0].turn]
    placed = [alignment.spans[t.index] for t in tokens]
    before, after = _neighbours(alignment, script, first, end)
    if all(p is not None for p in placed):
        start = min(p[0] for p in placed if p is not None)
        stop = max(p[1] for p in placed if p is not None)
        # padded, and widened through the pauses around the span up to the neighbouring words
        widest_start = max(before, start - reach) if before is not None and before < start \
            else start
        widest_stop = min(after, stop + reach) if after is not None and after > stop else stop
        how = Located.ALIGNED
        earliest, latest = _voiced_gaps(alignment, gaps, first, end, horizon)
        if earliest is not None:
            widest_start, how = min(widest_start, earliest), Located.INTERPOLATED
        if latest is not None:
            widest_stop, how = max(widest_stop, latest), Located.INTERPOLATED
        return (how, min(start - padding, widest_start - padding if how is
                         Located.INTERPOLATED else widest_start),
                max(stop + padding, widest_stop + padding if how is Located.INTERPOLATED
                    else widest_stop), turn.index)
    same_turn_before = any(alignment.spans[i] is not None
                           for i in range(turn.first, first)) and before is not None
    same_turn_after = any(alignment.spans[i] is not None
                          for i in range(end, turn.end)) and after is not None
    if same_turn_before and same_turn_after and before is not None and after is not None:
        return Located.INTERPOLATED, before - padding, after + padding, turn.index
    # fail closed: the whole turn, between the placed words around it
    turn_before, turn_after = _neighbours(alignment, script, turn.first, turn.end)
    start = turn_before if turn_before is not None else 0.0
    stop = turn_after if turn_after is not None else alignment.duration
    if turn.cue is not None:
        start = min(start, turn.cue[0])
        stop = max(stop, turn.cue[1])
    return Located.TURN, start - padding, stop + padding, turn.index


def mute_windows(spans: Sequence[SpanRef], script: Script, alignment: Alignment, *,
                 padding: float = 0.25, reach: float = 0.6, horizon: float = 1.5,
                 join: float = 0.1) -> tuple[list[SpanWindow], list[MuteWindow]]:
    """Locate every span and merge the padded windows.

    :param padding: seconds added before and after every window.
    :param reach: how far (seconds) an aligned span's window reaches into the pauses around it.
    :param join: windows closer than this are merged.
    :returns: one :class:`SpanWindow` per span (same order) and the merged windows.
    """
    duration = alignment.duration
    gaps = _gaps(alignment)
    located: list[SpanWindow] = []
    for span in spans:
        tokens = script.tokens_in(span.segment, span.start, span.end)
        if not tokens:
            turn = script.turn_at(span.segment, span.start)
            located.append(SpanWindow(span, Located.UNSPOKEN, None, None,
                                      turn.index if turn else None))
            continue
        how, start, stop, turn_index = _locate(span, tokens, script, alignment, gaps, padding,
                                               reach, horizon)
        guessed = sum(1 for t in tokens if t.index in alignment.guessed)
        located.append(SpanWindow(span, how, max(0.0, start), min(duration, stop), turn_index,
                                  guessed))
    order = sorted((i for i, w in enumerate(located) if w.start is not None),
                   key=lambda i: (located[i].start or 0.0))
    merged: list[MuteWindow] = []
    for i in order:
        window = located[i]
        assert window.start is not None and window.end is not None
        if merged and window.start <= merged[-1].end + join:
            last = merged[-1]
            how = max(last.located, window.located, key=lambda h: _RANK[h])
            merged[-1] = MuteWindow(last.start, max(last.end, window.end), how,
                                    (*last.spans, i))
        else:
            merged.append(MuteWindow(window.start, window.end, window.located, (i,)))
    return located, merged
