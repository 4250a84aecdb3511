"""`make demo`: the life of the sample study, end to end, in a temporary vault.

Runs the installed ``vault`` command (real subprocesses, exactly what a data steward types),
non-interactively, and prints a short summary after each stage. Every figure printed is read
back from the vault's own state (``--json`` output), not from the command's prose.

    python scripts/demo.py [--keep] [--workdir DIR]

Stages live in :mod:`vault.demo.lifecycle` so the end-to-end test runs the very same steps.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from vault.demo.lifecycle import Lifecycle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--workdir", type=Path, help="use this (new) directory instead of a temp one")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="vault-demo-"))
    started = time.monotonic()
    life = Lifecycle(work, echo=print)
    try:
        life.run_all()
    except Exception as exc:  # noqa: BLE001 — the demo names the failed stage and exits 1
        print(f"\ndemo failed at stage {life.stage!r}: {exc}", file=sys.stderr)
        if life.last_stderr:
            print(life.last_stderr, file=sys.stderr)
        return 1
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\ndemo finished in {time.monotonic() - started:.0f} s"
          + (f"; files kept in {work}" if args.keep or args.workdir else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
