"""Datasets inside the vault: `vault dataset import|list|validate`, and `vault validate` inside a
vault. The sample study's questionnaire is imported with the schema below."""
from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from cli import main
from vault.codes.epochs import current_codes
from vault.datasets import (
    DatasetInfo,
    import_dataset,
    list_datasets,
    load_dataset,
    render_dataset,
    validate_dataset,
)
from vault.errors import InputError, ParticipantError
from vault.participants import import_register, load_register

#: the schema of the sample study's questionnaire (vault.sample.generate_study)
MENTORING_SCHEMA = (Path(__file__).resolve().parents[1] / "policies" / "datasets"
                    / "mentoring.toml").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def anonymiser() -> Any:
    """One Anonymiser per test process (loading spaCy takes seconds)."""
    from vault.anonymise.engine import Anonymiser

    return Anonymiser()


def write_schema(directory: Path, text: str = MENTORING_SCHEMA) -> Path:
    path = directory / "mentoring.toml"
    path.write_text(text, encoding="utf-8")
    return path


def import_study(vault: Any, study: Any, directory: Path) -> DatasetInfo:
    """Import the sample's register and questionnaire into ``vault``; the dataset's info."""
    import_register(vault, study.register.read_bytes())
    return import_dataset(vault, study.questionnaire.read_bytes(), name="questionnaire",
                          schema_path=write_schema(directory), source="questionnaire.csv",
                          anonymiser=anonymiser())


def _without_ciphertext(entry: dict[str, Any]) -> dict[str, Any]:
    """An audit entry without its base64 material: its signature, the signing key's vkey and
    the age-sealed fields of its catalog facts."""
    entry = {k: v for k, v in entry.items() if k != "sig"}
    details = {k: v for k, v in dict(entry.get("details") or {}).items() if k != "signing_key"}
    if isinstance(details.get("catalog"), list):
        details["catalog"] = [{k: v for k, v in record.items() if not k.startswith("sealed_")}
                              for record in details["catalog"]]
    entry["details"] = details
    return entry


@pytest.fixture
def schema_file(tmp_path: Path) -> Path:
    return write_schema(tmp_path)


@pytest.fixture
def study_vault(vault: Any, sample_study: Any, tmp_path: Path) -> tuple[Any, DatasetInfo]:
    return vault, import_study(vault, sample_study, tmp_path)


# --- import ------------------------------------------------------------------------------------

def test_import_stores_markers_never_codes(study_vault: tuple[Any, DatasetInfo],
                                           sample_study: Any, tmp_path: Path) -> None:
    vault, info = study_vault
    stored = load_dataset(vault, info.id)
    assert info.rows == stored.table.num_rows == sample_study.questionnaire_rows
    assert stored.table.column_names == list(info.columns)
    assert "name" not in info.columns and "email" not in info.columns
    codes = current_codes(vault)
    linked = [m for m in stored.table.column("participant").to_pylist() if m is not None]
    # every interviewee answered; the other respondents are not in the register: null
    assert sorted(linked) == sorted(codes)
    assert not set(codes.values()) & set(linked)
    blob = json.dumps(stored.table.to_pylist(), default=str)
    for person in sample_study.participants:
        assert person.email not in blob and person.name not in blob
    # encrypted at rest: the object is age, and the table's words are not in it
    raw = (vault.objects_dir / f"{info.id}.age").read_bytes()
    assert raw.startswith(b"age-encryption.org/v1") and b"Hospital consultant" not in raw
    # the schema hash is recorded in the audit entry, and nothing identifying is
    schema_sha = hashlib.sha256((tmp_path / "mentoring.toml").read_bytes()).hexdigest()
    assert info.schema_sha256 == schema_sha
    entry = [e for e in vault.audit.entries() if e.action == "dataset.import"][-1]
    assert entry.items == (info.id,) and entry.details["schema_sha256"] == schema_sha
    assert entry.details["rows"] == info.rows
    audit = vault.audit_path.read_text()
    # two-letter codes turn up by chance inside base64 (signatures, the vkey, sealed catalog
    # facts): look for them in everything but that opaque material
    clear = json.dumps([_without_ciphertext(json.loads(line)) for line in audit.splitlines()])
    assert all(p.email not in audit and p.code not in clear for p in sample_study.participants)
    assert list_datasets(vault) == [info]


def test_free_text_markers_render_to_current_codes(study_vault: tuple[Any, DatasetInfo]) -> None:
    vault, info = study_vault
    stored = load_dataset(vault, info.id)
    codes = current_codes(vault)
    table = render_dataset(stored, codes)
    rendered = [c for c in table.column("participant").to_pylist() if c is not None]
    assert sorted(rendered) == sorted(codes.values())
    assert "\u27e6P:" not in json.dumps(table.to_pylist(), default=str)


def test_email_matching_is_case_insensitive_and_unknowns_are_null(
        vault: Any, sample_study: Any, tmp_path: Path) -> None:
    import_register(vault, sample_study.register.read_bytes())
    person = sample_study.participants[0]
    header = ("name,email,job_role,years_in_role,mentor_training,training_organiser,"
              "training_year,models_taught,mentees,region,mentoring_experience,"
              "wellbeing_support\n")
    rows = [f"X Y,{person.email.upper()},GP,3,no,,,,0,Wales,,\n"]
    rows += [f"A B,someone{i}@example.org,GP,3,no,,,,0,Wales,,\n" for i in range(11)]
    info = import_dataset(vault, (header + "".join(rows)).encode(), name="small",
                          schema_path=write_schema(tmp_path), anonymiser=anonymiser())
    markers = load_dataset(vault, info.id).table.column("participant").to_pylist()
    marker = next(e.marker for e in load_register(vault).entries if e.email == person.email)
    assert markers == [marker] + [None] * 11


def test_unknown_respondent_refused_when_participant_column_not_nullable(
        vault: Any, sample_study: Any, tmp_path: Path, snapshot: Callable[[Path], Any]) -> None:
    import_register(vault, sample_study.register.read_bytes())
    strict = write_schema(tmp_path, MENTORING_SCHEMA.replace(
        "nullable = true           # respondents", "nullable = false          # respondents"))
    before = snapshot(vault.root)
    with pytest.raises(ParticipantError) as info:
        import_dataset(vault, sample_study.questionnaire.read_bytes(), name="q",
                       schema_path=strict, source="questionnaire.csv", anonymiser=anonymiser())
    assert info.value.message.startswith("questionnaire.csv: row ")
    assert info.value.message.endswith(": column 'email' matches no participant in the register")
    assert snapshot(vault.root) == before


def test_bad_name_refused(vault: Any, schema_file: Path) -> None:
    with pytest.raises(InputError, match="dataset name '../x' is not a plain name"):
        import_dataset(vault, b"a\n1\n", name="../x", schema_path=schema_file)


# --- CLI ---------------------------------------------------------------------------------------

def test_cli_import_and_list_json(vault_dir: Path, sample_study: Any, tmp_path: Path,
                                  runner: CliRunner) -> None:
    from vault.store import Vault

    opened = Vault.open(vault_dir)
    import_register(opened, sample_study.register.read_bytes())
    opened.close()
    schema = write_schema(tmp_path)
    result = runner.invoke(main, ["dataset", "import", str(sample_study.questionnaire),
                                  "--schema", str(schema), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) == {"id", "rows", "columns"}
    assert out["rows"] == sample_study.questionnaire_rows
    assert out["columns"][:2] == ["participant", "job_role"]
    listed = runner.invoke(main, ["dataset", "list", "--json"])
    assert listed.exit_code == 0
    entries = json.loads(listed.output)
    assert [(e["id"], e["name"], e["schema"], e["rows"]) for e in entries] == [
        (out["id"], "mentoring", "mentoring", out["rows"])]
    text = runner.invoke(main, ["dataset", "list"])
    assert text.output.splitlines()[0].split()[:3] == ["ID", "NAME", "ROWS"]
    assert text.output.splitlines()[1].startswith(f"{out['id']}  mentoring ")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "error: bad.csv: file is empty — check the input file and try again\n"),
    ((b"name,email,job_role,years_in_role,mentor_training,training_organiser,training_year,"
     b"models_taught,mentees,region,mentoring_experience,wellbeing_support\n"
     b"A,a@example.org,GP,3,no,,,,0,Wales,,,extra\n"),
     ("error: bad.csv: row 2 (line 2): 13 fields, expected 12; extra field after column "
      "'wellbeing_support' — check the input file and try again\n")),
])
def test_cli_bad_csv_changes_nothing(vault_dir: Path, tmp_path: Path, runner: CliRunner,
                                     snapshot: Callable[[Path], Any], data: bytes,
                                     message: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(data)
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["dataset", "import", str(bad), "--schema",
                                  str(write_schema(tmp_path))])
    assert result.exit_code == 9
    assert result.output == message
    assert snapshot(vault_dir) == before


def test_cli_validate_json_shape(study_vault: tuple[Any, DatasetInfo], tmp_path: Path,
                                 runner: CliRunner) -> None:
    _vault, info = study_vault
    result = runner.invoke(main, ["dataset", "validate", info.id, "--json", "--report",
                                  str(tmp_path / "rep")])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) == {"success", "passed", "total", "results"}
    assert out["success"] is True and out["passed"] == out["total"] == len(out["results"])
    assert set(out["results"][0]) == {"expectation", "kind", "column", "success",
                                      "unexpected_count"}
    kinds = {r["kind"] for r in out["results"]}
    assert {"participant-code", "code-format", "register-name", "k-anonymity", "email"} <= kinds
    assert (tmp_path / "rep" / "report.html").is_file()


def test_validate_fails_on_a_leaked_identifier(vault: Any, sample_study: Any,
                                               tmp_path: Path) -> None:
    import_register(vault, sample_study.register.read_bytes())
    person = sample_study.participants[1]
    surname = person.name.split()[-1]
    header = ("name,email,job_role,years_in_role,mentor_training,training_organiser,"
              "training_year,models_taught,mentees,region,mentoring_experience,"
              "wellbeing_support\n")
    rows = [f"A B,a{i}@example.org,GP,3,no,,,,0,Wales,fine,{'ask ' + surname if i == 0 else ''}\n"
            for i in range(12)]

    class Passthrough:  # an anonymiser that misses everything
        def redact_many(self, texts: list[str], register: Any = None) -> list[Any]:
            return [type("R", (), {"text": t})() for t in texts]

    info = import_dataset(vault, (header + "".join(rows)).encode(), name="leaky",
                          schema_path=write_schema(tmp_path), anonymiser=Passthrough())
    result = validate_dataset(vault, info.id)
    assert not result.success
    assert [o.name for o in result.failed] == ["register-name:wellbeing_support"]


def test_vault_validate_file_uses_the_vault_policy(study_vault: tuple[Any, DatasetInfo],
                                                   tmp_path: Path, runner: CliRunner) -> None:
    vault, info = study_vault
    table = render_dataset(load_dataset(vault, info.id), current_codes(vault))
    good = tmp_path / "good.parquet"
    pq.write_table(table, good)
    schema = str(tmp_path / "mentoring.toml")
    ok = runner.invoke(main, ["validate", str(good), "--schema", schema, "--json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["success"] is True
    # a code that is not of the current epoch: caught only with the vault's codes
    idx = table.column_names.index("participant")
    values = table.column("participant").to_pylist()
    first = next(i for i, v in enumerate(values) if v is not None)
    current = set(current_codes(vault).values())
    values[first] = next(c for c in ("PZZ", "PYY", "PXX", "PWW") if c not in current)
    stale = tmp_path / "stale.parquet"
    pq.write_table(table.set_column(idx, "participant", pa.array(values)), stale)
    bad = runner.invoke(main, ["validate", str(stale), "--schema", schema, "--json"])
    assert bad.exit_code == 3
    out = json.loads(bad.stdout)
    assert out["success"] is False
    assert [r["expectation"] for r in out["results"] if not r["success"]] == [
        "participant-code:participant"]
