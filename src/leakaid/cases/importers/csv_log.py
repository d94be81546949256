"""CSV call / SMS logs exported by phones or carriers; columns are recognised by their header names."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from leakaid.cases.importers.base import MAX_BODY, Record, from_epoch_ms, to_utc_naive
from leakaid.errors import SourceError

_COLUMNS = {
    "sender": ("号码", "电话", "电话号码", "对方号码", "发送方", "发件人", "联系人号码", "手机号", "number", "phone",
               "address", "from", "sender", "caller"),
    "time": ("时间", "日期", "发送时间", "接收时间", "通话时间", "开始时间", "date", "time", "datetime", "timestamp"),
    "body": ("内容", "短信内容", "消息内容", "正文", "body", "message", "text", "content"),
    "type": ("类型", "方向", "呼叫类型", "通话类型", "type", "direction"),
    "duration": ("时长", "通话时长", "时长(秒)", "时长（秒）", "duration", "seconds"),
}
_IN = ("in", "incoming", "received", "来电", "呼入", "接收", "收到", "已接", "1")
_OUT = ("out", "outgoing", "sent", "去电", "呼出", "发送", "已发送", "2")
_MISSED = ("missed", "未接", "未接来电", "拒接", "3", "5")
_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y年%m月%d日 %H:%M:%S",
            "%Y年%m月%d日 %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d")


def _decode(path: Path) -> str:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise SourceError(str(path), "无法识别文件编码（请另存为 UTF-8 编码的 CSV）。")


def _time(value: str):
    value = value.strip()
    if value.isdigit() and len(value) >= 12:
        return from_epoch_ms(value)
    if value.isdigit() and len(value) == 10:
        return from_epoch_ms(value + "000")
    for fmt in _FORMATS:
        try:
            return to_utc_naive(datetime.strptime(value, fmt))
        except ValueError:
            continue
    return None


def _direction(value: str) -> str:
    v = value.strip().lower()
    if v in _MISSED or "未接" in v or "拒" in v:
        return "missed"
    if v in _OUT or "呼出" in v or "发送" in v:
        return "out"
    if v in _IN or "来电" in v or "接收" in v:
        return "in"
    return "in"


def parse(path: Path) -> Iterator[Record]:
    text = _decode(path)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise SourceError(str(path), "CSV 文件是空的。")
    index: dict[str, int] = {}
    norm = [h.strip().lower() for h in header]
    for field, names in _COLUMNS.items():
        for i, h in enumerate(norm):
            if h in names:
                index.setdefault(field, i)
    if "sender" not in index:
        raise SourceError(str(path), f"找不到号码列；表头应包含“号码”“电话”或“number”之一（现有：{'、'.join(header)}）。")
    is_sms = "body" in index
    for row in reader:
        if not row or len(row) <= index["sender"]:
            continue

        def col(field: str, row: list[str] = row) -> str:
            i = index.get(field)
            return row[i] if i is not None and i < len(row) else ""

        dur = col("duration").strip()
        yield Record(
            "sms" if is_sms else "call",
            _direction(col("type")) if "type" in index else "in",
            col("sender"),
            _time(col("time")),
            col("body")[:MAX_BODY],
            "",
            int(dur) if dur.isdigit() else 0,
        )
