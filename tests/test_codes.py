"""The code scheme policy, rendering, and code generation (vault.codes)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vault.codes import DEFAULT_SCHEME, CodeScheme, generate_codes, load_code_scheme, render_code
from vault.errors import ParticipantError, PolicyError

PROJECT_POLICY = Path(__file__).resolve().parent.parent / "policies" / "codes.toml"


def test_shipped_policy_is_the_default_scheme() -> None:
    scheme = load_code_scheme(PROJECT_POLICY)
    assert scheme == DEFAULT_SCHEME
    assert scheme.space == 23 ** 2
    assert not set("ILO") & set(scheme.alphabet)


@pytest.mark.parametrize("code, interview, expected", [
    ("PJK", None, "PJK"),
    ("PJK", 1, "PJK 1"),
    ("PJK", 4, "PJK 4"),
])
def test_render_code(code: str, interview: int | None, expected: str) -> None:
    assert render_code(code, interview) == expected


def test_render_and_parse_with_a_custom_format() -> None:
    scheme = CodeScheme(prefix="X", alphabet="0123456789", length=3,
                        per_interview="{code}-{interview}")
    assert scheme.render("X042", 2) == "X042-2"
    assert render_code("X042", 2, scheme=scheme) == "X042-2"
    assert scheme.parse("X042-2") == ("X042", 2)
    assert scheme.parse("X042") == ("X042", None)
    with pytest.raises(ParticipantError):
        scheme.parse("X04-2")


@pytest.mark.parametrize("rendered, expected", [
    ("PJK", ("PJK", None)), ("PJK 3", ("PJK", 3)), ("  PJK 12 ", ("PJK", 12)),
])
def test_parse_default(rendered: str, expected: tuple[str, int | None]) -> None:
    assert DEFAULT_SCHEME.parse(rendered) == expected


HINT = "see the comments in the project's policies/codes.toml"
TEMPLATE_HINT = 'write e.g. "{code} {interview}"'


@pytest.mark.parametrize("body, message, hint", [
    ('version = 1\n[codes]\nprefix = "P"\ncolour = "red"\n',
     ":4: unknown key 'colour' in [codes]",
     "remove it; allowed keys: prefix, alphabet, length, per_interview"),
    ('version = 1\nextra = 1\n[codes]\n', ":2: unknown key 'extra' at the top level",
     "remove it; allowed keys: version, codes"),
    ('version = 1\ncode = 1\n[codes]\n',
     ":2: unknown key 'code' at the top level (did you mean 'codes'?)",
     "remove it; allowed keys: version, codes"),
    ('version = 1\n[codes]\nlenght = 3\n',
     ":3: unknown key 'lenght' in [codes] (did you mean 'length'?)",
     "remove it; allowed keys: prefix, alphabet, length, per_interview"),
    ('version = 2\n[codes]\n', ":1: unsupported policy version 2",
     "use version = 1, or upgrade vault"),
    ('[codes]\n', ":1: missing 'version'", "add `version = 1` at the top of the file"),
    ('version = 1\n', ": no [codes] table", HINT),
    ('version = 1\ncodes = 3\n', ":2: [codes] must be a table", HINT),
    ('version = 1\n[codes]\nprefix = "P!"\n', ":3: prefix in [codes] must be 0-8 letters or digits",
     HINT),
    ('version = 1\n[codes]\nalphabet = "A"\n',
     ":3: alphabet in [codes] must be at least 2 letters or digits", HINT),
    ('version = 1\n[codes]\nalphabet = "ABA"\n', ":3: alphabet in [codes] repeats a character",
     HINT),
    ('version = 1\n[codes]\nlength = 0\n',
     ":3: length in [codes] must be a whole number from 1 to 8", HINT),
    ('version = 1\n[codes]\nlength = true\n',
     ":3: length in [codes] must be a whole number from 1 to 8", HINT),
    ('version = 1\n[codes]\nper_interview = "{code}"\n',
     (":3: per_interview in [codes] must hold {code} and {interview} once each and no other "
     "field"), TEMPLATE_HINT),
    ('version = 1\n[codes]\nper_interview = "{code} {name}"\n',
     (":3: per_interview in [codes] must hold {code} and {interview} once each and no other "
     "field"), TEMPLATE_HINT),
    ('version = 1\n[codes]\nper_interview = "{code {interview}"\n',
     ":3: per_interview in [codes] is not a valid template", TEMPLATE_HINT),
    ('version = 1\n[codes\n', (": invalid TOML: Expected ']' at the end of a table declaration "
     "(at line 2, column 7)"), "fix the syntax at the line named above"),
])
def test_broken_policies_fail_closed(tmp_path: Path, body: str, message: str, hint: str) -> None:
    """The shared policy wording: file, line, key, allowed keys and a "did you mean"."""
    path = tmp_path / "codes.toml"
    path.write_text(body)
    with pytest.raises(PolicyError) as info:
        load_code_scheme(path)
    assert info.value.message == f"{path}{message}"
    assert info.value.hint == hint
    assert info.value.exit_code == 6


def test_missing_policy_fails_closed(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as info:
        load_code_scheme(tmp_path / "codes.toml")
    assert info.value.message == f"{tmp_path / 'codes.toml'}: code policy not found"
    assert info.value.hint == ("copy policies/codes.toml from the project into the vault's "
                               "policies/ directory")


def test_a_stored_scheme_is_checked_without_line_numbers() -> None:
    with pytest.raises(PolicyError) as info:
        CodeScheme.from_json('{"prefix": "P!"}')
    assert info.value.message == "code epoch scheme: prefix in [codes] must be 0-8 letters or digits"


def test_generated_codes_follow_the_scheme() -> None:
    codes = generate_codes(DEFAULT_SCHEME, 100, is_taken=lambda _c: False)
    assert len(set(codes)) == 100
    assert all(DEFAULT_SCHEME.matches(c) for c in codes)
    assert all(c.startswith("P") and len(c) == 3 for c in codes)


def test_generation_is_random_not_sequential() -> None:
    first = generate_codes(DEFAULT_SCHEME, 20, is_taken=lambda _c: False)
    second = generate_codes(DEFAULT_SCHEME, 20, is_taken=lambda _c: False)
    assert first != second


def test_exhausted_space_names_a_longer_pattern() -> None:
    small = CodeScheme(prefix="P", alphabet="AB", length=2)
    taken = {"PAA", "PAB"}
    assert sorted(generate_codes(small, 2, is_taken=taken.__contains__)) == ["PBA", "PBB"]
    with pytest.raises(ParticipantError) as info:
        generate_codes(small, 3, is_taken=taken.__contains__)
    assert str(info.value) == (
        "participant code space exhausted: 'P' + 2 of 2 characters (4 codes); 3 new codes are "
        "needed and 2 are still free (codes are never issued twice)")
    assert info.value.hint == ("set length = 3 in policies/codes.toml (8 codes), then run "
                               "`vault codes rotate`")


def test_large_space_uses_rejection_sampling_and_still_fails_clearly() -> None:
    big = CodeScheme(prefix="", alphabet="0123456789", length=6)  # 1,000,000 codes
    codes = generate_codes(big, 500, is_taken=lambda c: c.endswith("0"), rng=random.Random(1))
    assert len(set(codes)) == 500 and not any(c.endswith("0") for c in codes)
    with pytest.raises(ParticipantError, match="space exhausted"):
        generate_codes(big, 5, is_taken=lambda _c: True)


@settings(max_examples=60, deadline=None)
@given(count=st.integers(1, 60), taken=st.sets(st.sampled_from(
    [f"P{a}{b}" for a in "ABCDEFGH" for b in "ABCDEFGH"]), max_size=40),
    seed=st.integers(0, 2 ** 32))
def test_property_generated_codes_are_distinct_and_never_taken(count: int, taken: set[str],
                                                               seed: int) -> None:
    scheme = CodeScheme(prefix="P", alphabet="ABCDEFGH", length=2)  # 64 codes
    free = scheme.space - len(taken)
    if count > free:
        with pytest.raises(ParticipantError):
            generate_codes(scheme, count, is_taken=taken.__contains__, rng=random.Random(seed))
        return
    codes = generate_codes(scheme, count, is_taken=taken.__contains__, rng=random.Random(seed))
    assert len(codes) == count == len(set(codes))
    assert not set(codes) & taken
    assert all(scheme.matches(c) for c in codes)
