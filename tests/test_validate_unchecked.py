"""Schema-free validation leaves nothing unchecked: text in binary, list, struct and map
columns is scanned; what cannot be read fails with its own exit code (18), never a pass."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from cli import main
from vault.errors import ALL_ERRORS, UncheckedData
from vault.validate.flatten import flatten_array, needs_flattening


def run(tmp_path: Path, table: pa.Table) -> tuple[int, str]:
    path = tmp_path / "x.parquet"
    pq.write_table(table, path)
    runner = CliRunner()
    with runner.isolated_filesystem(temp_dir=tmp_path):
        result = runner.invoke(main, ["validate", str(path)], env={"VAULT_DIR": ""})
    return result.exit_code, result.output


@pytest.mark.parametrize(("column", "check"), [
    (pa.array([b"mail someone@example.org"], pa.binary()), "email:c"),
    (pa.array([b"mail someone@example.org"], pa.large_binary()), "email:c"),
    (pa.array([["ok", "ring 07700 900123"]], pa.list_(pa.string())), "uk-phone:c"),
    (pa.array([[["deep", "SW1A 1AA"]]], pa.list_(pa.list_(pa.string()))), "uk-postcode:c"),
    (pa.array([{"note": "x@example.org", "n": 1}]), "email:c"),
    (pa.array([[("k", "write to y@example.org")]], pa.map_(pa.string(), pa.string())),
     "email:c"),
    (pa.array([[("a@example.org", "v")]], pa.map_(pa.string(), pa.string())), "email:c"),
    (pa.array(["z@example.org"]).dictionary_encode(), "email:c"),
])
def test_identifier_hidden_in_a_non_string_column_fails(tmp_path: Path, column: pa.Array,
                                                        check: str) -> None:
    code, output = run(tmp_path, pa.table({"c": column}))
    assert code == 3, output
    assert output.startswith("FAILED x.parquet: ")
    assert f"  {check} — 1 row(s)" in output
    assert "example.org" not in output and "07700" not in output


def test_clean_nested_columns_pass(tmp_path: Path) -> None:
    table = pa.table({"b": pa.array([b"nothing here", None], pa.binary()),
                      "l": pa.array([["fine"], None], pa.list_(pa.string())),
                      "n": pa.array([1, 2], pa.int64())})
    code, output = run(tmp_path, table)
    assert code == 0, output
    assert output.startswith("PASSED x.parquet: 10 checks, 0 failed")


def test_undecodable_binary_fails_with_its_own_exit_code(tmp_path: Path) -> None:
    table = pa.table({"blob": pa.array([b"\xff\xfe\x00\x81 image bytes", b"ok"], pa.binary())})
    code, output = run(tmp_path, table)
    assert code == UncheckedData.exit_code == 18
    assert ("  unchecked:blob — 1 row(s) — 1 value(s) could not be checked: binary values "
            "that are not UTF-8 text (scanned as far as readable)") in output
    assert output.endswith("— convert those columns to text (or drop them) and validate again; "
                           "vault never passes what it could not check\n")


def test_an_identifier_wins_over_unchecked_values(tmp_path: Path) -> None:
    table = pa.table({"blob": pa.array([b"\xff\xfe", b"mail a@example.org"], pa.binary())})
    code, output = run(tmp_path, table)
    assert code == 3 and "email:blob" in output and "unchecked:blob" in output


def test_a_type_holding_no_readable_text_is_unchecked() -> None:
    from vault.validate import require_success
    from vault.validate.flatten import unchecked_outcomes
    from vault.validate.report import ValidationResult

    union = pa.UnionArray.from_sparse(pa.array([0, 1], pa.int8()),
                                      [pa.array(["a@example.org", "x"]), pa.array([1, 2])])
    with pytest.raises(Exception, match="sparse_union"):
        flatten_array(union, [0])
    outcomes = unchecked_outcomes({"u": (2, "type sparse_union holds no text vault can read")})
    result = ValidationResult(dataset="u.parquet", suite="identifiers", success=False,
                              results=tuple(outcomes))
    with pytest.raises(UncheckedData, match="could not check every value of u: 2 value"):
        require_success(result)


def test_flatten_keeps_one_value_per_row() -> None:
    bad = [0]
    arr = pa.array([{"a": ["x", "y"], "b": None}, None, {"a": [], "b": "z"}],
                   pa.struct([("a", pa.list_(pa.string())), ("b", pa.string())]))
    assert flatten_array(arr, bad).to_pylist() == ["x\ny\n", None, "\nz"]
    assert bad == [0]
    assert needs_flattening(pa.binary()) and not needs_flattening(pa.int64())
    assert not needs_flattening(pa.string()) and needs_flattening(pa.map_(pa.string(),
                                                                          pa.int8()))


def test_exit_code_18_is_in_the_hierarchy() -> None:
    assert UncheckedData in ALL_ERRORS and issubclass(UncheckedData, Exception)
