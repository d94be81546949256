"""The result type of detection and the fixed type vocabulary."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

# Fixed vocabulary (DESIGN.md): add types, never rename these.
TYPES: tuple[str, ...] = (
    "ID_CARD",
    "MOBILE",
    "LANDLINE",
    "BANK_CARD",
    "EMAIL",
    "PLATE",
    "PASSPORT",
    "HK_MACAO_PERMIT",
    "IP",
    "QQ",
    "WECHAT",
    "PERSON",
    "ADDRESS",
    "GPS",
    "BIRTHDATE",
)

STRUCTURED_TYPES: frozenset[str] = frozenset(TYPES) - {"PERSON", "ADDRESS"}

# Chinese labels used in tags and reports.
TYPE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "ID_CARD": "身份证号",
        "MOBILE": "手机号",
        "LANDLINE": "固定电话",
        "BANK_CARD": "银行卡号",
        "EMAIL": "电子邮箱",
        "PLATE": "车牌号",
        "PASSPORT": "护照号",
        "HK_MACAO_PERMIT": "港澳通行证号",
        "IP": "IP地址",
        "QQ": "QQ号",
        "WECHAT": "微信号",
        "PERSON": "姓名",
        "ADDRESS": "地址",
        "GPS": "经纬度",
        "BIRTHDATE": "出生日期",
    }
)

_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Finding(NamedTuple):
    """One piece of personal information found in a text.

    ``start``/``end`` are character offsets into the caller's text (end exclusive),
    never into a normalised copy. ``score`` is in 0..1: validated + context ≈ 0.95+,
    a bare pattern lower. ``details`` carries what the recogniser learned (region,
    birth date and sex of an ID, the bank of a card, the carrier of a mobile …) and
    ``rule`` names the stable rule id that produced it.

    A NamedTuple rather than a frozen dataclass: just as immutable, and four times
    cheaper to create, which matters when a dump holds millions of findings.
    """

    start: int
    end: int
    type: str
    score: float
    details: Mapping[str, Any] = _EMPTY
    rule: str = ""

    def shifted(self, offset: int) -> Finding:
        """The same finding with both offsets moved by ``offset``."""
        return Finding(self.start + offset, self.end + offset, self.type, self.score, self.details, self.rule)

    def to_dict(self) -> dict[str, Any]:
        """A fresh JSON-ready dict (no raw value: callers add it only on request)."""
        return {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "score": round(self.score, 3),
            "rule": self.rule,
            "details": dict(self.details),
        }
