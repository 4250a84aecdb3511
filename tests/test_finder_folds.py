"""The learned finders' training scripts score a model the same way (scripts/_finder_folds.py):
the finder's spans are added to the engine's at each threshold, with the model the environment
names, and the figures count the finder's own type."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ff() -> Iterator[ModuleType]:
    sys.path.insert(0, str(REPO / "scripts"))
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import _finder_folds
    finally:
        sys.path.remove(str(REPO / "scripts"))
        sys.path.remove(str(REPO / "bench"))
    yield _finder_folds


def test_the_model_named_by_the_environment_adds_spans_at_each_threshold(
        ff: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from _corpus import Detection, Document, GoldSpan

    text = "Interviewer: And you were how old? Participant: Forty. On the ward since May."
    age = text.index("Forty")
    docs = [Document("d1", "P1", text, (GoldSpan(age, age + 5, "AGE"),))]
    seen: list[tuple[str | None, float]] = []
    forgotten: list[int] = []

    def find(said: str, threshold: float) -> list[SimpleNamespace]:
        seen.append((os.environ.get("VAULT_TEST_FINDER"), threshold))
        return [SimpleNamespace(start=age, end=age + 5, entity="AGE")] if threshold < 0.8 else []

    finder = ff.Finder("AGE", "VAULT_TEST_FINDER", find, lambda: forgotten.append(1), (0.5, 0.9))
    monkeypatch.setenv("VAULT_TEST_FINDER", "off")
    base: dict[str, list[Detection]] = {"d1": []}
    found, added = ff.with_model(finder, docs, base, tmp_path / "m.crfsuite", 0.5)
    assert added == 1 and found["d1"] == [Detection(age, age + 5, "AGE")] and base["d1"] == []
    assert seen == [(str(tmp_path / "m.crfsuite"), 0.5)] and forgotten == [1]

    ff.scored(finder, "toy", docs, base, tmp_path / "m.crfsuite")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["toy", "finder"] and "AGE leak    1/1" in lines[0]
    assert "AGE leak    0/1" in lines[1] and "(+1 spans)" in lines[1]     # at 0.50
    assert "AGE leak    1/1" in lines[2] and "(+0 spans)" in lines[2]     # at 0.90


def test_the_checksum_written_beside_a_model_is_the_one_its_loader_checks(
        ff: ModuleType, tmp_path: Path) -> None:
    from vault.anonymise.spoken.tagger import open_checked_model
    from vault.errors import InputError

    model = tmp_path / "finder.crfsuite"
    model.write_bytes(b"not a model" * 20)
    digest = ff.record_checksum(model)
    assert (tmp_path / "finder.crfsuite.sha256").read_text() == f"{digest}  finder.crfsuite\n"
    # the checksum holds, so the loader goes on to open the file (and finds it no model)
    with pytest.raises(InputError, match="cannot be read"):
        open_checked_model(str(model), model.resolve(), "the test model", "hint")
    model.write_bytes(b"another file" * 20)
    with pytest.raises(InputError, match="checksum differs"):
        open_checked_model(str(model), model.resolve(), "the test model", "hint")
