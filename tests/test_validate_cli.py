"""`vault validate`: unreadable files and missing schemas give exact errors; schema-free mode;
identifier detectors, table-driven and property-tested."""
from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from cli import main
from vault.validate.expectations import DETECTORS, detector, nhs_number_valid

ROOT = Path(__file__).resolve().parent.parent
SURVEY = ROOT / "policies" / "datasets" / "survey.toml"


def invoke(tmp_path: Path, *args: str) -> tuple[int, str]:
    runner = CliRunner()
    with runner.isolated_filesystem(temp_dir=tmp_path):
        result = runner.invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "free.parquet"
    pq.write_table(pa.table({"comment": ["fine", "email me: a.b@example.org", None],
                             "n": pa.array([1, 2, 3], type=pa.int64())}), path)
    return path


def test_malformed_parquet(tmp_path: Path) -> None:
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 this is not parquet PAR1")
    code, output = invoke(tmp_path, "validate", str(tmp_path / "bad.parquet"))
    assert code == 9
    assert output == (f"error: {tmp_path / 'bad.parquet'}: not a readable Parquet file "
                      "(truncated or malformed) — re-export the dataset; `vault validate` reads "
                      "Parquet only\n")


def test_truncated_parquet(tmp_path: Path, good_file: Path) -> None:
    data = good_file.read_bytes()
    cut = tmp_path / "cut.parquet"
    cut.write_bytes(data[: len(data) // 2])
    code, output = invoke(tmp_path, "validate", str(cut))
    assert code == 9
    assert output == (f"error: {cut}: not a readable Parquet file (truncated or malformed) — "
                      "re-export the dataset; `vault validate` reads Parquet only\n")


def test_corrupt_page_behind_a_valid_footer(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.parquet"
    pq.write_table(pa.table({"comment": [f"row {i} some text" for i in range(5000)]}), path)
    data = bytearray(path.read_bytes())
    for i in range(100, len(data) // 2):  # scramble the data pages, keep the footer
        data[i] = (data[i] * 7 + 13) % 256
    path.write_bytes(bytes(data))
    code, output = invoke(tmp_path, "validate", str(path))
    assert code == 9
    assert output.startswith("error: corrupt.parquet: the data could not be scanned (")
    assert output.endswith(") — the file may be corrupt; re-export it\n")


def test_missing_file(tmp_path: Path) -> None:
    code, output = invoke(tmp_path, "validate", str(tmp_path / "none.parquet"))
    assert code == 9
    assert output == f"error: {tmp_path / 'none.parquet'}: no such file — check the input file " \
                     "and try again\n"


def test_missing_schema_file(tmp_path: Path, good_file: Path) -> None:
    code, output = invoke(tmp_path, "validate", str(good_file), "--schema",
                          str(tmp_path / "nope.toml"))
    assert code == 6
    assert output == (f"error: {tmp_path / 'nope.toml'}: dataset schema not found — pass an "
                      "existing schema file, e.g. policies/datasets/survey.toml\n")


def test_unknown_suite_name(tmp_path: Path, good_file: Path) -> None:
    code, output = invoke(tmp_path, "validate", str(good_file), "--suite", "nosuch")
    assert code == 6
    assert output.startswith("error: no dataset schema named 'nosuch' (looked in: ")
    assert output.endswith("— pass --schema FILE, or add policies/datasets/<name>.toml\n")


def test_schema_with_participants_needs_codes(tmp_path: Path, good_file: Path) -> None:
    code, output = invoke(tmp_path, "validate", str(good_file), "--schema", str(SURVEY))
    assert code == 6
    assert output == ("error: dataset survey: column 'participant' holds participant codes but "
                      "no current codes were given — run inside a vault, or pass --codes FILE "
                      "(one current code per line)\n")


def test_schema_free_scans_every_string_column(tmp_path: Path, good_file: Path) -> None:
    code, output = invoke(tmp_path, "validate", str(good_file), "--report",
                          str(tmp_path / "rep"))
    assert code == 3
    assert output.splitlines()[:2] == [
        "FAILED free.parquet: 5 checks, 1 failed (suite identifiers)",
        "  email:comment — 1 row(s)"]
    html = (tmp_path / "rep" / "report.html").read_text()
    assert "a.b@example.org" not in html and "a.b@example.org" not in output


def test_schema_free_clean_file_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "ok.parquet"
    pq.write_table(pa.table({"comment": ["fine", "all good"]}), path)
    code, output = invoke(tmp_path, "validate", str(path))
    assert code == 0
    assert output == "PASSED ok.parquet: 5 checks, 0 failed (suite identifiers)\n"


def test_suite_by_name_from_policies_dir(tmp_path: Path, good_file: Path) -> None:
    runner = CliRunner()
    with runner.isolated_filesystem(temp_dir=tmp_path) as cwd:
        (Path(cwd) / "policies" / "datasets").mkdir(parents=True)
        (Path(cwd) / "policies" / "datasets" / "free.toml").write_text(
            'version = 1\nname = "free"\n[[columns]]\nname = "comment"\nrole = "free_text"\n'
            'nullable = true\n[[columns]]\nname = "n"\ntype = "integer"\nrole = "keep"\n')
        result = runner.invoke(main, ["validate", str(good_file), "--suite", "free"],
                               env={"VAULT_DIR": str(Path(cwd) / "no-vault")})
    assert result.exit_code == 3
    assert result.output.splitlines()[0] == "FAILED free.parquet: 9 checks, 1 failed (suite free)"


# --- detectors -----------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "text", "found"), [
    ("email", "contact jo.bloggs+x@nhs.net today", True),
    ("email", "no at sign here", False),
    ("email", "user@localhost", False),
    ("uk-phone", "call 07700 900123", True),
    ("uk-phone", "call +44 7700 900123", True),
    ("uk-phone", "office (0161) 496 0000", True),
    ("uk-phone", "020-7946-0000", True),
    ("uk-phone", "in 2019 and 2020", False),
    ("uk-phone", "NHS 943 476 5919", False),
    ("nhs-number", "NHS no. 943 476 5919", True),
    ("nhs-number", "9434765919", True),
    ("nhs-number", "943-476-5919.", True),
    ("nhs-number", "9434765918", False),          # wrong check digit
    ("nhs-number", "19434765919", False),         # part of a longer number
    ("uk-postcode", "near SW1A 1AA", True),
    ("uk-postcode", "M1 1AE", True),
    ("uk-postcode", "b33 8th street", True),
    ("uk-postcode", "model GROW 2 stage", False),
    ("uk-postcode", "A1 2CI", False),             # C and I never end a postcode
    ("participant-marker", "\u27e6P:p-3f9a\u27e7 said", True),
    ("participant-marker", "[P07] said", False),
])
def test_detectors(kind: str, text: str, found: bool) -> None:
    assert detector(kind).contains(text) is found


@pytest.mark.parametrize(("text", "found"), [
    ("Priya said hello", True), ("PRIYA said", True), ("Priyanka said", False),
    ("Zoë was there", True), ("Zoëlle was there", False), ("nobody", False),
])
def test_register_names_whole_word_unicode(text: str, found: bool) -> None:
    assert detector("register-name", ["Priya", "Zoë"]).contains(text) is found


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 9), min_size=9, max_size=9), st.sampled_from(["", " ", "-"]),
       st.text(alphabet="abc .,", max_size=8))
def test_every_valid_nhs_number_is_found(digits: list[int], sep: str, pad: str) -> None:
    body = "".join(map(str, digits))
    check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
    check = 0 if check == 11 else check
    if check == 10:
        return  # no valid number has this prefix
    number = body + str(check)
    assert nhs_number_valid(number)
    text = f"{pad}{number[:3]}{sep}{number[3:6]}{sep}{number[6:]}{pad}"
    assert detector("nhs-number").contains(text)
    wrong = number[:9] + str((check + 1) % 10)
    assert not nhs_number_valid(wrong)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_prefilter_is_a_superset_of_the_exact_match(text: str) -> None:
    # the DuckDB engine counts rows matching the prefilter and then the confirm step: the
    # prefilter must never reject a string the exact detector would flag
    for det in DETECTORS.values():
        if det.confirm is not None and det.confirm(text):
            assert re.search(det.prefilter, text)
