"""Named fault points: every durable step of every operation has a name a crash test can kill at.

An operation declares its points once, at import, next to its code, and reaches them as it goes::

    POINTS = declare_points("ingest", {
        "journaled": "the journal entry is committed; nothing else exists yet",
        "encrypted": "the object is a complete, fsynced temp file in objects/",
        ...
    })
    POINTS.reach("encrypted")          # a no-op unless VAULT_FAULT names "ingest.encrypted"

**The test-only switch.** ``VAULT_FAULT=POINT[:N][:stop|:raise]`` makes the process kill
itself with SIGKILL the N-th time (default: the first) it reaches ``POINT`` — no ``finally``, no
cleanup, exactly what a power cut or the OOM killer leaves. With ``:stop`` it stops itself with
SIGSTOP instead, so a test can run another command while it is paused at that step and then
resume it with SIGCONT (``os.waitpid(pid, os.WUNTRACED)`` tells when it has stopped); with
``:raise`` it raises :class:`InjectedFault` there (an unexpected error, to test the settle
after an exception). The variable is read once per process, at the first point reached (again
in a child after ``os.fork``, and when a test calls :func:`rearm`); when it is unset, reaching a
point costs one global lookup. Never set it outside tests. :func:`tracing` records the points
a block reaches, in order (tests).

:func:`points` is the registry: ``tests/test_crash_points.py`` kills at every registered point
of every operation, and the README's development section lists them all (a test checks both).
"""
from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from vault.errors import InputError

__all__ = ["FAULT_ENV", "FaultPoints", "InjectedFault", "declare_points", "points", "reach",
           "rearm", "tracing"]

#: the environment variable that arms a fault point (tests only)
FAULT_ENV = "VAULT_FAULT"

#: every declared point ("op.step") -> what holds on disk when a process dies there
_REGISTRY: dict[str, str] = {}


class InjectedFault(Exception):
    """Raised at a point armed with ``:raise`` (tests only): an error nobody expected."""


@dataclass(frozen=True)
class _Armed:
    point: str
    nth: int
    action: str  # "kill", "stop" or "raise"


#: True while nothing is armed or traced: reaching a point returns at once
_quiet = False
#: None: the variable was not read yet in this process
_armed: _Armed | None = None
_read = False
_hits = 0
_trace: list[str] | None = None


def _parse(value: str) -> _Armed | None:
    value = value.strip()
    if not value:
        return None
    point, *rest = value.split(":")
    action = "kill"
    if rest and rest[-1] in ("stop", "raise"):
        action = rest.pop()
    try:
        nth = int(rest[0]) if rest else 1
        if len(rest) > 1 or nth < 1 or not point:
            raise ValueError(value)
    except ValueError as exc:
        raise InputError(f"{FAULT_ENV}={value!r} is malformed",
                         hint=f"use {FAULT_ENV}=POINT[:N][:stop|:raise] (tests only), or unset "
                              "it") from exc
    return _Armed(point, nth, action)


def rearm() -> None:
    """Read ``VAULT_FAULT`` again at the next point reached (tests; a fork does this itself)."""
    global _quiet, _read, _armed, _hits
    _quiet, _read, _armed, _hits = False, False, None, 0


os.register_at_fork(after_in_child=rearm)


def reach(point: str) -> None:
    """Mark that this process reached ``point``; dies there if ``VAULT_FAULT`` says so."""
    if _quiet:
        return
    _reach(point)


def _reach(point: str) -> None:
    global _quiet, _read, _armed, _hits
    if not _read:
        _read, _armed = True, _parse(os.environ.get(FAULT_ENV, ""))
    if _trace is not None:
        _trace.append(point)
    if _armed is None:
        _quiet = _trace is None
        return
    if point != _armed.point:
        return
    _hits += 1
    if _hits != _armed.nth:
        return
    if _armed.action == "raise":
        raise InjectedFault(point)
    os.kill(os.getpid(), signal.SIGSTOP if _armed.action == "stop" else signal.SIGKILL)


@contextlib.contextmanager
def tracing() -> Iterator[list[str]]:
    """Record every point reached inside the block, in order (tests)::

        with tracing() as reached:
            ingest_files(...)
        assert reached == ["ingest.journaled", ...]
    """
    global _trace, _quiet
    outer, _trace = _trace, []
    _quiet = False
    try:
        yield _trace
    finally:
        _trace = outer
        _quiet = False  # decided afresh at the next point


class FaultPoints:
    """The declared points of one operation; :meth:`reach` takes the step's short name."""

    def __init__(self, op: str, steps: Mapping[str, str]) -> None:
        self.op = op
        self.steps = MappingProxyType(dict(steps))

    def name(self, step: str) -> str:
        """The full point name ``op.step``; a step that was not declared is a programming error.

        :raises KeyError: ``step`` is not one of this operation's declared steps.
        """
        if step not in self.steps:
            raise KeyError(f"{self.op}: undeclared fault point {step!r}")
        return f"{self.op}.{step}"

    def reach(self, step: str) -> None:
        """Reach ``op.step`` (see :func:`reach`)."""
        reach(self.name(step))


def declare_points(op: str, steps: Mapping[str, str]) -> FaultPoints:
    """Register the fault points of operation ``op``: step name -> what holds when killed there.

    :raises ValueError: a point of that name was declared before with another description.
    """
    for step, doc in steps.items():
        name = f"{op}.{step}"
        if _REGISTRY.get(name, doc) != doc:
            raise ValueError(f"fault point {name!r} is declared twice")
        _REGISTRY[name] = doc
    return FaultPoints(op, steps)


def points() -> Mapping[str, str]:
    """Every declared point (``op.step`` -> description), read-only, in declaration order."""
    return MappingProxyType(_REGISTRY)
