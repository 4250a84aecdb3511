"""What a validation run needs besides the dataset schema: participant codes, register names.

A :class:`ValidationPolicy` is plain data, built by the caller from the vault (the current code
epoch's codes, the register's names) or, outside a vault, from files given on the command line.
Suites are generated from a :class:`~vault.anonymise.dataset.DatasetSchema` plus this policy
(:func:`vault.validate.suites.build_suite`).

``resolve_schema_path`` maps ``vault validate --suite NAME`` to a schema file.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vault.errors import PolicyError

__all__ = ["IDENTIFIER_KINDS", "ValidationPolicy", "read_lines", "resolve_schema_path"]

#: identifier kinds scanned in every string column (``register-name`` is added when the policy
#: carries names)
IDENTIFIER_KINDS: tuple[str, ...] = ("email", "uk-phone", "nhs-number", "uk-postcode",
                                     "participant-marker")


@dataclass(frozen=True)
class ValidationPolicy:
    """Inputs to the checks that do not come from the dataset schema.

    :param current_codes: the participant codes of the current epoch; ``None`` when unknown
        (then a schema with a participant column is refused, fail closed).
    :param code_regex: the format every participant code must match (full match).
    :param register_names: names (and nicknames) from the participant register; scanned for
        in every string column. Never written to reports.
    :param identifier_kinds: the fixed identifier scans to run.
    """

    current_codes: frozenset[str] | None = None
    code_regex: str | None = None
    register_names: tuple[str, ...] = field(default=(), repr=False)
    identifier_kinds: tuple[str, ...] = IDENTIFIER_KINDS

    def __post_init__(self) -> None:
        if self.code_regex is not None:
            try:
                re.compile(self.code_regex)
            except re.error as exc:
                raise PolicyError(f"participant code format is not a valid regex ({exc.msg})"
                                  ) from exc
        unknown = set(self.identifier_kinds) - set(IDENTIFIER_KINDS)
        if unknown:
            raise PolicyError(f"unknown identifier kind {min(unknown)!r}",
                              hint="use: " + ", ".join(IDENTIFIER_KINDS))

    @classmethod
    def of(cls, *, current_codes: Iterable[str] | None = None, code_regex: str | None = None,
           register_names: Iterable[str] = ()) -> ValidationPolicy:
        """Convenience constructor accepting any iterables."""
        return cls(current_codes=None if current_codes is None else frozenset(current_codes),
                   code_regex=code_regex, register_names=tuple(register_names))


def resolve_schema_path(name: str, policies_dirs: Iterable[Path]) -> Path:
    """The schema file for ``--suite NAME``: ``<dir>/datasets/NAME.toml`` in the first dir.

    :raises PolicyError: the name is not a plain name, or no directory holds the schema.
    """
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", name) or name.startswith("."):
        raise PolicyError(f"suite name {name!r} is not a plain name",
                          hint="use a schema name such as `survey`, or --schema FILE")
    tried = []
    for base in policies_dirs:
        candidate = Path(base) / "datasets" / f"{name}.toml"
        if candidate.is_file():
            return candidate
        tried.append(str(candidate))
    raise PolicyError(f"no dataset schema named {name!r} (looked in: {', '.join(tried)})",
                      hint="pass --schema FILE, or add policies/datasets/<name>.toml")


def read_lines(path: Path, *, what: str) -> list[str]:
    """Non-empty, stripped lines of a text file (codes or names), ``#`` comments skipped.

    :raises PolicyError: missing or unreadable file.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PolicyError(f"{path}: {what} file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: {what} file unreadable") from exc
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
