"""Train the spoken-identifier tagger (vault/anonymise/spoken/tagger.py), deterministically.

    .venv/bin/python scripts/train_spoken_tagger.py            # writes vault/anonymise/data/spoken_tagger.crfsuite
    .venv/bin/python scripts/train_spoken_tagger.py --loso     # leave-one-set-out figures

Training data: the six spoken DEVELOPMENT sets (named one by one below; never a glob, so a
blind set can never slip in) and the hard-negative sets negatives_dev..negatives_dev5, each
document cut into the tagger's anchor windows, tokens labelled BIO from the gold spans
(PERSON only for spoken spellings, ``sp_*`` forms; the other tagged entities in every form).
L-BFGS with fixed iterations over the documents in file order: the same input gives the same
model, byte for byte.

``--loso`` rotates over the six spoken sets: trains on the five others (and the negatives),
then scores the one left out: the engine's own replacements (tagger off, computed once per
set and cached in --cache) against the same replacements unioned with the held-out model's
spans, with bench/_corpus.py's scorer (spoken-form leak, all leak, ordinary over-redaction).
It also scores the negatives sets with the full model (they are always in training, so that
figure is in-sample: the guard is that it must not move).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from _corpus import Detection, Document, load_corpus, score

from vault.anonymise.spoken import tagger as tg

CORPUS = REPO / "tests" / "corpus"
SPOKEN_DEV: tuple[str, ...] = ("spoken/dev", "spoken/dev2", "spoken/heldout", "spoken/heldout2",
                               "spoken/heldout3", "spoken/heldout4")
NEGATIVES: tuple[str, ...] = ("negatives_dev", "negatives_dev2", "negatives_dev3",
                              "negatives_dev4", "negatives_dev5")
PARAMS: dict[str, object] = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}


def load(name: str) -> list[Document]:
    return load_corpus(CORPUS / f"{name}.jsonl")


def register(name: str) -> str | None:
    path = CORPUS / f"{name}_register.csv"
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _label(gold: Document) -> tuple[str, list[tuple[int, int, str]]]:
    spans = [(g.start, g.end, g.type) for g in gold.spans
             if g.type in tg.ENTITIES and (g.type != "PERSON" or g.form.startswith("sp_"))]
    return tg.plain_text(gold.text), spans


def sequences(docs: Sequence[Document]) -> list[tuple[list[list[str]], list[str]]]:
    out = []
    for doc in docs:
        text, spans = _label(doc)
        toks = tg.tokenise(text)
        labels = ["O"] * len(toks)
        for s, e, ent in spans:
            first = True
            for i, (ts, te) in enumerate(toks):
                if ts < e and te > s:
                    labels[i] = ("B-" if first else "I-") + ent
                    first = False
        for a, b in tg.anchor_windows(text, toks):
            out.append((tg.features(text, toks[a:b]), labels[a:b]))
    return out


def train(names: Sequence[str], out: Path, params: dict[str, object] | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for name in names:
        for xs, ys in sequences(load(name)):
            trainer.append(xs, ys)
    trainer.set_params(PARAMS if params is None else params)
    trainer.train(str(out))


def engine_replacements(name: str, cache: Path) -> dict[str, list[Detection]]:
    path = cache / (name.replace("/", "_") + ".pickle")
    if path.is_file():
        with path.open("rb") as fh:
            cached: dict[str, list[Detection]] = pickle.load(fh)
            return cached
    from _corpus import VaultSystem

    os.environ["VAULT_SPOKEN_TAGGER"] = "off"
    run = VaultSystem.load(register(name)).detections(load(name))
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(run.replaced, fh)
    return run.replaced


def figures(docs: Sequence[Document], found: dict[str, list[Detection]]) -> str:
    s = score(docs, found)
    spoken = [m for m in s.misses if m.form.startswith("sp_")]
    mentions = sum(1 for d in docs for g in d.spans if g.form.startswith("sp_"))
    rate = 100 * len(spoken) / mentions if mentions else 0.0
    return (f"spoken leak {len(spoken):>4}/{mentions:<4} {rate:5.2f}%  all leak "
            f"{100 * s.leak_rate():5.2f}%  over-red {100 * s.over_redaction_ordinary:5.3f}%")


def alone(docs: Sequence[Document], tagged: dict[str, list[Detection]],
          base: dict[str, list[Detection]]) -> str:
    """The tagger's spans alone, on the spoken-form mentions of the entities it emits."""
    only = {d.id: tagged[d.id][len(base[d.id]):] for d in docs}
    s = score(docs, only)
    kinds = {"NHS": "NHS_NUMBER", "GMC": "GMC_NUMBER"}
    mentions = [(d.id, g) for d in docs for g in d.spans
                if g.form.startswith("sp_") and kinds.get(g.type, g.type) in tg.EMITTED]
    leaked = sum(1 for m in s.misses if m.form.startswith("sp_")
                 and kinds.get(m.type, m.type) in tg.EMITTED)
    rate = 100 * leaked / len(mentions) if mentions else 0.0
    return (f"tagger alone: spoken {'/'.join(sorted(tg.EMITTED))} leak {leaked}/{len(mentions)}"
            f" {rate:.1f}%, over-red {100 * s.over_redaction_ordinary:.3f}%")


def with_tagger(docs: Sequence[Document], base: dict[str, list[Detection]],
                model: Path) -> tuple[dict[str, list[Detection]], int]:
    os.environ["VAULT_SPOKEN_TAGGER"] = str(model)
    tg._tagger.cache_clear()
    out: dict[str, list[Detection]] = {}
    added = 0
    for d in docs:
        extra = [Detection(f.start, f.end, f.entity) for f in tg.find_tagged(tg.plain_text(d.text))]
        added += len(extra)
        out[d.id] = [*base[d.id], *extra]
    return out, added


def loso(cache: Path, models: Path) -> None:
    models.mkdir(parents=True, exist_ok=True)

    def model_for(names: Sequence[str], tag: str) -> Path:
        path = models / f"{tag}.crfsuite"
        if not path.is_file():  # kept between runs: re-scoring needs no retraining
            train(names, path)
        return path

    for left in SPOKEN_DEV:
        model = model_for([n for n in SPOKEN_DEV if n != left] + list(NEGATIVES),
                          "without_" + left.replace("/", "_"))
        docs = load(left)
        base = engine_replacements(left, cache)
        tagged, added = with_tagger(docs, base, model)
        print(f"{left:<16} held out   without: {figures(docs, base)}")
        print(f"{'':<16} {'':<10} with:    {figures(docs, tagged)}  (+{added} spans)")
        print(f"{'':<16} {'':<10} {alone(docs, tagged, base)}")
    full = model_for([*SPOKEN_DEV, *NEGATIVES], "full")
    for name in NEGATIVES:
        docs = load(name)
        base = engine_replacements(name, cache)
        tagged, added = with_tagger(docs, base, full)
        print(f"{name:<16} in sample  without: {figures(docs, base)}")
        print(f"{'':<16} {'':<10} with:    {figures(docs, tagged)}  (+{added} spans)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out figures")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "spoken_tagger",
                    help="where --loso keeps the engine's replacements per set")
    ap.add_argument("--models", type=Path,
                    default=Path(tempfile.gettempdir()) / "spoken_tagger_models",
                    help="where --loso keeps its models (delete it after changing features)")
    ap.add_argument("--out", type=Path, default=tg.MODEL_PATH)
    args = ap.parse_args(argv)
    if args.loso:
        loso(args.cache, args.models)
        return 0
    train([*SPOKEN_DEV, *NEGATIVES], args.out)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    args.out.with_suffix(".crfsuite.sha256").write_text(f"{digest}  {args.out.name}\n")
    print(f"{args.out}: {args.out.stat().st_size} bytes, sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
