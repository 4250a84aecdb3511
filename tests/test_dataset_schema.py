"""Dataset schema policies: the sample study's schema loads; each broken file fails closed."""
from __future__ import annotations

from pathlib import Path

import pytest

from vault.anonymise.dataset import (
    ColumnRole,
    ColumnType,
    NumericBands,
    RareCategories,
    load_dataset_schema,
)
from vault.errors import PolicyError

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "datasets"
SURVEY = ROOT / "policies" / "datasets" / "survey.toml"


def test_survey_schema_loads() -> None:
    schema = load_dataset_schema(SURVEY)
    assert schema.name == "survey" and schema.version == 1 and schema.k == 5
    assert (schema.min_rows, schema.max_rows) == (10, 100000)
    assert schema.participant_column == "participant"
    assert schema.quasi_identifiers == ("job_role", "years_in_role", "region")
    assert schema.column("name").role is ColumnRole.IDENTITY
    assert schema.column("mentor_training").type is ColumnType.BOOLEAN
    assert isinstance(schema.column("years_in_role").generalise, NumericBands)
    region = schema.column("region")
    assert isinstance(region.generalise, RareCategories)
    assert "Yorkshire and the Humber" in (region.allowed or ())
    assert len(region.allowed or ()) == 12
    assert "name" not in [c.output for c in schema.output_columns]


@pytest.mark.parametrize(("fixture", "message"), [
    ("unknown_key.toml", ("colums: unknown key (allowed: anonymity, columns, format, k, name, "
                          "on_invalid, rows, title, version)")),
    ("unknown_column_key.toml",
     ("columns[0].nulable: unknown key (allowed: allowed, codes, generalise, group, name, "
      "nullable, on_invalid, output, question, role, source, type)")),
    ("bad_version.toml", "version: unsupported schema version (this loader reads 1)"),
    ("missing_role.toml",
     ("columns[0] (region).role: missing (one of identity, participant, free_text, "
      "quasi_identifier, keep)")),
    ("bands_on_string.toml",
     "columns[0] (region).generalise.bands: bands need an integer or float column"),
])
def test_broken_schema_names_file_and_key(fixture: str, message: str) -> None:
    path = DATA / fixture
    with pytest.raises(PolicyError) as info:
        load_dataset_schema(path)
    assert info.value.message == f"{path}: {message}"
    assert info.value.exit_code == 6
    assert info.value.hint


def test_not_toml_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match=r"not_toml\.toml: not valid TOML"):
        load_dataset_schema(DATA / "not_toml.toml")


def test_missing_schema_fails_closed(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as info:
        load_dataset_schema(tmp_path / "absent.toml")
    assert info.value.message == f"{tmp_path / 'absent.toml'}: dataset schema not found"


@pytest.mark.parametrize(("width", "top", "value", "label"), [
    (5, 30, 0, "0-4"), (5, 30, 4, "4" and "0-4"), (5, 30, 5, "5-9"), (5, 30, 29, "25-29"),
    (5, 30, 30, "30+"), (5, 30, 41, "30+"), (10, None, 57, "50-59"), (5, 30, -1, "<0"),
])
def test_numeric_bands(width: int, top: int | None, value: int, label: str) -> None:
    assert NumericBands(width=width, top=top).label(value) == label
