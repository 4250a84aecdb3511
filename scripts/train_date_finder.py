"""Train the learned date finder (:mod:`vault.anonymise.spoken.learned_dates`), and choose its
threshold leave one author out.

    .venv/bin/python scripts/train_date_finder.py                 # the shipped model
    .venv/bin/python scripts/train_date_finder.py --folds [SET ...]  # threshold per fold

Trained on every development set that labels dates (tests/corpus/README.md, "Which sets label
DATE and AGE": the committed corpus, the spoken sets, the names sets written with date slots
and every relabelled names set, whose text holds no specific date, and the negatives sets):
each candidate run is a sequence, its tokens labelled B/I inside a DATE gold span and O
outside. ``people_heldout22`` labels no dates, so it gives no negatives; the held-out pair
(``people_heldout26``, ``spoken/heldout20``) and every blind set are refused by name.

``--folds`` trains, for each named development set, a model without it, runs the engine (the
finder off; cached per set) and scores the set with the fold model's finds unioned at each
threshold of :data:`THRESHOLDS`: DATE mention leak and ordinary words altered.
"""
from __future__ import annotations

import argparse
import functools
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import _finder_folds as ff
from _corpus import Detection, Document
from train_age_finder import BLIND, HELD_OUT, NEGATIVES, load, register

from vault.anonymise.spoken import learned_dates as ld
from vault.anonymise.spoken.tagger import plain_text

#: every development set that labels dates
SPOKEN: tuple[str, ...] = ("spoken/dev", "spoken/dev2", "spoken/heldout",
                           *(f"spoken/heldout{k}" for k in range(2, 20)))
WRITTEN: tuple[str, ...] = ("corpus", "names_dev", "names_heldout", "people_dev", "people_dev2",
                            "people_dev3", "people_heldout",
                            *(f"people_heldout{k}" for k in range(2, 22)), "people_heldout23",
                            "people_heldout24", "people_heldout25")
TRAIN: tuple[str, ...] = (*WRITTEN, *SPOKEN, *NEGATIVES)
#: never trained on: a set that labels no dates (its dates would be negatives)
NO_DATES: tuple[str, ...] = ("people_heldout22",)
PARAMS: dict[str, object] = {"c1": 0.05, "c2": 0.1, "max_iterations": 100,
                             "feature.possible_transitions": True}
THRESHOLDS: tuple[float, ...] = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)
FINDER = ff.Finder("DATE", "VAULT_DATE_FINDER", ld.find_learned_dates, ld._tagger.cache_clear,
                   THRESHOLDS)
#: the folds (authors left out in turn): four written names sets and four spoken sets, the
#: latest of each (never the held-out pair)
FOLDS: tuple[str, ...] = ("people_heldout25", "people_heldout24", "people_heldout23",
                          "people_heldout21", "spoken/heldout19", "spoken/heldout18",
                          "spoken/heldout17", "spoken/heldout16")


def refused(names: Sequence[str]) -> list[str]:
    """The names in ``names`` no model may learn from."""
    from anonymise_quality import STILL_BLIND

    return sorted(set(names) & {*NO_DATES, *HELD_OUT, *BLIND, *STILL_BLIND})


def examples(docs: Sequence[Document]) -> list[tuple[list[list[str]], list[str]]]:
    """(features, labels) of every candidate run of ``docs``."""
    out = []
    for doc in docs:
        text = plain_text(doc.text)
        dates = [(g.start, g.end) for g in doc.spans if g.type == "DATE"]
        toks = ld.tokenise(text)
        found = ld.runs(text, toks)
        out += zip(ld.features(text, toks, found), ld.labels(toks, found, dates), strict=True)
    return out


@functools.cache
def set_examples(name: str) -> list[tuple[list[list[str]], list[str]]]:
    """:func:`examples` of set ``name`` (kept: the folds train on each set many times)."""
    return examples(load(name))


def train(names: Sequence[str], out: Path) -> None:
    import pycrfsuite

    bad = refused(names)
    if bad:  # the held-out pair and the blind sets are scored, never learned from
        raise SystemExit(f"not trained on: {', '.join(bad)}")
    trainer = pycrfsuite.Trainer(verbose=False)
    for name in names:
        for f, y in set_examples(name):
            trainer.append(f, y)
    trainer.set_params(PARAMS)
    trainer.train(str(out))


def engine_replacements(name: str, cache: Path) -> dict[str, list[Detection]]:
    """What the engine replaces in set ``name`` with this finder off (cached)."""
    return ff.engine_replacements(FINDER, name, load(name), register(name), cache)


def folds(names: Sequence[str], cache: Path, models: Path) -> None:
    models.mkdir(parents=True, exist_ok=True)
    for left in names:
        if left not in TRAIN:
            raise SystemExit(f"{left} is not a development set that labels dates")
        path = models / f"without_{left.replace('/', '_')}.crfsuite"
        if not path.is_file():
            train([n for n in TRAIN if n != left], path)
        ff.scored(FINDER, left, load(left), engine_replacements(left, cache), path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", nargs="*", metavar="SET",
                    help="leave these development sets out in turn (FOLDS if none named)")
    ap.add_argument("--in-sample", nargs="*", metavar="SET",
                    help="score these sets with the full model (NEGATIVES if none named)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "date_finder",
                    help="where the engine's replacements per set are kept")
    ap.add_argument("--models", type=Path,
                    default=Path(tempfile.gettempdir()) / "date_finder_models",
                    help="where fold models are kept (delete it after changing features)")
    ap.add_argument("--out", type=Path, default=ld.MODEL_PATH)
    args = ap.parse_args(argv)
    if args.folds is not None:
        folds(args.folds or FOLDS, args.cache, args.models)
        return 0
    if args.in_sample is not None:
        full = args.models / "full.crfsuite"
        if not full.is_file():
            args.models.mkdir(parents=True, exist_ok=True)
            train(TRAIN, full)
        for name in args.in_sample or NEGATIVES:
            ff.scored(FINDER, name, load(name), engine_replacements(name, args.cache), full)
        return 0
    train(TRAIN, args.out)
    digest = ff.record_checksum(args.out)
    print(f"{args.out}: {args.out.stat().st_size} bytes, sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
