"""Forced alignment of a transcript's spoken words to a recording, with pocketsphinx.

pocketsphinx 5 (PyPI) ships its US-English acoustic model and CMU dictionary inside the wheel;
nothing is downloaded. Given a word sequence as a finite-state grammar, its search finds where
each word lies in a stretch of 16 kHz mono audio, at 10 ms resolution, in a few hundredths of
real time (silence and noise fillers may come between words).

A whole interview is too long to align in one search, and a verbatim transcript never matches
the recording exactly (untranscribed speech, [inaudible], a mis-heard word, a dropout).
:func:`align` works through the recording in **windows** of ``window`` seconds, each given
*more* words than it can hold. The best path to the window's last frame is read before the
utterance is closed, so it may stop mid-text; the words it places well before the window's end
(more than ``guard`` seconds) are kept, and the next window starts after the last of them.

The grammar is the word sequence plus, per turn, an arc that skips the whole turn at a small
probability (``skip``): a turn the recording does not hold is left unplaced instead of squeezed
in, which would push its neighbours off their places. ``[inaudible]`` becomes a word made of
pocketsphinx's speech-filler phone, so unknown speech has somewhere to go. The beams are much
wider than pocketsphinx's recognition defaults (the acoustic model is US English, interviews
are not): narrow beams lose the one path alignment follows.

VTT/SRT cue times are anchors: a window never starts before its cue (less a slack), and a word
placed far outside its cue is not trusted. A word placed where there is hardly any sound is not
trusted either. When a window places nothing, the rest of its turn is left unlocated (the caller
then mutes the whole turn: fail closed) and alignment carries on with the next turn — at its
cue when it has one. ::

    aligner = Aligner()
    result = align(pcm16k, script, aligner)        # pcm16k: int16 mono samples at 16 kHz
    result.token_span(7)                           # (start s, end s) or None when unlocated
    result.guessed                                 # tokens whose pronunciation was guessed
    result.coverage                                # share of the sound inside placed words

pocketsphinx's own logging is switched off: it would print words.
"""
from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from vault.anonymise.audio.lexicon import Lexicon
from vault.anonymise.audio.script import Script

__all__ = ["SAMPLE_RATE", "Aligner", "Alignment", "align"]

#: the acoustic model's sample rate; audio is resampled to it for alignment
SAMPLE_RATE = 16000
#: frames per second of the decoder (pocketsphinx's default frame rate)
FRAME_RATE = 100
_HOP = SAMPLE_RATE // FRAME_RATE
#: the decoder's search module for alignment grammars
_SEARCH = "vault_align"
#: a word placed where fewer of its frames than this are voiced is not trusted
_MIN_VOICED = 0.25
#: the word standing for speech the transcript does not give: pocketsphinx's speech filler
#: phone as a dictionary word (the filler word itself cannot be told apart from the fillers
#: the search inserts on its own)
UNKNOWN_SPEECH = "vault_unknown_speech"
#: the filler "words" the alignment search inserts between words
_FILLERS = frozenset({"<s>", "</s>", "<sil>", "[NOISE]", "[SPEECH]", "[BREATH]", "[COUGH]"})


@dataclass(frozen=True)
class _Placed:
    #: position of the word in the text given to the window
    position: int
    #: frames relative to the window start, end exclusive
    start: int
    end: int


class Aligner:
    """A pocketsphinx decoder set up for alignment, with the lexicon of the words it aligns.

    :param beam: the search beams (wider than pocketsphinx's recognition defaults: alignment
        has one path to follow and must not lose it).
    """

    def __init__(self, *, beam: float = 1e-160, wbeam: float = 1e-80,
                 skip: float = 1e-45) -> None:
        from pocketsphinx import Decoder  # lazy: loads the acoustic model library

        self._decoder: Any = Decoder(lm=None, loglevel="FATAL", logfn=os.devnull, beam=beam,
                                     wbeam=wbeam, pbeam=beam)
        #: whether the alignment search module exists (pocketsphinx cannot be asked safely)
        self._searching = False
        #: probability of leaving a turn of the text unplaced (see :meth:`place`)
        self.skip = skip
        self._decoder.add_word(UNKNOWN_SPEECH, "+SPN+ +SPN+", True)
        self.lexicon = Lexicon(self._decoder.lookup_word)
        #: dictionary entries added for words the dictionary lacks
        self._added: dict[str, str] = {}

    def key(self, word: str, capitals: bool = False) -> tuple[str, bool]:
        """The dictionary entry to align ``word`` with (added when missing), and whether its
        pronunciation was guessed."""
        phones, guessed = self.lexicon.pronounce(word, capitals=capitals)
        if not guessed:
            return word, False
        key = word if not self.lexicon.known(word) else f"{word}_spelt"
        if key not in self._added:
            self._decoder.add_word(key, phones, True)
            self._added[key] = phones
        return key, True

    def place(self, pcm: np.ndarray, words: Sequence[str],
              skippable: Sequence[tuple[int, int]] = ()) -> list[_Placed] | None:
        """Align ``words`` (dictionary entries) to ``pcm``; the words placed, in order, or None.

        The search may stop before the last word when the audio ends first, and may skip a
        whole ``skippable`` run of words (a turn: ``(first, end)`` indices) at a cost
        (``skip``): a turn the recording does not hold (a dropout, cross-talk) is left unplaced
        rather than squeezed in, which would push its neighbours off their places. (Skips are
        offered per turn, not per word: epsilon arcs between every pair of words make the
        search quadratic.)
        """
        if not words or len(pcm) < _HOP * 10:
            return None
        decoder = self._decoder
        transitions: list[tuple[int, int, float] | tuple[int, int, float, str]] = [
            (index, index + 1, 1.0, word) for index, word in enumerate(words)]
        transitions += [(first, end, self.skip) for first, end in skippable
                        if 0 <= first < end <= len(words)]
        try:
            if self._searching:
                decoder.remove_search(_SEARCH)  # free the previous window's grammar
                self._searching = False
            fsg = decoder.create_fsg(_SEARCH, 0, len(words), transitions)
            decoder.add_fsg(_SEARCH, fsg)
            self._searching = True
            decoder.activate_search(_SEARCH)
            decoder.start_utt()
            decoder.process_raw(np.ascontiguousarray(pcm, dtype="<i2").tobytes(),
                                full_utt=True)
            # before the utterance ends, the search reports its best path to the last frame
            # whether or not it reached the last word; after, only a complete one
            partial = [(s.word, s.start_frame, s.end_frame) for s in decoder.seg() or ()]
            decoder.end_utt()
            complete = [(s.word, s.start_frame, s.end_frame) for s in decoder.seg() or ()]
        except (RuntimeError, ValueError):
            return None
        segments = complete or partial
        if not segments:
            return None
        # the placed words are a subsequence of ``words``: match each to the next word of its
        # name (alternative pronunciations are named "word(2)")
        placed: list[_Placed] = []
        position = 0
        for name, start, end in segments:
            if name in _FILLERS or name.startswith("+"):
                continue
            base = name.split("(", 1)[0] if name.endswith(")") else name
            while position < len(words) and words[position] != base:
                position += 1
            if position >= len(words):
                break
            placed.append(_Placed(position, int(start), int(end) + 1))
            position += 1
        return placed


@dataclass(frozen=True)
class Alignment:
    """Where each spoken token of a :class:`~vault.anonymise.audio.script.Script` was found."""

    #: seconds of audio aligned
    duration: float
    #: per token: (start, end) seconds, or None when not located
    spans: tuple[tuple[float, float] | None, ...]
    #: tokens whose pronunciation was guessed (not in the dictionary)
    guessed: frozenset[int]
    #: windows searched (for the report)
    windows: int
    #: per 10 ms frame: louder than the recording's speech threshold (see :func:`voiced_frames`)
    voiced: np.ndarray | None = field(default=None, compare=False, repr=False)

    def token_span(self, index: int) -> tuple[float, float] | None:
        return self.spans[index]

    @property
    def located(self) -> int:
        return sum(1 for s in self.spans if s is not None)

    @property
    def coverage(self) -> float:
        """The share of voiced frames lying inside placed words. A transcript that matches its
        recording covers nearly all of the sound (0.9 and more on synthetic interviews); one of
        another interview leaves much of it to pauses and fillers (0.7 and less)."""
        if self.voiced is None or not self.voiced.any():
            return 0.0
        inside = np.zeros(len(self.voiced), dtype=bool)
        for span in self.spans:
            if span is not None:
                inside[int(span[0] * FRAME_RATE):math.ceil(span[1] * FRAME_RATE)] = True
        return float((inside & self.voiced).sum() / self.voiced.sum())


def align(pcm: np.ndarray, script: Script, aligner: Aligner, *, window: float = 30.0,
          guard: float = 6.0, cue_slack: float = 1.5, cue_tolerance: float = 1.0) -> Alignment:
    """Align every spoken token of ``script`` to ``pcm`` (int16 mono, 16 kHz).

    :param window: seconds of audio per alignment search.
    :param guard: words ending less than this before a window's end are aligned again in the
        next window (the end of a search is unreliable).
    :param cue_slack: a window starting a VTT/SRT cue starts at most this early before it.
    :param cue_tolerance: a word placed further than this outside its cue is not trusted.
    """
    total = len(pcm) // _HOP
    words: list[str] = []
    owner: list[int] = []
    guessed: set[int] = set()
    for token in script.tokens:
        if token.index in script.unknown_speech:
            words.append(UNKNOWN_SPEECH)
            owner.append(-1)
        for word in token.words:
            key, was_guessed = aligner.key(word, token.capitals)
            words.append(key)
            owner.append(token.index)
            if was_guessed:
                guessed.add(token.index)
    if len(script.tokens) in script.unknown_speech:
        words.append(UNKNOWN_SPEECH)
        owner.append(-1)
    # an unknown-speech marker belongs to the turn of the token after it (or the last turn)
    turn_of_word = [0] * len(owner)
    following = script.tokens[-1].turn if script.tokens else 0
    for position in range(len(owner) - 1, -1, -1):
        if owner[position] >= 0:
            following = script.tokens[owner[position]].turn
        turn_of_word[position] = following
    first_word_of_turn: dict[int, int] = {}
    for position, turn_index in enumerate(turn_of_word):
        first_word_of_turn.setdefault(turn_index, position)
    # (first, end) word positions of each turn: a turn may be skipped whole
    starts = sorted(first_word_of_turn.values())
    turn_words = list(zip(starts, [*starts[1:], len(words)]))
    frames: list[tuple[int, int] | None] = [None] * len(words)
    win_frames = int(window * FRAME_RATE)
    guard_frames = int(guard * FRAME_RATE)
    cursor_w = 0
    cursor_f = 0
    searches = 0
    while cursor_w < len(words):
        turn = script.turns[turn_of_word[cursor_w]]
        if turn.cue is not None and first_word_of_turn.get(turn.index) == cursor_w:
            cursor_f = max(cursor_f, int((turn.cue[0] - cue_slack) * FRAME_RATE))
        if cursor_f >= total:
            break
        end_f = min(total, cursor_f + win_frames)
        last = end_f == total
        # more words than the window can hold (12 words a second is fast speech)
        count = len(words) - cursor_w if last else min(
            len(words) - cursor_w, max(8, math.ceil((end_f - cursor_f) / FRAME_RATE * 12)))
        searches += 1
        skippable = [(max(first, cursor_w) - cursor_w, min(end, cursor_w + count) - cursor_w)
                     for first, end in turn_words if end > cursor_w and first < cursor_w + count]
        placed = aligner.place(pcm[cursor_f * _HOP:end_f * _HOP],
                               words[cursor_w:cursor_w + count], skippable)
        accepted: list[_Placed] = []
        if placed:
            limit = (end_f - cursor_f) if last else (end_f - cursor_f - guard_frames)
            for item in placed:
                if item.end > limit:
                    break
                accepted.append(item)
            if not accepted and not last and placed[-1].position == count - 1:
                accepted = list(placed)  # the whole text fitted early in the window
        if not accepted:
            # nothing placed: this turn is not located (fail closed); go on with the next turn
            next_turn = turn.index + 1
            while next_turn < len(script.turns) and next_turn not in first_word_of_turn:
                next_turn += 1
            cursor_w = first_word_of_turn.get(next_turn, len(words))
            continue
        for item in accepted:
            frames[cursor_w + item.position] = (cursor_f + item.start, cursor_f + item.end)
        cursor_f += accepted[-1].end
        cursor_w += accepted[-1].position + 1
    voiced = voiced_frames(pcm)
    spans = _token_spans(script, owner, frames, turn_of_word, cue_tolerance, voiced)
    return Alignment(total / FRAME_RATE, tuple(spans), frozenset(guessed), searches, voiced)


def voiced_frames(pcm: np.ndarray, *, above_floor: float = 15.0,
                  minimum: float = -60.0) -> np.ndarray:
    """Per 10 ms frame, whether it is loud enough to be speech: more than ``above_floor`` dB over
    the recording's noise floor (its 10th-percentile frame level) and above ``minimum`` dBFS."""
    frames = len(pcm) // _HOP
    if frames == 0:
        return np.zeros(0, dtype=bool)
    levels = np.empty(frames, dtype=np.float64)
    step = 6000  # frames per block (a minute): bounded memory on long recordings
    for first in range(0, frames, step):
        block = np.asarray(pcm[first * _HOP:min(frames, first + step) * _HOP],
                           dtype=np.float64).reshape(-1, _HOP) / 32768.0
        levels[first:first + len(block)] = 10 * np.log10(np.mean(block * block, axis=1) + 1e-12)
    floor = float(np.percentile(levels, 10))
    return np.asarray(levels > max(floor + above_floor, minimum))


def _token_spans(script: Script, owner: list[int], frames: list[tuple[int, int] | None],
                 turn_of_word: list[int], cue_tolerance: float, voiced: np.ndarray
                 ) -> list[tuple[float, float] | None]:
    """Per token: the union of its words' frames (None if any word was not placed, was
    placed outside its cue, or was placed where there is hardly any sound)."""
    spans: list[tuple[float, float] | None] = [None] * len(script.tokens)
    missing: set[int] = set()
    for position, token in enumerate(owner):
        if token < 0:
            continue  # unknown speech
        found = frames[position]
        if found is None:
            missing.add(token)
            continue
        start, end = found[0] / FRAME_RATE, found[1] / FRAME_RATE
        if found[1] > found[0] and voiced[found[0]:found[1]].mean() < _MIN_VOICED:
            missing.add(token)  # a word placed in silence was not found
            continue
        cue = script.turns[turn_of_word[position]].cue
        if cue is not None and (end < cue[0] - cue_tolerance or start > cue[1] + cue_tolerance):
            missing.add(token)
            continue
        current = spans[token]
        spans[token] = (start, end) if current is None else (min(current[0], start),
                                                             max(current[1], end))
    for token in missing:
        spans[token] = None
    return spans
