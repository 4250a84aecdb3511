"""Synthetic interviews with known word times, for the audio redaction tests and bench.

Every word is synthesised on its own with ``espeak-ng`` (Debian package), trimmed to where it is
louder than -50 dBFS and joined to the others with known gaps, so the true time of every word is
known to the sample. The matching verbatim transcript is written in each format vault reads
(txt with speaker labels, .docx, WebVTT, SRT), with the character spans of the identifiers::

    if espeak_missing(): pytest.skip(espeak_missing())
    interview = make_interview(seed=3)
    interview.audio, interview.rate                    # float32 mono samples
    data, spans = interview.transcript("vtt")          # bytes, [(segment, start, end)]
    interview.words                                    # SpokenWord(start, end, identifier, ...)

Identifiers are names, places, hospitals, dates, ages and phone numbers, several said as words
although written as digits ("2019" said "twenty nineteen", "42" said "forty two"), some not in
the aligner's dictionary ("Hexham", "Okafor"). Turns carry the transcript conventions an
aligner must cope with: "erm", "um", "[laughs]" (a burst of noise in the audio) and
"[inaudible]" (speech in the audio that the transcript does not give).

Everything here is synthetic: no real person, place of work or number.
"""
from __future__ import annotations

import functools
import hashlib
import io
import itertools
import math
import random
import re
import shutil
import subprocess
import wave
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

#: a 10 ms frame quieter than this (dBFS) is muted
MUTED_DBFS = -50.0

#: the sample rate espeak-ng writes (kept: the recordings are not at the aligner's 16 kHz)
RATE = 22050
#: samples louder than this (dBFS) are speech when trimming a synthesised word
TRIM_DBFS = -50.0
#: espeak-ng voices: US English variants (the aligner's acoustic model is US English)
VOICES = ("en-us", "en-us+m3", "en-us+f2", "en-us+m7", "en-us+f4")
LABELS = ("Interviewer", "Participant")


def espeak_missing() -> str | None:
    """Why synthetic interviews cannot be made here (None when espeak-ng is installed)."""
    if shutil.which("espeak-ng") is None:
        return "espeak-ng is not installed (apt-get install espeak-ng; .ci/run does this)"
    return None


@dataclass(frozen=True)
class Token:
    """One written word of the transcript and how it is said."""

    written: str
    spoken: tuple[str, ...]
    #: index of the identifier phrase it belongs to, or -1
    identifier: int = -1


@dataclass(frozen=True)
class SpokenWord:
    """One synthesised word: its true time span in the recording (seconds)."""

    text: str
    start: float
    end: float
    #: the turn and the token (in that turn) it belongs to
    turn: int
    token: int
    identifier: bool


@dataclass(frozen=True)
class Turn:
    label: str
    tokens: tuple[Token, ...]
    #: sentence boundaries: token indices where a new cue may start
    breaks: tuple[int, ...] = ()


@dataclass
class Interview:
    """A synthetic recording and its verbatim transcript."""

    audio: np.ndarray
    rate: int
    turns: list[Turn]
    words: list[SpokenWord]
    #: (turn, first token, end token) of every identifier phrase
    phrases: list[tuple[int, int, int]]
    seed: int
    #: cue jitter (seconds) applied to VTT/SRT timings
    cue_jitter: float = 0.25
    _cue_cache: dict[int, list[tuple[int, int, int, float, float]]] = field(default_factory=dict)

    @property
    def duration(self) -> float:
        return len(self.audio) / self.rate

    def wav_bytes(self) -> bytes:
        """The recording as 16-bit PCM WAV."""
        pcm = np.clip(self.audio * 32767.0, -32768, 32767).astype("<i2")
        out = io.BytesIO()
        with wave.open(out, "wb") as writer:
            writer.setnchannels(1)
            writer.setsampwidth(2)
            writer.setframerate(self.rate)
            writer.writeframes(pcm.tobytes())
        return out.getvalue()

    # -- transcripts ----------------------------------------------------------------------------

    def _turn_text(self, turn: Turn) -> tuple[str, list[tuple[int, int]]]:
        """A turn's text after its label, and each token's offsets in it."""
        parts: list[str] = []
        offsets: list[tuple[int, int]] = []
        cursor = 0
        for index, token in enumerate(turn.tokens):
            if index:
                parts.append(" ")
                cursor += 1
            offsets.append((cursor, cursor + len(token.written)))
            parts.append(token.written)
            cursor += len(token.written)
        return "".join(parts), offsets

    def _cues(self) -> list[tuple[int, int, int, float, float]]:
        """(turn, first token, end token, start s, end s) of each cue: one per sentence."""
        if self._cue_cache.get(0) is not None:
            return self._cue_cache[0]
        rng = random.Random(self.seed * 7919 + 1)
        by_token: dict[tuple[int, int], list[SpokenWord]] = {}
        for word in self.words:
            by_token.setdefault((word.turn, word.token), []).append(word)
        cues = []
        for t, turn in enumerate(self.turns):
            bounds = [0, *[b for b in turn.breaks if 0 < b < len(turn.tokens)], len(turn.tokens)]
            for first, end in itertools.pairwise(bounds):
                spoken = [w for i in range(first, end) for w in by_token.get((t, i), [])]
                if not spoken:
                    continue
                start = max(0.0, spoken[0].start - rng.uniform(0.0, self.cue_jitter))
                stop = min(self.duration, spoken[-1].end + rng.uniform(0.0, self.cue_jitter))
                cues.append((t, first, end, start, stop))
        # cues never overlap
        for i in range(1, len(cues)):
            previous, current = cues[i - 1], cues[i]
            if current[3] < previous[4]:
                middle = (previous[4] + current[3]) / 2
                cues[i - 1] = (*previous[:4], middle)
                cues[i] = (*current[:3], middle, current[4])
        self._cue_cache[0] = cues
        return cues

    def transcript(self, kind: str) -> tuple[bytes, list[tuple[int, int, int]]]:
        """The verbatim transcript as ``kind`` (txt, docx, vtt, srt) and the identifier spans
        as (segment, start, end) in the segments ``vault.anonymise.formats`` reads."""
        if kind == "txt":
            return self._txt()
        if kind == "docx":
            return self._docx()
        if kind in ("vtt", "srt"):
            return self._subtitles(kind)
        raise ValueError(kind)

    def _phrase_spans(self, turn: int, offsets: list[tuple[int, int]], base: int,
                      first: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        spans = []
        stop = len(offsets) if end is None else end
        for t, a, b in self.phrases:
            if t != turn:
                continue
            a2, b2 = max(a, first), min(b, stop)
            if a2 < b2:
                spans.append((base + offsets[a2][0] - offsets[first][0],
                              base + offsets[b2 - 1][1] - offsets[first][0]))
        return spans

    def _txt(self) -> tuple[bytes, list[tuple[int, int, int]]]:
        lines: list[str] = []
        spans: list[tuple[int, int, int]] = []
        cursor = 0
        for t, turn in enumerate(self.turns):
            text, offsets = self._turn_text(turn)
            prefix = f"{turn.label}: "
            spans.extend((0, a, b) for a, b in
                         self._phrase_spans(t, offsets, cursor + len(prefix)))
            line = prefix + text + "\n"
            lines.append(line)
            cursor += len(line)
        return "".join(lines).encode("utf-8"), spans

    def _docx(self) -> tuple[bytes, list[tuple[int, int, int]]]:
        import docx

        document = docx.Document()
        spans: list[tuple[int, int, int]] = []
        for t, turn in enumerate(self.turns):
            text, offsets = self._turn_text(turn)
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{turn.label}:").bold = True
            paragraph.add_run(" " + text)
            spans.extend((t, a, b) for a, b in
                         self._phrase_spans(t, offsets, len(turn.label) + 2))
        out = io.BytesIO()
        document.save(out)
        return out.getvalue(), spans

    def _subtitles(self, kind: str) -> tuple[bytes, list[tuple[int, int, int]]]:
        def stamp(seconds: float) -> str:
            ms = round(seconds * 1000)
            h, rest = divmod(ms, 3_600_000)
            m, rest = divmod(rest, 60_000)
            s, ms = divmod(rest, 1000)
            sep = "," if kind == "srt" else "."
            return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"

        blocks = ["WEBVTT\n\n"] if kind == "vtt" else []
        spans: list[tuple[int, int, int]] = []
        for number, (t, first, end, start, stop) in enumerate(self._cues()):
            turn = self.turns[t]
            text, offsets = self._turn_text(turn)
            payload = f"{turn.label}: " + text[offsets[first][0]:offsets[end - 1][1]]
            spans.extend((number, a, b) for a, b in
                         self._phrase_spans(t, offsets, len(turn.label) + 2, first, end))
            head = f"{number + 1}\n" if kind == "srt" else ""
            blocks.append(f"{head}{stamp(start)} --> {stamp(stop)}\n{payload}\n\n")
        return "".join(blocks).encode("utf-8"), spans

    def word_spans(self, kind: str) -> list[tuple[SpokenWord, int, int, int]]:
        """Each spoken word with the (segment, start, end) of its written token in ``kind``."""
        cues = self._cues() if kind in ("vtt", "srt") else []
        out = []
        line_starts: list[int] = []
        cursor = 0
        for turn in self.turns:
            line_starts.append(cursor)
            cursor += len(turn.label) + 2 + len(self._turn_text(turn)[0]) + 1
        for word in self.words:
            turn = self.turns[word.turn]
            _text, offsets = self._turn_text(turn)
            a, b = offsets[word.token]
            base = len(turn.label) + 2
            if kind == "txt":
                out.append((word, 0, line_starts[word.turn] + base + a,
                            line_starts[word.turn] + base + b))
            elif kind == "docx":
                out.append((word, word.turn, base + a, base + b))
            else:
                for number, (t, first, end, _s, _e) in enumerate(cues):
                    if t == word.turn and first <= word.token < end:
                        shift = offsets[first][0]
                        out.append((word, number, base + a - shift, base + b - shift))
                        break
        return out


# -- synthesis ------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=8192)
def _espeak(word: str, voice: str, speed: int, pitch: int) -> np.ndarray:
    data = subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch),
                           "--stdout", word], capture_output=True, check=True).stdout
    # espeak-ng streams its WAV: the header's sizes are placeholders, so read the PCM directly
    if data[:4] != b"RIFF" or data[36:40] != b"data":
        raise RuntimeError("unexpected espeak-ng output")
    samples = np.frombuffer(data[44:len(data) - (len(data) - 44) % 2], dtype="<i2")
    audio = samples.astype(np.float32) / 32768.0
    loud = np.flatnonzero(np.abs(audio) > 10 ** (TRIM_DBFS / 20))
    if not len(loud):
        raise RuntimeError("espeak-ng produced silence")
    return audio[loud[0]:loud[-1] + 1].copy()


def synthesise(word: str, voice: str = "en-us", speed: int = 165, pitch: int = 50) -> np.ndarray:
    """One word (or short phrase) as float32 samples at :data:`RATE`, trimmed."""
    return _espeak(word, voice, speed, pitch)


def _noise_burst(rng: random.Random, seconds: float) -> np.ndarray:
    n = int(seconds * RATE)
    noise = np.random.default_rng(rng.randrange(1 << 30)).standard_normal(n).astype(np.float32)
    envelope = np.sin(np.linspace(0, np.pi, n)).astype(np.float32)
    return noise * envelope * 0.05


# -- content ----------------------------------------------------------------------------------

FIRST = ("Sarah", "James", "Priya", "Thomas", "Aisha", "Daniel", "Fiona", "Mohammed", "Rachel",
         "Gareth", "Siobhan", "Niamh", "Oliver", "Hannah", "Callum", "Bethany", "Kwame", "Imogen")
LAST = ("Thompson", "Hughes", "Okafor", "Patel", "Dunleavy", "Whitfield", "Armstrong", "Nwosu",
        "Robson", "Charlton", "Featherstone", "Henderson", "Gallagher", "Kowalski", "Brennan",
        "Fairbairn", "Milburn", "Ashworth")
PLACES = ("Newcastle", "Hexham", "Morpeth", "Sunderland", "Durham", "Carlisle", "Gateshead",
          "Cramlington", "Ponteland", "Whitley Bay", "Jesmond", "Darlington", "Alnwick",
          "Middlesbrough", "Tynemouth", "Ashington")
HOSPITALS = ("the Royal Victoria Infirmary", "the Freeman", "Wansbeck General",
             "the Cumberland Infirmary", "the James Cook", "Sunderland Royal", "the Queen Elizabeth",
             "North Tyneside General")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINALS = {1: ("1st", "first"), 2: ("2nd", "second"), 3: ("3rd", "third"),
             4: ("4th", "fourth"), 5: ("5th", "fifth"), 8: ("8th", "eighth"),
             12: ("12th", "twelfth"), 14: ("14th", "fourteenth"), 20: ("20th", "twentieth"),
             21: ("21st", "twenty first"), 23: ("23rd", "twenty third"),
             30: ("30th", "thirtieth")}
FILLER = (
    "we had a lot of trouble with the rota that year",
    "it was a really difficult time for everyone on the ward",
    "I think the mentoring scheme helped me more than I expected",
    "my supervisor was supportive but very busy",
    "the night shifts were the hardest part of the job",
    "I did not really know who to talk to about it",
    "we met about once a month for an hour or so",
    "looking back I would do the same again",
    "the training days were useful but too short",
    "I felt quite isolated in the first few months",
    "there was always somebody to ask if you needed help",
    "the workload has got worse over the last few years",
)
QUESTIONS = (
    "can you tell me a bit about your background",
    "how did you find the first year",
    "who did you go to for support",
    "what happened after that",
    "how did the mentoring work in practice",
    "and how do you feel about it now",
)


def _tens(n: int) -> tuple[str, ...]:
    if n < 20:
        return (_ONES[n],)
    tens, ones = divmod(n, 10)
    return (_TENS[tens],) if ones == 0 else (_TENS[tens], _ONES[ones])


def _words(text: str) -> list[Token]:
    return [Token(w, (w.lower(),)) for w in text.split()]


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.tokens: list[Token] = []
        self.breaks: list[int] = []
        self.phrases: list[tuple[int, int]] = []

    def plain(self, text: str) -> None:
        self.tokens.extend(_words(text))

    def ident(self, tokens: Sequence[Token]) -> None:
        index = len(self.phrases)
        first = len(self.tokens)
        self.tokens.extend(Token(t.written, t.spoken, index) for t in tokens)
        self.phrases.append((first, len(self.tokens)))

    def sentence_break(self) -> None:
        if self.tokens:
            self.breaks.append(len(self.tokens))


def _name(rng: random.Random, full: bool) -> list[Token]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if full:
        return [Token(first, (first.lower(),)), Token(last, (last.lower(),))]
    return [Token(first, (first.lower(),))]


def _place(rng: random.Random, pool: Sequence[str]) -> list[Token]:
    return [Token(w, (w.lower(),)) for w in rng.choice(pool).split()]


def _date(rng: random.Random) -> list[Token]:
    day = rng.choice(sorted(_ORDINALS))
    written, spoken = _ORDINALS[day]
    year = rng.choice((2015, 2016, 2017, 2018, 2019, 2021, 2022))
    month = rng.choice(MONTHS)
    tokens = [Token(written, tuple(spoken.split())), Token("of", ("of",)),
              Token(month, (month.lower(),))]
    tokens.append(Token(str(year), ("twenty", *_tens(year - 2000))))
    return tokens


def _age(rng: random.Random) -> list[Token]:
    age = rng.randrange(24, 61)
    return [Token(str(age), _tens(age))]


def _phone(rng: random.Random) -> list[Token]:
    digits = "07700" + "".join(str(rng.randrange(10)) for _ in range(6))
    said = tuple("oh" if d == "0" else _ONES[int(d)] for d in digits)
    return [Token(digits[:5], said[:5]), Token(digits[5:], said[5:])]


def _participant_turn(b: _Builder) -> None:
    rng = b.rng
    kinds = rng.sample(("name", "work", "mentor", "date", "age", "phone", "colleague", "moved"),
                       k=rng.choice((1, 2)))
    for kind in kinds:
        if rng.random() < 0.3:
            b.plain(rng.choice(("erm", "um", "well", "so")))
        if kind == "name":
            b.plain("my name is")
            b.ident(_name(rng, True))
        elif kind == "work":
            b.plain("I work at")
            b.ident(_place(rng, HOSPITALS))
            b.plain("in")
            b.ident(_place(rng, PLACES))
        elif kind == "mentor":
            b.plain("my mentor was doctor")
            b.ident(_place(rng, LAST))
            b.plain("and she was brilliant")
        elif kind == "date":
            b.plain("I started on the")
            b.ident(_date(rng))
        elif kind == "age":
            b.plain("I was")
            b.ident(_age(rng))
            b.plain("when I moved to")
            b.ident(_place(rng, PLACES))
        elif kind == "phone":
            b.plain("you can ring me on")
            b.ident(_phone(rng))
        elif kind == "colleague":
            b.ident(_name(rng, rng.random() < 0.5))
            b.plain("said I should talk to the deanery")
        else:
            b.plain("then we moved from")
            b.ident(_place(rng, PLACES))
            b.plain("to")
            b.ident(_place(rng, PLACES))
        b.sentence_break()
        for filler in rng.sample(FILLER, k=rng.choice((1, 1, 2))):
            b.plain(filler)
            b.sentence_break()
        if rng.random() < 0.15:
            b.tokens.append(Token("[laughs]", ()))
        if rng.random() < 0.1:
            b.tokens.append(Token("[inaudible]", ("<inaudible>",)))


def make_interview(seed: int, *, turns: int = 8, voice: str | None = None,
                   cue_jitter: float = 0.25) -> Interview:
    """A synthetic interview: ``turns`` turns, alternately interviewer and participant.

    Deterministic for a given seed (and espeak-ng version).
    """
    rng = random.Random(seed)
    voice = voice or VOICES[seed % len(VOICES)]
    speed = rng.randrange(150, 185)
    pitch = rng.randrange(35, 65)
    built: list[Turn] = []
    phrases: list[tuple[int, int, int]] = []
    for t in range(turns):
        b = _Builder(rng)
        if t % 2 == 0:
            b.plain(rng.choice(QUESTIONS))
            if rng.random() < 0.3:
                b.sentence_break()
                b.plain("and was that at")
                b.ident(_place(rng, HOSPITALS))
        else:
            _participant_turn(b)
        built.append(Turn(LABELS[t % 2], tuple(b.tokens), tuple(b.breaks)))
        phrases.extend((t, a, e) for a, e in b.phrases)
    return render(built, phrases, seed=seed, voice=voice, speed=speed, pitch=pitch,
                  cue_jitter=cue_jitter)


def render(turns: list[Turn], phrases: list[tuple[int, int, int]], *, seed: int,
           voice: str = "en-us", speed: int = 165, pitch: int = 50,
           cue_jitter: float = 0.25, noise_dbfs: float = -70.0) -> Interview:
    """Synthesise ``turns`` word by word with known gaps."""
    rng = random.Random(seed * 31 + 7)
    pieces: list[np.ndarray] = []
    words: list[SpokenWord] = []
    cursor = 0

    def add(samples: np.ndarray) -> None:
        nonlocal cursor
        pieces.append(samples)
        cursor += len(samples)

    def gap(seconds: float) -> None:
        add(np.zeros(int(seconds * RATE), dtype=np.float32))

    gap(rng.uniform(0.3, 0.8))
    for t, turn in enumerate(turns):
        for index, token in enumerate(turn.tokens):
            if token.written == "[laughs]":
                gap(0.1)
                add(_noise_burst(rng, rng.uniform(0.4, 0.8)))
                gap(0.1)
                continue
            for spoken in token.spoken:
                if spoken == "<inaudible>":  # speech the transcript does not give
                    for filler in rng.sample(("really", "sort", "of", "you", "know"), 2):
                        add(synthesise(filler, voice, speed, pitch))
                        gap(rng.uniform(0.02, 0.1))
                    continue
                samples = synthesise(spoken, voice, speed, pitch)
                start = cursor
                add(samples)
                words.append(SpokenWord(spoken, start / RATE, cursor / RATE, t, index,
                                        token.identifier >= 0))
                gap(rng.choice((0.0, 0.02, 0.04, 0.06, 0.09, 0.12)))
            if index + 1 in turn.breaks:
                gap(rng.uniform(0.25, 0.5))
        gap(rng.uniform(0.5, 1.0))
    audio = np.concatenate(pieces) * 0.8
    noise = np.random.default_rng(seed).standard_normal(len(audio)).astype(np.float32)
    audio = audio + noise * np.float32(10 ** (noise_dbfs / 20))
    return Interview(audio.astype(np.float32), RATE, turns, words, phrases, seed,
                     cue_jitter=cue_jitter)


def scripted_interview(lines: Sequence[tuple[str, str]], *, seed: int = 0,
                       voice: str = "en-us", cue_jitter: float = 0.25) -> Interview:
    """An interview from (label, text) turns; identifiers in braces: "I work at {Hexham}".

    Words are said as written (lower-cased); write numbers as words.
    """
    turns: list[Turn] = []
    phrases: list[tuple[int, int, int]] = []
    for t, (label, text) in enumerate(lines):
        tokens: list[Token] = []
        for part in re.split(r"(\{[^}]*\})", text):
            if part.startswith("{"):
                first = len(tokens)
                index = len(phrases)
                tokens.extend(Token(w, (w.lower(),), index) for w in part[1:-1].split())
                phrases.append((t, first, len(tokens)))
            else:
                tokens.extend(Token(w, (w.lower(),)) for w in part.split())
        turns.append(Turn(label, tuple(tokens)))
    return render(turns, phrases, seed=seed, voice=voice, cue_jitter=cue_jitter)


def content_hash(*parts: object) -> str:
    """A short hash naming a cached interview (seed, options, espeak-ng version)."""
    version = subprocess.run(["espeak-ng", "--version"], capture_output=True, check=True,
                             text=True).stdout.strip()
    return hashlib.sha256(repr((version, *parts)).encode()).hexdigest()[:16]


# -- measuring a redacted recording -------------------------------------------------------------

def read_audio(path: object) -> tuple[np.ndarray, int]:
    """Decode any recording to float32 samples of shape (frames, channels) and its rate."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        channels = stream.channels
        to_float = av.AudioResampler(format="flt", layout=stream.layout.name, rate=stream.rate)
        blocks = [f.to_ndarray().reshape(-1, channels)
                  for frame in container.decode(stream) for f in to_float.resample(frame)]
        blocks += [f.to_ndarray().reshape(-1, channels) for f in to_float.resample(None)]
        return np.concatenate(blocks), int(stream.rate)


def frame_levels(audio: np.ndarray, rate: int) -> np.ndarray:
    """dBFS of every 10 ms frame (the loudest channel)."""
    if audio.ndim == 1:
        audio = audio[:, None]
    frames = int(len(audio) * 100 // rate)
    # frame edges at exact multiples of 10 ms (22050 Hz has 220.5 samples a frame)
    edges = np.round(np.arange(frames + 1) * rate / 100).astype(np.int64)
    energy = np.concatenate([np.zeros((1, audio.shape[1])),
                             np.cumsum(audio.astype(np.float64) ** 2, axis=0)])
    power = (energy[edges[1:]] - energy[edges[:-1]]) / np.diff(edges)[:, None]
    return 10 * np.log10(power.max(axis=1) + 1e-20)


@dataclass
class Score:
    """Muting quality against the true word times."""

    identifier_words: int = 0
    identifier_muted: int = 0
    #: identifier words not wholly muted: (interview seed, word, start, how its span was located)
    kept: list[tuple[int, str, float, str]] = field(default_factory=list)
    speech_frames: int = 0
    speech_muted: int = 0

    def add(self, other: Score) -> None:
        self.identifier_words += other.identifier_words
        self.identifier_muted += other.identifier_muted
        self.kept.extend(other.kept)
        self.speech_frames += other.speech_frames
        self.speech_muted += other.speech_muted

    @property
    def muted_share(self) -> float:
        return self.identifier_muted / max(1, self.identifier_words)

    @property
    def over_muted_share(self) -> float:
        return self.speech_muted / max(1, self.speech_frames)

    @property
    def kept_unreported(self) -> int:
        """Identifier words kept although their span was reported as located (aligned or
        interpolated): the failures no one is told about."""
        return sum(1 for k in self.kept if k[3] in ("aligned", "interpolated", "?"))


def score(interview: Interview, kind: str, original: np.ndarray, redacted: np.ndarray,
          rate: int, report: dict[str, object] | None = None) -> Score:
    """How well ``redacted`` mutes ``interview``'s identifier words and keeps the rest.

    An identifier word counts as muted when every 10 ms frame of its true span is below
    :data:`MUTED_DBFS`; non-identifier speech is the frames of other words louder than that in
    the original, and it counts as muted when it is below it in the redacted recording.
    """
    before, after = frame_levels(original, rate), frame_levels(redacted, rate)
    located: dict[tuple[int, int, int], str] = {}
    if report is not None:
        for span in report.get("spans", []):  # type: ignore[union-attr]
            located[(span["segment"], span["start"], span["end"])] = span["located"]
    result = Score()
    for word, segment, start, end in interview.word_spans(kind):
        first, last = math.ceil(word.start * 100), int(word.end * 100)
        if last <= first:
            first, last = int(word.start * 100), int(word.start * 100) + 1
        if word.identifier:
            result.identifier_words += 1
            if (after[first:last] < MUTED_DBFS).all():
                result.identifier_muted += 1
            else:
                how = next((v for (s, a, b), v in located.items()
                            if s == segment and a <= start and end <= b), "?")
                result.kept.append((interview.seed, word.text, round(word.start, 2), how))
        else:
            loud = before[first:last] >= MUTED_DBFS
            result.speech_frames += int(loud.sum())
            result.speech_muted += int((loud & (after[first:last] < MUTED_DBFS)).sum())
    return result
