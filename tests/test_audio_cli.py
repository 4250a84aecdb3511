"""``vault anonymise audio``: the standalone command on files and ``--all`` in a vault.

Standalone: WAV and MP3 in, the same format out, the register's names and the anonymiser's
other finds muted; one clear error line (exit 9) for bad input; never overwrites; never prints
words. In the vault: every recording with a redacted transcript is muted from the redaction
log, stored encrypted as ``audio_redacted`` with its report, redone when the log changes,
never for a participant who withdrew consent. (A kill at every fault point of
``anonymise-audio`` is tested in ``test_crash_points.py``.)
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _tools import needs
from _vaults import custodial_vault
from click.testing import CliRunner
from test_retention_support import set_events, write_policy

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import _audio_corpus as corpus

from cli import main
from vault import age, objects
from vault.anonymise.audio.codec import open_recording
from vault.anonymise.audio.in_vault import redact_vault_audio
from vault.anonymise.audio.storing import REDACTED_AUDIO_CLASS, REPORT_CLASS
from vault.anonymise.stored_transcripts import LOG_CLASS, anonymise_items, read_log
from vault.errors import DecryptionFailed
from vault.ingest import ingest_files
from vault.inventory import verify_objects
from vault.participants import import_register, withdraw_participant
from vault.retention.purge import purge
from vault.retention.rules import vault_policy
from vault.store import Vault

pytestmark = needs(corpus.espeak_missing())

LINES = [
    ("Interviewer", "thank you for coming in can you tell me about your first year"),
    ("Participant", ("my name is {Priya Okafor} and I trained at {Wansbeck} in {Hexham} "
                     "the night shifts were the hardest part of the job")),
    ("Interviewer", "who did you go to for support"),
    ("Participant", ("mostly my supervisor {Gareth Dunleavy} we met about once a month "
                     "for an hour or so and it helped a lot")),
]
REGISTER = "name,code,aliases\nPriya Okafor,PA,\nGareth Dunleavy,PB,\n"
NAMES = ("priya", "okafor", "gareth", "dunleavy")


@pytest.fixture(scope="module")
def interview() -> corpus.Interview:
    return corpus.scripted_interview(LINES, seed=21)


@pytest.fixture(scope="module")
def files(interview: corpus.Interview, tmp_path_factory: pytest.TempPathFactory
          ) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("audio-cli")
    wav = base / "interview.wav"
    wav.write_bytes(interview.wav_bytes())
    mp3 = base / "interview.mp3"
    import av

    with av.open(str(wav)) as source, av.open(str(mp3), "w", format="mp3") as sink:
        stream = source.streams.audio[0]
        out = sink.add_stream("libmp3lame", rate=stream.rate, layout="mono")
        for frame in source.decode(stream):
            for packet in out.encode(frame):
                sink.mux(packet)
        for packet in out.encode(None):
            sink.mux(packet)
    for kind in ("txt", "vtt"):
        (base / f"interview.{kind}").write_bytes(interview.transcript(kind)[0])
    (base / "register.csv").write_text(REGISTER)
    other = corpus.scripted_interview([("Interviewer", "what did you have for breakfast"),
                                       ("Participant", ("toast and marmalade and a cup of tea "
                                                        "like every single day of the week"))],
                                      seed=3)
    (base / "other.txt").write_bytes(other.transcript("txt")[0])
    return {"wav": wav, "mp3": mp3, "txt": base / "interview.txt",
            "vtt": base / "interview.vtt", "register": base / "register.csv",
            "other": base / "other.txt"}


def _muted_words(interview: corpus.Interview, kind: str, source: Path, out: Path
                 ) -> tuple[set[str], set[str]]:
    """(identifier words muted, identifier words kept) in ``out``."""
    original, rate = corpus.read_audio(source)
    redacted, _ = corpus.read_audio(out)
    score = corpus.score(interview, kind, original, redacted, rate)
    kept = {k[1] for k in score.kept}
    return {w.text for w in interview.words if w.identifier} - kept, kept


@pytest.mark.parametrize(("fmt", "kind"), [("wav", "txt"), ("mp3", "vtt")])
def test_standalone_mutes_and_keeps_the_format(
        fmt: str, kind: str, files: dict[str, Path], interview: corpus.Interview,
        tmp_path: Path) -> None:
    out, report = tmp_path / f"redacted.{fmt}", tmp_path / "report.json"
    mode = ["--mode", "640"] if fmt == "mp3" else []  # for a group share; default 0600
    result = CliRunner().invoke(main, [
        "anonymise", "audio", str(files[fmt]), "--transcript", str(files[kind]),
        "--out", str(out), "--register", str(files["register"]), "--report", str(report),
        *mode])
    assert result.exit_code == 0, result.output
    before, after = open_recording(files[fmt]), open_recording(out)
    assert (after.format, after.codec, after.sample_rate, after.channels, after.frames) == \
        (before.format, before.codec, before.sample_rate, before.channels, before.frames)
    muted, kept = _muted_words(interview, kind, files[fmt], out)
    assert set(NAMES) <= muted and kept == set()
    data = json.loads(report.read_text())
    assert data["windows"] and data["fail_closed"] == []
    expected = 0o640 if mode else 0o600
    assert [p.stat().st_mode & 0o777 for p in (out, report)] == [expected, expected]
    shown = (result.output + report.read_text()).lower()
    assert not any(name in shown for name in (*NAMES, "hexham", "wansbeck"))


def test_standalone_refuses_to_overwrite(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "exists.wav"
    out.write_bytes(b"keep me")
    result = CliRunner().invoke(main, ["anonymise", "audio", str(files["wav"]), "--transcript",
                                       str(files["txt"]), "--out", str(out)])
    assert result.exit_code == 9
    assert "already exists; refusing to overwrite it" in result.output
    assert out.read_bytes() == b"keep me"


@pytest.mark.parametrize(("recording", "transcript", "out", "message"), [
    ("txt", "txt", "o.wav", "not a recognised audio file"),
    ("empty", "txt", "o.wav", "file is empty"),
    ("garbage", "txt", "o.wav", "cannot decode the recording"),
    ("wav", "txt", "o.mp3", "a WAV recording stays WAV; --out must end in .wav or .wave"),
    ("wav", "other", "o.wav", "the transcript does not match the recording"),
    ("wav", "missing", "o.wav", "missing.txt: no such file"),
    ("missing", "txt", "o.wav", "missing.txt: no such file"),
])
def test_standalone_bad_input_is_one_error_line(
        recording: str, transcript: str, out: str, message: str, files: dict[str, Path],
        tmp_path: Path) -> None:
    paths = dict(files)
    paths["empty"] = tmp_path / "empty.wav"
    paths["empty"].write_bytes(b"")
    paths["garbage"] = tmp_path / "garbage.wav"
    paths["garbage"].write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + os.urandom(300))
    paths["missing"] = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["anonymise", "audio", str(paths[recording]),
                                       "--transcript", str(paths[transcript]),
                                       "--out", str(tmp_path / out)])
    assert result.exit_code == 9, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("error: ") and message in lines[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / out).exists()
    assert not list(tmp_path.glob(".tmp-*"))


@pytest.mark.parametrize("kept", [0.5, 0.8])
def test_standalone_truncated_recording_is_refused_or_muted_where_it_speaks(
        kept: float, files: dict[str, Path], interview: corpus.Interview,
        tmp_path: Path) -> None:
    """A WAV cut short (its header still claims the whole length, as a copy broken off
    does): with half of it gone the transcript no longer matches and nothing is written; with
    the end of the last turn gone, every identifier it still holds is muted."""
    data = files["wav"].read_bytes()
    truncated = tmp_path / "cut.wav"
    truncated.write_bytes(data[:int(len(data) * kept)])
    out, report = tmp_path / "o.wav", tmp_path / "o.json"
    result = CliRunner().invoke(main, [
        "anonymise", "audio", str(truncated), "--transcript", str(files["txt"]), "--out",
        str(out), "--register", str(files["register"]), "--report", str(report)])
    if kept == 0.5:
        assert result.exit_code == 9, result.output
        assert "the transcript does not match the recording" in result.output
        assert not out.exists() and not report.exists()
        return
    assert result.exit_code == 0, result.output
    original, rate = corpus.read_audio(files["wav"])
    redacted, _ = corpus.read_audio(out)
    assert open_recording(out).frames == open_recording(truncated).frames < len(original)
    identifiers = [w for w in interview.words if w.identifier]
    assert all(w.end * rate < len(redacted) for w in identifiers)  # all still said
    score = corpus.score(interview, "txt", original[:len(redacted)], redacted, rate,
                         json.loads(report.read_text()))
    assert score.identifier_muted == len(identifiers) and score.kept == []


@pytest.mark.parametrize("args", [[], ["--all", "x.wav"], ["x.wav", "--out", "o.wav"],
                                  ["--all", "--mode", "640"]])
def test_usage_errors(args: list[str]) -> None:
    result = CliRunner().invoke(main, ["anonymise", "audio", *args])
    assert result.exit_code == 2


# -- in the vault --------------------------------------------------------------------------------

@pytest.fixture
def study(tmp_path: Path, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> Vault:
    """A vault holding the interview twice: interview 1 as WAV with its .txt, interview 2 as
    MP3 with its .vtt; transcripts anonymised."""
    vault = custodial_vault(tmp_path, monkeypatch, "Audio study")
    import_register(vault, REGISTER.encode())
    for number, fmt, kind in ((1, "wav", "txt"), (2, "mp3", "vtt")):
        for path, data_class in ((files[fmt], "audio"), (files[kind], "transcript_raw")):
            ingest_files(vault, [path], data_class=data_class, participant_code="PA",
                         interview=number).check()
    anonymise_items(vault, None).check()
    return vault


def _redacted(vault: Vault) -> list[Any]:
    return vault.db.execute(
        "SELECT r.*, a.media_format AS source_format FROM items r JOIN items a ON "
        "a.id = r.parent_id WHERE r.data_class = ? AND r.state = 'present' ORDER BY "
        "r.interview", (REDACTED_AUDIO_CLASS,)).fetchall()


@pytest.mark.slow
def test_in_vault_all_redacts_wav_and_mp3(study: Vault, interview: corpus.Interview,
                                         files: dict[str, Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["anonymise", "audio", "--all"])
    assert result.exit_code == 0, result.output
    assert "2 recording(s) redacted" in result.output
    rows = _redacted(study)
    assert [(r["interview"], r["media_format"]) for r in rows] == [(1, "wav"), (2, "mp3")]
    for row, (fmt, kind) in zip(rows, (("wav", "txt"), ("mp3", "vtt"))):
        out = tmp_path / f"{row['id']}.{fmt}"
        out.write_bytes(objects.read_object(study, row["id"]))
        muted, kept = _muted_words(interview, kind, files[fmt], out)
        assert set(NAMES) <= muted and kept == set()
        assert open_recording(out).frames == open_recording(files[fmt]).frames
        report_row = study.db.execute(
            "SELECT id FROM items WHERE parent_id = ? AND data_class = ? AND state = 'present'",
            (row["id"], REPORT_CLASS)).fetchone()
        report = json.loads(objects.read_object(study, report_row["id"]))
        assert report["source"]["audio"] == row["parent_id"]
        assert report["windows"] and report["counts"]["turn"] == 0
    study.audit.verify()
    assert verify_objects(study).ok
    again = CliRunner().invoke(main, ["anonymise", "audio", "--all"])
    assert again.exit_code == 0 and "0 recording(s) redacted, 2 already current" in again.output
    assert not any(name in (result.output + again.output).lower() for name in NAMES)


@pytest.mark.slow
def test_a_new_redaction_log_supersedes_the_redacted_recording(study: Vault) -> None:
    first = redact_vault_audio(study)
    assert len(first.done) == 2
    raw = study.db.execute("SELECT id FROM items WHERE data_class = 'transcript_raw' AND "
                           "interview = 1").fetchone()["id"]
    anonymise_items(study, [raw], rerun=True).check()  # a new log, as `vault review` writes
    second = redact_vault_audio(study)
    assert [d.audio_id for d in second.done] == [first.done[0].audio_id]
    assert len(second.current) == 1
    old = first.done[0]
    for item in (old.redacted_id, old.report_id):
        state = study.db.execute("SELECT state FROM items WHERE id = ?", (item,)).fetchone()
        assert state["state"] == "destroyed" and not study.object_path(item).exists()
    log_id = study.db.execute("SELECT id FROM items WHERE data_class = ? AND state = 'present' "
                              "AND parent_id = ?", (LOG_CLASS, raw)).fetchone()["id"]
    report_id = second.done[0].report_id
    assert json.loads(objects.read_object(study, report_id))["source"]["log"] == log_id
    assert read_log(study, log_id).redacted_id


@pytest.mark.slow
def test_all_skips_the_recordings_of_withdrawn_participants(study: Vault) -> None:
    """A withdrawn participant's recordings are never redacted: they are to go."""
    withdraw_participant(study, "PA")
    summary = redact_vault_audio(study)
    assert summary.done == () and summary.failed == ()
    assert len(summary.withdrawn) == 2
    assert _redacted(study) == []
    result = CliRunner().invoke(main, ["--json", "anonymise", "audio", "--all"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["withdrawn"]) == 2


def _foreign_key(study: Vault, item_id: str) -> None:
    """Replace ``item_id``'s object with an age file for a key the vault
    never had (a restore from the wrong vault's backup)."""
    path = study.object_path(item_id)
    stranger = age.X25519Identity.generate().recipient
    path.chmod(0o600)
    path.write_bytes(age.encrypt_bytes(os.urandom(path.stat().st_size // 2), [stranger]))


def _flip_a_byte(study: Vault, item_id: str) -> None:
    path = study.object_path(item_id)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.chmod(0o600)
    path.write_bytes(bytes(data))


@pytest.mark.slow
@pytest.mark.parametrize("damage", [_foreign_key, _flip_a_byte], ids=["wrong-key", "damaged"])
def test_a_recording_that_cannot_be_decrypted_fails_alone(
        study: Vault, damage: Callable[[Vault, str], None]) -> None:
    """Interview 1's object is for another key, or damaged: it is reported by id (exit 4),
    nothing is stored for it, interview 2 is redacted all the same; no name is printed."""
    audio = {r["interview"]: r["id"] for r in study.db.execute(
        "SELECT id, interview FROM items WHERE data_class = 'audio'")}
    damage(study, audio[1])
    result = CliRunner().invoke(main, ["anonymise", "audio", "--all"])
    assert result.exit_code == 4, result.output
    assert f"failed: {audio[1]}: " in result.stderr
    assert "1 of 2 recording(s) could not be redacted" in result.stderr
    assert [(r["parent_id"], r["interview"]) for r in _redacted(study)] == [(audio[2], 2)]
    assert not any(name in result.output.lower() for name in NAMES)
    again = redact_vault_audio(study)
    assert [f.audio_id for f in again.failed] == [audio[1]] and again.done == ()
    assert isinstance(again.failed[0].error, DecryptionFailed)
    study.audit.verify()


@pytest.mark.slow
def test_redacted_recordings_are_purged_and_their_keys_shredded(study: Vault) -> None:
    """audio_redacted and its report follow their own retention rule like every class: due,
    they are destroyed with a certificate, and the class keys they were encrypted to go."""
    done = redact_vault_audio(study).done
    assert len(done) == 2
    produced = [i for d in done for i in (d.redacted_id, d.report_id)]
    keys_of = {r["key_id"] for r in study.db.execute(
        f"SELECT key_id FROM items WHERE id IN ({','.join('?' * len(produced))})", produced)}
    write_policy(study, audio=("P30Y", "final_report"), transcript_raw=("P30Y", "final_report"),
                 audio_redacted=("P1M", "final_report"),
                 audio_redaction_report=("P1M", "final_report"))
    set_events(study, final_report="2026-01-31")
    day = dt.date(2027, 1, 1)
    result = purge(study, vault_policy(study), day, today=day)
    assert sorted(result.destroyed) == sorted(produced)
    assert result.counts == {REDACTED_AUDIO_CLASS: 2, REPORT_CLASS: 2}
    for item_id in produced:
        row = study.db.execute("SELECT state FROM items WHERE id = ?", (item_id,)).fetchone()
        assert row["state"] == "destroyed" and not study.object_path(item_id).exists()
    assert keys_of <= set(result.keys_destroyed)
    assert result.certificate is not None
    assert {r["state"] for r in study.db.execute(
        "SELECT state FROM items WHERE data_class = 'audio'")} == {"present"}  # their own rule


def test_standalone_never_reads_from_or_writes_into_a_vault(
        files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = custodial_vault(tmp_path, monkeypatch, "Refusing study")
    vault.close()
    inside = tmp_path / "vault" / "policies" / "copy.wav"
    inside.write_bytes(files["wav"].read_bytes())
    for args in ([str(files["wav"]), "--out", str(tmp_path / "vault" / "o.wav")],
                 [str(inside), "--out", str(tmp_path / "o.wav")]):
        result = CliRunner().invoke(main, ["anonymise", "audio", *args, "--transcript",
                                           str(files["txt"])])
        assert result.exit_code == 9, result.output
        assert "is inside the vault directory" in result.output
    assert not (tmp_path / "o.wav").exists() and not (tmp_path / "vault" / "o.wav").exists()
