"""Speed of ``leakaid assess`` classification + counting on a 10-column CSV dump, next to plain pandas.

    python bench/assess_bench.py [--rows 1000000] [--file /tmp/leakaid-bench-10col.csv] [--no-native]
    python bench/assess_bench.py --index 10000000   # exposure index: range-query latency over HTTP

Generates synthetic rows once (valid checksums, ~2 % invalid IDs, ~3 % duplicates), then times on one
core (numpy is single-threaded for these operations):

* leakaid: read (fast path: ``_rows.c``, or numpy with ``--no-native``) → classify columns → validate
  ID/mobile/card/e-mail → category → disk-backed de-duplication → counts;
* pandas: ``read_csv(dtype=str)`` + ``drop_duplicates`` (no validation, no classification): the floor
  of "one pass with a dataframe library".

Prints a table; numbers for the README come from this script.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "assess"))


def make(path: Path, rows: int) -> None:
    import assessgen as gen

    rng = random.Random(42)
    streets = ["人民路", "解放路", "中山路", "建设路", "长江路"]
    cities = ["北京市朝阳区", "上海市徐汇区", "广州市天河区", "杭州市西湖区", "成都市武侯区"]
    pool: list[str] = []
    with path.open("w", encoding="utf-8") as fh:
        fh.write("姓名,性别,身份证号,手机号,邮箱,地址,银行卡号,订单号,注册时间,备注\n")
        for _ in range(rows):
            if pool and rng.random() < 0.03:
                fh.write(rng.choice(pool))
                continue
            line = ",".join([
                gen.name(rng), rng.choice("男女"), gen.id_card(rng, valid=rng.random() > 0.02), gen.mobile(rng),
                gen.email(rng), f"{rng.choice(cities)}{rng.choice(streets)}{rng.randint(1, 999)}号",
                gen.bank_card(rng) if rng.random() < 0.1 else "", f"SO{rng.randint(10**11, 10**12 - 1)}",
                f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 12:{rng.randint(0, 59):02d}:00", "",
            ]) + "\n"
            if len(pool) < 10000:
                pool.append(line)
            fh.write(line)


def bench_leakaid(path: Path) -> tuple[float, float, dict]:
    from leakaid.assess import assess_files

    t, c = time.perf_counter(), time.process_time()
    rep = assess_files([path])
    return time.perf_counter() - t, time.process_time() - c, rep


def bench_pandas(path: Path) -> tuple[float, float] | None:
    try:
        import pandas as pd
    except ImportError:
        return None
    t, c = time.perf_counter(), time.process_time()
    df = pd.read_csv(path, dtype=str, engine="c")
    df.drop_duplicates().shape  # noqa: B018
    return time.perf_counter() - t, time.process_time() - c


def bench_index(n: int, queries: int = 3000) -> None:
    """p50/p99 of ``GET /v1/range/<prefix>`` against an index of ``n`` identifiers (random digests)."""
    import http.client
    import secrets
    import threading

    from leakaid.exposure.index import ExposureIndex
    from leakaid.exposure.server import make_server

    db = Path(f"/tmp/leakaid-bench-index-{n}.sqlite")
    if not db.exists():
        print(f"building index with {n} random digests → {db} …", file=sys.stderr)
        t = time.perf_counter()
        idx = ExposureIndex(db, create=True)
        idx.db.execute("PRAGMA journal_mode=OFF")
        idx.db.execute("PRAGMA synchronous=OFF")
        step = 500_000
        for start in range(0, n, step):
            idx.add_digests((secrets.token_bytes(32) for _ in range(min(step, n - start))), batch=step)
        print(f"built in {time.perf_counter() - t:.0f} s, {db.stat().st_size / 1e6:.0f} MB", file=sys.stderr)
        idx.close()
    idx = ExposureIndex(db)
    srv = make_server(idx, secrets.token_bytes(32), "127.0.0.1", 0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
    lat: list[float] = []
    sizes: list[int] = []
    for _ in range(queries):
        prefix = secrets.token_hex(3)[:5].upper()
        t = time.perf_counter()
        conn.request("GET", f"/v1/range/{prefix}")
        body = conn.getresponse().read()
        lat.append((time.perf_counter() - t) * 1000)
        sizes.append(body.count(b":1"))
    srv.shutdown()
    lat.sort()
    print(f"index: {idx.count():,} identifiers; {queries} range queries over HTTP (keep-alive), load average "
          f"{os.getloadavg()[0]:.1f}")
    print(f"latency ms: p50 {lat[len(lat) // 2]:.2f}  p99 {lat[int(len(lat) * 0.99)]:.2f}  max {lat[-1]:.2f}")
    print(f"real entries per answer: mean {sum(sizes) / len(sizes):.1f} (answers padded to multiples of 128 lines)")
    idx.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--file", type=Path, default=Path("/tmp/leakaid-bench-10col.csv"))
    ap.add_argument("--index", type=int, default=0, help="benchmark the exposure index with this many identifiers")
    ap.add_argument("--no-native", action="store_true", help="time the numpy reference path (as without a compiler)")
    a = ap.parse_args()
    if a.index:
        bench_index(a.index)
        return
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from leakaid.assess import native

    if a.no_native:
        native.set_enabled(False)
    path = "native kernel (_rows.c)" if native.module() is not None else "numpy reference (no _rows)"
    if not a.file.exists() or a.file.stat().st_size < a.rows * 50:
        print(f"generating {a.rows} rows → {a.file} …", file=sys.stderr)
        make(a.file, a.rows)
    size_mb = a.file.stat().st_size / 1e6
    bench_leakaid(a.file)  # warm-up: imports, tables, page cache
    w_l, c_l, rep = bench_leakaid(a.file)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pd_t = bench_pandas(a.file)
    n = rep["rows"]
    print(f"file: {a.file} ({size_mb:.0f} MB, {n} rows, 10 columns); load average {os.getloadavg()[0]:.1f}; {path}")
    print(f"{'pass':<48}{'wall s':>8}{'CPU s':>8}{'rows/CPU-s':>13}")
    print(f"{'leakaid assess (classify+validate+dedup+count)':<48}{w_l:>8.2f}{c_l:>8.2f}{n / c_l:>13,.0f}")
    if pd_t is not None:
        w_p, c_p = pd_t
        print(f"{'pandas read_csv(dtype=str)+drop_duplicates':<48}{w_p:>8.2f}{c_p:>8.2f}{n / c_p:>13,.0f}")
        print(f"CPU time leakaid / pandas: {c_l / c_p:.2f}")
    print(f"counts: {rep['counts']}  excluded: { {k: v for k, v in rep['excluded'].items() if k != 'invalid_by_kind'} }")
    print(f"max RSS after leakaid pass: {rss:.0f} MB")


if __name__ == "__main__":
    main()
