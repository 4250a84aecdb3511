"""The development names sets label the ages their text already held (round 23).

The names sets written before round 22 labelled no DATE or AGE, so a correct redaction of an age
in them counted as over-redaction. ``names_corpus.py``'s literal slot (``{AGE=twelve}``,
``{DATE=3 March 2019}``) labels such text where it stands without changing a byte of it or
drawing any randomness, and the development modules now wrap their ages in it. Their text holds
no specific date (a day with a month, a month with a year): only bare months, bare years,
decades, weekdays, clock times and durations, none of which the conventions call a DATE.

What is pinned here, per development names set (never ``people_heldout22``, this round's
held-out pair, nor the blind sets): the SHA-256 of its documents' texts and of its spans other
than DATE/AGE, both as they were before the relabelling (main cad48a7), and how many AGE/DATE
spans it now has.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"

#: (texts, spans other than DATE/AGE): SHA-256 of each set as committed at cad48a7
BEFORE: dict[str, tuple[str, str]] = {
    "names_dev": ("7e5c4c1fa1d15c191d2cb196449c3824aa5c246056b96358fa2d97f431dfa4dd",
        "0f9dbb70de7c13645a23eb0347066b5df33eb0fd9f6384ebe9a0dde11be26941"),
    "names_heldout": ("0c2f896e0a2f26d9d1ce6e7d873fe8c799821631cad04cb4c00cb57cf3578041",
        "b46a6918f110a4b67c31a6992e9b5c114e8ce7a28acbb3f77e05be2c4964dc7f"),
    "people_heldout": ("a05526ea630a2e38724df966b83441cc42b3d794efd080fb9b93130731ee584e",
        "fdb15685d6cae665f2cfe1b75b9b18139e00479b0c6134a05e2a728852fc8f2a"),
    "people_dev": ("36199a4d2796f11bed58c5547ce4cd37716f85f89e633be1d65aa0203267d6e4",
        "08643c5dc2631972d9638210cf5204c318922b1bd3d9281a9ce376f876bff642"),
    "people_dev2": ("d0d54f6d3a13f72ef75a122fb99a69ae9574cd80d69260b300895a8a80e346f1",
        "3b645492a5e16f0659fb89a22dd40bcc0223d7ba52d47b3fe1ecf7abcef5038c"),
    "people_dev3": ("55c105fa37bf3cb4679467c679300b92fb1ef1040bc75af1a69aa789f2d59ae8",
        "58ba92aa250c7b54a17042cce34df2692d2eb2f9d6e07bea8bd713b84453b949"),
    "people_heldout2": ("6d6a92cdc662d705d271a535198c66cdbefd2a0d1c83ec540557e1523405d8b9",
        "1c92c5c1a9ada07406db37d2828a865945480f6235c1b2772f5c126109e85b49"),
    "people_heldout3": ("fbb7b3fef5739212545fbe56ed94572d6d3794662b1b8098d49e95c35fc03a29",
        "386e2389cf4a1f87b7c0848cf90768fb4ce4e475b02978f71a6cac940ca79014"),
    "people_heldout4": ("91c0b1c87d901774d649896e82421cfa53586d3cd1953f384bd653a0479cc5b6",
        "f778ecc7a4387483b343f1a8a560e00f849aa5871dabb54eecbd8e12ac83a6f0"),
    "people_heldout5": ("d62f3a8415bd7b5e65da01f7e923c91910f08ae9722ecaa8c32b37a4e1b35182",
        "0a780edc41784cfb4681f970bf50d4bc4dd43561317bba2938d16411a7b892a6"),
    "people_heldout6": ("f969ad1de25f52420c042de52895e8481f99f6873872716150b96be6485e9854",
        "381557560517a9adcd3e313ffd4f6a46faaace597261d83092efef28b429370b"),
    "people_heldout7": ("7b30feb11e2e614b177159587f8133c448416857de7cec356cea3e29b751a2a9",
        "d4952547aecf4e2e3476c3025b5a0efe40cd583876ca91b79a3280875519b2f8"),
    "people_heldout8": ("edaffd6ee4519eb8ae44f68d8ab871c3c60df752e3a4af90570bf0dca79e97eb",
        "7105f8cedb23892994e25bc7486f0f04f664c8f2e37a2a0cdb904cd1fe4c854a"),
    "people_heldout9": ("bc36e862e4ffeaa017903ab6a38dd0d44cb818f960ff49c631954f02af35c952",
        "c88a0ac93c3c5bbc518be59d20bbf99b7db7a3a47203a0bd105403d9ad0fccdd"),
    "people_heldout10": ("a767cd26db17c8c3769184f04bf3ef712d1a709018448c89613942c9f8125f84",
        "3d4a2bc3e4b4b273ee2ca9c79e4eb655c06475fff96073bbbd0f458f70db1dd4"),
    "people_heldout11": ("0f00ef995ff829314b5c3ee9849cef540977d76702aeac3745491a64516c671c",
        "19a0ea3c591273b1c137b7c03af90acdf1e8c52c9658ce8eeff1b13059db0ab2"),
    "people_heldout12": ("1cb66905e5b23e0567b9dc5561c88012fee2548052f73f9fd78715bf611e406e",
        "5b12a73df638c026a8aef8404f36d0ae15796bbceef571f3d284a02ece52afc4"),
    "people_heldout13": ("6b87c81a046a47395fa4a9bbd7bd873f0d3415c3f1fa7025270e8fca17fce925",
        "b1527eb0975d73e0405856d0dafcfb2dfa85aeb475c2483ad5720167a08db0cd"),
    "people_heldout14": ("6fbb321f0dca43b5c1e2e09b18b12c6d3ec757f17d509b37607f17ee638823ef",
        "8a89ba8074a9847a90b8a2f854534b3a1fe0be351895df169e5d62a4abd3a985"),
    "people_heldout15": ("275cc07f46d801dce9a650f41e6e315f7b3011c404d442bca62582a66fcd725b",
        "462ffbd86be58b198fcd5b0e7ed706437dc392ecbc52bf5cd39dbe7ca5a9496f"),
    "people_heldout16": ("b513c1a9180306dac85964ff4777db0cd051e99b3df12c7ca0046867c22dac63",
        "ec103861f262068df03c690543c3136255c6317aac795b13714a4df934c0bd25"),
    "people_heldout17": ("ae6c23f416a0622beab991ba75f2ccf597297ba7231ca7ce059ee7b0f64c7292",
        "2e172d24fe4af835a922e7305451a3bd4a28e930b89154f35718a2a52657f5f5"),
    "people_heldout18": ("11e8c3a594230ff3f759c012276b79ec0e103ec04c2836e8a8e06dcffcdc0ea9",
        "87d3176141a8052a3af86eb33f91661f1366f9ac7c4f86339105025a4142dd81"),
    "people_heldout19": ("3fc85742067d70adb414537d23fde759b2b923d85bc842bd692fdadaa612e991",
        "e5dcf9b4bbcb4e52d831275e34ede452265d5015bd1f8e557a138dd29fa09c1a"),
    "people_heldout20": ("55d013d65e3de4bdc88bfc0b54df774dead43177290beb1969e878afa6802213",
        "4aeacb17cd04e555a43e85c3ef4e4f29bf3e50dc4f9ef1f59f6fb592d489c22b"),
    "people_heldout21": ("bcb55a3a47ddd9560e558f82c248cbd70ec662ee10c96efa32753ee9c6eb5d87",
        "7789c00607ecf676f0f277fd45b89adeee30d026d93e20eec3248e3afb12eb53"),
}

#: DATE/AGE spans each set now labels (every other development names set: none)
LABELLED: dict[str, int] = {
    "names_dev": 19,
    "people_heldout2": 40,
    "people_heldout4": 9,
    "people_heldout5": 31,
    "people_heldout6": 10,
    "people_heldout8": 11,
    "people_heldout10": 30,
    "people_heldout13": 18,
    "people_heldout14": 25,
    "people_heldout15": 25,
    "people_heldout16": 12,
    "people_heldout20": 12,
    "people_heldout21": 28,
}

_AGE_WORD = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                       r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|"
                       r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                       r"fifteen|sixteen|seventeen|eighteen|nineteen")


def _docs(name: str) -> list[dict[str, object]]:
    with open(CORPUS / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _digests(docs: list[dict[str, object]]) -> tuple[str, str]:
    texts = "\x00".join(str(d["text"]) for d in docs)
    others = [[s for s in d["spans"] if s["type"] not in ("DATE", "AGE")]  # type: ignore[attr-defined]
              for d in docs]
    return (hashlib.sha256(texts.encode()).hexdigest(),
            hashlib.sha256(json.dumps(others, sort_keys=True).encode()).hexdigest())


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_a_development_names_set_gained_only_date_and_age_spans(name: str) -> None:
    docs = _docs(name)
    assert _digests(docs) == BEFORE[name]  # the same text, every other span as it was
    added = [(str(d["text"])[s["start"]:s["end"]], s)  # type: ignore[index]
             for d in docs for s in d["spans"] if s["type"] in ("DATE", "AGE")]  # type: ignore[attr-defined]
    assert len(added) == LABELLED.get(name, 0)
    for surface, s in added:  # the ages are the number only ("twelve", "9")
        assert s["type"] == "AGE" and s["participant"] is None
        assert surface.isdigit() or _AGE_WORD.fullmatch(surface), surface
        assert s["form"] == ("num" if surface.isdigit() else "said")


@pytest.fixture(scope="module")
def names_corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_names_corpus_labelled",
                                                  CORPUS / "names_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["_names_corpus_labelled"] = module
    spec.loader.exec_module(module)
    return module


def _render(nc: ModuleType, template: str, style: str, seed: int) -> tuple[str, list, float]:  # type: ignore[type-arg]
    content = nc.load_content("names_dev")
    people = nc.register_people(content)
    w = nc.Writer(content, random.Random(0), people[0], people)
    w.style, w.rng = style, random.Random(seed)
    w.render(template)
    return w.b.text(), w.b.spans, w.rng.random()  # the next draw: no randomness consumed


@pytest.mark.parametrize("style", ["written", "spoken"])
@pytest.mark.parametrize("template,labels", [
    ("we came over when I was {AGE=twelve}, and she's {AGE=84} now.",
     [("twelve", "AGE", "said"), ("84", "AGE", "num")]),
    ("{HOSP} wrote on {DATE=3 March 2019} and again in {DATE=June 2020}, {col:first} said.",
     [("3 March 2019", "DATE", "literal"), ("June 2020", "DATE", "literal")]),
    ("it was the {DATE=third of the third twenty nineteen} and our lad was {AGE=forty-one}",
     [("third of the third twenty nineteen", "DATE", "literal"), ("forty-one", "AGE", "said")]),
])
def test_a_literal_label_renders_its_text_unchanged_and_draws_nothing(  # type: ignore[no-untyped-def]
        names_corpus, template: str, labels: list[tuple[str, str, str]], style: str) -> None:
    plain = re.sub(r"\{(?:DATE|AGE)=([^{}]+)\}", r"\1", template)
    for seed in range(40):  # spoken: fillers and repeats fall on and inside the labels
        text, spans, after = _render(names_corpus, template, style, seed)
        want_text, want_spans, want_after = _render(names_corpus, plain, style, seed)
        assert (text, after) == (want_text, want_after)
        assert [s for s in spans if s["type"] not in ("DATE", "AGE")] == want_spans
        got = [(text[s["start"]:s["end"]], s["type"], s["form"]) for s in spans
               if s["type"] in ("DATE", "AGE")]
        assert len(got) == template.count("=")
        for (surface, type_, form), (value, want_type, want_form) in zip(got, labels):
            assert (type_, form) == (want_type, want_form)
            if style == "written":
                assert surface == value
            else:  # a filler or a repeat may fall inside; the span is the label's first to last word
                assert surface.split(" ")[0] == value.split(" ")[0]
                assert surface.split(" ")[-1] == value.split(" ")[-1]
