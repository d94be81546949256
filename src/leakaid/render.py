"""Output formats of ``leakaid scan``: table, JSON, JSONL, CSV and SARIF 2.1.0.

Values are masked unless the caller asks for raw values; a keyed fingerprint
(HMAC-SHA256 of type + normalised value) is added only when a key is configured,
because a plain hash of a phone number can be reversed by trying every number.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any, TextIO

from leakaid import __version__
from leakaid.detect.finding import TYPE_LABELS, TYPES
from leakaid.scan import LocatedFinding, ScanError

FORMATS = ("table", "json", "jsonl", "csv", "sarif")


def mask_preview(value: str, type_: str) -> str:
    """The value masked by the project's house rule (the same rule ``leakaid redact`` applies, see
    ``leakaid.redact.mask``): enough to recognise one's own data, not enough to misuse it."""
    from leakaid.redact.mask import mask_value

    return mask_value(type_, value)


def fingerprint(value: str, type_: str, key: bytes) -> str:
    norm = "".join(ch for ch in value if ch.isalnum() or ch in "@.").lower()
    return hmac.new(key, f"{type_}\x00{norm}".encode(), hashlib.sha256).hexdigest()[:32]


def finding_record(lf: LocatedFinding, *, show_values: bool, key: bytes | None) -> dict[str, Any]:
    f = lf.finding
    rec: dict[str, Any] = {
        "type": f.type,
        "label": TYPE_LABELS.get(f.type, f.type),
        "score": round(f.score, 3),
        "rule": f.rule,
        "location": lf.location.to_dict(),
        "value": lf.text if show_values else mask_preview(lf.text, f.type),
        "masked": not show_values,
        "details": dict(f.details),
    }
    if key is not None:
        rec["fingerprint"] = fingerprint(lf.text, f.type, key)
    return rec


class Summary:
    """Counts per type and per file, and the errors, for the closing summary and the exit code."""

    def __init__(self) -> None:
        self.by_type: Counter[str] = Counter()
        self.by_file: Counter[str] = Counter()
        self.types_by_file: dict[str, Counter[str]] = {}
        self.errors: list[ScanError] = []
        self.skipped: list[ScanError] = []
        self.warnings: list[ScanError] = []

    def add(self, item: LocatedFinding | ScanError) -> None:
        if isinstance(item, ScanError):
            (self.skipped if item.skipped else self.warnings if item.warning else self.errors).append(item)
        else:
            self.by_type[item.finding.type] += 1
            self.by_file[item.location.path] += 1
            self.types_by_file.setdefault(item.location.path, Counter())[item.finding.type] += 1

    @property
    def total(self) -> int:
        return sum(self.by_type.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "by_type": {t: self.by_type[t] for t in TYPES if self.by_type[t]},
            "by_file": {p: {"total": n, "by_type": dict(self.types_by_file[p])} for p, n in self.by_file.items()},
            "errors": [{"path": e.path, "message": e.message} for e in self.errors],
            "skipped": [{"path": e.path, "message": e.message} for e in self.skipped],
            "warnings": [{"path": e.path, "message": e.message} for e in self.warnings],
        }


def write_csv_header(out: TextIO) -> csv.writer:
    w = csv.writer(out)
    w.writerow(["path", "line", "column", "page", "sheet", "row", "field", "type", "label", "score", "value", "details"])
    return w


def write_csv_row(w: Any, rec: dict[str, Any]) -> None:
    loc = rec["location"]
    w.writerow(
        [
            loc.get("path", ""), loc.get("line", ""), loc.get("column", ""), loc.get("page", ""), loc.get("sheet", ""),
            loc.get("row", ""), loc.get("field", ""), rec["type"], rec["label"], rec["score"], rec["value"],
            json.dumps(rec["details"], ensure_ascii=False),
        ]
    )


def sarif(records: Iterable[dict[str, Any]], summary: Summary) -> dict[str, Any]:
    """A SARIF 2.1.0 log: one rule per type, one result per finding, file errors as notifications."""
    results = []
    used: set[str] = set()
    for rec in records:
        loc = rec["location"]
        region: dict[str, Any] = {}
        if loc.get("line"):
            region["startLine"] = loc["line"]
            if loc.get("column"):
                region["startColumn"] = loc["column"]
        physical: dict[str, Any] = {"artifactLocation": {"uri": loc.get("path", "")}}
        if region:
            physical["region"] = region
        where = {k: v for k, v in loc.items() if k not in ("path", "line", "column")}
        result: dict[str, Any] = {
            "ruleId": rec["type"],
            "level": "warning",
            "message": {"text": f"发现{rec['label']}：{rec['value']}"},
            "locations": [{"physicalLocation": physical}],
            "properties": {"score": rec["score"], "rule": rec["rule"], **({"where": where} if where else {})},
        }
        if "fingerprint" in rec:
            result["partialFingerprints"] = {"leakaidValue/v1": rec["fingerprint"]}
        results.append(result)
        used.add(rec["type"])
    rules = [
        {
            "id": t,
            "name": t.title().replace("_", ""),
            "shortDescription": {"text": f"个人信息：{TYPE_LABELS[t]}"},
            "defaultConfiguration": {"level": "warning"},
        }
        for t in TYPES
        if t in used
    ]
    notifications = [{"level": "error", "message": {"text": f"{e.path}: {e.message}"}} for e in summary.errors] + [
        {"level": "warning", "message": {"text": f"{e.path}: {e.message}"}} for e in summary.warnings
    ]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "leakaid", "version": __version__, "rules": rules}},
                "results": results,
                "invocations": [
                    {"executionSuccessful": not summary.errors, "toolExecutionNotifications": notifications}
                ],
            }
        ],
    }


def summary_text(summary: Summary) -> str:
    buf = io.StringIO()
    buf.write(f"共发现 {summary.total} 处个人信息")
    if summary.by_type:
        buf.write("：" + "，".join(f"{TYPE_LABELS[t]} {summary.by_type[t]}" for t in TYPES if summary.by_type[t]))
    buf.write("\n")
    if summary.by_file:
        buf.write(f"涉及文件 {len(summary.by_file)} 个：\n")
        shown = summary.by_file.most_common(20)
        for path, n in shown:
            kinds = summary.types_by_file.get(path, Counter())
            detail = "，".join(f"{TYPE_LABELS[t]} {kinds[t]}" for t in TYPES if kinds[t])
            buf.write(f"  {path}：{n} 处（{detail}）\n")
        if len(summary.by_file) > len(shown):
            buf.write(f"  …… 另有 {len(summary.by_file) - len(shown)} 个文件\n")
    for e in summary.errors:
        buf.write(f"错误：{e.path}：{e.message}\n")
    for e in summary.warnings:
        buf.write(f"注意：{e.path}：{e.message}\n")
    for e in summary.skipped:
        buf.write(f"跳过：{e.path}：{e.message}\n")
    return buf.getvalue()
