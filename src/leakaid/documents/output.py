"""Render a document model (a list of blocks) to PDF (typst, Noto CJK) or DOCX (python-docx, East-Asian font)."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leakaid.errors import LeakaidError

TEMPLATE = Path(__file__).with_name("template.typ")
CJK_FONT = "Noto Sans CJK SC"
# the families named in template.typ; PDF generation fails loudly when none of them is installed
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei",
                "PingFang SC", "Microsoft YaHei", "SimSun")


@dataclass
class Doc:
    title: str
    footer: str = "由 leakaid 生成"
    blocks: list[dict[str, Any]] = field(default_factory=list)

    def add(self, kind: str, **kw: Any) -> Doc:
        self.blocks.append({"kind": kind, **kw})
        return self

    def text(self) -> str:
        """Plain text of the document (used by tests and complaint forms)."""
        out = []
        for b in self.blocks:
            if "text" in b:
                out.append(b["text"])
            for i in b.get("items", ()):
                out.append(str(i))
            if b["kind"] == "table":
                out.append(" | ".join(b["headers"]))
                out.extend(" | ".join(map(str, r)) for r in b["rows"])
        return "\n".join(out)


def table(doc: Doc, headers: list[str], rows: list[list[Any]], widths: list[float] | None = None) -> None:
    doc.add("table", headers=headers, rows=[[str(c) for c in r] for r in rows],
            widths=widths or [1.0] * len(headers))


def to_pdf(doc: Doc) -> bytes:
    import typst

    payload = json.dumps({"title": doc.title, "footer": doc.footer, "blocks": doc.blocks}, ensure_ascii=False)
    try:
        pdf, warnings = typst.compile_with_warnings(str(TEMPLATE), format="pdf", sys_inputs={"data": payload})
    except Exception as exc:  # typst raises its own error types
        raise LeakaidError(f"生成 PDF 失败：{exc}") from exc
    missing = {w.message.rsplit(":", 1)[-1].strip() for w in warnings if "unknown font family" in w.message}
    if {f.lower() for f in CJK_FAMILIES} <= missing:
        raise LeakaidError("找不到中文字体，PDF 中的汉字将无法显示。请安装 Noto CJK 字体"
                           "（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk），或改用 --format docx。")
    return pdf


def _east_asian(run_or_style, font: str = CJK_FONT) -> None:
    from docx.oxml.ns import qn

    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), font)


def to_docx(doc: Doc) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "List Number"):
        style = d.styles[style_name]
        style.font.name = CJK_FONT
        _east_asian(style)
    d.styles["Normal"].font.size = Pt(10.5)
    d.core_properties.title = doc.title
    for b in doc.blocks:
        k = b["kind"]
        if k == "title":
            p = d.add_heading(b["text"], level=0)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "h":
            d.add_heading(b["text"], level=2)
        elif k in ("p", "plain", "note"):
            p = d.add_paragraph(b["text"])
            if k == "p":
                p.paragraph_format.first_line_indent = Pt(21)
        elif k == "list":
            for item in b["items"]:
                d.add_paragraph(str(item), style="List Number")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b["headers"]))
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, b["headers"], strict=True):
                cell.text = h
            for r in b["rows"]:
                for cell, v in zip(t.add_row().cells, r, strict=True):
                    cell.text = v
        elif k == "sign":
            p = d.add_paragraph(b["text"])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph(doc.footer).runs[0].font.size = Pt(8)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
