"""Score leakaid on the third probe (tests/probe3/): evasive/messy text and real files.

Text: ``leakaid.scan_text(text, types=<13 structured types>)``, strict match on
(start, end, type); micro, per-type and per-genre P/R/F1; every error listed masked
(first 2 + last 2 characters). Files: ``leakaid.scan_file(path, types=...)`` and the
multiset of (type, LocatedFinding.text) against ``files/manifest.json``.

Usage: python bench/probe3_eval.py [--json]   (always exits 0)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import leakaid

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "tests" / "probe3"
TYPES = ["ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT",
         "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE"]


def mask(s: str) -> str:
    s = s.replace("\r", "\\r").replace("\n", "\\n")
    if len(s) <= 4:
        return "*" * len(s)
    return s[:2] + "*" * (len(s) - 4) + s[-2:]


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def context(text: str, s: int, e: int) -> str:
    left = text[max(0, s - 8):s].replace("\r", "\\r").replace("\n", "\\n")
    right = text[e:e + 6].replace("\r", "\\r").replace("\n", "\\n")
    return f"…{left}[{mask(text[s:e])}]{right}…"


def eval_text(probe: Path = PROBE, name: str = "probe3.jsonl") -> dict:
    docs = [json.loads(x) for x in (probe / name).read_text(encoding="utf-8").splitlines()]
    by_type: dict[str, Counter] = defaultdict(Counter)
    by_genre: dict[str, Counter] = defaultdict(Counter)
    errors = []
    for d in docs:
        gold = {(s, e, t) for s, e, t in d["spans"]}
        pred = {(f.start, f.end, f.type) for f in leakaid.scan_text(d["text"], types=TYPES)}
        for s, e, t in gold | pred:
            kind = "tp" if (s, e, t) in gold and (s, e, t) in pred else ("fn" if (s, e, t) in gold else "fp")
            by_type[t][kind] += 1
            by_genre[d["genre"]][kind] += 1
            if kind != "tp":
                # an FP overlapping a gold span of the same type is a boundary error
                near = [g for g in (gold if kind == "fp" else pred) if g[2] == t and g[0] < e and s < g[1]]
                errors.append({"id": d["id"], "genre": d["genre"], "kind": kind.upper(), "type": t,
                               "value": mask(d["text"][s:e]), "context": context(d["text"], s, e),
                               "boundary": bool(near)})
        for g in by_genre[d["genre"]]:
            by_genre[d["genre"]][g] += 0
    tot = Counter()
    for c in by_type.values():
        tot.update(c)
    return {
        "documents": len(docs),
        "spans": sum(len(d["spans"]) for d in docs),
        "micro": prf(tot["tp"], tot["fp"], tot["fn"]),
        "per_type": {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in sorted(by_type.items())},
        "per_genre": {g: prf(c["tp"], c["fp"], c["fn"]) for g, c in sorted(by_genre.items())},
        "errors": errors,
    }


def eval_files(probe: Path = PROBE) -> dict:
    manifest = json.loads((probe / "files" / "manifest.json").read_text(encoding="utf-8"))
    rows, errors, tot = [], [], Counter()
    for entry in manifest["files"]:
        path = probe / "files" / entry["name"]
        gold = Counter((t, v) for t, v in entry["expected"])
        problem = None
        found: Counter = Counter()
        try:
            for lf in leakaid.scan_file(path, types=TYPES):
                found[(lf.type, lf.text)] += 1
        except Exception as exc:  # noqa: BLE001 - report and go on
            problem = f"{type(exc).__name__}: {getattr(exc, 'message', exc)}"
        tp = sum((gold & found).values())
        fn_items = gold - found
        fp_items = found - gold
        c = prf(tp, sum(fp_items.values()), sum(fn_items.values()))
        tot.update({"tp": tp, "fp": c["fp"], "fn": c["fn"]})
        rows.append({"file": entry["name"], "format": entry["format"], "expected": sum(gold.values()), **c,
                     **({"error": problem} if problem else {})})
        for kind, items in (("FN", fn_items), ("FP", fp_items)):
            for (t, v), n in items.items():
                errors.append({"file": entry["name"], "kind": kind, "type": t, "value": mask(v), "count": n})
    return {"micro": prf(tot["tp"], tot["fp"], tot["fn"]), "per_file": rows, "errors": errors,
            "skipped": manifest.get("skipped", [])}


def print_text(t: dict, label: str) -> None:
    """The text part of a probe's scores: micro, per type, per genre, every error (masked)."""
    print(f"{label} text: {t['documents']} documents, {t['spans']} spans")
    m = t["micro"]
    print(f"  micro  P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  (tp {m['tp']} fp {m['fp']} fn {m['fn']})")
    for title, key in (("per type", "per_type"), ("per genre", "per_genre")):
        print(f"  {title}:")
        for k, c in t[key].items():
            print(f"    {k:16} P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}  tp {c['tp']} fp {c['fp']} fn {c['fn']}")
    print(f"  errors ({len(t['errors'])}):")
    for e in t["errors"]:
        b = " (boundary)" if e["boundary"] else ""
        print(f"    {e['kind']} {e['type']:15} {e['id']:22} {e['context']}{b}")


def text_main(label: str, argv: list[str] | None = None) -> int:
    """Command line of a text-only probe (tests/<label>/<label>.jsonl): the report, or --json."""
    ap = argparse.ArgumentParser(description=f"Score leakaid on {label} (text).")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    t = eval_text(ROOT / "tests" / label, f"{label}.jsonl")
    if args.json:
        print(json.dumps(t, ensure_ascii=False, indent=1))
    else:
        print_text(t, label)
    return 0


def main(argv: list[str] | None = None, probe: Path = PROBE, label: str = "probe3") -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    res = {"text": eval_text(probe, f"{label}.jsonl"), "files": eval_files(probe)}
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print_text(res["text"], label)
    f = res["files"]
    m = f["micro"]
    print(f"\n{label} files: micro P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  (tp {m['tp']} fp {m['fp']} fn {m['fn']})")
    for r in f["per_file"]:
        extra = f"  ERROR {r['error']}" if "error" in r else ""
        print(f"    {r['file']:22} expected {r['expected']:2}  P {r['precision']:.3f} R {r['recall']:.3f}{extra}")
    for s in f["skipped"]:
        print(f"    skipped {s['name']}: {s['reason']}")
    print(f"  errors ({len(f['errors'])}):")
    for e in f["errors"]:
        print(f"    {e['kind']} {e['type']:15} {e['file']:22} {e['value']} ×{e['count']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
