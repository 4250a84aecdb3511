"""A SurveyMonkey export, end to end in a vault: `schema draft`, import unchanged, validate,
release as a Frictionless Data Package with a codebook, the linkage guard after `codes rotate`,
`dataset remove`, and the README's analyst examples run against the release."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from _vaults import custodial_vault
from click.testing import CliRunner
from test_datasets_vault import anonymiser

from cli import main
from vault.datasets import import_dataset, list_datasets, load_dataset, prepare_export
from vault.errors import ChecksFailed
from vault.participants import import_register
from vault.surveys.synthetic import write_surveymonkey

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EMAILS = ["ada.l@example.org", "bo.s@example.org", "cy.t@example.org"]
REGISTER = ("name,aliases,email,role,consent_date\n"
            "Ada Lovelace,,ada.l@example.org,Consultant,2026-01-01\n"
            "Bo Smith,,bo.s@example.org,GP partner,2026-01-01\n"
            "Cy Thomas,,cy.t@example.org,GP trainee,2026-01-01\n")


def cli(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def reviewed(text: str) -> str:
    """The steward's review of the draft: the "about 6" answers are nulled (and counted)."""
    return text.replace('role = "quasi_identifier"\nnullable = true\n[columns.generalise]\n'
                        'bands = 5', 'role = "quasi_identifier"\nnullable = true\non_invalid = '
                        '"null"\n[columns.generalise]\nbands = 5')


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    base = tmp_path_factory.mktemp("surveystudy")
    with pytest.MonkeyPatch.context() as mp:
        vault = custodial_vault(base, mp, "Survey study")
        import_register(vault, REGISTER.encode())
        export = write_surveymonkey(base / "export.csv", rows=20, emails=EMAILS)
        original = export.read_bytes()
        drafted = cli("dataset", "schema", "draft", str(export), "--from", "surveymonkey",
                      "--name", "mentoring", "-o", str(base / "draft.toml"))
        assert drafted.exit_code == 0, drafted.output
        schema = base / "mentoring.toml"
        schema.write_text(reviewed((base / "draft.toml").read_text()))
        yield {"vault": vault, "base": base, "export": export, "schema": schema,
               "original": original, "mp": mp}
        vault.close()


@pytest.fixture(scope="module")
def imported(study: dict[str, Any]) -> dict[str, Any]:
    """Import with the remedies the refusal suggested, then release wave-1."""
    vault, base = study["vault"], study["base"]
    info = import_dataset(vault, study["export"], name="mentoring", schema_path=study["schema"],
                          source="export.csv", anonymiser=anonymiser(),
                          generalise=["years_in_role"], suppress=True)
    released = cli("release", "create", "wave-1", "--dataset", info.id, "--out-dir",
                   str(base / "release"))
    assert released.exit_code == 0, released.output
    return {"info": info, "release": base / "release" / "wave-1"}


def test_draft_refuses_to_overwrite(study: dict[str, Any]) -> None:
    again = cli("dataset", "schema", "draft", str(study["export"]), "--from", "surveymonkey",
                "-o", str(study["base"] / "draft.toml"))
    assert again.exit_code == 9 and "already exists" in again.output


def test_k_failure_stores_nothing_and_says_what_would_fix_it(
        study: dict[str, Any], snapshot: Callable[[Path], Any]) -> None:
    vault = study["vault"]
    before = snapshot(vault.root)
    with pytest.raises(ChecksFailed) as info:
        import_dataset(vault, study["export"], name="mentoring", schema_path=study["schema"],
                       source="export.csv", anonymiser=anonymiser())
    message = info.value.message
    assert re.search(r"k-anonymity fails: \d+ row\(s\) in \d+ group\(s\) below k=5", message)
    assert re.search(r"generalising years_in_role \(bands of 10\) fixes \d+, dropping it "
                     r"fixes \d+", message)
    assert snapshot(vault.root) == before
    dry = prepare_export(vault, study["export"], schema_path=study["schema"], dry_run=True,
                         anonymiser=anonymiser())
    assert not dry.kanon.ok and {a.column for a in dry.kanon.advice} == {
        "job_role", "years_in_role", "region"}


def test_imported_unchanged_validates(study: dict[str, Any], imported: dict[str, Any]) -> None:
    assert study["export"].read_bytes() == study["original"]  # the export as it came
    info = imported["info"]
    stored = load_dataset(study["vault"], info.id)
    assert stored.summary["invalid_nulled"] == {"years_in_role": 1}
    assert stored.summary["generalised"] == ["years_in_role"]
    assert stored.summary["rows_in"] == 20
    assert info.rows == 20 - stored.summary["suppressed_rows"]
    linked = [m for m in stored.table.column("participant").to_pylist() if m]
    assert 1 <= len(linked) <= len(EMAILS)  # interviewees in groups below k were suppressed
    validated = cli("dataset", "validate", info.id, "--json")
    assert validated.exit_code == 0, validated.output
    assert json.loads(validated.output)["success"] is True


def test_release_is_a_valid_frictionless_data_package(imported: dict[str, Any]) -> None:
    from frictionless import validate

    release = imported["release"]
    report = validate(str(release / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])
    package = json.loads((release / "datapackage.json").read_text())
    assert package["licenses"] == [{"name": "other-closed", "title": "Restricted: for the "
                                    "study's approved analysts only"}]
    assert package["sources"] == [{"title": "Survey study"}]
    table = next(r for r in package["resources"] if r["path"] == "mentoring.parquet")
    fields = {f["name"]: f for f in table["schema"]["fields"]}
    assert fields["region"]["description"] == "In which UK region do you work?"
    assert fields["mentees"]["type"] == "integer"
    assert table["hash"].startswith("sha256:")
    described = {r["path"] for r in package["resources"]}
    assert {"codebook.md", "codebook.html", "schemas/mentoring.toml", "report.html",
            "manifest.json"} - described == {"manifest.json"}
    # a changed file fails frictionless too
    codebook = release / "codebook.md"
    original = codebook.read_bytes()
    try:
        codebook.write_bytes(original + b"\nedited\n")
        assert not validate(str(release / "datapackage.json")).valid
    finally:
        codebook.write_bytes(original)


def test_release_passes_the_frictionless_command(imported: dict[str, Any]) -> None:
    import subprocess
    import sys

    package = imported["release"] / "datapackage.json"
    done = subprocess.run([sys.executable, "-m", "frictionless", "validate", str(package)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "INVALID" not in done.stdout


def test_cli_import_dry_run_and_refusal(study: dict[str, Any],
                                        snapshot: Callable[[Path], Any]) -> None:
    before = snapshot(study["vault"].root)
    refused = cli("dataset", "import", str(study["export"]), "--schema", str(study["schema"]))
    assert refused.exit_code == 3
    assert refused.output.startswith("error: dataset mentoring: k-anonymity fails: ")
    assert "nothing was stored" in refused.output
    dry = cli("dataset", "import", str(study["export"]), "--schema", str(study["schema"]),
              "--generalise", "years_in_role", "--suppress", "--dry-run", "--json")
    assert dry.exit_code == 0, dry.output
    out = json.loads(dry.output)
    assert out["stored"] is False and out["k_anonymity"]["violating_rows"] == 0
    assert out["summary"]["invalid_nulled"] == {"years_in_role": 1}
    assert snapshot(study["vault"].root) == before


def test_manifest_codebook_and_row_counts(imported: dict[str, Any]) -> None:
    release, info = imported["release"], imported["info"]
    manifest = json.loads((release / "manifest.json").read_text())
    entry = manifest["datasets"][0]
    assert entry["rows"] == info.rows == manifest["validation"]["row_count"]
    assert entry["import"]["invalid_nulled"] == {"years_in_role": 1}
    assert entry["schema"]["file"] == "schemas/mentoring.toml"
    assert entry["schema"]["sha256"] == info.schema_sha256
    assert "datasets/mentoring.toml" not in manifest["policy_hashes"]
    summary = json.loads((release / "summary.json").read_text())
    assert summary["row_count"] == info.rows
    codebook = (release / "codebook.md").read_text()
    assert "How many years have you been in your current role?" in codebook
    assert "k = 5" in codebook and f"{entry['import']['suppressed_rows']} suppressed" in codebook
    assert "bands of 10" in codebook and "years_in_role 1" in codebook
    assert "@example.org" not in codebook and "Lovelace" not in codebook


def test_readme_analyst_examples_run_against_the_release(
        imported: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    import duckdb

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## For analysts", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```(python|sql)\n(.*?)```", section, flags=re.DOTALL)
    assert [lang for lang, _ in blocks] == ["python", "sql", "python"]
    monkeypatch.chdir(imported["release"].parent.parent)   # so release/wave-1/ resolves
    for lang, code in blocks:
        if lang == "python":
            scope: dict[str, Any] = {}
            exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 -- our own README
        else:
            rows = duckdb.sql(code).fetchall()
            assert sum(r[-1] for r in rows) == imported["info"].rows
    assert "frictionless validate release/wave-1/datapackage.json" in section


def test_second_release_after_rotation_needs_allow_relink(
        study: dict[str, Any], imported: dict[str, Any],
        snapshot: Callable[[Path], Any]) -> None:
    base, info = study["base"], imported["info"]
    assert cli("codes", "rotate", "--reason", "six-monthly").exit_code == 0
    before = snapshot(study["vault"].root)
    stored = load_dataset(study["vault"], info.id)
    linked = stored.table.num_rows - stored.table.column("participant").null_count
    refused = cli("release", "create", "wave-2", "--dataset", info.id, "--out-dir", str(base / "release"))
    assert refused.exit_code == 3
    assert refused.output.startswith("error: release would link code epochs: 1 dataset(s) "
                                     f"with {linked} participant-linked row(s) already "
                                     "released under code epoch 1")
    assert not (base / "release" / "wave-2").exists()
    assert snapshot(study["vault"].root) == before
    no_reason = cli("release", "create", "wave-2", "--dataset", info.id, "--out-dir",
                    str(base / "release"), "--allow-relink")
    assert no_reason.exit_code == 9 and "--allow-relink needs --reason" in no_reason.output
    allowed = cli("release", "create", "wave-2", "--dataset", info.id, "--out-dir", str(base / "release"),
                  "--allow-relink", "--reason", "wave-1 was withdrawn and destroyed")
    assert allowed.exit_code == 0, allowed.output
    manifest = json.loads((base / "release" / "wave-2" / "manifest.json").read_text())
    assert manifest["code_epoch"] == 2
    assert manifest["relink"]["reason"] == "wave-1 was withdrawn and destroyed"
    assert manifest["relink"]["earlier_epochs"] == [1]


def test_remove_destroys_only_that_dataset_and_its_key(
        study: dict[str, Any], imported: dict[str, Any]) -> None:
    vault = study["vault"]
    spare = import_dataset(vault, study["export"], name="spare", schema_path=study["schema"],
                           source="export.csv", anonymiser=anonymiser(),
                           generalise=["years_in_role", "years_in_role"], suppress=True)
    key_of = {r["id"]: r["key_id"] for r in vault.db.execute(
        "SELECT id, key_id FROM items WHERE data_class = 'dataset'")}
    assert key_of[spare.id] != key_of[imported["info"].id]  # a class key per dataset
    refused = cli("dataset", "remove", spare.id, "--reason", "unwanted")
    assert refused.exit_code == 17 and "without --yes" in refused.output
    removed = cli("dataset", "remove", spare.id, "--reason", "unwanted duplicate", "--yes",
                  "--json")
    assert removed.exit_code == 0, removed.output
    out = json.loads(removed.output)
    assert out["keys_destroyed"] == 1
    cert = json.loads(Path(out["json"]).read_text())
    assert cert["reason"] == "dataset removed: unwanted duplicate"
    assert cert["classes"]["dataset"]["items"][0]["id"] == spare.id
    key = vault.db.execute("SELECT state, wrapped FROM keys WHERE id = ?",
                           (key_of[spare.id],)).fetchone()
    assert (key["state"], key["wrapped"]) == ("destroyed", None)
    assert [d.id for d in list_datasets(vault)] == [imported["info"].id]
    assert load_dataset(vault, imported["info"].id).info.rows == imported["info"].rows
    actions = [e.action for e in vault.audit.entries()]
    assert "dataset.remove" in actions and "retention.purge" in actions
    vault.audit.verify()
    assert cli("dataset", "remove", spare.id, "--reason", "again", "--yes").exit_code == 10
