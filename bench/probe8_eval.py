"""Score leakaid's PERSON / ADDRESS detection on probe 8 (tests/probe8/): names and addresses in labelled fields
— waybills, forms, text tables, JSON/XML/YAML/SQL, Traditional documents, hard field values, traps — and 11 files
read by ``leakaid.scan_file`` (values compared as sets per file, as the manifest lists each value once).

    python bench/probe8_eval.py [--json]     (always exits 0)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe4_eval import ROOT, evaluate, mask, report  # noqa: E402

PROBE = ROOT / "tests" / "probe8"


def eval_files() -> dict:
    import leakaid

    manifest = json.loads((PROBE / "files" / "manifest.json").read_text(encoding="utf-8"))
    tp = fp = fn = 0
    rows, errors = [], []
    for entry in manifest["files"]:
        gold = {(t, v) for t, v in entry["expected"]}
        found = {(f.type, f.text) for f in leakaid.scan_file(PROBE / "files" / entry["name"], types=["PERSON", "ADDRESS"])}
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
        rows.append({"file": entry["name"], "expected": len(gold), "tp": len(gold & found),
                     "fp": len(found - gold), "fn": len(gold - found)})
        errors += [{"file": entry["name"], "kind": k, "type": t, "value": mask(v)}
                   for k, side in (("FN", gold - found), ("FP", found - gold)) for t, v in sorted(side)]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "files": rows, "errors": errors}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    import leakaid

    docs = [json.loads(x) for x in (PROBE / "probe8.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    text, files = evaluate(docs, leakaid.scan_text), eval_files()
    if args.json:
        print(json.dumps({"text": text, "files": files}, ensure_ascii=False, indent=1))
        return 0
    print(report(text).replace("probe4:", "probe8:", 1))
    print(f"\nprobe8 files: P {files['precision']:.3f}  R {files['recall']:.3f}  F1 {files['f1']:.3f}")
    for row in files["files"]:
        print(f"    {row['file']:24} expected {row['expected']:3}  tp {row['tp']:3} fp {row['fp']:2} fn {row['fn']:2}")
    for e in files["errors"]:
        print(f"    {e['kind']} {e['type']:8} {e['file']:24} {e['value']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
