"""Crypto-shredding, step by step: a destroyed key leaves no copy vault can reach.

Destroying a key takes three durable steps, in this order, each a named fault point of the
operation that destroys it (purge, withdrawal, a custodian's removal, re-encryption):

1. the operation's catalog transaction marks the key destroyed (:func:`vault.keys.
   destroy_class_key`) and journals its id — from then on nothing uses it;
2. ``keys-shredded``: its secret is deleted from the keystore (``secure_delete``: the cell is
   zeroed) and the keystore's write-ahead log is checkpointed and truncated;
3. ``backups-rewritten``: every keystore backup vault manages (:mod:`vault.keystore_backups`)
   that still holds it is rewritten without it.

Steps 2 and 3 are idempotent and driven by the catalog (every key it marks destroyed), so the
settle function of an interrupted operation simply runs :func:`shred_destroyed` again.

:func:`erasing` is the other half of "no bytes left behind": every destructive operation runs
inside it, so SQLite's ``secure_delete`` is on for the catalog and the keystore whatever the
build's default, and both write-ahead logs are truncated when it ends::

    with erasing(vault):
        ...                                             # the operation's transactions
        shredded = shred_destroyed(vault, custody, step=op.step)
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault.keystore import checkpoint_truncate
from vault.keystore_backups import list_backups, rewrite_backups

if TYPE_CHECKING:
    from vault.keys import Custody
    from vault.store import Vault

__all__ = ["SHRED_STEPS", "Shredded", "destroyed_key_ids", "erasing", "shred_destroyed"]

#: the fault points every operation that destroys keys declares, after its commit
SHRED_STEPS = {
    "keys-shredded": "the destroyed keys' secrets are deleted from the keystore (secure_delete, "
                     "its write-ahead log truncated); managed keystore backups may still hold "
                     "them",
    "backups-rewritten": "every managed keystore backup that held a destroyed key is rewritten "
                         "without it",
}


@dataclass(frozen=True)
class Shredded:
    """What :func:`shred_destroyed` did."""

    #: ids whose secrets it deleted from the keystore now
    secrets: tuple[str, ...]
    #: names of the managed keystore backups it rewrote now
    backups: tuple[str, ...]
    #: names of every managed keystore backup (all of them hold no destroyed key now)
    checked: tuple[str, ...]


def destroyed_key_ids(vault: Vault) -> set[str]:
    """Every key the catalog marks destroyed."""
    return {str(r[0]) for r in vault.db.execute("SELECT id FROM keys WHERE state = 'destroyed'")}


@contextlib.contextmanager
def erasing(vault: Vault) -> Iterator[None]:
    """Run a destructive block with ``secure_delete`` on for the catalog and the keystore (deleted
    rows are zeroed, not left in free pages), and truncate both write-ahead logs at its end (old
    page images go with them) — also when the SQLite build defaults ``secure_delete`` off."""
    vault.db.execute("PRAGMA secure_delete=ON")
    if not vault._legacy_secrets():
        vault.keystore.secure_delete()
    yield
    checkpoint_truncate(vault.db, vault.catalog_path)
    if not vault._legacy_secrets():
        vault.keystore.erase()


def shred_destroyed(vault: Vault, custody: Custody | None = None, *,
                    step: Callable[[str], None] | None = None,
                    rewritten: Callable[[str], None] | None = None,
                    only: Sequence[str] | None = None, rewrap: bool = False) -> Shredded:
    """Steps 2 and 3: delete the secret of every key the catalog marks destroyed from the
    keystore (then truncate its log), and rewrite every managed backup that holds one.
    Idempotent: the settle function of an interrupted operation runs it again.

    :param custody: the unlocked custodian (unlocked here only when backups must be read).
    :param step: reaches ``keys-shredded`` and ``backups-rewritten`` (the caller's points).
    :param rewritten: called with each backup's name once it is rewritten (the caller
        journals it, for its certificate).
    :param only: check only these backups (names; default: every one).
    :param rewrap: also rewrap every secret in every backup to the custodians registered
        now, and re-encrypt the backup to them (a custodian's removal).
    :raises KeystoreError: the keystore is missing or damaged.
    :raises DecryptionFailed: a managed backup does not decrypt with this custodian's key.
    """
    destroyed = destroyed_key_ids(vault)
    store = vault.keystore
    gone = store.delete(destroyed & store.ids())
    store.erase()
    vault.forget_keys(destroyed)
    if custody is not None:
        custody.forget(destroyed)
    if step is not None:
        step("keys-shredded")
    changed: list[str] = []
    checked: list[str] = []
    if list_backups(vault):  # reading them needs a custodian; a vault without one has none
        changed, checked = rewrite_backups(vault, custody or vault.custody(), drop=destroyed,
                                           rewritten=rewritten, only=only, rewrap=rewrap)
    if step is not None:
        step("backups-rewritten")
    return Shredded(tuple(sorted(gone)), tuple(changed), tuple(checked))
