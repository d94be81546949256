"""CSV/TSV and leak-dump tables (``qq----password``): one segment per non-empty cell.

Location: ``row`` is the 1-based record number in the file (a header counts as row 1),
``column`` the 1-based cell number, ``field`` and ``hint`` the header name when the first
row is a header. ``line`` is not set (``column`` is a cell index, not a character column).
"""

from __future__ import annotations

import csv
import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator

from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect.tabular import TableIndex
from leakaid.errors import SourceError
from leakaid.sources.base import Location, Segment
from leakaid.sources.common import ByteSource, find_header
from leakaid.sources.text import TextStream

__all__ = ["read_table", "sniff_delimiter"]

# multi-character separators first: they win ties against the characters they are made of
CANDIDATES = ("----", "|||", "||", "::", "——", "\t", ",", "|", ";")
SNIFF_LINES = 50
HEADER_LOOKAHEAD = 20
FIELD_LIMIT = 64 << 20


def _ensure_field_limit() -> None:
    # csv's limit is process-wide; raise it once so a 1 MB cell is fine (64 MiB still stops runaways)
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(min(FIELD_LIMIT, sys.maxsize))


def sniff_delimiter(lines: Iterable[str], prefer: str | None = None) -> str | None:
    """Pick the separator that splits the sample lines most consistently, or None (one column)."""
    sample = [ln.rstrip("\r\n") for ln in itertools.islice((ln for ln in lines if ln.strip()), SNIFF_LINES)]
    if not sample:
        return prefer
    best: tuple[float, int, str] | None = None
    for rank, sep in enumerate(CANDIDATES):
        counts = [ln.count(sep) for ln in sample]
        mode, _ = Counter(c for c in counts if c).most_common(1)[0] if any(counts) else (0, 0)
        if not mode:
            continue
        exact = sum(1 for c in counts if c == mode) / len(sample)
        present = sum(1 for c in counts if c) / len(sample)
        score = 0.7 * exact + 0.3 * present
        if sep == prefer:
            score += 0.2
        key = (score, -rank, sep)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None or best[0] < 0.5:
        return prefer if prefer and any(prefer in ln for ln in sample) else None
    return best[2]


_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


def _clean(lines: Iterable[str]) -> Iterator[str]:
    """Drop NUL bytes; treat a lone CR as a line end (old Mac files, stray CRs) as csv expects."""
    for ln in lines:
        if "\0" in ln:
            ln = ln.replace("\0", "")
        if "\r" in ln and _LONE_CR.search(ln):
            yield from (part for part in _LONE_CR.split(ln) if part)
        else:
            yield ln


def _rows(lines: Iterable[str], sep: str | None) -> Iterator[list[str]]:
    if sep is None:
        for ln in lines:
            yield [ln.rstrip("\r\n")]
    elif len(sep) == 1:
        _ensure_field_limit()
        yield from csv.reader(lines, delimiter=sep, quotechar='"', doublequote=True, strict=False)
    else:
        for ln in lines:
            yield ln.rstrip("\r\n").split(sep)


# What a headerless column's values vote it to be (tabular.py: card numbers, birth dates, QQ numbers next to
# personal values), as the header word the engine understands.
_VOTE_HINTS = {C.BANK: "卡号", C.BIRTH: "出生日期", C.QQ: "QQ号"}


def _voted_hints(rows: list[list[str]]) -> list[str | None]:
    """Column hints of a table without a header, from the engine's column vote over the first rows."""
    if len(rows) < 3:
        return []
    lines = ["\t".join(" ".join(cell.split()) for cell in row) for row in rows]
    block = TableIndex("\n".join(lines)).block_at(0)
    if block is None or block.header:
        return []
    return [_VOTE_HINTS.get(kind) if kind else None for kind in block.kinds]


def read_table(src: ByteSource, *, max_bytes: int | None = None) -> Iterator[Segment]:
    prefer = "\t" if src.suffix == ".tsv" else None
    sniff_stream = TextStream(src, max_bytes=min(max_bytes or 1 << 20, 1 << 20))
    sep = sniff_delimiter(_clean(sniff_stream.lines()), prefer)
    stream = TextStream(src, max_bytes=max_bytes, encoding=sniff_stream.encoding)
    stream.replaced = sniff_stream.replaced
    rows = _rows(_clean(stream.lines()), sep)
    head: list[list[str]] = []
    pending: csv.Error | None = None
    try:  # look ahead for header detection; an error here must not hide the rows before it
        for row in rows:
            head.append(row)
            if len(head) > HEADER_LOOKAHEAD:
                break
    except csv.Error as e:
        pending = e
    found = find_header(head) if head else None
    header, header_row = (found[1], found[0] + 1) if found else (None, 0)
    voted = _voted_hints(head) if head and header is None else []

    def all_rows() -> Iterator[list[str]]:
        yield from head
        if pending is not None:
            raise pending
        yield from rows

    rowno = 0
    try:
        for rowno, row in enumerate(all_rows(), 1):
            for colno, cell in enumerate(row, 1):
                if not cell or not cell.strip():
                    continue
                name = (header[colno - 1] or None) if header and rowno > header_row and colno <= len(header) else None
                hint = name or (voted[colno - 1] if colno <= len(voted) else None)
                yield Segment(cell, Location(src.name, row=rowno, column=colno, field=name), hint=hint)
    except csv.Error as e:
        raise SourceError(src.name, f"表格解析失败（第 {rowno + 1} 条记录附近）：字段过大或引号不匹配") from e
    stream.finish()
