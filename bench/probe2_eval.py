"""Score leakaid on probe2 (tests/probe2/probe2.jsonl), the second independent probe set.

    python bench/probe2_eval.py [--json] [--probe PATH]

Uses only the public API ``leakaid.scan_text(text, types=[...13 structured types])``.
Matching is strict: a prediction counts only with the same start, end and type as a
label. Prints micro, per-type and per-genre precision / recall / F1 and every false
positive / false negative with its document id, genre, type, the value masked (first 2
and last 2 characters kept) and a short context in which every value is masked too.
Always exits 0: this is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

import leakaid

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROBE = ROOT / "tests" / "probe2" / "probe2.jsonl"
TYPES = ["ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT",
         "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE"]
CONTEXT = 24


def mask(value: str) -> str:
    if len(value) <= 4:
        return "*" * len(value)
    return value[:2] + "*" * (len(value) - 4) + value[-2:]


def masked_context(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    chars = list(text)
    for s, e in sorted(set(spans)):
        if e > lo and s < hi:
            chars[s:e] = list(mask(text[s:e]))  # mask() keeps the length, offsets stay valid
    out = "".join(chars[lo:start]) + "[" + "".join(chars[start:end]) + "]" + "".join(chars[end:hi])
    return out.replace("\n", "⏎").replace("\t", "⇥")


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(docs: list[dict]) -> dict:
    by_type = {t: collections.Counter() for t in TYPES}
    by_genre: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    errors = []
    t0 = time.perf_counter()
    for doc in docs:
        text = doc["text"]
        gold = {(s, e, t) for s, e, t in doc["spans"]}
        by_genre[doc["genre"]]  # every genre gets a row, even without spans or errors
        pred = {(f.start, f.end, f.type) for f in leakaid.scan_text(text, types=TYPES) if f.type in TYPES}
        all_spans = [(s, e) for s, e, _ in gold | pred]
        for kind, items in (("tp", gold & pred), ("fp", pred - gold), ("fn", gold - pred)):
            for s, e, t in sorted(items):
                by_type[t][kind] += 1
                by_genre[doc["genre"]][kind] += 1
                if kind != "tp":
                    overlap = [g for g in (gold if kind == "fp" else pred) if g[0] < e and s < g[1]]
                    errors.append({
                        "kind": kind.upper(), "id": doc["id"], "genre": doc["genre"], "type": t,
                        "value": mask(text[s:e]), "context": masked_context(text, s, e, all_spans),
                        "overlaps": [f"{o[2]}:{mask(text[o[0]:o[1]])}" for o in overlap],
                    })
    seconds = time.perf_counter() - t0
    total = sum(by_type.values(), collections.Counter())
    return {
        "docs": len(docs), "seconds": round(seconds, 3),
        "micro": prf(total["tp"], total["fp"], total["fn"]),
        "per_type": {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in by_type.items()},
        "per_genre": {g: prf(c["tp"], c["fp"], c["fn"]) for g, c in sorted(by_genre.items())},
        "errors": errors,
    }


def row(name: str, m: dict) -> str:
    return (f"{name:<16} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} "
            f"{m['tp']:>5} {m['fp']:>5} {m['fn']:>5}")


def report(res: dict) -> str:
    head = f"{'':<16} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"
    lines = [f"probe2: {res['docs']} documents, scanned in {res['seconds']} s (strict match)", "", head,
             row("MICRO", res["micro"]), "", "per type", head]
    lines += [row(t, m) for t, m in res["per_type"].items()]
    lines += ["", "per genre", head]
    lines += [row(g, m) for g, m in res["per_genre"].items()]
    lines += ["", f"errors ({len(res['errors'])})"]
    for err in res["errors"]:
        ov = f"  overlaps {', '.join(err['overlaps'])}" if err["overlaps"] else ""
        lines.append(f"{err['kind']} {err['id']} [{err['genre']}] {err['type']} {err['value']}{ov}")
        lines.append(f"    …{err['context']}…")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--probe", type=Path, default=DEFAULT_PROBE)
    args = ap.parse_args(argv)
    docs = [json.loads(line) for line in args.probe.read_text(encoding="utf-8").splitlines() if line.strip()]
    res = evaluate(docs)
    print(json.dumps(res, ensure_ascii=False, indent=1) if args.json else report(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
