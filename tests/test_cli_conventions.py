"""Issue 20: the command line a steward does not trip over, checked over the whole click tree.

* every option of every command is in its ``--help``; nothing is hidden without a reason;
* every value from a closed set, every date and every file mode is refused (exit 2) with what
  is valid named, before anything runs;
* every listing takes ``--json`` and has one schema in docs/json.md, which its output follows
  (run here on a vault holding something in every listing; datasets, releases and review
  spans are checked where they are made: test_release_vault, test_review);
* every listing's text is aligned columns under a header, a wide value never running into the
  next column.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from _json_docs import check_listing, documented_schemas
from _vaults import custodial_vault
from click.testing import CliRunner
from test_retention_support import put_item, write_policy

from cli import main
from conftest import tree_modes
from vault import __version__
from vault.commands._listing import SCHEMA_ATTR, table
from vault.commands._params import DATE, FILE_MODE_TYPE, REGEX

#: options hidden from --help on purpose, with the reason (none today)
HIDDEN_OPTIONS: dict[str, str] = {}
#: commands hidden from --help on purpose, with the reason (none today)
HIDDEN_COMMANDS: dict[str, str] = {}
#: commands named like a listing that are not one, with the reason
NOT_LISTINGS = {"vault codes status": "one object: the current epoch and code pattern",
                "vault keys status": "one object: where the keystore is, key counts by state",
                "vault anonymise terms show": "one object: the term lists' revision (the terms "
                                              "themselves with --reveal)"}
#: command names that list things
LISTING_NAMES = {"list", "show", "history", "status", "plan", "pending", "certificates"}
#: listings whose JSON with rows is checked in another module (made there)
CHECKED_ELSEWHERE = {"datasets": "test_release_vault", "releases": "test_release_vault",
                     "review_spans": "test_review"}


def walk(command: click.Command, path: tuple[str, ...] = ("vault",)
         ) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from walk(sub, (*path, name))


COMMANDS = list(walk(main))
LEAVES = [(path, cmd) for path, cmd in COMMANDS if not isinstance(cmd, click.Group)]


def _id(path: tuple[str, ...]) -> str:
    return " ".join(path)


def _help(path: tuple[str, ...]) -> str:
    result = CliRunner().invoke(main, [*path[1:], "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    return result.output


# --- help: every option shown, nothing hidden without a reason ------------------------------

@pytest.mark.parametrize("path, command", COMMANDS, ids=[_id(p) for p, _ in COMMANDS])
def test_every_option_is_in_the_help(path: tuple[str, ...], command: click.Command) -> None:
    text = _help(path)
    usage = text.split("\n\n", 1)[0]
    for param in command.params:
        if isinstance(param, click.Option):
            if param.hidden:
                assert f"{_id(path)} {param.opts[0]}" in HIDDEN_OPTIONS, \
                    f"{_id(path)} {param.opts[0]} is hidden without a reason"
                continue
            for opt in param.opts:
                assert re.search(rf"(^|[\s,/]){re.escape(opt)}\b", text), \
                    f"{_id(path)}: {opt} is not in --help"
            assert param.help, f"{_id(path)} {param.opts[0]} has no help text"
        else:
            ctx = click.Context(command)
            assert param.make_metavar(ctx) in usage, \
                f"{_id(path)}: argument {param.name} is not in the usage line"
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            if sub.hidden:
                assert f"{_id(path)} {name}" in HIDDEN_COMMANDS, \
                    f"{_id(path)} {name} is hidden without a reason"
            else:
                assert re.search(rf"^  {re.escape(name)}\s", text, flags=re.MULTILINE), \
                    f"{_id(path)}: subcommand {name} not listed in --help"
    else:
        assert "Example:" in text, f"{_id(path)} --help has no example"


@pytest.mark.parametrize("path", [p for p, c in COMMANDS if isinstance(c, click.Group)],
                         ids=[_id(p) for p, c in COMMANDS if isinstance(c, click.Group)])
def test_a_group_alone_prints_its_help(path: tuple[str, ...]) -> None:
    """`vault anonymise` alone lists `run` and `text`; its lines are lines (not `\\n`)."""
    result = CliRunner().invoke(main, list(path[1:]))
    assert result.exit_code == 2
    assert result.stderr.startswith("Usage: ")
    assert "\\n" not in result.stderr and "Commands:" in result.stderr


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert (result.exit_code, result.output) == (0, f"vault, version {__version__}\n")


# --- closed sets, dates and modes are refused, naming what is valid -------------------------

def _dummy(param: click.Parameter) -> str:
    kind = param.type
    if isinstance(kind, click.Choice):
        return str(kind.choices[0])
    if kind is DATE:
        return "2026-01-01"
    if kind is FILE_MODE_TYPE:
        return "600"
    if isinstance(kind, click.IntRange | click.FloatRange):
        return str(kind.min if kind.min is not None else 1)
    return "x"


def _args_with(command: click.Command, target: click.Parameter, bad: str) -> list[str]:
    """Arguments that give ``target`` the value ``bad`` (first) and every other required
    parameter a valid one."""
    options: list[str] = []
    positional: list[str] = []
    if isinstance(target, click.Option):
        options += [target.opts[0], bad]
    for param in command.params:
        if isinstance(param, click.Argument):
            positional.append(bad if param is target else _dummy(param))
        elif param is not target and param.required:
            options += [param.opts[0], _dummy(param)]
    return options + positional


def _checked_params() -> list[tuple[tuple[str, ...], click.Command, click.Parameter]]:
    found = []
    for path, command in LEAVES:
        for param in command.params:
            if isinstance(param.type, click.Choice) or param.type in (DATE, FILE_MODE_TYPE,
                                                                        REGEX):
                found.append((path, command, param))
    return found


CHECKED = _checked_params()


@pytest.mark.parametrize("path, command, param", CHECKED,
                         ids=[f"{_id(p)} {q.name}" for p, _, q in CHECKED])
def test_invalid_values_are_refused_with_the_valid_ones_named(
        path: tuple[str, ...], command: click.Command, param: click.Parameter,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # nothing may run: no vault is needed, none is touched
    monkeypatch.delenv("VAULT_DIR", raising=False)
    bad = {DATE: "20260301", FILE_MODE_TYPE: "999", REGEX: "["}.get(param.type,
                                                                    "not-a-valid-value")
    result = CliRunner().invoke(main, [*path[1:], *_args_with(command, param, bad)])
    assert result.exit_code == 2, (result.output, _args_with(command, param, bad))
    last = result.stderr.splitlines()[-1]
    assert last.startswith("Error: Invalid value for "), result.stderr
    if isinstance(param.type, click.Choice):
        for choice in param.type.choices:
            assert f"'{choice}'" in last, f"{choice} not named: {last}"
    elif param.type is DATE:
        assert last.endswith("'20260301' is not a date — use YYYY-MM-DD")
    elif param.type is REGEX:
        assert last.endswith("'[' is not a regular expression (unterminated character set)")
    else:
        assert "give three octal digits, e.g. 600 or 640" in last
    assert list(tmp_path.iterdir()) == []


def test_the_closed_sets_a_steward_meets_are_checked() -> None:
    """The options that take a closed set are choices (so the test above covers them)."""
    by_name = {(_id(p), q.name) for p, _, q in CHECKED}
    for expected in [("vault list", "data_class"), ("vault hold add", "data_class"),
                     ("vault event set", "name"), ("vault event set", "date"),
                     ("vault custodian init", "store"), ("vault validate", "engine"),
                     ("vault dataset schema draft", "fmt"), ("vault ingest audio", "recorded"),
                     ("vault audit show", "since"), ("vault retention plan", "as_of"),
                     ("vault retention purge", "as_of"), ("vault participant add",
                                                          "consent_date"),
                     ("vault participant withdraw", "date_"), ("vault release create", "mode"),
                     ("vault export", "mode"), ("vault validate", "mode"),
                     ("vault dataset validate", "mode"), ("vault anonymise text", "mode"),
                     ("vault anonymise audio", "mode"), ("vault validate", "code_regex")]:
        assert expected in by_name, f"{expected} is not checked when parsed"


def test_unknown_class_is_refused_not_an_empty_listing(vault_dir: Path) -> None:
    """Issue 20: `vault list --class transcripts` printed "no items" and exited 0."""
    result = CliRunner().invoke(main, ["list", "--class", "transcripts"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--class': 'transcripts' is not one of 'audio', "
        "'transcript_raw', 'transcript_redacted', 'redaction_log', 'register', 'dataset', "
        "'release', 'audio_redacted', 'audio_redaction_report'.")


@pytest.mark.parametrize("args, message", [
    (["anonymise", "run", "--all", "--rerun"], "--rerun redoes the ITEMs you name"),
    (["release", "create", "r", "--dataset", "ds_x", "--reason", "why"],
     "--reason goes with --allow-relink"),
])
def test_options_that_would_be_ignored_are_refused(args: list[str], message: str,
                                                   vault_dir: Path) -> None:
    """An option that would silently do nothing is a usage error, not a quiet success."""
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and message in result.stderr


def test_recorded_date_error_reads_well(tmp_path: Path) -> None:
    """Issue 20: `--recorded` showed click's raw '%Y-%m-%d'."""
    wav = tmp_path / "a.wav"
    wav.write_bytes(b"RIFF")
    result = CliRunner().invoke(main, ["ingest", "audio", str(wav), "--participant", "P1",
                                       "--interview", "1", "--recorded", "2026-3-2"])
    assert result.exit_code == 2
    assert "%Y" not in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--recorded': '2026-3-2' is not a date — use YYYY-MM-DD")


# --- listings: --json with a documented schema, text in aligned columns ---------------------

def _listings() -> dict[str, str]:
    return {_id(p): getattr(c.callback, SCHEMA_ATTR) for p, c in LEAVES
            if hasattr(c.callback, SCHEMA_ATTR)}


def test_every_listing_has_json_and_a_documented_schema() -> None:
    listings = _listings()
    for path, command in LEAVES:
        name = _id(path)
        if path[-1] in LISTING_NAMES and name not in NOT_LISTINGS:
            assert name in listings, f"{name} lists things but is not marked @listing"
        if name in listings:
            assert any(isinstance(p, click.Option) and "--json" in p.opts
                       for p in command.params), f"{name} has no --json"
    schemas = documented_schemas()
    assert set(listings.values()) == set(schemas), "docs/json.md and the listings differ"
    doc = (Path(__file__).resolve().parents[1] / "docs" / "json.md").read_text()
    for name in listings:
        assert f"`{name}" in doc, f"docs/json.md does not name `{name}`"
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    assert "(docs/json.md)" in readme


def test_schema_data_classes_follow_the_retention_classes() -> None:
    from vault.retention.rules import DATA_CLASSES

    items = documented_schemas()["items"]["items"]["properties"]["data_class"]["enum"]
    assert items == list(DATA_CLASSES)


@pytest.fixture(scope="module")
def stocked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A vault with something in every listing checked here: items of several classes (one a
    `transcript_redacted`, the widest class name), participants (one withdrawn), a
    certificate, a pending disposition, active and removed holds, events, a code rotation."""
    from vault.codes.epochs import resolve_code, rotate_codes
    from vault.events import set_event
    from vault.participants import add_participant
    from vault.retention.holds import HoldScope, add_hold, remove_hold
    from vault.retention.purge import purge
    from vault.retention.rules import vault_policy

    base = tmp_path_factory.mktemp("conventions")
    with pytest.MonkeyPatch.context() as mp:
        vault = custodial_vault(base, mp)
        first = add_participant(vault, "Ffion Testperson")
        add_participant(vault, "Gareth Testperson")
        marker = resolve_code(vault, first)
        today = dt.datetime.now(dt.UTC).date()
        set_event(vault, "final_report", today - dt.timedelta(days=400))
        set_event(vault, "study_end", today - dt.timedelta(days=30))
        audio = [put_item(vault, "audio", marker=marker) for _ in range(2)]
        kept = put_item(vault, "transcript_raw", marker=marker)
        put_item(vault, "transcript_redacted", marker=marker)
        purge(vault, vault_policy(vault), today)            # destroys the audio: certificate
        later = put_item(vault, "audio", marker=marker)
        write_policy(vault, approval=True)
        pending = purge(vault, vault_policy(vault), today)  # awaits approval
        assert pending.pending is not None
        assert later in [item[0] for item in pending.pending.items]
        add_hold(vault, HoldScope.ITEM, kept, reason="complaint 14")
        lifted = add_hold(vault, HoldScope.CLASS, "audio", reason="sponsor audit")
        remove_hold(vault, lifted.id)
        rotate_codes(vault, reason="test")
        vault.close()
        yield {"first": first, "audio": audio, "base": base}


LISTING_RUNS = [
    ("items", ["list"]), ("items", ["list", "--reveal"]), ("items", ["list", "--class",
                                                                     "audio"]),
    ("participants", ["participant", "list"]), ("participants", ["participant", "list",
                                                                 "--reveal"]),
    ("custodians", ["custodian", "list"]), ("audit_entries", ["audit", "show"]),
    ("audit_entries", ["audit", "show", "--since", "2999-01-01"]),
    ("holds", ["hold", "list"]), ("holds", ["hold", "list", "--all"]),
    ("events", ["event", "list"]), ("code_history", ["codes", "history", "{first}"]),
    ("retention_status", ["retention", "status"]), ("retention_plan", ["retention", "plan"]),
    ("retention_pending", ["retention", "pending"]),
    ("certificates", ["retention", "certificates"]),
    ("datasets", ["dataset", "list"]), ("releases", ["release", "list"]),
    ("review_spans", ["review"]),
]


@pytest.mark.parametrize("schema, args", LISTING_RUNS, ids=[" ".join(a) for _, a in LISTING_RUNS])
def test_listing_json_follows_its_schema(stocked: dict[str, Any], schema: str,
                                         args: list[str]) -> None:
    args = [a.format(**stocked) for a in args]
    for form in ([*args, "--json"], ["--json", *args]):
        result = CliRunner().invoke(main, form)
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        check_listing(schema, data)
    if schema not in CHECKED_ELSEWHERE and not any("2999" in a for a in args):
        assert data, f"{' '.join(args)}: nothing listed, so its schema is not really checked"


def test_every_schema_is_checked_with_rows() -> None:
    here = {schema for schema, _ in LISTING_RUNS} - set(CHECKED_ELSEWHERE)
    assert here | set(CHECKED_ELSEWHERE) == set(documented_schemas())


def _columns(line: str) -> list[str]:
    return re.split(r"\s{2,}", line.strip())


@pytest.mark.parametrize("schema, args", LISTING_RUNS, ids=[" ".join(a) for _, a in LISTING_RUNS])
def test_listing_text_is_aligned_columns_under_a_header(stocked: dict[str, Any], schema: str,
                                                        args: list[str]) -> None:
    args = [a.format(**stocked) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    blocks = [block.splitlines() for block in result.stdout.strip("\n").split("\n\n")]
    tables = [rows for rows in blocks if rows[0] == rows[0].upper() and rows[0][:1].isalpha()]
    if not tables:  # an empty listing says so in words, in one line
        assert len(lines) == 1 and lines[0][0].islower(), result.stdout
        return
    for rows in tables:
        width = len(_columns(rows[0]))
        assert width > 1
        for row in rows[1:]:
            assert len(_columns(row)) == width, f"{row!r} does not fit {rows[0]!r}"


def test_wide_class_names_do_not_run_into_the_next_column(stocked: dict[str, Any]) -> None:
    """Issue 20: in `vault list`, `transcript_redacted` ran into the participant column."""
    lines = CliRunner().invoke(main, ["list"]).stdout.splitlines()
    row = next(line for line in lines if "transcript_redacted" in line)
    assert re.search(r"transcript_redacted\s{2,}\S", row)
    start = lines[0].index("PARTICIPANT")
    assert row[start - 2:start] == "  " and row[start] != " "


def test_table_aligns_numbers_right_and_escapes_cells() -> None:
    text = table(("name", "n"), [("a\nb", 5), ("longer", 12), (None, None)], empty="none")
    assert text.splitlines() == ["NAME     N", "a\\nb     5", "longer  12", "-        -"]
    assert table(("a",), [], empty="nothing here") == "nothing here"


# --- errors that read well ------------------------------------------------------------------

def test_keyring_error_says_it_once(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: "no keyring backend on this machine — no keyring backend here, so …"."""
    from vault import keys

    monkeypatch.setattr(keys, "keyring_available", lambda: False)
    result = CliRunner().invoke(main, ["custodian", "init", "--store", "keyring"])
    assert result.exit_code == 7
    assert result.stderr == (
        "error: no keyring backend on this machine — use an identity file: run `vault "
        "custodian init --store file --identity-file PATH`, then set VAULT_IDENTITY_FILE=PATH "
        "(its passphrase from VAULT_PASSPHRASE or a prompt)\n")


def test_headless_custodian_init_says_why_it_chose_the_identity_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20 / README "Keys": on a machine without a keyring backend, one line says so and
    where the identity goes."""
    from vault import keys
    from vault.store import Vault

    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("VAULT_PASSPHRASE", "a passphrase for the test")
    monkeypatch.delenv("VAULT_IDENTITY_FILE", raising=False)
    monkeypatch.setattr(keys, "keyring_available", lambda: False)
    vault = Vault.init(tmp_path / "v", "S")
    study = vault.info.study_id
    vault.close()
    result = CliRunner().invoke(main, ["--vault", str(tmp_path / "v"), "custodian", "init",
                                       "--work-factor", "10"])
    assert result.exit_code == 0, result.output
    where = home / ".config" / "vault" / f"{study}.identity.age"
    assert result.stderr == ("note: no keyring backend found on this machine, so the identity "
                             "goes to a passphrase-protected identity file: "
                             f"{where}\n")
    assert f"identity stored in {where}" in result.stdout and where.is_file()


# --- files that leave the vault: 0600/0700 whatever the umask -------------------------------

def test_report_files_are_private_under_umask_000(open_umask: None, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = tmp_path / "any.parquet"
    pq.write_table(pa.table({"answer": ["fine", "good"]}), data)
    result = CliRunner().invoke(main, ["--vault", str(tmp_path / "none"), "validate", str(data),
                                       "--report", str(tmp_path / "reports" / "a")])
    assert result.exit_code == 0, result.output
    assert tree_modes(tmp_path / "reports") == {("dir", 0o700), ("file", 0o600)}
    shared = tmp_path / "shared"
    result = CliRunner().invoke(main, ["--vault", str(tmp_path / "none"), "validate", str(data),
                                       "--report", str(shared), "--mode", "640"])
    assert result.exit_code == 0, result.output
    assert tree_modes(shared) == {("dir", 0o750), ("file", 0o640)}


def test_export_mode(vault_dir: Path, tmp_path: Path, stocked_item: str) -> None:
    out = tmp_path / "out.bin"
    result = CliRunner().invoke(main, ["export", stocked_item, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_mode & 0o777 == 0o600
    shared = tmp_path / "shared.bin"
    result = CliRunner().invoke(main, ["export", stocked_item, "--out", str(shared), "--mode",
                                       "0640"])
    assert result.exit_code == 0, result.output
    assert shared.stat().st_mode & 0o777 == 0o640


@pytest.fixture
def stocked_item(vault: Any, participant: str, tmp_path: Path) -> str:
    from conftest import write_wav
    from vault.ingest import ingest_files

    wav = write_wav(tmp_path / "int.wav")
    summary = ingest_files(vault, [wav], data_class="audio", participant_code=participant,
                           interview=1)
    summary.check()
    return str(summary.ingested[0].id)


@pytest.mark.parametrize("value, message", [
    ("999", "'999' is not a file mode — give three octal digits, e.g. 600 or 640"),
    ("0400", "400 leaves you unable to read or write what you wrote"),
    ("rw-r-----", "is not a file mode"),
])
def test_bad_modes_are_refused(value: str, message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "it_x", "--out", str(tmp_path / "o"),
                                       "--mode", value])
    assert result.exit_code == 2 and message in result.stderr


# --- shell completion, documented ---------------------------------------------------------

def test_shell_completion_is_clicks_own_and_documented() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    assert 'eval "$(_VAULT_COMPLETE=bash_source vault)"' in readme
    assert "vault --version" in readme
    script = CliRunner().invoke(main, [], prog_name="vault",
                                env={"_VAULT_COMPLETE": "bash_source"})
    assert script.exit_code == 0 and "_vault_completion" in script.output
    words = CliRunner().invoke(main, [], prog_name="vault", env={
        "_VAULT_COMPLETE": "bash_complete", "COMP_WORDS": "vault list --class tr",
        "COMP_CWORD": "3"})
    assert words.output.split() == ["plain,transcript_raw", "plain,transcript_redacted"]
