"""Inventory: `vault list`, `vault export`, `vault verify` (library and CLI)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cli import main
from vault import inventory
from vault.errors import DecryptionFailed, InputError, StoreError
from vault.ingest import ingest_files
from vault.store import Vault


@pytest.fixture
def stocked(vault: Vault, participant: str, tmp_path: Path, make_wav: Any) -> dict[str, str]:
    """Two audio items and one transcript of one participant; returns name -> item id."""
    src = tmp_path / "sources"
    src.mkdir()
    ids = {}
    for n, name in enumerate(["Alice Smith.wav", "Bob Jones.wav"]):
        item = ingest_files(vault, [make_wav(src / name, seed=10 + n)], data_class="audio",
                            participant_code=participant, interview=n + 1).ingested[0]
        ids[name] = item.id
    text = src / "Alice Smith.txt"
    text.write_text("Interviewer: hello\nP: hi\n", encoding="utf-8")
    ids[text.name] = ingest_files(vault, [text], data_class="transcript_raw",
                                  participant_code=participant, interview=1).ingested[0].id
    return ids


# -- list -------------------------------------------------------------------------------------

def test_list_shows_no_names(runner: CliRunner, vault_dir: Path, participant: str,
                             stocked: dict[str, str], snapshot: Any) -> None:
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["list"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "CLASS", "PARTICIPANT", "INTERVIEW", "SIZE", "CREATED",
                               "STATE"]
    assert sorted(line.split()[0] for line in lines[1:]) == sorted(stocked.values())
    assert all(f" {participant} " in line and "present" in line for line in lines[1:])
    assert "Alice" not in result.output and "Bob" not in result.output
    assert snapshot(vault_dir) == before  # a plain listing changes nothing


def test_list_filters_and_json(runner: CliRunner, vault_dir: Path, participant: str,
                               stocked: dict[str, str]) -> None:
    result = runner.invoke(main, ["list", "--class", "audio", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert sorted(d["id"] for d in data) == sorted([stocked["Alice Smith.wav"],
                                                     stocked["Bob Jones.wav"]])
    assert {d["participant"] for d in data} == {participant}
    assert {d["media_format"] for d in data} == {"wav"}
    assert all("original_name" not in d for d in data)
    result = runner.invoke(main, ["list", "--participant", participant, "--json"])
    assert len(json.loads(result.stdout)) == 3


def test_list_other_participant_is_empty(runner: CliRunner, vault: Vault, vault_dir: Path,
                                         stocked: dict[str, str], new_participant: Any) -> None:
    other = new_participant("Other Person")
    result = runner.invoke(main, ["list", "--participant", other])
    assert (result.exit_code, result.stdout) == (0, "no items\n")


def test_list_unknown_participant(runner: CliRunner, vault_dir: Path,
                                  stocked: dict[str, str]) -> None:
    result = runner.invoke(main, ["list", "--participant", "NOPE99"])
    assert result.exit_code == 14 and result.stderr.count("\n") == 1


def test_list_reveal_is_audited(runner: CliRunner, vault: Vault, vault_dir: Path,
                                stocked: dict[str, str]) -> None:
    result = runner.invoke(main, ["list", "--reveal", "--json"])
    assert result.exit_code == 0, result.output
    names = {d["id"]: d["original_name"] for d in json.loads(result.stdout)}
    assert names == {v: k for k, v in stocked.items()}
    last = vault.audit.entries()[-1]
    assert (last.action, last.outcome, sorted(last.items)) == ("reveal", "ok",
                                                               sorted(stocked.values()))
    assert "Alice" not in vault.audit_path.read_text()
    vault.audit.verify()


def test_reveal_needs_custody(runner: CliRunner, vault_dir: Path, stocked: dict[str, str],
                              monkeypatch: pytest.MonkeyPatch, tmp_path: Path, snapshot: Any) -> None:
    monkeypatch.setenv("VAULT_IDENTITY_FILE", str(tmp_path / "absent.identity"))
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["list", "--reveal"])
    assert result.exit_code == 7
    assert result.stderr.startswith("error: ") and "Alice" not in result.output
    assert snapshot(vault_dir) == before


# -- export -----------------------------------------------------------------------------------

def test_export_round_trip_audited(runner: CliRunner, vault: Vault, vault_dir: Path,
                                   stocked: dict[str, str], tmp_path: Path) -> None:
    item = stocked["Alice Smith.wav"]
    out = tmp_path / "listen" / "x.wav"
    out.parent.mkdir()
    result = runner.invoke(main, ["export", item, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == (tmp_path / "sources" / "Alice Smith.wav").read_bytes()
    assert out.stat().st_mode & 0o777 == 0o600
    assert result.stdout.startswith(f"exported {item} (")
    assert [p.name for p in out.parent.iterdir()] == ["x.wav"]  # no temp left behind
    last = vault.audit.entries()[-1]
    assert (last.action, last.items, last.details["class"]) == ("export", (item,), "audio")


def test_export_refuses_to_overwrite(runner: CliRunner, vault_dir: Path,
                                     stocked: dict[str, str], tmp_path: Path, snapshot: Any) -> None:
    out = tmp_path / "exists.wav"
    out.write_bytes(b"keep me")
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["export", stocked["Bob Jones.wav"], "--out", str(out)])
    assert result.exit_code == 9
    assert result.stderr == (f"error: {out}: already exists — choose a new file name; "
                             "export never overwrites\n")
    assert out.read_bytes() == b"keep me"
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize("item", ["it_000000000000", "it_../../etc"])
def test_export_unknown_item(runner: CliRunner, vault_dir: Path, stocked: dict[str, str],
                             tmp_path: Path, item: str, snapshot: Any) -> None:
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["export", item, "--out", str(tmp_path / "x.wav")])
    assert result.exit_code == 10
    if item == "it_000000000000":
        assert result.stderr == ("error: no item it_000000000000 in this vault — see "
                                 "`vault list` for item ids\n")
    assert not (tmp_path / "x.wav").exists()
    assert snapshot(vault_dir) == before


def test_export_refuses_a_path_inside_the_vault(runner: CliRunner, vault_dir: Path,
                                                stocked: dict[str, str]) -> None:
    out = vault_dir / "plain.wav"
    result = runner.invoke(main, ["export", stocked["Bob Jones.wav"], "--out", str(out)])
    assert result.exit_code == 9
    assert result.stderr == (f"error: {out}: is inside the vault directory — export to a path "
                             "outside the vault: plaintext never lives in it\n")
    assert not out.exists()


def test_export_of_a_corrupt_object_leaves_no_file(vault: Vault, stocked: dict[str, str],
                                                   tmp_path: Path, snapshot: Any) -> None:
    item = stocked["Bob Jones.wav"]
    path = vault.object_path(item)
    data = bytearray(path.read_bytes())
    data[-40] ^= 0x01
    path.write_bytes(bytes(data))
    before = snapshot(vault.root)
    with pytest.raises(DecryptionFailed):
        inventory.export_item(vault, item, tmp_path / "out.wav")
    assert list(tmp_path.glob("*.wav")) == [] and list(tmp_path.glob(".vault-export-*")) == []
    assert snapshot(vault.root) == before


def test_export_missing_directory(vault: Vault, stocked: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        inventory.export_item(vault, stocked["Bob Jones.wav"], tmp_path / "no" / "x.wav")


# -- verify -----------------------------------------------------------------------------------

def test_verify_clean(runner: CliRunner, vault_dir: Path, stocked: dict[str, str]) -> None:
    result = runner.invoke(main, ["verify"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "checked 3 objects: 0 missing, 0 corrupt, 0 orphans\n"


def test_verify_detects_a_deleted_object(runner: CliRunner, vault: Vault, vault_dir: Path,
                                         stocked: dict[str, str]) -> None:
    item = stocked["Alice Smith.wav"]
    vault.object_path(item).unlink()
    result = runner.invoke(main, ["verify"])
    assert result.exit_code == 11
    assert f"missing  {item}\n" in result.stdout
    assert result.stderr == (f"error: 1 of 3 objects missing: {item} — restore the missing "
                             "objects from backup\n")
    # --repair does not touch missing objects
    assert runner.invoke(main, ["verify", "--repair"]).exit_code == 11


def test_verify_detects_a_flipped_byte(runner: CliRunner, vault: Vault, vault_dir: Path,
                                       stocked: dict[str, str]) -> None:
    item = stocked["Alice Smith.txt"]
    path = vault.object_path(item)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x80
    path.write_bytes(bytes(data))
    result = runner.invoke(main, ["verify"])
    assert result.exit_code == 12
    assert result.stderr == (f"error: 1 of 3 objects corrupt: {item} — restore the corrupt "
                             "objects from backup\n")
    assert runner.invoke(main, ["verify", "--repair"]).exit_code == 12
    assert path.read_bytes() == bytes(data)  # repair never deletes catalogued objects


def test_verify_detects_and_repairs_an_orphan(runner: CliRunner, vault: Vault, vault_dir: Path,
                                              stocked: dict[str, str]) -> None:
    orphan = vault.objects_dir / "it_0123456789ab.age"
    orphan.write_bytes(vault.object_path(stocked["Bob Jones.wav"]).read_bytes())
    result = runner.invoke(main, ["verify"])
    assert result.exit_code == 13
    assert result.stderr == ("error: 1 orphan files in objects/: it_0123456789ab.age — inspect "
                             "the orphan files; `vault verify --repair` removes them\n")
    assert orphan.exists()
    result = runner.invoke(main, ["verify", "--repair", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["removed"] == ["it_0123456789ab.age"] and report["ok"] is True
    assert not orphan.exists()
    assert sorted(p.stem for p in vault.objects_dir.iterdir()) == sorted(stocked.values())
    actions = [e.action for e in vault.audit.entries()]
    assert actions[-2:] == ["verify.repair", "verify"]
    vault.audit.verify()


def test_verify_reports_the_worst_problem(vault: Vault, stocked: dict[str, str]) -> None:
    from vault.errors import VerifyMissing

    vault.object_path(stocked["Alice Smith.wav"]).unlink()
    (vault.objects_dir / "stray").write_bytes(b"x")
    report = inventory.verify_objects(vault)
    assert (report.missing, report.orphans) == ((stocked["Alice Smith.wav"],), ("stray",))
    with pytest.raises(VerifyMissing):
        report.check()


def test_read_object_checks_state(vault: Vault, stocked: dict[str, str]) -> None:
    from vault import objects

    assert objects.read_object(vault, stocked["Alice Smith.txt"]) == \
        b"Interviewer: hello\nP: hi\n"
    with pytest.raises(StoreError, match="no item"):
        objects.read_object(vault, "it_000000000000")
