"""Train the spoken-identifier tagger (vault/anonymise/spoken/tagger.py), deterministically.

    .venv/bin/python scripts/train_spoken_tagger.py            # writes vault/anonymise/data/spoken_tagger.crfsuite
    .venv/bin/python scripts/train_spoken_tagger.py --loao     # leave-one-AUTHOR-out figures
    .venv/bin/python scripts/train_spoken_tagger.py --loso     # leave-one-set-out figures

Training data: the twenty spoken DEVELOPMENT sets (named one by one below; never a glob, so
a blind set can never slip in; round 16 added spoken/heldout8, round 17 spoken/heldout9, round 18
spoken/heldout10, round 23 spoken/heldout11 to 15, the authors retired in rounds 18 to 22, round
24 spoken/heldout16, round 23's held-out pair, round 25 spoken/heldout17, round 24's, round 26
spoken/heldout18, round 25's; the held-out pair spoken/heldout19 and the blind sets are refused
by name in :func:`train`), the
hard-negative sets negatives_dev..negatives_dev5 and the
invented transcripts of scripts/spoken_tagger_synth.py (numbers said in parts; read-backs and
corrections of identifiers and of ordinary numbers; round 17: 900 transcripts of many habits,
every emitted class said every way beside ordinary numbers said the same ways), each document
cut into the tagger's
anchor windows, tokens labelled BIO from the gold spans (PERSON only for spoken spellings,
``sp_*`` forms; the other tagged entities in every form). L-BFGS with fixed iterations over
the documents in a fixed order: the same input gives the same model, byte for byte (round 16:
about 35 s of CPU, 4 minutes on two cores shared with seven other jobs; 558 KB; round 17:
about 52 s of CPU, 10 minutes on two cores under a load of about 19; 706 KB; round 18 with
spoken/heldout10, the digit-band feature, teens and tens as anchors and more invented habits:
about 60 s of CPU, 6 minutes under a load of about 8; 845 KB; round 23 with spoken/heldout11
to 15: 4 minutes under a load of 1-9, 921 KB, sha256 18b3bd4c...; round 24 with
spoken/heldout16: about 2 minutes of CPU, 13 minutes under a load of 9-13, 966 KB, sha256
73d436f9...).

``--loao`` leaves one author out: one of the sets retired into development in rounds 15 to 24
(trained on the other spoken development sets, the negatives and the invented
transcripts; spoken/heldout11 to 17 by default), then scores the left-out set with the tagger off (the engine's own
replacements, computed once per set and cached in --cache), with --baseline (another model,
e.g. the round-14 one) and with the fold's model at the shipped thresholds and with each
entity's threshold moved alone (:data:`GRID`; the replacements unioned with the tagger's
spans), with bench/_corpus.py's scorer (spoken-form leak, all leak, ordinary over-redaction).

Round 22 measured training on the four authors retired since round 18 as well (spoken/heldout11
to 14, each left out in turn; spoken/heldout15, the held-out pair, in none), at the shipped
thresholds, against the shipped model (trained on none of them): spoken-form mentions leaked
292/52/123/29 -> 293/49/119/26 (496 -> 487), ordinary words altered +0.060/-0.030/-0.002/-0.015
points, so the first fold rose by more than 0.02 points; the folds spoken/heldout9 and 10 were
not measured (each model took 20-24 minutes under a load of about 25). Not shipped: the model
and this script's training sets are unchanged.

Round 23 trains on all five (spoken/heldout11 to 15; spoken/heldout16 is round 23's held-out
pair). Leave-one-author-out on the five (each fold model trained on the other four and every
older author, 4-15 minutes each under a load of 7-13), at the shipped thresholds, against the
round-22 model (trained on none of them), with the two guards below: spoken-form mentions
leaked 288/53/123/29/84 -> 292/47/121/27/76 (577 -> 563), ordinary words altered
+0.062/-0.025/+0.000/-0.031/+0.011 points. The fold spoken/heldout13 rose +0.046 points before
the guards: one author's diagnosis code said with a decimal ("<letter> sixty-three point four")
tagged POSTCODE, now dropped by :func:`~vault.anonymise.spoken.tagger._trimmed` (no postcode has
a decimal point); a speaker's label's code ("OH-005, retired:") was kept as the first part of a
number read out after it (the label guard, both in the tagger). The fold spoken/heldout11 still
rises +0.062 points: that author's unlabelled pension reference numbers read out digit by digit
("my old reference for the pension was oh six ...", 7 NHS_NUMBER and 8 PHONE spans), which the
round-22 model tagged too (PHONE); they are personal numbers, so no negative or feature teaches
them away. NHS_NUMBER at 0.9 (GRID) would cut that fold by 0.034 points and move no other fold,
but it was chosen from that one author's unlabelled numbers and is not shipped. The held-out
pair's first score (spoken/heldout16, never trained on): spoken-form mentions leaked 135 -> 121
(8.93% -> 8.01%), written forms 44 -> 44, ordinary words altered 2.48% -> 2.46% (1463 -> 1452
tokens), DATE leak 2.96% -> 2.22%, AGE 15.28% -> 14.81%; people_heldout22 ordinary words 1.57%
unchanged; the negatives sets unchanged (0.38/0.30/0.20/0.30/1.37%). After it, the focused tests
showed the new model tagging four invented hard negatives as dates or ages (two scores of tens,
the tail of groups said in a row, digits after a timed mark, a thing's age asked with the thing
named again): four guards in the tagger, which left the pair's figures, the folds' and the
negatives sets' exactly as above.

Round 24 trains on spoken/heldout16 too (round 23's held-out pair; spoken/heldout17 and
people_heldout23 are round 24's pair, refused). Its fold (left out: the model trained on every
other author, which is the round-23 model itself, retrained here to the same SHA-256), at the
shipped thresholds: spoken-form mentions leaked 243 with the tagger off -> 116 (16.08% ->
7.68%), ordinary words altered 2.468% -> 2.487% (+0.019 points). The GRID on that fold: PHONE or
NHS_NUMBER at 0.6 leave 113 at the same 2.487%, PERSON 0.6 115, every other setting 116-120;
NHS_NUMBER at 0.9 leaves 117 at 2.485% (-0.002 points, where round 23's fold spoken/heldout11
gave -0.034): this author does not agree, so every entity stays as shipped (and a lower PHONE
or NHS_NUMBER, free here, cost round 22's folds up to +0.072 points). The held-out pair's first
score with the new model (spoken/heldout17, never trained on): spoken-form mentions leaked 172
-> 160 (12.26% -> 11.40%), written forms 29 -> 29, ordinary words altered 478 -> 477 tokens
(0.853% -> 0.851%); by type PHONE 36 -> 29, AGE 88 -> 83, LOCATION 58 -> 56, DATE 7 -> 9 leaked;
people_heldout23 ordinary words 478 -> 475 tokens (0.945% -> 0.939%), leak 80 -> 80; the
negatives sets unchanged (25/7/2/7/32 tokens). The focused tests then showed the new model
reading three things of our own that no identifier is, and one date it found less surely: the
second number of a pair said with a comma as an age ("sixty-six, sixty-two at half time", the
first no age), a letter and "for" opening an address when the word is not the letter's ("plan b
for tommy ..."), the clause between two whole numbers read out ("..., and the surgery's oh one
...") as part of one; and a year and a day said a comma apart ("nineteen sixty-six, the second
of February") held as one run, unsure only of ", the". Four changes in the tagger (the age, the
address, the clause cut at three ordinary words between two whole numbers, a date's parts
between commas held alone when it says a day or a month: a score pair is no date in parts)
left the pair's figures, the fold's and the negatives sets' exactly as above.

Round 25 trains on spoken/heldout17 too (round 24's held-out pair; spoken/heldout18 and
people_heldout24 are round 25's pair, refused): 967 KB, sha256 64424225..., about 21 minutes
under a load of 10-20. Its fold (left out: the model trained on every other author, which is
the round-24 model itself by its training list; not retrained to check), at the shipped
thresholds: spoken-form mentions leaked 191 with the tagger off -> 147 (13.61% -> 10.48%),
ordinary words altered 0.851% -> 0.851% (477 tokens both). The GRID on that fold: PHONE 0.6 or
0.7 and POSTCODE 0.6 leave 144 at the same 0.851%, every other setting 146-154: small, and a
lower PHONE cost round 22's folds up to +0.072 points, so every entity stays as shipped. The
held-out pair's first score (spoken/heldout18, never trained on; the bench, counts only):
spoken-form mentions leaked 117 -> 116 (7.78% -> 7.71%), written forms 13 -> 13, ordinary
words altered 411 -> 388 tokens (0.67% -> 0.63%), AGE leak 27.78% -> 27.27%;
people_heldout24 ordinary words 812 -> 810 tokens (1.69%), leak 3.47% unchanged; the
negatives sets unchanged (25/6/2/7/32 tokens). The focused tests then showed the new model
losing one invented number it had found (a registration number read in groups, the tagger
unsure only of a comma between two groups, 0.66) and tagging one invented thing's number
(an order number, "um" said before the verb that names it): the commas between a piece's
words are no longer held to the threshold (:func:`~vault.anonymise.spoken.tagger._least_sure`),
and the thing's-number grammar takes its verb and hesitations in any order; neither moved the
fold, spoken/heldout9, 11, 13 and 16 or the negatives sets (one span more or less at most).
**That model was not kept** (the lead, after the merge): it read typed numbers with separators
as identifiers in five tests of earlier rounds that the focused tests above did not include
(a pain score's "4/5", a sort code, a room's "4.12", a ratio "7/40/55", a birth weight read out
as digits taken for a date). Its gain on the pair was one mention, so the shipped model is
round 24's again (965,648 bytes, sha256 73d436f9...); the script trains on spoken/heldout17 as
above, and the two tagger changes stay (they hold with either model).

Where the misses lie (round 25, the shipped round-24 model, all nineteen development authors;
in-sample but for spoken/heldout17): of the spoken-form mentions leaked, AGE 157 outside any
anchor window and 22 inside one, DATE 209 outside and 39 inside, on eight to ten authors each;
every other type mostly inside (PHONE 5 outside / 121 inside, GMC_NUMBER 8/56, NHS_NUMBER 2/49,
EMAIL 3/25, POSTCODE 11/31, PERSON 12/5, LOCATION 46/86, not emitted). The outside ages and
dates have one anchor (78 and 75: a teen, a year in digits, "autumn of 92") or two (57 and 89: a
compound said "sixty-seven", "twenty-nineteen") or none (21 and 42). A window opened by two
anchors (``MIN_ANCHORS`` 2, the model as shipped) left the fold 147 -> 135 spoken-form mentions
at the same ordinary words, spoken/heldout9, 11, 13, 16 (in-sample) -16/-38/-6/-4 mentions at
+0.004/+0.014/+0.006/+0.000 points, the negatives sets unchanged, the tagger's CPU on the 240 transcripts of
bench/anonymise_throughput.py 1.1 -> 1.5 s (the engine's, one process, 41 s); but on the pair
(counts, the engine's spans unioned with the tagger's) spoken/heldout18's spoken forms fell
113 -> 106 but people_heldout24's ordinary words rose 810 -> 831 tokens (+0.04 points): not
shipped.
What lies outside the windows is the ages' and dates' of single numbers, where the rule finders
and a learned age finder (round 25) work.

Round 26 trains on spoken/heldout18 too (round 25's held-out pair; spoken/heldout19 and
people_heldout25 are round 26's pair, refused): 992,844 bytes, sha256 f828bf16..., about 33
minutes under a load of 15-20. Its fold (left out: the model trained on every other author, the
round-25 model above, retrained here to the same sha256 64424225...), the engine's replacements
unioned with the tagger's, against the shipped round-24 model, both at the shipped thresholds:
spoken-form mentions leaked 123 with the tagger off -> 108 (shipped) -> 107 (fold model),
ordinary words altered 0.608% -> 0.672% -> 0.633% (412 -> 388 tokens); the GRID moved nothing
(107 at every setting). Round 26 also tried windows opened by a PAIR of anchors said in the turn
(not in a speaker's label, no count or measure word, per cent or currency sign beside it; any
pair, round 25's trial, cost people_heldout24 +17 tokens on "twenty-two months" and speakers'
codes): with the shipped model spoken/heldout18 108 -> 103 at +1 token, spoken/heldout17
unchanged, in sample spoken/heldout9, 11, 13, 16 -10/-34/-4/-4 at +0 to +2 tokens; with the fold
model 101 at 389 tokens, the negatives sets unchanged, people_heldout23 and 24 +4 and +1 tokens.
**Neither was kept**: the pair's first score with both (counts; round 24's model, windows of
three, before): spoken/heldout19 spoken-form mentions leaked 121 -> 107 (7.88% -> 6.97%) but
ordinary words altered 607 -> 667 tokens (0.95% -> 1.04%, +0.09 points, where the rule allows
+0.02); people_heldout25 all leak 5.64% -> 5.58%, AGE 14.09% -> 13.09%, ordinary 348 -> 342
tokens, written 6.33% unchanged. The whole redaction suite then failed 38 tests of earlier
rounds with them: numbers answering other questions ("Out of ten ...? - Forty-five"), a second
reading after a measure, an address after "c for", a thing's age, a year and a day a comma
apart, typed separators (a birth weight's digits, a ward, a score). The shipped model is round
24's again (965,648 bytes, sha256 73d436f9...); this script trains on spoken/heldout18 as above.

Round 27 trains on spoken/heldout19 too (round 26's held-out pair; spoken/heldout20 and
people_heldout26 are round 27's pair, refused). Its fold model is round 26's (f828bf16..., trained
on every other author; in git at 74d50dd); spoken/heldout18's is round 25's (64424225..., 4bab5b9).
Most of what round 26's model added to spoken/heldout19's ordinary words (610 -> 658 tokens) was
one author's addresses run on into the clause after them, which the tagger now ends
(``_address_end``; 603 tokens). The fold figures with the tagger's two round-27 trims (the
engine's replacements unioned with the tagger's, spoken-form mentions / ordinary tokens): shipped
model, windows of three 121/602 on spoken/heldout19 and 69/409 on spoken/heldout18; fold models,
windows of three 119/603 and 69/385; fold models with the pair windows 107/602 and 63/386;
people_heldout25 and 24 (never trained on) 356/813 tokens shipped, 350/816 round 26's model with
pairs; the negatives sets unchanged. The model trained with spoken/heldout19 was not finished
within the round (a load of 20-35 on two cores), so the shipped model is round 24's still. The
pair windows are not kept either: with the round-24 model they failed 24 hard-negative tests of
earlier rounds (numbers answering other questions, readings after a measure, a weight, a
thing's age, "at ... dot com" in ordinary talk); the two trims stay (they only end spans).

``--loso`` rotates over every spoken development set of :data:`SPOKEN_DEV` (nineteen since
round 25) the same way (and scores the negatives sets with
the full model: they are always in training, so that figure is in-sample; the guard is that
it must not move).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from _corpus import Detection, Document, load_corpus, replacements_without, score

from vault.anonymise.spoken import tagger as tg

CORPUS = REPO / "tests" / "corpus"
OLD_SPOKEN_DEV: tuple[str, ...] = ("spoken/dev", "spoken/dev2", "spoken/heldout", "spoken/heldout2",
                                   "spoken/heldout3", "spoken/heldout4")
#: the blind sets retired into development in round 15 (three more AUTHORS; named one by one)
RETIRED: tuple[str, ...] = ("spoken/heldout5", "spoken/heldout6", "spoken/heldout7")
#: retired into development in round 16 and trained on (two more authors: spoken/heldout9 was
#: round 16's fold, trained on from round 17)
RETIRED_16: tuple[str, ...] = ("spoken/heldout8", "spoken/heldout9")
#: retired in round 17 (round 17's fold), trained on from round 18
RETIRED_17: tuple[str, ...] = ("spoken/heldout10",)
#: retired in rounds 18 to 22 (round 18's fold spoken/heldout11; spoken/heldout12, 13 and 14
#: retired in rounds 19-21; spoken/heldout15, round 22's held-out pair), held out as folds until
#: round 22 and trained on from round 23: the --loao folds by default
RETIRED_18_22: tuple[str, ...] = ("spoken/heldout11", "spoken/heldout12", "spoken/heldout13",
                                  "spoken/heldout14", "spoken/heldout15")
#: round 23's held-out pair (with people_heldout22), retired into development in round 24 and
#: trained on from round 24: a --loao fold by default, beside RETIRED_18_22
RETIRED_23: tuple[str, ...] = ("spoken/heldout16",)
#: round 24's held-out pair (with people_heldout23), retired into development in round 25 and
#: trained on from round 25: a --loao fold by default
RETIRED_24: tuple[str, ...] = ("spoken/heldout17",)
#: round 25's held-out pair (with people_heldout24), retired into development in round 26 and
#: trained on from round 26: a --loao fold by default
RETIRED_25: tuple[str, ...] = ("spoken/heldout18",)
#: round 26's held-out pair (with people_heldout25), retired into development in round 27 and
#: trained on from round 27: a --loao fold by default
RETIRED_26: tuple[str, ...] = ("spoken/heldout19",)
SPOKEN_DEV: tuple[str, ...] = (*OLD_SPOKEN_DEV, *RETIRED, *RETIRED_16, *RETIRED_17,
                               *RETIRED_18_22, *RETIRED_23, *RETIRED_24, *RETIRED_25, *RETIRED_26)
#: development authors scored as folds but never trained on (none since round 23)
HELD_OUT: tuple[str, ...] = ()
#: the blind sets (and the names a blind writer may add), refused by name beside the bench's
#: STILL_BLIND: they judge the round and are never learned from; spoken/heldout20 is round 27's
#: held-out pair with people_heldout26 (people_heldout15 to 25 are written sets:
#: they have no spoken forms to learn, and stay refused)
BLIND: tuple[str, ...] = ("people_heldout15", "people_heldout16",
                          "people_heldout19", "people_heldout20", "people_heldout21",
                          "people_heldout22", "people_heldout23", "people_heldout24",
                          "people_heldout25", "spoken/heldout20",
                          "people_heldout26", "spoken/heldout21", "people_heldout27",
                          "spoken/heldout22", "people_heldout28", "spoken/heldout23")
NEGATIVES: tuple[str, ...] = ("negatives_dev", "negatives_dev2", "negatives_dev3",
                              "negatives_dev4", "negatives_dev5")
PARAMS: dict[str, object] = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}


#: the invented transcripts of scripts/spoken_tagger_synth.py (numbers said in parts, with
#: voices, pauses and checks inside, beside ordinary numbers), trained on like a set
SYNTHETIC = "synthetic"
#: the invented read-backs and corrections (round 16): identifiers and ordinary numbers said
#: back by a second voice, confirmed or corrected
READBACKS = "synthetic_readbacks"
#: the invented transcripts of many habits (round 17): every class of identifier said every way
#: (pairs, hundreds, digits, "double"/"triple", fillers and pauses inside, split over turns or
#: caption cues, lower-case captions), ordinary numbers said the same ways, dates and ages
HABITS = "synthetic_habits"
#: what is trained on beside the spoken and negative sets
TRAIN_EXTRA: tuple[str, ...] = (SYNTHETIC, READBACKS, HABITS)


def load(name: str) -> list[Document]:
    if name == SYNTHETIC:
        from spoken_tagger_synth import documents

        return documents()
    if name == READBACKS:
        from spoken_tagger_synth import readback_documents

        return readback_documents()
    if name == HABITS:
        from spoken_tagger_synth import habit_documents

        return habit_documents()
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
    from anonymise_quality import STILL_BLIND

    refused = set(names) & {*HELD_OUT, *BLIND, *STILL_BLIND}
    if refused:  # the fold and the blind sets are scored, never learned from
        raise SystemExit(f"not trained on: {', '.join(sorted(refused))}")
    trainer = pycrfsuite.Trainer(verbose=False)
    for name in names:
        for xs, ys in sequences(load(name)):
            trainer.append(xs, ys)
    trainer.set_params(PARAMS if params is None else params)
    trainer.train(str(out))


def engine_replacements(name: str, cache: Path) -> dict[str, list[Detection]]:
    return replacements_without(name, load(name), register(name), cache, "VAULT_SPOKEN_TAGGER")


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


def with_tagger(docs: Sequence[Document], base: dict[str, list[Detection]], model: Path,
                emit: Mapping[str, float] = tg.EMIT) -> tuple[dict[str, list[Detection]], int]:
    os.environ["VAULT_SPOKEN_TAGGER"] = str(model)
    tg._tagger.cache_clear()
    out: dict[str, list[Detection]] = {}
    added = 0
    for d in docs:
        extra = [Detection(f.start, f.end, f.entity) for f in
                 tg.find_tagged(tg.plain_text(d.text), emit=emit)]
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
        model = model_for([n for n in SPOKEN_DEV if n != left] + [*NEGATIVES, *TRAIN_EXTRA],
                          "without_" + left.replace("/", "_"))
        docs = load(left)
        base = engine_replacements(left, cache)
        tagged, added = with_tagger(docs, base, model)
        print(f"{left:<16} held out   without: {figures(docs, base)}")
        print(f"{'':<16} {'':<10} with:    {figures(docs, tagged)}  (+{added} spans)")
        print(f"{'':<16} {'':<10} {alone(docs, tagged, base)}")
    full = model_for([*SPOKEN_DEV, *NEGATIVES, *TRAIN_EXTRA], "full")
    for name in NEGATIVES:
        docs = load(name)
        base = engine_replacements(name, cache)
        tagged, added = with_tagger(docs, base, full)
        print(f"{name:<16} in sample  without: {figures(docs, base)}")
        print(f"{'':<16} {'':<10} with:    {figures(docs, tagged)}  (+{added} spans)")


#: the settings --loao compares on every fold (a label, each emitted entity's threshold): the
#: shipped ones, then each entity but the dates and ages (round 21's sweep) at its neighbours
#: with the others as shipped (round 22)
GRID: tuple[tuple[str, Mapping[str, float]], ...] = (
    ("shipped", dict(tg.EMIT)),
    *((f"{entity} {value:.2f}", {**tg.EMIT, entity: value})
      for entity in ("PHONE", "NHS_NUMBER", "GMC_NUMBER", "POSTCODE", "EMAIL", "PERSON")
      for value in (0.6, 0.7, 0.8, 0.9) if value != tg.EMIT[entity]))


def loao(cache: Path, models: Path, folds: Sequence[str], baseline: Path | None,
         extra: Sequence[str] = ()) -> None:
    """Leave one AUTHOR out: train on the other spoken development sets and the negatives (a
    set in :data:`HELD_OUT`, none since round 23, is in none of them); score the left-out set
    with the tagger off, with ``baseline`` (another model, e.g. the previous round's, at the
    shipped thresholds :data:`~vault.anonymise.spoken.tagger.EMIT`) and with the fold's model
    (union with the engine's own replacements, as --loso)."""
    models.mkdir(parents=True, exist_ok=True)
    for left in folds:
        if left not in (*RETIRED, *RETIRED_16, *RETIRED_17, *RETIRED_18_22, *RETIRED_23,
                        *RETIRED_24, *RETIRED_25, *RETIRED_26, *HELD_OUT):
            raise SystemExit(f"{left} is not a retired spoken set")
        # (a fold never trained on shares one model: the full one)
        tag = left.replace("/", "_") if left in SPOKEN_DEV else "none"
        path = models / f"loao_without_{tag}.crfsuite"
        if not path.is_file():
            train([*(r for r in SPOKEN_DEV if r != left), *NEGATIVES, *extra], path)
        docs = load(left)
        base = engine_replacements(left, cache)
        print(f"{left:<16} tagger off            {figures(docs, base)}")
        if baseline is not None:
            tagged, added = with_tagger(docs, base, baseline)
            print(f"{'':<16} baseline model shipped {figures(docs, tagged)}  (+{added} spans)")
        for label, emit in GRID:
            tagged, added = with_tagger(docs, base, path, emit)
            print(f"{'':<16} fold model {label:<18} {figures(docs, tagged)}  "
                  f"(+{added} spans)")
        tagged, _ = with_tagger(docs, base, path)
        print(f"{'':<16} {alone(docs, tagged, base)}", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out figures")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "spoken_tagger",
                    help="where --loso keeps the engine's replacements per set")
    ap.add_argument("--models", type=Path,
                    default=Path(tempfile.gettempdir()) / "spoken_tagger_models",
                    help="where --loso keeps its models (delete it after changing features)")
    ap.add_argument("--loao", nargs="*", metavar="SET",
                    help="leave one AUTHOR out (the named retired or held-out sets; "
                         "spoken/heldout11 to 16 if none named)")
    ap.add_argument("--baseline", type=Path,
                    help="a model to score beside each --loao fold (the previous round's model)")
    ap.add_argument("--out", type=Path, default=tg.MODEL_PATH)
    args = ap.parse_args(argv)
    if args.loao is not None:
        loao(args.cache, args.models,
             args.loao or (*RETIRED_18_22, *RETIRED_23, *RETIRED_24, *RETIRED_25,
                           *RETIRED_26),
             args.baseline,
             TRAIN_EXTRA)
        return 0
    if args.loso:
        loso(args.cache, args.models)
        return 0
    train([*SPOKEN_DEV, *NEGATIVES, *TRAIN_EXTRA], args.out)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    args.out.with_suffix(".crfsuite.sha256").write_text(f"{digest}  {args.out.name}\n")
    print(f"{args.out}: {args.out.stat().st_size} bytes, sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
