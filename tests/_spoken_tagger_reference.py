"""The spoken tagger's window finding, features and tagging loop as first written (round 14;
round 15's cue-reach feature and run rule, round 16's stress, cue-ahead and context features
and sentence-by-sentence threshold, round 24's date parts between commas and round 25's commas
left out of the threshold added the same plain way), one token at a time: the plain reference the faster code in vault/anonymise/spoken/tagger.py
must agree with exactly (tests/test_spoken_tagger_speed.py)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from vault.anonymise.spoken import tagger as tg
from vault.anonymise.spoken._finding import Finding

#: the anchors as first written
ANCHOR = re.compile(
    r"(?i)(?<![\w'’])(?:\d+|[b-hj-z]|zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"double|triple|treble|at|dot|underscore|" + "|".join(sorted(tg._NATO, key=len, reverse=True))
    + r")(?![\w'’])")


def tokenise(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in tg._TOKEN.finditer(text)]


def features(text: str, toks: Sequence[tuple[int, int]]) -> list[list[str]]:
    words = [text[s:e] for s, e in toks]
    lows = [w.lower() for w in words]
    classes = [tg._cls(w) for w in words]
    newline = [i == 0 or "\n" in text[toks[i - 1][1]:toks[i][0]] for i in range(len(toks))]
    out: list[list[str]] = []
    n = len(toks)
    for i in range(n):
        f = ["b", "w=" + lows[i], "c=" + classes[i], "s3=" + lows[i][-3:]]
        if newline[i]:
            f.append("nl")
        for d in (-4, -3, -2, -1, 1, 2, 3, 4):
            j = i + d
            if 0 <= j < n:
                f.append(f"c{d}={classes[j]}")
                if -2 <= d <= 2:
                    f.append(f"w{d}={lows[j]}")
            else:
                f.append(f"c{d}=EDGE")
        if i:
            f.append(f"cc-1={classes[i - 1]}|{classes[i]}")
        if i + 1 < n:
            f.append(f"cc+1={classes[i]}|{classes[i + 1]}")
        dense = sum(1 for j in range(max(0, i - 5), min(n, i + 6))
                    if classes[j] in ("DW", "DG", "REP", "OD", "TEEN", "TENS", "LET", "LETC",
                                      "NATO"))
        f.append(f"dense={min(dense, 8)}")
        cues = [j for j in range(max(0, i - tg.CUE_REACH), i) if classes[j].startswith("CUE")]
        if cues:
            f.append(f"lcue={classes[cues[-1]]}")
        if len(words[i]) > 1 and words[i].isupper():
            f.append("up")
        ahead = [j for j in range(i + 1, min(n, i + 1 + tg.CUE_REACH)) if classes[j].startswith("CUE")]
        if ahead:
            f.append(f"ncue={classes[ahead[0]]}")
        before = [tg._cls(m.group()) for m in tg._TOKEN.finditer(
            text[max(0, toks[0][0] - tg.CONTEXT_CHARS):toks[0][0]])
            if m.group().lower() not in tg._WEAK_CUES]
        before += [classes[j] for j in range(i) if lows[j] not in tg._WEAK_CUES]
        said = [c for c in before if c.startswith("CUE")]
        if said:
            f.append(f"ctx={said[-1]}")
        out.append(f)
    number = ("DW", "DG", "DG2", "DG3", "DG4", "DG5", "REP", "TEEN", "TENS", "OD", "SCALE")
    glue = ("FIL", "PAUSE", "MARK", "P,", "P-", "P.", "P")
    i = 0
    while i < n:  # each run of number tokens (glue inside, never at an edge): its digits' band
        if classes[i] not in number:
            i += 1
            continue
        j = i
        while j + 1 < n and (classes[j + 1] in glue or lows[j + 1] == "and"
                             or classes[j + 1] in number):
            j += 1
        while classes[j] not in number:
            j -= 1
        said = tg._digits(lows[i:j + 1])
        band = ("0" if said == 0 else "1" if said == 1 else "2" if said == 2 else "3" if said == 3
                else "4-5" if said <= 5 else "6-8" if said <= 8 else "9-12" if said <= 12 else "13+")
        for k in range(i, j + 1):
            out[k].append(f"nd={band}")
        i = j + 1
    return out


def anchor_windows(text: str, toks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    pos = {s: i for i, (s, _) in enumerate(toks)}
    hits = [i for m in ANCHOR.finditer(text) if (i := pos.get(m.start())) is not None]
    clusters: list[list[int]] = []
    for i in hits:
        if clusters and i - clusters[-1][-1] <= tg.ANCHOR_GAP:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    ranges: list[tuple[int, int]] = []
    for cluster in clusters:
        if len(cluster) < tg.MIN_ANCHORS:
            continue
        a, b = max(0, cluster[0] - tg.WINDOW), min(len(toks), cluster[-1] + tg.WINDOW + 1)
        if ranges and a <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], b))
        else:
            ranges.append((a, b))
    return ranges


def _sure(text: str, piece: Sequence[tuple[int, int]], entity: str,
          probs: dict[tuple[int, int], float]) -> bool:
    # the words at its edges that are no part of an identifier are not held to the threshold
    # (round 18)
    edge = tg._EDGES.get(entity, tg._NUMBER_EDGE)
    held = [t for t in piece if entity == "EMAIL" or tg._at_edge(text[t[0]:t[1]], edge)]
    if held:
        held = list(piece[piece.index(held[0]):piece.index(held[-1]) + 1])
    # the commas between its words are not held either (round 25), unless it is commas alone
    said = [t for t in held or piece if text[t[0]:t[1]] != ","]
    return min(probs[t] for t in said or held or piece) >= tg.EMIT[entity]


def find_tagged(text: str) -> list[Finding]:
    path = tg._model_path()
    if path is None or ANCHOR.search(text) is None:
        return []
    tagger = tg._tagger(path)
    if tagger is None:
        return []
    toks = tokenise(text)
    found: list[Finding] = []
    for a, b in anchor_windows(text, toks):
        window = toks[a:b]
        labels = tagger.tag(features(text, window))
        pieces: list[tuple[Sequence[tuple[int, int]], str]] = []
        i = 0
        while i < len(labels):
            if labels[i] == "O":
                i += 1
                continue
            j = i + 1
            while j < len(labels) and labels[j].startswith("I-"):
                j += 1
            kinds = [label[2:] for label in labels[i:j]]
            entity = max(dict.fromkeys(kinds), key=kinds.count)
            probs = {window[k]: 1.0 - tagger.marginal("O", k) for k in range(i, j)}
            if entity in tg.EMIT:
                for piece in tg._sentences(text, window[i:j], entity):
                    # the words at its edges that are no part of an identifier are not held
                    # to the threshold (round 18)
                    if _sure(text, piece, entity, probs):
                        pieces.append((piece, entity))
                    elif entity == "DATE" and any(tg._cls(text[s:e]) in ("ORD", "MON")
                                                  for s, e in piece):
                        # round 24: a date's parts between commas, each held alone
                        for _, part in tg._comma_parts(text, piece):
                            if _sure(text, part, entity, probs):
                                pieces.append((part, entity))
            i = j
        found += tg._kept(text, pieces)
    return found
