"""Redaction on Spark: ``vault anonymise text FILES… --out-dir DIR --engine spark``.

::

    from vault.spark.redaction import anonymise_files_spark
    summary = anonymise_files_spark(paths, Path("redacted"), register=register)   # local[*]
    summary = anonymise_files_spark(paths, out, register=register, master="yarn")

It is :func:`vault.anonymise.formats.anonymise_files` with one step moved to the cluster: the
driver checks every input and output path and reads the files, as the local engine does; the
files are cut into partitions of about equal size and redacted on the executors by
:class:`SparkRedactor`; the results come back to the driver, which writes each output under
the input's name and the same ``report.json``. The outputs are byte-identical to the local
engine's, for three reasons:

* every file is redacted by :func:`vault.anonymise.formats.redact_source`, the very function
  the local engine runs, with the same policy and register;
* **pseudonyms are per document** in both engines: each file gets its own
  :class:`~vault.anonymise.pseudonyms.PseudonymBook`, so "[Colleague A]" is the first third
  party *of that file*, and how files are spread over partitions cannot change a label. There
  is no run-wide state to agree on, so no second pass is needed;
* the analyser each Python worker builds (:mod:`vault.spark._redaction_worker`) is built from the same
  policy data, and a file's result depends on nothing the worker did before.

What travels where. To the executors: the plaintext transcripts (in the tasks), the policy and
the participant register (broadcast once per run, destroyed at the end) — names, aliases and
emails of the participants, so **the cluster must sit inside the study's trust boundary**.
Never: keys, identity files, the vault. Back to the driver: the redacted files and their
counts and spans (offsets, types, scores). A session vault starts encrypts what executors
write to local disk (see :mod:`vault.spark.session`).
"""
from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.anonymise.formats import (
    AnonymiseSummary,
    FailedFile,
    RedactedFile,
    SourceFile,
    anonymise_files,
)
from vault.anonymise.redaction_policy import RedactionPolicy, default_redaction_policy
from vault.anonymise.register import Register
from vault.errors import EngineUnavailable
from vault.spark import _redaction_worker as _worker
from vault.spark.session import spark_session

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

__all__ = ["SparkRedactor", "SparkRunStats", "anonymise_files_spark", "partition_sources"]

log = logging.getLogger(__name__)

#: partitions per executor core: small enough tasks that a long transcript does not leave the
#: other cores idle at the end, few enough that scheduling costs little
PARTITIONS_PER_CORE = 4
#: a partition holds at most about this much transcript (tasks stay small on the wire)
PARTITION_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class SparkRunStats:
    """How a run was spread: partitions, the Python workers that ran them, and how many of
    those built an analyser (at most one each; none when a worker kept one from an earlier
    run with the same policy)."""

    partitions: int
    python_workers: int
    analysers_built: int
    files: int


def partition_sources(sources: list[SourceFile], partitions: int) -> list[list[SourceFile]]:
    """Cut ``sources`` into at most ``partitions`` contiguous groups of about equal bytes
    (contiguous, so results come back in input order)."""
    if not sources:
        return []
    partitions = max(1, min(partitions, len(sources)))
    total = sum(len(s.data) for s in sources)
    groups: list[list[SourceFile]] = [[]]
    size = 0
    for position, source in enumerate(sources):
        left = len(sources) - position
        # a new group once this one has its share, keeping one file for each group to come
        if groups[-1] and len(groups) < partitions and (
                size >= total * len(groups) / partitions or left <= partitions - len(groups)):
            groups.append([])
        groups[-1].append(source)
        size += len(source.data)
    return groups


class SparkRedactor:
    """A :data:`~vault.anonymise.formats.BatchRedactor` that redacts on a Spark cluster.

    :param spark: the SparkSession (see :func:`vault.spark.session.spark_session`).
    :param policy: the redaction policy (default: the packaged one), broadcast as data.
    :param register: the participant register, broadcast for the run.
    :param partitions: how many partitions (default: :data:`PARTITIONS_PER_CORE` per core
        of the cluster, more when the files exceed :data:`PARTITION_BYTES` each).
    """

    def __init__(self, spark: SparkSession, *, policy: RedactionPolicy | None = None,
                 register: Register | None = None, partitions: int | None = None) -> None:
        self.spark = spark
        self.policy = policy if policy is not None else default_redaction_policy()
        self.register = register
        self.partitions = partitions
        #: filled in by each run
        self.stats: SparkRunStats | None = None

    def __call__(self, sources: Iterable[SourceFile]) -> Iterator[RedactedFile | FailedFile]:
        batch = list(sources)
        if not batch:
            self.stats = SparkRunStats(0, 0, 0, 0)
            return
        sc = self.spark.sparkContext
        wanted = self.partitions or max(sc.defaultParallelism * PARTITIONS_PER_CORE,
                                        -(-sum(len(s.data) for s in batch) // PARTITION_BYTES))
        groups = partition_sources(batch, wanted)
        del batch
        state = _worker.policy_state(self.policy)
        policy_bc = sc.broadcast(state)
        register_bc = sc.broadcast(self.register) if self.register is not None else None
        task = functools.partial(_worker.redact_partition, policy=policy_bc,
                                 key=_worker.policy_key(state), register=register_bc)
        results: Any = None
        try:
            # one group per partition; each partition is a list of groups for the worker
            # lazy: PySpark is an optional extra
            from pyspark import StorageLevel

            results = sc.parallelize(groups, len(groups)).mapPartitions(task)
            del groups
            # compute every partition at once (count), then stream them back one at a time
            results.persist(StorageLevel.MEMORY_AND_DISK)
            _run(results.count)
            reports: list[_worker.PartitionReport] = []
            for item in _run(results.toLocalIterator):
                if isinstance(item, _worker.PartitionReport):
                    reports.append(item)
                elif isinstance(item, _worker.BuildFailed):
                    raise EngineUnavailable(
                        f"an executor could not build the analyser: {item.message}",
                        hint="install vault with its spaCy model in the executors' Python "
                             "(PYSPARK_PYTHON)")
                elif isinstance(item, _worker.Crashed):
                    raise EngineUnavailable(
                        f"redaction failed on an executor ({item.error}, file "
                        f"{item.index + 1} of the batch)",
                        hint="run the same files with the local engine and --debug to see why")
                else:
                    yield item
            self.stats = SparkRunStats(
                partitions=len(reports), python_workers=len({r.pid for r in reports}),
                analysers_built=sum(r.built for r in reports),
                files=sum(r.files for r in reports))
            log.debug("spark redaction: %s", self.stats)
        finally:
            if results is not None:
                results.unpersist()
            policy_bc.destroy()
            if register_bc is not None:
                register_bc.destroy()  # the register leaves the executors with the run


def _run(action: Callable[[], Any]) -> Any:
    """Run a Spark action; a failed job becomes :class:`EngineUnavailable` (class name only:
    Spark's messages carry executor tracebacks, which may quote data)."""
    try:
        return action()
    except EngineUnavailable:
        raise
    except Exception as exc:  # py4j and PySpark raise their own classes
        if not type(exc).__module__.startswith(("py4j", "pyspark")):
            raise
        raise EngineUnavailable(f"the Spark job failed ({type(exc).__name__})",
                                hint="see the Spark driver and executor logs; run with "
                                     "--debug for the traceback") from exc


def anonymise_files_spark(paths: Iterable[Path | str], out_dir: Path | str, *,
                          register: Register | None = None,
                          policy: RedactionPolicy | None = None,
                          report: Path | str | None = None,
                          progress: Callable[[Path], None] | None = None,
                          spark: SparkSession | None = None,
                          master: str | None = None) -> AnonymiseSummary:
    """:func:`vault.anonymise.formats.anonymise_files` with the redaction run on Spark:
    same outputs, same names, same report.

    :param spark: the session to use (default: :func:`vault.spark.session.spark_session`
        with ``master``).
    :param master: a Spark master URL, used only when a session is started here.
    :raises EngineUnavailable: PySpark or Java missing, Spark did not start, a job failed.
    :raises InputError: ``out_dir`` is unusable, or ``report`` would overwrite an input.
    :raises PolicyError: the default policy is missing or invalid.
    """
    session = spark if spark is not None else spark_session(master)
    redactor = SparkRedactor(session, policy=policy, register=register)
    return anonymise_files(paths, out_dir, register=register, policy=redactor.policy,
                           report=report, progress=progress, redactor=redactor)
