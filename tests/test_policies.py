"""The one policy reader: the four policy loaders speak alike (file:line, key, did-you-mean)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vault.anonymise.dataset import load_dataset_schema
from vault.anonymise.redaction_policy import load_redaction_policy
from vault.codes.scheme import load_code_scheme
from vault.errors import PolicyError
from vault.policies import policy_from_mapping, read_policy
from vault.retention.rules import load_retention_policy

LOADERS: dict[str, tuple[Callable[[Path], Any], str, str]] = {
    # loader, its policy's name in messages, the allowed top-level keys
    "retention": (load_retention_policy, "retention policy",
                  "version, require_approval, classes"),
    "redaction": (load_redaction_policy, "redaction policy",
                  "version, language, threshold, review_floor, entities, allow, deny, audio"),
    "codes": (load_code_scheme, "code policy", "version, codes"),
    "dataset schema": (load_dataset_schema, "dataset schema",
                       "version, name, title, format, k, on_invalid, rows, anonymity, columns"),
}


@pytest.mark.parametrize("kind", LOADERS)
def test_every_loader_words_an_unknown_key_alike(tmp_path: Path, kind: str) -> None:
    load, _what, allowed = LOADERS[kind]
    path = tmp_path / "policy.toml"
    path.write_text("# a comment\nversion = 1\nversoin = 2\n")
    with pytest.raises(PolicyError) as info:
        load(path)
    assert info.value.message == (f"{path}:3: unknown key 'versoin' at the top level "
                                  "(did you mean 'version'?)")
    assert info.value.hint == f"remove it; allowed keys: {allowed}"
    assert info.value.exit_code == 6


@pytest.mark.parametrize("kind", LOADERS)
def test_every_loader_words_version_and_file_problems_alike(tmp_path: Path, kind: str) -> None:
    load, what, _allowed = LOADERS[kind]
    path = tmp_path / "policy.toml"
    path.write_text("# no version\n")
    with pytest.raises(PolicyError) as info:
        load(path)
    assert (info.value.message, info.value.hint) == (
        f"{path}:1: missing 'version'", "add `version = 1` at the top of the file")
    path.write_text("# a newer one\nversion = 9\n")
    with pytest.raises(PolicyError) as info:
        load(path)
    assert (info.value.message, info.value.hint) == (
        f"{path}:2: unsupported policy version 9", "use version = 1, or upgrade vault")
    path.write_bytes(b"version = 1\nname = \"\xff\"\n")
    with pytest.raises(PolicyError) as info:
        load(path)
    assert (info.value.message, info.value.hint) == (
        f"{path}: {what} is not UTF-8", "save the file as UTF-8")
    with pytest.raises(PolicyError) as info:
        load(tmp_path / "absent.toml")
    assert info.value.message == f"{tmp_path / 'absent.toml'}: {what} not found"


def test_lines_of_keys_in_arrays_of_tables_and_inline_tables(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('version = 1\n[[columns]]\nname = "a"\n[columns.generalise]\nbands = 5\n'
                    '[[columns]]\nname = "b"\nx = { y = 1 }\n[t.u]\nv = 2\n')
    doc = read_policy(path, what="test policy", missing_hint="-")
    assert doc.line("", "version") == 1
    assert doc.line("columns[0]") == 2
    assert doc.line("columns[0].generalise", "bands") == 5
    assert doc.line("columns[1]", "name") == 7
    assert doc.line("columns[1].x", "y") == 8
    assert doc.line("t", "u") == 9          # a key that is itself a table
    assert doc.line("t.u", "absent") == 9   # falls back to the table's header
    assert doc.line("nowhere", "absent") is None


def test_a_policy_from_memory_has_no_line_numbers() -> None:
    doc = policy_from_mapping({"versoin": 1}, source="stored schema", what="dataset schema")
    with pytest.raises(PolicyError) as info:
        doc.reject_unknown(doc.data, ("version",))
    assert info.value.message == ("stored schema: unknown key 'versoin' at the top level "
                                  "(did you mean 'version'?)")
