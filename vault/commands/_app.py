"""Shared CLI plumbing: the context object, custody, output helpers, common options."""
from __future__ import annotations

import contextlib
import json as _json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import click

from vault import keys
from vault.errors import CustodyError, StoreError, VaultError
from vault.operations import open_vault
from vault.store import Vault

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

    def known_vault_root(self) -> Path | None:
        """The vault directory if one is opened or can be found, else None (never raises)."""
        if self._vault is not None:
            return Path(self._vault.root)
        try:
            return self.vault_root()
        except (VaultError, OSError):
            return None

    def open_vault(self, *, read_only: bool = False) -> Any:
        """Open (and recover) the vault once per command; ``read_only``: open it for
        verification, without recovery. Says on stderr when the audit log and the catalog
        diverge, or an interrupted operation waits for a custodian."""
        if self._vault is None:
            self._vault = open_vault(self.vault_root(), read_only=read_only,
                                     recover=not read_only, passphrase=prompt_passphrase)
            divergence = self._vault.audit.divergence
            if divergence is not None:
                click.echo(f"warning: {divergence.message()} — {divergence.hint()}", err=True)
            elif self._vault.recovery_deferred:
                click.echo("warning: an interrupted operation waits for a custodian to "
                           "complete it — run a command as a custodian (e.g. `vault verify`)",
                           err=True)
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


def json_option(func: F, *, help: str = "Print machine-readable JSON instead of text.") -> F:
    """``--json`` on a command (same meaning as the global ``vault --json``)."""
    return click.option("--json", "json_", is_flag=True, expose_value=False, callback=_set_json,
                        is_eager=True, help=help)(func)


def emit(data: Any, text: str | Callable[[], str]) -> None:
    """Print ``data`` as JSON when --json is on, else the human text."""
    if get_app().json:
        click.echo(_json.dumps(data, indent=2, sort_keys=True, default=str))
    else:
        click.echo(text() if callable(text) else text)


def is_interactive() -> bool:
    return sys.stdin.isatty()


def prompt_passphrase(prompt: str) -> str:
    """``VAULT_PASSPHRASE`` when set, else a no-echo prompt (only with a terminal)."""
    value = os.environ.get("VAULT_PASSPHRASE")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CustodyError(f"{prompt}: passphrase needed and no terminal to ask on",
                           hint="set VAULT_PASSPHRASE, or VAULT_IDENTITY_FILE for scheduled jobs")
    confirm = prompt.startswith("new ")
    return str(click.prompt(prompt.capitalize(), hide_input=True,
                            confirmation_prompt=confirm, err=True))


def open_unlocked() -> Vault:
    """The current vault with its custodian unlocked (prompting for a passphrase if needed)."""
    vault: Vault = get_app().open_vault()
    if vault._custody is None:
        vault.set_custody(keys.Custody.unlock(vault, prompt_passphrase))
    if vault.recovery_deferred:
        vault.recover()
    return vault


#: show a progress bar for a single file at least this big (batches always get one)
LARGE_FILE = 8 * 1024 * 1024


@contextlib.contextmanager
def progress_bar(label: str, min_total: int = 0) -> Iterator[Callable[[int, int], None] | None]:
    """A (done, total) callback drawing a click progress bar on stderr when it is a terminal
    and the work is at least ``min_total`` (bytes or items)."""
    if not sys.stderr.isatty():
        yield None
        return
    bar: Any = None
    shown = 0

    def update(done: int, total: int) -> None:
        nonlocal bar, shown
        if bar is None:
            if total < min_total:
                return
            bar = click.progressbar(length=max(total, 1), label=label, file=sys.stderr)
            bar.__enter__()
        bar.update(done - shown)
        shown = done

    try:
        yield update
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def human_size(value: int) -> str:
    """A byte count as people read it: ``512 B``, ``1.5 MB``."""
    amount = float(value)
    for unit in ("B", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{amount:.0f} {unit}" if unit == "B" else f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{value} B"  # pragma: no cover
