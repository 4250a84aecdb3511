"""The encrypted participant register: who each participant is, their consent and withdrawal.

Who a participant is (name, aliases, email, role, consent date) exists only in the **register**:
one JSON document, sealed to the vault's ``register`` class key (:mod:`vault.sealed`) and kept in
the catalog (table ``participant_register``), so that it is rewritten in the same transaction as
the rows that refer to it. Everything else knows a participant by a random internal **marker**
(``pt_3f9c0a1b2d4e``) that never leaves the vault, and the outside world by a public **code** of
the current code epoch (``PJK``; ``PJK 1`` for interview 1), kept by :mod:`vault.codes.epochs`::

    add_participant(vault, "Dr Sarah Khan", email="s.khan@example.nhs.uk")    # -> 'PJK'
    import_register(vault, csv_bytes)                 # name,code,aliases,email,role,consent_date
    list_participants(vault)                          # codes, states and item counts
    load_register(vault)                              # what the anonymiser needs (custody)
    withdraw_participant(vault, "PJK", purge=True)    # consent withdrawn; raw data destroyed

Registering a participant issues their code in the current epoch in the same transaction. Audit
entries carry markers and counts, never names or contact details.

Custody (an unlocked custodian) is needed to add, import, reveal and build the anonymiser's
register; listing and withdrawal need none.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from vault.anonymise.register import (
    COLUMNS,
    Register,
    RegisterEntry,
    RegisterRow,
    clean_person,
    normalise_name,
)
from vault.anonymise.register import parse_register_csv as parse_csv_rows
from vault.clock import utc_now, utc_today
from vault.codes.epochs import (
    add_legacy_codes,
    code_hasher,
    code_ledger,
    count_new_participants,
    current_codes,
    current_epoch,
    current_epoch_of,
    epoch_for_new_codes,
    record_issued_codes,
    resolve_code,
)
from vault.codes.scheme import generate_codes
from vault.errors import ParticipantError
from vault.faults import declare_points
from vault.ids import new_id
from vault.retention.purge import purge_participant
from vault.sealed import seal, unseal
from vault.store import recovers
from vault.write_path import COMMIT_STEPS, begin

if TYPE_CHECKING:
    import random

    from vault.keys import Custody
    from vault.store import Vault

__all__ = [
    "CSV_COLUMNS",
    "WITHDRAW_POINTS",
    "ImportResult",
    "ParticipantIdentity",
    "ParticipantSummary",
    "WithdrawalResult",
    "add_participant",
    "import_register",
    "list_participants",
    "load_register",
    "parse_register_csv",
    "recover_withdrawal",
    "withdraw_participant",
]

#: the columns a register CSV may have; only ``name`` is required (the one format:
#: :mod:`vault.anonymise.register`)
CSV_COLUMNS = COLUMNS

#: the fault points of a withdrawal (see :mod:`vault.faults`); with ``--purge`` the purge's own
#: points follow ``committed``
WITHDRAW_POINTS = declare_points("withdraw", {
    "journaled": COMMIT_STEPS["journaled"],
    "committed": "the withdrawal and its audit entry are committed (with --purge the journal "
                 "stays open until the purge is done)",
    "purged": "the participant's objects are destroyed and certified; the journal is open",
})


# -- values ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ParticipantIdentity:
    """Who a participant is: what the encrypted register holds for one marker."""

    marker: str
    name: str
    aliases: tuple[str, ...] = ()
    email: str | None = None
    role: str | None = None
    consent_date: str | None = None

    def __repr__(self) -> str:  # identities stay out of logs and tracebacks
        return f"ParticipantIdentity(marker={self.marker!r})"

    def to_json(self) -> dict[str, Any]:
        return {"marker": self.marker, "name": self.name, "aliases": list(self.aliases),
                "email": self.email, "role": self.role, "consent_date": self.consent_date}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> ParticipantIdentity:
        return cls(marker=obj["marker"], name=obj["name"], aliases=tuple(obj.get("aliases", ())),
                   email=obj.get("email"), role=obj.get("role"),
                   consent_date=obj.get("consent_date"))


@dataclass(frozen=True)
class ParticipantSummary:
    """A participant as listings show them: current code and status, no identity.

    ``identity`` is filled only by ``list_participants(..., reveal=True)`` (custodians).
    """

    code: str
    state: str
    withdrawn: str | None
    interviews: int
    items: int
    identity: ParticipantIdentity | None = field(default=None, repr=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "state": self.state,
                               "withdrawn": self.withdrawn, "interviews": self.interviews,
                               "items": self.items}
        if self.identity is not None:
            ident = self.identity.to_json()
            del ident["marker"]  # markers never leave the vault
            out.update(ident)
        return out


@dataclass(frozen=True)
class ImportResult:
    """What :func:`import_register` did."""

    added: int
    epoch: int
    #: how many rows carried a code: kept, sealed, as epoch 0 for mapping only
    legacy_codes: int


@dataclass(frozen=True)
class WithdrawalResult:
    """What :func:`withdraw_participant` did."""

    code: str
    withdrawn: str
    items: int
    purged: bool
    #: what the retention purge returned (its certificate), when ``purge=True``
    certificate: Any = None


# -- the encrypted register ---------------------------------------------------

def _read_identities(db: sqlite3.Connection, custody: Custody) -> list[ParticipantIdentity]:
    row = db.execute("SELECT key_id, register FROM participant_register WHERE id = 1").fetchone()
    if row is None:
        return []
    doc = unseal(custody, row["key_id"], row["register"])
    return [ParticipantIdentity.from_json(p) for p in doc["participants"]]


def _write_identities(vault: Vault, tx: sqlite3.Connection,
                      identities: Sequence[ParticipantIdentity]) -> None:
    key_id, blob = seal(vault, tx, {"version": 1,
                                     "participants": [p.to_json() for p in identities]})
    tx.execute("INSERT INTO participant_register(id, key_id, revision, register, updated) "
               "VALUES (1, ?, 1, ?, ?) ON CONFLICT(id) DO UPDATE SET key_id = excluded.key_id, "
               "revision = revision + 1, register = excluded.register, "
               "updated = excluded.updated", (key_id, blob, utc_now()))


# -- adding participants -------------------------------------------------------------------------

@dataclass(frozen=True)
class _NewEntry:
    identity: ParticipantIdentity
    legacy_code: str | None
    #: where it came from, as a message prefix: "" or "register.csv: row 3: "
    origin: str


def _clean_identity(name: str, *, email: str | None, aliases: Iterable[str], role: str | None,
                    consent_date: str | dt.date | None, where: str) -> ParticipantIdentity:
    row = clean_person(name, email=email, aliases=aliases, role=role,
                       consent_date=consent_date, where=where)
    return _identity_of(row)


def _identity_of(row: RegisterRow) -> ParticipantIdentity:
    return ParticipantIdentity(marker="", name=row.name, aliases=row.aliases, email=row.email,
                               role=row.role, consent_date=row.consent_date)


def add_participant(vault: Vault, name: str, *, email: str | None = None,
                    aliases: Iterable[str] = (), role: str | None = None,
                    consent_date: str | dt.date | None = None,
                    rng: random.Random | None = None) -> str:
    """Register one participant and issue their code in the current epoch.

    :returns: the participant's public code.
    :raises InputError: empty name, malformed email or consent date.
    :raises ParticipantError: a participant with the same name (or email) is registered, or
        the code space is exhausted.
    :raises CustodyError: no custodian identity to open the register.
    """
    identity = _clean_identity(name, email=email, aliases=aliases, role=role,
                               consent_date=consent_date, where="")
    codes = _register_entries(vault, [_NewEntry(identity, None, "")], action="participant.add",
                              rng=rng)
    return codes[0]


def import_register(vault: Vault, data: bytes, *, source: str = "register.csv",
                    rng: random.Random | None = None) -> ImportResult:
    """Register every participant of a register CSV, all or nothing.

    Columns: ``name`` (required), ``aliases`` (``;``-separated), ``email``, ``role``,
    ``consent_date`` (YYYY-MM-DD) and ``code``. The vault issues its own random codes; a
    ``code`` column is kept **for mapping only**: each such code is sealed into epoch 0 and
    is never issued as a current code. With a custodian unlocked, :func:`resolve_code` maps
    it (so the study's existing files, labelled ``PJ_1.wav``, can be ingested), and
    ``vault codes history`` shows it; it never appears in a listing, render or release.

    :param data: the file's bytes (UTF-8, with or without BOM).
    :param source: the file name, for messages.
    :raises InputError: empty file, not UTF-8, missing ``name`` column, unknown column, a bad
        row (the message names the row and column), or a duplicate within the file.
    :raises ParticipantError: a row's name or email is already registered, or its code was
        already issued or imported.
    """
    entries = parse_register_csv(data, source)
    legacy = sum(1 for e in entries if e.legacy_code)
    _register_entries(vault, entries, action="participant.import", rng=rng)
    return ImportResult(added=len(entries), epoch=current_epoch(vault), legacy_codes=legacy)


def parse_register_csv(data: bytes, source: str = "register.csv") -> list[_NewEntry]:
    """Parse a register CSV into new-participant entries (see :func:`import_register`): the
    one register parser, :func:`vault.anonymise.register.parse_register_csv`."""
    return [_NewEntry(_identity_of(row), row.code, row.where)
            for row in parse_csv_rows(data, source)]


def _identity_keys(identity: ParticipantIdentity) -> list[tuple[str, str | None]]:
    """What must be unique in the register: the normalised name and the e-mail address."""
    return [("name", normalise_name(identity.name)),
            ("email", identity.email.casefold() if identity.email else None)]


def _register_entries(vault: Vault, entries: Sequence[_NewEntry], *, action: str,
                      rng: random.Random | None) -> list[str]:
    """Add ``entries`` to the register and issue their codes: one transaction, all or none."""
    custody = vault.custody()
    hasher = code_hasher(custody)
    with vault.write() as tx:
        identities = _read_identities(tx, custody)
        codes_now = dict(tx.execute("SELECT marker, code FROM participant_codes").fetchall())
        registered: dict[tuple[str, str | None], str] = {
            (what, key): p.marker for p in identities
            for what, key in _identity_keys(p) if key is not None}
        for entry in entries:
            for what, key in _identity_keys(entry.identity):
                if (what, key) in registered:
                    held = codes_now.get(registered[what, key], "?")
                    raise ParticipantError(
                        f"{entry.origin}a participant with this {what} is already registered "
                        f"(code {held})",
                        hint="each participant is registered once; see `vault participant list`")
        ledger = code_ledger(tx)
        for entry in entries:
            if entry.legacy_code is not None:
                if hasher(entry.legacy_code) in ledger:
                    raise ParticipantError(
                        f"{entry.origin}its code was already issued or imported by this vault",
                        hint="codes in an import are kept for mapping only: clear that cell")
                ledger.add(hasher(entry.legacy_code))  # never issued to anyone else either
        epoch, scheme = epoch_for_new_codes(vault, tx)
        new_codes = generate_codes(scheme, len(entries), is_taken=lambda c: hasher(c) in ledger,
                                   rng=rng)
        now = utc_now()
        added: list[ParticipantIdentity] = []
        for entry, code in zip(entries, new_codes, strict=True):
            marker = new_id("pt")
            added.append(replace(entry.identity, marker=marker))
            tx.execute("INSERT INTO participants(marker, created) VALUES (?, ?)", (marker, now))
            tx.execute("INSERT INTO participant_codes(marker, code) VALUES (?, ?)", (marker, code))
        record_issued_codes(tx, hasher, epoch, new_codes)
        legacy = {p.marker: e.legacy_code
                  for p, e in zip(added, entries, strict=True) if e.legacy_code}
        if legacy:
            add_legacy_codes(vault, tx, custody, hasher, legacy)
        _write_identities(vault, tx, [*identities, *added])
        count_new_participants(tx, epoch, len(added))
        vault.audit.append(tx, action=action, outcome="ok",
                           details={"participants": len(added), "epoch": epoch,
                                    "legacy_codes": len(legacy)})
    return new_codes


# -- listing and the register for the anonymiser ---------------------------------------------------

def list_participants(vault: Vault, *, reveal: bool = False) -> list[ParticipantSummary]:
    """Every participant with current code, state, withdrawal date and item counts, by code.

    Sorted by code (never by registration order, which would link listings across epochs).

    :param reveal: add each identity from the register; needs custody and is audited.
    :raises CustodyError: ``reveal`` without a custodian identity.
    """
    rows = vault.db.execute(
        "SELECT p.marker, c.code, p.state, p.withdrawn, "
        "COUNT(DISTINCT i.interview) AS interviews, COUNT(i.id) AS items "
        "FROM participants p JOIN participant_codes c ON c.marker = p.marker "
        "LEFT JOIN items i ON i.participant_marker = p.marker AND i.state = 'present' "
        "GROUP BY p.marker ORDER BY c.code").fetchall()
    identities: dict[str, ParticipantIdentity] = {}
    if reveal:
        custody = vault.custody()
        with vault.write() as tx:
            identities = {p.marker: p for p in _read_identities(tx, custody)}
            vault.audit.append(tx, action="participant.reveal", outcome="ok",
                               details={"participants": len(rows),
                                        "epoch": current_epoch_of(tx)})
    return [ParticipantSummary(code=r["code"], state=r["state"], withdrawn=r["withdrawn"],
                               interviews=int(r["interviews"]), items=int(r["items"]),
                               identity=identities.get(r["marker"]))
            for r in rows]


def load_register(vault: Vault) -> Register:
    """The register as the anonymiser needs it: marker, name, aliases, email, current code.

    Withdrawn participants are included: their names must still be redacted wherever they
    occur. Needs custody; the identities stay in memory.

    :raises CustodyError: no custodian identity to open the register.
    """
    custody = vault.custody()
    codes = current_codes(vault)
    identities = _read_identities(vault.db, custody)
    entries = [RegisterEntry(marker=p.marker, name=p.name, code=codes[p.marker],
                             aliases=p.aliases, email=p.email)
               for p in identities if p.marker in codes]
    return Register(tuple(sorted(entries, key=lambda e: e.code)))


# -- withdrawal ------------------------------------------------------------------------------------

def withdraw_participant(vault: Vault, code: str, *, purge: bool = False,
                         date: dt.date | None = None) -> WithdrawalResult:
    """Record that a participant withdrew consent; optionally purge their raw data.

    Sets ``participants.state = 'withdrawn'`` and ``participants.withdrawn`` (the date): this
    flags every item of theirs, and is the per-participant ``consent_withdrawn`` event that
    retention rules anchored on ``consent_withdrawn`` count from (``vault.retention.planner``
    reads it). With ``purge`` the retention module destroys their raw objects and writes a
    disposition certificate.

    :raises ParticipantError: unknown code, or already withdrawn (without ``purge``).
    """
    marker = resolve_code(vault, code)
    value = str(vault.db.execute("SELECT code FROM participant_codes WHERE marker = ?",
                                 (marker,)).fetchone()[0])
    when = (date or utc_today()).isoformat()
    certificate = None
    with vault.locked():
        row = vault.db.execute("SELECT state, withdrawn FROM participants WHERE marker = ?",
                               (marker,)).fetchone()
        items = [r[0] for r in vault.db.execute(
            "SELECT id FROM items WHERE participant_marker = ? AND state = 'present' "
            "ORDER BY id", (marker,))]
        if row["state"] == "withdrawn" and not purge:
            raise ParticipantError(f"participant {value} has already withdrawn "
                                   f"(on {row['withdrawn']})",
                                   hint="nothing to do; `--purge` destroys their raw data")
        with begin(vault, WITHDRAW_POINTS, {"marker": marker, "purge": purge}) as op:
            if row["state"] == "withdrawn":
                when = row["withdrawn"]
            else:
                def apply(tx: sqlite3.Connection) -> None:
                    tx.execute("UPDATE participants SET state = 'withdrawn', withdrawn = ? "
                               "WHERE marker = ?", (when, marker))

                op.commit(action="participant.withdraw", items=items, apply=apply,
                          close=not purge, details={"participant": marker, "date": when,
                                                    "items": len(items)})
            if purge:
                certificate = purge_participant(vault, marker)
                op.step("purged")
    return WithdrawalResult(code=value, withdrawn=when, items=len(items), purged=purge,
                            certificate=certificate)


@recovers(WITHDRAW_POINTS.op)
def recover_withdrawal(vault: Vault, payload: dict[str, Any]) -> None:
    """Settle function of ``withdraw`` (after an error, or a kill; under the lock).

    The withdrawal is one transaction: without it nothing happened. With it, and ``purge``
    asked for, the participant's objects are destroyed now (:func:`purge_participant`,
    idempotent: it audits and certifies itself), as the interrupted command would have.
    """
    marker = str(payload["marker"])
    row = vault.db.execute("SELECT state FROM participants WHERE marker = ?",
                           (marker,)).fetchone()
    present = vault.db.execute("SELECT 1 FROM items WHERE participant_marker = ? "
                               "AND state = 'present'", (marker,)).fetchone()
    if payload.get("purge") and row is not None and row["state"] == "withdrawn" and present:
        purge_participant(vault, marker)
