"""Train the learned age finder (:mod:`vault.anonymise.spoken.learned_ages`), and choose its
threshold leave one author out.

    .venv/bin/python scripts/train_age_finder.py                 # the shipped model
    .venv/bin/python scripts/train_age_finder.py --folds [SET ...]  # threshold per fold

Trained on every development set that labels ages (tests/corpus/README.md, "Which sets label
DATE and AGE": the committed corpus, the spoken sets, every relabelled names set and the
negatives sets): positives are the candidates inside an AGE gold span, negatives every other
candidate. ``people_heldout22`` labels no ages, so it gives no negatives; the held-out pair
(``people_heldout26``, ``spoken/heldout20``) and every blind set are refused by name.

``--folds`` trains, for each named development set, a model without it, runs the engine (the
finder off; cached per set) and scores the set with the fold model's finds unioned at each
threshold of :data:`THRESHOLDS`: AGE mention leak and ordinary words altered.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import _finder_folds as ff
from _corpus import Detection, Document, load_corpus

from vault.anonymise.spoken import learned_ages as la
from vault.anonymise.spoken.tagger import plain_text

CORPUS = REPO / "tests" / "corpus"
#: every development set that labels ages
SPOKEN: tuple[str, ...] = ("spoken/dev", "spoken/dev2", "spoken/heldout",
                           *(f"spoken/heldout{k}" for k in range(2, 19)))
WRITTEN: tuple[str, ...] = ("corpus", "names_dev", "names_heldout", "people_dev", "people_dev2",
                            "people_dev3", "people_heldout",
                            *(f"people_heldout{k}" for k in range(2, 22)), "people_heldout23",
                            "people_heldout24")
NEGATIVES: tuple[str, ...] = ("negatives_dev", "negatives_dev2", "negatives_dev3",
                              "negatives_dev4", "negatives_dev5")
TRAIN: tuple[str, ...] = (*WRITTEN, *SPOKEN, *NEGATIVES)
#: never trained on: a set that labels no ages (its ages would be negatives), the held-out
#: pair, and every blind set (with the names this and the next round's blind writers add)
NO_AGES: tuple[str, ...] = ("people_heldout22",)
HELD_OUT: tuple[str, ...] = ("people_heldout26", "spoken/heldout20")
BLIND: tuple[str, ...] = ("people_heldout27", "people_heldout28", "people_heldout29",
                          "spoken/heldout21", "spoken/heldout22", "spoken/heldout23",
                          "spoken/heldout24")
PARAMS: dict[str, object] = {"c1": 0.05, "c2": 0.5, "max_iterations": 150}
THRESHOLDS: tuple[float, ...] = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
FINDER = ff.Finder("AGE", "VAULT_AGE_FINDER", la.find_learned_ages, la._tagger.cache_clear,
                   THRESHOLDS)
#: the folds (authors left out in turn): the latest spoken and written authors that label ages
FOLDS: tuple[str, ...] = ("spoken/heldout14", "spoken/heldout15", "spoken/heldout16",
                          "spoken/heldout17", "spoken/heldout18", "people_heldout21",
                          "people_heldout23", "people_heldout24")


def refused(names: Sequence[str]) -> list[str]:
    """The names in ``names`` no model may learn from."""
    from anonymise_quality import STILL_BLIND

    return sorted(set(names) & {*NO_AGES, *HELD_OUT, *BLIND, *STILL_BLIND})


def load(name: str) -> list[Document]:
    return load_corpus(CORPUS / f"{name}.jsonl")


def examples(docs: Sequence[Document]) -> list[tuple[list[str], str]]:
    """(features, label) of every candidate of ``docs``: AGE inside an AGE gold span."""
    out = []
    for doc in docs:
        text = plain_text(doc.text)
        ages = [(g.start, g.end) for g in doc.spans if g.type == "AGE"]
        toks = la.tokenise(text)
        found = la.candidates(text, toks)
        for (a, b, _), f in zip(found, la.features(text, toks, found), strict=True):
            s, e = toks[a][0], toks[b - 1][1]
            label = la.AGE if any(s < ge and e > gs for gs, ge in ages) else la.OTHER
            out.append((f, label))
    return out


def set_examples(name: str, cache: Path | None) -> list[tuple[list[str], str]]:
    """:func:`examples` of set ``name``, pickled under ``cache`` when one is given (the folds
    train a model per fold on the same sets: each set's features are made once)."""
    if cache is None:
        return examples(load(name))
    path = cache / ("examples_" + name.replace("/", "_") + ".pickle")
    if path.is_file():
        with path.open("rb") as fh:
            cached: list[tuple[list[str], str]] = pickle.load(fh)
            return cached
    out = examples(load(name))
    part = path.with_suffix(".part")  # (renamed whole: two runs may share the cache)
    with part.open("wb") as fh:
        pickle.dump(out, fh)
    part.replace(path)
    return out


def train(names: Sequence[str], out: Path, cache: Path | None = None) -> None:
    import pycrfsuite

    bad = refused(names)
    if bad:  # the held-out pair and the blind sets are scored, never learned from
        raise SystemExit(f"not trained on: {', '.join(bad)}")
    trainer = pycrfsuite.Trainer(verbose=False)
    for name in names:
        for f, label in set_examples(name, cache):
            trainer.append([f], [label])
    trainer.set_params(PARAMS)
    trainer.train(str(out))


def register(name: str) -> str | None:
    path = CORPUS / f"{name}_register.csv"
    return path.read_text(encoding="utf-8") if path.is_file() else None


def engine_replacements(name: str, cache: Path) -> dict[str, list[Detection]]:
    """What the engine replaces in set ``name`` with this finder off (cached)."""
    return ff.engine_replacements(FINDER, name, load(name), register(name), cache)


def folds(names: Sequence[str], cache: Path, models: Path) -> None:
    models.mkdir(parents=True, exist_ok=True)
    for left in names:
        if left not in TRAIN:
            raise SystemExit(f"{left} is not a development set that labels ages")
        path = models / f"without_{left.replace('/', '_')}.crfsuite"
        if not path.is_file():
            train([n for n in TRAIN if n != left], path, models)
        ff.scored(FINDER, left, load(left), engine_replacements(left, cache), path)


def in_sample(names: Sequence[str], cache: Path, model: Path) -> None:
    """The sets trained on (the negatives), scored with the full model at each threshold."""
    for name in names:
        ff.scored(FINDER, name, load(name), engine_replacements(name, cache), model)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", nargs="*", metavar="SET",
                    help="leave these development sets out in turn (FOLDS if none named)")
    ap.add_argument("--in-sample", nargs="*", metavar="SET",
                    help="score these sets with the full model (NEGATIVES if none named)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "age_finder",
                    help="where the engine's replacements per set are kept")
    ap.add_argument("--models", type=Path,
                    default=Path(tempfile.gettempdir()) / "age_finder_models",
                    help="where fold models and each set's features are kept (delete it after "
                         "changing features)")
    ap.add_argument("--out", type=Path, default=la.MODEL_PATH)
    args = ap.parse_args(argv)
    if args.folds is not None:
        folds(args.folds or FOLDS, args.cache, args.models)
        return 0
    if args.in_sample is not None:
        full = args.models / "full.crfsuite"
        if not full.is_file():
            args.models.mkdir(parents=True, exist_ok=True)
            train(TRAIN, full, args.models)
        in_sample(args.in_sample or NEGATIVES, args.cache, full)
        return 0
    train(TRAIN, args.out)
    digest = ff.record_checksum(args.out)
    print(f"{args.out}: {args.out.stat().st_size} bytes, sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
