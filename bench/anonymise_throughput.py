"""Redaction throughput as whole processes: vault vs plain Presidio, in one run.

Each system runs as its own process (``_redact_process.py``), timed from spawn to exit, so
interpreter start, imports, model load, redaction and writing the output all count, as a user
would feel them. Plain Presidio is as issue 14 defines it: ``AnalyzerEngine`` with its default
recognizers on ``en_core_web_sm``, one ``analyze`` call per document, then
``AnonymizerEngine``'s default replace. vault is ``Anonymiser().redact_many`` with the corpus
register, ``--n-process`` worker processes (2: both cores of this machine), and also with one
process: the two outputs must be identical.

The transcripts are generated with the corpus generator and a seed other than the committed
corpus's (default 240 transcripts, about 400k words).

    .venv/bin/python bench/anonymise_throughput.py [--docs 240] [--n-process 2] [--rounds 1]
                                                   [--json out.json]

Target: vault's whole-process time at most a quarter of plain Presidio's (>= 4x). Exit 1 if
missed or if the outputs differ between process counts, 2 if vault's engine is missing. The
machine may be shared: the load average at each run is printed, and rounds alternate which
system goes first.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from _corpus import REGISTER_PATH, generated_documents, vault_unavailable_reason, word_count

TARGET_RATIO = 4.0
SEED = 7_100_2026  # not the committed corpus's seed: unseen transcripts
WORKER = Path(__file__).resolve().parent / "_redact_process.py"


@dataclass
class Run:
    wall: float
    cpu: float
    load: float
    digest: str


def run_process(args: list[str], output: Path) -> Run:
    """Spawn one whole process and time it from the outside (wall and CPU, children too)."""
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(WORKER), *args])
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{args[0]} process failed with exit code {proc.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    digest = hashlib.sha256(output.read_bytes()).hexdigest()
    return Run(wall, cpu, max(load, os.getloadavg()[0]), digest)


def busy(load: float) -> str:
    cpus = os.cpu_count() or 1
    return f"  [shared machine: load average {load:.1f} on {cpus} CPUs]" if load > cpus * 0.5 else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=240)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=1,
                    help="repeat the whole comparison, alternating which system goes first")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # progress in logs

    why_not = vault_unavailable_reason()
    docs = generated_documents(args.docs, SEED, id_prefix="tp-")
    words = sum(word_count(d.text) for d in docs)
    print(f"{len(docs)} transcripts, {words} words, {sum(len(d.text) for d in docs)} characters; "
          f"{os.cpu_count()} CPUs; each system timed as a whole process (start, imports, model "
          "load, redaction, output)")
    totals: dict[str, list[Run]] = {"presidio": [], "vault": [], "vault-1": []}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        source.write_text("".join(json.dumps({"text": d.text}) + "\n" for d in docs),
                          encoding="utf-8")
        plans = {
            "presidio": ["presidio"],
            "vault": ["vault", "--register", str(REGISTER_PATH), "--n-process",
                      str(args.n_process)],
            "vault-1": ["vault", "--register", str(REGISTER_PATH), "--n-process", "1"],
        }
        if why_not is not None:
            print(f"{why_not}: vault not measured")
            plans = {"presidio": plans["presidio"]}
        for r in range(args.rounds):
            order = list(plans) if r % 2 == 0 else list(reversed(plans))
            for name in order:
                out = Path(tmp) / f"{name}.jsonl"
                plan = plans[name]
                run = run_process([plan[0], str(source), str(out), *plan[1:]], out)
                totals[name].append(run)
                print(f"round {r + 1}: {name:<9} {run.wall:7.1f}s wall, {run.cpu:7.1f}s CPU, "
                      f"{words / run.wall:8,.0f} words/s{busy(run.load)}")

    def best(name: str) -> Run:
        return min(totals[name], key=lambda x: x.wall)

    result: dict[str, object] = {"documents": len(docs), "words": words,
                                 "n_process": args.n_process, "rounds": args.rounds}
    p = best("presidio")
    result["presidio"] = {"wall_s": p.wall, "cpu_s": p.cpu, "words_per_s": words / p.wall}
    if why_not is not None:
        if args.json:
            args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
        return 2
    v, v1 = best("vault"), best("vault-1")
    ratio, ratio1 = p.wall / v.wall, p.wall / v1.wall
    same = v.digest == v1.digest
    result["vault"] = {"wall_s": v.wall, "cpu_s": v.cpu, "words_per_s": words / v.wall}
    result["vault_one_process"] = {"wall_s": v1.wall, "cpu_s": v1.cpu,
                                   "words_per_s": words / v1.wall}
    result.update(ratio=ratio, ratio_one_process=ratio1, identical_output=same,
                  cpu_ratio=p.cpu / v.cpu if v.cpu else None)
    print(f"\nwhole-process time (best of {args.rounds}): plain Presidio {p.wall:.1f}s, vault "
          f"{v.wall:.1f}s with {args.n_process} processes, {v1.wall:.1f}s with one")
    print(f"ratio plain Presidio / vault: {ratio:.2f}x ({args.n_process} processes), "
          f"{ratio1:.2f}x (one process); CPU-time ratio {p.cpu / v.cpu:.2f}x")
    ok = ratio >= TARGET_RATIO
    print(f"  {'PASS' if ok else 'FAIL'}  vault whole process >= {TARGET_RATIO:.0f}x plain "
          f"Presidio's  ({ratio:.2f}x)")
    print(f"  {'PASS' if same else 'FAIL'}  identical output with {args.n_process} processes "
          "and with one")
    result["pass"] = ok and same
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0 if ok and same else 1


if __name__ == "__main__":
    sys.exit(main())
