"""Shared fixtures for the vault test suite.

* ``runner`` — a click ``CliRunner``.
* ``vault_dir`` — a new vault with one custodian whose identity is a plain age identity file
  (mode 0600) named by ``VAULT_IDENTITY_FILE``; ``VAULT_DIR`` points at it, HOME and
  XDG_CONFIG_HOME at a temp dir. ``vault`` is the same vault opened, custodian unlocked.
* ``participant`` — adds one participant and returns its public code (current epoch).
* ``sample_study`` — the generated synthetic study (session-scoped; treat as read-only).
* ``snapshot`` — ``snapshot(root)``: everything a refused command must leave unchanged.
* ``make_wav`` — ``make_wav(path, seconds=0.25, seed=0)`` writes a small WAV (content per seed).
* ``new_participant`` — ``new_participant(name)`` registers another participant.
* ``anonymiser`` — one ``Anonymiser`` with the packaged default policy per test process
  (session-scoped; building its recognizers and loading spaCy take seconds).
* ``spark`` — one local SparkSession (``local[2]``, UI off, loopback only) for the whole
  session; tests using it are few, ``slow`` and in the ``spark`` xdist group (one JVM).
* ``ingest_audio_cli``, ``one_error_line`` — plain helpers for the one-line error contract.
* ``arm_fault`` — ``arm_fault("ingest.encrypted:raise")`` sets ``VAULT_FAULT`` for this process
  (undone after the test); see :mod:`vault.faults`.
* ``open_umask`` — the process umask set to 000 for the test (as on some shared servers);
  ``tree_modes(root)`` — the set of (``"dir"``/``"file"``, mode) found under ``root``.

``docx_of(paragraphs)`` builds a .docx in memory (``from conftest import docx_of``).

Prefer the fixtures. ``tests/`` is not a package, so this module (not the root conftest) is
``sys.modules["conftest"]`` while tests run; ``from conftest import add_test_participant`` works.
"""
from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

from vault import keys
from vault.store import Vault

#: test files that run for minutes: scheduled first of all, so that with ``-n 2`` they overlap
#: the rest of the suite instead of running alone at its end
LONGEST_FIRST = ("test_lifecycle.py",)


def _schedule_rank(item: pytest.Item) -> int:
    """0: the longest files; 1: the other ``slow`` tests; 2: the rest (mostly under a second),
    so that the run ends on many small tests that keep both workers busy to the end."""
    if item.path.name in LONGEST_FIRST:
        return 0
    return 1 if item.get_closest_marker("slow") is not None else 2


def pytest_configure(config: pytest.Config) -> None:
    # xdist's loadgroup sorts its work units by size unless told not to, which would put every
    # multi-test xdist_group before the lifecycle: keep the order chosen below instead
    if getattr(config.option, "loadscopereorder", None) is not None:
        config.option.loadscopereorder = False


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=_schedule_rank)  # stable: the order within each rank is kept
    _honour_xdist_groups(config, items)


def _honour_xdist_groups(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep each ``xdist_group`` on one worker under ``--dist loadgroup`` (one JVM for the
    Spark tests, one build of each crash-point template).

    xdist groups by a ``@group`` suffix on the node id, written by its worker to
    ``item._nodeid``, which pytest 9.2 no longer reads (pytest-dev/pytest-xdist#1386): the
    groups were silently ignored. Write the id pytest reads, unless xdist already did."""
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        names = sorted({str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
                        for mark in item.iter_markers("xdist_group")})
        ident = getattr(item, "_id", None)
        suffix = "@" + "_".join(names)
        if not names or ident is None or item.nodeid.endswith(suffix):
            continue
        item._id = type(ident).parse(item.nodeid + suffix)


# property tests never fail on the clock: the suite must pass on a busy machine (no deadline,
# no "too slow" health check; each test keeps its own example count)
settings.register_profile("vault", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("vault")


@pytest.fixture(autouse=True, scope="session")
def _keystores_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every vault a test makes keeps its keystore (default: $XDG_DATA_HOME/vault/keystores/
    <study id>) in a temp dir, never in the real home; subprocesses inherit it. One for the
    session: module-scoped vaults keep finding theirs. Tests that copy a vault together with
    its keystore point XDG_DATA_HOME into the copied tree themselves (test_crash_points)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
        yield


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def identity_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the test custodian's plain identity file goes; VAULT_IDENTITY_FILE names it."""
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("VAULT_PASSPHRASE", raising=False)
    path = home / "custodian.identity"
    monkeypatch.setenv("VAULT_IDENTITY_FILE", str(path))
    return path


@pytest.fixture
def vault_dir(tmp_path: Path, identity_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new vault with one custodian (plain identity file, mode 0600); VAULT_DIR is set."""
    root = tmp_path / "vault"
    vault = Vault.init(root, "Test study")
    # a passphrase provider returning None writes the identity file unencrypted (0600)
    keys.init_custodian(vault, store="file", identity_file=identity_file,
                        passphrase=lambda _prompt: None)  # type: ignore[arg-type, return-value]
    vault.close()
    assert identity_file.stat().st_mode & 0o077 == 0
    monkeypatch.setenv("VAULT_DIR", str(root))
    return root


@pytest.fixture
def vault(vault_dir: Path) -> Any:
    """The ``vault_dir`` vault, opened, with its custodian unlocked."""
    opened = Vault.open(vault_dir)
    opened.custody()
    yield opened
    opened.close()


def docx_of(paragraphs: list[str]) -> bytes:
    """A .docx holding one paragraph per string."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def add_test_participant(vault: Vault, name: str = "Test Participant") -> str:
    """Register a participant; returns its public code of the current epoch."""
    from vault.participants import add_participant

    return add_participant(vault, name)


def ingest_audio_cli(runner: CliRunner, path: Path | str, code: str, *extra: str,
                     interview: int = 1) -> Any:
    """``vault ingest audio PATH --participant CODE --interview N [extra…]`` through CliRunner."""
    from cli import main

    return runner.invoke(main, ["ingest", "audio", str(path), "--participant", code,
                                "--interview", str(interview), *extra])


def one_error_line(result: Any) -> str:
    """The single stderr line of a failed command, asserting it is one line, no traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return str(lines[0])


@pytest.fixture
def new_participant(vault: Vault) -> Callable[[str], str]:
    """Register a participant by name in ``vault``; returns their public code."""
    return lambda name: add_test_participant(vault, name)


@pytest.fixture
def participant(new_participant: Callable[[str], str]) -> str:
    """One registered participant's public code."""
    return new_participant("Test Participant")


@pytest.fixture(scope="session")
def sample_study(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The synthetic sample study (seed 7, 12 participants), generated once per worker."""
    from vault.sample import generate_study

    return generate_study(tmp_path_factory.mktemp("sample") / "study", seed=7, participants=12)


@dataclass(frozen=True)
class VaultSnapshot:
    """What a refused command must leave exactly as it was."""

    items: tuple[tuple[Any, ...], ...]
    keys: tuple[tuple[Any, ...], ...]
    journal: tuple[tuple[Any, ...], ...]
    objects: tuple[str, ...]
    audit: bytes


def take_snapshot(root: Path) -> VaultSnapshot:
    """Catalog rows (items, keys, journal), the objects/ listing and the audit log bytes."""
    import sqlite3

    db = sqlite3.connect(root / "catalog.sqlite")
    try:
        rows = {table: tuple(tuple(r) for r in db.execute(f"SELECT * FROM {table} ORDER BY 1"))
                for table in ("items", "keys", "journal")}
    finally:
        db.close()
    return VaultSnapshot(rows["items"], rows["keys"], rows["journal"],
                         tuple(sorted(os.listdir(root / "objects"))),
                         (root / "audit.log").read_bytes())


@pytest.fixture
def snapshot() -> Callable[[Path], VaultSnapshot]:
    return take_snapshot


@pytest.fixture
def arm_fault(monkeypatch: pytest.MonkeyPatch) -> Any:
    """``arm_fault(spec)``: arm a fault point in this process (``VAULT_FAULT``), or disarm
    with ``None``; disarmed again after the test."""
    from vault import faults

    def arm(spec: str | None) -> None:
        if spec is None:
            monkeypatch.delenv(faults.FAULT_ENV, raising=False)
        else:
            monkeypatch.setenv(faults.FAULT_ENV, spec)
        faults.rearm()

    yield arm
    monkeypatch.delenv(faults.FAULT_ENV, raising=False)
    faults.rearm()


@pytest.fixture
def make_wav() -> Callable[..., Path]:
    """``make_wav(path, seconds=0.25, seed=0)``: write a small WAV of pseudo-random samples."""
    return write_wav


def write_wav(path: Path, *, seconds: float = 0.25, seed: int = 0, rate: int = 8000) -> Path:
    """Write a small mono 16-bit WAV of pseudo-random samples (distinct content per seed)."""
    import random
    import wave

    rng = random.Random(seed)
    frames = bytes(rng.getrandbits(8) for _ in range(int(seconds * rate) * 2))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


@pytest.fixture(scope="session")
def anonymiser() -> Any:
    """One Anonymiser (the packaged default redaction policy) for every test of this worker."""
    from vault.anonymise.engine import Anonymiser

    return Anonymiser()


@pytest.fixture(scope="session")
def spark() -> Any:
    """One local SparkSession for every Spark test of this worker (start-up takes seconds)."""
    from vault.spark.session import spark_session

    session = spark_session("local[2]", config={"spark.sql.shuffle.partitions": "2",
                                                "spark.default.parallelism": "2"})
    yield session
    session.stop()


@pytest.fixture
def open_umask() -> Any:
    """umask 000 for the test, restored after: what a file's mode is when nothing masks it."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def tree_modes(root: Path) -> set[tuple[str, int]]:
    """``{("dir" | "file", permission bits)}`` of ``root`` and everything under it."""
    paths = [root, *root.rglob("*")] if root.is_dir() else [root]
    return {("dir" if p.is_dir() else "file", p.stat().st_mode & 0o777) for p in paths}
