"""The hand-written probe set (tests/probe/, built without looking at the engine) as a regression guard.

The probe was written to measure the engine on text it was not tuned on; after its first run the errors it
found were fixed, so from now on it guards against regressions: `python bench/probe_eval.py` prints the
per-type table and every error (masked).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from leakaid import scan_text
from leakaid.detect.finding import STRUCTURED_TYPES

PROBE = Path(__file__).resolve().parents[1] / "probe" / "probe.jsonl"


def test_probe_set_scores() -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    noisy_lookalikes = 0
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        gold = {tuple(s) for s in doc["spans"]}
        pred = {(f.start, f.end, f.type) for f in scan_text(doc["text"], types=STRUCTURED_TYPES)}
        for s in pred & gold:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
        noisy_lookalikes += doc["genre"] == "lookalike" and bool(pred)
    assert noisy_lookalikes == 0
    for t in set(tp) | set(fn) | set(fp):
        f1 = 2 * tp[t] / (2 * tp[t] + fp[t] + fn[t])
        assert f1 >= 0.97, (t, tp[t], fp[t], fn[t])
    assert sum(fp.values()) == 0 and sum(fn.values()) <= 2, (fp, fn)
