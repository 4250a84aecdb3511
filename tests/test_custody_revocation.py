"""Revocation: a removed custodian keeps nothing that opens new data, nor — after
``--reencrypt`` — any current object. The removed custodian is modelled as the attacker the
issue describes: their identity plus real copies of everything they could read before removal
(the vault directory and the keystore)."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_keys_shredding import _ingest, _opens

import vault.operations  # noqa: F401
from cli import main
from vault import age, keys
from vault.custodians import add_custodian, remove_custodian
from vault.errors import DecryptionFailed
from vault.inventory import verify_objects
from vault.participants import add_participant
from vault.reencrypt import reencrypt
from vault.store import Vault


def _stolen_keys(keystore_copy: Path, identity: age.X25519Identity) -> list[age.X25519Identity]:
    """Every key a copy of the keystore yields to ``identity``."""
    found = [identity]
    db = sqlite3.connect(keystore_copy / "keystore.sqlite")
    for (blob,) in db.execute("SELECT wrapped FROM secrets"):
        try:
            found.append(age.X25519Identity.from_string(
                age.decrypt_bytes(bytes(blob), [identity]).decode()))
        except DecryptionFailed:
            continue
    db.close()
    return found


def _current_blobs(vault: Vault) -> dict[str, bytes]:
    out = {f"object {r[0]}": vault.object_path(r[0]).read_bytes() for r in vault.db.execute(
        "SELECT id FROM items WHERE state = 'present'")}
    for (blob,) in vault.db.execute("SELECT register FROM participant_register"):
        out["register"] = bytes(blob)
    for epoch, sealed in vault.db.execute("SELECT epoch, sealed FROM code_epochs "
                                          "WHERE sealed IS NOT NULL"):
        out[f"epoch {epoch}"] = bytes(sealed)
    return out


@pytest.fixture
def insider(vault: Vault, tmp_path: Path) -> dict[str, Any]:
    """Custodian B is added, copies the vault directory and the keystore, then is removed."""
    bee = age.X25519Identity.generate()
    info = add_custodian(vault, bee.recipient.to_string(), label="deputy")
    code = add_participant(vault, "Carys Before", email="carys@example.org")
    _ingest(vault, tmp_path, code, ("audio", "transcript_raw"))
    shutil.copytree(vault.root, tmp_path / "b-vault")
    shutil.copytree(vault.keystore_dir, tmp_path / "b-keystore")
    stolen = _stolen_keys(tmp_path / "b-keystore", bee)
    before = _current_blobs(vault)
    assert len(stolen) > 3 and all(_opens(b, stolen) for b in before.values())
    remove_custodian(vault, info.fingerprint)
    return {"code": code, "stolen": stolen, "fingerprint": info.fingerprint, "before": before}


def test_removed_custodian_cannot_open_anything_stored_after(vault: Vault, insider: dict[str, Any],
                                                             tmp_path: Path) -> None:
    """Done when (3), first half: objects stored after the removal — the same participant's
    and class's next recording, a new participant, the register rewritten — are under keys
    the removed custodian never held."""
    before = set(insider["before"])
    _ingest(vault, tmp_path, insider["code"], ("audio", "transcript_raw"))
    add_participant(vault, "Dafydd After", email="dafydd@example.org")
    after = {k: v for k, v in _current_blobs(vault).items()
             if k not in before or k == "register"}
    assert len(after) == 3
    for what, blob in after.items():
        assert not _opens(blob, insider["stolen"]), what
    # the remaining custodian reads everything, old and new; the log verifies across the
    # signing key's hand-over
    assert verify_objects(vault).ok
    report = vault.audit.verify()
    assert report.key == vault.info.signing_key


def test_reencrypt_leaves_nothing_current_openable(vault: Vault, insider: dict[str, Any]
                                                   ) -> None:
    """Done when (3), second half: after --reencrypt no current object, nor the register, nor
    a sealed epoch, opens with the removed custodian's identity and keystore copy; the old
    keys are destroyed and shredded."""
    retired = {r[0] for r in vault.db.execute("SELECT id FROM keys WHERE state = 'retired'")}
    assert retired
    result = reencrypt(vault)
    assert result.objects == 2 and set(result.keys_destroyed) == retired
    for what, blob in _current_blobs(vault).items():
        assert not _opens(blob, insider["stolen"]), what
    assert not retired & vault.keystore.ids()
    assert verify_objects(vault).ok
    assert reencrypt(vault).objects == 0  # resumable, idempotent
    vault.audit.verify()


def test_cli_remove_reencrypt(vault: Vault, runner: CliRunner, tmp_path: Path) -> None:
    bee = age.X25519Identity.generate()
    info = add_custodian(vault, bee.recipient.to_string(), label="deputy")
    _ingest(vault, tmp_path, add_participant(vault, "Eira Cli"), ("audio",))
    vault.close()
    result = runner.invoke(main, ["custodian", "remove", info.fingerprint, "--reencrypt"])
    assert result.exit_code == 0, result.output
    assert "re-encrypted under fresh keys" in result.output
    reopened = Vault.open(vault.root)
    assert reopened.db.execute("SELECT COUNT(*) FROM keys WHERE state = 'retired'"
                               ).fetchone()[0] == 0
    assert [c.fingerprint for c in keys.list_custodians(reopened)] != [info.fingerprint]
    reopened.close()
