"""HTML: visible text and PII-bearing attribute values, with source line/column.

Text inside ``script``/``style``/``template`` is skipped. Each text run becomes a segment at
the ``line``/``column`` of the source where it starts; a run that directly continues the
previous one across an inline tag (``138<b>1234</b>5678``) is marked ``joined`` so the scanner
stitches it. Attribute values (``href`` incl. ``mailto:``/``tel:``, ``value``, ``title``, ``alt``,
``placeholder``, ``content``, ``data-*``) become segments with ``field="<tag>@<attr>"`` and the
element's ``name``/``id`` (or the attribute name) as ``hint``. Table cells get their column's header as
``hint`` and ``field`` (a first row of ``<th>`` cells names the columns). The parser is fed incrementally,
so memory stays flat on large pages.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from leakaid.sources.base import Location, Segment
from leakaid.sources.common import ByteSource
from leakaid.sources.text import TextStream, _detect

__all__ = ["HtmlSegmenter", "read_html"]

_SKIP = frozenset({"script", "style", "template"})
_INLINE = frozenset(
    "a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var".split()
)
_ATTRS = frozenset({"href", "value", "title", "alt", "placeholder", "content", "label", "aria-label"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


class _Table:
    """Where the parser is inside one ``<table>``: the header names, the current row and cell."""

    __slots__ = ("header", "row", "col", "in_th", "all_th")

    def __init__(self) -> None:
        self.header: list[str] | None = None
        self.row: list[str] = []
        self.col = -1
        self.in_th = False
        self.all_th = True

    def end_row(self) -> None:
        if self.header is None and self.row and self.all_th and any(c.strip() for c in self.row):
            self.header = [" ".join(c.split()) for c in self.row]
        self.row, self.col, self.all_th = [], -1, True

    def column_name(self) -> str | None:
        if self.in_th or self.header is None or not 0 <= self.col < len(self.header):
            return None
        return self.header[self.col] or None


class HtmlSegmenter(HTMLParser):
    """Collects segments as the parser sees them; drain ``out`` after each ``feed``."""

    def __init__(self, name: str, base: Location | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name
        self.base = base or Location(name)
        self.out: list[Segment] = []
        self._skip = 0
        self._glue = False  # the next text run continues the previous one
        self._tables: list[_Table] = []  # nested tables, innermost last

    def _loc(self, **kw: object) -> Location:
        line, col = self.getpos()
        return self.base.with_(line=line, column=col + 1, **kw)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        if tag not in _INLINE:
            self._glue = False
        if self._tables or tag == "table":
            self._table_tag(tag)
        named = dict(attrs)
        hint_name = named.get("name") or named.get("id")
        for attr, value in attrs:
            if value and value.strip() and (attr in _ATTRS or attr.startswith("data-")):
                if attr == "href" and not value.startswith(("mailto:", "tel:", "sms:", "http", "/", "?")):
                    continue
                self.out.append(Segment(value, self._loc(field=f"{tag}@{attr}"), hint=hint_name or attr))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP:
            self._skip -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        if tag not in _INLINE:
            self._glue = False
        if tag == "table" and self._tables:
            self._tables.pop()
        elif tag == "tr" and self._tables:
            self._tables[-1].end_row()

    def _table_tag(self, tag: str) -> None:
        if tag == "table":
            self._tables.append(_Table())
            return
        table = self._tables[-1]
        if tag == "tr":
            table.end_row()
        elif tag in ("td", "th"):
            table.col += 1
            table.in_th = tag == "th"
            table.all_th = table.all_th and table.in_th
            table.row.append("")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not data.strip():
            if "\n" in data:
                self._glue = False
            return
        name = None
        if self._tables:
            table = self._tables[-1]
            if table.row:
                table.row[-1] += data
            name = table.column_name()
        self.out.append(Segment(data, self._loc(field=name), hint=name, joined=self._glue))
        self._glue = True

    def handle_comment(self, data: str) -> None:
        self._glue = False

    def drain(self) -> list[Segment]:
        out, self.out = self.out, []
        return out


def _declared_encoding(src: ByteSource) -> str | None:
    m = _META_CHARSET.search(src.head(4096))
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def read_html(src: ByteSource, *, max_bytes: int | None = None) -> Iterator[Segment]:
    with src.open() as f:
        detected, confident = _detect(f)
    declared = _declared_encoding(src)
    encoding = None
    if not confident or detected not in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        # no BOM and not valid UTF-8: trust a declared charset (gbk/gb2312 → gb18030)
        if declared in ("gb2312", "gbk", "gb18030"):
            encoding = "gb18030"
        elif declared and declared != "utf-8":
            encoding = declared
    stream = TextStream(src, max_bytes=max_bytes, encoding=encoding)
    parser = HtmlSegmenter(src.name)
    for piece in stream.pieces():
        parser.feed(piece)
        yield from parser.drain()
    parser.close()
    yield from parser.drain()
    stream.finish()


def html_text_segments(html: str, base: Location) -> list[Segment]:
    """Segments of an HTML string already in memory (e-mail bodies)."""
    parser = HtmlSegmenter(base.path, base)
    parser.feed(html)
    parser.close()
    return parser.drain()
