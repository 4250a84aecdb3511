"""Where the Spark engine's SparkSession comes from: the active one, or one vault starts.

::

    from vault.spark.session import spark_session
    spark = spark_session()                       # the active session, else local[*]
    spark = spark_session("spark://head:7077")    # a standalone cluster (or "yarn", "k8s://…")

Under ``spark-submit`` the master and every other setting come from spark-submit; vault adds
only what it needs and never overrides a value already set. A session vault starts itself is
set up for data that must not leak:

* local disk I/O encryption (``spark.io.encryption.enabled``): shuffle files, spills, cached
  and broadcast blocks written by executors are encrypted with a per-application key, so the
  plaintext transcripts and the register never sit on an executor's disk in the clear;
* on a local master, RPC authentication and encryption too, the driver bound to 127.0.0.1 and
  no web UI: nothing listens on the network; and the JVM compiles with its quick JIT only
  (it schedules more than it computes);
* Python workers run this interpreter (``PYSPARK_PYTHON``, when unset) on a local master, so
  they import the same vault; a cluster's executors need vault installed in the Python that
  ``PYSPARK_PYTHON`` names (see the README, "Running on a cluster").

PySpark is an optional dependency (``pip install 'vault[spark]'``) and Spark needs a Java 17+
runtime: when either is missing, :func:`spark_session` raises
:class:`~vault.errors.EngineUnavailable` (exit 22) with what to install.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.errors import EngineUnavailable

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

__all__ = ["DEFAULT_MASTER", "ENGINE", "is_local", "java_executable", "spark_session"]

log = logging.getLogger(__name__)

#: the engine name the commands take (``--engine spark``)
ENGINE = "spark"
#: the master of a session vault starts when none is given: every core of this machine
DEFAULT_MASTER = "local[*]"

_LOG4J = Path(__file__).with_name("log4j2.properties")
_LOCAL = re.compile(r"^local(?:\[(?P<n>\*|\d+)(?:,\d+)?\])?$")


def is_local(master: str) -> bool:
    """Whether ``master`` runs everything in this machine's driver JVM (``local``,
    ``local[4]``, ``local[*]``, ``local[2,3]``)."""
    return _LOCAL.match(master) is not None


def _local_cores(master: str) -> int:
    match = _LOCAL.match(master)
    n = match.group("n") if match else None
    if n is None:
        return 1
    return os.cpu_count() or 1 if n == "*" else int(n)


def java_executable() -> Path | None:
    """The ``java`` Spark will start: ``$JAVA_HOME/bin/java``, else the first on ``PATH``."""
    home = os.environ.get("JAVA_HOME")
    if home:
        candidate = Path(home) / "bin" / "java"
        return candidate if candidate.is_file() else None
    found = shutil.which("java")
    return Path(found) if found else None


def _defaults(master: str | None) -> dict[str, str]:
    """What vault sets on a session it starts (never over a value the caller set)."""
    conf = {
        "spark.app.name": "vault",
        "spark.io.encryption.enabled": "true",
        "spark.ui.showConsoleProgress": "false",
        "spark.python.worker.reuse": "true",
    }
    if master is not None and is_local(master):
        cores = _local_cores(master)
        conf.update({
            "spark.ui.enabled": "false",
            "spark.driver.host": "127.0.0.1",
            "spark.driver.bindAddress": "127.0.0.1",
            "spark.authenticate": "true",
            "spark.network.crypto.enabled": "true",
            # a few partitions per core, not the cluster default of 200
            "spark.sql.shuffle.partitions": str(max(2, 2 * cores)),
            # errors only: the default profile prints a banner and WARN lines on every run;
            # and the quick JIT compiler only: in local mode the JVM mostly schedules (vault's
            # workers read and count in Python), and the optimising compiler spent more CPU
            # warming up than it saved (JVM CPU of a 10M-row validation 12 s -> 6 s, 3 s -> 1.4 s
            # for the same job run again; bench/spark_scale.py)
            "spark.driver.extraJavaOptions": f"-Dlog4j2.configurationFile={_LOG4J.as_uri()} "
                                             "-XX:TieredStopAtLevel=1",
        })
    return conf


def spark_session(master: str | None = None, *,
                  config: Mapping[str, str] | None = None) -> SparkSession:
    """The SparkSession the Spark engine runs on.

    The active session when there is one (a notebook's, a ``spark-submit`` job's, a test
    fixture's); otherwise a new one on ``master`` — default: spark-submit's master when
    launched by it, else :data:`DEFAULT_MASTER`.

    :param master: a Spark master URL (``local[2]``, ``spark://host:7077``, ``yarn``,
        ``k8s://https://…``).
    :param config: extra Spark settings for a session started here (they win over vault's).
    :raises EngineUnavailable: PySpark is not installed, Java is missing, Spark did not start,
        or an active session runs on another master than ``master``.
    """
    try:
        # lazy: PySpark is an optional extra and starts a JVM
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise EngineUnavailable("the Spark engine needs PySpark, which is not installed",
                                hint="pip install 'vault[spark]' (and a Java 17+ runtime)"
                                ) from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        running = active.sparkContext.master
        if master is not None and master != running:
            raise EngineUnavailable(
                f"a SparkSession on master {running} is already running in this process",
                hint="leave out --master to use it, or stop it first")
        return active
    under_submit = bool(os.environ.get("PYSPARK_GATEWAY_PORT"))  # spark-submit started us
    if master is None and not under_submit:
        master = DEFAULT_MASTER
    if not under_submit and java_executable() is None:
        raise EngineUnavailable("the Spark engine needs Java, which is not installed",
                                hint="install a Java 17+ runtime (Debian: apt-get install "
                                     "default-jre-headless) or set JAVA_HOME")
    builder: Any = SparkSession.builder
    if master is not None:
        builder = builder.master(master)
    if master is not None and is_local(master):
        # PySpark starts its Python workers with $PYSPARK_PYTHON (default: "python3" on PATH,
        # which may not have vault): on this machine, the interpreter running now. Spark's
        # own services bind to the loopback address only.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    settings = {**_defaults(master), **(config or {})}
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        with warnings.catch_warnings():
            # PySpark warns on pandas 3 when it starts; vault's Spark code passes Arrow
            # batches (mapInArrow) and never pandas frames, so the warning is noise here
            warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas",
                                    category=FutureWarning)
            session: SparkSession = builder.getOrCreate()
    except Exception as exc:  # PySpark raises its own classes and py4j's; keep only the name
        raise EngineUnavailable(f"Spark did not start on master {master or '(spark-submit)'} "
                                f"({type(exc).__name__})",
                                hint="check the master URL and that Java 17+ is installed; "
                                     "run with --debug for Spark's own message") from exc
    if master is not None and is_local(master):
        session.sparkContext.setLogLevel("ERROR")  # Spark's WARN lines are noise in a CLI
    log.debug("started Spark %s on %s", session.version, session.sparkContext.master)
    return session
