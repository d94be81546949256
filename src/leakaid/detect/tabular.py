"""Tables inside a text: column headers and value voting give context to cells that have none.

Leaked customer tables arrive as CSV/TSV/``|``/``----`` text. A QQ number or a WeChat
ID in such a row has no cue word beside it; its column does: the header (``QQ号``) or,
without a header, the column's values themselves (a column where nine cells in ten
are Luhn-valid card numbers is a card column). This module finds the block of lines
around a position that share one delimiter and the same number of cells, reads the
header, votes on headerless columns, and answers "what kind of column is this
character in?" for the engine's context look-ups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect.fastcheck import luhn_ok

DELIMITERS = ("----", "\t", "|", ",", ";")
_MIN_ROWS = 3
_MAX_LINES = 100_000  # how far a block is followed in each direction
_VOTE_SAMPLE = 300
_VOTE_SHARE = 0.8
_MAX_ROW = 4096  # longer lines are prose or logs, not table rows

_QQ_RE = re.compile(r"[1-9][0-9]{4,10}")
_DATE_RE = re.compile(
    r"(?:19|20)[0-9]{2}(?:([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12][0-9]|3[01])"
    r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
)
# a header cell: a short name with at most two digits (地址2, Unnamed: 0 from pandas), no value-like marks
_HEADER_CELL_RE = re.compile(r"[^0-9]+|(?=[^0-9@]*[^\W\d_])(?:[^0-9@]*[0-9]){1,2}[^0-9@]*")


@dataclass(slots=True)
class Block:
    start: int  # offset of the first character of the first line
    end: int  # offset just after the last line
    delim: str
    kinds: list[str | None]  # per column: a cue kind (QQ, WECHAT, BANK, BIRTH …) or None
    header: bool
    row_starts: list[int] = field(default_factory=list)  # starts of the data lines


class TableIndex:
    """Lazily finds table blocks in one text; ``column_kind(pos)`` is the only query.

    The block of a line is the one built from that line with its own delimiter, whatever was asked
    before: a built block is shared by the lines in it that pick the same delimiter (building from them
    gives the same block), so answers never depend on the order of the queries."""

    __slots__ = ("_blocks", "_by_line", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._blocks: list[Block] = []
        self._by_line: dict[int, Block | None] = {}  # line start -> its block (None: not in a table)

    def column_kind(self, pos: int) -> str | None:
        block = self.block_at(pos)
        if block is None:
            return None
        line_start = _row_start(self.text, pos)
        if line_start is None:
            return None
        col = self.text.count(block.delim, line_start, pos)
        return block.kinds[col] if col < len(block.kinds) else None

    def block_at(self, pos: int) -> Block | None:
        text = self.text
        line_start = _row_start(text, pos)
        if line_start is None:
            return None
        if line_start in self._by_line:
            return self._by_line[line_start]
        block = self._build(line_start)
        self._by_line[line_start] = block
        if block is not None:
            self._blocks.append(block)
            lines = block.row_starts if not block.header else [block.start, *block.row_starts]
            for ls in lines:
                if ls not in self._by_line and _delimiter(text[ls : _line_end(text, ls)]) == block.delim:
                    self._by_line[ls] = block
        return block

    def blocks_with_kind(self, kinds: frozenset[str]) -> list[Block]:
        return [b for b in self._blocks if any(k in kinds for k in b.kinds)]

    def cells(self, block: Block, col: int) -> list[tuple[int, int]]:
        """(start, end) of the trimmed cells of one column, data rows only."""
        out = []
        text = self.text
        for ls in block.row_starts:
            le = text.find("\n", ls, block.end)
            le = block.end if le == -1 else le
            s = ls
            for _ in range(col):
                s = text.find(block.delim, s, le)
                if s == -1:
                    break
                s += len(block.delim)
            if s == -1:
                continue
            e = text.find(block.delim, s, le)
            e = le if e == -1 else e
            while s < e and text[s] in " \r\"'=":  # ="0123…": a spreadsheet keeping a number as text
                s += 1
            while e > s and text[e - 1] in " \r\"'":
                e -= 1
            if e > s:
                out.append((s, e))
        return out

    # -- building --------------------------------------------------------------------------------
    def _build(self, line_start: int) -> Block | None:
        text = self.text
        line_end = _line_end(text, line_start)
        if line_end - line_start > _MAX_ROW:
            return None
        delim = _delimiter(text[line_start:line_end])
        if delim is None:
            return None
        count = text.count(delim, line_start, line_end)
        starts = [line_start]
        # upwards; an over-long or blank line, or another number of delimiters, ends the block
        s = line_start
        for _ in range(_MAX_LINES):
            if s == 0:
                break
            lo = max(0, s - 2 - _MAX_ROW)
            prev_start = text.rfind("\n", lo, s - 1) + 1
            if (prev_start == 0 and lo > 0) or s - 1 - prev_start > _MAX_ROW:
                break
            prev = text[prev_start : s - 1]
            if _border(prev):
                s = prev_start  # +----+----+ between an ASCII table's rows: read past it
                continue
            if prev.count(delim) != count or not prev.strip():
                break
            starts.append(prev_start)
            s = prev_start
        starts.reverse()
        # downwards, by the same rules
        e = line_end
        for _ in range(_MAX_LINES):
            if e >= len(text):
                break
            nxt_start = e + 1
            nxt_end = _line_end(text, nxt_start)
            if nxt_end - nxt_start > _MAX_ROW:
                break
            nxt = text[nxt_start:nxt_end]
            if _border(nxt):
                e = nxt_end
                continue
            if nxt.count(delim) != count or not nxt.strip():
                break
            starts.append(nxt_start)
            e = nxt_end
        if len(starts) < _MIN_ROWS:
            return None
        # the header: the first line if it reads as one — or, when a title row and a row of group headers
        # (员工信息汇总 / 基本信息 | 联系方式) come first, the header-like line among the first three with the most cells
        header_cells: list[str] = []
        header_at = -1
        for i in range(min(3, len(starts) - 1)):
            cells = _header_cells(text[starts[i] : _line_end(text, starts[i])], delim)
            if cells is None:
                break
            if sum(1 for c in cells if c) > sum(1 for c in header_cells if c):
                header_cells, header_at = cells, i
        header = header_at >= 0
        kinds: list[str | None] = [None] * (count + 1)
        if header:
            kinds = [C.hint_kind(c) if c else None for c in header_cells]
        block = Block(starts[0], e, delim, kinds, header, starts[header_at + 1 :] if header else starts)
        if not header:  # with a header, the header decides; without one, the values vote
            for col in range(count + 1):
                if kinds[col] is None:
                    kinds[col] = self._vote(block, col)
        return block

    def _personal(self, block: Block, skip: int) -> bool:
        """Whether another column of the block holds mobiles, IDs or e-mail addresses (half its cells)."""
        ncols = len(block.kinds)
        for col in range(ncols):
            if col == skip:
                continue
            values = [self.text[s:e] for s, e in self.cells(block, col)[:60]]
            if values and sum(1 for v in values if _is_personal_value(v)) * 2 >= len(values):
                return True
        return False

    def _vote(self, block: Block, col: int) -> str | None:
        cells = self.cells(block, col)[:_VOTE_SAMPLE]
        if len(cells) < _MIN_ROWS - 1:
            return None
        values = [self.text[s:e] for s, e in cells]
        n = len(values)
        need = _VOTE_SHARE * n

        def share(pred) -> bool:  # noqa: ANN001
            return sum(1 for v in values if pred(v)) >= need

        if share(lambda v: v.isdigit() and 15 <= len(v) <= 19 and v[0] in "3456" and luhn_ok(v)):
            return C.BANK  # nine in ten Luhn-valid: order numbers pass Luhn one time in ten
        # Dates and 5–11 digit numbers are everywhere (log tables, amounts, points): they are taken for birth
        # dates and QQ numbers only in a table that holds validated personal data in another column.
        if share(lambda v: _DATE_RE.fullmatch(v) is not None):
            return C.BIRTH if self._personal(block, col) else None
        if share(lambda v: _QQ_RE.fullmatch(v) is not None and not (len(v) == 11 and v[0] == "1")):
            if len({len(v) for v in values}) >= 3 and self._personal(block, col):  # QQ numbers vary in length
                return C.QQ
        # No vote for WeChat: a headerless column of letter-digit tokens is as often user names or
        # passwords as WeChat IDs; only a header or a cue word says which.
        return None


def _delimiter(line: str) -> str | None:
    """The delimiter a line is split by: the first of ``DELIMITERS`` it holds."""
    return next((d for d in DELIMITERS if d in line), None)


_BORDER_CHARS = frozenset("+-=|: \t\r")


def _border(line: str) -> bool:
    """A border line of an ASCII table (+----+----+, +====+): transparent, never a row (as _skim.c's border())."""
    return "+" in line and all(ch in _BORDER_CHARS for ch in line)


def _is_personal_value(v: str) -> bool:
    if "@" in v:
        return True
    if v.endswith(".0"):  # 13812345678.0: a phone column exported as numbers
        v = v[:-2]
    if not v.isascii():  # str.isdigit() also accepts other scripts' digits
        return False
    if len(v) == 11 and v.isdigit() and v[0] == "1":
        from leakaid.detect import tables

        return tables.mobile_segment(v) is not None
    if len(v) == 18 and v[:17].isdigit() and v[17] in "0123456789Xx":
        from leakaid.detect.fastcheck import id18_ok

        return id18_ok(v.upper())
    return False


def _row_start(text: str, pos: int) -> int | None:
    """Start of ``pos``'s line, or None when it lies more than ``_MAX_ROW`` back (not a table row)."""
    nl = text.rfind("\n", max(0, pos - _MAX_ROW - 1), pos)
    if nl == -1 and pos > _MAX_ROW:
        return None
    return nl + 1


def _header_cells(line: str, delim: str) -> list[str] | None:
    """The cells of ``line`` if it reads as a header row (short names, no values), else None."""
    cells = [c.strip().strip("\"'") for c in line.split(delim)]
    if any(cells) and all(len(c) <= 24 and _HEADER_CELL_RE.fullmatch(c) for c in cells if c):
        return cells
    return None


def _line_end(text: str, start: int) -> int:
    e = text.find("\n", start)
    return len(text) if e == -1 else e
