"""Per-scan state shared by the recognisers: the folded text, cue words, table context, findings."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect.finding import Finding
from leakaid.detect.tabular import TableIndex

_DIGIT = re.compile("[0-9]")
_COMPANY = re.compile("有限|公司|集团|集團|股份|中心")
_VALUE_IN_GAP = re.compile("[0-9]{5}|[A-Za-z][A-Za-z0-9_\\-]{5}")
CUE_WINDOW = 16  # characters between a cue word and the value it describes

# Starting scores per rule: validated values high, shape-only values low (then context adjusts them).
SCORES = {
    "ID_CARD": 0.95, "ID_CARD_15": 0.75, "MOBILE": 0.85, "MOBILE_DATA": 0.6, "LANDLINE": 0.8, "BANK_CARD": 0.85,
    "BANK_CARD_SCHEME": 0.4, "EMAIL": 0.95, "PLATE": 0.88, "IP": 0.88, "GPS": 0.7, "QQ": 0.9, "WECHAT": 0.9,
    "PASSPORT": 0.9, "HK_MACAO_PERMIT": 0.9, "BIRTHDATE": 0.9, "INTL": 0.85,
}
BOOST_CUES = {
    "ID_CARD": {C.ID}, "MOBILE": {C.PHONE}, "LANDLINE": {C.PHONE, C.LANDLINE}, "BANK_CARD": {C.BANK},
    "PLATE": {C.PLATE}, "IP": {C.IP}, "GPS": {C.GPS}, "EMAIL": {C.EMAIL},
}
NO_DETAILS: Mapping[str, Any] = MappingProxyType({})


@dataclass(slots=True)
class ScanContext:
    """The state of one ``Engine.scan`` call; recognisers add findings through ``add``."""

    text: str  # folded text
    cues: C.CueIndex
    hint: str | None
    want: frozenset[str]
    out: list[Finding]
    tables: TableIndex | None = None
    sql: list[tuple[str, int, int]] | None = None  # values named far from themselves: SQL columns (sqltext), keyed_logs
    _cue_pos: int = -1
    _cue_kind: str | None = None

    def cue(self, pos: int) -> str | None:
        """What the value at ``pos`` is said to be: the nearest cue word before it on its line, else its
        table column (header or vote), else the segment hint. Memoised for the last position."""
        if pos != self._cue_pos:
            near = self.cues.nearest_before(pos, CUE_WINDOW)
            kind = near[0] if near is not None else None
            if near is not None and near[1] > 0:
                gap = self.text[pos - near[1] : pos]
                if kind == C.NEG and (_DIGIT.search(gap) or _COMPANY.match(gap)):
                    # 金额：￥1340.54 配送员 138…: a negating word describes the number right after it;
                    # 金硕物流有限公司 / 0512-…: the word is part of a company's name
                    kind = None
                elif kind in (C.QQ, C.WECHAT) and _VALUE_IN_GAP.search(gap):
                    kind = None  # 加微信ruibo2001，后来又用155…: the cue named the value right after it, not this one
                elif "|" in gap or "\t" in gap or "----" in gap:
                    kind = None  # the cue sits in another cell of a table row
                elif "," in gap:
                    if self.tables is None:
                        self.tables = TableIndex(self.text)
                    block = self.tables.block_at(pos)
                    if block is not None and block.delim == ",":
                        kind = None
            if kind is None:
                if self.tables is None:
                    self.tables = TableIndex(self.text)
                kind = self.tables.column_kind(pos) or self.hint
            self._cue_pos = pos
            self._cue_kind = kind
        return self._cue_kind

    def add(self, start: int, end: int, type_: str, score: float, rule: str, details: Mapping[str, Any] = NO_DETAILS) -> None:
        if type_ in self.want:
            boost = BOOST_CUES.get(type_)
            if boost is not None and self.cue(start) in boost:
                score = min(0.99, score + 0.1)
            self.out.append(Finding(start, end, type_, score, details, rule))
