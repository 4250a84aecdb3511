"""Redact one recording: align its transcript, mute the redacted spans, write the result.

The one function both the standalone command and the vault call::

    report = redact_recording(Path("P07.mp3"), doc, spans, Path("out/P07.mp3"), AudioPolicy())

``doc`` is the parsed *original* transcript (:func:`~vault.anonymise.formats.document_from_bytes`)
and ``spans`` its redacted spans (:class:`~vault.anonymise.audio.windows.SpanRef`, offsets in
its segments). Steps: recognise and probe the recording; decode a 16 kHz mono copy into an
anonymous memory file (:mod:`~vault.anonymise.audio.scratch`: a kill leaves none); find the spoken words (:mod:`~vault.anonymise.audio.script`); align them
(:mod:`~vault.anonymise.audio.align`); refuse a transcript that does not match the recording;
turn spans into padded, merged windows, failing closed (:mod:`~vault.anonymise.audio.windows`);
write the muted recording (:mod:`~vault.anonymise.audio.codec`).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from vault.anonymise.audio.align import Aligner, align
from vault.anonymise.audio.audio_policy import AudioPolicy
from vault.anonymise.audio.codec import analysis_copy, open_recording, write_muted
from vault.anonymise.audio.report import AudioReport
from vault.anonymise.audio.script import spoken_script
from vault.anonymise.audio.windows import SpanRef, mute_windows
from vault.anonymise.formats import Document
from vault.errors import InputError

__all__ = ["MIN_COVERAGE", "MIN_LOCATED", "redact_recording"]

#: below this share of the recording's sound inside aligned words, the transcript is taken to
#: be of another recording (see :attr:`~vault.anonymise.audio.align.Alignment.coverage`)
MIN_COVERAGE = 0.75
#: below this share of the transcript's words located, likewise
MIN_LOCATED = 0.6


def redact_recording(source: Path, doc: Document, spans: Sequence[SpanRef], out: Path,
                     policy: AudioPolicy, *, aligner: Aligner | None = None,
                     origin: Mapping[str, Any] | None = None, source_name: str | None = None,
                     out_name: str | None = None,
                     on_step: Callable[[str], None] | None = None) -> AudioReport:
    """Mute ``spans`` of ``doc`` in the recording ``source``, writing ``out``.

    :param source_name: what messages call ``source`` (default: its base name; an item id
        for a scratch file).
    :param out_name: likewise for ``out``.
    :param on_step: called with ``"aligned"`` (the analysis copy still exists) and ``"muted"``
        (``out`` is written): the vault's fault points.
    :param aligner: reuse a loaded aligner (its lexicon grows with the words it meets).
    :param origin: what the report says the spans came from (ids, never file names in a vault).
    :raises InputError: the recording is unreadable or undecodable, the transcript has no
        spoken words or does not match the recording, or ``out`` cannot be written.
    """
    recording = open_recording(source, name=source_name)
    script = spoken_script(doc)
    if not script.tokens:
        raise InputError(f"{doc.name}: the transcript has no spoken words",
                         hint="give the verbatim transcript of this recording")
    pcm = analysis_copy(source, recording)
    alignment = align(pcm, script, aligner if aligner is not None else Aligner())
    if on_step is not None:
        on_step("aligned")
    located_share = alignment.located / len(script.tokens)
    if alignment.coverage < MIN_COVERAGE or located_share < MIN_LOCATED:
        raise InputError(f"{doc.name}: the transcript does not match the recording "
                         f"{recording.name} ({alignment.coverage:.0%} of its sound aligned, "
                         f"{located_share:.0%} of the words found)",
                         hint="give the verbatim transcript of this very recording")
    located, windows = mute_windows(spans, script, alignment, padding=policy.padding)
    write_muted(source, recording, [(w.start, w.end) for w in windows], out, policy,
                out_name=out_name)
    if on_step is not None:
        on_step("muted")
    summary = {"tokens": len(script.tokens), "located": alignment.located,
               "guessed_pronunciations": len(alignment.guessed), "turns": len(script.turns),
               "searches": alignment.windows, "coverage": round(alignment.coverage, 3)}
    return AudioReport(recording, policy, tuple(located), tuple(windows), summary,
                       dict(origin or {}))
