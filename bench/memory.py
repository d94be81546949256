"""Peak memory of ``leakaid.scan_file`` on a large file (default 2 GB of sparse-PII text).

    python bench/memory.py                 # 2 GB, written to a temp dir and removed afterwards
    python bench/memory.py --size-gb 0.2   # quicker

The file is written in a streaming way (a ~20 MB block of sparse synthetic documents, repeated
with fresh document separators), then scanned in a *subprocess* that reports its peak RSS
(``resource.getrusage`` ru_maxrss and /proc/self/status VmHWM) and throughput. The result is
written to bench/out/memory.json and picked up by run.py for RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = r"""
import json, resource, sys, time, importlib
def hwm_kb():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0
mod, _, fn = sys.argv[2].partition(":")
scan_file = getattr(importlib.import_module(mod), fn or "scan_file")
types = None
if sys.argv[3] == "structured":
    from leakaid.detect.finding import STRUCTURED_TYPES as types
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
n = 0
for _ in scan_file(sys.argv[1], types=types):
    n += 1
elapsed = time.perf_counter() - t0
print(json.dumps({"findings": n, "seconds": elapsed, "rss_after_import_kb": before,
                  "ru_maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "vmhwm_kb": hwm_kb()}))
"""


def write_file(path: Path, size: int, seed: int) -> tuple[int, int]:
    """Stream about ``size`` bytes of sparse synthetic text to ``path``; return (bytes, gold spans)."""
    from leakaid.synth import generate_doc

    block, block_spans, block_bytes = [], 0, 0
    i = 0
    while block_bytes < 20_000_000:
        doc = generate_doc(seed, i, sparse=True)
        block.append(doc.text)
        block_spans += len(doc.spans)
        block_bytes += len(doc.text.encode("utf-8")) + 1
        i += 1
    data = ("\n".join(block) + "\n").encode("utf-8")
    written = spans = rep = 0
    with path.open("wb") as fh:
        while written < size:
            header = f"===== 第{rep + 1}部分 =====\n".encode()
            fh.write(header)
            fh.write(data)
            written += len(header) + len(data)
            spans += block_spans
            rep += 1
    return written, spans


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="测量 leakaid.scan_file 处理大文件时的峰值内存与吞吐量")
    ap.add_argument("--size-gb", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--tmpdir", default=None)
    ap.add_argument("--keep", action="store_true", help="保留生成的文件")
    ap.add_argument("--impl", default="leakaid:scan_file", help="module:function（测试用）")
    ap.add_argument(
        "--types",
        choices=("structured", "all"),
        default="structured",
        help="structured = 仅结构化类型（默认，较快）；all = 含姓名/地址",
    )
    ap.add_argument("--out", default=str(HERE / "out" / "memory.json"))
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="leakaid-mem-", dir=args.tmpdir))
    path = tmp / "big.txt"
    try:
        t0 = time.perf_counter()
        size, spans = write_file(path, int(args.size_gb * 1e9), args.seed)
        print(
            f"已写入 {size / 1e9:.2f} GB（约 {spans} 处标注），用时 {time.perf_counter() - t0:.0f} 秒：{path}",
            flush=True,
        )
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), args.impl, args.types], capture_output=True, text=True
        )
        if proc.returncode != 0:
            print(f"扫描失败：{proc.stderr.strip()[-1500:]}", file=sys.stderr)
            return 2
        r = json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    peak_kb = max(r["ru_maxrss_kb"], r["vmhwm_kb"])
    result = {
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "impl": args.impl,
        "types": args.types,
        "bytes": size,
        "gold_spans_approx": spans,
        "findings": r["findings"],
        "seconds": r["seconds"],
        "mb_s": size / 1e6 / r["seconds"],
        "peak_rss_mb": peak_kb / 1024,
        "rss_after_import_mb": r["rss_after_import_kb"] / 1024,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1))
    print(
        f"scan_file：{size / 1e9:.2f} GB，{r['seconds']:.1f} 秒，{result['mb_s']:.2f} MB/s，"
        f"峰值 RSS {result['peak_rss_mb']:.0f} MB（导入后 {result['rss_after_import_mb']:.0f} MB），发现 {r['findings']} 处"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
