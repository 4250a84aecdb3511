"""Audio redaction: mute in a recording every span its verbatim transcript redacts.

The short paths::

    from vault.anonymise.audio.standalone import redact_audio_file
    from vault.anonymise.audio.in_vault import redact_vault_audio
    report = redact_audio_file(Path("P07.mp3"), Path("P07.docx"), Path("out/P07.mp3"))
    summary = redact_vault_audio(vault)        # `vault anonymise audio --all`

One module per step, each usable alone:

* :mod:`~vault.anonymise.audio.script` — the transcript's spoken words, turns and cue times;
* :mod:`~vault.anonymise.audio.lexicon` — pronunciations, guessed for unknown words;
* :mod:`~vault.anonymise.audio.align` — forced alignment with pocketsphinx (model in its wheel);
* :mod:`~vault.anonymise.audio.windows` — spans to padded, merged windows, failing closed;
* :mod:`~vault.anonymise.audio.codec` — decoding and rewriting WAV/FLAC/Ogg/MP3/M4A, streamed;
* :mod:`~vault.anonymise.audio.scratch` — files with no name for plaintext audio;
* :mod:`~vault.anonymise.audio.report` — the per-recording report (times, never words);
* :mod:`~vault.anonymise.audio.audio_policy` — the ``[audio]`` table of ``redaction.toml``;
* :mod:`~vault.anonymise.audio.redact` — one recording, end to end;
* :mod:`~vault.anonymise.audio.standalone` — files, without a vault;
* :mod:`~vault.anonymise.audio.in_vault` — the vault's recordings, and
  :mod:`~vault.anonymise.audio.storing`, the one journaled write it makes;
* :mod:`~vault.anonymise.audio.releasing` — redacted recordings in a release (``--audio``).

The package itself re-exports nothing: importing it stays cheap, so the policy loader can
import :mod:`~vault.anonymise.audio.audio_policy` without loading pocketsphinx or PyAV, and
every import of a step names its module (the architecture test sees each edge).
"""
