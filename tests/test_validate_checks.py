"""One failing fixture per check kind: the exact failing check, exit code 3, no value leaks.

Each case mutates a clean, released-form survey table (codes of the current epoch rendered)
and expects exactly one failing check. Library cases run on both engines (DuckDB pushdown and
GX's own pandas engine) so the two stay in agreement; CLI cases run ``vault validate``.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from cli import main
from vault.anonymise.dataset import load_dataset_schema
from vault.validate import ValidationPolicy, build_suite
from vault.validate import validate_table as _validate_table
from vault.validate._pushdown import DuckDBSettings

ROOT = Path(__file__).resolve().parent.parent
SURVEY = ROOT / "policies" / "datasets" / "survey.toml"
CODE_FORMAT = r"P-[0-9]{4}"
#: register names (a deny-list the register would provide)
NAMES = ["Priya Shah", "Priya", "Tomasz Nowak"]

#: six quasi-identifier combinations of seven respondents each (k = 5)
GROUPS = [("Nurse", "0-4", "London"), ("Nurse", "5-9", "Wales"), ("Doctor", "10-14", "Scotland"),
          ("Manager", "0-4", "North East"), ("GP", "20-24", "London"),
          ("Midwife", "30+", "South West")]


def clean_table() -> pa.Table:
    rows = [g for g in GROUPS for _ in range(7)]
    n = len(rows)
    return pa.table({
        "participant": [f"P-{i + 1:04d}" for i in range(n)],
        "job_role": [r[0] for r in rows],
        "years_in_role": [r[1] for r in rows],
        "region": [r[2] for r in rows],
        "mentor_training": [i % 3 != 0 for i in range(n)],
        "training_organiser": ["Royal College" if i % 3 else None for i in range(n)],
        "training_year": pa.array([2015 + i % 8 if i % 3 else None for i in range(n)],
                                  type=pa.int64()),
        "model_taught": ["GROW" if i % 2 else "Skilled Helper" for i in range(n)],
        "mentee_count": pa.array([i % 6 for i in range(n)], type=pa.int64()),
        "what_helped": ["Protected time with [Participant P-0003] and a peer group."] * n,
        "what_would_improve": [None if i % 4 else "More sessions in 2024." for i in range(n)],
    })


CURRENT_CODES = {f"P-{i + 1:04d}" for i in range(len(GROUPS) * 7)}


def set_cell(table: pa.Table, column: str, row: int, value: object) -> pa.Table:
    values = table.column(column).to_pylist()
    values[row] = value
    idx = table.column_names.index(column)
    return table.set_column(idx, column, pa.array(values, type=table.schema.field(column).type))


def retype(table: pa.Table, column: str) -> pa.Table:
    idx = table.column_names.index(column)
    values = [None if v is None else str(v) for v in table.column(column).to_pylist()]
    return table.set_column(idx, column, pa.array(values, type=pa.string()))


def move_rows(table: pa.Table, rows: list[int], column: str, value: str) -> pa.Table:
    for r in rows:
        table = set_cell(table, column, r, value)
    return table


Mutation = Callable[[pa.Table], pa.Table]

#: case id → (mutation, planted value (must not leak), the one failing check)
CASES: dict[str, tuple[Mutation, str | None, str]] = {
    "email": (lambda t: set_cell(t, "what_helped", 3, "Write to jo.bloggs@example.org please"),
              "jo.bloggs@example.org", "email:what_helped"),
    "phone": (lambda t: set_cell(t, "what_would_improve", 0, "Ring me on 07700 900123"),
              "07700 900123", "uk-phone:what_would_improve"),
    "nhs-number": (lambda t: set_cell(t, "what_helped", 5, "My NHS number is 943 476 5919."),
                   "943 476 5919", "nhs-number:what_helped"),
    "postcode": (lambda t: set_cell(t, "what_helped", 8, "We met near SW1A 1AA most weeks"),
                 "SW1A 1AA", "uk-postcode:what_helped"),
    "marker-token": (lambda t: set_cell(t, "what_helped", 2, "\u27e6P:p-3f9a\u27e7 helped"),
                     "p-3f9a", "participant-marker:what_helped"),
    "register-name": (lambda t: set_cell(t, "what_helped", 2, "Tomasz Nowak was my mentor"),
                      "Tomasz Nowak", "register-name:what_helped"),
    "k-anonymity": (lambda t: move_rows(t, [0, 1], "region", "Northern Ireland"),
                    "Northern Ireland", "k-anonymity"),
    "stale-code": (lambda t: set_cell(t, "participant", 4, "P-7311"), "P-7311",
                   "participant-code:participant"),
    "wrong-type": (lambda t: retype(t, "mentee_count"), None, "type:mentee_count"),
    "not-allowed": (lambda t: set_cell(t, "model_taught", 6, "Neuro-linguistic coaching"),
                    "Neuro-linguistic coaching", "allowed-values:model_taught"),
    "null": (lambda t: set_cell(t, "mentor_training", 1, None), None,
             "not-null:mentor_training"),
    "row-count": (lambda t: t.slice(0, 7), None, "row-count"),
    "missing-column": (lambda t: t.drop_columns(["mentee_count"]), None, "columns"),
}


ENGINES = ["duckdb", "duckdb-rowwise", "gx-pandas"]


def validate_table(table: pa.Table, suite, *, engine: str = "duckdb", **kw):  # type: ignore[no-untyped-def]
    """Run on one engine; ``duckdb-rowwise`` forces the row-by-row path (no distinct values)."""
    if engine == "duckdb-rowwise":
        return _validate_table(table, suite, engine="duckdb",
                               settings=DuckDBSettings(distinct_limit=0), **kw)
    return _validate_table(table, suite, engine=engine, **kw)


def policy() -> ValidationPolicy:
    return ValidationPolicy.of(current_codes=CURRENT_CODES, code_regex=CODE_FORMAT,
                               register_names=NAMES)


@pytest.fixture(scope="module")
def suite():  # type: ignore[no-untyped-def]
    return build_suite(load_dataset_schema(SURVEY), policy())


@pytest.mark.parametrize("engine", ENGINES)
def test_clean_table_passes(suite, engine: str) -> None:  # type: ignore[no-untyped-def]
    result = validate_table(clean_table(), suite, dataset="survey", engine=engine)
    assert result.failed == ()
    assert result.success and result.row_count == 42
    kinds = {o.kind for o in result.results}
    assert kinds == {"columns", "type", "row-count", "not-null", "allowed-values",
                     "participant-code", "code-format", "email", "uk-phone", "nhs-number",
                     "uk-postcode", "participant-marker", "register-name", "k-anonymity"}


@pytest.mark.parametrize("engine", [
    "duckdb", "duckdb-rowwise", pytest.param("gx-pandas", marks=pytest.mark.slow)])
@pytest.mark.parametrize("case", sorted(CASES))
def test_each_check_fails_alone(suite, case: str, engine: str) -> None:  # type: ignore[no-untyped-def]
    mutate, planted, expected = CASES[case]
    result = validate_table(mutate(clean_table()), suite, dataset="survey", engine=engine)
    failed = [o.name for o in result.failed]
    if case == "missing-column":
        # the column set fails, and so does every check on the missing column
        assert failed[0] == "columns"
        assert set(failed) == {"columns", "type:mentee_count"}
        assert result.outcome("type:mentee_count").observed in ("missing", None)
        return
    assert failed == [expected]
    if planted is not None:
        assert planted not in json.dumps(result.summary())


def test_malformed_current_code_fails_format_only() -> None:
    # a code in the current set that breaks the format: a register bug this check catches
    bad = ValidationPolicy.of(current_codes=CURRENT_CODES | {"X-7"}, code_regex=CODE_FORMAT)
    suite = build_suite(load_dataset_schema(SURVEY), bad)
    table = set_cell(clean_table(), "participant", 4, "X-7")
    for engine in ENGINES:
        result = validate_table(table, suite, engine=engine)
        assert [o.name for o in result.failed] == ["code-format:participant"]


def test_k_anonymity_reports_sizes_only(suite) -> None:  # type: ignore[no-untyped-def]
    table = move_rows(clean_table(), [0, 1], "region", "Northern Ireland")
    for engine in ENGINES:
        outcome = validate_table(table, suite, engine=engine).outcome("k-anonymity")
        assert outcome.observed == {"violating_combinations": 1, "violating_rows": 2,
                                    "group_sizes": [2]}
        assert outcome.unexpected_count == 2


def test_unexpected_counts_agree_across_engines(suite) -> None:  # type: ignore[no-untyped-def]
    table = clean_table()
    for row in (0, 9, 17):
        table = set_cell(table, "what_helped", row, f"mail p{row}@nhs.net or 0161 496 0{row:03d}")
    a = validate_table(table, suite, engine="duckdb")
    b = validate_table(table, suite, engine="gx-pandas")
    c = validate_table(table, suite, engine="duckdb-rowwise")
    assert [(o.name, o.success, o.unexpected_count) for o in a.results] == \
        [(o.name, o.success, o.unexpected_count) for o in b.results] == \
        [(o.name, o.success, o.unexpected_count) for o in c.results]
    assert a.outcome("email:what_helped").unexpected_count == 3
    assert a.outcome("uk-phone:what_helped").unexpected_count == 3


# --- through the CLI -----------------------------------------------------------------------

def run_cli(tmp_path: Path, table: pa.Table, *extra: str) -> tuple[int, str, dict]:
    pq.write_table(table, tmp_path / "survey.parquet")
    (tmp_path / "codes.txt").write_text("\n".join(sorted(CURRENT_CODES)) + "\n")
    (tmp_path / "names.txt").write_text("\n".join(NAMES) + "\n")
    result = CliRunner().invoke(main, [
        "validate", str(tmp_path / "survey.parquet"), "--schema", str(SURVEY),
        "--codes", str(tmp_path / "codes.txt"), "--code-format", CODE_FORMAT,
        "--deny-list", str(tmp_path / "names.txt"), "--report", str(tmp_path / "report"),
        *extra])
    summary = json.loads((tmp_path / "report" / "summary.json").read_text())
    return result.exit_code, result.output, summary


def test_cli_clean_exits_0(tmp_path: Path) -> None:
    code, output, summary = run_cli(tmp_path, clean_table())
    assert code == 0, output
    assert output.startswith("PASSED survey.parquet: 74 checks, 0 failed (suite survey)\n")
    assert summary["evaluated"] == 74
    assert summary["success"] is True and summary["row_count"] == 42


@pytest.mark.parametrize("case", sorted(set(CASES) - {"missing-column"}))
def test_cli_failing_fixture_exits_3(tmp_path: Path, case: str) -> None:
    mutate, planted, expected = CASES[case]
    code, output, summary = run_cli(tmp_path, mutate(clean_table()))
    assert code == 3
    assert [r["name"] for r in summary["results"] if not r["success"]] == [expected]
    assert (f"error: survey.parquet: 1 of {summary['evaluated']} checks failed: {expected} — "
            "see the validation report for the failing expectations") in output
    html = (tmp_path / "report" / "report.html").read_text()
    assert "FAILED" in html and expected in html
    if planted is not None:
        for text in (output, html, json.dumps(summary)):
            assert planted not in text


def test_report_never_shows_register_names_or_codes(tmp_path: Path) -> None:
    table = set_cell(clean_table(), "what_helped", 0, "Priya Shah helped, call 020 7946 0000")
    code, output, summary = run_cli(tmp_path, table)
    assert code == 3
    html = (tmp_path / "report" / "report.html").read_text()
    blob = output + html + json.dumps(summary)
    for secret in [*NAMES, "7946", *sorted(CURRENT_CODES)[:5]]:
        assert secret not in blob
    assert "<script" not in html and "http" not in html  # self-contained, no external assets
