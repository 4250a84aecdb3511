"""vault.anonymise.fastre: patterns told where a match can start find exactly what the plain
``re`` patterns find (every accelerated pattern of the engine, on dev documents and made-up
edge cases), and the hint is added only where it is safe."""
from __future__ import annotations

import json
import random
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import pytest

import vault.anonymise.engine  # noqa: F401 - imports (and accelerates) every recognizer module
from vault.anonymise import fastre

CORPUS = Path(__file__).parent / "corpus"

#: made-up text with the shapes the recognizers look for, at the very start and end too
EDGE_TEXTS = [
    "",
    "A",
    "Dr Okafor said",
    "Sarah rang me on 07700 900123 about the Royal Infirmary in Leeds.",
    "I was born on the fifth of June nineteen eighty-four, so I'm forty now.",
    "— Mr O'Neill-Brown, St Mary's, NHS Tayside; e-mail j.doe@nhs.net",
    "my postcode is S O fourteen, two A B. GMC 4313702. NHS 943 476 5919",
    "Interviewer: And Mo? Participant: Mo's great. Tell Priya I said hi!",
    "ÉLODIE Łukasz ß İstanbul naïve café\tthe RVI\nthe Vic\n",
    "Wilson's disease and Kolb's learning cycle; Band 5, Appendix B, Ward 7a",
    "x" * 50 + " Leeds",
    "Leeds",
    "in Leeds",
]


def _documents() -> list[tuple[str, str]]:
    """(label, text): the edge cases, three documents of four development sets, ten random."""
    texts = [(f"edge{i}", text) for i, text in enumerate(EDGE_TEXTS)]
    for name in ("corpus.jsonl", "people_dev.jsonl", "spoken/dev.jsonl", "negatives_dev.jsonl"):
        with open(CORPUS / name, encoding="utf-8") as f:
            lines = [line for line in f if line.strip()][:3]
        texts += [(f"{name.removesuffix('.jsonl')}:{i}", json.loads(line)["text"])
                  for i, line in enumerate(lines)]
    rng = random.Random(14)
    alphabet = "aAbBdDeEhHlLmMnNoOrRsStT '’-.,:\n\t0123479"
    texts += [(f"random{i}", "".join(rng.choice(alphabet) for _ in range(400)))
              for i in range(10)]
    return texts


@cache
def _accelerated() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """(where, accelerated, plain) for every accelerated pattern the engine's modules keep.

    Built once per process when a test first asks (compiling every plain twin costs about a
    second of CPU): not at collection, which every xdist worker repeats for every module."""
    out: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = []
    seen: set[int] = set()

    def visit(where: str, value: Any) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            if id(value) in seen:
                return
            seen.add(id(value))
            plain = re.compile(value.pattern, value.flags)
            if value != plain:
                out.append((where, value, plain))
        elif isinstance(value, (list, tuple)):
            for item in value:
                visit(where, item)
        elif isinstance(value, dict):
            for item in value.values():
                visit(where, item)

    for name, module in sorted(sys.modules.items()):
        if not name.startswith("vault.anonymise") or module is None:
            continue
        for key, value in vars(module).items():
            if isinstance(value, type) and value.__module__ == name:
                for attribute, item in vars(value).items():
                    visit(f"{name}.{key}.{attribute}", item)
            else:
                visit(f"{name}.{key}", value)
    return out


LABELLED_DOCUMENTS = _documents()
DOCUMENTS = [text for _, text in LABELLED_DOCUMENTS]


def test_the_engine_modules_are_accelerated() -> None:
    accelerated = _accelerated()
    assert len(accelerated) > 150  # most recognizer patterns open with \b or a look-behind
    modules = {where.rsplit(".", 1)[0] for where, _, _ in accelerated}
    assert "vault.anonymise.vocabulary" in modules
    assert any(where.startswith("vault.anonymise.recognizers.ContextualNameRecognizer")
               for where, _, _ in accelerated)


def test_every_accelerated_pattern_is_its_plain_twin_with_a_hint() -> None:
    for where, fast, plain in _accelerated():
        assert fast.pattern == plain.pattern and fast.flags == plain.flags, where
        assert fast.groupindex == plain.groupindex and fast.groups == plain.groups, where


# one case per document (every pattern on it), so that xdist spreads the ~10 s of matching
@pytest.mark.parametrize("text", DOCUMENTS, ids=[label for label, _ in LABELLED_DOCUMENTS])
def test_every_accelerated_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    for where, fast, plain in _accelerated():
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, where
        middle = len(text) // 2
        for pos, endpos in ((1, len(text)), (middle, len(text)), (0, middle)):
            # from inside the text a look-behind still sees what is before ``pos``
            found, want = fast.search(text, pos, endpos), plain.search(text, pos, endpos)
            assert (found and found.span()) == (want and want.span()), where


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])", 0),
    (r"\b(?:Dr|Mr|Mrs)\.?[ \t]+(?P<name>[A-Z][a-z]+)", 0),
    (r"(?=[A-Z])(?<!\w)(?:May|June)[ \t]+\d{1,2}", 0),
    (r"\b(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+of[ \t]+[A-Z][a-z]+", 0),
    (r"(?<![\w-])(?:[A-Z][a-z]+[ \t]+){1,2}(?:Road|Street)\b", 0),
    (r"^(?:Interviewer|Participant):", re.MULTILINE),
    (r"(?<!\w)(?>[A-Z]{2,4})\d", 0),
    (r"\b(?:a|an)?[ \t]*[0-9]+", 0),
    # case folding: the hint holds both cases and the letters re folds onto ASCII ones
    (r"(?<!\w)[a-z]+", re.IGNORECASE),
    (r"(?i:\bmay\b)", 0),
    (r"(?<![\w@.])(?:(?i:at)(?:[ \t]+(?i:sign))?|@)[ \t]+[a-z]+", 0),
    (r"(?i)(?<![\w'’-])(?:six|kelvin|idris|sat)\b", 0),
    (r"(?i)(?<!\w)(?-i:May)[ \t]+\d", 0),
    (r"(?i)(?<![\w'’-])(?:flat[ \t]+\d|[\d\s]+kg)", 0),  # categories under case folding
])
def test_compile_adds_a_hint_and_keeps_every_match(pattern: str, flags: int) -> None:
    assert fastre.start_hint(pattern, flags)
    fast, plain = fastre.compile(pattern, flags), re.compile(pattern, flags)
    assert fast != plain  # a different program (the hint), the same pattern
    for text in DOCUMENTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert fast.sub("#", text) == plain.sub("#", text)
        assert fast.split(text) == plain.split(text)


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?i)(?<!\w)élodie", 0),  # case folding of a letter outside ASCII: not told
    (r"\b[^\W\d]+", 0),  # a negated class
    (r"\b.+", 0),  # any character
    (r"\b(?:x)?", 0),  # can match nothing
    (r"Leeds\b", 0),  # a literal prefix: re's own hint
    (r"[A-Z][a-z]+", 0),  # a class: re's own hint
    (r"(?P<x>a)?(?(x)c|d)", 0),  # a conditional
    (r"^(?:Interviewer|Participant):", 0),  # the text's start: one position is tried anyway
    (r"\A\w+", 0),
])
def test_compile_leaves_what_it_cannot_tell(pattern: str, flags: int) -> None:
    assert not fastre.start_hint(pattern, flags)
    assert fastre.compile(pattern, flags) == re.compile(pattern, flags)


def test_case_folding_hints_cover_every_character_re_folds_onto_ascii() -> None:
    """Every code point a case-insensitive pattern matches with an ASCII character is that
    character in one of its cases or one of the letters the hint adds for it."""
    everything = "".join(chr(i) for i in range(128, sys.maxunicode + 1)
                         if not 0xD800 <= i < 0xE000)
    added = {chr(i) for i in fastre._FOLDED_ONTO_ASCII}
    assert set(re.findall(r"(?i)[\x00-\x7f]", everything)) <= added
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert set(re.findall(f"(?i){letter}", everything)) <= added, letter
    everything += "".join(map(chr, range(128)))
    for category in (r"\d", r"\s", r"\w", r"\D", r"\S", r"\W"):  # kept as they are
        assert re.findall(f"(?i)[{category}]", everything) == re.findall(
            f"[{category}]", everything), category
    # and the hinted patterns find them: "ſix", "İdris", the Kelvin sign
    fast = fastre.compile(r"(?i)(?<![\w'’-])(?:six|kelvin|idris)\b")
    text = "ſix KELVIN İdris ıdris Six"
    assert fast != re.compile(fast.pattern, fast.flags)
    assert [m.span() for m in fast.finditer(text)] == [
        m.span() for m in re.finditer(fast.pattern, text, fast.flags)]
    assert len(fast.findall(text)) == 5


def test_a_look_behind_at_the_start_still_reads_the_character_before() -> None:
    fast = fastre.compile(r"(?<![\w'’-])[A-Z][a-z]+")
    assert [m.group() for m in fast.finditer("Leeds, O'Hara and Mid-Wales Ann")] == [
        "Leeds", "Mid", "Ann"]
    assert fast.search("xLeeds Ann", 1).group() == "Ann"  # "L" has "x" before it, even from pos 1


def test_accelerate_replaces_patterns_in_lists_tuples_dicts_and_classes() -> None:
    lookbehind = re.compile(r"(?<!\w)[A-Z]\w+")
    literal = re.compile(r"Leeds")

    class Holder:
        PATTERNS: ClassVar[list[tuple[re.Pattern[str], float]]] = [
            (re.compile(r"\bDr[ \t]+[A-Z]"), 0.5)]
        ONE: ClassVar[re.Pattern[str]] = re.compile(r"\b\d\d")

    Holder.__module__ = "made_up"
    namespace: dict[str, Any] = {"A": lookbehind, "B": literal, "L": [lookbehind, 3],
                                 "T": (lookbehind, literal), "D": {"k": lookbehind},
                                 "Holder": Holder}
    assert fastre.accelerate(namespace, "made_up") == 6
    assert namespace["A"] is not lookbehind and namespace["A"].pattern == lookbehind.pattern
    assert namespace["B"] is literal  # nothing to add: left as it was
    assert namespace["L"][0] is namespace["A"] and namespace["T"][0] is namespace["A"]
    assert namespace["D"]["k"] is namespace["A"]
    assert Holder.PATTERNS[0][0] != re.compile(r"\bDr[ \t]+[A-Z]")
    assert Holder.ONE != re.compile(r"\b\d\d")
    assert fastre.accelerate(namespace, "made_up") == 0  # already accelerated


def test_an_invalid_pattern_raises_as_re_does() -> None:
    with pytest.raises(re.error):
        fastre.compile(r"(?<![\w-])[A-Z")
