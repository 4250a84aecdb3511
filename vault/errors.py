"""The one exception hierarchy of vault, and the exit codes the CLI maps them to.

Every error the library raises on purpose is a :class:`VaultError`. Each class carries an
``exit_code`` (the process exit status the CLI uses) and an optional ``hint`` (what to do next),
so the CLI has exactly one handler::

    try:
        ...
    except VaultError as exc:
        print(exc.render(), file=sys.stderr)      # error: <what> — <what to do>
        sys.exit(exc.exit_code)

Failures the library meets rather than raises — an ``OSError`` (disk full, permission denied,
a directory where a file belongs) or an ``sqlite3.Error`` — are turned into the right class
here by :mod:`vault.system_errors`: the catalog connection does it at every query, and the CLI's
handler does it as a last resort. Disk full is :class:`StorageFull`, never damage.

:meth:`VaultError.render` is one line whatever the message holds: control characters,
bidirectional overrides and other invisible characters in a name (a file called
``"a\\nerror: …"``, an ANSI escape) are shown escaped (:func:`printable`).

Messages name files, item ids, row numbers, column names or key labels — never data values,
identities, keys or plaintext (DESIGN.md invariant 3). Cryptographic failures are deliberately
vague: a bad MAC, a truncated file and a wrong key all surface as :class:`DecryptionFailed`.

Exit codes (documented in the README; keep both in step):

====  ===========================  ==================================================
code  class                        meaning
====  ===========================  ==================================================
0     —                            success
1     VaultError                   any other vault error
2     (click usage error)          bad command-line usage
3     ChecksFailed                 ran fine, but the data failed validation checks
4     PartialFailure               a batch finished; some items failed (others done)
5     HeldItemsSkipped             purge finished; held items were skipped
6     PolicyError                  missing, malformed or invalid policy file
7     CustodyError                 no identity, wrong passphrase, damaged identity file,
                                   no keyring backend
8     DecryptionFailed             tampered, truncated or wrong-key encrypted data
9     InputError                   bad input file (encoding, empty, format, path)
10    StoreError                   no vault, refused store operation
10    VaultFileError               a vault file the OS or SQLite refuses (permission,
                                   wrong type, missing, read-only, I/O error)
10    CatalogDamaged               SQLite reports the catalog damaged (CORRUPT, NOTADB)
11    VerifyMissing                `vault verify`: objects missing
12    VerifyCorrupt                `vault verify`: objects corrupt (fail to decrypt/hash)
13    VerifyOrphans                `vault verify`: object files with no catalog entry
14    ParticipantError             unknown participant or code, duplicate register entry
15    AuditError                   the audit chain does not verify
16    LockBusy                     another vault process holds the write lock
17    RetentionError               retention refused (e.g. approval pending)
18    UncheckedData                validation could not check some values (e.g. binary)
19    StorageFull                  no space (or quota) left on a disk vault writes to
20    KeystoreError                the keystore is missing, another vault's, damaged, or
                                   lacks a key's secret
21    RegisterDestroyed            the participant register was destroyed on its rule
22    EngineUnavailable            ``--engine spark``: PySpark or Java missing, or the
                                   Spark job failed
====  ===========================  ==================================================
"""
from __future__ import annotations

import unicodedata
from typing import ClassVar

#: characters shown by name rather than as ``\xNN``
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Unicode categories never printed raw: controls, format characters (bidi overrides, zero
#: widths), surrogates (undecodable bytes of a file name), private use, unassigned, and line
#: or paragraph separators
_UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def printable(text: str) -> str:
    """``text`` safe to print on one terminal line: invisible characters become escapes.

    A newline becomes ``\\n``, ESC ``\\x1b``, U+202E ``\\u202e``; the byte 0x80 of a file
    name that is not UTF-8 (decoded with ``surrogateescape``) becomes ``\\x80``. Letters of any
    script, punctuation and spaces stay as they are.
    """
    if text.isprintable():
        return text
    out: list[str] = []
    for char in text:
        if char == " " or unicodedata.category(char) not in _UNPRINTABLE:
            out.append(char)
        elif char in _NAMED_ESCAPES:
            out.append(_NAMED_ESCAPES[char])
        elif 0xDC80 <= ord(char) <= 0xDCFF:  # surrogateescape'd byte
            out.append(f"\\x{ord(char) - 0xDC00:02x}")
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return "".join(out)


class VaultError(Exception):
    """Root of every error vault raises on purpose.

    :param message: what failed, on which object (no data values).
    :param hint: what the user should do next; printed after an em dash.
    """

    exit_code: ClassVar[int] = 1
    #: default hint when none is given at the raise site
    default_hint: ClassVar[str] = "run with --debug for details"
    #: how the line starts: ``error``, or ``warning`` for an outcome that is as designed but
    #: still has its own exit status (held items a purge skipped)
    label: ClassVar[str] = "error"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint if hint is not None else self.default_hint

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def render(self) -> str:
        """The single stderr line the CLI prints (names in it escaped, see :func:`printable`)."""
        return f"{self.label}: {printable(self.message)} — {printable(self.hint)}"


class ChecksFailed(VaultError):
    """The data was read fine but failed validation (exit 3)."""

    exit_code = 3
    default_hint = "see the validation report for the failing expectations"


class UncheckedData(ChecksFailed):
    """Validation ran, found nothing, but could not check some values (exit 18): binary that
    is not text, a column type that holds no readable text. Never a pass."""

    exit_code = 18
    default_hint = ("convert those columns to text (or drop them) and validate again; vault "
                    "never passes what it could not check")


class PartialFailure(VaultError):
    """A batch completed for some items and failed for others (exit 4).

    :param failed: the inputs (file names or item ids) that failed.
    """

    exit_code = 4
    default_hint = "fix the files listed above and run the command again for them"

    def __init__(self, message: str, *, failed: list[str] | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.failed = list(failed or [])


class HeldItemsSkipped(VaultError):
    """Purge finished; items under legal hold were skipped (exit 5). As designed, so it
    prints as a ``warning:`` line; the exit status lets a scheduler tell it apart."""

    exit_code = 5
    default_hint = "see `vault hold list`; held items are never destroyed"
    label = "warning"


class PolicyError(VaultError):
    """A policy file is missing, malformed or invalid (exit 6)."""

    exit_code = 6
    default_hint = "fix the policy file named above (see README, 'Policies')"


class CustodyError(VaultError):
    """No usable custodian identity: none set up, wrong passphrase, no keyring (exit 7)."""

    exit_code = 7
    default_hint = ("set VAULT_IDENTITY_FILE to an identity file, or run "
                    "`vault custodian init`")


class KeyringError(CustodyError):
    """The OS keyring is unavailable or refused the operation."""

    default_hint = ("use an identity file: run `vault custodian init --store file "
                    "--identity-file PATH`, then set VAULT_IDENTITY_FILE=PATH (its passphrase "
                    "from VAULT_PASSPHRASE or a prompt)")


class DecryptionFailed(VaultError):
    """Encrypted data could not be authenticated or decrypted (exit 8).

    Deliberately vague: tampering, truncation and a wrong key look the same.
    """

    exit_code = 8
    default_hint = "the file is damaged, truncated, or not encrypted to any key you hold"


class InputError(VaultError):
    """An input file or argument is unusable: encoding, emptiness, format, path (exit 9)."""

    exit_code = 9
    default_hint = "check the input file and try again"


class StoreError(VaultError):
    """The vault store is missing, damaged, or refused the operation (exit 10)."""

    exit_code = 10
    default_hint = "check --vault / VAULT_DIR, or run `vault verify`"


class VaultFileError(StoreError):
    """A vault file the system refuses or reports damaged (exit 10): permission denied, a
    directory where a file belongs (or the reverse), missing, read-only disk, I/O error — or
    any other failure SQLite reports on the catalog.

    Raised only by :mod:`vault.system_errors`; code that expects a :class:`StoreError` for a
    refused operation (a destroyed key, a missing object) lets this one pass.
    """


class CatalogDamaged(VaultFileError):
    """SQLite reports the catalog itself damaged: SQLITE_CORRUPT or SQLITE_NOTADB (exit 10).

    Only those codes mean damage; a full disk, a lock or a permission problem never does.
    """

    default_hint = ("restore catalog.sqlite (with catalog.sqlite-wal, if any) from backup, "
                    "then run `vault verify`")


class VerifyMissing(StoreError):
    """`vault verify` found catalogued objects whose files are missing (exit 11)."""

    exit_code = 11
    default_hint = "restore the missing objects from backup"


class VerifyCorrupt(StoreError):
    """`vault verify` found objects that fail to decrypt or match their keyed hash (exit 12)."""

    exit_code = 12
    default_hint = "restore the corrupt objects from backup"


class VerifyOrphans(StoreError):
    """`vault verify` found object files the catalog does not know (exit 13)."""

    exit_code = 13
    default_hint = "inspect the orphan files; `vault verify --repair` removes them"


class ParticipantError(VaultError):
    """Unknown participant or code, or a duplicate register entry (exit 14)."""

    exit_code = 14
    default_hint = "see `vault participant list`"


class AuditError(VaultError):
    """The audit log's hash chain does not verify (exit 15)."""

    exit_code = 15
    default_hint = "the audit log was altered; compare with a backup copy"


class LockBusy(StoreError):
    """Another vault process holds the write lock (exit 16)."""

    exit_code = 16
    default_hint = "wait for the other vault command to finish, then retry"


class RetentionError(VaultError):
    """Retention refused an operation (exit 17)."""

    exit_code = 17
    default_hint = "see `vault retention status`"


class StorageFull(VaultError):
    """No space (or quota) left on a disk vault writes to: the vault's, or an output's (exit 19).

    Never reported as damage: a write that failed for want of space was rolled back.
    """

    exit_code = 19
    default_hint = "free space on that disk, then run the command again; the vault is not damaged"


class KeystoreError(VaultError):
    """The keystore (every wrapped secret, kept outside the vault directory) is missing,
    belongs to another vault, is damaged, or lacks a key's secret (exit 20).

    Never answered by creating a keystore: a new, empty one beside an existing vault would
    make every object unreadable.
    """

    exit_code = 20
    default_hint = ("check `keystore` in vault.toml (and that its disk is mounted), or restore "
                    "the keystore from its newest backup (`vault keys restore`)")


class RegisterDestroyed(ParticipantError):
    """The participant register was destroyed under its retention rule (exit 21): names,
    contact details and the history of codes no longer exist."""

    exit_code = 21
    default_hint = ("the register was destroyed on its retention rule (see `vault retention "
                    "certificates`); this command needs it")
class EngineUnavailable(VaultError):
    """The Spark engine cannot run here, or its job failed (exit 22): PySpark is not
    installed, Java is missing or too old, the master cannot be reached, or an executor failed.

    The message names the cause (an exception class at most, never a Spark log line, which
    can quote data); the hint says what to install or where to look.
    """

    exit_code = 22
    default_hint = ("install the extra (pip install 'vault[spark]') and Java 17+, or run "
                    "without --engine spark")


#: every class above, for the README exit-code table test
ALL_ERRORS: tuple[type[VaultError], ...] = (
    VaultError, ChecksFailed, PartialFailure, HeldItemsSkipped, PolicyError, CustodyError,
    KeyringError, DecryptionFailed, InputError, StoreError, VaultFileError, CatalogDamaged,
    VerifyMissing, VerifyCorrupt, VerifyOrphans, ParticipantError, AuditError, LockBusy,
    RetentionError, UncheckedData, StorageFull, KeystoreError, RegisterDestroyed,
    EngineUnavailable,
)


# --- age format (vault.age) -------------------------------------------------------------------
# One subclass of DecryptionFailed per outcome class of the age test vectors, so callers and
# tests can tell a parse error from a wrong key; the CLI still shows them all with exit code 8.


class AgeHeaderError(DecryptionFailed):
    """The age header is malformed, or a stanza for a known key type is invalid."""

    default_hint = "the file is not a valid age file, or it is damaged"


class AgeNoIdentityMatch(DecryptionFailed):
    """The header is well formed but none of the given identities or passphrases fits."""

    default_hint = "use the identity file (-i) or passphrase this file was encrypted to"


class AgeHeaderMACError(DecryptionFailed):
    """A file key unwrapped, but the header MAC does not verify (the header was altered)."""

    default_hint = "the file header was modified after encryption; restore it from backup"


class AgePayloadError(DecryptionFailed):
    """The encrypted payload is truncated, extended or altered; output may be incomplete."""

    default_hint = ("the encrypted data is damaged or truncated; discard any partial output "
                    "and restore the file from backup")


class AgeArmorError(DecryptionFailed):
    """The ASCII armor (PEM 'AGE ENCRYPTED FILE') around an age file is invalid."""

    default_hint = "the armored text was altered (line lengths, whitespace, padding or markers)"


class AgeKeyError(InputError):
    """A recipient or identity string (or identity file line) is malformed."""

    default_hint = ("recipients look like age1..., identities like AGE-SECRET-KEY-1...; "
                    "check for truncation or extra characters")


ALL_ERRORS = ALL_ERRORS + (
    AgeHeaderError, AgeNoIdentityMatch, AgeHeaderMACError, AgePayloadError, AgeArmorError,
    AgeKeyError,
)
