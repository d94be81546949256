"""PERSON / ADDRESS on leakaid.synth's labelled corpus (an independent generator, per genre).

Run: python train/eval_synth.py [--docs 600] [--seed 11] [--rules-only]
CSV cells are scanned with their header as ``hint``, like the engine does.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from leakaid.detect.pii_names import find_person_address  # noqa: E402
from leakaid.synth import generate_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--rules-only", action="store_true")
    ap.add_argument("--show", default="")
    args = ap.parse_args()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for doc in generate_corpus(args.docs, seed=args.seed):
        genre = getattr(doc, "genre", "?")
        gold = {(s, e, t) for s, e, t in doc.spans if t in ("PERSON", "ADDRESS")}
        pred = {
            (f.start, f.end, f.type) for f in find_person_address(doc.text, use_model=not args.rules_only)
        }
        for key in (genre, "ALL"):
            for typ in ("PERSON", "ADDRESS"):
                g = {x for x in gold if x[2] == typ}
                p = {x for x in pred if x[2] == typ}
                c = counts[(key, typ)]
                c[0] += len(g & p)
                c[1] += len(p - g)
                c[2] += len(g - p)
        if args.show and genre == args.show and gold != pred:
            print("  ", doc.text[:300].replace("\n", "⏎"))
            print("     gold", [doc.text[s:e] + t[0] for s, e, t in sorted(gold)])
            print("     pred", [doc.text[s:e] + t[0] for s, e, t in sorted(pred)])
    print(f"{'genre':12} {'type':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    for (genre, typ), (tp, fp, fn) in sorted(counts.items()):
        if tp + fn == 0 and fp == 0:
            continue
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{genre:12} {typ:8} {p:6.3f} {r:6.3f} {f:6.3f} {tp + fn:5d}")


if __name__ == "__main__":
    main()
