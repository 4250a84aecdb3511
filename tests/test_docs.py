"""The README documents every command and every exit code, and starts with the two commands."""
from __future__ import annotations

import re
from pathlib import Path

import click

from cli import main
from vault.errors import ALL_ERRORS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_make_demo_and_make_test() -> None:
    first = [line for line in README.splitlines() if line.strip()][:3]
    assert first[0] == "```sh"
    assert first[1].startswith("make demo")
    assert first[2].startswith("make test")


def test_every_exit_code_is_documented() -> None:
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", README, flags=re.MULTILINE))
    for error in ALL_ERRORS:
        assert str(error.exit_code) in table, f"{error.__name__} exit {error.exit_code} undocumented"


def test_every_command_is_in_the_readme() -> None:
    missing = []
    for name, command in main.commands.items():
        if f"vault {name}" not in README:
            missing.append(f"vault {name}")
        if isinstance(command, click.Group):
            missing += [f"vault {name} {sub.name}" for sub in command.commands.values()
                        if not sub.hidden and f"vault {name} {sub.name}" not in README]
    assert not missing, f"not documented in README.md: {', '.join(sorted(missing))}"
