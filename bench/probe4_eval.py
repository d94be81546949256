"""Score leakaid's PERSON / ADDRESS detection on probe 4 (tests/probe4/probe4.jsonl).

    python bench/probe4_eval.py [--json] [--probe PATH]

Uses only the public API ``leakaid.scan_text(text, types=["PERSON", "ADDRESS"])``.  Prints strict
(same start, end and type) and overlap (same type, any shared character) precision / recall / F1, micro,
per type and per genre, then every error with document id, genre, type, the value masked (first character +
stars) and masked context.  Always exits 0: this is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "tests" / "probe4" / "probe4.jsonl"
TYPES = ["PERSON", "ADDRESS"]
CONTEXT = 10


def mask(value: str) -> str:
    return value[:1] + "*" * (len(value) - 1) if value else value


def masked_context(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """Window around [start, end) where every gold or predicted span keeps only its first character."""
    lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    chars = list(text[lo:hi])
    for s, e in [*spans, (start, end)]:
        for k in range(max(s + 1, lo), min(e, hi)):
            chars[k - lo] = "*"
    out = re.sub(r"\d", "#", "".join(chars))
    out = out.replace("\n", "⏎").replace("\t", "⇥")
    return ("…" if lo > 0 else "") + out + ("…" if hi < len(text) else "")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "pred": n_pred, "gold": n_gold}


class Tally:
    def __init__(self) -> None:
        self.n_gold = self.n_pred = 0
        self.strict = 0
        self.ov_gold = self.ov_pred = 0

    def result(self) -> dict:
        return {"strict": prf(self.strict, self.n_pred, self.strict, self.n_gold),
                "overlap": prf(self.ov_pred, self.n_pred, self.ov_gold, self.n_gold)}


def evaluate(docs: list[dict], scan) -> dict:
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)  # (scope, key)
    errors: list[dict] = []
    seconds = 0.0
    for doc in docs:
        text, genre = doc["text"], doc["genre"]
        gold = {(s, e, t) for s, e, t in doc["spans"]}
        t0 = time.perf_counter()
        found = scan(text, types=TYPES)
        seconds += time.perf_counter() - t0
        pred = {(f.start, f.end, f.type) for f in found if f.type in TYPES}
        all_spans = [(s, e) for s, e, _t in gold | pred]
        for s, e, t in gold:
            ov = any(pt == t and overlaps((s, e), (ps, pe)) for ps, pe, pt in pred)
            for key in _keys(genre, t):
                tl = tallies[key]
                tl.n_gold += 1
                tl.strict += (s, e, t) in pred
                tl.ov_gold += ov
            if (s, e, t) not in pred:
                other = [pt for ps, pe, pt in pred if overlaps((s, e), (ps, pe))]
                kind = "boundary" if ov else ("wrong_type" if other else "missed")
                errors.append(_error(doc, "FN", kind, s, e, t, all_spans, pred if ov else None))
        for s, e, t in pred:
            ov = any(gt == t and overlaps((s, e), (gs, ge)) for gs, ge, gt in gold)
            for key in _keys(genre, t):
                tl = tallies[key]
                tl.n_pred += 1
                tl.ov_pred += ov
            if (s, e, t) not in gold:
                other = [gt for gs, ge, gt in gold if overlaps((s, e), (gs, ge))]
                kind = "boundary" if ov else ("wrong_type" if other else "spurious")
                errors.append(_error(doc, "FP", kind, s, e, t, all_spans, None))
    scores: dict = {"micro": tallies[("all", "all")].result(), "per_type": {}, "per_genre": {}, "per_genre_type": {}}
    for (scope, key), tl in sorted(tallies.items()):
        if scope == "type":
            scores["per_type"][key] = tl.result()
        elif scope == "genre":
            scores["per_genre"][key] = tl.result()
        elif scope == "genre_type":
            scores["per_genre_type"][key] = tl.result()
    scores["errors"] = errors
    scores["docs"] = len(docs)
    scores["scan_seconds"] = round(seconds, 3)
    return scores


def _keys(genre: str, typ: str) -> list[tuple[str, str]]:
    return [("all", "all"), ("type", typ), ("genre", genre), ("genre_type", f"{genre}/{typ}")]


def _error(doc: dict, side: str, kind: str, s: int, e: int, t: str, all_spans, pred) -> dict:
    text = doc["text"]
    err = {"id": doc["id"], "genre": doc["genre"], "side": side, "kind": kind, "type": t,
           "span": [s, e], "value": mask(text[s:e]), "len": e - s,
           "context": masked_context(text, s, e, all_spans)}
    if pred is not None:  # boundary miss: show what the detector returned instead
        err["got"] = [[ps, pe] for ps, pe, pt in sorted(pred) if pt == t and overlaps((s, e), (ps, pe))]
    return err


def _row(name: str, res: dict) -> str:
    s, o = res["strict"], res["overlap"]
    return (f"{name:<22} {s['gold']:>5} {s['pred']:>5}  {s['p']:.3f} {s['r']:.3f} {s['f1']:.3f}"
            f"   {o['p']:.3f} {o['r']:.3f} {o['f1']:.3f}")


def report(scores: dict) -> str:
    head = f"{'':<22} {'gold':>5} {'pred':>5}  strict P/R/F1        overlap P/R/F1"
    lines = [f"probe4: {scores['docs']} documents, scan {scores['scan_seconds']} s", head,
             _row("micro", scores["micro"])]
    lines += [_row(k, v) for k, v in scores["per_type"].items()]
    lines.append("-- per genre")
    lines += [_row(k, v) for k, v in scores["per_genre"].items()]
    lines.append("-- per genre and type")
    lines += [_row(k, v) for k, v in scores["per_genre_type"].items()]
    errs = scores["errors"]
    lines.append(f"-- errors ({len(errs)})")
    for err in sorted(errs, key=lambda x: (x["type"], x["side"], x["kind"], x["genre"], x["id"])):
        got = f" got={err['got']}" if err.get("got") else ""
        lines.append(f"{err['side']} {err['kind']:<10} {err['type']:<7} {err['id']:<20} {err['genre']:<11} "
                     f"{err['value']} [{err['span'][0]}:{err['span'][1]}]{got}  | {err['context']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    ap.add_argument("--probe", type=Path, default=PROBE)
    args = ap.parse_args(argv)
    import leakaid

    docs = [json.loads(line) for line in args.probe.read_text(encoding="utf-8").splitlines() if line.strip()]
    scores = evaluate(docs, leakaid.scan_text)
    if args.json:
        print(json.dumps(scores, ensure_ascii=False, indent=1))
    else:
        print(report(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
