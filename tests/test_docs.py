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


SCHEMA_DOC = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text(
    encoding="utf-8")


def test_readme_links_the_schema_reference() -> None:
    assert "(docs/schema.md)" in README


def test_schema_reference_covers_every_key_and_value() -> None:
    from vault.anonymise import dataset as ds

    keys = (ds._TOP_KEYS + ds._ROWS_KEYS + ds._ANONYMITY_KEYS + ds._COLUMN_KEYS
            + ds._BANDS_KEYS + ds._RARE_KEYS)
    missing = sorted(k for k in keys if f"`{k}`" not in SCHEMA_DOC
                     and f"`[{k}]`" not in SCHEMA_DOC and f"[{k}]" not in SCHEMA_DOC)
    assert not missing, f"not in docs/schema.md: {missing}"
    for enum in (ds.ColumnRole, ds.ColumnType, ds.SourceFormat, ds.InvalidCells):
        for member in enum:
            assert member.value in SCHEMA_DOC, f"{enum.__name__}.{member.name} undocumented"


def test_schema_reference_example_is_the_policy_it_names() -> None:
    policy = (Path(__file__).resolve().parents[1] / "policies" / "datasets" /
              "mentoring.toml").read_text(encoding="utf-8")
    example = SCHEMA_DOC.split("```toml", 1)[1].split("```", 1)[0]
    for line in example.splitlines():
        text = line.split("#", 1)[0].strip()
        if text and "…" not in line:
            assert text in policy, f"docs/schema.md example line not in mentoring.toml: {text}"


def test_readme_lists_exactly_the_registered_fault_points() -> None:
    import vault.operations  # noqa: F401  (every operation declares its points when imported)
    from vault import faults

    section = README.split("### Crash safety: one write path, named fault points", 1)[1]
    section = section.split("\n### ", 1)[0]
    listed = set(re.findall(r"`([a-z-]+\.[a-z-]+)`", section))
    assert listed == set(faults.points())
