"""``vault verify``: every object present, decrypting, and matching its keyed hash."""
from __future__ import annotations

import click

from vault import inventory
from vault.commands._app import emit, json_option, open_unlocked, progress_bar


@click.command("verify")
@click.option("--repair", is_flag=True, help="Remove orphan object files that no audit entry "
                                             "records (nothing else).")
@json_option
def verify_command(repair: bool) -> None:
    """Check every object is present, decrypts and matches its keyed hash.

    Exit 11: objects missing; 12: objects corrupt; 13: orphan files in objects/.

    \b
    Example:
      vault verify
      vault verify --repair      # also delete orphan object files
    """
    vault = open_unlocked()
    with progress_bar("verifying") as progress:
        report = inventory.verify_objects(vault, repair=repair, progress=progress)

    def text() -> str:
        lines = [f"missing  {i}" for i in report.missing]
        lines += [f"corrupt  {i}" for i in report.corrupt]
        lines += [f"orphan   objects/{n}" + ("  (removed)" if n in report.removed else
                                             "  (recorded in the audit log: kept)"
                                             if n in report.recorded else "")
                  for n in report.orphans]
        lines.append(f"checked {report.checked} objects: {len(report.missing)} missing, "
                     f"{len(report.corrupt)} corrupt, {len(report.orphans)} orphans"
                     + (f" ({len(report.removed)} removed)" if report.removed else ""))
        return "\n".join(lines)

    emit(report.to_json(), text)
    report.check()


COMMANDS = [verify_command]
