"""Ingest: library (`vault.ingest.ingest_files`) and CLI (`vault ingest audio|transcript`)."""
from __future__ import annotations

import codecs
import itertools
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cli import main
from vault import ingest, objects
from vault.errors import InputError, PartialFailure, ParticipantError
from vault.faults import InjectedFault, tracing
from vault.ingest import DuplicateContent, ingest_files
from vault.store import Vault


def _items(root: Path) -> list[sqlite3.Row]:
    db = sqlite3.connect(root / "catalog.sqlite")
    db.row_factory = sqlite3.Row
    try:
        return db.execute("SELECT * FROM items ORDER BY created, id").fetchall()
    finally:
        db.close()


def _ingest(runner: CliRunner, kind: str, *args: str, code: str, interview: int = 1):
    return runner.invoke(main, ["ingest", kind, *args, "--participant", code,
                                "--interview", str(interview)])


# -- library ----------------------------------------------------------------------------------

def test_ingest_audio_stores_encrypted_object_and_catalog_row(vault: Vault, participant: str,
                                                              tmp_path: Path, make_wav: Any) -> None:
    src = make_wav(tmp_path / "Jane Doe interview.wav", seconds=0.5)
    plain = src.read_bytes()
    summary = ingest_files(vault, [src], data_class="audio", participant_code=participant,
                           interview=2, recorded=__import__("datetime").date(2026, 3, 2))
    summary.check()
    (item,) = summary.ingested
    assert (item.data_class, item.size, item.media_format) == ("audio", len(plain), "wav")
    assert item.duration == pytest.approx(0.5)
    row = vault.db.execute("SELECT * FROM items WHERE id = ?", (item.id,)).fetchone()
    assert row["state"] == "present" and row["interview"] == 2 and row["recorded"] == "2026-03-02"
    assert row["keyed_hash"] and len(row["keyed_hash"]) == 64
    # the name is stored encrypted, and the object decrypts to the source
    assert b"Jane" not in bytes(row["original_name"])
    assert objects.read_object(vault, item.id) == plain
    blob = vault.object_path(item.id).read_bytes()
    assert blob.startswith(b"age-encryption.org/v1\n") and plain[100:200] not in blob
    assert src.read_bytes() == plain  # source untouched without remove_source
    assert vault.open_operations() == []
    last = vault.audit.entries()[-1]
    facts = last.details.pop("catalog")
    assert (last.action, last.items, last.outcome, last.details) == (
        "ingest", (item.id,), "ok", {"class": "audio", "size": len(plain)})
    # what a restored catalog needs to re-catalogue it; the marker and name only sealed
    assert [(f["id"], f["class"], f["key"], f["size"], f["keyed_hash"]) for f in facts] == [
        (item.id, "audio", row["key_id"], len(plain), row["keyed_hash"])]
    assert row["participant_marker"] not in json.dumps(facts)


def test_sample_study_formats(vault: Vault, participant: str, sample_study) -> None:
    """Every transcript format of the sample study, and its recordings, are accepted."""
    by_format = {i.transcript_format: i for i in sample_study.interviews}
    transcripts = [by_format[k].transcript for k in ("txt", "docx", "vtt", "srt")]
    summary = ingest_files(vault, transcripts, data_class="transcript_raw",
                           participant_code=participant, interview=1)
    summary.check()
    assert [i.media_format for i in summary.ingested] == ["txt", "docx", "vtt", "srt"]
    audio = ingest_files(vault, [sample_study.interviews[0].audio], data_class="audio",
                         participant_code=participant, interview=1)
    audio.check()
    assert audio.ingested[0].duration == pytest.approx(2.0)


@pytest.mark.parametrize(("bom", "codec"), [
    (codecs.BOM_UTF16_LE, "utf-16-le"),  # FF FE: not to be mistaken for an MPEG frame sync
    (codecs.BOM_UTF16_BE, "utf-16-be"),
])
def test_utf16_transcript_with_bom_is_accepted(vault: Vault, participant: str, tmp_path: Path,
                                               bom: bytes, codec: str) -> None:
    src = tmp_path / "t.txt"
    src.write_bytes(bom + "Interviewer: Hello\nP: Héllo\n".encode(codec))
    summary = ingest_files(vault, [src], data_class="transcript_raw",
                           participant_code=participant, interview=1)
    summary.check()
    assert summary.ingested[0].media_format == "txt"


def test_duplicate_content_is_detected_not_stored(vault: Vault, participant: str,
                                                  tmp_path: Path, make_wav: Any, snapshot: Any) -> None:
    first = make_wav(tmp_path / "a.wav")
    copy = tmp_path / "renamed.wav"
    shutil.copyfile(first, copy)
    stored = ingest_files(vault, [first], data_class="audio", participant_code=participant,
                          interview=1).ingested[0]
    before = snapshot(vault.root)
    summary = ingest_files(vault, [copy], data_class="audio", participant_code=participant,
                           interview=1)
    (failure,) = summary.failed
    assert isinstance(failure.error, DuplicateContent)
    assert failure.error.existing_id == stored.id
    assert snapshot(vault.root) == before
    with pytest.raises(DuplicateContent):
        summary.check()


def test_same_content_in_another_class_is_not_a_duplicate(vault: Vault, participant: str,
                                                          tmp_path: Path) -> None:
    src = tmp_path / "t.txt"
    src.write_text("Interviewer: hello\n", encoding="utf-8")
    ingest_files(vault, [src], data_class="transcript_raw", participant_code=participant,
                 interview=1).check()
    with pytest.raises(InputError, match="not a recognised audio file"):
        ingest_files(vault, [src], data_class="audio", participant_code=participant,
                     interview=1).check()


def test_keyed_hash_is_not_a_plain_hash(vault: Vault, participant: str, tmp_path: Path, make_wav: Any) -> None:
    import hashlib

    src = make_wav(tmp_path / "a.wav")
    item = ingest_files(vault, [src], data_class="audio", participant_code=participant,
                        interview=1).ingested[0]
    stored = vault.db.execute("SELECT keyed_hash FROM items WHERE id = ?",
                              (item.id,)).fetchone()[0]
    data = src.read_bytes()
    assert stored not in {hashlib.sha256(data).hexdigest(), hashlib.sha512(data).hexdigest(),
                          hashlib.blake2b(data).hexdigest()}


def test_remove_source_only_after_commit(vault: Vault, participant: str, tmp_path: Path, make_wav: Any) -> None:
    src = make_wav(tmp_path / "a.wav", seed=1)
    dup = tmp_path / "dup.wav"
    shutil.copyfile(src, dup)
    summary = ingest_files(vault, [src, dup], data_class="audio", participant_code=participant,
                           interview=1, remove_source=True)
    assert summary.ingested[0].source_removed and not src.exists()
    assert isinstance(summary.failed[0].error, DuplicateContent)
    assert dup.exists()  # a refused source is never removed


def test_batch_continues_past_bad_files(vault: Vault, participant: str, tmp_path: Path, make_wav: Any) -> None:
    good = [make_wav(tmp_path / f"g{n}.wav", seed=n) for n in range(2)]
    bad = tmp_path / "notes.wav"
    bad.write_text("not audio", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    summary = ingest_files(vault, [good[0], bad, tmp_path / "missing.wav", good[1]],
                           data_class="audio", participant_code=participant, interview=1,
                           progress=lambda done, total: seen.append((done, total)))
    assert [i.position for i in summary.ingested] == [1, 4]
    assert [(f.position, f.source) for f in summary.failed] == [(2, "notes.wav"),
                                                                (3, "missing.wav")]
    total = sum(p.stat().st_size for p in (*good, bad))
    assert seen[-1] == (total, total)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    with pytest.raises(PartialFailure, match="^2 of 4 files failed$") as info:
        summary.check()
    assert info.value.failed == ["notes.wav", "missing.wav"]


def test_unknown_participant_reads_nothing(vault: Vault, participant: str,
                                           tmp_path: Path, make_wav: Any, snapshot: Any) -> None:
    before = snapshot(vault.root)
    with pytest.raises(ParticipantError):
        ingest_files(vault, [make_wav(tmp_path / "a.wav")], data_class="audio",
                     participant_code="NOPE99", interview=1)
    assert snapshot(vault.root) == before


@pytest.mark.parametrize(("data_class", "interview", "message"), [
    ("dataset", 1, "cannot ingest data class 'dataset'"),
    ("audio", 0, "interview number 0 is not positive"),
])
def test_bad_arguments(vault: Vault, participant: str, tmp_path: Path, data_class: str,
                       interview: int, message: str) -> None:
    with pytest.raises(InputError, match=f"^{message}$"):
        ingest_files(vault, [tmp_path / "a.wav"], data_class=data_class,
                     participant_code=participant, interview=interview)


def test_failure_mid_store_rolls_back_everything(vault: Vault, participant: str,
                                                 tmp_path: Path, make_wav: Any, snapshot: Any,
                                                 arm_fault: Any) -> None:
    """An exception at each step before the commit leaves the vault as it was (and no new
    class key): the settle function ran, and the journal is closed."""
    src = make_wav(tmp_path / "a.wav")
    before = snapshot(vault.root)

    for step in ("journaled", "key-created", "encrypting", "encrypted", "confirmed",
                 "published"):
        arm_fault(f"ingest.{step}:raise")
        with pytest.raises(InjectedFault):
            ingest_files(vault, [src], data_class="audio", participant_code=participant,
                         interview=1)
        assert snapshot(vault.root) == before, step
    assert src.exists()


def test_steps_are_reached_in_order(vault: Vault, participant: str, tmp_path: Path,
                                    make_wav: Any) -> None:
    with tracing() as reached:
        ingest_files(vault, [make_wav(tmp_path / "a.wav")], data_class="audio",
                     participant_code=participant, interview=1, remove_source=True)
    assert reached == [f"ingest.{step}" for step in (
        "journaled", "key-created", "encrypting", "encrypted", "confirmed", "published",
        "committed", "source-removed")]
    assert set(reached) == {f"ingest.{s}" for s in ingest.POINTS.steps}


def test_recover_ingest_is_idempotent(vault: Vault, participant: str, tmp_path: Path, make_wav: Any) -> None:
    """The settle function removes an uncommitted object and keeps a committed one."""
    item = ingest_files(vault, [make_wav(tmp_path / "a.wav")], data_class="audio",
                        participant_code=participant, interview=1).ingested[0]
    orphan = vault.object_path("it_000000000001")
    shutil.copyfile(vault.object_path(item.id), orphan)
    with vault.locked():
        first = ingest.recover_ingest(vault, {"items": ["it_000000000001"]})
        assert first is not None and (first.action, first.outcome, first.items) == (
            "ingest", "rolled-back", ("it_000000000001",))
        for _ in range(2):
            assert ingest.recover_ingest(vault, {"items": ["it_000000000001"]}) is None
            assert ingest.recover_ingest(vault, {"item": item.id, "new_key": None}) is None
    assert not orphan.exists() and vault.object_path(item.id).exists()
    vault.audit.verify()


def test_writing_objects_needs_the_lock(vault: Vault, tmp_path: Path) -> None:
    from vault.errors import StoreError

    with pytest.raises(StoreError, match="only under the vault lock"):
        objects.discard(vault, "it_000000000001")


# -- CLI --------------------------------------------------------------------------------------

def test_cli_ingest_audio_prints_no_names(runner: CliRunner, vault_dir: Path, participant: str,
                                          tmp_path: Path, make_wav: Any) -> None:
    src = make_wav(tmp_path / "Jane Doe 2026-03-02.wav")
    result = _ingest(runner, "audio", str(src), "--recorded", "2026-03-02", code=participant)
    assert result.exit_code == 0, result.output
    (row,) = _items(vault_dir)
    assert result.stdout.startswith(f"[1/1] stored {row['id']}  audio  wav  ")
    assert "Jane" not in result.output and result.stderr == ""
    assert row["recorded"] == "2026-03-02"


def test_cli_ingest_json(runner: CliRunner, vault_dir: Path, participant: str,
                         tmp_path: Path, make_wav: Any) -> None:
    import json

    src = make_wav(tmp_path / "a.wav")
    result = _ingest(runner, "audio", str(src), "--json", code=participant)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["failed"] == [] and data["ingested"][0]["media_format"] == "wav"


def test_cli_ingest_transcript_remove_source(runner: CliRunner, vault_dir: Path,
                                             participant: str, tmp_path: Path) -> None:
    src = tmp_path / "t.vtt"
    src.write_text("WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n", encoding="utf-8")
    result = _ingest(runner, "transcript", str(src), "--remove-source", code=participant)
    assert result.exit_code == 0, result.output
    assert not src.exists() and "(source removed)" in result.stdout
    assert _items(vault_dir)[0]["media_format"] == "vtt"


def _failure_cases(tmp_path: Path, make_wav: Any) -> dict[str, tuple[str, list[str], int, str]]:
    """name -> (class, args, exit code, the exact stderr line)."""
    notes = tmp_path / "notes.wav"
    notes.write_text("Interviewer: this is text, not audio\n", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Interviewer: café at the Hôtel\n".encode("latin-1"))
    empty = tmp_path / "empty.wav"
    empty.touch()
    folder = tmp_path / "recordings"
    folder.mkdir()
    return {
        "non-audio as audio": (
            "audio", [str(notes)], 9,
            ("error: notes.wav: not a recognised audio file (WAV, MP3, M4A, FLAC, OGG) — ingest "
            "accepts WAV, MP3, M4A, FLAC and Ogg recordings, recognised by content; "
            "transcripts go to `vault ingest transcript`")),
        "latin-1 text": (
            "transcript", [str(latin)], 9,
            ("error: latin.txt: not UTF-8 text (nor UTF-16 with a byte-order mark) — re-save "
            "the transcript as UTF-8 (e.g. 'Save as… Plain text, UTF-8' in Word)")),
        "empty file": (
            "audio", [str(empty)], 9,
            ("error: empty.wav: empty file — check the export from the recorder or "
            "transcription tool")),
        "directory": (
            "audio", [str(folder)], 9,
            ("error: recordings: is a directory — pass the files inside it, e.g. DIR/*, not "
             "the directory")),
        "missing file": (
            "audio", [str(tmp_path / "nope.wav")], 9,
            "error: nope.wav: no such file — check the file name and try again"),
    }


@pytest.mark.parametrize("case", ["non-audio as audio", "latin-1 text", "empty file",
                                  "directory", "missing file"])
def test_cli_refuses_bad_input_and_changes_nothing(runner: CliRunner, vault_dir: Path,
                                                   participant: str, tmp_path: Path,
                                                   case: str, snapshot: Any, make_wav: Any) -> None:
    kind, args, code, line = _failure_cases(tmp_path, make_wav)[case]
    before = snapshot(vault_dir)
    result = _ingest(runner, kind, *args, code=participant)
    assert (result.exit_code, result.stderr) == (code, line + "\n")
    assert result.stdout == ""
    assert snapshot(vault_dir) == before


def test_cli_wrong_participant(runner: CliRunner, vault_dir: Path, participant: str,
                               tmp_path: Path, make_wav: Any, snapshot: Any) -> None:
    before = snapshot(vault_dir)
    result = _ingest(runner, "audio", str(make_wav(tmp_path / "a.wav")), code="NOPE99")
    assert result.exit_code == 14
    assert result.stderr == ("error: no participant has code 'NOPE99' in the current code "
                             "epoch (1) — see `vault participant list` for the current codes\n")
    assert snapshot(vault_dir) == before


def test_cli_duplicate_content(runner: CliRunner, vault_dir: Path, participant: str,
                               tmp_path: Path, make_wav: Any, snapshot: Any) -> None:
    src = make_wav(tmp_path / "a.wav")
    assert _ingest(runner, "audio", str(src), code=participant).exit_code == 0
    (row,) = _items(vault_dir)
    copy = tmp_path / "b.wav"
    shutil.copyfile(src, copy)
    before = snapshot(vault_dir)
    result = _ingest(runner, "audio", str(copy), code=participant, interview=2)
    assert result.exit_code == 9
    assert result.stderr == (f"error: b.wav: same content as item {row['id']}, already in the "
                             "vault — nothing was stored; the vault already holds this content "
                             "(see `vault list`)\n")
    assert snapshot(vault_dir) == before


def test_cli_batch_partial_failure(runner: CliRunner, vault_dir: Path, participant: str,
                                   tmp_path: Path, make_wav: Any) -> None:
    cases = _failure_cases(tmp_path, make_wav)
    good = make_wav(tmp_path / "good.wav", seed=5)
    bad = [cases[name][1][0] for name in ("non-audio as audio", "empty file", "missing file")]
    result = _ingest(runner, "audio", bad[0], str(good), bad[1], bad[2], code=participant)
    assert result.exit_code == 4
    lines = result.stderr.splitlines()
    assert lines == [cases["non-audio as audio"][3], cases["empty file"][3],
                     cases["missing file"][3],
                     ("error: 3 of 4 files failed — fix the files listed above and run the "
                     "command again for them")]
    (row,) = _items(vault_dir)
    assert result.stdout.startswith(f"[2/4] stored {row['id']}")


def test_cli_missing_arguments_are_usage_errors(runner: CliRunner, vault_dir: Path) -> None:
    result = runner.invoke(main, ["ingest", "audio", "x.wav", "--interview", "1"])
    assert result.exit_code == 2 and "--participant" in result.stderr
    result = runner.invoke(main, ["ingest", "audio", "x.wav", "--participant", "P01",
                                  "--interview", "0"])
    assert result.exit_code == 2


def test_nothing_in_the_vault_is_group_or_world_readable(runner: CliRunner, vault_dir: Path,
                                                         participant: str,
                                                         tmp_path: Path, make_wav: Any) -> None:
    old = os.umask(0o022)  # a typical, permissive umask
    try:
        for n in range(2):
            assert _ingest(runner, "audio", str(make_wav(tmp_path / f"{n}.wav", seed=n)),
                           code=participant).exit_code == 0
        assert runner.invoke(main, ["list"]).exit_code == 0
    finally:
        os.umask(old)
    loose = []
    for path in [vault_dir, *vault_dir.rglob("*")]:
        if path.stat().st_mode & 0o077:
            loose.append(f"{oct(path.stat().st_mode)} {path.relative_to(vault_dir)}")
    assert loose == []


def test_no_plaintext_or_name_at_rest(runner: CliRunner, vault_dir: Path, participant: str,
                                      tmp_path: Path) -> None:
    src = tmp_path / "Zebediah Quuxworth.txt"
    secret = "Interviewer: Zebediah Quuxworth spoke about Xylophonia Hospital.\n"
    src.write_text(secret, encoding="utf-8")
    assert _ingest(runner, "transcript", str(src), code=participant).exit_code == 0
    for path in vault_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Quuxworth" not in data and b"Xylophonia" not in data, path


def test_fifo_and_sources_inside_the_vault_are_refused(vault: Vault, participant: str,
                                                       tmp_path: Path, make_wav: Any) -> None:
    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)
    inside = make_wav(vault.root / "stray.wav")
    summary = ingest_files(vault, [fifo, inside], data_class="audio",
                           participant_code=participant, interview=1)
    assert [f.error.message for f in summary.failed] == [
        "pipe.wav: is not a regular file", "stray.wav: is inside the vault directory"]


def test_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from vault.commands import _app

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    with _app.progress_bar("encrypting", min_total=100) as update:
        assert update is not None
        update(10, 50)  # below the threshold: no bar
    assert term.getvalue() == ""
    with _app.progress_bar("encrypting") as update:
        assert update is not None
        update(25, 100)
        update(100, 100)
    assert "encrypting" in term.getvalue() and "100%" in term.getvalue()
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal: no callback at all
    with _app.progress_bar("encrypting") as update:
        assert update is None
