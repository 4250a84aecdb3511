"""The spoken-forms corpora (tests/corpus/spoken): the committed files are the generator's
output, labels point at what they claim, and the held-out set is big and separate enough."""
from __future__ import annotations

import csv
import importlib.util
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent / "corpus" / "spoken"
TYPES = {"PERSON", "LOCATION", "HOSPITAL", "EMAIL", "PHONE", "NHS_NUMBER", "GMC_NUMBER",
         "POSTCODE", "DATE", "AGE"}


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_spoken_corpus_generate", HERE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def load(name: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in (HERE / f"{name}.jsonl").read_text("utf-8").splitlines()]


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_committed_files_are_the_generators_output(generator: ModuleType, name: str) -> None:
    people, docs = generator.build(name)
    assert load(name) == json.loads(json.dumps(docs))
    assert (HERE / f"{name}_register.csv").read_text("utf-8") == generator.register_csv(people)


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_spans_are_exact_sorted_and_disjoint(name: str) -> None:
    codes = {row["code"] for row in csv.DictReader(io.StringIO(
        (HERE / f"{name}_register.csv").read_text("utf-8")))}
    for doc in load(name):
        text, last_end = doc["text"], 0
        assert doc["participant_code"] in codes
        for span in doc["spans"]:
            surface = text[span["start"]:span["end"]]
            assert span["start"] >= last_end, (doc["id"], span)
            assert surface and surface == surface.strip(), (doc["id"], surface)
            assert span["type"] in TYPES
            assert span["participant"] is None or span["participant"] in codes
            assert span["form"], (doc["id"], surface)
            # no label starts or ends inside a word
            assert not (span["start"] and text[span["start"] - 1].isalnum()
                        and surface[0].isalnum()), (doc["id"], surface)
            assert not (span["end"] < len(text) and text[span["end"]].isalnum()
                        and surface[-1].isalnum()), (doc["id"], surface)
            last_end = span["end"]


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_every_form_is_documented(name: str) -> None:
    readme = (HERE / "README.md").read_text("utf-8")
    forms = {span["form"] for doc in load(name) for span in doc["spans"]}
    missing = sorted(f for f in forms if f"`{f}`" not in readme)
    assert not missing, f"forms not in README.md: {missing}"


def test_heldout_is_large_enough() -> None:
    docs = load("heldout")
    assert len(docs) >= 40
    assert sum(len(d["spans"]) for d in docs) >= 2000
    forms = Counter(s["form"] for d in docs for s in d["spans"])
    spoken = sum(n for f, n in forms.items() if f.startswith("sp_"))
    assert spoken >= 1000


def test_heldout_shares_no_identifier_pools_with_dev(generator: ModuleType) -> None:
    dev, held = generator.DEV_POOLS, generator.HELDOUT_POOLS
    for field in ("first_names", "surnames", "towns", "cities", "streets", "hospitals",
                  "postcode_outward"):
        assert not set(getattr(dev, field)) & set(getattr(held, field)), field
    dev_names = {f"{p[0]} {p[1]}" for p in dev.register}
    held_names = {f"{p[0]} {p[1]}" for p in held.register}
    assert not dev_names & held_names
    assert not {p[1] for p in dev.register} & {p[1] for p in held.register}


def test_heldout_templates_are_not_the_dev_templates(generator: ModuleType) -> None:
    def lines(templates: object) -> set[str]:
        out = set()
        for exchange in templates.exchanges:  # type: ignore[attr-defined]
            out.update(line.split("|", 1)[1] for line in exchange)
        out.update(templates.talk)  # type: ignore[attr-defined]
        return out
    def bare_slot(line: str) -> bool:  # "{SPELLED:col}." says nothing in either set's words
        return re.fullmatch(r"\{[^}]+\}[.!?]?", line) is not None
    shared = {line for line in lines(generator.DEV) & lines(generator.HELDOUT) if not bare_slot(line)}
    assert not shared, shared


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_no_template_slot_is_left_in_the_text(name: str) -> None:
    for doc in load(name):
        assert not re.search(r"\{[A-Za-z_][A-Za-z0-9_:]*\}", doc["text"]), doc["id"]


def test_hard_negatives_are_present_and_unlabelled() -> None:
    for name, negatives in (("dev", ["six months", "half seven", "the third time", "forty patients",
                                     "an F one", "one one one", "May I"]),
                            ("heldout", ["Forty minutes", "quarter to eight", "the fourth or fifth",
                                         "did F one", "nine nine nine", "may well be"])):
        docs = load(name)
        for negative in negatives:
            hits = 0
            for doc in docs:
                for m in re.finditer(re.escape(negative), doc["text"]):
                    hits += 1
                    assert not any(s["start"] < m.end() and m.start() < s["end"]
                                   for s in doc["spans"]), (name, negative)
            assert hits, (name, negative)
