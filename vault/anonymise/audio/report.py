"""The per-recording report of an audio redaction: windows, and how each span was located.

The report holds times, character offsets, entity types and counts — never a word of the
transcript — so it can be kept beside the redacted recording (encrypted in the vault, or the
``--report`` file of the standalone command)::

    report = AudioReport(recording, policy, spans, windows, alignment_summary)
    report.to_json()          # {"version": 1, "recording": ..., "windows": [...], ...}
    report.fail_closed        # spans muted with their whole turn (could not be located)

``located`` is one of ``aligned`` (the span's words were found), ``interpolated`` (found
between aligned neighbours, or widened because its neighbours were doubtful), ``turn`` (not
found: the whole turn or cue was muted — fail closed) and ``unspoken`` (the span covers no
spoken word, e.g. a speaker label: nothing to mute).
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from vault.anonymise.audio.audio_policy import AudioPolicy
from vault.anonymise.audio.codec import Recording
from vault.anonymise.audio.windows import Located, MuteWindow, SpanWindow

__all__ = ["REPORT_VERSION", "AudioReport", "summary_line"]

REPORT_VERSION = 1


@dataclass(frozen=True)
class AudioReport:
    """What one audio redaction did (no words)."""

    recording: Recording
    policy: AudioPolicy
    spans: tuple[SpanWindow, ...] = field(repr=False)
    windows: tuple[MuteWindow, ...] = field(repr=False)
    #: tokens, located, guessed, searches, turns, coverage
    alignment: Mapping[str, Any] = field(default_factory=dict)
    #: where the spans came from (vault item ids, or the transcript's file name)
    source: Mapping[str, Any] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        """Spans per way of locating them."""
        out = {how.value: 0 for how in Located}
        for span in self.spans:
            out[span.located.value] += 1
        return out

    @property
    def fail_closed(self) -> tuple[SpanWindow, ...]:
        """Spans that could not be located, muted with their whole turn."""
        return tuple(s for s in self.spans if s.located is Located.TURN)

    @property
    def muted_seconds(self) -> float:
        return sum(w.end - w.start for w in self.windows)

    def to_json(self) -> dict[str, Any]:
        refs = [s.span.ref or str(i) for i, s in enumerate(self.spans)]
        return {
            "version": REPORT_VERSION,
            "source": dict(self.source),
            "recording": self.recording.to_json(),
            "policy": self.policy.to_json(),
            "alignment": dict(self.alignment),
            "counts": self.counts,
            "muted_seconds": round(self.muted_seconds, 3),
            "windows": [{"start": round(w.start, 3), "end": round(w.end, 3),
                         "located": w.located.value, "spans": [refs[i] for i in w.spans]}
                        for w in self.windows],
            "spans": [{"ref": refs[i], "segment": s.span.segment, "start": s.span.start,
                       "end": s.span.end, "entity_type": s.span.entity_type,
                       "located": s.located.value, "turn": s.turn, "guessed_words": s.guessed,
                       "from": None if s.start is None else round(s.start, 3),
                       "to": None if s.end is None else round(s.end, 3)}
                      for i, s in enumerate(self.spans)],
            "fail_closed": [refs[i] for i, s in enumerate(self.spans)
                            if s.located is Located.TURN],
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), indent=2, sort_keys=True) + "\n").encode("utf-8")


def summary_line(report: AudioReport) -> str:
    """One line for the terminal: windows, seconds muted, how spans were located."""
    counts = report.counts
    return (f"{len(report.windows)} window(s), {report.muted_seconds:.1f} s muted of "
            f"{report.recording.duration:.1f} s; spans: {counts['aligned']} aligned, "
            f"{counts['interpolated']} interpolated, {counts['turn']} whole turn, "
            f"{counts['unspoken']} unspoken")

