"""``vault release create|list|verify|key``: signed bundles for analysts.

Every action is a named subcommand, as in git: ``vault release create NAME --dataset ID …``
writes one, ``vault release list`` lists them, ``verify`` and ``key`` check them. ``vault
release NAME`` (the old form) is refused with the new one named, so a release can never be
mistaken for a subcommand or the reverse.
"""
from __future__ import annotations

from pathlib import Path

import click

from vault import releases
from vault.commands._app import emit, get_app, json_option, open_unlocked
from vault.commands._listing import listing, table
from vault.commands._params import mode_option
from vault.errors import ChecksFailed, InputError, printable
from vault.files import read_input_file
from vault.releases import create_release


class _ReleaseGroup(click.Group):
    """Names ``vault release create NAME`` when given the old ``vault release NAME``."""

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            raise click.UsageError(
                f"no such command {args[0]!r}: to write a release, run "
                f"`vault release create {' '.join(args)}`", ctx)
        return super().resolve_command(ctx, args)


@click.group("release", cls=_ReleaseGroup)
def release_group() -> None:
    """Release bundles for analysts: Parquet, transcripts, manifest.json, report.

    `vault release create NAME` validates the datasets and transcripts (rendered to the
    current participant codes) and writes DIR/NAME/ only if every check passes; `vault
    release list` shows what was released; analysts check a copy with `vault release verify`.

    \b
    Example:
      vault release create survey-2026-03 --dataset ds_3f9c0a1b2d4e --transcripts all
      vault release list
      vault release verify ./release/survey-2026-03
    """


@release_group.command("create")
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
@click.option("--re-redact", is_flag=True,
              help="Re-redact chosen transcripts made under an earlier redaction policy or "
                   "register first (replaying review decisions), instead of refusing them.")
@click.option("--audio", is_flag=True,
              help="Also release the redacted recordings of the participants released (of "
                   "everyone with neither --dataset nor --transcripts).")
@mode_option
@json_option
def release_create(name: str, dataset_ids: tuple[str, ...], transcripts: tuple[str, ...],
                   out_dir: Path | None, allow_relink: bool, relink_reason: str | None,
                   licence: str | None, re_redact: bool, audio: bool, mode: int) -> None:
    """Validate and write release NAME: datasets and redacted transcripts for analysts.

    Participant markers are rendered to the codes of the current epoch; the rendered
    datasets are validated (schema, current codes only, no identifiers, k-anonymity) and the
    transcripts scanned for identifiers; any failure refuses the release (exit 3), and so do
    spans still awaiting `vault review` in a chosen transcript and a stale transcript (one
    redacted under an earlier redaction policy, term list or register: `vault anonymise
    --stale`, or --re-redact here). The manifest records, per transcript, the policy hash it
    was redacted with. Participants who withdrew
    consent are never released: `all` leaves their transcripts out and their dataset rows are
    dropped (both counted), a transcript id of theirs is refused (exit 14). Material already
    released under an earlier code epoch is refused (exit 3): releasing it again would map
    the old codes to the new ones; --allow-relink --reason TEXT overrides, in the manifest.
    The bundle is a Frictionless Data Package (datapackage.json) with a codebook. It holds
    participants' words: its files are created 0600 and its directories 0700, whatever the
    umask, unless --mode says otherwise. Recordings go only with --audio: the redacted ones
    (`vault anonymise audio --all`), named by code and interview; one muted from an earlier
    redaction of its transcript is refused (exit 3) until `vault anonymise audio --all` redoes
    it.

    \b
    Example:
      vault release create survey-2026-03 --dataset ds_3f9c0a1b2d4e --transcripts all
      vault release create wave-2 --dataset ds_3f9c0a1b2d4e --out-dir /srv/share --mode 640
      vault release create wave-3 --transcripts all --re-redact
      vault release create interviews-2026-04 --transcripts all --audio
    """

    if relink_reason is not None and not allow_relink:
        raise click.UsageError("--reason goes with --allow-relink (why linking code epochs is "
                               "acceptable)")
    chosen: str | list[str] | None = None
    items = [t.strip() for value in transcripts for t in value.split(",") if t.strip()]
    if items:
        chosen = "all" if "all" in items else items
    result = create_release(open_unlocked(), name, dataset_ids=list(dataset_ids),
                            transcripts=chosen, out_dir=out_dir, allow_relink=allow_relink,
                            relink_reason=relink_reason, licence=licence, audio=audio,
                            file_mode=mode, re_redact=re_redact)
    manifest = result.manifest

    def text() -> str:
        recordings = f"{manifest['audio']} recording(s), " if "audio" in manifest else ""
        lines = [(f"released {printable(str(result.path))}: "
                  f"{len(manifest['datasets'])} dataset(s), "
                  f"{manifest['transcripts']} transcript(s), {recordings}"
                  f"{len(manifest['participant_codes'])} participant code(s) of epoch "
                  f"{manifest['code_epoch']}; {len(manifest['files'])} files + manifest.json")]
        if result.note:
            lines.append(result.note)
        if manifest.get("relink"):
            lines.append(f"relink allowed ({manifest['relink']['reason']}): material of epoch "
                         + ", ".join(str(e) for e in manifest["relink"]["earlier_epochs"])
                         + " released again")
        excluded = manifest.get("withdrawn_excluded") or {}
        if excluded.get("transcripts") or excluded.get("rows") or excluded.get("audio"):
            lines.append(f"left out (consent withdrawn): {excluded.get('transcripts', 0)} "
                         f"transcript(s), {excluded.get('rows', 0)} dataset row(s)"
                         + (f", {excluded['audio']} recording(s)" if excluded.get("audio")
                            else ""))
        return "\n".join(lines)

    emit(result.to_json(), text)


@release_group.command("list")
@listing("releases")
def release_list() -> None:
    """List the releases this vault wrote (from the audit log): id, name, date, code epoch,
    datasets, transcripts, participants, files.

    \b
    Example:
      vault release list
      vault release list --json
    """
    found = releases.list_releases(get_app().open_vault(read_only=True))
    emit([r.to_json() for r in found],
         lambda: table(("id", "name", "created", "epoch", "datasets", "transcripts",
                        "participants", "files", "relinked"),
                       [(r.id, r.name, r.created, r.epoch, len(r.datasets), r.transcripts,
                         r.participants, r.files, "yes" if r.relinked else "no")
                        for r in found], empty="no releases yet"))


@release_group.command("verify")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@click.option("--allowed-signers", type=click.Path(path_type=Path, dir_okay=False),
              help="An allowed_signers file from your data steward (`vault release key`): "
                   "the manifest must be signed by a key it names. Default: the release's "
                   "own copy.")
@json_option
def release_verify(directory: Path, allowed_signers: Path | None) -> None:
    """Recheck every file of a release DIRECTORY against its manifest.json, and the
    manifest's signature by the vault's signing key.

    Reports missing, extra and changed files and a missing, invalid or untrusted signature;
    exit status 3 if there are any. The same signature check with OpenSSH alone:
    ssh-keygen -Y verify -f allowed_signers -I vault@STUDY_ID -n vault-release
    -s manifest.json.sig < manifest.json

    \b
    Example:
      vault release verify ./release-2026-03
      vault release verify ./release-2026-03 --allowed-signers ~/steward.allowed_signers
    """
    from vault.validate.release import verify_release  # lazy: imports pyarrow

    trusted = None
    if allowed_signers is not None:
        try:
            trusted = read_input_file(allowed_signers).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{allowed_signers.name}: not an allowed_signers file (not "
                             "UTF-8 text)", hint="pass the file `vault release key` wrote") from exc
    found = verify_release(directory, allowed_signers=trusted)
    signature = {"valid": f"signed by {found.signer}",
                 "missing": "manifest.json is not signed",
                 "invalid": "the signature does not match manifest.json (altered)",
                 "untrusted": f"signed by {found.signer}, a key the allowed signers do not "
                              "name"}[found.signature]

    shown = printable(str(directory))  # names are escaped: one name, one line

    def text() -> str:
        if found.ok:
            return (f"OK {shown}: {found.checked} files match the manifest; {signature} "
                    "(compare with the key your data steward published)")
        lines = [f"FAILED {shown}:"]
        lines += [f"  missing: {printable(p)}" for p in found.missing]
        lines += [f"  extra:   {printable(p)}" for p in found.extra]
        lines += [f"  changed: {printable(p)}" for p in found.changed]
        if found.signature != "valid":
            lines.append(f"  signature: {signature}")
        return "\n".join(lines)

    emit(found.as_dict(), text)
    if not found.ok:
        raise ChecksFailed(
            f"{directory}: {len(found.missing)} missing, {len(found.extra)} extra, "
            f"{len(found.changed)} changed file(s); {signature}",
            hint="do not use this release; ask the data steward for a new copy")


@release_group.command("key")
def release_key() -> None:
    """Print the allowed_signers line that release signatures verify against.

    Give it to analysts (or publish it): with it, `ssh-keygen -Y verify` or `vault release
    verify --allowed-signers FILE` proves a release came from this vault unaltered.

    \b
    Example:
      vault release key > study.allowed_signers
    """
    click.echo(releases.allowed_signers(get_app().open_vault(read_only=True)), nl=False)


COMMANDS = [release_group]
