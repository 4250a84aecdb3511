"""The encrypted participant register and participant-code epochs.

Who a participant is (name, aliases, email, role, consent date) exists only in the **register**:
one JSON document, age-encrypted to the vault's ``register`` class key and kept in the catalog
(table ``participant_register``), so that it is rewritten in the same transaction as the rows
that refer to it. Everything else knows a participant by a random internal **marker**
(``pt_3f9c0a1b2d4e``) that never leaves the vault, and the outside world by a public **code** of
the current **code epoch** (``PJK``; ``PJK 1`` for interview 1)::

    add_participant(vault, "Dr Sarah Khan", email="s.khan@example.nhs.uk")    # -> 'PJK'
    import_register(vault, csv_bytes)                 # name,code,aliases,email,role,consent_date
    current_codes(vault)                              # {marker: code}, no custody needed
    resolve_code(vault, "PJK")                        # -> marker
    rotate_codes(vault, reason="annual rotation")     # every participant gets a fresh code
    code_history(vault, "PQR")                        # [(1, 'PJK'), (2, 'PQR')], custodians only

Codes are rendered late (DESIGN.md invariant 4): stored text carries markers, so a rotation
rewrites no data — it is O(participants) — and cannot miss a copy. A rotation is one catalog
transaction under a journal entry: killed at any instant, the old epoch or the new one is in
force, complete, never a mix.

What is kept where:

* ``participant_codes`` — marker -> code for the **current** epoch only, in plaintext, so that
  listings and ingest need no custody;
* ``code_epochs`` — one row per epoch; when an epoch closes its marker -> code map is sealed
  (age-encrypted to the register key), so past codes link to participants for custodians only.
  Epoch 0 holds the codes a pre-vault register came with (see :func:`import_register`);
* ``code_ledger`` — a keyed hash (HMAC under the vault's hashing key) of every code ever issued
  or imported, so no code is issued twice, in any epoch, and releases from different epochs
  share no code.

Codes are drawn by :mod:`vault.codes` following ``policies/codes.toml``. Audit entries carry
markers, counts and epoch numbers, never names, contact details or codes (a code in the log
would link epochs once it is retired). A rotation also turns on SQLite ``secure_delete`` and
truncates the write-ahead log, so the retired plaintext codes do not linger in free pages.

Custody (an unlocked custodian) is needed to add, import, rotate, reveal, read history and
build the anonymiser's register; listing, :func:`current_codes`, :func:`resolve_code` of a
current code and withdrawal need none.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hmac
import io
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from hashlib import sha256
from typing import TYPE_CHECKING, Any

from vault import age
from vault.anonymise.register import Register, RegisterEntry, normalise_name
from vault.clock import parse_date, utc_now, utc_today
from vault.codes import CodeScheme, generate_codes, load_code_scheme, render_code
from vault.errors import (
    CustodyError,
    InputError,
    ParticipantError,
    PolicyError,
    StoreError,
)
from vault.ids import new_id
from vault.keys import class_recipient
from vault.markers import is_valid_marker
from vault.retention.purge import purge_participant  # retention imports this module
from vault.store import recovers

if TYPE_CHECKING:
    import random

    from vault.keys import Custody
    from vault.store import Vault

__all__ = [
    "REGISTER_CLASS",
    "ImportResult",
    "ParticipantIdentity",
    "ParticipantSummary",
    "RotationResult",
    "WithdrawalResult",
    "add_participant",
    "code_history",
    "code_scheme",
    "current_codes",
    "current_epoch",
    "import_register",
    "list_participants",
    "load_register",
    "recover_rotation",
    "render_code",
    "resolve_code",
    "retired_epoch",
    "rotate_codes",
    "withdraw_participant",
]

#: the class key (data class, period) the register and the sealed code history are encrypted to
REGISTER_CLASS = "register"
REGISTER_PERIOD = "register"
#: domain separation for the keyed hash of a code (the same key also hashes content)
_CODE_DOMAIN = b"vault/participant-code/v1\x00"
#: the columns a register CSV may have; only ``name`` is required
CSV_COLUMNS = ("name", "code", "aliases", "email", "role", "consent_date")
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_MAX_TEXT = 200


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
class RotationResult:
    """What :func:`rotate_codes` did."""

    from_epoch: int
    to_epoch: int
    participants: int
    rotated_at: str


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
    return _current_epoch(vault.db)


def _current_epoch(db: sqlite3.Connection) -> int:
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
        hasher = _code_hasher(vault.custody())
    except (CustodyError, StoreError):
        return None
    for candidate in dict.fromkeys((code, code.upper())):
        row = vault.db.execute("SELECT epoch FROM code_ledger WHERE digest = ?",
                               (hasher(candidate),)).fetchone()
        if row is not None:
            return int(row["epoch"])
    return None


# -- the keyed hash and the encrypted register ---------------------------------------------------

def _code_hasher(custody: Custody) -> Callable[[str], str]:
    secret = custody.hashing_secret()

    def digest(code: str) -> str:
        return hmac.new(secret, _CODE_DOMAIN + code.encode(), sha256).hexdigest()

    return digest


def _seal(vault: Vault, tx: sqlite3.Connection, payload: Any) -> tuple[str, bytes]:
    key_id, recipient = class_recipient(vault, tx, REGISTER_CLASS, REGISTER_PERIOD)
    data = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
    return key_id, age.encrypt_bytes(data, [recipient])


def _unseal(custody: Custody, key_id: str, blob: bytes) -> Any:
    return json.loads(age.decrypt_bytes(bytes(blob), [custody.class_identity(key_id)]))


def _read_identities(db: sqlite3.Connection, custody: Custody) -> list[ParticipantIdentity]:
    row = db.execute("SELECT key_id, register FROM participant_register WHERE id = 1").fetchone()
    if row is None:
        return []
    doc = _unseal(custody, row["key_id"], row["register"])
    return [ParticipantIdentity.from_json(p) for p in doc["participants"]]


def _write_identities(vault: Vault, tx: sqlite3.Connection,
                      identities: Sequence[ParticipantIdentity]) -> None:
    key_id, blob = _seal(vault, tx, {"version": 1,
                                     "participants": [p.to_json() for p in identities]})
    tx.execute("INSERT INTO participant_register(id, key_id, revision, register, updated) "
               "VALUES (1, ?, 1, ?, ?) ON CONFLICT(id) DO UPDATE SET key_id = excluded.key_id, "
               "revision = revision + 1, register = excluded.register, "
               "updated = excluded.updated", (key_id, blob, utc_now()))


def _epoch_map(vault: Vault, custody: Custody, epoch: int) -> dict[str, str]:
    """Marker -> code in ``epoch`` (sealed epochs need custody)."""
    if epoch >= 1 and epoch == current_epoch(vault):
        return current_codes(vault)
    row = vault.db.execute("SELECT key_id, sealed FROM code_epochs WHERE epoch = ?",
                           (epoch,)).fetchone()
    if row is None or row["sealed"] is None:
        return {}
    return dict(_unseal(custody, row["key_id"], row["sealed"])["codes"])


def all_code_markers(vault: Vault) -> dict[str, str]:
    """Code -> marker for every code the vault has known: pre-vault (epoch 0), past epochs
    and the current one. Custodians only (past epochs are sealed).

    Used to turn codes written into transcripts into marker tokens (``vault.markers``).
    """
    custody = vault.custody()
    mapping: dict[str, str] = {}
    for epoch in range(current_epoch(vault) + 1):
        for marker, code in _epoch_map(vault, custody, epoch).items():
            mapping.setdefault(code, marker)
    return mapping


def _marker_in_epoch(vault: Vault, custody: Custody, epoch: int, code: str) -> str | None:
    for marker, issued in _epoch_map(vault, custody, epoch).items():
        if issued in (code, code.upper()):
            return marker
    return None


# -- adding participants -------------------------------------------------------------------------

@dataclass(frozen=True)
class _NewEntry:
    identity: ParticipantIdentity
    legacy_code: str | None
    #: where it came from, as a message prefix: "" or "register.csv: row 3: "
    origin: str


def _clean_identity(name: str, *, email: str | None, aliases: Iterable[str], role: str | None,
                    consent_date: str | dt.date | None, where: str) -> ParticipantIdentity:
    clean_name = " ".join((name or "").split())
    if not clean_name:
        raise InputError(f"{where}empty name", hint="every participant needs a name")
    if len(clean_name) > _MAX_TEXT:
        raise InputError(f"{where}name is longer than {_MAX_TEXT} characters")
    clean_email = (email or "").strip() or None
    if clean_email is not None and not _EMAIL_RE.fullmatch(clean_email):
        raise InputError(f"{where}email is not an e-mail address",
                         hint="give an address like name@example.org, or leave it out")
    clean_aliases = tuple(dict.fromkeys(" ".join(a.split()) for a in aliases if a.strip()))
    clean_role = " ".join((role or "").split()) or None
    if clean_role is not None and len(clean_role) > _MAX_TEXT:
        raise InputError(f"{where}role is longer than {_MAX_TEXT} characters")
    if isinstance(consent_date, dt.date):
        clean_date: str | None = consent_date.isoformat()
    else:
        clean_date = (consent_date or "").strip() or None
        if clean_date is not None:
            try:
                clean_date = parse_date(clean_date, what="consent date").isoformat()
            except InputError as exc:
                raise InputError(f"{where}{exc.message}", hint=exc.hint) from exc
    return ParticipantIdentity(marker="", name=clean_name, aliases=clean_aliases,
                               email=clean_email, role=clean_role, consent_date=clean_date)


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
    """Parse a register CSV into new-participant entries (see :func:`import_register`)."""
    if not data.strip():
        raise InputError(f"{source}: file is empty",
                         hint="the first row must be the header name[,aliases,email,role,"
                              "consent_date,code]")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text",
                         hint="save the register as CSV UTF-8") from exc
    if "\x00" in text:
        raise InputError(f"{source}: not a text file", hint="export the register as CSV")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"{source}: file is empty") from exc
    if "name" not in header:
        raise InputError(f"{source}: no 'name' column",
                         hint="the first row must be the header name[,aliases,email,role,"
                              "consent_date,code]")
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        raise InputError(f"{source}: unknown column {unknown[0]!r}",
                         hint=f"allowed columns: {', '.join(CSV_COLUMNS)}")
    if len(set(header)) != len(header):
        raise InputError(f"{source}: a column appears twice in the header")
    entries: list[_NewEntry] = []
    seen: dict[str, dict[str, int]] = {"name": {}, "email": {}, "code": {}}
    try:
        rows = list(enumerate(reader, start=2))
    except csv.Error as exc:
        raise InputError(f"{source}: not a well-formed CSV file ({exc})") from exc
    for number, values in rows:
        if not any(v.strip() for v in values):
            continue  # a blank line
        if len(values) > len(header):
            raise InputError(f"{source}: row {number}: more fields than columns")
        row = dict(zip(header, values + [""] * (len(header) - len(values)), strict=True))
        where = f"{source}: row {number}: "
        identity = _clean_identity(row["name"], email=row.get("email"),
                                   aliases=(row.get("aliases") or "").split(";"),
                                   role=row.get("role"), consent_date=row.get("consent_date"),
                                   where=where)
        code = (row.get("code") or "").strip() or None
        if code is not None and not is_valid_marker(code):
            raise InputError(f"{where}'code' must be letters, digits, '_', '.' or '-' "
                             "(at most 64)")
        for what, key in [*_identity_keys(identity), ("code", code)]:
            if key is None:
                continue
            if key in seen[what]:
                raise InputError(f"{where}duplicate {what} (same as row {seen[what][key]})",
                                 hint="each participant appears once in the register")
            seen[what][key] = number
        entries.append(_NewEntry(identity, code, where))
    if not entries:
        raise InputError(f"{source}: no participants in the file",
                         hint="add one row per participant below the header")
    return entries


def _identity_keys(identity: ParticipantIdentity) -> list[tuple[str, str | None]]:
    """What must be unique in the register: the normalised name and the e-mail address."""
    return [("name", normalise_name(identity.name)),
            ("email", identity.email.casefold() if identity.email else None)]


def _register_entries(vault: Vault, entries: Sequence[_NewEntry], *, action: str,
                      rng: random.Random | None) -> list[str]:
    """Add ``entries`` to the register and issue their codes: one transaction, all or none."""
    custody = vault.custody()
    hasher = _code_hasher(custody)
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
        ledger = {r[0] for r in tx.execute("SELECT digest FROM code_ledger")}
        for entry in entries:
            if entry.legacy_code is not None:
                if hasher(entry.legacy_code) in ledger:
                    raise ParticipantError(
                        f"{entry.origin}its code was already issued or imported by this vault",
                        hint="codes in an import are kept for mapping only: clear that cell")
                ledger.add(hasher(entry.legacy_code))  # never issued to anyone else either
        epoch = _current_epoch(tx)
        if epoch == 0:
            scheme = policy_code_scheme(vault)
            epoch = 1
            tx.execute("INSERT INTO code_epochs(epoch, opened, scheme, participants) "
                       "VALUES (1, ?, ?, 0)", (utc_now(), scheme.to_json()))
        else:
            scheme = CodeScheme.from_json(tx.execute(
                "SELECT scheme FROM code_epochs WHERE epoch = ?", (epoch,)).fetchone()[0])
        new_codes = generate_codes(scheme, len(entries), is_taken=lambda c: hasher(c) in ledger,
                                   rng=rng)
        now = utc_now()
        added: list[ParticipantIdentity] = []
        for entry, code in zip(entries, new_codes, strict=True):
            marker = new_id("pt")
            added.append(replace(entry.identity, marker=marker))
            tx.execute("INSERT INTO participants(marker, created) VALUES (?, ?)", (marker, now))
            tx.execute("INSERT INTO participant_codes(marker, code) VALUES (?, ?)", (marker, code))
        tx.executemany("INSERT INTO code_ledger(digest, epoch) VALUES (?, ?)",
                       [(hasher(c), epoch) for c in new_codes])
        legacy = {p.marker: e.legacy_code
                  for p, e in zip(added, entries, strict=True) if e.legacy_code}
        if legacy:
            _add_legacy_codes(vault, tx, custody, legacy)
            tx.executemany("INSERT INTO code_ledger(digest, epoch) VALUES (?, 0)",
                           [(hasher(c),) for c in legacy.values()])
        _write_identities(vault, tx, [*identities, *added])
        tx.execute("UPDATE code_epochs SET participants = participants + ? WHERE epoch = ?",
                   (len(added), epoch))
        vault.audit.append(tx, action=action, outcome="ok",
                           details={"participants": len(added), "epoch": epoch,
                                    "legacy_codes": len(legacy)})
    return new_codes


def _add_legacy_codes(vault: Vault, tx: sqlite3.Connection, custody: Custody,
                      legacy: dict[str, str]) -> None:
    row = tx.execute("SELECT key_id, sealed FROM code_epochs WHERE epoch = 0").fetchone()
    known: dict[str, str] = {}
    if row is not None and row["sealed"] is not None:
        known = dict(_unseal(custody, row["key_id"], row["sealed"])["codes"])
    known.update(legacy)
    key_id, blob = _seal(vault, tx, {"epoch": 0, "codes": known})
    tx.execute("INSERT INTO code_epochs(epoch, opened, closed, scheme, participants, key_id, "
               "sealed) VALUES (0, ?, ?, '{}', ?, ?, ?) ON CONFLICT(epoch) DO UPDATE SET "
               "participants = excluded.participants, key_id = excluded.key_id, "
               "sealed = excluded.sealed", (utc_now(), utc_now(), len(known), key_id, blob))


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
                                        "epoch": _current_epoch(tx)})
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
    with vault.write() as tx:
        row = tx.execute("SELECT state, withdrawn FROM participants WHERE marker = ?",
                         (marker,)).fetchone()
        items = [r[0] for r in tx.execute("SELECT id FROM items WHERE participant_marker = ? "
                                          "AND state = 'present' ORDER BY id", (marker,))]
        if row["state"] == "withdrawn":
            if not purge:
                raise ParticipantError(f"participant {value} has already withdrawn "
                                       f"(on {row['withdrawn']})",
                                       hint="nothing to do; `--purge` destroys their raw data")
            when = row["withdrawn"]
        else:
            tx.execute("UPDATE participants SET state = 'withdrawn', withdrawn = ? "
                       "WHERE marker = ?", (when, marker))
            vault.audit.append(tx, action="participant.withdraw", outcome="ok", items=items,
                               details={"participant": marker, "date": when,
                                        "items": len(items)})
    certificate = None
    if purge:

        certificate = purge_participant(vault, marker)
    return WithdrawalResult(code=value, withdrawn=when, items=len(items), purged=purge,
                            certificate=certificate)


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
    hasher = _code_hasher(custody)
    db = vault.db
    # deleted rows (the old plaintext codes) are zeroed, not left in free pages
    db.execute("PRAGMA secure_delete = ON")
    with vault.locked():
        old = _current_epoch(db)
        rows = db.execute("SELECT marker, code FROM participant_codes ORDER BY marker").fetchall()
        if old == 0 or not rows:
            raise ParticipantError("no participants: there are no codes to rotate",
                                   hint="register participants first (`vault participant add`)")
        ledger = {r[0] for r in db.execute("SELECT digest FROM code_ledger")}
        fresh = generate_codes(scheme, len(rows), is_taken=lambda c: hasher(c) in ledger,
                               rng=rng)
        new = old + 1
        closing = {r["marker"]: r["code"] for r in rows}
        now = utc_now()
        with (vault.operation("rotate", {"from_epoch": old, "to_epoch": new}) as journal_id,
              vault.write() as tx):
            key_id, sealed = _seal(vault, tx, {"epoch": old, "codes": closing})
            note = None
            if reason and reason.strip():
                note = _seal(vault, tx, {"epoch": new, "reason": reason.strip()})[1]
            tx.execute("UPDATE code_epochs SET closed = ?, key_id = ?, sealed = ? "
                       "WHERE epoch = ?", (now, key_id, sealed, old))
            tx.execute("INSERT INTO code_epochs(epoch, opened, scheme, participants, key_id, "
                       "note) VALUES (?, ?, ?, ?, ?, ?)",
                       (new, now, scheme.to_json(), len(rows), key_id, note))
            tx.executemany("UPDATE participant_codes SET code = ? WHERE marker = ?",
                           [(code, r["marker"]) for code, r in zip(fresh, rows, strict=True)])
            tx.executemany("INSERT INTO code_ledger(digest, epoch) VALUES (?, ?)",
                           [(hasher(code), new) for code in fresh])
            vault.audit.append(tx, action="codes.rotate", outcome="ok",
                               details={"from_epoch": old, "to_epoch": new,
                                        "participants": len(rows),
                                        "reason_recorded": note is not None})
            vault.journal_finish(tx, journal_id)
    # drop old page images (with the old plaintext codes) from the write-ahead log
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return RotationResult(from_epoch=old, to_epoch=new, participants=len(rows), rotated_at=now)


@recovers("rotate")
def recover_rotation(vault: Vault, payload: dict[str, Any]) -> None:
    """Journal recovery for an interrupted rotation (called by ``Vault.open``, under the lock).

    The rotation's one transaction either committed — and removed its journal entry with it —
    or left no trace, so the old epoch is in force: check that it is complete and record the
    rollback. Idempotent.

    :raises StoreError: the epoch in force is incomplete (a damaged catalog, not a crash).
    """
    with vault.write() as tx:
        epoch = _current_epoch(tx)
        _check_epoch_complete(tx)
        outcome = "rolled-back" if epoch == payload.get("from_epoch") else "completed"
        vault.audit.append(tx, action="codes.rotate", outcome=outcome, custodian="-",
                           details={"from_epoch": payload.get("from_epoch"),
                                    "to_epoch": payload.get("to_epoch"), "epoch": epoch,
                                    "reason": "interrupted rotation recovered"})


def _check_epoch_complete(db: sqlite3.Connection) -> None:
    participants = db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    coded = db.execute("SELECT COUNT(*) FROM participant_codes").fetchone()[0]
    epoch = _current_epoch(db)
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
        held = _epoch_map(vault, custody, epoch).get(marker)
        if held is not None:
            history.append((epoch, held))
    with vault.write() as tx:
        vault.audit.append(tx, action="codes.history", outcome="ok",
                           details={"participant": marker, "epochs": len(history)})
    return history
