"""The fault-point switch itself: VAULT_FAULT=POINT[:N][:stop|:raise], read once per process."""
from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from vault import faults
from vault.errors import InputError


def _child(spec: str, reach: list[str], marker: Path) -> int:
    """Fork; the child arms ``spec``, reaches ``reach`` in order (touching ``marker`` after each
    point it survived) and exits 0. Returns the wait status."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.environ[faults.FAULT_ENV] = spec
            for n, point in enumerate(reach, start=1):
                faults.reach(point)
                marker.write_text(str(n))
        finally:
            os._exit(0)
    return os.waitpid(pid, 0)[1]


def test_the_nth_visit_kills(tmp_path: Path) -> None:
    marker = tmp_path / "survived"
    status = _child("t.step:2", ["t.other", "t.step", "t.other", "t.step", "t.step"], marker)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert marker.read_text() == "3"  # died at the second t.step, the fourth point reached


def test_unarmed_or_other_points_never_kill(tmp_path: Path) -> None:
    assert os.WEXITSTATUS(_child("", ["t.step"] * 3, tmp_path / "a")) == 0
    assert os.WEXITSTATUS(_child("t.none", ["t.step"] * 3, tmp_path / "b")) == 0


@pytest.mark.parametrize("spec", ["t.step:0", "t.step:x", "t.step:1:2", ":3", "t.step:stop:1"])
def test_a_malformed_switch_is_refused(arm_fault: Any, spec: str) -> None:
    arm_fault(spec)
    with pytest.raises(InputError, match="VAULT_FAULT=.* is malformed"):
        faults.reach("t.step")


def test_raise_and_tracing(arm_fault: Any) -> None:
    arm_fault("t.second:raise")
    with faults.tracing() as reached, pytest.raises(faults.InjectedFault, match="t.second"):
        faults.reach("t.first")
        faults.reach("t.second")
    assert reached == ["t.first", "t.second"]
    faults.reach("t.second")  # the first visit only


def test_declarations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faults, "_REGISTRY", dict(faults._REGISTRY))  # the real one stays as is
    points = faults.declare_points("t-op", {"one": "first", "two": "second"})
    assert points.name("two") == "t-op.two" and faults.points()["t-op.one"] == "first"
    with pytest.raises(KeyError, match="undeclared"):
        points.reach("three")
    with pytest.raises(ValueError, match="declared twice"):
        faults.declare_points("t-op", {"one": "something else"})
