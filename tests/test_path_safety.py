"""Paths are judged by what they resolve to, the same way in every command.

* Reading: ``..`` and symlinks are fine; the real file must be a regular file (and, for what is
  imported, outside the vault) — ``vault ingest audio ../dir/x.wav`` works as
  ``vault participant import ../x.csv`` does.
* ``--remove-source`` removes what was read or refuses: a symlink (only the link would go) or
  a file with other hard links is refused before anything is stored.
* Writing: nothing goes into a vault through any path — ``objects/`` symlinked to another disk,
  an alias of the vault directory, ``..`` — for export, releases, reports, ``anonymise text``,
  ``age -o``, ``age keygen -o``, identity files, ``sample`` and ``init``.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cli import main
from conftest import ingest_audio_cli, one_error_line
from vault import age, keys
from vault.store import Vault


def _items(root: Path) -> list[str]:
    vault = Vault.open(root)
    try:
        return [r["id"] for r in vault.db.execute("SELECT id FROM items ORDER BY id")]
    finally:
        vault.close()


# -- --remove-source removes what was read, or refuses ------------------------------------------

def test_remove_source_refuses_a_symlink(runner: CliRunner, vault_dir: Path, participant: str,
                                         tmp_path: Path, make_wav: Any, snapshot: Any) -> None:
    target = make_wav(tmp_path / "real.wav")
    link = tmp_path / "link.wav"
    link.symlink_to(target)
    before = snapshot(vault_dir)
    result = ingest_audio_cli(runner, link, participant, "--remove-source")
    assert result.exit_code == 9
    assert one_error_line(result) == (
        "error: link.wav: is a symbolic link; --remove-source would remove the link and keep "
        "the file it points to — pass the file itself, or leave out --remove-source")
    assert "(source removed)" not in result.stdout
    assert link.is_symlink() and target.is_file()
    assert snapshot(vault_dir) == before  # refused before anything was stored


def test_remove_source_refuses_a_file_with_other_hard_links(
        runner: CliRunner, vault_dir: Path, participant: str, tmp_path: Path, make_wav: Any,
        snapshot: Any) -> None:
    source = make_wav(tmp_path / "a.wav")
    os.link(source, tmp_path / "backup-copy.wav")
    before = snapshot(vault_dir)
    result = ingest_audio_cli(runner, source, participant, "--remove-source")
    assert result.exit_code == 9
    assert one_error_line(result) == (
        "error: a.wav: has 2 hard links; --remove-source would keep the content under the "
        "other names — remove the other links first, or leave out --remove-source")
    assert source.exists()
    assert snapshot(vault_dir) == before


def test_remove_source_removes_the_file_through_a_symlinked_directory(
        runner: CliRunner, vault_dir: Path, participant: str, tmp_path: Path,
        make_wav: Any) -> None:
    real_dir = tmp_path / "recordings"
    real_dir.mkdir()
    target = make_wav(real_dir / "a.wav")
    (tmp_path / "rec-link").symlink_to(real_dir)
    result = ingest_audio_cli(runner, tmp_path / "rec-link" / "a.wav", participant, "--remove-source")
    assert result.exit_code == 0, result.stderr
    assert "(source removed)" in result.stdout
    assert not target.exists()  # what was read is gone, not just a name for it


def test_a_symlink_is_read_without_remove_source(runner: CliRunner, vault_dir: Path,
                                                 participant: str, tmp_path: Path,
                                                 make_wav: Any) -> None:
    target = make_wav(tmp_path / "real.wav")
    link = tmp_path / "link.wav"
    link.symlink_to(target)
    result = ingest_audio_cli(runner, link, participant)
    assert result.exit_code == 0, result.stderr
    assert len(_items(vault_dir)) == 1
    assert link.is_symlink() and target.is_file()


def test_a_symlink_to_a_directory_is_a_directory(runner: CliRunner, vault_dir: Path,
                                                 participant: str, tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder.wav").symlink_to(tmp_path / "folder")
    result = ingest_audio_cli(runner, tmp_path / "folder.wav", participant)
    assert result.exit_code == 9
    assert one_error_line(result) == ("error: folder.wav: is a directory — pass the files inside "
                                 "it, e.g. DIR/*, not the directory")


# -- `..` is handled the same everywhere: by what it resolves to ---------------------------------

@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current directory is tmp/work; sources live in tmp/rec (reached as ../rec)."""
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "rec").mkdir()
    monkeypatch.chdir(work)
    return work


def test_dotdot_is_fine_for_ingest_and_participant_import(
        runner: CliRunner, vault_dir: Path, participant: str, tmp_path: Path, workdir: Path,
        make_wav: Any) -> None:
    make_wav(tmp_path / "rec" / "x.wav")
    result = ingest_audio_cli(runner, "../rec/x.wav", participant)
    assert result.exit_code == 0, result.stderr
    (tmp_path / "rec" / "register.csv").write_text("name,email\nNew Person,np@example.org\n")
    result = runner.invoke(main, ["participant", "import", "../rec/register.csv"])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(main, ["ingest", "audio", "../rec/../rec/x.wav", "--participant",
                                  participant, "--interview", "2"])
    assert result.exit_code == 9  # the same recording again: refused as a duplicate, not a path
    assert "same content as item" in one_error_line(result)


@pytest.mark.parametrize("command", ["ingest", "participant import"])
def test_dotdot_into_the_vault_is_refused_as_inside(runner: CliRunner, vault_dir: Path,
                                                    participant: str, workdir: Path,
                                                    make_wav: Any, command: str,
                                                    snapshot: Any) -> None:
    make_wav(vault_dir / "stray.wav")
    (vault_dir / "stray.csv").write_text("name\nSomeone\n")
    before = snapshot(vault_dir)
    if command == "ingest":
        result = ingest_audio_cli(runner, "../rec/../vault/stray.wav", participant)
        name = "stray.wav"
    else:
        result = runner.invoke(main, ["participant", "import", "../rec/../vault/stray.csv"])
        name = "stray.csv"
    assert result.exit_code == 9
    assert one_error_line(result) == (f"error: {name}: is inside the vault directory — give a file "
                                 "from outside the vault: it holds no plaintext")
    assert snapshot(vault_dir) == before


def test_a_symlink_into_the_vault_is_inside(runner: CliRunner, vault_dir: Path,
                                            participant: str, tmp_path: Path,
                                            make_wav: Any) -> None:
    make_wav(vault_dir / "stray.wav")
    (tmp_path / "innocent.wav").symlink_to(vault_dir / "stray.wav")
    result = ingest_audio_cli(runner, tmp_path / "innocent.wav", participant)
    assert result.exit_code == 9
    assert one_error_line(result) == ("error: innocent.wav: is inside the vault directory — give a "
                                 "file from outside the vault: it holds no plaintext")


# -- no write into the vault through any path ---------------------------------------------------

@pytest.fixture
def linked_objects(vault_dir: Path, tmp_path: Path) -> Path:
    """objects/ moved to another 'disk' and symlinked back; returns its real directory."""
    elsewhere = tmp_path / "bigdisk" / "objs"
    elsewhere.parent.mkdir()
    shutil.move(str(vault_dir / "objects"), elsewhere)
    (vault_dir / "objects").symlink_to(elsewhere)
    (tmp_path / "alias").symlink_to(vault_dir)
    return elsewhere


def _inside_spellings(vault_dir: Path, tmp_path: Path, real_objects: Path) -> dict[str, Path]:
    return {
        "objects/ (a symlink)": vault_dir / "objects",
        "objects' real directory": real_objects,
        "an alias of the vault": tmp_path / "alias",
        "the vault via ..": tmp_path / "bigdisk" / ".." / "vault",
    }


SPELLINGS = ["objects/ (a symlink)", "objects' real directory", "an alias of the vault",
             "the vault via .."]


@pytest.fixture
def stored_item(vault: Vault, participant: str, tmp_path: Path, make_wav: Any) -> str:
    from vault.ingest import ingest_files

    item = ingest_files(vault, [make_wav(tmp_path / "a.wav")], data_class="audio",
                        participant_code=participant, interview=1).ingested[0].id
    vault.close()
    return item


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_export_never_writes_into_the_vault(runner: CliRunner, vault_dir: Path, tmp_path: Path,
                                            stored_item: str, linked_objects: Path,
                                            spelling: str, snapshot: Any) -> None:
    inside = _inside_spellings(vault_dir, tmp_path, linked_objects)[spelling]
    out = inside / "plain.wav"
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["export", stored_item, "--out", str(out)])
    assert result.exit_code == 9
    assert one_error_line(result) == (f"error: {out}: is inside the vault directory — export to a "
                                 "path outside the vault: plaintext never lives in it")
    assert not os.path.lexists(out)
    assert sorted(os.listdir(linked_objects)) == [f"{stored_item}.age"]
    assert snapshot(vault_dir) == before
    # and outside, the same export works
    result = runner.invoke(main, ["export", stored_item, "--out", str(tmp_path / "ok.wav")])
    assert result.exit_code == 0, result.stderr


def _other_outputs(tmp_path: Path, identity_file: Path) -> dict[str, tuple[list[str], str]]:
    """name -> (argv with {in} for the inside directory, the hint of its refusal)."""
    notes = tmp_path / "notes.txt"
    notes.write_text("Interviewer: hello\n")
    recipient = keys.read_identity_file(identity_file).recipient.to_string()
    sealed = tmp_path / "notes.age"
    sealed.write_bytes(age.encrypt_bytes(b"hello", [age.parse_recipient(recipient)]))
    plaintext_keys = "write it outside the vault: plaintext and keys never live there"
    return {
        "age encrypt -o": (["age", "encrypt", "-r", recipient, "-o", "{in}/x.age",
                            str(notes)], plaintext_keys),
        "age decrypt -o": (["age", "decrypt", "-i", str(identity_file), "-o", "{in}/x.txt",
                            str(sealed)], plaintext_keys),
        "age keygen -o": (["age", "keygen", "-o", "{in}/key.txt"], plaintext_keys),
        "anonymise text --out-dir": (
            ["anonymise", "text", str(notes), "--out-dir", "{in}/redacted"],
            "redacted copies are still sensitive: write them outside the vault"),
        "anonymise text --report": (
            ["anonymise", "text", str(notes), "--out-dir", str(tmp_path / "red"), "--report",
             "{in}/report.json"], "write the report outside the vault"),
        "validate --report": (["validate", str(notes), "--report", "{in}/report"],
                              "write the report outside the vault"),
        "dataset validate --report": (["dataset", "validate", "ds_x", "--report",
                                       "{in}/report"], "write the report outside the vault"),
        "release --out-dir": (["release", "create", "wave-1", "--transcripts", "all", "--out-dir",
                               "{in}/rel"],
                              "releases are plaintext; choose an --out-dir outside the vault"),
        "custodian init --identity-file": (
            ["custodian", "init", "--store", "file", "--identity-file", "{in}/id.age"],
            "keep identities apart from the data: choose a path outside the vault"),
        "sample": (["sample", "{in}/study"], "write the sample study outside the vault"),
        "init": (["init", "{in}/nested", "--study", "Nested"],
                 "create the new vault outside any existing vault"),
        "audit checkpoint -o": (["audit", "checkpoint", "-o", "{in}/checkpoint.txt"],
                                ("keep checkpoints outside the vault: whoever can replace "
                                 "the log can replace a checkpoint kept beside it")),
    }


OUTPUTS = ["age encrypt -o", "age decrypt -o", "age keygen -o", "anonymise text --out-dir",
           "anonymise text --report", "validate --report", "dataset validate --report",
           "release --out-dir", "custodian init --identity-file", "sample", "init",
           "audit checkpoint -o"]


@pytest.mark.parametrize("spelling", ["objects/ (a symlink)", "objects' real directory",
                                      "an alias of the vault"])
@pytest.mark.parametrize("output", OUTPUTS)
def test_no_output_lands_in_the_vault(runner: CliRunner, vault_dir: Path, identity_file: Path,
                                      tmp_path: Path, linked_objects: Path, output: str,
                                      spelling: str, snapshot: Any,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAULT_PASSPHRASE", "a passphrase")
    inside = _inside_spellings(vault_dir, tmp_path, linked_objects)[spelling]
    argv, hint = _other_outputs(tmp_path, identity_file)[output]
    argv = [a.replace("{in}", str(inside)) for a in argv]
    target = next(Path(a) for a in argv if str(inside) in a)
    listing: Callable[[], list[str]] = lambda: sorted(os.listdir(linked_objects))
    objects_before, before = listing(), snapshot(vault_dir)
    vault_listing = sorted(n for n in os.listdir(vault_dir) if not n.startswith("catalog"))
    result = runner.invoke(main, argv)
    assert result.exit_code == 9, result.output
    assert one_error_line(result) == f"error: {target}: is inside the vault directory — {hint}"
    assert listing() == objects_before
    assert sorted(n for n in os.listdir(vault_dir) if not n.startswith("catalog")) \
        == vault_listing
    assert snapshot(vault_dir) == before
