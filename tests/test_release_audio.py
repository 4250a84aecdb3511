"""`vault release create NAME … --audio`: redacted recordings in a release, only when asked.

Two participants, each with a synthetic recording and its transcript, redacted in the vault;
the second withdraws consent. A release with ``--audio`` holds the first one's redacted
recording as ``audio/<CODE>_<interview>.wav`` — the stored object, byte for byte, hashed in
``manifest.json`` and ``datapackage.json`` — never the withdrawn one's (counted), never a file
name; a release without ``--audio`` holds none; a recording muted from an earlier redaction
log of its transcript is refused until ``vault anonymise audio --all`` redoes it.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from _tools import needs
from _vaults import custodial_vault
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import _audio_corpus as corpus

from cli import main
from vault import age, objects
from vault.anonymise.audio.in_vault import redact_vault_audio
from vault.anonymise.review import Decision, decide_all
from vault.anonymise.stored_transcripts import anonymise_items
from vault.codes.epochs import current_codes
from vault.ingest import ingest_files
from vault.participants import import_register, withdraw_participant
from vault.store import Vault
from vault.validate.release import verify_release

pytestmark = [pytest.mark.slow, needs(corpus.espeak_missing())]

REGISTER = "name,code,aliases\nPriya Okafor,PA,\nGareth Dunleavy,PB,\n"
INTERVIEWS = {
    "PA": [("Interviewer", "thank you for coming in can you tell me about your first year"),
           ("Participant", "my name is {Priya Okafor} and I trained at {Wansbeck}")],
    "PB": [("Interviewer", "who did you go to for support"),
           ("Participant", "my name is {Gareth Dunleavy} and we met once a month")],
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault whose two recordings are redacted; PB has withdrawn consent since."""
    base = tmp_path_factory.mktemp("release-audio")
    with pytest.MonkeyPatch.context() as mp:
        vault = custodial_vault(base, mp, "Audio release study")
        import_register(vault, REGISTER.encode())
        src = base / "src"
        src.mkdir()
        for n, (code, lines) in enumerate(INTERVIEWS.items()):
            interview = corpus.scripted_interview(lines, seed=40 + n)
            (src / f"{code} interview.wav").write_bytes(interview.wav_bytes())
            (src / f"{code} interview.txt").write_bytes(interview.transcript("txt")[0])
            for name, data_class in ((f"{code} interview.wav", "audio"),
                                     (f"{code} interview.txt", "transcript_raw")):
                ingest_files(vault, [src / name], data_class=data_class, participant_code=code,
                             interview=1, remove_source=True).check()
        anonymise_items(vault, None).check()
        decide_all(vault, Decision.ACCEPT)
        summary = redact_vault_audio(vault)
        assert len(summary.done) == 2, summary
        withdraw_participant(vault, "PB")
        vault.close()
    return base


@pytest.fixture
def study(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
          ) -> Callable[[], Vault]:
    """A copy of the template for one test: ``study()`` opens it (custody unlocked)."""
    base = tmp_path / "copy"
    shutil.copytree(template, base, symlinks=True)
    monkeypatch.setenv("HOME", str(base))
    monkeypatch.setenv("VAULT_IDENTITY_FILE", str(base / "custodian.identity"))
    monkeypatch.setenv("VAULT_DIR", str(base / "vault"))
    monkeypatch.delenv("VAULT_PASSPHRASE", raising=False)
    monkeypatch.chdir(tmp_path)

    def opened() -> Vault:
        vault = Vault.open(base / "vault")
        vault.custody()
        return vault

    return opened


def _release(tmp_path: Path, *args: str) -> tuple[int, str, Path]:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    result = CliRunner().invoke(main, ["release", "create", "r1", *args, "--out-dir", str(out)])
    return result.exit_code, result.output, out / "r1"


def _present_audio(vault: Vault, marker_code: str) -> str:
    codes = {c: m for m, c in current_codes(vault).items()}
    return str(vault.db.execute(
        "SELECT id FROM items WHERE data_class = 'audio_redacted' AND state = 'present' AND "
        "participant_marker = ?", (codes[marker_code],)).fetchone()["id"])


def test_audio_is_released_when_asked_named_by_code_and_hashed(
        study: Callable[[], Vault], tmp_path: Path) -> None:
    vault = study()
    code = next(c for m, c in current_codes(vault).items()
                if vault.db.execute("SELECT state FROM participants WHERE marker = ?",
                                    (m,)).fetchone()["state"] == "active")
    redacted = _present_audio(vault, code)
    plaintext = objects.read_object(vault, redacted)
    vault.close()
    status, output, release = _release(tmp_path, "--transcripts", "all", "--audio")
    assert status == 0, output
    assert "1 recording(s)" in output and "1 recording(s)" in output.split("left out")[1]
    assert sorted(p.name for p in (release / "audio").iterdir()) == [f"{code}_1.wav"]
    data = (release / "audio" / f"{code}_1.wav").read_bytes()
    assert data == plaintext  # the stored redaction, byte for byte
    digest = hashlib.sha256(data).hexdigest()
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["audio"] == 1 and manifest["withdrawn_excluded"]["audio"] == 1
    assert manifest["files"][f"audio/{code}_1.wav"] == {"sha256": digest, "bytes": len(data)}
    package = json.loads((release / "datapackage.json").read_text())
    resource = next(r for r in package["resources"] if r["path"] == f"audio/{code}_1.wav")
    assert resource["hash"] == f"sha256:{digest}" and resource["mediatype"] == "audio/wav"
    assert verify_release(release).ok
    # never the original file name, nor the withdrawn participant's recording
    names = " ".join(str(p.relative_to(release)) for p in release.rglob("*"))
    # (codes are drawn at random and may contain "PB", as in "PBT": look for it as a whole code)
    assert "interview" not in names and not re.search(r"(?<![A-Z0-9])PB(?![A-Z0-9])", names)
    vault = study()
    entry = next(e for e in vault.audit.entries() if e.action == "release.create")
    assert entry.details["audio"] == 1 and redacted in entry.items
    refs = {r["ref"] for r in vault.db.execute("SELECT ref FROM released")}
    assert redacted in refs  # the linkage guard knows it was released under this epoch


def test_no_audio_without_the_flag(study: Callable[[], Vault], tmp_path: Path) -> None:
    status, output, release = _release(tmp_path, "--transcripts", "all")
    assert status == 0, output
    assert not (release / "audio").exists()
    assert "audio" not in json.loads((release / "manifest.json").read_text())


def test_audio_alone_releases_every_consenting_participants_recordings(
        study: Callable[[], Vault], tmp_path: Path) -> None:
    status, output, release = _release(tmp_path, "--audio")
    assert status == 0, output
    assert len(list((release / "audio").iterdir())) == 1
    assert not (release / "transcripts").exists()


def test_a_recording_muted_from_an_outdated_log_is_refused_until_redone(
        study: Callable[[], Vault], tmp_path: Path) -> None:
    vault = study()
    active = vault.db.execute(
        "SELECT i.id FROM items i JOIN participants p ON p.marker = i.participant_marker "
        "WHERE i.data_class = 'transcript_raw' AND p.state = 'active'").fetchone()["id"]
    anonymise_items(vault, [active], rerun=True).check()  # a new log: the recording is stale
    decide_all(vault, Decision.ACCEPT)
    vault.close()
    status, output, release = _release(tmp_path, "--transcripts", "all", "--audio")
    assert status == 3, output
    assert "were muted from an earlier redaction of their transcript" in output
    assert "vault anonymise audio --all" in output
    assert not release.exists() and list(release.parent.iterdir()) == []
    redone = CliRunner().invoke(main, ["anonymise", "audio", "--all"])
    assert redone.exit_code == 0, redone.output
    status, output, release = _release(tmp_path, "--transcripts", "all", "--audio")
    assert status == 0, output
    assert len(list((release / "audio").iterdir())) == 1


def test_a_redacted_recording_for_another_key_is_never_released(
        study: Callable[[], Vault], tmp_path: Path) -> None:
    """Its object replaced by one for a key the vault never had: exit 8, no bundle, no temp
    directory, no ``released`` record — the plaintext it decrypted into is gone with them."""
    vault = study()
    code = next(c for m, c in current_codes(vault).items()
                if vault.db.execute("SELECT state FROM participants WHERE marker = ?",
                                    (m,)).fetchone()["state"] == "active")
    path = vault.object_path(_present_audio(vault, code))
    path.chmod(0o600)
    path.write_bytes(age.encrypt_bytes(b"RIFF" + bytes(4000),
                                       [age.X25519Identity.generate().recipient]))
    vault.close()
    status, output, release = _release(tmp_path, "--transcripts", "all", "--audio")
    assert status == 8, output
    assert output.startswith("error: ") and "Traceback" not in output
    assert list(release.parent.iterdir()) == []
    vault = study()
    assert vault.db.execute("SELECT COUNT(*) FROM released").fetchone()[0] == 0
    assert not any(e.action == "release.create" for e in vault.audit.entries())


def test_nothing_but_withdrawn_recordings_is_refused(study: Callable[[], Vault],
                                                     tmp_path: Path) -> None:
    vault = study()
    active = next(c for m, c in current_codes(vault).items()
                  if vault.db.execute("SELECT state FROM participants WHERE marker = ?",
                                      (m,)).fetchone()["state"] == "active")
    withdraw_participant(vault, active)
    vault.close()
    status, output, release = _release(tmp_path, "--audio")
    assert status == 9, output
    assert output.splitlines()[0].startswith(
        "error: nothing to release: all 2 redacted recording(s) belong to participants who "
        "withdrew consent — a withdrawn participant's data is never released")
    assert list(release.parent.iterdir()) == []
