"""The leakaid benchmark: accuracy and throughput against the anchors, in one run.

    make bench-setup            # once: bench/.venv-anchors with jionlp and Presidio
    make bench                  # full run (~6 MB dense + ~20 MB sparse) -> bench/RESULTS.md
    python bench/run.py --quick # smoke test, < 2 minutes

leakaid runs in this (the project's) venv; every anchor runs in bench/.venv-anchors through
anchors_runner.py in a subprocess that reads the corpus and writes predictions + timings as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import Tally  # noqa: E402

ANCHOR_PY = HERE / ".venv-anchors" / "bin" / "python"
ANCHORS = ("jionlp", "presidio-zh-noop")
SLOW_REP_S = 60.0  # stop repeating once one repetition took longer than this


# ------------------------------------------------------------------------------------ corpora


def generator_fingerprint() -> str:
    """Hash of the generator's source, so a changed generator never reuses a cached corpus."""
    import hashlib

    import leakaid.synth

    h = hashlib.sha256()
    for f in sorted(Path(leakaid.synth.__file__).parent.glob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def make_corpus(path: Path, target_bytes: int, seed: int, sparse: bool) -> dict:
    """Write (or reuse) a JSONL corpus of about ``target_bytes`` of UTF-8 text."""
    meta_path = path.with_suffix(".meta.json")
    fingerprint = generator_fingerprint()
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("generator") == fingerprint:
            return meta
    from leakaid.synth import generate_doc

    size = spans = i = 0
    t0 = time.perf_counter()
    with path.open("w", encoding="utf-8") as fh:
        while size < target_bytes:
            doc = generate_doc(seed, i, sparse=sparse)
            fh.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            size += len(doc.text.encode("utf-8"))
            spans += len(doc.spans)
            i += 1
    meta = {
        "docs": i,
        "bytes": size,
        "spans": spans,
        "seed": seed,
        "sparse": sparse,
        "gen_s": time.perf_counter() - t0,
        "generator": fingerprint,
    }
    meta_path.write_text(json.dumps(meta))
    return meta


def load(path: Path) -> tuple[list[str], list[list]]:
    texts, gold = [], []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            texts.append(d["text"])
            gold.append(d["spans"])
    return texts, gold


# ------------------------------------------------------------------------------------ tools


def _resolve(spec: str):
    mod, _, fn = spec.partition(":")
    return getattr(importlib.import_module(mod), fn or "scan_text")


def run_leakaid(texts: list[str], reps: int, types, impl: str) -> dict:
    t0 = time.perf_counter()
    scan = _resolve(impl)
    scan("预热：手机13812345678", types=types)  # lazy compilation belongs to init
    init_s = time.perf_counter() - t0
    times, preds = [], None
    errors: dict[str, int] = {}
    failed: list[int] = []

    def safe_scan(i: int, text: str) -> list:
        try:
            return scan(text, types=types)
        except Exception as exc:  # a crash on one document must not end the benchmark
            key = f"{type(exc).__name__}: {str(exc)[:80]}"
            errors[key] = errors.get(key, 0) + 1
            failed.append(i)
            return []

    for _ in range(max(1, reps)):
        t0 = time.perf_counter()
        res = [safe_scan(i, t) for i, t in enumerate(texts)]
        times.append(time.perf_counter() - t0)
        preds = preds or [[(f.start, f.end, f.type) for f in doc] for doc in res]
        if times[-1] > SLOW_REP_S:  # a slow configuration: one repetition is representative enough
            break
    size = sum(len(t.encode("utf-8")) for t in texts)
    reps_done = len(times)
    return {
        "errors": {k: v // reps_done for k, v in errors.items()},
        "failed_docs": sorted(set(failed))[:20],
        "init_s": init_s,
        "times": times,
        "bytes": size,
        "mb_s": size / 1e6 / statistics.median(times),
        "preds": preds,
    }


def run_anchor(tool: str, corpus: Path, reps: int, out_dir: Path) -> dict | None:
    if not ANCHOR_PY.exists():
        print(f"  [跳过] {tool}: 未找到 {ANCHOR_PY}，请先运行 make bench-setup", flush=True)
        return None
    out = out_dir / f"pred-{tool}-{corpus.stem}.json"
    cmd = [
        str(ANCHOR_PY),
        str(HERE / "anchors_runner.py"),
        "--tool",
        tool,
        "--corpus",
        str(corpus),
        "--out",
        str(out),
        "--reps",
        str(reps),
    ]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"  [失败] {tool}: {proc.stderr.strip()[-800:]}", flush=True)
        return None
    return json.loads(out.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------ report


def leakaid_version() -> str:
    try:
        import leakaid

        return leakaid.__version__
    except ImportError:
        return "?"


def fmt_cell(t: Tally, mode: str, typ: str, offered) -> str:
    if typ not in offered:
        return "—"
    if not t.gold[typ] and not t.fp[mode][typ]:
        return "·"
    p, r, f, *_ = t.prf(mode, [typ])
    return f"{p:.2f} / {r:.2f} / **{f:.2f}**"


def accuracy_table(results: dict, mode: str, types) -> list[str]:
    names = list(results)
    lines = ["| type | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for typ in types:
        lines.append(
            f"| {typ} | "
            + " | ".join(fmt_cell(results[n]["tally"], mode, typ, results[n]["offered"]) for n in names)
            + " |"
        )
    micro = []
    rec_all = []
    for n in names:
        t, off = results[n]["tally"], [x for x in types if x in results[n]["offered"]]
        p, r, f, *_ = t.prf(mode, off)
        micro.append(f"{p:.2f} / {r:.2f} / **{f:.2f}**")
        tp = sum(t.tp[mode][x] for x in types)
        rec_all.append(f"{tp / max(1, sum(t.gold[x] for x in types)):.2f}")
    lines.append("| micro over offered types | " + " | ".join(micro) + " |")
    lines.append(f"| recall over all {len(types)} types | " + " | ".join(rec_all) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="leakaid 与基准工具（jionlp、Presidio）的准确率与吞吐量对比")
    ap.add_argument("--quick", action="store_true", help="冒烟测试：小语料、各 1 次重复（< 2 分钟）")
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--dense-mb", type=float, default=6.0)
    ap.add_argument("--sparse-mb", type=float, default=20.0)
    ap.add_argument("--reps", type=int, default=3, help="leakaid 与 jionlp 的重复次数（取中位数）")
    ap.add_argument("--presidio-reps", type=int, default=1)
    ap.add_argument("--tools", default="leakaid,jionlp,presidio-zh-noop")
    ap.add_argument("--leakaid-impl", default="leakaid:scan_text", help="module:function（测试用）")
    ap.add_argument("--out-dir", default=str(HERE / "out"))
    ap.add_argument("--results", default=None, help="默认 bench/RESULTS.md（--quick 时写到 out 目录）")
    args = ap.parse_args(argv)
    if args.quick:
        args.dense_mb, args.sparse_mb, args.reps, args.presidio_reps = 0.4, 1.0, 1, 1
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    results_path = (
        Path(args.results)
        if args.results
        else (out_dir / "RESULTS-quick.md" if args.quick else HERE / "RESULTS.md")
    )

    from leakaid.detect.finding import STRUCTURED_TYPES, TYPES

    t_start = time.perf_counter()
    args.load_at_start = os.getloadavg()[0]
    corpora = {}
    for kind, mb in (("dense", args.dense_mb), ("sparse", args.sparse_mb)):
        path = out_dir / f"{kind}-{args.seed}-{mb:g}mb.jsonl"
        meta = make_corpus(path, int(mb * 1e6), args.seed, kind == "sparse")
        corpora[kind] = (path, meta)
        print(
            f"语料 {kind}: {meta['docs']} 篇, {meta['bytes'] / 1e6:.2f} MB, {meta['spans']} 处标注 ({path.name})",
            flush=True,
        )

    structured = [t for t in TYPES if t in STRUCTURED_TYPES]
    runs: dict[str, dict] = {}  # tool name -> {"offered", kind -> run}
    for kind, (path, _meta) in corpora.items():
        texts, gold = load(path)
        if "leakaid" in tools:
            for name, types, offered in (
                ("leakaid (structured)", STRUCTURED_TYPES, structured),
                ("leakaid (all types)", None, list(TYPES)),
            ):
                print(f"运行 {name} @ {kind} ...", flush=True)
                try:
                    r = run_leakaid(texts, args.reps, types, args.leakaid_impl)
                except (ImportError, AttributeError) as exc:
                    print(f"  [跳过] leakaid 不可用：{exc}", flush=True)
                    break
                runs.setdefault(name, {"offered": offered})[kind] = r
                slug = "leakaid-structured" if types is not None else "leakaid-all"
                (out_dir / f"pred-{slug}-{path.stem}.json").write_text(
                    json.dumps({"tool": name, "preds": r["preds"]})
                )
        for tool in (t for t in tools if t in ANCHORS):
            print(f"运行 {tool} @ {kind} ...", flush=True)
            reps = args.presidio_reps if tool.startswith("presidio") else args.reps
            r = run_anchor(tool, path, reps, out_dir)
            if r is not None:
                runs.setdefault(tool, {"offered": r["offered"], "versions": r.get("versions", {})})[kind] = r
        for entry in runs.values():
            if kind in entry and "preds" in entry[kind]:
                t = Tally()
                for g, p in zip(gold, entry[kind]["preds"], strict=True):
                    t.add(g, p)
                entry[kind]["tally"] = t
                del entry[kind]["preds"]

    write_report(runs, corpora, args, results_path, out_dir, list(TYPES), time.perf_counter() - t_start)
    return 0


def write_report(runs, corpora, args, results_path: Path, out_dir: Path, types, elapsed: float) -> None:
    lines = [
        "# leakaid 基准测试结果",
        "",
        f"- 生成时间：{dt.datetime.now().strftime('%Y-%m-%d %H:%M')}；命令：`python bench/run.py{' --quick' if args.quick else ''}`；总耗时 {elapsed:.0f} 秒",
        f"- 机器：{platform.machine()}，{os.cpu_count()} 核，Python {platform.python_version()}；单进程；"
        f"开始时 1 分钟平均负载 {args.load_at_start:.1f}（共用机器，负载高时吞吐量偏低）",
        f"- 语料（合成，`leakaid.synth`，种子 {args.seed}）："
        + "；".join(
            f"{k} {m['docs']} 篇 / {m['bytes'] / 1e6:.2f} MB / {m['spans']} 处标注"
            for k, (_, m) in corpora.items()
        ),
        f"- 版本：leakaid {leakaid_version()}；"
        + (
            ", ".join(f"{k} {v}" for e in runs.values() for k, v in e.get("versions", {}).items())
            or "基准工具未运行"
        ),
        "- 配置见 `../shared/ANCHORS.md`：jionlp = 7 个 `extract_*`（detail=True，默认 strict）；"
        "presidio-zh-noop = 为中文编写的 CJK 安全识别器 + IpRecognizer + PhoneRecognizer(CN)，NoOpNlpEngine，阈值 0。",
        "",
        "## 吞吐量（MB/s，UTF-8 字节 ÷ 逐篇调用的墙钟时间，取中位数）",
        "",
        f"每个配置最多重复 {args.reps} 次（Presidio {args.presidio_reps} 次），某次超过 {SLOW_REP_S:.0f} 秒即不再重复；"
        "括号内为实际次数。初始化（导入、编译、首次调用）单独计时。",
        "",
        "| 工具 | 初始化 (s) | dense MB/s (次数) | sparse MB/s (次数) | 相对 jionlp (dense / sparse) |",
        "|---|---:|---:|---:|---:|",
    ]
    jio = runs.get("jionlp", {})
    summary = {}
    for name, e in runs.items():
        cells = []
        ratios = []
        for kind in ("dense", "sparse"):
            r = e.get(kind)
            if r is None:
                cells.append("—")
                ratios.append("—")
                continue
            cells.append(f"{r['mb_s']:.3f} ({len(r['times'])})")
            ratios.append(f"{r['mb_s'] / jio[kind]['mb_s']:.2f}×" if kind in jio else "—")
            summary.setdefault(name, {})[kind] = {
                "errors": r.get("errors", {}),
                "failed_docs": r.get("failed_docs", []),
                "mb_s": r["mb_s"],
                "times": r["times"],
                "init_s": r["init_s"],
                "tally": r["tally"].to_dict(),
            }
        init = max(e[k]["init_s"] for k in ("dense", "sparse") if k in e)
        lines.append(f"| {name} | {init:.2f} | {cells[0]} | {cells[1]} | {ratios[0]} / {ratios[1]} |")

    for kind in ("dense", "sparse"):
        res = {n: {"tally": e[kind]["tally"], "offered": e["offered"]} for n, e in runs.items() if kind in e}
        if not res:
            continue
        for mode, title in (
            ("strict", "严格匹配（起止位置与类型完全一致）"),
            ("overlap", "重叠匹配（有重叠且类型一致）"),
        ):
            lines += [
                "",
                f"## 准确率：{kind} 语料，{title}",
                "",
                "单元格为 P / R / **F1**；— = 该工具不提供此类型；· = 无标注也无预测。",
                "",
            ]
            lines += accuracy_table(res, mode, types)
    errors = {
        f"{n} @ {k}": e[k]["errors"]
        for n, e in runs.items()
        for k in ("dense", "sparse")
        if e.get(k, {}).get("errors")
    }
    if errors:
        lines += ["", "## 工具运行中的异常", ""]
        for n, errs in errors.items():
            lines.append(f"- {n}：" + "；".join(f"`{k}` × {v} 篇" for k, v in errs.items()))
        if any(n.startswith("leakaid") for n in errors):
            lines.append(
                "- leakaid 在某篇文档上抛出异常时，该篇计为无预测（漏报），文档序号见 `bench/out/results.json`。"
            )
        if any(n.startswith("jionlp") for n in errors):
            lines.append(
                "- jionlp 的 `extract_email(detail=True)` 在域名含连字符（如 `@huaxin-tech.cn`）时抛出 AttributeError；"
                "此时改用 `detail=False` 的结果并按顺序定位偏移（计入上面的次数）。"
            )
    mem = out_dir / "memory.json"
    lines += ["", "## 内存（`bench/memory.py`）", ""]
    if mem.exists():
        m = json.loads(mem.read_text())
        lines.append(
            f"对 {m['bytes'] / 1e9:.2f} GB 的稀疏文本文件运行 `leakaid.scan_file`（类型：{m.get('types', 'all')}）：峰值 RSS {m['peak_rss_mb']:.0f} MB，"
            f"{m['mb_s']:.2f} MB/s，{m['findings']} 处发现（{m['date']}）。"
        )
    else:
        lines.append(
            "尚未运行：`make bench-memory`（写出 2 GB 稀疏文本，在子进程中运行 `leakaid.scan_file`，报告峰值 RSS 与 MB/s）。"
        )
    lines += [
        "",
        "## 说明",
        "",
        "- 评分规则同 ANCHORS.md：工具标签映射到 leakaid 类型（Presidio PHONE_NUMBER 按号码判为 MOBILE 或 LANDLINE；"
        "jionlp cell_phone/landline_phone → MOBILE/LANDLINE），同类（MOBILE 与 LANDLINE 为一类）重叠预测只保留最长者，一对一匹配，"
        "未匹配的预测计为其类型的误报。",
        "- 金标准跨度包含 `+86`/`0086` 前缀、号码内部的分隔符和区号外的括号，不含固话分机号；只标注有效值（校验位、真实日期、真实号段/BIN/区号）。"
        "标注规则详见 `src/leakaid/synth/docs.py` 文档字符串。",
        "- 语料由 leakaid 自己的生成器产生，leakaid 的开发者知道其分布，因此 leakaid 的准确率偏乐观；基准工具的数字可与 ANCHORS.md 对照。",
        "- 固话本地号码长度按 `leakaid.detect.tables` 的各地规则生成；依赖 libphonenumber 的工具（Presidio）仍可能因号段细则漏报。",
        "- sparse 语料（每篇约 200 KB，约每 10 KB 一处）主要衡量误报与长文本吞吐。",
    ]
    results_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out_dir / ("results-quick.json" if args.quick else "results.json")).write_text(
        json.dumps(summary, ensure_ascii=False, indent=1)
    )
    print("\n".join(lines))
    print(f"\n已写入 {results_path}")


if __name__ == "__main__":
    raise SystemExit(main())
