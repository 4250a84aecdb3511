"""``vault age keygen|encrypt|decrypt`` through click's CliRunner: exit codes and exact messages."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import main
from vault import age

HINT_DAMAGED = "the file is not a valid age file, or it is damaged"
HINT_NO_MATCH = "use the identity file (-i) or passphrase this file was encrypted to"
HINT_PAYLOAD = ("the encrypted data is damaged or truncated; discard any partial output and "
                "restore the file from backup")
HINT_KEY = ("recipients look like age1..., identities like AGE-SECRET-KEY-1...; check for "
            "truncation or extra characters")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("VAULT_PASSPHRASE", raising=False)
    monkeypatch.delenv("VAULT_IDENTITY_FILE", raising=False)
    return CliRunner()


def invoke(runner: CliRunner, *args: str, input: bytes | None = None,
           env: dict[str, str] | None = None) -> Result:
    return runner.invoke(main, ["age", *args], input=input, env=env, catch_exceptions=False)


@pytest.fixture
def keyfile(runner: CliRunner, tmp_path: Path) -> tuple[Path, str]:
    """(identity file path, its public key) made by `vault age keygen`."""
    path = tmp_path / "key.txt"
    result = invoke(runner, "keygen", "-o", str(path))
    assert result.exit_code == 0, result.stderr
    public = result.stderr.strip().removeprefix("Public key: ")
    return path, public


def test_keygen_writes_private_file(keyfile: tuple[Path, str]) -> None:
    path, public = keyfile
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    lines = path.read_text().splitlines()
    assert lines[0].startswith("# created: ")
    assert lines[1] == f"# public key: {public}"
    (identity,) = age.parse_identities(path.read_text())
    assert identity.recipient.to_string() == public  # type: ignore[attr-defined]


def test_keygen_refuses_to_overwrite(runner: CliRunner, keyfile: tuple[Path, str]) -> None:
    path, _ = keyfile
    before = path.read_bytes()
    result = invoke(runner, "keygen", "-o", str(path))
    assert result.exit_code == 9
    assert result.stderr == (f"error: output {path}: already exists — choose a new path; an "
                             "identity file is never overwritten\n")
    assert path.read_bytes() == before


def test_keygen_stdout_and_pq(runner: CliRunner) -> None:
    result = invoke(runner, "keygen", "--pq")
    assert result.exit_code == 0
    secret = result.stdout.splitlines()[-1]
    assert secret.startswith("AGE-SECRET-KEY-PQ-1")
    assert result.stderr.startswith("Public key: age1pq1")
    assert isinstance(age.parse_identity(secret), age.MLKEM768X25519Identity)


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armor"])
def test_encrypt_decrypt_files(runner: CliRunner, keyfile: tuple[Path, str], tmp_path: Path,
                               armor: bool) -> None:
    path, public = keyfile
    plain = tmp_path / "notes.txt"
    plain.write_bytes(os.urandom(70_000))
    sealed = tmp_path / "notes.txt.age"
    result = invoke(runner, "encrypt", "-r", public, *(["-a"] if armor else []),
                    "-o", str(sealed), str(plain))
    assert result.exit_code == 0, result.stderr
    assert sealed.read_bytes().startswith(
        b"-----BEGIN AGE ENCRYPTED FILE-----" if armor else b"age-encryption.org/v1\n")
    out = tmp_path / "out.txt"
    result = invoke(runner, "decrypt", "-i", str(path), "-o", str(out), str(sealed))
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == plain.read_bytes()


def test_stdin_to_stdout(runner: CliRunner, keyfile: tuple[Path, str]) -> None:
    path, public = keyfile
    sealed = invoke(runner, "encrypt", "-r", public, input=b"piped").stdout_bytes
    result = invoke(runner, "decrypt", "-i", str(path), input=sealed)
    assert result.exit_code == 0 and result.stdout_bytes == b"piped"


def test_recipients_file_and_identity_env(runner: CliRunner, keyfile: tuple[Path, str],
                                          tmp_path: Path) -> None:
    path, public = keyfile
    recipients = tmp_path / "recipients.txt"
    recipients.write_text(f"# team\n{public}\n")
    sealed = invoke(runner, "encrypt", "-R", str(recipients), input=b"x").stdout_bytes
    result = invoke(runner, "decrypt", input=sealed, env={"VAULT_IDENTITY_FILE": str(path)})
    assert result.exit_code == 0 and result.stdout_bytes == b"x"


def test_passphrase_round_trip(runner: CliRunner, tmp_path: Path) -> None:
    env = {"VAULT_PASSPHRASE": "correct horse battery staple"}
    sealed = invoke(runner, "encrypt", "-p", "--work-factor", "10", "-a", input=b"secret",
                    env=env)
    assert sealed.exit_code == 0, sealed.stderr
    result = invoke(runner, "decrypt", input=sealed.stdout_bytes, env=env)
    assert result.exit_code == 0 and result.stdout_bytes == b"secret"
    wrong = invoke(runner, "decrypt", input=sealed.stdout_bytes,
                   env={"VAULT_PASSPHRASE": "wrong"})
    assert wrong.exit_code == 8
    assert wrong.stderr == ("error: no identity matched any of the file's recipients — "
                            f"{HINT_NO_MATCH}\n")


def test_passphrase_protected_identity_file(runner: CliRunner, keyfile: tuple[Path, str],
                                            tmp_path: Path) -> None:
    path, public = keyfile
    env = {"VAULT_PASSPHRASE": "custodian"}
    protected = tmp_path / "key.txt.age"
    result = invoke(runner, "encrypt", "-p", "--work-factor", "10", "-o", str(protected),
                    str(path), env=env)
    assert result.exit_code == 0, result.stderr
    sealed = invoke(runner, "encrypt", "-r", public, input=b"data").stdout_bytes
    result = invoke(runner, "decrypt", "-i", str(protected), input=sealed, env=env)
    assert result.exit_code == 0 and result.stdout_bytes == b"data"


def test_wrong_key(runner: CliRunner, tmp_path: Path, keyfile: tuple[Path, str]) -> None:
    path, _ = keyfile
    other = age.X25519Identity.generate()
    sealed = tmp_path / "x.age"
    sealed.write_bytes(age.encrypt_bytes(b"x", [other.recipient]))
    out = tmp_path / "out"
    result = invoke(runner, "decrypt", "-i", str(path), "-o", str(out), str(sealed))
    assert result.exit_code == 8
    assert result.stderr == (f"error: {sealed}: no identity matched any of the file's "
                             f"recipients — {HINT_NO_MATCH}\n")
    assert not out.exists()


def test_tampered_file_leaves_no_output(runner: CliRunner, keyfile: tuple[Path, str],
                                        tmp_path: Path) -> None:
    path, public = keyfile
    plain = os.urandom(200_000)
    sealed = bytearray(age.encrypt_bytes(plain, [age.X25519Recipient.from_string(public)]))
    sealed[-100] ^= 0x01
    damaged = tmp_path / "damaged.age"
    damaged.write_bytes(bytes(sealed))
    out = tmp_path / "out.bin"
    out.write_bytes(b"previous contents")
    result = invoke(runner, "decrypt", "-i", str(path), "-o", str(out), str(damaged))
    assert result.exit_code == 8
    assert result.stderr == (f"error: {damaged}: age payload: a chunk failed to authenticate"
                             f" — {HINT_PAYLOAD}\n")
    assert out.read_bytes() == b"previous contents"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_not_an_age_file(runner: CliRunner, keyfile: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = keyfile
    bogus = tmp_path / "bogus.age"
    bogus.write_text("hello\n")
    result = invoke(runner, "decrypt", "-i", str(path), str(bogus))
    assert result.exit_code == 8
    assert result.stderr == (f"error: {bogus}: not an age file: bad first line — "
                             f"{HINT_DAMAGED}\n")


def test_missing_input(runner: CliRunner, keyfile: tuple[Path, str], tmp_path: Path) -> None:
    _, public = keyfile
    missing = tmp_path / "nope.txt"
    result = invoke(runner, "encrypt", "-r", public, str(missing))
    assert result.exit_code == 9
    assert result.stderr == f"error: input {missing}: no such file — check the path\n"


def test_missing_identity_file(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "key.txt"
    result = invoke(runner, "decrypt", "-i", str(missing), input=b"")
    assert result.exit_code == 9
    assert result.stderr == f"error: identity file {missing}: no such file — check the path\n"


def test_bad_recipients_file(runner: CliRunner, tmp_path: Path) -> None:
    listed = tmp_path / "recipients.txt"
    listed.write_text("# empty\n")
    result = invoke(runner, "encrypt", "-R", str(listed), input=b"x")
    assert result.exit_code == 9
    assert result.stderr == (f"error: {listed}: no recipients found in the recipients file — "
                             f"{HINT_KEY}\n")


def test_bad_recipient(runner: CliRunner) -> None:
    # a real recipient with its last character changed: the checksum catches it
    typo = "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryeq"
    result = invoke(runner, "encrypt", "-r", typo, input=b"x")
    assert result.exit_code == 9
    assert result.stderr == f"error: malformed recipient: invalid checksum — {HINT_KEY}\n"


def test_bad_identity_file(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "key.txt"
    typo = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LMQ"
    bad.write_text(f"# comment\n{typo}\n")
    result = invoke(runner, "decrypt", "-i", str(bad), input=b"")
    assert result.exit_code == 9
    assert result.stderr == (f"error: {bad}: identity file line 2: malformed identity: "
                             f"invalid checksum — {HINT_KEY}\n")
    assert "EGTZVFFV" not in result.stderr  # never echo a secret key


def test_usage_errors(runner: CliRunner, keyfile: tuple[Path, str]) -> None:
    _, public = keyfile
    result = invoke(runner, "encrypt", input=b"x")
    assert result.exit_code == 2 and "missing recipients: use -r, -R or -p" in result.stderr
    result = invoke(runner, "encrypt", "-p", "-r", public, input=b"x")
    assert result.exit_code == 2
    assert "-p/--passphrase can't be combined with -r/-R" in result.stderr


def test_passphrase_without_terminal(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    from vault.commands import age as age_commands
    monkeypatch.setattr(age_commands, "_have_terminal", lambda: False)
    result = invoke(runner, "encrypt", "-p", input=b"x")
    assert result.exit_code == 7
    assert result.stderr == ("error: a passphrase is needed but there is no terminal to ask "
                             "for it — set VAULT_PASSPHRASE for non-interactive use\n")


@pytest.mark.parametrize("command", [[], ["keygen"], ["encrypt"], ["decrypt"]])
def test_help_has_example(runner: CliRunner, command: list[str]) -> None:
    result = invoke(runner, *command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout and "vault age" in result.stdout


def test_refuses_binary_to_terminal(runner: CliRunner, keyfile: tuple[Path, str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from vault.commands import age as age_commands
    _, public = keyfile
    monkeypatch.setattr(age_commands, "_stdout_is_terminal", lambda: True)
    result = invoke(runner, "encrypt", "-r", public, input=b"x")
    assert result.exit_code == 9
    assert result.stderr == ("error: refusing to write binary output to the terminal — use "
                             '-a/--armor, -o FILE, or force it with "-o -"\n')
    armored = invoke(runner, "encrypt", "-r", public, "-a", input=b"x")
    assert armored.exit_code == 0 and armored.stdout.startswith("-----BEGIN AGE ENCRYPTED FILE")
    forced = invoke(runner, "encrypt", "-r", public, "-o", "-", input=b"x")
    assert forced.exit_code == 0 and forced.stdout_bytes.startswith(b"age-encryption.org/v1\n")


# --- issue 20: age-keygen's -y, and decrypt recognising a passphrase file by itself -------

def test_keygen_y_prints_the_recipient(runner: CliRunner, keyfile: tuple[Path, str],
                                       tmp_path: Path) -> None:
    path, public = keyfile
    result = invoke(runner, "keygen", "-y", str(path))
    assert (result.exit_code, result.stdout, result.stderr) == (0, f"{public}\n", "")
    from_stdin = invoke(runner, "keygen", "-y", input=path.read_bytes())
    assert from_stdin.stdout == f"{public}\n"
    out = tmp_path / "recipients.txt"
    assert invoke(runner, "keygen", "-y", "-o", str(out), str(path)).exit_code == 0
    assert out.read_text() == f"{public}\n"
    # the recipients file it writes is what encrypt -R reads
    sealed = invoke(runner, "encrypt", "-R", str(out), input=b"x").stdout_bytes
    assert invoke(runner, "decrypt", "-i", str(path), input=sealed).stdout_bytes == b"x"


def test_keygen_y_reads_several_and_pq_identities(runner: CliRunner, tmp_path: Path) -> None:
    classic, pq = age.X25519Identity.generate(), age.MLKEM768X25519Identity.generate()
    path = tmp_path / "keys.txt"
    path.write_text(f"# two\n{classic.to_string()}\n\n{pq.to_string()}\n")
    result = invoke(runner, "keygen", "-y", str(path))
    assert result.stdout == (f"{classic.recipient.to_string()}\n"
                             f"{pq.recipient.to_string()}\n")


def test_keygen_y_decrypts_a_passphrase_protected_identity_file(
        runner: CliRunner, keyfile: tuple[Path, str], tmp_path: Path) -> None:
    """A custodian's identity file (`~/.config/vault/<study>.identity.age`) is one of these."""
    path, public = keyfile
    env = {"VAULT_PASSPHRASE": "custodian"}
    protected = tmp_path / "key.txt.age"
    assert invoke(runner, "encrypt", "-p", "--work-factor", "10", "-o", str(protected),
                  str(path), env=env).exit_code == 0
    result = invoke(runner, "keygen", "-y", str(protected), env=env)
    assert (result.exit_code, result.stdout) == (0, f"{public}\n")
    wrong = invoke(runner, "keygen", "-y", str(protected), env={"VAULT_PASSPHRASE": "no"})
    assert wrong.exit_code == 7 and "wrong passphrase" in wrong.stderr


@pytest.mark.parametrize("args, message", [
    (["keygen", "-y", "--pq"], "-y converts an existing identity: it can't take --pq"),
    (["keygen", "key.txt"], "INPUT is only read with -y"),
])
def test_keygen_y_usage(runner: CliRunner, args: list[str], message: str) -> None:
    result = invoke(runner, *args, input=b"")
    assert result.exit_code == 2 and message in result.stderr


def test_keygen_y_refuses_what_is_not_an_identity(runner: CliRunner,
                                                  keyfile: tuple[Path, str]) -> None:
    _, public = keyfile
    result = invoke(runner, "keygen", "-y", input=f"{public}\n".encode())
    assert result.exit_code == 9
    assert result.stderr.startswith("error: stdin: identity file line 1: ")
    assert invoke(runner, "keygen", "-y", input=b"# nothing\n").stderr == (
        f"error: stdin: no identities found in the identity file — {HINT_KEY}\n")


def test_decrypt_asks_for_a_passphrase_only_for_a_passphrase_file(
        runner: CliRunner, keyfile: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Like age, decrypt has no -p: an scrypt file is recognised; an X25519 file without -i
    is "no identity matched", never a passphrase prompt."""
    from vault.commands import age as age_commands

    asked: list[bool] = []
    monkeypatch.setattr(age_commands, "_passphrase",
                        lambda confirm: asked.append(confirm) or "pass phrase")
    sealed = age.encrypt_bytes(b"words", [age.ScryptRecipient("pass phrase", work_factor=10)])
    result = invoke(runner, "decrypt", input=sealed)
    assert (result.exit_code, result.stdout_bytes, asked) == (0, b"words", [False])
    path, public = keyfile
    sealed = invoke(runner, "encrypt", "-r", public, input=b"x").stdout_bytes
    result = invoke(runner, "decrypt", input=sealed)
    assert result.exit_code == 8 and asked == [False]
    assert "no identity matched" in result.stderr
    # with -i too, a passphrase file still decrypts (the identities simply do not match it)
    sealed = age.encrypt_bytes(b"both", [age.ScryptRecipient("pass phrase", work_factor=10)])
    assert invoke(runner, "decrypt", "-i", str(path), input=sealed).stdout_bytes == b"both"
