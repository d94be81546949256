"""CSV/TSV and leak-dump tables (``qq----password``): cell-by-cell redaction, everything else kept.

Records are split by a small quote-aware scanner that keeps each cell's raw span, so the
delimiter, the quoting of every cell, the line ends and the header are written back exactly;
only cells with findings change (a changed quoted cell is re-escaped, an unquoted cell gets
quotes only if the new value needs them). The header row, when there is one, is the hint
for each column (so ``QQ号`` above a column of numbers makes them QQ numbers).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from leakaid.redact.textio import Codec, Unit, open_in, open_out
from leakaid.sources.base import Location
from leakaid.sources.common import header_names
from leakaid.sources.table import sniff_delimiter

__all__ = ["cell_units", "redact_table_file", "sniff"]

HEADER_LOOKAHEAD = 20
MAX_RECORD_LINES = 10_000  # an unbalanced quote must not swallow the rest of the file
Span = tuple[int, int, bool]  # start, end, quoted (the span includes the quotes)


def sniff(path: Path, codec: Codec, suffix: str) -> str | None:
    prefer = "\t" if suffix == ".tsv" else ("," if suffix == ".csv" else None)
    with open_in(path, codec) as f:
        lines = list(itertools.islice(f, 200))
    return sniff_delimiter(lines, prefer)


def _split_line_end(line: str) -> tuple[str, str]:
    if line.endswith("\r\n"):
        return line[:-2], "\r\n"
    if line.endswith(("\n", "\r")):
        return line[:-1], line[-1]
    return line, ""


def fields(rec: str, sep: str | None, *, quotes: bool = True) -> list[Span] | None:
    """Cell spans of one record (no line end); None when a quoted cell is not closed yet."""
    if sep is None:
        return [(0, len(rec), False)]
    n = len(rec)
    spans: list[Span] = []
    i = 0
    quotes = quotes and len(sep) == 1
    while True:
        if quotes and i < n and rec[i] == '"':
            j = i + 1
            while True:
                q = rec.find('"', j)
                if q < 0:
                    return None
                if q + 1 < n and rec[q + 1] == '"':
                    j = q + 2
                    continue
                break
            end = q + 1
            if end == n or rec.startswith(sep, end):
                spans.append((i, end, True))
                if end == n:
                    return spans
                i = end + len(sep)
                continue
            # text after the closing quote: keep the cell raw up to the next separator
        k = rec.find(sep, i)
        if k < 0:
            spans.append((i, n, False))
            return spans
        spans.append((i, k, False))
        i = k + len(sep)


def records(f: IO[str], sep: str | None) -> Iterator[tuple[str, str, list[Span]]]:
    """(record text without line end, line end, cell spans), records spanning lines joined."""
    pending: list[str] = []
    for line in f:
        if not pending and '"' not in line:
            body, end = _split_line_end(line)
            yield body, end, fields(body, sep) or [(0, len(body), False)]
            continue
        pending.append(line)
        rec = "".join(pending)
        body, end = _split_line_end(rec)
        spans = fields(body, sep)
        if spans is None and len(pending) < MAX_RECORD_LINES:
            continue
        pending = []
        if spans is None:
            spans = fields(body, sep, quotes=False) or [(0, len(body), False)]
        yield body, end, spans
    if pending:
        body, end = _split_line_end("".join(pending))
        yield body, end, fields(body, sep, quotes=False) or [(0, len(body), False)]


def _value(rec: str, span: Span) -> str:
    s, e, quoted = span
    return rec[s + 1 : e - 1].replace('""', '"') if quoted else rec[s:e]


def _encode(new: str, quoted: bool, sep: str | None) -> str:
    if quoted or (sep is not None and len(sep) == 1 and (sep in new or '"' in new or "\n" in new or "\r" in new)):
        return '"' + new.replace('"', '""') + '"'
    return new


def _with_header(
    path: Path, codec: Codec, sep: str | None
) -> Iterator[tuple[int, str, str, list[Span], list[str] | None]]:
    with open_in(path, codec) as f:
        it = records(f, sep)
        head = list(itertools.islice(it, HEADER_LOOKAHEAD + 1))
        values = [[_value(r, s) for s in spans] for r, _, spans in head]
        header = header_names(values[0], values[1:]) if values else None
        for rowno, (rec, end, spans) in enumerate(itertools.chain(head, it), 1):
            yield rowno, rec, end, spans, header


def _hint(header: list[str] | None, rowno: int, colno: int) -> str | None:
    if header and rowno > 1 and colno <= len(header):
        return header[colno - 1] or None
    return None


CellRedact = Callable[[str, str | None], str]


def redact_table_file(src: Path, dst: Path, codec: Codec, sep: str | None, redact_cell: CellRedact) -> None:
    """Copy ``src`` to ``dst`` with ``redact_cell(value, hint)`` applied to every non-empty cell."""
    with open_out(dst, codec) as out:
        for rowno, rec, end, spans, header in _with_header(src, codec, sep):
            parts: list[str] = []
            pos = 0
            for colno, span in enumerate(spans, 1):
                value = _value(rec, span)
                if not value.strip():
                    continue
                new = redact_cell(value, _hint(header, rowno, colno))
                if new != value:
                    parts.append(rec[pos : span[0]])
                    parts.append(_encode(new, span[2], sep))
                    pos = span[1]
            if parts:
                parts.append(rec[pos:])
                rec = "".join(parts)
            out.write(rec + end)


def cell_units(path: Path, codec: Codec, sep: str | None) -> Iterator[Unit]:
    """Every non-empty cell as a verify unit (row, column, header name as field and hint)."""
    for rowno, rec, _end, spans, header in _with_header(path, codec, sep):
        for colno, span in enumerate(spans, 1):
            value = _value(rec, span)
            if value.strip():
                hint = _hint(header, rowno, colno)
                yield Unit(value, Location(str(path), row=rowno, column=colno, field=hint), hint)
