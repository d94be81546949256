"""Run one anchor tool over a corpus and write its predictions and timings as JSON.

Runs in bench/.venv-anchors (never in leakaid's venv): ``python anchors_runner.py --tool jionlp
--corpus dense.jsonl --out preds.json --reps 3``. Throughput = UTF-8 bytes of the texts ÷ wall time
of calling the tool once per document (texts already in memory), single process.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import platform
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path

JIONLP_TYPES = {
    "extract_phone_number": None,  # per-result type: cell_phone / landline_phone
    "extract_id_card": "ID_CARD",
    "extract_email": "EMAIL",
    "extract_qq": "QQ",
    "extract_motor_vehicle_licence_plate": "PLATE",
    "extract_ip_address": "IP",
    "extract_wechat_id": "WECHAT",
}
ERRORS: dict[str, int] = {}  # exceptions raised by a tool, counted per repetition
JIONLP_OFFERED = ("MOBILE", "LANDLINE", "ID_CARD", "EMAIL", "QQ", "PLATE", "IP", "WECHAT")


def make_jionlp():
    with contextlib.redirect_stdout(io.StringIO()):  # it prints a banner on import
        import jionlp

    fns = [(getattr(jionlp, name), typ) for name, typ in JIONLP_TYPES.items()]
    phone_map = {"cell_phone": "MOBILE", "landline_phone": "LANDLINE"}

    def detect(text: str) -> list[tuple[int, int, str]]:
        out = []
        for fn, typ in fns:
            try:
                found = fn(text, detail=True)
            except Exception as exc:
                # extract_email(detail=True) raises AttributeError when a domain has a hyphen
                # (e.g. x@huaxin-tech.cn). Workaround, counted in "errors": take detail=False
                # results and locate them in order.
                key = f"{fn.__name__}: {type(exc).__name__}"
                ERRORS[key] = ERRORS.get(key, 0) + 1
                found, pos = [], 0
                for item in fn(text, detail=False):
                    i = text.find(item, pos)
                    if i >= 0:
                        found.append({"offset": (i, i + len(item))})
                        pos = i + len(item)
            for r in found:
                s, e = r["offset"]
                t = typ or phone_map.get(r.get("type", ""), "MOBILE")
                out.append((s, e, t))
        return out

    return detect, JIONLP_OFFERED, {"jionlp": metadata.version("jionlp")}


def make_presidio():
    sys.path.insert(0, str(Path(__file__).parent))
    import presidio_zh

    detect = presidio_zh.make_detector()
    return detect, presidio_zh.OFFERED, {"presidio-analyzer": metadata.version("presidio-analyzer")}


TOOLS = {"jionlp": make_jionlp, "presidio-zh-noop": make_presidio}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", choices=sorted(TOOLS), required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()

    texts = [json.loads(line)["text"] for line in open(args.corpus, encoding="utf-8")]
    size = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    detect, offered, versions = TOOLS[args.tool]()
    init_s = time.perf_counter() - t0
    times, preds = [], None
    for _ in range(max(1, args.reps)):
        t0 = time.perf_counter()
        res = [detect(t) for t in texts]
        times.append(time.perf_counter() - t0)
        preds = preds or res
        if times[-1] > 60.0:  # slow tool: one repetition is representative enough (same rule as run.py)
            break
    out = {
        "tool": args.tool,
        "versions": versions,
        "python": platform.python_version(),
        "offered": list(offered),
        "init_s": init_s,
        "bytes": size,
        "times": times,
        "mb_s": size / 1e6 / statistics.median(times),
        "errors": {k: v // len(times) for k, v in ERRORS.items()},
        "preds": [[list(p) for p in doc] for doc in preds],
    }
    Path(args.out).write_text(json.dumps(out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
