"""Commands for validation and releases: ``validate``, ``release NAME``, ``release verify``.

``release`` is a group whose first argument may also be a release *name*: ``vault release NAME
--dataset ID …`` runs the (hidden) ``create`` subcommand, while ``vault release verify DIR``
stays a subcommand. Another subcommand can be made the default with
``release_group.default_command = "name"``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from vault.commands._app import App, emit, get_app, json_option
from vault.errors import ChecksFailed, StoreError

__all__ = ["COMMANDS", "ReleaseGroup", "release_group", "validate_command"]


def _policies_dirs(app: App) -> list[Path]:
    """Where ``--suite NAME`` looks: the vault's policies, then ./policies."""
    dirs = []
    try:
        dirs.append(app.vault_root() / "policies")
    except StoreError:
        pass
    dirs.append(Path.cwd() / "policies")
    return dirs


def vault_validation_policy(app: App) -> Any:
    """Inside a vault: the current epoch's codes, their format and the register's names.

    Outside a vault (none found, or ``--vault``/``VAULT_DIR`` names no vault): ``None``. Inside
    one the custodian must unlock the register (fail closed: no silent fallback to a policy
    without codes and names).
    """
    from vault.datasets import vault_validation_policy as policy_of

    try:
        app.vault_root()
        app.open_vault()
    except StoreError:
        return None
    from vault.commands.store import open_unlocked

    return policy_of(open_unlocked())


def validation_json(result: Any) -> dict[str, Any]:
    """The JSON ``vault validate --json`` and ``vault dataset validate --json`` print."""
    return {"success": result.success, "passed": len(result.results) - len(result.failed),
            "total": len(result.results),
            "results": [{"expectation": o.name, "kind": o.kind, "column": o.column,
                         "success": o.success, "unexpected_count": o.unexpected_count}
                        for o in result.results]}


def print_validation(result: Any, report_dir: Path | None) -> None:
    """Write the report (if asked), print the result, and exit 3 when a check failed.

    :raises ChecksFailed: a check failed (after printing).
    """
    from vault.validate import require_success, write_report

    if report_dir is not None:
        write_report(result, report_dir)

    def text() -> str:
        head = (f"{'PASSED' if result.success else 'FAILED'} {result.dataset}: "
                f"{len(result.results)} checks, {len(result.failed)} failed "
                f"(suite {result.suite})")
        lines = [head]
        for o in result.failed:
            count = "" if o.unexpected_count is None else f" — {o.unexpected_count} row(s)"
            lines.append(f"  {o.name}{count}{' — ' + o.error if o.error else ''}")
            if isinstance(o.observed, dict) and o.observed.get("remedy"):
                lines.append(f"    way forward: {o.observed['remedy']}")
        if report_dir is not None:
            lines.append(f"report: {report_dir / 'report.html'}")
        return "\n".join(lines)

    emit(validation_json(result), text)
    require_success(result)


@click.command("validate")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--suite", "suite_name", metavar="NAME",
              help="Dataset schema by name: policies/datasets/NAME.toml (vault, then ./).")
@click.option("--schema", "schema_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Dataset schema file (TOML).")
@click.option("--report", "report_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Write report.html and summary.json into this directory.")
@click.option("--codes", "codes_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Current-epoch participant codes, one per line (outside a vault).")
@click.option("--code-format", "code_regex", metavar="REGEX",
              help="Regex every participant code must fully match (outside a vault).")
@click.option("--deny-list", "names_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Names to scan for, one per line (outside a vault; keep it off disk, "
                   "e.g. in tmpfs).")
@click.option("--engine", type=click.Choice(["duckdb", "gx-pandas"]), default="duckdb",
              show_default=True, help="duckdb streams the file; gx-pandas loads it whole.")
@json_option
def validate_command(file: Path, suite_name: str | None, schema_path: Path | None,
                     report_dir: Path | None, codes_path: Path | None, code_regex: str | None,
                     names_path: Path | None, engine: str) -> None:
    """Validate a Parquet FILE: schema, participant codes, identifiers, k-anonymity.

    Without --suite/--schema only the schema-free checks run: emails, UK phone numbers, NHS
    numbers, UK postcodes (and register names) in every string column. Exit status 0 when
    every check passes, 3 when the data fails a check.

    \b
    Example:
      vault validate release/survey.parquet --suite survey --report out/
      vault validate any.parquet            # identifier scans only
    """
    from vault.anonymise.dataset import load_dataset_schema
    from vault.validate import ValidationPolicy, validate_file
    from vault.validate.policy import read_lines, resolve_schema_path

    app = get_app()
    if suite_name and schema_path:
        raise click.UsageError("give --suite or --schema, not both")
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
    result = validate_file(file, schema=schema, policy=policy, engine=engine)
    print_validation(result, report_dir)


class ReleaseGroup(click.Group):
    """A group that runs ``default_command`` when the first argument is not a subcommand."""

    #: the subcommand ``vault release NAME …`` stands for; ``None`` means :attr:`fallback`
    default_command: str | None = None
    #: the built-in default: the store-backed ``create``
    fallback: str = "create"

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        default = self.default_command or (self.fallback if self.fallback in self.commands
                                           else None)
        if args and default and args[0] not in self.commands and not args[0].startswith("-"):
            args = [default, *args]
        return super().resolve_command(ctx, args)


@click.group("release", cls=ReleaseGroup)
def release_group() -> None:
    """Release bundles for analysts: Parquet, transcripts, manifest.json, report.

    `vault release NAME --dataset ID … [--transcripts all|ITEM …] [--out-dir DIR]` validates
    the datasets (rendered to the current participant codes) and writes DIR/NAME/ (default
    ./release/NAME) only if every check passes (exit 3 otherwise, nothing written).

    \b
    Example:
      vault release survey-2026-03 --dataset ds_3f9c0a1b2d4e --transcripts all
      vault release verify ./release/survey-2026-03
    """


@release_group.command("create", hidden=True)
@click.argument("name")
@click.option("--dataset", "dataset_ids", multiple=True, metavar="ID",
              help="A stored dataset to release (repeat for several; see `vault dataset list`).")
@click.option("--transcripts", "transcripts", multiple=True, metavar="all|ITEM",
              help="`all` redacted transcripts, or item ids (repeat, or separate with commas).")
@click.option("--out-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Where the release directory goes (default: ./release); never inside "
                   "the vault.")
@click.option("--allow-relink", is_flag=True,
              help="Release material already released under an earlier code epoch (links "
                   "the epochs' codes); needs --reason.")
@click.option("--reason", "relink_reason", metavar="TEXT",
              help="Why a relink is acceptable (recorded in the manifest).")
@click.option("--licence", metavar="NAME",
              help="The datapackage.json licence (default: other-closed, restricted).")
@json_option
def release_create(name: str, dataset_ids: tuple[str, ...], transcripts: tuple[str, ...],
                   out_dir: Path | None, allow_relink: bool, relink_reason: str | None,
                   licence: str | None) -> None:
    """Validate and write release NAME: datasets and redacted transcripts for analysts.

    Participant markers are rendered to the codes of the current epoch; the rendered
    datasets are validated (schema, current codes only, no identifiers, k-anonymity) and the
    transcripts scanned for identifiers; any failure refuses the release (exit 3), and so do
    spans still awaiting `vault review` in a chosen transcript. Participants who withdrew
    consent are never released: `all` leaves their transcripts out and their dataset rows are
    dropped (both counted), a transcript id of theirs is refused (exit 14). Material already
    released under an earlier code epoch is refused (exit 3): releasing it again would map
    the old codes to the new ones; --allow-relink --reason TEXT overrides, in the manifest.
    The bundle is a Frictionless Data Package (datapackage.json) with a codebook.

    \b
    Example:
      vault release survey-2026-03 --dataset ds_3f9c0a1b2d4e --transcripts all
    """
    from vault.commands.store import open_unlocked
    from vault.releases import create_release

    chosen: str | list[str] | None = None
    items = [t.strip() for value in transcripts for t in value.split(",") if t.strip()]
    if items:
        chosen = "all" if "all" in items else items
    result = create_release(open_unlocked(), name, dataset_ids=list(dataset_ids),
                            transcripts=chosen, out_dir=out_dir, allow_relink=allow_relink,
                            relink_reason=relink_reason, licence=licence)
    manifest = result.manifest

    def text() -> str:
        lines = [(f"released {result.path}: {len(manifest['datasets'])} dataset(s), "
                 f"{manifest['transcripts']} transcript(s), "
                 f"{len(manifest['participant_codes'])} participant code(s) of epoch "
                 f"{manifest['code_epoch']}; {len(manifest['files'])} files + manifest.json")]
        if result.note:
            lines.append(result.note)
        if manifest.get("relink"):
            lines.append(f"relink allowed ({manifest['relink']['reason']}): material of epoch "
                         + ", ".join(str(e) for e in manifest["relink"]["earlier_epochs"])
                         + " released again")
        excluded = manifest.get("withdrawn_excluded") or {}
        if excluded.get("transcripts") or excluded.get("rows"):
            lines.append(f"left out (consent withdrawn): {excluded.get('transcripts', 0)} "
                         f"transcript(s), {excluded.get('rows', 0)} dataset row(s)")
        return "\n".join(lines)

    emit(result.to_json(), text)


@release_group.command("verify")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@json_option
def release_verify(directory: Path) -> None:
    """Recheck every file of a release DIRECTORY against its manifest.json.

    Reports missing, extra and changed files; exit status 3 if there are any.

    \b
    Example:
      vault release verify ./release-2026-03
    """
    from vault.validate.release import verify_release

    found = verify_release(directory)

    def text() -> str:
        if found.ok:
            return f"OK {directory}: {found.checked} files match the manifest"
        lines = [f"FAILED {directory}:"]
        lines += [f"  missing: {p}" for p in found.missing]
        lines += [f"  extra:   {p}" for p in found.extra]
        lines += [f"  changed: {p}" for p in found.changed]
        return "\n".join(lines)

    emit(found.as_dict(), text)
    if not found.ok:
        raise ChecksFailed(
            f"{directory}: {len(found.missing)} missing, {len(found.extra)} extra, "
            f"{len(found.changed)} changed file(s)",
            hint="do not use this release; regenerate it from the vault")


COMMANDS = [validate_command, release_group]
