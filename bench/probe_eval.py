"""Score leakaid on the independent, hand-written probe set ``tests/probe/probe.jsonl``.

Public API only (``leakaid.scan_text``). Strict matching: a prediction is a true positive when a gold span has
the same start, end and type. Prints per-type and per-genre precision / recall / F1 and every false positive and
false negative with its document id, genre, type and the value **masked** (raw values are never printed).

    python bench/probe_eval.py [--probe tests/probe/probe.jsonl] [--json] [--min-score S]

Exit code 0 whatever the score: the numbers are a report, not a gate.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROBE = ROOT / "tests" / "probe" / "probe.jsonl"
TYPES = ["ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT", "IP", "QQ",
         "WECHAT", "GPS", "BIRTHDATE"]


def _is_keep_char(c: str) -> bool:
    """Characters that carry the value (digits, letters, CJK numerals), as opposed to separators."""
    return unicodedata.category(c)[0] in "LN"


def mask(value: str, typ: str | None = None) -> str:
    """Mask a value, keeping separators: ``138****5678``, ``110105********002X``, ``z******@163.com``.

    Dates keep only the century (``19**年*月**日``): a birth date is the value itself.
    """
    if typ == "BIRTHDATE":
        seen = 0
        out = []
        for c in value:
            if unicodedata.category(c) == "Nd":
                seen += 1
                out.append(c if seen <= 2 else "*")
            else:
                out.append(c)
        return "".join(out)
    if "@" in value:
        local, _, domain = value.rpartition("@")
        return (local[:1] + "*" * max(len(local) - 1, 1)) + "@" + domain
    pos = [i for i, c in enumerate(value) if _is_keep_char(c)]
    n = len(pos)
    if n >= 15:
        head, tail = 6, 4
    elif n >= 11:
        head, tail = 3, 4
    elif n >= 7:
        head, tail = 2, 2
    else:
        head, tail = 1, 0
    hidden = set(pos[head:n - tail])
    return "".join("*" if i in hidden else c for i, c in enumerate(value))


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(docs: list[dict], min_score: float | None = None) -> dict:
    import leakaid

    counts_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    counts_genre: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    errors: list[dict] = []
    docs_fp_lookalike = 0
    for doc in docs:
        text, genre = doc["text"], doc["genre"]
        gold = {(s, e, t) for s, e, t in doc["spans"]}
        found = leakaid.scan_text(text, types=TYPES, min_score=min_score)
        pred = {(f.start, f.end, f.type) for f in found if f.type in TYPES}
        rules = {(f.start, f.end, f.type): f.rule for f in found}
        for key in pred & gold:
            counts_type[key[2]][0] += 1
            counts_genre[genre][0] += 1
        for kind, keys, other in (("FP", pred - gold, gold), ("FN", gold - pred, pred)):
            for s, e, t in sorted(keys):
                counts_type[t][1 if kind == "FP" else 2] += 1
                counts_genre[genre][1 if kind == "FP" else 2] += 1
                near = sorted((o for o in other if o[0] < e and s < o[1]), key=lambda o: o[0])
                errors.append({
                    "kind": kind, "id": doc["id"], "genre": genre, "type": t, "start": s, "end": e,
                    "value": mask(text[s:e], t),
                    "context": mask_context(text, s, e, gold | pred),
                    "overlaps": [f"{o[2]}[{o[0]}:{o[1]}] {mask(text[o[0]:o[1]], o[2])}" for o in near],
                    "rule": rules.get((s, e, t)),
                })
        if genre == "lookalike" and pred:
            docs_fp_lookalike += 1
    total = [sum(c[i] for c in counts_type.values()) for i in range(3)]
    n_look = sum(1 for d in docs if d["genre"] == "lookalike")
    return {
        "documents": len(docs),
        "gold_spans": sum(len(d["spans"]) for d in docs),
        "micro": prf(*total),
        "per_type": {t: prf(*counts_type[t]) for t in TYPES if t in counts_type},
        "per_genre": {g: prf(*c) for g, c in sorted(counts_genre.items())},
        "lookalike_docs_with_findings": f"{docs_fp_lookalike}/{n_look}",
        "errors": errors,
    }


def mask_context(text: str, start: int, end: int, spans: set[tuple[int, int, str]], width: int = 12) -> str:
    """A few characters of context around ``text[start:end]`` with **every** gold or predicted value in the
    window masked (so no raw value leaks through the context); the value itself is bracketed ⟦…⟧."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    chars = list(text[lo:hi])
    for s, e, t in spans:
        if s < hi and lo < e:
            masked = mask(text[s:e], t)
            for k in range(max(s, lo), min(e, hi)):
                chars[k - lo] = masked[k - s]
    left, mid, right = "".join(chars[:start - lo]), "".join(chars[start - lo:end - lo]), "".join(chars[end - lo:])
    return (left + "⟦" + mid + "⟧" + right).replace("\n", "⏎")


def _table(title: str, rows: dict[str, dict]) -> str:
    out = [f"\n{title:<18} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]
    for name, m in rows.items():
        out.append(f"{name:<18} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} "
                   f"{m['tp']:>5} {m['fp']:>5} {m['fn']:>5}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--probe", type=Path, default=DEFAULT_PROBE)
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--min-score", type=float, default=None)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    docs = [json.loads(line) for line in args.probe.read_text(encoding="utf-8").splitlines() if line.strip()]
    res = evaluate(docs, args.min_score)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    m = res["micro"]
    print(f"probe: {res['documents']} documents, {res['gold_spans']} gold spans (strict: same start, end, type)")
    print(f"micro: P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
          f"(TP {m['tp']}, FP {m['fp']}, FN {m['fn']}); look-alike docs with findings: "
          f"{res['lookalike_docs_with_findings']}")
    print(_table("type", res["per_type"]))
    print(_table("genre", res["per_genre"]))
    print(f"\nerrors ({len(res['errors'])}):")
    for e in sorted(res["errors"], key=lambda e: (e["type"], e["kind"], e["id"])):
        extra = f"  overlaps {'; '.join(e['overlaps'])}" if e["overlaps"] else ""
        rule = f"  rule={e['rule']}" if e["rule"] else ""
        print(f"  {e['kind']} {e['type']:<15} {e['id']:<14} {e['genre']:<9} {e['value']:<26} "
              f"…{e['context']}…{extra}{rule}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
