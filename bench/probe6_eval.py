"""Score leakaid on the sixth probe (tests/probe6/): leaked data files — scanning and redacting them.

scan:   ``leakaid.scan_file(path)`` (public API, default types and threshold) per file; the multiset of
        (type, LocatedFinding.text) is compared with ``files/manifest.json``. The 13 structured types and
        PERSON/ADDRESS (only in files whose manifest has ``names``) are scored separately. Per type and per file
        P/R/F1; every error listed masked (first 2 + last 2 characters) and grouped by cause.
redact: for the text-like files, ``leakaid redact FILE -o OUT --operator OP --format json`` (as in docs/redact.md)
        for OP in mask, tag, hash, pseudonym (a key file in a temp dir for the keyed ones), then our own
        validators (tests/probe6/fakedata.py: GB 11643, mobile segments, Luhn + BIN, e-mail regex) look for
        manifest values and valid IDs / mobiles / cards / e-mails left in the output; the output's structure is
        compared with the input (line endings, CSV field counts, ``----``/``|`` field counts, JSON validity and
        shape, SQL tuple field counts) and cells changed that held no manifest value are listed (over-redaction).

Usage: python bench/probe6_eval.py [--json] [--no-redact] [--operators mask,tag,hash,pseudonym]  (always exits 0)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "tests" / "probe6"
FILES = PROBE / "files"
sys.path.insert(0, str(PROBE))
from fakedata import find_valid  # noqa: E402

TYPES = ["ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT",
         "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE"]
NAME_TYPES = ["PERSON", "ADDRESS"]
LEAKAID = ROOT / ".venv" / "bin" / "leakaid"


def mask(s: str) -> str:
    s = s.replace("\r", "\\r").replace("\n", "\\n")
    if len(s) <= 4:
        return "*" * len(s)
    return s[:2] + "*" * (len(s) - 4) + s[-2:]


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def loc_str(loc) -> str:
    parts = []
    for k in ("line", "column", "page", "sheet", "row", "field", "part"):
        v = getattr(loc, k, None)
        if v is not None:
            parts.append(f"{k}={v}")
    return " ".join(parts)


# --------------------------------------------------------------------------------------------- scan

def _classify(typ: str, val: str, other: Counter, kind: str) -> str:
    """Cause of one unmatched (type, value); ``other`` is the other side's leftover multiset."""
    same_val = [t for (t, v) in other if v == val and t != typ]
    if same_val:
        return f"type confusion ({typ}→{same_val[0]})" if kind == "fn" else f"type confusion ({same_val[0]}→{typ})"
    for (t, v) in other:
        if t == typ and v != val and (v in val or val in v):
            return f"boundary ({typ})"
    for (t, v) in other:
        if v != val and (v in val or val in v) and len(min(v, val, key=len)) >= 5:
            return f"boundary + type ({t}/{typ})"
    return f"missed {typ}" if kind == "fn" else f"spurious {typ}"


def score_side(gold: Counter, pred: Counter) -> tuple[Counter, Counter, Counter]:
    tp = gold & pred
    return tp, pred - gold, gold - pred


def eval_scan(manifest: dict) -> dict:
    import leakaid

    per_type: dict[str, Counter] = defaultdict(Counter)
    per_type_names: dict[str, Counter] = defaultdict(Counter)
    per_file = {}
    errors = []
    unscored_names: Counter = Counter()
    for fm in manifest["files"]:
        path = FILES / fm["name"]
        t0 = time.perf_counter()
        try:
            found = list(leakaid.scan_file(path))
            err = None
        except Exception as e:  # noqa: BLE001 - report, keep going
            found, err = [], f"{type(e).__name__}: {e}"
        secs = time.perf_counter() - t0
        locs: dict[tuple[str, str], list[str]] = defaultdict(list)
        for lf in found:
            locs[(lf.finding.type, lf.text)].append(loc_str(lf.location))
        gold = Counter((t, v) for t, vs in fm["values"].items() for v in vs)
        pred = Counter((lf.finding.type, lf.text) for lf in found if lf.finding.type in TYPES)
        tp, fp, fn = score_side(gold, pred)
        counts = Counter(tp=sum(tp.values()), fp=sum(fp.values()), fn=sum(fn.values()))
        for (t, _), n in tp.items():
            per_type[t]["tp"] += n
        for (t, _), n in fp.items():
            per_type[t]["fp"] += n
        for (t, _), n in fn.items():
            per_type[t]["fn"] += n
        for kind, side, other in (("fn", fn, fp), ("fp", fp, fn)):
            for (t, v), n in side.items():
                errors.append({"file": fm["name"], "kind": kind, "type": t, "value": mask(v), "n": n,
                               "cause": _classify(t, v, other, kind),
                               "where": (locs.get((t, v)) or [""])[0] if kind == "fp" else ""})
        entry = {"kind": fm["kind"], "seconds": round(secs, 2), "error": err, **prf(**counts)}
        if "names" in fm:
            g2 = Counter((t, v) for t, vs in fm["names"].items() for v in vs)
            p2 = Counter((lf.finding.type, lf.text) for lf in found if lf.finding.type in NAME_TYPES)
            tp2, fp2, fn2 = score_side(g2, p2)
            c2 = Counter(tp=sum(tp2.values()), fp=sum(fp2.values()), fn=sum(fn2.values()))
            for side, key in ((tp2, "tp"), (fp2, "fp"), (fn2, "fn")):
                for (t, _), n in side.items():
                    per_type_names[t][key] += n
            entry["names"] = prf(**c2)
            for kind, side, other in (("fn", fn2, fp2), ("fp", fp2, fn2)):
                for (t, v), n in side.items():
                    errors.append({"file": fm["name"], "kind": kind, "type": t, "value": mask(v), "n": n,
                                   "cause": _classify(t, v, other, kind) + " [names]",
                                   "where": (locs.get((t, v)) or [""])[0] if kind == "fp" else ""})
        else:
            for lf in found:
                if lf.finding.type in NAME_TYPES:
                    unscored_names[(fm["name"], lf.finding.type)] += 1
        per_file[fm["name"]] = entry
    micro = Counter()
    for c in per_type.values():
        micro.update(c)
    micro_n = Counter()
    for c in per_type_names.values():
        micro_n.update(c)
    causes = Counter()
    for e in errors:
        causes[(e["cause"], e["file"])] += e["n"]
    return {"micro": prf(micro["tp"], micro["fp"], micro["fn"]),
            "per_type": {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in sorted(per_type.items())},
            "names_micro": prf(micro_n["tp"], micro_n["fp"], micro_n["fn"]),
            "names_per_type": {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in sorted(per_type_names.items())},
            "per_file": per_file,
            "causes": [{"cause": c, "file": f, "n": n} for (c, f), n in causes.most_common()],
            "errors": errors,
            "unscored_names": [{"file": f, "type": t, "n": n} for (f, t), n in sorted(unscored_names.items())]}


# --------------------------------------------------------------------------------------------- redact

def decode(data: bytes, encoding: str) -> tuple[str, str]:
    """Decode with the manifest's encoding; returns (text, note)."""
    note = ""
    if encoding == "utf-16":
        if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            note = "UTF-16 BOM lost"
        return data.decode("utf-16"), note
    if encoding == "utf-8-sig":
        if not data.startswith(b"\xef\xbb\xbf"):
            note = "UTF-8 BOM lost"
        return data.decode("utf-8-sig"), note
    try:
        return data.decode(encoding), note
    except UnicodeDecodeError as e:
        return data.decode(encoding, errors="replace"), f"output not valid {encoding}: {e.reason}"


def eols(text: str) -> list[str]:
    return re.findall(r"\r\n|\n|\r", text)


def split_rows(text: str, kind: str) -> list[list[str]] | None:
    if kind.startswith("csv") or kind.startswith("tsv"):
        delim = "\t" if kind.startswith("tsv") else ","
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    if kind.startswith("dash4"):
        return [ln.split("----") for ln in text.splitlines()]
    if kind.startswith("pipe"):
        return [ln.split("|") for ln in text.splitlines()]
    return None


def sql_tuples(text: str) -> list[int]:
    """Field counts of every parenthesised VALUES tuple, quote- and escape-aware (MySQL \\ and SQL '')."""
    out = []
    for line in text.splitlines():
        if "VALUES" not in line:
            continue
        i = line.index("VALUES")
        depth, inq, fields = 0, False, 0
        while i < len(line):
            c = line[i]
            if inq:
                if c == "\\":
                    i += 1
                elif c == "'":
                    if i + 1 < len(line) and line[i + 1] == "'":
                        i += 1
                    else:
                        inq = False
            elif c == "'":
                inq = True
            elif c == "(":
                depth += 1
                if depth == 1:
                    fields = 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    out.append(fields)
            elif c == "," and depth == 1:
                fields += 1
            i += 1
        if inq:
            out.append(-1)   # unterminated string literal
    return out


def json_shape(x):
    if isinstance(x, dict):
        return {k: json_shape(v) for k, v in x.items()}
    if isinstance(x, list):
        return [json_shape(v) for v in x]
    if isinstance(x, bool) or x is None:
        return repr(x)
    return "scalar"


def json_leaves(x, path="$"):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from json_leaves(v, f"{path}.{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from json_leaves(v, f"{path}[{i}]")
    else:
        yield path, x


def search_views(text: str, kind: str) -> str:
    """The output as a reader sees it: for JSON also the decoded string values (\\uXXXX escapes)."""
    views = [text]
    try:
        if kind.startswith("json") and kind != "jsonl":
            views.append(json.dumps(json.loads(text), ensure_ascii=False))
        elif kind == "jsonl":
            views.extend(json.dumps(json.loads(ln), ensure_ascii=False) for ln in text.splitlines() if ln.strip())
    except ValueError:
        pass
    return "\n".join(views)


def present(value: str, hay: str) -> int:
    if re.fullmatch(r"[\x21-\x7e]+", value):
        return len(re.findall(rf"(?<![0-9A-Za-z]){re.escape(value)}(?![0-9A-Za-z])", hay))
    return hay.count(value)


def structure_check(fm: dict, src: str, out: str) -> tuple[list[str], list[dict]]:
    """Problems with the output's structure, and cells changed that held no manifest value."""
    kind = fm["kind"]
    probs = []
    over: list[dict] = []
    if eols(src) != eols(out):
        a, b = Counter(eols(src)), Counter(eols(out))
        probs.append(f"line endings changed: {dict(a)} -> {dict(b)}")
    values = {v for vs in fm["values"].values() for v in vs} | {v for vs in fm.get("names", {}).values() for v in vs}
    rows_in, rows_out = split_rows(src, kind), split_rows(out, kind)
    if rows_in is not None:
        if len(rows_in) != len(rows_out):
            probs.append(f"record count {len(rows_in)} -> {len(rows_out)}")
        bad = [i + 1 for i, (a, b) in enumerate(zip(rows_in, rows_out, strict=False)) if len(a) != len(b)]
        if bad:
            probs.append(f"field count changed on {len(bad)} records (first: record {bad[0]})")
        for i, (a, b) in enumerate(zip(rows_in, rows_out, strict=False)):
            if len(a) != len(b):
                continue
            for j, (x, y) in enumerate(zip(a, b, strict=True)):
                if x != y and not any(v in x for v in values):
                    over.append({"record": i + 1, "field": j + 1, "before": mask(x), "after": mask(y)})
    if kind.startswith("json") and kind != "jsonl":
        try:
            a, b = json.loads(src), json.loads(out)
            if json_shape(a) != json_shape(b):
                probs.append("JSON shape changed (keys / nesting / list lengths)")
            else:
                for (p, x), (_, y) in zip(json_leaves(a), json_leaves(b), strict=True):
                    if str(x) != str(y) and not any(v in str(x) for v in values):
                        over.append({"path": p, "before": mask(str(x)), "after": mask(str(y))})
        except ValueError as e:
            probs.append(f"JSON no longer valid: {e}")
    if kind == "jsonl":
        la, lb = src.splitlines(), out.splitlines()
        if len(la) != len(lb):
            probs.append(f"JSONL line count {len(la)} -> {len(lb)}")
        nbad = 0
        for n, (x, y) in enumerate(zip(la, lb, strict=False)):
            try:
                ja, jb = json.loads(x), json.loads(y)
            except ValueError:
                nbad += 1
                continue
            if json_shape(ja) != json_shape(jb):
                probs.append(f"JSONL line {n + 1}: shape changed")
            else:
                for (p, u), (_, w) in zip(json_leaves(ja), json_leaves(jb), strict=True):
                    if str(u) != str(w) and not any(v in str(u) for v in values):
                        over.append({"line": n + 1, "path": p, "before": mask(str(u)), "after": mask(str(w))})
        if nbad:
            probs.append(f"{nbad} JSONL lines no longer valid JSON")
    if kind.startswith("sql"):
        a, b = sql_tuples(src), sql_tuples(out)
        if a != b:
            diff = sum(1 for x, y in zip(a, b, strict=False) if x != y) + abs(len(a) - len(b))
            probs.append(f"SQL: {diff} of {len(a)} VALUES tuples changed field count or broke quoting")
        if src.count("\n") != out.count("\n"):
            probs.append("SQL: line count changed")
    return probs, over


def unchanged_in_place(fm: dict, src: str, out: str) -> Counter:
    """Manifest values still at their own place: same JSON leaf, else same line number, in the output."""
    values = {v for vs in fm["values"].values() for v in vs} | {v for vs in fm.get("names", {}).values() for v in vs}
    pairs: list[tuple[str, str]] = []
    if fm["kind"].startswith("json") and fm["kind"] != "jsonl":
        try:
            pairs = [(str(a), str(b)) for (_, a), (_, b) in
                     zip(json_leaves(json.loads(src)), json_leaves(json.loads(out)), strict=False)]
        except ValueError:
            pairs = []
    elif fm["kind"] == "jsonl":
        for x, y in zip(src.splitlines(), out.splitlines(), strict=False):
            try:
                pairs += [(str(a), str(b)) for (_, a), (_, b) in
                          zip(json_leaves(json.loads(x)), json_leaves(json.loads(y)), strict=False)]
            except ValueError:
                pairs.append((x, y))
    else:
        pairs = list(zip(src.splitlines(), out.splitlines(), strict=False))
    c: Counter = Counter()
    for a, b in pairs:
        for v in values:
            if v in a:
                k = min(present(v, a), present(v, b))
                if k:
                    c[v] += k
    return c


def run_redact(fm: dict, op: str, tmp: Path, key: Path) -> dict:
    src_path = FILES / fm["name"]
    dst = tmp / op / fm["name"]
    dst.parent.mkdir(parents=True, exist_ok=True)
    cmd = [str(LEAKAID), "redact", str(src_path), "-o", str(dst), "--operator", op, "--format", "json"]
    if op in ("hash", "pseudonym"):
        cmd += ["--key-file", str(key)]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp)
    res: dict = {"exit": p.returncode, "seconds": round(time.perf_counter() - t0, 2), "as": None}
    if not dst.exists():
        res["note"] = "no output written; retried with --as text"
        p2 = subprocess.run(cmd + ["--as", "text"], capture_output=True, text=True, cwd=tmp)
        res["exit_as_text"] = p2.returncode
        res["as"] = "text"
        p = p2
    summary = None
    try:
        summary = json.loads(p.stdout or p.stderr[p.stderr.index("{"):])
    except (ValueError, IndexError):
        res["stderr_tail"] = p.stderr[-300:]
    if summary:
        f0 = (summary.get("files") or [{}])[0]
        res["format"] = f0.get("format")
        res["replaced"] = f0.get("replaced")
        v = f0.get("verify") or {}
        res["verify_clean"] = v.get("clean")
        res["verify_remaining"] = v.get("remaining")
        res["warnings"] = f0.get("warnings")
        res["error"] = f0.get("error")
    if not dst.exists():
        res["problems"] = ["no output file"]
        return res
    src_text, _ = decode(src_path.read_bytes(), fm["encoding"])
    out_text, enc_note = decode(dst.read_bytes(), fm["encoding"])
    probs, over = structure_check(fm, src_text, out_text)
    if enc_note:
        probs.insert(0, enc_note)
    hay = search_views(out_text, fm["kind"])
    leaked = []
    for t, vs in fm["values"].items():
        for v, n in Counter(vs).items():
            k = present(v, hay)
            if k:
                leaked.append({"type": t, "value": mask(v), "n": min(k, n), "raw": v})
    leaked_names = []
    for t, vs in fm.get("names", {}).items():
        for v, n in Counter(vs).items():
            k = present(v, hay)
            if k:
                leaked_names.append({"type": t, "value": mask(v), "n": min(k, n), "raw": v})
    in_place = unchanged_in_place(fm, src_text, out_text)
    for x in leaked + leaked_names:
        x["in_place"] = min(x["n"], in_place.get(x["raw"], 0))
        x["elsewhere"] = max(0, x["n"] - x["in_place"])   # e.g. a pseudonym equal to another record's value
        del x["raw"]
    manifest_vals = {v for vs in fm["values"].values() for v in vs}
    valid_out = find_valid(hay if fm["kind"].startswith("json") else out_text)
    valid_in = find_valid(search_views(src_text, fm["kind"]) if fm["kind"].startswith("json") else src_text)
    residue = []
    for t, v in valid_out:
        in_manifest = v in manifest_vals or re.sub(r"[ -]", "", v) in manifest_vals
        if op == "pseudonym" and not in_manifest:
            continue   # format-keeping pseudonyms are valid by design
        residue.append({"type": t, "value": mask(v), "in_manifest": in_manifest})
    res.update({"leaked": leaked, "leaked_names": leaked_names, "residue_valid": residue,
                "problems": probs, "over_redacted": over[:20], "over_redacted_n": len(over)})
    if op == "pseudonym":
        res["validity_kept"] = {t: [sum(1 for x, _ in valid_in if x == t), sum(1 for x, _ in valid_out if x == t)]
                                for t in ("ID_CARD", "MOBILE", "BANK_CARD", "EMAIL")}
    return res


def eval_redact(manifest: dict, ops: list[str]) -> dict:
    out: dict = {}
    with tempfile.TemporaryDirectory(prefix="probe6-") as td:
        tmp = Path(td)
        key = tmp / "leakaid.key"
        # a fixed key so pseudonym results repeat across runs (the data is fake; never do this with real data)
        key.write_text(hashlib.sha256(b"leakaid probe6 fixed test key").hexdigest() + "\n")
        key.chmod(0o600)
        for fm in manifest["files"]:
            if not fm["text_like"]:
                continue
            out[fm["name"]] = {op: run_redact(fm, op, tmp, key) for op in ops}
    return out


# --------------------------------------------------------------------------------------------- report

def print_report(scan: dict | None, red: dict | None) -> None:
    if scan:
        m = scan["micro"]
        print(f"== scan_file, 13 structured types: P {m['precision']:.4f}  R {m['recall']:.4f}  F1 {m['f1']:.4f}"
              f"  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
        for t, s in scan["per_type"].items():
            print(f"   {t:16} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}  "
                  f"tp {s['tp']:5} fp {s['fp']:4} fn {s['fn']:4}")
        n = scan["names_micro"]
        print(f"== PERSON/ADDRESS (files with a 姓名/地址 basis): P {n['precision']:.4f} R {n['recall']:.4f} "
              f"F1 {n['f1']:.4f}  (tp {n['tp']}, fp {n['fp']}, fn {n['fn']})")
        for t, s in scan["names_per_type"].items():
            print(f"   {t:16} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}  "
                  f"tp {s['tp']:5} fp {s['fp']:4} fn {s['fn']:4}")
        print("== per file (structured | names)")
        for f, s in scan["per_file"].items():
            nm = s.get("names")
            ns = f"| P {nm['precision']:.3f} R {nm['recall']:.3f} F1 {nm['f1']:.3f}" if nm else ""
            print(f"   {f:28} {s['seconds']:6.2f}s  P {s['precision']:.3f} R {s['recall']:.3f} "
                  f"F1 {s['f1']:.3f} (fp {s['fp']}, fn {s['fn']}) {ns}{'  ERROR ' + s['error'] if s['error'] else ''}")
        if scan["unscored_names"]:
            print("== PERSON/ADDRESS findings in files without a names label (not scored)")
            for u in scan["unscored_names"]:
                print(f"   {u['file']:28} {u['type']:8} {u['n']}")
        print("== error causes (count, file)")
        for c in scan["causes"]:
            print(f"   {c['n']:5}  {c['cause']:40} {c['file']}")
        print("== errors (masked) by cause and file; up to 8 examples each, --json lists every one")
        groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for e in scan["errors"]:
            groups[(e["cause"], e["file"])].append(e)
        for (cause, f), es in sorted(groups.items(), key=lambda kv: -sum(e["n"] for e in kv[1])):
            print(f"   {cause} — {f} ({sum(e['n'] for e in es)})")
            for e in es[:8]:
                print(f"      {e['kind']} {e['type']:10} {e['value']} ×{e['n']} {e['where']}")
    if red:
        print("== redaction round trip (exit code; leaked manifest values; valid residue; structure)")
        for f, ops in red.items():
            for op, r in ops.items():
                flags = []
                if r.get("leaked"):
                    flags.append(f"LEAKED {sum(x['n'] for x in r['leaked'])} structured "
                                 f"{dict(Counter(x['type'] for x in r['leaked']))}")
                if r.get("leaked_names"):
                    flags.append(f"names left {sum(x['n'] for x in r['leaked_names'])} "
                                 f"{dict(Counter(x['type'] for x in r['leaked_names']))}")
                if r.get("residue_valid"):
                    flags.append(f"valid residue {len(r['residue_valid'])}")
                if r.get("problems"):
                    flags.append("BROKE: " + "; ".join(r["problems"]))
                if r.get("over_redacted_n"):
                    flags.append(f"over-redacted cells {r['over_redacted_n']}")
                if r.get("validity_kept"):
                    bad = {t: v for t, v in r["validity_kept"].items() if v[0] != v[1]}
                    if bad:
                        flags.append(f"pseudonym validity in→out {bad}")
                extra = f" (as {r['as']}: exit {r.get('exit_as_text')})" if r.get("as") else ""
                print(f"   {f:28} {op:9} exit {r['exit']}{extra} verify_clean={r.get('verify_clean')} "
                      f"{'; '.join(flags) if flags else 'ok'}")
        print("== leaked values (masked)")
        for f, ops in red.items():
            for op, r in ops.items():
                lk = r.get("leaked", []) + r.get("leaked_names", [])
                if lk:
                    ip = sum(x["in_place"] for x in lk)
                    el = sum(x["elsewhere"] for x in lk)
                    print(f"   {f:28} {op:9} {len(lk)} values left: {ip} unchanged in place, {el} elsewhere "
                          f"(a replacement equal to another real value); examples:")
                    for x in lk[:6]:
                        print(f"      {x['type']:10} {x['value']} ×{x['n']} (in place {x['in_place']})")
                for x in r.get("residue_valid", [])[:6]:
                    print(f"   {f:28} {op:9} residue {x['type']:10} {x['value']} in_manifest={x['in_manifest']}")
                for x in r.get("over_redacted", [])[:5]:
                    print(f"   {f:28} {op:9} over-redacted {x}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    ap.add_argument("--no-redact", action="store_true")
    ap.add_argument("--no-scan", action="store_true")
    ap.add_argument("--operators", default="mask,tag,hash,pseudonym")
    a = ap.parse_args()
    manifest = json.loads((FILES / "manifest.json").read_text(encoding="utf-8"))
    scan = None if a.no_scan else eval_scan(manifest)
    red = None if a.no_redact else eval_redact(manifest, a.operators.split(","))
    if a.json:
        print(json.dumps({"scan": scan, "redact": red}, ensure_ascii=False, indent=1))
    else:
        print_report(scan, red)
    return 0


if __name__ == "__main__":
    sys.exit(main())
