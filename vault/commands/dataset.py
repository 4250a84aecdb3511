"""``vault dataset …``: anonymised datasets stored in the vault (import, list, validate,
remove) and the schemas that describe them (``dataset schema draft``)."""
from __future__ import annotations

from pathlib import Path

import click

from vault.commands._app import emit, get_app, is_interactive, json_option, open_unlocked
from vault.commands._listing import listing, table
from vault.commands._params import mode_option
from vault.commands._validation import check_report_dir, print_validation
from vault.dataset_removal import remove_dataset
from vault.errors import ChecksFailed, InputError, RetentionError, printable
from vault.files import check_input_file


@click.group("dataset")
def dataset_group() -> None:
    """Anonymised datasets (questionnaires), stored encrypted in the vault.

    \b
    Example:
      vault dataset schema draft export.csv --from surveymonkey -o mentoring.toml
      vault dataset import export.csv --schema mentoring.toml
      vault dataset list
      vault dataset validate ds_3f9c0a1b2d4e --report out/
      vault dataset remove ds_3f9c0a1b2d4e --reason "failed k-anonymity" --yes
    """


@dataset_group.command("import")
@click.argument("export", metavar="EXPORT", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--schema", "schema_path", required=True,
              type=click.Path(path_type=Path, dir_okay=False),
              help="The dataset schema (TOML): the export's format and what becomes of each "
                   "column.")
@click.option("--name", help="The dataset's name (default: the schema's name); the release "
                             "file is NAME.parquet.")
@click.option("--generalise", "generalise", multiple=True, metavar="COLUMN",
              help="Remedy: take this quasi-identifier one level beyond the schema's rule "
                   "(repeat; twice for two levels).")
@click.option("--suppress/--no-suppress", default=None,
              help="Remedy: suppress rows still in groups smaller than k (counted in the "
                   "manifest); default: the schema's [anonymity] suppress.")
@click.option("--max-suppressed-percent", type=click.FloatRange(0, 100), default=None,
              help="Refuse when suppression would remove more than this share of rows.")
@click.option("--dry-run", is_flag=True,
              help="Anonymise and assess k-anonymity, store nothing.")
@json_option
def dataset_import(export: Path, schema_path: Path, name: str | None,
                   generalise: tuple[str, ...], suppress: bool | None,
                   max_suppressed_percent: float | None, dry_run: bool) -> None:
    """Anonymise a survey EXPORT, as the survey tool wrote it, and store it encrypted.

    The schema names the export's format (csv, surveymonkey, qualtrics, redcap; see
    `vault dataset schema draft`). The export is streamed, never stored and not removed:
    delete it once the import is checked. Identity columns are dropped, the participant
    column (e.g. the e-mail) becomes the participant's internal marker via the encrypted
    register, free text is redacted, quasi-identifiers are generalised. Cells that do not fit
    their column are refused, or nulled and counted (the schema's on_invalid). If k-anonymity
    fails, nothing is stored (exit 3) and the error says how many rows generalising or
    dropping each quasi-identifier would fix; re-run with --generalise / --suppress.

    \b
    Example:
      vault dataset schema draft export.csv --from surveymonkey -o mentoring.toml
      vault dataset import export.csv --schema mentoring.toml --dry-run
      vault dataset import export.csv --schema mentoring.toml --generalise years_in_role
    """
    from vault.anonymise.dataset import load_dataset_schema  # lazy: imports pyarrow
    from vault.datasets import import_dataset, prepare_export

    # streamed later: checked now (a regular file once resolved, not inside the vault)
    check_input_file(export, outside=get_app().vault_root())
    vault = open_unlocked()
    if name is None:
        name = load_dataset_schema(schema_path).name
    if dry_run:
        prepared = prepare_export(vault, export, schema_path=schema_path, source=export.name,
                                  generalise=generalise, suppress=suppress,
                                  max_suppressed_percent=max_suppressed_percent, dry_run=True)
        report = prepared.kanon
        emit({"rows": prepared.table.num_rows, "columns": prepared.table.column_names,
              "summary": prepared.summary.to_json(), "k_anonymity": report.to_json(),
              "stored": False},
             f"dry run (nothing stored): {prepared.table.num_rows} rows, "
             f"{prepared.table.num_columns} columns; k-anonymity: {report.describe()}")
        if not report.ok:
            raise ChecksFailed(f"dataset {prepared.schema.name}: k-anonymity fails",
                               hint="re-run with --generalise COLUMN and/or --suppress")
        return
    info = import_dataset(vault, export, name=name, schema_path=schema_path,
                          source=export.name, generalise=generalise, suppress=suppress,
                          max_suppressed_percent=max_suppressed_percent)
    emit({"id": info.id, "rows": info.rows, "columns": list(info.columns)},
         f"imported dataset {info.id} ({info.name}): {info.rows} rows, "
         f"{len(info.columns)} columns (schema {info.schema}, sha256 {info.schema_sha256[:16]})")


@dataset_group.command("list")
@listing("datasets")
def dataset_list() -> None:
    """List the stored datasets: id, name, rows, columns, schema.

    \b
    Example:
      vault dataset list --json
    """
    from vault.datasets import list_datasets  # lazy: imports pyarrow

    infos = list_datasets(open_unlocked())
    emit([i.to_json() for i in infos],
         lambda: table(("id", "name", "rows", "columns", "schema", "schema_sha256", "created"),
                       [(i.id, i.name, i.rows, len(i.columns), i.schema, i.schema_sha256[:12],
                         i.created) for i in infos], empty="no datasets"))


@dataset_group.command("validate")
@click.argument("dataset_id", metavar="ID")
@click.option("--report", "report_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Write report.html and summary.json into this directory.")
@mode_option
@json_option
def dataset_validate(dataset_id: str, report_dir: Path | None, mode: int) -> None:
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
    print_validation(result, report_dir, mode)


@dataset_group.command("remove")
@click.argument("dataset_id", metavar="ID")
@click.option("--reason", required=True, help="Why it is removed (certificate and audit log; "
                                              "no identifiers).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@json_option
def dataset_remove(dataset_id: str, reason: str, yes: bool) -> None:
    """Destroy a stored dataset now (a failed or unwanted import), with a certificate.

    The object and the dataset's own class key are destroyed (crypto-shredding: backup copies
    become unreadable), the removal is audited and a disposition certificate written. A
    dataset under a legal hold is refused (exit 17).

    \b
    Example:
      vault dataset remove ds_3f9c0a1b2d4e --reason "failed k-anonymity; re-imported"
    """
    vault = open_unlocked()
    if not yes:
        if not is_interactive():
            raise RetentionError(f"refusing to destroy {dataset_id} without --yes",
                                 hint="add --yes (no terminal to confirm on)")
        click.confirm(f"Destroy dataset {dataset_id} and its key? This cannot be undone",
                      abort=True)
    cert = remove_dataset(vault, dataset_id, reason=reason)
    emit({"id": dataset_id, "certificate": cert.id, "json": str(cert.json_path),
          "keys_destroyed": cert.data["totals"]["keys_destroyed"]},
         f"removed dataset {dataset_id}; {cert.data['totals']['keys_destroyed']} class key(s) "
         f"destroyed; certificate {cert.id} ({cert.text_path})")


@dataset_group.group("schema")
def schema_group() -> None:
    """Dataset schemas: draft one from a survey export.

    \b
    Example:
      vault dataset schema draft export.csv --from surveymonkey -o mentoring.toml
    """


@schema_group.command("draft")
@click.argument("export", metavar="EXPORT", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--from", "fmt", required=True,
              type=click.Choice(["surveymonkey", "qualtrics", "redcap", "csv"]),
              help="The tool that wrote the export.")
@click.option("--dictionary", type=click.Path(path_type=Path, dir_okay=False),
              help="REDCap's data dictionary CSV (required with --from redcap).")
@click.option("--name", default="survey", show_default=True,
              help="The schema's (and dataset's) name.")
@click.option("-k", "k", type=click.IntRange(1), default=5, show_default=True,
              help="k for k-anonymity.")
@click.option("--no-link", is_flag=True,
              help="Drop the e-mail instead of linking respondents to the register.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the schema here (refuses to overwrite); default: stdout.")
def schema_draft(export: Path, fmt: str, dictionary: Path | None, name: str, k: int,
                 no_link: bool, output: Path | None) -> None:
    """Draft a schema from a survey EXPORT, for a steward to review.

    Columns are named from the questions, identity columns (IP, e-mail, names, respondent
    and collector ids, custom data) marked to drop, checkbox groups and "other" text
    recognised, likely quasi-identifiers (role, region, years, age, gender, organisation)
    and free text flagged, the question wording kept for the codebook. Needs no vault.

    \b
    Example:
      vault dataset schema draft export.csv --from surveymonkey -o mentoring.toml
      vault dataset schema draft records.csv --from redcap --dictionary dd.csv -o s.toml
    """
    from vault.anonymise.dataset import SourceFormat  # lazy: imports pyarrow
    from vault.surveys.draft import draft_from_files

    outside = get_app().known_vault_root()
    for given in (export, dictionary):
        if given is not None:
            check_input_file(given, outside=outside)
    text = draft_from_files(export, SourceFormat(fmt), name=name, dictionary=dictionary, k=k,
                            link_participants=not no_link)
    if output is None:
        click.echo(text, nl=False)
        return
    if output.exists():
        raise InputError(f"{output}: already exists", hint="choose another -o file")
    output.write_text(text, encoding="utf-8")
    click.echo(f"drafted {printable(str(output))}: review it, then `vault dataset import "
               f"{printable(export.name)} --schema {printable(output.name)}`")


COMMANDS = [dataset_group]
