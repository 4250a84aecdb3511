"""The participant register as the anonymiser sees it: who to find, and whose marker they get.

In a vault the register comes from the encrypted catalog (markers are internal ids). Without a
vault, a ``register.csv`` gives the same information, and the ``code`` column doubles as the
marker so redacted text renders straight to codes::

    register = Register.from_csv(Path("register.csv"))   # name,code[,aliases][,email]
    anonymiser.redact(text, register=register)

Errors name the row number and column, never a value (DESIGN.md invariant 3).
"""
from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vault.errors import InputError
from vault.markers import is_valid_marker

__all__ = ["HashedNames", "Register", "RegisterEntry", "normalise_name"]

_REQUIRED = ("name", "code")
_OPTIONAL = ("aliases", "email")


def normalise_name(name: str) -> str:
    """The comparison key of a person's name: NFKC, casefolded, straight apostrophes, one space."""
    value = unicodedata.normalize("NFKC", name).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(value.split()).casefold()


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

    @classmethod
    def from_csv(cls, path_or_text: Path | str | bytes) -> Register:
        """Read a register CSV: columns ``name,code[,aliases][,email]`` (aliases ``;``-separated).

        :param path_or_text: a path, the CSV text itself (a ``str`` holding a newline), or bytes.
        :raises InputError: unreadable file, not UTF-8, missing column, empty or duplicate
            name/code, or a code that cannot serve as a marker (the message gives the row number).
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
                raise InputError(f"{label}: cannot read register ({exc.strerror or type(exc).__name__})",
                                 hint="pass --register with an existing CSV file") from exc
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{label}: register is not UTF-8 text",
                             hint="save the register as CSV UTF-8") from exc
        if "\x00" in text:
            raise InputError(f"{label}: register is not a text file")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        if not header:
            raise InputError(f"{label}: register is empty",
                             hint="the first row must be the header name,code[,aliases][,email]")
        reader.fieldnames = header
        for column in _REQUIRED:
            if column not in header:
                raise InputError(f"{label}: register has no {column!r} column",
                                 hint="the first row must be the header name,code[,aliases][,email]")
        unknown = [h for h in header if h not in _REQUIRED + _OPTIONAL]
        if unknown:
            raise InputError(f"{label}: register has an unknown column {unknown[0]!r}",
                             hint="allowed columns: name, code, aliases, email")
        entries: list[RegisterEntry] = []
        names: dict[str, int] = {}
        codes: dict[str, int] = {}
        for row_number, row in enumerate(reader, start=2):
            if None in row:
                raise InputError(f"{label}: row {row_number}: more fields than columns")
            name = " ".join((row.get("name") or "").split())
            code = (row.get("code") or "").strip()
            if not name and not code and not any((v or "").strip() for v in row.values()):
                continue  # a blank line
            if not name:
                raise InputError(f"{label}: row {row_number}: empty 'name'")
            if not code:
                raise InputError(f"{label}: row {row_number}: empty 'code'")
            if not is_valid_marker(code):
                raise InputError(f"{label}: row {row_number}: 'code' must be letters, digits, "
                                 "'_', '.' or '-' (at most 64)")
            key = normalise_name(name)
            if key in names:
                raise InputError(f"{label}: row {row_number}: duplicate name "
                                 f"(same as row {names[key]})")
            if code in codes:
                raise InputError(f"{label}: row {row_number}: duplicate code "
                                 f"(same as row {codes[code]})")
            names[key] = row_number
            codes[code] = row_number
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
            email = (row.get("email") or "").strip() or None
            entries.append(RegisterEntry(marker=code, name=name, code=code,
                                         aliases=aliases, email=email))
        return cls(tuple(entries))
