"""Vault set-up shared by module-scoped fixtures (the function-scoped ones are in conftest)."""
from __future__ import annotations

from pathlib import Path

import pytest

from vault import keys
from vault.store import Vault


def custodial_vault(base: Path, mp: pytest.MonkeyPatch, name: str = "Test study") -> Vault:
    """A vault at ``base/vault`` with one custodian (plain identity file
    ``base/custodian.identity``), reopened with custody unlocked. ``HOME``,
    ``VAULT_IDENTITY_FILE`` and ``VAULT_DIR`` are set through ``mp``; no passphrase."""
    identity = base / "custodian.identity"
    mp.setenv("HOME", str(base))
    mp.setenv("VAULT_IDENTITY_FILE", str(identity))
    mp.delenv("VAULT_PASSPHRASE", raising=False)
    vault = Vault.init(base / "vault", name)
    keys.init_custodian(vault, store="file", identity_file=identity,
                        passphrase=lambda _p: None)  # type: ignore[arg-type, return-value]
    vault.close()
    mp.setenv("VAULT_DIR", str(base / "vault"))
    vault = Vault.open(base / "vault")
    vault.custody()
    return vault
