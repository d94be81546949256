"""Last checks on the names tier's candidates: drop what cannot be a name or an address, and take in the
unit/room tail the tagger sometimes cuts short. Applied to every result of ``find_person_address``."""

from __future__ import annotations

import re

from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect.finding import Finding


def sane(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings that pass the checks, addresses extended over their unit/room tail and joined where
    only a dash or a slash separates their parts (江苏省-无锡市-南长区…)."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda x: x.start):
        if f.type == "ADDRESS":
            f = _extend_address(text, f)
            last = out[-1] if out else None
            if last is not None and last.type == "ADDRESS" and _joined(text, last.end, f.start):
                details = last.details if len(last.details) >= len(f.details) else f.details
                out[-1] = last._replace(end=max(last.end, f.end), score=max(last.score, f.score), details=details)
                continue
        out.append(f)
    return [f for f in out if _plausible_name_or_address(text, f)]


def _joined(text: str, end: int, start: int) -> bool:
    """Two address pieces are one address when they overlap, touch, or only a dash/slash lies between."""
    return start <= end or (start - end <= 2 and all(ch in "-－—_/／·" for ch in text[end:start]))


_HAN = re.compile("[\u3400-\u9fff]")
def _plausible_name_or_address(text: str, f: Finding) -> bool:
    """Engine-level sanity checks on the names tier: a name or address has Han characters, is not a cue
    word (身份证, QQ号), is not masked output (****), and an address is finer than a division name."""
    value = text[f.start : f.end]
    if _HAN.search(value) is None or "**" in value or "＊＊" in value:
        return False
    if text[f.end : f.end + 1] in ("*", "＊") or text[f.start - 1 : f.start] in ("*", "＊"):
        return False  # the visible part of a masked value (广东省深圳市南山区****, 张**)
    if f.type == "ADDRESS" and _ADDRESS_GRAIN.search(value) is None and value == text.strip():
        # a cell or value that is only division names (a 城市 column: 深圳市) is a place, not an address that
        # locates a person; inside a longer text the same words usually start one (浙江省宁波市慈溪市 浒山街道…)
        return False
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
