"""Where policies live, and the helpers every policy loader shares.

Each area has its own typed loader (``vault.anonymise.redaction_policy``, ``vault.retention.rules``,
``vault.anonymise.dataset``); they all read TOML with :func:`read_toml`, reject unknown keys with
:func:`reject_unknown`, and fail closed with :class:`vault.errors.PolicyError`.
"""
from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vault.errors import PolicyError


def default_policies_dir() -> Path:
    """The ``policies/`` directory shipped with the project (copied into every new vault)."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "policies", here / "default_policies"):
        if candidate.is_dir():
            return candidate
    raise PolicyError("default policies not found", hint="reinstall vault")


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a policy file; any problem is a :class:`PolicyError` naming the file (and line)."""
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except FileNotFoundError as exc:
        raise PolicyError(f"{path}: policy file not found",
                          hint="check the path, or restore it from the project's policies/") from exc
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: policy file is not UTF-8") from exc
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read policy file ({exc.strerror})") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{path}: invalid TOML: {exc}",
                          hint="fix the syntax at the line named above") from exc


def reject_unknown(path: Path, where: str, data: dict[str, Any], allowed: Iterable[str]) -> None:
    """Raise :class:`PolicyError` for keys not in ``allowed`` (typos surface, never ignored)."""
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise PolicyError(f"{path}: unknown key {unknown[0]!r} in {where}",
                          hint=f"allowed keys: {', '.join(sorted(allowed))}")


def file_sha256(path: Path) -> str:
    """SHA-256 of a policy file, as recorded in certificates and release manifests."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
