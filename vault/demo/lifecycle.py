"""The sample study's whole life, driven through the real ``vault`` command.

This is what ``make demo`` runs and what the end-to-end test asserts on: a steward's session,
stage by stage, from first recording to final destruction. Each stage runs ``vault`` as a
subprocess (non-interactively: identity file + ``VAULT_PASSPHRASE``, ``--yes`` where a
terminal would ask) and records what it observed, read back from the vault's own ``--json``
output, in :attr:`Lifecycle.facts`.

    life = Lifecycle(Path("/tmp/demo"), echo=print)
    life.run_all()
    life.facts["purge_3m"]["destroyed"]["audio"]   # -> 37

Nothing here prints identifiers: only counts, codes of the current epoch, ids and dates.
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault.sample import generate_study  # same seed, same files: read the layout back

DEMO_PASSPHRASE = "demo passphrase — use a real one"
#: the demo's identity file uses a low scrypt work factor so the many short commands stay quick
DEMO_WORK_FACTOR = 14


class StageFailed(RuntimeError):
    """A ``vault`` command in the lifecycle did not do what the stage expected."""


def vault_executable() -> list[str]:
    """The installed ``vault`` console script next to this Python, else ``python -m cli``."""
    candidate = Path(sys.executable).with_name("vault")
    if candidate.exists():
        return [str(candidate)]
    found = shutil.which("vault")
    return [found] if found else [sys.executable, "-m", "cli"]


class Lifecycle:
    """Runs the stages; ``facts`` collects what each stage observed."""

    def __init__(self, work: Path, *, echo: Callable[[str], None] | None = None,
                 seed: int = 7, participants: int = 12,
                 env: dict[str, str] | None = None) -> None:
        self.work = Path(work)
        self.echo = echo or (lambda _line: None)
        self.seed = seed
        self.participants = participants
        self.sample = self.work / "sample"
        self.vault_dir = self.work / "vault"
        self.identity = self.work / "custodian.identity.age"
        self.releases = self.work / "release"
        self.facts: dict[str, Any] = {}
        #: fault injection: called with (lifecycle, args) before each state-changing command
        # fault injection: called with (lifecycle, args, done) before a state-changing command
        self.chaos: Callable[[Lifecycle, list[str], Callable[[], bool] | None], None] | None = None
        self.stage = "setup"
        self.last_stderr = ""
        self.env = dict(os.environ if env is None else env)
        self.env.update({"VAULT_DIR": str(self.vault_dir), "VAULT_PASSPHRASE": DEMO_PASSPHRASE,
                         "GX_ANALYTICS_ENABLED": "false"})
        self.env.pop("VAULT_IDENTITY_FILE", None)

    # -- running vault ---------------------------------------------------------------------
    def vault(self, *args: str, ok: tuple[int, ...] = (0,), json_out: bool = False) -> Any:
        """Run ``vault ARGS``; returns parsed JSON (``json_out``) or the completed process."""
        cmd = [*vault_executable(), *(["--json"] if json_out else []), *args]
        proc = subprocess.run(cmd, env=self.env, cwd=self.work, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, check=False)
        self.last_stderr = proc.stderr.strip()
        if proc.returncode not in ok:
            raise StageFailed(f"`vault {' '.join(args)}` exited {proc.returncode}: "
                              f"{self.last_stderr.splitlines()[-1] if self.last_stderr else ''}")
        if json_out:
            return json.loads(proc.stdout) if proc.stdout.strip() else None
        return proc

    def act(self, *args: str, done: Callable[[], bool] | None = None,
            ok: tuple[int, ...] = (0,), json_out: bool = False) -> Any:
        """Run a state-changing command; under fault injection, kill it first (see ``chaos``).

        ``done`` tells whether a killed attempt already completed the change (after the next
        command's recovery), in which case the command is not run again and None is returned.
        A command without ``done`` must be idempotent: fault injection may run it to completion
        more than once.
        """
        if self.chaos is not None:
            self.chaos(self, list(args), done)
            if done is not None and done():
                return None
        return self.vault(*args, ok=ok, json_out=json_out)

    def spawn(self, *args: str) -> subprocess.Popen[str]:
        """Start ``vault ARGS`` without waiting (for fault injection)."""
        return subprocess.Popen([*vault_executable(), *args], env=self.env, cwd=self.work,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, text=True)

    def current_codes(self) -> list[str]:
        listed = self.vault("participant", "list", json_out=True)
        return sorted(p["code"] for p in listed)

    def state(self) -> dict[str, Any]:
        """A summary of the vault's state that an interrupted and an uninterrupted run share."""
        items = self.vault("list", json_out=True)
        participants = self.current_codes()
        status = self.vault("codes", "status", json_out=True)
        certificates = self.vault("retention", "certificates", json_out=True)
        return {"items": dict(sorted(Counter(f"{i['data_class']}:{i['state']}"
                                             for i in items).items())),
                "participants": len(participants), "epoch": status.get("epoch"),
                "certificates": len(certificates),
                "releases": sorted(p.name for p in self.releases.iterdir() if p.is_dir())
                if self.releases.exists() else []}

    def say(self, line: str = "") -> None:
        self.echo(line)

    def heading(self, title: str) -> None:
        self.stage = title
        self.say(f"\n== {title} ==")

    # -- stages ----------------------------------------------------------------------------
    def run_all(self) -> dict[str, Any]:
        for stage in self.stages():
            stage()
        return self.facts

    def stages(self) -> list[Callable[[], None]]:
        return [self.setup, self.register, self.ingest, self.verify, self.anonymise,
                self.dataset, self.release_first, self.rotate_and_release, self.retention,
                self.audit]

    def setup(self) -> None:
        self.heading("1. a new vault and its custodian")
        self.work.mkdir(parents=True, exist_ok=True)
        self.vault("sample", str(self.sample), "--seed", str(self.seed),
                   "--participants", str(self.participants))
        # the keystore apart from the vault directory, in the demo's own work directory
        self.vault("init", str(self.vault_dir), "--study", "Mentoring and well-being (sample)",
                   "--keystore", str(self.work / "keystore"))
        info = self.vault("custodian", "init", "--store", "file", "--identity-file",
                          str(self.identity), "--work-factor", str(DEMO_WORK_FACTOR),
                          "--label", "data-steward", json_out=True)
        self.env["VAULT_IDENTITY_FILE"] = str(self.identity)
        self.facts["custodian"] = info["fingerprint"]
        self.say(f"vault {self.vault_dir.name}/ created; custodian {info['fingerprint']} "
                 f"(identity file, scrypt-protected)")

    def register(self) -> None:
        self.heading("2. register the participants")
        self.act("participant", "import", str(self.sample / "register.csv"),
                 done=lambda: bool(self.current_codes()))
        codes = self.current_codes()
        self.facts["codes_epoch1"] = codes
        self.say(f"{len(codes)} participants registered; codes issued by the vault: "
                 f"{' '.join(codes)}")

    def _interviews(self) -> list[dict[str, str]]:
        layout = self.work / ".layout"
        if not layout.exists():
            study = generate_study(layout, seed=self.seed, participants=self.participants,
                                   audio_seconds=0.1)
            rows = [{"code": i.code, "number": str(i.number), "date": i.date.isoformat(),
                     "audio": i.audio.name, "transcript": i.transcript.name}
                    for i in study.interviews]
            shutil.rmtree(layout)
            layout.mkdir(mode=0o700)
            (layout / "interviews.json").write_text(json.dumps(rows))
        return list(json.loads((layout / "interviews.json").read_text()))

    def ingest(self) -> None:
        self.heading("3. ingest every recording and transcript")
        counts: Counter[str] = Counter()
        for row in self._interviews():
            for kind, folder, name in (("audio", "audio", row["audio"]),
                                       ("transcript", "transcripts", row["transcript"])):
                # the same content twice is refused (exit 9): a killed attempt that committed
                self.act("ingest", kind, str(self.sample / folder / name), "--participant",
                         row["code"], "--interview", row["number"], "--recorded", row["date"],
                         ok=(0, 9) if self.chaos else (0,))
                counts[kind] += 1
        self.facts["ingested"] = dict(counts)
        self.say(f"encrypted {counts['audio']} recordings and {counts['transcript']} "
                 "transcripts (study codes from the files map to the vault's codes)")

    def verify(self) -> None:
        self.heading("4. verify custody")
        report = self.vault("verify", json_out=True)
        items = self.vault("list", json_out=True)
        by_class = Counter(i["data_class"] for i in items if i["state"] == "present")
        self.facts["present_after_ingest"] = dict(by_class)
        self.facts["verify"] = report
        self.say(f"every object decrypts and matches its keyed hash: {dict(by_class)}")

    def anonymise(self) -> None:
        self.heading("5. anonymise the transcripts")
        result = self.act("anonymise", "run", "--all", json_out=True) or {}
        self.facts["anonymise"] = result
        counts = result.get("counts", {})
        self.say(f"{len(result.get('items', []))} transcripts redacted; replacements by type: "
                 + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        if result.get("review"):
            self.say(f"{result['review']} low-confidence spans await `vault review`")
        self._resolve_review()

    def _resolve_review(self) -> None:
        """Accept (redact) every span pending review: `vault release` refuses while any wait.

        A steward without a reviewer at hand takes the fail-safe choice; counts only.
        """
        pending = len(self.vault("review", json_out=True) or [])
        if not pending:
            return
        self.act("review", "--accept-all", json_out=True,
                 done=lambda: not self.vault("review", json_out=True))
        self.facts["review_accepted"] = pending
        self.say(f"{pending} pending spans accepted (redacted) with `vault review --accept-all`, "
                 "the fail-safe choice before a release")

    def dataset(self) -> None:
        self.heading("6. import and validate the questionnaire")
        schema = self.vault_dir / "policies" / "datasets" / "mentoring.toml"
        self.act("dataset", "import", str(self.sample / "questionnaire.csv"), "--schema",
                 str(schema), done=lambda: bool(self.vault("dataset", "list", json_out=True)))
        datasets = self.vault("dataset", "list", json_out=True)
        if len(datasets) != 1:
            raise StageFailed(f"expected one dataset, found {len(datasets)}")
        imported = datasets[0]
        self.facts["dataset"] = imported
        report_dir = self.work / "reports" / "questionnaire"
        validation = self.vault("dataset", "validate", imported["id"], "--report",
                                str(report_dir), json_out=True)
        self.facts["validation"] = validation
        self.say(f"dataset {imported['id']}: {imported['rows']} rows, validation "
                 f"{'passed' if validation['success'] else 'FAILED'} "
                 f"({validation['passed']}/{validation['total']} expectations)")
    @staticmethod
    def _plant_email(path: Path) -> None:
        import pyarrow as pa  # lazy: heavy, and only this stage reads Parquet
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        for index, field in reversed(list(enumerate(table.schema))):  # free text comes last
            if field.name == "participant":
                continue
            if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
                values = table.column(index).to_pylist()
                if not values:
                    continue
                values[0] = "contact me at someone@example.org"
                table = table.set_column(index, field, pa.array(values, type=field.type))
                pq.write_table(table, path)
                return
        raise StageFailed("dataset has no string column to plant an identifier in")

    def _release(self, name: str, *extra: str) -> dict[str, Any]:
        self.act("release", "create", name, "--dataset", self.facts["dataset"]["id"], "--transcripts",
                 "all", "--out-dir", str(self.releases), *extra,
                 done=lambda: (self.releases / name / "manifest.json").exists())
        result = json.loads((self.releases / name / "manifest.json").read_text())
        verified = self.vault("release", "verify", str(self.releases / name), json_out=True)
        codes = self._release_codes(self.releases / name)
        rows = self._duckdb_rows(self.releases / name)
        return {"manifest": result, "verified": verified, "codes": sorted(codes),
                "duckdb_rows": rows}

    @staticmethod
    def _duckdb_rows(release: Path) -> int:
        import duckdb  # lazy: heavy, and only this stage queries the release

        files = sorted(release.glob("*.parquet"))
        con = duckdb.connect()
        row = con.execute("SELECT COUNT(*) FROM read_parquet(?)",
                          [[str(f) for f in files]]).fetchone()
        if row is None:
            raise StageFailed(f"DuckDB could not read {release.name}")
        return int(row[0])

    @staticmethod
    def _release_codes(release: Path) -> set[str]:
        manifest = json.loads((release / "manifest.json").read_text())
        return set(manifest.get("participant_codes", []))

    def release_first(self) -> None:
        self.heading("7. release to analysts")
        first = self._release("release-1")
        self.facts["release_1"] = first
        self.say(f"release-1 written and verified ({len(first['verified'].get('files', []))} "
                 f"files); DuckDB reads {first['duckdb_rows']} rows; codes "
                 f"{' '.join(first['codes'][:6])}…")
        # a copy of the released table with an identifier planted must fail, with exit 3
        schema = self.vault_dir / "policies" / "datasets" / "mentoring.toml"
        planted = self.work / "planted.parquet"
        shutil.copyfile(min((self.releases / "release-1").glob("*.parquet")), planted)
        self._plant_email(planted)
        failed = self.vault("validate", str(planted), "--schema", str(schema), "--report",
                            str(self.work / "reports" / "planted"), ok=(3,), json_out=True)
        failing = [r for r in failed["results"] if not r["success"]]
        self.facts["planted_failures"] = failing
        self.say("a copy with a planted e-mail address fails validation (exit 3): "
                 + ", ".join(f"{r['expectation']} on {r.get('column') or 'the table'}"
                             for r in failing))
        planted.unlink()

    def rotate_and_release(self) -> None:
        self.heading("8. rotate participant codes and release again")
        before = self.vault("codes", "status", json_out=True)["epoch"]
        self.act("codes", "rotate", "--reason", "scheduled rotation",
                 done=lambda: self.vault("codes", "status", json_out=True)["epoch"] > before)
        self.facts["codes_epoch2"] = self.current_codes()
        # the same material again under the new epoch would link the epochs: refused, then
        # allowed with a reason (recorded in the manifest)
        refused = self.vault("release", "create", "release-2", "--dataset", self.facts["dataset"]["id"],
                             "--transcripts", "all", "--out-dir", str(self.releases), ok=(3,))
        self.facts["relink_refused"] = refused.returncode == 3
        second = self._release("release-2", "--allow-relink", "--reason",
                               "lifecycle check: the same material under two epochs")
        self.facts["release_2"] = second
        shared = set(self.facts["release_1"]["codes"]) & set(second["codes"])
        self.facts["shared_codes"] = sorted(shared)
        self.say(f"release-2 uses epoch-2 codes {' '.join(second['codes'][:6])}…; "
                 f"codes shared with release-1: {len(shared)}")

    def retention(self) -> None:
        self.heading("9. retention: final report, then destruction on schedule")
        final_report = dt.date.today() - dt.timedelta(days=3 * 366 + 31)
        self.act("event", "set", "final_report", final_report.isoformat())
        three_months = _add_months(final_report, 3)
        three_years = _add_months(final_report, 36)
        plan = self.vault("retention", "plan", "--as-of", three_months.isoformat(),
                          json_out=True)
        self.facts["plan_3m"] = plan
        self.say(f"final_report {final_report}; plan for {three_months}: "
                 f"{_due_summary(plan)}")
        first = self.act("retention", "purge", "--as-of", three_months.isoformat(), "--yes",
                         json_out=True)
        self.facts["purge_3m"] = first
        self._show_certificate(first, three_months)
        register = self.vault("retention", "plan", "--as-of", three_years.isoformat(),
                              json_out=True)["register"]
        self.facts["register_plan_3y"] = register
        verdict = "destroyed by that purge" if register["state"] == "due" else register["state"]
        self.say(f"participant register ({register['rule']}): due {register['due']}; plan for "
                 f"{three_years}: {verdict}")
        second = self.act("retention", "purge", "--as-of", three_years.isoformat(), "--yes",
                          json_out=True)
        self.facts["purge_3y"] = second
        self._show_certificate(second, three_years)
        if second and second.get("register"):
            self.say(f"participant register destroyed: certificate "
                     f"{second['register']['certificate']} (names, e-mails and past codes "
                     "gone; codes still list)")
        items = self.vault("list", json_out=True)
        self.facts["final_items"] = Counter(f"{i['data_class']}:{i['state']}" for i in items)

    def _show_certificate(self, result: dict[str, Any] | None, when: dt.date) -> None:
        result = result or {}
        cert = result.get("certificate") or {}
        text_path = cert.get("text") if isinstance(cert, dict) else None
        counts = ", ".join(f"{n} {cls}" for cls, n in sorted(result.get("counts", {}).items()))
        self.say(f"purge as of {when}: destroyed {counts or 'nothing'}; class keys shredded: "
                 f"{len(result.get('keys_destroyed', []))}")
        if text_path and Path(text_path).exists():
            lines = Path(text_path).read_text().splitlines()
            # the certificate's head and its per-class summary lines (not every item id)
            keep = [line for line in lines[:5] if line.strip()]
            keep += [line for line in lines if line.startswith(("Totals:", "Class "))]
            self.say("  certificate: " + "\n  ".join(keep))

    def audit(self) -> None:
        self.heading("10. the audit trail")
        report = self.vault("audit", "verify", json_out=True)
        self.facts["audit"] = report
        self.say(f"audit log verifies: {report['entries']} entries, head {report['head'][:16]}…"
                 f", signed from entry {report.get('signed_from')}")
        # a signed checkpoint leaves the vault (the steward e-mails it to the DPO); later the
        # log is proved to extend it
        point = self.work / "audit-checkpoint.txt"
        if not point.exists():
            self.vault("audit", "checkpoint", "-o", str(point))
        proved = self.vault("audit", "verify", "--checkpoint", str(point), json_out=True)
        self.say(f"checkpoint of {proved['checkpoint']['size']} entries kept outside the vault; "
                 "the log extends it")


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _due_summary(plan: dict[str, Any]) -> str:
    due = Counter(i.get("class") for i in plan.get("due", []))
    return ", ".join(f"{n} {cls} due" for cls, n in sorted(due.items())) or "nothing due"


def read_register_codes(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [row["code"] for row in csv.DictReader(fh)]
