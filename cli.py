"""The ``vault`` command line: a click group that assembles the commands in ``vault.commands``.

No logic lives here: global options, the one error handler, and command registration.
"""
from __future__ import annotations

import logging
import os
import sys
import traceback
import warnings
from pathlib import Path
from typing import Any

import click

from vault import __version__
from vault.commands._app import App
from vault.errors import printable
from vault.system_errors import as_vault_error, internal_error


def _escape(exc: click.ClickException) -> None:
    """A path in a usage error is a name too: print it escaped (see ``printable``). The help
    a group prints when given no command is ours, and keeps its lines."""
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):
        return
    vars(exc)["message"] = printable(exc.message)  # declared Final, but a plain attribute

# With the Spark extra installed, Great Expectations imports PySpark, which warns on every run
# that it has not been tested with pandas 3 (vault's Spark engine does not use pandas)
warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas",
                        category=FutureWarning)


class VaultGroup(click.Group):
    """Renders every failure as one stderr line with its documented exit code.

    A :class:`VaultError` as it is; an ``OSError`` or ``sqlite3.Error`` that reached this far
    as :mod:`vault.system_errors` maps it (disk full, permission, wrong type …); anything
    else as a bug, by type and place only (its message may hold data). ``--debug`` adds the
    traceback.
    """

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.ClickException as exc:
            _escape(exc)
            raise

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            _escape(exc)
            raise
        except (click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 - the one handler: every failure is one line
            app = ctx.find_object(App)
            error = as_vault_error(exc, vault_root=app.known_vault_root() if app else None)
            if error is None:
                error = internal_error(exc)
            if app is not None and app.debug:
                traceback.print_exc(file=sys.stderr)
            click.echo(error.render(), err=True)
            ctx.exit(error.exit_code)


@click.group(cls=VaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--vault", "vault_path", type=click.Path(path_type=Path, file_okay=False),
              help="Vault directory (default: $VAULT_DIR, else the nearest parent holding vault.toml).")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.option("--json", "json_", is_flag=True,
              help="Print JSON instead of text (each listing's schema: docs/json.md).")
@click.version_option(__version__, prog_name="vault")
@click.pass_context
def main(ctx: click.Context, vault_path: Path | None, debug: bool, json_: bool) -> None:
    """vault: keep a qualitative study's promises — encrypted custody, redaction,
    participant-code rotation, retention and validated releases.

    \b
    Example:
      vault init ./study-vault --study "Mentoring and well-being"
      cd study-vault && vault custodian init
    """
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    ctx.obj = App(vault_path=vault_path, debug=debug, json=json_)
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    """Attach each area's commands; an area module exposes ``COMMANDS``."""
    import importlib
    import pkgutil

    import vault.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"vault.commands.{info.name}")
        for command in getattr(module, "COMMANDS", ()):
            main.add_command(command)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
