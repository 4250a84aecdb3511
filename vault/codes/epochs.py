"""Participant-code epochs: which code each participant holds now, every code ever issued,
rotation to fresh codes, and the history of a participant's codes.

Codes are rendered late (DESIGN.md invariant 4): stored text carries markers, so a rotation
rewrites no data — it is O(participants) — and cannot miss a copy. A rotation is one catalog
transaction of a ``rotate`` operation of the write path (:mod:`vault.write_path`): killed at
any instant, the old epoch or the new one is in force, complete, never a mix::

    current_codes(vault)                              # {marker: code}, no custody needed
    resolve_code(vault, "PJK")                        # -> marker
    rotate_codes(vault, reason="annual rotation")     # every participant gets a fresh code
    code_history(vault, "PQR")                        # [(1, 'PJK'), (2, 'PQR')], custodians only

What is kept where:

* ``participant_codes`` — marker -> code for the **current** epoch only, in plaintext, so that
  listings and ingest need no custody;
* ``code_epochs`` — one row per epoch; when an epoch closes its marker -> code map is sealed
  (:mod:`vault.sealed`, the register key), so past codes link to participants for custodians
  only. Epoch 0 holds the codes a pre-vault register came with
  (:func:`vault.participants.import_register`);
* ``code_ledger`` — a keyed hash (HMAC under the vault's hashing key) of every code ever issued
  or imported, so no code is issued twice, in any epoch, and releases from different epochs
  share no code.

Codes are drawn by :mod:`vault.codes.scheme` following ``policies/codes.toml``; who a
participant is lives in :mod:`vault.participants`. Audit entries carry markers, counts and
epoch numbers, never codes (a code in the log would link epochs once it is retired). A rotation
also turns on SQLite ``secure_delete`` and truncates the write-ahead log, so the retired
plaintext codes do not linger in free pages.
"""
from __future__ import annotations

import contextlib
import hmac
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from hashlib import sha256
from typing import TYPE_CHECKING, Any

from vault.clock import utc_now
from vault.codes.scheme import CodeScheme, generate_codes, load_code_scheme
from vault.errors import (
    CustodyError,
    LockBusy,
    ParticipantError,
    PolicyError,
    StoreError,
    VaultFileError,
)
from vault.faults import declare_points
from vault.sealed import seal, unseal
from vault.store import Settled, recovers
from vault.write_path import COMMIT_STEPS, begin

if TYPE_CHECKING:
    import random

    from vault.keys import Custody
    from vault.store import Vault

__all__ = [
    "POINTS",
    "RotationResult",
    "all_code_markers",
    "code_history",
    "code_scheme",
    "current_codes",
    "current_epoch",
    "policy_code_scheme",
    "recover_rotation",
    "resolve_code",
    "retired_epoch",
    "rotate_codes",
]

#: the fault points of a rotation (see :mod:`vault.faults`): one transaction
POINTS = declare_points("rotate", COMMIT_STEPS)

#: domain separation for the keyed hash of a code (the same key also hashes content)
_CODE_DOMAIN = b"vault/participant-code/v1\x00"


@dataclass(frozen=True)
class RotationResult:
    """What :func:`rotate_codes` did."""

    from_epoch: int
    to_epoch: int
    participants: int
    rotated_at: str



# -- the code scheme ---------------------------------------------------------------------------

def policy_code_scheme(vault: Vault) -> CodeScheme:
    """The code scheme of the vault's ``policies/codes.toml`` (used by the next rotation).

    :raises PolicyError: the policy is missing or invalid (fail closed).
    """
    return load_code_scheme(vault.policies_dir / "codes.toml")


def code_scheme(vault: Vault) -> CodeScheme:
    """The scheme the current epoch's codes follow (for rendering and validating codes).

    Before the first participant there is no epoch yet: the policy's scheme.
    """
    row = vault.db.execute("SELECT scheme FROM code_epochs WHERE epoch >= 1 "
                           "ORDER BY epoch DESC LIMIT 1").fetchone()
    if row is None:
        return policy_code_scheme(vault)
    return CodeScheme.from_json(row["scheme"])


# -- reading the current epoch (no custody) -------------------------------------------------------

def current_epoch(vault: Vault) -> int:
    """The code epoch in force: 1 from the first participant on, +1 per rotation; 0 before."""
    return current_epoch_of(vault.db)


def current_epoch_of(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT MAX(epoch) FROM code_epochs WHERE epoch >= 1").fetchone()
    return int(row[0] or 0)


def current_codes(vault: Vault) -> dict[str, str]:
    """Marker -> public code for every participant, in the current epoch (no custody needed)."""
    return {r["marker"]: r["code"]
            for r in vault.db.execute("SELECT marker, code FROM participant_codes")}


def resolve_code(vault: Vault, code: str, *, history: bool = False) -> str:
    """The internal marker of the participant whose current code is ``code``.

    Accepts a per-interview rendering too (``"PJK 1"``) and any letter case. A code from an
    imported pre-vault register (epoch 0) resolves too when a custodian is unlocked: it labels
    the study's existing material, which is what it is kept for.

    :param history: also resolve codes of earlier epochs; needs custody. For custodians
        mapping material labelled before a rotation.
    :raises ParticipantError: no participant has this code; the hint says when the code is
        from an earlier epoch (codes were rotated).
    """
    value, marker = _lookup_current(vault, code)
    if marker is not None:
        return marker
    epoch = current_epoch(vault)
    retired = retired_epoch(vault, value)
    if retired is not None:
        # a code the study used before the vault labels pre-vault material: it maps, always
        if history or retired == 0:
            marker = _marker_in_epoch(vault, vault.custody(), retired, value)
            if marker is not None:
                return marker
        when = "a pre-vault register" if retired == 0 else f"code epoch {retired}"
        raise ParticipantError(
            f"participant code {value!r} is from {when}; codes have been rotated since "
            f"(now epoch {epoch})",
            hint="use the participant's current code (`vault participant list`); custodians "
                 f"can map old codes with `vault codes history {value}`")
    hint = "see `vault participant list` for the current codes"
    if epoch > 1:
        hint = (f"codes were rotated (now epoch {epoch}): a code from before the last rotation "
                "is no longer valid; see `vault participant list` for the current codes")
    raise ParticipantError(f"no participant has code {value!r} in the current code epoch "
                           f"({epoch})", hint=hint)


def _lookup_current(vault: Vault, code: str) -> tuple[str, str | None]:
    """``code`` as the current epoch spells it (per-interview suffix dropped, case fixed) and
    its marker; ``(code, None)`` when no participant holds it now."""
    value = " ".join(code.split())
    candidates = [value]
    with contextlib.suppress(ParticipantError, PolicyError):  # not this shape: maybe an old code
        candidates.append(code_scheme(vault).parse(value)[0])
    candidates += [c.upper() for c in candidates]
    for candidate in dict.fromkeys(candidates):
        row = vault.db.execute("SELECT marker FROM participant_codes WHERE code = ?",
                               (candidate,)).fetchone()
        if row is not None:
            return candidate, str(row["marker"])
    return value, None


def retired_epoch(vault: Vault, code: str) -> int | None:
    """The epoch an old code was issued in, or ``None`` (never issued, or no custody to tell).

    Codes are known only by their keyed hash in the code ledger, so this needs custody; without
    it the answer is ``None``, so a caller that must not miss a retired code (the release gate)
    unlocks custody first.
    """
    try:
        hasher = code_hasher(vault.custody())
    except (VaultFileError, LockBusy):
        raise  # the catalog failed: not "no custody"
    except (CustodyError, StoreError):
        return None
    for candidate in dict.fromkeys((code, code.upper())):
        row = vault.db.execute("SELECT epoch FROM code_ledger WHERE digest = ?",
                               (hasher(candidate),)).fetchone()
        if row is not None:
            return int(row["epoch"])
    return None


# -- the code ledger and the sealed epochs (custody) ------------------------------------------

def code_hasher(custody: Custody) -> Callable[[str], str]:
    secret = custody.hashing_secret()

    def digest(code: str) -> str:
        return hmac.new(secret, _CODE_DOMAIN + code.encode(), sha256).hexdigest()

    return digest



def epoch_map(vault: Vault, custody: Custody, epoch: int) -> dict[str, str]:
    """Marker -> code in ``epoch`` (sealed epochs need custody)."""
    if epoch >= 1 and epoch == current_epoch(vault):
        return current_codes(vault)
    row = vault.db.execute("SELECT key_id, sealed FROM code_epochs WHERE epoch = ?",
                           (epoch,)).fetchone()
    if row is None or row["sealed"] is None:
        return {}
    return dict(unseal(custody, row["key_id"], row["sealed"])["codes"])


def all_code_markers(vault: Vault) -> dict[str, str]:
    """Code -> marker for every code the vault has known: pre-vault (epoch 0), past epochs
    and the current one. Custodians only (past epochs are sealed).

    Used to turn codes written into transcripts into marker tokens (``vault.markers``).
    """
    custody = vault.custody()
    mapping: dict[str, str] = {}
    for epoch in range(current_epoch(vault) + 1):
        for marker, code in epoch_map(vault, custody, epoch).items():
            mapping.setdefault(code, marker)
    return mapping


def _marker_in_epoch(vault: Vault, custody: Custody, epoch: int, code: str) -> str | None:
    for marker, issued in epoch_map(vault, custody, epoch).items():
        if issued in (code, code.upper()):
            return marker
    return None


# -- issuing codes to new participants ---------------------------------------------------------

def code_ledger(db: sqlite3.Connection) -> set[str]:
    """The keyed hashes of every code ever issued or imported (the code ledger)."""
    return {r[0] for r in db.execute("SELECT digest FROM code_ledger")}


def epoch_for_new_codes(vault: Vault, tx: sqlite3.Connection) -> tuple[int, CodeScheme]:
    """The epoch new participants get their codes in, and its scheme; opens epoch 1 (with
    the policy's scheme) for the first participant."""
    epoch = current_epoch_of(tx)
    if epoch == 0:
        scheme = policy_code_scheme(vault)
        tx.execute("INSERT INTO code_epochs(epoch, opened, scheme, participants) "
                   "VALUES (1, ?, ?, 0)", (utc_now(), scheme.to_json()))
        return 1, scheme
    return epoch, CodeScheme.from_json(tx.execute(
        "SELECT scheme FROM code_epochs WHERE epoch = ?", (epoch,)).fetchone()[0])


def record_issued_codes(tx: sqlite3.Connection, hasher: Callable[[str], str], epoch: int,
                        codes: Sequence[str]) -> None:
    """Enter newly issued codes in the ledger, so that no epoch ever issues them again."""
    tx.executemany("INSERT INTO code_ledger(digest, epoch) VALUES (?, ?)",
                   [(hasher(c), epoch) for c in codes])


def count_new_participants(tx: sqlite3.Connection, epoch: int, added: int) -> None:
    tx.execute("UPDATE code_epochs SET participants = participants + ? WHERE epoch = ?",
               (added, epoch))


def add_legacy_codes(vault: Vault, tx: sqlite3.Connection, custody: Custody,
                     hasher: Callable[[str], str], legacy: dict[str, str]) -> None:
    """Seal codes from a pre-vault register into epoch 0 (mapping only, never issued) and
    enter them in the ledger."""
    row = tx.execute("SELECT key_id, sealed FROM code_epochs WHERE epoch = 0").fetchone()
    known: dict[str, str] = {}
    if row is not None and row["sealed"] is not None:
        known = dict(unseal(custody, row["key_id"], row["sealed"])["codes"])
    known.update(legacy)
    key_id, blob = seal(vault, tx, {"epoch": 0, "codes": known})
    tx.execute("INSERT INTO code_epochs(epoch, opened, closed, scheme, participants, key_id, "
               "sealed) VALUES (0, ?, ?, '{}', ?, ?, ?) ON CONFLICT(epoch) DO UPDATE SET "
               "participants = excluded.participants, key_id = excluded.key_id, "
               "sealed = excluded.sealed", (utc_now(), utc_now(), len(known), key_id, blob))
    tx.executemany("INSERT INTO code_ledger(digest, epoch) VALUES (?, 0)",
                   [(hasher(c),) for c in legacy.values()])


# -- rotation ----------------------------------------------------------------------------------

def rotate_codes(vault: Vault, reason: str | None = None, *,
                 rng: random.Random | None = None) -> RotationResult:
    """Open a new code epoch: a fresh, never-issued code for every participant.

    One catalog transaction (under a ``rotate`` journal entry) seals the closing epoch's
    mapping (custodians only), replaces every current code, records the new codes in the
    ledger and appends the audit entry; a kill at any instant leaves the old epoch or the new
    one in force, complete. The pattern comes from ``policies/codes.toml`` as it is now.
    Work is O(participants): nothing that stores markers is touched.

    :param reason: why (kept encrypted with the epoch; never in the audit log).
    :raises ParticipantError: no participants, or the code space is exhausted (the hint names
        a longer pattern).
    :raises PolicyError: the code policy is missing or invalid.
    :raises CustodyError: no custodian identity (the code ledger is keyed).
    """
    scheme = policy_code_scheme(vault)
    custody = vault.custody()
    hasher = code_hasher(custody)
    db = vault.db
    # deleted rows (the old plaintext codes) are zeroed, not left in free pages
    db.execute("PRAGMA secure_delete = ON")
    with vault.locked():
        old = current_epoch_of(db)
        rows = db.execute("SELECT marker, code FROM participant_codes ORDER BY marker").fetchall()
        if old == 0 or not rows:
            raise ParticipantError("no participants: there are no codes to rotate",
                                   hint="register participants first (`vault participant add`)")
        ledger = code_ledger(db)
        fresh = generate_codes(scheme, len(rows), is_taken=lambda c: hasher(c) in ledger,
                               rng=rng)
        new = old + 1
        closing = {r["marker"]: r["code"] for r in rows}
        now = utc_now()
        note_given = bool(reason and reason.strip())

        def apply(tx: sqlite3.Connection) -> None:
            key_id, sealed = seal(vault, tx, {"epoch": old, "codes": closing})
            note = None
            if reason and reason.strip():
                note = seal(vault, tx, {"epoch": new, "reason": reason.strip()})[1]
            tx.execute("UPDATE code_epochs SET closed = ?, key_id = ?, sealed = ? "
                       "WHERE epoch = ?", (now, key_id, sealed, old))
            tx.execute("INSERT INTO code_epochs(epoch, opened, scheme, participants, key_id, "
                       "note) VALUES (?, ?, ?, ?, ?, ?)",
                       (new, now, scheme.to_json(), len(rows), key_id, note))
            tx.executemany("UPDATE participant_codes SET code = ? WHERE marker = ?",
                           [(code, r["marker"]) for code, r in zip(fresh, rows, strict=True)])
            tx.executemany("INSERT INTO code_ledger(digest, epoch) VALUES (?, ?)",
                           [(hasher(code), new) for code in fresh])

        with begin(vault, POINTS, {"from_epoch": old, "to_epoch": new}) as op:
            op.commit(action="codes.rotate", items=[], apply=apply,
                      details={"from_epoch": old, "to_epoch": new, "participants": len(rows),
                               "reason_recorded": note_given})
    # drop old page images (with the old plaintext codes) from the write-ahead log
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return RotationResult(from_epoch=old, to_epoch=new, participants=len(rows), rotated_at=now)


@recovers(POINTS.op)
def recover_rotation(vault: Vault, payload: dict[str, Any]) -> Settled:
    """Settle function of ``rotate`` (after an error in it, or a kill; under the lock).

    The rotation's one transaction either committed — and removed its journal entry with it —
    or left no trace, so the old epoch is in force: check that it is complete and say so for
    the audit log. Idempotent.

    :raises StoreError: the epoch in force is incomplete (a damaged catalog, not a crash).
    """
    db = vault.db
    epoch = current_epoch_of(db)
    _check_epoch_complete(db)
    outcome = "rolled-back" if epoch == payload.get("from_epoch") else "completed"
    return Settled("codes.rotate", outcome, (),
                   {"from_epoch": payload.get("from_epoch"),
                    "to_epoch": payload.get("to_epoch"), "epoch": epoch,
                    "reason": "interrupted rotation recovered"})


def _check_epoch_complete(db: sqlite3.Connection) -> None:
    participants = db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    coded = db.execute("SELECT COUNT(*) FROM participant_codes").fetchone()[0]
    epoch = current_epoch_of(db)
    recorded = db.execute("SELECT participants FROM code_epochs WHERE epoch = ?",
                          (epoch,)).fetchone()
    if participants != coded or (recorded is not None and recorded[0] != coded):
        raise StoreError(f"code epoch {epoch} is incomplete: {coded} of {participants} "
                         "participants have a code", hint="restore catalog.sqlite from backup")


def code_history(vault: Vault, code: str) -> list[tuple[int, str]]:
    """Every code the participant holding ``code`` (current or old) has had, by epoch.

    Epoch 0 is the code a pre-vault register gave them. Custodians only; audited.

    :raises ParticipantError: no participant ever had ``code``.
    :raises CustodyError: no custodian identity.
    """
    custody = vault.custody()
    marker = resolve_code(vault, code, history=True)
    epochs = [int(r[0]) for r in vault.db.execute("SELECT epoch FROM code_epochs ORDER BY epoch")]
    history = []
    for epoch in epochs:
        held = epoch_map(vault, custody, epoch).get(marker)
        if held is not None:
            history.append((epoch, held))
    with vault.write() as tx:
        vault.audit.append(tx, action="codes.history", outcome="ok",
                           details={"participant": marker, "epochs": len(history)})
    return history
