"""The participant register: its one CSV format, and the register as the anonymiser sees it.

**One format, one parser.** Every command that reads a register — ``vault participant import``,
``vault anonymise text --register``, what ``vault sample`` writes and the bench corpora's
registers — reads it with :func:`parse_register_csv`. Columns, in any order, named in the
first row (case and surrounding spaces ignored):

====================  ==========================================================================
``name``              required: the participant's full name
``code``              the study's code for them; letters, digits, spaces, ``_ . -`` (at most
                      64), so legacy codes with a space ("PJ 1", the seed study's style) are
                      accepted. Inside a vault it is kept encrypted for mapping only; outside a
                      vault it is what redacted text shows, so ``anonymise text`` needs it
``aliases``           ``;``-separated nicknames and other names
``email``             an e-mail address
``role``              free text (the vault keeps it; the anonymiser does not use it)
``consent_date``      ``YYYY-MM-DD``
====================  ==========================================================================

Optional columns may be left out or left empty. Errors name the file, the row number and the
column, never a value a row holds (DESIGN.md invariant 3)::

    rows = parse_register_csv(data, "register.csv")      # [RegisterRow], validated
    register = Register.from_csv(Path("register.csv"))   # what the anonymiser needs
    anonymiser.redact(text, register=register)

In a vault the register comes from the encrypted catalog (:func:`vault.participants.load_register`,
markers are internal ids). Without a vault, :meth:`Register.from_csv` builds it from the file: the
``code`` column is what redacted text renders, and it doubles as the marker when it can be one
(a code with a space gets a marker of its own).
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from vault.clock import parse_date
from vault.errors import InputError
from vault.markers import is_valid_marker

__all__ = ["COLUMNS", "HashedNames", "Register", "RegisterEntry", "RegisterRow", "clean_person",
           "is_valid_code", "normalise_code", "normalise_name", "parse_register_csv"]

#: the columns a register CSV may have, in any order; only ``name`` is required
COLUMNS = ("name", "code", "aliases", "email", "role", "consent_date")
_HEADER_HINT = "the first row must be the header name[,aliases,email,role,consent_date,code]"
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_CODE_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_. \-]{0,62}[A-Za-z0-9_.\-])?")
_MAX_TEXT = 200


def normalise_name(name: str) -> str:
    """The comparison key of a person's name: NFKC, casefolded, straight apostrophes, one space."""
    value = unicodedata.normalize("NFKC", name).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(value.split()).casefold()


def normalise_code(code: str) -> str:
    """A code as written, surrounding spaces removed and inner runs of whitespace made one space."""
    return " ".join(code.split())


def is_valid_code(code: str) -> bool:
    """Whether ``code`` (normalised) is a participant code: 1-64 letters, digits, spaces and
    ``_ . -``, starting and ending with a letter, digit or one of ``_ . -``."""
    return bool(_CODE_RE.fullmatch(code))


@dataclass(frozen=True)
class RegisterRow:
    """One validated row of a register CSV (identifying: never print or log it)."""

    name: str
    code: str | None = None
    aliases: tuple[str, ...] = ()
    email: str | None = None
    role: str | None = None
    #: ``YYYY-MM-DD``
    consent_date: str | None = None
    #: where it came from, as a message prefix: ``""`` or ``"register.csv: row 3: "``
    where: str = ""

    def __repr__(self) -> str:  # identities stay out of logs and tracebacks
        return f"RegisterRow({self.where.rstrip(': ') or 'row'})"


def clean_person(name: str, *, code: str | None = None, email: str | None = None,
                 aliases: Iterable[str] = (), role: str | None = None,
                 consent_date: str | dt.date | None = None, where: str = "") -> RegisterRow:
    """Validate and normalise one participant's fields (a CSV row, or ``participant add``).

    :param where: the message prefix naming the row (``"register.csv: row 3: "``).
    :raises InputError: empty, letterless or over-long name or role, a malformed e-mail address, code or
        consent date (the message names the field, never its value — except a date's).
    """
    clean_name = " ".join((name or "").split())
    if not clean_name:
        raise InputError(f"{where}empty name", hint="every participant needs a name")
    if not any(ch.isalpha() for ch in clean_name):
        # "-" or "?" as a placeholder: it would match nothing, and the participant's name
        # would go unprotected by the register without a word said
        raise InputError(f"{where}name has no letters",
                         hint="give the participant's name as it is written")
    if len(clean_name) > _MAX_TEXT:
        raise InputError(f"{where}name is longer than {_MAX_TEXT} characters")
    clean_code = normalise_code(code or "") or None
    if clean_code is not None and not is_valid_code(clean_code):
        raise InputError(f"{where}'code' must be letters, digits, spaces, '_', '.' or '-' "
                         "(at most 64)", hint="legacy codes such as \"PJ 1\" are fine")
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
    return RegisterRow(name=clean_name, code=clean_code, aliases=clean_aliases,
                       email=clean_email, role=clean_role, consent_date=clean_date, where=where)


def _text_of(data: bytes, source: str) -> str:
    if not data.strip():
        raise InputError(f"{source}: file is empty", hint=_HEADER_HINT)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text",
                         hint="save the register as CSV UTF-8") from exc
    if "\x00" in text:
        raise InputError(f"{source}: not a text file", hint="export the register as CSV")
    return text


def parse_register_csv(data: bytes, source: str = "register.csv", *,
                       require_code: bool = False) -> list[RegisterRow]:
    """Parse and validate a register CSV (see the module docstring for its columns).

    :param data: the file's bytes (UTF-8, with or without a byte-order mark).
    :param source: the file name, for messages.
    :param require_code: every row must have a code (a register used outside a vault).
    :raises InputError: empty file, not UTF-8, no ``name`` column (or no ``code`` column with
        ``require_code``), an unknown or repeated column, no rows, a bad row (the message
        names the row and the column), or a name, e-mail or code twice in the file.
    """
    reader = csv.reader(io.StringIO(_text_of(data, source), newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"{source}: file is empty", hint=_HEADER_HINT) from exc
    if "name" not in header:
        raise InputError(f"{source}: no 'name' column", hint=_HEADER_HINT)
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise InputError(f"{source}: unknown column {unknown[0]!r}",
                         hint=f"allowed columns: {', '.join(COLUMNS)}")
    if len(set(header)) != len(header):
        raise InputError(f"{source}: a column appears twice in the header")
    if require_code and "code" not in header:
        raise InputError(f"{source}: no 'code' column",
                         hint="outside a vault, redacted text shows each participant's code: "
                              "add a code column")
    rows: list[RegisterRow] = []
    seen: dict[str, dict[str, int]] = {"name": {}, "email": {}, "code": {}}
    try:
        numbered = list(enumerate(reader, start=2))
    except csv.Error as exc:
        raise InputError(f"{source}: not a well-formed CSV file ({exc})") from exc
    for number, values in numbered:
        if not any(v.strip() for v in values):
            continue  # a blank line
        if len(values) > len(header):
            raise InputError(f"{source}: row {number}: more fields than columns")
        cells = dict(zip(header, values + [""] * (len(header) - len(values)), strict=True))
        where = f"{source}: row {number}: "
        row = clean_person(cells["name"], code=cells.get("code"), email=cells.get("email"),
                           aliases=(cells.get("aliases") or "").split(";"),
                           role=cells.get("role"), consent_date=cells.get("consent_date"),
                           where=where)
        if require_code and row.code is None:
            raise InputError(f"{where}empty code",
                             hint="outside a vault, every participant needs the code their "
                                  "redacted text shows")
        for what, key in (("name", normalise_name(row.name)),
                          ("email", row.email.casefold() if row.email else None),
                          ("code", row.code.casefold() if row.code else None)):
            if key is None:
                continue
            if key in seen[what]:
                raise InputError(f"{where}duplicate {what} (same as row {seen[what][key]})",
                                 hint="each participant appears once in the register")
            seen[what][key] = number
        rows.append(row)
    if not rows:
        raise InputError(f"{source}: no participants in the file",
                         hint="add one row per participant below the header")
    return rows


@dataclass(frozen=True)
class RegisterEntry:
    """One participant: their internal marker, real name, public code, aliases and email."""

    marker: str
    name: str
    code: str
    aliases: tuple[str, ...] = ()
    email: str | None = None

    def __repr__(self) -> str:  # identities stay out of logs and tracebacks
        return f"RegisterEntry(marker={self.marker!r}, code={self.code!r})"


def _marker_for(code: str, taken: set[str]) -> str:
    """The code itself when it can be a marker token, else a marker made from it."""
    marker = code if is_valid_marker(code) else re.sub(r"[^A-Za-z0-9_.\-]", "_", code)[:60]
    base, n = marker, 1
    while marker in taken:
        n += 1
        marker = f"{base}.{n}"
    taken.add(marker)
    return marker


@dataclass(frozen=True)
class HashedNames:
    """Names of participants whose identity was erased from the register (a withdrawal with
    --purge), kept only as keyed hashes so the redactor still recognises them in other
    people's transcripts: ``hasher`` maps a normalised term (:func:`normalise_name`) to its
    keyed hash; ``terms`` pairs each hash with the participant's marker."""

    hasher: Callable[[str], str]
    terms: tuple[tuple[str, str], ...] = ()

    def __repr__(self) -> str:
        return f"HashedNames({len(self.terms)} terms)"


@dataclass(frozen=True)
class Register:
    """The participants to find in transcripts."""

    entries: tuple[RegisterEntry, ...] = ()
    #: erased participants' names, as keyed hashes only (None: there are none)
    hashed: HashedNames | None = None

    def __repr__(self) -> str:
        return f"Register({len(self.entries)} entries)"

    def version(self, secret: bytes) -> str:
        """The register's version as redaction sees it: a keyed hash (HMAC-SHA256 under
        ``secret``, 64 bits) of every entry's marker, name, aliases and e-mail address.

        Codes are left out on purpose: a code rotation changes no redaction (codes are rendered
        late), so it must not make transcripts stale; adding a participant or an alias does.
        """
        doc = sorted([e.marker, normalise_name(e.name), sorted(normalise_name(a) for a in e.aliases),
                      (e.email or "").casefold()] for e in self.entries)
        return hmac.new(secret, b"vault-register-version-v1\x00" + json.dumps(
            doc, ensure_ascii=False).encode("utf-8"), hashlib.sha256).hexdigest()[:16]

    @classmethod
    def from_csv(cls, path_or_text: Path | str | bytes) -> Register:
        """Read a register CSV for use outside a vault (:func:`parse_register_csv`, every row
        with a code).

        :param path_or_text: a path, the CSV text itself (a ``str`` holding a newline), or bytes.
        :raises InputError: unreadable file, or what :func:`parse_register_csv` raises.
        """
        label = "register"
        if isinstance(path_or_text, bytes):
            raw = path_or_text
        elif isinstance(path_or_text, str) and "\n" in path_or_text:
            raw = path_or_text.encode("utf-8")
        else:
            path = Path(path_or_text)
            label = str(path)
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise InputError(f"{label}: cannot read register "
                                 f"({exc.strerror or type(exc).__name__})",
                                 hint="pass --register with an existing CSV file") from exc
        rows = parse_register_csv(raw, label, require_code=True)
        taken: set[str] = set()
        return cls(tuple(RegisterEntry(marker=_marker_for(str(r.code), taken), name=r.name,
                                       code=str(r.code), aliases=r.aliases, email=r.email)
                         for r in rows))
