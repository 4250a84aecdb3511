"""Redaction quality on identifiers as people say them: the spoken-forms corpora, vault vs plain
Presidio, in one run.

Corpora (``tests/corpus/spoken/``, see its README): ``dev`` (the development set) and
``heldout`` (written before any tuning and never tuned on). Systems: plain Presidio (default
``AnalyzerEngine`` recognizers on the spaCy model vault uses, default ``AnonymizerEngine``
replace), vault without a register, vault with the corpus's register.

Prints, per corpus: per-type token recall; mention leak per type; leak per class of form
(every ``sp_*`` form is spoken, the rest written); leak of spoken and of written forms;
over-redaction; then PASS/FAIL against issue 14's targets:

* spoken forms leak <= 5% of mentions with the register;
* written forms leak <= 1% with the register, <= 2% without;
* over-redaction <= 0.5% (both vault configurations);
* every type's recall at least plain Presidio's.

    .venv/bin/python bench/spoken_quality.py [--corpus dev|heldout|both] [--misses 20]
                                             [--json out.json] [--limit N]

Exit 0 when every target holds on every corpus scored, 1 otherwise, 2 if vault's engine is
missing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from _corpus import (
    REPO,
    TYPES,
    Document,
    Score,
    VanillaPresidio,
    VaultSystem,
    load_corpus,
    score,
    vault_unavailable_reason,
    word_count,
)

SPOKEN_DIR = REPO / "tests" / "corpus" / "spoken"
CORPORA = ("dev", "heldout")

SPOKEN_LEAK_WITH_REGISTER = 0.05
WRITTEN_LEAK_WITH_REGISTER = 0.01
WRITTEN_LEAK_WITHOUT_REGISTER = 0.02
OVER_REDACTION = 0.005


def pct(x: float) -> str:
    return f"{100 * x:6.2f}%"


def is_spoken(form: str) -> bool:
    return form.startswith("sp_")


def subset_leak(docs: list[Document], s: Score, spoken: bool) -> tuple[int, int]:
    """(leaked, mentions) over the gold mentions whose form is (not) spoken."""
    mentions = sum(1 for d in docs for g in d.spans if is_spoken(g.form) == spoken)
    leaked = sum(1 for m in s.misses if is_spoken(m.form) == spoken)
    return leaked, mentions


def print_tables(docs: list[Document], systems: dict[str, Score]) -> None:
    names = list(systems)
    w = max(14, *(len(n) for n in names))
    first = next(iter(systems.values()))
    head = "  ".join(f"{n:>{w}}" for n in names)
    print(f"\n{'token recall':<24} {'mentions':>8}  {head}")
    for t in TYPES:
        row = "  ".join(f"{pct(s.recall(t)):>{w}}" for s in systems.values())
        print(f"{t:<24} {first.per_type[t].mentions:>8}  {row}")

    print(f"\n{'mention leak':<24} {'':>8}  {head}")
    for t in TYPES:
        row = "  ".join(f"{pct(s.leak_rate(t)):>{w}}" for s in systems.values())
        print(f"{t:<24} {'':>8}  {row}")

    forms = Counter((g.type, g.form) for d in docs for g in d.spans)
    print(f"\n{'leak by form':<24} {'mentions':>8}  {head}")
    for (t, f), n in sorted(forms.items()):
        leaks = [sum(1 for m in s.misses if (m.type, m.form) == (t, f)) for s in systems.values()]
        row = "  ".join(f"{pct(k / n):>{w}}" for k in leaks)
        print(f"{(t + '/' + f)[:24]:<24} {n:>8}  {row}")

    print(f"\n{'summary':<24} {'':>8}  {head}")
    for label, spoken in (("spoken forms leak", True), ("written forms leak", False)):
        cells = []
        for s in systems.values():
            leaked, n = subset_leak(docs, s, spoken)
            cells.append(f"{pct(leaked / n if n else 0.0)} {leaked:>4}/{n:<5}")
        print(f"{label:<24} {'':>8}  " + "  ".join(f"{c:>{w}}" for c in cells))
    print(f"{'all mentions leak':<24} {'':>8}  "
          + "  ".join(f"{pct(s.leak_rate()):>{w}}" for s in systems.values()))
    print(f"{'over-redaction':<24} {'':>8}  "
          + "  ".join(f"{pct(s.over_redaction):>{w}}" for s in systems.values()))
    print(f"{'(tokens)':<24} {'':>8}  "
          + "  ".join(f"{f'{s.over_redacted}/{s.other_tokens}':>{w}}" for s in systems.values()))


def print_misses(name: str, s: Score, n: int) -> None:
    if not n:
        return
    print(f"\n-- {name}: leaked mentions by type/form (top {n})")
    for (t, form), k in s.misses_by_form().most_common(n):
        examples = [m for m in s.misses if m.type == t and m.form == form][:3]
        print(f"  {k:5d}  {t}/{form:<18} e.g. " + " | ".join(repr(m.context) for m in examples))
    print(f"-- {name}: most over-redacted non-identifier words")
    print("  " + ", ".join(f"{w!r}x{k}" for w, k in s.over_redacted_words.most_common(25)))


def evaluate(docs: list[Document], reg_csv: str, vanilla: VanillaPresidio, have_vault: bool,
             args: argparse.Namespace) -> dict[str, Score]:
    systems: dict[str, Score] = {}
    t0 = time.perf_counter()
    systems["plain Presidio"] = score(docs, vanilla.detections(docs))
    print(f"plain Presidio: {time.perf_counter() - t0:.1f}s")
    if not have_vault:
        return systems
    for name, reg in (("vault", None), ("vault+register", reg_csv)):
        system = VaultSystem.load(reg)
        t0 = time.perf_counter()
        run = system.detections(docs, args.n_process, args.batch_size)
        systems[name] = score(docs, run.replaced)
        print(f"{name}: {time.perf_counter() - t0:.1f}s, {run.review_items} review items"
              + (f"; WARNING {run.inconsistent_docs} docs whose replacements do not rebuild"
                 if run.inconsistent_docs else ""))
    return systems


def targets(docs: list[Document], systems: dict[str, Score]) -> list[tuple[str, bool, str]]:
    base, v, vr = systems["plain Presidio"], systems["vault"], systems["vault+register"]
    out = []
    leaked, n = subset_leak(docs, vr, True)
    out.append((f"spoken forms leak <= {SPOKEN_LEAK_WITH_REGISTER:.0%} with the register",
                leaked <= SPOKEN_LEAK_WITH_REGISTER * n, f"{leaked}/{n}"))
    leaked, n = subset_leak(docs, vr, False)
    out.append((f"written forms leak <= {WRITTEN_LEAK_WITH_REGISTER:.0%} with the register",
                leaked <= WRITTEN_LEAK_WITH_REGISTER * n, f"{leaked}/{n}"))
    leaked, n = subset_leak(docs, v, False)
    out.append((f"written forms leak <= {WRITTEN_LEAK_WITHOUT_REGISTER:.0%} without the register",
                leaked <= WRITTEN_LEAK_WITHOUT_REGISTER * n, f"{leaked}/{n}"))
    for name, s in (("vault", v), ("vault+register", vr)):
        out.append((f"{name} over-redaction <= {OVER_REDACTION:.1%}",
                    s.over_redaction <= OVER_REDACTION, pct(s.over_redaction).strip()))
        worse = [t for t in TYPES if s.per_type[t].mentions and s.recall(t) < base.recall(t)]
        out.append((f"{name} recall >= plain Presidio's on every type", not worse,
                    "below on: " + ", ".join(worse) if worse else "all types"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=[*CORPORA, "both"], default="both")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--misses", type=int, default=15, help="leaked forms to list per vault system")
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", type=Path, help="write all figures to this file")
    args = ap.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]

    vanilla = VanillaPresidio.load()
    print(f"plain Presidio: model {vanilla.model}, load {vanilla.load_seconds:.1f}s")
    why_not = vault_unavailable_reason()
    if why_not is not None:
        print(f"{why_not}: measuring plain Presidio only")

    payload: dict[str, object] = {}
    all_ok = True
    for name in (CORPORA if args.corpus == "both" else (args.corpus,)):
        docs = load_corpus(SPOKEN_DIR / f"{name}.jsonl")
        if args.limit:
            docs = docs[: args.limit]
        reg_csv = (SPOKEN_DIR / f"{name}_register.csv").read_text(encoding="utf-8")
        print(f"\n=== {name}: {len(docs)} transcripts, {sum(word_count(d.text) for d in docs)} "
              f"words, {sum(len(d.spans) for d in docs)} labelled mentions")
        systems = evaluate(docs, reg_csv, vanilla, why_not is None, args)
        print_tables(docs, systems)
        for sname, s in systems.items():
            if sname != "plain Presidio":
                print_misses(f"{name} {sname}", s, args.misses)
        result = targets(docs, systems) if why_not is None else []
        print(f"\ntargets ({name})")
        for label, ok, detail in result:
            print(f"  {'PASS' if ok else 'FAIL'}  {label}  ({detail})")
            all_ok &= ok
        payload[name] = {"systems": {n: s.to_dict() for n, s in systems.items()},
                         "targets": [{"target": t, "pass": ok, "detail": d}
                                     for t, ok, d in result]}
    if args.json:
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
        print(f"wrote {args.json}")
    if why_not is not None:
        return 2
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
