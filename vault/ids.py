"""Random, non-identifying ids for items, holds, certificates and keys.

An id is a short type prefix and 48 random bits, such as ``it_3f9c0a1b2d4e``: it says what kind
of record it names and nothing about whom. Every module that mints ids uses :func:`new_id`::

    item_id = new_id("it")
"""
from __future__ import annotations

import secrets

__all__ = ["new_id"]


def new_id(prefix: str) -> str:
    """A random, non-identifying id such as ``it_3f9c0a1b2d4e``."""
    return f"{prefix}_{secrets.token_hex(6)}"
