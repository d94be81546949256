"""Speed of the PERSON / ADDRESS tier (single core) and optional validation numbers.

Run: python bench/ner_bench.py [--mb 2] [--eval]
- model tier: the packaged tagger alone on Chinese lines (MB = UTF-8 bytes in / second)
- full tier: find_person_address (rules + model) on the same text, one call per line and per block
- short strings: mean latency of find_person_address on short cells
- --eval: per-corpus validation numbers (needs ../shared/data/ner, see train/eval_ner.py)
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "train"))

from leakaid.detect.pii_names import find_person_address  # noqa: E402
from leakaid.detect.pii_names.model import get_tagger  # noqa: E402

PROSE = [
    "记者从市政府新闻发布会上获悉，今年全市经济运行总体平稳，主要指标好于预期。",
    "他在接受采访时表示，公司将继续加大研发投入，推动产品升级换代。",
    "昨天下午，{N}和同事一起来到社区服务中心，为老人们送去了慰问品。",
    "据了解，该项目总投资约二十亿元，预计明年年底建成投产。",
    "{N}说，这次比赛让她学到了很多东西，希望明年还能参加。",
    "会议由{N}主持，各部门负责人参加了会议并作了发言。",
]


def corpus(mb: float, seed: int = 1) -> list[str]:
    try:
        from synth_ner import Synth

        syn = Synth(seed)
        name = syn.name
        line = lambda: syn.line()[0].replace("\n", " ")  # noqa: E731
    except Exception:  # noqa: BLE001 - bench without the train/ folder
        r0 = random.Random(seed)
        name = lambda: r0.choice("王李张刘陈") + r0.choice("伟芳娜敏静强")  # noqa: E731
        line = lambda: f"收件人：{name()} 地址：浙江省杭州市西湖区文三路{r0.randint(1, 999)}号"  # noqa: E731
    r = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < mb * 1e6:
        s = line() if r.random() < 0.4 else r.choice(PROSE).replace("{N}", name())
        out.append(s)
        size += len(s.encode())
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--eval", action="store_true")
    args = ap.parse_args()
    lines = corpus(args.mb)
    nbytes = sum(len(s.encode()) + 1 for s in lines)
    t0 = time.perf_counter()
    tagger = get_tagger()
    load = time.perf_counter() - t0
    if tagger is None:
        sys.exit("模型文件缺失：src/leakaid/detect/pii_names/data/ner_model.npz")
    print(f"语料 {nbytes / 1e6:.2f} MB（UTF-8），{len(lines)} 行；模型加载 {load * 1000:.0f} ms")

    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for i in range(0, len(lines), 512):
        n += sum(len(s) for s in tagger.spans(lines[i : i + 512]))
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"模型层（批量 512 行）：{nbytes / 1e6 / dt:6.2f} MB/s（按本进程 CPU 时间：{nbytes / 1e6 / dc:.2f} MB/s），{n} 个片段"
    )

    block = "\n".join(lines)
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(block), 200_000):
        find_person_address(block[i : i + 200_000])
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"规则+模型（200k 字符块）：{nbytes / 1e6 / dt:6.2f} MB/s（按 CPU 时间：{nbytes / 1e6 / dc:.2f} MB/s）"
    )

    t0 = time.perf_counter()
    for s in lines[:3000]:
        find_person_address(s)
    dt = time.perf_counter() - t0
    b = sum(len(s.encode()) for s in lines[:3000])
    print(f"规则+模型（逐行调用）：{b / 1e6 / dt:6.2f} MB/s，平均 {dt / 3000 * 1e6:.0f} µs/行")

    t0 = time.perf_counter()
    for s in lines[:3000]:
        find_person_address(s, use_model=False)
    dt = time.perf_counter() - t0
    print(f"仅规则（逐行调用）：{b / 1e6 / dt:6.2f} MB/s")

    cells = ["张伟", "13812345678", "浙江省杭州市西湖区文三路90号", "备注", "2024-01-01"] * 400
    t0 = time.perf_counter()
    for c in cells:
        find_person_address(c)
    dt = time.perf_counter() - t0
    print(f"短字符串延迟：平均 {dt / len(cells) * 1e6:.0f} µs/次")

    if args.eval:
        import eval_ner

        sys.argv = [sys.argv[0]]
        eval_ner.main()


if __name__ == "__main__":
    main()
