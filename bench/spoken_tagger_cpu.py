"""CPU of the spoken tagger's find_tagged against its plain first version
(tests/_spoken_tagger_reference.py) on the same development documents, best of five rounds
each, interleaved; the findings are compared too. Development sets only.

    .venv/bin/python bench/spoken_tagger_cpu.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import _spoken_tagger_reference as ref
from test_spoken_tagger_speed import _dev_documents

from vault.anonymise.spoken import tagger as tg


def main() -> None:
    docs = _dev_documents()
    best = {"reference": float("inf"), "find_tagged": float("inf")}
    for _ in range(5):
        for name, find in (("reference", ref.find_tagged), ("find_tagged", tg.find_tagged)):
            start = time.process_time()
            for text in docs:
                find(text)
            best[name] = min(best[name], time.process_time() - start)
    same = all(tg.find_tagged(text) == ref.find_tagged(text) for text in docs)
    print(f"{len(docs)} dev documents, {sum(map(len, docs))} characters; findings identical: {same}")
    for name, cpu in best.items():
        print(f"  {name:<12} {cpu:.3f} s CPU (best of 5)")
    print(f"  ratio {best['find_tagged'] / best['reference']:.3f}")


if __name__ == "__main__":
    main()
