"""``vault participant …`` and ``vault codes …`` end to end through click's CliRunner.

Every refused command must print one exact error line, exit with its code and leave the
register (encrypted blob), the register tables and the audit log byte for byte unchanged.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cli import main

PLANTED_NAME = "Zebedee Quorndon-Vantablack"
PLANTED_EMAIL = "zq.vantablack@example.org"
PLANTED_ALIAS = "Zebby"
GOOD_CSV = ("name,code,aliases,email,role,consent_date\n"
            f"{PLANTED_NAME},PA,{PLANTED_ALIAS};Dr Q,{PLANTED_EMAIL},GP partner,2023-01-18\n"
            "Marigold Featherstonehaugh,PB,Goldie,m.feather@example.com,Psychiatrist,2023-02-01\n")
REGISTER_TABLES = ("participant_register", "participants", "participant_codes", "code_epochs",
                   "code_ledger", "events", "journal")


def register_state(root: Path) -> dict[str, Any]:
    """The encrypted register bytes, every register table's rows, and the audit log bytes."""
    db = sqlite3.connect(root / "catalog.sqlite")
    try:
        state: dict[str, Any] = {t: [tuple(r) for r in db.execute(f"SELECT * FROM {t} ORDER BY 1")]
                                 for t in REGISTER_TABLES}
    finally:
        db.close()
    state["audit"] = (root / "audit.log").read_bytes()
    return state


def invoke(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(main, list(args), catch_exceptions=False)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture
def registered(runner: CliRunner, vault_dir: Path, tmp_path: Path) -> Path:
    """The test vault with the two GOOD_CSV participants imported."""
    result = invoke(runner, "participant", "import", str(write(tmp_path, "register.csv",
                                                                 GOOD_CSV.encode())))
    assert result.exit_code == 0, result.output
    return vault_dir


def current_codes(runner: CliRunner) -> list[str]:
    result = invoke(runner, "participant", "list", "--json")
    return [p["code"] for p in json.loads(result.stdout)]


def test_import_then_list(runner: CliRunner, vault_dir: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "register.csv", GOOD_CSV.encode())
    result = invoke(runner, "participant", "import", str(path))
    assert result.exit_code == 0
    assert result.stdout == (
        "registered 2 participants (code epoch 1)\n"
        "kept 2 codes from the file for mapping only (epoch 0, custodians: "
        "`vault codes history CODE`)\n"
        f"{path} holds identities in plaintext: delete it securely\n")
    listing = invoke(runner, "participant", "list")
    lines = listing.stdout.splitlines()
    assert lines[0].split() == ["CODE", "EPOCH", "STATE", "WITHDRAWN", "INTERVIEWS", "ITEMS"]
    assert len(lines) == 3 and all(line.split()[1:3] == ["1", "active"] for line in lines[1:])


def test_add_prints_the_new_code(runner: CliRunner, vault_dir: Path) -> None:
    result = invoke(runner, "participant", "add", "--name", PLANTED_NAME, "--email",
                    PLANTED_EMAIL, "--alias", PLANTED_ALIAS, "--alias", "Dr Q", "--role", "GP",
                    "--consent-date", "2024-03-01")
    assert result.exit_code == 0
    (code,) = current_codes(runner)
    assert result.stdout == f"registered participant {code} (code epoch 1)\n"


def test_list_and_audit_never_show_identities(runner: CliRunner, registered: Path) -> None:
    invoke(runner, "codes", "rotate", "--reason", f"{PLANTED_NAME} complained")
    invoke(runner, "participant", "withdraw", current_codes(runner)[0])
    outputs = [invoke(runner, "participant", "list").stdout,
               invoke(runner, "participant", "list", "--json").stdout,
               invoke(runner, "--json", "participant", "list").stdout,
               invoke(runner, "codes", "status").stdout,
               invoke(runner, "audit", "show").stdout,
               invoke(runner, "--json", "audit", "show").stdout,
               (registered / "audit.log").read_text()]
    for text in outputs:
        for planted in (PLANTED_NAME, "Zebedee", PLANTED_EMAIL, PLANTED_ALIAS, "Marigold",
                        "m.feather@example.com", "GP partner", "complained"):
            assert planted not in text
    # no code at all in the audit log: a code logged today would link epochs tomorrow
    audit = (registered / "audit.log").read_text()
    for code in current_codes(runner):
        assert f'"{code}"' not in audit
    assert invoke(runner, "audit", "verify").exit_code == 0


def test_reveal_shows_identities_and_is_audited(runner: CliRunner, registered: Path) -> None:
    result = invoke(runner, "participant", "list", "--reveal")
    assert result.exit_code == 0
    assert PLANTED_NAME in result.stdout and PLANTED_EMAIL in result.stdout
    assert f"{PLANTED_ALIAS}, Dr Q" in result.stdout
    entries = [json.loads(line) for line in (registered / "audit.log").read_text().splitlines()]
    assert entries[-1]["action"] == "participant.reveal"
    assert entries[-1]["details"] == {"epoch": 1, "participants": 2}


def test_rotate_and_history(runner: CliRunner, registered: Path) -> None:
    before = current_codes(runner)
    result = invoke(runner, "codes", "rotate", "--reason", "annual")
    assert result.exit_code == 0
    assert result.stdout == ("rotated participant codes: epoch 1 -> 2, 2 participants have "
                             "new codes\n")
    after = current_codes(runner)
    assert not set(before) & set(after)
    history = invoke(runner, "--json", "codes", "history", before[0])
    rows = json.loads(history.stdout)
    assert [r["epoch"] for r in rows] == [0, 1, 2]
    assert rows[1]["code"] == before[0] and rows[2]["code"] in after and rows[2]["current"]
    text = invoke(runner, "codes", "history", rows[2]["code"]).stdout
    assert text.splitlines()[0].split() == ["EPOCH", "CODE", "CURRENT"]
    assert text.splitlines()[-1].split() == ["2", rows[2]["code"], "yes"]


BAD_IMPORTS = [
    pytest.param(b"", "register.csv: file is empty — the first row must be the header "
                 "name[,aliases,email,role,consent_date,code]", 9, id="empty"),
    pytest.param(b"\n\n", "register.csv: file is empty — the first row must be the header "
                 "name[,aliases,email,role,consent_date,code]", 9, id="blank"),
    pytest.param("name,email\nJosé Núñez,j@example.org\n".encode("latin-1"),
                 "register.csv: not UTF-8 text — save the register as CSV UTF-8", 9,
                 id="latin-1"),
    pytest.param(b"code,email\nPA,a@example.org\n",
                 "register.csv: no 'name' column — the first row must be the header "
                 "name[,aliases,email,role,consent_date,code]", 9, id="missing-column"),
    pytest.param(b"name,phone\nAnn Example,0161\n",
                 "register.csv: unknown column 'phone' — allowed columns: name, code, aliases, "
                 "email, role, consent_date", 9, id="unknown-column"),
    pytest.param(b"name,email\n",
                 "register.csv: no participants in the file — add one row per participant "
                 "below the header", 9, id="header-only"),
    pytest.param(b"name,email\nAnn Example,a@example.org\nann  EXAMPLE,b@example.org\n",
                 "register.csv: row 3: duplicate name (same as row 2) — each participant "
                 "appears once in the register", 9, id="duplicate-name-in-file"),
    pytest.param(b"name,email\nAnn Example,a@example.org\nBob Example,A@example.org\n",
                 "register.csv: row 3: duplicate email (same as row 2) — each participant "
                 "appears once in the register", 9, id="duplicate-email-in-file"),
    pytest.param(b"name,code\nAnn Example,PA\nBob Example,PA\n",
                 "register.csv: row 3: duplicate code (same as row 2) — each participant "
                 "appears once in the register", 9, id="duplicate-code-in-file"),
    pytest.param(b"name,consent_date\nAnn Example,01/02/2024\n",
                 "register.csv: row 2: consent date '01/02/2024' is not a date — use "
                 "YYYY-MM-DD", 9,
                 id="bad-date"),
    pytest.param(b"name,email\nAnn Example,not-an-address\n",
                 "register.csv: row 2: email is not an e-mail address — give an address like "
                 "name@example.org, or leave it out", 9, id="bad-email"),
    pytest.param(b"name,email\n,a@example.org\n",
                 "register.csv: row 2: empty name — every participant needs a name", 9,
                 id="empty-name"),
    pytest.param(b"name,email\nAnn Example,a@example.org,extra\n",
                 "register.csv: row 2: more fields than columns — check the input file and "
                 "try again", 9, id="extra-field"),
    pytest.param(b"name\x00,email\nAnn,a@example.org\n",
                 "register.csv: not a text file — export the register as CSV", 9, id="binary"),
    pytest.param(f"name,email\n{PLANTED_NAME.upper()},new@example.org\n".encode(),
                 "register.csv: row 2: a participant with this name is already registered "
                 "(code {code}) — each participant is registered once; see "
                 "`vault participant list`", 14, id="duplicate-name-in-register"),
    pytest.param(f"name,email\nSomeone Else,{PLANTED_EMAIL}\n".encode(),
                 "register.csv: row 2: a participant with this email is already registered "
                 "(code {code}) — each participant is registered once; see "
                 "`vault participant list`", 14, id="duplicate-email-in-register"),
    pytest.param(b"name,code\nSomeone Else,PA\n",
                 "register.csv: row 2: its code was already issued or imported by this vault "
                 "— codes in an import are kept for mapping only: clear that cell", 14,
                 id="legacy-code-reused"),
]


@pytest.mark.parametrize("data, message, exit_code", BAD_IMPORTS)
def test_bad_import_changes_nothing(runner: CliRunner, registered: Path, tmp_path: Path,
                                    data: bytes, message: str, exit_code: int) -> None:
    codes = invoke(runner, "--json", "participant", "list", "--reveal")
    planted_code = next(p["code"] for p in json.loads(codes.stdout)
                        if p["name"] == PLANTED_NAME)
    before = register_state(registered)
    result = invoke(runner, "participant", "import", str(write(tmp_path, "register.csv", data)))
    assert result.exit_code == exit_code
    assert result.stderr == "error: " + message.format(code=planted_code) + "\n"
    assert result.stdout == ""
    assert register_state(registered) == before


BAD_COMMANDS = [
    pytest.param(["participant", "add", "--name", PLANTED_NAME.lower()],
                 "error: a participant with this name is already registered (code {code}) — "
                 "each participant is registered once; see `vault participant list`", 14,
                 id="add-duplicate-name"),
    pytest.param(["participant", "add", "--name", "  "],
                 "error: empty name — every participant needs a name", 9, id="add-empty-name"),
    pytest.param(["participant", "add", "--name", "-"],
                 "error: name has no letters — give the participant's name as it is written", 9,
                 id="add-letterless-name"),
    pytest.param(["participant", "add", "--name", "New Person", "--consent-date", "2024-13-01"],
                 "Error: Invalid value for '--consent-date': '2024-13-01' is not a date — use "
                 "YYYY-MM-DD", 2, id="add-bad-date"),
    pytest.param(["participant", "withdraw", "PZZZZ"],
                 "error: no participant has code 'PZZZZ' in the current code epoch (1) — see "
                 "`vault participant list` for the current codes", 14, id="withdraw-unknown"),
    pytest.param(["participant", "withdraw", "{code}", "--date", "2024-1-1"],
                 "Error: Invalid value for '--date': '2024-1-1' is not a date — use YYYY-MM-DD",
                 2, id="withdraw-bad-date"),
    pytest.param(["codes", "history", "PZZZZ"],
                 "error: no participant has code 'PZZZZ' in the current code epoch (1) — see "
                 "`vault participant list` for the current codes", 14, id="history-unknown"),
    pytest.param(["participant", "import", "/nonexistent/register.csv"],
                 "error: register.csv: no such file — check the file name and try again", 9,
                 id="import-missing-file"),
]


@pytest.mark.parametrize("args, message, exit_code", BAD_COMMANDS)
def test_bad_command_changes_nothing(runner: CliRunner, registered: Path, args: list[str],
                                     message: str, exit_code: int) -> None:
    codes = invoke(runner, "--json", "participant", "list", "--reveal")
    planted_code = next(p["code"] for p in json.loads(codes.stdout)
                        if p["name"] == PLANTED_NAME)
    before = register_state(registered)
    result = invoke(runner, *[a.format(code=planted_code) for a in args])
    if exit_code == 2:  # a usage error: click's usage lines, then the one error line
        assert result.exit_code == 2
        assert result.stderr.splitlines()[-1] == message
    else:
        assert (result.exit_code, result.stderr) == (exit_code,
                                                     message.format(code=planted_code) + "\n")
    assert register_state(registered) == before


def test_old_code_after_rotation_gets_a_rotation_hint(runner: CliRunner, registered: Path
                                                      ) -> None:
    old = current_codes(runner)[0]
    invoke(runner, "codes", "rotate")
    before = register_state(registered)
    result = invoke(runner, "participant", "withdraw", old)
    assert result.exit_code == 14
    assert result.stderr == (
        f"error: participant code {old!r} is from code epoch 1; codes have been rotated since "
        "(now epoch 2) — use the participant's current code (`vault participant list`); "
        f"custodians can map old codes with `vault codes history {old}`\n")
    assert register_state(registered) == before


def test_withdraw_twice_is_refused(runner: CliRunner, registered: Path) -> None:
    code = current_codes(runner)[0]
    result = invoke(runner, "participant", "withdraw", code, "--date", "2026-05-02")
    assert (result.exit_code, result.stdout) == (
        0, f"participant {code} withdrew consent on 2026-05-02; 0 items flagged\n")
    listing = json.loads(invoke(runner, "--json", "participant", "list").stdout)
    row = next(p for p in listing if p["code"] == code)
    assert (row["state"], row["withdrawn"]) == ("withdrawn", "2026-05-02")
    again = invoke(runner, "participant", "withdraw", code)
    assert (again.exit_code, again.stderr) == (
        14, (f"error: participant {code} has already withdrawn (on 2026-05-02) — nothing to "
             "do; `--purge` destroys their raw data\n"))


def test_withdraw_purge_destroys_their_objects_with_a_certificate(
        runner: CliRunner, registered: Path, tmp_path: Path, make_wav: Any) -> None:
    from vault.ingest import ingest_files
    from vault.store import Vault

    code, other = current_codes(runner)
    vault = Vault.open(registered)
    try:
        for n, who in enumerate((code, code, other)):
            ingest_files(vault, [make_wav(tmp_path / f"{n}.wav", seed=n)], data_class="audio",
                         participant_code=who, interview=n + 1).check()
    finally:
        vault.close()
    result = invoke(runner, "participant", "withdraw", code, "--purge", "--date", "2026-05-02")
    assert result.exit_code == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert first == f"participant {code} withdrew consent on 2026-05-02; 2 items flagged"
    assert second.startswith("purged their raw data; certificate ")
    db = sqlite3.connect(registered / "catalog.sqlite")
    try:
        states = sorted(r[0] for r in db.execute("SELECT state FROM items"))
    finally:
        db.close()
    assert states == ["destroyed", "destroyed", "present"]
    assert invoke(runner, "audit", "verify").exit_code == 0


def test_codes_status(runner: CliRunner, registered: Path) -> None:
    result = invoke(runner, "codes", "status")
    assert result.stdout == ("code epoch 1: 2 participants; codes are 'P' + 2 of 23 characters "
                             "(529 codes), e.g. 'PZZ 1'\n")


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    for group, commands in (("participant", ("add", "import", "list", "withdraw")),
                            ("codes", ("status", "rotate", "history"))):
        for command in commands:
            result = invoke(runner, group, command, "--help")
            assert result.exit_code == 0 and "Example:" in result.stdout
