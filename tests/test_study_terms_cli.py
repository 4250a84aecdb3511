"""``vault anonymise terms``: the study's sealed deny and allow lists from the shell.

Terms come from a file or standard input (never argv: shell history), are printed only with
``show --reveal`` (audited), and every change makes earlier redactions stale; bad input is one
line on stderr and leaves the lists' revision where it was."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_redaction_workflow import _text, study  # noqa: F401  (the fixture)

from cli import main
from conftest import one_error_line
from vault.anonymise.study_terms import (
    add_allow_terms,
    add_deny_terms,
    load_study_terms,
    remove_terms,
    terms_revision,
)
from vault.operations import open_vault
from vault.store import Vault


def _revision(root: Path) -> int:
    vault = open_vault(root)
    try:
        return terms_revision(vault)
    finally:
        vault.close()


def test_deny_from_stdin_makes_the_transcript_stale_and_rerun_redacts_it(
        vault: Vault, study: dict[str, Any], runner: CliRunner) -> None:  # noqa: F811
    root = vault.root
    assert "Smudge" in _text(vault, study["raw"])
    vault.close()
    result = runner.invoke(main, ["anonymise", "terms", "deny", "PERSON", "-"],
                           input="# the cat's owner\nSmudge\n\n")
    assert result.exit_code == 0, result.output
    assert "1 added to the deny list" in result.stdout
    assert "1 redacted transcripts are now stale" in result.stdout
    assert "Smudge" not in result.output  # counts only

    rerun = runner.invoke(main, ["anonymise", "run", "--stale"])
    assert rerun.exit_code == 0, rerun.output
    again = open_vault(root)
    assert "Smudge" not in _text(again, study["raw"])
    again.close()


def test_show_prints_terms_only_with_reveal_and_audits_it(
        vault_dir: Path, runner: CliRunner, tmp_path: Path) -> None:
    listed = tmp_path / "allow.txt"
    listed.write_text("Kestrel Partners\nHarlow Dynamics\n", encoding="utf-8")
    assert runner.invoke(main, ["anonymise", "terms", "allow", str(listed)]).exit_code == 0
    plain = runner.invoke(main, ["anonymise", "terms", "show"])
    assert plain.exit_code == 0 and "revision 1" in plain.stdout
    assert "Kestrel" not in plain.stdout
    shown = runner.invoke(main, ["anonymise", "terms", "show", "--reveal", "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout) == {"revision": 1, "deny": {},
                                        "allow": ["Kestrel Partners", "Harlow Dynamics"]}
    audit = runner.invoke(main, ["audit", "show", "--json"])
    actions = [e["action"] for e in json.loads(audit.stdout)]
    assert actions.count("redaction.terms-reveal") == 1
    assert "Kestrel" not in audit.stdout


def test_remove_takes_a_term_off_both_lists_ignoring_case(vault: Vault) -> None:
    add_deny_terms(vault, "PERSON", ["Bev", "Smudge"])
    add_allow_terms(vault, ["Kestrel  Partners"])
    change = remove_terms(vault, ["bev", "KESTREL PARTNERS"])
    assert (change.removed, change.revision) == (2, 3)
    terms = load_study_terms(vault)
    assert dict(terms.deny) == {"PERSON": ("Smudge",)} and terms.allow == ()
    unlisted = remove_terms(vault, ["Nobody"])
    assert (unlisted.removed, unlisted.revision) == (0, 3)  # nothing listed: no new revision


@pytest.mark.parametrize("content, message", [
    (b"Caf\xe9 Rouge\n", "not UTF-8"),
    (b"", "no terms"),
    (b"# only a comment\n\n", "no terms"),
    (b"x" * 300 + b"\n", "longer than 200"),
    (b"x\n" * 600_000, "larger than 1 MiB"),
])
def test_bad_terms_files_change_nothing(vault_dir: Path, runner: CliRunner, tmp_path: Path,
                                        content: bytes, message: str) -> None:
    bad = tmp_path / "terms.txt"
    bad.write_bytes(content)
    result = runner.invoke(main, ["anonymise", "terms", "deny", "PERSON", str(bad)])
    assert result.exit_code != 0
    assert message in one_error_line(result)
    assert _revision(vault_dir) == 0


def test_missing_file_and_unknown_type_are_refused(vault_dir: Path, runner: CliRunner,
                                                   tmp_path: Path) -> None:
    missing = runner.invoke(main, ["anonymise", "terms", "allow", str(tmp_path / "nope.txt")])
    assert missing.exit_code != 0 and "cannot read" in one_error_line(missing)
    terms = tmp_path / "t.txt"
    terms.write_text("Bev\n", encoding="utf-8")
    unknown = runner.invoke(main, ["anonymise", "terms", "deny", "PEOPLE", str(terms)])
    assert unknown.exit_code == 2 and "PERSON" in unknown.output
    assert _revision(vault_dir) == 0
