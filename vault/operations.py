"""The vault's journaled operations, all loaded: open a vault here so any of them is recovered.

Every operation that changes the vault goes through the write path (:mod:`vault.write_path`):
journaled with :meth:`vault.store.Vault.operation`, its fault points declared
(:mod:`vault.faults`) and its settle function registered (``@recovers("ingest")``) in the
module that owns it. This module imports every such module, so that after
``import vault.operations`` the registries know every operation, and :func:`open_vault` can
complete or roll back whatever a killed process left behind. The CLI opens vaults through it::

    from vault.operations import open_vault
    vault = open_vault(Path("study-vault"))   # recovers interrupted operations first

It sits above the operations' modules and nothing in them imports it, so it creates no import
cycle; ``tests/test_architecture.py`` checks that every journaled op has its handler here.
"""
from __future__ import annotations

from pathlib import Path
from types import ModuleType

from vault import (
    custodians,
    dataset_removal,
    dataset_store,
    ingest,
    inventory,
    participants,
    reconcile,
    releases,
)
from vault.anonymise import review, stored_transcripts
from vault.anonymise.audio import storing as audio_storing
from vault.codes import epochs
from vault.keys import PassphraseProvider
from vault.retention import purge
from vault.store import Vault

__all__ = ["OPERATION_MODULES", "open_vault"]

#: the modules that own an operation; importing them registered their settle functions and
#: fault points
OPERATION_MODULES: tuple[ModuleType, ...] = (
    ingest, dataset_store, dataset_removal, stored_transcripts, review, audio_storing, releases,
    epochs, purge, participants, custodians, inventory, reconcile)


def open_vault(root: Path, *, recover: bool = True, lock_timeout: float = 30.0,
               read_only: bool = False, passphrase: PassphraseProvider | None = None) -> Vault:
    """Open an existing vault, first finishing or rolling back any interrupted operation.

    ``read_only`` opens it for verification: no recovery, no write. ``passphrase`` asks for an
    identity file's passphrase when recovery must unlock a custodian.

    :raises StoreError: no vault at ``root``, its ``vault.toml`` is damaged, its catalog is
        missing or empty, or an interrupted operation is unknown to this version.
    """
    return Vault.open(root, recover=recover, lock_timeout=lock_timeout, read_only=read_only,
                      passphrase=passphrase)
