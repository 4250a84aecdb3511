"""Shared CLI plumbing: the context object, output helpers, common options."""
from __future__ import annotations

import json as _json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import click

from vault.errors import StoreError
from vault.operations import open_vault

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class App:
    """What every command can reach through ``click.get_current_context().obj``."""

    vault_path: Path | None = None
    debug: bool = False
    json: bool = False
    _vault: Any = field(default=None, repr=False)

    def vault_root(self) -> Path:
        """The vault directory: --vault, else VAULT_DIR, else the nearest ancestor with vault.toml."""
        if self.vault_path is not None:
            return self.vault_path
        env = os.environ.get("VAULT_DIR")
        if env:
            return Path(env)
        here = Path.cwd().resolve()
        for candidate in (here, *here.parents):
            if (candidate / "vault.toml").is_file():
                return candidate
        raise StoreError("no vault found here or in any parent directory",
                         hint="pass --vault PATH, set VAULT_DIR, or run `vault init DIR --study NAME`")

    def open_vault(self) -> Any:
        """Open (and recover) the vault once per command."""
        if self._vault is None:

            self._vault = open_vault(self.vault_root())
        return self._vault


def get_app() -> App:
    ctx = click.get_current_context()
    app = ctx.find_object(App)
    if app is None:  # a command invoked outside the group (tests calling a subcommand directly)
        app = App()
        ctx.obj = app
    return app


def _set_json(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    if value:
        app = ctx.find_object(App)
        if app is None:
            app = App()
            ctx.obj = app
        app.json = True
    return value


def json_option(func: F) -> F:
    """``--json`` on a listing command (same meaning as the global ``vault --json``)."""
    return click.option("--json", "json_", is_flag=True, expose_value=False, callback=_set_json,
                        is_eager=True, help="Print machine-readable JSON instead of text.")(func)


def emit(data: Any, text: str | Callable[[], str]) -> None:
    """Print ``data`` as JSON when --json is on, else the human text."""
    if get_app().json:
        click.echo(_json.dumps(data, indent=2, sort_keys=True, default=str))
    else:
        click.echo(text() if callable(text) else text)


def is_interactive() -> bool:
    return sys.stdin.isatty()
