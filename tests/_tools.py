"""Programs outside Python the tests need (espeak-ng for the audio tests), and what happens
when one is missing.

On a developer's machine the tests that need it are skipped, the reason shown in the summary
(``-ra``). In CI — ``CI`` set, as ``.ci/run`` and every CI service set it — a missing program
is a collection error instead: a CI run can never go green by skipping what it was meant to
test::

    pytestmark = needs(corpus.espeak_missing())      # a module's tests
    skip_unless_present(corpus.espeak_missing())     # inside a fixture or helper
"""
from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    """Whether this run is CI's (``CI`` set to anything but empty, ``0`` or ``false``)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false")


def _missing_in_ci(reason: str) -> None:
    pytest.fail(f"CI must not skip these tests: {reason}", pytrace=False)


def needs(missing: str | None) -> pytest.MarkDecorator:
    """A mark skipping a module's tests when ``missing`` (why a program is missing) is set;
    in CI, a failure when the module is collected."""
    if missing is not None and in_ci():
        _missing_in_ci(missing)
    return pytest.mark.skipif(missing is not None, reason=missing or "")


def skip_unless_present(missing: str | None) -> None:
    """Skip the running test when ``missing`` is set; in CI, fail it."""
    if missing is None:
        return
    if in_ci():
        _missing_in_ci(missing)
    pytest.skip(missing)
