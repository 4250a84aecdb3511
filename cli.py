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
from vault.errors import VaultError

# With the Spark extra installed, Great Expectations imports PySpark, which warns on every run
# that it has not been tested with pandas 3 (vault's Spark engine does not use pandas)
warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas",
                        category=FutureWarning)


class VaultGroup(click.Group):
    """Renders every :class:`VaultError` as one stderr line with its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except VaultError as exc:
            app = ctx.find_object(App)
            if app is not None and app.debug:
                traceback.print_exc(file=sys.stderr)
            click.echo(exc.render(), err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=VaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--vault", "vault_path", type=click.Path(path_type=Path, file_okay=False),
              help="Vault directory (default: $VAULT_DIR, else the nearest parent holding vault.toml).")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.option("--json", "json_", is_flag=True, help="Machine-readable JSON from listing commands.")
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
