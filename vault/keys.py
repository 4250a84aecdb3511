"""Custody: custodian identities, class keys, and the keyed hash.

A **custodian** holds an X25519 identity (an age ``AGE-SECRET-KEY-1…``). It lives in one of:

* ``VAULT_IDENTITY_FILE`` — an identity file named by the environment (scheduled jobs, CI);
  plain age identity file (mode 0600) or passphrase-protected (age scrypt);
* the OS keyring through :mod:`keyring`, when a real backend exists (desktops);
* an scrypt-protected identity file (headless servers), by default
  ``$XDG_CONFIG_HOME/vault/<study id>.identity.age``; its passphrase comes from
  ``VAULT_PASSPHRASE`` or the CLI's prompt.

Objects are encrypted to **class keys**: one X25519 identity per (data class, retention period),
stored in the catalog wrapped (age-encrypted) to every custodian. Destroying a class key
(crypto-shredding) makes every copy of its objects unreadable, backups included.

The **keyed hash** (HMAC-SHA256 under a vault secret wrapped like a class key) identifies content
without a plain hash of plaintext, for duplicate detection and integrity checks.

The **signing key** (Ed25519) signs every audit entry, the audit checkpoints and release
manifests (DESIGN.md invariant 5). It is created with the first custodian and stored exactly as
the hashing key is: a ``keys`` row (data class ``_signing``) whose secret is an age X25519
identity wrapped to every custodian and rewrapped when custodians change; the Ed25519 key is
derived from that secret (:func:`derive_signing_key`), so the keys table, its rewrapping and any
later keystore treat it like every other wrapped key. Its public half, as a vkey
(:mod:`vault.signed_note`), is in the catalog's ``meta`` and in ``vault.toml``. Signing needs an
unlocked custodian: every process that writes to the vault is a custodian's.

Typical use::

    custody = vault.custody()                       # unlock (env, keyring or identity file)
    key = class_recipient(vault, tx, "audio", "final_report")   # ClassKey(id, recipient, created)
    identity = custody.class_identity(key.id)       # to decrypt
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vault import age
from vault.clock import utc_now
from vault.errors import (
    AgeNoIdentityMatch,
    CustodyError,
    DecryptionFailed,
    InputError,
    KeyringError,
    StoreError,
)
from vault.files import refuse_inside_vault, write_private
from vault.ids import new_id
from vault.signed_note import NoteSigner, NoteVerifier

if TYPE_CHECKING:
    from vault.store import Vault

KEYRING_SERVICE = "vault"
HASHING_CLASS = "_hashing"
#: the data class of the vault signing key's row in ``keys``
SIGNING_CLASS = "_signing"
DEFAULT_WORK_FACTOR = 18

PassphraseProvider = Callable[[str], str]


def fingerprint(recipient: str) -> str:
    """Short, stable custodian fingerprint: 16 hex digits of SHA-256 of the ``age1…`` string."""
    return hashlib.sha256(recipient.encode()).hexdigest()[:16]


def env_passphrase(prompt: str) -> str:
    """Passphrase from ``VAULT_PASSPHRASE``; the library never prompts on its own."""
    value = os.environ.get("VAULT_PASSPHRASE")
    if value is None:
        raise CustodyError(f"{prompt}: passphrase needed",
                           hint="set VAULT_PASSPHRASE or run the command in a terminal")
    return value


def default_identity_path(study_id: str) -> Path:
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "vault" / f"{study_id}.identity.age"


def keyring_available() -> bool:
    """True when :mod:`keyring` has a real backend (not the ``fail`` or ``null`` ones)."""
    # lazy: keyring probes its backends when imported
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    try:
        from keyring.backends.chainer import ChainerBackend

        if isinstance(backend, ChainerBackend) and not backend.backends:
            return False
    except ImportError:  # pragma: no cover - very old keyring
        pass
    return float(getattr(backend, "priority", 0)) > 0


def _keyring_user(study_id: str) -> str:
    return f"custodian:{study_id}"


@dataclass(frozen=True)
class CustodianInfo:
    fingerprint: str
    recipient: str
    label: str
    added: str


def read_identity_file(path: Path, passphrase: PassphraseProvider = env_passphrase
                       ) -> age.X25519Identity:
    """Load an X25519 identity from a plain or passphrase-protected age identity file.

    :raises CustodyError: missing or unreadable file (a directory, no permission), loose
        permissions, wrong passphrase, a damaged file, no identity in it.
    """
    path = Path(path)
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise CustodyError(f"{path}: is a directory, not an identity file",
                               hint="point VAULT_IDENTITY_FILE at the identity file itself")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CustodyError(f"{path}: identity file not found",
                           hint="check VAULT_IDENTITY_FILE, or run `vault custodian init`") from exc
    except PermissionError as exc:
        raise CustodyError(f"{path}: permission denied on the identity file",
                           hint=f"it must be yours and readable by you: chmod 600 {path}") from exc
    except OSError as exc:
        raise CustodyError(f"{path}: cannot read the identity file "
                           f"({(exc.strerror or type(exc).__name__).lower()})",
                           hint="check VAULT_IDENTITY_FILE and the disk") from exc
    if not data.strip():
        raise CustodyError(f"{path}: identity file is empty")
    if data.startswith((b"age-encryption.org/", b"-----BEGIN AGE")):
        try:
            plain = age.decrypt_bytes(data, [age.ScryptIdentity(passphrase(f"passphrase for {path.name}"))])
        except AgeNoIdentityMatch as exc:
            # the passphrase did not unwrap the file key (a damaged stanza looks the same)
            raise CustodyError(f"{path}: wrong passphrase for the identity file",
                               hint="check VAULT_PASSPHRASE; nothing was changed") from exc
        except DecryptionFailed as exc:
            raise CustodyError(f"{path}: identity file is damaged ({exc.message})",
                               hint="restore the identity file from backup; nothing was "
                                    "changed") from exc
        data = plain
    elif mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise CustodyError(f"{path}: unprotected identity file is readable by group or others",
                           hint=f"chmod 600 {path}")
    try:
        identities = age.parse_identities(data.decode("utf-8"))
    except (UnicodeDecodeError, InputError, ValueError) as exc:
        raise CustodyError(f"{path}: not an age identity file") from exc
    for ident in identities:
        if isinstance(ident, age.X25519Identity):
            return ident
    raise CustodyError(f"{path}: holds no X25519 identity (AGE-SECRET-KEY-1…)")


def write_identity_file(path: Path, identity: age.X25519Identity, passphrase: str | None,
                        *, work_factor: int = DEFAULT_WORK_FACTOR) -> None:
    """Write ``identity`` to ``path`` (0600), scrypt-protected when ``passphrase`` is given."""

    text = (f"# created: {utc_now()}\n# public key: {identity.recipient.to_string()}\n"
            f"{identity.to_string()}\n").encode()
    if passphrase is not None:
        if not passphrase:
            raise CustodyError("empty passphrase", hint="choose a non-empty passphrase")
        text = age.encrypt_bytes(text, [age.ScryptRecipient(passphrase, work_factor)], armor=True)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.exists():
        raise CustodyError(f"{path}: identity file already exists",
                           hint="use it (VAULT_IDENTITY_FILE) or choose another path")
    write_private(path, text)


class Custody:
    """An unlocked custodian of one vault."""

    def __init__(self, vault: Vault, identity: age.X25519Identity, source: str) -> None:
        self.vault = vault
        self.identity = identity
        self.source = source
        self.recipient = identity.recipient.to_string()
        self.fingerprint = fingerprint(self.recipient)
        self._class_cache: dict[str, age.X25519Identity] = {}
        self._signer: NoteSigner | None = None

    @classmethod
    def unlock(cls, vault: Vault, passphrase: PassphraseProvider = env_passphrase) -> Custody:
        """Find this user's identity and check it is a custodian of ``vault``.

        Order: ``VAULT_IDENTITY_FILE``, the OS keyring, the default identity file.

        :raises CustodyError: none found, wrong passphrase, or not a custodian here.
        """
        identity, source = cls._find_identity(vault, passphrase)
        custody = cls(vault, identity, source)
        row = vault.db.execute(
            "SELECT 1 FROM custodians WHERE fingerprint = ? AND removed IS NULL",
            (custody.fingerprint,)).fetchone()
        if row is None:
            raise CustodyError(f"identity from {source} is not a custodian of this vault",
                               hint="ask a custodian to run `vault custodian add "
                               f"{custody.recipient}`")
        return custody

    @staticmethod
    def _find_identity(vault: Vault, passphrase: PassphraseProvider
                       ) -> tuple[age.X25519Identity, str]:
        env_file = os.environ.get("VAULT_IDENTITY_FILE")
        if env_file:
            return read_identity_file(Path(env_file), passphrase), "VAULT_IDENTITY_FILE"
        if keyring_available():
            # lazy: keyring probes its backends when imported
            import keyring

            secret = keyring.get_password(KEYRING_SERVICE, _keyring_user(vault.info.study_id))
            if secret:
                try:
                    return age.X25519Identity.from_string(secret), "keyring"
                except (InputError, ValueError) as exc:
                    raise KeyringError("keyring entry for this vault is not an age identity") from exc
        default = default_identity_path(vault.info.study_id)
        if default.exists():
            return read_identity_file(default, passphrase), str(default)
        if not keyring_available():
            raise KeyringError("no custodian identity: no keyring backend and no identity file")
        raise CustodyError("no custodian identity for this vault on this machine",
                           hint="run `vault custodian init`, or set VAULT_IDENTITY_FILE")

    def class_identity(self, key_id: str) -> age.X25519Identity:
        """Unwrap the class key ``key_id``.

        :raises StoreError: the key was destroyed (crypto-shredded) or does not exist.
        """
        if key_id in self._class_cache:
            return self._class_cache[key_id]
        row = self.vault.db.execute("SELECT wrapped, state FROM keys WHERE id = ?",
                                    (key_id,)).fetchone()
        if row is None:
            raise StoreError(f"class key {key_id} not found")
        if row["state"] != "active" or row["wrapped"] is None:
            raise StoreError(f"class key {key_id} was destroyed",
                             hint="its objects can no longer be decrypted (crypto-shredded)")
        try:
            secret = age.decrypt_bytes(bytes(row["wrapped"]), [self.identity]).decode()
        except DecryptionFailed as exc:
            raise CustodyError(f"class key {key_id} is not wrapped to this custodian",
                               hint="ask another custodian to run `vault custodian add`") from exc
        ident = age.X25519Identity.from_string(secret)
        self._class_cache[key_id] = ident
        return ident

    def hashing_secret(self) -> bytes:
        """The vault's keyed-hash secret (created with the first custodian)."""
        row = self.vault.db.execute(
            "SELECT id FROM keys WHERE data_class = ? AND state = 'active'",
            (HASHING_CLASS,)).fetchone()
        if row is None:
            raise StoreError("vault has no hashing key", hint="run `vault custodian init` first")
        return hashlib.sha256(self.class_identity(row["id"]).to_string().encode()).digest()

    def signer(self) -> NoteSigner | None:
        """The vault signing key, unwrapped; ``None`` while the vault has none (no custodian).

        :raises CustodyError: the key is not wrapped to this custodian.
        """
        if self._signer is None:
            row = self.vault.db.execute(
                "SELECT id FROM keys WHERE data_class = ? AND state = 'active'",
                (SIGNING_CLASS,)).fetchone()
            if row is None:
                return None
            self._signer = NoteSigner(signing_key_name(self.vault.info.study_id),
                                      derive_signing_key(self.class_identity(row["id"])))
        return self._signer

    def keyed_hash(self) -> Any:
        """A fresh HMAC-SHA256 object under the vault's hashing secret."""
        return hmac.new(self.hashing_secret(), digestmod=hashlib.sha256)


def keyed_hash_stream(custody: Custody, src: BinaryIO, chunk: int = 1 << 20) -> str:
    """Keyed hash (hex) of a stream."""
    mac = custody.keyed_hash()
    while block := src.read(chunk):
        mac.update(block)
    return str(mac.hexdigest())


def _active_custodian_recipients(db: sqlite3.Connection) -> list[age.X25519Recipient]:
    rows = db.execute("SELECT recipient FROM custodians WHERE removed IS NULL").fetchall()
    return [age.X25519Recipient.from_string(r["recipient"]) for r in rows]


@dataclass(frozen=True)
class ClassKey:
    """A class key as a writer needs it: its id, its public recipient, and whether the call
    that returned it created it (a new key is journaled, so an interrupted operation's settle
    function can delete it while no object uses it)."""

    id: str
    recipient: age.X25519Recipient
    created: bool = False


def _new_wrapped_key(tx: sqlite3.Connection, data_class: str, period: str,
                     ident: age.X25519Identity | None = None) -> ClassKey:
    recipients = _active_custodian_recipients(tx)
    if not recipients:
        raise CustodyError("vault has no custodian", hint="run `vault custodian init` first")
    ident = ident or age.X25519Identity.generate()
    key_id = new_id("key")
    wrapped = age.encrypt_bytes(ident.to_string().encode(), recipients)
    tx.execute("INSERT INTO keys(id, data_class, period, recipient, wrapped, created) "
               "VALUES (?, ?, ?, ?, ?, ?)",
               (key_id, data_class, period, ident.recipient.to_string(), wrapped, utc_now()))
    return ClassKey(key_id, ident.recipient, created=True)


def class_recipient(vault: Vault, tx: sqlite3.Connection, data_class: str, period: str
                    ) -> ClassKey:
    """The active class key for (``data_class``, ``period``), created on first use.

    Needs no unlocked custodian: keys are wrapped to the custodians' public keys.
    ``created`` on the result says whether this call created it (inside ``tx``).
    """
    row = tx.execute("SELECT id, recipient FROM keys WHERE data_class = ? AND period = ? "
                     "AND state = 'active'", (data_class, period)).fetchone()
    if row is not None:
        return ClassKey(row["id"], age.X25519Recipient.from_string(row["recipient"]))
    if tx.execute("SELECT 1 FROM keys WHERE data_class = ? AND period = ?",
                  (data_class, period)).fetchone():
        # a destroyed key is never revived: new data in a shredded period gets a new period label
        period = f"{period}#{secrets.token_hex(3)}"
    return _new_wrapped_key(tx, data_class, period)


def signing_key_name(study_id: str) -> str:
    """The signing key's name, also the origin of the vault's checkpoints: ``vault/<study id>``."""
    return f"vault/{study_id}"


def derive_signing_key(secret: age.X25519Identity) -> Ed25519PrivateKey:
    """The Ed25519 signing key held in the wrapped secret of the ``_signing`` keys row."""
    seed = hashlib.sha256(b"vault-signing-key/v1\n" + secret.to_string().encode()).digest()
    return Ed25519PrivateKey.from_private_bytes(seed)


def create_signing_key(tx: sqlite3.Connection, study_id: str) -> NoteSigner:
    """Create the vault signing key inside ``tx``: wrapped to every custodian, its vkey in
    ``meta`` (``signing_key``). The caller records its creation in the audit log.

    :raises CustodyError: the vault has no custodian yet.
    :raises StoreError: the vault already has a signing key.
    """
    if tx.execute("SELECT 1 FROM keys WHERE data_class = ?", (SIGNING_CLASS,)).fetchone():
        raise StoreError("the vault already has a signing key")
    secret = age.X25519Identity.generate()
    _new_wrapped_key(tx, SIGNING_CLASS, "vault", secret)
    signer = NoteSigner(signing_key_name(study_id), derive_signing_key(secret))
    tx.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('signing_key', ?)",
               (signer.verifier.vkey,))
    return signer


def catalog_verifier(db: sqlite3.Connection) -> NoteVerifier | None:
    """The signing key the catalog records (``meta.signing_key``), if any."""
    row = db.execute("SELECT value FROM meta WHERE key = 'signing_key'").fetchone()
    return NoteVerifier.from_vkey(str(row[0])) if row is not None else None


def delete_unused_key(tx: sqlite3.Connection, key_id: str) -> bool:
    """Delete a key no item row refers to (one an interrupted operation created); True if so."""
    cur = tx.execute("DELETE FROM keys WHERE id = ? AND NOT EXISTS "
                     "(SELECT 1 FROM items WHERE key_id = ?)", (key_id, key_id))
    return cur.rowcount > 0


def destroy_class_key(tx: sqlite3.Connection, key_id: str) -> None:
    """Crypto-shred: forget the wrapped secret of ``key_id`` (its recipient stays for the record)."""

    tx.execute("UPDATE keys SET wrapped = NULL, state = 'destroyed', destroyed = ? WHERE id = ?",
               (utc_now(), key_id))


# -- custodian management ---------------------------------------------------------------------

def init_custodian(vault: Vault, *, store: str = "auto", identity_file: Path | None = None,
                   passphrase: PassphraseProvider = env_passphrase, label: str = "custodian",
                   work_factor: int = DEFAULT_WORK_FACTOR) -> tuple[CustodianInfo, str]:
    """Create an X25519 identity for the current user and put it in custody.

    ``store`` is ``auto`` (keyring when a real backend exists, else an identity file),
    ``keyring`` or ``file``. The first custodian of a vault is registered at once (and the
    vault's hashing and signing keys created); later ones print their ``age1…`` recipient for an existing
    custodian to ``vault custodian add``.

    :returns: the custodian info and where the identity was stored.
    :raises KeyringError: ``store="keyring"`` with no backend.
    """

    if store not in ("auto", "keyring", "file"):
        raise InputError(f"unknown identity store {store!r}", hint="use auto, keyring or file")
    use_keyring = store == "keyring" or (store == "auto" and identity_file is None
                                         and keyring_available())
    if store == "keyring" and not keyring_available():
        raise KeyringError("no keyring backend on this machine")
    identity = age.X25519Identity.generate()
    if use_keyring:
        # lazy: keyring probes its backends when imported
        import keyring

        user = _keyring_user(vault.info.study_id)
        if keyring.get_password(KEYRING_SERVICE, user):
            raise CustodyError("the keyring already holds a custodian identity for this vault")
        keyring.set_password(KEYRING_SERVICE, user, identity.to_string())
        where = "keyring"
    else:
        path = identity_file or default_identity_path(vault.info.study_id)
        refuse_inside_vault(path, vault_root=vault.root,
                            hint="keep identities apart from the data: choose a path outside "
                                 "the vault")
        write_identity_file(path, identity, passphrase(f"new passphrase for {path.name}"),
                            work_factor=work_factor)
        where = str(path)
    recipient = identity.recipient.to_string()
    info = CustodianInfo(fingerprint(recipient), recipient, label, utc_now())
    with vault.write() as tx:
        first = tx.execute("SELECT COUNT(*) FROM custodians").fetchone()[0] == 0
        if first:
            tx.execute("INSERT INTO custodians(fingerprint, recipient, label, added) "
                       "VALUES (?, ?, ?, ?)", (info.fingerprint, recipient, label, info.added))
            _new_wrapped_key(tx, HASHING_CLASS, "vault")
            custody = Custody(vault, identity, where)
            vault.set_custody(custody)
            signer = create_signing_key(tx, vault.info.study_id)
            vault.audit.append(tx, action="custodian.init", outcome="ok",
                               custodian=info.fingerprint,
                               details={"store": "keyring" if use_keyring else "file",
                                        "signing_key": signer.verifier.vkey})
    if first:
        vault.record_signing_key(signer.verifier.vkey)
    return info, where


def list_custodians(vault: Vault) -> list[CustodianInfo]:
    rows = vault.db.execute("SELECT fingerprint, recipient, label, added FROM custodians "
                            "WHERE removed IS NULL ORDER BY added, fingerprint").fetchall()
    return [CustodianInfo(r["fingerprint"], r["recipient"], r["label"], r["added"]) for r in rows]


def rewrap_class_keys(tx: sqlite3.Connection, custody: Custody) -> int:
    """Rewrap every active key to the custodians registered in ``tx`` now; returns how many.

    :mod:`vault.custodians` calls it in the transaction that adds or removes a custodian.
    """
    recipients = _active_custodian_recipients(tx)
    rows = tx.execute("SELECT id FROM keys WHERE state = 'active'").fetchall()
    for row in rows:
        ident = custody.class_identity(row["id"])
        tx.execute("UPDATE keys SET wrapped = ? WHERE id = ?",
                   (age.encrypt_bytes(ident.to_string().encode(), recipients), row["id"]))
    return len(rows)
