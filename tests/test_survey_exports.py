"""Survey exports as the tools write them: headers, drafting, the columnar transform, invalid
cells, rows.max, and k-anonymity with a way forward. No vault needed (register injected)."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pytest

from vault.anonymise.dataset import (
    ColumnRole,
    ColumnType,
    InvalidCells,
    NumericBands,
    RareCategories,
    SourceFormat,
    load_dataset_schema,
    parse_dataset_schema,
    schema_from_bytes,
)
from vault.anonymise.schema_toml import dump_schema
from vault.anonymity import assess, coarser_rule, generalise_schema, suppress_rare
from vault.dataset_import import prepare_dataset
from vault.errors import ChecksFailed, InputError, ParticipantError, PolicyError
from vault.surveys.draft import draft_schema
from vault.surveys.reader import read_layout
from vault.surveys.redcap import read_dictionary
from vault.surveys.synthetic import (
    MODELS,
    QUESTIONS,
    write_qualtrics,
    write_redcap,
    write_surveymonkey,
)

ROOT = Path(__file__).resolve().parent.parent
EMAILS = ["ada@example.org", "bo@example.org"]


def no_redaction(texts: list[str]) -> list[str]:
    return ["[redacted]" for _ in texts]


def markers(value: str) -> str | None:
    return {"ada@example.org": "m-ada", "bo@example.org": "m-bo"}.get(value.lower())


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("exports")
    out = {"surveymonkey": write_surveymonkey(base / "sm.csv", rows=20, emails=EMAILS),
           "qualtrics": write_qualtrics(base / "q.csv", rows=20, emails=EMAILS)}
    out["redcap"], out["dictionary"] = write_redcap(base / "rc.csv", base / "dd.csv", rows=20,
                                                    emails=EMAILS)
    return out


def drafted(exports: dict[str, Path], fmt: str) -> str:
    dictionary = exports["dictionary"].read_bytes() if fmt == "redcap" else None
    return draft_schema(exports[fmt], SourceFormat(fmt), name="mentoring",
                        dictionary=dictionary)


# --- header rows -------------------------------------------------------------------------------

def test_surveymonkey_header_rows_carry_questions_forward(exports: dict[str, Path]) -> None:
    assert exports["surveymonkey"].read_bytes().startswith(b"\xef\xbb\xbf")
    layout = read_layout(exports["surveymonkey"], SourceFormat.SURVEYMONKEY)
    keys = [c.key for c in layout.columns]
    assert keys[:2] == [("Respondent ID", ""), ("Collector ID", "")]
    assert (QUESTIONS["models"], "GROW") in keys and (QUESTIONS["models"], "OSKAR") in keys
    assert (QUESTIONS["role"], "Other (please specify)") in keys
    assert layout.first_row == 3 and layout.first_line == 3


def test_qualtrics_header_rows(exports: dict[str, Path]) -> None:
    layout = read_layout(exports["qualtrics"], SourceFormat.QUALTRICS)
    q61 = layout.column("Q6_1")
    assert q61 is not None and (q61.question, q61.answer, q61.import_id) == (
        QUESTIONS["models"], "GROW", "QID6_1")
    assert layout.column("IPAddress") is not None and layout.first_row == 4


def test_a_plain_csv_is_not_a_qualtrics_export(tmp_path: Path) -> None:
    plain = tmp_path / "plain.csv"
    plain.write_text("a,b\n1,2\n3,4\n5,6\n")
    with pytest.raises(InputError, match="row 3 \\(header\\): column 1 is not ImportId JSON"):
        read_layout(plain, SourceFormat.QUALTRICS)


def test_redcap_dictionary(exports: dict[str, Path]) -> None:
    dictionary = read_dictionary(exports["dictionary"].read_bytes(), name="dd.csv")
    role = dictionary.field("job_role")
    assert role is not None and role.type == "radio" and role.choices["1"] == "Consultant"
    parent, code = dictionary.column("models___2")
    assert parent is not None and parent.name == "models" and code == "2"
    email = dictionary.field("email")
    assert email is not None and email.identifier and email.validation == "email"


def test_redcap_draft_needs_its_dictionary(exports: dict[str, Path]) -> None:
    with pytest.raises(InputError, match="needs its data dictionary"):
        draft_schema(exports["redcap"], SourceFormat.REDCAP)


# --- drafting ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["surveymonkey", "qualtrics", "redcap"])
def test_draft_declares_every_column_for_review(exports: dict[str, Path], fmt: str) -> None:
    text = drafted(exports, fmt)
    schema = schema_from_bytes(text.encode(), source=fmt)
    assert schema.format is SourceFormat(fmt)
    roles = {c.name: c.role for c in schema.columns}
    # identity dropped, e-mail linked, quasi-identifiers flagged, free text recognised
    assert roles["email"] is ColumnRole.PARTICIPANT
    assert {"job_role", "years_in_role", "region"} <= set(schema.quasi_identifiers)
    assert ColumnRole.FREE_TEXT in roles.values()
    identity = [c for c in schema.columns if c.role is ColumnRole.IDENTITY]
    assert identity and all(c.output not in [o.output for o in schema.output_columns]
                            for c in identity)
    checkboxes = [c for c in schema.columns if c.type is ColumnType.CHECKBOX]
    assert len(checkboxes) >= len(MODELS) and len({c.group for c in checkboxes}) == 1
    assert schema.column("region").question == QUESTIONS["region"]
    # the one "about 6" is counted, never quoted; no e-mail or name leaks into the draft
    assert "1 answer(s) do not fit integer" in text
    assert not re.search(r"about [0-9]", text)
    assert "@example.org" not in text and "Smith" not in text


def test_draft_drops_identity_metadata(exports: dict[str, Path]) -> None:
    schema = schema_from_bytes(drafted(exports, "surveymonkey").encode(), source="sm")
    dropped = {c.key for c in schema.columns if c.role is ColumnRole.IDENTITY}
    assert {("IP Address", ""), ("First Name", ""), ("Last Name", ""), ("Collector ID", ""),
            ("Respondent ID", ""), ("Custom Data 1", "")} <= dropped
    other = schema.column("job_role_other")
    assert other.role is ColumnRole.FREE_TEXT and other.group == "job_role"


def test_draft_without_linking_drops_the_email(exports: dict[str, Path]) -> None:
    text = draft_schema(exports["surveymonkey"], SourceFormat.SURVEYMONKEY, name="m",
                        link_participants=False)
    schema = schema_from_bytes(text.encode(), source="m")
    assert schema.participant_column is None
    assert schema.column("email").role is ColumnRole.IDENTITY


def test_dump_schema_round_trips(exports: dict[str, Path]) -> None:
    for schema in (load_dataset_schema(ROOT / "policies/datasets/mentoring.toml"),
                   load_dataset_schema(ROOT / "policies/datasets/survey.toml"),
                   schema_from_bytes(drafted(exports, "redcap").encode(), source="rc")):
        again = schema_from_bytes(dump_schema(schema).encode(), source=str(schema.source))
        assert again == schema


# --- import: the columnar transform ------------------------------------------------------------

def prepare(exports: dict[str, Path], fmt: str, edit: Callable[[str], str] = lambda t: t,
            **kwargs: object) -> object:
    text = edit(drafted(exports, fmt))
    schema = schema_from_bytes(text.encode(), source=fmt)
    return prepare_dataset(exports[fmt], schema, text.encode(), identify=markers,
                           redact_texts=no_redaction, **kwargs)  # type: ignore[arg-type]


def null_invalid_years(text: str) -> str:
    return text.replace('role = "quasi_identifier"\nnullable = true\n[columns.generalise]\n'
                        'bands = 5', 'role = "quasi_identifier"\nnullable = true\non_invalid = '
                        '"null"\n[columns.generalise]\nbands = 5')


@pytest.mark.parametrize("fmt", ["surveymonkey", "qualtrics", "redcap"])
def test_invalid_cells_refused_with_counts_by_default(exports: dict[str, Path],
                                                      fmt: str) -> None:
    with pytest.raises(InputError) as info:
        prepare(exports, fmt)
    assert info.value.message == ("dataset mentoring: cells that do not fit their column: "
                                  "'years_in_role' 1 (not a valid integer)")
    assert "about" not in info.value.message


@pytest.mark.parametrize("fmt", ["surveymonkey", "qualtrics", "redcap"])
def test_export_imports_unchanged_after_review(exports: dict[str, Path], fmt: str) -> None:
    prepared = prepare(exports, fmt, null_invalid_years, suppress=True, dry_run=True)
    table = prepared.table  # type: ignore[attr-defined]
    summary = prepared.summary  # type: ignore[attr-defined]
    assert summary.nulled == {"years_in_role": 1} and summary.rows_in == 20
    assert table.num_rows == 20 - summary.suppressed_rows
    assert prepared.kanon.ok  # type: ignore[attr-defined]
    assert "email" not in table.column_names and "ip_address" not in table.column_names
    linked = [m for m in table.column("participant").to_pylist() if m]
    assert set(linked) <= {"m-ada", "m-bo"}
    checkbox = next(c for c in table.column_names if c.endswith("_grow"))
    assert table.schema.field(checkbox).type == pa.bool_()
    assert table.column(checkbox).null_count == 0
    assert set(table.column("years_in_role").drop_null().to_pylist()) <= {
        "0-4", "5-9", "10-14", "15-19", "20-24"}


def test_redcap_codes_become_labels(exports: dict[str, Path]) -> None:
    prepared = prepare(exports, "redcap", null_invalid_years, dry_run=True)
    roles = set(prepared.table.column("job_role").drop_null().to_pylist())  # type: ignore
    assert roles and not any(r.isdigit() for r in roles)


def test_rows_max_enforced_while_streaming(exports: dict[str, Path]) -> None:
    def cap(text: str) -> str:
        return null_invalid_years(text).replace("[rows]\nmin = 5", "[rows]\nmin = 5\nmax = 10")

    with pytest.raises(InputError, match="more than 10 data rows, the schema's rows.max"):
        prepare(exports, "surveymonkey", cap)


def test_unknown_respondent_refused_when_participant_required(exports: dict[str, Path]) -> None:
    def required(text: str) -> str:
        return null_invalid_years(text).replace(
            'output = "participant"\nnullable = true', 'output = "participant"')

    with pytest.raises(ParticipantError) as info:
        prepare(exports, "surveymonkey", required, suppress=True)
    assert info.value.message == ("sm.csv: row 5: column 'email' matches no participant in "
                                  "the register")


def test_missing_declared_column_and_undeclared_column(exports: dict[str, Path]) -> None:
    schema = parse_dataset_schema({"version": 1, "name": "t", "format": "surveymonkey",
                                   "columns": [{"name": "x", "role": "keep",
                                                "source": ["Not asked?", "Response"]}]})
    with pytest.raises(InputError, match="'Not asked\\? / Response' declared in the schema is "
                                         "missing"):
        prepare_dataset(exports["surveymonkey"], schema, b"", identify=markers,
                        redact_texts=no_redaction)


def test_on_invalid_null_needs_nullable() -> None:
    with pytest.raises(PolicyError) as info:
        parse_dataset_schema({"version": 1, "name": "t", "columns": [
            {"name": "n", "type": "integer", "role": "keep", "on_invalid": "null"}]})
    assert info.value.message == ("<schema>: on_invalid in [[columns]] 'n' can be \"null\" "
                                  "only with nullable = true")
    schema = parse_dataset_schema({"version": 1, "name": "t", "on_invalid": "null",
                                   "columns": [{"name": "n", "type": "integer", "role": "keep"}]})
    assert schema.invalid_choice(schema.columns[0]) is InvalidCells.REFUSE


def test_survey_formats_need_source() -> None:
    with pytest.raises(PolicyError) as info:
        parse_dataset_schema({"version": 1, "name": "t", "format": "qualtrics",
                              "columns": [{"name": "n", "role": "keep"}]})
    assert info.value.message == "<schema>: [[columns]] 'n' has no 'source'"
    assert info.value.hint == ("a qualtrics export is read by source; "
                               "`vault dataset schema draft` writes it")


# --- k-anonymity: the way forward --------------------------------------------------------------

KSCHEMA = parse_dataset_schema({"version": 1, "name": "k", "k": 3, "columns": [
    {"name": "role", "role": "quasi_identifier",
     "generalise": {"rare_below": 2, "groups": {"GP": "Primary", "Salaried GP": "Primary",
                                                "Consultant": "Hospital"}}},
    {"name": "years", "type": "integer", "role": "quasi_identifier",
     "generalise": {"bands": 5, "top": 20}}]})


def k_table() -> pa.Table:
    # as imported: roles kept (common) or grouped, years banded
    return pa.table({"role": ["GP"] * 3 + ["Salaried GP"] * 2 + ["Consultant"] * 3,
                     "years": ["0-4", "0-4", "0-4", "5-9", "0-4", "10-14", "15-19", "20+"]})


def test_assess_names_what_fixes_how_many_rows() -> None:
    report = assess(k_table(), KSCHEMA)
    assert (report.violating_rows, report.violating_groups) == (5, 5)
    advice = {a.column: a for a in report.advice}
    # folding every role into its group: a salaried GP with 0-4 years joins the three GPs
    assert advice["role"].generalise_to == "every category to its group"
    assert advice["role"].generalise_fixes == 1
    assert advice["role"].drop_fixes == 1
    # bands of 10 still leave groups of 2 and 1; without years only the salaried GPs remain
    assert advice["years"].generalise_to == "bands of 10"
    assert advice["years"].generalise_fixes == 0 and advice["years"].drop_fixes == 3
    assert "suppressing would remove 5 row(s)" in report.describe()
    assert "GP" not in report.describe().replace("generalising", "")  # counts, never values


def test_coarser_rules() -> None:
    years = KSCHEMA.column("years")
    assert coarser_rule(years, 3) == NumericBands(width=10, top=20)
    assert coarser_rule(KSCHEMA.column("role"), 3) == RareCategories(
        min_count=None, groups=KSCHEMA.column("role").generalise.groups)  # type: ignore
    plain = dataclasses.replace(years, generalise=None)
    assert coarser_rule(plain, 3) == NumericBands(width=5)


def test_generalise_schema_and_suppress() -> None:
    coarser = generalise_schema(KSCHEMA, ["years"])
    assert coarser.column("years").generalise == NumericBands(width=10, top=20)
    with pytest.raises(PolicyError, match="not a quasi-identifier"):
        generalise_schema(KSCHEMA, ["nope"])
    table, removed = suppress_rare(k_table(), KSCHEMA)
    assert (removed, table.num_rows) == (5, 3) and assess(table, KSCHEMA).ok
    strict = dataclasses.replace(KSCHEMA, max_suppressed_percent=10.0)
    with pytest.raises(ChecksFailed, match="suppression would remove 5 of 8 row"):
        suppress_rare(k_table(), strict)


def test_import_refuses_k_failure_with_advice(exports: dict[str, Path]) -> None:
    with pytest.raises(ChecksFailed) as info:
        prepare(exports, "surveymonkey", null_invalid_years)
    assert info.value.message.startswith("dataset mentoring: k-anonymity fails: ")
    assert "generalising years_in_role (bands of 10) fixes" in info.value.message
    assert "nothing was stored" in info.value.hint
