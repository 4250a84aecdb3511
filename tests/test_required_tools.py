"""A CI run cannot pass by skipping the tests of a program it failed to install (tests/_tools)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _tools import needs, skip_unless_present

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("value", "fails"), [("true", True), ("1", True), ("", False),
                                              ("false", False), ("0", False)])
def test_missing_program_fails_only_in_ci(value: str, fails: bool,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", value)
    for call in (needs, skip_unless_present):
        if fails:
            with pytest.raises(pytest.fail.Exception, match="CI must not skip these tests: "
                                                            "espeak-ng is not installed"):
                call("espeak-ng is not installed")
        elif call is needs:
            assert call("espeak-ng is not installed").args == (True,)
        else:
            with pytest.raises(pytest.skip.Exception):
                call("espeak-ng is not installed")
    assert needs(None).args == (False,)
    skip_unless_present(None)


@pytest.mark.slow  # a pytest subprocess collecting a module that loads the audio stack
def test_audio_tests_error_in_ci_without_espeak(tmp_path: Path) -> None:
    """With no espeak-ng on PATH and CI set, collecting the audio tests is an error."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    env = {**os.environ, "PATH": str(bin_dir), "CI": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0", "-p", "no:cacheprovider",
         "tests/test_audio_redaction.py"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=300, check=False)
    assert result.returncode != 0, result.stdout
    assert "CI must not skip these tests: espeak-ng is not installed" in result.stdout
