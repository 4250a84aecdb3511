"""Audio redaction: mute in a recording every span its verbatim transcript redacts.

The short paths::

    from vault.anonymise.audio import redact_audio_file, redact_vault_audio
    report = redact_audio_file(Path("P07.mp3"), Path("P07.docx"), Path("out/P07.mp3"))
    summary = redact_vault_audio(vault)        # `vault anonymise audio --all`

One module per step, each usable alone:

* :mod:`~vault.anonymise.audio.script` — the transcript's spoken words, turns and cue times;
* :mod:`~vault.anonymise.audio.lexicon` — pronunciations, guessed for unknown words;
* :mod:`~vault.anonymise.audio.align` — forced alignment with pocketsphinx (model in its wheel);
* :mod:`~vault.anonymise.audio.windows` — spans to padded, merged windows, failing closed;
* :mod:`~vault.anonymise.audio.codec` — decoding and rewriting WAV/FLAC/Ogg/MP3/M4A, streamed;
* :mod:`~vault.anonymise.audio.report` — the per-recording report (times, never words);
* :mod:`~vault.anonymise.audio.audio_policy` — the ``[audio]`` table of ``redaction.toml``;
* :mod:`~vault.anonymise.audio.redact` — one recording, end to end;
* :mod:`~vault.anonymise.audio.standalone` — files, without a vault;
* :mod:`~vault.anonymise.audio.in_vault` — the vault's recordings, and
  :mod:`~vault.anonymise.audio.storing`, the one journaled write it makes.

Importing this package is cheap: names resolve lazily (PEP 562), so the policy loader can
import :mod:`~vault.anonymise.audio.audio_policy` without loading pocketsphinx or PyAV.
"""
from __future__ import annotations

import importlib
from typing import Any

_EXPORTS: dict[str, str] = {
    "Aligner": "align", "align": "align",
    "AudioPolicy": "audio_policy", "MuteMode": "audio_policy", "load_audio_policy": "audio_policy",
    "AudioReport": "report",
    "Located": "windows", "SpanRef": "windows", "mute_windows": "windows",
    "redact_recording": "redact",
    "redact_audio_file": "standalone",
    "redact_vault_audio": "in_vault",
    "spoken_script": "script",
    "store_redacted_audio": "storing",
}
__all__ = [
    "Aligner", "AudioPolicy", "AudioReport", "Located", "MuteMode", "SpanRef", "align",
    "load_audio_policy", "mute_windows", "redact_audio_file", "redact_recording",
    "redact_vault_audio", "spoken_script", "store_redacted_audio",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"vault.anonymise.audio.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'vault.anonymise.audio' has no attribute {name!r}")
