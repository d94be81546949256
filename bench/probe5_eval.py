"""Run ``leakaid assess`` on every probe-5 case (tests/probe5/cases/) and compare the documented JSON fields.

    python bench/probe5_eval.py [--json] [--cases DIR] [--leakaid PATH] [--only ID ...]

For each case: ``<leakaid> assess <files> --format json <options>`` as a subprocess (the installed
``.venv/bin/leakaid``), then compare ``tier``, ``counts.art5_1_3/4/5`` and ``excluded.*`` — only the fields the
case's expected.json states — and the exit code documented for the tier (0 = below, 1 = reached).  Prints one
block per case (expected vs got, mismatches marked), then a summary by basis (law / doc).  Always exits 0:
this is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "probe5" / "cases"
LEAKAID = ROOT / ".venv" / "bin" / "leakaid"
TIMEOUT = 300


def flatten(expected: dict) -> dict[str, object]:
    out: dict[str, object] = {"tier": expected["tier"]}
    for group in ("counts", "excluded"):
        for k, v in expected.get(group, {}).items():
            out[f"{group}.{k}"] = v
    out["exit"] = 0 if expected["tier"] == "below" else 1
    return out


def lookup(report: dict, dotted: str) -> object:
    cur: object = report
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return "<missing>"
        cur = cur[part]
    return cur


def run_case(case_dir: Path, leakaid: Path) -> dict:
    exp = json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))
    cmd = [str(leakaid), "assess", *[str(case_dir / f) for f in exp["files"]], "--format", "json", *exp["options"]]
    want = flatten(exp["expected"])
    t0 = time.perf_counter()
    error = None
    report: dict = {}
    rc = None
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, cwd=case_dir)
        rc = proc.returncode
        try:
            report = json.loads(proc.stdout)
        except json.JSONDecodeError:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
            error = f"exit {rc}, no JSON on stdout: {' | '.join(tail)}"
    except subprocess.TimeoutExpired:
        error = f"timeout after {TIMEOUT}s"
    seconds = round(time.perf_counter() - t0, 2)
    fields = []
    for key, value in want.items():
        got = rc if key == "exit" else (lookup(report, key) if report else "<error>")
        fields.append({"field": key, "expected": value, "got": got, "ok": got == value})
    extra = {}
    if report:
        extra = {k: report.get(k) for k in ("ratio", "ratio_exact", "distinct_persons") if k in report}
        inv = lookup(report, "excluded.invalid_by_kind")
        if inv != "<missing>":
            extra["invalid_by_kind"] = inv
        mapping = report.get("mapping")
        if mapping is not None:
            extra["mapping"] = mapping
    return {"id": exp["id"], "basis": exp["basis"], "intent": exp["intent"], "options": exp["options"],
            "files": exp["files"], "command": " ".join(["leakaid", *cmd[1:]]), "error": error, "seconds": seconds,
            "ok": error is None and all(f["ok"] for f in fields), "fields": fields, "extra": extra}


def short_mapping(mapping: object) -> str:
    """Compact column → category view, if the report's mapping is a list/dict of column entries."""
    items = mapping if isinstance(mapping, list) else (list(mapping.values()) if isinstance(mapping, dict) else [])
    parts = []
    for m in items:
        if not isinstance(m, dict):
            continue
        col = m.get("column", m.get("name", "?"))
        parts.append(f"{col}→{m.get('kind', m.get('type', '?'))}/{m.get('category', m.get('item', '?'))}")
    return "; ".join(parts)


def print_table(results: list[dict]) -> None:
    for r in results:
        status = "OK  " if r["ok"] else "MISS"
        print(f"[{status}] {r['id']}  (basis: {r['basis']}; {r['seconds']} s)")
        print(f"       intent: {r['intent']}")
        print(f"       options: {' '.join(r['options']) or '-'}   files: {', '.join(r['files'])}")
        if r["error"]:
            print(f"       ERROR: {r['error']}")
        cells = []
        for f in r["fields"]:
            mark = "" if f["ok"] else " ✗"
            cells.append(f"{f['field']}={f['expected']}/{f['got']}{mark}")
        print("       expected/got: " + "  ".join(cells))
        if not r["ok"] and r["extra"]:
            e = {k: v for k, v in r["extra"].items() if k != "mapping"}
            if e:
                print(f"       extra: {json.dumps(e, ensure_ascii=False)}")
            if "mapping" in r["extra"]:
                print(f"       mapping: {short_mapping(r['extra']['mapping'])[:400]}")
    print()


def summarize(results: list[dict]) -> dict:
    summary: dict = {"cases": len(results), "ok": sum(r["ok"] for r in results), "errors": sum(bool(r["error"])
                                                                                             for r in results)}
    for basis in ("law", "doc"):
        sub = [r for r in results if r["basis"] == basis]
        summary[basis] = {"cases": len(sub), "ok": sum(r["ok"] for r in sub)}
    fields: dict[str, list[int]] = {}
    for r in results:
        for f in r["fields"]:
            name = f["field"].split(".")[0]
            fields.setdefault(name, [0, 0])
            fields[name][0] += f["ok"]
            fields[name][1] += 1
    summary["fields"] = {k: {"ok": v[0], "checked": v[1]} for k, v in fields.items()}
    summary["tier_ok"] = sum(next(f["ok"] for f in r["fields"] if f["field"] == "tier") for r in results)
    summary["mismatched_cases"] = [r["id"] for r in results if not r["ok"]]
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the full results as JSON instead of the table")
    ap.add_argument("--cases", type=Path, default=CASES)
    ap.add_argument("--leakaid", type=Path, default=LEAKAID)
    ap.add_argument("--only", nargs="*", default=None, help="case ids to run")
    args = ap.parse_args(argv)
    dirs = sorted(d for d in args.cases.iterdir() if (d / "expected.json").is_file())
    if args.only:
        dirs = [d for d in dirs if d.name in set(args.only)]
    results = [run_case(d, args.leakaid) for d in dirs]
    summary = summarize(results)
    if args.json:
        print(json.dumps({"summary": summary, "results": results}, ensure_ascii=False, indent=2))
        return 0
    print_table(results)
    print(f"probe 5: {summary['ok']}/{summary['cases']} cases match on every documented field "
          f"(law {summary['law']['ok']}/{summary['law']['cases']}, doc {summary['doc']['ok']}/{summary['doc']['cases']}); "
          f"tier right in {summary['tier_ok']}/{summary['cases']}; errors {summary['errors']}")
    for name, v in summary["fields"].items():
        print(f"  {name:9s} {v['ok']}/{v['checked']}")
    if summary["mismatched_cases"]:
        print("mismatched: " + ", ".join(summary["mismatched_cases"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
