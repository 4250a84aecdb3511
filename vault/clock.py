"""The vault's clock and dates: UTC timestamps for the catalog and ``YYYY-MM-DD`` dates.

Every timestamp the vault stores is :func:`utc_now` (ISO 8601, seconds, ``Z``); every date a
command or a register accepts goes through :func:`parse_date`, so one wording covers them all::

    created = utc_now()                      # "2026-03-02T10:15:00Z"
    due = utc_today() + dt.timedelta(days=90)
    parse_date("2026-03-31", what="--as-of")
"""
from __future__ import annotations

import datetime as dt

from vault.errors import InputError

__all__ = ["parse_date", "utc_now", "utc_today"]


def utc_now() -> str:
    """Current UTC time, ISO 8601 with seconds and a ``Z``."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def utc_today() -> dt.date:
    """Today's date in UTC."""
    return dt.datetime.now(dt.UTC).date()


def parse_date(value: str, *, what: str = "date") -> dt.date:
    """A ``YYYY-MM-DD`` date.

    :raises InputError: anything else.
    """
    try:
        if len(value) != 10:
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"{what} {value!r} is not a date", hint="use YYYY-MM-DD") from exc
