"""CSV reading edge cases and the anonymising transform (CSV → anonymised table)."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from vault.anonymise.dataset import load_dataset_schema, parse_dataset_schema
from vault.anonymise.transform import anonymise_table
from vault.errors import InputError
from vault.surveys.reader import read_survey_csv

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "datasets"
SURVEY = ROOT / "policies" / "datasets" / "survey.toml"


def read(name: str) -> pa.Table:
    return read_survey_csv((DATA / name).read_bytes(), name=name)


@pytest.mark.parametrize("fixture", ["bom.csv", "semicolon.csv", "tab.csv", "pipe.csv"])
def test_header_and_delimiter(fixture: str) -> None:
    table = read(fixture)
    assert table.column_names == ["name", "email", "region"]
    assert table.column("email")[0].as_py() == "ada@example.org"


def test_semicolon_with_quoted_cell() -> None:
    assert read("semicolon.csv").column("region").to_pylist() == ["South East", "Wales"]


def test_quoted_newline_stays_in_its_cell() -> None:
    table = read("quoted_newline.csv")
    assert table.num_rows == 2
    assert table.column("comment").to_pylist() == ["line one\nline two, with comma", "plain"]


def test_bad_row_names_row_and_column_not_values() -> None:
    with pytest.raises(InputError) as info:
        read("bad_row.csv")
    message = info.value.message
    assert message == "bad_row.csv: row 3 (line 3): 2 fields, expected 3; column 'region' is missing"
    assert "bo@example.org" not in message and "Bo" not in message


def test_extra_field_is_reported() -> None:
    data = b"a,b\n1,2\n3,4,secret-value\n"
    with pytest.raises(InputError) as info:
        read_survey_csv(data, name="x.csv")
    assert info.value.message == ("x.csv: row 3 (line 3): 3 fields, expected 2; extra field "
                                  "after column 'b'")
    assert "secret" not in info.value.message


@pytest.mark.parametrize(("data", "message"), [
    (b"", "x.csv: file is empty"),
    (b"a,a\n1,2\n", "x.csv: row 1 (header): duplicate column 'a'"),
    (b"a,\n1,2\n", "x.csv: row 1 (header): column 2 has no name"),
    (b"a,b\n\xff\xfe,1\n", "x.csv: row 2: column 'a' is not valid UTF-8"),
    (b'a,b\n"unterminated,1\n', "x.csv: row 2 (line 2): malformed quoting"),
])
def test_unusable_csv(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as info:
        read_survey_csv(data, name="x.csv")
    assert info.value.message == message
    assert info.value.exit_code == 9


def _survey_csv(rows: int = 12) -> bytes:
    header = ("name,email,job_role,years_in_role,region,mentor_training,training_organiser,"
              "training_year,model_taught,mentee_count,what_helped,what_would_improve\n")
    body = []
    for i in range(rows):
        role = "Nurse" if i < rows - 1 else "Pharmacist"  # one rare role
        body.append(f'Person {i},p{i}@example.org,{role},{i * 3},London,yes,Royal College,2019,'
                    f'GROW,{i % 4},"Talking to Person {i} helped",\n')
    return (header + "".join(body)).encode()


def test_anonymise_survey() -> None:
    schema = load_dataset_schema(SURVEY)
    raw = read_survey_csv(_survey_csv(), name="survey.csv")
    seen: list[list[str]] = []

    def redact(texts: list[str]) -> list[str]:
        seen.append(texts)
        return ["[redacted]" for _ in texts]

    table = anonymise_table(raw, schema, identify=lambda email: f"M{email[1:email.index('@')]}",
                            redact_texts=redact)
    assert "name" not in table.column_names and "email" not in table.column_names
    assert table.column_names[0] == "participant"
    assert table.column("participant").to_pylist()[:3] == ["M0", "M1", "M2"]
    assert table.column("years_in_role").to_pylist()[:4] == ["0-4", "0-4", "5-9", "5-9"]
    assert table.column("years_in_role").to_pylist()[-1] == "30+"
    # the single pharmacist is rare (< 5): grouped
    assert table.column("job_role").to_pylist()[-1] == "Allied health or science"
    assert table.column("job_role").to_pylist()[0] == "Nurse"
    assert table.schema.field("mentor_training").type == pa.bool_()
    assert table.schema.field("mentee_count").type == pa.int64()
    assert table.column("what_helped").to_pylist()[0] == "[redacted]"
    assert table.column("what_would_improve").null_count == 12
    assert len(seen) == 1 and len(seen[0]) == 12  # one batch per column, nulls not sent


def test_bad_typed_cell_names_row_and_column_only() -> None:
    schema = parse_dataset_schema({"version": 1, "name": "t", "columns": [
        {"name": "n", "type": "integer", "role": "keep"}]})
    raw = read_survey_csv(b"n\n1\nseven-secret\n", name="t.csv")
    with pytest.raises(InputError) as info:
        anonymise_table(raw, schema, identify=str, redact_texts=list)
    assert info.value.message == ("dataset t: cells that do not fit their column: 'n' 1 "
                                  "(not a valid integer)")
    assert "seven" not in info.value.message and "secret" not in info.value.message


def test_undeclared_column_is_refused() -> None:
    schema = parse_dataset_schema({"version": 1, "name": "t", "columns": [
        {"name": "n", "type": "integer", "role": "keep"}]})
    raw = read_survey_csv(b"n,phone\n1,07700900123\n", name="t.csv")
    with pytest.raises(InputError, match="column 'phone' is not declared"):
        anonymise_table(raw, schema, identify=str, redact_texts=list)


def test_empty_required_cell() -> None:
    schema = parse_dataset_schema({"version": 1, "name": "t", "columns": [
        {"name": "r", "role": "keep"}]})
    raw = read_survey_csv(b"r\nx\n\n \n", name="t.csv")
    with pytest.raises(InputError) as info:
        anonymise_table(raw, schema, identify=str, redact_texts=list)
    assert info.value.message == ("dataset t: column 'r' is empty in 1 row(s) (first: row 3) "
                                  "but not nullable")
