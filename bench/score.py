"""Scoring predictions against gold spans (pure Python, no dependencies; used by run.py).

Rules (same as ../shared/ANCHORS.md):
* predictions are (start, end, TYPE) already mapped to leakaid's types; MOBILE and LANDLINE form
  one "phone" family, every other type is its own family;
* overlapping predictions of one family are reduced to the longest (ties: the first reported);
* matching is one-to-one; *strict* needs identical offsets and type, *overlap* any overlap and
  the same type;
* an unmatched prediction is a false positive of its own type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

Span = tuple[int, int, str]

_FAMILY = {"MOBILE": "PHONE", "LANDLINE": "PHONE"}


def family(typ: str) -> str:
    return _FAMILY.get(typ, typ)


def reduce_overlaps(preds: Iterable[Sequence]) -> list[Span]:
    """Keep, within each type family, the longest of overlapping predictions."""
    by_family: dict[str, list[tuple[int, int, int, str]]] = {}
    for order, (s, e, t) in enumerate(preds):
        if e > s:
            by_family.setdefault(family(t), []).append((s, e, order, t))
    kept: list[Span] = []
    for items in by_family.values():
        # longest first, then earliest reported; greedily keep non-overlapping ones
        items.sort(key=lambda x: (-(x[1] - x[0]), x[2]))
        chosen: list[tuple[int, int]] = []
        for s, e, _, t in items:
            if all(e <= cs or s >= ce for cs, ce in chosen):
                chosen.append((s, e))
                kept.append((s, e, t))
    kept.sort()
    return kept


class Tally:
    """True positives, false positives and false negatives per type, strict and overlap."""

    def __init__(self) -> None:
        self.tp = {"strict": Counter(), "overlap": Counter()}
        self.fp = {"strict": Counter(), "overlap": Counter()}
        self.fn = {"strict": Counter(), "overlap": Counter()}
        self.gold = Counter()

    def add(self, gold: Sequence[Sequence], preds: Sequence[Sequence]) -> None:
        gold = [tuple(g) for g in gold]
        preds = reduce_overlaps(preds)
        for g in gold:
            self.gold[g[2]] += 1
        # strict
        gold_set = Counter(gold)
        for p in preds:
            if gold_set[p] > 0:
                gold_set[p] -= 1
                self.tp["strict"][p[2]] += 1
            else:
                self.fp["strict"][p[2]] += 1
        for g, n in gold_set.items():
            self.fn["strict"][g[2]] += n
        # overlap: one-to-one, greedy by largest overlap
        used = [False] * len(preds)
        by_type: dict[str, list[int]] = {}
        for i, p in enumerate(preds):
            by_type.setdefault(p[2], []).append(i)
        for gs, ge, gt in gold:
            best, best_ov = -1, 0
            for i in by_type.get(gt, ()):
                if used[i]:
                    continue
                ov = min(ge, preds[i][1]) - max(gs, preds[i][0])
                if ov > best_ov:
                    best, best_ov = i, ov
            if best >= 0:
                used[best] = True
                self.tp["overlap"][gt] += 1
            else:
                self.fn["overlap"][gt] += 1
        for i, p in enumerate(preds):
            if not used[i]:
                self.fp["overlap"][p[2]] += 1

    def prf(self, mode: str, types: Iterable[str]) -> tuple[float, float, float, int, int, int]:
        tp = sum(self.tp[mode][t] for t in types)
        fp = sum(self.fp[mode][t] for t in types)
        fn = sum(self.fn[mode][t] for t in types)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp, fp, fn

    def to_dict(self) -> dict:
        return {
            "gold": dict(self.gold),
            **{
                f"{k}_{m}": dict(v[m])
                for k, v in (("tp", self.tp), ("fp", self.fp), ("fn", self.fn))
                for m in v
            },
        }
