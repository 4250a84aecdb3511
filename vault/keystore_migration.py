"""The one-time move of a vault's wrapped secrets from its catalog into a keystore.

Vaults made before the keystore (:mod:`vault.keystore`) kept every wrapped secret in the
catalog's ``keys`` table, inside the vault directory — so any backup of the directory held
them. Schema migration 4 (:data:`vault.store.MIGRATIONS`) parks those secrets in the table
``keys_legacy_secrets``; the first command a custodian runs afterwards (:meth:`vault.store.
Vault.recover`, under the lock) runs :func:`migrate_to_keystore`:

1. creates the keystore where vault.toml says (or opens the one a cut-short run created — it is
   bound to this study id, so it cannot be another vault's) and stores every secret in it;
2. in one catalog transaction, with ``secure_delete`` on, drops ``keys_legacy_secrets`` and
   records ``keys.migrate`` in the audit log;
3. truncates the catalog's write-ahead log, so no page image of the old secrets survives in
   the live vault.

A kill at any instant leaves the secrets in the catalog (and maybe also in the keystore: step 1
is repeated, idempotently) or in the keystore alone. Backups of the vault directory taken
*before* the migration still hold the secrets: the migration's audit entry says so, and the
README tells stewards to rotate (``vault custodian remove``) or to destroy those backups.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from vault.clock import utc_now
from vault.keystore import KEYSTORE_FILE, Keystore, checkpoint_truncate
from vault.store import LEGACY_SECRETS, register_upgrade

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["migrate_to_keystore"]


@register_upgrade
def migrate_to_keystore(vault: Vault) -> bool:
    """Move the catalog's wrapped secrets into the keystore (see the module docstring);
    returns whether there was anything to move.

    :raises KeystoreError: the keystore place is inside the vault, or holds another vault's.
    """
    db = vault.db
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                  (LEGACY_SECRETS,)).fetchone() is None:
        return False
    secrets = {str(r[0]): bytes(r[1])
               for r in db.execute(f"SELECT id, wrapped FROM {LEGACY_SECRETS}")}
    where = vault.keystore_dir
    if (where / KEYSTORE_FILE).exists():
        store = Keystore.open(where, vault.info.study_id)  # a cut-short migration's
    else:
        store = Keystore.create(where, vault.info.study_id)
    store.put_many(secrets)
    vault.adopt_keystore(store)  # signing the audit entry below reads the signing key here
    db.execute("PRAGMA secure_delete=ON")
    with vault.write() as tx:
        tx.execute(f"DROP TABLE {LEGACY_SECRETS}")
        tx.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('keystore', ?)",
                   (utc_now(),))
        vault.audit.append(tx, action="keys.migrate", outcome="ok",
                           details={"keys": len(secrets),
                                    "note": "secrets moved out of the vault directory; backups "
                                            "of it taken before now still hold them"})
    checkpoint_truncate(db, vault.catalog_path)
    return True
