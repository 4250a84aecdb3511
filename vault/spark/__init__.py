"""The Spark engine: vault's two heavy stages on a cluster, with the local engines' results.

``--engine spark`` on ``vault anonymise text`` and ``vault validate`` runs

* redaction (:mod:`vault.spark.redaction`): transcripts partitioned across executors, one
  analyser built per executor Python worker, output files byte-identical to the local
  engine's;
* validation (:mod:`vault.spark.validation`): the same generated Great Expectations suite
  and the same engine-neutral description of its metrics (:mod:`vault.validate.metrics`);
  Spark reads and splits the Parquet, each task counts its rows with the local engine's
  renderer and Spark sums the counts and groups the quasi-identifiers: the same verdict,
  counts and report as the local engine.

The session comes from :mod:`vault.spark.session`: the active one, or one vault starts on a
given master. PySpark is an optional extra (``pip install 'vault[spark]'``), imported only when
the engine is used; without it (or without Java) the engine raises
:class:`~vault.errors.EngineUnavailable`.

Trust boundary: the plaintext transcripts and the participant register travel to the
executors, so the cluster must sit inside the study's trust boundary; keys never leave the
machine that holds them (the Spark engine never opens a vault). See the README, "Running on a
cluster".
"""
