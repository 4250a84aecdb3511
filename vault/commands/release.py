"""``vault release NAME`` and ``vault release verify DIR``: bundles for analysts.

``release`` is a group whose first argument may also be a release *name*: ``vault release NAME
--dataset ID …`` runs the (hidden) ``create`` subcommand, while ``vault release verify DIR``
stays a subcommand. Another subcommand can be made the default with
``release_group.default_command = "name"``.
"""
from __future__ import annotations

from pathlib import Path

import click

from vault.commands._app import emit, json_option, open_unlocked
from vault.errors import ChecksFailed, printable
from vault.releases import create_release


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
@json_option
def release_create(name: str, dataset_ids: tuple[str, ...], transcripts: tuple[str, ...],
                   out_dir: Path | None) -> None:
    """Validate and write release NAME: datasets and redacted transcripts for analysts.

    Participant markers are rendered to the codes of the current epoch; the rendered
    datasets are validated (schema, current codes only, no identifiers, k-anonymity) and the
    transcripts scanned for identifiers; any failure refuses the release (exit 3), and so do
    spans still awaiting `vault review` in a chosen transcript. Participants who withdrew
    consent are never released: `all` leaves their transcripts out and their dataset rows are
    dropped (both counted), a transcript id of theirs is refused (exit 14).

    \b
    Example:
      vault release survey-2026-03 --dataset ds_3f9c0a1b2d4e --transcripts all
    """

    chosen: str | list[str] | None = None
    items = [t.strip() for value in transcripts for t in value.split(",") if t.strip()]
    if items:
        chosen = "all" if "all" in items else items
    result = create_release(open_unlocked(), name, dataset_ids=list(dataset_ids),
                            transcripts=chosen, out_dir=out_dir)
    manifest = result.manifest

    def text() -> str:
        lines = [(f"released {printable(str(result.path))}: "
                  f"{len(manifest['datasets'])} dataset(s), "
                 f"{manifest['transcripts']} transcript(s), "
                 f"{len(manifest['participant_codes'])} participant code(s) of epoch "
                 f"{manifest['code_epoch']}; {len(manifest['files'])} files + manifest.json")]
        if result.note:
            lines.append(result.note)
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
    from vault.validate.release import verify_release  # lazy: imports pyarrow

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


COMMANDS = [release_group]
