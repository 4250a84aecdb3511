"""Release bundles: the gate, the layout, three readers, and `vault release verify`."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cli import main
from vault import sshsig
from vault.errors import ChecksFailed, InputError
from vault.sshsig import SshSigner
from vault.validate import ExpectationOutcome, ValidationResult
from vault.validate.release import ManifestSigner, render_codes, verify_release, write_release

CREATED = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


def passing(dataset: str = "survey.parquet") -> ValidationResult:
    return ValidationResult(dataset=dataset, suite="survey", success=True, row_count=3,
                            results=(ExpectationOutcome("email:comments", "email", "comments",
                                                        True, 0, 3),))


def failing() -> ValidationResult:
    return ValidationResult(dataset="survey.parquet", suite="survey", success=False,
                            results=(ExpectationOutcome("email:comments", "email", "comments",
                                                        False, 1, 3),))


def table() -> pa.Table:
    return pa.table({"participant": ["P-0001", "P-0002", "P-0003"],
                     "region": ["London", "Wales", "London"],
                     "mentee_count": pa.array([1, 2, 3], type=pa.int64())})


#: a release signing key (the vault signing key in a store-backed release)
SIGNER = ManifestSigner(SshSigner(Ed25519PrivateKey.generate()), "vault@test-study")


def make(tmp_path: Path, name: str = "release") -> Path:
    return write_release(tmp_path / name, datasets={"survey": table()},
                         transcripts={"interview-01": "[Participant P-0001]: It helped.\n"},
                         validation=passing(), code_epoch=3,
                         policy_hashes={"datasets/survey.toml": "ab" * 32},
                         tool_version="0.1.0", created=CREATED, signer=SIGNER)


def test_layout_and_manifest(tmp_path: Path) -> None:
    out = make(tmp_path)
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == ["allowed_signers", "codebook.html", "codebook.md", "datapackage.json",
                     "manifest.json", "manifest.json.sig", "report.html", "summary.json",
                     "survey.parquet", "transcripts/interview-01.txt"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["format"] == "vault-release/1"
    assert manifest["code_epoch"] == 3
    assert manifest["created_utc"] == "2026-03-01T09:30:00Z"
    assert manifest["tool_version"] == "0.1.0"
    assert manifest["policy_hashes"] == {"datasets/survey.toml": "ab" * 32}
    assert manifest["validation"]["success"] is True
    assert set(manifest["files"]) == set(files) - {"manifest.json", "manifest.json.sig",
                                                   "allowed_signers"}
    assert all(len(e["sha256"]) == 64 for e in manifest["files"].values())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp dir left
    assert verify_release(out).ok


def test_opens_in_pyarrow(tmp_path: Path) -> None:
    out = make(tmp_path)
    assert pq.read_table(out / "survey.parquet").equals(table())


def test_opens_in_pandas(tmp_path: Path) -> None:
    import pandas as pd

    frame = pd.read_parquet(out := make(tmp_path) / "survey.parquet")
    assert list(frame.columns) == ["participant", "region", "mentee_count"]
    assert frame["mentee_count"].sum() == 6 and out.is_file()


def test_opens_in_duckdb(tmp_path: Path) -> None:
    import duckdb

    path = make(tmp_path) / "survey.parquet"
    rows = duckdb.sql(f"SELECT region, count(*) FROM read_parquet('{path}') GROUP BY region "
                      "ORDER BY region").fetchall()
    assert rows == [("London", 2), ("Wales", 1)]


def test_refuses_failed_validation(tmp_path: Path) -> None:
    with pytest.raises(ChecksFailed) as info:
        write_release(tmp_path / "r", datasets={"survey": table()}, transcripts={},
                      validation=failing(), code_epoch=1, policy_hashes={},
                      tool_version="0.1.0")
    assert info.value.message == "survey.parquet: 1 of 1 checks failed: email:comments"
    assert not (tmp_path / "r").exists()


def test_refuses_existing_directory(tmp_path: Path) -> None:
    (tmp_path / "release").mkdir()
    with pytest.raises(InputError) as info:
        make(tmp_path)
    assert info.value.message == f"{tmp_path / 'release'}: already exists"


def test_refuses_path_like_names(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="dataset name '../x' is not a plain file name"):
        write_release(tmp_path / "r", datasets={"../x": table()}, transcripts={},
                      validation=passing(), code_epoch=1, policy_hashes={},
                      tool_version="0.1.0")


def test_failure_midway_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises((TypeError, AttributeError, pa.ArrowException)):
        write_release(tmp_path / "r", datasets={"a": table(), "b": "not a table"},  # type: ignore[dict-item]
                      transcripts={}, validation=passing(), code_epoch=1, policy_hashes={},
                      tool_version="0.1.0")
    assert list(tmp_path.iterdir()) == []


# --- verify --------------------------------------------------------------------------------

def verify_cli(path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["release", "verify", str(path)])
    return result.exit_code, result.output


def test_verify_ok_cli(tmp_path: Path) -> None:
    out = make(tmp_path)
    code, output = verify_cli(out)
    assert code == 0
    assert output == (f"OK {out}: 7 files match the manifest; signed by "
                      f"{verify_release(out).signer} (compare with the key your data steward "
                      "published)\n")


def test_verify_detects_changed_file(tmp_path: Path) -> None:
    out = make(tmp_path)
    t = out / "transcripts" / "interview-01.txt"
    t.write_text(t.read_text().replace("helped", "hurt"))
    found = verify_release(out)
    assert (found.changed, found.missing, found.extra) == (("transcripts/interview-01.txt",),
                                                           (), ())
    code, output = verify_cli(out)
    assert code == 3
    assert "  changed: transcripts/interview-01.txt\n" in output
    assert (f"error: {out}: 0 missing, 0 extra, 1 changed file(s); signed by "
            f"{found.signer} — do not use this release; ask the data steward for a new copy"
            ) in output


def test_verify_detects_missing_file(tmp_path: Path) -> None:
    out = make(tmp_path)
    (out / "survey.parquet").unlink()
    assert verify_release(out).missing == ("survey.parquet",)
    code, output = verify_cli(out)
    assert code == 3 and "  missing: survey.parquet\n" in output


def test_verify_detects_extra_file(tmp_path: Path) -> None:
    out = make(tmp_path)
    (out / "transcripts" / "notes.txt").write_text("added later")
    assert verify_release(out).extra == ("transcripts/notes.txt",)
    code, output = verify_cli(out)
    assert code == 3 and "  extra:   transcripts/notes.txt\n" in output


def test_verify_without_manifest(tmp_path: Path) -> None:
    out = make(tmp_path)
    (out / "manifest.json").unlink()
    code, output = verify_cli(out)
    assert code == 9
    assert output == (f"error: {out}: no manifest.json; not a vault release — check the input "
                      "file and try again\n")


def test_release_subcommands_are_never_taken_for_a_name() -> None:
    """Issue 20: `vault release list` lists; `vault release NAME` (the old form) is refused
    with `vault release create NAME` named, so no name is ever mistaken for a subcommand."""
    result = CliRunner().invoke(main, ["release", "survey-2026", "--dataset", "ds_x"])
    assert result.exit_code == 2
    assert "vault release create survey-2026 --dataset ds_x" in result.stderr
    help_text = CliRunner().invoke(main, ["release", "--help"]).output
    for sub in ("create", "list", "verify", "key"):
        assert f"  {sub} " in help_text
    create_help = CliRunner().invoke(main, ["release", "create", "--help"]).output
    for option in ("--dataset", "--transcripts", "--out-dir", "--mode", "--allow-relink"):
        assert option in create_help


def test_render_codes_substitutes_markers() -> None:
    markers = pa.table({"participant": ["m-a", "m-b", None, "m-a"], "x": [1, 2, 3, 4]})
    calls: list[str] = []

    def code_for(marker: str) -> str:
        calls.append(marker)
        return {"m-a": "P-0101", "m-b": "P-0102"}[marker]

    out = render_codes(markers, column="participant", code_for=code_for)
    assert out.column("participant").to_pylist() == ["P-0101", "P-0102", None, "P-0101"]
    assert out.column_names == ["participant", "x"] and calls == ["m-a", "m-b"]


# --- the manifest's signature, checked by OpenSSH ------------------------------------------

SSH_KEYGEN = shutil.which("ssh-keygen")
needs_ssh_keygen = pytest.mark.skipif(
    SSH_KEYGEN is None, reason="ssh-keygen not installed (Debian openssh-client; .ci/run "
                               "installs it)")


def ssh_verify(release: Path, allowed: Path) -> subprocess.CompletedProcess[bytes]:
    assert SSH_KEYGEN is not None
    with (release / "manifest.json").open("rb") as manifest:
        return subprocess.run([SSH_KEYGEN, "-Y", "verify", "-f", str(allowed), "-I",
                               SIGNER.principal, "-n", "vault-release", "-s",
                               str(release / "manifest.json.sig")],
                              stdin=manifest, capture_output=True, timeout=60, check=False)


@needs_ssh_keygen
def test_manifest_signature_verifies_with_ssh_keygen(tmp_path: Path) -> None:
    out = make(tmp_path)
    steward = tmp_path / "steward.allowed_signers"  # what the analyst got from the steward
    steward.write_text(SIGNER.allowed_signers)
    assert (out / "allowed_signers").read_text() == SIGNER.allowed_signers
    checked = ssh_verify(out, steward)
    assert checked.returncode == 0, checked.stderr
    assert b'Good "vault-release" signature for vault@test-study' in checked.stdout + \
        checked.stderr
    assert verify_release(out, allowed_signers=steward.read_text()).signature == "valid"
    pub = tmp_path / "key.pub"
    pub.write_text(SIGNER.allowed_signers.split(" ", 2)[2])
    listed = subprocess.run([SSH_KEYGEN, "-l", "-f", str(pub)], capture_output=True, text=True,
                            timeout=60, check=True).stdout
    assert sshsig.fingerprint(SIGNER.signer.public_key) in listed


@needs_ssh_keygen
def test_a_manifest_altered_after_signing_fails_both_checks(tmp_path: Path) -> None:
    out = make(tmp_path)
    steward = tmp_path / "steward.allowed_signers"
    steward.write_text(SIGNER.allowed_signers)
    manifest = out / "manifest.json"
    manifest.write_text(manifest.read_text().replace('"code_epoch": 3', '"code_epoch": 4'))
    assert ssh_verify(out, steward).returncode != 0
    found = verify_release(out)
    assert found.signature == "invalid" and not found.ok
    result = CliRunner().invoke(main, ["release", "verify", str(out)])
    assert result.exit_code == 3
    assert "the signature does not match manifest.json (altered)" in result.output


@needs_ssh_keygen
def test_a_manifest_re_signed_by_another_key_is_untrusted(tmp_path: Path) -> None:
    """Whoever alters a release can sign it again and ship their own allowed_signers: the
    steward's copy of the key is what catches it."""
    out = make(tmp_path)
    steward = tmp_path / "steward.allowed_signers"
    steward.write_text(SIGNER.allowed_signers)
    manifest = out / "manifest.json"
    manifest.write_text(manifest.read_text().replace('"code_epoch": 3', '"code_epoch": 4'))
    forger = ManifestSigner(SshSigner(Ed25519PrivateKey.generate()), SIGNER.principal)
    (out / "manifest.json.sig").write_text(forger.signer.sign(manifest.read_bytes(),
                                                              "vault-release"))
    (out / "allowed_signers").write_text(forger.allowed_signers)
    assert ssh_verify(out, steward).returncode != 0
    result = CliRunner().invoke(main, ["release", "verify", str(out), "--allowed-signers",
                                       str(steward)])
    assert result.exit_code == 3 and "a key the allowed signers do not name" in result.output
    # without the steward's copy the check only proves consistency, and names the key
    alone = verify_release(out)
    assert alone.signature == "valid"
    assert alone.signer == sshsig.fingerprint(forger.signer.public_key)
    assert alone.signer != sshsig.fingerprint(SIGNER.signer.public_key)
