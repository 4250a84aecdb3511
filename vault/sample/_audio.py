"""Speech-like recordings: a few synthetic voices, each a bank of voiced syllables, laid out
with pauses into 16 kHz mono 16-bit WAV files.
"""
from __future__ import annotations

import array
import io
import math
import random
import sys
import wave
from collections.abc import Sequence

from vault.sample.model import SAMPLE_RATE


def synthesise_voice(rng: random.Random, pitch: float, syllables: int = 5) -> list[array.array[int]]:
    """A speaker's bank of voiced 'syllables': harmonics with a gliding pitch, breath noise and a
    smooth envelope. Recordings are built from these, so synthesis costs per speaker, not per
    second of audio."""
    bank = []
    noise = [rng.uniform(-1.0, 1.0) for _ in range(1_024)]
    two_pi = 2 * math.pi
    for _ in range(syllables):
        length = int(rng.uniform(0.09, 0.24) * SAMPLE_RATE)
        f0 = pitch * rng.uniform(0.85, 1.2)
        glide = rng.uniform(-0.25, 0.25) * f0
        loudness = rng.uniform(0.25, 0.6)
        breath = rng.uniform(0.02, 0.08)
        phase = 0.0
        values = []
        # |value| <= 0.6 + 0.08, so no clipping; sin 2x and 3x come from sin x and cos x.
        for i in range(length):
            progress = i / length
            envelope = math.sin(math.pi * progress) ** 2
            phase += two_pi * (f0 + glide * progress) / SAMPLE_RATE
            s1, c1 = math.sin(phase), math.cos(phase)
            voiced = s1 + s1 * c1 + 0.25 * (3 * s1 - 4 * s1 * s1 * s1)
            values.append(int(envelope * (loudness * voiced / 1.75 + breath * noise[i & 1023])
                              * 32_000))
        bank.append(array.array("h", values))
    return bank


def recording(rng: random.Random, seconds: float, voice: Sequence[array.array[int]]) -> bytes:
    """A speech-like WAV: the speaker's syllables in a random order, with short and long pauses."""
    total = max(1, round(seconds * SAMPLE_RATE))
    samples = array.array("h", bytes(2 * total))
    position = int(rng.uniform(0.05, 0.2) * SAMPLE_RATE)
    while position < total:
        syllable = rng.choice(voice)
        chunk = syllable[:total - position]
        samples[position:position + len(chunk)] = chunk
        position += len(syllable) + int(rng.choice((0.03, 0.05, 0.08, 0.25, 0.4)) * SAMPLE_RATE)
    if sys.byteorder == "big":
        samples.byteswap()
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(SAMPLE_RATE)
        writer.writeframes(samples.tobytes())
    return out.getvalue()
