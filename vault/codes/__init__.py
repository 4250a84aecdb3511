"""Participant codes: what a public code looks like, and which participant holds which code when.

Two modules, two concepts:

* :mod:`vault.codes.scheme` — the code scheme (``policies/codes.toml``) and code generation;
  pure functions, no vault needed. Its API is re-exported here::

      from vault.codes import load_code_scheme, generate_codes
      scheme = load_code_scheme(vault.policies_dir / "codes.toml")

* :mod:`vault.codes.epochs` — code epochs in a vault: the current codes, the ledger of every
  code ever issued, rotation to fresh codes (journaled as ``rotate``) and code history::

      from vault.codes.epochs import current_codes, resolve_code, rotate_codes
"""
from __future__ import annotations

from vault.codes.scheme import (
    DEFAULT_SCHEME,
    CodeScheme,
    generate_codes,
    load_code_scheme,
    parse_code_scheme,
    render_code,
)

__all__ = [
    "DEFAULT_SCHEME",
    "CodeScheme",
    "generate_codes",
    "load_code_scheme",
    "parse_code_scheme",
    "render_code",
]
