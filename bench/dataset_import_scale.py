"""Scale benchmark: `vault dataset import` of a 1,000,000-row, 20-column SurveyMonkey export.

Generates a fictional SurveyMonkey export (BOM, two header rows, 9 metadata columns, job role,
years in role with one "about 6"-style answer, mentor training, organiser, year, four
checkbox options, mentees, region: 20 columns), drafts its schema with `vault dataset schema
draft` and sets the years column to null what does not fit, creates a vault with a custodian
and a register of 50 participants (their e-mails on the first rows), then measures, each in
its own subprocess so peak RSS is exact (``getrusage(RUSAGE_CHILDREN)`` of a one-child wrapper):

* ``vault dataset import EXPORT --schema S --suppress`` (the CLI: header parsing, pyarrow's
  streaming CSV reader, columnar anonymisation, k-anonymity, Parquet, age encryption, catalog),
* the baseline: ``pyarrow.csv.read_csv`` of the same file (the whole file into memory, no
  anonymisation, nothing written) — the cost of merely reading it with pyarrow.

Targets: vault wall < 60 s and peak RSS < 1 GiB on the 2-core development machine. The export
has no free-text column: redaction throughput is measured by ``bench/anonymise_throughput.py``.

Run on demand (not part of the tests)::

    .venv/bin/python bench/dataset_import_scale.py                 # 1,000,000 rows
    .venv/bin/python bench/dataset_import_scale.py --rows 100000 --keep /tmp/bench-import
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _measure import measured

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parent.parent
GIB = 1024 ** 3
PARTICIPANTS = 50


def baseline_run(file: Path) -> int:
    """pyarrow's plain read_csv of the whole export (after its two header rows)."""
    import pyarrow.csv as pacsv

    table = pacsv.read_csv(file, read_options=pacsv.ReadOptions(skip_rows=2,
                                                                autogenerate_column_names=True))
    return 0 if table.num_rows else 1


def setup(work: Path, rows: int, env: dict[str, str]) -> tuple[Path, Path]:
    """The export, its reviewed schema, and a vault with a register."""
    from vault import keys
    from vault.participants import import_register
    from vault.store import Vault
    from vault.surveys.synthetic import write_surveymonkey

    export = work / f"export-{rows}.csv"
    emails = [f"participant{i}@example.org" for i in range(PARTICIPANTS)]
    if not export.exists():
        t = time.perf_counter()
        write_surveymonkey(export, rows=rows, emails=emails, others=False, comments=False)
        print(f"generated {rows:,} rows, {export.stat().st_size / 1e6:.0f} MB in "
              f"{time.perf_counter() - t:.1f}s")
    schema = work / "bench.toml"
    draft = subprocess.run([sys.executable, "-c", "from cli import main; main()", "dataset",
                            "schema", "draft", str(export), "--from", "surveymonkey",
                            "--name", "bench"], check=True, capture_output=True, text=True,
                           env=env).stdout
    # the steward's review: the years column nulls what does not fit (counted)
    draft = draft.replace('role = "quasi_identifier"\nnullable = true\n[columns.generalise]\n'
                          'bands = 5', 'role = "quasi_identifier"\nnullable = true\n'
                          'on_invalid = "null"\n[columns.generalise]\nbands = 5')
    schema.write_text(draft)
    vault_dir = work / "vault"
    if vault_dir.exists():
        shutil.rmtree(vault_dir)
    vault = Vault.init(vault_dir, "Import bench")
    keys.init_custodian(vault, store="file", identity_file=Path(env["VAULT_IDENTITY_FILE"]),
                        passphrase=lambda _prompt: None)  # type: ignore[arg-type, return-value]
    vault.close()
    vault = Vault.open(vault_dir)
    vault.custody()
    register = "name,aliases,email,role,consent_date\n" + "".join(
        f"Participant {i},,{e},GP,2026-01-01\n" for i, e in enumerate(emails))
    import_register(vault, register.encode())
    vault.close()
    return export, schema


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, help="work directory to keep (default: a temp dir)")
    ap.add_argument("--baseline-run", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.baseline_run:
        return baseline_run(args.baseline_run)

    work = args.keep or Path(tempfile.mkdtemp(prefix="vault-import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    identity = work / "custodian.identity"
    identity.unlink(missing_ok=True)
    env = {**os.environ, "VAULT_IDENTITY_FILE": str(identity), "VAULT_DIR": str(work / "vault"),
           "HOME": str(work)}
    env.pop("VAULT_PASSPHRASE", None)
    os.environ.update({k: env[k] for k in ("VAULT_IDENTITY_FILE", "VAULT_DIR", "HOME")})
    try:
        export, schema = setup(work, args.rows, env)
        vault_cmd = [sys.executable, "-c", "from cli import main; main()", "dataset", "import",
                     str(export), "--schema", str(schema), "--suppress"]
        results: dict[str, object] = {"rows": args.rows, "columns": 20,
                                      "vault": measured(vault_cmd, env),
                                      "baseline": measured([sys.executable, __file__,
                                                            "--baseline-run", str(export)], env)}
        listed = subprocess.run([sys.executable, "-c", "from cli import main; main()", "dataset",
                                 "list", "--json"], capture_output=True, text=True, env=env,
                                check=False)
        stored = json.loads(listed.stdout or "[]")
        results["stored_rows"] = stored[0]["rows"] if stored else None
        for name in ("vault", "baseline"):
            r = results[name]
            assert isinstance(r, dict)
            print(f"{name:9s} wall {r['wall_s']:8.1f} s   peak RSS "
                  f"{r['peak_rss'] / GIB:6.2f} GiB   exit {r['rc']}")
        v, b = results["vault"], results["baseline"]
        assert isinstance(v, dict) and isinstance(b, dict)
        print(f"stored {results['stored_rows']} of {args.rows:,} rows")
        print(f"target wall < 60 s: {'met' if v['wall_s'] < 60 else 'MISSED'}; "
              f"target RSS < 1 GiB: {'met' if v['peak_rss'] < GIB else 'MISSED'}; "
              f"vs pyarrow read_csv: {v['wall_s'] / b['wall_s']:.1f}x the time, "
              f"{v['peak_rss'] / b['peak_rss']:.2f}x the peak RSS")
        print(json.dumps(results))
        return 0 if v["rc"] == 0 else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
