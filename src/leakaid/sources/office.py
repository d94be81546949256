"""XLSX (openpyxl, read-only) and DOCX (python-docx). Both are checked for zip bombs, encryption
and DTDs before the parser opens them.

XLSX location: ``sheet``, ``row``, ``column`` (1-based, as in Excel), ``field``/``hint`` = the
sheet's first-row header when that row looks like one. Numbers are rendered as their digits
(``13812345678.0`` → ``13812345678``), dates as ISO dates.

DOCX location: body paragraphs ``part="body"``, ``line`` = paragraph number (1-based, counting
every body paragraph including empty ones; tables do not count); tables
``part="table:<n>"`` with ``row``/``column`` (nested tables: ``table:<n>.<r>.<c>.<m>``) and the
first-row header as ``field``/``hint``; headers/footers ``part="header:<section>"`` /
``"footer:<section>"``; text boxes ``part="textbox"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from leakaid.errors import SourceError
from leakaid.sources.base import Location, Segment
from leakaid.sources.common import ByteSource, check_zip, find_header, is_label, render_number

__all__ = ["read_docx", "read_xlsx"]

HEADER_LOOKAHEAD = 20


def _render_cell(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return render_number(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def read_xlsx(src: ByteSource, *, max_bytes: int | None = None) -> Iterator[Segment]:
    _check_size(src, max_bytes)
    check_zip(src, "XLSX")
    try:
        import openpyxl
    except ImportError as e:  # pragma: no cover - core dependency
        raise SourceError(src.name, "读取 XLSX 需要安装 openpyxl") from e
    f = src.open()
    try:
        try:
            wb = openpyxl.load_workbook(f, read_only=True, data_only=True)
        except Exception as e:
            raise SourceError(src.name, "XLSX 文件已损坏或格式无效，无法打开") from e
        try:
            for ws in wb.worksheets:
                yield from _sheet(src.name, ws)
        except SourceError:
            raise
        except Exception as e:
            raise SourceError(src.name, "XLSX 工作表内容损坏，读取中断") from e
        finally:
            wb.close()
    finally:
        f.close()


def _sheet(name: str, ws: Any) -> Iterator[Segment]:
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # wrong <dimension> tags would otherwise cut rows off
    if not hasattr(ws, "iter_rows"):  # chart sheets
        return
    rows = ws.iter_rows(values_only=False)
    head: list[list[tuple[int, int, str]]] = []
    for row in rows:
        cells = [(c.row, c.column, v) for c in row if (v := _render_cell(getattr(c, "value", None))) is not None]
        if cells:
            head.append(cells)
        if len(head) > HEADER_LOOKAHEAD:
            break
    header: dict[int, str] = {}
    header_row = 0
    grid: list[list[str | None]] = []
    for cells in head:
        r_: list[str | None] = [None] * max(c for _, c, _ in cells)
        for _, c, v in cells:
            r_[c - 1] = v
        grid.append(r_)
    found = find_header(grid)
    if found is not None:
        header_row = head[found[0]][0][0]  # a title row (2024年花名册) or group headers may sit above it
        header = {i: n for i, n in enumerate(found[1], 1) if n}

    def segs(cells: list[tuple[int, int, str]]) -> Iterator[Segment]:
        for r, c, v in cells:
            h = header.get(c) if r > header_row else None
            yield Segment(v, Location(name, sheet=ws.title, row=r, column=c, field=h), hint=h)

    for cells in head:
        yield from segs(cells)
    for row in rows:
        cells = [(c.row, c.column, v) for c in row if (v := _render_cell(getattr(c, "value", None))) is not None]
        yield from segs(cells)


def _check_size(src: ByteSource, max_bytes: int | None) -> None:
    if max_bytes is not None and (size := src.size()) > max_bytes:
        raise SourceError(src.name, f"文件过大（{size} 字节，上限 {max_bytes} 字节），已跳过")


# --- DOCX --------------------------------------------------------------------------------------


def read_docx(src: ByteSource, *, max_bytes: int | None = None) -> Iterator[Segment]:
    _check_size(src, max_bytes)
    check_zip(src, "DOCX")
    try:
        import docx
    except ImportError as e:  # pragma: no cover - core dependency
        raise SourceError(src.name, "读取 DOCX 需要安装 python-docx") from e
    with src.open() as f:
        try:
            doc = docx.Document(f)
        except Exception as e:
            raise SourceError(src.name, "DOCX 文件已损坏或格式无效，无法打开") from e
    try:
        yield from _docx_body(src.name, doc)
    except SourceError:
        raise
    except Exception as e:
        raise SourceError(src.name, "DOCX 内容损坏，读取中断") from e


def _docx_body(name: str, doc: Any) -> Iterator[Segment]:
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = doc.element.body
    para_no = table_no = 0
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            para_no += 1
            text = Paragraph(child, doc).text
            if text.strip():
                yield Segment(text, Location(name, part="body", line=para_no, column=1))
        elif child.tag == qn("w:tbl"):
            table_no += 1
            yield from _table(name, Table(child, doc), f"table:{table_no}")
    for i, section in enumerate(doc.sections, 1):
        for kind in ("header", "footer", "first_page_header", "first_page_footer", "even_page_header", "even_page_footer"):
            hf = getattr(section, kind)
            if hf.is_linked_to_previous:
                continue
            label = kind.split("_")[-1]
            prefix = "" if kind in ("header", "footer") else kind.rsplit("_", 1)[0] + "-"
            part = f"{prefix}{label}:{i}"
            for p in hf.paragraphs:
                if p.text.strip():
                    yield Segment(p.text, Location(name, part=part))
            for t_no, t in enumerate(hf.tables, 1):
                yield from _table(name, t, f"{part}.table:{t_no}")
    for box in body.iter(qn("w:txbxContent")):
        for p in box.iter(qn("w:p")):
            text = Paragraph(p, doc).text
            if text.strip():
                yield Segment(text, Location(name, part="textbox"))


def _table(name: str, table: Any, part: str) -> Iterator[Segment]:
    rows = []
    for tr in table.rows:
        cells = []
        prev = None
        for cell in tr.cells:
            # merged cells repeat the same element; yield them once
            cells.append(None if cell._tc is prev else cell)
            prev = cell._tc
        rows.append(cells)
    texts = [[c.text if c is not None else None for c in r] for r in rows]
    found = find_header(texts[: HEADER_LOOKAHEAD + 1]) if texts else None
    header, header_row = (found[1], found[0] + 1) if found else (None, 0)
    for r, (cells, values) in enumerate(zip(rows, texts, strict=True), 1):
        for c, (cell, text) in enumerate(zip(cells, values, strict=True), 1):
            if cell is None:
                continue
            h = header[c - 1] if header and r > header_row and c <= len(header) and header[c - 1] else None
            # a form (登记表): label and value side by side in a row — the label on the left names the value
            left = next((v for v in reversed(values[: c - 1]) if v and v.strip()), None) if c > 1 else None
            if left is not None and is_label(left) and not is_label(text or ""):
                h = left.strip().rstrip(":：")
            if text and text.strip():
                yield Segment(text, Location(name, part=part, row=r, column=c, field=h), hint=h)
            for m, nested in enumerate(cell.tables, 1):
                yield from _table(name, nested, f"{part}.{r}.{c}.{m}")
