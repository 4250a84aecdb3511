"""Parameter types every command shares: one date, one file mode, closed sets named.

A value on the command line is checked where click parses it, so a bad one is a usage error
(exit 2) that names what is allowed, before any vault is opened::

    @click.option("--as-of", type=DATE)                 # YYYY-MM-DD, via vault.clock
    @click.option("--class", type=choice(DATA_CLASSES))  # "'x' is not one of 'audio', …"
    @mode_option                                         # --mode 640 for what a command writes

Dates go through :func:`vault.clock.parse_date` — the parser registers and policies use too —
so every date is read, and refused, the same way.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from vault.clock import parse_date
from vault.errors import InputError
from vault.files import FILE_MODE

F = TypeVar("F", bound=Callable[..., Any])

#: the one wording of a bad date, on the command line as in files (see vault.clock)
DATE_HINT = "use YYYY-MM-DD"


class DateType(click.ParamType[dt.date]):
    """A calendar date written ``YYYY-MM-DD`` (nothing else: not ``20260301``, not a time)."""

    name = "date"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value))
        except InputError:
            self.fail(f"{str(value)!r} is not a date — {DATE_HINT}", param, ctx)


#: ``type=DATE`` for every date option and argument
DATE = DateType()


def choice(values: Sequence[str]) -> click.Choice[str]:
    """A closed set: anything else is refused (exit 2) with every valid value named."""
    return click.Choice(list(values), case_sensitive=True)


class RegexType(click.ParamType[str]):
    """A regular expression (Python syntax), checked when parsed; the pattern is kept a str."""

    name = "regex"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "REGEX"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        try:
            re.compile(str(value))
        except re.error as exc:
            self.fail(f"{str(value)!r} is not a regular expression ({exc.msg})", param, ctx)
        return str(value)


#: ``type=REGEX`` for an option taking a pattern
REGEX = RegexType()

_OCTAL = re.compile(r"(?:0o?)?([0-7]{3})")


class FileModeType(click.ParamType[int]):
    """Permission bits in octal (``600``, ``0640``): what the files a command writes get."""

    name = "mode"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "MODE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        if isinstance(value, int):
            mode = value
        else:
            match = _OCTAL.fullmatch(str(value).strip())
            if match is None:
                self.fail(f"{str(value)!r} is not a file mode — give three octal digits, "
                          "e.g. 600 or 640", param, ctx)
            mode = int(match.group(1), 8)
        if mode & 0o600 != 0o600:
            self.fail(f"{mode:03o} leaves you unable to read or write what you wrote — the "
                      "owner needs 6 (read and write), e.g. 600 or 640", param, ctx)
        return mode


#: ``type=FILE_MODE_TYPE`` for ``--mode``
FILE_MODE_TYPE = FileModeType()


def mode_option(func: F) -> F:
    """``--mode MODE`` on a command that writes files for people outside the vault."""
    return click.option(
        "--mode", "mode", type=FILE_MODE_TYPE, default=f"{FILE_MODE:o}", show_default=True,
        help="Permissions of the files written (octal); their directories get the same plus "
             "x where readable (600 -> 700, 640 -> 750). The default keeps them yours alone: "
             "they hold participants' words.")(func)
