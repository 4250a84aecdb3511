"""``vault dataset …``: anonymised datasets stored in the vault (import, list, validate)."""
from __future__ import annotations

from pathlib import Path

import click

from vault.commands._app import emit, get_app, json_option, open_unlocked
from vault.commands._validation import check_report_dir, print_validation
from vault.files import read_input_file


@click.group("dataset")
def dataset_group() -> None:
    """Anonymised datasets (questionnaires), stored encrypted in the vault.

    \b
    Example:
      vault dataset import survey.csv --schema policies/datasets/survey.toml
      vault dataset list
      vault dataset validate ds_3f9c0a1b2d4e --report out/
    """


@dataset_group.command("import")
@click.argument("csv_file", metavar="CSV", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--schema", "schema_path", required=True,
              type=click.Path(path_type=Path, dir_okay=False),
              help="The dataset schema (TOML) saying what becomes of each column.")
@click.option("--name", help="The dataset's name (default: the schema's name); the release "
                             "file is NAME.parquet.")
@json_option
def dataset_import(csv_file: Path, schema_path: Path, name: str | None) -> None:
    """Anonymise a questionnaire CSV and store it, encrypted, in the vault.

    Identity columns are dropped, the participant column (e.g. the e-mail) becomes the
    participant's internal marker via the encrypted register (respondents not in the register
    get none), free text is redacted, quasi-identifiers are generalised. The CSV itself is not
    stored and not removed; delete it once the import is checked.

    \b
    Example:
      vault dataset import questionnaire.csv --schema policies/datasets/survey.toml
    """
    from vault.anonymise.dataset import load_dataset_schema  # lazy: imports pyarrow
    from vault.datasets import import_dataset

    data = read_input_file(csv_file, outside=get_app().vault_root())
    vault = open_unlocked()
    if name is None:
        name = load_dataset_schema(schema_path).name
    info = import_dataset(vault, data, name=name, schema_path=schema_path, source=csv_file.name)
    emit({"id": info.id, "rows": info.rows, "columns": list(info.columns)},
         f"imported dataset {info.id} ({info.name}): {info.rows} rows, "
         f"{len(info.columns)} columns (schema {info.schema}, sha256 {info.schema_sha256[:16]})")


@dataset_group.command("list")
@json_option
def dataset_list() -> None:
    """List the stored datasets: id, name, rows, columns, schema.

    \b
    Example:
      vault dataset list --json
    """
    from vault.datasets import list_datasets  # lazy: imports pyarrow

    infos = list_datasets(open_unlocked())
    emit([i.to_json() for i in infos],
         lambda: "\n".join(f"{i.id}  {i.name:<20} {i.rows:>6} rows  {len(i.columns):>3} columns"
                           f"  schema {i.schema} ({i.schema_sha256[:12]})  {i.created}"
                           for i in infos) or "no datasets")


@dataset_group.command("validate")
@click.argument("dataset_id", metavar="ID")
@click.option("--report", "report_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Write report.html and summary.json into this directory.")
@json_option
def dataset_validate(dataset_id: str, report_dir: Path | None) -> None:
    """Validate a stored dataset as it would be released (codes of the current epoch).

    Runs the suite from the dataset's schema with the vault's current codes, code format and
    register names. Exit status 0 when every check passes, 3 when a check fails.

    \b
    Example:
      vault dataset validate ds_3f9c0a1b2d4e --report out/
    """
    from vault.datasets import validate_dataset  # lazy: imports pyarrow

    check_report_dir(report_dir)
    result = validate_dataset(open_unlocked(), dataset_id)
    print_validation(result, report_dir)


COMMANDS = [dataset_group]
