"""Wall time and peak RSS of one command, as the scale benchmarks measure them.

    from _measure import measured
    measured(["vault", "validate", "big.parquet", "--schema", "s.toml"])
    # {"wall_s": 12.3, "peak_rss": 471859200, "rc": 0}

The command runs under a small wrapper process, whose ``RUSAGE_CHILDREN`` peak is the
command's own (the wrapper starts small, so its RSS at fork does not mask the child's).

:func:`docx_with_body` writes the large .docx inputs a memory bench or an input-limit test
measures ("hello there Bev" paragraphs, bombs), streamed and deflated.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Mapping
from pathlib import Path

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


def docx_with_body(path: Path, para: bytes, count: int, *, prolog: bytes = b"") -> Path:
    """A real .docx whose body is ``para`` repeated ``count`` times (streamed, deflated)."""
    import docx

    document = docx.Document()
    document.add_paragraph("Interviewer: hello.")
    buf = io.BytesIO()
    document.save(buf)
    source = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, source.read(info))
                continue
            head, tail = source.read(info).split(b"<w:body>")
            if prolog:
                head = head.replace(b"?>", b"?>" + prolog, 1)
            with out.open("word/document.xml", "w", force_zip64=True) as fh:
                fh.write(head + b"<w:body>")
                block = para * 1000
                for _ in range(count // 1000):
                    fh.write(block)
                fh.write(para * (count % 1000))
                fh.write(tail)
    return path
