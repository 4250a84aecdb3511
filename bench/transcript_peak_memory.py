"""Peak memory of redacting the worst transcript the input caps let through (issue 15).

Builds, in a temp directory, a .docx just under every cap of :mod:`vault.anonymise.limits`
that matters for memory: 999,999 characters in some 22,000 paragraphs of three runs, every
third word a name ("hello there Bev") so that the engine, the redaction log and the rewrite of
the .docx each hold one record per name. Then it measures, each in its own process so the peak
is that command's alone (``getrusage(RUSAGE_CHILDREN)`` of a one-child wrapper):

* ``vault anonymise text WORST.docx --out-dir …`` (outside a vault),
* ``vault ingest transcript`` and ``vault anonymise run --all`` of the same file in a new vault
  with one participant,
* the baseline: ``vault --help`` (interpreter, imports: what every command costs anyway).

Target: every peak under 512 MiB. Wall times are printed for information only (the machine is
shared). Run on demand (not part of the tests)::

    .venv/bin/python bench/transcript_peak_memory.py
    .venv/bin/python bench/transcript_peak_memory.py --paragraphs 2000    # a quick look
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from _measure import docx_with_body, measured

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parent.parent
MIB = 1 << 20
TARGET = 512 * MIB
CLI = [sys.executable, "-c", "from cli import main; main()"]
RUN = b"<w:r><w:t xml:space=\"preserve\">hello there Bev </w:t></w:r>"


def worst_docx(path: Path, paragraphs: int) -> int:
    """The .docx (``paragraphs`` of three runs); returns its characters."""
    docx_with_body(path, b"<w:p>" + RUN * 3 + b"</w:p>", paragraphs)
    return paragraphs * 3 * len("hello there Bev ") + len("Interviewer: hello.")


def setup_vault(work: Path, env: dict[str, str]) -> None:
    from vault import keys
    from vault.participants import import_register
    from vault.store import Vault

    vault = Vault.init(work / "vault", "Peak memory bench")
    keys.init_custodian(vault, store="file", identity_file=Path(env["VAULT_IDENTITY_FILE"]),
                        passphrase=lambda _prompt: None)  # type: ignore[arg-type, return-value]
    vault.close()
    vault = Vault.open(work / "vault")
    vault.custody()
    import_register(vault, b"name,code\nOlwen Brackenridge,PJ 1\n")
    vault.close()


def main() -> int:
    from vault.anonymise import limits

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--paragraphs", type=int, default=(limits.MAX_DOCUMENT_CHARS - 20) // 48)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vault-peak-bench-"))
    env = {**os.environ, "VAULT_IDENTITY_FILE": str(work / "custodian.identity"),
           "VAULT_DIR": str(work / "vault"), "HOME": str(work)}
    env.pop("VAULT_PASSPHRASE", None)
    os.environ.update({k: env[k] for k in ("VAULT_IDENTITY_FILE", "VAULT_DIR", "HOME")})
    try:
        worst = work / "worst.docx"
        chars = worst_docx(worst, args.paragraphs)
        print(f"worst.docx: {chars:,} characters (cap {limits.MAX_DOCUMENT_CHARS:,}), "
              f"{args.paragraphs:,} paragraphs, {worst.stat().st_size / MIB:.1f} MiB")
        setup_vault(work, env)
        results = {
            "baseline (vault --help)": measured([*CLI, "--help"], env),
            "anonymise text": measured([*CLI, "anonymise", "text", str(worst), "--out-dir",
                                        str(work / "out")], env),
            "ingest transcript": measured([*CLI, "ingest", "transcript", str(worst),
                                           "--participant", "PJ 1", "--interview", "1"], env),
            "anonymise run --all": measured([*CLI, "anonymise", "run", "--all"], env),
        }
        ok = True
        for name, r in results.items():
            met = r["peak_rss"] < TARGET
            ok = ok and met and r["rc"] == 0
            print(f"{name:24s} peak RSS {r['peak_rss'] / MIB:6.0f} MiB   wall {r['wall_s']:7.1f} s"
                  f"   exit {r['rc']}   {'' if met else 'OVER 512 MiB'}")
        print(json.dumps({"characters": chars, "paragraphs": args.paragraphs, **results}))
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
