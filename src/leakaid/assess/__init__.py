"""assess (dataset assessment under 法释〔2017〕10号): how many valid, distinct items of which category a
leaked dump holds, and which threshold of 《刑法》第二百五十三条之一 that reaches.

>>> from leakaid.assess import assess_files            # doctest: +SKIP
>>> report = assess_files(["dump.csv"], facts=Facts(insider=True))  # doctest: +SKIP
>>> report["tier"], report["counts"]                     # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

from leakaid.assess.counter import Counter
from leakaid.assess.law import (
    CATEGORIES,
    CATEGORY_CITES,
    CATEGORY_LABELS,
    INTERP,
    TIER_LABELS,
    Facts,
    counting_notes,
    verdict,
)
from leakaid.assess.readers import read_dump

__all__ = ["CATEGORIES", "Facts", "assess_files", "build_report", "parse_overrides"]

MAPPING_NOTE = (f"「{INTERP}」数据种类与第五条第一款第三项、第四项、第五项的对应关系是本工具对类别名称的理解，"
                "仅供参考；可用 --category 列名=art5_1_3|art5_1_4|art5_1_5|none 覆盖。每条记录只计一次，计入其中最敏感的类别。")
RECORD_NOTE = (f"「{INTERP}」一条记录中任何一个经校验的标识（身份证号、手机号、银行卡号、邮箱）无效，即视为“有证据证明信息不真实”"
               "而排除；不含任何可识别个人的字段的记录不计入（第一条“能够单独或者与其他信息结合识别特定自然人身份”）。"
               "重复指同一人、同一信息：对已分类列的规范化取值计算哈希，取值相同即为重复。")


def parse_overrides(items: Sequence[str]) -> dict[str, str]:
    """``["手机号=art5_1_4", "3=none"]`` → ``{"手机号": "art5_1_4", "3": "none"}``."""
    from leakaid.errors import ConfigError

    out: dict[str, str] = {}
    for it in items:
        col, sep, cat = it.rpartition("=")
        cat = cat.strip()
        if not sep or not col.strip() or cat not in (*CATEGORIES, "none"):
            raise ConfigError(f"--category 的格式应为 列名或列序号=art5_1_3|art5_1_4|art5_1_5|none，收到：{it}")
        out[col.strip()] = cat
    return out


def assess_files(paths: Sequence[str | Path], *, facts: Facts | None = None, overrides: dict[str, str] | None = None,
                 separate_sales: bool = False, header: bool | None = None, fmt: str = "auto",
                 delimiter: str | None = None, encoding: str | None = None, exact: bool = False,
                 tmpdir: str | None = None) -> dict[str, Any]:
    """Read, classify and count every file, then apply 第五条; returns the JSON-ready report."""
    counter = Counter(overrides=overrides, separate_sales=separate_sales, header=header, exact=exact, tmpdir=tmpdir)
    try:
        for i, p in enumerate(paths):
            counter.files.append(str(p))
            for batch in read_dump(p, fmt=fmt, delimiter=delimiter, encoding=encoding):
                counter.feed(batch, i)
        counted = counter.result()
    finally:
        counter.close()
    return build_report(counted, facts or Facts(), [str(p) for p in paths], separate_sales)


def build_report(counted: dict[str, Any], facts: Facts, files: list[str], separate_sales: bool) -> dict[str, Any]:
    from leakaid import __version__

    v = verdict(counted["counts"], facts)
    mapping = []
    for t in counted["tables"]:
        for c in t["columns"]:
            cat = c["category"]
            mapping.append({"table": t["name"], "column": c["name"], "index": c["index"], "kind": c["kind"],
                            "label": c["label"], "category": cat,
                            "category_cite": CATEGORY_CITES.get(cat) if cat else None,
                            "category_label": CATEGORY_LABELS.get(cat) if cat else None,
                            "source": c["source"]})
    return {
        "tool": "leakaid assess",
        "version": __version__,
        "files": files,
        "separate_sales": separate_sales,
        "tier": v.tier,
        "tier_label": TIER_LABELS[v.tier],
        "counts": v.counts,
        "ratio": float(v.ratio),
        "ratio_exact": f"{v.ratio.numerator}/{v.ratio.denominator}",
        "rows": counted["rows"],
        "excluded": counted["excluded"],
        "distinct_persons": counted["distinct_persons"],
        "facts": _facts_dict(facts),
        "citations": v.citations(),
        "counting": [ln.to_dict() for ln in counting_notes(separate_sales, len(files))],
        "mapping": mapping,
        "mapping_note": MAPPING_NOTE,
        "record_note": RECORD_NOTE,
        "tables": counted["tables"],
        "penalty": v.penalty,
    }


def _facts_dict(f: Facts) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k in f.__dataclass_fields__:
        val = getattr(f, k)
        out[k] = float(val) if isinstance(val, Fraction) else val
    return out
