"""The hard-negative development sets (tests/corpus/negatives_dev.py and negatives_dev2.py,
round 11): the committed JSONL and register are the scripts' output, and every label is exact."""
from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"


SETS = [("negatives_dev", 30), ("negatives_dev2", 14), ("negatives_dev3", 6), ("negatives_dev4", 30),
        ("negatives_dev5", 30)]


@pytest.mark.parametrize(("name", "least"), SETS)
def test_committed_files_are_the_scripts_output(name: str, least: int) -> None:
    module = runpy.run_path(str(CORPUS / f"{name}.py"))
    docs, register = module["build"]()
    lines = (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == docs
    assert (CORPUS / f"{name}_register.csv").read_text(encoding="utf-8") == register
    assert len(docs) >= least


@pytest.mark.parametrize("name", [name for name, _ in SETS])
def test_labels_are_exact_and_participants_are_in_the_register(name: str) -> None:
    module = runpy.run_path(str(CORPUS / f"{name}.py"))
    docs, register = module["build"]()
    codes = {line.split(",")[1] for line in register.splitlines()[1:]}
    for doc in docs:
        text = doc["text"]
        assert "[[" not in text and "]]" not in text
        last = 0
        for span in doc["spans"]:
            piece = text[span["start"]:span["end"]]
            assert piece and piece == piece.strip(), (doc["id"], piece)
            assert span["start"] >= last
            last = span["end"]
            assert span["participant"] is None or span["participant"] in codes


def test_a_title_stays_outside_the_span() -> None:
    module = runpy.run_path(str(CORPUS / "negatives_dev.py"))
    text, spans = module["render_doc"]("Ask [[PERSON:Dr Okafor|Okafor]] and [[PERSON@N01:Abby]].")
    assert text == "Ask Dr Okafor and Abby."
    assert [(text[s["start"]:s["end"]], s["participant"]) for s in spans] == [
        ("Okafor", None), ("Abby", "N01")]
