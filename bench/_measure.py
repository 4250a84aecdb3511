"""Wall time and peak RSS of one command, as the scale benchmarks measure them.

    from _measure import measured
    measured(["vault", "validate", "big.parquet", "--schema", "s.toml"])
    # {"wall_s": 12.3, "peak_rss": 471859200, "rc": 0}

The command runs under a small wrapper process, whose ``RUSAGE_CHILDREN`` peak is the
command's own (the wrapper starts small, so its RSS at fork does not mask the child's).
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping

_WRAPPER = (
    "import json, resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "wall = time.perf_counter() - t\n"
    "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024\n"
    "print(json.dumps({'wall_s': wall, 'peak_rss': rss, 'rc': rc}))\n")


def measured(argv: list[str], env: Mapping[str, str] | None = None) -> dict[str, float | int]:
    """Run argv in a one-child wrapper: wall seconds, peak RSS bytes, exit code."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *argv], check=True,
                         capture_output=True, text=True,
                         env=dict(env) if env is not None else None)
    result: dict[str, float | int] = json.loads(out.stdout.strip().splitlines()[-1])
    return result
