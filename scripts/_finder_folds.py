"""What the learned finders' training scripts share when they score a model: the engine's
replacements with the finder off (cached), the finder's spans added at each threshold, and one
figures line per threshold (the finder's type leaked, all leak, ordinary words altered); and
the checksum file they write beside a model they ship.

Used by ``scripts/train_age_finder.py`` and ``scripts/train_date_finder.py`` (``--folds`` and
``--in-sample``); each names its finder with a :class:`Finder`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _corpus import Detection, Document, replacements_without, score

from vault.anonymise.spoken.tagger import plain_text


@dataclass(frozen=True)
class Finder:
    #: the type it finds ("AGE", "DATE")
    entity: str
    #: the environment variable that names its model or switches it off
    env: str
    #: ``find(text, threshold)`` -> findings with ``start``, ``end``, ``entity``
    find: Callable[[str, float], Sequence[Any]]
    #: forgets the loaded model (after ``env`` names another)
    forget: Callable[[], None]
    thresholds: tuple[float, ...]


def engine_replacements(finder: Finder, name: str, docs: Sequence[Document],
                        register_csv: str | None, cache: Path) -> dict[str, list[Detection]]:
    """What the engine replaces in set ``name`` with this finder off (cached)."""
    return replacements_without(name, docs, register_csv, cache, finder.env)


def figures(finder: Finder, docs: Sequence[Document], found: dict[str, list[Detection]]) -> str:
    s = score(docs, found)
    total = sum(1 for d in docs for g in d.spans if g.type == finder.entity)
    leaked = sum(1 for m in s.misses if m.type == finder.entity)
    rate = 100 * leaked / total if total else 0.0
    return (f"{finder.entity} leak {leaked:>4}/{total:<4} {rate:6.2f}%  all leak "
            f"{100 * s.leak_rate():5.2f}%  ordinary {100 * s.over_redaction_ordinary:6.3f}%")


def with_model(finder: Finder, docs: Sequence[Document], base: dict[str, list[Detection]],
               model: Path, threshold: float) -> tuple[dict[str, list[Detection]], int]:
    """``base`` with the spans model ``model`` finds at ``threshold`` added, and how many."""
    os.environ[finder.env] = str(model)
    finder.forget()
    out: dict[str, list[Detection]] = {}
    added = 0
    for d in docs:
        extra = [Detection(f.start, f.end, f.entity)
                 for f in finder.find(plain_text(d.text), threshold)]
        added += len(extra)
        out[d.id] = [*base[d.id], *extra]
    return out, added


def scored(finder: Finder, name: str, docs: Sequence[Document],
           base: dict[str, list[Detection]], model: Path) -> None:
    """Print set ``name``'s figures with the finder off, then with ``model`` at each threshold."""
    print(f"{name:<18} finder off   {figures(finder, docs, base)}", flush=True)
    for t in finder.thresholds:
        found, added = with_model(finder, docs, base, model, t)
        print(f"{'':<18} at {t:.2f}     {figures(finder, docs, found)}  (+{added} spans)",
              flush=True)


def record_checksum(model: Path) -> str:
    """Write the SHA-256 of ``model`` beside it (``<name>.crfsuite.sha256``, as
    :func:`vault.anonymise.spoken.tagger.open_checked_model` reads it) and return it."""
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    model.with_suffix(".crfsuite.sha256").write_text(f"{digest}  {model.name}\n")
    return digest
