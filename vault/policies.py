"""Policy files: where they live, and the one reader every policy loader shares.

A vault's ``policies/`` holds four kinds of TOML policy, each with its own typed loader: the
retention rules (:mod:`vault.retention.rules`), the redaction policy
(:mod:`vault.anonymise.redaction_policy`), the participant-code scheme
(:mod:`vault.codes.scheme`) and dataset schemas (:mod:`vault.anonymise.dataset`). Each reads its
file with :func:`read_policy` into a :class:`PolicyDocument` and reports every problem through
it, so that all four fail closed with one :class:`~vault.errors.PolicyError` wording — the file
and the line of the bad key, the allowed keys, and a "did you mean"::

    doc = read_policy(path, what="retention policy", missing_hint="copy policies/retention.toml …")
    doc.reject_unknown(doc.data, ("version", "require_approval", "classes"))
    version = doc.require_version(frozenset({1}))
    # retention.toml:7: unknown key 'perod' in [classes.audio] (did you mean 'period'?)
    # hint: remove it; allowed keys: period, anchor

A message names keys and tables, never values a policy may hold beyond its own vocabulary.
"""
from __future__ import annotations

import difflib
import hashlib
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.errors import PolicyError

__all__ = ["PolicyDocument", "default_policies_dir", "file_sha256", "parse_policy",
           "policy_from_mapping", "read_policy", "suggest"]


def default_policies_dir() -> Path:
    """The ``policies/`` directory shipped with the project (copied into every new vault)."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "policies", here / "default_policies"):
        if candidate.is_dir():
            return candidate
    raise PolicyError("default policies not found", hint="reinstall vault")


def file_sha256(path: Path) -> str:
    """SHA-256 of a policy file, as recorded in certificates and release manifests."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def suggest(name: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices``, or ``""``."""
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def read_policy(path: Path, *, what: str, missing_hint: str) -> PolicyDocument:
    """Read and parse a policy file.

    :param what: the policy's name in messages ("retention policy", "dataset schema").
    :param missing_hint: what to do when the file does not exist.
    :raises PolicyError: missing, unreadable, not UTF-8, or not TOML (naming file and line).
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise PolicyError(f"{path}: {what} not found", hint=missing_hint) from exc
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read {what} "
                          f"({exc.strerror or type(exc).__name__})") from exc
    return parse_policy(raw, source=str(path), what=what)


def parse_policy(raw: bytes, *, source: str, what: str) -> PolicyDocument:
    """Parse policy bytes held in memory (a file's content, or a copy kept in the vault).

    :param source: the file name (or another label) messages start with.
    :raises PolicyError: not UTF-8, or not TOML (the TOML error names the line).
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{source}: {what} is not UTF-8", hint="save the file as UTF-8") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{source}: invalid TOML: {exc}",
                          hint="fix the syntax at the line named above") from exc
    return PolicyDocument(source=source, what=what, data=data, text=text, raw=raw)


def policy_from_mapping(data: Mapping[str, Any], *, source: str, what: str) -> PolicyDocument:
    """A policy already parsed (no text: messages then carry no line numbers)."""
    return PolicyDocument(source=source, what=what, data=dict(data))


@dataclass(frozen=True)
class PolicyDocument:
    """A parsed policy file, and the one way its loader reports what is wrong with it.

    Tables are named as in TOML (``classes.audio``); the *n*-th ``[[columns]]`` table is
    ``columns[n]`` (0-based). ``label`` arguments override how a table is shown in a message
    (default ``[table]``).
    """

    #: the file (or label) every message starts with
    source: str
    #: the policy's name in messages
    what: str
    data: dict[str, Any]
    #: the TOML text, for line numbers ("" when built from a mapping)
    text: str = ""
    #: the exact bytes parsed ("" when built from a mapping)
    raw: bytes = b""

    @property
    def sha256(self) -> str:
        """SHA-256 of the bytes parsed."""
        return hashlib.sha256(self.raw).hexdigest()

    # -- locating --------------------------------------------------------------------------------
    def line(self, table: str = "", key: str | None = None) -> int | None:
        """1-based line of ``key`` in ``table`` (or of the table itself), if it can be found.

        Understands ``[a.b]`` and ``[[a]]`` headers, ``key = …`` lines, dotted and quoted keys
        and one-line inline tables — enough to point a person at the right line. Falls back to
        the table's header when the key is not written out; ``None`` when nothing is found.
        """
        return _line_of(self.text, table, key) if self.text else None

    def error(self, message: str, *, table: str = "", key: str | None = None,
              hint: str | None = None, line: int | None = None) -> PolicyError:
        """A :class:`PolicyError` ``<file>:<line>: <message>``, the line found from table/key."""
        found = line if line is not None else self.line(table, key)
        location = f"{self.source}:{found}" if found is not None and self.text else self.source
        return PolicyError(f"{location}: {message}", hint=hint)

    # -- the common checks -----------------------------------------------------------------------
    def reject_unknown(self, data: Mapping[str, Any], allowed: Sequence[str], *,
                       table: str = "", label: str | None = None) -> None:
        """Refuse keys not in ``allowed`` (typos surface, never ignored).

        :raises PolicyError: ``unknown key 'x' in [table] (did you mean 'y'?)``.
        """
        for key in data:
            if key not in allowed:
                raise self.error(f"unknown key {key!r} {self.at(table, label)}"
                                 f"{suggest(str(key), allowed)}", table=table, key=str(key),
                                 hint=f"remove it; allowed keys: {', '.join(allowed)}")

    def require_version(self, supported: frozenset[int]) -> int:
        """The policy's ``version``, one this loader reads.

        :raises PolicyError: missing, or a version this loader does not read.
        """
        if "version" not in self.data:
            raise self.error("missing 'version'", line=1,
                             hint=f"add `version = {max(supported)}` at the top of the file")
        version = self.data["version"]
        if isinstance(version, bool) or not isinstance(version, int) or version not in supported:
            raise self.error(f"unsupported policy version {version!r}", key="version",
                             hint=f"use version = {max(supported)}, or upgrade vault")
        return version

    def missing(self, key: str, *, table: str = "", label: str | None = None,
                hint: str) -> PolicyError:
        """``missing 'key'`` at the top level, ``[table] has no 'key'`` inside a table."""
        if not table:
            return self.error(f"missing {key!r}", hint=hint)
        return self.error(f"{label or f'[{table}]'} has no {key!r}", table=table, hint=hint)

    def invalid(self, key: str, what: str, *, table: str = "", label: str | None = None,
                hint: str | None = None) -> PolicyError:
        """``key must be …`` at the top level, ``key in [table] must be …`` inside a table."""
        where = f" in {label or f'[{table}]'}" if table else ""
        return self.error(f"{key}{where} {what}", table=table, key=key, hint=hint)

    def unknown_value(self, kind: str, value: Any, choices: Sequence[str], *, key: str,
                      table: str = "", label: str | None = None) -> PolicyError:
        """``unknown <kind> 'x' in [table] (did you mean 'y'?)``, listing the choices."""
        shown = value if isinstance(value, str) else repr(value)
        return self.error(f"unknown {kind} {shown!r} {self.at(table, label)}"
                          f"{suggest(str(value), choices)}", table=table, key=key,
                          hint=f"use one of: {', '.join(choices)}")

    @staticmethod
    def at(table: str, label: str | None = None) -> str:
        """``at the top level`` or ``in [table]``."""
        return f"in {label or f'[{table}]'}" if table else "at the top level"


_HEADER_RE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_ARRAY_HEADER_RE = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]\s*(?:#.*)?$")
_KEY_RE = re.compile(r'^\s*("?)([A-Za-z0-9_.\-]+)\1\s*=')


def _line_of(text: str, table: str, key: str | None) -> int | None:
    def join(prefix: str, name: str) -> str:
        return f"{prefix}.{name}" if prefix else name

    arrays: dict[str, int] = {}

    def resolve(name: str) -> str:
        """``a.b`` with the current element index of every array-of-tables prefix."""
        parts = re.sub(r"\s*\.\s*", ".", name).replace('"', "").split(".")
        out = ""
        for part in parts:
            plain = join(re.sub(r"\[\d+\]", "", out), part)
            out = join(out, part)
            if plain in arrays:
                out += f"[{arrays[plain]}]"
        return out

    current = ""
    table_line: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        array = _ARRAY_HEADER_RE.match(line)
        header = None if array else _HEADER_RE.match(line)
        if array or header:
            if array:
                name = re.sub(r"\s*\.\s*", ".", array.group(1)).replace('"', "")
                arrays[name] = arrays.get(name, -1) + 1
                current = resolve(name)
            else:
                assert header is not None
                current = resolve(header.group(1))
            if key is not None and current == join(table, key):
                return number  # the key is itself a table: [entities.PERSON]
            if current == table and table_line is None:
                table_line = number
                if key is None:
                    return number
            continue
        found = _KEY_RE.match(line)
        if not found:
            continue
        full = join(current, found.group(2))
        inside = full == table or table.startswith(f"{full}.")
        if key is None:
            if full == table or (inside and re.search(
                    rf"\b{re.escape(table.rpartition('.')[2])}\s*=", line)):
                return number
        elif full == join(table, key):
            return number
        elif inside and re.search(rf"\b{re.escape(key)}\s*=", line):
            return number  # inline table: `audio = { period = "P3M", … }` under [classes]
    return table_line
