"""Tables inside a text, read by their header for the names tier (and labelled lines of other kinds).

A ``收货人`` / ``详细地址`` column names every cell under it (the cells become keyed values, like a JSON key's
value); a column that holds something else (城市, 昵称, 用户名, 公司名称, 备注 …) keeps the names tier from calling
its cells names or addresses. Blocks come from ``leakaid.detect.tabular`` (CSV / TSV / ``|`` / ``----`` rows).
"""

from __future__ import annotations

import re

from leakaid.detect.tabular import TableIndex

# Columns whose cells are never a person's name or address as a whole cell (a remark) or at all (the others)
_OTHER_COLUMN = re.compile(
    "城市|省份|省市|区县|區縣|地区|地區|所在地区|昵称|暱稱|用户名|用戶名|账号|帳號|公司|单位名称|單位名稱|企业|企業|商品|品名|"
    "店铺|店鋪|状态|狀態|city|province|district|nick|user_?name|login|account|company|corp|org|product|item|shop|"
    "store|status",
    re.I,
)
_REMARK_COLUMN = re.compile("备注|備註|说明|說明|留言|remark|note|memo|comment", re.I)
_DELIMS = ("\t", ",", "|", "----")
_LABELLED = re.compile("(?m)^[ \t\u3000]*([^\n：:]{1,12}?)[ \t\u3000]*[：:][ \t\u3000]*([^\n]{0,80})")


def other_column(header: str) -> bool:
    """Whether a header names a column of something else than names and addresses (城市, 昵称, 公司名称 …)."""
    return _OTHER_COLUMN.search(header) is not None


def _might_hold_table(text: str) -> bool:
    return "\n" in text and any(d in text for d in _DELIMS)


def table_columns(
    folded: str, hint_kind
) -> tuple[list[tuple[str, int, int]], list[tuple[int, int, bool]]]:  # noqa: ANN001
    """``(keyed, quiet)``: (header, start, end) of the cells under a name / address header, and (start, end,
    whole_only) of the cells where the names tier must not report (whole_only: only a candidate filling the cell)."""
    keyed: list[tuple[str, int, int]] = []
    quiet: list[tuple[int, int, bool]] = []
    if "：" in folded or ":" in folded:  # 商品名称：西湖龙井 / 城市：石家庄市 — a labelled line of another kind
        for m in _LABELLED.finditer(folded):
            label = m.group(1).strip()
            if hint_kind(label) is None and _OTHER_COLUMN.search(label) and m.end(2) > m.start(2):
                quiet.append((m.start(2), m.end(2), False))
    if not _might_hold_table(folded):
        return keyed, quiet
    index = TableIndex(folded)
    pos, n = 0, len(folded)
    while pos < n:
        block = index.block_at(pos)
        if block is None:
            nl = folded.find("\n", pos)
            pos = n if nl < 0 else nl + 1
            continue
        pos = max(block.end + 1, pos + 1)
        if not block.header:
            continue
        line_end = folded.find("\n", block.start, block.end)
        header = folded[block.start : block.end if line_end < 0 else line_end].split(block.delim)
        for col, name in enumerate(header):
            name = name.strip().strip("\"'")
            if not name:
                continue
            kind = hint_kind(name)
            if kind is not None:
                keyed += [(name, s, e) for s, e in index.cells(block, col)]
            elif _REMARK_COLUMN.search(name):
                quiet += [(s, e, True) for s, e in index.cells(block, col)]
            elif _OTHER_COLUMN.search(name):
                quiet += [(s, e, False) for s, e in index.cells(block, col)]
    return keyed, quiet
