"""`vault release create NAME`: the store-backed release — rendering, the gate, rotation, refusals."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from _vaults import custodial_vault
from click.testing import CliRunner
from test_datasets_vault import MENTORING_SCHEMA, anonymiser, import_study

from cli import main
from conftest import tree_modes
from vault import objects
from vault.clock import utc_now
from vault.codes.epochs import current_codes, rotate_codes
from vault.datasets import load_dataset, store_dataset
from vault.errors import ChecksFailed
from vault.ids import new_id
from vault.participants import load_register
from vault.releases import allowed_signers, create_release
from vault.store import Vault
from vault.validate.release import verify_release


def store_redacted_transcript(vault: Vault, study: Any, interview: Any, *,
                              mark_speaker: bool = True) -> str:
    """Ingest a sample transcript, redact it, store the redaction as ``transcript_redacted``
    (the layout ``vault anonymise`` writes: marker tokens, parent_id = the raw item).

    The sample's speaker labels are pre-vault codes ("PJ:"); stored text must carry the marker
    instead (``mark_speaker``), else every release would repeat a code of epoch 0."""
    from vault.anonymise.formats import document_from_bytes, document_to_bytes, redact_document
    from vault.ingest import ingest_files
    from vault.keys import class_recipient
    from vault.retention.rules import key_period

    register = load_register(vault)
    person = next(p for p in study.participants if p.code == interview.code)
    marker = next(e.marker for e in register.entries if e.name == person.name)
    summary = ingest_files(vault, [interview.transcript], data_class="transcript_raw",
                           participant_code=current_codes(vault)[marker],
                           interview=interview.number)
    summary.check()
    raw_id = summary.ingested[0].id
    doc = document_from_bytes(objects.read_object(vault, raw_id), interview.transcript.name)
    if mark_speaker:
        from dataclasses import replace

        from vault.markers import participant_token

        label = re.compile(rf"(?<!\w){re.escape(interview.code)}(?!\w)")
        doc = replace(doc, segments=tuple(label.sub(participant_token(marker), seg)
                                          for seg in doc.segments))
    redacted, _ = redact_document(doc, anonymiser(), register=register)
    custody = vault.custody()
    item_id = new_id("it")
    with vault.locked():
        period = key_period(vault, "transcript_redacted", ingested=dt.date.today(),
                            participant_marker=marker)
        with vault.write() as tx:
            key = class_recipient(vault, tx, "transcript_redacted", period)
            key_id, recipient = key.id, key.recipient
        pending = objects.encrypt_to_temp(vault, item_id, io.BytesIO(document_to_bytes(redacted)),
                                          recipient, custody)
        objects.publish(vault, pending)
        with vault.write() as tx:
            tx.execute("INSERT INTO items(id, data_class, participant_marker, interview, size, "
                       "created, state, key_id, keyed_hash, media_format, parent_id) VALUES "
                       "(?, 'transcript_redacted', ?, ?, ?, ?, 'present', ?, ?, ?, ?)",
                       (item_id, marker, interview.number, pending.digest.size, utc_now(),
                        key_id, pending.digest.keyed_hash, doc.kind, raw_id))
    return item_id


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One vault for the module: the sample's register, questionnaire and two redacted
    transcripts; released as ``r1``, then codes rotated and released as ``r2``."""
    from vault.sample import generate_study

    base = tmp_path_factory.mktemp("relstudy")
    sample = generate_study(base / "study", seed=7, participants=12, audio_seconds=0.1)
    with pytest.MonkeyPatch.context() as mp:
        vault = custodial_vault(base, mp, "Release study")
        info = import_study(vault, sample, base)
        txt = [i for i in sample.interviews if i.transcript_format == "txt"][:2]
        redacted = [store_redacted_transcript(vault, sample, i) for i in txt]
        r1 = create_release(vault, "r1", dataset_ids=[info.id], transcripts="all",
                            out_dir=base / "out")
        codes1 = current_codes(vault)
        rotate_codes(vault, reason="test")
        # the same material again under epoch 2 links the epochs: refused without a reason
        with pytest.raises(ChecksFailed, match="release would link code epochs"):
            create_release(vault, "r2", dataset_ids=[info.id], transcripts="all",
                           out_dir=base / "out")
        r2 = create_release(vault, "r2", dataset_ids=[info.id], transcripts="all",
                            out_dir=base / "out", allow_relink=True,
                            relink_reason="test: compare two epochs")
        yield {"vault": vault, "base": base, "sample": sample, "dataset": info,
               "redacted": redacted, "r1": r1, "r2": r2, "codes1": codes1, "mp": mp}
        vault.close()


def test_release_layout_and_manifest(study: dict[str, Any]) -> None:
    r1 = study["r1"]
    files = sorted(p.relative_to(r1.path).as_posix() for p in r1.path.rglob("*") if p.is_file())
    codes = study["codes1"]
    stems = sorted(f"transcripts/{codes[m]}_{n}.txt" for m, n in study["vault"].db.execute(
        "SELECT participant_marker, interview FROM items WHERE data_class = "
        "'transcript_redacted'").fetchall())
    assert files == sorted(["allowed_signers", "manifest.json", "manifest.json.sig",
                            "questionnaire.parquet", "report.html", "summary.json",
                            "codebook.md", "codebook.html", "datapackage.json",
                            "schemas/questionnaire.toml", *stems])
    m = r1.manifest
    assert m["code_epoch"] == 1 and m["format"] == "vault-release/1" and m["transcripts"] == 2
    assert set(m["policy_hashes"]) == {"retention.toml", "redaction.toml", "codes.toml"}
    # the schema is named by the file inside the release and its hash, never a vault path
    assert m["datasets"][0]["schema"] == {
        "name": "mentoring", "file": "schemas/questionnaire.toml", "k": 5,
        "sha256": study["dataset"].schema_sha256}
    assert hashlib.sha256((r1.path / "schemas/questionnaire.toml").read_bytes()).hexdigest() \
        == study["dataset"].schema_sha256
    assert m["validation"]["row_count"] == study["dataset"].rows
    assert "relink" not in m
    assert m["validation"]["success"] is True
    assert m["participant_codes"] == sorted(codes.values())  # every interviewee answered
    assert set(m["files"]) == set(files) - {"manifest.json", "manifest.json.sig",
                                            "allowed_signers"}
    assert verify_release(r1.path).ok
    # signed by the vault's key, whose allowed_signers line the steward can publish ...
    vault = study["vault"]
    steward = allowed_signers(vault)
    assert (r1.path / "allowed_signers").read_text() == steward
    assert verify_release(r1.path, allowed_signers=steward).signature == "valid"
    # ... with the audit log's checkpoint before the release, which the log still extends
    entry = next(e for e in vault.audit.entries() if e.action == "release.create"
                 and e.details["release"] == m["release_id"])
    point = vault.audit.verify(checkpoint=m["audit_checkpoint"]).checkpoint
    assert point is not None and point.size == entry.seq - 1
    assert r1.to_json()["path"] == str(r1.path)
    assert not [p for p in r1.path.parent.iterdir() if p.name.startswith(".")]


def test_transcripts_rendered_to_codes(study: dict[str, Any]) -> None:
    r1 = study["r1"]
    for path in (r1.path / "transcripts").iterdir():
        text = path.read_text(encoding="utf-8")
        code = path.stem.split("_")[0]
        assert "\u27e6P:" not in text and f"[{code}]" in text
    sample = study["sample"]
    blob = "".join(p.read_text() for p in (r1.path / "transcripts").iterdir())
    for person in sample.participants:
        assert person.email not in blob and person.name not in blob


def test_release_opens_in_pyarrow(study: dict[str, Any]) -> None:
    table = pq.read_table(study["r1"].path / "questionnaire.parquet")
    assert table.num_rows == study["dataset"].rows
    assert table.schema.metadata is None or b"vault.schema.toml" not in table.schema.metadata
    codes = {c for c in table.column("participant").to_pylist() if c is not None}
    assert codes == set(study["codes1"].values())


def test_release_opens_in_pandas(study: dict[str, Any]) -> None:
    import pandas as pd

    frame = pd.read_parquet(study["r1"].path / "questionnaire.parquet")
    assert len(frame) == study["dataset"].rows
    assert frame["participant"].notna().sum() == 12
    assert set(frame["region"]) <= {"North of England", "Midlands and East", "London and South",
                                    "Scotland, Wales and Northern Ireland"}


def test_release_opens_in_duckdb(study: dict[str, Any]) -> None:
    import duckdb

    path = study["r1"].path / "questionnaire.parquet"
    smallest = duckdb.sql(
        f"SELECT min(n) FROM (SELECT count(*) AS n FROM read_parquet('{path}') "
        "GROUP BY job_role, years_in_role, region)").fetchall()
    assert smallest[0][0] >= 5
    linked = duckdb.sql(f"SELECT count(DISTINCT participant) FROM read_parquet('{path}')"
                        ).fetchall()
    assert linked == [(12,)]


def _release_text(path: Path) -> str:
    parts = []
    for file in sorted(path.rglob("*")):
        if file.suffix == ".parquet":
            parts.append(json.dumps(pq.read_table(file).to_pylist(), default=str))
        elif file.is_file():
            parts.append(file.read_text(encoding="utf-8"))
    return "\n".join(parts)


def test_allowed_relink_is_in_the_manifest_and_the_catalog(study: dict[str, Any]) -> None:
    m2 = study["r2"].manifest
    assert m2["relink"] == {"allowed": True, "reason": "test: compare two epochs",
                            "earlier_epochs": [1], "datasets": [study["dataset"].id],
                            "rows": 12, "transcripts": sorted(study["redacted"])}
    vault = study["vault"]
    kinds = dict(vault.db.execute("SELECT kind, count(*) FROM released WHERE release_id = ? "
                                  "GROUP BY kind", (m2["release_id"],)).fetchall())
    assert kinds == {"dataset": 1, "row": 12, "transcript": 6}  # ids, raw ids, keyed hashes
    refs = [r[0] for r in vault.db.execute("SELECT ref FROM released WHERE kind = 'row'")]
    assert all(re.fullmatch(r"[0-9a-f]{64}", r) for r in refs)  # keyed hashes, no content


def test_rotation_releases_share_no_code(study: dict[str, Any]) -> None:
    m1, m2 = study["r1"].manifest, study["r2"].manifest
    assert (m1["code_epoch"], m2["code_epoch"]) == (1, 2)
    assert len(m1["participant_codes"]) == len(m2["participant_codes"]) == 12
    assert not set(m1["participant_codes"]) & set(m2["participant_codes"])
    text = _release_text(study["r2"].path)
    for code in m1["participant_codes"]:
        assert not re.search(rf"\b{code}\b", text), f"epoch-1 code {code} in release 2"
    assert verify_release(study["r2"].path).ok
    # row order is fresh per release: position does not link the two
    p1 = pq.read_table(study["r1"].path / "questionnaire.parquet").column("mentees").to_pylist()
    p2 = pq.read_table(study["r2"].path / "questionnaire.parquet").column("mentees").to_pylist()
    assert sorted(p1) == sorted(p2)


def test_audit_has_ids_and_counts_only(study: dict[str, Any]) -> None:
    vault = study["vault"]
    entries = [e for e in vault.audit.entries() if e.action == "release.create"]
    assert len(entries) >= 2
    first = entries[0]
    assert first.details["datasets"] == [study["dataset"].id]
    assert first.details["transcripts"] == 2 and first.details["epoch"] == 1
    assert set(first.items) == {study["dataset"].id, *study["redacted"]}
    audit = vault.audit_path.read_text()
    for code in [*study["r1"].manifest["participant_codes"],
                 *study["r2"].manifest["participant_codes"]]:
        assert not re.search(rf"\b{code}\b", audit)
    vault.audit.verify()


# --- the gate: planted problems in the rendered table -------------------------------------------

def _plant(study: dict[str, Any], how: str) -> str:
    vault = study["vault"]
    stored = load_dataset(vault, study["dataset"].id)
    table = stored.table
    rows = table.to_pylist()
    if how == "email":
        rows[3]["wellbeing_support"] = "write to someone.else@example.org please"
    elif how == "stale-code":
        first = next(i for i, r in enumerate(rows) if r["participant"] is not None)
        rows[first]["participant"] = study["codes1"][rows[first]["participant"]]
    elif how == "k2":
        for r in rows[:2]:
            r["region"] = "Atlantis"
    planted = pa.Table.from_pylist(rows, schema=table.schema)
    return store_dataset(vault, planted, name=f"planted-{how}",
                         schema_raw=MENTORING_SCHEMA.encode()).id


@pytest.mark.parametrize(("how", "failed"), [
    ("email", "email:wellbeing_support"),
    ("stale-code", "participant-code:participant"),
    ("k2", "k-anonymity"),
])
def test_release_refused_when_rendered_table_fails(study: dict[str, Any], how: str,
                                                   failed: str,
                                                   snapshot: Callable[[Path], Any]) -> None:
    dataset_id = _plant(study, how)
    out = study["base"] / f"refused-{how}"
    vault_root = study["vault"].root
    before = snapshot(vault_root)
    result = CliRunner().invoke(main, ["release", "create", "bad", "--dataset", dataset_id,
                                       "--out-dir", str(out)])
    assert result.exit_code == 3, result.output
    assert result.output.startswith("error: release: ")
    assert f"planted-{how}.parquet:{failed}" in result.output
    assert result.output.endswith(" — see the validation report for the failing expectations\n")
    assert not out.exists()
    assert snapshot(vault_root) == before


def test_release_refused_for_a_code_of_an_earlier_epoch(study: dict[str, Any],
                                                        snapshot: Callable[[Path], Any]) -> None:
    sample, vault = study["sample"], study["vault"]
    interview = [i for i in sample.interviews if i.transcript_format == "txt"][2]
    item = store_redacted_transcript(vault, sample, interview, mark_speaker=False)
    before = snapshot(vault.root)
    out = study["base"] / "refused-legacy"
    result = CliRunner().invoke(main, ["release", "create", "legacy", "--transcripts", item,
                                       "--out-dir", str(out)])
    assert result.exit_code == 3, result.output
    assert "release text:retired-code" in result.output
    assert snapshot(vault.root) == before and not out.exists()


# --- refusals before anything is read -----------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["../x"], ("error: release name '../x' is not a plain name — use 1-100 letters, digits, "
               "_ . - starting with a letter or digit\n")),
    (["a/b"], ("error: release name 'a/b' is not a plain name — use 1-100 letters, digits, "
              "_ . - starting with a letter or digit\n")),
    ([".hidden"], ("error: release name '.hidden' is not a plain name — use 1-100 letters, "
                  "digits, _ . - starting with a letter or digit\n")),
])
def test_path_tricks_in_name(vault_dir: Path, tmp_path: Path, runner: CliRunner,
                             snapshot: Callable[[Path], Any], args: list[str],
                             message: str) -> None:
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["release", "create", *args, "--dataset", "ds_000000000000",
                                  "--out-dir", str(tmp_path / "out")])
    assert (result.exit_code, result.output) == (9, message)
    assert snapshot(vault_dir) == before and not (tmp_path / "out").exists()
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("inside", [".", "objects", "policies/releases"])
def test_out_dir_inside_vault_refused(vault_dir: Path, runner: CliRunner,
                                      snapshot: Callable[[Path], Any], inside: str) -> None:
    before = snapshot(vault_dir)
    out = vault_dir / inside
    result = runner.invoke(main, ["release", "create", "r", "--dataset", "ds_000000000000",
                                  "--out-dir", str(out)])
    assert result.exit_code == 9
    assert result.output == (f"error: {out}: is inside the vault directory — releases are "
                             "plaintext; choose an --out-dir outside the vault\n")
    assert snapshot(vault_dir) == before
    assert not (vault_dir / "policies" / "releases").exists()


def test_out_dir_symlinked_into_vault_refused(vault_dir: Path, tmp_path: Path,
                                              runner: CliRunner) -> None:
    link = tmp_path / "link"
    link.symlink_to(vault_dir)
    result = runner.invoke(main, ["release", "create", "r", "--dataset", "ds_000000000000",
                                  "--out-dir", str(link)])
    assert result.exit_code == 9 and "is inside the vault directory" in result.output


def test_existing_name_refused(vault_dir: Path, tmp_path: Path, runner: CliRunner,
                               snapshot: Callable[[Path], Any]) -> None:
    (tmp_path / "out" / "r").mkdir(parents=True)
    (tmp_path / "out" / "r" / "keep.txt").write_text("mine")
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["release", "create", "r", "--dataset", "ds_000000000000",
                                  "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 9
    assert result.output == (f"error: {tmp_path / 'out' / 'r'}: already exists — choose a new "
                             "release name; releases are never overwritten\n")
    assert snapshot(vault_dir) == before
    assert (tmp_path / "out" / "r" / "keep.txt").read_text() == "mine"


def test_unknown_dataset_refused(vault_dir: Path, tmp_path: Path, runner: CliRunner,
                                 snapshot: Callable[[Path], Any]) -> None:
    before = snapshot(vault_dir)
    result = runner.invoke(main, ["release", "create", "r", "--dataset", "ds_000000000000",
                                  "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 10
    assert result.output == ("error: no item ds_000000000000 in this vault — see `vault list` "
                             "for item ids\n")
    assert snapshot(vault_dir) == before and not (tmp_path / "out").exists()


# --- CLI: JSON, default out-dir, no transcripts, verify -------------------------------------------

def test_cli_release_json_default_out_dir_and_no_transcripts(
        vault: Any, sample_study: Any, tmp_path: Path, runner: CliRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    info = import_study(vault, sample_study, tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = runner.invoke(main, ["release", "create", "first", "--dataset", info.id, "--transcripts",
                                  "all", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["path"] == str(Path("release") / "first") or \
        Path(out["path"]).resolve() == (work / "release" / "first").resolve()
    assert out["transcripts"] == 0 and out["name"] == "first"
    assert {"files", "code_epoch", "policy_hashes", "validation", "tool_version",
            "created_utc", "participant_codes", "release_id"} <= set(out)
    text = runner.invoke(main, ["release", "create", "second", "--dataset", info.id, "--transcripts",
                                "all"])
    assert text.exit_code == 0
    assert "no redacted transcripts in the vault: released none" in text.output
    verified = runner.invoke(main, ["release", "verify", str(work / "release" / "first"),
                                    "--json"])
    assert verified.exit_code == 0
    found = json.loads(verified.output)
    assert found["ok"] is True and found["changed"] == found["missing"] == found["extra"] == []
    assert sorted(found["files"]) == sorted(out["files"])


# --- issue 20: `vault release list`, the listings' JSON, private files under any umask --------

def test_release_list_and_dataset_list_follow_their_schemas(study: dict[str, Any]) -> None:
    """`vault release list` lists (never a release named "list"); it and `vault dataset list`
    print their documented JSON and a table under a header."""
    from _json_docs import check_listing

    runner = CliRunner()
    result = runner.invoke(main, ["release", "list", "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    check_listing("releases", listed)
    by_id = {r["id"]: r for r in listed}
    r1, r2 = (by_id[study[k].manifest["release_id"]] for k in ("r1", "r2"))
    assert (r1["name"], r1["epoch"], r1["relinked"], r1["transcripts"]) == ("r1", 1, False, 2)
    assert (r2["name"], r2["epoch"], r2["relinked"]) == ("r2", 2, True)
    assert r1["datasets"] == [study["dataset"].id] and r1["participants"] == 12
    assert r1["files"] == len(study["r1"].manifest["files"])
    text = runner.invoke(main, ["release", "list"]).stdout.splitlines()
    assert text[0].split() == ["ID", "NAME", "CREATED", "EPOCH", "DATASETS", "TRANSCRIPTS",
                               "PARTICIPANTS", "FILES", "RELINKED"]
    assert any(line.split()[:2] == [r1["id"], "r1"] for line in text[1:])
    datasets = json.loads(runner.invoke(main, ["dataset", "list", "--json"]).stdout)
    check_listing("datasets", datasets)
    assert study["dataset"].id in {d["id"] for d in datasets}


def test_release_files_are_private_whatever_the_umask(study: dict[str, Any],
                                                      open_umask: None) -> None:
    """Issue 20: under umask 000 a release was 666/777; it holds participants' words, so it
    is 0600/0700 (its new parent directories too) unless --mode says otherwise."""
    base, dataset = study["base"], study["dataset"].id
    runner = CliRunner()
    relink = ["--allow-relink", "--reason", "test: file modes"]  # epoch 1 released it
    result = runner.invoke(main, ["release", "create", "private", "--dataset", dataset,
                                  "--transcripts", ",".join(study["redacted"]),
                                  "--out-dir", str(base / "new" / "a"),
                                  *relink])
    assert result.exit_code == 0, result.output
    assert tree_modes(base / "new") == {("dir", 0o700), ("file", 0o600)}
    assert verify_release(base / "new" / "a" / "private").ok
    result = runner.invoke(main, ["release", "create", "shared", "--dataset", dataset,
                                  "--out-dir", str(base / "group"), "--mode", "640", *relink])
    assert result.exit_code == 0, result.output
    assert tree_modes(base / "group") == {("dir", 0o750), ("file", 0o640)}
    assert verify_release(base / "group" / "shared").ok
