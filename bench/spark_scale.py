"""Spark engine scale: local[2] against local[1], and the local engine for one study.

Three measurements, each system in its own process so start-up counts where it should:

1. **Redaction scaling** — ``vault anonymise text`` on 500 generated transcripts (the corpus
   generator, a seed of its own) with the corpus register, on Spark ``local[1]`` and
   ``local[2]``. The scaling figure is the ratio of the redaction job times (session already
   started; the analyser each Python worker builds is included); whole-process times are
   printed too. The two outputs must be byte-identical.
2. **Validation scaling** — ``vault validate`` of a 10,000,000-row survey Parquet file (the
   ``bench/validate_scale.py`` generator and schema, ten row groups of 1M rows) on Spark
   ``local[1]`` and ``local[2]``; the summaries must agree. Each process validates once, then
   ``--repeat`` (3) times more: the scaling figure is the fastest of the repeats (a session
   that has validated before, as a notebook or a cluster job validating several datasets
   has; other work on the machine only ever slows a run down); the first job, which also
   pays the JVM's JIT warm-up and Great Expectations' import, and whole processes are
   printed too.
   ``--readers workers,spark`` also measures Spark's own Parquet reader (the fallback).
3. **One study** — 40 transcripts and a 1,000-row survey, whole CLI processes (start-up,
   imports, model load included): the local engine against ``--engine spark --master
   local[2]``.

Targets: scaling of at least 1.7x on both (2 and 1 cores of this machine), and the local
engine faster for one study. Ratios are against the baseline measured in the same run. Each
scaling run also prints what it had to work with: the load average, the job's CPU seconds
(driver, JVM, Python workers, from the process tree) and the cores it kept busy, and the
machine's own ceiling just before and after — two pure-Python CPU loops run together against
one alone (2.0x on two idle cores, 1.0x when other work leaves no second core). Another
process taking a core depresses scaling: re-run on a quiet machine for the figure::

    .venv/bin/python bench/spark_scale.py                       # everything (~15 min)
    .venv/bin/python bench/spark_scale.py --only redact --docs 200
    .venv/bin/python bench/spark_scale.py --only validate --rows 2000000 --keep /tmp/sb
    .venv/bin/python bench/spark_scale.py --only validate --keep /tmp/sb --readers workers,spark
    .venv/bin/python bench/spark_scale.py --only study

Exit 0 when every target measured is met, 1 otherwise.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

SEED = 19_2026  # not the committed corpus's, nor the throughput bench's
TARGET_SCALING = 1.7
#: who reads the Parquet in a validation (``validate_file_spark(reader=…)``)
READERS = {"workers": "the Python workers (each task its own row groups, pyarrow)",
           "spark": "Spark's reader (rows to the Python workers as Arrow batches)"}
CLI = [sys.executable, "-c", "import sys; from cli import main; sys.argv[0] = 'vault'; main()"]


def load() -> float:
    return os.getloadavg()[0]


def busy(before: float, after: float) -> str:
    return f"load {before:.1f} -> {after:.1f} on {os.cpu_count()} CPUs"


def timed(argv: list[str]) -> tuple[float, str, int]:
    """Run a whole process: (wall seconds, its stdout, exit code)."""
    t0 = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    if done.returncode not in (0, 3):
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"{argv[2:5]} failed with exit code {done.returncode}")
    return wall, done.stdout, done.returncode


BURN = "x = 0\nfor i in range(25_000_000):\n    x += i\n"


def headroom() -> float:
    """The scaling this machine offers right now: two copies of a pure-Python CPU loop run
    together against one alone, as a throughput ratio (2.0 on two idle cores; 1.0 when other
    work leaves no second core). The ceiling of any local[2] vs local[1] figure taken now."""
    def run(copies: int) -> float:
        t0 = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(copies)]
        for proc in procs:
            proc.wait()
        return time.perf_counter() - t0

    alone, together = run(1), run(2)
    return 2 * alone / together


def digest(directory: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(directory.iterdir()):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


# -- in-process runs (a child of this script, so start-up and job are timed apart) -----------

def tree_cpu() -> dict[str, float]:
    """CPU seconds so far of this process (the driver's Python), Spark's JVM and its Python
    workers (reaped ones included through their parent's children times)."""
    import psutil

    me = psutil.Process()
    totals = {"driver": 0.0, "jvm": 0.0, "workers": 0.0}
    for proc in [me, *me.children(recursive=True)]:
        try:
            t = proc.cpu_times()
            role = ("driver" if proc.pid == me.pid else
                    "jvm" if proc.name() == "java" else "workers")
        except psutil.Error:  # a worker that exited just now
            continue
        totals[role] += t.user + t.system + t.children_user + t.children_system
    return totals


def cpu_since(before: dict[str, float]) -> dict[str, float]:
    return {role: seconds - before[role] for role, seconds in tree_cpu().items()}


def child_redact(master: str, inputs: Path, out: Path, register: Path) -> None:
    from vault.anonymise.formats import anonymise_files
    from vault.anonymise.register import Register
    from vault.spark.redaction import SparkRedactor
    from vault.spark.session import spark_session

    t0 = time.perf_counter()
    spark = spark_session(master)
    started = time.perf_counter() - t0
    files = sorted(inputs.iterdir())
    reg = Register.from_csv(register)
    redactor = SparkRedactor(spark, register=reg)
    t1, c1 = time.perf_counter(), tree_cpu()
    summary = anonymise_files(files, out, register=reg, redactor=redactor)
    job, cpu = time.perf_counter() - t1, cpu_since(c1)
    print(json.dumps({"start_s": started, "job_s": job, "job_cpu_s": cpu,
                      "failed": len(summary.failed),
                      "stats": vars(redactor.stats) if redactor.stats else None}))


def child_validate(master: str, data: Path, schema: Path, codes: Path, regex: str,
                   reader: str, repeat: int) -> None:
    from vault.anonymise.dataset import load_dataset_schema
    from vault.spark.session import spark_session
    from vault.spark.validation import validate_file_spark
    from vault.validate import ValidationPolicy

    t0 = time.perf_counter()
    spark = spark_session(master)
    started = time.perf_counter() - t0
    policy = ValidationPolicy.of(current_codes=codes.read_text().split(), code_regex=regex)
    runs = []
    for _ in range(1 + repeat):  # the first in a new process, then the same job again
        t1, c1 = time.perf_counter(), tree_cpu()
        result = validate_file_spark(data, schema=load_dataset_schema(schema), policy=policy,
                                     spark=spark, reader=reader)
        runs.append((time.perf_counter() - t1, cpu_since(c1)))
    summary = result.summary()
    summary.pop("engine")
    best = min(runs[1:], key=lambda run: run[0])
    print(json.dumps({"start_s": started, "first_job_s": runs[0][0],
                      "first_job_cpu_s": runs[0][1], "job_s": best[0], "job_cpu_s": best[1],
                      "repeats_s": [run[0] for run in runs[1:]], "success": result.success,
                      "summary": hashlib.sha256(json.dumps(summary, sort_keys=True).encode())
                      .hexdigest()}))


def child(argv: list[str]) -> dict[str, object]:
    wall, out, _ = timed([sys.executable, __file__, *argv])
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    result["wall_s"] = wall
    return result


# -- the three measurements -------------------------------------------------------------------

def write_transcripts(directory: Path, n: int, seed: int) -> int:
    from _corpus import generated_documents

    directory.mkdir(parents=True, exist_ok=True)
    docs = generated_documents(n, seed, id_prefix="sc-")
    for doc in docs:
        (directory / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
    return sum(len(d.text) for d in docs)


def job_cpu(run: dict[str, object]) -> float:
    return sum(run["job_cpu_s"].values())  # type: ignore[attr-defined,no-any-return]


def busy_cores(run: dict[str, object]) -> float:
    return job_cpu(run) / float(run["job_s"])


def scaling(name: str, runs: dict[str, dict[str, object]], ceiling: tuple[float, float]
            ) -> bool:
    one, two = runs["local[1]"], runs["local[2]"]
    for master, r in runs.items():
        print(f"  {name} {master:8s} job {float(r['job_s']):7.1f} s   whole process "
              f"{float(r['wall_s']):7.1f} s (Spark start {float(r['start_s']):4.1f} s)   "
              f"{r['load']}")
        parts = ", ".join(f"{role} {sec:.1f} s" for role, sec in
                          r["job_cpu_s"].items())  # type: ignore[attr-defined]
        print(f"    job CPU {job_cpu(r):.1f} s ({parts}) = {busy_cores(r):.2f} cores busy")
        if "first_job_s" in r:
            first = sum(r["first_job_cpu_s"].values())  # type: ignore[attr-defined]
            again = ", ".join(f"{t:.1f}" for t in r["repeats_s"])  # type: ignore[attr-defined]
            print(f"    first job in the process {float(r['first_job_s']):.1f} s, CPU "
                  f"{first:.1f} s (its JVM and Great Expectations warm up); the job above "
                  f"is the fastest of the same job run again ({again} s)")
    ratio = float(one["job_s"]) / float(two["job_s"])
    whole = float(one["wall_s"]) / float(two["wall_s"])
    met = ratio >= TARGET_SCALING
    firsts = (f", first job {float(one['first_job_s']) / float(two['first_job_s']):.2f}x"
              if "first_job_s" in one else "")
    print(f"  {name} scaling local[2] vs local[1]: {ratio:.2f}x job{firsts}, {whole:.2f}x "
          f"whole process (target >= {TARGET_SCALING}x: {'met' if met else 'MISSED'}); job "
          f"CPU local[2]/local[1] {job_cpu(two) / job_cpu(one):.2f}")
    print(f"  {name}: cores busy local[2]/local[1] "
          f"{busy_cores(two) / busy_cores(one):.2f}; the machine's own ceiling (two CPU loops "
          f"against one) was {ceiling[0]:.2f}x before and {ceiling[1]:.2f}x after: Spark "
          f"reached {ratio / ((ceiling[0] + ceiling[1]) / 2):.0%} of it")
    return met


def bench_redact(work: Path, docs: int) -> bool:
    from _corpus import REGISTER_PATH

    inputs = work / "transcripts"
    if not inputs.exists():
        chars = write_transcripts(inputs, docs, SEED)
        print(f"redaction: {docs} transcripts, {chars:,} characters")
    runs = {}
    before_ceiling = headroom()
    for master in ("local[1]", "local[2]"):
        out = work / f"redacted-{master[6]}"
        shutil.rmtree(out, ignore_errors=True)
        before = load()
        runs[master] = child(["--child-redact", master, str(inputs), str(out),
                              str(REGISTER_PATH)])
        runs[master]["load"] = busy(before, load())
        runs[master]["digest"] = digest(out)
    same = runs["local[1]"]["digest"] == runs["local[2]"]["digest"]
    print(f"  outputs identical between local[1] and local[2]: {same}")
    return scaling("redaction", runs, (before_ceiling, headroom())) and same


def validation_files(work: Path, rows: int) -> tuple[Path, Path, Path]:
    import validate_scale

    data = work / f"survey-{rows}.parquet"
    schema = work / "bench.toml"
    codes = work / "codes.txt"
    schema.write_text(validate_scale.SCHEMA_TOML)
    codes.write_text("\n".join(f"P-{i:05d}" for i in range(validate_scale.N_CODES)) + "\n")
    if not data.exists():
        t = time.perf_counter()
        validate_scale.generate(data, rows)
        print(f"validation: generated {rows:,} rows, {data.stat().st_size / 1e6:.0f} MB in "
              f"{time.perf_counter() - t:.1f} s")
    return data, schema, codes


def bench_validate(work: Path, rows: int, readers: list[str], repeat: int) -> bool:
    import validate_scale

    data, schema, codes = validation_files(work, rows)
    met = True
    for reader in readers:
        runs = {}
        before_ceiling = headroom()
        for master in ("local[1]", "local[2]"):
            before = load()
            runs[master] = child(["--child-validate", master, str(data), str(schema),
                                  str(codes), validate_scale.CODE_FORMAT, reader,
                                  str(repeat)])
            runs[master]["load"] = busy(before, load())
        same = runs["local[1]"]["summary"] == runs["local[2]"]["summary"]
        print(f"  Parquet read by {READERS[reader]}:")
        print(f"  summaries identical between local[1] and local[2]: {same}")
        met = scaling("validation", runs, (before_ceiling, headroom())) and same and met
    return met


def bench_study(work: Path) -> bool:
    import validate_scale
    from _corpus import REGISTER_PATH

    inputs = work / "study"
    if not inputs.exists():
        write_transcripts(inputs, 40, SEED + 1)
    (work / "survey").mkdir(exist_ok=True)
    data, schema, codes = validation_files(work / "survey", 1000)
    files = [str(p) for p in sorted(inputs.iterdir())]
    plans = {
        "redaction": {
            "local": [*CLI, "anonymise", "text", *files, "--out-dir", str(work / "s-local"),
                      "--register", str(REGISTER_PATH)],
            "spark": [*CLI, "anonymise", "text", *files, "--out-dir", str(work / "s-spark"),
                      "--register", str(REGISTER_PATH), "--engine", "spark", "--master",
                      "local[2]"]},
        "validation": {
            engine: [*CLI, "validate", str(data), "--schema", str(schema), "--codes",
                     str(codes), "--code-format", validate_scale.CODE_FORMAT,
                     *(["--engine", "spark", "--master", "local[2]"] if engine == "spark"
                       else [])]
            for engine in ("local", "spark")},
    }
    met = True
    print("one study (40 transcripts, a 1,000-row survey), whole processes:")
    for stage, commands in plans.items():
        walls = {}
        for engine, argv in commands.items():
            before = load()
            walls[engine], _, _ = timed(argv)
            print(f"  {stage:10s} {engine:5s} {walls[engine]:6.1f} s   {busy(before, load())}")
        faster = walls["local"] < walls["spark"]
        met = met and faster
        print(f"  {stage}: local engine {walls['spark'] / walls['local']:.1f}x faster than "
              f"Spark local[2] ({'met' if faster else 'MISSED'})")
    same = digest(work / "s-local") == digest(work / "s-spark")
    print(f"  redacted outputs identical between engines: {same}")
    return met and same


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-redact":
        child_redact(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]))
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--child-validate":
        child_validate(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]),
                       sys.argv[6], sys.argv[7], int(sys.argv[8]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=["redact", "validate", "study"])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--repeat", type=int, default=3,
                    help="validation: runs of the job after the first in each process (the "
                         "fastest is the job figure)")
    ap.add_argument("--readers", default="workers",
                    help="validation readers to measure, comma-separated: workers (the "
                         "default path: each task reads its row groups with pyarrow), spark "
                         "(Spark's reader, the fallback)")
    ap.add_argument("--keep", type=Path, help="work directory to keep (default: a temp dir)")
    args = ap.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    work = args.keep or Path(tempfile.mkdtemp(prefix="vault-spark-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"{os.cpu_count()} CPUs, load average {load():.1f} at the start")
    try:
        results = {}
        if args.only in (None, "redact"):
            results["redaction scaling"] = bench_redact(work, args.docs)
        if args.only in (None, "validate"):
            results["validation scaling"] = bench_validate(work, args.rows,
                                                           args.readers.split(","), args.repeat)
        if args.only in (None, "study"):
            results["local faster for one study"] = bench_study(work)
        print("; ".join(f"{k}: {'met' if v else 'MISSED'}" for k, v in results.items()))
        return 0 if all(results.values()) else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
