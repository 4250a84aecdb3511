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


SEE = "see docs/schema.md, which describes every key"


@pytest.mark.parametrize(("fixture", "message", "hint"), [
    ("unknown_key.toml", ":3: unknown key 'colums' at the top level (did you mean 'columns'?)",
     ("remove it; allowed keys: version, name, title, format, k, on_invalid, rows, anonymity, "
      "columns")),
    ("unknown_column_key.toml",
     ":6: unknown key 'nulable' in [[columns]] 'region' (did you mean 'nullable'?)",
     ("remove it; allowed keys: name, source, question, group, type, role, output, nullable, "
      "allowed, codes, on_invalid, generalise")),
    ("bad_version.toml", ":1: unsupported policy version 2", "use version = 1, or upgrade vault"),
    ("missing_role.toml", ":3: [[columns]] 'region' has no 'role'",
     "add role = one of: identity, participant, free_text, quasi_identifier, keep"),
    ("bands_on_string.toml",
     ":8: bands in [columns.generalise] of 'region' need an integer or float column", SEE),
    ("not_toml.toml", ": invalid TOML: Illegal character '\\n' (at line 2, column 15)",
     "fix the syntax at the line named above"),
])
def test_broken_schema_names_file_line_and_key(fixture: str, message: str, hint: str) -> None:
    """The shared policy wording: file, line, key, allowed keys and a "did you mean"."""
    path = DATA / fixture
    with pytest.raises(PolicyError) as info:
        load_dataset_schema(path)
    assert info.value.message == f"{path}{message}"
    assert info.value.hint == hint
    assert info.value.exit_code == 6


@pytest.mark.parametrize(("body", "message"), [
    (('version = 1\nname = "t"\n[[columns]]\nname = "a"\nrole = "keep"\n'
     '[[columns]]\nname = "b"\nrole = "kep"\n'),
     ":8: unknown role 'kep' in [[columns]] 'b' (did you mean 'keep'?)"),
    (('version = 1\nname = "t"\n[[columns]]\nname = "a"\nrole = "keep"\n'
     '[[columns]]\nname = "a"\nrole = "keep"\n'),
     ":7: [[columns]] #2 repeats the column 'a'"),
    (('version = 1\nname = "t"\n[rows]\nmin = 5\nmax = 2\n[[columns]]\nname = "a"\n'
     'role = "keep"\n'), ":4: min in [rows] is greater than max"),
    ('version = 1\nname = "t"\n', ": no [[columns]] tables"),
    # the survey keys speak the same way
    (('version = 1\nname = "t"\nformat = "surveymonky"\n[[columns]]\nname = "a"\n'
      'role = "keep"\n'),
     ":3: unknown format 'surveymonky' at the top level (did you mean 'surveymonkey'?)"),
    (('version = 1\nname = "t"\n[anonymity]\nsupress = true\n[[columns]]\nname = "a"\n'
      'role = "keep"\n'), ":4: unknown key 'supress' in [anonymity] (did you mean 'suppress'?)"),
    (('version = 1\nname = "t"\nformat = "qualtrics"\n[[columns]]\nname = "a"\nsource = "Q1"\n'
      'role = "keep"\n[[columns]]\nname = "b"\nsource = "Q1"\nrole = "keep"\n'),
     ":10: [[columns]] 'b' reads 'Q1' of the export, as an earlier column does"),
    (('version = 1\nname = "t"\n[[columns]]\nname = "a"\ntype = "integer"\nrole = "keep"\n'
      '[columns.codes]\n"1" = "x"\n'),
     ':7: codes in [[columns]] \'a\' need type = "string" (labels are text)'),
])
def test_mistakes_in_later_tables_name_their_line(tmp_path: Path, body: str,
                                                  message: str) -> None:
    path = tmp_path / "schema.toml"
    path.write_text(body)
    with pytest.raises(PolicyError) as info:
        load_dataset_schema(path)
    assert info.value.message == f"{path}{message}"


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
