"""Redaction quality on the labelled corpus: vanilla Presidio vs vault, in one run.

Systems: (1) vanilla Presidio — default AnalyzerEngine with the spaCy model vault uses, every
predefined entity, default AnonymizerEngine; (2) vault without a register; (3) vault with the
corpus register. Prints per-type token recall, mention leak and over-redaction, the top
leaked patterns, then PASS/FAIL per target; exits 1 if a target fails, 2 if vault's engine is
missing (targets cannot be checked).

    .venv/bin/python bench/anonymise_quality.py [--json out.json] [--limit N] [--misses 15]
                                                [--heldout 26]

Targets (checked on the committed corpus): vault+register leaks <= 1% of mentions; vault alone
<= 5%; over-redaction <= 2% (both vault configurations); vault's token recall beats vanilla's on
every type (or is 100%). The same tables are then printed for ``--heldout`` generated documents
whose names, places and hospitals share nothing with the corpus: a large gap between the two
means the engine has learnt the corpus's lists rather than the task.

The vanilla spans are the AnalyzerEngine results, every one of which the default
AnonymizerEngine replaces (overlaps merged), so they are exactly the characters it removes.
vault's are ``Redaction.replacements`` (review items are not replaced; the line after each
system's timing says what the leak would be if a reviewer accepted every flag).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from _corpus import (
    CORPUS_PATH,
    REGISTER_PATH,
    TYPES,
    Document,
    Score,
    VanillaPresidio,
    VaultSystem,
    heldout_corpus,
    load_corpus,
    register_text,
    score,
    vault_unavailable_reason,
    word_count,
)

LEAK_WITH_REGISTER = 0.01
LEAK_WITHOUT_REGISTER = 0.05
OVER_REDACTION = 0.02


def pct(x: float) -> str:
    return f"{100 * x:6.2f}%"


def print_table(systems: dict[str, Score]) -> None:
    names = list(systems)
    w = max(12, *(len(n) for n in names))
    first = next(iter(systems.values()))
    print(f"\n{'token recall':<12} {'mentions':>8}  " + "  ".join(f"{n:>{w}}" for n in names))
    for t in TYPES:
        row = "  ".join(f"{pct(s.recall(t)):>{w}}" for s in systems.values())
        print(f"{t:<12} {first.per_type[t].mentions:>8}  {row}")
    print(f"{'ALL':<12} {first.mentions:>8}  "
          + "  ".join(f"{pct(s.recall()):>{w}}" for s in systems.values()))

    print(f"\n{'mention leak':<12} {'':>8}  " + "  ".join(f"{n:>{w}}" for n in names))
    for t in TYPES:
        row = "  ".join(f"{pct(s.leak_rate(t)):>{w}}" for s in systems.values())
        print(f"{t:<12} {'':>8}  {row}")
    print(f"{'ALL':<12} {'':>8}  "
          + "  ".join(f"{pct(s.leak_rate()):>{w}}" for s in systems.values()))
    print(f"{'(leaked/all)':<12} {'':>8}  "
          + "  ".join(f"{f'{s.leaked}/{s.mentions}':>{w}}" for s in systems.values()))

    print(f"\n{'type correct':<12} {'':>8}  " + "  ".join(f"{n:>{w}}" for n in names))
    for t in TYPES:
        row = "  ".join(f"{pct(s.per_type[t].type_accuracy):>{w}}" for s in systems.values())
        print(f"{t:<12} {'':>8}  {row}")

    print(f"\n{'over-redact':<12} {'':>8}  "
          + "  ".join(f"{pct(s.over_redaction):>{w}}" for s in systems.values()))
    print(f"{'(tokens)':<12} {'':>8}  "
          + "  ".join(f"{f'{s.over_redacted}/{s.other_tokens}':>{w}}" for s in systems.values()))


def print_misses(name: str, s: Score, n: int) -> None:
    print(f"\n-- {name}: leaked mentions by type/form (top {n})")
    for (t, form), k in s.misses_by_form().most_common(n):
        examples = [m for m in s.misses if m.type == t and m.form == form][:3]
        shown = " | ".join(repr(m.surface) for m in examples)
        print(f"  {k:5d}  {t}/{form:<14} e.g. {shown}")
    print(f"-- {name}: most over-redacted non-identifier words")
    print("  " + ", ".join(f"{w!r}x{k}" for w, k in s.over_redacted_words.most_common(20)))


def describe(docs: list[Document]) -> str:
    return (f"{len(docs)} documents, {sum(word_count(d.text) for d in docs)} words, "
            f"{sum(len(d.spans) for d in docs)} gold mentions")


def evaluate(docs: list[Document], reg_csv: str, vanilla: VanillaPresidio, have_vault: bool,
             args: argparse.Namespace) -> tuple[dict[str, Score], dict[str, dict[str, float]],
                                                dict[str, object]]:
    """Score vanilla, vault and vault+register on ``docs``."""
    systems: dict[str, Score] = {}
    timings: dict[str, dict[str, float]] = {}
    notes: dict[str, object] = {}
    t0 = time.perf_counter()
    systems["vanilla"] = score(docs, vanilla.detections(docs))
    timings["vanilla"] = {"load_s": vanilla.load_seconds, "run_s": time.perf_counter() - t0}
    print(f"vanilla: run {timings['vanilla']['run_s']:.1f}s")
    if not have_vault:
        return systems, timings, notes
    for name, reg in (("vault", None), ("vault+register", reg_csv)):
        system = VaultSystem.load(reg)
        t0 = time.perf_counter()
        run = system.detections(docs, args.n_process, args.batch_size)
        timings[name] = {"load_s": system.load_seconds, "run_s": time.perf_counter() - t0}
        systems[name] = score(docs, run.replaced)
        with_review = score(docs, run.with_review)
        notes[name] = {
            "docs_where_replacements_do_not_rebuild_text": run.inconsistent_docs,
            "review_items": run.review_items,
            "leak_rate_if_all_review_items_replaced": with_review.leak_rate(),
            "over_redaction_if_all_review_items_replaced": with_review.over_redaction,
        }
        print(f"{name}: load {system.load_seconds:.1f}s, run {timings[name]['run_s']:.1f}s, "
              f"{run.review_items} review items (if all were replaced: leak "
              f"{pct(with_review.leak_rate()).strip()}, over-redaction "
              f"{pct(with_review.over_redaction).strip()})"
              + (f"; WARNING {run.inconsistent_docs} docs whose replacements do not rebuild"
                 " .text" if run.inconsistent_docs else ""))
    return systems, timings, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path, help="write all figures to this file")
    ap.add_argument("--corpus", type=Path, default=CORPUS_PATH)
    ap.add_argument("--register", type=Path, default=REGISTER_PATH)
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--heldout", type=int, default=26,
                    help="also score N generated documents from disjoint name/place pools (0: skip)")
    ap.add_argument("--misses", type=int, default=15, help="leaked patterns to list per system")
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # progress in logs

    docs = load_corpus(args.corpus)
    if args.limit:
        docs = docs[: args.limit]
    reg_csv = register_text(args.register)

    vanilla = VanillaPresidio.load()
    print(f"vanilla Presidio: model {vanilla.model}, load {vanilla.load_seconds:.1f}s")
    why_not = vault_unavailable_reason()
    have_vault = why_not is None
    if not have_vault:
        print(f"{why_not}: measuring vanilla Presidio only")

    print(f"\n=== committed corpus: {describe(docs)} ({args.corpus})")
    systems, timings, notes = evaluate(docs, reg_csv, vanilla, have_vault, args)
    print_table(systems)
    for name, s in systems.items():
        print_misses(name, s, args.misses)

    heldout: dict[str, Score] = {}
    if args.heldout:
        h_docs, h_reg = heldout_corpus(args.heldout)
        print(f"\n=== held-out documents (disjoint names, places, hospitals; not a target): "
              f"{describe(h_docs)}")
        heldout, h_timings, h_notes = evaluate(h_docs, h_reg, vanilla, have_vault, args)
        print_table(heldout)
        for name, s in heldout.items():
            if name != "vanilla":
                print_misses(f"held-out {name}", s, max(5, args.misses // 2))
        timings.update({f"heldout {k}": v for k, v in h_timings.items()})
        notes.update({f"heldout {k}": v for k, v in h_notes.items()})

    results: list[tuple[str, bool | None, str]] = []
    if have_vault:
        v, vr, base = systems["vault"], systems["vault+register"], systems["vanilla"]
        results.append((f"vault+register mention leak <= {LEAK_WITH_REGISTER:.0%}",
                        vr.leak_rate() <= LEAK_WITH_REGISTER, pct(vr.leak_rate()).strip()))
        results.append((f"vault (no register) mention leak <= {LEAK_WITHOUT_REGISTER:.0%}",
                        v.leak_rate() <= LEAK_WITHOUT_REGISTER, pct(v.leak_rate()).strip()))
        for name, s in (("vault", v), ("vault+register", vr)):
            results.append((f"{name} over-redaction <= {OVER_REDACTION:.0%}",
                            s.over_redaction <= OVER_REDACTION, pct(s.over_redaction).strip()))
        for name, s in (("vault", v), ("vault+register", vr)):
            worse = [t for t in TYPES
                     if not (s.recall(t) > base.recall(t) or s.recall(t) == 1.0)]
            results.append((f"{name} recall beats vanilla on every type", not worse,
                            "worse or equal on: " + ", ".join(worse) if worse else "all types"))
    else:
        results.append(("vault targets", None, str(why_not)))

    print("\ntargets")
    for label, ok, detail in results:
        status = "PASS" if ok else ("SKIP" if ok is None else "FAIL")
        print(f"  {status}  {label}  ({detail})")

    if args.json:
        payload = {
            "corpus": {"path": str(args.corpus), "documents": len(docs),
                       "words": sum(word_count(d.text) for d in docs),
                       "mentions": sum(len(d.spans) for d in docs)},
            "systems": {n: s.to_dict() for n, s in systems.items()},
            "heldout": {"documents": args.heldout,
                        "systems": {n: s.to_dict() for n, s in heldout.items()}},
            "timings": timings,
            "notes": notes,
            "targets": [{"target": lbl, "pass": ok, "detail": d} for lbl, ok, d in results],
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
        print(f"wrote {args.json}")

    if not have_vault:
        return 2
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
