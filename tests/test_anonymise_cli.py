"""``vault anonymise text`` end to end through click's CliRunner."""
from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from conftest import tree_modes
from vault.anonymise.formats import anonymise_files

DATA = Path(__file__).parent / "data" / "anonymise"


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("interview.txt", "interview.vtt", "interview.srt", "register.csv"):
        shutil.copy(DATA / name, src / name)
    return src


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_text_writes_redacted_copies_and_report(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    result = run("anonymise", "text", str(inputs / "interview.txt"), str(inputs / "interview.vtt"),
                 "--out-dir", str(out), "--register", str(inputs / "register.csv"),
                 "--report", str(report))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "DATE: 1", "HOSPITAL: 2", "PERSON: 4", "PHONE: 2",
        f"2 file(s) written to {out}, 0 low-confidence span(s) redacted to be safe"]
    assert (out / "interview.txt").read_text("utf-8").startswith(
        "Interviewer: Thanks for joining, [P07].\n")
    assert "00:00:05.000 --> 00:00:09.250 align:start" in (out / "interview.vtt").read_text()
    data = json.loads(report.read_text())
    assert data["counts"] == {"DATE": 1, "HOSPITAL": 2, "PERSON": 4, "PHONE": 2}
    assert [f["file"] for f in data["files"]] == ["interview.txt", "interview.vtt"]
    span = data["files"][0]["spans"][0]
    assert set(span) == {"segment", "start", "end", "entity_type", "score", "detector", "status"}
    raw = report.read_text()
    for secret in ("John", "Patel", "07700", "RVI", "2019", "Sunderland"):
        assert secret not in raw


def test_copies_are_private_whatever_the_umask_unless_mode_says(inputs: Path, tmp_path: Path,
                                                               open_umask: None) -> None:
    """Issue 20: redacted copies are still participants' words: 0600 in a new 0700 --out-dir
    under umask 000; --mode 640 gives 0640 in 0750."""
    private, shared = tmp_path / "new" / "private", tmp_path / "shared"
    assert run("anonymise", "text", str(inputs / "interview.txt"), "--out-dir", str(private),
               "--report", str(tmp_path / "new" / "report.json")).exit_code == 0
    assert tree_modes(tmp_path / "new") == {("dir", 0o700), ("file", 0o600)}
    assert run("anonymise", "text", str(inputs / "interview.txt"), "--out-dir", str(shared),
               "--report", str(shared / "report.json"), "--mode", "640").exit_code == 0
    assert tree_modes(shared) == {("dir", 0o750), ("file", 0o640)}


def test_partial_failure_exit_4_and_others_continue(inputs: Path, tmp_path: Path) -> None:
    (inputs / "bad.txt").write_bytes("Jos\u00e9".encode("latin-1"))
    (inputs / "empty.srt").write_bytes(b"")
    out = tmp_path / "out"
    result = run("anonymise", "text", str(inputs / "bad.txt"), str(inputs / "interview.srt"),
                 str(inputs / "empty.srt"), "--out-dir", str(out))
    assert result.exit_code == 4
    assert f"failed: {inputs / 'bad.txt'}: not UTF-8 text" in result.output
    assert f"failed: {inputs / 'empty.srt'}: file is empty" in result.output
    assert result.output.rstrip().endswith(
        "error: 2 of 3 file(s) failed — fix the files listed above and run the command again "
        "for them")
    assert (out / "interview.srt").exists()
    assert not (out / "bad.txt").exists()


def test_refuses_to_overwrite_the_input(inputs: Path) -> None:
    before = (inputs / "interview.txt").read_bytes()
    result = run("anonymise", "text", str(inputs / "interview.txt"), "--out-dir", str(inputs))
    assert result.exit_code == 4
    assert f"failed: {inputs / 'interview.txt'}: output would overwrite the input" in result.output
    assert (inputs / "interview.txt").read_bytes() == before


def test_refuses_symlinked_output(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("keep me")
    (out / "interview.txt").symlink_to(outside)
    result = run("anonymise", "text", str(inputs / "interview.txt"), "--out-dir", str(out))
    assert result.exit_code == 4
    assert "output path is a symbolic link; refusing to follow it" in result.output
    assert outside.read_text() == "keep me"


def test_duplicate_names_are_not_clobbered(inputs: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(inputs / "interview.txt", other / "interview.txt")
    summary = anonymise_files([inputs / "interview.txt", other / "interview.txt"], tmp_path / "o")
    assert [f.error for f in summary.files] == [
        None, f"{other / 'interview.txt'}: another input has the same file name"]


def test_bad_policy_and_register_are_whole_command_errors(inputs: Path, tmp_path: Path) -> None:
    result = run("anonymise", "text", str(inputs / "interview.txt"), "--out-dir",
                 str(tmp_path / "o"), "--policy", str(DATA / "policies" / "unknown_key.toml"))
    assert result.exit_code == 6
    policy = DATA / "policies" / "unknown_key.toml"
    assert result.output == (f"error: {policy}:4: unknown key 'colour' at the top level — "
                             "remove it; allowed keys: version, language, threshold, "
                             "review_floor, entities, allow, deny, audio\n")
    (inputs / "reg.csv").write_text("name\nJohn Smith\n")
    result = run("anonymise", "text", str(inputs / "interview.txt"), "--out-dir",
                 str(tmp_path / "o"), "--register", str(inputs / "reg.csv"))
    assert result.exit_code == 9
    assert "reg.csv: no 'code' column — outside a vault" in result.output and "John" not in result.output


def test_json_output(inputs: Path, tmp_path: Path) -> None:
    result = run("--json", "anonymise", "text", str(inputs / "interview.srt"), "--out-dir",
                 str(tmp_path / "o"))
    assert result.exit_code == 0
    assert json.loads(result.output) == {"counts": {"LOCATION": 1, "PERSON": 1}, "failed": [],
                                         "uncertain": 0, "kept": 0, "written": 1}


def test_group_shows_its_subcommands_and_names_the_new_forms() -> None:
    """Issue 20: `vault anonymise` alone is its help (run and text listed); `run --help`
    shows --all and --rerun; the old `vault anonymise --all` / `vault anonymise ITEM` are
    refused (exit 2) naming `vault anonymise run`."""
    alone = run("anonymise")
    assert alone.exit_code == 2
    assert "run " in alone.output and "text " in alone.output and "Example:" in alone.output
    assert "\\n" not in alone.output  # the help keeps its lines
    assert run("anonymise", "--help").output.startswith("Usage: ")
    run_help = run("anonymise", "run", "--help").output
    assert "--all" in run_help and "--rerun" in run_help
    assert "vault anonymise text" in run("anonymise", "text", "--help").output
    for old in (["--all"], ["it_3f9c0a1b2d4e"]):
        result = run("anonymise", *old)
        assert result.exit_code == 2
        assert f"vault anonymise run {old[0]}" in result.output
    result = run("anonymise", "run", "--all")  # the in-vault form needs a vault
    assert result.exit_code == 10
    assert "no vault found here or in any parent directory" in result.output


def test_no_network_during_a_run(inputs: Path, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Emails are validated against tldextract's bundled snapshot: no lookups, no fetches."""
    calls: list[object] = []

    def refuse(*args: object, **_kwargs: object) -> None:
        calls.append(args)
        raise OSError("network disabled in test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    (inputs / "mail.txt").write_text("P01: write to someone.new@nhs.net or a.b@ncl.ac.uk\n")
    result = run("anonymise", "text", str(inputs / "mail.txt"), "--out-dir", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "mail.txt").read_text() == "P01: write to [EMAIL] or [EMAIL]\n"
    assert calls == []


def test_progress_is_reported_per_file(inputs: Path, tmp_path: Path) -> None:
    seen: list[str] = []
    (inputs / "bad.txt").write_bytes(b"")
    summary = anonymise_files([inputs / "interview.srt", inputs / "bad.txt"], tmp_path / "o",
                              progress=lambda p: seen.append(p.name))
    assert seen == ["interview.srt", "bad.txt"]
    assert [f.name for f in summary.failed] == ["bad.txt"]
    assert summary.counts == {"LOCATION": 1, "PERSON": 1}
