"""Redaction throughput: vault's batched ``redact_many`` vs per-document vanilla Presidio.

Both run in the same process on the same generated transcripts (default 200, from the corpus
generator with a seed other than the committed corpus's). Model loading is timed separately
and excluded from words/s: vanilla = NlpEngineProvider + AnalyzerEngine + AnonymizerEngine and a
warm-up call; vault = ``Anonymiser()`` + ``Register.from_csv`` + a warm-up ``redact``.

    .venv/bin/python bench/anonymise_throughput.py [--docs 200] [--n-process 2] [--batch-size 32]
                                                   [--json out.json]

vanilla: ``AnalyzerEngine.analyze`` + ``AnonymizerEngine.anonymize`` per document, in a loop.
vault:   ``Anonymiser.redact_many(texts, register=..., n_process=2, batch_size=32)`` (both cores).
Target: vault words/s >= 4 x vanilla words/s. Exit 1 if missed, 2 if vault's engine is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Self

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from _corpus import (
    REGISTER_PATH,
    VanillaPresidio,
    VaultSystem,
    generated_documents,
    register_text,
    vault_unavailable_reason,
    word_count,
)

TARGET_RATIO = 4.0
SEED = 7_100_2026  # not the committed corpus's seed: unseen transcripts


@dataclass
class Timing:
    """Wall and CPU seconds (this process + waited-for children, i.e. spaCy's workers)."""

    wall: float = 0.0
    cpu: float = 0.0
    load: float = 0.0  #: highest 1-minute load average seen at start/stop
    _t0: tuple[float, float] = (0.0, 0.0)

    @staticmethod
    def _cpu() -> float:
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    @classmethod
    def start(cls) -> Timing:
        t = cls(load=os.getloadavg()[0])
        t._t0 = (time.perf_counter(), cls._cpu())
        return t

    def stop(self) -> Timing:
        self.wall = time.perf_counter() - self._t0[0]
        self.cpu = self._cpu() - self._t0[1]
        self.load = max(self.load, os.getloadavg()[0])
        return self

    def __iadd__(self, other: Timing) -> Self:
        self.wall += other.wall
        self.cpu += other.cpu
        self.load = max(self.load, other.load)
        return self


def busy(load: float) -> str:
    """A warning when other processes competed for the CPUs during a timed phase."""
    cpus = os.cpu_count() or 1
    return f"  [busy machine: load average {load:.1f} on {cpus} CPUs]" if load > cpus * 0.75 else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-register", action="store_true", help="run vault without the register")
    ap.add_argument("--rounds", type=int, default=4,
                    help="interleaved rounds (slices of the documents), alternating who goes first")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # progress in logs

    t0 = time.perf_counter()
    docs = generated_documents(args.docs, SEED, id_prefix="tp-")
    texts = [d.text for d in docs]
    words = sum(word_count(t) for t in texts)
    print(f"{len(texts)} transcripts, {words} words, {sum(map(len, texts))} characters "
          f"(generated in {time.perf_counter() - t0:.1f}s); {os.cpu_count()} CPUs")

    out: dict[str, object] = {"documents": len(texts), "words": words, "rounds": args.rounds}

    vanilla = VanillaPresidio.load()
    print(f"vanilla Presidio ({vanilla.model}): load {vanilla.load_seconds:.2f}s "
          "(NlpEngineProvider + AnalyzerEngine + AnonymizerEngine + warm-up)")
    why_not = vault_unavailable_reason()
    system = None
    if why_not is None:
        system = VaultSystem.load(None if args.no_register else register_text(REGISTER_PATH))
        print(f"vault: load {system.load_seconds:.2f}s (Anonymiser() + register + warm-up redact)")
    else:
        print(f"{why_not}: vault not measured")

    def run_vanilla(chunk: list[str]) -> Timing:
        t = Timing.start()
        for text in chunk:
            results = vanilla.analyzer.analyze(text=text, language="en")
            vanilla.anonymizer.anonymize(text=text, analyzer_results=results)
        return t.stop()

    def run_vault(chunk: list[str]) -> Timing:
        assert system is not None
        t = Timing.start()
        redactions = system.redact_many(chunk, n_process=args.n_process, batch_size=args.batch_size)
        assert len(redactions) == len(chunk)
        return t.stop()

    # Interleave: each round times both systems on the same slice, alternating which goes first,
    # so load from other processes on a shared machine falls on both alike.
    size = -(-len(texts) // args.rounds)
    chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
    v_total, q_total = Timing(), Timing()
    for r, chunk in enumerate(chunks):
        order = ("vanilla", "vault") if r % 2 == 0 else ("vault", "vanilla")
        timings: dict[str, Timing] = {}
        for name in order:
            if name == "vault" and system is None:
                continue
            timings[name] = run_vanilla(chunk) if name == "vanilla" else run_vault(chunk)
        v_total += timings["vanilla"]
        line = (f"round {r + 1}/{len(chunks)}: {len(chunk)} docs, vanilla {timings['vanilla'].wall:.1f}s")
        if "vault" in timings:
            q_total += timings["vault"]
            line += (f", vault {timings['vault'].wall:.1f}s, "
                     f"ratio {timings['vanilla'].wall / timings['vault'].wall:.2f}x")
        print(line + busy(timings["vanilla"].load))

    v_wps = words / v_total.wall
    print(f"\nvanilla Presidio (analyze + anonymize per document): {v_total.wall:.1f}s, "
          f"{v_wps:,.0f} words/s; CPU {1000 * v_total.cpu / words:.2f} s per 1k words")
    out["vanilla"] = {"load_s": vanilla.load_seconds, "run_s": v_total.wall, "words_per_s": v_wps,
                      "cpu_s": v_total.cpu}
    if system is None:
        if args.json:
            args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
        return 2

    q_wps = words / q_total.wall
    print(f"vault redact_many(n_process={args.n_process}, batch_size={args.batch_size}, "
          f"{'no register' if args.no_register else 'register'}): {q_total.wall:.1f}s, "
          f"{q_wps:,.0f} words/s; CPU {1000 * q_total.cpu / words:.2f} s per 1k words "
          "(parent + worker processes)")
    ratio = q_wps / v_wps
    cpu_ratio = v_total.cpu / q_total.cpu if q_total.cpu else float("nan")
    ok = ratio >= TARGET_RATIO
    print(f"\nmodel load (excluded above): vanilla {vanilla.load_seconds:.2f}s, "
          f"vault {system.load_seconds:.2f}s")
    print(f"ratio vault/vanilla words/s: {ratio:.2f}x   (CPU-time efficiency: {cpu_ratio:.2f}x)")
    print(f"  {'PASS' if ok else 'FAIL'}  vault >= {TARGET_RATIO:.0f}x vanilla words/s  ({ratio:.2f}x)")
    out["vault"] = {"load_s": system.load_seconds, "run_s": q_total.wall, "words_per_s": q_wps,
                    "cpu_s": q_total.cpu, "n_process": args.n_process,
                    "batch_size": args.batch_size, "register": not args.no_register}
    out["ratio"] = ratio
    out["cpu_ratio"] = cpu_ratio
    out["pass"] = ok
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
