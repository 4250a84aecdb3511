"""The hard-negative development set (tests/corpus/negatives_dev.py, round 11): the committed
JSONL and register are the script's output, and every label is exact."""
from __future__ import annotations

import json
import runpy
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"


def test_committed_files_are_the_scripts_output() -> None:
    module = runpy.run_path(str(CORPUS / "negatives_dev.py"))
    docs, register = module["build"]()
    lines = (CORPUS / "negatives_dev.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == docs
    assert (CORPUS / "negatives_dev_register.csv").read_text(encoding="utf-8") == register
    assert len(docs) >= 30


def test_labels_are_exact_and_participants_are_in_the_register() -> None:
    module = runpy.run_path(str(CORPUS / "negatives_dev.py"))
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
