"""One whole redaction process, timed from the outside by anonymise_throughput.py.

Reads transcripts (a JSONL file of {"text": ...}), loads one system (imports and model load
included: that is the point), redacts every transcript and writes the redacted texts as JSONL.

    python bench/_redact_process.py presidio IN.jsonl OUT.jsonl
    python bench/_redact_process.py vault IN.jsonl OUT.jsonl [--register R.csv] [--n-process 2]

``presidio`` is plain Presidio as issue 14 defines it: ``AnalyzerEngine`` with its default
recognizers on ``en_core_web_sm``, one ``analyze`` call per document, then
``AnonymizerEngine``'s default replace.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("system", choices=("presidio", "vault"))
    ap.add_argument("input", type=Path)
    ap.add_argument("output", type=Path)
    ap.add_argument("--register", type=Path)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    with open(args.input, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]

    if args.system == "presidio":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from _corpus import VanillaPresidio

        presidio = VanillaPresidio.load()
        out = [presidio.anonymizer.anonymize(
            text=text, analyzer_results=presidio.analyzer.analyze(text=text, language="en")).text
            for text in texts]
    else:
        from vault.anonymise.engine import Anonymiser
        from vault.anonymise.register import Register

        register = Register.from_csv(args.register) if args.register else None
        anonymiser = Anonymiser()
        out = [r.text for r in anonymiser.redact_many(texts, register=register,
                                                      n_process=args.n_process,
                                                      batch_size=args.batch_size)]
    with open(args.output, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
