"""``vault validate FILE``: check a Parquet file against a dataset schema, with or without a vault."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from vault.commands._app import App, get_app, json_option, open_unlocked
from vault.commands._params import REGEX, choice, mode_option
from vault.commands._validation import check_report_dir, print_validation
from vault.errors import StoreError
from vault.validate import ValidationPolicy, validate_file
from vault.validate.validation_policy import read_lines, resolve_schema_path


def _policies_dirs(app: App) -> list[Path]:
    """Where ``--suite NAME`` looks: the vault's policies, then ./policies."""
    dirs = []
    try:
        dirs.append(app.vault_root() / "policies")
    except StoreError:
        pass
    here = Path.cwd() / "policies"
    if not any(d.resolve() == here.resolve() for d in dirs):  # in the vault: looked at once
        dirs.append(here)
    return dirs


def vault_validation_policy(app: App) -> Any:
    """Inside a vault: the current epoch's codes, their format and the register's names.

    Outside a vault (none found, or ``--vault``/``VAULT_DIR`` names no vault): ``None``. Inside
    one the custodian must unlock the register (fail closed: no silent fallback to a policy
    without codes and names).
    """
    from vault.datasets import vault_validation_policy as policy_of  # lazy: imports pyarrow

    try:
        root = app.vault_root()
    except StoreError:
        return None
    if not (root / "vault.toml").is_file():
        return None
    app.open_vault()  # a vault that fails to open (damaged, refused) fails the command

    return policy_of(open_unlocked())


@click.command("validate")
@click.argument("file", type=click.Path(path_type=Path), metavar="FILE_OR_DIR")
@click.option("--suite", "suite_name", metavar="NAME",
              help="Dataset schema by name: policies/datasets/NAME.toml (vault, then ./).")
@click.option("--schema", "schema_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Dataset schema file (TOML).")
@click.option("--report", "report_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Write report.html and summary.json into this directory.")
@click.option("--codes", "codes_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Current-epoch participant codes, one per line (outside a vault).")
@click.option("--code-format", "code_regex", type=REGEX,
              help="Regex every participant code must fully match (outside a vault).")
@click.option("--deny-list", "names_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Names to scan for, one per line (outside a vault; keep it off disk, "
                   "e.g. in tmpfs).")
@click.option("--engine", type=choice(["duckdb", "gx-pandas", "spark"]), default="duckdb",
              show_default=True,
              help="duckdb streams the file; gx-pandas loads it whole; spark aggregates on a "
                   "Spark cluster (same result).")
@click.option("--master", metavar="URL",
              help="Spark master for --engine spark (default: the active session, "
                   "spark-submit's master, else local[*]).")
@mode_option
@json_option
def validate_command(file: Path, suite_name: str | None, schema_path: Path | None,
                     report_dir: Path | None, codes_path: Path | None, code_regex: str | None,
                     names_path: Path | None, engine: str, master: str | None,
                     mode: int) -> None:
    """Validate a Parquet FILE_OR_DIR (a directory: its part files, one dataset): schema,
    participant codes, identifiers, k-anonymity.

    Without --suite/--schema only the schema-free checks run: emails, UK phone numbers, NHS
    numbers, UK postcodes (and register names) in every string column. Exit status 0 when
    every check passes, 3 when the data fails a check. The report's files are created 0600
    (a new --report directory 0700) unless --mode says otherwise.

    \b
    Example:
      vault validate release/survey.parquet --suite survey --report out/
      vault validate any.parquet            # identifier scans only
      vault validate cohort/ --schema survey.toml --codes codes.txt --engine spark
    """
    from vault.anonymise.dataset import load_dataset_schema  # lazy: imports pyarrow

    app = get_app()
    check_report_dir(report_dir)
    if suite_name and schema_path:
        raise click.UsageError("give --suite or --schema, not both")
    if master is not None and engine != "spark":
        raise click.UsageError("--master goes with --engine spark")
    schema = None
    if schema_path is not None:
        schema = load_dataset_schema(schema_path)
    elif suite_name is not None:
        schema = load_dataset_schema(resolve_schema_path(suite_name, _policies_dirs(app)))
    if codes_path or code_regex or names_path:
        policy = ValidationPolicy.of(
            current_codes=read_lines(codes_path, what="codes") if codes_path else None,
            code_regex=code_regex,
            register_names=read_lines(names_path, what="deny-list") if names_path else ())
    else:
        policy = vault_validation_policy(app) or ValidationPolicy()
    if engine == "spark":
        # lazy: imports Great Expectations (and, when it runs, PySpark)
        from vault.spark.validation import validate_file_spark

        result = validate_file_spark(file, schema=schema, policy=policy, master=master)
    else:
        result = validate_file(file, schema=schema, policy=policy, engine=engine)
    print_validation(result, report_dir, mode)


COMMANDS = [validate_command]
