"""Crash safety at every named fault point of every operation, deterministically.

The points are read from the registry (:func:`vault.faults.points`, complete once
``vault.operations`` is imported), so a new point is tested as soon as it is declared — and a
test fails if its operation's scenario never reaches it. For each point, a child forked from
this process (which already imported vault and loaded spaCy, DuckDB and Great Expectations
while building the scenario) runs the operation with ``VAULT_FAULT=point[:n]`` and dies there by
SIGKILL: no ``finally`` runs. Then, in this process:

* the next command opens the vault (recovery runs) and finds no open journal entry, no temp
  file anywhere (``.tmp-*`` in the vault, hidden files beside release and export outputs),
  every present object there, decrypting to its keyed hash, no orphan, no class key without an
  item, no plaintext from the scenario's sources in any file of the vault (nor any output but
  the complete, expected one), and an audit chain that verifies;
* the next run of the command completes the work, and the vault ends in the same state (items
  and keys per class and state, epochs, custodians, certificates, outputs) as an uninterrupted
  run from the same start.

Audio redaction (``anonymise-audio``) also kills before its journal entry, while the decrypted
recording, its analysis copy and the redacted recording exist, and checks that no file under
the copy — vault, outputs, the child's temp and runtime directories — holds any of them.

Points reached more than once in a run are also killed at a later visit where it matters
(``extra``). The export/purge and release/removal races are reproduced by stopping the first
command at a point (``:stop``), running the second, and resuming the first.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import shutil
import signal
import sqlite3
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from _tools import skip_unless_present
from test_datasets_vault import anonymiser, write_schema
from test_retention_support import consistency_problems, set_events, write_policy

import vault.operations  # noqa: F401  (every operation declares its points when imported)
from conftest import docx_of, write_wav
from vault import faults, inventory, keys, objects
from vault.anonymise.review import (
    Decision,
    add_to_deny_list,
    apply_decisions,
    decide_all,
    pending_spans,
)
from vault.anonymise.stored_transcripts import anonymise_items, anonymise_stale, stale_transcripts
from vault.anonymise.study_terms import terms_revision
from vault.codes.epochs import current_epoch, rotate_codes
from vault.custodians import add_custodian, remove_custodian
from vault.dataset_removal import remove_dataset
from vault.datasets import import_dataset
from vault.errors import AuditError
from vault.ingest import ingest_files
from vault.inventory import export_item, verify_objects
from vault.keystore import KEYSTORE_FILE
from vault.keystore_backups import backup_keystore, list_backups, restore_keystore
from vault.operations import open_vault
from vault.participants import add_participant, import_register, withdraw_participant
from vault.reconcile import reconcile
from vault.reencrypt import reencrypt
from vault.releases import create_release
from vault.retention.purge import purge
from vault.retention.rules import vault_policy
from vault.store import Vault

pytestmark = pytest.mark.slow

TRANSCRIPT = ("Interviewer: Thanks for coming, Olwen.\n"
              "Participant: Dr Fergus Applethwaite told me to try Harlow Dynamics in the "
              "spring, then Kestrel Partners again.\n"
              "Interviewer: And after that?\n")
#: data classes whose class keys protect objects (a key of theirs must have an item)
OBJECT_CLASSES = ("audio", "transcript_raw", "transcript_redacted", "redaction_log", "dataset",
                  "audio_redacted", "audio_redaction_report")


@dataclass
class Ctx:
    """One copy of a scenario's vault: ``base`` holds ``vault/``, sources and ``out/``."""

    base: Path
    data: dict[str, Any]

    @property
    def root(self) -> Path:
        return self.base / "vault"

    @property
    def out(self) -> Path:
        return self.base / "out"

    @property
    def identity(self) -> Path:
        return self.base / "custodian.identity"


Step = Callable[[Vault, Ctx], None]


@dataclass
class Scenario:
    """An operation run from a prepared vault, and how its next run completes it."""

    name: str
    op: str
    #: prepares ``ctx.base`` (the vault, its sources) and fills ``ctx.data``
    build: Callable[[Ctx], None]
    run: Step
    #: what the next run does after recovery: complete what the killed run did not
    finish: Step
    #: the op's steps this scenario reaches (default: every step declared for ``op``)
    steps: tuple[str, ...] | None = None
    #: (step, n): also kill at the n-th visit of a step reached several times
    extra: tuple[tuple[str, int], ...] = ()
    #: run in the child before the operation (e.g. no O_TMPFILE)
    child_setup: Callable[[], None] | None = None
    #: checks on the raw state a kill left, before any recovery
    raw_check: Callable[[Ctx], None] | None = None
    #: more facts for the final-state comparison
    facts: Callable[[Vault], dict[str, Any]] = lambda vault: {}
    #: a kill may leave audit.log running past the catalog, by design: writes are refused until
    #: the command runs again (``finish``); checked by ``diverged_check`` instead of recovery
    diverged_check: Callable[[Ctx], None] | None = None
    #: the state a kill leaves is checkable only once ``finish`` ran (a restore killed before
    #: its rename leaves the keystore as lost as before: nothing decrypts until it is restored)
    check_before_finish: bool = True

    def points(self) -> list[str]:
        declared = [p.split(".", 1)[1] for p in faults.points() if p.split(".", 1)[0] == self.op]
        return [f"{self.op}.{s}" for s in (self.steps or declared)]


# -- building vaults ---------------------------------------------------------------------------

class _Env:
    """``HOME``/``VAULT_IDENTITY_FILE`` of one vault copy, set in this process while in use
    (a forked child inherits them)."""

    def __init__(self, mp: pytest.MonkeyPatch, ctx: Ctx) -> None:
        mp.setenv("HOME", str(ctx.base))
        mp.setenv("XDG_DATA_HOME", str(ctx.base / ".local" / "share"))  # keystore in the copy
        mp.setenv("XDG_CONFIG_HOME", str(ctx.base / ".config"))
        mp.setenv("VAULT_IDENTITY_FILE", str(ctx.identity))
        mp.setenv("VAULT_DIR", str(ctx.root))
        mp.delenv("VAULT_PASSPHRASE", raising=False)
        mp.delenv(faults.FAULT_ENV, raising=False)


def _open(ctx: Ctx) -> Vault:
    vault = open_vault(ctx.root)
    vault.custody()
    return vault


def _new_vault(ctx: Ctx) -> Vault:
    vault = Vault.init(ctx.root, "Crash study")
    keys.init_custodian(vault, store="file", identity_file=ctx.identity,
                        passphrase=lambda _p: None)  # type: ignore[arg-type, return-value]
    ctx.out.mkdir()
    return vault


def _present(vault: Vault, data_class: str) -> list[str]:
    return [r[0] for r in vault.db.execute(
        "SELECT id FROM items WHERE data_class = ? AND state = 'present' ORDER BY created, id",
        (data_class,))]


# ingest: one recording, its source removed after the commit

def _build_ingest(ctx: Ctx) -> None:
    vault = _new_vault(ctx)
    ctx.data["code"] = add_participant(vault, "Ingrid Sample")
    (ctx.base / "src").mkdir()
    write_wav(ctx.base / "src" / "interview.wav", seconds=12.0, seed=5)
    data = (ctx.base / "src" / "interview.wav").read_bytes()
    ctx.data["digest"] = hashlib.sha256(data).hexdigest()
    ctx.data["needles"] = [data[n:n + 48].hex() for n in (4_000, 90_000, 180_000)]
    vault.close()


def _run_ingest(vault: Vault, ctx: Ctx) -> None:
    ingest_files(vault, [ctx.base / "src" / "interview.wav"], data_class="audio",
                 participant_code=ctx.data["code"], interview=1, remove_source=True).check()


def _finish_ingest(vault: Vault, ctx: Ctx) -> None:
    source = ctx.base / "src" / "interview.wav"
    if not _present(vault, "audio"):
        assert _sha(source) == ctx.data["digest"], "the source changed before its commit"
        _run_ingest(vault, ctx)
    # killed between the commit and the source's removal: the source is kept, unchanged; a
    # rerun reports it as a duplicate, and the steward deletes it
    if source.exists():
        assert _sha(source) == ctx.data["digest"]
        source.unlink()




# datasets: the sample study's questionnaire, imported, removed, released

def _build_study(ctx: Ctx) -> None:
    from vault.sample import generate_study

    vault = _new_vault(ctx)
    study = generate_study(ctx.base / "study", seed=11, participants=3, audio_seconds=0.1)
    import_register(vault, study.register.read_bytes())
    ctx.data["export"] = str(study.questionnaire.relative_to(ctx.base))
    with study.register.open(encoding="utf-8", newline="") as fh:
        ctx.data["needles"] = [row[k].encode().hex() for row in csv.DictReader(fh)
                               for k in ("name", "email") if row.get(k)]
    write_schema(ctx.base)
    vault.close()


def _import(vault: Vault, ctx: Ctx) -> str:
    return import_dataset(vault, (ctx.base / ctx.data["export"]).read_bytes(),
                          name="questionnaire", schema_path=ctx.base / "mentoring.toml",
                          source="questionnaire.csv", anonymiser=anonymiser()).id


def _run_import(vault: Vault, ctx: Ctx) -> None:
    _import(vault, ctx)


def _finish_import(vault: Vault, ctx: Ctx) -> None:
    if not _present(vault, "dataset"):
        _import(vault, ctx)




def _build_dataset(ctx: Ctx) -> None:
    _build_study(ctx)
    with _opened(ctx) as vault:
        ctx.data["dataset"] = _import(vault, ctx)


def _run_remove(vault: Vault, ctx: Ctx) -> None:
    remove_dataset(vault, ctx.data["dataset"], reason="crash test")


def _finish_remove(vault: Vault, ctx: Ctx) -> None:
    if _present(vault, "dataset"):
        _run_remove(vault, ctx)


def _run_release(vault: Vault, ctx: Ctx) -> None:
    create_release(vault, "wave-1", dataset_ids=[ctx.data["dataset"]], out_dir=ctx.out)


def _finish_release(vault: Vault, ctx: Ctx) -> None:
    if not (ctx.out / "wave-1").exists():
        _run_release(vault, ctx)


def _release_facts(vault: Vault) -> dict[str, Any]:
    created = [e for e in vault.audit.entries() if e.action == "release.create"]
    return {"release.create": len(created)}


# transcripts: two of one participant redacted, then one redone; review of what awaits it

def _build_transcripts(ctx: Ctx) -> None:
    vault = _new_vault(ctx)
    code = add_participant(vault, "Olwen Brackenridge")
    (ctx.base / "src").mkdir()
    raws = []
    for number, (name, data) in enumerate(
            [("one.txt", TRANSCRIPT.encode()), ("two.docx", docx_of(TRANSCRIPT.splitlines()))],
            start=1):
        (ctx.base / "src" / name).write_bytes(data)
        summary = ingest_files(vault, [ctx.base / "src" / name], data_class="transcript_raw",
                               participant_code=code, interview=number)
        summary.check()
        raws.append(summary.ingested[0].id)
    ctx.data["raws"] = raws
    ctx.data["needles"] = [w.encode().hex() for w in ("Olwen", "Applethwaite", "Harlow Dynamics",
                                                      "Kestrel Partners")]
    vault.close()


def _review_engine() -> Any:
    from vault.anonymise.engine import Anonymiser
    from vault.anonymise.redaction_policy import default_redaction_policy

    return _cached("review-engine", lambda: Anonymiser(default_redaction_policy()))


def _run_anonymise(vault: Vault, ctx: Ctx) -> None:
    anonymise_items(vault, None, anonymiser=_review_engine()).check()
    anonymise_items(vault, [ctx.data["raws"][0]], anonymiser=_review_engine(),
                    rerun=True).check()


def _redone(vault: Vault, raw: str) -> bool:
    return vault.db.execute("SELECT 1 FROM items WHERE parent_id = ? AND state = 'destroyed'",
                            (raw,)).fetchone() is not None


def _finish_anonymise(vault: Vault, ctx: Ctx) -> None:
    anonymise_items(vault, None, anonymiser=_review_engine()).check()
    if not _redone(vault, ctx.data["raws"][0]):
        anonymise_items(vault, [ctx.data["raws"][0]], anonymiser=_review_engine(),
                        rerun=True).check()




def _build_review(ctx: Ctx) -> None:
    _build_transcripts(ctx)
    with _opened(ctx) as vault:
        done = anonymise_items(vault, None, anonymiser=_review_engine())
        assert not done.failed and done.review == 4
        # the policy changed since: the reviewed pairs get keys of a new period (key-created)
        write_policy(vault, transcript_redacted=("P4Y", "final_report"),
                     redaction_log=("P4Y", "final_report"))


def _run_review(vault: Vault, _ctx: Ctx) -> None:
    decide_all(vault, Decision.ACCEPT)


def _finish_review(vault: Vault, _ctx: Ctx) -> None:
    if pending_spans(vault):
        decide_all(vault, Decision.ACCEPT)


def _review_facts(vault: Vault) -> dict[str, Any]:
    return {"pending": len(pending_spans(vault))}


# the study's deny list changes (redaction-terms); the stale transcripts are re-redacted

def _build_redacted(ctx: Ctx) -> None:
    _build_transcripts(ctx)
    with _opened(ctx) as vault:
        done = anonymise_items(vault, None, anonymiser=_review_engine())
        assert not done.failed and done.review == 4
        # one decision each side, to be replayed by the re-redaction
        spans = pending_spans(vault)
        apply_decisions(vault, {(spans[0].transcript, spans[0].span_id): Decision.ACCEPT,
                                (spans[1].transcript, spans[1].span_id): Decision.REJECT})


def _run_terms(vault: Vault, _ctx: Ctx) -> None:
    add_to_deny_list(vault, "PERSON", ["Olwen", "Kestrel Partners"])


def _finish_terms(vault: Vault, ctx: Ctx) -> None:
    if terms_revision(vault) == 0:
        _run_terms(vault, ctx)


def _terms_facts(vault: Vault) -> dict[str, Any]:
    return {"revision": terms_revision(vault), "stale": len(stale_transcripts(vault))}


def _build_stale(ctx: Ctx) -> None:
    _build_redacted(ctx)
    with _opened(ctx) as vault:
        _run_terms(vault, ctx)


def _run_stale(vault: Vault, _ctx: Ctx) -> None:
    anonymise_stale(vault, anonymiser=_stale_engine(vault)).check()


def _stale_engine(vault: Vault) -> Any:
    from vault.anonymise.engine import Anonymiser
    from vault.anonymise.stored_transcripts import load_vault_policy

    return Anonymiser(load_vault_policy(vault))


def _stale_facts(vault: Vault) -> dict[str, Any]:
    return {"stale": len(stale_transcripts(vault)), "pending": len(pending_spans(vault))}


# audio: one recording redacted again after its transcript's log changed (supersedes the old
# pair; keys of a new period); decrypted, analysis and redacted audio exist only in files with
# no name, so no kill leaves plaintext audio anywhere — in the vault, a temp directory, beside

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import _audio_corpus as audio_corpus

AUDIO_LINES = [
    ("Interviewer", "thank you for coming in can you tell me about your first year"),
    ("Participant", "my name is {Priya Okafor} and I trained at {Wansbeck} in {Hexham}"),
    ("Interviewer", "who did you go to for support"),
]


def _aligner() -> Any:
    from vault.anonymise.audio.align import Aligner

    return _cached("aligner", Aligner)


def _needles(data: bytes, count: int = 6, size: int = 64) -> list[str]:
    """Hex of ``count`` chunks of ``data`` from its middle, each with varied bytes (never a
    muted stretch of zeros, which any file might hold)."""
    found: list[str] = []
    step = max(size, (len(data) // 2) // (count * 4))
    for start in range(len(data) // 4, len(data) - size, step):
        chunk = data[start:start + size]
        if len(set(chunk)) > size // 2:
            found.append(chunk.hex())
        if len(found) == count:
            break
    assert len(found) == count
    return found


def _build_audio(ctx: Ctx) -> None:
    from vault.anonymise.audio.codec import analysis_copy, open_recording
    from vault.anonymise.audio.in_vault import redact_vault_audio

    skip_unless_present(audio_corpus.espeak_missing())
    vault = _new_vault(ctx)
    import_register(vault, b"name,code,aliases\nPriya Okafor,PA,\n")
    interview = audio_corpus.scripted_interview(AUDIO_LINES, seed=31)
    src = ctx.base / "src"
    src.mkdir()
    (src / "interview.wav").write_bytes(interview.wav_bytes())
    (src / "interview.txt").write_bytes(interview.transcript("txt")[0])
    analysis = analysis_copy(src / "interview.wav", open_recording(src / "interview.wav"))
    needles = _needles((src / "interview.wav").read_bytes()) + _needles(analysis.tobytes())
    del analysis
    for name, data_class in (("interview.wav", "audio"), ("interview.txt", "transcript_raw")):
        ingest_files(vault, [src / name], data_class=data_class, participant_code="PA",
                     interview=1, remove_source=True).check()
    anonymise_items(vault, None, anonymiser=_review_engine()).check()
    first = redact_vault_audio(vault, aligner=_aligner())
    assert len(first.done) == 1, first
    # the redacted recording: what a kill must not leave either (the rerun writes the same)
    needles += _needles(objects.read_object(vault, first.done[0].redacted_id))
    ctx.data["needles"] = needles
    # the transcript redone (a new log: the recording is stale), and a new retention period
    # for redacted audio (its next store creates class keys)
    raw = _present(vault, "transcript_raw")[0]
    anonymise_items(vault, [raw], anonymiser=_review_engine(), rerun=True).check()
    write_policy(vault, audio_redacted=("P4M", "final_report"),
                 audio_redaction_report=("P4M", "final_report"))
    vault.close()


def _scratch_here() -> None:
    """In the child: temp and runtime directories inside the vault copy's base (``HOME``), so
    that a named scratch file would be found by the checks."""
    import tempfile

    scratch = Path(os.environ["HOME"]) / "scratch"
    scratch.mkdir(exist_ok=True)
    os.environ["TMPDIR"] = os.environ["XDG_RUNTIME_DIR"] = str(scratch)
    tempfile.tempdir = None


def _run_audio(vault: Vault, _ctx: Ctx) -> None:
    from vault.anonymise.audio.in_vault import redact_vault_audio

    redact_vault_audio(vault, aligner=_aligner()).check()


def _no_plaintext_audio(ctx: Ctx) -> None:
    """No file under the copy's base — vault, sources, outputs, the child's temp and runtime
    directories — holds a piece of the recording, its analysis copy or its redaction."""
    scratch = ctx.base / "scratch"
    assert not scratch.exists() or list(scratch.iterdir()) == [], "a scratch file survived"
    needles = [bytes.fromhex(n) for n in ctx.data["needles"]]
    for path in _files(ctx.base):
        data = path.read_bytes()
        assert not any(n in data for n in needles), f"plaintext audio in {path}"


def _finish_audio(vault: Vault, ctx: Ctx) -> None:
    _run_audio(vault, ctx)  # redoes the recording unless the killed run committed it
    _no_plaintext_audio(ctx)


def _audio_facts(vault: Vault) -> dict[str, Any]:
    from vault.anonymise.audio.in_vault import redact_vault_audio

    return {"current": len(redact_vault_audio(vault, aligner=_aligner()).current)}


# codes, custodians

def _build_participants(ctx: Ctx) -> None:
    vault = _new_vault(ctx)
    rows = "".join(f"Crash Person{n},,,,GP,\n" for n in range(6))
    import_register(vault, ("name,code,aliases,email,role,consent_date\n" + rows).encode())
    vault.close()


def _run_rotate(vault: Vault, _ctx: Ctx) -> None:
    rotate_codes(vault, "crash test")


def _finish_rotate(vault: Vault, ctx: Ctx) -> None:
    if current_epoch(vault) == 1:
        _run_rotate(vault, ctx)


def _epoch_facts(vault: Vault) -> dict[str, Any]:
    """One epoch in force, complete; every closed one sealed; each code issued once."""
    from vault.codes.epochs import code_scheme, current_codes

    db = vault.db
    codes = current_codes(vault)
    scheme = code_scheme(vault)
    return {"open_epochs": [r[0] for r in db.execute(
                "SELECT epoch FROM code_epochs WHERE closed IS NULL")],
            "unsealed_closed": db.execute("SELECT COUNT(*) FROM code_epochs WHERE closed IS "
                                          "NOT NULL AND sealed IS NULL").fetchone()[0],
            "coded": len(codes), "distinct": len(set(codes.values())),
            "well_formed": all(scheme.matches(c) for c in codes.values()),
            "ledger": dict(Counter(r[0] for r in db.execute("SELECT epoch FROM code_ledger")))}


def _build_custodians(ctx: Ctx) -> None:
    from vault import age

    vault = _new_vault(ctx)
    ctx.data["recipient"] = age.X25519Identity.generate().recipient.to_string()
    ctx.data["fingerprint"] = keys.fingerprint(ctx.data["recipient"])
    vault.close()


def _active_custodian(vault: Vault, fp: str) -> bool:
    return any(c.fingerprint == fp for c in keys.list_custodians(vault))


def _run_add(vault: Vault, ctx: Ctx) -> None:
    add_custodian(vault, ctx.data["recipient"], label="deputy")


def _finish_add(vault: Vault, ctx: Ctx) -> None:
    if not _active_custodian(vault, ctx.data["fingerprint"]):
        _run_add(vault, ctx)


def _build_two_custodians(ctx: Ctx) -> None:
    _build_custodians(ctx)
    with _opened(ctx) as vault:
        _run_add(vault, ctx)


def _run_remove_custodian(vault: Vault, ctx: Ctx) -> None:
    remove_custodian(vault, ctx.data["fingerprint"])


def _finish_remove_custodian(vault: Vault, ctx: Ctx) -> None:
    if _active_custodian(vault, ctx.data["fingerprint"]):
        _run_remove_custodian(vault, ctx)


# retention: a scheduled purge; a withdrawal with --purge

def _ingest_some(vault: Vault, ctx: Ctx, code: str, classes: tuple[str, ...]) -> None:
    """Ingest one small recording or transcript per class given (real objects, real hashes)."""
    src = ctx.base / "src"
    src.mkdir(exist_ok=True)
    for n, cls in enumerate(classes):
        if cls == "audio":
            path = write_wav(src / f"{code}-{n}.wav", seconds=0.1,
                             seed=100 + len(list(src.iterdir())))
        else:
            path = src / f"{code}-{n}.txt"
            path.write_text(f"Interviewer: item {n} of {code}.\n", encoding="utf-8")
        ingest_files(vault, [path], data_class=cls, participant_code=code,
                     interview=n + 1).check()


def _build_purge(ctx: Ctx) -> None:
    vault = _new_vault(ctx)
    write_policy(vault, audio=("P3M", "final_report"), transcript_raw=("P3M", "final_report"))
    set_events(vault, final_report="2025-01-31")
    code = add_participant(vault, "Percy Purged")
    _ingest_some(vault, ctx, code, ("audio", "transcript_raw", "audio", "transcript_raw",
                                    "audio"))
    vault.close()


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def _run_purge(vault: Vault, _ctx: Ctx) -> None:
    result = purge(vault, vault_policy(vault), _today(), batch_size=2)
    assert result.error() is None


def _raw_purge_check(ctx: Ctx) -> None:
    assert consistency_problems(ctx.root) == []


def _build_withdrawal(ctx: Ctx) -> None:
    vault = _new_vault(ctx)
    code = add_participant(vault, "Wanda Withdrawn")
    _ingest_some(vault, ctx, code, ("audio", "audio", "transcript_raw"))
    _ingest_some(vault, ctx, add_participant(vault, "Stella Stays"), ("audio",))
    ctx.data["code"] = code
    vault.close()


def _run_withdraw(vault: Vault, ctx: Ctx) -> None:
    withdraw_participant(vault, ctx.data["code"], purge=True)


def _finish_withdraw(vault: Vault, ctx: Ctx) -> None:
    withdrawn = vault.db.execute("SELECT COUNT(*) FROM participants WHERE state = 'withdrawn'"
                                 ).fetchone()[0]
    present = vault.db.execute(
        "SELECT COUNT(*) FROM items i JOIN participants p ON p.marker = i.participant_marker "
        "WHERE i.state = 'present' AND p.state = 'withdrawn'").fetchone()[0]
    if not withdrawn or present:
        _run_withdraw(vault, ctx)


# export: through a file with no name (O_TMPFILE), or a journaled named temp file

def _build_export(ctx: Ctx) -> None:
    _build_ingest(ctx)
    with _opened(ctx) as vault:
        _run_ingest(vault, ctx)
        ctx.data["item"] = _present(vault, "audio")[0]


def _run_export(vault: Vault, ctx: Ctx) -> None:
    export_item(vault, ctx.data["item"], ctx.out / "x.wav")


def _finish_export(vault: Vault, ctx: Ctx) -> None:
    if not (ctx.out / "x.wav").exists():
        _run_export(vault, ctx)


def _named_temps() -> None:
    inventory._open_unnamed = lambda directory: None  # type: ignore[assignment]


def _raw_export_check(ctx: Ctx) -> None:
    """Before any recovery: beside the output, nothing — or the complete output."""
    found = sorted(p.name for p in ctx.out.iterdir())
    assert found in ([], ["x.wav"]), found
    if found:
        assert _sha(ctx.out / "x.wav") == ctx.data["digest"]


def _raw_named_export_check(ctx: Ctx) -> None:
    found = sorted(p.name for p in ctx.out.iterdir() if not p.name.startswith(".vault-export-"))
    assert found in ([], ["x.wav"]), found


# audit reconcile: a catalog restored from an older backup, a signed tail and junk past it;
# and junk alone (nothing verified to adopt: after the cut, the log no longer runs past the
# catalog, and the next command's recovery records the quarantine)

def _backup_and_restore(ctx: Ctx, then: Callable[[Vault], None]) -> None:
    backup = ctx.base / "catalog-backup.sqlite"
    with _opened(ctx) as vault:
        copy = sqlite3.connect(backup)
        vault.db.backup(copy)
        copy.close()
        then(vault)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{ctx.root / 'catalog.sqlite'}{suffix}").unlink(missing_ok=True)
    shutil.move(backup, ctx.root / "catalog.sqlite")


def _append_junk(ctx: Ctx) -> None:
    with (ctx.root / "audit.log").open("ab") as fh:
        fh.write(b'{"junk":1}\n')
    ctx.data["log"] = (ctx.root / "audit.log").read_bytes().hex()
    ctx.data["objects"] = sorted(os.listdir(ctx.root / "objects"))


def _build_restored(ctx: Ctx) -> None:
    _build_ingest(ctx)
    with _opened(ctx) as vault:  # the class keys exist before the backup
        _ingest_some(vault, ctx, ctx.data["code"], ("audio", "transcript_raw"))
    _backup_and_restore(ctx, lambda vault: _ingest_some(vault, ctx, ctx.data["code"],
                                                        ("transcript_raw", "audio")))
    _append_junk(ctx)


def _build_junk(ctx: Ctx) -> None:
    _build_ingest(ctx)
    with _opened(ctx) as vault:
        _ingest_some(vault, ctx, ctx.data["code"], ("audio",))
    _append_junk(ctx)


def _run_reconcile(vault: Vault, _ctx: Ctx) -> None:
    reconcile(vault)


def _finish_reconcile(vault: Vault, ctx: Ctx) -> None:
    if vault.audit.divergence is not None:
        _run_reconcile(vault, ctx)


def _diverged_reconcile_check(ctx: Ctx) -> None:
    """Killed before the commit: every byte of the log is in audit.log or (once cut) in the
    quarantine, no object file went, and writes are refused until reconcile runs again."""
    original = bytes.fromhex(ctx.data["log"])
    log = (ctx.root / "audit.log").read_bytes()
    quarantine = ctx.root / "audit.quarantine"
    kept = b"".join(p.read_bytes() for p in sorted(quarantine.iterdir())) \
        if quarantine.is_dir() else b""
    assert log == original or log + kept == original
    assert sorted(os.listdir(ctx.root / "objects")) == ctx.data["objects"]
    with _opened(ctx) as vault:
        assert vault.audit.divergence is not None
        with pytest.raises(AuditError):
            set_events(vault, final_report="2025-01-31")


def _reconcile_facts(vault: Vault) -> dict[str, Any]:
    quarantine = vault.root / "audit.quarantine"
    return {"reconciled": [(e.details.get("quarantine"), e.details.get("quarantined_bytes"),
                            e.details.get("recatalogued"))
                           for e in vault.audit.entries() if e.action == "audit.reconcile"],
            "quarantine": sorted(os.listdir(quarantine)) if quarantine.is_dir() else []}


# keystore backups: `vault keys backup` into the rotated set; `vault keys restore` of a lost one

def _build_backups(ctx: Ctx) -> None:
    vault = _new_vault(ctx)
    _ingest_some(vault, ctx, add_participant(vault, "Bea Backup"), ("audio",))
    backup_keystore(vault)
    vault.close()


def _run_backup(vault: Vault, _ctx: Ctx) -> None:
    backup_keystore(vault)


def _finish_backup(vault: Vault, ctx: Ctx) -> None:
    if len(list_backups(vault)) < 2:
        _run_backup(vault, ctx)


def _backup_facts(vault: Vault) -> dict[str, Any]:
    return {"backups": len(list_backups(vault)),
            "keystore": sorted(vault.keystore.ids()) == sorted(
                r[0] for r in vault.db.execute("SELECT id FROM keys WHERE state = 'active'"))}


def _build_lost_keystore(ctx: Ctx) -> None:
    _build_backups(ctx)
    with _opened(ctx) as vault:
        ctx.data["backup"] = str(list_backups(vault)[-1].path)
        lost = vault.keystore_dir
    for suffix in ("", "-wal", "-shm"):
        (lost / f"{KEYSTORE_FILE}{suffix}").unlink(missing_ok=True)


def _run_restore(vault: Vault, ctx: Ctx) -> None:
    restore_keystore(vault, Path(ctx.data["backup"]))


def _finish_restore(vault: Vault, ctx: Ctx) -> None:
    if not (vault.keystore_dir / KEYSTORE_FILE).exists():
        _run_restore(vault, ctx)


def _build_register_due(ctx: Ctx) -> None:
    vault = _new_vault(ctx)
    _ingest_some(vault, ctx, add_participant(vault, "Rhoda Register"), ("transcript_raw",))
    rotate_codes(vault)
    backup_keystore(vault)
    set_events(vault, final_report=(_today() - dt.timedelta(days=3 * 366 + 10)).isoformat())
    vault.close()


def _register_facts(vault: Vault) -> dict[str, Any]:
    dead = {r[0] for r in vault.db.execute("SELECT id FROM keys WHERE state = 'destroyed'")}
    return {"register": vault.db.execute("SELECT COUNT(*) FROM participant_register"
                                         ).fetchone()[0],
            "sealed": vault.db.execute("SELECT COUNT(*) FROM code_epochs WHERE sealed IS NOT "
                                       "NULL").fetchone()[0],
            "shredded": not dead & vault.keystore.ids()}


def _build_removed(ctx: Ctx) -> None:
    _build_two_custodians(ctx)
    with _opened(ctx) as vault:
        code = add_participant(vault, "Rees Reencrypt")
        _ingest_some(vault, ctx, code, ("audio", "transcript_raw", "audio"))
        rotate_codes(vault)
        remove_custodian(vault, ctx.data["fingerprint"])


def _run_reencrypt(vault: Vault, _ctx: Ctx) -> None:
    reencrypt(vault)


SCENARIOS: dict[str, Scenario] = {s.name: s for s in [
    Scenario("ingest", "ingest", _build_ingest, _run_ingest, _finish_ingest),
    Scenario("dataset-import", "dataset-import", _build_study, _run_import, _finish_import),
    Scenario("dataset-remove", "dataset-remove", _build_dataset, _run_remove, _finish_remove),
    Scenario("release", "release", _build_dataset, _run_release, _finish_release, facts=_release_facts),
    Scenario("anonymise", "anonymise", _build_transcripts, _run_anonymise, _finish_anonymise,
             extra=(("journaled", 3), ("committed", 3))),
    Scenario("review", "review", _build_review, _run_review, _finish_review,
             extra=(("committed", 2),), facts=_review_facts),
    Scenario("redaction-terms", "redaction-terms", _build_redacted, _run_terms, _finish_terms,
             facts=_terms_facts),
    Scenario("anonymise-stale", "anonymise", _build_stale, _run_stale, _run_stale,
             steps=("journaled", "encrypting", "encrypted", "confirmed", "published",
                    "committed", "superseded"),
             extra=(("committed", 2),), facts=_stale_facts),


    Scenario("anonymise-audio", "anonymise-audio", _build_audio, _run_audio, _finish_audio,
             child_setup=_scratch_here, raw_check=_no_plaintext_audio, facts=_audio_facts),
    Scenario("rotate", "rotate", _build_participants, _run_rotate, _finish_rotate,
             facts=_epoch_facts),
    Scenario("custodian-add", "custodian-add", _build_custodians, _run_add, _finish_add),
    Scenario("custodian-remove", "custodian-remove", _build_two_custodians,
             _run_remove_custodian, _finish_remove_custodian),
    Scenario("purge", "purge", _build_purge, _run_purge, _run_purge,
             extra=(("object-removed", 3), ("tombstoned", 2)), raw_check=_raw_purge_check),
    Scenario("withdraw", "withdraw", _build_withdrawal, _run_withdraw, _finish_withdraw,
             raw_check=_raw_purge_check),
    Scenario("keys-backup", "keys-backup", _build_backups, _run_backup, _finish_backup,
             facts=_backup_facts),
    Scenario("keys-restore", "keys-restore", _build_lost_keystore, _run_restore,
             _finish_restore, facts=_backup_facts, check_before_finish=False),
    Scenario("register-destroy", "register-destroy", _build_register_due, _run_purge,
             _run_purge, facts=_register_facts),
    Scenario("reencrypt", "reencrypt", _build_removed, _run_reencrypt, _run_reencrypt,
             extra=(("replaced", 2),), facts=_register_facts),
    Scenario("export", "export", _build_export, _run_export, _finish_export,
             steps=("decrypted", "audited", "linked"), raw_check=_raw_export_check),
    Scenario("export-named", "export", _build_export, _run_export, _finish_export,
             steps=("journaled", "decrypted", "audited", "linked"),
             child_setup=_named_temps, raw_check=_raw_named_export_check),
    Scenario("audit-reconcile", "audit-reconcile", _build_restored, _run_reconcile,
             _finish_reconcile, facts=_reconcile_facts,
             diverged_check=_diverged_reconcile_check),
    Scenario("audit-reconcile-junk", "audit-reconcile", _build_junk, _run_reconcile,
             _finish_reconcile, facts=_reconcile_facts,
             diverged_check=_diverged_reconcile_check),
]}


# -- the machinery -----------------------------------------------------------------------------

_CACHE: dict[str, Any] = {}


def _cached(key: str, make: Callable[[], Any]) -> Any:
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _opened:
    """``with _opened(ctx) as vault``: the vault opened (recovered), custody unlocked."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx

    def __enter__(self) -> Vault:
        self.vault = _open(self.ctx)
        return self.vault

    def __exit__(self, *exc: object) -> None:
        self.vault.close()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], tuple[Ctx, Any]]:
    """``prepared(name)``: the scenario's template (built once per worker) and the state an
    uninterrupted run leaves."""

    def make(name: str) -> tuple[Ctx, Any]:
        scenario = SCENARIOS[name]
        key = scenario.build.__name__
        with pytest.MonkeyPatch.context() as mp:
            if key not in _CACHE:
                template = Ctx(tmp_path_factory.mktemp(key), {})
                _Env(mp, template)
                scenario.build(template)
                _CACHE[key] = template
            template = _CACHE[key]
            if f"ref:{name}" not in _CACHE:
                ref = _copy(template, tmp_path_factory.mktemp(f"ref-{name}"))
                _Env(mp, ref)
                with _opened(ref) as vault:
                    scenario.run(vault, ref)
                with _opened(ref) as vault:
                    scenario.finish(vault, ref)
                _CACHE[f"ref:{name}"] = _state(ref, scenario)
        return template, _CACHE[f"ref:{name}"]

    return make


def _copy(template: Ctx, where: Path) -> Ctx:
    if where.exists():
        shutil.rmtree(where)
    shutil.copytree(template.base, where, symlinks=True)
    return Ctx(where, dict(template.data))


def _kill_at(ctx: Ctx, scenario: Scenario, spec: str) -> None:
    """Fork; the child runs the scenario with ``VAULT_FAULT=spec`` and must die there."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 4
        try:
            os.environ[faults.FAULT_ENV] = spec
            if scenario.child_setup is not None:
                scenario.child_setup()
            vault = _open(ctx)
            scenario.run(vault, ctx)
            code = 3
        except BaseException:  # noqa: BLE001  (reported on stderr; the parent sees exit 4)
            os.write(2, traceback.format_exc().encode())
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFEXITED(status):
        reason = {3: "the point was never reached", 4: "the operation failed (stderr)"}
        raise AssertionError(f"{spec}: {reason.get(os.WEXITSTATUS(status), status)}")
    assert os.WTERMSIG(status) == signal.SIGKILL, status


def _diverged(ctx: Ctx) -> bool:
    with _opened(ctx) as vault:
        return vault.audit.divergence is not None


def _files(root: Path) -> Iterator[Path]:
    return (p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def _check(ctx: Ctx, scenario: Scenario) -> None:
    """Every crash-safety promise, after the next command's recovery."""
    with _opened(ctx) as vault:
        assert vault.open_operations() == []
        leftovers = [str(p.relative_to(ctx.base)) for p in ctx.root.rglob(".tmp-*")]
        leftovers += [str(p.relative_to(ctx.base)) for p in ctx.out.rglob(".*")]
        assert leftovers == [], "temp files survived recovery"
        report = verify_objects(vault)
        assert report.ok, report
        marks = ",".join("?" * len(OBJECT_CLASSES))
        unused = vault.db.execute(
            f"SELECT id FROM keys k WHERE state = 'active' AND data_class IN ({marks}) AND NOT "
            "EXISTS (SELECT 1 FROM items i WHERE i.key_id = k.id)", OBJECT_CLASSES).fetchall()
        assert unused == [], "a class key without any item survived"
        vault.audit.verify()
    # plaintext of the scenario's sources (hex in ctx.data) never in a file of the vault
    needles = [bytes.fromhex(n) for n in ctx.data.get("needles", [])]
    for path in _files(ctx.root):
        data = path.read_bytes()
        leaked = [n for n in needles if n in data]
        assert not leaked, f"plaintext in {path.relative_to(ctx.base)}"


def _state(ctx: Ctx, scenario: Scenario) -> dict[str, Any]:
    """What an interrupted-then-completed run and an uninterrupted one must share."""
    with _opened(ctx) as vault:
        db = vault.db

        def counted(sql: str) -> dict[str, int]:
            return dict(sorted(Counter(":".join(map(str, r)) for r in db.execute(sql)).items()))

        out = ctx.out
        state = {
            "items": counted("SELECT data_class, state FROM items"),
            "keys": counted("SELECT data_class, state FROM keys"),
            "participants": counted("SELECT state FROM participants"),
            "epoch": current_epoch(vault) if db.execute(
                "SELECT COUNT(*) FROM code_epochs").fetchone()[0] else None,
            "custodians": len(keys.list_custodians(vault)),
            "certificates": db.execute("SELECT COUNT(*) FROM certificates").fetchone()[0],
            "outputs": sorted(str(p.relative_to(out)) for p in _files(out)),
            **scenario.facts(vault),
        }
        export = out / "x.wav"
        if export.exists():
            state["export"] = _sha(export)
    return state


def _cases() -> list[Any]:
    cases = []
    for scenario in SCENARIOS.values():
        # one worker builds a template (tests/conftest.py keeps the group on one worker under
        # pytest 9.2, pytest-dev/pytest-xdist#1386); without xdist it is cached per process
        group = pytest.mark.xdist_group(name=f"crash-{scenario.build.__name__}")
        for point in scenario.points():
            cases.append(pytest.param(scenario.name, point, marks=group,
                                      id=f"{scenario.name}:{point}"))
        for step, n in scenario.extra:
            spec = f"{scenario.op}.{step}:{n}"
            cases.append(pytest.param(scenario.name, spec, marks=group,
                                      id=f"{scenario.name}:{spec}"))
    return cases


def test_every_registered_point_has_a_scenario() -> None:
    covered = {p for s in SCENARIOS.values() for p in s.points()}
    assert covered == set(faults.points())
    for scenario in SCENARIOS.values():  # a scenario names only points that exist
        assert set(scenario.points()) <= set(faults.points()), scenario.name


@pytest.mark.parametrize(("name", "spec"), _cases())
def test_kill_at_point(name: str, spec: str, prepared: Callable[[str], tuple[Ctx, Any]],
                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scenario = SCENARIOS[name]
    template, reference = prepared(name)
    ctx = _copy(template, tmp_path / "copy")
    _Env(monkeypatch, ctx)
    _kill_at(ctx, scenario, spec)
    if scenario.raw_check is not None:
        scenario.raw_check(ctx)
    if scenario.diverged_check is not None and _diverged(ctx):
        scenario.diverged_check(ctx)
    elif scenario.check_before_finish:
        _check(ctx, scenario)
    with _opened(ctx) as vault:
        scenario.finish(vault, ctx)
    _check(ctx, scenario)
    assert _state(ctx, scenario) == reference


# -- races: a reader paused at a point while a destroyer runs ----------------------------------

def _start_paused(ctx: Ctx, spec: str, args: list[str], child_setup: Callable[[], None] | None
                  = None) -> int:
    """Fork a child running ``vault ARGS`` that stops itself at ``spec``; return its pid once
    it has stopped there."""
    from cli import main

    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 4
        try:
            os.environ[faults.FAULT_ENV] = f"{spec}:1:stop"
            if child_setup is not None:
                child_setup()
            main(args, prog_name="vault")
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001  (on stderr; the parent sees exit 4)
            os.write(2, traceback.format_exc().encode())
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), f"{spec} was never reached ({status})"
    return pid


def _resume(pid: int) -> int:
    os.kill(pid, signal.SIGCONT)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status), status
    return os.WEXITSTATUS(status)


@pytest.mark.parametrize("unnamed", [True, False], ids=["o_tmpfile", "named-temp"])
def test_export_paused_before_its_name_while_a_purge_destroys_the_item(
        prepared: Callable[[str], tuple[Ctx, Any]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, unnamed: bool) -> None:
    """`vault export ITEM --out x.wav` decrypts, then `vault retention purge --yes` destroys
    and certifies the item: the export must not write x.wav afterwards (it used to: both
    exited 0, and x.wav appeared after the certificate)."""
    from click.testing import CliRunner

    from cli import main

    template, _ = prepared("export")
    ctx = _copy(template, tmp_path / "copy")
    _Env(monkeypatch, ctx)
    with _opened(ctx) as vault:
        write_policy(vault, audio=("P3M", "final_report"))
        set_events(vault, final_report="2025-01-31")
    item, out = ctx.data["item"], ctx.out / "x.wav"
    pid = _start_paused(ctx, "export.decrypted", ["export", item, "--out", str(out)],
                        None if unnamed else _named_temps)
    try:
        purged = CliRunner().invoke(main, ["--json", "retention", "purge", "--yes"])
    finally:
        exported = _resume(pid)
    if unnamed:  # the export waits for nothing; it rechecks under the lock and refuses
        assert purged.exit_code == 0, purged.output
        assert exported == 10
    else:  # the named-temp export holds the lock throughout: the purge waits for another day
        assert purged.exit_code == 16, purged.output
        assert exported == 0
    with _opened(ctx) as vault:
        state = vault.db.execute("SELECT state, certificate FROM items WHERE id = ?",
                                 (item,)).fetchone()
        exports = [e.outcome for e in vault.audit.entries() if e.action == "export"]
        vault.audit.verify()
    if unnamed:
        assert state["state"] == "destroyed" and state["certificate"]
        assert sorted(p.name for p in ctx.out.iterdir()) == [] and exports == []
    else:
        assert state["state"] == "present" and exports == ["ok"]
        assert sorted(p.name for p in ctx.out.iterdir()) == ["x.wav"]
        assert _sha(out) == ctx.data["digest"]


def test_release_paused_before_writing_while_its_dataset_is_removed(
        prepared: Callable[[str], tuple[Ctx, Any]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A release rendered and validated in memory finds, under the lock, that its dataset was
    destroyed meanwhile: nothing is written."""
    template, _ = prepared("release")
    ctx = _copy(template, tmp_path / "copy")
    _Env(monkeypatch, ctx)
    pid = _start_paused(ctx, "release.validated",
                        ["release", "create", "wave-1", "--dataset", ctx.data["dataset"], "--out-dir",
                         str(ctx.out)])
    try:
        with _opened(ctx) as vault:
            remove_dataset(vault, ctx.data["dataset"], reason="crash test")
    finally:
        released = _resume(pid)
    assert released == 10
    assert sorted(p.name for p in ctx.out.iterdir()) == []
    with _opened(ctx) as vault:
        assert [e for e in vault.audit.entries() if e.action == "release.create"] == []
        assert vault.db.execute("SELECT COUNT(*) FROM released").fetchone()[0] == 0
        vault.audit.verify()
