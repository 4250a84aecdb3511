"""Custody: custodian identities (keyring, identity file, VAULT_IDENTITY_FILE) and class keys."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from vault import age, custodians, keys
from vault.errors import CustodyError, InputError, KeyringError, StoreError
from vault.store import Vault

WF = 10  # scrypt work factor for tests: the real default (18) is a parameter, not a global


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend, as a desktop keyring would behave."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault.init(tmp_path / "v", "Custody study")


def _passphrase(value: str):
    return lambda _prompt: value


def test_headless_machine_has_no_keyring() -> None:
    assert keys.keyring_available() is False


def test_init_with_identity_file_registers_first_custodian(vault: Vault, tmp_path: Path) -> None:
    idf = tmp_path / "id.age"
    info, where = keys.init_custodian(vault, identity_file=idf, passphrase=_passphrase("pw"),
                                      work_factor=WF)
    assert where == str(idf)
    assert stat.S_IMODE(idf.stat().st_mode) == 0o600
    assert b"AGE-SECRET-KEY" not in idf.read_bytes(), "identity file is encrypted"
    assert [c.fingerprint for c in keys.list_custodians(vault)] == [info.fingerprint]
    assert info.recipient.startswith("age1")
    actions = [e.action for e in vault.audit.entries()]
    assert actions[-1] == "custodian.init"


def test_auto_store_without_keyring_uses_default_identity_file(vault: Vault) -> None:
    _, where = keys.init_custodian(vault, passphrase=_passphrase("pw"), work_factor=WF)
    assert where == str(keys.default_identity_path(vault.info.study_id))
    os.environ["VAULT_PASSPHRASE"] = "pw"
    try:
        custody = keys.Custody.unlock(Vault.open(vault.root))
    finally:
        del os.environ["VAULT_PASSPHRASE"]
    assert custody.source == where


def test_keyring_route(vault: Vault, memory_keyring: MemoryKeyring) -> None:
    info, where = keys.init_custodian(vault, passphrase=_passphrase("unused"))
    assert where == "keyring"
    secret = memory_keyring.get_password(keys.KEYRING_SERVICE, f"custodian:{vault.info.study_id}")
    assert secret is not None and secret.startswith("AGE-SECRET-KEY-1")
    custody = keys.Custody.unlock(Vault.open(vault.root))
    assert custody.fingerprint == info.fingerprint and custody.source == "keyring"


def test_keyring_requested_without_backend(vault: Vault) -> None:
    with pytest.raises(KeyringError) as err:
        keys.init_custodian(vault, store="keyring")
    assert "VAULT_IDENTITY_FILE" in err.value.hint
    assert keys.list_custodians(vault) == []


def test_no_identity_anywhere_explains_identity_file(vault: Vault) -> None:
    with pytest.raises(KeyringError) as err:
        keys.Custody.unlock(vault)
    assert "identity file" in err.value.hint and "VAULT_IDENTITY_FILE" in err.value.hint


def test_wrong_passphrase_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    idf = tmp_path / "id.age"
    keys.init_custodian(vault, identity_file=idf, passphrase=_passphrase("right"), work_factor=WF)
    before = (idf.read_bytes(), vault.audit_path.read_bytes())
    os.environ["VAULT_IDENTITY_FILE"] = str(idf)
    try:
        with pytest.raises(CustodyError, match="wrong passphrase"):
            keys.Custody.unlock(Vault.open(vault.root), _passphrase("wrong"))
    finally:
        del os.environ["VAULT_IDENTITY_FILE"]
    assert (idf.read_bytes(), vault.audit_path.read_bytes()) == before


def test_plain_identity_file_must_be_private(vault: Vault, tmp_path: Path) -> None:
    ident = age.X25519Identity.generate()
    plain = tmp_path / "plain.txt"
    plain.write_text(ident.to_string() + "\n")
    plain.chmod(0o644)
    with pytest.raises(CustodyError, match="readable by group or others"):
        keys.read_identity_file(plain)
    plain.chmod(0o600)
    assert keys.read_identity_file(plain).to_string() == ident.to_string()


def test_identity_file_problems(tmp_path: Path) -> None:
    with pytest.raises(CustodyError, match="identity file not found"):
        keys.read_identity_file(tmp_path / "missing")
    empty = tmp_path / "empty"
    empty.write_text("")
    empty.chmod(0o600)
    with pytest.raises(CustodyError, match="identity file is empty"):
        keys.read_identity_file(empty)
    junk = tmp_path / "junk"
    junk.write_text("hello\n")
    junk.chmod(0o600)
    with pytest.raises(CustodyError, match="not an age identity file"):
        keys.read_identity_file(junk)


def test_stranger_is_not_a_custodian(vault: Vault, tmp_path: Path) -> None:
    keys.init_custodian(vault, identity_file=tmp_path / "a.age", passphrase=_passphrase("a"),
                        work_factor=WF)
    stranger = tmp_path / "stranger.txt"
    stranger.write_text(age.X25519Identity.generate().to_string() + "\n")
    stranger.chmod(0o600)
    os.environ["VAULT_IDENTITY_FILE"] = str(stranger)
    try:
        with pytest.raises(CustodyError, match="is not a custodian of this vault"):
            keys.Custody.unlock(Vault.open(vault.root))
    finally:
        del os.environ["VAULT_IDENTITY_FILE"]


def _plain_custodian(vault: Vault, tmp_path: Path, name: str) -> tuple[age.X25519Identity, Path]:
    ident = age.X25519Identity.generate()
    path = tmp_path / f"{name}.txt"
    path.write_text(ident.to_string() + "\n")
    path.chmod(0o600)
    return ident, path


def test_class_keys_add_and_remove_custodians(vault: Vault, tmp_path: Path) -> None:
    keys.init_custodian(vault, identity_file=tmp_path / "a.age", passphrase=_passphrase("a"),
                        work_factor=WF)
    with vault.write() as tx:
        key = keys.class_recipient(vault, tx, "audio", "final_report+P3M")
        again = keys.class_recipient(vault, tx, "audio", "final_report+P3M")
    key_id, recipient = key.id, key.recipient
    assert (again.id, key.created, again.created) == (key_id, True, False)
    blob = age.encrypt_bytes(b"interview audio", [recipient])
    custody = vault.custody()
    assert age.decrypt_bytes(blob, [custody.class_identity(key_id)]) == b"interview audio"

    second, second_path = _plain_custodian(vault, tmp_path, "b")
    info = custodians.add_custodian(vault, second.recipient.to_string(), label="deputy")
    with pytest.raises(CustodyError, match="already registered"):
        custodians.add_custodian(vault, second.recipient.to_string())
    os.environ["VAULT_IDENTITY_FILE"] = str(second_path)
    try:
        other = keys.Custody.unlock(Vault.open(vault.root))
        assert age.decrypt_bytes(blob, [other.class_identity(key_id)]) == b"interview audio"
    finally:
        del os.environ["VAULT_IDENTITY_FILE"]

    custodians.remove_custodian(vault, info.fingerprint)
    assert [c.label for c in keys.list_custodians(vault)] == ["custodian"]
    with pytest.raises(CustodyError, match="last custodian"):
        custodians.remove_custodian(vault, keys.list_custodians(vault)[0].fingerprint)
    with pytest.raises(CustodyError, match="no custodian with fingerprint"):
        custodians.remove_custodian(vault, "0" * 16)


def test_add_custodian_rejects_garbage(vault: Vault, tmp_path: Path) -> None:
    keys.init_custodian(vault, identity_file=tmp_path / "a.age", passphrase=_passphrase("a"),
                        work_factor=WF)
    before = vault.audit_path.read_bytes()
    with pytest.raises(InputError, match="not an age X25519 recipient"):
        custodians.add_custodian(vault, "age1notakey")
    assert vault.audit_path.read_bytes() == before


def test_destroyed_class_key_cannot_be_used(vault: Vault, tmp_path: Path) -> None:
    keys.init_custodian(vault, identity_file=tmp_path / "a.age", passphrase=_passphrase("a"),
                        work_factor=WF)
    with vault.write() as tx:
        key_id = keys.class_recipient(vault, tx, "audio", "p1").id
        keys.destroy_class_key(tx, key_id)
    fresh = keys.Custody(vault, vault.custody().identity, "test")
    with pytest.raises(StoreError, match="was destroyed"):
        fresh.class_identity(key_id)
    with vault.write() as tx:
        fresh_key = keys.class_recipient(vault, tx, "audio", "p1")
    assert fresh_key.id != key_id and fresh_key.created, "a shredded key is never revived"


def test_keyed_hash_is_keyed(vault: Vault, tmp_path: Path) -> None:
    import hashlib
    import io

    keys.init_custodian(vault, identity_file=tmp_path / "a.age", passphrase=_passphrase("a"),
                        work_factor=WF)
    digest = keys.keyed_hash_stream(vault.custody(), io.BytesIO(b"same content"))
    assert digest == keys.keyed_hash_stream(vault.custody(), io.BytesIO(b"same content"))
    assert digest != hashlib.sha256(b"same content").hexdigest()
