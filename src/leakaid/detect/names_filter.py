"""Glue between the engine and the names tier (``leakaid.detect.pii_names``): sanity checks that drop
what cannot be a name or an address, and the unit/room tail the tier sometimes cuts short."""

from __future__ import annotations

import re
from bisect import bisect_left

from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect.context import ScanContext
from leakaid.detect.finding import Finding


def person_address(ctx: ScanContext, text: str, hint: str | None, use_model: bool) -> None:
    """Add the names tier's PERSON / ADDRESS findings that pass the sanity checks below."""
    from leakaid.detect.pii_names import find_person_address  # numpy and the model load on first use

    want = ctx.want & {"PERSON", "ADDRESS"}
    if _SURROGATE.search(text) is not None:  # lone surrogates (surrogateescape input): one for one, offsets kept
        text = _SURROGATE.sub("\ufffd", text)
    structured = _Spans([(f.start, f.end) for f in ctx.out])
    for f in find_person_address(text, types=frozenset(want), hint=hint, use_model=use_model):
        if f.type == "ADDRESS":
            f = _extend_address(text, f)
        if _plausible_name_or_address(text, f) and not structured.overlaps(f.start, f.end):
            ctx.out.append(f)


class _Spans:
    """Structured findings, for "does this name overlap one of them?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.max_end: list[int] = []
        top = -1
        for _, e in spans:
            top = max(top, e)
            self.max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # spans starting before ``end``
        return i > 0 and self.max_end[i - 1] > start


_HAN = re.compile("[\u3400-\u9fff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _plausible_name_or_address(text: str, f: Finding) -> bool:
    """Engine-level sanity checks on the names tier: a name or address has Han characters, is not a cue
    word (身份证, QQ号), is not masked output (****), and an address is finer than a division name."""
    value = text[f.start : f.end]
    if _HAN.search(value) is None or "**" in value or "＊＊" in value:
        return False
    if text[f.end : f.end + 1] in ("*", "＊") or text[f.start - 1 : f.start] in ("*", "＊"):
        return False  # the visible part of a masked value (广东省深圳市南山区****, 张**)
    if f.type == "ADDRESS" and _ADDRESS_GRAIN.search(value) is None:
        return False  # only division names (深圳市, 北京市朝阳区): a place, not an address that locates a person
    if f.type == "PERSON" and (
        C.kind_of(value) is not None or C.kind_of(value.rstrip("号號码碼")) is not None or _ORDINAL.fullmatch(value)
    ):
        return False  # 身份证 / QQ号 are field labels; 第五条 is an article number (第 is also a surname)
    return True


# Something finer than a division: a number, or a road / village / building word.
_ADDRESS_GRAIN = re.compile(
    "[0-9０-９]|小区|小區|大厦|大廈|花园|花園|胡同|公寓|广场|廣場|单元|單元|[路街巷弄号號栋棟幢室楼樓村组組镇鎮乡鄉屯寨庄莊苑院坊湾灣座层層]"
)
_ORDINAL = re.compile("第[〇零一二三四五六七八九十百千万两0-9]+[条條款项項章节節编編部届屆次名号號期回页頁]?")
# The unit/room tail of an address the names tier cut short: 新村10【-4-151】, 15号【楼1503】.
_ADDRESS_TAIL = re.compile(
    "(?:[-－—][0-9０-９]{1,5}(?![0-9０-９])|(?:号楼|號樓|栋|棟|幢|单元|單元|层|層|楼|樓|室|户|戶)(?:[0-9０-９]{1,5}(?![0-9０-９]))?)+"
    "(?:室|号|號)?"
)


def _extend_address(text: str, f: Finding) -> Finding:
    m = _ADDRESS_TAIL.match(text, f.end)
    return f._replace(end=m.end()) if m is not None and m.end() > f.end else f
