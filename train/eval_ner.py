"""Validation numbers per corpus (held-out splits of train/corpora.py + synthetic labelled fields).

Run: python train/eval_ner.py [--model PATH] [--rules-only]
Prints entity-level exact-match precision / recall / F1 for PERSON and ADDRESS:
`model` = the packaged tagger alone, `full` = find_person_address (rules + model).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "train"))

import corpora  # noqa: E402
from synth_ner import Synth  # noqa: E402

import leakaid.detect.pii_names as pn  # noqa: E402
from leakaid.detect.pii_names import model as pn_model  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path)
    ap.add_argument("--rules-only", action="store_true")
    ap.add_argument("--show-errors", default="")
    args = ap.parse_args()
    if args.model:
        pn_model._tagger = pn_model.Tagger(args.model)
    _, val = corpora.load()
    syn = Synth(7)
    val += [corpora.Example("fields", t, tuple(s)) for t, s in (syn.line() for _ in range(1000))]
    by = defaultdict(list)
    for e in val:
        by[e.corpus].append(e)
    print(f"{'corpus':8} {'system':6} {'type':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    for corpus, exs in by.items():
        systems = {
            "full": lambda t: [
                (f.start, f.end, f.type) for f in pn.find_person_address(t, use_model=not args.rules_only)
            ]
        }
        if not args.rules_only:
            tg = pn_model.get_tagger()
            systems["model"] = lambda t, tg=tg: [(s, e, k) for s, e, k, _c in tg.spans([t])[0]]
        for sname, fn in systems.items():
            c = defaultdict(lambda: [0, 0, 0])
            t0 = time.time()
            for e in exs:
                gold = set(e.spans)
                pred = set(fn(e.text))
                if corpus == "cluener":  # CLUENER addresses are mostly bare places: score PERSON only
                    gold = {g for g in gold if g[2] == "PERSON"}
                    pred = {p for p in pred if p[2] == "PERSON"}
                for g in gold:
                    c[g[2]][0 if g in pred else 2] += 1
                for p in pred - gold:
                    c[p[2]][1] += 1
                if args.show_errors == f"{corpus}:{sname}" and gold != pred:
                    print(
                        "  ",
                        e.text,
                        "| gold",
                        [e.text[a:b] + k[0] for a, b, k in sorted(gold)],
                        "| pred",
                        [e.text[a:b] + k[0] for a, b, k in sorted(pred)],
                    )
            for typ in ("PERSON", "ADDRESS"):
                tp, fp, fn_ = c[typ]
                if tp + fn_ == 0:
                    continue
                p, r, f = prf(tp, fp, fn_)
                print(f"{corpus:8} {sname:6} {typ:8} {p:6.3f} {r:6.3f} {f:6.3f} {tp + fn_:5d}")
            if corpus == "address":
                tp, fp, fn_ = whole_address(exs, fn)
                p, r, f = prf(tp, fp, fn_)
                print(f"{'addr-whl':8} {sname:6} {'ADDRESS':8} {p:6.3f} {r:6.3f} {f:6.3f} {tp + fn_:5d}")
            _ = t0


def whole_address(exs: list, fn) -> tuple[int, int, int]:  # noqa: ANN001
    """The address corpus read as postal-address strings: the gold span is the whole address (first to last
    ADDRESS piece of the line, as the issue asks: province … room); a prediction is right when one of its
    ADDRESS spans is exactly that. (The corpus itself splits 8-10-1109 or 15号楼1503 into pieces.)"""
    tp = fp = fn_ = 0
    for e in exs:
        pieces = [(s, t) for s, t, k in e.spans if k == "ADDRESS"]
        if not pieces:
            continue
        gold = (min(s for s, _ in pieces), max(t for _, t in pieces))
        pred = [(s, t) for s, t, k in fn(e.text) if k == "ADDRESS"]
        if gold in pred:
            tp += 1
            fp += len(pred) - 1
        else:
            fn_ += 1
            fp += len(pred)
    return tp, fp, fn_


if __name__ == "__main__":
    main()
