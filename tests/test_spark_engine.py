"""The Spark engine gives the local engines' results: byte-identical redaction on the project's
corpus and the sample study, and the same validation verdicts, counts and reports as DuckDB on
passing and failing Parquet.

Spark runs in local mode on one session-wide ``spark`` fixture (``local[2]``); the tests that
use it are few, marked slow, and kept on one xdist worker (one JVM). The fast tests cover what
needs no JVM: partitioning, the policy's trip to executors, the per-worker
analyser cache, and the one-line errors when PySpark or Java is missing.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import os
import pickle
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from test_validate_checks import CASES, CURRENT_CODES, NAMES, SURVEY, clean_table, policy, set_cell

from cli import main
from vault.anonymise.dataset import load_dataset_schema
from vault.anonymise.formats import SourceFile, anonymise_files
from vault.anonymise.redaction_policy import default_redaction_policy
from vault.anonymise.register import Register
from vault.errors import InputError
from vault.spark import _redaction_worker as worker
from vault.spark import _validation_worker as vworker
from vault.spark.redaction import SparkRedactor, partition_sources
from vault.spark.validation import READ_BY_SPARK, READ_IN_WORKERS, _slices, validate_file_spark
from vault.validate import ValidationPolicy, build_suite, validate_file
from vault.validate._pushdown import DuckDBPlan
from vault.validate.metrics import NullCount, Unexpected, plan_suite
from vault.validate.parquet_source import RowGroup
from vault.validate.report import render_html
from vault.validate.suites import to_gx_suite

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def on_spark(test: Any) -> Any:
    """A test on the shared local SparkSession: slow, and on the one xdist worker that has it."""
    return pytest.mark.slow(pytest.mark.xdist_group("spark")(test))


# --- redaction -------------------------------------------------------------------------------

def corpus_inputs(directory: Path) -> tuple[list[Path], Register]:
    """The committed corpus as .txt files, plus two files that must fail alike."""
    directory.mkdir()
    files = []
    for line in (CORPUS / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        path = directory / f"{doc['id']}.txt"
        path.write_text(doc["text"], encoding="utf-8")
        files.append(path)
    (directory / "binary.txt").write_bytes(b"\x00\x01\x02 not a transcript")
    (directory / "empty.vtt").write_bytes(b"")
    files += [directory / "binary.txt", directory / "empty.vtt"]
    return files, Register.from_csv(CORPUS / "register.csv")


def sample_inputs(study: Any, directory: Path) -> tuple[list[Path], Register]:
    """The sample study's transcripts (every format) and its register as a standalone CSV."""
    directory.mkdir()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "code", "aliases", "email"])
    with study.register.open(encoding="utf-8", newline="") as source:
        for row in csv.DictReader(source):
            writer.writerow([row["name"], row["code"], row["aliases"], row["email"]])
    (directory / "register.csv").write_text(out.getvalue(), encoding="utf-8")
    files = sorted(study.transcripts_dir.iterdir())
    assert {f.suffix for f in files} >= {".txt", ".docx", ".vtt", ".srt"}
    return files, Register.from_csv(directory / "register.csv")


def outputs(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


@on_spark
@pytest.mark.parametrize("inputs", ["corpus", "sample"])
def test_redaction_on_spark_is_byte_identical(inputs: str, spark: Any, sample_study: Any,
                                              tmp_path: Path) -> None:
    files, register = (corpus_inputs(tmp_path / "in") if inputs == "corpus"
                       else sample_inputs(sample_study, tmp_path / "in"))
    local = anonymise_files(files, tmp_path / "local", register=register,
                            report=tmp_path / "local.json")
    redactor = SparkRedactor(spark, register=register)
    remote = anonymise_files(files, tmp_path / "spark", register=register,
                             report=tmp_path / "spark.json", redactor=redactor)
    assert outputs(tmp_path / "spark") == outputs(tmp_path / "local")
    assert (tmp_path / "spark.json").read_bytes() == (tmp_path / "local.json").read_bytes()
    assert [f.error for f in remote.files] == [f.error for f in local.files]
    assert len(outputs(tmp_path / "local")) == len(files) - len(local.failed)
    if inputs == "corpus":
        assert [f.name for f in local.failed] == ["binary.txt", "empty.vtt"]
    else:
        assert local.failed == ()
    stats = redactor.stats
    assert stats is not None and stats.files == len(files)  # all read; two fail to parse
    # more partitions than workers, one analyser at most per Python worker (none when a
    # worker kept the one it built for an earlier test with the same policy)
    assert stats.partitions > stats.python_workers >= 1
    assert stats.analysers_built <= stats.python_workers <= 2
    if inputs == "sample":
        # pseudonyms are per document, so how files are spread cannot change a label: all
        # in one partition gives the same bytes as one per core and more
        assert any(b"[Colleague A]" in data for data in outputs(tmp_path / "local").values())
        one = SparkRedactor(spark, register=register, partitions=1)
        anonymise_files(files, tmp_path / "one", register=register, redactor=one)
        assert outputs(tmp_path / "one") == outputs(tmp_path / "local")
        assert one.stats is not None and one.stats.partitions == 1


@on_spark
def test_cli_anonymise_text_engine_spark(spark: Any, tmp_path: Path) -> None:
    files, _ = corpus_inputs(tmp_path / "in")
    args = [str(f) for f in files[:4]] + ["--register", str(CORPUS / "register.csv")]
    runner = CliRunner()
    local = runner.invoke(main, ["anonymise", "text", *args, "--out-dir",
                                 str(tmp_path / "local"), "--report", str(tmp_path / "l.json")])
    remote = runner.invoke(main, ["anonymise", "text", *args, "--out-dir",
                                  str(tmp_path / "spark"), "--report", str(tmp_path / "s.json"),
                                  "--engine", "spark"])
    assert local.exit_code == remote.exit_code == 0, remote.output
    assert remote.output.replace("spark", "local") == local.output
    assert outputs(tmp_path / "spark") == outputs(tmp_path / "local")
    assert (tmp_path / "s.json").read_bytes() == (tmp_path / "l.json").read_bytes()



# --- validation ------------------------------------------------------------------------------

def failing_table() -> pa.Table:
    """Many checks failing at once: identifiers (plain regex and Python-confirmed kinds),
    codes, nulls, values, k-anonymity — and values where Java's regex reading differs from
    RE2's unless rewritten (a code ending in a line break, a name in capitals with a
    non-ASCII letter)."""
    table = clean_table()
    for case in ("email", "phone", "nhs-number", "postcode", "marker-token", "k-anonymity",
                 "stale-code", "not-allowed", "null"):
        table = CASES[case][0](table)
    table = set_cell(table, "what_helped", 11, "Tomasz Nowak was my mentor")
    table = set_cell(table, "participant", 9, "P-0010\n")
    return set_cell(table, "what_would_improve", 1, "ask ZOË BALL, or zoë ball")


def nested_table() -> pa.Table:
    """Text hidden in binary, list, struct and map columns (schema-free suite)."""
    return pa.table({
        "note": ["mail a@b.org", None, "fine"],
        "blob": pa.array([b"ring 07700 900123", b"\xff\xfe not utf-8", None]),
        "tags": pa.array([["SW1A 1AA", "x"], None, []]),
        "info": pa.array([{"x": "943 476 5919", "y": 3}, None, {"x": None, "y": 1}]),
        "map": pa.array([[("k", "v@w.org")], None, []], type=pa.map_(pa.string(), pa.string())),
        "n": [1, 2, 3],
    })


def compare(local: Any, remote: Any) -> None:
    assert (local.engine, remote.engine) == ("duckdb", "spark")
    a, b = local.summary(), remote.summary()
    a.pop("engine")
    b.pop("engine")
    assert b == a
    assert render_html(remote, created="T").replace("engine spark", "engine duckdb") == \
        render_html(local, created="T")


@on_spark
def test_validation_on_spark_matches_duckdb(spark: Any, tmp_path: Path) -> None:
    schema = load_dataset_schema(SURVEY)
    names = ValidationPolicy.of(current_codes=CURRENT_CODES, code_regex=r"P-[0-9]{4}",
                                register_names=(*NAMES, "Zoë Ball"))
    part = tmp_path / "parts"
    part.mkdir()
    uneven = CASES["k-anonymity"][0](clean_table())
    pq.write_table(uneven.slice(0, 19), part / "part-00000.parquet")
    pq.write_table(uneven.slice(19), part / "part-00001.parquet")
    (part / "_SUCCESS").write_bytes(b"")
    pq.write_table(clean_table(), tmp_path / "clean.parquet")
    pq.write_table(failing_table(), tmp_path / "failing.parquet")
    pq.write_table(clean_table().drop_columns(["mentee_count"]), tmp_path / "missing.parquet")
    pq.write_table(nested_table(), tmp_path / "nested.parquet")
    runs = [("clean.parquet", schema, policy(), []),
            ("failing.parquet", schema, names,
             ["allowed-values:model_taught", "code-format:participant", "email:what_helped",
              "k-anonymity", "nhs-number:what_helped", "not-null:mentor_training",
              "participant-code:participant", "participant-marker:what_helped",
              "register-name:what_helped", "register-name:what_would_improve",
              "uk-phone:what_would_improve", "uk-postcode:what_helped"]),
            ("missing.parquet", schema, policy(), ["columns", "type:mentee_count"]),
            ("nested.parquet", None, names,
             ["email:map", "email:note", "nhs-number:info", "uk-phone:blob",
              "uk-postcode:tags", "unchecked:blob"]),
            ("parts", schema, policy(), ["k-anonymity"])]
    for name, dataset_schema, checks, failed in runs:
        local = validate_file(tmp_path / name, schema=dataset_schema, policy=checks)
        assert sorted(o.name for o in local.failed) == failed, name
        # every column over its distinct values (these tables are small), then row by row
        for distinct_limit in (20_000, 0) if name == "failing.parquet" else (20_000,):
            remote = validate_file_spark(tmp_path / name, schema=dataset_schema,
                                         policy=checks, spark=spark,
                                         distinct_limit=distinct_limit)
            compare(local, remote)
    kanon = remote.outcome("k-anonymity").observed
    assert kanon["violating_rows"] == 2
    assert kanon["remedy"].endswith("dropping it fixes 2; suppressing would remove 2 row(s)")


@on_spark
def test_cli_validate_engine_spark(spark: Any, tmp_path: Path) -> None:
    pq.write_table(failing_table(), tmp_path / "survey.parquet")
    (tmp_path / "codes.txt").write_text("\n".join(sorted(CURRENT_CODES)) + "\n")
    (tmp_path / "names.txt").write_text("\n".join(NAMES) + "\n")
    common = ["validate", str(tmp_path / "survey.parquet"), "--schema", str(SURVEY),
              "--codes", str(tmp_path / "codes.txt"), "--code-format", r"P-[0-9]{4}",
              "--deny-list", str(tmp_path / "names.txt")]
    runner = CliRunner()
    local = runner.invoke(main, [*common, "--report", str(tmp_path / "local")])
    remote = runner.invoke(main, [*common, "--report", str(tmp_path / "spark"),
                                  "--engine", "spark"])
    assert local.exit_code == remote.exit_code == 3
    assert remote.output.replace(str(tmp_path / "spark"), str(tmp_path / "local")) == \
        local.output
    a, b = (json.loads((tmp_path / d / "summary.json").read_text()) for d in ("local", "spark"))
    assert (a.pop("engine"), b.pop("engine")) == ("duckdb", "spark")
    assert a == b



def write_parts(directory: Path, table: pa.Table, *cuts: int, rows_per_group: int) -> Path:
    """``table`` as part files cut at ``cuts`` (an empty part first), each of several row
    groups of ``rows_per_group`` rows."""
    directory.mkdir()
    pq.write_table(table.slice(0, 0), directory / "part-00000.parquet")
    bounds = [0, *cuts, table.num_rows]
    for i, (start, end) in enumerate(itertools.pairwise(bounds), start=1):
        pq.write_table(table.slice(start, end - start), directory / f"part-{i:05d}.parquet",
                       row_group_size=rows_per_group)
    (directory / "_SUCCESS").write_bytes(b"")
    return directory


@on_spark
def test_each_reader_matches_duckdb_on_part_files_of_many_row_groups(spark: Any,
                                                                     tmp_path: Path) -> None:
    """Tasks that read their own row groups (the default) and Spark's reader give the local
    engine's result: groups of quasi-identifiers spread over files and slices merge, empty
    files and row groups count nothing, flattened columns are read in the workers."""
    schema = load_dataset_schema(SURVEY)
    names = ValidationPolicy.of(current_codes=CURRENT_CODES, code_regex=r"P-[0-9]{4}",
                                register_names=(*NAMES, "Zoë Ball"))
    failing = write_parts(tmp_path / "failing", failing_table(), 5, 23, rows_per_group=4)
    nested = write_parts(tmp_path / "nested", pa.concat_tables([nested_table()] * 3), 4,
                         rows_per_group=2)
    assert len(pq.ParquetFile(failing / "part-00001.parquet").metadata.to_dict()
               ["row_groups"]) == 2
    remote = {}
    for path, dataset_schema in ((failing, schema), (nested, None)):
        local = validate_file(path, schema=dataset_schema, policy=names)
        assert not local.success
        for reader in (READ_IN_WORKERS, READ_BY_SPARK):
            remote[path.name, reader] = validate_file_spark(
                path, schema=dataset_schema, policy=names, spark=spark, reader=reader)
            compare(local, remote[path.name, reader])
    kanon = remote["failing", READ_IN_WORKERS].outcome("k-anonymity").observed
    assert kanon["violating_rows"] == 2
    assert remote["nested", READ_IN_WORKERS].outcome("unchecked:blob").unexpected_count == 3


@on_spark
def test_a_corrupt_page_is_one_line_naming_no_data(spark: Any, tmp_path: Path) -> None:
    table = pa.table({"what_helped": [f"secret {i} Priya Shah" for i in range(2000)]})
    path = tmp_path / "corrupt.parquet"
    pq.write_table(table, path, compression="zstd")
    data = bytearray(path.read_bytes())
    data[8:2008] = b"\xff" * 2000  # the first data page; the footer stays readable
    path.write_bytes(bytes(data))
    assert pq.ParquetFile(path).metadata.num_rows == 2000
    with pytest.raises(InputError):
        validate_file(path, schema=None, policy=policy())
    for reader in (READ_IN_WORKERS, READ_BY_SPARK):
        with pytest.raises(InputError) as caught:
            validate_file_spark(path, schema=None, policy=policy(), spark=spark, reader=reader)
        message = str(caught.value)
        assert message.startswith("corrupt.parquet: Spark could not scan the data (")
        assert "\n" not in message and "secret" not in message and "Priya" not in message



# --- without a JVM ---------------------------------------------------------------------------

def test_partitions_are_contiguous_and_balanced() -> None:
    sizes = [900, 10, 10, 10, 500, 500, 10, 10]
    sources = [SourceFile(i, f"{i}.txt", f"{i}.txt", b"x" * n) for i, n in enumerate(sizes)]
    groups = partition_sources(sources, 3)
    assert [s.index for g in groups for s in g] == list(range(len(sizes)))
    assert len(groups) == 3 and all(groups)
    assert [sum(len(s.data) for s in g) for g in groups] == [900, 530, 520]
    assert len(partition_sources(sources, 50)) == len(sizes)
    assert partition_sources([], 4) == []


def test_policy_travels_as_data() -> None:
    policy_ = default_redaction_policy()
    state = worker.policy_state(policy_)
    assert worker.policy_from_state(pickle.loads(pickle.dumps(state))) == policy_
    assert worker.policy_key(state) == worker.policy_key(worker.policy_state(policy_))
    with pytest.raises(TypeError):
        pickle.dumps(policy_)  # why the state exists: a policy holds read-only mappings


def test_each_worker_builds_one_analyser() -> None:
    state = worker.policy_state(default_redaction_policy())
    key = worker.policy_key(state)
    register = Register.from_csv(CORPUS / "register.csv")
    source = SourceFile(0, "P01-T1.txt", "P01-T1.txt", b"Int: Did Dr Sarah Khan call?\n")
    before = worker.builds()
    first = list(worker.redact_partition([[source]], policy=state, key=key, register=register))
    second = list(worker.redact_partition([[source], [source]], policy=state, key=key,
                                          register=register))
    assert worker.builds() - before <= 1  # none if this process built it already
    assert first[-1].built == (worker.builds() > before) and second[-1].built is False
    assert second[-1].files == 2 and first[-1].pid == second[-1].pid == os.getpid()
    assert first[0].data == second[0].data == second[1].data
    assert b"[P01]" in first[0].data and b"Sarah" not in first[0].data


def _cli(args: list[str], env: dict[str, str], prelude: str = ""
         ) -> subprocess.CompletedProcess[str]:
    code = f"{prelude}\nfrom cli import main\nmain()"
    return subprocess.run([sys.executable, "-c", code, *args], check=False, cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_without_pyspark_the_spark_engine_is_one_line_exit_20(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Int: hello\n")
    blocked = "import sys\nsys.modules['pyspark'] = None\nsys.modules['pyspark.sql'] = None"
    done = _cli(["anonymise", "text", str(tmp_path / "a.txt"), "--out-dir", str(tmp_path / "o"),
                 "--engine", "spark"], dict(os.environ), blocked)
    assert done.returncode == 22
    assert done.stderr == ("error: the Spark engine needs PySpark, which is not installed — "
                           "pip install 'vault[spark]' (and a Java 17+ runtime)\n")


def test_without_java_the_spark_engine_is_one_line_exit_20(tmp_path: Path) -> None:
    pq.write_table(clean_table(), tmp_path / "s.parquet")
    env = {**os.environ, "JAVA_HOME": str(tmp_path / "no-java")}
    done = _cli(["validate", str(tmp_path / "s.parquet"), "--engine", "spark", "--master",
                 "local[1]"], env)
    assert done.returncode == 22
    assert done.stderr == ("error: the Spark engine needs Java, which is not installed — "
                           "install a Java 17+ runtime (Debian: apt-get install "
                           "default-jre-headless) or set JAVA_HOME\n")


@pytest.mark.parametrize("command", [["anonymise", "text", "x.txt", "--out-dir", "o"],
                                     ["validate", "x.parquet"]])
def test_master_needs_the_spark_engine(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--master", "local[1]"])
    assert result.exit_code == 2
    assert "--master goes with --engine spark" in result.output


def test_review_is_not_offered_on_spark(tmp_path: Path) -> None:
    """--review asks the custodian at this terminal; executors have none: refused up front,
    nothing written."""
    source = tmp_path / "x.txt"
    source.write_text("Speaker 1: hello\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["anonymise", "text", str(source), "--out-dir",
                                       str(tmp_path / "o"), "--review", "--engine", "spark"])
    assert result.exit_code == 2
    assert "--review asks at this terminal: use it without --engine spark" in result.output
    assert not (tmp_path / "o").exists()


def test_a_custom_redactor_cannot_ask(tmp_path: Path) -> None:
    """The library refuses ``decide`` with another redactor (it would never be asked)."""
    with pytest.raises(ValueError, match="needs the default redactor"):
        anonymise_files([], tmp_path / "o", decide=lambda _span: None,  # type: ignore[arg-type,return-value]
                        redactor=lambda batch: iter(()))


def test_slices_are_contiguous_balanced_and_skip_empty_row_groups() -> None:
    pieces = [RowGroup("a", 0, 0), *(RowGroup("a", i, 100) for i in range(1, 9)),
              RowGroup("b", 0, 800), RowGroup("c", 0, 0)]
    # 2 cores: 8 slices of 200 rows wanted; a row group is never split
    assert _slices(pieces, 2) == ((("a", 1), ("a", 2)), (("a", 3), ("a", 4)),
                                  (("a", 5), ("a", 6)), (("a", 7), ("a", 8)), (("b", 0),))
    assert _slices(pieces, 1) == (tuple(("a", i) for i in range(1, 5)),
                                  tuple(("a", i) for i in range(5, 9)), (("b", 0),))
    assert _slices([RowGroup("a", 0, 0)], 4) == ()
    many = _slices([RowGroup("a", i, 10) for i in range(100)], 2)
    assert len(many) == 8 and {len(s) for s in many} <= {12, 13}


def test_group_keys_split_and_join_as_duckdb_groups() -> None:
    key = vworker.group_key
    assert key(["1", None]) != key([1, None]) != key(["1", "None"])
    assert key(["a\x1fb"]) != key(["a", "b"])
    assert key([-0.0]) == key([0.0])
    assert key([float("nan")]) == key([float("-nan")])


def test_each_task_counts_its_row_groups_as_duckdb_counts_the_file(tmp_path: Path) -> None:
    """A task's counts over its slices add up to the local engine's over the whole file; its
    groups, merged by key, are the file's."""
    table = failing_table()
    path = tmp_path / "f.parquet"
    pq.write_table(table, path, row_group_size=9)
    suite = build_suite(load_dataset_schema(SURVEY), policy(), columns=table.schema)
    plan = plan_suite(to_gx_suite(suite), table.schema)
    metrics = [m for m in plan.metrics.values() if isinstance(m, NullCount | Unexpected)]
    qis = ("job_role", "years_in_role", "region")
    n = pq.ParquetFile(path).metadata.num_row_groups
    assert n == 5
    task = vworker.SliceTask(slices=(((str(path), 0), (str(path), 3)), ((str(path), 1),),
                                     ((str(path), 2), (str(path), 4))),
                             columns=tuple(table.column_names), metrics=tuple(metrics),
                             distinct_limit=0, groups=(qis,))
    ids = pa.record_batch({"id": pa.array([0, 1, 2], pa.int64())})
    out = pa.Table.from_batches(list(vworker.slice_counts([ids], task=task)))
    assert out.schema.names == [*(f"m{i}" for i in range(len(metrics))), "g", "key", "n"]
    counts = out.filter(pc.is_null(out.column("g")))
    assert counts.num_rows == 3
    con = duckdb.connect()
    con.register("t", table)
    whole = DuckDBPlan(con, table.schema, 0)
    for i, metric in enumerate(metrics):
        whole.add(i, metric)
    expected = whole.run("t")
    assert [pc.sum(counts.column(f"m{i}")).as_py() for i in range(len(metrics))] == \
        [expected[i] for i in range(len(metrics))]
    assert any(expected[i] for i in range(len(metrics)))
    groups = out.filter(pc.is_valid(out.column("g"))).group_by("key").aggregate([("n", "sum")])
    sizes = dict(Counter(zip(*(table.column(c).to_pylist() for c in qis))))
    assert sorted(groups.column("n_sum").to_pylist()) == sorted(sizes.values())
