"""Show false positives and false negatives of one tool (strict matching), with context.

    python bench/errors.py bench/out/pred-jionlp-dense-20261123-6mb.json [--type QQ] [--n 10]

The corpus is found from the prediction file's name (``pred-<tool>-<corpus stem>.json``). All values
are synthetic (leakaid.synth), so printing them is harmless.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import reduce_overlaps  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="列出某个工具的误报与漏报示例（严格匹配）")
    ap.add_argument("pred")
    ap.add_argument("--type", default=None)
    ap.add_argument("--n", type=int, default=8)
    args = ap.parse_args(argv)
    pred_path = Path(args.pred)
    stem = pred_path.stem
    corpus = next(
        pred_path.parent / f"{stem[i:]}.jsonl"
        for i in range(len(stem))
        if (pred_path.parent / f"{stem[i:]}.jsonl").exists()
    )
    preds = json.loads(pred_path.read_text(encoding="utf-8"))["preds"]
    fps: dict[str, list[str]] = {}
    fns: dict[str, list[str]] = {}
    with corpus.open(encoding="utf-8") as fh:
        for line, doc_preds in zip(fh, preds, strict=True):
            doc = json.loads(line)
            text = doc["text"]
            gold = {tuple(g) for g in doc["spans"]}
            pred = set(reduce_overlaps(doc_preds))
            for bucket, spans in ((fps, pred - gold), (fns, gold - pred)):
                for s, e, t in sorted(spans):
                    if args.type in (None, t) and len(bucket.setdefault(t, [])) < args.n:
                        ctx = text[max(0, s - 12) : s] + "⟦" + text[s:e] + "⟧" + text[e : e + 12]
                        bucket[t].append(f"{doc['id']}: {ctx!r}")
    for title, bucket in (("误报 FP", fps), ("漏报 FN", fns)):
        print(f"===== {title}")
        for t, items in sorted(bucket.items()):
            print(f"--- {t}")
            print("\n".join(items))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
