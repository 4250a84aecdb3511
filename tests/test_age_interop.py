"""Interoperability both ways with pyrage (rage) and the reference ``age`` CLI (Go).

The age CLI reads passphrases only from a terminal, so those cases drive it under a
pseudo-terminal (stdlib ``pty``). Tests needing the CLI skip only when ``age`` is not on PATH.
"""
from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from vault import age

pyrage = pytest.importorskip("pyrage")

F = TypeVar("F", bound=Callable[..., Any])
AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
_skip_without_age = pytest.mark.skipif(
    AGE is None, reason="the reference `age` CLI is not installed (apt-get install age)")


def needs_age(test: F) -> F:
    """Mark a test as needing the age CLI (`interop` marker; skipped when it is missing)."""
    return pytest.mark.interop(_skip_without_age(test))  # type: ignore[no-any-return]

IDENTITY = age.X25519Identity.generate()
SIZES = [0, 1, 65536, 65537, 200_000]


def _data(size: int) -> bytes:
    return os.urandom(size)


# --- pyrage --------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armor"])
def test_vault_to_pyrage_x25519(size: int, armor: bool) -> None:
    data = _data(size)
    encrypted = age.encrypt_bytes(data, [IDENTITY.recipient], armor=armor)
    identity = pyrage.x25519.Identity.from_str(IDENTITY.to_string())
    assert pyrage.decrypt(encrypted, [identity]) == data  # rage detects armor itself


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armor"])
def test_pyrage_to_vault_x25519(size: int, armor: bool) -> None:
    data = _data(size)
    recipient = pyrage.x25519.Recipient.from_str(IDENTITY.recipient.to_string())
    encrypted = pyrage.encrypt(data, [recipient], armored=armor)
    assert age.decrypt_bytes(encrypted, [IDENTITY]) == data


def test_pyrage_key_strings_agree() -> None:
    identity = pyrage.x25519.Identity.generate()
    ours = age.X25519Identity.from_string(str(identity))
    assert ours.recipient.to_string() == str(identity.to_public())
    assert ours.to_string() == str(identity)


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armor"])
def test_vault_to_pyrage_passphrase(armor: bool) -> None:
    encrypted = age.encrypt_bytes(b"passphrase interop", [age.ScryptRecipient("hunter2", 12)],
                                  armor=armor)
    assert pyrage.passphrase.decrypt(encrypted, "hunter2") == b"passphrase interop"


@pytest.mark.slow
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armor"])
def test_pyrage_to_vault_passphrase(armor: bool) -> None:
    # rage picks its own work factor (about a second of scrypt): one small message per form
    encrypted = pyrage.passphrase.encrypt(b"from rage", "hunter2", armored=armor)
    assert age.decrypt_bytes(encrypted, [age.ScryptIdentity("hunter2")]) == b"from rage"


# --- the age CLI -----------------------------------------------------------------------------
def _age(*args: str, data: bytes = b"") -> bytes:
    assert AGE is not None
    done = subprocess.run([AGE, *args], input=data, capture_output=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


@needs_age
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armor"])
def test_vault_to_age_cli_x25519(size: int, armor: bool, tmp_path: Path) -> None:
    data = _data(size)
    key = tmp_path / "key.txt"
    key.write_text(IDENTITY.to_string() + "\n")
    encrypted = age.encrypt_bytes(data, [IDENTITY.recipient], armor=armor)
    assert _age("-d", "-i", str(key), data=encrypted) == data


@needs_age
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armor"])
def test_age_cli_to_vault_x25519(size: int, armor: bool) -> None:
    data = _data(size)
    args = ["-r", IDENTITY.recipient.to_string()] + (["-a"] if armor else [])
    assert age.decrypt_bytes(_age(*args, data=data), [IDENTITY]) == data


@needs_age
@pytest.mark.skipif(AGE_KEYGEN is None, reason="age-keygen is not installed")
def test_age_keygen_identity_file(tmp_path: Path) -> None:
    """An identity file written by age-keygen parses, and our recipient matches age-keygen -y."""
    assert AGE_KEYGEN is not None
    key = tmp_path / "key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(key)], check=True, capture_output=True)
    (identity,) = age.parse_identities(key.read_text())
    public = subprocess.run([AGE_KEYGEN, "-y", str(key)], check=True, capture_output=True,
                            text=True).stdout.strip()
    assert identity.recipient.to_string() == public  # type: ignore[attr-defined]


@needs_age
def test_multiple_recipients_with_age_cli(tmp_path: Path) -> None:
    other = age.X25519Identity.generate()
    encrypted = _age("-r", IDENTITY.recipient.to_string(), "-r", other.recipient.to_string(),
                     data=b"two recipients")
    assert age.decrypt_bytes(encrypted, [other]) == b"two recipients"


def _age_on_pty(args: list[str], passphrase: str, prompts: int) -> None:
    """Run the age CLI with a pseudo-terminal, typing ``passphrase`` at each prompt."""
    assert AGE is not None
    pid, fd = pty.fork()
    if pid == 0:  # child: its controlling terminal is the pty, where age asks
        os.execv(AGE, [AGE, *args])
    transcript = b""
    answered = 0
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            transcript += chunk
            if answered < prompts and transcript.lower().count(b"passphrase") > answered:
                os.write(fd, passphrase.encode() + b"\n")
                answered += 1
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, transcript.decode(errors="replace")


@needs_age
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armor"])
def test_vault_to_age_cli_passphrase(armor: bool, tmp_path: Path) -> None:
    encrypted = tmp_path / "in.age"
    encrypted.write_bytes(age.encrypt_bytes(b"typed on a tty", [age.ScryptRecipient("pw", 12)],
                                            armor=armor))
    out = tmp_path / "out.txt"
    _age_on_pty(["-d", "-o", str(out), str(encrypted)], "pw", prompts=1)
    assert out.read_bytes() == b"typed on a tty"


@needs_age
@pytest.mark.slow
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armor"])
def test_age_cli_to_vault_passphrase(armor: bool, tmp_path: Path) -> None:
    # age -p uses work factor 18 (about a second and 256 MiB of scrypt on each side)
    plain = tmp_path / "in.txt"
    plain.write_bytes(b"typed on a tty")
    out = tmp_path / "out.age"
    _age_on_pty(["-p", *(["-a"] if armor else []), "-o", str(out), str(plain)], "pw",
                prompts=2)
    assert age.decrypt_bytes(out.read_bytes(), [age.ScryptIdentity("pw")]) == b"typed on a tty"
