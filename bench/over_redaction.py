"""Over-redaction on the development sets, by class: which proposals alter ordinary words.

anonymise_quality.py lists leaks; this lists the other side. Every replacement vault makes
(no register: the engine alone) that covers an ordinary token (the scorer's definition:
outside every gold span, not a title or "the" attached to one) is counted under

    (entity type, detector, whole|part)

where *whole* means the proposal overlaps no gold mention at all (a finder firing on ordinary
language, or a mention the set's author left unlabelled) and *part* means it runs past a gold
mention into the words beside it. Each class shows its token count, how many development sets
it occurs in, and its most frequent over-redacted words (lower-cased). ``--examples TYPE/DETECTOR``
prints, for the classes of that prefix, each proposal with a few words of context, to judge
whether a class is the engine altering ordinary language or a labelling disagreement.

Only development sets are read: the blind sets and the round's held-out pair are never loaded,
whatever ``--only`` says (:func:`development_paths`). Per-set replacements are cached as JSON
under ``--cache`` (one file per set; which engine wrote them is the caller's business: a new
directory per engine, or ``--refresh``), so re-slicing the classes costs nothing.

    GX_ANALYTICS_ENABLED=false .venv/bin/python bench/over_redaction.py --cache /tmp/or \\
        [--only spoken/] [--top 40] [--examples PHONE/uk_phone]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from _corpus import (
    CORPUS_DIR,
    Detection,
    Document,
    _attached,
    _merge,
    _overlaps,
    load_corpus,
    score,
    tokens,
)
from anonymise_quality import (
    RETIRED_IN_ROUND_24,
    STILL_BLIND,
)

#: sets that are neither development nor still blind by name in the bench: this round's new
#: blind sets, being written while the bench's STILL_BLIND does not list them yet
_NEWEST_BLIND = re.compile(r"^(people_heldout2[4-9]|people_heldout[3-9]\d|spoken/heldout(1[8-9]|[2-9]\d))$")


def development_paths(root: Path = CORPUS_DIR) -> list[tuple[str, Path]]:
    """(name, path) of every development set: every labelled set except the still-blind ones,
    the ones newer than them, and the held-out pair (scored by the bench, counts only)."""
    out = []
    for path in sorted(root.rglob("*.jsonl")):
        name = path.relative_to(root).with_suffix("").as_posix()
        if name in STILL_BLIND or name in RETIRED_IN_ROUND_24 or _NEWEST_BLIND.match(name):
            continue
        out.append((name, path))
    return out


@dataclass(frozen=True)
class Proposal:
    start: int
    end: int
    type: str
    detector: str


def _run(docs: Sequence[Document]) -> dict[str, list[Proposal]]:
    from vault.anonymise.engine import Anonymiser

    anonymiser = Anonymiser()
    redactions = anonymiser.redact_many([d.text for d in docs], n_process=1)
    return {d.id: [Proposal(x.start, x.end, x.entity_type, x.detector) for x in r.replacements]
            for d, r in zip(docs, redactions, strict=True)}


def proposals(name: str, docs: Sequence[Document], cache: Path | None,
              refresh: bool) -> dict[str, list[Proposal]]:
    file = cache / (name.replace("/", "__") + ".json") if cache else None
    if file is not None and file.is_file() and not refresh:
        raw = json.loads(file.read_text(encoding="utf-8"))
        return {k: [Proposal(*p) for p in v] for k, v in raw.items()}
    found = _run(docs)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(json.dumps({k: [[p.start, p.end, p.type, p.detector] for p in v]
                                    for k, v in found.items()}), encoding="utf-8")
    return found


Key = tuple[str, str, str]


def classify(name: str, doc: Document, found: Sequence[Proposal], tally: Counter[Key],
             words: dict[Key, Counter[str]], examples: list[tuple[Key, str]],
             example_prefix: str | None) -> None:
    """Add the ordinary tokens each proposal in ``found`` covers to ``tally`` by class."""
    g_starts, g_ends = _merge((g.start, g.end) for g in doc.spans)
    gold_by_start = {g.start: g.type for g in doc.spans}
    toks = tokens(doc.text)
    for p in found:
        hit = [(s, e) for s, e in toks
               if s < p.end and p.start < e and not _overlaps(g_starts, g_ends, s, e)
               and not _attached(doc.text, (s, e), gold_by_start)]
        if not hit:
            continue
        part = "part" if _overlaps(g_starts, g_ends, p.start, p.end) else "whole"
        key = (p.type, p.detector, part)
        tally[key] += len(hit)
        words[key].update(doc.text[s:e].lower() for s, e in hit)
        if example_prefix is not None and f"{p.type}/{p.detector}".startswith(example_prefix):
            left = doc.text[max(0, p.start - 50):p.start]
            right = doc.text[p.end:p.end + 50]
            examples.append((key, f"{name}: {left}[[{doc.text[p.start:p.end]}]]{right}"
                             .replace("\n", " ")))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", default=[],
                    help="development sets whose name contains this (repeatable)")
    ap.add_argument("--cache", type=Path, help="directory for per-set replacements (JSON)")
    ap.add_argument("--refresh", action="store_true", help="recompute cached sets")
    ap.add_argument("--top", type=int, default=30, help="classes to list")
    ap.add_argument("--words", type=int, default=8, help="words to show per class")
    ap.add_argument("--examples", metavar="TYPE/DETECTOR",
                    help="print the proposals of classes with this prefix, in context")
    ap.add_argument("--per-set", action="store_true", help="leak and ordinary words per set")
    args = ap.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]

    tally: Counter[Key] = Counter()
    words: dict[Key, Counter[str]] = defaultdict(Counter)
    sets: dict[Key, set[str]] = defaultdict(set)
    examples: list[tuple[Key, str]] = []
    total_ordinary = total_over = 0
    for name, path in development_paths():
        if args.only and not any(o in name for o in args.only):
            continue
        docs = load_corpus(path)
        found = proposals(name, docs, args.cache, args.refresh)
        before = Counter(tally)
        for doc in docs:
            classify(name, doc, found.get(doc.id, ()), tally, words, examples, args.examples)
        for key in tally - before:
            sets[key].add(name)
        s = score(docs, {k: [Detection(p.start, p.end, p.type) for p in v]
                         for k, v in found.items()})
        total_ordinary += s.ordinary_tokens
        total_over += s.over_redacted_ordinary
        if args.per_set:
            print(f"{name:<22} leak {s.leak_rate():7.2%}  ordinary {s.over_redaction_ordinary:6.2%}"
                  f"  ({s.over_redacted_ordinary}/{s.ordinary_tokens})")
    print(f"\nall: {total_over}/{total_ordinary} ordinary tokens altered "
          f"({total_over / max(1, total_ordinary):.2%}); by proposal class "
          f"({sum(tally.values())} counted per proposal, overlaps twice):")
    for key, n in tally.most_common(args.top):
        top = ", ".join(f"{w}x{k}" for w, k in words[key].most_common(args.words))
        print(f"  {n:5d}  {'/'.join(key):<40} sets {len(sets[key]):2d}  {top}")
    for key, text in examples:
        print(f"{'/'.join(key)}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
