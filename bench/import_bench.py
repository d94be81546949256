"""Import benchmark: SMS Backup & Restore files of 20k and 100k messages into a fresh SQLite case.

Target: 100,000 messages in under 10 s on one core, with peak memory flat (the same for 20k and 100k).
Each size runs in its own process so that peak RSS is measured per import; CPU time is printed too
because wall time is unreliable on a shared machine. Usage::

    nice python bench/import_bench.py [--sizes 20000,100000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _child(n: int) -> None:
    from leakaid.cases import service
    from leakaid.cases.importers import import_file
    from leakaid.cases.synthetic import write_sms_backup
    from leakaid.store import Store

    with tempfile.TemporaryDirectory() as d:
        path = write_sms_backup(Path(d) / "backup.xml", n)
        store = Store.open(Path(d) / "data")
        cid = service.create_case(store, "bench")
        import leakaid.cases.analyze as analyze

        analyze.entities("预热 13800138000")  # load the detection engine outside the timing
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0, c0 = time.perf_counter(), time.process_time()
        res = import_file(store, cid, path)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        t1 = time.perf_counter()
        ok = service.verify(store, cid).ok
        verify_s = time.perf_counter() - t1
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"n": res.count, "seconds": elapsed, "cpu_seconds": cpu, "verify_seconds": verify_s, "verified": ok,
                          "rss_before_mb": rss_before / 1024, "peak_rss_mb": rss / 1024,
                          "file_mb": path.stat().st_size / 1e6}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="20000,100000")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child)
        return 0
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--child", str(n)], check=True, capture_output=True,
                             text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'messages':>9} {'file MB':>8} {'import s':>9} {'CPU s':>7} {'msg/s':>8} {'verify s':>9} "
          f"{'RSS before':>11} {'peak RSS':>9}")
    for r in rows:
        print(f"{r['n']:>9} {r['file_mb']:>8.1f} {r['seconds']:>9.2f} {r['cpu_seconds']:>7.2f} {r['n'] / r['seconds']:>8.0f} "
              f"{r['verify_seconds']:>9.2f} {r['rss_before_mb']:>9.0f}MB {r['peak_rss_mb']:>7.0f}MB")
    big = rows[-1]
    print(f"target < 10 s for 100k: {'OK' if big['n'] >= 100_000 and big['seconds'] < 10 else 'check'} "
          f"(wall {big['seconds']:.1f} s, CPU {big['cpu_seconds']:.1f} s; wall time suffers on a busy machine); "
          f"peak RSS growth {rows[-1]['peak_rss_mb'] - rows[0]['peak_rss_mb']:+.0f} MB from smallest to largest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
